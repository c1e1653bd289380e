type A[*Ts, Ts] = int

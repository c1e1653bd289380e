type (A) = int

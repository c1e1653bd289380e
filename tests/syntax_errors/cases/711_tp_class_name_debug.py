class A[__debug__]: pass

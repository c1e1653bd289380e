class A:
    {k: (v := 1) for k in y}

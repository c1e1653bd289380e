async class A: pass

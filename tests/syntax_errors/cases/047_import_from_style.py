import a.b.c from d

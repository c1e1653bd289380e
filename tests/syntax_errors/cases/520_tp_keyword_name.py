def f[if](): pass

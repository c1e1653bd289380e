def f[,](): pass

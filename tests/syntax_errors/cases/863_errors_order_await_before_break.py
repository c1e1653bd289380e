break
await x

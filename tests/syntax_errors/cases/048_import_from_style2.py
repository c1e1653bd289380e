import x from y

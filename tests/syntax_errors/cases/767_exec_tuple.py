exec code, ns

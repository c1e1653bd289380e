globals()[1] = "int key"

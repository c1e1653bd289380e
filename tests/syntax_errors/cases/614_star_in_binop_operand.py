x = a + *b

x = abc'a'

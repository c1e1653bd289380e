x = 'a\x'

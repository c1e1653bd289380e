import a as b from c

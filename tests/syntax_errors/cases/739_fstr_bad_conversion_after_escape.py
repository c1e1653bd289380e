f'\n{a!z}'

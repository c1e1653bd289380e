f'{a # c}'

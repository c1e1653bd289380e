f'{a!=b!x}'

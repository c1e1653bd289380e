f'{a:{lambda: 1}}'

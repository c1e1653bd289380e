f'{a:{b!x}}'

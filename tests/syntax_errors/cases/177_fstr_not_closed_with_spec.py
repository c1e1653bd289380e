f'{a:x'

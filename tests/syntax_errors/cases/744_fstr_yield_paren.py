f'{(yield)}'

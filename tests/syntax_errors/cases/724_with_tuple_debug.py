with a as (b, __debug__):
    pass

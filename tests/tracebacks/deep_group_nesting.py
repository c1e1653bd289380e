g = ValueError()
for i in range(100000):
    g = ExceptionGroup("x", [g])
try:
    g.split(ValueError)
except RecursionError as e:
    print("split", type(e).__name__)
try:
    g.subgroup(lambda e: False)
except RecursionError as e:
    print("subgroup", type(e).__name__)
try:
    try:
        raise g
    except* ValueError as m:
        print("star ok")
except RecursionError:
    print("star rec")
try:
    repr(g)
except RecursionError:
    print("repr rec")
raise g

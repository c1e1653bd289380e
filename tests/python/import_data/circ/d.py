import import_data.circ.c
try:
    D = import_data.circ.c
except AttributeError as e:
    D = str(e)
def later():
    return import_data.circ.c.C

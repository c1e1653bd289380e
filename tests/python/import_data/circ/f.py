import import_data.circ.e as e_module
try:
    e_module.E
    SEEN = "no error"
except AttributeError as exc:
    SEEN = str(exc)

# Modules the traceback cases import.

import import_data.circ.d
C = 3

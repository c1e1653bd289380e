import import_data.circ.f
E = 5

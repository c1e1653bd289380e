from import_data.circ import b
A = 1

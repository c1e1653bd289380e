from import_data.circ.a import A
B = 2

x = f"""abc {x}

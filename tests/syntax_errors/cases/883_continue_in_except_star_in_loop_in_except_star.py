for x in y:
    try:
        pass
    except* E:
        while z:
            continue
        continue

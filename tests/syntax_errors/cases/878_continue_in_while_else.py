while 1:
    try:
        break
    except:
        continue
    else:
        break
else:
    continue

try:
    pass
except:
    "éééé"
except E:
    pass

raise E, v

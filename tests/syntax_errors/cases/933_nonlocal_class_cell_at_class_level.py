class C:
    nonlocal __class__

__all__ = ["sub_a", "TOP"]
TOP = "top"

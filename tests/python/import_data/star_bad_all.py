__all__ = ["missing_name"]

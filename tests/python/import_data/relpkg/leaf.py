LEAF = "leaf"
PACKAGE_SEEN = __package__

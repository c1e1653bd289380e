# A package using relative imports at each level.
from . import leaf
from .leaf import LEAF as LEAF_AGAIN
from .sub import deep
PACKAGE_SEEN = __package__

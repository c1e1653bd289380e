from .. import leaf as parent_leaf
from ..leaf import LEAF
PACKAGE_SEEN = __package__

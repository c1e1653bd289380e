from ..leaf import LEAF
from . import __name__ as sub_name_attr
from ... import values as top_values
PACKAGE_SEEN = __package__
DEEP = LEAF + "-deep"
def too_far():
    from .... import anything

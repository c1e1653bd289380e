# import statements: dotted names, aliases, relative imports, star, parentheses.
import os
import os.path
import os.path as osp, sys as system
import a.b.c, d
from __future__ import annotations
from os import path
from os import path as p, sep
from os import (
    path,
    sep as separator,
)
from os import (path,)
from . import sibling
from .. import parent
from ... import grand
from .module import name
from ..package.module import name as alias
from .... import deep
from ...... import very_deep
from . module import spaced
from collections import *
from .pkg import *
def f():
    import inside
    from inside import thing

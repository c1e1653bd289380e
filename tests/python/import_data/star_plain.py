visible = "v"
_hidden = "h"
__dunder__ = "d"
import sys as _sys_alias

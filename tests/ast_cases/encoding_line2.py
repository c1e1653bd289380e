#!/usr/bin/env python3
# vim: set fileencoding=utf-8 :
# A coding declaration on line 2, after a shebang line.
smile = "☺"

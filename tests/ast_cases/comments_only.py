# This file holds only comments and blank lines.

    # an indented comment is fine too

#

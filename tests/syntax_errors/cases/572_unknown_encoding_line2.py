#!/usr/bin/env python
# coding: nope
x = 1

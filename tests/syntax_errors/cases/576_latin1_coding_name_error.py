# coding: latin-1
été = ?

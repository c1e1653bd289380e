// Installers of the methods of the builtin container and text types, one per file
// (str_methods.cpp, list_methods.cpp, dict_methods.cpp, set_methods.cpp, tuple_methods.cpp).
#pragma once

#include "objects/value.h"
#include "vm/operations.h"

namespace pyxis {

class Interpreter;
class Thread;
struct DictObject;

void install_str_methods(Interpreter& interp);
void install_list_methods(Interpreter& interp);
void install_dict_methods(Interpreter& interp);
void install_set_methods(Interpreter& interp);  // set and frozenset
void install_tuple_methods(Interpreter& interp);

// list.extend (and list += iterable): returns the list, or error().
Value list_extend(Thread& thread, Value list, Value iterable);
// dict.update's merge: a dict, a mapping with keys(), or an iterable of pairs.
bool dict_merge(Thread& thread, DictObject* dict, Value source);
// |, &, -, ^ with a dict keys/items view on either side: a set (CPython's view operators).
Value dict_view_binary(Thread& thread, BinaryOp op, Value a, Value b);
// dict | dict (a new dict), or dict |= anything dict.update takes (in place).
Value dict_union(Thread& thread, Value a, Value b, bool in_place);
// A keys/items view as a new set of its items; other values unchanged.
Value dict_view_as_set(Thread& thread, Value v);

}  // namespace pyxis

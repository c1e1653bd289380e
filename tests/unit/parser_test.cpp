// Parser unit tests: syntax trees and SyntaxErrors for small sources in every mode, with the
// expected values taken from CPython 3.12.7 (ast.dump(..., include_attributes=True) and the
// SyntaxError's attributes); the token-source interface; nesting limits and deep inputs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frontend/ast_dump.h"
#include "frontend/parse.h"
#include "frontend/parser/parser.h"

namespace pyxis::frontend {
namespace {

std::string parse_to_dump(std::string_view source, ParseMode mode, SyntaxErrorInfo* error) {
  Arena arena;
  ParseRequest request;
  request.source = source;
  request.filename = "test.py";
  request.mode = mode;
  request.from_file = false;
  ast::mod_t* tree = parse(arena, request, error);
  return tree == nullptr ? std::string() : dump_ast(tree, true);
}

struct TreeCase {
  const char* name;
  ParseMode mode;
  const char* source;
  const char* expected;
};

const TreeCase kTreeCases[] = {
    {"decorated_def_starts_at_def", ParseMode::Exec,
     R"PYX(@dec
async def f(a, /, b=1, *c, d, e=2, **g) -> int:
    return a
)PYX",
     R"PYX(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], args=[arg(arg='b', lineno=2, col_offset=18, end_lineno=2, end_col_offset=19)], vararg=arg(arg='c', lineno=2, col_offset=24, end_lineno=2, end_col_offset=25), kwonlyargs=[arg(arg='d', lineno=2, col_offset=27, end_lineno=2, end_col_offset=28), arg(arg='e', lineno=2, col_offset=30, end_lineno=2, end_col_offset=31)], kw_defaults=[None, Constant(value=2, lineno=2, col_offset=32, end_lineno=2, end_col_offset=33)], kwarg=arg(arg='g', lineno=2, col_offset=37, end_lineno=2, end_col_offset=38), defaults=[Constant(value=1, lineno=2, col_offset=20, end_lineno=2, end_col_offset=21)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], returns=Name(id='int', ctx=Load(), lineno=2, col_offset=43, end_lineno=2, end_col_offset=46), type_params=[], lineno=2, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[]))PYX"},
    {"tuple_positions", ParseMode::Exec,
     R"PYX(x = 1, 2
y = (1, 2)
z = (a)
)PYX",
     R"PYX(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Constant(value=2, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), Constant(value=2, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10), Assign(targets=[Name(id='z', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Name(id='a', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7)], type_ignores=[]))PYX"},
    {"call_keyword_alias", ParseMode::Exec,
     R"PYX(from m import *
import a.b as c
f(x, *y, k=1, **z)
)PYX",
     R"PYX(Module(body=[ImportFrom(module='m', names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Import(names=[alias(name='a.b', asname='c', lineno=2, col_offset=7, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), args=[Name(id='x', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), Starred(value=Name(id='y', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=7)], keywords=[keyword(arg='k', value=Constant(value=1, lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=9, end_lineno=3, end_col_offset=12), keyword(value=Name(id='z', ctx=Load(), lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), lineno=3, col_offset=14, end_lineno=3, end_col_offset=17)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=18), lineno=3, col_offset=0, end_lineno=3, end_col_offset=18)], type_ignores=[]))PYX"},
    {"class_def", ParseMode::Exec,
     R"PYX(class A(B, metaclass=M):
    x: int = 1
)PYX",
     R"PYX(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), annotation=Name(id='int', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=10), value=Constant(value=1, lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), simple=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=14)], decorator_list=[], type_params=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=14)], type_ignores=[]))PYX"},
    {"comprehensions", ParseMode::Exec,
     R"PYX([x for x in y if x]
{k: v async for k, v in z}
(a for a in b)
)PYX",
     R"PYX(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=2, col_offset=16, end_lineno=2, end_col_offset=17), Name(id='v', ctx=Store(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20)], ctx=Store(), lineno=2, col_offset=16, end_lineno=2, end_col_offset=20), iter=Name(id='z', ctx=Load(), lineno=2, col_offset=24, end_lineno=2, end_col_offset=25), ifs=[], is_async=1)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=26), lineno=2, col_offset=0, end_lineno=2, end_col_offset=26), Expr(value=GeneratorExp(elt=Name(id='a', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), generators=[comprehension(target=Name(id='a', ctx=Store(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), iter=Name(id='b', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), ifs=[], is_async=0)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=14), lineno=3, col_offset=0, end_lineno=3, end_col_offset=14)], type_ignores=[]))PYX"},
    {"targets", ParseMode::Exec,
     R"PYX(a, *b = c
[d.e, f[0]] = g
del h, (i, j)
k += 1
(l) = 2
)PYX",
     R"PYX(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Assign(targets=[List(elts=[Attribute(value=Name(id='d', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='e', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), Subscript(value=Name(id='f', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), slice=Constant(value=0, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), ctx=Store(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=10)], ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)], value=Name(id='g', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), Delete(targets=[Name(id='h', ctx=Del(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), Tuple(elts=[Name(id='i', ctx=Del(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='j', ctx=Del(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Del(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=13)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13), AugAssign(target=Name(id='k', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=4, col_offset=5, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6), Assign(targets=[Name(id='l', ctx=Store(), lineno=5, col_offset=1, end_lineno=5, end_col_offset=2)], value=Constant(value=2, lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), lineno=5, col_offset=0, end_lineno=5, end_col_offset=7)], type_ignores=[]))PYX"},
    {"match", ParseMode::Exec,
     R"PYX(match p:
    case [1, *rest] if rest:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0) | None:
        pass
    case -1 + 2j as z:
        pass
)PYX",
     R"PYX(Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), guard=Name(id='rest', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, end_col_offset=27), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=4, col_offset=10, end_lineno=4, end_col_offset=13)], patterns=[MatchAs(name='v', lineno=4, col_offset=15, end_lineno=4, end_col_offset=16)], rest='kw', lineno=4, col_offset=9, end_lineno=4, end_col_offset=23), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load(), lineno=6, col_offset=9, end_lineno=6, end_col_offset=14), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=6, col_offset=17, end_lineno=6, end_col_offset=18), lineno=6, col_offset=17, end_lineno=6, end_col_offset=18)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=19), MatchSingleton(value=None, lineno=6, col_offset=22, end_lineno=6, end_col_offset=26)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=26), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)]), match_case(pattern=MatchAs(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=8, col_offset=10, end_lineno=8, end_col_offset=11), lineno=8, col_offset=9, end_lineno=8, end_col_offset=11), op=Add(), right=Constant(value=2j, lineno=8, col_offset=14, end_lineno=8, end_col_offset=16), lineno=8, col_offset=9, end_lineno=8, end_col_offset=16), lineno=8, col_offset=9, end_lineno=8, end_col_offset=16), name='z', lineno=8, col_offset=9, end_lineno=8, end_col_offset=21), body=[Pass(lineno=9, col_offset=8, end_lineno=9, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=9, end_col_offset=12)], type_ignores=[]))PYX"},
    {"type_params", ParseMode::Exec,
     R"PYX(type A[T: int, *Ts, **P] = list[T]
def f[T](x: T) -> T: ...
)PYX",
     R"PYX(Module(body=[TypeAlias(name=Name(id='A', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), TypeVarTuple(name='Ts', lineno=1, col_offset=15, end_lineno=1, end_col_offset=18), ParamSpec(name='P', lineno=1, col_offset=20, end_lineno=1, end_col_offset=23)], value=Subscript(value=Name(id='list', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=31), slice=Name(id='T', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=9, end_lineno=2, end_col_offset=13)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis, lineno=2, col_offset=21, end_lineno=2, end_col_offset=24), lineno=2, col_offset=21, end_lineno=2, end_col_offset=24)], decorator_list=[], returns=Name(id='T', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), type_params=[TypeVar(name='T', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=24)], type_ignores=[]))PYX"},
    {"fstring_debug_and_spec", ParseMode::Exec,
     R"PYX(f"{x = !r:>{w}}" f"{y:}" "tail"
)PYX",
     R"PYX(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), lineno=1, col_offset=2, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), conversion=-1, format_spec=JoinedStr(values=[], lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=19, end_lineno=1, end_col_offset=23), Constant(value='tail', lineno=1, col_offset=25, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)], type_ignores=[]))PYX"},
    {"fstring_multiline", ParseMode::Exec,
     R"PYX(f'''a
{b
}c{{d}}'''
)PYX",
     R"PYX(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\n', lineno=1, col_offset=4, end_lineno=2, end_col_offset=0), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=2, col_offset=0, end_lineno=3, end_col_offset=1), Constant(value='c{d}', lineno=3, col_offset=1, end_lineno=3, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=10), lineno=1, col_offset=0, end_lineno=3, end_col_offset=10)], type_ignores=[]))PYX"},
    {"string_concatenation", ParseMode::Exec,
     R"PYX(u"a" "b"
b"x" b"y"
"p" f"q{r}"
)PYX",
     R"PYX(Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Expr(value=Constant(value=b'xy', lineno=2, col_offset=0, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9), Expr(value=JoinedStr(values=[Constant(value='pq', lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), FormattedValue(value=Name(id='r', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), conversion=-1, lineno=3, col_offset=7, end_lineno=3, end_col_offset=10)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=11), lineno=3, col_offset=0, end_lineno=3, end_col_offset=11)], type_ignores=[]))PYX"},
    {"nonascii_identifier", ParseMode::Exec,
     R"PYX(ﬁ = "é"
)PYX",
     R"PYX(Module(body=[Assign(targets=[Name(id='fi', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], value=Constant(value='é', lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))PYX"},
    {"walrus_lambda_ifexp", ParseMode::Exec,
     R"PYX((y := lambda q=1, *, r: q if r else -q)
)PYX",
     R"PYX(Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='q', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], kwonlyargs=[arg(arg='r', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], kw_defaults=[None], defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=IfExp(test=Name(id='r', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), body=Name(id='q', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), orelse=UnaryOp(op=USub(), operand=Name(id='q', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), lineno=1, col_offset=36, end_lineno=1, end_col_offset=38), lineno=1, col_offset=24, end_lineno=1, end_col_offset=38), lineno=1, col_offset=6, end_lineno=1, end_col_offset=38), lineno=1, col_offset=1, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=39)], type_ignores=[]))PYX"},
    {"try_star_with", ParseMode::Exec,
     R"PYX(try:
    pass
except* E as e:
    pass
with (a as b, c):
    pass
)PYX",
     R"PYX(Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8), With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=5, col_offset=6, end_lineno=5, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=5, col_offset=14, end_lineno=5, end_col_offset=15))], body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[]))PYX"},
    {"eval_mode", ParseMode::Eval,
     R"PYX(a < b <= c is not d not in e
)PYX",
     R"PYX(Expression(body=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), Name(id='e', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)))PYX"},
    {"single_mode", ParseMode::Single,
     R"PYX(for x in y:
    pass
)PYX",
     R"PYX(Interactive(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)]))PYX"},
    {"func_type_mode", ParseMode::FuncType,
     R"PYX((int, *str, **bytes) -> None)PYX",
     R"PYX(FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Name(id='bytes', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=19)], returns=Constant(value=None, lineno=1, col_offset=24, end_lineno=1, end_col_offset=28)))PYX"},
};

TEST(Parser, TreesMatchCPython) {
  for (const TreeCase& c : kTreeCases) {
    SCOPED_TRACE(c.name);
    SyntaxErrorInfo error;
    std::string dump = parse_to_dump(c.source, c.mode, &error);
    EXPECT_EQ(dump, c.expected) << error.msg;
  }
}

struct ErrorCase {
  const char* name;
  ParseMode mode;
  const char* source;
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

const ErrorCase kErrorCases[] = {
    {"generic_at_furthest_token", ParseMode::Exec, R"PYX(x = (1 2)
)PYX",
     "SyntaxError", R"PYX(invalid syntax. Perhaps you forgot a comma?)PYX", 1, 6, 1, 9},
    {"missing_comma", ParseMode::Exec, R"PYX(print(a b)
)PYX",
     "SyntaxError", R"PYX(invalid syntax. Perhaps you forgot a comma?)PYX", 1, 7, 1, 10},
    {"expected_colon", ParseMode::Exec, R"PYX(if x
    pass
)PYX",
     "SyntaxError", R"PYX(expected ':')PYX", 1, 5, 1, 6},
    {"assign_to_call", ParseMode::Exec, R"PYX(f() = 1
)PYX",
     "SyntaxError", R"PYX(cannot assign to function call here. Maybe you meant '==' instead of '='?)PYX", 1, 1, 1, 4},
    {"walrus_target", ParseMode::Exec, R"PYX((a.b := 1)
)PYX",
     "SyntaxError", R"PYX(cannot use assignment expressions with attribute)PYX", 1, 2, 1, 5},
    {"keyword_argument_repeated_value", ParseMode::Exec, R"PYX(f(x=1 for y in z)
)PYX",
     "SyntaxError", R"PYX(invalid syntax. Maybe you meant '==' or ':=' instead of '='?)PYX", 1, 3, 1, 5},
    {"positional_after_keyword", ParseMode::Exec, R"PYX(f(a=1, b)
)PYX",
     "SyntaxError", R"PYX(positional argument follows keyword argument)PYX", 1, 9, 1, 10},
    {"indented_block_expected", ParseMode::Exec, R"PYX(def f():
return 1
)PYX",
     "IndentationError", R"PYX(expected an indented block after function definition on line 1)PYX", 2, 1, 2, 7},
    {"unexpected_indent", ParseMode::Exec, R"PYX(x = 1
    y = 2
)PYX",
     "IndentationError", R"PYX(unexpected indent)PYX", 2, 4, 2, -1},
    {"tokenizer_error_later_wins", ParseMode::Exec, R"PYX(f(a b
c)
)
)PYX",
     "SyntaxError", R"PYX(unmatched ')')PYX", 3, 1, 3, 1},
    {"unindent_does_not_replace", ParseMode::Exec, R"PYX(if x:
        a b
    c
)PYX",
     "SyntaxError", R"PYX(invalid syntax)PYX", 2, 11, 2, 12},
    {"bytes_and_str", ParseMode::Exec, R"PYX(x = b"a" "b"
)PYX",
     "SyntaxError", R"PYX(cannot mix bytes and nonbytes literals)PYX", 1, 13, 1, 14},
    {"fstring_conversion", ParseMode::Exec, R"PYX(f"{x!z}"
)PYX",
     "SyntaxError", R"PYX(f-string: invalid conversion character 'z': expected 's', 'r', or 'a')PYX", 1, 6, 1, 7},
    {"fstring_empty_expression", ParseMode::Exec, R"PYX(f"{}"
)PYX",
     "SyntaxError", R"PYX(f-string: valid expression required before '}')PYX", 1, 4, 1, 5},
    {"invalid_star", ParseMode::Exec, R"PYX(f(*)
)PYX",
     "SyntaxError", R"PYX(Invalid star expression)PYX", 1, 4, 1, 5},
    {"soft_keyword_prefix", ParseMode::Exec, R"PYX(f(ma x)
)PYX",
     "SyntaxError", R"PYX(invalid syntax)PYX", 1, 6, 1, 7},
    {"parameters", ParseMode::Exec, R"PYX(def f(a=1, b): pass
)PYX",
     "SyntaxError", R"PYX(parameter without a default follows parameter with a default)PYX", 1, 12, 1, 13},
    {"lambda_parens", ParseMode::Exec, R"PYX(lambda (x): x
)PYX",
     "SyntaxError", R"PYX(Lambda expression parameters cannot be parenthesized)PYX", 1, 8, 1, 11},
    {"multiple_exception_types", ParseMode::Exec, R"PYX(try:
    pass
except A, B:
    pass
)PYX",
     "SyntaxError", R"PYX(multiple exception types must be parenthesized)PYX", 3, 8, 3, 12},
    {"match_positional_after_keyword", ParseMode::Exec, R"PYX(match x:
    case C(a=1, b):
        pass
)PYX",
     "SyntaxError", R"PYX(positional patterns follow keyword patterns)PYX", 2, 17, 2, 18},
    {"typevartuple_bound", ParseMode::Exec, R"PYX(type T[*Ts: int] = Ts
)PYX",
     "SyntaxError", R"PYX(cannot use bound with TypeVarTuple)PYX", 1, 11, 1, 16},
    {"imaginary_required", ParseMode::Exec, R"PYX(match x:
    case 1 + 2:
        pass
)PYX",
     "SyntaxError", R"PYX(imaginary number required in complex literal)PYX", 2, 14, 2, 15},
    {"legacy_print", ParseMode::Exec, R"PYX(print "hello"
)PYX",
     "SyntaxError", R"PYX(Missing parentheses in call to 'print'. Did you mean print(...)?)PYX", 1, 1, 1, 14},
    {"dict_value_missing", ParseMode::Exec, R"PYX({1: }
)PYX",
     "SyntaxError", R"PYX(expression expected after dictionary key and ':')PYX", 1, 3, 1, 4},
    {"multiple_statements", ParseMode::Single, R"PYX(x = 1
y = 2
)PYX",
     "SyntaxError", R"PYX(multiple statements found while compiling a single statement)PYX", 1, 6, 1, 7},
    {"eval_statement", ParseMode::Eval, R"PYX(x = 1)PYX",
     "SyntaxError", R"PYX(invalid syntax)PYX", 1, 3, 1, 4},
};

TEST(Parser, ErrorsMatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    SCOPED_TRACE(c.name);
    SyntaxErrorInfo e;
    EXPECT_EQ(parse_to_dump(c.source, c.mode, &e), "");
    EXPECT_EQ(e.exc_type, c.type);
    EXPECT_EQ(e.msg, c.msg);
    EXPECT_EQ(e.lineno, c.lineno);
    EXPECT_EQ(e.offset, c.offset);
    EXPECT_EQ(e.end_lineno, c.end_lineno);
    EXPECT_EQ(e.end_offset, c.end_offset);
  }
}

// Hand-picked tricky sources (parameters, targets, patterns, f-strings, indentation, numbers,
// missing colons ...) with CPython 3.12.7's verdict, as a file it can read the lines back from.
struct SnippetCase {
  const char* source;
  const char* type;  // nullptr: parses
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

const SnippetCase kSnippets[] = {
    {R"PYX(raise from x
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 7, 1, 11},
    {R"PYX(assert x = 1
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 10, 1, 11},
    {R"PYX(x if y else pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 13, 1, 17},
    {R"PYX(pass if x else y
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 6, 1, 8},
    {R"PYX([**x for x in y]
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 2, 1, 4},
    {R"PYX((**x for x in y)
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 2, 1, 4},
    {R"PYX(def f[](): pass
)PYX", "SyntaxError", R"PYX(expected '(')PYX", 1, 6, 1, 7},
    {R"PYX(class A[]: pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 9, 1, 10},
    {R"PYX(type X[] = int
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 8, 1, 9},
    {R"PYX(import a.b as
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 14, 1, 15},
    {R"PYX(f(x for x in y if z else w)
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 21, 1, 25},
    {R"PYX([x for x in 1, 2]
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 14, 1, 15},
    {R"PYX(print(f"{x!}")
)PYX", "SyntaxError", R"PYX(f-string: missing conversion character)PYX", 1, 12, 1, 13},
    {R"PYX(x: int = yield
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(for x in *a, *b: pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(del *x
)PYX", "SyntaxError", R"PYX(cannot delete starred)PYX", 1, 5, 1, 7},
    {R"PYX(with a as b c: pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 13, 1, 14},
    {R"PYX(match x:
 case 1 + 1j: pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(match x:
 case 1 + 1: pass
)PYX", "SyntaxError", R"PYX(imaginary number required in complex literal)PYX", 2, 11, 2, 12},
    {R"PYX(match x:
 case 1j + 1: pass
)PYX", "SyntaxError", R"PYX(real number required in complex literal)PYX", 2, 7, 2, 9},
    {R"PYX(match x:
 case -1 - 2j: pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(match x:
 case {**_}: pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 2, 10, 2, 11},
    {R"PYX(match x:
 case {**r, 'a': 1}: pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 2, 13, 2, 16},
    {R"PYX(match x:
 case [*_, *_]: pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(match x:
 case a.b(c=1, d): pass
)PYX", "SyntaxError", R"PYX(positional patterns follow keyword patterns)PYX", 2, 16, 2, 17},
    {R"PYX(match x:
 case (a as _): pass
)PYX", "SyntaxError", R"PYX(cannot use '_' as a target)PYX", 2, 13, 2, 14},
    {R"PYX(match x:
 case (a as 1): pass
)PYX", "SyntaxError", R"PYX(invalid pattern target)PYX", 2, 13, 2, 14},
    {R"PYX(match x:
 case f"x": pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(match x:
 case 1 | 2 as z if z: pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(def f(*, **k): pass
)PYX", "SyntaxError", R"PYX(named arguments must follow bare *)PYX", 1, 7, 1, 8},
    {R"PYX(def f(a, *, b=1, **k,): pass
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(def f(a=1, /, b, *c): pass
)PYX", "SyntaxError", R"PYX(parameter without a default follows parameter with a default)PYX", 1, 15, 1, 16},
    {R"PYX(def f(/, a): pass
)PYX", "SyntaxError", R"PYX(at least one argument must precede /)PYX", 1, 7, 1, 8},
    {R"PYX(def f(a, /, /): pass
)PYX", "SyntaxError", R"PYX(/ may appear only once)PYX", 1, 13, 1, 14},
    {R"PYX(def f(*a, /): pass
)PYX", "SyntaxError", R"PYX(/ must be ahead of *)PYX", 1, 11, 1, 12},
    {R"PYX(def f(a, *b, *c): pass
)PYX", "SyntaxError", R"PYX(* argument may appear only once)PYX", 1, 14, 1, 15},
    {R"PYX(def f(**k, a): pass
)PYX", "SyntaxError", R"PYX(arguments cannot follow var-keyword argument)PYX", 1, 12, 1, 13},
    {R"PYX(def f(**k=1): pass
)PYX", "SyntaxError", R"PYX(var-keyword argument cannot have default value)PYX", 1, 10, 1, 11},
    {R"PYX(def f(*a=1): pass
)PYX", "SyntaxError", R"PYX(var-positional argument cannot have default value)PYX", 1, 9, 1, 10},
    {R"PYX(def f(a, (b, c)): pass
)PYX", "SyntaxError", R"PYX(Function parameters cannot be parenthesized)PYX", 1, 10, 1, 16},
    {R"PYX(lambda *: 1
)PYX", "SyntaxError", R"PYX(named arguments must follow bare *)PYX", 1, 9, 1, 10},
    {R"PYX(lambda a, /: 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(lambda *a, **b, c: 1
)PYX", "SyntaxError", R"PYX(arguments cannot follow var-keyword argument)PYX", 1, 17, 1, 18},
    {R"PYX(lambda x=: 1
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 10, 1, 11},
    {R"PYX(def f(x=): pass
)PYX", "SyntaxError", R"PYX(expected default value expression)PYX", 1, 8, 1, 9},
    {R"PYX(nonlocal x y
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 12, 1, 13},
    {R"PYX(global
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 7, 1, 8},
    {R"PYX(a = 1 if b
)PYX", "SyntaxError", R"PYX(expected 'else' after 'if' expression)PYX", 1, 5, 1, 11},
    {R"PYX(x = lambda: yield
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 13, 1, 18},
    {R"PYX(f(**k, *a)
)PYX", "SyntaxError", R"PYX(iterable argument unpacking follows keyword argument unpacking)PYX", 1, 6, 1, 10},
    {R"PYX(x = {**a: 1}
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 9, 1, 10},
    {R"PYX(@x
y = 1
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 2, 1, 2, 2},
    {R"PYX(f(a, b for b in c)
)PYX", "SyntaxError", R"PYX(Generator expression must be parenthesized)PYX", 1, 6, 1, 18},
    {R"PYX(f(b for b in c, a)
)PYX", "SyntaxError", R"PYX(Generator expression must be parenthesized)PYX", 1, 3, 1, 15},
    {R"PYX(f(a=1 for b in c)
)PYX", "SyntaxError", R"PYX(invalid syntax. Maybe you meant '==' or ':=' instead of '='?)PYX", 1, 3, 1, 5},
    {R"PYX(f(a, =1)
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 6, 1, 7},
    {R"PYX(f(*a=1)
)PYX", "SyntaxError", R"PYX(cannot assign to iterable argument unpacking)PYX", 1, 3, 1, 7},
    {R"PYX(f(**a=1)
)PYX", "SyntaxError", R"PYX(cannot assign to keyword argument unpacking)PYX", 1, 3, 1, 8},
    {R"PYX(f(a.b=1)
)PYX", "SyntaxError", R"PYX(expression cannot contain assignment, perhaps you meant "=="?)PYX", 1, 3, 1, 7},
    {R"PYX(f(True=1)
)PYX", "SyntaxError", R"PYX(cannot assign to True)PYX", 1, 3, 1, 8},
    {R"PYX(f(x=)
)PYX", "SyntaxError", R"PYX(expected argument value expression)PYX", 1, 3, 1, 5},
    {R"PYX(x = yield = 1
)PYX", "SyntaxError", R"PYX(assignment to yield expression not possible)PYX", 1, 5, 1, 10},
    {R"PYX(x, y: int
)PYX", "SyntaxError", R"PYX(only single target (not tuple) can be annotated)PYX", 1, 1, 1, 2},
    {R"PYX((x, y): int
)PYX", "SyntaxError", R"PYX(only single target (not tuple) can be annotated)PYX", 1, 1, 1, 7},
    {R"PYX([x]: int
)PYX", "SyntaxError", R"PYX(only single target (not list) can be annotated)PYX", 1, 1, 1, 4},
    {R"PYX(x.y: int = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX((x): int = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(a + 1 = 2
)PYX", "SyntaxError", R"PYX(cannot assign to expression here. Maybe you meant '==' instead of '='?)PYX", 1, 1, 1, 6},
    {R"PYX(a + 1 += 2
)PYX", "SyntaxError", R"PYX('expression' is an illegal expression for augmented assignment)PYX", 1, 1, 1, 6},
    {R"PYX(f() += 1
)PYX", "SyntaxError", R"PYX('function call' is an illegal expression for augmented assignment)PYX", 1, 1, 1, 4},
    {R"PYX(del f()
)PYX", "SyntaxError", R"PYX(cannot delete function call)PYX", 1, 5, 1, 8},
    {R"PYX(del a + b
)PYX", "SyntaxError", R"PYX(cannot delete expression)PYX", 1, 5, 1, 10},
    {R"PYX(del (a, b + c)
)PYX", "SyntaxError", R"PYX(cannot delete expression)PYX", 1, 9, 1, 14},
    {R"PYX(for a + b in c: pass
)PYX", "SyntaxError", R"PYX(cannot assign to expression)PYX", 1, 5, 1, 10},
    {R"PYX(for x in range(10)
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 19, 1, 20},
    {R"PYX(while x
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 8, 1, 9},
    {R"PYX(class A
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 8, 1, 9},
    {R"PYX(def f()
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 8, 1, 9},
    {R"PYX(try
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 4, 1, 5},
    {R"PYX(try:
  pass
except
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 3, 7, 3, 8},
    {R"PYX(try:
  pass
except E as e.x:
  pass
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 3, 14, 3, 15},
    {R"PYX(try:
  pass
finally:
pass
)PYX", "IndentationError", R"PYX(expected an indented block after 'finally' statement on line 3)PYX", 4, 1, 4, 5},
    {R"PYX(with open(x) as f
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 18, 1, 19},
    {R"PYX(with (a as b, c as d)
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 1, 22, 1, 23},
    {R"PYX(if x:
  pass
elif y
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 3, 7, 3, 8},
    {R"PYX(if x:
  pass
else
  pass
)PYX", "SyntaxError", R"PYX(expected ':')PYX", 3, 5, 3, 6},
    {R"PYX(x = [1, 2
y = 3
)PYX", "SyntaxError", R"PYX('[' was never closed)PYX", 1, 5, 1, 0},
    {R"PYX(x = (1 +
2) = 3
)PYX", "SyntaxError", R"PYX(cannot assign to expression)PYX", 1, 6, 2, 2},
    {R"PYX(print "hello"
)PYX", "SyntaxError", R"PYX(Missing parentheses in call to 'print'. Did you mean print(...)?)PYX", 1, 1, 1, 14},
    {R"PYX(exec "code"
)PYX", "SyntaxError", R"PYX(Missing parentheses in call to 'exec'. Did you mean exec(...)?)PYX", 1, 1, 1, 12},
    {R"PYX(print >> sys.stderr, "x"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{x=!r:^10}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{x:{y:{z}}}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{'a' 'b'}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{x}" f"{y}" "z" u"w"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{x
)PYX", "SyntaxError", R"PYX('{' was never closed)PYX", 1, 3, 1, 0},
    {R"PYX(f"{x!r"
)PYX", "SyntaxError", R"PYX(f-string: expecting '}')PYX", 1, 6, 1, 6},
    {R"PYX(f"{x:"
)PYX", "SyntaxError", R"PYX(f-string: expecting '}', or format specs)PYX", 1, 6, 1, 7},
    {R"PYX(f"{}"
)PYX", "SyntaxError", R"PYX(f-string: valid expression required before '}')PYX", 1, 4, 1, 5},
    {R"PYX(f"{!r}"
)PYX", "SyntaxError", R"PYX(f-string: valid expression required before '!')PYX", 1, 4, 1, 5},
    {R"PYX(f"{:x}"
)PYX", "SyntaxError", R"PYX(f-string: valid expression required before ':')PYX", 1, 4, 1, 5},
    {R"PYX(f"{=}"
)PYX", "SyntaxError", R"PYX(f-string: valid expression required before '=')PYX", 1, 4, 1, 5},
    {R"PYX(f"{x!rr}"
)PYX", "SyntaxError", R"PYX(f-string: invalid conversion character 'rr': expected 's', 'r', or 'a')PYX", 1, 6, 1, 8},
    {R"PYX(f"{x!}"
)PYX", "SyntaxError", R"PYX(f-string: missing conversion character)PYX", 1, 6, 1, 7},
    {R"PYX(f"{lambda x: 1}"
)PYX", "SyntaxError", R"PYX(f-string: lambda expressions are not allowed without parentheses)PYX", 1, 4, 1, 13},
    {R"PYX(f"{yield}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{*x}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{**x}"
)PYX", "SyntaxError", R"PYX(f-string: expecting a valid expression after '{')PYX", 1, 4, 1, 6},
    {R"PYX(f"{x:=1}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f"{(x:=1)}"
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(f'{x'
)PYX", "SyntaxError", R"PYX(f-string: expecting '}')PYX", 1, 5, 1, 5},
    {R"PYX(f"{x}}"
)PYX", "SyntaxError", R"PYX(f-string: single '}' is not allowed)PYX", 1, 6, 1, 6},
    {R"PYX(f"}"
)PYX", "SyntaxError", R"PYX(f-string: single '}' is not allowed)PYX", 1, 3, 1, 3},
    {R"PYX(f"{"
)PYX", "SyntaxError", R"PYX(f-string: expecting '}')PYX", 1, 4, 1, 4},
    {R"PYX(async def f():
  [x async for x in y]
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(async def f():
  await x
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(def f():
  yield from
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 2, 13, 2, 14},
    {R"PYX(x = *a
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(x = *a,
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(print(*a)
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(*a = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(*a, = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(a, *b, *c = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX((*a) = 1
)PYX", "SyntaxError", R"PYX(cannot use starred expression here)PYX", 1, 2, 1, 4},
    {R"PYX([*a] = 1
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(del (*a,)
)PYX", "SyntaxError", R"PYX(cannot delete starred)PYX", 1, 6, 1, 8},
    {R"PYX(x = 1_000_
)PYX", "SyntaxError", R"PYX(invalid decimal literal)PYX", 1, 10, 1, 10},
    {R"PYX(x = 0b12
)PYX", "SyntaxError", R"PYX(invalid digit '2' in binary literal)PYX", 1, 8, 1, 8},
    {R"PYX(x = 1.e
)PYX", "SyntaxError", R"PYX(invalid decimal literal)PYX", 1, 6, 1, 6},
    {R"PYX(x = 09
)PYX", "SyntaxError", R"PYX(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PYX", 1, 5, 1, 6},
    {R"PYX(x = 1__0
)PYX", "SyntaxError", R"PYX(invalid decimal literal)PYX", 1, 6, 1, 6},
    {R"PYX(x = 0x
)PYX", "SyntaxError", R"PYX(invalid hexadecimal literal)PYX", 1, 6, 1, 6},
    {R"PYX(from . import *
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(from .. import (a as b, c,)
)PYX", nullptr, nullptr, 0, 0, 0, 0},
    {R"PYX(from . import a as
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 19, 1, 20},
    {R"PYX(import *
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 8, 1, 9},
    {R"PYX(from x import *, y
)PYX", "SyntaxError", R"PYX(invalid syntax)PYX", 1, 16, 1, 17},
    {R"PYX(if True:
    pass
  x = 1
)PYX", "IndentationError", R"PYX(unindent does not match any outer indentation level)PYX", 3, 8, 3, -1},
    {R"PYX(  x = 1
)PYX", "IndentationError", R"PYX(unexpected indent)PYX", 1, 2, 1, -1},
    {R"PYX(x = (
1,
2
)PYX", "SyntaxError", R"PYX('(' was never closed)PYX", 1, 5, 1, 0},
    {R"PYX(x = """abc
)PYX", "SyntaxError", R"PYX(unterminated triple-quoted string literal (detected at line 1))PYX", 1, 5, 1, 5},
    {R"PYX(x = 'abc
)PYX", "SyntaxError", R"PYX(unterminated string literal (detected at line 1))PYX", 1, 5, 1, 5},
    {R"PYX(x = 'abc\\
)PYX", "SyntaxError", R"PYX(unterminated string literal (detected at line 1))PYX", 1, 5, 1, 5},
    {R"PYX(		x = 1
)PYX", "IndentationError", R"PYX(unexpected indent)PYX", 1, 2, 1, -1},
    {R"PYX(def f():
	if x:
        pass
)PYX", "TabError", R"PYX(inconsistent use of tabs and spaces in indentation)PYX", 3, 1, 3, 0},
};

TEST(Parser, SnippetsMatchCPython) {
  for (const SnippetCase& c : kSnippets) {
    SCOPED_TRACE(c.source);
    Arena arena;
    ParseRequest request;
    request.source = c.source;
    request.filename = "snippet.py";
    request.from_file = true;
    SyntaxErrorInfo e;
    ast::mod_t* tree = parse(arena, request, &e);
    if (c.type == nullptr) {
      EXPECT_NE(tree, nullptr) << e.msg;
      continue;
    }
    ASSERT_EQ(tree, nullptr);
    EXPECT_EQ(e.exc_type, c.type);
    EXPECT_EQ(e.msg, c.msg);
    EXPECT_EQ(e.lineno, c.lineno);
    EXPECT_EQ(e.offset, c.offset);
    EXPECT_EQ(e.end_lineno, c.end_lineno);
    EXPECT_EQ(e.end_offset, c.end_offset);
  }
}

// CPython's parser gives up past 6000 nested rules: `-` * 5968 + `1` parses, one more does not.
TEST(Parser, StackOverflowAtCPythonsDepth) {
  SyntaxErrorInfo e;
  std::string ok = std::string(5968, '-') + "1\n";
  EXPECT_NE(parse_to_dump(ok, ParseMode::Exec, &e), "");
  std::string deep = std::string(5969, '-') + "1\n";
  EXPECT_EQ(parse_to_dump(deep, ParseMode::Exec, &e), "");
  EXPECT_EQ(e.exc_type, "MemoryError");
  EXPECT_EQ(e.msg, "Parser stack overflowed - Python source too complex to parse");
  EXPECT_FALSE(e.has_location);
  // The same limit for other shapes, and no crash however deep the input.
  std::string lambdas;
  for (int i = 0; i < 2984; ++i) lambdas += "lambda: ";
  EXPECT_NE(parse_to_dump(lambdas + "x\n", ParseMode::Exec, &e), "");
  EXPECT_EQ(parse_to_dump("lambda: " + lambdas + "x\n", ParseMode::Exec, &e), "");
  EXPECT_EQ(e.exc_type, "MemoryError");
  for (const char* unit : {"-", "not ", "~", "lambda: ", "x**", "a if b else ", "await "}) {
    std::string huge;
    for (int i = 0; i < 100000; ++i) huge += unit;
    EXPECT_EQ(parse_to_dump(huge + "1\n", ParseMode::Exec, &e), "") << unit;
  }
}

// A token source other than the tokenizer: the parser only sees tokens.
class ListTokenSource final : public TokenSource {
 public:
  explicit ListTokenSource(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}
  bool next(Token* out) override {
    *out = tokens_[std::min(index_++, tokens_.size() - 1)];
    return true;
  }
  const SyntaxErrorInfo& error() const override { return error_; }

 private:
  std::vector<Token> tokens_;
  size_t index_ = 0;
  SyntaxErrorInfo error_;
};

TEST(Parser, ParsesAnyTokenSource) {
  std::string_view source = "x = 1\n";
  auto tok = [&](TokenKind kind, int col, int end_col) {
    Token t;
    t.kind = kind;
    t.lineno = t.end_lineno = 1;
    t.col_offset = col;
    t.end_col_offset = end_col;
    t.text = source.substr(col, end_col - col);
    return t;
  };
  ListTokenSource tokens({tok(TokenKind::NAME, 0, 1), tok(TokenKind::EQUAL, 2, 3), tok(TokenKind::NUMBER, 4, 5),
                          tok(TokenKind::NEWLINE, 5, 6), tok(TokenKind::ENDMARKER, 0, 0)});
  Arena arena;
  Parser parser(arena, tokens, ParseMode::Exec, source, "test.py");
  SyntaxErrorInfo error;
  ast::mod_t* tree = parser.parse(&error);
  ASSERT_NE(tree, nullptr);
  EXPECT_EQ(dump_ast(tree, false), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
}

}  // namespace
}  // namespace pyxis::frontend

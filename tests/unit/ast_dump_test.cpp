// Unit tests for frontend/ast_dump: hand-built trees must dump exactly as CPython 3.12's
// ast.dump() printed them for the source quoted in each test.
#include "frontend/ast_dump.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>

namespace pyxis::frontend {
namespace {

using namespace ast;

class Builder {
 public:
  Arena arena;

  template <class T>
  Seq<T> seq(std::initializer_list<T> items) {
    Seq<T> s = Seq<T>::make(arena, static_cast<uint32_t>(items.size()));
    uint32_t i = 0;
    for (const T& item : items) s[i++] = item;
    return s;
  }
  template <class N>
  N* at(N* node, int line, int col, int end_line, int end_col) {
    node->loc = Loc{line, col, end_line, end_col};
    return node;
  }
  Name* name(const char* id, expr_context_t ctx = expr_context_t::Load) {
    Name* n = make<Name>(arena);
    n->id = id;
    n->ctx = ctx;
    return n;
  }
  Constant* constant(ConstantValue value, const char* kind = nullptr) {
    Constant* c = make<Constant>(arena);
    c->value = value;
    if (kind) c->kind = kind;
    return c;
  }
  Constant* integer(int64_t v) {
    ConstantValue value;
    value.kind = ConstantValue::Kind::Int;
    value.int_value = v;
    return constant(value);
  }
  Constant* text(ConstantValue::Kind kind, std::string_view t, const char* u = nullptr) {
    ConstantValue value;
    value.kind = kind;
    value.text = t;
    return constant(value, u);
  }
  Constant* number(ConstantValue::Kind kind, double v) {
    ConstantValue value;
    value.kind = kind;
    value.float_value = v;
    return constant(value);
  }
  Constant* simple(ConstantValue::Kind kind) {
    ConstantValue value;
    value.kind = kind;
    return constant(value);
  }
  Expr* expr_stmt(expr_t* value) {
    Expr* e = make<Expr>(arena);
    e->value = value;
    return e;
  }
  Module* module(std::initializer_list<stmt_t*> body) {
    Module* m = make<Module>(arena);
    m->body = seq(body);
    return m;
  }
  arguments_t* no_arguments() { return arena.make<arguments_t>(); }
  Pass* pass() { return make<Pass>(arena); }
};

// x = 1
TEST(AstDump, AssignWithAttributes) {
  Builder b;
  Assign* assign = b.at(make<Assign>(b.arena), 1, 0, 1, 5);
  assign->targets = b.seq<expr_t*>({b.at(b.name("x", expr_context_t::Store), 1, 0, 1, 1)});
  assign->value = b.at(b.integer(1), 1, 4, 1, 5);
  Module* m = b.module({assign});
  EXPECT_EQ(dump_ast(m, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
  EXPECT_EQ(dump_ast(m, false),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
}

// def f(a, *, b=1, c): pass
TEST(AstDump, FunctionDefKwDefaultsNone) {
  Builder b;
  arguments_t* args = b.no_arguments();
  arg_t* a = b.arena.make<arg_t>();
  a->arg = "a";
  arg_t* kb = b.arena.make<arg_t>();
  kb->arg = "b";
  arg_t* kc = b.arena.make<arg_t>();
  kc->arg = "c";
  args->args = b.seq({a});
  args->kwonlyargs = b.seq({kb, kc});
  args->kw_defaults = b.seq<expr_t*>({b.integer(1), nullptr});
  FunctionDef* f = make<FunctionDef>(b.arena);
  f->name = "f";
  f->args = args;
  f->body = b.seq<stmt_t*>({b.pass()});
  EXPECT_EQ(dump_ast(b.module({f}), false),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], "
            "kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]), "
            "body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])");
}

// {**a, b: 1}
TEST(AstDump, DictKeysNone) {
  Builder b;
  Dict* d = make<Dict>(b.arena);
  d->keys = b.seq<expr_t*>({nullptr, b.name("b")});
  d->values = b.seq<expr_t*>({b.name("a"), b.integer(1)});
  EXPECT_EQ(dump_ast(b.module({b.expr_stmt(d)}), false),
            "Module(body=[Expr(value=Dict(keys=[None, Name(id='b', ctx=Load())], values=[Name(id='a', ctx=Load()), "
            "Constant(value=1)]))], type_ignores=[])");
}

// from . import x / from a import b as c / import a.b / global a, b
TEST(AstDump, ImportsAndIdentifiers) {
  Builder b;
  alias_t* x = b.arena.make<alias_t>();
  x->name = "x";
  ImportFrom* from_dot = make<ImportFrom>(b.arena);
  from_dot->names = b.seq({x});
  from_dot->level = 1;
  alias_t* bc = b.arena.make<alias_t>();
  bc->name = "b";
  bc->asname = "c";
  ImportFrom* from_a = make<ImportFrom>(b.arena);
  from_a->module = "a";
  from_a->names = b.seq({bc});
  alias_t* ab = b.arena.make<alias_t>();
  ab->name = "a.b";
  Import* imp = make<Import>(b.arena);
  imp->names = b.seq({ab});
  Global* g = make<Global>(b.arena);
  g->names = b.seq<Identifier>({"a", "b"});
  EXPECT_EQ(dump_ast(b.module({from_dot, from_a, imp, g}), false),
            "Module(body=[ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='a', "
            "names=[alias(name='b', asname='c')], level=0), Import(names=[alias(name='a.b')]), "
            "Global(names=['a', 'b'])], type_ignores=[])");
}

// match x:
//  case None: pass
//  case {**r}: pass
//  case [*_]: pass
//  case _: pass
TEST(AstDump, Patterns) {
  Builder b;
  auto case_of = [&](pattern_t* p) {
    match_case_t* c = b.arena.make<match_case_t>();
    c->pattern = p;
    c->body = b.seq<stmt_t*>({b.pass()});
    return c;
  };
  MatchSingleton* none = make<MatchSingleton>(b.arena);
  MatchMapping* mapping = make<MatchMapping>(b.arena);
  mapping->rest = "r";
  MatchSequence* sequence = make<MatchSequence>(b.arena);
  sequence->patterns = b.seq<pattern_t*>({make<MatchStar>(b.arena)});
  Match* m = make<Match>(b.arena);
  m->subject = b.name("x");
  m->cases = b.seq({case_of(none), case_of(mapping), case_of(sequence), case_of(make<MatchAs>(b.arena))});
  EXPECT_EQ(dump_ast(b.module({m}), false),
            "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSingleton(value=None), "
            "body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='r'), body=[Pass()]), "
            "match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()]), "
            "match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
}

// u"x"; "y"; b"z"
TEST(AstDump, ConstantKind) {
  Builder b;
  EXPECT_EQ(dump_ast(b.module({b.expr_stmt(b.text(ConstantValue::Kind::Str, "x", "u")),
                               b.expr_stmt(b.text(ConstantValue::Kind::Str, "y")),
                               b.expr_stmt(b.text(ConstantValue::Kind::Bytes, "z"))}),
                     false),
            "Module(body=[Expr(value=Constant(value='x', kind='u')), Expr(value=Constant(value='y')), "
            "Expr(value=Constant(value=b'z'))], type_ignores=[])");
}

// 1.5; 1e16; 1e-05; 0.0001; 3j; 1.5e3J; 1e400; 1e400j; 0j; 123456789012345678901234567890; ...;
// '\x00\t\'"é\u2028\ud800\U0001f600'; b'\xff\'"'; None; True; False
TEST(AstDump, ConstantValues) {
  Builder b;
  using K = ConstantValue::Kind;
  ConstantValue big;
  big.kind = K::BigInt;
  big.text = "123456789012345678901234567890";
  Module* m = b.module({
      b.expr_stmt(b.number(K::Float, 1.5)),
      b.expr_stmt(b.number(K::Float, 1e16)),
      b.expr_stmt(b.number(K::Float, 1e-05)),
      b.expr_stmt(b.number(K::Float, 0.0001)),
      b.expr_stmt(b.number(K::Complex, 3)),
      b.expr_stmt(b.number(K::Complex, 1500)),
      b.expr_stmt(b.number(K::Float, HUGE_VAL)),
      b.expr_stmt(b.number(K::Complex, HUGE_VAL)),
      b.expr_stmt(b.number(K::Complex, 0)),
      b.expr_stmt(b.constant(big)),
      b.expr_stmt(b.simple(K::Ellipsis)),
      b.expr_stmt(b.text(K::Str, std::string_view("\0\t'\"\xc3\xa9\xe2\x80\xa8\xed\xa0\x80\xf0\x9f\x98\x80", 16))),
      b.expr_stmt(b.text(K::Bytes, "\xff'\"")),
      b.expr_stmt(b.simple(K::None)),
      b.expr_stmt(b.simple(K::True)),
      b.expr_stmt(b.simple(K::False)),
  });
  EXPECT_EQ(dump_ast(m, false),
            "Module(body=[Expr(value=Constant(value=1.5)), Expr(value=Constant(value=1e+16)), "
            "Expr(value=Constant(value=1e-05)), Expr(value=Constant(value=0.0001)), Expr(value=Constant(value=3j)), "
            "Expr(value=Constant(value=1500j)), Expr(value=Constant(value=inf)), Expr(value=Constant(value=infj)), "
            "Expr(value=Constant(value=0j)), Expr(value=Constant(value=123456789012345678901234567890)), "
            "Expr(value=Constant(value=Ellipsis)), "
            "Expr(value=Constant(value='\\x00\\t\\'\"\xc3\xa9\\u2028\\ud800\xf0\x9f\x98\x80')), "
            "Expr(value=Constant(value=b'\\xff\\'\"')), Expr(value=Constant(value=None)), "
            "Expr(value=Constant(value=True)), Expr(value=Constant(value=False))], type_ignores=[])");
}

// 0x<5000 f>: CPython parses it but ast.dump raises ValueError (int repr digit limit).
TEST(AstDump, IntTooLong) {
  Builder b;
  ConstantValue big;
  big.kind = ConstantValue::Kind::BigInt;
  std::string digits(4300, '9');
  big.text = digits;
  AstDumpInfo info;
  dump_ast(b.module({b.expr_stmt(b.constant(big))}), false, &info);
  EXPECT_FALSE(info.int_too_long);
  digits += '9';
  big.text = digits;
  std::string text = dump_ast(b.module({b.expr_stmt(b.constant(big))}), false, &info);
  EXPECT_TRUE(info.int_too_long);
  EXPECT_NE(text.find(digits), std::string::npos);
}

// f"{x!r:>10}{y=}"
TEST(AstDump, FString) {
  Builder b;
  JoinedStr* spec = make<JoinedStr>(b.arena);
  spec->values = b.seq<expr_t*>({b.text(ConstantValue::Kind::Str, ">10")});
  FormattedValue* fx = make<FormattedValue>(b.arena);
  fx->value = b.name("x");
  fx->conversion = 'r';
  fx->format_spec = spec;
  FormattedValue* fy = make<FormattedValue>(b.arena);
  fy->value = b.name("y");
  fy->conversion = 'r';
  JoinedStr* j = make<JoinedStr>(b.arena);
  j->values = b.seq<expr_t*>({fx, b.text(ConstantValue::Kind::Str, "y="), fy});
  EXPECT_EQ(dump_ast(b.module({b.expr_stmt(j)}), false),
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
            "conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value='y='), "
            "FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))], type_ignores=[])");
  FormattedValue* plain = make<FormattedValue>(b.arena);
  plain->value = b.name("z");
  plain->conversion = -1;
  EXPECT_EQ(dump_ast(b.module({b.expr_stmt(plain)}), false),
            "Module(body=[Expr(value=FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1))], "
            "type_ignores=[])");
}

// a < b == c
TEST(AstDump, CompareOps) {
  Builder b;
  Compare* c = make<Compare>(b.arena);
  c->left = b.name("a");
  c->ops = b.seq({cmpop_t::Lt, cmpop_t::Eq});
  c->comparators = b.seq<expr_t*>({b.name("b"), b.name("c")});
  EXPECT_EQ(dump_ast(b.module({b.expr_stmt(c)}), false),
            "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Eq()], "
            "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])");
}

// try:\n pass\nexcept:\n pass   (with attributes)
TEST(AstDump, TryWithAttributes) {
  Builder b;
  ExceptHandler* h = b.at(make<ExceptHandler>(b.arena), 3, 0, 4, 5);
  h->body = b.seq<stmt_t*>({b.at(b.pass(), 4, 1, 4, 5)});
  Try* t = b.at(make<Try>(b.arena), 1, 0, 4, 5);
  t->body = b.seq<stmt_t*>({b.at(b.pass(), 2, 1, 2, 5)});
  t->handlers = b.seq<excepthandler_t*>({h});
  EXPECT_EQ(dump_ast(b.module({t}), true),
            "Module(body=[Try(body=[Pass(lineno=2, col_offset=1, end_lineno=2, end_col_offset=5)], "
            "handlers=[ExceptHandler(body=[Pass(lineno=4, col_offset=1, end_lineno=4, end_col_offset=5)], lineno=3, "
            "col_offset=0, end_lineno=4, end_col_offset=5)], orelse=[], finalbody=[], lineno=1, col_offset=0, "
            "end_lineno=4, end_col_offset=5)], type_ignores=[])");
}

// ast.parse('(int, str) -> None', mode='func_type'), include_attributes=True
// ast.parse('print(1)', mode='single'); ast.parse('1', mode='eval') with attributes;
// x = 1 # type: ignore[abc] (type_comments=True)
TEST(AstDump, OtherModes) {
  Builder b;
  FunctionType* ft = make<FunctionType>(b.arena);
  ft->argtypes = b.seq<expr_t*>({b.at(b.name("int"), 1, 1, 1, 4), b.at(b.name("str"), 1, 6, 1, 9)});
  ft->returns = b.at(b.simple(ConstantValue::Kind::None), 1, 14, 1, 18);
  EXPECT_EQ(dump_ast(ft, true),
            "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), "
            "Name(id='str', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9)], "
            "returns=Constant(value=None, lineno=1, col_offset=14, end_lineno=1, end_col_offset=18))");
  Call* call = make<Call>(b.arena);
  call->func = b.name("print");
  call->args = b.seq<expr_t*>({b.integer(1)});
  Interactive* inter = make<Interactive>(b.arena);
  inter->body = b.seq<stmt_t*>({b.expr_stmt(call)});
  EXPECT_EQ(dump_ast(inter, false),
            "Interactive(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], "
            "keywords=[]))])");
  Expression* e = make<Expression>(b.arena);
  e->body = b.at(b.integer(1), 1, 0, 1, 1);
  EXPECT_EQ(dump_ast(e, true), "Expression(body=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1))");
  TypeIgnore* ti = make<TypeIgnore>(b.arena);
  ti->lineno = 1;
  ti->tag = "[abc]";
  Module* m = b.module({});
  m->type_ignores = b.seq<type_ignore_t*>({ti});
  EXPECT_EQ(dump_ast(m, true), "Module(body=[], type_ignores=[TypeIgnore(lineno=1, tag='[abc]')])");
}

// def f[T: int, *Ts, **P](): return
TEST(AstDump, TypeParams) {
  Builder b;
  TypeVar* t = make<TypeVar>(b.arena);
  t->name = "T";
  t->bound = b.name("int");
  TypeVarTuple* ts = make<TypeVarTuple>(b.arena);
  ts->name = "Ts";
  ParamSpec* p = make<ParamSpec>(b.arena);
  p->name = "P";
  FunctionDef* f = make<FunctionDef>(b.arena);
  f->name = "f";
  f->args = b.no_arguments();
  f->body = b.seq<stmt_t*>({make<Return>(b.arena)});
  f->type_params = b.seq<type_param_t*>({t, ts, p});
  EXPECT_EQ(dump_ast(b.module({f}), false),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
            "defaults=[]), body=[Return()], decorator_list=[], type_params=[TypeVar(name='T', "
            "bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])");
}

// '-' * k + 'x': CPython's ast.dump, called from a function, works up to k = 991.
TEST(AstDump, Nesting) {
  Builder b;
  expr_t* e = b.name("x");
  for (int i = 0; i < 991; ++i) {
    UnaryOp* u = make<UnaryOp>(b.arena);
    u->op = unaryop_t::USub;
    u->operand = e;
    e = u;
  }
  AstDumpInfo info;
  std::string text = dump_ast(b.module({b.expr_stmt(e)}), false, &info);
  EXPECT_EQ(info.max_nesting, 996);
  EXPECT_EQ(text.substr(0, 60), "Module(body=[Expr(value=UnaryOp(op=USub(), operand=UnaryOp(o");
  // Very deep trees do not crash the dumper.
  for (int i = 0; i < 200000; ++i) {
    UnaryOp* u = make<UnaryOp>(b.arena);
    u->op = unaryop_t::Not;
    u->operand = e;
    e = u;
  }
  text = dump_ast(b.module({b.expr_stmt(e)}), false, &info);
  EXPECT_EQ(info.max_nesting, 3001);
  EXPECT_NE(text.find("..."), std::string::npos);
}

}  // namespace
}  // namespace pyxis::frontend

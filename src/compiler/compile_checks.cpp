// check_compile_errors: the SyntaxErrors compile() raises after parsing, in CPython's order:
// the __future__ block first, then the symbol table pass (symtable.cpp), then the errors its
// code generator raises, found here by walking the tree in the order CPython generates code.
#include "compiler/compile_checks.h"

#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compiler/compile_error.h"
#include "compiler/future.h"
#include "compiler/pattern_constants.h"
#include "compiler/symtable.h"

namespace pyxis::compiler {

namespace {

// CPython keeps at most this many nested blocks (loops, try, with, ...) per code object.
constexpr size_t kMaxStaticBlocks = 21;
constexpr int kMaxNestingDepth = 6000;
// Star-unpacking assignment limits: targets before the star, and after it.
constexpr uint32_t kMaxTargetsBeforeStar = 1u << 8;
constexpr uint32_t kMaxTargetsAfterStar = static_cast<uint32_t>(INT_MAX) >> 8;

// A code object being generated.
enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, GeneratorExpression, TypeParams,
                      TypeVarBound, TypeAlias };

// What a nested block is, for break/continue/return and the nesting limit.
enum class Block { Loop, TryExcept, FinallyTry, FinallyEnd, With, ExceptHandler, HandlerCleanup,
                   ExceptStarHandler, AsyncComprehension, GeneratorBody, PopValue };

struct BlockInfo {
  Block kind;
  const ast::Seq<ast::stmt_t*>* finalbody = nullptr;  // FinallyTry: compiled again on every exit
};

struct Unit {
  UnitKind kind;
  const Scope* scope;
  std::vector<BlockInfo> blocks;
};

// The location of code CPython marks as artificial (lineno -1, no columns).
constexpr ast::Loc kNoLocation = {-1, -1, -1, -1};
// CPython generates a finally body again for every way out of its try (so nested finally
// blocks multiply); the checker re-walks those copies only while it has walked fewer than
// this many statements in all, which bounds its time on adversarial input.
constexpr long kMaxStatementsWalked = 20'000'000;

// Per case of a match statement: may a pattern here be irrefutable, names bound so far.
struct PatternContext {
  bool allow_irrefutable = true;
  std::vector<std::string_view> stores;
};

const char* const kExceptStarMessage = "'break', 'continue' and 'return' cannot appear in an except* block";

class CodegenChecker {
 public:
  CodegenChecker(const SymbolTable& table, CompileError* error) : table_(table), error_(error) {}

  bool check(const ast::mod_t* tree) {
    enter_unit(UnitKind::Module, table_.module());
    bool ok = true;
    if (const auto* m = ast::dyn_cast<ast::Module>(tree)) ok = visit_stmts(m->body);
    else if (const auto* m = ast::dyn_cast<ast::Interactive>(tree)) ok = visit_stmts(m->body);
    else if (const auto* m = ast::dyn_cast<ast::Expression>(tree)) ok = visit_expr(m->body);
    return ok;
  }

 private:
  // --- errors, units and blocks --------------------------------------------------------

  // The walks recurse once per nesting level: messages are built out of line so that
  // their temporaries do not enlarge every recursive frame.
  [[gnu::noinline]] bool fail(const char* msg, const ast::Loc& loc) { return fail(std::string(msg), loc); }
  [[gnu::noinline]] bool fail(const char* before, std::string_view middle, const char* after, const ast::Loc& loc) {
    std::string msg = before;
    msg.append(middle);
    msg += after;
    return fail(std::move(msg), loc);
  }

  [[gnu::noinline]] bool fail(std::string msg, const ast::Loc& loc) {
    error_->exc_type = "SyntaxError";
    error_->msg = std::move(msg);
    error_->has_location = true;
    error_->loc = loc;
    error_->has_end_offset = true;
    return false;
  }

  bool too_deep() {
    error_->exc_type = "RecursionError";
    error_->msg = "maximum recursion depth exceeded during compilation";
    error_->has_location = false;
    return false;
  }

  Unit& unit() { return units_.back(); }

  void enter_unit(UnitKind kind, const Scope* scope) {
    units_.push_back(Unit{kind, scope, {}});
    // Generators and coroutines (as the symbol table flags them: a plain def that awaits is
    // one too) run their body inside one implicit block.
    bool generator_or_coroutine = scope != nullptr && (scope->is_generator || scope->is_async);
    if (kind == UnitKind::AsyncFunction || kind == UnitKind::GeneratorExpression ||
        ((kind == UnitKind::Function || kind == UnitKind::Lambda) && generator_or_coroutine)) {
      unit().blocks.push_back(BlockInfo{Block::GeneratorBody});
    }
  }
  void leave_unit() { units_.pop_back(); }

  bool push_block(Block block, const ast::Loc& loc, const ast::Seq<ast::stmt_t*>* finalbody = nullptr) {
    if (unit().blocks.size() >= kMaxStaticBlocks) return fail("too many statically nested blocks", loc);
    unit().blocks.push_back(BlockInfo{block, finalbody});
    return true;
  }
  void pop_block() { unit().blocks.pop_back(); }

  bool unit_is_function_like() const {
    UnitKind k = units_.back().kind;
    return k != UnitKind::Module && k != UnitKind::Class;
  }

  bool forbidden(std::string_view name, const ast::Loc& loc, bool deleting = false) {
    if (name != "__debug__") return true;
    return fail(deleting ? "cannot delete __debug__" : "cannot assign to __debug__", loc);
  }

  // --- statements ----------------------------------------------------------------------

  bool visit_stmts(const ast::Seq<ast::stmt_t*>& stmts) {
    for (const ast::stmt_t* s : stmts) {
      if (!visit_stmt(s)) return false;
    }
    return true;
  }

  bool visit_stmt(const ast::stmt_t* s) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
    ++statements_walked_;
    bool ok = visit_stmt_inner(s);
    --depth_;
    return ok;
  }

  bool visit_stmt_inner(const ast::stmt_t* s) {
    using K = ast::NodeKind;
    switch (s->node_kind) {
      case K::FunctionDef: {
        const auto* f = ast::cast<ast::FunctionDef>(s);
        return visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, f->type_params, false);
      }
      case K::AsyncFunctionDef: {
        const auto* f = ast::cast<ast::AsyncFunctionDef>(s);
        return visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, f->type_params, true);
      }
      case K::ClassDef: return visit_class(ast::cast<ast::ClassDef>(s));
      case K::Return: return visit_return(ast::cast<ast::Return>(s));
      case K::Delete: {
        for (const ast::expr_t* target : ast::cast<ast::Delete>(s)->targets) {
          if (!visit_target(target)) return false;
        }
        return true;
      }
      case K::Assign: {
        const auto* a = ast::cast<ast::Assign>(s);
        if (!visit_expr(a->value)) return false;
        for (const ast::expr_t* target : a->targets) {
          if (!visit_target(target)) return false;
        }
        return true;
      }
      case K::TypeAlias: return visit_type_alias(ast::cast<ast::TypeAlias>(s));
      case K::AugAssign: return visit_aug_assign(ast::cast<ast::AugAssign>(s));
      case K::AnnAssign: return visit_ann_assign(ast::cast<ast::AnnAssign>(s));
      case K::For: {
        const auto* f = ast::cast<ast::For>(s);
        return visit_for(s, f->target, f->iter, f->body, f->orelse);
      }
      case K::AsyncFor: {
        const auto* f = ast::cast<ast::AsyncFor>(s);
        if (unit().kind != UnitKind::AsyncFunction) return fail("'async for' outside async function", s->loc);
        return visit_for(s, f->target, f->iter, f->body, f->orelse);
      }
      case K::While: {
        const auto* w = ast::cast<ast::While>(s);
        if (!visit_expr(w->test) || !push_block(Block::Loop, s->loc)) return false;
        if (!visit_stmts(w->body)) return false;
        pop_block();
        return visit_stmts(w->orelse);
      }
      case K::If: {
        const auto* i = ast::cast<ast::If>(s);
        return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case K::With: {
        const auto* w = ast::cast<ast::With>(s);
        return visit_with(w->items, w->body);
      }
      case K::AsyncWith: {
        const auto* w = ast::cast<ast::AsyncWith>(s);
        if (unit().kind != UnitKind::AsyncFunction) return fail("'async with' outside async function", s->loc);
        return visit_with(w->items, w->body);
      }
      case K::Match: return visit_match(ast::cast<ast::Match>(s));
      case K::Raise: {
        const auto* r = ast::cast<ast::Raise>(s);
        return (r->exc == nullptr || visit_expr(r->exc)) && (r->cause == nullptr || visit_expr(r->cause));
      }
      case K::Try: {
        const auto* t = ast::cast<ast::Try>(s);
        return visit_try(s, t->body, t->handlers, t->orelse, t->finalbody, /*star=*/false);
      }
      case K::TryStar: {
        const auto* t = ast::cast<ast::TryStar>(s);
        return visit_try(s, t->body, t->handlers, t->orelse, t->finalbody, /*star=*/true);
      }
      case K::Assert: {
        const auto* a = ast::cast<ast::Assert>(s);
        return visit_expr(a->test) && (a->msg == nullptr || visit_expr(a->msg));
      }
      case K::Import: {
        for (const ast::alias_t* alias : ast::cast<ast::Import>(s)->names) {
          std::string_view stored = alias->asname;
          if (ast::is_none(stored)) stored = alias->name.substr(0, alias->name.find('.'));
          if (!forbidden(stored, s->loc)) return false;
        }
        return true;
      }
      case K::ImportFrom: {
        const auto* i = ast::cast<ast::ImportFrom>(s);
        if (is_future_import(s) && s->loc.lineno > table_.future().last_future_lineno) {
          return fail("from __future__ imports must occur at the beginning of the file", s->loc);
        }
        for (const ast::alias_t* alias : i->names) {
          if (alias->name == "*") continue;
          if (!forbidden(ast::is_none(alias->asname) ? alias->name : alias->asname, s->loc)) return false;
        }
        return true;
      }
      case K::Expr: return visit_expr(ast::cast<ast::Expr>(s)->value);
      case K::Break:
      case K::Continue: return visit_loop_exit(s);
      default: return true;  // Global, Nonlocal, Pass
    }
  }

  bool check_parameter_names(const ast::arguments_t* args) {
    for (const ast::arg_t* a : args->posonlyargs) {
      if (!forbidden(a->arg, a->loc)) return false;
    }
    for (const ast::arg_t* a : args->args) {
      if (!forbidden(a->arg, a->loc)) return false;
    }
    if (args->vararg != nullptr && !forbidden(args->vararg->arg, args->vararg->loc)) return false;
    for (const ast::arg_t* a : args->kwonlyargs) {
      if (!forbidden(a->arg, a->loc)) return false;
    }
    if (args->kwarg != nullptr && !forbidden(args->kwarg->arg, args->kwarg->loc)) return false;
    return true;
  }

  bool visit_defaults(const ast::arguments_t* args) {
    if (!visit_exprs(args->defaults)) return false;
    for (const ast::expr_t* d : args->kw_defaults) {
      if (d != nullptr && !visit_expr(d)) return false;
    }
    return true;
  }

  // Type parameters compile in their own scope: each name, then its lazily evaluated bound.
  bool enter_type_params(const void* node, const ast::Seq<ast::type_param_t*>& params) {
    enter_unit(UnitKind::TypeParams, table_.type_params_scope_of(node));
    for (const ast::type_param_t* param : params) {
      if (const auto* v = ast::dyn_cast<ast::TypeVar>(param)) {
        if (!forbidden(v->name, v->loc)) return false;
        if (v->bound != nullptr) {
          enter_unit(UnitKind::TypeVarBound, table_.scope_of(v));
          if (!visit_expr(v->bound)) return false;
          leave_unit();
        }
      } else if (const auto* p = ast::dyn_cast<ast::ParamSpec>(param)) {
        if (!forbidden(p->name, p->loc)) return false;
      } else if (!forbidden(ast::cast<ast::TypeVarTuple>(param)->name, param->loc)) {
        return false;
      }
    }
    return true;
  }

  bool visit_annotation_expr(const ast::expr_t* annotation) {
    return annotation == nullptr || visit_expr(annotation);
  }

  bool visit_function(const ast::stmt_t* s, ast::Identifier name, const ast::arguments_t* args,
                      const ast::Seq<ast::stmt_t*>& body, const ast::Seq<ast::expr_t*>& decorators,
                      const ast::expr_t* returns, const ast::Seq<ast::type_param_t*>& type_params, bool is_async) {
    if (!check_parameter_names(args)) return false;
    if (!visit_exprs(decorators) || !visit_defaults(args)) return false;
    bool generic = !type_params.empty();
    if (generic && !enter_type_params(s, type_params)) return false;
    if (!table_.future().annotations) {
      // The order CPython compiles them in: regular parameters before positional-only ones.
      for (const ast::arg_t* a : args->args) {
        if (!visit_annotation_expr(a->annotation)) return false;
      }
      for (const ast::arg_t* a : args->posonlyargs) {
        if (!visit_annotation_expr(a->annotation)) return false;
      }
      // `*args: *Ts` (PEP 646) unpacks its annotation.
      if (args->vararg != nullptr) {
        const ast::expr_t* annotation = args->vararg->annotation;
        if (const auto* star = ast::dyn_cast<ast::Starred>(annotation)) annotation = star->value;
        if (!visit_annotation_expr(annotation)) return false;
      }
      for (const ast::arg_t* a : args->kwonlyargs) {
        if (!visit_annotation_expr(a->annotation)) return false;
      }
      if (args->kwarg != nullptr && !visit_annotation_expr(args->kwarg->annotation)) return false;
      if (!visit_annotation_expr(returns)) return false;
    }
    enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, table_.scope_of(s));
    if (!visit_stmts(body)) return false;
    leave_unit();
    if (generic) leave_unit();
    return forbidden(name, s->loc);
  }

  bool visit_class(const ast::ClassDef* c) {
    if (!visit_exprs(c->decorator_list)) return false;
    bool generic = !c->type_params.empty();
    if (generic && !enter_type_params(c, c->type_params)) return false;
    enter_unit(UnitKind::Class, table_.scope_of(c));
    if (!visit_stmts(c->body)) return false;
    leave_unit();
    // Then the call that builds the class: its keywords are checked before anything runs.
    if (!check_keywords(c->keywords) || !visit_call_arguments(c->bases, c->keywords)) return false;
    if (generic) leave_unit();
    return forbidden(c->name, c->loc);
  }

  bool visit_type_alias(const ast::TypeAlias* t) {
    bool generic = !t->type_params.empty();
    if (generic && !enter_type_params(t, t->type_params)) return false;
    enter_unit(UnitKind::TypeAlias, table_.scope_of(t));
    if (!visit_expr(t->value)) return false;
    leave_unit();
    if (generic) leave_unit();
    if (const auto* name = ast::dyn_cast<ast::Name>(t->name)) return forbidden(name->id, t->loc);
    return true;
  }

  bool visit_return(const ast::Return* r) {
    if (!unit_is_function_like()) return fail("'return' outside function", r->loc);
    if (r->value != nullptr && unit().scope != nullptr && unit().scope->is_async && unit().scope->is_generator) {
      return fail("'return' with value in async generator", r->loc);
    }
    if (r->value != nullptr && !visit_expr(r->value)) return false;
    // A constant value on the statement's line carries the location of the unwinding.
    ast::Loc loc = r->loc;
    if (r->value != nullptr && folds_to_constant(r->value) && r->value->loc.lineno == r->loc.lineno) {
      loc = r->value->loc;
    }
    bool preserve_value = r->value != nullptr && !folds_to_constant(r->value);
    bool found_loop = false;
    return unwind_blocks(&loc, preserve_value, /*stop_at_loop=*/false, &found_loop);
  }

  // Leaves the blocks a break, continue or return exits, innermost first, the way CPython
  // generates the exit: a finally body is compiled again there (its errors surface at this
  // point), and leaving a with block or a finally makes the rest of the exit artificial
  // (errors located at line -1). A return leaves everything; break/continue stop at a loop.
  bool unwind_blocks(ast::Loc* loc, bool preserve_value, bool stop_at_loop, bool* found_loop) {
    std::vector<BlockInfo>& blocks = unit().blocks;
    if (blocks.empty()) return true;
    BlockInfo top = blocks.back();
    if (top.kind == Block::ExceptStarHandler) return fail(kExceptStarMessage, *loc);
    if (stop_at_loop && top.kind == Block::Loop) {
      *found_loop = true;
      return true;
    }
    blocks.pop_back();
    bool ok = unwind_block(top, loc, preserve_value) && unwind_blocks(loc, preserve_value, stop_at_loop, found_loop);
    unit().blocks.push_back(top);
    return ok;
  }

  bool unwind_block(const BlockInfo& block, ast::Loc* loc, bool preserve_value) {
    if (block.kind == Block::With) {
      *loc = kNoLocation;
    } else if (block.kind == Block::FinallyTry) {
      if (preserve_value && !push_block(Block::PopValue, *loc)) return false;
      if (statements_walked_ < kMaxStatementsWalked && !visit_stmts(*block.finalbody)) return false;
      if (preserve_value) pop_block();
      *loc = kNoLocation;
    }
    return true;
  }

  bool visit_loop_exit(const ast::stmt_t* s) {
    ast::Loc loc = s->loc;
    bool found_loop = false;
    if (!unwind_blocks(&loc, /*preserve_value=*/false, /*stop_at_loop=*/true, &found_loop)) return false;
    if (found_loop) return true;
    return fail(s->node_kind == ast::NodeKind::Break ? "'break' outside loop" : "'continue' not properly in loop",
                s->loc);
  }

  bool visit_for(const ast::stmt_t* s, const ast::expr_t* target, const ast::expr_t* iter,
                 const ast::Seq<ast::stmt_t*>& body, const ast::Seq<ast::stmt_t*>& orelse) {
    if (!visit_expr(iter) || !push_block(Block::Loop, s->loc)) return false;
    if (!visit_target(target) || !visit_stmts(body)) return false;
    pop_block();
    return visit_stmts(orelse);
  }

  bool visit_with(const ast::Seq<ast::withitem_t*>& items, const ast::Seq<ast::stmt_t*>& body) {
    for (const ast::withitem_t* item : items) {
      if (!visit_expr(item->context_expr) || !push_block(Block::With, item->context_expr->loc)) return false;
      if (item->optional_vars != nullptr && !visit_target(item->optional_vars)) return false;
    }
    if (!visit_stmts(body)) return false;
    for (uint32_t i = 0; i < items.size; ++i) pop_block();
    return true;
  }

  bool visit_try(const ast::stmt_t* s, const ast::Seq<ast::stmt_t*>& body,
                 const ast::Seq<ast::excepthandler_t*>& handlers, const ast::Seq<ast::stmt_t*>& orelse,
                 const ast::Seq<ast::stmt_t*>& finalbody, bool star) {
    bool has_finally = !finalbody.empty();
    if (has_finally && !push_block(Block::FinallyTry, s->loc, &finalbody)) return false;
    if (!handlers.empty()) {
      if (!push_block(Block::TryExcept, s->loc) || !visit_stmts(body)) return false;
      pop_block();
      // A plain try compiles its else block before the handlers, try/except* after them.
      if (!star && !visit_stmts(orelse)) return false;
      // One block for the whole handler region (located at the try), one per handler.
      if (!push_block(star ? Block::ExceptStarHandler : Block::ExceptHandler, s->loc)) return false;
      for (uint32_t i = 0; i < handlers.size; ++i) {
        const auto* h = ast::cast<ast::ExceptHandler>(handlers[i]);
        if (h->type == nullptr && i + 1 < handlers.size) return fail("default 'except:' must be last", h->loc);
        if (h->type != nullptr && !visit_expr(h->type)) return false;
        if (!ast::is_none(h->name) && !forbidden(h->name, h->loc)) return false;
        if (!push_block(Block::HandlerCleanup, h->loc) || !visit_stmts(h->body)) return false;
        pop_block();
      }
      pop_block();
      if (star && !visit_stmts(orelse)) return false;
    } else if (!visit_stmts(body)) {
      return false;
    }
    if (has_finally) {
      pop_block();
      // The finally body is generated twice: for leaving the try normally, then (one block
      // deeper, at no source location) for leaving it by an exception.
      if (!visit_stmts(finalbody)) return false;
      if (statements_walked_ < kMaxStatementsWalked) {
        if (!push_block(Block::FinallyEnd, kNoLocation) || !visit_stmts(finalbody)) return false;
        pop_block();
      }
    }
    return true;
  }


  bool visit_aug_assign(const ast::AugAssign* a) {
    if (const auto* name = ast::dyn_cast<ast::Name>(a->target)) {
      return visit_expr(a->value) && forbidden(name->id, name->loc);
    }
    if (const auto* attr = ast::dyn_cast<ast::Attribute>(a->target)) {
      return visit_expr(attr->value) && visit_expr(a->value);
    }
    if (const auto* sub = ast::dyn_cast<ast::Subscript>(a->target)) {
      return visit_expr(sub->value) && visit_expr(sub->slice) && visit_expr(a->value);
    }
    return visit_expr(a->value);
  }

  bool visit_ann_assign(const ast::AnnAssign* a) {
    if (a->value != nullptr && (!visit_expr(a->value) || !visit_target(a->target))) return false;
    if (const auto* name = ast::dyn_cast<ast::Name>(a->target)) {
      if (!forbidden(name->id, a->loc)) return false;
    } else if (const auto* attr = ast::dyn_cast<ast::Attribute>(a->target)) {
      if (!forbidden(attr->attr, a->loc)) return false;
      if (a->value == nullptr && !visit_expr(attr->value)) return false;
    } else if (const auto* sub = ast::dyn_cast<ast::Subscript>(a->target)) {
      if (a->value == nullptr && (!visit_expr(sub->value) || !visit_expr(sub->slice))) return false;
    }
    // Annotations are evaluated only in modules and classes, and not under future annotations.
    UnitKind k = unit().kind;
    if (!table_.future().annotations && (k == UnitKind::Module || k == UnitKind::Class)) {
      return visit_expr(a->annotation);
    }
    return true;
  }

  // --- match statements ----------------------------------------------------------------

  bool visit_match(const ast::Match* m) {
    if (!visit_expr(m->subject)) return false;
    for (uint32_t i = 0; i < m->cases.size; ++i) {
      const ast::match_case_t* c = m->cases[i];
      PatternContext pc;
      // Only the last case, or one with a guard, may match everything.
      pc.allow_irrefutable = c->guard != nullptr || i + 1 == m->cases.size;
      if (!visit_pattern(c->pattern, pc)) return false;
      if (c->guard != nullptr && !visit_expr(c->guard)) return false;
      if (!visit_stmts(c->body)) return false;
    }
    return true;
  }

  bool bind_capture(std::string_view name, const ast::Loc& loc, PatternContext& pc) {
    if (!forbidden(name, loc)) return false;
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      return fail("multiple assignments to name '" + std::string(name) + "' in pattern", loc);
    }
    pc.stores.push_back(name);
    return true;
  }

  // Sub-patterns of sequence, mapping and class patterns never make a case irrefutable.
  bool visit_subpatterns(const ast::Seq<ast::pattern_t*>& patterns, PatternContext& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    for (const ast::pattern_t* p : patterns) {
      if (!visit_pattern(p, pc)) return false;
    }
    pc.allow_irrefutable = saved;
    return true;
  }

  bool visit_pattern(const ast::pattern_t* p, PatternContext& pc) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
    bool ok = visit_pattern_inner(p, pc);
    --depth_;
    return ok;
  }

  bool visit_pattern_inner(const ast::pattern_t* p, PatternContext& pc) {
    using K = ast::NodeKind;
    switch (p->node_kind) {
      case K::MatchValue: {
        const ast::expr_t* value = ast::cast<ast::MatchValue>(p)->value;
        if (!is_literal_or_attribute(value)) return fail("patterns may only match literals and attribute lookups", p->loc);
        return visit_expr(value);
      }
      case K::MatchSingleton: return true;
      case K::MatchSequence: {
        const auto* seq = ast::cast<ast::MatchSequence>(p);
        int stars = 0;
        for (const ast::pattern_t* sub : seq->patterns) stars += sub->node_kind == K::MatchStar;
        if (stars > 1) return fail("multiple starred names in sequence pattern", p->loc);
        return visit_subpatterns(seq->patterns, pc);
      }
      case K::MatchMapping: return visit_mapping_pattern(ast::cast<ast::MatchMapping>(p), pc);
      case K::MatchClass: {
        const auto* cls = ast::cast<ast::MatchClass>(p);
        if (!visit_expr(cls->cls)) return false;
        for (uint32_t i = 0; i < cls->kwd_attrs.size; ++i) {
          if (!forbidden(cls->kwd_attrs[i], cls->kwd_patterns[i]->loc)) return false;
          for (uint32_t j = i + 1; j < cls->kwd_attrs.size; ++j) {
            if (cls->kwd_attrs[j] == cls->kwd_attrs[i]) {
              return fail("attribute name repeated in class pattern: ", cls->kwd_attrs[i], "", cls->kwd_patterns[j]->loc);
            }
          }
        }
        return visit_subpatterns(cls->patterns, pc) && visit_subpatterns(cls->kwd_patterns, pc);
      }
      case K::MatchStar: {
        const auto* star = ast::cast<ast::MatchStar>(p);
        return ast::is_none(star->name) || bind_capture(star->name, p->loc, pc);
      }
      case K::MatchAs: {
        const auto* as = ast::cast<ast::MatchAs>(p);
        if (as->pattern == nullptr) {
          if (!pc.allow_irrefutable) {
            if (ast::is_none(as->name)) return fail("wildcard makes remaining patterns unreachable", p->loc);
            return fail("name capture '", as->name, "' makes remaining patterns unreachable", p->loc);
          }
        } else if (!visit_pattern(as->pattern, pc)) {
          return false;
        }
        return ast::is_none(as->name) || bind_capture(as->name, p->loc, pc);
      }
      case K::MatchOr: return visit_or_pattern(ast::cast<ast::MatchOr>(p), pc);
      default: return true;
    }
  }

  static bool is_literal_or_attribute(const ast::expr_t* e) {
    return ast::dyn_cast<ast::Attribute>(e) != nullptr || fold_pattern_constant(e).has_value();
  }

  bool visit_mapping_pattern(const ast::MatchMapping* m, PatternContext& pc) {
    std::unordered_set<std::string> seen;
    for (const ast::expr_t* key : m->keys) {
      if (auto constant = fold_pattern_constant(key)) {
        if (!seen.insert(constant->equality_key).second) {
          return fail("mapping pattern checks duplicate key (", constant->repr, ")", m->loc);
        }
      } else if (ast::dyn_cast<ast::Attribute>(key) == nullptr) {
        return fail("mapping pattern keys may only match literals and attribute lookups", m->loc);
      }
      if (!visit_expr(key)) return false;
    }
    if (!visit_subpatterns(m->patterns, pc)) return false;
    return ast::is_none(m->rest) || bind_capture(m->rest, m->loc, pc);
  }

  bool visit_or_pattern(const ast::MatchOr* m, PatternContext& pc) {
    const std::vector<std::string_view> outer = pc.stores;
    bool allow = pc.allow_irrefutable;
    std::vector<std::string_view> first_names;
    for (uint32_t i = 0; i < m->patterns.size; ++i) {
      pc.stores = outer;
      // Every alternative but the last makes the following ones unreachable if irrefutable.
      pc.allow_irrefutable = allow && i + 1 == m->patterns.size;
      if (!visit_pattern(m->patterns[i], pc)) return false;
      std::vector<std::string_view> names(pc.stores.begin() + static_cast<long>(outer.size()), pc.stores.end());
      std::sort(names.begin(), names.end());
      if (i == 0) {
        first_names = names;
      } else if (names != first_names) {
        return fail("alternative patterns bind different names", m->loc);
      }
    }
    pc.stores = outer;
    for (std::string_view name : first_names) pc.stores.push_back(name);
    pc.allow_irrefutable = allow;
    return true;
  }

  // --- expressions ---------------------------------------------------------------------

  bool visit_exprs(const ast::Seq<ast::expr_t*>& exprs) {
    for (const ast::expr_t* e : exprs) {
      if (!visit_expr(e)) return false;
    }
    return true;
  }

  // Elements of displays and call arguments, where `*x` is allowed.
  bool visit_elements(const ast::Seq<ast::expr_t*>& elts) {
    for (const ast::expr_t* e : elts) {
      if (const auto* star = ast::dyn_cast<ast::Starred>(e)) {
        if (!visit_expr(star->value)) return false;
      } else if (!visit_expr(e)) {
        return false;
      }
    }
    return true;
  }

  bool check_keywords(const ast::Seq<ast::keyword_t*>& keywords) {
    for (uint32_t i = 0; i < keywords.size; ++i) {
      ast::Identifier arg = keywords[i]->arg;
      if (ast::is_none(arg)) continue;
      if (!forbidden(arg, keywords[i]->loc)) return false;
      for (uint32_t j = i + 1; j < keywords.size; ++j) {
        if (!ast::is_none(keywords[j]->arg) && keywords[j]->arg == arg) {
          return fail("keyword argument repeated: " + std::string(arg), keywords[j]->loc);
        }
      }
    }
    return true;
  }

  bool visit_call_arguments(const ast::Seq<ast::expr_t*>& args, const ast::Seq<ast::keyword_t*>& keywords) {
    if (!visit_elements(args)) return false;
    for (const ast::keyword_t* k : keywords) {
      if (!visit_expr(k->value)) return false;
    }
    return true;
  }

  bool visit_expr(const ast::expr_t* e) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
    bool ok = visit_expr_inner(e);
    --depth_;
    return ok;
  }

  bool visit_expr_inner(const ast::expr_t* e) {
    using K = ast::NodeKind;
    switch (e->node_kind) {
      case K::BoolOp: return visit_exprs(ast::cast<ast::BoolOp>(e)->values);
      case K::NamedExpr: {
        const auto* n = ast::cast<ast::NamedExpr>(e);
        return visit_expr(n->value) && visit_target(n->target);
      }
      case K::BinOp: {
        const auto* b = ast::cast<ast::BinOp>(e);
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case K::UnaryOp: return visit_expr(ast::cast<ast::UnaryOp>(e)->operand);
      case K::Lambda: {
        const auto* l = ast::cast<ast::Lambda>(e);
        if (!check_parameter_names(l->args) || !visit_defaults(l->args)) return false;
        enter_unit(UnitKind::Lambda, table_.scope_of(l));
        if (!visit_expr(l->body)) return false;
        leave_unit();
        return true;
      }
      case K::IfExp: {
        const auto* i = ast::cast<ast::IfExp>(e);
        return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case K::Dict: {
        const auto* d = ast::cast<ast::Dict>(e);
        for (uint32_t i = 0; i < d->values.size; ++i) {
          if (d->keys[i] != nullptr && !visit_expr(d->keys[i])) return false;
          if (!visit_expr(d->values[i])) return false;
        }
        return true;
      }
      case K::Set: return visit_elements(ast::cast<ast::Set>(e)->elts);
      case K::ListComp: {
        const auto* c = ast::cast<ast::ListComp>(e);
        return visit_inlined_comprehension(e, c->generators, c->elt, nullptr);
      }
      case K::SetComp: {
        const auto* c = ast::cast<ast::SetComp>(e);
        return visit_inlined_comprehension(e, c->generators, c->elt, nullptr);
      }
      case K::DictComp: {
        const auto* c = ast::cast<ast::DictComp>(e);
        return visit_inlined_comprehension(e, c->generators, c->key, c->value);
      }
      case K::GeneratorExp: return visit_generator_expression(ast::cast<ast::GeneratorExp>(e));
      case K::Await: {
        UnitKind k = unit().kind;
        if (k == UnitKind::Module || k == UnitKind::Class) return fail("'await' outside function", e->loc);
        if (k != UnitKind::AsyncFunction && k != UnitKind::GeneratorExpression) {
          return fail("'await' outside async function", e->loc);
        }
        return visit_expr(ast::cast<ast::Await>(e)->value);
      }
      case K::Yield: {
        if (!unit_is_function_like()) return fail("'yield' outside function", e->loc);
        const ast::expr_t* value = ast::cast<ast::Yield>(e)->value;
        return value == nullptr || visit_expr(value);
      }
      case K::YieldFrom: {
        if (!unit_is_function_like()) return fail("'yield from' outside function", e->loc);
        if (unit().kind == UnitKind::AsyncFunction) return fail("'yield from' inside async function", e->loc);
        return visit_expr(ast::cast<ast::YieldFrom>(e)->value);
      }
      case K::Compare: {
        const auto* c = ast::cast<ast::Compare>(e);
        return visit_expr(c->left) && visit_exprs(c->comparators);
      }
      case K::Call: {
        const auto* c = ast::cast<ast::Call>(e);
        return check_keywords(c->keywords) && visit_expr(c->func) && visit_call_arguments(c->args, c->keywords);
      }
      case K::FormattedValue: {
        const auto* f = ast::cast<ast::FormattedValue>(e);
        return visit_expr(f->value) && (f->format_spec == nullptr || visit_expr(f->format_spec));
      }
      case K::JoinedStr: return visit_exprs(ast::cast<ast::JoinedStr>(e)->values);
      case K::Attribute: return visit_expr(ast::cast<ast::Attribute>(e)->value);
      case K::Subscript: {
        const auto* s = ast::cast<ast::Subscript>(e);
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case K::Starred:
        // Reached outside a display, a call's arguments or an assignment target list.
        if (ast::cast<ast::Starred>(e)->ctx == ast::expr_context_t::Store) {
          return fail("starred assignment target must be in a list or tuple", e->loc);
        }
        return fail("can't use starred expression here", e->loc);
      case K::List: {
        const auto* l = ast::cast<ast::List>(e);
        return l->ctx == ast::expr_context_t::Load ? visit_elements(l->elts) : visit_target(e);
      }
      case K::Tuple: {
        const auto* t = ast::cast<ast::Tuple>(e);
        return t->ctx == ast::expr_context_t::Load ? visit_elements(t->elts) : visit_target(e);
      }
      case K::Slice: {
        const auto* s = ast::cast<ast::Slice>(e);
        return (s->lower == nullptr || visit_expr(s->lower)) && (s->upper == nullptr || visit_expr(s->upper)) &&
               (s->step == nullptr || visit_expr(s->step));
      }
      default: return true;  // Constant, Name (load)
    }
  }

  // An assignment or deletion target (its context says which).
  bool visit_target(const ast::expr_t* e) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
    bool ok = visit_target_inner(e);
    --depth_;
    return ok;
  }

  bool visit_target_inner(const ast::expr_t* e) {
    using K = ast::NodeKind;
    switch (e->node_kind) {
      case K::Name: {
        const auto* n = ast::cast<ast::Name>(e);
        if (n->ctx == ast::expr_context_t::Load) return true;
        return forbidden(n->id, n->loc, n->ctx == ast::expr_context_t::Del);
      }
      case K::Attribute: {
        const auto* a = ast::cast<ast::Attribute>(e);
        if (!visit_expr(a->value)) return false;
        return a->ctx != ast::expr_context_t::Store || forbidden(a->attr, a->loc);
      }
      case K::Subscript: {
        const auto* s = ast::cast<ast::Subscript>(e);
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case K::List:
      case K::Tuple: {
        const bool is_list = e->node_kind == K::List;
        const ast::Seq<ast::expr_t*>& elts =
            is_list ? ast::cast<ast::List>(e)->elts : ast::cast<ast::Tuple>(e)->elts;
        ast::expr_context_t ctx = is_list ? ast::cast<ast::List>(e)->ctx : ast::cast<ast::Tuple>(e)->ctx;
        if (ctx == ast::expr_context_t::Load) return visit_elements(elts);
        if (ctx == ast::expr_context_t::Store && !check_unpacking(e, elts)) return false;
        for (const ast::expr_t* elt : elts) {
          const auto* star = ast::dyn_cast<ast::Starred>(elt);
          if (!visit_target(star != nullptr ? star->value : elt)) return false;
        }
        return true;
      }
      default: return visit_expr(e);
    }
  }

  bool check_unpacking(const ast::expr_t* e, const ast::Seq<ast::expr_t*>& elts) {
    bool seen_star = false;
    for (uint32_t i = 0; i < elts.size; ++i) {
      if (elts[i]->node_kind != ast::NodeKind::Starred) continue;
      if (seen_star) return fail("multiple starred expressions in assignment", e->loc);
      if (i >= kMaxTargetsBeforeStar || elts.size - i - 1 >= kMaxTargetsAfterStar) {
        return fail("too many expressions in star-unpacking assignment", e->loc);
      }
      seen_star = true;
    }
    return true;
  }

  // List, set and dict comprehensions run inline in the enclosing code (PEP 709).
  bool visit_inlined_comprehension(const ast::expr_t* e, const ast::Seq<ast::comprehension_t*>& gens,
                                   const ast::expr_t* elt, const ast::expr_t* value) {
    if (!visit_expr(gens[0]->iter)) return false;
    const Scope* scope = table_.scope_of(e);
    UnitKind k = unit().kind;
    if (scope != nullptr && scope->is_async && k != UnitKind::AsyncFunction && k != UnitKind::GeneratorExpression) {
      return fail("asynchronous comprehension outside of an asynchronous function", e->loc);
    }
    size_t pushed = 0;
    for (uint32_t i = 0; i < gens.size; ++i) {
      const ast::comprehension_t* gen = gens[i];
      if (i > 0 && !visit_expr(gen->iter)) return false;
      if (gen->is_async) {
        if (!push_block(Block::AsyncComprehension, e->loc)) return false;
        ++pushed;
      }
      if (!visit_target(gen->target) || !visit_exprs(gen->ifs)) return false;
    }
    if (!visit_expr(elt) || (value != nullptr && !visit_expr(value))) return false;
    for (size_t i = 0; i < pushed; ++i) pop_block();
    return true;
  }

  // A generator expression is its own code object; its outermost iterable is evaluated
  // afterwards, in the enclosing code.
  bool visit_generator_expression(const ast::GeneratorExp* g) {
    enter_unit(UnitKind::GeneratorExpression, table_.scope_of(g));
    for (uint32_t i = 0; i < g->generators.size; ++i) {
      const ast::comprehension_t* gen = g->generators[i];
      if (i > 0 && !visit_expr(gen->iter)) return false;
      if (gen->is_async && !push_block(Block::AsyncComprehension, g->loc)) return false;
      if (!visit_target(gen->target) || !visit_exprs(gen->ifs)) return false;
    }
    if (!visit_expr(g->elt)) return false;
    leave_unit();
    return visit_expr(g->generators[0]->iter);
  }

  const SymbolTable& table_;
  CompileError* error_;
  std::vector<Unit> units_;
  int depth_ = 0;
  long statements_walked_ = 0;
};

}  // namespace

bool check_compile_errors(const ast::mod_t* tree, std::string_view decoded_source, std::string_view filename,
                          frontend::SyntaxErrorInfo* error) {
  CompileError found;
  FutureFeatures future;
  SymbolTable table;
  bool ok = parse_future_features(tree, &future, &found) && build_symbol_table(tree, future, &table, &found) &&
            CodegenChecker(table, &found).check(tree);
  if (ok) return true;
  if (!found.has_location) {
    *error = frontend::SyntaxErrorInfo{};
    error->exc_type = found.exc_type;
    error->msg = found.msg;
    error->filename = std::string(filename);
    error->has_location = false;
    error->has_text = false;
    return false;
  }
  const ast::Loc& loc = found.loc;
  *error = frontend::make_syntax_error(found.exc_type, found.msg, filename, decoded_source, loc.lineno,
                                       loc.col_offset, loc.end_lineno, loc.end_col_offset);
  // Unlike the parser's, these columns reach the exception unconverted: byte offsets + 1,
  // however many characters the line's UTF-8 encodes.
  error->offset = loc.col_offset + 1;
  error->end_offset = loc.end_col_offset + 1;
  if (!found.has_end_offset) {
    error->has_end_offset = false;
    error->end_offset = 0;
  }
  return false;
}

}  // namespace pyxis::compiler

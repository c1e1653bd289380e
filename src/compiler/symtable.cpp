// The symbol table pass: one walk over the tree records scopes and what each does with each
// name (raising CPython's symtable SyntaxErrors on the way), then an analysis resolves every
// name to local / global / free / cell, raising the errors about nonlocal bindings.
#include "compiler/symtable.h"

#include <string>
#include <utility>


namespace pyxis::compiler {

const char* name_of(NameScope scope) {
  switch (scope) {
    case NameScope::Unresolved: return "unresolved";
    case NameScope::Local: return "local";
    case NameScope::GlobalExplicit: return "global_explicit";
    case NameScope::GlobalImplicit: return "global_implicit";
    case NameScope::Free: return "free";
    case NameScope::Cell: return "cell";
  }
  return "?";
}

const char* name_of(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Module: return "module";
    case ScopeKind::Class: return "class";
    case ScopeKind::Function: return "function";
    case ScopeKind::Lambda: return "lambda";
    case ScopeKind::Comprehension: return "comprehension";
    case ScopeKind::Annotation: return "annotation";
    case ScopeKind::TypeParams: return "type_params";
    case ScopeKind::TypeVarBound: return "typevar_bound";
    case ScopeKind::TypeAlias: return "type_alias";
  }
  return "?";
}

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index.find(name);
  return it == index.end() ? nullptr : &symbols[it->second];
}

NameScope Scope::scope_of(std::string_view name) const {
  const Symbol* symbol = lookup(name);
  return symbol == nullptr ? NameScope::GlobalImplicit : symbol->scope;
}

bool Scope::is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }

namespace {

const Scope* find_in(const std::unordered_map<const void*, Scope*>& map, const void* node) {
  auto it = map.find(node);
  return it == map.end() ? nullptr : it->second;
}

// Deeper trees than this are reported the way CPython reports trees too deep to compile.
constexpr int kMaxNestingDepth = 6000;

bool is_annotation_like(ScopeKind kind) {
  return kind == ScopeKind::Annotation || kind == ScopeKind::TypeParams || kind == ScopeKind::TypeVarBound ||
         kind == ScopeKind::TypeAlias;
}

// "... cannot be used within <this>" for yield, await and := in annotation scopes.
const char* annotation_scope_description(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::TypeVarBound: return "a TypeVar bound";
    case ScopeKind::TypeAlias: return "a type alias";
    case ScopeKind::TypeParams: return "the definition of a generic";
    default: return "an annotation";
  }
}

const char* comprehension_description(ComprehensionKind kind) {
  switch (kind) {
    case ComprehensionKind::List: return "list comprehension";
    case ComprehensionKind::Set: return "set comprehension";
    case ComprehensionKind::Dict: return "dict comprehension";
    default: return "generator expression";
  }
}

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

}  // namespace

const Scope* SymbolTable::scope_of(const void* node) const { return find_in(by_node_, node); }
const Scope* SymbolTable::type_params_scope_of(const void* node) const { return find_in(type_params_by_node_, node); }
const Scope* SymbolTable::annotation_scope_of(const void* node) const { return find_in(annotations_by_node_, node); }

std::string_view mangle_name(std::string_view private_name, std::string_view name, std::string* storage) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 2 && name.ends_with("__")) return name;
  if (name.find('.') != std::string_view::npos) return name;
  size_t first = private_name.find_first_not_of('_');
  if (first == std::string_view::npos) return name;  // a class named only with underscores
  *storage = "_";
  storage->append(private_name.substr(first));
  storage->append(name);
  return *storage;
}

// Walks the tree once, building scopes and symbol flags. Every visit returns false once an
// error is recorded, which unwinds the walk.
class SymbolTableBuilder {
 public:
  SymbolTableBuilder(SymbolTable* table, const FutureFeatures& future, CompileError* error)
      : table_(table), error_(error) {
    table_->future_ = future;
  }

  bool build(const ast::mod_t* tree) {
    Scope* module = new_scope(ScopeKind::Module, "top", tree, ast::Loc{});
    table_->module_ = module;
    cur_ = module;
    if (const auto* m = ast::dyn_cast<ast::Module>(tree)) return visit_stmts(m->body);
    if (const auto* m = ast::dyn_cast<ast::Interactive>(tree)) return visit_stmts(m->body);
    if (const auto* m = ast::dyn_cast<ast::Expression>(tree)) return visit_expr(m->body);
    if (const auto* m = ast::dyn_cast<ast::FunctionType>(tree)) return visit_exprs(m->argtypes) && visit_expr(m->returns);
    return true;
  }

  bool analyze() { return analyze_scope(table_->module_); }

 private:
  // --- scopes and symbols -------------------------------------------------------------

  Scope* new_scope(ScopeKind kind, std::string_view name, const void* node, const ast::Loc& loc) {
    table_->scopes_.push_back(std::make_unique<Scope>());
    Scope* scope = table_->scopes_.back().get();
    scope->kind = kind;
    scope->name = name;
    scope->node = node;
    scope->loc = loc;
    scope->parent = cur_;
    scope->private_name = private_name_;
    if (cur_ != nullptr) {
      cur_->children.push_back(scope);
      // Inside a comprehension's iterable, nested lambdas and comprehensions are still
      // part of that iterable for the rule on assignment expressions.
      if (comp_iter_depth(cur_) > 0) comp_iter_depth_[scope] = comp_iter_depth(cur_);
    }
    return scope;
  }

  void enter(Scope* scope) { cur_ = scope; }
  void leave() { cur_ = cur_->parent; }

  int comp_iter_depth(const Scope* scope) const {
    auto it = comp_iter_depth_.find(scope);
    return it == comp_iter_depth_.end() ? 0 : it->second;
  }

  std::string_view mangled(std::string_view name) {
    std::string storage;
    std::string_view result = mangle_name(private_name_, name, &storage);
    if (result.data() == name.data()) return name;
    return table_->text_.copy(storage);
  }

  static Symbol* find_or_add(Scope* scope, std::string_view name) {
    auto it = scope->index.find(name);
    if (it != scope->index.end()) return &scope->symbols[it->second];
    scope->index.emplace(name, scope->symbols.size());
    Symbol symbol;
    symbol.name = name;
    scope->symbols.push_back(symbol);
    return &scope->symbols.back();
  }

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

  bool add_def(std::string_view name, SymbolFlags flags, const ast::Loc& loc) { return add_def_in(cur_, name, flags, loc); }

  bool add_def_in(Scope* scope, std::string_view name, SymbolFlags flags, const ast::Loc& loc) {
    Symbol* symbol = find_or_add(scope, mangled(name));
    if ((flags & kDefParam) && (symbol->flags & kDefParam)) {
      return fail("duplicate argument " + quoted(name) + " in function definition", loc);
    }
    if ((flags & kDefTypeParam) && (symbol->flags & kDefTypeParam)) {
      return fail("duplicate type parameter " + quoted(name), loc);
    }
    if ((flags & kDefCompIter) && (symbol->flags & kDefCompWalrus)) {
      return fail("comprehension inner loop cannot rebind assignment expression target " + quoted(name), loc);
    }
    symbol->flags |= flags;
    // A global declaration anywhere also marks the module's own entry.
    if ((flags & kDefGlobal) && scope != table_->module_) {
      find_or_add(table_->module_, symbol->name)->flags |= kDefGlobal;
    }
    return true;
  }

  // --- statements ----------------------------------------------------------------------

  bool visit_stmts(const ast::Seq<ast::stmt_t*>& stmts) {
    for (const ast::stmt_t* stmt : stmts) {
      if (!visit_stmt(stmt)) return false;
    }
    return true;
  }

  bool visit_stmt(const ast::stmt_t* s) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
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
      case K::Return: {
        const auto* r = ast::cast<ast::Return>(s);
        return r->value == nullptr || visit_expr(r->value);
      }
      case K::Delete: return visit_exprs(ast::cast<ast::Delete>(s)->targets);
      case K::Assign: {
        const auto* a = ast::cast<ast::Assign>(s);
        return visit_exprs(a->targets) && visit_expr(a->value);
      }
      case K::TypeAlias: return visit_type_alias(ast::cast<ast::TypeAlias>(s));
      case K::AugAssign: {
        const auto* a = ast::cast<ast::AugAssign>(s);
        return visit_expr(a->target) && visit_expr(a->value);
      }
      case K::AnnAssign: return visit_ann_assign(ast::cast<ast::AnnAssign>(s));
      case K::For: {
        const auto* f = ast::cast<ast::For>(s);
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
      }
      case K::AsyncFor: {
        const auto* f = ast::cast<ast::AsyncFor>(s);
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
      }
      case K::While: {
        const auto* w = ast::cast<ast::While>(s);
        return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
      }
      case K::If: {
        const auto* i = ast::cast<ast::If>(s);
        return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case K::With: {
        const auto* w = ast::cast<ast::With>(s);
        return visit_with_items(w->items) && visit_stmts(w->body);
      }
      case K::AsyncWith: {
        const auto* w = ast::cast<ast::AsyncWith>(s);
        return visit_with_items(w->items) && visit_stmts(w->body);
      }
      case K::Match: {
        const auto* m = ast::cast<ast::Match>(s);
        if (!visit_expr(m->subject)) return false;
        for (const ast::match_case_t* c : m->cases) {
          if (!visit_pattern(c->pattern)) return false;
          if (c->guard != nullptr && !visit_expr(c->guard)) return false;
          if (!visit_stmts(c->body)) return false;
        }
        return true;
      }
      case K::Raise: {
        const auto* r = ast::cast<ast::Raise>(s);
        return (r->exc == nullptr || visit_expr(r->exc)) && (r->cause == nullptr || visit_expr(r->cause));
      }
      case K::Try: {
        const auto* t = ast::cast<ast::Try>(s);
        return visit_stmts(t->body) && visit_stmts(t->orelse) && visit_handlers(t->handlers) &&
               visit_stmts(t->finalbody);
      }
      case K::TryStar: {
        const auto* t = ast::cast<ast::TryStar>(s);
        return visit_stmts(t->body) && visit_stmts(t->orelse) && visit_handlers(t->handlers) &&
               visit_stmts(t->finalbody);
      }
      case K::Assert: {
        const auto* a = ast::cast<ast::Assert>(s);
        return visit_expr(a->test) && (a->msg == nullptr || visit_expr(a->msg));
      }
      case K::Import: return visit_aliases(ast::cast<ast::Import>(s)->names);
      case K::ImportFrom: return visit_aliases(ast::cast<ast::ImportFrom>(s)->names);
      case K::Global: return visit_global(s, ast::cast<ast::Global>(s)->names);
      case K::Nonlocal: return visit_nonlocal(s, ast::cast<ast::Nonlocal>(s)->names);
      case K::Expr: return visit_expr(ast::cast<ast::Expr>(s)->value);
      default: return true;  // Pass, Break, Continue
    }
  }

  bool visit_function(const ast::stmt_t* s, ast::Identifier name, const ast::arguments_t* args,
                      const ast::Seq<ast::stmt_t*>& body, const ast::Seq<ast::expr_t*>& decorators,
                      const ast::expr_t* returns, const ast::Seq<ast::type_param_t*>& type_params, bool is_async) {
    if (!add_def(name, kDefLocal, s->loc)) return false;
    if (!visit_exprs(args->defaults) || !visit_optional_exprs(args->kw_defaults)) return false;
    if (!visit_exprs(decorators)) return false;
    bool generic = !type_params.empty();
    if (generic && !enter_type_params(s, name, type_params)) return false;
    if (!visit_argument_annotations(s, args, returns)) return false;
    Scope* function = new_scope(ScopeKind::Function, name, s, s->loc);
    function->is_async = is_async;
    table_->by_node_[s] = function;
    enter(function);
    if (!visit_parameters(args) || !visit_stmts(body)) return false;
    leave();
    if (generic) leave();
    return true;
  }

  bool visit_class(const ast::ClassDef* c) {
    if (!add_def(c->name, kDefLocal, c->loc)) return false;
    if (!visit_exprs(c->decorator_list)) return false;
    bool generic = !c->type_params.empty();
    if (generic && !enter_type_params(c, c->name, c->type_params)) return false;
    if (!visit_exprs(c->bases) || !visit_keywords(c->keywords)) return false;
    Scope* klass = new_scope(ScopeKind::Class, c->name, c, c->loc);
    table_->by_node_[c] = klass;
    std::string_view saved_private = private_name_;
    private_name_ = c->name;
    klass->private_name = c->name;
    enter(klass);
    if (!visit_stmts(c->body)) return false;
    leave();
    private_name_ = saved_private;
    if (generic) leave();
    return true;
  }

  bool visit_type_alias(const ast::TypeAlias* t) {
    if (!visit_expr(t->name)) return false;
    bool in_class = cur_->kind == ScopeKind::Class;
    bool generic = !t->type_params.empty();
    std::string_view name;
    if (const auto* n = ast::dyn_cast<ast::Name>(t->name)) name = n->id;
    if (generic && !enter_type_params(t, name, t->type_params)) return false;
    Scope* value = new_scope(ScopeKind::TypeAlias, name, t, t->loc);
    value->can_see_class_scope = in_class;
    note_class_visibility(value);
    table_->by_node_[t] = value;
    enter(value);
    if (!visit_expr(t->value)) return false;
    leave();
    if (generic) leave();
    return true;
  }

  // Opens the scope of a generic's type parameters and defines them; the caller leaves it.
  bool enter_type_params(const void* node, std::string_view name, const ast::Seq<ast::type_param_t*>& params) {
    const auto* located = static_cast<const ast::stmt_t*>(node);
    std::string label = "<generic parameters of " + std::string(name) + ">";
    Scope* scope = new_scope(ScopeKind::TypeParams, table_->text_.copy(label), node, located->loc);
    scope->can_see_class_scope = cur_->kind == ScopeKind::Class;
    note_class_visibility(scope);
    table_->type_params_by_node_[node] = scope;
    enter(scope);
    for (const ast::type_param_t* param : params) {
      if (++depth_ > kMaxNestingDepth) return too_deep();
      bool ok = visit_type_param(param);
      --depth_;
      if (!ok) return false;
    }
    return true;
  }

  bool visit_type_param(const ast::type_param_t* param) {
    if (const auto* v = ast::dyn_cast<ast::TypeVar>(param)) {
      if (!add_def(v->name, kDefTypeParam | kDefLocal, v->loc)) return false;
      if (v->bound == nullptr) return true;
      Scope* bound = new_scope(ScopeKind::TypeVarBound, v->name, v, v->loc);
      bound->can_see_class_scope = cur_->can_see_class_scope;
      note_class_visibility(bound);
      table_->by_node_[v] = bound;
      enter(bound);
      if (!visit_expr(v->bound)) return false;
      leave();
      return true;
    }
    if (const auto* p = ast::dyn_cast<ast::ParamSpec>(param)) return add_def(p->name, kDefTypeParam | kDefLocal, p->loc);
    const auto* t = ast::cast<ast::TypeVarTuple>(param);
    return add_def(t->name, kDefTypeParam | kDefLocal, t->loc);
  }

  // An annotation scope that may read a class's namespace makes that class keep it.
  void note_class_visibility(Scope* scope) {
    if (!scope->can_see_class_scope) return;
    for (Scope* p = scope->parent; p != nullptr; p = p->parent) {
      if (p->kind == ScopeKind::Class) {
        p->needs_classdict = true;
        return;
      }
    }
  }

  // Annotations of parameters and return, in CPython's order (the ** parameter before the
  // keyword-only ones). Under future annotations they get a scope of their own.
  bool visit_argument_annotations(const ast::stmt_t* s, const ast::arguments_t* args, const ast::expr_t* returns) {
    bool own_scope = table_->future_.annotations;
    if (own_scope) {
      Scope* scope = new_scope(ScopeKind::Annotation, "_annotation", s, s->loc);
      table_->annotations_by_node_[s] = scope;
      enter(scope);
    }
    auto visit_arg_annotations = [this](const ast::Seq<ast::arg_t*>& list) {
      for (const ast::arg_t* a : list) {
        if (a->annotation != nullptr && !visit_expr(a->annotation)) return false;
      }
      return true;
    };
    if (!visit_arg_annotations(args->posonlyargs) || !visit_arg_annotations(args->args)) return false;
    if (args->vararg != nullptr && args->vararg->annotation != nullptr && !visit_expr(args->vararg->annotation)) {
      return false;
    }
    if (args->kwarg != nullptr && args->kwarg->annotation != nullptr && !visit_expr(args->kwarg->annotation)) {
      return false;
    }
    if (!visit_arg_annotations(args->kwonlyargs)) return false;
    if (returns != nullptr && !visit_expr(returns)) return false;
    if (own_scope) leave();
    return true;
  }

  bool visit_parameters(const ast::arguments_t* args) {
    for (const ast::arg_t* a : args->posonlyargs) {
      if (!add_def(a->arg, kDefParam, a->loc)) return false;
    }
    for (const ast::arg_t* a : args->args) {
      if (!add_def(a->arg, kDefParam, a->loc)) return false;
    }
    // Keyword-only parameters are defined before *args (a clash is reported at *args).
    for (const ast::arg_t* a : args->kwonlyargs) {
      if (!add_def(a->arg, kDefParam, a->loc)) return false;
    }
    if (args->vararg != nullptr && !add_def(args->vararg->arg, kDefParam, args->vararg->loc)) return false;
    if (args->kwarg != nullptr && !add_def(args->kwarg->arg, kDefParam, args->kwarg->loc)) return false;
    return true;
  }

  bool visit_ann_assign(const ast::AnnAssign* a) {
    if (const auto* name = ast::dyn_cast<ast::Name>(a->target)) {
      const Symbol* existing = cur_->lookup(mangled(name->id));
      SymbolFlags flags = existing == nullptr ? 0 : existing->flags;
      if ((flags & (kDefGlobal | kDefNonlocal)) && cur_ != table_->module_ && a->simple) {
        return fail("annotated name '", name->id, (flags & kDefGlobal) ? "' can't be global" : "' can't be nonlocal", a->loc);
      }
      if (a->simple) {
        if (!add_def(name->id, kDefAnnot | kDefLocal, name->loc)) return false;
      } else if (a->value != nullptr) {
        if (!add_def(name->id, kDefLocal, name->loc)) return false;
      }
    } else if (!visit_expr(a->target)) {
      return false;
    }
    if (!visit_annotation(a, a->annotation)) return false;
    return a->value == nullptr || visit_expr(a->value);
  }

  bool visit_annotation(const void* owner, const ast::expr_t* annotation) {
    if (!table_->future_.annotations) return visit_expr(annotation);
    const auto* located = static_cast<const ast::stmt_t*>(owner);
    Scope* scope = new_scope(ScopeKind::Annotation, "_annotation", owner, located->loc);
    table_->annotations_by_node_[owner] = scope;
    enter(scope);
    if (!visit_expr(annotation)) return false;
    leave();
    return true;
  }

  bool visit_with_items(const ast::Seq<ast::withitem_t*>& items) {
    for (const ast::withitem_t* item : items) {
      if (!visit_expr(item->context_expr)) return false;
      if (item->optional_vars != nullptr && !visit_expr(item->optional_vars)) return false;
    }
    return true;
  }

  bool visit_handlers(const ast::Seq<ast::excepthandler_t*>& handlers) {
    for (const ast::excepthandler_t* h : handlers) {
      const auto* handler = ast::cast<ast::ExceptHandler>(h);
      if (handler->type != nullptr && !visit_expr(handler->type)) return false;
      if (!ast::is_none(handler->name) && !add_def(handler->name, kDefLocal, handler->loc)) return false;
      if (!visit_stmts(handler->body)) return false;
    }
    return true;
  }

  bool visit_aliases(const ast::Seq<ast::alias_t*>& names) {
    for (const ast::alias_t* alias : names) {
      if (alias->name == "*") {
        if (cur_->kind != ScopeKind::Module) return fail("import * only allowed at module level", alias->loc);
        continue;
      }
      std::string_view stored = alias->asname;
      if (ast::is_none(stored)) {
        stored = alias->name;
        size_t dot = stored.find('.');
        if (dot != std::string_view::npos) stored = stored.substr(0, dot);
      }
      if (!add_def(stored, kDefImport, alias->loc)) return false;
    }
    return true;
  }

  // The flags a name already has make a later global/nonlocal statement for it an error.
  bool check_declaration(std::string_view name, const char* keyword, const ast::Loc& loc) {
    const Symbol* existing = cur_->lookup(mangled(name));
    SymbolFlags flags = existing == nullptr ? 0 : existing->flags;
    std::string what = std::string(keyword) + " declaration";
    if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      if (flags & kDefParam) return fail("name " + quoted(name) + " is parameter and " + keyword, loc);
      if (flags & kUse) return fail("name " + quoted(name) + " is used prior to " + what, loc);
      if (flags & kDefAnnot) return fail("annotated name " + quoted(name) + " can't be " + keyword, loc);
      return fail("name " + quoted(name) + " is assigned to before " + what, loc);
    }
    // Being both global and nonlocal is reported by the analysis, at the first declaration.
    return true;
  }

  // Errors about a declared name point at its first declaration in the scope.
  void record_declaration(std::string_view name, const ast::Loc& loc) {
    Symbol* symbol = find_or_add(cur_, mangled(name));
    if (!symbol->has_declaration) {
      symbol->has_declaration = true;
      symbol->declaration_loc = loc;
    }
  }

  bool visit_global(const ast::stmt_t* s, const ast::Seq<ast::Identifier>& names) {
    for (ast::Identifier name : names) {
      if (!check_declaration(name, "global", s->loc)) return false;
      if (!add_def(name, kDefGlobal, s->loc)) return false;
      record_declaration(name, s->loc);
    }
    return true;
  }

  bool visit_nonlocal(const ast::stmt_t* s, const ast::Seq<ast::Identifier>& names) {
    for (ast::Identifier name : names) {
      if (!check_declaration(name, "nonlocal", s->loc)) return false;
      if (!add_def(name, kDefNonlocal, s->loc)) return false;
      record_declaration(name, s->loc);
    }
    return true;  // at module level: an error of the analysis
  }

  // --- expressions ---------------------------------------------------------------------

  bool visit_exprs(const ast::Seq<ast::expr_t*>& exprs) {
    for (const ast::expr_t* e : exprs) {
      if (!visit_expr(e)) return false;
    }
    return true;
  }

  // kw_defaults and Dict.keys may hold nullptr.
  bool visit_optional_exprs(const ast::Seq<ast::expr_t*>& exprs) {
    for (const ast::expr_t* e : exprs) {
      if (e != nullptr && !visit_expr(e)) return false;
    }
    return true;
  }

  bool visit_keywords(const ast::Seq<ast::keyword_t*>& keywords) {
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
      case K::NamedExpr: return visit_named_expr(ast::cast<ast::NamedExpr>(e));
      case K::BinOp: {
        const auto* b = ast::cast<ast::BinOp>(e);
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case K::UnaryOp: return visit_expr(ast::cast<ast::UnaryOp>(e)->operand);
      case K::Lambda: return visit_lambda(ast::cast<ast::Lambda>(e));
      case K::IfExp: {
        const auto* i = ast::cast<ast::IfExp>(e);
        return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case K::Dict: {
        const auto* d = ast::cast<ast::Dict>(e);
        return visit_optional_exprs(d->keys) && visit_exprs(d->values);
      }
      case K::Set: return visit_exprs(ast::cast<ast::Set>(e)->elts);
      case K::ListComp: {
        const auto* c = ast::cast<ast::ListComp>(e);
        return visit_comprehension(e, ComprehensionKind::List, c->generators, c->elt, nullptr);
      }
      case K::SetComp: {
        const auto* c = ast::cast<ast::SetComp>(e);
        return visit_comprehension(e, ComprehensionKind::Set, c->generators, c->elt, nullptr);
      }
      case K::DictComp: {
        const auto* c = ast::cast<ast::DictComp>(e);
        return visit_comprehension(e, ComprehensionKind::Dict, c->generators, c->key, c->value);
      }
      case K::GeneratorExp: {
        const auto* c = ast::cast<ast::GeneratorExp>(e);
        return visit_comprehension(e, ComprehensionKind::Generator, c->generators, c->elt, nullptr);
      }
      case K::Await: {
        if (is_annotation_like(cur_->kind)) {
          return fail("await expression cannot be used within ", annotation_scope_description(cur_->kind), "", e->loc);
        }
        if (!visit_expr(ast::cast<ast::Await>(e)->value)) return false;
        // Whatever scope awaits becomes a coroutine in the table (a quirk CPython's code
        // generator shows through "'return' with value in async generator").
        cur_->is_async = true;
        return true;
      }
      case K::Yield:
      case K::YieldFrom: {
        if (is_annotation_like(cur_->kind)) {
          return fail("yield expression cannot be used within ", annotation_scope_description(cur_->kind), "", e->loc);
        }
        const ast::expr_t* value = e->node_kind == K::Yield ? ast::cast<ast::Yield>(e)->value
                                                            : ast::cast<ast::YieldFrom>(e)->value;
        // The value first: an error inside it is reported before this one.
        if (value != nullptr && !visit_expr(value)) return false;
        if (cur_->kind == ScopeKind::Comprehension) {
          return fail("'yield' inside ", comprehension_description(cur_->comprehension), "", e->loc);
        }
        cur_->is_generator = true;
        return true;
      }
      case K::Compare: {
        const auto* c = ast::cast<ast::Compare>(e);
        return visit_expr(c->left) && visit_exprs(c->comparators);
      }
      case K::Call: {
        const auto* c = ast::cast<ast::Call>(e);
        return visit_expr(c->func) && visit_exprs(c->args) && visit_keywords(c->keywords);
      }
      case K::FormattedValue: {
        const auto* f = ast::cast<ast::FormattedValue>(e);
        return visit_expr(f->value) && (f->format_spec == nullptr || visit_expr(f->format_spec));
      }
      case K::JoinedStr: return visit_exprs(ast::cast<ast::JoinedStr>(e)->values);
      case K::Constant: return true;
      case K::Attribute: return visit_expr(ast::cast<ast::Attribute>(e)->value);
      case K::Subscript: {
        const auto* s = ast::cast<ast::Subscript>(e);
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case K::Starred: return visit_expr(ast::cast<ast::Starred>(e)->value);
      case K::Name: return visit_name(ast::cast<ast::Name>(e));
      case K::List: return visit_exprs(ast::cast<ast::List>(e)->elts);
      case K::Tuple: return visit_exprs(ast::cast<ast::Tuple>(e)->elts);
      case K::Slice: {
        const auto* s = ast::cast<ast::Slice>(e);
        return (s->lower == nullptr || visit_expr(s->lower)) && (s->upper == nullptr || visit_expr(s->upper)) &&
               (s->step == nullptr || visit_expr(s->step));
      }
      default: return true;
    }
  }

  bool visit_name(const ast::Name* n) {
    bool load = n->ctx == ast::expr_context_t::Load;
    // CPython's AST optimizer turns a read of __debug__ into a constant before this pass.
    if (load && n->id == "__debug__") return true;
    SymbolFlags flags = load ? kUse : kDefLocal;
    if (in_comprehension_target_ && !load) flags |= kDefCompIter;
    if (!add_def(n->id, flags, n->loc)) return false;
    // super() needs the implicit __class__ cell of the enclosing class.
    if (load && n->id == "super" && cur_->is_function_like()) return add_def("__class__", kUse, n->loc);
    return true;
  }

  bool visit_lambda(const ast::Lambda* l) {
    if (cur_->can_see_class_scope) return fail("Cannot use lambda in annotation scope within class scope", l->loc);
    if (!visit_exprs(l->args->defaults) || !visit_optional_exprs(l->args->kw_defaults)) return false;
    Scope* scope = new_scope(ScopeKind::Lambda, "lambda", l, l->loc);
    table_->by_node_[l] = scope;
    enter(scope);
    if (!visit_parameters(l->args) || !visit_expr(l->body)) return false;
    leave();
    return true;
  }

  bool visit_iterable(const ast::expr_t* iter) {
    ++comp_iter_depth_[cur_];
    bool ok = visit_expr(iter);
    --comp_iter_depth_[cur_];
    return ok;
  }

  bool visit_comprehension_target(const ast::expr_t* target) {
    bool saved = in_comprehension_target_;
    in_comprehension_target_ = true;
    bool ok = visit_expr(target);
    in_comprehension_target_ = saved;
    return ok;
  }

  bool visit_comprehension(const ast::expr_t* e, ComprehensionKind kind, const ast::Seq<ast::comprehension_t*>& gens,
                           const ast::expr_t* elt, const ast::expr_t* value) {
    if (cur_->can_see_class_scope) {
      return fail("Cannot use comprehension in annotation scope within class scope", e->loc);
    }
    // The outermost iterable is evaluated in the enclosing scope.
    if (!visit_iterable(gens[0]->iter)) return false;
    static constexpr const char* kNames[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
    Scope* scope = new_scope(ScopeKind::Comprehension, kNames[static_cast<int>(kind)], e, e->loc);
    scope->comprehension = kind;
    scope->comprehension_inlined = kind != ComprehensionKind::Generator;
    table_->by_node_[e] = scope;
    for (const ast::comprehension_t* gen : gens) {
      if (gen->is_async) scope->is_async = true;
    }
    enter(scope);
    for (uint32_t i = 0; i < gens.size; ++i) {
      const ast::comprehension_t* gen = gens[i];
      if (i > 0 && !visit_iterable(gen->iter)) return false;
      if (!visit_comprehension_target(gen->target)) return false;
      if (!visit_exprs(gen->ifs)) return false;
    }
    // A dict comprehension's value is walked before its key.
    if (value != nullptr && !visit_expr(value)) return false;
    if (!visit_expr(elt)) return false;
    leave();
    // An inlined comprehension that awaits makes the scope it runs in a coroutine too.
    if (scope->is_async && scope->comprehension_inlined) cur_->is_async = true;
    return true;
  }

  bool visit_named_expr(const ast::NamedExpr* n) {
    if (is_annotation_like(cur_->kind)) {
      return fail("named expression cannot be used within ", annotation_scope_description(cur_->kind), "", n->loc);
    }
    if (comp_iter_depth(cur_) > 0) {
      return fail("assignment expression cannot be used in a comprehension iterable expression", n->loc);
    }
    const auto* target = ast::dyn_cast<ast::Name>(n->target);
    if (cur_->kind == ScopeKind::Comprehension && target != nullptr) {
      if (!bind_comprehension_walrus_target(target)) return false;
      return visit_expr(n->value);
    }
    return visit_expr(n->value) && visit_expr(n->target);
  }

  // `name := value` inside a comprehension binds `name` in the nearest enclosing scope that
  // is not a comprehension (PEP 572), with the restrictions CPython enforces.
  bool bind_comprehension_walrus_target(const ast::Name* target) {
    std::string_view name = mangled(target->id);
    Scope* scope = cur_;
    for (; scope != nullptr; scope = scope->parent) {
      if (scope->kind == ScopeKind::Comprehension) {
        const Symbol* symbol = scope->lookup(name);
        if (symbol != nullptr && (symbol->flags & kDefCompIter)) {
          return fail("assignment expression cannot rebind comprehension iteration variable " + quoted(target->id),
                      target->loc);
        }
        continue;
      }
      if (scope->kind == ScopeKind::Annotation) continue;  // future annotations are transparent here
      break;
    }
    const char* where = nullptr;
    switch (scope->kind) {
      case ScopeKind::Class: where = "cannot be used in a class body"; break;
      case ScopeKind::TypeVarBound: where = "cannot be used in a TypeVar bound"; break;
      case ScopeKind::TypeAlias: where = "cannot be used in a type alias"; break;
      case ScopeKind::TypeParams: where = "cannot be used within the definition of a generic"; break;
      default: break;
    }
    if (where != nullptr) {
      return fail(std::string("assignment expression within a comprehension ") + where, target->loc);
    }
    if (scope->kind == ScopeKind::Module) {
      // The module records it as a global, not as a local binding.
      if (!add_def(target->id, kDefGlobal | kDefCompWalrus, target->loc)) return false;
      record_declaration(target->id, target->loc);
      return add_def_in(scope, target->id, kDefGlobal, target->loc);
    }
    // A function or lambda: the name is its local (or its global, if declared so there),
    // free in the comprehensions in between.
    const Symbol* existing = scope->lookup(name);
    if (existing != nullptr && (existing->flags & kDefGlobal)) {
      if (!add_def(target->id, kDefGlobal | kDefCompWalrus, target->loc)) return false;
    } else {
      if (!add_def(target->id, kDefNonlocal | kDefCompWalrus, target->loc)) return false;
      record_declaration(target->id, target->loc);
    }
    return add_def_in(scope, target->id, kDefLocal, target->loc);
  }

  // --- patterns ------------------------------------------------------------------------

  bool visit_patterns(const ast::Seq<ast::pattern_t*>& patterns) {
    for (const ast::pattern_t* p : patterns) {
      if (!visit_pattern(p)) return false;
    }
    return true;
  }

  bool visit_pattern(const ast::pattern_t* p) {
    if (++depth_ > kMaxNestingDepth) return too_deep();
    bool ok = visit_pattern_inner(p);
    --depth_;
    return ok;
  }

  bool visit_pattern_inner(const ast::pattern_t* p) {
    using K = ast::NodeKind;
    switch (p->node_kind) {
      case K::MatchValue: return visit_expr(ast::cast<ast::MatchValue>(p)->value);
      case K::MatchSingleton: return true;
      case K::MatchSequence: return visit_patterns(ast::cast<ast::MatchSequence>(p)->patterns);
      case K::MatchMapping: {
        const auto* m = ast::cast<ast::MatchMapping>(p);
        if (!visit_exprs(m->keys) || !visit_patterns(m->patterns)) return false;
        return ast::is_none(m->rest) || add_def(m->rest, kDefLocal, p->loc);
      }
      case K::MatchClass: {
        const auto* m = ast::cast<ast::MatchClass>(p);
        return visit_expr(m->cls) && visit_patterns(m->patterns) && visit_patterns(m->kwd_patterns);
      }
      case K::MatchStar: {
        const auto* m = ast::cast<ast::MatchStar>(p);
        return ast::is_none(m->name) || add_def(m->name, kDefLocal, p->loc);
      }
      case K::MatchAs: {
        const auto* m = ast::cast<ast::MatchAs>(p);
        if (m->pattern != nullptr && !visit_pattern(m->pattern)) return false;
        return ast::is_none(m->name) || add_def(m->name, kDefLocal, p->loc);
      }
      case K::MatchOr: return visit_patterns(ast::cast<ast::MatchOr>(p)->patterns);
      default: return true;
    }
  }

  // --- analysis ------------------------------------------------------------------------

  bool analyze_scope(Scope* scope) {
    // Symbols may be appended to this scope's ancestors while resolving, never to itself.
    for (size_t i = 0; i < scope->symbols.size(); ++i) {
      if (!resolve(scope, i)) return false;
    }
    for (Scope* child : scope->children) {
      if (!analyze_scope(child)) return false;
    }
    return true;
  }

  bool resolve(Scope* scope, size_t symbol_index) {
    Symbol& symbol = scope->symbols[symbol_index];
    if (symbol.scope != NameScope::Unresolved) return true;  // a pass-through added earlier
    SymbolFlags flags = symbol.flags;
    if ((flags & kDefGlobal) && (flags & kDefNonlocal)) {
      return fail("name " + quoted(symbol.name) + " is nonlocal and global", symbol.declaration_loc);
    }
    if (flags & kDefGlobal) {
      symbol.scope = NameScope::GlobalExplicit;
      return true;
    }
    if (flags & kDefNonlocal) {
      if (scope->kind == ScopeKind::Module) {
        return fail("nonlocal declaration not allowed at module level", symbol.declaration_loc);
      }
      Scope* binder = find_binding(scope, symbol.name);
      if (binder == nullptr) {
        return fail("no binding for nonlocal " + quoted(symbol.name) + " found", symbol.declaration_loc);
      }
      const Symbol* bound = binder->lookup(symbol.name);
      if (binder->kind == ScopeKind::TypeParams && bound != nullptr && (bound->flags & kDefTypeParam)) {
        return fail("nonlocal binding not allowed for type parameter " + quoted(symbol.name), symbol.declaration_loc);
      }
      scope->symbols[symbol_index].scope = NameScope::Free;
      link_closure(scope, binder, scope->symbols[symbol_index].name);
      return true;
    }
    if (flags & (kDefBound | kDefTypeParam)) {
      symbol.scope = NameScope::Local;
      return true;
    }
    if (scope->kind == ScopeKind::Module) {
      symbol.scope = NameScope::GlobalImplicit;
      return true;
    }
    std::string_view name = symbol.name;
    Scope* binder = find_binding(scope, name);
    if (binder == nullptr) {
      scope->symbols[symbol_index].scope = NameScope::GlobalImplicit;
      return true;
    }
    scope->symbols[symbol_index].scope = NameScope::Free;
    link_closure(scope, binder, name);
    return true;
  }

  // The nearest enclosing function-like scope that binds `name`, skipping class bodies
  // (their names are not visible to nested scopes); nullptr for a global. The implicit
  // __class__ cell is provided by the class itself.
  Scope* find_binding(Scope* scope, std::string_view name) {
    for (Scope* p = scope->parent; p != nullptr; p = p->parent) {
      if (p->kind == ScopeKind::Module) return nullptr;
      if (p->kind == ScopeKind::Class) {
        // A class gives the scopes nested in it an implicit __class__ cell (for super())
        // and, in 3.12, __classdict__; `nonlocal __class__` in a method is allowed.
        if (name == "__class__") {
          p->needs_class_closure = true;
          return p;
        }
        if (name == "__classdict__") {
          p->needs_classdict = true;
          return p;
        }
        continue;
      }
      const Symbol* symbol = p->lookup(name);
      if (symbol == nullptr) continue;
      if (symbol->flags & kDefGlobal) return nullptr;
      if (symbol->flags & kDefNonlocal) return p;  // free there too; its own analysis follows it out
      if (symbol->flags & (kDefBound | kDefTypeParam)) return p;
    }
    return nullptr;
  }

  // `name` is free in `user` and bound in `binder`: the binder keeps it in a cell and the
  // scopes in between pass the closure along.
  void link_closure(Scope* user, Scope* binder, std::string_view name) {
    if (binder->kind != ScopeKind::Class) {
      Symbol* bound = find_or_add(binder, name);
      if (bound->scope == NameScope::Local || bound->scope == NameScope::Unresolved) {
        if (bound->flags & (kDefBound | kDefTypeParam)) bound->scope = NameScope::Cell;
      }
    }
    for (Scope* p = user->parent; p != nullptr && p != binder; p = p->parent) {
      auto it = p->index.find(name);
      if (it != p->index.end()) {
        // A class with its own binding of the name still passes the closure along.
        if (p->kind == ScopeKind::Class) p->symbols[it->second].flags |= kDefFreeClass;
        continue;
      }
      Symbol* passing = find_or_add(p, name);
      passing->flags |= p->kind == ScopeKind::Class ? kDefFreeClass : kDefFree;
      passing->scope = NameScope::Free;
    }
  }

  SymbolTable* table_;
  CompileError* error_;
  Scope* cur_ = nullptr;
  std::string_view private_name_;
  int depth_ = 0;
  bool in_comprehension_target_ = false;
  std::unordered_map<const Scope*, int> comp_iter_depth_;
};

bool build_symbol_table(const ast::mod_t* tree, const FutureFeatures& future, SymbolTable* table,
                        CompileError* error) {
  SymbolTableBuilder builder(table, future, error);
  return builder.build(tree) && builder.analyze();
}

}  // namespace pyxis::compiler

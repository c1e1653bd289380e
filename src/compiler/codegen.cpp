// Code generation from the AST to register bytecode: one CodeUnit per function, class body
// or module; locals live in registers (resolved with the symbol table), temporaries are
// allocated above them in stack order; exception handlers go to the code's handler table.
#include "compiler/codegen.h"

#include <gmp.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/bytecode.h"
#include "compiler/unparse.h"
#include "compiler/codegen_match.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/typevar_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis::compiler {

using bytecode::Opcode;
using bytecode::encode;

namespace {

// Thrown inside the generator for constructs not supported yet; turned into a SystemError.
struct Unsupported {
  std::string what;
  ast::Loc loc;
};

struct LoopLabels {
  uint32_t continue_target;
  std::vector<uint32_t> break_patches;
  size_t fblock_depth;
};

// What a break/continue/return must unwind on its way out.
struct FBlock {
  enum Kind { Loop, Handler, Finally, With, AsyncWith } kind;
  uint32_t saved_register = 0;               // Handler: the saved handled exception; With: __exit__
  const ast::Seq<ast::stmt_t*>* finalbody = nullptr;
};

class CodeUnit {
 public:
  CodeUnit(Thread& thread, const SymbolTable& table, const Scope* scope, CodeUnit* parent, std::string qualname,
           std::string_view filename)
      : thread_(thread), table_(table), scope_(scope), parent_(parent), qualname_(std::move(qualname)),
        filename_(filename) {
    code_ = thread.heap().make<CodeObject>(thread.types().code);
  }

  CodeObject* compile_module(const ast::Module* module) {
    code_->flags |= code_flag::kUsesLocalsDict;
    setup_annotations(module->body);
    if (const ast::Constant* doc = docstring(module->body)) {
      uint32_t text = temp();
      load_const(text, thread_.interp().intern(doc->value.text));
      store_name("__doc__", text);
    }
    statements(module->body);
    uint32_t none = temp();
    load_const(none, Value::none());
    emit(Opcode::RETURN, none);
    return finish("<module>");
  }

  // A class body's free variables (names of enclosing functions it reads, or passes on to
  // its methods' closures) arrive as closure cells, like a function's.
  void add_class_free_variables() {
    for (const Symbol& symbol : scope_->symbols) {
      if (symbol.scope != NameScope::Free && !(symbol.flags & kDefFreeClass)) continue;
      add_local(symbol.name, false);
      code_->free_registers.push_back(locals_.at(symbol.name));
      code_->free_names.push_back(thread_.interp().intern(symbol.name));
    }
  }

  // compile(..., 'eval'): the expression's value is the code's return value.
  CodeObject* compile_expression_mode(const ast::Expression* tree) {
    code_->flags |= code_flag::kUsesLocalsDict;
    loc_ = tree->body->loc;
    uint32_t result = expr(tree->body);
    emit(Opcode::RETURN, result);
    return finish("<module>");
  }

  // compile(..., 'single'): like a module, but expression statements show their value
  // through sys.displayhook.
  CodeObject* compile_interactive_mode(const ast::Interactive* tree) {
    code_->flags |= code_flag::kUsesLocalsDict;
    interactive_ = true;
    setup_annotations(tree->body);
    statements(tree->body);
    uint32_t none = temp();
    load_const(none, Value::none());
    emit(Opcode::RETURN, none);
    return finish("<module>");
  }

  // Interactive mode: sys.displayhook(value).
  void display_value(uint32_t value) {
    uint32_t base = temps(2);
    uint32_t sys = temp();
    emit1(Opcode::IMPORT_NAME, sys, 0, 0, constant(thread_.interp().intern("sys")));
    emit1(Opcode::LOAD_ATTR, base, sys, 0, name_index("displayhook"));
    emit(Opcode::MOVE, base + 1, value);
    emit(Opcode::CALL, base, base, 1);
  }

  // A generator expression: a generator function of one argument (".0", the outermost
  // iterator, evaluated by the caller) that yields each element.
  CodeObject* compile_generator_expression(const ast::GeneratorExp* g) {
    add_local(".0", true);
    code_->positional_count = 1;
    setup_scope_registers();
    code_->flags |= code_flag::kGenerator;
    if (scope_->is_async) code_->flags |= code_flag::kAsyncGenerator;
    loc_ = g->loc;
    genexp_loops(g, 0);
    uint32_t none = temp();
    load_const(none, Value::none());
    emit(Opcode::RETURN, none);
    return finish("<genexpr>");
  }

  void genexp_loops(const ast::GeneratorExp* g, uint32_t index) {
    ast::comprehension_t* gen = g->generators[index];
    uint32_t mark = next_temp_;
    uint32_t iterator;
    if (index == 0) {
      iterator = locals_.at(".0");
    } else {
      uint32_t iterable = expr(gen->iter);
      iterator = temp();
      emit(gen->is_async ? Opcode::GET_AITER : Opcode::GET_ITER, iterator, iterable);
    }
    uint32_t top = here();
    uint32_t item = temp();
    uint32_t to_exit = gen->is_async ? async_for_head(iterator, item, &top) : emit_jump(Opcode::FOR_ITER, item, iterator);
    store(gen->target, item);
    std::vector<uint32_t> to_top;
    for (ast::expr_t* condition : gen->ifs) to_top.push_back(jump_unless(condition, false));
    if (index + 1 < g->generators.size) {
      genexp_loops(g, index + 1);
    } else {
      uint32_t inner = next_temp_;
      uint32_t value = expr(g->elt);
      uint32_t sent = temp();
      emit(Opcode::YIELD, sent, value);
      next_temp_ = inner;
    }
    for (uint32_t at : to_top) patch(at, top);
    emit1(Opcode::JUMP, 0, 0, 0, top);
    patch(to_exit, here());
    next_temp_ = mark;
  }

  // Registers for the scope's other locals, its cells and its free variables.
  void setup_scope_registers() {
    see_class_namespace();
    for (const Symbol& symbol : scope_->symbols)
      if ((symbol.scope == NameScope::Local || symbol.scope == NameScope::Cell) && !locals_.count(symbol.name))
        add_local(symbol.name, false);
    for (const Symbol& symbol : scope_->symbols) {
      if (symbol.scope == NameScope::Cell) code_->cell_registers.push_back(locals_.at(symbol.name));
      if (symbol.scope == NameScope::Free) {
        add_local(symbol.name, false);
        code_->free_registers.push_back(locals_.at(symbol.name));
        code_->free_names.push_back(thread_.interp().intern(symbol.name));
      }
    }
    next_temp_ = uint32_t(locals_.size());
    max_register_ = next_temp_;
  }

  CodeObject* compile_function(const ast::arguments_t* args, const ast::Seq<ast::stmt_t*>* body,
                               const ast::expr_t* lambda_body, std::string_view name) {
    // Parameters first, in the order calls bind them.
    for (ast::arg_t* a : args->posonlyargs) add_local(a->arg, true);
    for (ast::arg_t* a : args->args) add_local(a->arg, true);
    for (ast::arg_t* a : args->kwonlyargs) add_local(a->arg, true);
    code_->positional_only_count = args->posonlyargs.size;
    code_->positional_count = args->posonlyargs.size + args->args.size;
    code_->keyword_only_count = args->kwonlyargs.size;
    if (args->vararg != nullptr) {
      add_local(args->vararg->arg, true);
      code_->flags |= code_flag::kVarArgs;
    }
    if (args->kwarg != nullptr) {
      add_local(args->kwarg->arg, true);
      code_->flags |= code_flag::kVarKeywords;
    }
    setup_scope_registers();
    if (scope_->is_generator) code_->flags |= code_flag::kGenerator;
    if (scope_->is_async)
      code_->flags |= code_flag::kGenerator | (scope_->is_generator ? code_flag::kAsyncGenerator : code_flag::kCoroutine);
    if (body != nullptr) {
      if (const ast::Constant* doc = docstring(*body)) code_->doc = thread_.interp().intern(doc->value.text);
      find_deleted(*body);
      statements(*body);
      uint32_t none = temp();
      load_const(none, Value::none());
      emit(Opcode::RETURN, none);
    } else {
      loc_ = lambda_body->loc;
      uint32_t result = expr(lambda_body);
      emit(Opcode::RETURN, result);
    }
    return finish(name);
  }

  CodeObject* compile_class_body(const ast::ClassDef* node) {
    code_->flags |= code_flag::kUsesLocalsDict;
    for (const Symbol& symbol : scope_->symbols)
      if (symbol.scope == NameScope::Cell) throw Unsupported{"cells in class bodies", node->loc};
    if (scope_->needs_class_closure) {
      // The implicit __class__ cell of methods using super(): made when the body starts,
      // handed to type() as __classcell__, which fills it with the new class.
      add_local("__class__", true);
      class_cell_ = int(locals_.at("__class__"));
      code_->cell_registers.push_back(uint32_t(class_cell_));
    }
    add_class_free_variables();
    if (scope_->needs_classdict) add_local("__classdict__", true);
    next_temp_ = uint32_t(locals_.size());
    max_register_ = next_temp_;
    share_class_namespace();
    setup_annotations(node->body);
    if (const ast::Constant* doc = docstring(node->body)) code_->doc = thread_.interp().intern(doc->value.text);
    statements(node->body);
    if (class_cell_ >= 0) emit1(Opcode::STORE_NAME, uint32_t(class_cell_), 0, 0, name_index("__classcell__"));
    uint32_t none = temp();
    load_const(none, Value::none());
    emit(Opcode::RETURN, none);
    return finish(node->name);
  }

 private:
  // ------------------------------------------------------------ building blocks

  // Displays with more items than this are built item by item, not from consecutive registers.
  static constexpr uint32_t kLargeDisplay = 64;

  // The docstring of a body: a string constant as its first statement.
  static const ast::Constant* docstring(const ast::Seq<ast::stmt_t*>& body) {
    if (body.empty()) return nullptr;
    auto* statement = ast::dyn_cast<ast::Expr>(body[0]);
    if (statement == nullptr) return nullptr;
    auto* constant = ast::dyn_cast<ast::Constant>(statement->value);
    if (constant == nullptr || constant->value.kind != ast::ConstantValue::Kind::Str) return nullptr;
    return constant;
  }

  CodeObject* finish(std::string_view name) {
    code_->register_count = max_register_;
    if (table_.future().annotations) code_->flags |= code_flag::kFutureAnnotations;
    code_->name = thread_.interp().intern(name);
    code_->qualname = thread_.interp().intern(qualname_.empty() ? name : std::string_view(qualname_));
    code_->filename = thread_.interp().intern(filename_);
    code_->first_line = scope_->loc.lineno > 0 ? scope_->loc.lineno : 1;
    return code_;
  }

  void add_local(std::string_view name, bool parameter) {
    if (locals_.count(name)) return;
    uint32_t reg = uint32_t(locals_.size());
    if (reg >= bytecode::kMaxRegisters) throw Unsupported{"more than 255 local variables", scope_->loc};
    locals_[name] = reg;
    code_->local_names.push_back(thread_.interp().intern(name));
    assigned_.push_back(parameter);
  }

  uint32_t temp() {
    uint32_t reg = next_temp_++;
    if (reg >= bytecode::kMaxRegisters) throw Unsupported{"expressions needing more than 256 registers", loc_};
    if (next_temp_ > max_register_) max_register_ = next_temp_;
    return reg;
  }
  // Reserves `count` consecutive registers.
  uint32_t temps(uint32_t count) {
    uint32_t first = next_temp_;
    for (uint32_t i = 0; i < count; ++i) temp();
    if (count == 0 && next_temp_ >= bytecode::kMaxRegisters) throw Unsupported{"too many registers", loc_};
    return first;
  }

  uint32_t here() const { return uint32_t(code_->instructions.size()); }

  void word(uint32_t w) {
    code_->instructions.push_back(w);
    SourceRange range{loc_.lineno, loc_.end_lineno, loc_.col_offset, loc_.end_col_offset};
    range.anchor = anchor_;
    range.anchor_column = anchor_column_;
    code_->locations.push_back(range);
  }
  void emit(Opcode op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0) { word(encode(op, a, b, c)); }
  // An instruction with one extra word, followed by its zero-filled inline cache words.
  void emit1(Opcode op, uint32_t a, uint32_t b, uint32_t c, uint32_t extra) {
    emit(op, a, b, c);
    word(extra);
    for (uint32_t i = 0; i < bytecode::kCacheWords[size_t(op)]; ++i) word(0);
  }
  // Emits a jump-like instruction whose extra word is patched later; returns the word's index.
  uint32_t emit_jump(Opcode op, uint32_t a = 0, uint32_t b = 0) {
    emit(op, a, b);
    word(0);
    return here() - 1;
  }
  void patch(uint32_t at, uint32_t target) { code_->instructions[at] = target; }

  uint32_t constant(Value v) {
    for (size_t i = 0; i < code_->constants.size(); ++i)
      if (code_->constants[i] == v) return uint32_t(i);
    code_->constants.push_back(v);
    return uint32_t(code_->constants.size() - 1);
  }
  void load_const(uint32_t dst, Value v) { emit1(Opcode::LOAD_CONST, dst, 0, 0, constant(v)); }

  uint32_t name_index(std::string_view name) {
    Value interned = thread_.interp().intern(name);
    for (size_t i = 0; i < code_->names.size(); ++i)
      if (code_->names[i] == interned) return uint32_t(i);
    code_->names.push_back(interned);
    return uint32_t(code_->names.size() - 1);
  }

  std::string_view mangled(std::string_view name) {
    if (scope_->private_name.empty()) return name;
    std::string storage;
    std::string_view result = mangle_name(scope_->private_name, name, &storage);
    if (result.data() == storage.data()) {
      mangled_storage_.push_back(storage);
      return mangled_storage_.back();
    }
    return result;
  }

  // ------------------------------------------------------------ names

  enum class Where { Register, Cell, Global, Name, ClassCell, ClassDictGlobal };

  Where resolve(std::string_view name, uint32_t* reg) {
    for (auto it = comprehension_names_.rbegin(); it != comprehension_names_.rend(); ++it) {
      auto found = it->find(name);
      if (found != it->end()) {
        *reg = found->second;
        return comprehension_cells_.count(found->second) ? Where::Cell : Where::Register;
      }
    }
    name = mangled(name);
    if (scope_->kind == ScopeKind::Class && comprehension_scopes_.size() > outer_iterable_depth_ &&
        comprehension_scopes_.back() != nullptr) {
      // A comprehension inlined in a class body does not see the class namespace (PEP 709).
      NameScope inner = comprehension_scopes_.back()->scope_of(name);
      if (inner == NameScope::Free && locals_.count(name)) {
        *reg = locals_.at(name);
        return Where::Cell;
      }
      if (inner != NameScope::Local && inner != NameScope::Cell) return Where::Global;
    }
    NameScope where = scope_->scope_of(name);
    if (scope_->kind == ScopeKind::Module) return where == NameScope::GlobalExplicit ? Where::Global : Where::Name;
    if (scope_->kind == ScopeKind::Class) {
      if (where == NameScope::Free) {
        *reg = locals_.at(name);
        return Where::ClassCell;
      }
      return where == NameScope::GlobalExplicit ? Where::Global : Where::Name;
    }
    if (where == NameScope::Local) {
      *reg = locals_.at(name);
      return Where::Register;
    }
    if (where == NameScope::Free || where == NameScope::Cell) {
      *reg = locals_.at(name);
      return Where::Cell;
    }
    if (where == NameScope::GlobalImplicit && scope_->can_see_class_scope && locals_.count("__classdict__")) {
      *reg = locals_.at("__classdict__");
      return Where::ClassDictGlobal;
    }
    return Where::Global;
  }

  // Loads a name; returns the register that holds it (a local's own register when possible).
  uint32_t load_name(std::string_view name, int dst) {
    uint32_t reg = 0;
    switch (resolve(name, &reg)) {
      case Where::Register:
        if (reg < assigned_.size() && !assigned_[reg]) emit(Opcode::CHECK_LOCAL, reg);
        if (dst >= 0 && uint32_t(dst) != reg) {
          emit(Opcode::MOVE, uint32_t(dst), reg);
          return uint32_t(dst);
        }
        return reg;
      case Where::Cell: {
        uint32_t out = dst >= 0 ? uint32_t(dst) : temp();
        emit(Opcode::LOAD_DEREF, out, reg);
        return out;
      }
      case Where::Global: {
        uint32_t out = dst >= 0 ? uint32_t(dst) : temp();
        emit1(Opcode::LOAD_GLOBAL, out, 0, 0, name_index(mangled(name)));
        return out;
      }
      case Where::Name: {
        uint32_t out = dst >= 0 ? uint32_t(dst) : temp();
        emit1(Opcode::LOAD_NAME, out, 0, 0, name_index(mangled(name)));
        return out;
      }
      case Where::ClassCell: {
        uint32_t out = dst >= 0 ? uint32_t(dst) : temp();
        emit1(Opcode::LOAD_CLASSDEREF, out, reg, 0, name_index(mangled(name)));
        return out;
      }
      case Where::ClassDictGlobal: {
        uint32_t out = dst >= 0 ? uint32_t(dst) : temp();
        emit1(Opcode::LOAD_FROM_DICT_OR_GLOBALS, out, reg, 0, name_index(mangled(name)));
        return out;
      }
    }
    return 0;
  }

  void store_name(std::string_view name, uint32_t src) {
    uint32_t reg = 0;
    switch (resolve(name, &reg)) {
      case Where::Register:
        if (reg != src) emit(Opcode::MOVE, reg, src);
        if (reg < assigned_.size() && !deleted_.count(reg)) assigned_[reg] = true;
        break;
      case Where::Cell:
      case Where::ClassCell: emit(Opcode::STORE_DEREF, reg, src); break;
      case Where::ClassDictGlobal: emit1(Opcode::STORE_GLOBAL, src, 0, 0, name_index(mangled(name))); break;
      case Where::Global: emit1(Opcode::STORE_GLOBAL, src, 0, 0, name_index(mangled(name))); break;
      case Where::Name: emit1(Opcode::STORE_NAME, src, 0, 0, name_index(mangled(name))); break;
    }
  }

  // If `target` is a plain local Name, its register (so a value can be computed into it).
  int local_target(const ast::expr_t* target) {
    auto* name = ast::dyn_cast<ast::Name>(target);
    if (name == nullptr) return -1;
    uint32_t reg = 0;
    if (resolve(name->id, &reg) != Where::Register) return -1;  // cells are stored through STORE_DEREF
    return int(reg);
  }

  template <class TryNode, class Mark>
  void find_deleted_in_try(const TryNode* t, Mark& mark) {
    find_deleted(t->body);
    find_deleted(t->orelse);
    find_deleted(t->finalbody);
    for (ast::excepthandler_t* h : t->handlers) {
      auto* handler = ast::cast<ast::ExceptHandler>(h);
      if (!ast::is_none(handler->name)) mark(handler->name);
      find_deleted(handler->body);
    }
  }

  void find_deleted(const ast::Seq<ast::stmt_t*>& body) {
    for (ast::stmt_t* s : body) find_deleted_in(s);
  }
  void find_deleted_in(const ast::stmt_t* s) {
    auto mark = [&](std::string_view name) {
      auto it = locals_.find(mangled(name));
      if (it != locals_.end()) deleted_.insert(it->second);
    };
    switch (s->node_kind) {
      case ast::NodeKind::Delete:
        for (ast::expr_t* t : ast::cast<ast::Delete>(s)->targets)
          if (auto* n = ast::dyn_cast<ast::Name>(t)) mark(n->id);
        break;
      case ast::NodeKind::If: find_deleted(ast::cast<ast::If>(s)->body); find_deleted(ast::cast<ast::If>(s)->orelse); break;
      case ast::NodeKind::While: find_deleted(ast::cast<ast::While>(s)->body); find_deleted(ast::cast<ast::While>(s)->orelse); break;
      case ast::NodeKind::For: find_deleted(ast::cast<ast::For>(s)->body); find_deleted(ast::cast<ast::For>(s)->orelse); break;
      case ast::NodeKind::AsyncFor: find_deleted(ast::cast<ast::AsyncFor>(s)->body); find_deleted(ast::cast<ast::AsyncFor>(s)->orelse); break;
      case ast::NodeKind::AsyncWith: find_deleted(ast::cast<ast::AsyncWith>(s)->body); break;
      case ast::NodeKind::Match:
        for (ast::match_case_t* c : ast::cast<ast::Match>(s)->cases) find_deleted(c->body);
        break;
      case ast::NodeKind::Try: find_deleted_in_try(ast::cast<ast::Try>(s), mark); break;
      case ast::NodeKind::TryStar: find_deleted_in_try(ast::cast<ast::TryStar>(s), mark); break;
      default: break;
    }
  }

  // ------------------------------------------------------------ statements

  void statements(const ast::Seq<ast::stmt_t*>& body) {
    for (ast::stmt_t* s : body) statement(s);
  }

  void statement(const ast::stmt_t* s) {
    ast::Loc saved_loc = loc_;
    loc_ = s->loc;
    uint32_t mark = next_temp_;
    switch (s->node_kind) {
      case ast::NodeKind::Expr:
        if (interactive_ && scope_->kind == ScopeKind::Module) display_value(expr(ast::cast<ast::Expr>(s)->value));
        else expr(ast::cast<ast::Expr>(s)->value);
        break;
      case ast::NodeKind::Pass: break;
      case ast::NodeKind::Assign: assign(ast::cast<ast::Assign>(s)); break;
      case ast::NodeKind::AugAssign: aug_assign(ast::cast<ast::AugAssign>(s)); break;
      case ast::NodeKind::AnnAssign: annotated_assignment(ast::cast<ast::AnnAssign>(s)); break;
      case ast::NodeKind::Return: return_statement(ast::cast<ast::Return>(s)); break;
      case ast::NodeKind::If: if_statement(ast::cast<ast::If>(s)); break;
      case ast::NodeKind::While: while_statement(ast::cast<ast::While>(s)); break;
      case ast::NodeKind::For: for_statement(ast::cast<ast::For>(s)); break;
      case ast::NodeKind::Break: break_statement(); break;
      case ast::NodeKind::Continue: continue_statement(); break;
      case ast::NodeKind::FunctionDef: function_def(ast::cast<ast::FunctionDef>(s)); break;
      case ast::NodeKind::AsyncFunctionDef: function_def(ast::cast<ast::AsyncFunctionDef>(s)); break;
      case ast::NodeKind::AsyncFor: async_for_statement(ast::cast<ast::AsyncFor>(s)); break;
      case ast::NodeKind::AsyncWith: async_with_statement(ast::cast<ast::AsyncWith>(s), 0); break;
      case ast::NodeKind::Match: match_statement(ast::cast<ast::Match>(s)); break;
      case ast::NodeKind::ClassDef: class_def(ast::cast<ast::ClassDef>(s)); break;
      case ast::NodeKind::Raise: raise_statement(ast::cast<ast::Raise>(s)); break;
      case ast::NodeKind::Try: try_statement(ast::cast<ast::Try>(s)); break;
      case ast::NodeKind::TryStar: try_statement(ast::cast<ast::TryStar>(s)); break;
      case ast::NodeKind::Assert: assert_statement(ast::cast<ast::Assert>(s)); break;
      case ast::NodeKind::With: with_statement(ast::cast<ast::With>(s), 0); break;
      case ast::NodeKind::Delete:
        for (ast::expr_t* target : ast::cast<ast::Delete>(s)->targets) delete_target(target);
        break;
      case ast::NodeKind::Global:
      case ast::NodeKind::Nonlocal: break;
      case ast::NodeKind::Import: import_statement(ast::cast<ast::Import>(s)); break;
      case ast::NodeKind::ImportFrom: import_from(ast::cast<ast::ImportFrom>(s)); break;
      case ast::NodeKind::TypeAlias: type_alias_statement(ast::cast<ast::TypeAlias>(s)); break;
      default: throw Unsupported{std::string("the '") + ast::name_of(s->node_kind) + "' statement", s->loc};
    }
    next_temp_ = mark;
    loc_ = saved_loc;
  }

  void assign(const ast::Assign* a) {
    if (a->targets.size == 1) {
      int reg = local_target(a->targets[0]);
      if (reg >= 0) {
        expr(a->value, reg);
        store(a->targets[0], uint32_t(reg));
        return;
      }
    }
    uint32_t value = expr(a->value);
    // A value held in a local register must survive stores to earlier targets.
    if (a->targets.size > 1 && value < locals_.size()) {
      uint32_t copy = temp();
      emit(Opcode::MOVE, copy, value);
      value = copy;
    }
    for (ast::expr_t* target : a->targets) store(target, value);
  }

  void store(const ast::expr_t* target, uint32_t value) {
    ast::Loc saved = loc_;
    loc_ = target->loc;
    switch (target->node_kind) {
      case ast::NodeKind::Name: store_name(ast::cast<ast::Name>(target)->id, value); break;
      case ast::NodeKind::Attribute: {
        auto* attr = ast::cast<ast::Attribute>(target);
        uint32_t mark = next_temp_;
        uint32_t object = expr(attr->value);
        emit1(Opcode::STORE_ATTR, object, value, 0, name_index(mangled(attr->attr)));
        next_temp_ = mark;
        break;
      }
      case ast::NodeKind::Subscript: {
        auto* sub = ast::cast<ast::Subscript>(target);
        uint32_t mark = next_temp_;
        uint32_t container = expr(sub->value);
        uint32_t key = expr(sub->slice);
        emit(Opcode::SET_ITEM, container, key, value);
        next_temp_ = mark;
        break;
      }
      case ast::NodeKind::Tuple:
      case ast::NodeKind::List: {
        const auto& elts = target->node_kind == ast::NodeKind::Tuple ? ast::cast<ast::Tuple>(target)->elts
                                                                     : ast::cast<ast::List>(target)->elts;
        int star = -1;
        for (uint32_t i = 0; i < elts.size; ++i)
          if (elts[i]->node_kind == ast::NodeKind::Starred) star = int(i);
        uint32_t mark = next_temp_;
        uint32_t first = temps(elts.size);
        if (star < 0) {
          emit(Opcode::UNPACK_SEQUENCE, first, value, elts.size);
          for (uint32_t i = 0; i < elts.size; ++i) store(elts[i], first + i);
        } else {
          emit1(Opcode::UNPACK_STARRED, first, value, uint32_t(star), elts.size - uint32_t(star) - 1);
          for (uint32_t i = 0; i < elts.size; ++i)
            store(int(i) == star ? ast::cast<ast::Starred>(elts[i])->value : elts[i], first + i);
        }
        next_temp_ = mark;
        break;
      }
      default: throw Unsupported{"this assignment target", target->loc};
    }
    loc_ = saved;
  }

  void delete_target(const ast::expr_t* target) {
    switch (target->node_kind) {
      case ast::NodeKind::Name: {
        std::string_view name = ast::cast<ast::Name>(target)->id;
        uint32_t reg = 0;
        switch (resolve(name, &reg)) {
          case Where::Register: emit(Opcode::DELETE_LOCAL, reg); break;
          case Where::Cell:
          case Where::ClassCell:
          case Where::ClassDictGlobal: throw Unsupported{"del of a variable used by a nested function", target->loc};
          case Where::Global: emit1(Opcode::DELETE_GLOBAL, 0, 0, 0, name_index(mangled(name))); break;
          case Where::Name: emit1(Opcode::DELETE_NAME, 0, 0, 0, name_index(mangled(name))); break;
        }
        break;
      }
      case ast::NodeKind::Subscript: {
        auto* sub = ast::cast<ast::Subscript>(target);
        uint32_t container = expr(sub->value);
        uint32_t key = expr(sub->slice);
        emit(Opcode::DEL_ITEM, container, key);
        break;
      }
      case ast::NodeKind::Attribute: {
        auto* attr = ast::cast<ast::Attribute>(target);
        uint32_t object = expr(attr->value);
        emit1(Opcode::DELETE_ATTR, object, 0, 0, name_index(mangled(attr->attr)));
        break;
      }
      case ast::NodeKind::Tuple:
        for (ast::expr_t* e : ast::cast<ast::Tuple>(target)->elts) delete_target(e);
        break;
      case ast::NodeKind::List:
        for (ast::expr_t* e : ast::cast<ast::List>(target)->elts) delete_target(e);
        break;
      default: throw Unsupported{"this del target", target->loc};
    }
  }

  static BinaryOp binary_of(ast::operator_t op) {
    switch (op) {
      case ast::operator_t::Add: return BinaryOp::Add;
      case ast::operator_t::Sub: return BinaryOp::Sub;
      case ast::operator_t::Mult: return BinaryOp::Mul;
      case ast::operator_t::MatMult: return BinaryOp::MatMul;
      case ast::operator_t::Div: return BinaryOp::TrueDiv;
      case ast::operator_t::Mod: return BinaryOp::Mod;
      case ast::operator_t::Pow: return BinaryOp::Pow;
      case ast::operator_t::LShift: return BinaryOp::LShift;
      case ast::operator_t::RShift: return BinaryOp::RShift;
      case ast::operator_t::BitOr: return BinaryOp::Or;
      case ast::operator_t::BitXor: return BinaryOp::Xor;
      case ast::operator_t::BitAnd: return BinaryOp::And;
      case ast::operator_t::FloorDiv: return BinaryOp::FloorDiv;
    }
    return BinaryOp::Add;
  }

  void aug_assign(const ast::AugAssign* a) {
    BinaryOp op = binary_of(a->op);
    const ast::expr_t* target = a->target;
    if (target->node_kind == ast::NodeKind::Name) {
      int reg = local_target(target);
      uint32_t current = load_name(ast::cast<ast::Name>(target)->id, -1);
      uint32_t value = expr(a->value);
      uint32_t dst = reg >= 0 ? uint32_t(reg) : temp();
      ast::Loc saved = loc_;
      loc_ = a->loc;
      emit1(Opcode::INPLACE_OP, dst, current, value, uint32_t(op));
      loc_ = saved;
      store(target, dst);
      return;
    }
    if (target->node_kind == ast::NodeKind::Attribute) {
      auto* attr = ast::cast<ast::Attribute>(target);
      uint32_t object = expr(attr->value);
      uint32_t current = temp();
      emit1(Opcode::LOAD_ATTR, current, object, 0, name_index(mangled(attr->attr)));
      uint32_t value = expr(a->value);
      emit1(Opcode::INPLACE_OP, current, current, value, uint32_t(op));
      emit1(Opcode::STORE_ATTR, object, current, 0, name_index(mangled(attr->attr)));
      return;
    }
    if (target->node_kind == ast::NodeKind::Subscript) {
      auto* sub = ast::cast<ast::Subscript>(target);
      uint32_t container = expr(sub->value);
      uint32_t key = expr(sub->slice);
      uint32_t current = temp();
      emit(Opcode::GET_ITEM, current, container, key);
      uint32_t value = expr(a->value);
      emit1(Opcode::INPLACE_OP, current, current, value, uint32_t(op));
      emit(Opcode::SET_ITEM, container, key, current);
      return;
    }
    throw Unsupported{"this augmented assignment target", target->loc};
  }

  // Runs what break/continue/return must undo on the way out, innermost first, down to
  // `depth` entries.
  void unwind_fblocks(size_t depth, bool for_return) {
    for (size_t i = fblocks_.size(); i-- > depth;) {
      FBlock block = fblocks_[i];
      if (block.kind == FBlock::Handler) {
        emit(Opcode::EXIT_HANDLER, block.saved_register);
      } else if (block.kind == FBlock::With) {
        emit(Opcode::WITH_EXIT, block.saved_register);
      } else if (block.kind == FBlock::AsyncWith) {
        await_aexit(block.saved_register, 0, false);
      } else if (block.kind == FBlock::Finally) {
        // The finally body runs with this block popped (a return inside it leaves directly).
        std::vector<FBlock> saved(fblocks_.begin() + long(i), fblocks_.end());
        fblocks_.resize(i);
        statements(*block.finalbody);
        fblocks_.insert(fblocks_.end(), saved.begin(), saved.end());
      }
      (void)for_return;
    }
  }

  void return_statement(const ast::Return* r) {
    if (scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class) throw Unsupported{"return outside function", r->loc};
    uint32_t value;
    if (r->value != nullptr) value = expr(r->value);
    else {
      value = temp();
      load_const(value, Value::none());
    }
    if (!fblocks_.empty()) {
      // Keep the value in a temporary while finally bodies run.
      uint32_t kept = temp();
      emit(Opcode::MOVE, kept, value);
      unwind_fblocks(0, true);
      value = kept;
    }
    emit(Opcode::RETURN, value);
  }

  void break_statement() {
    if (loops_.empty()) throw Unsupported{"'break' outside loop", loc_};
    unwind_fblocks(loops_.back().fblock_depth, false);
    loops_.back().break_patches.push_back(emit_jump(Opcode::JUMP));
  }

  void continue_statement() {
    if (loops_.empty()) throw Unsupported{"'continue' not properly in loop", loc_};
    unwind_fblocks(loops_.back().fblock_depth, false);
    emit1(Opcode::JUMP, 0, 0, 0, loops_.back().continue_target);
  }

  // Jumps to the returned patch location when `test` is false (or true when `when_true`).
  uint32_t jump_unless(const ast::expr_t* test, bool when_true) {
    uint32_t mark = next_temp_;
    uint32_t cond = expr(test);
    next_temp_ = mark;
    return emit_jump(when_true ? Opcode::JUMP_IF_TRUE : Opcode::JUMP_IF_FALSE, cond);
  }

  void if_statement(const ast::If* s) {
    uint32_t to_else = jump_unless(s->test, false);
    std::vector<bool> before = assigned_;
    statements(s->body);
    if (s->orelse.empty()) {
      patch(to_else, here());
    } else {
      uint32_t to_end = emit_jump(Opcode::JUMP);
      patch(to_else, here());
      assigned_ = before;
      statements(s->orelse);
      patch(to_end, here());
    }
    assigned_ = before;
  }

  void while_statement(const ast::While* s) {
    std::vector<bool> before = assigned_;
    uint32_t top = here();
    uint32_t to_exit = jump_unless(s->test, false);
    loops_.push_back(LoopLabels{top, {}, fblocks_.size()});
    fblocks_.push_back(FBlock{FBlock::Loop});
    statements(s->body);
    emit1(Opcode::JUMP, 0, 0, 0, top);
    fblocks_.pop_back();
    LoopLabels labels = loops_.back();
    loops_.pop_back();
    patch(to_exit, here());
    assigned_ = before;
    statements(s->orelse);
    for (uint32_t at : labels.break_patches) patch(at, here());
    assigned_ = before;
  }

  void for_statement(const ast::For* s) {
    std::vector<bool> before = assigned_;
    uint32_t iterable = expr(s->iter);
    uint32_t iterator = temp();
    emit(Opcode::GET_ITER, iterator, iterable);
    uint32_t top = here();
    int direct = local_target(s->target);
    uint32_t item = direct >= 0 ? uint32_t(direct) : temp();
    uint32_t to_exit = emit_jump(Opcode::FOR_ITER, item, iterator);
    store(s->target, item);
    loops_.push_back(LoopLabels{top, {}, fblocks_.size()});
    fblocks_.push_back(FBlock{FBlock::Loop});
    statements(s->body);
    emit1(Opcode::JUMP, 0, 0, 0, top);
    fblocks_.pop_back();
    LoopLabels labels = loops_.back();
    loops_.pop_back();
    patch(to_exit, here());
    assigned_ = before;
    statements(s->orelse);
    for (uint32_t at : labels.break_patches) patch(at, here());
    assigned_ = before;
  }

  void raise_statement(const ast::Raise* r) {
    if (r->exc == nullptr) {
      emit(Opcode::RAISE, 0, 0, 0);
      return;
    }
    uint32_t exc = expr(r->exc);
    if (r->cause != nullptr) {
      uint32_t cause = expr(r->cause);
      emit(Opcode::RAISE, exc, cause, 2);
    } else {
      emit(Opcode::RAISE, exc, 0, 1);
    }
  }

  void assert_statement(const ast::Assert* a) {
    uint32_t to_end = jump_unless(a->test, true);
    uint32_t callable = temp();
    emit(Opcode::LOAD_ASSERTION_ERROR, callable);
    uint32_t nargs = 0;
    if (a->msg != nullptr) {
      uint32_t arg = temp();
      expr(a->msg, int(arg));
      nargs = 1;
    }
    emit(Opcode::CALL, callable, callable, nargs);
    emit(Opcode::RAISE, callable, 0, 1);
    patch(to_end, here());
  }

  // with A as a, B as b: body  ==  with A as a: (with B as b: body)
  void with_statement(const ast::With* w, uint32_t item_index) {
    if (item_index == w->items.size) {
      statements(w->body);
      return;
    }
    ast::withitem_t* item = w->items[item_index];
    uint32_t manager = expr(item->context_expr);
    uint32_t base = temps(2);  // bound __exit__, the value __enter__ returned
    emit(Opcode::BEFORE_WITH, base, manager);
    uint32_t exc = temp();
    uint32_t saved = temp();
    std::vector<bool> before = assigned_;
    uint32_t body_start = here();
    if (item->optional_vars != nullptr) store(item->optional_vars, base + 1);
    fblocks_.push_back(FBlock{FBlock::With, base});
    with_statement(w, item_index + 1);
    fblocks_.pop_back();
    uint32_t body_end = here();
    emit(Opcode::WITH_EXIT, base);
    uint32_t to_end = emit_jump(Opcode::JUMP);
    // An exception in the body: __exit__(type, value, None) decides whether it propagates.
    uint32_t handler = here();
    add_handler(body_start, body_end, handler, exc);
    emit(Opcode::ENTER_HANDLER, saved, exc);
    uint32_t cleanup_start = here();
    uint32_t suppress = temp();
    emit(Opcode::WITH_EXCEPT, suppress, base, exc);
    uint32_t to_reraise = emit_jump(Opcode::JUMP_IF_FALSE, suppress);
    emit(Opcode::EXIT_HANDLER, saved);
    uint32_t to_end_suppressed = emit_jump(Opcode::JUMP);
    patch(to_reraise, here());
    emit(Opcode::RERAISE, exc);
    uint32_t cleanup_end = here();
    uint32_t exc2 = temp();
    uint32_t cleanup = here();
    add_handler(cleanup_start, cleanup_end, cleanup, exc2);
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc2);
    patch(to_end, here());
    patch(to_end_suppressed, here());
    assigned_ = before;
  }

  // ------------------------------------------------------------ match (codegen_match.cpp)

  class MatchAdapter : public MatchEmitter {
   public:
    explicit MatchAdapter(CodeUnit& unit) : u_(unit) {}
    Thread& thread() override { return u_.thread_; }
    uint32_t temp() override { return u_.temp(); }
    uint32_t next_temp() const override { return u_.next_temp_; }
    void reset_temps(uint32_t mark) override { u_.next_temp_ = mark; }
    uint32_t here() const override { return u_.here(); }
    void emit(Opcode op, uint32_t a, uint32_t b, uint32_t c) override { u_.emit(op, a, b, c); }
    void emit1(Opcode op, uint32_t a, uint32_t b, uint32_t c, uint32_t extra) override { u_.emit1(op, a, b, c, extra); }
    uint32_t emit_jump(Opcode op, uint32_t a) override { return u_.emit_jump(op, a); }
    void patch(uint32_t at, uint32_t target) override { u_.patch(at, target); }
    uint32_t constant(Value value) override { return u_.constant(value); }
    void load_constant_value(uint32_t dst, const ast::ConstantValue& value, ast::Loc loc) override {
      u_.load_const(dst, u_.constant_value(value, loc));
    }
    uint32_t expression(const ast::expr_t* e, int dst) override { return u_.expr(e, dst); }
    void store_name(std::string_view name, uint32_t src) override { u_.store_name(name, src); }
    void body(const ast::Seq<ast::stmt_t*>& statements) override { u_.statements(statements); }
    void set_location(ast::Loc loc) override { u_.loc_ = loc; }
    ast::Loc location() const override { return u_.loc_; }
    std::vector<bool> bound_locals() const override { return u_.assigned_; }
    void restore_bound_locals(const std::vector<bool>& bound) override { u_.assigned_ = bound; }

   private:
    CodeUnit& u_;
  };

  void match_statement(const ast::Match* m) {
    MatchAdapter adapter(*this);
    compile_match(adapter, m);
  }

  // ------------------------------------------------------------ async for / async with

  // The head of an async for loop over `aiterator`: awaits __anext__() into `item`; returns
  // the patch location of the exit (taken on StopAsyncIteration); *top is where the next
  // iteration starts.
  uint32_t async_for_head(uint32_t aiterator, uint32_t item, uint32_t* top) {
    *top = here();
    uint32_t awaitable = temp();
    uint32_t start = here();
    emit(Opcode::GET_ANEXT, awaitable, aiterator);
    emit(Opcode::YIELD_FROM, item, awaitable);
    uint32_t end = here();
    uint32_t to_body = emit_jump(Opcode::JUMP);
    uint32_t exception = temp();
    add_handler(start, end, here(), exception);
    uint32_t to_exit = emit_jump(Opcode::END_ASYNC_FOR, exception);
    patch(to_body, here());
    return to_exit;
  }

  void async_for_statement(const ast::AsyncFor* s) {
    std::vector<bool> before = assigned_;
    uint32_t iterable = expr(s->iter);
    uint32_t aiterator = temp();
    emit(Opcode::GET_AITER, aiterator, iterable);
    uint32_t item = temp();
    uint32_t top = 0;
    uint32_t to_exit = async_for_head(aiterator, item, &top);
    store(s->target, item);
    loops_.push_back(LoopLabels{top, {}, fblocks_.size()});
    fblocks_.push_back(FBlock{FBlock::Loop});
    statements(s->body);
    emit1(Opcode::JUMP, 0, 0, 0, top);
    fblocks_.pop_back();
    LoopLabels labels = loops_.back();
    loops_.pop_back();
    patch(to_exit, here());
    assigned_ = before;
    statements(s->orelse);
    for (uint32_t at : labels.break_patches) patch(at, here());
    assigned_ = before;
  }

  // await __aexit__(None, None, None) (or with the exception in `exception`), result in a temp.
  uint32_t await_aexit(uint32_t exit, uint32_t exception, bool has_exception) {
    uint32_t result = temp();
    emit1(Opcode::CALL_AEXIT, result, exit, exception, has_exception ? 1 : 0);
    emit(Opcode::GET_AWAITABLE, result, result, 2);
    emit(Opcode::YIELD_FROM, result, result);
    return result;
  }

  // async with A as a, B as b: body  ==  async with A as a: (async with B as b: body)
  void async_with_statement(const ast::AsyncWith* w, uint32_t item_index) {
    if (item_index == w->items.size) {
      statements(w->body);
      return;
    }
    ast::withitem_t* item = w->items[item_index];
    uint32_t manager = expr(item->context_expr);
    uint32_t base = temps(2);  // bound __aexit__, then what __aenter__() returned (awaited)
    emit(Opcode::BEFORE_ASYNC_WITH, base, manager);
    emit(Opcode::GET_AWAITABLE, base + 1, base + 1, 1);
    emit(Opcode::YIELD_FROM, base + 1, base + 1);
    uint32_t exc = temp();
    uint32_t saved = temp();
    std::vector<bool> before = assigned_;
    uint32_t body_start = here();
    if (item->optional_vars != nullptr) store(item->optional_vars, base + 1);
    fblocks_.push_back(FBlock{FBlock::AsyncWith, base});
    async_with_statement(w, item_index + 1);
    fblocks_.pop_back();
    uint32_t body_end = here();
    uint32_t mark = next_temp_;
    await_aexit(base, 0, false);
    next_temp_ = mark;
    uint32_t to_end = emit_jump(Opcode::JUMP);
    // An exception in the body: await __aexit__(type, value, None) decides whether it propagates.
    uint32_t handler = here();
    add_handler(body_start, body_end, handler, exc);
    emit(Opcode::ENTER_HANDLER, saved, exc);
    uint32_t cleanup_start = here();
    uint32_t suppress = await_aexit(base, exc, true);
    uint32_t to_reraise = emit_jump(Opcode::JUMP_IF_FALSE, suppress);
    emit(Opcode::EXIT_HANDLER, saved);
    uint32_t to_end_suppressed = emit_jump(Opcode::JUMP);
    patch(to_reraise, here());
    emit(Opcode::RERAISE, exc);
    uint32_t cleanup_end = here();
    uint32_t exc2 = temp();
    uint32_t cleanup = here();
    add_handler(cleanup_start, cleanup_end, cleanup, exc2);
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc2);
    patch(to_end, here());
    patch(to_end_suppressed, here());
    assigned_ = before;
  }

  void import_statement(const ast::Import* node) {
    for (ast::alias_t* alias : node->names) {
      uint32_t module = temp();
      bool bind_top = ast::is_none(alias->asname);
      emit1(Opcode::IMPORT_NAME, module, bind_top ? 1 : 0, 0, constant(thread_.interp().intern(alias->name)));
      std::string_view bound = bind_top ? alias->name.substr(0, alias->name.find('.')) : alias->asname;
      store_name(bound, module);
    }
  }

  void import_from(const ast::ImportFrom* node) {
    if (node->module == "__future__" && node->level == 0) return;  // compile-time only (parse_future_features)
    uint32_t module = temp();
    std::string_view module_name = ast::is_none(node->module) ? std::string_view() : std::string_view(node->module);
    emit1(Opcode::IMPORT_NAME, module, 0, uint32_t(node->level), constant(thread_.interp().intern(module_name)));
    for (ast::alias_t* alias : node->names) {
      if (alias->name == "*") {
        emit(Opcode::IMPORT_STAR, module);
        return;
      }
      uint32_t value = temp();
      emit1(Opcode::IMPORT_FROM, value, module, 0, name_index(alias->name));
      store_name(ast::is_none(alias->asname) ? alias->name : alias->asname, value);
    }
  }

  void add_handler(uint32_t start, uint32_t end, uint32_t target, uint32_t exception_register) {
    if (start < end) code_->handlers.push_back(ExceptionHandler{start, end, target, exception_register});
  }

  template <class TryNode>  // ast::Try or ast::TryStar
  void try_statement(const TryNode* t) {
    if (!t->finalbody.empty()) {
      try_finally(t);
      return;
    }
    try_except(t);
  }

  template <class TryNode>
  void try_finally(const TryNode* t) {
    uint32_t exc = temp();
    uint32_t saved = temp();
    std::vector<bool> before = assigned_;
    uint32_t body_start = here();
    fblocks_.push_back(FBlock{FBlock::Finally, 0, &t->finalbody});
    if (!t->handlers.empty()) try_except(t);
    else statements(t->body);
    fblocks_.pop_back();
    uint32_t body_end = here();
    assigned_ = before;
    statements(t->finalbody);
    uint32_t to_end = emit_jump(Opcode::JUMP);
    // Exceptional path: run the finally body with the exception as the handled one, re-raise.
    uint32_t handler = here();
    add_handler(body_start, body_end, handler, exc);
    emit(Opcode::ENTER_HANDLER, saved, exc);
    uint32_t cleanup_start = here();
    fblocks_.push_back(FBlock{FBlock::Handler, saved});
    assigned_ = before;
    statements(t->finalbody);
    fblocks_.pop_back();
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc);
    uint32_t cleanup_end = here();
    uint32_t exc2 = temp();
    uint32_t cleanup = here();
    add_handler(cleanup_start, cleanup_end, cleanup, exc2);
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc2);
    patch(to_end, here());
    assigned_ = before;
  }

  void try_except(const ast::Try* t) {
    uint32_t exc = temp();
    uint32_t saved = temp();
    std::vector<bool> before = assigned_;
    uint32_t body_start = here();
    statements(t->body);
    uint32_t body_end = here();
    assigned_ = before;
    statements(t->orelse);
    std::vector<uint32_t> to_end{emit_jump(Opcode::JUMP)};
    uint32_t handler = here();
    add_handler(body_start, body_end, handler, exc);
    emit(Opcode::ENTER_HANDLER, saved, exc);
    uint32_t handlers_start = here();
    fblocks_.push_back(FBlock{FBlock::Handler, saved});
    for (ast::excepthandler_t* h : t->handlers) {
      auto* clause = ast::cast<ast::ExceptHandler>(h);
      ast::Loc saved_loc = loc_;
      loc_ = clause->loc;
      uint32_t to_next = 0;
      bool has_test = clause->type != nullptr;
      if (has_test) {
        uint32_t mark = next_temp_;
        uint32_t type = expr(clause->type);
        uint32_t matched = temp();
        emit(Opcode::CHECK_EXC_MATCH, matched, exc, type);
        next_temp_ = mark;
        to_next = emit_jump(Opcode::JUMP_IF_FALSE, matched);
      }
      assigned_ = before;
      if (!ast::is_none(clause->name)) store_name(clause->name, exc);
      statements(clause->body);
      if (!ast::is_none(clause->name)) {
        uint32_t none = temp();
        load_const(none, Value::none());
        store_name(clause->name, none);
        ast::Name target;
        target.id = clause->name;
        target.ctx = ast::expr_context_t::Del;
        target.loc = clause->loc;
        delete_target(&target);
      }
      emit(Opcode::EXIT_HANDLER, saved);
      to_end.push_back(emit_jump(Opcode::JUMP));
      if (has_test) patch(to_next, here());
      loc_ = saved_loc;
    }
    fblocks_.pop_back();
    emit(Opcode::RERAISE, exc);
    uint32_t handlers_end = here();
    uint32_t exc2 = temp();
    uint32_t cleanup = here();
    add_handler(handlers_start, handlers_end, cleanup, exc2);
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc2);
    for (uint32_t at : to_end) patch(at, here());
    assigned_ = before;
  }

  // ------------------------------------------------------------ except* (PEP 654)
  //
  // The clauses split the exception in turn (CHECK_EG_MATCH: the matching part and the rest);
  // each handler runs with its part as the handled exception, and an exception raised in it
  // is collected in a list; PREP_RERAISE_STAR then combines the collected exceptions and
  // the unhandled rest into what is re-raised (None: everything was handled).
  void try_except(const ast::TryStar* t) {
    uint32_t exc = temp();
    uint32_t saved = temp();
    std::vector<bool> before = assigned_;
    uint32_t body_start = here();
    statements(t->body);
    uint32_t body_end = here();
    assigned_ = before;
    statements(t->orelse);
    std::vector<uint32_t> to_end{emit_jump(Opcode::JUMP)};
    uint32_t handler = here();
    add_handler(body_start, body_end, handler, exc);
    emit(Opcode::ENTER_HANDLER, saved, exc);
    uint32_t handlers_start = here();
    fblocks_.push_back(FBlock{FBlock::Handler, saved});
    uint32_t raised = temp();
    emit(Opcode::BUILD_LIST, raised, 0, 0);
    uint32_t rest = temp();
    emit(Opcode::MOVE, rest, exc);
    uint32_t parts = temps(2);  // the clause's match, the new rest
    uint32_t none = temp();
    load_const(none, Value::none());
    for (ast::excepthandler_t* h : t->handlers) {
      auto* clause = ast::cast<ast::ExceptHandler>(h);
      ast::Loc saved_loc = loc_;
      loc_ = clause->loc;
      uint32_t mark = next_temp_;
      uint32_t type = expr(clause->type);
      emit(Opcode::CHECK_EG_MATCH, parts, rest, type);
      next_temp_ = mark;
      emit(Opcode::MOVE, rest, parts + 1);
      uint32_t unmatched = temp();
      emit(Opcode::IS, unmatched, parts, none);
      uint32_t to_next = emit_jump(Opcode::JUMP_IF_TRUE, unmatched);
      // The handler body: its part is the handled exception; what it raises is collected.
      uint32_t handler_saved = temp();
      uint32_t raised_here = temp();
      emit(Opcode::ENTER_HANDLER, handler_saved, parts);
      assigned_ = before;
      uint32_t clause_start = here();
      if (!ast::is_none(clause->name)) store_name(clause->name, parts);
      statements(clause->body);
      uint32_t clause_end = here();
      emit(Opcode::EXIT_HANDLER, handler_saved);
      clear_handler_name(clause);
      uint32_t to_after = emit_jump(Opcode::JUMP);
      add_handler(clause_start, clause_end, here(), raised_here);
      emit(Opcode::EXIT_HANDLER, handler_saved);
      emit(Opcode::LIST_APPEND, raised, raised_here);
      clear_handler_name(clause);
      patch(to_after, here());
      patch(to_next, here());
      next_temp_ = mark;
      loc_ = saved_loc;
    }
    fblocks_.pop_back();
    emit(Opcode::LIST_APPEND, raised, rest);
    uint32_t result = temp();
    emit(Opcode::PREP_RERAISE_STAR, result, exc, raised);
    uint32_t reraise = temp();
    emit(Opcode::IS, reraise, result, none);
    uint32_t to_reraise = emit_jump(Opcode::JUMP_IF_FALSE, reraise);
    emit(Opcode::EXIT_HANDLER, saved);
    to_end.push_back(emit_jump(Opcode::JUMP));
    patch(to_reraise, here());
    emit(Opcode::RERAISE, result);
    uint32_t handlers_end = here();
    uint32_t exc2 = temp();
    uint32_t cleanup = here();
    add_handler(handlers_start, handlers_end, cleanup, exc2);
    emit(Opcode::EXIT_HANDLER, saved);
    emit(Opcode::RERAISE, exc2);
    for (uint32_t at : to_end) patch(at, here());
    assigned_ = before;
  }

  // `except* T as name`: the name is unbound when the handler ends (name = None; del name).
  void clear_handler_name(const ast::ExceptHandler* clause) {
    if (ast::is_none(clause->name)) return;
    uint32_t none = temp();
    load_const(none, Value::none());
    store_name(clause->name, none);
    ast::Name target;
    target.id = clause->name;
    target.ctx = ast::expr_context_t::Del;
    target.loc = clause->loc;
    delete_target(&target);
  }

  std::string child_qualname(std::string_view name) {
    if (scope_->kind == ScopeKind::TypeParams) return qualname_;  // transparent: its def/class keeps the name
    if (scope_->kind == ScopeKind::Module) return std::string(name);
    if (scope_->kind == ScopeKind::Class) return qualname_ + "." + std::string(name);
    return qualname_ + ".<locals>." + std::string(name);
  }

  // Evaluates decorators into consecutive temporaries; returns the first.
  uint32_t decorators(const ast::Seq<ast::expr_t*>& list) {
    uint32_t first = next_temp_;
    for (ast::expr_t* d : list) expr(d, int(temp()));
    return first;
  }

  void apply_decorators(const ast::Seq<ast::expr_t*>& list, uint32_t first, uint32_t value) {
    for (uint32_t i = list.size; i-- > 0;) {
      uint32_t base = temps(2);
      emit(Opcode::MOVE, base, first + i);
      emit(Opcode::MOVE, base + 1, value);
      emit(Opcode::CALL, value, base, 1);
    }
  }

  // Creates a function from `code` in `dst`: defaults, keyword defaults and the closure cells
  // go in three consecutive registers (MAKE_FUNCTION's extras).
  void make_function(const ast::arguments_t* args, CodeObject* code, uint32_t dst, int defaults_reg = -1,
                     int kwdefaults_reg = -1) {
    uint32_t mark = next_temp_;
    uint32_t flags = 0;
    uint32_t base = temps(3);
    if (defaults_reg >= 0) {
      emit(Opcode::MOVE, base, uint32_t(defaults_reg));
      flags |= 1;
    } else if (args != nullptr && !args->defaults.empty()) {
      uint32_t first = temps(args->defaults.size);
      for (uint32_t i = 0; i < args->defaults.size; ++i) expr(args->defaults[i], int(first + i));
      emit(Opcode::BUILD_TUPLE, base, first, args->defaults.size);
      next_temp_ = base + 3;
      flags |= 1;
    }
    size_t kw_count = 0;
    if (args != nullptr)
      for (ast::expr_t* d : args->kw_defaults) kw_count += d != nullptr;
    if (kwdefaults_reg >= 0) {
      emit(Opcode::MOVE, base + 1, uint32_t(kwdefaults_reg));
      flags |= 2;
    } else if (kw_count != 0) {
      uint32_t pairs = temps(uint32_t(kw_count * 2));
      uint32_t at = pairs;
      for (uint32_t i = 0; i < args->kwonlyargs.size; ++i) {
        if (args->kw_defaults[i] == nullptr) continue;
        load_const(at, thread_.interp().intern(args->kwonlyargs[i]->arg));
        expr(args->kw_defaults[i], int(at + 1));
        at += 2;
      }
      emit(Opcode::BUILD_DICT, base + 1, pairs, uint32_t(kw_count));
      next_temp_ = base + 3;
      flags |= 2;
    }
    if (!code->free_names.empty()) {
      uint32_t first = temps(uint32_t(code->free_names.size()));
      for (size_t i = 0; i < code->free_names.size(); ++i) {
        std::string_view name = static_cast<StrObject*>(code->free_names[i].as_object())->view();
        uint32_t reg = 0;
        if (resolve_unmangled(name, &reg) != Where::Cell) throw Unsupported{"this closure", loc_};
        emit(Opcode::MOVE, first + uint32_t(i), reg);
      }
      emit(Opcode::BUILD_TUPLE, base + 2, first, uint32_t(code->free_names.size()));
      flags |= 4;
    }
    emit1(Opcode::MAKE_FUNCTION, dst, base, flags, constant(to_value(code)));
    next_temp_ = mark;
  }

  // Names in code objects are already mangled: resolve them as they are.
  Where resolve_unmangled(std::string_view name, uint32_t* reg) {
    for (auto it = comprehension_names_.rbegin(); it != comprehension_names_.rend(); ++it) {
      auto found = it->find(name);
      if (found != it->end() && comprehension_cells_.count(found->second)) {
        *reg = found->second;
        return Where::Cell;
      }
    }
    if (name == "__class__" && class_cell_ >= 0) {
      *reg = uint32_t(class_cell_);
      return Where::Cell;
    }
    if (name == "__classdict__" && locals_.count(name)) {  // PEP 695 annotation scopes in a class
      *reg = locals_.at(name);
      return Where::Cell;
    }
    NameScope where = scope_->scope_of(name);
    const Symbol* symbol = scope_->lookup(name);
    bool passed_through = scope_->kind == ScopeKind::Class && symbol != nullptr && (symbol->flags & kDefFreeClass);
    if ((where == NameScope::Free || where == NameScope::Cell || passed_through) && locals_.count(name)) {
      *reg = locals_.at(name);
      return Where::Cell;
    }
    return Where::Global;
  }

  template <class Def>  // FunctionDef or AsyncFunctionDef
  void function_def(const Def* f) {
    if (!f->type_params.empty()) {
      generic_function_def(f);
      return;
    }
    uint32_t first_decorator = decorators(f->decorator_list);
    const Scope* child = table_.scope_of(f);
    CodeUnit unit(thread_, table_, child, this, child_qualname(f->name), filename_);
    CodeObject* code = unit.compile_function(f->args, &f->body, nullptr, f->name);
    code->first_line = f->loc.lineno;
    uint32_t function = temp();
    make_function(f->args, code, function);
    function_annotations(f->args, f->returns, function);
    apply_decorators(f->decorator_list, first_decorator, function);
    store_name(f->name, function);
  }

  void class_def(const ast::ClassDef* c) {
    if (!c->type_params.empty()) {
      generic_class_def(c);
      return;
    }
    uint32_t first_decorator = decorators(c->decorator_list);
    const Scope* child = table_.scope_of(c);
    CodeUnit unit(thread_, table_, child, this, child_qualname(c->name), filename_);
    CodeObject* code = unit.compile_class_body(c);
    code->first_line = c->loc.lineno;
    uint32_t base = temps(3 + c->bases.size + c->keywords.size);
    emit(Opcode::LOAD_BUILD_CLASS, base);
    make_function(nullptr, code, base + 1);
    load_const(base + 2, thread_.interp().intern(c->name));
    for (uint32_t i = 0; i < c->bases.size; ++i) {
      if (c->bases[i]->node_kind == ast::NodeKind::Starred) throw Unsupported{"*bases", c->loc};
      expr(c->bases[i], int(base + 3 + i));
    }
    for (uint32_t i = 0; i < c->keywords.size; ++i) {
      if (ast::is_none(c->keywords[i]->arg)) throw Unsupported{"**keywords in a class definition", c->loc};
      expr(c->keywords[i]->value, int(base + 3 + c->bases.size + i));
    }
    if (c->keywords.empty()) {
      emit(Opcode::CALL, base, base, 2 + c->bases.size);
    } else {
      TupleObject* names = tuple_new(thread_, c->keywords.size);
      for (uint32_t i = 0; i < c->keywords.size; ++i) names->items[i] = thread_.interp().intern(c->keywords[i]->arg);
      emit1(Opcode::CALL_KW, base, base, 2 + c->bases.size + c->keywords.size, constant(to_value(names)));
    }
    apply_decorators(c->decorator_list, first_decorator, base);
    store_name(c->name, base);
  }

  // ------------------------------------------------------------ annotations (PEP 526, 563)
#include "compiler/codegen_annotations.inc"

  // ------------------------------------------------------------ PEP 695 generics
#include "compiler/codegen_generics.inc"

  // ------------------------------------------------------------ expressions

  uint32_t out(int dst) { return dst >= 0 ? uint32_t(dst) : temp(); }

  Value constant_value(const ast::ConstantValue& c, ast::Loc loc) {
    switch (c.kind) {
      case ast::ConstantValue::Kind::None: return Value::none();
      case ast::ConstantValue::Kind::True: return Value::true_();
      case ast::ConstantValue::Kind::False: return Value::false_();
      case ast::ConstantValue::Kind::Ellipsis: return Value::ellipsis();
      case ast::ConstantValue::Kind::Int: return int_from_i64(thread_, c.int_value);
      case ast::ConstantValue::Kind::BigInt: {
        std::string digits(c.text);
        mpz_t m;
        mpz_init_set_str(m, digits.c_str(), 10);
        Value v = int_from_mpz(thread_, m);
        mpz_clear(m);
        return v;
      }
      case ast::ConstantValue::Kind::Float: return Value::from_double(c.float_value);
      case ast::ConstantValue::Kind::Str: return thread_.interp().intern(c.text);
      case ast::ConstantValue::Kind::Complex: throw Unsupported{"complex numbers", loc};
      case ast::ConstantValue::Kind::Bytes: throw Unsupported{"bytes", loc};
    }
    return Value::none();
  }

  // Compiles `e`; the result is in the returned register (== dst when dst >= 0).
  uint32_t expr(const ast::expr_t* e, int dst = -1) {
    ast::Loc saved = loc_;
    SourceRange::Anchor saved_anchor = anchor_;
    int saved_column = anchor_column_;
    loc_ = e->loc;
    anchor_ = SourceRange::Anchor::None;
    uint32_t result = expr_inner(e, dst);
    loc_ = saved;
    anchor_ = saved_anchor;
    anchor_column_ = saved_column;
    return result;
  }

  // Marks the instructions emitted next with a traceback anchor (set after the operands,
  // whose own instructions carry their own locations).
  void set_anchor(SourceRange::Anchor anchor, const ast::expr_t* left) {
    anchor_ = anchor;
    anchor_column_ = left->loc.end_lineno == loc_.lineno ? left->loc.end_col_offset : -1;
  }

  uint32_t binary(Opcode op, const ast::expr_t* left, const ast::expr_t* right, int dst, uint32_t extra, bool has_extra) {
    uint32_t mark = next_temp_;
    uint32_t l = expr(left);
    uint32_t r = expr(right);
    next_temp_ = mark;
    set_anchor(SourceRange::Anchor::BinaryOperator, left);
    uint32_t target = out(dst);
    if (has_extra) emit1(op, target, l, r, extra);
    else emit(op, target, l, r);
    if (op == Opcode::BINARY_OP) code_->instructions.back() = bytecode::kWarmupCount;  // its cache word
    return target;
  }

  uint32_t expr_inner(const ast::expr_t* e, int dst) {
    switch (e->node_kind) {
      case ast::NodeKind::Constant: {
        uint32_t target = out(dst);
        load_const(target, constant_value(ast::cast<ast::Constant>(e)->value, e->loc));
        return target;
      }
      case ast::NodeKind::Name: return load_name(ast::cast<ast::Name>(e)->id, dst);
      case ast::NodeKind::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        BinaryOp op = binary_of(b->op);
        if (op == BinaryOp::Add) return binary(Opcode::ADD, b->left, b->right, dst, 0, false);
        if (op == BinaryOp::Sub) return binary(Opcode::SUB, b->left, b->right, dst, 0, false);
        if (op == BinaryOp::Mul) return binary(Opcode::MUL, b->left, b->right, dst, 0, false);
        return binary(Opcode::BINARY_OP, b->left, b->right, dst, uint32_t(op), true);
      }
      case ast::NodeKind::UnaryOp: {
        auto* u = ast::cast<ast::UnaryOp>(e);
        uint32_t mark = next_temp_;
        uint32_t operand = expr(u->operand);
        next_temp_ = mark;
        uint32_t target = out(dst);
        Opcode op = u->op == ast::unaryop_t::Not ? Opcode::UNARY_NOT
                    : u->op == ast::unaryop_t::USub ? Opcode::UNARY_NEGATIVE
                    : u->op == ast::unaryop_t::UAdd ? Opcode::UNARY_POSITIVE
                                                    : Opcode::UNARY_INVERT;
        emit(op, target, operand);
        return target;
      }
      case ast::NodeKind::BoolOp: {
        auto* b = ast::cast<ast::BoolOp>(e);
        uint32_t target = dst >= 0 && uint32_t(dst) >= locals_.size() ? uint32_t(dst) : temp();
        std::vector<uint32_t> to_end;
        for (uint32_t i = 0; i < b->values.size; ++i) {
          expr(b->values[i], int(target));
          if (i + 1 < b->values.size)
            to_end.push_back(emit_jump(b->op == ast::boolop_t::And ? Opcode::JUMP_IF_FALSE : Opcode::JUMP_IF_TRUE, target));
        }
        for (uint32_t at : to_end) patch(at, here());
        if (dst >= 0 && uint32_t(dst) != target) emit(Opcode::MOVE, uint32_t(dst), target);
        return dst >= 0 ? uint32_t(dst) : target;
      }
      case ast::NodeKind::Compare: return compare(ast::cast<ast::Compare>(e), dst);
      case ast::NodeKind::IfExp: {
        auto* x = ast::cast<ast::IfExp>(e);
        uint32_t target = dst >= 0 && uint32_t(dst) >= locals_.size() ? uint32_t(dst) : temp();
        uint32_t to_else = jump_unless(x->test, false);
        expr(x->body, int(target));
        uint32_t to_end = emit_jump(Opcode::JUMP);
        patch(to_else, here());
        expr(x->orelse, int(target));
        patch(to_end, here());
        if (dst >= 0 && uint32_t(dst) != target) emit(Opcode::MOVE, uint32_t(dst), target);
        return dst >= 0 ? uint32_t(dst) : target;
      }
      case ast::NodeKind::Call: return call(ast::cast<ast::Call>(e), dst);
      case ast::NodeKind::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        uint32_t mark = next_temp_;
        uint32_t object = expr(a->value);
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit1(Opcode::LOAD_ATTR, target, object, 0, name_index(mangled(a->attr)));
        return target;
      }
      case ast::NodeKind::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        uint32_t mark = next_temp_;
        uint32_t container = expr(s->value);
        uint32_t key = expr(s->slice);
        next_temp_ = mark;
        uint32_t target = out(dst);
        set_anchor(SourceRange::Anchor::Subscript, s->value);
        emit(Opcode::GET_ITEM, target, container, key);
        return target;
      }
      case ast::NodeKind::List:
      case ast::NodeKind::Tuple: {
        const auto& elts = e->node_kind == ast::NodeKind::List ? ast::cast<ast::List>(e)->elts : ast::cast<ast::Tuple>(e)->elts;
        bool starred = elts.size > kLargeDisplay;  // big displays are built item by item too
        for (ast::expr_t* item : elts) starred |= item->node_kind == ast::NodeKind::Starred;
        if (starred) {
          // [a, *b, c]: build a list item by item, extending with the starred iterables.
          uint32_t mark = next_temp_;
          uint32_t list = temp();
          emit(Opcode::BUILD_LIST, list, 0, 0);
          for (ast::expr_t* item : elts) {
            uint32_t inner = next_temp_;
            if (auto* star = ast::dyn_cast<ast::Starred>(item)) {
              uint32_t iterable = expr(star->value);
              emit(Opcode::LIST_EXTEND, list, iterable);
            } else {
              uint32_t value = expr(item);
              emit(Opcode::LIST_APPEND, list, value);
            }
            next_temp_ = inner;
          }
          next_temp_ = mark;
          uint32_t target = out(dst);
          if (e->node_kind == ast::NodeKind::Tuple) emit(Opcode::LIST_TO_TUPLE, target, list);
          else if (target != list) emit(Opcode::MOVE, target, list);
          return target;
        }
        uint32_t mark = next_temp_;
        uint32_t first = temps(elts.size);
        for (uint32_t i = 0; i < elts.size; ++i) expr(elts[i], int(first + i));
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(e->node_kind == ast::NodeKind::List ? Opcode::BUILD_LIST : Opcode::BUILD_TUPLE, target, first, elts.size);
        return target;
      }
      case ast::NodeKind::Dict: {
        auto* d = ast::cast<ast::Dict>(e);
        bool merges = d->keys.size > kLargeDisplay;  // big displays are built item by item too
        for (ast::expr_t* k : d->keys) merges |= k == nullptr;
        if (merges) {
          // {**a, k: v}: later keys win, as CPython's dict display does (no duplicate check).
          uint32_t mark = next_temp_;
          uint32_t dict = temp();
          emit(Opcode::BUILD_DICT, dict, 0, 0);
          for (uint32_t i = 0; i < d->keys.size; ++i) {
            uint32_t inner = next_temp_;
            if (d->keys[i] == nullptr) {
              uint32_t mapping = expr(d->values[i]);
              emit(Opcode::DICT_UPDATE, dict, mapping);
            } else {
              uint32_t key = expr(d->keys[i]);
              uint32_t value = expr(d->values[i]);
              emit(Opcode::DICT_SET, dict, key, value);
            }
            next_temp_ = inner;
          }
          next_temp_ = mark;
          uint32_t target = out(dst);
          if (target != dict) emit(Opcode::MOVE, target, dict);
          return target;
        }
        uint32_t mark = next_temp_;
        uint32_t first = temps(d->keys.size * 2);
        for (uint32_t i = 0; i < d->keys.size; ++i) {
          expr(d->keys[i], int(first + 2 * i));
          expr(d->values[i], int(first + 2 * i + 1));
        }
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::BUILD_DICT, target, first, d->keys.size);
        return target;
      }
      case ast::NodeKind::ListComp: return list_comprehension(ast::cast<ast::ListComp>(e), dst);
      case ast::NodeKind::SetComp: return set_comprehension(ast::cast<ast::SetComp>(e), dst);
      case ast::NodeKind::Set: {
        auto* set = ast::cast<ast::Set>(e);
        for (ast::expr_t* item : set->elts)
          if (item->node_kind == ast::NodeKind::Starred) return starred_set_display(set, dst);
        uint32_t mark = next_temp_;
        if (set->elts.size > kLargeDisplay) {
          // Big displays are built item by item (registers and the count operand are 8-bit).
          uint32_t built = temp();
          emit(Opcode::BUILD_SET, built, 0, 0);
          for (ast::expr_t* item : set->elts) {
            uint32_t inner = next_temp_;
            uint32_t value = expr(item);
            emit(Opcode::SET_ADD, built, value);
            next_temp_ = inner;
          }
          next_temp_ = mark;
          uint32_t target = out(dst);
          if (target != built) emit(Opcode::MOVE, target, built);
          return target;
        }
        uint32_t first = temps(set->elts.size);
        for (uint32_t i = 0; i < set->elts.size; ++i) expr(set->elts[i], int(first + i));
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::BUILD_SET, target, first, set->elts.size);
        return target;
      }
      case ast::NodeKind::DictComp: return dict_comprehension(ast::cast<ast::DictComp>(e), dst);
      case ast::NodeKind::JoinedStr: {
        auto* j = ast::cast<ast::JoinedStr>(e);
        uint32_t mark = next_temp_;
        uint32_t first = temps(j->values.size);
        for (uint32_t i = 0; i < j->values.size; ++i) {
          const ast::expr_t* part = j->values[i];
          if (auto* f = ast::dyn_cast<ast::FormattedValue>(part)) {
            uint32_t value = expr(f->value);
            uint32_t conversion = f->conversion == 'r' ? 1 : f->conversion == 'a' ? 2 : 0;
            if (f->format_spec == nullptr) {
              emit(Opcode::FORMAT_VALUE, first + i, value, conversion);
            } else {
              if (f->conversion > 0) {
                uint32_t converted = temp();
                emit(Opcode::FORMAT_VALUE, converted, value, conversion);
                value = converted;
              }
              uint32_t spec = expr(f->format_spec);
              emit(Opcode::FORMAT_SPEC, first + i, value, spec);
            }
            next_temp_ = first + j->values.size;
          } else {
            expr(part, int(first + i));
          }
        }
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::BUILD_STRING, target, first, j->values.size);
        return target;
      }
      case ast::NodeKind::Lambda: {
        auto* l = ast::cast<ast::Lambda>(e);
        const Scope* child = table_.scope_of(l);
        CodeUnit unit(thread_, table_, child, this, child_qualname("<lambda>"), filename_);
        CodeObject* code = unit.compile_function(l->args, nullptr, l->body, "<lambda>");
        code->first_line = l->loc.lineno;
        uint32_t target = out(dst);
        uint32_t mark = next_temp_;
        make_function(l->args, code, target);
        next_temp_ = mark;
        return target;
      }
      case ast::NodeKind::Slice: {
        auto* s = ast::cast<ast::Slice>(e);
        uint32_t mark = next_temp_;
        uint32_t first = temps(3);
        const ast::expr_t* parts[3] = {s->lower, s->upper, s->step};
        for (uint32_t i = 0; i < 3; ++i) {
          if (parts[i] != nullptr) expr(parts[i], int(first + i));
          else load_const(first + i, Value::none());
        }
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::BUILD_SLICE, target, first);
        return target;
      }
      case ast::NodeKind::Yield: {
        auto* y = ast::cast<ast::Yield>(e);
        if (scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class) throw Unsupported{"yield outside function", e->loc};
        uint32_t mark = next_temp_;
        uint32_t value;
        if (y->value != nullptr) {
          value = expr(y->value);
        } else {
          value = temp();
          load_const(value, Value::none());
        }
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::YIELD, target, value);
        return target;
      }
      case ast::NodeKind::GeneratorExp: {
        auto* g = ast::cast<ast::GeneratorExp>(e);
        const Scope* child = table_.scope_of(g);
        CodeUnit unit(thread_, table_, child, this, child_qualname("<genexpr>"), filename_);
        CodeObject* code = unit.compile_generator_expression(g);
        code->first_line = g->loc.lineno;
        uint32_t mark = next_temp_;
        uint32_t base = temps(2);
        make_function(nullptr, code, base);
        uint32_t iterable = expr(g->generators[0]->iter);
        emit(g->generators[0]->is_async ? Opcode::GET_AITER : Opcode::GET_ITER, base + 1, iterable);
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::CALL, target, base, 1);
        if (next_temp_ < mark) next_temp_ = mark;
        return target;
      }
      case ast::NodeKind::Await:
      case ast::NodeKind::YieldFrom: {
        bool is_await = e->node_kind == ast::NodeKind::Await;
        uint32_t mark = next_temp_;
        uint32_t value = expr(is_await ? ast::cast<ast::Await>(e)->value : ast::cast<ast::YieldFrom>(e)->value);
        uint32_t iterator = temp();
        if (is_await) emit(Opcode::GET_AWAITABLE, iterator, value, 0);
        else emit(Opcode::GET_YIELD_FROM_ITER, iterator, value);
        next_temp_ = mark;
        uint32_t target = out(dst);
        emit(Opcode::YIELD_FROM, target, iterator);
        return target;
      }
      case ast::NodeKind::NamedExpr: {
        auto* n = ast::cast<ast::NamedExpr>(e);
        uint32_t value = expr(n->value, dst);
        store(n->target, value);
        return value;
      }
      default: throw Unsupported{std::string("the '") + ast::name_of(e->node_kind) + "' expression", e->loc};
    }
  }

  // {a, *b, c}: an empty set, then each item added or each starred iterable merged in.
  uint32_t starred_set_display(const ast::Set* display, int dst) {
    uint32_t mark = next_temp_;
    uint32_t set = temp();
    emit(Opcode::BUILD_SET, set, 0, 0);
    for (ast::expr_t* item : display->elts) {
      uint32_t inner = next_temp_;
      if (auto* star = ast::dyn_cast<ast::Starred>(item)) emit(Opcode::SET_UPDATE, set, expr(star->value));
      else emit(Opcode::SET_ADD, set, expr(item));
      next_temp_ = inner;
    }
    next_temp_ = mark;
    uint32_t target = out(dst);
    if (target != set) emit(Opcode::MOVE, target, set);
    return target;
  }

  uint32_t compare(const ast::Compare* c, int dst) {
    uint32_t target = dst >= 0 && uint32_t(dst) >= locals_.size() ? uint32_t(dst) : temp();
    uint32_t mark = next_temp_;
    uint32_t left = expr(c->left);
    std::vector<uint32_t> to_end;
    for (uint32_t i = 0; i < c->ops.size; ++i) {
      uint32_t right = expr(c->comparators[i]);
      if (i + 1 < c->ops.size && right < locals_.size()) {
        // The middle operand is read again by the next comparison: keep it stable.
        uint32_t copy = temp();
        emit(Opcode::MOVE, copy, right);
        right = copy;
      }
      switch (c->ops[i]) {
        case ast::cmpop_t::Lt: emit(Opcode::LESS, target, left, right); break;
        case ast::cmpop_t::LtE: emit1(Opcode::COMPARE, target, left, right, uint32_t(CompareOp::Le)); break;
        case ast::cmpop_t::Eq: emit1(Opcode::COMPARE, target, left, right, uint32_t(CompareOp::Eq)); break;
        case ast::cmpop_t::NotEq: emit1(Opcode::COMPARE, target, left, right, uint32_t(CompareOp::Ne)); break;
        case ast::cmpop_t::Gt: emit1(Opcode::COMPARE, target, left, right, uint32_t(CompareOp::Gt)); break;
        case ast::cmpop_t::GtE: emit1(Opcode::COMPARE, target, left, right, uint32_t(CompareOp::Ge)); break;
        case ast::cmpop_t::Is: emit(Opcode::IS, target, left, right); break;
        case ast::cmpop_t::IsNot: emit(Opcode::IS_NOT, target, left, right); break;
        case ast::cmpop_t::In: emit(Opcode::CONTAINS, target, left, right); break;
        case ast::cmpop_t::NotIn: emit(Opcode::NOT_CONTAINS, target, left, right); break;
      }
      if (i + 1 < c->ops.size) to_end.push_back(emit_jump(Opcode::JUMP_IF_FALSE, target));
      left = right;
    }
    for (uint32_t at : to_end) patch(at, here());
    next_temp_ = mark;
    if (dst >= 0 && uint32_t(dst) != target) {
      emit(Opcode::MOVE, uint32_t(dst), target);
      return uint32_t(dst);
    }
    return target;
  }

  // f(*args, **kwargs): positionals gathered in a list, keywords in a dict, then CALL_EX.
  uint32_t call_ex(const ast::Call* c, int dst) {
    uint32_t mark = next_temp_;
    uint32_t base = temps(3);
    expr(c->func, int(base));
    emit(Opcode::BUILD_LIST, base + 1, 0, 0);
    for (ast::expr_t* a : c->args) {
      uint32_t inner = next_temp_;
      if (auto* star = ast::dyn_cast<ast::Starred>(a)) {
        uint32_t iterable = expr(star->value);
        emit(Opcode::LIST_EXTEND, base + 1, iterable, 1);  // C=1: call arguments
      } else {
        uint32_t value = expr(a);
        emit(Opcode::LIST_APPEND, base + 1, value);
      }
      next_temp_ = inner;
    }
    if (!c->keywords.empty()) {
      emit(Opcode::BUILD_DICT, base + 2, 0, 0);
      for (ast::keyword_t* k : c->keywords) {
        uint32_t inner = next_temp_;
        uint32_t value = expr(k->value);
        if (ast::is_none(k->arg)) {
          emit(Opcode::DICT_MERGE, base + 2, value);
        } else {
          uint32_t single = temp();
          emit(Opcode::BUILD_DICT, single, 0, 0);
          uint32_t key = temp();
          load_const(key, thread_.interp().intern(k->arg));
          emit(Opcode::DICT_SET, single, key, value);
          emit(Opcode::DICT_MERGE, base + 2, single);
        }
        next_temp_ = inner;
      }
    }
    next_temp_ = mark;
    uint32_t target = out(dst);
    emit(Opcode::CALL_EX, target, base, c->keywords.empty() ? 0 : 1);
    if (next_temp_ < mark) next_temp_ = mark;
    return target;
  }

  uint32_t call(const ast::Call* c, int dst) {
    bool needs_ex = false;
    for (ast::expr_t* a : c->args) needs_ex |= a->node_kind == ast::NodeKind::Starred;
    for (ast::keyword_t* k : c->keywords) needs_ex |= ast::is_none(k->arg);
    if (needs_ex) return call_ex(c, dst);
    uint32_t mark = next_temp_;
    bool method = false;
    uint32_t base;
    if (auto* attr = ast::dyn_cast<ast::Attribute>(c->func)) {
      method = true;
      uint32_t object = expr(attr->value);
      base = temps(2);
      ast::Loc saved = loc_;
      loc_ = attr->loc;
      emit1(Opcode::LOAD_METHOD, base, object, 0, name_index(mangled(attr->attr)));
      loc_ = saved;
    } else {
      base = temp();
      expr(c->func, int(base));
    }
    uint32_t first_arg = base + (method ? 2 : 1);
    next_temp_ = first_arg;
    uint32_t count = c->args.size + c->keywords.size;
    temps(count);
    for (uint32_t i = 0; i < c->args.size; ++i) expr(c->args[i], int(first_arg + i));
    for (uint32_t i = 0; i < c->keywords.size; ++i) expr(c->keywords[i]->value, int(first_arg + c->args.size + i));
    next_temp_ = mark;
    uint32_t target = out(dst);
    if (c->keywords.empty()) {
      emit(method ? Opcode::CALL_METHOD : Opcode::CALL, target, base, count);
    } else {
      TupleObject* names = tuple_new(thread_, c->keywords.size);
      for (uint32_t i = 0; i < c->keywords.size; ++i) names->items[i] = thread_.interp().intern(c->keywords[i]->arg);
      emit1(method ? Opcode::CALL_METHOD_KW : Opcode::CALL_KW, target, base, count, constant(to_value(names)));
    }
    if (next_temp_ < mark) next_temp_ = mark;
    return target;
  }

  // PEP 709: the comprehension runs inline; its iteration variables get fresh registers.
  void comprehension_loops(const ast::Seq<ast::comprehension_t*>& generators, size_t index,
                           const std::function<void()>& body) {
    ast::comprehension_t* gen = generators[uint32_t(index)];
    // The outermost iterable is evaluated in the enclosing scope.
    size_t saved_outer = outer_iterable_depth_;
    if (index == 0) outer_iterable_depth_ = comprehension_scopes_.size();
    uint32_t iterable = expr(gen->iter);
    outer_iterable_depth_ = saved_outer;
    uint32_t iterator = temp();
    emit(gen->is_async ? Opcode::GET_AITER : Opcode::GET_ITER, iterator, iterable);
    bind_comprehension_target(gen->target);
    uint32_t top = here();
    uint32_t item = temp();
    uint32_t to_exit = gen->is_async ? async_for_head(iterator, item, &top) : emit_jump(Opcode::FOR_ITER, item, iterator);
    store(gen->target, item);
    std::vector<uint32_t> to_top;
    for (ast::expr_t* condition : gen->ifs) to_top.push_back(jump_unless(condition, false));
    if (index + 1 < generators.size) comprehension_loops(generators, index + 1, body);
    else body();
    for (uint32_t at : to_top) patch(at, top);
    emit1(Opcode::JUMP, 0, 0, 0, top);
    patch(to_exit, here());
  }

  uint32_t begin_comprehension(const void* node) {
    comprehension_names_.emplace_back();
    comprehension_scopes_.push_back(table_.scope_of(node));
    return here();
  }
  // Records the comprehension's iteration variables for locals() (PEP 709), then forgets them.
  void end_comprehension(uint32_t start) {
    for (const auto& [name, reg] : comprehension_names_.back())
      code_->hidden_locals.push_back(CodeObject::HiddenLocal{reg, thread_.interp().intern(name), start, here()});
    comprehension_names_.pop_back();
    comprehension_scopes_.pop_back();
  }

  void bind_comprehension_target(const ast::expr_t* target) {
    if (auto* name = ast::dyn_cast<ast::Name>(target)) {
      uint32_t reg = temp();
      comprehension_names_.back()[name->id] = reg;
      // A variable captured by a closure in the comprehension: one cell per run (PEP 709).
      const Scope* scope = comprehension_scopes_.empty() ? nullptr : comprehension_scopes_.back();
      if (scope != nullptr && scope->scope_of(mangled(name->id)) == NameScope::Cell) {
        emit(Opcode::MAKE_CELL, reg);
        comprehension_cells_.insert(reg);
      }
      return;
    }
    if (auto* tuple = ast::dyn_cast<ast::Tuple>(target))
      for (ast::expr_t* e : tuple->elts) bind_comprehension_target(e);
    else if (auto* list = ast::dyn_cast<ast::List>(target))
      for (ast::expr_t* e : list->elts) bind_comprehension_target(e);
    else throw Unsupported{"this comprehension target", target->loc};
  }

  uint32_t list_comprehension(const ast::ListComp* c, int dst) {
    uint32_t mark = next_temp_;
    uint32_t list = temp();
    emit(Opcode::BUILD_LIST, list, 0, 0);
    uint32_t comprehension_start = begin_comprehension(c);
    comprehension_loops(c->generators, 0, [&] {
      uint32_t inner = next_temp_;
      uint32_t value = expr(c->elt);
      emit(Opcode::LIST_APPEND, list, value);
      next_temp_ = inner;
    });
    end_comprehension(comprehension_start);
    next_temp_ = mark;
    uint32_t target = out(dst);
    if (target != list) emit(Opcode::MOVE, target, list);
    return target;
  }

  uint32_t set_comprehension(const ast::SetComp* c, int dst) {
    uint32_t mark = next_temp_;
    uint32_t set = temp();
    emit(Opcode::BUILD_SET, set, 0, 0);
    uint32_t comprehension_start = begin_comprehension(c);
    comprehension_loops(c->generators, 0, [&] {
      uint32_t inner = next_temp_;
      uint32_t value = expr(c->elt);
      emit(Opcode::SET_ADD, set, value);
      next_temp_ = inner;
    });
    end_comprehension(comprehension_start);
    next_temp_ = mark;
    uint32_t target = out(dst);
    if (target != set) emit(Opcode::MOVE, target, set);
    return target;
  }

  uint32_t dict_comprehension(const ast::DictComp* c, int dst) {
    uint32_t mark = next_temp_;
    uint32_t dict = temp();
    emit(Opcode::BUILD_DICT, dict, 0, 0);
    uint32_t comprehension_start = begin_comprehension(c);
    comprehension_loops(c->generators, 0, [&] {
      uint32_t inner = next_temp_;
      uint32_t key = expr(c->key);
      uint32_t value = expr(c->value);
      emit(Opcode::DICT_SET, dict, key, value);
      next_temp_ = inner;
    });
    end_comprehension(comprehension_start);
    next_temp_ = mark;
    uint32_t target = out(dst);
    if (target != dict) emit(Opcode::MOVE, target, dict);
    return target;
  }

  Thread& thread_;
  const SymbolTable& table_;
  const Scope* scope_;
  [[maybe_unused]] CodeUnit* parent_;
  std::string qualname_;
  std::string_view filename_;
  CodeObject* code_;
  ast::Loc loc_;
  SourceRange::Anchor anchor_ = SourceRange::Anchor::None;
  int anchor_column_ = 0;
  std::unordered_map<std::string_view, uint32_t> locals_;
  std::vector<bool> assigned_;            // per local: definitely bound at this point
  std::unordered_set<uint32_t> deleted_;  // locals deleted somewhere: always checked
  std::vector<std::unordered_map<std::string_view, uint32_t>> comprehension_names_;
  std::vector<const Scope*> comprehension_scopes_;  // symbol tables of the inlined comprehensions
  std::unordered_set<uint32_t> comprehension_cells_;  // their registers holding cells
  size_t outer_iterable_depth_ = 0;  // comprehensions whose outermost iterable is being evaluated
  std::vector<LoopLabels> loops_;
  std::vector<FBlock> fblocks_;
  std::vector<std::string> mangled_storage_;
  uint32_t next_temp_ = 0;
  uint32_t max_register_ = 0;
  int class_cell_ = -1;  // class bodies: the register of the __class__ cell
  bool interactive_ = false;  // compile(..., 'single'): expression statements are displayed
};

}  // namespace

CodeObject* generate_module_code(Thread& thread, const ast::mod_t* tree, const SymbolTable& table,
                                 std::string_view filename) {
  auto* module = ast::dyn_cast<ast::Module>(tree);
  auto* expression = ast::dyn_cast<ast::Expression>(tree);
  auto* interactive = ast::dyn_cast<ast::Interactive>(tree);
  if (module == nullptr && expression == nullptr && interactive == nullptr) {
    thread.raise(thread.types().SystemError, "this kind of tree cannot be compiled");
    return nullptr;
  }
  // Code objects under construction are only referenced from C++: no collection meanwhile.
  gc::Heap& heap = thread.heap();
  bool was_enabled = heap.enabled();
  heap.set_enabled(false);
  CodeObject* code = nullptr;
  try {
    CodeUnit unit(thread, table, table.module(), nullptr, "", filename);
    code = module != nullptr       ? unit.compile_module(module)
           : expression != nullptr ? unit.compile_expression_mode(expression)
                                   : unit.compile_interactive_mode(interactive);
  } catch (const Unsupported& unsupported) {
    thread.raise_format(thread.types().SystemError, "%s is not supported yet (line %d)", unsupported.what.c_str(),
                        unsupported.loc.lineno);
    code = nullptr;
  }
  heap.set_enabled(was_enabled);
  return code;
}

std::string disassemble(Thread& thread, CodeObject* code) {
  std::string out;
  out += "code ";
  append_str(thread, out, code->qualname);
  out += "\n";
  for (size_t pc = 0; pc < code->instructions.size();) {
    uint32_t w = code->instructions[pc];
    Opcode op = bytecode::opcode_of(w);
    char line[160];
    std::snprintf(line, sizeof line, "%5zu %-22s %3u %3u %3u", pc, bytecode::kOpcodeNames[int(op)],
                  bytecode::operand_a(w), bytecode::operand_b(w), bytecode::operand_c(w));
    out += line;
    for (size_t i = 1; i < bytecode::kInstructionLength[int(op)]; ++i) out += " [" + std::to_string(code->instructions[pc + i]) + "]";
    out += "\n";
    pc += bytecode::kInstructionLength[int(op)];
  }
  for (Value c : code->constants)
    if (c.is_object() && c.as_object()->type == thread.types().code) out += disassemble(thread, static_cast<CodeObject*>(c.as_object()));
  return out;
}

}  // namespace pyxis::compiler

// Scope analysis (CPython's symbol table): the scopes of a module, what each does with each
// name (binds, uses, declares global or nonlocal), and how every name resolves (local,
// global, free, cell). Also raises the SyntaxErrors CPython's symtable pass raises.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/compile_error.h"
#include "compiler/future.h"
#include "frontend/ast.h"
#include "support/arena.h"

namespace pyxis::compiler {

enum class ScopeKind : uint8_t {
  Module,
  Class,
  Function,       // def and async def
  Lambda,
  Comprehension,  // list/set/dict comprehension or generator expression
  Annotation,     // the annotations of one def or statement under `from __future__ import annotations`
  TypeParams,     // PEP 695: holds the type parameters of a generic def, class or type alias
  TypeVarBound,   // the lazily evaluated bound (or constraints) of one TypeVar
  TypeAlias,      // the lazily evaluated value of a `type` statement
};

enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// What a scope does with a name, accumulated while walking the tree.
using SymbolFlags = uint32_t;
inline constexpr SymbolFlags kDefGlobal = 1u << 0;     // `global` statement
inline constexpr SymbolFlags kDefLocal = 1u << 1;      // bound: assignment, def, class, for, with, del, ...
inline constexpr SymbolFlags kDefParam = 1u << 2;      // a parameter
inline constexpr SymbolFlags kDefNonlocal = 1u << 3;   // `nonlocal` statement
inline constexpr SymbolFlags kUse = 1u << 4;           // read
inline constexpr SymbolFlags kDefFree = 1u << 5;       // free here only to pass a closure through
inline constexpr SymbolFlags kDefFreeClass = 1u << 6;  // a class passing a closure through
inline constexpr SymbolFlags kDefImport = 1u << 7;     // bound by import
inline constexpr SymbolFlags kDefAnnot = 1u << 8;      // annotated (simple `name: annotation`)
inline constexpr SymbolFlags kDefCompIter = 1u << 9;   // a comprehension's iteration variable
inline constexpr SymbolFlags kDefTypeParam = 1u << 10; // a PEP 695 type parameter
inline constexpr SymbolFlags kDefCompWalrus = 1u << 11;  // target of `:=` directly in this comprehension
inline constexpr SymbolFlags kDefBound = kDefLocal | kDefParam | kDefImport;

// Where a name lives at run time.
enum class NameScope : uint8_t {
  Unresolved,
  Local,           // a local of this scope (for module and class: a key of its namespace)
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // not bound in any enclosing function: module globals, then builtins
  Free,            // bound in an enclosing function scope
  Cell,            // local here and used by a nested scope
};

const char* name_of(NameScope scope);
const char* name_of(ScopeKind kind);

struct Symbol {
  std::string_view name;  // mangled when inside a class (`__x` -> `_C__x`)
  SymbolFlags flags = 0;
  NameScope scope = NameScope::Unresolved;
  // Position of the first `global`/`nonlocal` statement (or comprehension `:=`) that
  // declared it here, for the errors the analysis reports.
  bool has_declaration = false;
  ast::Loc declaration_loc;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  ComprehensionKind comprehension = ComprehensionKind::None;
  std::string_view name;       // "top", the def/class/alias name, "lambda", "listcomp", ...
  const void* node = nullptr;  // the AST node this scope belongs to
  ast::Loc loc;
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in the order they were opened

  // A coroutine: async def, or any scope that awaits (or runs an inlined asynchronous
  // comprehension); for comprehensions: contains await or async for.
  bool is_async = false;
  bool is_generator = false;  // contains yield or yield from (its own, not nested scopes')
  bool comprehension_inlined = false;  // PEP 709: list/set/dict comprehensions run in their parent
  bool can_see_class_scope = false;    // an annotation scope directly inside a class body
  bool needs_class_closure = false;    // a class whose methods use __class__ or super()
  bool needs_classdict = false;        // a class with annotation scopes that read its namespace
  std::string_view private_name;       // class name used for name mangling ("" outside classes)

  std::vector<Symbol> symbols;  // in order of first appearance
  std::unordered_map<std::string_view, size_t> index;

  const Symbol* lookup(std::string_view name) const;
  // How `name` resolves here (GlobalImplicit when the scope does not mention it at all).
  NameScope scope_of(std::string_view name) const;
  bool is_function_like() const;  // runs as its own code object with fast locals
};

class SymbolTable {
 public:
  SymbolTable() = default;
  SymbolTable(const SymbolTable&) = delete;
  SymbolTable& operator=(const SymbolTable&) = delete;

  const Scope* module() const { return module_; }
  // The scope opened by a FunctionDef, AsyncFunctionDef, ClassDef, Lambda, comprehension
  // node, TypeAlias (its value), or TypeVar (its bound); nullptr if none.
  const Scope* scope_of(const void* node) const;
  // The scope holding the type parameters of a generic FunctionDef/ClassDef/TypeAlias.
  const Scope* type_params_scope_of(const void* node) const;
  // The scope of a FunctionDef's or AnnAssign's annotations under future annotations.
  const Scope* annotation_scope_of(const void* node) const;
  const std::vector<std::unique_ptr<Scope>>& all_scopes() const { return scopes_; }
  const FutureFeatures& future() const { return future_; }

 private:
  friend class SymbolTableBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  Scope* module_ = nullptr;
  std::unordered_map<const void*, Scope*> by_node_;
  std::unordered_map<const void*, Scope*> type_params_by_node_;
  std::unordered_map<const void*, Scope*> annotations_by_node_;
  FutureFeatures future_;
  Arena text_;  // mangled names
};

// Builds and analyses the symbol table of `tree`. Returns false with *error set to the
// SyntaxError CPython's symtable pass raises first (or a RecursionError for trees nested
// too deeply to walk).
bool build_symbol_table(const ast::mod_t* tree, const FutureFeatures& future, SymbolTable* table,
                        CompileError* error);

// CPython's private name mangling: `__spam` inside class `_Ham` becomes `_Ham__spam`.
// Returns `name` itself when it is not mangled; otherwise the mangled text in *storage.
std::string_view mangle_name(std::string_view private_name, std::string_view name, std::string* storage);

}  // namespace pyxis::compiler

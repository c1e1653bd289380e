// Tokens of Python 3.12 source: their kinds (CPython's token names, plus one kind per
// hard keyword so the parser never compares keyword text) and the Token record.
#pragma once

#include <cstdint>
#include <string_view>

namespace pyxis::frontend {

// X(kind, text): text is the exact spelling for operators and keywords, "" otherwise.
#define PYXIS_TOKEN_KINDS(X)                                                                   \
  X(ENDMARKER, "") X(NAME, "") X(NUMBER, "") X(STRING, "") X(NEWLINE, "") X(INDENT, "")       \
  X(DEDENT, "") X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")              \
  X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")             \
  X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")            \
  X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=")             \
  X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^")                    \
  X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=")                 \
  X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")               \
  X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")     \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                     \
  X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...")    \
  X(COLONEQUAL, ":=") X(EXCLAMATION, "!") X(OP, "") X(TYPE_IGNORE, "") X(TYPE_COMMENT, "")     \
  X(SOFT_KEYWORD, "") X(FSTRING_START, "") X(FSTRING_MIDDLE, "") X(FSTRING_END, "")           \
  X(COMMENT, "") X(NL, "") X(ERRORTOKEN, "")                                                   \
  X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and")                  \
  X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await")              \
  X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def")        \
  X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") X(KW_EXCEPT, "except")                \
  X(KW_FINALLY, "finally") X(KW_FOR, "for") X(KW_FROM, "from") X(KW_GLOBAL, "global")          \
  X(KW_IF, "if") X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is") X(KW_LAMBDA, "lambda")   \
  X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not") X(KW_OR, "or") X(KW_PASS, "pass")                \
  X(KW_RAISE, "raise") X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while")            \
  X(KW_WITH, "with") X(KW_YIELD, "yield")

enum class TokenKind : uint8_t {
#define PYXIS_TOKEN_ENUM(kind, text) kind,
  PYXIS_TOKEN_KINDS(PYXIS_TOKEN_ENUM)
#undef PYXIS_TOKEN_ENUM
};

// "NAME", "LPAR", "KW_IF" ...
const char* token_kind_name(TokenKind kind);
// "(" for LPAR, "if" for KW_IF, "" for kinds without a fixed spelling.
const char* token_kind_text(TokenKind kind);

inline bool is_keyword(TokenKind kind) { return kind >= TokenKind::KW_FALSE; }

// One token. Positions are CPython's: 1-based lines, 0-based columns in UTF-8 bytes of
// the decoded source, end exclusive. `text` points into the decoded source buffer (for
// INDENT/DEDENT/NEWLINE/ENDMARKER it may be empty).
struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
  std::string_view text;
};

}  // namespace pyxis::frontend

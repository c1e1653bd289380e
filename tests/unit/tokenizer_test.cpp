// Tokenizer tests: token streams in the tokenize module's view (expectations produced by
// CPython 3.12.7's `tokenize`, see tools/gen_tokenizer_tests.py), the parser's view
// (positions CPython's parser uses), warnings, and robustness on hostile input.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

#include "frontend/source_decoder.h"
#include "frontend/tokenizer.h"
#include "support/python_repr.h"

namespace pyxis::frontend {
namespace {

using namespace std::string_view_literals;

// What `python -m tokenize -e` shows for the bytes, tokens joined by " | " (ENCODING left
// out), or "ERROR line:offset: message" / "ERROR message" as tokenize reports failures.
std::string tokenize_view(std::string_view bytes) {
  std::string text;
  std::string encoding;
  SyntaxErrorInfo error;
  if (!decode_source_for_tokenize(bytes, "", &text, &encoding, &error)) return "ERROR " + error.msg;
  TokenizerOptions options;
  options.emit_comments_and_nl = true;
  Tokenizer tokenizer(text, "case.py", options);
  std::string out;
  Token t;
  for (;;) {
    if (!tokenizer.next(&t)) {
      const SyntaxErrorInfo& e = tokenizer.error();
      std::string msg = e.msg;
      if (e.exc_type == "SyntaxError" && msg.find("unterminated triple-quoted string literal") != std::string::npos) {
        msg = "EOF in multi-line string";
      }
      return "ERROR " + std::to_string(e.lineno) + ":" + std::to_string(e.offset) + ": " + msg;
    }
    if (!out.empty()) out += " | ";
    const char* name = token_kind_name(t.kind);
    if (is_keyword(t.kind)) name = "NAME";
    if (t.kind == TokenKind::NOTEQUAL && t.text == "<>") name = "OP";
    out += std::to_string(t.lineno) + "," + std::to_string(t.col_offset) + "-" + std::to_string(t.end_lineno) + "," +
           std::to_string(t.end_col_offset) + " " + name + " " + str_repr(t.text);
    if (t.kind == TokenKind::ENDMARKER) return out;
  }
}

struct StreamCase {
  std::string_view source;
  const char* expected;
};

// {source bytes, tokenize -e output} from CPython 3.12.7.
const StreamCase kStreamCases[] = {
    {""sv,
     "1,0-1,0 ENDMARKER ''"},
    {"\n"sv,
     "1,0-1,1 NL '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"\n\n"sv,
     "1,0-1,1 NL '\\n' | 2,0-2,1 NL '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"   "sv,
     "1,3-1,4 NL '' | 2,0-2,0 ENDMARKER ''"},
    {"x"sv,
     "1,0-1,1 NAME 'x' | 1,1-1,2 NEWLINE '' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,6 NEWLINE '' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"# c"sv,
     "1,0-1,3 COMMENT '# c' | 1,3-1,4 NL '' | 2,0-2,0 ENDMARKER ''"},
    {"# c\n"sv,
     "1,0-1,3 COMMENT '# c' | 1,3-1,4 NL '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x  # c"sv,
     "1,0-1,1 NAME 'x' | 1,3-1,6 COMMENT '# c' | 1,6-1,7 NEWLINE '' | 2,0-2,0 ENDMARKER ''"},
    {"\\\nx"sv,
     "2,0-2,1 NAME 'x' | 2,1-2,2 NEWLINE '' | 3,0-3,0 ENDMARKER ''"},
    {"x\n   "sv,
     "1,0-1,1 NAME 'x' | 1,1-1,2 NEWLINE '\\n' | 2,3-2,4 NL '' | 3,0-3,0 ENDMARKER ''"},
    {"\014\n"sv,
     "1,1-1,2 NL '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"\014  x = 1\n"sv,
     "1,0-1,3 INDENT '\\x0c  ' | 1,3-1,4 NAME 'x' | 1,5-1,6 EQUAL '=' | 1,7-1,8 NUMBER '1' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 DEDENT '' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1 \014 y\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,8-1,9 NAME 'y' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1\015\ny = 2\015\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,7 NEWLINE '\\r\\n' | 2,0-2,1 NAME 'y' | 2,2-2,3 EQUAL '=' | 2,4-2,5 NUMBER '2' | 2,5-2,7 NEWLINE '\\r\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = (1,\015\n 2)\015\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 LPAR '(' | 1,5-1,6 NUMBER '1' | 1,6-1,7 COMMA ',' | 1,7-1,9 NL '\\r\\n' | 2,1-2,2 NUMBER '2' | 2,2-2,3 RPAR ')' | 2,3-2,5 NEWLINE '\\r\\n' | 3,0-3,0 ENDMARKER ''"},
    {"if x:\015\n    y\015\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'x' | 1,4-1,5 COLON ':' | 1,5-1,7 NEWLINE '\\r\\n' | 2,0-2,4 INDENT '    ' | 2,4-2,5 NAME 'y' | 2,5-2,7 NEWLINE '\\r\\n' | 3,0-3,0 DEDENT '' | 3,0-3,0 ENDMARKER ''"},
    {"x = \"\"\"a\015\nb\"\"\"\015\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-2,4 STRING '\"\"\"a\\r\\nb\"\"\"' | 2,4-2,6 NEWLINE '\\r\\n' | 3,0-3,0 ENDMARKER ''"},
    {"# c\015\n\015\nx\015\n"sv,
     "1,0-1,3 COMMENT '# c' | 1,3-1,5 NL '\\r\\n' | 2,0-2,2 NL '\\r\\n' | 3,0-3,1 NAME 'x' | 3,1-3,3 NEWLINE '\\r\\n' | 4,0-4,0 ENDMARKER ''"},
    {"a += b -= c *= d /= e //= f %= g @= h &= i |= j ^= k >>= l <<= m **= n\n"sv,
     "1,0-1,1 NAME 'a' | 1,2-1,4 PLUSEQUAL '+=' | 1,5-1,6 NAME 'b' | 1,7-1,9 MINEQUAL '-=' | 1,10-1,11 NAME 'c' | 1,12-1,14 STAREQUAL '*=' | 1,15-1,16 NAME 'd' | 1,17-1,19 SLASHEQUAL '/=' | 1,20-1,21 NAME 'e' | 1,22-1,25 DOUBLESLASHEQUAL '//=' | 1,26-1,27 NAME 'f' | 1,28-1,30 PERCENTEQUAL '%=' | 1,31-1,32 NAME 'g' | 1,33-1,35 ATEQUAL '@=' | 1,36-1,37 NAME 'h' | 1,38-1,40 AMPEREQUAL '&=' | 1,41-1,42 NAME 'i' | 1,43-1,45 VBAREQUAL '|=' | 1,46-1,47 NAME 'j' | 1,48-1,50 CIRCUMFLEXEQUAL '^=' | 1,51-1,52 NAME 'k' | 1,53-1,56 RIGHTSHIFTEQUAL '>>=' | 1,57-1,58 NAME 'l' | 1,59-1,62 LEFTSHIFTEQUAL '<<=' | 1,63-1,64 NAME 'm' | 1,65-1,68 DOUBLESTAREQUAL '**=' | 1,69-1,70 NAME 'n' | 1,70-1,71 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"a + b - c * d / e // f % g @ h & i | j ^ k >> l << m ** n ~ o\n"sv,
     "1,0-1,1 NAME 'a' | 1,2-1,3 PLUS '+' | 1,4-1,5 NAME 'b' | 1,6-1,7 MINUS '-' | 1,8-1,9 NAME 'c' | 1,10-1,11 STAR '*' | 1,12-1,13 NAME 'd' | 1,14-1,15 SLASH '/' | 1,16-1,17 NAME 'e' | 1,18-1,20 DOUBLESLASH '//' | 1,21-1,22 NAME 'f' | 1,23-1,24 PERCENT '%' | 1,25-1,26 NAME 'g' | 1,27-1,28 AT '@' | 1,29-1,30 NAME 'h' | 1,31-1,32 AMPER '&' | 1,33-1,34 NAME 'i' | 1,35-1,36 VBAR '|' | 1,37-1,38 NAME 'j' | 1,39-1,40 CIRCUMFLEX '^' | 1,41-1,42 NAME 'k' | 1,43-1,45 RIGHTSHIFT '>>' | 1,46-1,47 NAME 'l' | 1,48-1,50 LEFTSHIFT '<<' | 1,51-1,52 NAME 'm' | 1,53-1,55 DOUBLESTAR '**' | 1,56-1,57 NAME 'n' | 1,58-1,59 TILDE '~' | 1,60-1,61 NAME 'o' | 1,61-1,62 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"a < b > c <= d >= e == f != g <> h -> i := j ... k . l , m ; n : o ! p\n"sv,
     "1,0-1,1 NAME 'a' | 1,2-1,3 LESS '<' | 1,4-1,5 NAME 'b' | 1,6-1,7 GREATER '>' | 1,8-1,9 NAME 'c' | 1,10-1,12 LESSEQUAL '<=' | 1,13-1,14 NAME 'd' | 1,15-1,17 GREATEREQUAL '>=' | 1,18-1,19 NAME 'e' | 1,20-1,22 EQEQUAL '==' | 1,23-1,24 NAME 'f' | 1,25-1,27 NOTEQUAL '!=' | 1,28-1,29 NAME 'g' | 1,30-1,32 OP '<>' | 1,33-1,34 NAME 'h' | 1,35-1,37 RARROW '->' | 1,38-1,39 NAME 'i' | 1,40-1,42 COLONEQUAL ':=' | 1,43-1,44 NAME 'j' | 1,45-1,48 ELLIPSIS '...' | 1,49-1,50 NAME 'k' | 1,51-1,52 DOT '.' | 1,53-1,54 NAME 'l' | 1,55-1,56 COMMA ',' | 1,57-1,58 NAME 'm' | 1,59-1,60 SEMI ';' | 1,61-1,62 NAME 'n' | 1,63-1,64 COLON ':' | 1,65-1,66 NAME 'o' | 1,67-1,68 EXCLAMATION '!' | 1,69-1,70 NAME 'p' | 1,70-1,71 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = $ \077 `\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 OP '$' | 1,6-1,7 OP '\077' | 1,8-1,9 OP '`' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield\n"sv,
     "1,0-1,5 NAME 'False' | 1,6-1,10 NAME 'None' | 1,11-1,15 NAME 'True' | 1,16-1,19 NAME 'and' | 1,20-1,22 NAME 'as' | 1,23-1,29 NAME 'assert' | 1,30-1,35 NAME 'async' | 1,36-1,41 NAME 'await' | 1,42-1,47 NAME 'break' | 1,48-1,53 NAME 'class' | 1,54-1,62 NAME 'continue' | 1,63-1,66 NAME 'def' | 1,67-1,70 NAME 'del' | 1,71-1,75 NAME 'elif' | 1,76-1,80 NAME 'else' | 1,81-1,87 NAME 'except' | 1,88-1,95 NAME 'finally' | 1,96-1,99 NAME 'for' | 1,100-1,104 NAME 'from' | 1,105-1,111 NAME 'global' | 1,112-1,114 NAME 'if' | 1,115-1,121 NAME 'import' | 1,122-1,124 NAME 'in' | 1,125-1,127 NAME 'is' | 1,128-1,134 NAME 'lambda' | 1,135-1,143 NAME 'nonlocal' | 1,144-1,147 NAME 'not' | 1,148-1,150 NAME 'or' | 1,151-1,155 NAME 'pass' | 1,156-1,161 NAME 'raise' | 1,162-1,168 NAME 'return' | 1,169-1,172 NAME 'try' | 1,173-1,178 NAME 'while' | 1,179-1,183 NAME 'with' | 1,184-1,189 NAME 'yield' | 1,189-1,190 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"match x:\n    case [a, *_]:\n        type X = int\n"sv,
     "1,0-1,5 NAME 'match' | 1,6-1,7 NAME 'x' | 1,7-1,8 COLON ':' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,4 INDENT '    ' | 2,4-2,8 NAME 'case' | 2,9-2,10 LSQB '[' | 2,10-2,11 NAME 'a' | 2,11-2,12 COMMA ',' | 2,13-2,14 STAR '*' | 2,14-2,15 NAME '_' | 2,15-2,16 RSQB ']' | 2,16-2,17 COLON ':' | 2,17-2,18 NEWLINE '\\n' | 3,0-3,8 INDENT '        ' | 3,8-3,12 NAME 'type' | 3,13-3,14 NAME 'X' | 3,15-3,16 EQUAL '=' | 3,17-3,20 NAME 'int' | 3,20-3,21 NEWLINE '\\n' | 4,0-4,0 DEDENT '' | 4,0-4,0 DEDENT '' | 4,0-4,0 ENDMARKER ''"},
    {"a.b.c(d)[e]{f}\n"sv,
     "1,0-1,1 NAME 'a' | 1,1-1,2 DOT '.' | 1,2-1,3 NAME 'b' | 1,3-1,4 DOT '.' | 1,4-1,5 NAME 'c' | 1,5-1,6 LPAR '(' | 1,6-1,7 NAME 'd' | 1,7-1,8 RPAR ')' | 1,8-1,9 LSQB '[' | 1,9-1,10 NAME 'e' | 1,10-1,11 RSQB ']' | 1,11-1,12 LBRACE '{' | 1,12-1,13 NAME 'f' | 1,13-1,14 RBRACE '}' | 1,14-1,15 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"...\n..\n....\n"sv,
     "1,0-1,3 ELLIPSIS '...' | 1,3-1,4 NEWLINE '\\n' | 2,0-2,1 DOT '.' | 2,1-2,2 DOT '.' | 2,2-2,3 NEWLINE '\\n' | 3,0-3,3 ELLIPSIS '...' | 3,3-3,4 DOT '.' | 3,4-3,5 NEWLINE '\\n' | 4,0-4,0 ENDMARKER ''"},
    {"x = 0\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '0' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 00\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '00' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0_0\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 NUMBER '0_0' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 123\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 NUMBER '123' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1_000_000\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,13 NUMBER '1_000_000' | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0x1F\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0x1F' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0X_ff\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '0X_ff' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0o17\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0o17' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0O_7\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0O_7' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0b101\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '0b101' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0B_1\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0B_1' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '1.' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = .5\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '.5' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.5\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 NUMBER '1.5' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1e10\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '1e10' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1E+10\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '1E+10' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1e-10\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '1e-10' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.5e3\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '1.5e3' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = .5e-3\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '.5e-3' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1j\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '1j' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1J\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '1J' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.5j\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '1.5j' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1e5j\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '1e5j' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0777.\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '0777.' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0777e1\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,10 NUMBER '0777e1' | 1,10-1,11 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0777j\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 NUMBER '0777j' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 09.5\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '09.5' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1if x else y\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,7 NAME 'if' | 1,8-1,9 NAME 'x' | 1,10-1,14 NAME 'else' | 1,15-1,16 NAME 'y' | 1,16-1,17 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0x1for x in y\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0x1f' | 1,8-1,10 NAME 'or' | 1,11-1,12 NAME 'x' | 1,13-1,15 NAME 'in' | 1,16-1,17 NAME 'y' | 1,17-1,18 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1or 2\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,7 NAME 'or' | 1,8-1,9 NUMBER '2' | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1else 2\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,9 NAME 'else' | 1,10-1,11 NUMBER '2' | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.e5\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '1.e5' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1__\n"sv,
     "ERROR 1:6: invalid decimal literal"},
    {"x = 0777\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 NUMBER '0777' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1abc\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,8 NAME 'abc' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.__class__\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '1.' | 1,6-1,15 NAME '__class__' | 1,15-1,16 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 0_7\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 NUMBER '0_7' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1e\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,6 NAME 'e' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1.e\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NUMBER '1.' | 1,6-1,7 NAME 'e' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 5L\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '5' | 1,5-1,6 NAME 'L' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 1_a\n"sv,
     "ERROR 1:6: invalid decimal literal"},
    {"x = 0o8\n"sv,
     "ERROR 1:7: invalid digit '8' in octal literal"},
    {"x = 0x\n"sv,
     "ERROR 1:6: invalid hexadecimal literal"},
    {"x = 0b12\n"sv,
     "ERROR 1:8: invalid digit '2' in binary literal"},
    {"x = 1e+\n"sv,
     "ERROR 1:7: invalid decimal literal"},
    {"x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 STRING \"'a'\" | 1,8-1,11 STRING '\"b\"' | 1,12-1,19 STRING \"'''c'''\" | 1,20-1,27 STRING '\"\"\"d\"\"\"' | 1,27-1,28 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = r'a' r\"b\" r'''c''' r\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"r'a'\" | 1,9-1,13 STRING 'r\"b\"' | 1,14-1,22 STRING \"r'''c'''\" | 1,23-1,31 STRING 'r\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = u'a' u\"b\" u'''c''' u\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"u'a'\" | 1,9-1,13 STRING 'u\"b\"' | 1,14-1,22 STRING \"u'''c'''\" | 1,23-1,31 STRING 'u\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = R'a' R\"b\" R'''c''' R\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"R'a'\" | 1,9-1,13 STRING 'R\"b\"' | 1,14-1,22 STRING \"R'''c'''\" | 1,23-1,31 STRING 'R\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = U'a' U\"b\" U'''c''' U\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"U'a'\" | 1,9-1,13 STRING 'U\"b\"' | 1,14-1,22 STRING \"U'''c'''\" | 1,23-1,31 STRING 'U\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = b'a' b\"b\" b'''c''' b\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"b'a'\" | 1,9-1,13 STRING 'b\"b\"' | 1,14-1,22 STRING \"b'''c'''\" | 1,23-1,31 STRING 'b\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = B'a' B\"b\" B'''c''' B\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"B'a'\" | 1,9-1,13 STRING 'B\"b\"' | 1,14-1,22 STRING \"B'''c'''\" | 1,23-1,31 STRING 'B\"\"\"d\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = br'a' br\"b\" br'''c''' br\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"br'a'\" | 1,10-1,15 STRING 'br\"b\"' | 1,16-1,25 STRING \"br'''c'''\" | 1,26-1,35 STRING 'br\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = Br'a' Br\"b\" Br'''c''' Br\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"Br'a'\" | 1,10-1,15 STRING 'Br\"b\"' | 1,16-1,25 STRING \"Br'''c'''\" | 1,26-1,35 STRING 'Br\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = bR'a' bR\"b\" bR'''c''' bR\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"bR'a'\" | 1,10-1,15 STRING 'bR\"b\"' | 1,16-1,25 STRING \"bR'''c'''\" | 1,26-1,35 STRING 'bR\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = BR'a' BR\"b\" BR'''c''' BR\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"BR'a'\" | 1,10-1,15 STRING 'BR\"b\"' | 1,16-1,25 STRING \"BR'''c'''\" | 1,26-1,35 STRING 'BR\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rb'a' rb\"b\" rb'''c''' rb\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"rb'a'\" | 1,10-1,15 STRING 'rb\"b\"' | 1,16-1,25 STRING \"rb'''c'''\" | 1,26-1,35 STRING 'rb\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rB'a' rB\"b\" rB'''c''' rB\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"rB'a'\" | 1,10-1,15 STRING 'rB\"b\"' | 1,16-1,25 STRING \"rB'''c'''\" | 1,26-1,35 STRING 'rB\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = Rb'a' Rb\"b\" Rb'''c''' Rb\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"Rb'a'\" | 1,10-1,15 STRING 'Rb\"b\"' | 1,16-1,25 STRING \"Rb'''c'''\" | 1,26-1,35 STRING 'Rb\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = RB'a' RB\"b\" RB'''c''' RB\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"RB'a'\" | 1,10-1,15 STRING 'RB\"b\"' | 1,16-1,25 STRING \"RB'''c'''\" | 1,26-1,35 STRING 'RB\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'a' f\"b\" f'''c''' f\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 FSTRING_MIDDLE 'a' | 1,7-1,8 FSTRING_END \"'\" | 1,9-1,11 FSTRING_START 'f\"' | 1,11-1,12 FSTRING_MIDDLE 'b' | 1,12-1,13 FSTRING_END '\"' | 1,14-1,18 FSTRING_START \"f'''\" | 1,18-1,19 FSTRING_MIDDLE 'c' | 1,19-1,22 FSTRING_END \"'''\" | 1,23-1,27 FSTRING_START 'f\"\"\"' | 1,27-1,28 FSTRING_MIDDLE 'd' | 1,28-1,31 FSTRING_END '\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = F'a' F\"b\" F'''c''' F\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"F'\" | 1,6-1,7 FSTRING_MIDDLE 'a' | 1,7-1,8 FSTRING_END \"'\" | 1,9-1,11 FSTRING_START 'F\"' | 1,11-1,12 FSTRING_MIDDLE 'b' | 1,12-1,13 FSTRING_END '\"' | 1,14-1,18 FSTRING_START \"F'''\" | 1,18-1,19 FSTRING_MIDDLE 'c' | 1,19-1,22 FSTRING_END \"'''\" | 1,23-1,27 FSTRING_START 'F\"\"\"' | 1,27-1,28 FSTRING_MIDDLE 'd' | 1,28-1,31 FSTRING_END '\"\"\"' | 1,31-1,32 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = fr'a' fr\"b\" fr'''c''' fr\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"fr'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'fr\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"fr'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'fr\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = Fr'a' Fr\"b\" Fr'''c''' Fr\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"Fr'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'Fr\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"Fr'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'Fr\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = fR'a' fR\"b\" fR'''c''' fR\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"fR'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'fR\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"fR'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'fR\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = FR'a' FR\"b\" FR'''c''' FR\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"FR'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'FR\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"FR'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'FR\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rf'a' rf\"b\" rf'''c''' rf\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"rf'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'rf\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"rf'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'rf\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rF'a' rF\"b\" rF'''c''' rF\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"rF'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'rF\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"rF'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'rF\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = Rf'a' Rf\"b\" Rf'''c''' Rf\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"Rf'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'Rf\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"Rf'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'Rf\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = RF'a' RF\"b\" RF'''c''' RF\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"RF'\" | 1,7-1,8 FSTRING_MIDDLE 'a' | 1,8-1,9 FSTRING_END \"'\" | 1,10-1,13 FSTRING_START 'RF\"' | 1,13-1,14 FSTRING_MIDDLE 'b' | 1,14-1,15 FSTRING_END '\"' | 1,16-1,21 FSTRING_START \"RF'''\" | 1,21-1,22 FSTRING_MIDDLE 'c' | 1,22-1,25 FSTRING_END \"'''\" | 1,26-1,31 FSTRING_START 'RF\"\"\"' | 1,31-1,32 FSTRING_MIDDLE 'd' | 1,32-1,35 FSTRING_END '\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = ur'a' ur\"b\" ur'''c''' ur\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NAME 'ur' | 1,6-1,9 STRING \"'a'\" | 1,10-1,12 NAME 'ur' | 1,12-1,15 STRING '\"b\"' | 1,16-1,18 NAME 'ur' | 1,18-1,25 STRING \"'''c'''\" | 1,26-1,28 NAME 'ur' | 1,28-1,35 STRING '\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = bu'a' bu\"b\" bu'''c''' bu\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NAME 'bu' | 1,6-1,9 STRING \"'a'\" | 1,10-1,12 NAME 'bu' | 1,12-1,15 STRING '\"b\"' | 1,16-1,18 NAME 'bu' | 1,18-1,25 STRING \"'''c'''\" | 1,26-1,28 NAME 'bu' | 1,28-1,35 STRING '\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = fb'a' fb\"b\" fb'''c''' fb\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NAME 'fb' | 1,6-1,9 STRING \"'a'\" | 1,10-1,12 NAME 'fb' | 1,12-1,15 STRING '\"b\"' | 1,16-1,18 NAME 'fb' | 1,18-1,25 STRING \"'''c'''\" | 1,26-1,28 NAME 'fb' | 1,28-1,35 STRING '\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = ub'a' ub\"b\" ub'''c''' ub\"\"\"d\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NAME 'ub' | 1,6-1,9 STRING \"'a'\" | 1,10-1,12 NAME 'ub' | 1,12-1,15 STRING '\"b\"' | 1,16-1,18 NAME 'ub' | 1,18-1,25 STRING \"'''c'''\" | 1,26-1,28 NAME 'ub' | 1,28-1,35 STRING '\"\"\"d\"\"\"' | 1,35-1,36 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 'a\\'b'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,10 STRING \"'a\\\\'b'\" | 1,10-1,11 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = \"a\\\"b\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,10 STRING '\"a\\\\\"b\"' | 1,10-1,11 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 'a\\\nb'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-2,2 STRING \"'a\\\\\\nb'\" | 2,2-2,3 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = '''a\nb\nc'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-3,4 STRING \"'''a\\nb\\nc'''\" | 3,4-3,5 NEWLINE '\\n' | 4,0-4,0 ENDMARKER ''"},
    {"x = \"\"\"a\\\"\"\"b\"\"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,16 STRING '\"\"\"a\\\\\"\"\"b\"\"\"' | 1,16-1,17 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = ''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 STRING \"''\" | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = \"\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 STRING '\"\"' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = ''''''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,10 STRING \"''''''\" | 1,10-1,11 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = r'\\''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"r'\\\\''\" | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = r'\\\\'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,9 STRING \"r'\\\\\\\\'\" | 1,9-1,10 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = '\\N{EM DASH}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,17 STRING \"'\\\\N{EM DASH}'\" | 1,17-1,18 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = '''a''''\n"sv,
     "ERROR 1:12: unterminated string literal (detected at line 1)"},
    {"x = 'a' 'b'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 STRING \"'a'\" | 1,8-1,11 STRING \"'b'\" | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = '\303\251\342\202\254'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 STRING \"'\303\251\342\202\254'\" | 1,8-1,9 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = 'abc\n"sv,
     "ERROR 1:5: unterminated string literal (detected at line 1)"},
    {"x = \"abc\n"sv,
     "ERROR 1:5: unterminated string literal (detected at line 1)"},
    {"x = '''abc\n"sv,
     "ERROR 1:5: EOF in multi-line string"},
    {"x = \"\"\"abc\n\n\n"sv,
     "ERROR 1:5: EOF in multi-line string"},
    {"x = 'abc\\\ndef\n"sv,
     "ERROR 1:5: unterminated string literal (detected at line 2)"},
    {"x = b'abc\n"sv,
     "ERROR 1:5: unterminated string literal (detected at line 1)"},
    {"x = 'abc\\\n"sv,
     "ERROR 1:5: unterminated string literal (detected at line 1)"},
    {"x = f'a{{b}}c{x}d{{'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,8 FSTRING_MIDDLE 'a{' | 1,9-1,11 FSTRING_MIDDLE 'b}' | 1,12-1,13 FSTRING_MIDDLE 'c' | 1,13-1,14 LBRACE '{' | 1,14-1,15 NAME 'x' | 1,15-1,16 RBRACE '}' | 1,16-1,18 FSTRING_MIDDLE 'd{' | 1,19-1,20 FSTRING_END \"'\" | 1,20-1,21 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{{}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 FSTRING_MIDDLE '{' | 1,8-1,9 FSTRING_MIDDLE '}' | 1,10-1,11 FSTRING_END \"'\" | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'''a\n{x\n+1}b\nc{{\n}}'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 FSTRING_START \"f'''\" | 1,8-2,0 FSTRING_MIDDLE 'a\\n' | 2,0-2,1 LBRACE '{' | 2,1-2,2 NAME 'x' | 2,2-2,3 NL '\\n' | 3,0-3,1 PLUS '+' | 3,1-3,2 NUMBER '1' | 3,2-3,3 RBRACE '}' | 3,3-4,2 FSTRING_MIDDLE 'b\\nc{' | 4,3-5,1 FSTRING_MIDDLE '\\n}' | 5,2-5,5 FSTRING_END \"'''\" | 5,5-5,6 NEWLINE '\\n' | 6,0-6,0 ENDMARKER ''"},
    {"x = rf'\\\\{x}\\\\n\\\\{{'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"rf'\" | 1,7-1,9 FSTRING_MIDDLE '\\\\\\\\' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'x' | 1,11-1,12 RBRACE '}' | 1,12-1,18 FSTRING_MIDDLE '\\\\\\\\n\\\\\\\\{' | 1,19-1,20 FSTRING_END \"'\" | 1,20-1,21 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:{{a}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,9 FSTRING_MIDDLE '' | 1,9-1,10 LBRACE '{' | 1,10-1,11 LBRACE '{' | 1,11-1,12 NAME 'a' | 1,12-1,13 RBRACE '}' | 1,13-1,14 RBRACE '}' | 1,14-1,14 FSTRING_MIDDLE '' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_END \"'\" | 1,16-1,17 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'\\N{DASH}{x}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,14 FSTRING_MIDDLE '\\\\N{DASH}' | 1,14-1,15 LBRACE '{' | 1,15-1,16 NAME 'x' | 1,16-1,17 RBRACE '}' | 1,17-1,18 FSTRING_END \"'\" | 1,18-1,19 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x!r:^{w}.{p}f}z'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 EXCLAMATION '!' | 1,9-1,10 NAME 'r' | 1,10-1,11 COLON ':' | 1,11-1,12 FSTRING_MIDDLE '^' | 1,12-1,13 LBRACE '{' | 1,13-1,14 NAME 'w' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_MIDDLE '.' | 1,16-1,17 LBRACE '{' | 1,17-1,18 NAME 'p' | 1,18-1,19 RBRACE '}' | 1,19-1,20 FSTRING_MIDDLE 'f' | 1,20-1,21 RBRACE '}' | 1,21-1,22 FSTRING_MIDDLE 'z' | 1,22-1,23 FSTRING_END \"'\" | 1,23-1,24 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x}{y}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 RBRACE '}' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'y' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,9 FSTRING_MIDDLE '' | 1,9-1,10 RBRACE '}' | 1,10-1,11 FSTRING_END \"'\" | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:{y}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'y' | 1,11-1,12 RBRACE '}' | 1,12-1,12 FSTRING_MIDDLE '' | 1,12-1,13 RBRACE '}' | 1,13-1,14 FSTRING_END \"'\" | 1,14-1,15 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{a\n}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 NL '\\n' | 2,0-2,1 RBRACE '}' | 2,1-2,2 FSTRING_END \"'\" | 2,2-2,3 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'{a # c\n}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,9-1,12 COMMENT '# c' | 1,12-1,13 NL '\\n' | 2,0-2,1 RBRACE '}' | 2,1-2,2 FSTRING_END \"'\" | 2,2-2,3 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'''{a # c\n}'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 FSTRING_START \"f'''\" | 1,8-1,9 LBRACE '{' | 1,9-1,10 NAME 'a' | 1,11-1,14 COMMENT '# c' | 1,14-1,15 NL '\\n' | 2,0-2,1 RBRACE '}' | 2,1-2,4 FSTRING_END \"'''\" | 2,4-2,5 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'{a:b\nc}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 COLON ':' | 1,9-1,10 FSTRING_MIDDLE 'b' | 1,10-1,11 NL '\\n' | 2,0-2,1 NAME 'c' | 2,1-2,2 RBRACE '}' | 2,2-2,3 FSTRING_END \"'\" | 2,3-2,4 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'''{a:b\nc}'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 FSTRING_START \"f'''\" | 1,8-1,9 LBRACE '{' | 1,9-1,10 NAME 'a' | 1,10-1,11 COLON ':' | 1,11-2,1 FSTRING_MIDDLE 'b\\nc' | 2,1-2,2 RBRACE '}' | 2,2-2,5 FSTRING_END \"'''\" | 2,5-2,6 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'\\{x}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 FSTRING_MIDDLE '\\\\' | 1,7-1,8 LBRACE '{' | 1,8-1,9 NAME 'x' | 1,9-1,10 RBRACE '}' | 1,10-1,11 FSTRING_END \"'\" | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rf'\\{x}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"rf'\" | 1,7-1,8 FSTRING_MIDDLE '\\\\' | 1,8-1,9 LBRACE '{' | 1,9-1,10 NAME 'x' | 1,10-1,11 RBRACE '}' | 1,11-1,12 FSTRING_END \"'\" | 1,12-1,13 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'a\\\nb{x}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-2,1 FSTRING_MIDDLE 'a\\\\\\nb' | 2,1-2,2 LBRACE '{' | 2,2-2,3 NAME 'x' | 2,3-2,4 RBRACE '}' | 2,4-2,5 FSTRING_END \"'\" | 2,5-2,6 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'{x:=5}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,11 FSTRING_MIDDLE '=5' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{(x:=5)}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 LPAR '(' | 1,8-1,9 NAME 'x' | 1,9-1,11 COLONEQUAL ':=' | 1,11-1,12 NUMBER '5' | 1,12-1,13 RPAR ')' | 1,13-1,14 RBRACE '}' | 1,14-1,15 FSTRING_END \"'\" | 1,15-1,16 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x!=y}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,10 NOTEQUAL '!=' | 1,10-1,11 NAME 'y' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x = !r:>10}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,9-1,10 EQUAL '=' | 1,11-1,12 EXCLAMATION '!' | 1,12-1,13 NAME 'r' | 1,13-1,14 COLON ':' | 1,14-1,17 FSTRING_MIDDLE '>10' | 1,17-1,18 RBRACE '}' | 1,18-1,19 FSTRING_END \"'\" | 1,19-1,20 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{f'{f'{1}'}'}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,9 FSTRING_START \"f'\" | 1,9-1,10 LBRACE '{' | 1,10-1,12 FSTRING_START \"f'\" | 1,12-1,13 LBRACE '{' | 1,13-1,14 NUMBER '1' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_END \"'\" | 1,16-1,17 RBRACE '}' | 1,17-1,18 FSTRING_END \"'\" | 1,18-1,19 RBRACE '}' | 1,19-1,20 FSTRING_END \"'\" | 1,20-1,21 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{'a'}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,10 STRING \"'a'\" | 1,10-1,11 RBRACE '}' | 1,11-1,12 FSTRING_END \"'\" | 1,12-1,13 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:{y:{z}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'y' | 1,11-1,12 COLON ':' | 1,12-1,13 LBRACE '{' | 1,13-1,14 NAME 'z' | 1,14-1,15 RBRACE '}' | 1,15-1,15 FSTRING_MIDDLE '' | 1,15-1,16 RBRACE '}' | 1,16-1,16 FSTRING_MIDDLE '' | 1,16-1,17 RBRACE '}' | 1,17-1,18 FSTRING_END \"'\" | 1,18-1,19 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x[1:2]}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 LSQB '[' | 1,9-1,10 NUMBER '1' | 1,10-1,11 COLON ':' | 1,11-1,12 NUMBER '2' | 1,12-1,13 RSQB ']' | 1,13-1,14 RBRACE '}' | 1,14-1,15 FSTRING_END \"'\" | 1,15-1,16 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{d['a']}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'd' | 1,8-1,9 LSQB '[' | 1,9-1,12 STRING \"'a'\" | 1,12-1,13 RSQB ']' | 1,13-1,14 RBRACE '}' | 1,14-1,15 FSTRING_END \"'\" | 1,15-1,16 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:%H:%M}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,14 FSTRING_MIDDLE '%H:%M' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_END \"'\" | 1,16-1,17 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x!r}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 EXCLAMATION '!' | 1,9-1,10 NAME 'r' | 1,10-1,11 RBRACE '}' | 1,11-1,12 FSTRING_END \"'\" | 1,12-1,13 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x!r }'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 EXCLAMATION '!' | 1,9-1,10 NAME 'r' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'\\N{EM DASH}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,17 FSTRING_MIDDLE '\\\\N{EM DASH}' | 1,17-1,18 FSTRING_END \"'\" | 1,18-1,19 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'\\N{EM DASH'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,16 FSTRING_MIDDLE '\\\\N{EM DASH' | 1,16-1,17 FSTRING_END \"'\" | 1,17-1,18 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = rf'\\N{x}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 FSTRING_START \"rf'\" | 1,7-1,9 FSTRING_MIDDLE '\\\\N' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'x' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x}' f'{y}' 'z'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 RBRACE '}' | 1,9-1,10 FSTRING_END \"'\" | 1,11-1,13 FSTRING_START \"f'\" | 1,13-1,14 LBRACE '{' | 1,14-1,15 NAME 'y' | 1,15-1,16 RBRACE '}' | 1,16-1,17 FSTRING_END \"'\" | 1,18-1,21 STRING \"'z'\" | 1,21-1,22 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 FSTRING_END \"'\" | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'''\n'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 FSTRING_START \"f'''\" | 1,8-2,0 FSTRING_MIDDLE '\\n' | 2,0-2,3 FSTRING_END \"'''\" | 2,3-2,4 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = F'{x}' Rf'a' fR'b' rF'c' FR'd'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"F'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 RBRACE '}' | 1,9-1,10 FSTRING_END \"'\" | 1,11-1,14 FSTRING_START \"Rf'\" | 1,14-1,15 FSTRING_MIDDLE 'a' | 1,15-1,16 FSTRING_END \"'\" | 1,17-1,20 FSTRING_START \"fR'\" | 1,20-1,21 FSTRING_MIDDLE 'b' | 1,21-1,22 FSTRING_END \"'\" | 1,23-1,26 FSTRING_START \"rF'\" | 1,26-1,27 FSTRING_MIDDLE 'c' | 1,27-1,28 FSTRING_END \"'\" | 1,29-1,32 FSTRING_START \"FR'\" | 1,32-1,33 FSTRING_MIDDLE 'd' | 1,33-1,34 FSTRING_END \"'\" | 1,34-1,35 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:\\n}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-1,11 FSTRING_MIDDLE '\\\\n' | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END \"'\" | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{{{x}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 FSTRING_MIDDLE '{' | 1,8-1,9 LBRACE '{' | 1,9-1,10 NAME 'x' | 1,10-1,11 RBRACE '}' | 1,11-1,12 FSTRING_MIDDLE '}' | 1,13-1,14 FSTRING_END \"'\" | 1,14-1,15 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{ x }'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,8-1,9 NAME 'x' | 1,10-1,11 RBRACE '}' | 1,11-1,12 FSTRING_END \"'\" | 1,12-1,13 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:{{}'\n"sv,
     "ERROR 1:13: f-string: expecting '}'"},
    {"x = f'{x:}}'\n"sv,
     "ERROR 1:11: f-string: single '}' is not allowed"},
    {"x = f'{a:{b:{c}x}y}z'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 COLON ':' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'b' | 1,11-1,12 COLON ':' | 1,12-1,13 LBRACE '{' | 1,13-1,14 NAME 'c' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_MIDDLE 'x' | 1,16-1,17 RBRACE '}' | 1,17-1,18 FSTRING_MIDDLE 'y' | 1,18-1,19 RBRACE '}' | 1,19-1,20 FSTRING_MIDDLE 'z' | 1,20-1,21 FSTRING_END \"'\" | 1,21-1,22 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{a:{b}{c}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 COLON ':' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'b' | 1,11-1,12 RBRACE '}' | 1,12-1,13 LBRACE '{' | 1,13-1,14 NAME 'c' | 1,14-1,15 RBRACE '}' | 1,15-1,15 FSTRING_MIDDLE '' | 1,15-1,16 RBRACE '}' | 1,16-1,17 FSTRING_END \"'\" | 1,17-1,18 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{a:{{b}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 COLON ':' | 1,9-1,9 FSTRING_MIDDLE '' | 1,9-1,10 LBRACE '{' | 1,10-1,11 LBRACE '{' | 1,11-1,12 NAME 'b' | 1,12-1,13 RBRACE '}' | 1,13-1,14 RBRACE '}' | 1,14-1,14 FSTRING_MIDDLE '' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_END \"'\" | 1,16-1,17 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{a:{b!r:{c}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'a' | 1,8-1,9 COLON ':' | 1,9-1,10 LBRACE '{' | 1,10-1,11 NAME 'b' | 1,11-1,12 EXCLAMATION '!' | 1,12-1,13 NAME 'r' | 1,13-1,14 COLON ':' | 1,14-1,15 LBRACE '{' | 1,15-1,16 NAME 'c' | 1,16-1,17 RBRACE '}' | 1,17-1,17 FSTRING_MIDDLE '' | 1,17-1,18 RBRACE '}' | 1,18-1,18 FSTRING_MIDDLE '' | 1,18-1,19 RBRACE '}' | 1,19-1,20 FSTRING_END \"'\" | 1,20-1,21 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{1:>3{5}}}}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NUMBER '1' | 1,8-1,9 COLON ':' | 1,9-1,11 FSTRING_MIDDLE '>3' | 1,11-1,12 LBRACE '{' | 1,12-1,13 NUMBER '5' | 1,13-1,14 RBRACE '}' | 1,14-1,14 FSTRING_MIDDLE '' | 1,14-1,15 RBRACE '}' | 1,15-1,16 FSTRING_MIDDLE '}' | 1,17-1,18 FSTRING_END \"'\" | 1,18-1,19 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'2\\N{GREEK CAPITAL LETTER DELTA}3'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,37 FSTRING_MIDDLE '2\\\\N{GREEK CAPITAL LETTER DELTA}' | 1,37-1,38 FSTRING_MIDDLE '3' | 1,38-1,39 FSTRING_END \"'\" | 1,39-1,40 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{a:{b}\nc}'\n"sv,
     "ERROR 1:5: unterminated f-string literal (detected at line 1)"},
    {"x = f'{a + 'b}'\n"sv,
     "ERROR 1:16: unexpected EOF in multi-line statement"},
    {"x = f'{a:x'\n"sv,
     "ERROR 1:0: unexpected EOF in multi-line statement"},
    {"x = f'{a:x\n\n"sv,
     "ERROR 2:12: unexpected EOF in multi-line statement"},
    {"x = f'''{a:x\n'''\n"sv,
     "ERROR 2:0: unexpected EOF in multi-line statement"},
    {"x = x = f'{\n\n"sv,
     "ERROR 2:13: unexpected EOF in multi-line statement"},
    {"x = f'{a\n\n\n"sv,
     "ERROR 3:11: unexpected EOF in multi-line statement"},
    {"x = f\"{'\\n'}\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START 'f\"' | 1,6-1,7 LBRACE '{' | 1,7-1,11 STRING \"'\\\\n'\" | 1,11-1,12 RBRACE '}' | 1,12-1,13 FSTRING_END '\"' | 1,13-1,14 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = f'{x:a\\\nb}'\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 FSTRING_START \"f'\" | 1,6-1,7 LBRACE '{' | 1,7-1,8 NAME 'x' | 1,8-1,9 COLON ':' | 1,9-2,1 FSTRING_MIDDLE 'a\\\\\\nb' | 2,1-2,2 RBRACE '}' | 2,2-2,3 FSTRING_END \"'\" | 2,3-2,4 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = f'{x:a'b}'\n"sv,
     "ERROR 1:14: unterminated string literal (detected at line 1)"},
    {"x = f'}'\n"sv,
     "ERROR 1:7: f-string: single '}' is not allowed"},
    {"x = f'a}'\n"sv,
     "ERROR 1:8: f-string: single '}' is not allowed"},
    {"x = f'{a}}'\n"sv,
     "ERROR 1:10: f-string: single '}' is not allowed"},
    {"x = f'{a:{b:{c:{d}}}}'\n"sv,
     "ERROR 1:15: f-string: expressions nested too deeply"},
    {"x = f'{'\n"sv,
     "ERROR 1:8: f-string: expecting '}'"},
    {"x = f'{a'\n"sv,
     "ERROR 1:9: f-string: expecting '}'"},
    {"x = f'abc\n"sv,
     "ERROR 1:5: unterminated f-string literal (detected at line 1)"},
    {"x = f'''{a}abc\ndef\n"sv,
     "ERROR 1:5: unterminated triple-quoted f-string literal (detected at line 2)"},
    {"x = f'{a!r'\n"sv,
     "ERROR 1:10: f-string: expecting '}'"},
    {"x = f'''{\303\251\n}\303\251'''\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,8 FSTRING_START \"f'''\" | 1,8-1,9 LBRACE '{' | 1,9-1,10 NAME '\303\251' | 1,10-1,11 NL '\\n' | 2,0-2,1 RBRACE '}' | 2,1-2,2 FSTRING_MIDDLE '\303\251' | 2,2-2,5 FSTRING_END \"'''\" | 2,5-2,6 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"if x:\n  y\n    # c\n# d\n\n  z\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'x' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,3 NAME 'y' | 2,3-2,4 NEWLINE '\\n' | 3,4-3,7 COMMENT '# c' | 3,7-3,8 NL '\\n' | 4,0-4,3 COMMENT '# d' | 4,3-4,4 NL '\\n' | 5,0-5,1 NL '\\n' | 6,2-6,3 NAME 'z' | 6,3-6,4 NEWLINE '\\n' | 7,0-7,0 DEDENT '' | 7,0-7,0 ENDMARKER ''"},
    {"if x:\n  if y:\n    z\n  w"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'x' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,4 NAME 'if' | 2,5-2,6 NAME 'y' | 2,6-2,7 COLON ':' | 2,7-2,8 NEWLINE '\\n' | 3,0-3,4 INDENT '    ' | 3,4-3,5 NAME 'z' | 3,5-3,6 NEWLINE '\\n' | 4,2-4,2 DEDENT '' | 4,2-4,3 NAME 'w' | 4,3-4,4 NEWLINE '' | 5,0-5,0 DEDENT '' | 5,0-5,0 ENDMARKER ''"},
    {"if 1:\n\011pass\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NUMBER '1' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,1 INDENT '\\t' | 2,1-2,5 NAME 'pass' | 2,5-2,6 NEWLINE '\\n' | 3,0-3,0 DEDENT '' | 3,0-3,0 ENDMARKER ''"},
    {"if 1:\n\014    x\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NUMBER '1' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,5 INDENT '\\x0c    ' | 2,5-2,6 NAME 'x' | 2,6-2,7 NEWLINE '\\n' | 3,0-3,0 DEDENT '' | 3,0-3,0 ENDMARKER ''"},
    {" \\\nx\n"sv,
     "2,0-2,0 INDENT '' | 2,0-2,1 NAME 'x' | 2,1-2,2 NEWLINE '\\n' | 3,0-3,0 DEDENT '' | 3,0-3,0 ENDMARKER ''"},
    {"if x:\n  y\n \\\nz\n"sv,
     "ERROR 4:2: unindent does not match any outer indentation level"},
    {"class A:\n    def f(self):\n        pass\n\n\n    def g(self):\n        return [\n    1,\n  2]\n"sv,
     "1,0-1,5 NAME 'class' | 1,6-1,7 NAME 'A' | 1,7-1,8 COLON ':' | 1,8-1,9 NEWLINE '\\n' | 2,0-2,4 INDENT '    ' | 2,4-2,7 NAME 'def' | 2,8-2,9 NAME 'f' | 2,9-2,10 LPAR '(' | 2,10-2,14 NAME 'self' | 2,14-2,15 RPAR ')' | 2,15-2,16 COLON ':' | 2,16-2,17 NEWLINE '\\n' | 3,0-3,8 INDENT '        ' | 3,8-3,12 NAME 'pass' | 3,12-3,13 NEWLINE '\\n' | 4,0-4,1 NL '\\n' | 5,0-5,1 NL '\\n' | 6,4-6,4 DEDENT '' | 6,4-6,7 NAME 'def' | 6,8-6,9 NAME 'g' | 6,9-6,10 LPAR '(' | 6,10-6,14 NAME 'self' | 6,14-6,15 RPAR ')' | 6,15-6,16 COLON ':' | 6,16-6,17 NEWLINE '\\n' | 7,0-7,8 INDENT '        ' | 7,8-7,14 NAME 'return' | 7,15-7,16 LSQB '[' | 7,16-7,17 NL '\\n' | 8,4-8,5 NUMBER '1' | 8,5-8,6 COMMA ',' | 8,6-8,7 NL '\\n' | 9,2-9,3 NUMBER '2' | 9,3-9,4 RSQB ']' | 9,4-9,5 NEWLINE '\\n' | 10,0-10,0 DEDENT '' | 10,0-10,0 DEDENT '' | 10,0-10,0 ENDMARKER ''"},
    {"if x:\n    a\n  b\n"sv,
     "ERROR 3:4: unindent does not match any outer indentation level"},
    {"if x:\n    a\n\011b\n"sv,
     "ERROR 3:3: inconsistent use of tabs and spaces in indentation"},
    {"if x:\n\011a\n        b\n"sv,
     "ERROR 3:10: inconsistent use of tabs and spaces in indentation"},
    {"if x:\n  a\n\011  b\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'x' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,3 NAME 'a' | 2,3-2,4 NEWLINE '\\n' | 3,0-3,3 INDENT '\\t  ' | 3,3-3,4 NAME 'b' | 3,4-3,5 NEWLINE '\\n' | 4,0-4,0 DEDENT '' | 4,0-4,0 DEDENT '' | 4,0-4,0 ENDMARKER ''"},
    {"if a:\n  if b:\n    if c:\n      x\ny\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'a' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,4 NAME 'if' | 2,5-2,6 NAME 'b' | 2,6-2,7 COLON ':' | 2,7-2,8 NEWLINE '\\n' | 3,0-3,4 INDENT '    ' | 3,4-3,6 NAME 'if' | 3,7-3,8 NAME 'c' | 3,8-3,9 COLON ':' | 3,9-3,10 NEWLINE '\\n' | 4,0-4,6 INDENT '      ' | 4,6-4,7 NAME 'x' | 4,7-4,8 NEWLINE '\\n' | 5,0-5,0 DEDENT '' | 5,0-5,0 DEDENT '' | 5,0-5,0 DEDENT '' | 5,0-5,1 NAME 'y' | 5,1-5,2 NEWLINE '\\n' | 6,0-6,0 ENDMARKER ''"},
    {"if a:\n  x\n\n\n"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'a' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,3 NAME 'x' | 2,3-2,4 NEWLINE '\\n' | 3,0-3,1 NL '\\n' | 4,0-4,1 NL '\\n' | 5,0-5,0 DEDENT '' | 5,0-5,0 ENDMARKER ''"},
    {"if a:\n  x\n  # c"sv,
     "1,0-1,2 NAME 'if' | 1,3-1,4 NAME 'a' | 1,4-1,5 COLON ':' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,2 INDENT '  ' | 2,2-2,3 NAME 'x' | 2,3-2,4 NEWLINE '\\n' | 3,2-3,5 COMMENT '# c' | 3,5-3,6 NL '' | 4,0-4,0 DEDENT '' | 4,0-4,0 ENDMARKER ''"},
    {")\n"sv,
     "1,0-1,1 RPAR ')' | 1,1-1,2 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"(]\n"sv,
     "1,0-1,1 LPAR '(' | 1,1-1,2 RSQB ']' | 1,2-1,3 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"[\n)\n"sv,
     "1,0-1,1 LSQB '[' | 1,1-1,2 NL '\\n' | 2,0-2,1 RPAR ')' | 2,1-2,2 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"(((\n\n"sv,
     "ERROR 2:0: unexpected EOF in multi-line statement"},
    {"x = (1,\n  2"sv,
     "ERROR 2:0: unexpected EOF in multi-line statement"},
    {"x = 1 + \\\n"sv,
     "ERROR 1:10: unexpected EOF in multi-line statement"},
    {"if x:\n  y = \\"sv,
     "ERROR 2:8: unexpected EOF in multi-line statement"},
    {"x = \\ 1\n"sv,
     "ERROR 1:8: unexpected character after line continuation character"},
    {"x = \\"sv,
     "ERROR 1:6: unexpected EOF in multi-line statement"},
    {"\\\n"sv,
     "ERROR 1:0: unexpected EOF in multi-line statement"},
    {"x\\\n"sv,
     "ERROR 1:3: unexpected EOF in multi-line statement"},
    {"x = (1,\n\n  # c\n 2)\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 LPAR '(' | 1,5-1,6 NUMBER '1' | 1,6-1,7 COMMA ',' | 1,7-1,8 NL '\\n' | 2,0-2,1 NL '\\n' | 3,2-3,5 COMMENT '# c' | 3,5-3,6 NL '\\n' | 4,1-4,2 NUMBER '2' | 4,2-4,3 RPAR ')' | 4,3-4,4 NEWLINE '\\n' | 5,0-5,0 ENDMARKER ''"},
    {"x = [\n  1,  # one\n  2,\n]\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 LSQB '[' | 1,5-1,6 NL '\\n' | 2,2-2,3 NUMBER '1' | 2,3-2,4 COMMA ',' | 2,6-2,11 COMMENT '# one' | 2,11-2,12 NL '\\n' | 3,2-3,3 NUMBER '2' | 3,3-3,4 COMMA ',' | 3,4-3,5 NL '\\n' | 4,0-4,1 RSQB ']' | 4,1-4,2 NEWLINE '\\n' | 5,0-5,0 ENDMARKER ''"},
    {"\303\251t\303\251 = 1\n"sv,
     "1,0-1,3 NAME '\303\251t\303\251' | 1,4-1,5 EQUAL '=' | 1,6-1,7 NUMBER '1' | 1,7-1,8 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"\342\202\254\n"sv,
     "1,0-1,1 NAME '\342\202\254' | 1,1-1,2 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = a\302\240\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,6 NAME 'a\\xa0' | 1,6-1,7 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"# \303\251\303\251\303\251\nx = \"\303\251\" # \342\202\254\n"sv,
     "1,0-1,5 COMMENT '# \303\251\303\251\303\251' | 1,5-1,6 NL '\\n' | 2,0-2,1 NAME 'x' | 2,2-2,3 EQUAL '=' | 2,4-2,7 STRING '\"\303\251\"' | 2,8-2,11 COMMENT '# \342\202\254' | 2,11-2,12 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"\303\251 = \"\"\"a\nbcdef\"\"\"\nx = f\"\"\"\303\251{1}a\nbcdef\"\"\"\n"sv,
     "1,0-1,1 NAME '\303\251' | 1,2-1,3 EQUAL '=' | 1,4-2,8 STRING '\"\"\"a\\nbcdef\"\"\"' | 2,8-2,9 NEWLINE '\\n' | 3,0-3,1 NAME 'x' | 3,2-3,3 EQUAL '=' | 3,4-3,8 FSTRING_START 'f\"\"\"' | 3,8-3,9 FSTRING_MIDDLE '\303\251' | 3,9-3,10 LBRACE '{' | 3,10-3,11 NUMBER '1' | 3,11-3,12 RBRACE '}' | 3,12-4,5 FSTRING_MIDDLE 'a\\nbcdef' | 4,5-4,8 FSTRING_END '\"\"\"' | 4,8-4,9 NEWLINE '\\n' | 5,0-5,0 ENDMARKER ''"},
    {"x = \"\360\237\230\200\" + \303\251\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,7 STRING '\"\360\237\230\200\"' | 1,8-1,9 PLUS '+' | 1,10-1,11 NAME '\303\251' | 1,11-1,12 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"x = \001\n"sv,
     "ERROR 1:5: invalid non-printable character U+0001"},
    {"x = \177\n"sv,
     "ERROR 1:5: invalid non-printable character U+007F"},
    {"\357\273\277x = 1\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,0 ENDMARKER ''"},
    {"# coding: latin-1\nx = \"\351\"\n"sv,
     "1,0-1,17 COMMENT '# coding: latin-1' | 1,17-1,18 NL '\\n' | 2,0-2,1 NAME 'x' | 2,2-2,3 EQUAL '=' | 2,4-2,7 STRING '\"\303\251\"' | 2,7-2,8 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"# -*- coding: cp1252 -*-\nx = \"\200\"\n"sv,
     "1,0-1,24 COMMENT '# -*- coding: cp1252 -*-' | 1,24-1,25 NL '\\n' | 2,0-2,1 NAME 'x' | 2,2-2,3 EQUAL '=' | 2,4-2,7 STRING '\"\342\202\254\"' | 2,7-2,8 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"x = 1\ny = \"\377\"\n"sv,
     "1,0-1,1 NAME 'x' | 1,2-1,3 EQUAL '=' | 1,4-1,5 NUMBER '1' | 1,5-1,6 NEWLINE '\\n' | 2,0-2,1 NAME 'y' | 2,2-2,3 EQUAL '=' | 2,4-2,7 STRING '\"\357\277\275\"' | 2,7-2,8 NEWLINE '\\n' | 3,0-3,0 ENDMARKER ''"},
    {"# \377\nx = 1\n"sv,
     "ERROR invalid or missing encoding declaration"},
    {"# coding: xyz\n"sv,
     "ERROR unknown encoding: xyz"},
    {"\357\273\277# coding: latin-1\n"sv,
     "ERROR encoding problem: utf-8"},
    {"x = 1\n\000\n"sv,
     "ERROR 2:0: source code cannot contain null bytes"},
};

TEST(TokenizerStreams, MatchCPythonTokenizeModule) {
  int index = 0;
  for (const StreamCase& c : kStreamCases) {
    std::string_view source = c.source;
    EXPECT_EQ(tokenize_view(source), c.expected) << "case " << index << ": " << bytes_repr(source);
    ++index;
  }
}

// ------------------------------------------------------------------ the parser's view

struct Tok {
  TokenKind kind;
  std::string text;
  int l0, c0, l1, c1;
};

std::vector<Tok> parser_tokens(std::string_view source) {
  Tokenizer tokenizer(source, "<test>");
  std::vector<Tok> out;
  Token t;
  while (tokenizer.next(&t)) {
    out.push_back({t.kind, std::string(t.text), t.lineno, t.col_offset, t.end_lineno, t.end_col_offset});
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  return out;
}

std::string describe(const std::vector<Tok>& toks) {
  std::string s;
  for (const Tok& t : toks) {
    s += token_kind_name(t.kind);
    s += "(" + std::to_string(t.l0) + "," + std::to_string(t.c0) + "-" + std::to_string(t.l1) + "," +
         std::to_string(t.c1) + ") ";
  }
  return s;
}

TEST(TokenizerParserView, KeywordsAreTheirOwnKinds) {
  auto toks = parser_tokens("if x: pass\nmatch = case = type = _ = 1\n");
  EXPECT_EQ(describe(toks),
            "KW_IF(1,0-1,2) NAME(1,3-1,4) COLON(1,4-1,5) KW_PASS(1,6-1,10) NEWLINE(1,10-1,11) NAME(2,0-2,5) "
            "EQUAL(2,6-2,7) NAME(2,8-2,12) EQUAL(2,13-2,14) NAME(2,15-2,19) EQUAL(2,20-2,21) NAME(2,22-2,23) "
            "EQUAL(2,24-2,25) NUMBER(2,26-2,27) NEWLINE(2,27-2,28) ENDMARKER(2,-1-2,-1) ");
}

TEST(TokenizerParserView, NewlineAfterCommentStartsAtTheComment) {
  // CPython's parser reports "invalid syntax" on such a NEWLINE from the comment's column
  // to just past the newline: compile('x = 1 +  # c\n') -> offset 10, end_offset 14.
  auto toks = parser_tokens("x = 1 +  # c\n");
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_EQ(toks[4].kind, TokenKind::NEWLINE);
  EXPECT_EQ(toks[4].c0, 9);
  EXPECT_EQ(toks[4].c1, 13);
  // No comment: the newline's own column, end one past it; also for an implicit newline.
  toks = parser_tokens("x = 1 +");
  EXPECT_EQ(toks[4].kind, TokenKind::NEWLINE);
  EXPECT_EQ(toks[4].c0, 7);
  EXPECT_EQ(toks[4].c1, 8);
}

TEST(TokenizerParserView, IndentDedentAndEndmarkerHaveNoColumn) {
  auto toks = parser_tokens("if x:\n  y\n  z\nw\n");
  EXPECT_EQ(describe(toks),
            "KW_IF(1,0-1,2) NAME(1,3-1,4) COLON(1,4-1,5) NEWLINE(1,5-1,6) INDENT(2,-1-2,-1) NAME(2,2-2,3) "
            "NEWLINE(2,3-2,4) NAME(3,2-3,3) NEWLINE(3,3-3,4) DEDENT(4,-1-4,-1) NAME(4,0-4,1) NEWLINE(4,1-4,2) "
            "ENDMARKER(4,-1-4,-1) ");
  // Blank and comment lines produce nothing; DEDENTs at the end are on the last line.
  toks = parser_tokens("if x:\n  y\n\n# c\n");
  EXPECT_EQ(describe(toks),
            "KW_IF(1,0-1,2) NAME(1,3-1,4) COLON(1,4-1,5) NEWLINE(1,5-1,6) INDENT(2,-1-2,-1) NAME(2,2-2,3) "
            "NEWLINE(2,3-2,4) DEDENT(4,-1-4,-1) ENDMARKER(4,-1-4,-1) ");
  // Empty input: ENDMARKER on line 0, as CPython's compile('', 'f', 'eval') error shows.
  toks = parser_tokens("");
  EXPECT_EQ(describe(toks), "ENDMARKER(0,-1-0,-1) ");
}

TEST(TokenizerParserView, ColumnsAreUtf8Bytes) {
  auto toks = parser_tokens("\xc3\xa9t\xc3\xa9 = '\xe2\x82\xac'\n");
  EXPECT_EQ(describe(toks), "NAME(1,0-1,5) EQUAL(1,6-1,7) STRING(1,8-1,13) NEWLINE(1,13-1,14) ENDMARKER(1,-1-1,-1) ");
  EXPECT_EQ(toks[0].text, "\xc3\xa9t\xc3\xa9");
}

TEST(TokenizerParserView, FStringTokensPointIntoTheSource) {
  std::string src = "f'a{{b}}c{x!r:>{w}}'\n";
  auto toks = parser_tokens(src);
  std::string kinds;
  for (const Tok& t : toks) kinds += std::string(token_kind_name(t.kind)) + ":" + t.text + " ";
  EXPECT_EQ(kinds,
            "FSTRING_START:f' FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b} FSTRING_MIDDLE:c LBRACE:{ NAME:x EXCLAMATION:! "
            "NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} FSTRING_MIDDLE: RBRACE:} FSTRING_END:' "
            "NEWLINE: ENDMARKER: ");
}

TEST(TokenizerParserView, EvalAndSingleInputHaveNoImplicitNewline) {
  // compile('1 +', 'f', 'eval') fails on ENDMARKER (offset 0); 'exec' on the NEWLINE.
  TokenizerOptions options;
  options.exec_input = false;
  Tokenizer tokenizer("1 +", "<test>", options);
  Token t;
  std::string kinds;
  while (tokenizer.next(&t)) {
    kinds += std::string(token_kind_name(t.kind)) + " ";
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  EXPECT_EQ(kinds, "NUMBER PLUS ENDMARKER ");
  EXPECT_EQ(t.lineno, 1);
  EXPECT_EQ(t.col_offset, -1);
  int line = 0, col = 0;
  tokenizer.current_position(&line, &col);  // compile('if x:', 'f', 'single') -> offset 5
  EXPECT_EQ(col, 3);
  // A last line of blanks is then an indentation (compile('1\n  ', 'f', 'eval') ->
  // "unexpected indent").
  Tokenizer blanks("1\n  ", "<test>", options);
  kinds.clear();
  while (blanks.next(&t)) {
    kinds += std::string(token_kind_name(t.kind)) + " ";
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  EXPECT_EQ(kinds, "NUMBER NEWLINE INDENT DEDENT ENDMARKER ");
}

TEST(TokenizerParserView, NestedFStringLimit) {
  // CPython accepts 149 nested f-strings; the 150th is "too many nested f-strings" at the
  // character after its quote (offset 449 for f"{ repeated).
  auto nested = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "f\"{";
    s += "1";
    for (int i = 0; i < n; ++i) s += "}\"";
    return s + "\n";
  };
  std::string ok = nested(149);
  EXPECT_EQ(parser_tokens(ok).back().kind, TokenKind::ENDMARKER);
  std::string bad = nested(150);
  Tokenizer tokenizer(bad, "<test>");
  Token t;
  while (tokenizer.next(&t)) {
  }
  EXPECT_EQ(tokenizer.error().msg, "too many nested f-strings");
  EXPECT_EQ(tokenizer.error().offset, 449);
}

TEST(TokenizerParserView, NextAfterEndmarkerKeepsReturningEndmarker) {
  Tokenizer tokenizer("x\n", "<test>");
  Token t;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(tokenizer.next(&t));
  EXPECT_EQ(t.kind, TokenKind::ENDMARKER);
  ASSERT_TRUE(tokenizer.next(&t));
  EXPECT_EQ(t.kind, TokenKind::ENDMARKER);
}

TEST(TokenizerParserView, CurrentPositionAtTheEnd) {
  // compile('if x:\n  \n') -> "expected an indented block" at line 2, offset 3: the
  // tokenizer stands on the last line, after its newline.
  Tokenizer a("if x:\n  \n", "<test>");
  Token t;
  while (a.next(&t) && t.kind != TokenKind::ENDMARKER) {
  }
  int line = 0, col = 0;
  a.current_position(&line, &col);
  EXPECT_EQ(line, 2);
  EXPECT_EQ(col, 3);
  // An implicit final newline counts: compile('if x:') -> offset 6.
  Tokenizer b("if x:", "<test>");
  while (b.next(&t) && t.kind != TokenKind::ENDMARKER) {
  }
  b.current_position(&line, &col);
  EXPECT_EQ(line, 1);
  EXPECT_EQ(col, 6);
  // After an INDENT: right after the indentation (compile('  x\n') -> offset 2).
  Tokenizer c("x\n  y\n", "<test>");
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(c.next(&t));
  EXPECT_EQ(t.kind, TokenKind::INDENT);
  c.current_position(&line, &col);
  EXPECT_EQ(line, 2);
  EXPECT_EQ(col, 2);
}

TEST(TokenizerParserView, TokensAreProducedLazily) {
  // The error on line 3 is not seen before the parser asks for that token.
  Tokenizer tokenizer("x = 1\ny = 2\nz = 1abc\n", "<test>");
  Token t;
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(tokenizer.next(&t));
  EXPECT_EQ(t.kind, TokenKind::NEWLINE);
  EXPECT_EQ(t.lineno, 2);
  ASSERT_TRUE(tokenizer.next(&t));  // z
  ASSERT_TRUE(tokenizer.next(&t));  // =
  EXPECT_FALSE(tokenizer.next(&t));
  EXPECT_EQ(tokenizer.error().msg, "invalid decimal literal");
  EXPECT_FALSE(tokenizer.next(&t));  // stays failed
}

TEST(TokenizerWarnings, NumberFollowedByKeyword) {
  Tokenizer tokenizer("x = 1if y else 0x1for\nz = 0o7or 2\n", "<test>");
  Token t;
  while (tokenizer.next(&t) && t.kind != TokenKind::ENDMARKER) {
  }
  ASSERT_EQ(tokenizer.warnings().size(), 3u);
  EXPECT_EQ(tokenizer.warnings()[0].msg, "invalid decimal literal");
  EXPECT_EQ(tokenizer.warnings()[1].msg, "invalid hexadecimal literal");
  EXPECT_EQ(tokenizer.warnings()[2].msg, "invalid octal literal");
  EXPECT_EQ(tokenizer.warnings()[2].lineno, 2);
  EXPECT_EQ(tokenizer.warnings()[0].category, "SyntaxWarning");
}

TEST(TokenizerWarnings, BackslashBeforeBraceInFString) {
  Tokenizer tokenizer("f'\\{x}' rf'\\{y}'\n", "<test>");
  Token t;
  while (tokenizer.next(&t) && t.kind != TokenKind::ENDMARKER) {
  }
  ASSERT_EQ(tokenizer.warnings().size(), 1u);
  EXPECT_EQ(tokenizer.warnings()[0].msg, "invalid escape sequence '\\{'");
}

// ------------------------------------------------------------------ robustness

// Runs the tokenizer to the end or to an error; returns the number of tokens.
size_t drain(std::string_view source, bool extra) {
  TokenizerOptions options;
  options.emit_comments_and_nl = extra;
  Tokenizer tokenizer(source, "<test>", options);
  Token t;
  size_t n = 0;
  while (tokenizer.next(&t)) {
    ++n;
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  return n;
}

TEST(TokenizerRobustness, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  const char alphabet[] = "()[]{}'\"\\\n\r\t \f#:=!fFrRbB01xoe_.+-*/<>@{}jJ\x80\xc3\xa9\xff\x00";
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    size_t len = rng() % 60;
    for (size_t i = 0; i < len; ++i) {
      if (rng() % 4 == 0) {
        s.push_back(static_cast<char>(rng() % 256));
      } else {
        s.push_back(alphabet[rng() % (sizeof alphabet - 1)]);
      }
    }
    drain(s, false);
    drain(s, true);
    std::string decoded;
    SyntaxErrorInfo error;
    if (decode_source(s, "<test>", true, &decoded, &error)) drain(decoded, false);
  }
}

TEST(TokenizerRobustness, HundredThousandNestedBrackets) {
  std::string s(100000, '(');
  Tokenizer tokenizer(s, "<test>");
  Token t;
  size_t n = 0;
  while (tokenizer.next(&t)) ++n;
  EXPECT_EQ(n, 200u);
  EXPECT_EQ(tokenizer.error().msg, "too many nested parentheses");
  EXPECT_EQ(tokenizer.error().offset, 201);
  // Deeply nested f-strings hit their own limit first, without recursion.
  std::string f;
  for (int i = 0; i < 5000; ++i) f += "f'{";
  drain(f, false);
  drain(f, true);
}

TEST(TokenizerRobustness, LongLinesAndDeepIndentation) {
  std::string line = "x = " + std::string(1000000, '1') + " + " + std::string(500000, 'a') + "\n";
  EXPECT_EQ(drain(line, false), 7u);
  std::string deep;
  for (int i = 0; i < 150; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  Tokenizer tokenizer(deep, "<test>");
  Token t;
  while (tokenizer.next(&t)) {
  }
  EXPECT_EQ(tokenizer.error().exc_type, "IndentationError");
  EXPECT_EQ(tokenizer.error().msg, "too many levels of indentation");
  EXPECT_EQ(tokenizer.error().lineno, 101);
}

TEST(TokenizerRobustness, ManyMegabytes) {
  std::string unit = "def f(a, b=1, *c, **d):\n    return f'{a!r:>{b}}' + \"x\" * 3  # c\n\n";
  std::string big;
  while (big.size() < 8u * 1024 * 1024) big += unit;
  size_t n = drain(big, false);
  EXPECT_GT(n, 1000000u);
}

}  // namespace
}  // namespace pyxis::frontend

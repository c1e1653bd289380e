// format_syntax_error() against CPython 3.12.7's display of the same exception attributes.
// Expected texts come from the oracle: sys.__excepthook__ in `py312 --pyodide` (the p* cases
// are the errors compile() raises for small bad files; the others are constructed exceptions).
#include "frontend/syntax_error_display.h"

#include <gtest/gtest.h>

namespace pyxis::cli {
namespace {

struct DisplayCase {
  const char* name;
  const char* exc_type;
  const char* msg;
  const char* filename;
  bool has_location;
  int lineno, offset, end_lineno, end_offset;
  bool has_text;
  const char* text;
  const char* expected;
};

const DisplayCase kCases[] = {
    {"p01_nonascii", "SyntaxError", "'(' was never closed", "p01_nonascii.py", true, 1, 5, 1, 0, true, "é = (\n",
     "  File \"p01_nonascii.py\", line 1\n    é = (\n        ^\nSyntaxError: '(' was never closed\n"},
    {"p02_indent", "SyntaxError", "invalid syntax", "p02_indent.py", true, 2, 8, 2, 9, true, "    1 +\n",
     "  File \"p02_indent.py\", line 2\n    1 +\n       ^\nSyntaxError: invalid syntax\n"},
    {"p03_tab", "SyntaxError", "invalid syntax", "p03_tab.py", true, 2, 5, 2, 6, true, "\t1 +\n",
     "  File \"p03_tab.py\", line 2\n    1 +\n       ^\nSyntaxError: invalid syntax\n"},
    {"p04_range", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", "p04_range.py", true, 1, 6, 1, 10, true, "f(**x, *y)\n",
     "  File \"p04_range.py\", line 1\n    f(**x, *y)\n         ^^^^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"},
    {"p05_multiline", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", "p05_multiline.py", true, 1, 2, 2, 3, true, "(a",
     "  File \"p05_multiline.py\", line 1\n    (a\n     ^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"},
    {"p06_nul", "SyntaxError", "source code string cannot contain null bytes", "", false, 0, 0, 0, 0, false, "",
     "SyntaxError: source code string cannot contain null bytes\n"},
    {"p07_indent_err", "IndentationError", "expected an indented block after 'if' statement on line 1", "p07_indent_err.py", true, 2, 1, 2, 5, true, "pass\n",
     "  File \"p07_indent_err.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
    {"p08_unindent", "IndentationError", "unindent does not match any outer indentation level", "p08_unindent.py", true, 3, 6, 3, -1, true, "    b\n",
     "  File \"p08_unindent.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
    {"p09_taberr", "TabError", "inconsistent use of tabs and spaces in indentation", "p09_taberr.py", true, 3, 1, 3, 0, true, "        b\n",
     "  File \"p09_taberr.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n"},
    {"p10_eof", "IndentationError", "expected an indented block after 'if' statement on line 1", "p10_eof.py", true, 1, 6, 1, -1, true, "if x:\n",
     "  File \"p10_eof.py\", line 1\n    if x:\n         ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
    {"p11_ff", "SyntaxError", "invalid syntax", "p11_ff.py", true, 2, 8, 2, 9, true, " \014  1 +\n",
     "  File \"p11_ff.py\", line 2\n    1 +\n       ^\nSyntaxError: invalid syntax\n"},
    {"p12_unterminated_triple", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", "p12_unterminated_triple.py", true, 1, 5, 1, 5, true, "x = \"\"\"abc",
     "  File \"p12_unterminated_triple.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 1)\n"},
    {"p13_badutf8", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "p13_badutf8.py", true, 1, 5, 1, -1, true, "x = �\n",
     "  File \"p13_badutf8.py\", line 1\n    x = �\n        ^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"},
    {"p14_badenc", "SyntaxError", "unknown encoding: foo", "p14_badenc.py", true, 0, -1, 0, 0, false, "",
     "  File \"p14_badenc.py\", line 0\nSyntaxError: unknown encoding: foo\n"},
    {"p15_return", "SyntaxError", "'return' outside function", "p15_return.py", true, 3, 1, 3, 9, false, "",
     "  File \"p15_return.py\", line 3\nSyntaxError: 'return' outside function\n"},
    {"p16_noeol", "SyntaxError", "invalid syntax", "p16_noeol.py", true, 1, 8, 1, 9, true, "x = 1 +\n",
     "  File \"p16_noeol.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
    {"p17_eof_paren", "SyntaxError", "'(' was never closed", "p17_eof_paren.py", true, 1, 5, 1, 0, true, "x = (1,",
     "  File \"p17_eof_paren.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
    {"p18_tabs_leading", "IndentationError", "unexpected indent", "p18_tabs_leading.py", true, 1, 4, 1, -1, true, "\t\t  x = )\n",
     "  File \"p18_tabs_leading.py\", line 1\n    x = )\nIndentationError: unexpected indent\n"},
    {"p19_crlf", "SyntaxError", "'(' was never closed", "p19_crlf.py", true, 2, 5, 2, 0, true, "b = (\n",
     "  File \"p19_crlf.py\", line 2\n    b = (\n        ^\nSyntaxError: '(' was never closed\n"},
    {"p20_print", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", "p20_print.py", true, 1, 1, 1, 14, true, "print \"hello\"\n",
     "  File \"p20_print.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
    {"p21_unterminated", "SyntaxError", "unterminated string literal (detected at line 1)", "p21_unterminated.py", true, 1, 5, 1, 5, true, "x = \"abc",
     "  File \"p21_unterminated.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
    {"p22_fstring", "SyntaxError", "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'", "p22_fstring.py", true, 1, 6, 1, 7, true, "f\"{a!x}\"\n",
     "  File \"p22_fstring.py\", line 1\n    f\"{a!x}\"\n         ^\nSyntaxError: f-string: invalid conversion character 'x': expected 's', 'r', or 'a'\n"},
    {"p23_unexpected_indent", "IndentationError", "unexpected indent", "p23_unexpected_indent.py", true, 2, 2, 2, -1, true, "  y = 2\n",
     "  File \"p23_unexpected_indent.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"},
    {"p24_dedent", "IndentationError", "unindent does not match any outer indentation level", "p24_dedent.py", true, 3, 8, 3, -1, true, "  break\n",
     "  File \"p24_dedent.py\", line 3\n    break\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
    {"p25_ifexp", "SyntaxError", "expected 'else' after 'if' expression", "p25_ifexp.py", true, 1, 5, 1, 11, true, "x = 5 if y\n",
     "  File \"p25_ifexp.py\", line 1\n    x = 5 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"},
    {"p26_inner_tab", "SyntaxError", "invalid syntax", "p26_inner_tab.py", true, 1, 3, 1, 4, true, "a\tb = 1 +\n",
     "  File \"p26_inner_tab.py\", line 1\n    a\tb = 1 +\n      ^\nSyntaxError: invalid syntax\n"},
    {"p27_never_closed_multiline", "SyntaxError", "'[' was never closed", "p27_never_closed_multiline.py", true, 1, 5, 1, 0, true, "x = [1, 2",
     "  File \"p27_never_closed_multiline.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
    {"p28_nonlocal", "SyntaxError", "no binding for nonlocal 'q' found", "p28_nonlocal.py", true, 3, 9, 3, 19, false, "",
     "  File \"p28_nonlocal.py\", line 3\nSyntaxError: no binding for nonlocal 'q' found\n"},
    {"p30_backslash_eof", "SyntaxError", "unexpected EOF while parsing", "p30_backslash_eof.py", true, 2, 2, 2, -1, true, "\\\n",
     "  File \"p30_backslash_eof.py\", line 2\n    \\\n     ^\nSyntaxError: unexpected EOF while parsing\n"},
    {"p31_dup_arg", "SyntaxError", "duplicate argument 'a' in function definition", "p31_dup_arg.py", true, 1, 10, 1, 11, false, "",
     "  File \"p31_dup_arg.py\", line 1\nSyntaxError: duplicate argument 'a' in function definition\n"},
    {"p32_nonascii_range", "SyntaxError", "invalid character '€' (U+20AC)", "p32_nonascii_range.py", true, 1, 1, 1, 1, true, "€€€ + (1 2)",
     "  File \"p32_nonascii_range.py\", line 1\n    €€€ + (1 2)\n    ^\nSyntaxError: invalid character '€' (U+20AC)\n"},
    {"p33_unicode_error", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", "p33_unicode_error.py", true, 1, 5, 1, 14, true, "x = \"\\N{foo}\"\n",
     "  File \"p33_unicode_error.py\", line 1\n    x = \"\\N{foo}\"\n        ^^^^^^^^^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name\n"},
    {"p34_bytes_nonascii", "SyntaxError", "bytes can only contain ASCII literal characters", "p34_bytes_nonascii.py", true, 1, 5, 1, 9, true, "x = b'é'\n",
     "  File \"p34_bytes_nonascii.py\", line 1\n    x = b'é'\n        ^^^^\nSyntaxError: bytes can only contain ASCII literal characters\n"},
    {"p35_octal", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "p35_octal.py", true, 1, 1, 1, 2, true, "0777",
     "  File \"p35_octal.py\", line 1\n    0777\n    ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
    {"p36_underscore", "SyntaxError", "invalid decimal literal", "p36_underscore.py", true, 1, 2, 1, 2, true, "1__0",
     "  File \"p36_underscore.py\", line 1\n    1__0\n     ^\nSyntaxError: invalid decimal literal\n"},
    {"p37_paren_blank", "SyntaxError", "'(' was never closed", "p37_paren_blank.py", true, 1, 5, 1, 0, true, "x = (",
     "  File \"p37_paren_blank.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"},
    {"p38_bom_latin", "SyntaxError", "encoding problem: iso-8859-1 with BOM", "p38_bom_latin.py", true, 0, -1, 0, 0, false, "",
     "  File \"p38_bom_latin.py\", line 0\nSyntaxError: encoding problem: iso-8859-1 with BOM\n"},
    {"multiline_range_to_end_of_line", "SyntaxError", "m", "f.py", true, 1, 2, 2, 3, true, "abcdef\n",
     "  File \"f.py\", line 1\n    abcdef\n     ^^^^^\nSyntaxError: m\n"},
    {"multiline_range_no_newline", "SyntaxError", "m", "f.py", true, 1, 2, 3, 30, true, "abcdef",
     "  File \"f.py\", line 1\n    abcdef\n     ^^^^\nSyntaxError: m\n"},
    {"multiline_range_nonascii_bytes", "SyntaxError", "m", "f.py", true, 1, 1, 2, 1, true, "éé\n",
     "  File \"f.py\", line 1\n    éé\n    ^^^^\nSyntaxError: m\n"},
    {"end_offset_clipped_nonascii", "SyntaxError", "m", "f.py", true, 1, 1, 1, 20, true, "éébcdef\n",
     "  File \"f.py\", line 1\n    éébcdef\n    ^^^^^^^^^^\nSyntaxError: m\n"},
    {"offset_past_line_end", "SyntaxError", "m", "f.py", true, 1, 20, 1, 22, true, "  abc\n",
     "  File \"f.py\", line 1\n    abc\n       ^\nSyntaxError: m\n"},
    {"offset_past_line_end_nonascii", "SyntaxError", "m", "f.py", true, 1, 13, 0, 3, true, "\té\013  ",
     "  File \"f.py\", line 1\n    é\013  \n         ^\nSyntaxError: m\n"},
    {"end_offset_before_offset", "SyntaxError", "m", "f.py", true, 1, 3, 1, 2, true, "abcdef\n",
     "  File \"f.py\", line 1\n    abcdef\n      ^\nSyntaxError: m\n"},
    {"offset_zero_no_caret", "SyntaxError", "m", "f.py", true, 1, 0, 1, 3, true, "abc\n",
     "  File \"f.py\", line 1\n    abc\nSyntaxError: m\n"},
    {"inner_whitespace_becomes_spaces", "SyntaxError", "m", "f.py", true, 1, 4, 1, 5, true, "a\t\014\013bc\n",
     "  File \"f.py\", line 1\n    a\t\014\013bc\n       ^\nSyntaxError: m\n"},
    {"text_with_two_lines_offset_in_second", "SyntaxError", "m", "f.py", true, 1, 6, 1, 7, true, "abc\ndef\n",
     "  File \"f.py\", line 1\n    def\n     ^\nSyntaxError: m\n"},
    {"text_with_two_lines_offset_in_first", "SyntaxError", "m", "f.py", true, 1, 2, 1, 3, true, "abc\ndef\n",
     "  File \"f.py\", line 1\n    abc\ndef\n     ^\nSyntaxError: m\n"},
    {"text_only_blanks", "SyntaxError", "m", "f.py", true, 1, 3, 1, 4, true, "    \n",
     "  File \"f.py\", line 1\n    \nSyntaxError: m\n"},
    {"empty_message", "SyntaxError", "", "f.py", true, 1, 2, 1, 3, true, "abc\n",
     "  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError\n"},
    {"indentation_error_single_caret", "IndentationError", "m", "f.py", true, 2, 1, 2, 5, true, "pass\n",
     "  File \"f.py\", line 2\n    pass\n    ^\nIndentationError: m\n"},
    {"tab_error_single_caret", "TabError", "m", "f.py", true, 1, 2, 1, 5, true, "abcdef\n",
     "  File \"f.py\", line 1\n    abcdef\n     ^\nTabError: m\n"},
    {"wide_characters", "SyntaxError", "m", "f.py", true, 1, 3, 1, 5, true, "中文x = 1\n",
     "  File \"f.py\", line 1\n    中文x = 1\n      ^^\nSyntaxError: m\n"},
    {"emoji", "SyntaxError", "m", "f.py", true, 1, 2, 1, 4, true, "😀x😀y\n",
     "  File \"f.py\", line 1\n    😀x😀y\n     ^^\nSyntaxError: m\n"},
    {"no_text", "SyntaxError", "m", "f.py", true, 2, 5, 2, 6, false, "",
     "  File \"f.py\", line 2\nSyntaxError: m\n"},
    {"line_zero", "SyntaxError", "unknown encoding: foo", "dir/f.py", true, 0, -1, 0, 0, false, "",
     "  File \"dir/f.py\", line 0\nSyntaxError: unknown encoding: foo\n"},
};

TEST(SyntaxErrorDisplay, MatchesCPython) {
  for (const DisplayCase& c : kCases) {
    frontend::SyntaxErrorInfo error;
    error.exc_type = c.exc_type;
    error.msg = c.msg;
    error.filename = c.filename;
    error.has_location = c.has_location;
    error.lineno = c.lineno;
    error.offset = c.offset;
    error.end_lineno = c.end_lineno;
    error.end_offset = c.end_offset;
    error.has_text = c.has_text;
    error.text = c.text;
    EXPECT_EQ(format_syntax_error(error), c.expected) << "case " << c.name;
  }
}

TEST(SyntaxErrorDisplay, NoLocationMeansNoFileLineEvenWithFilename) {
  // CPython's error for NUL bytes has neither location nor filename; ours may carry the name.
  frontend::SyntaxErrorInfo error;
  error.msg = "source code string cannot contain null bytes";
  error.filename = "x.py";
  error.has_location = false;
  error.has_text = false;
  EXPECT_EQ(format_syntax_error(error), "SyntaxError: source code string cannot contain null bytes\n");
}

TEST(SyntaxErrorDisplay, EndPositionsThatAreNoneAreIgnored) {
  // As CPython shows SyntaxError('m', ('f.py', 1, 2, 'abcdef\n', None, None)): one caret.
  frontend::SyntaxErrorInfo error;
  error.msg = "m";
  error.filename = "f.py";
  error.lineno = 1;
  error.offset = 2;
  error.text = "abcdef\n";
  error.end_lineno = 2;  // meaningless values under has_end_* == false
  error.end_offset = 6;
  error.has_end_lineno = false;
  error.has_end_offset = false;
  EXPECT_EQ(format_syntax_error(error), "  File \"f.py\", line 1\n    abcdef\n     ^\nSyntaxError: m\n");
  error.has_end_lineno = true;  // end_lineno 2 > lineno: to the end of the line
  EXPECT_EQ(format_syntax_error(error), "  File \"f.py\", line 1\n    abcdef\n     ^^^^^\nSyntaxError: m\n");
}

TEST(SyntaxErrorDisplay, OtherExceptionTypesPrintTypeAndMessage) {
  frontend::SyntaxErrorInfo error;
  error.exc_type = "RecursionError";
  error.msg = "maximum recursion depth exceeded during compilation";
  error.has_location = false;
  EXPECT_EQ(format_syntax_error(error), "RecursionError: maximum recursion depth exceeded during compilation\n");
  error.exc_type = "MemoryError";
  error.msg = "";
  EXPECT_EQ(format_syntax_error(error), "MemoryError\n");
}

}  // namespace
}  // namespace pyxis::cli

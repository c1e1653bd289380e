// Token kind names and fixed spellings, generated from the PYXIS_TOKEN_KINDS table.
#include "frontend/token.h"

namespace pyxis::frontend {

namespace {

#define PYXIS_TOKEN_NAME(kind, text) #kind,
constexpr const char* kTokenNames[] = {PYXIS_TOKEN_KINDS(PYXIS_TOKEN_NAME)};
#undef PYXIS_TOKEN_NAME

#define PYXIS_TOKEN_TEXT(kind, text) text,
constexpr const char* kTokenTexts[] = {PYXIS_TOKEN_KINDS(PYXIS_TOKEN_TEXT)};
#undef PYXIS_TOKEN_TEXT

constexpr size_t kTokenKindCount = sizeof(kTokenNames) / sizeof(kTokenNames[0]);

}  // namespace

const char* token_kind_name(TokenKind kind) {
  auto index = static_cast<size_t>(kind);
  return index < kTokenKindCount ? kTokenNames[index] : "?";
}

const char* token_kind_text(TokenKind kind) {
  auto index = static_cast<size_t>(kind);
  return index < kTokenKindCount ? kTokenTexts[index] : "";
}

}  // namespace pyxis::frontend

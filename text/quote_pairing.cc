#include "text/quote_pairing.h"

#include <algorithm>

#include "base/utf8.h"

namespace newsmill {
namespace {

enum class Role { kOpenDouble, kCloseDouble, kOpenSingle, kCloseSingle, kApostrophe };

struct Open {
  uint32_t token;
  bool double_mark;
  int32_t group;
};

bool IsOpenerText(std::string_view s) {
  return s == "(" || s == "[" || s == "{" || s == "\u2014" || s == "\u2013" ||
         s == "-" || s == ":" || s == "/";
}

// Whether the double mark at token k (no space before it) ends a height in
// feet and inches: 6'2" / 6’2” ("6", "’", "2"), or "6", "'11" where the
// tokenizer keeps the inches with their prime.
bool InchSign(const Document& doc, uint32_t tb, uint32_t k) {
  const std::vector<Token>& toks = doc.tokens;
  auto one_digit = [&](uint32_t i) {
    return toks[i].kind == TokenKind::kNumber && doc.TokenText(i).size() == 1;
  };
  auto primed = [](std::string_view w) {
    const size_t p = w.starts_with("'") ? 1 : w.starts_with("\u2019") ? 3 : 0;
    if (p == 0 || w.size() <= p || w.size() > p + 2) return false;
    for (size_t i = p; i < w.size(); ++i)
      if (w[i] < '0' || w[i] > '9') return false;
    return true;
  };
  if (k < tb + 2 || toks[k - 1].Has(Token::kSpaceBefore)) return false;
  if (primed(doc.TokenText(k - 1))) return one_digit(k - 2);
  return k >= tb + 3 && toks[k - 1].kind == TokenKind::kNumber &&
         !toks[k - 2].Has(Token::kSpaceBefore) &&
         (doc.TokenText(k - 2) == "'" || doc.TokenText(k - 2) == "\u2019") &&
         doc.TokenText(k - 1).size() <= 2 && one_digit(k - 3);
}

}  // namespace

void PairQuotes(Document* doc, uint32_t tb, uint32_t te,
                QuotePairingState* st) {
  std::vector<Token>& toks = doc->tokens;
  std::vector<Open> stack;
  const int32_t pending = st->run_on_group;
  st->run_on_group = -1;
  bool pending_used = false;
  const size_t first_quoted = doc->quoted.size();

  auto has_open = [&](bool dbl) {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->double_mark == dbl) return true;
    return false;
  };
  auto mark_inside = [&](uint32_t from, uint32_t to) {  // [from, to)
    for (uint32_t i = from; i < to; ++i) toks[i].flags |= Token::kInQuote;
  };
  auto open = [&](uint32_t k, bool dbl) {
    int32_t group;
    if (dbl && k == tb && pending >= 0) {
      group = pending;
      pending_used = true;
    } else {
      group = st->next_group++;
    }
    toks[k].flags |= Token::kOpensQuote;
    stack.push_back({k, dbl, group});
  };
  auto close = [&](uint32_t k, bool dbl) {
    // Pop to the nearest open mark of the same kind; marks above it had no
    // partner (single ones were apostrophes after all).
    while (!stack.empty() && stack.back().double_mark != dbl) {
      Open o = stack.back();
      stack.pop_back();
      toks[o.token].flags &= ~Token::kOpensQuote;
      if (!o.double_mark) {
        toks[o.token].kind = TokenKind::kPunct;
      } else {
        ++st->unbalanced;
      }
    }
    if (stack.empty()) return false;
    Open o = stack.back();
    stack.pop_back();
    toks[k].flags |= Token::kClosesQuote;
    QuotedSpan q;
    q.content = Span{toks[o.token].span.end, toks[k].span.begin};
    q.open_token = static_cast<int32_t>(o.token);
    q.close_token = static_cast<int32_t>(k);
    q.group = o.group;
    q.depth = static_cast<uint8_t>(std::min<size_t>(stack.size(), 255));
    q.double_marks = dbl;
    doc->quoted.push_back(q);
    mark_inside(o.token + 1, k);
    return true;
  };

  for (uint32_t k = tb; k < te; ++k) {
    Token& t = toks[k];
    if (t.kind != TokenKind::kQuoteMark) continue;
    std::string_view s = doc->TokenText(k);
    size_t pos = 0;
    char32_t c = DecodeUtf8(s, &pos);
    // (Doubled marks, ''...'' and ``...'': the tokenizer's double marks.)
    if (s == "''") c = '"';
    if (s == "``") c = 0x201C;
    const bool prev_space = k == tb || t.Has(Token::kSpaceBefore);
    const bool next_space = k + 1 == te || toks[k + 1].Has(Token::kSpaceBefore);
    const bool next_punct =
        !next_space && toks[k + 1].kind == TokenKind::kPunct;
    const bool prev_opener =
        !prev_space && k > tb &&
        (IsOpenerText(doc->TokenText(k - 1)) ||
         toks[k - 1].Has(Token::kOpensQuote));
    const bool left_open = prev_space || prev_opener;
    const bool right_close = next_space || next_punct;

    // A height in feet and inches, 6'2" or 6’2”, written inside a
    // quotation: the double mark is the inch sign, no quotation mark.
    const bool inches = (c == 0x201D || c == '"') && !prev_space && InchSign(*doc, tb, k);
    Role role;
    if (inches) {
      t.kind = TokenKind::kPunct;
      continue;
    }
    switch (c) {
      case 0x201C: case 0x201E: case 0x00AB: case 0x201F:
        role = Role::kOpenDouble;
        break;
      case 0x201D: case 0x00BB:
        role = (!has_open(true) && left_open && !right_close)
                   ? Role::kOpenDouble
                   : Role::kCloseDouble;
        break;
      case 0x2018: case 0x201A: case 0x2039: case 0x201B:
        role = left_open ? Role::kOpenSingle : Role::kApostrophe;
        break;
      case 0x2019: case 0x203A:
        role = (!prev_space && !stack.empty() && !stack.back().double_mark)
                   ? Role::kCloseSingle
                   : Role::kApostrophe;
        break;
      case '"':
        if (left_open && !right_close) {
          role = Role::kOpenDouble;
        } else if (!left_open && right_close) {
          role = Role::kCloseDouble;
        } else {
          role = has_open(true) ? Role::kCloseDouble : Role::kOpenDouble;
        }
        break;
      case '\'':
        if (left_open && !next_space) {
          role = Role::kOpenSingle;
        } else if (!prev_space && !stack.empty() && !stack.back().double_mark) {
          role = Role::kCloseSingle;
        } else {
          role = Role::kApostrophe;
        }
        break;
      default:
        role = Role::kApostrophe;
    }

    switch (role) {
      case Role::kOpenDouble: open(k, true); break;
      case Role::kOpenSingle: open(k, false); break;
      case Role::kCloseDouble:
        if (!close(k, true)) ++st->unbalanced;
        break;
      case Role::kCloseSingle:
        if (!close(k, false)) t.kind = TokenKind::kPunct;
        break;
      case Role::kApostrophe: t.kind = TokenKind::kPunct; break;
    }
  }
  if (pending >= 0 && !pending_used) ++st->unbalanced;

  // Marks still open at the end of the paragraph.
  const Open* outer = nullptr;
  for (const Open& o : stack) {
    if (o.double_mark && outer == nullptr) {
      outer = &o;
    } else if (o.double_mark) {
      toks[o.token].flags &= ~Token::kOpensQuote;
      ++st->unbalanced;
    } else {
      toks[o.token].flags &= ~Token::kOpensQuote;
      toks[o.token].kind = TokenKind::kPunct;
    }
  }
  if (outer != nullptr && outer->token + 1 < te) {
    // A quotation that runs on (or was never closed): its text here reaches
    // the end of the paragraph.
    QuotedSpan q;
    q.content = Span{toks[outer->token].span.end, toks[te - 1].span.end};
    q.open_token = static_cast<int32_t>(outer->token);
    q.close_token = -1;
    q.group = outer->group;
    q.depth = 0;
    q.double_marks = true;
    doc->quoted.push_back(q);
    mark_inside(outer->token + 1, te);
    st->run_on_group = outer->group;
  } else if (outer != nullptr) {
    toks[outer->token].flags &= ~Token::kOpensQuote;
    ++st->unbalanced;
  }
  std::sort(doc->quoted.begin() + first_quoted, doc->quoted.end(),
            [](const QuotedSpan& a, const QuotedSpan& b) {
              return a.open_token < b.open_token;
            });
}

}  // namespace newsmill

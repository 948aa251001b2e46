#include "text/sentence_splitter.h"

#include "text/chars.h"

namespace newsmill {
namespace {

bool IsTerminal(std::string_view s) {
  if (s.empty()) return false;
  if (s == "\u2026") return true;
  for (char c : s)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool IsClosingBracket(std::string_view s) {
  return s == ")" || s == "]" || s == "}";
}

bool IsOpeningBracket(std::string_view s) {
  return s == "(" || s == "[" || s == "{";
}

}  // namespace

void SplitSentences(const TextRules& rules, Document* doc, uint32_t tb,
                    uint32_t te, uint32_t paragraph) {
  if (tb >= te) return;
  std::vector<Token>& toks = doc->tokens;
  uint32_t start = tb;
  auto emit = [&](uint32_t end) {  // sentence [start, end)
    Sentence s;
    s.span = Span{toks[start].span.begin, toks[end - 1].span.end};
    s.token_begin = start;
    s.token_end = end;
    s.paragraph = paragraph;
    toks[start].flags |= Token::kSentenceStart;
    doc->sentences.push_back(s);
    start = end;
  };

  for (uint32_t i = tb; i < te; ++i) {
    if (i + 1 - start >= kMaxSentenceTokens) {
      emit(i + 1);
      continue;
    }
    const Token& t = toks[i];
    std::string_view s = doc->TokenText(i);
    bool terminal = t.kind == TokenKind::kPunct && IsTerminal(s);
    AbbrevKind abbrev = AbbrevKind::kNone;
    if (!terminal && t.kind == TokenKind::kWord && s.size() > 1 &&
        s.back() == '.') {
      abbrev = rules.Abbreviation(s);
    }
    if (!terminal && abbrev == AbbrevKind::kNone) continue;

    // Closing quotation marks and brackets stay with the sentence.
    uint32_t j = i + 1;
    while (j < te && (toks[j].Has(Token::kClosesQuote) ||
                      IsClosingBracket(doc->TokenText(j)) ||
                      (toks[j].kind == TokenKind::kQuoteMark &&
                       !toks[j].Has(Token::kOpensQuote) &&
                       !toks[j].Has(Token::kSpaceBefore)))) {
      ++j;
    }
    if (j >= te) break;  // the paragraph end closes it
    const Token& next = toks[j];
    std::string_view ns = doc->TokenText(j);
    const bool next_upper = StartsUpper(ns);
    const bool next_lower = StartsLower(ns);
    const bool next_digit = next.kind == TokenKind::kNumber ||
                            (!ns.empty() && ns[0] >= '0' && ns[0] <= '9');
    const bool next_opens = next.Has(Token::kOpensQuote) ||
                            IsOpeningBracket(ns) ||
                            (next.kind == TokenKind::kQuoteMark &&
                             next.Has(Token::kSpaceBefore));
    const bool next_opener =
        (next_upper && rules.IsSentenceOpener(ns)) || next_opens;

    bool boundary = false;
    if (terminal) {
      if (s.find_first_of("!?") != std::string_view::npos) {
        boundary = !next_lower;
      } else {
        boundary = next_upper || next_digit || next_opens ||
                   next.kind == TokenKind::kSymbol;
      }
      // "..." inside a sentence followed by more of it.
      if (boundary && s.size() >= 3 && s[0] == '.' && !next_upper &&
          !next_opens)
        boundary = false;
    } else {
      switch (abbrev) {
        case AbbrevKind::kTitle:
          boundary = false;
          break;
        case AbbrevKind::kNumber:
        case AbbrevKind::kMonth:
          boundary = !next_digit && next_opener;
          break;
        case AbbrevKind::kInitial: {
          // "George W. Bush" no; "vitamin C. The" yes.
          bool prev_cap = i > start && toks[i - 1].Has(Token::kCapitalized);
          boundary = next_opener && !prev_cap;
          break;
        }
        case AbbrevKind::kGeneral:
        case AbbrevKind::kInner:
          boundary = next_opener;
          break;
        case AbbrevKind::kNone:
          break;
      }
    }
    if (boundary) {
      emit(j);
      i = j - 1;
    }
  }
  if (start < te) emit(te);
}

}  // namespace newsmill

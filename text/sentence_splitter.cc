#include "text/sentence_splitter.h"

#include <unordered_map>
#include <vector>

#include "text/chars.h"

namespace newsmill {
namespace {

// A bracketed editor's note at token j ("[citation needed]", "[better
// source needed]": words in lower case only): its length in tokens, or 0.
uint32_t EditorialNoteLength(const Document& doc, uint32_t j, uint32_t te) {
  if (j >= te || doc.TokenText(j) != "[") return 0;
  for (uint32_t k = j + 1; k < te && k < j + 8; ++k) {
    const std::string_view t = doc.TokenText(k);
    if (t == "]") return k > j + 1 ? k + 1 - j : 0;
    if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return 0;
  }
  return 0;
}

// Whether a speaker and a verb of saying follow at token j: "I ask",
// "Betty said", "Mom asks" (a capitalised word or "I", then the verb); not
// a capitalised pronoun, which opens a sentence ('"Why not?" He said: "We
// need ..."', where "he" would be written in lower case), nor a verb before
// a colon that opens the next quotation.
bool SpeakerFollows(const Document& doc, uint32_t j, uint32_t te) {
  if (j + 1 >= te || !doc.tokens[j].Has(Token::kCapitalized)) return false;
  const std::string_view who = doc.TokenText(j);
  if (who == "He" || who == "She" || who == "They" || who == "We" || who == "It" ||
      who == "You")
    return false;
  if (j + 2 < te && doc.TokenText(j + 2) == ":") return false;
  const std::string_view v = doc.TokenText(j + 1);
  for (std::string_view w : {"said", "says", "say", "asked", "asks", "ask", "replied", "replies",
                             "reply", "shouted", "shouts", "cried", "whispered", "whispers",
                             "added", "adds", "answered", "answers", "yelled", "exclaimed"})
    if (v == w) return true;
  return false;
}

// The label of a picture's credit ("Image: Nick Moreau").
bool IsCreditLabel(std::string_view s) {
  return s == "Image" || s == "Photo" || s == "Photograph" || s == "Picture" || s == "Credit";
}

bool IsFigureLabel(std::string_view s) {
  return s == "Figure" || s == "Fig." || s == "Table" || s == "Chart" || s == "Map" ||
         s == "Exhibit" || s == "Graph" || s == "Diagram";
}

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

// Punctuation that goes on with a sentence after its "!" or "?".
bool IsContinuingPunct(std::string_view s) {
  return s == "." || s == "," || s == ";" || s == ":";
}

// A word in lower case with a capital inside: "eBay", "iPhone", "wikiHow".
bool IsCamelCase(std::string_view s) {
  if (s.size() < 3) return false;
  for (size_t k = 1; k < s.size(); ++k)
    if (s[k] >= 'A' && s[k] <= 'Z') return s[k - 1] >= 'a' && s[k - 1] <= 'z';
  return false;
}

// Length in tokens of a full date opening at i, "Wednesday, October 3,
// 2007" (6 tokens), or 0.
uint32_t FullDateLength(const Document& doc, uint32_t i, uint32_t te) {
  if (i + 6 > te) return 0;
  static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                      "Friday", "Saturday", "Sunday"};
  static const char* const kMonths[] = {"January", "February", "March",     "April",
                                        "May",     "June",     "July",      "August",
                                        "September", "October", "November", "December"};
  auto one_of = [](std::string_view w, const char* const* list, int n) {
    for (int k = 0; k < n; ++k)
      if (w == list[k]) return true;
    return false;
  };
  auto digits = [](std::string_view w, size_t lo, size_t hi) {
    if (w.size() < lo || w.size() > hi) return false;
    for (char c : w)
      if (c < '0' || c > '9') return false;
    return true;
  };
  if (!one_of(doc.TokenText(i), kDays, 7) || doc.TokenText(i + 1) != "," ||
      !one_of(doc.TokenText(i + 2), kMonths, 12) || !digits(doc.TokenText(i + 3), 1, 2) ||
      doc.TokenText(i + 4) != "," || !digits(doc.TokenText(i + 5), 4, 4))
    return 0;
  return 6;
}

// Words after which a date is part of the sentence: "signed on Wednesday,
// October 3, 2007", "until Friday, ...".
bool LeadsIntoDate(std::string_view w) {
  for (std::string_view x : {"on", "On", "of", "by", "since", "until", "till", "from", "to",
                             "last", "next", "this", "that", "the", "and", "or", "before",
                             "after", "between", "is", "was", "be", "said", "says"})
    if (w == x) return true;
  return false;
}

// Whether tokens [b, e) opening a paragraph are a dateline:
// capitalised words and commas only, a few ("TAIPEI, Taiwan", "Washington").
bool DatelineBefore(const Document& doc, uint32_t b, uint32_t e) {
  if (e - b > 6 || !doc.tokens[b].Has(Token::kCapitalized)) return false;
  for (uint32_t k = b; k < e; ++k)
    if (!doc.tokens[k].Has(Token::kCapitalized) && doc.TokenText(k) != ",") return false;
  return true;
}

bool IsDash(std::string_view s) {
  return s == "\u2014" || s == "\u2013" || s == "--" || s == "---";
}

// Length in tokens of a bracketed reference starting at i ("[17]", "[...]",
// "[…]"), or 0.
uint32_t ReferenceLength(const Document& doc, uint32_t i, uint32_t te) {
  if (i + 2 >= te || doc.TokenText(i) != "[") return 0;
  std::string_view inner = doc.TokenText(i + 1);
  bool ok = inner == "..." || inner == "\u2026" ||
            doc.tokens[i + 1].kind == TokenKind::kNumber;
  if (!ok || doc.TokenText(i + 2) != "]") return 0;
  return 3;
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

  // Open quotations: true for one that opened in the middle of a sentence
  // ('he wrote, "...'), whose inner sentences stay in the sentence that
  // introduces them; a quotation that opens a sentence is split as usual.
  std::vector<bool> open_quotes;
  // Whether the quotation opened at a token closes, for this paragraph's
  // quotations (read from the last one back to the first of an earlier
  // paragraph, the first found for a token counting): one pass, not one per
  // opening mark, which made a paragraph of thousands quadratic.
  // (A paragraph's few quotations are read plainly.)
  size_t paragraph_quotes = 0;
  for (auto q = doc->quoted.rbegin(); q != doc->quoted.rend(); ++q, ++paragraph_quotes)
    if (q->open_token >= 0 && q->open_token < static_cast<int32_t>(tb)) break;
  std::unordered_map<int32_t, bool> closes_at;
  if (paragraph_quotes >= 32) {
    for (auto q = doc->quoted.rbegin(); q != doc->quoted.rend(); ++q) {
      if (q->open_token >= 0 && q->open_token < static_cast<int32_t>(tb)) break;
      closes_at.emplace(q->open_token, q->close_token >= 0);
    }
  }
  // A figure's or table's label opening a paragraph is a sentence of its
  // own when the caption follows it on the same line ("Figure 1.5 Residents
  // of Boxborough ..."; a label with a period, "Figure 1. Original ...",
  // keeps the period's rules).
  if (te - tb >= 3 && IsFigureLabel(doc->TokenText(tb)) && toks[tb + 1].kind == TokenKind::kNumber &&
      doc->TokenText(tb + 1).back() != '.' && toks[tb + 2].Has(Token::kCapitalized) &&
      toks[tb + 2].kind == TokenKind::kWord)
    emit(tb + 2);
  for (uint32_t i = start; i < te; ++i) {
    // A dateline's full date after a headline on the same line is a
    // sentence of its own ("Interview with the Mets Poet Wednesday, October
    // 3, 2007"), and so is it before the story's first words.
    if (open_quotes.empty() && toks[i].Has(Token::kCapitalized)) {
      if (uint32_t n = FullDateLength(*doc, i, te)) {
        const bool ends_line = i + n == te || (toks[i + n].Has(Token::kCapitalized) &&
                                               toks[i + n].kind == TokenKind::kWord);
        if (ends_line && i > start && toks[i - 1].kind != TokenKind::kPunct &&
            !LeadsIntoDate(doc->TokenText(i - 1)))
          emit(i);
        if (i == start && i + n < te && toks[i + n].Has(Token::kCapitalized) &&
            toks[i + n].kind == TokenKind::kWord) {
          emit(i + n);
          i += n - 1;
          continue;
        }
      }
    }
    // A picture's credit after its caption on the same line ("Black Widow
    // and Captain America Image: Nick Moreau.") opens a sentence.
    if (open_quotes.empty() && i > start && i + 1 < te &&
        toks[i - 1].kind != TokenKind::kPunct && doc->TokenText(i + 1) == ":" &&
        IsCreditLabel(doc->TokenText(i)))
      emit(i);
    if (i + 1 - start >= kMaxSentenceTokens) {
      emit(i + 1);
      open_quotes.clear();
      continue;
    }
    const Token& t = toks[i];
    std::string_view s = doc->TokenText(i);
    if (t.Has(Token::kOpensQuote)) {
      bool at_start = i == start || (i == start + 1 &&
                                     toks[start].Has(Token::kOpensQuote));
      // A quotation that never closes (unbalanced, or running on into the
      // next paragraph) is split like plain text.
      bool closes = false;
      if (paragraph_quotes >= 32) {
        auto found = closes_at.find(static_cast<int32_t>(i));
        closes = found != closes_at.end() && found->second;
      } else {
        for (auto q = doc->quoted.rbegin(); q != doc->quoted.rend(); ++q) {
          if (q->open_token == static_cast<int32_t>(i)) {
            closes = q->close_token >= 0;
            break;
          }
          if (q->open_token >= 0 && q->open_token < static_cast<int32_t>(tb)) break;
        }
      }
      open_quotes.push_back(!at_start && closes);
      continue;
    }
    if (t.Has(Token::kClosesQuote) && !open_quotes.empty()) open_quotes.pop_back();
    // An interrupted utterance: "... so maybe — That's me."; not a
    // dateline's dash ("TAIPEI, Taiwan — The festival ...").
    if (IsDash(s) && t.Has(Token::kSpaceBefore) && i > start && i + 1 < te &&
        toks[i + 1].Has(Token::kSpaceBefore) &&
        rules.IsSentenceOpener(doc->TokenText(i + 1)) &&
        doc->TokenText(i + 1) != "I" && !(start == tb && DatelineBefore(*doc, start, i))) {
      emit(i + 1);
      open_quotes.clear();
      continue;
    }
    bool terminal = t.kind == TokenKind::kPunct && IsTerminal(s);
    AbbrevKind abbrev = AbbrevKind::kNone;
    if (!terminal && t.kind == TokenKind::kWord && s.size() > 1 &&
        s.back() == '.') {
      abbrev = rules.Abbreviation(s);
    }
    if (!terminal && abbrev == AbbrevKind::kNone) continue;

    const bool in_embedded_quote = !open_quotes.empty() && open_quotes.back();
    // Closing quotation marks and brackets, and reference marks ("[17]"),
    // stay with the sentence.
    uint32_t j = i + 1;
    int closed_quotes = 0;
    while (j < te) {
      if (toks[j].Has(Token::kClosesQuote) ||
          IsClosingBracket(doc->TokenText(j)) ||
          (toks[j].kind == TokenKind::kQuoteMark &&
           !toks[j].Has(Token::kOpensQuote) &&
           !toks[j].Has(Token::kSpaceBefore))) {
        closed_quotes += toks[j].Has(Token::kClosesQuote);
        ++j;
      } else if (uint32_t n = ReferenceLength(*doc, j, te)) {
        j += n;
      } else if (uint32_t m = EditorialNoteLength(*doc, j, te)) {
        j += m;  // "... in Rome. [citation needed]"
      } else if (terminal && s == "." && toks[j].kind == TokenKind::kNumber &&
                 doc->TokenText(j).size() <= 2 && j + 1 < te &&
                 toks[j + 1].Has(Token::kCapitalized)) {
        // A footnote number after the period ("... rights. 4 Even though").
        ++j;
        break;
      } else {
        break;
      }
    }
    // Inside a quotation opened mid-sentence, only the end of the quotation
    // can end the sentence.
    if (in_embedded_quote && closed_quotes == 0) continue;
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
    std::string_view bare = ns;
    if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
    // After an abbreviation a bracket goes on with the sentence ("in the
    // U.S. (from 1890 ...)", "at 6:23 p.m. (but ...)"); a quotation may
    // open the next one.
    // (Not a quotation that opens in lower case: "said the U.S. \"clearly\"
    // needed ...".)
    const bool quoted_lower = next_opens && j + 1 < te && toks[j + 1].kind == TokenKind::kWord &&
                              StartsLower(doc->TokenText(j + 1)) &&
                              !IsCamelCase(doc->TokenText(j + 1));
    const bool next_opener =
        (next_upper && rules.IsSentenceOpener(bare)) ||
        (next_opens && !IsOpeningBracket(ns) && !quoted_lower);

    bool boundary = false;
    if (terminal) {
      if (s.find_first_of("!?") != std::string_view::npos) {
        // "... was it tequila? .. yeah": an ellipsis goes on; so does a
        // question or exclamation quoted before its speaker ("“Can they
        // come?” I ask.", "“Sorry!” Betty said.").
        // Nor does a title's "!" or "?" with more punctuation or a bracket
        // after it ("search engines such as Yahoo!.", "saying \"Hi!\".",
        // "Viva Maria! (1965)").
        boundary = !next_lower && !(ns.size() >= 2 && ns[0] == '.' && ns[1] == '.') &&
                   !(closed_quotes > 0 && SpeakerFollows(*doc, j, te)) &&
                   !(next.kind == TokenKind::kPunct && IsContinuingPunct(ns)) &&
                   !IsOpeningBracket(ns);
      } else if (s == "." && j == i + 1 && next_digit && !next.Has(Token::kSpaceBefore)) {
        boundary = false;  // a decimal point: "batting .265"
      } else if (s == "." && i == tb + 1 && start == tb && toks[tb].kind == TokenKind::kNumber &&
                 (next_upper || next.Has(Token::kOpensQuote))) {
        // A numbered heading or item: "2. New Institutional Economics",
        // "39. “The Figures which excite ...”".
        boundary = false;
      } else {
        // A name written in camel case opens a sentence in lower case
        // ("... in the US. eBay said", "wikiHow is").
        boundary = next_upper || next_digit || next_opens ||
                   next.kind == TokenKind::kSymbol ||
                   (next_lower && next.kind == TokenKind::kWord && IsCamelCase(ns));
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
          // "No. 10" continues; "No. Keys?" is the word "no".
          boundary = !next_digit && (next_upper || next_opens);
          break;
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
          // "etc." ends a list, and its sentence when a capital follows.
          boundary = next_opener || (s == "etc." && next_upper);
          break;
        case AbbrevKind::kNone:
          break;
      }
    }
    if (boundary) {
      emit(j);
      i = j - 1;
      open_quotes.clear();
    } else {
      for (int q = 0; q < closed_quotes && !open_quotes.empty(); ++q)
        open_quotes.pop_back();
      i = j - 1;
    }
  }
  if (start < te) emit(te);
}

}  // namespace newsmill

#include "text/tokenizer.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "text/chars.h"

namespace newsmill {
namespace {

// What follows the apostrophe of a clitic: 's 're 've 'll 'd 'm (lower case).
bool IsCliticTail(std::string_view tail) {
  return tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m";
}

struct Cursor {
  std::string_view text;
  size_t end;

  char32_t At(size_t pos, size_t* next) const {
    if (pos >= end) {
      *next = pos;
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      *next = pos + 1;
      return b;
    }
    size_t p = pos;
    char32_t c = DecodeUtf8(text.substr(0, end), &p);
    *next = p;
    return c;
  }
  char32_t At(size_t pos) const {
    size_t n;
    return At(pos, &n);
  }
};

bool IsHyphenCp(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

void SetCaseFlags(std::string_view s, Token* t) {
  int letters = 0, upper = 0;
  bool first = true;
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      ++pos;
      if (IsAsciiAlpha(static_cast<char>(b))) {
        ++letters;
        bool up = b <= 'Z';
        upper += up;
        if (first && up) t->flags |= Token::kCapitalized;
        first = false;
      }
      continue;
    }
    char32_t c = DecodeUtf8(s, &pos);
    if (IsLetterCp(c)) {
      ++letters;
      bool up = IsUpperCp(c);
      upper += up;
      if (first && up) t->flags |= Token::kCapitalized;
      first = false;
    }
  }
  if (letters >= 2 && upper == letters) t->flags |= Token::kAllCaps;
}

bool AllNumeric(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (IsAsciiDigit(c)) {
      digit = true;
    } else if (c != ',' && c != '.' && c != ':' && c != '/' && c != '-') {
      return false;
    }
  }
  return digit;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!IsAsciiDigit(s[i])) return false;
  return true;
}

class Emitter {
 public:
  Emitter(const TextRules& rules, std::string_view text, std::vector<Token>* out)
      : rules_(rules), text_(text), out_(out) {}

  void Emit(size_t b, size_t e, TokenKind kind, bool space_before) {
    Token t;
    t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.kind = kind;
    if (space_before) t.flags |= Token::kSpaceBefore;
    if (kind == TokenKind::kWord) SetCaseFlags(text_.substr(b, e - b), &t);
    out_->push_back(std::move(t));
  }

  // Emits one word run [b, e), splitting hyphens and clitics.
  void EmitWordRun(size_t b, size_t e, bool space_before) {
    std::string_view run = text_.substr(b, e - b);
    if (IsIsoDate(run) || AllNumeric(run)) {
      // Numbers keep their separators, except a range "10-20".
      size_t dash = run.find('-');
      if (dash == std::string_view::npos || IsIsoDate(run)) {
        Emit(b, e, TokenKind::kNumber, space_before);
        return;
      }
    }
    // Split on hyphens that join words.
    size_t part_begin = b;
    size_t i = b;
    bool first_part = true;
    while (i < e) {
      size_t next;
      Cursor cur{text_, e};
      char32_t c = cur.At(i, &next);
      if (IsHyphenCp(c) && i > part_begin && next < e) {
        std::string_view left = text_.substr(part_begin, i - part_begin);
        std::string_view right_rest = text_.substr(next, e - next);
        if (!KeepHyphen(left, right_rest, first_part)) {
          EmitPart(part_begin, i, space_before);
          space_before = false;
          Emit(i, next, TokenKind::kPunct, false);
          part_begin = next;
          first_part = false;
          i = next;
          continue;
        }
        first_part = false;
      }
      i = next;
    }
    EmitPart(part_begin, e, space_before);
  }

 private:
  bool KeepHyphen(std::string_view left, std::string_view right_rest,
                  bool first_part) const {
    // Letters-then-digits codes: F-16, COVID-19, G-20, MH-17.
    bool left_caps = !left.empty() && left.size() <= 6;
    bool has_upper = false;
    for (char c : left) {
      left_caps &= IsAsciiUpper(c) || IsAsciiDigit(c);
      has_upper |= IsAsciiUpper(c);
    }
    left_caps &= has_upper;
    if (left_caps && !right_rest.empty() && IsAsciiDigit(right_rest[0]))
      return true;
    if (first_part && rules_.IsHyphenPrefix(ToLowerAscii(left))) return true;
    return false;
  }

  // Emits [b, e) with clitics split off its end.
  void EmitPart(size_t b, size_t e, bool space_before) {
    std::string_view w = text_.substr(b, e - b);
    // Whole-word splits.
    static const struct { const char* word; size_t split; } kWholeSplits[] = {
        {"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3}, {"gimme", 3},
        {"lemme", 3}};
    if (w.size() == 5 || w.size() == 6) {
      for (const auto& ws : kWholeSplits) {
        if (EqualsIgnoreCase(w, ws.word)) {
          Emit(b, b + ws.split, TokenKind::kWord, space_before);
          Emit(b + ws.split, e, TokenKind::kWord, false);
          return;
        }
      }
    }
    // Clitics: 's 're 've 'll 'd 'm and n't, with ' or ’.
    size_t split = FindCliticSplit(w);
    if (split != std::string_view::npos && split > 0) {
      EmitWord(b, b + split, space_before);
      Emit(b + split, e, TokenKind::kWord, false);
      return;
    }
    EmitWord(b, e, space_before);
  }

  void EmitWord(size_t b, size_t e, bool space_before) {
    std::string_view w = text_.substr(b, e - b);
    Emit(b, e, AllNumeric(w) ? TokenKind::kNumber : TokenKind::kWord,
         space_before);
  }

  // Returns the byte offset in w where a final clitic starts, or npos.
  static size_t FindCliticSplit(std::string_view w) {
    // Find the last apostrophe.
    size_t apos = std::string_view::npos;
    size_t apos_len = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      if (w[i] == '\'') {
        apos = i;
        apos_len = 1;
      } else if (static_cast<unsigned char>(w[i]) == 0xE2 && i + 2 < w.size() &&
                 static_cast<unsigned char>(w[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(w[i + 2]) == 0x99) {
        apos = i;
        apos_len = 3;
      }
    }
    if (apos == std::string_view::npos || apos == 0) return std::string_view::npos;
    std::string tail = ToLowerAscii(w.substr(apos + apos_len));
    if (tail == "t" && apos >= 2 && (w[apos - 1] == 'n' || w[apos - 1] == 'N'))
      return apos - 1;  // do|n't, ca|n't
    if (IsCliticTail(tail)) return apos;
    return std::string_view::npos;
  }

  const TextRules& rules_;
  std::string_view text_;
  std::vector<Token>* out_;
};

bool IsUrlStart(std::string_view s) {
  return StartsWith(s, "http://") || StartsWith(s, "https://") ||
         StartsWith(s, "www.");
}

}  // namespace

void Tokenize(const TextRules& rules, std::string_view text, Span range,
              std::vector<Token>* out) {
  Cursor cur{text, range.end};
  Emitter emit(rules, text, out);
  size_t i = range.begin;
  bool space_before = true;
  while (i < range.end) {
    size_t start = i;
    size_t next;
    char32_t c = cur.At(i, &next);
    if (IsSpaceCp(c) || IsIgnorableCp(c)) {
      space_before = true;
      i = next;
      continue;
    }
    if ((c == 'h' || c == 'w') &&
        IsUrlStart(text.substr(i, range.end - i))) {
      size_t j = i;
      while (j < range.end) {
        size_t n;
        char32_t d = cur.At(j, &n);
        if (IsSpaceCp(d)) break;
        j = n;
      }
      // Trailing punctuation belongs to the sentence, not the URL.
      while (j > i && std::string_view(".,;:!?)]}\"'").find(text[j - 1]) !=
                          std::string_view::npos)
        --j;
      emit.Emit(i, j, TokenKind::kWord, space_before);
      space_before = false;
      i = j;
      continue;
    }
    bool word_start = IsWordCp(c);
    if (!word_start && (c == '#' || c == '@') && next < range.end &&
        IsWordCp(cur.At(next)) && (space_before || start == range.begin)) {
      word_start = true;  // #hashtag, @handle
    }
    // (Also with the opening mark that editors' smart quotes put there:
    // "in ‘08".)
    if (!word_start && (IsApostropheCp(c) || c == 0x2018) && next + 2 < range.end &&
        IsAsciiDigit(text[next]) && IsAsciiDigit(text[next + 1]) &&
        (text[next + 2] == 's' || !IsWordCp(cur.At(next + 2)))) {
      word_start = true;  // ’90s, '08
    }
    if (!word_start && IsApostropheCp(c) && space_before && !out->empty() &&
        out->back().span.end >= range.begin && out->back().kind == TokenKind::kWord) {
      // Pre-tokenised text ("Japan 's", "players ' union"): a clitic or a
      // possessive apostrophe after a space is the word's, not a quotation
      // mark.
      size_t j = next;
      while (j < range.end && j - next < 2 && IsAsciiAlpha(text[j])) ++j;
      std::string tail = ToLowerAscii(text.substr(next, j - next));
      bool clitic = IsCliticTail(tail) && (j >= range.end || !IsWordCp(cur.At(j)));
      const Token& prev = out->back();
      bool possessive = tail.empty() && (next >= range.end || IsSpaceCp(cur.At(next))) &&
                        prev.span.end > prev.span.begin &&
                        (text[prev.span.end - 1] == 's' || text[prev.span.end - 1] == 'S');
      if (clitic || possessive) {
        emit.Emit(start, clitic ? j : next, TokenKind::kWord, space_before);
        space_before = false;
        i = clitic ? j : next;
        continue;
      }
    }
    if (word_start) {
      // Scan the run of word characters and inner connectors.
      size_t j = next;
      char32_t prev = c;
      while (j < range.end) {
        size_t n;
        char32_t d = cur.At(j, &n);
        if (IsWordCp(d)) {
          prev = d;
          j = n;
          continue;
        }
        size_t n2;
        char32_t after = cur.At(n, &n2);
        bool join = false;
        if (IsWordCp(prev) && n < range.end) {
          if (d == '.') {
            join = IsWordCp(after);
          } else if (d == ',' || d == ':' || d == '/') {
            join = IsDigitCp(prev) && IsDigitCp(after);
            if (d == ',' && join) {
              // Thousands separators have exactly three digits after them.
              int digits = 0;
              size_t k = n;
              while (k < range.end && IsAsciiDigit(text[k])) { ++digits; ++k; }
              join = digits == 3;
            }
          } else if (IsApostropheCp(d) || IsHyphenCp(d) || d == '_') {
            join = IsLetterCp(after) || (IsHyphenCp(d) && IsDigitCp(after));
          } else if (d == '&') {
            join = IsUpperCp(prev) && IsUpperCp(after);
          } else if (d == '@') {
            join = IsWordCp(after);
          }
        }
        if (!join) break;
        prev = d;
        j = n;
      }
      // A period that belongs to the word: abbreviations, initials, U.S.
      if (j < range.end && text[j] == '.' &&
          rules.KeepsPeriod(text.substr(start, j - start))) {
        ++j;
      }
      emit.EmitWordRun(start, j, space_before);
      space_before = false;
      i = j;
      continue;
    }
    if (c == '.') {
      size_t j = next;
      while (j < range.end && text[j] == '.') ++j;
      emit.Emit(start, j, TokenKind::kPunct, space_before);
    } else if (c == '!' || c == '?') {
      size_t j = next;
      while (j < range.end && (text[j] == '!' || text[j] == '?')) ++j;
      emit.Emit(start, j, TokenKind::kPunct, space_before);
    } else if (c == '-' && next < range.end && text[next] == '-') {
      size_t j = next;
      while (j < range.end && text[j] == '-') ++j;
      emit.Emit(start, j, TokenKind::kPunct, space_before);
    } else if ((c == '\'' || c == '`') && next < range.end && text[next] == c) {
      // Two apostrophes or two grave accents stand for a double mark
      // (''like this'', ``like this''), as in typewritten and LaTeX text.
      emit.Emit(start, next + 1, TokenKind::kQuoteMark, space_before);
    } else if (IsQuoteCp(c)) {
      emit.Emit(start, next, TokenKind::kQuoteMark, space_before);
    } else {
      static const std::u32string_view kPunct =
          U".,;:!?()[]{}/\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2026*\u2022\u00B7|";
      TokenKind kind = kPunct.find(c) != std::u32string_view::npos
                           ? TokenKind::kPunct
                           : TokenKind::kSymbol;
      emit.Emit(start, next, kind, space_before);
    }
    space_before = false;
    i = out->back().span.end;
  }
}

}  // namespace newsmill

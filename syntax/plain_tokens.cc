#include "syntax/plain_tokens.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill::syntax {
namespace {

bool IsWordByte(unsigned char c) {
  return IsAsciiAlpha(static_cast<char>(c)) ||
         IsAsciiDigit(static_cast<char>(c)) || c >= 0x80;
}

bool StartsWithAt(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

}  // namespace

Document PlainDocument(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  doc.language = "en";
  doc.analysed = true;
  std::string_view t = doc.text;
  size_t line_start = 0;
  bool in_quote = false;
  while (line_start < t.size()) {
    size_t line_end = t.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = t.size();
    Sentence s;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    size_t i = line_start;
    while (i < line_end) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
        continue;
      }
      size_t b = i;
      TokenKind kind = TokenKind::kPunct;
      bool quote = false;
      if (StartsWithAt(t, i, "\xE2\x80\x9C") ||
          StartsWithAt(t, i, "\xE2\x80\x9D")) {
        i += 3;
        quote = true;
      } else if (c == '"') {
        i += 1;
        quote = true;
      } else if ((c == 'n' || c == 'N') && i > line_start &&
                 IsWordByte(static_cast<unsigned char>(t[i - 1])) &&
                 (StartsWithAt(t, i + 1, "'t") ||
                  StartsWithAt(t, i + 1, "\xE2\x80\x99t"))) {
        i += t[i + 1] == '\'' ? 3 : 5;  // n't after "did"
        kind = TokenKind::kWord;
      } else if (IsWordByte(c)) {
        // A word: letters, digits, inner dots (U.S.), inner apostrophes are
        // split off below.
        while (i < line_end) {
          unsigned char d = static_cast<unsigned char>(t[i]);
          if (IsWordByte(d)) {
            if (d >= 0x80 && (StartsWithAt(t, i, "\xE2\x80\x99") ||
                              StartsWithAt(t, i, "\xE2\x80\x9C") ||
                              StartsWithAt(t, i, "\xE2\x80\x9D") ||
                              StartsWithAt(t, i, "\xE2\x80\x94") ||
                              StartsWithAt(t, i, "\xE2\x80\x93")))
              break;
            ++i;
          } else if ((d == '.' || d == ',') && i + 1 < line_end &&
                     IsWordByte(static_cast<unsigned char>(t[i + 1])) &&
                     !(d == ',' && !IsAsciiDigit(t[i - 1]))) {
            ++i;  // U.S, 1.5, 100,000
          } else if (d == '.' && i > b && i - b <= 3 && IsAsciiUpper(t[b]) &&
                     t.substr(b, i - b).find('.') != std::string_view::npos) {
            ++i;  // the final dot of U.S.
          } else {
            break;
          }
        }
        std::string_view w = t.substr(b, i - b);
        // n't
        if (w.size() > 3 && EndsWith(w, "n") && i < line_end &&
            (StartsWithAt(t, i, "'t") || StartsWithAt(t, i, "\xE2\x80\x99t"))) {
          i -= 1;
        }
        kind = IsAsciiDigit(t[b]) ? TokenKind::kNumber : TokenKind::kWord;
      } else if ((c == '\'' || StartsWithAt(t, i, "\xE2\x80\x99")) &&
                 i > line_start &&
                 IsWordByte(static_cast<unsigned char>(t[i - 1]))) {
        // 's 're 've 'll 'd 'm after a word.
        size_t len = c == '\'' ? 1 : 3;
        size_t j = i + len;
        while (j < line_end && IsAsciiAlpha(t[j])) ++j;
        std::string_view rest = t.substr(i + len, j - i - len);
        if (rest == "s" || rest == "re" || rest == "ve" || rest == "ll" ||
            rest == "d" || rest == "m" || rest == "S") {
          i = j;
          kind = TokenKind::kWord;
        } else {
          i += len;
        }
      } else {
        size_t pos = i;
        DecodeUtf8(t, &pos);
        i = pos;
        if (c == '.' && StartsWithAt(t, b, "...")) i = b + 3;
        if (c == '$' || c == '%' || c == '&' || c == '+' || c == '=' ||
            c == '@')
          kind = TokenKind::kSymbol;
      }
      Token tok;
      tok.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(i)};
      tok.kind = quote ? TokenKind::kQuoteMark : kind;
      if (b > 0 && IsAsciiSpace(t[b - 1])) tok.flags |= Token::kSpaceBefore;
      if (IsAsciiUpper(t[b])) tok.flags |= Token::kCapitalized;
      if (doc.tokens.size() == s.token_begin)
        tok.flags |= Token::kSentenceStart;
      if (quote) {
        bool opens = !in_quote;
        tok.flags |= opens ? Token::kOpensQuote : Token::kClosesQuote;
        in_quote = opens;
      } else if (in_quote) {
        tok.flags |= Token::kInQuote;
      }
      doc.tokens.push_back(tok);
    }
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    if (s.token_end > s.token_begin) {
      s.span = {doc.tokens[s.token_begin].span.begin,
                doc.tokens[s.token_end - 1].span.end};
      doc.sentences.push_back(s);
    }
    line_start = line_end + 1;
  }
  if (!doc.sentences.empty())
    doc.paragraphs.push_back({0, static_cast<uint32_t>(t.size())});
  return doc;
}

}  // namespace newsmill::syntax

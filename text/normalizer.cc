#include "text/normalizer.h"

#include <algorithm>

#include "base/utf8.h"
#include "text/boilerplate.h"
#include "text/chars.h"

namespace newsmill {
namespace {

// One cleaned line with its anchors (text offsets relative to `clean`).
struct Line {
  std::string clean;
  std::vector<SourceAnchor> anchors;
  uint32_t source_begin = 0;
  uint32_t source_end = 0;  // exclusive, without the line break
  int indent = 0;           // leading white space in the source
};

class LineCleaner {
 public:
  explicit LineCleaner(size_t* invalid) : invalid_(invalid) {}

  Line Clean(std::string_view src, uint32_t b, uint32_t e) {
    Line line;
    line.source_begin = b;
    line.source_end = e;
    bool pending_space = false;
    bool leading = true;
    int64_t delta = INT64_MIN;  // source - text of the last anchor
    size_t pos = b;
    while (pos < e) {
      // Fast path: a run of printable ASCII other than spaces is copied as is.
      if (!pending_space) {
        size_t run = pos;
        while (run < e && static_cast<unsigned char>(src[run]) > 0x20 &&
               static_cast<unsigned char>(src[run]) < 0x7F)
          ++run;
        if (run > pos) {
          int64_t d = static_cast<int64_t>(pos) -
                      static_cast<int64_t>(line.clean.size());
          if (d != delta) {
            line.anchors.push_back({static_cast<uint32_t>(line.clean.size()),
                                    static_cast<uint32_t>(pos)});
            delta = d;
          }
          line.clean.append(src.data() + pos, run - pos);
          leading = false;
          pos = run;
          continue;
        }
      }
      size_t at = pos;
      unsigned char byte = static_cast<unsigned char>(src[pos]);
      char32_t c;
      bool invalid = false;
      if (byte < 0x80) {
        c = byte;
        ++pos;
      } else {
        std::string_view view = src.substr(0, e);
        c = DecodeUtf8(view, &pos);
        if (c == kReplacementChar && !(pos - at == 3 &&
                                       static_cast<unsigned char>(src[at]) == 0xEF)) {
          invalid = true;
          // Swallow the continuation bytes of the broken sequence.
          while (pos < e && (static_cast<unsigned char>(src[pos]) & 0xC0) == 0x80)
            ++pos;
        }
      }
      if (invalid) ++*invalid_;
      if (IsSpaceCp(c)) {
        if (leading) ++line.indent;
        pending_space = !leading;
        continue;
      }
      if (IsIgnorableCp(c) || (c < 0x20 && c != '\t') || c == 0x7F ||
          (c >= 0x80 && c < 0xA0)) {
        continue;
      }
      leading = false;
      if (pending_space) {
        line.clean.push_back(' ');
        pending_space = false;
      }
      // Anchor where the source-to-text offset changes.
      int64_t d = static_cast<int64_t>(at) -
                  static_cast<int64_t>(line.clean.size());
      if (d != delta) {
        line.anchors.push_back({static_cast<uint32_t>(line.clean.size()),
                                static_cast<uint32_t>(at)});
        delta = d;
      }
      if (invalid) {
        AppendUtf8(kReplacementChar, &line.clean);
        delta = INT64_MIN;  // the replacement's length differs from the source's
      } else {
        line.clean.append(src.data() + at, pos - at);
      }
    }
    return line;
  }

 private:
  size_t* invalid_;
};

bool EndsSentence(const std::string& s) {
  if (s.empty()) return false;
  // Last code point, skipping closing quotes and brackets.
  size_t i = s.size();
  while (i > 0) {
    size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
      --start;
    size_t p = start;
    char32_t c = DecodeUtf8(s, &p);
    if (c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D ||
        c == 0x2019 || c == 0x00BB) {
      i = start;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
  }
  return false;
}

// Whether the line ends with a word that cannot end a sentence or a
// heading ("... told the Securities and"): wrapping cut the sentence.
bool EndsWithFunctionWord(const std::string& s) {
  const size_t sp = s.rfind(' ');
  if (sp == std::string::npos) return false;
  const std::string_view last = std::string_view(s).substr(sp + 1);
  for (std::string_view w : {"and", "of", "the", "to", "a", "an", "in", "for", "by", "with",
                             "at", "on", "or", "from", "that", "as", "his", "her", "its",
                             "their", "our", "said", "told", "into"})
    if (last == w) return true;
  return false;
}

// Whether the line has letters and every one is a capital (a heading).
bool AllCapitals(const std::string& s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 4;
}

bool StartsBullet(const std::string& s) {
  return s.rfind("- ", 0) == 0 || s.rfind("* ", 0) == 0 ||
         s.rfind("\u2022", 0) == 0 || s.rfind("\u2013 ", 0) == 0;
}

}  // namespace

uint32_t NormalizedText::ToSource(uint32_t offset) const {
  if (source_map.empty()) return offset;
  auto it = std::upper_bound(
      source_map.begin(), source_map.end(), offset,
      [](uint32_t o, const SourceAnchor& a) { return o < a.text_offset; });
  if (it == source_map.begin()) return source_map.front().source_offset;
  --it;
  return it->source_offset + (offset - it->text_offset);
}

NormalizedText Normalize(const TextRules& rules, std::string_view source,
                         const NormalizeOptions& options) {
  NormalizedText out;
  // 1. Clean lines; blank lines separate blocks.
  std::vector<std::vector<Line>> blocks(1);
  LineCleaner cleaner(&out.invalid_utf8);
  size_t pos = 0;
  while (pos <= source.size()) {
    size_t eol = source.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) eol = source.size();
    Line line = cleaner.Clean(source, static_cast<uint32_t>(pos),
                              static_cast<uint32_t>(eol));
    if (line.clean.empty()) {
      if (!blocks.back().empty()) {
        blocks.emplace_back();
      }
    } else {
      blocks.back().push_back(std::move(line));
    }
    if (eol >= source.size()) break;
    pos = eol + 1;
    if (source[eol] == '\r' && pos < source.size() && source[pos] == '\n') ++pos;
  }

  // 2. Paragraph units: decide which line breaks inside a block are soft.
  std::vector<std::vector<const Line*>> units;
  for (const auto& block : blocks) {
    if (block.empty()) continue;
    size_t max_len = 0, long_lines = 0;
    for (const Line& l : block) max_len = std::max(max_len, l.clean.size());
    for (const Line& l : block)
      long_lines += l.clean.size() * 10 >= max_len * 6;
    // Hard-wrapped: three or more lines, none very long, most near the width,
    // and lines that run on: wrapping cuts sentences, so some lines go on in
    // lower case. Lines of a table or one sentence per line (results, lists,
    // pre-tokenised text) start in capitals or digits.
    size_t lower_starts = 0;
    for (size_t i = 1; i < block.size(); ++i) lower_starts += StartsLower(block[i].clean);
    const bool wrapped = block.size() >= 3 && max_len <= 100 &&
                         long_lines * 10 >= block.size() * 6 &&
                         lower_starts * 5 >= block.size() - 1;
    units.emplace_back();
    for (size_t i = 0; i < block.size(); ++i) {
      const Line& l = block[i];
      if (!units.back().empty()) {
        const Line& prev = block[i - 1];
        bool soft;
        if (wrapped) {
          // A heading in capitals before text in mixed case ends there.
          soft = !(l.indent > prev.indent && l.indent > 0) &&
                 !(AllCapitals(prev.clean) && !AllCapitals(l.clean)) &&
                 !(EndsSentence(prev.clean) &&
                   prev.clean.size() * 10 < max_len * 7) &&
                 !StartsBullet(l.clean);
        } else {
          // Not wrapped as a whole (a title or a short first line before
          // wrapped text, as in wire copy): a line still runs on when the
          // next plainly continues it, or when its last word cannot end a
          // sentence or a heading ("... told the Securities and").
          // (Lines that merely fill the block's width do not say it: lists
          // and schedules have lines of one length too.)
          soft = !EndsSentence(prev.clean) &&
                 (StartsLower(l.clean) || EndsWithFunctionWord(prev.clean));
        }
        if (!soft) units.emplace_back();
      }
      units.back().push_back(&l);
    }
  }

  // 3. Drop furniture, assemble.
  std::string unit_text;
  for (const auto& unit : units) {
    size_t unit_bytes = 0;
    for (const Line* l : unit) unit_bytes += l->clean.size() + 1;
    // Furniture lines are short: longer units are never checked.
    if (options.remove_boilerplate && unit.size() <= 2 && unit_bytes <= 400) {
      unit_text.clear();
      for (const Line* l : unit) {
        if (!unit_text.empty()) unit_text.push_back(' ');
        unit_text += l->clean;
      }
      if (IsBoilerplateLine(rules, unit_text)) {
        out.removed_lines.push_back(unit_text);
        continue;
      }
    }
    if (!out.text.empty()) out.text.append("\n\n");
    Span para;
    para.begin = static_cast<uint32_t>(out.text.size());
    for (size_t i = 0; i < unit.size(); ++i) {
      const Line* l = unit[i];
      if (i > 0) out.text.push_back(' ');
      uint32_t base = static_cast<uint32_t>(out.text.size());
      for (const SourceAnchor& a : l->anchors)
        out.source_map.push_back({base + a.text_offset, a.source_offset});
      out.text += l->clean;
    }
    para.end = static_cast<uint32_t>(out.text.size());
    out.paragraphs.push_back(para);
  }
  return out;
}

}  // namespace newsmill

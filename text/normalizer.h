// Normaliser: turns an article's raw text into newsmill's cleaned text, with
// a map back to the raw bytes.
//
// What it does, line by line: repairs invalid UTF-8 (U+FFFD), drops control
// and invisible characters (zero-width space, BOM, soft hyphen), turns every
// Unicode space into " " and collapses runs, trims lines. Then it finds the
// paragraphs: blank lines always separate them; inside a block, a line break
// is a paragraph break unless the block is hard-wrapped (lines of similar
// length that run on) or the next line plainly continues the sentence (it
// starts in lower case after a line without final punctuation). Lines that
// are page furniture (text/boilerplate.h) are dropped. Paragraphs are joined
// with "\n\n", wrapped lines with " ".
//
//   NormalizedText n = Normalize(rules, raw);
//   n.text;                        // cleaned text
//   n.ToSource(42);                // byte offset in raw of cleaned byte 42
//
// Thread safety: pure function of its arguments.
#ifndef NEWSMILL_TEXT_NORMALIZER_H_
#define NEWSMILL_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmill/document.h"
#include "text/text_rules.h"

namespace newsmill {

struct NormalizedText {
  std::string text;
  std::vector<Span> paragraphs;
  std::vector<SourceAnchor> source_map;  // sorted by text_offset
  size_t invalid_utf8 = 0;               // sequences replaced by U+FFFD
  std::vector<std::string> removed_lines;  // boilerplate dropped

  // Byte offset in the source of cleaned byte `offset` (a byte that the
  // normaliser inserted maps to the source byte where it was inserted).
  uint32_t ToSource(uint32_t offset) const;
};

struct NormalizeOptions {
  bool remove_boilerplate = true;  // drop page-furniture lines
};

NormalizedText Normalize(const TextRules& rules, std::string_view source,
                         const NormalizeOptions& options = {});

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_NORMALIZER_H_

// The output record (shared/SCHEMA.md, version 1): one JSON object per
// article, written on one line.
//
//   RecordOptions ro;
//   ro.lexicon_id = pipeline->lexicon_id();
//   std::string line;
//   AppendRecord(doc, ro, &line);   // {"id":...,"engine":{...},...}\n
//
// Byte spans of the Document become code point offsets into `text` here,
// and only here.
//
// Thread safety: pure function.
#ifndef NEWSMILL_IO_RECORD_WRITER_H_
#define NEWSMILL_IO_RECORD_WRITER_H_

#include <string>

#include "newsmill/document.h"

namespace newsmill {

struct RecordOptions {
  std::string lexicon_id;   // engine.lexicon
  bool tokens = false;      // include the syntax layer's `tokens`
  bool include_text = true; // false: `text` is written as null (offsets stay)
};

// Appends the record of doc and a newline to *out.
void AppendRecord(const Document& doc, const RecordOptions& options,
                  std::string* out);

}  // namespace newsmill

#endif  // NEWSMILL_IO_RECORD_WRITER_H_

// The SCHEMA.md record of a Document, as the store keeps it.
//
// TEMPORARY: the canonical writer is io/record_writer.h (being written on
// main). Until it lands, the store writes the record with this minimal
// writer; StoreRecordJson then becomes a call to it, with the text nulled
// for --no-text. Offsets are converted to code points here, as there.
//
// Thread safety: pure function.
#ifndef NEWSMILL_STORE_RECORD_JSON_H_
#define NEWSMILL_STORE_RECORD_JSON_H_

#include <string>

#include "newsmill/document.h"
#include "store/store.h"

namespace newsmill {

// REQUIRES: every span of doc lies inside doc.text (the store validates).
std::string StoreRecordJson(const Document& doc, const EngineInfo& engine,
                            bool keep_text);

}  // namespace newsmill

#endif  // NEWSMILL_STORE_RECORD_JSON_H_

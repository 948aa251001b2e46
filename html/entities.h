// HTML character references (&amp; &eacute; &#8217; &#x2019;) decoded to
// UTF-8 as the HTML5 tokenizer does, with the named references of
// data/html/entities.tsv (the WHATWG table, 2,231 names).
//
//   std::string out;
//   html::DecodeCharacterReferences("caf&eacute; &amp; bar", false, &out);
//   // out == "café & bar"
//
// Cases handled as HTML5 specifies: legacy names without ';' (&copy 2019),
// longest match (&notit; -> "¬it;"), the attribute rule (&amp=... in a URL
// stays literal), numeric references 0x80-0x9F read as Windows-1252,
// zero, surrogates and values beyond U+10FFFF as U+FFFD.
//
// Thread safety: pure functions; the table is built once, thread-safely.
#ifndef NEWSMILL_HTML_ENTITIES_H_
#define NEWSMILL_HTML_ENTITIES_H_

#include <string>
#include <string_view>

namespace newsmill::html {

// Appends s to *out with every character reference decoded. in_attribute
// selects HTML5's rule for attribute values.
void DecodeCharacterReferences(std::string_view s, bool in_attribute,
                               std::string* out);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_ENTITIES_H_

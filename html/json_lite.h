// A small, lenient JSON reader for the JSON-LD blocks of web pages.
//
//   html::JsonValue v;
//   if (html::ParseJsonLenient(script_text, &v))
//     if (const html::JsonValue* h = v.Get("headline")) Use(h->str);
//
// Pages embed JSON-LD that strict parsers reject: raw newlines and tabs
// inside strings, trailing commas, // and /* */ comments, an HTML comment or
// CDATA wrapper around the object, several objects one after the other. This
// reader accepts all of those; it stops at 64 levels of nesting (returns what
// it has read) and never recurses deeper, so hostile input cannot exhaust the
// stack.
//
// Thread safety: pure function; JsonValue is a plain value.
#ifndef NEWSMILL_HTML_JSON_LITE_H_
#define NEWSMILL_HTML_JSON_LITE_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsmill::html {

struct JsonMember;

struct JsonValue {
  enum Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = kNull;
  std::string str;  // kString: the value; kNumber: as written; kBool: "true"/"false"
  std::vector<JsonValue> items;                            // kArray
  std::vector<JsonMember> members;                          // kObject

  // The member named key of an object, or nullptr.
  const JsonValue* Get(std::string_view key) const;
  bool IsString() const { return type == kString; }
};

struct JsonMember {
  std::string key;
  JsonValue value;
};

// Parses s. Several top-level values are returned as one array. Returns
// false when nothing could be read.
bool ParseJsonLenient(std::string_view s, JsonValue* out);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_JSON_LITE_H_

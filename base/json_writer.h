// JsonWriter: appends compact, valid JSON to a string.
//
//   std::string out;
//   JsonWriter w(&out);
//   w.BeginObject();
//   w.Key("id"); w.String("seed");
//   w.Key("n");  w.Int(3);
//   w.EndObject();            // {"id":"seed","n":3}
//
// Commas are inserted automatically. Strings must be valid UTF-8 (newsmill
// repairs text before it reaches the writer); control characters, quotes and
// backslashes are escaped, U+2028/U+2029 too so that the output is safe to
// embed in JavaScript.
//
// Thread safety: one writer per thread.
#ifndef NEWSMILL_BASE_JSON_WRITER_H_
#define NEWSMILL_BASE_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view s);
  void Int(int64_t v);
  void Double(double v);  // NaN and infinities are written as null
  void Bool(bool v);
  void Null();
  // A string, or null when s is empty.
  void StringOrNull(std::string_view s);
  // Appends pre-serialised JSON as one value. REQUIRES: json is valid JSON.
  void Raw(std::string_view json);

  // Escapes s as a JSON string (with quotes) onto out.
  static void AppendQuoted(std::string_view s, std::string* out);

 private:
  void BeforeValue();

  std::string* out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// {"name": ..., "country": ...} of a place (any type with those two string
// fields), or null when there is none: an event's location in the record
// and in the exports.
template <typename Place>
void WritePlace(JsonWriter* w, const std::optional<Place>& place) {
  if (!place) {
    w->Null();
    return;
  }
  w->BeginObject();
  w->Key("name");
  w->String(place->name);
  w->Key("country");
  w->StringOrNull(place->country);
  w->EndObject();
}

}  // namespace newsmill

#endif  // NEWSMILL_BASE_JSON_WRITER_H_

#include "html/json_lite.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill::html {
namespace {

constexpr int kMaxDepth = 64;

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  void SkipSpace() {
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (IsAsciiSpace(c) || c == ';') {
        ++pos_;
      } else if (c == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '/') {
        while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
      } else if (c == '/' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '*') {
        size_t e = s_.find("*/", pos_ + 2);
        pos_ = e == std::string_view::npos ? s_.size() : e + 2;
      } else if (s_.compare(pos_, 4, "<!--") == 0) {
        pos_ += 4;
      } else if (s_.compare(pos_, 3, "-->") == 0) {
        pos_ += 3;
      } else if (s_.compare(pos_, 9, "<![CDATA[") == 0) {
        pos_ += 9;
      } else if (s_.compare(pos_, 3, "]]>") == 0) {
        pos_ += 3;
      } else {
        break;
      }
    }
  }

  bool AtEnd() {
    SkipSpace();
    return pos_ >= s_.size();
  }

  bool Value(JsonValue* v, int depth) {
    SkipSpace();
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    if (c == '{' || c == '[') {
      if (depth >= kMaxDepth) return SkipNested();
      bool object = c == '{';
      v->type = object ? JsonValue::kObject : JsonValue::kArray;
      ++pos_;
      while (true) {
        SkipSpace();
        if (pos_ >= s_.size()) return true;  // truncated: keep what we have
        char d = s_[pos_];
        if (d == (object ? '}' : ']')) {
          ++pos_;
          return true;
        }
        if (d == ',') {
          ++pos_;
          continue;
        }
        if (object) {
          std::string key;
          if (d == '"' || d == '\'') {
            if (!String(&key)) return true;
          } else {
            size_t b = pos_;
            while (pos_ < s_.size() && s_[pos_] != ':' && !IsAsciiSpace(s_[pos_]) &&
                   s_[pos_] != '}' && s_[pos_] != ',')
              ++pos_;
            if (pos_ == b) {
              ++pos_;
              continue;
            }
            key.assign(s_.substr(b, pos_ - b));
          }
          SkipSpace();
          if (pos_ < s_.size() && s_[pos_] == ':') ++pos_;
          JsonValue member;
          if (!Value(&member, depth + 1)) return true;
          v->members.push_back({std::move(key), std::move(member)});
        } else {
          JsonValue item;
          size_t before = pos_;
          if (!Value(&item, depth + 1)) return true;
          if (pos_ == before) ++pos_;
          v->items.push_back(std::move(item));
        }
      }
    }
    if (c == '"' || c == '\'') {
      v->type = JsonValue::kString;
      return String(&v->str);
    }
    // Literals and numbers: read a bare word.
    size_t b = pos_;
    while (pos_ < s_.size() && !IsAsciiSpace(s_[pos_]) && s_[pos_] != ',' &&
           s_[pos_] != '}' && s_[pos_] != ']' && s_[pos_] != ':')
      ++pos_;
    if (pos_ == b) {
      ++pos_;  // a stray character: skip it
      v->type = JsonValue::kNull;
      return true;
    }
    std::string_view word = s_.substr(b, pos_ - b);
    if (word == "true" || word == "false") {
      v->type = JsonValue::kBool;
      v->str.assign(word);
    } else if (word == "null" || word == "undefined") {
      v->type = JsonValue::kNull;
    } else {
      v->type = JsonValue::kNumber;
      v->str.assign(word);
    }
    return true;
  }

 private:
  // Skips a container nested too deep, without recursion.
  bool SkipNested() {
    int level = 0;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == '"' || c == '\'') {
        std::string ignored;
        String(&ignored);
        continue;
      }
      ++pos_;
      if (c == '{' || c == '[') ++level;
      if (c == '}' || c == ']') {
        if (--level == 0) break;
      }
    }
    return true;
  }

  static int Hex(char c) {
    if (IsAsciiDigit(c)) return c - '0';
    c = AsciiLower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }

  bool Hex4(uint32_t* out) {
    if (pos_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = Hex(s_[pos_ + i]);
      if (h < 0) return false;
      v = v * 16 + static_cast<uint32_t>(h);
    }
    pos_ += 4;
    *out = v;
    return true;
  }

  bool String(std::string* out) {
    char quote = s_[pos_++];
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == quote) return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= s_.size()) break;
      char e = s_[pos_++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 't': out->push_back('\t'); break;
        case 'r': out->push_back('\r'); break;
        case 'b': case 'f': out->push_back(' '); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) {
            out->append("\\u");
            break;
          }
          if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 6 <= s_.size() &&
              s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
            size_t save = pos_;
            pos_ += 2;
            uint32_t lo;
            if (Hex4(&lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              pos_ = save;
            }
          }
          if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
          AppendUtf8(static_cast<char32_t>(cp), out);
          break;
        }
        default: out->push_back(e); break;  // \" \\ \/ \' and unknown escapes
      }
    }
    return true;  // unterminated: keep what was read
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

const JsonValue* JsonValue::Get(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

bool ParseJsonLenient(std::string_view s, JsonValue* out) {
  Reader r(s);
  JsonValue first;
  if (!r.Value(&first, 0)) return false;
  if (r.AtEnd()) {
    *out = std::move(first);
    return true;
  }
  out->type = JsonValue::kArray;
  out->items.clear();
  out->items.push_back(std::move(first));
  for (int n = 0; n < 64 && !r.AtEnd(); ++n) {
    JsonValue next;
    if (!r.Value(&next, 0)) break;
    out->items.push_back(std::move(next));
  }
  return true;
}

}  // namespace newsmill::html

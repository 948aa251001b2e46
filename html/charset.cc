#include "html/charset.h"

#include <errno.h>
#include <iconv.h>

#include <cstring>
#include <string>

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill::html {
namespace {

constexpr size_t kPrescanBytes = 16 * 1024;

// Bytes 0x80-0x9F of Windows-1252; 0 where the encoding has no character.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct Label {
  const char* label;
  const char* name;
};

// WHATWG Encoding labels for the encodings pages commonly declare.
constexpr Label kLabels[] = {
    {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"unicode-1-1-utf-8", "utf-8"},
    {"x-unicode20utf8", "utf-8"}, {"unicode11utf8", "utf-8"},
    {"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"}, {"latin1", "windows-1252"},
    {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"},
    {"iso88591", "windows-1252"}, {"iso_8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"}, {"l1", "windows-1252"},
    {"ascii", "windows-1252"}, {"us-ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"}, {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"}, {"iso-ir-100", "windows-1252"},
    {"csisolatin1", "windows-1252"},
    {"iso-8859-15", "iso-8859-15"}, {"iso8859-15", "iso-8859-15"},
    {"iso885915", "iso-8859-15"}, {"iso_8859-15", "iso-8859-15"},
    {"latin9", "iso-8859-15"}, {"l9", "iso-8859-15"},
    {"csisolatin9", "iso-8859-15"},
    {"iso-8859-2", "iso-8859-2"}, {"iso8859-2", "iso-8859-2"},
    {"latin2", "iso-8859-2"}, {"l2", "iso-8859-2"},
    {"iso-8859-5", "iso-8859-5"}, {"iso-8859-7", "iso-8859-7"},
    {"greek", "iso-8859-7"}, {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"}, {"iso-8859-13", "iso-8859-13"},
    {"windows-1250", "windows-1250"}, {"cp1250", "windows-1250"},
    {"x-cp1250", "windows-1250"},
    {"windows-1251", "windows-1251"}, {"cp1251", "windows-1251"},
    {"x-cp1251", "windows-1251"},
    {"windows-1253", "windows-1253"}, {"cp1253", "windows-1253"},
    {"windows-1254", "windows-1254"}, {"cp1254", "windows-1254"},
    {"windows-1255", "windows-1255"}, {"windows-1256", "windows-1256"},
    {"windows-1257", "windows-1257"}, {"windows-1258", "windows-1258"},
    {"windows-874", "windows-874"}, {"tis-620", "windows-874"},
    {"koi8-r", "koi8-r"}, {"koi8r", "koi8-r"}, {"koi8-u", "koi8-u"},
    {"ibm866", "ibm866"}, {"cp866", "ibm866"},
    {"macintosh", "macintosh"}, {"mac", "macintosh"},
    {"x-mac-roman", "macintosh"}, {"x-mac-cyrillic", "x-mac-cyrillic"},
    {"shift_jis", "shift_jis"}, {"shift-jis", "shift_jis"},
    {"sjis", "shift_jis"}, {"ms_kanji", "shift_jis"},
    {"x-sjis", "shift_jis"}, {"windows-31j", "shift_jis"},
    {"ms932", "shift_jis"}, {"csshiftjis", "shift_jis"},
    {"euc-jp", "euc-jp"}, {"x-euc-jp", "euc-jp"},
    {"iso-2022-jp", "iso-2022-jp"},
    {"gbk", "gbk"}, {"gb2312", "gbk"}, {"x-gbk", "gbk"},
    {"gb_2312-80", "gbk"}, {"chinese", "gbk"}, {"csgb2312", "gbk"},
    {"gb18030", "gb18030"},
    {"big5", "big5"}, {"big5-hkscs", "big5"}, {"x-x-big5", "big5"},
    {"cn-big5", "big5"},
    {"euc-kr", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"},
    {"windows-949", "euc-kr"}, {"cseuckr", "euc-kr"},
    {"utf-16", "utf-16le"}, {"utf-16le", "utf-16le"},
    {"utf-16be", "utf-16be"},
};

// The name glibc's iconv knows an encoding by, for the few that differ.
const char* IconvName(const std::string& name) {
  if (name == "shift_jis") return "CP932";
  if (name == "gbk") return "GB18030";
  if (name == "euc-kr") return "CP949";
  if (name == "big5") return "BIG5-HKSCS";
  if (name == "x-mac-cyrillic") return "MAC-CYRILLIC";
  if (name == "windows-874") return "CP874";
  return name.c_str();
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '/';
}

// The charset named in a Content-Type value: "text/html; charset=utf-8".
std::string_view CharsetFromContentType(std::string_view v) {
  std::string lower = ToLowerAscii(v);
  size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
  if (i >= v.size() || v[i] != '=') return {};
  ++i;
  while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
  char quote = 0;
  if (i < v.size() && (v[i] == '"' || v[i] == '\'')) quote = v[i++];
  size_t b = i;
  while (i < v.size() && v[i] != quote && v[i] != ';' &&
         !(quote == 0 && (v[i] == ' ' || v[i] == '\t')))
    ++i;
  return v.substr(b, i - b);
}

// Reads one attribute at s[*i] in the prescan; false at '>' or the end.
bool PrescanAttribute(std::string_view s, size_t* i, std::string* name,
                      std::string* value) {
  size_t p = *i;
  while (p < s.size() && IsSpace(s[p])) ++p;
  if (p >= s.size() || s[p] == '>') {
    *i = p;
    return false;
  }
  name->clear();
  value->clear();
  while (p < s.size() && !IsSpace(s[p]) && s[p] != '>' &&
         (s[p] != '=' || name->empty()))
    name->push_back(AsciiLower(s[p++]));
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
                          s[p] == '\r' || s[p] == '\f'))
    ++p;
  if (p < s.size() && s[p] == '=') {
    ++p;
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' ||
                            s[p] == '\r' || s[p] == '\f'))
      ++p;
    if (p < s.size() && (s[p] == '"' || s[p] == '\'')) {
      char q = s[p++];
      while (p < s.size() && s[p] != q) value->push_back(s[p++]);
      if (p < s.size()) ++p;
    } else {
      while (p < s.size() && !IsSpace(s[p]) && s[p] != '>')
        value->push_back(s[p++]);
    }
  }
  *i = p;
  return true;
}

// Windows-1252 (and its ASCII and Latin-1 labels) to UTF-8.
size_t DecodeWindows1252(std::string_view s, std::string* out) {
  size_t bad = 0;
  out->reserve(out->size() + s.size() + s.size() / 8);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80 &&
           s[j] != 0)
      ++j;
    out->append(s.data() + i, j - i);
    if (j >= s.size()) break;
    unsigned char b = static_cast<unsigned char>(s[j]);
    if (b == 0) {
      ++bad;
    } else {
      char32_t c = Windows1252ToUnicode(b);
      if (c == 0) {
        c = kReplacementChar;
        ++bad;
      }
      AppendUtf8(c, out);
    }
    i = j + 1;
  }
  return bad;
}

// Any encoding iconv knows to UTF-8. Returns false when iconv does not know
// `name`; *bad counts bytes replaced by U+FFFD.
bool DecodeIconv(std::string_view s, const std::string& name,
                 std::string* out, size_t* bad) {
  iconv_t cd = iconv_open("UTF-8", IconvName(name));
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  *bad = 0;
  char* in = const_cast<char*>(s.data());
  size_t in_left = s.size();
  std::string buf(s.size() * 2 + 64, '\0');
  size_t produced = 0;
  while (in_left > 0) {
    char* o = buf.data() + produced;
    size_t o_left = buf.size() - produced;
    size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    produced = buf.size() - o_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      buf.resize(buf.size() * 2);
      continue;
    }
    // EILSEQ: a byte that does not decode; EINVAL: a truncated sequence at
    // the end. Either way: U+FFFD, skip one byte, go on.
    std::string repl;
    AppendUtf8(kReplacementChar, &repl);
    if (buf.size() - produced < repl.size()) buf.resize(buf.size() * 2);
    std::memcpy(buf.data() + produced, repl.data(), repl.size());
    produced += repl.size();
    ++*bad;
    ++in;
    --in_left;
  }
  iconv_close(cd);
  buf.resize(produced);
  // iconv passes NUL through; the rest of newsmill wants none.
  out->reserve(out->size() + buf.size());
  for (char c : buf)
    if (c != '\0') out->push_back(c);
  return true;
}

}  // namespace

char32_t Windows1252ToUnicode(unsigned char b) {
  if (b < 0x80 || b >= 0xA0) return b;
  return kWindows1252High[b - 0x80];
}

std::string CanonicalEncoding(std::string_view label) {
  std::string l = ToLowerAscii(TrimAscii(label));
  if (l.empty()) return l;
  for (const Label& e : kLabels)
    if (l == e.label) return e.name;
  return l;
}

std::string SniffDeclaredEncoding(std::string_view bytes) {
  std::string_view s = bytes.substr(0, kPrescanBytes);
  // An XML declaration: <?xml version="1.0" encoding="ISO-8859-1"?>
  if (StartsWith(s, "<?xml")) {
    size_t end = s.find("?>");
    std::string_view decl = s.substr(0, end);
    size_t e = decl.find("encoding");
    if (e != std::string_view::npos) {
      size_t q = decl.find_first_of("\"'", e);
      if (q != std::string_view::npos) {
        size_t q2 = decl.find(decl[q], q + 1);
        if (q2 != std::string_view::npos)
          return CanonicalEncoding(decl.substr(q + 1, q2 - q - 1));
      }
    }
  }
  std::string name, value;
  size_t i = 0;
  while (i < s.size()) {
    const void* lt = std::memchr(s.data() + i, '<', s.size() - i);
    if (lt == nullptr) break;
    i = static_cast<size_t>(static_cast<const char*>(lt) - s.data());
    if (s.compare(i, 4, "<!--") == 0) {
      size_t e = s.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    if (i + 5 < s.size() && EqualsIgnoreCase(s.substr(i, 5), "<meta") &&
        IsSpace(s[i + 5])) {
      i += 5;
      std::string charset, content;
      bool http_equiv_ct = false;
      while (PrescanAttribute(s, &i, &name, &value)) {
        if (name == "charset" && charset.empty()) {
          charset = value;
        } else if (name == "content" && content.empty()) {
          content = value;
        } else if (name == "http-equiv") {
          http_equiv_ct = EqualsIgnoreCase(TrimAscii(value), "content-type");
        }
      }
      if (!charset.empty()) return CanonicalEncoding(charset);
      if (http_equiv_ct) {
        std::string_view cs = CharsetFromContentType(content);
        if (!cs.empty()) return CanonicalEncoding(cs);
      }
      continue;
    }
    ++i;
  }
  return "";
}

DecodedPage DecodeToUtf8(std::string_view bytes,
                         std::string_view http_charset) {
  DecodedPage page;
  std::string enc;
  // 1. A byte order mark decides.
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB &&
      static_cast<unsigned char>(bytes[2]) == 0xBF) {
    bytes.remove_prefix(3);
    enc = "utf-8";
  } else if (bytes.size() >= 2 &&
             static_cast<unsigned char>(bytes[0]) == 0xFF &&
             static_cast<unsigned char>(bytes[1]) == 0xFE) {
    bytes.remove_prefix(2);
    enc = "utf-16le";
  } else if (bytes.size() >= 2 &&
             static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    bytes.remove_prefix(2);
    enc = "utf-16be";
  }
  // 2. Well-formed UTF-8 is UTF-8, whatever the page says.
  if (enc.empty() && IsValidUtf8(bytes)) enc = "utf-8";
  // 3. HTTP header, then the page's own declaration, then Windows-1252.
  std::string declared;
  if (enc.empty()) {
    declared = CanonicalEncoding(CharsetFromContentType(
        std::string("charset=") + std::string(http_charset)));
    if (declared.empty()) declared = SniffDeclaredEncoding(bytes);
    // A page that says UTF-8 but is not: read it as Windows-1252 when most
    // of its non-ASCII bytes are not UTF-8 (a legacy page mis-declared), else
    // repair the few bad sequences.
    if (declared == "utf-8") {
      size_t high = 0, bad = 0;
      for (size_t i = 0; i < bytes.size();) {
        unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
          ++i;
          continue;
        }
        size_t before = i;
        char32_t c = DecodeUtf8(bytes, &i);
        high += i - before;
        if (c == kReplacementChar && i == before + 1) ++bad;
      }
      if (bad * 2 > high) {
        declared = "windows-1252";
        page.warnings.push_back(
            "html: page declares UTF-8 but its bytes are not; read as "
            "windows-1252");
      }
    }
    enc = declared.empty() ? "windows-1252" : declared;
  }
  page.encoding = enc;
  size_t bad = 0;
  if (enc == "utf-8") {
    bad = RepairUtf8(bytes, &page.text);
  } else if (enc == "windows-1252") {
    bad = DecodeWindows1252(bytes, &page.text);
  } else if (!DecodeIconv(bytes, enc, &page.text, &bad)) {
    page.warnings.push_back("html: unknown encoding '" + enc +
                            "'; read as windows-1252");
    page.encoding = "windows-1252";
    bad = DecodeWindows1252(bytes, &page.text);
  }
  if (bad > 0) {
    page.warnings.push_back("html: " + std::to_string(bad) +
                            " invalid byte(s) in " + page.encoding +
                            " text replaced by U+FFFD");
  }
  return page;
}

}  // namespace newsmill::html

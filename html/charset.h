// Character sets of web pages: which encoding a page is in, and its
// conversion to UTF-8.
//
//   html::DecodedPage page = html::DecodeToUtf8(bytes, /*http_charset=*/"");
//   // page.text is UTF-8; page.encoding "windows-1252"; page.warnings ...
//
// Which encoding, in order: a byte order mark; then, when the bytes are
// well-formed UTF-8, UTF-8 (a page whose declaration says otherwise but whose
// bytes are valid UTF-8 is mis-declared: Windows-1252 text with accented
// letters is practically never valid UTF-8); then the charset of the HTTP
// Content-Type when given; then the page's own declaration (<meta charset>,
// <meta http-equiv="Content-Type" content="...charset=...">, found by the
// HTML5 prescan of the first 16 KB); else Windows-1252, the web's
// default for undeclared legacy pages. Latin-1 and US-ASCII labels mean
// Windows-1252 as the WHATWG Encoding standard says.
//
// newsmill converts UTF-8, UTF-16 and Windows-1252 (which covers the Latin-1
// and ASCII labels) itself; any other encoding (Windows-1251, ISO-8859-2,
// KOI8-R, Shift_JIS, GBK, EUC-KR, Big5, ...) goes through the C library's
// iconv, and an encoding iconv does not know is read as Windows-1252 with a
// warning. Bytes that do not decode become U+FFFD and are counted in a
// warning; NUL bytes are dropped.
//
// Thread safety: pure functions.
#ifndef NEWSMILL_HTML_CHARSET_H_
#define NEWSMILL_HTML_CHARSET_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsmill::html {

struct DecodedPage {
  std::string text;       // UTF-8
  std::string encoding;   // canonical name of the encoding used
  std::vector<std::string> warnings;
};

// Canonical WHATWG name for an encoding label ("latin1" -> "windows-1252",
// "utf8" -> "utf-8"); the label lower-cased when newsmill does not know it;
// "" for an empty label.
std::string CanonicalEncoding(std::string_view label);

// The encoding a <meta> declaration in the first bytes of the page names, or
// "" (HTML5 "prescan a byte stream", simplified: comments skipped, charset
// and http-equiv content attributes read).
std::string SniffDeclaredEncoding(std::string_view bytes);

// Converts a page to UTF-8. http_charset: the charset of the HTTP
// Content-Type header, "" if unknown.
DecodedPage DecodeToUtf8(std::string_view bytes, std::string_view http_charset);

// The Windows-1252 code point of byte b (b >= 0x80); 0 for the five bytes
// the encoding leaves undefined.
char32_t Windows1252ToUnicode(unsigned char b);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_CHARSET_H_

#include "html/charset.h"

#include <gtest/gtest.h>

namespace newsmill::html {
namespace {

TEST(HtmlCharset, CanonicalNamesFollowTheEncodingStandard) {
  const std::pair<const char*, const char*> cases[] = {
      {"UTF-8", "utf-8"},         {"utf8", "utf-8"},
      {"ISO-8859-1", "windows-1252"}, {"latin1", "windows-1252"},
      {"US-ASCII", "windows-1252"},   {" Windows-1252 ", "windows-1252"},
      {"Shift_JIS", "shift_jis"},  {"gb2312", "gbk"},
      {"koi8-r", "koi8-r"},        {"x-made-up", "x-made-up"},
      {"", ""},
  };
  for (const auto& [label, name] : cases)
    EXPECT_EQ(CanonicalEncoding(label), name) << label;
}

TEST(HtmlCharset, FindsTheDeclarationInTheHead) {
  const std::pair<const char*, const char*> cases[] = {
      {"<html><head><meta charset=\"ISO-8859-1\">", "windows-1252"},
      {"<meta charset=windows-1251>", "windows-1251"},
      {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\">",
       "koi8-r"},
      {"<meta content='text/html; charset=\"Shift_JIS\"' http-equiv=content-type>",
       "shift_jis"},
      {"<!-- <meta charset=\"gbk\"> --><meta charset=\"utf-8\">", "utf-8"},
      {"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>", "iso-8859-15"},
      {"<meta name=\"description\" content=\"charset=koi8-r\">", ""},
      {"<html><body>no declaration</body></html>", ""},
  };
  for (const auto& [page, name] : cases)
    EXPECT_EQ(SniffDeclaredEncoding(page), name) << page;
}

TEST(HtmlCharset, ConvertsWindows1252ToUtf8) {
  // "café – “quoted” €5" in Windows-1252.
  std::string page = "<meta charset=windows-1252><p>caf\xE9 \x96 \x93quoted\x94 \x80" "5";
  DecodedPage d = DecodeToUtf8(page, "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.text,
            "<meta charset=windows-1252><p>caf\xC3\xA9 \xE2\x80\x93 "
            "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(HtmlCharset, UndeclaredLegacyBytesAreWindows1252) {
  DecodedPage d = DecodeToUtf8("<p>na\xEFve r\xE9sum\xE9", "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.text, "<p>na\xC3\xAFve r\xC3\xA9sum\xC3\xA9");
}

TEST(HtmlCharset, ValidUtf8WinsOverAWrongDeclaration) {
  std::string page = "<meta charset=iso-8859-1><p>caf\xC3\xA9";
  DecodedPage d = DecodeToUtf8(page, "");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.text, page);
}

TEST(HtmlCharset, HttpCharsetComesBeforeTheMetaTag) {
  DecodedPage d = DecodeToUtf8("<meta charset=windows-1252><p>\xF2\xEF", "koi8-r");
  EXPECT_EQ(d.encoding, "koi8-r");
  EXPECT_NE(d.text.find("\xD0\xA0\xD0\x9E"), std::string::npos);  // "РО"
}

TEST(HtmlCharset, ByteOrderMarksDecide) {
  DecodedPage a = DecodeToUtf8("\xEF\xBB\xBF<p>x", "");
  EXPECT_EQ(a.encoding, "utf-8");
  EXPECT_EQ(a.text, "<p>x");
  std::string utf16le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  DecodedPage b = DecodeToUtf8(utf16le, "");
  EXPECT_EQ(b.encoding, "utf-16le");
  EXPECT_EQ(b.text, "<p>\xC3\xA9");
}

TEST(HtmlCharset, ConvertsOtherEncodingsThroughIconv) {
  // "Привет" in Windows-1251.
  DecodedPage d = DecodeToUtf8(
      "<meta charset=windows-1251><p>\xCF\xF0\xE8\xE2\xE5\xF2", "");
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_NE(d.text.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"),
            std::string::npos);
}

TEST(HtmlCharset, RepairsAndReportsInvalidBytes) {
  // Declared and mostly UTF-8, with one stray byte.
  std::string page = "<meta charset=utf-8><p>caf\xC3\xA9 caf\xC3\xA9 x\xFFy";
  DecodedPage d = DecodeToUtf8(page, "");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_NE(d.text.find("x\xEF\xBF\xBDy"), std::string::npos);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("1 invalid byte"), std::string::npos);
}

TEST(HtmlCharset, PageMisdeclaredAsUtf8IsReadAsWindows1252) {
  DecodedPage d = DecodeToUtf8("<meta charset=utf-8><p>caf\xE9 na\xEFve", "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_NE(d.text.find("caf\xC3\xA9"), std::string::npos);
  EXPECT_FALSE(d.warnings.empty());
}

TEST(HtmlCharset, UnknownEncodingFallsBackWithAWarning) {
  DecodedPage d = DecodeToUtf8("<meta charset=x-nonsense><p>caf\xE9", "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_NE(d.text.find("caf\xC3\xA9"), std::string::npos);
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_NE(d.warnings[0].find("x-nonsense"), std::string::npos);
}

TEST(HtmlCharset, DropsNulBytes) {
  DecodedPage d = DecodeToUtf8(std::string("<p>a\0b", 6), "");
  EXPECT_EQ(d.text, "<p>ab");
}

}  // namespace
}  // namespace newsmill::html

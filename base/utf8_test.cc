#include "base/utf8.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

TEST(Utf8, ValidatesWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ASCII"));
  EXPECT_TRUE(IsValidUtf8("Orb\xC3\xA1n \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(Utf8, RejectsIllFormedSequences) {
  const char* bad[] = {
      "\xC3",              // truncated two-byte sequence
      "\x80",              // lone continuation byte
      "\xC0\xAF",          // overlong '/'
      "\xED\xA0\x80",      // surrogate
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "abc\xFF" "def",     // invalid byte
  };
  for (const char* s : bad) EXPECT_FALSE(IsValidUtf8(s)) << s;
}

TEST(Utf8, RepairReplacesEachBrokenSequenceOnce) {
  std::string out;
  EXPECT_EQ(RepairUtf8("a\xFF" "b\xC3" "c", &out), 2u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  EXPECT_EQ(RepairUtf8(std::string("x\0y", 3), &out), 1u);  // NUL dropped
  EXPECT_EQ(out, "xy");
  EXPECT_EQ(RepairUtf8("fine \xE2\x80\x99", &out), 0u);
  EXPECT_EQ(out, "fine \xE2\x80\x99");
}

TEST(Utf8, CodePointIndexMapsBytesToCodePoints) {
  std::string s = "a\xE2\x80\x9C" "b";  // a “ b
  for (int i = 0; i < 200; ++i) s += "\xC3\xA9";  // é, crossing blocks
  CodePointIndex index(s);
  EXPECT_EQ(index.ToCodePoint(0), 0u);
  EXPECT_EQ(index.ToCodePoint(1), 1u);
  EXPECT_EQ(index.ToCodePoint(4), 2u);
  EXPECT_EQ(index.ToCodePoint(5), 3u);
  EXPECT_EQ(index.ToCodePoint(5 + 2 * 150), 153u);
  EXPECT_EQ(index.ToCodePoint(static_cast<uint32_t>(s.size())), 203u);
  EXPECT_EQ(CountCodePoints(s), 203u);
}

TEST(Utf8, DecodeAdvancesPastInvalidBytesOneAtATime) {
  std::string s = "\xFF\xC3\xA9";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), kReplacementChar);
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\u00E9');
  EXPECT_EQ(pos, 3u);
}

}  // namespace
}  // namespace newsmill

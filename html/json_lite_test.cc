#include "html/json_lite.h"

#include <gtest/gtest.h>

namespace newsmill::html {
namespace {

TEST(HtmlJsonLite, ReadsStrictJson) {
  JsonValue v;
  ASSERT_TRUE(ParseJsonLenient(
      R"({"@type":"NewsArticle","headline":"A \"quoted\" \u00e9 \ud83d\ude00",)"
      R"("n":12.5,"ok":true,"none":null,"authors":[{"name":"Jane Doe"}]})",
      &v));
  ASSERT_EQ(v.type, JsonValue::kObject);
  EXPECT_EQ(v.Get("headline")->str, "A \"quoted\" \xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(v.Get("n")->str, "12.5");
  EXPECT_EQ(v.Get("ok")->type, JsonValue::kBool);
  EXPECT_EQ(v.Get("none")->type, JsonValue::kNull);
  EXPECT_EQ(v.Get("authors")->items[0].Get("name")->str, "Jane Doe");
  EXPECT_EQ(v.Get("missing"), nullptr);
}

TEST(HtmlJsonLite, AcceptsWhatPagesWrite) {
  JsonValue v;
  // A CDATA/comment wrapper, raw newlines in strings, trailing commas,
  // comments, single quotes.
  ASSERT_TRUE(ParseJsonLenient(
      "//<![CDATA[\n{ /* note */ 'headline': \"line one\nline two\", "
      "\"tags\": [\"a\", \"b\",], }\n//]]>",
      &v));
  EXPECT_EQ(v.Get("headline")->str, "line one\nline two");
  EXPECT_EQ(v.Get("tags")->items.size(), 2u);
}

TEST(HtmlJsonLite, SeveralTopLevelValuesBecomeAnArray) {
  JsonValue v;
  ASSERT_TRUE(ParseJsonLenient("{\"a\":1}\n{\"b\":2}", &v));
  ASSERT_EQ(v.type, JsonValue::kArray);
  EXPECT_EQ(v.items.size(), 2u);
}

TEST(HtmlJsonLite, TruncatedInputKeepsWhatWasRead) {
  JsonValue v;
  ASSERT_TRUE(ParseJsonLenient("{\"headline\":\"kept\",\"body\":\"cut", &v));
  EXPECT_EQ(v.Get("headline")->str, "kept");
}

TEST(HtmlJsonLite, DeepNestingDoesNotRecurseWithoutBound) {
  std::string deep(200000, '[');
  JsonValue v;
  EXPECT_TRUE(ParseJsonLenient(deep, &v));
  std::string objs;
  for (int i = 0; i < 100000; ++i) objs += "{\"a\":";
  EXPECT_TRUE(ParseJsonLenient(objs, &v));
  JsonValue empty;
  EXPECT_FALSE(ParseJsonLenient("   ", &empty));
}

}  // namespace
}  // namespace newsmill::html

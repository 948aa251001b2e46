#include "io/record_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

TEST(RecordWriter, WritesCodePointOffsetsIntoText) {
  Document d = testing::Analyze("“Orbán’s” view.\n\nDone.");
  std::string out;
  RecordOptions o;
  o.lexicon_id = "test";
  AppendRecord(d, o, &out);
  ASSERT_EQ(out.back(), '\n');
  simdjson::dom::parser parser;
  simdjson::dom::element r = parser.parse(out).value();
  EXPECT_EQ(std::string_view(r["engine"]["name"].get_string().value()), "newsmill");
  EXPECT_EQ(std::string_view(r["published_from"].get_string().value()), "none");
  auto sentences = r["sentences"].get_array().value();
  ASSERT_EQ(sentences.size(), 2u);
  // “Orbán’s” view. = 15 code points, 21 bytes.
  EXPECT_EQ(int64_t(sentences.at(0)["end"].get_int64().value()), 15);
  EXPECT_EQ(int64_t(sentences.at(1)["start"].get_int64().value()), 17);
  EXPECT_EQ(r["entities"].get_array().value().size(), 0u);
  EXPECT_TRUE(r["title"].is_null());
}

TEST(RecordWriter, TokensOnlyWhenAsked) {
  Document d = testing::Analyze("Hi.");
  std::string plain, with;
  AppendRecord(d, {}, &plain);
  RecordOptions o;
  o.tokens = true;
  AppendRecord(d, o, &with);
  EXPECT_EQ(plain.find("\"tokens\""), std::string::npos);
  EXPECT_NE(with.find("\"tokens\":[{\"start\":0,\"end\":2"), std::string::npos);
}

}  // namespace
}  // namespace newsmill

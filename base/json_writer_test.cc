#include "base/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace newsmill {
namespace {

TEST(JsonWriter, WritesNestedContainersWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.Int(1);
  w.Key("b");
  w.BeginArray();
  w.String("x");
  w.Null();
  w.Bool(true);
  w.EndArray();
  w.Key("c");
  w.BeginObject();
  w.EndObject();
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",null,true],"c":{}})");
}

TEST(JsonWriter, EscapesControlCharactersQuotesAndLineSeparators) {
  std::string out;
  JsonWriter::AppendQuoted("a\"b\\c\nd\x01\xE2\x80\xA8", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\\u2028\"");
}

TEST(JsonWriter, WritesNumbersCompactlyAndNonFiniteAsNull) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Double(100000);
  w.Double(-2.5);
  w.Double(NAN);
  w.EndArray();
  EXPECT_EQ(out, "[100000,-2.5,null]");
}

}  // namespace
}  // namespace newsmill

#include "html/entities.h"

#include <gtest/gtest.h>

namespace newsmill::html {
namespace {

std::string Decode(std::string_view s, bool attr = false) {
  std::string out;
  DecodeCharacterReferences(s, attr, &out);
  return out;
}

TEST(HtmlEntities, DecodesAsTheHtml5Tokenizer) {
  const std::pair<const char*, const char*> cases[] = {
      {"&amp;&lt;&gt;&quot;&apos;", "&<>\"'"},
      {"caf&eacute;", "caf\xC3\xA9"},
      {"&nbsp;", "\xC2\xA0"},
      {"&copy 2019", "\xC2\xA9 2019"},             // legacy, no ';'
      {"&notit;", "\xC2\xACit;"},                   // longest legacy prefix
      {"&CounterClockwiseContourIntegral;", "\xE2\x88\xB3"},
      {"&#8217;&#x2019;&#X2019;", "\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99"},
      {"&#150;", "\xE2\x80\x93"},                   // Windows-1252 range
      {"&#0; &#xD800; &#x110000; &#99999999999;",
       "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"&#; &#x; &; &nosuch; & x", "&#; &#x; &; &nosuch; & x"},
      {"&#65", "A"},                                // no ';' needed
      {"a&", "a&"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(Decode(in), out) << in;
}

TEST(HtmlEntities, AttributeValuesKeepLegacyNamesBeforeEqualsOrLetters) {
  EXPECT_EQ(Decode("?a=1&copy=2&notx", true), "?a=1&copy=2&notx");
  EXPECT_EQ(Decode("?a=1&copy;=2", true), "?a=1\xC2\xA9=2");
  EXPECT_EQ(Decode("&copy 2019", true), "\xC2\xA9 2019");
}

}  // namespace
}  // namespace newsmill::html

#include "text/text_stage.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

TEST(TextStage, FirstLineThatReadsAsAHeadlineBecomesTheTitle) {
  struct Case { const char* text; const char* title; } cases[] = {
      {"Ministers agree new budget rules\n\nThe ministers agreed on Monday.",
       "Ministers agree new budget rules"},
      {"The ministers agreed on Monday.\n\nThey left.", ""},          // a sentence
      {"Ministers agree new budget rules", ""},                       // nothing after
      {"lower case line\n\nThe ministers agreed.", ""},
      {"Russia said: talks to resume\n\nMore text.", "Russia said: talks to resume"},
  };
  for (const auto& c : cases) {
    Document d = testing::Analyze(c.text);
    EXPECT_EQ(d.title, c.title) << c.text;
  }
}

TEST(TextStage, GivenTitleIsKept) {
  ArticleInput in;
  in.id = "t";
  in.title = "Given";
  in.text = "A headline line\n\nBody text here.";
  auto d = testing::TestPipeline({"text"}).Analyze(in);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Given");
}

}  // namespace
}  // namespace newsmill

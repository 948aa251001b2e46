#include "entities/dating.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

Entity WithCandidates(std::vector<DatedCode> cs) {
  Entity e;
  e.type = EntityType::kPerson;
  e.candidates = std::move(cs);
  return e;
}

TEST(CodeOnDate, NarrowestDatedRangeThenUndated) {
  std::vector<DatedCode> cs = {{"USAGOV", 20170120, 20210120},
                               {"USAGOV", 20250120, 0},
                               {"USAELI", 0, 0}};
  EXPECT_EQ(CodeOnDate(cs, 20190301), "USAGOV");
  EXPECT_EQ(CodeOnDate(cs, 20220301), "USAELI");
  EXPECT_EQ(CodeOnDate(cs, 20260101), "USAGOV");
  EXPECT_EQ(CodeOnDate({{"RUSGOV", 20040309, 0}}, 20000101), "");
}

TEST(ResolveEntityCodes, SetsActorAndCountry) {
  Document doc;
  doc.entities.push_back(WithCandidates({{"USAGOV", 20210120, 20250120}, {"USAELI", 0, 0}}));
  doc.entities.push_back(WithCandidates({{"RUSGOV", 20040309, 0}}));
  doc.entities[1].actor = "KEEP";
  ResolveEntityCodes(doc, 20220201);
  EXPECT_EQ(doc.entities[0].actor, "USAGOV");
  EXPECT_EQ(doc.entities[0].country, "USA");
  EXPECT_EQ(doc.entities[1].actor, "KEEP");
  ResolveEntityCodes(doc, 20220201, /*overwrite=*/true);
  EXPECT_EQ(doc.entities[1].actor, "RUSGOV");
}

TEST(TenureWindow, IntersectsTitledOfficeHolders) {
  Document doc;
  // President (two terms), Secretary of State, and an untitled person whose
  // undated code means "any date".
  doc.entities.push_back(WithCandidates({{"RUSGOV", 19991231, 20080507}, {"RUSGOV", 20120507, 0}}));
  doc.entities.push_back(WithCandidates({{"USAGOV", 20210120, 20250120}}));
  doc.entities.push_back(WithCandidates({{"USAGOV", 20210126, 20250120}}));
  doc.entities.push_back(WithCandidates({{"RUSGOV", 20040309, 0}, {"RUSELI", 0, 0}}));
  std::optional<DateWindow> w = TenureWindow(doc);
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->from, 20210126);
  EXPECT_EQ(w->to, 20250120);
  EXPECT_EQ(CodeOverWindow(doc.entities[3].candidates, *w), "RUSGOV");
}

TEST(TenureWindow, NoneWhenContradictoryOrUnconstrained) {
  Document doc;
  EXPECT_FALSE(TenureWindow(doc).has_value());
  doc.entities.push_back(WithCandidates({{"USAGOV", 20010120, 20090120}}));
  doc.entities.push_back(WithCandidates({{"USAGOV", 20210120, 20250120}}));
  EXPECT_FALSE(TenureWindow(doc).has_value());
}

TEST(CodeOverWindow, EmptyWhenTheCodeChangesInside) {
  std::vector<DatedCode> cs = {{"USAGOV", 20170120, 20210120}, {"USAELI", 0, 0}};
  EXPECT_EQ(CodeOverWindow(cs, {20180101, 20190101}), "USAGOV");
  EXPECT_EQ(CodeOverWindow(cs, {20200101, 20220101}), "");
}

}  // namespace
}  // namespace newsmill

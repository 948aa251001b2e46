// Exports from SCHEMA records written here: GDELT rows (61 columns, groups
// collapsed) and PLOVER records (compound actors merged).
#include "events/export.h"

#include <gtest/gtest.h>

#include "base/strings.h"

namespace newsmill {
namespace {

// Two sentences; three mentions of Putin accusing the US (one group), two
// of Lavrov and Blinken speaking, one negated attack, one statement.
constexpr char kRecord[] = R"({"id":"a1","url":"https://x.test/a1","outlet":"X",
"published":"2022-02-02T10:20:30","language":"en",
"text":"Putin accused the US.\n\nLavrov and Blinken spoke.",
"events":[
{"code":"112","root":"11","quad":3,"goldstein":-2.0,"plover":"ACCUSE",
 "source":{"entity":"e1","name":"Vladimir Putin","actor":"RUSGOV","country":"RUS"},
 "target":{"entity":"e2","name":"United States","actor":"USA","country":"USA"},
 "date":"2022-02-01","location":{"name":"Moscow","country":"RUS"},"mode":"asserted",
 "confidence":0.9,"sentence":0,"start":0,"end":21,"cue":"accused","group":1,"reported_by":null},
{"code":"112","root":"11","quad":3,"goldstein":-2.0,"plover":"ACCUSE",
 "source":{"entity":"e1","name":"Vladimir Putin","actor":"RUSGOV","country":"RUS"},
 "target":{"entity":"e2","name":"United States","actor":"USA","country":"USA"},
 "date":"2022-02-01","location":null,"mode":"claimed","confidence":0.8,"sentence":1,
 "start":23,"end":48,"cue":"accused","group":1,"reported_by":"Joe Biden"},
{"code":"040","root":"04","quad":1,"goldstein":1.0,"plover":"CONSULT",
 "source":{"entity":"e3","name":"Sergei Lavrov","actor":"RUSGOV","country":"RUS"},
 "target":{"entity":"e4","name":"Antony Blinken","actor":"USAGOV","country":"USA"},
 "date":"2022-02-01","location":null,"mode":"asserted","confidence":0.8,"sentence":1,
 "start":23,"end":48,"cue":"spoke","group":2,"reported_by":null},
{"code":"040","root":"04","quad":1,"goldstein":1.0,"plover":"CONSULT",
 "source":{"entity":"e4","name":"Antony Blinken","actor":"USAGOV","country":"USA"},
 "target":{"entity":"e3","name":"Sergei Lavrov","actor":"RUSGOV","country":"RUS"},
 "date":"2022-02-01","location":null,"mode":"asserted","confidence":0.8,"sentence":1,
 "start":23,"end":48,"cue":"spoke","group":3,"reported_by":null},
{"code":"190","root":"19","quad":4,"goldstein":-10.0,"plover":"ASSAULT",
 "source":{"entity":"e1","name":"Vladimir Putin","actor":"RUSGOV","country":"RUS"},
 "target":null,"date":"2022-02-01","location":null,"mode":"negated","confidence":0.5,
 "sentence":1,"start":23,"end":48,"cue":"attack","group":4,"reported_by":null},
{"code":"010","root":"01","quad":1,"goldstein":0.0,"plover":null,
 "source":{"entity":"e5","name":"NATO","actor":"IGOWSTNAT","country":null},
 "target":null,"date":"2022-02-01","location":null,"mode":"asserted","confidence":0.5,
 "sentence":1,"start":23,"end":48,"cue":"said","group":5,"reported_by":null}
]})";

std::string Flat(const char* s) {
  std::string out;
  for (const char* p = s; *p; ++p)
    if (*p != '\n') out += *p;
  return out;
}

TEST(Export, ParsesRecord) {
  auto a = ParseExportRecord(Flat(kRecord), 7);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "a1");
  EXPECT_EQ(a->number, 7);
  ASSERT_EQ(a->events.size(), 6u);
  EXPECT_EQ(a->events[0].source.actor, "RUSGOV");
  ASSERT_TRUE(a->events[0].location);
  EXPECT_EQ(a->events[0].location->name, "Moscow");
  EXPECT_FALSE(a->events[4].target);
}

TEST(Export, RejectsBadRecords) {
  for (const char* bad : {"", "[1,2]", "{\"events\":3}", "{\"events\":[{\"root\":\"01\"}]}",
                          "{\"events\":[1]}", "{\"id\":"}) {
    EXPECT_FALSE(ParseExportRecord(bad, 1).ok()) << bad;
  }
  auto ok = ParseExportRecord("{\"id\":\"x\"}", 1);
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->events.empty());
}

TEST(Export, GdeltRowsHaveEveryColumnAndCollapseGroups) {
  auto a = ParseExportRecord(Flat(kRecord), 7);
  ASSERT_TRUE(a.ok());
  std::string out;
  AppendGdeltRows(*a, ExportOptions(), &out);
  auto lines = Split(out, '\n');
  ASSERT_EQ(lines.back(), "");
  lines.pop_back();
  // Groups 1, 2, 3 and the statement; the negated attack is left out.
  ASSERT_EQ(lines.size(), 4u);
  size_t header_cols = Split(GdeltHeader(), '\t').size();
  EXPECT_EQ(header_cols, 61u);
  for (std::string_view l : lines) EXPECT_EQ(Split(l, '\t').size(), 61u) << l;
  auto c = Split(lines[0], '\t');
  EXPECT_EQ(c[0], "70001");         // GLOBALEVENTID: article 7, group 1
  EXPECT_EQ(c[1], "20220201");      // SQLDATE
  EXPECT_EQ(c[2], "202202");
  EXPECT_EQ(c[3], "2022");
  EXPECT_EQ(c[5], "RUSGOV");
  EXPECT_EQ(c[6], "VLADIMIR PUTIN");
  EXPECT_EQ(c[7], "RUS");
  EXPECT_EQ(c[12], "GOV");          // Actor1Type1Code
  EXPECT_EQ(c[15], "USA");
  EXPECT_EQ(c[25], "1");            // IsRootEvent: first paragraph
  EXPECT_EQ(c[26], "112");
  EXPECT_EQ(c[27], "112");
  EXPECT_EQ(c[28], "11");
  EXPECT_EQ(c[29], "3");
  EXPECT_EQ(c[30], "-2.0");
  EXPECT_EQ(c[31], "2");            // NumMentions: the group's two mentions
  EXPECT_EQ(c[52], "Moscow");       // ActionGeo_FullName
  EXPECT_EQ(c[59], "20220202102030");
  EXPECT_EQ(c[60], "https://x.test/a1");
  auto nato = Split(lines[3], '\t');
  EXPECT_EQ(nato[5], "IGOWSTNAT");
  EXPECT_EQ(nato[8], "NAT");        // known group
  EXPECT_EQ(nato[12], "IGO");
  EXPECT_EQ(Split(lines[1], '\t')[25], "0");  // second paragraph
}

TEST(Export, ModesAndDatesFilter) {
  auto a = ParseExportRecord(Flat(kRecord), 1);
  ASSERT_TRUE(a.ok());
  ExportOptions o;
  o.modes = {"all"};
  std::string out;
  AppendGdeltRows(*a, o, &out);
  EXPECT_EQ(Split(out, '\n').size(), 6u);  // 5 rows + final ""
  o.from = "2022-02-02";
  out.clear();
  AppendGdeltRows(*a, o, &out);
  EXPECT_EQ(out, "");
}

TEST(Export, PloverRecordsMergeCompoundActorsAndDropStatements) {
  auto a = ParseExportRecord(Flat(kRecord), 1);
  ASSERT_TRUE(a.ok());
  std::string out;
  AppendPloverRecords(*a, ExportOptions(), &out);
  auto lines = Split(out, '\n');
  lines.pop_back();
  ASSERT_EQ(lines.size(), 2u);  // the accusation; the talk with both as actors
  EXPECT_NE(lines[0].find("\"event\":\"ACCUSE\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"recipient\":[{\"actorText\":\"United States\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"text\":\"Putin accused the US.\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"mentions\":2"), std::string::npos);
  EXPECT_NE(lines[1].find("\"event\":\"CONSULT\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"recipient\":[]"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("Sergei Lavrov"), std::string::npos);
  EXPECT_NE(lines[1].find("Antony Blinken"), std::string::npos);
  EXPECT_NE(lines[1].find("\"text\":\"Lavrov and Blinken spoke.\""), std::string::npos)
      << lines[1];
}

}  // namespace
}  // namespace newsmill

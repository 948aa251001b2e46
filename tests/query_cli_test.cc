// `newsmill query` end to end: a database written through the Store API,
// read back by the binary in table and JSON form, with its exit codes.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "gtest/gtest.h"
#include "tests/cli_runner.h"
#include "store/store.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

class QueryCli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/newsmill-query-cli-XXXXXX";
    dir_ = mkdtemp(tmpl);
    db_ = dir_ + "/news.db";
    auto s = Store::Open(db_, {});
    ASSERT_TRUE(s.ok());
    PutOptions p;
    p.engine.lexicon = "test";
    ASSERT_TRUE((*s)->Put(GuaranteesArticle("g1", "2022-02-01"), p).ok());
    ASSERT_TRUE((*s)->Put(GuaranteesArticle("g2", "2022-02-09"), p).ok());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Q(const std::string& rest) { return "query --db " + db_ + " " + rest; }

  std::string dir_, db_;
};

TEST_F(QueryCli, StatsAndTablesShowWhatIsStored) {
  CliRun r = Newsmill(Q("stats"));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("articles    2"), std::string::npos) << r.out;
  r = Newsmill(Q("quotes --speaker Putin --q guarantees"));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("We need legal guarantees of our security"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Vladimir Putin"), std::string::npos);
  r = Newsmill(Q("entities --type PERSON -n 1"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("antony-blinken"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("more: add --cursor"), std::string::npos) << r.out;
  r = Newsmill(Q("timeline RUS USA --by week"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("2022-W05"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2022-W06"), std::string::npos) << r.out;
  r = Newsmill(Q("article g1"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Secretary of State Antony Blinken met Sergei Lavrov"), std::string::npos);
  r = Newsmill(Q("entity antony-blinken"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Sergei Lavrov"), std::string::npos) << r.out;
  r = Newsmill(Q("events --source USA --root 11"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("112"), std::string::npos) << r.out;
}

TEST_F(QueryCli, JsonOutputIsTheApiObjects) {
  CliRun r = Newsmill(Q("--format json quotes --q guarantees"));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("{\"items\":[{\"id\":", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\"speaker\":{\"key\":\"vladimir-putin\""), std::string::npos);
  EXPECT_NE(r.out.find("\"next_cursor\":null"), std::string::npos);
  r = Newsmill(Q("article g2 --format json"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"record\":{\"id\":\"g2\""), std::string::npos) << r.out.substr(0, 300);
}

TEST_F(QueryCli, BadParametersAreUsageErrorsAndMissingDatabaseIsFatal) {
  struct Case {
    std::string args;
    int code;
    std::string message;
  } cases[] = {
      {Q("quotes --from 2022-02-30"), 2, "from: '2022-02-30' is not an ISO date"},
      {Q("quotes --cursor zzz"), 2, "cursor"},
      {Q("events --root 1"), 2, "root"},
      {Q("entities --type ALIEN"), 2, "type"},
      {Q("quotes --limit 0"), 2, "limit"},
      {Q("timeline RUS USA --by month"), 2, "by"},
      {Q("article nope"), 1, "no article 'nope'"},
      {"query --db " + dir_ + "/missing.db stats", 1, "newsmill ingest"},
      {Q("nonsense"), 2, ""},
  };
  for (const Case& c : cases) {
    CliRun r = Newsmill(c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.args << "\n" << r.out;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/missing.db"));
}

}  // namespace
}  // namespace newsmill

// Exports from a database: an article stored with its events comes out as
// GDELT rows with its groups collapsed, and as PLOVER records.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "base/strings.h"
#include "events/codebook.h"
#include "events/export.h"
#include "store/store.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

class TempDb {
 public:
  TempDb() {
    char tmpl[] = "/tmp/newsmill-export-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  ~TempDb() { std::filesystem::remove_all(dir_); }
  std::string path() const { return dir_ + "/t.db"; }

 private:
  std::string dir_;
};

TEST(ExportFromStore, CollapsesGroupsOfStoredArticles) {
  TempDb db;
  auto store = Store::Open(db.path(), StoreOptions());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  PutOptions put;
  put.engine.version = "test";
  auto book = Codebook::Load("");
  ASSERT_TRUE(book.ok());
  for (Document doc : {GuaranteesArticle("a1"), GuaranteesArticle("a2", "2022-02-02")}) {
    for (Event& e : doc.events) (*book)->Fill(e.code, &e);  // PLOVER types
    ASSERT_TRUE((*store)->Put(doc, put).ok());
  }
  std::string gdelt, plover;
  size_t skipped = 0;
  std::vector<std::string> problems;
  ASSERT_TRUE(ExportFromStore(**store, "gdelt", ExportOptions(),
                              [&](std::string_view s) { gdelt.append(s); }, &skipped, &problems)
                  .ok());
  EXPECT_EQ(skipped, 0u);
  auto rows = Split(gdelt, '\n');
  rows.pop_back();
  ASSERT_EQ(rows.size(), 6u);  // three groups in each of two articles
  for (std::string_view r : rows) EXPECT_EQ(Split(r, '\t').size(), 61u);
  auto met = Split(rows[1], '\t');
  EXPECT_EQ(met[26], "040");
  EXPECT_EQ(met[31], "2");  // "met" twice in group 2
  EXPECT_EQ(met[60], "https://example.com/a1");
  ASSERT_TRUE(ExportFromStore(**store, "plover", ExportOptions(),
                              [&](std::string_view s) { plover.append(s); }, &skipped, &problems)
                  .ok());
  EXPECT_NE(plover.find("\"articleId\":\"a2\""), std::string::npos);
  EXPECT_FALSE(ExportFromStore(**store, "csv", ExportOptions(), [](std::string_view) {},
                               &skipped, &problems)
                   .ok());
}

}  // namespace
}  // namespace newsmill

// `newsmill watch` end to end: add, list, feed, notify (to a webhook
// receiver on loopback), remove, and its usage errors.
#include <httplib.h>
#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "gtest/gtest.h"
#include "tests/cli_runner.h"
#include "store/store.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

TEST(WatchCli, AddListFeedNotifyRemove) {
  char tmpl[] = "/tmp/newsmill-watch-cli-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::string db = dir + "/news.db";
  ASSERT_TRUE(Store::Open(db, {}).ok());
  std::string w = "watch --db " + db + " --base-url http://news.test ";

  httplib::Server hook;
  std::atomic<int> calls{0};
  hook.Post("/hook", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.body.find("We need legal guarantees") != std::string::npos) ++calls;
    res.status = 200;
  });
  int port = hook.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread t([&] { hook.listen_after_bind(); });

  CliRun r = Newsmill(w + "add --speaker vladimir-putin --words guarantees --webhook http://127.0.0.1:" +
                      std::to_string(port) + "/hook");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_NE(r.out.find("--consent"), std::string::npos);
  r = Newsmill(w + "add --speaker vladimir-putin --words guarantees --consent --webhook http://127.0.0.1:" +
               std::to_string(port) + "/hook");
  ASSERT_EQ(r.code, 0) << r.out;
  std::string id = r.out.substr(0, 24);
  EXPECT_NE(r.out.find("feed: http://news.test/feeds/" + id + ".atom"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("unsubscribe: http://news.test/api/watches/" + id + "/unsubscribe?token="),
            std::string::npos);
  r = Newsmill(w + "add --pair RUS USA --words x");
  EXPECT_EQ(r.code, 2);
  r = Newsmill(w + "add");
  EXPECT_EQ(r.code, 2);
  r = Newsmill(w + "list");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find(id), std::string::npos);

  // Nothing new yet; then an article arrives and notify delivers it once.
  r = Newsmill(w + "notify");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("0 webhook"), std::string::npos);
  {
    auto s = Store::Open(db, {});
    ASSERT_TRUE((*s)->Put(GuaranteesArticle("g1", "2022-02-01"), {}).ok());
  }
  r = Newsmill(w + "notify");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("1 webhook"), std::string::npos) << r.out;
  EXPECT_EQ(calls, 1);
  r = Newsmill(w + "notify");
  EXPECT_NE(r.out.find("0 webhook"), std::string::npos);
  r = Newsmill(w + "feed " + id);
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), std::string::npos);
  EXPECT_NE(r.out.find("We need legal guarantees"), std::string::npos) << r.out;

  r = Newsmill(w + "remove " + id);
  EXPECT_EQ(r.code, 0);
  r = Newsmill(w + "remove " + id);
  EXPECT_EQ(r.code, 1);
  r = Newsmill("watch --db " + dir + "/missing.db list");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("newsmill ingest"), std::string::npos);
  hook.stop();
  t.join();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsmill

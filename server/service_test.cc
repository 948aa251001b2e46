#include "server/service.h"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <random>

#include "gtest/gtest.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

constexpr char kToken[] = "test-token-123";

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/newsmill-service-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto s = Store::Open(dir_ + "/news.db", {});
    ASSERT_TRUE(s.ok());
    store_ = std::move(s.value());
    PutOptions p;
    p.engine.lexicon = "test";
    ASSERT_TRUE(store_->Put(GuaranteesArticle("g1", "2022-02-01"), p).ok());
    ASSERT_TRUE(store_->Put(GuaranteesArticle("g2", "2022-02-09"), p).ok());
    auto pipeline = Pipeline::Create({});
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = std::move(pipeline.value());
    ServiceOptions o;
    o.api_token = kToken;
    o.base_url = "http://news.test";
    o.webhook = [this](const std::string& url, const std::string& json) {
      std::lock_guard<std::mutex> lock(mu_);
      sent_.push_back({url, json});
      return fail_webhooks_ ? Status::IoError("receiver down") : Status::Ok();
    };
    auto svc = Service::Create(store_.get(), pipeline_.get(), o);
    ASSERT_TRUE(svc.ok());
    service_ = std::move(svc.value());
  }
  void TearDown() override {
    service_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  HttpResponse Get(const std::string& path,
                   std::vector<std::pair<std::string, std::string>> query = {}) {
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.query = std::move(query);
    return service_->Handle(r);
  }
  HttpResponse Send(const std::string& method, const std::string& path,
                    const std::string& body, const std::string& token = kToken,
                    std::vector<std::pair<std::string, std::string>> query = {}) {
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.query = std::move(query);
    if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
    r.headers["content-type"] = "application/json";
    return service_->Handle(r);
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<Service> service_;
  std::mutex mu_;
  std::vector<std::pair<std::string, std::string>> sent_;
  bool fail_webhooks_ = false;
};

bool Has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}

TEST_F(ServiceTest, ReadRoutesAnswerJson) {
  struct Case {
    std::string path;
    std::vector<std::pair<std::string, std::string>> query;
    std::string expect;
  } cases[] = {
      {"/api/stats", {}, "\"articles\":2"},
      {"/api/articles", {}, "\"key\":\"g2\""},
      {"/api/articles", {{"q", "Geneva"}, {"limit", "1"}}, "\"next_cursor\":\""},
      {"/api/articles/g1", {}, "\"record\":{\"id\":\"g1\""},
      {"/api/quotes", {{"q", "guarantees"}}, "We need legal guarantees of our security,"},
      {"/api/quotes", {{"speaker", "vladimir-putin"}, {"from", "2022-02-05"}}, "\"published\":\"2022-02-09\""},
      {"/api/events", {{"source", "USA"}, {"target", "RUS"}, {"root", "11"}}, "\"code\":\"112\""},
      {"/api/events", {{"mentions", "true"}, {"limit", "1"}}, "\"mentions\":1"},
      {"/api/timeline", {{"a", "RUS"}, {"b", "USA"}, {"by", "week"}}, "\"period\":\"2022-W05\""},
      {"/api/entities", {{"q", "vlad"}}, "\"name\":\"Vladimir Putin\""},
      {"/api/entities", {{"type", "COUNTRY"}}, "\"key\":\"RUS\""},
      {"/api/entities/antony-blinken", {}, "\"counterparts\":[{"},
  };
  for (const Case& c : cases) {
    HttpResponse r = Get(c.path, c.query);
    EXPECT_EQ(r.status, 200) << c.path << " " << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    EXPECT_TRUE(Has(r.body, c.expect)) << c.path << "\n" << r.body.substr(0, 600);
  }
  // The article's row id works as well as its key.
  HttpResponse list = Get("/api/articles", {{"q", "Geneva"}});
  std::string id = list.body.substr(list.body.find("\"id\":") + 5);
  id = id.substr(0, id.find(','));
  EXPECT_EQ(Get("/api/articles/" + id).status, 200);
}

TEST_F(ServiceTest, BadParametersAre400NamingTheParameter) {
  struct Case {
    std::string path;
    std::vector<std::pair<std::string, std::string>> query;
    std::string names;
  } cases[] = {
      {"/api/quotes", {{"speakr", "x"}}, "unknown parameter 'speakr'"},
      {"/api/quotes", {{"q", "a"}, {"q", "b"}}, "q: given more than once"},
      {"/api/quotes", {{"limit", "0"}}, "limit"},
      {"/api/quotes", {{"limit", "abc"}}, "limit"},
      {"/api/quotes", {{"limit", "99999999999"}}, "limit"},
      {"/api/quotes", {{"limit", "-5"}}, "limit"},
      {"/api/quotes", {{"from", "2022-02-30"}}, "from"},
      {"/api/quotes", {{"to", "yesterday"}}, "to"},
      {"/api/quotes", {{"cursor", "zzz"}}, "cursor"},
      {"/api/quotes", {{"q", "!!!"}}, "q"},
      {"/api/quotes", {{"q", std::string(2000, 'a')}}, "q: longer than"},
      {"/api/quotes", {{"speaker", "\xff\xfe"}}, "speaker: not valid UTF-8"},
      {"/api/quotes", {{"article", "x"}}, "article"},
      {"/api/timeline", {{"a", "RUS"}}, "b: required"},
      {"/api/timeline", {{"b", "USA"}}, "a: required"},
      {"/api/timeline", {{"a", "RUS"}, {"b", "USA"}, {"by", "month"}}, "by"},
      {"/api/events", {{"either", "maybe"}}, "either"},
      {"/api/events", {{"root", "1"}}, "root"},
      {"/api/events", {{"code", "1a2"}}, "code"},
      {"/api/entities", {{"type", "ALIEN"}}, "type"},
      {"/api/articles", {{"from", "2022-1-1"}}, "from"},
      {"/api/stats", {{"x", "1"}}, "unknown parameter 'x'"},
      {"/api/articles/g1", {{"full", "1"}}, "unknown parameter"},
  };
  for (const Case& c : cases) {
    HttpResponse r = Get(c.path, c.query);
    EXPECT_EQ(r.status, 400) << c.path << " " << c.names << "\n" << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    EXPECT_TRUE(Has(r.body, "{\"error\":{\"status\":400,\"message\":\"")) << r.body;
    EXPECT_TRUE(Has(r.body, c.names)) << c.names << "\n" << r.body;
  }
}

TEST_F(ServiceTest, UnknownThingsAre404AndWrongMethods405) {
  EXPECT_EQ(Get("/api/nothing").status, 404);
  EXPECT_EQ(Get("/api/articles/unknown-key").status, 404);
  EXPECT_EQ(Get("/api/entities/nobody").status, 404);
  EXPECT_EQ(Get("/feeds/nope.atom").status, 404);
  EXPECT_EQ(Get("/../../etc/passwd").status, 404);
  EXPECT_EQ(Get("/etc/passwd").status, 404);
  HttpResponse r = Send("PUT", "/api/quotes", "");
  EXPECT_EQ(r.status, 405);
  bool allow = false;
  for (const auto& [k, v] : r.headers) allow = allow || (k == "Allow" && v == "GET");
  EXPECT_TRUE(allow);
  EXPECT_EQ(Send("DELETE", "/api/articles", "").status, 405);
  EXPECT_EQ(Send("POST", "/", "").status, 405);
}

TEST_F(ServiceTest, WritesWithoutTheTokenAre401) {
  std::string body = R"({"id":"p1","text":"Lavrov said nothing."})";
  EXPECT_EQ(Send("POST", "/api/articles", body, "").status, 401);
  EXPECT_EQ(Send("POST", "/api/articles", body, "wrong").status, 401);
  EXPECT_EQ(Send("POST", "/api/watches", R"({"kind":"words","words":"x"})", "").status, 401);
  EXPECT_EQ(Send("GET", "/api/watches", "", "").status, 401);
  EXPECT_EQ(Send("DELETE", "/api/watches/abc", "", "").status, 401);
  HttpRequest r;
  r.method = "POST";
  r.path = "/api/articles";
  r.body = body;
  r.headers["x-api-token"] = kToken;
  EXPECT_EQ(service_->Handle(r).status, 201);
  // A server started without a token refuses every write.
  auto ro = Service::Create(store_.get(), pipeline_.get(), {});
  r.headers["authorization"] = "Bearer ";
  EXPECT_EQ((*ro)->Handle(r).status, 401);
  EXPECT_EQ(Get("/api/stats").status, 200);
}

TEST_F(ServiceTest, PostArticleAnalysesAndStoresIt) {
  std::string body =
      R"({"id":"p1","title":"Talks","published":"2022-02-03","text":"Sergei Lavrov met Antony Blinken in Geneva on Thursday. \"We will talk again,\" Lavrov said."})";
  HttpResponse r = Send("POST", "/api/articles", body);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(Has(r.body, "\"outcome\":\"inserted\""));
  EXPECT_TRUE(Has(r.body, "\"record\":{\"id\":\"p1\"")) << r.body.substr(0, 300);
  EXPECT_TRUE(Has(r.body, "\"sentences\":[{\"start\":0"));
  r = Send("POST", "/api/articles", body);
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r.body, "\"outcome\":\"unchanged\""));
  EXPECT_EQ(Get("/api/articles/p1").status, 200);
  // Without an id the key is the content hash.
  r = Send("POST", "/api/articles", R"({"text":"A short note about nothing."})");
  EXPECT_EQ(r.status, 201);
  EXPECT_TRUE(Has(r.body, "\"key\":\"sha256:")) << r.body.substr(0, 300);

  struct Bad {
    std::string body;
    int status;
  } bad[] = {
      {"", 400},
      {"not json", 400},
      {"[1,2]", 400},
      {R"({"title":"no body"})", 400},
      {R"({"text":"   "})", 400},
      {R"({"text":"x","published":"31/12/2022"})", 400},
      {R"({"text":"x")", 400},
      {std::string(9 << 20, 'x'), 413},
  };
  for (const Bad& b : bad) {
    HttpResponse res = Send("POST", "/api/articles", b.body);
    EXPECT_EQ(res.status, b.status) << b.body.substr(0, 60) << "\n" << res.body;
    EXPECT_TRUE(Has(res.body, "\"error\""));
  }
  HttpRequest wrong_type;
  wrong_type.method = "POST";
  wrong_type.path = "/api/articles";
  wrong_type.body = "text=hello";
  wrong_type.headers["authorization"] = std::string("Bearer ") + kToken;
  wrong_type.headers["content-type"] = "application/x-www-form-urlencoded";
  EXPECT_EQ(service_->Handle(wrong_type).status, 415);
  ServiceOptions with_token;
  with_token.api_token = kToken;
  auto no_pipeline = Service::Create(store_.get(), nullptr, with_token);
  wrong_type.headers["content-type"] = "application/json";
  wrong_type.body = R"({"text":"x"})";
  EXPECT_EQ((*no_pipeline)->Handle(wrong_type).status, 503);
}

TEST_F(ServiceTest, NoUserInputGetsA500) {
  std::mt19937 rng(12345);
  const char* paths[] = {"/api/articles", "/api/articles/1", "/api/quotes",
                         "/api/events", "/api/timeline", "/api/entities",
                         "/api/entities/RUS", "/api/watches", "/feeds/x.atom",
                         "/api/stats", "/", "/app.js", "/api/watches/x/unsubscribe"};
  const char* names[] = {"q", "speaker", "from", "to", "limit", "cursor", "a", "b",
                         "by", "source", "target", "root", "code", "either",
                         "mentions", "type", "outlet", "article", "token"};
  const std::string pieces[] = {"", "RUS", "USA", "2022-02-01", "0", "1", "-1",
                                "1000", "1001", "\"", "'", "*", "(", "NEAR(", "OR",
                                "\xff", "\xc3\xa9", "%00", std::string(1, '\0'),
                                "20080.5", "n.3", "a b c", "week", "day", "true",
                                "guarantees", "text:", "{", "}", "\\", ";--"};
  auto piece = [&] { return pieces[rng() % std::size(pieces)]; };
  for (int i = 0; i < 3000; ++i) {
    HttpRequest r;
    r.method = (i % 7 == 0) ? "POST" : (i % 11 == 0) ? "DELETE" : "GET";
    r.path = paths[rng() % std::size(paths)];
    if (i % 13 == 0) r.path += "/" + piece();
    int n = rng() % 4;
    for (int k = 0; k < n; ++k) {
      std::string v;
      for (int j = rng() % 3; j >= 0; --j) v += piece();
      r.query.push_back({names[rng() % std::size(names)], v});
    }
    if (r.method == "POST") {
      if (i % 2) r.headers["authorization"] = std::string("Bearer ") + kToken;
      r.body = "{\"text\":\"" + piece() + piece() + "\",\"kind\":\"" + piece() + "\"}";
      if (i % 3 == 0) r.body = piece() + piece();
    }
    HttpResponse res = service_->Handle(r);
    EXPECT_NE(res.status, 500) << r.method << " " << r.path << " -> " << res.body;
    EXPECT_GE(res.status, 200);
  }
}

TEST_F(ServiceTest, DashboardIsServed) {
  HttpResponse r = Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  bool csp = false;
  for (const auto& [k, v] : r.headers) csp = csp || k == "Content-Security-Policy";
  EXPECT_TRUE(csp);
  EXPECT_EQ(Get("/app.js").status, 200);
  EXPECT_EQ(Get("/app.js").content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Get("/app.css").status, 200);
  EXPECT_EQ(Get("/chart.umd.js").status, 200);
  EXPECT_EQ(Get("/missing.js").status, 404);
  // From a directory: only the known names.
  std::filesystem::create_directories(dir_ + "/web");
  FILE* f = fopen((dir_ + "/web/app.js").c_str(), "w");
  fputs("// from disk", f);
  fclose(f);
  ServiceOptions o;
  o.web_dir = dir_ + "/web";
  auto svc = Service::Create(store_.get(), nullptr, o);
  HttpRequest req;
  req.method = "GET";
  req.path = "/app.js";
  EXPECT_EQ((*svc)->Handle(req).body, "// from disk");
  req.path = "/news.db";
  EXPECT_EQ((*svc)->Handle(req).status, 404);
}

TEST_F(ServiceTest, WatchesHaveFeedsAndUnsubscribeLinks) {
  HttpResponse r = Send("POST", "/api/watches",
                        R"({"kind":"speaker","speaker":"vladimir-putin","name":"Putin <quotes>"})");
  ASSERT_EQ(r.status, 201) << r.body;
  std::string id = r.body.substr(r.body.find("\"id\":\"") + 6, 24);
  std::string unsub = r.body.substr(r.body.find("\"unsubscribe\":\"") + 15);
  unsub = unsub.substr(0, unsub.find('"'));
  std::string token = unsub.substr(unsub.find("token=") + 6);
  EXPECT_TRUE(Has(r.body, "\"feed\":\"/feeds/" + id + ".atom\""));

  // Matches are articles stored after the watch was created.
  HttpResponse feed = Get("/feeds/" + id + ".atom");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.content_type, "application/atom+xml; charset=utf-8");
  EXPECT_TRUE(Has(feed.body, "<title>Putin &lt;quotes&gt;</title>"));
  EXPECT_FALSE(Has(feed.body, "<entry>"));
  ASSERT_TRUE(store_->Put(GuaranteesArticle("g3", "2022-02-10"), {}).ok());
  feed = Get("/feeds/" + id + ".atom");
  EXPECT_TRUE(Has(feed.body, "<entry>"));
  EXPECT_TRUE(Has(feed.body, "Vladimir Putin: \xE2\x80\x9CWe need legal guarantees"));
  EXPECT_TRUE(Has(feed.body, "href=\"http://news.test/#/article/"));

  HttpResponse list = Send("GET", "/api/watches", "");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, id));

  // The link shows a button; only its POST unsubscribes.
  EXPECT_EQ(Get("/api/watches/" + id + "/unsubscribe", {{"token", "wrong"}}).status, 404);
  HttpResponse page = Get("/api/watches/" + id + "/unsubscribe", {{"token", token}});
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<form method=\"post\""));
  EXPECT_EQ(Get("/feeds/" + id + ".atom").status, 200);
  HttpRequest post;
  post.method = "POST";
  post.path = "/api/watches/" + id + "/unsubscribe";
  post.query = {{"token", token}};
  HttpResponse done = service_->Handle(post);
  EXPECT_EQ(done.status, 200);
  EXPECT_TRUE(Has(done.body, "Unsubscribed"));
  EXPECT_EQ(Get("/feeds/" + id + ".atom").status, 404);

  // Validation: consent is required for a webhook; the kind decides the fields.
  struct Bad {
    std::string body;
    std::string message;
  } bad[] = {
      {R"({"kind":"words","words":"x","webhook":"http://127.0.0.1:1/h"})", "consent"},
      {R"({"kind":"words","words":"x","webhook":"ftp://x","consent":true})", "webhook"},
      {R"({"kind":"pair","a":"RUS"})", "a and b"},
      {R"({"kind":"tweets"})", "kind"},
      {R"({"kind":"words","words":"x","extra":1})", "unknown field 'extra'"},
      {R"({"kind":"words","words":7})", "words: must be a string"},
      {R"({"kind":"words","words":"x","consent":"yes"})", "consent"},
      {"[]", "JSON object"},
  };
  for (const Bad& b : bad) {
    HttpResponse res = Send("POST", "/api/watches", b.body);
    EXPECT_EQ(res.status, 400) << b.body << "\n" << res.body;
    EXPECT_TRUE(Has(res.body, b.message)) << b.message << "\n" << res.body;
  }
  HttpResponse pair = Send("POST", "/api/watches", R"({"kind":"pair","a":"RUS","b":"USA"})");
  ASSERT_EQ(pair.status, 201);
  std::string pair_id = pair.body.substr(pair.body.find("\"id\":\"") + 6, 24);
  EXPECT_EQ(Send("DELETE", "/api/watches/" + pair_id, "").status, 200);
  EXPECT_EQ(Send("DELETE", "/api/watches/" + pair_id, "").status, 404);
}

TEST_F(ServiceTest, NewMatchesGoToWebhooksOnceWithConsent) {
  HttpResponse r = Send("POST", "/api/watches",
                        R"({"kind":"words","words":"guarantees","webhook":"http://127.0.0.1:9/hook","consent":true})");
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_TRUE(store_->Put(GuaranteesArticle("g4", "2022-02-11"), {}).ok());

  // A failed delivery is retried on the next run.
  fail_webhooks_ = true;
  std::vector<std::string> errors;
  auto n = NotifyWatches(*store_, [&](const std::string& url, const std::string& json) {
    return Status::IoError("receiver down");
  }, "http://news.test", &errors);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 0);
  EXPECT_EQ(errors.size(), 1u);
  fail_webhooks_ = false;

  // POST /api/articles wakes the delivery thread.
  EXPECT_EQ(Send("POST", "/api/articles", R"({"id":"p9","text":"Nothing here."})").status, 201);
  service_->WaitForDeliveries();
  {
    std::lock_guard<std::mutex> lock(mu_);
    ASSERT_EQ(sent_.size(), 1u);
    EXPECT_EQ(sent_[0].first, "http://127.0.0.1:9/hook");
    EXPECT_TRUE(Has(sent_[0].second, "We need legal guarantees"));
    EXPECT_TRUE(Has(sent_[0].second, "\"unsubscribe\":\"http://news.test/api/watches/"));
  }
  // Nothing new: nothing sent.
  EXPECT_EQ(*NotifyWatches(*store_, [](const std::string&, const std::string&) {
    return Status::Ok();
  }, "", nullptr), 0);
}

}  // namespace
}  // namespace newsmill

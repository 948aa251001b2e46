// `newsmill serve` over a real socket on loopback: the binary as a child
// process, cpp-httplib as the client, and a webhook receiver in the test.
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "gtest/gtest.h"
#include "store/store.h"
#include "store/test_documents.h"

namespace newsmill {
namespace {

constexpr char kToken[] = "loopback-token";

class ServeProcess {
 public:
  // Starts `newsmill serve --port 0` and waits for the address it prints.
  explicit ServeProcess(const std::string& db) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], 1);
      close(out[0]);
      close(out[1]);
      execl(NEWSMILL_BINARY, NEWSMILL_BINARY, "serve", "--db", db.c_str(), "--port", "0",
            "--token", kToken, static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    FILE* f = fdopen(out[0], "r");
    char line[512];
    while (f && fgets(line, sizeof line, f)) {
      std::string s = line;
      size_t at = s.find("API:       http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::stoi(s.substr(at + strlen("API:       http://127.0.0.1:")));
        break;
      }
    }
    stdout_ = f;
  }
  ~ServeProcess() { Stop(); }
  int port() const { return port_; }
  // SIGTERM, then the exit status (0: clean).
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    if (stdout_) fclose(stdout_);
    stdout_ = nullptr;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* stdout_ = nullptr;
};

TEST(Http, ServesTheApiOnLoopbackAndCallsWebhooks) {
  char tmpl[] = "/tmp/newsmill-http-test-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::string db = dir + "/news.db";
  {
    auto s = Store::Open(db, {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Put(GuaranteesArticle("g1", "2022-02-01"), {}).ok());
  }
  // The webhook receiver.
  httplib::Server hook;
  std::atomic<int> calls{0};
  std::string last_body;
  std::mutex mu;
  hook.Post("/hook", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu);
    last_body = req.body;
    ++calls;
    res.status = 204;
  });
  int hook_port = hook.bind_to_any_port("127.0.0.1");
  ASSERT_GT(hook_port, 0);
  std::thread hook_thread([&] { hook.listen_after_bind(); });

  ServeProcess serve(db);
  ASSERT_GT(serve.port(), 0);
  httplib::Client c("127.0.0.1", serve.port());
  c.set_read_timeout(10, 0);

  auto r = c.Get("/api/quotes?q=guarantees");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(r->body.find("We need legal guarantees"), std::string::npos);
  // Percent-encoded parameters arrive decoded.
  r = c.Get("/api/quotes?q=%22legal%20guarantees%22&speaker=Vladimir%20Putin");
  ASSERT_TRUE(r);
  EXPECT_NE(r->body.find("legal guarantees"), std::string::npos) << r->body;
  r = c.Get("/api/timeline?a=RUS&b=USA&by=week&by=day");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("by: given more than once"), std::string::npos);
  r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<script src=\"/app.js\""), std::string::npos);
  r = c.Get("/chart.umd.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_GT(r->body.size(), 100u);

  // Writes: 401 without the token.
  std::string article = R"({"id":"h1","text":"Sergei Lavrov met Antony Blinken. They talked."})";
  r = c.Post("/api/articles", article, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  std::string watch = R"({"kind":"speaker","speaker":"vladimir-putin","webhook":"http://127.0.0.1:)" +
                      std::to_string(hook_port) + R"(/hook","consent":true})";
  r = c.Post("/api/watches", auth, watch, "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;

  // Another process stores a matching article; the next POST wakes the
  // webhook worker of the server.
  {
    auto s = Store::Open(db, {});
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Put(GuaranteesArticle("g2", "2022-02-08"), {}).ok());
  }
  r = c.Post("/api/articles", auth, article, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  for (int i = 0; i < 100 && calls == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(calls, 1);
  {
    std::lock_guard<std::mutex> lock(mu);
    EXPECT_NE(last_body.find("\"key\":\"g2\""), std::string::npos) << last_body;
    EXPECT_NE(last_body.find("/unsubscribe?token="), std::string::npos);
  }
  EXPECT_EQ(serve.Stop(), 0);
  hook.stop();
  hook_thread.join();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsmill

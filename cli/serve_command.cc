// newsmill serve: the HTTP API and the dashboard over a database. All the
// behaviour is in server/service.h; this file wires it to cpp-httplib,
// prints where to open it, and stops cleanly on Ctrl-C or SIGTERM.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <thread>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/http_client.h"
#include "server/service.h"
#include "store/store.h"

namespace newsmill::cli {
namespace {

struct ServeFlags {
  std::string db = kDefaultDatabase;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string token;
  std::string web_dir;
  std::string base_url;
  bool create = false;
  bool no_text = false;
  bool no_analysis = false;
  int threads = 8;
  PipelineFlags pipeline;
};

std::string RandomToken() {
  std::random_device rd;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 32; ++i) s += kHex[rd() & 15];
  return s;
}

HttpRequest FromHttplib(const httplib::Request& req) {
  HttpRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.query.push_back({k, v});
  for (const auto& [k, v] : req.headers) r.headers[ToLowerAscii(k)] = v;
  r.body = req.body;
  return r;
}

int RunServe(const ServeFlags& f) {
  if (f.port < 0 || f.port > 65535) {
    PrintError("--port: " + std::to_string(f.port) + " is not a port number");
    return kExitUsage;
  }
  StoreOptions so;
  so.create_if_missing = f.create;
  so.keep_text = !f.no_text;
  auto store = Store::Open(f.db, so);
  if (!store.ok()) {
    std::string hint = store.status().code() == StatusCode::kNotFound
                           ? " (make one with 'newsmill ingest FILES --db " + f.db +
                                 "', or start empty with --create)"
                           : "";
    PrintError(store.status().message() + hint);
    return kExitFatal;
  }
  std::unique_ptr<Pipeline> pipeline;
  if (!f.no_analysis) {
    auto options = ToPipelineOptions(f.pipeline);
    if (!options.ok()) {
      PrintError(options.status().message());
      return kExitUsage;
    }
    auto p = Pipeline::Create(*options);
    if (!p.ok()) {
      PrintError(p.status().message());
      return kExitFatal;
    }
    pipeline = std::move(p.value());
  }
  ServiceOptions options;
  options.api_token = f.token;
  if (options.api_token.empty()) {
    const char* env = std::getenv("NEWSMILL_API_TOKEN");
    options.api_token = env && *env ? env : RandomToken();
  }
  options.web_dir = f.web_dir;
  options.webhook = PostJson;
  if (pipeline) options.lexicon_id = pipeline->lexicon_id();

  // Signals go to a thread that stops the server; every other thread
  // (httplib's pool, the webhook worker) has them blocked.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  httplib::Server server;
  // Headers and body go out in separate writes: without TCP_NODELAY (set
  // before binding: accepted sockets inherit it) every answer waits ~40 ms
  // for the client's delayed ACK.
  server.set_tcp_nodelay(true);
  int port = f.port;
  if (port == 0) {
    port = server.bind_to_any_port(f.host);
  } else if (!server.bind_to_port(f.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    PrintError("cannot listen on " + f.host + ":" + std::to_string(f.port) +
               " (in use? try --port 0 for any free port)");
    return kExitFatal;
  }
  std::string shown_host = f.host == "0.0.0.0" ? "127.0.0.1" : f.host;
  std::string origin = "http://" + shown_host + ":" + std::to_string(port);
  options.base_url = f.base_url.empty() ? origin : f.base_url;
  auto service = Service::Create(store->get(), pipeline.get(), options);
  if (!service.ok()) {
    PrintError(service.status().message());
    return kExitFatal;
  }
  Service* svc = service->get();
  auto handler = [svc](const httplib::Request& req, httplib::Response& res) {
    HttpResponse r = svc->Handle(FromHttplib(req));
    res.status = r.status;
    for (const auto& [k, v] : r.headers) res.set_header(k, v);
    res.set_content(std::move(r.body), r.content_type.c_str());
  };
  server.Get(".*", handler);
  server.Post(".*", handler);
  server.Put(".*", handler);
  server.Delete(".*", handler);
  server.Patch(".*", handler);
  server.Options(".*", handler);
  server.set_payload_max_length(options.max_body_bytes + 1024);
  server.set_read_timeout(30, 0);
  server.set_write_timeout(30, 0);
  int threads = f.threads > 0 ? f.threads : 8;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  std::atomic<bool> signalled{false};
  std::thread stopper([&server, &signalled, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    signalled = true;
    server.stop();
  });

  auto stats = (*store)->Stats();
  std::printf("newsmill serve: %s (%lld articles)\n", f.db.c_str(),
              stats.ok() ? static_cast<long long>(stats->articles) : 0LL);
  std::printf("  dashboard: %s/#token=%s\n", origin.c_str(), options.api_token.c_str());
  std::printf("  API:       %s/api/stats  (writes: Authorization: Bearer %s)\n",
              origin.c_str(), options.api_token.c_str());
  std::printf("  stop with Ctrl-C\n");
  std::fflush(stdout);
  bool ok = server.listen_after_bind();
  // Wake the signal thread if the server ended on its own (the signal stays
  // blocked, so only sigwait sees it).
  if (!signalled) kill(getpid(), SIGTERM);
  stopper.join();
  svc->WaitForDeliveries();
  std::fprintf(stderr, "newsmill serve: stopped\n");
  return ok ? kExitOk : kExitFatal;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "HTTP JSON API and web dashboard over a database");
  cmd->add_option("--db", f->db, "SQLite database (default: newsmill.db)");
  cmd->add_option("--port", f->port, "Port (default 8080; 0: any free port)");
  cmd->add_option("--host", f->host,
                  "Address to listen on (default 127.0.0.1; 0.0.0.0 for every "
                  "interface)");
  cmd->add_option("--token", f->token,
                  "API token that writes need (default: $NEWSMILL_API_TOKEN, "
                  "else a random one, printed)");
  cmd->add_option("--web-dir", f->web_dir,
                  "Serve the dashboard from this directory (e.g. web/) instead "
                  "of the copy built into the binary");
  cmd->add_option("--base-url", f->base_url,
                  "Public address used in feed and unsubscribe links "
                  "(default: http://HOST:PORT)");
  cmd->add_option("--http-threads", f->threads, "Request threads (default 8)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--create", f->create, "Create the database if it is missing");
  cmd->add_flag("--no-text", f->no_text,
                "Store articles posted to the API without their text");
  cmd->add_flag("--no-analysis", f->no_analysis,
                "Do not load the pipeline; POST /api/articles answers 503");
  AddPipelineFlags(cmd, &f->pipeline);
  cmd->footer(
      "Examples:\n"
      "  newsmill serve --db demo.db                 # then open the printed address\n"
      "  newsmill serve --db news.db --port 0 --token \"$TOKEN\"\n"
      "  curl -H \"Authorization: Bearer $TOKEN\" -d '{\"text\":\"...\"}' "
      "localhost:8080/api/articles\n");
  cmd->callback([f, exit_code] { *exit_code = RunServe(*f); });
}

}  // namespace newsmill::cli

// newsmill-api-bench: latency of the HTTP API's timeline and quote search
// on a large database, through the Service class (in process) and through
// cpp-httplib on loopback (what a browser sees).
//
//   build/newsmill-synth-db --db bench/out/synth100k.db --articles 100000
//   build/newsmill-api-bench --db bench/out/synth100k.db
//
// Requests are drawn from a fixed seed: actor pairs weighted as in the
// synthetic news, by day and by week, with and without date ranges; quote
// searches for rare and common words, with and without a speaker. Each
// request's answer is checked (status 200, JSON list) before it counts.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "newsmill/pipeline.h"
#include "server/service.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Request {
  std::string kind;  // what it measures
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;
};

std::string Url(const Request& r) {
  std::string u = r.path;
  char sep = '?';
  for (const auto& [k, v] : r.query) {
    u += sep + k + "=" + httplib::detail::encode_query_param(v);
    sep = '&';
  }
  return u;
}

std::vector<Request> Workload(int n, uint64_t seed) {
  const char* countries[] = {"RUS", "USA", "UKR", "CHN", "DEU", "FRA", "GBR", "TUR", "IRN", "ISR"};
  const char* rare[] = {"guarantees", "ceasefire", "uranium", "harvest", "vaccines", "corridor"};
  const char* common[] = {"security", "peace", "talks", "people", "war"};
  const char* speakers[] = {"synthetic-RUS-0", "synthetic-USA-0", "synthetic-UKR-1",
                            "Alden Ardent", "Halla Lindqvist"};
  std::mt19937_64 rng(seed);
  std::vector<Request> out;
  for (int i = 0; i < n; ++i) {
    Request r;
    int k = static_cast<int>(rng() % 11);
    auto pick = [&](auto& arr) { return std::string(arr[rng() % std::size(arr)]); };
    if (k < 3) {
      r.path = "/api/timeline";
      std::string a = pick(countries), b = pick(countries);
      if (a == b) b = a == "USA" ? "RUS" : "USA";
      r.query = {{"a", a}, {"b", b}, {"by", rng() % 2 ? "week" : "day"}};
      r.kind = "timeline";
      if (k == 2) {
        r.query.push_back({"from", "2022-01-01"});
        r.query.push_back({"to", "2022-06-30"});
        r.kind = "timeline, 6 months";
      }
    } else if (k >= 8) {
      // The dashboard's other requests (not in the latency bar).
      if (k == 8) {
        std::string a = pick(countries), b = pick(countries);
        if (a == b) b = a == "USA" ? "RUS" : "USA";
        r.path = "/api/events";
        r.query = {{"source", a}, {"target", b}, {"either", "true"}, {"limit", "50"}};
        r.kind = "other: events of a pair";
      } else if (k == 9) {
        r.path = std::string("/api/entities/") + (rng() % 2 ? "synthetic-RUS-0" : "USA");
        r.kind = "other: actor page";
      } else {
        r.path = "/api/articles";
        r.query = {{"q", rng() % 2 ? pick(common) : pick(rare)}, {"limit", "50"}};
        r.kind = "other: article search";
      }
    } else {
      r.path = "/api/quotes";
      if (k == 3) { r.query = {{"q", pick(rare)}}; r.kind = "quotes, rare word"; }
      if (k == 4) { r.query = {{"q", pick(common)}}; r.kind = "quotes, common word"; }
      if (k == 5) { r.query = {{"speaker", pick(speakers)}}; r.kind = "quotes, by speaker"; }
      if (k == 6) {
        r.query = {{"speaker", pick(speakers)}, {"q", pick(common)}};
        r.kind = "quotes, speaker + word";
      }
      if (k == 7) {
        r.query = {{"q", pick(rare)}, {"from", "2023-01-01"}, {"to", "2023-03-31"}};
        r.kind = "quotes, word + dates";
      }
      r.query.push_back({"limit", "50"});
    }
    out.push_back(r);
  }
  return out;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

void Report(const char* how, const std::map<std::string, std::vector<double>>& ms) {
  std::printf("\n%s\n%-26s %6s %8s %8s %8s\n", how, "request", "n", "p50 ms", "p95 ms", "max ms");
  std::vector<double> timeline, quotes, other;
  for (const auto& [kind, v] : ms) {
    std::printf("%-26s %6zu %8.2f %8.2f %8.2f\n", kind.c_str(), v.size(), Percentile(v, 0.5),
                Percentile(v, 0.95), *std::max_element(v.begin(), v.end()));
    auto& all = kind.rfind("timeline", 0) == 0 ? timeline
                : kind.rfind("quotes", 0) == 0 ? quotes : other;
    all.insert(all.end(), v.begin(), v.end());
  }
  std::printf("%-26s %6zu %8.2f %8.2f\n", "ALL timeline", timeline.size(),
              Percentile(timeline, 0.5), Percentile(timeline, 0.95));
  std::printf("%-26s %6zu %8.2f %8.2f\n", "ALL quote search", quotes.size(),
              Percentile(quotes, 0.5), Percentile(quotes, 0.95));
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  int n = 2000;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--db") db = argv[i + 1];
    else if (a == "--requests") n = std::atoi(argv[i + 1]);
  }
  if (db.empty() || n < 1) {
    std::fprintf(stderr, "usage: newsmill-api-bench --db FILE [--requests N]\n");
    return 2;
  }
  newsmill::StoreOptions so;
  so.create_if_missing = false;
  auto store = newsmill::Store::Open(db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "newsmill-api-bench: %s\n", store.status().message().c_str());
    return 1;
  }
  auto stats = (*store)->Stats();
  std::printf("database %s: %lld articles, %lld quotes, %lld events (%lld mentions)\n",
              db.c_str(), (long long)stats->articles, (long long)stats->quotes,
              (long long)stats->events, (long long)stats->event_mentions);
  auto service = newsmill::Service::Create(store->get(), nullptr, {});
  std::vector<Request> work = Workload(n, 42);

  // Warm the page cache and the statement caches once (not measured).
  for (size_t i = 0; i < std::min<size_t>(work.size(), 200); ++i) {
    newsmill::HttpRequest req{"GET", work[i].path, work[i].query, {}, ""};
    (*service)->Handle(req);
  }

  std::map<std::string, std::vector<double>> in_process, over_http;
  size_t checked = 0;
  for (const Request& r : work) {
    newsmill::HttpRequest req{"GET", r.path, r.query, {}, ""};
    auto t0 = Clock::now();
    newsmill::HttpResponse res = (*service)->Handle(req);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (res.status != 200 || res.body.empty() || res.body[0] != '{') {
      std::fprintf(stderr, "newsmill-api-bench: %s -> %d %s\n", Url(r).c_str(), res.status,
                   res.body.c_str());
      return 1;
    }
    ++checked;
    in_process[r.kind].push_back(ms);
  }

  httplib::Server server;
  server.Get(".*", [&](const httplib::Request& req, httplib::Response& res) {
    newsmill::HttpRequest r;
    r.method = req.method;
    r.path = req.path;
    for (const auto& [k, v] : req.params) r.query.push_back({k, v});
    newsmill::HttpResponse out = (*service)->Handle(r);
    res.status = out.status;
    res.set_content(std::move(out.body), out.content_type.c_str());
  });
  server.set_tcp_nodelay(true);  // as newsmill serve
  int port = server.bind_to_any_port("127.0.0.1");
  std::thread t([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  for (const Request& r : work) {
    auto t0 = Clock::now();
    auto res = client.Get(Url(r).c_str());
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!res || res->status != 200) {
      std::fprintf(stderr, "newsmill-api-bench: HTTP %s failed\n", Url(r).c_str());
      return 1;
    }
    over_http[r.kind].push_back(ms);
  }
  server.stop();
  t.join();
  std::printf("%zu requests checked (status 200, JSON), sequential, one client\n", checked);
  Report("in process (Service::Handle)", in_process);
  Report("over HTTP on loopback (cpp-httplib, keep-alive)", over_http);
  return 0;
}

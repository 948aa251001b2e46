// times_bench: throughput of the "times" stage (time expressions and
// quantities), and a small runner that writes its records for the scorer.
//
//   times_bench [--corpus DIR|FILE.jsonl] [--runs N]
//       Runs the times stage alone over every article (default corpus:
//       ../shared/corpora/bbc-news, the .txt files under it) and prints
//       docs/s and MB/s on one core, median of N runs (default 3). The text
//       layer runs before timing; only the times stage is timed. Output is
//       checked (a nonzero number of expressions) before timing.
//   times_bench --emit [--reference-date D] < in.jsonl > out.jsonl
//       Reads JSONL records ({id, text, published}) and writes records with
//       times, quantities and published, offsets in code points, for
//       `newsmill_eval.py run times-tempeval --system "build/bench/times_bench --emit"`
//       until `newsmill extract -` carries the stage.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <simdjson.h>

#include "base/embedded_data.h"
#include "base/json_writer.h"
#include "newsmill/pipeline.h"
#include "pipeline/resources.h"
#include "time/times_stage.h"

namespace {

using newsmill::Document;

// Code point offsets of byte offsets into s.
class CodePoints {
 public:
  explicit CodePoints(const std::string& s) : cp_(s.size() + 1, 0) {
    uint32_t n = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      cp_[i] = n;
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
      cp_[i + 1] = n;
    }
    // Bytes inside a sequence map to the code point they belong to.
    uint32_t last = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) last = cp_[i];
      else cp_[i] = last;
    }
    cp_[s.size()] = n;
  }
  uint32_t operator[](uint32_t b) const { return cp_[b]; }

 private:
  std::vector<uint32_t> cp_;
};

void WriteRecord(const Document& d, std::string* out) {
  CodePoints cp(d.text);
  newsmill::JsonWriter w(out);
  w.BeginObject();
  w.Key("id");
  w.String(d.id);
  w.Key("published");
  w.StringOrNull(d.published);
  w.Key("published_from");
  w.String(newsmill::PublishedFromName(d.published_from));
  w.Key("text");
  w.String(d.text);
  w.Key("times");
  w.BeginArray();
  for (const auto& t : d.times) {
    w.BeginObject();
    w.Key("text");
    w.String(d.Text(t.span));
    w.Key("start");
    w.Int(cp[t.span.begin]);
    w.Key("end");
    w.Int(cp[t.span.end]);
    w.Key("type");
    w.String(newsmill::TimexTypeName(t.type));
    w.Key("value");
    w.String(t.value);
    w.EndObject();
  }
  w.EndArray();
  w.Key("quantities");
  w.BeginArray();
  for (const auto& q : d.quantities) {
    w.BeginObject();
    w.Key("text");
    w.String(d.Text(q.span));
    w.Key("start");
    w.Int(cp[q.span.begin]);
    w.Key("end");
    w.Int(cp[q.span.end]);
    w.Key("value");
    w.Double(q.value);
    if (q.value_max) {
      w.Key("value_max");
      w.Double(*q.value_max);
    }
    w.Key("unit");
    w.StringOrNull(q.unit);
    w.Key("approximate");
    w.Bool(q.approximate);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->push_back('\n');
}

int Emit(const std::string& reference_date) {
  newsmill::PipelineOptions opts;
  opts.stages = {"times"};
  opts.reference_date = reference_date;
  auto p = newsmill::Pipeline::Create(opts);
  if (!p.ok()) {
    std::fprintf(stderr, "times_bench: %s\n", p.status().message().c_str());
    return 1;
  }
  simdjson::ondemand::parser parser;
  std::string line;
  int line_no = 0;
  while (std::getline(std::cin, line)) {
    ++line_no;
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    newsmill::ArticleInput in;
    auto doc = parser.iterate(padded);
    if (doc.error()) {
      std::fprintf(stderr, "times_bench: stdin:%d: bad JSON\n", line_no);
      continue;
    }
    auto obj = doc.get_object();
    if (obj.error()) continue;
    for (auto field : obj) {
      std::string_view key = field.unescaped_key().value_unsafe();
      std::string_view val;
      if (field.value().get_string().get(val)) continue;
      if (key == "id") in.id = val;
      else if (key == "text") in.text = val;
      else if (key == "published") in.published = val;
    }
    auto d = (*p)->Analyze(in);
    if (!d.ok()) {
      std::fprintf(stderr, "times_bench: %s\n", d.status().message().c_str());
      continue;
    }
    std::string out;
    WriteRecord(*d, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}

std::vector<std::string> LoadCorpus(const std::string& path) {
  std::vector<std::string> docs;
  namespace fs = std::filesystem;
  if (fs::is_directory(path)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(path))
      if (e.is_regular_file() && e.path().extension() == ".txt" &&
          e.path().filename() != "README.TXT")
        files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto text = newsmill::ReadFileToString(f.string());
      if (text.ok()) docs.push_back(std::move(text.value()));
    }
    return docs;
  }
  auto text = newsmill::ReadFileToString(path);
  if (!text.ok()) return docs;
  simdjson::ondemand::parser parser;
  size_t pos = 0;
  while (pos < text->size()) {
    size_t nl = text->find('\n', pos);
    if (nl == std::string::npos) nl = text->size();
    std::string line = text->substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    auto doc = parser.iterate(padded);
    std::string_view t;
    if (!doc.error() && !doc["text"].get_string().get(t)) docs.emplace_back(t);
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = std::string(NEWSMILL_SHARED_DIR) + "/corpora/bbc-news";
  std::string reference_date;
  int runs = 3;
  bool emit = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--emit") emit = true;
    else if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--reference-date" && i + 1 < argc) reference_date = argv[++i];
    else {
      std::fprintf(stderr, "usage: times_bench [--corpus DIR|FILE] [--runs N] | --emit [--reference-date D]\n");
      return 2;
    }
  }
  if (emit) return Emit(reference_date);

  std::vector<std::string> texts = LoadCorpus(corpus);
  if (texts.empty()) {
    std::fprintf(stderr, "times_bench: no articles in %s\n", corpus.c_str());
    return 1;
  }
  // Documents through the text layer only; the times stage is timed alone.
  newsmill::PipelineOptions text_only;
  text_only.stages = {"text"};
  auto tp = newsmill::Pipeline::Create(text_only);
  newsmill::Resources resources;
  auto made = newsmill::NewTimesStage(resources);
  if (!tp.ok() || !made.ok()) {
    std::fprintf(stderr, "times_bench: cannot create the pipeline\n");
    return 1;
  }
  const newsmill::Stage* stage = made->get();
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const std::string& t : texts) {
    newsmill::ArticleInput in;
    in.text = t;
    in.published = "2022-02-01";
    auto d = (*tp)->Analyze(in);
    if (!d.ok()) continue;
    bytes += d->text.size();
    docs.push_back(std::move(d.value()));
  }
  // Check the output before timing.
  size_t n_times = 0, n_qty = 0;
  for (Document& d : docs) {
    if (!stage->Annotate(d).ok()) return 1;
    n_times += d.times.size();
    n_qty += d.quantities.size();
  }
  if (n_times == 0) {
    std::fprintf(stderr, "times_bench: no time expressions found; refusing to time\n");
    return 1;
  }
  // CPU time of this thread: on a shared machine, wall time measures the
  // neighbours too. One thread, so MB/s per core = MB / CPU seconds.
  auto cpu_now = [] {
    timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
  };
  std::vector<double> secs, walls;
  for (int r = 0; r < runs; ++r) {
    auto w0 = std::chrono::steady_clock::now();
    double c0 = cpu_now();
    for (Document& d : docs) (void)stage->Annotate(d);
    secs.push_back(cpu_now() - c0);
    walls.push_back(std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - w0)
                        .count());
  }
  std::sort(secs.begin(), secs.end());
  std::sort(walls.begin(), walls.end());
  double s = secs[secs.size() / 2];
  double w = walls[walls.size() / 2];
  std::printf(
      "{\"stage\":\"times\",\"corpus\":\"%s\",\"docs\":%zu,\"MB\":%.3f,"
      "\"runs\":%d,\"median_cpu_s\":%.4f,\"median_wall_s\":%.4f,"
      "\"docs_per_s\":%.1f,\"MB_per_s_per_core\":%.1f,"
      "\"MB_per_s_wall\":%.1f,\"times\":%zu,\"quantities\":%zu}\n",
      corpus.c_str(), docs.size(), bytes / 1e6, runs, s, w, docs.size() / s,
      bytes / 1e6 / s, bytes / 1e6 / w, n_times, n_qty);
  return 0;
}

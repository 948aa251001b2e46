// libFuzzer target: the whole pipeline on arbitrary bytes, as plain text, as
// a web page and as a JSONL record. Any crash, hang or sanitizer report is a
// bug. Build and run (clang):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DNEWSMILL_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_pipeline
//   build-fuzz/fuzz/fuzz_pipeline -max_total_time=300 -max_len=65536
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "io/input_reader.h"
#include "io/record_writer.h"
#include "newsmill/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<newsmill::Pipeline> pipeline = [] {
    newsmill::PipelineOptions o;
    o.reference_date = "2026-11-26";
    return std::move(newsmill::Pipeline::Create(o).value());
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  newsmill::ArticleInput in;
  in.id = "fuzz";
  in.text = bytes;
  std::string out;
  if (auto d = pipeline->Analyze(in); d.ok()) newsmill::AppendRecord(*d, {}, &out);
  in.text.clear();
  in.html = bytes;
  if (auto d = pipeline->Analyze(in); d.ok()) newsmill::AppendRecord(*d, {}, &out);
  newsmill::ArticleInput parsed;
  if (newsmill::ParseArticleJson(bytes, "fuzz:1", &parsed).ok()) {
    if (auto d = pipeline->Analyze(parsed); d.ok()) newsmill::AppendRecord(*d, {}, &out);
  }
  return 0;
}

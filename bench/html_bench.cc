// newsmill-html-bench: speed of HTML article extraction, in MB of HTML per
// second on one core, over the pages of the Zyte article-extraction
// benchmark (read in place from ../shared; nothing is copied).
//
//   build/newsmill-html-bench                      # default corpus, 5 runs
//   build/newsmill-html-bench --runs 9 --dir DIR   # DIR/html/*.html.gz and
//                                                  # DIR/ground-truth.json
//
// Before anything is timed the output is checked: every page is extracted
// once and scored against the corpus's ground truth with the benchmark's
// metric (4-token shingles, as ../shared/eval/newsmill_eval.py computes it);
// the run stops when the F1 falls below --min-f1 (default 0.95), so a broken
// build cannot report a speed. Then each configuration is timed over all
// pages, the median of the runs reported:
//   extract       newsmill's full extraction (charset, parse, metadata, text)
//   parse         newsmill's HTML parser alone
//   gumbo-parse   gumbo's parser alone (gumbo_parse + gumbo_destroy_output)
// and, with --compare-gumbo, the extraction F1 when the tree comes from gumbo
// instead of newsmill's parser (the gumbo tree is serialised back to
// well-formed HTML, which newsmill's parser rebuilds node for node).
//
// Peak resident memory (getrusage) is printed last.
#include <gumbo.h>
#include <simdjson.h>
#include <sys/resource.h>
#include <utf8proc.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "html/extractor.h"
#include "html/parser.h"

namespace {

struct Page {
  std::string id;
  std::string url;
  std::string html;
  std::string gold;
};

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

// \w+ tokens as Python's re module finds them: letters, digits, marks and
// the underscore of any script.
std::vector<std::string> WordTokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = newsmill::DecodeUtf8(s, &i);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    bool word = c == '_' || (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word) {
      cur.append(s.substr(start, i - start));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::map<std::string, int> Shingles(std::string_view text) {
  std::vector<std::string> t = WordTokens(text);
  std::map<std::string, int> out;
  if (t.empty()) return out;
  size_t n = t.size() >= 4 ? t.size() - 3 : 1;
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(t.size(), i + 4); ++k) key += t[k] + '\x1f';
    ++out[key];
  }
  return out;
}

// The Zyte benchmark's F1: mean precision and mean recall over pages.
double ShingleF1(const std::vector<Page>& pages,
                 const std::vector<std::string>& texts) {
  double psum = 0, rsum = 0;
  int pn = 0, rn = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    auto t = Shingles(pages[i].gold);
    auto p = Shingles(texts[i]);
    long tp = 0, np = 0, nt = 0;
    for (auto& [k, v] : p) {
      np += v;
      auto it = t.find(k);
      if (it != t.end()) tp += std::min(v, it->second);
    }
    for (auto& [k, v] : t) nt += v;
    if (np > 0) {
      psum += static_cast<double>(tp) / np;
      ++pn;
    }
    if (nt > 0) {
      rsum += static_cast<double>(tp) / nt;
      ++rn;
    }
  }
  double p = pn ? psum / pn : 0, r = rn ? rsum / rn : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

// ---- gumbo tree -> well-formed HTML (for the accuracy comparison).
void Escape(std::string_view s, bool attr, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"':
        if (attr) {
          out->append("&quot;");
          break;
        }
        [[fallthrough]];
      default: out->push_back(c);
    }
  }
}

std::string TagNameOf(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece p = e.original_tag;
  gumbo_tag_from_original_text(&p);
  std::string name(p.data, p.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

bool IsVoid(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR:
    case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

std::string SerializeGumbo(const GumboNode* root) {
  std::string out;
  struct Frame { const GumboNode* node; unsigned next; };
  std::vector<Frame> stack = {{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      const GumboNode* p = n->parent;
      bool raw = p && p->type == GUMBO_NODE_ELEMENT &&
                 (p->v.element.tag == GUMBO_TAG_SCRIPT ||
                  p->v.element.tag == GUMBO_TAG_STYLE);
      if (raw) {
        out.append(n->v.text.text);
      } else {
        Escape(n->v.text.text, false, &out);
      }
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
        n->type != GUMBO_NODE_TEMPLATE) {
      stack.pop_back();
      continue;
    }
    const GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT
                                ? &n->v.document.children
                                : &n->v.element.children;
    if (f.next == 0 && n->type != GUMBO_NODE_DOCUMENT) {
      out += "<" + TagNameOf(n->v.element);
      const GumboVector& attrs = n->v.element.attributes;
      for (unsigned i = 0; i < attrs.length; ++i) {
        auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
        out += " ";
        out += a->name;
        out += "=\"";
        Escape(a->value, true, &out);
        out += "\"";
      }
      out += ">";
    }
    if (f.next < ch->length) {
      const GumboNode* c = static_cast<const GumboNode*>(ch->data[f.next++]);
      stack.push_back({c, 0});
      continue;
    }
    if (n->type != GUMBO_NODE_DOCUMENT && !IsVoid(n->v.element.tag))
      out += "</" + TagNameOf(n->v.element) + ">";
    stack.pop_back();
  }
  return out;
}

template <typename F>
double TimeRuns(int runs, F f) {
  std::vector<double> secs;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    secs.push_back(std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - t0)
                       .count());
  }
  std::sort(secs.begin(), secs.end());
  return secs[secs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = std::string(NEWSMILL_SHARED_DIR) +
                    "/corpora/zyte-article-extraction-benchmark";
  int runs = 5;
  double min_f1 = 0.95;
  bool compare_gumbo = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--min-f1" && i + 1 < argc) {
      min_f1 = std::atof(argv[++i]);
    } else if (a == "--compare-gumbo") {
      compare_gumbo = true;
    } else {
      std::fprintf(stderr,
                   "usage: newsmill-html-bench [--dir DIR] [--runs N] "
                   "[--min-f1 X] [--compare-gumbo]\n");
      return 2;
    }
  }
  // Ground truth and pages.
  std::string gt_path = dir + "/ground-truth.json";
  simdjson::dom::parser parser;
  simdjson::dom::element gt;
  if (parser.load(gt_path).get(gt)) {
    std::fprintf(stderr, "newsmill-html-bench: cannot read %s\n", gt_path.c_str());
    return 1;
  }
  std::vector<Page> pages;
  size_t bytes = 0;
  for (auto [key, value] : gt.get_object()) {
    Page p;
    p.id = std::string(key);
    std::string_view body, url;
    if (value["articleBody"].get(body) == simdjson::SUCCESS) p.gold = body;
    if (value["url"].get(url) == simdjson::SUCCESS) p.url = url;
    if (!ReadGzip(dir + "/html/" + p.id + ".html.gz", &p.html)) {
      std::fprintf(stderr, "newsmill-html-bench: cannot read page %s\n", p.id.c_str());
      return 1;
    }
    bytes += p.html.size();
    pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(),
            [](const Page& a, const Page& b) { return a.id < b.id; });
  auto extractor = newsmill::ArticleExtractor::Create("");
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().message().c_str());
    return 1;
  }
  auto extract_all = [&](std::vector<std::string>* texts) {
    for (size_t i = 0; i < pages.size(); ++i) {
      newsmill::ExtractOptions o;
      o.url = pages[i].url;
      auto a = (*extractor)->Extract(pages[i].html, o);
      if (texts) (*texts)[i] = a.ok() ? a->text : "";
    }
  };
  // Check the output before timing.
  std::vector<std::string> texts(pages.size());
  extract_all(&texts);
  double f1 = ShingleF1(pages, texts);
  std::printf("corpus   %zu pages, %.2f MB of HTML (%s)\n", pages.size(),
              bytes / 1e6, dir.c_str());
  std::printf("check    shingle F1 %.4f (minimum %.2f)\n", f1, min_f1);
  if (f1 < min_f1) {
    std::fprintf(stderr, "newsmill-html-bench: output check failed; not timing\n");
    return 1;
  }
  if (compare_gumbo) {
    std::vector<std::string> gtexts(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
      GumboOutput* g = gumbo_parse_with_options(
          &kGumboDefaultOptions, pages[i].html.data(), pages[i].html.size());
      std::string html = SerializeGumbo(g->document);
      gumbo_destroy_output(&kGumboDefaultOptions, g);
      newsmill::ExtractOptions o;
      o.url = pages[i].url;
      auto a = (*extractor)->Extract(html, o);
      gtexts[i] = a.ok() ? a->text : "";
    }
    size_t same = 0;
    for (size_t i = 0; i < pages.size(); ++i) same += gtexts[i] == texts[i];
    std::printf("gumbo    shingle F1 %.4f with gumbo's tree (%zu of %zu pages "
                "give the same text)\n",
                ShingleF1(pages, gtexts), same, pages.size());
  }
  auto report = [&](const char* name, double s) {
    std::printf("%-13s %7.1f MB/s  %7.1f pages/s  (median of %d runs, %.3f s)\n",
                name, bytes / 1e6 / s, pages.size() / s, runs, s);
  };
  report("extract", TimeRuns(runs, [&] { extract_all(nullptr); }));
  size_t sink = 0;
  report("parse", TimeRuns(runs, [&] {
           for (const Page& p : pages)
             sink += newsmill::html::ParseHtml(p.html, {}).size();
         }));
  report("gumbo-parse", TimeRuns(runs, [&] {
           for (const Page& p : pages) {
             GumboOutput* g = gumbo_parse_with_options(
                 &kGumboDefaultOptions, p.html.data(), p.html.size());
             sink += g->document->v.document.children.length;
             gumbo_destroy_output(&kGumboDefaultOptions, g);
           }
         }));
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS %.1f MB  (sink %zu)\n", ru.ru_maxrss / 1024.0, sink);
  return 0;
}

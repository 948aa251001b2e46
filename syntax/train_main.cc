// newsmill-train: trains the syntax model (tagger and parser) on GUM, read in
// place, and evaluates a model on a CoNLL-U treebank with its gold words.
//
//   newsmill-train --gum ../shared/corpora/gum/train --out
//   data/syntax/model.bin newsmill-train --eval ../shared/corpora/gum/dev
//   --model data/syntax/model.bin
//
// The training is deterministic: documents are read in file-name order, and
// the only randomness (sentence order, exploration of the dynamic oracle)
// comes from a fixed-seed generator implemented here, so two runs write
// byte-identical models.
//
// Only GUM documents whose text licence allows commercial reuse are used:
// the CC BY-NC-SA genres (essay, fiction, letter, podcast, whow; see
// ../shared/corpora/gum/PROVENANCE.md) are left out unless --exclude says
// otherwise.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/embedded_data.h"
#include "base/strings.h"
#include "newsmill/pipeline.h"
#include "pipeline/resources.h"
#include "syntax/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/model.h"
#include "syntax/plain_tokens.h"
#include "syntax/syntax.h"
#include "syntax/syntax_stage.h"

namespace ns = newsmill::syntax;
using newsmill::Result;
using newsmill::Status;

namespace {

struct Options {
  std::string gum;
  std::string out;
  std::string eval;
  std::string model;
  std::vector<std::string> exclude = {"essay", "fiction", "letter", "podcast",
                                      "whow"};
  std::string tags = "upos";  // "upos" or "joint" (UPOS|XPOS)
  std::string wordnet = "/usr/share/wordnet";
  int tag_iters = 10;
  int parse_iters = 15;
  int folds = 10;
  int explore_after = 1;
  double explore_p = 0.9;
  int min_count = 1;
  float prune = 1.0f;
  int dict_min = 20;
  double dict_share = 0.97;
  bool verbose = false;
};

// splitmix64: a small generator with a fixed, documented sequence.
struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
  template <typename T>
  void Shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) {
      size_t j = static_cast<size_t>(Next() % i);
      std::swap(v[i - 1], v[j]);
    }
  }
};

// A sentence prepared for training.
struct Example {
  std::vector<std::string> forms;
  std::vector<ns::WordAtoms> atoms;
  std::vector<uint8_t> gold_tags;
  std::vector<uint8_t> pred_tags;  // jackknifed tagger output
  std::vector<int> gold_heads;     // n for the root
  std::vector<int> proj_heads;     // projectivised
  std::vector<uint8_t> gold_labels;
  std::string genre;
};

std::string GenreOf(const std::string& doc_id) {
  // GUM_<genre>_<name>
  size_t a = doc_id.find('_');
  if (a == std::string::npos) return "";
  size_t b = doc_id.find('_', a + 1);
  return doc_id.substr(a + 1,
                       b == std::string::npos ? std::string::npos : b - a - 1);
}

Result<std::vector<ns::ConlluDocument>> ReadTreebank(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  if (std::filesystem::is_regular_file(dir, ec)) {
    files.push_back(dir);
  } else {
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".conllu") files.push_back(e.path().string());
    }
    if (ec) return Status::IoError(dir + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::NotFound(dir + ": no .conllu files");
  std::vector<ns::ConlluDocument> all;
  for (const std::string& f : files) {
    auto content = newsmill::ReadFileToString(f);
    if (!content.ok()) return content.status();
    auto docs = ns::ParseConllu(*content, f);
    if (!docs.ok()) return docs.status();
    for (auto& d : *docs) {
      if (d.id.empty()) d.id = std::filesystem::path(f).stem().string();
      all.push_back(std::move(d));
    }
  }
  return all;
}

std::string TagName(const ns::ConlluWord& w, const std::string& mode) {
  if (mode == "upos") return w.upos;
  return w.upos + "|" + w.xpos;
}

// ---- Tagger training -------------------------------------------------------

struct TagDictionary {
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  std::map<uint64_t, uint8_t> lookup;
};

TagDictionary BuildDictionary(const std::vector<Example*>& data,
                              const Options& o) {
  std::map<uint64_t, std::map<uint8_t, int>> counts;
  for (const Example* e : data)
    for (size_t i = 0; i < e->atoms.size(); ++i)
      counts[e->atoms[i].form][e->gold_tags[i]]++;
  TagDictionary d;
  for (const auto& [key, by_tag] : counts) {
    int total = 0, best = 0;
    uint8_t best_tag = 0;
    for (const auto& [t, c] : by_tag) {
      total += c;
      if (c > best) {
        best = c;
        best_tag = t;
      }
    }
    if (o.dict_min > 0 && total >= o.dict_min && best >= o.dict_share * total) {
      d.entries.emplace_back(key, best_tag);
      d.lookup[key] = best_tag;
    }
  }
  return d;
}

ns::Tagger TrainTagger(const std::vector<Example*>& data, int classes,
                       const Options& o, uint64_t seed) {
  TagDictionary dict = BuildDictionary(data, o);
  ns::TrainTable table(classes);
  std::vector<Example*> order = data;
  Rng rng{seed};
  int64_t now = 1;
  uint64_t keys[ns::kMaxTaggerFeatures];
  std::vector<float> scores(classes);
  for (int it = 0; it < o.tag_iters; ++it) {
    rng.Shuffle(order);
    long correct = 0, total = 0;
    for (Example* e : order) {
      int n = static_cast<int>(e->atoms.size());
      uint8_t prev = ns::kNoTag, prev2 = ns::kNoTag;
      for (int i = 0; i < n; ++i) {
        uint8_t gold = e->gold_tags[i];
        uint8_t guess;
        auto dit = dict.lookup.find(e->atoms[i].form);
        if (dit != dict.lookup.end()) {
          guess = dit->second;
        } else {
          int nk = ns::TaggerFeatures(e->atoms.data(), n, i, prev, prev2, keys);
          if (it == 0) table.Count(keys, nk);
          std::fill(scores.begin(), scores.end(), 0.0f);
          table.Score(keys, nk, scores.data());
          guess = 0;
          for (int c = 1; c < classes; ++c)
            if (scores[c] > scores[guess]) guess = static_cast<uint8_t>(c);
          if (guess != gold) {
            table.Update(keys, nk, gold, 1.0f, now);
            table.Update(keys, nk, guess, -1.0f, now);
          }
          ++now;
        }
        correct += guess == gold;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    if (o.verbose)
      std::fprintf(stderr, "  tagger iteration %d: train accuracy %.4f\n",
                   it + 1, static_cast<double>(correct) / total);
  }
  return ns::Tagger(table.Freeze(now, o.min_count, o.prune), dict.entries);
}

// ---- Parser training --------------------------------------------------------

ns::Parser TrainParser(std::vector<Example>& data, int labels, int root_label,
                       const std::vector<uint8_t>& fixed_labels,
                       const Options& o, uint64_t seed) {
  ns::TrainTable moves(ns::kNumMoves);
  ns::TrainTable labeller(labels);
  std::vector<Example*> order;
  for (Example& e : data) order.push_back(&e);
  Rng rng{seed};
  int64_t now = 1, lnow = 1;
  uint64_t keys[ns::kMaxParserFeatures];
  uint64_t lkeys[ns::kMaxLabelFeatures];
  std::vector<float> lscores(labels);
  ns::ParseState s;
  for (int it = 0; it < o.parse_iters; ++it) {
    rng.Shuffle(order);
    long correct_heads = 0, words = 0;
    bool explore = it >= o.explore_after;
    for (Example* e : order) {
      int n = static_cast<int>(e->atoms.size());
      ns::ParseInput in{e->atoms.data(), e->pred_tags.data(), n,
                        fixed_labels.data()};
      s.Init(n);
      while (!s.Terminal()) {
        int costs[ns::kNumMoves];
        ns::TransitionCosts(s, e->proj_heads, costs);
        int nk = ns::AllParserFeatures(in, s, keys);
        if (it == 0) moves.Count(keys, nk);
        float scores[ns::kNumMoves] = {0, 0, 0};
        moves.Score(keys, nk, scores);
        int min_cost = 1 << 30;
        for (int m = 0; m < ns::kNumMoves; ++m)
          if (costs[m] >= 0) min_cost = std::min(min_cost, costs[m]);
        int pred = -1, best_ok = -1;
        for (int m = 0; m < ns::kNumMoves; ++m) {
          if (costs[m] < 0) continue;
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
          if (costs[m] == min_cost &&
              (best_ok < 0 || scores[m] > scores[best_ok]))
            best_ok = m;
        }
        if (costs[pred] != min_cost) {
          moves.Update(keys, nk, best_ok, 1.0f, now);
          moves.Update(keys, nk, pred, -1.0f, now);
        }
        ++now;
        int move = best_ok;
        if (costs[pred] == min_cost || (explore && rng.Uniform() < o.explore_p))
          move = pred;
        uint8_t lab = 0;
        if (move != ns::kShift) {
          int h = s.ArcHead(move), d = s.ArcDep();
          if (h == n) {
            lab = static_cast<uint8_t>(root_label);
          } else if (fixed_labels[in.tags[d]] != ns::kNoLabel) {
            lab = fixed_labels[in.tags[d]];
          } else {
            int lk = ns::LabelFeatures(in, s, move, lkeys);
            if (it == 0) labeller.Count(lkeys, lk);
            std::fill(lscores.begin(), lscores.end(), 0.0f);
            labeller.Score(lkeys, lk, lscores.data());
            int bl = 0;
            for (int c = 1; c < labels; ++c)
              if (lscores[c] > lscores[bl]) bl = c;
            if (e->gold_heads[d] == h || e->proj_heads[d] == h) {
              int gl = e->gold_labels[d];
              if (bl != gl) {
                labeller.Update(lkeys, lk, gl, 1.0f, lnow);
                labeller.Update(lkeys, lk, bl, -1.0f, lnow);
              }
              ++lnow;
            }
            lab = static_cast<uint8_t>(bl);
          }
        }
        s.Apply(move, lab);
      }
      for (int i = 0; i < n; ++i) {
        correct_heads += s.head[i] == e->gold_heads[i];
        ++words;
      }
    }
    if (o.verbose)
      std::fprintf(stderr,
                   "  parser iteration %d: train UAS %.4f (moves %zu rows, "
                   "labels %zu rows)\n",
                   it + 1, static_cast<double>(correct_heads) / words,
                   moves.num_rows(), labeller.num_rows());
  }
  return ns::Parser(moves.Freeze(now, o.min_count, o.prune),
                    labeller.Freeze(lnow, o.min_count, o.prune),
                    static_cast<uint8_t>(root_label));
}

// ---- Evaluation
// ---------------------------------------------------------------

// The labels arcs take from their two tags alone (ParseInput::arc_label):
// those that the training trees label one way in 99% or more of 20 or more
// arcs (a determiner before its noun: det; a preposition before its noun:
// case), about 40% of GUM's arcs. The labeller is not asked for them.
std::vector<uint8_t> ArcLabelTable(const std::vector<Example>& data,
                                   int num_tags, int num_labels) {
  std::vector<uint32_t> counts(ns::ArcLabelTableSize(num_tags) * num_labels);
  for (const Example& e : data) {
    const int n = static_cast<int>(e.gold_heads.size());
    for (int d = 0; d < n; ++d) {
      const int h = e.gold_heads[d];
      if (h >= n) continue;  // the root's arc has its own label
      const size_t at = ns::ArcLabelIndex(num_tags, e.gold_tags[h],
                                          e.gold_tags[d], d < h,
                                          d + 1 == h || h + 1 == d);
      ++counts[at * num_labels + e.gold_labels[d]];
    }
  }
  return ns::ChooseArcLabels(counts, num_labels, 20, 0.99);
}

bool IsCoreArg(const std::string& rel) {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "obj" ||
         rel == "iobj" || rel == "obl:agent" || rel == "csubj" ||
         rel == "ccomp";
}

std::string Universal(const std::string& rel) {
  return rel.substr(0, rel.find(':'));
}

bool g_gold_tags = false;
int g_repeat = 1;
std::shared_ptr<const ns::WordNet> g_wordnet;
bool g_errors = false;

int Evaluate(const ns::SyntaxModel& model, const std::string& dir,
             bool by_genre) {
  std::map<std::string, long> confusions;
  auto table = newsmill::ReadDataFile("syntax/lemmas.tsv", "");
  auto irregular = newsmill::ReadDataFile("syntax/irregular_verbs.tsv", "");
  std::shared_ptr<const ns::WordNet> wn;
  if (model.wordnet() != nullptr) wn = g_wordnet;
  auto lemmatizer = ns::Lemmatizer::Create(
      table.ok() ? *table : "", irregular.ok() ? *irregular : "", wn);
  if (!lemmatizer.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n",
                 lemmatizer.status().message().c_str());
    return 1;
  }
  long lemma_ok = 0;
  auto docs = ReadTreebank(dir);
  if (!docs.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n",
                 docs.status().message().c_str());
    return 1;
  }
  struct Counts {
    long words = 0, upos = 0, xpos = 0, uas = 0, las = 0;
    long core_sys = 0, core_gold = 0, core_hit = 0;
  };
  std::map<std::string, Counts> per_genre;
  Counts all;
  ns::SyntaxModel::Scratch scratch;
  ns::SentenceParse out;
  // Timing only: analyse everything g_repeat times first.
  std::clock_t start = std::clock();
  long bytes = 0;
  for (int rep = 1; rep < g_repeat; ++rep) {
    for (const auto& doc : *docs)
      for (const auto& sent : doc.sentences) {
        std::vector<std::string_view> words;
        for (const auto& w : sent.words) words.push_back(w.form);
        model.Analyze(words, &out, &scratch);
      }
  }
  if (g_repeat > 1) {
    double secs = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    long n = 0;
    for (const auto& doc : *docs)
      for (const auto& sent : doc.sentences)
        n += static_cast<long>(sent.words.size());
    std::printf("tag+parse only: %.0f words/s (CPU time, %d repetitions)\n",
                n * (g_repeat - 1) / secs, g_repeat - 1);
    start = std::clock();
  }
  for (const auto& doc : *docs) {
    Counts& g = per_genre[GenreOf(doc.id)];
    for (const auto& sent : doc.sentences) {
      std::vector<std::string_view> words;
      for (const auto& w : sent.words) {
        words.push_back(w.form);
        bytes += static_cast<long>(w.form.size()) + 1;
      }
      if (g_gold_tags) {
        std::vector<uint8_t> gold;
        for (const auto& w : sent.words) {
          std::string name =
              model.TagXpos(0).empty() ? w.upos : w.upos + "|" + w.xpos;
          auto it = std::find(model.tag_names().begin(),
                              model.tag_names().end(), name);
          gold.push_back(static_cast<uint8_t>(
              it == model.tag_names().end() ? 0
                                            : it - model.tag_names().begin()));
        }
        model.AnalyzeWithTags(words, gold, &out, &scratch);
      } else {
        model.Analyze(words, &out, &scratch);
      }
      for (size_t i = 0; i < sent.words.size(); ++i) {
        const auto& w = sent.words[i];
        int gold_head = w.head - 1;  // -1: root
        bool upos_ok = newsmill::UposName(model.TagUpos(out.tags[i])) == w.upos;
        bool xpos_ok = model.TagXpos(out.tags[i]) == w.xpos;
        bool head_ok = out.heads[i] == gold_head;
        std::string sys_rel = model.label_names()[out.labels[i]];
        bool label_ok = Universal(sys_rel) == Universal(w.deprel);
        bool core_sys = IsCoreArg(sys_rel), core_gold = IsCoreArg(w.deprel);
        bool hit = core_sys && sys_rel == w.deprel && head_ok;
        ns::Lemmatizer::Context lc;
        if (i + 1 < sent.words.size()) {
          lc.next = sent.words[i + 1].form;
          lc.next_pos = model.TagUpos(out.tags[i + 1]);
        }
        lc.sentence_start = i == 0;
        std::string lemma =
            (*lemmatizer)->Lemma(w.form, model.TagUpos(out.tags[i]), lc);
        lemma_ok += lemma == w.lemma;
        if (g_errors && lemma != w.lemma)
          confusions["LEMMA " + w.upos + " " + w.form + " -> " + lemma +
                     " (gold " + w.lemma + ")"]++;
        if (g_errors && !upos_ok) {
          confusions[std::string("TAG ") + w.upos + " -> " +
                     std::string(
                         newsmill::UposName(model.TagUpos(out.tags[i])))]++;
        }
        if (g_errors && (core_sys || core_gold) && !hit) {
          if (!head_ok)
            confusions[(core_gold ? w.deprel : std::string("-")) +
                       " head-wrong"]++;
          else
            confusions[w.deprel + " -> " + sys_rel]++;
        }
        for (Counts* c : {&g, &all}) {
          ++c->words;
          c->upos += upos_ok;
          c->xpos += xpos_ok;
          c->uas += head_ok;
          c->las += head_ok && label_ok;
          c->core_sys += core_sys;
          c->core_gold += core_gold;
          c->core_hit += hit;
        }
      }
    }
  }
  double secs = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  const bool has_xpos = !model.TagXpos(0).empty();
  auto print = [&](const std::string& name, const Counts& c) {
    double p = c.core_sys ? static_cast<double>(c.core_hit) / c.core_sys : 0;
    double r = c.core_gold ? static_cast<double>(c.core_hit) / c.core_gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf(
        "%-14s words %6ld  UPOS %.4f  UAS %.4f  LAS %.4f  core-args P %.4f R "
        "%.4f F1 %.4f",
        name.c_str(), c.words, static_cast<double>(c.upos) / c.words,
        static_cast<double>(c.uas) / c.words,
        static_cast<double>(c.las) / c.words, p, r, f);
    if (has_xpos)
      std::printf("  XPOS %.4f", static_cast<double>(c.xpos) / c.words);
    std::printf("\n");
  };
  if (by_genre)
    for (const auto& [genre, c] : per_genre) print(genre, c);
  print("all", all);
  std::printf("lemma accuracy %.4f\n",
              static_cast<double>(lemma_ok) / all.words);
  if (g_errors) {
    std::vector<std::pair<long, std::string>> v;
    for (const auto& [k, c] : confusions) v.emplace_back(-c, k);
    std::sort(v.begin(), v.end());
    for (size_t i = 0; i < v.size() && i < 60; ++i)
      std::printf("  %6ld  %s\n", -v[i].first, v[i].second.c_str());
  }
  std::printf(
      "speed: %.0f words/s, %.2f MB/s (tag+parse+lemma, gold words, CPU "
      "time)\n",
      all.words / secs, bytes / secs / 1e6);
  return 0;
}

std::shared_ptr<const ns::WordNet> LoadWordNet(const std::string& dir) {
  if (dir == "none") return nullptr;
  auto wn = ns::WordNet::Load(dir);
  if (!wn.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n", wn.status().message().c_str());
    return nullptr;
  }
  return std::shared_ptr<const ns::WordNet>(std::move(wn.value()));
}

// --analyze: the syntax stage on plain text, one sentence per line.
int Analyze(const std::string& text, const std::string& model_path) {
  newsmill::PipelineOptions options;
  auto res = ns::LoadSyntaxResources(options);
  if (!res.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n",
                 res.status().message().c_str());
    return 1;
  }
  newsmill::Resources resources;
  resources.syntax = *res;
  (void)model_path;
  auto stage = newsmill::NewSyntaxStage(resources);
  if (!stage.ok()) return 1;
  newsmill::Document doc = ns::PlainDocument(text);
  auto st = (*stage)->Annotate(doc);
  if (!st.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n", st.message().c_str());
    return 1;
  }
  std::fputs(ns::DescribeSyntax(doc).c_str(), stdout);
  return 0;
}

int Usage() {
  std::fprintf(
      stderr,
      "usage: newsmill-train --gum DIR --out FILE [options]\n"
      "       newsmill-train --eval DIR --model FILE [--by-genre]\n"
      "options:\n"
      "  --exclude G1,G2   genres left out (default "
      "essay,fiction,letter,podcast,whow:\n"
      "                    their texts are CC BY-NC-SA)\n"
      "  --tags upos|joint tagger classes (default upos; joint: UPOS|XPOS)\n"
      "  --wordnet DIR     WordNet for features (default /usr/share/wordnet;\n"
      "                    \"none\": no WordNet features)\n"
      "  --tag-iters N     tagger iterations (default 10)\n"
      "  --parse-iters N   parser iterations (default 15)\n"
      "  --folds N         jackknife folds for the parser's tags (default 10)\n"
      "  --min-count N     drop features seen fewer than N times (default 1)\n"
      "  --prune W         drop feature rows whose largest averaged weight is\n"
      "                    below W (default 1)\n"
      "  --explore-after N follow the model's own moves from iteration N+1\n"
      "                    (default 1; dynamic oracle)\n"
      "  --eval DIR        after training, evaluate on DIR\n"
      "  --margin N        with --eval --model: the parser's early-decision\n"
      "                    margin instead of the model's (0: every move\n"
      "                    scored in full)\n"
      "  --verbose         progress on stderr\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  bool by_genre = false;
  int margin = -1;  // --margin: the parser margin for --eval (-1: the model's)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newsmill-train: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--gum")
      o.gum = next();
    else if (a == "--out")
      o.out = next();
    else if (a == "--eval")
      o.eval = next();
    else if (a == "--model")
      o.model = next();
    else if (a == "--exclude") {
      o.exclude.clear();
      const std::string list = next();
      for (auto g : newsmill::Split(list, ','))
        if (!g.empty()) o.exclude.emplace_back(g);
    } else if (a == "--tags")
      o.tags = next();
    else if (a == "--wordnet")
      o.wordnet = next();
    else if (a == "--tag-iters")
      o.tag_iters = std::stoi(next());
    else if (a == "--parse-iters")
      o.parse_iters = std::stoi(next());
    else if (a == "--folds")
      o.folds = std::stoi(next());
    else if (a == "--min-count")
      o.min_count = std::stoi(next());
    else if (a == "--prune")
      o.prune = std::stof(next());
    else if (a == "--dict-min")
      o.dict_min = std::stoi(next());
    else if (a == "--explore-after")
      o.explore_after = std::stoi(next());
    else if (a == "--by-genre")
      by_genre = true;
    else if (a == "--disable") {
      // Template numbers or ranges "300-320" to leave out (ablation).
      const std::string list = next();
      for (auto part : newsmill::Split(list, ',')) {
        std::string r(part);
        size_t dash = r.find('-');
        int lo = std::stoi(r.substr(0, dash));
        int hi = dash == std::string::npos ? lo : std::stoi(r.substr(dash + 1));
        for (int t = lo; t <= hi && t < 1024; ++t)
          ns::g_disabled_templates[t >> 6] |= 1ULL << (t & 63);
        ns::g_any_disabled = true;
      }
    } else if (a == "--analyze")
      return Analyze(next(), o.model);
    else if (a == "--gold-tags")
      g_gold_tags = true;
    else if (a == "--repeat")
      g_repeat = std::stoi(next());
    else if (a == "--errors")
      g_errors = true;
    else if (a == "--margin")
      margin = std::stoi(next());
    else if (a == "--verbose" || a == "-v")
      o.verbose = true;
    else
      return Usage();
  }
  if (o.tags != "upos" && o.tags != "joint") return Usage();

  if (o.gum.empty()) {
    if (o.eval.empty() || o.model.empty()) return Usage();
    auto bytes = newsmill::ReadFileToString(o.model);
    if (!bytes.ok()) {
      std::fprintf(stderr, "newsmill-train: %s\n",
                   bytes.status().message().c_str());
      return 1;
    }
    auto t0 = std::chrono::steady_clock::now();
    auto model = ns::SyntaxModel::Load(*bytes, o.model);
    if (!model.ok()) {
      std::fprintf(stderr, "newsmill-train: %s\n",
                   model.status().message().c_str());
      return 1;
    }
    double ms = std::chrono::duration<double, std::milli>(
                    std::chrono::steady_clock::now() - t0)
                    .count();
    if ((*model)->trained_with_wordnet() && o.wordnet != "none") {
      auto t2 = std::chrono::steady_clock::now();
      auto wn = LoadWordNet(o.wordnet);
      double wms = std::chrono::duration<double, std::milli>(
                       std::chrono::steady_clock::now() - t2)
                       .count();
      std::printf("WordNet %s: %s in %.1f ms\n", o.wordnet.c_str(),
                  wn ? "loaded" : "absent", wms);
      (*model)->AttachWordNet(wn);
      g_wordnet = wn;
    }
    std::printf("model %s: %.1f MB, loaded in %.1f ms\n", o.model.c_str(),
                bytes->size() / 1e6, ms);
    if (margin >= 0) (*model)->set_parser_margin(margin);
    std::printf("parser margin %d\n", (*model)->parser().margin());
    return Evaluate(**model, o.eval, by_genre);
  }
  if (o.out.empty()) return Usage();

  std::shared_ptr<const ns::WordNet> wordnet = LoadWordNet(o.wordnet);
  if (o.wordnet != "none" && wordnet == nullptr) return 1;
  auto docs = ReadTreebank(o.gum);
  if (!docs.ok()) {
    std::fprintf(stderr, "newsmill-train: %s\n",
                 docs.status().message().c_str());
    return 1;
  }
  // Class inventories, sorted for a stable model.
  std::set<std::string> tag_set, label_set;
  std::vector<const ns::ConlluDocument*> used;
  int skipped = 0;
  for (const auto& d : *docs) {
    std::string genre = GenreOf(d.id);
    if (std::find(o.exclude.begin(), o.exclude.end(), genre) !=
        o.exclude.end()) {
      ++skipped;
      continue;
    }
    used.push_back(&d);
    for (const auto& s : d.sentences)
      for (const auto& w : s.words) {
        tag_set.insert(TagName(w, o.tags));
        label_set.insert(w.deprel);
      }
  }
  label_set.insert("root");
  std::vector<std::string> tag_names(tag_set.begin(), tag_set.end());
  std::vector<std::string> label_names(label_set.begin(), label_set.end());
  if (tag_names.size() > static_cast<size_t>(ns::kMaxClasses) ||
      label_names.size() > 64) {
    std::fprintf(stderr,
                 "newsmill-train: too many classes (%zu tags, %zu labels)\n",
                 tag_names.size(), label_names.size());
    return 1;
  }
  auto index_of = [](const std::vector<std::string>& v, const std::string& s) {
    return static_cast<uint8_t>(std::lower_bound(v.begin(), v.end(), s) -
                                v.begin());
  };
  int root_label = index_of(label_names, "root");

  std::vector<Example> data;
  long words = 0;
  int lifted = 0;
  for (const auto* d : used) {
    for (const auto& s : d->sentences) {
      Example e;
      e.genre = GenreOf(d->id);
      int n = static_cast<int>(s.words.size());
      for (const auto& w : s.words) {
        e.forms.push_back(w.form);
        e.atoms.push_back(ns::ComputeWordAtoms(w.form, wordnet.get()));
        e.gold_tags.push_back(index_of(tag_names, TagName(w, o.tags)));
        e.gold_heads.push_back(w.head <= 0 ? n : w.head - 1);
        e.gold_labels.push_back(index_of(label_names, w.deprel));
      }
      e.proj_heads = e.gold_heads;
      lifted += ns::Projectivize(&e.proj_heads);
      words += n;
      data.push_back(std::move(e));
    }
  }
  std::fprintf(
      stderr,
      "newsmill-train: %zu documents (%d left out by genre), %zu sentences, "
      "%ld words, %zu tag classes, %zu labels, %d arcs lifted\n",
      used.size(), skipped, data.size(), words, tag_names.size(),
      label_names.size(), lifted);

  // Jackknifed tags for the parser: each fold tagged by a tagger trained on
  // the others, so the parser learns from tags as good as it will see.
  auto t0 = std::chrono::steady_clock::now();
  if (o.folds > 1) {
    long correct = 0, total = 0;
    for (int f = 0; f < o.folds; ++f) {
      std::vector<Example*> train, held;
      for (size_t i = 0; i < data.size(); ++i)
        (static_cast<int>(i % o.folds) == f ? held : train).push_back(&data[i]);
      Options fo = o;
      fo.verbose = false;
      ns::Tagger t =
          TrainTagger(train, static_cast<int>(tag_names.size()), fo, 1000 + f);
      for (Example* e : held) {
        e->pred_tags.assign(e->atoms.size(), 0);
        t.Tag(e->atoms.data(), static_cast<int>(e->atoms.size()),
              e->pred_tags.data());
        for (size_t i = 0; i < e->atoms.size(); ++i) {
          correct += e->pred_tags[i] == e->gold_tags[i];
          ++total;
        }
      }
    }
    std::fprintf(stderr,
                 "newsmill-train: jackknifed tag accuracy %.4f (%d folds)\n",
                 static_cast<double>(correct) / total, o.folds);
  } else {
    for (Example& e : data) e.pred_tags = e.gold_tags;
  }
  std::vector<Example*> all;
  for (Example& e : data) all.push_back(&e);
  ns::Tagger tagger =
      TrainTagger(all, static_cast<int>(tag_names.size()), o, 7);
  auto t1 = std::chrono::steady_clock::now();
  std::fprintf(
      stderr,
      "newsmill-train: tagger %zu rows, %zu dictionary words (%.1f s)\n",
      tagger.weights().num_rows(), tagger.dictionary().size(),
      std::chrono::duration<double>(t1 - t0).count());
  ns::Parser parser =
      TrainParser(data, static_cast<int>(label_names.size()), root_label,
                  ns::SyntaxModel::FixedLabels(tag_names, label_names), o, 11);
  auto t2 = std::chrono::steady_clock::now();
  std::fprintf(
      stderr, "newsmill-train: parser %zu move rows, %zu label rows (%.1f s)\n",
      parser.moves().num_rows(), parser.labels().num_rows(),
      std::chrono::duration<double>(t2 - t1).count());

  ns::SyntaxModel model(tag_names, std::move(tagger), label_names,
                        std::move(parser));
  model.set_trained_with_wordnet(wordnet != nullptr);
  model.set_arc_labels(ArcLabelTable(data, static_cast<int>(tag_names.size()),
                                     static_cast<int>(label_names.size())));
  {
    // The parser's early-decision margin, from the training sentences
    // tagged and parsed by the finished model.
    model.AttachWordNet(wordnet);
    std::vector<std::vector<std::string_view>> sentences;
    for (const Example& e : data)
      sentences.emplace_back(e.forms.begin(), e.forms.end());
    ns::SyntaxModel::Scratch scratch;
    const int32_t margin = model.CalibrateMargin(sentences, &scratch);
    std::fprintf(stderr, "newsmill-train: parser margin %d\n", margin);
  }
  std::string bytes = model.Serialize();
  FILE* f = std::fopen(o.out.c_str(), "wb");
  if (f == nullptr ||
      std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() ||
      std::fclose(f) != 0) {
    std::fprintf(stderr, "newsmill-train: cannot write %s\n", o.out.c_str());
    return 1;
  }
  std::fprintf(stderr, "newsmill-train: wrote %s (%.1f MB)\n", o.out.c_str(),
               bytes.size() / 1e6);
  if (!o.eval.empty()) {
    auto loaded = ns::SyntaxModel::Load(bytes, o.out);
    if (!loaded.ok()) {
      std::fprintf(stderr, "newsmill-train: %s\n",
                   loaded.status().message().c_str());
      return 1;
    }
    (*loaded)->AttachWordNet(wordnet);
    g_wordnet = wordnet;
    return Evaluate(**loaded, o.eval, by_genre);
  }
  return 0;
}

#include "syntax/syntax_stage.h"

#include <atomic>
#include <future>
#include <chrono>
#include <cstring>

#include "base/embedded_data.h"
#include "syntax/clauses.h"
#include "syntax/lemmatizer.h"
#include "syntax/model.h"
#include "syntax/wordnet.h"

namespace newsmill {
namespace syntax {

static_assert(kMaxParseWords <= kMaxArcLength,
              "RepairParse looks for children within kMaxArcLength tokens");

SyntaxResources::~SyntaxResources() = default;

namespace {

// The parser's model and its fixed tags (neither needs WordNet).
Status LoadModel(const PipelineOptions& options, SyntaxResources* r) {
  std::string storage;  // the model read from options.data_dir, if there
  auto bytes = DataFileView("syntax/model.bin", options.data_dir, &storage);
  if (!bytes.ok()) return bytes.status();
  auto model = SyntaxModel::Load(*bytes, "data/syntax/model.bin");
  if (!model.ok()) return model.status();
  r->model = std::move(model.value());
  auto fixed = ReadDataFile("syntax/fixed_tags.tsv", options.data_dir);
  if (!fixed.ok()) return fixed.status();
  NEWSMILL_RETURN_IF_ERROR(r->model->AddFixedTags(*fixed, "syntax/fixed_tags.tsv"));
  auto closed = ReadDataFile("syntax/closed_classes.tsv", options.data_dir);
  if (!closed.ok()) return closed.status();
  return r->model->SetClosedClass(*closed, "syntax/closed_classes.tsv");
}

}  // namespace

Result<std::shared_ptr<const SyntaxResources>> LoadSyntaxResources(
    const PipelineOptions& options) {
  static std::atomic<uint64_t> next_id{1};
  auto r = std::make_shared<SyntaxResources>();
  r->id = next_id.fetch_add(1);
  // WordNet (read from disk) loads on a second thread while this one loads
  // the model, which needs it only once loaded.
  std::future<Result<std::unique_ptr<WordNet>>> wordnet;
  if (!options.wordnet_dir.empty()) {
    wordnet = std::async(std::launch::async,
                         [dir = options.wordnet_dir] { return WordNet::Load(dir); });
  }
  Status model_status = LoadModel(options, r.get());
  if (wordnet.valid()) {
    auto wn = wordnet.get();
    if (wn.ok()) {
      r->wordnet = std::shared_ptr<const WordNet>(std::move(wn.value()));
    } else if (wn.status().code() != StatusCode::kNotFound) {
      return wn.status();
    }
  }
  if (!model_status.ok()) return model_status;
  if (r->model->trained_with_wordnet()) r->model->AttachWordNet(r->wordnet);

  auto table = ReadDataFile("syntax/lemmas.tsv", options.data_dir);
  if (!table.ok()) return table.status();
  auto irregular = ReadDataFile("syntax/irregular_verbs.tsv", options.data_dir);
  if (!irregular.ok()) return irregular.status();
  auto lemmatizer = Lemmatizer::Create(*table, *irregular, r->wordnet);
  if (!lemmatizer.ok()) return lemmatizer.status();
  r->lemmatizer = std::move(lemmatizer.value());

  auto words = ReadDataFile("syntax/clause_words.tsv", options.data_dir);
  if (!words.ok()) return words.status();
  auto lexicon = ClauseLexicon::Parse(*words);
  if (!lexicon.ok()) return lexicon.status();
  r->clause_words = std::move(lexicon.value());
  return std::shared_ptr<const SyntaxResources>(std::move(r));
}

namespace {

// Words analysed together (SyntaxModel::AnalyzeAll): the pieces of up to
// this many words of consecutive sentences.
constexpr size_t kWindowWords = 2048;

// A sentence, or a piece of one of at most kMaxParseWords words.
struct Piece {
  uint32_t sentence_begin;  // the sentence's first token
  uint32_t begin, end;      // the piece's tokens
};

// Per-thread buffers, reused across documents.
struct ThreadScratch {
  uint64_t owner = 0;  // SyntaxResources::id
  SyntaxModel::Scratch model;
  std::vector<Piece> pieces;
  std::vector<std::vector<std::string_view>> words;  // per piece
  std::vector<SentenceParse> parses;                 // per piece
  std::vector<std::vector<uint8_t>> hints;           // per piece
  // Per piece, the token (offset in the piece) of each word given to the
  // model: party labels after names are left out (PartyLabelEnd).
  std::vector<std::vector<uint32_t>> kept;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> labels;  // tokens left out
  // CapitalHints' per token, its scratch, and the words of kCommonHint
  // tokens in lower case.
  std::vector<uint8_t> doc_hints;
  KeyIndex names, lower;
  std::string lowered;
  // Lemmas by (form, part of speech), for the words whose lemma needs no
  // context.
  KeyIndex lemma_index;
  std::vector<std::string> lemmas;
};

constexpr size_t kMaxCachedLemmas = 1 << 16;

// Forms whose lemma depends on the next word ("'s been", "her house").
bool NeedsContext(std::string_view f) {
  if (f.size() > 4) return false;
  if (f == "her" || f == "Her" || f == "HER") return true;
  return f.find('\'') != std::string_view::npos ||
         f.find("\xE2\x80\x99") != std::string_view::npos;
}

// A party label after a name, "(D-N.Y.)", "(R)", "(I-Vt.)", as American
// news writes them after a legislator's name, starting at token i (the
// opening parenthesis): one past its closing parenthesis, or 0. The tagger
// and the parser never saw such labels in training and tangle the sentence
// around them; they are left out of the model's words and hung on the name
// afterwards.
uint32_t PartyLabelEnd(const Document& doc, uint32_t i, uint32_t begin, uint32_t end) {
  if (i <= begin || i + 2 >= end || doc.TokenText(i) != "(") return 0;
  const std::string_view name = doc.TokenText(i - 1);
  if (name.empty() || name[0] < 'A' || name[0] > 'Z') return 0;
  const std::string_view party = doc.TokenText(i + 1);
  if (party != "D" && party != "R" && party != "I") return 0;
  for (uint32_t k = i + 2; k < end && k < i + 8; ++k) {
    const std::string_view w = doc.TokenText(k);
    if (w == ")") return k + 1;
    if (w.empty() || (w != "-" && w != "." && (w[0] < 'A' || w[0] > 'Z'))) return 0;
  }
  return 0;
}

// "Cook", "Brown": a capital, then lower-case letters (a hyphen allowed).
bool Capitalized(std::string_view w) {
  if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
  bool lower = false;
  for (size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (!(c >= 'A' && c <= 'Z') && c != '-') {
      return false;
    }
  }
  return lower;
}

// Whether a capital on the token after prev says nothing: an opening
// quotation mark, a colon, a dash or a bracket before it.
bool OpensSomething(std::string_view prev) {
  return prev == "\"" || prev == "'" || prev == "\xE2\x80\x9C" ||
         prev == "\xE2\x80\x98" || prev == ":" || prev == "(" ||
         prev == "[" || prev == "-" || prev == "--" ||
         prev == "\xE2\x80\x94" || prev == "\xE2\x80\x93";
}

// The hash of a Capitalized word written with a small initial.
uint64_t LowerInitialHash(std::string_view w) {
  char buf[64];
  if (w.size() > sizeof(buf)) return HashString(w);
  std::memcpy(buf, w.data(), w.size());
  buf[0] = static_cast<char>(buf[0] - 'A' + 'a');
  return HashString(std::string_view(buf, w.size()));
}

// What a token's capital says, from how the document writes its word
// elsewhere (CapitalHints).
enum CapitalHint : uint8_t {
  kNoHint = 0,
  // At the start of a sentence or after an opening quotation mark, a word
  // the document writes capitalised where a capital means a name (inside
  // a sentence not in title case) and never in lower case: "Cook signed
  // the deal" after "... brokered by Tim Cook".
  kNameHint = 1,
  // In a line in title case, a word the document writes in lower case and
  // never capitalised inside a sentence: "Tells" in "Senator Tells Voters
  // Reform Will Wait", when the article reads "tells".
  kCommonHint = 2,
};

// Whether sentence s is a line in title case ("Hillary Clinton Was Headed
// to ER"): no word of four letters or more in lower case, three or more.
bool TitleCase(const Document& doc, const Sentence& s, uint32_t end) {
  int long_words = 0;
  for (uint32_t i = s.token_begin; i < end; ++i) {
    std::string_view w = doc.TokenText(i);
    if (w.size() < 4) continue;
    if (w[0] >= 'a' && w[0] <= 'z') return false;
    if (w[0] >= 'A' && w[0] <= 'Z') ++long_words;
  }
  return long_words >= 3;
}

// Per token of doc, its CapitalHint. Empty when no token has one.
void CapitalHints(const Document& doc, KeyIndex* names, KeyIndex* lower,
                  std::vector<uint8_t>* hints) {
  hints->clear();
  const uint32_t ntok = static_cast<uint32_t>(doc.tokens.size());
  auto at_start = [&](uint32_t i, uint32_t begin) {
    return i == begin || OpensSomething(doc.TokenText(i - 1));
  };
  *names = KeyIndex();
  *lower = KeyIndex();
  std::vector<uint8_t> title(doc.sentences.size(), 0);
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    const uint32_t end = std::min(s.token_end, ntok);
    title[k] = TitleCase(doc, s, end);
    for (uint32_t i = s.token_begin; i < end; ++i) {
      std::string_view w = doc.TokenText(i);
      if (w.empty()) continue;
      if (w[0] >= 'a' && w[0] <= 'z') {
        lower->Insert(HashString(w), 0);
      } else if (!title[k] && !at_start(i, s.token_begin) && Capitalized(w)) {
        names->Insert(LowerInitialHash(w), 0);
      }
    }
  }
  bool any = false;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    const uint32_t end = std::min(s.token_end, ntok);
    for (uint32_t i = s.token_begin; i < end; ++i) {
      std::string_view w = doc.TokenText(i);
      if (!Capitalized(w)) continue;
      const bool start = at_start(i, s.token_begin);
      if (!start && !title[k]) continue;
      const uint64_t key = LowerInitialHash(w);
      const bool named = names->Find(key) != KeyIndex::kMissing;
      const bool common = lower->Find(key) != KeyIndex::kMissing;
      uint8_t hint = kNoHint;
      if (start && named && !common) {
        hint = kNameHint;
      } else if (title[k] && common && !named) {
        hint = kCommonHint;
      }
      if (hint == kNoHint) continue;
      if (!any) hints->assign(ntok, kNoHint);
      any = true;
      (*hints)[i] = hint;
    }
  }
}

class SyntaxStage : public Stage {
 public:
  explicit SyntaxStage(std::shared_ptr<const SyntaxResources> res)
      : res_(std::move(res)) {}
  std::string_view name() const override { return "syntax"; }

  Status Annotate(Document& doc) const override {
    thread_local ThreadScratch tls;
    if (tls.owner != res_->id) {
      tls = ThreadScratch();
      tls.owner = res_->id;
    }
    const uint32_t ntok = static_cast<uint32_t>(doc.tokens.size());
    CapitalHints(doc, &tls.names, &tls.lower, &tls.doc_hints);
    // Pieces of at most kMaxParseWords words, analysed kWindowWords at a
    // time (SyntaxModel::AnalyzeAll parses them together).
    tls.pieces.clear();
    size_t words = 0;
    for (const Sentence& s : doc.sentences) {
      const uint32_t end = std::min(s.token_end, ntok);
      for (uint32_t b = s.token_begin; b < end; b += kMaxParseWords) {
        const uint32_t e = std::min<uint32_t>(end, b + kMaxParseWords);
        tls.pieces.push_back(Piece{s.token_begin, b, e});
        words += e - b;
        if (words >= kWindowWords) {
          AnalyzePieces(&doc, &tls);
          tls.pieces.clear();
          words = 0;
        }
      }
    }
    AnalyzePieces(&doc, &tls);
    RepairParse(*res_->clause_words, &doc);
    BuildClauses(*res_->clause_words, *res_->lemmatizer, &doc);
    return Status::Ok();
  }

 private:
  // Tags, parses and lemmatises tls->pieces.
  void AnalyzePieces(Document* doc, ThreadScratch* tls) const {
    const SyntaxModel& model = *res_->model;
    tls->words.resize(tls->pieces.size());
    tls->hints.resize(tls->pieces.size());
    tls->kept.resize(tls->pieces.size());
    tls->labels.resize(tls->pieces.size());
    const bool hints = !tls->doc_hints.empty();
    // The words of kCommonHint tokens are tagged in lower case (room for
    // them all first: the views must not move).
    size_t room = 0;
    if (hints) {
      for (const Piece& p : tls->pieces)
        for (uint32_t i = p.begin; i < p.end; ++i)
          if (tls->doc_hints[i] == kCommonHint) room += doc->TokenText(i).size();
    }
    tls->lowered.clear();
    tls->lowered.reserve(room);
    for (size_t k = 0; k < tls->pieces.size(); ++k) {
      const Piece& p = tls->pieces[k];
      tls->words[k].clear();
      tls->hints[k].clear();
      tls->kept[k].clear();
      tls->labels[k].clear();
      for (uint32_t i = p.begin; i < p.end; ++i) {
        if (const uint32_t skip = PartyLabelEnd(*doc, i, p.begin, p.end); skip > 0) {
          tls->labels[k].emplace_back(i, skip);
          i = skip - 1;
          continue;
        }
        tls->kept[k].push_back(i - p.begin);
        std::string_view w = doc->TokenText(i);
        if (hints && tls->doc_hints[i] == kCommonHint) {
          const size_t at = tls->lowered.size();
          tls->lowered.append(w);
          tls->lowered[at] = static_cast<char>(tls->lowered[at] - 'A' + 'a');
          w = std::string_view(tls->lowered).substr(at, w.size());
        }
        tls->words[k].push_back(w);
        if (hints) tls->hints[k].push_back(tls->doc_hints[i] == kNameHint);
      }
    }
    model.AnalyzeAll(tls->words, &tls->parses, &tls->model, nullptr,
                     &tls->hints);
    for (size_t k = 0; k < tls->pieces.size(); ++k) {
      const Piece& p = tls->pieces[k];
      const SentenceParse& parse = tls->parses[k];
      const std::vector<uint32_t>& kept = tls->kept[k];
      for (uint32_t x = 0; x < kept.size(); ++x) {
        Token& t = doc->tokens[p.begin + kept[x]];
        t.pos = model.TagUpos(parse.tags[x]);
        const int h = parse.heads[x];
        t.head = h < 0 ? -1 : static_cast<int32_t>(p.begin + kept[h]);
        t.dep = h < 0 ? Dep::kRoot : model.LabelDep(parse.labels[x]);
      }
      // The party labels left out: the party letter an apposition of the
      // name, the state its flat name, the marks its punctuation.
      for (const auto& [i, skip] : tls->labels[k]) {
        const int32_t party = static_cast<int32_t>(i) + 1;
        for (uint32_t j = i; j < skip; ++j) {
          Token& t = doc->tokens[j];
          const std::string_view w = doc->TokenText(j);
          const bool mark = w == "(" || w == ")" || w == "-" || w == ".";
          t.pos = mark ? Upos::kPunct : Upos::kPropn;
          t.head = static_cast<int32_t>(j) == party ? static_cast<int32_t>(i) - 1 : party;
          t.dep = static_cast<int32_t>(j) == party ? Dep::kAppos
                                                    : (mark ? Dep::kPunct : Dep::kFlat);
        }
      }
      for (uint32_t i = p.begin; i < p.end; ++i)
        doc->tokens[i].lemma = LemmaOf(*doc, i, p.sentence_begin, p.end, tls);
    }
  }

  std::string LemmaOf(const Document& doc, uint32_t i, uint32_t sentence_begin,
                      uint32_t end, ThreadScratch* tls) const {
    const Token& t = doc.tokens[i];
    std::string_view form = doc.TokenText(i);
    Lemmatizer::Context ctx;
    ctx.sentence_start = i == sentence_begin;
    if (i + 1 < end) {
      ctx.next = doc.TokenText(i + 1);
      ctx.next_pos = doc.tokens[i + 1].pos;
    }
    if (NeedsContext(form)) return res_->lemmatizer->Lemma(form, t.pos, ctx);
    uint64_t key = HashString(form) * 31 + static_cast<uint64_t>(t.pos) * 2 +
                   (ctx.sentence_start && t.pos == Upos::kAdj ? 1 : 0);
    uint32_t r = tls->lemma_index.Find(key);
    if (r != KeyIndex::kMissing) return tls->lemmas[r];
    if (tls->lemmas.size() >= kMaxCachedLemmas) {
      tls->lemmas.clear();
      tls->lemma_index = KeyIndex();
    }
    std::string lemma = res_->lemmatizer->Lemma(form, t.pos, ctx);
    tls->lemma_index.Insert(key, static_cast<uint32_t>(tls->lemmas.size()));
    tls->lemmas.push_back(lemma);
    return lemma;
  }

  std::shared_ptr<const SyntaxResources> res_;
};

}  // namespace
}  // namespace syntax

Result<std::unique_ptr<Stage>> NewSyntaxStage(const Resources& resources) {
  if (resources.syntax == nullptr) {
    return Status::Internal("syntax stage created without its resources");
  }
  return std::unique_ptr<Stage>(new syntax::SyntaxStage(resources.syntax));
}

}  // namespace newsmill

#include "time/times_stage.h"

#include <algorithm>

#include "base/date.h"
#include "base/strings.h"
#include "entities/dating.h"
#include "time/published_date.h"
#include "time/quantity.h"
#include "time/time_tagger.h"

namespace newsmill {
namespace {

// Words whose final dot does not end a sentence.
bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {
      "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "jr", "sr", "inc",
      "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
      "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s",
      "u.k", "u.n", "e.g", "i.e", "etc", "approx", "est", "ft", "mt"};
  std::string lower = ToLowerAscii(w);
  if (lower.size() == 1) return true;  // initials
  for (std::string_view a : kAbbrev)
    if (lower == a) return true;
  return false;
}

class TimesStage : public Stage {
 public:
  TimesStage(std::unique_ptr<TimeTagger> tagger, std::optional<Date> ref)
      : tagger_(std::move(tagger)), reference_(ref) {}

  std::string_view name() const override { return "times"; }

  Status Annotate(Document& doc) const override {
    doc.times.clear();
    doc.quantities.clear();
    std::vector<Span> sentences;
    if (!doc.sentences.empty()) {
      sentences.reserve(doc.sentences.size());
      for (const Sentence& s : doc.sentences) sentences.push_back(s.span);
    } else {
      sentences = FallbackSentences(doc.text);
    }
    // The dateline and a weekday with a date sit in the first sentences:
    // when the date is to be inferred, those are scanned first and kept.
    // Every other sentence is scanned, resolved and searched for
    // quantities in one scratch, while its tokens are in the cache.
    constexpr size_t kDatelineSentences = 8;
    thread_local std::vector<TimeScratch> scans;
    size_t scanned = 0;  // sentences [0, scanned) are in scans[i]
    if (doc.published.empty()) {
      scanned = std::min(sentences.size(), kDatelineSentences);
      if (scans.size() < scanned) scans.resize(scanned);
      for (size_t i = 0; i < scanned; ++i)
        tagger_->Scan(doc.text, sentences[i], &scans[i]);
      std::optional<PublishedGuess> g =
          InferPublished(doc, {scans.data(), scanned}, reference_);
      if (g) {
        doc.published = g->date.ToString();
        doc.published_from = g->from;
        ResolveEntityCodes(doc, g->date.ToInt());
      }
    }
    TimexContext ctx;
    ctx.dct = ParseIsoDate(doc.published);

    // Tense from the syntax layer: the clause whose verb the expression
    // hangs from (following heads), when that layer ran.
    TenseLookup syntax_tense;
    thread_local std::vector<int32_t> verb_clause;
    size_t cursor = 0;  // the token where the last span looked up began
    size_t sentence_first = 0;  // the first token of the sentence resolved
    if (!doc.clauses.empty() && !doc.tokens.empty()) {
      verb_clause.assign(doc.tokens.size(), -1);
      for (size_t c = 0; c < doc.clauses.size(); ++c) {
        int32_t v = doc.clauses[c].verb;
        if (v >= 0 && static_cast<size_t>(v) < verb_clause.size())
          verb_clause[v] = static_cast<int32_t>(c);
      }
      syntax_tense = [&doc, &cursor, &sentence_first](const Span& span, bool* past_perfect) {
        // The first token that ends after the span's start. Spans come in
        // text order: walk on from the last one (the tokens are read in
        // order, not probed all over a cold document), unless it lies
        // beyond this start.
        if (cursor > 0 && doc.tokens[cursor - 1].span.end > span.begin) {
          cursor = static_cast<size_t>(
              std::lower_bound(
                  doc.tokens.begin(), doc.tokens.end(), span.begin,
                  [](const Token& t, uint32_t b) { return t.span.end <= b; }) -
              doc.tokens.begin());
        }
        // Skip to the span's sentence: the tokens before it end before it
        // (the walk would read every token of the sentences between).
        if (cursor < sentence_first && sentence_first <= doc.tokens.size() &&
            doc.tokens[sentence_first - 1].span.end <= span.begin)
          cursor = sentence_first;
        while (cursor < doc.tokens.size() &&
               doc.tokens[cursor].span.end <= span.begin)
          ++cursor;
        auto it = doc.tokens.begin() + static_cast<std::ptrdiff_t>(cursor);
        if (it == doc.tokens.end() || it->span.begin >= span.end)
          return Tense::kNone;
        int32_t t = static_cast<int32_t>(it - doc.tokens.begin());
        for (int step = 0; step < 32 && t >= 0; ++step) {
          if (verb_clause[t] >= 0) {
            const Clause& c = doc.clauses[verb_clause[t]];
            Tense tense = c.tense;
            bool perfect = c.aspect == Aspect::kPerfect ||
                           c.aspect == Aspect::kPerfectProgressive;
            // For dating, a present perfect looks back ("has said
            // Monday"); would/may/plans to look ahead unless perfect
            // ("would have met").
            if (tense == Tense::kPresent && perfect) tense = Tense::kPast;
            else if (tense == Tense::kPast && perfect && past_perfect != nullptr)
              *past_perfect = true;
            // A bare past participle after its noun is past: "the decision,
            // announced Wednesday by the agency", "troops deployed Monday".
            if (tense == Tense::kNone && c.relation == Dep::kAcl && c.passive &&
                c.first_verb_token == c.verb)
              tense = Tense::kPast;
            if (!perfect && (c.modality == Modality::kConditional ||
                             c.modality == Modality::kPossibility ||
                             c.modality == Modality::kIntent))
              tense = Tense::kFuture;
            // A plain present says little about the date ("is to resume
            // Tuesday", headline present): let the words decide.
            if (tense != Tense::kNone && tense != Tense::kPresent) return tense;
          }
          t = doc.tokens[t].head;
        }
        return Tense::kNone;
      };
    }
    const TenseLookup* lookup = syntax_tense ? &syntax_tense : nullptr;
    thread_local TimeScratch scratch;
    for (size_t i = 0; i < sentences.size(); ++i) {
      const TimeScratch* s = &scratch;
      if (i < scanned) s = &scans[i];
      else tagger_->Scan(doc.text, sentences[i], &scratch);
      if (i < doc.sentences.size()) sentence_first = doc.sentences[i].token_begin;
      tagger_->Resolve(doc.text, *s, static_cast<uint32_t>(i), lookup, &ctx,
                       &doc.times);
      FindQuantities(doc.text, *s, tagger_->grammar(), &doc.quantities);
    }
    return Status::Ok();
  }

 private:
  std::unique_ptr<TimeTagger> tagger_;
  std::optional<Date> reference_;
};

}  // namespace

std::vector<Span> FallbackSentences(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && IsAsciiSpace(text[b])) ++b;
    while (e > b && IsAsciiSpace(text[e - 1])) --e;
    if (e > b) out.push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      emit(i);
      continue;
    }
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')'))
      ++j;
    if (j >= text.size() || text[j] != ' ') continue;
    size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k >= text.size() || !(IsAsciiUpper(text[k]) || text[k] == '"')) continue;
    if (c == '.') {
      size_t w = i;
      while (w > start && (IsAsciiAlpha(text[w - 1]) || text[w - 1] == '.')) --w;
      if (w < i && IsAbbreviation(text.substr(w, i - w))) continue;
    }
    emit(j);
  }
  emit(text.size());
  return out;
}

Result<std::unique_ptr<Stage>> NewTimesStage(const Resources& resources) {
  auto tagger = TimeTagger::Create(resources.options.data_dir);
  if (!tagger.ok()) return tagger.status();
  std::optional<Date> ref;
  if (!resources.options.reference_date.empty()) {
    ref = ParseIsoDate(resources.options.reference_date);
    if (!ref)
      return Status::InvalidArgument("reference date '" +
                                     resources.options.reference_date +
                                     "' is not an ISO date");
  }
  return std::unique_ptr<Stage>(
      new TimesStage(std::move(tagger.value()), ref));
}

}  // namespace newsmill

#include "time/time_tagger.h"

#include <cstdio>

#include "base/date.h"
#include "time/tense_guess.h"

namespace newsmill {

Result<std::unique_ptr<TimeTagger>> TimeTagger::Create(
    const std::string& data_dir) {
  auto g = TimeGrammar::Create(data_dir);
  if (!g.ok()) return g.status();
  std::unique_ptr<TimeTagger> t(new TimeTagger());
  t->grammar_ = std::move(g.value());
  const TimeVocabulary& vocab = t->grammar_->vocab();
  t->as_ = vocab.Find("as");
  t->soon_ = vocab.Find("soon");
  t->possessive_ = vocab.Find("'s");
  t->the_ = vocab.Find("the");
  return t;
}

void TimeTagger::Scan(std::string_view text, const Span& sentence,
                      TimeScratch* s) const {
  s->toks.clear();
  s->matches.clear();
  // Most sentences have no time expression and no number.
  if (!grammar_->MayHaveMatches(text, sentence.begin, sentence.end)) return;
  ScanTimeTokens(text, sentence.begin, sentence.end, grammar_->vocab(),
                 &s->toks);
  grammar_->Match(s->toks, &s->matches);
}

void TimeTagger::Resolve(std::string_view text, const TimeScratch& s,
                         uint32_t sentence, const TenseLookup* tense,
                         TimexContext* ctx,
                         std::vector<TimeExpr>* out) const {
  for (const TimeMatch& m : s.matches) {
    if (m.dropped || m.frame.literal == "NONE") continue;
    Span span{s.toks[m.tok_begin].begin, s.toks[m.tok_end - 1].end};
    Tense t = Tense::kNone;
    bool past_perfect = false;
    if (tense != nullptr && *tense) t = (*tense)(span, &past_perfect);
    if (t == Tense::kNone) t = GuessTense(s.toks, m.tok_begin, m.tok_end, text);
    ctx->tense = t;
    // Words that fix the direction: until/effective Friday, since May, by
    // Friday (when the clause has no tense), Thursday's (closing price).
    ctx->lean = 0;
    if (m.tok_begin > 0) {
      const TimeToken& p = s.toks[m.tok_begin - 1];
      // (Not in a past perfect clause: what had held until Thursday held
      // until a past Thursday.)
      if (p.Has(kTcLeanForward)) ctx->lean = past_perfect ? 0 : 1;
      else if (p.Has(kTcLeanBack)) ctx->lean = -1;
      else if (p.Has(kTcLeanForwardWeak) &&
               (t == Tense::kNone || t == Tense::kPresent))
        ctx->lean = 1;
      // "as soon as Tuesday"
      if (m.tok_begin > 2 && as_ >= 0 && p.entry == as_ && soon_ >= 0 &&
          s.toks[m.tok_begin - 2].entry == soon_)
        ctx->lean = 1;
    }
    if (m.tok_end < s.toks.size() && possessive_ >= 0 &&
        s.toks[m.tok_end].entry == possessive_ && ctx->lean == 0)
      ctx->lean = -1;
    // A date naming a thing between "the" and its noun ("the Feb. 23
    // accord", "the March 5 election") in a future clause is the nearer
    // one: the future is another event's. (A past clause's stays back:
    // "since the Oct. 23 slaying".)
    if ((ctx->tense == Tense::kFuture || ctx->lean > 0) && m.tok_begin > 0 && the_ >= 0 &&
        s.toks[m.tok_begin - 1].entry == the_ &&
        m.tok_end < s.toks.size() && s.toks[m.tok_end].kind == TimeTokenKind::kWord &&
        s.toks[m.tok_end].entry < 0 && !s.toks[m.tok_end].HasFlag(TimeToken::kCapitalized) &&
        m.frame.has(FrameField::kMonth) && m.frame.has(FrameField::kDay) &&
        !m.frame.has(FrameField::kYear)) {
      ctx->tense = Tense::kNone;
      ctx->lean = 0;
    }
    NormalizedTimex v;
    if (!NormalizeTimex(m.frame, *ctx, &v)) continue;
    if (v.ref_gran != TimeUnit::kNone && v.type != TimexType::kDuration &&
        v.type != TimexType::kSet) {
      ctx->ref = v.ref;
      ctx->ref_gran = v.ref_gran;
      if (v.ref_gran == TimeUnit::kDay) ctx->ref_day = v.ref;
      if (v.ref_gran == TimeUnit::kQuarter &&
          m.frame.has(FrameField::kQuarter))
        ctx->ref_quarter = v.ref;
    }
    // A hyphen the scanner joined to the front ("the October-to-December
    // quarter": "-December") is no part of the expression.
    while (span.end > span.begin + 1 && text[span.begin] == '-') ++span.begin;
    TimeExpr& e = out->emplace_back();
    e.span = span;
    e.type = v.type;
    e.value = std::move(v.value);
    e.sentence = sentence;
    AddCoordinatedDay(text, s, m, sentence, out);
  }
}

// "April 24 and 25", "on March 3 or 4": the bare day after a month and day
// is a date of that month (TimeML marks it on its own: "25").
void TimeTagger::AddCoordinatedDay(std::string_view text, const TimeScratch& s,
                                   const TimeMatch& m, uint32_t sentence,
                                   std::vector<TimeExpr>* out) const {
  const std::string& value = out->back().value;
  if (out->back().type != TimexType::kDate || value.size() != 10 || value[4] != '-' ||
      value[7] != '-' || m.tok_end + 1 >= s.toks.size())
    return;
  const TimeToken& last = s.toks[m.tok_end - 1];
  const TimeToken& conj = s.toks[m.tok_end];
  const TimeToken& day = s.toks[m.tok_end + 1];
  auto word = [&](const TimeToken& t) { return text.substr(t.begin, t.end - t.begin); };
  if (!last.Has(kTcDayNum) || last.kind != TimeTokenKind::kNumber ||
      (word(conj) != "and" && word(conj) != "or") || !day.Has(kTcDayNum) ||
      day.kind != TimeTokenKind::kNumber || !day.Has(kTcInt))
    return;
  // Not "April 24 and 25 people", "... and 25 percent", "and 25 May": the
  // day is followed by punctuation, the sentence's end or a function word.
  if (m.tok_end + 2 < s.toks.size()) {
    const TimeToken& after = s.toks[m.tok_end + 2];
    bool ok = after.kind == TimeTokenKind::kPunct;
    for (std::string_view f : {"in", "at", "on", "to", "for", "when", "as", "with", "during",
                               "after", "before", "and", "or", "but", "the", "is", "was",
                               "will", "were", "are", "by", "from"})
      ok = ok || word(after) == f;
    if (!ok) return;
  }
  const int d1 = static_cast<int>(last.num), d2 = static_cast<int>(day.num);
  if (d2 <= d1 || d2 > 31) return;
  char buf[12];  // (d2 is 1..31; room for any int keeps the compiler quiet)
  std::snprintf(buf, sizeof(buf), "%02d", d2);
  TimeExpr e;
  e.span = Span{day.begin, day.end};
  e.type = TimexType::kDate;
  e.value = value.substr(0, 8) + buf;
  e.sentence = sentence;
  out->push_back(std::move(e));
}

std::vector<TimeExpr> TimeTagger::TagText(std::string_view text,
                                          std::string_view dct,
                                          std::optional<Tense> tense) const {
  TimeScratch s;
  Scan(text, Span{0, static_cast<uint32_t>(text.size())}, &s);
  TimexContext ctx;
  if (!dct.empty()) ctx.dct = ParseIsoDate(dct);
  TenseLookup fixed;
  if (tense) fixed = [t = *tense](const Span&, bool*) { return t; };
  std::vector<TimeExpr> out;
  Resolve(text, s, 0, tense ? &fixed : nullptr, &ctx, &out);
  return out;
}

}  // namespace newsmill

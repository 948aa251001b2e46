#include "time/quantity.h"

#include <cmath>

#include "base/strings.h"

namespace newsmill {
namespace {

bool Is(const TimeToken& t, int32_t id) { return id >= 0 && t.entry == id; }

bool IsPunct(const TimeToken& t, std::string_view text, char c) {
  return t.kind == TimeTokenKind::kPunct && text[t.begin] == c;
}

}  // namespace

void FindQuantities(std::string_view text, const TimeScratch& s,
                    const TimeGrammar& g, std::vector<Quantity>* out) {
  const std::vector<TimeToken>& toks = s.toks;
  const TimeVocabulary& v = g.vocab();
  const TimeGrammar::Words& W = g.words();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Tokens inside time expressions (matches are sorted and disjoint; the
  // tokens asked about mostly move forward, so a cursor keeps this linear).
  size_t cursor = 0;
  auto in_time = [&s, &cursor](uint32_t i) {
    const std::vector<TimeMatch>& ms = s.matches;
    while (cursor > 0 && ms[cursor - 1].tok_end > i) --cursor;
    while (cursor < ms.size() && ms[cursor].tok_end <= i) ++cursor;
    return cursor < ms.size() && ms[cursor].tok_begin <= i;
  };
  // Sentences without a number have no quantity.
  bool any = false;
  for (const TimeToken& t : toks)
    if (t.classes & ((uint64_t{1} << kTcNumber) | (uint64_t{1} << kTcRange) |
                     (uint64_t{1} << kTcNumWord))) {
      any = true;
      break;
    }
  if (!any) return;

  uint32_t i = 0;
  while (i < n) {
    const TimeToken& t = toks[i];
    bool digits = t.Has(kTcNumber) || t.Has(kTcRange);
    bool words = t.Has(kTcNumWord) || Is(t, W.a) || Is(t, W.an);
    if (!(digits || words) || in_time(i)) {
      ++i;
      continue;
    }
    // Parts of names and codes: COVID-19, F-16, No. 10, glued to a word.
    if (digits && i > 0) {
      const TimeToken& p = toks[i - 1];
      bool glued = !t.HasFlag(TimeToken::kSpaceBefore);
      if ((glued && p.kind == TimeTokenKind::kWord) ||
          (glued && IsPunct(p, text, '-') && i > 1 &&
           toks[i - 2].kind == TimeTokenKind::kWord &&
           !toks[i - 2].Has(kTcNumWord)) ||
          Is(p, W.no) || Is(p, W.number) ||
          Is(p, W.hash)) {
        ++i;
        continue;
      }
    }
    Quantity q;
    double value = 0;
    uint32_t j;
    if (t.Has(kTcRange)) {
      value = t.a;
      q.value_max = t.b;
      j = i + 1;
    } else {
      j = g.ParseCardinal(toks, i, n, &value);
      if (j == i) {
        ++i;
        continue;
      }
    }
    uint32_t first = i;
    std::string unit;
    // Currency sign before: $40, US$ 5, €3.
    if (first > 0 && toks[first - 1].Has(kTcCurrency) &&
        toks[first - 1].kind == TimeTokenKind::kPunct) {
      unit = v.entry(toks[first - 1].entry).code;
      --first;
      if (first > 0 && Is(toks[first - 1], W.us) &&
          !toks[first].HasFlag(TimeToken::kSpaceBefore))
        --first;
    }
    // $5m, 136m euros, $3k: a multiplier glued to the number, when money
    // is on either side (else "100m" may be metres).
    if (j < n && !toks[j].HasFlag(TimeToken::kSpaceBefore) &&
        toks[j].kind == TimeTokenKind::kWord &&
        (Is(toks[j], W.m) || Is(toks[j], W.k)) &&
        (!unit.empty() || (j + 1 < n && toks[j + 1].Has(kTcCurrency)))) {
      value *= Is(toks[j], W.m) ? 1e6 : 1e3;
      ++j;
    }
    // 8.2bn is 8200000000, not 8199999999.999999.
    if (std::fabs(value) >= 1e3 &&
        std::fabs(value - std::round(value)) < 1e-6 * std::fabs(value))
      value = std::round(value);
    // Range: between 10 and 20, from 10 to 20, 10 to 20, 10 - 20.
    if (!q.value_max && j + 1 < n) {
      const TimeToken& sep = toks[j];
      bool between = first > 0 && Is(toks[first - 1], W.between);
      bool from = first > 0 && Is(toks[first - 1], W.from);
      // "$1.32 to $44.45" after "gained" is a change, not a range: a
      // second currency sign needs "from" or "between" before the first.
      bool second_sign = j + 1 < n && toks[j + 1].Has(kTcCurrency) &&
                         toks[j + 1].kind == TimeTokenKind::kPunct;
      if (second_sign && !between && !from) {
        // not a range
      } else if ((Is(sep, W.and_) && between) || Is(sep, W.to) ||
          (IsPunct(sep, text, '-') ||
           (sep.kind == TimeTokenKind::kPunct &&
            static_cast<unsigned char>(text[sep.begin]) == 0xE2))) {
        uint32_t k = j + 1;
        if (k < n && toks[k].Has(kTcCurrency) &&
            toks[k].kind == TimeTokenKind::kPunct)
          ++k;
        double hi = 0;
        uint32_t e = (k < n && !in_time(k)) ? g.ParseCardinal(toks, k, n, &hi)
                                            : k;
        if (e > k && hi > value) {
          q.value_max = hi;
          j = e;
          if (between) --first;
        }
      }
    }
    // Approximators before: about, nearly, some; more than, up to, at least,
    // as many as, an estimated.
    if (first > 0) {
      const TimeToken& p = toks[first - 1];
      if (p.Has(kTcApprox) && !Is(p, W.more) && !Is(p, W.less) &&
          !Is(p, W.fewer) && !Is(p, W.up) &&
          !Is(p, W.least) && !Is(p, W.as) &&
          !Is(p, W.close)) {
        q.approximate = true;
        --first;
        if (Is(p, W.estimated) && first > 0 &&
            (Is(toks[first - 1], W.an) || Is(toks[first - 1], W.a)))
          --first;
      } else if (first > 1) {
        const TimeToken& pp = toks[first - 2];
        if ((Is(p, W.than) &&
             (Is(pp, W.more) || Is(pp, W.less) ||
              Is(pp, W.fewer))) ||
            (Is(p, W.to) && (Is(pp, W.up) || Is(pp, W.close))) ||
            (Is(p, W.least) && Is(pp, W.at))) {
          q.approximate = true;
          first -= 2;
        } else if (Is(p, W.as) && first > 2 &&
                   (Is(pp, W.many) || Is(pp, W.much)) &&
                   Is(toks[first - 3], W.as)) {
          q.approximate = true;
          first -= 3;
        }
      }
    }
    // Unit after.
    uint32_t last = j;  // one past the last token of the span
    if (unit.empty() && j < n) {
      const TimeToken& u = toks[j];
      if (u.Has(kTcQuantityUnit) && v.entry(u.entry).code == "%") {
        unit = "%";
        last = j + 1;
      } else if (Is(u, W.per) && j + 1 < n &&
                 Is(toks[j + 1], W.cent)) {
        unit = "%";
        last = j + 2;
      } else if (u.Has(kTcCurrency) && u.kind == TimeTokenKind::kWord) {
        unit = v.entry(u.entry).code;
        last = j + 1;
      } else if (Is(u, W.us) && j + 1 < n &&
                 toks[j + 1].Has(kTcCurrency)) {
        unit = v.entry(toks[j + 1].entry).code;
        last = j + 2;
      } else {
        // A counted noun within three words: 100,000 Russian troops; the
        // last of a compound: 30 member countries.
        for (uint32_t k = j; k < n && k < j + 3; ++k) {
          const TimeToken& w = toks[k];
          if (w.kind != TimeTokenKind::kWord || in_time(k)) break;
          if (Is(w, W.of) || Is(w, W.and_) || Is(w, W.or_)) break;
          if (w.Has(kTcQuantityUnit)) {
            unit = v.entry(w.entry).code;
            last = k + 1;
          } else if (!unit.empty()) {
            break;
          }
        }
        if (unit.empty() && u.Has(kTcPlural) && !u.Has(kTcNumWord)) {
          std::string key;
          TimeLookupKey(text.substr(u.begin, u.end - u.begin), &key);
          unit = key;
          last = j + 1;
        }
      }
    }
    if (unit.empty() && !digits) {  // "one of them", "the two"
      i = j;
      continue;
    }
    q.span = Span{toks[first].begin, toks[last - 1].end};
    q.value = value;
    q.unit = std::move(unit);
    out->push_back(std::move(q));
    i = last;
  }
}

}  // namespace newsmill

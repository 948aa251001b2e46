#include "time/tense_guess.h"

#include <algorithm>

#include "base/strings.h"

namespace newsmill {
namespace {

enum Marker : uint8_t { kNoMarker = 0, kPresentMarker, kPastMarker, kFutureMarker };

Marker MarkerOf(const TimeToken& t, std::string_view text) {
  if (t.Has(kTcTenseFuture)) return kFutureMarker;
  if (t.Has(kTcTensePast)) return kPastMarker;
  if (t.Has(kTcTensePresent)) return kPresentMarker;
  // Regular past forms: a lower-case word of five letters or more in -ed.
  if (t.kind == TimeTokenKind::kWord && !t.Has(kTcNotInflected) &&
      t.end - t.begin >= 5 && text[t.end - 1] == 'd' &&
      text[t.end - 2] == 'e' && IsAsciiLower(text[t.begin]) &&
      text[t.end - 3] != 'e')
    return kPastMarker;
  return kNoMarker;
}

bool IsBoundary(const TimeToken& t, std::string_view text) {
  if (t.Has(kTcClauseBreak)) return true;
  if (t.kind != TimeTokenKind::kPunct) return false;
  char c = text[t.begin];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"')
    return true;
  // Curly quotes, dashes and ellipses (U+2010..U+2026) separate clauses; a
  // hyphen does only when set off by a space ("talks - which").
  if (static_cast<unsigned char>(c) == 0xE2) return true;
  return c == '-' && t.HasFlag(TimeToken::kSpaceBefore);
}

}  // namespace

Tense GuessTense(const std::vector<TimeToken>& toks, uint32_t b, uint32_t e,
                 std::string_view text) {
  const int n = static_cast<int>(toks.size());
  // A verb form within three tokens after a future auxiliary ("will be
  // held", "may have met") is future.
  auto mark = [&toks, &text](int i) {
    Marker m = MarkerOf(toks[i], text);
    if (m == kPastMarker || m == kPresentMarker)
      for (int j = i - 1; j >= 0 && j >= i - 3; --j)
        if (toks[j].Has(kTcFutureAux)) return kFutureMarker;
    return m;
  };
  // The expression's segment (within kReach tokens: a clause is short, and
  // a pathological "sentence" of megabytes must not make this quadratic).
  constexpr int kReach = 40;
  int lo = static_cast<int>(b) - 1;
  while (lo >= 0 && lo > static_cast<int>(b) - kReach &&
         !IsBoundary(toks[lo], text))
    --lo;
  int hi = static_cast<int>(e);
  while (hi < n && hi < static_cast<int>(e) + kReach &&
         !IsBoundary(toks[hi], text))
    ++hi;
  // The nearest marker: in the segment first, then anywhere (left first on
  // ties).
  Marker best = kNoMarker;
  for (int pass = 0; pass < 2 && best == kNoMarker; ++pass) {
    int from = pass == 0 ? lo + 1 : std::max(0, static_cast<int>(b) - kReach);
    int to = pass == 0 ? hi : std::min(n, static_cast<int>(e) + kReach);
    for (int d = 1; best == kNoMarker; ++d) {
      int l = static_cast<int>(b) - d, r = static_cast<int>(e) - 1 + d;
      bool any = false;
      if (l >= from) {
        any = true;
        best = mark(l);
      }
      if (best == kNoMarker && r < to) {
        any = true;
        best = mark(r);
      }
      if (!any) break;
    }
  }
  switch (best) {
    case kFutureMarker: return Tense::kFuture;
    case kPastMarker: return Tense::kPast;
    case kPresentMarker: return Tense::kPresent;
    default: return Tense::kNone;
  }
}

}  // namespace newsmill

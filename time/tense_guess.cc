#include "time/tense_guess.h"

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
  // Markers per token; a verb form after a future auxiliary ("will be
  // held", "may have met") is future.
  std::vector<Marker> mark(n);
  for (int i = 0; i < n; ++i) {
    mark[i] = MarkerOf(toks[i], text);
    if (mark[i] == kPastMarker || mark[i] == kPresentMarker)
      for (int j = i - 1; j >= 0 && j >= i - 3; --j)
        if (mark[j] == kFutureMarker) {
          mark[i] = kFutureMarker;
          break;
        }
  }
  // The expression's segment.
  int lo = static_cast<int>(b) - 1;
  while (lo >= 0 && !IsBoundary(toks[lo], text)) --lo;
  int hi = static_cast<int>(e);
  while (hi < n && !IsBoundary(toks[hi], text)) ++hi;
  // The nearest marker: in the segment first, then anywhere (left first on
  // ties).
  Marker best = kNoMarker;
  for (int pass = 0; pass < 2 && best == kNoMarker; ++pass) {
    int from = pass == 0 ? lo + 1 : 0, to = pass == 0 ? hi : n;
    for (int d = 1; best == kNoMarker; ++d) {
      int l = static_cast<int>(b) - d, r = static_cast<int>(e) - 1 + d;
      bool any = false;
      if (l >= from) {
        any = true;
        best = mark[l];
      }
      if (best == kNoMarker && r < to) {
        any = true;
        best = mark[r];
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

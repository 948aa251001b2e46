#include "text/boilerplate.h"

#include <string>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "text/chars.h"

namespace newsmill {
namespace {

constexpr size_t kMaxWords = 30;

// Lower-case words of the line (ASCII-folded; © counts as a word).
std::vector<std::string> Words(std::string_view s, bool* has_quote) {
  std::vector<std::string> words;
  std::string cur;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if (c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB)
      *has_quote = true;
    if (IsWordCp(c) || ((c == '\'' || c == 0x2019 || c == '-') && !cur.empty())) {
      if (c == 0x2019) c = '\'';
      if (c < 0x80) {
        cur.push_back(AsciiLower(static_cast<char>(c)));
      } else {
        AppendUtf8(c, &cur);
      }
      continue;
    }
    if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
    if (c == 0x00A9) words.emplace_back("\u00A9");
    if (words.size() > kMaxWords) break;
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

bool MatchesAt(const std::vector<std::string>& words, size_t at,
               const std::vector<std::string>& phrase) {
  if (at + phrase.size() > words.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i)
    if (words[at + i] != phrase[i]) return false;
  return true;
}

bool ReportsSpeech(const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (w == "said" || w == "says" || w == "told" || w == "according" ||
        w == "added" || w == "stated")
      return true;
  return false;
}

}  // namespace

bool IsBoilerplateLine(const TextRules& rules, std::string_view line) {
  bool has_quote = false;
  std::vector<std::string> words = Words(line, &has_quote);
  if (words.empty()) {
    // Nothing but punctuation or symbols: a separator ("* * *", "—").
    return !TrimAscii(line).empty();
  }
  if (words.size() > kMaxWords) return false;
  for (const BoilerplateCue& cue : rules.boilerplate_cues()) {
    if (cue.kind == BoilerplateCue::kWholeLine && cue.words == words) return true;
  }
  if (has_quote || ReportsSpeech(words)) return false;
  // Evidence besides the opening: promotional or consent vocabulary, an
  // exclamation, a colon after the opening word ("Watch: ...").
  bool vocabulary = false;
  for (const BoilerplateCue& cue : rules.boilerplate_cues()) {
    if (cue.kind != BoilerplateCue::kPromo && cue.kind != BoilerplateCue::kConsent)
      continue;
    for (size_t i = 0; i < words.size() && !vocabulary; ++i)
      vocabulary = MatchesAt(words, i, cue.words);
    if (vocabulary) break;
  }
  std::string_view trimmed = TrimAscii(line);
  const bool exclaims = !trimmed.empty() && trimmed.back() == '!';
  for (const BoilerplateCue& cue : rules.boilerplate_cues()) {
    if (cue.kind != BoilerplateCue::kOpening || !MatchesAt(words, 0, cue.words))
      continue;
    // A phrase ("sign up", "read more", "by submitting") is a call to action
    // by itself; a single word ("Watch", "Download", "©") could open an
    // ordinary sentence and needs more evidence.
    if (cue.words.size() >= 2) return true;
    size_t colon = trimmed.find(':');
    bool colon_after_first = colon != std::string_view::npos &&
                             colon <= cue.words[0].size() + 1;
    bool year_after = words.size() > 1 && words[1].size() == 4 &&
                      IsAsciiDigit(words[1][0]) && IsAsciiDigit(words[1][3]);
    if (colon_after_first || vocabulary || exclaims || year_after) return true;
  }
  // First-person consent anywhere in the line, with other consent or
  // promotional vocabulary ("I agree to the terms", not "I agree with that").
  int consent_cues = 0;
  for (const BoilerplateCue& cue : rules.boilerplate_cues()) {
    if (cue.kind != BoilerplateCue::kConsent && cue.kind != BoilerplateCue::kPromo)
      continue;
    for (size_t i = 0; i < words.size(); ++i)
      if (MatchesAt(words, i, cue.words)) ++consent_cues;
  }
  if (consent_cues < 2) return false;
  for (const BoilerplateCue& cue : rules.boilerplate_cues()) {
    if (cue.kind != BoilerplateCue::kConsent || cue.words.empty() ||
        cue.words[0] != "i")
      continue;
    for (size_t i = 0; i < words.size(); ++i)
      if (MatchesAt(words, i, cue.words)) return true;
  }
  return false;
}

}  // namespace newsmill

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
  // Cue occurrences, found through the index of cues by first word.
  bool whole = false, vocabulary = false;
  const BoilerplateCue* opening = nullptr;
  int consent_cues = 0;
  bool first_person_consent = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::vector<int>* cands = rules.CuesStartingWith(words[i]);
    if (cands == nullptr) continue;
    for (int c : *cands) {
      const BoilerplateCue& cue = rules.boilerplate_cues()[c];
      if (!MatchesAt(words, i, cue.words)) continue;
      switch (cue.kind) {
        case BoilerplateCue::kWholeLine:
          whole |= i == 0 && cue.words.size() == words.size();
          break;
        case BoilerplateCue::kOpening:
          if (i == 0 && (opening == nullptr || cue.words.size() > opening->words.size()))
            opening = &cue;
          break;
        case BoilerplateCue::kConsent:
          ++consent_cues;
          vocabulary = true;
          first_person_consent |= cue.words[0] == "i";
          break;
        case BoilerplateCue::kPromo:
          ++consent_cues;
          vocabulary = true;
          break;
      }
    }
  }
  if (whole) return true;
  if (has_quote || ReportsSpeech(words)) return false;
  if (opening != nullptr) {
    // A phrase ("sign up", "read more", "by submitting") is a call to action
    // by itself; a single word ("Watch", "Download", "©") could open an
    // ordinary sentence and needs more evidence: promotional or consent
    // vocabulary, an exclamation, a colon after it ("Watch: ..."), a year
    // after it ("© 2021").
    if (opening->words.size() >= 2) return true;
    std::string_view trimmed = TrimAscii(line);
    const bool exclaims = !trimmed.empty() && trimmed.back() == '!';
    size_t colon = trimmed.find(':');
    bool colon_after_first = colon != std::string_view::npos &&
                             colon <= opening->words[0].size() + 1;
    bool year_after = words.size() > 1 && words[1].size() == 4 &&
                      IsAsciiDigit(words[1][0]) && IsAsciiDigit(words[1][3]);
    if (colon_after_first || vocabulary || exclaims || year_after) return true;
  }
  // First-person consent with other consent or promotional vocabulary ("I
  // agree to the terms", not "I agree with that").
  return first_person_consent && consent_cues >= 2;
}

}  // namespace newsmill

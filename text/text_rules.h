// TextRules: the word lists the text layer needs (abbreviations, sentence
// openers, hyphenation prefixes, boilerplate cues, language stopwords),
// loaded once from data/text/ and shared read-only by all threads.
//
//   auto rules = TextRules::Load(options.data_dir);
//   if (!rules.ok()) ...;            // names the file and line
//   (*rules)->Abbreviation("Feb.")  // AbbrevKind::kMonth
#ifndef NEWSMILL_TEXT_TEXT_RULES_H_
#define NEWSMILL_TEXT_TEXT_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/string_map.h"

namespace newsmill {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,    // Mr. Sen. Gen.: never ends a sentence
  kNumber,   // No. Vol.: not before a number
  kMonth,    // Feb. Tue.: not before a number or lower-case word
  kGeneral,  // Inc. Jr. etc.: ends a sentence before a typical opener
  kInitial,  // J. (a single capital letter)
  kInner,    // U.S. Ph.D. a.m. (letters with inner periods)
};

// One boilerplate cue: a phrase and the evidence it carries.
struct BoilerplateCue {
  enum Kind : uint8_t {
    kWholeLine,  // the line is nothing but this ("Advertisement")
    kOpening,    // a call to action that opens the line ("sign up", "follow us")
    kConsent,    // form, terms and consent vocabulary ("terms", "privacy policy")
    kPromo,      // promotional vocabulary ("newsletter", "latest news")
  };
  Kind kind;
  std::vector<std::string> words;  // lower case
};

class TextRules {
 public:
  // Loads data/text/*.{tsv,txt}; data_dir overrides the embedded copies.
  static Result<std::unique_ptr<TextRules>> Load(const std::string& data_dir);

  // `token` includes its final period ("Feb.", "U.S."). Initials and inner
  // periods are recognised by rule; the rest comes from abbreviations.tsv.
  AbbrevKind Abbreviation(std::string_view token) const;
  // True when `token` + "." is an abbreviation (so the tokenizer keeps the
  // period attached).
  bool KeepsPeriod(std::string_view word) const;
  bool IsSentenceOpener(std::string_view word) const {
    return openers_.count(word) > 0;
  }
  bool IsHyphenPrefix(std::string_view lower) const {
    return hyphen_prefixes_.count(lower) > 0;
  }
  const std::vector<BoilerplateCue>& boilerplate_cues() const {
    return boilerplate_;
  }
  // Stopword lists per language code ("en", "de", ...).
  const std::vector<std::pair<std::string, StringSet>>& stopwords() const {
    return stopwords_;
  }
  // Bit i set when the lower-case word is a stopword of stopwords()[i].
  uint32_t StopwordLanguages(std::string_view lower) const {
    auto it = stopword_languages_.find(lower);
    return it == stopword_languages_.end() ? 0 : it->second;
  }
  // Indices into boilerplate_cues() of the cues whose first word is `word`.
  const std::vector<int>* CuesStartingWith(std::string_view word) const {
    auto it = cues_by_first_word_.find(word);
    return it == cues_by_first_word_.end() ? nullptr : &it->second;
  }

 private:
  StringMap<AbbrevKind> abbreviations_;
  StringSet openers_;
  StringSet hyphen_prefixes_;
  std::vector<BoilerplateCue> boilerplate_;
  std::vector<std::pair<std::string, StringSet>> stopwords_;
  StringMap<uint32_t> stopword_languages_;
  StringMap<std::vector<int>> cues_by_first_word_;
};

}  // namespace newsmill

#endif  // NEWSMILL_TEXT_TEXT_RULES_H_

#include "text/text_rules.h"

#include "base/embedded_data.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/chars.h"

namespace newsmill {
namespace {

// Calls fn(line_number, fields) for every non-blank, non-comment line.
template <typename Fn>
Status ForEachLine(const std::string& name, const std::string& content, Fn fn) {
  size_t line_no = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = TrimAscii(line);
    if (t.empty() || t[0] == '#') continue;
    Status st = fn(line_no, line);
    if (!st.ok()) {
      return Status::InvalidArgument("data/" + name + ":" +
                                     std::to_string(line_no) + ": " +
                                     st.message());
    }
  }
  return Status::Ok();
}

bool IsInnerPeriodAbbreviation(std::string_view t) {
  // Segments of one to three letters, each followed by a period: U.S.
  // Ph.D. a.m. D.C. U.S.G. At least two segments.
  if (t.size() < 4 || t.back() != '.') return false;
  int segments = 0;
  size_t i = 0;
  while (i < t.size()) {
    size_t j = i;
    while (j < t.size() && IsAsciiAlpha(t[j])) ++j;
    size_t len = j - i;
    if (len == 0 || len > 3 || j >= t.size() || t[j] != '.') return false;
    ++segments;
    i = j + 1;
  }
  return segments >= 2;
}

}  // namespace

Result<std::unique_ptr<TextRules>> TextRules::Load(const std::string& data_dir) {
  auto rules = std::make_unique<TextRules>();
  auto abbrev = ReadDataFile("text/abbreviations.tsv", data_dir);
  if (!abbrev.ok()) return abbrev.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachLine(
      "text/abbreviations.tsv", *abbrev, [&](size_t, std::string_view line) {
        auto f = Split(line, '\t');
        if (f.size() != 2) return Status::InvalidArgument("expected abbreviation<TAB>kind");
        AbbrevKind k;
        if (f[1] == "title") k = AbbrevKind::kTitle;
        else if (f[1] == "number") k = AbbrevKind::kNumber;
        else if (f[1] == "month") k = AbbrevKind::kMonth;
        else if (f[1] == "general") k = AbbrevKind::kGeneral;
        else return Status::InvalidArgument("unknown kind '" + std::string(f[1]) + "'");
        if (f[0].empty() || f[0].back() != '.')
          return Status::InvalidArgument("abbreviation must end with a period");
        rules->abbreviations_[std::string(f[0])] = k;
        return Status::Ok();
      }));
  auto openers = ReadDataFile("text/sentence_openers.txt", data_dir);
  if (!openers.ok()) return openers.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachLine(
      "text/sentence_openers.txt", *openers, [&](size_t, std::string_view line) {
        rules->openers_.insert(std::string(TrimAscii(line)));
        return Status::Ok();
      }));
  auto prefixes = ReadDataFile("text/hyphen_prefixes.txt", data_dir);
  if (!prefixes.ok()) return prefixes.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachLine(
      "text/hyphen_prefixes.txt", *prefixes, [&](size_t, std::string_view line) {
        rules->hyphen_prefixes_.insert(ToLowerAscii(TrimAscii(line)));
        return Status::Ok();
      }));
  auto boiler = ReadDataFile("text/boilerplate.tsv", data_dir);
  if (!boiler.ok()) return boiler.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachLine(
      "text/boilerplate.tsv", *boiler, [&](size_t, std::string_view line) {
        auto f = Split(line, '\t');
        if (f.size() != 2) return Status::InvalidArgument("expected kind<TAB>phrase");
        BoilerplateCue cue;
        if (f[0] == "whole") cue.kind = BoilerplateCue::kWholeLine;
        else if (f[0] == "opening") cue.kind = BoilerplateCue::kOpening;
        else if (f[0] == "consent") cue.kind = BoilerplateCue::kConsent;
        else if (f[0] == "promo") cue.kind = BoilerplateCue::kPromo;
        else return Status::InvalidArgument("unknown kind '" + std::string(f[0]) + "'");
        for (std::string_view w : Split(TrimAscii(f[1]), ' '))
          if (!w.empty()) cue.words.push_back(ToLowerAscii(w));
        if (cue.words.empty()) return Status::InvalidArgument("empty phrase");
        rules->boilerplate_.push_back(std::move(cue));
        return Status::Ok();
      }));
  auto stop = ReadDataFile("text/stopwords.tsv", data_dir);
  if (!stop.ok()) return stop.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachLine(
      "text/stopwords.tsv", *stop, [&](size_t, std::string_view line) {
        auto f = Split(line, '\t');
        if (f.size() != 2) return Status::InvalidArgument("expected code<TAB>words");
        StringSet words;
        for (std::string_view w : Split(f[1], ' '))
          if (!w.empty()) words.insert(std::string(w));
        rules->stopwords_.emplace_back(std::string(f[0]), std::move(words));
        return Status::Ok();
      }));
  if (rules->stopwords_.size() > 32)
    return Status::InvalidArgument("data/text/stopwords.tsv: at most 32 languages");
  for (size_t l = 0; l < rules->stopwords_.size(); ++l)
    for (const std::string& w : rules->stopwords_[l].second)
      rules->stopword_languages_[w] |= 1u << l;
  for (size_t i = 0; i < rules->boilerplate_.size(); ++i)
    rules->cues_by_first_word_[rules->boilerplate_[i].words[0]].push_back(
        static_cast<int>(i));
  return rules;
}

AbbrevKind TextRules::Abbreviation(std::string_view token) const {
  if (token.size() < 2 || token.back() != '.') return AbbrevKind::kNone;
  auto it = abbreviations_.find(token);
  if (it != abbreviations_.end()) return it->second;
  // All-caps text ("GEN. ELIZABETH B. PRELOGAR"): try the title-case form.
  if (token.size() > 2 && IsAsciiUpper(token[0]) && IsAsciiUpper(token[1])) {
    std::string title(token);
    for (size_t i = 1; i < title.size(); ++i) title[i] = AsciiLower(title[i]);
    it = abbreviations_.find(title);
    if (it != abbreviations_.end()) return it->second;
  }
  std::string_view stem = token.substr(0, token.size() - 1);
  size_t pos = 0;
  char32_t c = DecodeUtf8(stem, &pos);
  if (pos == stem.size() && IsUpperCp(c)) return AbbrevKind::kInitial;
  if (IsInnerPeriodAbbreviation(token)) return AbbrevKind::kInner;
  return AbbrevKind::kNone;
}

bool TextRules::KeepsPeriod(std::string_view word) const {
  std::string with_period(word);
  with_period.push_back('.');
  return Abbreviation(with_period) != AbbrevKind::kNone;
}

}  // namespace newsmill

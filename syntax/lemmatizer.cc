#include "syntax/lemmatizer.h"

#include <utf8proc.h>

#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill::syntax {
namespace {

// Lower case with typographic apostrophes folded to '.
std::string LowerFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      out.push_back(AsciiLower(static_cast<char>(b)));
      ++pos;
      continue;
    }
    char32_t c = DecodeUtf8(s, &pos);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
    c = static_cast<char32_t>(
        utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
    AppendUtf8(c, &out);
  }
  return out;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsConsonant(char c) { return IsAsciiLower(c) && !IsVowel(c); }

int VowelGroups(std::string_view s) {
  int groups = 0;
  bool in = false;
  for (char c : s) {
    bool v = IsVowel(c) || (c == 'y' && in);
    if (v && !in) ++groups;
    in = v;
  }
  return groups;
}

// The stem left by -ing or -ed, with a doubled consonant undone or a final
// e restored.
std::string RestoreStem(std::string s) {
  size_t n = s.size();
  if (n < 2) return s;
  char last = s[n - 1], prev = s[n - 2];
  if (last == prev && IsConsonant(last) && last != 'l' && last != 's' &&
      last != 'z') {
    s.pop_back();  // running -> run, stopped -> stop
    return s;
  }
  if (last == 'c' || last == 'v' || (last == 'g' && prev == 'd')) {
    return s + "e";  // announced, involved, judged
  }
  if (last == 'g' && prev == 'n' && n >= 3 &&
      (s[n - 3] == 'a' || s[n - 3] == 'e')) {
    return s + "e";  // changed, challenged
  }
  if ((last == 's' || last == 'z') && IsVowel(prev) && n >= 3 &&
      (IsVowel(s[n - 3]) || prev == 'i' || prev == 'y')) {
    return s + "e";  // caused, increased, advised, recognized
  }
  if (last == 's' && (prev == 'u' || prev == 'o') && n >= 4 &&
      IsConsonant(s[n - 3]) && !EndsWith(s, "ocus")) {
    return s + "e";  // accused, refused, proposed (not focused)
  }
  if (last == 't' && prev == 'a' && n >= 4 && IsConsonant(s[n - 3]) &&
      VowelGroups(s) >= 2) {
    return s + "e";  // created, negotiated
  }
  if (IsConsonant(last) && last != 'w' && last != 'x' && last != 'y' &&
      IsVowel(prev) && (n < 3 || !IsVowel(s[n - 3])) && VowelGroups(s) == 1) {
    return s + "e";  // hoped, voted, used
  }
  return s;
}

std::string VerbRules(const std::string& w) {
  size_t n = w.size();
  if (n > 4 && EndsWith(w, "ies")) return w.substr(0, n - 3) + "y";
  if (n > 4 && EndsWith(w, "ied")) return w.substr(0, n - 3) + "y";
  if (n > 4 && EndsWith(w, "ing")) return RestoreStem(w.substr(0, n - 3));
  if (n > 4 && EndsWith(w, "eed")) return w.substr(0, n - 1);  // agreed
  if (n > 3 && EndsWith(w, "ed")) return RestoreStem(w.substr(0, n - 2));
  if (n > 3 && EndsWith(w, "es")) {
    std::string s = w.substr(0, n - 2);
    if (EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") ||
        EndsWith(s, "ch") || EndsWith(s, "sh") || EndsWith(s, "o")) {
      return s;
    }
    return w.substr(0, n - 1);
  }
  if (n > 2 && w.back() == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
      w[n - 2] != 'i') {
    return w.substr(0, n - 1);
  }
  return w;
}

std::string NounRules(const std::string& w) {
  size_t n = w.size();
  if (n > 4 && EndsWith(w, "ies")) return w.substr(0, n - 3) + "y";
  if (n > 4 &&
      (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "ches") ||
       EndsWith(w, "shes") || EndsWith(w, "zes") || EndsWith(w, "oes"))) {
    return w.substr(0, n - 2);
  }
  if (n > 2 && w.back() == 's' && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
      !EndsWith(w, "is") && !EndsWith(w, "'s")) {
    return w.substr(0, n - 1);
  }
  return w;
}

// True for a participle-looking next word ("been", "gone", "asked").
bool LooksParticiple(const Lemmatizer& l, std::string_view next) {
  std::string n = LowerFold(next);
  if (n == "been" || n == "got" || n == "gotten") return true;
  VerbForm f = l.FormOf(n);
  return f == VerbForm::kParticiple ||
         (f == VerbForm::kPast && EndsWith(n, "ed"));
}

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Create(
    std::string_view table, std::string_view irregular,
    std::shared_ptr<const WordNet> wordnet) {
  std::unique_ptr<Lemmatizer> l(new Lemmatizer());
  l->wordnet_ = std::move(wordnet);
  size_t line_no = 0;
  for (std::string_view line : Split(table, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3 || f[0].empty() || f[2].empty() ||
        (f[1] != "*" && !ParseUpos(f[1]))) {
      return Status::InvalidArgument(
          "syntax/lemmas.tsv:" + std::to_string(line_no) +
          ": expected form<TAB>UPOS or *<TAB>lemma");
    }
    // Punctuation is looked up as written, words in lower case.
    l->table_.emplace(std::string(f[0]) + "\t" + std::string(f[1]),
                      std::string(f[2]));
    l->table_.emplace(LowerFold(f[0]) + "\t" + std::string(f[1]),
                      std::string(f[2]));
  }
  line_no = 0;
  for (std::string_view line : Split(irregular, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3 || f[0].empty()) {
      return Status::InvalidArgument(
          "syntax/irregular_verbs.tsv:" + std::to_string(line_no) +
          ": expected base<TAB>past<TAB>participle");
    }
    std::string base(f[0]);
    l->irregular_form_[base] = VerbForm::kBase;
    // A base is its own lemma, even when it is another verb's past ("lay"),
    // and the suffix rules leave it alone ("bring" is not "br" + "ing").
    l->irregular_lemma_[base] = base;
    auto past = Split(f[1], ',');
    auto part = Split(f[2], ',');
    for (std::string_view p : past) {
      if (p.empty()) continue;
      l->irregular_lemma_.emplace(std::string(p), base);
    }
    for (std::string_view p : part) {
      if (p.empty()) continue;
      l->irregular_lemma_.emplace(std::string(p), base);
    }
    for (std::string_view p : past) {
      bool also_part = std::find(part.begin(), part.end(), p) != part.end();
      auto& slot = l->irregular_form_[std::string(p)];
      if (slot != VerbForm::kBase) slot = VerbForm::kPast;
      (void)also_part;
    }
    for (std::string_view p : part) {
      bool also_past = std::find(past.begin(), past.end(), p) != past.end();
      auto& slot = l->irregular_form_[std::string(p)];
      if (slot != VerbForm::kBase && !also_past) slot = VerbForm::kParticiple;
    }
  }
  return l;
}

VerbForm Lemmatizer::FormOf(std::string_view lower) const {
  auto it = irregular_form_.find(lower);
  if (it != irregular_form_.end()) return it->second;
  if (lower.size() > 4 && EndsWith(lower, "ing")) return VerbForm::kGerund;
  if (lower.size() > 3 && EndsWith(lower, "ed")) return VerbForm::kPast;
  if (lower.size() > 2 && lower.back() == 's' && !EndsWith(lower, "ss"))
    return VerbForm::kPresent3;
  return VerbForm::kBase;
}

std::string Lemmatizer::VerbLemma(const std::string& w) const {
  auto it = irregular_lemma_.find(w);
  if (it != irregular_lemma_.end()) return it->second;
  if (wordnet_ != nullptr) {
    if (wordnet_->LemmaMask(w) & WordNet::kVerb) return w;
    std::string l;
    if (wordnet_->Morph(w, WordNet::kVerb, &l)) return l;
  }
  // Inflections of irregular verbs ("brings", "bringing") and unknown verbs.
  std::string r = VerbRules(w);
  if (wordnet_ != nullptr && r != w &&
      !(wordnet_->LemmaMask(r) & WordNet::kVerb)) {
    // The rules guessed a word WordNet does not know: try without the e.
    if (!r.empty() && r.back() == 'e') {
      std::string r2 = r.substr(0, r.size() - 1);
      if (wordnet_->LemmaMask(r2) & WordNet::kVerb) return r2;
    }
  }
  return r;
}

std::string Lemmatizer::NounLemma(const std::string& w) const {
  if (wordnet_ != nullptr) {
    std::string l;
    if (wordnet_->Morph(w, WordNet::kNoun, &l)) return l;
    if (wordnet_->LemmaMask(w) & WordNet::kNoun) return w;
  }
  return NounRules(w);
}

std::string Lemmatizer::AdjLemma(const std::string& w) const {
  // Comparatives first: WordNet lists some as adjectives of their own
  // ("bigger").
  if (wordnet_ != nullptr) {
    std::string l;
    if (wordnet_->Morph(w, WordNet::kAdj, &l)) return l;
  }
  return w;
}

std::string Lemmatizer::Lemma(std::string_view form, Upos pos,
                              const Context& ctx) const {
  if (pos == Upos::kPunct || pos == Upos::kSym) {
    auto it =
        table_.find(std::string(form) + "\t" + std::string(UposName(pos)));
    if (it == table_.end()) it = table_.find(std::string(form) + "\t*");
    return it != table_.end() ? it->second : std::string(form);
  }
  std::string lower = LowerFold(form);
  if (pos == Upos::kAux && (lower == "'s" || lower == "'d")) {
    if (LooksParticiple(*this, ctx.next)) return "have";
    return lower == "'s" ? "be" : "would";
  }
  if (pos == Upos::kPron && lower == "her" &&
      (ctx.next_pos == Upos::kNoun || ctx.next_pos == Upos::kAdj ||
       ctx.next_pos == Upos::kPropn || ctx.next_pos == Upos::kNum)) {
    return "her";  // possessive
  }
  if (pos != Upos::kPropn) {
    auto it = table_.find(lower + "\t" + std::string(UposName(pos)));
    if (it == table_.end()) it = table_.find(lower + "\t*");
    if (it != table_.end()) return it->second;
  }
  switch (pos) {
    case Upos::kPropn: {
      // Plural names of groups: "Americans" -> "American", "States" ->
      // "State", when WordNet knows the singular and not the plural.
      size_t n = form.size();
      if (wordnet_ != nullptr && n > 4 && form[n - 1] == 's' &&
          form[n - 2] != 's' && form[n - 2] != 'u' && form[n - 2] != 'i' &&
          form[n - 2] != '\'' && IsAsciiLower(form[n - 2])) {
        std::string single = lower.substr(0, lower.size() - 1);
        if ((wordnet_->LemmaMask(single) & WordNet::kNoun) &&
            wordnet_->LemmaMask(lower) == 0) {
          return std::string(form.substr(0, n - 1));
        }
      }
      return std::string(form);
    }
    case Upos::kNoun: {
      // Acronyms keep their case: "NGOs" -> "NGO".
      int upper = 0, digits = 0;
      for (char c : form) {
        upper += IsAsciiUpper(c);
        digits += IsAsciiDigit(c);
      }
      if (upper >= 2 || (upper >= 1 && digits >= 1)) {
        std::string f(form);
        if (f.size() > 2 && f.back() == 's' && IsAsciiUpper(f[f.size() - 2]))
          f.pop_back();
        return f;
      }
      return NounLemma(lower);
    }
    case Upos::kVerb:
    case Upos::kAux:
      return VerbLemma(lower);
    case Upos::kAdj:
      // Adjectives from names keep their capital: "Russian".
      if (!ctx.sentence_start && !form.empty() && IsAsciiUpper(form[0]))
        return std::string(form);
      return AdjLemma(lower);
    default:
      return lower;
  }
}

}  // namespace newsmill::syntax

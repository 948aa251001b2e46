#include "syntax/wordnet.h"

#include "base/embedded_data.h"
#include "syntax/features.h"

namespace newsmill::syntax {
namespace {

struct Rule {
  uint8_t pos;
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's detachment rules (morph.c), in its order.
constexpr Rule kRules[] = {
    {WordNet::kNoun, "s", ""},      {WordNet::kNoun, "ses", "s"},
    {WordNet::kNoun, "xes", "x"},   {WordNet::kNoun, "zes", "z"},
    {WordNet::kNoun, "ches", "ch"}, {WordNet::kNoun, "shes", "sh"},
    {WordNet::kNoun, "men", "man"}, {WordNet::kNoun, "ies", "y"},
    {WordNet::kVerb, "s", ""},      {WordNet::kVerb, "ies", "y"},
    {WordNet::kVerb, "es", "e"},    {WordNet::kVerb, "es", ""},
    {WordNet::kVerb, "ed", "e"},    {WordNet::kVerb, "ed", ""},
    {WordNet::kVerb, "ing", "e"},   {WordNet::kVerb, "ing", ""},
    {WordNet::kAdj, "er", ""},      {WordNet::kAdj, "est", ""},
    {WordNet::kAdj, "er", "e"},     {WordNet::kAdj, "est", "e"},
};

}  // namespace

Result<std::unique_ptr<WordNet>> WordNet::Load(const std::string& dir) {
  std::unique_ptr<WordNet> wn(new WordNet());
  static constexpr std::pair<const char*, uint8_t> kFiles[] = {
      {"verb", kVerb}, {"noun", kNoun}, {"adj", kAdj}, {"adv", kAdv}};
  wn->index_.Reserve(160000);
  for (const auto& [name, pos] : kFiles) {
    std::string path = dir + "/index." + name;
    auto content = ReadFileToString(path);
    if (!content.ok()) {
      if (pos == kVerb) return Status::NotFound(path + ": WordNet not found");
      return content.status();
    }
    std::string_view c = *content;
    size_t p = 0;
    while (p < c.size()) {
      size_t nl = c.find('\n', p);
      if (nl == std::string_view::npos) nl = c.size();
      std::string_view line = c.substr(p, nl - p);
      p = nl + 1;
      if (line.empty() || line[0] == ' ') continue;  // licence header
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) {
        return Status::Corruption(path + ": line without fields");
      }
      std::string_view lemma = line.substr(0, sp);
      if (lemma.find('_') != std::string_view::npos) continue;
      uint32_t row = wn->index_.Insert(
          HashString(lemma), static_cast<uint32_t>(wn->masks_.size()));
      if (row == wn->masks_.size()) wn->masks_.push_back(0);
      wn->masks_[row] |= pos;
    }
    // Exceptions: "inflected lemma [lemma...]".
    auto exc = ReadFileToString(dir + "/" + name + ".exc");
    if (!exc.ok()) continue;  // optional
    std::string_view e = *exc;
    p = 0;
    while (p < e.size()) {
      size_t nl = e.find('\n', p);
      if (nl == std::string_view::npos) nl = e.size();
      std::string_view line = e.substr(p, nl - p);
      p = nl + 1;
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) continue;
      std::string_view form = line.substr(0, sp);
      std::string_view rest = line.substr(sp + 1);
      size_t sp2 = rest.find(' ');
      std::string_view lemma = rest.substr(0, sp2);
      if (form.find('_') != std::string_view::npos || lemma.empty()) continue;
      wn->exceptions_[std::string(form)].emplace_back(pos, std::string(lemma));
    }
  }
  return wn;
}

uint8_t WordNet::LemmaMask(std::string_view lower) const {
  uint32_t r = index_.Find(HashString(lower));
  return r == KeyIndex::kMissing ? 0 : masks_[r];
}

uint8_t WordNet::InflectedMask(std::string_view lower) const {
  uint8_t mask = 0;
  auto it = exceptions_.find(std::string(lower));
  if (it != exceptions_.end())
    for (const auto& [pos, lemma] : it->second)
      if (lemma != lower) mask |= pos;
  std::string base;
  for (const Rule& r : kRules) {
    if (mask & r.pos) continue;
    if (lower.size() <= r.suffix.size() + 1 ||
        lower.substr(lower.size() - r.suffix.size()) != r.suffix)
      continue;
    base.assign(lower.substr(0, lower.size() - r.suffix.size()));
    base.append(r.ending);
    if (LemmaMask(base) & r.pos) mask |= r.pos;
  }
  return mask;
}

bool WordNet::Morph(std::string_view lower, uint8_t pos,
                    std::string* lemma) const {
  auto it = exceptions_.find(std::string(lower));
  if (it != exceptions_.end()) {
    for (const auto& [p, l] : it->second) {
      if (p == pos) {
        *lemma = l;
        return true;
      }
    }
  }
  std::string base;
  for (const Rule& r : kRules) {
    if (r.pos != pos) continue;
    if (lower.size() <= r.suffix.size() + 1 ||
        lower.substr(lower.size() - r.suffix.size()) != r.suffix)
      continue;
    base.assign(lower.substr(0, lower.size() - r.suffix.size()));
    base.append(r.ending);
    if (LemmaMask(base) & pos) {
      *lemma = base;
      return true;
    }
  }
  return false;
}

}  // namespace newsmill::syntax

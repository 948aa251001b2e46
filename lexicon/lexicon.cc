#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "base/date.h"
#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {
namespace {

bool IsEdgePunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
         c == '"' || c == '!' || c == '?' || c == '[' || c == ']';
}

// Days since the epoch of a YYYYMMDD int (for merging adjacent tenures).
int64_t DaysOf(int ymd) {
  Date d{ymd / 10000, (ymd / 100) % 100, ymd % 100};
  return d.ToDays();
}

}  // namespace

std::string PhraseKey(std::string_view phrase);

namespace {

// Role bits of an office: the agent noun itself, else with leading words
// dropped ("acting president" -> "president"); a deputy's office ("deputy
// chairman", "vice chancellor") is a deputy's, whatever it is deputy of.
uint32_t RolesOfOffice(std::string_view office,
                       const std::unordered_map<std::string, uint32_t>& by_noun,
                       const std::vector<Agent>& agents, bool* known) {
  std::string f = PhraseKey(office);
  bool deputy = false;
  *known = false;
  while (!f.empty()) {
    auto it = by_noun.find(f);
    if (it != by_noun.end()) {
      *known = true;
      uint32_t roles = agents[it->second].roles;
      if (deputy && (roles & kRoleDeputy) == 0) roles = kRoleDeputy | kRoleMinister;
      return roles;
    }
    size_t sp = f.find(' ');
    if (sp == std::string::npos) break;
    std::string_view first(f.data(), sp);
    if (first == "deputy" || first == "vice" || first == "vice-" ||
        first == "assistant" || first == "under" || first == "first")
      deputy = deputy || first != "first";
    f = f.substr(sp + 1);
  }
  return 0;
}

std::string HexId(uint64_t h) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%012llx",
                static_cast<unsigned long long>(h & 0xffffffffffffULL));
  return buf;
}

}  // namespace

// ---- LexiconBuilder -----------------------------------------------------------

LexiconBuilder::LexiconBuilder() = default;

uint32_t LexiconBuilder::AddEntry(LexEntry e) {
  entries_.push_back(std::move(e));
  return static_cast<uint32_t>(entries_.size() - 1);
}

// Appends the folded pieces of one word: split at inner hyphens ("Ki-moon"
// -> ki - moon), as the tokenizer splits them and as entities/ splits the
// hyphenated tokens it keeps whole ("non-profit").
void AppendWordPieces(std::string_view w, std::vector<std::string>* out) {
  size_t start = 0;
  for (size_t i = 0; i <= w.size();) {
    size_t hyphen_len = 0;
    if (i < w.size()) hyphen_len = HyphenAt(w, i);
    if (i == w.size() || (hyphen_len > 0 && i > start && i + hyphen_len < w.size())) {
      std::string key;
      if (i > start && FoldWord(w.substr(start, i - start), &key)) {
        // "Poor's" -> poor 's, as the tokenizer splits clitics.
        if (key.size() > 2 && EndsWith(key, "'s")) {
          key.resize(key.size() - 2);
          out->push_back(std::move(key));
          out->emplace_back("'s");
        } else {
          out->push_back(std::move(key));
        }
      }
      if (i == w.size()) break;
      out->emplace_back("-");
      i += hyphen_len;
      start = i;
      continue;
    }
    ++i;
  }
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string PhraseKey(std::string_view phrase) {
  return JoinWords(SplitPhrase(phrase));
}

std::vector<std::string> SplitPhrase(std::string_view alias) {
  std::vector<std::string> out;
  out.reserve(4);
  size_t i = 0;
  while (i < alias.size()) {
    while (i < alias.size() && (alias[i] == ' ' || alias[i] == '_' ||
                                alias[i] == '\t'))
      ++i;
    size_t j = i;
    while (j < alias.size() && alias[j] != ' ' && alias[j] != '_' &&
           alias[j] != '\t')
      ++j;
    std::string_view w = alias.substr(i, j - i);
    std::vector<std::string> tail;
    while (!w.empty() && IsEdgePunct(w.front())) {
      out.emplace_back(1, w.front());
      w.remove_prefix(1);
    }
    while (!w.empty() && IsEdgePunct(w.back())) {
      tail.emplace_back(1, w.back());
      w.remove_suffix(1);
    }
    if (!w.empty()) AppendWordPieces(w, &out);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out.push_back(*it);
    i = j;
  }
  return out;
}

CasePolicy LexiconBuilder::PolicyFromSpelling(std::string_view alias) const {
  bool any_upper = false, all_caps = true;
  std::vector<std::string> folded = SplitPhrase(alias);
  // Inspect the words as written.
  size_t i = 0;
  int words = 0;
  while (i < alias.size()) {
    while (i < alias.size() && (alias[i] == ' ' || alias[i] == '_')) ++i;
    size_t j = i;
    while (j < alias.size() && alias[j] != ' ' && alias[j] != '_') ++j;
    std::string_view w = alias.substr(i, j - i);
    if (!w.empty()) {
      CaseShape s = CaseShapeOf(w);
      bool connector = (WordClasses(w) & kWordConnector) != 0;
      if (s == CaseShape::kCapitalized || s == CaseShape::kAllCaps ||
          s == CaseShape::kMixed)
        any_upper = true;
      if (!connector && s != CaseShape::kAllCaps && s != CaseShape::kNoLetters)
        all_caps = false;
      ++words;
    }
    i = j;
  }
  if (!any_upper) return CasePolicy::kAny;
  if (all_caps && words == 1 && folded.size() == 1) {
    const std::string& f = folded[0];
    if (f.size() <= 2 || (WordClasses(f) & (kWordCommon | kWordConnector |
                                            kWordGivenName)) != 0)
      return CasePolicy::kAcronym;
  }
  return CasePolicy::kProper;
}

bool LexiconBuilder::AddAlias(uint32_t entry, std::string_view alias,
                              MentionForm form, CasePolicy policy,
                              uint8_t flags) {
  return AddAliasWords(entry, SplitPhrase(alias), form, policy, flags);
}

namespace {

// The other spelling of a folded word that British and American English
// write differently in names ("organisation" / "organization", "centre" /
// "center"); empty when there is none.
std::string OtherSpelling(const std::string& w) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"centre", "center"},     {"centres", "centers"}, {"defence", "defense"},
      {"labour", "labor"},      {"programme", "program"}, {"theatre", "theater"},
      {"harbour", "harbor"},    {"honour", "honor"}};
  for (const auto& [uk, us] : kWords) {
    if (w == uk) return std::string(us);
    if (w == us) return std::string(uk);
  }
  for (std::string_view end : {"isation", "isations", "ization", "izations"}) {
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      std::string out = w;
      out[w.size() - end.size() + 1] = end[1] == 's' ? 'z' : 's';
      return out;
    }
  }
  return {};
}

}  // namespace

bool LexiconBuilder::AddAliasWords(uint32_t entry,
                                   const std::vector<std::string>& words,
                                   MentionForm form, CasePolicy policy,
                                   uint8_t flags) {
  if (words.empty()) return false;
  // A name spelled the other side of the Atlantic's way ("Organisation for
  // Security and Co-operation in Europe") is the same name.
  if (policy == CasePolicy::kProper && form == MentionForm::kName) {
    std::vector<std::string> other = words;
    bool changed = false;
    for (std::string& w : other) {
      std::string o = OtherSpelling(w);
      if (!o.empty()) {
        w = std::move(o);
        changed = true;
      }
    }
    if (changed) AddPattern(entry, other, form, policy, flags);
  }
  AddPattern(entry, words, form, policy, flags);
  return true;
}

void LexiconBuilder::AddPattern(uint32_t entry, const std::vector<std::string>& words,
                                MentionForm form, CasePolicy policy, uint8_t flags) {
  if (words[0] == "the" && words.size() > 1) flags |= PatternInfo::kLeadingThe;
  PatternInfo info;
  info.target = entry;
  info.kind = PatternInfo::kEntry;
  info.form = form;
  info.flags = flags;
  matcher_.Add(words, PhraseInfo{static_cast<uint32_t>(patterns_.size()), policy});
  patterns_.push_back(info);
}

uint32_t LexiconBuilder::AddAgent(Agent a) {
  agents_.push_back(std::move(a));
  return static_cast<uint32_t>(agents_.size() - 1);
}

bool LexiconBuilder::AddAgentForm(uint32_t agent, std::string_view form,
                                  bool plural) {
  std::vector<std::string> words = SplitPhrase(form);
  if (words.empty()) return false;
  std::string joined = JoinWords(words);
  PatternInfo info;
  info.target = agent;
  info.kind = PatternInfo::kAgent;
  info.form = MentionForm::kNominal;
  info.flags = plural ? PatternInfo::kPlural : 0;
  matcher_.Add(words, PhraseInfo{static_cast<uint32_t>(patterns_.size()),
                                 CasePolicy::kAny});
  patterns_.push_back(info);
  // A later definition (a user dictionary) overrides an earlier one.
  agent_by_noun_[joined] = agent;
  return true;
}

const Agent* LexiconBuilder::FindAgentNoun(std::string_view noun) const {
  return FindAgentWords(SplitPhrase(noun));
}

const Agent* LexiconBuilder::FindAgentWords(
    const std::vector<std::string>& words) const {
  auto it = agent_by_noun_.find(JoinWords(words));
  return it == agent_by_noun_.end() ? nullptr : &agents_[it->second];
}

void LexiconBuilder::AddWordClass(std::string_view word, uint32_t bits) {
  std::string key;
  if (!FoldWord(word, &key)) return;
  uint32_t id = matcher_.words().Intern(key);
  matcher_.words().AddClasses(id, bits);
}

uint32_t LexiconBuilder::WordClasses(std::string_view word) const {
  std::string key;
  if (!FoldWord(word, &key)) return 0;
  uint32_t id = matcher_.words().Find(key);
  return id == 0 ? 0 : matcher_.words().classes(id);
}

uint32_t LexiconBuilder::RolesOf(std::string_view office, bool* known) const {
  bool k = false;
  uint32_t r = RolesOfOffice(office, agent_by_noun_, agents_, &k);
  if (known != nullptr) *known = k;
  return r;
}

void LexiconBuilder::MarkBuiltinEnd() {
  builtin_end_ = static_cast<uint32_t>(entries_.size());
  for (uint32_t i = 0; i < builtin_end_; ++i) {
    const LexEntry& e = entries_[i];
    if (e.type == EntityType::kCountry && !e.code.empty())
      builtin_countries_.emplace(e.code, static_cast<int32_t>(i));
  }
}

int32_t LexiconBuilder::FindBuiltinCountry(std::string_view iso3) const {
  auto it = builtin_countries_.find(std::string(iso3));
  return it == builtin_countries_.end() ? -1 : it->second;
}

std::vector<uint32_t> LexiconBuilder::FindBuiltin(std::string_view name,
                                                  MentionForm form) const {
  return FindBuiltinWords(SplitPhrase(name), form);
}

LexiconBuilder::NameLookup LexiconBuilder::LookUpName(
    const std::vector<std::string>& words) const {
  NameLookup out;
  // Every agent form is a phrase of the matcher too (AddAgentForm), under
  // the same words as its agent_by_noun_ key.
  for (uint32_t p : matcher_.Find(words)) {
    const PatternInfo& info = patterns_[p];
    if (info.kind == PatternInfo::kAgent) {
      out.agent = true;
      continue;
    }
    if (info.target >= builtin_end_) continue;
    std::vector<uint32_t>* list = info.form == MentionForm::kName ? &out.builtin_names
                                  : info.form == MentionForm::kAdjective
                                      ? &out.builtin_adjectives
                                      : nullptr;
    if (list != nullptr &&
        std::find(list->begin(), list->end(), info.target) == list->end())
      list->push_back(info.target);
  }
  return out;
}

std::vector<uint32_t> LexiconBuilder::FindBuiltinWords(
    const std::vector<std::string>& words, MentionForm form) const {
  std::vector<uint32_t> out;
  for (uint32_t p : matcher_.Find(words)) {
    const PatternInfo& info = patterns_[p];
    if (info.kind == PatternInfo::kEntry && info.form == form &&
        info.target < builtin_end_ &&
        std::find(out.begin(), out.end(), info.target) == out.end())
      out.push_back(info.target);
  }
  return out;
}

void LexiconBuilder::HashData(std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= 1099511628211ULL;
  }
}

Result<std::unique_ptr<Lexicon>> LexiconBuilder::Build() && {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  uint32_t connector_id_bit = kWordConnector;
  lex->matcher_ = std::move(matcher_).Build();
  lex->matcher_.set_connector_class(connector_id_bit);
  lex->entries_ = std::move(entries_);
  lex->agents_ = std::move(agents_);
  lex->patterns_ = std::move(patterns_);
  lex->agent_by_noun_ = std::move(agent_by_noun_);
  lex->files_ = std::move(files_);
  lex->by_key_.reserve(lex->entries_.size());
  for (uint32_t i = 0; i < lex->entries_.size(); ++i) {
    LexEntry& e = lex->entries_[i];
    if (e.same_as >= 0) continue;
    std::string key = e.key;
    int n = 2;
    while (lex->by_key_.count(key)) key = e.key + "-" + std::to_string(n++);
    e.key = key;
    lex->by_key_.emplace(key, static_cast<int32_t>(i));
    if (e.type == EntityType::kCountry && !e.code.empty() &&
        !lex->by_country_.count(e.code))
      lex->by_country_.emplace(e.code, static_cast<int32_t>(i));
  }
  lex->id_ = "lex-" + HexId(hash_);
  return lex;
}

// ---- Lexicon ---------------------------------------------------------------

uint32_t Lexicon::ClassesOf(std::string_view word) const {
  std::string key;
  if (!FoldWord(word, &key)) return 0;
  uint32_t id = matcher_.words().Find(key);
  return id == 0 ? 0 : matcher_.words().classes(id);
}

std::vector<uint32_t> Lexicon::FindEntries(std::string_view name,
                                           bool adjectives) const {
  std::vector<uint32_t> out;
  std::vector<uint32_t> ids;
  for (const std::string& w : SplitPhrase(name)) {
    uint32_t id = matcher_.words().Find(w);
    if (id == 0) return out;
    ids.push_back(id);
  }
  for (uint32_t p : matcher_.FindExact(ids)) {
    const PatternInfo& info = patterns_[p];
    if (info.kind != PatternInfo::kEntry) continue;
    if (info.form != MentionForm::kName &&
        !(adjectives && info.form == MentionForm::kAdjective))
      continue;
    uint32_t id = Canonical(info.target);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

int32_t Lexicon::FindKey(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it == by_key_.end() ? -1 : it->second;
}

int32_t Lexicon::FindCountry(std::string_view iso3) const {
  auto it = by_country_.find(std::string(iso3));
  return it == by_country_.end() ? -1 : it->second;
}

const Agent* Lexicon::FindAgent(std::string_view noun) const {
  auto it = agent_by_noun_.find(PhraseKey(noun));
  return it == agent_by_noun_.end() ? nullptr : &agents_[it->second];
}

uint32_t Lexicon::RolesOf(std::string_view office) const {
  bool known = false;
  return RolesOfOffice(office, agent_by_noun_, agents_, &known);
}

std::string Lexicon::CodeAt(const LexEntry& e, int date) {
  if (date == 0) {
    std::string code = e.code;
    for (const Tenure& t : e.tenures) {
      if (code.empty()) code = t.code;
      if (t.code != code) return "";
    }
    return code;
  }
  for (const Tenure& t : e.tenures) {
    if ((t.from == 0 || t.from <= date) && (t.to == 0 || date <= t.to))
      return t.code;
  }
  return e.code;
}

std::vector<DatedCode> Lexicon::Candidates(const LexEntry& e, uint32_t roles) {
  std::vector<DatedCode> out;
  std::vector<const Tenure*> ts;
  for (const Tenure& t : e.tenures)
    if (roles == 0 || (t.roles & roles) != 0) ts.push_back(&t);
  std::sort(ts.begin(), ts.end(), [](const Tenure* a, const Tenure* b) {
    if (a->code != b->code) return a->code < b->code;
    return a->from < b->from;
  });
  for (const Tenure* t : ts) {
    if (!out.empty() && out.back().code == t->code) {
      DatedCode& last = out.back();
      // Merge when the ranges touch or overlap (open ends absorb all).
      bool touches = last.to == 0 || t->from == 0 ||
                     DaysOf(t->from) <= DaysOf(last.to) + 1;
      if (touches) {
        if (last.to != 0 && (t->to == 0 || t->to > last.to)) last.to = t->to;
        if (t->from == 0) last.from = 0;
        continue;
      }
    }
    out.push_back(DatedCode{t->code, t->from, t->to});
  }
  std::sort(out.begin(), out.end(), [](const DatedCode& a, const DatedCode& b) {
    return a.from < b.from;
  });
  if (roles == 0 && !e.code.empty()) out.push_back(DatedCode{e.code, 0, 0});
  return out;
}

size_t Lexicon::MemoryBytes() const {
  size_t n = matcher_.MemoryBytes();
  for (const LexEntry& e : entries_) {
    n += sizeof(LexEntry) + e.key.capacity() + e.name.capacity() +
         e.source.capacity() + e.tenures.capacity() * sizeof(Tenure);
    for (const Tenure& t : e.tenures) n += t.office.capacity();
  }
  n += agents_.capacity() * sizeof(Agent);
  n += patterns_.capacity() * sizeof(PatternInfo);
  n += (by_key_.size() + agent_by_noun_.size()) * 64;
  return n;
}

// ---- Loading ----------------------------------------------------------------

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const LexiconOptions& options) {
  LexiconBuilder b;
  if (options.builtin) {
    NEWSMILL_RETURN_IF_ERROR(ReadBuiltinLexicon(options.data_dir, &b));
  }
  b.MarkBuiltinEnd();
  namespace fs = std::filesystem;
  for (const std::string& dir : options.user_dirs) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(dir, ec)) {
      for (const auto& de : fs::directory_iterator(dir, ec))
        if (de.is_regular_file()) files.push_back(de.path());
      if (ec) return Status::IoError(dir + ": " + ec.message());
    } else if (fs::is_regular_file(dir, ec)) {
      files.push_back(dir);
    } else {
      return Status::NotFound("--lexicon " + dir +
                              ": no such file or directory");
    }
    std::sort(files.begin(), files.end());
    size_t used = 0;
    for (const fs::path& p : files) {
      std::string name = p.filename().string();
      std::string lower = ToLowerAscii(name);
      bool actors = lower.find("actors") != std::string::npos &&
                    EndsWith(lower, ".txt");
      bool agents = lower.find("agents") != std::string::npos &&
                    EndsWith(lower, ".txt");
      if (!actors && !agents) continue;
      Result<std::string> data = ReadFileToString(p.string());
      if (!data.ok()) return data.status();
      b.HashData(*data);
      Status st = actors ? ReadPhoenixActors(p.string(), *data, &b)
                         : ReadPhoenixAgents(p.string(), *data, &b);
      if (!st.ok()) return st;
      ++used;
    }
    if (used == 0) {
      return Status::NotFound("--lexicon " + dir +
                              ": no *actors*.txt or *agents*.txt dictionary");
    }
  }
  return std::move(b).Build();
}

}  // namespace newsmill

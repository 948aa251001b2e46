#include "syntax/model.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

#include "base/strings.h"

namespace newsmill::syntax {
namespace {

constexpr char kMagic[8] = {'N', 'M', 'S', 'Y', 'N', 'T', 'X', '1'};

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
void PutNames(std::string* out, const std::vector<std::string>& names) {
  PutU32(out, static_cast<uint32_t>(names.size()));
  for (const std::string& s : names) {
    PutU32(out, static_cast<uint32_t>(s.size()));
    out->append(s);
  }
}

struct Reader {
  std::string_view d;
  size_t pos = 0;
  bool U32(uint32_t* v) {
    if (pos > d.size() || d.size() - pos < 4) return false;
    uint32_t x = 0;
    for (int i = 0; i < 4; ++i)
      x |= static_cast<uint32_t>(static_cast<unsigned char>(d[pos + i]))
           << (8 * i);
    pos += 4;
    *v = x;
    return true;
  }
  bool U64(uint64_t* v) {
    if (pos > d.size() || d.size() - pos < 8) return false;
    uint64_t x = 0;
    for (int i = 0; i < 8; ++i)
      x |= static_cast<uint64_t>(static_cast<unsigned char>(d[pos + i]))
           << (8 * i);
    pos += 8;
    *v = x;
    return true;
  }
  bool Names(std::vector<std::string>* names, uint32_t max) {
    uint32_t n;
    if (!U32(&n) || n > max) return false;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t len;
      if (!U32(&len) || len > 64 || d.size() - pos < len) return false;
      names->emplace_back(d.substr(pos, len));
      pos += len;
    }
    return true;
  }
};

// WordAtoms::form of a word in lower case, capitalised and in capitals.
std::vector<uint64_t> CaseVariantForms(std::string_view word) {
  std::string lower = ToLowerAscii(word);
  std::string capital = lower;
  if (!capital.empty()) capital[0] = AsciiUpper(capital[0]);
  std::string upper = lower;
  for (char& c : upper) c = AsciiUpper(c);
  return {ComputeWordAtoms(lower, nullptr).form, ComputeWordAtoms(capital, nullptr).form,
          ComputeWordAtoms(upper, nullptr).form};
}

}  // namespace

SyntaxModel::SyntaxModel(std::vector<std::string> tag_names, Tagger tagger,
                         std::vector<std::string> label_names, Parser parser)
    : tag_names_(std::move(tag_names)),
      tagger_(std::move(tagger)),
      label_names_(std::move(label_names)),
      parser_(std::move(parser)) {
  Index();
  parser_.Prepare(static_cast<int>(tag_names_.size()));
}

std::vector<uint8_t> SyntaxModel::FixedLabels(
    const std::vector<std::string>& tags,
    const std::vector<std::string>& labels) {
  std::vector<uint8_t> fixed(tags.size(), kNoLabel);
  auto punct = std::find(labels.begin(), labels.end(), "punct");
  if (punct == labels.end()) return fixed;
  for (size_t t = 0; t < tags.size(); ++t)
    if (tags[t] == "PUNCT" || tags[t].rfind("PUNCT|", 0) == 0)
      fixed[t] = static_cast<uint8_t>(punct - labels.begin());
  return fixed;
}

void SyntaxModel::Index() {
  fixed_label_ = FixedLabels(tag_names_, label_names_);
  tag_upos_.clear();
  tag_xpos_.clear();
  for (const std::string& name : tag_names_) {
    size_t bar = name.find('|');
    std::string_view u = std::string_view(name).substr(0, bar);
    tag_upos_.push_back(ParseUpos(u).value_or(Upos::kX));
    tag_xpos_.push_back(bar == std::string::npos ? "" : name.substr(bar + 1));
  }
  // A name the document writes elsewhere is not read as a verb, a common
  // noun or an adverb where its capital says nothing ("Jolly said ..."
  // after "Rep. David Jolly"; Tagger::SetNameClass). Not adjectives:
  // "Russian" is always capitalised and stays one.
  noun_class_ = FirstClassOf("NOUN");
  propn_class_ = FirstClassOf("PROPN");
  verb_class_ = FirstClassOf("VERB");
  adj_class_ = FirstClassOf("ADJ");
  if (propn_class_ >= 0) {
    std::vector<bool> replaced(tag_upos_.size());
    for (size_t c = 0; c < tag_upos_.size(); ++c)
      replaced[c] = tag_upos_[c] == Upos::kVerb || tag_upos_[c] == Upos::kNoun ||
                    tag_upos_[c] == Upos::kAdv;
    tagger_.SetNameClass(static_cast<uint8_t>(propn_class_), replaced);
  }
  std::vector<bool> verb(tag_upos_.size());
  for (size_t c = 0; c < tag_upos_.size(); ++c) verb[c] = tag_upos_[c] == Upos::kVerb;
  tagger_.SetVerbClasses(verb);
  label_dep_.clear();
  root_label_ = 0;
  for (size_t i = 0; i < label_names_.size(); ++i) {
    label_dep_.push_back(ParseDep(label_names_[i]));
    if (label_names_[i] == "root") root_label_ = static_cast<int>(i);
  }
}

std::string SyntaxModel::Serialize() const {
  std::string out(kMagic, 8);
  PutU32(&out, kModelFormatVersion);
  PutU32(&out, flags_);
  PutU32(&out, static_cast<uint32_t>(parser_.margin()));
  PutNames(&out, tag_names_);
  tagger_.weights().AppendTo(&out);
  PutU32(&out, static_cast<uint32_t>(tagger_.dictionary().size()));
  for (const auto& [key, cls] : tagger_.dictionary()) {
    PutU64(&out, key);
    PutU32(&out, cls);
  }
  PutNames(&out, label_names_);
  parser_.moves().AppendTo(&out);
  parser_.labels().AppendTo(&out);
  PutU32(&out, static_cast<uint32_t>(arc_label_.size()));
  out.append(reinterpret_cast<const char*>(arc_label_.data()),
             arc_label_.size());
  return out;
}

Result<std::unique_ptr<SyntaxModel>> SyntaxModel::Load(
    std::string_view bytes, std::string_view origin) {
  std::string where(origin);
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    return Status::Corruption(where + ": not a newsmill syntax model");
  }
  Reader r{bytes, 8};
  uint32_t version = 0;
  r.U32(&version);
  if (version < 1 || version > kModelFormatVersion) {
    return Status::Corruption(where + ": model format version " +
                              std::to_string(version) + ", expected " +
                              std::to_string(kModelFormatVersion));
  }
  std::unique_ptr<SyntaxModel> m(new SyntaxModel());
  uint32_t margin = 0;  // version 1 models have none
  if (!r.U32(&m->flags_) || (version >= 2 && !r.U32(&margin)))
    return Status::Corruption(where + ": truncated header");
  if (margin > (1u << 24))
    return Status::Corruption(where + ": parser margin out of range");
  if (!r.Names(&m->tag_names_, kMaxClasses)) {
    return Status::Corruption(where + ": bad tag names");
  }
  auto tagw = WeightTable::Read(bytes, &r.pos);
  if (!tagw.ok())
    return Status::Corruption(where + ": tagger: " + tagw.status().message());
  uint32_t ndict;
  if (!r.U32(&ndict) || ndict > (bytes.size() - r.pos) / 12) {
    return Status::Corruption(where + ": bad tag dictionary");
  }
  std::vector<std::pair<uint64_t, uint8_t>> dict;
  dict.reserve(ndict);
  for (uint32_t i = 0; i < ndict; ++i) {
    uint64_t key = 0;
    uint32_t cls = 0;
    r.U64(&key);
    r.U32(&cls);
    if (cls >= m->tag_names_.size()) {
      return Status::Corruption(where + ": tag dictionary class out of range");
    }
    dict.emplace_back(key, static_cast<uint8_t>(cls));
  }
  if (!r.Names(&m->label_names_, 64)) {
    return Status::Corruption(where + ": bad label names");
  }
  auto moves = WeightTable::Read(bytes, &r.pos);
  if (!moves.ok())
    return Status::Corruption(where + ": moves: " + moves.status().message());
  auto labels = WeightTable::Read(bytes, &r.pos);
  if (!labels.ok())
    return Status::Corruption(where + ": labels: " + labels.status().message());
  if (tagw->num_classes() != static_cast<int>(m->tag_names_.size()) ||
      labels->num_classes() != static_cast<int>(m->label_names_.size()) ||
      moves->num_classes() != kNumMoves) {
    return Status::Corruption(where + ": class counts disagree with names");
  }
  uint32_t arcs = 0;  // versions 1 and 2 have no arc labels
  if (version >= 3) {
    if (!r.U32(&arcs) || arcs > bytes.size() - r.pos ||
        (arcs != 0 && arcs != m->ArcLabelTableSize())) {
      return Status::Corruption(where + ": bad arc label table");
    }
    m->arc_label_.assign(bytes.begin() + r.pos, bytes.begin() + r.pos + arcs);
    r.pos += arcs;
    for (uint8_t l : m->arc_label_)
      if (l != kNoLabel && l >= m->label_names_.size())
        return Status::Corruption(where + ": arc label out of range");
  }
  if (r.pos != bytes.size()) {
    return Status::Corruption(where + ": trailing bytes after the model");
  }
  m->tagger_ = Tagger(std::move(tagw.value()), std::move(dict));
  m->Index();
  m->parser_ = Parser(std::move(moves.value()), std::move(labels.value()),
                      static_cast<uint8_t>(m->root_label_));
  m->parser_.Prepare(static_cast<int>(m->tag_names_.size()));
  m->parser_.set_margin(static_cast<int32_t>(margin));
  return m;
}

namespace {

// Calls fn(line_no, fields) for every line of tsv that is neither blank nor
// a comment; stops at the first error fn returns.
template <typename Fn>
Status ForEachTsvLine(std::string_view tsv, Fn fn) {
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    NEWSMILL_RETURN_IF_ERROR(fn(line_no, Split(line, '\t')));
  }
  return Status::Ok();
}

}  // namespace

int SyntaxModel::FirstClassOf(std::string_view upos) const {
  for (size_t c = 0; c < tag_names_.size(); ++c)
    if (std::string_view(tag_names_[c]).substr(0, tag_names_[c].find('|')) == upos)
      return static_cast<int>(c);
  return -1;
}

Status SyntaxModel::AddFixedTags(std::string_view tsv,
                                 std::string_view origin) {
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  NEWSMILL_RETURN_IF_ERROR(ForEachTsvLine(
      tsv, [&](size_t line_no, const std::vector<std::string_view>& f) {
        int cls = -1;
        if (f.size() == 2 && !f[0].empty()) {
          // The exact class name first, else the first class of that UPOS.
          for (size_t c = 0; c < tag_names_.size() && cls < 0; ++c)
            if (tag_names_[c] == f[1]) cls = static_cast<int>(c);
          if (cls < 0) cls = FirstClassOf(f[1].substr(0, f[1].find('|')));
        }
        if (cls < 0) {
          return Status::InvalidArgument(
              std::string(origin) + ":" + std::to_string(line_no) +
              ": expected word<TAB>tag, a tag of the model (such as ADV|RB)");
        }
        for (uint64_t form : CaseVariantForms(f[0]))
          entries.emplace_back(form, static_cast<uint8_t>(cls));
        return Status::Ok();
      }));
  tagger_.AddToDictionary(entries);
  return Status::Ok();
}

Status SyntaxModel::SetClosedClass(std::string_view tsv, std::string_view origin) {
  return ForEachTsvLine(tsv, [&](size_t line_no, const std::vector<std::string_view>& f) {
    const int cls = f.size() == 2 ? FirstClassOf(f[0]) : -1;
    if (cls < 0) {
      return Status::InvalidArgument(std::string(origin) + ":" + std::to_string(line_no) +
                                     ": expected UPOS<TAB>words, a part of speech of the model");
    }
    std::vector<uint64_t> forms;
    for (std::string_view w : Split(f[1], ' '))
      if (!w.empty())
        for (uint64_t form : CaseVariantForms(w)) forms.push_back(form);
    std::vector<bool> open(tag_names_.size(), false);
    for (size_t c = 0; c < tag_names_.size(); ++c) {
      const Upos u = tag_upos_[c];
      open[c] = u == Upos::kNoun || u == Upos::kPropn || u == Upos::kVerb || u == Upos::kAdj ||
                u == Upos::kAdv || u == Upos::kIntj;
    }
    tagger_.SetClosedClass(static_cast<uint8_t>(cls), forms, open);
    return Status::Ok();
  });
}

namespace {

void MakeRoom(size_t words, SyntaxModel::Scratch* scratch) {
  if (scratch->atom_cache.size() + words <= SyntaxModel::kMaxCachedWords)
    return;
  scratch->atom_cache.clear();
  scratch->atom_index = KeyIndex();
  scratch->tag_cache.Clear();
  scratch->role_cache.Clear();
}

}  // namespace

uint32_t SyntaxModel::AtomRow(std::string_view word, Scratch* scratch) const {
  uint64_t key = HashString(word);
  uint32_t r = scratch->atom_index.Find(key);
  if (r != KeyIndex::kMissing) return r;
  r = static_cast<uint32_t>(scratch->atom_cache.size());
  scratch->atom_index.Insert(key, r);
  scratch->atom_cache.push_back(ComputeWordAtoms(word, wordnet_.get()));
  return r;
}

const WordAtoms& SyntaxModel::Atoms(std::string_view word,
                                    Scratch* scratch) const {
  MakeRoom(1, scratch);
  return scratch->atom_cache[AtomRow(word, scratch)];
}

void SyntaxModel::Analyze(const std::vector<std::string_view>& words,
                          SentenceParse* out, Scratch* scratch) const {
  const int n = static_cast<int>(words.size());
  MakeRoom(words.size(), scratch);
  scratch->atoms.resize(words.size());
  scratch->types.resize(words.size());
  for (int i = 0; i < n; ++i) {
    const uint32_t r = AtomRow(words[i], scratch);
    scratch->types[i] = r;
    scratch->atoms[i] = scratch->atom_cache[r];
  }
  out->tags.assign(words.size(), 0);
  out->heads.assign(words.size(), -1);
  out->labels.assign(words.size(), 0);
  if (n == 0) return;
  tagger_.Tag(scratch->atoms.data(), scratch->types.data(), n, out->tags.data(),
              &scratch->tag_cache);
  ParseWords(out, scratch);
}

void SyntaxModel::AnalyzeWithTags(const std::vector<std::string_view>& words,
                                  const std::vector<uint8_t>& tags,
                                  SentenceParse* out, Scratch* scratch) const {
  const int n = static_cast<int>(words.size());
  MakeRoom(words.size(), scratch);
  scratch->atoms.resize(words.size());
  scratch->types.resize(words.size());
  for (int i = 0; i < n; ++i) {
    const uint32_t r = AtomRow(words[i], scratch);
    scratch->types[i] = r;
    scratch->atoms[i] = scratch->atom_cache[r];
  }
  out->tags = tags;
  out->heads.assign(words.size(), -1);
  out->labels.assign(words.size(), 0);
  if (n == 0) return;
  ParseWords(out, scratch);
}

int32_t SyntaxModel::CalibrateMargin(
    const std::vector<std::vector<std::string_view>>& sentences,
    Scratch* scratch) {
  MarginStats stats;
  std::vector<SentenceParse> parses;
  std::vector<std::vector<std::string_view>> batch;
  for (size_t k = 0; k < sentences.size(); ++k) {
    batch.push_back(sentences[k]);
    if (batch.size() == 64 || k + 1 == sentences.size()) {
      AnalyzeAll(batch, &parses, scratch, &stats);
      batch.clear();
    }
  }
  std::vector<int32_t>& o = stats.overturned;
  std::sort(o.begin(), o.end(), std::greater<int32_t>());
  // One overturned move in 1,000: on GUM dev the same UAS to 0.0003 and
  // the same core arguments as one in 100,000, 6% faster on the BBC corpus
  // (docs/syntax.md, "Early decisions").
  const size_t allowed = static_cast<size_t>(stats.moves / 1000);
  const int32_t margin = o.size() > allowed ? o[allowed] + 1 : 1;
  parser_.set_margin(margin);
  return margin;
}

// Five corrections of the tagger by a word's neighbours, each described
// at its loop: a capitalised interjection before a verb is a name; a
// verb's inflection right after an opening quotation mark is a verb; an
// -ed adjective between "NOUN and" and a noun an auxiliary follows, and an
// -ed form after a possessive, are adjectives; an adjective heading its
// noun phrase is a noun.
//
// A capitalised word read as an interjection right before a verb is a
// name: "Welch added that ..." (interjections stand before a comma or an
// exclamation mark: "Well, ...", "Oh!").
void SyntaxModel::FixTagsInContext(const std::vector<std::string_view>& words,
                                    const WordAtoms* atoms, uint8_t* tags) const {
  const int n = static_cast<int>(words.size());
  if (propn_class_ >= 0) {
    for (int i = 0; i + 1 < n; ++i)
      if (tag_upos_[tags[i]] == Upos::kIntj && (atoms[i].flags & kWordInitialUpper) &&
          !(atoms[i].flags & kWordAllUpper) && atoms[i].length > 2 &&
          (tag_upos_[tags[i + 1]] == Upos::kVerb || tag_upos_[tags[i + 1]] == Upos::kAux))
        tags[i] = static_cast<uint8_t>(propn_class_);
  }
  // 'the company "keeps 98 accounts ...', 'he "regrets the remarks"': a
  // verb's inflection right after a quotation mark that follows the
  // subject, and before its object's first word, read as a noun.
  // (An opening mark: an even number of the same marks before it; '"Dear
  // Walter" letters that ...' closes one. Counted as the loop goes.)
  if (verb_class_ >= 0) {
    int straight = 0, doubled = 0;  // '"' and "''" before words[i - 1]
    for (int i = 2; i + 1 < n; ++i) {
      straight += words[i - 2] == "\"";
      doubled += words[i - 2] == "''";
      const std::string_view w = words[i];
      if (tag_upos_[tags[i]] != Upos::kNoun || (atoms[i].flags & kWordInitialUpper) ||
          (atoms[i].wn_inflected & WordNet::kVerb) == 0 || w.size() < 4 ||
          (w.back() != 's' && !(w[w.size() - 2] == 'e' && w.back() == 'd')))
        continue;
      const std::string_view mark = words[i - 1];
      if (mark != "\"" && mark != "\u201c" && mark != "``" && mark != "''") continue;
      if ((mark == "\"" && straight % 2 != 0) || (mark == "''" && doubled % 2 != 0)) continue;
      const Upos before = tag_upos_[tags[i - 2]];
      const Upos after = tag_upos_[tags[i + 1]];
      // (Not after a possessive: 'their "needs"'.)
      const std::string_view owner = words[i - 2];
      if (before == Upos::kPron &&
          (owner == "his" || owner == "her" || owner == "its" || owner == "their" ||
           owner == "our" || owner == "my" || owner == "your"))
        continue;
      if ((before == Upos::kNoun || before == Upos::kPropn || before == Upos::kPron) &&
          (after == Upos::kDet || after == Upos::kNum || after == Upos::kPron ||
           after == Upos::kVerb || after == Upos::kAdv))
        tags[i] = static_cast<uint8_t>(verb_class_);
    }
  }
  // "the heat and unsettled weather could last": an -ed form between a
  // conjunction after a noun and a noun that a verb's auxiliary follows
  // modifies that noun (WordNet knows it as an adjective); "cut taxes and
  // raised fees to ..." keeps its verb.
  // And "its alleged nuclear weapons programme", "their planned merger":
  // no verb follows a possessive; an -ed form between it and a noun or
  // adjective modifies the noun.
  if (adj_class_ >= 0) {
    for (int i = 1; i + 1 < n; ++i) {
      const std::string_view w = words[i];
      if (tag_upos_[tags[i]] != Upos::kVerb || w.size() < 5 || w.substr(w.size() - 2) != "ed")
        continue;
      const Upos after = tag_upos_[tags[i + 1]];
      const bool adjective = atoms[i].wn_lemma != 0xFF && (atoms[i].wn_lemma & WordNet::kAdj);
      const bool joined = adjective && i >= 2 && i + 2 < n &&
                          tag_upos_[tags[i - 1]] == Upos::kCconj &&
                          tag_upos_[tags[i - 2]] == Upos::kNoun && after == Upos::kNoun &&
                          tag_upos_[tags[i + 2]] == Upos::kAux;
      bool owned = false;
      for (std::string_view o : {"its", "his", "her", "their", "our", "my", "your"})
        owned |= EqualsIgnoreCase(words[i - 1], o);
      owned &= after == Upos::kNoun || after == Upos::kAdj || after == Upos::kPropn;
      // "by generally accepted accounting principles", "with newly elected
      // members": no verb follows a preposition (or subordinator) and an
      // -ly adverb before a noun.
      const std::string_view prev = words[i - 1];
      const bool before_noun = after == Upos::kNoun || after == Upos::kAdj ||
                               (after == Upos::kVerb && words[i + 1].ends_with("ing") &&
                                i + 2 < n && tag_upos_[tags[i + 2]] == Upos::kNoun);
      const bool after_prep = i >= 2 &&
                              (tag_upos_[tags[i - 2]] == Upos::kAdp ||
                               tag_upos_[tags[i - 2]] == Upos::kSconj) &&
                              tag_upos_[tags[i - 1]] == Upos::kAdv && prev.size() > 4 &&
                              prev.ends_with("ly") && before_noun;
      if (joined || owned || after_prep) tags[i] = static_cast<uint8_t>(adj_class_);
    }
  }
  // An adjective right after a determiner and right before a verb or a
  // relative clause's comma, which WordNet knows as a noun, is the head of
  // its noun phrase: "The official, who asked not to be named, said", "An
  // official said" (read as an adjective, the parser had left the speaker
  // out of the clause).
  if (noun_class_ < 0) return;
  for (int i = 1; i < n; ++i) {
    if (tag_upos_[tags[i]] != Upos::kAdj || tag_upos_[tags[i - 1]] != Upos::kDet) continue;
    if (atoms[i].wn_lemma == 0xFF || (atoms[i].wn_lemma & WordNet::kNoun) == 0) continue;
    if (i + 1 >= n) continue;
    const bool end = tag_upos_[tags[i + 1]] == Upos::kVerb ||
                     (words[i + 1] == "," && i + 2 < n &&
                      (words[i + 2] == "who" || words[i + 2] == "which"));
    if (end) tags[i] = static_cast<uint8_t>(noun_class_);
  }
}

void SyntaxModel::AnalyzeAll(
    const std::vector<std::vector<std::string_view>>& sentences,
    std::vector<SentenceParse>* out, Scratch* scratch, MarginStats* stats,
    const std::vector<std::vector<uint8_t>>* name_hints) const {
  size_t total = 0;
  for (const auto& words : sentences) total += words.size();
  MakeRoom(total, scratch);
  scratch->atoms.resize(total);
  scratch->types.resize(total);
  scratch->begins.clear();
  out->resize(sentences.size());
  size_t at = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    const int n = static_cast<int>(words.size());
    scratch->begins.push_back(at);
    for (int i = 0; i < n; ++i) {
      const uint32_t r = AtomRow(words[i], scratch);
      scratch->types[at + i] = r;
      scratch->atoms[at + i] = scratch->atom_cache[r];
    }
    SentenceParse& p = (*out)[k];
    p.tags.assign(words.size(), 0);
    p.heads.assign(words.size(), -1);
    p.labels.assign(words.size(), 0);
    if (n > 0) {
      const uint8_t* hint = nullptr;
      if (name_hints != nullptr && k < name_hints->size() &&
          (*name_hints)[k].size() == words.size())
        hint = (*name_hints)[k].data();
      tagger_.Tag(&scratch->atoms[at], &scratch->types[at], n, p.tags.data(),
                  &scratch->tag_cache, hint);
      FixTagsInContext(words, &scratch->atoms[at], p.tags.data());
    }
    at += words.size();
  }
  scratch->inputs.clear();
  const int num_tags = static_cast<int>(tag_names_.size());
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (sentences[k].empty()) continue;
    const size_t b = scratch->begins[k];
    scratch->inputs.push_back(ParseInput{
        &scratch->atoms[b], (*out)[k].tags.data(),
        static_cast<int>(sentences[k].size()), fixed_label_.data(),
        &scratch->types[b], ArcLabels(), num_tags});
  }
  if (scratch->states.size() < scratch->inputs.size())
    scratch->states.resize(scratch->inputs.size());
  parser_.ParseBatch(scratch->inputs.data(),
                     static_cast<int>(scratch->inputs.size()),
                     scratch->states.data(), &scratch->role_cache,
                     stats);
  size_t parsed = 0;
  for (size_t k = 0; k < sentences.size(); ++k)
    if (!sentences[k].empty()) ReadParse(scratch->states[parsed++], &(*out)[k]);
}

void SyntaxModel::ParseWords(SentenceParse* out, Scratch* scratch) const {
  const int n = static_cast<int>(out->tags.size());
  ParseInput in{scratch->atoms.data(), out->tags.data(), n, fixed_label_.data(),
                scratch->types.data(), ArcLabels(),
                static_cast<int>(tag_names_.size())};
  parser_.Parse(in, &scratch->state, &scratch->role_cache);
  ReadParse(scratch->state, out);
}

void SyntaxModel::ReadParse(const ParseState& state, SentenceParse* out) const {
  const int n = static_cast<int>(out->tags.size());
  for (int i = 0; i < n; ++i) {
    int h = state.head[i];
    out->heads[i] = (h < 0 || h >= n) ? -1 : h;
    out->labels[i] = state.label[i] == kNoLabel
                         ? static_cast<uint8_t>(root_label_)
                         : state.label[i];
  }
}

}  // namespace newsmill::syntax

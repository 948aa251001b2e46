// Reading verb lexicons. Two line-oriented formats feed one model:
//
// The project's format (data/events/verbs.txt): `&NAME = a, b c` synsets,
// `verb`/`noun`/`light` block lines with a [code] and key=value options,
// and `- ... * ... [code]` patterns. Errors are fatal: the file is ours.
//
// PETRARCH's format (CAMEO.2.0.txt; the older validation-suite verbs):
// `&NAME` followed by `+member` lines, `--- NAME [code] ---` block headers,
// verb lines (`SAY {SAID SAYING} [010]`, multi-word `+BEEF_UP`,
// `RE_+ARREST`) and `- pre * post [code] # comment` patterns, with
// `(prep noun)`, `{noun phrase}`, `a_b` (adjacent words), `$` `+` `%` `^`
// and `&SYNSET`. Transformations (`~ ...`) are counted and skipped, as are
// lines that cannot be read; regular verb forms are generated the way
// PETRARCH does (S/ES/IES, D/ED, ING) unless `{...}` lists them.
#include "events/verb_lexicon.h"

#include <algorithm>
#include <filesystem>

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {

std::string_view FrameName(Frame f) {
  switch (f) {
    case Frame::kNone: return "";
    case Frame::kAppeal: return "appeal";
    case Frame::kIntent: return "intent";
    case Frame::kDemand: return "demand";
    case Frame::kReject: return "reject";
    case Frame::kThreaten: return "threaten";
    case Frame::kAccuse: return "accuse";
  }
  return "";
}

std::vector<std::string> RegularVerbForms(std::string_view v) {
  std::vector<std::string> out;
  std::string s(v);
  if (s.empty()) return out;
  char last = s.back();
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (last == 's' || last == 'x' || last == 'z' || EndsWith(s, "ch") || EndsWith(s, "sh")) {
    out.push_back(s + "es");
  } else if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2])) {
    out.push_back(s.substr(0, s.size() - 1) + "ies");
  } else {
    out.push_back(s + "s");
  }
  if (last == 'e') {
    out.push_back(s + "d");
  } else if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2])) {
    out.push_back(s.substr(0, s.size() - 1) + "ied");
  } else {
    out.push_back(s + "ed");
  }
  if (last == 'e' && s.size() > 2 && s[s.size() - 2] != 'e') {
    out.push_back(s.substr(0, s.size() - 1) + "ing");
  } else {
    out.push_back(s + "ing");
  }
  return out;
}

std::string PluralOf(std::string_view n) {
  std::string s(n);
  if (s.empty()) return s;
  char last = s.back();
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (last == 's' || last == 'x' || last == 'z' || EndsWith(s, "ch") || EndsWith(s, "sh"))
    return s + "es";
  if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2]))
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

namespace {

std::string Fold(std::string_view s) {
  std::string t = ToLowerAscii(TrimAscii(s));
  return t;
}

// Splits on any of the separator characters, dropping empty pieces.
std::vector<std::string_view> Tokens(std::string_view s, std::string_view seps) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && seps.find(s[i]) != std::string_view::npos) ++i;
    size_t j = i;
    while (j < s.size() && seps.find(s[j]) == std::string_view::npos) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string NormSynsetName(std::string_view name) {
  std::string n = ToLowerAscii(name);
  while (!n.empty() && n.back() == '_') n.pop_back();
  return n;
}

bool ParseTargets(std::string_view value, std::vector<TargetRole>* out) {
  for (std::string_view r : Tokens(value, ",")) {
    TargetRole t;
    if (r == "obj") t.kind = TargetRole::kObj;
    else if (r == "iobj") t.kind = TargetRole::kIobj;
    else if (r == "comp") t.kind = TargetRole::kComp;
    else if (r == "xobj") t.kind = TargetRole::kXobj;
    else if (r == "poss") t.kind = TargetRole::kPoss;
    else if (r == "none") t.kind = TargetRole::kNone;
    else {
      for (char c : r)
        if (!IsAsciiLower(c)) return false;
      t.kind = TargetRole::kPrep;
      t.prep = std::string(r);
    }
    out->push_back(std::move(t));
  }
  return true;
}

bool ParseFlags(std::string_view value, uint32_t* flags) {
  for (std::string_view f : Tokens(value, ",")) {
    if (f == "symmetric") *flags |= kFlagSymmetric;
    else if (f == "needs_target") *flags |= kFlagNeedsTarget;
    else if (f == "needs_object") *flags |= kFlagNeedsObject;
    else if (f == "speech") *flags |= kFlagSpeech;
    else if (f == "quiet") *flags |= kFlagQuiet;
    else if (f == "negative") *flags |= kFlagNegative;
    else if (f == "light") *flags |= kFlagLight;
    else if (f == "none") {}
    else return false;
  }
  return true;
}

bool ParseFrame(std::string_view v, Frame* f) {
  static const std::pair<std::string_view, Frame> kFrames[] = {
      {"appeal", Frame::kAppeal}, {"intent", Frame::kIntent},
      {"demand", Frame::kDemand}, {"reject", Frame::kReject},
      {"threaten", Frame::kThreaten}, {"accuse", Frame::kAccuse}};
  for (const auto& [name, frame] : kFrames)
    if (v == name) {
      *f = frame;
      return true;
    }
  return false;
}

// "[042:043]" contents -> code, paired. "---" and "" -> no code.
void ParseCode(std::string_view c, std::string* code, std::string* paired) {
  c = TrimAscii(c);
  size_t colon = c.find(':');
  std::string_view a = colon == std::string_view::npos ? c : c.substr(0, colon);
  std::string_view b = colon == std::string_view::npos ? std::string_view() : c.substr(colon + 1);
  a = TrimAscii(a);
  b = TrimAscii(b);
  *code = (a == "---" || a.empty()) ? "" : std::string(a);
  *paired = (b == "---" || b.empty()) ? "" : std::string(b);
}

// The words of one synset member are consecutive ("austrian florin").
std::vector<PatternItem> MergeWords(std::vector<PatternItem> items) {
  std::vector<PatternItem> merged;
  for (PatternItem& it : items) {
    if (it.kind == ItemKind::kWords && !merged.empty() &&
        merged.back().kind == ItemKind::kWords) {
      for (auto& w : it.words) merged.back().words.push_back(std::move(w));
    } else {
      merged.push_back(std::move(it));
    }
  }
  return merged;
}

}  // namespace

// Builds the model from either format; one instance per file.
class LexiconParser {
 public:
  LexiconParser(VerbLexicon* lex, std::string_view origin, bool petrarch)
      : lex_(lex), origin_(origin), petrarch_(petrarch) {
    stats_.file = std::string(origin);
  }

  Status Run(std::string_view text);

 private:
  std::string Where() const { return origin_ + ":" + std::to_string(line_no_); }
  Status Error(const std::string& what) const {
    return Status::Corruption(Where() + ": " + what);
  }
  // Pattern text (between '-' and '[') -> items. False if unreadable.
  bool ParsePattern(std::string_view text, VerbPattern* p, std::string* why);
  bool ParseItems(std::string_view text, std::vector<PatternItem>* before,
                  std::vector<PatternItem>* after, bool* saw_star, std::string* why);
  void AddTrigger(uint32_t block, std::vector<std::string> words, size_t verb_at,
                  bool noun, const std::string& code, bool generate_forms);
  uint32_t NewBlock(std::string name, bool noun);

  // Built-in format.
  Status BuiltinLine(std::string_view line);
  // PETRARCH format.
  void PetrarchLine(std::string_view line);
  void PetrarchVerbLine(std::string_view line);

  VerbLexicon* lex_;
  std::string origin_;
  bool petrarch_;
  int line_no_ = 0;
  int32_t current_block_ = -1;
  int32_t current_synset_ = -1;  // PETRARCH: collecting +members
  VerbFileStats stats_;
};

uint32_t LexiconParser::NewBlock(std::string name, bool noun) {
  VerbBlock b;
  b.name = std::move(name);
  b.noun = noun;
  b.user = petrarch_;
  b.origin = Where();
  lex_->blocks_.push_back(std::move(b));
  ++stats_.blocks;
  return static_cast<uint32_t>(lex_->blocks_.size() - 1);
}

void LexiconParser::AddTrigger(uint32_t block, std::vector<std::string> words, size_t verb_at,
                               bool noun, const std::string& code, bool generate_forms) {
  if (words.empty() || verb_at >= words.size()) return;
  Trigger t;
  t.block = block;
  t.code = code;
  t.before.assign(words.begin(), words.begin() + verb_at);
  t.after.assign(words.begin() + verb_at + 1, words.end());
  std::string key = words[verb_at];
  auto& index = noun ? lex_->nouns_ : lex_->verbs_;
  std::vector<std::string> keys = {key};
  if (generate_forms) {
    if (noun) {
      keys.push_back(PluralOf(key));
    } else {
      for (std::string& f : RegularVerbForms(key)) keys.push_back(std::move(f));
    }
  }
  for (const std::string& k : keys) {
    auto& list = index[k];
    bool dup = false;
    for (const Trigger& o : list)
      dup = dup || (o.block == t.block && o.before == t.before && o.after == t.after);
    if (!dup) list.push_back(t);
  }
  ++stats_.triggers;
}

bool LexiconParser::ParseItems(std::string_view text, std::vector<PatternItem>* before,
                               std::vector<PatternItem>* after, bool* saw_star,
                               std::string* why) {
  // Chunks: whitespace-separated, except that {...} is one chunk.
  std::vector<std::pair<std::string_view, bool>> chunks;  // text, braced
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsAsciiSpace(c) || c == '(' || c == ')') {
      ++i;
      continue;
    }
    if (c == '{') {
      size_t close = text.find('}', i);
      if (close == std::string_view::npos) {
        *why = "'{' without '}'";
        return false;
      }
      chunks.emplace_back(text.substr(i + 1, close - i - 1), true);
      i = close + 1;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsAsciiSpace(text[j]) && text[j] != '(' && text[j] != ')' &&
           text[j] != '{')
      ++j;
    chunks.emplace_back(text.substr(i, j - i), false);
    i = j;
  }
  for (const auto& [chunk, braced] : chunks) {
    std::vector<PatternItem>* out = *saw_star ? after : before;
    PatternItem words;  // consecutive plain words of this chunk
    auto flush = [&] {
      if (!words.words.empty()) out->push_back(std::move(words));
      words = PatternItem();
    };
    for (std::string_view part : Tokens(chunk, braced ? " \t_" : "_")) {
      if (part == "*") {
        flush();
        if (*saw_star) {
          *why = "two '*'";
          return false;
        }
        *saw_star = true;
        out = after;
        continue;
      }
      if (part == "$" || part == "+" || part == "%" || part == "^") {
        flush();
        PatternItem it;
        it.kind = part == "$"   ? ItemKind::kSource
                  : part == "+" ? ItemKind::kTarget
                  : part == "%" ? ItemKind::kCompound
                                : ItemKind::kSkip;
        out->push_back(std::move(it));
        continue;
      }
      if (part[0] == '&') {
        flush();
        PatternItem it;
        it.kind = ItemKind::kSynset;
        it.synset = lex_->SynsetId(NormSynsetName(part.substr(1)));
        out->push_back(std::move(it));
        continue;
      }
      // A plain word; a '+' or '$' glued to it (TABARI "SUGGESTED_+") was
      // split off by '_' already; strip any left.
      std::string w = Fold(part);
      w.erase(std::remove_if(w.begin(), w.end(), [](char ch) { return ch == '+' || ch == '$'; }),
              w.end());
      if (w.empty()) continue;
      words.words.push_back(std::move(w));
      if (braced) continue;
    }
    flush();
  }
  return true;
}

bool LexiconParser::ParsePattern(std::string_view text, VerbPattern* p, std::string* why) {
  bool saw_star = false;
  if (!ParseItems(text, &p->before, &p->after, &saw_star, why)) return false;
  if (!saw_star) {
    *why = "no '*' (the trigger's place)";
    return false;
  }
  int weight = 0;
  for (const auto* list : {&p->before, &p->after})
    for (const PatternItem& it : *list) {
      if (it.kind == ItemKind::kWords) weight += static_cast<int>(it.words.size());
      else if (it.kind != ItemKind::kSkip) weight += 1;
    }
  p->weight = weight;
  p->origin = Where();
  return true;
}

Status LexiconParser::Run(std::string_view text) {
  bool in_xml_comment = false;
  for (std::string_view raw : Split(text, '\n')) {
    ++line_no_;
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (petrarch_) {
      // XML comments, possibly spanning lines.
      std::string buf;
      std::string_view rest = line;
      while (true) {
        if (in_xml_comment) {
          size_t e = rest.find("-->");
          if (e == std::string_view::npos) {
            rest = {};
            break;
          }
          rest = rest.substr(e + 3);
          in_xml_comment = false;
        }
        size_t b = rest.find("<!--");
        if (b == std::string_view::npos) {
          buf.append(rest);
          break;
        }
        buf.append(rest.substr(0, b));
        rest = rest.substr(b + 4);
        in_xml_comment = true;
      }
      size_t hash = buf.find('#');
      if (hash != std::string::npos) buf.erase(hash);
      if (TrimAscii(buf).empty()) continue;
      PetrarchLine(buf);
    } else {
      size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      if (TrimAscii(line).empty()) continue;
      NEWSMILL_RETURN_IF_ERROR(BuiltinLine(line));
    }
  }
  lex_->files_.push_back(stats_);
  return Status::Ok();
}

// ---- The project's format ----------------------------------------------------

Status LexiconParser::BuiltinLine(std::string_view raw) {
  std::string_view line = TrimAscii(raw);
  if (line[0] == '&') {
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) return Error("synset needs '=': &NAME = a, b");
    std::string name = NormSynsetName(TrimAscii(line.substr(1, eq - 1)));
    int32_t id = lex_->SynsetId(name);
    auto& syn = lex_->synsets_[id];
    if (syn.defined) return Error("synset &" + name + " defined twice");
    syn.defined = true;
    for (std::string_view m : Tokens(line.substr(eq + 1), ",")) {
      std::vector<PatternItem> before, after;
      bool star = false;
      std::string why;
      if (!ParseItems(m, &before, &after, &star, &why) || star || before.empty())
        return Error("bad synset member '" + std::string(TrimAscii(m)) + "'");
      // A member is words (or synsets): the pattern markers $ + % ^ would
      // match any word there ("%" in a list of prices matched everything).
      for (const PatternItem& it : before)
        if (it.kind != ItemKind::kWords && it.kind != ItemKind::kSynset)
          return Error("synset member '" + std::string(TrimAscii(m)) +
                       "' is a pattern marker, not a word");
      syn.members.push_back(MergeWords(std::move(before)));
    }
    ++stats_.synsets;
    return Status::Ok();
  }
  // Split "head [code] options".
  std::string code, paired, options_text;
  std::string_view head = line;
  size_t lb = line.find('[');
  if (lb != std::string_view::npos) {
    size_t rb = line.find(']', lb);
    if (rb == std::string_view::npos) return Error("'[' without ']'");
    ParseCode(line.substr(lb + 1, rb - lb - 1), &code, &paired);
    head = line.substr(0, lb);
    options_text = std::string(line.substr(rb + 1));
  }
  uint32_t flags = 0;
  bool has_flags = false;
  Frame frame = Frame::kNone;
  std::string content;
  std::vector<TargetRole> targets;
  for (std::string_view opt : Tokens(options_text, " \t")) {
    size_t eq = opt.find('=');
    if (eq == std::string_view::npos) return Error("option '" + std::string(opt) + "' needs '='");
    std::string_view k = opt.substr(0, eq), v = opt.substr(eq + 1);
    if (k == "target") {
      if (!ParseTargets(v, &targets)) return Error("bad target list '" + std::string(v) + "'");
    } else if (k == "flags") {
      has_flags = true;
      if (!ParseFlags(v, &flags)) return Error("unknown flag in '" + std::string(v) + "'");
    } else if (k == "frame") {
      if (!ParseFrame(v, &frame)) return Error("unknown frame '" + std::string(v) + "'");
    } else if (k == "content") {
      content = std::string(v);
    } else {
      return Error("unknown option '" + std::string(k) + "'");
    }
  }
  if (line[0] == '-') {
    if (current_block_ < 0) return Error("pattern before any block");
    VerbPattern p;
    std::string why;
    if (!ParsePattern(head.substr(1), &p, &why)) return Error(why);
    if (lb == std::string_view::npos) return Error("pattern needs a [code]");
    p.code = code;
    p.paired_code = paired;
    p.has_flags = has_flags;
    p.flags = flags;
    p.targets = std::move(targets);
    lex_->patterns_.push_back(std::move(p));
    lex_->blocks_[current_block_].patterns.push_back(
        static_cast<uint32_t>(lex_->patterns_.size() - 1));
    ++stats_.patterns;
    return Status::Ok();
  }
  std::string_view kind = head.substr(0, head.find(' '));
  if (kind != "verb" && kind != "noun" && kind != "light")
    return Error("expected 'verb', 'noun', 'light', '&NAME =' or '- pattern'");
  if (kind != "light" && lb == std::string_view::npos) return Error("block needs a [code]");
  bool noun = kind == "noun";
  std::vector<std::vector<std::string>> phrases;
  for (std::string_view ph : Tokens(head.substr(kind.size()), ",")) {
    std::vector<std::string> words;
    for (std::string_view w : Tokens(ph, " \t")) words.push_back(Fold(w));
    if (!words.empty()) phrases.push_back(std::move(words));
  }
  if (phrases.empty()) return Error("block without triggers");
  std::string name;
  for (const auto& w : phrases[0]) name += (name.empty() ? "" : " ") + w;
  uint32_t b = NewBlock(name, noun);
  VerbBlock& blk = lex_->blocks_[b];
  blk.code = code;
  blk.paired_code = paired;
  blk.flags = flags | (kind == "light" ? kFlagLight : 0u);
  blk.frame = frame;
  blk.content = content;
  blk.targets = std::move(targets);
  current_block_ = static_cast<int32_t>(b);
  for (auto& words : phrases) {
    // Verbs: the first word is looked up; nouns: the last (the head).
    size_t at = noun ? words.size() - 1 : 0;
    AddTrigger(b, std::move(words), at, noun, "", true);
  }
  return Status::Ok();
}

// ---- PETRARCH's format -------------------------------------------------------

void LexiconParser::PetrarchLine(std::string_view raw) {
  std::string_view line = TrimAscii(raw);
  if (line.empty()) return;
  if (StartsWith(line, "---")) {
    current_synset_ = -1;
    // --- NAME [code] ---
    std::string_view body = TrimAscii(line.substr(3));
    std::string code, paired;
    size_t lb = body.find('['), rb = body.find(']');
    std::string name;
    if (lb != std::string_view::npos && rb != std::string_view::npos && rb > lb) {
      ParseCode(body.substr(lb + 1, rb - lb - 1), &code, &paired);
      name = Fold(body.substr(0, lb));
    } else {
      name = Fold(body);
      while (!name.empty() && name.back() == '-') name.pop_back();
      name = Fold(name);
    }
    uint32_t b = NewBlock(name, false);
    lex_->blocks_[b].code = code;
    lex_->blocks_[b].paired_code = paired;
    current_block_ = static_cast<int32_t>(b);
    return;
  }
  if (line[0] == '&') {
    std::string name = NormSynsetName(TrimAscii(Tokens(line.substr(1), " \t")[0]));
    current_synset_ = lex_->SynsetId(name);
    lex_->synsets_[current_synset_].defined = true;
    ++stats_.synsets;
    return;
  }
  if (line[0] == '+' && current_synset_ >= 0) {
    std::vector<PatternItem> before, after;
    bool star = false;
    std::string why;
    std::string_view member = TrimAscii(line.substr(1));
    if (!ParseItems(member, &before, &after, &star, &why) || star || before.empty()) {
      ++stats_.skipped_lines;
      return;
    }
    lex_->synsets_[current_synset_].members.push_back(MergeWords(std::move(before)));
    return;
  }
  if (line[0] == '~') {  // transformations: not used by this coder
    ++stats_.skipped_lines;
    return;
  }
  if (line[0] == '-') {
    if (current_block_ < 0) {
      ++stats_.skipped_lines;
      return;
    }
    size_t lb = line.rfind('[');
    size_t rb = line.rfind(']');
    if (lb == std::string_view::npos || rb == std::string_view::npos || rb < lb) {
      ++stats_.skipped_lines;
      return;
    }
    VerbPattern p;
    std::string why;
    if (!ParsePattern(line.substr(1, lb - 1), &p, &why)) {
      ++stats_.skipped_lines;
      return;
    }
    ParseCode(line.substr(lb + 1, rb - lb - 1), &p.code, &p.paired_code);
    lex_->patterns_.push_back(std::move(p));
    lex_->blocks_[current_block_].patterns.push_back(
        static_cast<uint32_t>(lex_->patterns_.size() - 1));
    ++stats_.patterns;
    return;
  }
  current_synset_ = -1;
  PetrarchVerbLine(line);
}

// ACCUSE | HURRY {HURRIES HURRYING HURRIED} | CLARIFY {...} [040] |
// +BEEF_UP | RE_+ARREST | WIRE_+TAP {WIRE_+TAPS ...} | KLM_NOP_+RST [002]
void LexiconParser::PetrarchVerbLine(std::string_view line) {
  if (current_block_ < 0) {
    ++stats_.skipped_lines;
    return;
  }
  std::string code, paired;
  size_t lb = line.find('[');
  if (lb != std::string_view::npos) {
    size_t rb = line.find(']', lb);
    if (rb == std::string_view::npos) {
      ++stats_.skipped_lines;
      return;
    }
    ParseCode(line.substr(lb + 1, rb - lb - 1), &code, &paired);
    line = TrimAscii(line.substr(0, lb));
  }
  std::string_view forms_text;
  bool has_forms = false;
  size_t ob = line.find('{');
  if (ob != std::string_view::npos) {
    size_t cb = line.find('}', ob);
    if (cb == std::string_view::npos) {
      ++stats_.skipped_lines;
      return;
    }
    forms_text = line.substr(ob + 1, cb - ob - 1);
    has_forms = true;
    line = TrimAscii(line.substr(0, ob));
  }
  auto tokens = Tokens(line, " \t");
  if (tokens.empty()) {
    ++stats_.skipped_lines;
    return;
  }
  // One written form -> words and the index of the verb word.
  auto split_form = [](std::string_view form, std::vector<std::string>* words) -> size_t {
    size_t verb_at = 0;
    bool marked = false;
    for (std::string_view part : Tokens(form, "_")) {
      std::string w = Fold(part);
      if (!w.empty() && w[0] == '+') {
        w.erase(0, 1);
        verb_at = words->size();
        marked = true;
      }
      if (!w.empty()) words->push_back(std::move(w));
    }
    if (!marked) verb_at = 0;
    return verb_at;
  };
  uint32_t b = static_cast<uint32_t>(current_block_);
  std::vector<std::string> words;
  size_t at = split_form(tokens[0], &words);
  if (words.empty()) {
    ++stats_.skipped_lines;
    return;
  }
  // TABARI's "WORD_ " open match and stray extra tokens are read as the
  // single form; PETRARCH generates regular forms only without {...}.
  AddTrigger(b, words, at, false, code, !has_forms);
  if (has_forms) {
    for (std::string_view f : Tokens(forms_text, " \t")) {
      std::vector<std::string> fw;
      size_t fat = split_form(f, &fw);
      if (!fw.empty()) AddTrigger(b, std::move(fw), fat, false, code, false);
    }
  }
}

// ---- VerbLexicon -----------------------------------------------------------------

int32_t VerbLexicon::SynsetId(std::string_view name) {
  auto it = synset_index_.find(name);
  if (it != synset_index_.end()) return it->second;
  Synset s;
  s.name = std::string(name);
  synsets_.push_back(std::move(s));
  int32_t id = static_cast<int32_t>(synsets_.size() - 1);
  synset_index_.emplace(std::string(name), id);
  return id;
}

void VerbLexicon::IndexSynsets() {
  for (Synset& s : synsets_) {
    s.by_first_word.clear();
    s.others.clear();
    for (uint32_t m = 0; m < s.members.size(); ++m) {
      const auto& items = s.members[m];
      if (!items.empty() && items[0].kind == ItemKind::kWords && !items[0].words.empty()) {
        s.by_first_word[items[0].words[0]].push_back(m);
      } else {
        s.others.push_back(m);
      }
    }
  }
}

Status VerbLexicon::Finish(std::string_view origin) {
  IndexSynsets();
  for (const Synset& s : synsets_) {
    if (!s.defined)
      return Status::Corruption(std::string(origin) + ": synset &" + s.name +
                                " is used but never defined");
  }
  return Status::Ok();
}

std::unique_ptr<VerbLexicon> VerbLexicon::Empty() {
  return std::unique_ptr<VerbLexicon>(new VerbLexicon());
}

Status VerbLexicon::AddBuiltin(std::string_view text, std::string_view origin) {
  LexiconParser parser(this, origin, false);
  NEWSMILL_RETURN_IF_ERROR(parser.Run(text));
  return Finish(origin);
}

Status VerbLexicon::AddPetrarch(std::string_view text, std::string_view origin) {
  LexiconParser parser(this, origin, true);
  NEWSMILL_RETURN_IF_ERROR(parser.Run(text));
  // Synsets a user file uses but never defines match nothing, as in
  // PETRARCH (which drops such patterns); count them as skipped.
  for (Synset& s : synsets_) {
    if (!s.defined) {
      s.defined = true;
      ++files_.back().skipped_lines;
    }
  }
  IndexSynsets();
  return Status::Ok();
}

std::span<const Trigger> VerbLexicon::VerbTriggers(std::string_view word) const {
  auto it = verbs_.find(word);
  if (it == verbs_.end()) return {};
  return it->second;
}

std::span<const Trigger> VerbLexicon::NounTriggers(std::string_view word) const {
  auto it = nouns_.find(word);
  if (it == nouns_.end()) return {};
  return it->second;
}

namespace {

bool IsVerbFileName(const std::string& name) {
  std::string n = ToLowerAscii(name);
  if (!EndsWith(n, ".txt")) return false;
  return n.find("verbs") != std::string::npos || StartsWith(n, "cameo.");
}

}  // namespace

Result<std::unique_ptr<VerbLexicon>> VerbLexicon::Load(const VerbLexiconOptions& options) {
  std::unique_ptr<VerbLexicon> lex(new VerbLexicon());
  if (options.builtin) {
    auto text = ReadDataFile("events/verbs.txt", options.data_dir);
    if (!text.ok()) return text.status();
    NEWSMILL_RETURN_IF_ERROR(lex->AddBuiltin(*text, "events/verbs.txt"));
  }
  for (const std::string& dir : options.user_dirs) {
    std::vector<std::string> files;
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file() && IsVerbFileName(entry.path().filename().string()))
          files.push_back(entry.path().string());
      }
      std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(dir, ec)) {
      if (IsVerbFileName(std::filesystem::path(dir).filename().string())) files.push_back(dir);
    } else {
      return Status::NotFound("--lexicon: '" + dir + "' is not a file or directory");
    }
    for (const std::string& f : files) {
      auto text = ReadFileToString(f);
      if (!text.ok()) return text.status();
      NEWSMILL_RETURN_IF_ERROR(lex->AddPetrarch(*text, f));
    }
  }
  return lex;
}

}  // namespace newsmill

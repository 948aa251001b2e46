#include "time/time_grammar.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {

constexpr int kMaxElems = 16;

struct TimeGrammar::Elem {
  std::vector<int32_t> words;  // vocabulary entries
  uint64_t word_bloom = 0;     // bit (id % 64) of each word: a quick reject
  uint64_t classes = 0;        // any of these classes
  bool num = false;            // NUM
  bool ord = false;            // ORD
  bool optional = false;
  bool cap = false;            // must be capitalised
  bool lower = false;          // must not be capitalised
  bool context = false;
  bool negated = false;
};

struct TimeGrammar::Source {
  FrameField field = FrameField::kValue;
  bool capture = false;
  double value = kUnset;  // constant
  int elem = -1;          // captured element
  int cls = -1;           // class to read; -2: the NUM/ORD value
  bool negate = false;
};

struct TimeGrammar::Rule {
  std::vector<Elem> elems;
  size_t span_first = 0;
  size_t span_last = 0;
  size_t anchor = 0;      // first required hot element (see Index)
  uint32_t prefix = 0;    // most tokens the elements before it can take
  uint32_t min_prefix = 0;  // fewest (its required elements)
  // The one-token elements right before and after the anchor when they are
  // required: a cheap test that rules out most rules at a hot token.
  int pre = -1;
  int post = -1;
  TimexType type = TimexType::kDate;
  std::string literal;
  std::vector<Source> sources;
  int line = 0;
};

// The tests of a rule at a hot token in a small flat record (see Match).
struct TimeGrammar::Filter {
  // The tokens a match can start with (the first elements up to the first
  // required one), when they are known: a quick reject of start positions.
  uint64_t start_classes = 0, start_bloom = 0;
  bool has_start = false;
  uint32_t prefix = 0, min_prefix = 0;
  // Copies of the rule's fields that Match reads at each candidate, so
  // that the rule and its elements are read only for the few that pass.
  int pre = -1, post = -1;
  // The first span element is required and one token: tested at each
  // start. A token with one of start_classes matches it when it has no
  // case mark (first_by_class).
  bool check_first = false, first_by_class = false;
  bool context = false;  // the rule has left context
};

namespace {

struct FieldName {
  std::string_view name;
  FrameField field;
};

constexpr std::array<FieldName, 25> kFieldNames = {{
    {"val", FrameField::kValue},      {"y", FrameField::kYear},
    {"m", FrameField::kMonth},        {"d", FrameField::kDay},
    {"wd", FrameField::kWeekday},     {"q", FrameField::kQuarter},
    {"half", FrameField::kHalf},      {"season", FrameField::kSeason},
    {"pod", FrameField::kPartOfDay},  {"hour", FrameField::kHour},
    {"min", FrameField::kMinute},     {"ampm", FrameField::kAmPm},
    {"tz", FrameField::kZone},        {"decade", FrameField::kDecade},
    {"century", FrameField::kCentury}, {"date", FrameField::kDate},
    {"rel", FrameField::kRel},        {"gran", FrameField::kGran},
    {"n", FrameField::kCount},        {"unit", FrameField::kUnit},
    {"dir", FrameField::kDir},        {"anchor", FrameField::kAnchor},
    {"fy", FrameField::kFiscal},      {"holiday", FrameField::kHoliday},
    {"yoff", FrameField::kYearOffset},
}};

bool AllUpper(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(IsAsciiUpper(c) || c == '_' || c == '.' || IsAsciiDigit(c)))
      return false;
  return IsAsciiUpper(s[0]);
}

// Codes usable as constant field values.
bool ConstantCode(std::string_view s, double* v) {
  static const std::array<std::pair<std::string_view, double>, 22> kCodes = {{
      {"S", static_cast<int>(TimeUnit::kSecond)},
      {"MIN", static_cast<int>(TimeUnit::kMinute)},
      {"H", static_cast<int>(TimeUnit::kHour)},
      {"D", static_cast<int>(TimeUnit::kDay)},
      {"WE", static_cast<int>(TimeUnit::kWeekend)},
      {"W", static_cast<int>(TimeUnit::kWeek)},
      {"FN", static_cast<int>(TimeUnit::kFortnight)},
      {"M", static_cast<int>(TimeUnit::kMonth)},
      {"Q", static_cast<int>(TimeUnit::kQuarter)},
      {"HY", static_cast<int>(TimeUnit::kHalfYear)},
      {"Y", static_cast<int>(TimeUnit::kYear)},
      {"DE", static_cast<int>(TimeUnit::kDecade)},
      {"CE", static_cast<int>(TimeUnit::kCentury)},
      {"SP", 1}, {"SU", 2}, {"FA", 3}, {"WI", 4},
      {"MO", 1}, {"AF", 3}, {"EV", 4}, {"NI", 5}, {"X", kVagueCount},
  }};
  for (const auto& [code, value] : kCodes)
    if (code == s) {
      *v = value;
      return true;
    }
  if (s == "MI") {
    *v = 2;
    return true;
  }
  if (s == "DT") {
    *v = 6;
    return true;
  }
  char* end = nullptr;
  std::string tmp(s);
  double d = std::strtod(tmp.c_str(), &end);
  if (!tmp.empty() && end == tmp.c_str() + tmp.size()) {
    *v = d;
    return true;
  }
  return false;
}

std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

TimeGrammar::TimeGrammar() = default;
TimeGrammar::~TimeGrammar() = default;

Result<std::unique_ptr<TimeGrammar>> TimeGrammar::Create(
    const std::string& data_dir) {
  std::vector<std::pair<std::string, std::string>> vocabularies;
  for (const char* name :
       {"time/vocabulary.tsv", "time/tense.tsv", "time/units.tsv"}) {
    auto text = ReadDataFile(name, data_dir);
    if (!text.ok()) return text.status();
    vocabularies.emplace_back(name, std::move(text.value()));
  }
  auto rules = ReadDataFile("time/rules.txt", data_dir);
  if (!rules.ok()) return rules.status();
  return FromText(vocabularies, *rules);
}

Result<std::unique_ptr<TimeGrammar>> TimeGrammar::FromText(
    const std::vector<std::pair<std::string, std::string>>& vocabularies,
    std::string_view rules) {
  std::unique_ptr<TimeGrammar> g(new TimeGrammar());
  for (const auto& [name, text] : vocabularies)
    NEWSMILL_RETURN_IF_ERROR(g->vocab_.Load(text, name));
  // Words the number parser and the quantity recogniser compare with.
  for (std::string_view w :
       {"a", "an", "and", "-", "half", "'s", "m", "k", "us", "per", "cent",
        "between", "to", "than", "no.", "number", "many", "much", "at", "of",
        "or", "#", "'", "more", "less", "fewer", "up", "least", "as", "close",
        "estimated", "from"})
    g->vocab_.Intern(w);
  NEWSMILL_RETURN_IF_ERROR(g->LoadRules(rules, "time/rules.txt"));
  g->Index();  // marks hot words
  g->vocab_.Finalize();
  // Every match has a hot token; every quantity a number (digits or words).
  const uint64_t trigger_classes = g->hot_mask_ |
                                   (uint64_t{1} << kTcNumWord) |
                                   (uint64_t{1} << kTcNumber) |
                                   (uint64_t{1} << kTcRange);
  // Number words start no match (NUM is never hot): they count for
  // quantities, beside a word that may be the unit or go on with them.
  TimeTriggerFilter::NumberWords numbers;
  if ((g->hot_mask_ & (uint64_t{1} << kTcNumWord)) == 0) {
    numbers.classes = uint64_t{1} << kTcNumWord;
    const uint64_t unit = (uint64_t{1} << kTcQuantityUnit) |
                          (uint64_t{1} << kTcCurrency) |
                          (uint64_t{1} << kTcNumWord);
    for (size_t id = 0; id < g->vocab_.size(); ++id)
      if (g->vocab_.ClassesOf(static_cast<int32_t>(id)) & unit)
        numbers.goes_on.push_back(g->vocab_.entry(static_cast<int32_t>(id)).key);
    // What FindQuantities and ParseCardinal read after a number.
    for (const char* w : {"and", "a", "an", "half", "dozen", "per", "cent",
                          "us", "to", "m", "k", "percent"})
      numbers.goes_on.push_back(w);
  }
  g->triggers_.Build(g->vocab_, trigger_classes,
                     g->WeakWords(trigger_classes), numbers);
  g->kA_ = g->vocab_.Find("a");
  g->kAn_ = g->vocab_.Find("an");
  g->kAnd_ = g->vocab_.Find("and");
  g->kDash_ = g->vocab_.Find("-");
  g->kHalf_ = g->vocab_.Find("half");
  Words& w = g->words_;
  const TimeVocabulary& v = g->vocab_;
  w.a = v.Find("a"); w.an = v.Find("an"); w.and_ = v.Find("and");
  w.to = v.Find("to"); w.than = v.Find("than"); w.more = v.Find("more");
  w.less = v.Find("less"); w.fewer = v.Find("fewer"); w.up = v.Find("up");
  w.least = v.Find("least"); w.at = v.Find("at"); w.as = v.Find("as");
  w.many = v.Find("many"); w.much = v.Find("much"); w.close = v.Find("close");
  w.estimated = v.Find("estimated"); w.per = v.Find("per");
  w.cent = v.Find("cent"); w.us = v.Find("us"); w.m = v.Find("m");
  w.k = v.Find("k"); w.between = v.Find("between"); w.no = v.Find("no.");
  w.number = v.Find("number"); w.of = v.Find("of"); w.or_ = v.Find("or");
  w.hash = v.Find("#"); w.dash = v.Find("-"); w.from = v.Find("from");
  return g;
}

size_t TimeGrammar::rule_count() const { return rules_.size(); }

std::string TimeGrammar::RuleName(int rule) const {
  if (rule < 0 || rule >= static_cast<int>(rules_.size())) return "?";
  return rules_file_ + ":" + std::to_string(rules_[rule].line);
}

Status TimeGrammar::LoadRules(std::string_view text,
                              std::string_view file_name) {
  rules_file_ = std::string(file_name);
  std::vector<std::pair<std::string, std::string>> macros;
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    size_t hash = line.find(" #");
    if (!line.empty() && line[0] == '#') continue;
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimAscii(line);
    if (line.empty()) continue;
    auto err = [&](const std::string& m) {
      return Status::InvalidArgument(std::string(file_name) + ":" +
                                     std::to_string(line_no) + ": " + m);
    };
    if (StartsWith(line, "define ")) {
      std::vector<std::string_view> f = Fields(line.substr(7));
      if (f.size() != 3 || f[1] != "=" || f[0].size() < 2 || f[0][0] != '@')
        return err("expected 'define @NAME = alternatives'");
      macros.emplace_back(std::string(f[0]), std::string(f[2]));
      continue;
    }
    size_t arrow = line.find("=>");
    if (arrow == std::string_view::npos) return err("expected '=>'");
    Rule r;
    r.line = line_no;
    // Pattern.
    bool seen_span = false;
    for (std::string_view tok : Fields(line.substr(0, arrow))) {
      Elem e;
      if (tok.size() >= 2 && tok.front() == '[' && tok.back() == ']') {
        e.context = true;
        tok = tok.substr(1, tok.size() - 2);
        if (!tok.empty() && tok[0] == '!') {
          e.negated = true;
          tok = tok.substr(1);
        }
      }
      while (tok.size() > 1 &&
             (tok.back() == '?' || tok.back() == '^' || tok.back() == '_')) {
        if (tok.back() == '?') e.optional = true;
        if (tok.back() == '^') e.cap = true;
        if (tok.back() == '_') e.lower = true;
        tok.remove_suffix(1);
      }
      if (tok.empty()) return err("empty pattern element");
      std::string expanded;
      for (std::string_view alt : Split(tok, '|')) {
        if (!expanded.empty()) expanded += '|';
        if (!alt.empty() && alt[0] == '@') {
          bool found = false;
          for (const auto& [name, value] : macros)
            if (name == alt) {
              expanded += value;
              found = true;
            }
          if (!found) return err("unknown macro '" + std::string(alt) + "'");
        } else {
          expanded += alt;
        }
      }
      tok = expanded;
      for (std::string_view alt : Split(tok, '|')) {
        if (alt.empty()) return err("empty alternative in '" + std::string(tok) + "'");
        if (alt == "NUM") {
          e.num = true;
        } else if (alt == "ORD") {
          e.ord = true;
        } else if (AllUpper(alt)) {
          int cls = TimeVocabulary::ClassByName(alt);
          if (cls < 0) return err("unknown class '" + std::string(alt) + "'");
          e.classes |= uint64_t{1} << cls;
        } else {
          std::string key;
          if (!TimeLookupKey(alt, &key) || key != alt)
            return err("literal '" + std::string(alt) + "' must be lower case");
          if (vocab_.Find(alt) < 0 &&
              vocab_.size() >= TimeVocabulary::kMaxEntries)
            return err("more than 65,535 words");
          e.words.push_back(vocab_.Intern(alt));
          e.word_bloom |= uint64_t{1} << (e.words.back() & 63);
        }
      }
      if ((e.num || e.ord) && (e.context || e.classes || !e.words.empty()))
        return err("NUM and ORD stand alone and cannot be context");
      if (e.context && e.optional) return err("context cannot be optional");
      if (e.context) {
        if (seen_span) {
          // right context: fine
        }
      } else {
        if (!seen_span) r.span_first = r.elems.size();
        seen_span = true;
        r.span_last = r.elems.size();
      }
      r.elems.push_back(std::move(e));
    }
    if (!seen_span) return err("pattern has no element outside context");
    if (r.elems.size() > kMaxElems) return err("more than 16 elements");
    for (size_t k = r.span_first; k <= r.span_last; ++k)
      if (r.elems[k].context) return err("context in the middle of a pattern");
    bool all_optional = true;
    for (size_t k = r.span_first; k <= r.span_last; ++k)
      all_optional = all_optional && r.elems[k].optional;
    if (all_optional) return err("every span element is optional");
    // Action.
    std::vector<std::string_view> act = Fields(line.substr(arrow + 2));
    if (act.empty()) return err("expected a type after '=>'");
    if (act[0] == "DATE") r.type = TimexType::kDate;
    else if (act[0] == "TIME") r.type = TimexType::kTime;
    else if (act[0] == "DURATION") r.type = TimexType::kDuration;
    else if (act[0] == "SET") r.type = TimexType::kSet;
    else return err("unknown type '" + std::string(act[0]) + "'");
    for (size_t a = 1; a < act.size(); ++a) {
      size_t eq = act[a].find('=');
      if (eq == std::string_view::npos)
        return err("expected field=value, got '" + std::string(act[a]) + "'");
      std::string_view name = act[a].substr(0, eq);
      std::string_view val = act[a].substr(eq + 1);
      Source s;
      bool known = false;
      for (const FieldName& fn : kFieldNames)
        if (fn.name == name) {
          s.field = fn.field;
          known = true;
        }
      if (!known) return err("unknown field '" + std::string(name) + "'");
      if (s.field == FrameField::kValue) {
        r.literal = std::string(val);
        continue;
      }
      if (!val.empty() && val[0] == '-' && val.size() > 1 &&
          IsAsciiUpper(val[1])) {
        s.negate = true;
        val = val.substr(1);
      }
      if (AllUpper(val) && val != "X" && !ConstantCode(val, &s.value)) {
        int occurrence = 1;
        size_t dot = val.find('.');
        if (dot != std::string_view::npos) {
          occurrence = std::atoi(std::string(val.substr(dot + 1)).c_str());
          val = val.substr(0, dot);
        }
        int cls = -1;
        bool numeric = val == "NUM" || val == "ORD";
        if (!numeric) {
          cls = TimeVocabulary::ClassByName(val);
          if (cls < 0) return err("unknown class '" + std::string(val) + "'");
        }
        int seen = 0;
        for (size_t k = 0; k < r.elems.size(); ++k) {
          const Elem& e = r.elems[k];
          if (e.context) continue;
          bool hit = numeric ? (val == "NUM" ? e.num : e.ord)
                             : ((e.classes >> cls) & 1) != 0;
          // Literal words of that class also do: spring|summer SEASON.
          if (!numeric && !hit && !e.words.empty()) {
            hit = true;
            for (int32_t w : e.words)
              hit = hit && ((vocab_.entry(w).classes >> cls) & 1) != 0;
          }
          if (hit && ++seen == occurrence) {
            s.elem = static_cast<int>(k);
            break;
          }
        }
        if (s.elem < 0)
          return err("field " + std::string(name) + " refers to " +
                     std::string(val) + ", which the pattern does not have");
        s.capture = true;
        s.cls = numeric ? -2 : cls;
        s.value = kUnset;
      } else if (!ConstantCode(val, &s.value)) {
        return err("bad value '" + std::string(val) + "' for field " +
                   std::string(name));
      }
      r.sources.push_back(s);
    }
    if (rules_.size() >= 65535) return err("too many rules");
    rules_.push_back(std::move(r));
  }
  return Status::Ok();
}

bool TimeGrammar::ElemIsHot(const Elem& e) const {
  if (e.num || e.ord) return false;  // numbers and "first" are too common
  if (e.classes != 0 && (e.classes & ~hot_mask_) != 0) return false;
  for (int32_t w : e.words)
    if (!((vocab_.entry(w).classes & hot_mask_) != 0)) return false;
  return e.classes != 0 || !e.words.empty();
}

void TimeGrammar::Index() {
  // Hot classes: the tokens a time expression or quantity is built around.
  // Plain numbers are not: news is full of them, and a time expression
  // with a number has a unit, a month or a.m. beside it.
  for (int c : {kTcMonth, kTcMonthSafe, kTcWeekday, kTcUnit, kTcUnits,
                kTcSeason, kTcPartDay, kTcHoliday, kTcDecadeWord, kTcWeekdays,
                kTcAmPm, kTcTz, kTcHot, kTcYear, kTcClock, kTcIsoDate,
                kTcSlashDate, kTcDecade, kTcYear2, kTcQuarterTok, kTcHalfTok,
                kTcFiscalTok, kTcRecentYear})
    hot_mask_ |= uint64_t{1} << c;
  // A rule without a hot element gets one: the literal element with the
  // longest words ("soon" in "as soon as", "past" in "the past").
  for (const Rule& r : rules_) {
    bool hot = false;
    for (size_t k = r.span_first; k <= r.span_last && !hot; ++k)
      hot = !r.elems[k].optional && ElemIsHot(r.elems[k]);
    if (hot) continue;
    int best = -1;
    size_t best_len = 0;
    for (size_t k = r.span_first; k <= r.span_last; ++k) {
      const Elem& e = r.elems[k];
      if (e.optional || e.words.empty() || e.classes != 0) continue;
      size_t len = SIZE_MAX;
      for (int32_t w : e.words) len = std::min(len, vocab_.entry(w).key.size());
      if (best < 0 || len > best_len) {
        best = static_cast<int>(k);
        best_len = len;
      }
    }
    if (best >= 0) {
      for (int32_t w : r.elems[best].words)
        vocab_.mutable_entry(w).classes |= uint64_t{1} << kTcHot;
    } else {
      for (size_t k = r.span_first; k <= r.span_last; ++k)
        if (!r.elems[k].optional) {
          hot_mask_ |= r.elems[k].classes;
          break;
        }
    }
  }
  // Each rule's anchor: its first required hot element, and how many
  // tokens before it the match can start.
  window_ = 0;
  for (Rule& r : rules_) {
    r.anchor = r.span_first;
    r.prefix = 0;
    r.min_prefix = 0;
    for (size_t k = r.span_first; k <= r.span_last; ++k) {
      const Elem& e = r.elems[k];
      if (!e.optional && ElemIsHot(e)) {
        r.anchor = k;
        break;
      }
      r.prefix += e.num ? 6 : e.ord ? 3 : 1;
      if (!e.optional) ++r.min_prefix;
    }
    window_ = std::max(window_, r.prefix);
    auto single = [&r](size_t k) {
      const Elem& e = r.elems[k];
      return !e.optional && !e.num && !e.ord && !e.context;
    };
    r.pre = r.anchor > r.span_first && single(r.anchor - 1)
                ? static_cast<int>(r.anchor - 1) : -1;
    r.post = r.anchor < r.span_last && single(r.anchor + 1)
                 ? static_cast<int>(r.anchor + 1) : -1;
  }
  by_entry_.assign(vocab_.size(), {});
  by_class_.assign(64, {});
  int32_t a = vocab_.Find("a"), an = vocab_.Find("an");
  for (size_t ri = 0; ri < rules_.size(); ++ri) {
    const Rule& r = rules_[ri];
    uint16_t id = static_cast<uint16_t>(ri);
    for (size_t k = r.span_first; k <= r.span_last; ++k) {
      const Elem& e = r.elems[k];
      for (int32_t w : e.words) by_entry_[w].push_back(id);
      for (int c = 0; c < 64; ++c)
        if ((e.classes >> c) & 1) by_class_[c].push_back(id);
      if (e.num) {
        by_class_[kTcNumber].push_back(id);
        by_class_[kTcNumWord].push_back(id);
        by_class_[kTcFraction].push_back(id);
        by_entry_[a].push_back(id);
        by_entry_[an].push_back(id);
      }
      if (e.ord) {
        by_class_[kTcOrdWord].push_back(id);
        by_class_[kTcOrdNum].push_back(id);
        by_class_[kTcNumWord].push_back(id);
      }
      if (!e.optional) break;
    }
  }
  auto dedupe = [](std::vector<uint16_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  for (auto& v : by_entry_) dedupe(v);
  for (auto& v : by_class_) dedupe(v);
  filters_.assign(rules_.size(), Filter{});
  for (size_t ri = 0; ri < rules_.size(); ++ri) {
    const Rule& r = rules_[ri];
    Filter& f = filters_[ri];
    f.prefix = r.prefix;
    f.min_prefix = r.min_prefix;
    f.pre = r.pre;
    f.post = r.post;
    const Elem& first = r.elems[r.span_first];
    f.check_first = !first.optional && !first.num && !first.ord;
    f.first_by_class = f.check_first && !first.cap && !first.lower;
    f.context = r.span_first > 0;
    for (size_t k = r.span_first; k <= r.span_last; ++k) {
      const Elem& e = r.elems[k];
      if (e.num) {  // what ParseCardinal starts from
        f.start_classes |= (uint64_t{1} << kTcNumber) |
                           (uint64_t{1} << kTcFraction) |
                           (uint64_t{1} << kTcNumWord);
        if (a >= 0) f.start_bloom |= uint64_t{1} << (a & 63);
        if (an >= 0) f.start_bloom |= uint64_t{1} << (an & 63);
      } else if (e.ord) {  // ParseOrdinal
        f.start_classes |= (uint64_t{1} << kTcOrdNum) |
                           (uint64_t{1} << kTcOrdWord) |
                           (uint64_t{1} << kTcNumWord);
      } else {
        f.start_classes |= e.classes;
        f.start_bloom |= e.word_bloom;
      }
      if (!e.optional) {
        f.has_start = true;
        break;
      }
    }
  }
  // The rule sets for Match.
  const size_t words = (rules_.size() + 63) / 64;
  set_words_ = words;
  auto add = [words](std::vector<uint64_t>& sets, size_t row, size_t ri) {
    sets[row * words + ri / 64] |= uint64_t{1} << (ri % 64);
  };
  const int32_t half = vocab_.Find("half"), dash = vocab_.Find("-"),
                and_ = vocab_.Find("and");
  anchor_entry_sets_.assign(vocab_.size() * words, 0);
  pre_entry_sets_.assign(vocab_.size() * words, 0);
  post_entry_sets_.assign(vocab_.size() * words, 0);
  anchor_class_sets_.assign(64 * words, 0);
  pre_class_sets_.assign(64 * words, 0);
  post_class_sets_.assign(64 * words, 0);
  no_pre_set_.assign(words, 0);
  no_post_set_.assign(words, 0);
  pre_class_mask_ = post_class_mask_ = 0;
  auto add_elem = [&](const Elem& e, std::vector<uint64_t>& by_entry,
                      std::vector<uint64_t>& by_class, uint64_t* mask,
                      size_t ri) {
    for (int32_t w : e.words) add(by_entry, static_cast<size_t>(w), ri);
    for (int c = 0; c < 64; ++c)
      if ((e.classes >> c) & 1) add(by_class, static_cast<size_t>(c), ri);
    if (mask != nullptr) *mask |= e.classes;
  };
  for (size_t ri = 0; ri < rules_.size(); ++ri) {
    const Rule& r = rules_[ri];
    add_elem(r.elems[r.anchor], anchor_entry_sets_, anchor_class_sets_, nullptr,
             ri);
    // The tokens that can stand right before (after) the anchor when the
    // anchor element lies on the hot token: the last (first) tokens of the
    // elements before (after) it, context included, up to the first
    // required one ("UNIT -? long": "-" or "long" after the unit). A
    // number ends with a number, a number word, "half", or the "-"/"and"
    // ParseCardinal took before a word it did not, and starts as in the
    // Filter's start set; an ordinal ends with an ordinal. Negated context
    // takes no token; with no required element on a side, any token (or
    // none) may stand there.
    auto add_edge = [&](const Elem& e, bool last, Elem* edge) {
      if (e.num) {
        edge->classes |= (uint64_t{1} << kTcNumber) |
                         (uint64_t{1} << kTcFraction) |
                         (uint64_t{1} << kTcNumWord);
        if (last) edge->words.insert(edge->words.end(), {half, dash, and_});
        else edge->words.insert(edge->words.end(), {a, an});
      } else if (e.ord) {
        edge->classes |=
            (uint64_t{1} << kTcOrdNum) | (uint64_t{1} << kTcOrdWord) |
            (last ? 0 : uint64_t{1} << kTcNumWord);
      } else {
        edge->classes |= e.classes;
        edge->words.insert(edge->words.end(), e.words.begin(), e.words.end());
      }
    };
    Elem pre_edge, post_edge;
    bool pre_required = false, post_required = false;
    for (size_t k = r.anchor; k-- > 0 && !pre_required;) {
      const Elem& e = r.elems[k];
      if (e.negated) continue;
      add_edge(e, true, &pre_edge);
      pre_required = !e.optional;
    }
    for (size_t k = r.anchor + 1; k < r.elems.size() && !post_required; ++k) {
      const Elem& e = r.elems[k];
      if (e.negated) continue;
      add_edge(e, false, &post_edge);
      post_required = !e.optional;
    }
    if (!ElemIsHot(r.elems[r.anchor])) {  // no hot element: nothing known
      pre_required = post_required = false;
    }
    std::erase(pre_edge.words, -1);
    std::erase(post_edge.words, -1);
    if (pre_required) {
      add_elem(pre_edge, pre_entry_sets_, pre_class_sets_, &pre_class_mask_,
               ri);
    } else {
      add(no_pre_set_, 0, ri);
    }
    if (post_required) {
      add_elem(post_edge, post_entry_sets_, post_class_sets_,
               &post_class_mask_, ri);
    } else {
      add(no_post_set_, 0, ri);
    }
  }
  anchor_class_mask_ = 0;
  for (int c = 0; c < 64; ++c)
    for (size_t w = 0; w < words; ++w)
      if (anchor_class_sets_[c * words + w] != 0)
        anchor_class_mask_ |= uint64_t{1} << c;
  for (size_t e = 0; e < vocab_.size(); ++e) {
    uint64_t cl = vocab_.entry(static_cast<int32_t>(e)).classes;
    for (int c = 0; c < 64; ++c) {
      if (((cl >> c) & 1) == 0) continue;
      for (size_t w = 0; w < words; ++w) {
        anchor_entry_sets_[e * words + w] |= anchor_class_sets_[c * words + w];
        pre_entry_sets_[e * words + w] |= pre_class_sets_[c * words + w];
        post_entry_sets_[e * words + w] |= post_class_sets_[c * words + w];
      }
    }
  }
  cand_by_entry_.assign(vocab_.size(), {});
  for (size_t e = 0; e < vocab_.size(); ++e) {
    std::vector<uint16_t>& v = cand_by_entry_[e];
    v = by_entry_[e];
    uint64_t cl = vocab_.entry(static_cast<int32_t>(e)).classes;
    for (int c = 0; c < 64; ++c)
      if ((cl >> c) & 1) v.insert(v.end(), by_class_[c].begin(), by_class_[c].end());
    dedupe(v);
  }
}

std::vector<TimeTriggerFilter::WeakWord> TimeGrammar::WeakWords(
    uint64_t trigger_classes) const {
  // A word made hot for a rule without a hot element (see Index) that no
  // other trigger class has matters only as the anchor of rules. When each
  // of those requires a literal word right before or after the anchor, the
  // word counts only beside them (Match tries no rule at it otherwise).
  const uint64_t hot = uint64_t{1} << kTcHot;
  auto plain = [this](const Elem& e) {
    if (e.classes != 0 || e.words.empty()) return false;
    for (int32_t w : e.words) {
      const std::string& k = vocab_.entry(w).key;
      if (k.empty() || k.size() > TimeVocabulary::kMaxKeyBytes) return false;
      for (char c : k)
        if (!IsAsciiLower(c)) return false;
    }
    return true;
  };
  std::vector<TimeTriggerFilter::WeakWord> out;
  for (size_t id = 0; id < vocab_.size(); ++id) {
    const uint64_t cl = vocab_.ClassesOf(static_cast<int32_t>(id));
    if ((cl & trigger_classes) != hot) continue;
    TimeTriggerFilter::WeakWord w;
    w.entry = static_cast<int32_t>(id);
    bool weak = true;
    for (const Rule& r : rules_) {
      const Elem& a = r.elems[r.anchor];
      bool anchored = (a.classes & cl) != 0 || a.num || a.ord;
      for (int32_t x : a.words) anchored = anchored || x == w.entry;
      if (!anchored) continue;
      TimeTriggerFilter::Need need;
      if (r.pre >= 0 && plain(r.elems[r.pre]))
        for (int32_t x : r.elems[r.pre].words)
          need.before.push_back(vocab_.entry(x).key);
      if (r.post >= 0 && plain(r.elems[r.post]))
        for (int32_t x : r.elems[r.post].words)
          need.after.push_back(vocab_.entry(x).key);
      if (need.before.empty() && need.after.empty()) {
        weak = false;
        break;
      }
      if (std::find(w.needs.begin(), w.needs.end(), need) == w.needs.end())
        w.needs.push_back(std::move(need));
    }
    if (weak) out.push_back(std::move(w));
  }
  return out;
}

[[gnu::always_inline]] inline bool TimeGrammar::ElemMatchesToken(
    const Elem& e, const TimeToken& t) const {
  if (e.cap && !t.HasFlag(TimeToken::kCapitalized)) return false;
  if (e.lower && t.HasFlag(TimeToken::kCapitalized)) return false;
  if (e.classes & t.classes) return true;
  if (t.entry >= 0 && ((e.word_bloom >> (t.entry & 63)) & 1))
    for (int32_t w : e.words)
      if (w == t.entry) return true;
  return false;
}

uint32_t TimeGrammar::ParseOrdinal(const std::vector<TimeToken>& toks,
                                   uint32_t i, uint32_t end,
                                   double* value) const {
  if (i >= end) return i;
  const TimeToken& t = toks[i];
  if (t.Has(kTcOrdNum)) {
    *value = t.num;
    return i + 1;
  }
  if (t.Has(kTcOrdWord)) {
    *value = vocab_.entry(t.entry).value[kTcOrdWord];
    return i + 1;
  }
  // twenty-first, thirty first
  if (t.Has(kTcNumWord) && t.entry >= 0) {
    double tens = vocab_.entry(t.entry).value[kTcNumWord];
    if (tens >= 20 && tens <= 90 && static_cast<int>(tens) % 10 == 0) {
      uint32_t j = i + 1;
      if (j < end && toks[j].entry == kDash_) ++j;
      if (j < end && toks[j].Has(kTcOrdWord)) {
        double u = vocab_.entry(toks[j].entry).value[kTcOrdWord];
        if (u >= 1 && u <= 9) {
          *value = tens + u;
          return j + 1;
        }
      }
    }
  }
  return i;
}

uint32_t TimeGrammar::ParseCardinal(const std::vector<TimeToken>& toks,
                                    uint32_t i, uint32_t end,
                                    double* value) const {
  if (i >= end) return i;
  const int32_t kA = kA_, kAn = kAn_, kAnd = kAnd_, kDash = kDash_;
  const int32_t kHalf = kHalf_;
  auto word_value = [&](uint32_t j) -> double {
    if (j >= end || !toks[j].Has(kTcNumWord)) return -1;
    return vocab_.entry(toks[j].entry).value[kTcNumWord];
  };
  // "and a half" / "and one half" after a number.
  auto and_half = [&](uint32_t j, double* v) -> uint32_t {
    if (j + 2 < end && toks[j].entry == kAnd &&
        (toks[j + 1].entry == kA || toks[j + 1].entry == kAn ||
         word_value(j + 1) == 1) &&
        toks[j + 2].entry == kHalf) {
      *v += 0.5;
      return j + 3;
    }
    return j;
  };
  const TimeToken& t = toks[i];
  if (t.Has(kTcNumber) || t.Has(kTcFraction)) {
    double v = t.num;
    uint32_t j = i + 1;
    if (t.Has(kTcNumber) && j < end && toks[j].Has(kTcFraction) &&
        toks[j].HasFlag(TimeToken::kSpaceBefore)) {
      v += toks[j].num;  // 2 1/2
      ++j;
    }
    j = and_half(j, &v);
    double m = word_value(j);
    if (m == 12 || m >= 100) {  // 1.5 million, 3 dozen
      v *= m;
      ++j;
    }
    *value = v;
    return j;
  }
  uint32_t j = i;
  double total = 0, current = 0;
  bool any = false;
  // "a dozen", "a hundred", "a half"
  if (t.entry == kA || t.entry == kAn) {
    double m = word_value(i + 1);
    if (m == 12 || m >= 100) {
      current = 1;
      j = i + 1;
    } else if (i + 1 < end && toks[i + 1].entry == kHalf) {
      *value = 0.5;
      return i + 2;
    } else {
      return i;
    }
  }
  while (j < end) {
    double w = word_value(j);
    if (w < 0) break;
    if (w == 100) {
      current = (current == 0 ? 1 : current) * 100;
    } else if (w >= 1000) {
      total += (current == 0 ? 1 : current) * w;
      current = 0;
    } else if (w == 12 && any && current != 0 &&
               vocab_.entry(toks[j].entry).key == "dozen") {
      current *= 12;
    } else if (w == 12 && !any && current == 1 &&
               vocab_.entry(toks[j].entry).key == "dozen") {
      current = 12;
    } else {
      // A units word after a units word ("one two") ends the number.
      if (any && current != 0 && static_cast<int64_t>(current) % 100 != 0 &&
          (w >= 10 || static_cast<int64_t>(current) % 10 != 0))
        break;
      current += w;
    }
    any = true;
    ++j;
    // twenty-five; two hundred and fifty
    if (j + 1 < end && (toks[j].entry == kDash ||
                        (toks[j].entry == kAnd && current >= 100)) &&
        word_value(j + 1) >= 0 && word_value(j + 1) < 100) {
      ++j;
    }
  }
  if (!any) return i;
  double v = total + current;
  j = and_half(j, &v);
  *value = v;
  return j;
}

namespace {

// Copies the 2 * kMaxElems captures inline: a call to memmove for 256
// bytes, at every longer match found, costs more than the copy.
[[gnu::always_inline]] inline void CopyCaps(const double* from, double* to) {
#if defined(__SSE2__)
#pragma GCC unroll 16
  for (int k = 0; k < 2 * kMaxElems; k += 2)
    _mm_storeu_pd(to + k, _mm_loadu_pd(from + k));
#else
  std::copy(from, from + 2 * kMaxElems, to);
#endif
}

}  // namespace

int TimeGrammar::MatchSpan(const Rule& r, size_t k, uint32_t i, uint32_t n,
                           const std::vector<TimeToken>& toks, double* caps,
                           double* best_caps, int* best_end) const {
  if (k > r.span_last) {
    // Right context.
    uint32_t j = i;
    for (size_t c = r.span_last + 1; c < r.elems.size(); ++c) {
      const Elem& e = r.elems[c];
      bool m = j < n && ElemMatchesToken(e, toks[j]);
      if (e.negated) {
        if (m) return -1;
      } else {
        if (!m) return -1;
        ++j;
      }
    }
    if (static_cast<int>(i) > *best_end) {
      *best_end = static_cast<int>(i);
      CopyCaps(caps, best_caps);
    }
    return *best_end;
  }
  const Elem& e = r.elems[k];
  if (i < n) {
    if (e.num || e.ord) {
      double v = 0;
      uint32_t j = e.num ? ParseCardinal(toks, i, n, &v)
                         : ParseOrdinal(toks, i, n, &v);
      if (j > i) {
        caps[2 * k] = i;
        caps[2 * k + 1] = v;
        MatchSpan(r, k + 1, j, n, toks, caps, best_caps, best_end);
        caps[2 * k] = -1;
      }
    } else if (ElemMatchesToken(e, toks[i])) {
      caps[2 * k] = i;
      MatchSpan(r, k + 1, i + 1, n, toks, caps, best_caps, best_end);
      caps[2 * k] = -1;
    }
  }
  if (e.optional) MatchSpan(r, k + 1, i, n, toks, caps, best_caps, best_end);
  return *best_end;
}

bool TimeGrammar::MatchContext(const Rule& r, uint32_t b, uint32_t e,
                               const std::vector<TimeToken>& toks) const {
  int j = static_cast<int>(b) - 1;
  for (int c = static_cast<int>(r.span_first) - 1; c >= 0; --c) {
    const Elem& el = r.elems[c];
    bool m = j >= 0 && ElemMatchesToken(el, toks[j]);
    if (el.negated) {
      if (m) return false;
    } else {
      if (!m) return false;
      --j;
    }
  }
  return true;
}

void TimeGrammar::Restrict(const TimeToken* t,
                           const std::vector<uint64_t>& none,
                           const std::vector<uint64_t>& by_entry,
                           const std::vector<uint64_t>& by_class,
                           uint64_t class_mask, uint64_t* cand) const {
  const size_t words = set_words_;
  if (t == nullptr) {
    for (size_t w = 0; w < words; ++w) cand[w] &= none[w];
    return;
  }
  // The entry's row has its classes; other classes (a number's shape,
  // CAPWORD) are added.
  const uint64_t* row = t->entry >= 0
                            ? &by_entry[static_cast<size_t>(t->entry) * words]
                            : nullptr;
  uint64_t extra = t->classes & class_mask &
                   ~(t->entry >= 0 ? vocab_.ClassesOf(t->entry) : 0);
  if (extra == 0) {
    for (size_t w = 0; w < words; ++w)
      cand[w] &= none[w] | (row != nullptr ? row[w] : 0);
    return;
  }
  uint64_t ok[65536 / 64];
  for (size_t w = 0; w < words; ++w)
    ok[w] = none[w] | (row != nullptr ? row[w] : 0);
  while (extra) {
    const uint64_t* c = &by_class[__builtin_ctzll(extra) * words];
    extra &= extra - 1;
    for (size_t w = 0; w < words; ++w) ok[w] |= c[w];
  }
  for (size_t w = 0; w < words; ++w) cand[w] &= ok[w];
}

void TimeGrammar::Match(const std::vector<TimeToken>& toks,
                        std::vector<TimeMatch>* out) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // MatchSpan leaves caps as it found them: fill once.
  double caps[2 * kMaxElems], best_caps[2 * kMaxElems], win_caps[2 * kMaxElems];
  std::fill(caps, caps + 2 * kMaxElems, -1);
  const size_t words = set_words_;
  uint64_t cand[65536 / 64];  // rules to try at an anchor (first `words`)
  uint32_t next_free = 0;  // matches do not overlap
  // The hot tokens, gathered without a branch per token (most are not).
  thread_local std::vector<uint32_t> hot;
  hot.resize(n + 1);
  uint32_t n_hot = 0;
  for (uint32_t i = 0; i < n; ++i) {
    hot[n_hot] = i;
    n_hot += (toks[i].classes & hot_mask_) != 0;
  }
  for (uint32_t hk = 0; hk < n_hot; ++hk) {
    const uint32_t h = hot[hk];
    if (h < next_free) continue;
    // The rules anchored on this hot token, each tried from the leftmost
    // position its prefix allows; the leftmost match wins, then the
    // longest, then the earlier rule. Rules anchored on the hot tokens
    // inside the winning match compete too ("a second day": "a second" is
    // anchored on "second", the longer look-alike on "day").
    int win_start = -1, win_end = -1, win_rule = -1;
    for (uint32_t ak = hk; ak < n_hot; ++ak) {
      const uint32_t a = hot[ak];
      // A later anchor can only start a match at or before the winner's
      // start when it lies within the longest prefix of that start.
      if (a > h && (win_start < 0 ||
                    a > static_cast<uint32_t>(win_start) + window_))
        break;
      const TimeToken& at = toks[a];
      // The rules anchored on this token whose one-token neighbours (when
      // required) accept the tokens around it.
      const uint64_t* anchor_row =
          at.entry >= 0 ? &anchor_entry_sets_[at.entry * words] : nullptr;
      for (size_t w = 0; w < words; ++w)
        cand[w] = anchor_row != nullptr ? anchor_row[w] : 0;
      // Classes of the token beyond its entry's (a number's shape).
      uint64_t extra = at.classes & anchor_class_mask_ &
                       ~(at.entry >= 0 ? vocab_.ClassesOf(at.entry) : 0);
      while (extra) {
        const uint64_t* row =
            &anchor_class_sets_[__builtin_ctzll(extra) * words];
        extra &= extra - 1;
        for (size_t w = 0; w < words; ++w) cand[w] |= row[w];
      }
      Restrict(a > 0 ? &toks[a - 1] : nullptr, no_pre_set_, pre_entry_sets_,
               pre_class_sets_, pre_class_mask_, cand);
      Restrict(a + 1 < n ? &toks[a + 1] : nullptr, no_post_set_,
               post_entry_sets_, post_class_sets_, post_class_mask_, cand);
      for (size_t w = 0; w < words; ++w) {
        for (uint64_t bits = cand[w]; bits; bits &= bits - 1) {
          const uint32_t ri =
              static_cast<uint32_t>(w * 64 + __builtin_ctzll(bits));
          const Filter& f = filters_[ri];
          if (a < f.min_prefix) continue;
          const Rule& r = rules_[ri];
          if (f.pre >= 0 &&
              (a == 0 || !ElemMatchesToken(r.elems[f.pre], toks[a - 1])))
            continue;
          if (f.post >= 0 &&
              (a + 1 >= n || !ElemMatchesToken(r.elems[f.post], toks[a + 1])))
            continue;
          uint32_t from = a >= f.prefix ? a - f.prefix : 0;
          if (from < next_free) from = next_free;
          // The start positions: up to the winner's start, and those whose
          // token a match can start with, as a mask (no branch per token).
          uint32_t to = a - f.min_prefix;  // a >= f.min_prefix
          if (win_start >= 0 && static_cast<uint32_t>(win_start) < to)
            to = static_cast<uint32_t>(win_start);
          bool matched = false;
          for (uint32_t base = from; base <= to && !matched; base += 64) {
            const uint32_t last = std::min(to, base + 63);
            uint64_t starts = 0;
            for (uint32_t i = base; i <= last; ++i) {
              const TimeToken& t = toks[i];
              const uint64_t bloom =
                  t.entry >= 0 ? uint64_t{1} << (t.entry & 63) : 0;
              starts |= static_cast<uint64_t>(
                            !f.has_start || (t.classes & f.start_classes) != 0 ||
                            (bloom & f.start_bloom) != 0)
                        << (i - base);
            }
            for (; starts != 0; starts &= starts - 1) {
              const uint32_t i =
                  base + static_cast<uint32_t>(__builtin_ctzll(starts));
              const TimeToken& t = toks[i];
              const bool by_class = (t.classes & f.start_classes) != 0;
              if (f.check_first && !(by_class && f.first_by_class) &&
                  !ElemMatchesToken(r.elems[r.span_first], t))
                continue;
              if (f.context && !MatchContext(r, i, i, toks)) continue;
              int best_end = -1;
              MatchSpan(r, r.span_first, i, n, toks, caps, best_caps,
                        &best_end);
              if (best_end <= static_cast<int>(a)) continue;
              int st = static_cast<int>(i);
              if (win_start < 0 || st < win_start ||
                  (st == win_start &&
                   (best_end > win_end ||
                    (best_end == win_end &&
                     static_cast<int>(ri) < win_rule)))) {
                win_start = st;
                win_end = best_end;
                win_rule = static_cast<int>(ri);
                std::copy(best_caps, best_caps + 2 * r.elems.size(), win_caps);
              }
              matched = true;
              break;
            }
          }
        }
      }
    }
    if (win_rule < 0) continue;
    Emit(win_rule, static_cast<uint32_t>(win_start),
         static_cast<uint32_t>(win_end), win_caps, toks, out);
    next_free = static_cast<uint32_t>(win_end);
  }
}

void TimeGrammar::MatchSlowly(const std::vector<TimeToken>& toks,
                              std::vector<TimeMatch>* out) const {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  double caps[2 * kMaxElems], best_caps[2 * kMaxElems], win_caps[2 * kMaxElems];
  std::fill(caps, caps + 2 * kMaxElems, -1);
  // The anchor test of Match's rule sets: the element's classes or words,
  // case marks aside.
  auto anchors = [](const Elem& e, const TimeToken& t) {
    if (e.classes & t.classes) return true;
    for (int32_t w : e.words)
      if (w == t.entry) return true;
    return false;
  };
  for (uint32_t i = 0; i < n;) {
    int win_end = -1, win_rule = -1;
    for (size_t ri = 0; ri < rules_.size(); ++ri) {
      const Rule& r = rules_[ri];
      if (r.span_first > 0 && !MatchContext(r, i, i, toks)) continue;
      int best_end = -1;
      MatchSpan(r, r.span_first, i, n, toks, caps, best_caps, &best_end);
      bool anchored = false;
      for (uint32_t a = i + r.min_prefix;
           a <= i + r.prefix && static_cast<int>(a) < best_end; ++a)
        anchored = anchored || anchors(r.elems[r.anchor], toks[a]);
      if (!anchored || best_end <= win_end) continue;
      win_end = best_end;
      win_rule = static_cast<int>(ri);
      std::copy(best_caps, best_caps + 2 * kMaxElems, win_caps);
    }
    if (win_rule < 0) {
      ++i;
      continue;
    }
    Emit(win_rule, i, static_cast<uint32_t>(win_end), win_caps, toks, out);
    i = static_cast<uint32_t>(win_end);
  }
}

void TimeGrammar::Emit(int win_rule, uint32_t i, uint32_t win_end,
                       const double* win_caps,
                       const std::vector<TimeToken>& toks,
                       std::vector<TimeMatch>* out) const {
  const Rule& r = rules_[win_rule];
  TimeMatch& m = out->emplace_back();
  m.tok_begin = i;
  m.tok_end = win_end;
  m.rule = win_rule;
  m.frame.type = r.type;
  m.frame.literal = r.literal;
  for (const Source& s : r.sources) {
    double v = s.value;
    if (s.capture) {
      double tok = win_caps[2 * s.elem];
      if (tok < 0) continue;  // optional element absent
      if (s.cls == -2) {
        v = win_caps[2 * s.elem + 1];
      } else {
        const TimeToken& ct = toks[static_cast<size_t>(tok)];
        // An element with alternatives (DAYNUM|ORDWORD): read the class
        // the token matched by.
        int cls = s.cls;
        if (!ct.Has(cls)) {
          uint64_t common = r.elems[s.elem].classes & ct.classes;
          if (common) cls = __builtin_ctzll(common);
        }
        switch (cls) {
          case kTcYear: case kTcDayNum: case kTcDecade: case kTcQuarterTok:
          case kTcHalfTok: case kTcFiscalTok: case kTcRange: case kTcRecentYear:
            v = ct.a;
            break;
          case kTcYear2:
            v = ct.a < 50 ? 2000 + ct.a : 1900 + ct.a;
            break;
          case kTcClock:
            v = ct.a;
            if (s.field == FrameField::kHour)
              m.frame.set(FrameField::kMinute, ct.b);
            break;
          case kTcHhmm:
            v = ct.b;
            if (s.field == FrameField::kHour)
              m.frame.set(FrameField::kMinute, ct.c);
            break;
          case kTcIsoDate: case kTcSlashDate:
            m.frame.set(FrameField::kYear, ct.a);
            m.frame.set(FrameField::kMonth, ct.b);
            m.frame.set(FrameField::kDay, ct.c);
            continue;
          case kTcNumber: case kTcInt: case kTcOrdNum: case kTcFraction:
            v = ct.num;
            break;
          default:
            v = ct.entry >= 0 && cls < kTcVocabCount
                    ? vocab_.entry(ct.entry).value[cls]
                    : ct.num;
        }
      }
      if (s.negate) v = -v;
    }
    m.frame.set(s.field, v);
  }
}

}  // namespace newsmill

// TimeGrammar: token patterns for time expressions, read from
// data/time/rules.txt, and the matcher that finds them in scanned tokens.
//
// A rule is one line: a pattern over tokens, "=>", the TIMEX3 type and the
// fields of the expression's meaning (a TimexFrame, resolved to a value by
// timex_normalizer.h):
//
//   the? REL UNIT                 => DATE rel=REL gran=UNIT    # last week
//   MONTH DAYNUM ,? YEAR          => DATE m=MONTH d=DAYNUM y=YEAR
//   [for] UNITS                   => DURATION n=X unit=UNITS   # for weeks
//
// Pattern elements (space-separated):
//   word, w1|w2        literal words or punctuation (lower case)
//   CLASS              a token class of time_scanner.h (MONTH, YEAR, ...)
//   NUM                a cardinal number: digits, or words ("twenty-five",
//                      "two and a half", "a dozen"), several tokens
//   ORD                an ordinal: "third", "3rd", "twenty-first"
//   e?                 optional;   e^  capitalised;   e_  not capitalised
//   [e] / [!e]         context that must (not) be there, outside the span;
//                      before the first span element it is left context
// Alternatives may mix classes and words: MONTH|mid.
//
// Field values: an integer, a code (D, W, SP, MO, ...), a class or NUM/ORD
// of the pattern (the value of the token it matched; absent when an optional
// element did not match), or -CLASS for its negation. `CLASS.2` names the
// second element of that class.
//
// Matching is leftmost-longest: at each token the rules that can start there
// are tried and the longest match wins (the first rule in the file on ties);
// matching resumes after it. Rules are indexed by the words and classes that
// can start them. For speed, every rule must contain a "hot" token (a month,
// a unit, a number, "now", ...; for a rule without one, its rarest literal
// word is made hot), and matching only starts within a few tokens before a
// hot token: the many sentences without any cost one scan.
//
//   auto g = TimeGrammar::Create(options.data_dir);
//   std::vector<TimeToken> toks; ScanTimeTokens(text, b, e, g->vocab(), &toks);
//   std::vector<TimeMatch> found; g->Match(toks, &found);
//
// Thread safety: immutable after Create; Match is safe from many threads.
#ifndef NEWSMILL_TIME_TIME_GRAMMAR_H_
#define NEWSMILL_TIME_TIME_GRAMMAR_H_

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "time/time_scanner.h"
#include "time/time_vocabulary.h"

namespace newsmill {

// The fields of a frame a rule can set. kUnset: not given.
enum class FrameField : uint8_t {
  kValue,     // val=     literal TIMEX3 value (PRESENT_REF, PXY, P1D)
  kYear,      // y=
  kMonth,     // m=
  kDay,       // d=
  kWeekday,   // wd=
  kQuarter,   // q=
  kHalf,      // half=
  kSeason,    // season=
  kPartOfDay, // pod=
  kHour,      // hour=    (a CLOCK or HHMM also sets the minute)
  kMinute,    // min=
  kAmPm,      // ampm=    0 a.m., 12 p.m.
  kZone,      // tz=      1: UTC (written Z)
  kDecade,    // decade=  199 for the 1990s
  kCentury,   // century= ordinal (20 for the 20th century)
  kDate,      // date=    an ISODATE or SLASHDATE token
  kRel,       // rel=     shift from the anchor, in gran units
  kGran,      // gran=    a unit
  kCount,     // n=       how many units (X: unknown)
  kUnit,      // unit=
  kDir,       // dir=     -1 before the anchor ("ago"), +1 after
  kAnchor,    // anchor=  1: the last date mentioned, not the DCT;
              //          2: the last quarter mentioned ("the quarter")
  kFiscal,    // fy=      fiscal year
  kHoliday,   // holiday= a HOLIDAY token (MMDD, or <0 for computed ones)
  kYearOffset,// yoff=    added to y ("nineteen ninety-six": yoff=1900 y=NUM)
  kNumFields,
};

inline constexpr double kUnset = -1e300;
inline bool IsSet(double v) { return v != kUnset; }
// n=X: an unspecified count ("weeks", "several years").
inline constexpr double kVagueCount = -1e299;

// What a rule says an expression means, before resolution.
struct TimexFrame {
  TimexType type = TimexType::kDate;
  std::string_view literal;  // val=, points into the grammar
  double f[static_cast<int>(FrameField::kNumFields)];
  TimexFrame() {
    for (double& x : f) x = kUnset;
  }
  double get(FrameField k) const { return f[static_cast<int>(k)]; }
  bool has(FrameField k) const { return IsSet(get(k)); }
  void set(FrameField k, double v) { f[static_cast<int>(k)] = v; }
};

// One match: tokens [tok_begin, tok_end) and the frame.
struct TimeMatch {
  // Provided, so that emplace_back() does not zero the whole match (and
  // its frame of doubles) before the members' initializers run.
  TimeMatch() {}

  uint32_t tok_begin = 0;
  uint32_t tok_end = 0;
  int rule = -1;  // index in the rules file order
  TimexFrame frame;
  bool dropped = false;  // set by callers that keep it out of the output
};

class TimeGrammar {
 public:
  // Loads the vocabularies of data/time (vocabulary.tsv, tense.tsv,
  // units.tsv) and data/time/rules.txt, from data_dir when it has them,
  // else the embedded copies. Errors name file and line.
  static Result<std::unique_ptr<TimeGrammar>> Create(
      const std::string& data_dir);
  // The same from texts: (file name, text) of each vocabulary, and the rules.
  static Result<std::unique_ptr<TimeGrammar>> FromText(
      const std::vector<std::pair<std::string, std::string>>& vocabularies,
      std::string_view rules);

  const TimeVocabulary& vocab() const { return vocab_; }

  // False when text[begin, end) can have neither a match nor a quantity
  // (no hot token, no number): the tokens of such a sentence need not be
  // scanned. True when it may have them.
  bool MayHaveMatches(std::string_view text, uint32_t begin,
                      uint32_t end) const {
    return triggers_.MayContain(text, begin, end);
  }

  // Appends the matches over toks (leftmost-longest, not overlapping).
  void Match(const std::vector<TimeToken>& toks,
             std::vector<TimeMatch>* out) const;

  // The same matches found slowly, by the definition alone, for tests that
  // check Match against it: from each token left to right, every rule
  // whose anchor (its first required hot element) accepts a token within
  // the rule's prefix of the start, and whose longest match goes past that
  // token; the longest wins, the earlier rule on ties, and matching resumes
  // after it. None of Match's indexes or filters.
  void MatchSlowly(const std::vector<TimeToken>& toks,
                   std::vector<TimeMatch>* out) const;

  // Parses a cardinal number starting at toks[i] ("100", "twenty-five",
  // "two and a half", "1 1/2", "a dozen"); returns the token after it, or i
  // when there is none. Also used by the quantity recogniser.
  uint32_t ParseCardinal(const std::vector<TimeToken>& toks, uint32_t i,
                         uint32_t end, double* value) const;
  // Parses an ordinal ("third", "3rd", "twenty-first").
  uint32_t ParseOrdinal(const std::vector<TimeToken>& toks, uint32_t i,
                        uint32_t end, double* value) const;

  size_t rule_count() const;

  // Entry ids of words the quantity recogniser compares with (-1 absent).
  struct Words {
    int32_t a = -1, an = -1, and_ = -1, to = -1, than = -1, more = -1,
            less = -1, fewer = -1, up = -1, least = -1, at = -1, as = -1,
            many = -1, much = -1, close = -1, estimated = -1, per = -1,
            cent = -1, us = -1, m = -1, k = -1, between = -1, no = -1,
            number = -1, of = -1, or_ = -1, hash = -1, dash = -1, from = -1;
  };
  const Words& words() const { return words_; }
  // "rules.txt:12", for debugging and tests.
  std::string RuleName(int rule) const;

 private:
  struct Elem;
  struct Rule;
  struct Source;
  struct Filter;
  TimeGrammar();
  ~TimeGrammar();
  friend struct std::default_delete<TimeGrammar>;
  Status LoadRules(std::string_view text, std::string_view file_name);
  void Index();
  bool ElemIsHot(const Elem& e) const;
  // The words the trigger filter may treat as weak (see TimeTriggerFilter).
  std::vector<TimeTriggerFilter::WeakWord> WeakWords(
      uint64_t trigger_classes) const;
  inline bool ElemMatchesToken(const Elem& e, const TimeToken& t) const;
  // Matches elements [k, end of span) of rule r from token i; fills caps;
  // returns the best end token or -1.
  int MatchSpan(const Rule& r, size_t k, uint32_t i, uint32_t n,
                const std::vector<TimeToken>& toks, double* caps,
                double* best_caps, int* best_end) const;
  // cand &= the rules whose one-token element accepts *t (by_entry and
  // by_class rows), or that have none (t null: no token there).
  void Restrict(const TimeToken* t, const std::vector<uint64_t>& none,
                const std::vector<uint64_t>& by_entry,
                const std::vector<uint64_t>& by_class, uint64_t class_mask,
                uint64_t* cand) const;
  bool MatchContext(const Rule& r, uint32_t b, uint32_t e,
                    const std::vector<TimeToken>& toks) const;
  void Emit(int rule, uint32_t begin, uint32_t end, const double* caps,
            const std::vector<TimeToken>& toks,
            std::vector<TimeMatch>* out) const;

  TimeVocabulary vocab_;
  std::vector<Rule> rules_;
  std::vector<Filter> filters_;  // per rule
  // Rules that can start at a token, by vocabulary entry and by class.
  std::vector<std::vector<uint16_t>> by_entry_;
  std::vector<std::vector<uint16_t>> by_class_;
  // by_entry_ merged with by_class_ for the entry's classes.
  std::vector<std::vector<uint16_t>> cand_by_entry_;
  // Rules by the tokens their anchor (first required hot element) accepts,
  // and by the tokens that can stand right before (after) the anchor (the
  // edge of the elements up to the first required one, context included),
  // or that have no required element there, as sets of rules (bit ri of a row of
  // set_words_ words), per entry (merged with the entry's classes) and per
  // class: the rules to try at a hot token are the intersection of three
  // rows (see Match).
  size_t set_words_ = 0;
  std::vector<uint64_t> anchor_entry_sets_, anchor_class_sets_;
  std::vector<uint64_t> pre_entry_sets_, pre_class_sets_, no_pre_set_;
  std::vector<uint64_t> post_entry_sets_, post_class_sets_, no_post_set_;
  uint64_t pre_class_mask_ = 0, post_class_mask_ = 0;
  uint64_t anchor_class_mask_ = 0;  // classes with a non-empty row
  // Classes whose tokens every match needs one of ("hot"; see Index).
  uint64_t hot_mask_ = 0;
  // Tests sentences for hot tokens and numbers before they are scanned.
  TimeTriggerFilter triggers_;
  // The most tokens a rule can take before its anchor.
  uint32_t window_ = 8;
  // Entry ids the number parser compares with.
  int32_t kA_ = -1, kAn_ = -1, kAnd_ = -1, kDash_ = -1, kHalf_ = -1;
  Words words_;
  std::string rules_file_;
};

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIME_GRAMMAR_H_

// TimeScanner: splits a stretch of text into the small tokens that the time
// and quantity rules match on.
//
// The text layer's tokens are made for syntax ("12-year" or "mid-1990s" is
// one word there); time rules need the pieces ("12" "-" "year"), the shape
// of every number ("2022-02-01" is an ISO date, "15:00" a clock time,
// "1990s" a decade, "3rd" an ordinal) and a vocabulary lookup per word. So
// the times stage scans each sentence again with this scanner, which is
// cheap (one pass over the bytes, one hash lookup per word) and keeps byte
// offsets into the original text.
//
//   TimeVocabulary vocab = ...;               // see time_grammar.h
//   std::vector<TimeToken> toks;
//   ScanTimeTokens(text, 0, text.size(), vocab, &toks);
//   for (const TimeToken& t : toks) ... t.Has(kTcMonth) ...
//
// Thread safety: pure functions over their arguments.
#ifndef NEWSMILL_TIME_TIME_SCANNER_H_
#define NEWSMILL_TIME_TIME_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

class TimeVocabulary;

// Token classes (bits of TimeToken::classes). The first group comes from the
// vocabulary file (data/time/vocabulary.tsv), the second from the shape of
// number tokens. Names are those used in data/time/*.
enum TimeClass : int {
  // Vocabulary classes.
  kTcMonth = 0,      // january, jan., sept.            value 1..12
  kTcMonthSafe,      // derived: a MONTH that is not AMBIGUOUS (not may, march)
  kTcWeekday,        // monday, mon.                     value 1..7
  kTcUnit,           // day, week, year, ...             value: TimeUnit
  kTcUnits,          // days, weeks, years, ...          value: TimeUnit
  kTcNumWord,        // one .. ninety, hundred, dozen    value
  kTcOrdWord,        // first .. thirty-first            value
  kTcRel,            // last -1, next +1, this 0         value
  kTcSeason,         // spring, summer, fall, winter     value: TimeSeason
  kTcPartDay,        // morning, afternoon, evening, night   value: PartOfDay
  kTcAmPm,           // a.m. 0, p.m. 12
  kTcTz,             // gmt, utc 1 (written Z); est, pst 0 (not written)
  kTcHoliday,        // christmas (MMDD), thanksgiving (-1: computed)
  kTcDecadeWord,     // twenties .. nineties             value 2..9
  kTcCurrency,       // dollars, euros, $                value: ISO 4217 code
  kTcAmbiguous,      // also a common word: may, march, fall, second
  kTcWeekdays,       // mondays, tuesdays ...            value 1..7
  kTcNotInflected,   // look like plurals or past forms but are not (this, was, need, united)
  kTcTensePast,      // said, was, had: a past-tense verb (data/time/tense.tsv)
  kTcTensePresent,   // is, are, says
  kTcTenseFuture,    // will, 'll, would, plans: future reference
  kTcFutureAux,      // will, would, may: a verb after it is future too
  kTcClauseBreak,    // that, which, because: where a clause starts
  kTcLeanForward,    // until, effective: the expression after it lies ahead
  kTcLeanForwardWeak,// by: ahead unless the clause says otherwise
  kTcLeanBack,       // since: the expression after it lies behind
  kTcQuantityUnit,   // troops, barrels, percent (data/time/units.tsv)
  kTcApprox,         // about, nearly, some: approximators of quantities
  kTcHot,            // derived: a word some rule needs (see TimeGrammar)
  kTcVocabCount,
  // Shape classes of number tokens.
  kTcNumber = 32,    // any number: 12  1.5  100,000
  kTcInt,            // digits only, no separators
  kTcYear,           // 4 digits 1000..2199
  kTcDayNum,         // 1..31 (digits, or an ordinal 1st..31st)
  kTcOrdNum,         // 3rd, 21st
  kTcClock,          // 15:00, 9:30
  kTcHhmm,           // 0800 (4 digits, a valid 24-hour time)
  kTcIsoDate,        // 2022-02-01
  kTcSlashDate,      // 02/01/2022, 1/2/22
  kTcDecade,         // 1990s, '90s, 90s
  kTcYear2,          // '98
  kTcFraction,       // 1/2
  kTcQuarterTok,     // Q3
  kTcHalfTok,        // H1
  kTcFiscalTok,      // FY2007, FY07
  kTcRange,          // 10-20 (digits, dash, digits)
  kTcRecentYear,     // a YEAR in 1900..2099
  kTcPlural,         // a lower-case word that looks like a plural noun
  kTcCapWord,        // a capitalised word
  kTcCount,
};

enum class TimeTokenKind : uint8_t { kWord, kNumber, kPunct };

struct TimeToken {
  static constexpr uint8_t kSpaceBefore = 1;
  static constexpr uint8_t kCapitalized = 2;

  uint32_t begin = 0;  // byte offsets into the scanned text
  uint32_t end = 0;
  TimeTokenKind kind = TimeTokenKind::kWord;
  uint8_t flags = 0;
  int32_t entry = -1;    // vocabulary entry of the lower-cased text, -1 none
  uint64_t classes = 0;  // TimeClass bits
  double num = 0;        // numeric value of a number token
  // Parsed fields of shaped numbers: year/month/day of a date, hour/minute of
  // a clock time, the decade prefix (199 for 1990s), low/high of a range.
  int32_t a = 0, b = 0, c = 0;

  bool Has(int cls) const { return (classes >> cls) & 1; }
  bool HasFlag(uint8_t f) const { return (flags & f) != 0; }
};

// Scans text[begin, end) and appends its tokens to *out (offsets stay
// relative to text). Invalid UTF-8 is harmless: bytes >= 0x80 are treated as
// letters unless they start a known punctuation character.
void ScanTimeTokens(std::string_view text, uint32_t begin, uint32_t end,
                    const TimeVocabulary& vocab, std::vector<TimeToken>* out);

// The scanner's lookup key of a word: ASCII lower case, ’ read as '.
// Returns false when the word is too long to be in any vocabulary.
bool TimeLookupKey(std::string_view word, std::string* key);

// A cheap test that a stretch of text cannot hold a token of some classes,
// so that the scanner need not run over it: most sentences of news have no
// time expression and no number. It reads the bytes for digits first
// (every number class needs one), then for the runs of ASCII letters,
// which it checks against the leading runs of the vocabulary words of the
// classes (a bitmap of their first three letters, then a small hash set).
// It errs one way only: MayContain is true whenever ScanTimeTokens would
// give a token of the classes, but for tokens of weak words (see WeakWord)
// without the neighbours they need and number words with no unit in reach
// (see NumberWords).
//
//   TimeTriggerFilter f;
//   f.Build(vocab, hot_classes);
//   if (!f.MayContain(text, b, e)) ...  // no token of hot_classes there
//
// Thread safety: MayContain is const and safe from many threads after Build.
class TimeTriggerFilter {
 public:
  // A word of the classes that only counts next to certain words: a token
  // of it counts when, for one of `needs`, the token right before it is
  // one of `before` and the one right after it one of `after` (lower-case
  // ASCII words; an empty list: any token or none), else it is as if
  // absent ("being" only counts in "time being"; no needs: never). The
  // filter checks the neighbouring words in the text where the scanner's
  // tokens there are plain (space-separated runs of ASCII letters), and
  // passes otherwise.
  struct Need {
    std::vector<std::string> before, after;
    bool operator==(const Need&) const = default;
  };
  struct WeakWord {
    int32_t entry = -1;
    std::vector<Need> needs;
  };

  // Number words ("one", "two") matter only to quantities, and a quantity
  // in words has a unit. A word that meets the filter's classes only in
  // NumberWords::classes counts only where a unit may follow it
  // (NumberMayCount): a currency sign before it; right after it "%", a
  // plural-looking word or a token the filter cannot tell; within three
  // plain words after it (up to punctuation, "of" or "or") one of
  // `goes_on`. Else it is as if absent.
  struct NumberWords {
    uint64_t classes = 0;  // NUMWORD; 0: no number words are weak
    // Units, currencies, number words and the words a number goes on with
    // ("and", "half"), lower case (their leading ASCII letters are used).
    std::vector<std::string> goes_on;
  };

  // Builds the filter for the tokens whose classes meet `classes`. Classes
  // it cannot test (kTcPlural, kTcCapWord, or a vocabulary word that does
  // not start with an ASCII letter) make it pass everything.
  void Build(const TimeVocabulary& vocab, uint64_t classes,
             const std::vector<WeakWord>& weak, const NumberWords& numbers);
  void Build(const TimeVocabulary& vocab, uint64_t classes,
             const std::vector<WeakWord>& weak = {}) {
    Build(vocab, classes, weak, NumberWords());
  }

  // False when text[begin, end) has no token of the classes.
  bool MayContain(std::string_view text, uint32_t begin, uint32_t end) const;

 private:
  // How a letter run appears among the words: the whole word, or the start
  // of a word that goes on with a dot, an apostrophe or a non-ASCII letter.
  static constexpr uint8_t kWhole = 1, kPrefix = 2;
  struct Slot {
    uint64_t k1 = 0, k2 = 0;
    uint32_t len = 0;  // 0: empty
    uint8_t kinds = 0;
    int32_t weak = -1;  // index in weak_ when the whole word is weak
    bool number = false;  // the whole word is a number word (NumberWords)
  };
  using Weak = std::vector<Need>;
  Slot* Add(std::string_view run, uint8_t kind);
  // The slot of a lower-case run in an open-addressing table, added when
  // absent (the table has room).
  static Slot* Insert(std::vector<Slot>& table, std::string_view run);
  // The slot of the run p[i, j) read in lower case, or null.
  static const Slot* Find(const std::vector<Slot>& table, const char* p,
                          size_t i, size_t j);
  // The slot of a packed lower-case key, or null.
  static const Slot* FindKey(const std::vector<Slot>& table, uint64_t k1,
                             uint64_t k2, uint32_t len);
  // Whether the run of letters at p[i] (begin <= i < end <= size) is a
  // word of the classes or the start of one.
  bool RunMayMatch(const char* p, size_t begin, size_t i, size_t end,
                   size_t size) const;
  // Whether the weak word at p[i, j) may have the words it needs beside it.
  bool WeakMayCount(const Weak& w, const char* p, size_t begin, size_t i,
                    size_t j, size_t end) const;
  // Whether the number word at p[i, j) may be part of a quantity.
  bool NumberMayCount(const char* p, size_t begin, size_t i, size_t j,
                      size_t end) const;
  // Whether the token before (after) p[i, j) may be one of words.
  static bool BeforeMayBe(const std::vector<std::string>& words,
                          const char* p, size_t begin, size_t i);
  static bool AfterMayBe(const std::vector<std::string>& words,
                         const char* p, size_t j, size_t end);

  bool all_ = true;
  uint64_t trigrams_[512] = {};  // bit per first three letters (5 bits each)
  // Bits per first three letters and length (hashed to 15 bits), of the
  // whole words and of the prefixes.
  uint64_t whole_lengths_[512] = {}, prefix_lengths_[512] = {};
  std::vector<Slot> slots_;      // open addressing, power of two
  std::vector<Weak> weak_;
  std::vector<Slot> goes_on_;    // NumberWords::goes_on, open addressing
};

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIME_SCANNER_H_

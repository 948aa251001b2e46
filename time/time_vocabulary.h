// TimeVocabulary: the words the time and quantity rules know, each with its
// classes (month, weekday, unit, number word, ...) and a value per class,
// loaded from data/time/vocabulary.tsv. Rule files add their literal words
// (class-less) so that every word a rule can mention has an entry id and
// matching compares integers.
//
//   TimeVocabulary v;
//   Status st = v.Load(file_text, "time/vocabulary.tsv");
//   int32_t id = v.Find("feb.");                  // -1 when absent
//   v.entry(id).value[kTcMonth]                    // 2
//
// File format: one entry per line, `word<TAB>CLASS<TAB>value`; '#' starts a
// comment; a word may have several lines (several classes). Values are
// numbers, or codes for the classes that have them (UNIT/UNITS: S MIN H D W
// WE FN M Q HY Y DE CE ML; SEASON: SP SU FA WI; PARTDAY: MO MI AF EV NI DT;
// HOLIDAY: MMDD or a computed one; CURRENCY: an ISO 4217 code; QUNIT: the
// unit written in the output, "troops", "%").
//
// Thread safety: immutable after loading; concurrent Find is safe.
#ifndef NEWSMILL_TIME_TIME_VOCABULARY_H_
#define NEWSMILL_TIME_TIME_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "time/time_scanner.h"

namespace newsmill {

// Calendar units, in increasing size (TIMEX3 letters in comments).
enum class TimeUnit : int {
  kNone = 0,
  kSecond,     // S (PT..S)
  kMinute,     // M (PT..M)
  kHour,       // H (PT..H)
  kDay,        // D
  kWeekend,    // WE
  kWeek,       // W
  kFortnight,  // 2 W
  kMonth,      // M
  kQuarter,    // Q
  kHalfYear,   // 6 M (H1/H2 as a date)
  kYear,       // Y
  kDecade,     // DE
  kCentury,    // CE
  kMillennium, // ML
};

enum class TimeSeason : int { kNone = 0, kSpring, kSummer, kFall, kWinter };
// Parts of the day; MI (midday) and DT (daytime) are rare.
enum class PartOfDay : int { kNone = 0, kMorning, kMidday, kAfternoon, kEvening, kNight, kDaytime };

std::string_view TimeUnitCode(TimeUnit u);       // "W", "WE", ...
std::string_view SeasonCode(TimeSeason s);       // "SP", ...
std::string_view PartOfDayCode(PartOfDay p);     // "MO", ...

struct TimeVocabEntry {
  std::string key;
  uint64_t classes = 0;  // TimeClass bits (vocabulary classes only)
  double value[kTcVocabCount] = {};
  std::string code;      // currency (CURRENCY) or canonical unit (QUNIT)
};

class TimeVocabulary {
 public:
  TimeVocabulary();

  // Adds the entries of a vocabulary file. Errors name file_name and the
  // line: an unknown class, a bad value.
  Status Load(std::string_view text, std::string_view file_name);

  // Entry id of a lower-cased key, or -1.
  int32_t Find(std::string_view key) const;
  // Entry id of key, adding a class-less entry when absent.
  int32_t Intern(std::string_view key);

  const TimeVocabEntry& entry(int32_t id) const { return entries_[id]; }
  TimeVocabEntry& mutable_entry(int32_t id) { return entries_[id]; }
  size_t size() const { return entries_.size(); }

  // Class id of a class name ("MONTH"), or -1. Knows vocabulary and shape
  // classes.
  static int ClassByName(std::string_view name);
  static std::string_view ClassName(int cls);

 private:
  void Rehash();
  static uint64_t Hash(std::string_view s);

  std::vector<TimeVocabEntry> entries_;
  std::vector<int32_t> slots_;  // open addressing, -1 empty
};

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIME_VOCABULARY_H_

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
// File format: one entry per line, `word<TAB>CLASS<TAB>value` (words of at
// most 16 bytes); '#' starts a
// comment; a word may have several lines (several classes). Values are
// numbers, or codes for the classes that have them (UNIT/UNITS: S MIN H D W
// WE FN M Q HY Y DE CE ML; SEASON: SP SU FA WI; PARTDAY: MO MI AF EV NI DT;
// HOLIDAY: MMDD or a computed one; CURRENCY: an ISO 4217 code; QUNIT: the
// unit written in the output, "troops", "%").
//
// Thread safety: immutable after loading; concurrent Find is safe.
#ifndef NEWSMILL_TIME_TIME_VOCABULARY_H_
#define NEWSMILL_TIME_TIME_VOCABULARY_H_

#include <bit>
#include <cstdint>
#include <cstring>
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
  // A key packed into two words: the lower-cased bytes, zero-padded. Keys
  // are at most kMaxKeyBytes long; longer ones pack to len 0 (no entry).
  static constexpr size_t kMaxKeyBytes = 16;
  struct PackedKey {
    uint64_t k1 = 0, k2 = 0;
    uint32_t len = 0;
  };
  static PackedKey Pack(std::string_view lowered) {
    PackedKey p;
    if (lowered.empty() || lowered.size() > kMaxKeyBytes) return p;
    p.len = static_cast<uint32_t>(lowered.size());
    for (size_t i = 0; i < lowered.size(); ++i) {
      uint64_t b = static_cast<unsigned char>(lowered[i]);
      if (i < 8) p.k1 |= b << (8 * i);
      else p.k2 |= b << (8 * (i - 8));
    }
    return p;
  }
  // Pack from a zero-padded buffer of at least 16 bytes holding len bytes.
  static PackedKey PackPadded(const char* buf, uint32_t len) {
    PackedKey p;
    if (len == 0 || len > kMaxKeyBytes) return p;
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(&p.k1, buf, 8);
      std::memcpy(&p.k2, buf + 8, 8);
      p.len = len;
      return p;
    } else {
      return Pack(std::string_view(buf, len));
    }
  }
  static uint64_t HashPacked(const PackedKey& p) {
    uint64_t h = (p.k1 * 0x9E3779B97F4A7C15ULL) ^ (p.k2 * 0xC2B2AE3D27D4EB4FULL) ^
                 p.len;
    return h ^ (h >> 31);
  }
  // A key sits in one of two slots, chosen by the low and the high half of
  // its hash (cuckoo hashing): a lookup reads both and needs no probe loop.
  // At most 65,535 entries (an id + 1 per slot).
  static constexpr size_t kMaxEntries = 65535;
  // The entry id and classes of a packed key (-1 and 0 when absent), for
  // the scanner's every word: both slots compared without a branch on hit
  // or miss, for half of a text's words are in the vocabulary and such a
  // branch is mispredicted often (10.2 -> 9.8 ms for the scan of BBC's
  // sentences that pass the trigger filter, against a probed table with
  // one-byte tags). REQUIRES: Finalize() was called.
  struct Hit {
    int32_t id;
    uint64_t classes;
  };
  Hit Lookup(const PackedKey& p) const {
    const uint64_t h = HashPacked(p);
    const size_t mask = slots_.size() - 1;
    const uint32_t a = slots_[h & mask], b = slots_[(h >> 32) & mask];
    const PackedKey& ka = keys_[a];
    const PackedKey& kb = keys_[b];
    // Slot value 0 is empty: keys_[0] has length 0, which no key has.
    const uint64_t in_a = (ka.k1 == p.k1) & (ka.k2 == p.k2) & (ka.len == p.len);
    const uint64_t in_b =
        (kb.k1 == p.k1) & (kb.k2 == p.k2) & (kb.len == p.len) & (in_a ^ 1);
    const uint64_t v = (a & (0 - in_a)) | (b & (0 - in_b));
    return {static_cast<int32_t>(v) - 1, class_table_[v]};
  }
  // Entry id of a packed key, or -1 (usable before Finalize).
  int32_t FindPacked(const PackedKey& p) const {
    if (p.len == 0) return -1;
    const uint64_t h = HashPacked(p);
    const size_t mask = slots_.size() - 1;
    for (uint32_t v : {slots_[h & mask], slots_[(h >> 32) & mask]}) {
      const PackedKey& k = keys_[v];
      if (v != 0 && k.k1 == p.k1 && k.k2 == p.k2 && k.len == p.len)
        return static_cast<int32_t>(v) - 1;
    }
    return -1;
  }

  // Entry id of key, adding a class-less entry when absent.
  int32_t Intern(std::string_view key);

  // Builds the compact tables the scanner reads (classes by id, the ids of
  // punctuation marks); call after the last change to the entries.
  void Finalize();
  // The classes of entry id (compact copy of entry(id).classes: entries
  // are large, and the scanner reads this for every word).
  uint64_t ClassesOf(int32_t id) const { return class_table_[id + 1]; }
  // Entry id of a one-character ASCII token ("-", ",", "%"), or -1.
  int32_t PunctId(unsigned char c) const { return c < 128 ? punct_[c] : -1; }
  // Entry id of the possessive "'s", or -1.
  int32_t PossessiveId() const { return possessive_; }

  const TimeVocabEntry& entry(int32_t id) const { return entries_[id]; }
  TimeVocabEntry& mutable_entry(int32_t id) { return entries_[id]; }
  size_t size() const { return entries_.size(); }

  // Class id of a class name ("MONTH"), or -1. Knows vocabulary and shape
  // classes.
  static int ClassByName(std::string_view name);
  static std::string_view ClassName(int cls);

 private:
  // Puts entry v - 1 in one of its two slots, moving the entries there to
  // their other slot in turn; false when that goes round in circles.
  bool Place(uint32_t v);
  // Places every entry again in at least `size` slots.
  void Rebuild(size_t size);

  std::vector<TimeVocabEntry> entries_;
  // At most a quarter full: entry id + 1 per slot (0: empty); the packed
  // keys and (from Finalize) the classes by id + 1, with an empty entry 0.
  std::vector<uint16_t> slots_;
  std::vector<PackedKey> keys_;
  std::vector<uint64_t> class_table_;
  int32_t punct_[128];
  int32_t possessive_ = -1;
};

}  // namespace newsmill

#endif  // NEWSMILL_TIME_TIME_VOCABULARY_H_

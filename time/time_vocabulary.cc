#include "time/time_vocabulary.h"

#include <array>
#include <charconv>
#include <cstdlib>

#include "base/strings.h"

namespace newsmill {
namespace {

struct ClassName {
  std::string_view name;
  int cls;
};

constexpr std::array<ClassName, 47> kClassNames = {{
    {"MONTH", kTcMonth},         {"MONTHSAFE", kTcMonthSafe},
    {"WEEKDAY", kTcWeekday},     {"UNIT", kTcUnit},
    {"UNITS", kTcUnits},         {"NUMWORD", kTcNumWord},
    {"ORDWORD", kTcOrdWord},     {"REL", kTcRel},
    {"SEASON", kTcSeason},       {"PARTDAY", kTcPartDay},
    {"AMPM", kTcAmPm},           {"TZ", kTcTz},
    {"HOLIDAY", kTcHoliday},     {"DECADEWORD", kTcDecadeWord},
    {"CURRENCY", kTcCurrency},   {"AMBIGUOUS", kTcAmbiguous},
    {"NUMBER", kTcNumber},
    {"INT", kTcInt},             {"YEAR", kTcYear},
    {"DAYNUM", kTcDayNum},       {"ORDNUM", kTcOrdNum},
    {"CLOCK", kTcClock},         {"HHMM", kTcHhmm},
    {"ISODATE", kTcIsoDate},     {"SLASHDATE", kTcSlashDate},
    {"DECADE", kTcDecade},       {"YEAR2", kTcYear2},
    {"FRACTION", kTcFraction},   {"QTOK", kTcQuarterTok},
    {"HTOK", kTcHalfTok},        {"FYTOK", kTcFiscalTok},
    {"RANGE", kTcRange},         {"WEEKDAYS", kTcWeekdays},
    {"NOTINFLECTED", kTcNotInflected}, {"RECENTYEAR", kTcRecentYear},
    {"PLURAL", kTcPlural},       {"PAST", kTcTensePast},
    {"PRESENT", kTcTensePresent}, {"FUTURE", kTcTenseFuture},
    {"CLAUSE", kTcClauseBreak},  {"QUNIT", kTcQuantityUnit},
    {"APPROX", kTcApprox},       {"FORWARD", kTcLeanForward},
    {"FORWARDWEAK", kTcLeanForwardWeak}, {"BACK", kTcLeanBack},
    {"FUTUREAUX", kTcFutureAux}, {"CAPWORD", kTcCapWord},
}};

struct Code {
  std::string_view code;
  int value;
};

constexpr std::array<Code, 14> kUnitCodes = {{
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
    {"ML", static_cast<int>(TimeUnit::kMillennium)},
}};
constexpr std::array<Code, 4> kSeasonCodes = {{
    {"SP", 1}, {"SU", 2}, {"FA", 3}, {"WI", 4}}};
constexpr std::array<Code, 6> kPartCodes = {{
    {"MO", 1}, {"MI", 2}, {"AF", 3}, {"EV", 4}, {"NI", 5}, {"DT", 6}}};

template <size_t N>
bool LookupCode(const std::array<Code, N>& table, std::string_view code,
                int* value) {
  for (const Code& c : table)
    if (c.code == code) {
      *value = c.value;
      return true;
    }
  return false;
}

bool ParseNumber(std::string_view s, double* out) {
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

}  // namespace

std::string_view TimeUnitCode(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond: return "S";
    case TimeUnit::kMinute: return "M";
    case TimeUnit::kHour: return "H";
    case TimeUnit::kDay: return "D";
    case TimeUnit::kWeekend: return "WE";
    case TimeUnit::kWeek: return "W";
    case TimeUnit::kFortnight: return "W";
    case TimeUnit::kMonth: return "M";
    case TimeUnit::kQuarter: return "Q";
    case TimeUnit::kHalfYear: return "M";
    case TimeUnit::kYear: return "Y";
    case TimeUnit::kDecade: return "DE";
    case TimeUnit::kCentury: return "CE";
    case TimeUnit::kMillennium: return "ML";
    case TimeUnit::kNone: break;
  }
  return "";
}

std::string_view SeasonCode(TimeSeason s) {
  switch (s) {
    case TimeSeason::kSpring: return "SP";
    case TimeSeason::kSummer: return "SU";
    case TimeSeason::kFall: return "FA";
    case TimeSeason::kWinter: return "WI";
    case TimeSeason::kNone: break;
  }
  return "";
}

std::string_view PartOfDayCode(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kMidday: return "MI";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    case PartOfDay::kDaytime: return "DT";
    case PartOfDay::kNone: break;
  }
  return "";
}

TimeVocabulary::TimeVocabulary() {
  slots_.assign(1024, 0);
  keys_.assign(1, PackedKey());
  for (int32_t& p : punct_) p = -1;
}

void TimeVocabulary::Finalize() {
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    punct_[c] = Find(std::string_view(&ch, 1));
  }
  possessive_ = Find("'s");
  class_table_.assign(entries_.size() + 1, 0);
  for (size_t i = 0; i < entries_.size(); ++i)
    class_table_[i + 1] = entries_[i].classes;
}

int TimeVocabulary::ClassByName(std::string_view name) {
  for (const auto& c : kClassNames)
    if (c.name == name) return c.cls;
  return -1;
}

std::string_view TimeVocabulary::ClassName(int cls) {
  for (const auto& c : kClassNames)
    if (c.cls == cls) return c.name;
  return "?";
}

int32_t TimeVocabulary::Find(std::string_view key) const {
  return FindPacked(Pack(key));
}

bool TimeVocabulary::Place(uint32_t v) {
  const size_t mask = slots_.size() - 1;
  for (int kick = 0; kick < 64; ++kick) {
    const uint64_t h = HashPacked(keys_[v]);
    const size_t a = h & mask, b = (h >> 32) & mask;
    if (slots_[a] == 0 || slots_[b] == 0) {
      slots_[slots_[a] == 0 ? a : b] = static_cast<uint16_t>(v);
      return true;
    }
    const size_t at = kick % 2 == 0 ? a : b;
    const uint32_t w = slots_[at];
    slots_[at] = static_cast<uint16_t>(v);
    v = w;
  }
  return false;
}

void TimeVocabulary::Rebuild(size_t size) {
  for (;; size *= 2) {
    slots_.assign(size, 0);
    bool placed = true;
    for (uint32_t v = 1; v < keys_.size() && placed; ++v)
      if (keys_[v].len != 0 && v <= kMaxEntries) placed = Place(v);
    if (placed) return;
  }
}

int32_t TimeVocabulary::Intern(std::string_view key) {
  int32_t id = Find(key);
  if (id >= 0) return id;
  id = static_cast<int32_t>(entries_.size());
  entries_.emplace_back();
  entries_.back().key = std::string(key);
  keys_.push_back(Pack(key));
  const uint32_t v = static_cast<uint32_t>(id) + 1;
  if (entries_.size() * 4 > slots_.size()) {
    Rebuild(slots_.size() * 2);
  } else if (keys_[v].len != 0 && v <= kMaxEntries && !Place(v)) {
    Rebuild(slots_.size());
  }
  return id;
}

Status TimeVocabulary::Load(std::string_view text, std::string_view file_name) {
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    if (TrimAscii(line).empty()) continue;
    std::vector<std::string_view> f = Split(line, '\t');
    auto where = [&]() {
      return std::string(file_name) + ":" + std::to_string(line_no) + ": ";
    };
    if (f.size() < 3) {
      return Status::InvalidArgument(where() +
                                     "expected word<TAB>CLASS<TAB>value");
    }
    std::string_view word = TrimAscii(f[0]);
    std::string_view cls_name = TrimAscii(f[1]);
    std::string_view val = TrimAscii(f[2]);
    std::string key;
    if (word.empty() || word.size() > kMaxKeyBytes ||
        !TimeLookupKey(word, &key) || key != word) {
      return Status::InvalidArgument(where() + "'" + std::string(word) +
                                     "' must be lower case, at most 16 bytes");
    }
    int cls = ClassByName(cls_name);
    if (cls < 0 || cls >= kTcVocabCount || cls == kTcMonthSafe) {
      return Status::InvalidArgument(where() + "unknown class '" +
                                     std::string(cls_name) + "'");
    }
    double v = 0;
    int code = 0;
    std::string currency;
    bool ok = true;
    switch (cls) {
      case kTcUnit:
      case kTcUnits:
        ok = LookupCode(kUnitCodes, val, &code);
        v = code;
        break;
      case kTcSeason:
        ok = LookupCode(kSeasonCodes, val, &code);
        v = code;
        break;
      case kTcPartDay:
        ok = LookupCode(kPartCodes, val, &code);
        v = code;
        break;
      case kTcCurrency:
        ok = val.size() == 3;
        currency = std::string(val);
        break;
      case kTcQuantityUnit:
        ok = !val.empty();
        currency = std::string(val);
        break;
      default:
        ok = ParseNumber(val, &v);
    }
    if (!ok) {
      return Status::InvalidArgument(where() + "bad value '" +
                                     std::string(val) + "' for class " +
                                     std::string(cls_name));
    }
    // Room is left for the words of the rules and the grammar's own.
    if (Find(key) < 0 && entries_.size() >= kMaxEntries - 512)
      return Status::InvalidArgument(where() + "more than 65,023 words");
    int32_t id = Intern(key);
    TimeVocabEntry& e = entries_[id];
    e.classes |= uint64_t{1} << cls;
    e.value[cls] = v;
    if (!currency.empty()) e.code = currency;
  }
  // MONTHSAFE: the month names that cannot be read as anything else.
  for (TimeVocabEntry& e : entries_) {
    e.classes &= ~(uint64_t{1} << kTcMonthSafe);
    if ((e.classes >> kTcMonth & 1) && !(e.classes >> kTcAmbiguous & 1)) {
      e.classes |= uint64_t{1} << kTcMonthSafe;
      e.value[kTcMonthSafe] = e.value[kTcMonth];
    }
  }
  return Status::Ok();
}

}  // namespace newsmill

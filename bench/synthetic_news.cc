#include "bench/synthetic_news.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"

namespace newsmill {
namespace {

struct Country {
  const char* code;
  const char* name;
  const char* adjective;
  const char* capital;
  int weight;  // how often it is in the news
};

constexpr Country kCountries[] = {
    {"RUS", "Russia", "Russian", "Moscow", 40},
    {"USA", "United States", "American", "Washington", 40},
    {"UKR", "Ukraine", "Ukrainian", "Kyiv", 25},
    {"CHN", "China", "Chinese", "Beijing", 20},
    {"DEU", "Germany", "German", "Berlin", 10},
    {"FRA", "France", "French", "Paris", 10},
    {"GBR", "Britain", "British", "London", 10},
    {"TUR", "Turkey", "Turkish", "Ankara", 8},
    {"IRN", "Iran", "Iranian", "Tehran", 8},
    {"ISR", "Israel", "Israeli", "Jerusalem", 8},
    {"IND", "India", "Indian", "New Delhi", 6},
    {"JPN", "Japan", "Japanese", "Tokyo", 5},
    {"POL", "Poland", "Polish", "Warsaw", 5},
    {"BLR", "Belarus", "Belarusian", "Minsk", 4},
    {"SYR", "Syria", "Syrian", "Damascus", 4},
    {"PRK", "North Korea", "North Korean", "Pyongyang", 3},
    {"KOR", "South Korea", "South Korean", "Seoul", 3},
    {"SAU", "Saudi Arabia", "Saudi", "Riyadh", 3},
    {"EGY", "Egypt", "Egyptian", "Cairo", 2},
    {"BRA", "Brazil", "Brazilian", "Brasilia", 2},
};
constexpr int kCountryCount = sizeof(kCountries) / sizeof(kCountries[0]);

// Invented given and family names for invented officials.
constexpr const char* kGiven[] = {
    "Alden", "Brina", "Cassian", "Delia", "Emrik", "Farah", "Gideon", "Halla",
    "Ivo", "Jessamy", "Kasimir", "Linnea", "Marek", "Nadia", "Orin", "Petra",
    "Quillon", "Rasa", "Soren", "Talia"};
constexpr const char* kFamily[] = {
    "Ardent", "Bellamy", "Corvin", "Dorsey", "Eskeland", "Falkner", "Grayling",
    "Harrow", "Isberg", "Jovanic", "Kestrel", "Lindqvist", "Morrow", "Novak",
    "Osterhout", "Pellham", "Quarry", "Rostova", "Sterling", "Thorne"};

struct Role {
  const char* sector;  // CAMEO sector appended to the country code
  const char* title;
};
constexpr Role kRoles[] = {{"GOV", "President"},       {"GOV", "Foreign Minister"},
                           {"MIL", "Defence Minister"}, {"GOV", "Prime Minister"},
                           {"GOV", "spokesperson"},     {"MIL", "General"},
                           {"OPP", "opposition leader"}, {"GOV", "ambassador"}};
constexpr int kPeoplePerCountry = 8;

struct Code {
  const char* code;
  const char* phrase;  // past tense, takes the target next
  int quad;
  double goldstein;
};
constexpr Code kCodes[] = {
    {"036", "expressed a wish to meet", 1, 4.0},
    {"040", "held talks with", 1, 1.0},
    {"042", "travelled to meet", 1, 1.9},
    {"043", "hosted a delegation from", 1, 2.8},
    {"051", "praised", 1, 3.4},
    {"057", "signed an agreement with", 2, 8.0},
    {"061", "agreed to expand trade with", 2, 6.4},
    {"070", "sent aid to", 2, 7.0},
    {"111", "criticized", 3, -2.0},
    {"112", "accused", 3, -2.0},
    {"130", "threatened", 3, -4.4},
    {"138", "threatened military action against", 3, -7.0},
    {"163", "imposed an embargo on", 4, -8.0},
    {"172", "imposed sanctions on", 4, -5.0},
    {"190", "attacked", 4, -10.0},
    {"195", "carried out air strikes against", 4, -10.0},
};
constexpr int kCodeCount = sizeof(kCodes) / sizeof(kCodes[0]);

// Words for quotes and filler sentences, most frequent first.
constexpr const char* kWords[] = {
    "the", "we", "will", "our", "not", "and", "to", "of", "a", "is", "people",
    "security", "peace", "talks", "must", "country", "war", "support",
    "government", "border", "agreement", "future", "region", "sanctions",
    "economy", "partners", "army", "today", "never", "ready", "allies",
    "dialogue", "pressure", "threat", "response", "interests", "trust",
    "negotiations", "stability", "sovereignty", "aggression", "troops",
    "energy", "gas", "grain", "ports", "market", "prices", "children",
    "cities", "refugees", "humanitarian", "corridor", "ceasefire", "treaty",
    "weapons", "missiles", "defence", "alliance", "expansion", "demands",
    "proposal", "answer", "deadline", "elections", "freedom", "democracy",
    "corruption", "reforms", "investment", "jobs", "farmers", "workers",
    "history", "friendship", "neighbours", "respect", "law", "court",
    "justice", "truth", "lies", "propaganda", "provocation", "escalation",
    "diplomacy", "summit", "delegation", "ministers", "parliament", "vote",
    "budget", "taxes", "inflation", "currency", "banks", "exports", "imports",
    "pipeline", "nuclear", "inspectors", "uranium", "drones", "satellites",
    "cyber", "attack", "hackers", "infrastructure", "bridges", "railways",
    "harvest", "drought", "climate", "emissions", "floods", "hospitals",
    "vaccines", "schools", "teachers", "students", "journalists", "media",
    "guarantees", "commitments", "obligations", "principles", "unity",
};
constexpr int kWordCount = sizeof(kWords) / sizeof(kWords[0]);
constexpr const char* kCues[] = {"said", "told reporters", "warned", "added",
                                 "insisted", "stressed"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kOutlets[] = {"Daily Ledger", "Morning Wire", "Global Post",
                                    "Evening Standard Review", "Continental Times",
                                    "Harbour Gazette"};

class Rng {
 public:
  explicit Rng(uint64_t s) : s_(s) {}
  uint64_t Next() {  // splitmix64
    uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }
  // Skewed towards small indices (about Zipf with s = 1).
  int Skewed(int n) {
    double u = (Next() >> 11) * (1.0 / 9007199254740992.0);
    int i = static_cast<int>(n * u * u);
    return i < n ? i : n - 1;
  }

 private:
  uint64_t s_;
};

int PickCountry(Rng& r, int except) {
  int total = 0;
  for (const Country& c : kCountries) total += c.weight;
  while (true) {
    int x = r.Below(total);
    for (int i = 0; i < kCountryCount; ++i) {
      x -= kCountries[i].weight;
      if (x < 0) {
        if (i != except) return i;
        break;
      }
    }
  }
}

// Builds the text piece by piece, remembering spans.
class Writer {
 public:
  explicit Writer(Document* d) : d_(d) {}
  Span Add(std::string_view s) {
    uint32_t b = static_cast<uint32_t>(d_->text.size());
    d_->text += s;
    return {b, static_cast<uint32_t>(d_->text.size())};
  }
  void BeginSentence() { sentence_start_ = static_cast<uint32_t>(d_->text.size()); }
  uint32_t EndSentence() {
    Sentence s;
    s.span = {sentence_start_, static_cast<uint32_t>(d_->text.size())};
    s.paragraph = paragraph_;
    d_->sentences.push_back(s);
    return static_cast<uint32_t>(d_->sentences.size() - 1);
  }
  void Space() { d_->text += ' '; }
  void Paragraph() {
    d_->text += "\n\n";
    ++paragraph_;
  }
  uint32_t sentence_index() const { return static_cast<uint32_t>(d_->sentences.size()); }

 private:
  Document* d_;
  uint32_t sentence_start_ = 0;
  uint32_t paragraph_ = 0;
};

}  // namespace

Document SyntheticNews::Article(uint64_t i) const {
  Rng r(seed_ * 0x2545F4914F6CDD1DULL + i);
  Document d;
  d.id = "synth-" + std::to_string(i);
  d.url = "https://news.example/" + std::to_string(i);
  d.outlet = kOutlets[r.Skewed(6)];
  int64_t day = Date{2021, 1, 1}.ToDays() + r.Below(4 * 365);
  Date date = Date::FromDays(day);
  d.published = date.ToString();
  d.published_from = PublishedFrom::kInput;
  d.language = "en";
  d.analysed = true;

  int ca = PickCountry(r, -1);
  int cb = PickCountry(r, ca);
  const Country& A = kCountries[ca];
  const Country& B = kCountries[cb];
  int pa = r.Skewed(kPeoplePerCountry), pb = r.Skewed(kPeoplePerCountry);

  // Entities: two officials and two countries.
  auto person = [&](int country, int k) {
    Entity e;
    const Country& c = kCountries[country];
    std::string given = kGiven[(country * 7 + k * 3) % 20];
    std::string family = kFamily[(country * 11 + k * 5) % 20];
    e.name = given + " " + family;
    e.key = "synthetic-" + std::string(c.code) + "-" + std::to_string(k);
    e.type = EntityType::kPerson;
    e.actor = std::string(c.code) + kRoles[k].sector;
    e.country = c.code;
    return e;
  };
  auto country_entity = [&](int country) {
    Entity e;
    e.name = kCountries[country].name;
    e.key = kCountries[country].code;
    e.type = EntityType::kCountry;
    e.actor = kCountries[country].code;
    e.country = kCountries[country].code;
    return e;
  };
  d.entities = {person(ca, pa), person(cb, pb), country_entity(ca), country_entity(cb)};
  const int kPa = 0, kPb = 1, kA = 2, kB = 3;
  auto family_of = [&](int e) {
    const std::string& n = d.entities[e].name;
    return n.substr(n.find(' ') + 1);
  };
  Writer w(&d);
  auto mention = [&](int entity, std::string_view surface, MentionForm form) {
    Mention m;
    m.span = w.Add(surface);
    m.entity = entity;
    m.form = form;
    d.entities[entity].mentions.push_back(static_cast<uint32_t>(d.mentions.size()));
    d.mentions.push_back(m);
    return m.span;
  };
  auto words = [&](int n, bool allow_guarantees) {
    std::string s;
    for (int k = 0; k < n; ++k) {
      int wi = r.Skewed(kWordCount);
      if (!allow_guarantees && std::string_view(kWords[wi]) == "guarantees") wi = 11;
      if (!s.empty()) s += ' ';
      s += kWords[wi];
    }
    return s;
  };
  int group = 0;
  auto event = [&](int code, int src, int tgt, Span cue, uint32_t sentence,
                   int grp) {
    const Code& c = kCodes[code];
    Event e;
    e.code = c.code;
    e.root = std::string(c.code).substr(0, 2);
    e.quad = c.quad;
    e.goldstein = c.goldstein;
    auto actor = [&](int ent) {
      EventActor a;
      a.entity = ent;
      a.name = d.entities[ent].name;
      a.actor = d.entities[ent].actor;
      a.country = d.entities[ent].country;
      return a;
    };
    e.source = actor(src);
    e.target = actor(tgt);
    e.date = d.published;
    e.mode = EventMode::kAsserted;
    e.confidence = 0.5f + r.Below(50) / 100.0f;
    e.sentence = sentence;
    e.cue = cue;
    e.group = grp;
    d.events.push_back(e);
  };
  // Relations between some pairs lean to conflict.
  bool tense = (A.code[0] == 'R' && B.code[0] == 'U') ||
               (A.code[0] == 'U' && B.code[0] == 'R') || r.Chance(30);
  auto pick_code = [&] {
    return tense ? (r.Chance(65) ? 8 + r.Below(8) : r.Below(8))
                 : (r.Chance(70) ? r.Below(8) : 8 + r.Below(8));
  };

  d.title = std::string(A.adjective) + " and " + B.name + " " + words(3, false);

  // Paragraph 1: the event and a direct quote.
  int code1 = pick_code();
  uint32_t s1 = w.sentence_index();
  w.BeginSentence();
  w.Add(std::string(A.adjective) + " " + kRoles[pa].title + " ");
  mention(kPa, d.entities[kPa].name, MentionForm::kName);
  w.Space();
  Span cue1 = w.Add(kCodes[code1].phrase);
  w.Space();
  mention(kB, B.name, MentionForm::kName);
  w.Add(" on ");
  Span weekday = w.Add(kWeekdays[date.Weekday() - 1]);
  w.Add(".");
  w.EndSentence();
  event(code1, kPa, kB, cue1, s1, ++group);
  int group1 = group;
  TimeExpr t;
  t.span = weekday;
  t.value = d.published;
  t.sentence = s1;
  d.times.push_back(t);

  w.Space();
  int nq = 1 + r.Below(3);
  for (int q = 0; q < nq; ++q) {
    int speaker = q % 2 == 0 ? kPa : kPb;
    w.BeginSentence();
    uint32_t s = w.sentence_index();
    w.Add("\"");
    std::string content = words(8 + r.Below(12), true);
    content[0] = static_cast<char>(content[0] - 32 * (content[0] >= 'a' && content[0] <= 'z'));
    Quote qt;
    qt.kind = QuoteKind::kDirect;
    qt.span = w.Add(content + ",");
    w.Add("\" ");
    qt.speaker = speaker;
    qt.speaker_name = d.entities[speaker].name;
    qt.speaker_mention = mention(speaker, family_of(speaker), MentionForm::kName);
    w.Space();
    qt.cue = w.Add(kCues[r.Below(6)]);
    w.Add(".");
    qt.sentence = s;
    w.EndSentence();
    d.quotes.push_back(qt);
    w.Space();
  }
  w.Paragraph();

  // Paragraph 2: the reply, an indirect quote, a quantity.
  int code2 = pick_code();
  uint32_t s2 = w.sentence_index();
  w.BeginSentence();
  mention(kPb, d.entities[kPb].name, MentionForm::kName);
  w.Space();
  Span cue2 = w.Add(kCodes[code2].phrase);
  w.Space();
  mention(kA, A.name, MentionForm::kName);
  w.Add(" in " + std::string(B.capital) + ".");
  w.EndSentence();
  event(code2, kPb, kA, cue2, s2, ++group);
  w.Space();
  w.BeginSentence();
  uint32_t s3 = w.sentence_index();
  Quote ind;
  ind.kind = QuoteKind::kIndirect;
  ind.speaker_mention = mention(kPb, family_of(kPb), MentionForm::kName);
  ind.speaker = kPb;
  ind.speaker_name = d.entities[kPb].name;
  w.Space();
  ind.cue = w.Add("said");
  w.Add(" that ");
  ind.span = w.Add(words(6 + r.Below(8), true));
  w.Add(".");
  ind.sentence = s3;
  w.EndSentence();
  d.quotes.push_back(ind);
  w.Space();
  w.BeginSentence();
  int n = (1 + r.Below(99)) * 1000;
  Quantity qty;
  qty.value = n;
  qty.unit = "troops";
  qty.span = w.Add(std::to_string(n) + " troops");
  d.quantities.push_back(qty);
  w.Add(" remained near the " + words(2, false) + ", officials said.");
  w.EndSentence();
  w.Paragraph();

  // Paragraph 3: filler, and a second report of the first event (same group).
  int filler = 2 + r.Below(6);
  for (int k = 0; k < filler; ++k) {
    w.BeginSentence();
    std::string s = words(10 + r.Below(14), false);
    s[0] = static_cast<char>(s[0] - 32 * (s[0] >= 'a' && s[0] <= 'z'));
    w.Add(s + ".");
    w.EndSentence();
    w.Space();
  }
  if (r.Chance(50)) {
    uint32_t s4 = w.sentence_index();
    w.BeginSentence();
    w.Add("Officials confirmed that ");
    mention(kPa, family_of(kPa), MentionForm::kName);
    w.Space();
    Span cue = w.Add(kCodes[code1].phrase);
    w.Space();
    mention(kB, B.name, MentionForm::kName);
    w.Add(".");
    w.EndSentence();
    event(code1, kPa, kB, cue, s4, group1);
  }
  while (!d.text.empty() && d.text.back() == ' ') d.text.pop_back();
  for (Sentence& s : d.sentences)
    if (s.span.end > d.text.size()) s.span.end = static_cast<uint32_t>(d.text.size());
  Span p{0, 0};
  for (size_t k = 0; k <= d.text.size(); ++k) {
    if (k == d.text.size() || d.text.compare(k, 2, "\n\n") == 0) {
      p.end = static_cast<uint32_t>(k);
      d.paragraphs.push_back(p);
      p.begin = static_cast<uint32_t>(k + 2);
      if (k == d.text.size()) break;
      ++k;
    }
  }
  return d;
}

}  // namespace newsmill

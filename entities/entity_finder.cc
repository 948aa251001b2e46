// Finding and resolving the actors of a document.
//
// The idea. Tokens become "units" (a hyphenated token is split at its
// hyphens, as lexicon names are), each folded and looked up once in the
// lexicon's word table. Then, sentence by sentence:
//  1. Lexicon matching (leftmost-longest, case-aware) gives names of known
//     actors ("Vladimir Putin", "the United States", "U.S.", "Kremlin"),
//     adjectives ("Russian") and role nouns ("President", "spokesman").
//  2. Capitalised runs the lexicon does not cover are name candidates
//     ("Julie Sweet", "Boeing Co", "Hungarian Prime Minister Viktor Orban"
//     -> "Viktor Orban"), typed by cues: a title or a known given name makes
//     a person, an organisation suffix an organisation, a place suffix or
//     a preposition like "in" a place. A capitalised word that the article
//     also uses in lower case ("Allies" / "allies"), a month or a common word
//     at the start of a sentence is not a name.
//  3. Person names absorb the titles and the affiliation before them:
//     "Kremlin spokesman Dmitry Peskov", "Hungarian Prime Minister Viktor
//     Orban" are one mention each; the affiliation gives the code of a person
//     the lexicon does not know (HUN + GOV) and picks the office (and so the
//     dates) of one it knows ("President Joe Biden": his presidency).
//  4. Role nouns without a name ("the Russian leader", "the Kremlin
//     spokesman") refer to the most recent person of that country whose role
//     fits; "he"/"she" as the subject of a speech verb ("he added") to the
//     most recent person of that gender; plural role nouns with an
//     affiliation ("Russian soldiers") are GROUP entities.
//  5. Mentions become entities: one per lexicon actor, unknown names merged
//     by their normalised form, a surname alone ("Sweet") with the full name
//     ("Julie Sweet"), an acronym with the name it abbreviates.
//  Pre-tokenised newswire (CoNLL-2003 shape: a headline in capitals, a
//     dateline "CITY 1996-08-30", results lines, tables of standings,
//     "Name ( Country )" lists): a dateline is one place; a name of the
//     article is found again in lines in capitals and before numbers
//     (FindNamesAgain); a town in a results line or a table row is a club.
//  6. Codes: the lexicon's, dated by Document::published when known; when it
//     is not, the candidate codes of every period are kept
//     (Entity::candidates, see entities/dating.h) and `actor` is set only
//     where the candidates agree over the dates the titled office holders
//     allow.
#include "entities/entity_finder.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/date.h"
#include "base/strings.h"
#include "entities/dating.h"
#include "lexicon/fold.h"

namespace newsmill {
namespace {

// ---- Units -------------------------------------------------------------

struct Unit {
  uint32_t token = 0;
  Span span;
  uint32_t word = 0;      // WordTable id, 0 if unknown
  uint32_t classes = 0;   // WordClass bits
  CaseShape shape = CaseShape::kNoLetters;
  uint32_t sentence = 0;
  bool is_word = false;   // letters or digits (not punctuation, not a quote)
  bool sentence_start = false;  // first word of a sentence or of a quotation
  bool hyphen = false;    // a "-" inside a hyphenated word
};

// A few ids without allocation (a match rarely fits more than a few
// phrases; beyond 8 the rest are dropped).
struct SmallIds {
  uint32_t v[8];
  uint8_t n = 0;
  void push_back(uint32_t x) {
    if (n < 8) v[n++] = x;
  }
  bool empty() const { return n == 0; }
  void clear() { n = 0; }
  uint32_t back() const { return v[n - 1]; }
  uint32_t operator[](size_t i) const { return v[i]; }
  const uint32_t* begin() const { return v; }
  const uint32_t* end() const { return v + n; }
};

// A lexicon match.
struct Hit {
  uint32_t ub = 0, ue = 0;             // units [ub, ue)
  enum Kind { kName, kAdjective, kAgent } kind = kName;
  SmallIds patterns;                   // fitting patterns of that kind
  bool context_only = false;           // every name pattern is context-only
};

// A mention candidate.
struct Cand {
  uint32_t ub = 0, ue = 0;  // the whole mention, units
  uint32_t nb = 0, ne = 0;  // the name itself (for names), units
  MentionForm form = MentionForm::kName;
  EntityType type = EntityType::kOrganization;
  bool typed = false;       // type known (lexicon or a cue)
  int32_t entry = -1;       // canonical lexicon entry (identity)
  int32_t code_entry = -1;  // lexicon entry whose codes apply
  int32_t agent = -1;       // title or role noun
  uint32_t roles = 0;       // Role bits of the title
  std::string aff_code;     // affiliation's code ("RUS", "RUSGOV", "HUN")
  int32_t aff_entity_cand = -1;
  bool former = false;      // "former President ..."
  bool deputy = false;      // "Deputy Mayor ...": the title is not its office
  bool plural = false;
  bool body = false;        // a capitalised body agent ("the Air Force")
  bool weak = false;        // a lone word that may be a common word: kept
                            // only as the short form of a longer name
  char gender = 0;
  int32_t entity = -1;
  bool drop = false;
  int32_t like = -1;  // a name found again: the candidate it repeats
};

constexpr std::string_view kFormer[] = {"former", "ex", "then", "late", "outgoing"};

bool IsOneOf(std::string_view folded, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (folded == s) return true;
  return false;
}

bool CountryPrefix(const std::string& code) {
  if (code.size() < 3) return false;
  for (int i = 0; i < 3; ++i)
    if (!IsAsciiUpper(code[i])) return false;
  return code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0 &&
         code.compare(0, 3, "IMG") != 0 && code.compare(0, 3, "MNC") != 0;
}

// A party's code ("GBRPTY", "PTY").
bool IsPartyCode(const std::string& code) { return EndsWith(code, "PTY"); }

// code + sector, without repeating a sector the code already ends with.
std::string Compose(const std::string& code, const std::string& sector,
                    bool prefix) {
  if (sector.empty()) return code;
  if (code.empty()) return "";
  if (prefix) return sector + code;
  if (code.size() >= sector.size() &&
      code.compare(code.size() - sector.size(), sector.size(), sector) == 0)
    return code;
  if (code.size() > 3 || !CountryPrefix(code)) {
    // "RUSGOV" + "MIL": an institution's people take their own sector only
    // when the institution is a country's; keep the institution's code (an
    // international body's too: "APEC leaders" are IGO, not IGOGOV).
    return code;
  }
  return code + sector;
}

// Buffers reused from document to document on one thread, so that the
// matching pass allocates nothing in the steady state.
struct Scratch {
  std::vector<Unit> units;
  std::vector<uint32_t> sent_begin;
  std::vector<int32_t> covered;
  std::vector<Hit> hits;
  std::vector<uint32_t> words;
  std::vector<CaseShape> shapes;
  std::vector<PhraseMatch> matches;
  std::vector<uint32_t> phrases;
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

class Run {
 public:
  Run(const Lexicon& lex, Document& doc, Scratch& scratch = ThreadScratch())
      : lex_(lex),
        doc_(doc),
        units_(scratch.units),
        sent_begin_(scratch.sent_begin),
        covered_(scratch.covered),
        hits_(scratch.hits),
        words_(scratch.words),
        shapes_(scratch.shapes),
        matches_(scratch.matches),
        phrases_(scratch.phrases) {
    // units_, words_ and shapes_ keep their size from document to
    // document (BuildUnits resets what it uses; n_units_ counts it).
    sent_begin_.clear();
    covered_.clear();
    hits_.clear();
  }

  size_t MatchOnly() {
    BuildUnits();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) MatchSentence(s);
    return hits_.size();
  }

  void Go() {
    for (const Token& t : doc_.tokens) {
      if (t.pos != Upos::kNone) {
        tagged_ = true;
        break;
      }
    }
    if (!doc_.published.empty()) {
      if (std::optional<Date> d = ParseIsoDate(doc_.published)) date_ = d->ToInt();
    }
    BuildUnits();
    if (n_units_ == 0) return;
    FindSportsStory();
    FindLowercaseEvidence();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) MatchSentence(s);
    ReleaseRejectedNames();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) ChunkSentence(s);
    FindNamesAgain();
    ResolveContextOnly();
    MergeNamedOrganisations();
    PlacesNamingPeople();
    IndexEnds();
    TypeUnknowns();
    IndexEnds();
    BuildPersonPhrases();
    IndexEnds();
    BuildNominals();
    ExtendOrgNouns();
    BuildEntities();
    FindPronouns();
    ResolveNominals();
    FindTheyPronouns();
    Emit();
  }

 private:
  // A sports story: five different words of sports, eight times in all
  // (the events stage's own test reads its verb dictionary's list).
  void FindSportsStory() {
    std::unordered_set<uint32_t> distinct;
    int occurrences = 0;
    for (uint32_t i = 0; i < n_units_; ++i) {
      if (!(units_[i].classes & kWordSport)) continue;
      ++occurrences;
      distinct.insert(units_[i].word);
    }
    sports_story_ = distinct.size() >= 5 && occurrences >= 8;
    // Or a wire story's first line names the sport ("SOCCER - LEEDS BEAT
    // NEWCASTLE", "Tennis: ...").
    // ("NHL ICE HOCKEY - STANDINGS", "MOTOR RACING - ...": the first two
    // words of the first line, or up to four before a dash.)
    uint32_t dash = 0;
    for (uint32_t i = 2; i < n_units_ && i < 5 && units_[i].sentence == 0 && dash == 0; ++i)
      if (W(units_[i]) == "-") dash = i;
    for (uint32_t i = 0; i < n_units_ && i < std::max<uint32_t>(dash, 2) &&
                         units_[i].sentence == 0; ++i) {
      if (IsOneOf(W(units_[i]), {"soccer", "football", "rugby", "cricket", "tennis", "golf",
                                 "hockey", "basketball", "baseball", "athletics", "snooker",
                                 "boxing", "cycling", "swimming", "skiing", "motorsport",
                                 "racing", "squash", "yachting", "sailing", "speedway",
                                 "volleyball", "handball", "badminton", "rowing", "triathlon",
                                 "gymnastics", "judo", "wrestling", "darts", "nfl", "nba",
                                 "nhl", "mlb", "equestrianism", "equestrian", "archery",
                                 "fencing", "weightlifting", "canoeing", "sumo", "polo", "chess",
                                 "bobsleigh", "luge", "biathlon", "lacrosse", "softball",
                                 "karate", "taekwondo", "motorcycling", "rallying"}))
        sports_story_ = true;
    }
  }

  // ---- units ----

  uint32_t PunctWord(char c) {
    int8_t& known = punct_known_[static_cast<unsigned char>(c)];
    if (!known) {
      punct_word_[static_cast<unsigned char>(c)] = lex_.words().Find(std::string_view(&c, 1));
      known = 1;
    }
    return punct_word_[static_cast<unsigned char>(c)];
  }

  // The next unit, reset, in place (the arrays are sized in BuildUnits; no
  // reallocation). Filled where it lives: a unit built on the stack and
  // copied in stalls on its own byte-sized stores.
  __attribute__((always_inline)) Unit& NextUnit() {
    if (n_units_ == units_.size()) {
      units_.resize(units_.size() * 2 + 16);
      words_.resize(units_.size());
      shapes_.resize(units_.size());
    }
    Unit& u = units_[n_units_];
    u = Unit();
    return u;
  }
  // Appends the unit NextUnit() returned.
  __attribute__((always_inline)) void Put(const Unit& u) {
    words_[n_units_] = u.word;
    shapes_[n_units_] = u.shape;
    ++n_units_;
  }

  // Adds the unit of bytes `span` of token t. Returns true when the word
  // has an inner hyphen (and so should be split).
  bool AddUnit(uint32_t t, Span span, uint32_t sentence, bool hyphen) {
    Unit& u = NextUnit();
    u.token = t;
    u.span = span;
    u.sentence = sentence;
    u.hyphen = hyphen;
    std::string_view text(doc_.text.data() + span.begin, span.end - span.begin);
    const Token& tok = doc_.tokens[t];
    if (tok.kind == TokenKind::kQuoteMark) {
      Put(u);
      return false;
    }
    char buf[kMaxFoldedWord + 8];
    size_t n = 0;
    bool inner_hyphen = false;
    if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80 &&
        !IsAsciiAlpha(text[0])) {
      // Punctuation and digits: one table read.
      u.word = PunctWord(text[0]);
      u.shape = CaseShape::kNoLetters;
    } else if (FoldWordFast(text, buf, &n, &u.shape, &inner_hyphen,
                            doc_.text.size() - span.begin)) {
      u.word = lex_.words().FindPadded(buf, n);
    } else {
      if (FoldWord(text, &key_)) u.word = lex_.words().Find(key_);
      u.shape = CaseShapeOf(text);
      for (size_t i = 1; i + 1 < text.size(); ++i)
        if (HyphenAt(text, i) > 0 && i + HyphenAt(text, i) < text.size()) inner_hyphen = true;
    }
    u.classes = u.word ? lex_.words().classes(u.word) : 0;
    u.is_word = tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber;
    if (hyphen) u.is_word = false;
    Put(u);
    return inner_hyphen;
  }

  void BuildUnits() {
    n_units_ = 0;
    size_t guess = doc_.tokens.size() + doc_.tokens.size() / 8 + 16;
    if (units_.size() < guess) {
      units_.resize(guess);
      words_.resize(guess);
      shapes_.resize(guess);
    }
    sent_begin_.assign(doc_.sentences.size() + 1, 0);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      sent_begin_[s] = static_cast<uint32_t>(n_units_);
      const Sentence& sen = doc_.sentences[s];
      bool start = true;
      for (uint32_t t = sen.token_begin; t < sen.token_end; ++t) {
        const Token& tok = doc_.tokens[t];
        std::string_view text(doc_.text.data() + tok.span.begin, tok.span.size());
        size_t first = n_units_;
        // Split hyphenated words the tokenizer kept whole ("non-profit").
        bool inner = AddUnit(t, tok.span, s, false);
        if (inner && tok.kind == TokenKind::kWord && text.size() > 2) {
          --n_units_;
          size_t b = 0;
          for (size_t i = 1; i + 1 < text.size(); ++i) {
            size_t h = HyphenAt(text, i);
            if (h == 0 || i + h >= text.size()) continue;
            AddUnit(t, {tok.span.begin + uint32_t(b), tok.span.begin + uint32_t(i)}, s, false);
            AddUnit(t, {tok.span.begin + uint32_t(i), tok.span.begin + uint32_t(i + h)}, s, true);
            b = i + h;
            i += h - 1;
          }
          AddUnit(t, {tok.span.begin + uint32_t(b), tok.span.end}, s, false);
        } else if (text == "-" && t > sen.token_begin && t + 1 < sen.token_end &&
                   !tok.Has(Token::kSpaceBefore) &&
                   !doc_.tokens[t + 1].Has(Token::kSpaceBefore)) {
          // A "-" token between two words with no space is a hyphen.
          units_[n_units_ - 1].hyphen = true;
        }
        for (size_t k = first; k < n_units_; ++k) {
          Unit& u = units_[k];
          if (start && u.is_word) {
            u.sentence_start = true;
            start = false;
          }
        }
        if (tok.kind == TokenKind::kQuoteMark && tok.Has(Token::kOpensQuote)) start = true;
        if (tok.kind == TokenKind::kPunct &&
            (text == ":" || text == "(" || text == "\xE2\x80\x94"))
          start = true;
      }
    }
    sent_begin_[doc_.sentences.size()] = static_cast<uint32_t>(n_units_);
    // The arrays keep their size from document to document (no
    // re-initialisation); n_units_ is the number in use.
    covered_.assign(n_units_, -1);
  }

  // Words the article writes in lower case (outside sentence starts): the
  // same word capitalised elsewhere is not a name ("our Allies").
  void FindLowercaseEvidence() {
    for (size_t i = 0; i < n_units_; ++i) {
      const Unit& u = units_[i];
      if (u.is_word && u.shape == CaseShape::kLower && u.word != 0)
        lower_words_.insert(u.word);
    }
    for (size_t i = 0; i < n_units_; ++i) {
      const Unit& u = units_[i];
      if (u.is_word && u.shape == CaseShape::kLower && u.word == 0) {
        std::string_view t = doc_.Text(u.span);
        if (FoldWord(t, &key_)) lower_keys_.insert(key_);
      }
    }
  }

  Upos PosOf(const Unit& u) const { return doc_.tokens[u.token].pos; }
  // The folded word of a unit as the lexicon knows it ("" if unknown): no
  // folding or allocation for the many small-word tests.
  std::string_view W(const Unit& u) const {
    return u.word ? lex_.words().word(u.word) : std::string_view();
  }

  // The type of the entry lexicon pattern p names.
  EntityType PatternType(uint32_t p) const {
    return lex_.entry(lex_.Canonical(lex_.pattern(p).target)).type;
  }

  // Whether unit u is "Flight" and a number follows in its sentence ("Adam
  // Air Flight 574"): the airline's name ends before it.
  bool FlightNumberAt(uint32_t u) const {
    return u + 1 < n_units_ && EqualsIgnoreCase(doc_.Text(units_[u].span), "flight") &&
           units_[u + 1].sentence == units_[u].sentence && units_[u + 1].is_word &&
           units_[u + 1].shape == CaseShape::kNoLetters;
  }

  bool WrittenLowerElsewhere(const Unit& u) {
    if (u.word != 0) return lower_words_.count(u.word) > 0;
    if (!FoldWord(doc_.Text(u.span), &key_)) return false;
    return lower_keys_.count(key_) > 0;
  }

  // A sentence written in capitals (a headline): no case evidence. (Title
  // case is not enough: lists of names and lines of results look the same.)
  // So is a line of one or two words in capitals without numbers (a
  // section heading of a table: "AMERICAN LEAGUE", "RESULTS").
  bool Caseless(uint32_t s) {
    int caps = 0, words = 0, numbers = 0;
    for (uint32_t i = sent_begin_[s]; i < sent_begin_[s + 1]; ++i) {
      const Unit& u = units_[i];
      if (!u.is_word) continue;
      if (u.shape == CaseShape::kNoLetters) {
        ++numbers;
        continue;
      }
      ++words;
      caps += u.shape == CaseShape::kAllCaps;
    }
    if (words >= 3) return caps * 10 >= words * 8 && DatelinePlace(s) == 0;
    if (words == 0 || caps < words || numbers > 0) return false;
    const std::vector<Sentence>& ss = doc_.sentences;
    return (s == 0 || ss[s - 1].paragraph != ss[s].paragraph) &&
           (s + 1 == ss.size() || ss[s + 1].paragraph != ss[s].paragraph);
  }

  // Whether sentence s is one Caseless found (written in capitals).
  bool InCaseless(uint32_t s) const {
    return std::binary_search(caseless_.begin(), caseless_.end(), s);
  }

  // Whether unit u is a date written in digits ("1996-08-30", "30/08/1996").
  bool DigitDate(uint32_t u) const {
    std::string_view t = doc_.Text(units_[u].span);
    int digits = 0, seps = 0;
    for (char ch : t) {
      if (IsAsciiDigit(ch)) {
        ++digits;
      } else if (ch == '-' || ch == '/' || ch == '.') {
        ++seps;
      } else {
        return false;
      }
    }
    return seps == 2 && digits >= 6;
  }

  // A dateline: a line of one to four words in capitals, maybe a comma and
  // the country or state, then a date in digits and nothing else
  // ("CARDIFF 1996-08-30", "RIO DE JANEIRO 1996-08-30", "BRAXTOWN , Norway
  // 1996-08-23"). Returns the unit after the words in capitals, 0 when
  // sentence s is none.
  uint32_t DatelinePlace(uint32_t s) const {
    uint32_t b = sent_begin_[s], e = sent_begin_[s + 1];
    while (e > b && !units_[e - 1].is_word) --e;  // a final "." or ","
    if (e - b < 2 || e - b > 9 || !DigitDate(e - 1) || !units_[b].is_word) return 0;
    uint32_t place = 0;
    for (uint32_t i = b; i + 1 < e; ++i) {
      const Unit& u = units_[i];
      if (place == 0 && doc_.Text(u.span) == ",") {
        place = i;
        continue;
      }
      bool ok = u.is_word ? (u.shape == CaseShape::kAllCaps ||
                             (place != 0 && u.shape == CaseShape::kCapitalized))
                          : u.hyphen;
      if (!ok) return 0;
    }
    if (place == 0) place = e - 1;
    return place > b && place - b <= 4 ? place : 0;
  }

  // ---- lexicon matching ----

  void MatchSentence(uint32_t s) {
    uint32_t b = sent_begin_[s], e = sent_begin_[s + 1];
    if (b == e) return;
    int caseless = -1;  // Caseless(s), computed when first needed
    matches_.clear();
    phrases_.clear();
    lex_.matcher().FindLongestFirst(std::span<const uint32_t>(words_).subspan(b, e - b),
                                    std::span<const CaseShape>(shapes_).subspan(b, e - b),
                                    &matches_, &phrases_);
    for (const PhraseMatch& m : matches_) {
      // Names win over adjectives, adjectives over role nouns.
      Hit::Kind kind = Hit::kAgent;
      bool all_context = true;
      for (uint32_t k = 0; k < m.count; ++k) {
        const PatternInfo& info = lex_.pattern(phrases_[m.first + k]);
        if (info.kind == PatternInfo::kAgent) continue;
        if (info.form == MentionForm::kAdjective) {
          if (kind == Hit::kAgent) kind = Hit::kAdjective;
        } else {
          kind = Hit::kName;
          if (!(info.flags & PatternInfo::kContextOnly)) all_context = false;
        }
      }
      // After an honorific a nationality word is a surname: "Mr Irish",
      // "Mrs English".
      if (kind == Hit::kAdjective && m.end == m.begin + 1 && HonorificBefore(b + m.begin))
        continue;
      // "the French Senate", "Mexico's Congress", "the Trades Union
      // Congress": an organisation's name that is one institution word,
      // which the lexicon also knows as a role noun, is the role noun when
      // a country or another name modifies it (the lexicon's bare
      // "Congress" is one country's).
      if (kind == Hit::kName && m.end == m.begin + 1 &&
          (units_[b + m.begin].classes & kWordOrgSuffix) && ModifiedByName(b, b + m.begin)) {
        bool agent = false;
        for (uint32_t k = 0; k < m.count; ++k)
          agent |= lex_.pattern(phrases_[m.first + k]).kind == PatternInfo::kAgent;
        if (agent) kind = Hit::kAgent;
      }
      Hit h;
      h.kind = kind;
      h.context_only = kind == Hit::kName && all_context;
      for (uint32_t k = 0; k < m.count; ++k) {
        uint32_t p = phrases_[m.first + k];
        const PatternInfo& info = lex_.pattern(p);
        Hit::Kind pk = info.kind == PatternInfo::kAgent ? Hit::kAgent
                       : info.form == MentionForm::kAdjective ? Hit::kAdjective
                                                              : Hit::kName;
        if (pk == kind) h.patterns.push_back(p);
      }
      h.ub = b + m.begin;
      h.ue = b + m.end;
      // In a line in capitals a lone common word ("EU BAN", "ban" in the
      // text) is the word, not the name the lexicon spells the same way
      // (acronyms such as "US" are written so anyway; a country or place
      // written in lower case elsewhere is a typo: "peru 's exports").
      if (h.kind == Hit::kName && h.ue == h.ub + 1 && !(units_[h.ub].classes & kWordGivenName)) {
        const bool lower = WrittenLowerElsewhere(units_[h.ub]);
        if ((units_[h.ub].classes & kWordCommon) || lower) {
          bool keep = false;
          // (An acronym that is a common noun, not a function word like
          // "US", is the noun in a sports story's capitals: "NHL ICE
          // HOCKEY".)
          const std::string_view folded = W(units_[h.ub]);
          const bool sport_noun = sports_story_ && (units_[h.ub].classes & kWordCommon) &&
                                  folded.size() >= 3 && folded != "who";
          for (uint32_t p : h.patterns) {
            EntityType t = PatternType(p);
            keep |= (lex_.matcher().phrase_info(p).policy == CasePolicy::kAcronym && !sport_noun) ||
                    (lower && (t == EntityType::kCountry || t == EntityType::kPlace));
          }
          if (!keep && (caseless < 0 ? (caseless = Caseless(s)) : caseless))
            h.patterns.clear();  // covers the word, names nothing
        }
      }
      // "US$", "CA$": a currency, not the country.
      if (h.ue < e && h.kind != Hit::kAgent &&
          units_[h.ue].span.begin == units_[h.ue - 1].span.end) {
        std::string_view next = doc_.Text(units_[h.ue].span);
        if (!next.empty() && next[0] == '$') {
          h.patterns.clear();  // covers the words, names nothing
          h.kind = Hit::kName;
        }
      }
      // "Montenegro Municipality Association (AKK)": an acronym in brackets
      // right after a capitalised name the lexicon does not know abbreviates
      // that name; it is not the lexicon's actor of the same letters.
      if (h.kind == Hit::kName && h.ue == h.ub + 1 && h.ub >= b + 2 && h.ue < e &&
          shapes_[h.ub] == CaseShape::kAllCaps && doc_.Text(units_[h.ub - 1].span) == "(" &&
          doc_.Text(units_[h.ue].span) == ")" && shapes_[h.ub - 2] == CaseShape::kCapitalized &&
          covered_[h.ub - 2] < 0 && MayAbbreviate(h.ub, h.ub - 2)) {
        h.patterns.clear();  // covers the acronym, names nothing
      }
      // "GAO", "IMO" in running text are acronyms, not the towns the lexicon
      // writes capitalised (Gao, Imo): the word is left to the name chunker.
      if (h.kind == Hit::kName && h.ue == h.ub + 1 && shapes_[h.ub] == CaseShape::kAllCaps &&
          units_[h.ub].span.end - units_[h.ub].span.begin <= 3 && !h.patterns.empty()) {
        bool town = true;
        for (uint32_t p : h.patterns)
          town &= lex_.matcher().phrase_info(p).policy != CasePolicy::kAcronym &&
                  PatternType(p) == EntityType::kPlace;
        if (town && !(caseless < 0 ? (caseless = Caseless(s)) : caseless)) continue;
      }
      // "Hwang Sun-hong": a capitalised word the lexicon knows ("Sun")
      // joined by a hyphen to a short lower-case syllable after another
      // capitalised word is a Korean or Chinese given name, left to the
      // name chunker.
      if (h.kind == Hit::kName && h.ue == h.ub + 1 && h.ub > b && h.ue + 1 < e &&
          shapes_[h.ub] == CaseShape::kCapitalized && shapes_[h.ub - 1] == CaseShape::kCapitalized &&
          SyllableAt(h.ue))
        continue;
      // "Mark Cuban said", "Chris French, the coach": a nationality word
      // right after a given name, modifying no noun after it, is a surname,
      // left to the name chunker.
      if (h.kind == Hit::kAdjective && h.ue == h.ub + 1 && h.ub > b &&
          shapes_[h.ub] == CaseShape::kCapitalized && shapes_[h.ub - 1] == CaseShape::kCapitalized &&
          (units_[h.ub - 1].classes & kWordGivenName) && covered_[h.ub - 1] < 0) {
        bool modifies = false;
        if (h.ue < e) {
          const Token& next = doc_.tokens[units_[h.ue].token];
          modifies = next.pos == Upos::kNoun || next.pos == Upos::kPropn ||
                     next.pos == Upos::kAdj || next.pos == Upos::kNum;
        }
        if (!modifies) continue;
      }
      // "Mr Hamilton", "Lord Hamilton": a place's name after an honorific
      // is a surname, left to the name chunker.
      if (h.kind == Hit::kName && h.ub > b && !h.patterns.empty()) {
        uint32_t before = h.ub - 1;
        if (doc_.Text(units_[before].span) == "." && before > b) --before;
        if ((units_[before].classes & kWordHonorific) &&
            units_[before].shape == CaseShape::kCapitalized) {  // not "to miss England"
          bool place = true;
          for (uint32_t p : h.patterns) {
            const EntityType t = PatternType(p);
            place &= t == EntityType::kPlace || t == EntityType::kCountry;
          }
          if (place) continue;
        }
      }
      // "Harrison Ford said", "Jane Doe", "Mr Shell": an organisation's
      // one-word name written capitalised right after a given name or an
      // honorific is a surname, left to the name chunker (the lexicon's
      // longer names, "Morgan Stanley", match as one hit before this).
      if (h.kind == Hit::kName && h.ue == h.ub + 1 && h.ub > b && !h.patterns.empty() &&
          shapes_[h.ub] == CaseShape::kCapitalized &&
          shapes_[h.ub - 1] == CaseShape::kCapitalized) {
        // (A given name the lexicon also knows as a place, "Mary",
        // "Jordan", matched alone, still opens a person's name.)
        const int32_t cov = covered_[h.ub - 1];
        const Unit& prev = units_[h.ub - 1];
        const bool given_alone = cov >= 0 && hits_[cov].ub == h.ub - 1 &&
                                 hits_[cov].kind == Hit::kName &&
                                 (prev.classes & kWordGivenName);
        bool person_before =
            (cov < 0 || given_alone) && ((prev.classes & kWordHonorific) ||
            ((prev.classes & kWordGivenName) &&
             (tagged_ ? PosOf(prev) == Upos::kPropn : !prev.sentence_start)));
        bool org = person_before;
        for (uint32_t p : h.patterns) org &= PatternType(p) == EntityType::kOrganization;
        if (org) continue;
      }
      // A match that is only a hyphen or punctuation is no match.
      bool any_word = false;
      for (uint32_t i = h.ub; i < h.ue; ++i) any_word |= units_[i].is_word;
      if (!any_word) continue;
      // An agent noun inside a capitalised name the lexicon does not know
      // ("General Motors") is decided by chunking, not here.
      hits_.push_back(h);
      int32_t idx = static_cast<int32_t>(hits_.size() - 1);
      for (uint32_t i = h.ub; i < h.ue; ++i) covered_[i] = idx;
    }
  }

  // Whether the acronym at unit a may abbreviate the capitalised words
  // ending at unit last: its first letter opens one of them ("Combustion
  // Engineering (CE)", "Montenegro Municipality Association (AKK)"), which
  // a country after a person's name does not ("Tim Henman ( Britain )",
  // "Pete Sampras ( U.S. )").
  bool MayAbbreviate(uint32_t a, uint32_t last) const {
    std::string_view acr = doc_.Text(units_[a].span);
    if (acr.empty()) return false;
    const uint32_t sentence = units_[a].sentence;
    for (uint32_t i = last + 1, n = 0; i-- > 0 && n < 8; ++n) {
      const Unit& u = units_[i];
      if (u.sentence != sentence ||
          (u.is_word && u.shape == CaseShape::kLower && !(u.classes & kWordConnector)))
        break;
      std::string_view t = doc_.Text(u.span);
      if (u.is_word && !t.empty() && AsciiUpper(t[0]) == AsciiUpper(acr[0])) return true;
    }
    return false;
  }

  const Hit* HitAt(uint32_t u) const {
    int32_t h = covered_[u];
    return h < 0 ? nullptr : &hits_[h];
  }
  const Hit* HitEndingAt(uint32_t ue) const {
    if (ue == 0) return nullptr;
    const Hit* h = HitAt(ue - 1);
    return (h != nullptr && h->ue == ue) ? h : nullptr;
  }

  // ---- name chunks ----

  // Whether unit u is an initial before a name: one capital letter and a
  // full stop, or two of them ("P. Simmons", "J.P. Duminy"), followed by a
  // capitalised word that is no common word ("World War I. But" is none).
  bool Initial(const Unit& u) const {
    const std::string_view t = doc_.Text(u.span);
    if (!((t.size() == 2 || (t.size() == 4 && IsAsciiUpper(t[2]) && t[3] == '.')) &&
          IsAsciiUpper(t[0]) && t[1] == '.'))
      return false;
    if (&u < units_.data() || &u >= units_.data() + n_units_) return false;  // not one of ours
    const size_t next = static_cast<size_t>(&u - units_.data()) + 1;
    if (next >= n_units_ || units_[next].sentence != u.sentence) return false;
    const Unit& n = units_[next];
    if (n.shape == CaseShape::kCapitalized) return !(n.classes & kWordCommon);
    const std::string_view nt = doc_.Text(n.span);  // "J. P. Morgan"
    return nt.size() == 2 && IsAsciiUpper(nt[0]) && nt[1] == '.';
  }

  // In a sports story's line-up, a capital letter with no stop before a
  // surname, after a separator: "Harwick : J Orrin ; P Quarmby , Q Dallow".
  // (Not "A", an article, nor "I".)
  bool LineUpInitial(const Unit& u) const {
    if (!sports_story_) return false;
    const std::string_view t = doc_.Text(u.span);
    if (t.size() != 1 || !IsAsciiUpper(t[0]) || t == "A" || t == "I") return false;
    if (&u < units_.data() || &u >= units_.data() + n_units_) return false;
    const size_t at = static_cast<size_t>(&u - units_.data());
    if (at + 1 >= n_units_ || units_[at + 1].sentence != u.sentence) return false;
    const Unit& n = units_[at + 1];
    if (n.shape != CaseShape::kCapitalized || (n.classes & kWordCommon)) return false;
    if (at == 0 || units_[at - 1].sentence != u.sentence) return true;
    const std::string_view p = doc_.Text(units_[at - 1].span);
    return p == "," || p == ";" || p == ":" || (p == "-" && !units_[at - 1].hyphen);
  }

  bool NameLike(const Unit& u) const {
    if (!u.is_word) return false;
    if (u.shape != CaseShape::kCapitalized && u.shape != CaseShape::kAllCaps &&
        u.shape != CaseShape::kMixed)
      return false;
    if (Initial(u)) return true;  // "P. Simmons" ("P" alone is never a name)
    if (LineUpInitial(u)) return true;  // "; P Quarmby ," in a sports story
    if (u.classes & (kWordNotName | kWordPronounMale | kWordPronounFemale))
      return false;
    // "Jan" and "May" are months, "Jan Lipavsky" is a name.
    if ((u.classes & (kWordMonth | kWordWeekday)) && !(u.classes & kWordGivenName))
      return false;
    return true;
  }

  // Agent hits that are titles ("President", "Prime Minister") or role nouns
  // that may stand before a name ("spokesman", "Chief Executive").
  bool TitleHit(const Hit& h) const {
    if (h.kind != Hit::kAgent) return false;
    for (uint32_t p : h.patterns) {
      const Agent& a = lex_.agent(lex_.pattern(p).target);
      if (a.kind == AgentKind::kPerson && !(lex_.pattern(p).flags & PatternInfo::kPlural))
        return true;
    }
    return false;
  }

  void ChunkSentence(uint32_t s) {
    uint32_t b = sent_begin_[s], e = sent_begin_[s + 1];
    // A dateline's words are one place ("KANSAS CITY 1987-03-09"), unless
    // the lexicon knows them as one name.
    if (uint32_t d = DatelinePlace(s)) {
      const Hit* h = HitAt(b);
      if (h != nullptr && h->ub == b && h->ue == d && !h->patterns.empty()) return;
      for (uint32_t i = b; i < d; ++i) {
        if (covered_[i] >= 0) hits_[covered_[i]].patterns.clear();
        covered_[i] = -1;
      }
      AddChunk(b, d);
      return;
    }
    // A sign-off line ("-- Algiers Newsroom +213 2 123456"): the lexicon
    // only.
    if (doc_.Text(units_[b].span) == "--") return;
    bool caseless = Caseless(s);
    if (caseless) {
      caseless_.push_back(s);  // headlines: the lexicon only (FindNamesAgain)
      return;
    }
    uint32_t i = b;
    while (i < e) {
      // Start: a name-like word no lexicon name covers (agent words may
      // start a name: "General Electric" is decided by the run's length).
      const Unit& u = units_[i];
      const Hit* h = HitAt(i);
      bool free = h == nullptr || (h->kind == Hit::kAgent && !TitleUse(*h, e));
      // A verb of saying in a title-case headline ("Governor Says Bridge
      // Will Open") is no part of a name.
      if (!free || !NameLike(u) || (u.classes & (kWordHonorific | kWordSpeechVerb)) ||
          StanceBefore(i)) {
        ++i;
        continue;
      }
      // A role after an article or a possessor, with no name after it, is
      // the role written with capitals: "the Chief Executive of Acme", "its
      // Vice Chairman, Jim Press," ("the General Electric Company" goes on
      // with words of its own; "the Director's Guild" is a name).
      // (So at a sentence's start, the article capitalised: "The Minister
      // of Justice resigned", "The Secretary of State arrived".)
      const auto article = [&](uint32_t k) {
        return IsOneOf(W(units_[k]), {"the", "a", "an", "its", "his", "her", "their", "our"});
      };
      const Hit* role = h;
      uint32_t at = i;
      if (role == nullptr && u.sentence_start && article(i) && i + 1 < e) {
        role = HitAt(i + 1);
        at = i + 1;
      }
      if (role != nullptr && role->ub == at && role->ue > at && at > 0 && TitleHit(*role) &&
          article(at - 1) &&
          (role->ue >= e || (!NameLike(units_[role->ue]) && !IsPossessive(units_[role->ue])))) {
        i = role->ue;
        continue;
      }
      uint32_t j = i + 1;
      while (j < e) {
        const Unit& v = units_[j];
        const Hit* hv = HitAt(j);
        if (hv != nullptr && hv->kind != Hit::kAgent) break;
        // A title ends the name before it ("Accenture | Chief Executive
        // Julie Sweet").
        if (hv != nullptr && hv->ub == j && TitleUse(*hv, e)) break;
        if (v.classes & kWordSpeechVerb) break;
        // "Malaysia Airlines Flight 370", "Adam Air Flight 574": the name
        // ends before a flight's number.
        if (j + 1 < e && FlightNumberAt(j)) break;
        if (NameLike(v)) {
          ++j;
          continue;
        }
        // Connectors and hyphens inside a name: "Bank of America", "Ki-moon".
        // Not "and": "GM and Chrysler" are two names.
        bool conn = (v.classes & kWordConnector) && W(v) != "and";
        // "Ann Chiang of DAB", "Ray Neidl at Calyon Securities": a person's
        // given name and surname before "of" or "at" are a name of their
        // own, what follows their party or employer ("Catherine of Aragon",
        // one word before "of", stays one name).
        const bool person_so_far = (j - i >= 2 && (units_[i].classes & kWordGivenName)) ||
                                   (j - i == 4 && units_[i + 2].hyphen &&
                                    units_[i + 3].shape == CaseShape::kLower);  // "Leung Yiu-chung"
        if (conn && person_so_far && (W(v) == "of" || W(v) == "at")) break;
        // "Radovan Karadzic in Pale", "Credit Suisse First Boston in
        // London": after two or more capitalised words with no connector
        // between them, "in" or "at" leads out of the name ("Co-operation
        // in Europe" follows "for" and "and" inside one; a title keeps a
        // single word before it: "Shakespeare in Love"; "Convention on
        // Human Rights" keeps its "on").
        if (conn && v.shape == CaseShape::kLower && j - i >= 2 && IsOneOf(W(v), {"in", "at"})) {
          bool plain = true;
          for (uint32_t k = i; k < j && plain; ++k)
            plain = units_[k].shape == CaseShape::kCapitalized || units_[k].shape == CaseShape::kAllCaps;
          if (plain) break;
        }
        // "DAB's Ben Chan", "Daiwa 's Watanabe": a possessor and a name of
        // its own, two names ("People's Party", "Hudson's Bay Company" are
        // one).
        if (conn && IsPossessive(v) && PossessedName(j + 1, e)) break;
        // "Touche Ross and Co", "Knapp and Sons": a firm's name ends so.
        if (W(v) == "and" && j + 1 < e &&
            IsOneOf(doc_.Text(units_[j + 1].span),
                    {"Co", "Co.", "Company", "Sons", "Partners", "Associates"}) &&
            (j + 2 >= e || !NameLike(units_[j + 2])) &&
            (j + 2 >= n_units_ || !units_[j + 2].hyphen)) {  // not "Co-operative"
          j += 2;
          continue;
        }
        // Two particles between the words of a name: "Edwin van der Sar",
        // "Ursula von der Leyen", "Maria de la Cruz".
        if (conn && v.shape == CaseShape::kLower && j + 2 < e &&
            units_[j + 1].shape == CaseShape::kLower && NameLike(units_[j + 2]) &&
            HitAt(j + 2) == nullptr &&
            IsOneOf(W(v), {"van", "von", "de", "da", "di", "del", "bin", "ibn", "abu"}) &&
            IsOneOf(W(units_[j + 1]), {"der", "den", "de", "la", "le", "los", "las", "al", "el"})) {
          j += 3;
          continue;
        }
        // "Hwang Sun-hong": the first syllable of a Korean or Chinese
        // given name may be a word that is no name alone ("Sun", "Mon").
        if (j >= i + 1 && v.shape == CaseShape::kCapitalized && SyllableAfterHyphen(j - 1, j + 1)) {
          j += 3;
          continue;
        }
        // An Arabic particle joined to the next word: "Jassem al-Huwaidi",
        // "Abdel Fattah el-Sisi".
        if (conn && v.shape == CaseShape::kLower && j + 2 < e && units_[j + 1].hyphen &&
            NameLike(units_[j + 2]) && HitAt(j + 2) == nullptr &&
            IsOneOf(W(v), {"al", "el", "ul", "ad", "ash", "as", "az", "ar", "an", "bin", "ibn",
                           "abu", "abd"})) {
          j += 3;
          continue;
        }
        // (After "of", a role noun that is no title there: "the Royal Courts
        // of Justice", "the Institute of Directors".)
        // Not after a role ("the Commissioner of Police").
        const Hit* after = j + 1 < e ? HitAt(j + 1) : nullptr;
        bool free_after = after == nullptr;
        // (Nor after "a" or a law's word: "an Act of Parliament", "the new
        // Act of Parliament" name no body.)
        if (!free_after && W(v) == "of" && after->kind == Hit::kAgent && after->ub == j + 1 &&
            !TitleUse(*after, e) && !(i > 0 && IsOneOf(W(units_[i - 1]), {"a", "an"})) &&
            !IsOneOf(W(units_[j - 1]), {"act", "acts", "bill", "law"})) {
          free_after = true;
          for (uint32_t k = i; k < j && free_after; ++k)
            free_after = !(HitAt(k) != nullptr && TitleHit(*HitAt(k)));
        }
        // A title joined by a hyphen to the word before it takes that word
        // along ("the Labour Party Co-Chairman Ann Lee", "Acme Vice-Chair
        // Bo Li"): the name ends before the hyphenated word.
        if (v.hyphen && after != nullptr && after->ub == j + 1 && TitleUse(*after, e) &&
            units_[j - 1].span.end == v.span.begin) {
          --j;
          break;
        }
        bool inner = (v.hyphen || conn || doc_.Text(v.span) == "&") &&
                     j + 1 < e && NameLike(units_[j + 1]) && free_after &&
                     (v.hyphen || doc_.Text(v.span) == "&" ||
                      v.shape == CaseShape::kLower);
        if (inner || (v.hyphen && j >= i + 2 && SyllableAfterHyphen(j - 2, j))) {
          j += 2;
          continue;
        }
        // "the Royal Society for the Protection of Birds", "the Federal
        // Service for the Financial Markets": an organisation's word, "for
        // the" and a name go on as one name.
        if (conn && W(v) == "for" && v.shape == CaseShape::kLower && j > i && j + 2 < e &&
            (units_[j - 1].classes & kWordOrgSuffix) &&
            // (Not a chamber or a side: "voted in Parliament for the
            // Labour Party", "played for the Tigers".)
            !IsOneOf(W(units_[j - 1]), {"parliament", "congress", "senate", "assembly", "party",
                                        "cabinet", "club", "team", "united", "city", "fc"}) &&
            W(units_[j + 1]) == "the" &&
            units_[j + 1].shape == CaseShape::kLower && NameLike(units_[j + 2]) &&
            (HitAt(j + 2) == nullptr || !TitleHit(*HitAt(j + 2)))) {
          j += 3;
          continue;
        }
        // "Chester-le-Street", "Stratford-upon-Avon", "Aix-en-Provence";
        // "Zia-ul-Haq", "Salah-ud-Din", "Aziz-ur-Rehman".
        if (v.hyphen && j + 3 < e && units_[j + 1].shape == CaseShape::kLower &&
            units_[j + 2].hyphen && NameLike(units_[j + 3]) && HitAt(j + 3) == nullptr &&
            IsOneOf(Fold(doc_.Text(units_[j + 1].span)),
                    {"le", "la", "les", "en", "sur", "upon", "on", "under", "de", "du", "des",
                     "in", "am", "an", "im", "by", "ul", "ud", "ur", "al", "el"})) {
          j += 4;
          continue;
        }
        break;
      }
      if (j > i) {
        AddChunk(i, j);
        i = j;
      } else {
        i = j + 1;  // only the first part of a hyphenated title ("Co-")
      }
    }
  }

  // Whether the syntax layer ran and reads every word of units [b, e) as a
  // common noun, an adjective or a verb ("Exports", "Total Use"), not a
  // proper noun.
  bool CommonWords(uint32_t b, uint32_t e) const {
    if (!tagged_) return false;
    for (uint32_t u = b; u < e; ++u) {
      if (!units_[u].is_word) continue;
      const Upos p = PosOf(units_[u]);
      if (p != Upos::kNoun && p != Upos::kAdj && p != Upos::kVerb) return false;
    }
    return true;
  }

  // Whether units [b, e) (capitalised words) are one side of a results
  // line, "Name N Name N" with the names one to three words long, in one
  // sentence: "Leicester 21 Bath 18", "Arsenal 2 West Ham 0".
  bool ScoreLineSide(uint32_t b, uint32_t e) const {
    const uint32_t sentence = units_[b].sentence;
    auto in = [&](int64_t i) {
      return i >= 0 && static_cast<uint32_t>(i) < n_units_ && units_[i].sentence == sentence;
    };
    auto name = [&](int64_t i) {
      return in(i) && units_[i].is_word &&
             (units_[i].shape == CaseShape::kCapitalized || units_[i].shape == CaseShape::kAllCaps);
    };
    auto number = [&](int64_t i) {
      return in(i) && units_[i].is_word && units_[i].shape == CaseShape::kNoLetters;
    };
    if (!number(e)) return false;
    // First side: [b, e) N Name... N.
    int64_t k = static_cast<int64_t>(e) + 1;
    int names = 0;
    while (name(k) && names < 3) ++k, ++names;
    if (names > 0 && number(k)) return true;
    // Second side: Name... N [b, e) N.
    if (!number(static_cast<int64_t>(b) - 1)) return false;
    k = static_cast<int64_t>(b) - 2;
    names = 0;
    while (name(k) && names < 3) --k, ++names;
    return names > 0;
  }

  // Whether unit u is a score or a result ("2-1", "6-3", "363-7"), not a
  // number that names what is before it ("Flight 370").
  bool Score(uint32_t u) const {
    if (DashedFigure(u)) return false;
    std::string_view t = doc_.Text(units_[u].span);
    if (u + 2 < n_units_ && units_[u + 2].sentence == units_[u].sentence &&
        units_[u + 1].span.begin == units_[u].span.end &&
        units_[u + 2].span.begin == units_[u + 1].span.end &&
        doc_.Text(units_[u + 1].span) == "-") {
      // The tokenizer's "2", "-", "1".
      t = doc_.Text({units_[u].span.begin, units_[u + 2].span.end});
    }
    size_t dash = t.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= t.size()) return false;
    for (size_t i = 0; i < t.size(); ++i)
      if (i != dash && !IsAsciiDigit(t[i])) return false;
    return true;
  }

  // Whether the number at unit u is one of three or more joined by dashes,
  // a bowler's figures ("12-1-35-0": overs, maidens, runs, wickets), not a
  // score or the first number of a row of a table.
  bool DashedFigure(uint32_t u) const {
    const std::string_view t = doc_.Text(units_[u].span);
    if (std::count(t.begin(), t.end(), '-') >= 2) return true;
    int parts = 1;
    for (uint32_t i = u; i + 2 < n_units_ && units_[i + 2].sentence == units_[u].sentence;
         i += 2) {
      if (units_[i + 1].span.begin != units_[i].span.end ||
          units_[i + 2].span.begin != units_[i + 1].span.end ||
          doc_.Text(units_[i + 1].span) != "-" || !units_[i + 2].is_word ||
          units_[i + 2].shape != CaseShape::kNoLetters)
        break;
      ++parts;
    }
    return parts >= 3;
  }

  // Whether units [b, e) open their line and are followed by numbers only,
  // at least `min_numbers`: the name of a row of a table of standings or
  // scores ("Leicester 4 3 1 0 10 4 10"). With `counts`, the first number
  // is a whole one (games won, not a price or a rate).
  bool TableRow(uint32_t b, uint32_t e, int min_numbers = 2, bool counts = false) const {
    const uint32_t s = units_[b].sentence;
    if (b != sent_begin_[s] || (e < n_units_ && DashedFigure(e))) return false;
    // To the end of the line (".565" may have ended the sentence).
    uint32_t end_s = s + 1;
    while (end_s < doc_.sentences.size() &&
           doc_.sentences[end_s].paragraph == doc_.sentences[s].paragraph)
      ++end_s;
    int numbers = 0;
    for (uint32_t i = e; i < sent_begin_[end_s]; ++i) {
      const Unit& u = units_[i];
      if (u.is_word && u.shape != CaseShape::kNoLetters) return false;
      if (counts && u.is_word && numbers == 0) {
        for (char ch : doc_.Text(u.span))
          if (!IsAsciiDigit(ch)) return false;
      }
      numbers += u.is_word;
    }
    return numbers >= min_numbers;
  }

  // Whether units [b, e), a capitalised word before the number at unit e,
  // are an item of a list of such items separated by commas or semicolons
  // ("Mark Pollard 65 , Gough 41 ;", "Scorers : Elstow 23 , Brackley 56").
  bool ListItem(uint32_t b, uint32_t e) const {
    const uint32_t sentence = units_[b].sentence;
    auto text = [&](int64_t i) {
      return i >= 0 && static_cast<uint32_t>(i) < n_units_ && units_[i].sentence == sentence
                 ? doc_.Text(units_[i].span)
                 : std::string_view();
    };
    auto number = [&](int64_t i) {
      return !text(i).empty() && units_[i].is_word && units_[i].shape == CaseShape::kNoLetters;
    };
    auto name = [&](int64_t i) {
      return !text(i).empty() && units_[i].is_word &&
             (units_[i].shape == CaseShape::kCapitalized || units_[i].shape == CaseShape::kAllCaps);
    };
    auto separator = [&](int64_t i) { return text(i) == "," || text(i) == ";"; };
    // In a sports story, a scorer in brackets after a side's score: "PSV 3
    // ( Nilis 24 , 65 , Jonk 78 ) Roda JC 1 ( Graef 45 )": back over
    // ", N" and ", Name N" groups to "(" after a number.
    if (sports_story_ && number(e)) {
      int64_t k = static_cast<int64_t>(b) - 1;
      for (int guard = 0; guard < 12 && separator(k); ++guard) {
        --k;
        while (number(k)) --k;
        while (name(k)) --k;
      }
      if (text(k) == "(" && number(k - 1)) return true;
    }
    // (The same name numbered again is a series of models: "PowerMate 1 ,
    // PowerMate 2".)
    auto other = [&](int64_t i) { return name(i) && text(i) != text(e - 1); };
    if (!number(e)) return false;
    // The next item: ", Name... N".
    if (separator(e + 1)) {
      int64_t k = static_cast<int64_t>(e) + 2;
      int names = 0;
      while (name(k) && names < 3) ++k, ++names;
      if (names > 0 && number(k) && other(k - 1)) return true;
    }
    // The item before: "Name... N ," then [b, e).
    int64_t k = static_cast<int64_t>(b) - 1;
    return separator(k) && number(k - 1) && other(k - 2);
  }

  // An agent hit used as a title before a capitalised word.
  bool TitleUse(const Hit& h, uint32_t sentence_end) const {
    if (!TitleHit(h)) return false;
    return h.ue < sentence_end && NameLike(units_[h.ue]);
  }

  void AddChunk(uint32_t b, uint32_t e) {
    // Drop leading words that are no names: a common word starting a
    // sentence ("During Putin's visit") unless a given name starts a longer
    // name ("Mark Carney"). A single word is kept, as a weak candidate.
    while (e - b >= 2) {
      const Unit& u = units_[b];
      bool common = (u.classes & kWordCommon) != 0;
      bool given = (u.classes & kWordGivenName) != 0;
      bool propn = tagged_ && PosOf(u) == Upos::kPropn;
      // ("A. Ranatunga": an initial is no article.)
      if (u.sentence_start && (common || WrittenLowerElsewhere(u)) && !propn &&
          !(given && NameLike(units_[b + 1])) && !Initial(u)) {
        ++b;
        continue;
      }
      // "Striker Mario Bettencourt scored": a capitalised word opening the
      // sentence before a given name and a surname is a description.
      constexpr uint32_t kNoDescription =
          kWordGivenName | kWordHonorific | kWordOrgSuffix | kWordPlaceSuffix | kWordConnector;
      // ("Striker Hwang Sun-hong": so before a Korean or Chinese name.)
      // (Or before a given name and a surname the lexicon knows: "Opener
      // Saeed Anwar".)
      const Hit* after = e < n_units_ && units_[e].sentence == u.sentence ? HitAt(e) : nullptr;
      const bool given_surname =
          (units_[b + 1].classes & kWordGivenName) &&
          ((e - b == 3 && units_[b + 2].shape == CaseShape::kCapitalized &&
            !(units_[b + 2].classes & (kWordOrgSuffix | kWordPlaceSuffix))) ||
           (e - b == 2 && after != nullptr && after->ub == e && after->kind == Hit::kName &&
            units_[e].shape == CaseShape::kCapitalized));
      const bool sino_korean = e - b == 5 && SyllableAfterHyphen(b + 1, b + 3);
      if (u.sentence_start && (given_surname || sino_korean) &&
          u.shape == CaseShape::kCapitalized && !(u.classes & kNoDescription) &&
          (HitAt(b) == nullptr || HitAt(b)->kind == Hit::kAgent) &&
          doc_.Text(u.span).find('.') == std::string_view::npos) {
        ++b;
        continue;
      }
      break;
    }
    // Connectors left at the front by a dropped word ("According to
    // Smith"): a name does not start with one.
    while (b < e && (!units_[b].is_word || ((units_[b].classes & kWordConnector) &&
                                           units_[b].shape == CaseShape::kLower)))
      ++b;
    // Trailing connectors or hyphens, and a determiner or conjunction that
    // opens a title after a name ("Andrew Taylor's The American Boy",
    // "Vadim Mitroshin The ...": a name ends before "The").
    while (e > b && (!units_[e - 1].is_word ||
                     (e - b > 1 && (units_[e - 1].classes & (kWordDeterminer | kWordConnector)))))
      --e;
    if (b >= e) return;
    // "CA$ 1 billion": a currency.
    if (e < n_units_ && units_[e].span.begin == units_[e - 1].span.end &&
        doc_.Text(units_[e].span).substr(0, 1) == "$")
      return;
    bool weak = false;
    bool team = false;
    bool player = false;
    if (e - b == 1) {
      const Unit& u = units_[b];
      // A lone capitalised word the article also writes in lower case, or a
      // common word ("the Western proposal"), names something only if it is
      // the short form of a name ("Jobs" after "Steve Jobs").
      if ((WrittenLowerElsewhere(u) || (u.classes & kWordCommon)) &&
          u.shape != CaseShape::kAllCaps)
        weak = true;
      // A capitalised word opening a sentence with no other cue: weak too.
      if (u.sentence_start && u.shape != CaseShape::kAllCaps) weak = true;
      // The tagger's word decides where it ran: a proper noun is a name, a
      // common noun or adjective ("Western", "Allies") only a short form.
      if (tagged_ && u.shape != CaseShape::kAllCaps)
        weak = PosOf(u) != Upos::kPropn || WrittenLowerElsewhere(u);
      if (u.shape == CaseShape::kAllCaps && doc_.Text(u.span).size() == 1) return;
      // Model numbers and codes ("A380", "F-16") are no actors, nor is a
      // word numbered by what follows ("Chapter 11", "Flight 370").
      for (char ch : doc_.Text(u.span))
        if (IsAsciiDigit(ch)) return;
      // A cricket scorecard's fielder and bowler: "c Campbell b Streak 44",
      // "lbw b Muralitharan", "st Flower".
      const bool scorecard = sports_story_ && b > 0 && units_[b - 1].sentence == u.sentence &&
                             IsOneOf(doc_.Text(units_[b - 1].span), {"b", "c", "st"});
      if (scorecard) {
        player = true;
        weak = false;
      } else if (e < n_units_ && units_[e].sentence == u.sentence &&
                 units_[e].shape == CaseShape::kNoLetters && units_[e].is_word && !Score(e) &&
                 !DigitDate(e)) {
        // Unless it is a side in a line of results ("Leicester 21 Bath 18")
        // or the name of a row of a table ("Leicester 4 3 1 0 10"): a team,
        // an organisation. Otherwise the word is kept aside: it is a name
        // if the article names it elsewhere ("Yorkshire 243").
        // In a list of names with numbers ("Scorers : Elstow 23 , Brackley
        // 56"), a player.
        // (Not a common noun the tagger reads: "Exports 450 475 395" is a
        // row of a table of trade figures.)
        const bool common = CommonWords(b, e);
        if (!common && (ScoreLineSide(b, e) || TableRow(b, e))) {
          team = true;
          weak = false;
        } else if (!common && ListItem(b, e)) {
          player = true;
          weak = false;
        } else {
          numbered_.emplace_back(b, e);
          return;
        }
      } else if (ListItem(b, e)) {
        player = true;  // "Gough 41 ; Chapple 4-54"
        weak = false;
      }
    }
    // Titles inside the chunk are not part of the name ("President Joe"),
    // unless a possessive makes them a word of it ("the Director's Guild").
    while (b < e) {
      const Hit* h = HitAt(b);
      if (h != nullptr && h->kind == Hit::kAgent && TitleHit(*h) && h->ue < e &&
          !IsPossessive(units_[h->ue])) {
        b = h->ue;
        continue;
      }
      if ((units_[b].classes & kWordHonorific) && e - b >= 2) {
        ++b;
        continue;
      }
      break;
    }
    if (b >= e) return;
    // A chunk that is one agent word alone ("President") is no name.
    const Hit* h = HitAt(b);
    if (h != nullptr && h->ub == b && h->ue >= e) return;
    // A word naming a minister's portfolio ("Economics Minister X", "Trade
    // Secretary Y") is part of the title, not an organisation.
    if (e - b == 1 && e < n_units_ && units_[b].shape == CaseShape::kCapitalized) {
      const Hit* t = HitAt(e);
      if (t != nullptr && t->ub == e && t->kind == Hit::kAgent && TitleHit(*t)) {
        uint32_t roles = 0;
        for (uint32_t p : t->patterns) roles |= lex_.agent(lex_.pattern(p).target).roles;
        if (roles & kRoleMinister) return;
      }
    }
    if (e - b > 1 && !CommonWords(b, e) &&
        (ScoreLineSide(b, e) || (TableRow(b, e) && !(units_[b].classes & kWordGivenName))))
      team = true;
    // A name before a bowler's figures in a sports story: a player
    // ("Wasim Akram 12-1-35-0").
    if (!team && sports_story_ && e < n_units_ && units_[e].sentence == units_[b].sentence &&
        units_[e].is_word && units_[e].shape == CaseShape::kNoLetters && DashedFigure(e))
      player = true;
    Cand c;
    c.ub = c.nb = b;
    c.ue = c.ne = e;
    c.form = MentionForm::kName;
    c.weak = weak;
    if (team) {
      c.type = EntityType::kOrganization;
      c.typed = true;
    } else if (player) {
      c.type = EntityType::kPerson;
      c.typed = true;
    } else if (b == sent_begin_[units_[b].sentence] && DatelinePlace(units_[b].sentence) == e) {
      c.type = EntityType::kPlace;  // "CARDIFF 1996-08-30"
      c.typed = true;
      c.weak = false;
    }
    chunk_cands_.push_back(cands_.size());
    cands_.push_back(c);
    for (uint32_t i = b; i < e; ++i) chunk_of_[i] = static_cast<int32_t>(cands_.size() - 1);
  }

  // The folded words of units [b, e) joined by spaces ("sporting lisbon");
  // false if one is no word.
  bool FoldedKey(uint32_t b, uint32_t e, std::string* key) {
    key->clear();
    for (uint32_t i = b; i < e; ++i) {
      const Unit& u = units_[i];
      if (u.hyphen) {
        key->push_back('-');
        continue;
      }
      if (!u.is_word || !FoldWord(doc_.Text(u.span), &key_)) return false;
      if (!key->empty() && key->back() != '-') key->push_back(' ');
      key->append(key_);
    }
    return !key->empty();
  }

  // Whether two units are the same word, case aside.
  bool SameWord(const Unit& a, const Unit& b) {
    if (a.word != 0 || b.word != 0) return a.word == b.word;
    std::string other;
    return FoldWord(doc_.Text(a.span), &key_) && FoldWord(doc_.Text(b.span), &other) &&
           key_ == other;
  }

  // Adds units [b, e) as a mention of the name of candidate `like`.
  void AddRepeat(uint32_t b, uint32_t e, size_t like) {
    Cand c;
    c.ub = c.nb = b;
    c.ue = c.ne = e;
    c.form = MentionForm::kName;
    c.like = static_cast<int32_t>(like);
    chunk_cands_.push_back(cands_.size());
    cands_.push_back(c);
    for (uint32_t i = b; i < e; ++i) chunk_of_[i] = static_cast<int32_t>(cands_.size() - 1);
  }

  // One name, one sense per article: a name the article writes in mixed
  // case ("Harwick", "Sporting Lisbon") is found again where case is no
  // evidence or a number follows it: in a headline in capitals ("HARWICK
  // BEAT DUNMORE"), before a number ("Harwick 243 ( ... )").
  void FindNamesAgain() {
    if (caseless_.empty()) {
      // Only words before numbers to look for (most articles): compare them
      // with the one-word names, without building keys; on a long page,
      // through a map of the first one-word name of each word (the same
      // answer as SameWord's in order).
      const size_t n = chunk_cands_.size();
      if (numbered_.size() * n <= 4096) {
        for (auto [b, e] : numbered_) {
          for (size_t i = 0; i < n; ++i) {
            const Cand& c = cands_[chunk_cands_[i]];
            if (!c.weak && c.ne - c.nb == 1 && SameWord(units_[c.nb], units_[b])) {
              AddRepeat(b, e, chunk_cands_[i]);
              break;
            }
          }
        }
        return;
      }
      // A known word by its id, an unknown one by its folded letters.
      auto word_key = [&](const Unit& u, std::string* key) {
        if (u.word != 0) {
          *key = "#" + std::to_string(u.word);
          return true;
        }
        if (!FoldWord(doc_.Text(u.span), key)) return false;
        key->insert(0, "=");
        return true;
      };
      std::unordered_map<std::string, size_t> first_name;
      std::string key;
      for (size_t i = 0; i < n; ++i) {
        const Cand& c = cands_[chunk_cands_[i]];
        if (!c.weak && c.ne - c.nb == 1 && word_key(units_[c.nb], &key))
          first_name.emplace(key, chunk_cands_[i]);
      }
      // (AddRepeat appends to cands_ and chunk_cands_ as the loop above
      // did; the names it adds are numbered words, never one-word names
      // read before, so the map stays the same.)
      for (auto [b, e] : numbered_) {
        if (!word_key(units_[b], &key)) continue;
        auto it = first_name.find(key);
        if (it != first_name.end()) AddRepeat(b, e, it->second);
      }
      return;
    }
    std::unordered_map<std::string, size_t> known;
    std::string key;
    for (size_t k : chunk_cands_) {
      const Cand& c = cands_[k];
      if (c.weak || c.ne - c.nb > 4 || !FoldedKey(c.nb, c.ne, &key)) continue;
      known.emplace(key, k);
    }
    // A person's surname alone in a headline ("JOHNSON WINS" over "Michael
    // Johnson won"): the last word of a name that opens with a given name.
    for (size_t k : chunk_cands_) {
      const Cand& c = cands_[k];
      if (c.weak || c.ne - c.nb < 2 || c.ne - c.nb > 4 || !(units_[c.nb].classes & kWordGivenName) ||
          units_[c.ne - 1].shape != CaseShape::kCapitalized || !FoldedKey(c.ne - 1, c.ne, &key))
        continue;
      known.emplace(key, k);  // a name of its own written so wins
    }
    if (known.empty()) return;
    for (auto [b, e] : numbered_) {
      auto it = FoldedKey(b, e, &key) ? known.find(key) : known.end();
      if (it != known.end()) AddRepeat(b, e, it->second);
    }
    for (uint32_t s : caseless_) {
      const uint32_t sb = sent_begin_[s], se = sent_begin_[s + 1];
      for (uint32_t i = sb; i < se;) {
        uint32_t found = 0;
        for (uint32_t n = std::min<uint32_t>(4, se - i); n >= 1 && found == 0; --n) {
          bool free = true;
          for (uint32_t j = i; j < i + n && free; ++j) {
            const Hit* h = HitAt(j);
            free = (h == nullptr || h->kind == Hit::kAgent) && units_[j].shape != CaseShape::kLower;
          }
          // Words next to a lexicon name are part of a longer name ("APPLE
          // CORPS" is no "Corps").
          for (uint32_t j : {i - 1, i + n}) {
            const Hit* h = j >= sb && j < se ? HitAt(j) : nullptr;
            if (h != nullptr && h->kind != Hit::kAgent) free = false;
          }
          // A lone common word ("OPEN" after "the Canadian Open") is the word.
          if (!free || !units_[i].is_word || !units_[i + n - 1].is_word ||
              (n == 1 && ((units_[i].classes & kWordCommon) || WrittenLowerElsewhere(units_[i]))) ||
              !FoldedKey(i, i + n, &key))
            continue;
          auto it = known.find(key);
          if (it == known.end()) continue;
          AddRepeat(i, i + n, it->second);
          found = n;
        }
        i += found ? found : 1;
      }
    }
  }

  // ---- context-only names and lexicon candidates ----

  // Nouns that a politician's surname before them turns into their
  // government or campaign ("the Obama administration").
  // A word of the compass that opens a place's name ("North Yorkshire",
  // "the East Midlands", "Central Asia").
  static bool CompassOpener(std::string_view w) {
    return IsOneOf(w, {"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                       "Western", "Central"});
  }

  static bool IsEponymNoun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "administration", "government", "presidency", "cabinet", "campaign", "era"};
    for (std::string_view n : kNouns)
      if (w == n) return true;
    return false;
  }

  // Chooses the entry of a name hit; -1 if none is acceptable.
  // Built-in entries decide who a name is (a user dictionary's "MOSCOW"
  // under RUSSIA does not turn the city into the country); among the
  // patterns of that identity a user entry's codes win.
  int32_t PickEntry(const Hit& h, uint32_t title_roles, bool* code_from_user,
                    int32_t* code_entry) {
    int32_t best = -1;
    int best_score = -1000;
    // "San Jose, Calif.", "Paris, Texas": a place named before its state or
    // country is the one there (it only decides between several patterns).
    std::string_view after_country;
    if (h.patterns.n > 1 && h.ue + 1 < n_units_ &&
        units_[h.ue].sentence == units_[h.ub].sentence &&
        doc_.Text(units_[h.ue].span) == ",") {
      const Hit* next = HitAt(h.ue + 1);
      if (next != nullptr && next->ub == h.ue + 1 && next->kind == Hit::kName &&
          !next->patterns.empty()) {
        const LexEntry& ne = lex_.entry(lex_.Canonical(lex_.pattern(next->patterns[0]).target));
        if (ne.type == EntityType::kCountry || ne.type == EntityType::kPlace) after_country = ne.country;
      }
    }
    for (uint32_t p : h.patterns) {
      const PatternInfo& info = lex_.pattern(p);
      uint32_t target = info.target;
      uint32_t canon = lex_.Canonical(target);
      const LexEntry& e = lex_.entry(canon);
      int score = 0;
      bool context = (info.flags & PatternInfo::kContextOnly) != 0;
      bool known = introduced_.count(canon) > 0;
      if (context) {
        // "the Bush administration", "the Johnson government": the noun
        // after a surname names the person's government.
        bool eponym = h.ue < n_units_ && units_[h.ue].sentence == units_[h.ub].sentence &&
                      units_[h.ue].shape == CaseShape::kLower &&
                      IsEponymNoun(W(units_[h.ue]));
        bool titled = eponym;
        if (title_roles != 0) {
          for (const Tenure& t : lex_.entry(target).tenures) titled |= (t.roles & title_roles) != 0;
          for (const Tenure& t : e.tenures) titled |= (t.roles & title_roles) != 0;
        }
        // In a sports story a town that is also a word or a given name
        // ("Reading", "Bath", "Chelsea") named as a side is its club.
        const bool side = sports_story_ && e.type == EntityType::kPlace &&
                          (e.flags & (kEntryCity | kEntryState)) && SideAt(h.ub, h.ue);
        if (!known && !titled && !side && !(e.type == EntityType::kPlace && InPlaceContext(h)))
          continue;
        // A club's short name ("Real" after "Real Madrid") that does not
        // modify a common noun after it: "Real wages" is no club.
        if (e.type == EntityType::kOrganization && tagged_ && h.ue < n_units_ &&
            units_[h.ue].sentence == units_[h.ub].sentence &&
            units_[h.ue].shape == CaseShape::kLower &&
            (PosOf(units_[h.ue]) == Upos::kNoun || PosOf(units_[h.ue]) == Upos::kAdj))
          continue;
        // A surname alone is no given name: "Christopher Leslie" is not
        // Warren Christopher, whatever the title before it.
        if (!known && e.type == EntityType::kPerson && h.ue < n_units_ &&
            units_[h.ue].sentence == units_[h.ub].sentence && NameLike(units_[h.ue]) &&
            !IsPossessive(units_[h.ue]))
          continue;
        score += titled ? 3 : 0;
      } else {
        score += 2;
      }
      if (known) score += 4;
      if (!after_country.empty() && e.type == EntityType::kPlace && e.country == after_country)
        score += 5;
      if (e.type == EntityType::kCountry) score += 1;
      if ((lex_.entry(target).flags & kEntryUser) == 0) score += 3;
      if (score > best_score) {
        best_score = score;
        best = static_cast<int32_t>(canon);
      }
    }
    *code_entry = best;
    for (uint32_t p : h.patterns) {
      uint32_t target = lex_.pattern(p).target;
      if (best >= 0 && lex_.Canonical(target) == static_cast<uint32_t>(best) &&
          (lex_.entry(target).flags & kEntryUser))
        *code_entry = static_cast<int32_t>(target);
    }
    *code_from_user = *code_entry != best;
    return best;
  }

  // Whether the month name at unit u is used as a month: after "in",
  // "since", "until", "by", "early", "late", "last", "next", "this", or
  // before a number ("in May", "May 5", "last May").
  bool MonthUse(uint32_t u) const {
    if (!(units_[u].classes & kWordMonth)) return false;
    const uint32_t sentence = units_[u].sentence;
    if (u > 0 && units_[u - 1].sentence == sentence &&
        IsOneOf(Fold(doc_.Text(units_[u - 1].span)),
                {"in", "since", "until", "till", "by", "early", "late", "mid", "last", "next",
                 "this", "of", "from", "through", "during", "before", "after"}))
      return true;
    return u + 1 < n_units_ && units_[u + 1].sentence == sentence &&
           units_[u + 1].shape == CaseShape::kNoLetters && units_[u + 1].is_word;
  }

  // Whether units [b, e), one capitalised word, stand alone as a name (no
  // capitalised word next to them: "David James", "Welsh Rugby Union" are
  // other names), a proper noun where the sentence starts.
  bool SideAt(uint32_t b, uint32_t e) {
    if (e - b != 1) return false;
    const uint32_t sentence = units_[b].sentence;
    // A headline in capitals ("CHELSEA STUMBLE") says nothing of case or
    // of neighbours: the word counts where the article names it in its
    // text.
    if (units_[b].shape == CaseShape::kAllCaps && Caseless(sentence)) {
      for (uint32_t i = 0; i < n_units_; ++i)
        if (i != b && units_[i].shape == CaseShape::kCapitalized && SameWord(units_[i], units_[b]))
          return SideAt(i, i + 1);
      return false;
    }
    if (units_[b].shape != CaseShape::kCapitalized) return false;
    if (e < n_units_ && units_[e].sentence == sentence && NameLike(units_[e])) return false;
    if (b > 0 && units_[b - 1].sentence == sentence && NameLike(units_[b - 1])) return false;
    if (units_[b].sentence_start && !(tagged_ && PosOf(units_[b]) == Upos::kPropn)) return false;
    // Nor a word the article writes elsewhere as part of a person's name
    // ("Jamie Paterson ... Paterson scored", "David Beckham ... David").
    if (n_units_ > 50000) return false;  // bounded work on huge inputs
    const std::string key = Fold(doc_.Text(units_[b].span));
    auto known = side_words_.find(key);
    if (known != side_words_.end()) return known->second;
    auto name_part = [&](uint32_t i, uint32_t j) {
      return j < n_units_ && units_[j].sentence == units_[i].sentence && NameLike(units_[j]) &&
             !(units_[j].classes & (kWordOrgSuffix | kWordDeterminer)) &&
             !Caseless(units_[i].sentence);  // a headline in capitals says nothing
    };
    bool side = true;
    for (uint32_t i = 0; i < n_units_ && side; ++i)
      if (SameWord(units_[i], units_[b]) &&
          (name_part(i, i + 1) || (i > 0 && name_part(i, i - 1))))
        side = false;
    side_words_.emplace(key, side);
    return side;
  }

  // Whether a name hit stands where a place does: after a preposition of
  // place ("in Reading", "near Split"; not "to" or "from", which people
  // follow as often) or before a comma and a country or place ("Jackson,
  // Mississippi"), and not before "'s" ("in Jackson's view"). Context-only
  // place names ("~Reading" in places.tsv) are taken there.
  bool InPlaceContext(const Hit& h) const {
    const uint32_t sentence = units_[h.ub].sentence;
    if (h.ue < n_units_ && units_[h.ue].sentence == sentence) {
      std::string_view next = doc_.Text(units_[h.ue].span);
      if (next == "'s" || next == "\u2019s" || next == "'") return false;
      if (next == "," && h.ue + 1 < n_units_ && units_[h.ue + 1].sentence == sentence) {
        const Hit* after = HitAt(h.ue + 1);
        if (after != nullptr && after->ub == h.ue + 1 && after->kind == Hit::kName) {
          for (uint32_t p : after->patterns) {
            const LexEntry& a = lex_.entry(lex_.Canonical(lex_.pattern(p).target));
            if (a.type == EntityType::kCountry ||
                (a.type == EntityType::kPlace && !(a.flags & kEntryRegion)))
              return true;
          }
        }
      }
    }
    if (h.ub == 0 || units_[h.ub - 1].sentence != sentence ||
        units_[h.ub - 1].shape != CaseShape::kLower)
      return false;
    return IsOneOf(W(units_[h.ub - 1]), {"in", "near", "outside", "around", "across",
                                         "throughout", "within", "towards", "toward", "via"});
  }

  // The roles of the title right before units [ub, ...) (skipping
  // honorifics), or 0.
  uint32_t TitleRolesBefore(uint32_t ub) const {
    uint32_t i = ub;
    while (i > 0) {
      const Hit* h = HitEndingAt(i);
      if (h != nullptr && h->kind == Hit::kAgent) {
        uint32_t roles = 0;
        for (uint32_t p : h->patterns) roles |= lex_.agent(lex_.pattern(p).target).roles;
        return roles;
      }
      if (units_[i - 1].classes & kWordHonorific) {
        --i;
        continue;
      }
      if (doc_.Text(units_[i - 1].span) == ".") {
        --i;
        continue;
      }
      break;
    }
    return 0;
  }

  // Names that stand on their own introduce their entities; a surname
  // alone ("Martin" in "Martin Luther King") that names no introduced or
  // titled person is released for the name chunker.
  void ReleaseRejectedNames() {
    // "the pro-Beijing camp", "anti-Trump protesters": a stance, not a
    // mention of the place or the person.
    for (Hit& h : hits_) {
      if (h.kind != Hit::kName || !(StanceBefore(h.ub) || NamesAPlaceOrBody(h))) continue;
      h.patterns.clear();
      for (uint32_t i = h.ub; i < h.ue; ++i) covered_[i] = -1;
    }
    for (const Hit& h : hits_) {
      if (h.kind != Hit::kName || h.context_only) continue;
      for (uint32_t p : h.patterns) {
        const PatternInfo& info = lex_.pattern(p);
        if (!(info.flags & PatternInfo::kContextOnly))
          introduced_.insert(lex_.Canonical(info.target));
      }
    }
    for (uint32_t hi = 0; hi < hits_.size(); ++hi) {
      Hit& h = hits_[hi];
      if (h.kind != Hit::kName || !h.context_only || h.patterns.empty()) continue;
      bool user = false;
      int32_t code_entry = -1;
      int32_t entry = PickEntry(h, TitleRolesBefore(h.ub), &user, &code_entry);
      if (entry >= 0) {
        // A place named in a place's context ("in Reading") is named for the
        // rest of the article ("Reading council").
        if (lex_.entry(entry).type == EntityType::kPlace)
          introduced_.insert(static_cast<uint32_t>(entry));
        continue;
      }
      h.patterns.clear();
      for (uint32_t i = h.ub; i < h.ue; ++i) covered_[i] = -1;
    }
  }

  void ResolveContextOnly() {
    // Pass 2: every name hit becomes a candidate (context-only ones only when
    // introduced or titled).
    for (uint32_t hi = 0; hi < hits_.size(); ++hi) {
      const Hit& h = hits_[hi];
      if (h.kind == Hit::kAgent || h.patterns.empty()) continue;
      if (h.kind == Hit::kAdjective) {
        Cand c;
        c.ub = c.nb = h.ub;
        c.ue = c.ne = h.ue;
        c.form = MentionForm::kAdjective;
        uint32_t target = lex_.pattern(h.patterns[0]).target;
        c.entry = static_cast<int32_t>(lex_.Canonical(target));
        c.code_entry = static_cast<int32_t>(target);
        c.type = lex_.entry(c.entry).type;
        c.typed = true;
        cands_.push_back(c);
        continue;
      }
      // "in May", "May 5": the month, not Theresa May.
      if (h.ue - h.ub == 1 && MonthUse(h.ub)) continue;
      bool user = false;
      int32_t code_entry = -1;
      int32_t entry = PickEntry(h, TitleRolesBefore(h.ub), &user, &code_entry);
      if (entry < 0) {
        // Not accepted: the words may still be an unknown name ("Rice").
        continue;
      }
      if (lex_.entry(entry).flags & kEntryNotActor) continue;
      Cand c;
      c.ub = c.nb = h.ub;
      c.ue = c.ne = h.ue;
      // "the" opening a name is kept only where the name heads its phrase
      // ("The White House said"), not where it modifies a noun ("the UN
      // Security Council meeting").
      if (doc_.Text(units_[h.ub].span).size() == 3 &&
          W(units_[h.ub]) == "the") {
        c.nb = h.ub + 1;
        if (NounFollows(h.ue)) c.ub = h.ub + 1;
      }
      c.entry = entry;
      c.code_entry = code_entry;
      const LexEntry& e = lex_.entry(entry);
      c.type = e.type;
      c.typed = true;
      c.gender = e.gender;
      // A given name written before a known surname ("Recep Erdogan"): the
      // chunk the given name made joins the known person.
      auto given = h.ub > 0 ? chunk_of_.find(h.ub - 1) : chunk_of_.end();
      if (e.type == EntityType::kPerson && c.nb == h.ub && given != chunk_of_.end()) {
        Cand& g = cands_[given->second];
        if (!g.drop && g.ne == h.ub && units_[g.nb].sentence == units_[h.ub].sentence) {
          if (WordsOfName(g.nb, g.ne, e.name)) {
            g.drop = true;
            for (uint32_t u = g.nb; u < g.ne; ++u) chunk_of_.erase(u);
            c.ub = c.nb = g.nb;
          } else if (g.ne - g.nb == 1 && h.ue - h.ub == 1 &&
                     units_[g.nb].shape == CaseShape::kCapitalized &&
                     !(units_[g.nb].classes & (kWordCommon | kWordOrgSuffix | kWordPlaceSuffix |
                                               kWordEventSuffix)) &&
                     !(units_[g.nb].sentence_start && !(units_[g.nb].classes & kWordGivenName))) {
            // Another first name before the surname alone ("Ali Erdogan",
            // "Enrico Bondi"): someone else of that name, an unknown person.
            g.ne = g.ue = h.ue;
            g.weak = false;
            for (uint32_t u = h.ub; u < h.ue; ++u) chunk_of_[u] = given->second;
            continue;
          }
        }
      }
      if ((e.type == EntityType::kPlace || e.type == EntityType::kCountry) &&
          SurnameOfPlace(h, given)) {
        hits_[hi].patterns.clear();  // h is no place
        continue;
      }
      if (c.type == EntityType::kPlace && TeamNamedAfterPlace(c)) continue;
      if (c.type == EntityType::kPlace && sports_story_ && ClubNamedAfterPlace(c)) {
        c.entry = c.code_entry = -1;  // the club, not the town
        c.type = EntityType::kOrganization;
      }
      introduced_.insert(static_cast<uint32_t>(entry));
      cands_.push_back(c);
    }
  }

  // Whether person hit h opens a longer name that ends in a place's or an
  // organisation's word ("Khomeini International Airport", "John F.
  // Kennedy Center"): the name of that place, not a mention of the person.
  bool NamesAPlaceOrBody(const Hit& h) const {
    for (uint32_t p : h.patterns)
      if (PatternType(p) != EntityType::kPerson)
        return false;
    const uint32_t sentence = units_[h.ub].sentence;
    for (uint32_t u = h.ue; u < n_units_ && u < h.ue + 3; ++u) {
      if (units_[u].sentence != sentence || units_[u].shape != CaseShape::kCapitalized) return false;
      if (units_[u].classes & (kWordPlaceSuffix | kWordOrgSuffix)) return true;
    }
    return false;
  }

  // Whether unit u follows "pro-" or "anti-" in one hyphenated word.
  bool StanceBefore(uint32_t u) const {
    if (u < 2 || !units_[u - 1].hyphen) return false;
    const Unit& p = units_[u - 2];
    return p.span.end == units_[u - 1].span.begin &&
           units_[u - 1].span.end == units_[u].span.begin &&
           (EqualsIgnoreCase(doc_.Text(p.span), "pro") || EqualsIgnoreCase(doc_.Text(p.span), "anti"));
  }

  // A one-word place or country hit h that is part of a person's name: a
  // given name right before it ("Michael Jordan", "George Washington"), or
  // it is itself a given name right before a surname ("Chad Johnson",
  // "Virginia Woolf"). Joins the chunk of the other words and returns true
  // (the hit is then no place); `given` is the chunk of the unit before h.
  template <typename It>
  bool SurnameOfPlace(const Hit& h, It given) {
    if (h.ue - h.ub != 1 || units_[h.ub].shape != CaseShape::kCapitalized) return false;
    const uint32_t sentence = units_[h.ub].sentence;
    constexpr uint32_t kNotPersonWord = kWordOrgSuffix | kWordPlaceSuffix | kWordEventSuffix |
                                        kWordCommon | kWordConnector | kWordNotName;
    if (given != chunk_of_.end()) {
      Cand& g = cands_[given->second];
      if (!g.drop && g.ne == h.ub && g.nb == g.ub && units_[g.nb].sentence == sentence &&
          units_[g.ne - 1].span.end < units_[h.ub].span.begin &&
          ((units_[g.nb].classes | units_[g.ne - 1].classes) & kWordGivenName) &&
          !(units_[g.ne - 1].classes & kNotPersonWord) &&
          !(h.ue < n_units_ && NameLike(units_[h.ue]) && units_[h.ue].sentence == sentence)) {
        g.ne = g.ue = h.ue;
        g.weak = false;
        chunk_of_[h.ub] = given->second;
        // "Midfielder Matt Holland scored": as AddChunk, the capitalised
        // word opening the sentence before the given name is a description.
        if (units_[g.nb].sentence_start && g.ne - g.nb == 3 &&
            !(units_[g.nb].classes & kWordGivenName) && (units_[g.nb + 1].classes & kWordGivenName)) {
          chunk_of_.erase(g.nb);
          g.nb = g.ub = g.nb + 1;
        }
        for (uint32_t u = h.ub; u < h.ue; ++u) covered_[u] = -1;
        return true;
      }
      return false;
    }
    auto next = chunk_of_.find(h.ue);
    if (!(units_[h.ub].classes & kWordGivenName) || next == chunk_of_.end()) return false;
    Cand& n = cands_[next->second];
    if (n.drop || n.nb != h.ue || n.nb != n.ub || n.ne - n.nb != 1 ||
        units_[n.nb].sentence != sentence || units_[h.ub].span.end >= units_[n.nb].span.begin)
      return false;
    for (uint32_t u = n.nb; u < n.ne; ++u)
      if ((units_[u].classes & (kNotPersonWord | kWordGivenName)) ||
          units_[u].shape != CaseShape::kCapitalized)
        return false;
    n.nb = n.ub = h.ub;
    n.weak = false;
    chunk_of_[h.ub] = next->second;
    for (uint32_t u = h.ub; u < h.ue; ++u) covered_[u] = -1;
    return true;
  }

  // Whether every word of units [b, e) is a word of `name` (folded).
  bool WordsOfName(uint32_t b, uint32_t e, std::string_view name) {
    std::vector<std::string> words;
    for (std::string_view w : Split(name, ' ')) {
      std::string k;
      if (FoldWord(w, &k)) words.push_back(std::move(k));
    }
    for (uint32_t u = b; u < e; ++u) {
      if (!units_[u].is_word) return false;
      std::string k;
      if (!FoldWord(doc_.Text(units_[u].span), &k)) return false;
      if (std::find(words.begin(), words.end(), k) == words.end()) return false;
    }
    return b < e;
  }

  // A town in a line of results or a table row names a club ("Porto 1
  // Boavista 1"), alone or after the club's name ("Ajax Amsterdam 2
  // Feyenoord 1"): the town's candidate c becomes (part of) a team's name,
  // an organisation; returns true if it was merged into the name before it.
  // (A country there stays a country, as national teams are named.)
  bool TeamNamedAfterPlace(Cand& c) {
    auto it = c.nb > 0 ? chunk_of_.find(c.nb - 1) : chunk_of_.end();
    if (it != chunk_of_.end() && cands_[it->second].ne == c.nb) {
      const int32_t k = it->second;
      Cand& club = cands_[k];
      if (club.form == MentionForm::kName && club.entry < 0 && club.like < 0 &&
          club.ne - club.nb <= 2 && units_[club.nb].sentence == units_[c.nb].sentence &&
          (ScoreLineSide(club.nb, c.ne) || TableRow(club.nb, c.ne, 3, true))) {
        club.ue = club.ne = c.ne;
        club.type = EntityType::kOrganization;
        club.typed = true;
        club.weak = false;
        for (uint32_t i = c.nb; i < c.ne; ++i) chunk_of_[i] = k;
        return true;
      }
    }
    if (ScoreLineSide(c.nb, c.ne) || TableRow(c.nb, c.ne, 3, true)) {
      c.entry = c.code_entry = -1;
      c.type = EntityType::kOrganization;
    }
    return false;
  }

  // In a sports story, whether place candidate c, a town or region of one
  // or two words, names a side ("Leicester beat Newcastle", "Munster's
  // fly-half"): not where something is ("in Leicester", "at Newcastle",
  // "the city of Leicester"), nor a place followed by its country
  // ("Leicester, England").
  bool ClubNamedAfterPlace(const Cand& c) const {
    const uint32_t sentence = units_[c.nb].sentence;
    const bool headline = InCaseless(sentence);  // no case evidence: "LEEDS BEAT NEWCASTLE"
    if (c.ne - c.nb > 2 || c.entry < 0 ||
        !(lex_.entry(c.entry).flags & (kEntryCity | kEntryState)) ||
        !(units_[c.nb].shape == CaseShape::kCapitalized ||
          (headline && units_[c.nb].shape == CaseShape::kAllCaps)))
      return false;
    // Part of a longer name ("London Stock Exchange", "Cambridge United").
    if (!headline &&
        ((c.ne < n_units_ && units_[c.ne].sentence == sentence && NameLike(units_[c.ne])) ||
         (c.nb > 0 && units_[c.nb - 1].sentence == sentence && NameLike(units_[c.nb - 1]) &&
          !units_[c.nb - 1].sentence_start)))
      return false;
    if (c.ub > 0 && units_[c.ub - 1].sentence == sentence &&
        IsOneOf(W(units_[c.ub - 1]), {"in", "at", "near", "outside", "across", "around",
                                      "throughout", "within", "into", "of", "city", "town",
                                      "county", "visit", "visited", "visiting"}))
      return false;
    // The town of an event held there: "the Chicago marathon", "the Sydney
    // Olympics" ("Olympics" is a name of no actor), "the Melbourne race".
    if (c.ne < n_units_ && units_[c.ne].sentence == sentence &&
        units_[c.ne].shape == CaseShape::kLower &&
        IsOneOf(W(units_[c.ne]), {"marathon", "race", "meeting", "meet", "games", "open",
                                  "tournament", "grand", "half-marathon", "indoors"}))
      return false;
    if (c.ne + 1 < n_units_ && units_[c.ne].sentence == sentence &&
        doc_.Text(units_[c.ne].span) == "," && NameLike(units_[c.ne + 1])) {
      const Hit* h = HitAt(c.ne + 1);
      if (h != nullptr && h->kind == Hit::kName) return false;
    }
    return true;
  }

  // The unit after a name is a lower-case noun it modifies ("meeting",
  // "spokesman", "response").
  bool NounFollows(uint32_t u) const {
    if (u >= n_units_ || units_[u].sentence != units_[u - 1].sentence) return false;
    const Unit& n = units_[u];
    if (!n.is_word || n.shape != CaseShape::kLower) return false;
    if (tagged_) {
      // The parse says it: the name's last word modifies a later word
      // ("the UN Security Council meeting": Council -compound-> meeting).
      const Token& last = doc_.tokens[units_[u - 1].token];
      if (last.head >= 0 && static_cast<uint32_t>(last.head) > units_[u - 1].token &&
          (last.dep == Dep::kCompound || last.dep == Dep::kAmod))
        return true;
      Upos p = PosOf(n);
      if (p == Upos::kNoun || p == Upos::kNum) return true;
      if (p == Upos::kAux || p == Upos::kAdp || p == Upos::kPart || p == Upos::kCconj ||
          p == Upos::kSconj || p == Upos::kAdv || p == Upos::kPron || p == Upos::kDet)
        return false;
      // Verbs and the rest: the word's shape decides below ("meeting" is
      // often tagged as a verb after a name).
    }
    const Hit* h = HitAt(u);
    if (h != nullptr && h->kind == Hit::kAgent) return true;
    if (n.classes & (kWordSpeechVerb | kWordConnector | kWordDeterminer | kWordPlacePrep))
      return false;
    // Lower-case words right after a name are nouns unless they look like
    // verbs or adverbs.
    std::string_view t = doc_.Text(n.span);
    if (EndsWith(t, "ed") || EndsWith(t, "ly") || EndsWith(t, "es")) return false;
    if (IsOneOf(t, {"is", "was", "has", "had", "will", "would", "may", "might", "can",
                    "could", "should", "must", "did", "does", "are", "were", "also",
                    "and", "or", "but", "to", "that", "which", "who", "said", "says"}))
      return false;
    return true;
  }

  // ---- people with their titles ----

  // Extends a person's mention left over titles, honorifics, "former" and
  // the affiliation ("Kremlin spokesman Dmitry Peskov").
  void ExtendPerson(Cand& c) {
    uint32_t i = c.ub;
    bool title = false;
    bool role = false;  // a title or role noun, not an honorific alone
    uint32_t floor = sent_begin_[units_[c.ub].sentence];
    while (i > floor) {
      const Hit* h = HitEndingAt(i);
      if (h != nullptr && h->kind == Hit::kAgent && TitleHit(*h)) {
        for (uint32_t p : h->patterns) {
          const Agent& a = lex_.agent(lex_.pattern(p).target);
          if (c.agent < 0) c.agent = static_cast<int32_t>(lex_.pattern(p).target);
          c.roles |= a.roles;
        }
        i = h->ub;
        title = true;
        role = true;
        continue;
      }
      const Unit& u = units_[i - 1];
      if (u.classes & kWordHonorific) {
        --i;
        title = true;
        continue;
      }
      if (doc_.Text(u.span) == "." && i - 1 > floor &&
          (units_[i - 2].classes & kWordHonorific)) {
        --i;
        continue;
      }
      if (title && (doc_.Text(u.span) == "shadow" || doc_.Text(u.span) == "Shadow")) {
        // "shadow chancellor Oliver Letwin": the opposition's spokesman for
        // the office, not its holder.
        c.roles = 0;
        c.agent = -1;
        --i;
        continue;
      }
      if (u.is_word && u.word != 0) {
        std::string_view w = lex_.words().word(u.word);
        bool former = false;
        for (std::string_view f : kFormer) former |= w == f;
        if (former && title) {
          c.former = true;
          i -= 1;
          if (i > floor && units_[i - 1].hyphen) --i;  // "ex-"
          continue;
        }
        if (title && (w == "acting" || w == "interim" || w == "deputy" ||
                      w == "senior" || w == "top" || w == "chief")) {
          --i;
          continue;
        }
      }
      break;
    }
    if (!title) return;
    // A deputy is not the office holder ("Deputy Mayor X ... the mayor" is
    // someone else), unless the office is the deputy's own ("Deputy Prime
    // Minister X ... the deputy prime minister").
    if (c.agent >= 0 && !(lex_.agent(c.agent).roles & kRoleDeputy)) {
      for (uint32_t u = i; u < c.ub; ++u) {
        const std::string_view t = doc_.Text(units_[u].span);
        if (t == "deputy" || t == "Deputy" || t == "vice" || t == "Vice") {
          c.roles = kRoleDeputy;
          c.deputy = true;  // the office's sector stays ("Deputy Secretary": GOV)
          break;
        }
      }
    }
    // A side before the title ("Chechen separatist leader", "rebel
    // leader", "opposition leader"): its sector, not the title's.
    if (i > floor) {
      const Hit* h = HitEndingAt(i);
      if (h != nullptr && h->kind == Hit::kAgent && !TitleHit(*h)) {
        for (uint32_t p : h->patterns) {
          const std::string& sector = lex_.agent(lex_.pattern(p).target).sector;
          if (sector == "REB" || sector == "OPP" || sector == "INS") {
            c.agent = static_cast<int32_t>(lex_.pattern(p).target);
            i = h->ub;
            break;
          }
        }
      }
    }
    // The affiliation: a country's adjective or name, or an organisation.
    if (i > floor) {
      int32_t aff = CandEndingAt(i);
      uint32_t j = i;
      // Possessive: "Russia's President ...", "Apple's chief executive".
      if (aff < 0 && i - 1 > floor && IsPossessive(units_[i - 1])) {
        aff = CandEndingAt(i - 1);
        if (aff >= 0) j = i - 1;
      }
      if (aff >= 0 && CommonOpener(aff)) aff = -1;
      // Before an honorific alone, only a possessor, a people's adjective
      // or a party ("Labour's Mr Livingstone", "Tory Lord Campbell"), not
      // a name the sentence runs into ("told the BBC Mr Howard had ...",
      // "speaking in Harrogate Mr Kennedy").
      if (aff >= 0 && !role && j == i && cands_[aff].form != MentionForm::kAdjective) {
        const Cand& a = cands_[aff];
        const std::string code =
            a.code_entry >= 0 ? Lexicon::CodeAt(lex_.entry(a.code_entry), 0) : std::string();
        if (code.find("PTY") == std::string::npos) aff = -1;
      }
      if (aff >= 0) {
        Cand& a = cands_[aff];
        if (a.form != MentionForm::kPronoun && (a.type != EntityType::kPerson || !a.typed)) {
          if (!a.typed) {
            // An unknown name that employs a titled person is an
            // organisation ("Accenture Chief Executive Julie Sweet").
            a.type = EntityType::kOrganization;
            a.typed = true;
          }
          c.aff_entity_cand = aff;
          if (a.code_entry >= 0) c.aff_code = Lexicon::CodeAt(lex_.entry(a.code_entry), 0);
          i = a.ub;
          (void)j;
          // Two nationalities in a row, a place's and a people's ("Bosnian
          // Serb leader", "Kosovo Albanian leader", "Iraqi Kurdish
          // official"): the place's country is the affiliation.
          const int32_t before = a.form == MentionForm::kAdjective && i > floor ? CandEndingAt(i) : -1;
          if (before >= 0 && cands_[before].code_entry >= 0 &&
              (cands_[before].form == MentionForm::kAdjective ||
               (cands_[before].form == MentionForm::kName &&
                (cands_[before].type == EntityType::kCountry ||
                 cands_[before].type == EntityType::kPlace)))) {
            c.aff_entity_cand = before;
            c.aff_code = Lexicon::CodeAt(lex_.entry(cands_[before].code_entry), 0);
            i = cands_[before].ub;
          }
        }
      }
    }
    // A party's or a side's leader ("Tory leader Michael Howard", "rebel
    // leader") heads no state or government: "the prime minister" is
    // someone else.
    if (c.roles == kRoleLeader &&
        (IsPartyCode(c.aff_code) ||
         (c.agent >= 0 && lex_.agent(c.agent).roles != kRoleLeader)))
      c.roles = kRoleOrgHead;
    c.ub = i;
  }

  // Whether the capitalised words from unit k, after a possessive "'s",
  // are a name of their own ("DAB's Ben Chan", "Daiwa 's Watanabe",
  // "Warhol's Polaroids") rather than the end of one name holding "'s"
  // ("People's Party", "Hudson's Bay Company", "Moody's Investors
  // Service"): a given name or a title opens them, or they neither end
  // with an organisation's or a place's word nor start with a common one.
  bool PossessedName(uint32_t k, uint32_t sentence_end) {
    if (k >= sentence_end) return false;
    if (units_[k].classes & kWordGivenName) return true;
    const Hit* h = HitAt(k);
    if (h != nullptr && h->ub == k && TitleHit(*h)) return true;
    uint32_t m = k;
    while (m < sentence_end && NameLike(units_[m]) && HitAt(m) == nullptr) ++m;
    if (m == k) return false;
    // "USDA's Agricultural Stabilization and Conservation Service": a name
    // going on after a connector is an organisation's. ("DAB's Starry Lee
    // and Holden Chow" are people: after "and", only a name with an
    // organisation's word goes on.)
    if (m + 1 < sentence_end && (units_[m].classes & kWordConnector) &&
        units_[m].shape == CaseShape::kLower && NameLike(units_[m + 1])) {
      if (W(units_[m]) != "and") return false;
      uint32_t n = m + 1;
      while (n < sentence_end && NameLike(units_[n]) && HitAt(n) == nullptr) ++n;
      if (units_[n - 1].classes & (kWordOrgSuffix | kWordOrgNoun)) return false;
    }
    return !WrittenLowerElsewhere(units_[k]) && !(units_[k].classes & kWordCommon) &&
           !(units_[m - 1].classes & (kWordOrgSuffix | kWordOrgNoun | kWordPlaceSuffix));
  }

  bool IsPossessive(const Unit& u) const {
    std::string_view t = doc_.Text(u.span);
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'" || t == "\xE2\x80\x99";
  }

  // The last candidate that ends at unit ue (an index rebuilt between
  // steps, so that lookups stay constant-time on long documents).
  // A one-word candidate that is a common word opening the sentence ("And
  // Mr. Smith said", "Meanwhile Dr. Jones", "But critics say"): no
  // affiliation.
  bool CommonOpener(int32_t k) const {
    const Cand& c = cands_[k];
    return c.ue - c.ub == 1 && c.weak && units_[c.ub].sentence_start &&
           (units_[c.ub].classes & kWordCommon);
  }

  // A common opener that is a conjunction or an adverb ("But", "However",
  // "Meanwhile"), not a noun that may start a name ("Air China").
  bool ConjunctionOpener(int32_t k) const {
    if (!tagged_ || !CommonOpener(k)) return false;
    const Upos pos = PosOf(units_[cands_[k].ub]);
    return pos == Upos::kCconj || pos == Upos::kAdv || pos == Upos::kSconj;
  }

  int32_t CandEndingAt(uint32_t ue) const {
    if (ue >= end_index_.size()) return -1;
    int32_t k = end_index_[ue];
    if (k < 0 || cands_[k].drop || cands_[k].ue != ue) return -1;
    return k;
  }

  void IndexEnds() {
    end_index_.assign(n_units_ + 1, -1);
    for (size_t k = 0; k < cands_.size(); ++k) {
      const Cand& c = cands_[k];
      if (!c.drop && c.form != MentionForm::kPronoun && c.ue <= n_units_)
        end_index_[c.ue] = static_cast<int32_t>(k);
    }
  }

  void BuildPersonPhrases() {
    for (Cand& c : cands_) {
      if (c.form != MentionForm::kName || !c.typed || c.type != EntityType::kPerson)
        continue;
      ExtendPerson(c);
      if (c.agent < 0 && c.aff_code.empty()) AppositiveTitle(c);
    }
  }

  // "Jan Smit, the Dutch foreign minister, ...", "Colin Powell, US
  // Secretary of State, ...", "X, the president of Kenya, ...": a title in
  // an apposition right after a name says what its person is, as one
  // before it would; the mention stays the name.
  void AppositiveTitle(Cand& c) {
    const uint32_t sentence = units_[c.ub].sentence;
    uint32_t u = c.ue;
    auto at = [&](uint32_t k) -> std::string_view {
      return k < n_units_ && units_[k].sentence == sentence ? doc_.Text(units_[k].span)
                                                            : std::string_view();
    };
    if (at(u) != ",") return;
    ++u;
    if (at(u) == "the" || at(u) == "a" || at(u) == "an") ++u;
    // A candidate (country, people, organisation) that starts at unit k.
    auto cand_at = [&](uint32_t k) -> int32_t {
      for (uint32_t e = k + 1; e <= k + 5 && e <= n_units_; ++e) {
        const int32_t a = CandEndingAt(e);
        if (a >= 0 && cands_[a].ub == k && cands_[a].form != MentionForm::kPronoun &&
            cands_[a].type != EntityType::kPerson)
          return a;
      }
      return -1;
    };
    int32_t aff = cand_at(u);
    if (aff >= 0) {
      u = cands_[aff].ue;
      if (u < n_units_ && IsPossessive(units_[u])) ++u;
    }
    const Hit* h = u < n_units_ ? HitAt(u) : nullptr;
    if (h == nullptr || h->ub != u || !TitleHit(*h)) return;
    int32_t agent = -1;
    for (uint32_t p : h->patterns) {
      const Agent& a = lex_.agent(lex_.pattern(p).target);
      if (a.kind == AgentKind::kPerson) {
        agent = static_cast<int32_t>(lex_.pattern(p).target);
        break;
      }
    }
    if (agent < 0) return;
    u = h->ue;
    if (aff < 0 && (at(u) == "of" || at(u) == "for")) {
      aff = cand_at(u + 1);
      if (aff >= 0) u = cands_[aff].ue;
    }
    // The apposition ends there: a comma, the sentence's end, a verb of
    // saying ("..., the Dutch foreign minister said").
    const std::string_view end = at(u);
    if (!(end == "," || end == "." || end.empty() || end == "said" || end == "says" ||
          end == "told" || end == ";"))
      return;
    // Not a former or deputy holder, nor a sector's side ("rebel leader").
    for (uint32_t k = c.ue + 1; k < h->ub; ++k) {
      const std::string_view w = at(k);
      for (std::string_view f : kFormer)
        if (w == f) return;
      if (w == "deputy" || w == "Deputy" || w == "vice" || w == "Vice") return;
    }
    c.agent = agent;
    if (aff >= 0) {
      const Cand& a = cands_[aff];
      c.aff_entity_cand = aff;
      if (a.code_entry >= 0) c.aff_code = Lexicon::CodeAt(lex_.entry(a.code_entry), 0);
    }
  }

  // An honorific right before unit u, in its sentence ("Mr X", "Mr. X").
  bool HonorificBefore(uint32_t u) const {
    if (u == 0) return false;
    const Unit& p = units_[u - 1];
    if (p.sentence != units_[u].sentence) return false;
    return (p.classes & kWordHonorific) ||
           (u >= 2 && doc_.Text(p.span) == "." && (units_[u - 2].classes & kWordHonorific));
  }

  // Whether a country or a capitalised name modifies unit u (its sentence
  // opens at unit b): a country's adjective or name right before it ("the
  // French Senate"), a possessive ("Mexico's Congress", "the country's
  // Congress"), or a capitalised name word no lexicon name covers ("Trades
  // Union Congress").
  bool ModifiedByName(uint32_t b, uint32_t u) const {
    if (u <= b) return false;
    uint32_t prev = u - 1;
    const std::string_view t = doc_.Text(units_[prev].span);
    const bool possessive = t == "'s" || t == "\xE2\x80\x99s";
    // (Any possessive: "the country's Congress" is that country's.)
    if (possessive) return prev > b;
    if (covered_[prev] >= 0) {
      const Hit& h = hits_[covered_[prev]];
      if (h.ue != prev + 1) return false;
      for (uint32_t p : h.patterns) {
        const EntityType type = PatternType(p);
        if (type == EntityType::kCountry || type == EntityType::kPlace) return true;
      }
      return false;
    }
    const Unit& w = units_[prev];
    return w.is_word && w.shape == CaseShape::kCapitalized &&
           !(w.classes & (kWordDeterminer | kWordHonorific | kWordGivenName)) &&
           (tagged_ ? PosOf(w) == Upos::kPropn || (PosOf(w) == Upos::kAdj && !w.sentence_start)
                    : !w.sentence_start);
  }

  // A title or an honorific right before unit u ("President X", "Mr. X").
  bool TitledAt(uint32_t u) const {
    if (u == 0 || units_[u - 1].sentence != units_[u].sentence) return false;
    if (HonorificBefore(u)) return true;
    const Hit* th = HitEndingAt(u);
    return th != nullptr && TitleHit(*th);
  }

  // ---- nominals and groups ----

  // Adds c as the name of an organisation that is a body (an agent word).
  void AddBody(Cand c) {
    c.form = MentionForm::kName;
    c.type = EntityType::kOrganization;
    c.typed = true;
    c.body = true;
    cands_.push_back(std::move(c));
  }

  // Whether agent hit h, plural, with the name candidate aff right before
  // it, is written as one name: the agent capitalised, nothing between the
  // two, in a sentence written in running text (some lower-case words of
  // four letters or more), not a title-case headline.
  bool NamedBody(const Hit& h, int32_t aff) const {
    const Unit& first = units_[h.ub];
    const Cand& a = cands_[aff];
    if (first.shape != CaseShape::kCapitalized || a.ue != h.ub ||
        a.form != MentionForm::kName)
      return false;
    uint32_t s = first.sentence;
    int lower = 0;
    for (uint32_t i = sent_begin_[s]; i < sent_begin_[s + 1] && lower < 2; ++i) {
      const Unit& u = units_[i];
      lower += u.is_word && u.shape == CaseShape::kLower && u.span.end - u.span.begin >= 4;
    }
    return lower >= 2;
  }

  void BuildNominals() {
    for (const Hit& h : hits_) {
      if (h.kind != Hit::kAgent) continue;
      // Used as a title of a name: handled with the name.
      if (h.ue < n_units_ && units_[h.ue].sentence == units_[h.ub].sentence &&
          NameLike(units_[h.ue]) && TitleHit(h))
        continue;
      // Inside a name chunk ("General Motors"): not a role.
      if (InsideChunk(h.ub)) continue;
      const PatternInfo& info = lex_.pattern(h.patterns.back());
      const Agent& a = lex_.agent(info.target);
      bool plural = (info.flags & PatternInfo::kPlural) != 0;
      Cand c;
      c.ub = h.ub;
      c.ue = h.ue;
      c.nb = h.ub;
      c.ne = h.ue;
      c.form = MentionForm::kNominal;
      c.agent = static_cast<int32_t>(info.target);
      c.roles = a.roles;
      c.plural = plural;
      // Left: affiliation and determiner.
      uint32_t i = h.ub;
      uint32_t floor = sent_begin_[units_[h.ub].sentence];
      int32_t aff = i > floor ? CandEndingAt(i) : -1;
      if (aff < 0 && i > floor + 1 && IsPossessive(units_[i - 1])) aff = CandEndingAt(i - 1);
      // A sentence's capitalised opening article is no affiliation ("The
      // prime minister said").
      if (aff >= 0 && cands_[aff].ue == cands_[aff].ub + 1 && W(units_[cands_[aff].ub]) == "the")
        aff = -1;
      if (aff >= 0 && ConjunctionOpener(aff)) aff = -1;  // "But critics say"
      if (aff >= 0 && cands_[aff].type != EntityType::kPerson &&
          cands_[aff].form != MentionForm::kNominal) {
        c.aff_entity_cand = aff;
        const Cand& ac = cands_[aff];
        if (ac.code_entry >= 0) c.aff_code = Lexicon::CodeAt(lex_.entry(ac.code_entry), 0);
        i = ac.ub;
      }
      // A known organisation's name with its legal form after it ("The
      // Boeing Company", "the Walt Disney Company"): the organisation's
      // own mention, not a body of it named "Company".
      if (c.aff_entity_cand >= 0 && h.ue == h.ub + 1 &&
          units_[h.ub].shape == CaseShape::kCapitalized &&
          IsOneOf(W(units_[h.ub]), {"company", "corporation", "group", "holdings"})) {
        Cand& ac = cands_[c.aff_entity_cand];
        if (ac.entry >= 0 && ac.form == MentionForm::kName &&
            ac.type == EntityType::kOrganization && ac.ue == h.ub) {
          ac.ue = ac.ne = h.ue;
          continue;
        }
      }
      bool definite = false;
      if (i > floor) {
        if (W(units_[i - 1]) == "the") {
          definite = true;
          --i;
        }
      }
      c.ub = i;
      if (plural && c.aff_entity_cand >= 0 && NamedBody(h, c.aff_entity_cand)) {
        // A capitalised plural agent right after a name is the name of an
        // organisation ("Singapore Airlines", "Acme Industries"), not a
        // group of the name's country; the place inside is no mention.
        cands_[c.aff_entity_cand].drop = true;
        c.nb = cands_[c.aff_entity_cand].nb;
        AddBody(c);
        continue;
      }
      if (plural) {
        if (c.aff_entity_cand < 0 && !definite) continue;
        c.type = EntityType::kGroup;
      } else if (a.kind == AgentKind::kPerson) {
        if (!definite && c.aff_entity_cand < 0) continue;
        c.type = EntityType::kPerson;
        if (!definite) continue;  // "Russian officials said": a group, not a person
      } else {
        // A body written as a name ("the Air Force", "the Army") is an
        // organisation; in lower case ("the army") CodePhrase codes it.
        const Unit& first = units_[h.ub];
        bool capital = first.shape == CaseShape::kCapitalized &&
                       (!first.sentence_start || definite);
        if (!capital || plural) continue;
        AddBody(c);
        continue;
      }
      c.typed = true;
      nominal_cands_.push_back(cands_.size());
      cands_.push_back(c);
    }
  }

  bool InsideChunk(uint32_t u) const {
    auto it = chunk_of_.find(u);
    return it != chunk_of_.end();
  }

  // "the NATO alliance": an organisation's name with the noun that says what
  // it is, and the article before them.
  void ExtendOrgNouns() {
    for (Cand& c : cands_) {
      if (c.form != MentionForm::kName || c.type != EntityType::kOrganization || !c.typed)
        continue;
      uint32_t e = c.ue;
      if (e >= n_units_ || units_[e].sentence != units_[c.ub].sentence) continue;
      const Unit& n = units_[e];
      if (!(n.classes & kWordOrgNoun) || n.shape != CaseShape::kLower) continue;
      if (c.ub == 0 || W(units_[c.ub - 1]) != "the") continue;
      // The noun must end the phrase ("the NATO alliance", not "the NATO
      // alliance members").
      if (NounFollows(e + 1)) continue;
      extra_mentions_.push_back({c.ub - 1, e + 1, &c - &cands_[0]});
    }
  }

  // Suffixes that make an organisation even after a given name ("Adam
  // Corp"), unlike those that are also surnames ("Jim Press").
  bool StrongOrgSuffix(const Unit& u) const {
    return (u.classes & kWordStrongOrgSuffix) != 0;
  }

  // ---- organisations named after places ----

  int32_t ChunkEndingAt(uint32_t ue) const {
    if (ue >= chunk_by_ne_.size()) return -1;
    int32_t k = chunk_by_ne_[ue];
    return (k >= 0 && !cands_[k].drop && cands_[k].ne == ue) ? k : -1;
  }
  int32_t ChunkStartingAt(uint32_t ub) const {
    if (ub >= chunk_by_nb_.size()) return -1;
    int32_t k = chunk_by_nb_[ub];
    return (k >= 0 && !cands_[k].drop && cands_[k].nb == ub) ? k : -1;
  }
  bool HasOrgSuffix(const Cand& c) const {
    return (units_[c.nb].classes & kWordOrgSuffix) || (units_[c.ne - 1].classes & kWordOrgSuffix);
  }

  // Whether chunk c, which ends or starts at unit `at` next to a one-word
  // town (`town`), may join it in one name: capitalised words written right
  // against it (no punctuation between), no person's name ("Enrico Bondi"
  // was decided before), and not a common word opening a sentence.
  bool JoinsTownName(const Cand& c, uint32_t at, uint32_t town) const {
    if (c.like >= 0 || (c.typed && c.type == EntityType::kPerson)) return false;
    if (c.ne != at && c.nb != at) return false;
    for (uint32_t u = c.nb; u < c.ne; ++u) {
      const Unit& w = units_[u];
      if (w.classes & (kWordGivenName | kWordHonorific)) return false;
      if (w.shape != CaseShape::kCapitalized && !(w.classes & kWordConnector)) return false;
    }
    if (units_[c.nb].sentence_start && (units_[c.nb].classes & kWordCommon)) return false;
    return units_[town].shape == CaseShape::kCapitalized;
  }

  // A capitalised role noun of a body ending at unit ue, before "of" and a
  // place ("the Bank of East Asia", "the University of Chicago"): made a
  // name chunk so that the place joins it. -1 if there is none.
  int32_t BodyNameBefore(uint32_t ue) {
    const Hit* h = HitEndingAt(ue);
    if (h == nullptr || h->kind != Hit::kAgent || h->patterns.empty()) return -1;
    const PatternInfo& info = lex_.pattern(h->patterns.back());
    if (lex_.agent(info.target).kind != AgentKind::kBody) return -1;
    for (uint32_t u = h->ub; u < h->ue; ++u)
      if (units_[u].shape != CaseShape::kCapitalized || units_[u].sentence != units_[ue].sentence)
        return -1;
    Cand c;
    c.ub = c.nb = h->ub;
    c.ue = c.ne = h->ue;
    c.form = MentionForm::kName;
    c.agent = static_cast<int32_t>(info.target);  // its sector: "the Government of Japan"
    chunk_cands_.push_back(cands_.size());
    cands_.push_back(c);
    const int32_t k = static_cast<int32_t>(cands_.size() - 1);
    for (uint32_t i = c.nb; i < c.ne; ++i) chunk_of_[i] = k;
    chunk_by_nb_[c.nb] = k;
    chunk_by_ne_[c.ne] = k;
    return k;
  }

  // "Air Canada", "China Eastern Airlines", "University of Chicago": a
  // country or place inside an organisation's name.
  void MergeNamedOrganisations() {
    chunk_by_nb_.assign(n_units_ + 1, -1);
    chunk_by_ne_.assign(n_units_ + 1, -1);
    for (size_t k : chunk_cands_) {
      chunk_by_nb_[cands_[k].nb] = static_cast<int32_t>(k);
      chunk_by_ne_[cands_[k].ne] = static_cast<int32_t>(k);
    }
    for (size_t k = 0; k < cands_.size(); ++k) {
      // (A pointer: BodyNameBefore appends to cands_, and `p` is fetched
      // again after it.)
      Cand* p = &cands_[k];
      if (p->drop || p->form != MentionForm::kName || p->entry < 0) continue;
      if (p->type != EntityType::kCountry && p->type != EntityType::kPlace) continue;
      uint32_t sent = units_[p->nb].sentence;
      int32_t left = p->nb > 0 ? ChunkEndingAt(p->nb) : -1;
      const bool via_of = left < 0 && p->nb > 1 && W(units_[p->nb - 1]) == "of";
      bool body_left = false;
      if (via_of) {
        // "University of Chicago", "Royal Bank of Scotland", "the Bank of
        // East Asia": the name before "of" has an organisation's word.
        left = ChunkEndingAt(p->nb - 1);
        if (left >= 0 && !HasOrgSuffix(cands_[left])) left = -1;
        if (left < 0) {
          left = BodyNameBefore(p->nb - 1);  // "the Bank of East Asia"
          p = &cands_[k];
          body_left = left >= 0;
        }
      }
      int32_t right = ChunkStartingAt(p->ne);
      if (left >= 0 && units_[cands_[left].nb].sentence != sent) left = -1;
      // (Not a conjunction or an adverb opening the sentence: "But Paris
      // Rugby Union said"; "Air China", "The Beijing News" stay whole.)
      if (left >= 0 && ConjunctionOpener(left)) left = -1;
      if (right >= 0 && units_[cands_[right].nb].sentence != sent) right = -1;
      bool org = (left >= 0 && (body_left || HasOrgSuffix(cands_[left]))) ||
                 (right >= 0 && (units_[cands_[right].ne - 1].classes & kWordOrgSuffix));
      // "Nottingham Forest", "Borussia Dortmund", "Leicester Square": a town
      // right next to capitalised words the lexicon does not know is part of
      // a longer name: a place when it ends in a place's word, else an
      // organisation (a club, a company).
      bool place_name = false;
      if (!org && p->type == EntityType::kPlace && p->ne - p->nb == 1 &&
          !(lex_.entry(p->entry).flags & kEntryRegion)) {
        if (left >= 0 && !JoinsTownName(cands_[left], p->nb, p->nb)) left = -1;
        if (right >= 0 && !JoinsTownName(cands_[right], p->ne, p->ne)) right = -1;
        org = left >= 0 || right >= 0;
        place_name = (right >= 0 && ((units_[cands_[right].ne - 1].classes & kWordPlaceSuffix) ||
                                     (cands_[right].ne - cands_[right].nb == 1 &&
                                      IsOneOf(doc_.Text(units_[cands_[right].nb].span),
                                              {"North", "South", "East", "West", "Central"})))) ||
                     (left >= 0 && right < 0 &&
                      IsOneOf(doc_.Text(units_[cands_[left].nb].span),
                              {"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                               "Western", "Central", "Mid", "Greater", "Upper", "Lower", "Inner",
                               "Outer"}));  // "South Wales", "Kowloon East"
      }
      if (!org) continue;
      int32_t keep = left >= 0 ? left : right;
      Cand& c = cands_[keep];
      c.nb = c.ub = left >= 0 ? cands_[left].nb : p->nb;
      c.ne = c.ue = right >= 0 ? cands_[right].ne : p->ne;
      c.type = place_name ? EntityType::kPlace : EntityType::kOrganization;
      // "Valeska Paris, an Australian woman": a person whose surname is a
      // town's name.
      if (!place_name && left >= 0 && right < 0 && !via_of &&
          !(units_[c.nb].classes & kWordOrgSuffix) && AppositiveRole(c.ne))
        c.type = EntityType::kPerson;
      c.typed = true;
      c.weak = false;
      // A body named after its country or city first ("Kenya Anti-Corruption
      // Commission", "Moscow State University") or after "of" ("Bank of
      // China", "University of Chicago") is of that country.
      if ((left < 0 || place_name || (via_of && right < 0)) && c.aff_code.empty())
        c.aff_code = lex_.entry(p->entry).country;
      if (left >= 0 && right >= 0) cands_[right].drop = true;
      p->drop = true;
      chunk_by_nb_[c.nb] = keep;
      chunk_by_ne_[c.ne] = keep;
    }
  }

  // "Victoria, a lobbyist for disabled rights, denounced ...": a town's or a
  // region's one-word name opening the sentence, before an apposition that
  // names a person's role, is a person's name (the place's codes do not
  // apply). (Countries are left: "Jordan, a key ally".)
  void PlacesNamingPeople() {
    for (Cand& c : cands_) {
      if (c.drop || c.form != MentionForm::kName || c.entry < 0 || c.type != EntityType::kPlace ||
          c.ne != c.nb + 1 || !units_[c.nb].sentence_start || !AppositiveRole(c.ne))
        continue;
      c.type = EntityType::kPerson;
      c.entry = c.code_entry = -1;
      c.aff_code.clear();
      c.typed = true;
    }
  }

  // ---- typing unknown names ----

  // The known organisation named right before unit u when its name is an
  // office ("UN High Commissioner for Refugees", "UN Special Rapporteur on
  // Torture"): the name after it is its holder's. Its index, or -1.
  int32_t OfficeBefore(uint32_t u) const {
    if (u == 0 || units_[u - 1].sentence != units_[u].sentence) return -1;
    int32_t k = CandEndingAt(u);
    if (k < 0) return -1;
    const Cand& o = cands_[k];
    if (o.form != MentionForm::kName || o.entry < 0 || o.type != EntityType::kOrganization)
      return -1;
    for (uint32_t x = o.nb; x < o.ne; ++x)
      if (IsOneOf(doc_.Text(units_[x].span),
                  {"Commissioner", "Rapporteur", "Envoy", "Ombudsman", "Secretary-General",
                   "Representative", "Coordinator", "Prosecutor"}))
        return k;
    return -1;
  }

  // "Apple Corps", "Boeing Commercial Airplanes": a known organisation's
  // name followed by more capitalised words names a part or a namesake; it
  // keeps the known organisation's code.
  bool AbsorbOrganisation(Cand& c) {
    if (c.nb == 0 || units_[c.nb - 1].sentence != units_[c.nb].sentence) return false;
    int32_t k = CandEndingAt(c.nb);
    if (k < 0) return false;
    Cand& o = cands_[k];
    if (o.form != MentionForm::kName || o.entry < 0) return false;
    if (o.type != EntityType::kOrganization) return false;
    // Its legal form alone ("Boeing Corp", "Acme Holdings Ltd"): the same
    // organisation, named with it.
    // (Not "Co-Chairman".)
    if (c.ne == c.nb + 1 && !(c.ne < n_units_ && units_[c.ne].hyphen) &&
        IsOneOf(W(units_[c.nb]), {"inc", "corp", "corporation", "co", "company", "ltd", "limited",
                                  "llc", "llp", "plc", "ag", "sa", "nv", "gmbh", "spa"})) {
      o.ue = o.ne = c.ne;
      c.drop = true;
      return true;
    }
    o.drop = true;
    c.ub = c.nb = o.ub;
    c.weak = false;
    if (o.code_entry >= 0) c.aff_code = Lexicon::CodeAt(lex_.entry(o.code_entry), 0);
    return true;
  }

  // Whether units [b, e) are only an article and words that describe a
  // person before a noun: "an Australian", "a retired", "the former".
  bool OnlyModifiersBetween(uint32_t b, uint32_t e) const {
    if (e - b > 3) return false;
    for (uint32_t k = b; k < e; ++k) {
      const Hit* h = HitAt(k);
      if (h != nullptr && h->kind == Hit::kAdjective) continue;
      if (!IsOneOf(W(units_[k]), {"a", "an", "the", "his", "her", "former", "young", "retired",
                                  "elderly", "local", "married", "single", "fellow"}))
        return false;
    }
    return true;
  }

  // ", minister of transport", ", the company's chief executive", ", 49,",
  // ", an Australian woman" after a name: a person.
  bool AppositiveRole(uint32_t u) const {
    if (u >= n_units_ || doc_.Text(units_[u].span) != ",") return false;
    uint32_t sent = units_[u].sentence;
    for (uint32_t j = u + 1; j < n_units_ && j <= u + 6; ++j) {
      const Unit& v = units_[j];
      if (v.sentence != sent) return false;
      std::string_view t = doc_.Text(v.span);
      if (j == u + 1 && v.shape == CaseShape::kNoLetters && !t.empty() && IsAsciiDigit(t[0]))
        return j + 1 < n_units_ && doc_.Text(units_[j + 1].span) == ",";  // age
      // A clause after the comma is no apposition: "by a vote of the
      // House, we impeached the President".
      if ((tagged_ && (PosOf(v) == Upos::kVerb || PosOf(v) == Upos::kAux)) ||
          IsOneOf(W(v), {"i", "we", "he", "she", "it", "they", "which", "that"}))
        return false;
      const Hit* h = HitAt(j);
      // (A noun before "'s" only modifies the role: ", the company's chief
      // executive".)
      if (h != nullptr && h->kind == Hit::kAgent && h->ub == j &&
          !(h->ue < n_units_ && IsPossessive(units_[h->ue]))) {
        const PatternInfo& info = lex_.pattern(h->patterns.back());
        const Agent& a = lex_.agent(info.target);
        return a.kind == AgentKind::kPerson && !(info.flags & PatternInfo::kPlural);
      }
      // ", an Australian woman", ", a retired teacher": a noun for a person
      // right after an article and a nationality or a word of age or
      // career.
      if (v.shape == CaseShape::kLower && OnlyModifiersBetween(u + 1, j) &&
          IsOneOf(t, {"woman", "man", "girl", "boy", "teenager", "mother", "father", "wife",
                      "husband", "widow", "daughter", "son", "grandmother", "grandfather",
                      "resident", "citizen", "student", "pensioner", "teacher", "lawyer",
                      "doctor", "nurse", "actor", "actress", "singer", "writer", "author",
                      "artist", "journalist", "businessman", "businesswoman", "entrepreneur",
                      "activist", "campaigner", "lobbyist", "farmer", "veteran", "mayor", "priest",
                      "professor"}))
        return true;
      if (t == "," || t == "." || t == ";") return false;
    }
    return false;
  }

  // "European Aeronautic Defence and Space Company", "Russian Orthodox
  // Church": a nationality that opens an organisation's name is part of it.
  void AbsorbAdjective(Cand& c) {
    int32_t k = CandEndingAt(c.nb);
    if (k < 0) return;
    Cand& a = cands_[k];
    if (a.form != MentionForm::kAdjective) return;
    if (units_[a.ub].sentence != units_[c.nb].sentence) return;
    a.drop = true;
    c.ub = c.nb = a.ub;
    // Its country: "the American Association of ..." is American.
    if (a.code_entry >= 0 && c.aff_code.empty())
      c.aff_code = Lexicon::CodeAt(lex_.entry(a.code_entry), 0);
  }

  // Whether the name is followed by its initials in parentheses, as
  // organisations introduce their acronyms: "Electronic Arts (EA)".
  bool InitialsFollow(const Cand& c) const {
    if (c.ne + 2 >= n_units_ || doc_.Text(units_[c.ne].span) != "(" ||
        doc_.Text(units_[c.ne + 2].span) != ")")
      return false;
    std::string_view acronym = doc_.Text(units_[c.ne + 1].span);
    if (acronym.size() < 2 || units_[c.ne + 1].shape != CaseShape::kAllCaps) return false;
    std::string initials;
    for (uint32_t u = c.nb; u < c.ne; ++u) {
      std::string_view w = doc_.Text(units_[u].span);
      if (units_[u].is_word && !w.empty() && IsAsciiUpper(w[0])) initials += w[0];
    }
    return initials == acronym;
  }

  // A county: one capitalised word in -shire ("Leicestershire").
  bool Shire(const Unit& u) const {
    std::string_view w = doc_.Text(u.span);
    return u.shape == CaseShape::kCapitalized && w.size() > 6 &&
           w.substr(w.size() - 5) == "shire";
  }

  // Whether units from u read "( Country )", a country the lexicon knows.
  bool CountryInBrackets(uint32_t u) const {
    if (u + 2 >= n_units_ || units_[u].sentence != units_[u + 1].sentence ||
        doc_.Text(units_[u].span) != "(")
      return false;
    const Hit* h = HitAt(u + 1);
    if (h == nullptr || h->ub != u + 1 || h->kind != Hit::kName || h->patterns.empty() ||
        h->ue >= n_units_ || doc_.Text(units_[h->ue].span) != ")")
      return false;
    uint32_t target = lex_.pattern(h->patterns[0]).target;
    return lex_.entry(lex_.Canonical(target)).type == EntityType::kCountry;
  }

  // Whether candidate c, before "( Country )", is a side of a fixture:
  // "Club Brugge ( Belgium ) v Real Harwick ( Spain )" names clubs.
  bool Fixture(const Cand& c) const {
    auto versus = [&](uint32_t u) {
      if (u >= n_units_ || units_[u].sentence != units_[c.nb].sentence) return false;
      std::string_view t = doc_.Text(units_[u].span);
      return t == "v" || t == "vs" || t == "v." || t == "vs.";
    };
    const Hit* country = HitAt(c.ne + 1);
    return (c.nb > 0 && versus(c.nb - 1)) || (country != nullptr && versus(country->ue + 1));
  }

  // The gender an honorific right before candidate c's name gives ("Mr",
  // "Mrs"), or 0.
  char HonorificGender(const Cand& c) const {
    if (c.nb == 0 || c.ub >= c.nb) return 0;
    std::string_view w = doc_.Text(units_[c.nb - 1].span);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w == "Mr" || w == "Sir" || w == "Lord") return 'm';
    if (w == "Mrs" || w == "Ms" || w == "Miss" || w == "Dame" || w == "Lady") return 'f';
    return 0;
  }

  static char GenderOf(const Unit& first) {
    bool m = (first.classes & kWordGivenMale) != 0;
    bool f = (first.classes & kWordGivenFemale) != 0;
    return m && !f ? 'm' : (f && !m ? 'f' : 0);
  }

  // Acronyms the article defines after words in lower case ("information
  // and communication technology (ICT)", "the interquartile range (IQR)"):
  // names of things, not of actors.
  std::unordered_set<std::string> ConceptAcronyms() const {
    std::unordered_set<std::string> out;
    for (uint32_t i = 1; i + 2 < n_units_; ++i) {
      if (doc_.Text(units_[i].span) != "(" || doc_.Text(units_[i + 2].span) != ")") continue;
      const Unit& a = units_[i + 1];
      const std::string_view acr = doc_.Text(a.span);
      if (a.shape != CaseShape::kAllCaps || acr.size() < 2 || acr.size() > 6) continue;
      std::string initials;  // of the words before, read backwards
      for (uint32_t j = i; j-- > 0 && initials.size() < acr.size();) {
        const Unit& w = units_[j];
        if (w.sentence != a.sentence || !w.is_word || w.shape != CaseShape::kLower) break;
        const std::string_view t = doc_.Text(w.span);
        if (IsOneOf(t, {"and", "of", "the", "for", "in", "on", "to", "a", "an"})) continue;
        initials.insert(initials.begin(), static_cast<char>(t[0] - 'a' + 'A'));
      }
      if (initials == acr) out.insert(std::string(acr));
    }
    return out;
  }

  // The surnames of the people the article names in full: the last words
  // of names the lexicon knows as people's or that open with a given name
  // ("Andy Warhol").
  std::unordered_set<std::string> FullNameSurnames() {
    std::unordered_set<std::string> out;
    for (const Cand& c : cands_) {
      if (c.drop || c.form != MentionForm::kName || c.ne < c.nb + 2) continue;
      const Unit& first = units_[c.nb];
      const Unit& last = units_[c.ne - 1];
      const bool person = c.typed ? c.type == EntityType::kPerson
                                  : (first.classes & kWordGivenName) &&
                                        !(last.classes & (kWordOrgSuffix | kWordPlaceSuffix));
      if (person && last.shape == CaseShape::kCapitalized && FoldWord(doc_.Text(last.span), &key_))
        out.insert(key_);
    }
    return out;
  }

  // Whether candidate c is two words, the surname of someone named in full
  // (`surnames`) and a word that is no name.
  bool NamedAfterSomeone(const Cand& c, const std::unordered_set<std::string>& surnames) {
    if (c.ne != c.nb + 2) return false;
    const Unit& last = units_[c.ne - 1];
    return FoldWord(doc_.Text(units_[c.nb].span), &key_) && surnames.count(key_) &&
           !(last.classes & kWordGivenName) && FoldWord(doc_.Text(last.span), &key_) &&
           !surnames.count(key_);
  }

  void TypeUnknowns() {
    const std::unordered_set<std::string> concepts = ConceptAcronyms();
    const std::unordered_set<std::string> surnames = FullNameSurnames();
    // The surnames of things named after someone: their person mentions,
    // added after the loop (which reads chunk_cands_).
    std::vector<uint32_t> eponym_surnames;
    for (size_t k : chunk_cands_) {
      Cand& c = cands_[k];
      const Unit& first = units_[c.nb];
      const Unit& last = units_[c.ne - 1];
      uint32_t n_words = 0;
      for (uint32_t i = c.nb; i < c.ne; ++i) n_words += units_[i].is_word;
      if (n_words == 1 && first.shape == CaseShape::kAllCaps &&
          concepts.count(std::string(doc_.Text(first.span)))) {
        c.drop = true;  // "ICT" after "information and communication technology (ICT)"
        continue;
      }
      // "the Davis Cup", "the Academy Awards", "the Patriot Act": events and
      // documents, no actors; so are "World War II" and storms ("Hurricane
      // Katrina", "Cyclone Phailin").
      const bool numbered = c.ne - c.nb >= 2 && (last.classes & kWordNameSuffix) &&
                            (units_[c.ne - 2].classes & kWordEventSuffix);
      const std::string_view opener = doc_.Text(first.span);
      const bool storm = n_words >= 2 && (opener == "Hurricane" || opener == "Typhoon" ||
                                          opener == "Cyclone" || opener == "Storm");
      if (numbered || storm || (n_words >= 1 && (last.classes & kWordEventSuffix))) {
        c.drop = true;
        continue;
      }
      // "Adam Air Flight 574": the airline before a flight's number (the
      // chunker ends the name before "Flight").
      if (c.ne < n_units_ && units_[c.ne].sentence == first.sentence && FlightNumberAt(c.ne)) {
        c.type = EntityType::kOrganization;
        c.typed = true;
        continue;
      }
      if (c.like >= 0) {
        // Typed as the name it repeats (typed before it: candidates found
        // again come last).
        const Cand& o = cands_[c.like];
        if (o.drop && NamedAfterSomeone(c, surnames)) {
          c.drop = true;
          eponym_surnames.push_back(c.nb);
          continue;
        }
        c.type = o.type;
        c.typed = o.typed;
        c.gender = o.gender;
        continue;
      }
      if (c.typed) continue;
      // A point of the compass alone: "the West" is a region; before a
      // nationality ("West European", "East German") it belongs to the
      // adjective.
      if (n_words == 1 && IsOneOf(opener, {"West", "East", "North", "South"})) {
        const Hit* next = c.ne < n_units_ && units_[c.ne].sentence == first.sentence
                              ? HitAt(c.ne) : nullptr;
        if (next != nullptr && next->kind == Hit::kAdjective && next->ub == c.ne) {
          c.drop = true;
          continue;
        }
        if (c.nb > 0 && W(units_[c.nb - 1]) == "the") {
          c.type = EntityType::kPlace;
          c.typed = true;
          continue;
        }
      }
      if (n_words >= 2 && InitialsFollow(c)) {
        c.type = EntityType::kOrganization;  // "Electronic Arts (EA)"
      } else if (TitledAt(c.nb) && !(last.classes & kWordOrgSuffix)) {
        c.type = EntityType::kPerson;
        c.gender = GenderOf(first);
      } else if (int32_t office = n_words >= 2 && !(last.classes & kWordOrgSuffix)
                                      ? OfficeBefore(c.nb) : -1;
                 office >= 0) {
        c.type = EntityType::kPerson;  // "UN High Commissioner for Refugees Sadako Ogata"
        c.gender = GenderOf(first);
        if (cands_[office].code_entry >= 0 && c.aff_code.empty())
          c.aff_code = Lexicon::CodeAt(lex_.entry(cands_[office].code_entry), 0);
      } else if (AbsorbOrganisation(c)) {
        c.type = EntityType::kOrganization;
      } else if (n_words >= 2 && !(last.classes & kWordOrgSuffix) &&
                 IsOneOf(doc_.Text(first.span), {"Santa", "San", "Sao", "São", "Fort", "Port",
                                                 "Lake", "Cape", "Mount", "Mt", "St", "Saint"})) {
        // "Santa Maria", "Fort Lee", "St James' Park", "St Etienne": not
        // given names.
        c.type = EntityType::kPlace;
      } else if (ModifiesRoleNoun(c)) {
        c.type = EntityType::kOrganization;  // "a Morgan Guaranty official"
      } else if (!(first.classes & kWordGivenName) && !(last.classes & kWordPlaceSuffix) &&
                 !Shire(last) && c.ne < n_units_ &&
                 !CompassOpener(opener) &&
                 units_[c.ne].sentence == first.sentence &&
                 units_[c.ne].shape == CaseShape::kLower &&
                 (units_[c.ne].classes & kWordOrgNoun) &&
                 !IsEponymNoun(W(units_[c.ne]))) {
        c.type = EntityType::kOrganization;  // "IG Metall union leader ..."
      } else if (n_words >= 2 && !(first.classes & kWordGivenName) && MembersAfter(c)) {
        c.type = EntityType::kOrganization;  // "Tupac Amaru guerrillas"
      } else if ((first.classes & kWordGivenName) && n_words == 2 &&
                 !StrongOrgSuffix(last) && !(first.classes & kWordOrgSuffix)) {
        c.type = EntityType::kPerson;  // "Jim Press": a given name wins
        c.gender = GenderOf(first);
      } else if ((last.classes & kWordOrgSuffix) == 0 && AppositiveRole(c.ne)) {
        c.type = EntityType::kPerson;  // "Jusman Syafii Djamal, minister of ..."
        c.gender = GenderOf(first);
      } else if (last.classes & kWordOrgSuffix) {
        c.type = EntityType::kOrganization;
        AbsorbAdjective(c);
      } else if ((first.classes & kWordOrgSuffix) && c.ne - c.nb >= 3 &&
                 (W(units_[c.nb + 1]) == "of" || W(units_[c.nb + 1]) == "for")) {
        // "University of Chicago", "the American Association for the
        // Advancement of Science" (its nationality a word of it).
        c.type = EntityType::kOrganization;
        AbsorbAdjective(c);
      } else if ((last.classes & kWordPlaceSuffix) || Shire(last) ||
                 (n_words >= 2 && CompassOpener(doc_.Text(first.span)))) {
        // "Leicestershire", "the East Midlands", "North Yorkshire".
        c.type = EntityType::kPlace;
      } else if ((first.classes & kWordGivenName) && n_words >= 2 &&
                 !(last.classes & kWordOrgSuffix)) {
        c.type = EntityType::kPerson;
        c.gender = GenderOf(first);
      } else if (n_words == 1 && last.shape == CaseShape::kAllCaps) {
        c.type = EntityType::kOrganization;  // acronyms: "EADS", "SEC"
      } else if (n_words == 1 && (first.classes & kWordGivenName) &&
                 !(first.classes & kWordCommon)) {
        c.type = EntityType::kPerson;  // "Marilyn said"
        c.gender = GenderOf(first);
      } else if (c.nb > 0 && n_words <= 2 && c.ne < n_units_ &&
                 doc_.Text(units_[c.ne].span) == "," &&
                 IsOneOf(W(units_[c.nb - 1]), {"in", "near", "outside"})) {
        c.type = EntityType::kPlace;   // "in Wixom, Michigan"
      } else if (n_words >= 2 && n_words <= 3 && CountryInBrackets(c.ne)) {
        // "Tim Henman ( Britain ) beat ...": a player and his country; a club
        // in a fixture.
        if (Fixture(c)) {
          c.type = EntityType::kOrganization;
        } else {
          c.type = EntityType::kPerson;
          c.gender = GenderOf(first);
        }
      } else if (n_words >= 2 && Initial(first) && !(last.classes & kWordOrgSuffix) &&
                 units_[c.ne - 1].shape == CaseShape::kCapitalized) {
        c.type = EntityType::kPerson;  // "P. Simmons", "J.P. Duminy"
      } else if (SinoKoreanName(c)) {
        c.type = EntityType::kPerson;  // "Leung Kwok-hung", "Moon Jae-in"
      } else if (ArabicPersonName(c)) {
        c.type = EntityType::kPerson;  // "Jassem al-Huwaidi"
      } else if (n_words == 2 && c.ne - c.nb == 2 && first.shape == CaseShape::kCapitalized &&
                 last.shape == CaseShape::kCapitalized &&
                 (!first.sentence_start || SubjectNames(c)) &&
                 !(first.classes & (kWordCommon | kWordPlaceSuffix)) &&
                 !(last.classes & (kWordCommon | kWordPlaceSuffix))) {
        // Two capitalised words with no other cue: most often a person
        // (at a sentence start only as two names before their verb: "Kofi
        // Mensah said"). Not when the first is the surname of someone the
        // article names in full and the second no name: a thing named after
        // them ("the Warhol Polaroids" after "Andy Warhol", "the Dorvan
        // Doctrine"), no actor; the surname is the person's mention.
        if (NamedAfterSomeone(c, surnames)) {
          c.drop = true;
          eponym_surnames.push_back(c.nb);
          continue;
        }
        c.type = EntityType::kPerson;
      } else {
        c.type = EntityType::kOrganization;
        c.typed = false;  // a guess: a later, surer mention may change it
        continue;
      }
      c.typed = true;
    }
    for (uint32_t u : eponym_surnames) {
      Cand p;
      p.ub = p.nb = u;
      p.ue = p.ne = u + 1;
      p.form = MentionForm::kName;
      p.type = EntityType::kPerson;
      p.typed = true;
      chunk_cands_.push_back(cands_.size());
      cands_.push_back(p);
      chunk_of_[u] = static_cast<int32_t>(cands_.size() - 1);
    }
  }

  // Whether candidate c, at a sentence start, is two words the tagger reads
  // as proper nouns right before a verb in lower case: the subject's name,
  // not a capitalised ordinary word ("Kofi Mensah said", not "Many Britons
  // say": the tagger reads "Many" as an adjective).
  bool SubjectNames(const Cand& c) {
    if (!tagged_ || c.ne >= n_units_ || units_[c.ne].sentence != units_[c.nb].sentence)
      return false;
    for (uint32_t u = c.nb; u < c.ne; ++u)
      if (PosOf(units_[u]) != Upos::kPropn || WrittenLowerElsewhere(units_[u])) return false;
    const Unit& next = units_[c.ne];
    return next.shape == CaseShape::kLower &&
           (PosOf(next) == Upos::kVerb || PosOf(next) == Upos::kAux);
  }

  // Whether candidate c, a name nothing else types, is where something is:
  // right after "in", "near", "outside", ... ("a motel in Tulsa"), but not
  // after a word that takes a company there ("a stake in Shell", "shares
  // in Vodafone"), nor before "'s" or another name.
  bool PlaceCue(const Cand& c) const {
    if (c.nb < 2 || units_[c.nb - 1].sentence != units_[c.nb].sentence) return false;
    for (uint32_t u = c.nb; u < c.ne; ++u)
      if (units_[u].shape != CaseShape::kCapitalized) return false;
    // "the town of Sorno", "the province of Tarbela".
    if (W(units_[c.nb - 1]) == "of" && units_[c.nb - 2].shape == CaseShape::kLower &&
        IsOneOf(W(units_[c.nb - 2]), {"town", "city", "village", "province", "region", "district",
                                      "county", "port", "island", "capital", "suburb",
                                      "municipality", "state", "republic", "kingdom", "towns",
                                      "cities", "villages", "provinces", "regions"}))
      return true;
    if (!IsOneOf(W(units_[c.nb - 1]), {"in", "near", "outside", "across", "around", "throughout"}) ||
        units_[c.nb - 1].shape != CaseShape::kLower)
      return false;
    const std::string_view before = doc_.Text(units_[c.nb - 2].span);
    for (std::string_view w : {"stake", "stakes", "share", "shares", "invest", "invested",
                               "investing", "investment", "investments", "interest", "holding",
                               "holdings", "role", "job", "jobs", "position", "positions",
                               "confidence", "trust", "faith", "belief", "believe", "believes",
                               "believed", "involved", "involvement", "member", "members"})
      if (EqualsIgnoreCase(before, w)) return false;
    if (c.ne < n_units_ && units_[c.ne].sentence == units_[c.nb].sentence &&
        (IsPossessive(units_[c.ne]) || NameLike(units_[c.ne]) ||
         (units_[c.ne].classes & kWordSpeechVerb)))
      return false;
    return true;
  }

  // Whether units [i, j) are two short capitalised words that are no given
  // names and the hyphen at unit j is followed by a short lower-case
  // syllable: the given name of a Chinese or Korean name ("Lam Cheuk-ting",
  // "Moon Jae-in"), not a suffix ("Blair-led", "Obama-era").
  bool SyllableAfterHyphen(uint32_t i, uint32_t j) const {
    if (j - i != 2 || j + 1 >= n_units_) return false;
    for (uint32_t u = i; u < j; ++u) {
      const std::string_view t = doc_.Text(units_[u].span);
      if (units_[u].shape != CaseShape::kCapitalized || t.size() < 2 || t.size() > 6 ||
          (units_[u].classes & (kWordGivenName | kWordCommon)))
        return false;
    }
    return SyllableAt(j);
  }

  // Whether the hyphen at unit j joins the word before it to a short
  // lower-case syllable that ends the word ("Sun-hong", "Jae-in"), not to
  // a suffix ("Blair-led", "Obama-era").
  bool SyllableAt(uint32_t j) const {
    if (j == 0 || j + 1 >= n_units_ || !units_[j].hyphen ||
        units_[j - 1].span.end != units_[j].span.begin)
      return false;
    const Unit& s = units_[j + 1];
    const std::string_view t = doc_.Text(s.span);
    if (s.shape != CaseShape::kLower || t.size() < 2 || t.size() > 5 || (s.classes & kWordCommon) ||
        units_[j].span.end != s.span.begin ||
        (j + 2 < n_units_ && units_[j + 2].hyphen && units_[j + 2].span.begin == s.span.end))
      return false;
    return !IsOneOf(Fold(t), {"led", "era", "style", "based", "born", "run", "owned", "made", "like",
                              "type", "free", "wide", "sized", "linked", "held", "backed", "class",
                              "level", "long", "year", "old", "shaped", "bound", "proof", "up",
                              "in", "out", "off", "on", "over", "down", "ish", "esque"});
  }

  // Whether a plural noun for people of a group follows candidate c:
  // "Tupac Amaru guerrillas", "Sinn Fein supporters" name the group.
  bool MembersAfter(const Cand& c) const {
    if (c.ne >= n_units_ || units_[c.ne].sentence != units_[c.nb].sentence ||
        units_[c.ne].shape != CaseShape::kLower)
      return false;
    const Hit* h = HitAt(c.ne);
    if (h == nullptr || h->kind != Hit::kAgent || h->ub != c.ne || h->patterns.empty()) return false;
    const PatternInfo& info = lex_.pattern(h->patterns.back());
    return (info.flags & PatternInfo::kPlural) &&
           lex_.agent(info.target).kind == AgentKind::kGroup;
  }

  // Whether candidate c, an unknown name, stands between "a" or "an" and a
  // noun for someone who speaks for or works at an organisation ("a Morgan
  // Guaranty official", "an Exxon spokesman"): the name is the
  // organisation's (a person's name is not used so).
  bool ModifiesRoleNoun(const Cand& c) const {
    if (c.nb == 0 || c.ne >= n_units_) return false;
    const uint32_t sentence = units_[c.nb].sentence;
    if (units_[c.nb - 1].sentence != sentence || units_[c.ne].sentence != sentence) return false;
    const std::string_view det = W(units_[c.nb - 1]);
    if (det != "a" && det != "an") return false;
    return IsOneOf(W(units_[c.ne]), {"official", "officials", "spokesman", "spokeswoman",
                                     "spokesperson", "executive", "executives", "analyst",
                                     "economist", "dealer", "trader", "source", "sources",
                                     "employee", "director", "manager", "representative"});
  }

  // Whether the name is a Chinese or Korean one written surname first with
  // a hyphenated given name, in lower case after the hyphen ("Leung
  // Kwok-hung", "Son Heung-min") or capitalised when that syllable is short
  // and no name the lexicon knows ("Hwang Hee-Chan"): a person. Short
  // syllables only, so that "Diet Coca-Cola" is none.
  bool SinoKoreanName(const Cand& c) const {
    if (c.ne - c.nb != 4 || !units_[c.nb + 2].hyphen) return false;
    auto syllable = [&](uint32_t u, CaseShape shape) {
      const std::string_view t = doc_.Text(units_[u].span);
      return units_[u].shape == shape && t.size() >= 2 && t.size() <= 6 &&
             !(units_[u].classes & kWordCommon);
    };
    return syllable(c.nb, CaseShape::kCapitalized) && syllable(c.nb + 1, CaseShape::kCapitalized) &&
           (syllable(c.nb + 3, CaseShape::kLower) ||
            (syllable(c.nb + 3, CaseShape::kCapitalized) && HitAt(c.nb + 3) == nullptr &&
             !(units_[c.nb + 3].classes & kWordGivenName) &&
             doc_.Text(units_[c.nb + 3].span).size() <= 5));
  }

  // Whether the name is an Arabic one with a particle joined to a later
  // word ("Jassem al-Huwaidi", "Abdullah bin-Zayed"), not one of the
  // movements, mosques and firms named so ("Jabhat al-Nusra", "Masjid
  // al-Aqsa", "Dar al-Hayat").
  bool ArabicPersonName(const Cand& c) const {
    if (c.ne - c.nb < 4 || units_[c.nb].shape != CaseShape::kCapitalized ||
        (units_[c.ne - 1].classes & (kWordOrgSuffix | kWordPlaceSuffix)) ||
        IsOneOf(Fold(doc_.Text(units_[c.nb].span)),
                {"hizb", "jaish", "ansar", "jabhat", "jamaat", "jamaa", "harakat", "masjid", "dar",
                 "bank", "bayt", "beit", "kataib", "liwa", "saraya", "majlis", "jund", "ahrar",
                 "tahrir", "ahl", "bab", "souk", "wadi", "jebel", "jabal", "ras", "bir", "tell"}))
      return false;
    // Capitalised words, and particles joined by a hyphen to the next.
    bool particle = false;
    for (uint32_t k = c.nb + 1; k < c.ne; ++k) {
      if (units_[k].shape == CaseShape::kCapitalized || units_[k].hyphen) continue;
      if (k + 2 < c.ne && units_[k].shape == CaseShape::kLower && units_[k + 1].hyphen &&
          units_[k + 2].shape == CaseShape::kCapitalized &&
          IsOneOf(W(units_[k]), {"al", "el", "ul", "ad", "ash", "as", "az", "ar", "an", "bin",
                                 "ibn", "abu", "abd"})) {
        particle = true;
        continue;
      }
      return false;
    }
    return particle;
  }

  // ---- entities ----

  struct EntityBuild {
    Entity e;
    int32_t entry = -1;
    int32_t code_entry = -1;
    uint32_t roles = 0;       // office roles named in the text
    uint32_t nominal_roles = 0;  // roles of the nominals resolved to it
    std::vector<int32_t> titles;  // the agents of its titles in the text
    bool former = false;
    std::string aff_code;
    int32_t agent = -1;
    std::string core;         // the longest name text
    std::vector<size_t> cands;
    char gender = 0;
    bool typed = false;
  };

  // The candidates whose first unit is in the sentence, indexed at the
  // first call (again if candidates were added since): one sentence's are
  // read, not all.
  std::span<const uint32_t> CandsOfSentence(uint32_t sentence) {
    if (sentence_cands_begin_.empty() || indexed_cands_ != cands_.size()) {
      const size_t n_sent = doc_.sentences.size();
      std::vector<uint32_t> count(n_sent + 1, 0);
      for (const Cand& c : cands_)
        if (c.ub < n_units_) ++count[units_[c.ub].sentence + 1];
      for (size_t i = 1; i <= n_sent; ++i) count[i] += count[i - 1];
      cands_of_sentence_.assign(count[n_sent], 0);
      sentence_cands_begin_ = count;
      for (size_t k = 0; k < cands_.size(); ++k)
        if (cands_[k].ub < n_units_)
          cands_of_sentence_[count[units_[cands_[k].ub].sentence]++] = static_cast<uint32_t>(k);
      indexed_cands_ = cands_.size();
    }
    if (sentence + 1 >= sentence_cands_begin_.size()) return {};
    return std::span<const uint32_t>(cands_of_sentence_)
        .subspan(sentence_cands_begin_[sentence],
                 sentence_cands_begin_[sentence + 1] - sentence_cands_begin_[sentence]);
  }

  // The country of every country, place and national body the sentence
  // names, when they are all the same one; else "".
  std::string SoleCountryIn(uint32_t sentence) {
    std::string found;
    const std::span<const uint32_t> ks = CandsOfSentence(sentence);
    for (uint32_t k : ks) {
      const Cand& c = cands_[k];
      if (c.drop || c.ub >= n_units_ || units_[c.ub].sentence != sentence) continue;
      std::string country;
      // A country naming what a thing is about ("resigned over the Iraq
      // war") is not where the people of the sentence serve (its people
      // and bodies still are: "the UK government", "the US firm").
      // Nor is one inside a hyphenated modifier ("the US-led coalition",
      // "a Madrid-style bombing"), except where a thing is based ("a
      // Sheffield-based group": its people's country).
      if (c.form == MentionForm::kName && c.ue + 1 < n_units_ && units_[c.ue].hyphen &&
          units_[c.ue].sentence == sentence && doc_.Text(units_[c.ue + 1].span) != "based")
        continue;
      if (tagged_ && c.form == MentionForm::kName && c.ub > 0 && c.ue < n_units_ &&
          units_[c.ue].sentence == sentence && W(units_[c.ub - 1]) == "the" &&
          units_[c.ue].shape == CaseShape::kLower &&
          doc_.tokens[units_[c.ue].token].pos == Upos::kNoun &&
          !(units_[c.ue].classes & kWordOrgNoun)) {
        const Hit* h = HitAt(c.ue);
        if (h == nullptr || h->kind != Hit::kAgent) continue;
      }
      // Nor is a nationality of people ("kept the Egyptian man in jail").
      if (c.form == MentionForm::kAdjective && c.ue < n_units_ &&
          units_[c.ue].sentence == sentence && (units_[c.ue].classes & kWordPersonNoun))
        continue;
      if (c.type == EntityType::kCountry || c.type == EntityType::kPlace) {
        const int32_t entry = c.code_entry >= 0 ? c.code_entry : c.entry;
        if (entry >= 0) country = lex_.entry(entry).country;
      } else if (c.type == EntityType::kOrganization && c.form == MentionForm::kName &&
                 CountryPrefix(c.aff_code)) {
        country = c.aff_code.substr(0, 3);  // "the Kenya Anti-Corruption Commission"
      }
      if (country.empty()) continue;
      if (!found.empty() && found != country) return "";
      found = country;
    }
    return found;
  }

  // The organisation built last whose name has the word `noun` (a body's
  // role noun as written: "Bank", "Commission"), or -1.
  int32_t BodyShortForm(const std::string& noun) const {
    for (size_t b = builds_.size(); b-- > 0;) {
      const EntityBuild& eb = builds_[b];
      if (eb.e.type != EntityType::kOrganization || eb.cands.empty() || eb.core == noun) continue;
      const std::string& name = eb.core;
      for (size_t at = name.find(noun); at != std::string::npos; at = name.find(noun, at + 1)) {
        const bool starts = at == 0 || name[at - 1] == ' ';
        const bool ends = at + noun.size() == name.size() || name[at + noun.size()] == ' ';
        if (starts && ends) return static_cast<int32_t>(b);
      }
    }
    return -1;
  }

  std::string CoreText(const Cand& c) const {
    return std::string(doc_.Text({units_[c.nb].span.begin, units_[c.ne - 1].span.end}));
  }

  void BuildEntities() {
    std::vector<size_t> order(cands_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return cands_[a].ub != cands_[b].ub ? cands_[a].ub < cands_[b].ub
                                          : cands_[a].ue > cands_[b].ue;
    });
    std::unordered_map<std::string, int32_t> by_key;
    for (size_t k : order) {
      Cand& c = cands_[k];
      if (c.form != MentionForm::kName && c.form != MentionForm::kAdjective) continue;
      if (c.like >= 0) continue;  // joins the entity of the name it repeats, below
      std::string key;
      if (c.entry >= 0 && c.ne - c.nb == 1 && c.form == MentionForm::kName &&
          (c.type == EntityType::kPlace || c.type == EntityType::kCountry)) {
        // "Paris" after "Valeska Paris": the person, not the city.
        std::string core = CoreText(c);
        int32_t person = -1;
        auto pit = person_by_last_word_.find(core);
        if (pit != person_by_last_word_.end() && builds_[pit->second].entry < 0 &&
            builds_[pit->second].e.type == EntityType::kPerson &&
            EndsWithWord(builds_[pit->second].core, core))
          person = pit->second;
        if (person >= 0) {
          Attach(k, person);
          continue;
        }
      }
      if (c.entry >= 0) {
        key = "lex:" + std::to_string(c.entry);
        // A surname alone that the lexicon knows ("Bush", "Mr Howard")
        // after someone else of that name was named in full ("Jeb Bush"),
        // and before the lexicon's person was: the person named, unless an
        // honorific says another gender.
        if (c.ne - c.nb == 1 && c.form == MentionForm::kName && c.type == EntityType::kPerson) {
          const std::string core = CoreText(c);
          auto pit = person_by_last_word_.find(core);
          auto lit = by_key.find(key);
          const bool lexicon_named =
              lit != by_key.end() && builds_[lit->second].core.find(' ') != std::string::npos;
          if (pit != person_by_last_word_.end() && !lexicon_named) {
            const EntityBuild& ob = builds_[pit->second];
            if (ob.entry != c.entry && ob.e.type == EntityType::kPerson && !ob.cands.empty() &&
                ob.core.find(' ') != std::string::npos && EndsWithWord(ob.core, core) &&
                !(ob.gender && HonorificGender(c) && HonorificGender(c) != ob.gender) &&
                NamedPerson(ob)) {
              Attach(k, pit->second);
              continue;
            }
          }
        }
      } else {
        std::string core = CoreText(c);
        key = "name:" + NameKey(core);
        // A single word that ends a known person's name ("Sweet" after
        // "Julie Sweet"), or an acronym of a known name.
        int32_t other = MatchShortForm(c, core);
        // "the Bank" after "the Bank of England", "the Commission" after
        // "the European Commission": a capitalised body noun alone is the
        // organisation named before whose name holds it.
        if (other < 0 && c.ne - c.nb == 1 && (c.body || (units_[c.nb].classes & kWordOrgSuffix)))
          other = BodyShortForm(core);
        if (other >= 0) {
          Attach(k, other);
          continue;
        }
        if (c.weak) {
          weak_.push_back(k);  // decided once every name is known
          continue;
        }
      }
      auto it = by_key.find(key);
      if (it == by_key.end()) {
        EntityBuild eb;
        eb.entry = c.entry;
        eb.code_entry = c.code_entry;
        eb.typed = c.typed;
        eb.e.type = c.type;
        builds_.push_back(std::move(eb));
        it = by_key.emplace(key, static_cast<int32_t>(builds_.size() - 1)).first;
      }
      Attach(k, it->second);
    }
    for (size_t k : chunk_cands_) {
      const Cand& c = cands_[k];
      if (c.like >= 0 && !c.drop && cands_[c.like].entity >= 0) Attach(k, cands_[c.like].entity);
    }
    // Weak words that turn out to be the short form of a later name.
    for (size_t k : weak_) {
      Cand& c = cands_[k];
      int32_t other = MatchShortForm(c, CoreText(c));
      if (other >= 0 && (builds_[other].e.type == EntityType::kPerson ||
                         builds_[other].e.type == EntityType::kOrganization))
        Attach(k, other);
    }
    // Later short forms: "Sweet" said ... before "Julie Sweet" is rare; merge
    // unknown single-word names into a longer person name of the document:
    // of several of that surname ("Michael Jackson", "Katherine Jackson"),
    // the one named most often.
    std::unordered_map<std::string, int32_t> by_surname;
    for (size_t b = 0; b < builds_.size(); ++b) {
      const EntityBuild& eb = builds_[b];
      const size_t sp = eb.core.rfind(' ');
      if (eb.e.type != EntityType::kPerson || eb.cands.empty() || sp == std::string::npos) continue;
      auto [it, added] = by_surname.emplace(eb.core.substr(sp + 1), static_cast<int32_t>(b));
      if (!added && builds_[it->second].cands.size() < eb.cands.size())
        it->second = static_cast<int32_t>(b);
    }
    for (size_t b = 0; b < builds_.size(); ++b) {
      EntityBuild& eb = builds_[b];
      if (eb.cands.empty()) continue;
      std::string core = eb.core;
      if (core.find(' ') != std::string::npos) continue;
      auto it = by_surname.find(core);
      if (it == by_surname.end()) continue;
      size_t o = static_cast<size_t>(it->second);
      if (o == b || builds_[o].cands.empty()) continue;
      EntityBuild& ob = builds_[o];
      // A known person's surname alone ("Mr McConnell") is the person the
      // article named in full with that surname ("First Minister Jack
      // McConnell") when the known one is never named in full nor titled,
      // and the honorifics do not disagree.
      if (eb.entry >= 0 &&
          (eb.e.type != EntityType::kPerson || eb.roles != 0 || ob.entry == eb.entry ||
           (eb.gender && ob.gender && eb.gender != ob.gender)))
        continue;
      if (ob.e.type == EntityType::kPerson && EndsWithWord(ob.core, core))
        MoveMentions(b, o);
    }
    // An acronym the document writes before the organisation's name
    // ("BA" in the headline, "British Airways" in the text): the
    // organisation, when it is the only one of the document with those
    // initials (later ones already joined it, MatchShortForm).
    std::unordered_map<std::string, int32_t> org_initials;  // -1: two of them
    for (size_t o = 0; o < builds_.size(); ++o) {
      const EntityBuild& ob = builds_[o];
      if (ob.cands.empty() || ob.e.type != EntityType::kOrganization ||
          ob.core.find(' ') == std::string::npos)
        continue;
      const std::string ini = Initials(ob.core);
      if (ini.size() < 2) continue;
      auto [it, added] = org_initials.emplace(ini, static_cast<int32_t>(o));
      if (!added && it->second != static_cast<int32_t>(o)) it->second = -1;
    }
    for (size_t b = 0; b < builds_.size() && !org_initials.empty(); ++b) {
      EntityBuild& eb = builds_[b];
      if (eb.entry >= 0 || eb.cands.empty() || eb.core.size() < 2 || eb.core.size() > 6 ||
          eb.e.type != EntityType::kOrganization)
        continue;
      bool caps = true;
      for (char ch : eb.core) caps = caps && IsAsciiUpper(ch);
      if (!caps) continue;
      auto it = org_initials.find(eb.core);
      if (it == org_initials.end() || it->second < 0 || it->second == static_cast<int32_t>(b))
        continue;
      MoveMentions(b, static_cast<size_t>(it->second));
    }
    // An unknown multi-word "person" that opens the name of an organisation
    // the document named before it ("Penn Traffic Co ... Penn Traffic",
    // "Miller Tabak Hirsch and Co ... Miller Tabak") is its short form,
    // unless a title or an honorific makes it a person. (Named first, the
    // person is the organisation's namesake: "Andy Warhol ... the Andy
    // Warhol Museum".)
    // (The organisations by name, so that a person reads only those whose
    // name opens with theirs; the first of them in build order is taken.)
    auto first_unit = [&](const EntityBuild& x) {
      uint32_t u = UINT32_MAX;
      for (size_t k : x.cands) u = std::min(u, cands_[k].ub);
      return u;
    };
    std::vector<std::pair<std::string_view, uint32_t>> orgs;  // (name, first unit)
    std::vector<size_t> org_build;
    for (size_t o = 0; o < builds_.size(); ++o) {
      const EntityBuild& ob = builds_[o];
      if (ob.cands.empty() || ob.e.type != EntityType::kOrganization || !ob.typed) continue;
      org_build.push_back(o);
    }
    std::sort(org_build.begin(), org_build.end(),
              [&](size_t x, size_t y) { return builds_[x].core < builds_[y].core; });
    for (size_t o : org_build) orgs.emplace_back(builds_[o].core, first_unit(builds_[o]));
    for (size_t b = 0; b < builds_.size() && !orgs.empty(); ++b) {
      EntityBuild& eb = builds_[b];
      if (eb.entry >= 0 || eb.cands.empty() || eb.e.type != EntityType::kPerson ||
          eb.core.find(' ') == std::string::npos || eb.roles != 0 || eb.agent >= 0)
        continue;
      bool bare = true;
      for (size_t k : eb.cands) bare = bare && cands_[k].ub == cands_[k].nb;
      if (!bare) continue;
      const std::string prefix = eb.core + " ";
      const uint32_t first = first_unit(eb);
      size_t best = SIZE_MAX;
      for (auto it = std::lower_bound(orgs.begin(), orgs.end(),
                                      std::make_pair(std::string_view(prefix), uint32_t{0}));
           it != orgs.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const size_t o = org_build[static_cast<size_t>(it - orgs.begin())];
        if (it->second <= first) best = std::min(best, o);
      }
      if (best != SIZE_MAX) MoveMentions(b, best);
    }
    TypePlacesByCue();
    TypePersonsByCue();
    TypeSportsPersons();
    TypeClubsNamedLikePeople();
  }

  // Whether name candidate c reads as a side in a sports story: a fixture
  // ("Burnley v Blackburn"), the club of the person before it in brackets
  // ("Savage (Blackburn)"), or before a word for the club's people
  // ("Blackburn boss Mark Hughes", "Blackburn midfielder Aaron Mokoena").
  bool ReadsAsSide(const Cand& c) const {
    const uint32_t sentence = units_[c.nb].sentence;
    auto word_at = [&](int64_t u) -> std::string_view {
      if (u < 0 || u >= static_cast<int64_t>(n_units_) || units_[u].sentence != sentence) return "";
      return doc_.Text(units_[u].span);
    };
    const std::string_view before = word_at(static_cast<int64_t>(c.nb) - 1);
    const std::string_view after = word_at(c.ne);
    if (before == "v" || before == "vs" || before == "v." || after == "v" || after == "vs" ||
        after == "v.")
      return true;
    if (before == "(" && after == ")" && c.nb >= 2 && NameLike(units_[c.nb - 2])) return true;
    if (c.ne < n_units_ && units_[c.ne].sentence == sentence &&
        units_[c.ne].shape == CaseShape::kLower &&
        IsOneOf(after, {"boss", "manager", "coach", "chairman", "chief", "owner", "captain",
                        "striker", "midfielder",
                        "defender", "goalkeeper", "keeper", "winger", "forward", "fly-half",
                        "scrum-half", "fans", "side", "team", "squad", "player", "players",
                        "supporters", "board", "director"}))
      return true;
    return false;
  }

  // Whether a word is written with a capital inside it after small letters,
  // as brands are ("EverQuest", "PlayStation"), not as surnames are
  // ("McDonald", "MacArthur", "DiCaprio", "LeBron": a capital after the
  // first one to three letters).
  static bool InnerCapital(std::string_view t) {
    for (size_t i = 4; i < t.size(); ++i)
      if (IsAsciiUpper(t[i]) && IsAsciiLower(t[i - 1])) return true;
    return false;
  }

  // In a sports story, an unknown one-word name nothing typed is a player,
  // a coach or a referee ("Hewitt beat Moya", "Wenger praised Makelele",
  // a line-up "Bullock, Duff, Wilson, Ritchie"): clubs there are towns or
  // names the lexicon knows. Not when a mention reads as a team's
  // nickname, after "the" or in the plural of a common noun ("the Lions",
  // "Saints"), is an acronym ("AAA"), stands where places do ("at
  // Murrayfield"), reads as a side (ReadsAsSide), follows a noun that says
  // what organisation it is ("publishers Sega"), is spelled as a brand
  // ("EverQuest") or is a point of the compass.
  void TypeSportsPersons() {
    if (!sports_story_) return;
    for (EntityBuild& eb : builds_) {
      // Names that only open sentences or lines stay as they were
      // (KeepUntyped): "Scoreboard on the first day", "Total ( for 3 )".
      if (eb.entry >= 0 || eb.typed || eb.cands.empty() ||
          eb.e.type != EntityType::kOrganization ||
          std::count(eb.core.begin(), eb.core.end(), ' ') > 1 || !KeepUntyped(eb))
        continue;
      bool person = true;
      for (size_t k : eb.cands) {
        const Cand& c = cands_[k];
        if (c.form != MentionForm::kName) continue;
        const Unit& u = units_[c.nb];
        // Two words: an initial or a given name and a surname ("J Hayes",
        // "Aamir Sohail"), unless the second ends names of clubs or places
        // ("Sporting Club", "Harwick Park"), the initials are an acronym
        // the lexicon knows ("NBA Live") or the words are common ones
        // ("Boxing Day", "Honours List"; "Will" is a given name too).
        if (c.ne - c.nb == 2) {
          if (TwoWordPlayer(c)) continue;
          person = false;
          break;
        }
        const std::string_view text = doc_.Text(u.span);
        const Token& tok = doc_.tokens[u.token];
        const bool plural = tagged_ && !tok.lemma.empty() && tok.lemma.size() < text.size() &&
                            EndsWith(text, "s");
        const bool org_noun_before = c.nb > 0 && units_[c.nb - 1].shape == CaseShape::kLower &&
                                     (units_[c.nb - 1].classes & kWordOrgNoun);
        if (c.ne - c.nb != 1 || u.shape != CaseShape::kCapitalized || plural ||
            (c.nb > 0 && W(units_[c.nb - 1]) == "the") || PlaceCue(c) || ReadsAsSide(c) ||
            org_noun_before || InnerCapital(text) ||
            IsOneOf(text, {"North", "South", "East", "West", "Central"})) {
          person = false;
          break;
        }
      }
      if (person) {
        eb.e.type = EntityType::kPerson;
        eb.typed = true;
      }
    }
  }

  // Whether one-word name c is used as a team is: with a plural verb after
  // it ("Chelsea have yet to ...", not after "and"), after a side's
  // standing or a match's verb ("leaders Chelsea", "against Chelsea"), or
  // beside a known organisation in a list ("Chelsea and Arsenal",
  // "Arsenal, Chelsea").
  bool TeamUsage(const Cand& c) const {
    const uint32_t sentence = units_[c.nb].sentence;
    auto word = [&](int64_t u) -> std::string_view {
      if (u < 0 || u >= static_cast<int64_t>(n_units_) || units_[u].sentence != sentence) return "";
      return W(units_[u]);
    };
    const std::string_view before = word(static_cast<int64_t>(c.nb) - 1);
    const std::string_view after = word(c.ne);
    if (IsOneOf(after, {"have", "are", "were"}) && before != "and" && before != "&" &&
        before != ",")
      return true;
    // After a word for a side's standing or a match's verb: "leaders
    // Chelsea", "rivals Chelsea", "against Chelsea", "beat Chelsea",
    // "joined Chelsea".
    if (IsOneOf(before, {"leaders", "champions", "rivals", "holders", "against", "beat", "beating",
                         "face", "facing", "joined", "joining"}))
      return true;
    // "Chelsea's John Terry": the side's player.
    if (c.ne + 2 < n_units_ && IsPossessive(units_[c.ne]) &&
        units_[c.ne + 1].sentence == sentence && (units_[c.ne + 1].classes & kWordGivenName) &&
        NameLike(units_[c.ne + 2]))
      return true;
    auto known_org = [&](const Hit* h) {
      if (h == nullptr || h->kind != Hit::kName) return false;
      for (uint32_t p : h->patterns)
        if (PatternType(p) == EntityType::kOrganization) return true;
      return false;
    };
    if ((before == "and" || before == ",") && c.nb >= 2) {
      const int32_t k = CandEndingAt(c.nb - 1);
      if (k >= 0 && cands_[k].entry >= 0 && cands_[k].type == EntityType::kOrganization &&
          cands_[k].form == MentionForm::kName)
        return true;
    }
    if ((after == "and" || after == ",") && c.ne + 1 < n_units_ &&
        units_[c.ne + 1].sentence == sentence)
      return known_org(HitAt(c.ne + 1));
    return false;
  }

  // A town whose name is also a given name ("Chelsea", "Florence"), that
  // the article only ever writes alone, once where a side stands ("Chelsea
  // boss Jose Mourinho", "Burnley v Chelsea") or a team is written of
  // (TeamUsage), is its club, not a person known by a first name. (A
  // person named so has a surname in the article: "Chelsea Clinton", then
  // "Chelsea"; a sports story alone is no sign: "David has earned his
  // place" is a player.)
  void TypeClubsNamedLikePeople() {
    for (EntityBuild& eb : builds_) {
      if (eb.entry >= 0 || eb.e.type != EntityType::kPerson || eb.cands.empty() ||
          eb.core.find(' ') != std::string::npos)
        continue;
      bool alone = true, side = false, town = false;
      for (size_t k : eb.cands) {
        const Cand& c = cands_[k];
        if (c.form != MentionForm::kName) continue;
        if (c.ne != c.nb + 1 || c.agent >= 0 || !(units_[c.nb].classes & kWordGivenName)) {
          alone = false;
          break;
        }
        side = side || ReadsAsSide(c) || TeamUsage(c);
      }
      if (!alone || !side) continue;
      for (uint32_t entry : lex_.FindEntries(eb.core)) {
        const LexEntry& e = lex_.entry(lex_.Canonical(entry));
        town = town || (e.type == EntityType::kPlace && (e.flags & kEntryCity));
      }
      if (!town) continue;
      eb.e.type = EntityType::kOrganization;
      eb.gender = 0;
      eb.typed = true;
    }
  }

  // See TypeSportsPersons.
  bool TwoWordPlayer(const Cand& c) const {
    const Unit& first = units_[c.nb];
    const Unit& last = units_[c.nb + 1];
    if (last.shape != CaseShape::kCapitalized ||
        ((first.classes | last.classes) & (kWordOrgSuffix | kWordPlaceSuffix)) ||
        W(first) == "the" || (c.nb > 0 && W(units_[c.nb - 1]) == "the") || PlaceCue(c) ||
        ReadsAsSide(c) || InnerCapital(doc_.Text(last.span)))
      return false;
    std::string_view t = doc_.Text(first.span);
    if (!t.empty() && t.back() == '.') t.remove_suffix(1);
    const bool initials = !t.empty() && t.size() <= 3 &&
                          std::all_of(t.begin(), t.end(), [](char ch) { return IsAsciiUpper(ch); });
    if (initials) return HitAt(c.nb) == nullptr;
    if (first.shape != CaseShape::kCapitalized) return false;
    if (first.classes & kWordGivenName) return true;
    return !((first.classes | last.classes) & kWordCommon);
  }

  // An unknown name nothing typed is a person when one of its mentions
  // does what only people do ("Holt smiled", "Holt resigned", "Holt's
  // wife"), is given an age ("Holt, 45,") or a relative clause of "who",
  // and none stands where places do.
  void TypePersonsByCue() {
    for (EntityBuild& eb : builds_) {
      if (eb.entry >= 0 || eb.typed || eb.cands.empty()) continue;
      bool person = false;
      for (size_t k : eb.cands) {
        const Cand& c = cands_[k];
        if (c.form != MentionForm::kName) continue;
        if (PlaceCue(c)) {
          person = false;
          break;
        }
        // A capitalised word opening a sentence may be any word ("Nobody
        // died"): a cue only where the tagger reads a proper noun.
        if (units_[c.nb].sentence_start && !(tagged_ && PosOf(units_[c.nb]) == Upos::kPropn))
          continue;
        uint32_t u = c.ne;
        if (u < n_units_ && IsPossessive(units_[u])) ++u;  // "Holt's wife"
        // "Holt, 45, ..."
        if (u + 2 < n_units_ && doc_.Text(units_[u].span) == "," &&
            units_[u + 1].shape == CaseShape::kNoLetters && units_[u + 1].is_word &&
            doc_.Text(units_[u + 1].span).size() <= 2 && doc_.Text(units_[u + 2].span) == ",")
          person = true;
        if (u < n_units_ && units_[u].sentence == units_[c.nb].sentence &&
            (units_[u].classes & kWordPersonVerb))
          person = true;
        // "Erasmus, who ...", "Mensah, whom ...": organisations and places
        // take "which" or "that". (Not a group that British English gives
        // "who" and a plural verb, "Korn, who are", nor a name spelled as
        // brands are, "eDonkey", or opening with "The".)
        uint32_t w = c.ne;
        if (w < n_units_ && doc_.Text(units_[w].span) == ",") ++w;
        if (w + 1 < n_units_ && units_[w].sentence == units_[c.nb].sentence &&
            IsOneOf(W(units_[w]), {"who", "whom"}) &&
            !IsOneOf(W(units_[w + 1]), {"are", "were", "have", "'re", "'ve"}) &&
            !InnerCapital(doc_.Text(units_[c.nb].span)) && units_[c.nb].shape != CaseShape::kMixed &&
            W(units_[c.nb]) != "the")
          person = true;
      }
      if (person) {
        eb.e.type = EntityType::kPerson;
        eb.typed = true;
      }
    }
  }

  // An unknown name nothing typed ("Tulsa", "Fort Lee": the organisation
  // guess) is a place when at least half of its mentions, and one at
  // least, stand where places do ("a motel in Tulsa"); "life in
  // Scientology" once among six mentions is no such evidence.
  void TypePlacesByCue() {
    for (EntityBuild& eb : builds_) {
      if (eb.entry >= 0 || eb.typed || eb.cands.empty()) continue;
      size_t cues = 0, names = 0;
      for (size_t k : eb.cands) {
        const Cand& c = cands_[k];
        if (c.form != MentionForm::kName) continue;
        ++names;
        if (c.ne - c.nb <= 2 && !(units_[c.nb].classes & kWordGivenName) && PlaceCue(c)) ++cues;
      }
      if (cues > 0 && 2 * cues >= names) {
        eb.e.type = EntityType::kPlace;
        eb.typed = true;
      }
    }
  }

  static bool EndsWithWord(const std::string& full, const std::string& last) {
    if (full.size() <= last.size() + 1) return false;
    return full.compare(full.size() - last.size(), last.size(), last) == 0 &&
           full[full.size() - last.size() - 1] == ' ';
  }

  static std::string Initials(const std::string& name) {
    std::string initials;
    bool start = true;
    for (char ch : name) {
      if (start && IsAsciiUpper(ch)) initials.push_back(ch);
      start = ch == ' ' || ch == '-';
    }
    return initials;
  }

  // Whether a person build reads as someone named: a given name the
  // lexicon knows opens one of its names, or it has a title or role, or
  // more than one mention (not a title-case headline's "Sees Reagan").
  bool NamedPerson(const EntityBuild& eb) const {
    if (eb.roles != 0 || eb.cands.size() >= 2) return true;
    for (size_t k : eb.cands)
      if (cands_[k].ne - cands_[k].nb >= 2 && (units_[cands_[k].nb].classes & kWordGivenName))
        return true;
    return false;
  }

  int32_t MatchShortForm(const Cand& c, const std::string& core) {
    bool one_word = core.find(' ') == std::string::npos;
    if (!one_word) return -1;
    // "The", "And": no one's surname.
    if (units_[c.nb].classes & (kWordDeterminer | kWordConnector | kWordNotName)) return -1;
    auto it = person_by_last_word_.find(core);
    if (it != person_by_last_word_.end()) {
      const EntityBuild& eb = builds_[it->second];
      if (!eb.cands.empty() && eb.e.type == EntityType::kPerson && EndsWithWord(eb.core, core))
        return it->second;
    }
    // The name after "of" in an organisation's ("Scientology" after "the
    // Church of Scientology"; a word the lexicon knows, "England" after
    // "the Bank of England", never comes here).
    if (units_[c.nb].shape == CaseShape::kCapitalized) {
      auto jt = org_by_of_tail_.find(core);
      if (jt != org_by_of_tail_.end()) {
        const EntityBuild& eb = builds_[jt->second];
        if (!eb.cands.empty() && eb.e.type == EntityType::kOrganization && eb.typed) return jt->second;
      }
    }
    // Acronym of an organisation's name ("EADS").
    if (core.size() >= 2 && units_[c.nb].shape == CaseShape::kAllCaps) {
      auto jt = org_by_initials_.find(core);
      if (jt != org_by_initials_.end()) {
        const EntityBuild& eb = builds_[jt->second];
        if (!eb.cands.empty() && (eb.e.type == EntityType::kOrganization || !eb.typed) &&
            Initials(eb.core) == core)
          return jt->second;
      }
    }
    return -1;
  }

  // Keeps the short-form maps up to date with a build's name and type.
  void IndexBuild(int32_t b) {
    const EntityBuild& eb = builds_[b];
    size_t sp = eb.core.rfind(' ');
    if (sp == std::string::npos) return;
    if (eb.e.type == EntityType::kPerson) person_by_last_word_[eb.core.substr(sp + 1)] = b;
    if (eb.e.type == EntityType::kOrganization || !eb.typed) {
      std::string ini = Initials(eb.core);
      if (ini.size() >= 2) org_by_initials_[ini] = b;
    }
    const size_t of = eb.core.rfind(" of ");
    if (eb.e.type == EntityType::kOrganization && eb.typed && of != std::string::npos &&
        of + 4 == sp + 1)
      org_by_of_tail_[eb.core.substr(sp + 1)] = b;
  }

  // Moves every mention of build `from` to build `to`.
  void MoveMentions(size_t from, size_t to) {
    EntityBuild& eb = builds_[from];
    EntityBuild& ob = builds_[to];
    for (size_t k : eb.cands) cands_[k].entity = static_cast<int32_t>(to);
    ob.cands.insert(ob.cands.end(), eb.cands.begin(), eb.cands.end());
    eb.cands.clear();
  }

  void Attach(size_t k, int32_t b) {
    Cand& c = cands_[k];
    EntityBuild& eb = builds_[b];
    c.entity = b;
    eb.cands.push_back(k);
    if (c.form == MentionForm::kName) {
      // The longest name; of two as long, one not in capitals ("Leeds"
      // over a headline's "LEEDS").
      std::string core = CoreText(c);
      if (core.size() > eb.core.size() ||
          (core.size() == eb.core.size() && CaseShapeOf(eb.core) == CaseShape::kAllCaps &&
           CaseShapeOf(core) != CaseShape::kAllCaps))
        eb.core = core;
    }
    if (c.typed && !eb.typed) {
      eb.typed = true;
      eb.e.type = c.type;
    }
    if (c.roles != 0 && !c.former) eb.roles |= c.roles;
    if (c.former) eb.former = true;
    if (!c.aff_code.empty() && eb.aff_code.empty()) eb.aff_code = c.aff_code;
    if (c.agent >= 0 && eb.agent < 0) eb.agent = c.agent;
    if (c.form == MentionForm::kName && !c.former && !c.deputy) AddTitle(eb, c.agent);
    if (c.gender && !eb.gender) eb.gender = c.gender;
    if (eb.code_entry < 0 && c.code_entry >= 0) eb.code_entry = c.code_entry;
    IndexBuild(b);
  }

  static bool HasTitle(const EntityBuild& eb, int32_t agent) {
    return std::find(eb.titles.begin(), eb.titles.end(), agent) != eb.titles.end();
  }
  // Records agent (if any) among the build's titles.
  static void AddTitle(EntityBuild& eb, int32_t agent) {
    if (agent >= 0 && !HasTitle(eb, agent)) eb.titles.push_back(agent);
  }

  // ---- pronouns ----

  // Person mentions, and organisation and country names (for "it"), in
  // text order; where each quotation closing at a token began.
  void IndexPronounTargets() {
    person_mentions_.clear();
    body_mentions_.clear();
    for (size_t k = 0; k < cands_.size(); ++k) {
      const Cand& c = cands_[k];
      if (c.entity < 0 || c.drop || c.form == MentionForm::kAdjective) continue;
      const EntityType t = builds_[c.entity].e.type;
      if (t == EntityType::kPerson) person_mentions_.emplace_back(c.ub, k);
      if (c.form == MentionForm::kName &&
          (t == EntityType::kOrganization || t == EntityType::kCountry))
        body_mentions_.emplace_back(c.ub, k);
    }
    std::sort(person_mentions_.begin(), person_mentions_.end());
    std::sort(body_mentions_.begin(), body_mentions_.end());
    quote_open_by_close_.clear();
    std::unordered_map<int32_t, int32_t> group_open;
    for (const QuotedSpan& q : doc_.quoted) {
      if (q.open_token < 0) continue;
      auto [it, added] = group_open.emplace(q.group, q.open_token);
      if (!added) it->second = std::min(it->second, q.open_token);
    }
    for (const QuotedSpan& q : doc_.quoted)
      if (q.close_token >= 0) quote_open_by_close_[q.close_token] = group_open[q.group];
  }

  struct PronounLink {
    uint32_t unit = 0;
    int32_t entity = -1;
  };

  // Whether a person other than `entity` whose gender is not known to
  // differ from `gender` is named between units a and b.
  bool PersonBetween(uint32_t a, uint32_t b, int32_t entity, char gender) const {
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(),
                               std::make_pair(a, size_t{0}));
    for (; it != person_mentions_.end() && it->first < b; ++it) {
      const Cand& c = cands_[it->second];
      if (c.entity == entity) continue;
      const EntityBuild& eb = builds_[c.entity];
      char g = eb.gender;
      if (eb.entry >= 0 && lex_.entry(eb.entry).gender) g = lex_.entry(eb.entry).gender;
      if (!g || g == gender) return true;
    }
    return false;
  }

  void FindPronouns() {
    IndexPronounTargets();
    PronounLink last_he, last_she;
    for (uint32_t i = 0; i < n_units_; ++i) {
      const Unit& u = units_[i];
      bool male = (u.classes & kWordPronounMale) != 0;
      bool female = (u.classes & kWordPronounFemale) != 0;
      if (!u.is_word || !(male || female)) continue;
      std::string_view f = W(u);
      if (f != "he" && f != "she") continue;
      // A speaker, or with a parse any subject ("He praised Mr Blair"): in
      // its own sentence only a subject before it is its antecedent
      // ("Kennedy will attack Mr Blair's words as he begins a tour").
      const bool speaks = SpeaksAt(i);
      if (!speaks && !(tagged_ && (doc_.tokens[u.token].dep == Dep::kNsubj ||
                                   doc_.tokens[u.token].dep == Dep::kNsubjPass)))
        continue;
      char g = male ? 'm' : 'f';
      int32_t b = LastPersonBefore(i, g, ReportedBefore(i), /*subject_in_sentence=*/!speaks);
      PronounLink& last = male ? last_he : last_she;
      // Further back, the same person as the last "he" (or "she", a
      // speaker or a subject) when no other person has been named since: a
      // run of quotations between.
      if (b < 0 && speaks && last.entity >= 0 &&
          units_[last.unit].sentence + 6 >= units_[i].sentence &&
          !PersonBetween(last.unit, i, last.entity, g))
        b = last.entity;
      if (b < 0) continue;
      AddPronoun(i, b, EntityType::kPerson);
      last = PronounLink{i, b};
    }
    // "it said": the organisation or country last named as a subject.
    // (Not every acting "it": tried, 2026-11-27; see docs/lexicon.md.)
    for (uint32_t i = 0; i < n_units_; ++i) {
      const Unit& u = units_[i];
      if (!u.is_word || doc_.Text(u.span).size() != 2 || W(u) != "it" || !SpeaksAt(i)) continue;
      const int32_t b = LastBodyBefore(i, ReportedBefore(i));
      if (b >= 0) AddPronoun(i, b, builds_[b].e.type);
    }
    // "Russia said its troops would withdraw", "China says their navy
    // ...": "its"/"their" before a role noun is the organisation or
    // country named as the subject of the first verb above the role's
    // phrase with a subject of its own ("Biden and Putin agreed to send
    // their ambassadors": people, no body), in the same sentence.
    for (uint32_t i = 0; i + 1 < n_units_; ++i) {
      const Unit& u = units_[i];
      if (!u.is_word || (W(u) != "its" && W(u) != "their") || !tagged_) continue;
      const Hit* role = HitAt(i + 1);
      if (role == nullptr || role->kind != Hit::kAgent || role->ub != i + 1 ||
          units_[i + 1].sentence != u.sentence)
        continue;
      // Up the parse from the role noun to the first verb with a subject
      // other than the role's phrase: that subject, when a body's name.
      const std::vector<Token>& tok = doc_.tokens;
      const int32_t role_token = static_cast<int32_t>(units_[i + 1].token);
      int32_t subject = -1;
      for (int32_t v = tok[role_token].head, guard = 0; v >= 0 && guard < 6 && subject < 0;
           v = tok[v].head, ++guard) {
        if (tok[v].pos != Upos::kVerb && tok[v].pos != Upos::kAux) continue;
        for (int32_t j = std::max(0, v - 40); j < v && subject < 0; ++j)
          if (tok[j].head == v && (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass) &&
              j != role_token)
            subject = j;
      }
      if (subject < 0) continue;
      int32_t b = -1;
      ForBodiesBefore(i, n_units_, 0, [&](const Cand& c, uint32_t cs) {
        if (cs != u.sentence) return true;
        if (static_cast<int32_t>(units_[c.ub].token) <= subject &&
            subject <= static_cast<int32_t>(units_[c.ue - 1].token)) {
          b = c.entity;
          return true;
        }
        return false;
      });
      if (b >= 0) AddPronoun(i, b, builds_[b].e.type);
    }
    // "the company said", "the firm has said": the business last named in
    // the five sentences before (or earlier in its own).
    for (uint32_t i = 1; i < n_units_; ++i) {
      const Unit& u = units_[i];
      if (!u.is_word || u.shape != CaseShape::kLower || (W(u) != "company" && W(u) != "firm") ||
          W(units_[i - 1]) != "the" || units_[i - 1].sentence != u.sentence || !SpeaksAt(i, false))
        continue;
      const int32_t b = LastBusinessBefore(i - 1, ReportedBefore(i - 1));
      if (b >= 0) AddReference(i - 1, i + 1, MentionForm::kNominal, b, EntityType::kOrganization);
    }
  }

  // The business named last as a clause's subject before unit u, in its
  // sentence or the five before it (skipping the mentions from unit
  // skip_from on): an organisation the lexicon codes as a business or a
  // medium, or one it does not know. -1 if none.
  int32_t LastBusinessBefore(uint32_t u, uint32_t skip_from) const {
    int32_t found = -1;
    ForBodiesBefore(u, skip_from, 5, [&](const Cand& c, uint32_t) {
      const EntityBuild& eb = builds_[c.entity];
      if (eb.e.type != EntityType::kOrganization) return false;
      const int32_t which = eb.code_entry >= 0 ? eb.code_entry : eb.entry;
      if (which >= 0) {
        const std::string& code = lex_.entry(which).code;
        if (code.find("BUS") == std::string::npos && code.find("MED") == std::string::npos)
          return false;
      }
      if (tagged_ && !IsSubject(c)) return false;
      found = c.entity;
      return true;
    });
    return found;
  }

  // Calls fn(mention, its sentence) on the organisation and country names
  // before unit u, the nearest first, in u's sentence and the `back`
  // sentences before it, skipping those from unit skip_from on, until fn
  // returns true.
  template <typename Fn>
  void ForBodiesBefore(uint32_t u, uint32_t skip_from, uint32_t back, Fn fn) const {
    const uint32_t sent = units_[u].sentence;
    auto it = std::lower_bound(body_mentions_.begin(), body_mentions_.end(),
                               std::make_pair(u, size_t{0}));
    while (it != body_mentions_.begin()) {
      --it;
      const Cand& c = cands_[it->second];
      const uint32_t cs = units_[c.ub].sentence;
      if (cs + back < sent) return;
      if (c.ub >= skip_from || c.entity < 0) continue;
      if (fn(c, cs)) return;
    }
  }

  // Whether the pronoun at unit i is the subject of a speech verb, maybe
  // after an adverb or auxiliary ("he added", "she did say"), or follows one
  // ("..., said he") when `inverted`.
  bool SpeaksAt(uint32_t i, bool inverted = true) const {
    const Unit& u = units_[i];
    for (uint32_t j = i + 1; j < n_units_ && j <= i + 3; ++j) {
      const Unit& v = units_[j];
      if (v.sentence != u.sentence || !v.is_word) break;
      if (v.classes & kWordSpeechVerb) return true;
      std::string_view t = doc_.Text(v.span);
      if (!(EndsWith(t, "ly") || IsOneOf(W(v), {"also", "later", "then", "again", "has", "had",
                                                "have", "would", "will", "further", "once",
                                                "still", "did", "does", "do", "could", "can",
                                                "may", "might", "should", "must"})))
        break;
    }
    // "..., said he" is rarer but the same.
    return inverted && i > 0 && (units_[i - 1].classes & kWordSpeechVerb);
  }

  // Adds the pronoun at unit i as a mention of entity b.
  void AddPronoun(uint32_t i, int32_t b, EntityType type) {
    AddReference(i, i + 1, MentionForm::kPronoun, b, type);
  }

  // Adds units [ub, ue) as a mention of entity b.
  void AddReference(uint32_t ub, uint32_t ue, MentionForm form, int32_t b, EntityType type) {
    Cand c;
    c.ub = c.nb = ub;
    c.ue = c.ne = ue;
    c.form = form;
    c.type = type;
    c.typed = true;
    c.entity = b;
    builds_[b].cands.push_back(cands_.size());
    cands_.push_back(c);
  }

  // Whether token t is the active subject of a verb ("they demanded").
  bool ActingSubject(uint32_t t) const {
    if (!tagged_) return false;
    const Token& k = doc_.tokens[t];
    return k.dep == Dep::kNsubj && k.head >= 0 && doc_.tokens[k.head].pos == Upos::kVerb;
  }

  // The organisation or country a speaking "it" at unit u refers to: in its
  // sentence the most recent one named before it, else in the sentence
  // before the first one that is a clause's subject; skipping the mentions
  // from unit skip_from on. -1 if none.
  int32_t LastBodyBefore(uint32_t u, uint32_t skip_from) const {
    const uint32_t sent = units_[u].sentence;
    int32_t found = -1;  // read backwards: ends at the sentence's first subject
    // In its own sentence, the last body named as a subject, else the last
    // named ("Turkey, which occupies northern Cyprus, insisted it would
    // not ...": Turkey).
    int32_t nearest = -1;
    // (Two sentences back when the one before names none as its subject.)
    uint32_t reading = sent;
    ForBodiesBefore(u, skip_from, 2, [&](const Cand& c, uint32_t cs) {
      if (cs == sent) {
        if (nearest < 0) nearest = c.entity;
        if (!tagged_ || IsSubject(c)) {
          found = c.entity;
          return true;
        }
        return false;
      }
      if (nearest >= 0) return true;
      if (cs != reading) {
        if (found >= 0) return true;
        reading = cs;
      }
      // (There, an organisation only: a country so far back is more often
      // a place the story mentions than the speaker.)
      if (IsSubject(c) && (cs + 1 == sent || builds_[c.entity].e.type == EntityType::kOrganization))
        found = c.entity;
      return false;
    });
    return found >= 0 ? found : nearest;
  }

  // Where the words the speaking pronoun at unit u reports begin, when they
  // come before it: a quotation that closes right before it ("...," he
  // said), from its opening mark, and the rest of its sentence; or, with no
  // marks, the sentence before ", he said." ending it. Names there are not
  // the pronoun's (the speaker does not name himself in his words, and a
  // pronoun that governs a clause cannot take a name inside it: "Sullivan
  // made the decisions, he said" is about someone else). u if none.
  uint32_t ReportedBefore(uint32_t u) const {
    const uint32_t sent_start = SentenceStart(u);
    if (u == 0 || !units_[u - 1].is_word) {
      uint32_t j = u;
      while (j > sent_start && !units_[j - 1].is_word &&
             doc_.tokens[units_[j - 1].token].kind != TokenKind::kQuoteMark) {
        --j;  // a comma between the mark and the pronoun
      }
      if (j > 0 && j - 1 < n_units_) {
        const Token& mark = doc_.tokens[units_[j - 1].token];
        if (mark.kind == TokenKind::kQuoteMark && mark.Has(Token::kClosesQuote) &&
            !doc_.tokens[units_[u].token].Has(Token::kInQuote)) {
          uint32_t from = sent_start;
          auto open = quote_open_by_close_.find(static_cast<int32_t>(units_[j - 1].token));
          if (open != quote_open_by_close_.end() && open->second >= 0)
            from = std::min(from, UnitOfToken(static_cast<uint32_t>(open->second)));
          return from;
        }
      }
    }
    // No marks: ", he said." or ", he told reporters." closing the sentence.
    if (u > sent_start && doc_.Text(units_[u - 1].span) == ",") {
      uint32_t words = 0;
      for (uint32_t j = u + 1; j < n_units_ && units_[j].sentence == units_[u].sentence; ++j) {
        if (!units_[j].is_word) {
          std::string_view t = doc_.Text(units_[j].span);
          if (t == "." || t == "!" || t == "?") return sent_start;
          return u;
        }
        if (W(units_[j]) == "that" || ++words > 5) return u;
      }
      return sent_start;
    }
    return u;
  }

  // The first unit of unit u's sentence.
  uint32_t SentenceStart(uint32_t u) const { return sent_begin_[units_[u].sentence]; }

  // The first unit at or after token t.
  uint32_t UnitOfToken(uint32_t t) const {
    uint32_t lo = 0, hi = n_units_;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      if (units_[mid].token < t) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // The entity of the person the speaking pronoun at unit u refers to: the
  // most recent person mention before it in its own sentence, else, in each
  // of the two previous sentences from the nearest, the first mention that
  // is a clause's subject (a pronoun continues the subject of the sentence
  // before it, "Mr Ebbers rejected claims he pressured Sullivan. ... he
  // said" is Ebbers'), else that sentence's most recent mention; whose
  // gender is not known to differ, skipping the mentions from unit
  // `skip_from` on. With subject_in_sentence (a pronoun that is not a
  // speaker's), only a subject mention in its own sentence.
  int32_t LastPersonBefore(uint32_t u, char gender, uint32_t skip_from,
                           bool subject_in_sentence = false) const {
    uint32_t sent = units_[u].sentence;
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(),
                               std::make_pair(u, size_t{0}));
    int32_t recent = -1;        // most recent of the sentence being read
    int32_t subject = -1;       // its first subject mention so far (leftmost)
    uint32_t reading = sent;    // the sentence being read
    auto settle = [&]() { return subject >= 0 ? subject : recent; };
    while (it != person_mentions_.begin()) {
      --it;
      const Cand& c = cands_[it->second];
      const uint32_t cs = units_[c.ub].sentence;
      if (cs + 2 < sent) break;
      if (c.ub >= skip_from) continue;
      const EntityBuild& eb = builds_[c.entity];
      char g = eb.gender;
      if (eb.entry >= 0 && lex_.entry(eb.entry).gender) g = lex_.entry(eb.entry).gender;
      if (g && g != gender) continue;
      if (cs == sent) {
        if (!subject_in_sentence || IsSubject(c)) return c.entity;
        continue;
      }
      if (cs != reading) {
        if (settle() >= 0) return settle();
        reading = cs;
        recent = subject = -1;
      }
      if (recent < 0) recent = c.entity;
      if (IsSubject(c)) subject = c.entity;  // read backwards: keeps the first
    }
    return settle();
  }

  // A speaking "they" ("they said", "..., they added"): the group or
  // organisation it continues ("Russian officials met on Monday. They said
  // ..."). Groups are built from role nouns after the names, so this runs
  // once they exist.
  void FindTheyPronouns() {
    std::vector<std::pair<uint32_t, size_t>> groups;
    for (size_t k = 0; k < cands_.size(); ++k) {
      const Cand& c = cands_[k];
      if (c.entity < 0 || c.drop || c.form == MentionForm::kPronoun ||
          c.form == MentionForm::kAdjective)
        continue;
      const EntityType t = builds_[c.entity].e.type;
      if (t == EntityType::kGroup || (t == EntityType::kOrganization && builds_[c.entity].typed))
        groups.emplace_back(c.ub, k);
    }
    if (groups.empty() || !tagged_) return;
    std::sort(groups.begin(), groups.end());
    for (uint32_t i = 0; i < n_units_; ++i) {
      const Unit& u = units_[i];
      if (!u.is_word || doc_.Text(u.span).size() != 4 || W(u) != "they") continue;
      // A speaker, or one acting ("They also demanded ..."; not "they are").
      if (!SpeaksAt(i, false) && !ActingSubject(u.token)) continue;
      // The nearest group or organisation that is a clause's subject, in
      // its sentence or the one before, with no other plural subject or
      // two people named since ("experts warned. They say", "the sprinters
      // ... they had said", "Rix and Forbes ruled. They said").
      const uint32_t skip = ReportedBefore(i);
      int32_t b = -1;
      auto it = std::lower_bound(groups.begin(), groups.end(), std::make_pair(i, size_t{0}));
      while (it != groups.begin()) {
        --it;
        const Cand& c = cands_[it->second];
        if (units_[c.ub].sentence + 1 < u.sentence) break;
        if (c.ub >= skip || !IsSubject(c)) continue;
        if (!OtherPluralSubject(c.ue, i)) b = c.entity;
        break;
      }
      if (b < 0) continue;
      AddPronoun(i, b, builds_[b].e.type);
    }
  }

  // Whether, between units a and b, a plural common noun outside every
  // mention is a clause's subject, or two people are named.
  bool OtherPluralSubject(uint32_t a, uint32_t b) const {
    if (a >= b) return false;
    const uint32_t tb = units_[a].token, te = units_[b].token;
    for (uint32_t t = tb; t < te; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.pos != Upos::kNoun || (tok.dep != Dep::kNsubj && tok.dep != Dep::kNsubjPass)) continue;
      const std::string_view w = doc_.Text(tok.span);
      if (w.size() > 3 && w.back() == 's' && Fold(tok.lemma) != Fold(w)) return true;
    }
    auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(),
                               std::make_pair(a, size_t{0}));
    int32_t first = -1;
    for (; it != person_mentions_.end() && it->first < b; ++it) {
      const int32_t e = cands_[it->second].entity;
      if (first < 0) first = e;
      else if (e != first) return true;
    }
    return false;
  }

  // A mention one of whose words is a clause's subject (the syntax layer
  // ran).
  bool IsSubject(const Cand& c) const {
    if (!tagged_) return false;
    // Any word of the mention whose head lies outside it (the parse may
    // split a name: "speech Mr/appos Brown/nsubj told").
    const int32_t tb = static_cast<int32_t>(units_[c.ub].token);
    const int32_t te = static_cast<int32_t>(units_[c.ue - 1].token) + 1;
    for (int32_t t = tb; t < te; ++t) {
      const Token& k = doc_.tokens[t];
      if ((k.head < tb || k.head >= te) && (k.dep == Dep::kNsubj || k.dep == Dep::kNsubjPass))
        return true;
    }
    return false;
  }

  // The token of mention c whose head lies outside it (the syntax layer
  // ran), or -1.
  int32_t MentionHead(const Cand& c) const {
    const int32_t tb = static_cast<int32_t>(units_[c.ub].token);
    const int32_t te = static_cast<int32_t>(units_[c.ue - 1].token) + 1;
    for (int32_t t = tb; t < te; ++t)
      if (doc_.tokens[t].head < tb || doc_.tokens[t].head >= te) return t;
    return -1;
  }

  // Whether a mention of the person is the subject of a clause that holds
  // the nominal c as an argument or in a reported clause ("Mr Brown
  // criticised the chancellor", "Mr Brown said the prime minister had
  // ...": neither is Brown).
  // (The mentions of the nominal's sentence are read, not all the
  // person's: bounded on long pages.)
  bool SubjectAbove(int32_t person, const Cand& c) {
    if (!tagged_) return false;
    const uint32_t sentence = units_[c.ub].sentence;
    const int32_t target = static_cast<int32_t>(units_[c.ub].token);
    for (uint32_t k : CandsOfSentence(sentence)) {
      const Cand& m = cands_[k];
      if (m.entity != person || m.ub == c.ub || m.drop || !IsSubject(m)) continue;
      const int32_t tb = static_cast<int32_t>(units_[m.ub].token);
      const int32_t te = static_cast<int32_t>(units_[m.ue - 1].token) + 1;
      const int32_t verb = doc_.tokens[MentionHead(m)].head;
      // Is the nominal below the subject's verb through its arguments and
      // reported clauses, not inside the subject's own phrase ("Tony Blair,
      // the prime minister, said") nor in an adverbial or relative clause,
      // where news prose names the same person again ("Mr Brown staged a
      // show of unity the day after the chancellor delivered his Budget")?
      for (int32_t h = target, guard = 0; h >= 0 && guard < 64; h = doc_.tokens[h].head, ++guard) {
        if (h >= tb && h < te) break;
        if (h == verb) return true;
        const Dep d = doc_.tokens[h].dep;
        if (d == Dep::kAdvcl || d == Dep::kAcl || d == Dep::kAclRelcl || d == Dep::kParataxis ||
            d == Dep::kAppos || d == Dep::kConj)
          break;
      }
    }
    return false;
  }

  // ---- nominals to people ----

  uint32_t PersonRoles(const EntityBuild& eb) const {
    uint32_t roles = eb.roles;
    for (int32_t which : {eb.code_entry, eb.entry}) {
      if (which < 0) continue;
      const LexEntry& e = lex_.entry(which);
      if (date_ != 0) {
        for (const Tenure& t : e.tenures)
          if ((t.from == 0 || t.from <= date_) && (t.to == 0 || date_ <= t.to)) roles |= t.roles;
      } else if (roles == 0) {
        // Undated: the offices held while the titled people held theirs.
        for (const Tenure& t : e.tenures)
          if (InTitledWindow(t, /*strict=*/false)) roles |= t.roles;
      }
    }
    return roles;
  }

  // Whether a person of role classes `person` fits a role noun's classes
  // `noun`: they share one, and a minister of a known department is not
  // another department's ("Former foreign secretary Robin Cook" is not
  // "the attorney general"; a "Work and Pensions Secretary" may be "the
  // secretary of state").
  static bool RolesFit(uint32_t person, uint32_t noun) {
    constexpr uint32_t kDepartments = kRoleForeign | kRoleDefence | kRoleJustice;
    if ((person & noun) == 0) return false;
    return (person & kDepartments) == 0 || (noun & kDepartments) == 0 ||
           (person & noun & kDepartments) != 0;
  }

  // Whether a mention of the person named organisation build `org` as its
  // affiliation ("Tory leader Michael Howard").
  // (Each pair is read once: a long page may ask often.)
  bool AffiliatedWith(int32_t person, int32_t org) {
    const uint64_t key = static_cast<uint64_t>(person) << 32 | static_cast<uint32_t>(org);
    auto [it, added] = affiliated_.emplace(key, false);
    if (added)
      for (size_t k : builds_[person].cands) {
        const int32_t a = cands_[k].aff_entity_cand;
        if (a >= 0 && cands_[a].entity == org) it->second = true;
      }
    return it->second;
  }

  // Whether the person held an office the role noun names ("the
  // chancellor": "chancellor of the exchequer") on the article's date, or
  // (undated) while the titled people held theirs.
  bool HoldsOffice(const EntityBuild& eb, int32_t agent) const {
    const std::string& noun = lex_.agent(agent).noun;
    for (int32_t which : {eb.code_entry, eb.entry}) {
      if (which < 0) continue;
      for (const Tenure& t : lex_.entry(which).tenures) {
        if (t.office.compare(0, noun.size(), noun) != 0 ||
            (t.office.size() > noun.size() && t.office[noun.size()] != ' '))
          continue;
        if (date_ != 0) {
          if ((t.to != 0 && t.to < date_) || (t.from != 0 && t.from > date_)) continue;
        } else if (!InTitledWindow(t, /*strict=*/true)) {  // more than a hand-over day
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // Whether tenure t overlaps FindTitledWindow's window (true when there is
  // none); strict: by more than the window's first or last day.
  bool InTitledWindow(const Tenure& t, bool strict) const {
    if (!titled_window_) return true;
    const int lo = titled_window_->from, hi = titled_window_->to;
    if (t.to != 0 && lo != 0 && (strict ? t.to <= lo : t.to < lo)) return false;
    if (t.from != 0 && hi != 0 && (strict ? t.from >= hi : t.from > hi)) return false;
    return true;
  }

  // Undated articles: the dates on which the people the text titles held
  // those offices ("Foreign Secretary Jack Straw": 2001-2006), for
  // PersonRoles.
  void FindTitledWindow() {
    titled_window_.reset();
    if (date_ != 0) return;
    std::vector<std::vector<DateWindow>> constraints;
    for (const EntityBuild& eb : builds_) {
      if (eb.cands.empty() || eb.former || eb.roles == 0) continue;
      const int32_t which = eb.code_entry >= 0 ? eb.code_entry : eb.entry;
      if (which < 0) continue;
      std::vector<DatedCode> cs = Lexicon::Candidates(lex_.entry(which), eb.roles);
      if (cs.empty()) continue;
      std::vector<DateWindow> ws;
      for (const DatedCode& d : cs) {
        if (d.from == 0 && d.to == 0) {
          ws.clear();
          break;
        }
        ws.push_back({d.from, d.to});
      }
      if (!ws.empty()) constraints.push_back(std::move(ws));
    }
    titled_window_ = IntersectWindows(constraints);
  }

  std::string CountryOf(const EntityBuild& eb) const {
    if (eb.entry >= 0 && !lex_.entry(eb.entry).country.empty()) return lex_.entry(eb.entry).country;
    if (eb.agent >= 0 && lex_.agent(eb.agent).uncoded) return "";
    if (CountryPrefix(eb.aff_code)) return eb.aff_code.substr(0, 3);
    return "";
  }

  void ResolveNominals() {
    FindTitledWindow();
    for (size_t k : nominal_cands_) {
      Cand& c = cands_[k];
      std::string country = CountryPrefix(c.aff_code) ? c.aff_code.substr(0, 3) : "";
      if (c.type == EntityType::kGroup) {
        // A group: one entity per affiliation and role.
        std::string key = "group:" + c.aff_code + ":" + std::to_string(c.agent);
        auto it = groups_.find(key);
        if (it == groups_.end()) {
          EntityBuild eb;
          eb.e.type = EntityType::kGroup;
          eb.typed = true;
          eb.aff_code = c.aff_code;
          eb.agent = c.agent;
          eb.core = std::string(doc_.Text({units_[c.ub].span.begin, units_[c.ue - 1].span.end}));
          if (Fold(eb.core.substr(0, 4)) == "the") eb.core = eb.core.substr(4);
          builds_.push_back(std::move(eb));
          it = groups_.emplace(key, static_cast<int32_t>(builds_.size() - 1)).first;
        }
        c.entity = it->second;
        builds_[it->second].cands.push_back(k);
        continue;
      }
      // A person: the most recent person of the same country whose role fits
      // (looking back a bounded number of mentions).
      // First one the article itself gave that title ("First Minister Jack
      // McConnell ... Nicola Sturgeon ... the first minister": McConnell),
      // then one known to hold that office ("the chancellor": not the
      // prime minister, though both are heads of government somewhere),
      // then one whose known offices are of that kind.
      int32_t best = -1;
      int32_t aff_org = -1;
      if (c.aff_entity_cand >= 0) {
        const int32_t a = cands_[c.aff_entity_cand].entity;
        // (Parties only: a government body's officer is known by the
        // body's code: "Dmitry Peskov ... the Kremlin spokesman".)
        if (a >= 0 && builds_[a].e.type == EntityType::kOrganization && c.aff_code.size() > 3 &&
            IsPartyCode(c.aff_code))
          aff_org = a;
      }
      const auto from = std::lower_bound(person_mentions_.begin(), person_mentions_.end(),
                                         std::make_pair(c.ub, size_t{0}));
      for (int pass = c.agent >= 0 ? 0 : 2; pass < 3 && best < 0; ++pass) {
        auto it = from;
        for (int steps = 0; it != person_mentions_.begin() && steps < 400; ++steps) {
          --it;
          const EntityBuild& eb = builds_[cands_[it->second].entity];
          if (pass == 0) {
            if (!HasTitle(eb, c.agent)) continue;
          } else if (pass == 1) {
            if (!HoldsOffice(eb, c.agent)) continue;
          } else if (c.roles == 0 ? eb.roles != 0 || !eb.titles.empty()
                                  : !RolesFit(PersonRoles(eb), c.roles)) {
            // (An office of no known kind, "the mayor": not someone the
            // text gives another title.)
            continue;
          }
          if (!country.empty() && CountryOf(eb) != country) continue;
          if (!c.aff_code.empty() && country.empty() && eb.aff_code != c.aff_code) continue;
          // A party's officer ("the Tory leader") is one the text named as
          // that party's (parties share one code, GBRPTY).
          if (aff_org >= 0 && !AffiliatedWith(cands_[it->second].entity, aff_org)) continue;
          if (SubjectAbove(cands_[it->second].entity, c)) continue;
          best = cands_[it->second].entity;
          break;
        }
      }
      if (best < 0) continue;
      c.entity = best;
      builds_[best].cands.push_back(k);
      // "the prime minister" names the office the person holds as the
      // article is written (an undated article's candidates narrow to it).
      builds_[best].nominal_roles |= c.roles;
      // Later mentions of the same office refer to the same person.
      AddTitle(builds_[best], c.agent);
    }
  }

  // ---- output ----

  void Emit() {
    // Every name or adjective mention that got an entity, plus the extra
    // spans ("the NATO alliance").
    struct Out {
      Span span;
      uint32_t tb, te;
      MentionForm form;
      int32_t build;
    };
    std::vector<Out> outs;
    // KeepUntyped once per entity (it reads all its mentions).
    std::vector<int8_t> keep(builds_.size(), -1);
    for (const Cand& c : cands_) {
      if (c.entity < 0 || c.drop) continue;
      const EntityBuild& eb = builds_[c.entity];
      if (!eb.typed && eb.e.type == EntityType::kOrganization) {
        int8_t& k = keep[c.entity];
        if (k < 0) k = KeepUntyped(eb) ? 1 : 0;
        if (!k) continue;
      }
      Span s{units_[c.ub].span.begin, units_[c.ue - 1].span.end};
      outs.push_back({s, units_[c.ub].token, units_[c.ue - 1].token + 1, c.form, c.entity});
    }
    for (const auto& [ub, ue, k] : extra_mentions_) {
      const Cand& c = cands_[k];
      if (c.entity < 0) continue;
      Span s{units_[ub].span.begin, units_[ue - 1].span.end};
      outs.push_back({s, units_[ub].token, units_[ue - 1].token + 1, MentionForm::kName, c.entity});
    }
    std::sort(outs.begin(), outs.end(), [](const Out& a, const Out& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                          : a.span.end > b.span.end;
    });
    outs.erase(std::unique(outs.begin(), outs.end(),
                           [](const Out& a, const Out& b) {
                             return a.span == b.span && a.build == b.build;
                           }),
               outs.end());
    std::vector<int32_t> index(builds_.size(), -1);
    std::optional<DateWindow> window;
    bool window_done = false;
    for (const Out& o : outs) {
      int32_t& ei = index[o.build];
      if (ei < 0) {
        ei = static_cast<int32_t>(doc_.entities.size());
        doc_.entities.push_back(MakeEntity(builds_[o.build]));
      }
      Mention m;
      m.span = o.span;
      m.token_begin = o.tb;
      m.token_end = o.te;
      m.form = o.form;
      m.entity = ei;
      doc_.entities[ei].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
      doc_.mentions.push_back(m);
    }
    // Undated articles: codes that hold over every date the titled office
    // holders allow.
    if (date_ == 0) {
      window = TenureWindow(doc_);
      window_done = true;
      if (window) {
        for (Entity& e : doc_.entities) {
          if (!e.actor.empty() || e.candidates.empty()) continue;
          std::string code = CodeOverWindow(e.candidates, *window);
          if (!code.empty()) {
            e.actor = code;
            if (e.country.empty() && CountryPrefix(code)) e.country = code.substr(0, 3);
          }
        }
      }
    }
    (void)window_done;
  }

  // In a sports story, whether candidate c opens a line-up after a colon:
  // "Bayern Munich : Kahn - Babbel , Helmer": a colon before it, and a dash,
  // a comma or a semicolon ("Harwick : J Orrin ; K Vessey") then a
  // capitalised word after it.
  bool LineUpAfterColon(const Cand& c) const {
    if (!sports_story_ || c.nb == 0 || c.ne + 1 >= n_units_) return false;
    const uint32_t sentence = units_[c.nb].sentence;
    if (units_[c.nb - 1].sentence != sentence || doc_.Text(units_[c.nb - 1].span) != ":" ||
        units_[c.ne + 1].sentence != sentence)
      return false;
    const std::string_view after = doc_.Text(units_[c.ne].span);
    return (after == "," || after == "-" || after == ";") &&
           (units_[c.ne + 1].shape == CaseShape::kCapitalized ||
            units_[c.ne + 1].shape == CaseShape::kAllCaps);  // "K Vessey"
  }

  bool KeepUntyped(const EntityBuild& eb) const {
    // An unknown capitalised name with no cue: keep it as an organisation
    // when it is not at a sentence start only (names at sentence starts
    // without cues are too often ordinary words); the first player of a
    // line-up after a colon counts as inside its sentence.
    for (size_t k : eb.cands) {
      const Cand& c = cands_[k];
      if (!units_[c.nb].sentence_start || LineUpAfterColon(c)) return true;
    }
    return false;
  }

  Entity MakeEntity(const EntityBuild& eb) {
    Entity e;
    e.type = eb.e.type;
    if (eb.entry >= 0) {
      const LexEntry& le = lex_.entry(eb.entry);
      e.key = le.key;
      e.name = le.name;
      e.type = le.type;
      if ((le.flags & kEntryUser) && !eb.core.empty()) e.name = eb.core;
      e.country = le.country;
      const LexEntry& ce = lex_.entry(eb.code_entry >= 0 ? eb.code_entry : eb.entry);
      if (date_ != 0) {
        e.actor = Lexicon::CodeAt(ce, date_);
      } else if (!ce.tenures.empty()) {
        uint32_t roles = eb.former ? 0 : eb.roles;
        std::vector<DatedCode> cs = Lexicon::Candidates(ce, roles | eb.nominal_roles);
        if (cs.empty()) cs = Lexicon::Candidates(ce, roles);
        if (cs.empty()) cs = Lexicon::Candidates(ce);
        e.candidates = cs;
        std::string code = Lexicon::CodeAt(ce, 0);
        if (code.empty() && !cs.empty()) {
          code = cs[0].code;
          for (const DatedCode& d : cs)
            if (d.code != code) code.clear();
        }
        if (eb.former && !ce.code.empty()) code = ce.code;
        e.actor = code;
      } else {
        e.actor = ce.code;
      }
    } else {
      e.name = eb.core;
      e.key = NameKey(eb.core);
      if (e.type == EntityType::kGroup) e.key = "group-" + NameKey(eb.core);
      // An unknown actor's code: its affiliation with the title's sector
      // ("Hungarian Prime Minister X" -> HUNGOV).
      std::string sector;
      bool prefix = false;
      if (eb.agent >= 0) {
        sector = lex_.agent(eb.agent).sector;
        prefix = lex_.agent(eb.agent).prefix;
      }
      if (eb.agent >= 0 && lex_.agent(eb.agent).uncoded) {
        // A performer or a writer: no actor, no country of its own.
      } else if (!eb.aff_code.empty()) {
        e.actor = Compose(eb.aff_code, sector, prefix);
      } else if (!sector.empty() && !eb.cands.empty() &&
                 (e.type == EntityType::kPerson || e.type == EntityType::kOrganization)) {
        // A titled person of no stated nationality ("Ousted President X
        // ... Kyrgyzstan") serves the one country their sentence names; so
        // does a body ("the Finance Ministry said Japan's surplus grew").
        std::string country = SoleCountryIn(units_[cands_[eb.cands[0]].ub].sentence);
        if (!country.empty()) e.actor = Compose(country, sector, prefix);
      }
    }
    if (e.country.empty() && CountryPrefix(e.actor)) e.country = e.actor.substr(0, 3);
    if (e.key.empty()) e.key = NameKey(e.name);
    return e;
  }

  const Lexicon& lex_;
  Document& doc_;
  std::string key_;
  std::vector<Unit>& units_;
  size_t n_units_ = 0;
  std::vector<uint32_t>& sent_begin_;
  std::vector<int32_t>& covered_;
  std::vector<Hit>& hits_;
  std::vector<Cand> cands_;
  std::vector<size_t> chunk_cands_;
  // Single words left out for the number after them ("Yorkshire 243"),
  // units [first, second): names only if the article names them elsewhere.
  std::vector<std::pair<uint32_t, uint32_t>> numbered_;
  std::vector<uint32_t> caseless_;  // sentences in capitals (ChunkSentence)
  std::vector<size_t> nominal_cands_;
  std::unordered_map<uint32_t, int32_t> chunk_of_;
  std::vector<std::tuple<uint32_t, uint32_t, size_t>> extra_mentions_;
  std::unordered_set<uint32_t> lower_words_;
  std::unordered_set<std::string> lower_keys_;
  std::unordered_set<uint32_t> introduced_;
  std::vector<EntityBuild> builds_;
  // SoleCountryIn's index: candidate indices by sentence (CSR).
  std::vector<uint32_t> cands_of_sentence_;
  std::vector<uint32_t> sentence_cands_begin_;
  size_t indexed_cands_ = 0;
  std::vector<size_t> weak_;
  std::vector<int32_t> end_index_;
  std::vector<int32_t> chunk_by_nb_, chunk_by_ne_;
  // Person builds by the last word of their name, organisation builds by
  // their initials: short forms found in constant time.
  std::unordered_map<std::string, int32_t> person_by_last_word_;
  std::unordered_map<std::string, int32_t> org_by_initials_;
  std::unordered_map<std::string, int32_t> org_by_of_tail_;  // "Scientology"
  // Person mentions in text order (unit, candidate), for pronouns and role
  // nouns looking back.
  std::vector<std::pair<uint32_t, size_t>> person_mentions_;
  std::vector<std::pair<uint32_t, size_t>> body_mentions_;
  std::unordered_map<int32_t, int32_t> quote_open_by_close_;  // token -> token
  std::unordered_map<std::string, int32_t> groups_;
  int date_ = 0;
  std::optional<DateWindow> titled_window_;  // FindTitledWindow
  std::unordered_map<uint64_t, bool> affiliated_;  // AffiliatedWith's answers
  bool tagged_ = false;  // the syntax layer ran: tokens have UPOS tags
  bool sports_story_ = false;
  std::unordered_map<std::string, bool> side_words_;  // SideAt's answer per word
  // Scratch for matching.
  uint32_t punct_word_[128] = {};
  int8_t punct_known_[128] = {};
  std::vector<uint32_t>& words_;
  std::vector<CaseShape>& shapes_;
  std::vector<PhraseMatch>& matches_;
  std::vector<uint32_t>& phrases_;
};

}  // namespace

size_t EntityFinder::MatchOnly(const Document& doc) const {
  // Run does not change the document before its resolution steps.
  Run run(lex_, const_cast<Document&>(doc));
  return run.MatchOnly();
}

void EntityFinder::Annotate(Document& doc) const {
  doc.mentions.clear();
  doc.entities.clear();
  Run run(lex_, doc);
  run.Go();
}

}  // namespace newsmill

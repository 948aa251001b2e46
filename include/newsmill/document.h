// Document: one article and everything newsmill finds in it.
//
// A Document owns the cleaned article text (UTF-8). Every annotation is a
// byte span into that text, so `doc.text.substr(s.begin, s.end - s.begin)`
// is its surface form; the record writer (io/record_writer.h) converts byte
// offsets to the code point offsets of the output record (SCHEMA.md).
//
// Stages fill the vectors in pipeline order:
//   text     -> paragraphs, sentences, tokens, quoted, warnings, language
//   syntax   -> Token::pos/lemma/head/dep, clauses, phrases
//   entities -> mentions, entities
//   quotes   -> quotes, cited_outlets
//   times    -> times, quantities, published (when inferred)
//   events   -> events
// Indices between vectors (Token::head, Mention::entity, Quote::speaker, ...)
// are positions in the Document's own vectors; -1 means none.
//
// Thread safety: a Document is a plain value owned by one thread at a time.
#ifndef NEWSMILL_DOCUMENT_H_
#define NEWSMILL_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmill {

// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  uint32_t size() const { return end > begin ? end - begin : 0; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// ---- Text layer ------------------------------------------------------------

// Cleaned bytes from text_offset on come from input bytes starting at
// source_offset, byte for byte, up to the next anchor (see Document::source_map).
struct SourceAnchor {
  uint32_t text_offset = 0;
  uint32_t source_offset = 0;
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // first token index
  uint32_t token_end = 0;    // one past the last token index
  uint32_t paragraph = 0;    // index into Document::paragraphs
};

enum class TokenKind : uint8_t {
  kWord,        // letters, possibly with inner apostrophes, hyphens, dots (U.S.)
  kNumber,      // digits with separators: 100,000  1.5  2022-02-01
  kPunct,       // . , ; : ! ? ( ) - – — ...
  kQuoteMark,   // " “ ” ' ‘ ’ « » when used as a quotation mark
  kSymbol,      // $ % & @ # + = / ...
};

// Universal Dependencies part-of-speech tags. kNone: not tagged.
enum class Upos : uint8_t {
  kNone, kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart,
  kPron, kPropn, kPunct, kSconj, kSym, kVerb, kX,
};
std::string_view UposName(Upos pos);             // "ADJ", ...; "" for kNone
std::optional<Upos> ParseUpos(std::string_view name);

// Universal Dependencies relations, with the subtypes English treebanks use.
enum class Dep : uint8_t {
  kNone, kAcl, kAclRelcl, kAdvcl, kAdvclRelcl, kAdvmod, kAmod, kAppos, kAux,
  kAuxPass, kCase, kCc, kCcPreconj, kCcomp, kClf, kCompound, kCompoundPrt,
  kConj, kCop, kCsubj, kCsubjPass, kDep, kDet, kDetPredet, kDiscourse,
  kDislocated, kExpl, kFixed, kFlat, kGoeswith, kIobj, kList, kMark, kNmod,
  kNmodPoss, kNmodTmod, kNmodNpmod, kNmodUnmarked, kNsubj, kNsubjPass,
  kNsubjOuter, kNummod, kObj, kObl, kOblAgent, kOblTmod, kOblNpmod,
  kOblUnmarked, kOrphan, kParataxis, kPunct, kReparandum, kRoot, kVocative,
  kXcomp, kNmodDesc,
  kCount,  // number of relations; not a relation
};
std::string_view DepName(Dep dep);  // "nsubj:pass", ...; "" for kNone
// Unknown labels map to their universal part, else Dep::kDep.
Dep ParseDep(std::string_view name);

struct Token {
  // Token flags.
  static constexpr uint8_t kSpaceBefore = 1;     // whitespace precedes it
  static constexpr uint8_t kCapitalized = 2;     // first letter upper case
  static constexpr uint8_t kAllCaps = 4;         // two or more letters, all upper
  static constexpr uint8_t kInQuote = 8;         // inside paired quotation marks
  static constexpr uint8_t kSentenceStart = 16;  // first token of a sentence
  static constexpr uint8_t kParagraphStart = 32;
  static constexpr uint8_t kOpensQuote = 64;     // kQuoteMark that opens
  static constexpr uint8_t kClosesQuote = 128;   // kQuoteMark that closes

  Span span;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  // Syntax layer.
  Upos pos = Upos::kNone;
  Dep dep = Dep::kNone;
  int32_t head = kNoHead;  // token index, -1 for a sentence root
  std::string lemma;       // empty until the syntax layer runs

  static constexpr int32_t kNoHead = -2;  // not attached
  bool Has(uint8_t f) const { return (flags & f) != 0; }
};

// A stretch of text between paired quotation marks. A quotation that runs
// over several paragraphs (each paragraph opens with a mark, only the last
// closes) gives one QuotedSpan per paragraph, sharing `group`.
struct QuotedSpan {
  Span content;               // between the marks, marks excluded
  int32_t open_token = -1;    // token index of the opening mark
  int32_t close_token = -1;   // token index of the closing mark; -1 if the
                              // quotation runs on into the next paragraph
  int32_t group = 0;          // same value for the pieces of one quotation
  uint8_t depth = 0;          // 0 outermost, 1 nested inside another
  bool double_marks = true;   // “…” or "…" (false: ‘…’ or '…')
};

// ---- Syntax layer ----------------------------------------------------------
//
// Filled by the syntax stage (syntax/syntax_stage.h): Token::pos, lemma,
// head and dep, then the clauses and noun phrases derived from the parse.
// syntax/syntax.h has the helpers later stages read them with (the clause
// of a token, a clause's subject span, the members of a coordination, the
// clause a verb reports).

// Tense of a clause, from its first finite verb ("had said": past; "will
// meet": future). kNone for non-finite clauses (to-infinitives,
// participles) and for modals other than will/shall ("may talk"): read
// Clause::modality for those. The complement of an intent verb in the
// present ("plans to meet", "is going to meet") is kFuture.
enum class Tense : uint8_t { kNone, kPast, kPresent, kFuture };
enum class Aspect : uint8_t { kSimple, kProgressive, kPerfect, kPerfectProgressive };
enum class Modality : uint8_t {
  kNone,
  kPossibility,  // may, might, could, likely to
  kConditional,  // would (hypothetical)
  kObligation,   // must, should, have to, need to, ought to
  kAbility,      // can, be able to
  kIntent,       // plans to, intends to, wants to, is going to, seeks to
};
// kConditional: a clause introduced by "if" or "unless". kInterrogative: a
// main clause of a sentence that ends with "?". kImperative: a main clause
// that opens with a bare verb and has no subject ("Stop the war").
enum class Mood : uint8_t { kIndicative, kImperative, kInterrogative, kConditional };

std::string_view TenseName(Tense t);
std::string_view AspectName(Aspect a);
std::string_view ModalityName(Modality m);
std::string_view MoodName(Mood m);

// A prepositional (or otherwise marked) argument: "met with X", "lashed out
// at X", and prepositional modifiers of the clause's object ("imposed
// sanctions against X").
struct Oblique {
  int32_t marker = -1;    // the preposition token ("at", "with", "against");
                          // -1 for a bare noun ("met Monday")
  int32_t head = -1;      // head token of the noun phrase
  int32_t governor = -1;  // the clause's verb, or its object's head noun
};

// A noun phrase: "Kremlin spokesman Dmitry Peskov" is two phrases, the name
// "Dmitry Peskov" and its title "Kremlin spokesman" (an apposition of the
// name); "Lavrov and Blinken" is two coordinated phrases.
struct NounPhrase {
  // The phrase proper: its head with determiners, adjectives, compounds,
  // name parts, possessors and numbers; without titles, appositions,
  // coordinated phrases, relative clauses and prepositional modifiers.
  uint32_t token_begin = 0;
  uint32_t token_end = 0;         // one past the last token
  int32_t head = -1;              // head token (of a name, its first word, as
                                  // in Universal Dependencies: "Dmitry")
  int32_t coordinated_with = -1;  // next NounPhrase in a coordination
  int32_t apposition_of = -1;     // the NounPhrase this one renames: "the
                                  // Kremlin spokesman" in "Dmitry Peskov, the
                                  // Kremlin spokesman", and a title before a
                                  // name ("Kremlin spokesman Dmitry Peskov")
  uint32_t sentence = 0;
};

// A clause: one verb group with its arguments. Arguments are head tokens;
// NounPhrase (via syntax/syntax.h) gives their extent.
struct Clause {
  uint32_t sentence = 0;
  int32_t verb = -1;          // main verb token (the predicate for copulas:
                              // "president" in "he is president")
  int32_t first_verb_token = -1;  // first token of the verb group (aux, neg)
  int32_t last_verb_token = -1;   // last token of the verb group (the verb,
                                  // or its particle)
  int32_t particle = -1;      // "out" in "lashed out at"
  int32_t subject = -1;       // head token of the subject
  int32_t object = -1;        // head token of the direct object
  int32_t indirect_object = -1;
  int32_t agent = -1;         // head of the "by" phrase of a passive
  std::vector<Oblique> obliques;
  int32_t parent = -1;        // clause this one is embedded in
  int32_t complement = -1;    // clause this one reports or takes ("said that
                              // ...", "denied that ...", "accused X of ...";
                              // "he said" inserted in a sentence reports
                              // the clause around it)
  int32_t complementizer = -1;  // the word that introduces this clause:
                                // "that", "whether", "if", "to", "of"
  int32_t negation = -1;      // "not", "never", "n't", "no longer" token
  Dep relation = Dep::kRoot;  // how the clause attaches to its parent
                              // (ccomp, xcomp, advcl, acl:relcl, conj, ...)
  Tense tense = Tense::kNone;
  Aspect aspect = Aspect::kSimple;
  Modality modality = Modality::kNone;
  Mood mood = Mood::kIndicative;
  bool passive = false;
  bool negated = false;
  bool in_quote = false;      // the verb sits inside quotation marks
  // The subject comes from another clause: a conjoined verb ("met X and
  // discussed Y"), a control verb ("plans to attack"), a participle
  // ("..., saying that"), the noun a relative clause modifies.
  bool subject_inherited = false;
};

// ---- Actors ----------------------------------------------------------------

enum class EntityType : uint8_t { kPerson, kOrganization, kCountry, kPlace, kGroup };
enum class MentionForm : uint8_t { kName, kNominal, kPronoun, kAdjective };
std::string_view EntityTypeName(EntityType t);   // "PERSON", ...
std::string_view MentionFormName(MentionForm f);  // "name", ...

// One span that refers to an entity. A person's name mention includes the
// title and affiliation before the name ("Russian President Vladimir
// Putin"); mentions may nest ("Hungarian", an adjective mention of Hungary,
// inside "Hungarian Prime Minister Viktor Orban"). Forms: kName (a proper
// name, also "Moscow", "the United States"), kNominal ("the Russian
// leader", "Russian soldiers"), kPronoun ("he" as the subject of a speech
// verb), kAdjective ("Russian demands").
struct Mention {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;  // one past the last token (a mention may end
                           // inside a hyphenated token)
  MentionForm form = MentionForm::kName;
  int32_t entity = -1;  // index into Document::entities
};

// An actor code valid over a date range (YYYYMMDD, 0 = open-ended).
struct DatedCode {
  std::string code;
  int from = 0;
  int to = 0;
};

struct Entity {
  std::string key;      // stable across documents: lexicon id or normalised name
  std::string name;     // canonical name
  EntityType type = EntityType::kPerson;
  std::string actor;    // CAMEO actor code, "" if unknown
  std::string country;  // ISO 3166 alpha-3, "" if unknown
  // Filled when the lexicon's codes for the entity are dated and the
  // article's date is not known: every code with the period it holds
  // (same-code periods merged); a candidate with from = to = 0 is the
  // undated code, valid outside every dated one. When the text names the
  // office ("President Joe Biden") only that office's periods are listed, so
  // that the candidates bound the article's date (entities/dating.h:
  // TenureWindow). `actor` is set without a date only where the code cannot
  // depend on it; ResolveEntityCodes sets it once the date is known.
  std::vector<DatedCode> candidates;
  std::vector<uint32_t> mentions;  // indices into Document::mentions, in order
};

// ---- Quotes ----------------------------------------------------------------

enum class QuoteKind : uint8_t { kDirect, kIndirect, kMixed };
std::string_view QuoteKindName(QuoteKind k);

struct Quote {
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                 // the quoted content only
  int32_t speaker = -1;      // entity index
  std::string speaker_name;  // canonical name, or the local mention's text
  Span speaker_mention;      // empty if none
  Span cue;                  // empty for an unattributed continuation
  std::string source;        // outlet credited for the quote, "" if none
  uint32_t sentence = 0;     // sentence where the quote starts
};

// ---- Times and quantities ---------------------------------------------------

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
std::string_view TimexTypeName(TimexType t);

// A time expression (times stage; docs/time.md). The span follows TimeML
// extents: "the third quarter", "last week", "nearly four years ago", not
// the preposition before it.
struct TimeExpr {
  Span span;
  TimexType type = TimexType::kDate;
  // TIMEX3 value, resolved against Document::published: 2022-02-01,
  // 2022-01, 2022-W04, 2022-W04-WE, 2021-Q3, 2020-H1, 1990-SU, 2022, 199
  // (a decade), 19 (a century), 2022-02-01T15:00(Z), 2022-02-01TMO;
  // P3D, PT16H, P2Y6M, PXW (durations); XXXX-WXX-1, P1Y (sets);
  // PRESENT_REF, PAST_REF, FUTURE_REF. With no publication date, X fills
  // what it would give: XXXX-02-01, XXXX-WXX-1.
  std::string value;
  uint32_t sentence = 0;   // index into Document::sentences
};

// A counted or measured amount: "approximately 100,000 troops", "$40
// billion", "between 10 and 20 percent".
struct Quantity {
  Span span;                        // approximator and unit included
  double value = 0;                 // 40e9 for "$40 billion"
  std::optional<double> value_max;  // upper end of a range
  std::string unit;                 // "troops", "USD" (ISO 4217), "%", "" if none
  bool approximate = false;         // about, nearly, more than, up to, some
};

// ---- Events ----------------------------------------------------------------

enum class EventMode : uint8_t { kAsserted, kNegated, kHypothetical, kClaimed };
std::string_view EventModeName(EventMode m);

struct EventActor {
  int32_t entity = -1;
  std::string name;
  std::string actor;    // CAMEO actor code
  std::string country;  // ISO alpha-3
};

struct Location {
  std::string name;
  std::string country;
};

struct Event {
  std::string code;     // CAMEO event code, leading zeros kept: "043"
  std::string root;     // "04"
  int quad = 0;         // 1..4
  double goldstein = 0;
  std::string plover;   // PLOVER event type, "" if none
  EventActor source;
  std::optional<EventActor> target;
  std::string date;     // ISO date
  std::optional<Location> location;
  EventMode mode = EventMode::kAsserted;
  float confidence = 0;
  uint32_t sentence = 0;
  Span cue;             // the words that triggered the code
  int group = 0;        // events reporting the same interaction share it
  std::string reported_by;
};

// ---- The document -------------------------------------------------------------

enum class PublishedFrom : uint8_t { kNone, kInput, kMetadata, kText, kInferred };
std::string_view PublishedFromName(PublishedFrom p);

struct Document {
  std::string id;
  std::string url;
  std::string outlet;
  std::string title;
  std::vector<std::string> authors;
  std::string published;  // ISO 8601 date or date-time; "" if unknown
  PublishedFrom published_from = PublishedFrom::kNone;
  std::string language;   // BCP 47; "en" when analysed
  bool analysed = false;  // false when skipped (not English, empty)

  std::string text;       // cleaned article body, paragraphs split by "\n\n"
  // Maps `text` back to the body it was cleaned from (the input's text, or
  // the text extracted from its HTML), sorted by text_offset.
  std::vector<SourceAnchor> source_map;

  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<QuotedSpan> quoted;

  std::vector<Clause> clauses;
  std::vector<NounPhrase> phrases;

  std::vector<Mention> mentions;
  std::vector<Entity> entities;

  std::vector<Quote> quotes;
  std::vector<std::string> cited_outlets;

  std::vector<TimeExpr> times;
  std::vector<Quantity> quantities;

  std::vector<Event> events;

  std::vector<std::string> warnings;

  std::string_view Text(const Span& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view TokenText(uint32_t i) const { return Text(tokens[i].span); }
};

}  // namespace newsmill

#endif  // NEWSMILL_DOCUMENT_H_

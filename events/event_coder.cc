// The event coder.
//
// Idea: an event is a clause whose verb (or whose object, an event noun
// after a support verb: "held talks") the lexicon knows. The clause gives
// the roles: its subject is the source, its object or a prepositional
// phrase the block names ("met *with*", "lashed out *at*", "sanctions
// *against*") the target; a passive swaps them ("was accused by"). The
// lexicon's patterns refine the code with the words around the verb
// ("accused X *of war crimes*" 1124). Frame verbs (urge, promise, demand,
// refuse, threaten, accuse) take their code from what they are about: the
// infinitive or that-clause they govern, or their object noun ("urged
// Russia to *withdraw*" 0256, "threatened to *impose sanctions*" 1312); that
// content is not an event of its own.
//
// Cases handled:
//   - coordination: each source conjunct acts on each target conjunct;
//     symmetric verbs with a coordinated subject and no target ("Lavrov and
//     Blinken spoke") give an event in each direction;
//   - subjects left out: an infinitive takes its governor's subject (or its
//     object, after urge/order/ask: "urged X to"), an adverbial clause or a
//     second conjunct its head clause's, a relative pronoun its antecedent;
//   - negation: mode negated; a refused promise ("will not accept") is a
//     rejection (12x);
//   - modality: "may talk" is hypothetical and, for cooperation, an intent
//     (036); "will withdraw" an intent (03x); "will attack" said by the
//     attacker a threat (13x); "X said Y must ..." a demand by X on Y (10x);
//   - conditions ("if Russia attacks") and purposes ("to justify ...") are
//     not events;
//   - reported speech: an event inside a quotation, or in the content of a
//     statement verb, is claimed, reported_by the speaker (a first-person
//     pronoun inside it is the speaker);
//   - actors: the entity a mention names; an agent noun with a country word
//     ("Russian troops" -> RUSMIL); force, protest and deployment events
//     without a target take the place where they happen ("deployed troops
//     in Ukraine");
//   - dates from a time expression of the clause (or of the clause that
//     reports it), else the publication date; a place named for it;
//   - groups: mentions with the same source, target, code and date.
// Without a syntax layer, a shallow reading: the nearest actor before the
// verb is the source, the first after it the target.
#include "events/event_coder.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <span>
#include <tuple>

#include "base/strings.h"

namespace newsmill {
namespace {

// ---- Words of tokens ------------------------------------------------------------

struct Words {
  std::string text;   // lower case
  std::string lemma;  // lower case, "" if none
  std::string sing;   // naive singular of text
  std::string sing2;  // second candidate ("ties" -> "tie")
};

std::string Lower(std::string_view s) { return ToLowerAscii(s); }

void Singulars(const std::string& t, std::string* a, std::string* b) {
  a->clear();
  b->clear();
  size_t n = t.size();
  if (n < 3 || t.back() != 's' || EndsWith(t, "ss")) return;
  if (EndsWith(t, "ies")) {
    *a = t.substr(0, n - 3) + "y";
    *b = t.substr(0, n - 1);
  } else if (EndsWith(t, "ses") || EndsWith(t, "xes") || EndsWith(t, "zes") ||
             EndsWith(t, "ches") || EndsWith(t, "shes")) {
    *a = t.substr(0, n - 2);
    *b = t.substr(0, n - 1);
  } else {
    *a = t.substr(0, n - 1);
  }
}

bool WordIs(const Words& w, std::string_view p) {
  return w.text == p || (!w.lemma.empty() && w.lemma == p) || (!w.sing.empty() && w.sing == p) ||
         (!w.sing2.empty() && w.sing2 == p);
}

constexpr std::string_view kLocationPreps[] = {"in", "at", "near", "outside", "inside", "across",
                                               "throughout", "along", "around", "within", "into"};
bool IsLocationPrep(std::string_view p) {
  for (std::string_view l : kLocationPreps)
    if (p == l) return true;
  return false;
}

const std::vector<TargetRole>& DefaultTargets() {
  static const std::vector<TargetRole> roles = [] {
    std::vector<TargetRole> r;
    r.push_back({TargetRole::kObj, ""});
    r.push_back({TargetRole::kIobj, ""});
    for (const char* p : {"with", "against", "at", "on", "to", "toward", "towards", "into", "upon"})
      r.push_back({TargetRole::kPrep, p});
    return r;
  }();
  return roles;
}

bool IsFirstPerson(std::string_view w) {
  return w == "i" || w == "we" || w == "me" || w == "us" || w == "our" || w == "my" ||
         w == "ours" || w == "ourselves" || w == "myself";
}

bool IsRelativePronoun(std::string_view w) {
  return w == "who" || w == "which" || w == "that" || w == "whom" || w == "whose";
}

// ---- Actors -----------------------------------------------------------------------

struct Actor {
  int32_t entity = -1;
  std::string_view name;      // into the document (entity name or text)
  std::string code, country;  // short: no allocation
  int32_t token = -1;
  bool ok() const { return !code.empty() || !country.empty(); }
  std::string Key() const {
    return entity >= 0 ? "e" + std::to_string(entity) : code + "/" + std::string(name);
  }
};

// What a clause is to the clause it hangs from.
enum class Rel : uint8_t { kRoot, kXcomp, kComp, kAdv, kCondition, kPurpose, kRelcl, kAcl, kConj, kOther };

// One coded trigger.
struct Coding {
  bool found = false;          // some block matched the trigger
  std::string code, paired;
  const VerbBlock* block = nullptr;
  const VerbPattern* pattern = nullptr;
  uint32_t flags = 0;
  Frame frame = Frame::kNone;
  std::string content;         // category, "" = from the code
  const std::vector<TargetRole>* targets = nullptr;
  int32_t trigger = -1;        // token
  int32_t cue_last = -1;       // last token of the trigger's words
  int32_t slot_source = -1, slot_target = -1;
  bool compound = false;
  bool light = false;
  bool noun = false;
  // Other blocks of a bare trigger with a code, in file order, and their
  // codes: tried when the chosen one finds no target it needs ("welcomed
  // the statement" is no hosting but an endorsement).
  std::vector<std::pair<const VerbBlock*, std::string>> alternatives;
};

// Where an event is reported from.
struct Report {
  bool active = false;
  bool direct = false;  // inside quotation marks
  Actor speaker;        // may be !ok()
  std::string by;       // reported_by
};

class DocCoder {
 public:
  DocCoder(const CoderResources& r, Document& doc) : r_(r), doc_(doc) {}
  void Run();

 private:
  // Setup.
  void Index();
  const Words& W(uint32_t t);
  // Tree helpers.
  int32_t Head(uint32_t t) const {
    int32_t h = doc_.tokens[t].head;
    return h >= 0 && static_cast<size_t>(h) < doc_.tokens.size() ? h : -1;
  }
  Dep D(uint32_t t) const { return doc_.tokens[t].dep; }
  // The first token of t's subtree (the words before t that hang on it).
  int32_t SubtreeBegin(int32_t t) const {
    auto under = [&](int32_t j) {
      for (int guard = 0; j >= 0 && j != t && guard < 64; ++guard)
        j = Head(static_cast<uint32_t>(j));
      return j == t;
    };
    int32_t b = t;
    while (b > 0 && under(b - 1)) --b;
    return b;
  }
  // Whether window[q], a preposition of a multi-word trigger ("round on",
  // "call for"), is separated from the trigger t (at window[pos] or a word
  // of it) by t's object that is a name or a pronoun: "rounding Given on
  // the hour", "called it a budget for"; not "fired tear gas at" (a thing
  // may be what is fired), "called last week for", "called the talks off".
  bool ObjectBeforePreposition(uint32_t t, const std::vector<uint32_t>& window, size_t pos,
                               size_t q) const {
    if (!tree_ || q <= pos + 1 || D(window[q]) != Dep::kCase) return false;
    for (size_t k = pos + 1; k < q; ++k) {
      const uint32_t x = window[k];
      if ((D(x) == Dep::kObj || D(x) == Dep::kIobj) && Head(x) == static_cast<int32_t>(t) &&
          (doc_.tokens[x].pos == Upos::kPron || doc_.tokens[x].pos == Upos::kPropn))
        return true;
    }
    return false;
  }
  std::span<const uint32_t> Kids(uint32_t t) const {
    return std::span<const uint32_t>(kids_.data() + kid_start_[t], kid_start_[t + 1] - kid_start_[t]);
  }
  int32_t KidWith(uint32_t t, Dep d) const {
    for (uint32_t k : Kids(t))
      if (D(k) == d) return static_cast<int32_t>(k);
    return -1;
  }
  int32_t Owner(uint32_t t);
  std::vector<int32_t> Conjuncts(int32_t h) const;
  // Actors.
  Actor EntityActor(int32_t mention, uint32_t token) const;
  bool LocativeCase(uint32_t k);
  Actor ActorOf(int32_t head, bool strict, const Report* report);
  std::vector<Actor> ActorsOf(int32_t head, bool strict, const Report* report);
  bool IsPlaceEntity(const Actor& a) const;
  // A clause of protest that is the purpose of coming together.
  bool ProtestClause(int32_t ci);
  bool IsNotActorNoun(uint32_t t);
  bool InSynset(uint32_t t, int32_t synset);
  bool frame_content_ = false;  // ContentClause is asked for a frame verb
  // Coding.
  struct Cand {  // a trigger that matched, with its words
    const Trigger* trig;
    int words;
    int32_t last;
  };
  Coding CodeTrigger(uint32_t t, bool noun, const std::vector<uint32_t>& window);
  Coding CodeGroup(Coding c, std::vector<const Cand*> kept, const std::vector<uint32_t>& window,
                   size_t at);
  bool MatchPattern(const VerbPattern& p, const std::vector<uint32_t>& window, size_t at,
                    Coding* c);
  int MatchItemAt(const PatternItem& it, const std::vector<uint32_t>& window, size_t pos,
                  int depth);
  bool StartsActor(uint32_t t) const { return t < mention_at_.size() && mention_at_[t] >= 0 &&
                                              doc_.mentions[mention_at_[t]].token_begin == t; }
  // Clauses.
  void CodeSentenceClauses(uint32_t s, const std::vector<int32_t>& clauses);
  void CodeSentenceShallow(uint32_t s);
  Rel RelOf(int32_t ci);
  Rel ComputeRel(int32_t ci);
  const std::vector<uint32_t>& Window(int32_t ci);
  std::vector<uint32_t> ComputeWindow(int32_t ci);
  int32_t ContentClause(int32_t ci, bool allow_comp);
  int32_t SubjectOf(int32_t ci);
  uint32_t DatelineEnd(uint32_t sentence);
  Coding CodeClause(int32_t ci);
  bool Passive(int32_t ci);
  // Whether clause ci is the subject of another ("it is impossible to ask
  // him", "to ask him is hard"): it borrows no actor from it.
  bool SubjectClause(int32_t ci) const;
  // Whether conjunct clause ci has its own "and" / "but" or comma (else
  // the parse joined it with nothing between, and its subject is its own).
  bool Joined(int32_t ci) const;
  // "Japanese mogul arrested for fraud": a headline's bare past form of a
  // verb whose target is its object, with a subject and no object, is a
  // passive without its auxiliary.
  bool HeadlinePassive(int32_t ci, const Coding& c);
  // Whether actor a attacks in words, not by force: a person, a party, a
  // legislature, the press, a church, a firm, a court, a union.
  bool SpeaksNotFights(const Actor& a) const;
  // The sector of an actor's code after its country ("GBRPTY" -> PTY), or
  // the code's first three letters; whether a sector is armed forces
  // (military, police, rebels, insurgents).
  static std::string_view SectorOf(const Actor& a);
  static bool IsArmed(std::string_view sector);
  // The type of the entity an actor stands for, if any.
  std::optional<EntityType> TypeOf(const Actor& a) const;
  std::vector<Actor> NearestTargetAfter(int32_t ci, const Coding& c, const Report& rep,
                                        const std::vector<Actor>& sources);
  static bool PlaceIsTarget(std::string_view code);
  std::vector<Actor> Targets(int32_t ci, const Coding& c, const Report& rep, bool* by_role);
  std::vector<Actor> PrepActors(int32_t ci, const Coding& c, std::string_view prep,
                                const Report& rep);
  // Whether token t sits in a phrase of what the clause of `verb` is
  // about, below it ("amid claims of a rift with France").
  bool InTopicPhrase(uint32_t t, int32_t verb);
  bool ForecastOnly(int32_t ci, int32_t k);
  bool QuestionWord(int32_t t);
  bool OpensWith(int32_t k, std::string_view word);
  // Whether clause ci's object is what a participle after it acts on
  // ("want the embargo lifted", "wanted the troops withdrawn"): for a
  // frame's verb, what is to be done to it, not the event the verb is
  // about.
  bool ObjectActedOn(int32_t ci);
  // The entity of mention m, or null when its index is out of range.
  const Entity* EntityOf(const Mention& m) const;
  // Whether token t is in a name of a person or organisation that has
  // neither an actor code nor a country.
  bool UncodedName(int32_t t) const;
  // Whether token t is in the phrase headed by token `head` (clauses_too:
  // also in a clause below it).
  bool InPhraseOf(int32_t t, int32_t head, bool clauses_too = false) const;
  bool NonRestrictiveWho(uint32_t k);
  std::optional<Location> LocationOf(int32_t ci, Actor* place_actor);
  std::string DateOf(int32_t ci);
  const Report& ReportOf(int32_t ci);
  bool MarkedBy(int32_t ci, std::initializer_list<std::string_view> words);
  void EmitClause(int32_t ci);
  // Output.
  void Emit(const Coding& c, std::string code, const Actor& src, const Actor* tgt,
            EventMode mode, float confidence, uint32_t sentence, const std::string& date,
            const std::optional<Location>& loc, const std::string& reported_by);

  const CoderResources& r_;
  Document& doc_;
  bool tree_ = false;
  std::vector<uint32_t> kids_;       // children of every token, by head
  std::vector<uint32_t> kid_start_;  // token -> first child in kids_ (n + 1)
  std::vector<int32_t> mention_at_;
  std::vector<int32_t> clause_at_;  // verb token -> clause
  std::vector<std::vector<int32_t>> clause_kids_;  // clause -> clauses below it
  std::vector<std::vector<int32_t>> reporters_;    // clause -> clauses taking it as complement
  std::vector<int32_t> owner_;      // token -> clause, -2 = not computed
  std::vector<int32_t> time_at_;    // token -> time
  std::vector<int32_t> quote_at_;   // token -> first quote containing it
  std::vector<Words> words_;
  std::vector<uint8_t> words_ready_;
  std::string published_;
  int32_t not_actor_synset_ = -1;
  int32_t military_synset_ = -1;
  // Per clause state.
  std::vector<uint8_t> rel_;        // Rel of each clause, 0xff = not computed
  std::vector<std::vector<uint32_t>> windows_;
  std::vector<uint8_t> window_ready_;
  std::vector<uint8_t> consumed_;   // content of a frame: not coded alone
  std::vector<uint8_t> skipped_;    // condition or purpose (and below)
  std::vector<int32_t> subject_;    // effective subject head, -2 unknown
  std::vector<Report> report_;
  std::vector<uint8_t> report_ready_;
  std::vector<Coding> coding_;
  std::vector<uint8_t> coded_;
  std::map<std::tuple<std::string, std::string, std::string, uint32_t, uint32_t>, bool> seen_;
};

// ---- Setup ------------------------------------------------------------------------

void DocCoder::Index() {
  size_t n = doc_.tokens.size();
  words_.assign(n, Words());
  words_ready_.assign(n, 0);
  mention_at_.assign(n, -1);
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const Mention& mm = doc_.mentions[m];
    for (uint32_t t = mm.token_begin; t < mm.token_end && t < n; ++t) {
      int32_t cur = mention_at_[t];
      if (cur < 0 || (doc_.mentions[cur].form == MentionForm::kAdjective &&
                      mm.form != MentionForm::kAdjective))
        mention_at_[t] = static_cast<int32_t>(m);
    }
  }
  kid_start_.assign(n + 1, 0);
  for (size_t t = 0; t < n; ++t) {
    int32_t h = Head(static_cast<uint32_t>(t));
    if (doc_.tokens[t].head != Token::kNoHead) tree_ = true;
    if (h >= 0) ++kid_start_[h + 1];
  }
  for (size_t t = 0; t < n; ++t) kid_start_[t + 1] += kid_start_[t];
  kids_.assign(kid_start_[n], 0);
  {
    std::vector<uint32_t> fill(kid_start_.begin(), kid_start_.end() - 1);
    for (size_t t = 0; t < n; ++t) {
      int32_t h = Head(static_cast<uint32_t>(t));
      if (h >= 0) kids_[fill[h]++] = static_cast<uint32_t>(t);
    }
  }
  clause_at_.assign(n, -1);
  for (size_t c = 0; c < doc_.clauses.size(); ++c) {
    int32_t v = doc_.clauses[c].verb;
    if (v >= 0 && static_cast<size_t>(v) < n) clause_at_[v] = static_cast<int32_t>(c);
  }
  clause_kids_.assign(doc_.clauses.size(), {});
  reporters_.assign(doc_.clauses.size(), {});
  for (size_t c = 0; c < doc_.clauses.size(); ++c) {
    int32_t k = doc_.clauses[c].complement;
    if (k >= 0 && static_cast<size_t>(k) < doc_.clauses.size() && k != static_cast<int32_t>(c))
      reporters_[k].push_back(static_cast<int32_t>(c));
    int32_t p = doc_.clauses[c].parent;
    if (p >= 0 && static_cast<size_t>(p) < doc_.clauses.size() && p != static_cast<int32_t>(c))
      clause_kids_[p].push_back(static_cast<int32_t>(c));
  }
  owner_.assign(n, -2);
  time_at_.assign(n, -1);
  // Times: token ranges by byte span (tokens are in text order).
  for (size_t i = 0; i < doc_.times.size(); ++i) {
    const TimeExpr& te = doc_.times[i];
    auto lo = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), te.span.begin,
                               [](const Token& tk, uint32_t b) { return tk.span.end <= b; });
    for (auto it = lo; it != doc_.tokens.end() && it->span.begin < te.span.end; ++it)
      time_at_[it - doc_.tokens.begin()] = static_cast<int32_t>(i);
  }
  quote_at_.assign(n, -1);
  for (size_t i = 0; i < doc_.quotes.size(); ++i) {
    const Quote& q = doc_.quotes[i];
    auto lo = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), q.span.begin,
                               [](const Token& tk, uint32_t b) { return tk.span.begin < b; });
    for (auto it = lo; it != doc_.tokens.end() && it->span.end <= q.span.end; ++it) {
      size_t t = it - doc_.tokens.begin();
      if (quote_at_[t] < 0) quote_at_[t] = static_cast<int32_t>(i);
    }
  }
  published_ = doc_.published.substr(0, std::min<size_t>(10, doc_.published.size()));
  not_actor_synset_ = r_.verbs->FindSynset("notactor");
  military_synset_ = r_.verbs->FindSynset("military");
  size_t nc = doc_.clauses.size();
  consumed_.assign(nc, 0);
  rel_.assign(nc, 0xff);
  windows_.assign(nc, {});
  window_ready_.assign(nc, 0);
  skipped_.assign(nc, 0);
  subject_.assign(nc, -2);
  report_.assign(nc, Report());
  report_ready_.assign(nc, 0);
  coding_.assign(nc, Coding());
  coded_.assign(nc, 0);
}

const Words& DocCoder::W(uint32_t t) {
  if (!words_ready_[t]) {
    Words& w = words_[t];
    w.text = Lower(doc_.TokenText(t));
    w.lemma = Lower(doc_.tokens[t].lemma);
    Singulars(w.text, &w.sing, &w.sing2);
    words_ready_[t] = 1;
  }
  return words_[t];
}

int32_t DocCoder::Owner(uint32_t t) {
  if (owner_[t] != -2) return owner_[t];
  // Walk up until a clause verb; memoise the path.
  thread_local std::vector<uint32_t> path;
  path.clear();
  int32_t cur = static_cast<int32_t>(t);
  int32_t found = -1;
  for (int guard = 0; cur >= 0 && guard < 200; ++guard) {
    if (owner_[cur] != -2) {
      found = owner_[cur];
      break;
    }
    path.push_back(static_cast<uint32_t>(cur));
    if (clause_at_[cur] >= 0) {
      found = clause_at_[cur];
      break;
    }
    cur = Head(static_cast<uint32_t>(cur));
  }
  for (uint32_t p : path) owner_[p] = clause_at_[p] >= 0 ? clause_at_[p] : found;
  return owner_[t];
}

std::vector<int32_t> DocCoder::Conjuncts(int32_t h) const {
  std::vector<int32_t> out;
  if (h < 0) return out;
  out.push_back(h);
  if (!tree_) return out;
  for (size_t i = 0; i < out.size() && out.size() < 12; ++i) {
    for (uint32_t k : Kids(out[i])) {
      Dep d = D(k);
      if (d != Dep::kConj && d != Dep::kAppos) continue;
      Upos p = doc_.tokens[k].pos;
      if (p == Upos::kVerb || p == Upos::kAux) continue;  // a second clause
      if (d == Dep::kAppos) {
        // "Gaddafi and Bulgarian President Zhivkov" parsed as an apposition:
        // a conjunct when "and" stands between them.
        bool and_between = false;
        for (uint32_t t = static_cast<uint32_t>(out[i]) + 1; t < k && !and_between; ++t) {
          std::string_view w = doc_.TokenText(t);
          and_between = w == "and" || w == "And";
        }
        if (!and_between) continue;
      }
      out.push_back(static_cast<int32_t>(k));
    }
  }
  return out;
}

// ---- Actors ----------------------------------------------------------------------------

Actor DocCoder::EntityActor(int32_t mention, uint32_t token) const {
  Actor a;
  a.token = static_cast<int32_t>(token);
  if (mention < 0) return a;
  int32_t e = doc_.mentions[mention].entity;
  if (e < 0 || static_cast<size_t>(e) >= doc_.entities.size()) return a;
  const Entity& en = doc_.entities[e];
  a.entity = e;
  a.name = en.name;
  a.code = en.actor;
  a.country = en.country;
  const bool transnational = StartsWith(a.code, "IGO") || StartsWith(a.code, "NGO") ||
                             StartsWith(a.code, "IMG") || StartsWith(a.code, "MNC");
  if (transnational) {
    // "UN Secretary-General Kofi Annan" acts for the UN (IGOUNO), not for
    // Ghana, his country: an event's side is of the country its code names.
    a.country.clear();
  } else if (a.country.empty() && a.code.size() >= 3) {
    bool upper = true;
    for (int i = 0; i < 3; ++i) upper = upper && IsAsciiUpper(a.code[i]);
    if (upper) a.country = a.code.substr(0, 3);
  }
  return a;
}

bool DocCoder::IsNotActorNoun(uint32_t t) { return InSynset(t, not_actor_synset_); }

// Whether token t is a member of synset `synset` (-1: none).
bool DocCoder::InSynset(uint32_t t, int32_t synset) {
  if (synset < 0) return false;
  PatternItem it;
  it.kind = ItemKind::kSynset;
  it.synset = synset;
  std::vector<uint32_t> one = {t};
  return MatchItemAt(it, one, 0, 0) > 0;
}

bool DocCoder::IsPlaceEntity(const Actor& a) const {
  if (a.entity < 0) return false;
  EntityType t = doc_.entities[a.entity].type;
  return t == EntityType::kPlace || t == EntityType::kCountry;
}

// The actor a noun phrase with head `head` stands for. strict: the head
// itself must name the actor (or be an agent noun with a country word:
// "Russian troops"), not merely mention one ("the Russian response").
// Whether token k has a preposition of place ("in", "at", "near", ...) as
// its case marker.
bool DocCoder::LocativeCase(uint32_t k) {
  for (uint32_t c : Kids(k)) {
    if (D(c) != Dep::kCase) continue;
    const std::string& p = W(c).lemma.empty() ? W(c).text : W(c).lemma;
    return p == "in" || p == "at" || p == "near" || p == "across" || p == "inside" ||
           p == "outside" || p == "around" || p == "throughout";
  }
  return false;
}

Actor DocCoder::ActorOf(int32_t head, bool strict, const Report* report) {
  Actor none;
  if (head < 0 || static_cast<size_t>(head) >= doc_.tokens.size()) return none;
  uint32_t h = static_cast<uint32_t>(head);
  const Words& w = W(h);
  bool named_org = false;
  if (mention_at_[h] >= 0) {
    Actor a = EntityActor(mention_at_[h], h);
    // A nationality word used as a noun ("100 Palestinians") names the
    // actor; as an adjective ("Palestinian homes") only its noun can.
    bool noun_use = doc_.tokens[h].pos == Upos::kNoun || doc_.tokens[h].pos == Upos::kPropn;
    if (a.ok() && (doc_.mentions[mention_at_[h]].form != MentionForm::kAdjective || noun_use))
      return a;
    if (a.ok() && !strict) return a;
    // An organisation's name of several words that the lexicon does not
    // code is that organisation, not the role noun it ends in ("the Trades
    // Union Congress" is no legislature); a country before it still is
    // its country ("China's National Petroleum Corporation").
    const Mention& m = doc_.mentions[mention_at_[h]];
    const Entity* e = EntityOf(m);
    named_org = !a.ok() && e != nullptr && m.form == MentionForm::kName &&
                m.token_end > m.token_begin + 1 && e->type == EntityType::kOrganization;
  }
  if (report && report->active && report->speaker.ok() && IsFirstPerson(w.text)) {
    Actor a = report->speaker;
    a.token = head;
    return a;
  }
  // A description before the name it describes ("French car maker
  // Peugeot", "German airline Lufthansa"): the name's actor when its code
  // says more than a country (else the description's modifiers may say
  // more: "IMF boss Rodrigo Rato").
  // (A description has words of its own before its noun: "lift Channel 4"
  // misparsed is none.)
  bool described = false;
  if (tree_)
    for (uint32_t k : Kids(h)) described |= k < h && (D(k) == Dep::kDet || D(k) == Dep::kAmod ||
                                                     D(k) == Dep::kCompound ||
                                                     D(k) == Dep::kNmodPoss);
  if (described) {
    for (uint32_t k : Kids(h)) {
      if (k < h || (D(k) != Dep::kFlat && D(k) != Dep::kAppos) || mention_at_[k] < 0) continue;
      if (k != h + 1 && !(k == h + 2 && doc_.TokenText(h + 1) == ",")) continue;
      const Mention& m = doc_.mentions[mention_at_[k]];
      if (m.form != MentionForm::kName || m.token_begin != k || EntityOf(m) == nullptr) continue;
      const EntityType type = EntityOf(m)->type;
      if (type != EntityType::kPerson && type != EntityType::kOrganization) continue;
      Actor a = EntityActor(mention_at_[k], k);
      if (a.ok() && !a.country.empty() && a.code.size() > 3) return a;
    }
  }
  // A noun of a relation ("its rival", "Boeing's competitor", "Brown
  // ally", "allies of Kyiv", "his counterpart") names someone other than
  // the one it is said of: no actor from a possessor, an "of" phrase or a
  // name before it; its adjectives are its own ("German rival", "his
  // Chinese counterpart"; "his EU counterparts" too). (Not an agent noun
  // of the lexicon: "critics" are the opposition.)
  int relation = 0;  // 1: a relation; 2: "counterpart"
  {
    static constexpr std::string_view kRelational[] = {
        "rival",    "competitor", "opponent", "adversary", "enemy",
        "foe",      "neighbour",  "neighbor", "ally",      "challenger", "nemesis"};
    const std::string& noun = w.lemma.empty() ? w.text : w.lemma;
    for (std::string_view r : kRelational)
      if (EqualsIgnoreCase(noun, r)) relation = 1;
    if (EqualsIgnoreCase(noun, "counterpart")) relation = 2;
  }
  std::string sector;
  if (r_.agent_sector && !named_org) {
    sector = r_.agent_sector(w.text);
    if (sector.empty() && !w.lemma.empty()) sector = r_.agent_sector(w.lemma);
    // An agent noun that is part of a two-word agent of the lexicon takes
    // that one's sector: "opposition leaders" (not the government's, as
    // "leaders" alone), "the attorney general" (no soldier), "military
    // chiefs". (A noun that is no agent alone stays none: "news agency".)
    if (!sector.empty() && tree_ && h > 0) {
      for (uint32_t k : Kids(h)) {
        if (k + 1 != h || (D(k) != Dep::kCompound && D(k) != Dep::kAmod)) continue;
        std::string two = r_.agent_sector(W(k).text + " " + (w.lemma.empty() ? w.text : w.lemma));
        if (two.empty()) two = r_.agent_sector(W(k).text + " " + w.text);
        if (!two.empty()) sector = two;
      }
    }
  }
  // "Opposition groups": a role word before the head makes it people.
  auto agent_modified = [&]() {
    if (!r_.agent_sector) return false;
    for (uint32_t k : Kids(h)) {
      if (D(k) != Dep::kCompound && D(k) != Dep::kAmod) continue;
      if (!r_.agent_sector(W(k).text).empty() ||
          (!W(k).lemma.empty() && !r_.agent_sector(W(k).lemma).empty()))
        return true;
    }
    return false;
  };
  // Modifiers: "Russian troops", "Kremlin spokesman", "U.S. officials".
  auto modifier_actor = [&](bool possessive_too) -> Actor {
    if (tree_) {
      for (uint32_t k : Kids(h)) {
        Dep d = D(k);
        bool mod = d == Dep::kAmod || (d == Dep::kCompound && relation != 1) ||
                   d == Dep::kFlat || (d == Dep::kNmodPoss && relation == 0) ||
                   (possessive_too && d == Dep::kNmod && relation == 0);
        if (!mod) continue;
        // A place a thing is in is not its owner: "cold weather in the US",
        // "prices in China" (an agent's place still is: "officials in Kyiv",
        // read by the sector path above).
        if (d == Dep::kNmod && sector.empty() && LocativeCase(k) && !agent_modified()) continue;
        for (uint32_t t = k; t <= k; ++t) {
          if (mention_at_[t] >= 0) {
            Actor a = EntityActor(mention_at_[t], t);
            if (a.ok()) return a;
          }
        }
        // A multi-word modifier ("United States officials"): its own kids.
        for (uint32_t kk : Kids(k))
          if (mention_at_[kk] >= 0) {
            Actor a = EntityActor(mention_at_[kk], kk);
            if (a.ok()) return a;
          }
      }
      return Actor();
    }
    // No tree: the words right before the head.
    for (int32_t t = head - 1; t >= 0 && t >= head - 3; --t) {
      if (mention_at_[t] >= 0) {
        Actor a = EntityActor(mention_at_[t], static_cast<uint32_t>(t));
        if (a.ok()) return a;
      }
      if (doc_.tokens[t].kind != TokenKind::kWord) break;
    }
    return Actor();
  };
  // Deeper: "workers affiliated with the Serbian Workers' Union",
  // "rebels in the Ivory Coast".
  auto deep_actor = [&]() -> Actor {
    if (!tree_) return Actor();
    std::vector<std::pair<uint32_t, int>> stack;
    for (uint32_t k : Kids(h)) stack.push_back({k, 1});
    while (!stack.empty()) {
      auto [t, depth] = stack.back();
      stack.pop_back();
      Dep d = D(t);
      bool follow = d == Dep::kAmod || d == Dep::kCompound || d == Dep::kFlat ||
                    d == Dep::kNmod || d == Dep::kNmodPoss || d == Dep::kAcl ||
                    d == Dep::kObl || d == Dep::kAppos;
      if (relation != 0 && depth == 1 && (d == Dep::kNmodPoss || d == Dep::kNmod)) follow = false;
      if (relation == 1 && depth == 1 && d == Dep::kCompound) follow = false;
      if (!follow) continue;
      if (mention_at_[t] >= 0) {
        Actor a = EntityActor(mention_at_[t], t);
        if (a.ok() && !a.country.empty()) return a;
      }
      if (depth < 3)
        for (uint32_t k : Kids(t)) stack.push_back({k, depth + 1});
    }
    return Actor();
  };
  if (!sector.empty()) {
    Actor a = modifier_actor(true);
    if (!a.ok()) a = deep_actor();
    if (a.ok()) {
      // A bare country code gets the sector; a code with a sector keeps it,
      // except a person's before a word for a government: "the Obama
      // administration" is the government, whatever Obama's code then.
      const bool person = a.entity >= 0 && static_cast<size_t>(a.entity) < doc_.entities.size() &&
                          doc_.entities[a.entity].type == EntityType::kPerson;
      if (a.code.size() == 3 && a.code == a.country) a.code += sector;
      else if (a.code.empty()) a.code = a.country + sector;
      else if (person && sector == "GOV" && !a.country.empty()) a.code = a.country + sector;
      a.token = head;
      return a;
    }
    Actor s;
    s.code = sector;
    s.name = doc_.TokenText(h);
    s.token = head;
    return s;  // !ok(): no country; used only as a group actor
  }
  // An event noun or a word for what an actor says or owns ("the Russian
  // response") is not an actor; other nouns with a country word are that
  // country's ("Iraqi towns", "the Azerbaijani republic of Nakhichevan").
  if (strict && (IsNotActorNoun(h) || !r_.verbs->NounTriggers(w.text).empty() ||
                 (!w.lemma.empty() && !r_.verbs->NounTriggers(w.lemma).empty())))
    return none;
  return modifier_actor(!strict);
}

std::vector<Actor> DocCoder::ActorsOf(int32_t head, bool strict, const Report* report) {
  std::vector<Actor> out;
  for (int32_t h : Conjuncts(head)) {
    Actor a = ActorOf(h, strict, report);
    // An agent noun without a country ("troops", "police") codes a source
    // (sector only), but names no target.
    if (a.ok() && !(strict && a.country.empty() && a.entity < 0)) out.push_back(std::move(a));
  }
  return out;
}

// ---- Pattern matching ----------------------------------------------------------------

// Length (in window positions) of item matched exactly at pos, 0 if none.
int DocCoder::MatchItemAt(const PatternItem& it, const std::vector<uint32_t>& window,
                          size_t pos, int depth) {
  if (pos >= window.size()) return 0;
  switch (it.kind) {
    case ItemKind::kWords: {
      if (pos + it.words.size() > window.size()) return 0;
      for (size_t i = 0; i < it.words.size(); ++i) {
        if (i > 0 && window[pos + i] != window[pos + i - 1] + 1) return 0;
        if (!WordIs(W(window[pos + i]), it.words[i])) return 0;
      }
      return static_cast<int>(it.words.size());
    }
    case ItemKind::kSynset: {
      if (depth > 4 || it.synset < 0) return 0;
      int best = 0;
      const auto& members = r_.verbs->synset(it.synset);
      auto try_member = [&](uint32_t mi) {
        const auto& member = members[mi];
        size_t p = pos;
        bool ok = !member.empty();
        for (const PatternItem& m : member) {
          int len = MatchItemAt(m, window, p, depth + 1);
          if (len == 0) {
            ok = false;
            break;
          }
          p += len;
        }
        if (ok) best = std::max(best, static_cast<int>(p - pos));
      };
      // Only the members that can start with this token's forms.
      const Words& w = W(window[pos]);
      const std::string* forms[] = {&w.text, &w.lemma, &w.sing, &w.sing2};
      for (int f = 0; f < 4; ++f) {
        if (forms[f]->empty()) continue;
        bool dup = false;
        for (int g = 0; g < f; ++g) dup = dup || *forms[g] == *forms[f];
        if (dup) continue;
        for (uint32_t mi : r_.verbs->SynsetMembersStartingWith(it.synset, *forms[f])) try_member(mi);
      }
      for (uint32_t mi : r_.verbs->SynsetOtherMembers(it.synset)) try_member(mi);
      return best;
    }
    case ItemKind::kSource:
    case ItemKind::kTarget:
    case ItemKind::kCompound: {
      uint32_t t = window[pos];
      if (!StartsActor(t)) return 0;
      const Mention& m = doc_.mentions[mention_at_[t]];
      int len = 1;
      while (pos + len < window.size() && window[pos + len] < m.token_end) ++len;
      return len;
    }
    case ItemKind::kSkip:
      return 1;
  }
  return 0;
}

bool DocCoder::MatchPattern(const VerbPattern& p, const std::vector<uint32_t>& window, size_t at,
                            Coding* c) {
  int32_t src = -1, tgt = -1;
  bool compound = false;
  // After the trigger: items in order, gaps allowed.
  size_t pos = at + 1;
  for (const PatternItem& it : p.after) {
    if (it.kind == ItemKind::kSkip) continue;
    bool found = false;
    for (size_t q = pos; q < window.size(); ++q) {
      int len = MatchItemAt(it, window, q, 0);
      if (len > 0) {
        if (it.kind == ItemKind::kSource) src = static_cast<int32_t>(window[q]);
        if (it.kind == ItemKind::kTarget) tgt = static_cast<int32_t>(window[q]);
        if (it.kind == ItemKind::kCompound) compound = true;
        pos = q + len;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  // Before the trigger: items from the nearest backwards.
  size_t end = at;  // items must end at or before this window position
  for (auto it = p.before.rbegin(); it != p.before.rend(); ++it) {
    if (it->kind == ItemKind::kSkip) continue;
    bool found = false;
    for (size_t q = end; q-- > 0;) {
      int len = MatchItemAt(*it, window, q, 0);
      if (len > 0 && q + len <= end) {
        if (it->kind == ItemKind::kSource) src = static_cast<int32_t>(window[q]);
        if (it->kind == ItemKind::kTarget) tgt = static_cast<int32_t>(window[q]);
        if (it->kind == ItemKind::kCompound) compound = true;
        end = q;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  c->slot_source = src;
  c->slot_target = tgt;
  c->compound = compound;
  return true;
}

Coding DocCoder::CodeTrigger(uint32_t t, bool noun, const std::vector<uint32_t>& window) {
  Coding c;
  c.trigger = static_cast<int32_t>(t);
  c.cue_last = static_cast<int32_t>(t);
  c.noun = noun;
  auto at_it = std::find(window.begin(), window.end(), t);
  if (at_it == window.end()) return c;
  size_t at = at_it - window.begin();
  const Words& w = W(t);
  // Candidate triggers by lemma and by form.
  std::vector<Cand> cands;
  auto consider = [&](std::span<const Trigger> list) {
    for (const Trigger& tr : list) {
      // Words after: each within 3 positions of the previous.
      size_t pos = at;
      bool ok = true;
      int32_t last = static_cast<int32_t>(t);
      for (const std::string& aw : tr.after) {
        bool found = false;
        for (size_t q = pos + 1; q < window.size() && q <= pos + 4; ++q) {
          if (WordIs(W(window[q]), aw) && !ObjectBeforePreposition(t, window, pos, q)) {
            pos = q;
            last = static_cast<int32_t>(window[q]);
            found = true;
            break;
          }
        }
        if (!found) {
          ok = false;
          break;
        }
      }
      // Words before: adjacent, nearest last.
      size_t bpos = at;
      for (auto it = tr.before.rbegin(); ok && it != tr.before.rend(); ++it) {
        if (bpos == 0 || !WordIs(W(window[bpos - 1]), *it)) {
          ok = false;
          break;
        }
        --bpos;
      }
      if (!ok) continue;
      bool dup = false;
      for (const Cand& o : cands) dup = dup || o.trig == &tr;
      if (!dup)
        cands.push_back({&tr, static_cast<int>(tr.after.size() + tr.before.size()), last});
    }
  };
  auto lookup = [&](std::string_view key) {
    if (key.empty()) return;
    consider(noun ? r_.verbs->NounTriggers(key) : r_.verbs->VerbTriggers(key));
  };
  lookup(w.lemma);
  if (w.text != w.lemma) lookup(w.text);
  if (noun && !w.sing.empty()) lookup(w.sing);
  if (cands.empty()) return c;
  // A trigger a user dictionary defines is the user's alone: its built-in
  // blocks (and their patterns) step aside.
  bool any_user = false;
  for (const Cand& cd : cands) any_user = any_user || r_.verbs->block(cd.trig->block).user;
  if (any_user)
    cands.erase(std::remove_if(cands.begin(), cands.end(),
                               [&](const Cand& cd) { return !r_.verbs->block(cd.trig->block).user; }),
                cands.end());
  // Longer triggers first ("withdraw from" before "withdraw"); a group whose
  // blocks give nothing (no pattern, code, frame or support verb) yields to
  // the next shorter one.
  std::vector<int> sizes;
  for (const Cand& cd : cands)
    if (std::find(sizes.begin(), sizes.end(), cd.words) == sizes.end()) sizes.push_back(cd.words);
  std::sort(sizes.rbegin(), sizes.rend());
  Coding result = c;
  for (int words : sizes) {
    std::vector<const Cand*> kept;
    for (const Cand& cd : cands)
      if (cd.words == words) kept.push_back(&cd);
    Coding g = CodeGroup(c, kept, window, at);
    result = g;
    if (g.pattern || !g.code.empty() || g.frame != Frame::kNone || g.light) return g;
  }
  return result;
}

Coding DocCoder::CodeGroup(Coding c, std::vector<const Cand*> kept,
                           const std::vector<uint32_t>& window, size_t at) {
  // User dictionaries first (they override the built-in lexicon), then
  // file order.
  std::sort(kept.begin(), kept.end(), [&](const Cand* a, const Cand* b) {
    bool ua = r_.verbs->block(a->trig->block).user, ub = r_.verbs->block(b->trig->block).user;
    if (ua != ub) return ua;
    return a->trig->block < b->trig->block;
  });
  c.found = true;
  c.cue_last = kept[0]->last;
  // Patterns of every kept block compete; the most specific wins.
  const VerbPattern* best = nullptr;
  const VerbBlock* best_block = nullptr;
  Coding best_slots;
  for (const Cand* cd : kept) {
    const VerbBlock& b = r_.verbs->block(cd->trig->block);
    if (b.flags & kFlagLight) c.light = true;
    for (uint32_t pi : b.patterns) {
      const VerbPattern& p = r_.verbs->pattern(pi);
      if (best && (p.weight < best->weight ||
                   (p.weight == best->weight && (best_block->user || !b.user))))
        continue;
      Coding slots;
      if (MatchPattern(p, window, at, &slots)) {
        best = &p;
        best_block = &b;
        best_slots = slots;
      }
    }
  }
  if (best) {
    c.pattern = best;
    c.block = best_block;
    c.code = best->code;
    c.paired = best->paired_code;
    c.flags = best->has_flags ? best->flags : best_block->flags;
    c.frame = best_block->frame;
    c.content = best_block->content;
    c.targets = !best->targets.empty() ? &best->targets
                : !best_block->targets.empty() ? &best_block->targets
                                                : nullptr;
    c.slot_source = best_slots.slot_source;
    c.slot_target = best_slots.slot_target;
    c.compound = best_slots.compound;
    return c;
  }
  // The bare trigger: the first block with a code, else one with a frame.
  const Cand* pick = nullptr;
  for (const Cand* cd : kept) {
    const VerbBlock& b = r_.verbs->block(cd->trig->block);
    if (!cd->trig->code.empty() || !b.code.empty()) {
      pick = cd;
      break;
    }
  }
  if (!pick) {
    for (const Cand* cd : kept)
      if (r_.verbs->block(cd->trig->block).frame != Frame::kNone) {
        pick = cd;
        break;
      }
  }
  if (!pick) pick = kept[0];
  for (const Cand* cd : kept) {
    const VerbBlock& o = r_.verbs->block(cd->trig->block);
    if (cd == pick || &o == &r_.verbs->block(pick->trig->block)) continue;
    std::string code = !cd->trig->code.empty() ? cd->trig->code : o.code;
    if (!code.empty()) c.alternatives.emplace_back(&o, std::move(code));
  }
  const VerbBlock& b = r_.verbs->block(pick->trig->block);
  c.block = &b;
  c.code = !pick->trig->code.empty() ? pick->trig->code : b.code;
  c.paired = b.paired_code;
  c.flags = b.flags;
  c.frame = b.frame;
  c.content = b.content;
  c.targets = b.targets.empty() ? nullptr : &b.targets;
  c.cue_last = pick->last;
  return c;
}

// ---- Clauses -----------------------------------------------------------------------------

// Whether clause ci is introduced by one of `words` ("resign without
// returning": what the clause says does not happen).
bool DocCoder::MarkedBy(int32_t ci, std::initializer_list<std::string_view> words) {
  const Clause& cl = doc_.clauses[ci];
  if (cl.verb < 0 || !tree_) return false;
  for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb))) {
    if (D(k) != Dep::kMark) continue;
    for (std::string_view w : words)
      if (W(k).text == w) return true;
  }
  return false;
}

Rel DocCoder::RelOf(int32_t ci) {
  if (rel_[ci] != 0xff) return static_cast<Rel>(rel_[ci]);
  Rel r = ComputeRel(ci);
  rel_[ci] = static_cast<uint8_t>(r);
  return r;
}

Rel DocCoder::ComputeRel(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  if (cl.verb < 0) return Rel::kOther;
  if (cl.parent < 0) return Rel::kRoot;
  uint32_t v = static_cast<uint32_t>(cl.verb);
  auto marked = [&](std::initializer_list<std::string_view> words) {
    std::vector<int32_t> marks;
    if (cl.complementizer >= 0) marks.push_back(cl.complementizer);
    if (tree_)
      for (uint32_t k : Kids(v))
        if (D(k) == Dep::kMark) marks.push_back(static_cast<int32_t>(k));
    for (int32_t m : marks)
      for (std::string_view w : words)
        if (W(static_cast<uint32_t>(m)).text == w) return true;
    return false;
  };
  if (marked({"if", "unless", "whether"})) return Rel::kCondition;
  switch (D(v)) {
    case Dep::kXcomp: return Rel::kXcomp;
    case Dep::kCcomp:
    case Dep::kCsubj:
    case Dep::kCsubjPass: return Rel::kComp;
    case Dep::kAdvcl:
    case Dep::kAdvclRelcl:
      if (marked({"to", "so"}) && !marked({"after", "before"})) return Rel::kPurpose;
      return Rel::kAdv;
    case Dep::kAclRelcl: return Rel::kRelcl;
    case Dep::kAcl: return Rel::kAcl;
    case Dep::kConj: return Rel::kConj;
    default: break;
  }
  const Clause& p = doc_.clauses[cl.parent];
  if (p.complement == ci) return cl.subject < 0 ? Rel::kXcomp : Rel::kComp;
  return Rel::kOther;
}

// The tokens of a clause, in order: its own and those of the infinitive
// clauses it governs (the content of "agreed to resume talks").
const std::vector<uint32_t>& DocCoder::Window(int32_t ci) {
  if (window_ready_[ci]) return windows_[ci];
  window_ready_[ci] = 1;
  windows_[ci] = ComputeWindow(ci);
  return windows_[ci];
}

std::vector<uint32_t> DocCoder::ComputeWindow(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  const Sentence& s = doc_.sentences[cl.sentence];
  std::vector<uint32_t> out;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    int32_t o = Owner(t);
    if (o == ci) {
      out.push_back(t);
      continue;
    }
    // Infinitive content clauses (any depth) belong to the window.
    int guard = 0;
    while (o >= 0 && o != ci && guard++ < 20) {
      if (RelOf(o) != Rel::kXcomp) break;
      o = doc_.clauses[o].parent;
    }
    if (o == ci) out.push_back(t);
  }
  return out;
}

// The clause that is the content of clause ci: an infinitive; with
// allow_comp also a that-clause or an "of/for + -ing" clause.
int32_t DocCoder::ContentClause(int32_t ci, bool allow_comp) {
  // The clause the syntax layer names as this one's complement.
  int32_t k0 = doc_.clauses[ci].complement;
  if (k0 >= 0 && k0 != ci && doc_.clauses[k0].parent == ci) {
    Rel r = RelOf(k0);
    if (r == Rel::kXcomp || (allow_comp && r != Rel::kCondition && r != Rel::kPurpose &&
                             r != Rel::kRelcl && r != Rel::kConj))
      return k0;
  }
  int32_t best = -1;
  for (int32_t k : clause_kids_[ci]) {
    Rel r = RelOf(k);
    if (r == Rel::kXcomp) return k;
    // "agreed in principle on Saturday to provide ...": an infinitive the
    // parse made adverbial is still what a frame verb is about.
    if (r == Rel::kPurpose && best < 0 && frame_content_) best = k;
    if (!allow_comp || best >= 0) continue;
    if (r == Rel::kComp) best = k;
    if (r == Rel::kAdv || r == Rel::kAcl) {
      // "accused X of ignoring", "blamed X for the bombing"
      int32_t v = doc_.clauses[k].verb;
      if (tree_ && v >= 0)
        for (uint32_t m : Kids(static_cast<uint32_t>(v))) {
          Dep d = D(m);
          if ((d == Dep::kMark || d == Dep::kCase) &&
              (W(m).text == "of" || W(m).text == "for"))
            best = k;
        }
    }
  }
  return best;
}

// Verbs after which an infinitive's subject is the object: "urged X to".
bool ObjectControl(std::string_view lemma) {
  static const char* kVerbs[] = {"urge",   "order",   "ask",    "force",     "allow",
                                 "permit", "invite",  "call",   "encourage", "tell",
                                 "instruct", "compel", "persuade", "pressure", "press",
                                 "request", "command", "direct", "appeal", "help"};
  for (const char* v : kVerbs)
    if (lemma == v) return true;
  return false;
}

bool DocCoder::Joined(int32_t ci) const {
  const int32_t v = doc_.clauses[ci].verb;
  if (!tree_ || v < 0) return true;
  for (uint32_t k : Kids(static_cast<uint32_t>(v)))
    if (D(k) == Dep::kCc || D(k) == Dep::kPunct) return true;
  return false;
}

bool DocCoder::SubjectClause(int32_t ci) const {
  const int32_t v = doc_.clauses[ci].verb;
  if (!tree_ || v < 0 || (D(static_cast<uint32_t>(v)) != Dep::kCsubj &&
                          D(static_cast<uint32_t>(v)) != Dep::kCsubjPass))
    return false;
  // Not when the head has a subject of its own: "X is about to restore"
  // parsed with "restore" as a clausal subject is X's act.
  const int32_t h = Head(static_cast<uint32_t>(v));
  if (h < 0) return false;
  for (uint32_t k : Kids(static_cast<uint32_t>(h)))
    if (D(k) == Dep::kNsubj || D(k) == Dep::kNsubjPass) return false;
  return true;
}

int32_t DocCoder::SubjectOf(int32_t ci) {
  if (subject_[ci] != -2) return subject_[ci];
  subject_[ci] = -1;  // cycle guard
  const Clause& cl = doc_.clauses[ci];
  int32_t s = cl.subject;
  if (s >= 0 && IsRelativePronoun(W(static_cast<uint32_t>(s)).text) && cl.verb >= 0) {
    // "rebels who attacked": the antecedent.
    int32_t h = Head(static_cast<uint32_t>(cl.verb));
    s = h >= 0 ? h : s;
  }
  if (s < 0 && cl.parent >= 0) {
    Rel r = RelOf(ci);
    const Clause& p = doc_.clauses[cl.parent];
    if (r == Rel::kXcomp && p.verb >= 0) {
      const Words& pv = W(static_cast<uint32_t>(p.verb));
      std::string_view lemma = pv.lemma.empty() ? std::string_view(pv.text) : pv.lemma;
      if (p.object >= 0 && ObjectControl(lemma)) s = p.object;
      else s = SubjectOf(cl.parent);
    } else if ((r == Rel::kAdv || (r == Rel::kConj && Joined(ci)) || r == Rel::kPurpose ||
                r == Rel::kCondition || r == Rel::kComp) &&
               !SubjectClause(ci)) {
      s = SubjectOf(cl.parent);
    } else if (r == Rel::kAcl && cl.verb >= 0) {
      s = Head(static_cast<uint32_t>(cl.verb));  // "troops stationed near"
    }
  }
  // "UNITED NATIONS (World Desk Daily) - Russia on Friday vetoed": a
  // dateline the parse took for the subject; the actor after the dash is.
  if (s >= 0 && cl.verb >= 0) {
    uint32_t end = DatelineEnd(cl.sentence);
    if (end > 0 && static_cast<uint32_t>(s) < end) {
      for (uint32_t t = end; t < static_cast<uint32_t>(cl.verb); ++t)
        if (StartsActor(t)) {
          const Mention& m = doc_.mentions[mention_at_[t]];
          s = static_cast<int32_t>(m.token_end - 1);
          break;
        }
    }
  }
  subject_[ci] = s;
  return s;
}

// The token after a dateline's dash ("GENEVA, June 16 (Reuters) - "), 0 if
// the sentence opens with none: an upper-case first word and a dash among
// the first fifteen tokens.
uint32_t DocCoder::DatelineEnd(uint32_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  if (s.token_begin >= s.token_end || !doc_.tokens[s.token_begin].Has(Token::kAllCaps)) return 0;
  for (uint32_t t = s.token_begin + 1; t < s.token_end && t < s.token_begin + 15; ++t) {
    std::string_view w = doc_.TokenText(t);
    if (w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--") return t + 1;
  }
  return 0;
}

const Report& DocCoder::ReportOf(int32_t ci) {
  if (report_ready_[ci]) return report_[ci];
  report_ready_[ci] = 1;
  Report rep;
  const Clause& cl = doc_.clauses[ci];
  // The content of a statement verb in this sentence.
  int32_t p = cl.parent;
  // Reported by a statement verb: "X said (that) ...", or a statement that
  // takes this clause as its complement wherever it stands ("..., officials
  // said", "..., he added").
  std::vector<int32_t> reporters = reporters_[ci];
  if (p >= 0 && RelOf(ci) == Rel::kComp) reporters.insert(reporters.begin(), p);
  for (int32_t r : reporters) {
    Coding pc = CodeClause(r);
    if (!pc.found || !(pc.flags & kFlagSpeech)) continue;
    rep.active = true;
    int32_t sh = SubjectOf(r);
    rep.speaker = ActorOf(sh, false, nullptr);
    if (rep.speaker.entity >= 0) rep.by = std::string(rep.speaker.name);
    else if (sh >= 0) rep.by = std::string(doc_.TokenText(static_cast<uint32_t>(sh)));
    break;
  }
  if (!rep.active && p >= 0) {
    const Report& pr = ReportOf(p);
    if (pr.active) rep = pr;
  }
  // Inside a quotation.
  if (!rep.active && cl.verb >= 0 && quote_at_[cl.verb] >= 0) {
    {
      const Quote& q = doc_.quotes[quote_at_[cl.verb]];
      rep.active = true;
      rep.direct = q.kind != QuoteKind::kIndirect;
      if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < doc_.entities.size()) {
        const Entity& e = doc_.entities[q.speaker];
        rep.speaker.entity = q.speaker;
        rep.speaker.name = e.name;
        rep.speaker.code = e.actor;
        rep.speaker.country = e.country;
        if (rep.speaker.country.empty() && e.actor.size() >= 3) rep.speaker.country = e.actor.substr(0, 3);
      }
      rep.by = !q.speaker_name.empty() ? q.speaker_name : q.source;
    }
  }
  if (cl.in_quote) rep.direct = true;
  report_[ci] = std::move(rep);
  return report_[ci];
}

bool DocCoder::UncodedName(int32_t t) const {
  if (t < 0 || mention_at_[t] < 0) return false;
  const Mention& m = doc_.mentions[mention_at_[t]];
  const Entity* e = EntityOf(m);
  return e != nullptr && m.form == MentionForm::kName && e->actor.empty() &&
         e->country.empty() &&
         (e->type == EntityType::kPerson || e->type == EntityType::kOrganization);
}

const Entity* DocCoder::EntityOf(const Mention& m) const {
  if (m.entity < 0 || static_cast<size_t>(m.entity) >= doc_.entities.size()) return nullptr;
  return &doc_.entities[m.entity];
}

bool DocCoder::InPhraseOf(int32_t t, int32_t head, bool clauses_too) const {
  for (int32_t h = t, guard = 0; h >= 0 && guard < 64; ++guard) {
    if (h == head) return true;
    const Dep d = doc_.tokens[h].dep;
    if (!clauses_too && (d == Dep::kAcl || d == Dep::kAclRelcl || d == Dep::kAdvcl)) return false;
    h = doc_.tokens[h].head;
  }
  return false;
}

bool DocCoder::ObjectActedOn(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  if (!tree_ || cl.object < 0 || cl.verb < 0) return false;
  const uint32_t object = static_cast<uint32_t>(cl.object);
  // (Or the object's reduced relative right after it, as the parser often
  // reads it.)
  const std::span<const uint32_t> verb_kids = Kids(static_cast<uint32_t>(cl.verb));
  std::vector<uint32_t> kids(verb_kids.begin(), verb_kids.end());
  for (uint32_t k : Kids(object)) {
    if (k <= object || D(k) != Dep::kAcl) continue;
    bool next = true;  // right after the object's phrase ("the embargo on Cuba lifted")
    for (uint32_t j = object + 1; j < k && next; ++j)
      next = InPhraseOf(static_cast<int32_t>(j), cl.object, /*clauses_too=*/true);
    if (next) kids.push_back(k);
  }
  for (uint32_t k : kids) {
    if ((D(k) != Dep::kXcomp && D(k) != Dep::kAcl && D(k) != Dep::kAdvcl) || k <= object ||
        doc_.tokens[k].pos != Upos::kVerb)
      continue;
    bool comma = false;
    for (uint32_t j = object + 1; j < k; ++j) comma |= doc_.tokens[j].pos == Upos::kPunct;
    if (comma) continue;
    const std::string_view form = W(k).text;
    bool marked = false;
    for (uint32_t m : Kids(k))
      marked |= D(m) == Dep::kMark || D(m) == Dep::kAux || D(m) == Dep::kNsubj ||
                D(m) == Dep::kNsubjPass;
    // ("compared to" is a preposition.)
    if (!marked && form.size() > 3 && !form.ends_with("ing") && W(k).lemma != "compare")
      return true;
  }
  return false;
}

// Codes a clause's trigger (memoised): its verb, or its object noun after a
// support verb; frames take their content's code.
Coding DocCoder::CodeClause(int32_t ci) {
  if (coded_[ci]) return coding_[ci];
  coded_[ci] = 1;  // guards recursion
  const Clause& cl = doc_.clauses[ci];
  Coding c;
  if (cl.verb < 0) return coding_[ci] = c;
  uint32_t v = static_cast<uint32_t>(cl.verb);
  Upos pos = doc_.tokens[v].pos;
  // Most verbs are no trigger: look them up before building the window.
  const Words& vw = W(v);
  if (r_.verbs->VerbTriggers(vw.text).empty() &&
      (vw.lemma.empty() || r_.verbs->VerbTriggers(vw.lemma).empty()))
    return coding_[ci] = c;
  const std::vector<uint32_t>& win = Window(ci);
  if (pos != Upos::kNoun && pos != Upos::kPropn && pos != Upos::kNum && pos != Upos::kPron)
    c = CodeTrigger(v, false, win);
  // An event noun as the object of a support verb (or of a verb the lexicon
  // does not know): "held talks", "staged a protest".
  if (c.light && c.pattern == nullptr && cl.object >= 0) {
    // The object noun, or a noun compounded with it ("a mediation effort").
    std::vector<uint32_t> nouns = {static_cast<uint32_t>(cl.object)};
    if (tree_)
      for (uint32_t k : Kids(static_cast<uint32_t>(cl.object)))
        if (D(k) == Dep::kCompound) nouns.push_back(k);
    for (uint32_t nt : nouns) {
      Coding n = CodeTrigger(nt, true, win);
      if (n.found && !n.code.empty()) {
        n.light = true;
        c = n;
        break;
      }
      // "began a trade war": a pattern that says no event ends the search.
      if (n.found && n.pattern != nullptr) break;
    }
  }
  if (c.found && c.frame != Frame::kNone) {
    frame_content_ = true;
    int32_t k = ContentClause(ci, true);
    frame_content_ = false;
    // "refused to rule out an interest", "declined to rule out force": a
    // refusal of a refusal leaves the matter open, no event.
    if (c.frame == Frame::kReject && k >= 0) {
      const Coding kc = CodeClause(k);
      if (kc.found && (kc.flags & kFlagNegative)) {
        consumed_[k] = 1;
        return coding_[ci] = Coding();
      }
    }
    // "wants the Netherlands to withdraw", "expects the Netherlands to
    // withdraw": an infinitive after the object is the object's act, no
    // intent of the subject's: wanting it is a demand, expecting it a
    // forecast (no event; "expects to sign" is the subject's own).
    bool expected = false;
    if (c.frame == Frame::kIntent && c.pattern == nullptr && k >= 0 && cl.object >= 0 &&
        cl.object < doc_.clauses[k].verb && OpensWith(k, "to")) {
      const std::string_view l = vw.lemma;
      if (l == "want" || l == "wish" || l == "need" || l == "like")
        c.frame = Frame::kDemand;
      else if (l == "expect" || l == "anticipate" || l == "predict")
        expected = true;
    }
    std::string content;
    bool have_content = false;
    if (k >= 0) {
      Coding kc = CodeClause(k);
      // ("deciding to return to the US": a verb that needs its object
      // has none, and says nothing the frame could be about.)
      bool objectless = (kc.flags & kFlagNeedsObject) && kc.pattern == nullptr &&
                        doc_.clauses[k].object < 0 && !Passive(k);
      // (Nor a meeting verb with a topic and no partner: "I want to talk
      // about the central purpose of ...".)  (Not "on": "pledged to invest
      // on school sports facilities" is an investment.)
      if ((kc.flags & kFlagNeedsTarget) && kc.pattern == nullptr && doc_.clauses[k].object < 0) {
        bool about = false, partner = false;
        for (const Oblique& o : doc_.clauses[k].obliques) {
          if (o.marker < 0) continue;
          const std::string_view m = W(static_cast<uint32_t>(o.marker)).text;
          about |= m == "about";
          partner |= m == "with" || m == "to";
        }
        objectless |= about && !partner;
      }
      if (kc.found && !kc.code.empty() && !objectless) {
        content = !kc.content.empty() ? kc.content
                                      : std::string(r_.frames->ContentOf(kc.code));
        have_content = true;
      }
      if (have_content || !(c.flags & kFlagQuiet)) consumed_[k] = 1;
    }
    // Else an event noun: the object ("demanded the withdrawal"), or after
    // to / on / for ("agreed to a ceasefire", "called for talks").
    std::vector<int32_t> nouns;
    if (cl.object >= 0 && cl.object != c.trigger && !ObjectActedOn(ci)) nouns.push_back(cl.object);
    for (const Oblique& o : cl.obliques) {
      if (o.marker < 0 || o.head < 0) continue;
      std::string_view m = W(static_cast<uint32_t>(o.marker)).text;
      if (m == "to" || m == "on" || m == "for" || m == "upon") nouns.push_back(o.head);
    }
    for (int32_t nt : nouns) {
      if (have_content) break;
      Coding kn = CodeTrigger(static_cast<uint32_t>(nt), true, win);
      if (kn.found && !kn.code.empty()) {
        content = !kn.content.empty() ? kn.content : std::string(r_.frames->ContentOf(kn.code));
        have_content = true;
      }
    }
    if (c.pattern == nullptr) {
      if (have_content && r_.frames->HasContent(content)) {
        c.code = std::string(r_.frames->Compose(c.frame, content));
      } else if (c.flags & kFlagQuiet) {
        c.code.clear();  // "decided to ignore": nothing to code
      } else if (c.code.empty()) {
        c.code = std::string(FrameTable::GeneralCode(c.frame));
      }
      if (have_content && (c.flags & kFlagQuiet)) c.flags &= ~kFlagQuiet;
    }
    // "an official, who declined to be named", "refused to be drawn on
    // it": refusing something to be done to oneself rejects nobody.
    if (c.pattern == nullptr && !have_content && c.frame == Frame::kReject && k >= 0 &&
        doc_.clauses[k].passive && doc_.clauses[k].agent < 0 && OpensWith(k, "to"))
      c.code.clear();
    // "Production declined 5%", "the dollar would decline": with no object
    // and nothing it refuses, "decline" is a fall, no rejection.
    if (c.pattern == nullptr && !have_content && c.frame == Frame::kReject &&
        vw.lemma == "decline" && cl.object < 0 && k < 0)
      c.code.clear();
    // "in declining health", "its declining sales": a modifier, whatever
    // the parse made of it.
    if (c.pattern == nullptr && c.frame == Frame::kReject && vw.lemma == "decline" && v > 0) {
      const std::string_view before = W(v - 1).text;
      if (before == "in" || before == "of" || before == "a" || before == "the" ||
          before == "its" || before == "their" || before == "his" || before == "her")
        c.code.clear();
    }
    if (expected) c.code.clear();
    // "asked what the government had to hide", "asked whether they would
    // go": a question asks nobody to act (what it asks about may be an
    // event of its own).
    // (A clause opened by "if" or "whether" is no content: the clause the
    // syntax layer names as the complement.)
    if (c.pattern == nullptr && c.frame == Frame::kAppeal && vw.lemma == "ask") {
      const int32_t q = k >= 0 ? k : cl.complement;
      bool question = q >= 0 && doc_.clauses[q].verb >= 0 &&
                      QuestionWord(SubtreeBegin(doc_.clauses[q].verb));
      if (tree_)  // "asked what ...", "asked Belgium why ...": an object
        for (uint32_t o : Kids(v))
          question |= D(o) == Dep::kObj && QuestionWord(static_cast<int32_t>(o));
      if (question) {
        c.code.clear();
        if (k >= 0) consumed_[k] = 0;
      }
    }
    // "appealed against the ruling", "can appeal the decision": a legal
    // appeal, and "who they would appeal to" (no actor, nothing asked
    // for): to attract; no appeal to anybody to act (that has "for", a
    // clause, or an actor it goes to: "appealed to Russia to stop").
    if (c.pattern == nullptr && c.frame == Frame::kAppeal && vw.lemma == "appeal" &&
        !c.noun && !have_content) {
      bool legal = cl.object >= 0, asks = false, to_actor = false;
      for (const Oblique& o : cl.obliques) {
        if (o.marker < 0 || o.head < 0) continue;
        const std::string_view m = W(static_cast<uint32_t>(o.marker)).text;
        legal |= m == "against";
        asks |= m == "for";
        to_actor |= m == "to" && ActorOf(o.head, true, nullptr).ok();
      }
      if (legal || (!asks && k < 0 && !to_actor)) c.code.clear();
    }
    // A warning threatens when the source promises the harm ("warned it
    // would retaliate", "warned of sanctions": the content or a pattern),
    // warns somebody ("warned Iran") or tells what an actor will face
    // ("warned that Russia would face retaliation"); a forecast is no
    // event ("warned that growth would slow", "warned of lower margins").
    if (c.pattern == nullptr && !have_content && c.frame == Frame::kThreaten &&
        vw.lemma == "warn" && cl.object < 0 && cl.indirect_object < 0 && ForecastOnly(ci, k))
      c.code.clear();
  }
  // "withdrew $1bn in assets from the US", "withdraw artificial feeding
  // from ...": withdrawing something from a place is a military
  // withdrawal only when it is forces ("withdrew its troops from").
  if (c.found && !c.noun && c.code == "087" && cl.object >= 0 && military_synset_ >= 0 &&
      mention_at_[cl.object] < 0 && !InSynset(static_cast<uint32_t>(cl.object), military_synset_))
    c.code.clear();
  // "called the new targets \"reasonably impressive\"", "called him a
  // liar": naming, no telephone call (a predicate after the object).
  if (c.found && !c.noun && c.pattern == nullptr && vw.lemma == "call" &&
      c.code.compare(0, 2, "04") == 0 && tree_ && cl.object >= 0) {
    for (uint32_t k : Kids(v))
      if ((D(k) == Dep::kXcomp && doc_.tokens[k].pos != Upos::kVerb) ||
          (D(k) == Dep::kObj && static_cast<int32_t>(k) > cl.object))
        c.code.clear();
  }
  // One protests in the street against, over or for something, with no
  // clause of what one says: "protested that the SEC was imposing an
  // unfair burden" is disapproval in words (110), and "demonstrated that
  // ...", "demonstrated a phone", "demonstrating on every issue that ..."
  // show something, no protest.
  if (c.found && !c.noun && c.pattern == nullptr && c.code.compare(0, 2, "14") == 0 &&
      (vw.lemma == "protest" || vw.lemma == "demonstrate")) {
    bool says = false;
    for (int32_t k : clause_kids_[ci])
      says |= doc_.clauses[k].verb > cl.verb && (RelOf(k) == Rel::kComp || OpensWith(k, "that"));
    if (vw.lemma == "demonstrate" && (says || cl.object >= 0))
      c.code.clear();
    else if (says)
      c.code = "110";
  }
  // "attacked the plan as vacuous", "attacked Mr Brown for failing to",
  // "attacked over a sources row": an attack in words, criticism (111),
  // not force; "over" or "for" a time is no sign ("over the weekend").
  if (c.found && !c.noun && c.pattern == nullptr && c.code.compare(0, 2, "19") == 0 &&
      (vw.lemma == "attack" || vw.text == "attack")) {
    bool words = false;
    for (const Oblique& o : cl.obliques) {
      if (o.marker < 0 || o.head < 0 || time_at_[o.head] >= 0) continue;
      const std::string_view m = W(static_cast<uint32_t>(o.marker)).text;
      words |= m == "over" || m == "for" || m == "as";
    }
    for (int32_t k : clause_kids_[ci]) {
      const int32_t cz = doc_.clauses[k].complementizer;
      words |= RelOf(k) == Rel::kAdv && cz >= 0 && W(static_cast<uint32_t>(cz)).text == "for";
    }
    if (words) c.code = "111";
  }
  return coding_[ci] = c;
}

// Whether clause k's complementizer is `word` ("that", "to").
bool DocCoder::OpensWith(int32_t k, std::string_view word) {
  const Clause& kc = doc_.clauses[k];
  return kc.complementizer >= 0 && W(static_cast<uint32_t>(kc.complementizer)).text == word;
}

// Whether token t is a question word, "if" or "whether".
bool DocCoder::QuestionWord(int32_t t) {
  static constexpr std::string_view kWords[] = {"what", "why", "how", "who", "whom",
                                                "whose", "which", "where", "when",
                                                "if", "whether"};
  const std::string_view w = W(static_cast<uint32_t>(t)).text;
  for (std::string_view q : kWords)
    if (w == q) return true;
  return false;
}

// Whether the warning of clause ci, whose content clause is k (-1: none),
// only forecasts (see CodeClause).
bool DocCoder::ForecastOnly(int32_t ci, int32_t k) {
  const Clause& cl = doc_.clauses[ci];
  // (Only a clause the warning reports, or "of": with a parse that hangs
  // the clause elsewhere, the warning stays one.)
  bool of = false;
  for (const Oblique& o : cl.obliques) {
    if (o.marker < 0) continue;
    const std::string_view m = W(static_cast<uint32_t>(o.marker)).text;
    of |= m == "of" || m == "about" || m == "on";
  }
  // (The clause a warning inserted after it reports counts: "..., the
  // industry warns.", also read as a conjunct of the clause before when
  // nothing but punctuation follows.)
  int32_t rk = k >= 0 ? k : cl.complement;
  // (A clause opened by "that" the parse hung on the warning some other
  // way: "warned that in the longer term things are likely to get tricky".)
  if (rk < 0)
    for (int32_t kk : clause_kids_[ci])
      if (rk < 0 && doc_.clauses[kk].verb > cl.verb && OpensWith(kk, "that")) rk = kk;
  if (rk < 0 && cl.parent >= 0 && doc_.clauses[cl.parent].verb >= 0 &&
      doc_.clauses[cl.parent].verb < cl.verb &&
      (cl.relation == Dep::kConj || cl.relation == Dep::kParataxis)) {
    bool last = true;
    const uint32_t stop = doc_.sentences[cl.sentence].token_end;
    for (uint32_t t = static_cast<uint32_t>(cl.verb) + 1; t < stop && last; ++t)
      last = doc_.tokens[t].kind != TokenKind::kWord;
    if (last) rk = cl.parent;
  }
  if (rk < 0 && !of && cl.subject >= 0 && cl.subject < cl.verb &&
      Head(static_cast<uint32_t>(cl.subject)) == cl.verb) {
    // "Banks face hard times, officials have warned", the warning's
    // words read as no clause: what it says stands before the subject,
    // and is no clause that names an actor's act.
    const int32_t b = SubtreeBegin(cl.subject);
    if (b > 1 && static_cast<uint32_t>(b) > doc_.sentences[cl.sentence].token_begin + 1 &&
        W(static_cast<uint32_t>(b - 1)).text == ",")
      return true;
  }
  if (rk < 0) return of;
  const Clause& kc = doc_.clauses[rk];
  if (!((kc.parent == ci && (kc.relation == Dep::kCcomp || OpensWith(rk, "that"))) ||
        rk == cl.parent))
    return false;
  if (kc.subject < 0) return true;
  // The source itself ("it would respond"), or an actor facing what will
  // or may come (one with a code: a group the lexicon does not know,
  // "warned that CSOs could undermine ...", is forecast about).
  const uint32_t subj = static_cast<uint32_t>(kc.subject);
  const std::string_view w = W(subj).text;
  // Or what will come of it: "warned that the consequences would be
  // devastating for Russia".
  const std::string_view l = W(subj).lemma.empty() ? w : std::string_view(W(subj).lemma);
  const bool harm = l == "consequence" || l == "retaliation" || l == "reprisal" ||
                    l == "punishment" || l == "sanction" || l == "response";
  const bool threat =
      w == "it" || w == "they" || w == "we" || w == "i" || w == "he" || w == "she" ||
      ((harm || (mention_at_[subj] >= 0 &&
                 ActorOf(static_cast<int32_t>(subj), true, nullptr).ok())) &&
       (kc.tense == Tense::kFuture || kc.modality != Modality::kNone));
  return !threat;
}

bool DocCoder::InTopicPhrase(uint32_t t, int32_t verb) {
  int32_t m = Head(t);
  for (int guard = 0; m >= 0 && m != verb && guard < 6; ++guard) {
    for (uint32_t k = static_cast<uint32_t>(std::max(0, m - 4)); k < static_cast<uint32_t>(m); ++k) {
      if (Head(k) != m || D(k) != Dep::kCase) continue;
      const std::string_view w = W(k).text;
      if (w == "amid" || w == "about" || w == "over" || w == "regarding" || w == "concerning" ||
          w == "despite")
        return true;
    }
    m = Head(static_cast<uint32_t>(m));
  }
  return false;
}

std::vector<Actor> DocCoder::PrepActors(int32_t ci, const Coding& c, std::string_view prep,
                                        const Report& rep) {
  std::vector<Actor> out;
  const Clause& cl = doc_.clauses[ci];
  for (const Oblique& o : cl.obliques) {
    if (o.marker < 0 || o.head < 0) continue;
    if (W(static_cast<uint32_t>(o.marker)).text != prep) continue;
    out = ActorsOf(o.head, true, &rep);
    if (!out.empty()) return out;
  }
  if (!tree_) return out;
  // Prepositional phrases on the event noun or the object ("sanctions
  // against Russia", "talks with Ukraine") or anywhere in the clause.
  const std::vector<uint32_t>& win = Window(ci);
  for (uint32_t t : win) {
    if (W(t).text != prep || (D(t) != Dep::kCase && D(t) != Dep::kMark)) continue;
    int32_t h = Head(t);
    if (h < 0) continue;
    // A mark counts only before a participle the parse took for a verb
    // ("from neighboring Lebanon"), not before an infinitive or a clause.
    if (D(t) == Dep::kMark && h != static_cast<int32_t>(t) + 1) continue;
    if (Owner(static_cast<uint32_t>(h)) != ci &&
        std::find(win.begin(), win.end(), static_cast<uint32_t>(h)) == win.end()) {
      // "from neighboring Lebanon" parsed as a participle clause: its object.
      if (D(t) != Dep::kMark) continue;
    }
    // A partner inside a topic is the topic's: "speaking amid claims of a
    // rift with France", "talked about ties with China".
    if (D(t) == Dep::kCase && InTopicPhrase(static_cast<uint32_t>(h), cl.verb)) continue;
    out = ActorsOf(h, true, &rep);
    if (out.empty() && (doc_.tokens[h].pos == Upos::kVerb || doc_.tokens[h].pos == Upos::kAdj)) {
      int32_t o = KidWith(static_cast<uint32_t>(h), Dep::kObj);
      if (o >= 0) out = ActorsOf(o, true, &rep);
    }
    if (!out.empty()) return out;
  }
  // "withdraw its troops from neighboring Lebanon": the preposition was
  // parsed as the mark of a participle clause below this one.
  const Sentence& sent = doc_.sentences[cl.sentence];
  for (uint32_t t = static_cast<uint32_t>(std::max(cl.verb, 0)); t + 1 < sent.token_end; ++t) {
    if (W(t).text != prep || D(t) != Dep::kMark || Head(t) != static_cast<int32_t>(t) + 1) continue;
    int32_t o = Owner(t + 1);
    if (o < 0 || doc_.clauses[o].parent != ci) continue;
    int32_t obj = KidWith(t + 1, Dep::kObj);
    if (obj >= 0) out = ActorsOf(obj, true, &rep);
    if (!out.empty()) return out;
  }
  (void)c;
  return out;
}

std::vector<Actor> DocCoder::Targets(int32_t ci, const Coding& c, const Report& rep,
                                     bool* by_role) {
  *by_role = false;
  const Clause& cl = doc_.clauses[ci];
  if (c.slot_target >= 0) {
    auto a = ActorsOf(c.slot_target, false, &rep);
    if (!a.empty()) return a;
  }
  const std::vector<TargetRole>& roles = c.targets ? *c.targets : DefaultTargets();
  int32_t obj = Passive(ci) ? -1 : cl.object;
  // "rejected Thursday a UN appeal": a date parsed as the object yields to
  // the verb's other object.
  if (obj >= 0 && time_at_[obj] >= 0 && tree_ && cl.verb >= 0) {
    int32_t other = -1;
    for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb)))
      if (D(k) == Dep::kObj && static_cast<int32_t>(k) != obj && time_at_[k] < 0)
        other = static_cast<int32_t>(k);
    obj = other;
  }
  // For an event noun, its own phrase first ("talks with", "attack on").
  int32_t noun = c.light ? c.trigger : -1;
  for (const TargetRole& role : roles) {
    std::vector<Actor> got;
    switch (role.kind) {
      case TargetRole::kNone:
        return {};
      case TargetRole::kObj:
        if (obj >= 0 && obj != noun) {
          got = ActorsOf(obj, true, &rep);
          // A person or organisation named as the object, uncoded, is the
          // target: no later role stands in ("accused shadow chancellor
          // Oliver Letwin ..., at Gateshead's Sage Centre").
          if (got.empty() && UncodedName(obj)) return {};
        } else if (obj < 0 && !Passive(ci)) {
          // "after receiving Hungarian Prime Minister Viktor Orban" parsed
          // with the name as an oblique without a preposition: an object.
          for (const Oblique& o : cl.obliques) {
            if (o.marker >= 0 || o.head < 0 || time_at_[o.head] >= 0) continue;
            got = ActorsOf(o.head, true, &rep);
            if (!got.empty()) break;
          }
        }
        break;
      case TargetRole::kIobj:
        if (cl.indirect_object >= 0) got = ActorsOf(cl.indirect_object, true, &rep);
        break;
      case TargetRole::kComp: {
        for (int32_t k : clause_kids_[ci]) {
          if (!got.empty()) break;
          Rel r = RelOf(k);
          // "demanded that X ...", "its demand that X ..."
          bool that_clause = r == Rel::kAcl && doc_.clauses[k].complementizer >= 0 &&
                             W(static_cast<uint32_t>(doc_.clauses[k].complementizer)).text == "that";
          if (r != Rel::kComp && !that_clause) continue;
          got = ActorsOf(doc_.clauses[k].subject, true, &rep);
        }
        // A that-clause the parser hung lower ("warned in a statement at
        // the meeting that Russia would face ...").
        std::vector<int32_t> stack(clause_kids_[ci].begin(), clause_kids_[ci].end());
        for (int guard = 0; got.empty() && !stack.empty() && guard < 50; ++guard) {
          int32_t k = stack.back();
          stack.pop_back();
          Rel r = RelOf(k);
          if (r == Rel::kConj || r == Rel::kRelcl) continue;
          int32_t cz = doc_.clauses[k].complementizer;
          if (cz >= 0 && W(static_cast<uint32_t>(cz)).text == "that" &&
              doc_.clauses[k].verb > doc_.clauses[ci].verb)
            got = ActorsOf(doc_.clauses[k].subject, true, &rep);
          for (int32_t kk : clause_kids_[k]) stack.push_back(kk);
        }
        break;
      }
      case TargetRole::kXobj: {
        frame_content_ = true;
        int32_t k = ContentClause(ci, false);
        frame_content_ = false;
        if (k >= 0) {
          Coding kc = CodeClause(k);
          bool ignored;
          if (kc.found) {
            got = Targets(k, kc, rep, &ignored);
            if (got.empty() && PlaceIsTarget(kc.code)) {
              Actor place;
              LocationOf(k, &place);
              if (place.ok()) got.push_back(place);
            }
          } else {
            const Clause& kcl = doc_.clauses[k];
            if (kcl.object >= 0) got = ActorsOf(kcl.object, true, &rep);
          }
        }
        break;
      }
      case TargetRole::kPoss: {
        int32_t n = noun >= 0 ? noun : obj;
        if (n < 0 && tree_) {
          // "denounced as an ugly crime Serbia's suppression of ...": a
          // possessor in the clause, outside its subject.
          int32_t subj = SubjectOf(ci);
          for (uint32_t t : Window(ci)) {
            if (D(t) != Dep::kNmodPoss || static_cast<int32_t>(t) == subj || Head(t) == subj)
              continue;
            got = ActorsOf(static_cast<int32_t>(t), true, &rep);
            if (!got.empty()) break;
          }
        }
        if (n >= 0 && tree_) {
          for (uint32_t k : Kids(static_cast<uint32_t>(n))) {
            Dep d = D(k);
            if (d == Dep::kNmodPoss || d == Dep::kCompound || d == Dep::kAmod) {
              got = ActorsOf(static_cast<int32_t>(k), false, &rep);
              if (!got.empty()) break;
            }
            if (d == Dep::kNmod) {
              int32_t cs = KidWith(k, Dep::kCase);
              if (cs >= 0 && (W(static_cast<uint32_t>(cs)).text == "of" ||
                              W(static_cast<uint32_t>(cs)).text == "from")) {
                got = ActorsOf(static_cast<int32_t>(k), true, &rep);
                if (!got.empty()) break;
              }
            }
          }
        }
        break;
      }
      case TargetRole::kPrep:
        got = PrepActors(ci, c, role.prep, rep);
        break;
    }
    if (!got.empty()) {
      *by_role = true;
      return got;
    }
  }
  return {};
}

std::optional<Location> DocCoder::LocationOf(int32_t ci, Actor* place_actor) {
  const Clause& cl = doc_.clauses[ci];
  auto place_at = [&](int32_t head) -> std::optional<Location> {
    std::vector<int32_t> heads = Conjuncts(head);
    // "the northern city of Kirkuk", "the capital Kabul"
    if (tree_ && head >= 0)
      for (uint32_t k : Kids(static_cast<uint32_t>(head)))
        if (D(k) == Dep::kNmod || D(k) == Dep::kAppos || D(k) == Dep::kFlat ||
            D(k) == Dep::kCompound)
          heads.push_back(static_cast<int32_t>(k));
    for (int32_t h : heads) {
      if (h < 0 || mention_at_[h] < 0) continue;
      Actor a = EntityActor(mention_at_[h], static_cast<uint32_t>(h));
      if (a.entity < 0 || !IsPlaceEntity(a)) continue;
      if (place_actor) *place_actor = a;
      return Location{doc_.entities[a.entity].name, a.country};
    }
    return std::nullopt;
  };
  for (const Oblique& o : cl.obliques) {
    if (o.marker < 0 || o.head < 0) continue;
    if (!IsLocationPrep(W(static_cast<uint32_t>(o.marker)).text)) continue;
    if (auto l = place_at(o.head)) return l;
  }
  if (tree_ && cl.verb >= 0) {
    for (uint32_t t : Window(ci)) {
      if (D(t) != Dep::kCase || !IsLocationPrep(W(t).text)) continue;
      int32_t h = Head(t);
      if (h >= 0 && Owner(static_cast<uint32_t>(h)) == ci)
        if (auto l = place_at(h)) return l;
    }
    // "Ukraine, where Russia has deployed troops": the antecedent, or the
    // place named just before "where" when the parse missed the relative.
    for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb))) {
      if (W(k).text != "where") continue;
      if (RelOf(ci) == Rel::kRelcl)
        if (auto l = place_at(Head(static_cast<uint32_t>(cl.verb)))) return l;
      const Sentence& sent = doc_.sentences[cl.sentence];
      for (uint32_t t = k; t > sent.token_begin && t + 3 > k;) {
        --t;
        if (mention_at_[t] >= 0) {
          if (auto l = place_at(static_cast<int32_t>(t))) return l;
          break;
        }
        if (doc_.tokens[t].kind == TokenKind::kWord) break;
      }
    }
  }
  return std::nullopt;
}

std::string DocCoder::DateOf(int32_t ci) {
  auto own_date = [&](int32_t c) -> std::string {
    if (doc_.clauses[c].verb < 0) return "";
    const Sentence& s = doc_.sentences[doc_.clauses[c].sentence];
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (time_at_[t] < 0 || Owner(t) != c) continue;
      const TimeExpr& te = doc_.times[time_at_[t]];
      if (te.type != TimexType::kDate && te.type != TimexType::kTime) continue;
      const std::string& v = te.value;
      if (v.size() >= 10 && IsAsciiDigit(v[0]) && v[4] == '-' && v[7] == '-' &&
          IsAsciiDigit(v[8]))
        return v.substr(0, 10);
    }
    return "";
  };
  int guard = 0;
  for (int32_t c = ci; c >= 0 && guard++ < 10; c = doc_.clauses[c].parent) {
    if (doc_.clauses[c].verb < 0) break;
    std::string d = own_date(c);
    if (!d.empty()) return d;
    // An adverbial clause below it ("warned at a meeting on Monday").
    for (int32_t k : clause_kids_[c]) {
      Rel kr = RelOf(k);
      if (kr != Rel::kAdv && kr != Rel::kAcl && kr != Rel::kOther) continue;
      d = own_date(k);
      if (!d.empty()) return d;
    }
    Rel r = RelOf(c);
    if (r != Rel::kXcomp && r != Rel::kComp && r != Rel::kConj && r != Rel::kAdv) break;
  }
  return published_;
}

void DocCoder::Emit(const Coding& c, std::string code, const Actor& src, const Actor* tgt,
                    EventMode mode, float confidence, uint32_t sentence, const std::string& date,
                    const std::optional<Location>& loc, const std::string& reported_by) {
  if (code.empty() || !src.ok()) return;
  // A compound code of the PETRARCH and TABARI dictionaries ("THE_SHIRE
  // [FRO/BIL/SAM]"): the event once for each code on each side.
  for (const Actor* side : {&src, tgt}) {
    if (side == nullptr || side->code.find('/') == std::string::npos) continue;
    const bool own_country = side->country == side->code.substr(0, side->country.size());
    for (std::string_view part : Split(side->code, '/')) {
      if (part.empty()) continue;
      Actor one = *side;
      one.code = std::string(part);
      if (own_country) one.country = one.code.substr(0, std::min<size_t>(3, one.code.size()));
      Emit(c, code, side == &src ? one : src, side == &src ? tgt : &one, mode, confidence, sentence,
           date, loc, reported_by);
    }
    return;
  }
  // An actor does not act on itself; "police in Nepal" (NPLCOP, by way of
  // Nepal) is not Nepal (NPL), though both lead to the country's entity.
  if (tgt && ((tgt->entity >= 0 && tgt->entity == src.entity && tgt->code == src.code) ||
              (!tgt->code.empty() && tgt->code == src.code && tgt->name == src.name)))
    return;
  // Nor do words: a statement, appeal, demand, criticism or threat is not
  // aimed at the speaker's own country, the entity it was coded by ("India's
  // finance minister (INDGOV) lashed out at" the G7, not at India (IND)).
  // One side of the country may address another ("Eriador's opposition
  // (ERIOPP) attacked the Eriadorian government (ERIGOV)"), and acts may
  // be aimed at the country ("opposition parties in Nepal (NPLOPP)
  // organized a strike" against Nepal).
  if (tgt && tgt->entity >= 0 && tgt->entity == src.entity && !tgt->country.empty() &&
      (tgt->code.empty() || tgt->code == tgt->country)) {
    const int root = std::atoi(code.substr(0, 2).c_str());
    if (root <= 5 || (root >= 9 && root <= 13)) tgt = nullptr;
  }
  // Two unnamed agents ("union leaders condemned the government") say
  // nothing of who acted on whom.
  auto anonymous = [](const Actor& a) { return a.entity < 0 && a.country.empty(); };
  if (tgt && anonymous(src) && anonymous(*tgt)) return;
  Span cue = doc_.tokens[c.trigger].span;
  if (c.cue_last >= 0 && static_cast<size_t>(c.cue_last) < doc_.tokens.size()) {
    Span e = doc_.tokens[c.cue_last].span;
    cue.begin = std::min(cue.begin, e.begin);
    cue.end = std::max(cue.end, e.end);
  }
  auto key = std::make_tuple(src.Key() + "#" + src.code, tgt ? tgt->Key() + "#" + tgt->code : std::string(),
                             code, sentence, cue.begin);
  if (seen_.count(key)) return;
  seen_[key] = true;
  Event e;
  r_.codebook->Fill(code, &e);
  auto fill = [](const Actor& a, EventActor* out) {
    out->entity = a.entity;
    out->name = std::string(a.name);
    out->actor = a.code.empty() ? a.country : a.code;
    out->country = a.country;
  };
  fill(src, &e.source);
  if (tgt) {
    EventActor t;
    fill(*tgt, &t);
    e.target = t;
  }
  e.date = date;
  e.location = loc;
  e.mode = mode;
  e.confidence = std::clamp(confidence, 0.05f, 0.99f);
  e.sentence = sentence;
  e.cue = cue;
  e.reported_by = reported_by;
  doc_.events.push_back(std::move(e));
}

// Material acts (cooperation, aid, yielding, protest, force, sanctions,
// coercion) without a target are aimed at the place where they happen;
// statements made somewhere are not.
bool DocCoder::PlaceIsTarget(std::string_view code) {
  int root = std::atoi(std::string(code.substr(0, std::min<size_t>(2, code.size()))).c_str());
  return (root >= 6 && root <= 8) || root >= 14;
}

std::vector<Actor> DocCoder::NearestTargetAfter(int32_t ci, const Coding& c, const Report& rep,
                                                const std::vector<Actor>& sources) {
  const Clause& cl = doc_.clauses[ci];
  const Sentence& sent = doc_.sentences[cl.sentence];
  // Tokens of the clause and of its infinitives; in a participle clause
  // below it only the participle's object ("meet Jordan's visiting King
  // Abdullah", a modifier the parse made a clause), not its other
  // participants ("a ceremony attended by Erdogan").
  auto allowed = [&](int32_t owner, uint32_t t) {
    for (int guard = 0; owner >= 0 && guard < 6; ++guard) {
      if (owner == ci) return true;
      Rel r = RelOf(owner);
      if (r == Rel::kAcl || r == Rel::kAdv) {
        // Not the participle's own agent or subject ("attended by Erdogan").
        const Clause& oc = doc_.clauses[owner];
        const Mention& m = doc_.mentions[mention_at_[t]];
        auto inside = [&](int32_t x) {
          return x >= static_cast<int32_t>(m.token_begin) && x < static_cast<int32_t>(m.token_end);
        };
        if (oc.passive || inside(oc.agent) || inside(oc.subject)) return false;
      } else if (r != Rel::kXcomp) {
        return false;
      }
      owner = doc_.clauses[owner].parent;
    }
    return false;
  };
  int32_t subj = SubjectOf(ci);
  for (uint32_t t = static_cast<uint32_t>(std::max(c.cue_last, cl.verb)) + 1; t < sent.token_end;
       ++t) {
    if (!StartsActor(t) || time_at_[t] >= 0 || !allowed(Owner(t), t)) continue;
    if (subj >= 0 && (static_cast<int32_t>(t) == subj || Head(t) == subj)) continue;
    const Mention& m = doc_.mentions[mention_at_[t]];
    Actor a;
    if (m.form == MentionForm::kAdjective) {
      int32_t h = Head(t);  // "Russian civilian advisers": the noun's actor
      if (h >= 0 && h > static_cast<int32_t>(t)) a = ActorOf(h, true, &rep);
    } else {
      a = EntityActor(mention_at_[t], t);
    }
    if (!a.ok() || (a.country.empty() && a.code.empty())) continue;
    if (a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPlace && !PlaceIsTarget(c.code))
      continue;
    bool is_source = false;
    for (const Actor& s : sources) is_source = is_source || (s.entity >= 0 && s.entity == a.entity);
    if (is_source) continue;
    return {a};
  }
  return {};
}

std::string_view DocCoder::SectorOf(const Actor& a) {
  std::string_view code = a.code;
  if (code.size() > 3 && !a.country.empty() && code.substr(0, 3) == a.country) code.remove_prefix(3);
  return code.substr(0, std::min<size_t>(3, code.size()));
}

bool DocCoder::IsArmed(std::string_view sector) {
  return sector == "MIL" || sector == "COP" || sector == "REB" || sector == "INS";
}

std::optional<EntityType> DocCoder::TypeOf(const Actor& a) const {
  if (a.entity < 0 || static_cast<size_t>(a.entity) >= doc_.entities.size()) return std::nullopt;
  return doc_.entities[a.entity].type;
}

bool DocCoder::SpeaksNotFights(const Actor& a) const {
  const std::string_view sector = SectorOf(a);
  if (IsArmed(sector) || sector == "SPY" || sector == "UAF") return false;  // a general, a spy chief
  // (A head of state or government may order force: see EmitClause.)
  if (TypeOf(a) == EntityType::kPerson) return sector != "GOV";
  for (std::string_view s : {"PTY", "LEG", "MED", "EDU", "REL", "NGO", "BUS", "JUD", "ELI", "LAB"})
    if (sector == s) return true;
  return false;
}

bool DocCoder::HeadlinePassive(int32_t ci, const Coding& c) {
  const Clause& cl = doc_.clauses[ci];
  if (!tree_ || cl.verb < 0 || doc_.tokens[cl.verb].head >= 0 || cl.subject < 0 ||
      cl.subject_inherited || cl.object >= 0 || cl.indirect_object >= 0 || c.noun || c.light ||
      (c.flags & kFlagSymmetric) || doc_.tokens[cl.verb].pos != Upos::kVerb)
    return false;
  // A verb that takes what it is done to as its object.
  if (c.targets != nullptr && !c.targets->empty() && (*c.targets)[0].kind != TargetRole::kObj)
    return false;
  for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb)))
    if (D(k) == Dep::kAux || D(k) == Dep::kAuxPass || D(k) == Dep::kCop) return false;
  // A past form: not the lemma, no -s or -ing.
  const Words& w = W(static_cast<uint32_t>(cl.verb));
  if (w.text == w.lemma || w.text.empty() || w.text.back() == 's' || w.text.ends_with("ing"))
    return false;
  // A headline: a sentence alone in its paragraph, with no full stop,
  // question or exclamation mark at its end.
  const Sentence& sent = doc_.sentences[cl.sentence];
  if (sent.paragraph >= doc_.paragraphs.size()) return false;
  const Span para = doc_.paragraphs[sent.paragraph];
  if (sent.span.begin > para.begin + 3 || sent.span.end + 3 < para.end) return false;
  for (uint32_t t = sent.token_end; t-- > sent.token_begin;) {
    const Token& tok = doc_.tokens[t];
    if (tok.kind == TokenKind::kQuoteMark) continue;
    std::string_view x = doc_.TokenText(t);
    return !(x == "." || x == "!" || x == "?" || x == "...");
  }
  return false;
}

bool DocCoder::Passive(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  if (!cl.passive) return false;
  if (cl.object < 0 || !tree_ || cl.verb < 0) return true;
  // "Putin ..., accused the United States": a participle the parser hung on
  // a noun is not passive when it has an object and no passive auxiliary.
  for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb)))
    if (D(k) == Dep::kAuxPass) return true;
  return false;
}

void DocCoder::EmitClause(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  bool passive = Passive(ci);
  if (consumed_[ci] || skipped_[ci] || cl.verb < 0) return;
  // A participle that modifies a noun, alone or after an adjective it is
  // joined to, names a state, no act: "damaged or destroyed collateral".
  {
    const Token& vt = doc_.tokens[cl.verb];
    const Token* adj = &vt;
    if (vt.dep == Dep::kConj && vt.head >= 0 && vt.head < cl.verb) adj = &doc_.tokens[vt.head];
    if (adj->dep == Dep::kAmod && adj->head > cl.verb) return;
  }
  // A sentence-opening bare verb with no subject outside quotation marks
  // is a noun the tagger misread ("Demand in India has been driven by
  // ..., analysts said"), not an order: news reports imperatives only in
  // quotations.
  if (!cl.in_quote && cl.subject < 0 && !cl.passive &&
      static_cast<uint32_t>(cl.verb) == doc_.sentences[cl.sentence].token_begin &&
      (cl.mood == Mood::kImperative || cl.relation == Dep::kAdvcl)) {
    const Words& w = W(static_cast<uint32_t>(cl.verb));
    if (!w.lemma.empty() && w.text == w.lemma) return;  // the bare form
  }
  // A bare verb joined to a past-tense one by a conjunction, with no word
  // of its own before it, is a noun the tagger misread ("had pinned its
  // hopes on the launch but demand for them has been slow"): "pinned ...
  // but demand" is no English.
  if (!cl.in_quote && cl.relation == Dep::kConj && cl.subject_inherited && !cl.passive &&
      cl.parent >= 0 && cl.first_verb_token == cl.verb && cl.verb > 0 &&
      doc_.tokens[cl.verb - 1].pos == Upos::kCconj) {
    const Clause& pc = doc_.clauses[cl.parent];
    const Words& w = W(static_cast<uint32_t>(cl.verb));
    if (pc.tense == Tense::kPast && pc.modality == Modality::kNone && !w.lemma.empty() &&
        w.text == w.lemma)
      return;
  }
  Coding c = CodeClause(ci);
  if (!passive && c.found && HeadlinePassive(ci, c)) passive = true;
  // "nationals suspected by the West of blowing up a plane": what someone
  // is suspected or accused of is that suspicion's content, no event.
  if (c.found && MarkedBy(ci, {"of", "with"}) && cl.parent >= 0 && doc_.clauses[cl.parent].verb >= 0) {
    const Words& pw = W(static_cast<uint32_t>(doc_.clauses[cl.parent].verb));
    for (std::string_view l : {"suspect", "accuse", "charge", "convict", "indict", "acquit",
                               "blame", "arrest", "guilty", "jail", "sentence", "try"})
      if (pw.lemma == l) return;
  }
  // "returned from his holiday", "is returning to advise": no object, no
  // release.
  if (c.found && (c.flags & kFlagNeedsObject) && !passive && cl.object < 0 && !c.pattern) return;
  // Agreeing or accepting that something is so is an opinion, no
  // agreement ("analysts agree that the success is down to its store", "we
  // accept that most betting is fair"); agreeing that something will or
  // should happen is one ("agreed that talks will resume").
  if (c.found && c.pattern == nullptr && c.frame == Frame::kIntent && cl.complement >= 0 &&
      (W(static_cast<uint32_t>(cl.verb)).lemma == "agree" ||
       W(static_cast<uint32_t>(cl.verb)).lemma == "accept")) {
    const Clause& rc = doc_.clauses[cl.complement];
    const bool to = rc.complementizer >= 0 &&
                    W(static_cast<uint32_t>(rc.complementizer)).text == "to";
    if (!to && rc.tense != Tense::kFuture && rc.modality == Modality::kNone &&
        rc.mood == Mood::kIndicative)
      return;
    // Nor what something could or might be ("agreed that the Mac mini
    // could be very popular"): a predicate with its copula ("agreed that
    // she would not be health minister" is an arrangement).
    bool copula = false;
    if (tree_ && rc.verb >= 0)
      for (uint32_t k : Kids(static_cast<uint32_t>(rc.verb))) copula |= D(k) == Dep::kCop;
    if (!to && copula && rc.modality == Modality::kPossibility && rc.tense != Tense::kFuture)
      return;
  }
  const Report& rep = ReportOf(ci);
  if (!c.found || c.code.empty() || (c.flags & kFlagQuiet)) {
    // "X said Y must ...": a demand by X on Y, whatever Y must do.
    if (cl.modality == Modality::kObligation && !cl.negated && cl.negation < 0 && rep.active &&
        rep.speaker.ok() && !(c.found && (c.flags & kFlagSpeech))) {
      std::vector<Actor> addressees = ActorsOf(SubjectOf(ci), false, &rep);
      Coding d;
      d.trigger = cl.verb;
      d.cue_last = cl.verb;
      for (const Actor& t : addressees) {
        if (t.entity >= 0 && t.entity == rep.speaker.entity) continue;
        Emit(d, "100", rep.speaker, &t, EventMode::kAsserted, 0.55f, cl.sentence, DateOf(ci),
             std::nullopt, "");
      }
    }
    return;
  }
  // Sources.
  std::vector<Actor> sources;
  bool inherited = cl.subject < 0 || cl.subject_inherited;
  if (c.slot_source >= 0) sources = ActorsOf(c.slot_source, false, &rep);
  if (sources.empty()) {
    if (passive) {
      if (cl.agent >= 0) sources = ActorsOf(cl.agent, false, &rep);
    } else {
      sources = ActorsOf(SubjectOf(ci), false, &rep);
    }
  }
  // "Human rights organization Amnesty International demanded": the
  // parse split the subject; another subject of the verb names the actor.
  if (sources.empty() && !passive && tree_) {
    for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb))) {
      if ((D(k) != Dep::kNsubj && D(k) != Dep::kNsubjPass) || static_cast<int32_t>(k) == SubjectOf(ci))
        continue;
      sources = ActorsOf(static_cast<int32_t>(k), false, &rep);
      if (!sources.empty()) break;
    }
  }
  // A subject the parse got wrong (a date, "on Saturday", or a word that is
  // no noun) or missing: the nearest actor named before the verb in the
  // clause's sentence, as a shallow reading would take it.
  // A subject after the verb is suspect when the clause is not introduced
  // by a subordinator ("After receiving Orban, Putin ..." is fine) and a
  // noun stands right before the verb: "..., police in Jericho confiscated
  // weapons ..., the Israeli army said" hangs the first clause on "said"
  // and lends it that subject.
  bool late_subject = false;
  if (SubjectOf(ci) > cl.verb && c.slot_source < 0 && tree_) {
    bool marked = cl.complementizer >= 0;
    for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb))) marked = marked || D(k) == Dep::kMark;
    int32_t t = cl.verb - 1;
    const Sentence& sent = doc_.sentences[cl.sentence];
    while (t >= static_cast<int32_t>(sent.token_begin) &&
           (doc_.tokens[t].pos == Upos::kAdv || doc_.tokens[t].pos == Upos::kAux ||
            doc_.tokens[t].pos == Upos::kPart))
      --t;
    late_subject = !marked && t >= static_cast<int32_t>(sent.token_begin) &&
                   (doc_.tokens[t].pos == Upos::kNoun || doc_.tokens[t].pos == Upos::kPropn);
  }
  if ((sources.empty() || late_subject) && !passive) {
    int32_t s = SubjectOf(ci);
    // A subject after the verb is suspect too: "..., police in Jericho
    // confiscated weapons ..., the Israeli army said" hangs the first clause
    // on "said" and lends it that subject.
    bool odd = s < 0 || time_at_[s] >= 0 || late_subject ||
               (doc_.tokens[s].pos != Upos::kNoun && doc_.tokens[s].pos != Upos::kPropn &&
                doc_.tokens[s].pos != Upos::kPron && doc_.tokens[s].pos != Upos::kNum &&
                doc_.tokens[s].pos != Upos::kNone);
    if (odd && RelOf(ci) != Rel::kXcomp && !SubjectClause(ci)) {
      if (late_subject) sources.clear();
      const Sentence& sent = doc_.sentences[cl.sentence];
      for (uint32_t t = static_cast<uint32_t>(cl.verb); t-- > sent.token_begin;) {
        // Not the subject of another verb: it acts there ("Mr Peston said
        // the pair ... and that Mr Blair had decided he would quit").
        if (tree_ && (D(t) == Dep::kNsubj || D(t) == Dep::kNsubjPass) && Head(t) >= 0 &&
            Head(t) != cl.verb && clause_at_[Head(t)] >= 0)
          continue;
        // A name, whatever tag the tagger gave it ("Arnor/CCONJ").
        if (mention_at_[t] >= 0 && doc_.mentions[mention_at_[t]].form != MentionForm::kAdjective) {
          Actor a = EntityActor(mention_at_[t], t);
          if (a.ok() && !a.country.empty() &&
              !(a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPlace)) {
            sources.push_back(a);
            inherited = true;
            break;
          }
        }
        Upos p = doc_.tokens[t].pos;
        if (p != Upos::kNoun && p != Upos::kPropn && p != Upos::kNone) continue;
        // The head of a noun phrase: the next word is no noun of it.
        if (t + 1 < static_cast<uint32_t>(cl.verb) &&
            (doc_.tokens[t + 1].pos == Upos::kNoun || doc_.tokens[t + 1].pos == Upos::kPropn))
          continue;
        Actor a = ActorOf(static_cast<int32_t>(t), false, &rep);
        if (!a.ok() || a.country.empty()) continue;
        if (a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPlace) continue;
        sources.push_back(a);
        inherited = true;
        break;
      }
    }
  }
  // "X said it will ...": an unresolved subject pronoun of reported
  // speech is the speaker.
  if (sources.empty() && !passive && rep.active && !rep.direct && rep.speaker.ok()) {
    int32_t s = SubjectOf(ci);
    if (s >= 0 && doc_.tokens[s].pos == Upos::kPron && rep.speaker.entity >= 0) {
      // Only a pronoun that fits the speaker: he/she for a person, it/they
      // for a country or an organisation, they for a group.
      std::string_view w = W(static_cast<uint32_t>(s)).text;
      EntityType t = doc_.entities[rep.speaker.entity].type;
      bool fits = t == EntityType::kPerson ? (w == "he" || w == "she")
                  : t == EntityType::kGroup ? w == "they"
                                            : (w == "it" || w == "they");
      if (fits) sources.push_back(rep.speaker);
    }
  }
  if (sources.empty()) return;
  // "Tories attack EU asylum moves", "Mbeki has attacked British
  // imperialists", "Labour and the Tories clashed over tax": people,
  // parties, the press and firms attack and clash in words (111); armies,
  // police, rebels and states with force.
  const Words& verb_words = W(static_cast<uint32_t>(cl.verb));
  if (!c.noun && !c.light && c.pattern == nullptr && c.code.compare(0, 2, "19") == 0 &&
      (verb_words.lemma == "attack" || verb_words.text == "attack" ||
       verb_words.lemma == "clash")) {
    // A leader attacks a state or its forces with force ("We will attack
    // Ukraine", Putin said), people, parties and policies in words.
    bool verbal = true, leader = false;
    for (const Actor& a : sources) {
      if (TypeOf(a) == EntityType::kPerson && !SpeaksNotFights(a) && a.code.ends_with("GOV")) {
        leader = true;
        continue;
      }
      verbal = verbal && SpeaksNotFights(a);
    }
    if (verbal && leader && cl.object >= 0) {
      const Actor o = ActorOf(cl.object, true, &rep);
      // (A state named as such, not a people: "British imperialists".)
      const int32_t m = mention_at_[cl.object];
      const std::optional<EntityType> type = TypeOf(o);
      const bool state = (type == EntityType::kCountry || type == EntityType::kPlace) && m >= 0 &&
                         doc_.mentions[m].form != MentionForm::kAdjective;
      verbal = !state && !IsArmed(SectorOf(o));
    }
    if (verbal) c.code = "111";
  }
  // "Microsoft is clamping down on people running pirated copies": a firm,
  // a newspaper or a school cracks down with rules, not with violent
  // repression (175).
  if (c.code.compare(0, 3, "175") == 0) {
    bool civil = true;
    for (const Actor& a : sources) {
      const std::string_view sector = SectorOf(a);
      civil = civil && (sector == "BUS" || sector == "MED" || sector == "EDU");
    }
    if (civil) return;
  }
  // Targets.
  bool by_role = false;
  std::vector<Actor> targets;
  if (passive && cl.subject >= 0) {
    targets = ActorsOf(cl.subject, false, &rep);
    by_role = !targets.empty();
  } else {
    // An intent's target is its content's, where the content's own block
    // says ("plans to withdraw its troops from the Netherlands": not
    // "its troops", the object the intent's roles would take).
    if (c.frame == Frame::kIntent) {
      frame_content_ = true;
      const int32_t k = ContentClause(ci, true);
      frame_content_ = false;
      if (k >= 0) {
        const Coding kc = CodeClause(k);
        if (kc.found && !kc.code.empty() && kc.targets != nullptr && !kc.targets->empty() &&
            kc.targets->front().kind != TargetRole::kNone &&
            kc.targets->front().kind != TargetRole::kObj)
          targets = Targets(k, kc, rep, &by_role);
      }
    }
    if (targets.empty()) targets = Targets(ci, c, rep, &by_role);
    if (targets.empty() && (c.flags & kFlagNeedsTarget)) {
      for (const auto& [block, code] : c.alternatives) {
        Coding alt = c;
        alt.block = block;
        alt.code = code;
        alt.paired = block->paired_code;
        alt.flags = block->flags;
        alt.frame = block->frame;
        alt.content = block->content;
        alt.targets = block->targets.empty() ? nullptr : &block->targets;
        std::vector<Actor> found = Targets(ci, alt, rep, &by_role);
        if (found.empty()) continue;
        c = std::move(alt);
        targets = std::move(found);
        break;
      }
    }
    if (targets.empty() && c.frame != Frame::kNone) {
      // "plans to visit Moscow": the content's target.
      static const std::vector<TargetRole> kXobj = {{TargetRole::kXobj, ""}};
      Coding x = c;
      x.targets = &kXobj;
      targets = Targets(ci, x, rep, &by_role);
    }
  }
  // Nothing in a syntactic role: the first actor named after the verb in
  // the clause (or in the infinitive or participle clauses it governs), as
  // a shallow reading would take it ("killed at least eight top al-Qaeda
  // leaders" parsed without an object). Not for symmetric verbs with a
  // coordinated subject: those act on each other.
  // "Airbus and Boeing accuse each other": each acts on the other.
  bool reciprocal = false;
  if (cl.object >= 0 && static_cast<size_t>(cl.object) + 1 < doc_.tokens.size()) {
    // "each other" headed either way ("each" with "other" fixed, or the
    // reverse).
    const uint32_t o = static_cast<uint32_t>(cl.object);
    auto pair = [&](uint32_t a) {
      const std::string_view x = W(a).text, y = W(a + 1).text;
      return ((x == "each" || x == "Each") && y == "other") ||
             ((x == "one" || x == "One") && y == "another");
    };
    reciprocal = pair(o) || (o > 0 && pair(o - 1));
  }
  bool symmetric_pair =
      ((c.flags & kFlagSymmetric) || c.compound || reciprocal) && sources.size() > 1;
  // ("none" in a block's roles: no target but those before it.)
  bool no_target = c.targets && std::any_of(c.targets->begin(), c.targets->end(),
                                            [](const TargetRole& r) {
                                              return r.kind == TargetRole::kNone;
                                            });
  // Nor when the object is an agent the text names without its country
  // ("criticised the government for claiming the EU ..."): the target is
  // that agent, uncoded, not the next actor named.
  bool agent_object = false;
  if (!passive && cl.object >= 0 && r_.agent_sector && mention_at_[cl.object] < 0) {
    const Actor oa = ActorOf(cl.object, true, &rep);
    agent_object = oa.entity < 0 && oa.country.empty() && !oa.code.empty();
  }
  // Nor, beyond the object's own phrase, when the object is a person or
  // organisation the text names and the lexicon does not code ("accused
  // Lord Butler of basing his comments on ... the Labour administration":
  // Butler, uncoded, not Labour; "accused Oliver Finegold, of the Evening
  // Standard, of ...": the newspaper).
  const bool named_object = !passive && cl.object >= 0 && UncodedName(cl.object);
  if (targets.empty() && !symmetric_pair && !no_target && tree_ && !passive && !agent_object &&
      !(c.flags & kFlagNeedsTarget)) {
    targets = NearestTargetAfter(ci, c, rep, sources);
    if (named_object)
      std::erase_if(targets, [&](const Actor& t) { return !InPhraseOf(t.token, cl.object); });
  }
  Actor place;
  std::optional<Location> loc = LocationOf(ci, &place);
  std::string code = c.code;
  int root = std::atoi(code.substr(0, 2).c_str());
  if (targets.empty() && place.ok() && PlaceIsTarget(code) && !no_target) {
    targets.push_back(place);  // "deployed troops in Ukraine"
  }
  // Mode and the codes modality makes.
  bool negated = cl.negated || cl.negation >= 0 || MarkedBy(ci, {"without"});
  bool future = cl.tense == Tense::kFuture;
  Modality modality = cl.modality;
  // In reported speech "would" is the future seen from the past ("China
  // announced that it would impose tariffs"), not a condition.
  if (rep.active && !rep.direct && modality == Modality::kConditional &&
      !cl.in_quote) {
    modality = Modality::kNone;
    future = true;
  }
  bool coop = root >= 3 && root <= 8;
  EventMode mode = EventMode::kAsserted;
  bool derived = false;       // the speaker's demand on the subject
  bool speaker_act = false;   // the speaker's own intent or threat
  std::vector<Actor> derived_targets;
  std::string_view content = c.content.empty() ? r_.frames->ContentOf(code)
                                               : std::string_view(c.content);
  auto same_actor = [](const Actor& a, const Actor& b) {
    if (a.entity >= 0 && a.entity == b.entity) return true;
    return !a.country.empty() && a.country == b.country && (a.code == b.code || a.code.size() == 3 || b.code.size() == 3);
  };
  bool self_report = rep.active && rep.speaker.ok() && same_actor(rep.speaker, sources[0]);
  if (negated) {
    // A refused promise is a rejection: "will not accept", "would not meet".
    if ((future || modality != Modality::kNone || c.frame == Frame::kIntent) && coop &&
        (c.frame == Frame::kNone || c.frame == Frame::kIntent)) {
      code = std::string(r_.frames->Compose(Frame::kReject, content));
    } else {
      mode = EventMode::kNegated;
    }
  } else if (modality == Modality::kPossibility || modality == Modality::kConditional) {
    mode = EventMode::kHypothetical;
    if (coop && root != 3 && c.frame == Frame::kNone && r_.frames->HasContent(content))
      code = std::string(r_.frames->Compose(Frame::kIntent, content));
  } else if (modality == Modality::kObligation) {
    if (rep.active && rep.speaker.ok() && !self_report &&
        (c.frame == Frame::kNone || c.frame == Frame::kIntent)) {
      code = std::string(r_.frames->Compose(Frame::kDemand, content));
      derived = true;
      derived_targets = sources;
      sources = {rep.speaker};
    } else {
      mode = EventMode::kHypothetical;
    }
  } else if (future || modality == Modality::kIntent) {
    // A promise of cooperation is an intent (03x); force promised by the
    // actor itself is a threat (13x); other acts it announces are asserted.
    if (c.frame == Frame::kNone && r_.frames->HasContent(content) &&
        (coop || (self_report && root >= 18))) {
      code = std::string(r_.frames->Compose(Frame::kIntent, content));
      speaker_act = self_report;
    } else if (self_report) {
      speaker_act = true;
    } else if (c.frame == Frame::kNone) {
      mode = EventMode::kHypothetical;
    }
  }
  if (derived) {
    targets = derived_targets;
  } else if (targets.empty() && (c.flags & kFlagNeedsTarget) &&
             !(((c.flags & kFlagSymmetric) || reciprocal) &&
               sources.size() > 1)) {
    return;
  }
  if (mode == EventMode::kAsserted && rep.active && !derived && !speaker_act)
    mode = EventMode::kClaimed;
  float conf = 0.6f;
  if (c.pattern) conf += 0.15f;
  if (by_role) conf += 0.1f;
  if (inherited) conf -= 0.1f;
  if (mode != EventMode::kAsserted) conf -= 0.05f;
  std::string date = DateOf(ci);
  std::string reported_by =
      derived || speaker_act ? std::string() : (rep.active ? rep.by : std::string());
  uint32_t sentence = cl.sentence;
  bool symmetric = (c.flags & kFlagSymmetric) || c.compound || reciprocal;
  if (targets.empty() && symmetric && sources.size() > 1) {
    for (const Actor& a : sources)
      for (const Actor& b : sources)
        if (&a != &b) Emit(c, code, a, &b, mode, conf, sentence, date, loc, reported_by);
    return;
  }
  for (const Actor& s : sources) {
    if (targets.empty()) {
      Emit(c, code, s, nullptr, mode, conf - 0.1f, sentence, date, loc, reported_by);
      continue;
    }
    for (const Actor& t : targets) {
      Emit(c, code, s, &t, mode, conf, sentence, date, loc, reported_by);
      if (!c.paired.empty()) Emit(c, c.paired, t, &s, mode, conf, sentence, date, loc, reported_by);
    }
  }
}

bool DocCoder::ProtestClause(int32_t ci) {
  const Clause& cl = doc_.clauses[ci];
  if (cl.verb < 0 || cl.parent < 0 || cl.negated || cl.negation >= 0) return false;
  // Under a verb of coming together: gather, march, rally, converge ...
  const Clause& pcl = doc_.clauses[cl.parent];
  if (pcl.verb < 0) return false;
  const Words& pw = W(static_cast<uint32_t>(pcl.verb));
  std::string_view lemma = pw.lemma.empty() ? std::string_view(pw.text) : std::string_view(pw.lemma);
  static constexpr std::string_view kGather[] = {"gather", "converge", "march", "rally",
                                                 "assemble", "take", "turn", "flock",
                                                 "pour", "mass", "come", "walk"};
  bool gather = false;
  for (std::string_view g : kGather) gather = gather || lemma == g;
  if (!gather) return false;
  Coding c = CodeClause(ci);
  return c.found && c.code.size() >= 2 && c.code.compare(0, 2, "14") == 0;
}

// Whether token k is the "who" or "which" of a relative clause set off by
// a comma after a name ("Mr Kilroy-Silk, who recently quit the party,
// said"): such a clause tells what the actor did, it does not pick the
// actor out ("the helicopter that was captured").
bool DocCoder::NonRestrictiveWho(uint32_t k) {
  if (k < 2 || (W(k).text != "who" && W(k).text != "which")) return false;
  if (doc_.TokenText(k - 1) != ",") return false;
  const int32_t noun = static_cast<int32_t>(k) - 2;
  return mention_at_[noun] >= 0 && doc_.tokens[noun].pos == Upos::kPropn;
}

void DocCoder::CodeSentenceClauses(uint32_t s, const std::vector<int32_t>& clauses) {
  // Conditions and purposes are not events, nor is anything under them;
  // relative and participial clauses describe a noun ("the helicopter that
  // was captured", "inspectors probing sites") rather than report an event,
  // except "where" clauses, which place one ("Ukraine, where Russia has
  // deployed troops").
  for (int32_t ci : clauses) {
    int guard = 0;
    for (int32_t c = ci; c >= 0 && guard++ < 20; c = doc_.clauses[c].parent) {
      Rel r = RelOf(c);
      // (A "where" clause places an event; a "who" or "which" clause set
      // off by a comma after a name tells one.)
      bool coded_relative = false;
      if (r == Rel::kRelcl && tree_ && doc_.clauses[c].verb >= 0)
        for (uint32_t k : Kids(static_cast<uint32_t>(doc_.clauses[c].verb)))
          coded_relative = coded_relative || W(k).text == "where" || NonRestrictiveWho(k);
      // "gathered in Lagos to protest the arrests": a protest its purpose
      // is already under way (PROTEST: demonstrating is the act).
      if ((r == Rel::kPurpose || r == Rel::kXcomp) && c == ci && ProtestClause(ci)) break;
      // A clause marked "if" or "unless" is a condition whatever the parse
      // hung it from ("If Russia chooses to attack, Russia will bear ..."
      // parsed with the condition as the root).
      bool marked_condition = false;
      if (tree_ && doc_.clauses[c].verb >= 0)
        for (uint32_t k : Kids(static_cast<uint32_t>(doc_.clauses[c].verb)))
          marked_condition = marked_condition || (D(k) == Dep::kMark && (EqualsIgnoreCase(W(k).text, "if") ||
                                                                        EqualsIgnoreCase(W(k).text, "unless")));
      if (r == Rel::kCondition || r == Rel::kPurpose || (r == Rel::kRelcl && !coded_relative) ||
          r == Rel::kAcl || marked_condition) {
        skipped_[ci] = 1;
        break;
      }
    }
  }
  for (int32_t ci : clauses) {
    if (skipped_[ci]) continue;
    const Clause& cl = doc_.clauses[ci];
    int32_t p = cl.parent;
    if (p < 0) continue;
    Rel r = RelOf(ci);
    Coding pc = CodeClause(p);
    bool parent_event = pc.found && !pc.code.empty() && pc.frame == Frame::kNone && !pc.light &&
                        !(pc.flags & (kFlagQuiet | kFlagSpeech | kFlagLight));
    // "visited Moscow to mediate": an infinitive after an event verb is its
    // purpose. After other verbs and adjectives it is not asserted either
    // ("off-limits to attack", "chose to walk away"), unless the verb says
    // it happens: continue, begin, manage ... to.
    if (r == Rel::kXcomp) {
      if (parent_event) {
        skipped_[ci] = 1;
      } else if (!(pc.found && (pc.frame != Frame::kNone || pc.light))) {
        const Clause& pcl = doc_.clauses[p];
        std::string_view lemma;
        if (pcl.verb >= 0) {
          const Words& pw = W(static_cast<uint32_t>(pcl.verb));
          lemma = pw.lemma.empty() ? std::string_view(pw.text) : std::string_view(pw.lemma);
        }
        static const char* kAspectual[] = {"continue", "begin", "start", "resume", "keep",
                                           "manage", "proceed", "go", "try", "attempt",
                                           "seek", "help", "dare", "get"};
        bool aspectual = false;
        for (const char* a : kAspectual) aspectual = aspectual || lemma == a;
        if (!aspectual) skipped_[ci] = 1;
      }
    }
    // "attacked the camp, killing 156": a bare -ing clause after an event
    // tells its consequence, the same event.
    if (r == Rel::kAdv && parent_event && cl.complementizer < 0 &&
        (cl.subject < 0 || cl.subject < cl.verb - 1 || cl.subject == doc_.clauses[p].subject) &&
        EndsWith(W(static_cast<uint32_t>(cl.verb)).text, "ing")) {
      bool marked = false;
      if (tree_)
        for (uint32_t k : Kids(static_cast<uint32_t>(cl.verb))) marked = marked || D(k) == Dep::kMark;
      if (!marked) skipped_[ci] = 1;
    }
  }
  // Parents first, so that frames mark their content before it is coded.
  std::vector<std::pair<int, int32_t>> order;
  for (int32_t ci : clauses) {
    int depth = 0;
    for (int32_t c = doc_.clauses[ci].parent; c >= 0 && depth < 20; c = doc_.clauses[c].parent)
      ++depth;
    order.emplace_back(depth, ci);
  }
  std::stable_sort(order.begin(), order.end());
  for (const auto& [depth, ci] : order) CodeClause(ci);
  for (const auto& [depth, ci] : order) EmitClause(ci);
  (void)s;
}

// ---- Shallow reading (no syntax layer) -----------------------------------------------

void DocCoder::CodeSentenceShallow(uint32_t s) {
  const Sentence& sent = doc_.sentences[s];
  std::vector<uint32_t> window;
  for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) window.push_back(t);
  // Triggers: words the lexicon knows as verbs (tagged VERB when tagged).
  std::vector<uint32_t> verbs;
  for (uint32_t t : window) {
    Upos p = doc_.tokens[t].pos;
    if (p != Upos::kNone && p != Upos::kVerb && p != Upos::kAux && p != Upos::kAdj) continue;
    if (doc_.tokens[t].kind != TokenKind::kWord || mention_at_[t] >= 0) continue;
    const Words& w = W(t);
    if (!r_.verbs->VerbTriggers(w.text).empty() ||
        (!w.lemma.empty() && !r_.verbs->VerbTriggers(w.lemma).empty()))
      verbs.push_back(t);
  }
  std::string date = published_;
  for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
    if (time_at_[t] < 0) continue;
    const std::string& v = doc_.times[time_at_[t]].value;
    if (v.size() >= 10 && IsAsciiDigit(v[0]) && v[4] == '-' && v[7] == '-') {
      date = v.substr(0, 10);
      break;
    }
  }
  Report rep;
  for (const Quote& q : doc_.quotes)
    if (q.span.Overlaps(sent.span)) {
      rep.active = true;
      rep.direct = q.kind != QuoteKind::kIndirect;
      rep.by = !q.speaker_name.empty() ? q.speaker_name : q.source;
      break;
    }
  for (size_t i = 0; i < verbs.size(); ++i) {
    uint32_t v = verbs[i];
    uint32_t lo = i > 0 ? verbs[i - 1] + 1 : sent.token_begin;
    uint32_t hi = i + 1 < verbs.size() ? verbs[i + 1] : sent.token_end;
    std::vector<uint32_t> win;
    for (uint32_t t = lo; t < hi; ++t) win.push_back(t);
    Coding c = CodeTrigger(v, false, win);
    if (c.light || (c.found && c.code.empty())) {
      for (uint32_t t = c.cue_last + 1; t < hi && t <= static_cast<uint32_t>(c.cue_last) + 4; ++t) {
        Coding n = CodeTrigger(t, true, win);
        if (n.found && !n.code.empty()) {
          n.light = true;
          c = n;
          break;
        }
        if (n.found && n.pattern != nullptr) break;
      }
    }
    if (!c.found || c.code.empty() || (c.flags & kFlagQuiet)) continue;
    if (c.frame != Frame::kNone && c.pattern == nullptr && c.code.empty())
      c.code = std::string(FrameTable::GeneralCode(c.frame));
    // Passive: "X was attacked by Y".
    bool passive = false;
    if (v > sent.token_begin) {
      std::string_view prev = W(v - 1).text;
      passive = (prev == "was" || prev == "were" || prev == "been" || prev == "is" ||
                 prev == "are" || prev == "be");
    }
    Actor src, tgt;
    auto actor_at = [&](uint32_t t) { return EntityActor(mention_at_[t], t); };
    if (c.slot_source >= 0) src = ActorOf(c.slot_source, false, &rep);
    if (c.slot_target >= 0) tgt = ActorOf(c.slot_target, false, &rep);
    int32_t by_tok = -1;
    for (uint32_t t = c.cue_last + 1; t < hi; ++t)
      if (W(t).text == "by") {
        by_tok = static_cast<int32_t>(t);
        break;
      }
    auto first_after = [&](uint32_t from) {
      for (uint32_t t = from; t < hi; ++t)
        if (StartsActor(t)) {
          Actor a = actor_at(t);
          if (a.ok()) return a;
        }
      return Actor();
    };
    auto last_before = [&]() {
      for (uint32_t t = v; t-- > sent.token_begin;)
        if (mention_at_[t] >= 0) {
          Actor a = actor_at(t);
          if (a.ok()) return a;
        }
      return Actor();
    };
    if (passive && by_tok >= 0) {
      if (!src.ok()) src = first_after(static_cast<uint32_t>(by_tok) + 1);
      if (!tgt.ok()) tgt = last_before();
    } else {
      if (!src.ok()) src = last_before();
      if (!tgt.ok()) tgt = first_after(static_cast<uint32_t>(c.cue_last) + 1);
    }
    if (!src.ok()) continue;
    if (!tgt.ok() && (c.flags & kFlagNeedsTarget)) continue;
    bool negated = false;
    for (uint32_t t = v; t-- > sent.token_begin && t + 3 >= v;) {
      std::string_view w = W(t).text;
      if (w == "not" || w == "n't" || w == "never") negated = true;
    }
    EventMode mode = negated ? EventMode::kNegated
                             : rep.active ? EventMode::kClaimed : EventMode::kAsserted;
    float conf = 0.4f + (c.pattern ? 0.15f : 0.f);
    Emit(c, c.code, src, tgt.ok() ? &tgt : nullptr, mode, conf, s, date, std::nullopt,
         rep.active ? rep.by : std::string());
    if (!c.paired.empty() && tgt.ok())
      Emit(c, c.paired, tgt, &src, mode, conf, s, date, std::nullopt,
           rep.active ? rep.by : std::string());
  }
}

void DocCoder::Run() {
  if (doc_.tokens.empty() || doc_.sentences.empty()) return;
  // No actor, no event: most of the work can be skipped.
  bool any_actor = false;
  for (const Entity& e : doc_.entities) any_actor = any_actor || !e.actor.empty() || !e.country.empty();
  if (!any_actor) return;
  // Indices another stage got wrong point nowhere rather than out of range.
  int32_t nt = static_cast<int32_t>(doc_.tokens.size());
  int32_t nc = static_cast<int32_t>(doc_.clauses.size());
  auto fix = [](int32_t* i, int32_t n) {
    if (*i >= n || *i < -1) *i = -1;
  };
  for (Clause& c : doc_.clauses) {
    for (int32_t* t : {&c.verb, &c.first_verb_token, &c.particle, &c.subject, &c.object,
                       &c.indirect_object, &c.agent, &c.complementizer, &c.negation})
      fix(t, nt);
    fix(&c.parent, nc);
    fix(&c.complement, nc);
    for (Oblique& o : c.obliques) {
      fix(&o.marker, nt);
      fix(&o.head, nt);
    }
    if (c.sentence >= doc_.sentences.size()) {
      c.verb = -1;
    } else if (c.verb >= 0) {
      const Sentence& s = doc_.sentences[c.sentence];
      if (static_cast<uint32_t>(c.verb) < s.token_begin ||
          static_cast<uint32_t>(c.verb) >= s.token_end)
        c.verb = -1;
    }
  }
  for (Mention& m : doc_.mentions) {
    if (m.token_end > doc_.tokens.size()) m.token_end = static_cast<uint32_t>(doc_.tokens.size());
    if (m.entity >= static_cast<int32_t>(doc_.entities.size())) m.entity = -1;
  }
  Index();
  size_t first_event = doc_.events.size();
  std::vector<std::vector<int32_t>> by_sentence(doc_.sentences.size());
  for (size_t c = 0; c < doc_.clauses.size(); ++c) {
    const Clause& cl = doc_.clauses[c];
    if (cl.sentence < by_sentence.size() && cl.verb >= 0 &&
        static_cast<size_t>(cl.verb) < doc_.tokens.size())
      by_sentence[cl.sentence].push_back(static_cast<int32_t>(c));
  }
  bool syntax = tree_ && !doc_.clauses.empty();
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& sent = doc_.sentences[s];
    if (sent.token_end > doc_.tokens.size() || sent.token_begin >= sent.token_end) continue;
    if (syntax) CodeSentenceClauses(s, by_sentence[s]);
    else CodeSentenceShallow(s);
  }
  // Groups: the same interaction (source, target, code, date).
  int next_group = 1;
  for (size_t i = 0; i < first_event; ++i) next_group = std::max(next_group, doc_.events[i].group + 1);
  std::map<std::string, int> groups;
  for (size_t i = first_event; i < doc_.events.size(); ++i) {
    Event& e = doc_.events[i];
    auto who = [](const EventActor& a) {
      return a.entity >= 0 ? "e" + std::to_string(a.entity) : a.actor + "/" + a.name;
    };
    std::string key = who(e.source) + "|" + (e.target ? who(*e.target) : "-") + "|" + e.code +
                      "|" + e.date;
    auto [it, inserted] = groups.emplace(key, next_group);
    if (inserted) ++next_group;
    e.group = it->second;
  }
}

}  // namespace

EventCoder::EventCoder(const CoderResources& resources) : r_(resources) {
  if (r_.verbs == nullptr) return;
  const int32_t set = r_.verbs->FindSynset("sports_story");
  if (set < 0) return;
  size_t members = 0;
  for (const std::vector<PatternItem>& member : r_.verbs->synset(set)) {
    // The tokenizer keeps some hyphenated words whole ("semi-final") and
    // splits others ("half-time": half, -, time): members match either way.
    std::vector<std::string> words, split;
    for (const PatternItem& item : member) {
      if (item.kind != ItemKind::kWords) continue;
      for (const std::string& w : item.words) {
        words.push_back(w);
        size_t from = 0;
        for (size_t dash = w.find('-'); dash != std::string::npos; dash = w.find('-', from)) {
          if (dash > from) split.push_back(w.substr(from, dash - from));
          split.push_back("-");
          from = dash + 1;
        }
        if (from < w.size()) split.push_back(w.substr(from));
      }
    }
    if (words.empty()) continue;
    const int id = static_cast<int>(members++);
    if (split != words) sports_[split.front()].push_back({id, std::move(split)});
    sports_[words.front()].push_back({id, std::move(words)});
  }
}

void EventCoder::StoryWords(const Document& doc, int* distinct, int* occurrences) const {
  *distinct = *occurrences = 0;
  if (sports_.empty()) return;
  std::vector<int> seen;
  std::string lower;  // reused: no allocation per word
  auto lower_at = [&](uint32_t t) -> const std::string& {
    std::string_view w = doc.TokenText(t);
    lower.resize(w.size());
    for (size_t c = 0; c < w.size(); ++c) lower[c] = AsciiLower(w[c]);
    return lower;
  };
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    auto it = sports_.find(lower_at(i));
    if (it == sports_.end()) it = sports_.find(doc.tokens[i].lemma);
    if (it == sports_.end()) continue;
    for (const StoryWord& member : it->second) {
      const std::vector<std::string>& words = member.words;
      bool match = true;
      for (size_t k = 1; k < words.size() && match; ++k)
        match = i + k < n && lower_at(i + static_cast<uint32_t>(k)) == words[k];
      if (!match) continue;
      ++*occurrences;
      if (std::find(seen.begin(), seen.end(), member.member) == seen.end())
        seen.push_back(member.member);
      break;
    }
  }
  *distinct = static_cast<int>(seen.size());
}

void EventCoder::Code(Document& doc) const {
  if (!r_.verbs || !r_.codebook || !r_.frames) return;
  // Three different sports words, five in all: a sports story.
  int distinct = 0, occurrences = 0;
  StoryWords(doc, &distinct, &occurrences);
  if (distinct >= 3 && occurrences >= 5) {
    doc.warnings.push_back("events: not coded in a sports story (" + std::to_string(distinct) +
                           " sports words, " + std::to_string(occurrences) + " times)");
    return;
  }
  DocCoder coder(r_, doc);
  coder.Run();
}

}  // namespace newsmill

#include "syntax/clauses.h"

#include <algorithm>

#include "base/strings.h"

namespace newsmill::syntax {
namespace {

// Children of every token, in text order (compressed rows).
struct Children {
  std::vector<uint32_t> start;  // token -> first entry in list
  std::vector<int32_t> list;
  explicit Children(const std::vector<Token>& tokens) {
    const size_t n = tokens.size();
    start.assign(n + 1, 0);
    for (const Token& t : tokens)
      if (t.head >= 0 && static_cast<size_t>(t.head) < n) ++start[t.head + 1];
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    list.assign(start[n], 0);
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t i = 0; i < n; ++i) {
      int32_t h = tokens[i].head;
      if (h >= 0 && static_cast<size_t>(h) < n)
        list[fill[h]++] = static_cast<int32_t>(i);
    }
  }
  const int32_t* begin(int32_t t) const { return list.data() + start[t]; }
  const int32_t* end(int32_t t) const { return list.data() + start[t + 1]; }
};

bool IsSubjectDep(Dep d) {
  return d == Dep::kNsubj || d == Dep::kNsubjPass || d == Dep::kCsubj ||
         d == Dep::kCsubjPass || d == Dep::kNsubjOuter;
}

bool IsClauseDep(Dep d) {
  switch (d) {
    case Dep::kRoot:
    case Dep::kCcomp:
    case Dep::kXcomp:
    case Dep::kAdvcl:
    case Dep::kAdvclRelcl:
    case Dep::kAcl:
    case Dep::kAclRelcl:
    case Dep::kCsubj:
    case Dep::kCsubjPass:
    case Dep::kParataxis:
    case Dep::kConj:
    case Dep::kList:
    case Dep::kDep:
      return true;
    default:
      return false;
  }
}

// A word that opens a relative clause ("who", "which", "that", ...).
bool IsRelativeWord(std::string_view w) {
  return EqualsIgnoreCase(w, "who") || EqualsIgnoreCase(w, "whom") ||
         EqualsIgnoreCase(w, "whose") || EqualsIgnoreCase(w, "which") ||
         EqualsIgnoreCase(w, "that") || EqualsIgnoreCase(w, "where") ||
         EqualsIgnoreCase(w, "when");
}

// Whether token j's heads lead to top (j itself counts).
bool Under(const std::vector<Token>& tok, int32_t j, int32_t top) {
  for (int guard = 0; j >= 0 && j != top && guard < 64; ++guard) j = tok[j].head;
  return j == top;
}

class Builder {
 public:
  Builder(const ClauseLexicon& lex, const Lemmatizer& lem, Document* doc)
      : lex_(lex),
        lem_(lem),
        doc_(*doc),
        tok_(doc->tokens),
        kids_(doc->tokens) {}

  void Run() {
    const size_t n = tok_.size();
    sentence_of_.assign(n, 0);
    for (size_t s = 0; s < doc_.sentences.size(); ++s)
      for (uint32_t i = doc_.sentences[s].token_begin;
           i < doc_.sentences[s].token_end && i < n; ++i)
        sentence_of_[i] = static_cast<uint32_t>(s);
    clause_of_verb_.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
      if (IsPredicate(static_cast<int32_t>(i))) {
        clause_of_verb_[i] = static_cast<int32_t>(doc_.clauses.size());
        Clause c;
        c.verb = static_cast<int32_t>(i);
        c.sentence = sentence_of_[i];
        c.relation = tok_[i].head < 0 ? Dep::kRoot : tok_[i].dep;
        doc_.clauses.push_back(std::move(c));
      }
    }
    for (Clause& c : doc_.clauses) FillArguments(c);
    for (Clause& c : doc_.clauses) c.parent = ParentClause(c.verb);
    for (Clause& c : doc_.clauses) FillComplement(c);
    inherited_done_.assign(doc_.clauses.size(), 0);
    for (size_t c = 0; c < doc_.clauses.size(); ++c)
      InheritSubject(static_cast<int>(c), 0);
    for (Clause& c : doc_.clauses) FillTense(c);
    // Modality lent by control verbs needs the parents' tense first.
    for (Clause& c : doc_.clauses) FillControlledModality(c);
    for (Clause& c : doc_.clauses) FillMood(c);
    BuildPhrases();
  }

 private:
  Dep D(int32_t t) const { return tok_[t].dep; }
  Upos P(int32_t t) const { return tok_[t].pos; }
  const std::string& L(int32_t t) const { return tok_[t].lemma; }

  bool HasChild(int32_t t, Dep d) const {
    for (const int32_t* c = kids_.begin(t); c != kids_.end(t); ++c)
      if (D(*c) == d) return true;
    return false;
  }
  int32_t ChildWith(int32_t t, Dep d) const {
    for (const int32_t* c = kids_.begin(t); c != kids_.end(t); ++c)
      if (D(*c) == d) return *c;
    return -1;
  }

  bool IsPredicate(int32_t t) const {
    const Token& k = tok_[t];
    if (k.head == Token::kNoHead) return false;
    Dep d = k.head < 0 ? Dep::kRoot : k.dep;
    bool verbal =
        k.pos == Upos::kVerb || (k.pos == Upos::kAux && d == Dep::kRoot);
    bool copular = HasChild(t, Dep::kCop);
    bool has_subject = false;
    for (const int32_t* c = kids_.begin(t); c != kids_.end(t); ++c)
      if (IsSubjectDep(D(*c))) has_subject = true;
    // A noun with a subject and a copula of its own is a clause, whatever
    // relation the parse gave it ("..., with X saying his party was the
    // opposition" hung on the main verb as an oblique).
    if (!IsClauseDep(d)) return copular && has_subject;
    if (d == Dep::kConj || d == Dep::kDep || d == Dep::kList) {
      // A conjunct is a clause when it is a verb or has a subject or copula
      // of its own ("met X and discussed Y"; not "Lavrov and Blinken").
      return verbal || copular || has_subject;
    }
    if (d == Dep::kAcl || d == Dep::kAclRelcl || d == Dep::kAdvcl ||
        d == Dep::kAdvclRelcl || d == Dep::kXcomp) {
      return verbal || copular || has_subject;
    }
    return verbal || copular || has_subject || HasChild(t, Dep::kAux);
  }

  // Whether the phrase of subject s opens right after a comma, not with a
  // relative word, no comma stands between it and its verb v, and v has no
  // object or clause of its own (what it says came before the comma).
  bool AfterCommaBeforeVerb(int32_t s, int32_t v) const {
    if (HasChild(v, Dep::kObj) || HasChild(v, Dep::kCcomp) || HasChild(v, Dep::kXcomp))
      return false;
    int32_t b = s;
    while (b > 0 && Under(tok_, b - 1, s)) --b;
    if (b == 0 || doc_.TokenText(b - 1) != "," || IsRelativeWord(doc_.TokenText(b))) return false;
    for (int32_t j = s + 1; j < v; ++j)
      if (doc_.TokenText(j) == ",") return false;
    return true;
  }

  // The lemma of the word before t, for "no longer".
  bool IsNegator(int32_t t) const {
    if (lex_.Of(L(t)) == ClauseLexicon::kNegation) return true;
    if (L(t) == "longer" || L(t) == "more") {
      for (const int32_t* c = kids_.begin(t); c != kids_.end(t); ++c)
        if (L(*c) == "no") return true;
    }
    return false;
  }

  void FillArguments(Clause& c) {
    const int32_t v = c.verb;
    int32_t first = v, last = v;
    for (const int32_t* it = kids_.begin(v); it != kids_.end(v); ++it) {
      const int32_t ch = *it;
      switch (D(ch)) {
        case Dep::kNsubj:
        case Dep::kNsubjPass:
        case Dep::kCsubj:
        case Dep::kCsubjPass:
          // Two subjects, the first with a copula of its own (a parse
          // error: "Blair is among those who ... but the mayor has
          // refused"): the second.
          // Likewise the second when it follows a comma and nothing but
          // its verb group comes after it ("Banks face hard times,
          // officials warned", "face" read as a noun): the first is
          // the reported clause the parse did not see.
          if (c.subject < 0 ||
              (ch < v && c.subject < ch &&
               (HasChild(c.subject, Dep::kCop) || AfterCommaBeforeVerb(ch, v))))
            c.subject = ch;
          if (D(ch) == Dep::kNsubjPass || D(ch) == Dep::kCsubjPass)
            c.passive = true;
          break;
        case Dep::kNsubjOuter:
          if (c.subject < 0) c.subject = ch;
          break;
        case Dep::kObj:
          if (c.object < 0) c.object = ch;
          break;
        case Dep::kIobj:
          if (c.indirect_object < 0) c.indirect_object = ch;
          break;
        case Dep::kOblAgent:
          c.agent = ch;
          c.obliques.push_back({Marker(ch), ch, v});
          break;
        case Dep::kObl:
        case Dep::kOblTmod:
        case Dep::kOblNpmod:
        case Dep::kOblUnmarked:
          c.obliques.push_back({Marker(ch), ch, v});
          break;
        case Dep::kAux:
        case Dep::kAuxPass:
        case Dep::kCop:
          if (D(ch) == Dep::kAuxPass) c.passive = true;
          first = std::min(first, ch);
          break;
        case Dep::kCompoundPrt:
          if (c.particle < 0) c.particle = ch;
          last = std::max(last, ch);
          break;
        case Dep::kAdvmod:
          if (IsNegator(ch) && c.negation < 0) {
            c.negation = ch;
            c.negated = true;
            first = std::min(first, ch);
          } else if (ch == v + 1 && c.particle < 0 &&
                     lex_.Of(L(ch)) == ClauseLexicon::kAdverbParticle) {
            c.particle = ch;  // "pulled back"
            last = std::max(last, ch);
          }
          break;
        case Dep::kMark:
          if (c.complementizer < 0) c.complementizer = ch;
          break;
        default:
          break;
      }
    }
    // Prepositional modifiers of the object: "imposed sanctions against X".
    if (c.object >= 0) {
      for (const int32_t* it = kids_.begin(c.object); it != kids_.end(c.object);
           ++it)
        if (D(*it) == Dep::kNmod)
          c.obliques.push_back({Marker(*it), *it, c.object});
    }
    // A "by" phrase of a passive the parser left as a plain oblique.
    if (c.passive && c.agent < 0) {
      for (const Oblique& o : c.obliques)
        if (o.governor == v && o.marker >= 0 && L(o.marker) == "by") {
          c.agent = o.head;
          break;
        }
    }
    // A past participle without its auxiliary is passive when it modifies
    // a noun ("troops stationed near", "a man accused of"), or when a main
    // verb has an agent and no object, as headlines write the passive ("MP
    // attacked by muggers in Kenya").
    const bool modifier = D(v) == Dep::kAcl && c.subject < 0 && !HasChild(v, Dep::kAux) &&
                          !HasChild(v, Dep::kMark);
    const bool headline = c.agent >= 0 && c.object < 0 && tok_[v].head < 0;
    // So is an adverbial one without subject or auxiliary, bare or after a
    // subordinator ("Asked whether ..., he said", "did not comment when
    // asked about it", "as expected"): the main clause's subject is what it
    // was done to. A preposition ("after", "before") takes a gerund instead.
    const bool adverbial = D(v) == Dep::kAdvcl && c.subject < 0 && c.object < 0 &&
                           !HasChild(v, Dep::kAux) && AdverbialMark(v);
    if (!c.passive && P(v) == Upos::kVerb && (modifier || headline || adverbial)) {
      VerbForm f = lem_.FormOf(ToLowerAscii(doc_.TokenText(v)));
      if (f == VerbForm::kPast || f == VerbForm::kParticiple) c.passive = true;
    }
    c.first_verb_token = first;
    c.last_verb_token = last;
    c.in_quote = tok_[v].Has(Token::kInQuote);
  }

  // Whether the adverbial clause of v has no subordinator, or one that
  // may stand before a bare participle.
  bool AdverbialMark(int32_t v) const {
    for (const int32_t* it = kids_.begin(v); it != kids_.end(v); ++it) {
      if (D(*it) != Dep::kMark && !(D(*it) == Dep::kAdvmod && *it < v)) continue;
      const std::string& m = L(*it);
      if (D(*it) == Dep::kAdvmod && m != "when" && m != "once") continue;
      if (m != "when" && m != "if" && m != "unless" && m != "once" && m != "until" &&
          m != "while" && m != "though" && m != "although" && m != "as" && m != "than" &&
          m != "whether")
        return false;
    }
    return true;
  }

  int32_t Marker(int32_t noun) const {
    for (const int32_t* it = kids_.begin(noun); it != kids_.end(noun); ++it)
      if (D(*it) == Dep::kCase && *it < noun) return *it;
    return -1;
  }

  int32_t ParentClause(int32_t v) const {
    int32_t h = tok_[v].head;
    int steps = 0;
    while (h >= 0 && steps++ < 512) {
      if (clause_of_verb_[h] >= 0) return clause_of_verb_[h];
      h = tok_[h].head;
    }
    return -1;
  }

  void FillComplement(Clause& c) {
    const int32_t v = c.verb;
    int32_t ccomp = -1, of_advcl = -1;
    for (const int32_t* it = kids_.begin(v); it != kids_.end(v); ++it) {
      const int32_t ch = *it;
      if (clause_of_verb_[ch] < 0) continue;
      if (D(ch) == Dep::kCcomp && ccomp < 0) ccomp = ch;
      if ((D(ch) == Dep::kAdvcl || D(ch) == Dep::kAcl) && of_advcl < 0) {
        int32_t m = ChildWith(ch, Dep::kMark);
        if (m >= 0 && L(m) == "of") of_advcl = ch;
      }
    }
    if (ccomp >= 0) {
      c.complement = clause_of_verb_[ccomp];
    } else if (of_advcl >= 0) {
      c.complement = clause_of_verb_[of_advcl];
    } else if (c.relation == Dep::kParataxis && c.parent >= 0 &&
               c.subject >= 0 && c.object < 0 && P(v) == Upos::kVerb) {
      // "The talks, he said, were useful": "said" reports the clause it
      // interrupts.
      c.complement = c.parent;
    }
  }

  // Sets the subject of clause ci from the clause English takes it from.
  void InheritSubject(int ci, int depth) {
    if (inherited_done_[ci] || depth > 64) return;
    inherited_done_[ci] = 1;
    Clause& c = doc_.clauses[ci];
    if (c.subject >= 0) {
      // A relative pronoun stands for the noun the clause modifies.
      if ((c.relation == Dep::kAclRelcl) && P(c.subject) == Upos::kPron &&
          (L(c.subject) == "who" || L(c.subject) == "which" ||
           L(c.subject) == "that")) {
        c.subject = tok_[c.verb].head;
        c.subject_inherited = true;
      }
      return;
    }
    const int32_t v = c.verb;
    const int32_t h = tok_[v].head;
    if (h < 0) return;
    if (c.relation == Dep::kAcl && c.passive) {
      c.subject = h;  // "troops stationed near": the troops
      c.subject_inherited = true;
      return;
    }
    // "forced the senator to acknowledge" parsed as the noun's infinitive:
    // the object of a verb of object control does what it says.
    if (c.relation == Dep::kAcl && c.complementizer >= 0 && L(c.complementizer) == "to" &&
        D(h) == Dep::kObj && tok_[h].head >= 0 &&
        lex_.Of(L(tok_[h].head)) == ClauseLexicon::kObjectControl) {
      c.subject = h;
      c.subject_inherited = true;
      return;
    }
    if (c.relation == Dep::kAclRelcl) {
      // "the talks held in Geneva" parsed as a relative clause.
      if (c.passive) {
        c.subject = h;
        c.subject_inherited = true;
      }
      return;
    }
    if (c.parent < 0) return;
    Clause& p = doc_.clauses[c.parent];
    InheritSubject(c.parent, depth + 1);
    const Clause& pc = doc_.clauses[c.parent];
    (void)p;
    switch (c.relation) {
      case Dep::kConj:
        // Only a conjunct joined by its own "and" / "but" or comma ("met X
        // and discussed Y"); one the parse joined with nothing between
        // lost its subject elsewhere ("... after an earthquake and waves
        // killed 38,000" hung on "sought").
        if (clause_of_verb_[h] == c.parent && pc.subject >= 0 &&
            (HasChild(v, Dep::kCc) || HasChild(v, Dep::kPunct))) {
          c.subject = pc.subject;
          c.subject_inherited = true;
        }
        break;
      case Dep::kXcomp:
        // Object control ("urged Iran to stop") else subject control.
        c.subject = pc.object >= 0 ? pc.object : pc.subject;
        c.subject_inherited = c.subject >= 0;
        break;
      case Dep::kAdvcl: {
        // "..., saying that", "after meeting X", "to show that": a gerund or
        // an infinitive without subject takes the main clause's. A finite
        // verb whose subject the parser missed does not.
        // A bare participle ("Asked whether ...") takes it too, as what was
        // done to it (the clause is passive).
        VerbForm f = lem_.FormOf(ToLowerAscii(doc_.TokenText(v)));
        bool infinitive = c.complementizer >= 0 && L(c.complementizer) == "to";
        if (f == VerbForm::kGerund || infinitive || c.passive) {
          c.subject = pc.subject;
          c.subject_inherited = c.subject >= 0;
        }
        // The parse's adverbial infinitive of a verb of object control
        // ("asked him to condemn", "forced the minister to resign"): its
        // object's, as for an xcomp.
        if (infinitive && pc.object >= 0 && pc.object < v && pc.verb >= 0 &&
            lex_.Of(L(pc.verb)) == ClauseLexicon::kObjectControl) {
          c.subject = pc.object;
          c.subject_inherited = true;
        }
        break;
      }
      default:
        break;
    }
  }

  void FillTense(Clause& c) {
    const int32_t v = c.verb;
    // The verb group in order: auxiliaries and copula, then the verb.
    int32_t group[8];
    int ng = 0;
    for (const int32_t* it = kids_.begin(v); it != kids_.end(v) && ng < 7;
         ++it) {
      Dep d = D(*it);
      if ((d == Dep::kAux || d == Dep::kAuxPass || d == Dep::kCop) && *it < v)
        group[ng++] = *it;
    }
    bool verb_in_group = P(v) == Upos::kVerb || P(v) == Upos::kAux;
    if (verb_in_group) group[ng++] = v;
    bool finite_found = false;
    bool to_infinitive = false;
    if (c.complementizer >= 0 && L(c.complementizer) == "to")
      to_infinitive = true;
    for (int i = 0; i < ng; ++i) {
      const int32_t t = group[i];
      const std::string& lemma = L(t);
      ClauseLexicon::Kind k = lex_.Of(lemma);
      const bool is_aux = t != v || P(t) == Upos::kAux;
      if (is_aux && k == ClauseLexicon::kFuture) {
        if (!finite_found) c.tense = Tense::kFuture;
        finite_found = true;
        continue;
      }
      if (is_aux && k >= ClauseLexicon::kPossibility &&
          k <= ClauseLexicon::kAbility && P(t) == Upos::kAux &&
          lemma != "have") {
        c.modality = KindModality(k);
        finite_found = true;
        continue;
      }
      std::string lower = ToLowerAscii(doc_.TokenText(t));
      VerbForm f = lem_.FormOf(lower);
      if (lemma == "have" && D(t) == Dep::kAux) {
        if (c.aspect == Aspect::kProgressive)
          c.aspect = Aspect::kPerfectProgressive;
        else
          c.aspect = Aspect::kPerfect;
      }
      if (lemma == "be" && D(t) == Dep::kAux && i + 1 < ng) {
        std::string next = ToLowerAscii(doc_.TokenText(group[i + 1]));
        if (lem_.FormOf(next) == VerbForm::kGerund &&
            !(group[i + 1] == v && c.passive && false)) {
          c.aspect = c.aspect == Aspect::kPerfect ? Aspect::kPerfectProgressive
                                                  : Aspect::kProgressive;
        }
      }
      if (finite_found || to_infinitive) continue;
      Tense t_here = FiniteTense(c, t, lower, f, is_aux);
      if (t_here != Tense::kNone) {
        c.tense = t_here;
        finite_found = true;
      } else if (is_aux && (lower == "be" || lower == "been" ||
                            lower == "being" || lower == "having")) {
        // Non-finite auxiliary: the tense, if any, came before.
      } else if (!is_aux) {
        break;
      }
    }
    // A conjoined verb without auxiliaries of its own shares them: "will
    // meet X and discuss Y", "may attack and occupy".
    if (c.relation == Dep::kConj && c.parent >= 0 && ng <= 1 &&
        c.subject_inherited) {
      const Clause& p = doc_.clauses[c.parent];
      if (c.tense == Tense::kNone) c.tense = p.tense;
      if (c.modality == Modality::kNone) c.modality = p.modality;
    }
  }

  Tense FiniteTense(const Clause& c, int32_t t, const std::string& lower,
                    VerbForm f, bool is_aux) const {
    if (lower == "was" || lower == "were" || lower == "had" || lower == "did" ||
        lower == "'d") {
      return Tense::kPast;
    }
    if (lower == "is" || lower == "are" || lower == "am" || lower == "'s" ||
        lower == "'re" || lower == "'m" || lower == "has" || lower == "have" ||
        lower == "'ve" || lower == "does" || lower == "do") {
      // "have" and "do" are finite unless they follow "to" or a modal.
      return Tense::kPresent;
    }
    if (is_aux) return Tense::kNone;
    // The main verb with no auxiliary before it is finite when it has a
    // subject of its own, heads the sentence, or is conjoined to a finite
    // verb ("met X and discussed Y").
    // A past or third-person form heading a subordinate clause is finite
    // even when the parser missed its subject ("since Russia invaded").
    bool subordinate = c.relation == Dep::kAdvcl || c.relation == Dep::kCcomp ||
                       c.relation == Dep::kParataxis ||
                       c.relation == Dep::kAclRelcl ||
                       c.relation == Dep::kAdvclRelcl;
    bool finite = (c.subject >= 0 && !c.subject_inherited) ||
                  c.relation == Dep::kRoot ||
                  (c.relation == Dep::kConj && c.parent >= 0 &&
                   doc_.clauses[c.parent].tense != Tense::kNone &&
                   doc_.clauses[c.parent].tense != Tense::kFuture &&
                   doc_.clauses[c.parent].modality == Modality::kNone) ||
                  (subordinate && !c.passive &&
                   (f == VerbForm::kPast || f == VerbForm::kPresent3) &&
                   (c.complementizer < 0 || L(c.complementizer) != "to"));
    if (!finite) return Tense::kNone;
    switch (f) {
      case VerbForm::kPast:
        return Tense::kPast;
      case VerbForm::kPresent3:
        return Tense::kPresent;
      case VerbForm::kBase:
        return c.relation == Dep::kRoot && c.subject < 0 ? Tense::kNone
                                                         : Tense::kPresent;
      default:
        return Tense::kNone;
    }
  }

  static Modality KindModality(ClauseLexicon::Kind k) {
    switch (k) {
      case ClauseLexicon::kPossibility:
        return Modality::kPossibility;
      case ClauseLexicon::kConditional:
        return Modality::kConditional;
      case ClauseLexicon::kObligation:
        return Modality::kObligation;
      case ClauseLexicon::kAbility:
        return Modality::kAbility;
      case ClauseLexicon::kIntent:
        return Modality::kIntent;
      default:
        return Modality::kNone;
    }
  }

  // "plans to attack", "has to leave", "is likely to": the controlling
  // predicate lends its modality to its to-infinitive.
  void FillControlledModality(Clause& c) {
    if (c.relation != Dep::kXcomp || c.parent < 0) return;
    if (c.complementizer < 0 || L(c.complementizer) != "to") return;
    const Clause& p = doc_.clauses[c.parent];
    const int32_t pv = p.verb;
    ClauseLexicon::Kind k = lex_.Of(L(pv));
    if (k == ClauseLexicon::kIntent && L(pv) == "go" &&
        p.aspect != Aspect::kProgressive)
      k = ClauseLexicon::kNone;  // "went to see" is not "is going to"
    if (k < ClauseLexicon::kPossibility || k > ClauseLexicon::kIntent) return;
    if (c.modality == Modality::kNone) c.modality = KindModality(k);
    if (c.tense == Tense::kNone &&
        (p.tense == Tense::kPresent || p.tense == Tense::kFuture) &&
        (k == ClauseLexicon::kIntent || (L(pv) == "go"))) {
      c.tense = Tense::kFuture;
    }
    if (p.negated && !c.negated) {
      // "does not plan to attack": the attack is not intended either; the
      // negation stays on the parent, read it there.
    }
  }

  void FillMood(Clause& c) {
    const int32_t v = c.verb;
    if (c.complementizer >= 0 &&
        (L(c.complementizer) == "if" || L(c.complementizer) == "unless")) {
      c.mood = Mood::kConditional;
      return;
    }
    if (c.relation != Dep::kRoot && c.relation != Dep::kConj) return;
    if (c.relation == Dep::kConj && c.parent >= 0 &&
        doc_.clauses[c.parent].relation != Dep::kRoot)
      return;
    const Sentence& s = doc_.sentences[c.sentence];
    // Last token that is not a quotation mark or closing bracket.
    int32_t last = static_cast<int32_t>(s.token_end) - 1;
    while (last > static_cast<int32_t>(s.token_begin) &&
           (tok_[last].kind == TokenKind::kQuoteMark ||
            doc_.TokenText(last) == ")"))
      --last;
    if (last >= 0 && doc_.TokenText(last) == "?") {
      c.mood = Mood::kInterrogative;
      return;
    }
    // Imperative: a bare verb opening the sentence, no subject.
    if (c.relation == Dep::kRoot && c.subject < 0 && P(v) == Upos::kVerb) {
      int32_t first = static_cast<int32_t>(s.token_begin);
      while (first < v &&
             (tok_[first].kind != TokenKind::kWord ||
              D(first) == Dep::kDiscourse || D(first) == Dep::kPunct))
        ++first;
      bool opens = first == c.first_verb_token;
      std::string lower = ToLowerAscii(doc_.TokenText(c.first_verb_token));
      bool bare =
          lem_.FormOf(ToLowerAscii(doc_.TokenText(v))) == VerbForm::kBase ||
          lower == "do" || lower == "don't" || lower == "let";
      if (opens && bare && c.tense != Tense::kPast) c.mood = Mood::kImperative;
    }
  }

  // ---- Noun phrases ----

  bool InPhrase(Dep d) const {
    switch (d) {
      case Dep::kDet:
      case Dep::kDetPredet:
      case Dep::kAmod:
      case Dep::kCompound:
      case Dep::kFlat:
      case Dep::kFixed:
      case Dep::kGoeswith:
      case Dep::kNummod:
      case Dep::kNmodPoss:
      case Dep::kAdvmod:
        return true;
      default:
        return false;
    }
  }

  bool HeadsPhrase(int32_t t) const {
    const Token& k = tok_[t];
    if (k.head == Token::kNoHead) return false;
    Dep d = k.head < 0 ? Dep::kRoot : k.dep;
    if (d == Dep::kCompound || d == Dep::kFlat || d == Dep::kFixed ||
        d == Dep::kGoeswith || d == Dep::kNmodPoss || d == Dep::kNummod ||
        d == Dep::kDet || d == Dep::kAmod)
      return false;
    if (k.pos == Upos::kNoun || k.pos == Upos::kPropn || k.pos == Upos::kPron)
      return true;
    if (k.pos == Upos::kNum)
      return d == Dep::kNsubj || d == Dep::kObj || d == Dep::kObl ||
             d == Dep::kNmod || d == Dep::kConj || d == Dep::kAppos ||
             d == Dep::kIobj || d == Dep::kNsubjPass;
    return false;
  }

  void Extend(int32_t t, int32_t head, int32_t* lo, int32_t* hi, int depth) {
    if (depth > 32) return;
    for (const int32_t* it = kids_.begin(t); it != kids_.end(t); ++it) {
      const int32_t ch = *it;
      Dep d = D(ch);
      bool take = InPhrase(d);
      if (d == Dep::kCase && D(t) == Dep::kNmodPoss && t != head)
        take = true;  // 's
      if (d == Dep::kPunct && t != head && tok_[ch].kind == TokenKind::kPunct &&
          doc_.TokenText(ch) == "-")
        take = true;  // state-run
      if (d == Dep::kAdvmod && t == head && ch > head) take = false;
      if (!take) continue;
      *lo = std::min(*lo, ch);
      *hi = std::max(*hi, ch);
      Extend(ch, head, lo, hi, depth + 1);
    }
  }

  void BuildPhrases() {
    const size_t n = tok_.size();
    std::vector<int32_t> phrase_of(n, -1);
    for (size_t i = 0; i < n; ++i) {
      int32_t t = static_cast<int32_t>(i);
      if (!HeadsPhrase(t)) continue;
      int32_t lo = t, hi = t;
      Extend(t, t, &lo, &hi, 0);
      // A title before a name is a phrase of its own: keep it out.
      for (const int32_t* it = kids_.begin(t); it != kids_.end(t); ++it) {
        if (D(*it) == Dep::kNmodDesc && *it < t) {
          // Start after the title's subtree.
          int32_t tlo = *it, thi = *it;
          Extend(*it, *it, &tlo, &thi, 0);
          if (thi < t) lo = std::max(lo, thi + 1);
        }
      }
      NounPhrase np;
      np.token_begin = static_cast<uint32_t>(lo);
      np.token_end = static_cast<uint32_t>(hi + 1);
      np.head = t;
      np.sentence = sentence_of_[i];
      phrase_of[i] = static_cast<int32_t>(doc_.phrases.size());
      doc_.phrases.push_back(np);
    }
    for (size_t i = 0; i < n; ++i) {
      int32_t p = phrase_of[i];
      if (p < 0) continue;
      int32_t prev = p;
      for (const int32_t* it = kids_.begin(static_cast<int32_t>(i));
           it != kids_.end(static_cast<int32_t>(i)); ++it) {
        const int32_t ch = *it;
        const int32_t cp = phrase_of[ch];
        if (cp < 0) continue;
        if (D(ch) == Dep::kConj) {
          doc_.phrases[prev].coordinated_with = cp;
          prev = cp;
        } else if (D(ch) == Dep::kAppos || D(ch) == Dep::kNmodDesc) {
          doc_.phrases[cp].apposition_of = p;
        }
      }
    }
  }

  const ClauseLexicon& lex_;
  const Lemmatizer& lem_;
  Document& doc_;
  const std::vector<Token>& tok_;
  Children kids_;
  std::vector<uint32_t> sentence_of_;
  std::vector<int32_t> clause_of_verb_;
  std::vector<uint8_t> inherited_done_;
};

}  // namespace

Result<std::unique_ptr<ClauseLexicon>> ClauseLexicon::Parse(
    std::string_view text) {
  std::unique_ptr<ClauseLexicon> lex(new ClauseLexicon());
  static const std::pair<std::string_view, Kind> kNames[] = {
      {"future", kFuture},
      {"possibility", kPossibility},
      {"conditional", kConditional},
      {"obligation", kObligation},
      {"ability", kAbility},
      {"intent", kIntent},
      {"negation", kNegation},
      {"particle", kParticle},
      {"adverb-particle", kAdverbParticle},
      {"report", kReport},
      {"object-control", kObjectControl}};
  size_t line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    Kind kind = kNone;
    if (f.size() == 2)
      for (const auto& [name, k] : kNames)
        if (f[1] == name) kind = k;
    if (kind == kNone || f[0].empty()) {
      return Status::InvalidArgument(
          "syntax/clause_words.tsv:" + std::to_string(line_no) +
          ": expected lemma<TAB>kind");
    }
    lex->kinds_[std::string(f[0])] = kind;
  }
  return lex;
}

ClauseLexicon::Kind ClauseLexicon::Of(std::string_view lemma) const {
  auto it = kinds_.find(std::string(lemma));
  return it == kinds_.end() ? kNone : it->second;
}

namespace {
bool IsModal(ClauseLexicon::Kind k) {
  return k == ClauseLexicon::kFuture || k == ClauseLexicon::kPossibility ||
         k == ClauseLexicon::kConditional || k == ClauseLexicon::kObligation ||
         k == ClauseLexicon::kAbility;
}
}  // namespace

namespace {

// A form that is only a past participle ("written", "known", "done") or a
// gerund: no finite verb of a reported clause without an auxiliary.
bool NonFiniteForm(std::string_view w) {
  auto ends = [&](std::string_view e) {
    return w.size() > e.size() + 1 && w.substr(w.size() - e.size()) == e;
  };
  return ends("ing") || ends("en") || ends("wn") || w == "done" || w == "gone" || w == "been";
}

// A noun, a name or a pronoun.
bool NounOrPronoun(const Token& t) {
  return t.pos == Upos::kNoun || t.pos == Upos::kPropn || t.pos == Upos::kPron;
}

// A verb of saying or thinking (`report` in clause_words.tsv).
bool ReportVerb(const ClauseLexicon& lexicon, const Token& t) {
  return t.pos == Upos::kVerb && lexicon.Of(t.lemma) == ClauseLexicon::kReport;
}

// A verb that reports a clause to a hearer ("told reporters that ...").
bool TellVerb(const Token& t) {
  return t.pos == Upos::kVerb &&
         (t.lemma == "tell" || t.lemma == "assure" || t.lemma == "inform" ||
          t.lemma == "remind" || t.lemma == "warn");
}

// Whether a token within `reach` before token v, or within kMaxArcLength
// after it, is v's subject.
bool HasSubject(const std::vector<Token>& tok, int32_t v, int32_t reach) {
  const int32_t n = static_cast<int32_t>(tok.size());
  for (int32_t j = std::max(0, v - reach); j < std::min(n, v + kMaxArcLength); ++j)
    if (tok[j].head == v && IsSubjectDep(tok[j].dep)) return true;
  return false;
}

// "said the economy remained strong", parsed as said -obj-> economy -acl->
// remained: the object of a verb of saying with a finite verb after it is
// that verb's subject, and that verb the clause the first one reports.
int RepairReportedSubjects(const ClauseLexicon& lexicon, Document* doc) {
  std::vector<Token>& tok = doc->tokens;
  const int32_t n = static_cast<int32_t>(tok.size());
  int changed = 0;
  auto inside = [&](int32_t j, int32_t a, int32_t b) {  // j's ancestors reach a or b
    for (int32_t h = j, guard = 0; h >= 0 && guard < 64; h = tok[h].head, ++guard)
      if (h == a || h == b) return true;
    return false;
  };
  auto reports = [&](int32_t say) { return say >= 0 && ReportVerb(lexicon, tok[say]); };
  for (int32_t v = 0; v < n; ++v) {
    Token& verb = tok[v];
    if (verb.head < 0 || v - verb.head > kMaxArcLength) continue;
    // "says [the stimulant] may have been in a cold remedy", parsed as
    // says -obj-> stimulant and says -conj-> remedy: a conjunct with an
    // auxiliary or copula, no subject and no conjunction of its own. The
    // same with the verb as the reported clause but the noun left as the
    // object ("saying the failure to find them had damaged faith").
    // (Also an adverbial clause with no subordinator after any verb's
    // object, "agreed the claims were based on ...": a finite verb right
    // after an object, no comma between, opens a clause whose "that" was
    // dropped.)
    const bool zero_that = verb.dep == Dep::kAdvcl && verb.head < v &&
                           tok[verb.head].pos == Upos::kVerb;
    if (((verb.dep == Dep::kConj || verb.dep == Dep::kCcomp) && reports(verb.head) &&
         verb.head < v) || zero_that) {
      const int32_t say = verb.head;
      // (Or a pronoun: "saying anybody who complains is not having a good
      // night".)
      int32_t noun = -1;
      for (int32_t j = say + 1; j < v; ++j)
        if (tok[j].head == say && tok[j].dep == Dep::kObj &&
            (tok[j].pos == Upos::kNoun || tok[j].pos == Upos::kPropn ||
             tok[j].pos == Upos::kPron))
          noun = j;
      if (noun < 0) continue;
      bool finite = false, pass = false, blocked = false;
      for (int32_t j = std::max<int32_t>(0, v - kMaxArcLength); j < std::min(n, v + kMaxArcLength); ++j) {
        if (tok[j].head != v) continue;
        const Dep d = tok[j].dep;
        finite = finite || (j < v && (d == Dep::kAux || d == Dep::kAuxPass || d == Dep::kCop));
        pass = pass || (j < v && d == Dep::kAuxPass);
        blocked = blocked || d == Dep::kCc || d == Dep::kNsubj || d == Dep::kNsubjPass ||
                  d == Dep::kExpl || (d == Dep::kMark && j < v);
      }
      if (!finite || blocked) continue;
      // Between the noun and the conjunct only the noun's phrase (commas
      // inside it too) and the conjunct's own words.
      bool plain = true;
      for (int32_t j = say + 1; j < v && plain; ++j) {
        if (j == noun) continue;
        plain = (j > noun && inside(j, noun, v)) ||
                (j < noun && inside(j, noun, noun) && tok[j].pos != Upos::kPunct);
        if (j > noun && !inside(j, noun, noun) && tok[j].head != v) plain = false;
        if (zero_that && j > noun && tok[j].pos == Upos::kPunct) plain = false;
      }
      if (!plain) continue;
      verb.head = say;
      verb.dep = Dep::kCcomp;
      tok[noun].head = v;
      tok[noun].dep = pass ? Dep::kNsubjPass : Dep::kNsubj;
      ++changed;
      continue;
    }
    // (A "relative clause" with no subject and no relative pronoun cannot
    // be one, "said parents still want neighborhood schools": English
    // drops only an object's relative.)
    bool gapless_relative = false;
    if (verb.dep == Dep::kAclRelcl && verb.pos == Upos::kVerb) {
      gapless_relative = true;
      for (int32_t j = std::max<int32_t>(0, v - kMaxArcLength); j < v && gapless_relative; ++j)
        if (tok[j].head == v &&
            (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass ||
             tok[j].pos == Upos::kPron || tok[j].dep == Dep::kMark))
          gapless_relative = false;
    }
    if ((verb.dep != Dep::kAcl && !gapless_relative) || verb.pos != Upos::kVerb) continue;
    const int32_t noun = verb.head;
    if (noun < 0 || noun >= v || v - noun > kMaxArcLength) continue;
    Token& obj = tok[noun];
    if (obj.dep != Dep::kObj || (obj.pos != Upos::kNoun && obj.pos != Upos::kPropn)) continue;
    const int32_t say = obj.head;
    if (say >= noun || !reports(say)) continue;
    bool aux = false, pass = false, to = false, by = false, complement = false, mark = false;
    for (int32_t j = std::max<int32_t>(0, v - kMaxArcLength); j < std::min(n, v + kMaxArcLength); ++j) {
      if (tok[j].head != v) continue;
      const Dep d = tok[j].dep;
      aux = aux || (j < v && (d == Dep::kAux || d == Dep::kAuxPass));
      pass = pass || (j < v && d == Dep::kAuxPass);
      to = to || (d == Dep::kMark && doc->TokenText(j) == "to");
      // "the view that the economy remains ...": a clause of the noun.
      mark = mark || (d == Dep::kMark && j > noun);
      by = by || d == Dep::kOblAgent;
      complement = complement || d == Dep::kObj || d == Dep::kIobj || d == Dep::kCcomp ||
                   d == Dep::kXcomp;
      if (d == Dep::kObl)
        for (int32_t c = std::max<int32_t>(0, j - 8); c < j; ++c)
          by = by || (tok[c].head == j && tok[c].dep == Dep::kCase && doc->TokenText(c) == "by");
    }
    // Without an auxiliary, a reduced relative ("the messages sent by the
    // pair", "the words written") looks the same: take the verb when it is
    // active, with an object or complement, or in a form that is no -ed
    // participle ("the region grew by 5%").
    const std::string_view form = doc->TokenText(v);
    const bool ed = form.size() > 3 && form.substr(form.size() - 2) == "ed";
    // An -ed form without object after "say"'s object is still the
    // reported clause's verb when nothing after its phrase could be ("said
    // the campaign ultimately entered into an agreement with L2, which
    // ..."): "say" takes few objects a participle could modify.
    bool last_verb = false;
    if (ed && !complement && !aux && tok[say].lemma == "say") {
      last_verb = true;
      for (int32_t j = v + 1; j < n && last_verb && !tok[j].Has(Token::kSentenceStart); ++j)
        if ((tok[j].pos == Upos::kVerb || tok[j].pos == Upos::kAux) && !inside(j, v, v))
          last_verb = false;
    }
    if (to || by || mark || (!aux && (NonFiniteForm(form) || (ed && !complement && !last_verb))))
      continue;
    // Without an auxiliary, an auxiliary after the verb's words is the
    // reported clause's ("think the price offered - 300p a share - is
    // high", "materials kept during the inquiry would be ..."): the verb is
    // a participle after all.
    if (!aux) {
      int32_t right = v;
      for (int32_t j = v + 1; j < n && j < v + kMaxArcLength; ++j)
        if (inside(j, v, v)) right = j;
      int32_t end = right + 1;
      while (end < n && end < right + 4 && tok[end].pos == Upos::kPunct) ++end;
      if (end < n && tok[end].pos == Upos::kAux && !inside(end, v, v)) continue;
    }
    // Between the noun and the verb only the noun's phrase and the verb's
    // auxiliaries and adverbs: no comma, nothing of the reporting verb's.
    bool plain = true;
    for (int32_t j = noun + 1; j < v && plain; ++j)
      plain = doc->TokenText(j) != "," &&
              (inside(j, noun, noun) ||
               (tok[j].head == v && (tok[j].dep == Dep::kAux || tok[j].dep == Dep::kAuxPass ||
                                     tok[j].dep == Dep::kAdvmod)));
    // And between the two verbs only the noun's phrase and "that" ("I'd
    // say, interesting experience ..." is no report), no punctuation; the
    // noun no predicate of its own (added: "Not everyone is a model ...").
    for (int32_t j = say + 1; j < noun && plain; ++j)
      plain = tok[j].pos != Upos::kPunct && tok[j].kind != TokenKind::kQuoteMark &&
              (inside(j, noun, noun) || doc->TokenText(j) == "that" || tok[j].dep == Dep::kAdvmod) &&
              !(tok[j].head == noun && (tok[j].dep == Dep::kCop || tok[j].dep == Dep::kNsubj));
    // The verb in lower case ("of Respond imaging" is a name), after a word
    // that can end a noun phrase ("the system of deferred fees" is none).
    int32_t before = v - 1;
    while (before > noun && tok[before].head == v &&
           (tok[before].dep == Dep::kAux || tok[before].dep == Dep::kAuxPass ||
            tok[before].dep == Dep::kAdvmod))
      --before;
    const Upos bp = tok[before].pos;
    plain = plain && !form.empty() && form[0] >= 'a' && form[0] <= 'z' && bp != Upos::kAdp &&
            bp != Upos::kDet && bp != Upos::kCconj && bp != Upos::kSconj && bp != Upos::kPart;
    if (!plain) continue;
    verb.head = say;
    verb.dep = Dep::kCcomp;
    obj.head = v;
    obj.dep = pass ? Dep::kNsubjPass : Dep::kNsubj;
    // "warned that yields were expected": the complementiser goes with the
    // reported clause.
    for (int32_t j = say + 1; j < noun; ++j)
      if (tok[j].dep == Dep::kMark && (doc->TokenText(j) == "that" || doc->TokenText(j) == "That"))
        tok[j].head = v;
    ++changed;
  }
  // "said (about) half of the adjustment in its projections reflected
  // revenue losses", parsed with "reflected" a reduced relative of
  // "projections" deep in the cue's object: a past-tense verb with an
  // object of its own is no reduced relative (those are passive), so the
  // reported clause's verb, and the phrase the cue took for its object
  // (or oblique, "about" read as its preposition) its subject.
  for (int32_t v = 2; v < n; ++v) {
    Token& verb = tok[v];
    if (verb.dep != Dep::kAcl || verb.pos != Upos::kVerb || verb.head < 0 || verb.head >= v)
      continue;
    const std::string_view form = doc->TokenText(static_cast<uint32_t>(v));
    if (form.size() < 4 || form.substr(form.size() - 2) != "ed" || form[0] < 'a' || form[0] > 'z')
      continue;
    bool object = false, own = false;
    for (int32_t j = std::max<int32_t>(0, v - kMaxArcLength); j < std::min(n, v + kMaxArcLength); ++j) {
      if (tok[j].head != v) continue;
      object = object || (j > v && tok[j].dep == Dep::kObj);
      own = own || (j < v && (tok[j].dep == Dep::kAux || tok[j].dep == Dep::kAuxPass ||
                              tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kMark));
    }
    if (!object || own) continue;
    // Up from the noun through its modifiers to a phrase of the cue.
    int32_t top = verb.head;
    for (int guard = 0; guard < 8 && top >= 0 && tok[top].dep == Dep::kNmod; ++guard)
      top = tok[top].head;
    if (top < 0 || (tok[top].dep != Dep::kObj && tok[top].dep != Dep::kObl)) continue;
    const int32_t say = tok[top].head;
    if (say < 0 || say >= top || !reports(say)) continue;
    // Between the cue and the verb only the cue's object and obliques
    // (the first becomes the subject, the others its modifiers: "half /
    // of the adjustment / in its projections"), no punctuation.
    int32_t first = -1;
    bool plain = true;
    for (int32_t j = say + 1; j < v && plain; ++j) {
      if (tok[j].head == say) {
        plain = tok[j].dep == Dep::kObj || tok[j].dep == Dep::kObl;
        if (first < 0) first = j;
      }
      plain = plain && tok[j].pos != Upos::kPunct && inside(j, say, say);
    }
    if (!plain || first < 0 || tok[first].pos == Upos::kPron) continue;
    for (int32_t j = first + 1; j < v; ++j)
      if (tok[j].head == say) {
        tok[j].head = first;
        tok[j].dep = Dep::kNmod;
      }
    top = first;
    verb.head = say;
    verb.dep = Dep::kCcomp;
    tok[top].head = v;
    tok[top].dep = Dep::kNsubj;
    for (int32_t j = say + 1; j < top; ++j)
      if (tok[j].head == top && tok[j].dep == Dep::kCase) {
        tok[j].dep = Dep::kAdvmod;  // "about half"
        tok[j].pos = Upos::kAdv;
      }
    ++changed;
  }
  // "said the firm plans to grow sales", tagged the/firm(ADJ)/plans(NOUN)
  // and parsed said -obj-> plans -acl-> grow: a verb of intent in the third
  // person ("plans", "wants", "aims", "hopes", "needs") right before "to"
  // and a verb is the reported clause's, the word before it its subject.
  for (int32_t p = 2; p + 2 < n; ++p) {
    Token& pl = tok[p];
    if (pl.pos != Upos::kNoun || pl.dep != Dep::kObj || !reports(pl.head) || pl.head >= p - 1)
      continue;
    const std::string_view form = doc->TokenText(p);
    const ClauseLexicon::Kind kind = lexicon.Of(pl.lemma);
    if (form.size() < 4 || form.back() != 's' || form[0] < 'a' || form[0] > 'z' ||
        (kind != ClauseLexicon::kIntent && pl.lemma != "need"))
      continue;
    if (doc->TokenText(p + 1) != "to" || tok[p + 2].pos != Upos::kVerb || tok[p + 2].head != p)
      continue;
    // The word before: the subject's head, a modifier of "plans" in the
    // parse ("firm", "company", "government"; not a possessive: "the
    // firm's plans to expand" are plans).
    const int32_t subj = p - 1;
    Token& sj = tok[subj];
    if (sj.head != p || (sj.pos != Upos::kNoun && sj.pos != Upos::kAdj && sj.pos != Upos::kPropn) ||
        (sj.dep != Dep::kAmod && sj.dep != Dep::kCompound))
      continue;
    // Between the reporting verb and the subject only the subject's own
    // words (a determiner, adjectives, "that").
    const int32_t say = pl.head;
    bool plain = true;
    for (int32_t j = say + 1; j < subj && plain; ++j)
      plain = tok[j].head == p &&
              (tok[j].dep == Dep::kDet || tok[j].dep == Dep::kAmod || tok[j].dep == Dep::kCompound ||
               tok[j].dep == Dep::kMark);
    if (!plain) continue;
    for (int32_t j = say + 1; j < subj; ++j) tok[j].head = tok[j].dep == Dep::kMark ? p : subj;
    if (sj.pos == Upos::kAdj) sj.pos = Upos::kNoun;
    sj.head = p;
    sj.dep = Dep::kNsubj;
    pl.pos = Upos::kVerb;
    pl.dep = Dep::kCcomp;
    tok[p + 2].dep = Dep::kXcomp;
    ++changed;
  }
  // "said in a statement they pulled the listing", "said Thursday night
  // they had agreed": a "relative clause" of the reporting verb's
  // adverbial noun with a subject and an object of its own and no
  // relative word has no gap, so is none; it is the clause reported.
  for (int32_t v = 1; v < n; ++v) {
    Token& verb = tok[v];
    if (verb.dep != Dep::kAclRelcl || verb.pos != Upos::kVerb) continue;
    const int32_t noun = verb.head;
    if (noun < 0 || noun >= v || v - noun > kMaxArcLength) continue;
    const Dep nd = tok[noun].dep;
    if (nd != Dep::kObl && nd != Dep::kOblUnmarked && nd != Dep::kOblTmod) continue;
    const int32_t say = tok[noun].head;
    if (say < 0 || say >= noun || !reports(say)) continue;
    bool subject = false, object = false, relative = false;
    for (int32_t j = noun + 1; j < std::min(n, v + kMaxArcLength); ++j) {
      if (tok[j].head != v) continue;
      const Dep d = tok[j].dep;
      subject = subject || (j < v && d == Dep::kNsubj && !IsRelativeWord(doc->TokenText(j)));
      object = object || (j > v && (d == Dep::kObj || d == Dep::kCcomp));
      relative = relative || (j < v && (d == Dep::kMark || IsRelativeWord(doc->TokenText(j))));
    }
    if (!subject || !object || relative) continue;
    verb.head = say;
    verb.dep = Dep::kCcomp;
    ++changed;
  }
  return changed;
}

}  // namespace

int RepairParse(const ClauseLexicon& lexicon, Document* doc) {
  std::vector<Token>& tok = doc->tokens;
  const int32_t n = static_cast<int32_t>(tok.size());
  int changed = 0;
  // A mark the parser made a sentence's root ('"Hamas is Al Qaeda," he
  // said' rooted at the opening mark): its first word that is not a mark
  // takes the root's place, and the others go under that word.
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    for (int32_t r = b; r < e; ++r) {
      if (tok[r].head != -1 || tok[r].pos != Upos::kPunct) continue;
      int32_t word = -1;
      for (int32_t j = b; j < e && word < 0; ++j)
        if (tok[j].head == r && tok[j].pos != Upos::kPunct) word = j;
      if (word < 0) continue;
      for (int32_t j = b; j < e; ++j)
        if (tok[j].head == r && j != word) tok[j].head = word;
      tok[word].head = -1;
      tok[word].dep = Dep::kRoot;
      tok[r].head = word;
      tok[r].dep = Dep::kPunct;
      ++changed;
    }
  }
  // A word hung on a punctuation mark ("later said, \u201cIt is not ...\u201d"
  // with the quotation's predicate under the comma): punctuation heads
  // nothing, so the word goes to the mark's own head. A predicate after a
  // verb of saying is the clause it reports.
  for (int32_t i = 0; i < n; ++i) {
    Token& t = tok[i];
    if (t.pos == Upos::kPunct || t.head < 0 || t.head >= n || tok[t.head].pos != Upos::kPunct)
      continue;
    int32_t h = t.head;
    for (int guard = 0; h >= 0 && h < n && tok[h].pos == Upos::kPunct && guard < n; ++guard)
      h = tok[h].head;
    if (h < 0 || h >= n || h == i || Under(tok, h, i)) continue;  // no cycles
    t.head = h;
    if (t.dep == Dep::kDep && h < i && ReportVerb(lexicon, tok[h])) t.dep = Dep::kCcomp;
    ++changed;
  }
  // "after its rival accused it", read as "after its rival" a phrase of the
  // verb above and "accused" a clause with no subject: a noun under
  // "after", "before", "since" or "until" right before a verb of a clause
  // beside it that has no subject, and no "-ing" or "-en" form, is that
  // verb's subject, the preposition its subordinator.
  for (int32_t v = 2; v < n; ++v) {
    Token& verb = tok[v];
    const int32_t x = v - 1;
    if (verb.pos != Upos::kVerb || verb.dep != Dep::kAdvcl || verb.head < 0 ||
        (tok[x].pos != Upos::kNoun && tok[x].pos != Upos::kPropn) || tok[x].dep != Dep::kObl ||
        tok[x].head != verb.head || NonFiniteForm(doc->TokenText(static_cast<uint32_t>(v))))
      continue;
    int32_t prep = -1;
    for (int32_t j = std::max(0, x - kMaxArcLength); j < x; ++j) {
      if (tok[j].head != x || tok[j].dep != Dep::kCase) continue;
      const std::string_view w = doc->TokenText(static_cast<uint32_t>(j));
      if (EqualsIgnoreCase(w, "after") || EqualsIgnoreCase(w, "before") ||
          EqualsIgnoreCase(w, "since") || EqualsIgnoreCase(w, "until"))
        prep = j;
    }
    if (prep < 0 || HasSubject(tok, v, kMaxArcLength)) continue;
    tok[x].head = v;
    tok[x].dep = Dep::kNsubj;
    tok[prep].head = v;
    tok[prep].dep = Dep::kMark;
    tok[prep].pos = Upos::kSconj;
    ++changed;
  }
  // A subject before its clause's subordinator belongs to the clause above
  // ("Bill Lee, a farmer who had ... before leaving last month, said ...",
  // "Lee" read as the subject of "leaving"): it goes to the verb the
  // subordinate clause hangs on, when that verb comes after and has no
  // subject of its own.
  for (int32_t i = 0; i < n; ++i) {
    Token& t = tok[i];
    if ((t.dep != Dep::kNsubj && t.dep != Dep::kNsubjPass) || t.head <= i || t.head >= n) continue;
    const int32_t v = t.head;
    const int32_t up = tok[v].head;
    if (tok[v].dep != Dep::kAdvcl || up <= v || up >= n || up - i > 2 * kMaxArcLength) continue;
    bool mark_between = false;
    for (int32_t j = i + 1; j < v; ++j)
      mark_between = mark_between || (tok[j].head == v && tok[j].dep == Dep::kMark);
    if (!mark_between || HasSubject(tok, up, 2 * kMaxArcLength)) continue;
    t.head = up;
    t.dep = Dep::kNsubj;
    ++changed;
  }
  // Particles right after their verb.
  for (int32_t i = 1; i < n; ++i) {
    Token& t = tok[i];
    if (t.head == i - 1 && t.dep == Dep::kAdvmod &&
        tok[i - 1].pos == Upos::kVerb &&
        lexicon.Of(t.lemma) == ClauseLexicon::kParticle) {
      t.dep = Dep::kCompoundPrt;
      t.pos = Upos::kAdp;
      ++changed;
    }
  }
  changed += RepairReportedSubjects(lexicon, doc);
  // "accused Lord Butler of basing ...", read with the name the subject of
  // "basing": a gerund's subject never comes before its "of" or "for", so
  // the noun is the object of the verb above (when it has none).
  for (int32_t i = 0; i < n; ++i) {
    Token& t = tok[i];
    const int32_t g = t.head;
    if ((t.dep != Dep::kNsubj && t.dep != Dep::kNsubjPass) || g <= i + 1 || g >= n ||
        (tok[g].dep != Dep::kAdvcl && tok[g].dep != Dep::kAcl) || tok[g].head < 0 ||
        tok[g].head >= i || tok[tok[g].head].pos != Upos::kVerb)
      continue;
    int32_t mark = -1;
    for (int32_t j = i + 1; j < g; ++j)
      if (tok[j].head == g && tok[j].dep == Dep::kMark) mark = j;
    if (mark < 0) continue;
    const std::string_view m = doc->TokenText(static_cast<uint32_t>(mark));
    const std::string_view form = doc->TokenText(static_cast<uint32_t>(g));
    if (!(EqualsIgnoreCase(m, "of") || EqualsIgnoreCase(m, "for")) || !form.ends_with("ing"))
      continue;
    const int32_t v = tok[g].head;
    bool has_object = false;
    for (int32_t j = v + 1; j < n && j <= v + kMaxArcLength; ++j)
      has_object |= tok[j].head == v && tok[j].dep == Dep::kObj;
    if (has_object) continue;
    t.head = v;
    t.dep = Dep::kObj;
    ++changed;
  }
  // "warned that budget concerns were ...", "that" read as the determiner
  // of a plural noun (which takes "those"): the noun is the subject of a
  // reported clause, "that" its subordinator.
  for (int32_t i = 0; i + 1 < n; ++i) {
    Token& t = tok[i];
    const int32_t noun = t.head;
    if (t.dep != Dep::kDet || noun <= i || noun >= n ||
        !EqualsIgnoreCase(doc->TokenText(static_cast<uint32_t>(i)), "that"))
      continue;
    const Token& h = tok[noun];
    const std::string_view w = doc->TokenText(static_cast<uint32_t>(noun));
    const bool plural = h.pos == Upos::kNoun && w.size() > 3 && w.back() == 's' &&
                        !h.lemma.empty() && !EqualsIgnoreCase(w, h.lemma);
    if (!plural || !IsSubjectDep(h.dep) || h.head <= noun || h.head >= n ||
        tok[h.head].dep != Dep::kCcomp)
      continue;
    t.head = h.head;
    t.dep = Dep::kMark;
    t.pos = Upos::kSconj;
    ++changed;
  }
  // "said [Democrats] and [the media] [are to blame]", parsed with the first
  // noun the cue's object and the verb the cue's conjunct whose subject is
  // the second noun: the verb is the reported clause's, the two nouns its
  // coordinated subject.
  for (int32_t v = 4; v < n; ++v) {
    Token& verb = tok[v];
    const int32_t say = verb.head;
    if (verb.dep != Dep::kConj || say < 0 || say >= v - 3 || !ReportVerb(lexicon, tok[say]))
      continue;
    int32_t cc = -1, second = -1, first = -1;
    for (int32_t j = say + 1; j < v; ++j) {
      if (tok[j].head == v && tok[j].dep == Dep::kCc) cc = j;
      if (tok[j].head == v && IsSubjectDep(tok[j].dep) && cc >= 0 && second < 0) second = j;
      if (tok[j].head == say && tok[j].dep == Dep::kObj && first < 0) first = j;
    }
    if (cc < 0 || second < 0 || first < 0 || first > cc || tok[cc].pos != Upos::kCconj ||
        !NounOrPronoun(tok[first]) || !NounOrPronoun(tok[second]))
      continue;
    // Only the first noun's phrase between the cue and the conjunction, only
    // the second's between the conjunction and the verb's own words.
    bool plain = true;  // (and no verb in the first phrase)
    for (int32_t j = say + 1; j < cc && plain; ++j)
      plain = Under(tok, j, first) && tok[j].pos != Upos::kVerb && tok[j].pos != Upos::kAux;
    for (int32_t j = cc + 1; j < v && plain; ++j)
      plain = Under(tok, j, second) || (tok[j].head == v && !IsSubjectDep(tok[j].dep));
    if (!plain) continue;
    verb.head = say;
    verb.dep = Dep::kCcomp;
    tok[first].head = v;
    tok[first].dep = tok[second].dep == Dep::kNsubjPass ? Dep::kNsubjPass : Dep::kNsubj;
    tok[second].head = first;
    tok[second].dep = Dep::kConj;
    tok[cc].head = second;
    ++changed;
  }
  // A subject pronoun right after a verb of saying opens the clause it
  // reports ("but the senator insisted she had not discussed it", parsed
  // with "discussed" a conjunct of the first clause): the pronoun's verb,
  // hung outside the verb of saying, is its reported clause.
  for (int32_t r = 1; r + 2 < n; ++r) {
    if (!ReportVerb(lexicon, tok[r])) continue;
    const int32_t p = r + 1;
    const std::string_view w = doc->TokenText(static_cast<uint32_t>(p));
    if (!(EqualsIgnoreCase(w, "he") || EqualsIgnoreCase(w, "she") || EqualsIgnoreCase(w, "they") ||
          EqualsIgnoreCase(w, "we") || w == "I") ||
        !IsSubjectDep(tok[p].dep))
      continue;
    const int32_t v = tok[p].head;
    if (v <= p || v - p > kMaxArcLength ||
        (tok[v].pos != Upos::kVerb && tok[v].pos != Upos::kAux) ||
        Under(tok, v, r) || Under(tok, r, v) ||
        (tok[v].dep != Dep::kConj && tok[v].dep != Dep::kParataxis))
      continue;
    tok[v].head = r;
    tok[v].dep = Dep::kCcomp;
    ++changed;
  }
  // A participle of saying after a comma ("said the process could be
  // messy, adding, ...", "said it reminds him of a book, explaining ...")
  // hung inside the clause that an earlier verb of saying reports: it is
  // the speaker's act, a clause of that verb, whose subject it shares (not
  // a verb of thinking: "say he sees no need, believing ..." is his; nor
  // across a quotation's edge).
  for (int32_t p = 2; p < n; ++p) {
    Token& part = tok[p];
    const std::string_view form = doc->TokenText(static_cast<uint32_t>(p));
    if (!ReportVerb(lexicon, part) || part.head < 0 || part.head >= p || form.size() < 5 ||
        !EndsWith(form, "ing") || part.lemma == "believe" || part.lemma == "think" ||
        part.lemma == "reckon" || HasSubject(tok, p, kMaxArcLength))
      continue;
    int32_t before = p - 1;
    while (before > 0 && tok[before].kind == TokenKind::kQuoteMark) --before;
    if (doc->TokenText(static_cast<uint32_t>(before)) != ",") continue;
    // Hung on the reported clause's own verb, not deeper ("said it does not
    // wish to, while India has rejected aid, saying ..." is India's).
    const int32_t c = part.head;
    const int32_t say = tok[c].head;
    // (The verb of saying may name its hearer: "told Newsmax that ...,
    // adding ...".)
    if (tok[c].dep != Dep::kCcomp || say < 0 || say >= c ||
        !(ReportVerb(lexicon, tok[say]) || TellVerb(tok[say])) ||
        tok[say].Has(Token::kInQuote) != part.Has(Token::kInQuote))
      continue;
    // No other speaker between ("Comey cannot say that ..., Lewandowski
    // added, saying ...").
    bool other = false;
    for (int32_t j = say + 1; j < p && !other; ++j)
      other = ReportVerb(lexicon, tok[j]) && HasSubject(tok, j, kMaxArcLength);
    if (other) continue;
    part.head = say;
    part.dep = Dep::kAdvcl;
    ++changed;
  }
  // Two subjects of one verb, the second in commas right after the first.
  std::vector<int32_t> first_subject(n, -1);
  for (int32_t i = 0; i < n; ++i) {
    Token& t = tok[i];
    if (t.dep != Dep::kNsubj || t.head < 0 || t.head >= n) continue;
    if (t.pos != Upos::kNoun && t.pos != Upos::kPropn) continue;
    int32_t& first = first_subject[t.head];
    if (first < 0) {
      first = i;
      continue;
    }
    // The second subject's phrase must start right after a comma that
    // follows the first's, and end before a comma.
    int32_t lo = i, hi = i;
    for (int32_t j = first + 1; j < i; ++j)
      if (tok[j].head == i) lo = std::min(lo, j);
    for (int32_t j = i + 1; j < n && j < t.head; ++j)
      if (tok[j].head == i) hi = std::max(hi, j);
    bool comma_before = lo > 0 && doc->TokenText(lo - 1) == ",";
    bool comma_after = hi + 1 < n && doc->TokenText(hi + 1) == ",";
    bool adjacent = true;  // nothing but the first's phrase before the comma
    for (int32_t j = first + 1; j < lo - 1; ++j)
      if (!Under(tok, j, first)) adjacent = false;
    if (comma_before && comma_after && adjacent && t.head > hi) {
      t.head = first;
      t.dep = Dep::kAppos;
      // The commas around an apposition belong to it.
      if (tok[lo - 1].dep == Dep::kPunct) tok[lo - 1].head = i;
      if (tok[hi + 1].dep == Dep::kPunct) tok[hi + 1].head = i;
      ++changed;
      continue;
    }
    // "A spokeswoman for Hillary Clinton says ...", read with "for" the
    // mark of a clause whose subject is the name: "for" marks a subject
    // only before a to-infinitive, so the second subject, right after
    // "for", is the first's modifier.
    const int32_t f = lo - 1;
    if (f > first && doc->TokenText(static_cast<uint32_t>(f)) == "for" && tok[f].head == t.head &&
        tok[f].dep == Dep::kMark && tok[t.head].pos == Upos::kVerb && adjacent &&
        !EqualsIgnoreCase(doc->TokenText(static_cast<uint32_t>(t.head - 1)), "to")) {
      t.head = first;
      t.dep = Dep::kNmod;
      tok[f].head = i;
      tok[f].dep = Dep::kCase;
      tok[f].pos = Upos::kAdp;
      ++changed;
    }
  }
  // A sentence-opening phrase of time before its subject ("On Monday the
  // president met ..."): the parser may root the sentence at "Monday" and
  // hang the verb on the subject as a modifier, or make "On Tuesday" part of
  // the subject ("On Tuesday Russian troops attacked"). A prepositional
  // phrase is neither a sentence's root nor inside its subject.
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    if (e - b < 4) continue;
    auto has_case_child = [&](int32_t x) {
      for (int32_t j = std::max(b, x - kMaxArcLength); j < x; ++j)
        if (tok[j].head == x && tok[j].dep == Dep::kCase) return j;
      return -1;
    };
    for (int32_t r = b; r < e; ++r) {
      Token& root = tok[r];
      if (root.head != -1 || (root.pos != Upos::kNoun && root.pos != Upos::kPropn)) continue;
      if (has_case_child(r) < 0) continue;
      // A verb hung as a modifier on a noun after the root: the real root.
      for (int32_t v = r + 1; v < std::min(e, r + 2 * kMaxArcLength); ++v) {
        Token& verb = tok[v];
        if (verb.pos != Upos::kVerb || verb.dep != Dep::kAcl) continue;
        const int32_t h = verb.head;
        if (h <= r || h >= v || (tok[h].pos != Upos::kNoun && tok[h].pos != Upos::kPropn)) continue;
        if (tok[h].head != r) continue;
        for (int32_t j = std::max(b, r - kMaxArcLength); j < std::min(e, v + kMaxArcLength); ++j) {
          // What hung on the old root or on the subject after the verb.
          if (j == h || j == v) continue;
          if (tok[j].head == r && tok[j].dep != Dep::kCase) tok[j].head = v;
          if (tok[j].head == h && j > v && tok[j].dep == Dep::kConj) {
            tok[j].head = v;
            tok[j].dep = Dep::kObl;
          }
        }
        verb.head = -1;
        verb.dep = Dep::kRoot;
        tok[h].head = v;
        tok[h].dep = Dep::kNsubj;
        root.head = v;
        root.dep = Dep::kObl;
        ++changed;
        break;
      }
      break;
    }
    for (int32_t x = b; x < e; ++x) {
      Token& subj = tok[x];
      if (subj.dep != Dep::kNsubj && subj.dep != Dep::kNsubjPass) continue;
      const int32_t c = has_case_child(x);
      if (c < 0 || c + 1 >= x) continue;
      Token& m = tok[c + 1];
      if (m.head != x || m.dep != Dep::kCompound ||
          (m.pos != Upos::kNoun && m.pos != Upos::kPropn))
        continue;
      m.head = subj.head;
      m.dep = Dep::kObl;
      tok[c].head = c + 1;
      ++changed;
    }
    // The subject after the opening phrase's comma read as a conjunct or
    // an apposition of its noun ("On Thursday, Jeffries (D-N.Y.) reacted",
    // "Jeffries" a conjunct of "Thursday"): the subject of the verb the
    // phrase hangs on, when that verb has none.
    if (tok[b].dep == Dep::kCase && tok[b].head > b && tok[b].head + 2 < e) {
      const int32_t x = tok[b].head;
      const int32_t v = tok[x].head;
      const int32_t y = x + 2;
      bool plain = tok[x].dep == Dep::kObl && v > y && v < e && tok[v].pos == Upos::kVerb &&
                   doc->TokenText(static_cast<uint32_t>(x + 1)) == "," && tok[y].head == x &&
                   (tok[y].dep == Dep::kConj || tok[y].dep == Dep::kAppos) &&
                   (tok[y].pos == Upos::kPropn || tok[y].pos == Upos::kNoun) &&
                   !HasSubject(tok, v, kMaxArcLength);
      for (int32_t j = b + 1; j < x && plain; ++j) plain = tok[j].head == x;
      for (int32_t j = y + 1; j < v && plain; ++j) plain = Under(tok, j, y);
      if (plain) {
        tok[y].head = v;
        tok[y].dep = Dep::kNsubj;
        tok[x + 1].head = x;
        ++changed;
      }
    }
  }
  // A day right after a verb and before the clause it reports is when the
  // verb happened ("Officials said Friday that talks would resume", "said
  // Monday the talks had failed"), not that clause's subject or marker.
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday", "today",
                                               "yesterday", "tonight"};
  for (int32_t w = 1; w + 2 < n; ++w) {
    Token& day = tok[w];
    if (day.head <= w + 1 || tok[w - 1].pos != Upos::kVerb) continue;
    // (Or a compound of the clause's head noun: "said Thursday that Kasich
    // would be the best candidate".)
    if (day.dep != Dep::kNsubj && day.dep != Dep::kMark && day.dep != Dep::kCompound) continue;
    // The reported clause starts after the day: "that", or its subject
    // ("said Friday it would act"); not its verb ("said Friday was fine").
    const Upos next = tok[w + 1].pos;
    if (next == Upos::kVerb || next == Upos::kAux) continue;
    // (Not "said Thursday night's vote ...".)
    if (day.dep == Dep::kCompound && next != Upos::kSconj && next != Upos::kPron &&
        next != Upos::kDet)
      continue;
    std::string_view text = doc->TokenText(static_cast<uint32_t>(w));
    if (std::none_of(std::begin(kDays), std::end(kDays),
                     [&](std::string_view d) { return EqualsIgnoreCase(text, d); }))
      continue;
    const int32_t verb = day.head;
    day.head = w - 1;
    day.dep = Dep::kOblTmod;
    Token& that = tok[w + 1];
    if (that.dep == Dep::kDet && verb > w + 1 &&
        EqualsIgnoreCase(doc->TokenText(static_cast<uint32_t>(w + 1)), "that")) {
      that.head = verb;
      that.dep = Dep::kMark;
      that.pos = Upos::kSconj;
    }
    ++changed;
  }
  // "warned last month that the era ... may be coming to an end", read
  // with "month" the verb's object and the that-clause its modifier: a
  // period right after the verb is when it happened, and the clause after
  // it the one the verb takes.
  static constexpr std::string_view kPeriods[] = {"week", "month", "year", "weekend",
                                                  "night", "morning", "evening", "afternoon"};
  for (int32_t x = 1; x + 2 < n; ++x) {
    Token& period = tok[x];
    const int32_t v = period.head;
    if (period.dep != Dep::kObj || v < 0 || v >= x || x - v > 3 || tok[v].pos != Upos::kVerb)
      continue;
    const std::string_view text = doc->TokenText(static_cast<uint32_t>(x));
    if (std::none_of(std::begin(kPeriods), std::end(kPeriods),
                     [&](std::string_view p) { return EqualsIgnoreCase(text, p); }))
      continue;
    // "last", "this" or "next" before it, nothing else between but an
    // adverb ("warned only last month").
    bool modifier = false, other = false;
    for (int32_t j = v + 1; j < x; ++j) {
      const std::string_view m = doc->TokenText(static_cast<uint32_t>(j));
      const bool det = EqualsIgnoreCase(m, "last") || EqualsIgnoreCase(m, "this") ||
                       EqualsIgnoreCase(m, "next");
      modifier |= det;
      other |= !det && tok[j].pos != Upos::kAdv;
    }
    modifier &= !other;
    if (!modifier || !EqualsIgnoreCase(doc->TokenText(static_cast<uint32_t>(x + 1)), "that"))
      continue;
    const int32_t c = tok[x + 1].head;
    if (c <= x + 1 || c >= n || tok[c].head != x ||
        (tok[c].dep != Dep::kAcl && tok[c].dep != Dep::kAclRelcl) || tok[x + 1].dep != Dep::kMark)
      continue;
    period.dep = Dep::kOblTmod;
    tok[c].head = v;
    tok[c].dep = Dep::kCcomp;
    ++changed;
  }
  // A past-tense verb cannot be coordinated with a base form after a modal:
  // in "Blair said Labour would set out plans and attacked the Tory plans"
  // "attacked" goes with "said", not with "would set out".
  auto past = [&](int32_t x) {
    std::string_view f = doc->TokenText(static_cast<uint32_t>(x));
    const std::string& l = tok[x].lemma;
    if (l.empty() || f.size() < 3 || EqualsIgnoreCase(f, l)) return false;
    return !EndsWith(f, "ing") && !EndsWith(f, "s");
  };
  for (int32_t v = 0; v < n; ++v) {
    Token& verb = tok[v];
    const int32_t h = verb.head;
    if (verb.dep != Dep::kConj || verb.pos != Upos::kVerb || h < 0 || h >= v) continue;
    if (tok[h].pos != Upos::kVerb || (tok[h].dep != Dep::kCcomp && tok[h].dep != Dep::kXcomp))
      continue;
    const int32_t g = tok[h].head;
    if (g < 0 || g >= h || tok[g].pos != Upos::kVerb || !past(g) || !past(v)) continue;
    bool modal = false, own = false;
    for (int32_t j = std::max(0, h - kMaxArcLength); j < std::min(n, v + kMaxArcLength); ++j) {
      if (tok[j].head == h && j < h &&
          ((tok[j].dep == Dep::kAux && IsModal(lexicon.Of(tok[j].lemma))) ||
           (tok[j].dep == Dep::kMark && tok[j].lemma == "to")))
        modal = true;
      if (tok[j].head == v && (tok[j].dep == Dep::kAux || tok[j].dep == Dep::kNsubj ||
                               tok[j].dep == Dep::kNsubjPass))
        own = true;
    }
    if (!modal || own) continue;
    verb.head = g;
    ++changed;
  }
  // An apposition takes no conjunction: in "Cyprus is a member, but Turkey,
  // which ..., insisted" the parser may make "Turkey" an apposition of the
  // predicate noun and that noun the verb's subject. "but Turkey" is the
  // verb's subject and its clause is coordinated with the first one.
  for (int32_t i = 0; i < n; ++i) {
    Token& t = tok[i];
    if (t.dep != Dep::kAppos || t.head < 0 || t.head >= i) continue;
    const int32_t h = t.head;
    const int32_t v = tok[h].head;
    if (tok[h].dep != Dep::kNsubj || v <= i || v >= n || tok[v].pos != Upos::kVerb) continue;
    int32_t cc = -1;
    bool predicate = false;  // h has its own subject or copula
    for (int32_t j = std::max(0, h - kMaxArcLength); j < std::min(n, i + kMaxArcLength); ++j) {
      if (tok[j].head == i && tok[j].dep == Dep::kCc && j < i) cc = j;
      if (tok[j].head == h && (tok[j].dep == Dep::kCop || tok[j].dep == Dep::kNsubj))
        predicate = true;
    }
    if (cc < 0 || !predicate) continue;
    tok[h].head = tok[v].head;
    tok[h].dep = tok[v].dep;
    tok[v].head = h;
    tok[v].dep = Dep::kConj;
    t.head = v;
    t.dep = Dep::kNsubj;
    tok[cc].head = v;
    if (cc > 0 && tok[cc - 1].dep == Dep::kPunct && doc->TokenText(cc - 1) == ",")
      tok[cc - 1].head = v;
    ++changed;
  }
  // A name hung as "flat" on a word that opens a clause ("when Poland, one of
  // the member states, rejected it": "Poland" flat under "when", "one" the
  // verb's subject): the name is the subject of the verb that word
  // modifies, and a subject set off by a comma after the name its
  // apposition.
  for (int32_t i = 1; i < n; ++i) {
    Token& t = tok[i];
    const int32_t h = t.head;
    if (t.dep != Dep::kFlat || t.pos != Upos::kPropn || h < 0 || h >= i) continue;
    // (Only under a word that opens a clause: not "e.g. Hartsell-Gundy".)
    static constexpr std::string_view kOpeners[] = {"when", "while", "after", "before", "as",
                                                    "because", "if", "since", "until",
                                                    "although", "though", "once", "unless"};
    const std::string_view ht = doc->TokenText(static_cast<uint32_t>(h));
    if (h != i - 1 || std::none_of(std::begin(kOpeners), std::end(kOpeners),
                                   [&](std::string_view o) { return EqualsIgnoreCase(ht, o); }))
      continue;
    const int32_t v = tok[h].head;
    if (v <= i || v >= n || tok[v].pos != Upos::kVerb) continue;
    int32_t subject = -1;
    for (int32_t j = i + 1; j < v; ++j)
      if (tok[j].head == v && (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass))
        subject = j;
    if (subject >= 0) {
      // The other subject must be an aside right after the name: ", one of
      // ...,".
      int32_t lo = subject;
      for (int32_t j = i + 1; j < subject; ++j)
        if (tok[j].head == subject && tok[j].dep != Dep::kPunct) lo = std::min(lo, j);
      if (lo != i + 2 || doc->TokenText(static_cast<uint32_t>(i + 1)) != ",") continue;
      tok[subject].head = i;
      tok[subject].dep = Dep::kAppos;
      if (tok[i + 1].dep == Dep::kPunct) tok[i + 1].head = subject;
    }
    t.head = v;
    t.dep = Dep::kNsubj;
    ++changed;
  }
  // The sentence's one root, else -1 (none, or more than one).
  auto SoleRoot = [&](int32_t b, int32_t e) {
    int32_t root = -1;
    for (int32_t i = b; i < e; ++i)
      if (tok[i].head < 0) root = root < 0 ? i : -2;
    return root < 0 ? -1 : root;
  };
  // The sentence's one root when it is a noun or a name, else -1.
  auto NominalRoot = [&](int32_t b, int32_t e) {
    const int32_t root = SoleRoot(b, e);
    if (root < 0 || (tok[root].pos != Upos::kNoun && tok[root].pos != Upos::kPropn)) return -1;
    return root;
  };
  // The first verb after a nominal root, when the parse hangs it on the
  // root as a modifier (acl), else -1.
  auto ModifierVerb = [&](int32_t root, int32_t e) {
    for (int32_t i = root + 1; i < e && i <= root + kMaxArcLength; ++i)
      if (tok[i].pos == Upos::kVerb || tok[i].pos == Upos::kAux)
        return tok[i].head == root && tok[i].dep == Dep::kAcl ? i : -1;
    return -1;
  };
  // Makes verb v the root of [.., e) and the old nominal root its subject;
  // the punctuation after v that hung on the noun goes with the verb.
  auto Reroot = [&](int32_t root, int32_t v, int32_t e) {
    tok[v].head = -1;
    tok[v].dep = Dep::kRoot;
    tok[root].head = v;
    tok[root].dep = Dep::kNsubj;
    for (int32_t j = v + 1; j < e; ++j)
      if (tok[j].head == root && tok[j].dep == Dep::kPunct) tok[j].head = v;
    ++changed;
  };
  // A sentence rooted at its subject noun with the main verb hung on it as
  // a reduced relative ("European Community foreign ministers agreed in
  // principle to provide aid": "ministers" the root, "agreed" an acl): the
  // verb is the root and the noun its subject, when the verb shows it is
  // active (an object, or a clause it takes: "to provide", "that ...") and
  // has no subject of its own. Without such a sign the participle reading
  // stays ("Three soldiers killed in attack").
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    const int32_t root = NominalRoot(b, e);
    if (root < 0) continue;
    const int32_t v = ModifierVerb(root, e);
    if (v < 0 || doc->TokenText(static_cast<uint32_t>(v - 1)) == "to") continue;  // "to visit"
    const std::string_view form = doc->TokenText(static_cast<uint32_t>(v));
    if (form.size() > 3 && form.substr(form.size() - 3) == "ing") continue;  // "ministers meeting in ..."
    // Nothing but the subject's phrase before the verb ("The first is the
    // ability for students enrolled in the class to ..." has its verb).
    bool verb_before = false;
    for (int32_t i = b; i < v; ++i)
      verb_before = verb_before || tok[i].pos == Upos::kVerb || tok[i].pos == Upos::kAux;
    if (verb_before) continue;
    // (Two nominals after it, a verb of naming's object and what it is
    // called: "Bernie Sanders called Trump a liar", not "a party called
    // Veritas".)
    bool active = false, subject = false;
    int nominals = 0;
    for (int32_t j = v + 1; j < e && j <= v + kMaxArcLength; ++j) {
      if (tok[j].head != v) continue;
      if (tok[j].dep == Dep::kObj || tok[j].dep == Dep::kCcomp) active = true;
      if ((tok[j].dep == Dep::kObj || tok[j].dep == Dep::kIobj || tok[j].dep == Dep::kXcomp) &&
          (tok[j].pos == Upos::kNoun || tok[j].pos == Upos::kPropn || tok[j].pos == Upos::kPron ||
           tok[j].pos == Upos::kAdj) &&
          ++nominals >= 2)
        active = true;
      if ((tok[j].dep == Dep::kAdvcl || tok[j].dep == Dep::kXcomp) &&
          tok[j].pos == Upos::kVerb) {
        for (int32_t m = v + 1; m < j; ++m)
          if (tok[m].head == j && tok[m].dep == Dep::kMark && doc->TokenText(m) == "to") active = true;
      }
    }
    for (int32_t j = std::max(b, v - kMaxArcLength); j < v; ++j)
      if (tok[j].head == v && (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass))
        subject = true;
    if (!active || subject) continue;
    Reroot(root, v, e);
  }
  // The verb hung on participle v as its conjunct (or, with parataxis,
  // as that) after a comma: a past tense with no subject of its own and no
  // conjunction ("writing ..., and accused": a pair of participles' verbs);
  // else -1.
  auto MainVerbAfterParticiple = [&](int32_t v, int32_t e, bool parataxis) {
    int32_t f = -1;
    for (int32_t j = v + 1; j < e && j <= v + kMaxArcLength && f < 0; ++j)
      if (tok[j].head == v && tok[j].pos == Upos::kVerb &&
          (tok[j].dep == Dep::kConj || (parataxis && tok[j].dep == Dep::kParataxis)))
        f = j;
    if (f < 0 || doc->TokenText(static_cast<uint32_t>(f - 1)) != "," || !past(f)) return -1;
    for (int32_t j = v + 1; j < f; ++j)
      if (tok[j].head == f && (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass ||
                               tok[j].dep == Dep::kCc))
        return -1;
    return f;
  };
  // A participle set off by commas after the sentence's subject, and the
  // main verb read as its conjunct: in "Mr Clarke, writing in The Times,
  // accused critics of ..." the parser may root the sentence at "Clarke"
  // with "writing" its modifier and "accused" joined to "writing". A past
  // tense after the second comma, with no subject of its own, is the
  // sentence's verb and the noun its subject.
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    const int32_t root = NominalRoot(b, e);
    if (root < 0) continue;
    const int32_t v = ModifierVerb(root, e);
    if (v <= b || doc->TokenText(static_cast<uint32_t>(v - 1)) != "," ||
        !EndsWith(doc->TokenText(static_cast<uint32_t>(v)), "ing"))
      continue;
    const int32_t f = MainVerbAfterParticiple(v, e, false);
    if (f >= 0) Reroot(root, f, e);
  }
  // The same participle read as the sentence's root, with the subject its
  // own and the main verb hung on it as a conjunct or parataxis ("Sen.
  // Maier, appearing on television after the speech, said ..."): the past
  // tense after the second comma is the root, the subject its subject and
  // the participle its adverbial clause.
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    const int32_t v = SoleRoot(b, e);
    if (v <= b || tok[v].pos != Upos::kVerb || doc->TokenText(static_cast<uint32_t>(v - 1)) != "," ||
        !EndsWith(doc->TokenText(static_cast<uint32_t>(v)), "ing"))
      continue;
    int32_t subject = -1, f;
    bool aux = false;
    for (int32_t j = std::max(b, v - kMaxArcLength); j < v; ++j) {
      if (tok[j].head != v) continue;
      if (tok[j].dep == Dep::kNsubj) subject = j;
      aux = aux || tok[j].dep == Dep::kAux || tok[j].dep == Dep::kAuxPass || tok[j].dep == Dep::kCop;
    }
    if (subject < 0 || aux || (tok[subject].pos != Upos::kNoun && tok[subject].pos != Upos::kPropn))
      continue;
    f = MainVerbAfterParticiple(v, e, true);
    if (f < 0) continue;
    tok[f].head = -1;
    tok[f].dep = Dep::kRoot;
    tok[subject].head = f;
    tok[v].head = f;
    tok[v].dep = Dep::kAdvcl;
    // The rest of the sentence after the main verb, and its final
    // punctuation, go with it.
    for (int32_t j = f + 1; j < e; ++j)
      if (tok[j].head == v) tok[j].head = f;
    ++changed;
  }
  // A tell-verb's addressee and the subject of the clause it reports read
  // as one phrase: in "Blair told party members the Tories offered
  // nothing" the parser may hang "the Tories" on "members" as an
  // apposition and leave "offered" without a subject. An apposition with
  // no comma before it (or a name hung on a common noun as "flat"), right
  // before a reported verb that has no subject, is that verb's subject.
  for (int32_t i = 1; i + 1 < n; ++i) {
    Token& t = tok[i];
    if ((t.dep != Dep::kAppos && t.dep != Dep::kFlat) || t.head < 0 || t.head >= i) continue;
    // (The addressee's name may be a title's: "told host Sean Hannity a
    // loss is ...", the apposition under "Sean", flat under "host".)
    int32_t addressee = t.head;
    if (t.dep == Dep::kAppos)
      for (int guard = 0; guard < 4 && tok[addressee].dep == Dep::kFlat &&
                          tok[addressee].head >= 0 && tok[addressee].head < addressee;
           ++guard)
        addressee = tok[addressee].head;
    if (tok[addressee].dep != Dep::kIobj && tok[addressee].dep != Dep::kObj) continue;
    // (A name's second word is flat under its first: only a common noun's
    // "flat" is the parser's mistake.)
    if (t.dep == Dep::kFlat && tok[addressee].pos != Upos::kNoun) continue;
    const int32_t say = tok[addressee].head;
    if (say < 0 || say >= addressee) continue;
    // Only the apposition's own words between it and the addressee (no
    // comma).
    bool apart = false;
    for (int32_t j = addressee + 1; j < i; ++j)
      apart = apart || tok[j].pos == Upos::kPunct ||
              (tok[j].head != i &&
               !(tok[j].dep == Dep::kFlat && tok[j].head >= addressee && tok[j].head < j));
    if (apart) continue;
    int32_t v = i + 1;
    // (Or a copula's predicate, which the parse may hang on the verb as a
    // modifier: "told Sean Hannity a loss is increasingly likely".)
    const bool copula = tok[v].pos == Upos::kAux && tok[v].dep == Dep::kCop;
    if (tok[v].pos == Upos::kAux && tok[v].head > v && tok[v].head < n) v = tok[v].head;
    if ((tok[v].pos != Upos::kVerb && !copula) || tok[v].head != say ||
        (tok[v].dep != Dep::kCcomp && tok[v].dep != Dep::kParataxis &&
         !(copula && (tok[v].dep == Dep::kAdvmod || tok[v].dep == Dep::kXcomp))))
      continue;
    bool subject = false;
    for (int32_t j = std::max(0, v - kMaxArcLength); j < std::min(n, v + kMaxArcLength); ++j)
      subject = subject || (tok[j].head == v &&
                            (tok[j].dep == Dep::kNsubj || tok[j].dep == Dep::kNsubjPass ||
                             tok[j].dep == Dep::kExpl));
    if (subject) continue;
    t.head = v;
    t.dep = Dep::kNsubj;
    tok[v].dep = Dep::kCcomp;
    ++changed;
  }
  // A subject's relative clause set off by commas, read as a clause of the
  // verb ("Mr. Cruz, whose finish was seen as a disappointment, said ...",
  // "Small, who attended the rally, said ..." with "seen" or "attended" an
  // adverbial clause of "said" and the name left hanging): when a verb has
  // no subject and a clause before it opens with a relative pronoun right
  // after "NOUN ,", the noun is the verb's subject and the clause its
  // relative clause.
  // Per verb, whether it has a subject and its first clause before it.
  std::vector<uint8_t> has_subject(n, 0);
  std::vector<int32_t> clause_before(n, -1);
  for (int32_t j = 0; j < n; ++j) {
    const int32_t h = tok[j].head;
    if (h < 0 || h >= n) continue;
    const Dep d = tok[j].dep;
    if (d == Dep::kNsubj || d == Dep::kNsubjPass || d == Dep::kExpl || d == Dep::kCsubj)
      has_subject[h] = 1;
    if (j < h && clause_before[h] < 0 && tok[j].pos == Upos::kVerb &&
        (d == Dep::kAdvcl || d == Dep::kCcomp || d == Dep::kParataxis || d == Dep::kConj))
      clause_before[h] = j;
  }
  for (int32_t r = 2; r < n; ++r) {
    const int32_t rel = clause_before[r];
    if (tok[r].pos != Upos::kVerb || has_subject[r] || rel < 0 ||
        doc->TokenText(static_cast<uint32_t>(r - 1)) != ",")
      continue;
    // The clause opens with a relative pronoun of its own after "NOUN ,".
    auto relative = [&](int32_t j) {
      const std::string_view p = doc->TokenText(static_cast<uint32_t>(j));
      return EqualsIgnoreCase(p, "who") || EqualsIgnoreCase(p, "whose") ||
             EqualsIgnoreCase(p, "which");
    };
    int32_t w = -1;
    for (int32_t j = rel - 1; j >= 2 && j >= rel - 40 && w < 0; --j) {
      if (!relative(j) || doc->TokenText(static_cast<uint32_t>(j - 1)) != ",") continue;
      if (Under(tok, j, rel)) w = j;
    }
    if (w < 0) continue;
    const bool who = !EqualsIgnoreCase(doc->TokenText(static_cast<uint32_t>(w)), "which");
    // The noun's phrase ends before the comma; its head is the word there
    // or the word it hangs on within the phrase ("Mr." on "Cruz").
    int32_t x = w - 2;
    while (tok[x].head >= 0 && tok[x].head < x && tok[x].head >= r - kMaxArcLength &&
           (tok[x].dep == Dep::kFlat || tok[x].dep == Dep::kCompound))
      x = tok[x].head;
    const bool nominal = tok[x].pos == Upos::kNoun || tok[x].pos == Upos::kPropn ||
                         (who && tok[x].Has(Token::kCapitalized));
    if (!nominal) continue;
    // (Only when the clause's words all come between the comma and the
    // verb: nothing of it after the verb.)
    bool inside = true;
    for (int32_t j = r + 1; j < n && j <= r + kMaxArcLength && inside; ++j) {
      int32_t h = j;
      for (int guard = 0; h >= 0 && h != rel && h != r && guard < 64; ++guard) h = tok[h].head;
      inside = h != rel;
    }
    if (!inside) continue;
    tok[x].head = r;
    tok[x].dep = Dep::kNsubj;
    if (tok[x].pos != Upos::kPropn && tok[x].pos != Upos::kNoun) tok[x].pos = Upos::kPropn;
    tok[rel].head = x;
    tok[rel].dep = Dep::kAclRelcl;
    ++changed;
  }
  // A participle set off by commas between the subject and its verb, read
  // as the subject's verb: in "John Archer, wearing a campaign T-shirt,
  // said ..." the parser may make "Archer" the subject of "wearing" and
  // "wearing" a clause of "said", which is left without one. A participle
  // has no subject of its own there: when a verb after a comma has none,
  // and the clause before it opens at a comma with its only subject's
  // phrase right before that comma, that subject is the verb's and the
  // clause an adverbial one.
  for (int32_t r = 2; r < n; ++r) {
    const int32_t p = clause_before[r];
    if (tok[r].pos != Upos::kVerb || has_subject[r] || p < 2 || p >= r ||
        doc->TokenText(static_cast<uint32_t>(r - 1)) != "," ||
        doc->TokenText(static_cast<uint32_t>(p - 1)) != ",")
      continue;
    int32_t subject = -1;
    bool other = false;
    for (int32_t j = std::max(0, p - kMaxArcLength); j < std::min(n, p + kMaxArcLength); ++j) {
      if (tok[j].head != p) continue;
      const Dep d = tok[j].dep;
      if (d == Dep::kNsubj || d == Dep::kNsubjPass || d == Dep::kExpl || d == Dep::kCsubj) {
        other = other || subject >= 0 || j > p;
        subject = j;
      }
      other = other || d == Dep::kAux || d == Dep::kAuxPass || d == Dep::kCop || d == Dep::kMark;
    }
    if (subject < 0 || other ||
        (tok[subject].pos != Upos::kNoun && tok[subject].pos != Upos::kPropn))
      continue;
    // The subject's phrase ends at the comma: every word between is its.
    bool phrase = true;
    for (int32_t j = subject + 1; j < p - 1 && phrase; ++j) phrase = Under(tok, j, subject);
    if (!phrase) continue;
    tok[subject].head = r;
    tok[p].head = r;
    tok[p].dep = Dep::kAdvcl;
    has_subject[r] = 1;
    ++changed;
  }
  // The same inside a reported clause: "says [Millennials], [numbering 75
  // million], [surpassed] Boomers", parsed with the noun the object of the
  // verb of saying, the participle a clause of it and the finite verb after
  // the second comma the participle's conjunct. The verb is the reported
  // clause's, the noun its subject and the participle the noun's.
  for (int32_t r = 4; r < n; ++r) {
    Token& verb = tok[r];
    if (verb.pos != Upos::kVerb || has_subject[r] || verb.head < 0 || verb.head >= r ||
        (verb.dep != Dep::kConj && verb.dep != Dep::kParataxis && verb.dep != Dep::kAdvcl) ||
        NonFiniteForm(doc->TokenText(static_cast<uint32_t>(r))))
      continue;
    // The comma before the verb (its auxiliaries and adverbs may come between).
    int32_t comma = r - 1;
    while (comma > 0 && tok[comma].head == r &&
           (tok[comma].dep == Dep::kAux || tok[comma].dep == Dep::kAuxPass ||
            tok[comma].dep == Dep::kAdvmod))
      --comma;
    if (doc->TokenText(static_cast<uint32_t>(comma)) != ",") continue;
    bool own_cc = false;
    for (int32_t j = comma; j < r; ++j) own_cc = own_cc || tok[j].dep == Dep::kCc;
    if (own_cc) continue;
    // The participle: what the verb hangs on, or a clause of the verb of
    // saying that the verb's conjunct or parataxis hangs on.
    const int32_t p = verb.head;
    const std::string_view pform = doc->TokenText(static_cast<uint32_t>(p));
    const bool participle_form =
        NonFiniteForm(pform) || (pform.size() > 3 && EndsWith(pform, "ed"));
    if (tok[p].pos != Upos::kVerb || !participle_form || p < 3 || HasSubject(tok, p, kMaxArcLength) ||
        doc->TokenText(static_cast<uint32_t>(p - 1)) != ",")
      continue;
    // The participle's words run to the comma.
    bool words = true;
    for (int32_t j = p + 1; j < comma && words; ++j) words = Under(tok, j, p);
    if (!words) continue;
    // Before the participle's comma, the object of a verb of saying.
    const int32_t noun_end = p - 2;
    int32_t noun = -1;
    for (int32_t j = noun_end; j >= 0 && j > noun_end - kMaxArcLength && noun < 0; --j)
      if (tok[j].dep == Dep::kObj && Under(tok, noun_end, j)) noun = j;
    if (noun < 0 || !NounOrPronoun(tok[noun])) continue;
    const int32_t say = tok[noun].head;
    if (say < 0 || say >= noun || !ReportVerb(lexicon, tok[say]) ||
        (tok[p].head != say && tok[p].head != noun))
      continue;
    bool plain = true;  // between the cue and the noun, only the noun's words
    for (int32_t j = say + 1; j <= noun_end && plain; ++j)
      plain = Under(tok, j, noun) || (j < noun && doc->TokenText(static_cast<uint32_t>(j)) == "that");
    if (!plain) continue;
    bool pass = false;
    for (int32_t j = comma; j < r; ++j) pass = pass || (tok[j].head == r && tok[j].dep == Dep::kAuxPass);
    verb.head = say;
    verb.dep = Dep::kCcomp;
    tok[noun].head = r;
    tok[noun].dep = pass ? Dep::kNsubjPass : Dep::kNsubj;
    tok[p].head = noun;
    tok[p].dep = Dep::kAcl;
    has_subject[r] = 1;
    ++changed;
  }
  // A relative clause set off by commas after its noun, read as the
  // sentence's main clause: in "The company, which makes phones, reported
  // a loss" the parser may root the sentence at "makes", with "company"
  // its dependent and "reported" its conjunct with no conjunction. The
  // verb after the clause's closing comma takes the relative verb's place,
  // the noun is its subject, and the relative verb the noun's relative
  // clause. (Also "Sanders, whose coalition includes ..., said": the
  // relative word the possessor of the clause's subject.)
  for (int32_t w = 2; w + 3 < n; ++w) {
    const std::string_view pronoun = doc->TokenText(static_cast<uint32_t>(w));
    const bool whose = EqualsIgnoreCase(pronoun, "whose");
    if ((!EqualsIgnoreCase(pronoun, "who") && !EqualsIgnoreCase(pronoun, "which") && !whose) ||
        doc->TokenText(static_cast<uint32_t>(w - 1)) != "," || tok[w].pos != Upos::kPron)
      continue;
    int32_t subject = w;
    if (whose) {
      subject = tok[w].head;
      if (subject <= w || subject >= n || subject > w + 4 || tok[w].dep != Dep::kNmodPoss)
        continue;
    }
    const int32_t rel = tok[subject].head;
    if (rel <= subject || rel >= n ||
        (tok[subject].dep != Dep::kNsubj && tok[subject].dep != Dep::kNsubjPass))
      continue;
    // The noun before the comma (past ", meanwhile ,").
    int32_t x = w - 2;
    if (x > 1 && tok[x].pos == Upos::kAdv && doc->TokenText(static_cast<uint32_t>(x - 1)) == ",")
      x -= 2;
    while (x > 0 && tok[x].head >= 0 && tok[x].head < x && x - tok[x].head < 6 &&
           (tok[x].dep == Dep::kFlat || tok[x].dep == Dep::kCompound))
      x = tok[x].head;
    // The last of coordinated nouns: the coordination's first ("the
    // Netherlands, Portugal and the Czech Republic, which all have troops
    // there, have announced ...").
    // (A real coordination: the last noun has its "and" or "or"; not "On
    // tape, Mr Livingstone, who ..." read as a conjunct of "tape".)
    if (x > 0 && tok[x].dep == Dep::kConj && tok[x].head >= 0 && tok[x].head < x &&
        tok[tok[x].head].head == rel) {
      bool cc = false;
      for (int32_t j = tok[x].head + 1; j < x; ++j)
        cc |= tok[j].head == x && tok[j].dep == Dep::kCc;
      if (cc) x = tok[x].head;
    }
    if (x < 0 || tok[x].head != rel ||
        (tok[x].pos != Upos::kNoun && tok[x].pos != Upos::kPropn))
      continue;
    // The comma that closes the clause: every word between is the
    // relative verb's.
    int32_t q = w + 1;
    while (q < n && q < w + kMaxArcLength && doc->TokenText(static_cast<uint32_t>(q)) != "," &&
           Under(tok, q, rel))
      ++q;
    if (q + 1 >= n || doc->TokenText(static_cast<uint32_t>(q)) != ",") continue;
    int32_t r = q + 1;
    if (tok[r].pos == Upos::kAux && tok[r].head > r && tok[r].head < n) r = tok[r].head;
    // r hangs on the relative verb as its conjunct, or on the verb above it
    // as a conjunct ("says that Walker, who charges ..., has lost": both
    // under "says"), or the relative verb hangs on r ("Sanders, meanwhile,
    // who sits ..., said": a clause of "said").
    // (Also an adverbial clause of the relative verb with no subordinator
    // and a finite verb: "Indonesia, which accepted the offer, owes ...".)
    const int32_t above = tok[rel].head;
    const bool hangs_on_r = above == r;
    bool beside = tok[r].dep == Dep::kConj || tok[r].dep == Dep::kParataxis;
    if (tok[r].dep == Dep::kAdvcl && tok[r].head == rel &&
        !EndsWith(doc->TokenText(static_cast<uint32_t>(r)), "ing")) {
      beside = true;
      for (int32_t j = rel + 1; j < n && j <= r + kMaxArcLength && beside; ++j)
        beside = !(tok[j].head == r && tok[j].dep == Dep::kMark);
    }
    if (tok[r].pos != Upos::kVerb ||
        (!hangs_on_r &&
         !((tok[r].head == rel || (above >= 0 && tok[r].head == above)) && beside)))
      continue;
    // No conjunction of its own ("who ..., and then ..."), no subject.
    bool own = false;
    for (int32_t j = q + 1; j < n && j <= r + kMaxArcLength && !own; ++j)
      own = tok[j].head == r && (tok[j].dep == Dep::kCc || tok[j].dep == Dep::kNsubj ||
                                 tok[j].dep == Dep::kNsubjPass || tok[j].dep == Dep::kExpl);
    if (own) continue;
    // r takes the relative verb's place; the relative verb's words outside
    // the clause (a "that" before the noun, the final stop) go with r.
    if (!hangs_on_r) {
      tok[r].head = above;
      tok[r].dep = tok[rel].dep;
      for (int32_t j = std::max(0, x - kMaxArcLength); j < n && j <= r + kMaxArcLength; ++j)
        if (tok[j].head == rel && j != x && (j < x || j > q)) tok[j].head = r;
    }
    tok[rel].head = x;
    tok[rel].dep = Dep::kAclRelcl;
    tok[x].head = r;
    tok[x].dep = Dep::kNsubj;
    ++changed;
  }
  // "...; one lawmaker called Trump ...", the noun after a semicolon hung
  // on a verb before it and the verb after it read as its reduced relative
  // clause: a semicolon joins two clauses, so the noun is the subject of
  // the verb after it, and that verb the clause beside the first.
  for (int32_t semi = 1; semi + 2 < n; ++semi) {
    if (doc->TokenText(static_cast<uint32_t>(semi)) != ";") continue;
    int32_t noun = -1, verb = -1;
    for (int32_t j = semi + 1; j < n && j < semi + 8; ++j) {
      const Token& t = tok[j];
      if (noun < 0 && NounOrPronoun(t) && t.head >= 0 && t.head < semi &&
          tok[t.head].pos == Upos::kVerb)
        noun = j;
      if (noun >= 0 && t.head == noun && t.dep == Dep::kAcl && t.pos == Upos::kVerb &&
          EndsWith(doc->TokenText(static_cast<uint32_t>(j)), "ed")) {
        verb = j;
        break;
      }
      if (t.pos == Upos::kPunct) break;
    }
    if (noun < 0 || verb < 0) continue;
    // (Words of the noun's phrase only between them.)
    bool phrase = true;
    for (int32_t j = semi + 1; j < verb && phrase; ++j) phrase = j == noun || tok[j].head == noun;
    if (!phrase) continue;
    const int32_t above = tok[noun].head;
    tok[verb].head = above;
    tok[verb].dep = Dep::kParataxis;
    tok[noun].head = verb;
    tok[noun].dep = Dep::kNsubj;
    if (tok[semi].head == above || tok[semi].head == noun) tok[semi].head = verb;
    ++changed;
  }
  // "The officials who lost their seats say the change came too fast",
  // "The officials whose laws were struck down say ...": a restrictive
  // relative clause after the sentence's subject, and the verb of saying
  // right after it read as the relative verb's modifier (the subject then
  // hung on the reported verb, or the relative verb made the root). The
  // verb of saying is the root, the noun its subject, the relative verb
  // the noun's clause, and the verb after the report the clause it reports.
  for (const Sentence& sen : doc->sentences) {
    const int32_t b = static_cast<int32_t>(sen.token_begin);
    const int32_t e = std::min<int32_t>(static_cast<int32_t>(sen.token_end), n);
    int32_t root = -1;
    for (int32_t j = b; j < e && root < 0; ++j)
      if (tok[j].head < 0) root = j;
    if (root < 0) continue;
    for (int32_t p = b + 1; p + 3 < e; ++p) {
      const std::string_view w = doc->TokenText(static_cast<uint32_t>(p));
      const bool whose = EqualsIgnoreCase(w, "whose");
      if (!whose && !EqualsIgnoreCase(w, "who") && !EqualsIgnoreCase(w, "which")) continue;
      const int32_t noun = p - 1;
      if (tok[noun].pos != Upos::kNoun && tok[noun].pos != Upos::kPropn) continue;
      // The relative verb: the pronoun's (or its noun's) head.
      int32_t rel = tok[p].head;
      if (whose && rel >= 0) rel = tok[rel].head;
      if (rel <= p || rel >= e || tok[rel].pos != Upos::kVerb) continue;
      // The verb of saying right after the relative clause's words, with
      // no subject of its own and no "that" before it.
      int32_t say = -1;
      for (int32_t j = p + 1; j < e; ++j) {
        if (j > rel && ReportVerb(lexicon, tok[j])) {
          say = j;
          break;
        }
        if (j != rel && !Under(tok, j, rel)) break;  // past the relative clause
      }
      if (say < 0 || HasSubject(tok, say, 0) ||
          (tok[say].dep == Dep::kCcomp && tok[say].head == rel))
        continue;
      // The reported verb: the first verb after it that heads a clause
      // with its own subject.
      int32_t said = -1;
      for (int32_t j = say + 1; j < e && said < 0; ++j)
        if (tok[j].pos == Upos::kVerb || tok[j].pos == Upos::kAux || tok[j].pos == Upos::kAdj ||
            tok[j].pos == Upos::kNoun)
          if (HasSubject(tok, j, j - say)) said = j;
      // (The noun must be the sentence's subject: hung on the root, the
      // relative verb or the reported verb.)
      const int32_t above = tok[noun].head;
      // (Or the noun made the root itself.)
      if (said < 0 || (noun != root && above != root && above != rel && above != said)) continue;
      if (root != rel && root != said && root != noun) continue;
      for (int32_t j = b; j < e; ++j)
        if (tok[j].head == root && j != say && j != said && j != noun && j != rel &&
            tok[j].pos == Upos::kPunct && j > said)
          tok[j].head = say;
      tok[say].head = -1;
      tok[say].dep = Dep::kRoot;
      tok[noun].head = say;
      tok[noun].dep = Dep::kNsubj;
      tok[rel].head = noun;
      tok[rel].dep = Dep::kAclRelcl;
      tok[said].head = say;
      tok[said].dep = Dep::kCcomp;
      ++changed;
      break;
    }
  }
  // "He said that X is weak and said that Y ...", the second verb read as a
  // clause the first reports: a verb after its own "and", "or" or "but",
  // with no subject, hung on a verb before it as its ccomp, is that verb's
  // conjunct (it shares its subject).
  for (int32_t v = 1; v < n; ++v) {
    Token& verb = tok[v];
    if (verb.pos != Upos::kVerb || verb.dep != Dep::kCcomp || verb.head < 0 || verb.head >= v ||
        tok[verb.head].pos != Upos::kVerb || HasSubject(tok, v, kMaxArcLength))
      continue;
    int32_t c = v - 1;
    while (c > verb.head && tok[c].pos == Upos::kAdv && tok[c].head == v) --c;
    if (tok[c].pos != Upos::kCconj || tok[c].head != v) continue;
    verb.dep = Dep::kConj;
    ++changed;
  }
  return changed;
}

void BuildClauses(const ClauseLexicon& lexicon, const Lemmatizer& lemmatizer,
                  Document* doc) {
  doc->clauses.clear();
  doc->phrases.clear();
  Builder(lexicon, lemmatizer, doc).Run();
}

}  // namespace newsmill::syntax

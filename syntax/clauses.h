// The clause layer: clauses and noun phrases read off a dependency parse.
//
// The idea: a clause is a predicate (a verb, or the noun or adjective of a
// copula) with its dependents. Its arguments are its subject, object,
// indirect object, "by" agent and prepositional obliques; its verb group is
// the predicate with its auxiliaries, negation and particle. Tense and
// aspect come from the first finite word of the group and the auxiliaries
// (have + participle: perfect; be + -ing: progressive), modality from modal
// auxiliaries and from control verbs that lend it to their infinitive
// ("plans to attack", "is likely to"), polarity from "not", "never", "n't"
// and "no longer". Clauses nest through their parse relations: "said that
// X" reports the clause of X (ccomp), "accused Y of X" too (advcl marked
// "of"), and a parenthetical "he said" reports the clause it interrupts.
//
// Cases handled beyond the parse itself: subjects missing from a clause are
// taken from where English leaves them ("met X and discussed Y": the first
// verb's subject; "plans to attack": the planner, or the object of "urged X
// to"; "..., saying that": the main clause's subject; "the troops that
// attacked": "troops"), and a participle modifying a noun ("troops
// stationed near") is a passive whose subject is that noun.
//
// Noun phrases are the head with its determiners, adjectives, compounds,
// name parts and possessors; titles ("Kremlin spokesman" before "Dmitry
// Peskov") and appositions are phrases of their own that point to the
// phrase they rename, and the members of a coordination point to the next.
//
//   auto lexicon = ClauseLexicon::Parse(text);        // clause_words.tsv
//   BuildClauses(**lexicon, lemmatizer, &doc);         // after the parse
//
// Thread safety: a ClauseLexicon is immutable; BuildClauses touches only
// the document it is given.
#ifndef NEWSMILL_SYNTAX_CLAUSES_H_
#define NEWSMILL_SYNTAX_CLAUSES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "newsmill/document.h"
#include "syntax/lemmatizer.h"

namespace newsmill::syntax {

class ClauseLexicon {
 public:
  enum Kind : uint8_t {
    kNone,
    kFuture,
    kPossibility,
    kConditional,
    kObligation,
    kAbility,
    kIntent,
    kNegation,
    kParticle,
    kAdverbParticle,
    kReport,
    kObjectControl,
  };
  // Parses clause_words.tsv (see its header). InvalidArgument naming the
  // line of a malformed entry.
  static Result<std::unique_ptr<ClauseLexicon>> Parse(std::string_view text);
  Kind Of(std::string_view lemma) const;

 private:
  std::unordered_map<std::string, Kind> kinds_;
};

// No arc of the parser's trees is longer than this (it parses long
// sentences in pieces of kMaxParseWords), so RepairParse looks for a word's
// children within this many tokens of it: its work stays linear on a 50 MB
// page.
inline constexpr int32_t kMaxArcLength = 300;

// Repairs, in place, parser errors that the clause layer would inherit:
// a verb with two nominal subjects, the second set off by commas right after
// the first ("Dmitry Peskov, the Kremlin spokesman, denied"), gets the second
// as an apposition of the first; a particle ("out", "up", "off") right after
// its verb and attached to it as an adverb becomes its compound:prt, as in
// Universal Dependencies; a sentence-opening phrase of time made the root or
// part of the subject ("On Monday the president met") becomes an oblique of
// the verb; a past-tense verb coordinated with a base form after a modal
// ("said Labour would set out plans and attacked") goes with the past verb
// above it; a day right after a verb and before the clause it reports ("said
// Friday that talks would resume") is the verb's time; an apposition with a conjunction ("..., but Turkey, ...,
// insisted") becomes the verb's subject; a reporting verb's noun object
// with a finite verb hung on it as a modifier ("said the economy remained
// strong", or "says the drug may have been ..." with the second verb a
// conjunct) is the subject of the clause the verb reports. Returns the number
// of repairs.
int RepairParse(const ClauseLexicon& lexicon, Document* doc);

// Fills doc->clauses and doc->phrases from the tokens' pos, lemma, head and
// dep (REQUIRES: the syntax stage has tagged and parsed every sentence).
void BuildClauses(const ClauseLexicon& lexicon, const Lemmatizer& lemmatizer,
                  Document* doc);

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_CLAUSES_H_

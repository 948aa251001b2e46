// Lemmatizer: the dictionary form of a word given its part of speech
// ("accused"/VERB -> "accuse", "troops"/NOUN -> "troop", "me"/PRON -> "I").
//
// The idea: a table written for the project settles closed-class words and
// irregular plurals (data/syntax/lemmas.tsv); irregular verbs come from
// data/syntax/irregular_verbs.tsv; other nouns, verbs and adjectives go
// through WordNet's morphology when WordNet is installed (exception lists,
// then detachment rules whose result is a WordNet lemma), else through
// suffix rules (-ies -> y, doubled consonants, a restored final e). Proper
// nouns keep their form; other words are lower-cased. Contractions that
// depend on the next word ("'s been" -> have, "'d gone" -> have) are
// resolved by looking at it.
//
//   auto lem = Lemmatizer::Create(table, irregular, wordnet);
//   std::string l = (*lem)->Lemma("said", Upos::kVerb, {});   // "say"
//
// Thread safety: immutable after Create.
#ifndef NEWSMILL_SYNTAX_LEMMATIZER_H_
#define NEWSMILL_SYNTAX_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"
#include "base/string_map.h"
#include "newsmill/document.h"
#include "syntax/wordnet.h"

namespace newsmill::syntax {

// Verb form of an inflected verb, as the clause layer needs it.
enum class VerbForm : uint8_t {
  kUnknown,
  kBase,        // go, say
  kPresent3,    // goes, says
  kPast,        // went, said (also past participles that look the same)
  kParticiple,  // gone, given (distinct from the past)
  kGerund,      // going
};

class Lemmatizer {
 public:
  // table: lemmas.tsv; irregular: irregular_verbs.tsv (see their headers).
  // wordnet may be null. InvalidArgument naming the file and line of a
  // malformed line.
  static Result<std::unique_ptr<Lemmatizer>> Create(
      std::string_view table, std::string_view irregular,
      std::shared_ptr<const WordNet> wordnet);

  // The context a few words need.
  struct Context {
    std::string_view next;        // the following word, "" at the end
    Upos next_pos = Upos::kNone;  // its part of speech
    bool sentence_start = false;  // the word opens its sentence
  };
  // REQUIRES: form is valid UTF-8.
  std::string Lemma(std::string_view form, Upos pos, const Context& ctx) const;

  // What inflection a verb form shows: from the irregular verb table, else
  // from its ending (-ing, -ed, -s).
  VerbForm FormOf(std::string_view lower) const;

 private:
  Lemmatizer() = default;
  std::string VerbLemma(const std::string& lower) const;
  std::string NounLemma(const std::string& lower) const;
  std::string AdjLemma(const std::string& lower) const;

  std::shared_ptr<const WordNet> wordnet_;
  // "form\tUPOS" or "form\t*" -> lemma
  std::unordered_map<std::string, std::string> table_;
  StringMap<std::string> irregular_lemma_;
  StringMap<VerbForm> irregular_form_;
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_LEMMATIZER_H_

// EventCoder: who did what to whom, in CAMEO codes, for every clause of a
// Document that carries an event verb or an event noun.
//
//   CoderResources r;
//   r.verbs = lexicon; r.codebook = book; r.frames = frames;
//   r.agent_sector = [&](std::string_view noun) { ... "MIL" for "troops" };
//   EventCoder coder(r);
//   coder.Code(doc);   // appends to doc.events, one per mention, grouped
//
// It reads the text layer (tokens, sentences), the syntax layer (heads,
// dependency relations, clauses) when it ran, the entities stage's
// mentions and actor codes, the quotes stage's quotations and the times
// stage's time expressions. Without a syntax layer it falls back to a
// shallow reading (TABARI's): the actor before the verb acts on the actor
// after it.
//
// Thread safety: Code is const; one coder serves all threads.
#ifndef NEWSMILL_EVENTS_EVENT_CODER_H_
#define NEWSMILL_EVENTS_EVENT_CODER_H_

#include <functional>
#include <string>
#include <unordered_map>
#include <string_view>

#include "events/codebook.h"
#include "events/frames.h"
#include "events/verb_lexicon.h"
#include "newsmill/document.h"

namespace newsmill {

struct CoderResources {
  const VerbLexicon* verbs = nullptr;   // required
  const Codebook* codebook = nullptr;   // required
  const FrameTable* frames = nullptr;   // required
  // The CAMEO sector code of an agent noun, lower-case singular or plural
  // ("troops" -> "MIL", "police" -> "COP", "minister" -> "GOV"); "" when
  // the word is not an agent. Optional (null: agents are not coded).
  std::function<std::string(std::string_view noun)> agent_sector;
};

class EventCoder {
 public:
  explicit EventCoder(const CoderResources& resources);

  // Appends the events of doc to doc.events, numbering groups from 1 (events
  // already there keep theirs). Never fails on odd input: what it cannot
  // read it leaves uncoded. A sports story (StoryWords) is not coded: its
  // countries are teams ("Wales host Ireland"), and a warning says so.
  void Code(Document& doc) const;

  // Distinct members of the verb lexicon's &SPORTS_STORY set in doc, and
  // their occurrences.
  void StoryWords(const Document& doc, int* distinct, int* occurrences) const;

 private:
  CoderResources r_;
  // &SPORTS_STORY members by their first word (lower case): the member's
  // number and its words (a hyphenated member twice, whole and split).
  struct StoryWord {
    int member = 0;
    std::vector<std::string> words;
  };
  std::unordered_map<std::string, std::vector<StoryWord>> sports_;
};

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_EVENT_CODER_H_

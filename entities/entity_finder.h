// EntityFinder: the actors of one document (Document::mentions and
// Document::entities): people, organisations, countries, places and groups,
// with CAMEO codes, merged within the document.
//
//   EntityFinder finder(lexicon);
//   finder.Annotate(doc);   // REQUIRES: the text layer ran (tokens, sentences)
//
// Thread safety: an EntityFinder is immutable; Annotate may run on many
// documents at once.
#ifndef NEWSMILL_ENTITIES_ENTITY_FINDER_H_
#define NEWSMILL_ENTITIES_ENTITY_FINDER_H_

#include "lexicon/lexicon.h"
#include "newsmill/document.h"

namespace newsmill {

class EntityFinder {
 public:
  explicit EntityFinder(const Lexicon& lexicon) : lex_(lexicon) {}

  // Replaces doc.mentions and doc.entities.
  void Annotate(Document& doc) const;

  // The first step alone, for benchmarks: folds every token, looks it up
  // and runs the lexicon matcher over every sentence. Returns the number of
  // lexicon matches.
  size_t MatchOnly(const Document& doc) const;

 private:
  const Lexicon& lex_;
};

}  // namespace newsmill

#endif  // NEWSMILL_ENTITIES_ENTITY_FINDER_H_

// Clauses from a dependency tree, for documents that have heads and
// relations (Token::head, Token::dep) but no clause layer (Document::
// clauses empty): a tree from another parser, a test document. The syntax
// layer's own clauses are richer; the events stage uses this only as a
// stand-in when they are missing.
//
//   if (doc.clauses.empty()) BuildClausesFromTree(doc);
//
// A clause is a verb (or a predicate adjective or noun with a copula) with
// its nsubj / nsubj:pass (passive), obj, iobj, obl:agent and other obl
// arguments (with their case marker), the nearest clause above it, the
// complement clause it takes, its mark, a "not"/"never" negation, and the
// modality and future tense of its auxiliaries.
//
// Thread safety: a pure function of the document.
#ifndef NEWSMILL_EVENTS_CLAUSE_BUILDER_H_
#define NEWSMILL_EVENTS_CLAUSE_BUILDER_H_

#include "newsmill/document.h"

namespace newsmill {

// Fills doc.clauses from the tree. Does nothing when the document has no
// tree or already has clauses.
void BuildClausesFromTree(Document& doc);

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_CLAUSE_BUILDER_H_

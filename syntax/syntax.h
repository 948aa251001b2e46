// Reading the syntax layer: helpers for the stages after it (actors,
// quotes, times, events) over Document::tokens, clauses and phrases.
//
//   SyntaxView view(doc);                      // O(tokens), per document
//   int c = view.ClauseOf(token);              // innermost clause
//   const Clause& cl = doc.clauses[c];
//   Span who = view.SubjectSpan(c);            // "Kremlin spokesman Dmitry
//   Peskov" for (int p : view.Conjuncts(view.PhraseOf(cl.object))) ...  //
//   "Lavrov and Blinken" int reported = cl.complement;              // "said
//   that ..." -> that clause bool hedged = cl.modality != Modality::kNone ||
//   cl.negated;
//
// Clause and NounPhrase (newsmill/document.h) document each field; this
// view adds the indexes that go from a token to what contains it.
//
// Thread safety: a SyntaxView is immutable after construction and reads
// the Document it was built on, which must outlive it and not change.
#ifndef NEWSMILL_SYNTAX_SYNTAX_H_
#define NEWSMILL_SYNTAX_SYNTAX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsmill/document.h"

namespace newsmill::syntax {

class SyntaxView {
 public:
  explicit SyntaxView(const Document& doc);

  // The clause whose verb is token, else -1.
  int ClauseOfVerb(int32_t token) const;
  // The innermost clause containing token: the clause of the nearest
  // ancestor (or the token itself) that is a clause's verb; -1 if none.
  int ClauseOf(int32_t token) const;
  // The noun phrase whose head is token, else -1.
  int PhraseOfHead(int32_t token) const;
  // The innermost noun phrase containing token (between token_begin and
  // token_end), else -1.
  int PhraseOf(int32_t token) const;

  // Byte span of a phrase's tokens.
  Span PhraseSpan(int phrase) const;
  // The span naming an argument whose head is token: its phrase's span,
  // else the token's own span. Empty for token -1.
  Span ArgumentSpan(int32_t token) const;
  // Span of a clause's subject (empty if none). For a coordinated subject,
  // the span of the first member; see Conjuncts for the others.
  Span SubjectSpan(int clause) const;
  // The phrases of the coordination phrase belongs to, in text order
  // ("Lavrov and Blinken" -> both); {phrase} when it is not coordinated.
  std::vector<int> Conjuncts(int phrase) const;
  // Appositions and titles of a phrase ("Dmitry Peskov" -> "Kremlin
  // spokesman", "the Kremlin spokesman").
  std::vector<int> Appositions(int phrase) const;
  // The clause a reporting clause reports: clause.complement, following a
  // chain of complements of control verbs ("wants to say that X" -> X);
  // -1 if none.
  int ReportedClause(int clause) const;
  // Byte span of a token's subtree (itself and everything below it).
  Span Subtree(int32_t token) const;
  // Children of a token in text order.
  const int32_t* ChildrenBegin(int32_t token) const {
    return children_.data() + child_start_[token];
  }
  const int32_t* ChildrenEnd(int32_t token) const {
    return children_.data() + child_start_[token + 1];
  }

 private:
  const Document& doc_;
  std::vector<int32_t> clause_of_verb_;
  std::vector<int32_t> phrase_of_head_;
  std::vector<int32_t> phrase_of_token_;
  std::vector<int32_t> coordination_first_;  // phrase -> first conjunct
  std::vector<uint32_t> child_start_;
  std::vector<int32_t> children_;
  std::vector<uint32_t> subtree_begin_;  // token index range of each subtree
  std::vector<uint32_t> subtree_end_;
};

// Free functions over the Document alone, for stages that need only a few
// answers and not the index a SyntaxView builds.
//
// The clause a reporting clause reports (as SyntaxView::ReportedClause).
int ReportedClauseOf(const Document& doc, int clause);
// Byte span of token's subtree, found by walking up from each token of its
// sentence: O(sentence length x depth), for a few calls per document.
Span SubtreeSpanOf(const Document& doc, int32_t token);

// A readable dump of the tokens (pos, lemma, head, dep), clauses and
// phrases of doc, one item per line, for tools and test failures.
std::string DescribeSyntax(const Document& doc);

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_SYNTAX_H_

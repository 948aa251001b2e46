#include "syntax/syntax.h"

#include <algorithm>
#include <cstdlib>

#include "syntax/clauses.h"

namespace newsmill::syntax {

SyntaxView::SyntaxView(const Document& doc) : doc_(doc) {
  const size_t n = doc.tokens.size();
  clause_of_verb_.assign(n, -1);
  for (size_t c = 0; c < doc.clauses.size(); ++c) {
    int32_t v = doc.clauses[c].verb;
    if (v >= 0 && static_cast<size_t>(v) < n)
      clause_of_verb_[v] = static_cast<int32_t>(c);
  }
  phrase_of_head_.assign(n, -1);
  phrase_of_token_.assign(n, -1);
  // Wider phrases first, so that inner phrases overwrite them.
  std::vector<int> order(doc.phrases.size());
  for (size_t p = 0; p < order.size(); ++p) order[p] = static_cast<int>(p);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return doc.phrases[a].token_end - doc.phrases[a].token_begin >
           doc.phrases[b].token_end - doc.phrases[b].token_begin;
  });
  for (int p : order) {
    const NounPhrase& np = doc.phrases[p];
    if (np.head >= 0 && static_cast<size_t>(np.head) < n)
      phrase_of_head_[np.head] = p;
    for (uint32_t t = np.token_begin; t < np.token_end && t < n; ++t)
      phrase_of_token_[t] = p;
  }
  coordination_first_.resize(doc.phrases.size());
  for (size_t p = 0; p < doc.phrases.size(); ++p)
    coordination_first_[p] = static_cast<int32_t>(p);
  for (size_t p = 0; p < doc.phrases.size(); ++p) {
    int32_t next = doc.phrases[p].coordinated_with;
    int guard = 0;
    while (next >= 0 && static_cast<size_t>(next) < doc.phrases.size() &&
           guard++ < 1000) {
      if (coordination_first_[next] == next)
        coordination_first_[next] = coordination_first_[p];
      next = doc.phrases[next].coordinated_with;
    }
  }
  // Children (compressed rows) and subtree ranges.
  child_start_.assign(n + 1, 0);
  for (const Token& t : doc.tokens)
    if (t.head >= 0 && static_cast<size_t>(t.head) < n)
      ++child_start_[t.head + 1];
  for (size_t i = 0; i < n; ++i) child_start_[i + 1] += child_start_[i];
  children_.assign(child_start_[n], 0);
  std::vector<uint32_t> fill(child_start_.begin(), child_start_.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    int32_t h = doc.tokens[i].head;
    if (h >= 0 && static_cast<size_t>(h) < n)
      children_[fill[h]++] = static_cast<int32_t>(i);
  }
  subtree_begin_.resize(n);
  subtree_end_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    subtree_begin_[i] = static_cast<uint32_t>(i);
    subtree_end_[i] = static_cast<uint32_t>(i + 1);
  }
  // Propagate each token's range to its ancestors (bounded walk).
  for (size_t i = 0; i < n; ++i) {
    int32_t h = doc.tokens[i].head;
    int steps = 0;
    while (h >= 0 && static_cast<size_t>(h) < n && steps++ < 256) {
      subtree_begin_[h] = std::min(subtree_begin_[h], static_cast<uint32_t>(i));
      subtree_end_[h] = std::max(subtree_end_[h], static_cast<uint32_t>(i + 1));
      h = doc.tokens[h].head;
    }
  }
}

int SyntaxView::ClauseOfVerb(int32_t token) const {
  if (token < 0 || static_cast<size_t>(token) >= clause_of_verb_.size())
    return -1;
  return clause_of_verb_[token];
}

int SyntaxView::ClauseOf(int32_t token) const {
  int steps = 0;
  while (token >= 0 && static_cast<size_t>(token) < clause_of_verb_.size() &&
         steps++ < 512) {
    if (clause_of_verb_[token] >= 0) return clause_of_verb_[token];
    token = doc_.tokens[token].head;
  }
  return -1;
}

int SyntaxView::PhraseOfHead(int32_t token) const {
  if (token < 0 || static_cast<size_t>(token) >= phrase_of_head_.size())
    return -1;
  return phrase_of_head_[token];
}

int SyntaxView::PhraseOf(int32_t token) const {
  if (token < 0 || static_cast<size_t>(token) >= phrase_of_token_.size())
    return -1;
  return phrase_of_token_[token];
}

Span SyntaxView::PhraseSpan(int phrase) const {
  if (phrase < 0 || static_cast<size_t>(phrase) >= doc_.phrases.size())
    return {};
  const NounPhrase& np = doc_.phrases[phrase];
  if (np.token_end <= np.token_begin || np.token_end > doc_.tokens.size())
    return {};
  return {doc_.tokens[np.token_begin].span.begin,
          doc_.tokens[np.token_end - 1].span.end};
}

Span SyntaxView::ArgumentSpan(int32_t token) const {
  if (token < 0 || static_cast<size_t>(token) >= doc_.tokens.size()) return {};
  int p = PhraseOfHead(token);
  if (p >= 0) return PhraseSpan(p);
  return doc_.tokens[token].span;
}

Span SyntaxView::SubjectSpan(int clause) const {
  if (clause < 0 || static_cast<size_t>(clause) >= doc_.clauses.size())
    return {};
  return ArgumentSpan(doc_.clauses[clause].subject);
}

std::vector<int> SyntaxView::Conjuncts(int phrase) const {
  std::vector<int> out;
  if (phrase < 0 || static_cast<size_t>(phrase) >= doc_.phrases.size())
    return out;
  int p = coordination_first_[phrase];
  int guard = 0;
  while (p >= 0 && static_cast<size_t>(p) < doc_.phrases.size() &&
         guard++ < 1000) {
    out.push_back(p);
    p = doc_.phrases[p].coordinated_with;
  }
  return out;
}

std::vector<int> SyntaxView::Appositions(int phrase) const {
  std::vector<int> out;
  for (size_t p = 0; p < doc_.phrases.size(); ++p)
    if (doc_.phrases[p].apposition_of == phrase && phrase >= 0)
      out.push_back(static_cast<int>(p));
  return out;
}

int SyntaxView::ReportedClause(int clause) const {
  return ReportedClauseOf(doc_, clause);
}

int ReportedClauseOf(const Document& doc, int clause) {
  if (clause < 0 || static_cast<size_t>(clause) >= doc.clauses.size())
    return -1;
  int c = doc.clauses[clause].complement;
  int guard = 0;
  // "wants to say that X": through the control verb's infinitive. Clauses
  // are in the order of their verbs, and a child's verb lies within one
  // tree of its parent's (kMaxArcLength), so only the neighbours are read:
  // linear work on a page of a million clauses.
  if (c < 0) {
    const Clause& self = doc.clauses[clause];
    auto child = [&](size_t k) {
      const Clause& x = doc.clauses[k];
      return x.parent == clause && x.relation == Dep::kXcomp && x.complement >= 0;
    };
    auto near = [&](size_t k) {
      const Clause& x = doc.clauses[k];
      return x.sentence == self.sentence &&
             std::abs(x.verb - self.verb) <= kMaxArcLength;
    };
    for (size_t k = static_cast<size_t>(clause) + 1; k < doc.clauses.size() && near(k); ++k)
      if (child(k)) return doc.clauses[k].complement;
    for (size_t k = static_cast<size_t>(clause); k-- > 0 && near(k);)
      if (child(k)) return doc.clauses[k].complement;
  }
  while (c >= 0 && guard++ < 64) {
    const Clause& x = doc.clauses[c];
    if (x.relation == Dep::kXcomp && x.complement >= 0) {
      c = x.complement;
      continue;
    }
    break;
  }
  return c;
}

Span SubtreeSpanOf(const Document& doc, int32_t token) {
  if (token < 0 || static_cast<size_t>(token) >= doc.tokens.size()) return {};
  // The sentence of the token: tokens of one tree share it.
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(),
                             static_cast<uint32_t>(token),
                             [](uint32_t t, const Sentence& s) { return t < s.token_end; });
  if (it == doc.sentences.end()) return doc.tokens[token].span;
  Span out = doc.tokens[token].span;
  // A tree spans at most kMaxArcLength tokens on each side of a word.
  const uint32_t from = std::max<int64_t>(it->token_begin, int64_t{token} - kMaxArcLength);
  const uint32_t to = std::min<int64_t>(it->token_end, int64_t{token} + kMaxArcLength + 1);
  for (uint32_t t = from; t < to; ++t) {
    int32_t h = static_cast<int32_t>(t);
    for (int depth = 0; h >= 0 && depth < 64; ++depth) {
      if (h == token) {
        out.begin = std::min(out.begin, doc.tokens[t].span.begin);
        out.end = std::max(out.end, doc.tokens[t].span.end);
        break;
      }
      h = doc.tokens[h].head;
    }
  }
  return out;
}

Span SyntaxView::Subtree(int32_t token) const {
  if (token < 0 || static_cast<size_t>(token) >= doc_.tokens.size()) return {};
  return {doc_.tokens[subtree_begin_[token]].span.begin,
          doc_.tokens[subtree_end_[token] - 1].span.end};
}

namespace {

std::string TokenWord(const Document& doc, int32_t t) {
  if (t < 0 || static_cast<size_t>(t) >= doc.tokens.size()) return "-";
  return std::string(doc.TokenText(t)) + "#" + std::to_string(t);
}

}  // namespace

std::string DescribeSyntax(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    out += std::to_string(i) + "\t" + std::string(doc.TokenText(i)) + "\t" +
           std::string(UposName(t.pos)) + "\t" + t.lemma + "\t" +
           std::to_string(t.head) + "\t" + std::string(DepName(t.dep)) + "\n";
  }
  SyntaxView view(doc);
  for (size_t c = 0; c < doc.clauses.size(); ++c) {
    const Clause& cl = doc.clauses[c];
    out += "clause " + std::to_string(c) + ": verb=" + TokenWord(doc, cl.verb) +
           " rel=" + std::string(DepName(cl.relation)) +
           " subj=" + TokenWord(doc, cl.subject) +
           (cl.subject_inherited ? "(inh)" : "") +
           " obj=" + TokenWord(doc, cl.object) +
           " iobj=" + TokenWord(doc, cl.indirect_object) +
           " agent=" + TokenWord(doc, cl.agent) +
           " prt=" + TokenWord(doc, cl.particle) +
           " tense=" + std::string(TenseName(cl.tense)) +
           " aspect=" + std::string(AspectName(cl.aspect)) +
           " modality=" + std::string(ModalityName(cl.modality)) +
           " mood=" + std::string(MoodName(cl.mood)) +
           (cl.passive ? " passive" : "") + (cl.negated ? " negated" : "") +
           (cl.in_quote ? " in-quote" : "") +
           " parent=" + std::to_string(cl.parent) +
           " complement=" + std::to_string(cl.complement) +
           " comp=" + TokenWord(doc, cl.complementizer);
    for (const Oblique& o : cl.obliques)
      out += " obl=" + TokenWord(doc, o.marker) + "+" + TokenWord(doc, o.head);
    out += "\n";
  }
  for (size_t p = 0; p < doc.phrases.size(); ++p) {
    const NounPhrase& np = doc.phrases[p];
    Span s = view.PhraseSpan(static_cast<int>(p));
    out += "phrase " + std::to_string(p) + ": \"" + std::string(doc.Text(s)) +
           "\" head=" + TokenWord(doc, np.head);
    if (np.coordinated_with >= 0)
      out += " and=" + std::to_string(np.coordinated_with);
    if (np.apposition_of >= 0)
      out += " appos-of=" + std::to_string(np.apposition_of);
    out += "\n";
  }
  return out;
}

}  // namespace newsmill::syntax

// CoNLL-U (Universal Dependencies) reading, for training the syntax models
// and for evaluating them on a treebank.
//
//   Result<std::vector<ConlluDocument>> docs = ParseConllu(content,
//   "a.conllu");
//
// Multiword-token lines ("3-4 country's") are skipped and their words kept;
// empty nodes ("5.1") are skipped. A file may hold several documents
// ("# newdoc id = ..."); a file without that comment is one document.
//
// Thread safety: pure functions.
#ifndef NEWSMILL_SYNTAX_CONLLU_H_
#define NEWSMILL_SYNTAX_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill::syntax {

struct ConlluWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  std::string deprel;
  int head = 0;  // 0: root; else 1-based word number in the sentence
  bool space_after = true;
};

struct ConlluSentence {
  std::string id;
  std::string text;  // the "# text" comment
  bool new_paragraph = false;
  std::vector<ConlluWord> words;
};

struct ConlluDocument {
  std::string id;
  std::vector<ConlluSentence> sentences;
};

// Parses CoNLL-U content. Corruption naming origin and the line for a
// malformed word line (wrong column count, bad head).
Result<std::vector<ConlluDocument>> ParseConllu(std::string_view content,
                                                std::string_view origin);

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_CONLLU_H_

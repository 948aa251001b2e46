// The syntax model: tagger and parser weights with their class names, as
// one binary file (data/syntax/model.bin, written by newsmill-train).
//
//   Result<std::unique_ptr<SyntaxModel>> m = SyntaxModel::Load(bytes,
//   "model.bin"); SentenceParse out;
//   (*m)->Analyze(words, &out, &scratch);
//
// File layout (little-endian): "NMSYNTX1", u32 format version, u32 flags
// (1: trained with WordNet features), the tagger's
// class names, its weight table and tag dictionary, the parser's label
// names, the root label, the move table and the label table (see
// WeightTable::AppendTo). Names are u32 length + bytes.
//
// Thread safety: immutable after Load; Analyze may run on many threads, each
// with its own Scratch.
#ifndef NEWSMILL_SYNTAX_MODEL_H_
#define NEWSMILL_SYNTAX_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "newsmill/document.h"
#include "syntax/features.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/wordnet.h"

namespace newsmill::syntax {

// 2: the parser's early-decision margin after the flags (Parser::set_margin);
// 3: the table of arc labels (ParseInput::arc_label) at the end.
// Versions 1 (no margin) and 2 (no arc labels) still load.
inline constexpr uint32_t kModelFormatVersion = 3;

// The result for one sentence.
struct SentenceParse {
  std::vector<uint8_t> tags;    // tagger classes
  std::vector<int> heads;       // word index in the sentence, -1 for a root
  std::vector<uint8_t> labels;  // label classes
};

class SyntaxModel {
 public:
  struct Scratch {
    std::vector<WordAtoms> atoms;
    // Atoms of the words seen by this thread, by hash of the form (cleared
    // when it grows past kMaxCachedWords).
    KeyIndex atom_index;
    std::vector<WordAtoms> atom_cache;
    std::vector<uint32_t>
        types;             // per word of the sentence: its atom_cache row
    TagCache tag_cache;    // by atom_cache row
    RoleCache role_cache;  // by atom_cache row
    ParseState state;
    // AnalyzeAll's: per sentence, its first word in atoms and types, its
    // parser input and state.
    std::vector<size_t> begins;
    std::vector<ParseInput> inputs;
    std::vector<ParseState> states;
  };

  // Builds a model from parts (used by the trainer).
  SyntaxModel(std::vector<std::string> tag_names, Tagger tagger,
              std::vector<std::string> label_names, Parser parser);

  // The WordNet word list the features read (null: none). A model trained
  // with WordNet features still works without it, less accurately.
  void AttachWordNet(std::shared_ptr<const WordNet> wordnet) {
    wordnet_ = std::move(wordnet);
  }
  const WordNet* wordnet() const { return wordnet_.get(); }
  // Whether the model was trained with WordNet features.
  bool trained_with_wordnet() const { return (flags_ & kFlagWordNet) != 0; }
  void set_trained_with_wordnet(bool b) {
    flags_ = b ? (flags_ | kFlagWordNet) : (flags_ & ~kFlagWordNet);
  }

  // Adds the words of a fixed-tag list (data/syntax/fixed_tags.tsv: "word
  // <TAB> class", the class a model tag name such as "ADV|RB" or its UPOS
  // part) to the tagger's dictionary, in lower case, capitalised and upper
  // case. InvalidArgument naming origin and the line on a bad line or a
  // class the model does not have.
  Status AddFixedTags(std::string_view tsv, std::string_view origin);

  // Reads closed_classes.tsv ("UPOS<TAB>word word ...": the only words
  // that may take that part of speech, in any case) and sets it as the
  // tagger's closed class. InvalidArgument naming the line of a bad entry.
  Status SetClosedClass(std::string_view tsv, std::string_view origin);
  // The first tagger class whose UPOS (the part before '|') is upos, or -1.
  int FirstClassOf(std::string_view upos) const;
  // AnalyzeAll's corrections of tags by their neighbours: adjectives that
  // head their noun phrase, capitalised interjections before a verb, verbs
  // right after a quotation mark read as nouns, participles read as verbs
  // between "NOUN and" and a noun an auxiliary follows or after a
  // possessive.
  void FixTagsInContext(const std::vector<std::string_view>& words, const WordAtoms* atoms,
                         uint8_t* tags) const;

  static Result<std::unique_ptr<SyntaxModel>> Load(std::string_view bytes,
                                                   std::string_view origin);
  std::string Serialize() const;

  // Tags and parses one sentence of words (at least one).
  void Analyze(const std::vector<std::string_view>& words, SentenceParse* out,
               Scratch* scratch) const;

  // Analyze of each sentence (out gets one parse per sentence), faster: the
  // sentences are parsed together (Parser::ParseBatch). name_hints
  // (optional): per sentence, per word, whether the document writes the
  // word as a name where a capital means one (Tagger::Tag; a sentence's
  // vector of another size than its words: none).
  void AnalyzeAll(
      const std::vector<std::vector<std::string_view>>& sentences,
      std::vector<SentenceParse>* out, Scratch* scratch,
      MarginStats* stats = nullptr,
      const std::vector<std::vector<uint8_t>>* name_hints = nullptr) const;

  // Sets the parser's early-decision margin (Parser::set_margin) from
  // sentences, every move of them scored in full: the smallest lead above
  // which the rest of the features overturned at most one move in 1,000.
  // Returns it.
  int32_t CalibrateMargin(
      const std::vector<std::vector<std::string_view>>& sentences,
      Scratch* scratch);

  void set_parser_margin(int32_t margin) { parser_.set_margin(margin); }

  // The labels that arcs between two tagger classes take without asking
  // the labeller (ParseInput::arc_label; ChooseArcLabels makes one from
  // training trees): a table of ArcLabelIndex entries for the model's
  // classes, or empty for none. REQUIRES: that size or empty, labels in
  // range or kNoLabel.
  void set_arc_labels(std::vector<uint8_t> table) {
    arc_label_ = std::move(table);
  }
  const std::vector<uint8_t>& arc_labels() const { return arc_label_; }
  size_t ArcLabelTableSize() const {
    return syntax::ArcLabelTableSize(static_cast<int>(tag_names_.size()));
  }

  // As Analyze, with the tags given (for evaluating the parser alone).
  void AnalyzeWithTags(const std::vector<std::string_view>& words,
                       const std::vector<uint8_t>& tags, SentenceParse* out,
                       Scratch* scratch) const;

  // The atoms of a word, from scratch's cache when it has them.
  const WordAtoms& Atoms(std::string_view word, Scratch* scratch) const;
  // Its row in scratch->atom_cache. REQUIRES: room in the cache (see
  // Analyze: the cache is cleared between sentences, never within one).
  uint32_t AtomRow(std::string_view word, Scratch* scratch) const;
  static constexpr size_t kMaxCachedWords = 1 << 16;

  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }
  const std::vector<std::string>& tag_names() const { return tag_names_; }
  const std::vector<std::string>& label_names() const { return label_names_; }
  // UPOS of a tagger class (the part before '|' of its name).
  Upos TagUpos(uint8_t tag) const {
    return tag < tag_upos_.size() ? tag_upos_[tag] : Upos::kX;
  }
  // The Penn Treebank tag of a class ("VBD"), "" when the model has none.
  std::string_view TagXpos(uint8_t tag) const {
    return tag < tag_xpos_.size() ? std::string_view(tag_xpos_[tag])
                                  : std::string_view();
  }
  Dep LabelDep(uint8_t label) const {
    return label < label_dep_.size() ? label_dep_[label] : Dep::kDep;
  }
  int root_label() const { return root_label_; }
  // Per tagger class, the label its words always take (see ParseInput).
  const std::vector<uint8_t>& fixed_labels() const { return fixed_label_; }
  // PUNCT words always attach as punct: the labeller is not asked.
  static std::vector<uint8_t> FixedLabels(
      const std::vector<std::string>& tags,
      const std::vector<std::string>& labels);

 private:
  SyntaxModel() = default;
  void Index();
  void ParseWords(SentenceParse* out, Scratch* scratch) const;
  const uint8_t* ArcLabels() const {
    return arc_label_.empty() ? nullptr : arc_label_.data();
  }
  // The parse of a sentence from the parser's state.
  void ReadParse(const ParseState& state, SentenceParse* out) const;

  static constexpr uint32_t kFlagWordNet = 1;
  uint32_t flags_ = 0;
  std::shared_ptr<const WordNet> wordnet_;
  std::vector<std::string> tag_names_;
  std::vector<Upos> tag_upos_;
  int noun_class_ = -1;   // the first NOUN class (Index)
  int propn_class_ = -1;  // the first PROPN class (Index)
  int verb_class_ = -1;   // the first VERB class (Index)
  int adj_class_ = -1;    // the first ADJ class (Index)
  std::vector<std::string> tag_xpos_;
  Tagger tagger_;
  std::vector<std::string> label_names_;
  std::vector<Dep> label_dep_;
  int root_label_ = 0;
  std::vector<uint8_t> fixed_label_;  // per tag class, see ParseInput
  std::vector<uint8_t> arc_label_;    // see set_arc_labels
  Parser parser_;
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_MODEL_H_

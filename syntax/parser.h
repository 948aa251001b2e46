// Dependency parser: greedy arc-hybrid transitions scored by an averaged
// perceptron, with each new arc labelled by a second perceptron.
//
// The idea: words enter from a buffer onto a stack; SHIFT pushes the next
// word, LEFT makes the stack top a dependent of the buffer front, RIGHT
// makes it a dependent of the word below it. One pass, 2n transitions, each
// chosen by a linear model over about eighty hashed features of the stack
// top three, the buffer front three, their leftmost and rightmost children,
// distances, valencies and label sets (after Zhang and Nivre 2011). When an
// arc is made the labeller chooses its relation from the features of head,
// dependent and their children so far; later decisions see those labels.
// The root is a virtual word at the bottom of the stack that takes its
// single dependent only when the buffer is empty, so every parse is one
// tree. Training (trainer.cc) uses the dynamic oracle of Goldberg and Nivre
// (2013), whose costs are in TransitionCosts.
//
//   Parser parser(transitions, labels, label_table);
//   ParseInput in{atoms.data(), tags.data(), fine.data(), n};
//   ParseState state;
//   parser.Parse(in, &state);          // state.head[i]: n is the root
//
// Thread safety: a Parser is immutable; Parse may run on many threads at
// once, each with its own ParseState.
#ifndef NEWSMILL_SYNTAX_PARSER_H_
#define NEWSMILL_SYNTAX_PARSER_H_

#include <cstdint>
#include <vector>

#include "syntax/features.h"
#include "syntax/weights.h"

namespace newsmill::syntax {

enum Move : int { kShift = 0, kLeft = 1, kRight = 2, kNumMoves = 3 };

inline constexpr int kMaxParserFeatures = 96;
inline constexpr int kMaxLabelFeatures = 48;
inline constexpr uint8_t kNoLabel = 0xFF;
// What Parser::ParseBatch counts to choose a margin (Parser::set_margin):
// the moves chosen among several, and the leads of those whose choice from
// the cheap features alone the full scores overturned.
struct MarginStats {
  long moves = 0;
  std::vector<int32_t> overturned;
};

// Sentences that Parser::ParseBatch advances together.
inline constexpr int kParseLanes = 4;

// What the parser reads for one sentence.
struct ParseInput {
  const WordAtoms* words = nullptr;
  const uint8_t* tags = nullptr;  // tagger classes
  int n = 0;
  // Per tagger class, the label its words always take (PUNCT -> punct), or
  // kNoLabel to ask the labeller; null: always ask.
  const uint8_t* fixed_label = nullptr;
  // Optional (with a RoleCache): per word, a number of its type (equal
  // numbers, equal atoms).
  const uint32_t* types = nullptr;
  // Optional: per ArcLabelIndex of num_tags classes, the label such arcs
  // take (a determiner before its noun: det), or kNoLabel to ask the
  // labeller; null: always ask.
  const uint8_t* arc_label = nullptr;
  int num_tags = 0;
};

// Where the arc head -> dep of tagger classes head_tag and dep_tag is in a
// table of arc labels (ParseInput::arc_label): by the two classes, whether
// the dependent comes first and whether the two words are neighbours.
inline size_t ArcLabelIndex(int num_tags, int head_tag, int dep_tag,
                            bool dep_first, bool adjacent) {
  return ((static_cast<size_t>(head_tag) * num_tags + dep_tag) * 2 +
          dep_first) * 2 + adjacent;
}
// The entries of such a table.
inline size_t ArcLabelTableSize(int num_tags) {
  return static_cast<size_t>(num_tags) * num_tags * 4;
}

// The table of arc labels from counts (per ArcLabelIndex, num_labels counts
// of the labels such arcs took in training trees): an entry gets its most
// frequent label when it was seen min_count times or more and took that
// label in a share `purity` or more of them; else kNoLabel.
std::vector<uint8_t> ChooseArcLabels(const std::vector<uint32_t>& counts,
                                     int num_labels, uint32_t min_count,
                                     double purity);

class Parser;

// Per-thread cache for Parser::Parse of what depends on a word's type and
// tag alone: the move scores of its unigram features (UnigramFeatures) in
// each role, and the labeller's scores of its LabelWordFeatures as a head
// and as a dependent.
class RoleCache {
 public:
  // Forgets every type (call when the type numbering is reset).
  void Clear() {
    index_ = KeyIndex();
    rows_.clear();
    label_index_ = KeyIndex();
    label_rows_.clear();
  }

 private:
  friend class Parser;
  // The row of label_rows_ with the labeller's scores of LabelWordFeatures
  // of word x (REQUIRES: in.types).
  size_t LabelRow(const Parser& p, const ParseInput& in, int x, bool head);
  KeyIndex index_;                   // type << 8 | tag -> row
  std::vector<int32_t> rows_;        // row x kNumRoles x stride
  KeyIndex label_index_;             // type << 9 | tag << 1 | head -> row
  std::vector<int16_t> label_rows_;  // row x the labeller's stride
};

// An arc-hybrid configuration. Index n stands for the root.
struct ParseState {
  int n = 0;
  std::vector<int> stack;
  int b0 = 0;             // buffer front; the buffer is b0..n-1
  std::vector<int> head;  // -1: none yet
  std::vector<uint8_t> label;
  std::vector<int> lc1, lc2, rc1, rc2;  // two leftmost / rightmost children
  std::vector<uint8_t> nl, nr;          // left / right valency
  std::vector<uint64_t> lset, rset;     // left / right child label sets
  std::vector<int32_t> role_scores;     // Parser::Parse's per-word cache

  void Init(int words);
  bool Terminal() const { return b0 >= n && stack.size() == 1; }
  bool Legal(int move) const;
  // Applies a legal move; lab labels the arc of LEFT and RIGHT.
  void Apply(int move, uint8_t lab);
  // Head and dependent of the arc a LEFT or RIGHT would make.
  int ArcHead(int move) const {
    return move == kLeft ? b0 : stack[stack.size() - 2];
  }
  int ArcDep() const { return stack.back(); }
};

// Positions whose word's own features (word, tag, suffix) are features of
// the configuration.
enum Role : int {
  kRoleS0,
  kRoleS1,
  kRoleS2,
  kRoleB0,
  kRoleB1,
  kRoleB2,
  kNumRoles
};
// The words in each role (-1: none; n: the root).
void StackRoles(const ParseState& s, int roles[kNumRoles]);
// Features of word x (-1: none; n: the root) in role r.
int UnigramFeatures(const ParseInput& in, int x, int role, uint64_t* keys);
// The features of the configuration other than the unigram ones, in groups:
// those of the buffer front and the two words after it (also in
// B0ContextFeatures); those whose atoms are all tags, labels or flags (few
// values: Parser::Prepare tabulates their scores); the rest.
enum FeatureGroup : unsigned {
  kGroupB0Context = 1,
  kGroupSmall = 2,
  kGroupRest = 4,
  kAllGroups = 7,
};
int ParserFeatures(const ParseInput& in, const ParseState& s, uint64_t* keys,
                   unsigned groups);
// Features of the buffer front x (-1: none) and the two words after it:
// they depend on x alone, so Parser::Parse adds them to x's B0 row.
int B0ContextFeatures(const ParseInput& in, int x, uint64_t* keys);
// All features of the configuration (for training).
int AllParserFeatures(const ParseInput& in, const ParseState& s,
                      uint64_t* keys);
// Features for labelling the arc head -> dep that `move` would make;
// without word_features, without the LabelWordFeatures of head and dep.
int LabelFeatures(const ParseInput& in, const ParseState& s, int move,
                  uint64_t* keys, bool word_features = true);
// Features of the arc that depend on one word x alone (and its tag), as the
// head or as the dependent.
int LabelWordFeatures(const ParseInput& in, int x, bool head, uint64_t* keys);

// Dynamic-oracle costs (Goldberg and Nivre 2013) of each move against a
// projective gold tree (gold_head[i], n for the root): the number of gold
// arcs the move makes unreachable; -1 for an illegal move.
void TransitionCosts(const ParseState& s, const std::vector<int>& gold_head,
                     int costs[kNumMoves]);

// Rewrites heads (n for the root) into a projective tree by lifting the
// shortest non-projective arcs to their grandparent. Returns the number of
// arcs lifted.
int Projectivize(std::vector<int>* heads);

class Parser {
 public:
  Parser() = default;
  // root_label: the label class of the arc from the root.
  Parser(WeightTable moves, WeightTable labels, uint8_t root_label)
      : moves_(std::move(moves)),
        labels_(std::move(labels)),
        root_label_(root_label) {}

  // Parses in.n words (REQUIRES: in.n >= 1); the result is in state.
  // With a cache (and in.types), the same parse, faster.
  void Parse(const ParseInput& in, ParseState* state,
             RoleCache* cache = nullptr) const;
  // Parses in[0..count) into states[0..count): the same parses as Parse
  // one by one, faster. Up to kParseLanes sentences advance in lockstep, a
  // step of each in turn, so that the cache misses of one's weight rows
  // overlap the others' work instead of stalling each step of one sentence.
  //
  // With stats, every move is scored in full and counted in stats, with
  // the leads (see set_margin) that the rest of the features overturned.
  void ParseBatch(const ParseInput* in, int count, ParseState* states,
                  RoleCache* cache = nullptr,
                  MarginStats* stats = nullptr) const;
  // Tabulates the move scores of the kGroupSmall features for every value
  // of their atoms (tags: classes 0..num_tags-1), so that Parse adds them
  // without hashing. Until then Parse looks them up like the others.
  void Prepare(int num_tags);
  // A move whose lead over the others, from the scores of the words' own
  // features and the tag templates alone, is margin or more is taken
  // without the rest (0: never).
  void set_margin(int32_t margin) { margin_ = margin; }
  int32_t margin() const { return margin_; }
  const WeightTable& moves() const { return moves_; }
  const WeightTable& labels() const { return labels_; }
  uint8_t root_label() const { return root_label_; }

 private:
  // state->Init(in.n) and its role_scores.
  void InitRoles(const ParseInput& in, ParseState* state,
                 RoleCache* cache) const;
  // Adds the scores of the kGroupSmall features from small_.
  void AddSmall(const ParseInput& in, const ParseState& s,
                int32_t* scores) const;

  WeightTable moves_;
  WeightTable labels_;
  uint8_t root_label_ = 0;
  // Prepare's tables: per template (in parser.cc's kSmallTemplates) its
  // first row and the multipliers of its first two atoms, then rows of
  // four bytes (the three move weights, 0).
  std::vector<uint32_t> small_index_;
  std::vector<int8_t> small_;
  int32_t margin_ = 0;   // early decision's lead; 0: every move scored in full
  int tag_atoms_ = 0;    // tag classes
  int label_atoms_ = 0;  // label classes
};

}  // namespace newsmill::syntax

#endif  // NEWSMILL_SYNTAX_PARSER_H_

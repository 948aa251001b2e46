// VerbLexicon: the CAMEO verb patterns the event coder matches, from the
// project's own lexicon (data/events/verbs.txt, format in docs/events.md)
// and from PETRARCH / TABARI verb dictionaries (CAMEO.2.0.txt, the
// validation suites' *verbs*.txt) that users add with --lexicon DIR.
//
// Both formats become the same model:
//   - blocks: a set of synonymous trigger words (verbs, or nouns that name
//     events) with a default code, options (where the target stands, a
//     frame such as "appeal", flags such as symmetric) and patterns;
//   - patterns: words that must occur before and after the trigger, in
//     order, inside the clause ("- * of &CRIME [1121]"), with source and
//     target slots ($, +);
//   - synsets: named word lists used in patterns (&MILITARY).
//
//   VerbLexiconOptions options;
//   options.user_dirs = {"../shared/dictionaries/petrarch2"};
//   auto lex = VerbLexicon::Load(options);     // errors name file and line
//   for (const Trigger& t : (*lex)->VerbTriggers("accuse")) {
//     const VerbBlock& b = (*lex)->block(t.block);   // code "112"
//   }
//
// Thread safety: immutable after Load; shared by all threads.
#ifndef NEWSMILL_EVENTS_VERB_LEXICON_H_
#define NEWSMILL_EVENTS_VERB_LEXICON_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/string_map.h"

namespace newsmill {

enum class ItemKind : uint8_t {
  kWords,     // consecutive words ("arms shipment"), lower case
  kSynset,    // any member of a synset
  kSource,    // $: the source actor stands here
  kTarget,    // +: the target actor stands here
  kCompound,  // %: a compound actor (acts on itself: "A and B agreed")
  kSkip,      // ^: skip a phrase (no constraint)
};

struct PatternItem {
  ItemKind kind = ItemKind::kWords;
  std::vector<std::string> words;  // kWords
  int32_t synset = -1;             // kSynset
};

// Block and pattern flags.
enum EventFlag : uint32_t {
  kFlagSymmetric = 1u << 0,    // "A and B met": each acts on the other
  kFlagNeedsTarget = 1u << 1,  // no event without a target actor
  kFlagSpeech = 1u << 2,       // statement verb: content may be a demand, ...
  kFlagQuiet = 1u << 3,        // no event of its own
  kFlagNegative = 1u << 4,     // refuses its content (reject, decline)
  kFlagLight = 1u << 5,        // support verb: the event is its object noun's
  kFlagNeedsObject = 1u << 6,  // in the active voice, no event without an object
                               // ("returned to Washington" is a journey)
};

// Verbs whose code depends on what they are about (data/events/frames.tsv).
enum class Frame : uint8_t { kNone, kAppeal, kIntent, kDemand, kReject, kThreaten, kAccuse };
std::string_view FrameName(Frame f);  // "appeal", ...; "" for kNone

// Where a block's target stands.
struct TargetRole {
  enum Kind : uint8_t { kObj, kIobj, kComp, kXobj, kPoss, kPrep, kNone };
  Kind kind = kObj;
  std::string prep;  // kPrep: "with", "against", ...
};

struct VerbPattern {
  std::vector<PatternItem> before;  // in text order; the last is nearest
  std::vector<PatternItem> after;   // in text order
  std::string code;                 // "" = no event ([---])
  std::string paired_code;          // [a:b]: b, the target's act on the source
  bool has_flags = false;           // flags below replace the block's
  uint32_t flags = 0;
  std::vector<TargetRole> targets;  // empty: the block's
  int weight = 0;                   // words and slots: specificity
  std::string origin;               // "verbs.txt:123"
};

struct VerbBlock {
  std::string name;                 // first trigger ("accuse")
  bool noun = false;                // triggers are event nouns
  std::string code;                 // the bare trigger's code, "" = none
  std::string paired_code;
  uint32_t flags = 0;               // EventFlag bits
  Frame frame = Frame::kNone;
  std::string content;              // frames.tsv row; "" = from the code
  std::vector<TargetRole> targets;  // empty = the coder's default
  std::vector<uint32_t> patterns;   // indices into VerbLexicon::patterns
  bool user = false;                // from a user dictionary: wins ties
  std::string origin;
};

// One way to write a block's trigger: the word looked up plus words that
// must follow it ("lash" + "out"; "call" + "on") or, for nouns, precede it
// ("air" + "strike").
struct Trigger {
  uint32_t block = 0;
  std::vector<std::string> before;
  std::vector<std::string> after;
  std::string code;  // a form's own code, "" = the block's
};

struct VerbLexiconOptions {
  // Directory whose files override the embedded data/ files. Default "".
  std::string data_dir;
  // Load data/events/verbs.txt. Default true.
  bool builtin = true;
  // Directories or files of PETRARCH/TABARI verb dictionaries: every file
  // named *verbs*.txt or CAMEO*.txt in a directory. Default: none.
  std::vector<std::string> user_dirs;
};

struct VerbFileStats {
  std::string file;
  size_t blocks = 0, triggers = 0, patterns = 0, synsets = 0;
  size_t skipped_lines = 0;  // lines not understood (reported, not fatal)
};

class VerbLexicon {
 public:
  static Result<std::unique_ptr<VerbLexicon>> Load(const VerbLexiconOptions& options);
  // An empty lexicon, for tests that add text with the Add* methods.
  static std::unique_ptr<VerbLexicon> Empty();

  // The project's format. A line it cannot read is an error (it is ours).
  Status AddBuiltin(std::string_view text, std::string_view origin);
  // PETRARCH-2 (CAMEO.2.0.txt) and PETRARCH-1/TABARI-style verb files. Lines
  // it cannot read are counted in files() and skipped, as PETRARCH does.
  Status AddPetrarch(std::string_view text, std::string_view origin);

  // Triggers looked up by a lower-case word: a verb lemma or form, an event
  // noun (its last word, singular or plural). Empty span if none.
  std::span<const Trigger> VerbTriggers(std::string_view word) const;
  std::span<const Trigger> NounTriggers(std::string_view word) const;

  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  size_t block_count() const { return blocks_.size(); }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t pattern_count() const { return patterns_.size(); }
  // Members of a synset: each a sequence of items (words, nested synsets).
  const std::vector<std::vector<PatternItem>>& synset(int32_t i) const {
    return synsets_[i].members;
  }
  const std::string& synset_name(int32_t i) const { return synsets_[i].name; }
  // Members of synset i that can start with this word (members that start
  // with a word are indexed by it; the others, starting with a nested
  // synset, are in `others`). For fast matching.
  std::span<const uint32_t> SynsetMembersStartingWith(int32_t i, std::string_view word) const {
    const auto& idx = synsets_[i].by_first_word;
    auto it = idx.find(word);
    if (it == idx.end()) return {};
    return it->second;
  }
  std::span<const uint32_t> SynsetOtherMembers(int32_t i) const { return synsets_[i].others; }
  // The synset of this lower-case name (without '&'), or -1.
  int32_t FindSynset(std::string_view name) const {
    auto it = synset_index_.find(name);
    return it == synset_index_.end() ? -1 : it->second;
  }
  size_t synset_count() const { return synsets_.size(); }
  const std::vector<VerbFileStats>& files() const { return files_; }

 private:
  struct Synset {
    std::string name;
    std::vector<std::vector<PatternItem>> members;
    bool defined = false;
    StringMap<std::vector<uint32_t>> by_first_word;
    std::vector<uint32_t> others;
  };
  void IndexSynsets();
  friend class LexiconParser;
  VerbLexicon() = default;
  int32_t SynsetId(std::string_view name);  // creates an undefined entry
  Status Finish(std::string_view origin);   // checks synsets are defined

  std::vector<VerbBlock> blocks_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  StringMap<int32_t> synset_index_;
  StringMap<std::vector<Trigger>> verbs_;
  StringMap<std::vector<Trigger>> nouns_;
  std::vector<VerbFileStats> files_;
};

// Regular English forms of a verb ("accuse" -> accuses, accused, accusing)
// and plural of a noun ("sanction" -> sanctions), lower case.
std::vector<std::string> RegularVerbForms(std::string_view verb);
std::string PluralOf(std::string_view noun);

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_VERB_LEXICON_H_

// CueLexicon: the attribution cues of data/quotes/ (speech, writing, belief
// and report verbs with their word forms, and phrases such as "according
// to"), loaded once and shared read-only.
//
//   auto cues = CueLexicon::Load(options.data_dir);
//   const Cue* c = (*cues)->Find("warned");   // lemma "warn", kThat
#ifndef NEWSMILL_QUOTES_CUE_LEXICON_H_
#define NEWSMILL_QUOTES_CUE_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/flat_string_map.h"

namespace newsmill {

struct Cue {
  enum Class : uint8_t { kSpeech, kWriting, kBelief, kReport };
  // How the reported content follows the cue verb.
  enum Complement : uint8_t {
    kThat,   // a clause: said (that) ...
    kObject, // an addressee, then a clause: told reporters (that) ...
    kOf,     // an accused party and "of": accused X of ...
    kTo,     // an addressee and "to": urged X to ...
    kQuote,  // direct quotations only: "...," he added
    kRest,   // the rest of the clause: called the plan "a disaster"
    kQuestion,  // an addressee, then a question or an order: asked X
                // whether ..., asked X to ...
  };
  std::string lemma;      // "say", "lash out"
  std::string particle;   // "out" for "lash out", else ""
  Class cls = kSpeech;
  Complement complement = kThat;
  // With kThat: an object noun phrase is also what was said ("announced a
  // plan", "noted the rule"), not only a clause (cues.tsv: "that+np").
  bool object_content = false;
  // With kThat: an infinitive right after the cue is what was said too
  // ("vowed to fight on"; cues.tsv: "that+to").
  bool infinitive_content = false;
  // With kThat: only a clause that opens with "that" ("charged that ...";
  // "charges fees" and "charges between $20 and $30" report nothing;
  // cues.tsv: "that-only").
  bool that_only = false;
};

class CueLexicon {
 public:
  static Result<std::unique_ptr<CueLexicon>> Load(const std::string& data_dir);

  // The cues a lower-case word form belongs to (those with a particle
  // first: "called" -> "call for", "call"), or nullptr.
  const std::vector<size_t>* Find(std::string_view lower_form) const {
    return forms_.Find(lower_form);
  }
  const Cue& cue(size_t i) const { return cues_[i]; }
  // Calls fn(form) for every word form of every cue.
  template <typename Fn>
  void ForEachForm(Fn fn) const {
    forms_.ForEach([&](std::string_view f, const std::vector<size_t>&) { fn(f); });
  }
  // Phrases that introduce a source ("according to"), as lower-case words.
  const std::vector<std::vector<std::string>>& according() const {
    return according_;
  }
  // Settings of speech that may sit between a cue and its content ("in a
  // statement", "at a news conference").
  const std::vector<std::vector<std::string>>& media() const { return media_; }

 private:
  std::vector<Cue> cues_;
  FlatStringMap<std::vector<size_t>> forms_;
  std::vector<std::vector<std::string>> according_;
  std::vector<std::vector<std::string>> media_;
};

}  // namespace newsmill

#endif  // NEWSMILL_QUOTES_CUE_LEXICON_H_

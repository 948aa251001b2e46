#include "quotes/quote_finder.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/embedded_data.h"
#include "base/flat_string_map.h"
#include "base/string_map.h"
#include "base/strings.h"
#include "quotes/cue_lexicon.h"
#include "syntax/clauses.h"
#include "syntax/syntax.h"
#include "text/chars.h"

namespace newsmill {
namespace {

// From this many quotations on, the finder indexes what it would otherwise
// read in full once per quotation (a page of thousands stays linear; a
// news article is read plainly, which is faster at its size).
constexpr size_t kManyQuotes = 32;

constexpr uint32_t kMaxSpeakerTokens = 9;
constexpr uint32_t kAttributionWindow = 24;  // tokens after a closing mark
constexpr int kMinUnattributedWords = 6;

// Word classes of data/quotes/words.tsv.
struct WordClasses {
  StringSet between, boundary, pronoun, determiner, clause, end, time, document, calendar,
      comment, occasion;

  // Every class of a lower-case word as bits, with the first words of the
  // cue lexicon's phrases, so that the finder looks each token up once.
  enum Bit : uint16_t {
    kBetween = 1, kBoundary = 2, kPronoun = 4, kDeterminer = 8, kClause = 16,
    kEnd = 32, kMediumStart = 64, kAccordingStart = 128, kCueForm = 256,
    kTime = 512, kDocument = 1024, kCalendar = 2048, kComment = 4096,
    kOccasion = 8192,
  };
  FlatStringMap<uint16_t> bits;
  // First two bytes of every key (a word's first byte and 0 for one-letter
  // words): most tokens are ruled out without hashing.
  std::vector<uint8_t> starts = std::vector<uint8_t>(1 << 16, 0);
  bool MayHaveBits(std::string_view lower) const {
    if (lower.empty()) return false;
    uint32_t k = static_cast<unsigned char>(lower[0]) << 8 |
                 (lower.size() > 1 ? static_cast<unsigned char>(lower[1]) : 0);
    return starts[k] != 0;
  }

  void BuildBits(const CueLexicon& cues) {
    auto add_bit = [&](std::string_view w, uint16_t bit) {
      const uint16_t* old = bits.Find(w);
      bits.Insert(w, static_cast<uint16_t>((old ? *old : 0) | bit));
    };
    auto add = [&](const StringSet& set, uint16_t bit) {
      for (const std::string& w : set) add_bit(w, bit);
    };
    add(between, kBetween);
    add(boundary, kBoundary);
    add(pronoun, kPronoun);
    add(determiner, kDeterminer);
    add(clause, kClause);
    add(end, kEnd);
    add(time, kTime);
    add(document, kDocument);
    add(calendar, kCalendar);
    add(comment, kComment);
    add(occasion, kOccasion);
    for (const auto& m : cues.media()) add_bit(m[0], kMediumStart);
    for (const auto& a : cues.according()) add_bit(a[0], kAccordingStart);
    cues.ForEachForm([&](std::string_view form) { add_bit(form, kCueForm); });
    bits.ForEach([&](std::string_view w, uint16_t) {
      if (w.empty()) return;
      starts[static_cast<unsigned char>(w[0]) << 8 |
             (w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0)] = 1;
    });
  }

  static Result<WordClasses> Load(const std::string& data_dir) {
    WordClasses w;
    auto content = ReadDataFile("quotes/words.tsv", data_dir);
    if (!content.ok()) return content.status();
    size_t line_no = 0;
    for (std::string_view line : Split(*content, '\n')) {
      ++line_no;
      std::string_view t = TrimAscii(line);
      if (t.empty() || t[0] == '#') continue;
      auto f = Split(t, '\t');
      StringSet* set = nullptr;
      if (f.size() == 2) {
        if (f[0] == "between") set = &w.between;
        else if (f[0] == "boundary") set = &w.boundary;
        else if (f[0] == "pronoun") set = &w.pronoun;
        else if (f[0] == "determiner") set = &w.determiner;
        else if (f[0] == "clause") set = &w.clause;
        else if (f[0] == "end") set = &w.end;
        else if (f[0] == "time") set = &w.time;
        else if (f[0] == "document") set = &w.document;
        else if (f[0] == "calendar") set = &w.calendar;
        else if (f[0] == "comment") set = &w.comment;
        else if (f[0] == "occasion") set = &w.occasion;
      }
      if (set == nullptr) {
        return Status::InvalidArgument("data/quotes/words.tsv:" +
                                       std::to_string(line_no) +
                                       ": expected class<TAB>words");
      }
      for (std::string_view word : Split(f[1], ' '))
        if (!word.empty()) set->insert(std::string(word));
    }
    return w;
  }
};

// A nominal subject, active or passive.
bool NominalSubject(Dep d) { return d == Dep::kNsubj || d == Dep::kNsubjPass; }

// Whether w is one of the words of set.
bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (w == x) return true;
  return false;
}

// Copies len bytes from p to out, ASCII letters in lower case, eight bytes
// at a time where p can be read that far (text_end); out has 8 spare bytes.
inline void LowerCopy(const char* p, uint32_t len, const char* text_end, char* out) {
  uint32_t k = 0;
  for (; k < len && p + k + 8 <= text_end; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    const uint64_t low7 = x & 0x7F7F7F7F7F7F7F7FULL;
    const uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3FULL;   // >= 'A'
    const uint64_t gt_z = low7 + 0x2525252525252525ULL;   // > 'Z'
    const uint64_t upper = ~x & (ge_a ^ gt_z) & 0x8080808080808080ULL;
    x |= upper >> 2;  // 0x80 >> 2 = 0x20
    std::memcpy(out + k, &x, 8);
  }
  for (; k < len; ++k) {
    char c = p[k];
    out[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

// A range of tokens [begin, end).
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

// What was found for one quotation: its speaker phrase and cue.
struct Attribution {
  TokenRange speaker;
  int32_t cue = -1;       // cue token
  int32_t cue_last = -1;  // last token of a multi-word cue ("lashed out")
  bool outlet = false;    // the speaker is a news outlet
  TokenRange via{};       // who quoted the speaker ("Apcom quoted X as saying")
};

class Finder {
 public:
  Finder(const CueLexicon& cues, const WordClasses& words, Document& doc)
      : cues_(cues), words_(words), doc_(doc), toks_(doc.tokens) {
    quoted_spans_.clear();
    // One pass over the tokens: sentence index, lower-case form (in one
    // buffer), word classes and cue of each.
    const size_t n_tok = toks_.size();
    sentence_of_.resize(n_tok);
    lower_begin_.resize(n_tok + 1);
    bits_.assign(n_tok, 0);
    cue_cache_.assign(n_tok, nullptr);
    used_cue_.assign(n_tok, false);
    lower_text_.resize(doc_.text.size() + 16);  // padded for LowerCopy, FindPadded
    char* out = lower_text_.data();
    uint32_t n = 0;
    uint32_t sentence = 0;
    // Title-case headlines are found after this pass (TitleCase), only in
    // documents with capitalised words inside sentences.
    title_case_.assign(doc_.sentences.size(), false);
    bool skipped_capitals = false;  // class lookups left for title case
    for (uint32_t i = 0; i < n_tok; ++i) {
      while (sentence + 1 < doc_.sentences.size() &&
             doc_.sentences[sentence].token_end <= i)
        ++sentence;
      sentence_of_[i] = sentence;
      lower_begin_[i] = n;
      const Token& t = toks_[i];
      if (t.kind != TokenKind::kWord) continue;
      const char* p = doc_.text.data() + t.span.begin;
      const uint32_t len = t.span.size();
      LowerCopy(p, len, doc_.text.data() + doc_.text.size(), out + n);
      std::string_view lw(out + n, len);
      n += len;
      // Class words are short, and capitalised only at a sentence start
      // (or in a title-case headline: looked up once the sentence is known).
      if (len > 15) continue;
      if (t.Has(Token::kCapitalized) && !t.Has(Token::kSentenceStart) &&
          !(i > 0 && (toks_[i - 1].kind == TokenKind::kQuoteMark ||
                      toks_[i - 1].kind == TokenKind::kPunct))) {
        skipped_capitals = true;
        // (Names of days and months are written so: only that class.)
        if (len <= 9 && words_.MayHaveBits(lw))
          if (const uint16_t* b = words_.bits.FindPadded(lw))
            bits_[i] = *b & WordClasses::kCalendar;
        continue;
      }
      if (!words_.MayHaveBits(lw)) continue;
      if (const uint16_t* b = words_.bits.FindPadded(lw)) bits_[i] = *b;
    }
    if (skipped_capitals) ClassesOfTitleCaseWords();
    lower_begin_[n_tok] = n;
    tagged_ = !toks_.empty() && toks_[0].pos != Upos::kNone;
    mentions_sorted_ = std::is_sorted(
        doc_.mentions.begin(), doc_.mentions.end(),
        [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    for (const Mention& m : doc_.mentions)
      longest_mention_ = std::max(longest_mention_, m.span.end - m.span.begin);
    for (uint32_t i = 0; i < n_tok; ++i)
      if (bits_[i] & WordClasses::kCueForm) cue_cache_[i] = ComputeCueAt(i);
    // What the finder reads of the parse: the clause of each verb and the
    // noun phrase of each head (cheaper than a full syntax::SyntaxView).
    if (!doc_.clauses.empty()) {
      parsed_ = true;
      clause_of_verb_.assign(toks_.size(), -1);
      for (size_t k = 0; k < doc_.clauses.size(); ++k)
        if (doc_.clauses[k].verb >= 0) clause_of_verb_[doc_.clauses[k].verb] = static_cast<int32_t>(k);
      phrase_of_head_.assign(toks_.size(), -1);
      for (size_t k = 0; k < doc_.phrases.size(); ++k)
        if (doc_.phrases[k].head >= 0) phrase_of_head_[doc_.phrases[k].head] = static_cast<int32_t>(k);
    }
  }

  void Run() {
    FindDirect();
    FindIndirect();
    TrimAtOuterAttribution();
    std::sort(doc_.quotes.begin(), doc_.quotes.end(),
              [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
    NameUnresolvedPronouns();
    ShareContinuedCues();
  }

  // A quotation that continues another's ('"...," he said. "..."', or a
  // paragraph of it) took that one's speaker mention as is; it takes its
  // cue too, the attribution that names the speaker for both. (Done last:
  // the passes before read an empty cue as "no attribution of its own".)
  void ShareContinuedCues() {
    const size_t n = doc_.quotes.size();
    for (size_t k = 0; k < n; ++k) {
      Quote& q = doc_.quotes[k];
      if (!q.cue.empty() || q.speaker_mention.empty() || q.kind != QuoteKind::kDirect) continue;
      // The nearest quotation with the same mention and a cue, before it
      // (a continuation) or after it (a run-on quotation's first piece).
      for (size_t d = 1; d <= 6; ++d) {
        const Quote* other = nullptr;
        if (k >= d && doc_.quotes[k - d].speaker_mention == q.speaker_mention &&
            !doc_.quotes[k - d].cue.empty())
          other = &doc_.quotes[k - d];
        else if (k + d < n && doc_.quotes[k + d].speaker_mention == q.speaker_mention &&
                 !doc_.quotes[k + d].cue.empty())
          other = &doc_.quotes[k + d];
        if (other != nullptr) {
          q.cue = other->cue;
          break;
        }
      }
    }
  }

  // "A spokesman for the department said ... He added that ...": a speaking
  // "he" or "she" that the entities stage linked to no one continues the
  // speaker of the quote before it, in its sentence or the one before,
  // when that speaker is a phrase no entity holds ("A spokesman for the
  // Department"); a named person would have been found. The mention stays
  // the pronoun.
  void NameUnresolvedPronouns() {
    for (size_t k = 1; k < doc_.quotes.size(); ++k) {
      Quote& q = doc_.quotes[k];
      if (q.speaker >= 0 || q.speaker_mention.empty()) continue;
      const std::string_view m = doc_.Text(q.speaker_mention);
      if (m != "he" && m != "He" && m != "she" && m != "She") continue;
      const Quote& p = doc_.quotes[k - 1];
      if (p.speaker >= 0 || p.speaker_name.empty() || p.speaker_mention.empty() ||
          p.sentence + 1 < q.sentence || p.speaker_mention.begin >= q.speaker_mention.begin)
        continue;
      // A phrase whose head is a noun for one person: its last word, or
      // the word before "for" or "of" ("a spokesman for the council").
      std::string_view pm = doc_.Text(p.speaker_mention);
      for (std::string_view prep : {" for ", " of "}) {
        const size_t at = pm.find(prep);
        if (at != std::string_view::npos) pm = pm.substr(0, at);
      }
      const size_t sp = pm.rfind(' ');
      if (sp == std::string_view::npos) continue;
      std::string last = ToLowerAscii(pm.substr(sp + 1));
      static constexpr std::string_view kPersonNouns[] = {
          "official", "minister", "secretary", "director", "executive", "analyst", "economist",
          "lawyer", "manager", "founder", "mep", "mp", "judge", "officer", "source", "coach",
          "president", "leader", "adviser", "advisor", "expert", "author", "critic", "head"};
      const bool person = EndsWith(last, "man") || EndsWith(last, "woman") ||
                          EndsWith(last, "person") ||
                          std::find(std::begin(kPersonNouns), std::end(kPersonNouns), last) !=
                              std::end(kPersonNouns);
      const bool she = m == "she" || m == "She";
      if (!person || (EndsWith(last, "woman") && !she) ||
          (EndsWith(last, "man") && !EndsWith(last, "woman") && she))
        continue;
      q.speaker_name = p.speaker_name;
    }
  }

 private:
  // ---- Token helpers ----

  // Token spans lie inside the text (the text layer's invariant): no
  // bounds check on this hot path.
  std::string_view Text(uint32_t i) const {
    const Span& sp = toks_[i].span;
    return std::string_view(doc_.text.data() + sp.begin, sp.end - sp.begin);
  }
  bool Has(uint32_t i, uint16_t bit) const { return (bits_[i] & bit) != 0; }
  std::string_view Lower(uint32_t i) const {
    return std::string_view(lower_text_.data() + lower_begin_[i],
                            lower_begin_[i + 1] - lower_begin_[i]);
  }
  bool IsWord(uint32_t i) const { return toks_[i].kind == TokenKind::kWord; }
  bool IsPunct(uint32_t i) const {
    return toks_[i].kind == TokenKind::kPunct || toks_[i].kind == TokenKind::kQuoteMark;
  }
  bool IsCapitalized(uint32_t i) const { return toks_[i].Has(Token::kCapitalized); }
  // A hyphen or apostrophe inside a word ("last-minute", "PAC's"): no
  // space on either side.
  bool InWordPunct(uint32_t i) const {
    if (toks_[i].kind != TokenKind::kPunct || toks_[i].Has(Token::kSpaceBefore) ||
        i + 1 >= toks_.size() || toks_[i + 1].Has(Token::kSpaceBefore) || !IsWord(i + 1))
      return false;
    const std::string_view t = Text(i);
    return t == "-" || t == "'" || t == "\u2019";
  }
  static bool IsDashText(std::string_view t) {
    return t == "-" || t == "--" || t == "\u2014" || t == "\u2013" || t == "\u2015";
  }
  const Sentence& SentenceAt(uint32_t token) const {
    return doc_.sentences[sentence_of_[token]];
  }
  bool IsPossessive(uint32_t i) const {
    std::string_view t = Text(i);
    return t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019";
  }

  // Whether token k is a personal pronoun that can only be a subject.
  bool SubjectPronoun(uint32_t k) const {
    return OneOf(Lower(k), {"he", "she", "i", "we", "they"});
  }

  // Whether token k is a number ("38", "four", "one").
  bool NumberWord(uint32_t k) const {
    return toks_[k].kind == TokenKind::kNumber || (tagged_ && toks_[k].pos == Upos::kNum) ||
           Lower(k) == "one";
  }

  // Whether a share of those polled and its cue start at i: "one in four
  // said", "38 percent say", "two-thirds of voters said" ("and one in four
  // said ..." opens a second report).
  bool ShareWithCueAt(uint32_t i, uint32_t end) const {
    if (i >= end || !NumberWord(i)) return false;
    uint32_t k = i + 1;
    if (k + 1 < end && (Lower(k) == "in" || Lower(k) == "of") && NumberWord(k + 1)) {
      k += 2;
    } else if (k < end && (Lower(k) == "percent" || Text(k) == "%")) {
      ++k;
    } else {
      return false;
    }
    // "of voters", "of those polled" before the cue.
    if (k + 1 < end && Lower(k) == "of") {
      ++k;
      while (k < end && k < i + 10 && NounPhraseToken(k) && CueAt(k) == nullptr) ++k;
    }
    return k < end && CueAt(k) != nullptr && tagged_ && toks_[k].pos == Upos::kVerb;
  }

  // A quantifier alone opening the sentence, the subject of a verb after
  // it: "Many fear ...", "Most believe ...".
  bool QuantifierSubject(uint32_t i) const {
    if (!toks_[i].Has(Token::kSentenceStart) && !(i > 0 && Conjunction(i - 1) &&
                                                   toks_[i - 1].Has(Token::kSentenceStart)))
      return false;
    const std::string_view w = Lower(i);
    return w == "many" || w == "most" || w == "some" || w == "few" || w == "others" ||
           w == "several" || w == "both" || w == "all";
  }

  // A third-person cue form the tagger read as a plural noun between a
  // noun and the start of a clause: "Recent polling shows that ...", "The
  // poll shows the race tightening".
  bool VerbReadAsNoun(uint32_t i) const {
    if (i > 0 && (toks_[i].pos == Upos::kNoun || toks_[i].pos == Upos::kAdj) &&
        QuantifierSubject(i - 1))
      return true;
    if (toks_[i].pos != Upos::kNoun || i == 0 || i + 1 >= toks_.size()) return false;
    if (FinalCueReadAsNoun(i)) return true;
    if (i + 2 >= toks_.size()) return false;
    const std::string_view w = Lower(i);
    if (w.size() < 4 || w.back() != 's') return false;
    const Upos before = toks_[i - 1].pos;
    if (before != Upos::kNoun && before != Upos::kPropn) return false;
    const Token& next = toks_[i + 1];
    if (next.Has(Token::kSentenceStart)) return false;
    if (Lower(i + 1) == "that")
      return toks_[i + 2].pos != Upos::kVerb && toks_[i + 2].pos != Upos::kAux;
    return next.pos == Upos::kDet || next.pos == Upos::kPron || next.pos == Upos::kPropn;
  }

  // "..., fundraising reports show.": a cue form that ends the sentence
  // after a comma and a noun phrase is the attribution's verb, whatever
  // the tagger made of it (it reads "reports show" as a compound noun).
  bool FinalCueReadAsNoun(uint32_t i) const {
    const std::string_view end = Text(i + 1);
    if (end != "." && end != "!" && end != "?") return false;
    if (i + 2 < toks_.size() && !toks_[i + 2].Has(Token::kSentenceStart) &&
        toks_[i + 2].kind != TokenKind::kQuoteMark)
      return false;
    const Upos before = toks_[i - 1].pos;
    if (before != Upos::kNoun && before != Upos::kPropn) return false;
    for (uint32_t k = i - 1; k > 0 && k + 6 > i; --k) {
      if (Text(k - 1) == ",") return true;
      const Upos p = toks_[k - 1].pos;
      if (p != Upos::kNoun && p != Upos::kPropn && p != Upos::kAdj && p != Upos::kDet &&
          p != Upos::kNum && !(p == Upos::kVerb && toks_[k - 1].dep == Dep::kAmod))
        return false;
    }
    return false;
  }

  // Whether a sentence is written in title case (a headline): every word of
  // four letters or more capitalised, at least four of them. Most
  // sentences are ruled out by their first long word in lower case.
  bool TitleCase(const Sentence& sen) const {
    int long_words = 0;
    for (uint32_t i = sen.token_begin; i < sen.token_end && i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::kWord || t.span.size() < 4) continue;
      if (Clitic(i)) continue;  // "He’s": ’s is four bytes
      if (!t.Has(Token::kCapitalized) && !t.Has(Token::kAllCaps)) return false;
      ++long_words;
    }
    return long_words >= 4;
  }

  // Word classes of the capitalised words of title-case headlines, which
  // the token pass leaves out (rare: kept out of that loop).
  [[gnu::noinline]] void ClassesOfTitleCaseWords() {
    const char* lower = lower_text_.data();
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      title_case_[si] = TitleCase(doc_.sentences[si]);
      if (!title_case_[si]) continue;
      const Sentence& sen = doc_.sentences[si];
      for (uint32_t i = sen.token_begin; i < sen.token_end && i < toks_.size(); ++i) {
        const Token& t = toks_[i];
        if (t.kind != TokenKind::kWord || !t.Has(Token::kCapitalized) || t.span.size() > 13)
          continue;
        std::string_view lw(lower + lower_begin_[i], t.span.size());
        if (!words_.MayHaveBits(lw)) continue;
        if (const uint16_t* b = words_.bits.FindPadded(lw)) bits_[i] = *b;
      }
    }
  }

  // The cue at token i, if it is a cue verb used as one.
  const Cue* CueAt(uint32_t i) const { return cue_cache_[i]; }

  // Whether a form of "be" stands before token i (a passive when i is a
  // participle: "was accused", "has been called").
  bool AfterBe(uint32_t i) const {
    return i > 0 && OneOf(Lower(i - 1), {"was", "were", "been", "be", "being", "is", "are"});
  }

  // The agent of the passive participle "asked" at i when that agent asks
  // the question after it ("was asked by host John Dickerson whether
  // ..."), else empty.
  TokenRange PassiveQuestionAgent(uint32_t i) const {
    if (Lower(i) != "asked" || i + 3 >= toks_.size() || Lower(i + 1) != "by") return {};
    const uint32_t end = SentenceAt(i).token_end;
    const TokenRange agent = SpeakerAfter(i + 2, end);
    if (agent.empty() || agent.end + 1 >= end ||
        !OneOf(Lower(agent.end),
               {"whether", "if", "what", "how", "why", "who", "when", "where", "which"}))
      return {};
    return agent;
  }

  // Whether a comma stands right before token k, or before a quotation
  // mark right before it ('"historic," telling ...'), after token floor.
  bool CommaBefore(uint32_t k, uint32_t floor) const {
    if (k <= floor) return false;
    return Text(k - 1) == "," || (k > floor + 1 && Text(k - 2) == "," &&
                                  toks_[k - 1].kind == TokenKind::kQuoteMark);
  }

  // Whether token i stands where an inverted attribution's verb does,
  // whatever the tagger read it as: right after a quotation that closes on
  // a comma, "?" or "!", before a capitalised word or a pronoun ('"...,"
  // wrote Edward Nelson').
  bool InvertedAfterQuote(uint32_t i) const {
    if (i < 2 || i + 1 >= toks_.size() || toks_[i - 1].kind != TokenKind::kQuoteMark ||
        !toks_[i - 1].Has(Token::kClosesQuote))
      return false;
    const std::string_view mark = Text(i - 2);
    if (mark != "," && mark != "?" && mark != "!") return false;
    return IsWord(i + 1) && (IsCapitalized(i + 1) || Has(i + 1, WordClasses::kPronoun));
  }

  // "see", "view" and "regard" at i hold a belief only as "X as Y": an
  // "as" (not "such as") after an object of a few words with no verb,
  // preposition or punctuation ("sees these gains as evidence", "views
  // him as a threat"; not "saw the film", "seeing him play as a boy").
  bool AsAfterObject(uint32_t i) const {
    const uint32_t end = SentenceAt(i).token_end;
    uint32_t k = i + 1;
    while (k < end && k < i + 11 && Lower(k) != "as" && IsWord(k) &&
           !(tagged_ && (toks_[k].pos == Upos::kVerb || toks_[k].pos == Upos::kAux ||
                         toks_[k].pos == Upos::kAdp)))
      ++k;
    return k > i + 1 && k + 1 < end && Lower(k) == "as" && Lower(k - 1) != "such";
  }

  const Cue* ComputeCueAt(uint32_t i) const {
    if (!IsWord(i) || !Has(i, WordClasses::kCueForm)) return nullptr;
    const std::vector<size_t>* list = cues_.Find(Lower(i));
    if (list == nullptr) return nullptr;
    // A capitalised form is a name or a heading word ("Iowa State"), except
    // at the start of a sentence and in a headline written in title case
    // ("Rubio Says Reform Was A Sign Of Leadership"), where the tagger's
    // reading of capitalised words is not to be trusted either.
    const bool title_case = title_case_[sentence_of_[i]];
    if (IsCapitalized(i) && !toks_[i].Has(Token::kSentenceStart) && !title_case)
      return nullptr;
    if (title_case) {
      // Only a verb form: "Says", "Told", not "Claims" or "Calls" as nouns
      // after a determiner.
      if (i > 0 && (Has(i - 1, WordClasses::kDeterminer) || IsPossessive(i - 1)))
        return nullptr;
    } else if (tagged_) {
      Upos p = toks_[i].pos;
      if (p != Upos::kVerb && p != Upos::kAux && !VerbReadAsNoun(i) && !InvertedAfterQuote(i))
        return nullptr;
    } else if (i > 0 && (Has(i - 1, WordClasses::kDeterminer) ||
                         IsPossessive(i - 1))) {
      // "the report", "Russia's demands": a noun.
      return nullptr;
    }
    // A participle of naming after its noun ("a party called Veritas", "a
    // man named Smith") reports nothing.
    if (tagged_ && i > 0 && toks_[i].dep == Dep::kAcl && toks_[i].head < static_cast<int32_t>(i) &&
        (toks_[i - 1].pos == Upos::kNoun || toks_[i - 1].pos == Upos::kPropn)) {
      if (NamingParticiple(Lower(i)) && i + 1 < toks_.size() && IsWord(i + 1) &&
          IsCapitalized(i + 1))
        return nullptr;
    }
    // "written" writes only in a perfect ("had written, ..."): "a full
    // written response", "the song, written by ...", "the rules as
    // written" report nothing.
    if (Lower(i) == "written") {
      bool perfect = false;
      for (uint32_t k = i; k-- > 0 && k + 3 >= i && !perfect;) {
        const std::string_view w = Lower(k);
        perfect = w == "have" || w == "has" || w == "had" || w == "'ve" || w == "having" ||
                  w == "\u2019ve";
      }
      if (!perfect) return nullptr;
    }
    // The first word of a noun compound ("a center-left think tank"), which
    // a tagger may read as a verb.
    if (Lower(i) == "think" && i + 1 < toks_.size() &&
        (Lower(i + 1) == "tank" || Lower(i + 1) == "tanks"))
      return nullptr;
    // Nor does a past participle modifying the noun before it ("Ted Cruz,
    // endorsed the day before by ...", "the plan criticised by unions").
    // (With its agent: the parse reads some finite verbs as such
    // participles.)
    if (tagged_ && toks_[i].dep == Dep::kAcl && toks_[i].head >= 0 &&
        toks_[i].head < static_cast<int32_t>(i) && EndsWith(Lower(i), "ed")) {
      bool agent = false;
      for (uint32_t k = i + 1; k < toks_.size() && k < i + 8 && !agent; ++k)
        agent = Lower(k) == "by" && toks_[k].dep == Dep::kCase && toks_[k].head >= 0 &&
                toks_[toks_[k].head].dep == Dep::kOblAgent &&
                toks_[toks_[k].head].head == static_cast<int32_t>(i);
      if (agent) return nullptr;
    }
    // A passive ("was accused of", "has been called") names no speaker.
    if (AfterBe(i)) {
      std::string_view w = Lower(i);
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0 &&
          PassiveQuestionAgent(i).empty())
        return nullptr;
    }
    for (size_t index : *list) {
      const Cue& c = cues_.cue(index);
      if ((c.lemma == "see" || c.lemma == "view" || c.lemma == "regard") && !AsAfterObject(i))
        return nullptr;
      if (c.particle.empty()) return &c;
      if (i + 1 < toks_.size() && Lower(i + 1) == c.particle) return &c;
    }
    return nullptr;
  }

  // True when words (lower case) occur at token i.
  bool PhraseAt(uint32_t i, const std::vector<std::string>& phrase, uint32_t end) const {
    if (i + phrase.size() > end) return false;
    for (size_t k = 0; k < phrase.size(); ++k)
      if (Lower(i + static_cast<uint32_t>(k)) != phrase[k]) return false;
    return true;
  }

  // Length of a medium phrase ("in a statement") at i, or 0.
  uint32_t MediumAt(uint32_t i, uint32_t end) const {
    if (!Has(i, WordClasses::kMediumStart)) return 0;
    for (const auto& m : cues_.media())
      if (PhraseAt(i, m, end)) return static_cast<uint32_t>(m.size());
    return 0;
  }

  // May token i belong to a speaker noun phrase?
  bool NounPhraseToken(uint32_t i) const {
    if (toks_[i].kind == TokenKind::kNumber) return true;
    if (IsPossessive(i)) return true;
    if (tagged_) {
      switch (toks_[i].pos) {
        case Upos::kDet: case Upos::kAdj: case Upos::kNoun: case Upos::kPropn:
        case Upos::kNum: case Upos::kPron: case Upos::kPart:
          return true;
        case Upos::kAdp:
          return Lower(i) == "of";
        case Upos::kPunct:
          return Text(i) == "-";
        case Upos::kSym:
          return Text(i) == "%";  // "34% said"
        case Upos::kVerb:
          // A past participle the parse hangs on a noun as its modifier
          // ("the United States ...", "leaked documents", "Paris-based");
          // not a gerund ("ensuring migrants", "following analysis").
          // (A determiner after it shows a verb of its own: "ministers
          // raised an appeal".)
          return (toks_[i].dep == Dep::kAmod || toks_[i].dep == Dep::kCompound) &&
                 toks_[i].head > static_cast<int32_t>(i) && !IsParticiple(i) &&
                 i + 1 < toks_.size() && toks_[i + 1].pos != Upos::kDet;
        default:
          return false;
      }
    }
    if (toks_[i].kind != TokenKind::kWord) return Text(i) == "-";
    if (Lower(i) == "of") return true;
    if (Has(i, WordClasses::kBoundary)) return false;
    if (cues_.Find(Lower(i)) != nullptr && !IsCapitalized(i)) return false;
    return true;
  }

  // The speaker phrase that ends just before token `end` (exclusive),
  // reading leftwards within the sentence. Skips auxiliaries and adverbs
  // next to the cue ("has also said") and a parenthetical adverb between
  // commas ("Biden, meanwhile, warned").
  TokenRange SpeakerBefore(uint32_t end, uint32_t sentence_begin) const {
    int64_t j = static_cast<int64_t>(end) - 1;
    auto skip_between = [&] {
      while (j >= sentence_begin && IsWord(static_cast<uint32_t>(j)) &&
             Has(static_cast<uint32_t>(j), WordClasses::kBetween))
        --j;
    };
    skip_between();
    // A parenthetical between commas: ", meanwhile," / ", Feb. 1," /
    // ", in a statement,".
    auto skip_parenthetical = [&] {
    if (j > sentence_begin && Text(static_cast<uint32_t>(j)) == ",") {
      int64_t k = j - 1;
      // An apposition ("Mark Jones, a political scientist at Rice
      // University in Houston, said") may be long; other asides are short.
      int64_t window = 7;
      for (int64_t a = j - 1; a > sentence_begin && a >= j - 24; --a) {
        if (Text(static_cast<uint32_t>(a)) != ",") continue;
        std::string_view first = Lower(static_cast<uint32_t>(a + 1));
        if (first == "a" || first == "an" || first == "the" || first == "who") window = 24;
        // A prepositional aside may be long too: "Priebus, in the wake of
        // a new poll showing ..., told".
        if (tagged_ && toks_[static_cast<uint32_t>(a + 1)].pos == Upos::kAdp &&
            a > sentence_begin && IsCapitalized(static_cast<uint32_t>(a - 1)))
          window = 16;
        // A bare apposition after a name: "Robert Smith, attorney for the
        // groups, said".
        const uint32_t f = static_cast<uint32_t>(a + 1);
        if (tagged_ && a > sentence_begin && IsCapitalized(static_cast<uint32_t>(a - 1)) &&
            !IsCapitalized(f) &&
            (toks_[f].pos == Upos::kNoun || toks_[f].pos == Upos::kAdj))
          window = 16;
        break;
      }
      while (k > sentence_begin && k >= j - window && Text(static_cast<uint32_t>(k)) != ",") --k;
      if (k >= sentence_begin && k < j - 1 && Text(static_cast<uint32_t>(k)) == ",") {
        // (A cue inside makes it a report of its own, unless the aside is a
        // relative clause: "Clinton, who called Sanders, told ...".)
        const std::string_view opener = Lower(static_cast<uint32_t>(k + 1));
        const bool relative = opener == "who" || opener == "which" || opener == "whose";
        // (So is a cue in a relative clause of the apposition: "John
        // Kasich, a Republican who has refused to endorse Trump, said".)
        bool parenthetical = true;
        bool in_relative = relative;
        for (int64_t m = k + 1; m < j; ++m) {
          uint32_t t = static_cast<uint32_t>(m);
          const std::string_view w = Lower(t);
          if (m > k + 1 && (w == "who" || w == "which" || w == "whose")) in_relative = true;
          if (toks_[t].kind == TokenKind::kQuoteMark || (CueAt(t) != nullptr && !in_relative))
            parenthetical = false;
          // (Nor is the sentence's main verb with its subject an aside:
          // ", Rep. Lee reacted to the news, saying ..."; a relative
          // clause the parse took for the main one still is.)
          if (parsed_ && !in_relative && toks_[t].head < 0 && toks_[t].pos == Upos::kVerb &&
              !EndsWith(w, "ing") && !OneOf(opener, {"a", "an", "the"})) {
            for (int64_t x = k + 1; x < m; ++x)
              if (toks_[static_cast<uint32_t>(x)].head == static_cast<int32_t>(t) &&
                  NominalSubject(toks_[static_cast<uint32_t>(x)].dep))
                parenthetical = false;
          }
        }
        if (parenthetical) {
          j = k - 1;
          skip_between();
        }
      }
    }
    };
    // An aside between dashes: "Gingrich -- mentioned by Newsmax as the
    // leading choice -- told", "Joyce -- who is listed as an attorney --
    // told" (no quotation or report of its own in it, but in a relative
    // clause).
    if (j > sentence_begin + 2 && IsDashText(Text(static_cast<uint32_t>(j))) &&
        toks_[static_cast<uint32_t>(j)].Has(Token::kSpaceBefore)) {
      int64_t k = j - 1;
      bool aside = true;
      while (k > sentence_begin && k >= j - 30 && !IsDashText(Text(static_cast<uint32_t>(k)))) {
        const uint32_t t = static_cast<uint32_t>(k);
        if (toks_[t].kind == TokenKind::kQuoteMark) aside = false;
        --k;
      }
      if (aside && k > sentence_begin && k < j - 1 && IsDashText(Text(static_cast<uint32_t>(k)))) {
        const std::string_view opener = Lower(static_cast<uint32_t>(k + 1));
        const bool in_relative = opener == "who" || opener == "which" || opener == "whose";
        for (int64_t m = k + 1; m < j && aside; ++m)
          if (CueAt(static_cast<uint32_t>(m)) != nullptr && !in_relative &&
              !(tagged_ && toks_[static_cast<uint32_t>(m)].pos == Upos::kVerb &&
                EndsWith(Lower(static_cast<uint32_t>(m)), "ed") && m == k + 1))
            aside = false;
        if (aside) {
          j = k - 1;
          skip_between();
        }
      }
    }
    // A stray comma after a name's parenthesis: "Gov. John Kasich (R-OH),
    // said".
    if (j > sentence_begin + 1 && Text(static_cast<uint32_t>(j)) == "," &&
        Text(static_cast<uint32_t>(j - 1)) == ")") {
      --j;
    } else {
      skip_parenthetical();
      // An age before the aside: "Jimmy Ghazal, 39, a man visiting Nice
      // with his family, told".
      if (j > sentence_begin + 2 && toks_[static_cast<uint32_t>(j)].kind == TokenKind::kNumber &&
          Text(static_cast<uint32_t>(j - 1)) == "," && IsCapitalized(static_cast<uint32_t>(j - 2)))
        j -= 2;
    }
    // A share of those polled (before the time phrases below, which would
    // read "in five" as one): "One in three said", "nearly four in 10 say".
    if (j >= sentence_begin + 2 && Lower(static_cast<uint32_t>(j - 1)) == "in") {
      if (NumberWord(static_cast<uint32_t>(j)) && NumberWord(static_cast<uint32_t>(j - 2))) {
        int64_t b = j - 2;
        if (b > sentence_begin && tagged_ && toks_[static_cast<uint32_t>(b - 1)].pos == Upos::kAdv)
          --b;
        return TokenRange{static_cast<uint32_t>(b), static_cast<uint32_t>(j) + 1};
      }
    }
    // Where a time phrase between the subject and the cue follows a
    // conjunction ("Scott has freed funds and on Monday announced"): that
    // conjunction.
    int64_t conjunction = -1;
    // An adverbial phrase between subject and verb: "Putin on Tuesday
    // accused", "officials in Kyiv said".
    auto skip_adverbial = [&] {
      // "Wells Fargo this month announced": a time phrase.
      const bool time_phrase = j >= sentence_begin && IsWord(static_cast<uint32_t>(j)) &&
                               Has(static_cast<uint32_t>(j), WordClasses::kTime | WordClasses::kCalendar);
      for (int64_t p = j; p > sentence_begin && p >= j - 4; --p) {
        uint32_t t = static_cast<uint32_t>(p);
        if (!IsWord(t)) return;
        std::string_view w = Lower(t);
        // A subject pronoun or a relative is the subject itself ("an
        // interview in which he accused").
        if (w == "which" || w == "who" || w == "whom" || w == "that" || w == "he" ||
            w == "she" || w == "they" || w == "we" || w == "i" || w == "it")
          return;
        bool prep = w == "on" || w == "in" || w == "at" || w == "during" ||
                    w == "last" || w == "earlier" || w == "late" ||
                    (time_phrase && (w == "this" || w == "past" || w == "next"));
        if (!prep) continue;
        // Adverbs may stand before the phrase too ("Wells Fargo just this
        // month announced").
        int64_t q = p - 1;
        while (q > sentence_begin && IsWord(static_cast<uint32_t>(q)) &&
               Has(static_cast<uint32_t>(q), WordClasses::kBetween))
          --q;
        // A participle between: "a survey published last month showed".
        if (time_phrase && tagged_ && q > sentence_begin &&
            toks_[static_cast<uint32_t>(q)].pos == Upos::kVerb &&
            EndsWith(Lower(static_cast<uint32_t>(q)), "ed") &&
            NounPhraseToken(static_cast<uint32_t>(q - 1)))
          --q;
        if (q >= sentence_begin && NounPhraseToken(static_cast<uint32_t>(q)) &&
            Lower(static_cast<uint32_t>(q)) != "of") {
          j = q;
          skip_between();
          return;
        }
        // A time phrase after an aside: "Chris Christie, who chairs the
        // team, on Sunday defended"; after a conjunction: "... and on
        // Monday announced".
        if (time_phrase && q > sentence_begin && Text(static_cast<uint32_t>(q)) == ",") {
          const int64_t before = j;
          j = q;
          skip_parenthetical();
          if (j != q) return;
          j = before;
        }
        if (time_phrase && q > sentence_begin &&
            (Lower(static_cast<uint32_t>(q)) == "and" || Lower(static_cast<uint32_t>(q)) == "but")) {
          conjunction = q;
          return;
        }
      }
    };
    skip_adverbial();
    // The cue shares the subject of the first verb of its coordination
    // (climbing the conjuncts, and infinitives between: "freed funds to
    // address the problem and on Monday announced").
    if (conjunction >= 0) {
      if (!parsed_ || toks_[end].dep != Dep::kConj) return {};
      int32_t first = static_cast<int32_t>(end);
      for (int guard = 0; guard < 8 && first >= 0 &&
                          (toks_[first].dep == Dep::kConj || toks_[first].dep == Dep::kXcomp);
           ++guard)
        first = toks_[first].head;
      if (first < 0) return {};
      return ParseSubjectBefore(static_cast<uint32_t>(first), sentence_begin,
                                static_cast<uint32_t>(conjunction));
    }
    if (j < sentence_begin) return {};
    if (QuantifierSubject(static_cast<uint32_t>(j)))
      return TokenRange{static_cast<uint32_t>(j), static_cast<uint32_t>(j) + 1};
    uint32_t last = static_cast<uint32_t>(j);
    // A subject pronoun is the whole phrase ("In 2010 she said"), unless a
    // conjunction joins it to another ("Mr. Allen and he said").
    if (SubjectPronoun(last) && (last == sentence_begin || !OneOf(Lower(last - 1), {"and", "or"})))
      return TokenRange{last, last + 1};
    int64_t k = j;
    int64_t skipped = 0;  // tokens of parentheses, not counted in the name
    while (k >= sentence_begin && last - k - skipped < kMaxSpeakerTokens) {
      uint32_t t = static_cast<uint32_t>(k);
      if (toks_[t].Has(Token::kInQuote) != toks_[last].Has(Token::kInQuote)) break;
      if (Text(t) == ")") {
        // A parenthesis inside the name: "Mike Pence (R-IN)".
        int64_t open = k - 1;
        while (open >= sentence_begin && k - open < 24 && Text(static_cast<uint32_t>(open)) != "(")
          --open;
        // (A long one is a name's apposition: "Sen. Chris Murphy (a
        // Connecticut Democrat so boyish he ...)", no quotation in it.)
        bool name_parenthesis = open >= sentence_begin && Text(static_cast<uint32_t>(open)) == "(";
        if (name_parenthesis && k - open >= 8) {
          const uint32_t o = static_cast<uint32_t>(open);
          name_parenthesis = o > sentence_begin && IsCapitalized(o - 1) &&
                             OneOf(Lower(o + 1), {"a", "an", "the"});
          for (uint32_t x = o + 1; x < static_cast<uint32_t>(k) && name_parenthesis; ++x)
            name_parenthesis = toks_[x].kind != TokenKind::kQuoteMark;
        }
        if (name_parenthesis) {
          skipped += k - open + 1;
          k = open - 1;
          continue;
        }
        break;
      }
      // An initial: "Harry M. Reid".
      if (Text(t) == "." && k > sentence_begin && k < j) {
        std::string_view initial = Text(t - 1);
        if (initial.size() == 1 && IsAsciiUpper(initial[0])) {
          k -= 2;
          continue;
        }
      }
      // (Also a pronoun and a name: "he and Mr. Allen said".)
      if (Lower(t) == "and" && k > sentence_begin &&
          (IsCapitalized(t - 1) || SubjectPronoun(t - 1)) &&
          IsCapitalized(t + 1)) {
        --k;
        continue;
      }
      // "Those close to him say", "people familiar with the talks said".
      if ((Lower(t) == "to" || Lower(t) == "with") && k > sentence_begin &&
          OneOf(Lower(t - 1), {"close", "closest", "familiar", "loyal", "near"})) {
        k -= 2;
        continue;
      }
      // "a spokesman for the council said", "an adviser to the governor
      // said": the spokesman speaks.
      if ((Lower(t) == "for" || Lower(t) == "to") && k > sentence_begin &&
          (StartsWith(Lower(t - 1), "spokes") ||
           OneOf(Lower(t - 1), {"adviser", "advisor", "aide", "lawyer", "attorney", "counsel",
                                "strategist", "consultant", "pollster", "manager", "secretary",
                                "director", "ambassador", "envoy", "representative"}))) {
        --k;
        continue;
      }
      if (!NounPhraseToken(t)) break;
      --k;
    }
    TokenRange r{static_cast<uint32_t>(k + 1), last + 1};
    // Trim leading possessive marks and hyphens.
    while (!r.empty() && (Text(r.begin) == "-" || IsPossessive(r.begin))) ++r.begin;
    if (r.empty() || !IsNominal(r)) return {};
    // A time between the subject and the cue that the steps above did not
    // skip ("Trump, whose views ..., last year proposed", "Scott ... and on
    // Monday announced") is no speaker: the parse's subject of the cue
    // speaks, if it stands before the time (else the phrase stays, so that
    // the quotation is kept).
    if (TimePhrase(r)) {
      const TokenRange subject = ParseSubjectBefore(end, sentence_begin, r.begin);
      if (!subject.empty()) return subject;
    }
    return r;
  }

  // Does phrase r end in a word of time ("Monday", "last year", "a statement
  // Wednesday", "April 18", "late August")? Not a name that ends in a month
  // ("Theresa May", "April Ryan").
  bool TimePhrase(const TokenRange& r) const {
    const uint32_t last = r.end - 1;
    auto calendar = [&](uint32_t i) {
      return IsWord(i) && IsCapitalized(i) && Has(i, WordClasses::kCalendar);
    };
    if (toks_[last].kind == TokenKind::kNumber)
      return last > r.begin && calendar(last - 1);
    if (!IsWord(last)) return false;
    // (Not a name: "Kristen Day", "Theresa May", "Resnick-Day".)
    if (last > r.begin && IsCapitalized(last) &&
        (IsCapitalized(last - 1) || Text(last - 1) == "-"))
      return false;
    return Has(last, WordClasses::kTime) || calendar(last);
  }

  // The parse's subject of verb v when it lies in [from, before).
  TokenRange ParseSubjectBefore(uint32_t v, uint32_t from, uint32_t before) const {
    const int cl = ClauseOfVerb(v);
    if (cl < 0) return {};
    const int32_t subject = doc_.clauses[cl].subject;
    if (subject < 0 || (IsWord(static_cast<uint32_t>(subject)) &&
                        Has(static_cast<uint32_t>(subject), WordClasses::kTime)))
      return {};
    const TokenRange r = RangeOf(ArgumentSpan(subject));
    if (r.empty() || r.begin < from || r.end > before) return {};
    return r;
  }

  // The subject, before token c, of the first verb above c in the parse
  // (within eight heads), or none.
  TokenRange SubjectAbove(uint32_t c, uint32_t from) const {
    int32_t h = toks_[c].head;
    for (int guard = 0; h >= 0 && guard < 8; ++guard, h = toks_[h].head) {
      if (toks_[h].pos != Upos::kVerb) continue;
      const TokenRange r = ParseSubjectBefore(static_cast<uint32_t>(h), from, c);
      if (!r.empty()) return r;
    }
    return {};
  }

  // The token before c past the adverbs there ("and then said": "and"),
  // not before token `from`.
  uint32_t WordBeforeAdverbs(uint32_t c, uint32_t from) const {
    uint32_t p = c - 1;
    while (p > from && toks_[p].pos == Upos::kAdv) --p;
    return p;
  }

  // The speaker phrase right after token `begin` (an inverted attribution:
  // "said Putin, the Kremlin leader").
  TokenRange SpeakerAfter(uint32_t begin, uint32_t sentence_end) const {
    uint32_t k = begin;
    while (k < sentence_end && k - begin < kMaxSpeakerTokens) {
      // "Lavrov and Blinken"; "Democratic and independent analysts",
      // "complete but unofficial returns".
      if ((Lower(k) == "and" || (tagged_ && Lower(k) == "but")) && k > begin &&
          k + 1 < sentence_end &&
          ((IsCapitalized(k - 1) && IsCapitalized(k + 1)) ||
           (tagged_ && toks_[k - 1].pos == Upos::kAdj && toks_[k + 1].pos == Upos::kAdj))) {
        ++k;
        continue;
      }
      if (!NounPhraseToken(k)) break;
      ++k;
    }
    TokenRange r{begin, k};
    if (r.empty() || !IsNominal(r)) return {};
    return r;
  }

  // A speaker phrase must hold a name, a noun or a pronoun.
  bool IsNominal(const TokenRange& r) const {
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (!IsWord(i)) continue;
      if (tagged_) {
        Upos p = toks_[i].pos;
        if (p == Upos::kNoun || p == Upos::kPropn || p == Upos::kPron) return true;
        if (p == Upos::kSym && Text(i) == "%") return true;  // a share of those polled
        // A surname the tagger read as a word ("..., Young said", "Rich
        // added"): capitalised inside the sentence, the phrase's last word.
        // (Not in a headline in title case: "Retired General Reveals".)
        if (i + 1 == r.end && IsCapitalized(i) && !toks_[i].Has(Token::kSentenceStart) &&
            !toks_[i].Has(Token::kAllCaps) && !title_case_[sentence_of_[i]] &&
            (p == Upos::kAdj || p == Upos::kVerb || p == Upos::kAdv))
          return true;
        continue;
      }
      if (IsCapitalized(i) || Has(i, WordClasses::kPronoun)) return true;
      if (!Has(i, WordClasses::kDeterminer) && Lower(i) != "of") return true;
    }
    return false;
  }

  // The clauses of sentence si (the clause layer writes them in text order).
  std::span<const Clause> ClausesOf(uint32_t si) const {
    auto lo = std::lower_bound(doc_.clauses.begin(), doc_.clauses.end(), si,
                               [](const Clause& c, uint32_t s) { return c.sentence < s; });
    auto hi = std::upper_bound(lo, doc_.clauses.end(), si,
                               [](uint32_t s, const Clause& c) { return s < c.sentence; });
    return {lo, hi};
  }

  int ClauseOfVerb(uint32_t token) const {
    return parsed_ ? clause_of_verb_[token] : -1;
  }
  // The span naming an argument whose head is token: its noun phrase, else
  // the token.
  Span ArgumentSpan(int32_t token) const {
    if (token < 0) return {};
    int p = phrase_of_head_[token];
    if (p < 0) {
      // No noun phrase: the head with the numbers right before it ("34%").
      uint32_t b = static_cast<uint32_t>(token);
      while (b > 0 && toks_[b - 1].head == token && toks_[b - 1].dep == Dep::kNummod) --b;
      return Span{toks_[b].span.begin, toks_[token].span.end};
    }
    const NounPhrase& np = doc_.phrases[p];
    uint32_t end = np.token_end;
    // A name right after a role noun that the parser hung on it as an
    // apposition, with no comma: "show host Robert Kilroy-Silk".
    if (end < toks_.size() && toks_[end].head == token && toks_[end].dep == Dep::kAppos &&
        toks_[end].pos == Upos::kPropn) {
      const int q = phrase_of_head_[end];
      end = q >= 0 ? std::max<uint32_t>(end + 1, doc_.phrases[q].token_end) : end + 1;
    }
    return Span{toks_[np.token_begin].span.begin, toks_[end - 1].span.end};
  }

  // The tokens covering byte span sp (empty when sp is).
  TokenRange RangeOf(const Span& sp) const {
    if (sp.empty()) return {};
    auto lo = std::lower_bound(toks_.begin(), toks_.end(), sp.begin,
                               [](const Token& t, uint32_t b) { return t.span.end <= b; });
    auto hi = std::lower_bound(toks_.begin(), toks_.end(), sp.end,
                               [](const Token& t, uint32_t e) { return t.span.begin < e; });
    return TokenRange{static_cast<uint32_t>(lo - toks_.begin()),
                      static_cast<uint32_t>(hi - toks_.begin())};
  }

  // What the parse says of a cue verb: its subject (the speaker) and the
  // clause it reports (the content), as token ranges in its sentence. False
  // when the cue heads no clause or its clause is passive.
  bool ParseAttribution(uint32_t c, const Sentence& s, TokenRange* speaker,
                        TokenRange* content) const {
    if (!parsed_) return false;
    int cl = ClauseOfVerb(c);
    if (cl < 0) return false;
    const Clause& clause = doc_.clauses[cl];
    if (clause.passive) return false;
    *speaker = {};
    *content = {};
    // (Not a time the parse took for the subject: "A poll released this
    // week found ...".)
    if (clause.subject >= 0 && !(IsWord(static_cast<uint32_t>(clause.subject)) &&
                                 Has(static_cast<uint32_t>(clause.subject), WordClasses::kTime))) {
      TokenRange r = RangeOf(ArgumentSpan(clause.subject));
      if (!r.empty() && r.begin >= s.token_begin && r.end <= s.token_end &&
          !(r.begin <= c && c < r.end))
        *speaker = r;
    }
    int rep = syntax::ReportedClauseOf(doc_, cl);
    if (rep < 0) rep = ClauseAfterComma(cl);
    if (rep >= 0 && doc_.clauses[rep].verb >= 0) {
      TokenRange r = RangeOf(syntax::SubtreeSpanOf(doc_, doc_.clauses[rep].verb));
      if (!r.empty() && r.begin >= s.token_begin && r.end <= s.token_end) *content = r;
    }
    return true;
  }

  // "For decades, Mr. de Vos noted, the United States has deployed ...":
  // the cue's clause reports the clause with a subject of its own that the
  // parse hung on it as parataxis or a conjunct (no conjunction) right
  // after "noted ,". Its index, or -1.
  int ClauseAfterComma(int cl) const {
    const Clause& self = doc_.clauses[cl];
    if (self.object >= 0 || self.verb < 0) return -1;
    const uint32_t v = static_cast<uint32_t>(self.verb);
    if (v + 2 >= toks_.size() || Text(v + 1) != ",") return -1;
    for (size_t k = static_cast<size_t>(cl) + 1; k < doc_.clauses.size(); ++k) {
      const Clause& x = doc_.clauses[k];
      if (x.sentence != self.sentence || x.verb < 0 ||
          static_cast<uint32_t>(x.verb) > v + static_cast<uint32_t>(syntax::kMaxArcLength))
        break;
      if (x.parent != cl || (x.relation != Dep::kParataxis && x.relation != Dep::kConj) ||
          x.subject < 0 || x.subject_inherited || x.complementizer >= 0)
        continue;
      const TokenRange r = RangeOf(syntax::SubtreeSpanOf(doc_, x.verb));
      if (r.empty() || r.begin != v + 2) continue;
      bool cc = false;
      for (uint32_t j = r.begin; j < r.end && !cc; ++j)
        cc = toks_[j].head == x.verb && toks_[j].dep == Dep::kCc;
      if (!cc) return static_cast<int>(k);
    }
    return -1;
  }

  // ---- Entities ----

  // The entity mentioned in tokens r, preferring a name over a nominal
  // and the last mention (the head of "Kremlin spokesman Dmitry Peskov").
  int32_t EntityIn(const TokenRange& r, int32_t* mention_out = nullptr) const {
    if (r.empty()) return -1;
    int32_t best = -1, best_mention = -1;
    int best_rank = -1;
    Span s{toks_[r.begin].span.begin, toks_[r.end - 1].span.end};
    // The head of the phrase is its last token: a mention must cover it
    // ("Trump's campaign manager Robby Mook" is not Trump).
    // (A parenthesis after a name is no head: "Gov. John Kasich (R-OH)".)
    uint32_t last = r.end - 1;
    if (Text(last) == ")") {
      uint32_t open = last;
      while (open > r.begin && Text(open) != "(") --open;
      if (open > r.begin && Text(open) == "(") last = open - 1;
    }
    const uint32_t head_end = toks_[last].span.end;
    // A person's name before "of" heads the phrase too: "Gov. John Kasich
    // of Ohio", "Senator Jane Roe of Texas".
    // (A place after "of" is none: "the governor of Ohio" is no Ohio.)
    uint32_t person_end = 0, of_begin = 0;
    for (uint32_t k = r.begin + 1; k + 1 < r.end; ++k) {
      if (Lower(k) != "of") continue;
      person_end = toks_[k - 1].span.end;
      of_begin = toks_[k].span.begin;
      break;
    }
    // The entities stage writes mentions in text order: only those that
    // start inside the phrase are read.
    size_t first = 0;
    if (mentions_sorted_) {
      first = static_cast<size_t>(
          std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), s.begin,
                           [](const Mention& m, uint32_t b) { return m.span.begin < b; }) -
          doc_.mentions.begin());
    }
    for (size_t m = first; m < doc_.mentions.size(); ++m) {
      const Mention& mention = doc_.mentions[m];
      if (mentions_sorted_ && mention.span.begin >= s.end) break;
      if (mention.entity < 0 || !s.Contains(mention.span)) continue;
      const Entity& e = doc_.entities[mention.entity];
      if (mention.span.end != head_end && r.end - r.begin > 1 &&
          !(mention.span.end == person_end && e.type == EntityType::kPerson &&
            mention.form == MentionForm::kName))
        continue;
      if (of_begin > 0 && mention.span.begin > of_begin &&
          (e.type == EntityType::kCountry || e.type == EntityType::kPlace))
        continue;
      int rank = 0;
      if (mention.form == MentionForm::kName) rank += 4;
      if (mention.form == MentionForm::kNominal || mention.form == MentionForm::kPronoun) rank += 3;
      if (mention.form == MentionForm::kAdjective) rank -= 4;  // "Russian officials"
      if (e.type == EntityType::kPerson) rank += 2;
      if (e.type == EntityType::kOrganization || e.type == EntityType::kGroup) rank += 1;
      rank = rank * 1000 + static_cast<int>(mention.span.end - s.begin);
      if (rank > best_rank) {
        best_rank = rank;
        best = mention.entity;
        best_mention = static_cast<int32_t>(m);
      }
    }
    if (best < 0) {
      // The phrase is part of a longer name mention ("U.S. Deputy Secretary"
      // of "U.S. Deputy Secretary of State Wendy Sherman"): that person.
      const Span head = toks_[r.end - 1].span;
      // (Mentions in text order: only those that may reach the head, no
      // longer than the longest mention, are read; the scan from the first
      // mention made a 50 MB page quadratic.)
      size_t from = 0;
      if (mentions_sorted_ && head.end > longest_mention_) {
        from = static_cast<size_t>(
            std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(),
                             head.end - longest_mention_,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; }) -
            doc_.mentions.begin());
      }
      for (size_t m = from; m < doc_.mentions.size(); ++m) {
        const Mention& mention = doc_.mentions[m];
        if (mentions_sorted_ && mention.span.begin > s.begin) break;
        if (mention.entity < 0 || mention.form != MentionForm::kName ||
            !mention.span.Contains(head) || mention.span.begin > s.begin)
          continue;
        best = mention.entity;
        best_mention = static_cast<int32_t>(m);
        break;
      }
    }
    if (mention_out != nullptr) *mention_out = best_mention;
    return best;
  }

  bool IsOutletEntity(int32_t e) const {
    if (e < 0) return false;
    const std::string& a = doc_.entities[e].actor;
    return a.size() >= 3 && a.compare(a.size() - 3, 3, "MED") == 0;
  }

  // Does the speaker phrase name an outlet? ("The Hill", "Reuters")
  bool IsOutlet(const TokenRange& r, std::string* name) const {
    int32_t e = EntityIn(r);
    if (!IsOutletEntity(e)) return false;
    *name = doc_.entities[e].name;
    return true;
  }

  static bool IsQuotingWord(std::string_view w) {
    return w == "quoted" || w == "quotes" || w == "cited";
  }
  bool IsQuoting(uint32_t k) const { return IsWord(k) && IsQuotingWord(Lower(k)); }

  // "X quoted Y as saying", the quoting verb at k and "as" at `as`: Y (the
  // phrase between, or its words when no speaker phrase reads there, as in
  // "the general") into *quoted, X (before k, from `from`) into *via. False
  // unless both are found.
  bool QuotedAs(uint32_t k, uint32_t as, uint32_t from, TokenRange* quoted,
                TokenRange* via) const {
    *quoted = *via = {};
    if (as <= k + 1) return false;
    *quoted = SpeakerAfter(k + 1, as);
    if (quoted->empty() && as - (k + 1) <= 8) *quoted = TokenRange{k + 1, as};
    *via = SpeakerBefore(k, from);
    return !quoted->empty() && !via->empty();
  }

  // An outlet named anywhere in r ("the Interfax news agency").
  bool OutletIn(const TokenRange& r, std::string* name) const {
    if (IsOutlet(r, name)) return true;
    for (uint32_t k = r.begin; k < r.end; ++k)
      if (IsCapitalized(k) && IsOutlet(TokenRange{k, k + 1}, name)) return true;
    return false;
  }

  void AddCitedOutlet(const std::string& name) {
    if (std::find(doc_.cited_outlets.begin(), doc_.cited_outlets.end(), name) ==
        doc_.cited_outlets.end())
      doc_.cited_outlets.push_back(name);
  }

  // Fills the speaker fields of q from a speaker phrase.
  // The one person entity whose name ends with `word` (any case), or -1.
  int32_t PersonBySurname(std::string_view word) const {
    int32_t found = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (ent.type != EntityType::kPerson || ent.name.size() <= word.size()) continue;
      std::string_view last = std::string_view(ent.name).substr(ent.name.size() - word.size());
      if (ent.name[ent.name.size() - word.size() - 1] != ' ' || !EqualsIgnoreCase(last, word))
        continue;
      if (found >= 0) return -1;  // two people of that name
      found = static_cast<int32_t>(e);
    }
    return found;
  }

  // A transcript turn: the speaker label ("WALLACE", "SEN. SMITH") that
  // opens quoted text before a colon, as the tokens from `begin`; empty if
  // there is none. *colon is the colon's token.
  TokenRange TurnLabel(uint32_t begin, uint32_t end, uint32_t* colon) const {
    uint32_t k = begin;
    while (k < end && k < begin + 4 && toks_[k].kind == TokenKind::kWord &&
           toks_[k].Has(Token::kAllCaps))
      ++k;
    if (k == begin || k >= end || Text(k) != ":") return {};
    *colon = k;
    return TokenRange{begin, k};
  }

  void SetSpeaker(Quote& q, const TokenRange& given) const {
    if (given.empty()) return;
    TokenRange r = given;
    // "Gordon Humphrey, who told reporters ...": the relative pronoun
    // speaks for the name its clause modifies (by the parse, else the name
    // right before ", who"), when the entities stage found one there.
    if (r.end == r.begin + 1 && (Lower(r.begin) == "who" || Lower(r.begin) == "which")) {
      int32_t last = -1;  // the name's last token
      const int32_t verb = tagged_ ? toks_[r.begin].head : -1;
      if (verb >= 0 && static_cast<size_t>(verb) < toks_.size() &&
          toks_[verb].dep == Dep::kAclRelcl && toks_[verb].head >= 0 &&
          toks_[verb].head < static_cast<int32_t>(r.begin) &&
          toks_[toks_[verb].head].pos == Upos::kPropn)
        last = toks_[verb].head;
      else if (r.begin >= 2 && Text(r.begin - 1) == "," && IsCapitalized(r.begin - 2))
        last = static_cast<int32_t>(r.begin) - 2;
      if (last >= 0) {
        uint32_t b = static_cast<uint32_t>(last);
        // (Not "Even" in "Even Lindsey Graham, who ...".)
        while (b > 0 && IsCapitalized(b - 1) && sentence_of_[b - 1] == sentence_of_[b] &&
               (!tagged_ || toks_[b - 1].pos == Upos::kPropn))
          --b;
        const TokenRange name{b, static_cast<uint32_t>(last) + 1};
        if (EntityIn(name) >= 0) r = name;
      }
      // "one dealer, who asked not to be named", "a research note which
      // showed": a common noun's phrase, by the parse.
      // (Else the noun right before ", who".)
      if (r.end == r.begin + 1 && last < 0 && tagged_) {
        int32_t head = -1;
        if (verb >= 0 && static_cast<size_t>(verb) < toks_.size() &&
            toks_[verb].dep == Dep::kAclRelcl)
          head = toks_[verb].head;
        else if (r.begin >= 2 && Text(r.begin - 1) == ",")
          head = static_cast<int32_t>(r.begin) - 2;
        if (head >= 0 && head < static_cast<int32_t>(r.begin) &&
            (toks_[head].pos == Upos::kNoun || toks_[head].pos == Upos::kPropn) &&
            sentence_of_[head] == sentence_of_[r.begin]) {
          const TokenRange np = RangeOf(ArgumentSpan(head));
          if (!np.empty() && np.end <= r.begin) r = np;
        }
      }
    }
    // "a farmer who said": the noun before the relative pronoun names
    // the speaker (the words that name it here keep the pronoun).
    // (Not when the parse hangs its clause on a noun before the phrase: "a
    // resolution in the Security Council that condemned" is the
    // resolution's.)
    if (r.end > r.begin + 1) {
      const uint32_t rel = r.end - 1;
      const std::string_view w = Lower(rel);
      bool inside = true;
      if (tagged_) {
        const int32_t verb = toks_[rel].head;
        inside = verb >= 0 && static_cast<size_t>(verb) < toks_.size() &&
                 toks_[verb].dep == Dep::kAclRelcl && toks_[verb].head >= static_cast<int32_t>(r.begin) &&
                 toks_[verb].head < static_cast<int32_t>(rel);
      }
      if (inside && (w == "who" || w == "which" || w == "that")) --r.end;
    }
    int32_t mention = -1;
    // "PENCE:" in a transcript: the one person of that surname (the name
    // finder may have taken the capitals for an organisation).
    int32_t person = r.end == r.begin + 1 && toks_[r.begin].Has(Token::kAllCaps)
                         ? PersonBySurname(Text(r.begin))
                         : -1;
    int32_t e = person >= 0 ? -1 : EntityIn(r, &mention);
    if (e >= 0) {
      q.speaker = e;
      q.speaker_name = doc_.entities[e].name;
      q.speaker_mention = doc_.mentions[mention].span;
      // "A spokeswoman for Hillary Clinton", "an adviser to the governor":
      // the one who speaks for the entity is the whole phrase (the entity
      // stays the speaker: its words are the entity's).
      for (uint32_t k = r.begin + 1; tagged_ && k + 1 < r.end; ++k) {
        if ((Lower(k) == "for" || Lower(k) == "to") && toks_[k - 1].pos == Upos::kNoun &&
            !IsCapitalized(k - 1) && toks_[k].span.end <= q.speaker_mention.begin) {
          q.speaker_mention = Span{toks_[r.begin].span.begin, toks_[r.end - 1].span.end};
          break;
        }
      }
    } else if (person >= 0) {
      e = person;
      q.speaker = e;
      q.speaker_name = doc_.entities[e].name;
      q.speaker_mention = toks_[r.begin].span;
    } else {
      q.speaker_mention = Span{toks_[r.begin].span.begin, toks_[r.end - 1].span.end};
      q.speaker_name = std::string(doc_.Text(q.speaker_mention));
    }
    // The words that name the speaker here stay the relative pronoun.
    if (r.begin != given.begin) {
      q.speaker_mention = toks_[given.begin].span;
    } else if (r.end != given.end) {
      q.speaker_mention = Span{toks_[given.begin].span.begin, toks_[given.end - 1].span.end};
    }
  }

  // ---- Direct quotations ----

  // Whether the phrase sp after cue c is the subject of a clause the cue
  // reports, not an inverted speaker: an auxiliary right after it whose
  // clause the parse makes the cue's ('citing "the magic of Trump," said
  // the candidate could win'; not "said the man, who was tired").
  bool ClauseAfterSubject(uint32_t c, const TokenRange& sp, uint32_t sentence_end) const {
    if (!tagged_ || sp.end >= sentence_end) return false;
    // (An auxiliary: a verb right after a name is often a noun or a
    // participle the tagger misread, "said Clinton ally James Carville".)
    int32_t v = static_cast<int32_t>(sp.end);
    if (toks_[v].pos != Upos::kAux || toks_[v].head <= v) return false;
    v = toks_[v].head;
    return toks_[v].head == static_cast<int32_t>(c) && toks_[v].dep == Dep::kCcomp;
  }

  // "...," X said.  /  "...," said X.  /  "...," X told reporters.
  bool AttributionAfter(uint32_t close, Attribution* a) const {
    uint32_t i = close + 1;
    const Sentence& s = SentenceAt(close);
    if (i >= s.token_end) return AttributionInNextSentence(close, a);
    uint32_t end = std::min(s.token_end, close + 1 + kAttributionWindow);
    if (i < end && Text(i) == ",") ++i;
    // '"...," as the mayor put it.'
    if (i + 1 < end && Lower(i) == "as" && IsWord(i + 1) && Lower(i + 1) != "well") ++i;
    if (i >= end) return false;
    // A signature after the quotation: '"..." ― Martha Aguilar'.
    if (toks_[i].kind == TokenKind::kPunct && IsDashText(Text(i))) {
      TokenRange sp = SpeakerAfter(i + 1, s.token_end);
      if (!sp.empty() && IsCapitalized(sp.begin) && RestIsAdverbial(sp.end, s.token_end)) {
        *a = Attribution{sp, -1, -1};
        return true;
      }
      return false;
    }
    // The attribution must start right away, not after a new clause.
    for (uint32_t c = i; c < end; ++c) {
      if (toks_[c].Has(Token::kOpensQuote)) return false;
      // A parenthesis after the name: "Jason Chaffetz (R-Utah) said".
      if (Text(c) == "(" && c > i) {
        uint32_t close_paren = c + 1;
        while (close_paren < end && close_paren < c + 8 && Text(close_paren) != ")" &&
               Text(close_paren) != "(")
          ++close_paren;
        if (close_paren < end && Text(close_paren) == ")") {
          c = close_paren;
          continue;
        }
      }
      if (toks_[c].kind == TokenKind::kPunct && c > i && Text(c) != "," &&
          Text(c) != "." && Text(c) != "-")
        return false;
      // "..., Apcom quoted several lawmakers as saying": the speaker is the
      // one quoted; the one quoting is the source.
      if (c > i && IsQuoting(c)) {
        uint32_t as = c + 1;
        while (as < end && as < c + 10 && Lower(as) != "as" && IsWord(as)) ++as;
        if (as + 1 < s.token_end && Lower(as) == "as" && CueAt(as + 1) != nullptr) {
          TokenRange via, sp;
          if (QuotedAs(c, as, i, &sp, &via) && via.begin == i) {
            *a = Attribution{sp, static_cast<int32_t>(as + 1), static_cast<int32_t>(as + 1)};
            a->via = via;
            return true;
          }
        }
        return false;
      }
      const Cue* cue = CueAt(c);
      if (cue == nullptr) continue;
      if (c == i) {
        // Inverted: "...," said Putin. (A participle is not: '"...,"
        // telling reporters' speaks to them, for the sentence's subject.)
        if (IsParticiple(c)) return false;
        uint32_t after = c + 1 + (cue->particle.empty() ? 0 : 1);
        TokenRange sp = SpeakerAfter(after, s.token_end);
        if (sp.empty() || ClauseAfterSubject(c, sp, s.token_end)) return false;
        *a = Attribution{sp, static_cast<int32_t>(c),
                         static_cast<int32_t>(after - 1)};
        return true;
      }
      TokenRange sp = SpeakerBefore(c, i);
      // A title and name before a role written without commas: '"...," Dr
      // Mike Watts head of exploration said' (the speaker is the name).
      if (!sp.empty() && sp.begin == i + 1 && IsWord(i)) {
        std::string_view t = Lower(i);
        const bool title = t == "dr" || t == "mr" || t == "mrs" || t == "ms" || t == "prof" ||
                           t == "sir" || t == "dame" || t == "lord" || t == "lady";
        if (title) {
          sp.begin = i;
          uint32_t k = i;
          while (k < sp.end && IsWord(k) && IsCapitalized(k)) ++k;
          if (k > i + 1 && k < sp.end) sp.end = k;
        }
      }
      if (sp.empty() || sp.begin != i) return false;
      // The name without its parenthesis ("Jason Chaffetz (R-Utah)").
      if (sp.end - sp.begin > 2 && Text(sp.end - 1) == ")") {
        uint32_t open_paren = sp.end - 1;
        while (open_paren > sp.begin && Text(open_paren) != "(") --open_paren;
        if (open_paren > sp.begin && Text(open_paren) == "(") sp.end = open_paren;
      }
      *a = Attribution{sp, static_cast<int32_t>(c),
                       static_cast<int32_t>(c + (cue->particle.empty() ? 0 : 1))};
      return true;
    }
    return false;
  }

  // Length of a prepositional phrase of place, time or occasion at m
  // reaching exactly to stop ("on Wednesday's Today programme", "at a news
  // conference in Kyiv"): a preposition, then up to eight words that are no
  // verb, cue or quotation mark. 0 if none.
  // The prepositions that open a place or time phrase beside a cue ("said
  // in a statement", "told reporters on Friday").
  static bool PlaceOrTimePreposition(std::string_view p) {
    return p == "in" || p == "on" || p == "at" || p == "during" || p == "after" ||
           p == "before" || p == "from" || p == "outside";
  }

  // Past a place or time phrase at i that comes before a reported clause
  // ("told a meeting in Salem he would ...", "told the station on Friday
  // the budget was ..."): the first word whose heads lead right to a verb
  // opens the clause. i itself when there is no such phrase.
  uint32_t SkipPlaceOrTime(uint32_t i, uint32_t end) const {
    if (!tagged_ || i + 1 >= end || toks_[i].pos != Upos::kAdp) return i;
    if (!PlaceOrTimePreposition(Lower(i))) return i;
    for (uint32_t k = i + 1; k < end && k < i + 8; ++k) {
      if (!IsWord(k) || toks_[k].pos == Upos::kVerb || toks_[k].pos == Upos::kAux ||
          CueAt(k) != nullptr)
        return i;
      uint32_t last = k;
      int32_t h = toks_[k].head;
      for (int guard = 0; h > static_cast<int32_t>(last) && h < static_cast<int32_t>(end) &&
                          guard < 16;
           ++guard) {
        last = static_cast<uint32_t>(h);
        h = toks_[last].head;
      }
      if (last > k && (toks_[last].pos == Upos::kVerb || toks_[last].pos == Upos::kAux))
        return k;
    }
    return i;
  }

  uint32_t PlaceOrTimePhraseAt(uint32_t m, uint32_t stop) const {
    if (!IsWord(m)) return 0;
    if (!PlaceOrTimePreposition(Lower(m))) return 0;
    if (stop <= m + 1 || stop - m > 9) return 0;
    for (uint32_t k = m + 1; k < stop; ++k) {
      if (toks_[k].kind == TokenKind::kQuoteMark || CueAt(k) != nullptr) return 0;
      if (tagged_ && (toks_[k].pos == Upos::kVerb || toks_[k].pos == Upos::kAux)) return 0;
      std::string_view t = Text(k);
      if (t == "," || t == ";" || t == ":" || t == "." || t == "that") return 0;
    }
    return stop - m;
  }

  // '"We will win!" Senator Jeff Sessions said as he opened the vote.':
  // after a quotation that ends in "!" or "?", a capitalised name opens a
  // new sentence for the splitter; that sentence, when it is the speaker,
  // the cue and nothing but adverbials, is the quotation's attribution.
  bool AttributionInNextSentence(uint32_t close, Attribution* a) const {
    if (close < 2 || (Text(close - 1) != "!" && Text(close - 1) != "?")) return false;
    const uint32_t si = sentence_of_[close];
    if (si + 1 >= doc_.sentences.size()) return false;
    const Sentence& next = doc_.sentences[si + 1];
    if (next.token_begin != close + 1 || next.paragraph != doc_.sentences[si].paragraph ||
        !IsWord(next.token_begin) || !IsCapitalized(next.token_begin))
      return false;
    for (uint32_t c = next.token_begin + 1; c < next.token_end && c <= next.token_begin + 10;
         ++c) {
      if (toks_[c].kind != TokenKind::kWord || toks_[c].Has(Token::kInQuote)) return false;
      const Cue* cue = CueAt(c);
      if (cue == nullptr) continue;
      const TokenRange sp = SpeakerBefore(c, next.token_begin);
      if (sp.empty() || sp.begin != next.token_begin) return false;
      const uint32_t last = c + (cue->particle.empty() ? 0 : 1);
      // (Or a clause of the saying's time or manner: "as he launched the
      // process", "when asked"; not "as many as 20 ...".)
      bool rest = RestIsAdverbial(last + 1, next.token_end, Named(sp));
      if (!rest && last + 2 < next.token_end) {
        const std::string_view w = Lower(last + 1);
        const std::string_view w2 = Lower(last + 2);
        rest = (w == "when" || w == "while" || w == "after" || w == "before" ||
                w == "since" || w == "because" ||
                (w == "as" && w2 != "many" && w2 != "much" && w2 != "few" && w2 != "long" &&
                 w2 != "soon" && w2 != "well"));
        rest = rest && !ReportIn(last + 2, next.token_end);
      }
      if (!rest) return false;
      *a = Attribution{sp, static_cast<int32_t>(c), static_cast<int32_t>(last)};
      return true;
    }
    return false;
  }

  // X said: "..."  /  X said, "..."  /  as X felt, "..."
  bool AttributionBefore(uint32_t open, uint32_t close, Attribution* a) const {
    const Sentence& s = SentenceAt(open);
    if (open <= s.token_begin) return AttributionByColon(open, a);
    int64_t j = static_cast<int64_t>(open) - 1;
    const bool marked = Text(static_cast<uint32_t>(j)) == ":" || Text(static_cast<uint32_t>(j)) == ",";
    if (marked) --j;
    // Skip a medium ("said in a statement:") or an addressee ("told reporters:").
    for (int64_t c = j; c >= s.token_begin && c >= j - 6; --c) {
      const Cue* cue = CueAt(static_cast<uint32_t>(c));
      if (cue == nullptr) continue;
      // Findings ("the data show") introduce no quotation without a colon or
      // comma: "an awards show \"similar to the Oscars\"" is a noun.
      if (!marked && cue->cls == Cue::kReport) return false;
      // Everything between the cue and the mark must be a medium, an
      // addressee or adverbs, not a clause of its own.
      uint32_t m = static_cast<uint32_t>(c) + 1 + (cue->particle.empty() ? 0 : 1);
      const uint32_t stop = static_cast<uint32_t>(j) + 1;
      while (m < stop) {
        if (uint32_t n = MediumAt(m, stop)) {
          m += n;
        } else if (IsWord(m) && Has(m, WordClasses::kBetween)) {
          ++m;
        } else if (marked && tagged_ && Text(m) == "," && m + 2 == stop &&
                   toks_[m + 1].pos == Upos::kAdv) {
          m = stop;  // an adverb between commas: 'acknowledged, however, "..."'.
        } else if (uint32_t n = PlaceOrTimePhraseAt(m, stop)) {
          m += n;  // "said on Wednesday's Today programme:"
        } else if (TokenRange r = (Lower(m) == "to" || Lower(m) == "on") && m + 1 < stop
                                      ? SpeakerAfter(m + 1, stop)
                                      : TokenRange{};
                   !r.empty()) {
          // An addressee or a medium after a preposition ("wrote to his
          // 20,000 Twitter followers, "...", "said on Twitter: "...").
          m = r.end;
        } else if (cue->complement == Cue::kObject || cue->complement == Cue::kQuestion) {
          // (A question's addressee too: 'asked the crowd "If ...?"'; not
          // what is asked: 'asked the question "to build on ..."'.)
          TokenRange addressee = SpeakerAfter(m, stop);
          if (addressee.empty() || (cue->complement == Cue::kQuestion &&
                                    (Lower(addressee.end - 1) == "question" ||
                                     Lower(addressee.end - 1) == "questions")))
            break;
          m = addressee.end;
        } else {
          break;
        }
      }
      // Inverted at the sentence's start: 'Said Maier, a farmer, "..."'.
      if (m < stop && marked && c == s.token_begin && IsCapitalized(m - 1) &&
          cue->complement != Cue::kObject) {
        const TokenRange sp = SpeakerAfter(m, stop);
        if (!sp.empty() && (sp.end == stop || RestIsAdverbial(sp.end, stop, Named(sp)))) {
          *a = Attribution{sp, static_cast<int32_t>(c), static_cast<int32_t>(m - 1)};
          return true;
        }
      }
      if (m < stop) return false;
      TokenRange sp = SpeakerBefore(static_cast<uint32_t>(c), s.token_begin);
      if (IsParticiple(static_cast<uint32_t>(c))) sp = ParticipleSpeaker(sp, s);
      // "Mourinho spoke about the game, complaining: ...": a participle after
      // a comma speaks for the sentence's subject.
      // (Else the parse's subject of the verb it hangs on: "As he arrived,
      // Mr Botin greeted the media, saying: ...".)
      if (sp.empty() && c > s.token_begin && Text(static_cast<uint32_t>(c) - 1) == "," &&
          IsParticiple(static_cast<uint32_t>(c))) {
        sp = SubjectOfSentence(s, static_cast<uint32_t>(c));
        if (sp.empty() && parsed_) sp = SubjectAbove(static_cast<uint32_t>(c), s.token_begin);
      }
      // "... did not name them, but told his supporters, "...": a cue
      // conjoined to an earlier verb speaks for that verb's subject.
      if (sp.empty() && c > s.token_begin &&
          (Lower(static_cast<uint32_t>(c) - 1) == "and" ||
           Lower(static_cast<uint32_t>(c) - 1) == "but"))
        sp = SubjectOfSentence(s, static_cast<uint32_t>(c));
      // A subject far from its cue ("Caprice, who left in the fourth
      // eviction having gained 5% of the vote, afterwards said: "...""):
      // the parse's.
      // (After a colon or a comma only: a word in marks after "called" or
      // "seek" is a term, no speech.)
      if (sp.empty() && parsed_ && marked)
        sp = ParseSubjectBefore(static_cast<uint32_t>(c), s.token_begin, static_cast<uint32_t>(c));
      if (sp.empty()) return false;
      *a = Attribution{sp, static_cast<int32_t>(c),
                       static_cast<int32_t>(c + (cue->particle.empty() ? 0 : 1))};
      return true;
    }
    return AttributionBySubject(open, close, a);
  }

  // 'Clinton has since apologized for it: "..."', 'Trump embraced the
  // method -- "..."': a quotation after a colon or a dash that ends a
  // clause whose subject is a person speaks for that person, the clause's
  // verb its cue (by the parse; not a passive: "He was asked: ..."). Only
  // a quotation of six words or more that ends its sentence, and not after
  // the clause the verb reports (that report takes the quotation in:
  // 'added that the deal was: "the best in history."').
  // (This also reads '"Reid said of Cruz in an interview: "..."', where
  // the words between the cue and the colon are more than a medium.)
  bool AttributionBySubject(uint32_t open, uint32_t close, Attribution* a) const {
    if (!parsed_ || open < 2 || close >= toks_.size()) return false;
    int words = 0;
    for (uint32_t k = open + 1; k < close; ++k) words += IsWord(k);
    if (words < kMinUnattributedWords) return false;
    // (Or a participle's phrase after a comma: '...: "...," referencing
    // the lawsuit.')
    const Sentence& last = SentenceAt(close);
    for (uint32_t k = close + 1; k < last.token_end; ++k) {
      if (IsPunct(k)) continue;
      if (tagged_ && toks_[k].pos == Upos::kVerb && IsParticiple(k) && CommaBefore(k, close - 1))
        break;
      return false;
    }
    const Sentence& s = SentenceAt(open);
    const uint32_t mark = open - 1;
    if (mark <= s.token_begin || sentence_of_[mark] != sentence_of_[open] ||
        title_case_[sentence_of_[open]])
      return false;
    const std::string_view m = Text(mark);
    if (m != ":" && !IsDashText(m)) return false;
    int32_t verb = -1;
    for (uint32_t k = s.token_begin; k < mark && verb < 0; ++k)
      if (toks_[k].head < 0) verb = static_cast<int32_t>(k);
    if (verb < 0 || toks_[verb].pos != Upos::kVerb || toks_[verb].Has(Token::kInQuote))
      return false;
    const int cl = ClauseOfVerb(static_cast<uint32_t>(verb));
    if (cl < 0 || doc_.clauses[cl].passive) return false;
    const int rep = syntax::ReportedClauseOf(doc_, cl);
    if (rep >= 0 && doc_.clauses[rep].verb >= 0 &&
        static_cast<uint32_t>(doc_.clauses[rep].verb) < mark)
      return false;
    const TokenRange sp =
        ParseSubjectBefore(static_cast<uint32_t>(verb), s.token_begin, static_cast<uint32_t>(verb));
    if (sp.empty()) return false;
    bool person = false;
    if (sp.end == sp.begin + 1 && (Lower(sp.begin) == "he" || Lower(sp.begin) == "she")) {
      person = true;
    } else {
      const int32_t e = EntityIn(sp);
      person = e >= 0 && doc_.entities[e].type == EntityType::kPerson;
    }
    if (!person) return false;
    // (The parse may make the auxiliary of "has since apologized" the
    // root: the verb it governs right after it is the cue.)
    uint32_t cue = static_cast<uint32_t>(verb);
    const std::string_view root = Lower(cue);
    if (root == "has" || root == "have" || root == "had") {
      for (uint32_t k = cue + 1; k < mark && k <= cue + 3; ++k) {
        if (toks_[k].head == verb && toks_[k].pos == Upos::kVerb) {
          cue = k;
          break;
        }
      }
    }
    *a = Attribution{sp, static_cast<int32_t>(cue), static_cast<int32_t>(cue)};
    return true;
  }

  // A quotation that opens its sentence after one that ends with a colon
  // and an attribution ('Biden said in a statement:' / '"We will ...'), in
  // the same paragraph or the one before.
  bool AttributionByColon(uint32_t open, Attribution* a) const {
    uint32_t si = sentence_of_[open];
    if (si == 0) return false;
    const Sentence& prev = doc_.sentences[si - 1];
    if (prev.paragraph + 1 < SentenceAt(open).paragraph) return false;
    uint32_t last = prev.token_end - 1;
    if (Text(last) != ":") return false;
    for (int64_t c = static_cast<int64_t>(last) - 1;
         c >= prev.token_begin && c >= static_cast<int64_t>(last) - 8; --c) {
      const Cue* cue = CueAt(static_cast<uint32_t>(c));
      if (cue == nullptr || toks_[c].Has(Token::kInQuote)) continue;
      TokenRange sp = SpeakerBefore(static_cast<uint32_t>(c), prev.token_begin);
      if (sp.empty()) {
        // "..., said Putin:"
        sp = SpeakerAfter(static_cast<uint32_t>(c) + 1, last);
      }
      if (sp.empty()) return false;
      *a = Attribution{sp, static_cast<int32_t>(c),
                       static_cast<int32_t>(c + (cue->particle.empty() ? 0 : 1))};
      return true;
    }
    return false;
  }

  // Whether tokens [b, e) read as a title: at most eight words, no question
  // or exclamation mark, and at least two words of three letters or more,
  // every word capitalised except the short words titles keep in lower
  // case ("Fox and Friends", "Here's the Thing"; not "Hamas is Al Qaeda").
  bool IsTitle(uint32_t b, uint32_t e) const {
    static constexpr std::string_view kSmall[] = {
        "the", "and", "for", "of", "or", "nor", "but", "with", "from", "into", "a",  "an",
        "at",  "by",  "in",  "on", "to", "as",  "vs",  "v",    "de",   "la",   "du", "da",
        "von", "van", "der", "el", "y",  "e"};
    int words = 0, long_words = 0;
    for (uint32_t i = b; i < e && i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      if (t.kind == TokenKind::kPunct) {
        std::string_view p = Text(i);
        if (p == "?" || p == "!") return false;
        continue;
      }
      if (t.kind != TokenKind::kWord) continue;
      if (++words > 8) return false;
      if (Clitic(i)) continue;
      const std::string_view w = Lower(i);
      if (std::find(std::begin(kSmall), std::end(kSmall), w) != std::end(kSmall)) continue;
      if (!t.Has(Token::kCapitalized) && !t.Has(Token::kAllCaps)) {
        // (A short word in lower case that titles capitalise: "is", "we".)
        if (t.span.size() < 3 && !std::all_of(w.begin(), w.end(), IsAsciiAlpha)) continue;
        return false;
      }
      if (t.span.size() < 3) continue;
      ++long_words;
    }
    return long_words >= 2;
  }

  int CountWords(const Span& s) const {
    int n = 0;
    bool in_word = false;
    for (uint32_t i = s.begin; i < s.end; ++i) {
      bool w = !IsAsciiSpace(doc_.text[i]);
      if (w && !in_word) ++n;
      in_word = w;
    }
    return n;
  }

  void FindDirect() {
    int32_t last_speaker_para = -1;  // paragraph of the last attributed quote
    Quote last;                      // the last attributed quote
    bool have_last = false;
    uint32_t last_end_sentence = 0;
    // Speakers of run-on groups, found on any of their pieces.
    std::vector<std::pair<int32_t, size_t>> group_quote;  // group -> quote index
    std::unordered_set<int32_t> speaking_groups;           // the groups of group_quote

    for (size_t qi = 0; qi < doc_.quoted.size(); ++qi) {
      const QuotedSpan& qs = doc_.quoted[qi];
      if (qs.depth > 0 || qs.open_token < 0) continue;
      Span content = qs.content;
      // Trim white space inside the marks.
      while (content.begin < content.end && IsAsciiSpace(doc_.text[content.begin])) ++content.begin;
      while (content.end > content.begin && IsAsciiSpace(doc_.text[content.end - 1])) --content.end;
      if (content.empty()) continue;
      uint32_t open = static_cast<uint32_t>(qs.open_token);
      // A title of a work, a show or a slogan ("Morning Joe", "Make America
      // Great Again"), not speech.
      if (IsTitle(open + 1, qs.close_token >= 0 ? static_cast<uint32_t>(qs.close_token)
                                                : static_cast<uint32_t>(toks_.size())))
        continue;
      uint32_t paragraph = SentenceAt(open).paragraph;

      Attribution a;
      bool found = false;
      uint32_t colon = 0;
      const uint32_t close_tok =
          qs.close_token >= 0 ? static_cast<uint32_t>(qs.close_token) : static_cast<uint32_t>(toks_.size());
      TokenRange label = TurnLabel(open + 1, close_tok, &colon);
      if (!label.empty() && colon + 1 < close_tok) {
        // '"WALLACE: Let's start with ...': the label is the speaker, the
        // words after the colon are what they said.
        a = Attribution{label, -1, -1};
        found = true;
        content.begin = std::max(content.begin, toks_[colon + 1].span.begin);
      }
      if (!found && qs.close_token >= 0) {
        found = AttributionAfter(static_cast<uint32_t>(qs.close_token), &a);
        // 'Citing "obligations in Tennessee," the spokeswoman told POLITICO
        // that ...': a participle cue opening the sentence right before the
        // quotation is its cue; the speaker's own verb is left to its
        // report.
        if (found && a.cue >= 0 && open > 0 && IsWord(open - 1) &&
            toks_[open - 1].Has(Token::kSentenceStart) && IsParticiple(open - 1)) {
          const Cue* opener = CueAt(open - 1);
          if (opener != nullptr && opener->particle.empty())
            a.cue = a.cue_last = static_cast<int32_t>(open) - 1;
        }
      }
      // 'Carter placed a note card in a "burn bag," the Times reported': a
      // quotation that ends a clause begun outside the marks, with no cue
      // before it, is part of what the attribution after it reports. (Up
      // to 30 tokens inside the marks; a longer one is a quotation of its
      // own after a sentence's opening words.)
      uint32_t clause_begin = 0;
      bool widen = false;
      if (found && a.cue >= 0 && close_tok - open - 1 <= 30) {
        const uint32_t sb = doc_.sentences[sentence_of_[open]].token_begin;
        widen = open >= sb + 3 && Text(open - 1) != ":" && Text(open - 1) != ",";
        for (uint32_t k = sb; k < open && widen; ++k)
          widen = !(CueAt(k) != nullptr && !toks_[k].Has(Token::kInQuote)) &&
                  toks_[k].kind != TokenKind::kQuoteMark;
        if (widen) clause_begin = sb;
      }
      // A quoted fragment (up to 14 tokens) that the sentence goes on from
      // in lower case ('said "zero" voters would follow him', 'said "we
      // have three weeks to go" until the caucuses') may be part of a
      // reported clause: the report, if one is found, takes it in, mixed.
      // So is one set in the middle of a clause, after a word that is no
      // cue ('said polls could be "way off,"').
      bool fragment = false;
      if (!found && qs.close_token >= 0 && close_tok - open - 1 <= 14) {
        if (close_tok + 1 < toks_.size() && sentence_of_[close_tok + 1] == sentence_of_[open] &&
            IsWord(close_tok + 1) && !Text(close_tok + 1).empty() &&
            Text(close_tok + 1)[0] >= 'a' && Text(close_tok + 1)[0] <= 'z') {
          const std::string_view next = Lower(close_tok + 1);
          fragment = next != "and" && next != "but" && next != "or" && next != "nor" &&
                     next != "so" && next != "then";
        }
        if (open > 0 && sentence_of_[open - 1] == sentence_of_[open] && IsWord(open - 1) &&
            CueAt(open - 1) == nullptr && Lower(open - 1) != "that")
          fragment = true;
      }
      if (!found) found = AttributionBefore(open, close_tok, &a);

      Quote q;
      q.kind = QuoteKind::kDirect;
      q.span = content;
      q.sentence = sentence_of_[open];
      if (widen) {
        q.kind = QuoteKind::kMixed;
        q.span.begin = toks_[clause_begin].span.begin;
        // (Through the closing mark: the fragment is inside.)
        q.span.end = std::max(q.span.end, toks_[close_tok].span.end);
      }
      if (found) {
        std::string outlet;
        if (!a.via.empty() && OutletIn(a.via, &outlet)) {
          q.source = outlet;
          AddCitedOutlet(outlet);
          SetSpeaker(q, a.speaker);
        } else if (IsOutlet(a.speaker, &outlet)) {
          // "...," The Hill reported: the outlet is the source; the speaker
          // is the one this quotation continues.
          q.source = outlet;
          AddCitedOutlet(outlet);
          if (have_last && static_cast<int32_t>(paragraph) == last_speaker_para) {
            q.speaker = last.speaker;
            q.speaker_name = last.speaker_name;
            q.speaker_mention = last.speaker_mention;
          } else {
            SetSpeaker(q, a.speaker);
          }
        } else {
          SetSpeaker(q, a.speaker);
        }
        if (a.cue >= 0) {
          q.cue = Span{toks_[a.cue].span.begin, toks_[a.cue_last].span.end};
          // A fragment leaves its cue to the report it may be part of
          // (which then takes it in; else it stays on its own).
          if (!fragment) used_cue_[a.cue] = true;
        }
      } else {
        // A continuation of the previous speaker: same paragraph, or the
        // next paragraph opening with the quotation.
        // A quotation that opens a paragraph may follow the last speaker's
        // paragraph or the one after it (a paragraph of narration between
        // two of their quotations).
        bool continues =
            have_last && (static_cast<int32_t>(paragraph) == last_speaker_para ||
                          (static_cast<int32_t>(paragraph) <= last_speaker_para + 2 &&
                           toks_[open].Has(Token::kParagraphStart))) &&
            sentence_of_[open] <= last_end_sentence + 5;
        // (A set once there are many: a page of thousands of quotations.)
        bool same_group = false;
        if (group_quote.size() < kManyQuotes) {
          for (const auto& [g, index] : group_quote) same_group |= g == qs.group;
        } else {
          if (speaking_groups.empty())
            for (const auto& [g, index] : group_quote) speaking_groups.insert(g);
          same_group = speaking_groups.count(qs.group) > 0;
        }
        continues = continues || same_group;
        // Someone else's reported speech just before takes over.
        TokenRange reporter;
        if (!same_group && toks_[open].Has(Token::kSentenceStart) &&
            CountWords(content) >= kMinUnattributedWords)
          reporter = ReporterBefore(open);
        if (!reporter.empty()) {
          SetSpeaker(q, reporter);
        } else if (continues) {
          q.speaker = last.speaker;
          q.speaker_name = last.speaker_name;
          q.speaker_mention = last.speaker_mention;
          q.source = last.source;
        } else if (CountWords(content) < kMinUnattributedWords) {
          continue;  // a scare quote or a title, not speech
        } else if (toks_[open].Has(Token::kParagraphStart)) {
          // A paragraph of quotation after a paragraph about a person
          // ("Valastro praised Christie's leadership ..." / "“We need
          // someone ...”") is theirs.
          TokenRange who = PersonIntroducing(open);
          if (!who.empty()) SetSpeaker(q, who);
        }
      }
      // A quotation inside reported speech ('said the plan was "dead"') is
      // left to the indirect pass, which makes the report mixed.
      if (!found && q.speaker_name.empty() && InsideReportedClause(open)) continue;
      doc_.quotes.push_back(q);
      quoted_spans_.push_back(qi);
      if (found || !q.speaker_name.empty()) {
        last = q;
        have_last = true;
        last_speaker_para = static_cast<int32_t>(paragraph);
        uint32_t end_tok = qs.close_token >= 0 ? static_cast<uint32_t>(qs.close_token) : open;
        last_end_sentence = sentence_of_[end_tok];
        group_quote.emplace_back(qs.group, doc_.quotes.size() - 1);
        if (!speaking_groups.empty()) speaking_groups.insert(qs.group);
      }
    }
    // Pieces of a run-on quotation before the piece that names the speaker.
    // (From kManyQuotes on, the pieces with a speaker by group, in the
    // order found: a page of thousands is not read once per quotation.)
    std::unordered_map<int32_t, std::vector<size_t>> speaking_pieces;
    if (group_quote.size() >= kManyQuotes)
      for (const auto& [g, index] : group_quote) speaking_pieces[g].push_back(index);
    // The first piece of `group` whose speaker is named, or null.
    auto named_piece = [&](int32_t group) -> const Quote* {
      if (group_quote.size() < kManyQuotes) {
        for (const auto& [g, index] : group_quote)
          if (g == group && !doc_.quotes[index].speaker_name.empty()) return &doc_.quotes[index];
        return nullptr;
      }
      auto found = speaking_pieces.find(group);
      if (found != speaking_pieces.end())
        for (size_t index : found->second)
          if (!doc_.quotes[index].speaker_name.empty()) return &doc_.quotes[index];
      return nullptr;
    };
    for (size_t k = 0; k < doc_.quotes.size(); ++k) {
      Quote& q = doc_.quotes[k];
      if (!q.speaker_name.empty()) continue;
      if (const Quote* piece = named_piece(doc_.quoted[quoted_spans_[k]].group)) {
        q.speaker = piece->speaker;
        q.speaker_name = piece->speaker_name;
        q.speaker_mention = piece->speaker_mention;
      }
    }
  }

  // The person the sentence before a paragraph-opening quotation is about:
  // the subject of its main clause when it names a person, or, when it
  // ends with a colon, the person named last in it.
  TokenRange PersonIntroducing(uint32_t open) const {
    uint32_t si = sentence_of_[open];
    if (si == 0) return {};
    const Sentence& prev = doc_.sentences[si - 1];
    if (prev.paragraph + 1 != SentenceAt(open).paragraph) return {};
    auto person = [&](const TokenRange& r) {
      int32_t e = r.empty() ? -1 : EntityIn(r);
      return e >= 0 && doc_.entities[e].type == EntityType::kPerson;
    };
    if (Text(prev.token_end - 1) == ":") {
      for (int64_t i = static_cast<int64_t>(prev.token_end) - 2; i >= prev.token_begin; --i) {
        TokenRange r{static_cast<uint32_t>(i), static_cast<uint32_t>(i) + 1};
        if (IsCapitalized(r.begin) && person(r)) return r;
      }
      return {};
    }
    if (!parsed_) return {};
    for (const Clause& c : ClausesOf(si - 1)) {
      if (c.relation != Dep::kRoot || c.subject < 0) continue;
      TokenRange r = RangeOf(ArgumentSpan(c.subject));
      if (person(r)) return r;
    }
    return {};
  }

  // The person whose main verb is a cue in the sentence before the one
  // opening at `open`, in the same paragraph; empty if none.
  TokenRange ReporterBefore(uint32_t open) const {
    const uint32_t si = sentence_of_[open];
    if (si == 0 || !parsed_) return {};
    const Sentence& prev = doc_.sentences[si - 1];
    if (prev.paragraph != SentenceAt(open).paragraph) return {};
    for (const Clause& c : ClausesOf(si - 1)) {
      if (c.relation != Dep::kRoot || c.subject < 0 || c.verb < 0) continue;
      if (CueAt(static_cast<uint32_t>(c.verb)) == nullptr) continue;
      TokenRange r = RangeOf(ArgumentSpan(c.subject));
      const int32_t e = r.empty() ? -1 : EntityIn(r);
      if (e >= 0 && doc_.entities[e].type == EntityType::kPerson) return r;
    }
    return {};
  }

  // True when the quotation opening at `open` follows a cue verb in its own
  // sentence without an attribution pattern of its own (reported speech).
  bool InsideReportedClause(uint32_t open) const {
    const Sentence& s = SentenceAt(open);
    for (uint32_t i = s.token_begin; i < open; ++i)
      if (CueAt(i) != nullptr) return true;
    return false;
  }

  // ---- Indirect quotations ----

  // Whether an -ing verb follows token `from` within four tokens, before
  // `end`.
  bool ParticipleAfter(uint32_t from, uint32_t end) const {
    for (uint32_t k = from + 1; k < end && k <= from + 4; ++k) {
      const std::string_view w = Lower(k);
      if (toks_[k].pos == Upos::kVerb && w.size() > 4 && w.substr(w.size() - 3) == "ing")
        return true;
    }
    return false;
  }

  // Whether verb k, parsed as a relative clause, has a subject and an
  // object of its own (tokens in (from, end)): no gap, so no relative
  // clause ("said the attention on the race this time helped Clinton").
  bool FullClause(uint32_t k, uint32_t from, uint32_t end) const {
    bool subject = false, object = false;
    for (uint32_t j = from + 1; j < end; ++j) {
      if (toks_[j].head != static_cast<int32_t>(k)) continue;
      subject |= toks_[j].dep == Dep::kNsubj;
      object |= toks_[j].dep == Dep::kObj;
    }
    return subject && object;
  }

  // Whether a finite verb (a tensed auxiliary, or an inflected verb that is
  // no participle) follows token `from` before `end`, other than the verb
  // of a relative clause ("said the words that he chose").
  // "said the family deserved better": the parse hangs the reported
  // clause's past-tense verb on the cue's object as a reduced relative; a
  // verb right after the object noun that is no participle before its
  // preposition ("the man named by police") is the clause's.
  bool ClauseVerbReadAsModifier(uint32_t object, uint32_t end) const {
    const uint32_t v = object + 1;
    if (!parsed_ || v >= end) return false;
    const Token& t = toks_[v];
    if (t.pos != Upos::kVerb || t.dep != Dep::kAcl || t.head != static_cast<int32_t>(object))
      return false;
    const std::string_view w = Lower(v);
    if (t.lemma.empty() || w == t.lemma || IsParticiple(v)) return false;
    if (NamingParticiple(w)) return false;  // "a book called ..."
    // (A participle with its preposition: "windshields riddled with
    // holes", "cars equipped with pumps"; "looked like" is a verb's.)
    return !(v + 1 < end && tagged_ && toks_[v + 1].pos == Upos::kAdp && Lower(v + 1) != "like");
  }

  // A participle that names what it follows: "a party called Veritas", "a
  // book titled ...".
  static bool NamingParticiple(std::string_view w) {
    return w == "called" || w == "named" || w == "dubbed" || w == "nicknamed" ||
           w == "titled" || w == "entitled" || w == "known";
  }

  // Whether [b, e) holds a verb of a clause, not only of a modifier ("Ellen
  // Simonetti, known as ...", "Bruce Misamore, who had moved ..."). Without
  // a parse: true.
  bool ClauseVerbIn(uint32_t b, uint32_t e) const {
    if (!parsed_) return true;
    for (uint32_t k = b; k < e; ++k) {
      const Token& t = toks_[k];
      if (t.pos != Upos::kVerb && t.pos != Upos::kAux) continue;
      const Token& v = t.pos == Upos::kAux && t.head >= 0 ? toks_[t.head] : t;
      if (v.dep != Dep::kAcl && v.dep != Dep::kAclRelcl && v.dep != Dep::kAmod) return true;
    }
    return false;
  }

  bool FiniteVerbAfter(uint32_t from, uint32_t end, bool plain_present = false) const {
    static constexpr std::string_view kRelative[] = {"who", "which", "that",
                                                     "whom", "whose"};
    static constexpr std::string_view kNonFinite[] = {"be", "been", "being",
                                                      "having", "to"};
    bool relative = false;
    for (uint32_t k = from + 1; k < end; ++k) {
      const std::string_view w = Lower(k);
      if (std::find(std::begin(kRelative), std::end(kRelative), w) !=
          std::end(kRelative)) {
        relative = true;
        continue;
      }
      const Token& t = toks_[k];
      // The relative's own verb ("anybody who complains is ..."), finite
      // or not, ends the relative.
      if (relative && t.pos == Upos::kVerb && t.dep == Dep::kAclRelcl) {
        relative = false;
        continue;
      }
      bool finite = false;
      if (t.pos == Upos::kAux) {
        finite = std::find(std::begin(kNonFinite), std::end(kNonFinite), w) ==
                 std::end(kNonFinite);
      } else if (t.pos == Upos::kVerb && !t.lemma.empty() && w != t.lemma &&
                 !(w.size() > 4 && w.substr(w.size() - 3) == "ing") &&
                 (t.dep != Dep::kAcl && (t.dep != Dep::kAclRelcl || FullClause(k, from, end))) &&
                 !(k > 0 && toks_[k - 1].pos == Upos::kAux)) {
        finite = true;
      } else if (plain_present && t.pos == Upos::kVerb && w == t.lemma && k > from + 1) {
        // A plain form after a plural subject, past adverbs, is a present
        // tense ("union voters almost always end up ...", "they say"),
        // whatever the parse hung it on. (Only when asked: after an object
        // it is not, "helps consumers know ...".)
        uint32_t j = k - 1;
        while (j > from + 1 && toks_[j].pos == Upos::kAdv) --j;
        const Token& before = toks_[j];
        const std::string_view bw = Lower(j);
        finite = (before.pos == Upos::kNoun && bw.size() > 3 && bw.back() == 's' &&
                  !EndsWith(bw, "ss")) ||
                 (before.pos == Upos::kPron && OneOf(bw, {"they", "we", "i", "you"}));
      }
      if (!finite) continue;
      if (!relative) return true;
      relative = false;
    }
    return false;
  }

  // Where reported content that starts at `begin` ends (exclusive).
  // Whether the words after the comma at i belong, by the parse, to a
  // clause of a verb before the content that starts at begin: the
  // reporting verb's participle or second verb ("said Trump represents
  // \"New York values,\" stating during the debate that ..."), not the
  // content's.
  bool ClauseOutsideAfter(uint32_t begin, uint32_t i) const {
    if (!parsed_ || i + 1 >= toks_.size()) return false;
    int32_t x = static_cast<int32_t>(i) + 1;
    for (int guard = 0; guard < 64; ++guard) {
      const int32_t h = toks_[x].head;
      // The sentence's main verb after the comma, with its own subject
      // there: the report before it sits in a clause of its ("Since June,
      // when he asked supporters to run, 21,000 said they would").
      if (h < 0) {
        if (x <= static_cast<int32_t>(i) || toks_[x].pos != Upos::kVerb) return false;
        for (int32_t k = static_cast<int32_t>(i) + 1; k < x; ++k)
          if (toks_[k].head == x && NominalSubject(toks_[k].dep))
            return true;
        return false;
      }
      if (h >= static_cast<int32_t>(begin) && h < static_cast<int32_t>(i)) return false;
      if (h < static_cast<int32_t>(begin)) {
        // A participle right after the comma, or a verb with a subject of
        // its own ("..., and other leaders said ..."; not a relative
        // pronoun: "..., which starts in May").
        const Dep d = toks_[x].dep;
        if (x <= static_cast<int32_t>(i) || toks_[x].pos != Upos::kVerb) return false;
        if (d == Dep::kAdvcl) return x == static_cast<int32_t>(i) + 1 && IsParticiple(i + 1);
        if (d != Dep::kConj && d != Dep::kParataxis) return false;
        for (uint32_t k = i + 1; k < static_cast<uint32_t>(x); ++k)
          if (toks_[k].head == x && NominalSubject(toks_[k].dep))
            return !Subordinator(k);
        return false;
      }
      x = h;
    }
    return false;
  }

  // "Cruz came in second in the latest CNN poll", "In a new survey,
  // most voters ...": a finding credited to a poll or survey by "in", the
  // phrase hung on the clause's verb. The clause is what the poll says,
  // the poll its source, "in" the cue.
  bool PollAttribution(const Sentence& s) {
    if (!parsed_) return false;
    auto poll = [&](uint32_t k) {
      const std::string_view w = Lower(k);
      return w == "poll" || w == "polls" || w == "survey" || w == "surveys";
    };
    for (uint32_t i = s.token_begin; i + 1 < s.token_end; ++i) {
      if (Lower(i) != "in" || toks_[i].Has(Token::kInQuote)) continue;
      // (The poll's name may hold slashes and hyphens: "an NBC News/Wall
      // Street Journal/Marist poll".)
      uint32_t j = i + 1;
      while (j < s.token_end && j < i + 12 && !poll(j) &&
             (IsWord(j) || ((Text(j) == "/" || Text(j) == "-") && j > i + 1 && IsWord(j - 1) &&
                            !toks_[j].Has(Token::kSpaceBefore))) &&
             !(tagged_ && toks_[j].pos == Upos::kAdp))
        ++j;
      if (j >= s.token_end || !poll(j)) continue;
      // The verb the poll phrase hangs on: directly, or through the nouns
      // of its object ("took 6 percent of the vote in a ... poll").
      // (Only through an object's nouns: "before Carson's drop in national
      // polls" dates the clause.)
      int32_t v = toks_[j].head;
      bool through_noun = false;
      for (int step = 0; step < 3 && v >= 0 && toks_[j].dep == Dep::kNmod &&
                         (toks_[v].pos == Upos::kNoun || toks_[v].pos == Upos::kNum ||
                          toks_[v].pos == Upos::kPropn) &&
                         (toks_[v].dep == Dep::kObj || toks_[v].dep == Dep::kNmod);
           ++step) {
        through_noun = toks_[v].dep == Dep::kObj;
        v = toks_[v].head;
        if (through_noun) break;
      }
      if ((toks_[j].dep != Dep::kObl && !through_noun) || v < 0 ||
          toks_[v].pos != Upos::kVerb || (toks_[v].head >= 0 && toks_[v].dep != Dep::kConj))
        continue;
      const TokenRange source{i + 1, j + 1};
      // (Not the general "in the polls": a poll of its own.)
      if (j == i + 1 || (j == i + 2 && Lower(i + 1) == "the" && Lower(j).back() == 's')) continue;
      if (i == s.token_begin) {
        // "In a new poll, most voters ...", "In a Register poll last
        // month, ...", "In a poll released Sunday, ...".
        uint32_t comma = j + 1;
        while (comma < s.token_end && comma < j + 5 && IsWord(comma) && CueAt(comma) == nullptr)
          ++comma;
        // (Past a participle's phrase between commas: ", conducted in
        // early September,".)
        if (comma + 2 < s.token_end && Text(comma) == "," && tagged_ &&
            toks_[comma + 1].pos == Upos::kVerb) {
          uint32_t k = comma + 1;
          while (k < s.token_end && k < comma + 9 && Text(k) != ",") ++k;
          if (k + 1 < s.token_end && Text(k) == ",") comma = k;
        }
        if (comma + 1 < s.token_end && Text(comma) == ",") {
          AddIndirect(comma + 1, s.token_end, source, static_cast<int32_t>(i),
                      static_cast<int32_t>(i), "");
          return true;
        }
        return false;
      }
      if (i < s.token_begin + 3 || !FiniteVerbAfter(s.token_begin, i)) return false;
      AddIndirect(s.token_begin, i, source, static_cast<int32_t>(i), static_cast<int32_t>(i), "");
      return true;
    }
    return false;
  }

  // Whether a speaker and a cue with words of its own after it start at
  // b: "[and] other party leaders said she had a chance". (Not a relative
  // clause: "and songs that the minister said were ..."; nor a cue with
  // nothing after it: "said the team was tired, and the players agreed"
  // may report both.)
  bool SpeakerWithCueAfter(uint32_t b, uint32_t end) const {
    const TokenRange sp = SpeakerAfter(b, end);
    if (sp.empty() || sp.begin != b || sp.end + 1 >= end || CueAt(sp.end) == nullptr) return false;
    // (A finite verb: not "between the US and Russia to recognise ...",
    // "cabin and maintenance staff - saying ...".)
    if (tagged_ && (toks_[sp.end].pos != Upos::kVerb || IsParticiple(sp.end) ||
                    !IsWord(sp.end - 1) || Lower(sp.end - 1) == "to"))
      return false;
    for (uint32_t k = sp.begin; k < sp.end; ++k)
      if (Subordinator(k)) return false;
    return true;
  }

  // Whether tokens [begin, cc) hold no verb (a noun phrase) and the conjunct
  // at h after the conjunction cc is a predicate: a verb, or a word with an
  // auxiliary or a copula of its own ("and has been a critic").
  bool NominalThenPredicate(uint32_t begin, uint32_t cc, int32_t h) const {
    for (uint32_t k = begin; k < cc; ++k)
      if (toks_[k].pos == Upos::kVerb || toks_[k].pos == Upos::kAux) return false;
    if (toks_[h].pos == Upos::kVerb) return true;
    for (uint32_t k = cc + 1; k < static_cast<uint32_t>(h); ++k)
      if (toks_[k].head == h && (toks_[k].dep == Dep::kAux || toks_[k].dep == Dep::kCop))
        return true;
    return false;
  }

  // Whether the conjunct after the conjunction cc is a verb in the simple
  // past with no subject of its own, joined to the verb of the clause
  // (from begin) that a verb in the simple past reports, in another tense.
  bool SecondPastVerbOfCue(uint32_t begin, uint32_t cc) const {
    const int32_t h = toks_[cc].head;
    if (h <= static_cast<int32_t>(cc) || toks_[h].dep != Dep::kConj) return false;
    const int32_t g = toks_[h].head;
    if (g < static_cast<int32_t>(begin) || g >= static_cast<int32_t>(cc)) return false;
    const int ch = ClauseOfVerb(h), cg = ClauseOfVerb(g);
    if (ch < 0 || cg < 0) return false;
    const Clause& conj = doc_.clauses[ch];
    const Clause& rep = doc_.clauses[cg];
    if (rep.parent < 0 || doc_.clauses[rep.parent].complement != cg) return false;
    // (Not a relative clause the parse takes for the report: "said his
    // members, who lean one way but voted ..., would ...".)
    if (rep.subject >= 0 && (Lower(rep.subject) == "who" || Lower(rep.subject) == "which"))
      return false;
    const Clause& cue = doc_.clauses[rep.parent];
    const auto simple_past = [](const Clause& c) {
      return c.tense == Tense::kPast && c.aspect == Aspect::kSimple &&
             c.modality == Modality::kNone && !c.passive;
    };
    if (!simple_past(conj) || !simple_past(cue) || simple_past(rep) ||
        rep.tense == Tense::kPast)
      return false;
    // No subject of its own, and a word of its own after it ("and praised
    // his team"; not "cut and dried").
    for (uint32_t k = cc + 1; k < static_cast<uint32_t>(h); ++k)
      if (toks_[k].head == h && (toks_[k].dep == Dep::kNsubj || toks_[k].dep == Dep::kNsubjPass ||
                                 toks_[k].dep == Dep::kExpl))
        return false;
    const uint32_t stop = SentenceAt(h).token_end;
    for (uint32_t k = h + 1; k < stop; ++k)
      if (toks_[k].head == h && toks_[k].kind != TokenKind::kPunct) return true;
    return false;
  }

  uint32_t ContentEnd(uint32_t begin, uint32_t sentence_end) const {
    uint32_t end = sentence_end;
    // Drop the final punctuation.
    while (end > begin && (toks_[end - 1].kind == TokenKind::kPunct &&
                           Text(end - 1) != ")" && Text(end - 1) != "]"))
      --end;
    for (uint32_t i = begin; i + 1 < end; ++i) {
      // "... the demand and said ...": a second verb with its own report;
      // "... of leading from behind and Trump says ...": a second speaker.
      if ((Lower(i) == "and" || Lower(i) == "but") && !toks_[i].Has(Token::kInQuote) &&
          (CueAt(i + 1) != nullptr ||
           (i + 2 < end && Has(i + 1, WordClasses::kBetween) && CueAt(i + 2) != nullptr) ||
           SpeakerWithCueAfter(i + 1, end) || ShareWithCueAt(i + 1, end)))
        return i;
      // "described the crash as a tragedy, but stopped short of ...": a
      // conjunction after a comma that joins a verb to the cue ends the
      // content.
      if (parsed_ && toks_[i].dep == Dep::kCc && !toks_[i].Has(Token::kInQuote)) {
        const int32_t h = toks_[i].head;
        // (A second verb of the cue's subject, with none of its own, not
        // "and that ...": "said A, and B" may report B too. Without the
        // comma the parse joins too many verbs of the content to the cue.)
        // (Without the comma when the content is a noun phrase, with no
        // verb of its own: "praised her record as governor and offered to
        // campaign for her", "criticized the plan and has been a critic".)
        if (h > static_cast<int32_t>(i) && h < static_cast<int32_t>(end) &&
            toks_[h].dep == Dep::kConj && toks_[h].head >= 0 &&
            toks_[h].head < static_cast<int32_t>(begin) && Lower(i + 1) != "that" &&
            i > begin && toks_[toks_[h].head].pos == Upos::kVerb &&
            ((Text(i - 1) == "," && toks_[h].pos == Upos::kVerb) ||
             NominalThenPredicate(begin, i, h))) {
          // (Nor after a content with a subject of its own: "said the EU
          // was moving ..., and would ..." joins the content's verbs,
          // whatever the parse says; an object or an order does not.)
          bool own_subject = false;
          for (uint32_t k = begin; k < i && !own_subject; ++k)
            own_subject = toks_[k].dep == Dep::kNsubj || toks_[k].dep == Dep::kNsubjPass ||
                          toks_[k].dep == Dep::kExpl;
          for (uint32_t k = i + 1; k < static_cast<uint32_t>(h) && !own_subject; ++k)
            own_subject = toks_[k].head == h &&
                          (toks_[k].dep == Dep::kNsubj || toks_[k].dep == Dep::kNsubjPass ||
                           toks_[k].dep == Dep::kExpl);
          if (!own_subject) return i;
        }
      }
      // "She said she admires his work and praised his team": a verb in the
      // simple past with no subject of its own, after a reported clause in
      // another tense, is the past-tense cue's second verb, wherever the
      // parse joins it.
      if (parsed_ && toks_[i].dep == Dep::kCc && !toks_[i].Has(Token::kInQuote) &&
          SecondPastVerbOfCue(begin, i))
        return i;
      // ", arguing that ...", "— asserting that ...", ", said one voter":
      // another cue after a comma or a dash opens its own report.
      // (A dash set off by spaces: not the hyphen of "so-called".)
      if ((Text(i) == "," || (IsDashText(Text(i)) && toks_[i].Has(Token::kSpaceBefore))) &&
          !toks_[i].Has(Token::kInQuote) && CueAt(i + 1) != nullptr) {
        if (IsParticiple(i + 1) || (i + 2 < end && !SpeakerAfter(i + 2, end).empty())) return i;
      }
      // (Also after the comma and closing mark of a quoted fragment: 'that
      // he "had a crazy policy," adding ...'.)
      if (Text(i) == "," && i + 2 < end && toks_[i + 1].kind == TokenKind::kQuoteMark &&
          toks_[i + 1].Has(Token::kClosesQuote) && CueAt(i + 2) != nullptr && IsParticiple(i + 2))
        return i + 2;
      // (Or of one with no comma: 'cut £35bn in "wasteful spending" saying
      // the party ...'.)
      if (toks_[i].kind == TokenKind::kQuoteMark && toks_[i].Has(Token::kClosesQuote) &&
          i > begin && CueAt(i + 1) != nullptr && IsParticiple(i + 1) &&
          (!tagged_ || toks_[i + 1].pos == Upos::kVerb))
        return i + 1;
      // A poll's comparison ends the report: "say they like her, compared
      // with 64 percent who say the same of him" (the writer's, with its
      // own report inside).
      if (Lower(i) == "compared" && i > begin + 2 && i + 2 < end &&
          (Lower(i + 1) == "with" || Lower(i + 1) == "to") && !toks_[i].Has(Token::kInQuote)) {
        for (uint32_t k = i + 2; k < end && k < i + 16; ++k)
          if (CueAt(k) != nullptr) return Text(i - 1) == "," ? i - 1 : i;
      }
      // A semicolon ends the report ("said the timing was chance; they
      // only learned ..."), unless it separates the items of a list after
      // a colon ("including: X, who ...; Y, ...").
      if (Text(i) == ";" && !toks_[i].Has(Token::kInQuote)) {
        bool list = false;
        for (uint32_t k = begin; k < i && !list; ++k) list = Text(k) == ":";
        if (!list) return i;
      }
      if (Text(i) != "," || toks_[i].Has(Token::kInQuote)) continue;
      if (ClauseOutsideAfter(begin, i)) return i;
      if (Has(i + 1, WordClasses::kAccordingStart)) {
        for (const auto& phrase : cues_.according())
          if (PhraseAt(i + 1, phrase, end)) return i;
      }
      if (Has(i + 1, WordClasses::kEnd)) return i;
      // ", an acknowledgment that ...", ", a move that ...": the writer's
      // comment on the report, in apposition to the whole of it.
      if (i + 2 < end && (Lower(i + 1) == "a" || Lower(i + 1) == "an")) {
        uint32_t n = i + 2;
        if (n + 1 < end && tagged_ && toks_[n].pos == Upos::kAdj) ++n;
        if (Has(n, WordClasses::kComment)) return i;
      }
      // ", X said" closing another report.
      TokenRange sp = SpeakerAfter(i + 1, end);
      if (!sp.empty() && sp.end < end && CueAt(sp.end) != nullptr) return i;
      // ", another says ...", ", others say ...": a second source of its own.
      if (i + 2 < end && CueAt(i + 2) != nullptr && !toks_[i + 1].Has(Token::kInQuote)) {
        const std::string_view w = Lower(i + 1);
        if (w == "another" || w == "others" || w == "some" || w == "many" || w == "most" ||
            w == "one" || w == "few")
          return i;
      }
      // ", who ..." to the sentence's end after a name: the writer's word
      // on who that is, not the speaker's ("secured the cooperation of
      // Bryan Pagliano, who worked on Clinton's 2008 campaign").
      if (parsed_ && i > begin + 2 && OneOf(Lower(i + 1), {"who", "whose", "which"}) &&
          (toks_[i - 1].pos == Upos::kPropn || toks_[i - 1].pos == Upos::kNoun) &&
          !toks_[i + 1].Has(Token::kInQuote)) {
        const int32_t rel = toks_[i + 1].head;
        if (rel > static_cast<int32_t>(i) && toks_[rel].dep == Dep::kAclRelcl &&
            toks_[rel].head >= static_cast<int32_t>(begin) &&
            toks_[rel].head < static_cast<int32_t>(i)) {
          bool to_end = true;
          for (uint32_t k = i + 2; k < end && to_end; ++k) to_end = Under(k, rel);
          if (to_end) return i;
        }
      }
    }
    return end;
  }

  // Where the predicate after a medial "according to X," starts, when the
  // words before the phrase are a subject with no verb and the words after
  // the comma that closes the phrase hold the clause's verb; else 0.
  uint32_t MedialAccordingRest(const Sentence& s, const TokenRange& phrase) const {
    if (!parsed_ || phrase.begin < s.token_begin + 2 || Text(phrase.begin - 1) != ",") return 0;
    if (ClauseVerbIn(s.token_begin, phrase.begin - 1)) return 0;
    for (uint32_t k = phrase.begin + 2; k < s.token_end && k < phrase.begin + 24; ++k) {
      if (toks_[k].kind == TokenKind::kQuoteMark) return 0;
      if (Text(k) != ",") continue;
      const uint32_t rest = k + 1;
      if (rest + 1 < s.token_end && ClauseVerbIn(rest, s.token_end) &&
          (toks_[rest].pos == Upos::kVerb || toks_[rest].pos == Upos::kAux))
        return rest;
      return 0;
    }
    return 0;
  }

  // The source named by "according to X" in the sentence, if any, and the
  // token range it covers (for exclusion).
  bool AccordingIn(const Sentence& s, TokenRange* source, TokenRange* phrase) const {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      if (!Has(i, WordClasses::kAccordingStart) || toks_[i].Has(Token::kInQuote)) continue;
      for (const auto& p : cues_.according()) {
        if (!PhraseAt(i, p, s.token_end)) continue;
        uint32_t b = i + static_cast<uint32_t>(p.size());
        TokenRange sp = SpeakerAfter(b, s.token_end);
        // "according to state records", "according to exit polls": after
        // "to" a tagger may read the first word as an infinitive.
        if (sp.empty() && tagged_ && b + 1 < s.token_end && toks_[b].pos == Upos::kVerb) {
          TokenRange rest = SpeakerAfter(b + 1, s.token_end);
          // "according to polling by the AFL-CIO".
          if (rest.empty() && b + 2 < s.token_end && (Lower(b + 1) == "by" || Lower(b + 1) == "of"))
            rest = SpeakerAfter(b + 2, s.token_end);
          if (!rest.empty()) sp = TokenRange{b, rest.end};
        }
        // "according to the most recent police data": the noun phrase the
        // parse hangs on "to", whatever its words.
        if (sp.empty() && parsed_ && b < s.token_end) {
          const int32_t to = static_cast<int32_t>(b) - 1;
          int32_t h = toks_[to].head;
          // ("according to" as one preposition: "to" fixed under it.)
          if (h == static_cast<int32_t>(i) && toks_[to].dep == Dep::kFixed) h = toks_[i].head;
          if (h >= static_cast<int32_t>(b) && h < static_cast<int32_t>(s.token_end) &&
              (toks_[h].pos == Upos::kNoun || toks_[h].pos == Upos::kPropn)) {
            const TokenRange np = RangeOf(ArgumentSpan(h));
            if (np.begin == b && np.end > b && np.end <= s.token_end) sp = np;
          }
        }
        // "according to some on Twitter", "according to many in the
        // party", "according to one of his aides": a quantifier standing
        // for people, with the phrase that says which.
        if (sp.empty() && b + 2 < s.token_end && IsWord(b)) {
          const std::string_view q = Lower(b);
          const bool quantifier =
              OneOf(q, {"some", "many", "others", "several", "most", "one", "few", "those"});
          const std::string_view p2 = Lower(b + 1);
          if (quantifier && OneOf(p2, {"on", "in", "at", "of", "inside", "within", "close"})) {
            uint32_t k = b + 2;
            if (p2 == "close" && k < s.token_end && Lower(k) == "to") ++k;
            const TokenRange more = SpeakerAfter(k, s.token_end);
            if (!more.empty() && more.begin == k) sp = TokenRange{b, more.end};
          }
        }
        if (sp.empty()) continue;
        // "according to a poll by the institute", "figures from the
        // statistics office": the phrase names its maker too.
        for (int guard = 0; guard < 3 && sp.end + 1 < s.token_end; ++guard) {
          const std::string_view p2 = Lower(sp.end);
          // ("a Democrat familiar with the talks", "an aide close to him".)
          const bool adjective_pp = (p2 == "with" || p2 == "to") && tagged_ &&
                                    toks_[sp.end - 1].pos == Upos::kAdj;
          if (p2 != "by" && p2 != "from" && p2 != "of" && p2 != "at" && p2 != "for" &&
              !adjective_pp)
            break;
          const TokenRange more = SpeakerAfter(sp.end + 1, s.token_end);
          if (more.empty() || more.begin != sp.end + 1) break;
          sp.end = more.end;
        }
        // Opening the sentence, the phrase runs to its comma, whatever the
        // words the steps above stopped at ("According to a University of
        // Texas/Texas Tribune poll out Thursday, ...", "According to
        // contributor and historian David Marsh, ...").
        const bool opens = i == s.token_begin ||
                           (i == s.token_begin + 1 && tagged_ &&
                            (toks_[s.token_begin].pos == Upos::kCconj ||
                             toks_[s.token_begin].pos == Upos::kAdv));
        // (What a conjunction or a mark joins is part of the source, "and
        // historian David Marsh", "/Texas Tribune poll"; a phrase after it
        // only of the attribution, "exit polls in Ohio".)
        uint32_t phrase_end = sp.end;
        if (opens && sp.end < s.token_end && Text(sp.end) != ",") {
          uint32_t k = sp.end;
          // (Up to the main clause's verb when no comma comes first; not
          // a noun the tagger read as a verb, "a poll out Monday".)
          auto main_verb = [&](uint32_t v) {
            if (toks_[v].pos == Upos::kAux) return true;
            if (toks_[v].pos != Upos::kVerb || toks_[v].head >= 0) return false;
            for (uint32_t j = s.token_begin; j < s.token_end; ++j)
              if (toks_[j].head == static_cast<int32_t>(v) && NominalSubject(toks_[j].dep))
                return true;
            return false;
          };
          while (k < s.token_end && k < b + 30 && Text(k) != "," && !(tagged_ && main_verb(k)))
            ++k;
          if (k + 1 < s.token_end && Text(k) == ",") {
            phrase_end = k;
            if (!IsWord(sp.end) || Conjunction(sp.end)) sp.end = k;
          }
        }
        // (And past the source's relative clause: "According to Standard &
        // Poor's, which upgraded the debt, ...".)
        if (opens && phrase_end + 2 < s.token_end && Text(phrase_end) == "," &&
            OneOf(Lower(phrase_end + 1), {"which", "who", "whose"})) {
          uint32_t k = phrase_end + 2;
          while (k < s.token_end && k < phrase_end + 30 && Text(k) != ",") ++k;
          if (k + 1 < s.token_end && Text(k) == ",") phrase_end = k;
        }
        *source = sp;
        *phrase = TokenRange{i, phrase_end};
        return true;
      }
    }
    return false;
  }

  // Whether the "that" at i is a pronoun, the subject of the clause after
  // it ("says that is not enough"), not the conjunction that opens it. (A
  // determiner, "said that plan would fail", is left to the old reading:
  // the parse takes "said that money was gone" for one too.)
  // (The verb must follow at once, and be no relative clause's: "the
  // attack that killed ...".)
  // "That message mirrored ...": opening the sentence, a determiner of the
  // noun after it. (After a cue the parse's determiner is often the
  // complementiser: "said that farmland would be taken".)
  bool ThatIsDeterminer(uint32_t i) const {
    return tagged_ && toks_[i].Has(Token::kSentenceStart) && toks_[i].dep == Dep::kDet &&
           toks_[i].head == static_cast<int32_t>(i) + 1;
  }
  bool ThatIsSubject(uint32_t i) const {
    if (!tagged_ || toks_[i].pos != Upos::kPron || i + 1 >= toks_.size()) return false;
    if (toks_[i].dep != Dep::kNsubj && toks_[i].dep != Dep::kNsubjPass) return false;
    const int32_t verb = toks_[i].head;
    const Upos next = toks_[i + 1].pos;
    if (next != Upos::kAux && (next != Upos::kVerb || verb != static_cast<int32_t>(i) + 1))
      return false;
    return verb >= 0 && toks_[verb].dep != Dep::kAclRelcl && toks_[verb].dep != Dep::kAcl;
  }

  // The subject of cue c in "which critics said was ...": one to eight
  // words, a noun or pronoun among them, after a relative pronoun (or a
  // "that" after a noun) and before c, with a finite auxiliary right after
  // c; else empty.
  TokenRange RelativeReportSpeaker(uint32_t c, uint32_t sentence_begin, uint32_t after) const {
    if (!tagged_ || toks_[after].pos != Upos::kAux || c < sentence_begin + 2) return {};
    const std::string_view aux = Lower(after);
    if (aux == "be" || aux == "been" || aux == "being" || aux == "to" || EndsWith(aux, "ing"))
      return {};
    uint32_t e = c;
    while (e > sentence_begin && toks_[e - 1].pos == Upos::kAdv) --e;  // "also said"
    auto relative_word = [&](uint32_t k) {
      return OneOf(Lower(k), {"which", "who", "whom", "what", "that"});
    };
    uint32_t b = e;
    bool nominal = false;
    while (b > sentence_begin && e - b < 8 && IsWord(b - 1) && !relative_word(b - 1)) {
      const Upos u = toks_[b - 1].pos;
      if (u == Upos::kVerb || u == Upos::kAux || u == Upos::kSconj || u == Upos::kCconj) break;
      nominal = nominal || u == Upos::kNoun || u == Upos::kPropn || u == Upos::kPron;
      --b;
    }
    if (b == e || b == sentence_begin || !nominal || !relative_word(b - 1)) return {};
    bool relative = Lower(b - 1) != "that";
    if (!relative && b - 1 > sentence_begin) {
      const Upos before = toks_[b - 2].pos;
      relative = before == Upos::kNoun || before == Upos::kPropn;
    }
    if (!relative) return {};
    return TokenRange{b, e};
  }

  // Where the report after a relative clause's cue ends: at the first word
  // outside a quotation that does not hang on the predicate the auxiliary
  // at begin serves ("the people who he says are responsible have left"),
  // at a punctuation mark that closes the clause, or where ContentEnd puts
  // it.
  uint32_t RelativeReportEnd(uint32_t begin, uint32_t sentence_end) const {
    const uint32_t end = ContentEnd(begin, sentence_end);
    const int32_t h = toks_[begin].head;
    const int32_t pred = h > static_cast<int32_t>(begin) && h < static_cast<int32_t>(end)
                             ? h
                             : static_cast<int32_t>(begin);
    for (uint32_t k = begin + 1; k < end; ++k) {
      if (toks_[k].Has(Token::kInQuote)) continue;
      if (IsWord(k)) {
        if (!Under(static_cast<int32_t>(k), pred)) return k;
        continue;
      }
      // (A comma or a dash ends it too, but for a conjunct going on past
      // it: "has cost 2,500 to design, print and deliver", "is growing
      // demand for gyms, pools, water parks".)
      const std::string_view t = Text(k);
      if (t == ";" || t == ":") return k;
      if ((t == "," || (IsDashText(t) && toks_[k].Has(Token::kSpaceBefore))) &&
          !ConjunctGoesOn(begin, k, end))
        return k;
    }
    return end;
  }

  // Whether the phrase after the comma or dash at k is a conjunct of a word
  // in [begin, k): a noun's, or a verb's with a conjunction in its
  // coordination ("to design, print and deliver"; in "which engineers
  // believe will last a century, opened on Monday" the parse's conjunct
  // "opened" has none: the main verb).
  bool ConjunctGoesOn(uint32_t begin, uint32_t k, uint32_t end) const {
    if (k + 1 >= end || !IsWord(k + 1)) return false;
    int32_t top = static_cast<int32_t>(k) + 1;
    for (int guard = 0; guard < 64; ++guard) {
      const int32_t h = toks_[top].head;
      if (h <= static_cast<int32_t>(k) || h >= static_cast<int32_t>(end)) break;
      top = h;
    }
    const int32_t head = toks_[top].head;
    if (toks_[top].dep != Dep::kConj || head < static_cast<int32_t>(begin) ||
        head >= static_cast<int32_t>(k))
      return false;
    if (toks_[top].pos != Upos::kVerb) return true;
    for (uint32_t j = k + 1; j < end; ++j) {
      if (toks_[j].dep != Dep::kCc) continue;
      const int32_t c = toks_[j].head;
      if (c == top || (c >= 0 && toks_[c].dep == Dep::kConj && toks_[c].head == head)) return true;
    }
    return false;
  }

  // Where a report of tokens [cb, ce) ends when the quotation d inside it
  // is cut off: before the colon that opens it, with at least three words
  // left; 0 when d does not open after a colon inside the report.
  uint32_t CutBeforeQuotation(uint32_t cb, uint32_t ce, const Quote& d) const {
    uint32_t k = cb;
    while (k < ce && toks_[k].span.end <= d.span.begin) ++k;
    // k: the first token of the quotation or its opening mark.
    while (k > cb && toks_[k - 1].kind == TokenKind::kQuoteMark) --k;
    if (k <= cb + 3 || Text(k - 1) != ":") return 0;
    --k;
    return k - cb >= 3 ? k : 0;
  }

  void AddIndirect(uint32_t cb, uint32_t ce, const TokenRange& speaker,
                   int32_t cue, int32_t cue_last, const std::string& source) {
    // "Asked about the vote, she said ...": a topic asked about by no one
    // named is no report of its own (the answer is).
    if (speaker.empty() && cb < ce && Lower(cb) == "about" && cue >= 0) {
      const Cue* c = CueAt(static_cast<uint32_t>(cue));
      if (c != nullptr && c->complement == Cue::kQuestion) return;
    }
    // A dateline opening the sentence is no part of what was said:
    // "WASHINGTON - The senator's ...", "NEW YORK, Oct 3 ― ...".
    if (cb < ce && toks_[cb].Has(Token::kSentenceStart) && toks_[cb].Has(Token::kAllCaps)) {
      uint32_t k = cb;
      // (A dash with a space before it: not the hyphen of "third-biggest".)
      auto dash = [&](uint32_t i) {
        return IsDashText(Text(i)) && toks_[i].Has(Token::kSpaceBefore);
      };
      while (k < ce && k < cb + 8 && !dash(k) && Text(k) != "." &&
             toks_[k].kind != TokenKind::kQuoteMark)
        ++k;
      if (k + 1 < ce && k > cb && dash(k)) cb = k + 1;
    }
    while (cb < ce && (Text(cb) == "," || Text(cb) == ":" ||
                       (Lower(cb) == "that" && !ThatIsSubject(cb) && !ThatIsDeterminer(cb))))
      ++cb;
    // "Ted Cruz stated a day earlier", "announced two years ago": a few
    // words of time are when, not what.
    {
      uint32_t words = 0;
      bool time_only = true;
      for (uint32_t k = cb; k < ce && time_only; ++k) {
        if (!IsWord(k) && toks_[k].kind != TokenKind::kNumber) continue;
        ++words;
        time_only = NumberWord(k) || Has(k, WordClasses::kTime | WordClasses::kCalendar) ||
                    OneOf(Lower(k), {"a", "an", "the", "last", "next", "this", "on", "in", "at",
                                     "earlier", "later", "ago", "before", "previously", "days",
                                     "weeks", "months", "years", "hours"});
      }
      if (time_only && words > 0 && words <= 4) return;
    }
    // Right after its cue, the cue's own adverbial is no report: a
    // participle ("said, wiping sweat off his face"), a clause of time
    // ("said Friday as he entered the talks", "said before being shot"),
    // a day and a place ("said Tuesday in Paris"),
    // unless a report of its own follows in it ("said as the vote neared
    // that ...").
    if (tagged_ && cue >= 0 && cb < ce && cb > static_cast<uint32_t>(cue_last) &&
        (cb == static_cast<uint32_t>(cue_last) + 1 ||
         (cb == static_cast<uint32_t>(cue_last) + 2 && Text(cb - 1) == ",")) &&
        !ReportIn(cb, ce, true)) {
      // (A participle only after a comma and with no finite verb after
      // it: "said raising the threshold would ..." reports; a clause of
      // when only alone, without a comma and a main clause after it, and
      // not after a cue whose content is the rest: "described as ...".)
      uint32_t k = cb;
      if (Has(k, WordClasses::kCalendar | WordClasses::kTime) && k + 1 < ce) ++k;
      const Token& first = toks_[k];
      bool comma = false;
      for (uint32_t j = cb; j < ce && !comma; ++j) comma = Text(j) == ",";
      const Cue* cue_at = CueAt(static_cast<uint32_t>(cue));
      const bool participle = k == cb && Text(cb - 1) == "," && first.pos == Upos::kVerb &&
                              IsParticiple(k) && !FiniteVerbAfter(cb, ce, true);
      // (Not "as many as 3,000 firms could ...", nor "while ...", which
      // often opens a concession inside the report.)
      const bool as_clause = Lower(k) == "as" && k + 1 < ce &&
                             !OneOf(Lower(k + 1), {"many", "much", "well", "long", "soon", "far",
                                                   "few", "little", "part", "a", "an"});
      // ("when" may open what was said: "have not said when they would
      // take it up".)
      const bool when = !comma && (as_clause || OneOf(Lower(k), {"after", "before"})) &&
                        !(cue_at != nullptr && cue_at->complement == Cue::kRest);
      const bool place = k > cb && OneOf(Lower(k), {"in", "at", "on"});
      if (participle || when || (place && ce <= k + 4)) return;
    }
    // An opening parenthesis that closes after the content: "(Prices will
    // rise, he said.)".
    if (cb < ce && Text(cb) == "(") {
      uint32_t k = cb + 1;
      while (k < ce && Text(k) != ")") ++k;
      if (k == ce) ++cb;
    }
    // A setting of the speech that ends the content is none of it: "called
    // for more school investment in a statement on Thursday".
    for (uint32_t k = cb + 3; k < ce; ++k) {
      if (toks_[k].Has(Token::kInQuote)) continue;
      // (Only "in a statement", "in an interview": what happened "on
      // Twitter" or "at a news conference" may be what was said.)
      if (Lower(k) != "in") continue;
      const uint32_t m = MediumAt(k, ce);
      if (m == 0) continue;
      bool adverbial = ce - (k + m) <= 6;
      for (uint32_t j = k + m; j < ce && adverbial; ++j)
        adverbial = toks_[j].kind != TokenKind::kQuoteMark &&
                    !(tagged_ && (toks_[j].pos == Upos::kVerb || toks_[j].pos == Upos::kAux));
      if (adverbial) {
        ce = k;
        break;
      }
    }
    // Trailing punctuation is left out, and a conjunction there, which
    // joins what follows the attribution ("X rose and, according to Y, Z").
    for (bool more = true; more;) {
      while (ce > cb && toks_[ce - 1].kind == TokenKind::kPunct &&
             !toks_[ce - 1].Has(Token::kClosesQuote) && Text(ce - 1) != ")")
        --ce;
      more = ce > cb && IsWord(ce - 1) && Conjunction(ce - 1);
      if (more) --ce;
    }
    if (ce <= cb || ce - cb < 3) return;
    // Content that stops at a subordinator is a clause cut in two by the
    // attribution ("worried it could fail if, as X suggested, ..."): what
    // was said is not known.
    {
      const std::string_view w = Lower(ce - 1);
      if (IsWord(ce - 1) &&
          (w == "if" || w == "although" || w == "because" || w == "unless" || w == "whether"))
        return;
    }
    Quote q;
    q.kind = QuoteKind::kIndirect;
    q.span = Span{toks_[cb].span.begin, toks_[ce - 1].span.end};
    q.sentence = sentence_of_[cb];
    // Overlapping a direct quotation already found: the direct one wins,
    // unless this report contains it (then the quotation is a fragment of
    // it and the report is mixed). (Only the direct quotes that may overlap
    // are read, by where they start: no pass over every quote per report on
    // a page of thousands.)
    overlapping_.clear();
    {
      const uint32_t low = q.span.begin > direct_longest_ ? q.span.begin - direct_longest_ : 0;
      auto it = std::lower_bound(direct_order_.begin(), direct_order_.end(), low,
                                 [&](uint32_t k, uint32_t v) { return doc_.quotes[k].span.begin < v; });
      for (; it != direct_order_.end() && doc_.quotes[*it].span.begin < q.span.end; ++it)
        if (!removed_[*it] && doc_.quotes[*it].span.Overlaps(q.span)) overlapping_.push_back(*it);
      std::sort(overlapping_.begin(), overlapping_.end());
    }
    // A quoted fragment of the report is part of it, also when it took the
    // report's own cue ('said "zero" voters would follow him').
    const Span cue_span =
        cue >= 0 ? Span{toks_[cue].span.begin, toks_[cue_last].span.end} : Span{};
    for (uint32_t k : overlapping_) {
      const Quote& d = doc_.quotes[k];
      if (!d.span.Overlaps(q.span)) continue;  // (after a cut below)
      bool fragment = q.span.Contains(d.span) &&
                      (d.cue.empty() || (cue >= 0 && d.cue.Overlaps(cue_span)));
      if (!fragment) {
        // A quotation with a cue of its own that the report runs into
        // after a colon ends the report: "asserted that France had lost
        // its identity: "France is ...," he claimed" is two quotes.
        const uint32_t end = CutBeforeQuotation(cb, ce, d);
        // (Its cue after it: "..., he claimed". A cue before it, inside
        // the report, is a second report the first one swallowed.)
        if (end == 0 || d.cue.empty() || d.cue.begin < d.span.end) return;
        ce = end;
        q.span.end = toks_[ce - 1].span.end;
        continue;
      }
      q.kind = QuoteKind::kMixed;
      removed_[k] = 1;  // dropped when FindIndirect ends
      --live_quotes_;
    }
    if (quoted_index_.AnyOverlaps(q.span))
      for (const QuotedSpan& qs : doc_.quoted)
        if (q.span.Contains(qs.content) && qs.depth == 0) {
          q.kind = QuoteKind::kMixed;
          // Nothing but the quotation's marks around it ("visited the plant
          // and later said, \u201cIt is ...\u201d"): a direct quote.
          bool whole = true;
          for (uint32_t j = cb; j < ce && whole; ++j)
            whole = qs.content.Contains(toks_[j].span) || IsPunct(j);
          if (whole) {
            q.kind = QuoteKind::kDirect;
            q.span = qs.content;
            break;
          }
        }
    std::string outlet;
    if (IsOutlet(speaker, &outlet)) {
      AddCitedOutlet(outlet);
      q.source = outlet;
    }
    SetSpeaker(q, speaker);
    if (q.source.empty()) q.source = source;
    if (cue >= 0) q.cue = Span{toks_[cue].span.begin, toks_[cue_last].span.end};
    if (doc_.quotes.size() > first_indirect_ && q.sentence < doc_.quotes.back().sentence)
      reports_in_order_ = false;
    doc_.quotes.push_back(q);
    removed_.push_back(0);
    ++live_quotes_;
  }

  // "The ministry, which said the talks had failed, declined to comment":
  // a report made in a relative clause ends with it, at the comma before
  // the main clause's verb.
  void EndRelativeReports() {
    if (!tagged_) return;
    for (Quote& q : doc_.quotes) {
      if (q.kind == QuoteKind::kDirect || q.speaker_mention.empty()) continue;
      const std::string_view who = doc_.Text(q.speaker_mention);
      if (who != "who" && who != "which") continue;
      // Tokens of the content, in order (binary search on the sorted spans).
      auto first = std::lower_bound(toks_.begin(), toks_.end(), q.span.begin,
                                    [](const Token& t, uint32_t b) { return t.span.begin < b; });
      for (auto it = first; it != toks_.end() && it->span.end <= q.span.end; ++it) {
        if (doc_.Text(it->span) != ",") continue;
        auto next = it + 1;
        while (next != toks_.end() && next->pos == Upos::kAdv) ++next;
        if (next == toks_.end() || next->span.end > q.span.end) break;
        // The main verb: outside the relative clause, or (a parse that
        // coordinates it with the cue) a conjunct of the cue.
        if ((next->pos == Upos::kVerb || next->pos == Upos::kAux) &&
            (next->head < 0 || toks_[next->head].span.begin < q.speaker_mention.begin ||
             (next->dep == Dep::kConj && toks_[next->head].span.begin == q.cue.begin))) {
          uint32_t end = it->span.begin;
          while (end > q.span.begin && doc_.text[end - 1] == ' ') --end;
          if (end > q.span.begin) q.span.end = end;
          break;
        }
      }
    }
  }

  // "Japan accused North Korea of firing a missile, officials in Tokyo told
  // reporters.": the officials report the whole accusation (their
  // attribution comes after it), so the accusation's content stops where
  // their attribution begins, not at the end of the sentence.
  void TrimAtOuterAttribution() {
    EndRelativeReports();
    std::vector<bool> drop(doc_.quotes.size(), false);
    // The outer quotes b of a hold a's cue: they start at most the longest
    // quote's length before it. Quotes with a cue, by where they start
    // (spans only lose their ends here), so that each a reads those only,
    // in the order of the plain loop over every b: the same result without
    // the quadratic work on a page of thousands of quotes.
    // (A few quotes are read plainly.)
    const bool many = doc_.quotes.size() >= kManyQuotes;
    std::vector<uint32_t> by_begin;
    uint32_t longest = 0;
    for (size_t k = 0; k < doc_.quotes.size(); ++k) {
      const Quote& q = doc_.quotes[k];
      if (q.cue.empty()) continue;
      by_begin.push_back(static_cast<uint32_t>(k));
      longest = std::max(longest, q.span.end - q.span.begin);
    }
    if (many) {
      std::sort(by_begin.begin(), by_begin.end(), [&](uint32_t x, uint32_t y) {
        return doc_.quotes[x].span.begin < doc_.quotes[y].span.begin;
      });
    }
    std::vector<uint32_t> outer;
    for (size_t a = 0; a < doc_.quotes.size(); ++a) {
      Quote& qa = doc_.quotes[a];
      if (qa.kind == QuoteKind::kDirect || qa.cue.empty()) continue;
      if (many) {
        const uint32_t low = qa.cue.end > longest ? qa.cue.end - longest : 0;
        auto first = std::lower_bound(by_begin.begin(), by_begin.end(), low, [&](uint32_t k, uint32_t v) {
          return doc_.quotes[k].span.begin < v;
        });
        outer.clear();
        for (auto it = first; it != by_begin.end() && doc_.quotes[*it].span.begin <= qa.cue.begin; ++it)
          outer.push_back(*it);
        std::sort(outer.begin(), outer.end());
      } else if (outer.empty()) {
        outer = by_begin;  // every quote with a cue, in their order
      }
      for (uint32_t b : outer) {
        const Quote& qb = doc_.quotes[b];
        if (b == a || qb.cue.empty() || qb.span.end > qb.cue.begin) continue;  // not postposed
        if (!(qb.span.begin <= qa.cue.begin && qa.cue.end <= qb.span.end)) continue;  // not outer
        uint32_t cut = qb.cue.begin;
        if (!qb.speaker_mention.empty()) cut = std::min(cut, qb.speaker_mention.begin);
        if (cut <= qa.span.begin || cut >= qa.span.end) continue;
        uint32_t end = cut;
        while (end > qa.span.begin &&
               (doc_.text[end - 1] == ' ' || doc_.text[end - 1] == ',' || doc_.text[end - 1] == '\n'))
          --end;
        qa.span.end = end;
        if (qa.span.end <= qa.span.begin) drop[a] = true;
      }
    }
    size_t w = 0;
    for (size_t k = 0; k < doc_.quotes.size(); ++k) {
      if (drop[k]) continue;
      if (w != k) doc_.quotes[w] = std::move(doc_.quotes[k]);  // not onto itself
      ++w;
    }
    doc_.quotes.resize(w);
  }

  void FindIndirect() {
    // The direct quotes found so far, by where they start; those a mixed
    // report absorbs are marked and dropped at the end.
    direct_order_.clear();
    direct_longest_ = 0;
    first_indirect_ = doc_.quotes.size();
    reports_in_order_ = true;
    directs_in_order_ = true;
    for (size_t k = 1; k < first_indirect_; ++k)
      if (doc_.quotes[k].sentence < doc_.quotes[k - 1].sentence) directs_in_order_ = false;
    removed_.assign(doc_.quotes.size(), 0);
    live_quotes_ = doc_.quotes.size();
    for (size_t k = 0; k < doc_.quotes.size(); ++k) {
      const Quote& q = doc_.quotes[k];
      if (q.kind != QuoteKind::kDirect) continue;
      direct_order_.push_back(static_cast<uint32_t>(k));
      direct_longest_ = std::max(direct_longest_, q.span.end - q.span.begin);
    }
    std::stable_sort(direct_order_.begin(), direct_order_.end(), [&](uint32_t x, uint32_t y) {
      return doc_.quotes[x].span.begin < doc_.quotes[y].span.begin;
    });
    quoted_index_.Clear();
    for (const QuotedSpan& qs : doc_.quoted) quoted_index_.Add(qs.content);
    quoted_index_.Sort();
    for (const Sentence& s : doc_.sentences) {
      TokenRange according_source, according_phrase;
      bool has_according = AccordingIn(s, &according_source, &according_phrase);
      std::string according_outlet;
      bool according_is_outlet =
          has_according && IsOutlet(according_source, &according_outlet);
      if (according_is_outlet) AddCitedOutlet(according_outlet);
      bool found = false;
      const size_t sentence_quotes = doc_.quotes.size();
      for (uint32_t c = s.token_begin; c < s.token_end; ++c) {
        if (used_cue_[c] || toks_[c].Has(Token::kInQuote)) continue;
        const Cue* cue = CueAt(c);
        if (cue == nullptr) continue;
        uint32_t cue_last = c + (cue->particle.empty() ? 0 : 1);
        uint32_t after = cue_last + 1;
        // A noun read as a verb: "a reality TV show in which viewers ...",
        // "an awards show similar to the Oscars". A clause-taking verb is
        // not followed by a relative.
        if (cue->complement == Cue::kThat && after < s.token_end && IsWord(after)) {
          std::string_view n1 = Lower(after);
          std::string_view n2 = after + 1 < s.token_end ? Lower(after + 1) : std::string_view();
          if (n1 == "which" || n1 == "whose" || n1 == "similar" ||
              ((n1 == "in" || n1 == "on" || n1 == "at" || n1 == "for" || n1 == "by") &&
               (n2 == "which" || n2 == "whom")))
            continue;
        }
        // "Sanders was asked by host John Dickerson whether ...": a passive
        // question's agent asks what follows it.
        if (cue->complement == Cue::kQuestion && c > s.token_begin && AfterBe(c)) {
          const TokenRange agent = PassiveQuestionAgent(c);
          if (!agent.empty()) {
            used_cue_[c] = true;
            AddIndirect(agent.end, ContentEnd(agent.end, s.token_end), agent,
                        static_cast<int32_t>(c), static_cast<int32_t>(cue_last), according_outlet);
            found = true;
            continue;
          }
        }
        // "the rule, which critics said was unfair", "a letter that he
        // said was drafted by the firm": a cue inside a relative clause,
        // between its subject and a finite verb that has no subject of its
        // own, reports what follows about the relative pronoun.
        if (cue->complement == Cue::kThat && !cue->that_only && cue_last == c &&
            after < s.token_end) {
          const TokenRange rs = RelativeReportSpeaker(c, s.token_begin, after);
          if (!rs.empty()) {
            used_cue_[c] = true;
            AddIndirect(after, RelativeReportEnd(after, s.token_end), rs,
                        static_cast<int32_t>(c), static_cast<int32_t>(c), according_outlet);
            found = true;
            continue;
          }
        }
        // Content before: "..., X said." / "..., said X."
        TokenRange sp = SpeakerBefore(c, s.token_begin);
        TokenRange parsed_speaker, parsed_content;
        bool parsed = ParseAttribution(c, s, &parsed_speaker, &parsed_content);
        // The phrase right before the cue is trusted first; the parse's
        // subject fills in when that reading finds nothing (long appositions,
        // subjects far from their verb).
        // (Also when the phrase before ends in an infinitive's "to" or
        // "not": "pushed councils in the north to reject", "agreed after a
        // vote not to strike".)
        const bool infinitive =
            !sp.empty() && tagged_ && toks_[sp.end - 1].pos == Upos::kPart &&
            (Lower(sp.end - 1) == "to" || Lower(sp.end - 1) == "not");
        if ((sp.empty() || infinitive) && parsed && !parsed_speaker.empty() &&
            parsed_speaker.end <= c)
          sp = parsed_speaker;
        // (Nor is the end of the subject's relative clause the speaker:
        // "The officials who lost their seats say ...".)
        // (A restrictive clause: no comma between.)
        if (!sp.empty() && parsed && !parsed_speaker.empty() && parsed_speaker.end <= c &&
            parsed_speaker.begin < sp.begin) {
          bool relative = false, comma = false;
          for (uint32_t k = parsed_speaker.begin + 1; k < c; ++k) {
            comma |= Text(k) == "," || toks_[k].kind == TokenKind::kQuoteMark;
            relative |= k < sp.begin && k <= parsed_speaker.end && tagged_ &&
                        OneOf(Lower(k), {"who", "whose", "which"}) &&
                        toks_[k - 1].pos != Upos::kPunct;
          }
          if (relative && !comma) sp = parsed_speaker;
        }
        // Still the words before an infinitive ("launched a campaign to
        // condemn", "hired scholars to defend"): the subject of the verb
        // above it in the parse, when it has one.
        if (!sp.empty() && tagged_ && Lower(sp.end - 1) == "to" &&
            toks_[sp.end - 1].pos == Upos::kPart) {
          const TokenRange above = SubjectAbove(c, s.token_begin);
          if (!above.empty()) sp = above;
        }
        // A participle after "and", "by", "after" or the like ("ducked,
        // pointing to his record and saying ...", "dismissed the charges
        // by pointing out that ..."): the words before it are no speaker;
        // the subject of the verb above it in the parse is.
        // (Not a participle of a noun phrase or an adjective's list: "the
        // top seed and defending champion", "quiet and reassuring".)
        if (tagged_ && parsed_ && IsParticiple(c) && c > s.token_begin &&
            toks_[c].pos == Upos::kVerb && toks_[c].dep != Dep::kAmod && toks_[c].head >= 0 &&
            toks_[toks_[c].head].pos == Upos::kVerb) {
          if (OneOf(Lower(WordBeforeAdverbs(c, s.token_begin)),
                    {"and", "or", "by", "after", "before", "while", "without", "when"})) {
            const TokenRange above = SubjectAbove(c, s.token_begin);
            if (!above.empty()) sp = above;
          }
        }
        // Still no speaker for a cue verb after "and" or "but" that the
        // parse joined to another verb ("summed up Clinton as terrible,
        // denounced her record and said ..."): the subject of the verbs it
        // is joined to. (Not a participle joined to a noun or an adjective:
        // "the top seed and defending champion", "quiet and reassuring".)
        if (sp.empty() && tagged_ && parsed_ && c > s.token_begin + 1 &&
            toks_[c].pos == Upos::kVerb && toks_[c].dep == Dep::kConj && toks_[c].head >= 0 &&
            toks_[toks_[c].head].pos != Upos::kNoun && toks_[toks_[c].head].pos != Upos::kPropn &&
            toks_[toks_[c].head].pos != Upos::kAdj) {
          if (OneOf(Lower(WordBeforeAdverbs(c, s.token_begin)), {"and", "but"})) {
            const TokenRange above = SubjectAbove(c, s.token_begin);
            if (!above.empty() && IsNominal(above)) sp = above;
          }
        }
        // A cue verb conjoined to an earlier one ("rejected the demand and
        // said ...") reports for the same speaker.
        const Quote* earlier = nullptr;
        if (parsed_) {
          int cl = ClauseOfVerb(c);
          if (cl >= 0 && doc_.clauses[cl].subject_inherited &&
              doc_.clauses[cl].relation == Dep::kConj) {
            earlier = LastReportBefore(sentence_of_[c], toks_[c].span.begin);
            // (Only the report of a verb of the same coordination, or one
            // whose content the parse joined the verb to ("added that the
            // board is examining it, but warned ..."): in "Senators vented
            // about X vowing to fight on and said ..." the report of
            // "vowing" is another speaker's.)
            if (earlier != nullptr && !SameCoordination(c, earlier->cue) &&
                !earlier->span.Contains(toks_[toks_[c].head].span))
              earlier = nullptr;
          }
        }
        // "As The Washington Post reported, CONTENT." / "CONTENT, as X
        // said.": the clause the "as" attribution stands beside. (Also in
        // the passive: "As reported by X, ...", "as first reported by X".)
        TokenRange as_speaker = sp;
        int64_t as_word = -1;
        if (!sp.empty() && sp.begin > s.token_begin) as_word = static_cast<int64_t>(sp.begin) - 1;
        uint32_t as_after = after;
        if (c > s.token_begin && c + 2 < s.token_end && Lower(c + 1) == "by" &&
            cue->complement != Cue::kQuote && cue->complement != Cue::kQuestion) {
          uint32_t a = c - 1;
          if (a > s.token_begin && tagged_ && toks_[a].pos == Upos::kAdv) --a;  // "first"
          const TokenRange agent = SpeakerAfter(c + 2, s.token_end);
          if (Lower(a) == "as" && !agent.empty()) {
            as_speaker = agent;
            as_word = a;
            as_after = agent.end;
          }
        }
        if (!as_speaker.empty() && as_word >= 0 && Lower(static_cast<uint32_t>(as_word)) == "as" &&
            cue->complement != Cue::kQuote && cue->complement != Cue::kQuestion) {
          const uint32_t as = static_cast<uint32_t>(as_word);
          const uint32_t after = as_after;
          uint32_t cb = 0, ce = 0;
          // (After a conjunction or an adverb that opens the sentence: "But
          // as Clyburn noted, ...".)
          const bool opens = as == s.token_begin ||
                             (as == s.token_begin + 1 && tagged_ &&
                              (toks_[s.token_begin].pos == Upos::kCconj ||
                               toks_[s.token_begin].pos == Upos::kAdv));
          if (opens) {
            // To the comma that ends the attribution (an adverbial of time
            // or a medium may come first: "reported on Tuesday,").
            uint32_t k = after;
            while (k < s.token_end && k < after + 8 && Text(k) != ",") ++k;
            if (k < s.token_end && Text(k) == ",") {
              cb = k + 1;
              ce = s.token_end;
            }
          } else if (Text(as - 1) == "," && RestIsAdverbial(after, s.token_end)) {
            cb = s.token_begin;
            ce = as - 1;
          }
          if (ce > cb + 2) {
            AddIndirect(cb, ce, as_speaker, static_cast<int32_t>(c), static_cast<int32_t>(cue_last),
                        according_outlet);
            found = true;
            continue;
          }
        }
        bool final_attribution = cue->complement != Cue::kQuote &&
                                 cue->complement != Cue::kRest &&
                                 RestIsAdverbial(after, s.token_end, Named(sp));
        // (Not when all before it is one subordinate clause: "When asked
        // whom she supported, Ms. Sherrill said nothing.")
        auto lone_subordinate = [&](uint32_t e) {
          // (Or a participle's phrase: "Asked about the plan, the senator
          // said no.")
          const Token& first = toks_[s.token_begin];
          if (tagged_ && first.pos == Upos::kVerb && first.dep == Dep::kAdvcl &&
              !FiniteVerbAfter(s.token_begin, e))
            return true;
          if (!Subordinate(s.token_begin)) return false;
          for (uint32_t k = s.token_begin; k < e; ++k)
            if (Text(k) == ",") return false;
          return true;
        };
        // (The comma may stand inside the marks of a title that ends the
        // content: '... fans of "Prison Break," Mr. Madden said'.)
        // (Only a quotation that opens after the sentence's first word, the
        // only one before the comma: a whole quotation is a direct quote's.)
        uint32_t comma = sp.begin > s.token_begin ? sp.begin - 1 : 0;
        if (comma > s.token_begin + 1 && toks_[comma].kind == TokenKind::kQuoteMark &&
            Text(comma - 1) == ",") {
          // (And after a word: a quotation after a colon is a sentence.)
          int marks = 0;
          uint32_t open = comma;
          for (uint32_t k = s.token_begin; k < comma; ++k)
            if (toks_[k].kind == TokenKind::kQuoteMark) ++marks, open = k;
          if (marks == 1 && open > s.token_begin && IsWord(open - 1)) --comma;
        }
        if (final_attribution && !sp.empty() && sp.begin > s.token_begin &&
            Text(comma) == "," && !lone_subordinate(comma)) {
          AddIndirect(s.token_begin, comma + 1 == sp.begin ? comma : sp.begin, sp,
                      static_cast<int32_t>(c), static_cast<int32_t>(cue_last), according_outlet);
          found = true;
          continue;
        }
        // "CONTENT, X said, since ...": an attribution between commas in
        // the middle of the sentence reports the clause before it, whatever
        // follows (the rest is the report's continuation or its own).
        // (After a cue that takes an addressee, past it: ", Trump told CNN,".)
        uint32_t past = after;
        if (cue->complement == Cue::kObject && after < s.token_end && Text(after) != ",") {
          const TokenRange addressee = SpeakerAfter(after, s.token_end);
          if (!addressee.empty()) past = addressee.end;
        }
        // (And past an adverbial or a medium before the second comma:
        // ", lawmakers said Friday,", ", the agency said in a report,".)
        if (past < s.token_end && Text(past) != ",") {
          uint32_t k = past;
          while (k < s.token_end && k < past + 7 && toks_[k].kind != TokenKind::kPunct &&
                 toks_[k].kind != TokenKind::kQuoteMark)
            ++k;
          if (k < s.token_end && Text(k) == "," && AdverbialOf(c, past, k)) past = k;
        }
        // (Both readings: the speaker and cue between commas, no cue
        // before them.)
        const bool between_commas =
            !final_attribution && cue->complement != Cue::kQuote &&
            cue->complement != Cue::kRest && !sp.empty() && sp.begin > s.token_begin &&
            Text(sp.begin - 1) == "," && past + 1 < s.token_end && Text(past) == "," &&
            !IsParticiple(c) && !ReportingCueBefore(s.token_begin, sp.begin - 1, sentence_quotes);
        const bool clause_before =
            between_commas && FiniteVerbAfter(s.token_begin, sp.begin - 1, true);
        if (clause_before && sp.begin > s.token_begin + 2 && !Subordinate(s.token_begin) &&
            !Subordinator(sp.begin - 2) && !Conjunction(sp.begin - 2)) {
          AddIndirect(s.token_begin, sp.begin - 1, sp, static_cast<int32_t>(c),
                      static_cast<int32_t>(cue_last), according_outlet);
          // "It makes sense, strategists said, for Democrats to act now.":
          // what follows with no verb of its own continues the clause and
          // is the report's second fragment.
          // (A prepositional phrase with no verb after it reports nothing
          // of its own either way: "..., he believes, by a combination of
          // acquisitions such as that of ...".)
          found = true;
          if (ContinuesReport(c, past, s.token_end)) {
            AddIndirect(past + 1, ContentEnd(past + 1, s.token_end), sp, static_cast<int32_t>(c),
                        static_cast<int32_t>(cue_last), according_outlet);
            continue;
          }
          if (tagged_ && past + 1 < s.token_end && toks_[past + 1].pos == Upos::kAdp &&
              !FiniteVerbAfter(past, s.token_end) && !ReportIn(past + 1, s.token_end, true))
            continue;
        } else if (between_commas &&
                   (!clause_before || OpeningSubordinateClause(s.token_begin, sp.begin - 1)) &&
                   cue->complement != Cue::kQuestion && past + 2 < s.token_end &&
                   FiniteVerbAfter(past, s.token_end, true)) {
          // "Loyalty, he noted, has long been ...", "In some ways, the
          // brothers noted, Trump might ...": an attribution inside the
          // clause, after its subject or an opening phrase; what follows
          // it is reported, and the subject before it, the subject of the
          // sentence's main verb after it, as the report's first fragment
          // ("The golf industry, analysts said, is shrinking").
          AddIndirect(past + 1, ContentEnd(past + 1, s.token_end), sp,
                      static_cast<int32_t>(c), static_cast<int32_t>(cue_last), according_outlet);
          bool subject_before = parsed_;
          bool has_subject = false;
          for (uint32_t k = s.token_begin; k + 1 < sp.begin && subject_before; ++k) {
            const int32_t h = toks_[k].head;
            subject_before = h >= 0 && CueAt(k) == nullptr &&
                             toks_[k].kind != TokenKind::kQuoteMark;
            if (subject_before && h > static_cast<int32_t>(past) && NominalSubject(toks_[k].dep) &&
                toks_[h].head < 0)
              has_subject = true;
          }
          // (So is a subordinate clause that opens the sentence: "As the
          // vote nears, Stone says, the number of independents shrinks".)
          if ((subject_before && has_subject) || clause_before)
            AddIndirect(s.token_begin, sp.begin - 1, sp, static_cast<int32_t>(c),
                        static_cast<int32_t>(cue_last), according_outlet);
          found = true;
          continue;
        }
        // (Only after a clause: in "Martha Allen, a delegate, criticized
        // the law." the words before the comma are the subject.)
        // (A verb whose object is what was said does not invert: "...,
        // rejected its adoption.")
        if (c > s.token_begin && Text(c - 1) == "," && !IsParticiple(c) &&
            cue->complement != Cue::kRest &&
            ClauseVerbIn(s.token_begin, c - 1)) {
          TokenRange inv = SpeakerAfter(after, s.token_end);
          // (Or the speaker's relative clause follows, "..., said a
          // handful of Democrats who point to ...", or a participle of
          // saying, "..., said Ann Lee, adding that ...".)
          if (inv.end > inv.begin + 1 && OneOf(Lower(inv.end - 1), {"who", "whose"})) --inv.end;
          const uint32_t rest = inv.end;
          const bool relative_or_participle =
              !inv.empty() && rest + 1 < s.token_end &&
              (OneOf(Lower(rest), {"who", "whose"}) ||
               (Text(rest) == "," && CueAt(rest + 1) != nullptr && IsParticiple(rest + 1)));
          // (Or a prepositional phrase after it continues the report: "...,
          // said the survey, with nearly half choosing ..."; a noun phrase
          // there is the speaker's apposition.)
          const bool continues = !inv.empty() && tagged_ && inv.end + 1 < s.token_end &&
                                 toks_[inv.end + 1].pos == Upos::kAdp &&
                                 ContinuesReport(c, inv.end, s.token_end);
          const bool adverbial = !inv.empty() && RestIsAdverbial(inv.end, s.token_end, Named(inv));
          if (!inv.empty() && (adverbial || relative_or_participle || continues)) {
            AddIndirect(s.token_begin, c - 1, inv, static_cast<int32_t>(c),
                        static_cast<int32_t>(cue_last), according_outlet);
            if (continues && !adverbial)
              AddIndirect(inv.end + 1, ContentEnd(inv.end + 1, s.token_end), inv,
                          static_cast<int32_t>(c), static_cast<int32_t>(cue_last),
                          according_outlet);
            found = true;
            continue;
          }
        }
        // A participle after a comma ("..., adding that ...", "..., saying
        // ...") reports for the subject of the sentence.
        const bool participle = IsParticiple(c);
        // (The phrase before its comma is the last verb's object: "he denied
        // that, saying ...", "welcomed the move, saying ...".)
        // After another cue in the sentence ('"...," said X, a professor,
        // adding that ...') the phrase before the comma is that speaker's.
        // (The comma may close a quotation: 'hailed it as "historic,"
        // telling reporters ...'.)
        // The report a participle may go on from, and its speaker.
        const Quote* last =
            participle ? LastReportBefore(sentence_of_[c], toks_[c].span.begin) : nullptr;
        auto take_speaker_of_last = [&] {
          const TokenRange who = RangeOf(last->speaker_mention);
          if (!who.empty() && who.end <= c) sp = who;
        };
        if (CommaBefore(c, s.token_begin) && participle) {
          bool earlier_cue = false;
          for (uint32_t k = s.token_begin; k < c && !earlier_cue; ++k)
            earlier_cue = CueAt(k) != nullptr && !toks_[k].Has(Token::kInQuote);
          // (A demonstrative is the earlier verb's object, never its
          // speaker: "he denied that, saying ...".)
          auto demonstrative = [&](const TokenRange& r) {
            if (r.end != r.begin + 1) return false;
            const std::string_view w = Lower(r.begin);
            return w == "that" || w == "this" || w == "these" || w == "those";
          };
          if (sp.empty() || !earlier_cue || demonstrative(sp)) {
            TokenRange subject = parsed && !parsed_speaker.empty() && parsed_speaker.end < c &&
                                         !demonstrative(parsed_speaker)
                                     ? parsed_speaker
                                     : SubjectOfSentence(s, c);
            if (subject.empty() && parsed_) subject = SubjectAbove(c, s.token_begin);
            if (!subject.empty()) sp = subject;
          }
          // "X said A, adding that B": after a report whose content ends
          // at the comma, the participle goes on for its speaker (not for
          // A's subject, "said the tax was unfair, adding ...").
          // (Also "CONTENT, an official said, adding ...", "CONTENT, said
          // an official, adding ...": the report's cue or speaker right
          // before the comma.)
          if (last != nullptr && c >= s.token_begin + 2 &&
              ((last->span.end == toks_[c - 2].span.end && last->cue.end <= last->span.begin) ||
               (last->span.end <= last->cue.begin &&
                (last->cue.end == toks_[c - 2].span.end ||
                 last->speaker_mention.end == toks_[c - 2].span.end))))
            take_speaker_of_last();
        }
        // ('... cut "wasteful spending" saying ...': a report that ends in
        // a quotation right before the participle, no comma between.)
        if (last != nullptr && c > s.token_begin + 1 &&
            toks_[c - 1].kind == TokenKind::kQuoteMark && toks_[c - 1].Has(Token::kClosesQuote) &&
            last->span.end == toks_[c - 1].span.end && last->cue.end <= last->span.begin)
          take_speaker_of_last();
        if (participle) sp = ParticipleSpeaker(sp, s);
        // "Reuters quoted the general as saying ...": the one quoted speaks,
        // the one quoting is the source.
        std::string quoted_by = according_outlet;
        if (c >= s.token_begin + 3 && Lower(c - 1) == "as") {
          for (uint32_t k = c - 2; k > s.token_begin && k + 10 > c; --k) {
            if (!IsQuoting(k)) continue;
            TokenRange quoted, via;
            std::string outlet;
            if (QuotedAs(k, c - 1, s.token_begin, &quoted, &via)) {
              sp = quoted;
              if (OutletIn(via, &outlet)) {
                quoted_by = outlet;
                AddCitedOutlet(outlet);
              }
            } else if (k + 1 < c - 1) {
              sp = quoted;  // the one quoted, even with nobody named quoting
            }
            break;
          }
        }
        // "After saying he was nervous, the man ...", "While saying that
        // he respects her, he ...": a gerund opening the sentence after a
        // subordinator speaks for the main clause's subject, and its
        // report ends at the comma before it.
        uint32_t opening_end = 0;
        if (IsParticiple(c) && c == s.token_begin + 1 && sp.empty()) {
          const std::string_view w = Lower(s.token_begin);
          if (w == "after" || w == "while" || w == "before" || w == "since" || w == "when" ||
              w == "by" || w == "in" || w == "upon" || w == "on") {
            for (uint32_t k = after; k + 1 < s.token_end; ++k) {
              if (Text(k) != "," || toks_[k].Has(Token::kInQuote)) continue;
              const TokenRange subject = SpeakerAfter(k + 1, s.token_end);
              if (!subject.empty() && subject.end < s.token_end &&
                  (!tagged_ || toks_[subject.end].pos == Upos::kVerb ||
                   toks_[subject.end].pos == Upos::kAux)) {
                sp = subject;
                opening_end = k;
              }
              break;
            }
          }
        }
        // "Asked whether ..., Ryan said", "(and) when asked ...", "said so
        // when asked ...": a question with no asker named (the syntax layer
        // reads the bare participle as a passive without its agent).
        // ("When asked by a reporter whether ...": the agent asks.)
        bool passive_cue = false;
        bool participle_question = false;  // passive_cue, agent or not
        if (parsed_ && cue->complement == Cue::kQuestion) {
          const int cl = ClauseOfVerb(c);
          passive_cue = cl >= 0 && doc_.clauses[cl].passive && toks_[c].dep == Dep::kAdvcl;
          participle_question = passive_cue;
          if (passive_cue && doc_.clauses[cl].agent >= 0) {
            const TokenRange agent = RangeOf(ArgumentSpan(doc_.clauses[cl].agent));
            sp = agent.empty() || agent.begin <= c ? TokenRange{} : agent;
            passive_cue = sp.empty();
          }
        }
        if (passive_cue) sp = {};
        const bool unasked =
            sp.empty() && cue->complement == Cue::kQuestion &&
            (passive_cue || c == s.token_begin ||
             (c > s.token_begin && OneOf(Lower(c - 1), {"when", "after"}) &&
              (c == s.token_begin + 1 || Lower(c) == "asked")));
        // "It is thought that ...", "it was reported that ...": the
        // impersonal "it" of a passive cue names no one.
        bool impersonal = false;
        if (sp.end == sp.begin + 1 && Lower(sp.begin) == "it" && sp.end < c &&
            !IsParticiple(c)) {  // not "it is adding"
          const std::string_view be = Lower(c - 1);
          impersonal = be == "is" || be == "was" || be == "been" || be == "be";
        }
        if (impersonal) sp = {};
        if ((sp.empty() && !unasked && !impersonal) || cue->complement == Cue::kQuote) continue;
        // Content after: "X said (that) ...". With a parse, a that-clause
        // cue needs the clause it reports ("wrote his dissertation" reports
        // nothing).
        uint32_t b = ContentStart(cue, after, s.token_end);
        const bool after_that = b > after && Lower(b - 1) == "that";
        if (parsed && cue->complement == Cue::kThat) {
          int cl = ClauseOfVerb(c);
          const int32_t object = cl >= 0 ? doc_.clauses[cl].object : -1;
          bool object_opens_clause = false;
          // "find themselves in a place where ...", "showed itself ...": a
          // reflexive object reports nothing.
          if (!after_that && object == static_cast<int32_t>(after) && Reflexive(after)) continue;
          if (!after_that && object > static_cast<int32_t>(c)) {
            // To the sentence's end: ContentEnd is dearer, and a finite
            // verb past it belongs to another clause the cue also governs.
            const uint32_t content_end = s.token_end;
            object_opens_clause = FiniteVerbAfter(c, content_end) ||
                                  (cue->cls == Cue::kReport &&
                                   ParticipleAfter(static_cast<uint32_t>(object), content_end)) ||
                                  ClauseVerbReadAsModifier(static_cast<uint32_t>(object),
                                                           content_end);
          }
          if (object_opens_clause) {
            // "says the latest polls are wrong": the parse took the
            // subject of the reported clause for the cue's object; the
            // clause starts right after the cue. A finding may be a small
            // clause: "the poll shows Sanders leading".
          } else if (!parsed_content.empty() && parsed_content.begin >= after &&
                     !(b > after && IsDashText(Text(after)))) {
            // The parse's reported clause (not over an aside between dashes
            // that ContentStart skipped: it hangs inside the clause).
            b = parsed_content.begin;
          } else if (!after_that && cl >= 0 && doc_.clauses[cl].object >= 0 &&
                     !title_case_[sentence_of_[c]] &&
                     !((cue->object_content ||
                        (cue->cls == Cue::kReport && !sp.empty() &&
                         Has(sp.end - 1, WordClasses::kDocument))) &&
                       !doc_.clauses[cl].negated &&
                       doc_.clauses[cl].object >= static_cast<int32_t>(b))) {
            // "wrote his dissertation": an object, not a report; nor "did
            // not announce a plan" for the verbs whose object is. (A headline
            // drops its copulas: "Rowe Claims Harbor Plan Best Option For
            // City", "Poll Shows Late Surge For Sanders".)
            continue;
          }
        }
        if (b == 0) continue;
        uint32_t e = ContentEnd(b, s.token_end);
        if (opening_end > b) e = std::min(e, opening_end);
        // A question asked in a participle clause ends with that clause
        // ("Asked whether he would run, Sanders smiled").
        if (participle_question || (unasked && parsed_)) {
          const uint32_t sub = SubtreeEnd(c, e);
          if (sub > b + 2) e = sub;
          // Before it, the main clause after a comma: a subject and its verb
          // ("..., Senator Maier smiled"), whatever the parse hung there.
          // (Also after "when asked" inside the sentence, and past an
          // adverb: "... when asked to leave, he reportedly refused".)
          const bool opening = c < s.token_begin + 3 || OneOf(Lower(c - 1), {"when", "after"});
          for (uint32_t k = b + 2; k < e && opening; ++k) {
            if (Text(k) != "," || toks_[k].Has(Token::kInQuote)) continue;
            const TokenRange subject = SpeakerAfter(k + 1, e);
            uint32_t v = subject.end;
            // (Past the subject's apposition between commas: "..., Ruth
            // Maier, the campaign's spokeswoman, suggested ...".)
            if (!subject.empty() && v < s.token_end && Text(v) == ",") {
              uint32_t k2 = v + 1;
              while (k2 < s.token_end && k2 < v + 12 && Text(k2) != "," &&
                     toks_[k2].pos != Upos::kVerb && toks_[k2].pos != Upos::kAux)
                ++k2;
              if (k2 + 1 < s.token_end && Text(k2) == ",") v = k2 + 1;
            }
            while (v < s.token_end && toks_[v].pos == Upos::kAdv) ++v;
            if (!subject.empty() && v < s.token_end &&
                (toks_[v].pos == Upos::kVerb || toks_[v].pos == Upos::kAux)) {
              e = k;
              break;
            }
          }
        }
        if (has_according && according_phrase.begin >= b && according_phrase.begin < e)
          e = according_phrase.begin;
        Quote inherited;
        if (earlier != nullptr) inherited = *earlier;
        // (Only when the report took no direct quotation in: the count of
        // quotes that stay grew.)
        const size_t before = live_quotes_;
        AddIndirect(b, e, sp, static_cast<int32_t>(c), static_cast<int32_t>(cue_last),
                    quoted_by);
        if (earlier != nullptr && live_quotes_ > before) {
          Quote& q = doc_.quotes.back();
          q.speaker = inherited.speaker;
          q.speaker_name = inherited.speaker_name;
          q.speaker_mention = inherited.speaker_mention;
        }
        found = true;
        // A second report in the same sentence (", although he added that")
        // is found when the loop reaches its cue.
      }
      if (!found && has_according) {
        // "According to X, ..." / "..., according to X." / "..., according
        // to X, ...". When X is an outlet, it is both the source and the
        // speaker: the article credits the outlet for the statement.
        uint32_t b, e;
        uint32_t after = according_phrase.end;
        while (after < s.token_end && Text(after) == ",") ++after;
        if (according_phrase.begin == s.token_begin) {
          // "According to a new poll by the institute, most voters ...":
          // the source's words run to the main clause, which starts with
          // its subject (the parse's).
          // (Not a relative pronoun: "According to S&P, which ...".)
          b = after;
          auto relative = [&](uint32_t k) {
            const std::string_view w = Lower(k);
            return w == "which" || w == "who" || w == "whose" || w == "where";
          };
          for (uint32_t k = after; parsed_ && k < s.token_end; ++k) {
            if (toks_[k].head != -1) continue;
            const int cl = ClauseOfVerb(k);
            if (cl >= 0 && doc_.clauses[cl].subject >= 0) {
              const TokenRange subj = RangeOf(ArgumentSpan(doc_.clauses[cl].subject));
              if (subj.begin > after && subj.begin < k && subj.begin < after + 16 &&
                  Text(subj.begin - 1) == "," && !relative(subj.begin)) {
                b = subj.begin;
              }
            }
            break;
          }
          e = s.token_end;
        } else if (s.token_end - after > according_phrase.begin - s.token_begin &&
                   after < s.token_end && after > according_phrase.end &&
                   FiniteVerbAfter(after - 1, s.token_end)) {
          // The longer part, after a medial phrase, when it holds a clause
          // (not the source's apposition: "..., according to an analysis
          // by X, a former aide now teaching at Yale, whose ...").
          b = after;
          e = s.token_end;
        } else if (const uint32_t rest = MedialAccordingRest(s, according_phrase); rest > 0) {
          // Between the subject and its verb ("One of the decisions,
          // according to a person close to the process, is to ..."): the
          // report is in two fragments, the subject and the predicate.
          uint32_t before_end = according_phrase.begin;
          while (before_end > s.token_begin && Text(before_end - 1) == ",") --before_end;
          AddIndirect(s.token_begin, before_end, according_source,
                      static_cast<int32_t>(according_phrase.begin),
                      static_cast<int32_t>(according_phrase.begin + 1),
                      according_is_outlet ? according_outlet : "");
          b = rest;
          e = s.token_end;
        } else {
          b = s.token_begin;
          e = according_phrase.begin;
          // "That trend will continue, according to analysts, with
          // shipments expected to grow ...": a prepositional continuation
          // after the phrase is the report's second fragment (a noun
          // phrase there is the source's apposition).
          if (after > according_phrase.end && after < s.token_end && tagged_ &&
              toks_[after].pos == Upos::kAdp &&
              ContinuesReport(according_phrase.begin, after - 1, s.token_end))
            AddIndirect(after, ContentEnd(after, s.token_end), according_source,
                        static_cast<int32_t>(according_phrase.begin),
                        static_cast<int32_t>(according_phrase.begin + 1),
                        according_is_outlet ? according_outlet : "");
        }
        AddIndirect(b, e, according_source, static_cast<int32_t>(according_phrase.begin),
                    static_cast<int32_t>(according_phrase.begin + 1),
                    according_is_outlet ? according_outlet : "");
      }
      // "Clinton leads by 271 delegates, according to a count by the AP,
      // but Sanders vowed to fight on": the words before the phrase are its
      // report when the sentence's other reports and cues lie after it.
      if (found && has_according && according_phrase.begin > s.token_begin + 2) {
        const uint32_t b = s.token_begin, e = according_phrase.begin;
        const Span words{toks_[b].span.begin, toks_[e - 1].span.end};
        bool free = true;
        for (size_t k = sentence_quotes; k < doc_.quotes.size() && free; ++k)
          free = doc_.quotes[k].span.begin >= words.end || doc_.quotes[k].span.end <= words.begin;
        for (uint32_t k = b; k < e && free; ++k) free = !used_cue_[k] && CueAt(k) == nullptr;
        if (free)
          AddIndirect(b, e, according_source, static_cast<int32_t>(according_phrase.begin),
                      static_cast<int32_t>(according_phrase.begin + 1),
                      according_is_outlet ? according_outlet : "");
      }
      if (!found && !has_according) found = PollAttribution(s);
      if (!found && !has_according) FindHeadlineAttribution(s);
    }
    // The direct quotes mixed reports absorbed go, the others keep their
    // order.
    // So do a transcript's stage directions: "(CROSSTALK)", "[APPLAUSE]".
    size_t w = 0;
    for (size_t k = 0; k < doc_.quotes.size(); ++k) {
      if (k < removed_.size() && removed_[k]) continue;
      if (StageDirection(doc_.Text(doc_.quotes[k].span))) continue;
      if (w != k) doc_.quotes[w] = std::move(doc_.quotes[k]);
      ++w;
    }
    doc_.quotes.resize(w);
  }

  // Whether a quotation is only a stage direction in capitals between
  // parentheses or brackets ("(CROSSTALK.)", "[LAUGHTER]").
  static bool StageDirection(std::string_view t) {
    while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
    if (t.size() < 3 || (t.front() != '(' && t.front() != '[') ||
        (t.back() != ')' && t.back() != ']'))
      return false;
    bool letter = false;
    for (char ch : t) {
      if (ch >= 'a' && ch <= 'z') return false;
      letter |= ch >= 'A' && ch <= 'Z';
    }
    return letter;
  }

  // The colon after a turn's label opening sentence s ("BENENSON:",
  // "Jake Tapper:": up to four capitalised words, one of them in capitals
  // or the whole a person's name), or 0.
  uint32_t TurnLabelEnd(const Sentence& s) const {
    uint32_t colon = s.token_begin;
    while (colon < s.token_end && colon < s.token_begin + 5 && Text(colon) != ":") ++colon;
    if (colon == s.token_begin || colon + 1 >= s.token_end || Text(colon) != ":") return 0;
    bool capitals = false;
    for (uint32_t i = s.token_begin; i < colon; ++i) {
      if (!IsWord(i) || !IsCapitalized(i)) return 0;
      capitals = capitals || (toks_[i].Has(Token::kAllCaps) && Text(i).size() > 1);
    }
    if (capitals) return colon;
    const int32_t e = EntityIn(TokenRange{s.token_begin, colon});
    return e >= 0 && doc_.entities[e].type == EntityType::kPerson ? colon : 0;
  }

  // Whether the document is a transcript: two or more of its paragraphs
  // open with a speaker's label (computed once).
  bool TranscriptTurns() {
    if (transcript_ < 0) {
      int turns = 0;
      for (const Sentence& s : doc_.sentences)
        if (toks_[s.token_begin].Has(Token::kParagraphStart) && TurnLabelEnd(s) != 0 &&
            ++turns >= 2)
          break;
      transcript_ = turns >= 2 ? 1 : 0;
    }
    return transcript_ == 1;
  }

  // A headline that names a person or organisation before a colon:
  // "Lewandowski: FBI director acted as judge and jury".
  void FindHeadlineAttribution(const Sentence& s) {
    const uint32_t si = sentence_of_[s.token_begin];
    const bool headline = si == 0 && s.paragraph == doc_.sentences[0].paragraph &&
                          (doc_.sentences.size() == 1 ||
                           doc_.sentences[1].paragraph != s.paragraph);
    // A headline names longer sources, with short words in lower case
    // ("Elizabeth Warren Hammers Wells Fargo CEO: ...", "Clinton to
    // Planned Parenthood: ...").
    const uint32_t reach = headline ? 9 : 5;
    uint32_t colon = s.token_begin;
    while (colon < s.token_end && colon < s.token_begin + reach && Text(colon) != ":") ++colon;
    if (colon >= s.token_end || Text(colon) != ":" || colon == s.token_begin) return;
    if (s.token_end - colon < 5) return;
    // A rubric and a dash before the name: "EXCLUSIVE -- Roger Stone: ...".
    uint32_t first = s.token_begin;
    if (headline && first + 2 < colon && IsWord(first) && IsDashText(Text(first + 1)) &&
        OneOf(Lower(first), {"exclusive", "breaking", "watch", "video", "opinion", "analysis",
                             "update", "interview", "report"}))
      first += 2;
    for (uint32_t i = first; i < colon; ++i) {
      if (!IsWord(i)) return;
      if (IsCapitalized(i)) continue;
      const std::string_view w = Lower(i);
      // (A headline's name may end in a common noun: "Clinton camp: ...",
      // "WSJ editorial: ...".)
      // (Saying something, with a verb: not "DVD review: Spider-Man 2".)
      if (headline && i > first && i + 1 == colon && tagged_ && toks_[i].pos == Upos::kNoun &&
          IsCapitalized(i - 1)) {
        bool verb = false;
        for (uint32_t k = colon + 1; k < s.token_end && !verb; ++k)
          verb = toks_[k].pos == Upos::kVerb || toks_[k].pos == Upos::kAux;
        if (verb) continue;
      }
      if (!(headline && i > first && i + 1 < colon &&
            (w == "to" || w == "at" || w == "on" || w == "of" || w == "for" || w == "in" ||
             w == "and" || w == "the")))
        return;
    }
    TokenRange who{first, colon};
    // "Clinton to Planned Parenthood: ...": the speaker, then whom to.
    for (uint32_t i = s.token_begin + 1; i < colon; ++i)
      if (Text(i) == "to") who.end = i;
    // Not a rubric ("Update: ...", "Delegate Update: ...", "The Latest:
    // ...") nor a description with an indefinite article ("A Curious
    // Plan: ...").
    static constexpr std::string_view kRubrics[] = {
        "update", "updated", "breaking", "watch", "video", "photos", "exclusive",
        "opinion", "analysis", "live", "editorial", "review", "quiz", "explainer",
        "preview", "recap", "profile", "timeline", "factbox", "obituary", "correction",
        "gallery", "podcast", "latest", "briefing", "roundup", "digest", "newsletter"};
    // (A rubric's word may end it too, unlike "watch" or "review", which
    // end names: "Human Rights Watch", "Harvard Law Review".)
    static constexpr std::string_view kRubricsAnywhere[] = {
        "update", "updates", "latest", "briefing", "roundup", "digest", "newsletter", "recap",
        "correction"};
    for (std::string_view r : kRubrics)
      if (Lower(who.begin) == r) return;
    for (uint32_t i = who.begin; i < who.end; ++i)
      for (std::string_view r : kRubricsAnywhere)
        if (Lower(i) == r) return;
    if (Lower(who.begin) == "a" || Lower(who.begin) == "an") return;
    int32_t e = EntityIn(who);
    std::string outlet;
    if (e >= 0) {
      EntityType t = doc_.entities[e].type;
      if (t != EntityType::kPerson && t != EntityType::kOrganization) return;
    } else if (!IsOutlet(who, &outlet)) {
      // A headline in title case names its source before the colon even
      // when the name finder, without case evidence, found no entity there
      // ("Poll: ...", "Sidney Blumenthal: ...").
      // (Or in any case when the line is the article's first, its
      // headline: "Poll: Clinton and Trump in dead heat".)
      if ((!title_case_[si] && !headline) || (colon - s.token_begin > 3 && !headline)) return;
      // A line in title case after the headline says something, with a
      // verb: not a list of names ("Replacements: Peel, Wilson, Thompson").
      if (!headline && tagged_) {
        bool verb = false;
        for (uint32_t i = colon + 1; i < s.token_end && !verb; ++i)
          verb = toks_[i].pos == Upos::kVerb || toks_[i].pos == Upos::kAux;
        if (!verb) return;
      }
    }
    // A speaker's turn in a transcript ("BENENSON: Senator Sanders doesn't
    // get to decide ... Let's see if ..."): a label opening a paragraph,
    // in capitals or a person's name, speaks the whole paragraph, in their
    // own words.
    // (Only in a transcript: two or more paragraphs open with a label. Not
    // for a label before a quotation, which the quotation's own reading
    // takes; the turn ends before a sentence with a label of its own.)
    uint32_t end = s.token_end;
    bool turn = false;
    if (!headline && toks_[s.token_begin].Has(Token::kParagraphStart) && TranscriptTurns() &&
        toks_[colon + 1].kind != TokenKind::kQuoteMark) {
      bool capitals = true;
      for (uint32_t i = who.begin; i < who.end && capitals; ++i)
        capitals = toks_[i].Has(Token::kAllCaps);
      turn = capitals || (e >= 0 && doc_.entities[e].type == EntityType::kPerson);
      for (uint32_t k = si + 1; turn && k < doc_.sentences.size() &&
                                doc_.sentences[k].paragraph == s.paragraph &&
                                TurnLabelEnd(doc_.sentences[k]) == 0;
           ++k)
        end = doc_.sentences[k].token_end;
    }
    const size_t before = doc_.quotes.size();
    AddIndirect(colon + 1, end, who, static_cast<int32_t>(colon), static_cast<int32_t>(colon),
                "");
    if (turn && doc_.quotes.size() > before) doc_.quotes.back().kind = QuoteKind::kDirect;
  }

  // Whether token i is a clitic written with an apostrophe ("'s", "’s"),
  // no word of its own.
  bool Clitic(uint32_t i) const {
    const std::string_view w = Text(i);
    return !w.empty() && (w[0] == '\'' || w.starts_with("\xE2\x80\x99"));
  }

  // Whether token k opens a subordinate clause or a relative one ("if",
  // "although", "which"): what it opens is no whole report.
  bool Subordinator(uint32_t k) const {
    static constexpr std::string_view kWords[] = {
        "if",   "although", "though", "because", "since", "when", "while", "unless",
        "as",   "after",    "before", "until",   "once",  "which", "who",  "whom",
        "whose", "that",    "where",  "whether", "every"};
    const std::string_view w = Lower(k);
    // (A demonstrative is none: "That plan failed, she said.")
    if (w == "that" && tagged_ && toks_[k].pos != Upos::kSconj) return false;
    for (std::string_view x : kWords)
      if (w == x) return true;
    return false;
  }

  // Whether token k is a coordinating conjunction ("and, he might say, the
  // system": the attribution interrupts a coordination).
  bool Conjunction(uint32_t k) const {
    const std::string_view w = Lower(k);
    return w == "and" || w == "or" || w == "but" || w == "nor";
  }

  // Whether tokens [b, e) are one subordinate clause: a subordinator
  // first, no comma inside ("As the vote nears").
  bool OpeningSubordinateClause(uint32_t b, uint32_t e) const {
    if (b >= e || !Subordinate(b)) return false;
    for (uint32_t k = b; k < e; ++k)
      if (Text(k) == "," || toks_[k].kind == TokenKind::kQuoteMark) return false;
    return true;
  }

  // Whether the sentence from token b opens with a subordinate clause, after
  // a conjunction ("But if measured at 65, ...").
  bool Subordinate(uint32_t b) const {
    const std::string_view w = Lower(b);
    if (w == "but" || w == "and" || w == "yet" || w == "so" || w == "or") ++b;
    return Subordinator(b);
  }

  // Whether token j's heads lead to top (j itself counts).
  bool Under(int32_t j, int32_t top) const {
    for (int guard = 0; j >= 0 && j != top && guard < 64; ++guard) j = toks_[j].head;
    return j == top;
  }

  // One past the last token of the run after v (before e) whose heads lead
  // to v: where v's phrase ends.
  uint32_t SubtreeEnd(uint32_t v, uint32_t e) const {
    uint32_t k = v + 1;
    while (k < e && Under(static_cast<int32_t>(k), static_cast<int32_t>(v))) ++k;
    // Not the comma that closes it.
    while (k > v + 1 && Text(k - 1) == ",") --k;
    return k;
  }

  // Whether a cue outside quotation marks stands in [b, e).
  bool CueBefore(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k)
      if (CueAt(k) != nullptr && !toks_[k].Has(Token::kInQuote)) return true;
    return false;
  }
  // The same, counting only a cue that has a quotation or has reported a
  // clause of the sentence (quotes from index `first` on): in "Washington
  // did not complain when ..., an official said" the first cue reports
  // nothing.
  bool ReportingCueBefore(uint32_t b, uint32_t e, size_t first) const {
    for (uint32_t k = b; k < e; ++k) {
      if (CueAt(k) == nullptr || toks_[k].Has(Token::kInQuote)) continue;
      if (used_cue_[k]) return true;
      for (size_t q = first; q < doc_.quotes.size(); ++q)
        if (doc_.quotes[q].cue.begin == toks_[k].span.begin) return true;
    }
    return false;
  }

  // Whether tokens [b, e) are a medium ("in a statement") or adverbials of
  // the verb v in the parse: a time, a place, a manner ("Friday", "in a
  // June report", "on Twitter").
  bool AdverbialOf(uint32_t v, uint32_t b, uint32_t e) const {
    if (b >= e) return false;
    if (MediumAt(b, e) == e - b) return true;
    if (!tagged_) return false;
    for (uint32_t k = b; k < e; ++k) {
      const int32_t h = toks_[k].head;
      if (h >= static_cast<int32_t>(b) && h < static_cast<int32_t>(e)) continue;
      const Dep d = toks_[k].dep;
      if (h != static_cast<int32_t>(v)) return false;
      // (A prepositional phrase of place or time: "in a report", not
      // "wrote to investors", "knew about the account".)
      if (d == Dep::kObl && PlaceOrTimePreposition(Lower(b))) continue;
      if (d != Dep::kOblTmod && d != Dep::kOblNpmod && d != Dep::kOblUnmarked &&
          d != Dep::kAdvmod)
        return false;
    }
    return true;
  }

  // Whether the words after the comma at `comma` that closes an
  // attribution between commas (cue c) continue the clause it interrupts:
  // two words or more to the sentence's end with no finite verb, quotation,
  // report or participle of their own, and not the cue's adverbials ("...,
  // he said, for Democrats to act now" / "It was, he said, a mistake"; not
  // "..., he said, in a statement", "..., he said, citing the report").
  bool ContinuesReport(uint32_t c, uint32_t comma, uint32_t sentence_end) const {
    const uint32_t b = comma + 1;
    const uint32_t e = ContentEnd(b, sentence_end);
    if (Text(comma) != "," || e < b + 2 || !tagged_) return false;
    if (FiniteVerbAfter(comma, sentence_end, true) || ReportIn(b, sentence_end) ||
        AdverbialOf(c, b, e))
      return false;
    for (uint32_t k = b; k < e; ++k)
      if (toks_[k].kind == TokenKind::kQuoteMark) return false;
    // (Nor a relative clause of the cue's adverbial: "..., he said in an
    // interview, which was conducted by ...".)
    const Token& first = toks_[b];
    return !(first.pos == Upos::kVerb || first.pos == Upos::kAux || IsParticiple(b) ||
             first.kind == TokenKind::kPunct || first.pos == Upos::kSconj ||
             OneOf(Lower(b), {"which", "who", "whom", "whose", "where", "that"}));
  }

  // Whether tokens [b, e) hold a report of their own: "that", a cue or a
  // quotation.
  // (With `tagged_that`, only a "that" the tagger made a subordinator:
  // not "such as that of ...".)
  bool ReportIn(uint32_t b, uint32_t e, bool tagged_that = false) const {
    for (uint32_t k = b; k < e; ++k)
      if ((Lower(k) == "that" && !(tagged_that && tagged_ && toks_[k].pos != Upos::kSconj)) ||
          CueAt(k) != nullptr || toks_[k].Has(Token::kInQuote))
        return true;
    return false;
  }

  // Whether the "(" that closing parenthesis i closes (within 200 tokens)
  // opens its sentence: "(Prices will rise, he said.)".
  bool ParenthesisOpensSentence(uint32_t i) const {
    int depth = 0;
    for (int64_t k = i; k >= 0 && k + 200 > i; --k) {
      const std::string_view t = Text(static_cast<uint32_t>(k));
      if (t == ")") ++depth;
      if (t == "(" && --depth == 0)
        return toks_[static_cast<uint32_t>(k)].Has(Token::kSentenceStart);
    }
    return false;
  }

  // Are tokens [b, e) all punctuation?
  bool OnlyPunctuation(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i)
      if (toks_[i].kind != TokenKind::kPunct && toks_[i].kind != TokenKind::kQuoteMark)
        return false;
    return true;
  }

  // True when tokens [b, e) hold only adverbials, media and punctuation:
  // what may follow a sentence-final attribution ("..., he said on Monday.").
  // With named_speaker (the report's speaker is no pronoun), a longer rest
  // after a comma is allowed: the speaker's apposition after an inverted
  // cue, or an absolute phrase ("..., X said, with sales up 25% in 2003").
  bool RestIsAdverbial(uint32_t b, uint32_t e, bool named_speaker = false) const {
    uint32_t i = b;
    int words = 0;
    while (i < e) {
      if (uint32_t m = MediumAt(i, e)) {
        i += m;
        continue;
      }
      // (A plural's possessive mark is part of a word: "the growers' union".)
      const bool possessive = tagged_ && toks_[i].pos == Upos::kPart && IsPossessive(i) &&
                              !toks_[i].Has(Token::kSpaceBefore);
      if ((toks_[i].kind == TokenKind::kPunct || toks_[i].kind == TokenKind::kQuoteMark) &&
          !InWordPunct(i) && !possessive) {
        // A dash and a noun phrase after the attribution comment on the
        // whole sentence: "..., the office reported on Tuesday -- a
        // development that ...".
        if (IsDashText(Text(i)) && toks_[i].Has(Token::kSpaceBefore) && i + 1 < e &&
            OneOf(Lower(i + 1), {"a", "an", "the"}) && words <= 3 &&
            (i == b || (tagged_ && toks_[b].pos == Upos::kAdp) ||
             (IsWord(b) && Has(b, WordClasses::kTime | WordClasses::kCalendar)))) {
          // (No report in it before its relative clause, if any.)
          bool cue = false;
          for (uint32_t k = i + 1; k < e && !cue && !OneOf(Lower(k), {"that", "which", "who"}); ++k)
            cue = CueAt(k) != nullptr || toks_[k].kind == TokenKind::kQuoteMark;
          if (!cue) return true;
        }
        // (A closing parenthesis may end it: "(Prices will rise, he said.)".)
        if (Text(i) != "." && Text(i) != "," && Text(i) != "!" && Text(i) != "?" &&
            !(Text(i) == ")" && OnlyPunctuation(i + 1, e) && ParenthesisOpensSentence(i)))
          return false;
        ++i;
        continue;
      }
      // The apposition of a named speaker may end in a relative clause
      // (", a senior official with the board that oversees them").
      const std::string_view rw = Lower(i);
      const bool relative =
          rw == "that" || rw == "who" || rw == "which" || rw == "whose" || rw == "whom";
      // (Or the name's own relative clause: ", who grew up with him".)
      if (relative && named_speaker && b < e && Text(b) == "," &&
          (words >= 2 || (i == b + 1 && (rw == "who" || rw == "whose")))) {
        while (i < e && (toks_[i].kind != TokenKind::kPunct || InWordPunct(i))) {
          // (A report of its own in it, "..., said X, an analyst, who notes
          // that ...", leaves the attribution as it is.)
          if (CueAt(i) != nullptr) return rw != "that";
          ++words;
          ++i;
        }
        continue;
      }
      // A time clause after a short adverbial ("..., lawmakers said Friday
      // after Trump reversed himself") is the attribution's, not a report.
      {
        const std::string_view w = Lower(i);
        if (words <= 3 && i > b && Text(i - 1) != "," &&
            (w == "after" || w == "before" || w == "when" || w == "while" || w == "since" ||
             w == "because" || w == "following" || w == "amid" || w == "despite")) {
          // (Not when a report follows: "said after the meeting that ...".)
          if (!ReportIn(i + 1, e)) return true;
        }
      }
      if (Lower(i) == "that" || CueAt(i) != nullptr) return false;
      // The participle of a named speaker's apposition: ", an operative
      // currently working for the campaign", ", a group founded by ...".
      if (tagged_ && named_speaker && b < e && Text(b) == "," && words >= 2 &&
          toks_[i].pos == Upos::kVerb &&
          (IsParticiple(i) || (EndsWith(Lower(i), "ed") && toks_[i].dep == Dep::kAcl)) &&
          !ReportIn(i, e)) {
        while (i < e && (toks_[i].kind != TokenKind::kPunct || InWordPunct(i))) {
          ++words;
          ++i;
        }
        continue;
      }
      // "..., said he also may campaign": a clause, not an adverbial.
      if (tagged_ && (toks_[i].pos == Upos::kVerb || toks_[i].pos == Upos::kAux)) return false;
      ++words;
      ++i;
    }
    // An adverbial ("on Monday", "in a statement"), or after a comma the
    // apposition of a named speaker, which may be long (", director of the
    // University of Virginia's Center for Politics"; a pronoun has none).
    // (An apposition opens with its noun phrase, not a preposition: ",
    // for a city with ..." continues the report.)
    return words <= 6 || (named_speaker && b + 1 < e && Text(b) == "," && words <= 28 &&
                          !(tagged_ && toks_[b + 1].pos == Upos::kAdp));
  }

  bool Reflexive(uint32_t i) const {
    const std::string_view w = Lower(i);
    return w == "himself" || w == "herself" || w == "itself" || w == "themselves" ||
           w == "myself" || w == "yourself" || w == "ourselves" || w == "yourselves" ||
           w == "oneself";
  }

  // Whether token i is an -ing form ("saying", "adding").
  bool IsParticiple(uint32_t i) const {
    const std::string_view w = Lower(i);
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  }

  // Whether a speaker phrase is more than a pronoun.
  bool Named(const TokenRange& r) const {
    if (r.empty()) return false;
    for (uint32_t i = r.begin; i < r.end; ++i)
      if (IsWord(i) && !(tagged_ ? toks_[i].pos == Upos::kPron : Has(i, WordClasses::kPronoun)))
        return true;
    return false;
  }

  // The speaker of a participle cue whose speaker phrase before it is sp:
  // "Trump issued a statement saying ...": the subject of the verb whose
  // object stands right before it (its particle may stand between: "fired
  // back a reply saying ...", "put out a statement saying ..."); "she said
  // at a news conference announcing ...", "released a statement Tuesday
  // condemning ...": the subject of the verb an occasion or message belongs
  // to (SubjectOfOccasion). Else sp.
  TokenRange ParticipleSpeaker(TokenRange sp, const Sentence& s) const {
    uint32_t issuer = sp.empty() || sp.begin <= s.token_begin ? 0 : sp.begin - 1;
    if (issuer > s.token_begin && toks_[issuer].head == static_cast<int32_t>(issuer - 1) &&
        (toks_[issuer].dep == Dep::kCompoundPrt || toks_[issuer].dep == Dep::kAdvmod))
      --issuer;
    if (issuer > 0 && toks_[issuer].pos == Upos::kVerb && CueAt(issuer) == nullptr) {
      const TokenRange subject = SubjectOfVerb(issuer, s);
      if (!subject.empty()) return subject;
    }
    if (parsed_ && !sp.empty()) {
      const TokenRange subject = SubjectOfOccasion(sp, s);
      if (!subject.empty()) return subject;
    }
    return sp;
  }

  // When phrase r is headed by a noun of an occasion or message ("a news
  // conference", "a statement Tuesday") that is an object or adverbial of
  // a verb (through at most one more noun: "the text of a letter"), that
  // verb's subject, else empty.
  TokenRange SubjectOfOccasion(const TokenRange& r, const Sentence& s) const {
    int32_t head = -1;
    for (uint32_t k = r.begin; k < r.end; ++k) {
      const int32_t h = toks_[k].head;
      if (h < static_cast<int32_t>(r.begin) || h >= static_cast<int32_t>(r.end)) {
        head = static_cast<int32_t>(k);
        break;
      }
    }
    if (head < 0 || !Has(static_cast<uint32_t>(head), WordClasses::kOccasion)) return {};
    int32_t v = head;
    for (int step = 0; step < 2 && v >= 0; ++step) {
      const Dep d = toks_[v].dep;
      if (d != Dep::kObj && d != Dep::kObl && d != Dep::kNmod) return {};
      v = toks_[v].head;
      if (v >= 0 && toks_[v].pos == Upos::kVerb) break;
    }
    if (v < 0 || toks_[v].pos != Upos::kVerb || v < static_cast<int32_t>(s.token_begin)) return {};
    const TokenRange subject = SubjectOfVerb(static_cast<uint32_t>(v), s);
    return subject.end <= r.begin ? subject : TokenRange{};
  }

  // The subject of verb v: the parse's, else the sentence's first speaker.
  TokenRange SubjectOfVerb(uint32_t v, const Sentence& s) const {
    int cl = parsed_ ? ClauseOfVerb(v) : -1;
    if (cl >= 0 && doc_.clauses[cl].subject >= 0) {
      TokenRange r = RangeOf(ArgumentSpan(doc_.clauses[cl].subject));
      if (!r.empty() && r.begin >= s.token_begin && r.end <= v) return r;
    }
    return SubjectOfSentence(s, v);
  }

  // The subject of a sentence's first clause, for a participial cue later
  // in it: the speaker of an earlier cue, else the opening noun phrase.
  TokenRange SubjectOfSentence(const Sentence& s, uint32_t before) const {
    for (uint32_t c = s.token_begin; c < before; ++c) {
      if (CueAt(c) == nullptr) continue;
      TokenRange sp = SpeakerBefore(c, s.token_begin);
      if (!sp.empty()) return sp;
    }
    TokenRange sp = SpeakerAfter(s.token_begin, before);
    if (sp.empty() || sp.end >= before) return {};
    return sp;
  }

  // Where the reported clause after a cue begins, or 0 if there is none.
  // Whether, by the parse, the cue at c has an object starting at i and an
  // infinitive right after that object's words ("asked [Kasich, who is
  // fourth in the count,] to lay out his path").
  bool OrderAfterAddressee(uint32_t c, uint32_t i, uint32_t end) const {
    if (!parsed_ || i >= end || toks_[i].dep == Dep::kPunct) return false;
    int32_t object = -1;
    for (uint32_t k = i; k < end && k < i + 40; ++k) {
      if (toks_[k].head == static_cast<int32_t>(c) && toks_[k].dep == Dep::kObj) {
        object = static_cast<int32_t>(k);
        break;
      }
    }
    if (object < 0) return false;
    // The object's words run from i to the "to".
    uint32_t k = i;
    while (k < end && k < i + 40 && Under(static_cast<int32_t>(k), object)) ++k;
    if (k == i || k + 1 >= end || Lower(k) != "to" || toks_[k + 1].pos != Upos::kVerb) return false;
    const int32_t verb = static_cast<int32_t>(k) + 1;
    return toks_[verb].head == static_cast<int32_t>(c) || toks_[verb].head == object;
  }

  uint32_t ContentStart(const Cue* cue, uint32_t after, uint32_t end) const {
    uint32_t i = after;
    if (i >= end) return 0;
    if (cue->complement == Cue::kRest) {
      if (IsPunct(i)) return 0;

      // "call" says nothing when it is a phrasal verb ("calling back 17,815
      // cars", "call up a replacement", "called off a demonstration"), a
      // noun read as the verb ("phone calls via the net", "voice calls
      // means ..."), or calls an event ("called a truce", "calling a snap
      // poll").
      if (cue->lemma == "call") {
        static constexpr std::string_view kNot[] = {
            "up",  "back", "in",    "off",  "to",    "from",  "via",   "at",   "after",
            "over", "as",  "and",   "or",   "if",    "which", "that",  "means", "is",
            "are",  "was", "were",  "will", "would", "can",   "could", "have", "has",
            "had",  "with", "by",   "while", "when",  "but",  "online"};
        const std::string_view w = Lower(i);
        // ("called to ban Muslims": a call to act.)
        const bool to_act = w == "to" && i + 1 < end && tagged_ && toks_[i + 1].pos == Upos::kVerb;
        for (std::string_view x : kNot)
          if (w == x && !to_act) return 0;
        static constexpr std::string_view kEvents[] = {
            "truce", "ceasefire", "meeting",  "election", "poll",   "strike", "halt",
            "vote",  "referendum", "conference", "summit", "session", "hearing", "inquiry"};
        // (The event noun heads the object: not "his vote an irresponsible
        // one", "the election-night remarks".)
        for (uint32_t k = i; k < end && k < i + 4; ++k) {
          const std::string_view x = Lower(k);
          if (IsPossessive(k) || x == "his" || x == "her" || x == "its" || x == "their") break;
          bool event = false;
          for (std::string_view e : kEvents)
            event |= x == e ||
                     (x.size() == e.size() + 1 && x.substr(0, e.size()) == e && x.back() == 's');
          if (event && !(k + 1 < end && (Text(k + 1) == "-" || (tagged_ && toks_[k + 1].pos ==
                                                                               Upos::kNoun))))
            return 0;
          if (tagged_ && toks_[k].pos == Upos::kNoun) break;  // the object's noun
        }
      }
      return i;
    }
    if (cue->complement == Cue::kQuestion) {
      // "asked (by a reporter) (Sanders) whether ...", "asked them to ...".
      static constexpr std::string_view kOpeners[] = {"whether", "if",  "what",  "how",
                                                      "who",     "whom", "whose", "which",
                                                      "when",    "why", "where", "to",
                                                      "about"};
      auto opener = [&](uint32_t k) {
        std::string_view w = Lower(k);
        for (std::string_view o : kOpeners)
          if (w == o) return true;
        return false;
      };
      if (i < end && Lower(i) == "by") {
        TokenRange by = SpeakerAfter(i + 1, end);
        // (Not the infinitive's "to": "asked by the host to respond".)
        if (!by.empty() && by.end > by.begin + 1 && Lower(by.end - 1) == "to") --by.end;
        if (by.empty()) return 0;
        i = by.end;
      }
      // The addressee, up to the first word that opens the question; a
      // time or place on the way ("asked during a debate why ...", "asked
      // at a briefing Monday whether ...").
      uint32_t k = i;
      while (k < end && k < i + 10 && !opener(k)) {
        if (uint32_t n = PlaceOrTimePhraseAt(k, end)) {
          k += n;
        } else if (NounPhraseToken(k) ||
                   (tagged_ && toks_[k].pos == Upos::kAdp &&
                    (Lower(k) == "during" || Lower(k) == "at" || Lower(k) == "in" ||
                     Lower(k) == "on")) ||
                   (tagged_ && toks_[k].pos == Upos::kAdv && k > i)) {
          // (And adverbs after the first word: "asked in Iowa recently
          // whether ...".)
          ++k;
        } else {
          break;
        }
      }
      // By the parse, an addressee of any length before the order: "asked
      // Mills, Sullivan and Abedin to search ...", "asked Florida agencies
      // that dealt with the shooting to stonewall ...".
      if ((k >= end || !opener(k)) && OrderAfterAddressee(after - 1, i, end)) return i;
      if (k >= end || !opener(k)) return 0;
      // An order reads with its addressee, as with "urged X to"; a question
      // without ("how he was feeling").
      return Lower(k) == "to" ? i : k;
    }
    if (cue->complement == Cue::kOf || cue->complement == Cue::kTo) {
      // accused the United States and its allies of ...: the content starts
      // with the accused party, as a reader would quote it.
      // (Not the "to" of a change in amount: "declined from 1989 to
      // 2013", "declined 5% to $3 billion", "declined to $281 million";
      // "sought damages of up to $1,000" keeps its object.)
      auto amount = [&](uint32_t k) {
        return k < end && (toks_[k].kind == TokenKind::kNumber ||
                           (tagged_ && (toks_[k].pos == Upos::kNum || toks_[k].pos == Upos::kSym)));
      };
      bool from = false;
      for (uint32_t k = i; k < end && k < i + 12; ++k) {
        std::string_view w = Lower(k);
        if ((cue->complement == Cue::kOf && w == "of") ||
            (cue->complement == Cue::kTo && w == "to" &&
             !(amount(k + 1) && (k == i || from || amount(k - 1)))))
          return i;
        from |= w == "from";
      }
      if (cue->complement == Cue::kTo) return 0;
    }
    // "vowed to fight on": the infinitive is the promise.
    if (cue->infinitive_content && Lower(i) == "to" && i + 1 < end && tagged_ &&
        toks_[i + 1].pos == Upos::kVerb)
      return i;
    // An aside between dashes right after the cue: "said -- on Twitter,
    // as it happens -- that ...".
    if (IsDashText(Text(i)) && toks_[i].Has(Token::kSpaceBefore)) {
      uint32_t k = i + 1;
      while (k < end && k < i + 14 && !IsDashText(Text(k)) &&
             toks_[k].kind != TokenKind::kQuoteMark)
        ++k;
      if (k + 1 < end && k > i + 1 && IsDashText(Text(k))) i = k + 1;
    }
    // Look for "that" within a short window (skipping an addressee, media,
    // time and place phrases); stop at punctuation that closes the clause.
    // (Right after the cue for a cue of one "that": "charged that ...",
    // not "charges members a fee that rose".)
    if (cue->that_only && (Lower(i) != "that" || toks_[i].Has(Token::kInQuote))) return 0;
    for (uint32_t k = i; k < end && k < i + 16; ++k) {
      if (Lower(k) == "that" && !toks_[k].Has(Token::kInQuote)) {
        // "that" as the reported clause's subject stays in it ("says that
        // doesn't mean ..."); as a determiner right after the cue ("said
        // that plan") it still opens the content; both read the same.
        return ThatIsSubject(k) ? k : k + 1;
      }
      if (toks_[k].kind == TokenKind::kPunct && Text(k) != "," ) break;
      if (CueAt(k) != nullptr) break;
    }
    // A question word after a cue whose object is what was said ("explained
    // why the plan failed", "explained to CBS how ...", "revealed what").
    if (cue->object_content) {
      uint32_t k = i;
      if (k + 1 < end && Lower(k) == "to") {
        const TokenRange to = SpeakerAfter(k + 1, end);
        if (!to.empty()) k = to.end;
      }
      if (k + 2 < end && OneOf(Lower(k), {"why", "how", "what", "whether", "where"})) return k;
    }
    // No "that": an addressee for tell-verbs, then a clause that starts at
    // once ("said Russia would", "told reporters the talks").
    if (cue->complement == Cue::kObject) {
      TokenRange addressee = SpeakerAfter(i, end);
      if (addressee.empty()) return 0;
      // "told reporters he had ...", "told me they would ...": the
      // addressee ends where the reported clause's subject begins.
      // (An object pronoun is the whole addressee: "told me his support
      // for Trump makes him ..."; a word whose heads lead past the
      // addressee belongs to the clause, with its modifiers: "his".)
      const std::string_view first = Lower(addressee.begin);
      if (first == "me" || first == "him" || first == "her" || first == "us" ||
          first == "them") {
        addressee.end = addressee.begin + 1;
      }
      for (uint32_t k = addressee.begin + 1; k < addressee.end; ++k) {
        bool subject = false;
        if (tagged_) {
          int32_t h = toks_[k].head;
          int guard = 0;
          while (h > static_cast<int32_t>(k) && h < static_cast<int32_t>(addressee.end) &&
                 guard++ < 16)
            h = toks_[h].head;
          subject = h >= static_cast<int32_t>(addressee.end);  // the clause's word
        } else {
          subject = Lower(k) == "he" || Lower(k) == "she" || Lower(k) == "they" ||
                    Lower(k) == "we" || Lower(k) == "i" || Lower(k) == "you";
        }
        if (subject) {
          addressee.end = k;
          break;
        }
      }
      // "told his advisers to figure out ...", "told them not to worry":
      // the content is the order.
      if (addressee.end < end && Lower(addressee.end) == "to") return i;
      if (addressee.end + 1 < end && Lower(addressee.end) == "not" &&
          Lower(addressee.end + 1) == "to")
        return i;
      i = SkipPlaceOrTime(addressee.end, end);
      if (i < end && Lower(i) == "that") return ThatIsSubject(i) ? i : i + 1;
    }
    if (i >= end) return 0;
    // A headline in title case: the tags of its capitalised words are
    // guesses; any word opens the clause ("Rubio Says Abandoning ...").
    if (title_case_[sentence_of_[i]] && IsWord(i)) return i;
    if (tagged_) {
      Upos p = toks_[i].pos;
      if (p == Upos::kDet || p == Upos::kPron || p == Upos::kPropn || p == Upos::kNoun ||
          p == Upos::kNum || p == Upos::kAdj)
        return i;
      // A coordinated subject ("says neither the nominee nor her campaign
      // helped ...").
      if (p == Upos::kCconj && OneOf(Lower(i), {"neither", "either", "both"})) return i;
      // An adverb of the clause's subject ("said nearly every voter ...",
      // "said only 10 percent ..."): the parse hangs it on a word after it.
      // (Not "when", "where": "said when he announced ..." tells when.)
      if (p == Upos::kAdv && parsed_ && i + 1 < end && toks_[i].head > static_cast<int32_t>(i) &&
          toks_[i].head < static_cast<int32_t>(end) &&
          Lower(i) != "when" && Lower(i) != "where" && Lower(i) != "whenever") {
        const Upos n = toks_[i + 1].pos;
        if (n == Upos::kDet || n == Upos::kNum || n == Upos::kPron || n == Upos::kNoun ||
            n == Upos::kPropn)
          return i;
      }
      return 0;
    }
    // Without parts of speech: a clause does not open with punctuation, a
    // preposition, a conjunction or an adverb.
    if (IsPunct(i) || toks_[i].Has(Token::kOpensQuote)) return 0;
    if (Has(i, WordClasses::kClause)) return i;
    if (Has(i, WordClasses::kBoundary) || Has(i, WordClasses::kBetween))
      return 0;
    if (CueAt(i) != nullptr) return 0;
    return i;
  }

  const CueLexicon& cues_;
  const WordClasses& words_;
  Document& doc_;
  const std::vector<Token>& toks_;
  // Per-token tables, kept in a per-thread scratch so that their memory is
  // reused from one document to the next.
  struct Scratch {
    std::vector<uint32_t> sentence_of;
    std::string lower_text;
    std::vector<uint32_t> lower_begin;
    std::vector<uint16_t> bits;  // WordClasses::Bit of each token
    std::vector<const Cue*> cue_cache;
    std::vector<bool> used_cue;
    std::vector<size_t> quoted_spans;  // doc_.quoted index of each direct quote
    std::vector<int32_t> clause_of_verb;  // token -> clause whose verb it is
    std::vector<int32_t> phrase_of_head;  // token -> noun phrase it heads
    std::vector<bool> title_case;  // per sentence: a title-case headline
  };
  static Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
  }
  Scratch& scratch_ = ThreadScratch();
  std::vector<uint32_t>& sentence_of_ = scratch_.sentence_of;
  std::string& lower_text_ = scratch_.lower_text;
  std::vector<uint32_t>& lower_begin_ = scratch_.lower_begin;
  std::vector<uint16_t>& bits_ = scratch_.bits;
  std::vector<const Cue*>& cue_cache_ = scratch_.cue_cache;
  std::vector<bool>& used_cue_ = scratch_.used_cue;
  std::vector<size_t>& quoted_spans_ = scratch_.quoted_spans;
  std::vector<int32_t>& clause_of_verb_ = scratch_.clause_of_verb;
  std::vector<int32_t>& phrase_of_head_ = scratch_.phrase_of_head;
  std::vector<bool>& title_case_ = scratch_.title_case;
  bool tagged_ = false;
  bool parsed_ = false;  // the syntax layer ran
  // Whether the word of `cue` is verb c, a verb c is conjoined to (up the
  // chain of conjuncts) or another conjunct of one of those.
  bool SameCoordination(uint32_t c, const Span& cue) const {
    const TokenRange r = RangeOf(cue);
    if (r.empty()) return false;
    const int32_t e = static_cast<int32_t>(r.begin);
    const int32_t e_head = toks_[e].dep == Dep::kConj ? toks_[e].head : -1;
    int32_t v = static_cast<int32_t>(c);
    for (int guard = 0; v >= 0 && guard < 16; ++guard) {
      if (v == e || v == e_head) return true;
      if (toks_[v].dep != Dep::kConj) break;
      v = toks_[v].head;
    }
    return false;
  }

  // The last quote, in the order of doc_.quotes, of sentence `sentence`
  // whose cue ends by `before` and that has a speaker; null if none (what
  // a pass over every quote would find). The reports of this pass follow
  // the direct quotes; each part is read from its end and, when its
  // sentences never decrease (the usual case), only as far back as the
  // sentence.
  const Quote* LastReportBefore(uint32_t sentence, uint32_t before) const {
    auto fits = [&](size_t k) {
      const Quote& q = doc_.quotes[k];
      return !removed_[k] && q.sentence == sentence && q.cue.end <= before &&
             !q.speaker_mention.empty();
    };
    for (size_t k = doc_.quotes.size(); k-- > first_indirect_;) {
      if (reports_in_order_ && doc_.quotes[k].sentence < sentence) break;
      if (fits(k)) return &doc_.quotes[k];
    }
    size_t k = first_indirect_;
    if (directs_in_order_) {
      // The first direct quote of a later sentence.
      size_t lo = 0, hi = first_indirect_;
      while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (doc_.quotes[mid].sentence <= sentence) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    }
    while (k-- > 0) {
      if (directs_in_order_ && doc_.quotes[k].sentence < sentence) break;
      if (fits(k)) return &doc_.quotes[k];
    }
    return nullptr;
  }

  // Spans by where they start, to ask whether any overlaps a span without
  // reading them all.
  class SpanIndex {
   public:
    void Clear() {
      spans_.clear();
      longest_ = 0;
    }
    void Add(Span s) {
      spans_.push_back(s);
      longest_ = std::max(longest_, s.end - s.begin);
    }
    void Sort() {
      std::sort(spans_.begin(), spans_.end(),
                [](const Span& a, const Span& b) { return a.begin < b.begin; });
    }
    bool AnyOverlaps(Span q) const {
      const uint32_t low = q.begin > longest_ ? q.begin - longest_ : 0;
      auto it = std::lower_bound(spans_.begin(), spans_.end(), low,
                                 [](const Span& s, uint32_t v) { return s.begin < v; });
      for (; it != spans_.end() && it->begin < q.end; ++it)
        if (it->end > q.begin) return true;
      return false;
    }

   private:
    std::vector<Span> spans_;
    uint32_t longest_ = 0;
  };
  SpanIndex quoted_index_;  // doc_.quoted
  int transcript_ = -1;  // TranscriptTurns: -1 not yet known
  // Direct quotes found before FindIndirect (indices into doc_.quotes), by
  // where they start and by sentence; removed_ marks those a mixed report
  // absorbed; the reports of FindIndirect start at first_indirect_.
  std::vector<uint32_t> direct_order_;
  uint32_t direct_longest_ = 0;
  std::vector<uint8_t> removed_;
  size_t live_quotes_ = 0;  // quotes not removed_
  size_t first_indirect_ = 0;      // doc_.quotes from here: this pass's reports
  bool directs_in_order_ = true;   // their sentences never decrease before it
  bool reports_in_order_ = true;   // nor from it
  std::vector<uint32_t> overlapping_;
  bool mentions_sorted_ = false;  // doc_.mentions in order of their start
  uint32_t longest_mention_ = 0;  // bytes
};

class QuoteStage : public Stage {
 public:
  QuoteStage(std::unique_ptr<CueLexicon> cues, WordClasses words)
      : cues_(std::move(cues)), words_(std::move(words)) {}
  std::string_view name() const override { return "quotes"; }
  Status Annotate(Document& doc) const override {
    Finder(*cues_, words_, doc).Run();
    return Status::Ok();
  }

 private:
  std::unique_ptr<CueLexicon> cues_;
  WordClasses words_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewQuoteStage(const Resources& resources) {
  auto cues = CueLexicon::Load(resources.options.data_dir);
  if (!cues.ok()) return cues.status();
  auto words = WordClasses::Load(resources.options.data_dir);
  if (!words.ok()) return words.status();
  words->BuildBits(**cues);
  return std::unique_ptr<Stage>(
      new QuoteStage(std::move(cues.value()), std::move(words.value())));
}

}  // namespace newsmill

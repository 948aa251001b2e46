// Test helper: a Document written by hand, with its syntax and actors.
//
//   TestDoc d("Putin/PROPN/1/nsubj accused/VERB/-1/root/accuse "
//             "Biden/PROPN/1/obj ./PUNCT/1/punct");
//   d.Entity("Vladimir Putin", "RUSGOV", EntityType::kPerson, {{0, 1}});
//   Document& doc = d.Build();   // clauses read off the tree
//
// Tokens are "word/UPOS/head/dep[/lemma]" separated by spaces; the head is
// an index within the sentence, -1 for the root; "||" starts a new
// sentence. Without a lemma the lower-case word is used.
#ifndef NEWSMILL_EVENTS_TEST_DOCUMENT_H_
#define NEWSMILL_EVENTS_TEST_DOCUMENT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "events/clause_builder.h"
#include "newsmill/document.h"

namespace newsmill {

class TestDoc {
 public:
  explicit TestDoc(std::string_view spec, std::string published = "2022-02-01",
                   bool with_syntax = true) {
    doc_.published = std::move(published);
    doc_.analysed = true;
    uint32_t sent_begin = 0;
    uint32_t base = 0;
    auto close_sentence = [&] {
      if (doc_.tokens.size() == sent_begin) return;
      Sentence s;
      s.token_begin = sent_begin;
      s.token_end = static_cast<uint32_t>(doc_.tokens.size());
      s.span = {doc_.tokens[sent_begin].span.begin, doc_.tokens.back().span.end};
      doc_.sentences.push_back(s);
      sent_begin = static_cast<uint32_t>(doc_.tokens.size());
    };
    for (std::string_view item : Split(spec, ' ')) {
      if (item.empty()) continue;
      if (item == "||") {
        close_sentence();
        base = sent_begin;
        continue;
      }
      auto f = Split(item, '/');
      std::string word(f[0]);
      if (!doc_.text.empty()) doc_.text += ' ';
      Token t;
      t.span = {static_cast<uint32_t>(doc_.text.size()),
                static_cast<uint32_t>(doc_.text.size() + word.size())};
      doc_.text += word;
      t.kind = IsAsciiAlpha(word[0]) ? TokenKind::kWord
               : IsAsciiDigit(word[0]) ? TokenKind::kNumber
                                       : TokenKind::kPunct;
      if (with_syntax && f.size() >= 4) {
        t.pos = ParseUpos(f[1]).value_or(Upos::kX);
        int h = std::stoi(std::string(f[2]));
        t.head = h < 0 ? -1 : static_cast<int32_t>(base + h);
        t.dep = ParseDep(f[3]);
        t.lemma = f.size() >= 5 ? std::string(f[4]) : ToLowerAscii(word);
      }
      doc_.tokens.push_back(std::move(t));
    }
    close_sentence();
    doc_.paragraphs.push_back({0, static_cast<uint32_t>(doc_.text.size())});
  }

  // An entity named by the token ranges [begin, end) (document indices).
  int Entity(std::string name, std::string actor, EntityType type,
             std::vector<std::pair<uint32_t, uint32_t>> ranges,
             MentionForm form = MentionForm::kName) {
    newsmill::Entity e;
    e.name = std::move(name);
    e.key = ToLowerAscii(e.name);
    e.type = type;
    e.actor = actor;
    e.country = actor.size() >= 3 && !actor.starts_with("IGO") ? actor.substr(0, 3) : "";
    int id = static_cast<int>(doc_.entities.size());
    for (auto [b, en] : ranges) {
      Mention m;
      m.token_begin = b;
      m.token_end = en;
      m.span = {doc_.tokens[b].span.begin, doc_.tokens[en - 1].span.end};
      m.form = form;
      m.entity = id;
      e.mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
      doc_.mentions.push_back(m);
    }
    doc_.entities.push_back(std::move(e));
    return id;
  }
  // An adjective mention of an existing entity ("Russian").
  void Adjective(int entity, uint32_t token) {
    Mention m;
    m.token_begin = token;
    m.token_end = token + 1;
    m.span = doc_.tokens[token].span;
    m.form = MentionForm::kAdjective;
    m.entity = entity;
    doc_.entities[entity].mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
    doc_.mentions.push_back(m);
  }
  void Time(uint32_t begin, uint32_t end, std::string value) {
    TimeExpr t;
    t.span = {doc_.tokens[begin].span.begin, doc_.tokens[end - 1].span.end};
    t.value = std::move(value);
    doc_.times.push_back(std::move(t));
  }
  void Quote(uint32_t begin, uint32_t end, int speaker, QuoteKind kind = QuoteKind::kDirect) {
    newsmill::Quote q;
    q.kind = kind;
    q.span = {doc_.tokens[begin].span.begin, doc_.tokens[end - 1].span.end};
    q.speaker = speaker;
    q.speaker_name = speaker >= 0 ? doc_.entities[speaker].name : "";
    for (uint32_t t = begin; t < end; ++t) doc_.tokens[t].flags |= Token::kInQuote;
    doc_.quotes.push_back(std::move(q));
  }
  Document& Build() {
    BuildClausesFromTree(doc_);
    return doc_;
  }
  Document& doc() { return doc_; }

 private:
  Document doc_;
};

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_TEST_DOCUMENT_H_

// Documents built by hand for the store and server tests: the analysis
// stages are developed in parallel, so tests construct what they would
// produce instead of running them.
//
//   DocBuilder b("a1", "Putin said \"no\". Biden met Putin.");
//   int putin = b.AddEntity("vladimir-putin", "Vladimir Putin",
//                           EntityType::kPerson, "RUSGOV", "RUS", {"Putin"});
//   b.AddQuote("no", putin, "said");
//   Document doc = b.Build();
//
// Thread safety: one builder per thread.
#ifndef NEWSMILL_STORE_TEST_DOCUMENTS_H_
#define NEWSMILL_STORE_TEST_DOCUMENTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsmill/document.h"

namespace newsmill {

class DocBuilder {
 public:
  DocBuilder(std::string id, std::string text, std::string published = "") {
    doc_.id = std::move(id);
    doc_.text = std::move(text);
    doc_.published = std::move(published);
    doc_.published_from = doc_.published.empty() ? PublishedFrom::kNone
                                                 : PublishedFrom::kInput;
    doc_.language = "en";
    doc_.analysed = true;
    // Sentences: split after ". " (enough for hand-written test text).
    uint32_t start = 0;
    const std::string& t = doc_.text;
    for (size_t i = 0; i < t.size(); ++i) {
      bool end = (t[i] == '.' || t[i] == '!' || t[i] == '?') &&
                 (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\n' ||
                  t[i + 1] == '"');
      if (end) {
        size_t e = i + 1;
        if (e < t.size() && t[e] == '"') ++e;
        Sentence s;
        s.span = {start, static_cast<uint32_t>(e)};
        doc_.sentences.push_back(s);
        start = static_cast<uint32_t>(e);
        while (start < t.size() && (t[start] == ' ' || t[start] == '\n')) ++start;
        i = start > 0 ? start - 1 : 0;
      }
    }
    if (start < t.size()) doc_.sentences.push_back({{start, static_cast<uint32_t>(t.size())}});
  }

  DocBuilder& Title(std::string t) { doc_.title = std::move(t); return *this; }
  DocBuilder& Url(std::string u) { doc_.url = std::move(u); return *this; }
  DocBuilder& Outlet(std::string o) { doc_.outlet = std::move(o); return *this; }

  // The nth occurrence of s in the text that is not part of a longer word
  // (an empty span if absent).
  Span Find(std::string_view s, int nth = 0) const {
    const std::string& t = doc_.text;
    auto letter = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    size_t pos = 0;
    for (int i = 0;;) {
      pos = t.find(s, pos);
      if (pos == std::string::npos) return {};
      size_t end = pos + s.size();
      bool whole = (pos == 0 || !letter(s[0]) || !letter(t[pos - 1])) &&
                   (end == t.size() || !letter(s.back()) || !letter(t[end]));
      if (whole && i++ == nth) break;
      pos += 1;
    }
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
  }

  uint32_t SentenceOf(const Span& s) const {
    for (size_t i = 0; i < doc_.sentences.size(); ++i)
      if (doc_.sentences[i].span.begin <= s.begin && s.begin < doc_.sentences[i].span.end)
        return static_cast<uint32_t>(i);
    return 0;
  }

  // Adds an entity with a mention for every occurrence of each surface.
  int AddEntity(std::string key, std::string name, EntityType type,
                std::string actor, std::string country,
                std::vector<std::string> surfaces) {
    Entity e;
    e.key = std::move(key);
    e.name = std::move(name);
    e.type = type;
    e.actor = std::move(actor);
    e.country = std::move(country);
    int index = static_cast<int>(doc_.entities.size());
    for (const std::string& s : surfaces) {
      for (int n = 0;; ++n) {
        Span sp = Find(s, n);
        if (sp.empty()) break;
        bool inside = false;  // "Putin" within "Vladimir Putin"
        for (uint32_t k : e.mentions)
          inside = inside || doc_.mentions[k].span.Contains(sp);
        if (inside) continue;
        Mention m;
        m.span = sp;
        m.entity = index;
        e.mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
        doc_.mentions.push_back(m);
      }
    }
    doc_.entities.push_back(std::move(e));
    return index;
  }

  DocBuilder& AddQuote(std::string_view content, int speaker,
                       std::string_view cue, std::string source = "") {
    Quote q;
    q.span = Find(content);
    q.speaker = speaker;
    if (speaker >= 0) {
      q.speaker_name = doc_.entities[speaker].name;
      const Entity& e = doc_.entities[speaker];
      if (!e.mentions.empty()) q.speaker_mention = doc_.mentions[e.mentions[0]].span;
    }
    if (!cue.empty()) q.cue = Find(cue);
    q.source = std::move(source);
    q.sentence = SentenceOf(q.span);
    doc_.quotes.push_back(q);
    return *this;
  }

  DocBuilder& AddEvent(std::string code, int quad, double goldstein, int source,
                       int target, std::string_view cue, int group,
                       std::string date = "", int cue_nth = 0) {
    Event e;
    e.code = code;
    e.root = code.substr(0, 2);
    e.quad = quad;
    e.goldstein = goldstein;
    auto actor = [&](int i) {
      EventActor a;
      a.entity = i;
      a.name = doc_.entities[i].name;
      a.actor = doc_.entities[i].actor;
      a.country = doc_.entities[i].country;
      return a;
    };
    e.source = actor(source);
    if (target >= 0) e.target = actor(target);
    e.cue = Find(cue, cue_nth);
    e.sentence = SentenceOf(e.cue);
    e.group = group;
    e.date = date.empty() ? doc_.published.substr(0, 10) : date;
    e.confidence = 0.8f;
    doc_.events.push_back(e);
    return *this;
  }

  DocBuilder& AddTime(std::string_view surface, std::string value) {
    TimeExpr t;
    t.span = Find(surface);
    t.value = std::move(value);
    t.sentence = SentenceOf(t.span);
    doc_.times.push_back(t);
    return *this;
  }

  DocBuilder& AddQuantity(std::string_view surface, double value, std::string unit) {
    Quantity q;
    q.span = Find(surface);
    q.value = value;
    q.unit = std::move(unit);
    doc_.quantities.push_back(q);
    return *this;
  }

  Document& doc() { return doc_; }
  Document Build() const { return doc_; }

 private:
  Document doc_;
};

// The article the store and server tests share: Russia and the United
// States, a quote about guarantees, two event groups.
inline Document GuaranteesArticle(std::string id = "guarantees-1",
                                  std::string published = "2022-02-01") {
  DocBuilder b(id,
               "Russian President Vladimir Putin said on Tuesday that the "
               "United States had ignored Moscow's demands. \"We need legal "
               "guarantees of our security,\" Putin told reporters.\n\n"
               "Secretary of State Antony Blinken met Sergei Lavrov in Geneva. "
               "Blinken accused Russia of massing 100,000 troops, The Hill "
               "reported. Lavrov later met Blinken again.",
               published);
  b.Title("Putin says U.S. ignored demands").Url("https://example.com/" + id)
      .Outlet("Example News");
  int putin = b.AddEntity("vladimir-putin", "Vladimir Putin",
                          EntityType::kPerson, "RUSGOV", "RUS",
                          {"Vladimir Putin", "Putin"});
  int usa = b.AddEntity("USA", "United States", EntityType::kCountry, "USA",
                        "USA", {"United States"});
  int blinken = b.AddEntity("antony-blinken", "Antony Blinken",
                            EntityType::kPerson, "USAGOV", "USA",
                            {"Antony Blinken", "Blinken"});
  int lavrov = b.AddEntity("sergei-lavrov", "Sergei Lavrov",
                           EntityType::kPerson, "RUSGOV", "RUS",
                           {"Sergei Lavrov", "Lavrov"});
  int russia = b.AddEntity("RUS", "Russia", EntityType::kCountry, "RUS", "RUS",
                           {"Russia"});
  b.AddQuote("We need legal guarantees of our security,", putin, "told");
  b.AddQuote("the United States had ignored Moscow's demands", putin, "said");
  b.AddEvent("111", 3, -2.0, putin, usa, "ignored", 1);
  b.AddEvent("040", 1, 1.0, blinken, lavrov, "met", 2);
  b.AddEvent("040", 1, 1.0, lavrov, blinken, "met", 2, "", 1);
  b.AddEvent("112", 3, -2.0, blinken, russia, "accused", 3);
  b.AddTime("Tuesday", published);
  b.AddQuantity("100,000 troops", 100000, "troops");
  b.doc().cited_outlets.push_back("The Hill");
  return b.Build();
}

}  // namespace newsmill

#endif  // NEWSMILL_STORE_TEST_DOCUMENTS_H_

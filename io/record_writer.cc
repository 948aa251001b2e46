#include "io/record_writer.h"

#include <cstdio>

#include "base/json_writer.h"
#include "base/utf8.h"
#include "newsmill/pipeline.h"

namespace newsmill {
namespace {

class RecordBuilder {
 public:
  RecordBuilder(const Document& doc, std::string* out)
      : doc_(doc), index_(doc.text), w_(out) {}

  uint32_t Cp(uint32_t byte) const { return index_.ToCodePoint(byte); }

  void Offsets(const Span& s) {
    w_.Key("start");
    w_.Int(Cp(s.begin));
    w_.Key("end");
    w_.Int(Cp(s.end));
  }

  void SpanObject(const Span& s, bool with_text) {
    w_.BeginObject();
    Offsets(s);
    if (with_text) {
      w_.Key("text");
      w_.String(doc_.Text(s));
    }
    w_.EndObject();
  }

  std::string EntityId(int32_t i) const { return "e" + std::to_string(i + 1); }

  void EventActorObject(const EventActor& a) {
    w_.BeginObject();
    w_.Key("entity");
    if (a.entity >= 0) {
      w_.String(EntityId(a.entity));
    } else {
      w_.Null();
    }
    w_.Key("name");
    w_.StringOrNull(a.name);
    w_.Key("actor");
    w_.StringOrNull(a.actor);
    w_.Key("country");
    w_.StringOrNull(a.country);
    w_.EndObject();
  }

  void Write(const RecordOptions& o) {
    const Document& d = doc_;
    w_.BeginObject();
    w_.Key("id");
    w_.String(d.id);
    w_.Key("engine");
    w_.BeginObject();
    w_.Key("name");
    w_.String("newsmill");
    w_.Key("version");
    w_.String(Version());
    w_.Key("lexicon");
    w_.String(o.lexicon_id);
    w_.EndObject();
    w_.Key("url");
    w_.StringOrNull(d.url);
    w_.Key("outlet");
    w_.StringOrNull(d.outlet);
    w_.Key("title");
    w_.StringOrNull(d.title);
    w_.Key("authors");
    w_.BeginArray();
    for (const std::string& a : d.authors) w_.String(a);
    w_.EndArray();
    w_.Key("published");
    w_.StringOrNull(d.published);
    w_.Key("published_from");
    w_.String(PublishedFromName(d.published_from));
    w_.Key("language");
    w_.StringOrNull(d.language);
    w_.Key("text");
    if (o.include_text) {
      w_.String(d.text);
    } else {
      w_.Null();
    }

    w_.Key("sentences");
    w_.BeginArray();
    for (const Sentence& s : d.sentences) SpanObject(s.span, false);
    w_.EndArray();

    if (o.tokens) {
      w_.Key("tokens");
      w_.BeginArray();
      for (const Token& t : d.tokens) {
        w_.BeginObject();
        Offsets(t.span);
        w_.Key("pos");
        w_.StringOrNull(UposName(t.pos));
        w_.Key("lemma");
        w_.StringOrNull(t.lemma);
        w_.Key("head");
        if (t.head == Token::kNoHead) {
          w_.Null();
        } else {
          w_.Int(t.head);
        }
        w_.Key("dep");
        w_.StringOrNull(DepName(t.dep));
        w_.EndObject();
      }
      w_.EndArray();
    }

    w_.Key("entities");
    w_.BeginArray();
    for (size_t i = 0; i < d.entities.size(); ++i) {
      const Entity& e = d.entities[i];
      w_.BeginObject();
      w_.Key("id");
      w_.String(EntityId(static_cast<int32_t>(i)));
      w_.Key("key");
      w_.String(e.key);
      w_.Key("name");
      w_.String(e.name);
      w_.Key("type");
      w_.String(EntityTypeName(e.type));
      w_.Key("actor");
      w_.StringOrNull(e.actor);
      w_.Key("country");
      w_.StringOrNull(e.country);
      w_.Key("mentions");
      w_.BeginArray();
      for (uint32_t m : e.mentions) {
        const Mention& mention = d.mentions[m];
        w_.BeginObject();
        Offsets(mention.span);
        w_.Key("text");
        w_.String(d.Text(mention.span));
        w_.Key("form");
        w_.String(MentionFormName(mention.form));
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("quotes");
    w_.BeginArray();
    for (const Quote& q : d.quotes) {
      w_.BeginObject();
      w_.Key("kind");
      w_.String(QuoteKindName(q.kind));
      w_.Key("text");
      w_.String(d.Text(q.span));
      Offsets(q.span);
      w_.Key("speaker");
      if (q.speaker >= 0) {
        w_.String(EntityId(q.speaker));
      } else {
        w_.Null();
      }
      w_.Key("speaker_name");
      w_.StringOrNull(q.speaker_name);
      w_.Key("speaker_mention");
      if (q.speaker_mention.empty()) {
        w_.Null();
      } else {
        SpanObject(q.speaker_mention, true);
      }
      w_.Key("cue");
      if (q.cue.empty()) {
        w_.Null();
      } else {
        w_.String(d.Text(q.cue));
      }
      w_.Key("cue_span");
      if (q.cue.empty()) {
        w_.Null();
      } else {
        SpanObject(q.cue, false);
      }
      w_.Key("source");
      w_.StringOrNull(q.source);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("times");
    w_.BeginArray();
    for (const TimeExpr& t : d.times) {
      w_.BeginObject();
      w_.Key("text");
      w_.String(d.Text(t.span));
      Offsets(t.span);
      w_.Key("type");
      w_.String(TimexTypeName(t.type));
      w_.Key("value");
      w_.String(t.value);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("quantities");
    w_.BeginArray();
    for (const Quantity& q : d.quantities) {
      w_.BeginObject();
      w_.Key("text");
      w_.String(d.Text(q.span));
      Offsets(q.span);
      w_.Key("value");
      w_.Double(q.value);
      if (q.value_max) {
        w_.Key("value_max");
        w_.Double(*q.value_max);
      }
      w_.Key("unit");
      w_.StringOrNull(q.unit);
      w_.Key("approximate");
      w_.Bool(q.approximate);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("events");
    w_.BeginArray();
    for (const Event& e : d.events) {
      w_.BeginObject();
      w_.Key("code");
      w_.String(e.code);
      w_.Key("root");
      w_.String(e.root);
      w_.Key("quad");
      w_.Int(e.quad);
      w_.Key("goldstein");
      w_.Double(e.goldstein);
      w_.Key("plover");
      w_.StringOrNull(e.plover);
      w_.Key("source");
      EventActorObject(e.source);
      w_.Key("target");
      if (e.target) {
        EventActorObject(*e.target);
      } else {
        w_.Null();
      }
      w_.Key("date");
      w_.StringOrNull(e.date);
      w_.Key("location");
      WritePlace(&w_, e.location);
      w_.Key("mode");
      w_.String(EventModeName(e.mode));
      w_.Key("confidence");
      w_.Double(static_cast<double>(static_cast<int>(e.confidence * 100 + 0.5)) / 100);
      w_.Key("sentence");
      w_.Int(e.sentence);
      Span sentence_span = e.sentence < d.sentences.size()
                               ? d.sentences[e.sentence].span
                               : Span{};
      Offsets(sentence_span);
      w_.Key("cue");
      if (e.cue.empty()) {
        w_.Null();
      } else {
        w_.String(d.Text(e.cue));
      }
      w_.Key("group");
      w_.Int(e.group);
      w_.Key("reported_by");
      w_.StringOrNull(e.reported_by);
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("cited_outlets");
    w_.BeginArray();
    for (const std::string& s : d.cited_outlets) w_.String(s);
    w_.EndArray();

    w_.Key("warnings");
    w_.BeginArray();
    for (const std::string& s : d.warnings) w_.String(s);
    w_.EndArray();
    w_.EndObject();
  }

 private:
  const Document& doc_;
  CodePointIndex index_;
  JsonWriter w_;
};

}  // namespace

void AppendRecord(const Document& doc, const RecordOptions& options,
                  std::string* out) {
  RecordBuilder b(doc, out);
  b.Write(options);
  out->push_back('\n');
}

}  // namespace newsmill

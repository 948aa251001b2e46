#include "entities/actor_code.h"

#include "base/strings.h"
#include "lexicon/fold.h"

namespace newsmill {
namespace {

bool CountryCode(const std::string& code) {
  if (code.size() < 3) return false;
  for (int i = 0; i < 3; ++i)
    if (!IsAsciiUpper(code[i])) return false;
  return code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0 &&
         code.compare(0, 3, "IMG") != 0 && code.compare(0, 3, "MNC") != 0;
}

PhraseCode Of(const Document& doc, int32_t entity) {
  PhraseCode out;
  out.entity = entity;
  const Entity& e = doc.entities[entity];
  out.code = e.actor;
  out.country = e.country;
  if (out.country.empty() && CountryCode(out.code)) out.country = out.code.substr(0, 3);
  return out;
}

}  // namespace

PhraseCode CodePhrase(const Lexicon& lex, const Document& doc,
                      uint32_t token_begin, uint32_t token_end) {
  PhraseCode out;
  if (token_begin >= token_end || token_end > doc.tokens.size()) return out;
  Span phrase{doc.tokens[token_begin].span.begin, doc.tokens[token_end - 1].span.end};
  // 1. A name, nominal or pronoun mention that ends the phrase: its entity.
  int32_t head = -1, modifier = -1;
  uint32_t head_len = 0;
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || !phrase.Contains(m.span)) continue;
    const Entity& e = doc.entities[m.entity];
    if (m.form != MentionForm::kAdjective && m.span.end == phrase.end &&
        e.type != EntityType::kGroup) {
      if (m.span.size() > head_len) {
        head = m.entity;
        head_len = m.span.size();
      }
    } else if (m.span.end < phrase.end || m.form == MentionForm::kAdjective) {
      if (!e.actor.empty()) modifier = m.entity;  // the last one wins
    }
  }
  if (head >= 0 && !doc.entities[head].actor.empty()) return Of(doc, head);
  // 2. A role noun: its sector joined to the modifier's code.
  std::vector<uint32_t> words;
  std::vector<CaseShape> shapes;
  std::string key;
  for (uint32_t t = token_begin; t < token_end; ++t) {
    std::string_view text = doc.TokenText(t);
    words.push_back(FoldWord(text, &key) ? lex.words().Find(key) : 0);
    shapes.push_back(CaseShapeOf(text));
  }
  std::vector<PhraseMatch> matches;
  std::vector<uint32_t> phrases;
  lex.matcher().FindLongest(words, shapes, &matches, &phrases);
  const Agent* agent = nullptr;
  for (const PhraseMatch& m : matches) {
    for (uint32_t k = 0; k < m.count; ++k) {
      const PatternInfo& info = lex.pattern(phrases[m.first + k]);
      if (info.kind == PatternInfo::kAgent) agent = &lex.agent(info.target);
    }
  }
  // A group entity ("Russian soldiers") carries its own code.
  if (head >= 0 && doc.entities[head].type == EntityType::kGroup &&
      !doc.entities[head].actor.empty())
    return Of(doc, head);
  if (agent != nullptr && modifier >= 0) {
    PhraseCode m = Of(doc, modifier);
    out.entity = -1;
    if (agent->sector.empty()) {
      out.code = m.code;
    } else if (agent->prefix) {
      out.code = agent->sector + m.code;
    } else if (m.code.size() == 3 ||
               (m.code.size() >= 3 && !CountryCode(m.code))) {
      // A country ("RUS") or an international body ("IGOWSTNAT") takes the
      // role's sector; a national institution ("RUSGOV") keeps its own.
      out.code = m.code + agent->sector;
    } else {
      out.code = m.code;
    }
    out.country = m.country;
    return out;
  }
  if (head >= 0) return Of(doc, head);
  if (modifier >= 0 && agent == nullptr) return Of(doc, modifier);
  if (agent != nullptr) out.code = agent->prefix ? agent->sector : "";
  return out;
}

}  // namespace newsmill

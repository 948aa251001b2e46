#include "events/clause_builder.h"

#include "base/strings.h"

namespace newsmill {

void BuildClausesFromTree(Document& doc) {
  if (!doc.clauses.empty()) return;
  size_t n = doc.tokens.size();
  bool tree = false;
  for (const Token& t : doc.tokens) tree = tree || t.head != Token::kNoHead;
  if (!tree) return;
  std::vector<std::vector<uint32_t>> kids(n);
  for (size_t t = 0; t < n; ++t) {
    int32_t h = doc.tokens[t].head;
    if (h >= 0 && static_cast<size_t>(h) < n) kids[h].push_back(static_cast<uint32_t>(t));
  }
  auto lower = [&](uint32_t t) {
    std::string s = ToLowerAscii(doc.tokens[t].lemma.empty() ? doc.TokenText(t)
                                                             : std::string_view(doc.tokens[t].lemma));
    return s;
  };
  std::vector<int32_t> clause_of(n, -1);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t t = sent.token_begin; t < sent.token_end && t < n; ++t) {
      const Token& tk = doc.tokens[t];
      bool has_cop = false;
      for (uint32_t k : kids[t]) has_cop = has_cop || (tk.pos != Upos::kVerb && doc.tokens[k].dep == Dep::kCop);
      bool is_clause = tk.pos == Upos::kVerb || has_cop ||
                       (tk.head == -1 && tk.pos != Upos::kPunct);
      if (!is_clause) continue;
      Clause c;
      c.sentence = s;
      c.verb = static_cast<int32_t>(t);
      c.first_verb_token = static_cast<int32_t>(t);
      c.in_quote = tk.Has(Token::kInQuote);
      c.relation = tk.head == -1 ? Dep::kRoot : tk.dep;
      c.last_verb_token = static_cast<int32_t>(t);
      for (uint32_t k : kids[t]) {
        const Token& kt = doc.tokens[k];
        std::string w = lower(k);
        switch (kt.dep) {
          case Dep::kNsubj: c.subject = static_cast<int32_t>(k); break;
          case Dep::kNsubjPass:
            c.subject = static_cast<int32_t>(k);
            c.passive = true;
            break;
          case Dep::kAuxPass: c.passive = true; break;
          case Dep::kObj: c.object = static_cast<int32_t>(k); break;
          case Dep::kIobj: c.indirect_object = static_cast<int32_t>(k); break;
          case Dep::kCompoundPrt: c.particle = static_cast<int32_t>(k); break;
          case Dep::kMark: c.complementizer = static_cast<int32_t>(k); break;
          case Dep::kOblAgent: c.agent = static_cast<int32_t>(k); break;
          case Dep::kObl:
          case Dep::kOblNpmod: {
            Oblique o;
            o.head = static_cast<int32_t>(k);
            for (uint32_t kk : kids[k])
              if (doc.tokens[kk].dep == Dep::kCase) o.marker = static_cast<int32_t>(kk);
            if (o.marker >= 0 && lower(o.marker) == "by" && c.passive) {
              c.agent = o.head;
            } else {
              c.obliques.push_back(o);
            }
            break;
          }
          case Dep::kAdvmod:
            if (w == "not" || w == "never" || w == "n't") {
              c.negation = static_cast<int32_t>(k);
              c.negated = true;
            }
            break;
          case Dep::kAux:
            if (w == "may" || w == "might" || w == "could") c.modality = Modality::kPossibility;
            else if (w == "would") c.modality = Modality::kConditional;
            else if (w == "must" || w == "should") c.modality = Modality::kObligation;
            else if (w == "can") c.modality = Modality::kAbility;
            else if (w == "will" || w == "shall" || w == "'ll") c.tense = Tense::kFuture;
            if (static_cast<int32_t>(k) < c.first_verb_token) c.first_verb_token = static_cast<int32_t>(k);
            break;
          default: break;
        }
      }
      // A passive "by" phrase attached before the passive mark was seen.
      if (c.passive && c.agent < 0) {
        for (size_t i = 0; i < c.obliques.size(); ++i) {
          if (c.obliques[i].marker >= 0 && lower(c.obliques[i].marker) == "by") {
            c.agent = c.obliques[i].head;
            c.obliques.erase(c.obliques.begin() + i);
            break;
          }
        }
      }
      clause_of[t] = static_cast<int32_t>(doc.clauses.size());
      doc.clauses.push_back(std::move(c));
    }
  }
  // Parents and complements.
  for (size_t ci = 0; ci < doc.clauses.size(); ++ci) {
    Clause& c = doc.clauses[ci];
    int32_t h = doc.tokens[c.verb].head;
    for (int guard = 0; h >= 0 && static_cast<size_t>(h) < n && guard < 100; ++guard) {
      if (clause_of[h] >= 0) {
        c.parent = clause_of[h];
        Dep d = doc.tokens[c.verb].dep;
        if ((d == Dep::kCcomp || d == Dep::kXcomp) && doc.clauses[c.parent].complement < 0)
          doc.clauses[c.parent].complement = static_cast<int32_t>(ci);
        break;
      }
      h = doc.tokens[h].head;
    }
  }
}

}  // namespace newsmill

#include "text/text_stage.h"

#include <string>

#include "text/language.h"
#include "text/normalizer.h"
#include "text/quote_pairing.h"
#include "text/sentence_splitter.h"
#include "text/text_rules.h"
#include "text/tokenizer.h"

namespace newsmill {
namespace {

// The first paragraph of a plain-text article when it reads as a headline:
// one short line, capitalised, without final punctuation, with more text
// after it. "" otherwise.
std::string_view HeadlineOf(const Document& doc) {
  if (doc.paragraphs.size() < 2 || doc.sentences.empty()) return "";
  const Span& p = doc.paragraphs[0];
  std::string_view t = doc.Text(p);
  if (t.empty() || t.size() > 200 || t.find('\n') != std::string_view::npos) return "";
  const Sentence& s = doc.sentences[0];
  if (s.paragraph != 0 || s.span.end != p.end) return "";  // one sentence
  uint32_t words = 0;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i)
    words += doc.tokens[i].kind == TokenKind::kWord;
  if (words < 2 || words > 24) return "";
  if (!doc.tokens[s.token_begin].Has(Token::kCapitalized)) return "";
  const Token& last = doc.tokens[s.token_end - 1];
  if (last.kind == TokenKind::kPunct || last.kind == TokenKind::kQuoteMark) return "";
  return t;
}

class TextStage : public Stage {
 public:
  TextStage(std::unique_ptr<TextRules> rules, bool any_language)
      : rules_(std::move(rules)), any_language_(any_language) {}

  std::string_view name() const override { return "text"; }

  Status Annotate(Document& doc) const override {
    NormalizedText n = Normalize(*rules_, doc.text);
    if (n.invalid_utf8 > 0) {
      doc.warnings.push_back("invalid UTF-8: " + std::to_string(n.invalid_utf8) +
                             " byte sequence(s) replaced by U+FFFD");
    }
    doc.text = std::move(n.text);
    doc.paragraphs = std::move(n.paragraphs);
    doc.source_map = std::move(n.source_map);
    if (doc.text.empty()) {
      doc.warnings.push_back("no article text");
      doc.analysed = false;
      return Status::Ok();
    }
    QuotePairingState quotes;
    for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
      uint32_t tb = static_cast<uint32_t>(doc.tokens.size());
      Tokenize(*rules_, doc.text, doc.paragraphs[p], &doc.tokens);
      uint32_t te = static_cast<uint32_t>(doc.tokens.size());
      if (tb == te) continue;
      doc.tokens[tb].flags |= Token::kParagraphStart;
      PairQuotes(&doc, tb, te, &quotes);
      SplitSentences(*rules_, &doc, tb, te, p);
    }
    if (quotes.unbalanced > 0) {
      doc.warnings.push_back("quotation marks: " +
                             std::to_string(quotes.unbalanced) +
                             " without a partner");
    }
    if (doc.title.empty()) doc.title = std::string(HeadlineOf(doc));
    doc.language = DetectLanguage(*rules_, doc.text, doc.tokens);
    if (doc.language != "en" && !any_language_) {
      doc.warnings.push_back("language '" + doc.language +
                             "' is not English: not analysed");
      doc.analysed = false;
      return Status::Ok();
    }
    doc.analysed = true;
    return Status::Ok();
  }

 private:
  std::unique_ptr<TextRules> rules_;
  bool any_language_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewTextStage(const Resources& resources) {
  auto rules = TextRules::Load(resources.options.data_dir);
  if (!rules.ok()) return rules.status();
  return std::unique_ptr<Stage>(new TextStage(
      std::move(rules.value()), resources.options.analyse_any_language));
}

}  // namespace newsmill

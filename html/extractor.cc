#include "html/extractor.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "html/charset.h"
#include "html/content.h"
#include "html/metadata.h"
#include "html/parser.h"

namespace newsmill {
namespace {

// Below this much text a page is not read as an article.
constexpr size_t kMinArticleChars = 100;

// Binary junk rather than a page: many control bytes among the first 4 KB
// (UTF-16 pages, which are full of NULs, are recognised by their BOM or by
// alternating NULs first).
bool LooksBinary(std::string_view s) {
  std::string_view head = s.substr(0, 4096);
  if (head.size() >= 2) {
    unsigned char a = static_cast<unsigned char>(head[0]);
    unsigned char b = static_cast<unsigned char>(head[1]);
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return false;
  }
  size_t control = 0, nul_even = 0, nul_odd = 0;
  for (size_t i = 0; i < head.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (c == 0) (i % 2 ? nul_odd : nul_even)++;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != 0x1B)
      ++control;
  }
  // UTF-16 without a BOM: every other byte NUL.
  if (head.size() >= 64 && (nul_even * 3 > head.size() || nul_odd * 3 > head.size()))
    return false;
  return control * 10 > head.size();
}

class ExtractorImpl : public ArticleExtractor {
 public:
  ExtractorImpl(std::unique_ptr<html::ContentRules> content,
                std::unique_ptr<html::MetadataRules> meta)
      : content_(std::move(content)), meta_(std::move(meta)) {}

  Result<ExtractedArticle> Extract(std::string_view bytes,
                                   const ExtractOptions& options) const override {
    ExtractedArticle a;
    if (TrimAscii(bytes).empty()) {
      return Status::InvalidArgument("empty page");
    }
    if (bytes.size() > options.max_bytes) {
      a.warnings.push_back("html: page of " + std::to_string(bytes.size()) +
                           " bytes cut to " + std::to_string(options.max_bytes));
      bytes = bytes.substr(0, options.max_bytes);
    }
    if (LooksBinary(bytes)) {
      a.is_article = false;
      a.url = options.url;
      a.warnings.push_back("html: binary data, not a web page");
      return a;
    }
    html::DecodedPage page = html::DecodeToUtf8(bytes, options.http_charset);
    a.encoding = page.encoding;
    for (std::string& w : page.warnings) a.warnings.push_back(std::move(w));
    html::ParseOptions popts;
    popts.max_depth = options.max_depth;
    html::Dom dom = html::ParseHtml(page.text, popts);
    for (const std::string& w : dom.warnings()) a.warnings.push_back(w);

    html::MetadataReader reader(dom, options.url, *meta_);
    html::ContentHints hints;
    hints.article_body = reader.ArticleBody();
    hints.title = reader.Read(html::ArticleEvidence()).title;
    std::string trace;
    if (options.trace) hints.trace = &trace;
    html::ContentResult content = html::ExtractContent(dom, *content_, hints);
    html::ArticleEvidence evidence;
    evidence.region = content.region;
    evidence.first_kept = content.first_kept;
    evidence.bylines = std::move(content.bylines);
    evidence.dates = std::move(content.dates);
    html::PageMetadata meta = reader.Read(evidence);
    if (options.trace) *options.trace += trace;

    a.text = std::move(content.text);
    a.title = std::move(meta.title);
    a.authors = std::move(meta.authors);
    a.published = std::move(meta.published);
    a.outlet = std::move(meta.outlet);
    a.url = meta.url.empty() ? options.url : std::move(meta.url);
    a.language = std::move(meta.language);
    if (content.used_article_body) {
      a.warnings.push_back(
          "html: article text taken from the page's JSON-LD articleBody");
    }
    size_t chars = CountCodePoints(a.text);
    if (chars < kMinArticleChars || content.good_blocks == 0 ||
        (meta.declared_listing && content.good_blocks < 3)) {
      a.is_article = false;
      a.warnings.push_back(
          "html: page does not look like an article (" +
          std::to_string(chars) + " characters of running text" +
          (meta.declared_listing ? ", declared a listing page" : "") + ")");
    }
    return a;
  }

 private:
  std::unique_ptr<html::ContentRules> content_;
  std::unique_ptr<html::MetadataRules> meta_;
};

}  // namespace

Result<std::unique_ptr<ArticleExtractor>> ArticleExtractor::Create(
    const std::string& data_dir) {
  auto content = html::ContentRules::Load(data_dir);
  if (!content.ok()) return content.status();
  auto meta = html::MetadataRules::Load(data_dir);
  if (!meta.ok()) return meta.status();
  return std::unique_ptr<ArticleExtractor>(new ExtractorImpl(
      std::move(content.value()), std::move(meta.value())));
}

Result<ExtractedArticle> ExtractArticle(std::string_view html_bytes,
                                        const ExtractOptions& options) {
  static const Result<std::unique_ptr<ArticleExtractor>>* shared =
      new Result<std::unique_ptr<ArticleExtractor>>(ArticleExtractor::Create(""));
  if (!shared->ok()) return shared->status();
  return (*shared)->get()->Extract(html_bytes, options);
}

}  // namespace newsmill

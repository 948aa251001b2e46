// Article metadata of a parsed page: headline, bylines, publication date,
// outlet, canonical URL, language, and the schema.org articleBody.
//
//   auto rules = html::MetadataRules::Load("");
//   html::MetadataReader reader(dom, page_url, **rules);  // one pass
//   html::ArticleEvidence evidence;    // region, bylines, dates (content.h)
//   html::PageMetadata m = reader.Read(evidence);
//   m.title; m.authors; m.published;   // "2019-11-19" or ""
//
// Sources, strongest first: JSON-LD objects of an article type
// (NewsArticle, BlogPosting, ...; @graph and arrays walked), Open Graph and
// article:* properties, other <meta> names publishers use (author, byl,
// pubdate, dc.date, parsely-*, sailthru.*, citation_*), microdata itemprops,
// then the page itself: rel=author links and byline elements ("By A and B",
// class or id "byline"/"author"), <time datetime>, <h1>, <title> without its
// site suffix, and a date in the URL. See html/metadata.cc for the rules of
// each field.
//
// Thread safety: MetadataRules is immutable after Load and may be shared; a
// MetadataReader belongs to one thread.
#ifndef NEWSMILL_HTML_METADATA_H_
#define NEWSMILL_HTML_METADATA_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "html/content.h"
#include "html/dom.h"

namespace newsmill::html {

struct MetadataRules {
  // Openings of a byline to strip ("by", "written by", "posted by").
  std::vector<std::string> byline_openings;
  // Words that are never part of a person's name in a byline: job titles,
  // desks ("staff", "writer", "correspondent", "editor").
  std::unordered_set<std::string> not_name_words;
  // Whole bylines that name nobody ("admin", "no author", "staff").
  std::unordered_set<std::string> not_names;

  // Reads data/html/bylines.tsv. Errors name the file and line.
  static Result<std::unique_ptr<MetadataRules>> Load(const std::string& data_dir);
};

struct PageMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string published;       // ISO 8601 date, "" if unknown
  std::string published_source;  // "json-ld", "meta", "time", "url", "text"
  std::string modified;        // dateModified, "" if unknown
  std::string outlet;
  std::string url;             // canonical
  std::string language;        // primary subtag, lower case ("en")
  std::string description;
  std::string article_body;    // JSON-LD / microdata articleBody
  // The page declares itself an article (JSON-LD article type, og:type
  // article); false says nothing.
  bool declared_article = false;
  // The page declares itself a listing and no article (JSON-LD
  // CollectionPage, SearchResultsPage, ItemList, ProfilePage).
  bool declared_listing = false;
};

// What content detection found that metadata uses: where the article is,
// and the bylines and dates near it.
struct ArticleEvidence {
  uint32_t region = kNoNode;
  uint32_t first_kept = kNoNode;  // first text node of the article
  std::vector<NearbyText> bylines;
  std::vector<NearbyText> dates;
};

class MetadataReaderImpl;

// Reads a page's metadata in two steps: the constructor collects every
// source (meta tags, JSON-LD, microdata, candidate elements) in one pass;
// Read() decides each field, preferring bylines and dates near the article
// region once content detection has found it.
class MetadataReader {
 public:
  // page_url: the URL the page was fetched from ("" if unknown), for
  // canonical links given as paths, dates in the URL and the domain name.
  // dom and rules must outlive the reader.
  MetadataReader(const Dom& dom, std::string_view page_url,
                 const MetadataRules& rules);
  ~MetadataReader();
  // The JSON-LD articleBody of the page's article object, "" if none.
  std::string ArticleBody() const;
  PageMetadata Read(const ArticleEvidence& evidence);

 private:
  std::unique_ptr<MetadataReaderImpl> impl_;
};

// Cleans a byline into names: "By Jane Doe and John Roe, Staff Writers |
// Nov 19, 2019" -> {"Jane Doe", "John Roe"}. strict: require names to look
// like names (capitalised words), for text found in the page body.
std::vector<std::string> BylineNames(std::string_view byline,
                                     const MetadataRules& rules, bool strict);

// The headline without a site name: "Title | Site" -> "Title" when "Site"
// matches the outlet or the domain, or is a short tail after a long title.
std::string StripSiteSuffix(std::string_view title, std::string_view outlet,
                            std::string_view domain);

}  // namespace newsmill::html

#endif  // NEWSMILL_HTML_METADATA_H_

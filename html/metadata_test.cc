#include "html/metadata.h"

#include <gtest/gtest.h>

#include "html/parser.h"

namespace newsmill::html {
namespace {

const MetadataRules& Rules() {
  static const MetadataRules* rules = [] {
    auto r = MetadataRules::Load("");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value().release() : new MetadataRules;
  }();
  return *rules;
}

PageMetadata Read(std::string_view html, std::string_view url = "") {
  Dom dom = ParseHtml(html, ParseOptions());
  MetadataReader reader(dom, url, Rules());
  return reader.Read(ArticleEvidence());
}

TEST(HtmlBylines, KeepsNamesOnly) {
  struct Case {
    const char* byline;
    bool strict;
    std::vector<std::string> names;
  };
  const Case cases[] = {
      {"By Jane Doe", true, {"Jane Doe"}},
      {"BY JANE DOE", true, {"JANE DOE"}},
      {"By Jane Doe and John Roe", true, {"Jane Doe", "John Roe"}},
      {"By Jane Doe, John Roe & Ann Poe", true, {"Jane Doe", "John Roe", "Ann Poe"}},
      {"Jane Doe, Staff Writer", true, {"Jane Doe"}},
      {"By Jane Doe | November 19, 2019", true, {"Jane Doe"}},
      {"Written by: Jane Doe", true, {"Jane Doe"}},
      {"Posted by Jane Doe @ 12:00 am", true, {"Jane Doe"}},
      {"Posted on May 1, 2020 by Jane Doe", true, {"Jane Doe"}},
      {"By Senior Correspondent Jane Doe", true, {"Jane Doe"}},
      {"By Maria de la Cruz", true, {"Maria de la Cruz"}},
      {"By Seán Ó Briain", true, {"Seán Ó Briain"}},
      {"Jane Doe (@janedoe)", true, {"Jane Doe"}},
      {"jane.doe@example.com", true, {}},
      {"Admin", false, {}},
      {"Staff", false, {}},
      {"delta201", false, {"delta201"}},
      {"by the editors of the review", true, {}},
  };
  for (const Case& c : cases)
    EXPECT_EQ(BylineNames(c.byline, Rules(), c.strict), c.names) << c.byline;
}

TEST(HtmlTitles, StripsTheSiteName) {
  struct Case {
    const char* title;
    const char* outlet;
    const char* domain;
    const char* stripped;
  };
  const Case cases[] = {
      {"Storm hits the coast | The Daily Planet", "The Daily Planet", "dailyplanet.com",
       "Storm hits the coast"},
      {"The Daily Planet - Storm hits the coast", "The Daily Planet", "dailyplanet.com",
       "Storm hits the coast"},
      {"Storm hits the coast – DailyPlanet", "", "dailyplanet.com",
       "Storm hits the coast"},
      {"Site Name » Blog Archive » Storm hits the coast", "Site Name", "sitename.org",
       "Storm hits the coast"},
      // A dash that belongs to the headline stays.
      {"Chapter 1: Prologue - The Storm", "Fiction Hub", "fictionhub.com",
       "Chapter 1: Prologue - The Storm"},
      {"Storm hits the coast", "", "", "Storm hits the coast"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(StripSiteSuffix(c.title, c.outlet, c.domain), c.stripped) << c.title;
}

TEST(HtmlMetadata, ReadsJsonLd) {
  PageMetadata m = Read(R"(<html lang="en-GB"><head>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://news.example/#site","name":"Example News"},
 {"@type":"Person","@id":"https://news.example/#jane","name":"Jane Doe"},
 {"@type":"NewsArticle","headline":"Bridge reopens after repairs",
  "author":[{"@id":"https://news.example/#jane"},{"@type":"Person","name":"John Roe"}],
  "datePublished":"2021-03-04T08:15:00+00:00","dateModified":"2021-03-05T10:00:00Z",
  "publisher":{"@type":"Organization","name":"Example News"},
  "articleBody":"The bridge reopened on Thursday."}]}
</script></head><body><p>x</p></body></html>)");
  EXPECT_EQ(m.title, "Bridge reopens after repairs");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(m.published, "2021-03-04");
  EXPECT_EQ(m.outlet, "Example News");
  EXPECT_EQ(m.language, "en");
  EXPECT_EQ(m.article_body, "The bridge reopened on Thursday.");
  EXPECT_TRUE(m.declared_article);
}

TEST(HtmlMetadata, ReadsMetaTags) {
  PageMetadata m = Read(R"(<html><head>
<title>Bridge reopens after repairs | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Bridge reopens after repairs">
<meta name="author" content="Jane Doe, Example News">
<meta property="article:author" content="https://facebook.com/examplenews">
<meta property="article:published_time" content="2021-03-04T08:15:00Z">
<link rel="canonical" href="/2021/03/04/bridge">
<meta property="og:locale" content="en_US">
</head><body></body></html>)",
                        "https://news.example/x?utm=1");
  EXPECT_EQ(m.title, "Bridge reopens after repairs");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(m.published, "2021-03-04");
  EXPECT_EQ(m.outlet, "Example News");
  EXPECT_EQ(m.url, "https://news.example/2021/03/04/bridge");
  EXPECT_EQ(m.language, "en");
}

TEST(HtmlMetadata, FallsBackToThePage) {
  PageMetadata m = Read(R"(<html><head><title>Example News</title></head><body>
<header><h1 class="logo">Example News</h1></header>
<article><h1>Council votes to expand the park</h1>
<div class="byline">By Ann Poe and Bob Moe | <time datetime="2020-06-02T09:00">June 2</time></div>
<p>The council voted on Monday.</p></article></body></html>)",
                        "https://www.examplenews.org/local/park");
  EXPECT_EQ(m.title, "Council votes to expand the park");
  EXPECT_EQ(m.authors, (std::vector<std::string>{"Ann Poe", "Bob Moe"}));
  EXPECT_EQ(m.published, "2020-06-02");
}

TEST(HtmlMetadata, DateFromTheUrl) {
  PageMetadata m = Read("<html><body><p>Text.</p></body></html>",
                        "https://example.org/2018/07/21/a-story/");
  EXPECT_EQ(m.published, "2018-07-21");
  EXPECT_EQ(m.published_source, "url");
}

TEST(HtmlMetadata, DayFirstOnBritishPages) {
  PageMetadata m = Read(
      "<html lang=en-gb><body><article><p class=date>02/10/2020</p>"
      "<p>Text of the story.</p></article></body></html>");
  EXPECT_EQ(m.published, "2020-10-02");
}

TEST(HtmlMetadata, DoubleEscapedTitlesAreDecoded) {
  PageMetadata m = Read(
      "<meta property=og:title content=\"Record of the week: &amp;#8216;Blue&amp;#8217;\">");
  EXPECT_EQ(m.title, "Record of the week: \xE2\x80\x98" "Blue\xE2\x80\x99");
}

TEST(HtmlMetadata, CommentersAreNotAuthors) {
  PageMetadata m = Read(R"(<body><article><h1>Headline of the piece</h1>
<p>Text of the article that people comment on.</p></article>
<div class="comments"><div class="comment-author">Rob Reader</div><p>Nice.</p></div>
</body>)");
  EXPECT_TRUE(m.authors.empty());
}

}  // namespace
}  // namespace newsmill::html

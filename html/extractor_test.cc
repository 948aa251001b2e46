#include "html/extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsmill {
namespace {

ExtractedArticle Extract(std::string_view html, std::string url = "") {
  ExtractOptions o;
  o.url = std::move(url);
  Result<ExtractedArticle> a = ExtractArticle(html, o);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return a.ok() ? std::move(a.value()) : ExtractedArticle();
}

bool Has(const std::string& text, std::string_view s) {
  return text.find(s) != std::string::npos;
}

// A news page written for this test: the article, and around and inside it
// the furniture pages carry.
const char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Town opens new library after three years of work | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2022-05-10T07:30:00-04:00">
</head><body>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a href="/">The Valley Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Town opens new library after three years of work</h1>
<div class="byline">By Marta Alvarez and Tom Becker, Staff Writers</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<figure><img src="library.jpg"><figcaption>The new reading room on the second floor. Photo: Courier staff</figcaption></figure>
<div class="article-body">
<p>The town of Millbrook opened its new public library on Monday, ending a three-year building project that cost $12 million and drew both praise and complaints from residents.</p>
<p>Mayor Ellen Ross cut the ribbon in front of a crowd of about 300 people, many of whom had waited since early morning to be among the first to borrow a book.</p>
<h2>A long road</h2>
<p>Plans for the library were first announced in 2018, but the project stalled twice as construction costs rose and the council argued over where to build it.</p>
<div class="newsletter-signup"><h3>Sign up for our morning newsletter</h3><form><input type="email"><button>Subscribe</button></form>
<p>By submitting this form, I agree to the terms of use.</p></div>
<p>The building has three floors, a children's wing and a room for local history archives:</p>
<ul><li>a children's wing with 20,000 books</li><li>a makerspace with two 3D printers</li><li>quiet study rooms that can be booked online</li></ul>
<blockquote><p>"This is the most important public building we have put up in a generation," Ross told the crowd.</p></blockquote>
<aside class="related-links"><h4>Related stories</h4><ul>
<li><a href="/a">Council approves library budget after heated debate</a></li>
<li><a href="/b">Residents weigh in on the site of the new library</a></li></ul></aside>
<p>Not everyone was pleased. Some residents said the money should have gone to road repairs, and a petition against the project gathered 1,200 signatures last year.</p>
<p>The library will be open seven days a week, from 9 a.m. to 8 p.m.</p>
</div>
<div class="tags">Tags: <a href="/t/library">library</a> <a href="/t/millbrook">Millbrook</a></div>
</article>
<section class="comments"><h3>Comments</h3>
<div class="comment"><p>Finally! My kids have been waiting for this for years and they are so excited to visit it this weekend.</p></div>
<div class="comment"><p>What a waste of money while the roads in this town are falling apart, as everyone who drives here knows.</p></div>
</section>
</main>
<aside class="sidebar"><h3>Most read</h3>
<div class="card"><a href="/c"><h4>Storm damages barns across the county</h4></a><p>Farmers counted the losses on Sunday after winds of up to 70 mph swept through.</p></div>
<div class="card"><a href="/d"><h4>High school team wins state title</h4></a><p>The Millbrook Hawks beat their rivals 3-1 in a tense final on Saturday night.</p></div>
<div class="card"><a href="/e"><h4>New bakery draws long lines downtown</h4></a><p>Customers waited for up to an hour to taste the sourdough on opening day.</p></div>
</aside>
<footer><p>© 2022 The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>)";

TEST(ArticleExtractor, KeepsTheArticleAndDropsTheFurniture) {
  ExtractedArticle a = Extract(kNewsPage, "https://valleycourier.example/news/library");
  const std::string& t = a.text;
  // The article: paragraphs, subheading, list items, quotation, in order.
  const char* kept[] = {
      "The town of Millbrook opened its new public library on Monday",
      "Mayor Ellen Ross cut the ribbon", "A long road",
      "Plans for the library were first announced in 2018",
      "The building has three floors", "a children's wing with 20,000 books",
      "quiet study rooms that can be booked online",
      "\"This is the most important public building",
      "Not everyone was pleased.", "from 9 a.m. to 8 p.m."};
  size_t last = 0;
  for (const char* k : kept) {
    size_t at = t.find(k);
    EXPECT_NE(at, std::string::npos) << k;
    if (at != std::string::npos) {
      EXPECT_GE(at, last) << k << " out of order";
      last = at;
    }
  }
  // The furniture.
  const char* dropped[] = {
      "We use cookies", "Sport", "Weather", "Town opens new library",
      "By Marta Alvarez", "Share on Facebook", "reading room on the second floor",
      "Sign up for our morning newsletter", "By submitting this form",
      "Related stories", "Council approves library budget", "Tags:",
      "Finally! My kids", "waste of money", "Most read",
      "Storm damages barns", "Farmers counted the losses", "All rights reserved"};
  for (const char* d : dropped) EXPECT_FALSE(Has(t, d)) << d;
  // Paragraph breaks.
  EXPECT_TRUE(Has(t, "borrow a book.\n\nA long road\n\nPlans for"));
  // Metadata.
  EXPECT_EQ(a.title, "Town opens new library after three years of work");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Marta Alvarez", "Tom Becker"}));
  EXPECT_EQ(a.published, "2022-05-10");
  EXPECT_EQ(a.outlet, "The Valley Courier");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.url, "https://valleycourier.example/news/library");
  EXPECT_TRUE(a.is_article);
}

TEST(ArticleExtractor, IndexPageIsNotAnArticle) {
  std::string page = "<html><head><title>Sport - The Valley Courier</title></head><body>"
                     "<h1>Sport</h1><ul>";
  for (int i = 0; i < 30; ++i) {
    page += "<li><a href=\"/s/" + std::to_string(i) + "\">Match report number " +
            std::to_string(i) + ": a close game at the stadium</a></li>";
  }
  page += "</ul></body></html>";
  ExtractedArticle a = Extract(page);
  EXPECT_FALSE(a.is_article);
  EXPECT_LT(a.text.size(), 150u);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_TRUE(Has(a.warnings.back(), "does not look like an article"));
}

TEST(ArticleExtractor, ErrorPageIsNotAnArticle) {
  ExtractedArticle a = Extract(
      "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
      "<p>The requested URL was not found on this server.</p></body></html>");
  EXPECT_FALSE(a.is_article);
  EXPECT_LT(a.text.size(), 150u);
}

TEST(ArticleExtractor, EmptyInputIsAnError) {
  ExtractOptions o;
  EXPECT_FALSE(ExtractArticle("", o).ok());
  EXPECT_FALSE(ExtractArticle(" \n\t ", o).ok());
}

TEST(ArticleExtractor, BinaryJunkGivesAWarningNotACrash) {
  std::string junk;
  for (int i = 0; i < 50000; ++i) junk.push_back(static_cast<char>((i * 131) & 0xFF));
  ExtractedArticle a = Extract(junk);
  EXPECT_FALSE(a.is_article);
  EXPECT_FALSE(a.warnings.empty());
}

TEST(ArticleExtractor, ConvertsWindows1252Pages) {
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=iso-8859-1\"><title>Caf\xE9 reopens</title></head><body><article>"
      "<p>The caf\xE9 on Main Street reopened this week after a renovation that "
      "took most of the winter, its owner said on Tuesday.</p>"
      "<p>\x93We missed our regulars,\x94 she said, adding that the menu is "
      "unchanged apart from a new cr\xE8me br\xFBl\xE9" "e.</p></article></body></html>";
  ExtractedArticle a = Extract(page);
  EXPECT_EQ(a.encoding, "windows-1252");
  EXPECT_TRUE(Has(a.text, "The caf\xC3\xA9 on Main Street"));
  EXPECT_TRUE(Has(a.text, "\xE2\x80\x9CWe missed our regulars,\xE2\x80\x9D"));
  EXPECT_TRUE(Has(a.text, "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e"));
  EXPECT_EQ(a.title, "Caf\xC3\xA9 reopens");
}

TEST(ArticleExtractor, UsesJsonLdArticleBodyWhenThePageHasNoProse) {
  ExtractedArticle a = Extract(R"(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Ferry service resumes",
 "articleBody":"The ferry between the two islands resumed service on Friday after a two-week halt caused by engine trouble.\nThe operator said the timetable would return to normal by the end of the month, and that tickets bought for cancelled crossings would be refunded."}
</script></head><body><div id="app"></div></body></html>)");
  EXPECT_TRUE(Has(a.text, "The ferry between the two islands resumed service"));
  EXPECT_TRUE(Has(a.text, "month, and that tickets"));
  EXPECT_TRUE(Has(a.text, "engine trouble.\n\nThe operator"));
  EXPECT_EQ(a.title, "Ferry service resumes");
  bool warned = false;
  for (const std::string& w : a.warnings) warned |= Has(w, "articleBody");
  EXPECT_TRUE(warned);
}

TEST(ArticleExtractor, ArticleBodyWithMarkupIsRendered) {
  ExtractedArticle a = Extract(R"(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Ferry service resumes",
 "articleBody":"<p>The ferry between the two islands resumed service on Friday after a two-week halt caused by engine trouble &amp; bad weather.</p><p>The operator said the timetable would return to normal by the end of the month.</p>"}
</script></head><body><div id="app"></div></body></html>)");
  EXPECT_TRUE(Has(a.text, "engine trouble & bad weather.\n\nThe operator said"));
  EXPECT_FALSE(Has(a.text, "<p>"));
}

TEST(ArticleExtractor, PrefersTheMarkedArticleBody) {
  std::string filler;
  for (int i = 0; i < 6; ++i) {
    filler += "<p>Unrelated promotional prose number " + std::to_string(i) +
              " about a product that readers might want to buy, written at "
              "length to look like an article paragraph.</p>";
  }
  ExtractedArticle a = Extract(
      "<html><body><div class=\"promo\">" + filler +
      "</div><div itemprop=\"articleBody\"><p>The real story begins here, with "
      "a paragraph long enough to count as running prose in any article.</p>"
      "<p>It goes on for a second paragraph, also of a respectable length, "
      "describing what happened.</p></div></body></html>");
  EXPECT_TRUE(Has(a.text, "The real story begins here"));
  EXPECT_FALSE(Has(a.text, "Unrelated promotional prose"));
}

TEST(ArticleExtractor, KeepsAGalleryToldInCaptions) {
  std::string page = "<html><body><h1>Ten costumes you can make at home</h1><div class=\"slides\">";
  for (int i = 0; i < 10; ++i) {
    page += "<figure class=\"slide\"><img src=\"" + std::to_string(i) +
            ".jpg\"><figcaption><h3><a href=\"/c" + std::to_string(i) +
            "\">Costume number " + std::to_string(i) + "</a></h3><p>Costume " +
            std::to_string(i) + " needs a hat, a scarf and an afternoon.</p>"
            "<p>What you need: an old coat, safety pins and a little patience to "
            "cut the pieces.</p></figcaption></figure>";
  }
  page += "</div></body></html>";
  ExtractedArticle a = Extract(page);
  EXPECT_TRUE(Has(a.text, "Costume 0 needs a hat"));
  EXPECT_TRUE(Has(a.text, "Costume 9 needs a hat"));
}

TEST(ArticleExtractor, DropsAuthorBoxesAndHoverCards) {
  ExtractedArticle a = Extract(R"(<html><body><article><div class="entry-content">
<p>The river rose by two metres overnight, and the town's lower streets were
closed to traffic by dawn, officials said.</p>
<p>Residents of <span class="rollover"><a href="/p/ann">Ann Poe</a><span class="rollover-card">Ann Poe: all her stories, her biography and her latest columns</span></span> street
were moved to the school gym, which the council opened as a shelter.</p>
<p>Water levels are expected to fall by the weekend, according to the forecast
issued on Thursday.</p></div>
<div class="post-author-box"><p>Jane Doe is a senior reporter who covers the
environment and has written for the paper since 2009. Follow her online.</p></div>
</article></body></html>)");
  EXPECT_TRUE(Has(a.text, "Residents of Ann Poe street"));
  EXPECT_FALSE(Has(a.text, "her biography"));
  EXPECT_FALSE(Has(a.text, "senior reporter who covers"));
  EXPECT_TRUE(Has(a.text, "Water levels are expected"));
}

TEST(ArticleExtractor, KeepsAClosingListAndLinkedProse) {
  ExtractedArticle a = Extract(R"(<html><body><article>
<p>Six teams secured their places on Tuesday night, leaving four spots to be
decided in the play-offs next spring, the federation said.</p>
<p><a href="/a">Team A</a> beat <a href="/b">Team B</a> and <a href="/c">Team C</a> drew
with <a href="/d">Team D</a>. <a href="/e">Team E</a> and <a href="/f">Team F</a> won
away. <a href="/g">Team G</a> lost at home to <a href="/h">Team H</a>.</p>
<h3>Qualified teams</h3>
<ul><li>Team A (Group 1)</li><li>Team C (Group 2)</li><li>Team E (Group 3)</li></ul>
</article>
<div class="tags"><ul><li><a href="/t/1">football</a></li><li><a href="/t/2">europe</a></li></ul></div>
</body></html>)");
  EXPECT_TRUE(Has(a.text, "Team A beat Team B"));
  EXPECT_TRUE(Has(a.text, "Qualified teams\n\nTeam A (Group 1)"));
  EXPECT_TRUE(Has(a.text, "Team E (Group 3)"));
  EXPECT_FALSE(Has(a.text, "football"));
}

TEST(ArticleExtractor, ShortNewsItemIsAnArticle) {
  ExtractedArticle a = Extract(
      "<html><body><article><h1>Bridge closed</h1><p>The Elm Street bridge "
      "will be closed for repairs from Monday to Friday, the city said in a "
      "statement on Sunday evening.</p></article></body></html>");
  EXPECT_TRUE(a.is_article);
  EXPECT_TRUE(a.warnings.empty());
}

std::string ArticleParagraphs(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "<p>Paragraph " + std::to_string(i) +
         " of a long report, with enough words in it to read as running "
         "prose, and a full stop at the end.</p>";
  }
  return s;
}

TEST(ArticleExtractor, PageNested100000DeepFinishes) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += ArticleParagraphs(5);
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  ExtractedArticle a = Extract(page);
  EXPECT_TRUE(Has(a.text, "Paragraph 0 of a long report"));
  EXPECT_TRUE(Has(a.text, "Paragraph 4 of a long report"));
  bool warned = false;
  for (const std::string& w : a.warnings) warned |= Has(w, "nested deeper");
  EXPECT_TRUE(warned);
}

TEST(ArticleExtractor, FiftyMegabytePageFinishes) {
  std::string page = "<html><head><title>Long report</title></head><body><article>";
  std::string chunk = ArticleParagraphs(20) +
                      "<div class=\"ad\"><a href=\"/x\">Advertisement</a></div>";
  while (page.size() < (size_t{50} << 20)) page += chunk;
  page += "</article></body></html>";
  ExtractedArticle a = Extract(page);
  EXPECT_TRUE(Has(a.text, "Paragraph 19 of a long report"));
  EXPECT_FALSE(Has(a.text, "Advertisement"));
  EXPECT_GT(a.text.size(), size_t{20} << 20);
}

TEST(ArticleExtractor, CutsPagesBeyondTheByteLimit) {
  std::string page = "<html><body><article>" + ArticleParagraphs(200) + "</article></body></html>";
  ExtractOptions o;
  o.max_bytes = page.size() / 2;
  Result<ExtractedArticle> a = ExtractArticle(page, o);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(Has(a->text, "Paragraph 0 of"));
  EXPECT_FALSE(Has(a->text, "Paragraph 199 of"));
  ASSERT_FALSE(a->warnings.empty());
  EXPECT_TRUE(Has(a->warnings[0], "cut to"));
}

}  // namespace
}  // namespace newsmill

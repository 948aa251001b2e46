#include "html/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/entities.h"

namespace newsmill::html {
namespace {

// The tree as compact markup: elements as <tag>...</tag> (void elements
// without an end tag), text as is, the document's children in order.
std::string Dump(const Dom& dom) {
  std::string out;
  std::vector<uint32_t> open;
  for (uint32_t i = 1; i < dom.size(); ++i) {
    while (!open.empty() && i >= dom.SubtreeEnd(open.back())) {
      out += "</" + std::string(dom.TagName(open.back())) + ">";
      open.pop_back();
    }
    if (dom.IsText(i)) {
      out += dom.Text(i);
      continue;
    }
    out += "<" + std::string(dom.TagName(i)) + ">";
    bool is_void = dom.tag(i) == Tag::kBr || dom.tag(i) == Tag::kImg ||
                   dom.tag(i) == Tag::kMeta || dom.tag(i) == Tag::kHr ||
                   dom.tag(i) == Tag::kInput;
    if (!is_void) open.push_back(i);
  }
  while (!open.empty()) {
    out += "</" + std::string(dom.TagName(open.back())) + ">";
    open.pop_back();
  }
  return out;
}

std::string Parse(std::string_view html) {
  return Dump(ParseHtml(html, ParseOptions()));
}

struct Case {
  const char* html;
  const char* tree;
};

TEST(HtmlParser, BuildsTheTreesOfHtml5) {
  const Case cases[] = {
      // Implied end tags.
      {"<p>a<p>b", "<p>a</p><p>b</p>"},
      {"<p>a<div>b</div>", "<p>a</p><div>b</div>"},
      {"<ul><li>a<li>b</ul>c", "<ul><li>a</li><li>b</li></ul>c"},
      {"<ul><li>a<ul><li>b</ul><li>c</ul>",
       "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"},
      {"<dl><dt>a<dd>b<dt>c</dl>", "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>"},
      {"<table><tr><td>a<td>b<tr><td>c</table>",
       "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"},
      {"<h2>a<h3>b</h3>", "<h2>a</h2><h3>b</h3>"},
      {"<select><option>a<option>b</select>",
       "<select><option>a</option><option>b</option></select>"},
      {"<a href=x>a<a href=y>b</a>", "<a>a</a><a>b</a>"},
      // Void elements and self-closing syntax.
      {"a<br>b<br/>c<img src=x>d", "a<br>b<br>c<img>d"},
      {"<div/>x</div>", "<div>x</div>"},
      {"<svg><path d=\"M0\"/><g>x</g></svg>y",
       "<svg><path></path><g>x</g></svg>y"},
      // Stray and misnested end tags.
      {"</p>a</span>b", "ab"},
      {"<div>a</span>b</div>c", "<div>ab</div>c"},
      {"<b>a<i>b</b>c</i>", "<b>a<i>b</i></b>c"},
      {"<b>bold<div>x</b>y</div>z", "<b>bold<div>xy</div></b>z"},
      {"<div><p>a</div>b", "<div><p>a</p></div>b"},
      {"</br>", "<br>"},
      // Raw text and RCDATA.
      {"<script>if (a<b) x=\"</div>\";</script>t", "<script></script>t"},
      {"<title>A &amp; B</title>", "<title>A & B</title>"},
      {"<textarea><p>x</textarea>", "<textarea><p>x</textarea>"},
      {"<style>p{}</style>t", "<style></style>t"},
      {"<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>",
       "<script>{\"a\":\"</b>\"}</script>"},
      // Comments, doctype, bogus comments.
      {"<!DOCTYPE html>a<!-- c -->b<!-->c<!--->d<?php x ?>e", "abcde"},
      {"a<!-- never closed", "a"},
      {"a</ >b<!x>c", "abc"},
      // Character references.
      {"caf&eacute; &amp; &copy 2019 &#8217;&#x2019;&#150;", "café & © 2019 ’’–"},
      {"&notit; &nosuch; & &#; &#0;", "¬it; &nosuch; & &#; \xEF\xBF\xBD"},
      // Literal '<' and EOF inside a tag.
      {"a < b", "a < b"},
      {"a<p class=\"never closed", "a"},
      {"a<", "a<"},
      // Head closed by body content.
      {"<html><head><title>t</title><p>x", "<html><head><title>t</title></head><p>x</p></html>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Parse(c.html), c.tree) << "input: " << c.html;
  }
}

TEST(HtmlParser, ReadsAttributesOnceInLowerCase) {
  Dom dom = ParseHtml(
      "<A HREF='/x?a=1&copy=2' Class=one class=two data-x=\"&lt;&quot;\" "
      "checked>t</A>",
      ParseOptions());
  ASSERT_GE(dom.size(), 2u);
  ASSERT_EQ(dom.tag(1), Tag::kA);
  EXPECT_EQ(dom.AttrOr(1, "href"), "/x?a=1&copy=2");
  EXPECT_EQ(dom.AttrOr(1, "class"), "one");  // the first of duplicates
  EXPECT_EQ(dom.AttrOr(1, "data-x"), "<\"");
  ASSERT_NE(dom.Attr(1, "checked"), nullptr);
  EXPECT_EQ(*dom.Attr(1, "checked"), "");
  EXPECT_EQ(dom.Attr(1, "missing"), nullptr);
}

TEST(HtmlParser, KeepsCustomElementNames) {
  Dom dom = ParseHtml("<amp-img src=x></amp-img><My-Widget>t</my-widget>",
                      ParseOptions());
  ASSERT_EQ(dom.size(), 4u);
  EXPECT_EQ(dom.TagName(1), "amp-img");
  EXPECT_EQ(dom.TagName(2), "my-widget");
  EXPECT_EQ(dom.TextContent(2), "t");
}

TEST(HtmlParser, NodesAreInDocumentOrderWithContiguousSubtrees) {
  Dom dom = ParseHtml("<div><p>a<b>b</b></p><p>c</p></div><p>d", ParseOptions());
  for (uint32_t i = 1; i < dom.size(); ++i) {
    uint32_t p = dom.parent(i);
    ASSERT_NE(p, kNoNode);
    EXPECT_LT(p, i);
    EXPECT_TRUE(dom.Contains(p, i));
    EXPECT_LE(dom.SubtreeEnd(i), dom.SubtreeEnd(p));
  }
  EXPECT_EQ(dom.TextContent(0), "abcd");
}

TEST(HtmlParser, FlattensPagesNestedDeeperThanTheLimit) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  Dom dom = ParseHtml(html, ParseOptions());
  EXPECT_EQ(dom.TextContent(0), "deep text");
  ASSERT_FALSE(dom.warnings().empty());
  EXPECT_NE(dom.warnings()[0].find("nested deeper"), std::string::npos);
  for (uint32_t i = 0; i < dom.size(); ++i) EXPECT_LE(dom.node(i).depth, 513);
}

TEST(HtmlParser, StaysLinearOnHostileNesting) {
  // Inputs that make a full HTML5 tree builder quadratic or exhaust its
  // memory: unclosed formatting elements, nested tables, stray end tags
  // under a deep stack. Each must give a tree of size linear in its input.
  std::vector<std::string> pages;
  std::string b;
  for (int i = 0; i < 100000; ++i) b += "<b>";
  pages.push_back(b + "x");
  std::string t;
  for (int i = 0; i < 30000; ++i) t += "<table><tr><td>";
  pages.push_back(t + "x");
  std::string s;
  for (int i = 0; i < 500; ++i) s += "<span>";
  for (int i = 0; i < 200000; ++i) s += "</div></x-y>";
  pages.push_back(s + "x");
  for (const std::string& page : pages) {
    Dom dom = ParseHtml(page, ParseOptions());
    EXPECT_LE(dom.size(), page.size() / 3 + 4);
    EXPECT_EQ(dom.TextContent(0), "x");
  }
}

TEST(HtmlParser, KeepsTextBeyondTheNodeBudget) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<p>w" + std::to_string(i) + "</p>";
  ParseOptions o;
  o.max_nodes = 100;
  Dom dom = ParseHtml(html, o);
  EXPECT_LE(dom.size(), 101u);
  ASSERT_FALSE(dom.warnings().empty());
  std::string text = dom.TextContent(0);
  EXPECT_NE(text.find("w999"), std::string::npos);
}

TEST(HtmlParser, AcceptsAnyBytes) {
  std::string junk;
  for (int i = 0; i < 100000; ++i)
    junk.push_back(static_cast<char>((i * 7919 + 13) & 0xFF));
  Dom dom = ParseHtml(junk, ParseOptions());
  EXPECT_GE(dom.size(), 1u);
  Dom empty = ParseHtml("", ParseOptions());
  EXPECT_EQ(empty.size(), 1u);
}

}  // namespace
}  // namespace newsmill::html

// The verb lexicon: the project's own file, the PETRARCH reader on small
// texts written here, and CAMEO.2.0.txt read in place from ../shared.
#include "events/verb_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/embedded_data.h"

namespace newsmill {
namespace {

TEST(VerbLexicon, BuiltinLoadsAndCoversEveryRoot) {
  VerbLexiconOptions o;
  auto lex = VerbLexicon::Load(o);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  bool roots[21] = {};
  for (size_t b = 0; b < (*lex)->block_count(); ++b) {
    const VerbBlock& blk = (*lex)->block(b);
    auto mark = [&](const std::string& code) {
      if (code.size() >= 2) roots[std::stoi(code.substr(0, 2))] = true;
    };
    mark(blk.code);
    for (uint32_t p : blk.patterns) mark((*lex)->pattern(p).code);
  }
  for (int r = 1; r <= 20; ++r) EXPECT_TRUE(roots[r]) << "root " << r;
  EXPECT_FALSE((*lex)->VerbTriggers("accuse").empty());
  EXPECT_FALSE((*lex)->VerbTriggers("accused").empty());  // regular forms
  EXPECT_FALSE((*lex)->NounTriggers("talks").empty());
  bool lash_out = false;
  for (const Trigger& t : (*lex)->VerbTriggers("lash"))
    lash_out = lash_out || (t.after.size() == 1 && t.after[0] == "out");
  EXPECT_TRUE(lash_out);
}

TEST(VerbLexicon, BuiltinFormatErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* part;
  } cases[] = {
      {"verb meet\n", "[code]"},
      {"- * with [040]\n", "before any block"},
      {"verb meet [040] target=with,Bad\n", "target"},
      {"verb meet [040] flags=loud\n", "flag"},
      {"verb meet [040] frame=sing\n", "frame"},
      {"verb meet [040]\n- with [040]\n", "'*'"},
      {"verb meet [040]\n- * &NOPE [041]\n", "never defined"},
      {"sing meet [040]\n", "expected"},
      // A pattern marker in a synset would match any word.
      {"&PRICE = fee, %, toll\n", "pattern marker"},
  };
  for (const Case& c : cases) {
    auto lex = VerbLexicon::Empty();
    Status st = lex->AddBuiltin(c.text, "t.txt");
    ASSERT_FALSE(st.ok()) << c.text;
    EXPECT_NE(st.message().find(c.part), std::string::npos) << st.message();
    EXPECT_NE(st.message().find("t.txt"), std::string::npos) << st.message();
  }
}

TEST(VerbLexicon, ReadsPetrarchBlocksFormsPatternsAndSynsets) {
  const char* text =
      "# a comment\n"
      "<!-- an XML comment\n spanning lines -->\n"
      "&NAVY_\n+FLEET\n+WAR_SHIP\n\n"
      "--- SEND   [---]  ---\n"
      "SEND {SENDS SENT SENDING}\n"
      "DISPATCH  # pas\n"
      "+BEEF_UP\n"
      "RE_+ARREST [173]\n"
      "- * &NAVY (TO +)        [154]   # SEND\n"
      "- $ * AID               [070:071]\n"
      "- * {PEACE ENVOY}        [042]\n"
      "- * BROKEN (            [999]\n"
      "~ a (a b ATTACK) SAY = a b 015\n";
  auto lex = VerbLexicon::Empty();
  ASSERT_TRUE(lex->AddPetrarch(text, "v.txt").ok());
  ASSERT_EQ(lex->block_count(), 1u);
  const VerbBlock& b = lex->block(0);
  EXPECT_EQ(b.name, "send");
  EXPECT_EQ(b.code, "");
  EXPECT_EQ(b.patterns.size(), 4u);  // "BROKEN (" parses as words
  EXPECT_FALSE(lex->VerbTriggers("sent").empty());
  EXPECT_TRUE(lex->VerbTriggers("sended").empty());  // {...} lists all forms
  EXPECT_FALSE(lex->VerbTriggers("dispatches").empty());
  ASSERT_FALSE(lex->VerbTriggers("beef").empty());
  EXPECT_EQ(lex->VerbTriggers("beef")[0].after, std::vector<std::string>{"up"});
  ASSERT_FALSE(lex->VerbTriggers("arrest").empty());
  EXPECT_EQ(lex->VerbTriggers("arrest")[0].before, std::vector<std::string>{"re"});
  EXPECT_EQ(lex->VerbTriggers("arrest")[0].code, "173");
  const VerbPattern& p0 = lex->pattern(b.patterns[0]);
  EXPECT_EQ(p0.code, "154");
  ASSERT_EQ(p0.after.size(), 3u);
  EXPECT_EQ(p0.after[0].kind, ItemKind::kSynset);
  EXPECT_EQ(p0.after[2].kind, ItemKind::kTarget);
  const VerbPattern& p1 = lex->pattern(b.patterns[1]);
  EXPECT_EQ(p1.code, "070");
  EXPECT_EQ(p1.paired_code, "071");
  ASSERT_EQ(p1.before.size(), 1u);
  EXPECT_EQ(p1.before[0].kind, ItemKind::kSource);
  const VerbPattern& p2 = lex->pattern(b.patterns[2]);
  ASSERT_EQ(p2.after.size(), 1u);
  EXPECT_EQ(p2.after[0].words, (std::vector<std::string>{"peace", "envoy"}));
  int32_t navy = lex->FindSynset("navy");
  ASSERT_GE(navy, 0);
  ASSERT_EQ(lex->synset(navy).size(), 2u);
  EXPECT_EQ(lex->synset(navy)[1][0].words, (std::vector<std::string>{"war", "ship"}));
  EXPECT_EQ(lex->files()[0].skipped_lines, 1u);  // the transformation
}

TEST(VerbLexicon, LoadsCameo20InPlace) {
  std::string dir = NEWSMILL_SHARED_DIR "/dictionaries/petrarch2";
  if (!std::filesystem::exists(dir + "/CAMEO.2.0.txt"))
    GTEST_SKIP() << "../shared/dictionaries/petrarch2 not present; skipped";
  VerbLexiconOptions o;
  o.builtin = false;
  o.user_dirs = {dir};
  auto lex = VerbLexicon::Load(o);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ((*lex)->files().size(), 1u);
  const VerbFileStats& f = (*lex)->files()[0];
  std::printf("CAMEO.2.0.txt: %zu blocks, %zu verb forms, %zu patterns, %zu synsets, "
              "%zu lines skipped\n",
              f.blocks, f.triggers, f.patterns, f.synsets, f.skipped_lines);
  EXPECT_GT(f.blocks, 350u);
  EXPECT_GT(f.patterns, 4500u);
  EXPECT_LT(f.skipped_lines, 100u);
  EXPECT_FALSE((*lex)->VerbTriggers("accused").empty());
}

TEST(VerbLexicon, MissingUserDirectoryIsAnError) {
  VerbLexiconOptions o;
  o.user_dirs = {"/nonexistent/dir"};
  auto lex = VerbLexicon::Load(o);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("/nonexistent/dir"), std::string::npos);
}

}  // namespace
}  // namespace newsmill

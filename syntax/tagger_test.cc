// The tagger's cached path (TagCache) against the plain one: the same keys,
// the same tags.
#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/embedded_data.h"
#include "syntax/conllu.h"
#include "syntax/model.h"

namespace newsmill::syntax {
namespace {

std::vector<std::vector<std::string>> Sentences() {
  std::vector<std::vector<std::string>> out = {
      {"Putin", "spoke", "to", "reporters", "in", "Moscow", "on", "Tuesday",
       "."},
      {"\xE2\x80\x9C", "We", "won", "\xE2\x80\x99", "t", "pay", ",",
       "\xE2\x80\x9D", "she", "said", "."},
      {"Shares", "fell", "3.5", "%", "to", "1,024", "in", "2019"},
      {"Hello"},
      {"U.S.", "-", "led", "talks", "resumed"},
  };
  const std::string dir = std::string(NEWSMILL_SHARED_DIR) + "/corpora/gum/dev";
  if (!std::filesystem::is_directory(dir)) return out;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".conllu") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    auto content = ReadFileToString(f);
    if (!content.ok()) continue;
    auto docs = ParseConllu(*content, f);
    if (!docs.ok()) continue;
    for (const auto& d : *docs)
      for (const auto& s : d.sentences) {
        std::vector<std::string> words;
        for (const auto& w : s.words) words.push_back(w.form);
        out.push_back(std::move(words));
      }
  }
  return out;
}

TEST(Tagger, FeaturePartsAreTheFeatures) {
  for (bool wordnet : {false, true}) {
    std::vector<WordAtoms> atoms;
    for (const char* w : {"The", "Kremlin", "said", "3,000", "U.S.", "."}) {
      atoms.push_back(ComputeWordAtoms(w));
      if (wordnet) {
        atoms.back().wn_lemma = 3;
        atoms.back().wn_inflected = 1;
      }
    }
    const int n = static_cast<int>(atoms.size());
    for (int i = 0; i < n; ++i) {
      for (uint8_t prev : {kNoTag, uint8_t{2}}) {
        uint64_t a[kMaxTaggerFeatures], b[kMaxTaggerFeatures];
        int na = TaggerFeatures(atoms.data(), n, i, prev, kNoTag, a);
        int nb = TaggerFeatureParts(atoms.data(), n, i, prev, kNoTag, b);
        ASSERT_EQ(na, nb) << i;
        std::sort(a, a + na);
        std::sort(b, b + nb);
        EXPECT_TRUE(std::equal(a, a + na, b)) << i;
      }
    }
  }
}

TEST(Tagger, CachedTagsAreThePlainTags) {
  auto bytes = ReadDataFile("syntax/model.bin", "");
  ASSERT_TRUE(bytes.ok());
  auto m = SyntaxModel::Load(*bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  auto wn = WordNet::Load("/usr/share/wordnet");
  std::shared_ptr<const WordNet> wordnet;
  if (wn.ok()) wordnet = std::shared_ptr<const WordNet>(std::move(wn.value()));
  const Tagger& tagger = (*m)->tagger();
  TagCache cache;
  std::map<std::string, uint32_t> types;
  long words = 0;
  for (const auto& sentence : Sentences()) {
    std::vector<WordAtoms> atoms;
    std::vector<uint32_t> ids;
    for (const std::string& w : sentence) {
      atoms.push_back(ComputeWordAtoms(w, wordnet.get()));
      ids.push_back(types.emplace(w, types.size()).first->second);
    }
    const int n = static_cast<int>(atoms.size());
    std::vector<uint8_t> plain(n), cached(n);
    tagger.Tag(atoms.data(), n, plain.data());
    tagger.Tag(atoms.data(), ids.data(), n, cached.data(), &cache);
    ASSERT_EQ(plain, cached) << sentence[0] << " (" << n << " words)";
    words += n;
  }
  EXPECT_GT(words, 20);
}

// A word WordNet knows only as a noun, adjective or adverb ("individuals",
// "unit") is never tagged a verb, whatever its context says
// (Tagger::SetVerbClasses); a word WordNet does not know is left to the
// model.
TEST(Tagger, WordsWordNetKnowsOnlyAsOtherPartsAreNotVerbs) {
  auto wn = WordNet::Load("/usr/share/wordnet");
  if (!wn.ok()) GTEST_SKIP() << "WordNet is absent: " << wn.status().ToString();
  std::shared_ptr<const WordNet> wordnet(std::move(wn.value()));
  auto bytes = ReadDataFile("syntax/model.bin", "");
  ASSERT_TRUE(bytes.ok());
  auto m = SyntaxModel::Load(*bytes, "model.bin");
  ASSERT_TRUE(m.ok());
  std::vector<std::vector<std::string>> sentences = Sentences();
  sentences.push_back({"Voters", "made", "the", "point", "that", "individuals",
                       "other", "than", "officers", "pay", "taxes", "."});
  long checked = 0;
  for (const auto& sentence : sentences) {
    std::vector<WordAtoms> atoms;
    for (const std::string& w : sentence) atoms.push_back(ComputeWordAtoms(w, wordnet.get()));
    const int n = static_cast<int>(atoms.size());
    std::vector<uint8_t> tags(n);
    (*m)->tagger().Tag(atoms.data(), n, tags.data());
    for (int i = 0; i < n; ++i) {
      const uint8_t known = atoms[i].wn_lemma | atoms[i].wn_inflected;
      if (known == 0 || (known & WordNet::kVerb) != 0) continue;
      ++checked;
      EXPECT_NE((*m)->TagUpos(tags[i]), Upos::kVerb) << sentence[i] << " in a sentence of " << n;
    }
  }
  EXPECT_GT(checked, 3);
}

}  // namespace
}  // namespace newsmill::syntax

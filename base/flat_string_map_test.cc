#include "base/flat_string_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace newsmill {
namespace {

TEST(FlatStringMap, AgreesWithStdMapOnRandomKeys) {
  std::mt19937 rng(7);
  FlatStringMap<int> flat;
  std::map<std::string, int> ref;
  for (int i = 0; i < 20000; ++i) {
    std::string k;
    int len = static_cast<int>(rng() % 12);
    for (int j = 0; j < len; ++j) k.push_back(static_cast<char>('a' + rng() % 6));
    if (rng() % 3 == 0) {
      flat.Insert(k, i);
      ref[k] = i;
    } else {
      const int* v = flat.Find(k);
      std::string padded = k + std::string(8, 'x');
      EXPECT_EQ(flat.FindPadded(std::string_view(padded).substr(0, k.size())), v) << k;
      auto it = ref.find(k);
      ASSERT_EQ(v != nullptr, it != ref.end()) << k;
      if (v != nullptr) {
        EXPECT_EQ(*v, it->second);
      }
    }
  }
  EXPECT_EQ(flat.size(), ref.size());
  size_t n = 0;
  flat.ForEach([&](std::string_view k, int v) {
    ++n;
    EXPECT_EQ(ref.at(std::string(k)), v);
  });
  EXPECT_EQ(n, ref.size());
}

TEST(FlatStringMap, EmptyMapFindsNothing) {
  FlatStringMap<int> m;
  EXPECT_EQ(m.Find(""), nullptr);
  EXPECT_EQ(m.Find("x"), nullptr);
}

}  // namespace
}  // namespace newsmill

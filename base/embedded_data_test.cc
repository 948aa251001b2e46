#include "base/embedded_data.h"

#include <gtest/gtest.h>

namespace newsmill {
namespace {

// The build-time hash (cmake/data_hash.cc) is the FNV-1a of the embedded
// files as the binary holds them.
TEST(EmbeddedData, BuildTimeHashMatchesTheEmbeddedBytes) {
  uint64_t h = 1469598103934665603ULL;
  auto add = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  };
  std::vector<std::string_view> names = EmbeddedDataFileNames();
  ASSERT_FALSE(names.empty());
  for (std::string_view name : names) {
    add(name);
    std::optional<std::string_view> bytes = EmbeddedDataFile(name);
    ASSERT_TRUE(bytes.has_value()) << name;
    add(*bytes);
  }
  EXPECT_EQ(h, EmbeddedDataHash());
}

}  // namespace
}  // namespace newsmill

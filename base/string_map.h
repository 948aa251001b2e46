// Hash maps and sets keyed by std::string that accept std::string_view
// lookups without allocating (C++20 heterogeneous lookup).
//
//   StringMap<int> m;  m["U.S."] = 1;  m.find(std::string_view("U.S."));
#ifndef NEWSMILL_BASE_STRING_MAP_H_
#define NEWSMILL_BASE_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsmill {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace newsmill

#endif  // NEWSMILL_BASE_STRING_MAP_H_

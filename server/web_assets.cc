#include "server/web_assets.h"

#include "base/strings.h"

namespace newsmill {
namespace {

struct Entry {
  const char* name;
  const char* begin;
  const char* end;
};

#include "generated/web_assets_table.inc"  // kWebAssets, from server/sources.cmake

}  // namespace

std::string_view ContentTypeFor(std::string_view name) {
  if (EndsWith(name, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(name, ".js")) return "text/javascript; charset=utf-8";
  if (EndsWith(name, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(name, ".svg")) return "image/svg+xml";
  if (EndsWith(name, ".png")) return "image/png";
  if (EndsWith(name, ".json")) return "application/json";
  return "application/octet-stream";
}

std::optional<WebAsset> FindWebAsset(std::string_view name) {
  for (const Entry* e = kWebAssets; e->name; ++e) {
    if (name == e->name)
      return WebAsset{e->name, ContentTypeFor(name),
                      std::string_view(e->begin, static_cast<size_t>(e->end - e->begin))};
  }
  return std::nullopt;
}

std::vector<std::string_view> WebAssetNames() {
  std::vector<std::string_view> out;
  for (const Entry* e = kWebAssets; e->name; ++e) out.push_back(e->name);
  return out;
}

}  // namespace newsmill

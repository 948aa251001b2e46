// The dashboard's static files (web/), compiled into the binary at build
// time: the hand-written index.html, app.js, app.css and the charting
// library installed by npm (web/build.sh copies chart.js's UMD bundle).
//
//   std::optional<WebAsset> a = FindWebAsset("app.js");
//
// Thread safety: read-only static data.
#ifndef NEWSMILL_SERVER_WEB_ASSETS_H_
#define NEWSMILL_SERVER_WEB_ASSETS_H_

#include <optional>
#include <string_view>
#include <vector>

namespace newsmill {

struct WebAsset {
  std::string_view name;          // "app.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view data;
};

// The embedded asset called name (no directories), or nullopt.
std::optional<WebAsset> FindWebAsset(std::string_view name);
std::vector<std::string_view> WebAssetNames();
// The content type for a file name, by extension.
std::string_view ContentTypeFor(std::string_view name);

}  // namespace newsmill

#endif  // NEWSMILL_SERVER_WEB_ASSETS_H_

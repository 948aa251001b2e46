#include "cli/http_client.h"

#include <httplib.h>

#include "base/strings.h"

namespace newsmill::cli {

Status PostJson(const std::string& url, const std::string& json) {
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos)
    return Status::InvalidArgument("'" + url + "' is not an http(s) URL");
  size_t path_start = url.find('/', scheme_end + 3);
  std::string origin = url.substr(0, path_start);
  std::string path = path_start == std::string::npos ? "/" : url.substr(path_start);
  httplib::Client client(origin);
  if (!client.is_valid()) return Status::InvalidArgument("'" + url + "' is not a URL I can call");
  client.set_connection_timeout(10, 0);
  client.set_read_timeout(10, 0);
  client.set_write_timeout(10, 0);
  client.set_follow_location(false);
  auto res = client.Post(path.c_str(), json, "application/json");
  if (!res) return Status::IoError(url + ": " + httplib::to_string(res.error()));
  if (res->status < 200 || res->status >= 300)
    return Status::IoError(url + ": answered HTTP " + std::to_string(res->status));
  return Status::Ok();
}

}  // namespace newsmill::cli

// PostJson: the HTTP client side of webhooks (serve, watch notify).
//
//   Status st = PostJson("http://127.0.0.1:9000/hook", "{...}");
//
// Thread safety: thread-safe (a client per call).
#ifndef NEWSMILL_CLI_HTTP_CLIENT_H_
#define NEWSMILL_CLI_HTTP_CLIENT_H_

#include <string>

#include "base/status.h"

namespace newsmill::cli {

// POSTs json to an http(s) URL with a 10 s timeout. Ok on a 2xx answer;
// otherwise an error naming the status or the network failure.
Status PostJson(const std::string& url, const std::string& json);

}  // namespace newsmill::cli

#endif  // NEWSMILL_CLI_HTTP_CLIENT_H_

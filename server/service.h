// Service: newsmill's HTTP API and dashboard as a plain class, request in,
// response out, so that every route is testable without a socket;
// `newsmill serve` (cli/serve_command.cc) only wires it to cpp-httplib.
// The routes and their objects are documented in docs/api.md.
//
//   ServiceOptions options;
//   options.api_token = "s3cret";
//   auto service = Service::Create(store.get(), pipeline.get(), options);
//   HttpRequest req;
//   req.method = "GET";
//   req.path = "/api/quotes";
//   req.query = {{"q", "guarantees"}};
//   HttpResponse res = (*service)->Handle(req);   // 200, JSON body
//
// Every parameter is validated: a bad one is a 400 with a JSON error
// naming it, an unknown route 404, a wrong method 405, a write without the
// API token 401. Errors of the store itself (I/O) are 500; user input never
// is.
//
// Thread safety: Handle may be called from many threads at once (the store
// serialises writes).
#ifndef NEWSMILL_SERVER_SERVICE_H_
#define NEWSMILL_SERVER_SERVICE_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "newsmill/pipeline.h"
#include "store/store.h"

namespace newsmill {

struct HttpRequest {
  std::string method;  // "GET", "POST", "DELETE", ...
  std::string path;    // decoded, without the query string
  // Decoded query parameters, in order; a name may repeat (then it is a 400).
  std::vector<std::pair<std::string, std::string>> query;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra ones
};

// Sends a webhook: POST json to url. Returns an error when the receiver
// did not answer 2xx. Must be thread-safe.
using WebhookSender =
    std::function<Status(const std::string& url, const std::string& json)>;

struct ServiceOptions {
  // The token every write must carry (Authorization: Bearer <token>, or the
  // X-Api-Token header). "" refuses every write with 401. Default "".
  std::string api_token;
  // Origin used in feed links ("http://127.0.0.1:8080"). Default: "" (links
  // relative to the server).
  std::string base_url;
  // Serve the dashboard from this directory instead of the copy compiled
  // into the binary (for working on web/ without rebuilding). Default "".
  std::string web_dir;
  // Largest request body accepted, in bytes. Default 8 MiB.
  size_t max_body_bytes = size_t{8} << 20;
  // Called (on the request's thread) after new articles are stored, for the
  // watchlists' webhooks; empty: no deliveries. Default none.
  WebhookSender webhook;
  // Engine recorded for articles stored through POST /api/articles.
  std::string lexicon_id;
};

class Service {
 public:
  // REQUIRES: store outlives the service; pipeline may be null (then POST
  // /api/articles answers 503).
  static Result<std::unique_ptr<Service>> Create(Store* store,
                                                 const Pipeline* pipeline,
                                                 ServiceOptions options);
  virtual ~Service() = default;

  // Answers one request. Never throws.
  virtual HttpResponse Handle(const HttpRequest& request) const = 0;

  // Blocks until the webhook deliveries requested so far are done (tests,
  // shutdown).
  virtual void WaitForDeliveries() const = 0;
};

// Delivers new watch matches to every watch with a webhook, advancing its
// notified_seq on success. Returns the number of deliveries made; errors of
// single deliveries are appended to *errors (one per watch). Used by the
// service after POST /api/articles and by `newsmill watch notify`.
Result<int> NotifyWatches(Store& store, const WebhookSender& send,
                          const std::string& base_url,
                          std::vector<std::string>* errors);

// The Atom feed of a watch (RFC 4287): its newest matches.
Result<std::string> WatchFeed(const Store& store, const Watch& watch,
                              const std::string& base_url);

}  // namespace newsmill

#endif  // NEWSMILL_SERVER_SERVICE_H_

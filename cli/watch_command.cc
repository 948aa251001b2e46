// newsmill watch: saved queries (watchlists) with Atom feeds and webhooks.
//
//   newsmill watch add --speaker vladimir-putin
//   newsmill watch add --pair RUS USA --webhook https://example.org/hook --consent
//   newsmill watch list
//   newsmill watch feed ID          # the Atom feed, as `serve` gives it
//   newsmill watch notify           # deliver new matches to webhooks (cron)
//   newsmill watch remove ID
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/http_client.h"
#include "server/service.h"
#include "store/store.h"

namespace newsmill::cli {
namespace {

struct WatchFlags {
  std::string db = kDefaultDatabase;
  std::string base_url = "http://127.0.0.1:8080";
  // add
  std::string speaker, words, name, webhook;
  std::vector<std::string> pair;
  bool consent = false;
  // remove, feed
  std::string id;
};

Result<std::unique_ptr<Store>> OpenExisting(const std::string& db) {
  StoreOptions o;
  o.create_if_missing = false;
  auto s = Store::Open(db, o);
  if (!s.ok() && s.status().code() == StatusCode::kNotFound)
    return Status::NotFound(s.status().message() +
                            " (create it with: newsmill ingest FILES --db " + db + ")");
  return s;
}

int Fail(const Status& st) {
  PrintError(st.message());
  return st.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
}

void PrintWatch(const Watch& w, const std::string& base, bool with_token) {
  std::printf("%s  %s\n", w.id.c_str(), w.name.c_str());
  std::printf("  kind: %s", w.kind.c_str());
  if (!w.speaker.empty()) std::printf("  speaker: %s", w.speaker.c_str());
  if (!w.actor_a.empty()) std::printf("  pair: %s %s", w.actor_a.c_str(), w.actor_b.c_str());
  if (!w.words.empty()) std::printf("  words: %s", w.words.c_str());
  std::printf("\n  feed: %s/feeds/%s.atom\n", base.c_str(), w.id.c_str());
  if (!w.webhook.empty()) std::printf("  webhook: %s\n", w.webhook.c_str());
  if (with_token)
    std::printf("  unsubscribe: %s/api/watches/%s/unsubscribe?token=%s\n", base.c_str(),
                w.id.c_str(), w.unsubscribe_token.c_str());
}

int RunAdd(const WatchFlags& f) {
  Watch w;
  int kinds = !f.speaker.empty() + !f.pair.empty();
  if (kinds > 1) {
    PrintError("watch add: give one of --speaker or --pair (--words may narrow --speaker)");
    return kExitUsage;
  }
  if (!f.speaker.empty()) {
    w.kind = "speaker";
    w.speaker = f.speaker;
  } else if (!f.pair.empty()) {
    w.kind = "pair";
    w.actor_a = f.pair[0];
    w.actor_b = f.pair.size() > 1 ? f.pair[1] : "";
    if (!f.words.empty()) {
      PrintError("watch add: --words does not apply to --pair (events have no words)");
      return kExitUsage;
    }
  } else if (!f.words.empty()) {
    w.kind = "words";
  } else {
    PrintError("watch add: say what to watch: --speaker, --pair A B or --words");
    return kExitUsage;
  }
  w.words = f.words;
  w.name = f.name;
  w.webhook = f.webhook;
  w.consent = f.consent;
  if (!w.webhook.empty() && !w.consent) {
    PrintError("watch add: --webhook sends every new match to that address; add --consent "
               "to confirm that you agree to these deliveries");
    return kExitUsage;
  }
  auto store = OpenExisting(f.db);
  if (!store.ok()) return Fail(store.status());
  auto added = (*store)->AddWatch(w);
  if (!added.ok()) return Fail(added.status());
  PrintWatch(*added, f.base_url, true);
  return kExitOk;
}

int RunList(const WatchFlags& f) {
  auto store = OpenExisting(f.db);
  if (!store.ok()) return Fail(store.status());
  auto list = (*store)->ListWatches();
  if (!list.ok()) return Fail(list.status());
  if (list->empty()) std::printf("(no watches; add one with: newsmill watch add ...)\n");
  for (const Watch& w : *list) PrintWatch(w, f.base_url, true);
  return kExitOk;
}

int RunRemove(const WatchFlags& f) {
  auto store = OpenExisting(f.db);
  if (!store.ok()) return Fail(store.status());
  auto removed = (*store)->RemoveWatch(f.id, "");
  if (!removed.ok()) return Fail(removed.status());
  if (!*removed) {
    PrintError("no watch '" + f.id + "'");
    return kExitFatal;
  }
  std::printf("removed %s\n", f.id.c_str());
  return kExitOk;
}

int RunFeed(const WatchFlags& f) {
  auto store = OpenExisting(f.db);
  if (!store.ok()) return Fail(store.status());
  auto w = (*store)->GetWatch(f.id);
  if (!w.ok()) return Fail(w.status());
  auto feed = WatchFeed(**store, *w, f.base_url);
  if (!feed.ok()) return Fail(feed.status());
  std::fwrite(feed->data(), 1, feed->size(), stdout);
  return kExitOk;
}

int RunNotify(const WatchFlags& f) {
  auto store = OpenExisting(f.db);
  if (!store.ok()) return Fail(store.status());
  std::vector<std::string> errors;
  auto n = NotifyWatches(**store, PostJson, f.base_url, &errors);
  if (!n.ok()) return Fail(n.status());
  for (const std::string& e : errors) PrintError("webhook " + e + " (will retry next time)");
  std::printf("%d webhook delivery(ies) made\n", *n);
  return errors.empty() ? kExitOk : kExitSkipped;
}

}  // namespace

void AddWatchCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<WatchFlags>();
  CLI::App* cmd = app.add_subcommand(
      "watch", "Watchlists: saved queries with Atom feeds and optional webhooks");
  cmd->require_subcommand(1);
  cmd->fallthrough();
  cmd->add_option("--db", f->db, "SQLite database (default: newsmill.db)");
  cmd->add_option("--base-url", f->base_url,
                  "Address of 'newsmill serve', for feed and unsubscribe links "
                  "(default http://127.0.0.1:8080)");

  CLI::App* add = cmd->add_subcommand("add", "Save a watch");
  add->add_option("--speaker", f->speaker, "Quotes by this speaker (entity key or name)");
  add->add_option("--pair", f->pair, "Events between two actors (CAMEO codes or keys)")
      ->expected(2);
  add->add_option("--words", f->words, "Quotes with these words (alone, or with --speaker)");
  add->add_option("--name", f->name, "A name for the watch");
  add->add_option("--webhook", f->webhook, "POST new matches to this http(s) address");
  add->add_flag("--consent", f->consent,
                "I agree that newsmill sends the new matches to --webhook");
  add->callback([f, exit_code] { *exit_code = RunAdd(*f); });

  cmd->add_subcommand("list", "List the watches")->callback([f, exit_code] {
    *exit_code = RunList(*f);
  });
  CLI::App* remove = cmd->add_subcommand("remove", "Delete a watch");
  remove->add_option("id", f->id, "Watch id")->required();
  remove->callback([f, exit_code] { *exit_code = RunRemove(*f); });
  CLI::App* feed = cmd->add_subcommand("feed", "Print a watch's Atom feed");
  feed->add_option("id", f->id, "Watch id")->required();
  feed->callback([f, exit_code] { *exit_code = RunFeed(*f); });
  cmd->add_subcommand("notify",
                      "Send new matches to the watches' webhooks (run after ingest "
                      "or from cron)")
      ->callback([f, exit_code] { *exit_code = RunNotify(*f); });
}

}  // namespace newsmill::cli

// FrameTable: how appeals, intents, demands, rejections, threats and
// accusations are coded by what they are about (data/events/frames.tsv),
// and what an event code is about (data/events/content.tsv).
//
//   auto t = FrameTable::Load("");
//   (*t)->ContentOf("0874");                      // "withdraw"
//   (*t)->Compose(Frame::kAppeal, "withdraw");    // "0256"
//   (*t)->Compose(Frame::kReject, "");            // "120"
//
// Thread safety: immutable after Load.
#ifndef NEWSMILL_EVENTS_FRAMES_H_
#define NEWSMILL_EVENTS_FRAMES_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/string_map.h"
#include "events/verb_lexicon.h"

namespace newsmill {

class FrameTable {
 public:
  static Result<std::unique_ptr<FrameTable>> Load(const std::string& override_dir);
  static Result<std::unique_ptr<FrameTable>> Parse(std::string_view frames,
                                                   std::string_view content);

  // The general code of a frame: appeal 020, intent 030, demand 100,
  // reject 120, threaten 130, accuse 112; "" for kNone.
  static std::string_view GeneralCode(Frame f);

  // The content category of an event code (longest listed prefix), "" if
  // none.
  std::string_view ContentOf(std::string_view code) const;
  // The code of frame f about content; the general code when the table has
  // none for it (or content is "").
  std::string_view Compose(Frame f, std::string_view content) const;
  // True when the table knows the category.
  bool HasContent(std::string_view content) const { return rows_.count(content) > 0; }

 private:
  FrameTable() = default;
  // Columns in frames.tsv order: appeal intent demand reject threaten accuse.
  StringMap<std::array<std::string, 6>> rows_;
  StringMap<std::string> content_;  // code prefix -> category
};

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_FRAMES_H_

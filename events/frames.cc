#include "events/frames.h"

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {
namespace {

int Column(Frame f) {
  switch (f) {
    case Frame::kAppeal: return 0;
    case Frame::kIntent: return 1;
    case Frame::kDemand: return 2;
    case Frame::kReject: return 3;
    case Frame::kThreaten: return 4;
    case Frame::kAccuse: return 5;
    case Frame::kNone: return -1;
  }
  return -1;
}

bool IsCode(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (!IsAsciiDigit(ch)) return false;
  return true;
}

}  // namespace

std::string_view FrameTable::GeneralCode(Frame f) {
  switch (f) {
    case Frame::kAppeal: return "020";
    case Frame::kIntent: return "030";
    case Frame::kDemand: return "100";
    case Frame::kReject: return "120";
    case Frame::kThreaten: return "130";
    case Frame::kAccuse: return "112";
    case Frame::kNone: return "";
  }
  return "";
}

Result<std::unique_ptr<FrameTable>> FrameTable::Load(const std::string& override_dir) {
  auto frames = ReadDataFile("events/frames.tsv", override_dir);
  if (!frames.ok()) return frames.status();
  auto content = ReadDataFile("events/content.tsv", override_dir);
  if (!content.ok()) return content.status();
  return Parse(*frames, *content);
}

Result<std::unique_ptr<FrameTable>> FrameTable::Parse(std::string_view frames,
                                                      std::string_view content) {
  std::unique_ptr<FrameTable> t(new FrameTable());
  int n = 0;
  for (std::string_view line : Split(frames, '\n')) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty() || line[0] == '#') continue;
    auto f = Split(line, '\t');
    std::string where = "events/frames.tsv:" + std::to_string(n) + ": ";
    if (f.size() != 7) return Status::Corruption(where + "expected 7 tab-separated fields");
    std::array<std::string, 6> row;
    for (int i = 0; i < 6; ++i) {
      std::string_view v = TrimAscii(f[i + 1]);
      if (v == "-") continue;
      if (!IsCode(v)) return Status::Corruption(where + "bad code '" + std::string(v) + "'");
      row[i] = std::string(v);
    }
    if (!t->rows_.emplace(std::string(TrimAscii(f[0])), row).second)
      return Status::Corruption(where + "content listed twice");
  }
  n = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty() || line[0] == '#') continue;
    auto f = Split(line, '\t');
    std::string where = "events/content.tsv:" + std::to_string(n) + ": ";
    if (f.size() != 2 || !IsCode(TrimAscii(f[0])))
      return Status::Corruption(where + "expected: code prefix TAB content");
    std::string_view cat = TrimAscii(f[1]);
    if (cat != "-" && !t->rows_.count(cat))
      return Status::Corruption(where + "content '" + std::string(cat) +
                                "' is not a row of frames.tsv");
    t->content_[std::string(TrimAscii(f[0]))] = cat == "-" ? "" : std::string(cat);
  }
  return t;
}

std::string_view FrameTable::ContentOf(std::string_view code) const {
  for (size_t k = std::min<size_t>(code.size(), 4); k >= 2; --k) {
    auto it = content_.find(code.substr(0, k));
    if (it != content_.end()) return it->second;
  }
  return "";
}

std::string_view FrameTable::Compose(Frame f, std::string_view content) const {
  int col = Column(f);
  if (col < 0) return "";
  auto it = rows_.find(content);
  if (it != rows_.end() && !it->second[col].empty()) return it->second[col];
  return GeneralCode(f);
}

}  // namespace newsmill

#include "events/codebook.h"

#include <cstdlib>

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {

int Codebook::QuadOfRoot(int root) {
  if (root >= 1 && root <= 4) return 1;
  if (root >= 5 && root <= 8) return 2;
  if (root >= 9 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

Result<std::unique_ptr<Codebook>> Codebook::Load(const std::string& override_dir) {
  auto text = ReadDataFile("events/cameo_codebook.tsv", override_dir);
  if (!text.ok()) return text.status();
  return Parse(*text, "events/cameo_codebook.tsv");
}

Result<std::unique_ptr<Codebook>> Codebook::Parse(std::string_view text,
                                                  std::string_view origin) {
  std::unique_ptr<Codebook> book(new Codebook());
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimAscii(line).empty() || line[0] == '#') continue;
    auto where = [&] {
      return std::string(origin) + ":" + std::to_string(line_no) + ": ";
    };
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 4) {
      return Status::Corruption(where() + "expected 4 tab-separated fields "
                                          "(code, goldstein, plover, name)");
    }
    std::string_view code = f[0];
    bool digits = code.size() >= 2 && code.size() <= 4;
    for (char c : code) digits = digits && IsAsciiDigit(c);
    if (!digits) return Status::Corruption(where() + "bad code '" + std::string(code) + "'");
    if (book->index_.count(code)) {
      return Status::Corruption(where() + "code " + std::string(code) + " listed twice");
    }
    std::string g(f[1]);
    char* end = nullptr;
    double goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || goldstein < -10 || goldstein > 10) {
      return Status::Corruption(where() + "bad Goldstein value '" + g + "'");
    }
    CameoCode c;
    c.code = std::string(code);
    c.root = c.code.substr(0, 2);
    c.quad = QuadOfRoot(std::atoi(c.root.c_str()));
    if (c.quad == 0) return Status::Corruption(where() + "root out of 01..20");
    c.goldstein = goldstein;
    c.plover = f[2] == "-" ? "" : std::string(f[2]);
    c.name = std::string(f[3]);
    book->index_.emplace(c.code, book->codes_.size());
    book->codes_.push_back(std::move(c));
  }
  if (book->codes_.empty()) return Status::Corruption(std::string(origin) + ": no codes");
  return book;
}

const CameoCode* Codebook::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

void Codebook::Fill(std::string_view code, Event* e) const {
  e->code = std::string(code);
  if (const CameoCode* c = Find(code)) {
    e->root = c->root;
    e->quad = c->quad;
    e->goldstein = c->goldstein;
    e->plover = c->plover;
    return;
  }
  e->root = std::string(code.substr(0, std::min<size_t>(2, code.size())));
  e->quad = 0;
  e->goldstein = 0;
  e->plover.clear();
  if (const CameoCode* r = Find(e->root)) {
    e->quad = r->quad;
    e->goldstein = r->goldstein;
    e->plover = r->plover;
  }
}

}  // namespace newsmill

#include "syntax/conllu.h"

#include <charconv>

#include "base/strings.h"

namespace newsmill::syntax {
namespace {

bool ParseInt(std::string_view s, int* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

Result<std::vector<ConlluDocument>> ParseConllu(std::string_view content,
                                                std::string_view origin) {
  std::vector<ConlluDocument> docs;
  ConlluSentence sent;
  bool pending_par = false;
  auto flush = [&]() {
    if (sent.words.empty()) return;
    if (docs.empty()) docs.emplace_back();
    docs.back().sentences.push_back(std::move(sent));
    sent = ConlluSentence();
  };
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      if (nl == content.size()) break;
      continue;
    }
    if (line[0] == '#') {
      if (StartsWith(line, "# newdoc id")) {
        flush();
        ConlluDocument d;
        size_t eq = line.find('=');
        if (eq != std::string_view::npos)
          d.id = std::string(TrimAscii(line.substr(eq + 1)));
        docs.push_back(std::move(d));
      } else if (StartsWith(line, "# newpar")) {
        pending_par = true;
      } else if (StartsWith(line, "# text =")) {
        sent.text = std::string(TrimAscii(line.substr(8)));
      } else if (StartsWith(line, "# sent_id =")) {
        sent.id = std::string(TrimAscii(line.substr(11)));
      }
      continue;
    }
    std::vector<std::string_view> cols = Split(line, '\t');
    auto where = [&]() {
      return std::string(origin) + ":" + std::to_string(line_no) + ": ";
    };
    if (cols.size() != 10) {
      return Status::Corruption(where() +
                                "expected 10 tab-separated columns, got " +
                                std::to_string(cols.size()));
    }
    if (cols[0].find('-') != std::string_view::npos ||
        cols[0].find('.') != std::string_view::npos) {
      continue;
    }
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    w.deprel = std::string(cols[7]);
    int id;
    if (!ParseInt(cols[0], &id) ||
        id != static_cast<int>(sent.words.size()) + 1) {
      return Status::Corruption(where() + "word number '" +
                                std::string(cols[0]) + "' out of sequence");
    }
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
      return Status::Corruption(where() + "bad head '" + std::string(cols[6]) +
                                "'");
    }
    w.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    if (sent.words.empty() && pending_par) {
      sent.new_paragraph = true;
      pending_par = false;
    }
    sent.words.push_back(std::move(w));
  }
  flush();
  // Heads must point inside their sentence.
  for (const ConlluDocument& d : docs) {
    for (const ConlluSentence& s : d.sentences) {
      for (const ConlluWord& w : s.words) {
        if (w.head > static_cast<int>(s.words.size())) {
          return Status::Corruption(std::string(origin) + ": sentence " + s.id +
                                    ": head " + std::to_string(w.head) +
                                    " beyond the sentence");
        }
      }
    }
  }
  return docs;
}

}  // namespace newsmill::syntax

#include "quotes/cue_lexicon.h"

#include <algorithm>

#include "base/embedded_data.h"
#include "base/strings.h"

namespace newsmill {
namespace {

template <typename Fn>
Status ForEachDataLine(const std::string& name, const std::string& content, Fn fn) {
  size_t line_no = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++line_no;
    std::string_view t = TrimAscii(line);
    if (t.empty() || t[0] == '#') continue;
    Status st = fn(Split(t, '\t'));
    if (!st.ok()) {
      return Status::InvalidArgument("data/" + name + ":" + std::to_string(line_no) +
                                     ": " + st.message());
    }
  }
  return Status::Ok();
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view w : Split(TrimAscii(s), ' '))
    if (!w.empty()) out.push_back(ToLowerAscii(w));
  return out;
}

}  // namespace

Result<std::unique_ptr<CueLexicon>> CueLexicon::Load(const std::string& data_dir) {
  auto lex = std::make_unique<CueLexicon>();
  auto cues = ReadDataFile("quotes/cues.tsv", data_dir);
  if (!cues.ok()) return cues.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachDataLine(
      "quotes/cues.tsv", *cues, [&](const std::vector<std::string_view>& f) {
        if (f.size() != 4) return Status::InvalidArgument("expected 4 tab-separated fields");
        Cue c;
        std::vector<std::string> lemma = Words(f[0]);
        if (lemma.empty()) return Status::InvalidArgument("empty lemma");
        c.lemma = std::string(f[0]);
        if (lemma.size() == 2) c.particle = lemma[1];
        if (f[1] == "speech") c.cls = Cue::kSpeech;
        else if (f[1] == "writing") c.cls = Cue::kWriting;
        else if (f[1] == "belief") c.cls = Cue::kBelief;
        else if (f[1] == "report") c.cls = Cue::kReport;
        else return Status::InvalidArgument("unknown class '" + std::string(f[1]) + "'");
        if (f[2] == "that") c.complement = Cue::kThat;
        else if (f[2] == "that+np") c.complement = Cue::kThat, c.object_content = true;
        else if (f[2] == "that+to") c.complement = Cue::kThat, c.infinitive_content = true;
        else if (f[2] == "that-only") c.complement = Cue::kThat, c.that_only = true;
        else if (f[2] == "obj") c.complement = Cue::kObject;
        else if (f[2] == "of") c.complement = Cue::kOf;
        else if (f[2] == "to") c.complement = Cue::kTo;
        else if (f[2] == "quote") c.complement = Cue::kQuote;
        else if (f[2] == "rest") c.complement = Cue::kRest;
        else if (f[2] == "question") c.complement = Cue::kQuestion;
        else return Status::InvalidArgument("unknown complement '" + std::string(f[2]) + "'");
        size_t index = lex->cues_.size();
        lex->cues_.push_back(std::move(c));
        for (const std::string& form : Words(f[3])) {
          std::vector<size_t>* list = lex->forms_.FindMutable(form);
          if (list == nullptr) list = &lex->forms_.Insert(form, {});
          list->push_back(index);
        }
        return Status::Ok();
      }));
  std::vector<std::string> forms;
  lex->forms_.ForEach([&](std::string_view f, const std::vector<size_t>&) {
    forms.emplace_back(f);
  });
  for (const std::string& f : forms) {
    std::vector<size_t>* list = lex->forms_.FindMutable(f);
    std::stable_sort(list->begin(), list->end(), [&](size_t a, size_t b) {
      return !lex->cues_[a].particle.empty() && lex->cues_[b].particle.empty();
    });
  }
  auto phrases = ReadDataFile("quotes/phrases.tsv", data_dir);
  if (!phrases.ok()) return phrases.status();
  NEWSMILL_RETURN_IF_ERROR(ForEachDataLine(
      "quotes/phrases.tsv", *phrases, [&](const std::vector<std::string_view>& f) {
        if (f.size() != 2) return Status::InvalidArgument("expected kind<TAB>phrase");
        if (f[0] == "according") lex->according_.push_back(Words(f[1]));
        else if (f[0] == "medium") lex->media_.push_back(Words(f[1]));
        else return Status::InvalidArgument("unknown kind '" + std::string(f[0]) + "'");
        return Status::Ok();
      }));
  return lex;
}

}  // namespace newsmill

#include "io/input_reader.h"

#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/strings.h"
#include "base/utf8.h"

namespace newsmill {
namespace {

enum class Format { kText, kHtml, kJsonl, kJson, kSniff };

Format FormatOf(const std::string& path) {
  std::string p = ToLowerAscii(path);
  if (EndsWith(p, ".gz")) p.resize(p.size() - 3);
  if (EndsWith(p, ".txt") || EndsWith(p, ".text")) return Format::kText;
  if (EndsWith(p, ".html") || EndsWith(p, ".htm") || EndsWith(p, ".xhtml"))
    return Format::kHtml;
  if (EndsWith(p, ".jsonl") || EndsWith(p, ".ndjson")) return Format::kJsonl;
  if (EndsWith(p, ".json")) return Format::kJson;
  return Format::kSniff;
}

bool KnownExtension(const std::string& path) {
  return FormatOf(path) != Format::kSniff;
}

// A byte stream over a plain or gzip-compressed file (zlib reads both).
class ByteStream {
 public:
  ~ByteStream() {
    if (gz_ != nullptr) gzclose(gz_);
  }

  Status Open(const std::string& path) {
    name_ = path == "-" ? "stdin" : path;
    if (path == "-") {
      int fd = dup(0);
      gz_ = fd >= 0 ? gzdopen(fd, "rb") : nullptr;
    } else {
      struct stat st;
      if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return Status::InvalidArgument(path + ": is a directory");
      gz_ = gzopen(path.c_str(), "rb");
    }
    if (gz_ == nullptr) {
      return Status::IoError(name_ + ": cannot open: " + std::strerror(errno));
    }
    gzbuffer(gz_, 1 << 17);
    return Status::Ok();
  }

  // Reads up to n bytes; returns the count, 0 at the end or on error.
  size_t Read(char* buf, size_t n) {
    if (done_) return 0;
    int r = gzread(gz_, buf, static_cast<unsigned>(n));
    if (r <= 0) {
      done_ = true;
      int errnum = 0;
      const char* msg = gzerror(gz_, &errnum);
      if (r < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) {
        error_ = msg != nullptr ? msg : "read error";
      }
      return 0;
    }
    return static_cast<size_t>(r);
  }

  // Reads the next line without its "\n" into *line. False at the end.
  bool ReadLine(std::string* line) {
    line->clear();
    while (true) {
      size_t nl = buffer_.find('\n', pos_);
      if (nl != std::string::npos) {
        line->assign(buffer_, pos_, nl - pos_);
        pos_ = nl + 1;
        return true;
      }
      buffer_.erase(0, pos_);
      pos_ = 0;
      char chunk[1 << 16];
      size_t n = Read(chunk, sizeof chunk);
      if (n == 0) {
        if (buffer_.empty()) return false;
        line->swap(buffer_);
        buffer_.clear();
        return true;
      }
      buffer_.append(chunk, n);
    }
  }

  // Reads everything, up to limit bytes. False when the limit was passed.
  bool ReadAll(std::string* out, size_t limit) {
    out->clear();
    char chunk[1 << 16];
    size_t n;
    while ((n = Read(chunk, sizeof chunk)) > 0) {
      out->append(chunk, n);
      if (out->size() > limit) return false;
    }
    return true;
  }

  const std::string& error() const { return error_; }
  const std::string& name() const { return name_; }

 private:
  gzFile gz_ = nullptr;
  std::string name_;
  std::string buffer_;
  size_t pos_ = 0;
  bool done_ = false;
  std::string error_;
};

// True when the bytes look like binary data rather than text.
bool LooksBinary(std::string_view s) {
  size_t n = std::min<size_t>(s.size(), 8192);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

// Converts UTF-16 with a byte-order mark to UTF-8. False if s has no BOM.
bool ConvertUtf16(std::string* s) {
  if (s->size() < 2) return false;
  unsigned char b0 = (*s)[0], b1 = (*s)[1];
  bool le = b0 == 0xFF && b1 == 0xFE;
  bool be = b0 == 0xFE && b1 == 0xFF;
  if (!le && !be) return false;
  std::string out;
  out.reserve(s->size());
  auto unit = [&](size_t i) -> char32_t {
    unsigned char a = (*s)[i], b = (*s)[i + 1];
    return le ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (size_t i = 2; i + 1 < s->size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < s->size()) {
      char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo < 0xE000) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), &out);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u < 0xE000) u = kReplacementChar;
    AppendUtf8(u, &out);
  }
  s->swap(out);
  return true;
}

std::string JsonString(simdjson::dom::element e) {
  std::string_view sv;
  if (e.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  int64_t i;
  if (e.get_int64().get(i) == simdjson::SUCCESS) return std::to_string(i);
  uint64_t u;
  if (e.get_uint64().get(u) == simdjson::SUCCESS) return std::to_string(u);
  double d;
  if (e.get_double().get(d) == simdjson::SUCCESS) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
  }
  return "";
}

Status FromJsonObject(simdjson::dom::object obj, const std::string& origin,
                      ArticleInput* out) {
  *out = ArticleInput();
  out->origin = origin;
  for (auto field : obj) {
    std::string_view k = field.key;
    simdjson::dom::element v = field.value;
    if (v.is_null()) continue;
    if (k == "id") {
      out->id = JsonString(v);
    } else if (k == "url") {
      out->url = JsonString(v);
    } else if (k == "published" || k == "date") {
      if (out->published.empty()) out->published = JsonString(v);
    } else if (k == "title") {
      out->title = JsonString(v);
    } else if (k == "outlet") {
      out->outlet = JsonString(v);
    } else if (k == "text") {
      out->text = JsonString(v);
    } else if (k == "html") {
      out->html = JsonString(v);
    } else if (k == "authors" || k == "author") {
      simdjson::dom::array arr;
      if (v.get_array().get(arr) == simdjson::SUCCESS) {
        for (auto a : arr) {
          std::string s = JsonString(a);
          if (!s.empty()) out->authors.push_back(std::move(s));
        }
      } else {
        std::string s = JsonString(v);
        if (!s.empty()) out->authors.push_back(std::move(s));
      }
    }
  }
  return CompleteArticleInput(out);
}

class FileSource : public InputSource {
 public:
  FileSource(std::string path, Format format, const InputOptions& options)
      : path_(std::move(path)), format_(format), options_(options) {}

  Status Init() { return stream_.Open(path_); }

  Outcome Next(ArticleInput* out, Status* error) override {
    if (finished_) return kEnd;
    if (format_ == Format::kJsonl) return NextLine(out, error);
    if (!whole_read_) return ReadWhole(out, error);
    if (format_ == Format::kJson) return NextFromArray(out, error);
    finished_ = true;
    return kEnd;
  }

 private:
  std::string Origin(size_t line) const {
    return stream_.name() + ":" + std::to_string(line);
  }

  Outcome Truncation(Status* error) {
    finished_ = true;
    if (stream_.error().empty()) return kEnd;
    *error = Status::Corruption(stream_.name() + ": " + stream_.error() +
                                " (input truncated or damaged; " +
                                std::to_string(records_) +
                                " record(s) read before it)");
    return kError;
  }

  Outcome NextLine(ArticleInput* out, Status* error) {
    while (stream_.ReadLine(&line_)) {
      ++line_no_;
      std::string_view t = TrimAscii(line_);
      if (t.empty()) continue;
      if (t.size() > options_.max_article_bytes) {
        *error = Status::InvalidArgument(Origin(line_no_) + ": record of " +
                                         std::to_string(t.size()) +
                                         " bytes exceeds the limit");
        return kError;
      }
      Status st = ParseArticleJson(t, Origin(line_no_), out);
      if (!st.ok()) {
        *error = st;
        return kError;
      }
      ++records_;
      return kRecord;
    }
    return Truncation(error);
  }

  // Reads a whole-file article (or a whole JSON file into pending_).
  Outcome ReadWhole(ArticleInput* out, Status* error) {
    whole_read_ = true;
    std::string data;
    if (!stream_.ReadAll(&data, options_.max_article_bytes)) {
      finished_ = true;
      *error = Status::InvalidArgument(stream_.name() + ": larger than " +
                                       std::to_string(options_.max_article_bytes) +
                                       " bytes; skipped");
      return kError;
    }
    bool truncated = !stream_.error().empty();
    ConvertUtf16(&data);
    if (TrimAscii(data).empty()) {
      finished_ = true;
      *error = Status::InvalidArgument(stream_.name() + ": empty input");
      return kError;
    }
    if (LooksBinary(data)) {
      finished_ = true;
      *error = Status::InvalidArgument(stream_.name() +
                                       ": binary data, not text; skipped");
      return kError;
    }
    Format f = format_;
    if (f == Format::kSniff) {
      std::string_view t = TrimAscii(data);
      if (t[0] == '{' || t[0] == '[') {
        f = t.find('\n') != std::string_view::npos && t[0] == '{' &&
                    t.find("}\n{") != std::string_view::npos
                ? Format::kJsonl
                : Format::kJson;
      } else if (t[0] == '<') {
        f = Format::kHtml;
      } else {
        f = Format::kText;
      }
      if (f == Format::kJsonl) {
        // Re-read as lines from memory.
        format_ = Format::kJson;
        SplitJsonl(data);
        return NextFromArray(out, error);
      }
      format_ = f;
    }
    if (f == Format::kJson) {
      pending_json_ = std::move(data);
      return ParseJsonFile(out, error);
    }
    *out = ArticleInput();
    out->origin = stream_.name();
    out->id = stream_.name();
    if (f == Format::kHtml) {
      out->html = std::move(data);
    } else {
      out->text = std::move(data);
    }
    if (truncated) {
      // Keep what was read: the article goes on with a warning.
      out->warnings.push_back("input truncated (" + stream_.error() +
                              "): the text may be incomplete");
    }
    ++records_;
    finished_ = true;
    return kRecord;
  }

  void SplitJsonl(const std::string& data) {
    size_t line = 0;
    for (std::string_view l : Split(data, '\n')) {
      ++line;
      if (!TrimAscii(l).empty()) pending_.push_back({std::string(l), line});
    }
  }

  Outcome ParseJsonFile(ArticleInput* out, Status* error) {
    simdjson::dom::element root;
    auto err = parser_.parse(pending_json_).get(root);
    if (err != simdjson::SUCCESS) {
      finished_ = true;
      *error = Status::Corruption(stream_.name() + ": malformed JSON (" +
                                  simdjson::error_message(err) + ")");
      return kError;
    }
    simdjson::dom::array arr;
    if (root.get_array().get(arr) == simdjson::SUCCESS) {
      size_t i = 0;
      for (auto e : arr) {
        ++i;
        std::string s = simdjson::minify(e);
        pending_.push_back({std::move(s), i});
      }
      array_items_ = true;
    } else {
      pending_.push_back({std::move(pending_json_), 1});
    }
    pending_json_.clear();
    return NextFromArray(out, error);
  }

  Outcome NextFromArray(ArticleInput* out, Status* error) {
    if (next_pending_ >= pending_.size()) {
      finished_ = true;
      return kEnd;
    }
    auto& [json, n] = pending_[next_pending_++];
    std::string origin = array_items_ ? stream_.name() + "[" + std::to_string(n - 1) + "]"
                                      : Origin(n);
    if (pending_.size() == 1 && !array_items_) origin = stream_.name();
    Status st = ParseArticleJson(json, origin, out);
    json.clear();
    json.shrink_to_fit();
    if (!st.ok()) {
      *error = st;
      return kError;
    }
    if (pending_.size() == 1 && !array_items_ && out->id == origin)
      out->id = stream_.name();
    ++records_;
    return kRecord;
  }

  std::string path_;
  Format format_;
  InputOptions options_;
  ByteStream stream_;
  std::string line_;
  size_t line_no_ = 0;
  size_t records_ = 0;
  bool finished_ = false;
  bool whole_read_ = false;
  bool array_items_ = false;
  std::string pending_json_;
  std::vector<std::pair<std::string, size_t>> pending_;
  size_t next_pending_ = 0;
  simdjson::dom::parser parser_;
};

}  // namespace

Status CompleteArticleInput(ArticleInput* in) {
  if (TrimAscii(in->text).empty() && TrimAscii(in->html).empty()) {
    return Status::InvalidArgument(in->origin +
                                   ": record has no \"text\" or \"html\"");
  }
  // Without an id the record is named by its URL, else by its position
  // (Document::id falls back to ArticleInput::origin); the store then keys
  // it by content, so the same article at another position is recognised.
  if (in->id.empty()) in->id = in->url;
  return Status::Ok();
}

Status ParseArticleJson(std::string_view json, const std::string& origin,
                        ArticleInput* out) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto err = parser.parse(json.data(), json.size(), true).get(root);
  if (err != simdjson::SUCCESS) {
    return Status::Corruption(origin + ": malformed JSON (" +
                              simdjson::error_message(err) + ")");
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::InvalidArgument(origin + ": a record must be a JSON object");
  }
  return FromJsonObject(obj, origin, out);
}

Result<std::unique_ptr<InputSource>> InputSource::Open(
    const std::string& path, const InputOptions& options) {
  Format f = path == "-" ? (options.stdin_as_text ? Format::kText : Format::kJsonl)
                         : FormatOf(path);
  auto src = std::make_unique<FileSource>(path, f, options);
  Status st = src->Init();
  if (!st.ok()) return st;
  return std::unique_ptr<InputSource>(std::move(src));
}

Result<std::vector<std::string>> ExpandInputPaths(
    const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  namespace fs = std::filesystem;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      return Status::NotFound(p + ": no such file or directory");
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && KnownExtension(it->path().string()))
          files.push_back(it->path().string());
      }
      if (ec) return Status::IoError(p + ": " + ec.message());
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace newsmill

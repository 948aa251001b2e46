#include "base/embedded_data.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace newsmill {
namespace {

struct EmbeddedEntry {
  const char* name;
  const char* begin;
  const char* end;
};

#include "generated/embedded_table.inc"
#include "generated/embedded_hash.inc"

}  // namespace

std::optional<std::string_view> EmbeddedDataFile(std::string_view name) {
  for (const EmbeddedEntry* e = kEmbeddedFiles; e->name != nullptr; ++e) {
    if (name == e->name) {
      return std::string_view(e->begin, static_cast<size_t>(e->end - e->begin));
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> EmbeddedDataFileNames() {
  std::vector<std::string_view> names;
  for (const EmbeddedEntry* e = kEmbeddedFiles; e->name != nullptr; ++e)
    names.emplace_back(e->name);
  return names;
}

uint64_t EmbeddedDataHash() { return kEmbeddedDataHash; }

Result<std::string> ReadFileToString(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IoError(path + ": " + std::strerror(errno));
  }
  std::string out;
  // Sized once from the file's size (then read straight into place): no
  // regrowth and copies of large files (WordNet, dictionaries).
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    out.resize(static_cast<size_t>(st.st_size));
    size_t got = std::fread(out.data(), 1, out.size(), f);
    out.resize(got);
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read failed");
  return out;
}

Result<std::string_view> DataFileView(std::string_view name,
                                      const std::string& override_dir,
                                      std::string* storage) {
  if (!override_dir.empty()) {
    std::string path = override_dir + "/" + std::string(name);
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f != nullptr) {
      std::fclose(f);
      Result<std::string> read = ReadFileToString(path);
      if (!read.ok()) return read.status();
      *storage = std::move(read.value());
      return std::string_view(*storage);
    }
  }
  if (auto e = EmbeddedDataFile(name)) return *e;
  return Status::NotFound("data file " + std::string(name) +
                          " is neither embedded nor in '" + override_dir + "'");
}

Result<std::string> ReadDataFile(std::string_view name,
                                 const std::string& override_dir) {
  std::string storage;
  Result<std::string_view> view = DataFileView(name, override_dir, &storage);
  if (!view.ok()) return view.status();
  if (view->data() == storage.data()) return storage;
  return std::string(*view);
}

}  // namespace newsmill

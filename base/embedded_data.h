// The data files of data/ (lexicons, rules, model weights), compiled into
// the binary at build time, and the lookup that finds them by name.
//
//   std::optional<std::string_view> f = EmbeddedDataFile("text/abbreviations.txt");
//
// A directory given at run time (PipelineOptions::data_dir or the
// NEWSMILL_DATA_DIR environment variable, read by the CLI) takes precedence,
// so a data file can be edited and tried without rebuilding: see
// ReadDataFile.
//
// Thread safety: read-only static data.
#ifndef NEWSMILL_BASE_EMBEDDED_DATA_H_
#define NEWSMILL_BASE_EMBEDDED_DATA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsmill {

// The embedded copy of data/<name>, or nullopt.
std::optional<std::string_view> EmbeddedDataFile(std::string_view name);

// Names of every embedded file, as listed in data/sources.cmake.
std::vector<std::string_view> EmbeddedDataFileNames();

// FNV-1a (64-bit, offset basis 1469598103934665603) over every embedded
// file's name and then its bytes, in EmbeddedDataFileNames() order;
// computed at build time.
uint64_t EmbeddedDataHash();

// Reads data/<name>: from override_dir/<name> when override_dir is non-empty
// and that file exists, else the embedded copy. NotFound when neither has it.
Result<std::string> ReadDataFile(std::string_view name,
                                 const std::string& override_dir);

// ReadDataFile without a copy of the embedded data: a view of the embedded
// copy, or of *storage, which holds the override file when there is one.
Result<std::string_view> DataFileView(std::string_view name,
                                      const std::string& override_dir,
                                      std::string* storage);

// Reads a whole file from disk. IoError names the path.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace newsmill

#endif  // NEWSMILL_BASE_EMBEDDED_DATA_H_

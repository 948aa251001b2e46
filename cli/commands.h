// The newsmill subcommands. Each Add*Command registers one subcommand on the
// CLI11 app; its callback stores the process exit code in *exit_code.
//
// Exit codes: 0 success; 1 a fatal error (bad lexicon, unwritable store);
// 2 bad usage; 3 finished, but some inputs were skipped (each reported on
// stderr with its id and the reason).
#ifndef NEWSMILL_CLI_COMMANDS_H_
#define NEWSMILL_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace newsmill::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFatal = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSkipped = 3;

void AddExtractCommand(CLI::App& app, int* exit_code);
void AddIngestCommand(CLI::App& app, int* exit_code);
void AddQueryCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddWatchCommand(CLI::App& app, int* exit_code);
void AddExportCommand(CLI::App& app, int* exit_code);

}  // namespace newsmill::cli

#endif  // NEWSMILL_CLI_COMMANDS_H_

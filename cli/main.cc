// newsmill: the command-line front end. Thin: it parses arguments and wires
// the library's pieces together; all behaviour lives in the library.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "newsmill/pipeline.h"

int main(int argc, char** argv) {
  CLI::App app(
      "newsmill turns news into data: who said what (quotes with speakers), "
      "who did what to whom (CAMEO/PLOVER events), when (resolved dates), "
      "how much, and according to whom.");
  app.set_version_flag("--version", "newsmill " + std::string(newsmill::Version()));
  app.require_subcommand(1);
  app.footer(
      "Start with:\n"
      "  newsmill extract samples/ | head -c 2000    # analyse, JSONL to stdout\n"
      "  newsmill ingest samples/ --db news.db       # analyse into SQLite\n"
      "Run 'newsmill COMMAND --help' for the options of a command.");
  int exit_code = newsmill::cli::kExitOk;
  newsmill::cli::AddExtractCommand(app, &exit_code);
  newsmill::cli::AddIngestCommand(app, &exit_code);
  newsmill::cli::AddQueryCommand(app, &exit_code);
  newsmill::cli::AddServeCommand(app, &exit_code);
  newsmill::cli::AddWatchCommand(app, &exit_code);
  newsmill::cli::AddExportCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : newsmill::cli::kExitUsage;
  }
  return exit_code;
}

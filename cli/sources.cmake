set(NEWSMILL_CLI_SOURCES
  cli/common.cc
  cli/export_command.cc
  cli/extract_command.cc
  cli/ingest_command.cc
  cli/main.cc
  cli/query_command.cc
)

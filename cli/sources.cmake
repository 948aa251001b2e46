set(NEWSMILL_CLI_SOURCES
  cli/main.cc
)

list(APPEND NEWSMILL_SOURCES
  pipeline/pipeline.cc
)
list(APPEND NEWSMILL_TESTS
)

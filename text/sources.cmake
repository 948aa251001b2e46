list(APPEND NEWSMILL_SOURCES
  text/text_stage.cc
)
list(APPEND NEWSMILL_TESTS
)

list(APPEND NEWSMILL_SOURCES
  html/html_text.cc
)
list(APPEND NEWSMILL_TESTS
)

list(APPEND NEWSMILL_SOURCES
  html/charset.cc
  html/content.cc
  html/entities.cc
  html/extractor.cc
  html/json_lite.cc
  html/metadata.cc
  html/parser.cc
)
list(APPEND NEWSMILL_TESTS
)
list(APPEND NEWSMILL_DATA_FILES
  html/bylines.tsv
  html/class_hints.tsv
  html/entities.tsv
  html/furniture.tsv
)

list(APPEND NEWSMILL_SOURCES
  html/charset.cc
  html/content.cc
  html/dates.cc
  html/entities.cc
  html/extractor.cc
  html/json_lite.cc
  html/metadata.cc
  html/parser.cc
)
list(APPEND NEWSMILL_TESTS
  html/charset_test.cc
  html/dates_test.cc
  html/entities_test.cc
  html/extract_scorer_test.cc
  html/extractor_test.cc
  html/json_lite_test.cc
  html/metadata_test.cc
  html/parser_test.cc
)
list(APPEND NEWSMILL_DATA_FILES
  html/bylines.tsv
  html/class_hints.tsv
  html/entities.tsv
  html/furniture.tsv
)

list(APPEND NEWSMILL_SOURCES
  base/date.cc
  base/document.cc
  base/embedded_data.cc
  base/json_writer.cc
  base/status.cc
  base/strings.cc
  base/utf8.cc
)
list(APPEND NEWSMILL_TESTS
  base/date_test.cc
  base/embedded_data_test.cc
  base/flat_string_map_test.cc
  base/json_writer_test.cc
  base/utf8_test.cc
)

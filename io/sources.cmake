list(APPEND NEWSMILL_SOURCES
  io/input_reader.cc
  io/record_writer.cc
)
list(APPEND NEWSMILL_TESTS
  io/input_reader_test.cc
  io/record_writer_test.cc
)
list(APPEND NEWSMILL_DATA_FILES
)

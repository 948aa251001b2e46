list(APPEND NEWSMILL_SOURCES
  io/input_reader.cc
  io/record_writer.cc
)
list(APPEND NEWSMILL_TESTS
)
list(APPEND NEWSMILL_DATA_FILES
)

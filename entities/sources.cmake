# Sources of entities/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  entities/actor_code.cc
  entities/dating.cc
  entities/entities_stage.cc
  entities/entity_finder.cc
)
list(APPEND NEWSMILL_TESTS
  entities/dating_test.cc
  entities/entity_finder_test.cc
)
# Data files of data/entities/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
)

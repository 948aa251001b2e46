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
# The per-token pass (units, word lookups) gains from -O3 (bench/lexicon_bench).
set_source_files_properties(entities/entity_finder.cc PROPERTIES COMPILE_OPTIONS "-O3")

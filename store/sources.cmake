# Sources of store/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  store/sha256.cc
  store/store_json.cc
  store/sqlite_db.cc
  store/sqlite_store.cc
)
list(APPEND NEWSMILL_TESTS
  store/sha256_test.cc
  store/store_test.cc
)
# Data files of data/store/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  store/schema.sql
)

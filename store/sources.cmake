# Sources of store/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
)
list(APPEND NEWSMILL_TESTS
)
# Data files of data/store/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
)

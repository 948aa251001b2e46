# Sources of server/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
)
list(APPEND NEWSMILL_TESTS
)
# Data files of data/server/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
)

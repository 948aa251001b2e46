# Sources of quotes/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  quotes/cue_lexicon.cc
  quotes/quote_finder.cc
)
list(APPEND NEWSMILL_TESTS
  quotes/quote_finder_test.cc
)
# Data files of data/quotes/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  quotes/cues.tsv
  quotes/phrases.tsv
  quotes/words.tsv
)

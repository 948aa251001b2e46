# Sources of time/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  time/published_date.cc
  time/quantity.cc
  time/tense_guess.cc
  time/time_grammar.cc
  time/time_scanner.cc
  time/time_tagger.cc
  time/time_vocabulary.cc
  time/timex_normalizer.cc
  time/times_stage.cc
)
list(APPEND NEWSMILL_TESTS
  time/time_grammar_test.cc
  time/time_tagger_test.cc
  time/times_stage_test.cc
)
# Data files of data/time/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  time/rules.txt
  time/tense.tsv
  time/units.tsv
  time/vocabulary.tsv
)
# The per-token passes (scanner, matcher, tense guess) gain from -O3's
# unrolling and inlining: 131 -> 141 MB/s per core on bench/times_bench.
# (Not quantity.cc: g++ 12 -O3 gives a false -Wrestrict there.)
set_source_files_properties(time/tense_guess.cc time/time_grammar.cc
  time/time_scanner.cc time/time_tagger.cc time/times_stage.cc
  PROPERTIES COMPILE_OPTIONS "-O3")

# Sources of lexicon/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  lexicon/builtin_reader.cc
  lexicon/fold.cc
  lexicon/lexicon.cc
  lexicon/matcher.cc
  lexicon/phoenix_reader.cc
)
list(APPEND NEWSMILL_TESTS
  lexicon/fold_test.cc
  lexicon/matcher_test.cc
  lexicon/lexicon_test.cc
  lexicon/phoenix_reader_test.cc
  lexicon/disagreement_report_test.cc
)
# Data files of data/lexicon/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  lexicon/words.tsv
  lexicon/agents.tsv
  lexicon/countries.tsv
  lexicon/places.tsv
  lexicon/organizations.tsv
  lexicon/outlets.tsv
  lexicon/people.tsv
)
# The matcher's hot loops (folding every token, the word table, the trie)
# gain from -O3's unrolling and vectorisation: ~10% on bench/lexicon_bench.
set_source_files_properties(lexicon/fold.cc lexicon/matcher.cc
  PROPERTIES COMPILE_OPTIONS "-O3")

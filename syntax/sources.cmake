# Sources of syntax/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  syntax/clauses.cc
  syntax/conllu.cc
  syntax/features.cc
  syntax/lemmatizer.cc
  syntax/model.cc
  syntax/parser.cc
  syntax/plain_tokens.cc
  syntax/syntax.cc
  syntax/syntax_stage.cc
  syntax/tagger.cc
  syntax/weights.cc
  syntax/wordnet.cc
)
list(APPEND NEWSMILL_TESTS
  syntax/clauses_test.cc
  syntax/lemmatizer_test.cc
  syntax/model_test.cc
  syntax/tagger_test.cc
  syntax/syntax_stage_test.cc
  syntax/dependency_parser_test.cc
)
# Data files of data/syntax/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  syntax/irregular_verbs.tsv
  syntax/clause_words.tsv
  syntax/fixed_tags.tsv
  syntax/closed_classes.tsv
  syntax/lemmas.tsv
  syntax/model.bin
)
# The training tool (its own executable, not part of the library).
set(NEWSMILL_TRAIN_SOURCES
  syntax/train_main.cc
)
# The tagger's and parser's inner loops (weight-table lookups) gain from
# -O3's unrolling and vectorisation.
set_source_files_properties(syntax/parser.cc syntax/tagger.cc syntax/weights.cc
  PROPERTIES COMPILE_OPTIONS "-O3")

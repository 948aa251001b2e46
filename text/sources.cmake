list(APPEND NEWSMILL_SOURCES
  text/boilerplate.cc
  text/chars.cc
  text/language.cc
  text/normalizer.cc
  text/quote_pairing.cc
  text/sentence_splitter.cc
  text/text_rules.cc
  text/text_stage.cc
  text/tokenizer.cc
)
list(APPEND NEWSMILL_TESTS
  text/language_test.cc
  text/normalizer_test.cc
  text/quote_pairing_test.cc
  text/sentence_splitter_test.cc
  text/text_stage_test.cc
  text/tokenizer_test.cc
)
list(APPEND NEWSMILL_DATA_FILES
  text/abbreviations.tsv
  text/boilerplate.tsv
  text/hyphen_prefixes.txt
  text/sentence_openers.txt
  text/stopwords.tsv
)

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
)
list(APPEND NEWSMILL_DATA_FILES
  text/abbreviations.tsv
  text/boilerplate.tsv
  text/hyphen_prefixes.txt
  text/sentence_openers.txt
  text/stopwords.tsv
)

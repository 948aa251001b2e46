# Sources of events/ (listed by name; see CMakeLists.txt).
list(APPEND NEWSMILL_SOURCES
  events/clause_builder.cc
  events/codebook.cc
  events/event_coder.cc
  events/events_stage.cc
  events/export.cc
  events/export_store.cc
  events/frames.cc
  events/verb_lexicon.cc
)
list(APPEND NEWSMILL_TESTS
  events/codebook_test.cc
  events/event_coder_test.cc
  events/export_store_test.cc
  events/export_test.cc
  events/validation_suite_test.cc
  events/verb_lexicon_test.cc
)
# Data files of data/events/ compiled into the binary (paths relative to data/).
list(APPEND NEWSMILL_DATA_FILES
  events/cameo_codebook.tsv
  events/content.tsv
  events/frames.tsv
  events/verbs.txt
)

list(APPEND NEWSMILL_SOURCES
  pipeline/batch_runner.cc
  pipeline/pipeline.cc
)
list(APPEND NEWSMILL_TESTS
  pipeline/batch_runner_test.cc
)

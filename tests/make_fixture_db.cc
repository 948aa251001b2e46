// newsmill-fixture-db: a small database of hand-built analysed articles
// (store/test_documents.h) for the HTTP and browser tests, while the
// analysis stages that would produce quotes and events are being built.
//
//   build/tests/newsmill-fixture-db OUT.db
#include <cstdio>
#include <string>

#include "store/store.h"
#include "store/test_documents.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: newsmill-fixture-db OUT.db\n");
    return 2;
  }
  auto store = newsmill::Store::Open(argv[1], {});
  if (!store.ok()) {
    std::fprintf(stderr, "newsmill-fixture-db: %s\n", store.status().message().c_str());
    return 1;
  }
  newsmill::PutOptions put;
  put.engine.lexicon = "fixture";
  const char* dates[] = {"2022-01-18", "2022-01-25", "2022-02-01", "2022-02-08", "2022-02-15"};
  int i = 0;
  for (const char* d : dates) {
    auto r = (*store)->Put(newsmill::GuaranteesArticle("fixture-" + std::to_string(++i), d), put);
    if (!r.ok()) {
      std::fprintf(stderr, "newsmill-fixture-db: %s\n", r.status().message().c_str());
      return 1;
    }
  }
  std::printf("%s: %d articles\n", argv[1], i);
  return 0;
}

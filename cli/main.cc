// newsmill: command-line front end. Thin: parses arguments and wires the
// library's pieces together; every behaviour lives in the library.
#include <cstdio>

#include "newsmill/pipeline.h"

int main(int argc, char** argv) {
  std::printf("newsmill %s\n", std::string(newsmill::Version()).c_str());
  return 0;
}

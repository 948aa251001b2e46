// Runs the newsmill binary (NEWSMILL_BINARY, set by CMake) for the CLI
// tests: its exit code and what it wrote to stdout and stderr together.
#ifndef NEWSMILL_TESTS_CLI_RUNNER_H_
#define NEWSMILL_TESTS_CLI_RUNNER_H_

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace newsmill {

struct CliRun {
  int code = -1;
  std::string out;
};

inline CliRun Newsmill(const std::string& args) {
  std::string cmd = std::string(NEWSMILL_BINARY) + " " + args + " 2>&1";
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace newsmill

#endif  // NEWSMILL_TESTS_CLI_RUNNER_H_

# newsmill: the two commands a new machine needs are `make demo` and `make test`.
# Both install what is missing (scripts/setup.sh), configure and build first.

BUILD ?= build
BUILD_TYPE ?= Release
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB ?= demo.db

.PHONY: all setup configure build test test-asan demo bench train clean format

all: build

setup:
	@scripts/setup.sh

$(BUILD)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: setup $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The tests built with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (NEWSMILL_SANITIZE; not part of `make test`: a cold build takes
# ~15 minutes on 2 cores). The Python, browser and install tests are left out
# (an ASan library cannot be loaded into an uninstrumented interpreter).
ASAN_BUILD ?= build-asan

test-asan: setup
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSMILL_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -E 'python|browser|install'

demo: build
	@scripts/demo.sh $(BUILD)/newsmill $(DEMO_DB)

bench: build
	@bench/run_bench.sh $(BUILD)

train: build
	$(BUILD)/newsmill-train --gum ../shared/corpora/gum/train --out data/syntax/model.bin

format:
	git ls-files '*.cc' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD)

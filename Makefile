# newsmill: the two commands a new machine needs are `make demo` and `make test`.
# Both install what is missing (scripts/setup.sh), configure and build first.

BUILD ?= build
BUILD_TYPE ?= Release
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB ?= demo.db

.PHONY: all setup configure build test test-asan demo bench train pgo clean format

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

# A faster build by profile-guided optimisation (g++): an instrumented
# build in $(PGO_BUILD)/ analyses $(PGO_CORPUS) (the bundled samples unless
# told: a larger corpus gives a fuller profile), then the same directory is
# rebuilt with that profile: $(PGO_BUILD)/newsmill. Not part of `make test`;
# the README's speed table has the measured gain.
PGO_BUILD ?= build-pgo
PGO_CORPUS ?= samples

pgo: setup
	cmake -S . -B $(PGO_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_FLAGS="-fprofile-generate -fprofile-update=single" $(CMAKE_FLAGS)
	cmake --build $(PGO_BUILD) -j $(JOBS) --target newsmill
	find $(PGO_BUILD) -name '*.gcda' -delete
	$(PGO_BUILD)/newsmill extract --quiet --threads 1 $(PGO_CORPUS) > /dev/null
	cmake -S . -B $(PGO_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_FLAGS="-fprofile-use -fprofile-correction -Wno-missing-profile" $(CMAKE_FLAGS)
	cmake --build $(PGO_BUILD) -j $(JOBS) --target newsmill

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

# The two set-up commands of the README. Each installs what is missing, configures, builds.
#   make run    build and open the GUI on the demo study (headless pipeline without a display)
#   make test   build and run the whole test suite
PRESET ?= release
BUILD_DIR := build/$(PRESET)
CTEST_JOBS ?= 2

.PHONY: all deps configure build run test test-gui bench screenshot clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(PRESET)

build: configure
	@cmake --build $(BUILD_DIR)

run: build
	@bash scripts/run.sh $(BUILD_DIR)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(CTEST_JOBS) --timeout 900

bench: build
	@cmake --build $(BUILD_DIR) --target benchmarks
	@bash bench/run-all.sh $(BUILD_DIR)

clean:
	rm -rf build

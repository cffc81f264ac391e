#!/bin/sh
# Builds the project again with AddressSanitizer + UndefinedBehaviorSanitizer in a tree of its
# own and runs the core, practice, app, fuzz-replay and integration tests there (the CLI those
# tests start is the sanitized one too). Every sanitizer report, also from a child process, is
# written under BUILD/sanitizer-reports; any report fails the run, even when the test that
# caused it passed. The window and its tests are not built here (Qt Widgets adds build time
# and no parser of outside input).
#
#   tests/sanitize/run_sanitized.sh SOURCE_DIR BUILD_DIR
#
# The test suite runs it as `sanitize.asan_ubsan`; `ctest -LE sanitize` leaves it out.
set -eu
src=$(cd "$1" && pwd)
bin=$2
jobs=${MAILTLS_SANITIZE_JOBS:-2}

launcher=
if [ -n "${MAILTLS_SANITIZE_LAUNCHER:-}" ]; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=$MAILTLS_SANITIZE_LAUNCHER"
fi
# -O1: the sanitizers' usual trade between build time and run time; -g1: function names and
# lines in reports, without full debug information.
cmake -S "$src" -B "$bin" -G Ninja $launcher \
    -DMAILTLS_SANITIZE=ON -DMAILTLS_SANITIZER_TEST=OFF \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1 -DNDEBUG" >/dev/null

targets="mailtls practice_tests app_tests integration_tests"
for dir in "$src"/tests/core/*/; do
    targets="$targets core_$(basename "$dir")_tests"
done
for fuzz in "$src"/tests/fuzz/fuzz_*.cpp; do
    targets="$targets $(basename "$fuzz" .cpp)_replay"
done
start=$(date +%s)
# shellcheck disable=SC2086
if ! cmake --build "$bin" --target $targets -j "$jobs" >"$bin/sanitized-build.log" 2>&1; then
    tail -n 60 "$bin/sanitized-build.log"
    exit 1
fi
echo "sanitized build: $(( $(date +%s) - start )) s"

reports="$bin/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:log_path=$reports/asan"
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
LSAN_OPTIONS="suppressions=$src/tests/sanitize/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

start=$(date +%s)
status=0
ctest --test-dir "$bin" -R '^(core|practice|app|fuzz|integration)\.' --output-on-failure -j "$jobs" || status=$?
echo "sanitized tests: $(( $(date +%s) - start )) s"

found=$(find "$reports" -type f | sort)
if [ -n "$found" ]; then
    echo "sanitizer reports:"
    for f in $found; do
        echo "==== $f"
        head -c 20000 "$f"
    done
    exit 1
fi
echo "sanitizer reports: none"
exit "$status"

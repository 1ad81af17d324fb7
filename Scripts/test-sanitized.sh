#!/usr/bin/env bash
# Scripts/test-sanitized.sh address|thread: the whole test suite built with AddressSanitizer (in
# .build-asan) or ThreadSanitizer (in .build-tsan); the CLI tests then run the sanitized attest.
# Leaks are the leak check's job (Scripts/leak-check.sh, valgrind), so LeakSanitizer is off here:
# it reports the Swift runtime's process-lifetime caches at exit. The library and the CLI only
# (ATTEST_SERVICE=off): the service's tests run once, in the debug suite, and its dependencies
# would double these builds' time.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: Scripts/test-sanitized.sh address|thread}
case $sanitizer in
    address) scratch=.build-asan; export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:halt_on_error=1 ;;
    thread) scratch=.build-tsan; export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ;;
    *) echo "usage: Scripts/test-sanitized.sh address|thread" >&2; exit 64 ;;
esac
export ATTEST_SANITIZER=$sanitizer ATTEST_SERVICE=off
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch"

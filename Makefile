# Attest: `make demo` installs what is missing and runs the back office's whole job on the seeds;
# `make test` installs what the tests need and runs every test.

SWIFT ?= swift
# Release builds carry the Swift runtime in the binary: it then needs only Debian's C libraries
# to run, and starts in 3.0 ms instead of 4.3 (the dynamic loader no longer resolves thousands of
# the runtime's symbols at every start; `perf stat -r 60 attest inspect one.jpg`).
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: C libraries the build links, and the independent tools the tests check us with.
BUILD_PACKAGES := pkg-config libpng-dev libjpeg-dev libssl-dev libqpdf-dev libharfbuzz-dev libqrencode-dev zlib1g-dev libsqlite3-dev fonts-dejavu-core
TEST_PACKAGES := libengine-gost-openssl imagemagick libimage-exiftool-perl openssl valgrind time bsdutils util-linux qpdf img2pdf poppler-utils python3-reportlab libjpeg-turbo-progs zbar-tools postgresql nginx
# The service benchmark's load generator, its transport yardstick, and curl for its single requests.
BENCH_PACKAGES := wrk nginx curl

# Installs the named Debian packages that are not installed yet (apt-get update only then).
define apt_install
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

.PHONY: contract check install uninstall demo deps test-deps build release test test-asan test-tsan fuzz-smoke samples venv bench-signing bench-inspect bench-certificates bench-serve bench-cluster leak-check docs clean

demo: release
	.build/release/attest demo --out demo-output --force

deps:
	$(call apt_install,$(BUILD_PACKAGES))

test-deps: deps
	$(call apt_install,$(TEST_PACKAGES))

build: deps
	$(SWIFT) build

# attest and, beside it, libAttestPDF.so, the PDF reader it loads on the first PDF.
release: deps
	$(RELEASE) --product attest
	$(RELEASE) --product AttestPDF

# The debug suite alone, for quick work (ClusterTests start PostgreSQL, two instances and nginx
# through Scripts/cluster.sh); then the service's other tests again on PostgreSQL, a cluster of
# their own in a temporary folder (Scripts/postgres.sh).
check: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Scripts/postgres.sh run $(SWIFT) test --skip-build --filter AttestServiceTests --skip ClusterTests

# `make install` puts attest in PREFIX/bin and the PDF reader it loads in PREFIX/lib/attest (where
# attest looks for it, from its own folder); `make uninstall` removes exactly those two files.
# BINARIES names a folder of binaries already built (a debug build, say) instead of the release.
PREFIX ?= /usr/local
BINARIES ?=
INSTALLED := $(PREFIX)/bin/attest $(PREFIX)/lib/attest/libAttestPDF.so

install: $(if $(BINARIES),,release)
	install -D -m 755 $(or $(BINARIES),.build/release)/attest $(PREFIX)/bin/attest
	install -D -m 644 $(or $(BINARIES),.build/release)/libAttestPDF.so $(PREFIX)/lib/attest/libAttestPDF.so

uninstall:
	rm -f $(INSTALLED)
	-rmdir $(PREFIX)/lib/attest 2> /dev/null

# Every test, each stage timed: the suite, the service's contract checked by schemathesis, the
# replay of the fuzzers' kept inputs, the valgrind leak check, the library and CLI under
# AddressSanitizer and under ThreadSanitizer, and five minutes of fuzzing every target from its
# kept corpus.
test: test-deps
	Scripts/stage.sh suite $(MAKE) check
	Scripts/stage.sh contract $(MAKE) contract
	Scripts/stage.sh fuzz-replay env ATTEST_SERVICE=off $(SWIFT) test --package-path Fuzz
	Scripts/stage.sh leak-check $(MAKE) leak-check
	Scripts/stage.sh asan $(MAKE) test-asan
	Scripts/stage.sh tsan $(MAKE) test-tsan
	Scripts/stage.sh fuzz $(MAKE) fuzz-smoke

# The HTTP API against its OpenAPI document, by schemathesis on a live `attest serve` (debug build).
contract: test-deps venv
	$(SWIFT) build --product attest
	Scripts/schemathesis.sh

test-asan: test-deps
	Scripts/test-sanitized.sh address

test-tsan: test-deps
	Scripts/test-sanitized.sh thread

fuzz-smoke: test-deps
	Fuzz/run all 300

# The CLI's main paths under valgrind: no lost bytes, no invalid reads or writes. A release build
# of the library and the CLI alone, in .build-cli (ATTEST_SERVICE=off): the service's packages
# would triple the build, and its paths are the debug suite's.
leak-check: test-deps
	ATTEST_SERVICE=off $(RELEASE) --scratch-path .build-cli --product attest
	ATTEST_SERVICE=off $(RELEASE) --scratch-path .build-cli --product AttestPDF
	BINARIES=.build-cli/release Scripts/leak-check.sh

# The project's Python tools (Pillow for the samples, the benchmarks' peers) in its own venv.
.venv/installed: Benchmarks/requirements.txt
	python3 -m venv .venv
	.venv/bin/pip install --quiet -r Benchmarks/requirements.txt
	touch $@

venv: .venv/installed

# Regenerates SampleScans/ and the unit-test fixtures.
samples: venv
	.venv/bin/python Scripts/make-sample-scans.py

# The sample certificate and its preview in docs/.
docs: test-deps release
	Scripts/make-docs.sh

# Certificate PDFs against reportlab and pyHanko (see the script).
bench-certificates: test-deps venv release
	$(RELEASE) --package-path Benchmarks --product attest-certificate-benchmark
	Benchmarks/certificates.sh

# Scan inspection against Pillow, pikepdf and djpeg (see the script).
bench-inspect: test-deps venv release
	Benchmarks/inspect.sh

# Signing, verifying and hashing against openssl, cryptography and pyHanko (see the script).
bench-signing: test-deps venv release
	$(RELEASE) --package-path Benchmarks --product attest-signing-benchmark
	Benchmarks/signing.sh

# The HTTP service against FastAPI and nginx under wrk, and its queue over a full store (see the script).
bench-serve: test-deps venv release
	$(call apt_install,$(BENCH_PACKAGES))
	Benchmarks/serve.sh

# The service on SQLite, on PostgreSQL, and as two instances behind nginx (see the script).
bench-cluster: test-deps venv release
	$(call apt_install,$(BENCH_PACKAGES))
	Benchmarks/cluster.sh

clean:
	rm -rf .build

# Attest: `make demo` installs what is missing and inspects the bundled sample scans;
# `make test` installs what the tests need and runs every test.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: C libraries the build links, and the independent tools the tests check us with.
BUILD_PACKAGES := pkg-config libpng-dev libjpeg-dev libssl-dev
TEST_PACKAGES := imagemagick libimage-exiftool-perl openssl

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

.PHONY: demo deps test-deps build release test samples clean

demo: release
	@# Some samples are rejected on purpose, so exit status 1 (a rejection) is the expected result.
	.build/release/attest inspect SampleScans; status=$$?; [ $$status -le 1 ]

deps:
	$(call apt_install,$(BUILD_PACKAGES))

test-deps: deps
	$(call apt_install,$(TEST_PACKAGES))

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product attest

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Regenerates SampleScans/ and the unit-test fixtures (Pillow in a project virtual environment).
.venv/bin/python:
	python3 -m venv .venv
	.venv/bin/pip install --quiet 'Pillow>=10,<14'

samples: .venv/bin/python
	.venv/bin/python Scripts/make-sample-scans.py

clean:
	rm -rf .build

# Galley: `make run` builds and runs the pipeline on Editions/, `make test`
# runs every test. Both install what is missing first (Scripts/bootstrap).

SWIFT ?= swift
PREFIX ?= /usr/local
EDITIONS ?= Editions
RELEASE_BIN := .build/release/galley

.PHONY: run test build release install clean bootstrap bootstrap-test

bootstrap:
	@Scripts/bootstrap

bootstrap-test:
	@Scripts/bootstrap --test

# The whole pipeline: every edition is checked, and each one without errors
# is built into dist/.
run: bootstrap release
	$(RELEASE_BIN) build $(EDITIONS) --output dist

test: bootstrap-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: bootstrap
	$(SWIFT) build

release: bootstrap
	$(SWIFT) build -c release --product galley

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/galley

clean:
	rm -rf .build dist

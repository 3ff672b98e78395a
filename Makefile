# Galley: `make run` builds and runs the pipeline on Editions/, `make test`
# runs every test. Both install what is missing first (Scripts/bootstrap).

SWIFT ?= swift
PREFIX ?= /usr/local
EDITIONS ?= Editions
RELEASE_BIN := .build/release/galley

.PHONY: run test build release install clean bootstrap bootstrap-test bench fuzz

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
	$(SWIFT) build -c release --product galley --static-swift-stdlib

# The binary, its shell completions and man page (generated from the
# command-line definitions), and the README that SARIF reports link to.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/doc/galley \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/galley
	install -m 0644 README.md $(DESTDIR)$(PREFIX)/share/doc/galley/README.md
	$(RELEASE_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/galley
	$(RELEASE_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_galley
	$(RELEASE_BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/galley.fish
	mkdir -p .build/manual
	$(SWIFT) package plugin --allow-writing-to-directory .build/manual generate-manual --output-directory .build/manual
	install -m 0644 .build/manual/galley.1 $(DESTDIR)$(PREFIX)/share/man/man1/galley.1

clean:
	rm -rf .build dist

# Measurements, not tests: see bench/results.md. BENCH_N=1000 for a quick run.
bench:
	Scripts/bench

# Fuzzing with libFuzzer and AddressSanitizer: FUZZ_SECONDS per target (60).
fuzz:
	Scripts/fuzz

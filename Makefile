# mdtl: turn news articles about the missile-defence talks into a timeline.
#
#   make            build libmdtl.a and ./mdtl
#   make run        build and print the timeline of the bundled article
#   make test       build and run every test (SAN=1: under ASan and UBSan)
#   make valgrind   run the tests under valgrind
#   make bench      measure speed (bench/)
#   make install    install under PREFIX (/usr/local), staged in DESTDIR
#   make clean

CC      ?= cc
PKGS     = libxml-2.0 yaml-0.1 json-c
TESTPKGS = cmocka
SAN     ?= 0
WERROR  ?= 0

# make run and make test (README's two commands) install what is missing
# first (scripts/install-deps); any other build only checks, and stops
# naming the packages: a packager's make never runs a package manager.
ifneq ($(filter run test,$(MAKECMDGOALS)),)
DEPS_MODE =
else
DEPS_MODE = --check
endif
ifeq ($(filter clean uninstall,$(MAKECMDGOALS)),)
DEPS_OK := $(shell scripts/install-deps $(DEPS_MODE) >&2 && echo yes)
ifneq ($(DEPS_OK),yes)
$(error missing build dependencies (above))
endif
endif

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
	   -Wshadow -Iinclude -MMD -MP \
	   -DMDTL_DATADIR='"$(CURDIR)/data"' \
	   $(shell pkg-config --cflags $(PKGS))
LDLIBS   = $(shell pkg-config --libs $(PKGS)) -pthread
ifeq ($(WERROR),1)
CFLAGS  += -Werror
endif
ifeq ($(SAN),1)
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
BUILD    = build/san
else
BUILD    = build/plain
endif

LIB_SRC  = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/%.o)
UNIT_SRC = $(wildcard tests/unit/*_test.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_TARGETS = source source-text source-html source-jsonl yaml date timeml events
REPLAY_BIN = $(FUZZ_TARGETS:%=$(BUILD)/tests/replay-%)

all: mdtl

# Fixed word lists become const tables at build time: tools/mkwords.c
# reads src/NAME.h and writes build/gen/NAME.gen.h, which NAME's module
# includes.
GEN       = build/gen
WORDS_GEN = $(GEN)/timex-words.gen.h $(GEN)/stop-words.gen.h

$(GEN)/%.gen.h: tools/mkwords.c src/%.h include/mdtl/text.h include/mdtl/swar.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -O1 -Iinclude -Isrc -DMKWORDS_HEADER='"$*.h"' \
	    -o $(GEN)/mkwords-$* tools/mkwords.c
	$(GEN)/mkwords-$* >$@.tmp && mv $@.tmp $@

$(BUILD)/%.o: src/%.c | $(WORDS_GEN)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -I$(GEN) -c -o $@ $<

# made anew, so that the object of a source file gone does not stay in it
$(BUILD)/libmdtl.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

libmdtl.a: $(BUILD)/libmdtl.a
	cp $< $@

$(BUILD)/mdtl: $(BUILD)/main.o $(BUILD)/libmdtl.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

mdtl: $(BUILD)/mdtl libmdtl.a
	cp $< $@

run: mdtl
	./mdtl data/articles

# Tests link the library; they need cmocka and json-c.
TEST_CFLAGS = $(CFLAGS) $(shell pkg-config --cflags $(TESTPKGS)) -I$(GEN) \
	      -DMDTL_TEST_DIR='"$(CURDIR)/tests"'
TEST_LIBS   = $(LDLIBS) $(shell pkg-config --libs $(TESTPKGS))

test-deps:
	@scripts/install-deps $(DEPS_MODE) --test

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libmdtl.a | test-deps
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libmdtl.a $(TEST_LIBS)

$(BUILD)/tests/run-cases: tests/run-cases.c $(BUILD)/libmdtl.a | test-deps
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libmdtl.a $(TEST_LIBS)

# The tests read no standard input: mdtl with no INPUT reads a pipe, and
# make may be given one.
test: mdtl $(UNIT_BIN) $(BUILD)/tests/run-cases $(REPLAY_BIN) test-install
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; $$t </dev/null; done
	@set -e; for t in $(FUZZ_TARGETS); do echo "== replay $$t"; \
	    mkdir -p tests/fuzz/regress/$$t; \
	    $(BUILD)/tests/replay-$$t tests/fuzz/corpus/$$t tests/fuzz/regress/$$t; done
	@echo "== $(BUILD)/tests/run-cases"; cd tests && \
	    ../$(BUILD)/tests/run-cases </dev/null
	@echo "== tests/check-exports.py"; set -e; \
	    tests/check-exports.py ./mdtl data/articles/*.txt; \
	    tests/check-exports.py ./mdtl tests/corpus/*.txt; \
	    tests/check-exports.py ./mdtl tests/inputs/hostile-cells.txt \
	        tests/inputs/authors/*
	@echo "== tests/check-schema.py"; tests/check-schema.py ./mdtl \
	    data/articles tests/corpus tests/inputs/extract tests/inputs/trend-moved \
	    tests/inputs/formats
	@echo "== tests/check-layers.py"; tests/check-layers.py $(BUILD)
	@echo "== tests/check-docs.sh"; tests/check-docs.sh ./mdtl
	@echo "== tests/check-stream.sh"; tests/check-stream.sh ./mdtl \
	    build/stream-test </dev/null
	@echo "== tests/check-merge.sh"; tests/check-merge.sh ./mdtl \
	    build/merge-test </dev/null
	@echo "== tests/check-dask.sh"; tests/check-dask.sh ./mdtl \
	    build/dask-test </dev/null
	@echo "== tests/check-hostile.sh"; tests/check-hostile.sh ./mdtl \
	    build/hostile-test </dev/null
	@/usr/bin/python3 bench/gen-corpus.py 5000 5 >build/report-5k.jsonl
	@echo "== tests/check-report-html.sh"; \
	    BIG_CORPUS=build/report-5k.jsonl SHARED_ARTICLES=../shared/data \
	    tests/check-report-html.sh \
	    ./mdtl build/report-test data/articles/*.txt \
	    $(filter-out %/plain-no-date.txt,$(wildcard tests/corpus/*.txt)) \
	    tests/inputs/hostile-html.txt tests/inputs/hostile-cells.txt \
	    </dev/null

valgrind: $(UNIT_BIN) $(BUILD)/tests/run-cases
	@set -e; for t in $(UNIT_BIN); do \
	    valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	    --error-exitcode=9 $$t </dev/null >/dev/null; done
	cd tests && valgrind -q --leak-check=full --error-exitcode=9 \
	    --errors-for-leak-kinds=definite ../$(BUILD)/tests/run-cases \
	    </dev/null >/dev/null
	@echo "valgrind: no errors, no leaks"

# Fuzzing: one libFuzzer target for each way outside data comes in
# (tests/fuzz/), built with clang.  make fuzz FUZZ_SECONDS=N runs each for
# N seconds over its seed corpus; what it finds goes to build/fuzz/ and,
# once fixed, into tests/fuzz/regress/TARGET/, which make test replays.
FUZZ_SECONDS ?= 60
FUZZ_CC      = clang
FUZZ_FLAGS   = -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude \
	       -DMDTL_DATADIR='"$(CURDIR)/data"' \
	       $(shell pkg-config --cflags $(PKGS)) \
	       -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_OBJ     = $(LIB_SRC:src/%.c=build/fuzz/%.o)

fuzz-source_DEF      = -DFUZZ_FORMAT=MDTL_INPUT_AUTO
fuzz-source-text_DEF = -DFUZZ_FORMAT=MDTL_INPUT_TEXT
fuzz-source-html_DEF = -DFUZZ_FORMAT=MDTL_INPUT_HTML
fuzz-source-jsonl_DEF = -DFUZZ_FORMAT=MDTL_INPUT_JSONL
fuzz_SRC = $(if $(filter source%,$(1)),tests/fuzz/fuzz-source.c,tests/fuzz/fuzz-$(1).c)
fuzz_DICT = $(if $(filter source-html,$(1)),html,$(if $(filter source-jsonl events,$(1)),json,$(if $(filter source timeml,$(1)),xml,$(if $(filter source-text,$(1)),text,$(1)))))

build/fuzz/%.o: src/%.c | $(WORDS_GEN)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -I$(GEN) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz-%: $(FUZZ_OBJ) tests/fuzz/fuzz-source.c tests/fuzz/fuzz-yaml.c \
    tests/fuzz/fuzz-date.c tests/fuzz/fuzz-timeml.c tests/fuzz/fuzz-events.c \
    tests/fuzz/fuzz.h
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(fuzz-$*_DEF) -o $@ \
	    $(call fuzz_SRC,$*) $(FUZZ_OBJ) $(LDLIBS)

fuzz: $(FUZZ_TARGETS:%=build/fuzz/fuzz-%)
	@set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus/$$t; \
	    d=$$(case $$t in source-html) echo html;; source-jsonl|events) echo json;; \
	        source|timeml) echo xml;; source-text) echo text;; *) echo $$t;; esac); \
	    echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	    build/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	        -dict=tests/fuzz/$$d.dict -artifact_prefix=build/fuzz/crash-$$t- \
	        build/fuzz/corpus/$$t tests/fuzz/corpus/$$t \
	        tests/fuzz/regress/$$t 2>&1 | \
	        grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || true; \
	    if ls build/fuzz/crash-$$t-* >/dev/null 2>&1; then \
	        echo "fuzz: $$t found a crash: build/fuzz/crash-$$t-*"; exit 1; fi; \
	done

# The fuzz targets, built without libFuzzer, replay the seeds and every
# input that once crashed.
$(BUILD)/tests/replay-%: tests/fuzz/replay.c $(BUILD)/libmdtl.a tests/fuzz/fuzz.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) $(fuzz-$*_DEF) -o $@ tests/fuzz/replay.c \
	    $(call fuzz_SRC,$*) $(BUILD)/libmdtl.a $(LDLIBS)

# Speed is measured here, never in the tests.
bench: mdtl
	bench/timex.sh
	bench/pipeline.sh ./mdtl
	bench/merge.sh ./mdtl

# An installed mdtl reads the data installed beside it, PREFIX/share/mdtl
# for PREFIX/bin/mdtl, found from where it runs: whatever PREFIX the last
# build knew, and after the prefix is moved.  In the source tree it reads
# ./data, compiled in.
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/mdtl
MANDIR   = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d

install: mdtl
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/articles \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(BUILD)/mdtl $(DESTDIR)$(BINDIR)/mdtl
	install -m 644 data/*.yaml data/*.json data/LICENSE.* \
	    $(DESTDIR)$(DATADIR)
	install -m 644 data/articles/* $(DESTDIR)$(DATADIR)/articles
	install -m 644 man/mdtl.1 $(DESTDIR)$(MANDIR)/man1/mdtl.1
	install -m 644 completion/mdtl.bash $(DESTDIR)$(BASHCOMPDIR)/mdtl
	install -m 644 completion/_mdtl $(DESTDIR)$(ZSHCOMPDIR)/_mdtl
	install -m 644 completion/mdtl.fish $(DESTDIR)$(FISHCOMPDIR)/mdtl.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/mdtl $(DESTDIR)$(MANDIR)/man1/mdtl.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/mdtl $(DESTDIR)$(ZSHCOMPDIR)/_mdtl \
	    $(DESTDIR)$(FISHCOMPDIR)/mdtl.fish
	rm -rf $(DESTDIR)$(DATADIR)

# Build a copy of the sources, install it into two prefixes, delete the
# copy, and run each installed mdtl from / with no --data and no
# MDTL_DATA: each reads the data of its own prefix.
INSTALL_TEST = build/install-test
test-install:
	@rm -rf $(INSTALL_TEST)
	@mkdir -p $(INSTALL_TEST)/tree
	@cp -R Makefile src include data man completion tools scripts \
	    $(INSTALL_TEST)/tree/
	@$(MAKE) -s -C $(INSTALL_TEST)/tree install \
	    PREFIX=$(CURDIR)/$(INSTALL_TEST)/a >/dev/null
	@$(MAKE) -s -C $(INSTALL_TEST)/tree install \
	    PREFIX=$(CURDIR)/$(INSTALL_TEST)/b >/dev/null
	@rm -rf $(INSTALL_TEST)/tree
	@set -e; for p in a b; do \
	    d=$$(cd / && env -u MDTL_DATA $(CURDIR)/$(INSTALL_TEST)/$$p/bin/mdtl \
	        check </dev/null | sed -n 's/: [0-9]* actors.*//p'); \
	    [ "$$d" = "$(CURDIR)/$(INSTALL_TEST)/$$p/share/mdtl" ] || \
	        { echo "install test failed: prefix $$p read '$$d'"; exit 1; }; \
	    (cd / && env -u MDTL_DATA $(CURDIR)/$(INSTALL_TEST)/$$p/bin/mdtl \
	        -t deadline -f jsonl </dev/null) | \
	        grep -q '"date":"2011-12-31"' || \
	        { echo "install test failed: prefix $$p"; exit 1; }; \
	done; echo "installed twice, the build tree deleted: each mdtl runs from / with its own data"
	@bash -c '. $(INSTALL_TEST)/a/share/bash-completion/completions/mdtl; \
	    COMP_WORDS=(mdtl -f i); COMP_CWORD=2; _mdtl; \
	    [ "$${COMPREPLY[*]}" = ics ] || exit 1; \
	    COMP_WORDS=(mdtl timex -f j); COMP_CWORD=3; _mdtl; \
	    [ "$${COMPREPLY[*]}" = jsonl ] || exit 1; \
	    COMP_WORDS=(mdtl tim); COMP_CWORD=1; _mdtl; \
	    [ "$${COMPREPLY[*]}" = "timeline timex" ] || exit 1; \
	    COMP_WORDS=($(CURDIR)/$(INSTALL_TEST)/a/bin/mdtl -a rogo); \
	    COMP_CWORD=2; _mdtl; [ "$${COMPREPLY[*]}" = rogozin ] || exit 1; \
	    COMP_WORDS=(mdtl -t war); COMP_CWORD=2; _mdtl; \
	    [ "$${COMPREPLY[*]}" = warning ] || exit 1; \
	    COMP_WORDS=(mdtl --color = al); COMP_CWORD=3; _mdtl; \
	    [ "$${COMPREPLY[*]}" = always ]' && \
	    echo "bash completion completes commands, formats, actor ids, types, --color=" || \
	    { echo "bash completion test failed"; exit 1; }
	@if command -v fish >/dev/null 2>&1; then \
	    PATH=$(CURDIR)/$(INSTALL_TEST)/a/bin:$$PATH fish -c "source \
	    $(INSTALL_TEST)/a/share/fish/vendor_completions.d/mdtl.fish; \
	    complete -C 'mdtl -a rogo'" | grep -q '^rogozin' && \
	    echo "fish completion completes actor ids" || \
	    { echo "fish completion test failed"; exit 1; }; fi
	@if command -v zsh >/dev/null 2>&1; then \
	    zsh -n $(INSTALL_TEST)/a/share/zsh/site-functions/_mdtl && \
	    echo "zsh completion parses" || \
	    { echo "zsh completion test failed"; exit 1; }; fi

clean:
	rm -rf build mdtl libmdtl.a

# mdtl and libmdtl.a are copies of the current build (plain or SAN=1).
.PHONY: all run test test-deps test-install valgrind bench fuzz install \
	uninstall clean mdtl libmdtl.a

-include $(LIB_OBJ:.o=.d) $(BUILD)/main.d

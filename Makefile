# mdtl: turn news articles about the missile-defence talks into a timeline.
#
#   make            build libmdtl.a and ./mdtl
#   make run        build and print the timeline of the bundled article
#   make test       build and run every test (SAN=1: under ASan and UBSan)
#   make valgrind   run the tests under valgrind
#   make bench      measure speed (bench/)
#   make clean

CC      ?= cc
PKGS     = libxml-2.0 yaml-0.1 jansson
TESTPKGS = cmocka
SAN     ?= 0
WERROR  ?= 0

# Missing libraries are installed first (scripts/install-deps).
DEPS_OK := $(shell scripts/install-deps >&2 && echo yes)
ifneq ($(DEPS_OK),yes)
$(error missing build dependencies; see scripts/install-deps)
endif

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic \
	   -Wshadow -Iinclude -MMD -MP \
	   -DMDTL_DATADIR='"$(CURDIR)/data"' \
	   $(shell pkg-config --cflags $(PKGS))
LDLIBS   = $(shell pkg-config --libs $(PKGS))
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

all: mdtl

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libmdtl.a: $(LIB_OBJ)
	$(AR) rcs $@ $^

libmdtl.a: $(BUILD)/libmdtl.a
	cp $< $@

$(BUILD)/mdtl: $(BUILD)/main.o $(BUILD)/libmdtl.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

mdtl: $(BUILD)/mdtl libmdtl.a
	cp $< $@

run: mdtl
	./mdtl

# Tests link the library; they need cmocka and jansson.
TEST_CFLAGS = $(CFLAGS) $(shell pkg-config --cflags $(TESTPKGS)) \
	      -DMDTL_TEST_DIR='"$(CURDIR)/tests"'
TEST_LIBS   = $(LDLIBS) $(shell pkg-config --libs $(TESTPKGS))

test-deps:
	@scripts/install-deps --test

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libmdtl.a | test-deps
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libmdtl.a $(TEST_LIBS)

$(BUILD)/tests/run-cases: tests/run-cases.c $(BUILD)/libmdtl.a | test-deps
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libmdtl.a $(TEST_LIBS)

test: mdtl $(UNIT_BIN) $(BUILD)/tests/run-cases
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; $$t; done
	@echo "== $(BUILD)/tests/run-cases"; cd tests && ../$(BUILD)/tests/run-cases

valgrind: $(UNIT_BIN) $(BUILD)/tests/run-cases
	@set -e; for t in $(UNIT_BIN); do \
	    valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	    --error-exitcode=9 $$t >/dev/null; done
	cd tests && valgrind -q --leak-check=full --error-exitcode=9 \
	    --errors-for-leak-kinds=definite ../$(BUILD)/tests/run-cases >/dev/null
	@echo "valgrind: no errors, no leaks"

# Speed is measured here, never in the tests.
bench: mdtl
	bench/timex.sh

clean:
	rm -rf build mdtl libmdtl.a

# mdtl and libmdtl.a are copies of the current build (plain or SAN=1).
.PHONY: all run test test-deps valgrind bench clean mdtl libmdtl.a

-include $(LIB_OBJ:.o=.d) $(BUILD)/main.d

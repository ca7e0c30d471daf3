/* test.h: what every unit test includes. */
#ifndef MDTL_TEST_H
#define MDTL_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RUN(...) \
	do { \
		const struct CMUnitTest tests_[] = { __VA_ARGS__ }; \
		return cmocka_run_group_tests(tests_, NULL, NULL); \
	} while (0)

/* The project's data folder, for tests that need the real lexicon. */
#define DATA_DIR	MDTL_TEST_DIR "/../data"

#endif

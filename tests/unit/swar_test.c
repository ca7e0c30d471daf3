/* swar_test.c: tests on the eight bytes of a word at once. */
#include "test.h"

#include "mdtl/swar.h"

/* Every byte value at every place of a word of letters: marked exactly. */
static void
test_alnum8(void **state)
{
	unsigned b, p;

	(void)state;
	for (b = 0; b < 256; b++)
		for (p = 0; p < 8; p++) {
			char w[8];
			uint64_t m;
			int alnum = (b >= '0' && b <= '9') ||
			    (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');

			memset(w, 'q', sizeof w);
			w[p] = (char)b;
			m = mdtl_alnum8(mdtl_word8(w));
			if (alnum)
				assert_true(m == MDTL_HIGHS);
			else
				assert_int_equal(mdtl_first_marked(~m &
				    MDTL_HIGHS), p);
		}
}

static void
test_first_bytes(void **state)
{
	const char *s = "abcdefgh";
	uint64_t x = mdtl_word8(s), y;
	unsigned k;

	(void)state;
	for (k = 1; k < 8; k++) {
		char out[8];

		y = MDTL_FIRST_BYTES(x, k);
		memcpy(out, &y, 8);
		assert_memory_equal(out, s, k);
		assert_memory_equal(out + k, "\0\0\0\0\0\0\0", 8 - k);
	}
}

int
main(void)
{
	RUN(cmocka_unit_test(test_alnum8), cmocka_unit_test(test_first_bytes));
}

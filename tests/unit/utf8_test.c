/* utf8_test.c: UTF-8 checks. */
#include "test.h"

#include "mdtl/utf8.h"

static void
test_valid(void **state)
{
	size_t len;

	(void)state;
	assert_int_equal(mdtl_utf8_valid("a", 1), 1);
	assert_int_equal(mdtl_utf8_valid("\xC3\xA9", 2), 2);
	assert_int_equal(mdtl_utf8_valid("\xE2\x80\x9C", 3), 3);
	assert_int_equal(mdtl_utf8_valid("\xF0\x9F\x98\x80", 4), 4);
	/* overlong, surrogate, too big, cut short, stray continuation */
	assert_int_equal(mdtl_utf8_valid("\xC0\xAF", 2), 0);
	assert_int_equal(mdtl_utf8_valid("\xE0\x80\xAF", 3), 0);
	assert_int_equal(mdtl_utf8_valid("\xED\xA0\x80", 3), 0);
	assert_int_equal(mdtl_utf8_valid("\xF4\x90\x80\x80", 4), 0);
	assert_int_equal(mdtl_utf8_valid("\xE2\x80", 2), 0);
	assert_int_equal(mdtl_utf8_valid("\x80", 1), 0);
	assert_int_equal(mdtl_utf8_check("ab\xC3\xA9x\xffz", 7), 5);
	assert_int_equal(mdtl_utf8_check("abc", 3), 3);
	/* ASCII is skipped a word at a time: bad bytes just past words */
	assert_int_equal(mdtl_utf8_check("abcdefgh\xff", 9), 8);
	assert_int_equal(mdtl_utf8_check("abcdefghijklmnop\x80q", 18), 16);
	assert_int_equal(mdtl_utf8_check("abcdefg\xC3\xA9hijklmnopq", 18), 18);
	/* a sequence across the end of a word, whole and cut */
	assert_int_equal(mdtl_utf8_check("abcdefg\xE2\x80\x9Cz", 11), 11);
	assert_int_equal(mdtl_utf8_check("abcdefg\xE2\x80", 9), 7);
	assert_int_equal(mdtl_utf8_decode("\xC3\xA9", 2, &len), 0xE9);
	assert_int_equal(len, 2);
	assert_int_equal(mdtl_utf8_decode("\xff", 1, &len), 0xFFFD);
	assert_int_equal(len, 1);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_valid));
}

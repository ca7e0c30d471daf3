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

static void
test_classes(void **state)
{
	(void)state;
	/* symbols end words; letters of any script do not */
	assert_true(mdtl_utf8_symbol(0x1F600));		/* 😀 */
	assert_true(mdtl_utf8_symbol(0x2122));		/* ™ */
	assert_true(mdtl_utf8_symbol(0xAB));		/* « */
	assert_true(mdtl_utf8_symbol(0xFE0F));
	assert_false(mdtl_utf8_symbol(0x416));		/* Ж */
	assert_false(mdtl_utf8_symbol(0xE9));		/* é */
	assert_false(mdtl_utf8_symbol(0xB5));		/* µ */
	/* capitals and their small letters */
	assert_true(mdtl_utf8_upper(0x416));
	assert_false(mdtl_utf8_upper(0x436));		/* ж */
	assert_true(mdtl_utf8_upper(0xC9));		/* É */
	assert_false(mdtl_utf8_upper(0xD7));		/* × */
	assert_true(mdtl_utf8_upper(0x160));		/* Š */
	assert_false(mdtl_utf8_upper(0x161));		/* š */
	assert_true(mdtl_utf8_upper(0x141));		/* Ł */
	assert_false(mdtl_utf8_upper(0x142));		/* ł */
	assert_int_equal(mdtl_utf8_lower(0x416), 0x436);
	assert_int_equal(mdtl_utf8_lower(0x401), 0x451);	/* Ё ё */
	assert_int_equal(mdtl_utf8_lower(0xC9), 0xE9);
	assert_int_equal(mdtl_utf8_lower(0x160), 0x161);
	assert_int_equal(mdtl_utf8_lower(0x141), 0x142);
	assert_int_equal(mdtl_utf8_lower(0x178), 0xFF);
	assert_int_equal(mdtl_utf8_lower(0x3A9), 0x3C9);	/* Ω ω */
	assert_int_equal(mdtl_utf8_lower(0x436), 0x436);
	/* the letters diacritics are written on */
	assert_int_equal(mdtl_utf8_base(0x11F), 'g');		/* ğ */
	assert_int_equal(mdtl_utf8_base(0x11E), 'g');		/* Ğ */
	assert_int_equal(mdtl_utf8_base(0x15F), 's');		/* ş */
	assert_int_equal(mdtl_utf8_base(0x103), 'a');		/* ă */
	assert_int_equal(mdtl_utf8_base(0x219), 's');		/* ș */
	assert_int_equal(mdtl_utf8_base(0x21B), 't');		/* ț */
	assert_int_equal(mdtl_utf8_base(0xE1), 'a');		/* á */
	assert_int_equal(mdtl_utf8_base(0xC9), 'e');		/* É */
	assert_int_equal(mdtl_utf8_base(0xFC), 'u');		/* ü */
	assert_int_equal(mdtl_utf8_base(0x144), 'n');		/* ń */
	assert_int_equal(mdtl_utf8_base(0x142), 'l');		/* ł */
	assert_int_equal(mdtl_utf8_base(0x17E), 'z');		/* ž */
	assert_int_equal(mdtl_utf8_base(0xDF), 0);		/* ß */
	assert_int_equal(mdtl_utf8_base(0xE6), 0);		/* æ */
	assert_int_equal(mdtl_utf8_base(0xD7), 0);		/* × */
	assert_int_equal(mdtl_utf8_base(0x436), 0);		/* ж */
	assert_int_equal(mdtl_utf8_base('g'), 0);
	/* controls no terminal or document gets raw */
	assert_true(mdtl_utf8_control(0x9B));
	assert_true(mdtl_utf8_control(0x202E));
	assert_true(mdtl_utf8_control(0x2066));
	assert_true(mdtl_utf8_control(0x2028));
	assert_false(mdtl_utf8_control(0xA0));
	assert_false(mdtl_utf8_control(0x2019));
}

int
main(void)
{
	RUN(cmocka_unit_test(test_valid), cmocka_unit_test(test_classes));
}

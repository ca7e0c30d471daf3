/* buf_test.c: the string builder and its escapers. */
#include "test.h"

#include "mdtl/buf.h"

static void
test_basic(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	char *s;
	int i;

	(void)state;
	assert_string_equal(b.buf, "");
	mdtl_buf_adds(&b, "ab");
	mdtl_buf_addch(&b, 'c');
	mdtl_buf_addf(&b, "%d", 42);
	assert_string_equal(b.buf, "abc42");
	assert_int_equal(b.len, 5);
	for (i = 0; i < 1000; i++)
		mdtl_buf_addf(&b, "%s", "0123456789");
	assert_int_equal(b.len, 10005);
	mdtl_buf_setlen(&b, 3);
	assert_string_equal(b.buf, "abc");
	mdtl_buf_reset(&b);
	assert_string_equal(b.buf, "");
	mdtl_buf_adds(&b, "kept");
	s = mdtl_buf_detach(&b);
	assert_string_equal(s, "kept");
	assert_string_equal(b.buf, "");
	free(s);
	s = mdtl_buf_detach(&b);	/* empty: still a string to free */
	assert_string_equal(s, "");
	free(s);
	mdtl_buf_release(&b);
}

static void
test_json(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	const char in[] = "a\"b\\c\n\t\x01\x7f \xE2\x80\x9C\xff\xE2\x80\xA8";

	(void)state;
	mdtl_buf_add_json_str(&b, in, sizeof in - 1);
	assert_string_equal(b.buf, "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f "
	    "\xE2\x80\x9C\xEF\xBF\xBD\\u2028\"");
	mdtl_buf_release(&b);
}

/*
 * Every ASCII byte at every place of a 20-byte string (so inside and
 * across the eight-byte runs) is escaped as one byte at a time would be.
 */
static void
test_json_every_byte(void **state)
{
	char in[21], want[64];
	int c;
	size_t at;

	(void)state;
	for (c = 0; c < 0x80; c++)
		for (at = 0; at < 20; at++) {
			struct mdtl_buf b = MDTL_BUF_INIT;
			char esc[8];

			memset(in, 'a', 20);
			in[20] = '\0';
			in[at] = (char)c;
			if (c == '"' || c == '\\')
				snprintf(esc, sizeof esc, "\\%c", c);
			else if (c == '\n')
				snprintf(esc, sizeof esc, "\\n");
			else if (c == '\r')
				snprintf(esc, sizeof esc, "\\r");
			else if (c == '\t')
				snprintf(esc, sizeof esc, "\\t");
			else if (c < 0x20 || c == 0x7f)
				snprintf(esc, sizeof esc, "\\u%04x", c);
			else
				snprintf(esc, sizeof esc, "%c", c);
			snprintf(want, sizeof want, "\"%.*s%s%s\"", (int)at, in,
			    esc, in + at + 1);
			mdtl_buf_add_json_str(&b, in, 20);
			assert_string_equal(b.buf, want);
			mdtl_buf_release(&b);
		}
}

static void
test_safe(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	const char in[] = "x\x1b[31mred\t\xC2\x9B\xff";

	(void)state;
	mdtl_buf_add_safe(&b, in, sizeof in - 1);
	assert_string_equal(b.buf, "x?[31mred\t?\xEF\xBF\xBD");
	mdtl_buf_release(&b);
}

static void
test_html_md(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;

	(void)state;
	mdtl_buf_add_html(&b, "<script>a&'\"\x1b[0m\tz</script>");
	assert_string_equal(b.buf, "&lt;script&gt;a&amp;&#39;&quot;[0m\tz"
	    "&lt;/script&gt;");
	mdtl_buf_reset(&b);
	mdtl_buf_add_md(&b, "  a | *b*\n\n[c](d) <e> `f` #g\\ ");
	assert_string_equal(b.buf,
	    "a \\| \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\#g\\\\");
	mdtl_buf_release(&b);
}

/* C1 controls and bidirectional overrides, in every kind of output. */
static void
test_controls(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	const char in[] = "a\xC2\x9B" "31m b\xE2\x80\xAE" "c \xD0\x96";

	(void)state;
	mdtl_buf_add_safe(&b, in, sizeof in - 1);
	assert_string_equal(b.buf, "a?31m b?c \xD0\x96");
	mdtl_buf_reset(&b);
	mdtl_buf_add_html(&b, in);
	assert_string_equal(b.buf, "a31m bc \xD0\x96");
	mdtl_buf_reset(&b);
	mdtl_buf_add_md(&b, in);
	assert_string_equal(b.buf, "a?31m b?c \xD0\x96");
	mdtl_buf_reset(&b);
	mdtl_buf_add_json_str(&b, in, sizeof in - 1);
	assert_string_equal(b.buf, "\"a\\u009b31m b\\u202ec \xD0\x96\"");
	mdtl_buf_reset(&b);
	/* one character at a time: its length, even when replaced */
	assert_int_equal(mdtl_buf_add_char(&b, "\xE2\x81\xA6x", 4), 3);
	assert_int_equal(mdtl_buf_add_char(&b, "\xD0\x96", 4), 2);
	assert_int_equal(mdtl_buf_add_char(&b, "\xFF", 4), 1);
	assert_int_equal(mdtl_buf_add_char(&b, "\t", 4), 1);
	assert_string_equal(b.buf, "?\xD0\x96\xEF\xBF\xBD\t");
	mdtl_buf_release(&b);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_basic), cmocka_unit_test(test_json),
	    cmocka_unit_test(test_json_every_byte),
	    cmocka_unit_test(test_safe), cmocka_unit_test(test_html_md),
	    cmocka_unit_test(test_controls));
}

/* json_test.c: JSON texts read strictly, and their members. */
#include "test.h"

#include "mdtl/json.h"

/* The parser of these tests, kept from text to text as readers keep it. */
static struct mdtl_json json = MDTL_JSON_INIT;

/* s must not parse: why and the column where it was seen. */
static void
refused(const char *s, const char *why, size_t col)
{
	const char *w;
	size_t c;

	assert_null(mdtl_json_parse(&json, s, strlen(s), &w, &c));
	assert_non_null(w);
	if (why != NULL)
		assert_string_equal(w, why);
	assert_int_equal(c, col);
}

static void
test_parse(void **state)
{
	struct json_object *j;
	const char *why;
	size_t col;
	char deep[80];

	(void)state;
	j = mdtl_json_parse(&json, "{\"a\": \"b\"}  \n", 13, &why, &col);
	assert_non_null(j);
	assert_null(why);
	assert_string_equal(mdtl_json_str(j, "a"), "b");
	json_object_put(j);
	/* a number at the very end of the text is whole */
	j = mdtl_json_parse(&json, "2011", 4, &why, &col);
	assert_non_null(j);
	assert_int_equal(json_object_get_int64(j), 2011);
	json_object_put(j);
	/* the text need not end with a NUL: only len bytes are read */
	j = mdtl_json_parse(&json, "[1,2]xyz", 5, &why, &col);
	assert_non_null(j);
	json_object_put(j);

	refused("{\"a\": 1} {\"b\": 2}", "more after the value", 10);
	refused("{\"a\": oops}", NULL, 7);
	refused("{\"a\": \"open", "the text ends inside a value", 12);
	refused("{\"a\": \"\xff\"}", "invalid UTF-8", 8);
	/* past the first words read eight bytes at a time; and a surrogate */
	refused("{\"text\": \"eighteen bytes \xc3\"}", "invalid UTF-8", 26);
	refused("{\"text\": \"\xed\xa0\x80\"}", "invalid UTF-8", 11);
	refused("{\"a\": 1,}", NULL, 9);
	refused("", "the text ends inside a value", 1);
	/* 32 levels are read, the 33rd is refused where it opens */
	memset(deep, '[', 40);
	memset(deep + 40, ']', 40);
	j = mdtl_json_parse(&json, deep + 8, 64, &why, &col);
	assert_non_null(j);
	json_object_put(j);
	assert_null(mdtl_json_parse(&json, deep, 80, &why, &col));
	assert_int_equal(col, 33);
	/* the parser is used again: nothing of a refused text or a cut one
	 * is left in it, and it is made anew once released */
	refused("{\"a\": [1, ", "the text ends inside a value", 11);
	j = mdtl_json_parse(&json, "{\"b\": 2}", 8, &why, &col);
	assert_non_null(j);
	assert_int_equal(json_object_get_int(mdtl_json_get(j, "b")), 2);
	json_object_put(j);
	mdtl_json_release(&json);
	mdtl_json_release(&json);
	j = mdtl_json_parse(&json, "[3]", 3, &why, &col);
	assert_non_null(j);
	json_object_put(j);
	mdtl_json_release(&json);
}

static void
test_members(void **state)
{
	static const char text[] = "{\"s\": \"x\", \"n\": 5, \"z\": null, "
	    "\"l\": [1, \"two\"], \"o\": {\"s\": \"inner\"}}";
	struct json_object *j, *v;
	const char *why;
	size_t col, n;

	(void)state;
	j = mdtl_json_parse(&json, text, sizeof text - 1, &why, &col);
	assert_non_null(j);
	assert_string_equal(mdtl_json_str(j, "s"), "x");
	/* a string only when it is one */
	assert_null(mdtl_json_str(j, "n"));
	assert_null(mdtl_json_str(j, "z"));
	assert_null(mdtl_json_str(j, "missing"));
	assert_null(mdtl_json_str(NULL, "s"));
	assert_string_equal(mdtl_json_str(mdtl_json_get(j, "o"), "s"),
	    "inner");
	/* get on what is no object */
	assert_null(mdtl_json_get(mdtl_json_get(j, "n"), "s"));
	v = mdtl_json_array(j, "l", &n);
	assert_non_null(v);
	assert_int_equal(n, 2);
	assert_string_equal(json_object_get_string(
	    json_object_array_get_idx(v, 1)), "two");
	n = 7;
	assert_null(mdtl_json_array(j, "s", &n));
	assert_int_equal(n, 0);
	n = 7;
	assert_null(mdtl_json_array(j, "missing", &n));
	assert_int_equal(n, 0);
	json_object_put(j);
	mdtl_json_release(&json);
}

int
main(void)
{
	mdtl_json_setup();
	RUN(cmocka_unit_test(test_parse), cmocka_unit_test(test_members));
}

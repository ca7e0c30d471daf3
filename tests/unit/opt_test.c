/* opt_test.c: option tables: parsing, checks and help. */
#define _GNU_SOURCE
#include "test.h"

#include "mdtl/opt.h"
#include "mdtl/timeline.h"

struct opts {
	struct mdtl_strlist	 actors;
	const char		*format;
	int			 explain;
};

static const char *
check_format(const char *v)
{
	return strcmp(v, "text") == 0 || strcmp(v, "jsonl") == 0 ? NULL :
	    "unknown format";
}

static const struct mdtl_option options[] = {
	OPT_LIST('a', "actor", struct opts, actors, "ACTOR", "an actor", NULL),
	OPT_STRING('f', "format", struct opts, format, "FORMAT", "a format",
	    check_format),
	OPT_BOOL(0, "explain", struct opts, explain, "explain"),
	OPT_END()
};

static enum mdtl_opt_result
parse(struct opts *o, int argc, char **argv, int *rest, char **err)
{
	char *out = NULL;
	size_t olen = 0, elen = 0;
	FILE *fo = open_memstream(&out, &olen), *fe = open_memstream(err,
	    &elen);
	enum mdtl_opt_result r;

	memset(o, 0, sizeof *o);
	r = mdtl_opt_parse(options, o, argc, argv, rest, "x", "[ARGS]",
	    "does x", fo, fe);
	fclose(fo);
	fclose(fe);
	if (r == MDTL_OPT_HELP) {
		assert_non_null(strstr(out, "usage: mdtl x [ARGS]"));
		assert_non_null(strstr(out, "-a, --actor ACTOR"));
		assert_non_null(strstr(out, "(repeat for any of)"));
		assert_non_null(strstr(out, "--explain"));
	}
	free(out);
	return r;
}

static void
test_parse(void **state)
{
	char *argv[] = { "x", "-a", "rogozin", "in.txt", "--actor=lavrov",
	    "-fjsonl", "--explain", NULL };
	struct opts o;
	char *err;
	int rest;

	(void)state;
	assert_int_equal(parse(&o, 7, argv, &rest, &err), MDTL_OPT_OK);
	assert_string_equal(err, "");
	assert_int_equal(o.actors.n, 2);
	assert_string_equal(o.actors.v[1], "lavrov");
	assert_string_equal(o.format, "jsonl");
	assert_true(o.explain);
	/* operands come last, in order */
	assert_int_equal(rest, 6);
	assert_string_equal(argv[rest], "in.txt");
	mdtl_strlist_release(&o.actors);
	free(err);
}

static void
test_errors(void **state)
{
	char *a1[] = { "x", "--bogus", NULL };
	char *a2[] = { "x", "-f", "xml", NULL };
	char *a3[] = { "x", "-a", NULL };
	char *a4[] = { "x", "-q", NULL };
	char *a5[] = { "x", "--help", NULL };
	struct opts o;
	char *err;
	int rest;

	(void)state;
	assert_int_equal(parse(&o, 2, a1, &rest, &err), MDTL_OPT_ERROR);
	assert_string_equal(err, "mdtl: unknown option '--bogus'\n"
	    "usage: mdtl x [ARGS]\n");
	free(err);
	assert_int_equal(parse(&o, 3, a2, &rest, &err), MDTL_OPT_ERROR);
	assert_string_equal(err, "mdtl: --format: unknown format\n"
	    "usage: mdtl x [ARGS]\n");
	free(err);
	assert_int_equal(parse(&o, 2, a3, &rest, &err), MDTL_OPT_ERROR);
	assert_string_equal(err, "mdtl: missing value for option '-a'\n"
	    "usage: mdtl x [ARGS]\n");
	free(err);
	assert_int_equal(parse(&o, 2, a4, &rest, &err), MDTL_OPT_ERROR);
	assert_string_equal(err, "mdtl: unknown option '-q'\n"
	    "usage: mdtl x [ARGS]\n");
	free(err);
	assert_int_equal(parse(&o, 2, a5, &rest, &err), MDTL_OPT_HELP);
	free(err);
	mdtl_strlist_release(&o.actors);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_parse), cmocka_unit_test(test_errors));
}

/* cmd_test.c: the command layer: lookup, statuses, output files. */
#define _GNU_SOURCE
#include "test.h"

#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/io.h"

struct run {
	int	 status;
	char	*out, *err;
};

static struct run
run(int argc, char **argv)
{
	struct run r;
	size_t ol = 0, el = 0;
	FILE *fo, *fe;

	fo = open_memstream(&r.out, &ol);
	fe = open_memstream(&r.err, &el);
	r.status = mdtl_main(argc, argv, fo, fe);
	fclose(fo);
	fclose(fe);
	return r;
}

static void
done(struct run *r)
{
	free(r->out);
	free(r->err);
}

static void
test_lookup(void **state)
{
	char *a1[] = { "mdtl", "ch", "--data", DATA_DIR, NULL };
	char *a2[] = { "mdtl", "--data", DATA_DIR, "-t", "summit", NULL };
	struct run r;

	(void)state;
	/* a unique prefix names its command */
	r = run(4, a1);
	assert_int_equal(r.status, MDTL_EXIT_OK);
	assert_non_null(strstr(r.out, "actors"));
	assert_non_null(strstr(r.out, ": ok"));
	done(&r);
	/* no command: the timeline of the bundled articles */
	r = run(5, a2);
	assert_int_equal(r.status, MDTL_EXIT_OK);
	assert_non_null(strstr(r.out, "summit"));
	assert_null(strstr(r.out, "statement"));
	done(&r);
	{
		FILE *null = fopen("/dev/null", "w");

		assert_non_null(mdtl_cmd_find("timeline", null));
		assert_null(mdtl_cmd_find("zzz", null));
		fclose(null);
	}
}

static void
test_output_file(void **state)
{
	char path[] = "/tmp/mdtl-outXXXXXX";
	char *argv[] = { "mdtl", "-f", "jsonl", "-o", path, NULL };
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct run r;
	char *buf;
	size_t len;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	r = run(5, argv);
	assert_int_equal(r.status, MDTL_EXIT_OK);
	assert_string_equal(r.out, "");
	assert_int_equal(mdtl_read_file(path, &buf, &len, 1 << 20, &d), 0);
	assert_int_equal(buf[0], '{');
	assert_int_equal(buf[len - 1], '\n');
	free(buf);
	unlink(path);
	done(&r);
	mdtl_diag_release(&d);
}

static void
test_statuses(void **state)
{
	char *a1[] = { "mdtl", "--data", "/nonexistent", NULL };
	char *a2[] = { "mdtl", "check", "extra", NULL };
	char *a3[] = { "mdtl", "--version", NULL };
	struct run r;
	FILE *full;
	int status;

	(void)state;
	r = run(3, a1);
	assert_int_equal(r.status, MDTL_EXIT_INPUT);
	assert_non_null(strstr(r.err, "/nonexistent/actors.yaml: cannot open"));
	done(&r);
	r = run(3, a2);
	assert_int_equal(r.status, MDTL_EXIT_USAGE);
	done(&r);
	r = run(2, a3);
	assert_int_equal(r.status, MDTL_EXIT_OK);
	assert_int_equal(strncmp(r.out, "mdtl ", 5), 0);
	done(&r);
	/* a full disk is an error, not a silent loss */
	full = fopen("/dev/full", "w");
	if (full == NULL)
		skip();
	{
		char *argv[] = { "mdtl", "-f", "json", NULL };

		FILE *null = fopen("/dev/null", "w");

		status = mdtl_main(3, argv, full, null);
		fclose(null);
	}
	fclose(full);
	assert_int_equal(status, MDTL_EXIT_INPUT);
}

/* Dates as people type them; the relative ones against each other. */
static void
test_user_dates(void **state)
{
	struct mdtl_date d, e;
	const char *why;

	(void)state;
	assert_int_equal(mdtl_user_date("Jul 2011", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_MONTH);
	assert_int_equal(d.month, 7);
	assert_int_equal(mdtl_user_date("1 Jul 2011", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_DAY);
	assert_int_equal(d.day, 1);
	assert_int_equal(mdtl_user_date("2011-W27", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_WEEK);
	assert_int_equal(d.part, 27);
	assert_int_equal(mdtl_user_date("2011-Q3", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_QUARTER);
	/* why a value is none */
	assert_int_equal(mdtl_user_date("2011-13", &d, &why), -1);
	assert_string_equal(why, "no month 13");
	assert_int_equal(mdtl_user_date("2011-02-29", &d, &why), -1);
	assert_string_equal(why, "no day 29 in 2011-02");
	assert_int_equal(mdtl_user_date("2011-W53", &d, &why), -1);
	assert_string_equal(why, "no week 53 in 2011");
	assert_int_equal(mdtl_user_date("soon", &d, &why), -1);
	assert_null(why);
	/* against the clock: yesterday is the day before today, -7d is -1w */
	assert_int_equal(mdtl_user_date("today", &d, &why), 0);
	assert_int_equal(mdtl_user_date("yesterday", &e, &why), 0);
	assert_int_equal(mdtl_date_day(&d) - 1, mdtl_date_day(&e));
	assert_int_equal(mdtl_user_date("-7d", &d, &why), 0);
	assert_int_equal(mdtl_user_date("-1w", &e, &why), 0);
	assert_int_equal(mdtl_date_day(&d), mdtl_date_day(&e));
	assert_int_equal(mdtl_user_date("last month", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_MONTH);
	assert_int_equal(mdtl_user_date("this year", &d, &why), 0);
	assert_int_equal(d.gran, MDTL_GRAN_YEAR);
	assert_int_equal(mdtl_user_date("-2x", &d, &why), -1);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_lookup), cmocka_unit_test(test_output_file),
	    cmocka_unit_test(test_statuses), cmocka_unit_test(test_user_dates));
}

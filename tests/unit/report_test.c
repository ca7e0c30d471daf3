/* report_test.c: deadline states, and the briefing's sections and escaping. */
#define _GNU_SOURCE
#include <limits.h>

#include "test.h"

#include "mdtl/report.h"

static struct mdtl_article_meta meta = {
	.id = "a", .title = "<b>T</b>", .published = "2011-07-01",
	.source = "S|x", .path = "a.txt",
};
static struct mdtl_event_actor actors[] = {
	{ "rogozin", "Dmitry Rogozin", MDTL_ROLE_SPEAKER, NULL, 0 },
	{ "nato", "NATO", MDTL_ROLE_TARGET, NULL, 0 },
};
static struct mdtl_mention mentions[] = {
	{ "x", { 0, 1 }, "a", "a.txt", NULL, 0 },
};

static struct mdtl_date
day(int y, int m, int d)
{
	struct mdtl_date v;

	memset(&v, 0, sizeof v);
	v.gran = MDTL_GRAN_DAY;
	v.year = y;
	v.month = m;
	v.day = d;
	return v;
}

static void
test_due(void **state)
{
	struct mdtl_date d = day(2011, 12, 31), m;
	long left, as_of = mdtl_days_from_civil(2011, 7, 1);

	(void)state;
	assert_int_equal(mdtl_due_state(&d, as_of, &left), MDTL_DUE_PENDING);
	assert_int_equal(left, 183);
	assert_int_equal(mdtl_due_state(&d, mdtl_days_from_civil(2011, 12, 31),
	    &left), MDTL_DUE_DUE);
	assert_int_equal(left, 0);
	assert_int_equal(mdtl_due_state(&d, mdtl_days_from_civil(2012, 1, 1),
	    &left), MDTL_DUE_PASSED);
	assert_int_equal(left, -1);
	/* a month is due all month, and counts to its last day */
	memset(&m, 0, sizeof m);
	m.gran = MDTL_GRAN_MONTH;
	m.year = 2012;
	m.month = 2;
	assert_int_equal(mdtl_due_state(&m, mdtl_days_from_civil(2012, 1, 31),
	    &left), MDTL_DUE_PENDING);
	assert_int_equal(mdtl_due_state(&m, mdtl_days_from_civil(2012, 2, 1),
	    &left), MDTL_DUE_DUE);
	assert_int_equal(left, 28);	/* 2012 is a leap year */
	assert_string_equal(mdtl_due_name(MDTL_DUE_PASSED), "passed");
}

static void
event(struct mdtl_event *e, enum mdtl_event_type t, struct mdtl_date d,
    const char *sentence)
{
	memset(e, 0, sizeof *e);
	strcpy(e->id, "0123456789abcdef");
	e->type = t;
	e->date = d;
	mdtl_date_format(&d, e->date_value, sizeof e->date_value);
	e->basis = MDTL_BASIS_RELATIVE;
	e->actors = actors;
	e->nactors = 2;
	e->sentence = sentence;
	e->mentions = mentions;
	e->nmentions = 1;
	e->article = &meta;
}

/* as_of for a report of nothing dated */
#define NOTHING_DATED	LONG_MIN

static char *
render(int html, const struct mdtl_event *v, size_t n, long as_of)
{
	static const struct mdtl_report_source src[] = {
		{ "a", "<b>T</b>", "S|x", "2011-07-01", "DPA" },
	};
	struct mdtl_report r;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	memset(&r, 0, sizeof r);
	r.v = v;
	r.n = n;
	r.sources = src;
	r.nsources = 1;
	r.has_as_of = as_of != NOTHING_DATED;
	r.as_of = r.has_as_of ? as_of : 0;
	assert_int_equal(html ? mdtl_report_html(fp, &r) :
	    mdtl_report_md(fp, &r), 0);
	fclose(fp);
	return out;
}

static void
test_md(void **state)
{
	struct mdtl_event v[3];
	char *out;

	(void)state;
	event(&v[0], MDTL_EVENT_OFFER, day(2011, 5, 1),
	    "Medvedev offered a joint radar system.");
	event(&v[1], MDTL_EVENT_OFFER, day(2011, 7, 1),
	    "Rogozin repeated the joint radar system offer.");
	event(&v[2], MDTL_EVENT_DEADLINE, day(2011, 12, 31),
	    "Talks must | move *by* the end of 2011.");
	out = render(0, v, 3, mdtl_days_from_civil(2011, 7, 1));
	assert_non_null(strstr(out, "# Briefing as of 2011-07-01\n"));
	assert_non_null(strstr(out, "\n### 2011-05\n"));
	/* the actor table counts each actor once per event */
	assert_non_null(strstr(out, "| Dmitry Rogozin | 3 | 2011-05-01 | "
	    "2011-12-31 | speaker 3 |"));
	assert_non_null(strstr(out, "| NATO | 3 | 2011-05-01 | 2011-12-31 | "
	    "target 3 |"));
	/* the deadline, escaped for a table cell; set by the speaker */
	assert_non_null(strstr(out, "| 2011-12-31 | pending | 183 | Dmitry "
	    "Rogozin | Talks must \\| move \\*by\\* the end of 2011. |"));
	/* the second offer says the same: a repeat of the first */
	assert_non_null(strstr(out, "| 2011-05-01 | Dmitry Rogozin (S\\|x) | "
	    "Medvedev offered a joint radar system. | 2011-07-01 by Dmitry "
	    "Rogozin (S\\|x) |"));
	assert_non_null(strstr(out, "| \\<b\\>T\\</b\\> | S\\|x | 2011-07-01 | "
	    "DPA | 3 |"));
	free(out);
	/* nothing read: every section says so, and no day is made up */
	out = render(0, NULL, 0, NOTHING_DATED);
	assert_non_null(strstr(out, "# Briefing\n"));
	assert_non_null(strstr(out, "| As of | no date read |"));
	assert_null(strstr(out, "1970"));
	assert_non_null(strstr(out, "No events."));
	assert_non_null(strstr(out, "No deadlines."));
	assert_non_null(strstr(out, "No offers."));
	free(out);
}

static void
test_html(void **state)
{
	struct mdtl_event v[2];
	char *out, *p;
	size_t marks = 0;

	(void)state;
	event(&v[0], MDTL_EVENT_WARNING, day(2011, 7, 1),
	    "<script>alert(1)</script> & \"q\"");
	event(&v[1], MDTL_EVENT_SUMMIT, day(2011, 7, 4), "Summit.");
	v[1].location = "<Sochi>";
	out = render(1, v, 2, mdtl_days_from_civil(2011, 7, 2));
	assert_null(strstr(out, "<script>"));
	assert_null(strstr(out, "<b>T</b>"));
	assert_non_null(strstr(out, "&lt;script&gt;alert(1)&lt;/script&gt; "
	    "&amp; &quot;q&quot;"));
	assert_non_null(strstr(out, "<td>&lt;Sochi&gt;</td>"));
	assert_non_null(strstr(out, "<td>coming</td>"));
	for (p = out; (p = strstr(p, "<circle class=\"mark\"")) != NULL; p++)
		marks++;
	assert_int_equal(marks, 2);
	assert_non_null(strstr(out, "</html>\n"));
	free(out);
}

/* The deadlines of r as f writes them (the caller frees). */
static char *
deadlines(const struct mdtl_report *r, enum mdtl_deadline_format f)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_int_equal(mdtl_report_deadlines(fp, r, f), 0);
	fclose(fp);
	return out;
}

static void
test_deadlines(void **state)
{
	struct mdtl_event v[2];
	struct mdtl_report r;
	char *out;

	(void)state;
	event(&v[0], MDTL_EVENT_DEADLINE, day(2011, 6, 9), "By June 9.");
	event(&v[1], MDTL_EVENT_DEADLINE, day(2011, 6, 9), "Undated\nline.");
	v[1].date.gran = MDTL_GRAN_NONE;
	memset(&r, 0, sizeof r);
	r.v = v;
	r.n = 2;
	r.has_as_of = 1;
	r.as_of = mdtl_days_from_civil(2011, 7, 1);
	r.as_of_from = "--as-of";
	/* the day judged against, then the days column as wide as "  183
	 * days left" */
	out = deadlines(&r, MDTL_DEADLINES_TEXT);
	assert_string_equal(out, "Deadlines as of 2011-07-01 (--as-of)\n"
	    "2011-06-09  passed      22 days late  Dmitry Rogozin: By June 9.\n"
	    "undated     -                      -  Dmitry Rogozin: Undated "
	    "line.\n");
	free(out);
	/* JSON Lines: the record, then as_of, status and days_left */
	out = deadlines(&r, MDTL_DEADLINES_JSONL);
	assert_non_null(strstr(out, "\"as_of\":\"2011-07-01\","
	    "\"status\":\"passed\",\"days_left\":-22}\n"));
	assert_non_null(strstr(out, "\"status\":null,\"days_left\":null}\n"));
	assert_int_equal(strncmp(out, "{\"id\":", 6), 0);
	free(out);
	/* CSV: the three before the record's columns */
	out = deadlines(&r, MDTL_DEADLINES_CSV);
	assert_int_equal(strncmp(out, "as_of,status,days_left,id,date,", 31),
	    0);
	assert_non_null(strstr(out, "\r\n2011-07-01,passed,-22,"));
	assert_non_null(strstr(out, "\r\n2011-07-01,,,"));
	free(out);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_due), cmocka_unit_test(test_md),
	    cmocka_unit_test(test_html), cmocka_unit_test(test_deadlines));
}

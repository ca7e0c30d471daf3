/* date_test.c: the calendar, TIMEX3 values and the strict date forms. */
#include "test.h"

#include "mdtl/date.h"

/* Publication times: to the second, with the offset when there is one. */
static void
test_format_time(void **state)
{
	struct mdtl_date d;
	char buf[40];

	(void)state;
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T04:05:06+04:00", &d), 0);
	assert_int_equal(mdtl_date_format_time(&d, buf, sizeof buf), 25);
	assert_string_equal(buf, "2011-07-01T04:05:06+04:00");
	d.tz = -(5 * 60 + 30);
	mdtl_date_format_time(&d, buf, sizeof buf);
	assert_string_equal(buf, "2011-07-01T04:05:06-05:30");
	d.has_tz = 0;
	assert_int_equal(mdtl_date_format_time(&d, buf, sizeof buf), 19);
	assert_string_equal(buf, "2011-07-01T04:05:06");
	/* out of the usual ranges: written in full all the same */
	d.year = 12011;
	d.hour = 123;
	mdtl_date_format_time(&d, buf, sizeof buf);
	assert_string_equal(buf, "12011-07-01T123:05:06");
}

static void
test_range(void **state)
{
	struct mdtl_date d;
	long first, last;

	(void)state;
	mdtl_date_parse_value("2011-05", &d);
	mdtl_date_range(&d, &first, &last);
	assert_int_equal(first, mdtl_days_from_civil(2011, 5, 1));
	assert_int_equal(last, mdtl_days_from_civil(2011, 5, 31));
	mdtl_date_parse_value("2012", &d);
	mdtl_date_range(&d, &first, &last);
	assert_int_equal(last - first, 365);	/* a leap year */
	memset(&d, 0, sizeof d);
	d.gran = MDTL_GRAN_WEEK;
	d.year = 2011;
	d.part = 26;
	mdtl_date_range(&d, &first, &last);
	assert_int_equal(first, mdtl_days_from_civil(2011, 6, 27));
	assert_int_equal(last, mdtl_days_from_civil(2011, 7, 3));
	/* its weekend, Saturday and Sunday */
	d.weekend = 1;
	mdtl_date_range(&d, &first, &last);
	assert_int_equal(first, mdtl_days_from_civil(2011, 7, 2));
	assert_int_equal(last, mdtl_days_from_civil(2011, 7, 3));
	/* the calendar itself */
	assert_int_equal(mdtl_weekday(mdtl_days_from_civil(2011, 7, 1)), 4);
	assert_int_equal(mdtl_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(mdtl_days_from_civil(2000, 3, 1), 11017);
}

static void
test_value_parse(void **state)
{
	static const char *const good[] = { "2011", "2011-07", "2011-07-01",
	    "2013-W21", "2011-W40-WE", "1989-Q3", "2011-H2", "2012-SU", "199",
	    "2011-07-01T14:23", NULL };
	static const char *const bad[] = { "", "2011-13", "2011-W54",
	    "2011-Q5", "2011-XX", "2011-7", "May", "20111", "2011-07-01x",
	    "2011-W40-W", "2011-W40-WEE", "2011-W54-WE", NULL };
	struct mdtl_date d;
	char back[32];
	size_t i;

	(void)state;
	/* what is written reads back to the same value */
	for (i = 0; good[i] != NULL; i++) {
		assert_int_equal(mdtl_date_parse_value(good[i], &d), 0);
		mdtl_date_format(&d, back, sizeof back);
		assert_string_equal(back, good[i]);
	}
	for (i = 0; bad[i] != NULL; i++)
		assert_int_equal(mdtl_date_parse_value(bad[i], &d), -1);
	assert_int_equal(mdtl_date_parse_value("2013-W21", &d), 0);
	assert_int_equal(d.gran, MDTL_GRAN_WEEK);
	assert_int_equal(d.part, 21);
}

/* Dates at the edges: refused, never rolled over. */
static void
test_check(void **state)
{
	struct mdtl_date d;

	(void)state;
	/* a day the month does not have; the 53rd week of a 52-week year */
	assert_int_equal(mdtl_date_parse_value("2011-02-29", &d), -1);
	assert_int_equal(mdtl_date_parse_value("2012-02-29", &d), 0);
	assert_int_equal(mdtl_date_parse_value("2011-04-31", &d), -1);
	assert_int_equal(mdtl_date_parse_value("2011-W53", &d), -1);
	assert_int_equal(mdtl_date_parse_value("2015-W53", &d), 0);
	assert_int_equal(mdtl_date_parse_value("2015-W54", &d), -1);
	/* offsets within 14:00 either way, minutes under 60 */
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00+14:00", &d),
	    0);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00+25:00", &d),
	    -1);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00-14:30", &d),
	    -1);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00+04:60", &d),
	    -1);
	/* the year 10000 in UTC */
	assert_int_equal(mdtl_date_parse_iso("9999-12-31T23:59:59-12:00", &d),
	    -1);
	assert_int_equal(mdtl_date_parse_iso("9999-12-31T11:59:59-12:00", &d),
	    0);
	assert_int_equal(mdtl_date_parse_iso("0000-01-01T01:00:00+02:00", &d),
	    -1);
	/* a fraction of a second is read and dropped */
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00.000Z", &d),
	    0);
	assert_int_equal(d.sec, 0);
	assert_true(d.has_tz);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:07.5+04:00",
	    &d), 0);
	assert_int_equal(d.sec, 7);
	assert_int_equal(d.tz, 240);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00:00.Z", &d), -1);
	assert_string_equal(mdtl_date_check(&(struct mdtl_date){
	    .gran = MDTL_GRAN_DAY, .year = 2013, .month = 2, .day = 31 }),
	    "no such day in that month");
	assert_null(mdtl_date_check(&(struct mdtl_date){
	    .gran = MDTL_GRAN_DAY, .year = 2013, .month = 2, .day = 28 }));
}

static void
test_rfc822(void **state)
{
	struct mdtl_date d;

	(void)state;
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 01 Jul 2011 14:23:00 "
	    "+0400", &d), 0);
	assert_int_equal(d.year, 2011);
	assert_int_equal(d.month, 7);
	assert_int_equal(d.hour, 14);
	assert_int_equal(d.tz, 240);
	assert_int_equal(mdtl_date_parse_rfc822("1 Jul 11 09:05 GMT", &d), 0);
	assert_int_equal(d.year, 2011);
	assert_int_equal(d.tz, 0);
	assert_true(d.has_tz);
	/* the zones RFC 822 names */
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 01 Jul 2011 14:23:00 "
	    "EST", &d), 0);
	assert_true(d.has_tz);
	assert_int_equal(d.tz, -300);
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 01 Jul 2011 14:23:00 "
	    "PDT", &d), 0);
	assert_int_equal(d.tz, -420);
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 01 Jul 2011 14:23:00 "
	    "+9999", &d), -1);
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 31 Feb 2011 14:23:00 "
	    "GMT", &d), -1);
	assert_int_equal(mdtl_date_parse_rfc822("yesterday", &d), -1);
	assert_int_equal(mdtl_date_parse_rfc822("Fri, 41 Jul 2011 10:00", &d),
	    -1);
	/*
	 * A colon with no seconds after it: nothing is read past the end
	 * (the string is exactly as long as it looks, for ASan to see).
	 */
	{
		char *s = strdup("5 Mar 2012 10:15:");

		assert_non_null(s);
		assert_int_equal(mdtl_date_parse_rfc822(s, &d), 0);
		assert_int_equal(d.min, 15);
		assert_int_equal(d.sec, 0);
		free(s);
	}
}

/* ISO 8601 times: the whole text, a real day, an offset or Z. */
static void
test_iso(void **state)
{
	struct mdtl_date d;

	(void)state;
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T14:23", &d), 0);
	assert_int_equal(d.gran, MDTL_GRAN_SECOND);
	assert_int_equal(d.has_tz, 0);
	assert_int_equal(mdtl_date_parse_iso("2012-02-29T00:00:59Z", &d), 0);
	assert_int_equal(d.sec, 59);
	assert_true(d.has_tz);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T14:23-03:30", &d), 0);
	assert_int_equal(d.tz, -210);
	/* a day, a month or a year alone is a value, not a time */
	assert_int_equal(mdtl_date_parse_iso("2011-07-01", &d), -1);
	assert_int_equal(d.gran, MDTL_GRAN_NONE);
	assert_int_equal(mdtl_date_parse_iso("2011-02-29T10:00", &d), -1);
	assert_int_equal(d.gran, MDTL_GRAN_NONE);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T24:00", &d), -1);
	assert_int_equal(mdtl_date_parse_iso("2011-07-01T10:00 ", &d), -1);
	assert_int_equal(mdtl_date_parse_iso("2011-07", &d), -1);
}

/* Days as reports and calendars write them. */
static void
test_format_day(void **state)
{
	char buf[16];

	(void)state;
	mdtl_date_format_day(mdtl_days_from_civil(2011, 7, 1), 0, buf,
	    sizeof buf);
	assert_string_equal(buf, "2011-07-01");
	mdtl_date_format_day(mdtl_days_from_civil(2011, 12, 31) + 1, 1, buf,
	    sizeof buf);
	assert_string_equal(buf, "20120101");
	mdtl_date_format_day(0, 0, buf, sizeof buf);
	assert_string_equal(buf, "1970-01-01");
}

/* No month outside 1-12 is read past the table of month lengths. */
static void
test_month_bounds(void **state)
{
	struct mdtl_date d;
	long first, last;

	(void)state;
	assert_int_equal(mdtl_days_in_month(2011, 2), 28);
	assert_int_equal(mdtl_days_in_month(2000, 2), 29);
	assert_int_equal(mdtl_days_in_month(1900, 2), 28);
	assert_int_equal(mdtl_days_in_month(2011, 12), 31);
	assert_int_equal(mdtl_days_in_month(2011, 0), 0);
	assert_int_equal(mdtl_days_in_month(2011, 13), 0);
	assert_int_equal(mdtl_days_in_month(2011, -144), 0);
	/* a quarter out of range gives a range all the same */
	memset(&d, 0, sizeof d);
	d.gran = MDTL_GRAN_QUARTER;
	d.part = -48;
	mdtl_date_range(&d, &first, &last);
	assert_true(first <= last + 31);
	assert_int_equal(mdtl_date_day(&d), first);
	memset(&d, 0, sizeof d);
	assert_int_equal(mdtl_date_day(&d), 0);
}

/* ISO weeks, at the turn of the year. */
/*
 * Feast days by rule: Easter Sunday of known years (the earliest and the
 * latest it can fall, 22 March 1818 and 25 April 1943), Thanksgiving (the
 * fourth Thursday of November) and the first Monday of a month.
 */
static void
test_feasts(void **state)
{
	static const struct {
		int	y, m, d;
	} easter[] = { { 2000, 4, 23 }, { 2011, 4, 24 }, { 2024, 3, 31 },
	    { 1818, 3, 22 }, { 1943, 4, 25 }, { 2012, 4, 8 } };
	size_t k;

	(void)state;
	for (k = 0; k < sizeof easter / sizeof easter[0]; k++)
		assert_int_equal(mdtl_easter(easter[k].y), mdtl_days_from_civil(
		    easter[k].y, easter[k].m, easter[k].d));
	assert_int_equal(mdtl_nth_weekday(2012, 11, 3, 4),
	    mdtl_days_from_civil(2012, 11, 22));
	assert_int_equal(mdtl_nth_weekday(2011, 11, 0, 1),
	    mdtl_days_from_civil(2011, 11, 7));
	assert_int_equal(mdtl_nth_weekday(2024, 7, 0, 1),
	    mdtl_days_from_civil(2024, 7, 1));
}

static void
test_iso_week(void **state)
{
	int y, w;

	(void)state;
	mdtl_iso_week(mdtl_days_from_civil(2011, 7, 1), &y, &w);
	assert_int_equal(y, 2011);
	assert_int_equal(w, 26);
	mdtl_iso_week(mdtl_days_from_civil(2011, 1, 1), &y, &w);
	assert_int_equal(y, 2010);
	assert_int_equal(w, 52);
	mdtl_iso_week(mdtl_days_from_civil(2008, 12, 29), &y, &w);
	assert_int_equal(y, 2009);
	assert_int_equal(w, 1);
	assert_string_equal(mdtl_season_code(1), "SP");
	assert_string_equal(mdtl_season_code(4), "WI");
}

/* The unit of each granularity that holds a day, as TIMEX3 values. */
static void
test_unit(void **state)
{
	static const struct {
		const char	*day;
		enum mdtl_gran	 g;
		const char	*want;
	} cases[] = {
		{ "2011-07-14", MDTL_GRAN_DECADE, "201" },
		{ "2011-07-14", MDTL_GRAN_YEAR, "2011" },
		{ "2011-07-14", MDTL_GRAN_HALF, "2011-H2" },
		{ "2011-07-14", MDTL_GRAN_QUARTER, "2011-Q3" },
		{ "2011-07-14", MDTL_GRAN_SEASON, "2011-SU" },
		{ "2011-07-14", MDTL_GRAN_MONTH, "2011-07" },
		{ "2011-07-14", MDTL_GRAN_WEEK, "2011-W28" },
		{ "2011-07-14", MDTL_GRAN_DAY, "2011-07-14" },
		/* a winter starts in the December before */
		{ "2011-02-10", MDTL_GRAN_SEASON, "2010-WI" },
		{ "2010-12-10", MDTL_GRAN_SEASON, "2010-WI" },
		/* the ISO week of 1 January may be the year before's */
		{ "2011-01-01", MDTL_GRAN_WEEK, "2010-W52" },
	};
	struct mdtl_date d, u;
	char buf[32];
	long first, last, day;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mdtl_date_parse_value(cases[i].day, &d), 0);
		day = mdtl_date_day(&d);
		mdtl_date_unit(day, cases[i].g, &u);
		mdtl_date_format(&u, buf, sizeof buf);
		assert_string_equal(buf, cases[i].want);
		/* and it holds the day */
		mdtl_date_range(&u, &first, &last);
		assert_true(first <= day && day <= last);
	}
}

/* The value of the date n units after y-m-d, or "-" for no date. */
static const char *
after(int y, int m, int d, long n, char unit)
{
	static char v[24];
	struct mdtl_date out;

	if (mdtl_date_after(mdtl_days_from_civil(y, m, d), n, unit, &out) != 0)
		return "-";
	mdtl_date_format(&out, v, sizeof v);
	return v;
}

/* a lapse from a day: days, weeks, months (past a month's last day, its
 * last), a year on as that year */
static void
test_after(void **state)
{
	(void)state;
	assert_string_equal(after(2014, 1, 20, 6, 'M'), "2014-07-20");
	assert_string_equal(after(2011, 8, 31, 6, 'M'), "2012-02-29");
	assert_string_equal(after(2014, 11, 24, 2, 'W'), "2014-12-08");
	assert_string_equal(after(2014, 11, 24, 10, 'D'), "2014-12-04");
	assert_string_equal(after(2010, 4, 8, 7, 'Y'), "2017");
	assert_string_equal(after(2010, 4, 8, 1, 'Q'), "-");
}

int
main(void)
{
	RUN(cmocka_unit_test(test_format_time),
	    cmocka_unit_test(test_range),
	    cmocka_unit_test(test_feasts),
	    cmocka_unit_test(test_value_parse),
	    cmocka_unit_test(test_check),
	    cmocka_unit_test(test_rfc822),
	    cmocka_unit_test(test_iso),
	    cmocka_unit_test(test_format_day),
	    cmocka_unit_test(test_month_bounds),
	    cmocka_unit_test(test_iso_week), cmocka_unit_test(test_unit),
	    cmocka_unit_test(test_after));
}

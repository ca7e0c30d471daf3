/*
 * timex-read.c: the recognisers of the date tagger, and their table.
 * Each reads one kind of expression at a word it declares it may start
 * with: what the expression gives, and what it leaves for the reference
 * date to fill (timex.c scans for them, timex-resolve.c resolves them).
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex-int.h"

/* The word lists of timex-words.h, as tables: made by tools/mkwords.c. */
#include "timex-words.gen.h"
#include "timex-words.h"

/* TimeML's parts of a day, in the order of day_parts */
const char *const mdtl_timex_day_part_codes[] = { "MO", "AF", "EV", "NI" };

const char *const mdtl_timex_point_values[] = { "", "PRESENT_REF",
    "PAST_REF", "FUTURE_REF" };

/* ---- tokens ---- */

/* Digits only: the value, or -1. */
static long
num_val(const struct mdtl_token *t)
{
	const char *s = t->norm;
	long v = 0;

	if (t->kind != MDTL_TOK_NUM || !*s || strlen(s) > 9)
		return -1;
	for (; *s; s++) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/* "24", "4th", "1st", "22nd": a day of the month, or 0. */
static int
day_val(const struct mdtl_token *t)
{
	const char *s = t->norm;
	int v = 0, nd = 0;

	if (t->kind != MDTL_TOK_NUM)
		return 0;
	while (isdigit((unsigned char)*s) && nd < 3) {
		v = v * 10 + (*s++ - '0');
		nd++;
	}
	if (nd == 0 || nd > 2)
		return 0;
	if (*s && !WORD_IS(s, "st") && !WORD_IS(s, "nd") && !WORD_IS(s, "rd") &&
	    !WORD_IS(s, "th"))
		return 0;
	return v >= 1 && v <= 31 ? v : 0;
}

static int
year_val(const struct mdtl_token *t)
{
	long v = num_val(t);

	if (strlen(t->norm) != 4)
		return 0;
	return v >= 1000 && v <= 2999 ? (int)v : 0;
}

/*
 * The year after a day and a month: any four digits ("31 December 9999").
 * 0 none; -1 three digits, which may be a year or a count ("5 May 950",
 * "5 May 300 people"): no date can be read.
 */
static int
date_year_val(const struct mdtl_token *t)
{
	long v = num_val(t);
	size_t len = strlen(t->norm);

	if (v < 0)
		return 0;
	return len == 4 && v >= 1000 ? (int)v : len == 3 ? -1 : 0;
}

/* A month name at t[i]: 1-12 and its length in tokens, or 0. */
static int
month_at(const struct mdtl_token *t, size_t n, size_t i, size_t *len)
{
	int m;

	if (i >= n || t[i].kind != MDTL_TOK_WORD)
		return 0;
	if ((m = word_in(&t[i], &month_names)) >= 0) {
		/* "may" the verb and "march" the noun are lower case */
		if ((m == 4 || m == 2) && !(t[i].flags & MDTL_TOK_CAP))
			return 0;
		*len = 1;
		if (m != 4 && tok_is(t, n, i + 1, ".") &&
		    t[i + 1].span.start == t[i].span.end)
			*len = 1;
		return m + 1;
	}
	if ((m = word_in(&t[i], &month_abbrevs)) >= 0 ||
	    WORD_IS(t[i].norm, "sept")) {
		if (m < 0)
			m = 8;
		if (!(t[i].flags & MDTL_TOK_CAP))
			return 0;
		if (tok_is(t, n, i + 1, ".") &&
		    t[i + 1].span.start == t[i].span.end) {
			*len = 2;
			return m + 1;
		}
		/* "Nov 24", "Jan 2007" without the stop */
		if (i + 1 < n && (day_val(&t[i + 1]) ||
		    year_val(&t[i + 1]))) {
			*len = 1;
			return m + 1;
		}
	}
	return 0;
}

static int
weekday_at(const struct mdtl_token *t, size_t n, size_t i)
{
	int w;

	if (i >= n || !(t[i].flags & MDTL_TOK_CAP))
		return -1;
	w = word_in(&t[i], &weekday_names);
	return w;
}

static int
count_val(const struct mdtl_token *t)
{
	long v;
	int w;

	if ((v = num_val(t)) > 0 && v < 1000)
		return (int)v;
	if (WORD_IS(t->norm, "a") || WORD_IS(t->norm, "an"))
		return 1;
	if ((w = word_in(t, &number_words)) > 0)
		return w;
	return 0;
}


/* Units of time: 0 day, 1 week, 2 month, 3 year, 4 decade; -1 none. */
static int
unit_val(const struct mdtl_token *t)
{
	int k = word_in(t, &unit_words);

	return k >= 0 && k < 10 ? k / 2 : -1;
}

static int
prev_allows_year(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t i)
{
	return i > 0 && in_words(v->year_preps, &t[i - 1]);
}

/* "1300 journalists": a number before a plural noun counts things. */
static int
counts_things(const struct mdtl_token *t, size_t n, size_t i)
{
	const char *w;
	size_t len;

	if (i + 1 >= n || t[i + 1].kind != MDTL_TOK_WORD ||
	    (t[i + 1].flags & MDTL_TOK_CAP))
		return 0;
	w = t[i + 1].norm;
	len = strlen(w);
	return len > 3 && w[len - 1] == 's' && w[len - 2] != 's';
}

/* "ninety-six", "eighty": 96, 80 (and the tokens it took), or 0. */
static int
spoken_tens(const struct mdtl_token *t, size_t n, size_t i, size_t *len)
{
	int w = word_in(&t[i], &tens_words), u;

	if (w < 0)
		return 0;
	*len = 1;
	if (i + 2 < n && WORD_IS(t[i + 1].norm, "-") &&
	    (u = word_in(&t[i + 2], &number_words)) > 0 && u < 10) {
		*len = 3;
		return 20 + 10 * w + u;
	}
	return 20 + 10 * w;
}

/*
 * A year at t[i], in figures ("1997") or words ("nineteen ninety-seven",
 * "two thousand"); *len gets its tokens.  0 when there is none.
 */
static int
year_at(const struct mdtl_token *t, size_t n, size_t i, size_t *len)
{
	int y;

	if (i >= n)
		return 0;
	if ((y = year_val(&t[i])) != 0) {
		*len = 1;
		return y;
	}
	if (WORD_IS(t[i].norm, "nineteen") && i + 1 < n &&
	    (y = spoken_tens(t, n, i + 1, len)) != 0) {
		(*len)++;
		return 1900 + y;
	}
	if (WORD_IS(t[i].norm, "two") && i + 1 < n &&
	    WORD_IS(t[i + 1].norm, "thousand")) {
		*len = 2;
		if (i + 2 < n && (y = word_in(&t[i + 2], &number_words)) > 0 &&
		    y < 10) {
			*len = 3;
			return 2000 + y;
		}
		return 2000;
	}
	return 0;
}

/* Counts: a number, a number word, "a"; "several" is X. */
static int
amount(const struct mdtl_token *t, int *x)
{
	int w;

	*x = 0;
	if ((w = word_in(t, &teen_words)) >= 0)
		return 13 + w;
	if ((w = word_in(t, &tens_words)) >= 0)
		return 20 + 10 * w;
	if (WORD_IS(t->norm, "hundred"))
		return 100;
	if (WORD_IS(t->norm, "couple"))
		return 2;
	if (WORD_IS(t->norm, "several") || WORD_IS(t->norm, "few") ||
	    WORD_IS(t->norm, "many") || WORD_IS(t->norm, "some")) {
		*x = 1;
		return 1;
	}
	return count_val(t);
}


/* Units for durations: D W M Y, decades, quarters, hours, minutes. */
static int
duration_unit(const struct mdtl_token *t, char *code, int *mult, int *clock)
{
	static const struct {
		char	 code;
		int	 mult, clock;
	} units[] = {
		{ 'D', 1, 0 }, { 'W', 1, 0 }, { 'M', 1, 0 }, { 'Y', 1, 0 },
		{ 'Y', 10, 0 }, { 'Q', 1, 0 }, { 'H', 1, 1 }, { 'M', 1, 1 },
		{ 'Y', 100, 0 },
	};	/* in the order of unit_words, a unit and its plural each */
	int k;

	/* "in a fortnight": two weeks */
	if (word_in(t, &fortnight_words) >= 0) {
		*code = 'W';
		*mult = 2;
		*clock = 0;
		return 1;
	}
	if ((k = word_in(t, &unit_words)) < 0)
		return 0;
	*code = units[k / 2].code;
	*mult = units[k / 2].mult;
	*clock = units[k / 2].clock;
	return 1;
}

static int
quarter_of(int month)
{
	return (month - 1) / 3 + 1;
}

/* A holiday's day in year y, or 0 when unknown. */
static long
holiday_day(int which, int y)
{
	switch (which) {
	case 0:		/* Christmas */
		return mdtl_days_from_civil(y, 12, 25);
	case 1:		/* New Year's Day */
		return mdtl_days_from_civil(y, 1, 1);
	case 2:		/* Thanksgiving (US): fourth Thursday of November */
		return mdtl_nth_weekday(y, 11, 3, 4);
	case 3:		/* Election Day (US): the Tuesday after 1 November's
			 * first Monday */
		return mdtl_nth_weekday(y, 11, 0, 1) + 1;
	case 4:		/* Independence Day (US) */
		return mdtl_days_from_civil(y, 7, 4);
	case 5:		/* Easter Sunday */
		return mdtl_easter(y);
	}
	return 0;
}

/*
 * "Christmas", "last Thanksgiving", "Election Day": the one nearest the
 * reference, or the one before or after it with "last" and "next".
 */
static int
read_holiday(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	const struct mdtl_date *ref = s->ref;
	size_t n = s->n, j = i, len;
	int which, sign = 0, y, mo, d;
	long r, best = 0, c;

	if (ref->gran < MDTL_GRAN_DAY)
		return 0;
	if (WORD_IS(t[j].norm, "last") || WORD_IS(t[j].norm, "next")) {
		sign = t[j].norm[0] == 'l' ? -1 : 1;
		j++;
	}
	if (j >= n || !(t[j].flags & MDTL_TOK_CAP) ||
	    (which = word_in(&t[j], &holiday_names)) < 0)
		return 0;
	len = 1;
	if (which == 1) {
		/* New Year's Day */
		if (!(j + 3 < n && WORD_IS(t[j + 1].norm, "year") &&
		    WORD_IS(t[j + 2].norm, "'s") &&
		    WORD_IS(t[j + 3].norm, "day")))
			return 0;
		len = 4;
	} else if (which == 3 || which == 4) {
		if (!(j + 1 < n && WORD_IS(t[j + 1].norm, "day")))
			return 0;
		len = 2;
	} else if (which == 5 && j + 1 < n &&
	    (WORD_IS(t[j + 1].norm, "sunday") ||
	    WORD_IS(t[j + 1].norm, "monday")))
		len = 2;
	else if (j + 1 < n && (WORD_IS(t[j + 1].norm, "day") ||
	    WORD_IS(t[j + 1].norm, "eve")))
		len = 2;
	r = mdtl_date_day(ref);
	for (y = ref->year - 1; y <= ref->year + 1; y++) {
		c = holiday_day(which, y);
		if ((sign < 0 && c >= r) || (sign > 0 && c <= r))
			continue;
		if (best == 0 || labs(c - r) < labs(best - r))
			best = c;
	}
	if (j + len - 1 < n && WORD_IS(t[j + len - 1].norm, "eve"))
		best--;
	if (j + len - 1 < n && WORD_IS(t[j + len - 1].norm, "monday"))
		best++;
	/* "Easter week", "Christmas week": the week it falls in */
	if (j + len < n && WORD_IS(t[j + len].norm, "week")) {
		int wk;

		mdtl_iso_week(best, &y, &wk);
		snprintf(m->lit, sizeof m->lit, "%04d-W%02d", y, wk);
		m->len = j + len + 1 - i;
		m->rule = "holiday week";
		return 1;
	}
	mdtl_civil_from_days(best, &y, &mo, &d);
	snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02d", y, mo, d);
	m->len = j + len - i;
	m->rule = "holiday";
	return 1;
}

/* "(0735 GMT)": past a short aside in brackets, or i itself. */
static size_t
paren_end(const struct mdtl_token *t, size_t n, size_t i)
{
	size_t k;

	if (i >= n || !WORD_IS(t[i].norm, "("))
		return i;
	for (k = i + 1; k < n && k <= i + 4; k++)
		if (WORD_IS(t[k].norm, ")"))
			return k + 1;
	return i;
}

/*
 * A count and a half of a unit, in the next smaller unit where it is whole:
 * 5 1/2 hours PT5H30M, a year and a half P18M, 2 1/2 days P2DT12H.
 * mult is the unit's multiple (10 for decades).
 */
static void
half_duration(char *buf, size_t size, int c, char code, int clock, int mult)
{
	if (clock && code == 'H')
		snprintf(buf, size, "PT%dH30M", c);
	else if (clock)
		snprintf(buf, size, "PT%dM30S", c);
	else if (code == 'Y' && mult > 1)
		snprintf(buf, size, "P%dY", c + mult / 2);
	else if (code == 'Y')
		snprintf(buf, size, c ? "P%dY6M" : "P6M", c);
	else if (code == 'D')
		snprintf(buf, size, "P%dDT12H", c);
	else if (code == 'W')
		snprintf(buf, size, "P%dDT12H", c * 7 + 3);
	else
		snprintf(buf, size, "P%d.5%c", c, code);
}

int
mdtl_timex_year_val(const struct mdtl_token *t)
{
	return year_val(t);
}

/* ---- a date of the calendar ---- */

/* Do tokens i .. i + k - 1 touch, with no space between them? */
static int
touching(const struct mdtl_token *t, size_t n, size_t i, size_t k)
{
	size_t j;

	if (i + k > n)
		return 0;
	for (j = i + 1; j < i + k; j++)
		if (t[j].span.start != t[j - 1].span.end)
			return 0;
	return 1;
}

/* ISO 8601: 2011-07-01, 2011-07 */
static int
read_iso(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n;
	int y, d;

	if (!(y = year_val(&t[i])) || !tok_is(t, n, i + 1, "-") ||
	    !touching(t, n, i, 3) || strlen(t[i + 2].norm) != 2 ||
	    num_val(&t[i + 2]) < 1 || num_val(&t[i + 2]) > 12)
		return 0;
	m->date.year = y;
	m->date.month = (int)num_val(&t[i + 2]);
	m->date.gran = MDTL_GRAN_MONTH;
	m->len = 3;
	m->rule = "ISO 8601 date";
	if (tok_is(t, n, i + 3, "-") && i + 4 < n &&
	    strlen(t[i + 4].norm) == 2 && (d = day_val(&t[i + 4])) &&
	    d <= mdtl_days_in_month(y, m->date.month)) {
		m->date.day = d;
		m->date.gran = MDTL_GRAN_DAY;
		m->len = 5;
	}
	m->flags |= MDTL_TIMEX_EXPLICIT;
	return 1;
}

/* 20.11.2010: day, month and year with dots, as Europe writes them */
static int
read_dotted(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n;
	int d, mo, y;

	if (!touching(t, n, i, 5) || !tok_is(t, n, i + 1, ".") ||
	    !tok_is(t, n, i + 3, ".") || (d = day_val(&t[i])) == 0 ||
	    strlen(t[i + 2].norm) > 2 || (mo = (int)num_val(&t[i + 2])) < 1 ||
	    mo > 12 || strlen(t[i + 4].norm) != 4 ||
	    (y = year_val(&t[i + 4])) == 0 || d > mdtl_days_in_month(y, mo) ||
	    (i + 5 < n && t[i + 5].span.start == t[i + 4].span.end &&
	    t[i + 5].kind != MDTL_TOK_PUNCT))
		return 0;
	m->date.year = y;
	m->date.month = mo;
	m->date.day = d;
	m->date.gran = MDTL_GRAN_DAY;
	m->flags |= MDTL_TIMEX_EXPLICIT;
	m->len = 5;
	m->rule = "day.month.year";
	return 1;
}

/* "last", "this" or "next" at t[k]: 1, its shift (-1, 0, 1) in *shift. */
static int
shift_word(const struct mdtl_token *t, size_t n, size_t k, int *shift)
{
	if (tok_is(t, n, k, "last"))
		*shift = -1;
	else if (tok_is(t, n, k, "this"))
		*shift = 0;
	else if (tok_is(t, n, k, "next"))
		*shift = 1;
	else
		return 0;
	return 1;
}

/*
 * "In June of that year", "in March of the following year", "in June that
 * year": the year an anaphor after an open month (m, ending at token j)
 * names, moved from the date last named (the month kept, timex.month); the
 * tokens it adds, or 0.
 */
static size_t
year_told_after(const struct scan *s, size_t j, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t a = tok_is(t, s->n, j, "of") ? j + 1 : j, e;
	int shift;

	if (tok_is(t, s->n, a, "that")) {
		e = a + 1;
		shift = 0;
	} else if (tok_is(t, s->n, a, "the") && a + 1 < s->n) {
		e = a + 2;
		if (WORD_IS(t[a + 1].norm, "same"))
			shift = 0;
		else if (word_in(&t[a + 1], &future_cues) >= 0)
			shift = 1;
		else if (word_in(&t[a + 1], &past_cues) >= 0)
			shift = -1;
		else
			return 0;
	} else
		return 0;
	if (!tok_is(t, s->n, e, "year"))
		return 0;
	m->offset_unit = 3;
	m->offset = shift;
	m->open = OPEN_NONE;
	m->flags |= MDTL_TIMEX_ANAPHOR;
	return e + 1 - j;
}

/*
 * "in May last year", "on 3 March next year", "March 3 this year", "in
 * March of last year": the year the words after an open month (m, ending
 * at token j) give, as a date of the calendar; the tokens they add, or 0.
 */
static size_t
year_said_after(const struct scan *s, size_t j, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t of = tok_is(t, s->n, j, "of") ? 1 : 0, told;
	int shift;

	if (m->open == OPEN_MONTH && (told = year_told_after(s, j, m)) > 0)
		return told;
	if (m->open == OPEN_NONE || s->ref->gran == MDTL_GRAN_NONE ||
	    !tok_is(t, s->n, j + of + 1, "year") ||
	    !shift_word(t, s->n, j + of, &shift))
		return 0;
	m->date.year = s->ref->year + shift;
	m->open = OPEN_NONE;
	m->flags |= MDTL_TIMEX_RELATIVE;
	return 2 + of;
}

/* 1 July 2011, 4th July, 18 April, 1st of May; 20-21 November, "5 and
 * 6 April" and "from 15 to 17 December", its first day */
static int
read_day_month(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml, j = i + 1;
	int d, mo, y;

	if ((d = day_val(&t[i])) == 0)
		return 0;
	if (((touching(t, n, i, 3) && tok_is(t, n, j, "-")) ||
	    tok_is(t, n, j, "and") || (tok_is(t, n, j, "to") && i > 0 &&
	    WORD_IS(t[i - 1].norm, "from"))) && j + 1 < n &&
	    day_val(&t[j + 1]) > d)
		j += 2;
	if (tok_is(t, n, j, "of"))
		j++;
	if ((mo = month_at(t, n, j, &ml)) == 0)
		return 0;
	j += ml;
	m->date.month = mo;
	m->date.day = d;
	m->date.gran = MDTL_GRAN_DAY;
	m->rule = "day month";
	y = j < n ? date_year_val(&t[j]) : 0;
	if (y < 0)
		m->unknown_year = 1;
	if (y > 0) {
		m->date.year = y;
		m->flags |= MDTL_TIMEX_EXPLICIT;
		j++;
	} else
		m->open = OPEN_MONTHDAY;
	j += year_said_after(s, j, m);
	if (d > mdtl_days_in_month(m->date.year ? m->date.year : 2000, mo))
		return 0;
	m->len = j - i;
	return 1;
}

/*
 * "on the 20th": a day of the month alone, written with its ordinal's
 * ending, after "on the" and before no word; its month and year the
 * reference date's nearest in the direction of the tense.
 */
static int
read_nth_day(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n;
	int d;

	if (i == 0 || !WORD_IS(t[i - 1].norm, "on") ||
	    !WORD_IS(t[i].norm, "the") || i + 1 >= n ||
	    (d = day_val(&t[i + 1])) == 0 ||
	    isdigit((unsigned char)t[i + 1].norm[strlen(t[i + 1].norm) - 1]) ||
	    (i + 2 < n && t[i + 2].kind != MDTL_TOK_PUNCT))
		return 0;
	m->date.day = d;
	m->date.gran = MDTL_GRAN_DAY;
	m->open = OPEN_DAY;
	m->rule = "day of the month";
	m->len = 2;
	return 1;
}

/* July 1, 2011; Nov. 24; Nov.24 */
static int
read_month_day(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml, j;
	int mo, d, y = 0;

	if ((mo = month_at(t, n, i, &ml)) == 0)
		return 0;
	j = i + ml;
	if (j >= n || (d = day_val(&t[j])) == 0 ||
	    (j + 1 < n && month_at(t, n, j + 1, &ml)))
		return 0;
	j++;
	/* "October 22-23 next year": its first day */
	if (touching(t, n, j - 1, 3) && tok_is(t, n, j, "-") && j + 1 < n &&
	    day_val(&t[j + 1]) > d)
		j += 2;
	m->date.month = mo;
	m->date.day = d;
	m->date.gran = MDTL_GRAN_DAY;
	m->rule = "month day";
	if (tok_is(t, n, j, ",") && j + 1 < n &&
	    (y = date_year_val(&t[j + 1])) > 0) {
		m->date.year = y;
		j += 2;
	} else if (j < n && (y = date_year_val(&t[j])) > 0) {
		m->date.year = y;
		j++;
	} else if (y < 0)
		m->unknown_year = 1;
	if (m->date.year)
		m->flags |= MDTL_TIMEX_EXPLICIT;
	else
		m->open = OPEN_MONTHDAY;
	j += year_said_after(s, j, m);
	/* "Feb. 30" is no date, nor is "Feb." alone then */
	if (d > mdtl_days_in_month(m->date.year ? m->date.year : 2000, mo))
		return -1;
	m->len = j - i;
	return 1;
}

/* May 2012, May of 1999, May */
static int
read_month(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml, yl, j;
	int mo, y;

	if ((mo = month_at(t, n, i, &ml)) == 0)
		return 0;
	j = i + ml;
	m->date.month = mo;
	m->date.gran = MDTL_GRAN_MONTH;
	m->rule = "month";
	if ((tok_is(t, n, j, "of") || tok_is(t, n, j, ",")) && j + 1 < n &&
	    year_val(&t[j + 1]))
		j++;
	if (j < n && (y = year_at(t, n, j, &yl)) != 0) {
		m->date.year = y;
		m->flags |= MDTL_TIMEX_EXPLICIT;
		m->rule = "month year";
		j += yl;
	} else {
		j = i + ml;
		m->open = OPEN_MONTH;
		j += year_said_after(s, j, m);
	}
	m->len = j - i;
	return 1;
}

/* Is the year at i one end of a span of years after "for", "for
 * 2014-2015"? */
static int
year_span_for(const struct mdtl_token *t, size_t n, size_t i)
{
	size_t a = i;

	if (i >= 2 && WORD_IS(t[i - 1].norm, "-") && touching(t, n, i - 2, 3) &&
	    year_val(&t[i - 2]) != 0)
		a = i - 2;
	else if (!(i + 2 < n && WORD_IS(t[i + 1].norm, "-") &&
	    touching(t, n, i, 3) && year_val(&t[i + 2]) != 0))
		return 0;
	return a > 0 && WORD_IS(t[a - 1].norm, "for");
}

/* 2011 after "in", "by", "since" ...; or a year of this century alone */
static int
read_year(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	int y;

	if ((y = year_val(&t[i])) == 0)
		return 0;
	/* "the Army-2015 forum", "the Zapad-2013 exercises": a name; not
	 * "Mid-2012" */
	if (i >= 2 && WORD_IS(t[i - 1].norm, "-") && touching(t, s->n, i - 2,
	    3) && t[i - 2].kind == MDTL_TOK_WORD &&
	    (t[i - 2].flags & MDTL_TOK_CAP) && !WORD_IS(t[i - 2].norm, "mid"))
		return 0;
	if (!(s->prefixed || (i > 0 && (WORD_IS(t[i - 1].norm, "fiscal") ||
	    WORD_IS(t[i - 1].norm, "calendar"))) ||
	    ((prev_allows_year(s->words, t, i) || (y >= 1900 && y <= 2099 &&
	    !(i > 0 && WORD_IS(t[i - 1].norm, "$")))) &&
	    !counts_things(t, s->n, i))))
		return 0;
	m->date.year = y;
	m->date.gran = MDTL_GRAN_YEAR;
	m->flags |= MDTL_TIMEX_EXPLICIT;
	/* "withdraw from the 1972 Anti-Ballistic Missile Treaty. Six years
	 * later, ...": between a determiner and a name, a name's */
	if (i > 0 && word_in(&t[i - 1], &determiners) >= 0 && i + 1 < s->n &&
	    t[i + 1].kind == MDTL_TOK_WORD && (t[i + 1].flags & MDTL_TOK_CAP))
		m->flags |= MDTL_TIMEX_NAMING;
	/* "signed a plan of consultations for 2014-2015. Later on the same
	 * day, ...": the years a thing covers, no time the story is at */
	if (year_span_for(t, s->n, i))
		m->flags |= MDTL_TIMEX_NAMING;
	m->rule = "year";
	m->len = 1;
	return 1;
}

/* spoken years: nineteen ninety-six; "the year two thousand" */
static int
read_spoken_year(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t ml;
	int y;

	if (!(WORD_IS(t[i].norm, "nineteen") || (i > 0 &&
	    WORD_IS(t[i - 1].norm, "year"))) ||
	    (y = year_at(t, s->n, i, &ml)) == 0)
		return 0;
	m->date.year = y;
	m->date.gran = MDTL_GRAN_YEAR;
	m->flags |= MDTL_TIMEX_EXPLICIT;
	m->rule = "spoken year";
	m->len = ml;
	return 1;
}

/* the 1990s */
static int
read_decade_figures(const struct scan *s, size_t i, struct match *m)
{
	const char *w = s->t[i].norm;

	if (s->t[i].kind != MDTL_TOK_NUM || strlen(w) != 5 || w[4] != 's' ||
	    w[3] != '0' || !isdigit((unsigned char)w[2]))
		return 0;
	m->date.year = atoi(w);
	m->date.gran = MDTL_GRAN_DECADE;
	m->flags |= MDTL_TIMEX_EXPLICIT;
	m->rule = "decade";
	m->len = 1;
	return 1;
}

/*
 * The ordinal of a century at t[i]: "20th", "twentieth", "twenty-first";
 * its number, and its words in *len; 0 when there is none.
 */
static int
century_at(const struct mdtl_token *t, size_t n, size_t i, size_t *len)
{
	const char *w = t[i].norm;
	char *end;
	long v;
	int k;

	*len = 1;
	if (isdigit((unsigned char)w[0])) {
		v = strtol(w, &end, 10);
		return v >= 1 && v <= 30 && (strcmp(end, "st") == 0 ||
		    strcmp(end, "nd") == 0 || strcmp(end, "rd") == 0 ||
		    strcmp(end, "th") == 0) ? (int)v : 0;
	}
	if ((k = word_in(&t[i], &century_ordinals)) >= 0)
		return k + 1;
	/* "twenty-first" */
	if (WORD_IS(w, "twenty") && tok_is(t, n, i + 1, "-") && i + 2 < n &&
	    (k = word_in(&t[i + 2], &ordinal_words)) >= 0) {
		*len = 3;
		return 21 + k;
	}
	return 0;
}

/* "the 20th century", "the eleventh century": TimeML's "19", "10" */
static int
read_century(const struct scan *s, size_t i, struct match *m)
{
	size_t len;
	int c;

	if ((c = century_at(s->t, s->n, i, &len)) == 0 ||
	    !tok_is(s->t, s->n, i + len, "century"))
		return 0;
	snprintf(m->lit, sizeof m->lit, "%02d", c - 1);
	m->type = MDTL_TIMEX_DATE;
	m->len = len + 1;
	m->rule = "century";
	return 1;
}

/* ---- a unit of the reference ---- */

/* "the year ended March 31", "the fiscal year ending June 30": a stretch
 * of time told by its end; "for the year" alone is the reference's year */
static int
read_year_ended(const struct scan *s, size_t i, struct match *m)
{
	size_t y = i + WORD_IS(s->t[i].norm, "fiscal");

	if (s->prefixed || !tok_is(s->t, s->n, y, "year") ||
	    !(tok_is(s->t, s->n, y + 1, "ended") ||
	    tok_is(s->t, s->n, y + 1, "ending")))
		return 0;
	snprintf(m->lit, sizeof m->lit, "P1Y");
	m->type = MDTL_TIMEX_DURATION;
	m->len = y + 1 - i;
	m->rule = "the year";
	return 1;
}

/* "the year", "the fiscal year", "the end of the month", "the end of the
 * decade": the reference's */
static int
read_the_unit(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, u = i + WORD_IS(t[i].norm, "fiscal"), ml;

	if (WORD_IS(t[i].norm, "decade") && !tok_is(t, n, i + 1, "-") &&
	    s->ref->gran != MDTL_GRAN_NONE) {
		m->date.year = s->ref->year - s->ref->year % 10;
		m->date.gran = MDTL_GRAN_DECADE;
		m->flags |= MDTL_TIMEX_RELATIVE;
		m->len = 1;
		m->rule = "the unit";
		return 1;
	}
	if (!(tok_is(t, n, u, "year") || (u == i &&
	    (WORD_IS(t[u].norm, "month") || WORD_IS(t[u].norm, "week")))) ||
	    tok_is(t, n, u + 1, "-") || year_at(t, n, u + 1, &ml) != 0)
		return 0;
	m->offset_unit = unit_val(&t[u]);
	m->offset = 0;
	m->len = u + 1 - i;
	m->rule = "the unit";
	/* "the week before last", "the year after next" */
	if ((tok_is(t, n, u + 1, "before") && tok_is(t, n, u + 2, "last")) ||
	    (tok_is(t, n, u + 1, "after") && tok_is(t, n, u + 2, "next"))) {
		m->offset = WORD_IS(t[u + 1].norm, "before") ? -2 : 2;
		m->len += 2;
		m->rule = "the unit before last or after next";
	}
	return 1;
}

/* "the current year", "current fiscal year" */
static int
read_current_unit(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, u = i + 1;
	int q;

	if (!WORD_IS(t[i].norm, "current"))
		return 0;
	if (tok_is(t, n, u, "fiscal"))
		u++;
	if (u >= n || (q = unit_val(&t[u])) < 0 || q >= 4)
		return 0;
	m->offset_unit = q;
	m->offset = 0;
	m->len = u + 1 - i;
	m->rule = "the current unit";
	return 1;
}

/* "summer 1995", "the winter of nineteen ninety-four" */
static int
read_season_year(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml;
	int k;

	if ((k = word_in(&t[i], &season_names)) < 0 ||
	    (t[i].flags & MDTL_TOK_CAP) || i + 1 >= n)
		return 0;
	if (tok_is(t, n, i + 1, "of") && year_at(t, n, i + 2, &ml) != 0) {
		m->date.year = year_at(t, n, i + 2, &ml);
		m->len = 2 + ml;
	} else if (year_val(&t[i + 1])) {
		m->date.year = year_val(&t[i + 1]);
		m->len = 2;
	} else
		return 0;
	m->date.part = k + 1;
	m->date.gran = MDTL_GRAN_SEASON;
	m->flags |= MDTL_TIMEX_EXPLICIT;
	m->rule = "season year";
	return 1;
}

/* ---- relative to the reference, or to the date last named ---- */

/* yesterday, today, tomorrow */
static int
read_day_word(const struct scan *s, size_t i, struct match *m)
{
	static const int day_offsets[] = { -1, 0, 1 };
	int k;

	if ((k = word_in(&s->t[i], &day_words)) < 0)
		return 0;
	m->offset_unit = 0;
	m->offset = day_offsets[k];
	m->len = 1;
	m->rule = "day word";
	return 1;
}

/* now, currently, nowadays: PRESENT_REF; recently, lately: PAST_REF */
static int
read_now(const struct scan *s, size_t i, struct match *m)
{
	const char *w = s->t[i].norm;

	if (WORD_IS(w, "now") || WORD_IS(w, "currently") ||
	    WORD_IS(w, "nowadays")) {
		m->point = 1;
		m->rule = "present";
	} else if (WORD_IS(w, "recently") || WORD_IS(w, "lately")) {
		m->point = 2;
		m->rule = "past";
	} else
		return 0;
	m->len = 1;
	return 1;
}

/*
 * Where an anaphor's unit stands: after "that", "earlier that", "that
 * same", "the same", "the following", "the previous", the "the" of
 * "later in the day"; *shift gets its move and *next is set for "the
 * next".  0 when t[i] starts none.
 */
static size_t
anaphor_unit_at(const struct mdtl_token *t, size_t n, size_t i, int *shift,
    int *next)
{
	const char *w = t[i].norm;
	size_t e = i;

	*shift = *next = 0;
	if ((WORD_IS(w, "earlier") || WORD_IS(w, "later")) && e + 1 < n &&
	    WORD_IS(t[e + 1].norm, "that"))
		e++;
	/* "later in the day": the day told (TimeML tags "the day"; "the
	 * year" alone says the year's) */
	else if (WORD_IS(w, "the") && i >= 2 && e + 1 < n &&
	    WORD_IS(t[e + 1].norm, "day") && WORD_IS(t[i - 1].norm, "in") &&
	    (WORD_IS(t[i - 2].norm, "earlier") ||
	    WORD_IS(t[i - 2].norm, "later")))
		return e + 1;
	if (WORD_IS(t[e].norm, "that")) {
		e++;
		if (e < n && WORD_IS(t[e].norm, "same"))
			e++;
		return e;
	}
	if (WORD_IS(w, "same") && i > 0 && WORD_IS(t[i - 1].norm, "the"))
		return e + 1;
	if (!WORD_IS(w, "the") || e + 1 >= n ||
	    (i > 0 && word_in(&t[i - 1], &stretch_preps) >= 0))
		return 0;
	if (WORD_IS(t[e + 1].norm, "following"))
		*shift = 1;
	else if (WORD_IS(t[e + 1].norm, "previous") ||
	    WORD_IS(t[e + 1].norm, "preceding"))
		*shift = -1;
	else if (WORD_IS(t[e + 1].norm, "next"))
		*shift = *next = 1;
	return *shift != 0 ? e + 2 : 0;
}

/*
 * Anaphors: that day, later that year, later in the day, that same week,
 * the same day, the following month, the previous year, the next morning,
 * "the day before" ending its clause; and "the previous Friday", the one
 * before the day last named
 */
static int
read_anaphor(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, e;
	int shift, next, u, wd;

	/* "met Juppe in Geneva the day before.": the day told, moved; and
	 * before the "that" of the words told ("told journalists the day
	 * before that Kyiv's status ruled out ...", a name or "the" after
	 * it; not "the day before that meeting") */
	if (WORD_IS(t[i].norm, "the") && i + 2 < n &&
	    WORD_IS(t[i + 1].norm, "day") && (WORD_IS(t[i + 2].norm,
	    "before") || WORD_IS(t[i + 2].norm, "after")) &&
	    (i + 3 == n || t[i + 3].kind == MDTL_TOK_PUNCT ||
	    (WORD_IS(t[i + 3].norm, "that") && i + 4 < n &&
	    t[i + 4].kind == MDTL_TOK_WORD && ((t[i + 4].flags &
	    MDTL_TOK_CAP) || WORD_IS(t[i + 4].norm, "the"))))) {
		m->offset_unit = word_in(&t[i + 1], &anaphor_units);
		m->offset = WORD_IS(t[i + 2].norm, "before") ? -1 : 1;
		m->len = 3;
		m->flags |= MDTL_TIMEX_ANAPHOR;
		m->rule = "the day before or after the day told";
		return 1;
	}
	/* "In the spring of 2007, ... That June, at the G8 summit": the
	 * month of the year last named, as "in June of that year" */
	if (WORD_IS(t[i].norm, "that") && i + 1 < n &&
	    (t[i + 1].flags & MDTL_TOK_CAP) &&
	    (u = word_in(&t[i + 1], &month_names)) >= 0 &&
	    !(i + 2 < n && t[i + 2].kind == MDTL_TOK_NUM)) {
		m->date.month = u % 12 + 1;
		m->date.gran = MDTL_GRAN_MONTH;
		m->offset_unit = 3;
		m->offset = 0;
		m->len = 2;
		m->flags |= MDTL_TIMEX_ANAPHOR;
		m->rule = "that month, of the year last named";
		return 1;
	}
	if ((e = anaphor_unit_at(t, n, i, &shift, &next)) == 0 || e >= n)
		return 0;
	if (!next && (t[e].flags & MDTL_TOK_CAP) &&
	    (wd = word_in(&t[e], &weekday_names)) >= 0) {
		m->open = OPEN_WEEKDAY;
		m->weekday = wd;
		m->dir = shift > 0 ? MDTL_TIMEX_FUTURE : MDTL_TIMEX_PAST;
		m->strict = 1;
		m->date.gran = MDTL_GRAN_DAY;
		m->offset = shift;
		m->len = e + 1 - i;
		m->flags |= MDTL_TIMEX_ANAPHOR;
		m->rule = "weekday before or after the day named";
		return 1;
	}
	if (e + 1 < n && WORD_IS(t[e + 1].norm, "-"))
		return 0;
	u = word_in(&t[e], &day_parts) >= 0 ? 0 : word_in(&t[e], &anaphor_units);
	/* "the next year" is mostly the reference's next */
	if (u < 0 || (next && u != 0))
		return 0;
	m->offset_unit = u;
	m->offset = shift;
	m->len = e + 1 - i;
	m->flags |= MDTL_TIMEX_ANAPHOR;
	/* "later in the day": the day told, not one of a month named */
	if (WORD_IS(t[i].norm, "the") && i >= 2 &&
	    WORD_IS(t[i - 1].norm, "in"))
		m->flags |= MDTL_TIMEX_WITHIN;
	m->rule = "anaphor";
	return 1;
}

/* two years ago, a week ago, a year earlier, two days later, a week or so
 * ago, a fortnight ago (two weeks) */
static int
read_ago(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, e = i + 2;
	int c, u;

	if ((c = count_val(&t[i])) <= 0 || i + 2 >= n)
		return 0;
	if ((u = unit_val(&t[i + 1])) < 0) {
		if (word_in(&t[i + 1], &fortnight_words) < 0)
			return 0;
		u = 1;
		c *= 2;
	}
	if (e + 2 < n && WORD_IS(t[e].norm, "or") && WORD_IS(t[e + 1].norm, "so"))
		e += 2;
	if (!(WORD_IS(t[e].norm, "ago") || WORD_IS(t[e].norm, "earlier") ||
	    WORD_IS(t[e].norm, "later")))
		return 0;
	/* "a decade ago": ten years */
	if (u == 4) {
		u = 3;
		c *= 10;
	}
	m->offset_unit = u;
	m->offset = t[e].norm[0] == 'l' ? c : -c;
	m->len = e + 1 - i;
	m->rule = "N units ago";
	m->flags |= MDTL_TIMEX_LAPSE;
	if (u == 3 && c == 1 && t[e].norm[0] != 'l')
		m->flags |= MDTL_TIMEX_YEAR_AGO;
	/* "three days later": a lapse of days, weeks or months from a
	 * time told, where "later" is the signal; "a year earlier" (in
	 * results, mostly) names the year */
	if (u < 3 && !WORD_IS(t[e].norm, "ago")) {
		/* from the day last named, as the narrative moves: "...
		 * on Sunday.  Biden told the conference a day earlier" */
		m->lapse = 1;
		m->flags |= MDTL_TIMEX_ANAPHOR;
		m->len--;
		m->rule = "N units later";
	} else if (u == 3 && WORD_IS(t[e].norm, "later")) {
		/* "In 2002 ... Five years later, ...": from the year told,
		 * as the narrative moves on */
		m->flags |= MDTL_TIMEX_ANAPHOR;
		m->rule = "N years later";
	}
	return 1;
}

/* year-earlier, year-ago (results) */
static int
read_year_earlier(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;

	if (!WORD_IS(t[i].norm, "year") || !tok_is(t, s->n, i + 1, "-") ||
	    !(tok_is(t, s->n, i + 2, "earlier") || tok_is(t, s->n, i + 2,
	    "ago")))
		return 0;
	m->offset_unit = 3;
	m->offset = -1;
	m->len = 3;
	m->rule = "year-earlier";
	m->flags |= MDTL_TIMEX_YEAR_AGO;
	return 1;
}

/* What "this", "next", "last" ... name at t[i + 1], told by *m's dir. */
static void
set_sign(struct match *m, int sign)
{
	m->dir = sign > 0 ? MDTL_TIMEX_FUTURE : sign < 0 ? MDTL_TIMEX_PAST :
	    MDTL_TIMEX_NEAREST;
	m->strict = sign != 0;
}

/* "next Oct. 23", "last May", "this September" */
static int
this_next_last_month(const struct scan *s, size_t i, struct match *m,
    int sign, int mo, size_t ml)
{
	struct match d;

	/* "last Oct. 23": that day, the one before */
	if (sign != 0 && mdtl_timex_read_calendar(s, i + 1, 0, &d) &&
	    d.open == OPEN_MONTHDAY) {
		*m = d;
		m->dir = sign > 0 ? MDTL_TIMEX_FUTURE : MDTL_TIMEX_PAST;
		m->strict = 1;
		m->len++;
		m->rule = "next/last month and day";
		return 1;
	}
	m->open = OPEN_MONTH;
	m->date.month = mo;
	m->date.gran = MDTL_GRAN_MONTH;
	m->len = 1 + ml;
	if (sign == 0 && WORD_IS(s->t[i].norm, "this")) {
		/* "this September": this year's */
		m->open = OPEN_NONE;
		m->flags |= MDTL_TIMEX_RELATIVE;
		m->this_year = 1;
		m->rule = "this month name";
		return 1;
	}
	set_sign(m, sign);
	m->rule = "this/next/last month name";
	return 1;
}

/* this / next / last / coming / past + unit, weekday, month, season */
static int
read_this_next_last(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml;
	const char *w = t[i].norm;
	int sign = WORD_IS(w, "next") || WORD_IS(w, "coming") ? 1 :
	    WORD_IS(w, "last") || WORD_IS(w, "previous") ? -1 : 0;
	int u, wd, mo, k, near = 0;

	if (i + 1 >= n || !(sign != 0 || WORD_IS(w, "this") ||
	    WORD_IS(w, "current")))
		return 0;
	/* "this past spring", "this coming Friday": the nearest that way */
	if (WORD_IS(w, "this") && i + 2 < n && (WORD_IS(t[i + 1].norm,
	    "past") || WORD_IS(t[i + 1].norm, "coming"))) {
		sign = t[i + 1].norm[0] == 'p' ? -1 : 1;
		near = 1;
		i++;
	}
	if ((u = unit_val(&t[i + 1])) >= 0 && u < 4 &&
	    strcmp(t[i + 1].norm + strlen(t[i + 1].norm) - 1, "s") &&
	    !(tok_is(t, n, i + 2, "'s") && (tok_is(t, n, i + 3, "quarter") ||
	    tok_is(t, n, i + 4, "quarter")))) {
		m->offset_unit = u;
		m->offset = sign;
		m->len = 2 + near;
		m->rule = "this/next/last unit";
		return 1;
	}
	if ((wd = word_in(&t[i + 1], &weekday_names)) >= 0) {
		m->open = OPEN_WEEKDAY;
		m->weekday = wd;
		set_sign(m, sign);
		m->strict = !near && m->strict;
		m->date.gran = MDTL_GRAN_DAY;
		m->len = 2 + near;
		m->rule = "this/next/last weekday";
		return 1;
	}
	if ((mo = month_at(t, n, i + 1, &ml)) != 0) {
		k = this_next_last_month(s, i, m, sign, mo, ml);
		m->strict = !near && m->strict;
		m->len += near;
		return k;
	}
	if ((k = word_in(&t[i + 1], &season_names)) >= 0 ||
	    WORD_IS(t[i + 1].norm, "fall")) {
		m->open = OPEN_SEASON;
		m->date.part = k >= 0 ? k + 1 : 3;
		m->date.gran = MDTL_GRAN_SEASON;
		set_sign(m, sign);
		m->strict = !near && m->strict;
		m->len = 2 + near;
		m->rule = "this/next/last season";
		return 1;
	}
	return 0;
}

/* earlier this month, later this year */
static int
read_earlier_this(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	int u;

	if (!(WORD_IS(t[i].norm, "earlier") || WORD_IS(t[i].norm, "later")) ||
	    !tok_is(t, s->n, i + 1, "this") || i + 2 >= s->n ||
	    (u = unit_val(&t[i + 2])) < 0 || u >= 4)
		return 0;
	m->offset_unit = u;
	m->offset = 0;
	m->len = 3;
	/* the part of the unit before or after the reference: its way */
	m->dir = t[i].norm[0] == 'e' ? MDTL_TIMEX_PAST : MDTL_TIMEX_FUTURE;
	m->rule = "earlier/later this unit";
	return 1;
}

/* ---- values made whole ---- */

/* Parts of a day: this morning, yesterday evening, tonight. */
static int
read_day_part(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	const char *w = t[i].norm;
	int y, mo, dd, off = 0, part;

	if (s->ref->gran < MDTL_GRAN_DAY)
		return 0;
	if (WORD_IS(w, "tonight")) {
		part = 3;
		m->len = 1;
	} else if (i + 1 < s->n &&
	    (part = word_in(&t[i + 1], &day_parts)) >= 0 &&
	    (WORD_IS(w, "this") || WORD_IS(w, "yesterday") ||
	    WORD_IS(w, "tomorrow") || (WORD_IS(w, "last") && part == 3))) {
		off = w[0] == 'y' || w[0] == 'l' ? -1 :
		    w[0] == 't' && w[1] == 'o' ? 1 : 0;
		m->len = 2;
	} else
		return 0;
	mdtl_civil_from_days(mdtl_date_day(s->ref) + off, &y, &mo, &dd);
	snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02dT%s", y, mo, dd,
	    mdtl_timex_day_part_codes[part]);
	m->type = MDTL_TIMEX_TIME;
	m->rule = "part of a day";
	return 1;
}

/* A set, "P1D", ... (m->lit), of len tokens. */
static int
set_of(struct match *m, size_t len)
{
	m->type = MDTL_TIMEX_SET;
	m->len = len;
	m->rule = "set";
	return 1;
}

/* sets: "daily", "weekly", ... */
static int
read_set_word(const struct scan *s, size_t i, struct match *m)
{
	static const char *const set_codes[] = { "P1D", "P1W", "P1M", "P1Y",
	    "PT1H" };
	int k;

	if ((k = word_in(&s->t[i], &set_words)) < 0)
		return 0;
	snprintf(m->lit, sizeof m->lit, "%s", set_codes[k]);
	return set_of(m, 1);
}

/* "Mondays", "Tuesday nights", "Saturday mornings": each */
static int
read_weekday_set(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	int k, part = i + 1 < s->n ? word_in(&t[i + 1], &day_part_plurals) :
	    -1;

	if (!(t[i].flags & MDTL_TOK_CAP) ||
	    ((k = word_in(&t[i], &weekday_plurals)) < 0 &&
	    ((k = word_in(&t[i], &weekday_names)) < 0 || part < 0)))
		return 0;
	if (part < 0)
		snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%d", k + 1);
	else
		snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%dT%s", k + 1,
		    mdtl_timex_day_part_codes[part]);
	set_of(m, part < 0 ? 1 : 2);
	m->rule = "set of weekdays";
	return 1;
}

/* "every Monday", "each March"; "every month", "per week" */
static int
read_every(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, ml;
	int wd, mo, mult, clock;
	char code;

	if (i + 1 >= n || !(WORD_IS(t[i].norm, "every") ||
	    WORD_IS(t[i].norm, "each") || WORD_IS(t[i].norm, "per")))
		return 0;
	if (!WORD_IS(t[i].norm, "per") && (t[i + 1].flags & MDTL_TOK_CAP)) {
		wd = word_in(&t[i + 1], &weekday_names);
		mo = wd < 0 ? month_at(t, n, i + 1, &ml) : 0;
		if (wd >= 0)
			snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%d", wd + 1);
		else if (mo > 0)
			snprintf(m->lit, sizeof m->lit, "XXXX-%02d", mo);
		if (wd >= 0 || mo > 0)
			return set_of(m, 2);
	}
	if (!duration_unit(&t[i + 1], &code, &mult, &clock))
		return 0;
	snprintf(m->lit, sizeof m->lit, "P%s1%c", clock ? "T" : "", code);
	return set_of(m, 2);
}

/* "the past", "the future" alone */
static int
read_past_future(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n;
	int x, mult, clock;
	char code;

	if (!WORD_IS(t[i].norm, "the") ||
	    !(tok_is(t, n, i + 1, "past") || tok_is(t, n, i + 1, "future")) ||
	    !(i + 2 >= n || t[i + 2].kind == MDTL_TOK_PUNCT ||
	    (!amount(&t[i + 2], &x) &&
	    !duration_unit(&t[i + 2], &code, &mult, &clock))))
		return 0;
	m->point = WORD_IS(t[i + 1].norm, "past") ? 2 : 3;
	m->len = 2;
	m->rule = "past or future";
	return 1;
}

/* the near future, the near term */
static int
read_near_future(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;

	if (!WORD_IS(t[i].norm, "the") || !tok_is(t, s->n, i + 1, "near") ||
	    !(tok_is(t, s->n, i + 2,
	    "future") || tok_is(t, s->n, i + 2, "term")))
		return 0;
	m->point = 3;
	m->len = 3;
	m->rule = "the near future";
	return 1;
}

/*
 * "the week of March 6": that week; "the day before last Tuesday", "two
 * days after Jan. 5": that day moved.  The day itself is an expression
 * found one level deeper.
 */
static int
read_shifted_day(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	struct mdtl_timex day;
	struct scan in = *s;
	size_t n = s->n, e = i, len;
	int by = 0, week = 0, y, mo, dd, wk;
	long d;

	if (s->ref->gran < MDTL_GRAN_DAY || s->depth >= MAX_NESTING)
		return 0;
	if (WORD_IS(t[e].norm, "the"))
		e++;
	if (e + 2 < n && WORD_IS(t[e].norm, "week") &&
	    WORD_IS(t[e + 1].norm, "of")) {
		week = 1;
		e += 2;
	} else {
		if (e + 2 < n && WORD_IS(t[e].norm, "day")) {
			by = 1;
			e++;
		} else if (e == i && e + 3 < n && (by = count_val(&t[e])) > 0 &&
		    WORD_IS(t[e + 1].norm, "days"))
			e += 2;
		else
			return 0;
		if (e + 1 >= n || !(WORD_IS(t[e].norm, "before") ||
		    WORD_IS(t[e].norm, "after")))
			return 0;
		if (t[e].norm[0] == 'b')
			by = -by;
		e++;
	}
	in.depth++;
	if ((len = in.match(&in, e, MDTL_TIMEX_AUTO, &day)) == 0 ||
	    day.type != MDTL_TIMEX_DATE || day.date.gran != MDTL_GRAN_DAY)
		return 0;
	d = mdtl_days_from_civil(day.date.year, day.date.month,
	    day.date.day) + by;
	if (week) {
		mdtl_iso_week(d, &y, &wk);
		snprintf(m->lit, sizeof m->lit, "%04d-W%02d", y, wk);
	} else {
		mdtl_civil_from_days(d, &y, &mo, &dd);
		snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02d", y, mo, dd);
	}
	m->len = e + len - i;
	m->rule = week ? "the week of a day" : "days before or after a day";
	return 1;
}


/* the week, the full year, the (early) summer, the nineties */
/*
 * "the spring", "the late autumn", "in spring": the reference year's,
 * unless the way is told ("agreed to meet again in the spring", said in
 * December); a season alone only after a preposition or a prefix ("by the
 * end of summer"), not as a noun ("a summer house")
 */
static int
read_the_season(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, e = i + 1;
	int k;

	if (s->ref->gran == MDTL_GRAN_NONE)
		return 0;
	if (!WORD_IS(t[i].norm, "the")) {
		if (!s->prefixed && (i == 0 ||
		    word_in(&t[i - 1], &season_preps) < 0 ||
		    (t[i].flags & MDTL_TOK_CAP)))
			return 0;
		e = i;
	}
	if (e < n && (WORD_IS(t[e].norm, "early") ||
	    WORD_IS(t[e].norm, "late")))
		e++;
	/* "in the fall": autumn after "the" (not "the fall of the Soviet
	 * Union", nor a verb) */
	if (e < n && e > i && WORD_IS(t[e].norm, "fall"))
		k = 2;		/* season_names' "autumn" */
	else if (e >= n || (k = word_in(&t[e], &season_names)) < 0)
		return 0;
	if (e + 1 < n && (WORD_IS(t[e + 1].norm, "of") ||
	    year_val(&t[e + 1])))
		return 0;
	m->open = OPEN_SEASON;
	m->date.year = s->ref->year;
	m->date.part = k + 1;
	m->date.gran = MDTL_GRAN_SEASON;
	m->len = e + 1 - i;
	m->rule = "the season";
	return 1;
}

static int
read_the_period(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, e = i + 1;
	int k, y = s->ref->year;

	if (s->ref->gran == MDTL_GRAN_NONE || e >= n ||
	    !WORD_IS(t[i].norm, "the"))
		return 0;
	/* "the week of March 6", "the week's", "the week before last"
	 * (read_the_unit()) are no week left open */
	if (WORD_IS(t[e].norm, "week") && !(tok_is(t, n, e + 1, "of") ||
	    tok_is(t, n, e + 1, "'s") || (tok_is(t, n, e + 1, "before") &&
	    tok_is(t, n, e + 2, "last")) || (tok_is(t, n, e + 1, "after") &&
	    tok_is(t, n, e + 2, "next")))) {
		/* "earlier in the week", "later in the week": the week of
		 * the reference day */
		if (i > 1 && s->ref->gran >= MDTL_GRAN_DAY &&
		    WORD_IS(t[i - 1].norm, "in") &&
		    (WORD_IS(t[i - 2].norm, "earlier") ||
		    WORD_IS(t[i - 2].norm, "later"))) {
			mdtl_iso_week(mdtl_days_from_civil(s->ref->year,
			    s->ref->month, s->ref->day), &y, &k);
			snprintf(m->lit, sizeof m->lit, "%04d-W%02d", y, k);
			m->len = 2;
			m->rule = "earlier or later in the week: the reference "
			    "day's";
			return 1;
		}
		snprintf(m->lit, sizeof m->lit, "%04d-WXX", y);
		m->len = 2;
		m->rule = "the week";
		return 1;
	}
	/* "later in the month": the reference's, as the week is; "the
	 * month" alone is left */
	if (WORD_IS(t[e].norm, "month") && i > 1 &&
	    s->ref->gran >= MDTL_GRAN_MONTH && WORD_IS(t[i - 1].norm, "in") &&
	    (WORD_IS(t[i - 2].norm, "earlier") ||
	    WORD_IS(t[i - 2].norm, "later"))) {
		snprintf(m->lit, sizeof m->lit, "%04d-%02d", y, s->ref->month);
		m->len = 2;
		m->rule = "earlier or later in the month: the reference's";
		return 1;
	}
	if (WORD_IS(t[e].norm, "full") && tok_is(t, n, e + 1, "year")) {
		snprintf(m->lit, sizeof m->lit, "%04d", y);
		m->len = 3;
		m->rule = "the full year";
		return 1;
	}
	if ((k = word_in(&t[i + 1], &decade_words)) >= 0) {
		snprintf(m->lit, sizeof m->lit, "19%d", k + 2);
		m->len = 2;
		m->rule = "the decade";
		return 1;
	}
	return 0;
}

/* year-end, year end, year's end: the end of the reference year, as "the
 * end of the year" is; "since year-end", the last */
static int
read_year_end(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	const struct mdtl_date *ref = s->ref;
	size_t e = i + 1;
	int y;

	if (tok_is(t, s->n, e, "-") || tok_is(t, s->n, e, "'s"))
		e++;
	if (ref->gran == MDTL_GRAN_NONE || !WORD_IS(t[i].norm, "year") ||
	    !tok_is(t, s->n, e, "end"))
		return 0;
	y = ref->year - (mdtl_timex_cue_dir(t, s->n, i, e + 1 - i) ==
	    MDTL_TIMEX_PAST && !(ref->gran >= MDTL_GRAN_DAY &&
	    ref->month == 12 && ref->day == 31));
	m->date.year = y;
	m->date.gran = MDTL_GRAN_YEAR;
	m->end_of = 1;
	m->len = e + 1 - i;
	m->rule = "year-end";
	return 1;
}

/* the latest period, in results: the quarter just reported */
static int
read_latest_period(const struct scan *s, size_t i, struct match *m)
{
	int q = quarter_of(s->ref->month) - 1, y = s->ref->year;

	if (s->ref->gran < MDTL_GRAN_MONTH || !WORD_IS(s->t[i].norm, "the") ||
	    !tok_is(s->t, s->n, i + 1, "latest") ||
	    !tok_is(s->t, s->n, i + 2, "period"))
		return 0;
	if (q < 1) {
		q = 4;
		y--;
	}
	snprintf(m->lit, sizeof m->lit, "%04d-Q%d", y, q);
	m->len = 3;
	m->rule = "the latest period";
	return 1;
}

/*
 * The weekend: "the weekend" told early in a week is the one just past;
 * "this weekend", "this coming weekend" the week's own; "last weekend",
 * "this past weekend" the one before; "next weekend" the one after.
 */
static int
read_weekend(const struct scan *s, size_t i, struct match *m)
{
	const char *w = s->t[i].norm;
	size_t e = i + 1;
	long d;
	int y, wk, shift;

	if (WORD_IS(w, "this") && (tok_is(s->t, s->n, e, "past") ||
	    tok_is(s->t, s->n, e, "coming")))
		e++;
	if (!tok_is(s->t, s->n, e, "weekend") || s->ref->gran < MDTL_GRAN_DAY)
		return 0;
	d = mdtl_date_day(s->ref);
	if (WORD_IS(w, "the"))
		shift = mdtl_weekday(d) <= 2 ? -1 : 0;
	else if (!shift_word(s->t, s->n, i, &shift))
		return 0;
	if (e > i + 1 && WORD_IS(s->t[i + 1].norm, "past"))
		shift = -1;
	mdtl_iso_week(d + 7 * shift, &y, &wk);
	snprintf(m->lit, sizeof m->lit, "%04d-W%02d-WE", y, wk);
	m->len = e + 1 - i;
	m->rule = "the weekend";
	return 1;
}

/*
 * The day a clock time at t[i] names at t[z] ("noon Thursday", "10 p.m.
 * Wednesday"), looked for in the direction the words before the time
 * give ("until 9 a.m. Tuesday"); the reference day when none follows.
 * *len gets the day's tokens, 0 for none.
 */
static const struct mdtl_date *
clock_day(const struct scan *s, size_t i, size_t z, struct mdtl_timex *day,
    size_t *len)
{
	struct scan in = *s;

	*len = 0;
	in.depth++;
	if (z < s->n && s->depth < MAX_NESTING && in.match(&in, z,
	    mdtl_timex_context_dir(s->t, s->n, i), day) > 0 &&
	    day->type == MDTL_TIMEX_DATE && day->date.gran == MDTL_GRAN_DAY) {
		*len = day->ntok;
		return &day->date;
	}
	return s->ref;
}

/* noon Thursday, midday, midnight: clock times named */
static int
read_noon(const struct scan *s, size_t i, struct match *m)
{
	const char *w = s->t[i].norm;
	struct mdtl_timex day;
	const struct mdtl_date *d;
	size_t len, on;

	/* ("high noon" is a showdown) */
	if (!(WORD_IS(w, "noon") || WORD_IS(w, "midday") ||
	    WORD_IS(w, "midnight")) || s->ref->gran < MDTL_GRAN_DAY ||
	    (i > 0 && WORD_IS(s->t[i - 1].norm, "high")))
		return 0;
	/* ("after midnight on Thursday": that day, as "10 a.m. on
	 * Tuesday") */
	on = i + 2 < s->n && WORD_IS(s->t[i + 1].norm, "on");
	d = clock_day(s, i, i + 1 + on, &day, &len);
	snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02dT%s", d->year,
	    d->month, d->day, !WORD_IS(s->t[i].norm, "midnight") ? "12:00" :
	    "24:00");
	m->type = MDTL_TIMEX_TIME;
	m->len = 1 + (len > 0 ? on + len : 0);
	m->rule = "noon or midnight";
	return 1;
}

/*
 * The hour of "10 a.m.", "10:30 p.m.", "4 in the morning" at t[i], on
 * the 24-hour clock, with *mm its minutes and *e its last token; -1 when
 * there is none.
 */
static long
clock_hour(const struct mdtl_token *t, size_t n, size_t i, long *mm,
    size_t *e)
{
	long hh = num_val(&t[i]);
	int pm = -1, k;

	*mm = 0;
	*e = i + 1;
	if (hh >= 0 && hh <= 23 && *e + 1 < n && WORD_IS(t[*e].norm, ":") &&
	    num_val(&t[*e + 1]) >= 0 && num_val(&t[*e + 1]) < 60 &&
	    strlen(t[*e + 1].norm) == 2) {
		*mm = num_val(&t[*e + 1]);
		*e += 2;
		/* "09:30", "15:00 GMT", "10:15 -": with no a.m. nor p.m.
		 * after it, the 24-hour clock */
		if (!(*e < n && (tok_is(t, n, *e, "a.m.") ||
		    tok_is(t, n, *e, "am") || tok_is(t, n, *e, "p.m.") ||
		    tok_is(t, n, *e, "pm") || WORD_IS(t[*e].norm, "in")))) {
			(*e)--;
			return hh;
		}
	}
	if (hh < 1 || hh > 12)
		return -1;
	/* "4 in the morning", "8 in the evening": a.m. and p.m. */
	if (*e + 2 < n && WORD_IS(t[*e].norm, "in") &&
	    WORD_IS(t[*e + 1].norm, "the") &&
	    (k = word_in(&t[*e + 2], &day_parts)) >= 0 && k < 3) {
		pm = k > 0;
		*e += 2;
	} else if (tok_is(t, n, *e, "a.m.") || tok_is(t, n, *e, "am"))
		pm = 0;
	else if (tok_is(t, n, *e, "p.m.") || tok_is(t, n, *e, "pm"))
		pm = 1;
	if (pm < 0)
		return -1;
	if (pm && hh < 12)
		hh += 12;
	else if (!pm && hh == 12)
		hh = 0;
	return hh;
}

/*
 * clock times: 10 a.m., 10:30 p.m.; "10 p.m. Wednesday", "5 p.m. EST Nov.
 * 9", "10:35 a.m. (0735 GMT) Friday": that day (the aside and the day
 * then stay out)
 */
static int
read_clock(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	struct mdtl_timex day;
	const struct mdtl_date *d;
	size_t n = s->n, e, z, p, len;
	long hh, mm;
	int aside = 0;

	if (s->ref->gran < MDTL_GRAN_DAY ||
	    (hh = clock_hour(t, n, i, &mm, &e)) < 0)
		return 0;
	for (z = e + 1;;) {
		if (z < n && word_in(&t[z], &zone_names) >= 0 && z < e + 4)
			z++;
		else if ((p = paren_end(t, n, z)) > z)
			z = p, aside = 1;
		else
			break;
	}
	d = clock_day(s, i, z, &day, &len);
	if (len > 0 && !aside)
		e = z + len - 1;
	snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02dT%02ld:%02ld", d->year,
	    d->month, d->day, hh, mm);
	m->type = MDTL_TIMEX_TIME;
	m->len = e + 1 - i;
	m->rule = "clock time";
	return 1;
}

/*
 * Fiscal quarters: the third quarter, third-quarter, the latest quarter,
 * the 1988 second quarter, next year's first quarter.
 */
static int
read_quarter(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	const struct mdtl_date *ref = s->ref;
	size_t n = s->n, j = i, q;
	int year = 0, yoff = 0, rel = 0, k, rq, y, qq;

	if (WORD_IS(t[j].norm, "the") && j + 1 < n)
		j++;
	if (j + 1 < n && (year = year_val(&t[j])) != 0) {
		j++;
	} else if (tok_is(t, n, j + 1, "year") && tok_is(t, n, j + 2, "'s") &&
	    (WORD_IS(t[j].norm, "this") || WORD_IS(t[j].norm, "last") ||
	    WORD_IS(t[j].norm, "next"))) {
		rel = 1;
		yoff = t[j].norm[0] == 'l' ? -1 : t[j].norm[0] == 'n' ? 1 : 0;
		j += 3;
	}
	k = j < n ? word_in(&t[j], &ordinal_words) : -1;
	if (j >= n || !(k >= 0 || WORD_IS(t[j].norm, "latest") ||
	    WORD_IS(t[j].norm, "current") || WORD_IS(t[j].norm, "this") ||
	    WORD_IS(t[j].norm, "last") || WORD_IS(t[j].norm, "quarter")))
		return 0;
	q = j + (WORD_IS(t[j].norm, "quarter") ? 0 : 1);
	if (tok_is(t, n, q, "-"))
		q++;
	if (!tok_is(t, n, q, "quarter") || ref->gran < MDTL_GRAN_MONTH ||
	    !(q > j || i < j || year || rel))
		return 0;
	rq = quarter_of(ref->month);
	y = ref->year;
	if (k >= 0 && q > j) {
		if ((qq = k + 1) > rq)
			y--;
	} else if (WORD_IS(t[j].norm, "this") || WORD_IS(t[j].norm, "current"))
		qq = rq;
	else
		/* "the quarter", "the latest quarter", "last quarter": the
		 * one just reported */
		qq = rq - 1;
	if (qq < 1) {
		qq += 4;
		y--;
	}
	if (year)
		y = year;
	else if (rel)
		y = ref->year + yoff;
	snprintf(m->lit, sizeof m->lit, "%04d-Q%d", y, qq);
	m->len = q + 1 - i;
	m->rule = "quarter";
	return 1;
}

/*
 * "a day-long meeting", "a decades-long feud": the unit with "-long" is
 * the expression, found from the unit, not from "a"
 */
static int
read_unit_long(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t j = i;
	int mult, clock;
	char code;

	if (WORD_IS(t[j].norm, "a") || WORD_IS(t[j].norm, "an"))
		j++;
	if (!tok_is(t, s->n, j + 1, "-") || !tok_is(t, s->n, j + 2, "long") ||
	    !duration_unit(&t[j], &code, &mult, &clock))
		return 0;
	if (j > i)
		return -1;
	if (t[j].norm[strlen(t[j].norm) - 1] == 's')
		snprintf(m->lit, sizeof m->lit, "P%sX%c", clock ? "T" : "",
		    code);
	else
		snprintf(m->lit, sizeof m->lit, "P%s%d%c", clock ? "T" : "",
		    mult, code);
	m->type = MDTL_TIMEX_DURATION;
	m->len = 3;
	m->rule = "unit-long";
	return 1;
}

/*
 * The count of a duration at t[*j]: "two", "a couple of", "twenty-five",
 * "twenty four", "5 1/2", "two and a half", "20 more"; *x is set for "some"
 * and *half for a half more.  0 when there is none.
 */
static int
duration_count(const struct mdtl_token *t, size_t n, size_t *j, int *x,
    int *half)
{
	int c;

	*x = *half = 0;
	if (*j >= n || (c = amount(&t[*j], x)) <= 0)
		return 0;
	(*j)++;
	/* "a couple of", "a hundred", "a few" */
	if (*j + 1 < n && c == 1 && WORD_IS(t[*j - 1].norm, "a") &&
	    (amount(&t[*j], x) > 1 || WORD_IS(t[*j].norm, "few"))) {
		c = amount(&t[*j], x);
		(*j)++;
	}
	/* twenty-four, or twenty four in two words */
	if (c >= 20 && c % 10 == 0 && !*x) {
		size_t e = *j + (*j < n && WORD_IS(t[*j].norm, "-"));

		if (e + 1 < n && t[e].kind == MDTL_TOK_WORD &&
		    count_val(&t[e]) > 0 && count_val(&t[e]) < 10) {
			c += count_val(&t[e]);
			*j = e + 1;
		}
	}
	if (*j + 2 < n && !*x && ((WORD_IS(t[*j].norm, "1") &&
	    WORD_IS(t[*j + 1].norm, "/") && WORD_IS(t[*j + 2].norm, "2")) ||
	    (WORD_IS(t[*j].norm, "and") && WORD_IS(t[*j + 1].norm, "a") &&
	    WORD_IS(t[*j + 2].norm, "half")))) {
		*half = 1;
		*j += 3;
	}
	if (*j < n && (WORD_IS(t[*j].norm, "of") ||
	    WORD_IS(t[*j].norm, "more")))
		(*j)++;
	return c;
}

/* durations: two years, the past three months, a week, two-year, nearly
 * forty years, a couple of years, 20 more years, recent years */
static int
read_duration(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	size_t n = s->n, j = i;
	int c, x, half, mult, clock, have_mod = 0;
	char code;

	if (WORD_IS(t[j].norm, "the") && j + 1 < n)
		j++;
	if (j < n && word_in(&t[j], &set_modifiers) >= 0) {
		have_mod = 1;
		j++;
	}
	if (j + 1 < n && word_in(&t[j], &approximately) >= 0 &&
	    amount(&t[j + 1], &x) > 0)
		j++;
	c = duration_count(t, n, &j, &x, &half);
	if (j < n && c > 0 && WORD_IS(t[j].norm, "-"))
		j++;
	/* "the weeks ahead", as "the coming weeks" */
	if (!have_mod && c == 0 && j > i && tok_is(t, n, j + 1, "ahead"))
		have_mod = 2;
	if (j >= n || !(c > 0 || have_mod) || (t[j].flags & MDTL_TOK_CAP) ||
	    !duration_unit(&t[j], &code, &mult, &clock) ||
	    (code == 'Q' && j > 0 && WORD_IS(t[j - 1].norm, "-") &&
	    WORD_IS(t[j].norm, "quarters")) ||
	    /* (a "6-year-old" is an age) */
	    (tok_is(t, n, j + 1, "-") && tok_is(t, n, j + 2, "old")))
		return 0;
	/* "almost four years ago" is a date, found from "four"; "several
	 * years ago", some time back; "a few days later", a while after the
	 * day named, which it tells as a duration */
	if (x && tok_is(t, n, j + 1, "ago")) {
		m->point = 2;
		m->len = j + 2 - i;
		m->rule = "some units ago";
		return 1;
	}
	if (!x && (tok_is(t, n, j + 1, "ago") ||
	    tok_is(t, n, j + 1, "earlier") || tok_is(t, n, j + 1, "later")))
		return -1;
	/* "recent years", "the coming months": some; "the past year": one */
	if (c == 0 && t[j].norm[strlen(t[j].norm) - 1] == 's')
		x = 1;
	if (c == 0)
		c = 1;
	/* "a year and a half" */
	if (!half && !x && j + 3 < n && WORD_IS(t[j + 1].norm, "and") &&
	    WORD_IS(t[j + 2].norm, "a") && WORD_IS(t[j + 3].norm, "half")) {
		half = 1;
		j += 3;
	}
	if (x)
		snprintf(m->lit, sizeof m->lit, "P%sX%c", clock ? "T" : "", code);
	else if (half)
		half_duration(m->lit, sizeof m->lit, c * mult, code, clock,
		    mult);
	else if (code == 'Q')
		snprintf(m->lit, sizeof m->lit, "P%dQ", c);
	else
		snprintf(m->lit, sizeof m->lit, "P%s%d%c", clock ? "T" : "",
		    c * mult, code);
	m->type = MDTL_TIMEX_DURATION;
	m->len = j + 1 - i + (have_mod == 2);
	m->rule = "duration";
	return 1;
}

/* "current prices", "recent talks": now, and a while ago */
static int
read_current(const struct scan *s, size_t i, struct match *m)
{
	const char *w = s->t[i].norm;

	if (!WORD_IS(w, "current") && !WORD_IS(w, "recent"))
		return 0;
	m->point = w[0] == 'c' ? 1 : 2;
	m->len = 1;
	m->rule = "present or past";
	return 1;
}

/*
 * "Monday next week", "Friday last week", "Tuesday this week": the
 * weekday m read, in the week the words at t[k] name from the reference.
 */
static void
weekday_of_week(const struct scan *s, size_t k, struct match *m)
{
	const struct mdtl_token *t = s->t;
	long r;
	int shift;

	if (!tok_is(t, s->n, k + 1, "week") || s->ref->gran < MDTL_GRAN_DAY ||
	    !shift_word(t, s->n, k, &shift))
		return;
	r = mdtl_date_day(s->ref) + 7 * shift;
	r += m->weekday - mdtl_weekday(r);
	memset(&m->date, 0, sizeof m->date);
	mdtl_civil_from_days(r, &m->date.year, &m->date.month, &m->date.day);
	m->date.gran = MDTL_GRAN_DAY;
	m->open = OPEN_NONE;
	m->flags |= MDTL_TIMEX_RELATIVE;
	m->len += 2;
	m->rule = "weekday of a week";
}

/*
 * A day of the week: "Friday", "Tuesday morning"; "Friday, Oct. 23", where
 * the date says which Friday.
 */
static int
read_weekday(const struct scan *s, size_t i, struct match *m)
{
	const struct mdtl_token *t = s->t;
	struct match d;
	size_t k = i + 1;
	int q;

	if ((q = weekday_at(t, s->n, i)) < 0)
		return 0;
	m->open = OPEN_WEEKDAY;
	m->weekday = q;
	m->date.gran = MDTL_GRAN_DAY;
	m->len = 1;
	m->rule = "weekday";
	if (tok_is(t, s->n, k, ","))
		k++;
	if (k < s->n && mdtl_timex_read_calendar(s, k, 0, &d) &&
	    d.date.gran == MDTL_GRAN_DAY) {
		d.len += k - i;
		d.rule = "weekday and date";
		/* "Monday, Oct. 26": the year whose Oct. 26 is a Monday */
		if (d.open == OPEN_MONTHDAY)
			d.weekday = q;
		*m = d;
	} else if (k == i + 1 && k < s->n && (q = word_in(&t[k],
	    &day_parts)) >= 0) {
		/* "Tuesday morning", "Sunday night" are annotated as the day
		 * itself, mostly; "Friday evening" with the part */
		m->len = 2;
		m->rule = "weekday and part of the day";
		if (q == 2)
			m->day_part = q + 1;
	} else if (k == i + 1)
		weekday_of_week(s, k, m);
	return 1;
}

/* ---- the table ---- */

#define LISTS(...)	((const struct mdtl_wordlist *const[]){ __VA_ARGS__, NULL })
#define WORDS(...)	((const char *const[]){ __VA_ARGS__, NULL })

/* The words a count may start with: "two", "a", "several", "twenty" */
#define COUNT_WORDS	"a", "an", "hundred", "couple", "several", "few", \
			"many", "some"

/*
 * In the order they are tried: what names a unit of the reference, then
 * dates of the calendar, parts of days, dates relative to the reference or
 * to the date last named, values made whole, and the weekday last.
 */
const struct recogniser mdtl_timex_recognisers[] = {
	{ "the year ended", R_AFTER_PREFIX | R_WHOLE, NULL,
	    WORDS("year", "fiscal"), read_year_ended },
	{ "the unit", R_AFTER_PREFIX, NULL,
	    WORDS("year", "month", "week", "fiscal", "decade"),
	    read_the_unit },
	{ "the current unit", R_PREFIXED, NULL, WORDS("current"),
	    read_current_unit },
	{ "season year", R_PREFIXED, LISTS(&season_names), NULL,
	    read_season_year },
	{ "ISO 8601 date", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL, NULL,
	    read_iso },
	{ "day.month.year", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL, NULL,
	    read_dotted },
	{ "day month", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL, NULL,
	    read_day_month },
	{ "month day", R_PREFIXED | R_CALENDAR,
	    LISTS(&month_names, &month_abbrevs), WORDS("sept"),
	    read_month_day },
	{ "month", R_PREFIXED | R_CALENDAR,
	    LISTS(&month_names, &month_abbrevs), WORDS("sept"), read_month },
	{ "year", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL, NULL, read_year },
	{ "spoken year", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL,
	    WORDS("nineteen", "two"), read_spoken_year },
	{ "decade", R_PREFIXED | R_CALENDAR | R_NUMBER, NULL, NULL,
	    read_decade_figures },
	{ "century", R_WHOLE | R_NUMBER, LISTS(&century_ordinals),
	    WORDS("twenty"), read_century },
	{ "part of a day", R_WHOLE, NULL,
	    WORDS("tonight", "this", "yesterday", "tomorrow", "last"),
	    read_day_part },
	{ "day word", R_PREFIXED, LISTS(&day_words), NULL, read_day_word },
	{ "present or past", R_PREFIXED, NULL,
	    WORDS("now", "currently", "nowadays", "recently", "lately"),
	    read_now },
	{ "anaphor", R_PREFIXED, NULL,
	    WORDS("earlier", "later", "that", "same", "the"), read_anaphor },
	{ "N units ago", R_PREFIXED | R_NUMBER, LISTS(&number_words),
	    WORDS("a", "an"), read_ago },
	{ "year-earlier", R_PREFIXED, NULL, WORDS("year"), read_year_earlier },
	{ "this/next/last", R_PREFIXED, NULL,
	    WORDS("this", "next", "last", "coming", "current", "previous"),
	    read_this_next_last },
	{ "earlier/later this unit", R_PREFIXED, NULL,
	    WORDS("earlier", "later"), read_earlier_this },
	{ "set", R_WHOLE, LISTS(&set_words), NULL, read_set_word },
	{ "set of weekdays", R_WHOLE,
	    LISTS(&weekday_plurals, &weekday_names), NULL, read_weekday_set },
	{ "every", R_WHOLE, NULL, WORDS("every", "each", "per"), read_every },
	{ "past or future", R_WHOLE, NULL, WORDS("the"), read_past_future },
	{ "a day moved", R_WHOLE | R_NUMBER, LISTS(&number_words),
	    WORDS("the", "week", "day", "a", "an"), read_shifted_day },
	{ "holiday", R_WHOLE, LISTS(&holiday_names), WORDS("last", "next"),
	    read_holiday },
	{ "the season", R_PREFIXED, LISTS(&season_names),
	    WORDS("the", "early", "late", "fall"), read_the_season },
	{ "the period", R_WHOLE, NULL, WORDS("the"), read_the_period },
	{ "the near future", R_WHOLE, NULL, WORDS("the"), read_near_future },
	{ "year-end", 0, NULL, WORDS("year"), read_year_end },
	{ "the latest period", R_WHOLE, NULL, WORDS("the"),
	    read_latest_period },
	{ "the weekend", R_WHOLE, NULL, WORDS("the", "this", "last", "next"),
	    read_weekend },
	{ "noon or midnight", R_WHOLE, NULL,
	    WORDS("noon", "midday", "midnight"), read_noon },
	{ "clock time", R_WHOLE | R_NUMBER, NULL, NULL, read_clock },
	{ "day of the month", 0, NULL, WORDS("the"), read_nth_day },
	{ "quarter", R_WHOLE | R_PREFIXED | R_NUMBER, LISTS(&ordinal_words),
	    WORDS("the", "this", "last", "next", "latest", "current",
	    "quarter"), read_quarter },
	{ "unit-long", R_WHOLE, LISTS(&unit_words), WORDS("a", "an"),
	    read_unit_long },
	{ "duration", R_WHOLE | R_NUMBER,
	    LISTS(&set_modifiers, &approximately, &teen_words, &tens_words,
	    &number_words), WORDS("the", COUNT_WORDS), read_duration },
	{ "current or recent", R_WHOLE, NULL, WORDS("current", "recent"),
	    read_current },
	{ "weekday", 0, LISTS(&weekday_names), NULL, read_weekday },
};

const size_t mdtl_timex_nrecognisers = sizeof mdtl_timex_recognisers /
    sizeof mdtl_timex_recognisers[0];

/* (a recogniser is a bit of a 64-bit set; one is the prefix's) */
_Static_assert(sizeof mdtl_timex_recognisers /
    sizeof mdtl_timex_recognisers[0] < 64, "too many recognisers");

/* ---- the start-word index, from the table ---- */

/* Words that start a prefix (and the ordinals): "the end of", "the first
 * half of", "the last half of". */
static const char *const prefix_words[] = { "the", "end", "close", "last",
    "latter", NULL };

#define PREFIX_BIT	(UINT64_C(1) << 63)
#define INDEX_SLOTS	2048

/*
 * Each word's set of recognisers (and PREFIX_BIT), stored once per
 * distinct set: a word's value in the index is its set's position + 1.
 */
static struct {
	const char	*word[INDEX_SLOTS];
	unsigned char	 value[INDEX_SLOTS];
	uint64_t	 sets[255];
	size_t		 nsets;
	uint64_t	 numbers;	/* the recognisers of figures */
	struct mdtl_wordset set;
	/* the tagger's words: what may follow an article that starts one */
	const char	*known_word[INDEX_SLOTS];
	unsigned char	 known_value[INDEX_SLOTS];
	struct mdtl_wordset known;
} start;

static pthread_once_t start_once = PTHREAD_ONCE_INIT;

/* Every word list of timex-words.h. */
#define LIST_OF(name, ...)	&name,
static const struct mdtl_wordlist *const all_lists[] = {
	WORD_LISTS(LIST_OF) NULL
};

/* The words and their sets, while the index is made. */
struct pending {
	const char	*word;
	uint64_t	 bits;
};

static void
pend(struct pending *p, size_t *np, const char *w, uint64_t bit)
{
	size_t k;

	for (k = 0; k < *np; k++)
		if (strcmp(p[k].word, w) == 0) {
			p[k].bits |= bit;
			return;
		}
	if (*np == INDEX_SLOTS / 2)
		abort();	/* the tables outgrew the index */
	p[*np].word = w;
	p[(*np)++].bits = bit;
}

static unsigned
set_of_bits(uint64_t bits)
{
	size_t k;

	for (k = 0; k < start.nsets; k++)
		if (start.sets[k] == bits)
			return (unsigned)k + 1;
	if (start.nsets == sizeof start.sets / sizeof start.sets[0])
		abort();
	start.sets[start.nsets++] = bits;
	return (unsigned)start.nsets;
}

static void
make_index(void)
{
	static struct pending p[INDEX_SLOTS / 2];
	size_t np = 0, k, w;

	for (k = 0; k < mdtl_timex_nrecognisers; k++) {
		const struct recogniser *r = &mdtl_timex_recognisers[k];
		uint64_t bit = UINT64_C(1) << k;
		const struct mdtl_wordlist *const *l;

		for (l = r->lists; l != NULL && *l != NULL; l++)
			for (w = 0; (*l)->w[w] != NULL; w++)
				pend(p, &np, (*l)->w[w], bit);
		for (w = 0; r->words != NULL && r->words[w] != NULL; w++)
			pend(p, &np, r->words[w], bit);
		if (r->flags & R_NUMBER)
			start.numbers |= bit;
	}
	for (w = 0; prefix_words[w] != NULL; w++)
		pend(p, &np, prefix_words[w], PREFIX_BIT);
	for (w = 0; ordinal_words.w[w] != NULL; w++)
		pend(p, &np, ordinal_words.w[w], PREFIX_BIT);
	for (k = 0; k < np; k++)
		mdtl_wordset_add(start.word, start.value, INDEX_SLOTS,
		    p[k].word, set_of_bits(p[k].bits));
	start.set.word = start.word;
	start.set.value = start.value;
	start.set.nslot = INDEX_SLOTS;
	for (k = 0; k < np; k++)
		mdtl_wordset_add(start.known_word, start.known_value,
		    INDEX_SLOTS, p[k].word, 1);
	for (k = 0; all_lists[k] != NULL; k++)
		for (w = 0; all_lists[k]->w[w] != NULL; w++)
			mdtl_wordset_add(start.known_word, start.known_value,
			    INDEX_SLOTS, all_lists[k]->w[w], 1);
	start.known.word = start.known_word;
	start.known.value = start.known_value;
	start.known.nslot = INDEX_SLOTS;
}

/* The recognisers (and PREFIX_BIT) that may start at t. */
static uint64_t
starting(const struct mdtl_token *t)
{
	unsigned v;

	if (t->kind == MDTL_TOK_PUNCT)
		return 0;
	if (t->kind == MDTL_TOK_NUM)
		return start.numbers;
	v = mdtl_wordset_get(&start.set, t->norm, t->hash);
	return v ? start.sets[v - 1] : 0;
}

void
mdtl_timex_index(void)
{
	pthread_once(&start_once, make_index);
}

uint64_t
mdtl_timex_starting(const struct mdtl_token *t)
{
	mdtl_timex_index();
	return starting(t);
}

int
mdtl_timex_may_start(const struct mdtl_token *t, size_t n, size_t i)
{
	const char *w = t[i].norm;

	if (starting(&t[i]) == 0)
		return 0;
	if (t[i].kind != MDTL_TOK_WORD || !(WORD_IS(w, "the") ||
	    WORD_IS(w, "a") || WORD_IS(w, "an") || WORD_IS(w, "that")))
		return 1;
	return i + 1 < n && (t[i + 1].kind != MDTL_TOK_WORD ||
	    mdtl_wordset_has(&start.known, &t[i + 1]));
}

enum mdtl_timex_word
mdtl_timex_word(const char *w)
{
	mdtl_timex_index();
	return mdtl_wordset_get(&start.set, w, mdtl_text_hash(w)) ?
	    MDTL_TIMEX_WORD_START : MDTL_TIMEX_WORD_NONE;
}

/* ---- recognising: the first of the table that reads ---- */

static void
match_init(struct match *m)
{
	memset(m, 0, sizeof *m);
	m->offset_unit = -1;
	m->weekday = -1;
	m->dir = MDTL_TIMEX_AUTO;
}

/*
 * The first recogniser of those with all of flags that reads an
 * expression at t[j] into *m (i is where the prefix before it starts);
 * NULL when none does.
 */
const struct recogniser *
mdtl_timex_recognise(const struct scan *s, size_t i, size_t j,
    unsigned flags, struct match *m)
{
	uint64_t may = starting(&s->t[j]);
	const struct recogniser *r;
	size_t k;
	int got;

	for (k = 0; k < mdtl_timex_nrecognisers; k++) {
		r = &mdtl_timex_recognisers[k];
		if (!(may >> k & 1) || (r->flags & flags) != flags)
			continue;
		/* after a prefix, only what may follow one */
		if (j > i ? !(r->flags & (R_PREFIXED | R_AFTER_PREFIX)) :
		    (r->flags & R_AFTER_PREFIX) != 0)
			continue;
		match_init(m);
		if ((got = r->read(s, j, m)) != 0)
			return got > 0 ? r : NULL;
	}
	return NULL;
}

int
mdtl_timex_read_calendar(const struct scan *s, size_t i, int prefixed,
    struct match *m)
{
	struct scan in = *s;

	in.prefixed = prefixed;
	return mdtl_timex_recognise(&in, i, i, R_CALENDAR, m) != NULL;
}

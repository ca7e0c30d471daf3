/* timex.c: resolve temporal expressions to TIMEX3 values against a reference date. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/timex.h"
#include "mdtl/wordset.h"

/* The word lists of timex-words.h, as tables: made by tools/mkwords.c. */
#include "timex-words.gen.h"

/*
 * Dates are found in two steps, as in approxidate: a table of word
 * patterns recognises the expression and what it leaves open (the year of
 * "Nov. 24", the week of "Friday"), and resolve() fills those fields from
 * the reference date in the direction the context gives.
 */

/* The position of the token's word in the list, or -1. */
#define word_in(t, l)	mdtl_wordlist_find((l), (t))

/* s is the word lit */
#define WORD_IS(s, lit)	mdtl_text_eq((s), (lit))

static int
tok_is(const struct mdtl_token *t, size_t n, size_t i, const char *w)
{
	return i < n && WORD_IS(t[i].norm, w);
}

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
		/* "Nov 24" without the stop */
		if (i + 1 < n && day_val(&t[i + 1])) {
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

static void
set_day(struct mdtl_date *d, long days)
{
	d->gran = MDTL_GRAN_DAY;
	mdtl_civil_from_days(days, &d->year, &d->month, &d->day);
}

static long
ref_days(const struct mdtl_date *r)
{
	return mdtl_days_from_civil(r->year, r->month, r->day);
}

/* ---- direction ---- */

/*
 * Is t[i] a participle after an auxiliary?  0 no; 1 after "be", "been",
 * "being" ("be discussed", "been held": no tense of its own); 2 after
 * "is", "are", "am" ("is heard": the present, no past).
 */
static int
participle_use(const struct mdtl_token *t, size_t i)
{
	size_t k;
	int a;

	for (k = 1; k <= 2 && k <= i; k++) {
		if ((a = word_in(&t[i - k], &participle_aux)) >= 0)
			return a < 3 ? 1 : 2;
		if (t[i - k].kind != MDTL_TOK_WORD)
			break;
	}
	return 0;
}

/*
 * Is the participle t[i] an adjective before a noun: "the planned talks",
 * "a still unspecified date"?  It tells no tense.
 */
static int
attributive(const struct mdtl_token *t, size_t i)
{
	if (i >= 1 && word_in(&t[i - 1], &determiners) >= 0)
		return 1;
	/* an adverb in between: "a still unspecified date" */
	return i >= 2 && word_in(&t[i - 2], &determiners) >= 0 &&
	    word_in(&t[i - 1], &participle_adverbs) >= 0;
}

/*
 * +1 future, -1 past, 2 the present, 0 no marker at token i.  An intention ("hoped to")
 * looks ahead only for what follows it (left is set when the marker stands
 * left of the expression).
 */
static int
marker(const struct mdtl_token *t, size_t n, size_t i, int left)
{
	const char *w = t[i].norm;
	size_t len = strlen(w);
	int a;

	(void)n;
	if (t[i].kind != MDTL_TOK_WORD)
		return 0;
	if (word_in(&t[i], &future_markers) >= 0) {
		/* "set" only as "is set to"; "vacation plans" are a noun */
		if (WORD_IS(w, "set") || WORD_IS(w, "going") ||
		    WORD_IS(w, "due") || WORD_IS(w, "plans"))
			return i + 1 < n && WORD_IS(t[i + 1].norm, "to") ?
			    1 : 0;
		/* "planned a rally on Saturday", "is planned": ahead; but in
		 * "On Friday, it planned to pay" the plan is Friday's */
		if (strcmp(w + len - 2, "ed") == 0 && !left)
			return i > 0 && word_in(&t[i - 1], &be_forms) >= 0 ?
			    1 : 0;
		return 1;
	}
	/* "is to meet", "are to hold", "is to also meet" */
	if ((WORD_IS(w, "is") || WORD_IS(w, "are")) && i + 2 < n &&
	    WORD_IS(t[i + 1].norm, "to"))
		return 1;
	/* "hoped to agree", "wants to reach": an intention looks ahead */
	if (left && i + 2 < n && WORD_IS(t[i + 1].norm, "to") &&
	    t[i + 2].kind == MDTL_TOK_WORD && word_in(&t[i], &intent_verbs) >= 0)
		return 1;
	if (word_in(&t[i], &past_markers) >= 0)
		return len > 3 ? (a = participle_use(t, i)) == 2 ? 2 :
		    a ? 0 : -1 : -1;
	/* a past participle or past tense; "United" is a name */
	if (len >= 5 && strcmp(w + len - 2, "ed") == 0 &&
	    !(t[i].flags & MDTL_TOK_CAP) && !attributive(t, i))
		return (a = participle_use(t, i)) == 2 ? 2 : a ? 0 : -1;
	return 0;
}

static enum mdtl_timex_dir
cue_dir(const struct mdtl_token *t, size_t n, size_t i, size_t len)
{
	size_t k;

	if (i + len < n && WORD_IS(t[i + len].norm, "ago"))
		return MDTL_TIMEX_PAST;
	/* right before it, or with only "of", "the", "on" in between */
	for (k = 1; k <= 3 && k <= i; k++) {
		const char *w = t[i - k].norm;

		if (word_in(&t[i - k], &future_cues) >= 0)
			return MDTL_TIMEX_FUTURE;
		if (word_in(&t[i - k], &past_cues) >= 0)
			return MDTL_TIMEX_PAST;
		if (!WORD_IS(w, "of") && !WORD_IS(w, "the") && !WORD_IS(w, "on") &&
		    !WORD_IS(w, "in"))
			break;
	}
	return MDTL_TIMEX_AUTO;
}

/* The present ("is heard in May") points neither way: the nearest. */
static enum mdtl_timex_dir
marker_dir(int m)
{
	return m == 2 ? MDTL_TIMEX_AUTO : m > 0 ? MDTL_TIMEX_FUTURE :
	    MDTL_TIMEX_PAST;
}

/*
 * The tense that governs t[i..i+len): first a marker in the words just
 * before it (the verb it modifies: "told Bush on Thursday"), then one just
 * after, then the nearest anywhere in the sentence.
 */
static enum mdtl_timex_dir
tense_dir(const struct mdtl_token *t, size_t n, size_t i, size_t len)
{
	size_t k;
	int m;

	/*
	 * Right before it ("said in May"), then right after it ("in May
	 * would go ahead"), then a little further before it.
	 */
	for (k = 1; k <= 3 && k <= i; k++)
		if ((m = marker(t, n, i - k, 1)) != 0)
			return marker_dir(m);
	for (k = 1; k <= 3 && i + len - 1 + k < n; k++) {
		/* "on Saturday and were planning": another verb's */
		if (WORD_IS(t[i + len - 1 + k].norm, "and") ||
		    WORD_IS(t[i + len - 1 + k].norm, "but"))
			break;
		if ((m = marker(t, n, i + len - 1 + k, 0)) != 0)
			return marker_dir(m);
	}
	for (k = 4; k <= 8 && k <= i; k++)
		if ((m = marker(t, n, i - k, 1)) != 0)
			return marker_dir(m);
	/* the verb an adverbial belongs to mostly comes before it */
	for (k = 9; k <= i; k++)
		if ((m = marker(t, n, i - k, 1)) != 0)
			return marker_dir(m);
	for (k = 4; i + len - 1 + k < n; k++)
		if ((m = marker(t, n, i + len - 1 + k, 0)) != 0)
			return marker_dir(m);
	return MDTL_TIMEX_AUTO;
}

/*
 * Words around a weekday that tell its week: "as soon as Tuesday", "until
 * Friday" look ahead; "Wednesday's ruling" is one that was made.
 */
static enum mdtl_timex_dir
weekday_dir(const struct mdtl_token *t, size_t n, size_t i)
{
	if (i >= 3 && WORD_IS(t[i - 1].norm, "as") &&
	    (WORD_IS(t[i - 2].norm, "soon") ||
	    WORD_IS(t[i - 2].norm, "early")) &&
	    WORD_IS(t[i - 3].norm, "as"))
		return MDTL_TIMEX_FUTURE;
	/* "Until Thursday, they had not called him a suspect": past */
	if (i >= 1 && (WORD_IS(t[i - 1].norm, "until") ||
	    WORD_IS(t[i - 1].norm, "till"))) {
		size_t k;

		for (k = i + 1; k < n && k <= i + 6; k++)
			if (WORD_IS(t[k].norm, "had"))
				return MDTL_TIMEX_PAST;
		return MDTL_TIMEX_FUTURE;
	}
	/* "had filed reports by Wednesday": a limit already past */
	if (i >= 1 && (WORD_IS(t[i - 1].norm, "by") || (i >= 2 &&
	    WORD_IS(t[i - 1].norm, "the") &&
	    WORD_IS(t[i - 2].norm, "by")))) {
		size_t k;

		for (k = 2; k <= 10 && k <= i; k++)
			if (WORD_IS(t[i - k].norm, "had"))
				return MDTL_TIMEX_PAST;
	}
	return MDTL_TIMEX_AUTO;
}

/* ---- resolution ---- */

enum open_kind {
	OPEN_NONE,		/* fully given */
	OPEN_MONTH,		/* month without a year */
	OPEN_MONTHDAY,		/* month and day without a year */
	OPEN_WEEKDAY,		/* a day of the week */
	OPEN_SEASON,
};

static void
resolve_month(struct mdtl_date *d, const struct mdtl_date *ref,
    enum mdtl_timex_dir dir, int strict)
{
	int y = ref->year, rm = ref->month, m = d->month;

	switch (dir) {
	case MDTL_TIMEX_PAST:
		d->year = (strict ? m < rm : m <= rm) ? y : y - 1;
		break;
	case MDTL_TIMEX_FUTURE:
		d->year = (strict ? m > rm : m >= rm) ? y : y + 1;
		break;
	default: {
		int back = (rm - m + 12) % 12, fwd = (m - rm + 12) % 12;

		d->year = back == 0 ? y : back <= fwd ? (m <= rm ? y : y - 1) :
		    (m >= rm ? y : y + 1);
	}
	}
}

static int
resolve_open(struct mdtl_date *d, enum open_kind open, int weekday,
    const struct mdtl_date *ref, enum mdtl_timex_dir *dir, int strict)
{
	long r, best = 0, c;
	int y, found = 0;

	if (open == OPEN_NONE)
		return 0;
	if (ref->gran == MDTL_GRAN_NONE ||
	    (open != OPEN_SEASON && ref->gran < MDTL_GRAN_MONTH) ||
	    ((open == OPEN_WEEKDAY || open == OPEN_MONTHDAY) &&
	    ref->gran < MDTL_GRAN_DAY))
		return -1;
	switch (open) {
	case OPEN_MONTH:
		resolve_month(d, ref, *dir, strict);
		return 0;
	case OPEN_SEASON:
		d->year = ref->year;
		if (*dir == MDTL_TIMEX_FUTURE && strict)
			d->year++;
		else if (*dir == MDTL_TIMEX_PAST && strict)
			d->year--;
		return 0;
	case OPEN_WEEKDAY: {
		int w0;

		r = ref_days(ref);
		w0 = mdtl_weekday(r);
		if (*dir == MDTL_TIMEX_FUTURE) {
			c = (weekday - w0 + 7) % 7;
			if (c == 0 && strict)
				c = 7;
			set_day(d, r + c);
		} else if (*dir == MDTL_TIMEX_PAST) {
			c = (w0 - weekday + 7) % 7;
			if (c == 0 && strict)
				c = 7;
			set_day(d, r - c);
		} else {
			long back = (w0 - weekday + 7) % 7;
			long fwd = (weekday - w0 + 7) % 7;

			set_day(d, back <= fwd ? r - back : r + fwd);
		}
		return 0;
	}
	case OPEN_MONTHDAY:
		r = ref_days(ref);
		/*
		 * A direction that sends a day of a month most of a year
		 * away ("by Jan. 14", told on Jan. 15) is less likely than
		 * the day nearby; and a verb in the past often tells of a
		 * day to come ("declared a dividend payable Dec. 15"), as
		 * far ahead as the nearest day ever is (four months), so
		 * that the past only rules out a February 29 further on.
		 */
		if (*dir != MDTL_TIMEX_NEAREST) {
			struct mdtl_date near = *d;
			enum mdtl_timex_dir any = MDTL_TIMEX_NEAREST;
			long ahead;

			if (resolve_open(&near, open, weekday, ref, &any, 0) ==
			    0 && ((ahead = ref_days(&near) - r) >= -31 &&
			    (ahead <= 31 || (*dir == MDTL_TIMEX_PAST &&
			    ahead <= 122)))) {
				*d = near;
				*dir = MDTL_TIMEX_NEAREST;
				return 0;
			}
		}
		/* (four years either way: February 29 is in one of them) */
		for (y = ref->year - 4; y <= ref->year + 4; y++) {
			if (d->day > mdtl_days_in_month(y, d->month))
				continue;
			c = mdtl_days_from_civil(y, d->month, d->day);
			if ((*dir == MDTL_TIMEX_PAST && c > r) ||
			    (*dir == MDTL_TIMEX_FUTURE && c < r))
				continue;
			/*
			 * News tells more of what happened than of what will:
			 * a date ahead counts as twice as far.
			 */
			if (!found || (c > r ? 2 * (c - r) : r - c) <
			    (best > r ? 2 * (best - r) : r - best)) {
				best = c;
				found = 1;
			}
		}
		if (!found)
			return -1;
		set_day(d, best);
		return 0;
	case OPEN_NONE:
		break;
	}
	return 0;
}

/* ---- recognition ---- */

struct match {
	size_t			len;
	struct mdtl_date	date;
	enum open_kind		open;
	int			weekday;
	int			strict;		/* "next May": never this May */
	enum mdtl_timex_dir	dir;		/* set by the expression */
	unsigned		flags;
	const char		*rule;
	int			offset_unit, offset;	/* relative to ref */
	int			this_year;	/* "this September" */
	int			unknown_year;	/* "5 May 950": 950 people? */
	int			point;		/* PRESENT_REF etc. */
	enum mdtl_timex_type	type;
	char			lit[24];	/* a value made whole */
};

/* TimeML's parts of a day, in the order of day_parts */
static const char *const day_part_codes[] = { "MO", "AF", "EV", "NI" };

static const char *const point_values[] = { "", "PRESENT_REF",
    "PAST_REF", "FUTURE_REF" };

static int
prev_allows_year(const struct mdtl_token *t, size_t i)
{
	return i > 0 && word_in(&t[i - 1], &year_preps) >= 0;
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

/* An expression that gives a month, a day or a year at t[i]. */
static int
match_calendar(const struct mdtl_token *t, size_t n, size_t i,
    struct match *m, int year_ok)
{
	size_t ml, j, yl;
	int mo, d, y;

	/* ISO 8601: 2011-07-01, 2011-07 */
	if ((y = year_val(&t[i])) && tok_is(t, n, i + 1, "-") && i + 2 < n &&
	    t[i + 1].span.start == t[i].span.end &&
	    t[i + 2].span.start == t[i + 1].span.end &&
	    strlen(t[i + 2].norm) == 2 && num_val(&t[i + 2]) >= 1 &&
	    num_val(&t[i + 2]) <= 12) {
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
	/* 1 July 2011, 4th July, 18 April, 1st of May */
	if ((d = day_val(&t[i])) != 0) {
		j = i + 1;
		if (tok_is(t, n, j, "of"))
			j++;
		if ((mo = month_at(t, n, j, &ml)) != 0) {
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
			if (d > mdtl_days_in_month(m->date.year ? m->date.year :
			    2000, mo))
				return 0;
			m->len = j - i;
			return 1;
		}
		return 0;
	}
	/* July 1, 2011; Nov. 24; Nov.24; May 2012; May */
	if ((mo = month_at(t, n, i, &ml)) != 0) {
		j = i + ml;
		m->date.month = mo;
		if (j < n && (d = day_val(&t[j])) != 0 &&
		    !(j + 1 < n && month_at(t, n, j + 1, &ml))) {
			j++;
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
			if (d > mdtl_days_in_month(m->date.year ? m->date.year :
			    2000, mo))
				return 0;
			m->len = j - i;
			return 1;
		}
		m->date.gran = MDTL_GRAN_MONTH;
		m->rule = "month";
		if (tok_is(t, n, j, "of") && j + 1 < n &&
		    year_val(&t[j + 1])) {
			j++;
		} else if (tok_is(t, n, j, ",") && j + 1 < n &&
		    year_val(&t[j + 1])) {
			j++;
		}
		if (j < n && (y = year_at(t, n, j, &yl)) != 0) {
			m->date.year = y;
			m->flags |= MDTL_TIMEX_EXPLICIT;
			m->rule = "month year";
			j += yl;
		} else {
			j = i + ml;
			m->open = OPEN_MONTH;
		}
		m->len = j - i;
		return 1;
	}
	/* 2011 after "in", "by", "since" ... */
	if ((y = year_val(&t[i])) != 0 && (year_ok || (i > 0 &&
	    (WORD_IS(t[i - 1].norm, "fiscal") ||
	    WORD_IS(t[i - 1].norm, "calendar"))) ||
	    ((prev_allows_year(t, i) || (y >= 1900 && y <= 2099 &&
	    !(i > 0 && WORD_IS(t[i - 1].norm, "$")))) &&
	    !counts_things(t, n, i)))) {
		m->date.year = y;
		m->date.gran = MDTL_GRAN_YEAR;
		m->flags |= MDTL_TIMEX_EXPLICIT;
		m->rule = "year";
		m->len = 1;
		return 1;
	}
	/* spoken years: nineteen ninety-six; "the year two thousand" */
	if ((WORD_IS(t[i].norm, "nineteen") || (i > 0 &&
	    WORD_IS(t[i - 1].norm, "year"))) &&
	    (y = year_at(t, n, i, &ml)) != 0) {
		m->date.year = y;
		m->date.gran = MDTL_GRAN_YEAR;
		m->flags |= MDTL_TIMEX_EXPLICIT;
		m->rule = "spoken year";
		m->len = ml;
		return 1;
	}
	/* the 1990s */
	if (t[i].kind == MDTL_TOK_NUM && strlen(t[i].norm) == 5 &&
	    t[i].norm[4] == 's' && t[i].norm[3] == '0' &&
	    isdigit((unsigned char)t[i].norm[2])) {
		m->date.year = atoi(t[i].norm);
		m->date.gran = MDTL_GRAN_DECADE;
		m->flags |= MDTL_TIMEX_EXPLICIT;
		m->rule = "decade";
		m->len = 1;
		return 1;
	}
	return 0;
}

/* Words relative to the reference date, at t[i]. */
static int
match_relative(const struct mdtl_token *t, size_t n, size_t i,
    struct match *m)
{
	static const int day_offsets[] = { -1, 0, 1 };
	const char *w = t[i].norm;
	int k, u, c, mo, wd, s;
	size_t ml;

	if ((k = word_in(&t[i], &day_words)) >= 0) {
		m->offset_unit = 0;
		m->offset = day_offsets[k];
		m->len = 1;
		m->rule = "day word";
		return 1;
	}
	if (WORD_IS(w, "now") || WORD_IS(w, "currently") ||
	    WORD_IS(w, "nowadays")) {
		m->point = 1;
		m->len = 1;
		m->rule = "present";
		return 1;
	}
	if (WORD_IS(w, "recently") || WORD_IS(w, "lately")) {
		m->point = 2;
		m->len = 1;
		m->rule = "past";
		return 1;
	}
	/*
	 * Anaphors: that day, later that year, that same week, the same
	 * day, the following month, the previous year, the next morning
	 */
	{
		size_t e = i;
		int shift = 0, next = 0, found = 0;

		if ((WORD_IS(w, "earlier") || WORD_IS(w, "later")) &&
		    e + 1 < n && WORD_IS(t[e + 1].norm, "that"))
			e++;
		if (WORD_IS(t[e].norm, "that")) {
			e++;
			if (e < n && WORD_IS(t[e].norm, "same"))
				e++;
			found = 1;
		} else if (WORD_IS(w, "same") && i > 0 &&
		    WORD_IS(t[i - 1].norm, "the")) {
			e++;
			found = 1;
		} else if (WORD_IS(w, "the") && e + 1 < n &&
		    !(i > 0 && word_in(&t[i - 1], &stretch_preps) >= 0)) {
			const char *x = t[e + 1].norm;

			if (WORD_IS(x, "following"))
				shift = 1;
			else if (WORD_IS(x, "previous") ||
			    WORD_IS(x, "preceding"))
				shift = -1;
			else if (WORD_IS(x, "next"))
				shift = next = 1;
			found = shift != 0;
			e += 2;
		}
		/* "the previous Friday": the one before the day last named */
		if (found && !next && e < n && (t[e].flags & MDTL_TOK_CAP) &&
		    (wd = word_in(&t[e], &weekday_names)) >= 0) {
			m->open = OPEN_WEEKDAY;
			m->weekday = wd;
			m->dir = shift > 0 ? MDTL_TIMEX_FUTURE : MDTL_TIMEX_PAST;
			m->strict = 1;
			m->date.gran = MDTL_GRAN_DAY;
			m->offset_unit = -1;
			m->offset = shift;
			m->len = e + 1 - i;
			m->flags |= MDTL_TIMEX_ANAPHOR;
			m->rule = "weekday before or after the day named";
			return 1;
		}
		if (found && e < n && !(e + 1 < n &&
		    WORD_IS(t[e + 1].norm, "-"))) {
			u = word_in(&t[e], &day_parts) >= 0 ? 0 :
			    word_in(&t[e], &anaphor_units);
			/* "the next year" is mostly the reference's next */
			if (u >= 0 && !(next && u != 0)) {
				m->offset_unit = u;
				m->offset = shift;
				m->len = e + 1 - i;
				m->flags |= MDTL_TIMEX_ANAPHOR;
				m->rule = "anaphor";
				return 1;
			}
		}
	}
	/* two years ago, a week ago, a year earlier, two days later, a
	 * week or so ago */
	if ((c = count_val(&t[i])) > 0 && i + 2 < n &&
	    (u = unit_val(&t[i + 1])) >= 0) {
		size_t e = i + 2;

		if (e + 2 < n && WORD_IS(t[e].norm, "or") &&
		    WORD_IS(t[e + 1].norm, "so"))
			e += 2;
		if (WORD_IS(t[e].norm, "ago") || WORD_IS(t[e].norm, "earlier") ||
		    WORD_IS(t[e].norm, "later")) {
			/* "a decade ago": ten years */
			if (u == 4) {
				u = 3;
				c *= 10;
			}
			m->offset_unit = u;
			m->offset = t[e].norm[0] == 'l' ? c : -c;
			m->len = e + 1 - i;
			m->rule = "N units ago";
			if (u == 3 && c == 1 && t[e].norm[0] != 'l')
				m->flags |= MDTL_TIMEX_YEAR_AGO;
			return 1;
		}
	}
	/* year-earlier, year-ago (results) */
	if (WORD_IS(w, "year") && i + 2 < n && WORD_IS(t[i + 1].norm, "-") && (WORD_IS(t[i + 2].norm, "earlier") ||
	    WORD_IS(t[i + 2].norm, "ago"))) {
		m->offset_unit = 3;
		m->offset = -1;
		m->len = 3;
		m->rule = "year-earlier";
		m->flags |= MDTL_TIMEX_YEAR_AGO;
		return 1;
	}
	/* this / next / last / coming / past + unit, weekday, month, season */
	if (WORD_IS(w, "this") || WORD_IS(w, "next") ||
	    WORD_IS(w, "last") || WORD_IS(w, "coming") ||
	    WORD_IS(w, "current") || WORD_IS(w, "previous")) {
		int sign = WORD_IS(w, "next") || WORD_IS(w, "coming") ?
		    1 : WORD_IS(w, "last") || WORD_IS(w, "previous") ?
		    -1 : 0;

		if (i + 1 >= n)
			return 0;
		if ((u = unit_val(&t[i + 1])) >= 0 && u < 4 &&
		    strcmp(t[i + 1].norm + strlen(t[i + 1].norm) - 1, "s") &&
		    !(i + 2 < n && WORD_IS(t[i + 2].norm, "'s") &&
		    ((i + 3 < n && WORD_IS(t[i + 3].norm, "quarter")) ||
		    (i + 4 < n && WORD_IS(t[i + 4].norm, "quarter"))))) {
			m->offset_unit = u;
			m->offset = sign;
			m->len = 2;
			m->rule = "this/next/last unit";
			return 1;
		}
		if ((wd = word_in(&t[i + 1], &weekday_names)) >= 0) {
			m->open = OPEN_WEEKDAY;
			m->weekday = wd;
			m->dir = sign > 0 ? MDTL_TIMEX_FUTURE : sign < 0 ?
			    MDTL_TIMEX_PAST : MDTL_TIMEX_NEAREST;
			m->strict = sign != 0;
			m->date.gran = MDTL_GRAN_DAY;
			m->len = 2;
			m->rule = "this/next/last weekday";
			return 1;
		}
		if ((mo = month_at(t, n, i + 1, &ml)) != 0 && sign != 0) {
			struct match d = *m;

			/* "last Oct. 23": that day, the one before */
			if (match_calendar(t, n, i + 1, &d, 0) &&
			    d.open == OPEN_MONTHDAY) {
				*m = d;
				m->dir = sign > 0 ? MDTL_TIMEX_FUTURE :
				    MDTL_TIMEX_PAST;
				m->len++;
				m->rule = "next/last month and day";
				return 1;
			}
		}
		if (mo != 0) {
			m->open = OPEN_MONTH;
			m->date.month = mo;
			m->date.gran = MDTL_GRAN_MONTH;
			if (sign == 0 && WORD_IS(w, "this")) {
				/* "this September": this year's */
				m->offset_unit = -1;
				m->open = OPEN_NONE;
				m->flags |= MDTL_TIMEX_RELATIVE;
				m->this_year = 1;
				m->len = 1 + ml;
				m->rule = "this month name";
				return 1;
			}
			m->dir = sign > 0 ? MDTL_TIMEX_FUTURE : sign < 0 ?
			    MDTL_TIMEX_PAST : MDTL_TIMEX_NEAREST;
			m->strict = sign != 0;
			m->len = 1 + ml;
			m->rule = "this/next/last month name";
			return 1;
		}
		if ((s = word_in(&t[i + 1], &season_names)) >= 0 ||
		    WORD_IS(t[i + 1].norm, "fall")) {
			m->open = OPEN_SEASON;
			m->date.part = s >= 0 ? s + 1 : 3;
			m->date.gran = MDTL_GRAN_SEASON;
			m->dir = sign > 0 ? MDTL_TIMEX_FUTURE : sign < 0 ?
			    MDTL_TIMEX_PAST : MDTL_TIMEX_NEAREST;
			m->strict = sign != 0;
			m->len = 2;
			m->rule = "this/next/last season";
			return 1;
		}
	}
	/* earlier this month, later this year */
	if ((WORD_IS(w, "earlier") || WORD_IS(w, "later")) &&
	    i + 2 < n && WORD_IS(t[i + 1].norm, "this") &&
	    (u = unit_val(&t[i + 2])) >= 0 && u < 4) {
		m->offset_unit = u;
		m->offset = 0;
		m->len = 3;
		m->rule = "earlier/later this unit";
		return 1;
	}
	return 0;
}

static void
apply_offset(struct mdtl_date *d, const struct mdtl_date *ref, int unit,
    int off)
{
	long r;
	int y, wk;

	switch (unit) {
	case 0:
		set_day(d, ref_days(ref) + off);
		break;
	case 1:
		r = ref_days(ref) + 7L * off;
		mdtl_iso_week(r, &y, &wk);
		d->year = y;
		d->part = wk;
		d->gran = MDTL_GRAN_WEEK;
		break;
	case 2: {
		int mi = ref->year * 12 + ref->month - 1 + off;

		d->year = mi / 12;
		d->month = mi % 12 + 1;
		d->gran = MDTL_GRAN_MONTH;
		break;
	}
	default:
		d->year = ref->year + off;
		d->gran = MDTL_GRAN_YEAR;
		break;
	}
}

/* The last day of what d covers: "the end of 2011" is 2011-12-31. */
static void
to_end(struct mdtl_date *d)
{
	long first, last;

	if (d->gran == MDTL_GRAN_NONE || d->gran >= MDTL_GRAN_DAY)
		return;
	mdtl_date_range(d, &first, &last);
	memset(d, 0, sizeof *d);
	set_day(d, last);
}

static int
unit_needs_day(int unit)
{
	return unit <= 1;
}

/*
 * "that same day" after "last October" is a day of October 1998 (1998-10-XX):
 * the date last named, when it is a month or a year, with what it does not
 * say left open.  Otherwise the last date precise enough, if any.
 */
static void
resolve_anaphor(struct mdtl_timex *x, const struct mdtl_date *latest,
    const struct mdtl_date *precise, enum mdtl_gran need)
{
	struct mdtl_date d;

	if (latest != NULL && latest->gran < need && x->unit != 1 &&
	    x->weekday < 0 &&
	    (latest->gran == MDTL_GRAN_YEAR || latest->gran == MDTL_GRAN_MONTH)) {
		x->anchor = MDTL_TIMEX_FROM_NAMED;
		x->from = *latest;
		x->date = *latest;
		if (latest->gran == MDTL_GRAN_YEAR)
			snprintf(x->value, sizeof x->value, need ==
			    MDTL_GRAN_MONTH ? "%04d-XX" : "%04d-XX-XX",
			    latest->year);
		else
			snprintf(x->value, sizeof x->value, "%04d-%02d-XX",
			    latest->year, latest->month);
		return;
	}
	if (precise == NULL)
		return;
	d = *precise;
	x->anchor = MDTL_TIMEX_FROM_NAMED;
	x->from = d;
	memset(&x->date, 0, sizeof x->date);
	if (x->weekday >= 0) {
		/* the weekday strictly before or after that day */
		long r = ref_days(&d), c;
		int w0 = mdtl_weekday(r);

		c = x->shift < 0 ? -((w0 - x->weekday + 6) % 7 + 1) :
		    (x->weekday - w0 + 6) % 7 + 1;
		set_day(&x->date, r + c);
	} else
		apply_offset(&x->date, &d, x->unit, x->shift);
	mdtl_date_format(&x->date, x->value, sizeof x->value);
}

void
mdtl_timex_ctx_init(struct mdtl_timex_ctx *c)
{
	memset(c, 0, sizeof *c);
}

void
mdtl_timex_ctx_apply(struct mdtl_timex_ctx *c, struct mdtl_timex *x)
{
	/* the precision an anaphor of each unit needs of the date before */
	static const enum mdtl_gran needs[] = { MDTL_GRAN_DAY, MDTL_GRAN_DAY,
	    MDTL_GRAN_MONTH, MDTL_GRAN_YEAR };
	size_t k;

	if ((x->flags & MDTL_TIMEX_ANAPHOR) &&
	    !(x->flags & MDTL_TIMEX_UNRESOLVED))
		resolve_anaphor(x, c->have_latest ? &c->latest : NULL,
		    c->have_anchor[x->unit & 3] ? &c->anchor[x->unit & 3] :
		    NULL, needs[x->unit & 3]);
	/* the latest date, and the latest precise enough for each unit */
	if ((x->type == MDTL_TIMEX_DATE || x->type == MDTL_TIMEX_TIME) &&
	    !(x->flags & (MDTL_TIMEX_POINT | MDTL_TIMEX_UNRESOLVED)) &&
	    x->date.gran != MDTL_GRAN_NONE) {
		c->latest = x->date;
		c->have_latest = 1;
		for (k = 0; k < 4; k++)
			if (x->date.gran >= needs[k]) {
				c->anchor[k] = x->date;
				c->have_anchor[k] = 1;
			}
	}
	if (x->date.gran == MDTL_GRAN_QUARTER && x->type == MDTL_TIMEX_DATE &&
	    !(x->flags & MDTL_TIMEX_YEAR_AGO)) {
		c->quarter = x->date;
		c->have_quarter = 1;
	} else if ((x->flags & MDTL_TIMEX_YEAR_AGO) && c->have_quarter &&
	    !(x->flags & MDTL_TIMEX_UNRESOLVED)) {
		x->anchor = MDTL_TIMEX_FROM_NAMED;
		x->from = c->quarter;
		x->date.year = c->quarter.year - 1;
		x->date.part = c->quarter.part;
		x->date.gran = MDTL_GRAN_QUARTER;
		mdtl_date_format(&x->date, x->value, sizeof x->value);
	}
}

void
mdtl_timex_in_context(struct mdtl_timex **v, size_t n)
{
	struct mdtl_timex_ctx c;
	size_t i;

	mdtl_timex_ctx_init(&c);
	for (i = 0; i < n; i++)
		mdtl_timex_ctx_apply(&c, v[i]);
}

void
mdtl_timex_explain(const struct mdtl_timex *x, char *buf, size_t size)
{
	char from[32];
	const char *how = "";

	if (x->flags & MDTL_TIMEX_DIRECTED)
		how = x->dir == MDTL_TIMEX_PAST ? ", looking back" :
		    x->dir == MDTL_TIMEX_FUTURE ? ", looking ahead" :
		    ", the nearest";
	mdtl_date_format(&x->from, from, sizeof from);
	snprintf(buf, size, "%s%s%s%s", x->rule ? x->rule : "a date", how,
	    x->anchor == MDTL_TIMEX_FROM_REFERENCE ?
	    " from the reference date " : x->anchor == MDTL_TIMEX_FROM_NAMED ?
	    " from the date last named, " : x->flags & MDTL_TIMEX_UNRESOLVED ?
	    ", with no date to count from" : "",
	    x->anchor != MDTL_TIMEX_FROM_NONE ? from : "");
}

const char *
mdtl_timex_type_name(enum mdtl_timex_type t)
{
	static const char *const names[] = { "DATE", "TIME", "DURATION",
	    "SET" };

	return names[t];
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


static size_t	match_at(const struct mdtl_token *, size_t, size_t,
		    const struct mdtl_date *, enum mdtl_timex_dir,
		    struct mdtl_timex *, int);

/*
 * How deep one expression may hold another ("the day before 9 a.m.
 * Tuesday"): a bound, so that "noon noon noon ..." does not recurse once
 * per word.
 */
#define MAX_NESTING	3

/* Parts of a day: this morning, yesterday evening, tonight. */
static int
match_day_part(const struct mdtl_token *t, size_t n, size_t i,
    const struct mdtl_date *ref, struct match *m)
{
	int k;

	if (ref->gran >= MDTL_GRAN_DAY) {
		long d = ref_days(ref);
		int y, mo, dd, off = 0, part = -1;

		if (WORD_IS(t[i].norm, "tonight")) {
			part = 3;
			m->len = 1;
		} else if (i + 1 < n && (k = word_in(&t[i + 1], &day_parts)) >= 0 &&
		    (WORD_IS(t[i].norm, "this") ||
		    WORD_IS(t[i].norm, "yesterday") ||
		    WORD_IS(t[i].norm, "tomorrow") ||
		    (WORD_IS(t[i].norm, "last") && k == 3))) {
			part = k;
			off = t[i].norm[0] == 'y' || t[i].norm[0] == 'l' ? -1 :
			    t[i].norm[0] == 't' && t[i].norm[1] == 'o' ? 1 : 0;
			m->len = 2;
		}
		if (part >= 0) {
			mdtl_civil_from_days(d + off, &y, &mo, &dd);
			snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02dT%s", y, mo,
			    dd, day_part_codes[part]);
			m->type = MDTL_TIMEX_TIME;
			m->rule = "part of a day";
			return 1;
		}
	}
	return 0;
}

/* The nth weekday (0 Monday) of a month, as days. */
static long
nth_weekday(int y, int mo, int wd, int nth)
{
	long first = mdtl_days_from_civil(y, mo, 1);

	return first + (wd - mdtl_weekday(first) + 7) % 7 + 7L * (nth - 1);
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
		return nth_weekday(y, 11, 3, 4);
	case 3:		/* Election Day (US): the Tuesday after 1 November's
			 * first Monday */
		return nth_weekday(y, 11, 0, 1) + 1;
	case 4:		/* Independence Day (US) */
		return mdtl_days_from_civil(y, 7, 4);
	case 5: {	/* Easter Sunday (Gregorian computus) */
		int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
		int f = (b + 8) / 25, g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4, k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;

		return mdtl_days_from_civil(y, month, day);
	}
	}
	return 0;
}

/*
 * "Christmas", "last Thanksgiving", "Election Day": the one nearest the
 * reference, or the one before or after it with "last" and "next".
 */
static int
holiday_at(const struct mdtl_token *t, size_t n, size_t i,
    const struct mdtl_date *ref, struct match *m)
{
	size_t j = i, len;
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
	r = ref_days(ref);
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
 * The direction the words before t[i] give to a day named after it:
 * "until 9 a.m. Tuesday" is ahead.
 */
static enum mdtl_timex_dir
context_dir(const struct mdtl_token *t, size_t n, size_t i)
{
	enum mdtl_timex_dir dir = weekday_dir(t, n, i);

	return dir != MDTL_TIMEX_AUTO ? dir : cue_dir(t, n, i, 0);
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

/*
 * "the week of March 6": that week; "the day before last Tuesday", "two
 * days after Jan. 5": that day moved.  The day itself is an expression
 * found one level deeper.
 */
static int
match_shifted_day(const struct mdtl_token *t, size_t n, size_t i,
    const struct mdtl_date *ref, struct match *m, int depth)
{
	struct mdtl_timex day;
	size_t e = i, len;
	int by = 0, week = 0, y, mo, dd, wk;
	long d;

	if (ref->gran < MDTL_GRAN_DAY || depth >= MAX_NESTING)
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
		} else if (e == i && e + 3 < n &&
		    (by = count_val(&t[e])) > 0 &&
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
	if ((len = match_at(t, n, e, ref, MDTL_TIMEX_AUTO, &day,
	    depth + 1)) == 0 || day.type != MDTL_TIMEX_DATE ||
	    day.date.gran != MDTL_GRAN_DAY)
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

/*
 * Expressions whose value is made here whole: durations ("the past three
 * years" P3Y), sets ("daily" P1D), fiscal quarters ("the third quarter"),
 * clock times, holidays, the weekend, and references ("the past", "the
 * near future", "current").
 */
static int
match_other(const struct mdtl_token *t, size_t n, size_t i,
    const struct mdtl_date *ref, struct match *m, int depth)
{
	static const char *const set_codes[] = { "P1D", "P1W", "P1M", "P1Y",
	    "PT1H" };
	size_t j = i, start;
	int k, c, x, mult, clock, have_mod = 0, half = 0;
	char code;

	m->type = MDTL_TIMEX_DATE;
	/* sets: "daily", "each year", "every month", "per week" */
	if ((k = word_in(&t[i], &set_words)) >= 0) {
		snprintf(m->lit, sizeof m->lit, "%s", set_codes[k]);
		m->type = MDTL_TIMEX_SET;
		m->len = 1;
		m->rule = "set";
		return 1;
	}
	/* "Mondays", "Tuesday nights", "Sundays mornings": each */
	if ((t[i].flags & MDTL_TOK_CAP) &&
	    ((k = word_in(&t[i], &weekday_plurals)) >= 0 ||
	    ((k = word_in(&t[i], &weekday_names)) >= 0 && i + 1 < n &&
	    word_in(&t[i + 1], &day_part_plurals) >= 0))) {
		int part = i + 1 < n ? word_in(&t[i + 1], &day_part_plurals) :
		    -1;

		if (part < 0)
			snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%d", k + 1);
		else
			snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%dT%s",
			    k + 1, day_part_codes[part]);
		m->type = MDTL_TIMEX_SET;
		m->len = part < 0 ? 1 : 2;
		m->rule = "set of weekdays";
		return 1;
	}
	if ((WORD_IS(t[i].norm, "every") || WORD_IS(t[i].norm, "each")) && i + 1 < n && (t[i + 1].flags & MDTL_TOK_CAP)) {
		size_t ml;
		int wd = word_in(&t[i + 1], &weekday_names);
		int mo = wd < 0 ? month_at(t, n, i + 1, &ml) : 0;

		if (wd >= 0 || mo > 0) {
			if (wd >= 0)
				snprintf(m->lit, sizeof m->lit, "XXXX-WXX-%d",
				    wd + 1);
			else
				snprintf(m->lit, sizeof m->lit, "XXXX-%02d", mo);
			m->type = MDTL_TIMEX_SET;
			m->len = 2;
			m->rule = "set";
			return 1;
		}
	}
	if ((WORD_IS(t[i].norm, "every") || WORD_IS(t[i].norm, "each") || WORD_IS(t[i].norm, "per")) && i + 1 < n &&
	    duration_unit(&t[i + 1], &code, &mult, &clock)) {
		snprintf(m->lit, sizeof m->lit, "P%s1%c", clock ? "T" : "", code);
		m->type = MDTL_TIMEX_SET;
		m->len = 2;
		m->rule = "set";
		return 1;
	}
	if (WORD_IS(t[i].norm, "the") && i + 1 < n &&
	    (WORD_IS(t[i + 1].norm, "past") ||
	    WORD_IS(t[i + 1].norm, "future")) && (i + 2 >= n ||
	    t[i + 2].kind == MDTL_TOK_PUNCT || (!amount(&t[i + 2], &x) &&
	    !duration_unit(&t[i + 2], &code, &mult, &clock)))) {
		m->point = WORD_IS(t[i + 1].norm, "past") ? 2 : 3;
		m->len = 2;
		m->rule = "past or future";
		return 1;
	}
	if (match_shifted_day(t, n, i, ref, m, depth))
		return 1;
	/* holidays: Christmas, Thanksgiving, Election Day */
	if ((k = holiday_at(t, n, i, ref, m)) > 0)
		return 1;
	/* the week, the full year, the summer, the nineties */
	if (WORD_IS(t[i].norm, "the") && i + 1 < n &&
	    ref->gran != MDTL_GRAN_NONE) {
		size_t e = i + 1;
		int dk;

		if (WORD_IS(t[e].norm, "week") && !(e + 1 < n &&
		    (WORD_IS(t[e + 1].norm, "of") ||
		    WORD_IS(t[e + 1].norm, "'s")))) {
			snprintf(m->lit, sizeof m->lit, "%04d-WXX", ref->year);
			m->len = 2;
			m->rule = "the week";
			return 1;
		}
		if (WORD_IS(t[e].norm, "full") && e + 1 < n &&
		    WORD_IS(t[e + 1].norm, "year")) {
			snprintf(m->lit, sizeof m->lit, "%04d", ref->year);
			m->len = 3;
			m->rule = "the full year";
			return 1;
		}
		if (WORD_IS(t[e].norm, "early") ||
		    WORD_IS(t[e].norm, "late"))
			e++;
		if (e < n && (k = word_in(&t[e], &season_names)) >= 0 &&
		    !(e + 1 < n && (WORD_IS(t[e + 1].norm, "of") ||
		    year_val(&t[e + 1])))) {
			snprintf(m->lit, sizeof m->lit, "%04d-%s", ref->year,
			    mdtl_season_code(k + 1));
			m->len = e + 1 - i;
			m->rule = "the season";
			return 1;
		}
		if ((dk = word_in(&t[i + 1], &decade_words)) >= 0) {
			snprintf(m->lit, sizeof m->lit, "19%d", dk + 2);
			m->len = 2;
			m->rule = "the decade";
			return 1;
		}
	}
	/* the near future, the near term */
	if (i + 2 < n && WORD_IS(t[i].norm, "the") &&
	    WORD_IS(t[i + 1].norm, "near") &&
	    (WORD_IS(t[i + 2].norm, "future") ||
	    WORD_IS(t[i + 2].norm, "term"))) {
		m->point = 3;
		m->len = 3;
		m->rule = "the near future";
		return 1;
	}
	/* year-end: the end of the reference year */
	if (ref->gran != MDTL_GRAN_NONE && WORD_IS(t[i].norm, "year") &&
	    i + 2 < n && WORD_IS(t[i + 1].norm, "-") &&
	    WORD_IS(t[i + 2].norm, "end")) {
		/* "since year-end": the one past, unless the year is over */
		int y = ref->year - (cue_dir(t, n, i, 3) == MDTL_TIMEX_PAST &&
		    !(ref->gran >= MDTL_GRAN_DAY && ref->month == 12 &&
		    ref->day == 31));

		snprintf(m->lit, sizeof m->lit, "%04d-12-31", y);
		m->len = 3;
		m->rule = "year-end";
		return 1;
	}
	/* the latest period, in results: the quarter just reported */
	if (ref->gran >= MDTL_GRAN_MONTH && i + 2 < n &&
	    WORD_IS(t[i].norm, "the") && WORD_IS(t[i + 1].norm, "latest") && WORD_IS(t[i + 2].norm, "period")) {
		int qq = quarter_of(ref->month) - 1, y = ref->year;

		if (qq < 1) {
			qq = 4;
			y--;
		}
		snprintf(m->lit, sizeof m->lit, "%04d-Q%d", y, qq);
		m->len = 3;
		m->rule = "the latest period";
		return 1;
	}
	/* the weekend */
	if ((WORD_IS(t[i].norm, "the") || WORD_IS(t[i].norm, "this") ||
	    WORD_IS(t[i].norm, "last")) && i + 1 < n &&
	    WORD_IS(t[i + 1].norm, "weekend") && ref->gran >= MDTL_GRAN_DAY) {
		long d = ref_days(ref);
		int y, wk;

		/* told early in a week, "the weekend" is the one just past */
		if (WORD_IS(t[i].norm, "last") || mdtl_weekday(d) <= 2)
			d -= 7;
		mdtl_iso_week(d, &y, &wk);
		snprintf(m->lit, sizeof m->lit, "%04d-W%02d-WE", y, wk);
		m->len = 2;
		m->rule = "the weekend";
		return 1;
	}
	/* noon Thursday, midday, midnight: clock times named */
	if ((WORD_IS(t[i].norm, "noon") || WORD_IS(t[i].norm, "midday") || WORD_IS(t[i].norm, "midnight")) &&
	    ref->gran >= MDTL_GRAN_DAY &&
	    !(i > 0 && WORD_IS(t[i - 1].norm, "high"))) {
		/* ("high noon" is a showdown) */
		struct mdtl_timex day;
		const struct mdtl_date *d = ref;
		size_t len = 1;

		if (i + 1 < n && depth < MAX_NESTING && match_at(t, n, i + 1,
		    ref, context_dir(t, n, i), &day, depth + 1) > 0 &&
		    day.type == MDTL_TIMEX_DATE &&
		    day.date.gran == MDTL_GRAN_DAY) {
			d = &day.date;
			len += day.ntok;
		}
		snprintf(m->lit, sizeof m->lit, "%04d-%02d-%02dT%s", d->year,
		    d->month, d->day, !WORD_IS(t[i].norm, "midnight") ? "12:00" :
		    "24:00");
		m->type = MDTL_TIMEX_TIME;
		m->len = len;
		m->rule = "noon or midnight";
		return 1;
	}
	/* clock times: 10 a.m., 10:30 p.m. */
	if (t[i].kind == MDTL_TOK_NUM && ref->gran >= MDTL_GRAN_DAY) {
		long hh = num_val(&t[i]), mm = 0;
		size_t e = i + 1;
		int pm = -1;

		if (hh >= 0 && hh <= 12 && e + 1 < n &&
		    WORD_IS(t[e].norm, ":") && num_val(&t[e + 1]) >= 0 &&
		    num_val(&t[e + 1]) < 60 && strlen(t[e + 1].norm) == 2) {
			mm = num_val(&t[e + 1]);
			e += 2;
		}
		/* "4 in the morning", "8 in the evening": a.m. and p.m. */
		if (hh >= 1 && hh <= 12 && e + 2 < n &&
		    WORD_IS(t[e].norm, "in") &&
		    WORD_IS(t[e + 1].norm, "the") &&
		    (k = word_in(&t[e + 2], &day_parts)) >= 0 && k < 3) {
			pm = k > 0;
			e += 2;
		} else if (hh >= 1 && hh <= 12 && e < n &&
		    (WORD_IS(t[e].norm, "a.m.") ||
		    WORD_IS(t[e].norm, "am")))
			pm = 0;
		else if (hh >= 1 && hh <= 12 && e < n &&
		    (WORD_IS(t[e].norm, "p.m.") ||
		    WORD_IS(t[e].norm, "pm")))
			pm = 1;
		if (pm >= 0) {
			struct mdtl_timex day;
			const struct mdtl_date *d = ref;
			size_t z = e + 1, p;
			int aside = 0;	/* the aside and the day stay out */

			if (pm && hh < 12)
				hh += 12;
			else if (!pm && hh == 12)
				hh = 0;
			/*
			 * "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "10:35
			 * a.m. (0735 GMT) Friday": that day, looked for in
			 * the direction the words before the time give
			 * ("until 9 a.m. Tuesday")
			 */
			for (;;) {
				if (z < n && word_in(&t[z], &zone_names) >= 0 &&
				    z < e + 4)
					z++;
				else if ((p = paren_end(t, n, z)) > z)
					z = p, aside = 1;
				else
					break;
			}
			if (z < n && depth < MAX_NESTING && match_at(t, n, z,
			    ref, context_dir(t, n, i), &day, depth + 1) > 0 &&
			    day.type == MDTL_TIMEX_DATE &&
			    day.date.gran == MDTL_GRAN_DAY) {
				d = &day.date;
				if (!aside)
					e = z + day.ntok - 1;
			}
			snprintf(m->lit, sizeof m->lit,
			    "%04d-%02d-%02dT%02ld:%02ld", d->year, d->month,
			    d->day, hh, mm);
			m->type = MDTL_TIMEX_TIME;
			m->len = e + 1 - i;
			m->rule = "clock time";
			return 1;
		}
	}
	/*
	 * Fiscal quarters: the third quarter, third-quarter, the latest
	 * quarter, the 1988 second quarter, next year's first quarter.
	 */
	start = j;
	if (WORD_IS(t[j].norm, "the") && j + 1 < n)
		j++;
	{
		int year = 0, yoff = 0, rel = 0;

		if (j + 1 < n && (year = year_val(&t[j])) != 0) {
			j++;
		} else if (j + 2 < n && WORD_IS(t[j + 1].norm, "year") &&
		    WORD_IS(t[j + 2].norm, "'s") &&
		    (WORD_IS(t[j].norm, "this") ||
		    WORD_IS(t[j].norm, "last") ||
		    WORD_IS(t[j].norm, "next"))) {
			rel = 1;
			yoff = t[j].norm[0] == 'l' ? -1 : t[j].norm[0] == 'n' ?
			    1 : 0;
			j += 3;
		}
		k = j < n ? word_in(&t[j], &ordinal_words) : -1;
		if (j < n && (k >= 0 || WORD_IS(t[j].norm, "latest") ||
		    WORD_IS(t[j].norm, "current") ||
		    WORD_IS(t[j].norm, "this") ||
		    WORD_IS(t[j].norm, "last") ||
		    WORD_IS(t[j].norm, "quarter"))) {
			size_t q = j + (WORD_IS(t[j].norm, "quarter") ? 0 :
			    1);

			if (q < n && WORD_IS(t[q].norm, "-"))
				q++;
			if (q < n && WORD_IS(t[q].norm, "quarter") &&
			    ref->gran >= MDTL_GRAN_MONTH && (q > j || start < j ||
			    year || rel)) {
				int rq = quarter_of(ref->month), y = ref->year, qq;

				if (k >= 0 && q > j) {
					qq = k + 1;
					if (qq > rq)
						y--;
				} else if (WORD_IS(t[j].norm, "this") ||
				    WORD_IS(t[j].norm, "current"))
					qq = rq;
				else
					/* "the quarter", "the latest quarter",
					 * "last quarter": the one just reported */
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
		}
		j = start;
	}
	/*
	 * "a day-long meeting", "a decades-long feud": the unit with "-long"
	 * is the expression, found from the unit, not from "a"
	 */
	j = start;
	if (WORD_IS(t[j].norm, "a") || WORD_IS(t[j].norm, "an"))
		j++;
	if (j + 2 < n && WORD_IS(t[j + 1].norm, "-") &&
	    WORD_IS(t[j + 2].norm, "long") &&
	    duration_unit(&t[j], &code, &mult, &clock)) {
		if (j > start)
			return 0;
		if (t[j].norm[strlen(t[j].norm) - 1] == 's')
			snprintf(m->lit, sizeof m->lit, "P%sX%c", clock ? "T" :
			    "", code);
		else
			snprintf(m->lit, sizeof m->lit, "P%s%d%c", clock ? "T" :
			    "", mult, code);
		m->type = MDTL_TIMEX_DURATION;
		m->len = 3;
		m->rule = "unit-long";
		return 1;
	}
	/* durations: two years, the past three months, a week, two-year,
	 * nearly forty years, a couple of years, 20 more years */
	j = start;
	if (WORD_IS(t[j].norm, "the") && j + 1 < n)
		j++;
	if (j < n && word_in(&t[j], &set_modifiers) >= 0) {
		have_mod = 1;
		j++;
	}
	if (j + 1 < n && word_in(&t[j], &approximately) >= 0 &&
	    amount(&t[j + 1], &x) > 0)
		j++;
	c = 0;
	x = 0;
	if (j < n && (c = amount(&t[j], &x)) > 0) {
		j++;
		/* "a couple of", "a hundred", "twenty-five" */
		if (j + 1 < n && c == 1 && WORD_IS(t[j - 1].norm, "a") &&
		    amount(&t[j], &x) > 1) {
			c = amount(&t[j], &x);
			j++;
		}
		/* twenty-four, or twenty four in two words */
		if (c >= 20 && c % 10 == 0 && !x) {
			size_t e = j + (j < n && WORD_IS(t[j].norm, "-"));

			if (e + 1 < n && t[e].kind == MDTL_TOK_WORD &&
			    count_val(&t[e]) > 0 && count_val(&t[e]) < 10) {
				c += count_val(&t[e]);
				j = e + 1;
			}
		}
		/* "5 1/2 hours", "two and a half years" */
		if (j + 2 < n && WORD_IS(t[j].norm, "1") &&
		    WORD_IS(t[j + 1].norm, "/") &&
		    WORD_IS(t[j + 2].norm, "2") && !x) {
			half = 1;
			j += 3;
		} else if (j + 2 < n && WORD_IS(t[j].norm, "and") &&
		    WORD_IS(t[j + 1].norm, "a") &&
		    WORD_IS(t[j + 2].norm, "half") && !x) {
			half = 1;
			j += 3;
		}
		if (j < n && (WORD_IS(t[j].norm, "of") ||
		    WORD_IS(t[j].norm, "more")))
			j++;
	}
	if (j < n && c > 0 && WORD_IS(t[j].norm, "-"))
		j++;
	if (j < n && (c > 0 || have_mod) && !(t[j].flags & MDTL_TOK_CAP) &&
	    duration_unit(&t[j], &code, &mult, &clock) &&
	    !(code == 'Q' && j > 0 &&
	    WORD_IS(t[j - 1].norm, "-") && WORD_IS(t[j].norm, "quarters")) && !(j + 2 < n && WORD_IS(t[j + 1].norm, "-") &&
	    WORD_IS(t[j + 2].norm, "old"))) {
		/* (a "6-year-old" is an age) */
		/* "almost four years ago" is a date, found from "four" */
		if (j + 1 < n && (WORD_IS(t[j + 1].norm, "ago") ||
		    WORD_IS(t[j + 1].norm, "earlier") ||
		    WORD_IS(t[j + 1].norm, "later")))
			return 0;
		/* "recent years", "the coming months": some; "the past
		 * year": one */
		if (c == 0 && t[j].norm[strlen(t[j].norm) - 1] == 's')
			x = 1;
		if (c == 0)
			c = 1;
		/* "a year and a half" */
		if (!half && !x && j + 3 < n &&
		    WORD_IS(t[j + 1].norm, "and") &&
		    WORD_IS(t[j + 2].norm, "a") &&
		    WORD_IS(t[j + 3].norm, "half")) {
			half = 1;
			j += 3;
		}
		if (x)
			snprintf(m->lit, sizeof m->lit, "P%sX%c", clock ? "T" : "",
			    code);
		else if (half)
			half_duration(m->lit, sizeof m->lit, c * mult, code,
			    clock, mult);
		else if (code == 'Q')
			snprintf(m->lit, sizeof m->lit, "P%dQ", c);
		else
			snprintf(m->lit, sizeof m->lit, "P%s%d%c", clock ? "T" :
			    "", c * mult, code);
		m->type = MDTL_TIMEX_DURATION;
		m->len = j + 1 - i;
		m->rule = "duration";
		return 1;
	}
	/* "current prices", "recent talks": now, and a while ago */
	if (WORD_IS(t[i].norm, "current") || WORD_IS(t[i].norm, "recent")) {
		m->point = t[i].norm[0] == 'c' ? 1 : 2;
		m->len = 1;
		m->rule = "present or past";
		return 1;
	}
	return 0;
}

/* "Friday" with nothing to anchor it: XXXX-WXX-5 */
static void
underspecified(struct mdtl_timex *out, const struct match *m)
{
	switch (m->open) {
	case OPEN_MONTH:
		snprintf(out->value, sizeof out->value, "XXXX-%02d",
		    m->date.month);
		break;
	case OPEN_MONTHDAY:
		snprintf(out->value, sizeof out->value, "XXXX-%02d-%02d",
		    m->date.month, m->date.day);
		break;
	case OPEN_WEEKDAY:
		snprintf(out->value, sizeof out->value, "XXXX-WXX-%d",
		    m->weekday + 1);
		break;
	case OPEN_SEASON:
		snprintf(out->value, sizeof out->value, "XXXX-%s",
		    mdtl_season_code(m->date.part));
		break;
	case OPEN_NONE:
		break;
	}
}

/* An expression found at token i, nothing known of it yet. */
static void
start_timex(struct mdtl_timex *out, size_t i)
{
	memset(out, 0, sizeof *out);
	out->tok = i;
	out->weekday = -1;
}

static size_t
match_at(const struct mdtl_token *t, size_t n, size_t i,
    const struct mdtl_date *ref, enum mdtl_timex_dir want,
    struct mdtl_timex *out, int depth)
{
	struct match m;
	size_t j = i, ml;
	int end_of = 0, half = 0, quarter = 0, q, s, ok;
	enum mdtl_timex_dir dir;

	memset(&m, 0, sizeof m);
	m.offset_unit = -1;
	m.dir = MDTL_TIMEX_AUTO;
	/* the end of ..., the second half of ..., the third quarter of ... */
	if (tok_is(t, n, j, "the") && j + 1 < n)
		j++;
	if ((tok_is(t, n, j, "end") || tok_is(t, n, j, "close")) &&
	    tok_is(t, n, j + 1, "of") && j + 2 < n) {
		end_of = 1;
		j += 2;
		if (tok_is(t, n, j, "the") && j + 1 < n)
			j++;
	} else if (((q = word_in(&t[j], &ordinal_words)) >= 0 ||
	    tok_is(t, n, j, "last") || tok_is(t, n, j, "latter")) &&
	    j + 2 < n && tok_is(t, n, j + 2, "of") &&
	    (WORD_IS(t[j + 1].norm, "half") ||
	    WORD_IS(t[j + 1].norm, "quarter"))) {
		/* "the last half": the second; "the last quarter": the fourth */
		if (q < 0)
			q = WORD_IS(t[j + 1].norm, "half") ? 1 : 3;
		if (WORD_IS(t[j + 1].norm, "half") && q < 2)
			half = q + 1;
		else if (WORD_IS(t[j + 1].norm, "quarter"))
			quarter = q + 1;
		if (half || quarter) {
			j += 3;
			if (tok_is(t, n, j, "the") && j + 1 < n)
				j++;
		}
	} else if (j > i && !(tok_is(t, n, j, "year") ||
	    tok_is(t, n, j, "current") || tok_is(t, n, j, "same")))
		j = i;	/* "the" only before what needs it */
	ok = 0;
	if (tok_is(t, n, j, "year") && j > i && !end_of && !half && !quarter &&
	    (tok_is(t, n, j + 1, "ended") || tok_is(t, n, j + 1, "ending"))) {
		/* "the year ended March 31": a stretch of time told by its
		 * end; "for the year" alone is the reference's year */
		start_timex(out, i);
		out->tok = i;
		out->ntok = 2;
		out->type = MDTL_TIMEX_DURATION;
		out->flags = MDTL_TIMEX_POINT;
		out->rule = "the year";
		snprintf(out->value, sizeof out->value, "P1Y");
		return 2;
	}
	if (j < n && (tok_is(t, n, j, "year") || tok_is(t, n, j, "month") ||
	    tok_is(t, n, j, "week")) && j > i && !tok_is(t, n, j + 1, "-") &&
	    year_at(t, n, j + 1, &ml) == 0) {
		/* "the year", "the end of the month": the reference's */
		m.offset_unit = unit_val(&t[j]);
		m.offset = 0;
		m.len = 1;
		m.rule = "the unit";
		ok = 1;
	} else if (tok_is(t, n, j, "current") && j + 1 < n &&
	    ((q = unit_val(&t[j + 1])) >= 0 || (tok_is(t, n, j + 1,
	    "fiscal") && j + 2 < n && (q = unit_val(&t[j + 2])) >= 0)) &&
	    q < 4) {
		m.offset_unit = q;
		m.offset = 0;
		m.len = tok_is(t, n, j + 1, "fiscal") ? 3 : 2;
		m.rule = "the current unit";
		ok = 1;
	} else if ((s = word_in(&t[j], &season_names)) >= 0 &&
	    (t[j].flags & MDTL_TOK_CAP) == 0 && j + 1 < n &&
	    (year_val(&t[j + 1]) || (tok_is(t, n, j + 1, "of") &&
	    year_at(t, n, j + 2, &ml) != 0))) {
		/* "summer 1995", "the winter of nineteen ninety-four" */
		m.date.part = s + 1;
		m.date.gran = MDTL_GRAN_SEASON;
		if (tok_is(t, n, j + 1, "of")) {
			m.date.year = year_at(t, n, j + 2, &ml);
			m.len = 2 + ml;
		} else {
			m.date.year = year_val(&t[j + 1]);
			m.len = 2;
		}
		m.flags |= MDTL_TIMEX_EXPLICIT;
		m.rule = "season year";
		ok = 1;
	} else
		ok = match_calendar(t, n, j, &m, end_of || half || quarter) ||
		    (j == i && match_day_part(t, n, i, ref, &m)) ||
		    match_relative(t, n, j, &m);
	if ((!ok || m.lit[0]) && j == i && (m.lit[0] ||
	    match_other(t, n, i, ref, &m, depth))) {
		start_timex(out, i);
		out->tok = i;
		out->ntok = m.len;
		out->rule = m.rule;
		out->type = m.type;
		out->dir = MDTL_TIMEX_NEAREST;
		out->flags = MDTL_TIMEX_RELATIVE;
		if (m.point)
			snprintf(out->value, sizeof out->value, "%s",
			    point_values[m.point]);
		else
			snprintf(out->value, sizeof out->value, "%s", m.lit);
		/* not a day of the calendar: no date for the timeline */
		if (m.type != MDTL_TIMEX_DATE || m.point ||
		    strchr(m.lit, 'W') != NULL || strchr(m.lit, 'Q') != NULL)
			out->flags |= MDTL_TIMEX_POINT;
		else if (mdtl_timex_parse(m.lit, &out->date) < 0)
			out->flags |= MDTL_TIMEX_POINT;
		/* a quarter of a year, "1989-Q3" (not "P4Q", four of them) */
		if (m.type == MDTL_TIMEX_DATE && strlen(m.lit) == 7 &&
		    m.lit[4] == '-' && m.lit[5] == 'Q') {
			out->date.year = atoi(m.lit);
			out->date.part = m.lit[6] - '0';
			out->date.gran = MDTL_GRAN_QUARTER;
			out->flags &= ~(unsigned)MDTL_TIMEX_POINT;
		}
		return out->ntok;
	}
	if (!ok) {
		struct match d;
		size_t k = j + 1;

		if ((q = weekday_at(t, n, j)) < 0 || j != i)
			return 0;
		m.open = OPEN_WEEKDAY;
		m.weekday = q;
		m.date.gran = MDTL_GRAN_DAY;
		m.len = 1;
		m.rule = "weekday";
		/* "Friday, Oct. 23": the date says which Friday */
		if (tok_is(t, n, k, ","))
			k++;
		memset(&d, 0, sizeof d);
		d.offset_unit = -1;
		if (k < n && match_calendar(t, n, k, &d, 0) &&
		    d.date.gran == MDTL_GRAN_DAY) {
			d.len += k - j;
			d.rule = "weekday and date";
			m = d;
		} else if (k == j + 1 && k < n &&
		    word_in(&t[k], &day_parts) >= 0) {
			/* "Tuesday morning" */
			m.len = 2;
			m.rule = "weekday and part of the day";
		}
	}
	/* direction */
	dir = m.dir;
	if (dir == MDTL_TIMEX_AUTO && m.open == OPEN_WEEKDAY)
		dir = weekday_dir(t, n, i);
	if (dir == MDTL_TIMEX_AUTO)
		dir = cue_dir(t, n, i, j - i + m.len);
	/* "Wednesday's ruling", with no cue: one that was made */
	if (dir == MDTL_TIMEX_AUTO && m.open == OPEN_WEEKDAY && i + 1 < n &&
	    WORD_IS(t[i + 1].norm, "'s"))
		dir = MDTL_TIMEX_PAST;
	if (dir == MDTL_TIMEX_AUTO && want != MDTL_TIMEX_AUTO)
		dir = want;
	if (dir == MDTL_TIMEX_AUTO) {
		if (m.open != OPEN_NONE)
			dir = tense_dir(t, n, i, j - i + m.len);
		if (dir == MDTL_TIMEX_AUTO)
			dir = m.open == OPEN_WEEKDAY ? MDTL_TIMEX_PAST :
			    MDTL_TIMEX_NEAREST;
	}
	start_timex(out, i);
	out->ntok = j - i + m.len;
	out->dir = dir;
	out->rule = m.rule;
	out->flags = m.flags;
	out->date = m.date;
	if ((m.flags & MDTL_TIMEX_ANAPHOR) && m.open == OPEN_WEEKDAY) {
		/* moved by the weekday from a day, as "that day" is */
		out->weekday = m.weekday;
		out->unit = 0;
		out->shift = m.offset;
	}
	if (m.point) {
		out->flags |= MDTL_TIMEX_POINT | MDTL_TIMEX_RELATIVE;
		snprintf(out->value, sizeof out->value, "%s",
		    point_values[m.point]);
		out->date.gran = MDTL_GRAN_NONE;
		return out->ntok;
	}
	if (m.offset_unit >= 0) {
		out->flags |= MDTL_TIMEX_RELATIVE;
		if (ref->gran == MDTL_GRAN_NONE ||
		    (unit_needs_day(m.offset_unit) &&
		    ref->gran < MDTL_GRAN_DAY) ||
		    (m.offset_unit == 2 && ref->gran < MDTL_GRAN_MONTH)) {
			out->flags |= MDTL_TIMEX_UNRESOLVED;
			out->date.gran = MDTL_GRAN_NONE;
			snprintf(out->value, sizeof out->value, "%s",
			    m.offset < 0 ? "PAST_REF" : m.offset > 0 ?
			    "FUTURE_REF" : "PRESENT_REF");
			return out->ntok;
		}
		apply_offset(&out->date, ref, m.offset_unit, m.offset);
		out->unit = m.offset_unit;
		out->shift = m.offset;
	} else if (m.open != OPEN_NONE) {
		out->flags |= MDTL_TIMEX_RELATIVE | MDTL_TIMEX_DIRECTED;
		if (m.unknown_year || resolve_open(&out->date, m.open,
		    m.weekday, ref, &out->dir, m.strict) < 0) {
			/* no anchor: an underspecified value */
			out->flags |= MDTL_TIMEX_UNRESOLVED;
			underspecified(out, &m);
			out->date.gran = MDTL_GRAN_NONE;
			return out->ntok;
		}
	}
	if (m.this_year) {
		if (ref->gran == MDTL_GRAN_NONE) {
			out->flags |= MDTL_TIMEX_UNRESOLVED;
			snprintf(out->value, sizeof out->value, "XXXX-%02d",
			    m.date.month);
			out->date.gran = MDTL_GRAN_NONE;
			return out->ntok;
		}
		out->date.year = ref->year;
	}
	if (half && out->date.gran == MDTL_GRAN_YEAR) {
		out->date.gran = MDTL_GRAN_HALF;
		out->date.part = half;
	} else if (quarter && out->date.gran == MDTL_GRAN_YEAR) {
		out->date.gran = MDTL_GRAN_QUARTER;
		out->date.part = quarter;
	}
	/* TimeML gives "the end of 2011" the value 2011 (with mod END); the
	 * timeline dates it 2011-12-31 */
	/* "Tuesday morning" is annotated as the day itself, mostly */
	mdtl_date_format(&out->date, out->value, sizeof out->value);
	if (end_of)
		to_end(&out->date);
	return out->ntok;
}

/* What w (with its mdtl_text_hash()) is to the tagger. */
static enum mdtl_timex_word
word_kind(const char *w, unsigned hash)
{
	return (enum mdtl_timex_word)mdtl_wordset_get(&word_set, w, hash);
}

enum mdtl_timex_word
mdtl_timex_word(const char *w)
{
	return word_kind(w, mdtl_text_hash(w));
}

/*
 * May a date start at t[i]?  Not at punctuation, nor at a word the tagger
 * does not start with; and "the", "a", "an", "that" only when a word it
 * reads, a number or a sign follows.
 */
static int
may_start(const struct mdtl_token *t, size_t n, size_t i)
{
	const char *w = t[i].norm;

	if (t[i].kind == MDTL_TOK_PUNCT)
		return 0;
	if (t[i].kind != MDTL_TOK_WORD)
		return 1;
	if (word_kind(w, t[i].hash) != MDTL_TIMEX_WORD_START)
		return 0;
	if (!(WORD_IS(w, "the") || WORD_IS(w, "a") || WORD_IS(w, "an") ||
	    WORD_IS(w, "that")))
		return 1;
	return i + 1 < n && (t[i + 1].kind != MDTL_TOK_WORD ||
	    word_kind(t[i + 1].norm, t[i + 1].hash) != MDTL_TIMEX_WORD_NONE);
}

size_t
mdtl_timex_find(const struct mdtl_token *t, size_t n,
    const struct mdtl_date *ref, enum mdtl_timex_dir dir,
    struct mdtl_timex *out, size_t max)
{
	size_t i = 0, found = 0, len;

	while (i < n && found < max) {
		/* most words are no part of any date: not tried at all */
		if (!may_start(t, n, i)) {
			i++;
			continue;
		}
		len = match_at(t, n, i, ref, dir, &out[found], 0);
		if (len == 0) {
			i++;
			continue;
		}
		if ((out[found].flags & MDTL_TIMEX_RELATIVE) &&
		    !(out[found].flags & MDTL_TIMEX_UNRESOLVED)) {
			out[found].anchor = MDTL_TIMEX_FROM_REFERENCE;
			out[found].from = *ref;
		}
		found++;
		i += len;
	}
	return found;
}

int
mdtl_timex_parse(const char *s, struct mdtl_date *d)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_timex tx;
	struct mdtl_date none;
	size_t nt = 0, at = 0;
	int y, ret = -1;

	if (mdtl_date_parse_iso(s, d) == 0)
		return 0;
	memset(&none, 0, sizeof none);
	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	if (nt > 0) {
		/* a bare year is always a year here */
		if (nt == 1 && (y = year_val(&t[0])) != 0) {
			d->year = y;
			d->gran = MDTL_GRAN_YEAR;
			ret = 0;
		} else if (match_at(t, nt, 0, &none, MDTL_TIMEX_NEAREST,
		    &tx, 0) == nt && (tx.flags & MDTL_TIMEX_EXPLICIT) &&
		    !(tx.flags & MDTL_TIMEX_UNRESOLVED)) {
			*d = tx.date;
			ret = 0;
		}
	}
	mdtl_arena_release(&a);
	return ret;
}

/*
 * timex.c: the date tagger's scanner.  At each word a date may start with
 * (the index of timex-read.c, built from its recognisers' table), it reads
 * a prefix ("the end of", "the first half of"), has the recognisers that
 * may start at the word after it read an expression, and gives what the
 * first one reads its value: made whole, or resolved from the reference
 * date in the direction the words give (timex-resolve.c).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex-int.h"

/* The word lists of timex-words.h, as tables: made by tools/mkwords.c. */
#include "timex-words.gen.h"

/*
 * "the end of", "the close of", "the first half of", "the third quarter
 * of", "the last half of": *end_of, *half (1, 2) or *quarter (1-4) is set;
 * and "the" before what needs it ("the year", "the current year", "the
 * same day").  Returns where the expression after it starts.
 */
/* "the first half of", "the last quarter of" at t[j] (j may be n: "the
 * end of the" ends the sentence)? */
static int
part_at(const struct mdtl_token *t, size_t n, size_t j)
{
	return j < n && (word_in(&t[j], &ordinal_words) >= 0 ||
	    tok_is(t, n, j, "last") || tok_is(t, n, j, "latter")) &&
	    j + 2 < n && tok_is(t, n, j + 2, "of") &&
	    (WORD_IS(t[j + 1].norm, "half") ||
	    WORD_IS(t[j + 1].norm, "quarter"));
}

static size_t
read_prefix(const struct mdtl_token *t, size_t n, size_t i, int *end_of,
    int *half, int *quarter)
{
	size_t j = i;
	int q;

	*end_of = *half = *quarter = 0;
	if (tok_is(t, n, j, "the") && j + 1 < n)
		j++;
	if ((tok_is(t, n, j, "end") || tok_is(t, n, j, "close")) &&
	    tok_is(t, n, j + 1, "of") && j + 2 < n) {
		*end_of = 1;
		j += 2;
		/* "the end of the first quarter of 2010" */
		if (tok_is(t, n, j, "the") && part_at(t, n, j + 1))
			j++;
	}
	if (part_at(t, n, j)) {
		q = word_in(&t[j], &ordinal_words);
		/* "the last half": the second; "the last quarter": the fourth */
		if (q < 0)
			q = WORD_IS(t[j + 1].norm, "half") ? 1 : 3;
		if (WORD_IS(t[j + 1].norm, "half") && q < 2)
			*half = q + 1;
		else if (WORD_IS(t[j + 1].norm, "quarter"))
			*quarter = q + 1;
		if (!*half && !*quarter)
			return j;
		j += 3;
	} else if (!*end_of) {
		/* "the" only before what needs it: "the week before
		 * last" does */
		if (j > i && !(tok_is(t, n, j, "year") ||
		    tok_is(t, n, j, "fiscal") || tok_is(t, n, j, "decade") ||
		    tok_is(t, n, j, "current") || tok_is(t, n, j, "same") ||
		    ((tok_is(t, n, j, "month") || tok_is(t, n, j, "week")) &&
		    ((tok_is(t, n, j + 1, "before") &&
		    tok_is(t, n, j + 2, "last")) ||
		    (tok_is(t, n, j + 1, "after") &&
		    tok_is(t, n, j + 2, "next"))))))
			j = i;
		return j;
	}
	if (tok_is(t, n, j, "the") && j + 1 < n)
		j++;
	return j;
}

/* ---- values ---- */

/* No open vocabulary: every set empty. */
static const struct mdtl_timex_words no_words;

/* An expression found at token i, nothing known of it yet. */
static void
start_timex(struct mdtl_timex *out, size_t i)
{
	memset(out, 0, sizeof *out);
	out->tok = i;
	out->weekday = -1;
}

/* The day of a time of day, "2012-02-09TNI", "1989-11-06T17:00": 0, or -1. */
static int
day_of_time(const char *lit, struct mdtl_date *d)
{
	char day[11];

	if (strlen(lit) < 12 || lit[10] != 'T')
		return -1;
	memcpy(day, lit, 10);
	day[10] = '\0';
	return mdtl_date_parse_value(day, d) == 0 &&
	    d->gran == MDTL_GRAN_DAY ? 0 : -1;
}

/* A value made whole by its recogniser: a set, a duration, a clock time. */
static size_t
made_whole(struct mdtl_timex *out, size_t i, size_t ntok,
    const struct match *m)
{
	start_timex(out, i);
	out->ntok = ntok;
	out->rule = m->rule;
	out->type = m->type;
	out->dir = MDTL_TIMEX_NEAREST;
	out->flags = MDTL_TIMEX_RELATIVE;
	snprintf(out->value, sizeof out->value, "%s", m->point ?
	    mdtl_timex_point_values[m->point] : m->lit);
	/* not a time of the calendar (a week left open, "1989-WXX"): no
	 * date for the timeline; a year, a quarter, a season, a day are,
	 * and the day of a time ("last night", 2012-02-09TNI) */
	if (m->type == MDTL_TIMEX_TIME && !m->point && day_of_time(m->lit,
	    &out->date) == 0)
		return out->ntok;
	if (m->type != MDTL_TIMEX_DATE || m->point ||
	    mdtl_date_parse_value(m->lit, &out->date) < 0)
		out->flags |= MDTL_TIMEX_POINT;
	return out->ntok;
}

/*
 * "In two weeks, our leaders will gather in Chicago": a count of days,
 * weeks, months or years after "in", in a clause that looks ahead, is a
 * duration still (its value), whose end is a time of the calendar as
 * precise as its unit: the timeline's date.
 */
static void
in_time(const struct scan *s, struct mdtl_timex *x)
{
	static const char units[] = "DWMY";
	const char *u;
	char *end;
	long count;
	int firm = 0;

	if (x->type != MDTL_TIMEX_DURATION || x->tok == 0 ||
	    !tok_is(s->t, s->n, x->tok - 1, "in") || x->value[0] != 'P' ||
	    s->ref == NULL || s->ref->gran < MDTL_GRAN_DAY)
		return;
	count = strtol(x->value + 1, &end, 10);
	if (end == x->value + 1 || count <= 0 || count > 100 ||
	    end[0] == '\0' || end[1] != '\0' ||
	    (u = strchr(units, end[0])) == NULL ||
	    mdtl_timex_tense_dir(s->words, s->t, s->n, x->tok, x->ntok,
	    &firm) != MDTL_TIMEX_FUTURE)
		return;
	mdtl_timex_apply_offset(&x->date, s->ref, (int)(u - units),
	    (int)count);
	x->flags &= ~MDTL_TIMEX_POINT;
	x->anchor = MDTL_TIMEX_FROM_REFERENCE;
	x->from = *s->ref;
	x->rule = "N units from the reference date, ahead";
}

/*
 * Do the words that end before t[i] open a limit: "by", "before", "by the
 * time of"?  Not one a pluperfect near it puts in the past: "Before
 * Monday's talks, officials had said little".
 */
static int
limit_opens(const struct scan *s, size_t i)
{
	size_t k;

	if (!(i >= 1 && (tok_is(s->t, s->n, i - 1, "by") ||
	    tok_is(s->t, s->n, i - 1, "before"))) &&
	    !(i >= 4 && tok_is(s->t, s->n, i - 4, "by") &&
	    tok_is(s->t, s->n, i - 3, "the") &&
	    tok_is(s->t, s->n, i - 2, "time") &&
	    tok_is(s->t, s->n, i - 1, "of")))
		return 0;
	for (k = i > 10 ? i - 10 : 0; k < s->n && k <= i + 10; k++)
		if (tok_is(s->t, s->n, k, "had"))
			return 0;
	return 1;
}

/*
 * "an agreement by the Chicago summit in May", "by the NATO summit in
 * Chicago in May", "by the time of the Chicago summit in May", "before its
 * Chicago summit in May", "before NATO's Chicago summit in May": the day
 * of a meeting named as a limit, ahead;
 * not "made by Medvedev in May", an agent's.  The expression starts at
 * t[i].
 */
static int
limit_meeting(const struct scan *s, size_t i)
{
	size_t k, j = i - 2;

	if (i < 4 || !(tok_is(s->t, s->n, i - 1, "in") ||
	    tok_is(s->t, s->n, i - 1, "on")))
		return 0;
	/* "by the NATO summit in Chicago in May": past the place */
	if (s->t[j].kind == MDTL_TOK_WORD && (s->t[j].flags & MDTL_TOK_CAP)) {
		while (j > 0 && s->t[j].kind == MDTL_TOK_WORD &&
		    (s->t[j].flags & MDTL_TOK_CAP) && i - j <= 5)
			j--;
		if (!(tok_is(s->t, s->n, j, "in") ||
		    tok_is(s->t, s->n, j, "at")) || j == 0)
			return 0;
		j--;
	}
	if (!in_words(s->words->scheduled, &s->t[j]))
		return 0;
	/* (its determiner: "by the", "before its Chicago summit"; or an
	 * owner's "'s": "before NATO's Chicago summit") */
	for (k = j; k-- > 0 && j - k <= 4;) {
		if (tok_is(s->t, s->n, k, "'s")) {
			/* back over the owner's words, to its determiner
			 * ("before the alliance's summit") or the limit */
			while (k > 0 && s->t[k - 1].kind == MDTL_TOK_WORD &&
			    word_in(&s->t[k - 1], &determiners) < 0 &&
			    !tok_is(s->t, s->n, k - 1, "by") &&
			    !tok_is(s->t, s->n, k - 1, "before") && j - k <= 6)
				k--;
			if (k > 0 && word_in(&s->t[k - 1], &determiners) >= 0)
				k--;
			return limit_opens(s, k);
		}
		if (s->t[k].kind != MDTL_TOK_WORD)
			break;
		if (word_in(&s->t[k], &determiners) >= 0)
			return limit_opens(s, k);
	}
	return 0;
}

/*
 * The direction of what m read at t[i .. i + len): its own, then the words
 * around it, then the caller's (want), then the tense.  *firm is set when
 * a word bound to the expression gives it ("since Jan. 31", "the quarter
 * ended Dec. 31", "died Jan. 5"), not a verb further off, whose past often
 * tells of a day to come ("declared a dividend payable Dec. 15").
 * *untensed is set when nothing gives a weekday its way, and it looks back.
 */
static enum mdtl_timex_dir
direction(const struct scan *s, size_t i, size_t len, const struct match *m,
    enum mdtl_timex_dir want, int *firm, int *untensed)
{
	enum mdtl_timex_dir dir = m->dir;
	size_t at = i;		/* where the words around it start */

	*firm = m->strict;
	*untensed = 0;
	/* the words before a modifier: "until mid-November", "by early
	 * May" */
	if (i >= 2 && tok_is(s->t, s->n, i - 1, "-") &&
	    tok_is(s->t, s->n, i - 2, "mid"))
		at = i - 2;
	else if (i >= 1 && (tok_is(s->t, s->n, i - 1, "early") ||
	    tok_is(s->t, s->n, i - 1, "late") ||
	    tok_is(s->t, s->n, i - 1, "mid")))
		at = i - 1;
	len += i - at;
	if (dir == MDTL_TIMEX_AUTO && m->open != OPEN_NONE &&
	    (dir = mdtl_timex_limit_dir(s->t, s->n, at)) != MDTL_TIMEX_AUTO)
		*firm = 1;
	if (dir == MDTL_TIMEX_AUTO &&
	    (dir = mdtl_timex_cue_dir(s->t, s->n, at, len)) != MDTL_TIMEX_AUTO)
		*firm = 1;
	if (dir == MDTL_TIMEX_AUTO && m->open != OPEN_NONE &&
	    limit_meeting(s, at))
		dir = MDTL_TIMEX_FUTURE;
	/* "Wednesday's ruling", with no cue: one that was made; but "will
	 * top the agenda of Monday's talks", a meeting in a clause that looks
	 * ahead, is to come, and so is one a limit names: "wants an answer
	 * before Monday's talks" */
	if (dir == MDTL_TIMEX_AUTO && m->open == OPEN_WEEKDAY &&
	    tok_is(s->t, s->n, i + 1, "'s"))
		dir = i + 2 < s->n && in_words(s->words->scheduled,
		    &s->t[i + 2]) && (limit_opens(s, at) ||
		    mdtl_timex_tense_dir(s->words, s->t, s->n, at, len,
		    firm) == MDTL_TIMEX_FUTURE) ? MDTL_TIMEX_FUTURE :
		    MDTL_TIMEX_PAST;
	/* "accepting her offer of October", "Medvedev's statement on
	 * Wednesday": the day words were said, gone by */
	if (dir == MDTL_TIMEX_AUTO && m->open != OPEN_NONE && at >= 2 &&
	    in_words(s->words->said, &s->t[at - 2]) &&
	    (tok_is(s->t, s->n, at - 1, "of") ||
	    (tok_is(s->t, s->n, at - 1, "on") && at >= 3 &&
	    tok_is(s->t, s->n, at - 3, "'s")))) {
		dir = MDTL_TIMEX_PAST;
		*firm = 1;
	}
	if (dir == MDTL_TIMEX_AUTO && want != MDTL_TIMEX_AUTO)
		dir = want;
	/* (an anaphor's tense too: a day told of the past counts from no
	 * day to come, mdtl_timex_ctx_apply()) */
	if (dir == MDTL_TIMEX_AUTO && (m->open != OPEN_NONE ||
	    (m->flags & MDTL_TIMEX_ANAPHOR)))
		dir = mdtl_timex_tense_dir(s->words, s->t, s->n, at, len, firm);
	/* a season's year moves only by a verb close before it */
	if (m->open == OPEN_SEASON && !*firm && dir != MDTL_TIMEX_AUTO &&
	    mdtl_timex_near_dir(s->words, s->t, s->n, at, 5) == dir)
		*firm = 1;
	if (dir == MDTL_TIMEX_AUTO && m->open == OPEN_WEEKDAY)
		*untensed = 1;
	if (dir == MDTL_TIMEX_AUTO)
		dir = m->open == OPEN_WEEKDAY ? MDTL_TIMEX_PAST :
		    MDTL_TIMEX_NEAREST;
	return dir;
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
	case OPEN_DAY:
		snprintf(out->value, sizeof out->value, "XXXX-XX-%02d",
		    m->date.day);
		break;
	case OPEN_SEASON:
		snprintf(out->value, sizeof out->value, "XXXX-%s",
		    mdtl_season_code(m->date.part));
		break;
	case OPEN_NONE:
		break;
	}
}

/*
 * What the reference date gives what m left open: the day of an offset
 * ("last week"), the year of "Nov. 24", the week of "Friday".  0 when it
 * was given a value; -1 when it stays unresolved (out->value says how).
 */
static int
fill(struct mdtl_timex *out, const struct match *m,
    const struct mdtl_date *ref, int firm)
{
	if (m->offset_unit >= 0) {
		out->flags |= MDTL_TIMEX_RELATIVE;
		if (ref->gran == MDTL_GRAN_NONE || (m->offset_unit <= 1 &&
		    ref->gran < MDTL_GRAN_DAY) || (m->offset_unit == 2 &&
		    ref->gran < MDTL_GRAN_MONTH)) {
			snprintf(out->value, sizeof out->value, "%s",
			    m->offset < 0 ? "PAST_REF" : m->offset > 0 ?
			    "FUTURE_REF" : "PRESENT_REF");
			return -1;
		}
		mdtl_timex_apply_offset(&out->date, ref, m->offset_unit,
		    m->offset);
		out->unit = m->offset_unit;
		out->shift = m->offset;
		/* "June of that year": a month of the year moved to */
		if (m->date.gran == MDTL_GRAN_MONTH && m->offset_unit == 3) {
			out->month = m->date.month;
			out->date.month = m->date.month;
			out->date.gran = MDTL_GRAN_MONTH;
		}
	} else if (m->open != OPEN_NONE) {
		out->flags |= MDTL_TIMEX_RELATIVE | MDTL_TIMEX_DIRECTED;
		if (m->open == OPEN_MONTH || m->open == OPEN_MONTHDAY)
			out->flags |= MDTL_TIMEX_YEARLESS;
		if (m->unknown_year || mdtl_timex_resolve_open(&out->date,
		    m->open, m->weekday, ref, &out->dir, m->strict,
		    firm) < 0) {
			/* no anchor: an underspecified value */
			underspecified(out, m);
			return -1;
		}
	}
	if (m->this_year) {
		if (ref->gran == MDTL_GRAN_NONE) {
			snprintf(out->value, sizeof out->value, "XXXX-%02d",
			    m->date.month);
			return -1;
		}
		out->date.year = ref->year;
	}
	return 0;
}

/*
 * The value of what m read at t[i .. j + m->len), after a prefix at
 * t[i .. j) ("the end of": end_of; "the second half of": half 2; "the
 * third quarter of": quarter 3).
 */
static size_t
resolve(const struct scan *s, size_t i, size_t j, const struct match *m,
    enum mdtl_timex_dir want, const int prefix[3], struct mdtl_timex *out)
{
	int firm, untensed;

	start_timex(out, i);
	out->ntok = j - i + m->len;
	out->dir = direction(s, i, out->ntok, m, want, &firm, &untensed);
	out->rule = m->rule;
	out->flags = m->flags | (untensed ? MDTL_TIMEX_UNTENSED : 0) |
	    (m->open == OPEN_WEEKDAY ? MDTL_TIMEX_WEEKDAY : 0) |
	    (i > 0 && word_in(&s->t[i - 1], &opening_preps) >= 0 ?
	    MDTL_TIMEX_ADVERBIAL : 0);
	out->date = m->date;
	if ((m->flags & MDTL_TIMEX_ANAPHOR) && m->open == OPEN_WEEKDAY) {
		/* moved by the weekday from a day, as "that day" is */
		out->weekday = m->weekday;
		out->unit = 0;
		out->shift = m->offset;
	}
	if (m->point) {
		out->flags |= MDTL_TIMEX_POINT | MDTL_TIMEX_RELATIVE;
		snprintf(out->value, sizeof out->value, "%s",
		    mdtl_timex_point_values[m->point]);
		out->date.gran = MDTL_GRAN_NONE;
		return out->ntok;
	}
	if (fill(out, m, s->ref, firm) < 0) {
		out->flags |= MDTL_TIMEX_UNRESOLVED;
		out->date.gran = MDTL_GRAN_NONE;
		return out->ntok;
	}
	if (prefix[1] && out->date.gran == MDTL_GRAN_YEAR) {
		out->date.gran = MDTL_GRAN_HALF;
		out->date.part = prefix[1];
	} else if (prefix[2] && out->date.gran == MDTL_GRAN_YEAR) {
		out->date.gran = MDTL_GRAN_QUARTER;
		out->date.part = prefix[2];
	}
	/* TimeML gives "the end of 2011" the value 2011 (with mod END); the
	 * timeline dates it 2011-12-31 */
	mdtl_date_format(&out->date, out->value, sizeof out->value);
	if (m->day_part && out->date.gran == MDTL_GRAN_DAY)
		snprintf(out->value + strlen(out->value), sizeof out->value -
		    strlen(out->value), "T%s",
		    mdtl_timex_day_part_codes[m->day_part - 1]);
	if (prefix[0] || m->end_of)
		mdtl_timex_to_end(&out->date);
	if (m->lapse) {
		out->type = MDTL_TIMEX_DURATION;
		snprintf(out->value, sizeof out->value, "P%d%c",
		    abs(m->offset), "DWMY"[m->offset_unit]);
	}
	return out->ntok;
}

size_t
mdtl_timex_match(const struct scan *s0, size_t i, enum mdtl_timex_dir want,
    struct mdtl_timex *out)
{
	struct scan s = *s0;
	struct match m;
	const struct recogniser *r;
	int prefix[3];
	size_t j;

	j = read_prefix(s.t, s.n, i, &prefix[0], &prefix[1], &prefix[2]);
	s.prefixed = prefix[0] || prefix[1] || prefix[2];
	if ((r = mdtl_timex_recognise(&s, i, j, 0, &m)) == NULL &&
	    (prefix[1] || prefix[2])) {
		/* "a loss for the third quarter of $226.3 million": no
		 * date after the prefix, which is the quarter itself */
		j = i;
		s.prefixed = prefix[1] = prefix[2] = 0;
		r = mdtl_timex_recognise(&s, i, j, 0, &m);
	}
	if (r == NULL)
		return 0;
	if (r->flags & R_WHOLE) {
		made_whole(out, i, j - i + m.len, &m);
		in_time(&s, out);
		/* "the end of the first quarter": its last day */
		if (prefix[0] && out->date.gran != MDTL_GRAN_NONE)
			mdtl_timex_to_end(&out->date);
		return out->ntok;
	}
	return resolve(&s, i, j, &m, want, prefix, out);
}

size_t
mdtl_timex_find(const struct mdtl_token *t, size_t n,
    const struct mdtl_date *ref, enum mdtl_timex_dir dir,
    const struct mdtl_timex_words *words, struct mdtl_timex *out, size_t max)
{
	struct scan s = { t, n, ref, words != NULL ? words : &no_words, 0, 0,
	    mdtl_timex_match };
	size_t i = 0, found = 0, len;

	mdtl_timex_index();
	while (i < n && found < max) {
		/* most words are no part of any date: not tried at all */
		if (!mdtl_timex_may_start(t, n, i)) {
			i++;
			continue;
		}
		if ((len = mdtl_timex_match(&s, i, dir, &out[found])) == 0) {
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

int
mdtl_timex_parse(const char *s, struct mdtl_date *d)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_timex tx;
	struct mdtl_date none;
	struct scan sc;
	size_t nt = 0, at = 0;
	int y, ret = -1;

	if (mdtl_date_parse_iso(s, d) == 0)
		return 0;
	memset(&none, 0, sizeof none);
	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	mdtl_timex_index();
	sc.t = t;
	sc.n = nt;
	sc.ref = &none;
	sc.words = &no_words;	/* a date of its own needs no tense */
	sc.depth = sc.prefixed = 0;
	sc.match = mdtl_timex_match;
	if (nt > 0) {
		/* a bare year is always a year here */
		if (nt == 1 && (y = mdtl_timex_year_val(&t[0])) != 0) {
			d->year = y;
			d->gran = MDTL_GRAN_YEAR;
			ret = 0;
		} else if (mdtl_timex_match(&sc, 0, MDTL_TIMEX_NEAREST,
		    &tx) == nt && (tx.flags & MDTL_TIMEX_EXPLICIT) &&
		    !(tx.flags & MDTL_TIMEX_UNRESOLVED)) {
			*d = tx.date;
			ret = 0;
		}
	}
	mdtl_arena_release(&a);
	return ret;
}

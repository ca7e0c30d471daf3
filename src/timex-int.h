/*
 * timex-int.h: what the parts of the date tagger share.  timex.c scans a
 * sentence and tries, at each word, the recognisers that may start there;
 * timex-read.c holds the recognisers, as a table; timex-resolve.c gives
 * an expression its direction and its value from the reference date.
 */
#ifndef MDTL_TIMEX_INT_H
#define MDTL_TIMEX_INT_H

#include <stddef.h>
#include <stdint.h>

#include "mdtl/timex.h"
#include "mdtl/wordset.h"

/* The position of the token's word in the list, or -1. */
#define word_in(t, l)	mdtl_wordlist_find((l), (t))

/* s is the word lit */
#define WORD_IS(s, lit)	mdtl_text_eq((s), (lit))

/* Is the token's word in a set of the open vocabulary (set may be NULL)? */
static inline int
in_words(const struct mdtl_wordset *set, const struct mdtl_token *t)
{
	return set != NULL && mdtl_wordset_has(set, t);
}

static inline int
tok_is(const struct mdtl_token *t, size_t n, size_t i, const char *w)
{
	return i < n && WORD_IS(t[i].norm, w);
}

/* What an expression leaves for the reference date to fill. */
enum open_kind {
	OPEN_NONE,		/* fully given */
	OPEN_MONTH,		/* month without a year */
	OPEN_MONTHDAY,		/* month and day without a year */
	OPEN_WEEKDAY,		/* a day of the week */
	OPEN_DAY,		/* a day of the month alone: "on the 20th" */
	OPEN_SEASON,
};

/* What a recogniser read. */
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
	int			end_of;		/* its end ("year-end"), as after
						   "the end of" */
	int			lapse;		/* "three days later": TimeML's
						   value is the lapse (P3D), a
						   DURATION; the date, the day it
						   leads to */
	int			day_part;	/* "Friday evening": 1 + its
						   index in day_parts, or 0 */
	enum mdtl_timex_type	type;
	char			lit[24];	/* a value made whole */
};

/* The sentence being read, and how. */
struct scan {
	const struct mdtl_token	*t;
	size_t			 n;
	const struct mdtl_date	*ref;
	const struct mdtl_timex_words *words;	/* tense and the like */
	int			 depth;		/* of an expression inside one */
	int			 prefixed;	/* after "the end of", "the first
						   half of": a bare number there
						   is a year ("the end of 2011") */
	/* the scanner's reading of a whole expression, for one inside
	 * another ("noon Thursday", "the day before Jan. 5") */
	size_t	(*match)(const struct scan *, size_t i, enum mdtl_timex_dir,
		    struct mdtl_timex *out);
};

/*
 * How deep one expression may hold another ("the day before 9 a.m.
 * Tuesday"): a bound, so that "noon noon noon ..." does not recurse once
 * per word.
 */
#define MAX_NESTING	3

/* Where a recogniser may read, and what it gives. */
enum {
	R_PREFIXED = 1 << 0,	/* also after "the end of", "the first half
				   of": a date or a relative one */
	R_AFTER_PREFIX = 1 << 1,	/* only there: "the end of the month" */
	R_WHOLE = 1 << 2,	/* a value made whole (lit or point) */
	R_NUMBER = 1 << 3,	/* starts at a number in figures too */
	R_CALENDAR = 1 << 4,	/* a date of the calendar: "Friday, Oct. 23"
				   reads one after the weekday */
};

/*
 * A recogniser, as git's approxidate has them: the words an expression
 * may start with (from the tagger's word lists and words of its own) and
 * the function that reads one at t[i].  read returns 1 when it read one
 * into m, 0 when it did not, and -1 when no expression starts at t[i]
 * at all ("a" of "a day-long meeting", which is read from "day").
 */
struct recogniser {
	const char			*name;
	unsigned			 flags;
	const struct mdtl_wordlist *const *lists;	/* NULL-ended */
	const char *const		*words;		/* NULL-ended */
	int	(*read)(const struct scan *, size_t i, struct match *m);
};

/* timex.c: an expression at t[i] read whole */
size_t	mdtl_timex_match(const struct scan *, size_t i, enum mdtl_timex_dir,
	    struct mdtl_timex *out);

/* timex-read.c: the recognisers, in the order they are tried */
extern const struct recogniser mdtl_timex_recognisers[];
extern const size_t mdtl_timex_nrecognisers;
extern const char *const mdtl_timex_point_values[];
extern const char *const mdtl_timex_day_part_codes[];
int	mdtl_timex_year_val(const struct mdtl_token *);

/*
 * timex-read.c: make the start index from the table, once (any thread may
 * call it); the scanner's entry points do, before the functions below.
 */
void	mdtl_timex_index(void);
/* timex-read.c: the recognisers (a bit each) that may start at t */
uint64_t mdtl_timex_starting(const struct mdtl_token *t);
/*
 * timex-read.c: may an expression start at t[i]?  Not where no recogniser
 * may; and an article ("the", "a", "an", "that") only before a word the
 * tagger knows, a number or a sign.
 */
int	mdtl_timex_may_start(const struct mdtl_token *t, size_t n, size_t i);
/*
 * timex-read.c: the first recogniser with all of flags that reads an
 * expression at t[j] into m, i being where a prefix before it starts;
 * NULL when none does.
 */
const struct recogniser *mdtl_timex_recognise(const struct scan *, size_t i,
	    size_t j, unsigned flags, struct match *m);
/* timex-read.c: a date of the calendar at t[i] ("Friday, Oct. 23"), into m */
int	mdtl_timex_read_calendar(const struct scan *, size_t i, int prefixed,
	    struct match *m);

/* timex-resolve.c: the direction the words give, and the value */
enum mdtl_timex_dir mdtl_timex_cue_dir(const struct mdtl_token *, size_t n,
	    size_t i, size_t len);
enum mdtl_timex_dir mdtl_timex_near_dir(const struct mdtl_timex_words *,
	    const struct mdtl_token *, size_t n, size_t i, size_t reach);
enum mdtl_timex_dir mdtl_timex_tense_dir(const struct mdtl_timex_words *,
	    const struct mdtl_token *, size_t n, size_t i, size_t len,
	    int *firm);
enum mdtl_timex_dir mdtl_timex_limit_dir(const struct mdtl_token *,
	    size_t n, size_t i);
enum mdtl_timex_dir mdtl_timex_context_dir(const struct mdtl_token *,
	    size_t n, size_t i);
int	mdtl_timex_resolve_open(struct mdtl_date *, enum open_kind, int weekday,
	    const struct mdtl_date *ref, enum mdtl_timex_dir *, int strict,
	    int firm);
void	mdtl_timex_apply_offset(struct mdtl_date *, const struct mdtl_date *ref,
	    int unit, int off);
void	mdtl_timex_to_end(struct mdtl_date *);

#endif

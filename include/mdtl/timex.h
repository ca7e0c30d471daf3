/* timex.h: resolve temporal expressions to TIMEX3 values against a reference date. */
#ifndef MDTL_TIMEX_H
#define MDTL_TIMEX_H

#include <stddef.h>

#include "mdtl/date.h"
#include "mdtl/text.h"
#include "mdtl/wordset.h"

/*
 * mdtl_timex_find() scans the tokens of one sentence and fills at most max
 * records, in text order, returning how many it found.  The reference date
 * (the publication date) may have gran MDTL_GRAN_NONE: relative expressions
 * then stay unresolved (value "").  Direction comes from cue words ("next",
 * "ago", "ahead of", "by") and then from the tense around the expression.
 * No clock is read: the reference is always a parameter.
 */
enum mdtl_timex_dir {
	MDTL_TIMEX_PAST,
	MDTL_TIMEX_FUTURE,
	MDTL_TIMEX_NEAREST,
	MDTL_TIMEX_AUTO,	/* decide from the context */
};

enum mdtl_timex_type {
	MDTL_TIMEX_DATE,
	MDTL_TIMEX_TIME,
	MDTL_TIMEX_DURATION,
	MDTL_TIMEX_SET,
};

enum mdtl_timex_flags {
	MDTL_TIMEX_RELATIVE = 1 << 0,	/* needed the reference date */
	MDTL_TIMEX_EXPLICIT = 1 << 1,	/* gave its own year */
	MDTL_TIMEX_UNRESOLVED = 1 << 2,	/* relative, with no reference */
	MDTL_TIMEX_POINT = 1 << 3,	/* "now", "recently": no calendar date */
	MDTL_TIMEX_YEAR_AGO = 1 << 4,	/* "a year earlier": the same period
					   a year before, if one was named */
	MDTL_TIMEX_ANAPHOR = 1 << 5,	/* "that day", "the following year":
					   moved from the date last named */
	MDTL_TIMEX_DIRECTED = 1 << 6,	/* its year or week chosen by the
					   direction (dir) the words give */
	MDTL_TIMEX_WITHIN = 1 << 7,	/* "later in the day": within the
					   day last told, never a period's */
	MDTL_TIMEX_LAPSE = 1 << 8,	/* "a year earlier", "two years ago":
					   a period counted, none named */
	MDTL_TIMEX_NAMING = 1 << 9,	/* "the 1972 Anti-Ballistic Missile
					   Treaty": a year in a name, no
					   date of the story to count from */
	MDTL_TIMEX_WEEKDAY = 1 << 10,	/* a day named by its weekday */
	MDTL_TIMEX_UNTENSED = 1 << 11,	/* a weekday no word gave a way:
					   past by default, or of the week
					   of a day to come just named so */
	MDTL_TIMEX_YEARLESS = 1 << 12,	/* a month or a day of a month
					   without its year: "in May",
					   "on July 2" */
	MDTL_TIMEX_ADVERBIAL = 1 << 13,	/* after "on" or "in": the time of
					   its clause ("on June 7, 2007"),
					   not a noun's ("the Dec. 21, 1988,
					   bombing") */
};

/* What a relative value counts from. */
enum mdtl_timex_anchor {
	MDTL_TIMEX_FROM_NONE,		/* absolute, or left unresolved */
	MDTL_TIMEX_FROM_REFERENCE,	/* the reference (publication) date */
	MDTL_TIMEX_FROM_NAMED,		/* the date last named before it */
};

struct mdtl_timex {
	size_t			tok, ntok;	/* token range in the sentence */
	enum mdtl_timex_type	type;
	struct mdtl_date	date;		/* the day or period it names;
						   "the end of 2011": 12-31 */
	char			value[24];	/* TIMEX3 value, "" unresolved */
	unsigned		flags;
	enum mdtl_timex_dir	dir;		/* the direction applied */
	int			unit, shift;	/* an anaphor's move: unit 0 day,
						   1 week, 2 month, 3 year */
	int			weekday;	/* "the previous Friday": 0-6 (0
						   Monday), or -1 */
	int			month;		/* "in June of that year": the
						   month of the year moved to,
						   1-12, or 0 */
	enum mdtl_timex_anchor	anchor;		/* what the value counts from */
	struct mdtl_date	from;		/* that date */
	const char		*rule;		/* what matched, for --explain */
	size_t			sentence;	/* its sentence's index + 1, or
						   0 when not told */
};

/*
 * How x was read, for --explain: its rule, the direction it looked and
 * what it counts from ("weekday, looking back from the reference date
 * 2011-07-01"), into buf.
 */
void	mdtl_timex_explain(const struct mdtl_timex *x, char *buf, size_t size);
/*
 * The tagger's open English vocabulary, read from data (cues.yaml
 * "grammar": tense_future, tense_future_after, tense_past, intention,
 * attempts, year_prepositions, scheduled, speech_nouns); a set with no
 * slots is empty.  mdtl_lexicon_timex_words() fills it.
 */
struct mdtl_timex_words {
	const struct mdtl_wordset *future, *past, *intention, *year_preps;
	const struct mdtl_wordset *future_after;	/* "on Wednesday must" */
	const struct mdtl_wordset *before_to;	/* "is set to", of future */
	const struct mdtl_wordset *possible;	/* "could take place" */
	const struct mdtl_wordset *invited;	/* "invited Putin to" */
	const struct mdtl_wordset *proposed;	/* "proposed a meeting" */
	const struct mdtl_wordset *scheduled;	/* "Monday's talks" */
	const struct mdtl_wordset *said;	/* "her offer of October" */
	const struct mdtl_wordset *occurred;	/* "met in Sochi on Jan. 25" */
	const struct mdtl_wordset *attempts;	/* "failed to meet" */
};

size_t	mdtl_timex_find(const struct mdtl_token *t, size_t n,
	    const struct mdtl_date *ref, enum mdtl_timex_dir dir,
	    const struct mdtl_timex_words *words, struct mdtl_timex *out,
	    size_t max);
const char *mdtl_timex_type_name(enum mdtl_timex_type);
/*
 * Whether w (a token's lower-case form) is a word an expression may start
 * with: one the recognisers' table declares (src/timex-read.c).  A word
 * token that is none is not tried.
 */
enum mdtl_timex_word {
	MDTL_TIMEX_WORD_NONE,
	MDTL_TIMEX_WORD_START
};

enum mdtl_timex_word mdtl_timex_word(const char *w);
/*
 * Read the expressions of a document in order and let "a year ago" take
 * the granularity of the fiscal quarter last named: after "the third
 * quarter" of 1989 it is 1988-Q3.  An anaphor ("that day", "later that
 * year", "the following month") moves from the date last named, when
 * that date is precise enough; otherwise it keeps the value found from
 * the reference date.
 */
void	mdtl_timex_in_context(struct mdtl_timex **v, size_t n);
/*
 * The same, an expression at a time, for a reader that sees a document
 * sentence by sentence: init once per document, then apply to each
 * expression in text order.
 */
struct mdtl_timex_ctx {
	struct mdtl_date	latest, anchor[4], quarter;
	int			have_latest, have_anchor[4], have_quarter;
	struct mdtl_date	back[4];	/* anchors not read ahead */
	int			have_back[4];
	int			latest_ahead;	/* read looking ahead */
	int			latest_lapse;	/* counted: MDTL_TIMEX_LAPSE */
	int			latest_later;	/* to come: after the reference */
	int			latest_weekday;	/* named by its weekday */
	struct mdtl_date	story;		/* a story's time: a month or
						   a day with its own year, of
						   its clause ("on June 7,
						   2007"), and those it moved */
	int			have_story;
	size_t			latest_sentence;	/* its sentence */
};
void	mdtl_timex_ctx_init(struct mdtl_timex_ctx *);
void	mdtl_timex_ctx_apply(struct mdtl_timex_ctx *, struct mdtl_timex *);
/*
 * A date as people write it, on the command line or in metadata: ISO 8601
 * ("2011", "2011-07", "2011-07-01", "2011-07-01T14:23[:00][+04:00|Z]") or
 * a phrase the tagger reads with a year of its own ("May 2011", "1 July
 * 2011", "July 1, 2011").  Returns 0, or -1 when it is not a date.
 */
int	mdtl_timex_parse(const char *s, struct mdtl_date *);

#endif

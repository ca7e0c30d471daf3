/* report.h: a briefing on a timeline, and the state of its deadlines. */
#ifndef MDTL_REPORT_H
#define MDTL_REPORT_H

#include <stdio.h>

#include "mdtl/event.h"

/*
 * A dated event as of a day (days since 1970-01-01): pending before the
 * first day its date covers, due within it, passed after its last day.
 * *days_left counts from the day to that last day (negative once passed).
 * The clock is never read: the day is always given.
 */
enum mdtl_due {
	MDTL_DUE_PENDING,
	MDTL_DUE_DUE,
	MDTL_DUE_PASSED,
};

enum mdtl_due	 mdtl_due_state(const struct mdtl_date *, long as_of,
		    long *days_left);
const char	*mdtl_due_name(enum mdtl_due);

/* An article read, for the list of sources. */
struct mdtl_report_source {
	const char	*id, *title, *source, *published, *credits;
};

/*
 * What a report covers.  Events are sorted (mdtl_timeline_sort) and stay
 * owned by the caller, as do the sources and strings.
 */
struct mdtl_report {
	const struct mdtl_event		*v;
	size_t				 n;
	const struct mdtl_report_source	*sources;
	size_t				 nsources;
	int				 has_pub;	/* first_pub, last_pub */
	long				 first_pub, last_pub;
	int				 has_as_of;	/* nothing dated: 0 */
	long				 as_of;
	const char			*as_of_from;	/* "--as-of", ... */
	const char			*filters;	/* or NULL */
	size_t				 limit;		/* rows a section
							   shows; 0: all */
	const char			*title;		/* or NULL */
};

int	mdtl_report_md(FILE *, const struct mdtl_report *);
/* One self-contained page: inline CSS and an SVG chart, no script. */
int	mdtl_report_html(FILE *, const struct mdtl_report *);
/*
 * The deadlines alone, as of a day: in text a line saying the day and
 * where it comes from, then date, state, days left or late, who set them,
 * what for; in JSON Lines and CSV each event's record with as_of, status
 * and days_left (negative once passed).
 */
enum mdtl_deadline_format {
	MDTL_DEADLINES_TEXT,
	MDTL_DEADLINES_JSONL,
	MDTL_DEADLINES_CSV,
};

int	mdtl_report_deadlines(FILE *, const struct mdtl_report *,
	    enum mdtl_deadline_format);

#endif

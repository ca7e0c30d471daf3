/* date.h: calendar dates, their TIMEX3 values and the strict forms of them. */
#ifndef MDTL_DATE_H
#define MDTL_DATE_H

#include <stddef.h>

/*
 * A date keeps the precision it was given (gran); fields below it are 0.
 * Days are counted from 1970-01-01 (proleptic Gregorian).  Nothing here
 * reads a clock or allocates; dates written in prose ("May 2011") are read
 * by the tagger (mdtl_timex_parse() in timex.h), which builds on this.
 */
enum mdtl_gran {
	MDTL_GRAN_NONE,
	MDTL_GRAN_DECADE,
	MDTL_GRAN_YEAR,
	MDTL_GRAN_HALF,
	MDTL_GRAN_QUARTER,
	MDTL_GRAN_SEASON,
	MDTL_GRAN_MONTH,
	MDTL_GRAN_WEEK,
	MDTL_GRAN_DAY,
	MDTL_GRAN_MINUTE,
	MDTL_GRAN_SECOND,
};

struct mdtl_date {
	enum mdtl_gran	gran;
	int		year, month, day;	/* month 1-12, day 1-31 */
	int		part;			/* half 1-2, quarter 1-4,
						   week 1-53, season 1-4 */
	int		hour, min, sec;
	int		has_tz, tz;		/* offset in minutes */
	int		weekend;		/* of a week: its weekend,
						   YYYY-Www-WE */
};

/* The civil calendar. */
long	mdtl_days_from_civil(int y, int m, int d);
void	mdtl_civil_from_days(long z, int *y, int *m, int *d);
int	mdtl_days_in_month(int y, int m);
/* 0 = Monday ... 6 = Sunday */
int	mdtl_weekday(long days);
/* The ISO week of a day: its year and week number. */
void	mdtl_iso_week(long days, int *year, int *week);
/* The nth (from 1) weekday wd (0 Monday) of a month, as days. */
long	mdtl_nth_weekday(int y, int m, int wd, int nth);
/* Easter Sunday of year y (Gregorian), as days. */
long	mdtl_easter(int y);
/* The TIMEX3 code of a season, 1 spring to 4 winter: "SP" ... "WI". */
const char *mdtl_season_code(int season);

/*
 * The unit of granularity g (decade ... day) that holds the day: "the
 * month of 2011-07-14" is 2011-07, its winter season starts in December.
 */
void	mdtl_date_unit(long day, enum mdtl_gran g, struct mdtl_date *);
/* Days of the first and the last day the date covers. */
void	mdtl_date_range(const struct mdtl_date *, long *first, long *last);
/* The first day the date covers, or 0 when it has none. */
long	mdtl_date_day(const struct mdtl_date *);
/*
 * The day n units after day (unit 'D', 'W' or 'M', as TIMEX3 writes a
 * duration: "six months" from 2014-01-20 is 2014-07-20, past a month's
 * last day its last), or the year n years on ('Y'): 0; -1 for another unit.
 */
int	mdtl_date_after(long day, long n, char unit, struct mdtl_date *);

/* Format a date as a TIMEX3 value; returns the length. */
int	mdtl_date_format(const struct mdtl_date *, char *buf, size_t size);
/*
 * Format a time to the second, as publication times are written:
 * YYYY-MM-DDTHH:MM:SS, then +HH:MM or -HH:MM when it has an offset (40
 * bytes are enough).  Returns the length.
 */
int	mdtl_date_format_time(const struct mdtl_date *, char *buf,
	    size_t size);
/* A day as "2011-07-01", or with basic set "20110701" (11 bytes). */
void	mdtl_date_format_day(long days, int basic, char *buf, size_t size);

/*
 * The strict forms, each 0 or -1 (d then all 0):
 * mdtl_date_parse_iso() an ISO 8601 time, "2011-07-01T14:23[:SS[.fff]]"
 * with "Z" or "+HH:MM" after it or nothing (the fraction is dropped);
 * mdtl_date_parse_value() a TIMEX3 value as mdtl_date_format() writes it
 * ("2011", "2011-07", "2011-07-01", "2011-W27", "2011-Q3", "2011-H2",
 * "2011-SU", "201", with a time of day too);
 * mdtl_date_parse_rfc822() an RFC 822 date ("Fri, 01 Jul 2011 14:23:00
 * +0400", or a zone's name: "EST", "PDT", "GMT", a military letter).
 */
int	mdtl_date_parse_iso(const char *, struct mdtl_date *);
/*
 * Whether the fields of a date name a real time: NULL, or why not ("no
 * day 31 in month 2", "a UTC offset beyond 14:00").  Every parser here
 * refuses what it does not pass; readers of other forms call it too.
 */
const char *mdtl_date_check(const struct mdtl_date *);
int	mdtl_date_parse_value(const char *, struct mdtl_date *);
int	mdtl_date_parse_rfc822(const char *, struct mdtl_date *);

#endif

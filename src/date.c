/* date.c: calendar dates, their TIMEX3 values and the strict forms of them. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mdtl/date.h"

static const char *const season_codes[] = { "SP", "SU", "FA", "WI" };

long
mdtl_nth_weekday(int y, int m, int wd, int nth)
{
	long first = mdtl_days_from_civil(y, m, 1);

	return first + (wd - mdtl_weekday(first) + 7) % 7 + 7L * (nth - 1);
}

/* The anonymous Gregorian computus (Meeus, Jones, Butcher). */
long
mdtl_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;

	return mdtl_days_from_civil(y, (h + l - 7 * m + 114) / 31,
	    (h + l - 7 * m + 114) % 31 + 1);
}

const char *
mdtl_season_code(int season)
{
	return season_codes[(season - 1) & 3];
}

long
mdtl_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
mdtl_civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
mdtl_weekday(long days)
{
	/* 1970-01-01 was a Thursday (3) */
	long w = (days + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

int
mdtl_days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m < 1 || m > 12)
		return 0;	/* no such month */
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

void
mdtl_iso_week(long days, int *year, int *week)
{
	int wd = mdtl_weekday(days), y, m, d;
	long thursday = days - wd + 3, jan1;

	mdtl_civil_from_days(thursday, &y, &m, &d);
	jan1 = mdtl_days_from_civil(y, 1, 1);
	*year = y;
	*week = (int)((thursday - jan1) / 7 + 1);
}

void
mdtl_date_unit(long day, enum mdtl_gran g, struct mdtl_date *u)
{
	int y, m, d;

	mdtl_civil_from_days(day, &y, &m, &d);
	memset(u, 0, sizeof *u);
	u->gran = g;
	u->year = y;
	if (g >= MDTL_GRAN_MONTH && g != MDTL_GRAN_WEEK)
		u->month = m;
	if (g >= MDTL_GRAN_DAY)
		u->day = d;
	switch (g) {
	case MDTL_GRAN_HALF:
		u->part = m <= 6 ? 1 : 2;
		break;
	case MDTL_GRAN_QUARTER:
		u->part = (m - 1) / 3 + 1;
		break;
	case MDTL_GRAN_SEASON:		/* spring from March */
		u->part = m >= 3 && m <= 11 ? (m - 3) / 3 + 1 : 4;
		u->year = m <= 2 ? y - 1 : y;
		break;
	case MDTL_GRAN_WEEK:
		mdtl_iso_week(day, &u->year, &u->part);
		break;
	default:
		break;
	}
}

void
mdtl_date_range(const struct mdtl_date *d, long *first, long *last)
{
	int m0 = 1, m1 = 12;

	switch (d->gran) {
	case MDTL_GRAN_NONE:
		*first = *last = 0;
		return;
	case MDTL_GRAN_DECADE:
		*first = mdtl_days_from_civil(d->year / 10 * 10, 1, 1);
		*last = mdtl_days_from_civil(d->year / 10 * 10 + 9, 12, 31);
		return;
	case MDTL_GRAN_WEEK: {
		long jan4 = mdtl_days_from_civil(d->year, 1, 4);
		long mon = jan4 - mdtl_weekday(jan4) + (d->part - 1) * 7;

		*first = d->weekend ? mon + 5 : mon;
		*last = mon + 6;
		return;
	}
	case MDTL_GRAN_HALF:
		m0 = d->part == 2 ? 7 : 1;
		m1 = m0 + 5;
		break;
	case MDTL_GRAN_QUARTER:
		m0 = (d->part - 1) * 3 + 1;
		m1 = m0 + 2;
		break;
	case MDTL_GRAN_SEASON:
		m0 = (d->part - 1) * 3 + 3;	/* spring from March */
		m1 = m0 + 2;
		if (m1 > 12) {
			*first = mdtl_days_from_civil(d->year, 12, 1);
			*last = mdtl_days_from_civil(d->year + 1, 2,
			    mdtl_days_in_month(d->year + 1, 2));
			return;
		}
		break;
	case MDTL_GRAN_MONTH:
		m0 = m1 = d->month;
		break;
	case MDTL_GRAN_DAY:
	case MDTL_GRAN_MINUTE:
	case MDTL_GRAN_SECOND:
		*first = *last = mdtl_days_from_civil(d->year, d->month,
		    d->day);
		return;
	case MDTL_GRAN_YEAR:
		break;
	}
	*first = mdtl_days_from_civil(d->year, m0, 1);
	*last = mdtl_days_from_civil(d->year, m1, mdtl_days_in_month(d->year, m1));
}

long
mdtl_date_day(const struct mdtl_date *d)
{
	long first, last;

	if (d->gran == MDTL_GRAN_NONE)
		return 0;
	mdtl_date_range(d, &first, &last);
	return first;
}

int
mdtl_date_after(long day, long n, char unit, struct mdtl_date *d)
{
	int y, m, dd;

	memset(d, 0, sizeof *d);
	mdtl_civil_from_days(day, &y, &m, &dd);
	switch (unit) {
	case 'D':
	case 'W':
		mdtl_civil_from_days(day + n * (unit == 'W' ? 7 : 1), &y, &m,
		    &dd);
		break;
	case 'M':
		m += (int)n;
		y += (m - 1) / 12;
		m = (m - 1) % 12 + 1;
		if (dd > mdtl_days_in_month(y, m))
			dd = mdtl_days_in_month(y, m);
		break;
	case 'Y':
		d->gran = MDTL_GRAN_YEAR;
		d->year = y + (int)n;
		return 0;
	default:
		return -1;
	}
	d->gran = MDTL_GRAN_DAY;
	d->year = y;
	d->month = m;
	d->day = dd;
	return 0;
}

int
mdtl_date_format(const struct mdtl_date *d, char *buf, size_t size)
{
	/* the usual ones, written without printf */
	if (size >= 20 && d->year >= 0 && d->year <= 9999 &&
	    (d->gran == MDTL_GRAN_YEAR || d->gran == MDTL_GRAN_MONTH ||
	    d->gran == MDTL_GRAN_DAY) && d->month >= 0 && d->month <= 99 &&
	    d->day >= 0 && d->day <= 99) {
		char *p = buf;

		*p++ = (char)('0' + d->year / 1000);
		*p++ = (char)('0' + d->year / 100 % 10);
		*p++ = (char)('0' + d->year / 10 % 10);
		*p++ = (char)('0' + d->year % 10);
		if (d->gran >= MDTL_GRAN_MONTH) {
			*p++ = '-';
			*p++ = (char)('0' + d->month / 10);
			*p++ = (char)('0' + d->month % 10);
		}
		if (d->gran == MDTL_GRAN_DAY) {
			*p++ = '-';
			*p++ = (char)('0' + d->day / 10);
			*p++ = (char)('0' + d->day % 10);
		}
		*p = '\0';
		return (int)(p - buf);
	}
	switch (d->gran) {
	case MDTL_GRAN_NONE:
		return snprintf(buf, size, "%s", "");
	case MDTL_GRAN_DECADE:
		return snprintf(buf, size, "%03d", d->year / 10);
	case MDTL_GRAN_YEAR:
		return snprintf(buf, size, "%04d", d->year);
	case MDTL_GRAN_HALF:
		return snprintf(buf, size, "%04d-H%d", d->year, d->part);
	case MDTL_GRAN_QUARTER:
		return snprintf(buf, size, "%04d-Q%d", d->year, d->part);
	case MDTL_GRAN_SEASON:
		return snprintf(buf, size, "%04d-%s", d->year,
		    mdtl_season_code(d->part));
	case MDTL_GRAN_MONTH:
		return snprintf(buf, size, "%04d-%02d", d->year, d->month);
	case MDTL_GRAN_WEEK:
		return snprintf(buf, size, "%04d-W%02d%s", d->year, d->part,
		    d->weekend ? "-WE" : "");
	case MDTL_GRAN_DAY:
		return snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month,
		    d->day);
	case MDTL_GRAN_MINUTE:
		return snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d", d->year,
		    d->month, d->day, d->hour, d->min);
	case MDTL_GRAN_SECOND:
		return snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d",
		    d->year, d->month, d->day, d->hour, d->min, d->sec);
	}
	return 0;
}

/* Two digits of v (0 to 99) at p; past them. */
static char *
two_digits(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

int
mdtl_date_format_time(const struct mdtl_date *d, char *buf, size_t size)
{
	struct mdtl_date day = *d;
	int off = d->tz < 0 ? -d->tz : d->tz, n;
	char *p;

	/* the day as a TIMEX3 value, then the time without printf */
	day.gran = MDTL_GRAN_DAY;
	if (d->hour >= 0 && d->hour <= 99 && d->min >= 0 && d->min <= 99 &&
	    d->sec >= 0 && d->sec <= 99 && off / 60 <= 99 &&
	    (n = mdtl_date_format(&day, buf, size)) >= 0 &&
	    (size_t)n + 16 <= size) {
		p = buf + n;
		*p++ = 'T';
		p = two_digits(p, d->hour);
		*p++ = ':';
		p = two_digits(p, d->min);
		*p++ = ':';
		p = two_digits(p, d->sec);
		if (d->has_tz) {
			*p++ = d->tz < 0 ? '-' : '+';
			p = two_digits(p, off / 60);
			*p++ = ':';
			p = two_digits(p, off % 60);
		}
		*p = '\0';
		return (int)(p - buf);
	}
	if (!d->has_tz)
		return snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d",
		    d->year, d->month, d->day, d->hour, d->min, d->sec);
	return snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
	    d->year, d->month, d->day, d->hour, d->min, d->sec,
	    d->tz < 0 ? '-' : '+', off / 60, off % 60);
}

void
mdtl_date_format_day(long days, int basic, char *buf, size_t size)
{
	int y, m, d;

	mdtl_civil_from_days(days, &y, &m, &d);
	snprintf(buf, size, basic ? "%04d%02d%02d" : "%04d-%02d-%02d", y, m, d);
}

/* The n decimal digits at s as a number; -1 when one is not a digit. */
static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + s[i] - '0';
	}
	return v;
}

/* 52 or 53: the ISO weeks of a year, which are those of its December 28. */
static int
weeks_in_year(int y)
{
	int wy, w;

	mdtl_iso_week(mdtl_days_from_civil(y, 12, 28), &wy, &w);
	return w;
}

#define MAX_UTC_OFFSET	(14 * 60)	/* Kiribati: UTC+14:00 */

const char *
mdtl_date_check(const struct mdtl_date *d)
{
	if (d->gran == MDTL_GRAN_NONE)
		return NULL;
	if (d->year < 0 || d->year > 9999)
		return "a year outside 0000-9999";
	if (d->gran >= MDTL_GRAN_MONTH && d->gran != MDTL_GRAN_WEEK &&
	    (d->month < 1 || d->month > 12))
		return "no such month";
	if (d->gran >= MDTL_GRAN_DAY &&
	    (d->day < 1 || d->day > mdtl_days_in_month(d->year, d->month)))
		return "no such day in that month";
	if (d->gran == MDTL_GRAN_WEEK &&
	    (d->part < 1 || d->part > weeks_in_year(d->year)))
		return "no such week in that year";
	if (d->gran >= MDTL_GRAN_MINUTE &&
	    (d->hour > 23 || d->min > 59 || d->sec > 60))
		return "no such time of day";
	if (d->has_tz && (d->tz < -MAX_UTC_OFFSET || d->tz > MAX_UTC_OFFSET))
		return "a UTC offset beyond 14:00";
	/* in UTC too: 9999-12-31T23:00-12:00 is in the year 10000 */
	if (d->has_tz && d->gran >= MDTL_GRAN_MINUTE &&
	    ((d->year == 9999 && d->month == 12 && d->day == 31 &&
	    d->hour * 60 + d->min - d->tz >= 24 * 60) ||
	    (d->year == 0 && d->month == 1 && d->day == 1 &&
	    d->hour * 60 + d->min - d->tz < 0)))
		return "a time outside the years 0000-9999 in UTC";
	return NULL;
}

int
mdtl_date_parse_iso(const char *s, struct mdtl_date *d)
{
	const char *p = s + 16;
	int y, mo, dd, h, mi, sec, th, tm;

	memset(d, 0, sizeof *d);
	if ((y = digits(s, 4)) < 0 || s[4] != '-' ||
	    (mo = digits(s + 5, 2)) < 0 || s[7] != '-' ||
	    (dd = digits(s + 8, 2)) < 0 || s[10] != 'T' ||
	    (h = digits(s + 11, 2)) < 0 || s[13] != ':' ||
	    (mi = digits(s + 14, 2)) < 0)
		return -1;
	if (*p == ':' && (sec = digits(p + 1, 2)) >= 0) {
		p += 3;
		/* a fraction of a second, to the second */
		if (*p == '.' && isdigit((unsigned char)p[1]))
			for (p++; isdigit((unsigned char)*p); p++)
				;
	} else
		sec = 0;
	d->year = y;
	d->month = mo;
	d->day = dd;
	d->hour = h;
	d->min = mi;
	d->sec = sec;
	d->gran = MDTL_GRAN_SECOND;
	if (*p == 'Z') {
		d->has_tz = 1;
		p++;
	} else if ((*p == '+' || *p == '-') &&
	    (th = digits(p + 1, 2)) >= 0 && p[3] == ':' &&
	    (tm = digits(p + 4, 2)) >= 0 && tm <= 59) {
		d->has_tz = 1;
		d->tz = (*p == '-' ? -1 : 1) * (th * 60 + tm);
		p += 6;
	}
	if (*p != '\0' || mdtl_date_check(d) != NULL) {
		memset(d, 0, sizeof *d);
		return -1;
	}
	return 0;
}

int
mdtl_date_parse_value(const char *s, struct mdtl_date *d)
{
	char back[32], code[3] = "";
	int y = 0, a = 0, b = 0, n = 0, k;

	memset(d, 0, sizeof *d);
	/* the common shapes, without sscanf: YYYY, YYYY-MM, YYYY-MM-DD */
	{
		size_t len = strlen(s), i;
		static const char shape[] = "dddd-dd-dd";

		if (len == 4 || len == 7 || len == 10) {
			for (i = 0; i < len; i++)
				if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) :
				    s[i] != '-')
					break;
			if (i == len) {
				d->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
				    (s[2] - '0') * 10 + (s[3] - '0');
				d->gran = MDTL_GRAN_YEAR;
				if (len >= 7) {
					d->month = (s[5] - '0') * 10 + (s[6] - '0');
					d->gran = MDTL_GRAN_MONTH;
				}
				if (len == 10) {
					d->day = (s[8] - '0') * 10 + (s[9] - '0');
					d->gran = MDTL_GRAN_DAY;
				}
				if (mdtl_date_check(d) != NULL)
					goto bad;
				return 0;
			}
		}
	}
	if (sscanf(s, "%4d-W%2d%n", &y, &a, &n) == 2 && (s[n] == '\0' ||
	    strcmp(s + n, "-WE") == 0)) {
		d->gran = MDTL_GRAN_WEEK;
		d->part = a;
		d->weekend = s[n] != '\0';
	} else if (sscanf(s, "%4d-Q%1d%n", &y, &a, &n) == 2 && s[n] == '\0') {
		d->gran = MDTL_GRAN_QUARTER;
		d->part = a;
	} else if (sscanf(s, "%4d-H%1d%n", &y, &a, &n) == 2 && s[n] == '\0') {
		d->gran = MDTL_GRAN_HALF;
		d->part = a;
	} else if (sscanf(s, "%4d-%2[A-Z]%n", &y, code, &n) == 2 &&
	    s[n] == '\0') {
		for (k = 0; k < 4 && strcmp(code, season_codes[k]) != 0; k++)
			;
		if (k == 4)
			return -1;
		d->gran = MDTL_GRAN_SEASON;
		d->part = k + 1;
	} else if (strlen(s) == 3 && sscanf(s, "%3d%n", &y, &n) == 1 &&
	    n == 3) {
		d->gran = MDTL_GRAN_DECADE;
		y *= 10;
	} else if (sscanf(s, "%4d-%2d-%2d%n", &y, &a, &b, &n) == 3 &&
	    s[n] == '\0') {
		d->gran = MDTL_GRAN_DAY;
		d->month = a;
		d->day = b;
	} else if (sscanf(s, "%4d-%2d%n", &y, &a, &n) == 2 && s[n] == '\0') {
		d->gran = MDTL_GRAN_MONTH;
		d->month = a;
	} else if (strlen(s) == 4 && sscanf(s, "%4d%n", &y, &n) == 1 &&
	    n == 4) {
		d->gran = MDTL_GRAN_YEAR;
	} else {
		/* with a time of day: the minute, or the second, as written */
		if (mdtl_date_parse_iso(s, d) != 0)
			goto bad;
		if (mdtl_date_format(d, back, sizeof back) > 0 &&
		    strcmp(back, s) == 0)
			return 0;
		d->gran = MDTL_GRAN_MINUTE;
		if (mdtl_date_format(d, back, sizeof back) > 0 &&
		    strcmp(back, s) == 0)
			return 0;
		goto bad;
	}
	d->year = y;
	/* only what formats back to the same text is a value */
	if (mdtl_date_format(d, back, sizeof back) <= 0 ||
	    strcmp(back, s) != 0 || mdtl_date_check(d) != NULL ||
	    (d->gran == MDTL_GRAN_QUARTER && (d->part < 1 || d->part > 4)) ||
	    (d->gran == MDTL_GRAN_HALF && (d->part < 1 || d->part > 2)))
		goto bad;
	return 0;
bad:
	memset(d, 0, sizeof *d);
	return -1;
}

int
mdtl_date_parse_rfc822(const char *s, struct mdtl_date *d)
{
	static const char *const mons[] = { "jan", "feb", "mar", "apr", "may",
	    "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
	char mon[8], zone[8] = "";
	int day, year, hh, mm, ss = 0, n = 0, k;
	const char *p = s;

	memset(d, 0, sizeof *d);
	while (isspace((unsigned char)*p))
		p++;
	/* an optional weekday: "Fri, " */
	if (isalpha((unsigned char)*p)) {
		while (isalpha((unsigned char)*p))
			p++;
		if (*p == ',')
			p++;
	}
	if (sscanf(p, "%d %3s %d %d:%d%n", &day, mon, &year, &hh, &mm, &n) != 5)
		return -1;
	p += n;
	if (*p == ':') {
		/* n is only set when the seconds are there */
		n = 0;
		if (sscanf(p + 1, "%d%n", &ss, &n) != 1)
			ss = 0;
		p += 1 + n;
	}
	while (isspace((unsigned char)*p))
		p++;
	sscanf(p, "%7s", zone);
	for (k = 0; k < 12; k++)
		if (strncasecmp(mon, mons[k], 3) == 0)
			break;
	if (k == 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60)
		return -1;
	if (year < 100)
		year += year < 50 ? 2000 : 1900;
	d->year = year;
	d->month = k + 1;
	d->day = day;
	d->hour = hh;
	d->min = mm;
	d->sec = ss;
	d->gran = MDTL_GRAN_SECOND;
	if ((zone[0] == '+' || zone[0] == '-') && strlen(zone) == 5 &&
	    strspn(zone + 1, "0123456789") == 4) {
		d->has_tz = 1;
		d->tz = (zone[0] == '-' ? -1 : 1) * (((zone[1] - '0') * 10 +
		    zone[2] - '0') * 60 + (zone[3] - '0') * 10 + zone[4] - '0');
	} else {
		/* the zones RFC 822 names; its military letters are unknown */
		static const struct { const char *name; int tz; } zones[] = {
			{ "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 },
			{ "EST", -5 * 60 }, { "EDT", -4 * 60 },
			{ "CST", -6 * 60 }, { "CDT", -5 * 60 },
			{ "MST", -7 * 60 }, { "MDT", -6 * 60 },
			{ "PST", -8 * 60 }, { "PDT", -7 * 60 },
		};

		for (k = 0; k < (int)(sizeof zones / sizeof zones[0]); k++)
			if (strcasecmp(zone, zones[k].name) == 0) {
				d->has_tz = 1;
				d->tz = zones[k].tz;
				break;
			}
	}
	if ((zone[0] == '+' || zone[0] == '-') && d->has_tz && zone[3] > '5')
		d->tz = 24 * 60;	/* no such offset: refused below */
	if (mdtl_date_check(d) != NULL) {
		memset(d, 0, sizeof *d);
		return -1;
	}
	return 0;
}

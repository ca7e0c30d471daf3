/*
 * emit-export.c: the timeline for other programs: CSV (RFC 4180), an
 * iCalendar file (RFC 5545), TimelineJS JSON and a Markdown table.
 */
#include <string.h>

#include "mdtl/emit.h"
#include "mdtl/lexicon.h"
#include "mdtl/timex.h"
#include "mdtl/version.h"

void
mdtl_event_actor_names(struct mdtl_buf *b, const struct mdtl_event *e,
    int roles)
{
	size_t i;

	for (i = 0; i < e->nactors; i++) {
		if (i)
			mdtl_buf_adds(b, roles ? "; " : ", ");
		mdtl_buf_adds(b, e->actors[i].name);
		if (roles)
			mdtl_buf_addf(b, " (%s)",
			    mdtl_role_name(e->actors[i].role));
	}
}

/* "Warning: Dmitry Rogozin, NATO" */
static void
headline(struct mdtl_buf *b, const struct mdtl_event *e)
{
	const char *t = mdtl_event_type_name(e->type);

	mdtl_buf_addch(b, t[0] >= 'a' && t[0] <= 'z' ? t[0] - 'a' + 'A' : t[0]);
	mdtl_buf_adds(b, t + 1);
	if (e->nactors) {
		mdtl_buf_adds(b, ": ");
		mdtl_event_actor_names(b, e, 0);
	}
}

static int
flush(FILE *fp, struct mdtl_buf *b, int force)
{
	int ret = 0;

	if (b->len >= 65536 || (force && b->len)) {
		if (fwrite(b->buf, 1, b->len, fp) != b->len)
			ret = -1;
		mdtl_buf_reset(b);
	}
	return ret;
}

/*
 * CSV ----------------------------------------------------------------
 * A cell a spreadsheet would read as a formula (=, +, -, @, and the tab
 * and carriage return some of them skip first) gets a leading quote mark.
 */
static void
csv_cell(struct mdtl_buf *b, const char *s, int first)
{
	const char *p;

	if (!first)
		mdtl_buf_addch(b, ',');
	if (s == NULL)
		return;
	if (s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL) {
		mdtl_buf_adds(b, "\"'");
	} else {
		/* quoted when it must be, or when it holds a control character */
		for (p = s; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == ',' ||
			    *p == '"')
				break;
		if (*p == '\0') {
			for (p = s; *p;)
				p += mdtl_buf_add_char(b, p, 4);
			return;
		}
		mdtl_buf_addch(b, '"');
	}
	/* no control character reaches a spreadsheet or a terminal */
	for (p = s; *p;)
		if (*p == '"' || *p == '\r') {
			mdtl_buf_adds(b, *p == '"' ? "\"\"" : "\r");
			p++;
		} else
			p += mdtl_buf_add_char(b, p, 4);
	mdtl_buf_addch(b, '"');
}

/* The fields of an event as cells, in their order: CSV's columns. */
const char *const mdtl_field_names[] = {
	"id", "date", "date_text", "date_basis", "type", "actors", "location",
	"quote", "sentence", "sources", "article", "title", "published",
	"source", "author", "url", NULL
};

const char *
mdtl_event_field(const struct mdtl_event *e, size_t k, struct mdtl_buf *tmp)
{
	mdtl_buf_reset(tmp);
	switch (k) {
	case 0: return e->id;
	case 1: return e->date.gran == MDTL_GRAN_NONE ? NULL : e->date_value;
	case 2: return e->date_text;
	case 3: return mdtl_basis_name(e->basis);
	case 4: return mdtl_event_type_name(e->type);
	case 5:
		mdtl_event_actor_names(tmp, e, 1);
		return tmp->buf;
	case 6: return e->location;
	case 7: return e->quote;
	case 8: return e->sentence;
	case 9:
		mdtl_buf_addf(tmp, "%zu", e->sources ? e->sources : 1);
		return tmp->buf;
	case 10: return e->article->id;
	case 11: return e->article->title;
	case 12: return e->article->published;
	case 13: return e->article->source;
	case 14: return e->article->author;
	case 15: return e->article->url;
	}
	return NULL;
}

/* The fields asked for (all when none are), as indexes; their count. */
static size_t
chosen(const size_t *fields, size_t nfields, size_t *out)
{
	size_t k;

	if (nfields > 0) {
		memcpy(out, fields, nfields * sizeof *out);
		return nfields;
	}
	for (k = 0; mdtl_field_names[k] != NULL; k++)
		out[k] = k;
	return k;
}

void
mdtl_csv_header(struct mdtl_buf *b, const char *const *before,
    const size_t *fields, size_t nfields)
{
	size_t k, n = 0, idx[MDTL_FIELDS_MAX], m;

	for (k = 0; before != NULL && before[k] != NULL; k++)
		csv_cell(b, before[k], n++ == 0);
	m = chosen(fields, nfields, idx);
	for (k = 0; k < m; k++)
		csv_cell(b, mdtl_field_names[idx[k]], n++ == 0);
	mdtl_buf_adds(b, "\r\n");
}

void
mdtl_csv_row(struct mdtl_buf *b, const struct mdtl_event *e,
    const char *const *before, size_t nbefore, const size_t *fields,
    size_t nfields)
{
	struct mdtl_buf tmp = MDTL_BUF_INIT;
	size_t k, idx[MDTL_FIELDS_MAX], m = chosen(fields, nfields, idx);

	/* the caller's cells are its own values (days left may be -45),
	 * not the articles' text: no formula guard */
	for (k = 0; k < nbefore; k++) {
		if (k > 0)
			mdtl_buf_addch(b, ',');
		if (before[k] != NULL)
			mdtl_buf_adds(b, before[k]);
	}
	for (k = 0; k < m; k++)
		csv_cell(b, mdtl_event_field(e, idx[k], &tmp), nbefore + k == 0);
	mdtl_buf_adds(b, "\r\n");
	mdtl_buf_release(&tmp);
}

static int
emit_csv(FILE *fp, const struct mdtl_event *v, size_t n,
    const struct mdtl_emit_opts *o)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i, nf = o != NULL ? o->nfields : 0;
	const size_t *f = o != NULL ? o->fields : NULL;
	int ret = 0;

	mdtl_csv_header(&b, NULL, f, nf);
	for (i = 0; i < n && ret == 0; i++) {
		mdtl_csv_row(&b, &v[i], NULL, 0, f, nf);
		ret = flush(fp, &b, 0);
	}
	if (ret == 0)
		ret = flush(fp, &b, 1);
	mdtl_buf_release(&b);
	return ret;
}

/*
 * iCalendar ----------------------------------------------------------
 * Content lines are folded at 75 octets, never inside a UTF-8 sequence,
 * and end in CRLF.
 */
static void
ics_line(struct mdtl_buf *b, const char *s, size_t len)
{
	size_t col = 0, i = 0;

	while (i < len) {
		size_t cl = 1;
		unsigned char c = (unsigned char)s[i];

		if (c >= 0xf0)
			cl = 4;
		else if (c >= 0xe0)
			cl = 3;
		else if (c >= 0xc0)
			cl = 2;
		if (cl > len - i)
			cl = len - i;
		if (col + cl > 75) {
			mdtl_buf_adds(b, "\r\n ");
			col = 1;
		}
		mdtl_buf_add(b, s + i, cl);
		col += cl;
		i += cl;
	}
	mdtl_buf_adds(b, "\r\n");
}

/* A TEXT value: backslash, comma, semicolon and newline escaped. */
static void
ics_text(struct mdtl_buf *b, const char *s)
{
	while (*s) {
		unsigned char c = (unsigned char)*s;

		if (c == '\\' || c == ',' || c == ';') {
			mdtl_buf_addch(b, '\\');
			mdtl_buf_addch(b, c);
		} else if (c == '\n') {
			mdtl_buf_adds(b, "\\n");
		} else if (c < 0x20 || c == 0x7f) {
			mdtl_buf_addch(b, ' ');
		} else {
			/* C1 controls and bidirectional overrides too */
			s += mdtl_buf_add_char(b, s, 4);
			continue;
		}
		s++;
	}
}

static void
ics_prop(struct mdtl_buf *b, struct mdtl_buf *line, const char *name,
    const char *text)
{
	mdtl_buf_reset(line);
	mdtl_buf_adds(line, name);
	mdtl_buf_addch(line, ':');
	ics_text(line, text);
	ics_line(b, line->buf, line->len);
}

/*
 * URL is a URI, not TEXT: written as it is, but only when it is one
 * (a scheme, then no space, quote or control character).
 */
static void
ics_uri(struct mdtl_buf *b, struct mdtl_buf *line, const char *uri)
{
	const char *p = uri;

	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	    (p > uri && ((*p >= '0' && *p <= '9') || *p == '+' || *p == '-' ||
	    *p == '.')))
		p++;
	if (p == uri || *p != ':')
		return;
	for (; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '"' || *p == 0x7f)
			return;
	mdtl_buf_reset(line);
	mdtl_buf_adds(line, "URL:");
	mdtl_buf_adds(line, uri);
	ics_line(b, line->buf, line->len);
}

/*
 * DTSTAMP: when the article was published, in UTC; the clock is never
 * read, so the same articles always give the same file.
 */
static void
ics_stamp(char *out, size_t size, const struct mdtl_event *e)
{
	struct mdtl_date d;
	long days, last, mins;
	int y, m, dd;

	if (e->article->published == NULL ||
	    mdtl_timex_parse(e->article->published, &d) != 0 ||
	    d.gran < MDTL_GRAN_YEAR)
		d = e->date;
	if (d.gran == MDTL_GRAN_NONE) {
		snprintf(out, size, "19700101T000000Z");
		return;
	}
	mdtl_date_range(&d, &days, &last);
	mins = d.gran >= MDTL_GRAN_MINUTE ? d.hour * 60 + d.min : 0;
	if (d.has_tz)
		mins -= d.tz;
	days += mins / 1440 - (mins % 1440 < 0);
	mins = (mins % 1440 + 1440) % 1440;
	mdtl_civil_from_days(days, &y, &m, &dd);
	snprintf(out, size, "%04d%02d%02dT%02ld%02ld%02dZ", y, m, dd,
	    mins / 60, mins % 60, d.gran == MDTL_GRAN_SECOND ? d.sec : 0);
}

static int
emit_ics(FILE *fp, const struct mdtl_event *v, size_t n)
{
	struct mdtl_buf b = MDTL_BUF_INIT, line = MDTL_BUF_INIT,
			text = MDTL_BUF_INIT;
	size_t i;
	int ret = 0;

	mdtl_buf_adds(&b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//mdtl//mdtl " MDTL_VERSION "//EN\r\n"
	    "CALSCALE:GREGORIAN\r\n");
	for (i = 0; i < n && ret == 0; i++) {
		const struct mdtl_event *e = &v[i];
		char day[16], stamp[24];
		long first, last;

		if (e->date.gran == MDTL_GRAN_NONE)
			continue;
		mdtl_date_range(&e->date, &first, &last);
		mdtl_buf_adds(&b, "BEGIN:VEVENT\r\n");
		mdtl_buf_addf(&b, "UID:%s@mdtl\r\n", e->id);
		ics_stamp(stamp, sizeof stamp, e);
		mdtl_buf_addf(&b, "DTSTAMP:%s\r\n", stamp);
		mdtl_date_format_day(first, 1, day, sizeof day);
		mdtl_buf_addf(&b, "DTSTART;VALUE=DATE:%s\r\n", day);
		/* (the day after 9999-12-31 has no DATE: a duration) */
		if (last + 1 < mdtl_days_from_civil(10000, 1, 1)) {
			mdtl_date_format_day(last + 1, 1, day, sizeof day);
			mdtl_buf_addf(&b, "DTEND;VALUE=DATE:%s\r\n", day);
		} else
			mdtl_buf_addf(&b, "DURATION:P%ldD\r\n",
			    last + 1 - first);
		mdtl_buf_reset(&text);
		headline(&text, e);
		ics_prop(&b, &line, "SUMMARY", text.buf);
		mdtl_buf_reset(&text);
		mdtl_buf_adds(&text, e->sentence);
		if (e->article->title != NULL || e->article->source != NULL) {
			mdtl_buf_adds(&text, "\n\n");
			if (e->article->title != NULL)
				mdtl_buf_adds(&text, e->article->title);
			if (e->article->source != NULL)
				mdtl_buf_addf(&text, "%s(%s)",
				    e->article->title ? " " : "",
				    e->article->source);
		}
		ics_prop(&b, &line, "DESCRIPTION", text.buf);
		if (e->location != NULL)
			ics_prop(&b, &line, "LOCATION", e->location);
		ics_prop(&b, &line, "CATEGORIES", mdtl_event_type_name(e->type));
		if (e->article->url != NULL)
			ics_uri(&b, &line, e->article->url);
		mdtl_buf_adds(&b, "END:VEVENT\r\n");
		ret = flush(fp, &b, 0);
	}
	mdtl_buf_adds(&b, "END:VCALENDAR\r\n");
	if (ret == 0)
		ret = flush(fp, &b, 1);
	mdtl_buf_release(&text);
	mdtl_buf_release(&line);
	mdtl_buf_release(&b);
	return ret;
}

/*
 * TimelineJS ---------------------------------------------------------
 * TimelineJS reads text.text as HTML, so article text is escaped as HTML
 * and then as JSON.
 */
static void
tljs_date(struct mdtl_buf *b, const char *key, long days, enum mdtl_gran g)
{
	int y, m, d;

	mdtl_civil_from_days(days, &y, &m, &d);
	mdtl_buf_addf(b, ",\"%s\":{\"year\":\"%d\"", key, y);
	if (g >= MDTL_GRAN_MONTH)
		mdtl_buf_addf(b, ",\"month\":\"%d\"", m);
	if (g >= MDTL_GRAN_DAY)
		mdtl_buf_addf(b, ",\"day\":\"%d\"", d);
	mdtl_buf_addch(b, '}');
}

static int
emit_timelinejs(FILE *fp, const struct mdtl_event *v, size_t n)
{
	struct mdtl_buf b = MDTL_BUF_INIT, t = MDTL_BUF_INIT,
			h = MDTL_BUF_INIT;
	size_t i, k = 0;
	int ret = 0;

	mdtl_buf_adds(&b, "{\"title\":{\"text\":{\"headline\":\"Timeline\","
	    "\"text\":\"");
	for (i = 0; i < n; i++)
		k += v[i].date.gran != MDTL_GRAN_NONE;
	mdtl_buf_addf(&b, "%zu dated events\"}},\n\"events\":[", k);
	for (i = 0, k = 0; i < n && ret == 0; i++) {
		const struct mdtl_event *e = &v[i];
		long first, last;
		enum mdtl_gran g = e->date.gran;

		if (g == MDTL_GRAN_NONE)
			continue;
		mdtl_date_range(&e->date, &first, &last);
		mdtl_buf_adds(&b, k++ ? ",\n" : "\n");
		mdtl_buf_adds(&b, "{\"unique_id\":");
		mdtl_buf_add_json_str(&b, e->id, strlen(e->id));
		/*
		 * A day, a month and a year are TimelineJS dates; a week or a
		 * quarter becomes the span of days it covers.
		 */
		if (g == MDTL_GRAN_YEAR || g == MDTL_GRAN_MONTH ||
		    g >= MDTL_GRAN_DAY) {
			tljs_date(&b, "start_date", first,
			    g > MDTL_GRAN_DAY ? MDTL_GRAN_DAY : g);
		} else {
			tljs_date(&b, "start_date", first, MDTL_GRAN_DAY);
			tljs_date(&b, "end_date", last, MDTL_GRAN_DAY);
		}
		mdtl_buf_adds(&b, ",\"display_date\":");
		mdtl_buf_add_json_str(&b, e->date_value, strlen(e->date_value));
		mdtl_buf_adds(&b, ",\"text\":{\"headline\":");
		mdtl_buf_reset(&h);
		headline(&h, e);
		mdtl_buf_reset(&t);
		mdtl_buf_add_html(&t, h.buf);
		mdtl_buf_add_json_str(&b, t.buf, t.len);
		mdtl_buf_adds(&b, ",\"text\":");
		mdtl_buf_reset(&t);
		mdtl_buf_adds(&t, "<p>");
		mdtl_buf_add_html(&t, e->sentence);
		mdtl_buf_adds(&t, "</p>");
		if (e->article->title != NULL) {
			mdtl_buf_adds(&t, "<p>");
			mdtl_buf_add_html(&t, e->article->title);
			if (e->article->source != NULL) {
				mdtl_buf_adds(&t, " (");
				mdtl_buf_add_html(&t, e->article->source);
				mdtl_buf_adds(&t, ")");
			}
			mdtl_buf_adds(&t, "</p>");
		}
		mdtl_buf_add_json_str(&b, t.buf, t.len);
		mdtl_buf_adds(&b, "},\"group\":");
		mdtl_buf_adds(&b, "\"");
		mdtl_buf_adds(&b, mdtl_event_type_name(e->type));
		mdtl_buf_adds(&b, "\"}");
		ret = flush(fp, &b, 0);
	}
	mdtl_buf_adds(&b, "\n]}\n");
	if (ret == 0)
		ret = flush(fp, &b, 1);
	mdtl_buf_release(&h);
	mdtl_buf_release(&t);
	mdtl_buf_release(&b);
	return ret;
}

/*
 * Markdown -----------------------------------------------------------
 * A cell is one line; the characters Markdown would read as markup or
 * as a cell border are escaped with a backslash.
 */
static void
md_cell(struct mdtl_buf *b, const char *s)
{
	mdtl_buf_adds(b, " ");
	if (s == NULL || *s == '\0')
		mdtl_buf_adds(b, "-");
	else
		mdtl_buf_add_md(b, s);
	mdtl_buf_adds(b, " |");
}

static int
emit_md(FILE *fp, const struct mdtl_event *v, size_t n)
{
	struct mdtl_buf b = MDTL_BUF_INIT, t = MDTL_BUF_INIT;
	size_t i;
	int ret = 0;

	mdtl_buf_adds(&b, "| Date | Type | Actors | Place | What happened "
	    "| Source |\n|---|---|---|---|---|---|\n");
	for (i = 0; i < n && ret == 0; i++) {
		const struct mdtl_event *e = &v[i];

		mdtl_buf_addch(&b, '|');
		md_cell(&b, e->date.gran == MDTL_GRAN_NONE ? NULL :
		    e->date_value);
		md_cell(&b, mdtl_event_type_name(e->type));
		mdtl_buf_reset(&t);
		mdtl_event_actor_names(&t, e, 0);
		md_cell(&b, t.buf);
		md_cell(&b, e->location);
		md_cell(&b, e->sentence);
		mdtl_buf_reset(&t);
		mdtl_buf_adds(&t, e->article->source ? e->article->source :
		    e->article->id);
		if (e->sources > 1)
			mdtl_buf_addf(&t, " and %zu more", e->sources - 1);
		md_cell(&b, t.buf);
		mdtl_buf_addch(&b, '\n');
		ret = flush(fp, &b, 0);
	}
	if (ret == 0)
		ret = flush(fp, &b, 1);
	mdtl_buf_release(&t);
	mdtl_buf_release(&b);
	return ret;
}

int
mdtl_emit_export(FILE *fp, enum mdtl_format f, const struct mdtl_event *v,
    size_t n, const struct mdtl_emit_opts *o)
{
	int ret;

	switch (f) {
	case MDTL_FORMAT_CSV:
		ret = emit_csv(fp, v, n, o);
		break;
	case MDTL_FORMAT_ICS:
		ret = emit_ics(fp, v, n);
		break;
	case MDTL_FORMAT_TIMELINEJS:
		ret = emit_timelinejs(fp, v, n);
		break;
	case MDTL_FORMAT_MD:
		ret = emit_md(fp, v, n);
		break;
	default:
		ret = -1;
		break;
	}
	return ret || ferror(fp) ? -1 : 0;
}

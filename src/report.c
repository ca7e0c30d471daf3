/*
 * report.c: a briefing on a timeline, in Markdown or as one HTML page with
 * an SVG chart: the scope, the events by month, the actors, the deadlines
 * and their state, the summits past and coming, the offers and who
 * repeated them, and the sources.
 */
#include <stdlib.h>
#include <string.h>

#include "mdtl/arena.h"
#include "mdtl/buf.h"
#include "mdtl/emit.h"
#include "mdtl/lexicon.h"
#include "mdtl/event-json.h"
#include "mdtl/report.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

enum mdtl_due
mdtl_due_state(const struct mdtl_date *d, long as_of, long *days_left)
{
	long first, last;

	mdtl_date_range(d, &first, &last);
	*days_left = last - as_of;
	if (as_of < first)
		return MDTL_DUE_PENDING;
	if (as_of <= last)
		return MDTL_DUE_DUE;
	return MDTL_DUE_PASSED;
}

const char *
mdtl_due_name(enum mdtl_due s)
{
	static const char *const names[] = { "pending", "due", "passed" };

	return names[s];
}

/* Markdown or HTML: the few shapes a report is made of. */
struct out {
	struct mdtl_buf	 b;
	int		 html;
};

static void
text(struct out *o, const char *s)
{
	if (s == NULL || *s == '\0')
		s = "-";
	if (o->html)
		mdtl_buf_add_html(&o->b, s);
	else
		mdtl_buf_add_md(&o->b, s);
}

/*
 * A heading's anchor, as GitHub makes one of Markdown and the HTML
 * report gives its sections: small letters, digits and dashes.
 */
static void
slug(struct mdtl_buf *b, const char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			mdtl_buf_addch(b, (char)(*s - 'A' + 'a'));
		else if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-')
			mdtl_buf_addch(b, *s);
		else if (*s == ' ')
			mdtl_buf_addch(b, '-');
}

static void
heading(struct out *o, int level, const char *s)
{
	if (o->html && level == 2) {
		struct mdtl_buf id = MDTL_BUF_INIT;

		slug(&id, s);
		mdtl_buf_addf(&o->b, "<h2 id=\"%s\">", id.buf ? id.buf : "");
		mdtl_buf_release(&id);
		text(o, s);
		mdtl_buf_adds(&o->b, "</h2>\n");
	} else if (o->html) {
		mdtl_buf_addf(&o->b, "<h%d>", level);
		text(o, s);
		mdtl_buf_addf(&o->b, "</h%d>\n", level);
	} else {
		if (o->b.len >= 2 && memcmp(o->b.buf + o->b.len - 2, "\n\n",
		    2) != 0)
			mdtl_buf_addch(&o->b, '\n');
		mdtl_buf_addf(&o->b, "%.*s ", level, "######");
		text(o, s);
		mdtl_buf_adds(&o->b, "\n\n");
	}
}

static void
table_head(struct out *o, const char *const *cols)
{
	size_t i;

	if (o->html) {
		mdtl_buf_adds(&o->b, "<table>\n");
		if (cols[0][0] != '\0') {
			mdtl_buf_adds(&o->b, "<thead><tr>");
			for (i = 0; cols[i] != NULL; i++)
				mdtl_buf_addf(&o->b, "<th>%s</th>", cols[i]);
			mdtl_buf_adds(&o->b, "</tr></thead>\n");
		}
		mdtl_buf_adds(&o->b, "<tbody>\n");
		return;
	}
	mdtl_buf_adds(&o->b, "|");
	for (i = 0; cols[i] != NULL; i++)
		mdtl_buf_addf(&o->b, " %s |", cols[i]);
	mdtl_buf_adds(&o->b, "\n|");
	for (i = 0; cols[i] != NULL; i++)
		mdtl_buf_adds(&o->b, "---|");
	mdtl_buf_addch(&o->b, '\n');
}

static void
row_start(struct out *o)
{
	mdtl_buf_adds(&o->b, o->html ? "<tr>" : "|");
}

static void
cell(struct out *o, const char *s)
{
	mdtl_buf_adds(&o->b, o->html ? "<td>" : " ");
	text(o, s);
	mdtl_buf_adds(&o->b, o->html ? "</td>" : " |");
}

static void
row_end(struct out *o)
{
	mdtl_buf_adds(&o->b, o->html ? "</tr>\n" : "\n");
}

static void
table_end(struct out *o)
{
	if (o->html)
		mdtl_buf_adds(&o->b, "</tbody>\n</table>\n");
}

static void
para(struct out *o, const char *s)
{
	mdtl_buf_adds(&o->b, o->html ? "<p>" : "");
	text(o, s);
	mdtl_buf_adds(&o->b, o->html ? "</p>\n" : "\n");
}

/* Rows a section shows: all, or --limit of them. */
static int
shown(const struct mdtl_report *r, size_t n)
{
	return r->limit == 0 || n < r->limit;
}

/* "... and 312 more": what --limit left out of a section. */
static void
more(struct out *o, const struct mdtl_report *r, size_t total)
{
	char t[96];

	if (r->limit == 0 || total <= r->limit)
		return;
	snprintf(t, sizeof t, "... and %zu more (--limit %zu; --limit 0 "
	    "shows all).", total - r->limit, r->limit);
	para(o, t);
}

/* The day judged against, "2011-07-01", or "" (0) when nothing is dated. */
static int
as_of(const struct mdtl_report *r, char *d, size_t size)
{
	d[0] = '\0';
	if (r->has_as_of)
		mdtl_date_format_day(r->as_of, 0, d, size);
	return r->has_as_of;
}

/* "Dmitry Rogozin, NATO": the speakers and agents, else every actor. */
static void
who(struct mdtl_buf *b, const struct mdtl_event *e, int setters)
{
	size_t i, n = 0;

	for (i = 0; setters && i < e->nactors; i++)
		if (e->actors[i].role == MDTL_ROLE_SPEAKER ||
		    e->actors[i].role == MDTL_ROLE_AGENT) {
			if (n++)
				mdtl_buf_adds(b, ", ");
			mdtl_buf_adds(b, e->actors[i].name);
		}
	if (n == 0)
		mdtl_event_actor_names(b, e, 0);
}

static const char *
date_of(const struct mdtl_event *e)
{
	return e->date.gran == MDTL_GRAN_NONE ? "undated" : e->date_value;
}

static void
scope(struct out *o, const struct mdtl_report *r)
{
	struct mdtl_buf t = MDTL_BUF_INIT;
	char a[16], b[16];
	size_t i, dated = 0;
	long first = 0, last = 0, f, l;

	for (i = 0; i < r->n; i++) {
		if (r->v[i].date.gran == MDTL_GRAN_NONE)
			continue;
		mdtl_date_range(&r->v[i].date, &f, &l);
		if (dated++ == 0 || f < first)
			first = f;
		if (dated == 1 || l > last)
			last = l;
	}
	heading(o, 2, "Scope");
	table_head(o, (const char *const[]){ "", "", NULL });
	row_start(o);
	cell(o, "Articles read");
	mdtl_buf_addf(&t, "%zu", r->nsources);
	if (r->has_pub) {
		mdtl_date_format_day(r->first_pub, 0, a, sizeof a);
		mdtl_date_format_day(r->last_pub, 0, b, sizeof b);
		mdtl_buf_addf(&t, ", published %s to %s", a, b);
	}
	cell(o, t.buf);
	row_end(o);
	row_start(o);
	cell(o, "Events");
	mdtl_buf_reset(&t);
	mdtl_buf_addf(&t, "%zu, %zu dated", r->n, dated);
	if (dated) {
		mdtl_date_format_day(first, 0, a, sizeof a);
		mdtl_date_format_day(last, 0, b, sizeof b);
		mdtl_buf_addf(&t, ", %s to %s", a, b);
	}
	cell(o, t.buf);
	row_end(o);
	row_start(o);
	cell(o, "Filters");
	cell(o, r->filters ? r->filters : "none");
	row_end(o);
	row_start(o);
	cell(o, "As of");
	as_of(r, a, sizeof a);
	cell(o, r->has_as_of ? a : "no date read");
	row_end(o);
	table_end(o);
	mdtl_buf_release(&t);
}

/* The events, under a heading for each month (of the first day). */
/* A URL a page may link to: http or https, nothing that ends it. */
static int
linkable(const char *u)
{
	if (u == NULL || (strncmp(u, "http://", 7) != 0 &&
	    strncmp(u, "https://", 8) != 0))
		return 0;
	for (; *u; u++)
		if ((unsigned char)*u <= ' ' || strchr("\"'<>()\\`", *u) != NULL ||
		    *u == 0x7f)
			return 0;
	return 1;
}

/* " - Reuters", linked to the article when it has a URL. */
static void
cite(struct out *o, const struct mdtl_event *e)
{
	const char *outlet = e->article->source ? e->article->source :
	    e->article->id;
	int link = linkable(e->article->url);

	if (outlet == NULL && !link)
		return;
	if (outlet == NULL)
		outlet = "article";
	if (o->html) {
		mdtl_buf_adds(&o->b, " <cite>");
		if (link)
			mdtl_buf_addf(&o->b, "<a href=\"%s\">", e->article->url);
		text(o, outlet);
		mdtl_buf_adds(&o->b, link ? "</a></cite>" : "</cite>");
	} else {
		mdtl_buf_adds(&o->b, " (");
		if (link)
			mdtl_buf_addch(&o->b, '[');
		text(o, outlet);
		if (link)
			mdtl_buf_addf(&o->b, "](%s)", e->article->url);
		mdtl_buf_addch(&o->b, ')');
	}
}

static void
timeline(struct out *o, const struct mdtl_report *r)
{
	struct mdtl_buf t = MDTL_BUF_INIT;
	char month[16] = "", m[16];
	size_t i;
	int open = 0;

	heading(o, 2, "Timeline");
	for (i = 0; i < r->n && shown(r, i); i++) {
		const struct mdtl_event *e = &r->v[i];
		long f, l;

		if (e->date.gran == MDTL_GRAN_NONE) {
			snprintf(m, sizeof m, "Undated");
		} else {
			mdtl_date_range(&e->date, &f, &l);
			mdtl_date_format_day(f, 0, m, sizeof m);
			m[7] = '\0';
		}
		if (strcmp(m, month) != 0) {
			if (open && o->html)
				mdtl_buf_adds(&o->b, "</ul>\n");
			memcpy(month, m, sizeof month);
			heading(o, 3, month);
			if (o->html)
				mdtl_buf_adds(&o->b, "<ul class=\"events\">\n");
			open = 1;
		}
		mdtl_buf_reset(&t);
		who(&t, e, 0);
		if (o->html) {
			mdtl_buf_addf(&o->b, "<li class=\"%s\" id=\"e-%s\"><b>",
			    mdtl_event_type_name(e->type), e->id);
			text(o, date_of(e));
			mdtl_buf_addf(&o->b, "</b> <span class=\"type\">%s</span> ",
			    mdtl_event_type_name(e->type));
			text(o, t.buf);
			mdtl_buf_adds(&o->b, ": ");
			text(o, e->sentence);
			cite(o, e);
			mdtl_buf_adds(&o->b, "</li>\n");
		} else {
			mdtl_buf_adds(&o->b, "- **");
			text(o, date_of(e));
			mdtl_buf_addf(&o->b, "** %s, ",
			    mdtl_event_type_name(e->type));
			text(o, t.buf);
			mdtl_buf_adds(&o->b, ": ");
			text(o, e->sentence);
			cite(o, e);
			mdtl_buf_addch(&o->b, '\n');
		}
	}
	if (open && o->html)
		mdtl_buf_adds(&o->b, "</ul>\n");
	more(o, r, r->n);
	if (r->n == 0)
		para(o, "No events.");
	mdtl_buf_release(&t);
}

struct actor_stat {
	const char	*id, *name;
	size_t		 events, roles[4];
	int		 dated;
	long		 first, last;
};

static int
cmp_actor(const void *pa, const void *pb)
{
	const struct actor_stat *a = pa, *b = pb;

	if (a->events != b->events)
		return a->events > b->events ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Does the event name actor k earlier in its list too? */
static int
named_before(const struct mdtl_event *e, size_t k)
{
	size_t p;

	for (p = 0; p < k; p++)
		if (strcmp(e->actors[p].id, e->actors[k].id) == 0)
			return 1;
	return 0;
}

/* The record of an actor, made on first sight. */
static struct actor_stat *
stat_of(struct actor_stat **v, size_t *n, size_t *alloc,
    const struct mdtl_event_actor *a)
{
	size_t j;

	for (j = 0; j < *n; j++)
		if (strcmp((*v)[j].id, a->id) == 0)
			return &(*v)[j];
	if (*n == *alloc) {
		*alloc = *alloc ? *alloc * 2 : 16;
		*v = mdtl_xrealloc(*v, *alloc * sizeof **v);
	}
	memset(&(*v)[*n], 0, sizeof (*v)[*n]);
	(*v)[*n].id = a->id;
	(*v)[*n].name = a->name;
	return &(*v)[(*n)++];
}

/* Every actor of the events, the most active first. */
static struct actor_stat *
actor_stats(const struct mdtl_report *r, size_t *np)
{
	struct actor_stat *v = NULL, *s;
	size_t n = 0, alloc = 0, i, k;
	long f = 0, l = 0;

	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];
		int dated = e->date.gran != MDTL_GRAN_NONE;

		if (dated)
			mdtl_date_range(&e->date, &f, &l);
		for (k = 0; k < e->nactors; k++) {
			if (named_before(e, k))	/* once per event */
				continue;
			s = stat_of(&v, &n, &alloc, &e->actors[k]);
			s->events++;
			s->roles[e->actors[k].role]++;
			if (dated) {
				if (!s->dated || f < s->first)
					s->first = f;
				if (!s->dated || l > s->last)
					s->last = l;
				s->dated = 1;
			}
		}
	}
	if (n)
		qsort(v, n, sizeof *v, cmp_actor);
	*np = n;
	return v;
}

static void
actors(struct out *o, const struct mdtl_report *r)
{
	struct actor_stat *v;
	struct mdtl_buf t = MDTL_BUF_INIT;
	size_t n, i, k;
	char d[16];

	heading(o, 2, "Actors");
	v = actor_stats(r, &n);
	if (n == 0) {
		para(o, "No actors.");
		return;
	}
	table_head(o, (const char *const[]){ "Actor", "Events", "First seen",
	    "Last seen", "Roles", NULL });
	for (i = 0; i < n && shown(r, i); i++) {
		row_start(o);
		cell(o, v[i].name);
		mdtl_buf_reset(&t);
		mdtl_buf_addf(&t, "%zu", v[i].events);
		cell(o, t.buf);
		if (v[i].dated)
			mdtl_date_format_day(v[i].first, 0, d, sizeof d);
		cell(o, v[i].dated ? d : NULL);
		if (v[i].dated)
			mdtl_date_format_day(v[i].last, 0, d, sizeof d);
		cell(o, v[i].dated ? d : NULL);
		mdtl_buf_reset(&t);
		for (k = 0; k < 4; k++)
			if (v[i].roles[k])
				mdtl_buf_addf(&t, "%s%s %zu", t.len ? ", " : "",
				    mdtl_role_name((enum mdtl_role_kind)k),
				    v[i].roles[k]);
		cell(o, t.buf);
		row_end(o);
	}
	table_end(o);
	more(o, r, n);
	mdtl_buf_release(&t);
	free(v);
}

/* "Deadlines as of 2011-07-01", or "Deadlines" when nothing is dated. */
static void
deadlines_heading(struct mdtl_buf *b, const struct mdtl_report *r)
{
	char d[16];

	mdtl_buf_adds(b, "Deadlines");
	if (as_of(r, d, sizeof d))
		mdtl_buf_addf(b, " as of %s", d);
}

static void
deadlines(struct out *o, const struct mdtl_report *r)
{
	struct mdtl_buf t = MDTL_BUF_INIT;
	size_t i, n = 0;
	long left;

	deadlines_heading(&t, r);
	heading(o, 2, t.buf);
	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];
		enum mdtl_due s;

		if (e->type != MDTL_EVENT_DEADLINE || !shown(r, n++))
			continue;
		if (n == 1)
			table_head(o, (const char *const[]){ "Date", "Status",
			    "Days left", "Set by", "For", NULL });
		row_start(o);
		cell(o, date_of(e));
		mdtl_buf_reset(&t);
		if (e->date.gran != MDTL_GRAN_NONE) {
			s = mdtl_due_state(&e->date, r->as_of, &left);
			cell(o, mdtl_due_name(s));
			mdtl_buf_addf(&t, "%ld", left);
			cell(o, s == MDTL_DUE_PASSED ? NULL : t.buf);
		} else {
			cell(o, "undated");
			cell(o, NULL);
		}
		mdtl_buf_reset(&t);
		who(&t, e, 1);
		cell(o, t.buf);
		cell(o, e->sentence);
		row_end(o);
	}
	if (n)
		table_end(o);
	else
		para(o, "No deadlines.");
	more(o, r, n);
	mdtl_buf_release(&t);
}

static void
summits(struct out *o, const struct mdtl_report *r)
{
	static const char *const when[] = { "coming", "under way", "past" };
	struct mdtl_buf t = MDTL_BUF_INIT;
	size_t i, n = 0;
	long left;

	heading(o, 2, "Summits and meetings");
	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];

		if (e->type != MDTL_EVENT_SUMMIT || !shown(r, n++))
			continue;
		if (n == 1)
			table_head(o, (const char *const[]){ "Date", "When",
			    "Where", "Who", "What", NULL });
		row_start(o);
		cell(o, date_of(e));
		cell(o, e->date.gran == MDTL_GRAN_NONE ? NULL :
		    when[mdtl_due_state(&e->date, r->as_of, &left)]);
		cell(o, e->location);
		mdtl_buf_reset(&t);
		who(&t, e, 0);
		cell(o, t.buf);
		cell(o, e->sentence);
		row_end(o);
	}
	if (n)
		table_end(o);
	else
		para(o, "No summits or meetings.");
	more(o, r, n);
	mdtl_buf_release(&t);
}

static const char *
source_of(const struct mdtl_event *e)
{
	return e->article->source ? e->article->source : e->article->id;
}

/*
 * Offers, each with the later offers whose sentences say the same
 * (the similarity merging uses): who made it first, who repeated it.
 */
static void
offers(struct out *o, const struct mdtl_report *r)
{
	struct mdtl_buf t = MDTL_BUF_INIT;
	struct mdtl_arena scratch = MDTL_ARENA_INIT;
	unsigned char *done = mdtl_xcalloc(r->n ? r->n : 1, 1);
	struct mdtl_words *w = mdtl_xcalloc(r->n ? r->n : 1, sizeof *w);
	size_t i, j, n = 0;

	heading(o, 2, "Offers");
	/* each offer's words, once */
	for (i = 0; i < r->n; i++)
		if (r->v[i].type != MDTL_EVENT_OFFER)
			continue;
		else if (r->v[i].words.v != NULL)
			w[i] = r->v[i].words;
		else
			mdtl_words_of(&scratch, r->v[i].sentence, &w[i]);
	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];

		if (e->type != MDTL_EVENT_OFFER || done[i] || !shown(r, n++))
			continue;
		if (n == 1)
			table_head(o, (const char *const[]){ "Date", "Made by",
			    "Offer", "Repeated", NULL });
		row_start(o);
		cell(o, date_of(e));
		mdtl_buf_reset(&t);
		who(&t, e, 1);
		mdtl_buf_addf(&t, " (%s)", source_of(e));
		cell(o, t.buf);
		cell(o, e->quote ? e->quote : e->sentence);
		mdtl_buf_reset(&t);
		for (j = i + 1; j < r->n; j++) {
			const struct mdtl_event *x = &r->v[j];

			if (x->type != MDTL_EVENT_OFFER || done[j] ||
			    mdtl_words_similarity(&w[i], &w[j]) <
			    MDTL_MERGE_SIMILAR)
				continue;
			done[j] = 1;
			if (t.len)
				mdtl_buf_adds(&t, "; ");
			mdtl_buf_addf(&t, "%s by ", date_of(x));
			who(&t, x, 1);
			mdtl_buf_addf(&t, " (%s)", source_of(x));
		}
		if (e->sources > 1)
			mdtl_buf_addf(&t, "%stold by %zu articles",
			    t.len ? "; " : "", e->sources);
		cell(o, t.len ? t.buf : NULL);
		row_end(o);
	}
	if (n)
		table_end(o);
	else
		para(o, "No offers.");
	more(o, r, n);
	free(w);
	free(done);
	mdtl_arena_release(&scratch);
	mdtl_buf_release(&t);
}

static void
sources(struct out *o, const struct mdtl_report *r)
{
	struct mdtl_buf t = MDTL_BUF_INIT;
	size_t i, j, k, count;

	heading(o, 2, "Sources");
	if (r->nsources == 0) {
		para(o, "No articles.");
		return;
	}
	table_head(o, (const char *const[]){ "Article", "Source", "Published",
	    "Credits", "Events", NULL });
	for (i = 0; i < r->nsources && shown(r, i); i++) {
		const struct mdtl_report_source *s = &r->sources[i];

		for (j = 0, count = 0; j < r->n; j++)
			for (k = 0; k < r->v[j].nmentions; k++)
				if (r->v[j].mentions[k].article != NULL &&
				    strcmp(r->v[j].mentions[k].article,
				    s->id) == 0) {
					count++;
					break;
				}
		row_start(o);
		cell(o, s->title ? s->title : s->id);
		cell(o, s->source);
		cell(o, s->published);
		cell(o, s->credits);
		mdtl_buf_reset(&t);
		mdtl_buf_addf(&t, "%zu", count);
		cell(o, t.buf);
		row_end(o);
	}
	table_end(o);
	more(o, r, r->nsources);
	mdtl_buf_release(&t);
}

/* The SVG chart --------------------------------------------------------- */

#define CHART_LANES	6
#define CHART_W		960
#define CHART_LEFT	170
#define CHART_RIGHT	40
#define LANE_H		34

/* A colour for each event type, safe for colour-blind readers (Okabe-Ito). */
static const char *
colour(enum mdtl_event_type t)
{
	static const char *const c[] = { "#0072B2", "#D55E00", "#009E73",
	    "#CC79A7", "#E69F00", "#56B4E9", "#999999" };

	return c[(size_t)t % (sizeof c / sizeof c[0])];
}

static long
xpos(long day, long first, long last)
{
	long w = CHART_W - CHART_LEFT - CHART_RIGHT;

	if (last <= first)
		return CHART_LEFT + w / 2;
	return CHART_LEFT + (long)((double)(day - first) / (double)(last -
	    first) * (double)w);
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

/* Warnings first in a stack, so that none is ever hidden. */
static int
priority(enum mdtl_event_type t)
{
	static const int p[] = { 4, 0, 2, 3, 1 };	/* as event-types.def */

	return (size_t)t < sizeof p / sizeof p[0] ? p[t] : 5;
}

/* Where a dated event is drawn: its lane, its column, its place. */
struct mark {
	size_t	 lane, event;
	long	 col;
	int	 prio;
};

static int
cmp_mark(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;

	if (x->lane != y->lane)
		return x->lane < y->lane ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if (x->prio != y->prio)
		return x->prio - y->prio;
	return x->event < y->event ? -1 : x->event > y->event;
}

#define MARK_R		5
#define MARK_COL	(2 * MARK_R + 2)	/* a column's width */
#define MARK_STACK	3			/* marks in a column */

/*
 * One mark per dated event, in the lane of its first lane actor, at its
 * column of the axis (days outside it at its ends).  Marks of one column
 * are stacked, warnings first; past three, the third says how many more
 * there are.  Each mark links to its entry in the timeline below.
 */
static void
marks(struct out *o, const struct mdtl_report *r, const struct actor_stat *v,
    size_t lanes, long first, long last)
{
	static const int offset[MARK_STACK] = { 0, -(MARK_COL - 1), MARK_COL - 1 };
	struct mdtl_buf t = MDTL_BUF_INIT;
	struct mark *m = mdtl_xreallocarray(NULL, r->n ? r->n : 1, sizeof *m);
	size_t n = 0, i, j, k, end;
	long f, l;

	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];
		size_t lane = lanes;

		if (e->date.gran == MDTL_GRAN_NONE)
			continue;
		for (k = 0; k < e->nactors && lane == lanes; k++)
			for (j = 0; j < lanes; j++)
				if (strcmp(e->actors[k].id, v[j].id) == 0) {
					lane = j;
					break;
				}
		mdtl_date_range(&e->date, &f, &l);
		f = f < first ? first : f > last ? last : f;
		m[n].lane = lane;
		m[n].event = i;
		m[n].col = (xpos(f, first, last) - CHART_LEFT) / MARK_COL;
		m[n].prio = priority(e->type);
		n++;
	}
	qsort(m, n, sizeof *m, cmp_mark);
	for (i = 0; i < n; i = end) {
		for (end = i + 1; end < n && m[end].lane == m[i].lane &&
		    m[end].col == m[i].col; end++)
			;
		for (k = 0; k < end - i && k < MARK_STACK; k++) {
			const struct mdtl_event *e = &r->v[m[i + k].event];
			long cx = CHART_LEFT + m[i].col * MARK_COL + MARK_COL / 2;
			int cy = 20 + (int)m[i].lane * LANE_H + offset[k];

			/* the last of a full column counts those it stands for */
			if (k == MARK_STACK - 1 && end - i > MARK_STACK) {
				mdtl_buf_addf(&o->b, "<g class=\"more\"><circle "
				    "cx=\"%ld\" cy=\"%d\" r=\"%d\"/><text x=\"%ld\" "
				    "y=\"%d\">%zu</text><title>%zu more events "
				    "here</title></g>\n", cx, cy, MARK_R, cx,
				    cy + 3, end - i - k, end - i - k);
				break;
			}
			mdtl_buf_addf(&o->b, "<a href=\"#e-%s\"><circle "
			    "class=\"mark\" data-type=\"%s\" cx=\"%ld\" "
			    "cy=\"%d\" r=\"%d\" fill=\"%s\"><title>", e->id,
			    mdtl_event_type_name(e->type), cx, cy, MARK_R,
			    colour(e->type));
			mdtl_buf_reset(&t);
			mdtl_buf_addf(&t, "%s %s: ", e->date_value,
			    mdtl_event_type_name(e->type));
			who(&t, e, 0);
			mdtl_buf_adds(&t, " \xe2\x80\x94 ");
			mdtl_buf_adds(&t, e->quote ? e->quote : e->sentence);
			text(o, t.buf);
			mdtl_buf_adds(&o->b, "</title></circle></a>\n");
		}
	}
	free(m);
	mdtl_buf_release(&t);
}

/* Under the axis, the events of each month of it as a bar. */
static void
month_strip(struct out *o, const struct mdtl_report *r, long first, long last,
    int y)
{
	size_t counts[240], i, most = 0, nm;
	int fy, fm, fd, yy, mm;
	long f, l;

	mdtl_civil_from_days(first, &fy, &fm, &fd);
	mdtl_civil_from_days(last, &yy, &mm, &fd);
	nm = (size_t)((yy - fy) * 12 + mm - fm + 1);
	if (nm > sizeof counts / sizeof counts[0])
		return;		/* (twenty years: the ticks say enough) */
	memset(counts, 0, sizeof counts);
	for (i = 0; i < r->n; i++) {
		if (r->v[i].date.gran == MDTL_GRAN_NONE)
			continue;
		mdtl_date_range(&r->v[i].date, &f, &l);
		if (f < first || f > last)
			continue;
		mdtl_civil_from_days(f, &yy, &mm, &fd);
		if (++counts[(yy - fy) * 12 + mm - fm] > most)
			most = counts[(yy - fy) * 12 + mm - fm];
	}
	mdtl_buf_addf(&o->b, "<g class=\"months\"><text class=\"lane-name\" "
	    "x=\"%d\" y=\"%d\">events a month</text>\n", CHART_LEFT - 8, y + 4);
	for (i = 0; i < nm; i++) {
		long x0, x1;
		int h;

		if (counts[i] == 0)
			continue;
		yy = fy + (int)((fm - 1 + (int)i) / 12);
		mm = (fm - 1 + (int)i) % 12 + 1;
		x0 = xpos(mdtl_days_from_civil(yy, mm, 1), first, last);
		x1 = xpos(mdtl_days_from_civil(yy, mm, mdtl_days_in_month(yy,
		    mm)), first, last);
		x0 = x0 < CHART_LEFT ? CHART_LEFT : x0;
		x1 = x1 > CHART_W - CHART_RIGHT ? CHART_W - CHART_RIGHT : x1;
		h = (int)(1 + counts[i] * 19 / most);
		mdtl_buf_addf(&o->b, "<rect x=\"%ld\" y=\"%d\" width=\"%ld\" "
		    "height=\"%d\"><title>%04d-%02d: %zu</title></rect>\n",
		    x0, y + 10 - h, x1 > x0 ? x1 - x0 : 1, h, yy, mm,
		    counts[i]);
	}
	mdtl_buf_adds(&o->b, "</g>\n");
}

static void
chart(struct out *o, const struct mdtl_report *r)
{
	struct actor_stat *v;
	struct mdtl_buf t = MDTL_BUF_INIT;
	size_t nact, lanes, i, k, dated = 0, outside = 0;
	long first = 0, last = 0, f, l, h, *days, span_first = 0, span_last = 0;
	int y1, y, t0;
	char d[16];

	days = mdtl_xreallocarray(NULL, r->n ? r->n : 1, sizeof *days);
	for (i = 0; i < r->n; i++) {
		if (r->v[i].date.gran == MDTL_GRAN_NONE)
			continue;
		mdtl_date_range(&r->v[i].date, &f, &l);
		if (dated == 0 || f < span_first)
			span_first = f;
		if (dated == 0 || l > span_last)
			span_last = l;
		days[dated++] = f;
	}
	if (dated == 0) {
		free(days);
		return;
	}
	/*
	 * The axis spans the days that hold most events: with many, from the
	 * 2nd to the 98th hundredth; the others are drawn at its ends.
	 */
	qsort(days, dated, sizeof *days, cmp_long);
	first = days[dated >= 50 ? dated / 50 : 0];
	last = days[dated >= 50 ? dated - 1 - dated / 50 : dated - 1];
	for (i = 0; i < dated; i++)
		outside += days[i] < first || days[i] > last;
	free(days);
	v = actor_stats(r, &nact);
	lanes = nact < CHART_LANES ? nact : CHART_LANES;
	h = (long)(lanes + 1) * LANE_H + 100;
	mdtl_buf_addf(&o->b, "<figure class=\"chart\">\n<svg xmlns="
	    "\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %ld\" "
	    "role=\"img\" aria-labelledby=\"chart-title\">\n"
	    "<title id=\"chart-title\">Events by date, one lane per actor"
	    "</title>\n", CHART_W, h);
	/* lanes: the most active actors, then the others */
	for (k = 0; k <= lanes; k++) {
		y = 20 + (int)k * LANE_H;
		mdtl_buf_addf(&o->b, "<line class=\"lane\" x1=\"%d\" y1=\"%d\" "
		    "x2=\"%d\" y2=\"%d\"/>\n<text class=\"lane-name\" x=\"%d\" "
		    "y=\"%d\">", CHART_LEFT, y, CHART_W - CHART_RIGHT, y,
		    CHART_LEFT - 8, y + 4);
		text(o, k < lanes ? v[k].name : "others");
		mdtl_buf_adds(&o->b, "</text>\n");
	}
	/* the axis: a tick a year, or a month when they span a year or less */
	y1 = 20 + (int)lanes * LANE_H + 16;
	mdtl_buf_addf(&o->b, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" "
	    "x2=\"%d\" y2=\"%d\"/>\n", CHART_LEFT, y1, CHART_W - CHART_RIGHT,
	    y1);
	{
		int fy, fm, fd, ly, lm, ld, yy, mm, step, ticks = 0;

		mdtl_civil_from_days(first, &fy, &fm, &fd);
		mdtl_civil_from_days(last, &ly, &lm, &ld);
		step = last - first > 400 ? 12 : 1;
		if (last - first > 400 * 8)
			step = 12 * ((int)((last - first) / 365 / 8) + 1);
		yy = fy;
		mm = step == 1 ? fm : 1;
		for (t0 = 0; t0 < 200; t0++) {
			long day = mdtl_days_from_civil(yy, mm, 1);

			if (day > last)
				break;
			if (day >= first) {
				long x = xpos(day, first, last);

				ticks++;
				mdtl_buf_addf(&o->b, "<line class=\"tick\" "
				    "x1=\"%ld\" y1=\"%d\" x2=\"%ld\" y2=\"%d\"/>"
				    "<text class=\"tick-label\" x=\"%ld\" "
				    "y=\"%d\">", x, y1, x, y1 + 5, x, y1 + 18);
				if (step == 1)
					mdtl_buf_addf(&o->b, "%04d-%02d", yy, mm);
				else
					mdtl_buf_addf(&o->b, "%04d", yy);
				mdtl_buf_adds(&o->b, "</text>\n");
			}
			mm += step;
			while (mm > 12) {
				mm -= 12;
				yy++;
			}
		}
		/* a few days or weeks: the first and the last day */
		if (ticks < 2)
			for (k = 0; k < (last > first ? 2u : 1u); k++) {
				long day = k ? last : first;
				long x = xpos(day, first, last);

				mdtl_date_format_day(day, 0, d, sizeof d);
				mdtl_buf_addf(&o->b, "<line class=\"tick\" "
				    "x1=\"%ld\" y1=\"%d\" x2=\"%ld\" y2=\"%d\"/>"
				    "<text class=\"tick-label\" x=\"%ld\" "
				    "y=\"%d\">%s</text>\n", x, y1, x, y1 + 5, x,
				    y1 + 18, d);
			}
	}
	/* the day the report is as of */
	if (r->as_of >= first && r->as_of <= last)
		mdtl_buf_addf(&o->b, "<line class=\"asof\" x1=\"%ld\" y1=\"10\" "
		    "x2=\"%ld\" y2=\"%d\"/><text class=\"tick-label\" "
		    "x=\"%ld\" y=\"%d\">as of</text>\n",
		    xpos(r->as_of, first, last), xpos(r->as_of, first, last),
		    y1, xpos(r->as_of, first, last), y1 + 32);
	marks(o, r, v, lanes, first, last);
	month_strip(o, r, first, last, y1 + 40);
	mdtl_buf_adds(&o->b, "</svg>\n<figcaption class=\"legend\">");
	for (k = 0; k < MDTL_EVENT_NTYPES; k++)
		mdtl_buf_addf(&o->b, "<span><svg class=\"key\" width=\"12\" "
		    "height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"5\" "
		    "fill=\"%s\"/></svg> %s</span> ",
		    colour((enum mdtl_event_type)k),
		    mdtl_event_type_name((enum mdtl_event_type)k));
	/* the events' span, as the scope gives it; the axis's when shorter */
	mdtl_date_format_day(span_first, 0, d, sizeof d);
	mdtl_buf_addf(&o->b, "<span class=\"span\">%s to ", d);
	mdtl_date_format_day(span_last, 0, d, sizeof d);
	mdtl_buf_addf(&o->b, "%s", d);
	if (outside > 0) {
		mdtl_date_format_day(first, 0, d, sizeof d);
		mdtl_buf_addf(&o->b, "; the axis %s to ", d);
		mdtl_date_format_day(last, 0, d, sizeof d);
		mdtl_buf_addf(&o->b, "%s, the %zu event%s outside it drawn at "
		    "its ends", d, outside, outside > 1 ? "s" : "");
	}
	mdtl_buf_adds(&o->b, "</span></figcaption>\n</figure>\n");
	mdtl_buf_release(&t);
	free(v);
}

static const char css[] =
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;"
	"color:#1a1a1a;background:#fff;max-width:1000px;margin:2em auto;"
	"padding:0 1em}"
	"h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;"
	"border-bottom:1px solid #ccc}h3{margin:1em 0 .3em;color:#555}"
	"table{border-collapse:collapse;width:100%;margin:.5em 0}"
	"th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;"
	"vertical-align:top;overflow-wrap:anywhere}th{background:#f3f3f3}"
	"ul.events{padding-left:1.2em}.type{font-variant:small-caps;"
	"color:#555}"
	".chart>svg{width:100%;height:auto}.key{width:12px;height:12px;"
	"vertical-align:-1px}.lane{stroke:#ddd}"
	".axis,.tick{stroke:#555}.asof{stroke:#c00;stroke-dasharray:4 3}.lane-name{font-size:12px;text-anchor:end}"
	".tick-label{font-size:11px;text-anchor:middle;fill:#333}"
	".mark{stroke:#fff;stroke-width:1.5}.more circle{fill:#555}"
	".more text{font-size:8px;fill:#fff;text-anchor:middle}"
	".months rect{fill:#bbb}"
	".legend span{margin-right:1em;white-space:nowrap}"
	".events b,td:first-child{white-space:nowrap}"
	".toc ul{columns:2;list-style:none;padding:0}cite{color:#555}"
	"@media print{body{margin:0;max-width:none;font-size:11pt}"
	"h2{break-after:avoid}tr,li,figure{break-inside:avoid}"
	".mark{stroke:#000;stroke-width:.5}}";

/* The sections, each linked to its heading. */
static void
contents(struct out *o, const struct mdtl_report *r)
{
	static const char *const names[] = { "Scope", "Timeline", "Actors",
	    "Deadlines", "Summits and meetings", "Offers", "Sources" };
	struct mdtl_buf name = MDTL_BUF_INIT, id = MDTL_BUF_INIT;
	size_t i;

	mdtl_buf_adds(&o->b, o->html ? "<nav class=\"toc\"><ul>\n" : "\n");
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		mdtl_buf_reset(&name);
		mdtl_buf_reset(&id);
		if (i == 3)
			deadlines_heading(&name, r);
		else
			mdtl_buf_adds(&name, names[i]);
		slug(&id, name.buf);
		mdtl_buf_addf(&o->b, o->html ? "<li><a href=\"#%s\">" : "- [",
		    id.buf);
		text(o, names[i]);
		if (o->html)
			mdtl_buf_adds(&o->b, "</a></li>\n");
		else
			mdtl_buf_addf(&o->b, "](#%s)\n", id.buf);
	}
	mdtl_buf_adds(&o->b, o->html ? "</ul></nav>\n" : "");
	mdtl_buf_release(&name);
	mdtl_buf_release(&id);
}

static int
report(FILE *fp, const struct mdtl_report *r, int html)
{
	struct out o;
	struct mdtl_buf t = MDTL_BUF_INIT;
	char d[32];
	int ret;

	memset(&o, 0, sizeof o);
	mdtl_buf_init(&o.b);
	o.html = html;
	/* "Briefing as of 2011-07-01"; with nothing dated, "Briefing" */
	d[0] = '\0';
	if (as_of(r, d + 7, sizeof d - 7))
		memcpy(d, " as of ", 7);
	mdtl_buf_adds(&t, r->title != NULL ? r->title : "Briefing");
	mdtl_buf_adds(&t, d);
	if (html) {
		mdtl_buf_addf(&o.b, "<!DOCTYPE html>\n<html lang=\"en\">\n"
		    "<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
		    "content=\"width=device-width, initial-scale=1\">\n"
		    "<meta http-equiv=\"Content-Security-Policy\" content=\""
		    "default-src 'none'; style-src 'unsafe-inline'\">\n"
		    "<title>");
		text(&o, t.buf);
		mdtl_buf_addf(&o.b, "</title>\n<style>%s</style>\n"
		    "</head>\n<body>\n<h1>", css);
		text(&o, t.buf);
		mdtl_buf_adds(&o.b, "</h1>\n");
	} else {
		mdtl_buf_adds(&o.b, "# ");
		text(&o, t.buf);
		mdtl_buf_addch(&o.b, '\n');
	}
	contents(&o, r);
	scope(&o, r);
	if (html)
		chart(&o, r);
	timeline(&o, r);
	actors(&o, r);
	deadlines(&o, r);
	summits(&o, r);
	offers(&o, r);
	sources(&o, r);
	if (html)
		mdtl_buf_adds(&o.b, "</body>\n</html>\n");
	ret = fwrite(o.b.buf, 1, o.b.len, fp) == o.b.len ? 0 : -1;
	mdtl_buf_release(&o.b);
	mdtl_buf_release(&t);
	return ret || ferror(fp) ? -1 : 0;
}

int
mdtl_report_md(FILE *fp, const struct mdtl_report *r)
{
	return report(fp, r, 0);
}

int
mdtl_report_html(FILE *fp, const struct mdtl_report *r)
{
	return report(fp, r, 1);
}

int
mdtl_report_deadlines(FILE *fp, const struct mdtl_report *r,
    enum mdtl_deadline_format f)
{
	struct mdtl_buf b = MDTL_BUF_INIT, t = MDTL_BUF_INIT;
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	char day[16] = "", left_s[24];
	size_t i;
	long left = 0;
	int ret;

	as_of(r, day, sizeof day);
	if (f == MDTL_DEADLINES_TEXT)
		mdtl_buf_addf(&b, "Deadlines as of %s (%s)\n",
		    r->has_as_of ? day : "-", r->as_of_from != NULL ?
		    r->as_of_from : "nothing read is dated");
	else if (f == MDTL_DEADLINES_CSV) {
		static const char *const before[] = { "as_of", "status",
		    "days_left", NULL };

		mdtl_csv_header(&b, before, NULL, 0);
	}
	for (i = 0; i < r->n; i++) {
		const struct mdtl_event *e = &r->v[i];
		enum mdtl_due s = MDTL_DUE_PENDING;
		int dated = e->date.gran != MDTL_GRAN_NONE && r->has_as_of;

		if (e->type != MDTL_EVENT_DEADLINE)
			continue;
		if (dated)
			s = mdtl_due_state(&e->date, r->as_of, &left);
		snprintf(left_s, sizeof left_s, "%ld", left);
		if (f == MDTL_DEADLINES_JSONL) {
			/* the event's record, and its state as of the day */
			mdtl_event_json(&b, e, 0, &memo);
			b.len--;	/* its closing brace */
			mdtl_buf_adds(&b, ",\"as_of\":");
			mdtl_buf_adds(&b, r->has_as_of ? "\"" : "null");
			if (r->has_as_of)
				mdtl_buf_addf(&b, "%s\"", day);
			mdtl_buf_addf(&b, ",\"status\":%s%s%s,\"days_left\":%s}\n",
			    dated ? "\"" : "", dated ? mdtl_due_name(s) : "null",
			    dated ? "\"" : "", dated ? left_s : "null");
			continue;
		}
		if (f == MDTL_DEADLINES_CSV) {
			const char *before[3];

			before[0] = r->has_as_of ? day : NULL;
			before[1] = dated ? mdtl_due_name(s) : NULL;
			before[2] = dated ? left_s : NULL;
			mdtl_csv_row(&b, e, before, 3, NULL, 0);
			continue;
		}
		mdtl_buf_reset(&t);
		who(&t, e, 1);
		mdtl_buf_addf(&b, "%-10s  %-7s  ", date_of(e),
		    dated ? mdtl_due_name(s) : "-");
		if (!dated)
			mdtl_buf_adds(&b, "              -  ");
		else if (s == MDTL_DUE_PASSED)
			mdtl_buf_addf(&b, "%5ld days late  ", -left);
		else
			mdtl_buf_addf(&b, "%5ld days left  ", left);
		mdtl_buf_add_line(&b, t.len ? t.buf : "-");
		mdtl_buf_adds(&b, ": ");
		mdtl_buf_add_line(&b, e->sentence);
		mdtl_buf_addch(&b, '\n');
	}
	ret = fwrite(b.buf, 1, b.len, fp) == b.len ? 0 : -1;
	mdtl_json_memo_release(&memo);
	mdtl_buf_release(&t);
	mdtl_buf_release(&b);
	return ret || ferror(fp) ? -1 : 0;
}

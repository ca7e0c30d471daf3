/*
 * cmd-report.c: the briefing (report) and the deadlines with their state
 * (deadlines).  Both are dated "as of" a day that defaults to the latest
 * publication date read, so the output never depends on the clock.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/arena.h"
#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/report.h"
#include "mdtl/timeline.h"
#include "mdtl/timex.h"
#include "mdtl/xalloc.h"

extern const struct mdtl_cmd mdtl_cmd_report, mdtl_cmd_deadlines;

struct opts {
	struct mdtl_filter_opts	 filter;
	struct mdtl_input_opts	 input;
	const char		*format, *output, *as_of, *limit, *title;
};

static const char *const report_formats[] = { "md", "html", NULL };

/* --limit: 0 (all) or more */
static const char *
check_limit(const char *s)
{
	return strcmp(s, "0") == 0 ? NULL : mdtl_check_count(s);
}
static const char *const deadline_formats[] = { "text", "jsonl", "csv",
    NULL };

#define COMMON_OPTIONS \
	OPT_STRING(0, "as-of", struct opts, as_of, "DATE", \
	    "the day deadlines and summits are judged against (default: " \
	    "the latest publication date read)", mdtl_check_date), \
	MDTL_OUTPUT_OPTION(struct opts, output), \
	MDTL_INPUT_OPTIONS(struct opts, input)

static const struct mdtl_option report_options[] = {
	MDTL_FILTER_OPTIONS(struct opts, filter),
	OPT_CHOICE('f', "format", struct opts, format, "FORMAT",
	    "md (default) or html (one page with an SVG chart)", "format",
	    report_formats),
	OPT_STRING('n', "limit", struct opts, limit, "N",
	    "rows a section shows, the first N (default 100; 0: all)",
	    check_limit),
	OPT_STRING(0, "title", struct opts, title, "TEXT",
	    "the briefing's title (default: Briefing)", mdtl_check_text),
	COMMON_OPTIONS,
	OPT_END()
};

static const struct mdtl_option deadline_options[] = {
	MDTL_FILTER_OPTIONS(struct opts, filter),
	OPT_CHOICE('f', "format", struct opts, format, "FORMAT",
	    "text (default), jsonl or csv", "format", deadline_formats),
	COMMON_OPTIONS,
	OPT_END()
};

/*
 * What a batch of articles gives, and what the run gathers: the events
 * that pass, and the articles read (their strings in the arena), with the
 * first and the latest publication day.
 */
struct sources {
	struct mdtl_timeline		 tl;
	struct mdtl_arena		 arena;
	struct mdtl_report_source	*v;
	size_t				 n, alloc;
	int				 has_pub;
	long				 first_pub, last_pub;
};

struct run {
	struct sources			 all;
	struct mdtl_filter		 filter;
	const struct mdtl_lexicon	*lex;
	struct mdtl_json		 json;
	const char			*last_article;	/* of an event line */
};

static void
sources_init(struct sources *s)
{
	memset(s, 0, sizeof *s);
	mdtl_timeline_init(&s->tl);
	mdtl_arena_init(&s->arena);
}

static void
sources_release(struct sources *s)
{
	mdtl_timeline_release(&s->tl);
	mdtl_arena_release(&s->arena);
	free(s->v);
}

static void
saw_day(struct sources *s, long first, long last)
{
	if (!s->has_pub || first < s->first_pub)
		s->first_pub = first;
	if (!s->has_pub || last > s->last_pub)
		s->last_pub = last;
	s->has_pub = 1;
}

static const char *
dup(struct mdtl_arena *a, const char *s)
{
	return s != NULL ? mdtl_arena_strdup(a, s) : NULL;
}

static struct mdtl_report_source *
new_source(struct sources *b)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? b->alloc * 2 : 16;
		b->v = mdtl_xreallocarray(b->v, b->alloc, sizeof *b->v);
	}
	return &b->v[b->n++];
}

/* "DPA, Interfax", in the arena; NULL for none. */
static const char *
credits(struct mdtl_arena *a, const char **v, size_t n)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	const char *s;
	size_t i;

	for (i = 0; i < n; i++)
		mdtl_buf_addf(&b, "%s%s", i ? ", " : "", v[i]);
	s = b.len ? dup(a, b.buf) : NULL;
	mdtl_buf_release(&b);
	return s;
}

/* Any thread: an article's events that pass, and the article. */
static void
article(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, struct mdtl_buf *out,
    struct mdtl_diag *diag)
{
	const struct run *r = arg;
	struct sources *b = *result;
	struct mdtl_report_source *s;
	size_t i;
	long first, last;

	(void)out;
	(void)diag;
	if (b == NULL) {
		b = mdtl_xmalloc(sizeof *b);
		sources_init(b);
		*result = b;
	}
	/* the rest of the filter once merged: records are chosen whole */
	for (i = 0; i < n; i++)
		if (mdtl_filter_type_match(&r->filter, ev[i].type))
			mdtl_timeline_add(&b->tl, &ev[i]);
	s = new_source(b);
	s->id = dup(&b->arena, art->id);
	s->title = dup(&b->arena, art->title);
	s->source = dup(&b->arena, art->source);
	s->published = art->published.gran != MDTL_GRAN_NONE ?
	    dup(&b->arena, art->published_str) : NULL;
	s->credits = credits(&b->arena, art->credits,
	    art->ncredits);
	if (art->published.gran != MDTL_GRAN_NONE) {
		mdtl_date_range(&art->published, &first, &last);
		saw_day(b, first, first);
	}
}

/*
 * This thread: a line of JSON Lines of events (what `timeline -f jsonl`
 * wrote), kept when it passes; its article is a source, once for the
 * records of one article that follow one another.
 */
static int
event_line(void *arg, const char *path, size_t lineno, const char *line,
    size_t len, struct mdtl_diag *diag)
{
	struct run *r = arg;
	const struct mdtl_article_meta *a;
	struct mdtl_report_source *s;
	struct mdtl_date d;
	const char *why;
	long first, last;

	if (mdtl_timeline_add_json(&r->all.tl, &r->json, line, len, &why) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "%s", why);
		return -1;
	}
	a = r->all.tl.v[r->all.tl.n - 1].article;
	if (!mdtl_filter_type_match(&r->filter,
	    r->all.tl.v[r->all.tl.n - 1].type))
		r->all.tl.n--;
	if (a == NULL || a->id == NULL || (r->last_article != NULL &&
	    strcmp(r->last_article, a->id) == 0))
		return 0;
	s = new_source(&r->all);
	s->id = r->last_article = dup(&r->all.arena, a->id);
	s->title = dup(&r->all.arena, a->title);
	s->source = dup(&r->all.arena, a->source);
	s->published = dup(&r->all.arena, a->published);
	s->credits = credits(&r->all.arena, a->credits, a->ncredits);
	if (a->published != NULL && mdtl_timex_parse(a->published, &d) == 0) {
		mdtl_date_range(&d, &first, &last);
		saw_day(&r->all, first, first);
	}
	return 0;
}

/* A batch's events and articles, taken over. */
static int
commit(void *arg, void *result)
{
	struct run *r = arg;
	struct sources *b = result;
	size_t i;

	mdtl_timeline_take(&r->all.tl, &b->tl);
	mdtl_arena_take(&r->all.arena, &b->arena);
	for (i = 0; i < b->n; i++)
		*new_source(&r->all) = b->v[i];
	if (b->has_pub)
		saw_day(&r->all, b->first_pub, b->last_pub);
	sources_release(b);
	free(b);
	return 0;
}

/* "actor rogozin; type deadline; since 2011-06" */
static char *
describe(const struct opts *o)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	for (i = 0; i < o->filter.actors.n; i++)
		mdtl_buf_addf(&b, "%sactor %s", b.len ? "; " : "",
		    o->filter.actors.v[i]);
	for (i = 0; i < o->filter.types.n; i++)
		mdtl_buf_addf(&b, "%stype %s", b.len ? "; " : "", o->filter.types.v[i]);
	for (i = 0; i < o->filter.greps.n; i++)
		mdtl_buf_addf(&b, "%stext \"%s\"", b.len ? "; " : "",
		    o->filter.greps.v[i]);
	if (o->filter.since)
		mdtl_buf_addf(&b, "%ssince %s", b.len ? "; " : "", o->filter.since);
	if (o->filter.until)
		mdtl_buf_addf(&b, "%suntil %s", b.len ? "; " : "", o->filter.until);
	return b.len ? mdtl_buf_detach(&b) : NULL;
}

static int
run(struct mdtl_ctx *ctx, const struct mdtl_cmd *cmd, int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct mdtl_report rep;
	struct mdtl_output out;
	struct mdtl_pipeline p;
	struct mdtl_date d, pub;
	struct mdtl_sink sink = { NULL, article, commit, NULL, event_line,
	    NULL };
	long first, last;
	int rest, status, ok, deadlines = cmd == &mdtl_cmd_deadlines;
	char *filters = NULL;
	const char *why;
	size_t i;

	memset(&o, 0, sizeof o);
	memset(&r, 0, sizeof r);
	memset(&rep, 0, sizeof rep);
	sources_init(&r.all);
	mdtl_json_init(&r.json);
	if ((status = mdtl_cmd_options(ctx, cmd, &o, argc, argv, &rest)) >= 0)
		goto done;
	if (mdtl_filter_opts_check(ctx, &o.filter) < 0 ||
	    mdtl_ctx_output_check(ctx, o.output, argc - rest, argv + rest) < 0)
	{
		status = MDTL_EXIT_USAGE;
		goto done;
	}
	status = MDTL_EXIT_OK;
	if (mdtl_ctx_pipeline(ctx, &o.input, 1, &pub, &p) < 0) {
		status = MDTL_EXIT_INPUT;
		goto done;
	}
	if (mdtl_ctx_check_actors(ctx, &o.filter.actors) < 0) {
		status = MDTL_EXIT_USAGE;
		goto done;
	}
	r.lex = ctx->lex;
	mdtl_filter_opts_apply(&o.filter, &r.filter);
	if (deadlines)
		r.filter.types = 1u << MDTL_EVENT_DEADLINE;
	sink.arg = &r;
	p.words = 1;
	status = mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
	r.all.tl.jobs = p.jobs;
	mdtl_timeline_merge(&r.all.tl);
	mdtl_timeline_filter(&r.all.tl, &r.filter, r.lex);
	mdtl_timeline_sort(&r.all.tl, 0);

	rep.v = r.all.tl.v;
	rep.n = r.all.tl.n;
	rep.sources = r.all.v;
	rep.nsources = r.all.n;
	rep.has_pub = r.all.has_pub;
	rep.first_pub = r.all.first_pub;
	rep.last_pub = r.all.last_pub;
	/* as of: the day given (its last day), else the latest article */
	rep.has_as_of = 1;
	if (o.as_of != NULL && mdtl_user_date(o.as_of, &d, &why) == 0) {
		mdtl_date_range(&d, &first, &rep.as_of);
		rep.as_of_from = "--as-of";
	} else if (r.all.has_pub) {
		rep.as_of = r.all.last_pub;
		rep.as_of_from = "the latest publication date read";
	} else
		/* the latest first day of a dated event */
		for (rep.has_as_of = 0, i = 0; i < rep.n; i++)
			if (rep.v[i].date.gran != MDTL_GRAN_NONE) {
				mdtl_date_range(&rep.v[i].date, &first, &last);
				if (!rep.has_as_of || first > rep.as_of)
					rep.as_of = first;
				rep.has_as_of = 1;
				rep.as_of_from = "the latest event's date";
			}
	rep.filters = filters = describe(&o);
	rep.limit = o.limit != NULL ? (size_t)strtoul(o.limit, NULL, 10) :
	    deadlines ? 0 : 100;
	rep.title = o.title;
	o.format = mdtl_ctx_output_format(ctx, o.format, o.output, deadlines ?
	    deadline_formats : report_formats);

	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
		status = MDTL_EXIT_INPUT;
	} else {
		if (deadlines)
			ok = mdtl_report_deadlines(out.fp, &rep, o.format ==
			    NULL ? MDTL_DEADLINES_TEXT : strcasecmp(o.format,
			    "jsonl") == 0 ? MDTL_DEADLINES_JSONL :
			    strcasecmp(o.format, "csv") == 0 ?
			    MDTL_DEADLINES_CSV : MDTL_DEADLINES_TEXT) == 0;
		else if (o.format && strcasecmp(o.format, "html") == 0)
			ok = mdtl_report_html(out.fp, &rep) == 0;
		else
			ok = mdtl_report_md(out.fp, &rep) == 0;
		if (mdtl_output_close(&out, ok && status == MDTL_EXIT_OK,
		    &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
done:
	mdtl_json_release(&r.json);
	sources_release(&r.all);
	free(filters);
	return status;
}

static int
exec_report(struct mdtl_ctx *ctx, int argc, char **argv)
{
	return run(ctx, &mdtl_cmd_report, argc, argv);
}

static int
exec_deadlines(struct mdtl_ctx *ctx, int argc, char **argv)
{
	return run(ctx, &mdtl_cmd_deadlines, argc, argv);
}

const struct mdtl_cmd mdtl_cmd_report = {
	.name = "report",
	.usage = "[INPUT...] [-a ACTOR]... [-t TYPE]... [--since DATE] "
	    "[--until DATE] [-g TEXT] [-f md|html] [--as-of DATE] [-n N] "
	    "[--title TEXT] [-o FILE]",
	.summary = "a briefing: timeline by month, actors, deadlines, "
	    "summits, offers, sources",
	.options = report_options,
	.exec = exec_report,
};

const struct mdtl_cmd mdtl_cmd_deadlines = {
	.name = "deadlines",
	.usage = "[INPUT...] [-a ACTOR]... [--since DATE] [--until DATE] "
	    "[-g TEXT] [--as-of DATE] [-f text|jsonl|csv] [-o FILE]",
	.summary = "every deadline: what for, who set it, pending, due or "
	    "passed, days left or late, as of a day it names",
	.options = deadline_options,
	.exec = exec_deadlines,
};

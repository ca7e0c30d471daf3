/*
 * cmd-report.c: the briefing (report) and the deadlines with their state
 * (deadlines).  Both are dated "as of" a day that defaults to the latest
 * publication date read, so the output never depends on the clock.
 */
#include <stdlib.h>
#include <string.h>

#include "mdtl/arena.h"
#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/io.h"
#include "mdtl/report.h"
#include "mdtl/timeline.h"

extern const struct mdtl_cmd mdtl_cmd_report, mdtl_cmd_deadlines;

struct opts {
	struct mdtl_filter_opts	 filter;
	struct mdtl_limit_opts	 limits;
	const char		*format, *output, *published, *data,
				*input_format, *as_of;
};

static const char *
check_report_format(const char *s)
{
	return strcmp(s, "md") == 0 || strcmp(s, "html") == 0 ? NULL :
	    "unknown format (md, html)";
}

static const char *
check_deadline_format(const char *s)
{
	return strcmp(s, "text") == 0 || strcmp(s, "jsonl") == 0 ? NULL :
	    "unknown format (text, jsonl)";
}

#define INPUT_OPTIONS \
	OPT_STRING(0, "as-of", struct opts, as_of, "DATE", \
	    "the day deadlines and summits are judged against (default: " \
	    "the latest publication date read)", mdtl_check_date), \
	OPT_STRING('o', "output", struct opts, output, "FILE", \
	    "write to FILE, replaced only when all is written", NULL), \
	OPT_STRING(0, "published", struct opts, published, "DATE", \
	    "the publication date of articles that do not give one", \
	    mdtl_check_date), \
	OPT_STRING(0, "data", struct opts, data, "DIR", \
	    "read actors.yaml, cues.yaml and places.yaml from DIR", NULL), \
	OPT_STRING(0, "input-format", struct opts, input_format, "FORMAT", \
	    "read inputs as text, html, nitf, rss, atom, jsonl or timeml " \
	    "(default: sniffed)", mdtl_check_input_format), \
	MDTL_LIMIT_OPTIONS(struct opts, limits)

static const struct mdtl_option report_options[] = {
	MDTL_FILTER_OPTIONS(struct opts, filter),
	OPT_STRING('f', "format", struct opts, format, "FORMAT",
	    "md (default) or html (one page with an SVG chart)",
	    check_report_format),
	INPUT_OPTIONS,
	OPT_END()
};

static const struct mdtl_option deadline_options[] = {
	OPT_LIST('a', "actor", struct opts, filter.actors, "ACTOR",
	    "keep deadlines with this actor (any alias or title)", NULL),
	OPT_STRING('f', "format", struct opts, format, "FORMAT",
	    "text (default) or jsonl", check_deadline_format),
	INPUT_OPTIONS,
	OPT_END()
};

struct run {
	struct mdtl_timeline		 tl;
	struct mdtl_filter		 filter;
	struct mdtl_arena		 arena;		/* the sources */
	struct mdtl_report_source	*sources;
	size_t				 nsources, asources;
	int				 has_pub;
	long				 first_pub, last_pub;
};

static const char *
dup(struct mdtl_arena *a, const char *s)
{
	return s != NULL ? mdtl_arena_strdup(a, s) : NULL;
}

static int
collect(struct mdtl_ctx *ctx, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, void *arg)
{
	struct run *r = arg;
	struct mdtl_report_source *s;
	struct mdtl_buf credits = MDTL_BUF_INIT;
	size_t i;
	long first, last;

	for (i = 0; i < n; i++)
		if (mdtl_filter_match(&r->filter, &ev[i], ctx->lex))
			mdtl_timeline_add(&r->tl, &ev[i]);
	s = MDTL_ARENA_PUSH(&r->arena, r->sources, r->nsources, r->asources);
	s->id = dup(&r->arena, art->id);
	s->title = dup(&r->arena, art->title);
	s->source = dup(&r->arena, art->source);
	s->published = art->published.gran != MDTL_GRAN_NONE ?
	    dup(&r->arena, art->published_str) : NULL;
	for (i = 0; i < art->ncredits; i++)
		mdtl_buf_addf(&credits, "%s%s", i ? ", " : "", art->credits[i]);
	s->credits = credits.len ? dup(&r->arena, credits.buf) : NULL;
	mdtl_buf_release(&credits);
	if (art->published.gran != MDTL_GRAN_NONE) {
		mdtl_date_range(&art->published, &first, &last);
		if (!r->has_pub || first < r->first_pub)
			r->first_pub = first;
		if (!r->has_pub || first > r->last_pub)
			r->last_pub = first;
		r->has_pub = 1;
	}
	return MDTL_EXIT_OK;
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
	struct mdtl_date d;
	long first, last;
	int rest, status, ok, deadlines = cmd == &mdtl_cmd_deadlines;
	char *filters = NULL;
	size_t i;

	memset(&o, 0, sizeof o);
	memset(&r, 0, sizeof r);
	memset(&rep, 0, sizeof rep);
	if ((status = mdtl_cmd_options(ctx, cmd, &o, argc, argv, &rest)) >= 0)
		goto done;
	status = MDTL_EXIT_OK;
	mdtl_ctx_set_inputs(ctx, o.data, o.input_format, &o.limits);
	mdtl_filter_opts_apply(&o.filter, &r.filter);
	if (deadlines)
		r.filter.types = 1u << MDTL_EVENT_DEADLINE;
	if (mdtl_ctx_lexicon(ctx) < 0) {
		status = MDTL_EXIT_INPUT;
		goto done;
	}
	mdtl_arena_init(&r.arena);
	mdtl_timeline_init(&r.tl);
	status = mdtl_ctx_each_article(ctx, argc - rest, argv + rest,
	    o.published, collect, &r);
	mdtl_timeline_merge(&r.tl);
	mdtl_timeline_sort(&r.tl, 0);

	rep.v = r.tl.v;
	rep.n = r.tl.n;
	rep.sources = r.sources;
	rep.nsources = r.nsources;
	rep.has_pub = r.has_pub;
	rep.first_pub = r.first_pub;
	rep.last_pub = r.last_pub;
	/* as of: the day given (its last day), else the latest article */
	if (o.as_of != NULL && mdtl_timex_parse(o.as_of, &d) == 0)
		mdtl_date_range(&d, &first, &rep.as_of);
	else if (r.has_pub)
		rep.as_of = r.last_pub;
	else
		for (i = 0; i < r.tl.n; i++)
			if (r.tl.v[i].date.gran != MDTL_GRAN_NONE) {
				mdtl_date_range(&r.tl.v[i].date, &first, &last);
				if (first > rep.as_of)
					rep.as_of = first;
			}
	rep.filters = filters = describe(&o);

	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
		status = MDTL_EXIT_INPUT;
	} else {
		if (deadlines)
			ok = mdtl_report_deadlines(out.fp, &rep, o.format &&
			    strcmp(o.format, "jsonl") == 0) == 0;
		else if (o.format && strcmp(o.format, "html") == 0)
			ok = mdtl_report_html(out.fp, &rep) == 0;
		else
			ok = mdtl_report_md(out.fp, &rep) == 0;
		if (mdtl_output_close(&out, ok, &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
	mdtl_timeline_release(&r.tl);
	mdtl_arena_release(&r.arena);
done:
	free(filters);
	mdtl_filter_opts_release(&o.filter);
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
	    "[--until DATE] [-g TEXT] [-f md|html] [--as-of DATE] [-o FILE]",
	.summary = "a briefing: timeline by month, actors, deadlines, "
	    "summits, offers, sources",
	.options = report_options,
	.exec = exec_report,
};

const struct mdtl_cmd mdtl_cmd_deadlines = {
	.name = "deadlines",
	.usage = "[INPUT...] [-a ACTOR]... [--as-of DATE] [-f text|jsonl] "
	    "[-o FILE]",
	.summary = "every deadline: what for, who set it, pending, due or "
	    "passed, days left",
	.options = deadline_options,
	.exec = exec_deadlines,
};

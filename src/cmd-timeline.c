/* cmd-timeline.c: the timeline of events, filtered, in a chosen format. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/par.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

extern const struct mdtl_cmd mdtl_cmd_timeline;

struct opts {
	struct mdtl_filter_opts	 filter;
	struct mdtl_limit_opts	 limits;
	const char		*format, *output, *published, *data,
				*input_format, *color, *jobs;
	int			 explain, stream;
};

/* -j N: 1 to 256 */
static const char *
check_jobs(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	return *s != '\0' && *end == '\0' && n >= 1 && n <= 256 ? NULL :
	    "must be a number from 1 to 256";
}

static const char *
check_color(const char *s)
{
	return strcmp(s, "auto") == 0 || strcmp(s, "always") == 0 ||
	    strcmp(s, "never") == 0 ? NULL : "must be auto, always or never";
}

/*
 * Colour for text on a terminal: --color=auto (the default) colours only
 * standard output that is a terminal, and not when NO_COLOR is set.
 */
static int
use_color(const char *when, const char *output, FILE *fp)
{
	const char *no = getenv("NO_COLOR");

	if (when != NULL && strcmp(when, "always") == 0)
		return 1;
	if (when != NULL && strcmp(when, "never") == 0)
		return 0;
	if (output != NULL || (no != NULL && *no != '\0'))
		return 0;
	return fileno(fp) >= 0 && isatty(fileno(fp));
}

static const struct mdtl_option options[] = {
	MDTL_FILTER_OPTIONS(struct opts, filter),
	OPT_STRING('f', "format", struct opts, format, "FORMAT",
	    "text (default), jsonl, json, yaml, csv, ics, "
	    "timelinejs or md", mdtl_check_format),
	OPT_STRING('o', "output", struct opts, output, "FILE",
	    "write to FILE, replaced only when all is written", NULL),
	OPT_STRING(0, "color", struct opts, color, "WHEN",
	    "colour text output: auto (on a terminal, unless NO_COLOR is "
	    "set), always or never", check_color),
	OPT_BOOL(0, "explain", struct opts, explain,
	    "show the cue, the actor rule and the date rule of each event"),
	OPT_BOOL(0, "stream", struct opts, stream,
	    "write each article's events as soon as it is read, in input "
	    "order, in memory bounded by the largest article (text or jsonl; "
	    "the default for -f jsonl from -); pipe into 'mdtl merge' to "
	    "fold what several articles tell"),
	OPT_STRING(0, "published", struct opts, published, "DATE",
	    "the publication date of articles that do not give one",
	    mdtl_check_date),
	OPT_STRING(0, "data", struct opts, data, "DIR",
	    "read actors.yaml, cues.yaml and places.yaml from DIR", NULL),
	OPT_STRING(0, "input-format", struct opts, input_format, "FORMAT",
	    "read inputs as text, html, nitf, rss, atom, jsonl or timeml "
	    "(default: sniffed)", mdtl_check_input_format),
	OPT_STRING('j', "jobs", struct opts, jobs, "N",
	    "read the articles on N threads (default: the number of "
	    "processors); the output is that of one", check_jobs),
	MDTL_LIMIT_OPTIONS(struct opts, limits),
	OPT_END()
};

struct run {
	struct mdtl_timeline	 tl;
	struct mdtl_filter	 filter;
	/*
	 * --stream: each article's records are written at once, through
	 * pending, which goes out when it is full or the input would wait
	 */
	FILE			*fp;
	struct mdtl_buf		 pending;
	enum mdtl_format	 fmt;
	struct mdtl_emit_opts	 eo;
	int			 failed;
};

#define PENDING_MAX	65536

/* --stream: what the articles so far gave, out to the file. */
static void
write_pending(struct run *r)
{
	if (!r->failed && r->pending.len > 0 && fwrite(r->pending.buf, 1,
	    r->pending.len, r->fp) != r->pending.len)
		r->failed = 1;
	mdtl_buf_reset(&r->pending);
}

/*
 * --stream: the records of one article's events that pass, in timeline
 * order, appended to out.  Nothing is merged: an article never merges with
 * itself (a sentence it tells twice is one event already), and the order
 * of its events in the article tells any two apart, so the sort alone
 * gives what merging and sorting would.
 */
static void
article_records(const struct run *r, const struct mdtl_ctx *ctx,
    struct mdtl_event *ev, size_t n, struct mdtl_buf *out)
{
	struct mdtl_timeline one;
	size_t i;

	mdtl_timeline_init(&one);
	one.borrow = 1;		/* written before the article is freed */
	for (i = 0; i < n; i++)
		if (mdtl_filter_match(&r->filter, &ev[i], ctx->lex))
			mdtl_timeline_add(&one, &ev[i]);
	mdtl_timeline_sort(&one, 0);
	mdtl_emit_records(out, r->fmt, one.v, one.n, &r->eo);
	mdtl_timeline_release(&one);
}

static int
collect(struct mdtl_ctx *ctx, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, void *arg)
{
	struct run *r = arg;
	size_t i;

	(void)art;
	if (r->fp == NULL) {
		for (i = 0; i < n; i++)
			if (mdtl_filter_match(&r->filter, &ev[i], ctx->lex))
				mdtl_timeline_add(&r->tl, &ev[i]);
		return MDTL_EXIT_OK;
	}
	if (r->failed)
		return MDTL_EXIT_INPUT;
	article_records(r, ctx, ev, n, &r->pending);
	if (r->pending.len >= PENDING_MAX)
		write_pending(r);
	return r->failed ? MDTL_EXIT_INPUT : MDTL_EXIT_OK;
}

/*
 * -j: what an article gives on a worker thread.  With --stream its records
 * are written there, into out; otherwise the events that pass are kept (a
 * timeline).  The reading thread then writes or adds them in input order.
 */
static void *
work(struct mdtl_ctx *ctx, struct mdtl_article *art, struct mdtl_event *ev,
    size_t n, struct mdtl_buf *out, void *arg)
{
	const struct run *r = arg;
	struct mdtl_timeline *tl;
	size_t i;

	(void)art;
	if (r->fp != NULL) {
		/* what collect() writes for the article */
		article_records(r, ctx, ev, n, out);
		return NULL;
	}
	tl = mdtl_xmalloc(sizeof *tl);
	mdtl_timeline_init(tl);
	for (i = 0; i < n; i++)
		if (mdtl_filter_match(&r->filter, &ev[i], ctx->lex))
			mdtl_timeline_add(tl, &ev[i]);
	return tl;
}

static int
commit(struct mdtl_ctx *ctx, void *result, void *arg)
{
	struct run *r = arg;
	struct mdtl_timeline *tl = result;
	size_t i;

	(void)ctx;
	for (i = 0; i < tl->n; i++)
		mdtl_timeline_add(&r->tl, &tl->v[i]);
	mdtl_timeline_release(tl);
	free(tl);
	return MDTL_EXIT_OK;
}

/* -j --stream: the records of a batch of articles, written at once. */
static int
write_out(struct mdtl_ctx *ctx, const char *bytes, size_t len, void *arg)
{
	struct run *r = arg;

	(void)ctx;
	write_pending(r);
	if (!r->failed && fwrite(bytes, 1, len, r->fp) != len)
		r->failed = 1;
	return r->failed ? MDTL_EXIT_INPUT : MDTL_EXIT_OK;
}

static const struct mdtl_par par = { work, commit, write_out };

/*
 * --stream: what is written so far goes out whenever the input would
 * wait, so a reader downstream sees each article's records before the
 * next article comes; meanwhile they go out a buffer at a time.
 */
static void
flush_ready(void *arg)
{
	struct run *r = arg;

	write_pending(r);
	if (!r->failed && fflush(r->fp) != 0)
		r->failed = 1;
}

/* A line of pre-extracted events: kept when it passes the filter. */
static int
collect_event(struct mdtl_ctx *ctx, const char *path, size_t lineno,
    const char *line, size_t len, void *arg)
{
	struct run *r = arg;
	const char *why;

	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
		len--;
	if (len == 0 || !mdtl_filter_may_match_json(&r->filter, line, len))
		return MDTL_EXIT_OK;
	if (mdtl_timeline_add_json(&r->tl, line, len, &why) < 0) {
		mdtl_diag_add(&ctx->diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "%s", why);
		mdtl_ctx_report(ctx);
		return MDTL_EXIT_INPUT;
	}
	if (!mdtl_filter_match(&r->filter, &r->tl.v[r->tl.n - 1], ctx->lex))
		r->tl.n--;
	return MDTL_EXIT_OK;
}

/* Streaming is asked for, or implied by JSON Lines from standard input. */
static int
streaming(const struct opts *o, int fmt, int argc, char **argv)
{
	int i;

	if (o->stream)
		return 1;
	if (fmt != MDTL_FORMAT_JSONL || argc == 0)
		return 0;
	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") != 0)
			return 0;
	return 1;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct mdtl_output out;
	struct mdtl_emit_opts eo;
	int rest, status = MDTL_EXIT_OK, fmt;

	memset(&o, 0, sizeof o);
	memset(&r, 0, sizeof r);
	mdtl_buf_init(&r.pending);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_timeline, &o, argc, argv,
	    &rest)) >= 0)
		goto done;
	status = MDTL_EXIT_OK;
	mdtl_ctx_set_inputs(ctx, o.data, o.input_format, &o.limits);
	mdtl_filter_opts_apply(&o.filter, &r.filter);
	fmt = o.format ? mdtl_format_find(o.format) : MDTL_FORMAT_TEXT;
	if (mdtl_ctx_lexicon(ctx) < 0) {
		status = MDTL_EXIT_INPUT;
		goto done;
	}
	eo.explain = o.explain;
	eo.color = fmt == MDTL_FORMAT_TEXT &&
	    use_color(o.color, o.output, ctx->out);
	mdtl_filter_prepare(&r.filter, ctx->lex);
	mdtl_timeline_init(&r.tl);
	if (o.jobs != NULL)
		ctx->jobs = (size_t)strtol(o.jobs, NULL, 10);
	else {
		long np = sysconf(_SC_NPROCESSORS_ONLN);

		ctx->jobs = np > 0 ? (size_t)(np > 256 ? 256 : np) : 1;
	}
	ctx->par = &par;
	if (streaming(&o, fmt, argc - rest, argv + rest)) {
		if (fmt != MDTL_FORMAT_TEXT && fmt != MDTL_FORMAT_JSONL) {
			fprintf(ctx->err, "mdtl: --stream writes text or jsonl\n");
			status = MDTL_EXIT_USAGE;
			goto done;
		}
		if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
			mdtl_ctx_report(ctx);
			status = MDTL_EXIT_INPUT;
			goto done;
		}
		r.fp = out.fp;
		r.fmt = (enum mdtl_format)fmt;
		r.eo = eo;
		ctx->idle = flush_ready;
		ctx->idle_arg = &r;
		status = mdtl_ctx_each_input(ctx, argc - rest, argv + rest,
		    o.published, collect, collect_event, &r);
		ctx->idle = NULL;
		ctx->idle_arg = NULL;
		write_pending(&r);
		/* events read as events come last, merged and sorted */
		if (r.tl.n && !r.failed) {
			mdtl_timeline_merge(&r.tl);
			mdtl_timeline_sort(&r.tl, 0);
			if (mdtl_emit(out.fp, r.fmt, r.tl.v, r.tl.n, &eo) < 0)
				r.failed = 1;
		}
		if (mdtl_output_close(&out, !r.failed, &ctx->diag) < 0 ||
		    r.failed)
			status = MDTL_EXIT_INPUT;
		goto done;
	}
	status = mdtl_ctx_each_input(ctx, argc - rest, argv + rest,
	    o.published, collect, collect_event, &r);
	mdtl_timeline_merge(&r.tl);
	mdtl_timeline_sort(&r.tl, 0);
	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	else {
		int ok;

		ok = mdtl_emit(out.fp, (enum mdtl_format)fmt, r.tl.v, r.tl.n,
		    &eo) == 0;
		if (mdtl_output_close(&out, ok, &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
done:
	mdtl_timeline_release(&r.tl);
	mdtl_buf_release(&r.pending);
	mdtl_filter_opts_release(&o.filter);
	return status;
}

const struct mdtl_cmd mdtl_cmd_timeline = {
	.name = "timeline",
	.usage = "[INPUT...] [-a ACTOR]... [-t TYPE]... [--since DATE] "
	    "[--until DATE] [-g TEXT] [-f FORMAT] [-o FILE] [--color WHEN] "
	    "[--stream] [--explain] [-j N]",
	.summary = "the events of the articles, sorted by date",
	.options = options,
	.exec = exec,
};

/* cmd-timeline.c: the timeline of events, filtered, in a chosen format. */
#include <sys/ioctl.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/spell.h"
#include "mdtl/spill.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

extern const struct mdtl_cmd mdtl_cmd_timeline;

struct opts {
	struct mdtl_filter_opts	 filter;
	struct mdtl_input_opts	 input;
	const char		*format, *output, *color, *limit, *fields,
				*format_string, *max_memory;
	int			 explain, stream, urls, full, reverse,
				 no_pager;
};

static const char *
check_color(const char *s)
{
	return strcmp(s, "auto") == 0 || strcmp(s, "always") == 0 ||
	    strcmp(s, "never") == 0 ? NULL : "must be auto, always or never";
}

/* The index of each name of a comma-separated list in out; -1 names the
 * first one that is none. */
static int
parse_fields(const char *s, size_t *out, size_t *n, const char **bad)
{
	static char word[64];
	size_t len, k;

	for (*n = 0; *s; s += len + (s[len] == ',')) {
		len = strcspn(s, ",");
		snprintf(word, sizeof word, "%.*s", (int)len, s);
		for (k = 0; mdtl_field_names[k] != NULL; k++)
			if (strcmp(word, mdtl_field_names[k]) == 0)
				break;
		if (mdtl_field_names[k] == NULL || *n == MDTL_FIELDS_MAX) {
			*bad = word;
			return -1;
		}
		out[(*n)++] = k;
	}
	return *n > 0 ? 0 : (*bad = "", -1);
}

static const char *
check_fields(const char *s)
{
	static char msg[160];
	size_t v[MDTL_FIELDS_MAX], n, k;
	const char *bad;
	struct mdtl_spell sp;

	if (parse_fields(s, v, &n, &bad) == 0)
		return NULL;
	mdtl_spell_init(&sp, bad);
	for (k = 0; mdtl_field_names[k] != NULL; k++)
		mdtl_spell_try(&sp, mdtl_field_names[k]);
	if (sp.best != NULL)
		snprintf(msg, sizeof msg, "no field '%s' (did you mean '%s'?)",
		    bad, sp.best);
	else
		snprintf(msg, sizeof msg, "no field '%s' (id, date, type, "
		    "actors, location, quote, sentence, source, url, ...)", bad);
	return msg;
}

/*
 * Colour for text on a terminal: --color=auto (the default) colours only
 * standard output that is a terminal, and not when NO_COLOR is set or
 * TERM is "dumb".
 */
static int
use_color(const char *when, const char *output, FILE *fp)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (when != NULL && strcmp(when, "always") == 0)
		return 1;
	if (when != NULL && strcmp(when, "never") == 0)
		return 0;
	/* a terminal that says it has no colours has none */
	if (output != NULL || (no != NULL && *no != '\0') ||
	    (term != NULL && strcmp(term, "dumb") == 0))
		return 0;
	return fileno(fp) >= 0 && isatty(fileno(fp));
}

static const struct mdtl_option options[] = {
	MDTL_FILTER_OPTIONS(struct opts, filter),
	OPT_CHOICE('f', "format", struct opts, format, "FORMAT",
	    "text (default), jsonl, json, yaml, csv, ics, "
	    "timelinejs or md", "format", mdtl_format_names),
	MDTL_OUTPUT_OPTION(struct opts, output),
	OPT_STRING(0, "color", struct opts, color, "WHEN",
	    "colour text output: auto (on a terminal, unless NO_COLOR is "
	    "set or TERM is dumb), always or never", check_color),
	OPT_BOOL(0, "explain", struct opts, explain,
	    "show the cue, the actor rule and the date rule of each event"),
	OPT_STRING(0, "fields", struct opts, fields, "LIST",
	    "text and csv: only these fields, in this order (id, date, "
	    "date_text, date_basis, type, actors, location, quote, sentence, "
	    "sources, article, title, published, source, author, url)",
	    check_fields),
	OPT_STRING(0, "format-string", struct opts, format_string, "TEXT",
	    "text: a line each, its {date}, {type}, {source}, {sentence}, ... "
	    "(the --fields names) filled in", mdtl_format_string_check),
	OPT_STRING('n', "limit", struct opts, limit, "N",
	    "only the first N events (after --reverse)", mdtl_check_count),
	OPT_BOOL('r', "reverse", struct opts, reverse,
	    "the latest events first"),
	OPT_BOOL(0, "sources", struct opts, urls,
	    "text: each line's article URL after its outlet"),
	OPT_BOOL(0, "full", struct opts, full,
	    "text on a terminal: whole lines, not cut to its width"),
	OPT_BOOL(0, "no-pager", struct opts, no_pager,
	    "on a terminal, write straight to it, not through $PAGER "
	    "(less -FRX)"),
	OPT_BOOL(0, "stream", struct opts, stream,
	    "write each article's events as soon as it is read, in input "
	    "order, in memory bounded by the largest article (text or jsonl; "
	    "the default for -f jsonl from -); pipe into 'mdtl merge' to "
	    "fold what several articles tell"),
	OPT_STRING(0, "max-memory", struct opts, max_memory, "SIZE",
	    "-f jsonl: hold about SIZE bytes of events in memory (K, M, G; "
	    "default 32M), the rest in temporary files in $TMPDIR",
	    mdtl_check_size),
	MDTL_INPUT_OPTIONS(struct opts, input),
	OPT_END()
};

/*
 * A run, and the sink it is: merged, the events that pass are copied into
 * a timeline for each batch of articles, which the run's takes over;
 * streamed (--stream), each article's records are written where it was
 * read and go out in input order.  Events read as events (JSON Lines of
 * records) are kept in the run's timeline either way.
 */
struct run {
	struct mdtl_timeline	 tl;
	struct mdtl_filter	 filter;
	const struct mdtl_lexicon *lex;
	struct mdtl_json	 json;		/* for records read back */
	int			 stream;
	FILE			*fp;		/* --stream: the output */
	struct mdtl_buf		 pending;	/* ... and what waits for it */
	enum mdtl_format	 fmt;
	struct mdtl_emit_opts	 eo;
	int			 failed;
	/* merged: events past half the budget go to files (-f jsonl) */
	int			 can_spill, spilled;
	size_t			 budget;
	struct mdtl_spill	 spill;
	size_t			 left;		/* --limit: records to go */
};

/*
 * The events in memory out to the spill's files once they hold half the
 * budget, and all those after them.
 */
static int
spill_some(struct run *r)
{
	if (!r->can_spill || r->failed)
		return 0;
	if (mdtl_spill_some(&r->spill, &r->spilled, &r->tl, r->budget,
	    r->eo.explain) < 0) {
		r->failed = errno;
		return -1;
	}
	return 0;
}

/*
 * --stream: the records of one article's events that pass, in timeline
 * order, appended to out.  Nothing is merged: an article never merges with
 * itself (a sentence it tells twice is one event already), and the order
 * of its events in the article tells any two apart, so the sort alone
 * gives what merging and sorting would.
 */
static void
article_records(const struct run *r, struct mdtl_event *ev, size_t n,
    struct mdtl_buf *out)
{
	struct mdtl_timeline one;
	size_t i;

	mdtl_timeline_init(&one);
	one.borrow = 1;		/* written before the article is freed */
	for (i = 0; i < n; i++)
		if (mdtl_filter_match(&r->filter, &ev[i], r->lex))
			mdtl_timeline_add(&one, &ev[i]);
	mdtl_timeline_sort(&one, 0);
	mdtl_emit_records(out, r->fmt, one.v, one.n, &r->eo);
	mdtl_timeline_release(&one);
}

/* Any thread: an article's events, kept or written. */
static void
article(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, struct mdtl_buf *out,
    struct mdtl_diag *diag)
{
	const struct run *r = arg;
	struct mdtl_timeline *tl = *result;
	size_t i;

	(void)art;
	(void)diag;
	if (r->stream) {
		article_records(r, ev, n, out);
		return;
	}
	if (tl == NULL) {
		tl = mdtl_xmalloc(sizeof *tl);
		mdtl_timeline_init(tl);
		*result = tl;
	}
	/* the rest of the filter once merged: records are chosen whole */
	for (i = 0; i < n; i++)
		if (mdtl_filter_type_match(&r->filter, ev[i].type))
			mdtl_timeline_add(tl, &ev[i]);
}

/* A batch's events, taken over: no copy. */
static int
commit(void *arg, void *result)
{
	struct run *r = arg;
	struct mdtl_timeline *tl = result;

	mdtl_timeline_take(&r->tl, tl);
	mdtl_timeline_release(tl);
	free(tl);
	return spill_some(r);
}

/* --stream: the records waiting, out to the file. */
static void
write_pending(struct run *r)
{
	if (!r->failed && r->pending.len > 0 && fwrite(r->pending.buf, 1,
	    r->pending.len, r->fp) != r->pending.len)
		r->failed = 1;
	mdtl_buf_reset(&r->pending);
}

#define PENDING_MAX	65536

/* --stream: a batch's records, out 64 KiB or more at a time. */
static int
write_out(void *arg, const char *bytes, size_t len)
{
	struct run *r = arg;

	if (r->pending.len + len < PENDING_MAX) {
		mdtl_buf_add(&r->pending, bytes, len);
		return r->failed ? -1 : 0;
	}
	write_pending(r);
	if (!r->failed && fwrite(bytes, 1, len, r->fp) != len)
		r->failed = 1;
	return r->failed ? -1 : 0;
}

/*
 * --stream: what is written so far goes out whenever the input would
 * wait, so a reader downstream sees each article's records before the
 * next article comes.
 */
static int
flush_out(void *arg)
{
	struct run *r = arg;

	write_pending(r);
	if (!r->failed && fflush(r->fp) != 0)
		r->failed = 1;
	return r->failed ? -1 : 0;
}

/* A line of pre-extracted events: kept when of a type asked for. */
static int
event_line(void *arg, const char *path, size_t lineno, const char *line,
    size_t len, struct mdtl_diag *diag)
{
	struct run *r = arg;
	const char *why;
	int t = mdtl_event_json_peek_type(line, len);

	if (t >= 0 && !mdtl_filter_type_match(&r->filter,
	    (enum mdtl_event_type)t))
		return 0;
	if (mdtl_timeline_add_json(&r->tl, &r->json, line, len, &why) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "%s", why);
		return -1;
	}
	if (!mdtl_filter_type_match(&r->filter, r->tl.v[r->tl.n - 1].type))
		r->tl.n--;
	return r->stream ? 0 : spill_some(r);
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

/*
 * iCalendar and TimelineJS place events on days: the undated ones are
 * left out, and said so.  A calendar needs one event (RFC 5545): with
 * none dated, -1 and none is written.
 */
static int
dated_only(struct mdtl_ctx *ctx, enum mdtl_format fmt,
    const struct mdtl_timeline *tl)
{
	const char *what = fmt == MDTL_FORMAT_ICS ? "iCalendar" : "TimelineJS";
	size_t i, undated = 0;

	if (fmt != MDTL_FORMAT_ICS && fmt != MDTL_FORMAT_TIMELINEJS)
		return 0;
	for (i = 0; i < tl->n; i++)
		undated += tl->v[i].date.gran == MDTL_GRAN_NONE;
	if (fmt == MDTL_FORMAT_ICS && undated == tl->n) {
		fprintf(ctx->err, "mdtl: no dated event: an iCalendar file "
		    "needs one, so none is written\n");
		return -1;
	}
	if (undated > 0)
		fprintf(ctx->err, "mdtl: %zu undated event%s left out: %s "
		    "places events on days\n", undated, undated > 1 ? "s" : "",
		    what);
	return 0;
}

/* The columns of the terminal fp is, or 0. */
static long
terminal_width(FILE *fp)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");

	if (fileno(fp) < 0 || !isatty(fileno(fp)))
		return 0;
	if (ioctl(fileno(fp), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return cols != NULL ? strtol(cols, NULL, 10) : 80;
}

/*
 * Output for a terminal goes through $PAGER (else less, with LESS=FRX
 * unless LESS is set: it quits when all fits on one screen), as git's
 * does; NULL when fp is no terminal, or the pager is cat or cannot start.
 */
/* Is there a program called name on the PATH? */
static int
on_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *end;
	char file[4096];

	for (p = path; p != NULL && *p; p = *end ? end + 1 : end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		if ((size_t)snprintf(file, sizeof file, "%.*s/%s",
		    (int)(end - p), p, name) < sizeof file &&
		    access(file, X_OK) == 0)
			return 1;
	}
	return 0;
}

static FILE *
start_pager(FILE *fp)
{
	const char *pager = getenv("PAGER");

	if (fileno(fp) < 0 || !isatty(fileno(fp)))
		return NULL;
	/* (no less installed: straight to the terminal) */
	if ((pager == NULL || *pager == '\0') && on_path("less"))
		pager = "less";
	if (pager == NULL || *pager == '\0' || strcmp(pager, "cat") == 0)
		return NULL;
	setenv("LESS", "FRX", 0);
	fflush(fp);
	return popen(pager, "w");
}

/* --reverse, then --limit: the events to write. */
static size_t
select_events(struct mdtl_timeline *tl, const struct opts *o)
{
	size_t i, n = tl->n;

	if (o->reverse)
		for (i = 0; i < tl->n / 2; i++) {
			struct mdtl_event t = tl->v[i];

			tl->v[i] = tl->v[tl->n - 1 - i];
			tl->v[tl->n - 1 - i] = t;
		}
	if (o->limit != NULL && (size_t)strtoul(o->limit, NULL, 10) < n)
		n = (size_t)strtoul(o->limit, NULL, 10);
	return n;
}

/* A record merged through files, out (up to --limit). */
static int
spilled_record(void *arg, const struct mdtl_event *e, const char *line,
    size_t len)
{
	struct run *r = arg;

	(void)e;
	if (r->left == 0)
		return 1;
	r->left--;
	fwrite(line, 1, len, r->fp);
	return putc('\n', r->fp) == EOF ? -1 : 0;
}

/* The run's events, some in files, merged and out: the exit status. */
static int
spilled_out(struct mdtl_ctx *ctx, struct run *r, const struct opts *o,
    int status)
{
	struct mdtl_output out;
	int ok;

	if (!r->failed && mdtl_spill_add(&r->spill, &r->tl) < 0)
		r->failed = errno;
	if (r->failed) {
		fprintf(ctx->err, "mdtl: keeping events in temporary files "
		    "(--max-memory): %s\n", strerror(r->failed));
		return MDTL_EXIT_INPUT;
	}
	if (mdtl_output_open(&out, o->output, ctx->out, &ctx->diag) < 0) {
		mdtl_ctx_report(ctx);
		return MDTL_EXIT_INPUT;
	}
	r->fp = out.fp;
	r->left = o->limit != NULL ? (size_t)strtoul(o->limit, NULL, 10) :
	    SIZE_MAX;
	ok = mdtl_spill_merge(&r->spill, &r->filter, r->lex, spilled_record,
	    r) >= 0;
	if (!ok)
		fprintf(ctx->err, "mdtl: merging events through temporary "
		    "files: %s\n", strerror(r->spill.err ? r->spill.err :
		    EIO));
	if (mdtl_output_close(&out, ok && status == MDTL_EXIT_OK,
	    &ctx->diag) < 0 || !ok)
		status = MDTL_EXIT_INPUT;
	return status;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct mdtl_output out;
	struct mdtl_pipeline p;
	struct mdtl_date pub;
	struct mdtl_sink sink = { NULL, article, commit, write_out, event_line,
	    NULL };
	int rest, status = MDTL_EXIT_OK, fmt;
	FILE *pager = NULL;
	size_t n;

	memset(&o, 0, sizeof o);
	memset(&r, 0, sizeof r);
	mdtl_timeline_init(&r.tl);
	mdtl_json_init(&r.json);
	mdtl_buf_init(&r.pending);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_timeline, &o, argc, argv,
	    &rest)) >= 0)
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
	o.format = mdtl_ctx_output_format(ctx, o.format, o.output,
	    mdtl_format_names);
	fmt = o.format ? mdtl_format_find(o.format) : MDTL_FORMAT_TEXT;
	r.fmt = (enum mdtl_format)fmt;
	r.lex = ctx->lex;
	r.tl.jobs = p.jobs;
	r.eo.explain = o.explain;
	r.eo.color = fmt == MDTL_FORMAT_TEXT &&
	    use_color(o.color, o.output, ctx->out);
	r.eo.urls = o.urls;
	if (o.format_string != NULL) {
		if (fmt != MDTL_FORMAT_TEXT || o.fields != NULL) {
			fprintf(ctx->err, "mdtl: --format-string writes text, "
			    "and is not --fields\n");
			status = MDTL_EXIT_USAGE;
			goto done;
		}
		r.eo.format_string = o.format_string;
	}
	if (o.fields != NULL) {
		const char *bad;

		if (fmt != MDTL_FORMAT_TEXT && fmt != MDTL_FORMAT_CSV) {
			fprintf(ctx->err, "mdtl: --fields is for -f text and "
			    "-f csv\n");
			status = MDTL_EXIT_USAGE;
			goto done;
		}
		parse_fields(o.fields, r.eo.fields, &r.eo.nfields, &bad);
	}
	if (fmt == MDTL_FORMAT_TEXT && o.output == NULL && !o.full &&
	    !o.explain)
		r.eo.width = terminal_width(ctx->out);
	mdtl_filter_opts_apply(&o.filter, &r.filter);
	sink.arg = &r;
	if (streaming(&o, fmt, argc - rest, argv + rest)) {
		if (fmt != MDTL_FORMAT_TEXT && fmt != MDTL_FORMAT_JSONL) {
			fprintf(ctx->err, "mdtl: --stream writes text or jsonl\n");
			status = MDTL_EXIT_USAGE;
			goto done;
		}
		if (o.reverse || o.limit != NULL) {
			fprintf(ctx->err, "mdtl: --stream writes events as they "
			    "come: no --reverse or --limit\n");
			status = MDTL_EXIT_USAGE;
			goto done;
		}
		if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
			mdtl_ctx_report(ctx);
			status = MDTL_EXIT_INPUT;
			goto done;
		}
		r.stream = 1;
		r.fp = out.fp;
		sink.flush = flush_out;
		status = mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
		write_pending(&r);
		/* events read as events come last, merged and sorted */
		if (r.tl.n && !r.failed) {
			mdtl_timeline_merge(&r.tl);
			mdtl_timeline_filter(&r.tl, &r.filter, r.lex);
			mdtl_timeline_sort(&r.tl, 0);
			if (mdtl_emit(out.fp, r.fmt, r.tl.v, r.tl.n, &r.eo) < 0)
				r.failed = 1;
		}
		if (mdtl_output_close(&out, !r.failed &&
		    status == MDTL_EXIT_OK, &ctx->diag) < 0 || r.failed)
			status = MDTL_EXIT_INPUT;
		goto done;
	}
	p.words = 1;
	r.can_spill = fmt == MDTL_FORMAT_JSONL && !o.reverse;
	r.budget = MDTL_MAX_MEMORY;
	if (o.max_memory != NULL)
		mdtl_parse_size(o.max_memory, &r.budget);
	status = mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
	if (r.spilled || r.failed) {
		status = spilled_out(ctx, &r, &o, status);
		goto done;
	}
	mdtl_timeline_merge(&r.tl);
	mdtl_timeline_filter(&r.tl, &r.filter, r.lex);
	mdtl_timeline_sort(&r.tl, 0);
	n = select_events(&r.tl, &o);
	if (o.output == NULL && !o.no_pager && fmt == MDTL_FORMAT_TEXT)
		pager = start_pager(ctx->out);
	if (dated_only(ctx, r.fmt, &r.tl) < 0)
		status = MDTL_EXIT_INPUT;
	else if (mdtl_output_open(&out, o.output, pager ? pager : ctx->out,
	    &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	else {
		int ok;

		ok = mdtl_emit(out.fp, (enum mdtl_format)fmt, r.tl.v, n,
		    &r.eo) == 0;
		if (mdtl_output_close(&out, ok && status == MDTL_EXIT_OK,
		    &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
done:
	if (r.spilled)
		mdtl_spill_release(&r.spill);
	if (pager != NULL)
		pclose(pager);
	mdtl_buf_release(&r.pending);
	mdtl_json_release(&r.json);
	mdtl_timeline_release(&r.tl);
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

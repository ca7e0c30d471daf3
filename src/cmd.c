/* cmd.c: the command table, the entry point and what commands share. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "mdtl/article.h"
#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/extract.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/par.h"
#include "mdtl/source.h"
#include "mdtl/version.h"
#include "mdtl/xalloc.h"
#include "mdtl/xml.h"
#include "mdtl/yamltree.h"

/*
 * Adding a command:
 *  1. write src/cmd-NAME.c defining const struct mdtl_cmd mdtl_cmd_NAME,
 *     with its options table and an exec that returns an exit status;
 *  2. declare it below and add it to mdtl_cmds[], kept in name order;
 *  3. add a golden case under tests/cases/ and a line to the README.
 */
extern const struct mdtl_cmd mdtl_cmd_actors;
extern const struct mdtl_cmd mdtl_cmd_check;
extern const struct mdtl_cmd mdtl_cmd_deadlines;
extern const struct mdtl_cmd mdtl_cmd_merge;
extern const struct mdtl_cmd mdtl_cmd_parse;
extern const struct mdtl_cmd mdtl_cmd_report;
extern const struct mdtl_cmd mdtl_cmd_timeline;
extern const struct mdtl_cmd mdtl_cmd_timex;

const struct mdtl_cmd *const mdtl_cmds[] = {
	&mdtl_cmd_actors,
	&mdtl_cmd_check,
	&mdtl_cmd_deadlines,
	&mdtl_cmd_merge,
	&mdtl_cmd_parse,
	&mdtl_cmd_report,
	&mdtl_cmd_timeline,
	&mdtl_cmd_timex,
	NULL
};

#ifndef MDTL_DATADIR
#define MDTL_DATADIR "data"
#endif

static int
find(const char *name, const struct mdtl_cmd **found)
{
	const struct mdtl_cmd *const *c;
	size_t len = strlen(name);
	int n = 0;

	*found = NULL;
	for (c = mdtl_cmds; *c != NULL; c++) {
		if (strcmp((*c)->name, name) == 0) {
			*found = *c;
			return 1;
		}
		if (len > 0 && strncmp((*c)->name, name, len) == 0) {
			*found = *c;
			n++;
		}
	}
	if (n > 1)
		*found = NULL;
	return n;
}

const struct mdtl_cmd *
mdtl_cmd_find(const char *name, FILE *err)
{
	const struct mdtl_cmd *const *c, *found;
	int n = find(name, &found);

	if (n == 1)
		return found;
	if (n == 0) {
		fprintf(err, "mdtl: unknown command '%s'\n", name);
		return NULL;
	}
	fprintf(err, "mdtl: ambiguous command '%s':", name);
	for (c = mdtl_cmds; *c != NULL; c++)
		if (strncmp((*c)->name, name, strlen(name)) == 0)
			fprintf(err, " %s", (*c)->name);
	fputc('\n', err);
	return NULL;
}

static void
usage(FILE *fp)
{
	const struct mdtl_cmd *const *c;

	fprintf(fp, "usage: mdtl [--data DIR] [COMMAND] [OPTIONS] [INPUT...]\n\n"
	    "Turn news articles into a timeline of events and ask it "
	    "questions.\nWith no command, mdtl runs 'timeline'; with no "
	    "INPUT, it reads the bundled articles.\n\ncommands:\n");
	for (c = mdtl_cmds; *c != NULL; c++)
		fprintf(fp, "  %-10s %s\n", (*c)->name, (*c)->summary);
	fprintf(fp, "\n'mdtl COMMAND --help' tells more.  Exit status: 0 done, "
	    "1 some input could not be read, 2 usage error.\n");
}

int
mdtl_ctx_lexicon(struct mdtl_ctx *ctx)
{
	if (ctx->lex != NULL)
		return 0;
	ctx->lex = mdtl_lexicon_load(ctx->data_dir, &ctx->diag);
	return ctx->lex != NULL ? 0 : -1;
}

void
mdtl_ctx_report(struct mdtl_ctx *ctx)
{
	mdtl_diag_print(&ctx->diag, ctx->err);
	mdtl_diag_clear(&ctx->diag);
}

struct each {
	struct mdtl_ctx	*ctx;
	mdtl_article_fn	 fn;
	void		*arg;
	int		 status;
};

size_t
mdtl_ctx_extract(struct mdtl_ctx *ctx, struct mdtl_article *art,
    struct mdtl_event **ev, size_t *aev)
{
	size_t nev = 0;

	if (art->published.gran == MDTL_GRAN_NONE)
		mdtl_diag_add(&ctx->diag, MDTL_DIAG_WARNING, art->path, 0, 0,
		    "no publication date: relative dates stay unresolved "
		    "(give --published DATE)");
	mdtl_extract(art, ctx->lex, ev, &nev, aev);
	if (nev > ctx->max_events) {
		mdtl_diag_add(&ctx->diag, MDTL_DIAG_WARNING, art->path, 0, 0,
		    "%zu events, more than the limit of %zu: the rest skipped",
		    nev, ctx->max_events);
		nev = ctx->max_events;
	}
	return nev;
}

/* One article of an input: its events, to the command. */
static int
each_article(struct mdtl_article *art, void *arg)
{
	struct each *e = arg;
	struct mdtl_event *ev = NULL;
	size_t nev, aev = 0;
	int r;

	nev = mdtl_ctx_extract(e->ctx, art, &ev, &aev);
	mdtl_ctx_report(e->ctx);
	r = e->fn(e->ctx, art, ev, nev, e->arg);
	mdtl_article_free(art);
	if (r != MDTL_EXIT_OK)
		e->status = r;
	return 0;
}

/*
 * What this thread has to say while workers run: after all they were
 * given, so that the messages keep the order of one thread.
 */
static void
say(struct mdtl_ctx *ctx, struct mdtl_par_run *run, struct mdtl_diag *said)
{
	if (said->n == 0)
		return;
	if (run != NULL)
		mdtl_par_flush(run);
	mdtl_diag_take(&ctx->diag, said);
	mdtl_ctx_report(ctx);
}

/* Can a worker open the input again by its name?  A regular file can. */
static int
reopens(const struct mdtl_input *input)
{
	struct stat st;

	return strcmp(input->path, "-") != 0 && fstat(input->fd, &st) == 0 &&
	    S_ISREG(st.st_mode);
}

/* Events, not articles: the first line has an event's keys, no body. */
static int
looks_like_events(const char *head, size_t len)
{
	const char *nl = memchr(head, '\n', len);
	size_t ll = nl ? (size_t)(nl - head) : len;
	char *line;
	int yes;

	line = mdtl_xstrndup(head, ll);
	yes = strstr(line, "\"mentions\":") != NULL &&
	    strstr(line, "\"sentence\":") != NULL &&
	    strstr(line, "\"type\":") != NULL &&
	    strstr(line, "\"body\":") == NULL;
	free(line);
	return yes;
}

/* While an input waits: the workers' articles so far, then ctx->idle. */
struct waiting {
	struct mdtl_ctx		*ctx;
	struct mdtl_par_run	*run;
};

static void
input_idle(void *arg)
{
	struct waiting *w = arg;

	if (w->run != NULL)
		mdtl_par_flush(w->run);
	w->ctx->idle(w->ctx->idle_arg);
}

int
mdtl_ctx_each_article(struct mdtl_ctx *ctx, int argc, char **argv,
    const char *published, mdtl_article_fn fn, void *arg)
{
	return mdtl_ctx_each_input(ctx, argc, argv, published, fn, NULL, arg);
}

int
mdtl_ctx_each_input(struct mdtl_ctx *ctx, int argc, char **argv,
    const char *published, mdtl_article_fn fn, mdtl_event_line_fn event_fn,
    void *arg)
{
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_date pub, *pubp = NULL;
	struct mdtl_par_run *run = NULL;	/* -j: the workers */
	struct mdtl_diag said = MDTL_DIAG_INIT;	/* this thread's, meanwhile */
	struct waiting wait;
	int i, status = MDTL_EXIT_OK;
	size_t k;

	if (published != NULL) {
		mdtl_timex_parse(published, &pub);	/* checked already */
		pubp = &pub;
	}
	if (argc == 0) {
		struct mdtl_buf p = MDTL_BUF_INIT;

		mdtl_buf_addf(&p, "%s/articles", ctx->data_dir);
		if (mdtl_inputs_expand(&in, p.buf, &ctx->diag) < 0)
			status = MDTL_EXIT_INPUT;
		mdtl_buf_release(&p);
	}
	for (i = 0; i < argc; i++)
		if (mdtl_inputs_expand(&in, argv[i], &ctx->diag) < 0)
			status = MDTL_EXIT_INPUT;
	mdtl_ctx_report(ctx);
	/* --max-depth holds for the inputs, not for our own data files */
	if (ctx->max_depth) {
		mdtl_yaml_set_max_depth(ctx->max_depth);
		mdtl_xml_set_max_depth(ctx->max_depth > UINT_MAX ? UINT_MAX :
		    (unsigned)ctx->max_depth);
	}
	if (ctx->par != NULL && ctx->jobs > 1)
		run = mdtl_par_start(ctx, ctx->par, ctx->jobs, pubp, arg);
	wait.ctx = ctx;
	wait.run = run;
	for (k = 0; k < in.n; k++) {
		struct each e;
		struct mdtl_input input;
		const char *head;
		char *buf;
		size_t len, errors = ctx->diag.errors_seen;
		int fmt = ctx->input_format, events;

		/* with workers, what this thread says waits for theirs */
		if (mdtl_input_open_idle(&input, in.v[k], ctx->max_article,
		    ctx->idle ? input_idle : NULL, &wait,
		    run ? &said : &ctx->diag) < 0) {
			status = MDTL_EXIT_INPUT;
			say(ctx, run, &said);
			mdtl_ctx_report(ctx);
			continue;
		}
		e.ctx = ctx;
		e.fn = fn;
		e.arg = arg;
		e.status = MDTL_EXIT_OK;
		mdtl_input_peek(&input, &head, &len);
		if (fmt == MDTL_INPUT_AUTO)
			fmt = mdtl_source_sniff(in.v[k], head, len);
		events = fmt == MDTL_INPUT_JSONL && event_fn != NULL &&
		    looks_like_events(head, len);
		if (run != NULL && !events) {
			if (fmt == MDTL_INPUT_JSONL) {
				/* one line, one article, to the workers */
				const char *line;
				int r;

				while ((r = mdtl_input_line(&input, &line, &len,
				    &said)) > 0) {
					say(ctx, run, &said);
					mdtl_par_line(run, in.v[k], input.lineno,
					    line, len);
				}
				say(ctx, run, &said);
				if (r < 0 || ctx->diag.errors_seen > errors)
					status = MDTL_EXIT_INPUT;
				mdtl_input_close(&input);
				continue;
			}
			if (reopens(&input)) {
				/* a worker reads it again, whole */
				mdtl_input_close(&input);
				mdtl_par_file(run, in.v[k], fmt);
				continue;
			}
			/* standard input, a pipe: here, after the rest */
			mdtl_par_flush(run);
		}
		if (events) {
			const char *line;
			int r;

			if (run != NULL)
				mdtl_par_flush(run);
			while ((r = mdtl_input_line(&input, &line, &len,
			    &ctx->diag)) > 0)
				if (event_fn(ctx, in.v[k], input.lineno, line, len,
				    arg) != MDTL_EXIT_OK)
					e.status = MDTL_EXIT_INPUT;
			if (r < 0)
				status = MDTL_EXIT_INPUT;
		} else if (fmt == MDTL_INPUT_JSONL) {
			/* one line, one article: any length streams */
			const char *line;
			int r;

			while ((r = mdtl_input_line(&input, &line, &len,
			    &ctx->diag)) > 0) {
				if (mdtl_source_read_jsonl_line(in.v[k],
				    input.lineno, line, len, pubp, ctx->lex,
				    &ctx->diag, each_article, &e) < 0)
					break;
				mdtl_ctx_report(ctx);
			}
			if (r < 0)
				status = MDTL_EXIT_INPUT;
		} else if (mdtl_input_rest(&input, &buf, &len,
		    &ctx->diag) < 0) {
			status = MDTL_EXIT_INPUT;
		} else {
			if (mdtl_source_read(in.v[k], buf, len, fmt, pubp,
			    ctx->lex, &ctx->diag, each_article, &e) < 0)
				status = MDTL_EXIT_INPUT;
			free(buf);
		}
		mdtl_input_close(&input);
		if (ctx->diag.errors_seen > errors)
			status = MDTL_EXIT_INPUT;
		if (e.status != MDTL_EXIT_OK)
			status = e.status;
		mdtl_ctx_report(ctx);
	}
	if (run != NULL) {
		int r = mdtl_par_end(run);

		if (r != MDTL_EXIT_OK)
			status = r;
	}
	mdtl_diag_release(&said);
	mdtl_inputs_free(&in);
	mdtl_yaml_set_max_depth(MDTL_YAML_MAX_DEPTH);
	mdtl_xml_set_max_depth(MDTL_XML_MAX_DEPTH);
	return status;
}

const struct mdtl_option mdtl_input_options[] = {
	OPT_STRING(0, "published", struct mdtl_input_opts, published, "DATE",
	    "the publication date of articles that do not give one",
	    mdtl_check_date),
	OPT_STRING(0, "data", struct mdtl_input_opts, data, "DIR",
	    "read the data files from DIR", NULL),
	OPT_STRING(0, "input-format", struct mdtl_input_opts, input_format,
	    "FORMAT", "read inputs as text, html, nitf, rss, atom, jsonl or "
	    "timeml (default: sniffed)", mdtl_check_input_format),
	MDTL_LIMIT_OPTIONS(struct mdtl_input_opts, limits),
	OPT_END()
};

int
mdtl_parse_size(const char *s, size_t *v)
{
	unsigned long long n = 0, mult = 1;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (n > (1ULL << 40))
			return -1;
		n = n * 10 + (unsigned)(*p - '0');
	}
	switch (*p) {
	case 'k': case 'K':
		mult = 1ULL << 10;
		p++;
		break;
	case 'm': case 'M':
		mult = 1ULL << 20;
		p++;
		break;
	case 'g': case 'G':
		mult = 1ULL << 30;
		p++;
		break;
	}
	if (*p != '\0' || n == 0 || n > (1ULL << 40) / mult)
		return -1;
	*v = (size_t)(n * mult);
	return 0;
}

const char *
mdtl_check_size(const char *s)
{
	size_t v;

	return mdtl_parse_size(s, &v) == 0 ? NULL :
	    "not a size (a number of bytes, with K, M or G)";
}

const char *
mdtl_check_count(const char *s)
{
	size_t v;

	return strchr(s, 'K') == NULL && strchr(s, 'k') == NULL &&
	    strchr(s, 'M') == NULL && strchr(s, 'm') == NULL &&
	    strchr(s, 'G') == NULL && strchr(s, 'g') == NULL &&
	    mdtl_parse_size(s, &v) == 0 ? NULL : "not a positive number";
}

void
mdtl_ctx_set_limits(struct mdtl_ctx *ctx, const struct mdtl_limit_opts *o)
{
	if (o->max_article != NULL)
		mdtl_parse_size(o->max_article, &ctx->max_article);
	if (o->max_events != NULL)
		mdtl_parse_size(o->max_events, &ctx->max_events);
	if (o->max_depth != NULL)
		mdtl_parse_size(o->max_depth, &ctx->max_depth);
}

const char *
mdtl_check_input_format(const char *s)
{
	return mdtl_input_format_find(s) >= 0 ? NULL :
	    "unknown input format (auto, text, html, nitf, rss, atom, jsonl, "
	    "timeml)";
}

void
mdtl_ctx_set_input_format(struct mdtl_ctx *ctx, const char *s)
{
	if (s != NULL)
		ctx->input_format = mdtl_input_format_find(s);
}

int
mdtl_cmd_options(struct mdtl_ctx *ctx, const struct mdtl_cmd *cmd, void *dst,
    int argc, char **argv, int *rest)
{
	switch (mdtl_opt_parse(cmd->options, dst, argc, argv, rest, cmd->name,
	    cmd->usage, cmd->summary, ctx->out, ctx->err)) {
	case MDTL_OPT_HELP:
		return MDTL_EXIT_OK;
	case MDTL_OPT_ERROR:
		return MDTL_EXIT_USAGE;
	case MDTL_OPT_OK:
		break;
	}
	return -1;
}

const char *
mdtl_check_date(const char *s)
{
	struct mdtl_date d;

	return mdtl_timex_parse(s, &d) == 0 ? NULL :
	    "not a date (2011, 2011-07, 2011-07-01, May 2011, 1 July 2011)";
}

const char *
mdtl_check_type(const char *s)
{
	return mdtl_event_type_find(s) >= 0 ? NULL :
	    "unknown type (statement, warning, offer, summit, deadline)";
}

const char *
mdtl_check_format(const char *s)
{
	return mdtl_format_find(s) >= 0 ? NULL :
	    "unknown format (text, jsonl, json, yaml, csv, ics, timelinejs, md)";
}

int
mdtl_main(int argc, char **argv, FILE *out, FILE *err)
{
	struct mdtl_ctx ctx;
	const struct mdtl_cmd *cmd = NULL;
	const char *env;
	int i = 1, status;
	struct stat st;

	memset(&ctx, 0, sizeof ctx);
	ctx.out = out;
	ctx.err = err;
	ctx.max_article = MDTL_MAX_INPUT;
	ctx.max_events = MDTL_MAX_EVENTS;
	/* each run starts from the default limits */
	mdtl_yaml_set_max_depth(MDTL_YAML_MAX_DEPTH);
	mdtl_xml_set_max_depth(MDTL_XML_MAX_DEPTH);
	ctx.max_depth = 0;
	env = getenv("MDTL_DATA");
	ctx.data_dir = env != NULL && *env ? env : MDTL_DATADIR;
	/* options before the command */
	while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
		if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
			ctx.data_dir = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--data=", 7) == 0) {
			ctx.data_dir = argv[i] + 7;
			i++;
		} else if (strcmp(argv[i], "--version") == 0) {
			fprintf(out, "mdtl %s\n", MDTL_VERSION);
			return fflush(out) == 0 && !ferror(out) ? MDTL_EXIT_OK :
			    MDTL_EXIT_INPUT;
		} else if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(out);
			return fflush(out) == 0 && !ferror(out) ? MDTL_EXIT_OK :
			    MDTL_EXIT_INPUT;
		} else
			break;
	}
	if (i < argc && argv[i][0] != '-' && (find(argv[i], &cmd) == 1 ||
	    stat(argv[i], &st) != 0)) {
		if (cmd == NULL && strchr(argv[i], '/') == NULL &&
		    strchr(argv[i], '.') == NULL) {
			mdtl_cmd_find(argv[i], err);
			fprintf(err, "mdtl: see 'mdtl --help'\n");
			return MDTL_EXIT_USAGE;
		}
	}
	if (cmd != NULL)
		status = cmd->exec(&ctx, argc - i, argv + i);
	else {
		/* no command: timeline, with argv[i - 1] standing as its name */
		char **av = mdtl_xcalloc((size_t)(argc - i) + 2, sizeof *av);
		int k;

		av[0] = (char *)"timeline";
		for (k = i; k < argc; k++)
			av[k - i + 1] = argv[k];
		status = mdtl_cmd_timeline.exec(&ctx, argc - i + 1, av);
		free(av);
	}
	mdtl_ctx_report(&ctx);
	mdtl_lexicon_free(ctx.lex);
	mdtl_diag_release(&ctx.diag);
	mdtl_json_release();
	return status;
}

void
mdtl_filter_opts_apply(const struct mdtl_filter_opts *o,
    struct mdtl_filter *f)
{
	struct mdtl_date d;
	long first, last;
	size_t i;

	f->actors = o->actors;
	f->greps = o->greps;
	for (i = 0; i < o->types.n; i++)
		f->types |= 1u << mdtl_event_type_find(o->types.v[i]);
	if (o->since != NULL && mdtl_timex_parse(o->since, &d) == 0) {
		mdtl_date_range(&d, &first, &last);
		f->has_since = 1;
		f->since = first;
	}
	if (o->until != NULL && mdtl_timex_parse(o->until, &d) == 0) {
		mdtl_date_range(&d, &first, &last);
		f->has_until = 1;
		f->until = last;
	}
}

void
mdtl_filter_opts_release(struct mdtl_filter_opts *o)
{
	mdtl_strlist_release(&o->actors);
	mdtl_strlist_release(&o->types);
	mdtl_strlist_release(&o->greps);
}

void
mdtl_ctx_set_inputs(struct mdtl_ctx *ctx, const char *data,
    const char *input_format, const struct mdtl_limit_opts *limits)
{
	if (data != NULL)
		ctx->data_dir = data;
	mdtl_ctx_set_input_format(ctx, input_format);
	mdtl_ctx_set_limits(ctx, limits);
}

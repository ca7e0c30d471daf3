/* cmd-timeline.c: the timeline of events, filtered, in a chosen format. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/timeline.h"

extern const struct mdtl_cmd mdtl_cmd_timeline;

struct opts {
	struct mdtl_filter_opts	 filter;
	const char		*format, *output, *published, *data,
				*input_format, *color;
	int			 explain;
};

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
	OPT_STRING(0, "published", struct opts, published, "DATE",
	    "the publication date of articles that do not give one",
	    mdtl_check_date),
	OPT_STRING(0, "data", struct opts, data, "DIR",
	    "read actors.yaml, cues.yaml and places.yaml from DIR", NULL),
	OPT_STRING(0, "input-format", struct opts, input_format, "FORMAT",
	    "read inputs as text, html, nitf, rss, atom, jsonl or timeml "
	    "(default: sniffed)", mdtl_check_input_format),
	OPT_END()
};

struct run {
	struct mdtl_timeline	 tl;
	struct mdtl_filter	 filter;
};

static int
collect(struct mdtl_ctx *ctx, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, void *arg)
{
	struct run *r = arg;
	size_t i;

	(void)art;
	for (i = 0; i < n; i++)
		if (mdtl_filter_match(&r->filter, &ev[i], ctx->lex))
			mdtl_timeline_add(&r->tl, &ev[i]);
	return MDTL_EXIT_OK;
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
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_timeline, &o, argc, argv,
	    &rest)) >= 0)
		goto done;
	status = MDTL_EXIT_OK;
	if (o.data != NULL)
		ctx->data_dir = o.data;
	mdtl_ctx_set_input_format(ctx, o.input_format);
	mdtl_filter_opts_apply(&o.filter, &r.filter);
	fmt = o.format ? mdtl_format_find(o.format) : MDTL_FORMAT_TEXT;
	if (mdtl_ctx_lexicon(ctx) < 0) {
		status = MDTL_EXIT_INPUT;
		goto done;
	}
	mdtl_timeline_init(&r.tl);
	status = mdtl_ctx_each_article(ctx, argc - rest, argv + rest,
	    o.published, collect, &r);
	mdtl_timeline_merge(&r.tl);
	mdtl_timeline_sort(&r.tl, 0);
	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	else {
		int ok;

		eo.explain = o.explain;
		eo.color = fmt == MDTL_FORMAT_TEXT &&
		    use_color(o.color, o.output, ctx->out);
		ok = mdtl_emit(out.fp, (enum mdtl_format)fmt, r.tl.v, r.tl.n,
		    &eo) == 0;
		if (mdtl_output_close(&out, ok, &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
	mdtl_timeline_release(&r.tl);
done:
	mdtl_filter_opts_release(&o.filter);
	return status;
}

const struct mdtl_cmd mdtl_cmd_timeline = {
	.name = "timeline",
	.usage = "[INPUT...] [-a ACTOR]... [-t TYPE]... [--since DATE] "
	    "[--until DATE] [-g TEXT] [-f FORMAT] [-o FILE] [--color WHEN] "
	    "[--explain]",
	.summary = "the events of the articles, sorted by date",
	.options = options,
	.exec = exec,
};

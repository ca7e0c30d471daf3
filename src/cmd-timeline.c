/* cmd-timeline.c: the timeline of events, filtered, in a chosen format. */
#include <string.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/timeline.h"

extern const struct mdtl_cmd mdtl_cmd_timeline;

struct opts {
	struct mdtl_strlist	 actors, types, greps;
	const char		*since, *until, *format, *output, *published,
				*data, *input_format;
	int			 explain;
};

static const struct mdtl_option options[] = {
	OPT_LIST('a', "actor", struct opts, actors, "ACTOR",
	    "keep events with this actor (any alias or title)", NULL),
	OPT_LIST('t', "type", struct opts, types, "TYPE",
	    "keep events of this type (statement, warning, offer, summit, "
	    "deadline)", mdtl_check_type),
	OPT_STRING(0, "since", struct opts, since, "DATE",
	    "keep events that reach DATE or later", mdtl_check_date),
	OPT_STRING(0, "until", struct opts, until, "DATE",
	    "keep events that start by DATE (the whole day, month, year)",
	    mdtl_check_date),
	OPT_LIST('g', "grep", struct opts, greps, "TEXT",
	    "keep events whose sentence, quote or actors hold TEXT", NULL),
	OPT_STRING('f', "format", struct opts, format, "FORMAT",
	    "text (default), jsonl, json, yaml, csv, ics, "
	    "timelinejs or md", mdtl_check_format),
	OPT_STRING('o', "output", struct opts, output, "FILE",
	    "write to FILE, replaced only when all is written", NULL),
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
	struct mdtl_date d;
	long first, last;
	int rest, status = MDTL_EXIT_OK, fmt;
	size_t i;

	memset(&o, 0, sizeof o);
	memset(&r, 0, sizeof r);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_timeline, &o, argc, argv,
	    &rest)) >= 0)
		goto done;
	status = MDTL_EXIT_OK;
	if (o.data != NULL)
		ctx->data_dir = o.data;
	mdtl_ctx_set_input_format(ctx, o.input_format);
	r.filter.actors = o.actors;
	r.filter.greps = o.greps;
	for (i = 0; i < o.types.n; i++)
		r.filter.types |= 1u << mdtl_event_type_find(o.types.v[i]);
	if (o.since != NULL && mdtl_date_parse(o.since, &d) == 0) {
		mdtl_date_range(&d, &first, &last);
		r.filter.has_since = 1;
		r.filter.since = first;
	}
	if (o.until != NULL && mdtl_date_parse(o.until, &d) == 0) {
		mdtl_date_range(&d, &first, &last);
		r.filter.has_until = 1;
		r.filter.until = last;
	}
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
		ok = mdtl_emit(out.fp, (enum mdtl_format)fmt, r.tl.v, r.tl.n,
		    &eo) == 0;
		if (mdtl_output_close(&out, ok, &ctx->diag) < 0 || !ok)
			status = MDTL_EXIT_INPUT;
	}
	mdtl_timeline_release(&r.tl);
done:
	mdtl_strlist_release(&o.actors);
	mdtl_strlist_release(&o.types);
	mdtl_strlist_release(&o.greps);
	return status;
}

const struct mdtl_cmd mdtl_cmd_timeline = {
	.name = "timeline",
	.usage = "[INPUT...] [-a ACTOR]... [-t TYPE]... [--since DATE] "
	    "[--until DATE] [-g TEXT] [-f FORMAT] [-o FILE] [--explain]",
	.summary = "the events of the articles, sorted by date",
	.options = options,
	.exec = exec,
};

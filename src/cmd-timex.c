/* cmd-timex.c: every temporal expression of the inputs, as TIMEX3. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/io.h"
#include "mdtl/timeml.h"

extern const struct mdtl_cmd mdtl_cmd_timex;

struct opts {
	struct mdtl_input_opts	 input;
	const char		*format, *output;
};

static const char *const formats[] = { "timeml", "jsonl", "text", NULL };

static const struct mdtl_option options[] = {
	OPT_CHOICE('f', "format", struct opts, format, "FORMAT",
	    "timeml (the document with TIMEX3 tags), jsonl or text "
	    "(default: timeml for TimeML input, text otherwise)", "format",
	    formats),
	MDTL_OUTPUT_OPTION(struct opts, output),
	MDTL_INPUT_OPTIONS(struct opts, input),
	OPT_END()
};

struct found {
	size_t			 start, end;	/* bytes of the text */
	const struct mdtl_timex	*tx;
};

/* Every expression of a text split in sentences, in order, with spans. */
static struct found *
tag_text(struct mdtl_arena *a, const struct mdtl_text *tx,
    const struct mdtl_date *ref, size_t *n)
{
	struct found *v = NULL;
	size_t alloc = 0, s, k, m;

	*n = 0;
	for (s = 0; s < tx->nsentences; s++) {
		const struct mdtl_sentence *sent = &tx->sentences[s];
		const struct mdtl_token *t = tx->tokens + sent->tok;
		struct mdtl_timex *out = mdtl_arena_alloc(a, 64 * sizeof *out);

		m = mdtl_timex_find(t, sent->ntok, ref, MDTL_TIMEX_AUTO, out,
		    64);
		for (k = 0; k < m; k++) {
			struct found *f;

			if (out[k].value[0] == '\0')
				continue;
			f = MDTL_ARENA_PUSH(a, v, *n, alloc);
			f->start = t[out[k].tok].span.start;
			f->end = t[out[k].tok + out[k].ntok - 1].span.end;
			f->tx = &out[k];
		}
	}
	/* a document's expressions read together */
	{
		struct mdtl_timex **all = mdtl_arena_alloc(a, (*n + 1) *
		    sizeof *all);

		for (k = 0; k < *n; k++)
			all[k] = (struct mdtl_timex *)v[k].tx;
		mdtl_timex_in_context(all, *n);
	}
	return v;
}

static void
open_tag(struct mdtl_buf *b, size_t id, const struct mdtl_timex *tx)
{
	mdtl_buf_addf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\">", id,
	    mdtl_timex_type_name(tx->type), tx->value);
}

/* The document again, tags inserted inside <TEXT>, every byte kept. */
static void
timeml_out(struct mdtl_buf *b, const struct mdtl_timeml *tm,
    const struct found *f, size_t n)
{
	size_t pos = 0, k;

	for (k = 0; k < n; k++) {
		size_t a = tm->map[f[k].start];
		size_t last = tm->map[f[k].end - 1], z = last + 1;

		if (tm->doc[last] == '&') {
			const char *semi = memchr(tm->doc + last, ';', 8);

			if (semi != NULL)
				z = (size_t)(semi - tm->doc) + 1;
		}
		mdtl_buf_add(b, tm->doc + pos, a - pos);
		open_tag(b, k + 1, f[k].tx);
		mdtl_buf_add(b, tm->doc + a, z - a);
		mdtl_buf_adds(b, "</TIMEX3>");
		pos = z;
	}
	mdtl_buf_add(b, tm->doc + pos, tm->doc_len - pos);
}

static void
xml_text(struct mdtl_buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '&': mdtl_buf_adds(b, "&amp;"); break;
		case '<': mdtl_buf_adds(b, "&lt;"); break;
		case '>': mdtl_buf_adds(b, "&gt;"); break;
		default: mdtl_buf_addch(b, s[i]);
		}
}

/* A TimeML document made for a text that was not one. */
static void
timeml_new(struct mdtl_buf *b, const char *text, size_t len,
    const struct mdtl_date *ref, const struct found *f, size_t n)
{
	char dct[24];
	size_t pos = 0, k;

	mdtl_date_format(ref, dct, sizeof dct);
	mdtl_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
	if (dct[0])
		mdtl_buf_addf(b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
		    "value=\"%s\" functionInDocument=\"CREATION_TIME\"/></DCT>\n",
		    dct);
	mdtl_buf_adds(b, "<TEXT>");
	for (k = 0; k < n; k++) {
		xml_text(b, text + pos, f[k].start - pos);
		open_tag(b, k + 1, f[k].tx);
		xml_text(b, text + f[k].start, f[k].end - f[k].start);
		mdtl_buf_adds(b, "</TIMEX3>");
		pos = f[k].end;
	}
	xml_text(b, text + pos, len - pos);
	mdtl_buf_adds(b, "</TEXT>\n</TimeML>\n");
}

static void
list_out(struct mdtl_buf *b, const char *path, const char *text,
    const struct found *f, size_t n, int json)
{
	size_t k;

	for (k = 0; k < n; k++) {
		if (json) {
			mdtl_buf_adds(b, "{\"path\":");
			mdtl_buf_add_json_str(b, path, strlen(path));
			mdtl_buf_addf(b, ",\"span\":[%zu,%zu],\"text\":",
			    f[k].start, f[k].end);
			mdtl_buf_add_json_str(b, text + f[k].start,
			    f[k].end - f[k].start);
			mdtl_buf_addf(b, ",\"type\":\"%s\",\"value\":\"%s\"}\n",
			    mdtl_timex_type_name(f[k].tx->type), f[k].tx->value);
		} else {
			mdtl_buf_add_safe(b, path, strlen(path));
			mdtl_buf_addf(b, ":%zu-%zu  %-8s %-14s ", f[k].start,
			    f[k].end, mdtl_timex_type_name(f[k].tx->type),
			    f[k].tx->value);
			mdtl_buf_add_safe(b, text + f[k].start,
			    f[k].end - f[k].start);
			mdtl_buf_addch(b, '\n');
		}
	}
}

/* The sink: how to write, the date of documents that give none, where. */
struct run {
	const char		*format;
	const struct mdtl_date	*published;
	FILE			*fp;
};

/*
 * Any thread: an article's expressions, tagged against its publication
 * date (a TimeML document's creation time), written out as asked.  The
 * pipeline reads articles bare: a TimeML document's body is its <TEXT> as
 * it is, so the spans of the body are those of the text.
 */
static void
article(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t nev, struct mdtl_buf *b,
    struct mdtl_diag *diag)
{
	const struct run *r = arg;
	const struct mdtl_timeml *tm = art->timeml;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_date ref = tm != NULL ? tm->dct : art->published;
	const struct found *f;
	const char *text = art->body;
	size_t n, len = art->body_len;

	(void)result;
	(void)ev;
	(void)nev;
	if (ref.gran == MDTL_GRAN_NONE && r->published != NULL)
		ref = *r->published;
	if (ref.gran == MDTL_GRAN_NONE)
		mdtl_diag_add(diag, MDTL_DIAG_WARNING, art->path, 0, 0,
		    "no reference date: relative dates stay underspecified "
		    "(give --published DATE)");
	if (ref.gran > MDTL_GRAN_DAY) {
		ref.gran = MDTL_GRAN_DAY;
		ref.has_tz = 0;
	}
	f = tag_text(&a, &art->text, &ref, &n);
	if (r->format != NULL && strcasecmp(r->format, "jsonl") == 0)
		list_out(b, art->path, text, f, n, 1);
	else if (r->format != NULL && strcasecmp(r->format, "text") == 0)
		list_out(b, art->path, text, f, n, 0);
	else if (tm != NULL)
		timeml_out(b, tm, f, n);
	else if (r->format != NULL)
		timeml_new(b, text, len, &ref, f, n);
	else
		list_out(b, art->path, text, f, n, 0);
	mdtl_arena_release(&a);
}

static int
write_out(void *arg, const char *bytes, size_t len)
{
	const struct run *r = arg;

	return fwrite(bytes, 1, len, r->fp) == len ? 0 : -1;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct mdtl_output out;
	struct mdtl_pipeline p;
	struct mdtl_date pub;
	struct mdtl_sink sink = { &r, article, NULL, write_out, NULL, NULL };
	int rest, status;

	memset(&o, 0, sizeof o);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_timex, &o, argc, argv,
	    &rest)) >= 0)
		return status;
	if (rest == argc) {
		fprintf(ctx->err, "mdtl: timex needs an INPUT\nusage: mdtl timex "
		    "%s\n", mdtl_cmd_timex.usage);
		return MDTL_EXIT_USAGE;
	}
	if (mdtl_ctx_output_check(ctx, o.output, argc - rest, argv + rest) < 0)
		return MDTL_EXIT_USAGE;
	/* the articles as they are: no lexicon, no events */
	mdtl_ctx_pipeline(ctx, &o.input, 0, &pub, &p);
	p.bare = 1;
	r.format = o.format;
	r.published = p.published;
	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
		mdtl_ctx_report(ctx);
		return MDTL_EXIT_INPUT;
	}
	r.fp = out.fp;
	status = mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
	if (mdtl_output_close(&out, status == MDTL_EXIT_OK, &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	mdtl_ctx_report(ctx);
	return status;
}

const struct mdtl_cmd mdtl_cmd_timex = {
	.name = "timex",
	.usage = "[-f timeml|jsonl|text] [--published DATE] [-o FILE] INPUT...",
	.summary = "the temporal expressions of the inputs, as TIMEX3",
	.options = options,
	.exec = exec,
};

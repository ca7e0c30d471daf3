/* cmd-timex.c: every temporal expression of the inputs, as TIMEX3. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/io.h"
#include "mdtl/lexicon.h"
#include "mdtl/timeml.h"

extern const struct mdtl_cmd mdtl_cmd_timex;

struct opts {
	struct mdtl_input_opts	 input;
	const char		*format, *output, *dir;
	int			 explain;
};

static const char *const formats[] = { "timeml", "jsonl", "text", NULL };

static const struct mdtl_option options[] = {
	OPT_CHOICE('f', "format", struct opts, format, "FORMAT",
	    "timeml (the document with TIMEX3 tags), jsonl or text "
	    "(default: timeml for TimeML input, text otherwise)", "format",
	    formats),
	MDTL_OUTPUT_OPTION(struct opts, output),
	OPT_BOOL(0, "explain", struct opts, explain,
	    "text and jsonl: how each value was read, and what it counts from "
	    "(the reference date, or the date last named before it)"),
	OPT_STRING(0, "output-dir", struct opts, dir, "DIR",
	    "one file for each document, named as it is, in DIR", NULL),
	MDTL_INPUT_OPTIONS(struct opts, input),
	OPT_END()
};

static void
list_out(struct mdtl_buf *b, const char *path, const char *text,
    const struct mdtl_timeml_tag *f, size_t n, int json, int explain)
{
	char why[160];
	size_t k;

	for (k = 0; k < n; k++) {
		if (explain)
			mdtl_timex_explain(f[k].tx, why, sizeof why);
		if (json) {
			mdtl_buf_adds(b, "{\"path\":");
			mdtl_buf_add_json_str(b, path, strlen(path));
			mdtl_buf_addf(b, ",\"span\":[%zu,%zu],\"text\":",
			    f[k].start, f[k].end);
			mdtl_buf_add_json_str(b, text + f[k].start,
			    f[k].end - f[k].start);
			mdtl_buf_addf(b, ",\"type\":\"%s\",\"value\":\"%s\"",
			    mdtl_timex_type_name(f[k].tx->type), f[k].tx->value);
			if (explain) {
				mdtl_buf_adds(b, ",\"why\":");
				mdtl_buf_add_json_str(b, why, strlen(why));
			}
			mdtl_buf_adds(b, "}\n");
		} else {
			mdtl_buf_add_safe(b, path, strlen(path));
			mdtl_buf_addf(b, ":%zu-%zu  %-8s %-14s ", f[k].start,
			    f[k].end, mdtl_timex_type_name(f[k].tx->type),
			    f[k].tx->value);
			mdtl_buf_add_safe(b, text + f[k].start,
			    f[k].end - f[k].start);
			mdtl_buf_addch(b, '\n');
			if (explain)
				mdtl_buf_addf(b, "    %s\n", why);
		}
	}
}

/* The sink: how to write, the date of documents that give none, where. */
struct run {
	const char		*format;
	const struct mdtl_date	*published;
	FILE			*fp;
	const char		*dir;	/* --output-dir, or NULL */
	int			 explain;
	struct mdtl_timex_words	 words;	/* the tagger's, from the data */
};

/*
 * Any thread: a document's output into its own file in dir, named after
 * its input (a JSON Lines record's "file:N" as "file-N").
 */
static void
write_document(const char *dir, const char *path, const char *ext,
    const struct mdtl_buf *b, struct mdtl_diag *diag)
{
	struct mdtl_buf name = MDTL_BUF_INIT;
	const char *base = strrchr(path, '/');
	size_t i, at;

	mdtl_buf_addf(&name, "%s/", dir);
	at = name.len;
	mdtl_buf_adds(&name, base != NULL ? base + 1 : path);
	for (i = at; i < name.len; i++)
		if (name.buf[i] == ':')
			name.buf[i] = '-';
	mdtl_buf_adds(&name, ext);
	mdtl_write_whole(name.buf, b->buf ? b->buf : "", b->len, diag);
	mdtl_buf_release(&name);
}

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
	struct mdtl_buf own = MDTL_BUF_INIT;
	const char *ext = "";
	struct mdtl_date ref = tm != NULL ? tm->dct : art->published;
	const struct mdtl_timeml_tag *f;
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
	f = mdtl_timeml_find(&a, &art->text, &ref, &r->words, &n);
	if (r->dir != NULL)
		b = &own;	/* its own file */
	if (r->format != NULL && strcasecmp(r->format, "jsonl") == 0)
		list_out(b, art->path, text, f, n, 1, r->explain), ext = ".jsonl";
	else if (r->format != NULL && strcasecmp(r->format, "text") == 0)
		list_out(b, art->path, text, f, n, 0, r->explain), ext = ".txt";
	else if (tm != NULL)
		mdtl_timeml_write(b, &a, tm, f, n);
	else if (r->format != NULL)
		mdtl_timeml_new(b, text, len, &ref, f, n), ext = ".tml";
	else
		list_out(b, art->path, text, f, n, 0, r->explain), ext = ".txt";
	if (r->dir != NULL)
		write_document(r->dir, art->path, ext, b, diag);
	mdtl_buf_release(&own);
	mdtl_arena_release(&a);
}

static int
write_out(void *arg, const char *bytes, size_t len)
{
	const struct run *r = arg;

	return fwrite(bytes, 1, len, r->fp) == len ? 0 : -1;
}

/* How many of the inputs (folders opened) are TimeML documents, up to 2. */
static int
timeml_documents(int argc, char **argv)
{
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_diag quiet = MDTL_DIAG_INIT;
	size_t k;
	int i, n = 0;

	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") != 0)
			mdtl_inputs_expand(&in, argv[i], &quiet);
	for (k = 0; k < in.n && n < 2; k++) {
		char head[4096];
		struct stat st;
		FILE *fp;
		size_t len;

		/* (a FIFO's bytes are for the run: only files are looked at) */
		if (stat(in.v[k], &st) != 0 || !S_ISREG(st.st_mode) ||
		    (fp = fopen(in.v[k], "rb")) == NULL)
			continue;
		len = fread(head, 1, sizeof head, fp);
		fclose(fp);
		n += mdtl_timeml_sniff(head, len);
	}
	mdtl_inputs_free(&in);
	mdtl_diag_release(&quiet);
	return n;
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
	if (o.dir != NULL && o.output != NULL) {
		fprintf(ctx->err, "mdtl: timex: -o FILE or --output-dir DIR, "
		    "not both\n");
		return MDTL_EXIT_USAGE;
	}
	if (o.dir == NULL && (o.format == NULL ||
	    strcasecmp(o.format, "timeml") == 0) &&
	    timeml_documents(argc - rest, argv + rest) > 1) {
		fprintf(ctx->err, "mdtl: timex: several TimeML documents make "
		    "no one document: give --output-dir DIR (a file each) or "
		    "-f jsonl\n");
		return MDTL_EXIT_USAGE;
	}
	r.dir = o.dir;
	r.explain = o.explain;
	/* the articles as they are (no boilerplate taken out), no events;
	 * of the lexicon, only the tagger's words */
	if (mdtl_ctx_pipeline(ctx, &o.input, 1, &pub, &p) < 0) {
		mdtl_ctx_report(ctx);
		return MDTL_EXIT_INPUT;
	}
	mdtl_lexicon_timex_words(ctx->lex, &r.words);
	p.lex = NULL;
	p.bare = 1;
	r.format = mdtl_ctx_output_format(ctx, o.format, o.output, formats);
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
	.usage = "[-f timeml|jsonl|text] [--explain] [--published DATE] "
	    "[-o FILE | "
	    "--output-dir DIR] INPUT...",
	.summary = "the temporal expressions of the inputs, as TIMEX3",
	.options = options,
	.exec = exec,
};

/* cmd-parse.c: the article as read: metadata, paragraphs, sentences, tags. */
#include <stdlib.h>
#include <string.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/tag.h"
#include "mdtl/xalloc.h"

extern const struct mdtl_cmd mdtl_cmd_parse;

static void
field(struct mdtl_buf *b, const char *name, const char *v)
{
	mdtl_buf_addf(b, "%-10s ", name);
	if (v != NULL)
		mdtl_buf_add_safe(b, v, strlen(v));
	else
		mdtl_buf_addch(b, '-');
	mdtl_buf_addch(b, '\n');
}

static const char *const cue_names[] = {
	[MDTL_PH_SPEECH] = "speech", [MDTL_PH_WARNING] = "warning",
	[MDTL_PH_OFFER] = "offer", [MDTL_PH_OFFER_BY] = "offer-by",
	[MDTL_PH_OFFER_NOUN] = "offer-noun", [MDTL_PH_MADE_BY] = "made-by",
	[MDTL_PH_CONDITION] = "condition", [MDTL_PH_SUMMIT] = "summit",
	[MDTL_PH_NOT_SUMMIT] = "not-summit", [MDTL_PH_DEADLINE] = "deadline",
	[MDTL_PH_ANONYMOUS] = "anonymous",
};

static void
tag_line(struct mdtl_buf *b, const struct mdtl_article *art,
    const struct mdtl_token *t, const char *kind, size_t tok, size_t ntok,
    const char *to)
{
	mdtl_buf_addf(b, "      %-11s ", kind);
	mdtl_buf_add_safe(b, art->body + t[tok].span.start,
	    t[tok + ntok - 1].span.end - t[tok].span.start);
	if (to != NULL)
		mdtl_buf_addf(b, " -> %s", to);
	mdtl_buf_addch(b, '\n');
}

/* The tags of a sentence, as extraction sees them. */
static void
tags(struct mdtl_buf *b, const struct mdtl_lexicon *lex,
    const struct mdtl_article *art, const struct mdtl_sentence *s,
    struct mdtl_tags *tg)
{
	const struct mdtl_token *t = art->text.tokens + s->tok;
	struct mdtl_date ref = art->published;
	size_t k;

	if (ref.gran > MDTL_GRAN_DAY)
		ref.gran = MDTL_GRAN_DAY;
	mdtl_tag_sentence(tg, lex, t, s->ntok, mdtl_date_day(&art->published),
	    &ref);
	for (k = 0; k < tg->nm; k++)
		tag_line(b, art, t, tg->m[k].weak ? "demonym" : "actor",
		    tg->m[k].tok, tg->m[k].ntok, tg->m[k].actor->id);
	for (k = 0; k < tg->np; k++)
		tag_line(b, art, t, "place", tg->p[k].tok, tg->p[k].ntok, NULL);
	for (k = 0; k < tg->nc; k++)
		tag_line(b, art, t, cue_names[tg->c[k].kind], tg->c[k].tok,
		    tg->c[k].ntok, NULL);
	for (k = 0; k < tg->ntx; k++)
		tag_line(b, art, t, "date", tg->tx[k].tok, tg->tx[k].ntok,
		    tg->tx[k].flags & MDTL_TIMEX_UNRESOLVED ? "(unresolved)" :
		    tg->tx[k].value);
}

/* The sink: the lexicon to tag with, the file to write to. */
struct show {
	const struct mdtl_lexicon	*lex;
	FILE				*fp;
};

/* Any thread: the article as read, into the batch's bytes. */
static void
show(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t nev, struct mdtl_buf *out,
    struct mdtl_diag *diag)
{
	const struct mdtl_lexicon *lex = ((const struct show *)arg)->lex;
	struct mdtl_buf b = MDTL_BUF_INIT;
	struct mdtl_tags *tg = mdtl_xmalloc(sizeof *tg);
	size_t p, s, i;

	(void)result;
	(void)diag;
	field(&b, "path", art->path);
	field(&b, "id", art->id);
	field(&b, "title", art->title);
	field(&b, "published", art->published_str[0] ? art->published_str :
	    NULL);
	field(&b, "source", art->source);
	field(&b, "section", art->section);
	field(&b, "url", art->url);
	field(&b, "author", art->author);
	mdtl_buf_addf(&b, "%-10s ", "credits");
	for (i = 0; i < art->ncredits; i++) {
		if (i)
			mdtl_buf_adds(&b, ", ");
		mdtl_buf_add_safe(&b, art->credits[i], strlen(art->credits[i]));
	}
	mdtl_buf_addf(&b, "%s\n%-10s %zu\n", art->ncredits ? "" : "-", "events",
	    nev);
	for (p = 0; p < art->text.nparas; p++) {
		const struct mdtl_para *para = &art->text.paras[p];

		mdtl_buf_addf(&b, "\nparagraph %zu [%zu,%zu]\n", p + 1,
		    para->span.start, para->span.end);
		for (s = para->sent; s < para->sent + para->nsent; s++) {
			const struct mdtl_sentence *sent =
			    &art->text.sentences[s];

			mdtl_buf_addf(&b, "  sentence [%zu,%zu] ",
			    sent->span.start, sent->span.end);
			mdtl_buf_add_safe(&b, art->body + sent->span.start,
			    sent->span.end - sent->span.start);
			mdtl_buf_addch(&b, '\n');
			tags(&b, lex, art, sent, tg);
		}
	}
	mdtl_buf_addch(&b, '\n');
	(void)ev;
	mdtl_buf_add(out, b.buf, b.len);
	mdtl_buf_release(&b);
	free(tg);
}

struct opts {
	struct mdtl_input_opts	input;
};

static const struct mdtl_option options[] = {
	MDTL_INPUT_OPTIONS(struct opts, input),
	OPT_END()
};

/* The articles' bytes, in input order. */
static int
write_out(void *arg, const char *bytes, size_t len)
{
	FILE *fp = ((const struct show *)arg)->fp;

	return fwrite(bytes, 1, len, fp) == len && !ferror(fp) ? 0 : -1;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct mdtl_pipeline p;
	struct mdtl_date pub;
	struct show sh;
	struct mdtl_sink sink = { &sh, show, NULL, write_out, NULL, NULL };
	int rest, status;

	memset(&o, 0, sizeof o);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_parse, &o, argc, argv,
	    &rest)) >= 0)
		return status;
	if (mdtl_ctx_pipeline(ctx, &o.input, 1, &pub, &p) < 0)
		return MDTL_EXIT_INPUT;
	sh.lex = ctx->lex;
	sh.fp = ctx->out;
	return mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
}

const struct mdtl_cmd mdtl_cmd_parse = {
	.name = "parse",
	.usage = "[INPUT...] [--published DATE]",
	.summary = "the articles as read: metadata, paragraphs, sentences, tags",
	.options = options,
	.exec = exec,
};

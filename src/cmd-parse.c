/* cmd-parse.c: the article as read: metadata, paragraphs, sentences, tags. */
#include <string.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"

extern const struct mdtl_cmd mdtl_cmd_parse;

struct opts {
	const char	*published, *data;
};

static const struct mdtl_option options[] = {
	OPT_STRING(0, "published", struct opts, published, "DATE",
	    "the publication date of articles that do not give one",
	    mdtl_check_date),
	OPT_STRING(0, "data", struct opts, data, "DIR",
	    "read the data files from DIR", NULL),
	OPT_END()
};

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

static const char *const kind_tags[] = {
	[MDTL_PH_ACTOR] = "actor", [MDTL_PH_DEMONYM] = "actor",
	[MDTL_PH_PLACE] = "place", [MDTL_PH_SPEECH] = "speech",
	[MDTL_PH_WARNING] = "warning", [MDTL_PH_OFFER] = "offer",
	[MDTL_PH_OFFER_BY] = "offer-by", [MDTL_PH_OFFER_NOUN] = "offer-noun",
	[MDTL_PH_MADE_BY] = "made-by", [MDTL_PH_CONDITION] = "condition",
	[MDTL_PH_SUMMIT] = "summit", [MDTL_PH_NOT_SUMMIT] = "not-summit",
	[MDTL_PH_DEADLINE] = "deadline", [MDTL_PH_ANONYMOUS] = "anonymous",
	[MDTL_PH_COLLECTIVE] = "collective", [MDTL_PH_CREDIT] = "credit",
	[MDTL_PH_BOILERPLATE] = "boilerplate", [MDTL_PH_TITLE] = "title",
};

static void
tags(struct mdtl_buf *b, const struct mdtl_lexicon *lex,
    const struct mdtl_article *art, const struct mdtl_sentence *s)
{
	const struct mdtl_token *t = art->text.tokens + s->tok;
	struct mdtl_timex tx[16];
	size_t i, len, n, k;
	long day = mdtl_date_day(&art->published);
	struct mdtl_date ref = art->published;

	if (ref.gran > MDTL_GRAN_DAY)
		ref.gran = MDTL_GRAN_DAY;
	for (i = 0; i < s->ntok;) {
		const struct mdtl_phrase *p = mdtl_lexicon_match(lex, t + i,
		    s->ntok - i, ~(1u << MDTL_PH_BOILERPLATE | 1u << MDTL_PH_TITLE),
		    day, &len);

		if (p == NULL) {
			i++;
			continue;
		}
		mdtl_buf_addf(b, "      %-11s ", kind_tags[p->kind]);
		mdtl_buf_add_safe(b, art->body + t[i].span.start,
		    t[i + len - 1].span.end - t[i].span.start);
		if (p->kind == MDTL_PH_ACTOR || p->kind == MDTL_PH_DEMONYM)
			mdtl_buf_addf(b, " -> %s",
			    ((const struct mdtl_actor *)p->target)->id);
		mdtl_buf_addch(b, '\n');
		i += len;
	}
	n = mdtl_timex_find(t, s->ntok, &ref, MDTL_TIMEX_AUTO, tx, 16);
	for (k = 0; k < n; k++) {
		mdtl_buf_addf(b, "      %-11s ", "date");
		mdtl_buf_add_safe(b, art->body + t[tx[k].tok].span.start,
		    t[tx[k].tok + tx[k].ntok - 1].span.end -
		    t[tx[k].tok].span.start);
		mdtl_buf_addf(b, " -> %s\n", tx[k].value[0] ? tx[k].value :
		    "(unresolved)");
	}
}

static int
show(struct mdtl_ctx *ctx, struct mdtl_article *art, struct mdtl_event *ev,
    size_t nev, void *arg)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t p, s, i;

	(void)arg;
	field(&b, "path", art->path);
	field(&b, "id", art->id);
	field(&b, "title", art->title);
	field(&b, "published", art->published_str[0] ? art->published_str :
	    NULL);
	field(&b, "source", art->source);
	field(&b, "section", art->section);
	field(&b, "url", art->url);
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
			tags(&b, ctx->lex, art, sent);
		}
	}
	mdtl_buf_addch(&b, '\n');
	(void)ev;
	fwrite(b.buf, 1, b.len, ctx->out);
	mdtl_buf_release(&b);
	return ferror(ctx->out) ? MDTL_EXIT_INPUT : MDTL_EXIT_OK;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	int rest;

	memset(&o, 0, sizeof o);
	switch (mdtl_opt_parse(options, &o, argc, argv, &rest,
	    mdtl_cmd_parse.name, mdtl_cmd_parse.usage, mdtl_cmd_parse.summary,
	    ctx->out, ctx->err)) {
	case MDTL_OPT_HELP:
		return MDTL_EXIT_OK;
	case MDTL_OPT_ERROR:
		return MDTL_EXIT_USAGE;
	case MDTL_OPT_OK:
		break;
	}
	if (o.data != NULL)
		ctx->data_dir = o.data;
	if (mdtl_ctx_lexicon(ctx) < 0)
		return MDTL_EXIT_INPUT;
	return mdtl_ctx_each_article(ctx, argc - rest, argv + rest,
	    o.published, show, NULL);
}

const struct mdtl_cmd mdtl_cmd_parse = {
	.name = "parse",
	.usage = "[INPUT...] [--published DATE]",
	.summary = "the articles as read: metadata, paragraphs, sentences, tags",
	.options = options,
	.exec = exec,
};

/* cmd-actors.c: the actors of the articles, with their roles and counts. */
#include <stdlib.h>
#include <string.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/event-json.h"
#include "mdtl/json.h"
#include "mdtl/xalloc.h"

extern const struct mdtl_cmd mdtl_cmd_actors;

struct count {
	const struct mdtl_actor	*actor;
	size_t			 mentions, events;
};

/* The sink: the lexicon; a batch's counts are one for each of its actors. */
struct counts {
	const struct mdtl_lexicon	*lex;
	struct count			*v;
	struct mdtl_json		 json;
};

/* Any thread: an article's mentions and events of each actor. */
static void
tally(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t nev, struct mdtl_buf *out,
    struct mdtl_diag *diag)
{
	const struct mdtl_lexicon *lex = ((const struct counts *)arg)->lex;
	const struct mdtl_token *t = art->text.tokens;
	struct count *c = *result;
	size_t i, k, len;
	long day = mdtl_date_day(&art->published);

	(void)out;
	(void)diag;
	if (c == NULL)
		*result = c = mdtl_xcalloc(lex->nactors + 1, sizeof *c);
	c[lex->nactors].mentions++;	/* (the last one counts articles) */
	for (i = 0; i < art->text.ntokens;) {
		const struct mdtl_phrase *p = mdtl_lexicon_match(lex, t + i,
		    art->text.ntokens - i, 1u << MDTL_PH_ACTOR, day, &len);

		if (p == NULL) {
			i++;
			continue;
		}
		if (mdtl_lexicon_place_use(lex, t, art->text.ntokens, i, len)) {
			i += len;
			continue;
		}
		c[(const struct mdtl_actor *)p->target - lex->actors]
		    .mentions++;
		i += len;
	}
	for (i = 0; i < nev; i++)
		for (k = 0; k < ev[i].nactors; k++) {
			const struct mdtl_actor *a = mdtl_lexicon_find_actor(lex,
			    ev[i].actors[k].id, 0);

			if (a != NULL)
				c[a - lex->actors].events++;
		}
}

/*
 * This thread: a line of JSON Lines of events.  Each actor of the record
 * has one event more; its mentions are in the articles, which a record
 * does not hold.
 */
static int
event_line(void *arg, const char *path, size_t lineno, const char *line,
    size_t len, struct mdtl_diag *diag)
{
	struct counts *all = arg;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_event e;
	const char *why;
	size_t k;

	if (mdtl_event_json_read(&e, &a, &all->json, line, len, NULL,
	    &why) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "%s", why);
		mdtl_arena_release(&a);
		return -1;
	}
	for (k = 0; k < e.nactors; k++) {
		const struct mdtl_actor *actor = mdtl_lexicon_find_actor(
		    all->lex, e.actors[k].id, 0);

		if (actor != NULL)
			all->v[actor - all->lex->actors].events++;
	}
	mdtl_arena_release(&a);
	return 0;
}

/* A batch's counts, added up. */
static int
add_up(void *arg, void *result)
{
	struct counts *all = arg;
	struct count *c = result;
	size_t i;

	for (i = 0; i <= all->lex->nactors; i++) {
		all->v[i].mentions += c[i].mentions;
		all->v[i].events += c[i].events;
	}
	free(c);
	return 0;
}

static int
cmp(const void *pa, const void *pb)
{
	const struct count *a = pa, *b = pb;

	if (a->events != b->events)
		return a->events > b->events ? -1 : 1;
	if (a->mentions != b->mentions)
		return a->mentions > b->mentions ? -1 : 1;
	return strcmp(a->actor->id, b->actor->id);
}

struct opts {
	struct mdtl_input_opts	input;
};

static const struct mdtl_option options[] = {
	MDTL_INPUT_OPTIONS(struct opts, input),
	OPT_END()
};

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct counts c;
	struct mdtl_pipeline p;
	struct mdtl_date pub;
	struct mdtl_sink sink = { &c, tally, add_up, NULL, event_line, NULL };
	struct mdtl_buf b = MDTL_BUF_INIT;
	int rest, status;
	size_t i, r, articles;

	memset(&o, 0, sizeof o);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_actors, &o, argc, argv,
	    &rest)) >= 0)
		return status;
	if (mdtl_ctx_pipeline(ctx, &o.input, 1, &pub, &p) < 0)
		return MDTL_EXIT_INPUT;
	c.lex = ctx->lex;
	c.v = mdtl_xcalloc(ctx->lex->nactors + 1, sizeof *c.v);
	mdtl_json_init(&c.json);
	for (i = 0; i < ctx->lex->nactors; i++)
		c.v[i].actor = &ctx->lex->actors[i];
	status = mdtl_ctx_run(ctx, &p, argc - rest, argv + rest, &sink);
	articles = c.v[ctx->lex->nactors].mentions;
	qsort(c.v, ctx->lex->nactors, sizeof *c.v, cmp);
	mdtl_buf_addf(&b, "%-22s %-28s %-12s %-10s %8s %6s  %s\n", "ID",
	    "NAME", "KIND", "CAMEO", "MENTIONS", "EVENTS", "ROLES");
	for (i = 0; i < ctx->lex->nactors; i++) {
		const struct mdtl_actor *a = c.v[i].actor;

		if (c.v[i].mentions == 0 && c.v[i].events == 0)
			continue;
		mdtl_buf_addf(&b, "%-22s %-28s %-12s %-10s ", a->id, a->name,
		    mdtl_actor_kind_name(a->kind), a->cameo ? a->cameo : "-");
		/* with events read and no article, mentions are unknown */
		if (articles > 0)
			mdtl_buf_addf(&b, "%8zu", c.v[i].mentions);
		else
			mdtl_buf_addf(&b, "%8s", "-");
		mdtl_buf_addf(&b, " %6zu  ", c.v[i].events);
		for (r = 0; r < a->nroles; r++) {
			if (r)
				mdtl_buf_adds(&b, "; ");
			mdtl_buf_adds(&b, a->roles[r].title);
			if (a->roles[r].from || a->roles[r].to) {
				int y, m, d;

				mdtl_buf_adds(&b, " (");
				if (a->roles[r].from) {
					mdtl_civil_from_days(a->roles[r].from,
					    &y, &m, &d);
					mdtl_buf_addf(&b, "%d", y);
				}
				mdtl_buf_adds(&b, "-");
				if (a->roles[r].to) {
					mdtl_civil_from_days(a->roles[r].to,
					    &y, &m, &d);
					mdtl_buf_addf(&b, "%d", y);
				}
				mdtl_buf_adds(&b, ")");
			}
		}
		if (a->nroles == 0)
			mdtl_buf_addch(&b, '-');
		mdtl_buf_addch(&b, '\n');
	}
	fwrite(b.buf, 1, b.len, ctx->out);
	mdtl_buf_release(&b);
	mdtl_json_release(&c.json);
	free(c.v);
	if (ferror(ctx->out))
		status = MDTL_EXIT_INPUT;
	return status;
}

const struct mdtl_cmd mdtl_cmd_actors = {
	.name = "actors",
	.usage = "[INPUT...] [--published DATE]",
	.summary = "the actors of the articles, with roles and counts",
	.options = options,
	.exec = exec,
};

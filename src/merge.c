/* merge.c: one event from the several articles that tell it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/buf.h"
#include "mdtl/text.h"
#include "mdtl/timeline.h"

/*
 * Events are put in a canonical order (type, date, id) that does not
 * depend on how they came in, and each is compared with the clusters
 * already made of its type: the first member of a cluster stands for it,
 * so the comparisons are the same in any order and in any split.
 */

static const char *
shared_actor(const struct mdtl_event *a, const struct mdtl_event *b)
{
	size_t i, j;

	for (i = 0; i < a->nactors; i++)
		for (j = 0; j < b->nactors; j++)
			if (strcmp(a->actors[i].id, b->actors[j].id) == 0)
				return a->actors[i].name;
	return NULL;
}

static int
nested(const struct mdtl_date *a, const struct mdtl_date *b)
{
	long fa, la, fb, lb;

	if (a->gran == MDTL_GRAN_NONE || b->gran == MDTL_GRAN_NONE)
		return 0;
	mdtl_date_range(a, &fa, &la);
	mdtl_date_range(b, &fb, &lb);
	return (fa <= fb && lb <= la) || (fb <= fa && la <= lb);
}

static int
cmp_source(const struct mdtl_mention *a, const struct mdtl_mention *b)
{
	int c = strcmp(a->article, b->article);

	if (c)
		return c;
	return strcmp(a->source ? a->source : "", b->source ? b->source : "");
}

/* The article and path of a mention, as one hash. */
static unsigned
mention_hash(const struct mdtl_mention *m)
{
	return mdtl_text_hash(m->article) * 31u +
	    mdtl_text_hash(m->source ? m->source : "");
}

/*
 * The mentions of a cluster's first event, by the hash of their article
 * and path: a cluster may hold thousands, and each event that comes asks
 * whether its article is among them.  Open addressing over indices + 1.
 */
struct sources {
	size_t	*slot;
	size_t	 cap, n;	/* n: the mentions indexed so far */
};

static void
sources_add(struct mdtl_arena *a, struct sources *set,
    const struct mdtl_event *r)
{
	size_t i, h;

	if ((r->nmentions + 1) * 2 > set->cap) {
		size_t cap = set->cap ? set->cap : 16;

		while ((r->nmentions + 1) * 2 > cap)
			cap *= 2;
		set->slot = mdtl_arena_calloc(a, cap, sizeof *set->slot);
		set->cap = cap;
		set->n = 0;
	}
	for (i = set->n; i < r->nmentions; i++) {
		h = mention_hash(&r->mentions[i]) & (set->cap - 1);
		while (set->slot[h] != 0)
			h = (h + 1) & (set->cap - 1);
		set->slot[h] = i + 1;
	}
	set->n = r->nmentions;
}

/* Does an article that tells e also tell r (whose mentions set holds)? */
static int
same_article(struct mdtl_arena *a, struct sources *set,
    const struct mdtl_event *r, const struct mdtl_event *e)
{
	size_t j, h;

	if (set->n != r->nmentions)
		sources_add(a, set, r);
	for (j = 0; j < e->nmentions; j++)
		for (h = mention_hash(&e->mentions[j]) & (set->cap - 1);
		    set->slot[h] != 0; h = (h + 1) & (set->cap - 1))
			if (cmp_source(&r->mentions[set->slot[h] - 1],
			    &e->mentions[j]) == 0)
				return 1;
	return 0;
}

static int
cmp_mentions(const void *pa, const void *pb)
{
	const struct mdtl_mention *a = pa, *b = pb;
	int c = cmp_source(a, b);

	if (c)
		return c;
	return a->span.start < b->span.start ? -1 : a->span.start >
	    b->span.start;
}

/*
 * e's mentions after r's.  An event may take thousands of others, so
 * they grow by doubling; finish() or distinct_mentions() sorts them and
 * makes them distinct once.
 */
static void
add_mentions(struct mdtl_timeline *tl, struct mdtl_event *r,
    const struct mdtl_event *e)
{
	if (r->nmentions + e->nmentions > r->amentions) {
		size_t cap = (r->nmentions + e->nmentions) * 2 + 4;
		struct mdtl_mention *m = mdtl_arena_alloc(&tl->arena, cap *
		    sizeof *m);

		memcpy(m, r->mentions, r->nmentions * sizeof *m);
		r->mentions = m;
		r->amentions = cap;
	}
	memcpy(r->mentions + r->nmentions, e->mentions, e->nmentions *
	    sizeof *e->mentions);
	r->nmentions += e->nmentions;
}

/*
 * Fold e into r: mentions, actors, the most precise date, why.  An event
 * may take thousands of others, so the mentions grow by doubling and are
 * sorted and made distinct once, by finish(); the reasons go to why, made
 * a string at the end too.
 */
static void
fold(struct mdtl_timeline *tl, struct mdtl_event *r, struct mdtl_event *e,
    const struct mdtl_date *orig, double sim, const char *actor,
    struct mdtl_buf *why)
{
	size_t i, j;
	char simbuf[32];

	add_mentions(tl, r, e);
	for (j = 0; j < e->nactors; j++) {
		for (i = 0; i < r->nactors; i++)
			if (strcmp(r->actors[i].id, e->actors[j].id) == 0)
				break;
		if (i < r->nactors)
			continue;
		if (r->nactors == r->aactors) {
			struct mdtl_event_actor *a = mdtl_arena_alloc(&tl->arena,
			    (r->aactors * 2 + 4) * sizeof *a);

			memcpy(a, r->actors, r->nactors * sizeof *a);
			r->actors = a;
			r->aactors = r->aactors * 2 + 4;
		}
		r->actors[r->nactors++] = e->actors[j];
	}
	/* the most precise date; between equals, the earliest */
	if (e->date.gran > r->date.gran || (e->date.gran == r->date.gran &&
	    mdtl_event_cmp_canonical(e, r) < 0 && nested(&e->date, orig))) {
		r->date = e->date;
		memcpy(r->date_value, e->date_value, sizeof r->date_value);
		r->date_text = e->date_text;
		r->basis = e->basis;
	}
	e->merged = 1;
	if (why->len == 0)
		mdtl_buf_adds(why, r->why_merge ? r->why_merge : "merged");
	/* printf only for the number: this runs once per event merged */
	snprintf(simbuf, sizeof simbuf, "%.2f", sim);
	mdtl_buf_adds(why, "; also told by ");
	mdtl_buf_adds(why, e->mentions[0].article);
	mdtl_buf_adds(why, ": same type, dates that fit, '");
	mdtl_buf_adds(why, actor);
	mdtl_buf_adds(why, "' in both, words in common ");
	mdtl_buf_adds(why, simbuf);
}

/* r's mentions in order, each once, and the articles they make. */
static void
distinct_mentions(struct mdtl_event *r)
{
	struct mdtl_mention *m = r->mentions;
	size_t i, n = 0, distinct = 0;

	qsort(m, r->nmentions, sizeof *m, cmp_mentions);
	for (i = 0; i < r->nmentions; i++)
		if (n == 0 || cmp_mentions(&m[i], &m[n - 1]) != 0)
			m[n++] = m[i];
	r->nmentions = n;
	for (i = 0; i < n; i++)
		if (i == 0 || cmp_source(&m[i], &m[i - 1]) != 0)
			distinct++;
	r->sources = distinct;
}

/* What fold() left to do: mentions in order, each once; the reasons. */
static void
finish(struct mdtl_timeline *tl, struct mdtl_event *r, struct mdtl_buf *why)
{
	distinct_mentions(r);
	r->why_merge = mdtl_arena_strndup(&tl->arena, why->buf, why->len);
}

/*
 * Records with one id are one event read more than once (an input given
 * twice, a shard merged again): kept once, their mentions together, so
 * that reading anything twice changes nothing.
 */
static void
fold_same_ids(struct mdtl_timeline *tl, struct mdtl_arena *scratch)
{
	size_t cap = 16, i, h, k, *slot;

	while (cap < tl->n * 2)
		cap *= 2;
	slot = mdtl_arena_calloc(scratch, cap, sizeof *slot);
	for (i = 0; i < tl->n; i++) {
		struct mdtl_event *e = &tl->v[i], *r;

		for (h = mdtl_text_hash(e->id) & (cap - 1); slot[h] != 0 &&
		    strcmp(tl->v[slot[h] - 1].id, e->id) != 0;
		    h = (h + 1) & (cap - 1))
			;
		if (slot[h] == 0) {
			slot[h] = i + 1;
			continue;
		}
		r = &tl->v[slot[h] - 1];
		e->merged = 1;
		/* the same record again (as it mostly is): nothing to add */
		for (k = 0; k < e->nmentions && e->nmentions == r->nmentions &&
		    cmp_mentions(&e->mentions[k], &r->mentions[k]) == 0; k++)
			;
		if (k == e->nmentions && e->nmentions == r->nmentions)
			continue;
		add_mentions(tl, r, e);
		distinct_mentions(r);
	}
	for (i = h = 0; i < tl->n; i++)
		if (!tl->v[i].merged)
			tl->v[h++] = tl->v[i];
	tl->n = h;
}

/*
 * One bit of 64 for each of an event's actors: two events with no bit in
 * common share no actor, and need no id compared to say so.
 */
static uint64_t
actor_bits(const struct mdtl_event *e)
{
	uint64_t b = 0;
	size_t i;

	for (i = 0; i < e->nactors; i++)
		b |= (uint64_t)1 << (mdtl_text_hash(e->actors[i].id) & 63);
	return b;
}

/* Event i's words, worked out the first time they are asked for. */
size_t
mdtl_timeline_merge(struct mdtl_timeline *tl)
{
	struct mdtl_arena scratch = MDTL_ARENA_INIT;
	struct mdtl_buf *why;	/* each cluster's reasons, as it grows */
	struct mdtl_date *orig;
	uint64_t *actors;
	struct sources *sources;
	long *first, *last;
	size_t *reps = NULL, nreps = 0, i, k, out, merged = 0;

	if (tl->n < 2)
		return 0;
	mdtl_timeline_order(tl, MDTL_ORDER_CANONICAL);
	fold_same_ids(tl, &scratch);
	orig = mdtl_arena_alloc(&scratch, tl->n * sizeof *orig);
	first = mdtl_arena_alloc(&scratch, tl->n * sizeof *first);
	last = mdtl_arena_alloc(&scratch, tl->n * sizeof *last);
	reps = mdtl_arena_alloc(&scratch, tl->n * sizeof *reps);
	why = mdtl_arena_calloc(&scratch, tl->n, sizeof *why);
	actors = mdtl_arena_alloc(&scratch, tl->n * sizeof *actors);
	sources = mdtl_arena_calloc(&scratch, tl->n, sizeof *sources);
	for (i = 0; i < tl->n; i++) {
		orig[i] = tl->v[i].date;
		mdtl_date_range(&orig[i], &first[i], &last[i]);
		actors[i] = actor_bits(&tl->v[i]);
	}
	for (i = 0; i < tl->n; i++) {
		struct mdtl_event *e = &tl->v[i];
		size_t keep = 0;

		/*
		 * The clusters that can still hold this event: of its type,
		 * dated, and not ended before it starts.  Events come by type,
		 * then first day, widest first, so one that ends earlier can
		 * hold none of the events after it either.
		 */
		for (k = 0; k < nreps; k++) {
			const struct mdtl_event *r = &tl->v[reps[k]];

			if (r->type == e->type && orig[reps[k]].gran !=
			    MDTL_GRAN_NONE && last[reps[k]] >= first[i])
				reps[keep++] = reps[k];
		}
		nreps = keep;
		for (k = 0; k < nreps; k++) {
			struct mdtl_event *r = &tl->v[reps[k]];
			const char *actor;
			double sim;

			if (e->date.gran == MDTL_GRAN_NONE ||
			    last[reps[k]] < last[i] ||
			    (actors[reps[k]] & actors[i]) == 0 ||
			    same_article(&scratch, &sources[reps[k]], r, e) ||
			    (actor = shared_actor(r, e)) == NULL)
				continue;
			sim = mdtl_words_similarity(mdtl_event_words(
			    &tl->arena, r), mdtl_event_words(&tl->arena, e));
			/* a meeting is known by its place: "the Lisbon summit"
			 * and "a summit in Lisbon in November" */
			if (sim < MDTL_MERGE_SIMILAR && !(e->type ==
			    MDTL_EVENT_SUMMIT && r->location != NULL &&
			    e->location != NULL && strcmp(r->location,
			    e->location) == 0))
				continue;
			fold(tl, r, e, &orig[reps[k]], sim, actor,
			    &why[reps[k]]);
			actors[reps[k]] |= actors[i];
			merged++;
			break;
		}
		if (k == nreps)
			reps[nreps++] = i;
	}
	for (i = 0; i < tl->n; i++)
		if (why[i].len != 0) {
			finish(tl, &tl->v[i], &why[i]);
			mdtl_buf_release(&why[i]);
		}
	for (i = out = 0; i < tl->n; i++)
		if (!tl->v[i].merged)
			tl->v[out++] = tl->v[i];
	tl->n = out;
	mdtl_arena_release(&scratch);
	return merged;
}

void
mdtl_event_merge_key(const struct mdtl_event *e, char *buf, size_t size)
{
	if (e->date.gran == MDTL_GRAN_NONE)
		snprintf(buf, size, "%s|-", mdtl_event_type_name(e->type));
	else
		snprintf(buf, size, "%s|%04d", mdtl_event_type_name(e->type),
		    e->date.year);
}

/* timeline.c: events from many articles, filtered and sorted. */
#define _GNU_SOURCE		/* strverscmp() */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/article.h"
#include "mdtl/event-pack.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

void
mdtl_timeline_init(struct mdtl_timeline *tl)
{
	memset(tl, 0, sizeof *tl);
	mdtl_arena_init(&tl->arena);
}

static const char *
dup(struct mdtl_timeline *tl, const char *s)
{
	return s ? mdtl_arena_strdup(&tl->arena, s) : NULL;
}

/* n strings, each copied; NULL for none. */
static const char *const *
dup_all(struct mdtl_timeline *tl, const char *const *v, size_t n)
{
	const char **c;
	size_t i;

	if (n == 0)
		return NULL;
	c = mdtl_arena_alloc(&tl->arena, n * sizeof *c);
	for (i = 0; i < n; i++)
		c[i] = dup(tl, v[i]);
	return c;
}

static const struct mdtl_article_meta *
copy_meta(struct mdtl_timeline *tl, const struct mdtl_article_meta *m)
{
	struct mdtl_article_meta *c;
	size_t i;

	/* the events of one article come together; an article freed and
	 * another read may get the same address, so compare what it says */
	if (tl->last_copy != NULL && m == tl->last_src &&
	    strcmp(m->path ? m->path : "", tl->last_copy->path ?
	    tl->last_copy->path : "") == 0 && strcmp(m->id ? m->id : "",
	    tl->last_copy->id ? tl->last_copy->id : "") == 0)
		return tl->last_copy;
	c = mdtl_arena_calloc(&tl->arena, 1, sizeof *c);
	c->id = dup(tl, m->id);
	c->title = dup(tl, m->title);
	c->published = dup(tl, m->published);
	c->source = dup(tl, m->source);
	c->section = dup(tl, m->section);
	c->url = dup(tl, m->url);
	c->author = dup(tl, m->author);
	c->path = dup(tl, m->path);
	c->ncredits = m->ncredits;
	c->credits = mdtl_arena_calloc(&tl->arena, m->ncredits + 1,
	    sizeof *c->credits);
	for (i = 0; i < m->ncredits; i++)
		c->credits[i] = dup(tl, m->credits[i]);
	tl->last_src = m;
	tl->last_copy = c;
	tl->narticles++;
	return c;
}

static const struct mdtl_atom *
copy_atom(struct mdtl_timeline *tl, const struct mdtl_atom *a)
{
	struct mdtl_atom *c = mdtl_arena_alloc(&tl->arena, sizeof *c);
	size_t i;

	*c = *a;
	c->id = dup(tl, a->id);
	c->date_value = dup(tl, a->date_value);
	c->location = dup(tl, a->location);
	c->actors = mdtl_arena_calloc(&tl->arena, a->nactors + 1,
	    sizeof *c->actors);
	for (i = 0; i < a->nactors; i++)
		c->actors[i] = dup(tl, a->actors[i]);
	return c;
}

struct mdtl_event *
mdtl_timeline_push(struct mdtl_timeline *tl)
{
	struct mdtl_event *e;

	if (tl->n == tl->alloc) {
		size_t cap = tl->alloc ? tl->alloc * 2 : 64;

		/* malloc'd, not in the arena: a big array grows in place */
		tl->v = mdtl_xreallocarray(tl->v, cap, sizeof *tl->v);
		tl->alloc = cap;
	}
	e = &tl->v[tl->n++];
	memset(e, 0, sizeof *e);
	return e;
}

void
mdtl_timeline_add(struct mdtl_timeline *tl, const struct mdtl_event *e)
{
	struct mdtl_event *c = mdtl_timeline_push(tl);
	size_t i;

	*c = *e;
	c->order = tl->n - 1;
	if (tl->borrow)
		return;
	c->date_text = dup(tl, e->date_text);
	c->location = dup(tl, e->location);
	c->quote = dup(tl, e->quote);
	c->sentence = dup(tl, e->sentence);
	if (e->words.v != NULL) {
		c->words.v = mdtl_arena_alloc(&tl->arena, (e->words.n + 1) *
		    sizeof *c->words.v);
		c->words.h = mdtl_arena_alloc(&tl->arena, (e->words.n + 1) *
		    sizeof *c->words.h);
		memcpy(c->words.h, e->words.h, e->words.n * sizeof *e->words.h);
		for (i = 0; i < e->words.n; i++)
			c->words.v[i] = dup(tl, e->words.v[i]);
	}
	c->why_cue = dup(tl, e->why_cue);
	c->why_actor = dup(tl, e->why_actor);
	c->why_date = dup(tl, e->why_date);
	c->why_merge = dup(tl, e->why_merge);
	c->cameo = dup(tl, e->cameo);
	c->article = copy_meta(tl, e->article);
	c->actors = mdtl_arena_calloc(&tl->arena, e->nactors + 1,
	    sizeof *c->actors);
	c->aactors = e->nactors + 1;
	for (i = 0; i < e->nactors; i++) {
		c->actors[i] = e->actors[i];
		c->actors[i].id = dup(tl, e->actors[i].id);
		c->actors[i].name = dup(tl, e->actors[i].name);
		c->actors[i].aliases = dup_all(tl, e->actors[i].aliases,
		    e->actors[i].naliases);
	}
	c->mentions = mdtl_arena_calloc(&tl->arena, e->nmentions + 1,
	    sizeof *c->mentions);
	c->amentions = e->nmentions + 1;
	for (i = 0; i < e->nmentions; i++) {
		c->mentions[i] = e->mentions[i];
		/* most often the sentence itself: one copy for both */
		c->mentions[i].text = e->mentions[i].text != NULL &&
		    c->sentence != NULL && strcmp(e->mentions[i].text,
		    c->sentence) == 0 ? c->sentence :
		    dup(tl, e->mentions[i].text);
		c->mentions[i].article = c->article->id;
		c->mentions[i].source = c->article->path;
		if (e->mentions[i].atom != NULL)
			c->mentions[i].atom = i > 0 && e->mentions[i].atom ==
			    e->mentions[i - 1].atom ? c->mentions[i - 1].atom :
			    copy_atom(tl, e->mentions[i].atom);
	}
}

void
mdtl_timeline_take(struct mdtl_timeline *tl, struct mdtl_timeline *from)
{
	size_t i;

	if (tl->n + from->n > tl->alloc) {
		size_t cap = tl->alloc ? tl->alloc : 64;

		while (cap < tl->n + from->n)
			cap *= 2;
		tl->v = mdtl_xreallocarray(tl->v, cap, sizeof *tl->v);
		tl->alloc = cap;
	}
	for (i = 0; i < from->n; i++) {
		tl->v[tl->n] = from->v[i];
		tl->v[tl->n].order = tl->n;
		tl->n++;
	}
	mdtl_arena_take(&tl->arena, &from->arena);
	tl->narticles += from->narticles;
	from->n = from->narticles = 0;
	from->last_src = from->last_copy = from->last_read = NULL;
}

/*
 * A sort key, made once per event: comparing events directly worked out
 * both date ranges on every comparison and moved 300-byte events about.
 */
struct sort_key {
	long		 first, last;
	uint64_t	 id8;		/* the id's first 8 bytes, in order */
	const char	*id, *path;
	size_t		 span, at;
	int		 type, undated;
};

static int
cmp_id(const struct sort_key *a, const struct sort_key *b)
{
	if (a->id8 != b->id8)
		return a->id8 < b->id8 ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* Dated first; earlier first day; then earlier or wider last day. */
static int
cmp_key_dates(const struct sort_key *a, const struct sort_key *b,
    int widest)
{
	if (a->undated != b->undated)
		return a->undated ? 1 : -1;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	if (a->last != b->last)
		return (a->last < b->last) != widest ? -1 : 1;
	return 0;
}

/*
 * As told: by the article's path ("c.jsonl:9" before "c.jsonl:10", as
 * folders are read), then the place in it, then type and id; what the
 * event is, not the order it came in, so a merge gives it again.
 */
static int
cmp_key_read(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;
	int c = cmp_key_dates(a, b, 0);

	if (c)
		return c;
	if ((c = strverscmp(a->path, b->path)) != 0)
		return c;
	if (a->span != b->span)
		return a->span < b->span ? -1 : 1;
	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	if ((c = cmp_id(a, b)) != 0)
		return c;
	return a->at < b->at ? -1 : a->at > b->at;
}

static int
cmp_key_id(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;
	int c = cmp_key_dates(a, b, 0);

	if (c)
		return c;
	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	if ((c = cmp_id(a, b)) != 0)
		return c;
	return a->at < b->at ? -1 : a->at > b->at;
}

static int
cmp_key_canonical(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;
	int c;

	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	/* the widest first, so a month stands for the days inside it */
	if ((c = cmp_key_dates(a, b, 1)) != 0)
		return c;
	if ((c = cmp_id(a, b)) != 0)
		return c;
	return a->at < b->at ? -1 : a->at > b->at;
}

static void
make_key(const struct mdtl_event *e, size_t at, struct sort_key *k)
{
	size_t b, idl = strlen(e->id);

	memset(k, 0, sizeof *k);
	k->undated = e->date.gran == MDTL_GRAN_NONE;
	if (!k->undated)
		mdtl_date_range(&e->date, &k->first, &k->last);
	k->id = e->id;
	for (b = 0; b < 8; b++)
		k->id8 = k->id8 << 8 | (b < idl ? (unsigned char)e->id[b] : 0);
	k->path = e->article != NULL && e->article->path != NULL ?
	    e->article->path : "";
	k->span = e->span.start;
	k->at = at;
	k->type = (int)e->type;
}

int
mdtl_event_cmp_canonical(const struct mdtl_event *a,
    const struct mdtl_event *b)
{
	struct sort_key ka, kb;

	make_key(a, 0, &ka);
	make_key(b, 0, &kb);
	return cmp_key_canonical(&ka, &kb);
}

int
mdtl_event_cmp_read(const struct mdtl_event *a, const struct mdtl_event *b)
{
	struct sort_key ka, kb;

	make_key(a, 0, &ka);
	make_key(b, 0, &kb);
	return cmp_key_read(&ka, &kb);
}

/*
 * As many events as an article gives, most often: their keys are sorted on
 * the stack, by insertion (every order is total, so any sort gives the same).
 */
#define SMALL_SORT	32

static void
insertion_sort(struct sort_key *k, size_t n,
    int (*cmp)(const void *, const void *))
{
	struct sort_key tmp;
	size_t i, j;

	for (i = 1; i < n; i++) {
		tmp = k[i];
		for (j = i; j > 0 && cmp(&k[j - 1], &tmp) > 0; j--)
			k[j] = k[j - 1];
		k[j] = tmp;
	}
}

void
mdtl_timeline_order(struct mdtl_timeline *tl, enum mdtl_order order)
{
	struct sort_key *k, small_k[SMALL_SORT];
	struct mdtl_event tmp;
	size_t i, j, n = tl->n, *from, small_from[SMALL_SORT];
	int (*cmp)(const void *, const void *) =
	    order == MDTL_ORDER_CANONICAL ? cmp_key_canonical :
	    order == MDTL_ORDER_ID ? cmp_key_id : cmp_key_read;

	if (n < 2)
		return;
	k = n <= SMALL_SORT ? small_k : mdtl_xmalloc(n * sizeof *k);
	for (i = 0; i < n; i++)
		make_key(&tl->v[i], i, &k[i]);
	if (n <= SMALL_SORT)
		insertion_sort(k, n, cmp);
	else
		qsort(k, n, sizeof *k, cmp);
	/* position i takes the event at from[i]: each cycle moved once */
	from = n <= SMALL_SORT ? small_from : mdtl_xmalloc(n * sizeof *from);
	for (i = 0; i < n; i++)
		from[i] = k[i].at;
	if (k != small_k)
		free(k);
	for (i = 0; i < n; i++) {
		if (from[i] == i)
			continue;
		tmp = tl->v[i];
		for (j = i; from[j] != i; ) {
			size_t next = from[j];

			tl->v[j] = tl->v[next];
			from[j] = j;
			j = next;
		}
		tl->v[j] = tmp;
		from[j] = j;
	}
	if (from != small_from)
		free(from);
}

void
mdtl_timeline_sort(struct mdtl_timeline *tl, int by_id)
{
	mdtl_timeline_order(tl, by_id ? MDTL_ORDER_ID : MDTL_ORDER_READ);
}

void
mdtl_timeline_release(struct mdtl_timeline *tl)
{
	mdtl_arena_release(&tl->arena);
	free(tl->v);
	memset(tl, 0, sizeof *tl);
}

/* Case-insensitive (ASCII) substring search. */
static const char *
ci_find(const char *h, const char *n)
{
	size_t nl = strlen(n);

	if (h == NULL)
		return NULL;
	for (; *h; h++)
		if (strncasecmp(h, n, nl) == 0)
			return h;
	return nl == 0 ? h : NULL;
}

/* The day an event's article was published, for dated titles. */
static long
day_of(const struct mdtl_event *e)
{
	struct mdtl_date d;

	if (e->article == NULL || e->article->published == NULL ||
	    mdtl_timex_parse(e->article->published, &d) < 0)
		return 0;
	return mdtl_date_day(&d);
}

/*
 * "russia+": an actor on Russia's side, from the data (its country, or a
 * role that speaks for it on the event's day).
 */
static int
side_match(const char *want, size_t len, const struct mdtl_event *e,
    const struct mdtl_lexicon *lex)
{
	const struct mdtl_actor *side, *a;
	char name[128];
	size_t i;

	if (lex == NULL || len >= sizeof name)
		return 0;
	memcpy(name, want, len);
	name[len] = '\0';
	if ((side = mdtl_lexicon_find_actor(lex, name, day_of(e))) == NULL &&
	    (side = mdtl_lexicon_find_actor(lex, name, 0)) == NULL)
		return 0;
	for (i = 0; i < e->nactors; i++)
		if ((a = mdtl_lexicon_find_actor(lex, e->actors[i].id, 0)) !=
		    NULL && strcmp(a->id, e->actors[i].id) == 0 &&
		    mdtl_actor_on_side(a, side, day_of(e)))
			return 1;
	return 0;
}

static int
actor_match(const char *want, const struct mdtl_event *e,
    const struct mdtl_lexicon *lex)
{
	const struct mdtl_actor *a;
	size_t i, len = strlen(want);

	if (len > 1 && want[len - 1] == '+')
		return side_match(want, len - 1, e, lex);
	a = lex ? mdtl_lexicon_find_actor(lex, want, day_of(e)) : NULL;
	if (a == NULL && lex != NULL)
		a = mdtl_lexicon_find_actor(lex, want, 0);
	for (i = 0; i < e->nactors; i++) {
		if (a != NULL) {
			if (strcmp(e->actors[i].id, a->id) == 0)
				return 1;
		} else if (strcasecmp(e->actors[i].id, want) == 0 ||
		    ci_find(e->actors[i].name, want) != NULL)
			return 1;
	}
	return 0;
}

int
mdtl_filter_match(const struct mdtl_filter *f, const struct mdtl_event *e,
    const struct mdtl_lexicon *lex)
{
	size_t i;
	long first, last;

	if (f->types && !(f->types & (1u << e->type)))
		return 0;
	if (f->has_since || f->has_until) {
		if (e->date.gran == MDTL_GRAN_NONE)
			return 0;
		mdtl_date_range(&e->date, &first, &last);
		if (f->has_since && last < f->since)
			return 0;
		if (f->has_until && first > f->until)
			return 0;
	}
	if (f->actors.n) {
		for (i = 0; i < f->actors.n; i++)
			if (actor_match(f->actors.v[i], e, lex))
				break;
		if (i == f->actors.n)
			return 0;
	}
	if (f->greps.n) {
		for (i = 0; i < f->greps.n; i++) {
			const char *g = f->greps.v[i];
			size_t k;

			if (ci_find(e->sentence, g) ||
			    (e->quote && ci_find(e->quote, g)))
				break;
			for (k = 0; k < e->nactors; k++)
				if (ci_find(e->actors[k].name, g))
					break;
			if (k < e->nactors)
				break;
		}
		if (i == f->greps.n)
			return 0;
	}
	return 1;
}

int
mdtl_filter_type_match(const struct mdtl_filter *f, enum mdtl_event_type t)
{
	return !f->types || (f->types & (1u << t));
}

void
mdtl_timeline_filter(struct mdtl_timeline *tl, const struct mdtl_filter *f,
    const struct mdtl_lexicon *lex)
{
	size_t i, out = 0;

	for (i = 0; i < tl->n; i++)
		if (mdtl_filter_match(f, &tl->v[i], lex))
			tl->v[out++] = tl->v[i];
	tl->n = out;
}

int
mdtl_timeline_add_packed(struct mdtl_timeline *tl, const char *bytes,
    size_t len)
{
	struct mdtl_event *e = mdtl_timeline_push(tl);

	if (mdtl_event_unpack(e, &tl->arena, bytes, len, tl->last_read) < 0) {
		tl->n--;
		return -1;
	}
	tl->last_read = e->article;
	e->order = tl->n - 1;
	return 0;
}

int
mdtl_timeline_add_json(struct mdtl_timeline *tl, struct mdtl_json *json,
    const char *line, size_t len, const char **why)
{
	struct mdtl_event *e = mdtl_timeline_push(tl);

	if (mdtl_event_json_read(e, &tl->arena, json, line, len,
	    tl->last_read, why) < 0) {
		tl->n--;
		return -1;
	}
	tl->last_read = e->article;
	e->order = tl->n - 1;
	return 0;
}

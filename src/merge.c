/* merge.c: one event from the several articles that tell it. */
#define _GNU_SOURCE		/* qsort_r() */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/buf.h"
#include "mdtl/text.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

/*
 * Merging is a function of the set of events as each article tells them,
 * its atoms.  Two atoms are one event when they are related: the same
 * type, dates one inside the other, an actor in common, other articles,
 * and words in common (or, for meetings, one place).  A record is a
 * connected component of that relation, and keeps what each of its atoms
 * needs to be worked out again (struct mdtl_atom, in its mentions), so
 * that merging records first splits them back into their atoms: merging
 * is then commutative, associative and idempotent, and a partial merge
 * of any part of a corpus merges on as the whole would.
 *
 * A record shows its lead, the first of its atoms in the canonical order:
 * a component of a larger set is a union of components of its parts, so
 * its lead is the lead of one of them, whose record holds it whole.  The
 * date is the most precise of its atoms' (the first in that order among
 * equals), the actors those of all its atoms, the lead's first.
 *
 * Comparing every atom with every other would be quadratic in the atoms
 * of one type, actor and day.  Related atoms share an actor, a date range
 * that holds both (one of a few calendar units around an atom), and, to
 * have a Jaccard similarity of t, one of the first words of each in a
 * global order, rarest first ("prefix filtering": two sets with an overlap
 * of t|A| share one of the |A| - t|A| + 1 first words of A).  Atoms are
 * indexed by those keys, and each is compared only with those it shares
 * one with.
 */

/* ---- a record back into its atoms ---- */

static int
cmp_atom_id(const void *pa, const void *pb)
{
	const struct mdtl_mention *a = pa, *b = pb;
	int c = strcmp(a->atom->id, b->atom->id);

	if (c)
		return c;
	return a < b ? -1 : a > b;
}

/* Actor id of record e, as the record gives it (its name, its other
 * names, its role); by its id alone when the record has none. */
static struct mdtl_event_actor
actor_of(const struct mdtl_event *e, const char *id)
{
	struct mdtl_event_actor a = { id, id, MDTL_ROLE_PARTICIPANT, NULL, 0 };
	size_t i;

	for (i = 0; i < e->nactors; i++)
		if (strcmp(e->actors[i].id, id) == 0) {
			a = e->actors[i];
			a.id = id;
			break;
		}
	return a;
}

static int
same_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/*
 * Atom a of record rec, with its n mentions, as the event it was: the
 * lead takes the record's sentence, quote and article; the date winner
 * (won) the date's words and basis.
 */
static void
atom_event(struct mdtl_timeline *tl, struct mdtl_event *x,
    const struct mdtl_event *rec, const struct mdtl_atom *a,
    const struct mdtl_mention *m, size_t n, int won)
{
	int lead = strcmp(a->id, rec->id) == 0;
	size_t i;

	memset(x, 0, sizeof *x);
	snprintf(x->id, sizeof x->id, "%s", a->id);
	x->type = rec->type;
	x->date = a->date;
	if (a->date.gran != MDTL_GRAN_NONE)
		snprintf(x->date_value, sizeof x->date_value, "%s",
		    a->date_value);
	if (won) {
		x->date_text = rec->date_text;
		x->basis = rec->basis;
		x->why_date = rec->why_date;
	}
	x->actors = mdtl_arena_calloc(&tl->arena, a->nactors + 1,
	    sizeof *x->actors);
	x->aactors = a->nactors + 1;
	for (i = 0; i < a->nactors; i++)
		x->actors[i] = actor_of(rec, a->actors[i]);
	x->nactors = a->nactors;
	x->location = a->location;
	x->cameo = rec->cameo;
	x->order = rec->order;
	x->component = rec->component;
	x->mentions = mdtl_arena_alloc(&tl->arena, (n + 1) * sizeof *m);
	x->amentions = n + 1;
	for (i = 0; i < n; i++) {
		x->mentions[i] = m[i];
		x->mentions[i].atom = NULL;
		x->mentions[i].home = 0;
	}
	x->nmentions = n;
	if (lead) {
		x->quote = rec->quote;
		x->sentence = rec->sentence;
		x->article = rec->article;
		x->span = rec->span;
		x->why_cue = rec->why_cue;
		x->why_actor = rec->why_actor;
	} else {
		struct mdtl_article_meta *meta = mdtl_arena_calloc(&tl->arena,
		    1, sizeof *meta);
		const struct mdtl_mention *own = &m[0];

		for (i = 0; i < n && !m[i].home; i++)
			;
		if (i < n)
			own = &m[i];
		meta->id = own->article;
		meta->path = own->source;
		meta->credits = mdtl_arena_calloc(&tl->arena, 1,
		    sizeof *meta->credits);
		x->article = meta;
		x->sentence = own->text != NULL ? own->text : "";
		x->span = own->span;
	}
}

/*
 * Record i, when it holds several atoms, becomes them: itself its lead,
 * the others added at the end.  A record whose lead is not among its
 * atoms (not one merging wrote) is taken as one atom.
 */
static void
split(struct mdtl_timeline *tl, size_t i)
{
	struct mdtl_event rec = tl->v[i];
	struct mdtl_mention *m;
	const char *won = NULL;
	size_t j, k, n = rec.nmentions;
	int has_lead = 0;

	for (j = 0; j < n; j++)
		if (rec.mentions[j].atom == NULL)
			break;
	if (n == 0 || j < n)
		goto one;
	m = mdtl_arena_alloc(&tl->arena, n * sizeof *m);
	memcpy(m, rec.mentions, n * sizeof *m);
	qsort(m, n, sizeof *m, cmp_atom_id);
	/* the date's words belong to the first atom (by id) of its date */
	for (j = 0; j < n; j++) {
		const struct mdtl_atom *a = m[j].atom;

		has_lead |= strcmp(a->id, rec.id) == 0;
		if (won == NULL && (rec.date.gran == MDTL_GRAN_NONE ?
		    a->date.gran == MDTL_GRAN_NONE :
		    a->date.gran != MDTL_GRAN_NONE &&
		    strcmp(a->date_value, rec.date_value) == 0))
			won = a->id;
	}
	if (!has_lead)
		goto one;
	for (j = 0; j < n; j = k) {
		struct mdtl_event *x;

		for (k = j + 1; k < n && strcmp(m[k].atom->id, m[j].atom->id)
		    == 0; k++)
			;
		x = strcmp(m[j].atom->id, rec.id) == 0 ? &tl->v[i] :
		    mdtl_timeline_push(tl);
		atom_event(tl, x, &rec, m[j].atom, &m[j], k - j,
		    same_str(won, m[j].atom->id));
	}
	return;
one:
	for (j = 0; j < n; j++) {
		rec.mentions[j].atom = NULL;
		rec.mentions[j].home = 0;
	}
}

static void
split_records(struct mdtl_timeline *tl)
{
	size_t i, n = tl->n;

	for (i = 0; i < n; i++)
		if (tl->v[i].nmentions > 0 && tl->v[i].mentions[0].atom != NULL)
			split(tl, i);
}

/* ---- mentions ---- */

static int
cmp_source(const struct mdtl_mention *a, const struct mdtl_mention *b)
{
	int c = strcmp(a->article, b->article);

	if (c)
		return c;
	return strcmp(a->source ? a->source : "", b->source ? b->source : "");
}

static int
cmp_mentions(const void *pa, const void *pb)
{
	const struct mdtl_mention *a = pa, *b = pb;
	int c = cmp_source(a, b);

	if (c)
		return c;
	if (a->span.start != b->span.start)
		return a->span.start < b->span.start ? -1 : 1;
	if (a->atom == NULL || b->atom == NULL)
		return (a->atom != NULL) - (b->atom != NULL);
	return strcmp(a->atom->id, b->atom->id);
}

/* e's mentions after r's, growing by doubling. */
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
		else
			m[n - 1].home |= m[i].home;
	r->nmentions = n;
	for (i = 0; i < n; i++)
		if (i == 0 || cmp_source(&m[i], &m[i - 1]) != 0)
			distinct++;
	r->sources = distinct;
}

/*
 * Atoms with one id are one atom read more than once (an input given
 * twice, a shard merged again): kept once, their mentions together, and
 * again (when not NULL) told of each reading folded into the one kept.
 * The array is in canonical order, so they are next to each other.
 */
static void
fold_same_ids(struct mdtl_timeline *tl, mdtl_timeline_again again,
    void *arg)
{
	size_t i, out = 0;

	for (i = 0; i < tl->n; i++) {
		struct mdtl_event *e = &tl->v[i], *r;
		size_t k;

		if (out == 0 || strcmp(tl->v[out - 1].id, e->id) != 0 ||
		    tl->v[out - 1].type != e->type) {
			tl->v[out++] = *e;
			continue;
		}
		r = &tl->v[out - 1];
		if (again != NULL)
			again(arg, r, e);
		/* the same atom again (as it mostly is): nothing to add */
		for (k = 0; k < e->nmentions && e->nmentions == r->nmentions &&
		    cmp_mentions(&e->mentions[k], &r->mentions[k]) == 0; k++)
			;
		if (k == e->nmentions && e->nmentions == r->nmentions)
			continue;
		add_mentions(tl, r, e);
		distinct_mentions(r);
	}
	tl->n = out;
}

/* ---- the relation ---- */

/* What merging knows of an atom. */
struct node {
	const struct mdtl_words	*words;
	long			 first, last;
	uint64_t		 actor_bits;
	size_t			 parent;	/* union-find */
	size_t			 seen;		/* the atom that last looked
						   at it, + 1 */
	/* atoms alike in all the relation reads form a group, filed once
	   under its first: the others' lead, or its first member + 1 */
	size_t			 group, members;
	int			 one_source;	/* all told by one article */
	int			 joined;	/* its members united */
	uint64_t		 sig;
};

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
same_article(const struct mdtl_event *a, const struct mdtl_event *b)
{
	size_t i, j;

	for (i = 0; i < a->nmentions; i++)
		for (j = 0; j < b->nmentions; j++)
			if (cmp_source(&a->mentions[i], &b->mentions[j]) == 0)
				return 1;
	return 0;
}

/* Can the atom relate to any: dated, with an actor. */
static int
may_relate(const struct mdtl_event *e)
{
	return e->date.gran != MDTL_GRAN_NONE && e->nactors > 0;
}

/*
 * Would atoms a and b be one event, told by other articles?  Their words'
 * similarity goes to *sim and an actor they share to *actor.
 */
static int
alike(const struct mdtl_event *a, const struct node *na,
    const struct mdtl_event *b, const struct node *nb, double *sim,
    const char **actor)
{
	if (a->type != b->type || !may_relate(a) || !may_relate(b))
		return 0;
	if (!((na->first <= nb->first && nb->last <= na->last) ||
	    (nb->first <= na->first && na->last <= nb->last)))
		return 0;
	if ((na->actor_bits & nb->actor_bits) == 0 ||
	    (*actor = shared_actor(a, b)) == NULL)
		return 0;
	*sim = mdtl_words_similarity(na->words, nb->words);
	if (*sim >= MDTL_MERGE_SIMILAR)
		return 1;
	/* a meeting is known by its place: "the Lisbon summit" and "a
	 * summit in Lisbon in November" */
	return a->type == MDTL_EVENT_SUMMIT && a->location != NULL &&
	    b->location != NULL && strcmp(a->location, b->location) == 0;
}

/* Are atoms a and b one event? */
static int
related(const struct mdtl_event *a, const struct node *na,
    const struct mdtl_event *b, const struct node *nb, double *sim,
    const char **actor)
{
	return alike(a, na, b, nb, sim, actor) && !same_article(a, b);
}

static size_t
find(struct node *n, size_t i)
{
	while (n[i].parent != i) {
		n[i].parent = n[n[i].parent].parent;
		i = n[i].parent;
	}
	return i;
}

static void
unite(struct node *n, size_t a, size_t b)
{
	a = find(n, a);
	b = find(n, b);
	/* the first in canonical order is the root */
	if (a < b)
		n[b].parent = a;
	else if (b < a)
		n[a].parent = b;
}

/* ---- the index ---- */

/*
 * A map from 64-bit keys to values, open addressing; value 0: none.  Key
 * and value side by side: a look-up that misses touches one cache line.
 */
struct slot {
	uint64_t	 k;
	size_t		 v;
};

struct map {
	struct slot	*s;
	size_t		 cap, n;
};

static size_t
map_home(const struct map *m, uint64_t key)
{
	return (size_t)(key * 0x9e3779b97f4a7c15ull >> 20) & (m->cap - 1);
}

static size_t *
map_slot(struct map *m, uint64_t key)
{
	size_t h;

	if ((m->n + 1) * 2 > m->cap) {
		struct map bigger;
		size_t i;

		bigger.cap = m->cap ? m->cap * 2 : 1024;
		bigger.n = 0;
		bigger.s = mdtl_xcalloc(bigger.cap, sizeof *bigger.s);
		for (i = 0; i < m->cap; i++)
			if (m->s[i].v != 0)
				*map_slot(&bigger, m->s[i].k) = m->s[i].v;
		free(m->s);
		*m = bigger;
	}
	for (h = map_home(m, key); m->s[h].v != 0 && m->s[h].k != key;
	    h = (h + 1) & (m->cap - 1))
		;
	if (m->s[h].v == 0) {
		m->s[h].k = key;
		m->n++;
	}
	return &m->s[h].v;
}

static size_t
map_get(const struct map *m, uint64_t key)
{
	size_t h;

	if (m->cap == 0)
		return 0;
	for (h = map_home(m, key); m->s[h].v != 0; h = (h + 1) & (m->cap - 1))
		if (m->s[h].k == key)
			return m->s[h].v;
	return 0;
}

static void
map_release(struct map *m)
{
	free(m->s);
	memset(m, 0, sizeof *m);
}

static uint64_t
mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdull;
}

/*
 * A block: type, date range, how the range is the atom's, and an actor
 * (or none, 0).  Atoms are filed under each word (or their place) in the
 * block of no actor; the blocks of their actors say which are worth
 * looking in.
 */
static uint64_t
block_key(const struct mdtl_event *e, unsigned actor, long first, long last,
    uint64_t tag)
{
	uint64_t h = mix((uint64_t)e->type + 1, actor);

	return mix(mix(mix(h, (uint64_t)first), (uint64_t)last), tag);
}

/* The posting lists: the atoms filed under each key. */
struct postings {
	struct map	 heads;		/* key -> first entry + 1 */
	uint32_t	*next, *atom;	/* entry i: next entry + 1, its atom */
	size_t		 n, cap;
};

static void
post(struct postings *p, uint64_t key, size_t atom)
{
	size_t *head;

	/* (4 billion entries: more tellings than memory holds) */
	if (p->n >= UINT32_MAX - 1 || atom >= UINT32_MAX)
		return;
	head = map_slot(&p->heads, key);
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 4096;
		p->next = mdtl_xreallocarray(p->next, p->cap, sizeof *p->next);
		p->atom = mdtl_xreallocarray(p->atom, p->cap, sizeof *p->atom);
	}
	p->next[p->n] = (uint32_t)*head;
	p->atom[p->n] = (uint32_t)atom;
	*head = ++p->n;
}

/*
 * The calendar units (decade ... day) that hold the days first..last, as
 * ranges: every date that holds an atom's is one of them.  Returns how
 * many, at most MDTL_GRAN_SECOND.
 */
static size_t
holders(long first, long last, long *f, long *l)
{
	struct mdtl_date u;
	enum mdtl_gran g;
	size_t n = 0, i;

	for (g = MDTL_GRAN_DECADE; g <= MDTL_GRAN_DAY; g++) {
		mdtl_date_unit(first, g, &u);
		mdtl_date_range(&u, &f[n], &l[n]);
		if (f[n] > first || l[n] < last)
			continue;
		for (i = 0; i < n && (f[i] != f[n] || l[i] != l[n]); i++)
			;
		if (i == n)
			n++;
	}
	return n;
}

/* ---- the words an atom is filed under ---- */

/* How many atoms have each word (by its hash): rarest first. */
struct word_rank {
	size_t		 df;
	unsigned	 h;
	const char	*s;
};

static int
cmp_rank(const void *pa, const void *pb)
{
	const struct word_rank *a = pa, *b = pb;

	if (a->df != b->df)
		return a->df < b->df ? -1 : 1;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return strcmp(a->s, b->s);
}

/* w's words into r (w->n of room), rarest first. */
static void
rank_words(const struct mdtl_words *w, const struct map *df,
    struct word_rank *r)
{
	size_t i;

	for (i = 0; i < w->n; i++) {
		r[i].df = map_get(df, w->h[i]);
		r[i].h = w->h[i];
		r[i].s = w->v[i];
	}
	qsort(r, w->n, sizeof *r, cmp_rank);
}

/*
 * How many of n words, rarest first, a set sharing `share` of them has
 * one of.  The overlap is rounded down, so the prefix errs long.
 */
static size_t
prefix(size_t n, double share)
{
	size_t need = (size_t)(share * (double)n * (1 - 1e-9));

	return need == 0 ? n : n - need + 1;
}

/* What filing and looking up share. */
struct index {
	struct mdtl_timeline	*tl;
	struct node		*nodes;
	struct postings		 p;
	const struct map	*df;		/* word hash -> atoms with it */
	struct map		 ranges;	/* an atom's type and range -> 1 */
	struct map		 blocks;	/* a block filed in -> 1 */
	struct word_rank	*ranks;
};

static uint64_t
range_key(const struct mdtl_event *e, long first, long last)
{
	return mix(mix((uint64_t)e->type + 1, (uint64_t)first),
	    (uint64_t)last);
}

static void look_up(struct index *, size_t, uint64_t);

/* How an atom is filed under a date range: its own, or one holding it. */
#define OWN		0x6f776eull
#define INSIDE		0x696e736964ull

/* What an atom is filed and looked up by, worked out once per pass. */
struct keys {
	size_t		 i;		/* the atom */
	size_t		 np;		/* its prefix: how many ranked words */
	const unsigned	*actor;		/* its actors' hashes */
	uint64_t	 place;		/* a meeting's place, or 0 */
	int		 probe;		/* looked up, not filed */
};

/*
 * The atom in one block (a date range, OWN or INSIDE): its actors' blocks
 * marked, or asked whether one holds anything; then each prefix word and
 * its place filed or looked up in the block of no actor.
 */
static void
in_block(struct index *ix, const struct keys *k, long first, long last,
    uint64_t tag)
{
	const struct mdtl_event *e = &ix->tl->v[k->i];
	uint64_t block, key;
	size_t a, w;

	/* most blocks looked up hold none of its actors */
	for (a = 0; a < e->nactors; a++) {
		block = block_key(e, k->actor[a], first, last, tag);
		if (!k->probe)
			*map_slot(&ix->blocks, block) = 1;
		else if (map_get(&ix->blocks, block) != 0)
			break;
	}
	if (k->probe && a == e->nactors)
		return;
	/* the words, for any actor: alike() asks for one */
	block = block_key(e, 0, first, last, tag);
	for (w = 0; w < k->np + (k->place != 0); w++) {
		key = mix(block, w < k->np ? ix->ranks[w].h : k->place);
		if (k->probe)
			look_up(ix, k->i, key);
		else
			post(&ix->p, key, k->i);
	}
}

/*
 * Atom i looked up (probe), then filed.  Atoms come in order of how many
 * words they have, fewest first, so each pair is compared when the one
 * with more words comes: filed under a shorter prefix (two sets as
 * similar as t share 2t/(1+t) of the smaller's words), looked up by the
 * longer one (t of the larger's).  By date, an atom is filed under its
 * own range (OWN), and under each range that holds it and is some atom's
 * own (INSIDE); it looks up the ranges that hold it among OWN, and its
 * own among INSIDE: every pair of dates one inside the other meets.
 */
static void
each_key(struct index *ix, size_t i, size_t np, int probe)
{
	const struct mdtl_event *e = &ix->tl->v[i];
	const struct node *n = &ix->nodes[i];
	long f[MDTL_GRAN_SECOND], l[MDTL_GRAN_SECOND];
	unsigned few[16], *actor;
	struct keys k;
	size_t nr, a, r;

	actor = e->nactors <= 16 ? few : mdtl_xmalloc(e->nactors *
	    sizeof *actor);
	for (a = 0; a < e->nactors; a++)
		actor[a] = mdtl_text_hash(e->actors[a].id);
	k.i = i;
	k.np = np;
	k.actor = actor;
	k.place = e->type == MDTL_EVENT_SUMMIT && e->location != NULL ?
	    mix(0x706c616365ull, mdtl_text_hash(e->location)) : 0;
	k.probe = probe;
	in_block(ix, &k, n->first, n->last, probe ? INSIDE : OWN);
	nr = holders(n->first, n->last, f, l);
	for (r = 0; r < nr; r++) {
		int own = f[r] == n->first && l[r] == n->last;

		if (own ? probe : map_get(&ix->ranges, range_key(e, f[r],
		    l[r])) != 0)
			in_block(ix, &k, f[r], l[r], probe ? OWN : INSIDE);
	}
	if (actor != few)
		free(actor);
}

static int
cmp_size(const void *pa, const void *pb, void *arg)
{
	const struct node *n = arg;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (n[a].words->n != n[b].words->n)
		return n[a].words->n < n[b].words->n ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* One thread's share of the work: types whose groups it relates. */
struct share {
	struct index	 ix;
	size_t		*by, m;		/* the groups, by type, fewest words
					   first within each */
	pthread_t	 th;
	int		 started;
};

static void *
relate_share(void *arg)
{
	struct share *sh = arg;
	struct index *ix = &sh->ix;
	const struct node *n = ix->nodes;
	double t = MDTL_MERGE_SIMILAR;
	size_t i;

	for (i = 0; i < sh->m; i++) {
		const struct mdtl_event *e = &ix->tl->v[sh->by[i]];

		*map_slot(&ix->ranges, range_key(e, n[sh->by[i]].first,
		    n[sh->by[i]].last)) = 1;
	}
	for (i = 0; i < sh->m; i++) {
		size_t words = n[sh->by[i]].words->n;

		rank_words(n[sh->by[i]].words, ix->df, ix->ranks);
		each_key(ix, sh->by[i], prefix(words, t), 1);
		each_key(ix, sh->by[i], prefix(words, 2 * t / (1 + t)), 0);
	}
	map_release(&ix->ranges);
	map_release(&ix->blocks);
	map_release(&ix->p.heads);
	free(ix->p.next);
	free(ix->p.atom);
	free(ix->ranks);
	return NULL;
}

static int
cmp_type_size(const void *pa, const void *pb, void *arg)
{
	const struct index *ix = arg;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (ix->tl->v[a].type != ix->tl->v[b].type)
		return ix->tl->v[a].type < ix->tl->v[b].type ? -1 : 1;
	return cmp_size(pa, pb, ix->nodes);
}

/*
 * Every pair of related groups united (see each_key()).  Types never
 * relate, so up to jobs threads take a share of the types each, the
 * largest type first to the least loaded: the unions are the same in any
 * share, as no two threads touch one type's atoms.
 */
static void
relate_all(struct index *proto, size_t count, size_t most, size_t jobs)
{
	struct node *n = proto->nodes;
	size_t *by = mdtl_xmalloc((count + 1) * sizeof *by), i, j, k, m = 0;
	size_t start[MDTL_EVENT_NTYPES + 1];
	struct share sh[MDTL_EVENT_NTYPES];
	int taken[MDTL_EVENT_NTYPES] = { 0 };

	for (i = 0; i < count; i++) {
		/* a group is filed and looked up under its first */
		if (may_relate(&proto->tl->v[i]) && n[i].group == i)
			by[m++] = i;
	}
	qsort_r(by, m, sizeof *by, cmp_type_size, proto);
	/* where each type's groups start in by */
	for (k = 0, i = 0; k <= MDTL_EVENT_NTYPES; k++) {
		while (i < m && (size_t)proto->tl->v[by[i]].type < k)
			i++;
		start[k] = i;
	}
	if (jobs < 1)
		jobs = 1;
	if (jobs > MDTL_EVENT_NTYPES)
		jobs = MDTL_EVENT_NTYPES;
	for (j = 0; j < jobs; j++) {
		sh[j].ix = *proto;
		sh[j].ix.ranks = mdtl_xcalloc(most + 1, sizeof *sh[j].ix.ranks);
		sh[j].by = mdtl_xmalloc((m + 1) * sizeof *sh[j].by);
		sh[j].m = 0;
	}
	/* the largest type not yet taken, to the share with the least */
	for (k = 0; k < MDTL_EVENT_NTYPES; k++) {
		size_t big = MDTL_EVENT_NTYPES, least = 0, t;

		for (t = 0; t < MDTL_EVENT_NTYPES; t++)
			if (!taken[t] && (big == MDTL_EVENT_NTYPES ||
			    start[t + 1] - start[t] > start[big + 1] -
			    start[big]))
				big = t;
		taken[big] = 1;
		for (j = 1; j < jobs; j++)
			if (sh[j].m < sh[least].m)
				least = j;
		memcpy(sh[least].by + sh[least].m, by + start[big],
		    (start[big + 1] - start[big]) * sizeof *by);
		sh[least].m += start[big + 1] - start[big];
	}
	free(by);
	for (j = 1; j < jobs; j++)
		sh[j].started = pthread_create(&sh[j].th, NULL, relate_share,
		    &sh[j]) == 0;
	relate_share(&sh[0]);
	for (j = 1; j < jobs; j++)
		if (sh[j].started)
			pthread_join(sh[j].th, NULL);
		else
			relate_share(&sh[j]);	/* no thread: here */
	for (j = 0; j < jobs; j++)
		free(sh[j].by);
}

/* The members of group g united, once. */
static void
join(struct node *n, size_t g)
{
	size_t m;

	if (n[g].joined)
		return;
	n[g].joined = 1;
	for (m = n[g].members; m != 0; m = n[m - 1].members)
		unite(n, g, m - 1);
}

/* The groups filed under key, compared with group i once each. */
static void
look_up(struct index *ix, size_t i, uint64_t key)
{
	struct node *n = ix->nodes;
	const struct mdtl_event *v = ix->tl->v;
	size_t at, c;
	const char *actor;
	double sim;

	for (at = map_get(&ix->p.heads, key); at != 0; at = ix->p.next[at - 1])
	{
		c = ix->p.atom[at - 1];
		if (c == i || n[c].seen == i + 1)
			continue;
		n[c].seen = i + 1;
		if (find(n, c) == find(n, i) || !alike(&v[i], &n[i], &v[c],
		    &n[c], &sim, &actor) || (n[i].one_source &&
		    n[c].one_source && same_article(&v[i], &v[c])))
			continue;
		join(n, i);
		join(n, c);
		unite(n, i, c);
	}
}

/* ---- atoms alike ---- */

static int
same_actors(const struct mdtl_event *a, const struct mdtl_event *b)
{
	size_t i, j;

	if (a->nactors != b->nactors)
		return 0;
	for (i = 0; i < a->nactors; i++) {
		for (j = 0; j < b->nactors && strcmp(a->actors[i].id,
		    b->actors[j].id) != 0; j++)
			;
		if (j == b->nactors)
			return 0;
	}
	return 1;
}

/* Alike in all the relation reads: they relate to the same atoms. */
static int
same_signature(const struct mdtl_event *a, const struct node *na,
    const struct mdtl_event *b, const struct node *nb)
{
	size_t i;

	if (a->type != b->type || a->date.gran != b->date.gran ||
	    strcmp(a->date_value, b->date_value) != 0 ||
	    na->words->n != nb->words->n || !same_str(a->location,
	    b->location) || !same_actors(a, b))
		return 0;
	for (i = 0; i < na->words->n; i++)
		if (na->words->h[i] != nb->words->h[i] ||
		    strcmp(na->words->v[i], nb->words->v[i]) != 0)
			return 0;
	return 1;
}

static uint64_t
signature(const struct mdtl_event *e, const struct node *n)
{
	uint64_t h = mix((uint64_t)e->type + 1, mdtl_text_hash(e->date_value)),
	    actors = 0;
	size_t i;

	for (i = 0; i < e->nactors; i++)	/* in any order */
		actors += mix(0, mdtl_text_hash(e->actors[i].id));
	h = mix(h, actors);
	for (i = 0; i < n->words->n; i++)
		h = mix(h, n->words->h[i]);
	return mix(h, e->location ? mdtl_text_hash(e->location) : 0);
}

/* Do all of e's mentions come from the article of f's first? */
static int
told_by(const struct mdtl_event *e, const struct mdtl_event *f)
{
	size_t i;

	for (i = 0; i < e->nmentions; i++)
		if (cmp_source(&e->mentions[i], &f->mentions[0]) != 0)
			return 0;
	return 1;
}

static int
cmp_sig(const void *pa, const void *pb, void *arg)
{
	const struct node *n = arg;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (n[a].sig != n[b].sig)
		return n[a].sig < n[b].sig ? -1 : 1;
	return a < b ? -1 : a > b;
}

/*
 * Atoms alike (a wire story that many outlets print) relate to the same
 * others: each group is filed and looked up once, under its first atom.
 * Told by two articles or more, its atoms are one event already.
 */
static void
group_alike(struct mdtl_timeline *tl, struct node *n, size_t count)
{
	size_t *by = mdtl_xmalloc((count + 1) * sizeof *by), i, j, k, m = 0;

	for (i = 0; i < count; i++) {
		n[i].group = i;
		n[i].one_source = 1;
		if (!may_relate(&tl->v[i]))
			continue;
		n[i].sig = signature(&tl->v[i], &n[i]);
		by[m++] = i;
	}
	qsort_r(by, m, sizeof *by, cmp_sig, n);
	for (i = 0; i < m; i = j) {
		for (j = i + 1; j < m && n[by[j]].sig == n[by[i]].sig; j++)
			;
		/* within a run of one hash, each joins the first like it */
		for (k = i + 1; k < j; k++) {
			size_t g, x = by[k], at;

			for (at = i; at < k; at++)
				if (n[by[at]].group == by[at] &&
				    same_signature(&tl->v[by[at]], &n[by[at]],
				    &tl->v[x], &n[x]))
					break;
			if (at == k)
				continue;
			g = by[at];
			n[x].group = g;
			n[x].members = n[g].members;
			n[g].members = x + 1;
			if (!told_by(&tl->v[x], &tl->v[g]))
				n[g].one_source = 0;
		}
	}
	for (i = 0; i < m; i++)
		if (n[by[i]].group == by[i] && !told_by(&tl->v[by[i]],
		    &tl->v[by[i]]))
			n[by[i]].one_source = 0;
	for (i = 0; i < m; i++)
		if (n[by[i]].group == by[i] && !n[by[i]].one_source)
			join(n, by[i]);
	free(by);
}

/* ---- records from components ---- */

static struct mdtl_atom *
make_atom(struct mdtl_arena *ar, const struct mdtl_event *e)
{
	struct mdtl_atom *a = mdtl_arena_calloc(ar, 1, sizeof *a);
	size_t i;

	a->id = mdtl_arena_strdup(ar, e->id);
	a->date = e->date;
	a->date_value = e->date.gran == MDTL_GRAN_NONE ? NULL :
	    mdtl_arena_strdup(ar, e->date_value);
	a->actors = mdtl_arena_calloc(ar, e->nactors + 1, sizeof *a->actors);
	for (i = 0; i < e->nactors; i++)
		a->actors[i] = e->actors[i].id;
	a->nactors = e->nactors;
	a->location = e->location;
	return a;
}

/*
 * Why atom m is in the record: the first atom before it (of the first
 * few) it is related to.
 */
static void
say_why(struct mdtl_buf *why, struct mdtl_timeline *tl, struct node *n,
    const size_t *member, size_t k)
{
	const struct mdtl_event *e = &tl->v[member[k]];
	const char *actor = NULL;
	double sim = 0;
	char simbuf[32];
	size_t j;

	for (j = 0; j < k && j < 32; j++)
		if (related(&tl->v[member[j]], &n[member[j]], e,
		    &n[member[k]], &sim, &actor))
			break;
	mdtl_buf_adds(why, "; also told by ");
	mdtl_buf_adds(why, e->mentions[0].article);
	if (j == k || j == 32) {
		mdtl_buf_adds(why, ": through the events it tells alike");
		return;
	}
	snprintf(simbuf, sizeof simbuf, "%.2f", sim);
	mdtl_buf_adds(why, ": same type, dates that fit, '");
	mdtl_buf_adds(why, actor);
	mdtl_buf_adds(why, "' in both, words in common ");
	mdtl_buf_adds(why, simbuf);
}

/* The actors of the atoms member[0..k), each once, the first's first. */
static void
all_actors(struct mdtl_timeline *tl, struct mdtl_event *r,
    const size_t *member, size_t k)
{
	struct mdtl_event_actor *act;
	size_t i, j, a, n = 0;

	for (i = 0; i < k; i++)
		n += tl->v[member[i]].nactors;
	act = mdtl_arena_alloc(&tl->arena, (n + 1) * sizeof *act);
	n = 0;
	for (i = 0; i < k; i++) {
		const struct mdtl_event *e = &tl->v[member[i]];

		for (a = 0; a < e->nactors; a++) {
			for (j = 0; j < n && strcmp(act[j].id,
			    e->actors[a].id) != 0; j++)
				;
			if (j == n)
				act[n++] = e->actors[a];
		}
	}
	r->actors = act;
	r->nactors = n;
	r->aactors = n + 1;
}

/*
 * The mentions of the atoms member[0..k), each naming its atom, at home
 * where the atom's own sentence is; in order, each once.
 */
static void
all_mentions(struct mdtl_timeline *tl, struct mdtl_event *r,
    const size_t *member, size_t k)
{
	struct mdtl_mention *m;
	size_t i, j, n = 0;

	for (i = 0; i < k; i++)
		n += tl->v[member[i]].nmentions;
	m = mdtl_arena_alloc(&tl->arena, (n + 1) * sizeof *m);
	n = 0;
	for (i = 0; i < k; i++) {
		const struct mdtl_event *e = &tl->v[member[i]];
		const struct mdtl_atom *atom = make_atom(&tl->arena, e);
		size_t own;

		for (own = 0; own < e->nmentions && !same_str(
		    e->mentions[own].text, e->sentence); own++)
			;
		if (own == e->nmentions)
			own = 0;
		for (j = 0; j < e->nmentions; j++) {
			m[n] = e->mentions[j];
			m[n].home = j == own;
			m[n++].atom = atom;
		}
	}
	r->mentions = m;
	r->nmentions = n;
	r->amentions = n + 1;
	distinct_mentions(r);
}

/*
 * The record of a component, its atoms member[0..k) in canonical order:
 * the lead's event, with the best date, every actor and every mention.
 */
static void
make_record(struct mdtl_timeline *tl, struct node *nodes,
    const size_t *member, size_t k, struct mdtl_buf *why)
{
	struct mdtl_event *r = &tl->v[member[0]];
	const struct mdtl_event *best = r;
	size_t i;

	/* the most precise date; between equals, the first */
	for (i = 1; i < k; i++)
		if (tl->v[member[i]].date.gran > best->date.gran)
			best = &tl->v[member[i]];
	mdtl_buf_reset(why);
	mdtl_buf_adds(why, "merged");
	for (i = 1; i < k; i++)
		say_why(why, tl, nodes, member, i);
	/* the atoms, before the lead takes the best date and all actors */
	all_mentions(tl, r, member, k);
	all_actors(tl, r, member, k);
	if (best != r) {
		r->date = best->date;
		memcpy(r->date_value, best->date_value, sizeof r->date_value);
		r->date_text = best->date_text;
		r->basis = best->basis;
		r->why_date = best->why_date;
	}
	r->why_merge = mdtl_arena_strndup(&tl->arena, why->buf, why->len);
	for (i = 1; i < k; i++)
		tl->v[member[i]].merged = 1;
}

/* What the relation reads of atom i. */
static void
read_node(struct mdtl_timeline *tl, struct node *nodes, size_t i)
{
	struct mdtl_event *e = &tl->v[i];
	size_t j;

	nodes[i].words = mdtl_event_words(&tl->arena, e);
	mdtl_date_range(&e->date, &nodes[i].first, &nodes[i].last);
	for (j = 0; j < e->nactors; j++)
		nodes[i].actor_bits |= (uint64_t)1 <<
		    (mdtl_text_hash(e->actors[j].id) & 63);
}

/*
 * The relation over tl's atoms, each once and in canonical order: what
 * merging knows of each (union-find roots: the first atom of each
 * component).
 */
static struct node *
relate(struct mdtl_timeline *tl)
{
	struct index ix;
	struct map df;
	struct node *nodes;
	size_t i, j, n = tl->n, most = 0;

	memset(&ix, 0, sizeof ix);
	memset(&df, 0, sizeof df);
	nodes = mdtl_xcalloc(n, sizeof *nodes);
	for (i = 0; i < n; i++) {
		struct mdtl_event *e = &tl->v[i];

		e->merged = 0;
		nodes[i].parent = i;
		read_node(tl, nodes, i);
		if (!may_relate(e))
			continue;
		for (j = 0; j < nodes[i].words->n; j++)
			++*map_slot(&df, nodes[i].words->h[j]);
		if (nodes[i].words->n > most)
			most = nodes[i].words->n;
	}
	group_alike(tl, nodes, n);
	ix.tl = tl;
	ix.nodes = nodes;
	ix.df = &df;
	relate_all(&ix, n, most, tl->jobs);
	map_release(&df);
	return nodes;
}

void
mdtl_timeline_split(struct mdtl_timeline *tl)
{
	split_records(tl);
}

size_t *
mdtl_timeline_components(struct mdtl_timeline *tl, mdtl_timeline_again again,
    void *arg)
{
	struct node *nodes;
	size_t *root, i;

	mdtl_timeline_order(tl, MDTL_ORDER_CANONICAL);
	fold_same_ids(tl, again, arg);
	root = mdtl_xmalloc((tl->n + 1) * sizeof *root);
	if (tl->n == 0)
		return root;
	nodes = relate(tl);
	for (i = 0; i < tl->n; i++)
		root[i] = find(nodes, i);
	free(nodes);
	return root;
}

/*
 * tl's atoms (each once, in canonical order) united by their known
 * components (e->component), the first of each its root.  Only atoms of
 * components of two or more get what the reasons (say_why()) read.
 */
static struct node *
known(struct mdtl_timeline *tl)
{
	struct map first = { 0 };	/* component -> its first atom + 1 */
	struct node *nodes = mdtl_xcalloc(tl->n, sizeof *nodes);
	size_t i, *at, root;

	for (i = 0; i < tl->n; i++) {
		tl->v[i].merged = 0;
		at = map_slot(&first, tl->v[i].component);
		if (*at == 0)
			*at = i + 1;
		nodes[i].parent = *at - 1;
	}
	map_release(&first);
	for (i = 0; i < tl->n; i++) {
		if ((root = nodes[i].parent) == i)
			continue;
		if (nodes[root].words == NULL)
			read_node(tl, nodes, root);
		read_node(tl, nodes, i);
	}
	return nodes;
}

static size_t
merge_with(struct mdtl_timeline *tl, struct node *(*components)(
    struct mdtl_timeline *))
{
	struct node *nodes;
	struct mdtl_buf why = MDTL_BUF_INIT;
	size_t i, j, k, n, out, *member, *next, *tail;

	if (tl->n == 0)
		return 0;
	split_records(tl);
	mdtl_timeline_order(tl, MDTL_ORDER_CANONICAL);
	fold_same_ids(tl, NULL, NULL);
	n = tl->n;
	nodes = components(tl);

	/* each component's atoms, in canonical order, by a list per root */
	next = mdtl_xcalloc(n, sizeof *next);
	tail = mdtl_xcalloc(n, sizeof *tail);
	for (i = 0; i < n; i++) {
		size_t root = find(nodes, i);

		if (root != i)
			next[tail[root]] = i + 1;
		tail[root] = i;
	}
	member = mdtl_xmalloc(n * sizeof *member);
	for (i = 0; i < n; i++) {
		if (find(nodes, i) != i || next[i] == 0)
			continue;
		for (k = 0, j = i + 1; j != 0; j = next[j - 1])
			member[k++] = j - 1;
		make_record(tl, nodes, member, k, &why);
	}
	free(member);
	free(next);
	free(tail);
	free(nodes);
	mdtl_buf_release(&why);
	for (i = out = 0; i < tl->n; i++)
		if (!tl->v[i].merged)
			tl->v[out++] = tl->v[i];
	tl->n = out;
	return n - out;
}

size_t
mdtl_timeline_merge(struct mdtl_timeline *tl)
{
	return merge_with(tl, relate);
}

size_t
mdtl_timeline_merge_known(struct mdtl_timeline *tl)
{
	return merge_with(tl, known);
}

void
mdtl_event_merge_key(const struct mdtl_event *e, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s", mdtl_event_type_name(e->type),
	    e->date.gran == MDTL_GRAN_NONE ? "|-" : "");
}

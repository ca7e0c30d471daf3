/*
 * event-pack.c: records packed for temporary files.  A packed record says
 * what its JSON record says (event-json.c), field for field, and is read
 * back into the event that reading the JSON record makes: the same
 * defaults, the same strings shared.  tests/unit/event_pack_test.c holds
 * the two to that.
 */
#include <stdio.h>
#include <string.h>

#include "mdtl/date.h"
#include "mdtl/event-pack.h"

void
mdtl_pack_u32(struct mdtl_buf *b, size_t v)
{
	uint32_t u = (uint32_t)v;

	mdtl_buf_add(b, &u, sizeof u);
}

void
mdtl_pack_u64(struct mdtl_buf *b, uint64_t v)
{
	mdtl_buf_add(b, &v, sizeof v);
}

void
mdtl_pack_str(struct mdtl_buf *b, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	/* (a string of 4 GiB: no line of an input is that long) */
	mdtl_pack_u32(b, s != NULL && n < MDTL_PACK_NONE ? n : MDTL_PACK_NONE);
	if (s != NULL && n < MDTL_PACK_NONE)
		mdtl_buf_add(b, s, n);
}

/* size bytes of c into out, or c marked bad and out zeroed. */
static void
get(struct mdtl_unpack *c, void *out, size_t size)
{
	if (c->bad || (size_t)(c->end - c->p) < size) {
		c->bad = 1;
		memset(out, 0, size);
		return;
	}
	memcpy(out, c->p, size);
	c->p += size;
}

uint32_t
mdtl_unpack_u32(struct mdtl_unpack *c)
{
	uint32_t u;

	get(c, &u, sizeof u);
	return u;
}

uint64_t
mdtl_unpack_u64(struct mdtl_unpack *c)
{
	uint64_t u;

	get(c, &u, sizeof u);
	return u;
}

int
mdtl_unpack_view(struct mdtl_unpack *c, const char **s, size_t *len)
{
	uint32_t n = mdtl_unpack_u32(c);

	*s = NULL;
	*len = 0;
	if (c->bad)
		return -1;
	if (n == MDTL_PACK_NONE)
		return 1;
	if ((size_t)(c->end - c->p) < n) {
		c->bad = 1;
		return -1;
	}
	*s = c->p;
	*len = n;
	c->p += n;
	return 0;
}

const char *
mdtl_unpack_str(struct mdtl_unpack *c, struct mdtl_arena *ar)
{
	const char *s;
	size_t n;

	if (mdtl_unpack_view(c, &s, &n) != 0)
		return NULL;
	return mdtl_arena_strndup(ar, s, n);
}

int
mdtl_unpack_into(struct mdtl_unpack *c, char *out, size_t size)
{
	const char *s;
	size_t n;
	int r = mdtl_unpack_view(c, &s, &n);

	out[0] = '\0';
	if (r != 0)
		return r;
	if (n >= size) {
		c->bad = 1;
		return -1;
	}
	memcpy(out, s, n);
	out[n] = '\0';
	return 0;
}

size_t
mdtl_unpack_count(struct mdtl_unpack *c, size_t each)
{
	uint32_t n = mdtl_unpack_u32(c);

	if (!c->bad && n > (size_t)(c->end - c->p) / each)
		c->bad = 1;
	return c->bad ? 0 : n;
}

/* ---- packing ---- */

static void
pack_meta(struct mdtl_buf *b, const struct mdtl_article_meta *a)
{
	size_t i;

	mdtl_pack_str(b, a->id);
	mdtl_pack_str(b, a->title);
	mdtl_pack_str(b, a->published);
	mdtl_pack_str(b, a->source);
	mdtl_pack_str(b, a->section);
	mdtl_pack_u32(b, a->ncredits);
	for (i = 0; i < a->ncredits; i++)
		mdtl_pack_str(b, a->credits[i]);
	mdtl_pack_str(b, a->author);
	mdtl_pack_str(b, a->url);
	mdtl_pack_str(b, a->path);
}

/* How a mention names the event it comes from (event-json.c's atom()). */
enum { NO_ATOM, ATOM_BY_ID, ATOM_WHOLE };

static void
pack_mention(struct mdtl_buf *b, const struct mdtl_event *e,
    const struct mdtl_mention *m)
{
	const struct mdtl_atom *a = m->atom;
	size_t i;

	/* its text and article most often the record's: not again */
	mdtl_pack_str(b, m->text == NULL || (e->sentence != NULL &&
	    strcmp(m->text, e->sentence) == 0) ? NULL : m->text);
	mdtl_pack_u64(b, m->span.start);
	mdtl_pack_u64(b, m->span.end);
	mdtl_pack_str(b, m->article == NULL || (e->article->id != NULL &&
	    strcmp(m->article, e->article->id) == 0) ? NULL : m->article);
	mdtl_pack_str(b, m->source);
	mdtl_pack_u32(b, a == NULL ? NO_ATOM : m->home ? ATOM_WHOLE :
	    ATOM_BY_ID);
	if (a == NULL)
		return;
	mdtl_pack_str(b, a->id);
	if (!m->home)
		return;
	mdtl_pack_str(b, a->date.gran == MDTL_GRAN_NONE ? NULL :
	    a->date_value);
	mdtl_pack_u32(b, a->nactors);
	for (i = 0; i < a->nactors; i++)
		mdtl_pack_str(b, a->actors[i]);
	mdtl_pack_str(b, a->location);
}

void
mdtl_event_pack(struct mdtl_buf *b, const struct mdtl_event *e, int explain)
{
	size_t i, k;

	mdtl_pack_str(b, e->id);
	mdtl_pack_u32(b, e->type);
	mdtl_pack_str(b, e->date.gran == MDTL_GRAN_NONE ? NULL :
	    e->date_value);
	mdtl_pack_str(b, e->date_text);
	mdtl_pack_u32(b, e->basis);
	mdtl_pack_u32(b, e->nactors);
	for (i = 0; i < e->nactors; i++) {
		mdtl_pack_str(b, e->actors[i].id);
		mdtl_pack_str(b, e->actors[i].name);
		mdtl_pack_u32(b, e->actors[i].role);
		mdtl_pack_u32(b, e->actors[i].naliases);
		for (k = 0; k < e->actors[i].naliases; k++)
			mdtl_pack_str(b, e->actors[i].aliases[k]);
	}
	mdtl_pack_str(b, e->location);
	mdtl_pack_str(b, e->quote);
	mdtl_pack_str(b, e->sentence);
	pack_meta(b, e->article);
	mdtl_pack_u32(b, e->nmentions);
	for (i = 0; i < e->nmentions; i++)
		pack_mention(b, e, &e->mentions[i]);
	mdtl_pack_str(b, e->cameo);
	mdtl_pack_u64(b, e->sources ? e->sources : 1);
	mdtl_pack_u32(b, explain != 0);
	if (explain) {
		mdtl_pack_str(b, e->why_cue);
		mdtl_pack_str(b, e->why_actor);
		mdtl_pack_str(b, e->why_date);
		mdtl_pack_str(b, e->why_merge);
	}
}

/* ---- unpacking ---- */

/* Does the string s (len bytes; NULL: none) say what have says? */
static int
says(const char *have, const char *s, size_t len)
{
	return s == NULL ? have == NULL : have != NULL &&
	    strlen(have) == len && memcmp(have, s, len) == 0;
}

/* s (len bytes; NULL: none) as same when it says what same says, else
 * a copy. */
static const char *
shared(struct mdtl_arena *ar, const char *s, size_t len, const char *same)
{
	if (s == NULL)
		return NULL;
	if (same != NULL && says(same, s, len))
		return same;
	return mdtl_arena_strndup(ar, s, len);
}

#define META_FIELDS	8	/* id, title, ... path, credits aside */

/*
 * The article: prev when it says the same (an id of none is the empty
 * id there), else a copy.
 */
static const struct mdtl_article_meta *
unpack_meta(struct mdtl_unpack *c, struct mdtl_arena *ar,
    const struct mdtl_article_meta *prev)
{
	struct mdtl_article_meta *m;
	const char *f[META_FIELDS], *start, *end, **credits;
	size_t len[META_FIELDS], i, n;
	int same = prev != NULL;

	/* id, title, published, source, section; credits; author, url,
	   path */
	for (i = 0; i < 5; i++)
		mdtl_unpack_view(c, &f[i], &len[i]);
	n = mdtl_unpack_count(c, sizeof(uint32_t));
	start = c->p;
	for (i = 0; i < n; i++) {
		const char *s;
		size_t l;

		if (mdtl_unpack_view(c, &s, &l) != 0 || (same && (i >=
		    prev->ncredits || !says(prev->credits[i], s, l))))
			same = 0;
	}
	for (i = 5; i < META_FIELDS; i++)
		mdtl_unpack_view(c, &f[i], &len[i]);
	if (c->bad)
		return NULL;
	if (same && n == prev->ncredits && (says(prev->id, f[0], len[0]) ||
	    (f[0] == NULL && *prev->id == '\0')) &&
	    says(prev->title, f[1], len[1]) &&
	    says(prev->published, f[2], len[2]) &&
	    says(prev->source, f[3], len[3]) &&
	    says(prev->section, f[4], len[4]) &&
	    says(prev->author, f[5], len[5]) &&
	    says(prev->url, f[6], len[6]) && says(prev->path, f[7], len[7]))
		return prev;
	m = mdtl_arena_calloc(ar, 1, sizeof *m);
	m->id = f[0] != NULL ? mdtl_arena_strndup(ar, f[0], len[0]) : "";
	m->title = shared(ar, f[1], len[1], NULL);
	m->published = shared(ar, f[2], len[2], NULL);
	m->source = shared(ar, f[3], len[3], NULL);
	m->section = shared(ar, f[4], len[4], NULL);
	m->author = shared(ar, f[5], len[5], NULL);
	m->url = shared(ar, f[6], len[6], NULL);
	m->path = shared(ar, f[7], len[7], NULL);
	m->credits = credits = mdtl_arena_calloc(ar, n + 1, sizeof *credits);
	end = c->p;
	c->p = start;
	for (i = 0; i < n; i++)
		if ((credits[m->ncredits] = mdtl_unpack_str(c, ar)) != NULL)
			m->ncredits++;
	c->p = end;		/* past the fields after them, read above */
	return m;
}

static void
unpack_actors(struct mdtl_unpack *c, struct mdtl_arena *ar,
    struct mdtl_event *e)
{
	size_t i, k, n = mdtl_unpack_count(c, 4 * sizeof(uint32_t)), na;

	e->actors = mdtl_arena_calloc(ar, n + 1, sizeof *e->actors);
	e->aactors = n + 1;
	for (i = 0; i < n; i++) {
		struct mdtl_event_actor *a = &e->actors[e->nactors];
		const char *id = mdtl_unpack_str(c, ar);
		const char *name = mdtl_unpack_str(c, ar);
		uint32_t role = mdtl_unpack_u32(c);
		const char **al;

		na = mdtl_unpack_count(c, sizeof(uint32_t));
		al = na ? mdtl_arena_calloc(ar, na, sizeof *al) : NULL;
		for (k = 0; k < na; k++)
			al[k] = mdtl_unpack_str(c, ar);
		if (id == NULL)
			continue;
		a->id = id;
		a->name = name != NULL ? name : id;
		a->aliases = al;
		a->naliases = na;
		a->role = role < MDTL_ROLE_NKINDS ? (enum mdtl_role_kind)role :
		    MDTL_ROLE_PARTICIPANT;
		e->nactors++;
	}
}

/*
 * The event a mention comes from: by id, or whole (at the mention of its
 * own sentence); none when it has no id.
 */
static struct mdtl_atom *
unpack_atom(struct mdtl_unpack *c, struct mdtl_arena *ar, int *home)
{
	uint32_t how = mdtl_unpack_u32(c);
	struct mdtl_atom *a;
	const char *s;
	size_t i, n;

	*home = 0;
	if (how == NO_ATOM)
		return NULL;
	a = mdtl_arena_calloc(ar, 1, sizeof *a);
	a->id = mdtl_unpack_str(c, ar);
	a->date.gran = MDTL_GRAN_NONE;
	if (how == ATOM_WHOLE) {
		if ((s = mdtl_unpack_str(c, ar)) != NULL &&
		    mdtl_date_parse_value(s, &a->date) == 0)
			a->date_value = s;
		else
			a->date.gran = MDTL_GRAN_NONE;
		n = mdtl_unpack_count(c, sizeof(uint32_t));
		a->actors = mdtl_arena_calloc(ar, n + 1, sizeof *a->actors);
		for (i = 0; i < n; i++)
			if ((s = mdtl_unpack_str(c, ar)) != NULL)
				a->actors[a->nactors++] = s;
		a->location = mdtl_unpack_str(c, ar);
	}
	if (a->id == NULL)
		return NULL;
	*home = how == ATOM_WHOLE;
	return a;
}

static void
unpack_mentions(struct mdtl_unpack *c, struct mdtl_arena *ar,
    struct mdtl_event *e)
{
	size_t i, n = mdtl_unpack_count(c, 4 * sizeof(uint32_t));
	const char *s;
	size_t len;

	e->mentions = mdtl_arena_calloc(ar, n + 1, sizeof *e->mentions);
	e->amentions = n + 1;
	for (i = 0; i < n && !c->bad; i++) {
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		mdtl_unpack_view(c, &s, &len);
		m->text = s == NULL ? e->sentence : shared(ar, s, len,
		    e->sentence);
		m->span.start = mdtl_unpack_u64(c);
		m->span.end = mdtl_unpack_u64(c);
		mdtl_unpack_view(c, &s, &len);
		m->article = s == NULL ? e->article->id : shared(ar, s, len,
		    e->article->id);
		mdtl_unpack_view(c, &s, &len);
		m->source = shared(ar, s, len, e->article->path);
		/* the path tells two articles with one id apart */
		if (m->source == NULL && strcmp(m->article,
		    e->article->id) == 0)
			m->source = e->article->path;
		m->atom = unpack_atom(c, ar, &m->home);
	}
	mdtl_event_settle(e);
}

int
mdtl_event_unpack(struct mdtl_event *e, struct mdtl_arena *ar,
    const char *bytes, size_t len, const struct mdtl_article_meta *prev)
{
	struct mdtl_unpack c = { bytes, bytes + len, 0 };
	uint32_t u;
	int r;

	memset(e, 0, sizeof *e);
	if (mdtl_unpack_into(&c, e->id, sizeof e->id) != 0)
		return -1;
	if ((u = mdtl_unpack_u32(&c)) >= MDTL_EVENT_NTYPES)
		return -1;
	e->type = (enum mdtl_event_type)u;
	e->date.gran = MDTL_GRAN_NONE;
	if ((r = mdtl_unpack_into(&c, e->date_value, sizeof e->date_value)) <
	    0 || (r == 0 && mdtl_date_parse_value(e->date_value, &e->date) <
	    0))
		return -1;
	e->date_text = mdtl_unpack_str(&c, ar);
	u = mdtl_unpack_u32(&c);
	e->basis = u < MDTL_BASIS_NBASES ? (enum mdtl_date_basis)u :
	    MDTL_BASIS_NONE;
	unpack_actors(&c, ar, e);
	e->location = mdtl_unpack_str(&c, ar);
	e->quote = mdtl_unpack_str(&c, ar);
	if ((e->sentence = mdtl_unpack_str(&c, ar)) == NULL ||
	    (e->article = unpack_meta(&c, ar, prev)) == NULL)
		return -1;
	unpack_mentions(&c, ar, e);
	e->cameo = mdtl_unpack_str(&c, ar);
	e->sources = mdtl_unpack_u64(&c);
	if (mdtl_unpack_u32(&c)) {
		e->why_cue = mdtl_unpack_str(&c, ar);
		e->why_actor = mdtl_unpack_str(&c, ar);
		e->why_date = mdtl_unpack_str(&c, ar);
		e->why_merge = mdtl_unpack_str(&c, ar);
	}
	return c.bad || c.p != c.end ? -1 : 0;
}

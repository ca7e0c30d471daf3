/*
 * event-json.c: the event record as JSON: written (JSON Lines, JSON),
 * read back, and peeked at without parsing.  The only place that knows
 * how a record is spelt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/event-json.h"
#include "mdtl/json.h"

static void
str(struct mdtl_buf *b, const char *s)
{
	if (s == NULL)
		mdtl_buf_adds(b, "null");
	else
		mdtl_buf_add_json_str(b, s, strlen(s));
}

/* A name from our own tables (types, roles, bases): plain ASCII, or NULL. */
static void
name(struct mdtl_buf *b, const char *s)
{
	if (s == NULL) {
		mdtl_buf_add(b, "null", 4);
		return;
	}
	mdtl_buf_addch(b, '"');
	mdtl_buf_adds(b, s);
	mdtl_buf_addch(b, '"');
}

/*
 * A key: one of ours, plain ASCII, so written as it is, with the comma
 * before it unless it comes first; one copy of a literal.
 */
#define key(b, k, first) \
	((first) ? mdtl_buf_add((b), "\"" k "\":", sizeof(k) + 2) : \
	    mdtl_buf_add((b), ",\"" k "\":", sizeof(k) + 3))

/* A count, without printf. */
static void
num(struct mdtl_buf *b, size_t v)
{
	char d[24];

	const char *s = mdtl_utoa(d, v);

	mdtl_buf_add(b, s, (size_t)(d + 23 - s));
}

/* n strings as a JSON array. */
static void
strs(struct mdtl_buf *b, const char *const *v, size_t n)
{
	size_t i;

	mdtl_buf_addch(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			mdtl_buf_addch(b, ',');
		str(b, v[i]);
	}
	mdtl_buf_addch(b, ']');
}

static void
article(struct mdtl_buf *b, const struct mdtl_article_meta *a)
{
	mdtl_buf_addch(b, '{');
	key(b, "id", 1);
	str(b, a->id);
	key(b, "title", 0);
	str(b, a->title);
	key(b, "published", 0);
	str(b, a->published);
	key(b, "source", 0);
	str(b, a->source);
	key(b, "section", 0);
	str(b, a->section);
	key(b, "credits", 0);
	strs(b, a->credits, a->ncredits);
	key(b, "author", 0);
	str(b, a->author);
	key(b, "url", 0);
	str(b, a->url);
	key(b, "path", 0);
	str(b, a->path);
	mdtl_buf_addch(b, '}');
}

/*
 * The event a mention comes from, in a record of several: whole at the
 * mention of its own sentence, by its id at its others.
 */
static void
atom(struct mdtl_buf *b, const struct mdtl_atom *a, int home)
{
	key(b, "event", 0);
	str(b, a->id);
	if (!home)
		return;
	key(b, "date", 0);
	str(b, a->date.gran == MDTL_GRAN_NONE ? NULL : a->date_value);
	key(b, "actors", 0);
	strs(b, a->actors, a->nactors);
	key(b, "location", 0);
	str(b, a->location);
}

void
mdtl_json_memo_release(struct mdtl_json_memo *m)
{
	mdtl_buf_release(&m->json);
	m->article = NULL;
}

void
mdtl_event_json(struct mdtl_buf *b, const struct mdtl_event *e, int explain,
    struct mdtl_json_memo *memo)
{
	size_t i, sent = 0, sentlen = 0;

	mdtl_buf_addch(b, '{');
	key(b, "id", 1);
	str(b, e->id);
	key(b, "type", 0);
	name(b, mdtl_event_type_name(e->type));
	key(b, "date", 0);
	str(b, e->date.gran == MDTL_GRAN_NONE ? NULL : e->date_value);
	key(b, "date_text", 0);
	str(b, e->date_text);
	key(b, "date_basis", 0);
	name(b, mdtl_basis_name(e->basis));
	key(b, "actors", 0);
	mdtl_buf_addch(b, '[');
	for (i = 0; i < e->nactors; i++) {
		if (i)
			mdtl_buf_addch(b, ',');
		mdtl_buf_addch(b, '{');
		key(b, "id", 1);
		str(b, e->actors[i].id);
		key(b, "name", 0);
		str(b, e->actors[i].name);
		key(b, "role", 0);
		name(b, mdtl_role_name(e->actors[i].role));
		if (e->actors[i].naliases > 0) {
			key(b, "aliases", 0);
			strs(b, e->actors[i].aliases, e->actors[i].naliases);
		}
		mdtl_buf_addch(b, '}');
	}
	mdtl_buf_addch(b, ']');
	key(b, "location", 0);
	str(b, e->location);
	key(b, "quote", 0);
	str(b, e->quote);
	key(b, "sentence", 0);
	sent = b->len;
	str(b, e->sentence);
	sentlen = b->len - sent;
	key(b, "mentions", 0);
	mdtl_buf_addch(b, '[');
	for (i = 0; i < e->nmentions; i++) {
		if (i)
			mdtl_buf_addch(b, ',');
		mdtl_buf_addch(b, '{');
		key(b, "text", 1);
		/* most often the sentence again, already written */
		if (e->sentence != NULL && e->mentions[i].text != NULL &&
		    (e->mentions[i].text == e->sentence ||
		    strcmp(e->mentions[i].text, e->sentence) == 0)) {
			mdtl_buf_grow(b, sentlen);
			memcpy(b->buf + b->len, b->buf + sent, sentlen);
			b->len += sentlen;
			b->buf[b->len] = '\0';
		} else
			str(b, e->mentions[i].text);
		key(b, "span", 0);
		mdtl_buf_addch(b, '[');
		num(b, e->mentions[i].span.start);
		mdtl_buf_addch(b, ',');
		num(b, e->mentions[i].span.end);
		mdtl_buf_addch(b, ']');
		key(b, "article", 0);
		str(b, e->mentions[i].article);
		key(b, "path", 0);
		str(b, e->mentions[i].source);
		if (e->mentions[i].atom != NULL)
			atom(b, e->mentions[i].atom, e->mentions[i].home);
		mdtl_buf_addch(b, '}');
	}
	mdtl_buf_addch(b, ']');
	key(b, "article", 0);
	if (memo == NULL)
		article(b, e->article);
	else {
		if (memo->article != e->article) {
			mdtl_buf_reset(&memo->json);
			/* an article's object is a few hundred bytes */
			mdtl_buf_grow(&memo->json, 1024);
			article(&memo->json, e->article);
			memo->article = e->article;
		}
		mdtl_buf_add(b, memo->json.buf, memo->json.len);
	}
	key(b, "cameo", 0);
	str(b, e->cameo);
	key(b, "sources", 0);
	num(b, e->sources ? e->sources : 1);
	if (explain) {
		key(b, "explain", 0);
		mdtl_buf_addch(b, '{');
		key(b, "cue", 1);
		str(b, e->why_cue);
		key(b, "actor", 0);
		str(b, e->why_actor);
		key(b, "date", 0);
		str(b, e->why_date);
		if (e->why_merge != NULL) {
			key(b, "merge", 0);
			str(b, e->why_merge);
		}
		mdtl_buf_addch(b, '}');
	}
	mdtl_buf_addch(b, '}');
}

/* ---- reading a record back ---- */

/* o's string at key: same, when it says what same says; else a copy. */
static const char *
shared_str(struct mdtl_arena *a, struct json_object *o, const char *key,
    const char *same)
{
	const char *s = mdtl_json_str(o, key);

	if (s != NULL && same != NULL && strcmp(s, same) == 0)
		return same;
	return s ? mdtl_arena_strdup(a, s) : NULL;
}

static const char *
dup_str(struct mdtl_arena *a, struct json_object *o, const char *key)
{
	return shared_str(a, o, key, NULL);
}

/* One of our names, n of them, as we write it (the case too), or -1. */
static int
named(const char *(*name_of)(int), int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (name_of(i) != NULL && strcmp(name_of(i), s) == 0)
			return i;
	return -1;
}

static const char *
type_name(int i)
{
	return mdtl_event_type_name((enum mdtl_event_type)i);
}

static const char *
role_name(int i)
{
	return mdtl_role_name((enum mdtl_role_kind)i);
}

static const char *
basis_name(int i)
{
	return mdtl_basis_name((enum mdtl_date_basis)i);
}

/* A count or an offset: a whole number from 0, else 0. */
static size_t
count(struct json_object *v)
{
	int64_t n;

	if (!json_object_is_type(v, json_type_int))
		return 0;
	n = json_object_get_int64(v);
	return n > 0 ? (size_t)n : 0;
}

static int
same_field(const char *have, struct json_object *a, const char *key)
{
	const char *s = mdtl_json_str(a, key);

	return s == NULL ? have == NULL || (*have == '\0' &&
	    strcmp(key, "id") == 0) : have != NULL && strcmp(s, have) == 0;
}

/* Does the article object say what m says? */
static int
same_meta(const struct mdtl_article_meta *m, struct json_object *a)
{
	size_t i, n;
	struct json_object *c = mdtl_json_array(a, "credits", &n), *v;

	if (!same_field(m->id, a, "id") || !same_field(m->path, a, "path") ||
	    !same_field(m->title, a, "title") ||
	    !same_field(m->published, a, "published") ||
	    !same_field(m->source, a, "source") ||
	    !same_field(m->section, a, "section") ||
	    !same_field(m->url, a, "url") ||
	    !same_field(m->author, a, "author"))
		return 0;
	for (i = 0; i < n; i++) {
		v = json_object_array_get_idx(c, i);
		if (!json_object_is_type(v, json_type_string))
			return 0;
		if (i >= m->ncredits || strcmp(m->credits[i],
		    json_object_get_string(v)) != 0)
			return 0;
	}
	return n == m->ncredits;
}

static const struct mdtl_article_meta *
meta(struct mdtl_arena *ar, struct json_object *a,
    const struct mdtl_article_meta *prev)
{
	struct mdtl_article_meta *m;
	size_t i, n;
	struct json_object *c;

	if (prev != NULL && same_meta(prev, a))
		return prev;
	m = mdtl_arena_calloc(ar, 1, sizeof *m);
	c = mdtl_json_array(a, "credits", &n);
	m->id = dup_str(ar, a, "id");
	m->title = dup_str(ar, a, "title");
	m->published = dup_str(ar, a, "published");
	m->source = dup_str(ar, a, "source");
	m->section = dup_str(ar, a, "section");
	m->url = dup_str(ar, a, "url");
	m->author = dup_str(ar, a, "author");
	m->path = dup_str(ar, a, "path");
	if (m->id == NULL)
		m->id = "";
	m->credits = mdtl_arena_calloc(ar, n + 1, sizeof *m->credits);
	for (i = 0; i < n; i++) {
		struct json_object *v = json_object_array_get_idx(c, i);

		if (json_object_is_type(v, json_type_string))
			m->credits[m->ncredits++] = mdtl_arena_strdup(ar,
			    json_object_get_string(v));
	}
	return m;
}

/* An actor's other names, its "aliases" (none when there are none). */
static void
aliases(struct mdtl_event_actor *ea, struct mdtl_arena *ar,
    struct json_object *o)
{
	size_t i, n;
	struct json_object *v = mdtl_json_array(o, "aliases", &n);
	const char **al;

	ea->aliases = NULL;
	ea->naliases = 0;
	if (n == 0)
		return;
	al = mdtl_arena_calloc(ar, n, sizeof *al);
	for (i = 0; i < n; i++) {
		struct json_object *s = json_object_array_get_idx(v, i);

		if (json_object_is_type(s, json_type_string))
			al[ea->naliases++] = mdtl_arena_strdup(ar,
			    json_object_get_string(s));
	}
	ea->aliases = al;
}

static void
actors(struct mdtl_event *e, struct mdtl_arena *ar, struct json_object *j)
{
	size_t i, n;
	struct json_object *v = mdtl_json_array(j, "actors", &n);
	const char *s;
	int k;

	e->actors = mdtl_arena_calloc(ar, n + 1, sizeof *e->actors);
	e->aactors = n + 1;
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_array_get_idx(v, i);
		struct mdtl_event_actor *ea = &e->actors[e->nactors];

		if ((ea->id = dup_str(ar, o, "id")) == NULL)
			continue;
		ea->name = dup_str(ar, o, "name");
		if (ea->name == NULL)
			ea->name = ea->id;
		aliases(ea, ar, o);
		s = mdtl_json_str(o, "role");
		k = s ? named(role_name, MDTL_ROLE_NKINDS, s) : -1;
		ea->role = k >= 0 ? (enum mdtl_role_kind)k :
		    MDTL_ROLE_PARTICIPANT;
		e->nactors++;
	}
}

/*
 * The event a mention comes from, when it names one ("event"): whole
 * ("date", "actors", "location") at the mention of its own sentence.
 */
static struct mdtl_atom *
read_atom(struct mdtl_arena *ar, struct json_object *o, int *home)
{
	const char *id = mdtl_json_str(o, "event"), *s;
	struct mdtl_atom *a;
	struct json_object *v;
	size_t i, n;

	*home = 0;
	if (id == NULL)
		return NULL;
	a = mdtl_arena_calloc(ar, 1, sizeof *a);
	a->id = mdtl_arena_strdup(ar, id);
	if ((v = mdtl_json_get(o, "actors")) == NULL)
		return a;
	*home = 1;
	if ((s = mdtl_json_str(o, "date")) != NULL &&
	    mdtl_date_parse_value(s, &a->date) == 0)
		a->date_value = mdtl_arena_strdup(ar, s);
	else
		a->date.gran = MDTL_GRAN_NONE;
	v = mdtl_json_array(o, "actors", &n);
	a->actors = mdtl_arena_calloc(ar, n + 1, sizeof *a->actors);
	for (i = 0; i < n; i++) {
		struct json_object *id_j = json_object_array_get_idx(v, i);

		if (json_object_is_type(id_j, json_type_string))
			a->actors[a->nactors++] = mdtl_arena_strdup(ar,
			    json_object_get_string(id_j));
	}
	a->location = dup_str(ar, o, "location");
	return a;
}

static void
mentions(struct mdtl_event *e, struct mdtl_arena *ar, struct json_object *j)
{
	size_t i, n;
	struct json_object *v = mdtl_json_array(j, "mentions", &n);

	e->mentions = mdtl_arena_calloc(ar, n + 1, sizeof *e->mentions);
	e->amentions = n + 1;
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_array_get_idx(v, i);
		struct json_object *sp = mdtl_json_get(o, "span");
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		/* most often the record's sentence and article: not copied */
		m->text = shared_str(ar, o, "text", e->sentence);
		m->article = shared_str(ar, o, "article", e->article->id);
		m->atom = read_atom(ar, o, &m->home);
		if (m->text == NULL)
			m->text = e->sentence;
		if (m->article == NULL)
			m->article = e->article->id;
		/* the path tells two articles with one id apart */
		m->source = shared_str(ar, o, "path", e->article->path);
		if (m->source == NULL && strcmp(m->article, e->article->id) == 0)
			m->source = e->article->path;
		if (json_object_is_type(sp, json_type_array) &&
		    json_object_array_length(sp) == 2) {
			m->span.start = count(json_object_array_get_idx(sp, 0));
			m->span.end = count(json_object_array_get_idx(sp, 1));
		}
	}
	mdtl_event_settle(e);
}

int
mdtl_event_json_read(struct mdtl_event *e, struct mdtl_arena *ar,
    struct mdtl_json *json, const char *line, size_t len,
    const struct mdtl_article_meta *prev, const char **why)
{
	struct json_object *j, *a;
	const char *s;
	size_t col;
	int k;

	memset(e, 0, sizeof *e);
	if ((j = mdtl_json_parse(json, line, len, &s, &col)) == NULL ||
	    !json_object_is_type(j, json_type_object)) {
		*why = j ? "not a JSON object" : "not JSON";
		json_object_put(j);
		return -1;
	}
	if ((s = mdtl_json_str(j, "type")) == NULL ||
	    (k = named(type_name, MDTL_EVENT_NTYPES, s)) < 0 ||
	    mdtl_json_str(j, "id") == NULL ||
	    mdtl_json_str(j, "sentence") == NULL ||
	    !json_object_is_type(mdtl_json_get(j, "article"),
	    json_type_object)) {
		*why = "not an event record (id, type, sentence, article)";
		json_object_put(j);
		return -1;
	}
	/* a date that rolled over (2011-02-29, 2011-W53) would misplace it */
	if ((s = mdtl_json_str(j, "date")) != NULL &&
	    mdtl_date_parse_value(s, &e->date) < 0) {
		*why = "a \"date\" that names no real day, week or month";
		json_object_put(j);
		return -1;
	}
	if (s != NULL)
		snprintf(e->date_value, sizeof e->date_value, "%s", s);
	snprintf(e->id, sizeof e->id, "%s", mdtl_json_str(j, "id"));
	e->type = (enum mdtl_event_type)k;
	e->date_text = dup_str(ar, j, "date_text");
	if ((s = mdtl_json_str(j, "date_basis")) != NULL &&
	    (k = named(basis_name, MDTL_BASIS_NBASES, s)) > 0)
		e->basis = (enum mdtl_date_basis)k;
	actors(e, ar, j);
	e->location = dup_str(ar, j, "location");
	e->quote = dup_str(ar, j, "quote");
	e->sentence = dup_str(ar, j, "sentence");
	e->cameo = dup_str(ar, j, "cameo");
	e->article = meta(ar, mdtl_json_get(j, "article"), prev);
	e->sources = count(mdtl_json_get(j, "sources"));
	if ((a = mdtl_json_get(j, "explain")) != NULL) {
		e->why_cue = dup_str(ar, a, "cue");
		e->why_actor = dup_str(ar, a, "actor");
		e->why_date = dup_str(ar, a, "date");
		e->why_merge = dup_str(ar, a, "merge");
	}
	mentions(e, ar, j);
	json_object_put(j);
	return 0;
}

/* ---- peeking at a record ---- */

/* The string value of the first "key": in a JSON line, or NULL. */
static const char *
json_value(const char *line, size_t len, const char *key, size_t *vlen)
{
	size_t kl = strlen(key);
	const char *p = line, *end = line + len, *q;

	while ((q = memchr(p, '"', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - q) > kl + 2 && memcmp(q + 1, key, kl) == 0 &&
		    q[kl + 1] == '"' && q[kl + 2] == ':') {
			q += kl + 3;
			if (q < end && *q == '"') {
				const char *e = memchr(q + 1, '"',
				    (size_t)(end - q - 1));

				if (e == NULL)
					return NULL;
				*vlen = (size_t)(e - q - 1);
				return q + 1;
			}
			*vlen = 0;
			return q;	/* not a string: null, a number */
		}
		p = q + 1;
	}
	return NULL;
}

int
mdtl_event_json_peek_type(const char *line, size_t len)
{
	const char *v;
	char buf[32];
	size_t vl;

	/* the record's own "type" comes before any other */
	if ((v = json_value(line, len, "type", &vl)) == NULL || vl == 0 ||
	    vl >= sizeof buf)
		return -1;
	memcpy(buf, v, vl);
	buf[vl] = '\0';
	return mdtl_event_type_find(buf);
}

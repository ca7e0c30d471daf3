/* timeline-json.c: events read back from their JSON records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/json.h"
#include "mdtl/timeline.h"

static const char *
str(struct mdtl_timeline *tl, struct json_object *o, const char *key)
{
	const char *s = mdtl_json_str(o, key);

	return s ? mdtl_arena_strdup(&tl->arena, s) : NULL;
}

static int
find_name(const char *s, const char *(*name)(int), int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (name(i) != NULL && strcmp(name(i), s) == 0)
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

static const struct mdtl_article_meta *
meta(struct mdtl_timeline *tl, struct json_object *a)
{
	struct mdtl_article_meta *m = mdtl_arena_calloc(&tl->arena, 1,
	    sizeof *m);
	size_t i, n;
	struct json_object *c = mdtl_json_array(a, "credits", &n);

	m->id = str(tl, a, "id");
	m->title = str(tl, a, "title");
	m->published = str(tl, a, "published");
	m->source = str(tl, a, "source");
	m->section = str(tl, a, "section");
	m->url = str(tl, a, "url");
	m->author = str(tl, a, "author");
	m->path = str(tl, a, "path");
	if (m->id == NULL)
		m->id = "";
	m->credits = mdtl_arena_calloc(&tl->arena, n + 1, sizeof *m->credits);
	for (i = 0; i < n; i++) {
		struct json_object *v = json_object_array_get_idx(c, i);

		if (json_object_is_type(v, json_type_string))
			m->credits[m->ncredits++] = mdtl_arena_strdup(&tl->arena,
			    json_object_get_string(v));
	}
	return m;
}

int
mdtl_timeline_add_json(struct mdtl_timeline *tl, const char *line,
    size_t len, const char **why)
{
	struct json_object *j, *v, *a;
	struct mdtl_event *e;
	const char *s;
	size_t i, n, col;
	int k;

	if ((j = mdtl_json_parse(line, len, &s, &col)) == NULL ||
	    !json_object_is_type(j, json_type_object)) {
		*why = j ? "not a JSON object" : "not JSON";
		json_object_put(j);
		return -1;
	}
	if ((s = mdtl_json_str(j, "type")) == NULL ||
	    (k = find_name(s, type_name, MDTL_EVENT_NTYPES)) < 0 ||
	    mdtl_json_str(j, "id") == NULL ||
	    mdtl_json_str(j, "sentence") == NULL ||
	    !json_object_is_type(mdtl_json_get(j, "article"),
	    json_type_object)) {
		*why = "not an event record (id, type, sentence, article)";
		json_object_put(j);
		return -1;
	}
	e = mdtl_timeline_push(tl);
	snprintf(e->id, sizeof e->id, "%s", mdtl_json_str(j, "id"));
	e->type = (enum mdtl_event_type)k;
	if ((s = mdtl_json_str(j, "date")) != NULL &&
	    mdtl_date_parse_value(s, &e->date) == 0)
		snprintf(e->date_value, sizeof e->date_value, "%s", s);
	e->date_text = str(tl, j, "date_text");
	if ((s = mdtl_json_str(j, "date_basis")) != NULL &&
	    (k = find_name(s, basis_name, MDTL_BASIS_PUBLICATION + 1)) > 0)
		e->basis = (enum mdtl_date_basis)k;
	v = mdtl_json_array(j, "actors", &n);
	e->actors = mdtl_arena_calloc(&tl->arena, n + 1, sizeof *e->actors);
	e->aactors = n + 1;
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_array_get_idx(v, i);
		struct mdtl_event_actor *ea = &e->actors[e->nactors];

		if ((ea->id = str(tl, o, "id")) == NULL)
			continue;
		ea->name = str(tl, o, "name");
		if (ea->name == NULL)
			ea->name = ea->id;
		s = mdtl_json_str(o, "role");
		k = s ? find_name(s, role_name, MDTL_ROLE_PARTICIPANT + 1) : -1;
		ea->role = k >= 0 ? (enum mdtl_role_kind)k :
		    MDTL_ROLE_PARTICIPANT;
		e->nactors++;
	}
	e->location = str(tl, j, "location");
	e->quote = str(tl, j, "quote");
	e->sentence = str(tl, j, "sentence");
	e->cameo = str(tl, j, "cameo");
	e->article = meta(tl, mdtl_json_get(j, "article"));
	e->sources = count(mdtl_json_get(j, "sources"));
	if ((a = mdtl_json_get(j, "explain")) != NULL) {
		e->why_cue = str(tl, a, "cue");
		e->why_actor = str(tl, a, "actor");
		e->why_date = str(tl, a, "date");
		e->why_merge = str(tl, a, "merge");
	}
	v = mdtl_json_array(j, "mentions", &n);
	e->mentions = mdtl_arena_calloc(&tl->arena, n + 1, sizeof *e->mentions);
	e->amentions = n + 1;
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_array_get_idx(v, i);
		struct json_object *sp = mdtl_json_get(o, "span");
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		m->text = str(tl, o, "text");
		m->article = str(tl, o, "article");
		if (m->text == NULL)
			m->text = e->sentence;
		if (m->article == NULL)
			m->article = e->article->id;
		/* the path tells two articles with one id apart */
		m->source = str(tl, o, "path");
		if (m->source == NULL && strcmp(m->article, e->article->id) == 0)
			m->source = e->article->path;
		if (json_object_is_type(sp, json_type_array) &&
		    json_object_array_length(sp) == 2) {
			m->span.start = count(json_object_array_get_idx(sp, 0));
			m->span.end = count(json_object_array_get_idx(sp, 1));
		}
	}
	if (e->nmentions == 0) {
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		m->text = e->sentence;
		m->article = e->article->id;
		m->source = e->article->path;
	}
	e->order = tl->n - 1;
	json_object_put(j);
	return 0;
}

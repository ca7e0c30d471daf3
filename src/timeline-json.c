/* timeline-json.c: events read back from their JSON records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mdtl/timeline.h"

static const char *
str(struct mdtl_timeline *tl, json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

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

static const struct mdtl_article_meta *
meta(struct mdtl_timeline *tl, json_t *a)
{
	struct mdtl_article_meta *m = mdtl_arena_calloc(&tl->arena, 1,
	    sizeof *m);
	json_t *c = json_object_get(a, "credits");
	size_t i;

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
	m->credits = mdtl_arena_calloc(&tl->arena, json_array_size(c) + 1,
	    sizeof *m->credits);
	for (i = 0; i < json_array_size(c); i++)
		if (json_is_string(json_array_get(c, i)))
			m->credits[m->ncredits++] = mdtl_arena_strdup(&tl->arena,
			    json_string_value(json_array_get(c, i)));
	return m;
}

int
mdtl_timeline_add_json(struct mdtl_timeline *tl, const char *line,
    size_t len, const char **why)
{
	json_error_t err;
	json_t *j = json_loadb(line, len, 0, &err), *v, *a;
	struct mdtl_event *e;
	const char *s;
	size_t i;
	int k;

	if (j == NULL || !json_is_object(j)) {
		*why = j ? "not a JSON object" : "not JSON";
		json_decref(j);
		return -1;
	}
	if ((s = json_string_value(json_object_get(j, "type"))) == NULL ||
	    (k = find_name(s, type_name, MDTL_EVENT_NTYPES)) < 0 ||
	    !json_is_string(json_object_get(j, "id")) ||
	    !json_is_string(json_object_get(j, "sentence")) ||
	    !json_is_object(json_object_get(j, "article"))) {
		*why = "not an event record (id, type, sentence, article)";
		json_decref(j);
		return -1;
	}
	e = MDTL_ARENA_PUSH(&tl->arena, tl->v, tl->n, tl->alloc);
	snprintf(e->id, sizeof e->id, "%s",
	    json_string_value(json_object_get(j, "id")));
	e->type = (enum mdtl_event_type)k;
	if ((s = json_string_value(json_object_get(j, "date"))) != NULL &&
	    mdtl_timex_value_parse(s, &e->date) == 0)
		snprintf(e->date_value, sizeof e->date_value, "%s", s);
	e->date_text = str(tl, j, "date_text");
	if ((s = json_string_value(json_object_get(j, "date_basis"))) != NULL &&
	    (k = find_name(s, basis_name, MDTL_BASIS_PUBLICATION + 1)) > 0)
		e->basis = (enum mdtl_date_basis)k;
	v = json_object_get(j, "actors");
	e->actors = mdtl_arena_calloc(&tl->arena, json_array_size(v) + 1,
	    sizeof *e->actors);
	e->aactors = json_array_size(v) + 1;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *o = json_array_get(v, i);
		struct mdtl_event_actor *ea = &e->actors[e->nactors];

		if ((ea->id = str(tl, o, "id")) == NULL)
			continue;
		ea->name = str(tl, o, "name");
		if (ea->name == NULL)
			ea->name = ea->id;
		s = json_string_value(json_object_get(o, "role"));
		k = s ? find_name(s, role_name, MDTL_ROLE_PARTICIPANT + 1) : -1;
		ea->role = k >= 0 ? (enum mdtl_role_kind)k :
		    MDTL_ROLE_PARTICIPANT;
		e->nactors++;
	}
	e->location = str(tl, j, "location");
	e->quote = str(tl, j, "quote");
	e->sentence = str(tl, j, "sentence");
	e->cameo = str(tl, j, "cameo");
	e->article = meta(tl, json_object_get(j, "article"));
	e->sources = (size_t)json_integer_value(json_object_get(j, "sources"));
	if ((a = json_object_get(j, "explain")) != NULL) {
		e->why_cue = str(tl, a, "cue");
		e->why_actor = str(tl, a, "actor");
		e->why_date = str(tl, a, "date");
		e->why_merge = str(tl, a, "merge");
	}
	v = json_object_get(j, "mentions");
	e->mentions = mdtl_arena_calloc(&tl->arena, json_array_size(v) + 1,
	    sizeof *e->mentions);
	e->amentions = json_array_size(v) + 1;
	for (i = 0; i < json_array_size(v); i++) {
		json_t *o = json_array_get(v, i), *sp = json_object_get(o, "span");
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
		m->span.start = (size_t)json_integer_value(json_array_get(sp, 0));
		m->span.end = (size_t)json_integer_value(json_array_get(sp, 1));
	}
	if (e->nmentions == 0) {
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		m->text = e->sentence;
		m->article = e->article->id;
		m->source = e->article->path;
	}
	e->order = tl->n - 1;
	json_decref(j);
	return 0;
}

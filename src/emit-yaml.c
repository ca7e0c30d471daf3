/* emit-yaml.c: events as a YAML sequence, through libyaml's emitter. */
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "mdtl/emit.h"
#include "mdtl/lexicon.h"

static int
write_cb(void *data, unsigned char *buf, size_t size)
{
	return fwrite(buf, 1, size, data) == size;
}

/*
 * A string that a YAML reader would take for something else (null, a
 * boolean, a number, a date) is double-quoted; any other is left to the
 * emitter, which quotes what needs it.
 */
static int
looks_typed(const char *s)
{
	static const char *const words[] = { "null", "Null", "NULL", "~",
	    "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes",
	    "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
	    "y", "Y", "n", "N", ".nan", ".NaN", ".inf", ".Inf", NULL };
	size_t i;

	if (*s == '\0')
		return 1;
	for (i = 0; words[i] != NULL; i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	if (*s == '-' || *s == '+' || *s == '.')
		s++;
	return *s >= '0' && *s <= '9';
}

/* Every call returns 1 on success, like libyaml's own. */
static int
emit_scalar(yaml_emitter_t *em, const char *s, int typed)
{
	yaml_event_t ev;
	int plain, quoted = !typed && s != NULL && looks_typed(s);

	if (s == NULL)
		s = "null";
	plain = !quoted;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s,
	    (int)strlen(s), plain, 1, quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE :
	    YAML_ANY_SCALAR_STYLE))
		return 0;
	return yaml_emitter_emit(em, &ev);
}

/* A string (NULL: null). */
static int
scalar(yaml_emitter_t *em, const char *s)
{
	return emit_scalar(em, s, s == NULL);
}

static int
pair(yaml_emitter_t *em, const char *k, const char *v)
{
	return scalar(em, k) && scalar(em, v);
}

static int
start(yaml_emitter_t *em, int map, int flow)
{
	yaml_event_t ev;

	if (map)
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		    flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
	else
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		    flow ? YAML_FLOW_SEQUENCE_STYLE :
		    YAML_BLOCK_SEQUENCE_STYLE);
	return yaml_emitter_emit(em, &ev);
}

static int
end(yaml_emitter_t *em, int map)
{
	yaml_event_t ev;

	if (map)
		yaml_mapping_end_event_initialize(&ev);
	else
		yaml_sequence_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev);
}

/* A person's other names, as the JSON record gives them: none, no key. */
static int
aliases(yaml_emitter_t *em, const struct mdtl_event_actor *a)
{
	size_t k;

	if (a->naliases == 0)
		return 1;
	if (!scalar(em, "aliases") || !start(em, 0, 1))
		return 0;
	for (k = 0; k < a->naliases; k++)
		if (!scalar(em, a->aliases[k]))
			return 0;
	return end(em, 0);
}

static int
event(yaml_emitter_t *em, const struct mdtl_event *e,
    const struct mdtl_emit_opts *o)
{
	const struct mdtl_article_meta *a = e->article;
	char num[64];
	size_t i;

	if (!start(em, 1, 0) || !pair(em, "id", e->id) ||
	    !pair(em, "type", mdtl_event_type_name(e->type)) ||
	    !pair(em, "date", e->date.gran == MDTL_GRAN_NONE ? NULL :
	    e->date_value) || !pair(em, "date_text", e->date_text) ||
	    !pair(em, "date_basis", mdtl_basis_name(e->basis)) ||
	    !scalar(em, "actors") || !start(em, 0, 0))
		return 0;
	for (i = 0; i < e->nactors; i++)
		if (!start(em, 1, 1) || !pair(em, "id", e->actors[i].id) ||
		    !pair(em, "name", e->actors[i].name) ||
		    !pair(em, "role", mdtl_role_name(e->actors[i].role)) ||
		    !aliases(em, &e->actors[i]) || !end(em, 1))
			return 0;
	if (!end(em, 0) || !pair(em, "location", e->location) ||
	    !pair(em, "quote", e->quote) ||
	    !pair(em, "sentence", e->sentence) ||
	    !scalar(em, "mentions") || !start(em, 0, 0))
		return 0;
	for (i = 0; i < e->nmentions; i++) {
		if (!start(em, 1, 0) || !pair(em, "text", e->mentions[i].text) ||
		    !scalar(em, "span") || !start(em, 0, 1))
			return 0;
		snprintf(num, sizeof num, "%zu", e->mentions[i].span.start);
		if (!emit_scalar(em, num, 1))
			return 0;
		snprintf(num, sizeof num, "%zu", e->mentions[i].span.end);
		if (!emit_scalar(em, num, 1) || !end(em, 0) ||
		    !pair(em, "article", e->mentions[i].article) ||
		    !pair(em, "path", e->mentions[i].source) || !end(em, 1))
			return 0;
	}
	if (!end(em, 0) || !scalar(em, "article") || !start(em, 1, 0) ||
	    !pair(em, "id", a->id) || !pair(em, "title", a->title) ||
	    !pair(em, "published", a->published) ||
	    !pair(em, "source", a->source) ||
	    !pair(em, "section", a->section) ||
	    !scalar(em, "credits") || !start(em, 0, 1))
		return 0;
	for (i = 0; i < a->ncredits; i++)
		if (!scalar(em, a->credits[i]))
			return 0;
	if (!end(em, 0) || !pair(em, "author", a->author) ||
	    !pair(em, "url", a->url) ||
	    !pair(em, "path", a->path) || !end(em, 1) ||
	    !pair(em, "cameo", e->cameo) || !scalar(em, "sources"))
		return 0;
	snprintf(num, sizeof num, "%zu", e->sources ? e->sources : 1);
	if (!emit_scalar(em, num, 1))
		return 0;
	if (o != NULL && o->explain && (!scalar(em, "explain") ||
	    !start(em, 1, 0) || !pair(em, "cue", e->why_cue) ||
	    !pair(em, "actor", e->why_actor) ||
	    !pair(em, "date", e->why_date) || (e->why_merge != NULL &&
	    !pair(em, "merge", e->why_merge)) || !end(em, 1)))
		return 0;
	return end(em, 1);
}

int
mdtl_emit_yaml(FILE *fp, const struct mdtl_event *v, size_t n,
    const struct mdtl_emit_opts *o)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	size_t i;
	int ok;

	if (!yaml_emitter_initialize(&em))
		return -1;
	yaml_emitter_set_output(&em, write_cb, fp);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	ok = yaml_emitter_emit(&em, &ev);
	if (ok) {
		yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
		ok = yaml_emitter_emit(&em, &ev);
	}
	ok = ok && start(&em, 0, 0);
	for (i = 0; ok && i < n; i++)
		ok = event(&em, &v[i], o);
	ok = ok && end(&em, 0);
	if (ok) {
		yaml_document_end_event_initialize(&ev, 1);
		ok = yaml_emitter_emit(&em, &ev);
	}
	if (ok) {
		yaml_stream_end_event_initialize(&ev);
		ok = yaml_emitter_emit(&em, &ev);
	}
	ok = ok && yaml_emitter_flush(&em);
	yaml_emitter_delete(&em);
	return ok && !ferror(fp) ? 0 : -1;
}

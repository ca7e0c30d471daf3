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

/* Every call returns 1 on success, like libyaml's own. */
static int
scalar(yaml_emitter_t *em, const char *s)
{
	yaml_event_t ev;
	int plain_null = s == NULL;

	if (s == NULL)
		s = "null";
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)s, (int)strlen(s), plain_null, !plain_null,
	    plain_null ? YAML_PLAIN_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE))
		return 0;
	return yaml_emitter_emit(em, &ev);
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
		    !end(em, 1))
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
		if (!scalar(em, num))
			return 0;
		snprintf(num, sizeof num, "%zu", e->mentions[i].span.end);
		if (!scalar(em, num) || !end(em, 0) ||
		    !pair(em, "article", e->mentions[i].article) || !end(em, 1))
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
	if (!end(em, 0) || !pair(em, "url", a->url) ||
	    !pair(em, "path", a->path) || !end(em, 1) ||
	    !pair(em, "cameo", e->cameo))
		return 0;
	if (o != NULL && o->explain && (!scalar(em, "explain") ||
	    !start(em, 1, 0) || !pair(em, "cue", e->why_cue) ||
	    !pair(em, "actor", e->why_actor) ||
	    !pair(em, "date", e->why_date) || !end(em, 1)))
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

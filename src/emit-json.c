/* emit-json.c: one event as a JSON object (JSON Lines and JSON). */
#include <string.h>

#include "mdtl/emit.h"
#include "mdtl/lexicon.h"

static void
str(struct mdtl_buf *b, const char *s)
{
	if (s == NULL)
		mdtl_buf_adds(b, "null");
	else
		mdtl_buf_add_json_str(b, s, strlen(s));
}

/* s, or the same already quoted (a name from the lexicon). */
static void
quoted(struct mdtl_buf *b, const char *s, const struct mdtl_quoted *q)
{
	if (q != NULL)
		mdtl_buf_add(b, q->s, q->len);
	else
		str(b, s);
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

static void
article(struct mdtl_buf *b, const struct mdtl_article_meta *a)
{
	size_t i;

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
	mdtl_buf_addch(b, '[');
	for (i = 0; i < a->ncredits; i++) {
		if (i)
			mdtl_buf_addch(b, ',');
		str(b, a->credits[i]);
	}
	mdtl_buf_addch(b, ']');
	key(b, "author", 0);
	str(b, a->author);
	key(b, "url", 0);
	str(b, a->url);
	key(b, "path", 0);
	str(b, a->path);
	mdtl_buf_addch(b, '}');
}

void
mdtl_json_memo_release(struct mdtl_json_memo *m)
{
	mdtl_buf_release(&m->json);
	m->article = NULL;
}

void
mdtl_event_json(struct mdtl_buf *b, const struct mdtl_event *e,
    const struct mdtl_emit_opts *o, struct mdtl_json_memo *memo)
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
		quoted(b, e->actors[i].id, e->actors[i].known ?
		    &e->actors[i].known->qid : NULL);
		key(b, "name", 0);
		quoted(b, e->actors[i].name, e->actors[i].known ?
		    &e->actors[i].known->qname : NULL);
		key(b, "role", 0);
		name(b, mdtl_role_name(e->actors[i].role));
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
	if (o != NULL && o->explain) {
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

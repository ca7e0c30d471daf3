/* tellings.h: events made by hand, as extraction would give them from
 * different articles, for the tests of merging. */
#ifndef MDTL_TELLINGS_H
#define MDTL_TELLINGS_H

#include "mdtl/timeline.h"

/*
 * What merging reads: the type, the date (NULL: undated), the actor
 * (NULL: none), the article, the sentence (its content words) and, for
 * meetings, the place.
 */
struct spec {
	enum mdtl_event_type	 type;
	const char		*date, *actor, *article, *place, *sentence;
};

/* Spec s as event number k (its id k + 1), at the end of tl. */
static inline void
add(struct mdtl_timeline *tl, const struct spec *s, size_t k)
{
	struct mdtl_event *e = mdtl_timeline_push(tl);
	struct mdtl_article_meta *m = mdtl_arena_calloc(&tl->arena, 1,
	    sizeof *m);

	m->id = s->article;
	m->path = s->article;
	m->credits = mdtl_arena_calloc(&tl->arena, 1, sizeof *m->credits);
	snprintf(e->id, sizeof e->id, "%016zx", k + 1);
	e->type = s->type;
	if (s->date != NULL) {
		assert_int_equal(mdtl_date_parse_value(s->date, &e->date), 0);
		snprintf(e->date_value, sizeof e->date_value, "%s", s->date);
		e->basis = MDTL_BASIS_EXPLICIT;
	}
	e->actors = mdtl_arena_calloc(&tl->arena, 2, sizeof *e->actors);
	if (s->actor != NULL) {
		e->actors[0].id = s->actor;
		e->actors[0].name = s->actor;
		e->nactors = 1;
	}
	e->aactors = 2;
	e->location = s->place;
	e->sentence = s->sentence;
	e->article = m;
	e->mentions = mdtl_arena_calloc(&tl->arena, 2, sizeof *e->mentions);
	e->mentions[0].text = s->sentence;
	e->mentions[0].article = s->article;
	e->mentions[0].source = s->article;
	e->nmentions = 1;
	e->amentions = 2;
	e->order = tl->n - 1;
}

/* How many lines s has. */
static inline size_t
lines(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

#endif

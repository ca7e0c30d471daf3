/* merge_test.c: one record for what several articles tell, in any order. */
#include "test.h"

#include "mdtl/event-json.h"
#include "mdtl/timeline.h"

/*
 * Events made by hand, as extraction would give them from different
 * articles: what merging reads is the type, the date, the actors, the
 * sentence (its content words) and, for meetings, the place.
 */
struct spec {
	enum mdtl_event_type	 type;
	const char		*date, *actor, *article, *place, *sentence;
};

static const struct spec specs[] = {
	/* one statement told by three articles, with other words around it */
	{ MDTL_EVENT_STATEMENT, "2011-07-01", "rogozin", "a",
	    NULL, "Rogozin said the missile defence talks were at a dead end" },
	{ MDTL_EVENT_STATEMENT, "2011-07-01", "rogozin", "b",
	    NULL, "Missile defence talks are at a dead end, Rogozin said" },
	{ MDTL_EVENT_STATEMENT, "2011-07", "rogozin", "c",
	    NULL, "In July Rogozin called the missile defence talks a dead end" },
	/* the same day and speaker, another matter: kept apart */
	{ MDTL_EVENT_STATEMENT, "2011-07-01", "rogozin", "b",
	    NULL, "Rogozin praised the weather in Brussels this summer" },
	/* another speaker, the same words: kept apart */
	{ MDTL_EVENT_STATEMENT, "2011-07-01", "lavrov", "d",
	    NULL, "Lavrov said the missile defence talks were at a dead end" },
	/* a summit known by its place, in few words alike */
	{ MDTL_EVENT_SUMMIT, "2010-11-20", "nato", "a", "Lisbon",
	    "Leaders met at the Lisbon summit" },
	{ MDTL_EVENT_SUMMIT, "2010-11", "nato", "e", "Lisbon",
	    "The NATO-Russia Council gathered in November" },
	/* a deadline of another type: never merged with the statements */
	{ MDTL_EVENT_DEADLINE, "2011-07-01", "rogozin", "a",
	    NULL, "Rogozin said the missile defence talks were at a dead end" },
	/* undated: never merged */
	{ MDTL_EVENT_STATEMENT, NULL, "rogozin", "f",
	    NULL, "Rogozin said the missile defence talks were at a dead end" },
	{ MDTL_EVENT_STATEMENT, NULL, "rogozin", "g",
	    NULL, "Rogozin said the missile defence talks were at a dead end" },
};

#define NSPECS	(sizeof specs / sizeof specs[0])

static void
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
	e->actors[0].id = s->actor;
	e->actors[0].name = s->actor;
	e->nactors = 1;
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

/* The merged records, sorted by id, as JSON Lines. */
static char *
merged(const size_t *order)
{
	struct mdtl_timeline tl;
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	mdtl_timeline_init(&tl);
	for (i = 0; i < NSPECS; i++)
		add(&tl, &specs[order[i]], order[i]);
	mdtl_timeline_merge(&tl);
	mdtl_timeline_sort(&tl, 1);
	for (i = 0; i < tl.n; i++) {
		mdtl_event_json(&b, &tl.v[i], 1, NULL);
		mdtl_buf_addch(&b, '\n');
	}
	mdtl_timeline_release(&tl);
	return mdtl_buf_detach(&b);
}

static size_t
lines(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* What is merged, and what stays apart. */
static void
test_relation(void **state)
{
	size_t order[NSPECS], i;
	char *out;

	(void)state;
	for (i = 0; i < NSPECS; i++)
		order[i] = i;
	out = merged(order);
	/* 10 events: the three tellings are one, the two summits one */
	assert_int_equal(lines(out), 7);
	/* the first telling stands for the others, with their mentions */
	assert_non_null(strstr(out, "\"sources\":3"));
	assert_non_null(strstr(out, "\"sources\":2"));
	/* the most precise date of the cluster */
	assert_non_null(strstr(out, "\"date\":\"2010-11-20\",\"date_text\""));
	assert_null(strstr(out, "\"date\":\"2010-11\",\"date_text\""));
	/* ... and each telling's own, in its mentions */
	assert_non_null(strstr(out, "\"event\":\"0000000000000007\","
	    "\"date\":\"2010-11\""));
	assert_non_null(strstr(out, "praised the weather"));
	assert_non_null(strstr(out, "\"id\":\"lavrov\""));
	free(out);
}

/* The result does not depend on the order the events come in. */
static void
test_order(void **state)
{
	size_t order[NSPECS], i, k;
	char *first, *out;
	unsigned seed = 12345;

	(void)state;
	for (i = 0; i < NSPECS; i++)
		order[i] = i;
	first = merged(order);
	for (k = 0; k < 50; k++) {
		/* a Fisher-Yates shuffle with a fixed seed: reproducible */
		for (i = NSPECS - 1; i > 0; i--) {
			size_t j, tmp;

			seed = seed * 1103515245u + 12345u;
			j = (seed >> 16) % (i + 1);
			tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
		out = merged(order);
		assert_string_equal(out, first);
		free(out);
	}
	free(first);
}

/* Merge keys group what may merge: type and year. */
static void
test_key(void **state)
{
	struct mdtl_timeline tl;
	char key[48];

	(void)state;
	mdtl_timeline_init(&tl);
	add(&tl, &specs[0], 0);
	add(&tl, &specs[8], 8);
	mdtl_event_merge_key(&tl.v[0], key, sizeof key);
	assert_string_equal(key, "statement|2011");
	mdtl_event_merge_key(&tl.v[1], key, sizeof key);
	assert_string_equal(key, "statement|-");
	mdtl_timeline_release(&tl);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_relation), cmocka_unit_test(test_order),
	    cmocka_unit_test(test_key));
}

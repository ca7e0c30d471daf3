/* merge_test.c: one record for what several articles tell, in any order. */
#include "test.h"

#include "mdtl/event-json.h"
#include "mdtl/json.h"
#include "mdtl/timeline.h"

#include "tellings.h"

/*
 * Events made by hand, as extraction would give them from different
 * articles: what merging reads is the type, the date, the actors, the
 * sentence (its content words) and, for meetings, the place.
 */
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

/* Records as JSON Lines, read back into tl. */
static void
read_back(struct mdtl_timeline *tl, const char *jsonl)
{
	struct mdtl_json json = MDTL_JSON_INIT;
	const char *p = jsonl, *nl, *why;

	for (; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		assert_int_equal(mdtl_timeline_add_json(tl, &json, p,
		    (size_t)(nl - p), &why), 0);
	mdtl_json_release(&json);
}

static char *
records(struct mdtl_timeline *tl)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	mdtl_timeline_merge(tl);
	mdtl_timeline_sort(tl, 1);
	for (i = 0; i < tl->n; i++) {
		mdtl_event_json(&b, &tl->v[i], 0, NULL);
		mdtl_buf_addch(&b, '\n');
	}
	return mdtl_buf_detach(&b);
}

/*
 * Merging merged records is merging their parts: for random splits of
 * the events in two, each merged, written, read back and merged again,
 * the records of one merge; and a record merged with itself is itself.
 */
static void
test_parts(void **state)
{
	struct mdtl_timeline all, part[2], again;
	char *want, *got, *half[2];
	unsigned seed = 4242;
	size_t i, k, h;

	(void)state;
	mdtl_timeline_init(&all);
	for (i = 0; i < NSPECS; i++)
		add(&all, &specs[i], i);
	want = records(&all);
	mdtl_timeline_release(&all);
	for (k = 0; k < 50; k++) {
		for (h = 0; h < 2; h++)
			mdtl_timeline_init(&part[h]);
		for (i = 0; i < NSPECS; i++) {
			seed = seed * 1103515245u + 12345u;
			add(&part[(seed >> 16) & 1], &specs[i], i);
		}
		mdtl_timeline_init(&again);
		for (h = 0; h < 2; h++) {
			half[h] = records(&part[h]);
			mdtl_timeline_release(&part[h]);
		}
		read_back(&again, half[1]);
		read_back(&again, half[0]);
		read_back(&again, half[0]);	/* a retried task */
		got = records(&again);
		assert_string_equal(got, want);
		free(got);
		free(half[0]);
		free(half[1]);
		mdtl_timeline_release(&again);
	}
	mdtl_timeline_init(&again);
	read_back(&again, want);
	got = records(&again);
	assert_string_equal(got, want);
	free(got);
	mdtl_timeline_release(&again);
	free(want);
}

/*
 * One event through a chain: a month-dated telling holds two day-dated
 * ones that do not hold each other, and two tellings of one article (x)
 * are never related directly, but join through a third (y).
 */
static void
test_chain(void **state)
{
	static const struct spec chain[] = {
		{ MDTL_EVENT_OFFER, "2011-05", "russia", "x", NULL,
		    "Russia offered a joint radar at Gabala to NATO" },
		{ MDTL_EVENT_OFFER, "2011-05-03", "russia", "y", NULL,
		    "Russia offered NATO the Gabala radar jointly" },
		{ MDTL_EVENT_OFFER, "2011-05-09", "russia", "w", NULL,
		    "Russia again offered NATO a joint Gabala radar" },
		/* of x too: joins through y's telling of the same day */
		{ MDTL_EVENT_OFFER, "2011-05-03", "russia", "x", NULL,
		    "On Tuesday Russia offered NATO the Gabala radar" },
		/* alone: its words are others */
		{ MDTL_EVENT_OFFER, "2011-05-09", "russia", "z", NULL,
		    "Russia proposed talks on sectoral defence in Sochi" },
	};
	struct mdtl_timeline tl;
	char *out;
	size_t i;

	(void)state;
	mdtl_timeline_init(&tl);
	for (i = 0; i < 5; i++)
		add(&tl, &chain[i], i);
	out = records(&tl);
	assert_int_equal(lines(out), 2);
	/* the month's telling leads, with the first day's date */
	assert_non_null(strstr(out, "{\"id\":\"0000000000000001\",\"type\":"
	    "\"offer\",\"date\":\"2011-05-03\""));
	assert_non_null(strstr(out, "\"sources\":3"));
	assert_non_null(strstr(out, "\"event\":\"0000000000000003\""));
	assert_non_null(strstr(out, "\"event\":\"0000000000000004\""));
	assert_null(strstr(out, "\"event\":\"0000000000000005\""));
	free(out);
	mdtl_timeline_release(&tl);
}

/* Merge keys group what may merge: the type; undated, nothing. */
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
	assert_string_equal(key, "statement");
	mdtl_event_merge_key(&tl.v[1], key, sizeof key);
	assert_string_equal(key, "statement|-");
	mdtl_timeline_release(&tl);
}

/* The specs as a timeline, the components merging finds in `known`. */
static void
with_components(struct mdtl_timeline *tl)
{
	size_t *root, i;

	mdtl_timeline_init(tl);
	for (i = 0; i < NSPECS; i++)
		add(tl, &specs[i], i);
	root = mdtl_timeline_components(tl, NULL, NULL);
	for (i = 0; i < tl->n; i++)
		tl->v[i].component = root[i];
	free(root);
}

/* Records of known components: what merging makes of them, and only
 * what the components say. */
static void
test_known(void **state)
{
	struct mdtl_timeline tl;
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t order[NSPECS], i;
	char *want, *got;

	(void)state;
	for (i = 0; i < NSPECS; i++)
		order[i] = i;
	want = merged(order);
	with_components(&tl);
	assert_int_equal(mdtl_timeline_merge_known(&tl), NSPECS - 7);
	mdtl_timeline_sort(&tl, 1);
	for (i = 0; i < tl.n; i++) {
		mdtl_event_json(&b, &tl.v[i], 1, NULL);
		mdtl_buf_addch(&b, '\n');
	}
	got = mdtl_buf_detach(&b);
	/* the same records, and the same reasons */
	assert_string_equal(got, want);
	assert_non_null(strstr(got, "words in common"));
	free(got);
	mdtl_timeline_release(&tl);
	/* each its own: nothing merged, whatever the relation says */
	with_components(&tl);
	for (i = 0; i < tl.n; i++)
		tl.v[i].component = i;
	assert_int_equal(mdtl_timeline_merge_known(&tl), 0);
	assert_int_equal(tl.n, NSPECS);
	mdtl_timeline_release(&tl);
	/* all one: one record of every telling */
	with_components(&tl);
	for (i = 0; i < tl.n; i++)
		tl.v[i].component = 7;
	assert_int_equal(mdtl_timeline_merge_known(&tl), NSPECS - 1);
	assert_int_equal(tl.v[0].sources, 7);
	mdtl_timeline_release(&tl);
	free(want);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_relation), cmocka_unit_test(test_order),
	    cmocka_unit_test(test_parts), cmocka_unit_test(test_chain),
	    cmocka_unit_test(test_key), cmocka_unit_test(test_known));
}

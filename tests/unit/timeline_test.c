/* timeline_test.c: collecting, filtering and sorting events. */
#include "test.h"
#include "fixture.h"

#include "mdtl/article.h"
#include "mdtl/extract.h"
#include "mdtl/timeline.h"

static struct mdtl_timeline tl;

/* Three articles' events in one timeline; the articles are freed at once. */
static int
setup(void **state)
{
	static const char *const texts[][2] = {
		{ "2011-07-01", "Rogozin said Friday talks failed.\n\n"
		    "NATO must reply by the end of 2011." },
		{ "2011-05-20", "Medvedev offered on Friday a joint system." },
		{ "2010-11-19", "Lavrov said the summit in Lisbon was good." },
	};
	struct mdtl_diag d = MDTL_DIAG_INIT;
	size_t i, k;

	(void)state;
	lex = mdtl_lexicon_load(DATA_DIR, &d);
	mdtl_timeline_init(&tl);
	for (i = 0; i < 3; i++) {
		struct mdtl_date p;
		struct mdtl_article *art;
		struct mdtl_event *v = NULL;
		size_t n = 0, alloc = 0;

		mdtl_timex_parse(texts[i][0], &p);
		art = read_article("t.txt", texts[i][1],
		    strlen(texts[i][1]), &p, lex, &d);
		mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
		for (k = 0; k < n; k++)
			mdtl_timeline_add(&tl, &v[k]);
		mdtl_article_free(art);
	}
	/* and one undated event */
	{
		const char *t = "Lavrov said talks failed on Friday.";
		struct mdtl_article *art = read_article("u.txt", t,
		    strlen(t), NULL, lex, &d);
		struct mdtl_event *v = NULL;
		size_t n = 0, alloc = 0;

		mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
		mdtl_timeline_add(&tl, &v[0]);
		mdtl_article_free(art);
	}
	mdtl_diag_release(&d);
	mdtl_timeline_sort(&tl, 0);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	mdtl_timeline_release(&tl);
	mdtl_lexicon_free(lex);
	return 0;
}

static void
test_sorted(void **state)
{
	const char *want[] = { "2010-11-19", "2011-05-20", "2011-07-01",
	    "2011-12-31" };
	size_t i;

	(void)state;
	assert_int_equal(tl.n, 6);
	for (i = 0; i < 4; i++)
		assert_string_equal(tl.v[i].date_value, want[i]);
	/* undated last, in the order read; the copies outlive their articles */
	assert_int_equal(tl.v[4].date.gran, MDTL_GRAN_NONE);
	assert_int_equal(tl.v[4].type, MDTL_EVENT_SUMMIT);
	assert_string_equal(tl.v[5].article->id, "u");
	assert_string_equal(tl.v[2].sentence, "Rogozin said Friday talks "
	    "failed.");
	assert_string_equal(tl.v[2].actors[0].name, "Dmitry Rogozin");
}

static size_t
count(struct mdtl_filter *f)
{
	size_t i, n = 0;

	for (i = 0; i < tl.n; i++)
		n += mdtl_filter_match(f, &tl.v[i], lex);
	return n;
}

static void
range(struct mdtl_filter *f, const char *since, const char *until)
{
	struct mdtl_date d;
	long first, last;

	f->has_since = since != NULL;
	f->has_until = until != NULL;
	if (since) {
		mdtl_timex_parse(since, &d);
		mdtl_date_range(&d, &first, &last);
		f->since = first;
	}
	if (until) {
		mdtl_timex_parse(until, &d);
		mdtl_date_range(&d, &first, &last);
		f->until = last;
	}
}

static void
test_filters(void **state)
{
	struct mdtl_filter f;

	(void)state;
	memset(&f, 0, sizeof f);
	assert_int_equal(count(&f), 6);
	f.types = 1u << MDTL_EVENT_SUMMIT | 1u << MDTL_EVENT_OFFER;
	assert_int_equal(count(&f), 2);
	memset(&f, 0, sizeof f);
	mdtl_strlist_push(&f.actors, "rogozin");
	assert_int_equal(count(&f), 1);
	mdtl_strlist_push(&f.actors, "Russian Foreign Minister");
	assert_int_equal(count(&f), 4);		/* any of; undated included */
	mdtl_strlist_release(&f.actors);
	memset(&f, 0, sizeof f);
	/* intervals overlap; the until day is included; undated dropped */
	range(&f, "2011", NULL);
	assert_int_equal(count(&f), 3);
	range(&f, "2011-05-20", "2011-07-01");
	assert_int_equal(count(&f), 2);
	range(&f, NULL, "2010-11");
	assert_int_equal(count(&f), 1);
	range(&f, "2011-12-31", "2011-12-31");
	assert_int_equal(count(&f), 1);
	memset(&f, 0, sizeof f);
	mdtl_strlist_push(&f.greps, "LISBON");
	assert_int_equal(count(&f), 2);
	mdtl_strlist_release(&f.greps);
}

/*
 * Before merging only the type is asked, from the record's own "type"
 * (not one quoted in its sentence); a type not asked for is left out.
 */
static void
test_prefilter(void **state)
{
	static const char line[] = "{\"id\":\"x\",\"type\":\"warning\","
	    "\"date\":\"2011-07\",\"sentence\":\"He said "
	    "\\\"type\\\":\\\"offer\\\"\"}";
	struct mdtl_filter f;
	int t;

	(void)state;
	memset(&f, 0, sizeof f);
	t = mdtl_event_json_peek_type(line, sizeof line - 1);
	assert_int_equal(t, MDTL_EVENT_WARNING);
	assert_true(mdtl_filter_type_match(&f, (enum mdtl_event_type)t));
	f.types = 1u << MDTL_EVENT_OFFER;
	assert_false(mdtl_filter_type_match(&f, (enum mdtl_event_type)t));
	f.types |= 1u << MDTL_EVENT_WARNING;
	assert_true(mdtl_filter_type_match(&f, (enum mdtl_event_type)t));
}

/*
 * n events, days in a scrambled order with each day given three times:
 * sorted by day, and within a day in the order they were added, whether
 * the sort is small (on the stack) or large.
 */
static void
sort_n(size_t n)
{
	struct mdtl_timeline t;
	size_t i;

	mdtl_timeline_init(&t);
	for (i = 0; i < n; i++) {
		mdtl_timeline_add(&t, &tl.v[0]);
		t.v[i].date.gran = MDTL_GRAN_DAY;
		t.v[i].date.year = 2011;
		t.v[i].date.month = 1;
		t.v[i].date.day = (int)(i / 3 * 7 % 11) + 1;
		t.v[i].order = 0;
		t.v[i].sources = i;
	}
	mdtl_timeline_sort(&t, 0);
	assert_int_equal(t.n, n);
	for (i = 1; i < n; i++) {
		assert_true(t.v[i - 1].date.day <= t.v[i].date.day);
		if (t.v[i - 1].date.day == t.v[i].date.day)
			assert_true(t.v[i - 1].sources < t.v[i].sources);
	}
	mdtl_timeline_release(&t);
}

static void
test_sort_sizes(void **state)
{
	(void)state;
	sort_n(5);
	sort_n(32);
	sort_n(33);
	sort_n(200);
}

/*
 * A record read twice is one; an article never merges two of its own
 * events; told by another, the event is one.
 */
static void
test_merge(void **state)
{
	struct mdtl_timeline t;
	struct mdtl_mention other;

	(void)state;
	mdtl_timeline_init(&t);
	mdtl_timeline_add(&t, &tl.v[0]);
	mdtl_timeline_add(&t, &tl.v[0]);
	assert_int_equal(mdtl_timeline_merge(&t), 0);
	assert_int_equal(t.n, 1);
	assert_int_equal(t.v[0].nmentions, 1);
	/* another sentence of the same article, saying the same */
	mdtl_timeline_add(&t, &tl.v[0]);
	t.v[1].id[0] = t.v[1].id[0] == 'f' ? '0' : 'f';
	assert_true(t.v[0].nactors > 0);
	assert_int_equal(mdtl_timeline_merge(&t), 0);
	assert_int_equal(t.n, 2);
	other = t.v[1].mentions[0];
	other.article = "other";
	t.v[1].mentions = &other;
	t.v[1].nmentions = 1;
	assert_int_equal(mdtl_timeline_merge(&t), 1);
	assert_int_equal(t.n, 1);
	assert_int_equal(t.v[0].nmentions, 2);
	assert_int_equal(t.v[0].sources, 2);
	mdtl_timeline_release(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sorted),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_prefilter),
		cmocka_unit_test(test_sort_sizes),
		cmocka_unit_test(test_merge),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

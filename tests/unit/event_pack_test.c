/* event_pack_test.c: a packed record reads back as its JSON record does. */
#include "test.h"

#include "mdtl/event-json.h"
#include "mdtl/event-pack.h"
#include "mdtl/json.h"
#include "mdtl/timeline.h"

#include "tellings.h"

static const char *credits[] = { "Interfax", "DPA", NULL };
static struct mdtl_article_meta meta = {
	.id = "a1", .title = "Talks \"dead\"", .published =
	    "2011-07-01T14:23:00+04:00", .source = "Trend", .path = "a.txt",
	.credits = credits, .ncredits = 2,
};
/* no id, no title: what a bare JSON Lines article may give */
static struct mdtl_article_meta bare = { .path = "-:3" };
static const char *const rogozin_aliases[] = { "Rogozin", "Dmitri Rogozin" };
static struct mdtl_event_actor actors[] = {
	{ "rogozin", "Dmitry Rogozin", MDTL_ROLE_SPEAKER, rogozin_aliases, 2 },
	{ "nato", NULL, MDTL_ROLE_TARGET, NULL, 0 },	/* no name: its id */
};
static struct mdtl_mention mentions[] = {
	{ "Rogozin said so.", { 10, 26 }, "a1", "a.txt", NULL, 0 },
	{ "He said it again.", { 40, 57 }, "b2", "b.txt", NULL, 0 },
	/* no text, article or path: the record's */
	{ NULL, { 70, 80 }, NULL, NULL, NULL, 0 },
	/* another article, no path: none */
	{ "Elsewhere.", { 1, 11 }, "c3", NULL, NULL, 0 },
};

static void
event(struct mdtl_event *e)
{
	memset(e, 0, sizeof *e);
	strcpy(e->id, "00112233aabbccdd");
	e->type = MDTL_EVENT_WARNING;
	assert_int_equal(mdtl_date_parse_value("2011-W26", &e->date), 0);
	strcpy(e->date_value, "2011-W26");
	e->date_text = "last week";
	e->basis = MDTL_BASIS_RELATIVE;
	e->actors = actors;
	e->nactors = 2;
	e->quote = "no";
	e->sentence = "Rogozin said so.";	/* not mention 0's pointer */
	e->mentions = mentions;
	e->nmentions = 4;
	e->article = &meta;
	e->cameo = "138";
	e->sources = 2;
	e->why_cue = "warned";
	e->why_date = "week of publication";
	e->why_merge = "told alike";
}

/* Where s points, among the strings of r it may share. */
static int
shares(const struct mdtl_event *r, const char *s)
{
	return s == NULL ? 0 : s == r->sentence ? 1 : s == r->article->id ?
	    2 : s == r->article->path ? 3 : 4;
}

/*
 * e read back from its JSON record and from its packed one (explain or
 * not, after an article prev): the same record written again, the same
 * fields that JSON does not write (the span, the links of mentions to
 * their events) and the same strings shared.
 */
static void
same(const struct mdtl_event *e, int explain,
    const struct mdtl_article_meta *prev)
{
	struct mdtl_event j, p;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_buf b = MDTL_BUF_INIT, packed = MDTL_BUF_INIT,
	    jb = MDTL_BUF_INIT, pb = MDTL_BUF_INIT;
	const char *why = NULL;
	size_t i, k;

	mdtl_event_json(&b, e, explain, NULL);
	assert_int_equal(mdtl_event_json_read(&j, &a, &json, b.buf, b.len,
	    prev, &why), 0);
	mdtl_event_pack(&packed, e, explain);
	assert_int_equal(mdtl_event_unpack(&p, &a, packed.buf, packed.len,
	    prev), 0);
	mdtl_event_json(&jb, &j, 1, NULL);
	mdtl_event_json(&pb, &p, 1, NULL);
	assert_string_equal(pb.buf, jb.buf);
	assert_int_equal(p.span.start, j.span.start);
	assert_int_equal(p.span.end, j.span.end);
	assert_int_equal(p.article == prev, j.article == prev);
	assert_int_equal(p.sources, j.sources);
	assert_int_equal(p.nmentions, j.nmentions);
	for (i = 0; i < j.nmentions; i++) {
		const struct mdtl_mention *pm = &p.mentions[i],
		    *jm = &j.mentions[i];

		assert_int_equal(shares(&p, pm->text), shares(&j, jm->text));
		assert_int_equal(shares(&p, pm->article),
		    shares(&j, jm->article));
		assert_int_equal(shares(&p, pm->source),
		    shares(&j, jm->source));
		assert_int_equal(pm->home, jm->home);
		assert_int_equal(pm->atom == NULL, jm->atom == NULL);
		if (jm->atom == NULL)
			continue;
		assert_string_equal(pm->atom->id, jm->atom->id);
		assert_int_equal(pm->atom->date.gran, jm->atom->date.gran);
		assert_int_equal(pm->atom->nactors, jm->atom->nactors);
		/* linked to the same mention's event */
		for (k = 0; k < j.nmentions; k++)
			assert_int_equal(pm->atom == p.mentions[k].atom,
			    jm->atom == j.mentions[k].atom);
	}
	assert_null(p.words.v);
	mdtl_buf_release(&b);
	mdtl_buf_release(&packed);
	mdtl_buf_release(&jb);
	mdtl_buf_release(&pb);
	mdtl_json_release(&json);
	mdtl_arena_release(&a);
}

/* An event with all its fields, and with each left out in turn. */
static void
test_fields(void **state)
{
	struct mdtl_event e;
	size_t n;

	(void)state;
	for (n = 0; n <= 4; n++) {
		event(&e);
		e.nmentions = n;	/* none: the record's own */
		same(&e, 1, NULL);
		same(&e, 0, NULL);
	}
	event(&e);
	e.date.gran = MDTL_GRAN_NONE;
	e.date_text = e.quote = e.cameo = e.location = NULL;
	e.basis = MDTL_BASIS_NONE;
	e.nactors = 0;
	e.sources = 0;
	e.why_cue = e.why_merge = NULL;
	e.article = &bare;
	same(&e, 1, NULL);
	same(&e, 1, &meta);
}

/*
 * An article that says what the one before said is that one.  (The one
 * before was read back: its id is never none.)
 */
static void
test_prev(void **state)
{
	struct mdtl_article_meta copy = meta, other = meta, fewer = meta,
	    empty = bare;
	struct mdtl_event e;

	(void)state;
	other.url = "http://example.org/";
	fewer.ncredits = 1;
	empty.id = "";		/* an id of none reads back as "" */
	event(&e);
	same(&e, 1, &copy);
	same(&e, 1, &other);
	same(&e, 1, &fewer);
	e.article = &bare;
	same(&e, 1, &empty);
}

/* Merged records: mentions that name their events, whole or by id. */
static void
test_merged(void **state)
{
	static const struct spec specs[] = {
		{ MDTL_EVENT_STATEMENT, "2011-12-31", "rogozin", "a", NULL,
		    "Rogozin said missile defence talks reached a dead end" },
		{ MDTL_EVENT_STATEMENT, "2011", "rogozin", "b", NULL,
		    "In 2011 Rogozin said missile defence talks reached a "
		    "dead end" },
		{ MDTL_EVENT_STATEMENT, "2011-12-31", "rogozin", "c", NULL,
		    "Rogozin said missile defence talks reached a dead end" },
		{ MDTL_EVENT_SUMMIT, "2010-11-20", "nato", "a", "Lisbon",
		    "Leaders met at the Lisbon summit" },
		{ MDTL_EVENT_SUMMIT, NULL, "nato", "g", "Lisbon",
		    "The NATO-Russia Council gathered at the Lisbon summit" },
		{ MDTL_EVENT_SUMMIT, "2010-11", "nato", "g", "Lisbon",
		    "The NATO-Russia Council gathered in November" },
	};
	struct mdtl_timeline tl;
	struct mdtl_article_meta *copy;
	size_t i, j, several = 0, by_id = 0;

	(void)state;
	mdtl_timeline_init(&tl);
	for (i = 0; i < sizeof specs / sizeof specs[0]; i++)
		add(&tl, &specs[i], i);
	/* the first article again, read from another file: its event is
	   told twice, once in each */
	add(&tl, &specs[0], 0);
	copy = mdtl_arena_calloc(&tl.arena, 1, sizeof *copy);
	*copy = *tl.v[tl.n - 1].article;
	copy->path = "a-again";
	tl.v[tl.n - 1].article = copy;
	tl.v[tl.n - 1].mentions[0].source = "a-again";
	mdtl_timeline_merge(&tl);
	for (i = 0; i < tl.n; i++) {
		several += tl.v[i].nmentions > 1;
		for (j = 0; j < tl.v[i].nmentions; j++)
			by_id += tl.v[i].mentions[j].atom != NULL &&
			    !tl.v[i].mentions[j].home;
		same(&tl.v[i], 1, NULL);
		same(&tl.v[i], 0, i > 0 ? tl.v[i - 1].article : NULL);
	}
	assert_true(several >= 2);
	assert_true(by_id >= 1);
	mdtl_timeline_release(&tl);
}

/* Bytes cut short, run on, or not a record: refused, never read past. */
static void
test_refused(void **state)
{
	struct mdtl_event e, r;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_buf b = MDTL_BUF_INIT;
	uint32_t huge = 0x7fffffff;
	char *copy;
	size_t n;

	(void)state;
	event(&e);
	mdtl_event_pack(&b, &e, 1);
	for (n = 0; n < b.len; n++) {
		/* a copy of exactly n bytes, so that ASan sees a read past */
		copy = malloc(n ? n : 1);
		memcpy(copy, b.buf, n);
		assert_int_equal(mdtl_event_unpack(&r, &a, copy, n, NULL), -1);
		free(copy);
	}
	assert_int_equal(mdtl_event_unpack(&r, &a, b.buf, b.len, NULL), 0);
	mdtl_buf_addch(&b, 0);
	assert_int_equal(mdtl_event_unpack(&r, &a, b.buf, b.len, NULL), -1);
	/* the count of actors, after the id, type, date, words and basis,
	   made huge: refused without making room for it */
	mdtl_buf_reset(&b);
	mdtl_event_pack(&b, &e, 1);
	memcpy(b.buf + 4 + 16 + 4 + 4 + 8 + 4 + 9 + 4, &huge, sizeof huge);
	assert_int_equal(mdtl_event_unpack(&r, &a, b.buf, b.len, NULL), -1);
	/* a type that is none */
	mdtl_buf_reset(&b);
	mdtl_event_pack(&b, &e, 1);
	memcpy(b.buf + 4 + 16, &huge, sizeof huge);
	assert_int_equal(mdtl_event_unpack(&r, &a, b.buf, b.len, NULL), -1);
	mdtl_buf_release(&b);
	mdtl_arena_release(&a);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_fields), cmocka_unit_test(test_prev),
	    cmocka_unit_test(test_merged), cmocka_unit_test(test_refused));
}

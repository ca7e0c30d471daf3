/* event_json_test.c: the record written, read back and peeked at. */
#include "test.h"

#include "mdtl/event-json.h"
#include "mdtl/json.h"

static const char *credits[] = { "Interfax", NULL };
static struct mdtl_article_meta meta = {
	.id = "a1", .title = "Talks \"dead\"", .published =
	    "2011-07-01T14:23:00+04:00", .source = "Trend", .path = "a.txt",
	.credits = credits, .ncredits = 1,
};
static const char *const rogozin_aliases[] = { "Rogozin", "Dmitri Rogozin" };
static struct mdtl_event_actor actors[] = {
	{ "rogozin", "Dmitry Rogozin", MDTL_ROLE_SPEAKER, rogozin_aliases, 2 },
	{ "nato", "NATO", MDTL_ROLE_TARGET, NULL, 0 },
};
static struct mdtl_mention mentions[] = {
	{ "Rogozin said so.", { 10, 26 }, "a1", "a.txt", NULL, 0 },
	{ "He said it again.", { 40, 57 }, "b2", "b.txt", NULL, 0 },
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
	e->sentence = mentions[0].text;
	e->mentions = mentions;
	e->nmentions = 2;
	e->article = &meta;
	e->cameo = "138";
	e->sources = 2;
	e->why_cue = "warned";
}

/* What is written is read back field for field, and written the same. */
static void
test_roundtrip(void **state)
{
	struct mdtl_event e, r;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_buf b = MDTL_BUF_INIT, again = MDTL_BUF_INIT;
	const char *why = NULL;

	(void)state;
	event(&e);
	mdtl_event_json(&b, &e, 1, NULL);
	assert_int_equal(mdtl_event_json_read(&r, &a, &json, b.buf, b.len,
	    NULL, &why), 0);
	assert_string_equal(r.id, e.id);
	assert_int_equal(r.type, MDTL_EVENT_WARNING);
	assert_int_equal(r.date.gran, MDTL_GRAN_WEEK);
	assert_int_equal(r.date.part, 26);
	assert_int_equal(r.basis, MDTL_BASIS_RELATIVE);
	assert_int_equal(r.nactors, 2);
	assert_int_equal(r.actors[1].role, MDTL_ROLE_TARGET);
	/* a person's other names; none for a body, no key for them */
	assert_int_equal(r.actors[0].naliases, 2);
	assert_string_equal(r.actors[0].aliases[1], "Dmitri Rogozin");
	assert_int_equal(r.actors[1].naliases, 0);
	assert_non_null(strstr(b.buf, "\"role\":\"speaker\",\"aliases\":"
	    "[\"Rogozin\",\"Dmitri Rogozin\"]}"));
	assert_non_null(strstr(b.buf, "\"role\":\"target\"}"));
	assert_int_equal(r.nmentions, 2);
	assert_int_equal(r.mentions[1].span.end, 57);
	assert_string_equal(r.mentions[1].source, "b.txt");
	assert_string_equal(r.article->credits[0], "Interfax");
	assert_string_equal(r.why_cue, "warned");
	assert_int_equal(r.sources, 2);
	/* content words are left to merging */
	assert_null(r.words.v);
	mdtl_event_json(&again, &r, 1, NULL);
	assert_string_equal(again.buf, b.buf);
	mdtl_buf_release(&again);
	mdtl_buf_release(&b);
	mdtl_json_release(&json);
	mdtl_arena_release(&a);
}

/* What is not a record is refused, with the reason. */
static void
test_refused(void **state)
{
	static const char *const bad[] = {
		"not json",
		"[1, 2]",
		"{\"id\":\"x\",\"sentence\":\"s\",\"article\":{}}",
		/* our names as we write them: the case too */
		"{\"id\":\"x\",\"type\":\"Statement\",\"sentence\":\"s\","
		    "\"article\":{}}",
		"{\"id\":\"x\",\"type\":\"statement\",\"sentence\":\"s\","
		    "\"article\":\"a\"}",
		NULL
	};
	struct mdtl_event r;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
	const char *why;
	size_t i;

	(void)state;
	for (i = 0; bad[i] != NULL; i++) {
		why = NULL;
		assert_int_equal(mdtl_event_json_read(&r, &a, &json, bad[i],
		    strlen(bad[i]), NULL, &why), -1);
		assert_non_null(why);
	}
	/* the least a record holds; a role it does not know: participant */
	{
		static const char least[] = "{\"id\":\"x\",\"type\":\"offer\","
		    "\"sentence\":\"s\",\"article\":{},\"actors\":[{\"id\":"
		    "\"p\",\"role\":\"judge\"}]}";

		assert_int_equal(mdtl_event_json_read(&r, &a, &json, least,
		    sizeof least - 1, NULL, &why), 0);
	}
	assert_int_equal(r.actors[0].role, MDTL_ROLE_PARTICIPANT);
	assert_string_equal(r.actors[0].name, "p");
	assert_int_equal(r.nmentions, 1);
	assert_int_equal(r.date.gran, MDTL_GRAN_NONE);
	mdtl_json_release(&json);
	mdtl_arena_release(&a);
}

/* The type told from the line; a line that does not say: -1. */
static void
test_peek(void **state)
{
	struct mdtl_event e;
	struct mdtl_buf b = MDTL_BUF_INIT;

	(void)state;
	event(&e);
	mdtl_event_json(&b, &e, 1, NULL);
	assert_int_equal(mdtl_event_json_peek_type(b.buf, b.len),
	    MDTL_EVENT_WARNING);
	assert_int_equal(mdtl_event_json_peek_type("{}", 2), -1);
	mdtl_buf_release(&b);
}

/* The records of one article share its article; another is read anew. */
static void
test_same_article(void **state)
{
	struct mdtl_event e, r1, r2, r3;
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_buf b = MDTL_BUF_INIT;
	struct mdtl_article_meta other;
	const char *why = NULL;

	(void)state;
	event(&e);
	mdtl_event_json(&b, &e, 0, NULL);
	assert_int_equal(mdtl_event_json_read(&r1, &a, &json, b.buf, b.len,
	    NULL, &why), 0);
	assert_int_equal(mdtl_event_json_read(&r2, &a, &json, b.buf, b.len,
	    r1.article, &why), 0);
	assert_ptr_equal(r2.article, r1.article);
	other = *e.article;
	other.title = "Another title";
	e.article = &other;
	mdtl_buf_reset(&b);
	mdtl_event_json(&b, &e, 0, NULL);
	assert_int_equal(mdtl_event_json_read(&r3, &a, &json, b.buf, b.len,
	    r1.article, &why), 0);
	assert_ptr_not_equal(r3.article, r1.article);
	assert_string_equal(r3.article->title, "Another title");
	mdtl_buf_release(&b);
	mdtl_json_release(&json);
	mdtl_arena_release(&a);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_roundtrip), cmocka_unit_test(test_refused),
	    cmocka_unit_test(test_peek), cmocka_unit_test(test_same_article));
}

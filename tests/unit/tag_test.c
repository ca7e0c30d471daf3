/* tag_test.c: what one sentence is tagged with. */
#include "test.h"
#include "fixture.h"

#include "mdtl/buf.h"
#include "mdtl/tag.h"

static struct mdtl_tags tg;
static struct mdtl_arena arena;

static void
tag(const char *s, const char *day)
{
	struct mdtl_text tx;
	struct mdtl_date ref;
	long first, last;

	/* one paragraph: its tokens, quotations marked */
	mdtl_arena_release(&arena);
	mdtl_text_split(&tx, &arena, s, strlen(s));
	assert_int_equal(mdtl_timex_parse(day, &ref), 0);
	mdtl_date_range(&ref, &first, &last);
	mdtl_tag_sentence(&tg, lex, tx.tokens, tx.ntokens, first, &ref);
}

static void
test_actors(void **state)
{
	(void)state;
	/* the longest alias; a dated title; a demonym with a collective */
	tag("Russia's ambassador to NATO Dmitry Rogozin told Russian officials "
	    "and a Russian diplomat in Brussels.", "2011-07-01");
	assert_int_equal(tg.nm, 4);
	assert_string_equal(tg.m[0].actor->id, "rogozin");
	assert_int_equal(tg.m[0].ntok, 5);
	assert_string_equal(tg.m[1].actor->id, "rogozin");
	assert_string_equal(tg.m[2].actor->id, "russia");
	assert_int_equal(tg.m[2].ntok, 2);
	assert_false(tg.m[2].weak);
	assert_string_equal(tg.m[3].actor->id, "russia");
	assert_int_equal(tg.m[3].ntok, 2);
	/* "in Brussels" is a place and not the alliance */
	assert_int_equal(tg.np, 1);
	assert_string_equal(tg.p[0].place->name, "Brussels");
	assert_non_null(mdtl_tags_actor_at(&tg, 6));
	assert_null(mdtl_tags_actor_at(&tg, 7));
	/* the same title names someone else in 2013 */
	tag("Russia's ambassador to NATO said so.", "2013-01-10");
	assert_string_equal(tg.m[0].actor->id, "grushko");
	/* a demonym alone is weak */
	tag("The American system threatens Russian interests.", "2008-02-15");
	assert_int_equal(tg.nm, 2);
	assert_true(tg.m[0].weak);
	/* a body's name after another actor's possessive, or inside a
	 * longer name, is not the body the data knows by it */
	tag("Iran's Supreme National Security Council met.", "2012-04-14");
	assert_int_equal(tg.nm, 1);
	assert_string_equal(tg.m[0].actor->id, "iran");
	tag("Popov of Russia's Security Council spoke.", "2014-09-01");
	assert_int_equal(tg.nm, 1);
	assert_string_equal(tg.m[0].actor->id, "russia");
	tag("The U.N. Security Council met.", "2012-04-14");
	assert_int_equal(tg.nm, 2);
	assert_string_equal(tg.m[1].actor->id, "united-nations");
	tag("Russia's Federation Council voted.", "2012-04-14");
	assert_int_equal(tg.nm, 2);
	assert_string_equal(tg.m[1].actor->id, "state-duma");
	/* a name written with its diacritics */
	tag("Davuto\xC4\x9Flu spoke.", "2012-04-14");
	assert_int_equal(tg.nm, 1);
	assert_string_equal(tg.m[0].actor->id, "davutoglu");
}

static void
test_cues_dates(void **state)
{
	(void)state;
	tag("\"We will respond,\" Lavrov said at a press conference on Friday "
	    "before the summit.", "2011-07-01");
	assert_int_equal(tg.nc, 5);
	assert_int_equal(tg.c[0].kind, MDTL_PH_WARNING);
	assert_true(tg.c[0].inquote);
	assert_int_equal(tg.c[1].kind, MDTL_PH_SPEECH);
	assert_false(tg.c[1].inquote);
	/* "press conference" is longer than "conference": not a meeting */
	assert_int_equal(tg.c[2].kind, MDTL_PH_NOT_SUMMIT);
	assert_int_equal(tg.c[3].kind, MDTL_PH_DEADLINE);
	assert_int_equal(tg.c[4].kind, MDTL_PH_SUMMIT);
	assert_int_equal(tg.ntx, 1);
	assert_string_equal(tg.tx[0].value, "2011-07-01");
}

static void
test_bounds(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	int i;

	(void)state;
	/* a sentence with more names than the caps: bounded, no overflow */
	for (i = 0; i < 500; i++)
		mdtl_buf_adds(&b, "Russia and NATO met on Monday in Sochi, ");
	tag(b.buf, "2011-07-01");
	assert_int_equal(tg.nm, MDTL_TAG_MAX);
	assert_int_equal(tg.np, MDTL_TAG_MAX);
	assert_int_equal(tg.ntx, MDTL_TAG_MAX_TIMEX);
	mdtl_buf_release(&b);
	mdtl_arena_release(&arena);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors),
		cmocka_unit_test(test_cues_dates),
		cmocka_unit_test(test_bounds),
	};

	return cmocka_run_group_tests(tests, lexicon_setup, lexicon_teardown);
}

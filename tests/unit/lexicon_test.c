/* lexicon_test.c: the data files, loaded, indexed and matched. */
#include "test.h"
#include "fixture.h"

#include <sys/stat.h>
#include <unistd.h>

#include "mdtl/lexicon.h"
#include "mdtl/timex.h"

static const char *
actor_on(const char *text, const char *day)
{
	struct mdtl_date d;

	assert_int_equal(mdtl_timex_parse(day, &d), 0);
	{
		const struct mdtl_actor *a = mdtl_lexicon_find_actor(lex, text,
		    mdtl_days_from_civil(d.year, d.month, d.day ? d.day : 1));

		return a ? a->id : "-";
	}
}

static void
test_actors(void **state)
{
	(void)state;
	assert_string_equal(actor_on("Rogozin", "2011-07-01"), "rogozin");
	assert_string_equal(actor_on("rogozin", "2011-07-01"), "rogozin");
	assert_string_equal(actor_on("Russia's ambassador to NATO",
	    "2011-07-01"), "rogozin");
	assert_string_equal(actor_on("Russia's ambassador to NATO",
	    "2013-01-01"), "grushko");
	assert_string_equal(actor_on("the Kremlin", "2011-07-01"), "russia");
	assert_string_equal(actor_on("Russian President", "2008-02-15"),
	    "putin");
	assert_string_equal(actor_on("Russian President", "2008-06-01"),
	    "medvedev");
	assert_string_equal(actor_on("Russian President", "2014-01-01"),
	    "putin");
	assert_string_equal(actor_on("Washington", "2011-07-01"),
	    "united-states");
	assert_string_equal(actor_on("NATO Secretary General", "2011-07-01"),
	    "rasmussen");
	assert_string_equal(actor_on("Russian officials", "2011-07-01"),
	    "russia");
	assert_string_equal(actor_on("nobody at all", "2011-07-01"), "-");
	/* CAMEO actor codes, from the Phoenix dictionaries */
	assert_string_equal(mdtl_lexicon_find_actor(lex, "russia", 0)->cameo,
	    "RUS");
	assert_string_equal(mdtl_lexicon_find_actor(lex, "nato", 0)->cameo,
	    "IGOWSTNAT");
}

/* An actor by its own id string: every one found, a copy of its id not. */
static void
test_actor_of_id(void **state)
{
	char copy[64];
	size_t i;

	(void)state;
	assert_true(lex->nactors > 300);
	for (i = 0; i < lex->nactors; i++)
		assert_ptr_equal(mdtl_lexicon_actor_of_id(lex,
		    lex->actors[i].id), &lex->actors[i]);
	snprintf(copy, sizeof copy, "%s", lex->actors[0].id);
	assert_null(mdtl_lexicon_actor_of_id(lex, copy));
	assert_null(mdtl_lexicon_actor_of_id(lex, "russia"));
}

/* Sides: the actor, its country's people, and roles that speak for it. */
static void
test_sides(void **state)
{
	const struct mdtl_actor *nato = mdtl_lexicon_find_actor(lex, "nato", 0);
	const struct mdtl_actor *russia = mdtl_lexicon_find_actor(lex,
	    "russia", 0);
	const struct mdtl_actor *rasmussen = mdtl_lexicon_find_actor(lex,
	    "rasmussen", 0);
	const struct mdtl_actor *rogozin = mdtl_lexicon_find_actor(lex,
	    "rogozin", 0);

	(void)state;
	assert_true(mdtl_actor_on_side(nato, nato, 0));
	assert_true(mdtl_actor_on_side(rogozin, russia, 0));
	assert_false(mdtl_actor_on_side(rogozin, nato, 0));
	/* NATO's Secretary General from 2009 to 2014, not after */
	assert_true(mdtl_actor_on_side(rasmussen, nato,
	    mdtl_days_from_civil(2011, 7, 1)));
	assert_false(mdtl_actor_on_side(rasmussen, nato,
	    mdtl_days_from_civil(2016, 1, 1)));
	assert_false(mdtl_actor_on_side(rasmussen, russia, 0));
}

/* A title's words, of the roles held on the day: "the head of state". */
static void
test_titled(void **state)
{
	const struct mdtl_actor *medvedev = mdtl_lexicon_find_actor(lex,
	    "medvedev", 0);
	const struct mdtl_actor *lavrov = mdtl_lexicon_find_actor(lex,
	    "lavrov", 0);

	(void)state;
	/* President of Russia 2008-2012, Prime Minister after */
	assert_true(mdtl_actor_titled(lex, medvedev, MDTL_GRAMMAR_STATE_HEADS,
	    mdtl_days_from_civil(2010, 7, 1)));
	assert_false(mdtl_actor_titled(lex, medvedev, MDTL_GRAMMAR_STATE_HEADS,
	    mdtl_days_from_civil(2013, 7, 1)));
	assert_false(mdtl_actor_titled(lex, lavrov, MDTL_GRAMMAR_STATE_HEADS,
	    mdtl_days_from_civil(2010, 7, 1)));
	/* a title's last words, of a role held that day, whoever else
	 * holds one: a minister; no president; no minister before 2004 */
	assert_true(mdtl_actor_holds(lex, lavrov, "Minister",
	    mdtl_days_from_civil(2010, 7, 1)));
	assert_false(mdtl_actor_holds(lex, lavrov, "President",
	    mdtl_days_from_civil(2010, 7, 1)));
	assert_false(mdtl_actor_holds(lex, lavrov, "Minister",
	    mdtl_days_from_civil(2003, 7, 1)));
}

/* The tokens the warning that starts text takes, or 0. */
static size_t
warning_len(const char *s)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0, len = 0;

	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	if (mdtl_lexicon_match(lex, t, nt, 1u << MDTL_PH_WARNING, 0,
	    &len) == NULL)
		len = 0;
	mdtl_arena_release(&a);
	return len;
}

static void
test_match(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0, len;
	const struct mdtl_phrase *p;
	const char *s = "tell us what US officials said in Brussels";

	(void)state;
	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	/* "us" the pronoun is not the United States; "US" is */
	assert_null(mdtl_lexicon_match(lex, t + 1, nt - 1,
	    1u << MDTL_PH_ACTOR, 0, &len));
	p = mdtl_lexicon_match(lex, t + 3, nt - 3,
	    1u << MDTL_PH_ACTOR | 1u << MDTL_PH_DEMONYM, 0, &len);
	assert_non_null(p);
	assert_string_equal(((const struct mdtl_actor *)p->target)->id,
	    "united-states");
	p = mdtl_lexicon_match(lex, t + 5, nt - 5, 1u << MDTL_PH_SPEECH, 0,
	    &len);
	assert_non_null(p);
	assert_string_equal(p->text, "said");
	/* "in Brussels" is the place */
	assert_true(mdtl_lexicon_place_use(lex, t, nt, 7, 1));
	assert_false(mdtl_lexicon_place_use(lex, t, nt, 3, 1));
	mdtl_arena_release(&a);
	t = NULL;
	nt = at = 0;
	/* a dateline's city is a place; "Moscow, which ..." the actor */
	{
		static const char *const uses[][2] = {
			{ "MOSCOW, December 14 (RIA Novosti) - Russia", "1" },
			{ "BRUSSELS (Reuters) - NATO", "1" },
			{ "BRUSSELS.", "1" },
			{ "Moscow, which has long objected", "0" },
			{ "Moscow said", "0" },
		};
		size_t k;

		for (k = 0; k < sizeof uses / sizeof uses[0]; k++) {
			mdtl_text_tokenize(&a, uses[k][0], strlen(uses[k][0]),
			    0, &t, &nt, &at);
			assert_int_equal(mdtl_lexicon_place_use(lex, t, nt, 0,
			    1), uses[k][1][0] == '1');
			mdtl_arena_release(&a);
			t = NULL;
			nt = at = 0;
		}
	}
	/* a modal and an action make a warning of two lists */
	s = "Moscow would be forced to respond";
	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	p = mdtl_lexicon_match(lex, t + 1, nt - 1, 1u << MDTL_PH_WARNING, 0,
	    &len);
	assert_non_null(p);
	assert_int_equal(len, 5);
	mdtl_arena_release(&a);
	/* "take ... measures": up to four words in the gap, a hyphen not
	   one of them, and none at all; no punctuation, no fifth word */
	assert_int_equal(warning_len("take the necessary military-technical "
	    "measures"), 7);
	assert_int_equal(warning_len("take measures"), 2);
	assert_int_equal(warning_len("take the very most necessary military "
	    "measures"), 0);
	assert_int_equal(warning_len("take note, and measures"), 0);
	assert_int_equal(warning_len("take the necessary"), 0);
}

/* A data folder with one broken file, and the message it gives. */
static void
broken(const char *file, const char *content, const char *want)
{
	char dir[] = "/tmp/mdtl-lexXXXXXX", path[256];
	const char *files[] = { "actors.yaml", "places.yaml", "cues.yaml",
	    "cameo-verbs.yaml", "cameo-actors.yaml", "countries.yaml",
	    "given-names.yaml" };
	const char *good[] = { "actors: []\n", "places: []\n",
	    "statement: {cues: [said]}\nwarning: {cues: [warned]}\n"
	    "offer: {cues: [offered]}\nsummit: {cues: [summit]}\n"
	    "deadline: {cues: [by]}\n",
	    "statement: {'010': [said, stated]}\n", "actors: {}\n",
	    "actors: []\n", "given_names: [Ivan]\n" };
	const int nfiles = (int)(sizeof files / sizeof files[0]);
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_lexicon *l;
	FILE *fp;
	int i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < nfiles; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		fp = fopen(path, "w");
		fputs(strcmp(files[i], file) == 0 ? content : good[i], fp);
		fclose(fp);
	}
	l = mdtl_lexicon_load(dir, &d);
	if (want == NULL) {
		assert_non_null(l);
		assert_int_equal(d.n, 0);
	} else {
		assert_null(l);
		assert_true(d.n >= 1);
		if (strstr(d.v[0].msg, want) == NULL)
			fail_msg("got '%s', want '%s'", d.v[0].msg, want);
		assert_non_null(strstr(d.v[0].path, file));
	}
	mdtl_lexicon_free(l);
	mdtl_diag_release(&d);
	for (i = 0; i < nfiles; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
}

static void
test_errors(void **state)
{
	(void)state;
	broken("none", "", NULL);
	broken("actors.yaml", "actors:\n  - id: x\n    name: X\n    kind: persn\n",
	    "unknown kind 'persn'");
	broken("actors.yaml", "actors:\n  - id: x\n    name: X\n    kind: person\n"
	    "    rol: []\n", "unknown key 'rol'");
	broken("actors.yaml", "actors:\n  - id: x\n    kind: person\n",
	    "has no 'name'");
	broken("countries.yaml", "actors:\n  - id: x\n    name: X\n"
	    "    kind: contry\n", "unknown kind 'contry'");
	broken("actors.yaml", "actors:\n  - id: x\n    name: X\n"
	    "    kind: person\n    gender: f\n", "unknown gender 'f'");
	broken("actors.yaml", "actors:\n  - {id: x, name: X, kind: person}\n"
	    "  - {id: x, name: Y, kind: person}\n", "duplicate actor id 'x'");
	broken("actors.yaml", "actors:\n  - {id: x, name: X, kind: person, "
	    "country: atlantis}\n", "unknown country 'atlantis'");
	broken("actors.yaml", "actors:\n  - id: x\n    name: X\n    kind: person\n"
	    "    roles: [{title: T, from: soon}]\n", "must be a year or a date");
	broken("actors.yaml", "actors:\n  - id: x\n    name: X\n    kind: person\n"
	    "    roles: [{title: T, from: 2012, to: 2010}]\n", "ends before");
	broken("cues.yaml", "statement: {cues: [said]}\n", "no 'warning'");
	broken("cues.yaml", "statement: {cues: [said], cameo: [1]}\n"
	    "warning: {cues: [w]}\noffer: {cues: [o]}\nsummit: {cues: [s]}\n"
	    "deadline: {cues: [by]}\n", "cameo must be a string");
	broken("cues.yaml", "statement: {cues: [said]}\n"
	    "warning: {cues: [w], modals: [will]}\noffer: {cues: [o]}\n"
	    "summit: {cues: [s]}\ndeadline: {cues: [by]}\n",
	    "'modals' and 'actions' go together");
	broken("cues.yaml", "statement: {cues: [said]}\n"
	    "warning: {cues: [w]}\noffer: {cues: [o]}\n"
	    "summit: {cues: [s], objects: [a deal]}\ndeadline: {cues: [by]}\n",
	    "'verbs' and 'objects' go together");
	broken("cues.yaml", "statement: {cues: [said]}\n"
	    "warning: {cues: [... measures]}\noffer: {cues: [o]}\n"
	    "summit: {cues: [s]}\ndeadline: {cues: [by]}\n",
	    "'...' only between words");
	broken("cues.yaml", "statement: {cues: [said]}\n"
	    "warning: {cues: [take ... the ... measures]}\n"
	    "offer: {cues: [o]}\nsummit: {cues: [s]}\n"
	    "deadline: {cues: [by]}\n", "one '...' a phrase");
	broken("cameo-verbs.yaml", "statment: {'010': [said]}\n",
	    "unknown key 'statment'");
	broken("cameo-verbs.yaml", "statement: {'01x': [said]}\n",
	    "'01x' is not a CAMEO code");
	broken("cameo-verbs.yaml", "statement: [said]\n", "must be a mapping");
	broken("cameo-actors.yaml", "actors: {nobody: RUS}\n",
	    "unknown actor 'nobody'");
	broken("cameo-actors.yaml", "actors: {}\nactor: {}\n",
	    "unknown key 'actor'");
	broken("given-names.yaml", "given_name: [Ivan]\n",
	    "unknown key 'given_name'");
	broken("given-names.yaml", "given_names: [Ivan Ivanovich]\n",
	    "is not one word");
	broken("given-names.yaml", "given_names: Ivan\n", "must be a");
	broken("places.yaml", "places:\n  - kind: city\n", "has no 'name'");
	broken("places.yaml", "places:\n  - {name: X, capital_of: atlantis}\n",
	    "unknown country 'atlantis'");
	broken("places.yaml", "- a\n", "must be a mapping");
	broken("places.yaml", "places: [\n", "");
}

static void
test_missing_dir(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;

	(void)state;
	assert_null(mdtl_lexicon_load("/nonexistent-mdtl", &d));
	assert_non_null(strstr(d.v[0].msg, "cannot open"));
	mdtl_diag_release(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors),
		cmocka_unit_test(test_sides),
		cmocka_unit_test(test_titled),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_actor_of_id),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_missing_dir),
	};

	return cmocka_run_group_tests(tests, lexicon_setup,
	    lexicon_teardown);
}

/* words_test.c: the content words of a sentence, and how alike two are. */
#include "test.h"

#include "mdtl/words.h"

static int
has(const struct mdtl_words *w, const char *s)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		if (strcmp(w->v[i], s) == 0)
			return 1;
	return 0;
}

static void
test_words(void **state)
{
	static const char text[] = "Rogozin said the missile defence talks "
	    "with NATO would resume, Rogozin said.";
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_words w, wt;
	size_t nt = 0, at = 0, i;

	(void)state;
	mdtl_words_of(&a, text, &w);
	/* lower case, each once; "said", "with", "would" are too common,
	 * "the" too short */
	assert_int_equal(w.n, 6);
	assert_true(has(&w, "rogozin"));
	assert_true(has(&w, "missile"));
	assert_true(has(&w, "defence"));
	assert_true(has(&w, "talks"));
	assert_true(has(&w, "nato"));
	assert_true(has(&w, "resume"));
	assert_false(has(&w, "said"));
	assert_false(has(&w, "would"));
	for (i = 0; i < w.n; i++) {
		assert_int_equal(w.h[i], mdtl_text_hash(w.v[i]));
		if (i > 0)
			assert_true(w.h[i - 1] < w.h[i] || (w.h[i - 1] ==
			    w.h[i] && strcmp(w.v[i - 1], w.v[i]) < 0));
	}
	/* from the tokens: the same set in the same order */
	mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
	mdtl_words_of_tokens(&a, t, nt, &wt);
	assert_int_equal(wt.n, w.n);
	for (i = 0; i < w.n; i++)
		assert_string_equal(wt.v[i], w.v[i]);
	mdtl_arena_release(&a);
}

static void
test_similarity(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_words x, y, z, none;

	(void)state;
	mdtl_words_of(&a, "alpha bravo charlie", &x);
	mdtl_words_of(&a, "bravo charlie delta", &y);
	mdtl_words_of(&a, "echo foxtrot", &z);
	mdtl_words_of(&a, "a b c", &none);
	assert_int_equal(none.n, 0);
	/* two in common of four in all */
	assert_true(mdtl_words_similarity(&x, &y) == 0.5);
	assert_true(mdtl_words_similarity(&y, &x) == 0.5);
	assert_true(mdtl_words_similarity(&x, &x) == 1.0);
	assert_true(mdtl_words_similarity(&x, &z) == 0.0);
	assert_true(mdtl_words_similarity(&none, &none) == 0.0);
	mdtl_arena_release(&a);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_words), cmocka_unit_test(test_similarity));
}

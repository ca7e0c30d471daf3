/* wordset_test.c: a fixed set of words, found by their hash. */
#include <string.h>

#include "test.h"

#include "mdtl/text.h"
#include "mdtl/wordset.h"

static unsigned
get(const struct mdtl_wordset *s, const char *w)
{
	return mdtl_wordset_get(s, w, mdtl_text_hash(w));
}

static void
test_wordset(void **state)
{
	/* four slots for two words: they may share a slot's chain */
	const char *word[4] = { NULL };
	unsigned char value[4];
	struct mdtl_wordset s = { word, value, 4 };

	(void)state;
	assert_int_equal(get(&s, "monday"), 0);
	mdtl_wordset_add(word, value, 4, "monday", 1);
	mdtl_wordset_add(word, value, 4, "said", 2);
	/* a word added again keeps its first value */
	mdtl_wordset_add(word, value, 4, "said", 3);
	assert_int_equal(get(&s, "monday"), 1);
	assert_int_equal(get(&s, "said"), 2);
	/* absent, or only alike in its first letter or its length */
	assert_int_equal(get(&s, "tuesday"), 0);
	assert_int_equal(get(&s, "mon"), 0);
	assert_int_equal(get(&s, "sail"), 0);
	assert_int_equal(get(&s, ""), 0);
}

static int
find(const struct mdtl_wordlist *l, const char *w)
{
	struct mdtl_token t;

	memset(&t, 0, sizeof t);
	t.norm = w;
	t.hash = mdtl_text_hash(w);
	return mdtl_wordlist_find(l, &t);
}

/*
 * A list made at build time (tools/mkwords.c): every word is found at its
 * place by the hash the tokenizer gives it, and no other word is.
 */
#include "stop-words.gen.h"

static void
test_wordlist(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; stop_words.w[i] != NULL; i++)
		assert_int_equal(find(&stop_words, stop_words.w[i]), (int)i);
	assert_true(i > 40);
	assert_int_equal(find(&stop_words, "about"), 0);
	assert_int_equal(find(&stop_words, "missile"), -1);
	assert_int_equal(find(&stop_words, "About"), -1);
	assert_int_equal(find(&stop_words, ""), -1);
	/* the slots are a power of two, and half empty at least */
	assert_int_equal(stop_words.set.nslot & (stop_words.set.nslot - 1), 0);
	assert_true(stop_words.set.nslot >= 2 * i);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_wordset), cmocka_unit_test(test_wordlist));
}

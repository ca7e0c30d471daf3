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
	mdtl_wordset_add(&s, "monday", 1);
	mdtl_wordset_add(&s, "said", 2);
	assert_int_equal(get(&s, "monday"), 1);
	assert_int_equal(get(&s, "said"), 2);
	/* absent, or only alike in its first letter or its length */
	assert_int_equal(get(&s, "tuesday"), 0);
	assert_int_equal(get(&s, "mon"), 0);
	assert_int_equal(get(&s, "sail"), 0);
	assert_int_equal(get(&s, ""), 0);
}

static int
find(struct mdtl_wordlist *l, const char *w)
{
	struct mdtl_token t;

	memset(&t, 0, sizeof t);
	t.norm = w;
	t.hash = mdtl_text_hash(w);
	return mdtl_wordlist_find(l, &t);
}

static void
test_wordlist(void **state)
{
	static const char *const days_v[] = { "yesterday", "today",
	    "tomorrow", NULL };
	static struct mdtl_wordlist days = MDTL_WORDLIST(days_v);
	static const char *const none_v[] = { NULL };
	static struct mdtl_wordlist none = MDTL_WORDLIST(none_v);

	(void)state;
	/* positions from 0, in the order written; indexed on first use */
	assert_int_equal(find(&days, "yesterday"), 0);
	assert_int_equal(find(&days, "tomorrow"), 2);
	assert_int_equal(find(&days, "today"), 1);
	assert_int_equal(find(&days, "day"), -1);
	assert_int_equal(find(&days, "Today"), -1);
	assert_int_equal(find(&none, "today"), -1);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_wordset), cmocka_unit_test(test_wordlist));
}

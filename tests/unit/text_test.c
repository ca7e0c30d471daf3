/* text_test.c: tokens, paragraphs and sentences. */
#include "test.h"

#include "mdtl/text.h"

static char **
sentences(struct mdtl_arena *a, const char *body, size_t *n)
{
	struct mdtl_text tx;
	char **out;
	size_t i;

	mdtl_text_split(&tx, a, body, strlen(body));
	out = mdtl_arena_calloc(a, tx.nsentences + 1, sizeof *out);
	for (i = 0; i < tx.nsentences; i++)
		out[i] = mdtl_arena_strndup(a, body + tx.sentences[i].span.start,
		    tx.sentences[i].span.end - tx.sentences[i].span.start);
	*n = tx.nsentences;
	return out;
}

/*
 * The tokens of s (its first byte at base), which must have the forms
 * want, each hashed as the lexicon and the date tagger look it up.
 */
static struct mdtl_token *
tokens_are(struct mdtl_arena *a, const char *s, size_t base,
    const char *const *want, size_t nwant)
{
	struct mdtl_token *t = NULL;
	size_t n = 0, al = 0, i;

	mdtl_text_tokenize(a, s, strlen(s), base, &t, &n, &al);
	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++) {
		assert_string_equal(t[i].norm, want[i]);
		assert_int_equal(t[i].hash, mdtl_text_hash(t[i].norm));
	}
	return t;
}

static void
test_tokens(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t;
	const char *s = "Russia\xE2\x80\x99s U.S. envoy, \xE2\x80\x9CP5+1\xE2\x80\x9D "
	    "Russia-NATO don't 4th";
	const char *punct = ", \xE2\x80\x9C--\xE2\x80\x9D ...";
	const char *want[] = { "russia", "'s", "u.s.", "envoy", ",", "\"", "p5",
	    "+", "1", "\"", "russia", "-", "nato", "do", "n't", "4th" };

	(void)state;
	t = tokens_are(&a, s, 100, want, sizeof want / sizeof want[0]);
	assert_true(mdtl_text_has_word(s, strlen(s)));
	assert_false(mdtl_text_has_word(punct, strlen(punct)));
	assert_int_equal(t[0].span.start, 100);
	assert_int_equal(t[0].span.end, 106);
	assert_true(t[0].flags & MDTL_TOK_CAP);
	assert_true(t[5].flags & MDTL_TOK_QOPEN);
	assert_true(t[9].flags & MDTL_TOK_QCLOSE);
	assert_int_equal(t[15].kind, MDTL_TOK_NUM);
	mdtl_arena_release(&a);
}

/*
 * Clitics are words of their own, read as the words they stand for, as
 * the Penn Treebank splits them: "She'll" is "she" "will", "won't" is
 * "will" "n't"; names with an apostrophe ("O'Brien") and "'d" stay whole.
 */
static void
test_clitics(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t;
	const char *s = "She'll We\xE2\x80\x99re I'm they've WON'T can't "
	    "doesn't n't O'Brien O'Neill we'd Russia's";
	const char *want[] = { "she", "will", "we", "are", "i", "am", "they",
	    "have", "will", "n't", "can", "n't", "does", "n't", "n't",
	    "o'brien", "o'neill", "we'd", "russia", "'s" };

	(void)state;
	t = tokens_are(&a, s, 0, want, sizeof want / sizeof want[0]);
	assert_true(t[0].flags & MDTL_TOK_CAP);
	assert_int_equal(t[0].span.end, 3);
	assert_int_equal(t[1].span.start, 3);		/* "'ll" */
	assert_int_equal(t[1].span.end, 6);
	assert_false(t[1].flags & MDTL_TOK_SPACE);
	assert_int_equal(t[3].span.end, t[3].span.start + 5);	/* "’re" */
	assert_int_equal(t[1].kind, MDTL_TOK_WORD);
	mdtl_arena_release(&a);
}

/*
 * Beyond ASCII: capitals of other scripts start names and fold to small
 * letters, symbols and emoji end words, the narrow spaces part them and
 * fullwidth digits are numbers.
 */
static void
test_unicode_tokens(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t;
	const char *s = "\xD0\x94\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB9 "
	    "Rogozin\xF0\x9F\x98\x80 Ryabkov\xE2\x84\xA2 20\xE2\x80\xAFJune "
	    "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x91 \xC3\x89lys\xC3\xA9" "e "
	    "Davuto\xC4\x9Flu";
	const char *want[] = { "\xD0\xB4\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB9",
	    "rogozin", "\xF0\x9F\x98\x80", "ryabkov", "\xE2\x84\xA2", "20",
	    "june", "2011", "elysee", "davutoglu" };

	(void)state;
	t = tokens_are(&a, s, 0, want, sizeof want / sizeof want[0]);
	assert_true(t[0].flags & MDTL_TOK_CAP);		/* Д */
	assert_int_equal(t[0].kind, MDTL_TOK_WORD);
	assert_int_equal(t[2].kind, MDTL_TOK_PUNCT);	/* the emoji */
	assert_true(t[6].flags & MDTL_TOK_SPACE);	/* after U+202F */
	assert_int_equal(t[7].kind, MDTL_TOK_NUM);	/* fullwidth */
	assert_true(t[8].flags & MDTL_TOK_CAP);		/* É */
	/* written as the lexicon's names are, without diacritics */
	assert_true(t[9].flags & MDTL_TOK_CAP);
	mdtl_arena_release(&a);
}

/*
 * Plain words are lowered and hashed eight bytes at a time: words of every
 * length up to 24, each at the very end of its text (where fewer than eight
 * bytes are left to read) and followed by more.
 */
static void
test_word_lengths(void **state)
{
	const char *upper = "ABCDEFGHIJKLMNOPQRSTUVWX";
	const char *lower = "abcdefghijklmnopqrstuvwx";
	char text[64], want[32];
	size_t len, tail;

	(void)state;
	for (len = 2; len <= 24; len++)
		for (tail = 0; tail < 2; tail++) {
			struct mdtl_arena a = MDTL_ARENA_INIT;
			struct mdtl_token *t = NULL;
			size_t n = 0, al = 0;
			char *exact;

			memcpy(text, upper, len);
			text[len] = '\0';
			if (tail)
				strcat(text, " 9");
			memcpy(want, lower, len);
			want[len] = '\0';
			/* on the heap, no byte more: a read past it is caught
			 * under AddressSanitizer */
			exact = malloc(strlen(text));
			memcpy(exact, text, strlen(text));
			mdtl_text_tokenize(&a, exact, strlen(text), 0, &t, &n,
			    &al);
			free(exact);
			assert_int_equal(n, 1 + tail);
			assert_string_equal(t[0].norm, want);
			assert_int_equal(t[0].hash, mdtl_text_hash(want));
			assert_int_equal(t[0].hash,
			    mdtl_text_hash_n(want, len));
			mdtl_arena_release(&a);
		}
	/* the hash tells words apart that differ in one byte, or in length */
	assert_true(mdtl_text_hash("missile") != mdtl_text_hash("missilE"));
	assert_true(mdtl_text_hash("missile") != mdtl_text_hash("missiles"));
	assert_true(mdtl_text_hash("a") != mdtl_text_hash(""));
}

static void
test_sentences(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	size_t n;
	char **s;

	(void)state;
	s = sentences(&a, "Mr. Smith met Gen. Jones in the U.S. on Nov. 24. "
	    "They spoke. J. R. Doe agreed!", &n);
	assert_int_equal(n, 3);
	assert_string_equal(s[0], "Mr. Smith met Gen. Jones in the U.S. on "
	    "Nov. 24.");
	assert_string_equal(s[2], "J. R. Doe agreed!");
	/* a quotation holds its sentences; the tag after it stays */
	s = sentences(&a, "\"We will never agree. Never,\" Rogozin said. "
	    "\"We hope.\"", &n);
	assert_int_equal(n, 2);
	assert_string_equal(s[0], "\"We will never agree. Never,\" Rogozin "
	    "said.");
	assert_string_equal(s[1], "\"We hope.\"");
	/* a month's abbreviation ends a sentence unless a day follows */
	s = sentences(&a, "They met in early Dec. The talks ended on Dec. 12 "
	    "in Helsinki.", &n);
	assert_int_equal(n, 2);
	assert_string_equal(s[0], "They met in early Dec.");
	/* a quotation that ends with its sentence, unless its speaker
	   follows */
	s = sentences(&a, "He said: \"This is a good start.\" He stressed "
	    "it. \"We hope so.\" Rogozin said.", &n);
	assert_int_equal(n, 3);
	assert_string_equal(s[0], "He said: \"This is a good start.\"");
	assert_string_equal(s[2], "\"We hope so.\" Rogozin said.");
	/* an ellipsis before a lower-case word goes on */
	s = sentences(&a, "If they do not tell us ... we will respond.", &n);
	assert_int_equal(n, 1);
	/* paragraphs end sentences, and an open quote with them */
	s = sentences(&a, "\xE2\x80\x9COnce again I say\n\nNo. Yes.", &n);
	assert_int_equal(n, 3);
	assert_string_equal(s[0], "\xE2\x80\x9COnce again I say");
	/* no full stop at all, and an empty text */
	s = sentences(&a, "a headline without a stop", &n);
	assert_int_equal(n, 1);
	s = sentences(&a, "", &n);
	assert_int_equal(n, 0);
	mdtl_arena_release(&a);
}

static void
test_paragraphs(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_text tx;
	const char *body = "One. Two.\n\n  \nThree\nstill three.\n\n";

	(void)state;
	mdtl_text_split(&tx, &a, body, strlen(body));
	assert_int_equal(tx.nparas, 2);
	assert_int_equal(tx.paras[0].nsent, 2);
	assert_int_equal(tx.paras[1].nsent, 1);
	assert_int_equal(tx.paras[1].span.start, 14);
	assert_true(mdtl_text_is_abbrev("gen"));
	assert_false(mdtl_text_is_abbrev("said"));
	mdtl_arena_release(&a);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_tokens),
	    cmocka_unit_test(test_clitics),
	    cmocka_unit_test(test_unicode_tokens),
	    cmocka_unit_test(test_word_lengths),
	    cmocka_unit_test(test_sentences),
	    cmocka_unit_test(test_paragraphs));
}

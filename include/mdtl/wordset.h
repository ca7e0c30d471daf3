/* wordset.h: fixed sets of words, found by their hash. */
#ifndef MDTL_WORDSET_H
#define MDTL_WORDSET_H

#include <stddef.h>

#include "mdtl/text.h"

/*
 * Open addressing over nslot slots (a power of two, over twice the words):
 * each word with a value from 1, one compare on a hit.  A set is made at
 * build time (tools/mkwords.c: a module's const tables) or once, when its
 * owner is made (the lexicon's, from the data files), and only read.
 */
struct mdtl_wordset {
	const char *const	*word;		/* NULL: an empty slot */
	const unsigned char	*value;
	size_t			 nslot;
};

/*
 * Add w, known by value (1 to 255), under its mdtl_text_hash(), to the
 * slots of a set being made; a word already there keeps its first value.
 */
void	mdtl_wordset_add(const char **word, unsigned char *value, size_t nslot,
	    const char *w, unsigned v);

/* The value of w, whose mdtl_text_hash() is hash; 0 when it is absent. */
static inline unsigned
mdtl_wordset_get(const struct mdtl_wordset *s, const char *w, unsigned hash)
{
	size_t h = hash & (s->nslot - 1);

	for (; s->word[h] != NULL; h = (h + 1) & (s->nslot - 1))
		if (mdtl_text_eq(s->word[h], w))
			return s->value[h];
	return 0;
}

/* Does the set hold the token's word? */
static inline int
mdtl_wordset_has(const struct mdtl_wordset *s, const struct mdtl_token *t)
{
	return s->nslot != 0 && mdtl_wordset_get(s, t->norm, t->hash) != 0;
}

/*
 * A short list of words told by position (from 0): the words, and a set
 * whose values are positions + 1, made at build time by tools/mkwords.c.
 */
struct mdtl_wordlist {
	const char *const	*w;
	struct mdtl_wordset	 set;
};

/* The position in the list of the token's word, or -1. */
static inline int
mdtl_wordlist_find(const struct mdtl_wordlist *l, const struct mdtl_token *t)
{
	return (int)mdtl_wordset_get(&l->set, t->norm, t->hash) - 1;
}

#endif

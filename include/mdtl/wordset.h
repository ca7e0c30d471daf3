/* wordset.h: a fixed set of words, found by their hash. */
#ifndef MDTL_WORDSET_H
#define MDTL_WORDSET_H

#include <stddef.h>

#include "mdtl/text.h"

/*
 * Open addressing over slots the owner gives (nslot, a power of two, over
 * twice the words): each word with a value from 1, one compare on a hit.
 * Built once (under pthread_once when threads may ask), then only read.
 */
struct mdtl_wordset {
	const char	**word;		/* NULL: an empty slot */
	unsigned char	 *value;
	size_t		  nslot;
};

/* Add w, known by value (1 to 255), under its mdtl_text_hash(). */
void	mdtl_wordset_add(struct mdtl_wordset *, const char *w, unsigned value);

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

#endif

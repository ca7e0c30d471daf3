/* wordset.h: a fixed set of words, found by their hash. */
#ifndef MDTL_WORDSET_H
#define MDTL_WORDSET_H

#include <stdatomic.h>
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

/*
 * A short list of words, told by position (from 0): found by hash, indexed
 * the first time it is asked (under a lock, since the tagger runs on
 * threads).  Made static as MDTL_WORDLIST(words), words NULL-terminated.
 */
#define MDTL_WORDLIST_SLOTS	128

struct mdtl_wordlist {
	const char *const	*w;
	atomic_int		 ready;
	struct mdtl_wordset	 set;
	const char		*slot[MDTL_WORDLIST_SLOTS];
	unsigned char		 value[MDTL_WORDLIST_SLOTS];
};

#define MDTL_WORDLIST(words)	{ .w = (words) }

void	mdtl_wordlist_index(struct mdtl_wordlist *);

/* The position in the list of the token's word, or -1. */
static inline int
mdtl_wordlist_find(struct mdtl_wordlist *l, const struct mdtl_token *t)
{
	if (!atomic_load_explicit(&l->ready, memory_order_acquire))
		mdtl_wordlist_index(l);
	return (int)mdtl_wordset_get(&l->set, t->norm, t->hash) - 1;
}

#endif

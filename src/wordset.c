/* wordset.c: a fixed set of words, found by their hash. */
#include <pthread.h>
#include <stdlib.h>

#include "mdtl/text.h"
#include "mdtl/wordset.h"

void
mdtl_wordset_add(struct mdtl_wordset *s, const char *w, unsigned value)
{
	size_t h = mdtl_text_hash(w) & (s->nslot - 1);

	while (s->word[h] != NULL)
		h = (h + 1) & (s->nslot - 1);
	s->word[h] = w;
	s->value[h] = (unsigned char)value;
}

static pthread_mutex_t wordlist_lock = PTHREAD_MUTEX_INITIALIZER;

void
mdtl_wordlist_index(struct mdtl_wordlist *l)
{
	size_t i;

	pthread_mutex_lock(&wordlist_lock);
	if (!atomic_load_explicit(&l->ready, memory_order_relaxed)) {
		l->set.word = l->slot;
		l->set.value = l->value;
		l->set.nslot = MDTL_WORDLIST_SLOTS;
		/* a list is a handful of words: the slots stay half empty */
		for (i = 0; l->w[i] != NULL; i++) {
			if (2 * (i + 1) >= MDTL_WORDLIST_SLOTS)
				abort();
			mdtl_wordset_add(&l->set, l->w[i], (unsigned)i + 1);
		}
		atomic_store_explicit(&l->ready, 1, memory_order_release);
	}
	pthread_mutex_unlock(&wordlist_lock);
}

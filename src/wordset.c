/* wordset.c: a fixed set of words, found by their hash. */
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

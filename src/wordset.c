/* wordset.c: fixed sets of words, found by their hash. */
#include <string.h>

#include "mdtl/text.h"
#include "mdtl/wordset.h"

void
mdtl_wordset_add(const char **word, unsigned char *value, size_t nslot,
    const char *w, unsigned v)
{
	size_t h = mdtl_text_hash(w) & (nslot - 1);

	for (; word[h] != NULL; h = (h + 1) & (nslot - 1))
		if (strcmp(word[h], w) == 0)
			return;
	word[h] = w;
	value[h] = (unsigned char)v;
}

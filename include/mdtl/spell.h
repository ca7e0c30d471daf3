/* spell.h: "did you mean": the nearest of some names to a mistyped one. */
#ifndef MDTL_SPELL_H
#define MDTL_SPELL_H

#include <stddef.h>

/*
 * The edits (a letter inserted, deleted, changed, or two swapped) between
 * a and b, without case; a count above limit is limit + 1 (it stops
 * there).  Names longer than 64 bytes are as far as can be.
 */
unsigned	mdtl_spell_distance(const char *a, const char *b,
		    unsigned limit);

/*
 * The nearest suggestion so far: feed it every name a word could have
 * meant; best is the one near enough to suggest (one edit for a word of
 * up to four letters, two for a longer one, the first of the nearest),
 * or NULL.
 */
struct mdtl_spell {
	const char	*word, *best;
	unsigned	 dist;
};

void	mdtl_spell_init(struct mdtl_spell *, const char *word);
void	mdtl_spell_try(struct mdtl_spell *, const char *name);

#endif

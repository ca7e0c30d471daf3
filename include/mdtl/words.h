/* words.h: what a sentence is about, as a set of words, for merging. */
#ifndef MDTL_WORDS_H
#define MDTL_WORDS_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/text.h"

/*
 * The content words of a sentence (four letters or more, common words
 * left out), each once, in the arena; and the Jaccard similarity of two
 * such sets, 0 to 1, which merging compares with MDTL_MERGE_SIMILAR.
 * From the text, or from its tokens when they are at hand (the same set:
 * the words point to the tokens' forms).  The words are in the order of
 * their hashes (mdtl_text_hash, kept in h), then of their bytes, so that
 * two sets are compared by numbers first.
 */
struct mdtl_words {
	const char	**v;
	unsigned	 *h;
	size_t		  n;
};

void	mdtl_words_of(struct mdtl_arena *, const char *, struct mdtl_words *);
void	mdtl_words_of_tokens(struct mdtl_arena *, const struct mdtl_token *,
	    size_t, struct mdtl_words *);
double	mdtl_words_similarity(const struct mdtl_words *,
	    const struct mdtl_words *);

#endif

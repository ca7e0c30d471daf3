/* extract.h: events from the tagged sentences of an article. */
#ifndef MDTL_EXTRACT_H
#define MDTL_EXTRACT_H

#include <stddef.h>

#include "mdtl/article.h"
#include "mdtl/event.h"
#include "mdtl/lexicon.h"

/*
 * mdtl_extract() reads the tagged sentences of an article and appends its
 * events to *v (*n of *alloc), allocated in the article's arena: they live
 * as long as the article, and their strings are borrowed from it and from
 * the lexicon.  With MDTL_EXTRACT_WORDS each event carries the content
 * words merging compares, made from the tokens at hand (without it they
 * are made from the sentence if merging asks).  Returns how many it
 * appended.  Extraction never fails; an article with no publication date
 * gets events whose relative dates stay null (the caller says so).
 */
enum mdtl_extract_flags {
	MDTL_EXTRACT_WORDS = 1 << 0,
};

size_t	mdtl_extract(struct mdtl_article *, const struct mdtl_lexicon *,
	    unsigned flags, struct mdtl_event **v, size_t *n, size_t *alloc);

#endif

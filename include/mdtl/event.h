/* event.h: the event record of DESIGN.md, and extraction from an article. */
#ifndef MDTL_EVENT_H
#define MDTL_EVENT_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/article.h"
#include "mdtl/lexicon.h"
#include "mdtl/timex.h"
#include "mdtl/words.h"

/*
 * mdtl_extract() reads the tagged sentences of an article and appends its
 * events to *v, allocated in the article's arena (they live as long as the
 * article).  Strings are borrowed from the article and the lexicon.
 * Extraction never fails; an article with no publication date gets events
 * whose relative dates stay null (the caller says so).
 */
enum mdtl_role_kind {
	MDTL_ROLE_SPEAKER,
	MDTL_ROLE_AGENT,
	MDTL_ROLE_TARGET,
	MDTL_ROLE_PARTICIPANT,
};

enum mdtl_date_basis {
	MDTL_BASIS_NONE,
	MDTL_BASIS_EXPLICIT,
	MDTL_BASIS_RELATIVE,
	MDTL_BASIS_INHERITED,
	MDTL_BASIS_PUBLICATION,
};

struct mdtl_event_actor {
	const char		*id, *name;
	enum mdtl_actor_kind	 kind;
	enum mdtl_role_kind	 role;
	const struct mdtl_actor	*known;		/* in the lexicon, or NULL */
};

struct mdtl_mention {
	const char		*text;		/* the sentence */
	struct mdtl_span	 span;
	const char		*article;	/* article id */
	const char		*source;	/* where it was read (path) */
};

struct mdtl_article_meta {
	const char	 *id, *title, *published, *source, *section, *url,
			 *author,
			 *path;
	const char	**credits;
	size_t		  ncredits;
};

struct mdtl_event {
	char				 id[20];
	enum mdtl_event_type		 type;
	struct mdtl_date		 date;		/* gran NONE: null */
	char				 date_value[24];
	const char			*date_text;
	enum mdtl_date_basis		 basis;
	struct mdtl_event_actor		*actors;
	size_t				 nactors, aactors;
	const char			*location;
	const char			*quote;
	const char			*sentence;
	struct mdtl_words		 words;		/* of the sentence; v NULL:
							   not worked out yet */
	const struct mdtl_token		*tok;		/* the sentence's tokens,
							   while its article
							   lives; or NULL */
	size_t				 ntok;
	struct mdtl_span		 span;
	struct mdtl_mention		*mentions;
	size_t				 nmentions, amentions;
	const char			*cameo;
	const struct mdtl_article_meta	*article;
	size_t				 order;		/* position in its article */
	size_t				 sources;	/* articles telling it;
							   0 means 1 */
	int				 merged;	/* folded into another */
	/* why, for --explain */
	const char			*why_cue, *why_actor, *why_date;
	const char			*why_merge;
};

const char	*mdtl_role_name(enum mdtl_role_kind);
const char	*mdtl_basis_name(enum mdtl_date_basis);

size_t	mdtl_extract(struct mdtl_article *, const struct mdtl_lexicon *,
	    struct mdtl_event **v, size_t *n, size_t *alloc);
/* The metadata record events point to, in the article's arena. */
const struct mdtl_article_meta *mdtl_article_meta(struct mdtl_article *);

#endif

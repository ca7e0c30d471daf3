/* tag.h: the actors, places, cues and dates of one sentence. */
#ifndef MDTL_TAG_H
#define MDTL_TAG_H

#include <stddef.h>

#include "mdtl/lexicon.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"

/*
 * mdtl_tag_sentence() fills tags for the n tokens of one sentence, which
 * it borrows: actor mentions (longest alias first; a name used as a place,
 * "in Brussels", is a place), places, event cues and dates resolved
 * against ref.  day (days since 1970, 0 unknown) picks the dated titles.
 * Token indexes are relative to the sentence.  The arrays are bounded: a
 * pathological sentence keeps its first MDTL_TAG_MAX tags of each kind.
 */
#define MDTL_TAG_MAX		64
#define MDTL_TAG_MAX_TIMEX	16

struct mdtl_actor_tag {
	size_t				 tok, ntok;
	const struct mdtl_actor		*actor;
	const struct mdtl_phrase	*ph;	/* NULL: a name the lexicon
						   does not hold */
	int				 weak;	/* a demonym alone: "Russian" */
};

struct mdtl_place_tag {
	size_t				 tok, ntok;
	const struct mdtl_place		*place;
};

struct mdtl_cue_tag {
	size_t				 tok, ntok;
	enum mdtl_phrase_kind		 kind;
	const struct mdtl_phrase	*ph;
	int				 inquote;
};

struct mdtl_tags {
	const struct mdtl_lexicon	*lex;		/* that tagged them */
	const struct mdtl_token		*t;
	size_t				 n;
	struct mdtl_actor_tag		 m[MDTL_TAG_MAX];
	size_t				 nm;
	struct mdtl_place_tag		 p[MDTL_TAG_MAX];
	size_t				 np;
	struct mdtl_cue_tag		 c[MDTL_TAG_MAX];
	size_t				 nc;
	struct mdtl_timex		 tx[MDTL_TAG_MAX_TIMEX];
	int				 tx_used[MDTL_TAG_MAX_TIMEX];
	size_t				 ntx;
};

/* With ref NULL no dates are looked for (ntx is 0). */
void	mdtl_tag_sentence(struct mdtl_tags *, const struct mdtl_lexicon *,
	    const struct mdtl_token *t, size_t n, long day,
	    const struct mdtl_date *ref);
/* The actor mention, the cue, the date that covers token tok, or NULL. */
const struct mdtl_actor_tag *mdtl_tags_actor_at(const struct mdtl_tags *,
	    size_t tok);
const struct mdtl_cue_tag *mdtl_tags_cue_at(const struct mdtl_tags *,
	    size_t tok);
const struct mdtl_timex *mdtl_tags_timex_at(const struct mdtl_tags *,
	    size_t tok);
/*
 * "..., the Kommersant daily reported on Friday, citing a source in the
 * Russian delegation": after the report verb at tok (no name's but an
 * agency's before it), past its day, ", citing" and the side or person
 * the one cited is of (no agency): that one, or NULL.
 */
const struct mdtl_actor	*mdtl_tags_cited(const struct mdtl_tags *, size_t tok);
/*
 * "..., Kommersant reported on Friday, citing sources in the Foreign
 * Ministry": the end of the body named by its kind the report verb at tok
 * cites, its words' start in *from; or 0.
 */
size_t	mdtl_tags_cited_body(const struct mdtl_tags *, size_t tok,
	    size_t *from);
/* Does a place the sentence names cover token tok? */
int			 mdtl_tags_place_at(const struct mdtl_tags *, size_t tok);

#endif

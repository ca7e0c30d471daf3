/* event.h: the event record of DESIGN.md and its closed vocabularies. */
#ifndef MDTL_EVENT_H
#define MDTL_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "mdtl/arena.h"
#include "mdtl/date.h"
#include "mdtl/text.h"
#include "mdtl/words.h"

/*
 * An event as extraction makes it and every writer reads it.  Its strings
 * are borrowed: from the article's arena while the article lives, from a
 * timeline's arena once added to one (mdtl_timeline_add deep-copies).
 * The closed vocabularies below are X-macro lists, each with a table of
 * names (NULL-terminated, for options) and a lookup that ignores case.
 */
enum mdtl_event_type {
#define X(n, s, c) MDTL_EVENT_##n,
#include "mdtl/event-types.def"
#undef X
	MDTL_EVENT_NTYPES
};

#define MDTL_ROLES(X) \
	X(SPEAKER, "speaker") X(AGENT, "agent") X(TARGET, "target") \
	X(PARTICIPANT, "participant")

enum mdtl_role_kind {
#define X(e, s) MDTL_ROLE_##e,
	MDTL_ROLES(X)
#undef X
	MDTL_ROLE_NKINDS
};

/* How an event's date was found; NONE: it has none (JSON null). */
#define MDTL_BASES(X) \
	X(EXPLICIT, "explicit") X(RELATIVE, "relative") \
	X(INHERITED, "inherited") X(PUBLICATION, "publication")

enum mdtl_date_basis {
	MDTL_BASIS_NONE,
#define X(e, s) MDTL_BASIS_##e,
	MDTL_BASES(X)
#undef X
	MDTL_BASIS_NBASES
};

/* The formats events are written in (emit.h). */
#define MDTL_FORMATS(X) \
	X(TEXT, "text") X(JSONL, "jsonl") X(JSON, "json") X(YAML, "yaml") \
	X(CSV, "csv") X(ICS, "ics") X(TIMELINEJS, "timelinejs") X(MD, "md")

enum mdtl_format {
#define X(e, s) MDTL_FORMAT_##e,
	MDTL_FORMATS(X)
#undef X
	MDTL_FORMAT_NFORMATS
};

extern const char *const mdtl_event_type_names[];
extern const char *const mdtl_role_names[];
extern const char *const mdtl_format_names[];

const char	*mdtl_event_type_name(enum mdtl_event_type);
/* The CAMEO code of a type's root, or NULL. */
const char	*mdtl_event_type_cameo(enum mdtl_event_type);
int		 mdtl_event_type_find(const char *);	/* -1 when unknown */
const char	*mdtl_role_name(enum mdtl_role_kind);
int		 mdtl_role_find(const char *);
/* NULL for MDTL_BASIS_NONE */
const char	*mdtl_basis_name(enum mdtl_date_basis);
int		 mdtl_basis_find(const char *);	/* -1; NONE is never found */
int		 mdtl_format_find(const char *);

struct mdtl_event_actor {
	const char		*id, *name;
	enum mdtl_role_kind	 role;
	/* a person's other names, the data's ("Sarkisian" for Serzh
	   Sargsyan); none for a body or a country */
	const char *const	*aliases;
	size_t			 naliases;
};

/*
 * An event as one article tells it, inside a record that several articles
 * tell: what merging needs to work the record out again from its parts
 * (merge.c).  The rest of it (sentence, article) is in its mentions.
 */
struct mdtl_atom {
	const char		*id;
	struct mdtl_date	 date;		/* gran NONE: null */
	const char		*date_value;
	const char		**actors;	/* ids, in the event's order */
	size_t			 nactors;
	const char		*location;
};

struct mdtl_mention {
	const char		*text;		/* the sentence */
	struct mdtl_span	 span;
	const char		*article;	/* article id */
	const char		*source;	/* where it was read (path) */
	/* in a record of several events, the one that tells it; else NULL */
	const struct mdtl_atom	*atom;
	int			 home;		/* the atom's own sentence, where
						   the atom is written whole */
};

/* What an event says of its article. */
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
	int				 days;		/* a meeting's, from
							   date; 0: not told */
	struct mdtl_event_actor		*actors;
	size_t				 nactors, aactors;
	const char			*location;
	const char			*quote;
	const char			*sentence;
	/* what the sentence is about, for merging: made by extraction;
	   v NULL for a record read back, until mdtl_event_words() */
	struct mdtl_words		 words;
	struct mdtl_span		 span;
	struct mdtl_mention		*mentions;
	size_t				 nmentions, amentions;
	const char			*cameo;
	const struct mdtl_article_meta	*article;
	size_t				 order;		/* position in its article */
	/* merging through files (spill.c): the record it was read from,
	   then that record's component */
	size_t				 component;
	size_t				 sources;	/* articles telling it;
							   0 means 1 */
	int				 merged;	/* folded into another */
	/* why, for --explain */
	const char			*why_cue, *why_actor, *why_date;
	const char			*why_merge;
};

/*
 * The event's content words: those it carries, or, for a record read
 * back without them, those of its sentence, made in a (and kept).
 */
const struct mdtl_words *mdtl_event_words(struct mdtl_arena *a,
	    struct mdtl_event *);

/*
 * A record read back (event-json.c, event-pack.c), its fields filled and
 * its mentions' room one more than them: mentions that name their event
 * by id alone point to it whole, the record's span is that of its own
 * sentence among them, and a record without mentions gets its own.
 */
void	mdtl_event_settle(struct mdtl_event *);

/*
 * Event ids: stable across runs, FNV-1a (64 bits, 16 hex digits) of
 * "ARTICLE|START|END|TYPE|N" (the evidence span, the type and the event's
 * number among those of the span), the key cut at 255 bytes.  The
 * "ARTICLE|" part is hashed once per article.
 */
struct mdtl_event_ids {
	uint64_t	hash;
	size_t		left;
};

void	mdtl_event_ids_init(struct mdtl_event_ids *, const char *article_id);
void	mdtl_event_id(const struct mdtl_event_ids *, char out[20],
	    size_t start, size_t end, enum mdtl_event_type, size_t n);

#endif

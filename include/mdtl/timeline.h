/* timeline.h: events from many articles, filtered and sorted. */
#ifndef MDTL_TIMELINE_H
#define MDTL_TIMELINE_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/event.h"
#include "mdtl/event-json.h"
#include "mdtl/lexicon.h"

/*
 * A timeline owns deep copies of the events added to it (and of their
 * articles' metadata), in its own arena, so articles can be freed as soon
 * as they are read.  A filter keeps an event when every criterion given
 * holds; repeated actors, types and texts mean "any of".
 */
struct mdtl_timeline {
	struct mdtl_arena	 arena;
	struct mdtl_event	*v;
	size_t			 n, alloc;
	const struct mdtl_article_meta *last_src;	/* copy cache */
	const struct mdtl_article_meta *last_copy;
	const struct mdtl_article_meta *last_read;	/* of a record read */
	size_t			 narticles;
	/*
	 * Set by the owner: the events added live longer than the timeline
	 * (one article's, written out before it is freed), so they are added
	 * as they are, not copied.  Merging may still change them.
	 */
	int			 borrow;
	/* Set by the owner: the threads merging may use (0: one). */
	size_t			 jobs;
};

struct mdtl_filter {
	struct mdtl_strlist	 actors, greps;
	unsigned		 types;		/* 1 << type; 0 = all */
	int			 has_since, has_until;
	long			 since, until;	/* days, inclusive */
};

void	mdtl_timeline_init(struct mdtl_timeline *);
void	mdtl_timeline_add(struct mdtl_timeline *, const struct mdtl_event *);
/*
 * Take over another timeline's events, after these, and all it owns; it is
 * left empty (and may be released).
 */
void	mdtl_timeline_take(struct mdtl_timeline *, struct mdtl_timeline *from);
/* Room for one more event at the end, zeroed (the array is malloc'd). */
struct mdtl_event *mdtl_timeline_push(struct mdtl_timeline *);
/*
 * Sort by the first day each date covers; undated events go last.  Ties
 * keep the order events were added in, or, with by_id, go by id, so that
 * the result does not depend on the order of the input.
 */
void	mdtl_timeline_sort(struct mdtl_timeline *, int by_id);
/*
 * The orders: by date, dated first, earlier first and last day, then as
 * read (what mdtl_timeline_sort gives) or by type and id; and merging's
 * canonical one, which depends only on the events: type, dated first,
 * earlier first day, the widest first, id.  Ties keep their places.
 */
enum mdtl_order {
	MDTL_ORDER_READ,
	MDTL_ORDER_ID,
	MDTL_ORDER_CANONICAL
};

void	mdtl_timeline_order(struct mdtl_timeline *, enum mdtl_order);
/* Two events in the canonical order: below, at or above 0. */
int	mdtl_event_cmp_canonical(const struct mdtl_event *,
	    const struct mdtl_event *);
/* Two records in the order mdtl_timeline_sort(tl, 0) gives. */
int	mdtl_event_cmp_read(const struct mdtl_event *,
	    const struct mdtl_event *);
/*
 * Fold the events that several articles tell into one: records are the
 * connected groups of tellings with the same type, dates one inside the
 * other, an actor in common and sentences that share their key words
 * (Jaccard of content words at least MDTL_MERGE_SIMILAR) or, for
 * meetings, the same place (merge.c).  Records already merged are split
 * into their tellings first, so the result depends only on the set of
 * tellings: any order, any grouping, anything twice.  Returns how many
 * tellings were folded away (they are removed).
 */
#define MDTL_MERGE_SIMILAR	0.30

size_t	mdtl_timeline_merge(struct mdtl_timeline *);
/*
 * The same, when the records' components are known already: records of
 * one e->component (and only those) are one event's, as merging all the
 * records they relate to would find (spill.c).  Nothing is compared.
 */
size_t	mdtl_timeline_merge_known(struct mdtl_timeline *);
/* Each record of several tellings as its tellings (atoms), in place. */
void	mdtl_timeline_split(struct mdtl_timeline *);
/*
 * What merging would make of tl's atoms (split already), without making
 * it: tl is put in canonical order and an atom read twice kept once
 * (again, when not NULL, is told of each other reading, before it goes,
 * and of the one kept), and the array returned (malloc'd, one entry per
 * atom left) gives each the index of the first atom of its record.
 * Merging a part of a set of atoms that holds every atom related to any
 * of it gives the records of the whole, so a set too large for memory
 * merges in parts (spill.c).
 */
typedef void (*mdtl_timeline_again)(void *arg, const struct mdtl_event *kept,
    const struct mdtl_event *again);

size_t *mdtl_timeline_components(struct mdtl_timeline *,
	    mdtl_timeline_again, void *arg);
/*
 * The key that groups records that may merge: "TYPE" ("TYPE|-" when
 * undated: those merge with none).  A reducer that sees every record of a
 * key merges correctly; a year would not do, as a decade or a winter
 * holds days of several.
 */
void	mdtl_event_merge_key(const struct mdtl_event *, char *, size_t);
void	mdtl_timeline_release(struct mdtl_timeline *);

/*
 * Add an event from its JSON record (a line of `-f jsonl`), read with a
 * JSON parser (json.h).  Returns 0, or -1 with *why saying what is wrong
 * with the line.
 */
int	mdtl_timeline_add_json(struct mdtl_timeline *, struct mdtl_json *,
	    const char *line, size_t len, const char **why);
/* Add an event from its packed record (event-pack.h): 0, or -1 when the
 * bytes are none. */
int	mdtl_timeline_add_packed(struct mdtl_timeline *, const char *bytes,
	    size_t len);

int	mdtl_filter_match(const struct mdtl_filter *,
	    const struct mdtl_event *, const struct mdtl_lexicon *);
/*
 * Filters select whole records, after merging: a query returns the
 * records the run without it returns.  Before merging only the type may
 * be asked (records never hold two types); mdtl_timeline_filter() then
 * keeps the records that match.
 */
int	mdtl_filter_type_match(const struct mdtl_filter *,
	    enum mdtl_event_type);
void	mdtl_timeline_filter(struct mdtl_timeline *,
	    const struct mdtl_filter *, const struct mdtl_lexicon *);

#endif

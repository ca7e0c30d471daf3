/* timeline.h: events from many articles, filtered and sorted. */
#ifndef MDTL_TIMELINE_H
#define MDTL_TIMELINE_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/event.h"
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
	size_t			 narticles;
};

struct mdtl_strlist {
	const char	**v;
	size_t		  n, alloc;
};

struct mdtl_filter {
	struct mdtl_strlist	 actors, greps;
	unsigned		 types;		/* 1 << type; 0 = all */
	int			 has_since, has_until;
	long			 since, until;	/* days, inclusive */
};

void	mdtl_strlist_push(struct mdtl_strlist *, const char *);
void	mdtl_strlist_release(struct mdtl_strlist *);

void	mdtl_timeline_init(struct mdtl_timeline *);
void	mdtl_timeline_add(struct mdtl_timeline *, const struct mdtl_event *);
/* Sort by the first day each date covers; undated events go last. */
void	mdtl_timeline_sort(struct mdtl_timeline *);
void	mdtl_timeline_release(struct mdtl_timeline *);

int	mdtl_filter_match(const struct mdtl_filter *,
	    const struct mdtl_event *, const struct mdtl_lexicon *);

#endif

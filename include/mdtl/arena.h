/* arena.h: a memory pool whose contents are freed all at once. */
#ifndef MDTL_ARENA_H
#define MDTL_ARENA_H

#include <stdarg.h>
#include <stddef.h>

/*
 * An arena owns every byte allocated from it; mdtl_arena_release() frees
 * them all.  Allocations never fail (they go through xalloc) and are aligned
 * for any type.  Pointers stay valid until the release.
 */
struct mdtl_arena {
	struct mdtl_arena_block *head;
	size_t used;		/* bytes handed out, for statistics */
};

#define MDTL_ARENA_INIT { NULL, 0 }

void	 mdtl_arena_init(struct mdtl_arena *);
void	*mdtl_arena_alloc(struct mdtl_arena *, size_t);
void	*mdtl_arena_calloc(struct mdtl_arena *, size_t, size_t);
char	*mdtl_arena_strndup(struct mdtl_arena *, const char *, size_t);
char	*mdtl_arena_strdup(struct mdtl_arena *, const char *);
/* The strings up to a NULL, one after the other. */
char	*mdtl_arena_strcat(struct mdtl_arena *, ...)
	    __attribute__((sentinel));
void	 mdtl_arena_release(struct mdtl_arena *);

/*
 * Grow an array that lives in the arena so that it holds one more element
 * of size bytes; return the new (zeroed) element.  *v, *n and *alloc are
 * the array, its length and its capacity.
 */
void	*mdtl_arena_push(struct mdtl_arena *, void *v, size_t *n,
	    size_t *alloc, size_t size);

#define MDTL_ARENA_PUSH(a, v, n, alloc) \
	((__typeof__(v))mdtl_arena_push((a), &(v), &(n), &(alloc), sizeof *(v)))

#endif

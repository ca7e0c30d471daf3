/* arena.h: a memory pool whose contents are freed all at once. */
#ifndef MDTL_ARENA_H
#define MDTL_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/*
 * An arena owns every byte allocated from it; mdtl_arena_release() frees
 * them all.  Allocations never fail (they go through xalloc) and are aligned
 * for any type.  Pointers stay valid until the release.
 */
struct mdtl_arena {
	struct mdtl_arena_block *head;
	size_t used;		/* bytes handed out, for statistics */
};

/* A block of an arena: the inline paths below read it. */
struct mdtl_arena_block {
	struct mdtl_arena_block	*next;
	size_t			 size, used;
	max_align_t		 data[];
};

#define MDTL_ARENA_INIT { NULL, 0 }

void	 mdtl_arena_init(struct mdtl_arena *);
void	*mdtl_arena_alloc_slow(struct mdtl_arena *, size_t);

/* size bytes, aligned for any type: a bump of the current block. */
static inline void *
mdtl_arena_alloc(struct mdtl_arena *a, size_t size)
{
	struct mdtl_arena_block *b = a->head;
	size_t need = (size + _Alignof(max_align_t) - 1) &
	    ~(_Alignof(max_align_t) - 1);
	void *p;

	if (b == NULL || need < size || b->size - b->used < need)
		return mdtl_arena_alloc_slow(a, size);
	p = (char *)b->data + b->used;
	b->used += need;
	a->used += size;
	return p;
}

void	*mdtl_arena_calloc(struct mdtl_arena *, size_t, size_t);
char	*mdtl_arena_strndup(struct mdtl_arena *, const char *, size_t);
char	*mdtl_arena_strdup(struct mdtl_arena *, const char *);
/* The strings up to a NULL, one after the other. */
char	*mdtl_arena_strcat(struct mdtl_arena *, ...)
	    __attribute__((sentinel));
void	 mdtl_arena_release(struct mdtl_arena *);
/* Take over every block of from, which is left empty: to owns them now. */
void	 mdtl_arena_take(struct mdtl_arena *to, struct mdtl_arena *from);

/*
 * Grow an array that lives in the arena so that it holds one more element
 * of size bytes; return the new (zeroed) element.  *v, *n and *alloc are
 * the array, its length and its capacity.
 */
void	*mdtl_arena_push(struct mdtl_arena *, void *v, size_t *n,
	    size_t *alloc, size_t size);

/* The same: inline while the array has room (arguments read twice). */
#define MDTL_ARENA_PUSH(a, v, n, alloc) \
	((n) < (alloc) ? \
	    (__typeof__(v))memset(&(v)[(n)++], 0, sizeof *(v)) : \
	    (__typeof__(v))mdtl_arena_push((a), &(v), &(n), &(alloc), \
	    sizeof *(v)))

#endif

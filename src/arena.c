/* arena.c: a memory pool whose contents are freed all at once. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/arena.h"
#include "mdtl/xalloc.h"

#define BLOCK_SIZE	(64 * 1024 - 64)
#define ALIGN		(_Alignof(max_align_t))

void
mdtl_arena_init(struct mdtl_arena *a)
{
	a->head = NULL;
	a->used = 0;
}

void *
mdtl_arena_alloc_slow(struct mdtl_arena *a, size_t size)
{
	struct mdtl_arena_block *b = a->head;
	size_t need = (size + ALIGN - 1) & ~(ALIGN - 1);
	void *p;

	if (need < size)
		need = size;	/* overflow: let the allocator fail */
	if (b == NULL || b->size - b->used < need) {
		size_t cap = need > BLOCK_SIZE / 4 ? need : BLOCK_SIZE;

		b = mdtl_xmalloc(sizeof *b + cap);
		b->size = cap;
		b->used = 0;
		if (need > BLOCK_SIZE / 4 && a->head != NULL) {
			/* A big block goes behind the current one. */
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += need;
	a->used += size;
	return p;
}

void *
mdtl_arena_calloc(struct mdtl_arena *a, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size) {
		fputs("mdtl: fatal: out of memory\n", stderr);
		exit(1);
	}
	p = mdtl_arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

char *
mdtl_arena_strndup(struct mdtl_arena *a, const char *s, size_t n)
{
	char *p = mdtl_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
mdtl_arena_strdup(struct mdtl_arena *a, const char *s)
{
	return mdtl_arena_strndup(a, s, strlen(s));
}

char *
mdtl_arena_strcat(struct mdtl_arena *a, ...)
{
	va_list ap;
	const char *s;
	size_t n = 0;
	char *p, *q;

	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL)
		n += strlen(s);
	va_end(ap);
	p = q = mdtl_arena_alloc(a, n + 1);
	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL) {
		n = strlen(s);
		memcpy(q, s, n);
		q += n;
	}
	va_end(ap);
	*q = '\0';
	return p;
}

void *
mdtl_arena_push(struct mdtl_arena *a, void *vp, size_t *n, size_t *alloc,
    size_t size)
{
	void **v = vp;
	char *elem;

	if (*n == *alloc) {
		size_t cap = *alloc ? *alloc * 2 : 8;
		void *nv = mdtl_arena_alloc(a, cap * size);

		if (*n)
			memcpy(nv, *v, *n * size);
		*v = nv;
		*alloc = cap;
	}
	elem = (char *)*v + *n * size;
	memset(elem, 0, size);
	(*n)++;
	return elem;
}

void
mdtl_arena_release(struct mdtl_arena *a)
{
	struct mdtl_arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
	a->used = 0;
}

void
mdtl_arena_take(struct mdtl_arena *to, struct mdtl_arena *from)
{
	struct mdtl_arena_block *last;

	if (from->head == NULL)
		return;
	if (to->head == NULL)
		to->head = from->head;
	else {
		/* behind to's current block, which goes on being filled */
		for (last = from->head; last->next != NULL; last = last->next)
			;
		last->next = to->head->next;
		to->head->next = from->head;
	}
	to->used += from->used;
	mdtl_arena_init(from);
}

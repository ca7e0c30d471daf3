/* xalloc.c: allocation that never returns NULL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/xalloc.h"

/*
 * The only file-scope variable that is not const: a test hook, set before
 * any work starts and never by the library itself.
 */
static mdtl_alloc_hook alloc_hook;

void
mdtl_xalloc_set_hook(mdtl_alloc_hook hook)
{
	alloc_hook = hook;
}

static void
oom(void)
{
	fputs("mdtl: fatal: out of memory\n", stderr);
	exit(1);
}

void *
mdtl_xrealloc(void *p, size_t size)
{
	void *q;

	if (size == 0)
		size = 1;
	if (alloc_hook != NULL && alloc_hook(size))
		oom();
	if ((q = realloc(p, size)) == NULL)
		oom();
	return q;
}

void *
mdtl_xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		oom();
	return mdtl_xrealloc(p, n * size);
}

void *
mdtl_xmalloc(size_t size)
{
	return mdtl_xrealloc(NULL, size);
}

void *
mdtl_xcalloc(size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > (size_t)-1 / size)
		oom();
	p = mdtl_xmalloc(n * size);
	memset(p, 0, n * size);
	return p;
}

char *
mdtl_xstrndup(const char *s, size_t n)
{
	char *p = mdtl_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
mdtl_xstrdup(const char *s)
{
	return mdtl_xstrndup(s, strlen(s));
}

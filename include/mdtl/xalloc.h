/* xalloc.h: allocation that never returns NULL. */
#ifndef MDTL_XALLOC_H
#define MDTL_XALLOC_H

#include <stddef.h>

/*
 * Each function returns memory the caller owns and frees with free().  On
 * exhaustion it prints "mdtl: fatal: out of memory" and exits 1.  Tests may
 * install a hook that decides whether an allocation fails: it is the one
 * place where allocation failures can be injected.
 */
typedef int (*mdtl_alloc_hook)(size_t size);

void	*mdtl_xmalloc(size_t);
void	*mdtl_xcalloc(size_t, size_t);
void	*mdtl_xrealloc(void *, size_t);
void	*mdtl_xreallocarray(void *, size_t n, size_t size);
char	*mdtl_xstrdup(const char *);
char	*mdtl_xstrndup(const char *, size_t);
void	 mdtl_xalloc_set_hook(mdtl_alloc_hook);

#endif

/* diag.h: diagnostics collected by the library, printed by the CLI. */
#ifndef MDTL_DIAG_H
#define MDTL_DIAG_H

#include <stdio.h>

/*
 * The library never prints: a failing function appends a message with its
 * place (path, line and column counted from 1, 0 when unknown) and returns
 * -1 or NULL.  The diag owns copies of every string it holds.
 */
enum mdtl_diag_level {
	MDTL_DIAG_ERROR,
	MDTL_DIAG_WARNING,
};

struct mdtl_diag_entry {
	enum mdtl_diag_level	 level;
	char			*path;
	long			 line, col;
	char			*msg;
};

struct mdtl_diag {
	struct mdtl_diag_entry	*v;
	size_t			 n, alloc;
	size_t			 errors;
	size_t			 errors_seen;	/* kept across clears */
};

#define MDTL_DIAG_INIT { NULL, 0, 0, 0, 0 }

void	mdtl_diag_init(struct mdtl_diag *);
void	mdtl_diag_add(struct mdtl_diag *, enum mdtl_diag_level,
	    const char *path, long line, long col, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));
/* "mdtl: PATH:LINE:COL: message", "warning: " before warnings. */
void	mdtl_diag_print(const struct mdtl_diag *, FILE *);
void	mdtl_diag_clear(struct mdtl_diag *);
/* Add every message of from to to, in order, and clear from. */
void	mdtl_diag_take(struct mdtl_diag *to, struct mdtl_diag *from);
void	mdtl_diag_release(struct mdtl_diag *);

#endif

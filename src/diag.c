/* diag.c: diagnostics collected by the library, printed by the CLI. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/buf.h"
#include "mdtl/diag.h"
#include "mdtl/xalloc.h"

void
mdtl_diag_init(struct mdtl_diag *d)
{
	memset(d, 0, sizeof *d);
}

void
mdtl_diag_add(struct mdtl_diag *d, enum mdtl_diag_level level,
    const char *path, long line, long col, const char *fmt, ...)
{
	struct mdtl_diag_entry *e;
	struct mdtl_buf b = MDTL_BUF_INIT;
	va_list ap;

	if (d->n == d->alloc) {
		d->alloc = d->alloc ? d->alloc * 2 : 8;
		d->v = mdtl_xrealloc(d->v, d->alloc * sizeof *d->v);
	}
	e = &d->v[d->n++];
	e->level = level;
	e->path = path ? mdtl_xstrdup(path) : NULL;
	e->line = line;
	e->col = col;
	va_start(ap, fmt);
	mdtl_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	e->msg = mdtl_buf_detach(&b);
	if (level == MDTL_DIAG_ERROR) {
		d->errors++;
		d->errors_seen++;
	}
}

void
mdtl_diag_print(const struct mdtl_diag *d, FILE *fp)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct mdtl_diag_entry *e = &d->v[i];
		struct mdtl_buf b = MDTL_BUF_INIT;

		mdtl_buf_adds(&b, "mdtl: ");
		if (e->path != NULL) {
			mdtl_buf_add_safe(&b, e->path, strlen(e->path));
			if (e->line > 0)
				mdtl_buf_addf(&b, ":%ld", e->line);
			if (e->line > 0 && e->col > 0)
				mdtl_buf_addf(&b, ":%ld", e->col);
			mdtl_buf_adds(&b, ": ");
		}
		if (e->level == MDTL_DIAG_WARNING)
			mdtl_buf_adds(&b, "warning: ");
		mdtl_buf_add_safe(&b, e->msg, strlen(e->msg));
		mdtl_buf_addch(&b, '\n');
		fputs(b.buf, fp);
		mdtl_buf_release(&b);
	}
}

void
mdtl_diag_take(struct mdtl_diag *to, struct mdtl_diag *from)
{
	size_t i;

	for (i = 0; i < from->n; i++)
		mdtl_diag_add(to, from->v[i].level, from->v[i].path,
		    from->v[i].line, from->v[i].col, "%s", from->v[i].msg);
	mdtl_diag_clear(from);
}

void
mdtl_diag_clear(struct mdtl_diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].path);
		free(d->v[i].msg);
	}
	d->n = 0;
	d->errors = 0;
}

void
mdtl_diag_release(struct mdtl_diag *d)
{
	mdtl_diag_clear(d);
	free(d->v);
	mdtl_diag_init(d);
}

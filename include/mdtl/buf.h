/* buf.h: a growable string that is never NULL and always NUL-terminated. */
#ifndef MDTL_BUF_H
#define MDTL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/*
 * Initialise with MDTL_BUF_INIT or mdtl_buf_init(); buf then points at a
 * static empty string until the first addition.  A buffer is always passed
 * by pointer.  mdtl_buf_detach() hands the string to the caller (free() it);
 * mdtl_buf_release() frees it.  Allocation never fails (xalloc).
 */
struct mdtl_buf {
	char	*buf;
	size_t	 len, alloc;
};

extern char mdtl_buf_empty[];
#define MDTL_BUF_INIT { mdtl_buf_empty, 0, 0 }

void	 mdtl_buf_init(struct mdtl_buf *);
void	 mdtl_buf_grow(struct mdtl_buf *, size_t extra);
void	 mdtl_buf_adds(struct mdtl_buf *, const char *);
void	 mdtl_buf_addf(struct mdtl_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 mdtl_buf_vaddf(struct mdtl_buf *, const char *, va_list);
void	 mdtl_buf_setlen(struct mdtl_buf *, size_t);

/*
 * v in decimal, written at the end of d (24 bytes are enough for any
 * size_t); returns where the digits start.  No printf on hot paths.
 */
const char *mdtl_utoa(char d[24], size_t v);

/* Bytes and single bytes: inline, the writers add millions. */
static inline void
mdtl_buf_add(struct mdtl_buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n + 1 > b->alloc)
		mdtl_buf_grow(b, n);
	memcpy(b->buf + b->len, p, n);
	b->len += n;
	b->buf[b->len] = '\0';
}

static inline void
mdtl_buf_addch(struct mdtl_buf *b, int c)
{
	if (b->len + 2 > b->alloc)
		mdtl_buf_grow(b, 1);
	b->buf[b->len++] = (char)c;
	b->buf[b->len] = '\0';
}
void	 mdtl_buf_reset(struct mdtl_buf *);
char	*mdtl_buf_detach(struct mdtl_buf *);
void	 mdtl_buf_release(struct mdtl_buf *);

/*
 * A JSON string with its quotes; invalid UTF-8 becomes U+FFFD; controls
 * (C0, C1, bidirectional overrides, U+2028 and U+2029) are escaped.
 */
void	 mdtl_buf_add_json_str(struct mdtl_buf *, const char *, size_t);
/*
 * Text for a terminal: control characters (C0, DEL, C1) other than tab,
 * and bidirectional overrides, become '?', so an article cannot move the
 * cursor, change colours or reorder what is shown.
 */
void	 mdtl_buf_add_safe(struct mdtl_buf *, const char *, size_t);
/*
 * One character of s as a document may hold it (a control, C0 but tab and
 * newline, DEL, C1 or a bidirectional override, as "?"; a malformed byte
 * as U+FFFD); returns the bytes of s it took.  n > 0; a NUL ends s.
 */
size_t	 mdtl_buf_add_char(struct mdtl_buf *, const char *s, size_t n);
/* The same, on one line: runs of white space become one space. */
void	 mdtl_buf_add_line(struct mdtl_buf *, const char *);
/*
 * Text for HTML (element content or a quoted attribute): & < > " ' become
 * entities and control characters other than tab and newline are dropped.
 */
void	 mdtl_buf_add_html(struct mdtl_buf *, const char *);
/*
 * Text for one Markdown line or table cell: white space runs become one
 * space and the characters Markdown reads as markup are escaped.
 */
void	 mdtl_buf_add_md(struct mdtl_buf *, const char *);

/* A list of borrowed strings (repeated options), grown as needed. */
struct mdtl_strlist {
	const char	**v;
	size_t		  n, alloc;
};

void	mdtl_strlist_push(struct mdtl_strlist *, const char *);
void	mdtl_strlist_release(struct mdtl_strlist *);

#endif

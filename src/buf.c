/* buf.c: a growable string that is never NULL and always NUL-terminated. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "mdtl/buf.h"
#include "mdtl/swar.h"
#include "mdtl/utf8.h"
#include "mdtl/xalloc.h"

/* Written only as the terminator of empty buffers, always with '\0'. */
char mdtl_buf_empty[1];

void
mdtl_buf_init(struct mdtl_buf *b)
{
	b->buf = mdtl_buf_empty;
	b->len = b->alloc = 0;
}

void
mdtl_buf_grow(struct mdtl_buf *b, size_t extra)
{
	size_t want;

	if (b->len + extra + 1 <= b->alloc)
		return;
	if (extra > (size_t)-1 / 2 - b->len) {
		fputs("mdtl: fatal: out of memory\n", stderr);
		exit(1);
	}
	want = b->alloc ? b->alloc : 64;
	while (want < b->len + extra + 1)
		want *= 2;
	if (b->alloc == 0) {
		b->buf = mdtl_xmalloc(want);
		b->buf[0] = '\0';
	} else
		b->buf = mdtl_xrealloc(b->buf, want);
	b->alloc = want;
}

void
mdtl_buf_adds(struct mdtl_buf *b, const char *s)
{
	mdtl_buf_add(b, s, strlen(s));
}


const char *
mdtl_utoa(char d[24], size_t v)
{
	size_t i = 23;

	d[i] = '\0';
	do
		d[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	return d + i;
}

void
mdtl_buf_vaddf(struct mdtl_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(b->buf + b->len, b->alloc ? b->alloc - b->len : 0,
	    fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if (b->alloc == 0 || (size_t)n >= b->alloc - b->len) {
		mdtl_buf_grow(b, (size_t)n);
		vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, ap);
	}
	b->len += (size_t)n;
}

void
mdtl_buf_addf(struct mdtl_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	mdtl_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
mdtl_buf_setlen(struct mdtl_buf *b, size_t len)
{
	if (len > b->len)
		return;
	b->len = len;
	if (b->alloc)
		b->buf[len] = '\0';
}

void
mdtl_buf_reset(struct mdtl_buf *b)
{
	mdtl_buf_setlen(b, 0);
}

char *
mdtl_buf_detach(struct mdtl_buf *b)
{
	char *s = b->alloc ? b->buf : mdtl_xstrdup("");

	mdtl_buf_init(b);
	return s;
}

void
mdtl_buf_release(struct mdtl_buf *b)
{
	if (b->alloc)
		free(b->buf);
	mdtl_buf_init(b);
}

/* Bytes a JSON string holds as they are: printable ASCII but " and \. */
static const unsigned char json_plain[256] = {
#define J(c)	[c] = ((c) != '"' && (c) != '\\' && (c) != 0x7f)
#define J4(c)	J(c), J(c + 1), J(c + 2), J(c + 3)
#define J16(c)	J4(c), J4(c + 4), J4(c + 8), J4(c + 12)
	J16(0x20), J16(0x30), J16(0x40), J16(0x50), J16(0x60), J16(0x70),
#undef J16
#undef J4
#undef J
};

/* Are the eight bytes at s all plain: none below 0x20 or above 0x7e, none
 * '"' or '\\'? */
static int
plain8(const char *s)
{
	uint64_t x = mdtl_word8(s);

	return (MDTL_HASBYTE(x, '"') | MDTL_HASBYTE(x, '\\') |
	    MDTL_HASLESS(x, 0x20) | MDTL_HASMORE(x, 0x7e)) == 0;
}

#ifdef __SSE2__
/*
 * The same for sixteen bytes, with SSE2 (every x86-64 has it).  The compare
 * is signed, so bytes of 0x80 and more count as below 0x20.
 */
static int
plain16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i bad = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
	    _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f))));

	return _mm_movemask_epi8(bad) == 0;
}
#endif

void
mdtl_buf_add_json_str(struct mdtl_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, len;
	char *p;

	if (n > ((size_t)-1 / 2 - 2) / 6) {
		fputs("mdtl: fatal: out of memory\n", stderr);
		exit(1);
	}
	/* room for the worst case, six bytes for one ("\u001f"), then no
	 * more checks */
	if (b->len + 6 * n + 3 > b->alloc)
		mdtl_buf_grow(b, 6 * n + 2);
	p = b->buf + b->len;
	*p++ = '"';
	while (i < n) {
		unsigned char c;

#ifdef __SSE2__
		/* plain ASCII sixteen bytes at a time */
		if (i + 16 <= n && plain16(s + i)) {
			memcpy(p, s + i, 16);
			p += 16;
			i += 16;
			continue;
		}
#endif
		/* plain ASCII eight bytes at a time */
		if (i + 8 <= n && plain8(s + i)) {
			memcpy(p, s + i, 8);
			p += 8;
			i += 8;
			continue;
		}
		c = (unsigned char)s[i];
		if (json_plain[c]) {
			*p++ = (char)c;
			i++;
			continue;
		}
		if (c < 0x80) {
			*p++ = '\\';
			switch (c) {
			case '"':  *p++ = '"'; break;
			case '\\': *p++ = '\\'; break;
			case '\n': *p++ = 'n'; break;
			case '\r': *p++ = 'r'; break;
			case '\t': *p++ = 't'; break;
			default:
				memcpy(p, "u00", 3);
				p[3] = hex[c >> 4];
				p[4] = hex[c & 15];
				p += 5;
			}
			i++;
			continue;
		}
		len = mdtl_utf8_valid(s + i, n - i);
		if (len == 0) {
			memcpy(p, "\xEF\xBF\xBD", 3);
			p += 3;
			i++;
		} else if (mdtl_utf8_control(mdtl_utf8_decode(s + i, len,
		    &len))) {
			/* written as escapes: C1 controls, bidirectional
			 * overrides, U+2028 and U+2029 (which break
			 * JavaScript readers) */
			unsigned cp = mdtl_utf8_decode(s + i, len, &len);

			memcpy(p, "\\u", 2);
			p[2] = hex[cp >> 12];
			p[3] = hex[(cp >> 8) & 15];
			p[4] = hex[(cp >> 4) & 15];
			p[5] = hex[cp & 15];
			p += 6;
			i += len;
		} else {
			memcpy(p, s + i, len);
			p += len;
			i += len;
		}
	}
	*p++ = '"';
	*p = '\0';
	b->len = (size_t)(p - b->buf);
}

/*
 * The character at s, n > 0, as a document may hold it: its length, and
 * *out set to what to write instead when it may not be written as it is:
 * "?" for a control (C0 but tab and newline, DEL, C1, a bidirectional
 * override), U+FFFD for a malformed byte (length 1).
 */
static size_t
doc_char(const char *s, size_t n, const char **out)
{
	unsigned char c = (unsigned char)s[0];
	size_t len;

	*out = NULL;
	if (c < 0x80) {
		if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
			*out = "?";
		return 1;
	}
	if ((len = mdtl_utf8_valid(s, n)) == 0) {
		*out = "\xEF\xBF\xBD";
		return 1;
	}
	if (mdtl_utf8_control(mdtl_utf8_decode(s, len, &len)))
		*out = "?";
	return len;
}

size_t
mdtl_buf_add_char(struct mdtl_buf *b, const char *s, size_t n)
{
	const char *out;
	size_t len = doc_char(s, n, &out);

	if (out != NULL)
		mdtl_buf_adds(b, out);
	else
		mdtl_buf_add(b, s, len);
	return len;
}

void
mdtl_buf_add_safe(struct mdtl_buf *b, const char *s, size_t n)
{
	size_t i = 0, len;
	const char *out;

	while (i < n) {
		/* (a newline is a control on one line) */
		len = s[i] == '\n' ? (out = "?", 1) : doc_char(s + i, n - i,
		    &out);
		if (out != NULL)
			mdtl_buf_adds(b, out);
		else
			mdtl_buf_add(b, s + i, len);
		i += len;
	}
}

void
mdtl_buf_add_html(struct mdtl_buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '&':
			mdtl_buf_adds(b, "&amp;");
			break;
		case '<':
			mdtl_buf_adds(b, "&lt;");
			break;
		case '>':
			mdtl_buf_adds(b, "&gt;");
			break;
		case '"':
			mdtl_buf_adds(b, "&quot;");
			break;
		case '\'':
			mdtl_buf_adds(b, "&#39;");
			break;
		default: {
			const char *out;
			/* (a NUL ends a malformed sequence: 4 is safe) */
			size_t len = doc_char(s, 4, &out);

			/* controls are left out */
			if (out == NULL)
				mdtl_buf_add(b, s, len);
			else if (out[0] != '?')
				mdtl_buf_adds(b, out);
			s += len - 1;
			break;
		}
		}
	}
}

void
mdtl_buf_add_md(struct mdtl_buf *b, const char *s)
{
	int space = 0, any = 0;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c <= ' ' || c == 0x7f) {
			space = 1;
			continue;
		}
		if (space && any)
			mdtl_buf_addch(b, ' ');
		space = 0;
		any = 1;
		if (strchr("\\`*_[]<>|#~!", c) != NULL)
			mdtl_buf_addch(b, '\\');
		s += mdtl_buf_add_char(b, s, 4) - 1;
	}
}

void
mdtl_buf_add_line(struct mdtl_buf *b, const char *s)
{
	struct mdtl_buf tmp = MDTL_BUF_INIT;
	int space = 0;

	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			space = 1;
			continue;
		}
		if (space && tmp.len)
			mdtl_buf_addch(&tmp, ' ');
		space = 0;
		mdtl_buf_addch(&tmp, *s);
	}
	mdtl_buf_add_safe(b, tmp.buf, tmp.len);
	mdtl_buf_release(&tmp);
}

void
mdtl_strlist_push(struct mdtl_strlist *l, const char *s)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 4;
		l->v = mdtl_xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	l->v[l->n++] = s;
}

void
mdtl_strlist_release(struct mdtl_strlist *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* article.c: read an article: metadata, page furniture removed, the body. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/swar.h"
#include "mdtl/utf8.h"
#include "mdtl/xalloc.h"
#include "mdtl/yamltree.h"

struct line {
	const char	*s;
	size_t		 len;
};

static int
is_blank(const struct line *l)
{
	size_t i;

	for (i = 0; i < l->len; i++)
		if (!isspace((unsigned char)l->s[i]))
			return 0;
	return 1;
}

static void
trim(const char **s, size_t *len)
{
	while (*len && isspace((unsigned char)**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

/*
 * Line and column (in characters, from 1) of byte i, counting from byte
 * start: CRLF, CR and LF each end a line; an invalid byte is a character.
 */
static void
position(const char *buf, size_t start, size_t i, long *line, long *col)
{
	size_t l;

	*line = 1;
	*col = 1;
	while (start < i) {
		unsigned char c = (unsigned char)buf[start];

		if (c == '\r' || c == '\n') {
			start += c == '\r' && start + 1 < i &&
			    buf[start + 1] == '\n' ? 2 : 1;
			++*line;
			*col = 1;
			continue;
		}
		l = c >= 0x80 ? mdtl_utf8_valid(buf + start, i - start) : 1;
		start += l ? l : 1;
		++*col;
	}
}

/*
 * How much the first n bytes look like binary: 100 for each NUL, 1 for
 * each other control character but tab, line feed, form feed and CR.
 */
static size_t
control_weight(const char *s, size_t n)
{
	size_t i = 0, w = 0;

	while (i < n) {
		unsigned char c;

		if (i + 8 <= n && MDTL_HASLESS(mdtl_word8(s + i), 0x20) == 0) {
			i += 8;
			continue;
		}
		c = (unsigned char)s[i++];
		if (c == 0)
			w += 100;
		else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' &&
		    c != '\f')
			w++;
	}
	return w;
}

/* Is each of the eight bytes at s ASCII, and neither NUL nor CR? */
static int
clean8(const char *s)
{
	uint64_t x = mdtl_word8(s);

	return ((x & MDTL_HIGHS) | MDTL_HASZERO(x) | MDTL_HASBYTE(x, '\r')) ==
	    0;
}

/*
 * Clean the raw bytes into a NUL-terminated copy: BOM dropped, CRLF and CR
 * made LF, NUL and invalid UTF-8 replaced by U+FFFD (with a warning).
 */
static char *
clean_bytes(struct mdtl_arena *a, const char *buf, size_t len,
    size_t *outlen, const char *path, struct mdtl_diag *diag)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i = 0, l, start, run;
	long line, col;
	int warned = 0;
	char *out;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	start = i;
	mdtl_buf_grow(&b, len);
	while (i < len) {
		unsigned char c = (unsigned char)buf[i];

		/* what needs no change goes in runs, a word at a time */
		for (run = i; run + 8 <= len && clean8(buf + run); run += 8)
			;
		for (; run < len && (unsigned char)buf[run] < 0x80 &&
		    buf[run] != '\0' && buf[run] != '\r'; run++)
			;
		if (run > i) {
			mdtl_buf_add(&b, buf + i, run - i);
			i = run;
			continue;
		}
		if (c == '\r') {
			mdtl_buf_addch(&b, '\n');
			i += i + 1 < len && buf[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		l = c ? mdtl_utf8_valid(buf + i, len - i) : 0;
		if (l == 0) {
			if (!warned++) {
				position(buf, start, i, &line, &col);
				mdtl_diag_add(diag, MDTL_DIAG_WARNING, path,
				    line, col, c ? "invalid UTF-8, replaced" :
				    "NUL byte, replaced");
			}
			mdtl_buf_adds(&b, "\xEF\xBF\xBD");
			i++;
		} else {
			mdtl_buf_add(&b, buf + i, l);
			i += l;
		}
	}
	out = mdtl_arena_strndup(a, b.buf, b.len);
	*outlen = b.len;
	mdtl_buf_release(&b);
	return out;
}

static size_t
split_lines(struct mdtl_arena *a, const char *s, size_t len,
    struct line **out)
{
	struct line *v = NULL;
	size_t n = 0, alloc = 0, i = 0;

	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		struct line *l = MDTL_ARENA_PUSH(a, v, n, alloc);

		l->s = s + i;
		l->len = end - i;
		i = end + 1;
	}
	*out = v;
	return n;
}

static const char *
dupstr(struct mdtl_article *art, const char *s, size_t len)
{
	trim(&s, &len);
	return len ? mdtl_arena_strndup(&art->arena, s, len) : NULL;
}

static void
set_published(struct mdtl_article *art, const struct mdtl_date *d)
{
	art->published = *d;
	if (d->gran >= MDTL_GRAN_MINUTE)
		mdtl_date_format_time(d, art->published_str,
		    sizeof art->published_str);
	else
		mdtl_date_format(d, art->published_str,
		    sizeof art->published_str);
}

/*
 * What a front-matter block or a structured source says of the article;
 * a date that is not one is reported at line:col (0: unknown).
 */
static void
apply_fields(struct mdtl_article *art, const struct mdtl_article_fields *f,
    const char *path, long line, long col, struct mdtl_diag *diag)
{
	size_t i;

#define STR(field) \
	if (f->field != NULL && *f->field != '\0') \
		art->field = dupstr(art, f->field, strlen(f->field))
	STR(title);
	STR(source);
	STR(section);
	STR(url);
	STR(author);
	STR(id);
#undef STR
	if (f->published != NULL) {
		struct mdtl_date d;

		if (mdtl_timex_parse(f->published, &d) == 0)
			set_published(art, &d);
		else
			mdtl_diag_add(diag, MDTL_DIAG_WARNING, path, line,
			    col, "not a date: '%s'", f->published);
	}
	for (i = 0; i < f->ncredits; i++)
		mdtl_article_add_credit(art, f->credits[i]);
}

/* The front-matter block: returns the number of lines it took, or 0. */
static size_t
read_front_matter(struct mdtl_article *art, struct line *lines, size_t n,
    const char *path, size_t max_depth, struct mdtl_diag *diag)
{
	const struct mdtl_ynode *root, *v;
	struct mdtl_diag sub = MDTL_DIAG_INIT;
	struct mdtl_article_fields f;
	const char **credits;
	size_t end, i;
	long line = 0, col = 0;
	const char *start;

	if (n < 2 || lines[0].len != 3 || memcmp(lines[0].s, "---", 3) != 0)
		return 0;
	for (end = 1; end < n; end++)
		if ((lines[end].len == 3 && memcmp(lines[end].s, "---", 3) == 0) ||
		    (lines[end].len == 3 && memcmp(lines[end].s, "...", 3) == 0))
			break;
	if (end == n)
		return 0;
	start = lines[1].s;
	root = mdtl_yaml_load(&art->arena, start,
	    (size_t)(lines[end].s - start), path, max_depth, &sub);
	if (root == NULL || root->kind != MDTL_YNODE_MAP) {
		/* the block's lines count from the second line of the file */
		for (i = 0; i < sub.n; i++)
			mdtl_diag_add(diag, MDTL_DIAG_WARNING, path,
			    sub.v[i].line + 1, sub.v[i].col,
			    "front matter: %s", sub.v[i].msg);
		if (root != NULL)
			mdtl_diag_add(diag, MDTL_DIAG_WARNING, path, 2, 1,
			    "front matter is not a mapping");
		mdtl_diag_release(&sub);
		return end + 1;
	}
	mdtl_diag_release(&sub);
	/* the block says what a structured source would */
	memset(&f, 0, sizeof f);
#define STR(key, field) \
	if ((v = mdtl_ynode_get(root, key)) != NULL && \
	    v->kind == MDTL_YNODE_SCALAR) \
		f.field = v->str
	STR("title", title);
	STR("source", source);
	STR("section", section);
	STR("url", url);
	STR("author", author);
	STR("id", id);
	STR("published", published);
#undef STR
	if ((v = mdtl_ynode_get(root, "published")) != NULL) {
		line = v->line + 1;
		col = v->col;
	}
	if ((v = mdtl_ynode_get(root, "credits")) != NULL &&
	    v->kind == MDTL_YNODE_SCALAR) {
		f.credits = &v->str;
		f.ncredits = 1;
	} else if (v != NULL && v->kind == MDTL_YNODE_SEQ) {
		credits = mdtl_arena_calloc(&art->arena, v->n + 1,
		    sizeof *credits);
		for (i = 0; i < v->n; i++)
			if (v->v[i]->kind == MDTL_YNODE_SCALAR)
				credits[f.ncredits++] = v->v[i]->str;
		f.credits = credits;
	}
	apply_fields(art, &f, path, line, col, diag);
	return end + 1;
}

static const char *const months[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December", NULL };

/*
 * "1 July 2011 14:23" at w: Trend's stamp of a day and a time, into d
 * (to the minute), its length into *len; 1, or 0.
 */
static int
day_time_stamp(const char *w, struct mdtl_date *d, int *len)
{
	int hh, mi, day, year, n = 0;
	char mon[16];
	size_t k;

	if (!isdigit((unsigned char)*w) || sscanf(w, "%2d %15s %4d %2d:%2d%n",
	    &day, mon, &year, &hh, &mi, &n) != 5)
		return 0;
	for (k = 0; months[k] != NULL; k++)
		if (strcasecmp(mon, months[k]) == 0)
			break;
	if (months[k] == NULL || day < 1 || day > 31 || hh > 23 || mi > 59 ||
	    year < 1900)
		return 0;
	d->year = year;
	d->month = (int)k + 1;
	d->day = day;
	d->hour = hh;
	d->min = mi;
	d->sec = 0;
	d->gran = MDTL_GRAN_SECOND;
	*len = n;
	return 1;
}

/*
 * Trend's dateline: "[Section] 1 July 2011 14:23 (UTC +04:00)".  Fills
 * the date and the length of the section before it; returns 1 on a match.
 */
static int
trend_dateline(const struct line *l, struct mdtl_date *d, size_t *sect_len)
{
	const char *s = l->s, *end = l->s + l->len, *p;
	size_t k;

	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	if (end - s < 20 || end[-1] != ')')
		return 0;
	/* find "(UTC" */
	for (p = end - 1; p > s && *p != '('; p--)
		;
	if (end - p < 8 || strncmp(p, "(UTC", 4) != 0)
		return 0;
	{
		const char *q = p + 4;
		int sign, hh, mm;

		while (*q == ' ')
			q++;
		if (*q != '+' && *q != '-')
			return 0;
		sign = *q == '-' ? -1 : 1;
		q++;
		if (!isdigit((unsigned char)q[0]) || !isdigit((unsigned char)q[1]))
			return 0;
		hh = (q[0] - '0') * 10 + q[1] - '0';
		q += 2;
		mm = 0;
		if (*q == ':')
			q++;
		if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1])) {
			mm = (q[0] - '0') * 10 + q[1] - '0';
			q += 2;
		}
		if (*q != ')')
			return 0;
		d->has_tz = 1;
		d->tz = sign * (hh * 60 + mm);
	}
	/* back over "HH:MM", the year, the month and the day */
	{
		const char *q = p;
		const char *w;
		int n;

		while (q > s && q[-1] == ' ')
			q--;
		/* start of "D Month YYYY HH:MM" : scan back four words */
		w = q;
		for (k = 0; k < 4 && w > s; k++) {
			while (w > s && w[-1] != ' ')
				w--;
			if (k < 3)
				while (w > s && w[-1] == ' ')
					w--;
		}
		if (!day_time_stamp(w, d, &n) || w + n != q)
			return 0;
		*sect_len = (size_t)(w - s);
	}
	return 1;
}

/*
 * The tokens of one line at a time, for the tests on lines: the array is
 * used again for each line, and everything is in one arena, released when
 * the article has been read.
 */
struct scratch {
	struct mdtl_arena	 arena;
	struct mdtl_token	*t;
	size_t			 nt, at;
};

/* Append the tokens of s[0..len), which starts at byte base of the line. */
static void
add_tokens(struct scratch *sc, const char *s, size_t len, size_t base)
{
	mdtl_text_tokenize(&sc->arena, s, len, base, &sc->t, &sc->nt, &sc->at);
}

/* "Baku, Azerbaijan, Nov. 21": a place, a month and a day, nothing else
 * (not "Monday, October 3"): 1 and *month, *day, *place set; 1 alone for
 * a date stamp ("Tuesday, July 3, 2007"). */
static int
byline_dateline(struct scratch *sc, struct mdtl_arena *a,
    const struct line *l, int *month, int *day, const char **place)
{
	struct mdtl_token *t;
	struct mdtl_timex tx;
	struct mdtl_date none;
	size_t nt, i;
	const char *s = l->s;
	size_t len = l->len;

	/* a capital first, and a comma before the date */
	trim(&s, &len);
	if (l->len > 80 || len == 0 || ((unsigned char)s[0] < 0x80 &&
	    !isupper((unsigned char)s[0])) || memchr(s, ',', len) == NULL)
		return 0;
	sc->nt = 0;
	add_tokens(sc, l->s, l->len, 0);
	t = sc->t;
	nt = sc->nt;
	if (nt < 4 || !(t[0].flags & MDTL_TOK_CAP))
		return 0;
	memset(&none, 0, sizeof none);
	for (i = 1; i < nt; i++) {
		if (strcmp(t[i].norm, ",") != 0)
			continue;
		/* "Monday, October 3", "Wednesday-Thursday, October 5-6": a
		 * calendar's heading, no place; "Tuesday, July 3, 2007", a
		 * whole date, is the page's stamp (skipped, no dateline) */
		if (mdtl_timex_find(t, i, &none, MDTL_TIMEX_NEAREST, NULL, &tx,
		    1) == 1)
			return mdtl_timex_find(t, nt, &none, MDTL_TIMEX_NEAREST,
			    NULL, &tx, 1) == 1 && tx.tok == 0 && tx.ntok == nt &&
			    tx.date.gran == MDTL_GRAN_DAY && tx.date.year != 0;
		if (mdtl_timex_find(t + i + 1, nt - i - 1, &none,
		    MDTL_TIMEX_NEAREST, NULL, &tx, 1) == 1 && tx.tok == 0 &&
		    tx.ntok == nt - i - 1 && tx.date.month && tx.date.day) {
			*month = tx.date.month;
			*day = tx.date.day;
			*place = mdtl_arena_strndup(a, l->s, t[0].span.end);
			return 1;
		}
		if (!(i + 1 < nt && (t[i + 1].flags & MDTL_TOK_CAP)))
			return 0;
	}
	return 0;
}

/* Fold a line for comparison: lower case, single spaces, ASCII quotes. */
static char *
fold_line(struct scratch *sc, const char *s, size_t len)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;
	char *out;

	sc->nt = 0;
	add_tokens(sc, s, len, 0);
	for (i = 0; i < sc->nt; i++) {
		if (i)
			mdtl_buf_addch(&b, ' ');
		mdtl_buf_adds(&b, sc->t[i].norm);
	}
	out = mdtl_arena_strndup(&sc->arena, b.buf, b.len);
	mdtl_buf_release(&b);
	return out;
}

/*
 * The last bytes of s[0..n) that are not white space, up to TAIL_KEY of
 * them, lower-cased and from the end, into key: how many, or -1 when one
 * is not ASCII.  A fold keeps every such ASCII byte, lower-cased and in
 * order (it only drops white space and puts one space between tokens).
 */
#define TAIL_KEY	8

static int
tail_key(const char *s, size_t n, char key[TAIL_KEY])
{
	int k = 0;

	while (n > 0 && k < TAIL_KEY) {
		unsigned char c = (unsigned char)s[--n];

		if (isspace(c))
			continue;
		if (c >= 0x80)
			return -1;
		key[k++] = (char)tolower(c);
	}
	return k;
}

/*
 * Can the fold of s[0..n) be the fold of the title, whose tail_key() is
 * b[0..kb), or end with it?  Not when their texts end in different ASCII:
 * a paragraph that ends in a full stop after a title that does not is told
 * without folding either.
 */
static int
may_end_like(const char *s, size_t n, const char *b, int kb)
{
	char a[TAIL_KEY];
	int ka = tail_key(s, n, a);

	if (ka < 0 || kb < 0)
		return 1;
	/* fewer such bytes than the title: a shorter fold */
	if (ka < kb)
		return 0;
	return memcmp(a, b, (size_t)kb) == 0;
}

static int
only_punct(const struct line *l)
{
	return !mdtl_text_has_word(l->s, l->len);
}

/* What a line of page furniture says of the lines after it. */
enum links {
	LINKS_NONE,
	LINKS_BULLETED,		/* its bulleted headlines are links */
	LINKS_ANY,		/* "Related news": its headlines are links */
};

/*
 * A line of page furniture from cues.yaml: it is all the line says.  A
 * heading of a list of links ("Related news", the whole line) heads
 * headlines with no bullet too.
 */
static enum links
boilerplate(struct scratch *sc, const struct mdtl_lexicon *lex,
    const struct line *l)
{
	const unsigned furniture = 1u << MDTL_PH_BOILERPLATE |
	    1u << MDTL_PH_LINKS;
	const struct mdtl_phrase *ph;
	size_t i = 0, len, more, j, p = 0;
	enum links ret = LINKS_NONE;

	if (l->len > 200)
		return LINKS_NONE;
	sc->nt = 0;
	/*
	 * "©", a number of comments, punctuation before the words.  Tokens
	 * never cross white space, so the line is read a run of non-space at
	 * a time until its first word, and whole only when a phrase of page
	 * furniture starts there.
	 */
	for (p = 0; p < l->len && i == sc->nt;) {
		size_t q;

		while (p < l->len && isspace((unsigned char)l->s[p]))
			p++;
		for (q = p; q < l->len && !isspace((unsigned char)l->s[q]); q++)
			;
		add_tokens(sc, l->s + p, q - p, p);
		while (i < sc->nt && sc->t[i].kind != MDTL_TOK_WORD)
			i++;
		p = q;
	}
	if (i < sc->nt && lex != NULL && p < l->len &&
	    mdtl_lexicon_may_start(lex, &sc->t[i], furniture))
		add_tokens(sc, l->s + p, l->len - p, p);
	if (i < sc->nt && lex != NULL && (ph = mdtl_lexicon_match(lex,
	    sc->t + i, sc->nt - i, furniture, 0, &len)) != NULL) {
		/* "Share  Tweet  Email  Print": furniture after furniture */
		for (j = i + len; j < sc->nt && (sc->t[j].kind != MDTL_TOK_WORD ||
		    mdtl_lexicon_match(lex, sc->t + j, sc->nt - j,
		    furniture, 0, &more) != NULL);
		    j += sc->t[j].kind != MDTL_TOK_WORD ? 1 : more)
			;
		if (j == sc->nt)
			ret = ph->kind == MDTL_PH_LINKS ? LINKS_ANY :
			    LINKS_BULLETED;
		/* "Read more: NATO shield explained": a link's label (but
		 * "Related:" alone on its line heads a list, as "Related"
		 * does) */
		if (i + len + 1 < sc->nt &&
		    strcmp(sc->t[i + len].norm, ":") == 0)
			ret = LINKS_BULLETED;
	}
	/* a copyright line */
	if (l->len >= 2 && (memcmp(l->s, "\xC2\xA9", 2) == 0 ||
	    strncasecmp(l->s, "(c)", 3) == 0 ||
	    strncasecmp(l->s, "copyright", 9) == 0))
		ret = LINKS_BULLETED;
	return ret;
}

/*
 * "Politics 5 September 2012 17:20 Azerbaijani FM to visit Tehran": an
 * item of a page's list of news, a headline after its section, day and
 * time, no text of the article.
 */
static int
news_list_item(const struct line *l)
{
	const char *s = l->s, *end = l->s + l->len, *w;
	struct mdtl_date d;
	int n, words = 0;

	if (l->len > 200 || l->len == 0 || end[-1] == '.')
		return 0;
	for (w = s; w < end && words <= 3; words++) {
		while (w < end && *w == ' ')
			w++;
		if (w < end && day_time_stamp(w, &d, &n))
			return w + n + 1 < end && w[n] == ' ' &&
			    w[n + 1] != '(';
		while (w < end && *w != ' ')
			w++;
	}
	return 0;
}

/*
 * "By Dmitry Rogozin", "By John J. Kruzel", "By Jim Heintz, Associated
 * Press": a byline of names (and what follows a comma), no sentence; its
 * names into *name, *len.
 */
static int
name_byline(const struct line *l, const char **name, size_t *len)
{
	const char *s = l->s, *p, *end;
	size_t n = l->len;
	int words = 0;

	trim(&s, &n);
	if (n < 6 || n > 80 || strncmp(s, "By ", 3) != 0)
		return 0;
	end = memchr(s, ',', n);
	end = end != NULL ? end : s + n;
	for (p = s + 3; p < end; words++) {
		/* "By Jana Mlcochova and Gabriela Baczynska" */
		if (!isupper((unsigned char)*p) && !(words > 0 &&
		    strncmp(p, "and ", 4) == 0))
			return 0;
		while (p < end && *p != ' ')
			p++;
		while (p < end && *p == ' ')
			p++;
	}
	if (words < 2 || words > 7 || end[-1] == '.' || end[-1] == ':')
		return 0;
	*name = s + 3;
	*len = (size_t)(end - s - 3);
	return 1;
}

/* "By Dalga Khatinoglu - Trend:": an author's byline. */
static int
author_byline(const struct line *l)
{
	const char *s = l->s;
	size_t len = l->len;

	trim(&s, &len);
	return len > 4 && len < 100 && strncmp(s, "By ", 3) == 0 &&
	    s[len - 1] == ':';
}

/*
 * Does s[0..len) end with a quotation closed right after a comma, said by
 * someone after it ("..., and I'm in strong agreement with that concept,”"
 * then "Bush said.")?
 */
static int
comma_quote(const char *s, size_t len)
{
	if (len >= 2 && (s[len - 1] == '"' || s[len - 1] == '\''))
		return s[len - 2] == ',';
	/* ” ’ */
	return len >= 4 && (memcmp(s + len - 3, "\xE2\x80\x9D", 3) == 0 ||
	    memcmp(s + len - 3, "\xE2\x80\x99", 3) == 0) && s[len - 4] == ',';
}

static int
ends_sentence(const char *s, size_t len)
{
	trim(&s, &len);
	if (len == 0)
		return 1;
	if (comma_quote(s, len))
		return 0;
	if (strchr(".!?:\"')]", s[len - 1]) != NULL)
		return 1;
	/* ” ’ … */
	return len >= 3 && (memcmp(s + len - 3, "\xE2\x80\x9D", 3) == 0 ||
	    memcmp(s + len - 3, "\xE2\x80\x99", 3) == 0 ||
	    memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0);
}

/*
 * Does s[0..len) end where no paragraph ends: at a comma, also closing a
 * quotation ('"If our concerns are ignored, retaliatory measures will
 * follow,"' then "Lavrov said ..."), or at a preposition or a determiner
 * in lower case ("... talks started on", "... to visit the")?
 */
static int
ends_open(struct scratch *sc, const struct mdtl_lexicon *lex, const char *s,
    size_t len)
{
	size_t i;

	trim(&s, &len);
	if (len > 0 && (s[len - 1] == ',' || comma_quote(s, len)))
		return 1;
	for (i = len; i > 0 && !isspace((unsigned char)s[i - 1]); i--)
		;
	if (lex == NULL || len - i > 16)
		return 0;
	sc->nt = 0;
	add_tokens(sc, s + i, len - i, 0);
	return sc->nt == 1 && sc->t[0].kind == MDTL_TOK_WORD &&
	    !(sc->t[0].flags & MDTL_TOK_CAP) &&
	    (mdtl_lexicon_word(lex, MDTL_GRAMMAR_PREPOSITIONS, sc->t) >= 0 ||
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_DETERMINERS, sc->t) >= 0);
}

/*
 * "• Lavrov to visit Washington in July": an item of a list of links, a
 * headline with no end of a sentence, bulleted unless the list's heading
 * says what follows.
 */
static int
link_item(const struct line *l, enum links links)
{
	static const char *const bullets[] = { "\xE2\x80\xA2", "\xC2\xB7",
	    "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x80\x93", "-", "*", NULL };
	const char *s = l->s;
	size_t len = l->len, i, b;

	trim(&s, &len);
	if (links == LINKS_NONE || len == 0 || len > 160 ||
	    ends_sentence(s, len))
		return 0;
	if (links == LINKS_ANY)
		return 1;
	for (i = 0; bullets[i] != NULL; i++) {
		b = strlen(bullets[i]);
		if (len > b + 1 && memcmp(s, bullets[i], b) == 0 &&
		    s[b] == ' ')
			return 1;
	}
	return 0;
}

/*
 * "Home | Politics | Business | Opinion | Sport": a page's menu, three bars
 * or more between items of a few words, no sentence.
 */
static int
menu_line(const struct line *l)
{
	size_t i, bars = 0, words = 0;
	int in_word = 0;

	if (l->len > 200 || memchr(l->s, '|', l->len) == NULL ||
	    ends_sentence(l->s, l->len))
		return 0;
	for (i = 0; i < l->len; i++) {
		if (l->s[i] == '|') {
			if (words == 0 || words > 4)
				return 0;
			bars++;
			words = 0;
		} else if (isspace((unsigned char)l->s[i]))
			in_word = 0;
		else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return bars >= 3 && words > 0 && words <= 4;
}

/* Is a double quotation left open after the text, given the state before? */
static int
quote_open(const char *s, size_t len, int open)
{
	size_t i;

	for (i = 0; i < len; i++) {
		uint64_t x;

		/* words with neither '"' nor the lead byte of a curly quote */
		while (i + 8 <= len && (x = mdtl_word8(s + i),
		    (MDTL_HASBYTE(x, '"') | MDTL_HASBYTE(x, 0xE2)) == 0))
			i += 8;
		if (i >= len)
			break;
		if (s[i] == '"')
			open = !open;
		else if (i + 2 < len && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
			open = 1;
		else if (i + 2 < len && memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
			open = 0;
	}
	return open;
}

/*
 * Does a trimmed line open with a quotation mark before a word?  Left
 * open at the end of a paragraph, a quotation goes on in the next, which
 * opens with the mark again ('... received nothing.' then '"If the
 * Americans go ahead ...'); a wrapped line does not ('" he said').
 */
static int
opens_quote(const char *s, size_t len)
{
	size_t q;

	if (len >= 1 && s[0] == '"')
		q = 1;
	else if (len >= 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0)
		q = 3;
	else
		return 0;
	return len > q && !isspace((unsigned char)s[q]);
}

/* The length of a line in characters (UTF-8), its edges trimmed. */
static size_t
line_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	trim(&s, &len);
	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* The first word of a line, in characters. */
static size_t
first_word_chars(const char *s, size_t len)
{
	size_t i;

	trim(&s, &len);
	for (i = 0; i < len && !isspace((unsigned char)s[i]); i++)
		;
	return line_chars(s, i);
}

/* A line of hard-wrapped text this close to its width is full: the next
 * word did not fit on it. */
#define WRAP_SLACK	10

/* Is line i followed by another of its block, not by a blank line? */
static int
goes_on(const struct line *lines, size_t i, size_t nlines)
{
	return i + 1 < nlines && !is_blank(&lines[i]) &&
	    !is_blank(&lines[i + 1]);
}

/*
 * The width text was hard-wrapped at, or 0: when most of its lines that
 * another follows (the last of a paragraph is short, and so are a page's
 * lines set apart: its title, its stamp) are nearly as long as the
 * longest, itself no longer than a screen, the lines were broken by
 * width, not by meaning.
 */
static size_t
wrap_width(const struct line *lines, size_t first, size_t nlines)
{
	size_t i, w = 0, n = 0, full = 0;

	for (i = first; i < nlines; i++)
		if (!is_blank(&lines[i])) {
			size_t c;

			/* a paragraph on a line of its own: no wrapping */
			if (lines[i].len > 400 || (c = line_chars(lines[i].s,
			    lines[i].len < 128 ? lines[i].len : 128)) > 100)
				return 0;
			if (c > w)
				w = c;
			n += goes_on(lines, i, nlines);
		}
	if (w < 40 || n < 3)
		return 0;
	for (i = first; i < nlines; i++)
		if (goes_on(lines, i, nlines) &&
		    line_chars(lines[i].s, lines[i].len) + 20 >= w)
			full++;
	return full * 2 >= n ? w : 0;
}

static int
starts_lower(const char *s, size_t len)
{
	trim(&s, &len);
	return len > 0 && islower((unsigned char)s[0]);
}

/* Strip a leading scraper stamp "date 2018-08-13 " from a title. */
static void
strip_stamp(const char **s, size_t *len)
{
	struct mdtl_date d;
	char tmp[16];

	trim(s, len);
	if (*len > 16 && strncasecmp(*s, "date ", 5) == 0) {
		memcpy(tmp, *s + 5, 10);
		tmp[10] = '\0';
		if (mdtl_timex_parse(tmp, &d) == 0 && (*s)[15] == ' ') {
			*s += 16;
			*len -= 16;
			trim(s, len);
		}
	}
}

static int
looks_like_title(const struct line *l)
{
	const char *s = l->s;
	size_t len = l->len;

	trim(&s, &len);
	return len > 0 && len < 250 && s[len - 1] != '.';
}

/* A new article read from path, known by its file name without extension. */
/*
 * Whether a Trend dateline at line at was moved into the text (a page
 * whose paragraphs were reordered): nothing follows it, or a paragraph
 * precedes it, where a page has only its header and headline.  The text
 * around it is then kept.
 */
static int
dateline_moved(const struct line *lines, size_t first, size_t at,
    size_t nlines)
{
	size_t i;

	for (i = at + 1; i < nlines && is_blank(&lines[i]); i++)
		;
	if (i == nlines)
		return 1;
	for (i = first; i < at; i++) {
		const struct line *l = &lines[i];
		const char *dot = l->s;

		if (l->len < 120)
			continue;
		if (ends_sentence(l->s, l->len))
			return 1;
		while ((dot = memchr(dot, '.', (size_t)(l->s + l->len - dot)))
		    != NULL && ++dot < l->s + l->len)
			if (*dot == ' ')
				return 1;
	}
	return 0;
}

static struct mdtl_article *
article_new(const char *path)
{
	struct mdtl_article *art = mdtl_xcalloc(1, sizeof *art);
	const char *base = strrchr(path, '/'), *dot;

	mdtl_arena_init(&art->arena);
	art->path = mdtl_arena_strdup(&art->arena, path);
	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	art->id = mdtl_arena_strndup(&art->arena, base,
	    dot && dot > base ? (size_t)(dot - base) : strlen(base));
	return art;
}

struct mdtl_article *
mdtl_article_read(const struct mdtl_reader *rd, const char *path,
    const char *raw, size_t rawlen)
{
	return mdtl_article_read_fields(rd, path, NULL, raw, rawlen);
}

struct mdtl_article *
mdtl_article_read_fields(const struct mdtl_reader *rd, const char *path,
    const struct mdtl_article_fields *fields, const char *raw, size_t rawlen)
{
	const struct mdtl_date *published = rd->published;
	const struct mdtl_lexicon *lex = rd->lex;
	struct mdtl_diag *diag = rd->diag;
	struct mdtl_article *art;
	struct line *lines;
	struct mdtl_buf body = MDTL_BUF_INIT;
	const char *title_fold = NULL, *by;
	size_t title_len = 0, by_len;
	char title_key[TAIL_KEY];
	int title_nkey = 0;
	size_t nlines, i, first = 0, len, nul = 0, sect, width, prev_chars = 0;
	size_t dateline = (size_t)-1;
	struct mdtl_date d;
	const char *why;
	char *text;
	int in_para = 0, byline_month = 0, byline_day = 0, in_quote = 0;
	enum links links = LINKS_NONE, furniture;
	struct scratch sc = { MDTL_ARENA_INIT, NULL, 0, 0 };

	/* a NUL, or many control characters, near the start: not text */
	nul = control_weight(raw, rawlen < 8192 ? rawlen : 8192);
	if (fields == NULL && (rawlen == 0 ||
	    only_punct(&(struct line){ raw, rawlen }))) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "empty article");
		return NULL;
	}
	if (nul >= 100 || nul * 10 > (rawlen < 8192 ? rawlen : 8192)) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "binary file, not an article");
		return NULL;
	}
	art = article_new(path);
	text = clean_bytes(&art->arena, raw, rawlen, &len, path, diag);
	nlines = split_lines(&art->arena, text, len, &lines);
	if (fields != NULL)
		apply_fields(art, fields, path, 0, 0, diag);
	else
		first = read_front_matter(art, lines, nlines, path,
		    rd->yaml_depth, diag);

	/* Trend's layout: title, then the dateline, near the top */
	for (i = first; i < nlines && i < first + 12; i++) {
		memset(&d, 0, sizeof d);
		if (!trend_dateline(&lines[i], &d, &sect))
			continue;
		if ((why = mdtl_date_check(&d)) != NULL)
			mdtl_diag_add(diag, MDTL_DIAG_WARNING, path,
			    (long)i + 1, 0, "a dateline that is not a date "
			    "(%s): no publication date from it", why);
		else if (art->published.gran == MDTL_GRAN_NONE)
			set_published(art, &d);
		if (art->section == NULL && sect)
			art->section = dupstr(art, lines[i].s, sect);
		if (art->source == NULL)
			art->source = "Trend";
		if (dateline_moved(lines, first, i, nlines)) {
			dateline = i;
			break;
		}
		if (art->title == NULL) {
			size_t k = i;

			while (k > first && is_blank(&lines[k - 1]))
				k--;
			if (k > first) {
				const char *s = lines[k - 1].s;
				size_t l = lines[k - 1].len;

				strip_stamp(&s, &l);
				art->title = dupstr(art, s, l);
			}
		}
		first = i + 1;
		break;
	}
	/* plain text: a first line without a full stop is the headline */
	while (first < nlines && (is_blank(&lines[first]) ||
	    only_punct(&lines[first])))
		first++;
	if (art->title == NULL && first < nlines &&
	    looks_like_title(&lines[first]) && first + 1 < nlines) {
		const char *s = lines[first].s;
		size_t l = lines[first].len;

		strip_stamp(&s, &l);
		art->title = dupstr(art, s, l);
		first++;
	}
	if (art->title != NULL) {
		title_len = strlen(art->title);
		title_nkey = tail_key(art->title, title_len, title_key);
	}
	/* the body is the text's lines less some: room for them at once */
	mdtl_buf_grow(&body, rawlen);
	width = wrap_width(lines, first, nlines);

	for (i = first; i < nlines; i++) {
		struct line *l = &lines[i];
		const char *s = l->s;
		size_t sl = l->len;

		if (is_blank(l)) {
			in_para = 0;
			continue;
		}
		trim(&s, &sl);
		/* "... aired on" then "Sunday.": the words a line left open
		 * go on, whatever the next line looks like alone */
		if (in_para && body.len > 0 && !ends_sentence(body.buf,
		    body.len) && (starts_lower(s, sl) ||
		    ends_open(&sc, lex, body.buf, body.len)))
			goto join;
		/* (the links a line of furniture heads; a heading over the
		 * story heads no list: "Latest News" then the headline, the
		 * dateline, the byline) */
		furniture = boilerplate(&sc, lex, l);
		if (furniture == LINKS_ANY && body.len == 0)
			furniture = LINKS_BULLETED;
		if (furniture != LINKS_NONE || link_item(l, links)) {
			if (furniture > links)
				links = furniture;
			goto skip;
		}
		links = LINKS_NONE;
		if (i == dateline || only_punct(l) || author_byline(l) ||
		    news_list_item(l) || menu_line(l))
			goto skip;
		/* the author's name, before the text */
		if (body.len == 0 && name_byline(l, &by, &by_len)) {
			if (art->author == NULL)
				art->author = dupstr(art, by, by_len);
			goto skip;
		}
		/* the headline again, as it is (a title line before a body) */
		if (art->title != NULL && sl == title_len &&
		    memcmp(s, art->title, sl) == 0)
			goto skip;
		if (art->title != NULL && may_end_like(s, sl, title_key,
		    title_nkey)) {
			const char *f = fold_line(&sc, s, sl);
			size_t fl = strlen(f), tl;

			if (title_fold == NULL)
				title_fold = fold_line(&sc, art->title,
				    title_len);
			tl = strlen(title_fold);

			/* the repeated headline, also behind "You're reading:" */
			if (strcmp(f, title_fold) == 0 || (fl >= tl + 2 &&
			    strcmp(f + fl - tl, title_fold) == 0 &&
			    fl - tl < 40 && f[fl - tl - 2] == ':'))
				goto skip;
		}
		if (byline_month == 0 && byline_dateline(&sc, &art->arena, l,
		    &byline_month, &byline_day, &art->dateline_place))
			goto skip;
		/*
		 * a hard-wrapped line continues its paragraph (as one the
		 * line before leaves open, above): the line before ends with
		 * no end of a sentence and is full, or the first word would
		 * not have fitted on it
		 */
		if (in_para && body.len > 0 && ((in_quote &&
		    !opens_quote(s, sl)) ||
		    (!ends_sentence(body.buf, body.len) && width > 0 &&
		    prev_chars + WRAP_SLACK >= width) ||
		    (width > 0 && prev_chars + 1 +
		    first_word_chars(s, sl) > width))) {
join:
			/* "short-" then "range": a compound broken at its
			 * hyphen is one word again */
			if (!(body.len >= 2 && body.buf[body.len - 1] == '-' &&
			    isalpha((unsigned char)body.buf[body.len - 2]) &&
			    sl > 0 && isalpha((unsigned char)s[0])))
				mdtl_buf_addch(&body, '\n');
		} else {
			if (body.len > 0)
				mdtl_buf_adds(&body, "\n\n");
			in_quote = 0;
		}
		mdtl_buf_add(&body, s, sl);
		if (width > 0)
			prev_chars = line_chars(s, sl);
		in_quote = quote_open(s, sl, in_quote);
		in_para = 1;
		continue;
skip:
		in_para = 0;
	}
	mdtl_arena_release(&sc.arena);
	/* --published stands in for a date the article does not give */
	if (published != NULL && published->gran != MDTL_GRAN_NONE &&
	    art->published.gran == MDTL_GRAN_NONE)
		set_published(art, published);
	/* the buffer itself becomes the body: no copy */
	art->body_len = body.len;
	art->body = mdtl_buf_detach(&body);
	if (art->body_len == 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "no article text");
		mdtl_article_free(art);
		return NULL;
	}
	mdtl_text_split(&art->text, &art->arena, art->body, art->body_len);
	return art;
}

struct mdtl_article *
mdtl_article_bare(const char *path, const char *text, size_t len,
    const struct mdtl_date *published)
{
	struct mdtl_article *art = article_new(path);

	art->body = mdtl_xmalloc(len + 1);
	memcpy(art->body, text, len);
	art->body[len] = '\0';
	art->body_len = len;
	if (published != NULL && published->gran != MDTL_GRAN_NONE)
		set_published(art, published);
	mdtl_text_split(&art->text, &art->arena, art->body, art->body_len);
	return art;
}

void
mdtl_article_add_credit(struct mdtl_article *art, const char *name)
{
	size_t i;

	for (i = 0; i < art->ncredits; i++)
		if (strcasecmp(art->credits[i], name) == 0)
			return;
	*MDTL_ARENA_PUSH(&art->arena, art->credits, art->ncredits,
	    art->acredits) = mdtl_arena_strdup(&art->arena, name);
}

void
mdtl_article_free(struct mdtl_article *art)
{
	if (art == NULL)
		return;
	mdtl_arena_release(&art->arena);
	free(art->body);
	free(art);
}

const struct mdtl_article_meta *
mdtl_article_meta(struct mdtl_article *art)
{
	struct mdtl_article_meta *m = mdtl_arena_calloc(&art->arena, 1,
	    sizeof *m);

	m->id = art->id;
	m->title = art->title;
	m->published = art->published_str[0] ? mdtl_arena_strdup(&art->arena,
	    art->published_str) : NULL;
	m->source = art->source;
	m->section = art->section;
	m->url = art->url;
	m->author = art->author;
	m->path = art->path;
	m->credits = art->credits;
	m->ncredits = art->ncredits;
	return m;
}

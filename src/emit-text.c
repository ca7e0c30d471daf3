/* emit-text.c: one event a line, for reading in a terminal. */
#include <string.h>

#include "mdtl/emit.h"
#include "mdtl/lexicon.h"

/*
 * The characters (code points) of s[0, n) a terminal shows, colours
 * ("\033[1m") aside: its columns, near enough.  With *at, the byte where
 * the character numbered stop starts (n when there are no more).
 */
static size_t
chars(const char *s, size_t n, size_t stop, size_t *at)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (s[i] == '\033' && i + 1 < n && s[i + 1] == '[')
			while (i < n && !(s[i] >= '@' && s[i] <= '~' &&
			    s[i] != '['))
				i++;
		else if (((unsigned char)s[i] & 0xC0) != 0x80 && c++ == stop)
			break;
	if (at != NULL)
		*at = i;
	return c;
}

/*
 * Cut the line b holds from start to room characters a terminal shows,
 * the last an ellipsis, never inside a UTF-8 sequence or a colour.
 */
static void
cut_line(struct mdtl_buf *b, size_t start, long room)
{
	size_t at;

	if (room <= 0 || chars(b->buf + start, b->len - start, (size_t)-1,
	    NULL) <= (size_t)room)
		return;
	if (room < 2)
		room = 2;
	/* room - 1 characters, then the ellipsis */
	chars(b->buf + start, b->len - start, (size_t)room - 1, &at);
	b->len = start + at;
	mdtl_buf_adds(b, "\xE2\x80\xA6");	/* … */
}

/* The index of the field named s[0, n), or -1. */
static int
field_index(const char *s, size_t n)
{
	size_t k;

	for (k = 0; mdtl_field_names[k] != NULL; k++)
		if (strlen(mdtl_field_names[k]) == n &&
		    memcmp(mdtl_field_names[k], s, n) == 0)
			return (int)k;
	return -1;
}

const char *
mdtl_format_string_check(const char *s)
{
	static char why[96];
	const char *close;

	for (; *s; s++) {
		if ((s[0] == '{' && s[1] == '{') || (s[0] == '}' && s[1] == '}'))
			s++;
		else if (*s == '}')
			return "a '}' with no '{' (write '}}' for one)";
		else if (*s == '{') {
			if ((close = strchr(s, '}')) == NULL)
				return "a '{' with no '}' (write '{{' for one)";
			if (field_index(s + 1, (size_t)(close - s - 1)) < 0) {
				snprintf(why, sizeof why, "no field '%.*s' (id, "
				    "date, type, actors, source, sentence, ...)",
				    (int)(close - s - 1 < 40 ? close - s - 1 : 40),
				    s + 1);
				return why;
			}
			s = close;
		}
	}
	return NULL;
}

/* A --format-string filled in for e (checked: every {name} is a field). */
static void
format_line(struct mdtl_buf *b, const struct mdtl_event *e, const char *f,
    struct mdtl_buf *tmp)
{
	const char *close, *v;
	int k;

	for (; *f; f++) {
		if ((f[0] == '{' && f[1] == '{') || (f[0] == '}' && f[1] == '}')) {
			mdtl_buf_addch(b, *f++);
			continue;
		}
		if (*f != '{' || (close = strchr(f, '}')) == NULL ||
		    (k = field_index(f + 1, (size_t)(close - f - 1))) < 0) {
			mdtl_buf_add_char(b, f, 4);
			continue;
		}
		v = mdtl_event_field(e, (size_t)k, tmp);
		mdtl_buf_add_line(b, v != NULL && *v ? v : "-");
		f = close;
	}
	mdtl_buf_addch(b, '\n');
}

void
mdtl_event_text(struct mdtl_buf *b, const struct mdtl_event *e,
    const struct mdtl_emit_opts *o)
{
	struct mdtl_buf cite = MDTL_BUF_INIT;
	size_t i, n = 0, start = b->len;

	/* --format-string: the text with each {field} filled in */
	if (o != NULL && o->format_string != NULL) {
		format_line(b, e, o->format_string, &cite);
		mdtl_buf_release(&cite);
		return;
	}
	/* --fields: those, a tab apart (cut -f), "-" for none */
	if (o != NULL && o->nfields > 0) {
		for (i = 0; i < o->nfields; i++) {
			const char *v = mdtl_event_field(e, o->fields[i], &cite);

			if (i > 0)
				mdtl_buf_addch(b, '\t');
			mdtl_buf_add_line(b, v != NULL && *v ? v : "-");
		}
		mdtl_buf_addch(b, '\n');
		mdtl_buf_release(&cite);
		return;
	}

	/* statement, warning, offer, summit, deadline, ... */
	static const char *const colours[] = { "36", "31", "32", "35", "33" };
	const char *date = e->date.gran == MDTL_GRAN_NONE ? "-" :
	    e->date_value;

	if (o != NULL && o->color)
		mdtl_buf_addf(b, "\033[1m%-10s\033[0m  \033[%sm%-9s\033[0m  ",
		    date, colours[(size_t)e->type % (sizeof colours /
		    sizeof colours[0])], mdtl_event_type_name(e->type));
	else
		mdtl_buf_addf(b, "%-10s  %-9s  ", date,
		    mdtl_event_type_name(e->type));
	for (i = 0; i < e->nactors && n < 3; i++) {
		if (e->actors[i].role == MDTL_ROLE_TARGET && i > 0)
			continue;
		if (n++)
			mdtl_buf_adds(b, ", ");
		mdtl_buf_add_line(b, e->actors[i].name);
	}
	if (n == 0)
		mdtl_buf_addch(b, '-');
	if (e->location != NULL) {
		mdtl_buf_adds(b, " @ ");
		mdtl_buf_add_line(b, e->location);
	}
	mdtl_buf_adds(b, ": ");
	/* the citation: the outlet, how many told it, the URL if asked */
	if (e->article->source != NULL)
		mdtl_buf_add_line(&cite, e->article->source);
	if (e->sources > 1)
		mdtl_buf_addf(&cite, "%s%zu sources", cite.len ? "; " : "",
		    e->sources);
	if (o != NULL && o->urls && e->article->url != NULL) {
		mdtl_buf_adds(&cite, cite.len ? " " : "");
		mdtl_buf_add_line(&cite, e->article->url);
	}
	mdtl_buf_add_line(b, e->sentence);
	/* on a terminal, the line to its width, the citation kept */
	if (o != NULL && o->width > 0)
		cut_line(b, start, o->width - (cite.len ?
		    (long)chars(cite.buf, cite.len, (size_t)-1, NULL) + 3 :
		    0));
	if (cite.len)
		mdtl_buf_addf(b, o != NULL && o->color ? " \033[2m[%s]\033[0m" :
		    " [%s]", cite.buf);
	mdtl_buf_release(&cite);
	mdtl_buf_addch(b, '\n');
	if (o != NULL && o->explain) {
		mdtl_buf_adds(b, "    cue:   ");
		mdtl_buf_add_line(b, e->why_cue ? e->why_cue : "-");
		mdtl_buf_adds(b, "\n    actor: ");
		mdtl_buf_add_line(b, e->why_actor ? e->why_actor : "-");
		mdtl_buf_adds(b, "\n    date:  ");
		mdtl_buf_add_line(b, e->why_date ? e->why_date : "-");
		mdtl_buf_adds(b, "\n    from:  ");
		mdtl_buf_add_line(b, e->article->path ? e->article->path : "-");
		if (e->nmentions > 1)
			mdtl_buf_addf(b, " (told %zu times)", e->nmentions);
		mdtl_buf_addch(b, '\n');
		if (e->why_merge != NULL) {
			mdtl_buf_adds(b, "    merge: ");
			mdtl_buf_add_line(b, e->why_merge);
			mdtl_buf_addch(b, '\n');
		}
	}
}

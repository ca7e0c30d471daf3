/* emit-text.c: one event a line, for reading in a terminal. */
#include <string.h>

#include "mdtl/emit.h"
#include "mdtl/lexicon.h"

void
mdtl_event_text(struct mdtl_buf *b, const struct mdtl_event *e,
    const struct mdtl_emit_opts *o)
{
	size_t i, n = 0;

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
	mdtl_buf_add_line(b, e->sentence);
	if (e->sources > 1)
		mdtl_buf_addf(b, o != NULL && o->color ?
		    " \033[2m[%zu sources]\033[0m" : " [%zu sources]",
		    e->sources);
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

/*
 * emit.h: write events as text, JSON Lines, JSON, YAML, CSV, iCalendar,
 * TimelineJS JSON or a Markdown table.
 */
#ifndef MDTL_EMIT_H
#define MDTL_EMIT_H

#include <stdio.h>

#include "mdtl/buf.h"
#include "mdtl/event.h"
#include "mdtl/event-json.h"

/*
 * Each writer takes events that stay owned by the caller and writes them
 * to fp; it returns 0, or -1 when writing failed (ferror is set).  Article
 * text is escaped for every format: control characters never reach a
 * terminal raw and JSON and YAML are always well formed.
 */
#define MDTL_FIELDS_MAX	16

struct mdtl_emit_opts {
	int	explain;
	int	color;		/* text: ANSI colours (for a terminal) */
	int	urls;		/* text: the article's URL after its outlet */
	long	width;		/* text: cut lines to it (0: whole) */
	size_t	fields[MDTL_FIELDS_MAX];	/* text, csv: these only */
	size_t	nfields;			/* (0: the usual ones) */
	const char *format_string;	/* text: "{date} {source}: {sentence}",
					   checked (mdtl_format_string_check) */
};

/*
 * A --format-string: NULL when each {name} in s is a field of
 * mdtl_field_names ("{{" and "}}" are braces), else why not.
 */
const char	*mdtl_format_string_check(const char *s);

/*
 * An event's fields by name, as CSV's columns and --fields name them
 * (NULL-ended), and the text of field k (NULL for none), made in tmp when
 * it must be.
 */
extern const char *const mdtl_field_names[];
const char	*mdtl_event_field(const struct mdtl_event *, size_t k,
		    struct mdtl_buf *tmp);

int	mdtl_emit(FILE *, enum mdtl_format, const struct mdtl_event *, size_t,
	    const struct mdtl_emit_opts *);
/* The records of the events as text or JSON Lines, added to a buffer. */
void	mdtl_emit_records(struct mdtl_buf *, enum mdtl_format,
	    const struct mdtl_event *, size_t, const struct mdtl_emit_opts *);
void	mdtl_event_text(struct mdtl_buf *, const struct mdtl_event *,
	    const struct mdtl_emit_opts *);
int	mdtl_emit_yaml(FILE *, const struct mdtl_event *, size_t,
	    const struct mdtl_emit_opts *);
/* The actors an event names, "A, B" (roles: "A (speaker); B (target)"). */
void	mdtl_event_actor_names(struct mdtl_buf *, const struct mdtl_event *,
	    int roles);
/*
 * The CSV of events: the header, and an event's row, each with cells of
 * the caller's before the event's own (before NULL, nbefore 0: none).
 * Those are mdtl's own values (a date, a state, a number, NULL for an
 * empty cell), written as they are: they hold no comma, quote or newline.
 */
void	mdtl_csv_header(struct mdtl_buf *, const char *const *before,
	    const size_t *fields, size_t nfields);
void	mdtl_csv_row(struct mdtl_buf *, const struct mdtl_event *,
	    const char *const *before, size_t nbefore, const size_t *fields,
	    size_t nfields);
/* CSV, iCalendar, TimelineJS and Markdown (emit-export.c). */
int	mdtl_emit_export(FILE *, enum mdtl_format, const struct mdtl_event *,
	    size_t, const struct mdtl_emit_opts *);

#endif

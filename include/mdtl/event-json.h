/* event-json.h: the event record as JSON: written, read back, peeked at. */
#ifndef MDTL_EVENT_JSON_H
#define MDTL_EVENT_JSON_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/buf.h"
#include "mdtl/date.h"
#include "mdtl/event.h"

/*
 * The JSON object of one event (DESIGN.md's record), with "explain" when
 * explain is set, appended to b without a newline.  What writing one event
 * after another keeps, in a memo (or NULL): the last article's object,
 * written again for each of its events.  It holds pointers into the
 * events, so one memo serves only events that outlive it.
 */
struct mdtl_json_memo {
	const struct mdtl_article_meta	*article;
	struct mdtl_buf			 json;
};

#define MDTL_JSON_MEMO_INIT { NULL, MDTL_BUF_INIT }

void	mdtl_event_json(struct mdtl_buf *b, const struct mdtl_event *,
	    int explain, struct mdtl_json_memo *);
void	mdtl_json_memo_release(struct mdtl_json_memo *);

/*
 * Read a record back from its line with a JSON parser (json.h): 0, with e
 * filled and its strings in the arena; or -1 with *why saying what is
 * wrong with the line.  An article that says what prev says is prev (the
 * records of one article come together): not copied again.  Content
 * words are left to mdtl_event_words().
 */
struct mdtl_json;

int	mdtl_event_json_read(struct mdtl_event *e, struct mdtl_arena *,
	    struct mdtl_json *, const char *line, size_t len,
	    const struct mdtl_article_meta *prev, const char **why);

/*
 * A record's type told from its line without parsing it, so that a query
 * over many records parses only those of the types it asks for; -1 when
 * it cannot be told.
 */
int	mdtl_event_json_peek_type(const char *line, size_t len);

#endif

/* timeml.h: TimeML documents in, the same documents with TIMEX3 tags out. */
#ifndef MDTL_TIMEML_H
#define MDTL_TIMEML_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/buf.h"
#include "mdtl/diag.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"

/*
 * mdtl_timeml_read() checks a TimeML document with libxml2 (no network, no
 * entity expansion, no DTD loading), takes the creation time from <DCT>,
 * and the plain text of <TEXT>: entities decoded, tags inside it dropped.
 * map[i] is the byte offset in the document of text byte i (map[len] is
 * the end of the text), so tags can be put back into the document with
 * the rest of it unchanged byte for byte.  Everything lives in the arena.
 * Elements nest at most max_depth levels (mdtl_xml_read()).  Returns 0, or
 * -1 with the reason in the diag.
 */
struct mdtl_timeml {
	const char		*doc;		/* the document, borrowed */
	size_t			 doc_len;
	struct mdtl_date	 dct;		/* gran NONE when none */
	char			*text;		/* <TEXT>, decoded */
	size_t			 text_len;
	size_t			*map;		/* text offset -> doc offset */
};

int	mdtl_timeml_read(struct mdtl_timeml *, struct mdtl_arena *,
	    const char *doc, size_t len, const char *path, size_t max_depth,
	    struct mdtl_diag *);
/* An expression found in the text: its bytes there, and what it is. */
struct mdtl_timeml_tag {
	size_t			 start, end;
	const struct mdtl_timex	*tx;
};

/*
 * Every expression of a text split in sentences, in order, with its span,
 * the document's expressions read together (mdtl_timex_in_context()).
 */
struct mdtl_timeml_tag *mdtl_timeml_find(struct mdtl_arena *,
	    const struct mdtl_text *, const struct mdtl_date *ref,
	    const struct mdtl_timex_words *, size_t *n);
/*
 * The document again, every byte kept, with a TIMEX3 element around each
 * expression (in text order).  An expression that crosses an element's
 * boundary, or that the document tags as TIMEX3 already, is left as it
 * is; new tids follow the largest.  The output is well-formed when the
 * document is.
 */
void	mdtl_timeml_write(struct mdtl_buf *, struct mdtl_arena *,
	    const struct mdtl_timeml *, const struct mdtl_timeml_tag *,
	    size_t n);
/* A TimeML document made for a plain text, with ref as creation time. */
void	mdtl_timeml_new(struct mdtl_buf *, const char *text, size_t len,
	    const struct mdtl_date *ref, const struct mdtl_timeml_tag *,
	    size_t n);
/* Is this buffer a TimeML document? */
int	mdtl_timeml_sniff(const char *buf, size_t len);

#endif

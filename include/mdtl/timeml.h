/* timeml.h: TimeML documents in, the same documents with TIMEX3 tags out. */
#ifndef MDTL_TIMEML_H
#define MDTL_TIMEML_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/diag.h"
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
/* Is this buffer a TimeML document? */
int	mdtl_timeml_sniff(const char *buf, size_t len);

#endif

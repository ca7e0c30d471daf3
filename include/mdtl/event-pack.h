/*
 * event-pack.h: records packed for temporary files, which the process
 * that writes them reads back: what the JSON record says (event-json.h),
 * without its keys, escapes and parse.
 */
#ifndef MDTL_EVENT_PACK_H
#define MDTL_EVENT_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "mdtl/arena.h"
#include "mdtl/buf.h"
#include "mdtl/event.h"

/*
 * The pieces: numbers in the machine's byte order (a file lives only as
 * long as the process), a string as its length and its bytes, or
 * MDTL_PACK_NONE for none.  Unpacking reads from a cursor over the bytes
 * and marks it bad, instead of reading past them, when they end early.
 */
#define MDTL_PACK_NONE	UINT32_MAX

void	mdtl_pack_u32(struct mdtl_buf *, size_t);
void	mdtl_pack_u64(struct mdtl_buf *, uint64_t);
void	mdtl_pack_str(struct mdtl_buf *, const char *);

struct mdtl_unpack {
	const char	*p, *end;
	int		 bad;
};

uint32_t	 mdtl_unpack_u32(struct mdtl_unpack *);
uint64_t	 mdtl_unpack_u64(struct mdtl_unpack *);
/* A string where it lies, *len its length: 0; 1 for none; -1 if bad. */
int		 mdtl_unpack_view(struct mdtl_unpack *, const char **s,
		    size_t *len);
/* A string copied into the arena, or NULL for none (or when bad). */
const char	*mdtl_unpack_str(struct mdtl_unpack *, struct mdtl_arena *);
/* A string into out, of size bytes: 0; 1 for none (out empty); -1 when
 * bad or too long for out. */
int		 mdtl_unpack_into(struct mdtl_unpack *, char *out,
		    size_t size);
/* A count of things of at least `each` bytes: 0, and bad, when the bytes
 * left cannot hold that many. */
size_t		 mdtl_unpack_count(struct mdtl_unpack *, size_t each);

/*
 * Event e packed into b (appended): every field its JSON record has,
 * "explain" when explain is set.  mdtl_event_unpack() reads it back as
 * mdtl_event_json_read() reads the JSON record: the same event, its
 * strings in the arena, an article that says what prev says taken as
 * prev; 0, or -1 when the bytes are no packed record.
 */
void	mdtl_event_pack(struct mdtl_buf *b, const struct mdtl_event *e,
	    int explain);
int	mdtl_event_unpack(struct mdtl_event *e, struct mdtl_arena *,
	    const char *bytes, size_t len,
	    const struct mdtl_article_meta *prev);

#endif

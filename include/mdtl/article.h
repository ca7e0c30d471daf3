/* article.h: an article as read: metadata, the cleaned body, its text. */
#ifndef MDTL_ARTICLE_H
#define MDTL_ARTICLE_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/diag.h"
#include "mdtl/event.h"
#include "mdtl/lexicon.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"

/*
 * mdtl_article_read() reads one article from buf (a Trend page dump, text
 * with a YAML front-matter block, or plain text) and returns it, or NULL
 * with an error in the diag (empty, binary).  Invalid UTF-8 is replaced by
 * U+FFFD with a warning.  The article owns everything it points to, in its
 * arena and (body) on the heap; mdtl_article_free() frees it.  published (--published) stands in
 * for a date the article does not give.  Spans index body.
 */
struct mdtl_article {
	struct mdtl_arena	  arena;
	const char		 *path, *id, *title, *section, *source, *url,
				 *author;
	struct mdtl_date	  published;	/* gran NONE when unknown */
	char			  published_str[40];
	const char		**credits;
	size_t			  ncredits, acredits;
	const char		 *dateline_place;
	char			 *body;
	size_t			  body_len;
	struct mdtl_text	  text;
};

struct mdtl_article	*mdtl_article_read(const char *path, const char *buf,
			    size_t len, const struct mdtl_date *published,
			    const struct mdtl_lexicon *, struct mdtl_diag *);
/*
 * The same for a structured source (JSON Lines, a feed item, NITF, HTML):
 * what it says of the article comes in fields, in place of a front-matter
 * block; NULL or "" for what it does not say (published: NULL).  published
 * is a date as mdtl_date_parse() reads it.
 */
struct mdtl_article_fields {
	const char		 *id, *title, *published, *source, *section,
				 *url, *author;
	const char *const	 *credits;
	size_t			  ncredits;
};

struct mdtl_article	*mdtl_article_read_fields(const char *path,
			    const struct mdtl_article_fields *,
			    const char *buf, size_t len,
			    const struct mdtl_date *published,
			    const struct mdtl_lexicon *, struct mdtl_diag *);
void			 mdtl_article_free(struct mdtl_article *);
void			 mdtl_article_add_credit(struct mdtl_article *,
			    const char *);
/* What its events say of the article: a record in the article's arena. */
const struct mdtl_article_meta *mdtl_article_meta(struct mdtl_article *);

#endif

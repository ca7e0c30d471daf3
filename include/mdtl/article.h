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
 * What reading articles needs besides their bytes, made by the caller,
 * one for each thread that reads: the lexicon (NULL: no page furniture
 * known, no credits read), the publication date of articles that give
 * none (--published; NULL: none), the nesting allowed in YAML front matter
 * and in XML, this thread's JSON parser and where messages go.  bare: a
 * TimeML document's body is its <TEXT> as it is, no page furniture looked
 * for, so that spans in it are spans of the text (mdtl_article_bare()).
 */
struct mdtl_json;
struct mdtl_timeml;

struct mdtl_reader {
	const struct mdtl_lexicon	*lex;
	const struct mdtl_date		*published;
	size_t				 yaml_depth, xml_depth;
	struct mdtl_json		*json;
	struct mdtl_diag		*diag;
	int				 bare;
};

/*
 * mdtl_article_read() reads one article from buf (a Trend page dump, text
 * with a YAML front-matter block, or plain text) and returns it, or NULL
 * with an error in the diag (empty, binary).  Invalid UTF-8 is replaced by
 * U+FFFD with a warning.  The article owns everything it points to, in its
 * arena and (body) on the heap; mdtl_article_free() frees it.  Spans index
 * body.  timeml is the TimeML document it was read from, if it was (its
 * bytes are the input's: valid only while the reader hands the article
 * on).
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
	const struct mdtl_timeml *timeml;
};

struct mdtl_article	*mdtl_article_read(const struct mdtl_reader *,
			    const char *path, const char *buf, size_t len);
/*
 * The same for a structured source (JSON Lines, a feed item, NITF, HTML):
 * what it says of the article comes in fields, in place of a front-matter
 * block; NULL or "" for what it does not say (published: NULL).  published
 * is a date as mdtl_timex_parse() reads it.
 */
struct mdtl_article_fields {
	const char		 *id, *title, *published, *source, *section,
				 *url, *author;
	const char *const	 *credits;
	size_t			  ncredits;
};

struct mdtl_article	*mdtl_article_read_fields(const struct mdtl_reader *,
			    const char *path, const struct mdtl_article_fields *,
			    const char *buf, size_t len);
/*
 * An article whose body is text exactly (valid UTF-8), split as it is,
 * published as given (NULL or gran NONE: unknown).
 */
struct mdtl_article	*mdtl_article_bare(const char *path, const char *text,
			    size_t len, const struct mdtl_date *published);
void			 mdtl_article_free(struct mdtl_article *);
void			 mdtl_article_add_credit(struct mdtl_article *,
			    const char *);
/* What its events say of the article: a record in the article's arena. */
const struct mdtl_article_meta *mdtl_article_meta(struct mdtl_article *);

#endif

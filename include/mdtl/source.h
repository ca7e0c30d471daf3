/* source.h: detect an input's format and read the articles it holds. */
#ifndef MDTL_SOURCE_H
#define MDTL_SOURCE_H

#include <stddef.h>

#include "mdtl/article.h"
#include "mdtl/diag.h"
#include "mdtl/lexicon.h"

/*
 * mdtl_source_read() reads every article of one input: a text article
 * (Trend page dump, front matter, plain text), an HTML page, an NITF
 * document, an RSS 2.0 or Atom feed (each item an article), JSON Lines
 * of articles (a bad line is reported with its number and skipped) or a
 * TimeML document (its <TEXT>, published at its creation time).  HTML
 * and XML go through libxml2 with the network off and entities never
 * expanded.  The format is sniffed from the content, the path's extension
 * being a hint; MDTL_INPUT_AUTO sniffs, another value forces one.  Each
 * article is handed to fn, which owns it (mdtl_article_free).  Returns
 * the number of articles read, or -1 when the input could not be read at
 * all (the reason is in the diag).
 */
#define MDTL_INPUT_FORMATS(X) \
	X(AUTO, "auto") X(TEXT, "text") X(HTML, "html") X(NITF, "nitf") \
	X(RSS, "rss") X(ATOM, "atom") X(JSONL, "jsonl") X(TIMEML, "timeml")

enum mdtl_input_format {
#define X(e, s) MDTL_INPUT_##e,
	MDTL_INPUT_FORMATS(X)
#undef X
};

typedef int (*mdtl_source_fn)(struct mdtl_article *, void *);

extern const char *const mdtl_input_format_names[];	/* NULL-terminated */

int	mdtl_input_format_find(const char *);
const char *mdtl_input_format_name(enum mdtl_input_format);
enum mdtl_input_format	mdtl_source_sniff(const char *path, const char *buf,
			    size_t len);
long	mdtl_source_read(const struct mdtl_reader *, const char *path,
	    const char *buf, size_t len, enum mdtl_input_format,
	    mdtl_source_fn, void *);
/*
 * One line of JSON Lines of articles (lineno counts from 1), for readers
 * that stream: 1 when it gave an article, 0 when it was blank or bad (a
 * bad line is reported), -1 when fn failed.
 */
long	mdtl_source_read_jsonl_line(const struct mdtl_reader *,
	    const char *path, size_t lineno, const char *line, size_t len,
	    mdtl_source_fn, void *);

#endif

/* fixture.h: the project's own lexicon, loaded once for a group of tests. */
#ifndef MDTL_FIXTURE_H
#define MDTL_FIXTURE_H

#include "mdtl/article.h"
#include "mdtl/json.h"
#include "mdtl/lexicon.h"
#include "mdtl/xml.h"
#include "mdtl/yamltree.h"

static struct mdtl_lexicon *lex;

static inline int
lexicon_setup(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;

	(void)state;
	lex = mdtl_lexicon_load(DATA_DIR, &d);
	mdtl_diag_print(&d, stderr);
	mdtl_diag_release(&d);
	return lex == NULL;
}

static inline int
lexicon_teardown(void **state)
{
	(void)state;
	mdtl_lexicon_free(lex);
	return 0;
}

/* A reader of articles with the default limits; json may be NULL. */
static inline struct mdtl_reader
reader(const struct mdtl_lexicon *l, const struct mdtl_date *published,
    struct mdtl_json *json, struct mdtl_diag *d)
{
	struct mdtl_reader rd = { l, published, MDTL_YAML_MAX_DEPTH,
	    MDTL_XML_MAX_DEPTH, json, d, 0 };

	return rd;
}

/* One article from text: mdtl_article_read() with that reader. */
static inline struct mdtl_article *
read_article(const char *path, const char *buf, size_t len,
    const struct mdtl_date *published, const struct mdtl_lexicon *l,
    struct mdtl_diag *d)
{
	struct mdtl_reader rd = reader(l, published, NULL, d);

	return mdtl_article_read(&rd, path, buf, len);
}

#endif

/* fixture.h: the project's own lexicon, loaded once for a group of tests. */
#ifndef MDTL_FIXTURE_H
#define MDTL_FIXTURE_H

#include "mdtl/lexicon.h"

static struct mdtl_lexicon *lex;

static int
lexicon_setup(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;

	(void)state;
	lex = mdtl_lexicon_load(DATA_DIR, &d);
	mdtl_diag_print(&d, stderr);
	mdtl_diag_release(&d);
	return lex == NULL;
}

static int
lexicon_teardown(void **state)
{
	(void)state;
	mdtl_lexicon_free(lex);
	return 0;
}

#endif

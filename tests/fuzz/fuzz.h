/* fuzz.h: what the fuzz targets share: the lexicon, loaded once. */
#ifndef MDTL_FUZZ_H
#define MDTL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mdtl/diag.h"
#include "mdtl/lexicon.h"

#ifndef MDTL_DATADIR
#define MDTL_DATADIR "data"
#endif

/* The project's data files; a fuzz run never changes them. */
static inline const struct mdtl_lexicon *
fuzz_lexicon(void)
{
	static struct mdtl_lexicon *lex;

	if (lex == NULL) {
		struct mdtl_diag d = MDTL_DIAG_INIT;

		lex = mdtl_lexicon_load(MDTL_DATADIR, &d);
		mdtl_diag_release(&d);
		if (lex == NULL)
			abort();
	}
	return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#endif

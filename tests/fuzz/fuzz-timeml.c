/* fuzz-timeml.c: TimeML read and tagged, as `mdtl timex -f timeml` does. */
#include <string.h>

#include "fuzz.h"
#include "mdtl/timeml.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"
#include "mdtl/xml.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_timeml tm;
	char *buf = malloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	if (mdtl_timeml_read(&tm, &a, buf, size, "fuzz.tml",
	    MDTL_XML_MAX_DEPTH, &d) == 0) {
		struct mdtl_text tx;
		struct mdtl_timex out[64];
		size_t s;

		mdtl_text_split(&tx, &a, tm.text, tm.text_len);
		for (s = 0; s < tx.nsentences; s++)
			mdtl_timex_find(tx.tokens + tx.sentences[s].tok,
			    tx.sentences[s].ntok, &tm.dct, MDTL_TIMEX_AUTO, out,
			    64);
	}
	mdtl_arena_release(&a);
	mdtl_diag_release(&d);
	free(buf);
	return 0;
}

/*
 * fuzz-timeml.c: TimeML read, tagged and written again, as `mdtl timex -f
 * timeml` does; what is written must be well-formed when what was read
 * was.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "fuzz.h"
#include "mdtl/buf.h"
#include "mdtl/lexicon.h"
#include "mdtl/timeml.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"
#include "mdtl/xml.h"

static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_timeml tm;
	char *buf = malloc(size + 1);

	xmlSetGenericErrorFunc(NULL, quiet);
	memcpy(buf, data, size);
	buf[size] = '\0';
	if (mdtl_timeml_read(&tm, &a, buf, size, "fuzz.tml",
	    MDTL_XML_MAX_DEPTH, &d) == 0) {
		struct mdtl_buf out = MDTL_BUF_INIT;
		struct mdtl_timeml_tag *v;
		struct mdtl_text tx;
		struct mdtl_timex_words w;
		size_t n;
		xmlDoc *x;

		mdtl_text_split(&tx, &a, tm.text, tm.text_len);
		mdtl_lexicon_timex_words(fuzz_lexicon(), &w);
		v = mdtl_timeml_find(&a, &tx, &tm.dct, &w, &n);
		mdtl_timeml_write(&out, &a, &tm, v, n);
		x = xmlReadMemory(out.buf ? out.buf : "", (int)out.len,
		    "out.tml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
		    XML_PARSE_NOWARNING | XML_PARSE_HUGE);
		if (x == NULL)
			abort();	/* well-formed in, not out */
		xmlFreeDoc(x);
		mdtl_buf_release(&out);
	}
	mdtl_arena_release(&a);
	mdtl_diag_release(&d);
	free(buf);
	return 0;
}

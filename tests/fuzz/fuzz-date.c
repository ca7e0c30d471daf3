/* fuzz-date.c: the date parser behind --since and --until, and the tagger. */
#include <string.h>

#include "fuzz.h"
#include "mdtl/arena.h"
#include "mdtl/lexicon.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_timex tx[32];
	struct mdtl_date d, ref;
	struct mdtl_timex_words w;
	size_t n = 0, alloc = 0;
	char *s = malloc(size + 1);
	long first, last;

	memcpy(s, data, size);
	s[size] = '\0';
	if (mdtl_timex_parse(s, &d) == 0)
		mdtl_date_range(&d, &first, &last);
	mdtl_text_tokenize(&a, s, size, 0, &t, &n, &alloc);
	mdtl_timex_parse("2011-07-01", &ref);
	mdtl_lexicon_timex_words(fuzz_lexicon(), &w);
	mdtl_timex_find(t, n, &ref, MDTL_TIMEX_AUTO, &w, tx, 32);
	memset(&ref, 0, sizeof ref);
	mdtl_timex_find(t, n, &ref, MDTL_TIMEX_PAST, NULL, tx, 32);
	mdtl_arena_release(&a);
	free(s);
	return 0;
}

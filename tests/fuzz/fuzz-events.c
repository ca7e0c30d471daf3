/*
 * fuzz-events.c: JSON Lines of event records, as `mdtl merge` and
 * `mdtl timeline` read them: each line into the timeline, then merged and
 * written in every format and as the reports.
 */
#include <string.h>

#include "fuzz.h"
#include "mdtl/event-json.h"
#include "mdtl/json.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_timeline tl;
	const char *p = (const char *)data, *end = p + size, *nl, *why;

	mdtl_timeline_init(&tl);
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		if (nl > p) {
			/* what a query peeks at first, then the record */
			mdtl_event_json_peek_type(p, (size_t)(nl - p));
			mdtl_timeline_add_json(&tl, &json, p, (size_t)(nl - p),
			    &why);
		}
		p = nl + 1;
	}
	fuzz_outputs(&tl);
	mdtl_timeline_release(&tl);
	mdtl_json_release(&json);
	return 0;
}

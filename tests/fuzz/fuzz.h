/* fuzz.h: what the fuzz targets share: the lexicon, loaded once. */
#ifndef MDTL_FUZZ_H
#define MDTL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/diag.h"
#include "mdtl/emit.h"
#include "mdtl/lexicon.h"
#include "mdtl/report.h"
#include "mdtl/timeline.h"

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

/*
 * Everything the commands make of a timeline: merged, sorted, written in
 * every format, and as the briefing and the deadlines (as of the first
 * event).
 */
static inline void
fuzz_outputs(struct mdtl_timeline *tl)
{
	struct mdtl_emit_opts eo = { .explain = 1 };
	struct mdtl_report rep;
	FILE *null = fopen("/dev/null", "w");
	int f;

	if (null == NULL)
		abort();
	mdtl_timeline_merge(tl);
	mdtl_timeline_sort(tl, 1);
	for (f = 0; f < MDTL_FORMAT_NFORMATS; f++)
		mdtl_emit(null, (enum mdtl_format)f, tl->v, tl->n, &eo);
	memset(&rep, 0, sizeof rep);
	rep.v = tl->v;
	rep.n = tl->n;
	if (tl->n && tl->v[0].date.gran != MDTL_GRAN_NONE) {
		long last;

		mdtl_date_range(&tl->v[0].date, &rep.as_of, &last);
		rep.has_as_of = 1;
	}
	mdtl_report_md(null, &rep);
	mdtl_report_html(null, &rep);
	mdtl_report_deadlines(null, &rep, MDTL_DEADLINES_TEXT);
	mdtl_report_deadlines(null, &rep, MDTL_DEADLINES_JSONL);
	mdtl_report_deadlines(null, &rep, MDTL_DEADLINES_CSV);
	fclose(null);
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#endif

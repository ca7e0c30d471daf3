/* fuzz-source.c: one input, read as each format, through the whole pipeline. */
#include <string.h>

#include "fuzz.h"
#include "mdtl/extract.h"
#include "mdtl/json.h"
#include "mdtl/source.h"
#include "mdtl/xml.h"
#include "mdtl/yamltree.h"

#ifndef FUZZ_FORMAT
#define FUZZ_FORMAT MDTL_INPUT_AUTO
#endif

struct run {
	struct mdtl_timeline	tl;
};

static int
article(struct mdtl_article *art, void *arg)
{
	struct run *r = arg;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0, i;

	mdtl_extract(art, fuzz_lexicon(), MDTL_EXTRACT_WORDS, &v, &n, &alloc);
	for (i = 0; i < n; i++)
		mdtl_timeline_add(&r->tl, &v[i]);
	mdtl_article_free(art);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_reader rd = { fuzz_lexicon(), NULL, MDTL_YAML_MAX_DEPTH,
	    MDTL_XML_MAX_DEPTH, &json, &d, 0 };
	struct run r;
	char *buf = malloc(size + 1);
	int f;

	memcpy(buf, data, size);
	buf[size] = '\0';	/* as mdtl_read_file hands it over */
	mdtl_timeline_init(&r.tl);
	f = FUZZ_FORMAT;
	mdtl_source_read(&rd, "fuzz.in", buf, size, (enum mdtl_input_format)f,
	    article, &r);
	fuzz_outputs(&r.tl);
	mdtl_timeline_release(&r.tl);
	mdtl_json_release(&json);
	mdtl_diag_release(&d);
	free(buf);
	return 0;
}

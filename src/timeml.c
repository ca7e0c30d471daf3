/* timeml.c: TimeML documents in, the same documents with TIMEX3 tags out. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "mdtl/buf.h"
#include "mdtl/timeml.h"
#include "mdtl/xml.h"

int
mdtl_timeml_sniff(const char *buf, size_t len)
{
	size_t n = len < 4096 ? len : 4096;
	size_t i;

	for (i = 0; i + 7 <= n; i++)
		if (memcmp(buf + i, "<TimeML", 7) == 0)
			return 1;
	return 0;
}

/* The creation time: <DCT><TIMEX3 value="..."/></DCT>. */
static void
find_dct(xmlNode *n, struct mdtl_date *dct)
{
	for (; n != NULL && dct->gran == MDTL_GRAN_NONE; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, (const xmlChar *)"TIMEX3") == 0) {
			xmlChar *fn = xmlGetProp(n,
			    (const xmlChar *)"functionInDocument");
			xmlChar *v = xmlGetProp(n, (const xmlChar *)"value");

			if (fn != NULL && v != NULL && xmlStrcmp(fn,
			    (const xmlChar *)"CREATION_TIME") == 0)
				mdtl_timex_parse((const char *)v, dct);
			xmlFree(fn);
			xmlFree(v);
		}
		find_dct(n->children, dct);
	}
}

static const struct {
	const char	*name, *text;
} entities[] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
	{ "&apos;", "'" },
};

/* Decode the raw text of <TEXT>, dropping tags, keeping an offset map. */
static void
decode(struct mdtl_timeml *tm, struct mdtl_arena *a, size_t start,
    size_t end)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t *map = mdtl_arena_alloc(a, (end - start + 1) * sizeof *map);
	size_t i = start, k;

	while (i < end) {
		const char *p = tm->doc + i;

		if (*p == '<') {
			const char *gt = memchr(p, '>', end - i);

			i = gt ? (size_t)(gt - tm->doc) + 1 : end;
			continue;
		}
		if (*p == '&') {
			for (k = 0; k < sizeof entities / sizeof entities[0];
			    k++) {
				size_t l = strlen(entities[k].name);

				if (i + l <= end && memcmp(p, entities[k].name,
				    l) == 0) {
					map[b.len] = i;
					mdtl_buf_adds(&b, entities[k].text);
					i += l;
					break;
				}
			}
			if (k < sizeof entities / sizeof entities[0])
				continue;
		}
		map[b.len] = i;
		mdtl_buf_addch(&b, *p);
		i++;
	}
	map[b.len] = end;
	tm->text = mdtl_arena_strndup(a, b.buf, b.len);
	tm->text_len = b.len;
	tm->map = map;
	mdtl_buf_release(&b);
}

int
mdtl_timeml_read(struct mdtl_timeml *tm, struct mdtl_arena *a,
    const char *doc, size_t len, const char *path, size_t max_depth,
    struct mdtl_diag *diag)
{
	xmlDoc *x;
	const char *open, *close;
	size_t start;

	memset(tm, 0, sizeof *tm);
	tm->doc = doc;
	tm->doc_len = len;
	if ((x = mdtl_xml_read(doc, len, path, max_depth, diag)) == NULL)
		return -1;
	find_dct(xmlDocGetRootElement(x), &tm->dct);
	xmlFreeDoc(x);
	open = strstr(doc, "<TEXT>");
	close = open ? strstr(open, "</TEXT>") : NULL;
	if (open == NULL || close == NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "no <TEXT> in the TimeML document");
		return -1;
	}
	start = (size_t)(open - doc) + 6;
	decode(tm, a, start, (size_t)(close - doc));
	return 0;
}

/* xml.c: XML read safely, for TimeML, NITF and feeds. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "mdtl/xml.h"

/*
 * The nesting of one read, kept on its parser context: the elements open
 * below the root are counted as libxml2 builds the tree (as its own limit
 * counts them), and the first one too deep stops the parser, with the
 * place of its "<".
 */
struct depth {
	startElementNsSAX2Func	 start;
	endElementNsSAX2Func	 end;
	size_t			 max, open;
	int			 over;
	long			 line, col;
};

/* Where the start tag just read began: the "<" before the input's place. */
static void
tag_start(xmlParserCtxtPtr p, long *line, long *col)
{
	const xmlChar *base = p->input->base, *cur = p->input->cur, *lt, *q;

	*line = p->input->line;
	*col = p->input->col;
	for (lt = cur; lt > base && *lt != '<'; lt--)
		;
	for (q = lt; q < cur; q++)
		if (*q == '\n')
			--*line;
	if (*line == p->input->line) {
		*col -= (long)(cur - lt);
		return;
	}
	for (q = lt; q > base && q[-1] != '\n'; q--)
		;
	*col = (long)(lt - q) + 1;
}

static void
start_element(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **ns, int nattr,
    int ndefaulted, const xmlChar **attr)
{
	xmlParserCtxtPtr p = ctx;
	struct depth *d = p->_private;

	if (++d->open > d->max + 1) {
		d->over = 1;
		tag_start(p, &d->line, &d->col);
		xmlStopParser(p);
		return;
	}
	d->start(ctx, name, prefix, uri, nns, ns, nattr, ndefaulted, attr);
}

static void
end_element(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr p = ctx;
	struct depth *d = p->_private;

	d->open--;
	d->end(ctx, name, prefix, uri);
}

xmlDoc *
mdtl_xml_read(const char *buf, size_t len, const char *path,
    size_t max_depth, struct mdtl_diag *diag)
{
	xmlParserCtxtPtr p;
	xmlDoc *x;
	const xmlError *e;
	struct depth d;

	if (len > (size_t)1 << 30) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "too large for XML");
		return NULL;
	}
	if ((p = xmlNewParserCtxt()) == NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "out of memory for XML");
		return NULL;
	}
	memset(&d, 0, sizeof d);
	d.max = max_depth < 1 ? 1 : max_depth > MDTL_XML_DEPTH_CAP ?
	    MDTL_XML_DEPTH_CAP : max_depth;
	d.start = p->sax->startElementNs;
	d.end = p->sax->endElementNs;
	p->sax->startElementNs = start_element;
	p->sax->endElementNs = end_element;
	p->_private = &d;
	x = xmlCtxtReadMemory(p, buf, (int)len, path, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (d.over) {
		xmlFreeDoc(x);
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, d.line, d.col,
		    "not well-formed XML: nesting deeper than %zu levels",
		    d.max);
		x = NULL;
	} else if (x == NULL) {
		e = xmlCtxtGetLastError(p);
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, e ? e->line : 0,
		    e ? e->int2 : 0, "not well-formed XML: %.*s",
		    e && e->message ? (int)strcspn(e->message, "\n") : 1,
		    e && e->message ? e->message : "?");
	}
	xmlFreeParserCtxt(p);
	return x;
}

void
mdtl_xml_init(void)
{
	xmlInitParser();
}

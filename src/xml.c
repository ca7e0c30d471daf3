/* xml.c: XML read safely, for TimeML, NITF and feeds. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "mdtl/xml.h"

xmlDoc *
mdtl_xml_read(const char *buf, size_t len, const char *path,
    struct mdtl_diag *diag)
{
	xmlDoc *x;
	const xmlError *e;

	if (len > (size_t)1 << 30) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "too large for XML");
		return NULL;
	}
	x = xmlReadMemory(buf, (int)len, path, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (x != NULL)
		return x;
	e = xmlGetLastError();
	mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, e ? e->line : 0,
	    e ? e->int2 : 0, "not well-formed XML: %.*s",
	    e && e->message ? (int)strcspn(e->message, "\n") : 1,
	    e && e->message ? e->message : "?");
	return NULL;
}

void
mdtl_xml_init(void)
{
	xmlInitParser();
}

void
mdtl_xml_set_max_depth(unsigned n)
{
	xmlParserMaxDepth = n < 1 ? 1 : n > MDTL_XML_DEPTH_CAP ?
	    MDTL_XML_DEPTH_CAP : n;
}

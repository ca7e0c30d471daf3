/* xml.h: XML read safely, for TimeML, NITF and feeds. */
#ifndef MDTL_XML_H
#define MDTL_XML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "mdtl/diag.h"

/*
 * mdtl_xml_read() parses with the network off, no DTD loaded and no entity
 * expanded (an entity bomb is refused by libxml2's own limits), and with
 * elements nested at most max_depth levels below the root (at most
 * MDTL_XML_DEPTH_CAP, libxml2's own limit).  It returns the document
 * (xmlFreeDoc it), or NULL with "PATH:LINE:COL: not well-formed XML:
 * reason" in the diag.
 */
#define MDTL_XML_MAX_DEPTH	256
#define MDTL_XML_DEPTH_CAP	256

xmlDoc	*mdtl_xml_read(const char *buf, size_t len, const char *path,
	    size_t max_depth, struct mdtl_diag *);
/* Set libxml2 up; call once before reading on several threads. */
void	mdtl_xml_init(void);

#endif

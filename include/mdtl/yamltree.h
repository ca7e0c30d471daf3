/* yamltree.h: read a YAML document into a tree, refusing what is unsafe. */
#ifndef MDTL_YAMLTREE_H
#define MDTL_YAMLTREE_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/diag.h"

/*
 * mdtl_yaml_load() parses one YAML document with libyaml's event API into
 * nodes allocated from the arena.  Aliases and anchors are refused (no
 * entity-style blow-up), nesting deeper than max_depth (1 to
 * MDTL_YAML_DEPTH_CAP; our data files MDTL_YAML_MAX_DEPTH) is refused,
 * a mapping key that repeats is refused, and tabs in indentation are
 * reported by libyaml.  On error it appends "PATH:LINE:COL: message" to the
 * diag and returns NULL.  An empty document gives an empty mapping.
 */
#define MDTL_YAML_MAX_DEPTH	64
#define MDTL_YAML_DEPTH_CAP	1024

enum mdtl_ynode_kind {
	MDTL_YNODE_SCALAR,
	MDTL_YNODE_SEQ,
	MDTL_YNODE_MAP,
};

struct mdtl_ynode {
	enum mdtl_ynode_kind	  kind;
	const char		 *str;		/* scalar text, NUL-terminated */
	size_t			  len;
	int			  plain;	/* an unquoted scalar */
	struct mdtl_ynode	**v;		/* seq items; map key, value, ... */
	size_t			  n, alloc;
	long			  line, col;	/* from 1 */
};

struct mdtl_ynode	*mdtl_yaml_load(struct mdtl_arena *, const char *buf,
			    size_t len, const char *path, size_t max_depth,
			    struct mdtl_diag *);
/* The value of key in a mapping, or NULL. */
const struct mdtl_ynode	*mdtl_ynode_get(const struct mdtl_ynode *,
			    const char *key);

#endif

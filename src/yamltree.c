/* yamltree.c: read a YAML document into a tree, refusing what is unsafe. */
#include <string.h>
#include <yaml.h>

#include "mdtl/utf8.h"
#include "mdtl/yamltree.h"

static struct mdtl_ynode *
node_new(struct mdtl_arena *a, enum mdtl_ynode_kind kind,
    const yaml_event_t *ev)
{
	struct mdtl_ynode *n = mdtl_arena_calloc(a, 1, sizeof *n);

	n->kind = kind;
	n->line = (long)ev->start_mark.line + 1;
	n->col = (long)ev->start_mark.column + 1;
	return n;
}

static int
has_key(const struct mdtl_ynode *map, const struct mdtl_ynode *key)
{
	size_t i;

	for (i = 0; i + 1 < map->n; i += 2)
		if (map->v[i]->kind == MDTL_YNODE_SCALAR &&
		    map->v[i]->len == key->len &&
		    memcmp(map->v[i]->str, key->str, key->len) == 0)
			return 1;
	return 0;
}

struct mdtl_ynode *
mdtl_yaml_load(struct mdtl_arena *a, const char *buf, size_t len,
    const char *path, size_t max_depth, struct mdtl_diag *diag)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	struct mdtl_ynode *stack[MDTL_YAML_DEPTH_CAP + 1];
	struct mdtl_ynode *root = NULL, *n;
	size_t depth = 0, bad;
	int done = 0, ok = 0, have_ev = 0;

	if (max_depth < 1)
		max_depth = 1;
	if (max_depth > MDTL_YAML_DEPTH_CAP)
		max_depth = MDTL_YAML_DEPTH_CAP;

	bad = mdtl_utf8_check(buf, len);
	if (bad < len) {
		long line = 1, col = 1;
		size_t i;

		for (i = 0; i < bad; i++, col++)
			if (buf[i] == '\n') {
				line++;
				col = 0;
			}
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, line, col,
		    "invalid UTF-8");
		return NULL;
	}
	if (!yaml_parser_initialize(&parser)) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot start the YAML parser");
		return NULL;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, path,
			    (long)parser.problem_mark.line + 1,
			    (long)parser.problem_mark.column + 1, "%s%s%s",
			    parser.problem ? parser.problem : "syntax error",
			    parser.context ? " " : "",
			    parser.context ? parser.context : "");
			goto out;
		}
		have_ev = 1;
		n = NULL;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (root != NULL) {
				mdtl_diag_add(diag, MDTL_DIAG_ERROR, path,
				    (long)ev.start_mark.line + 1,
				    (long)ev.start_mark.column + 1,
				    "more than one YAML document");
				goto out;
			}
			break;
		case YAML_ALIAS_EVENT:
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, path,
			    (long)ev.start_mark.line + 1,
			    (long)ev.start_mark.column + 1,
			    "aliases are not allowed");
			goto out;
		case YAML_SCALAR_EVENT:
			if (ev.data.scalar.anchor != NULL)
				goto anchor;
			n = node_new(a, MDTL_YNODE_SCALAR, &ev);
			n->str = mdtl_arena_strndup(a,
			    (const char *)ev.data.scalar.value,
			    ev.data.scalar.length);
			n->len = ev.data.scalar.length;
			n->plain = ev.data.scalar.style ==
			    YAML_PLAIN_SCALAR_STYLE;
			break;
		case YAML_SEQUENCE_START_EVENT:
			if (ev.data.sequence_start.anchor != NULL)
				goto anchor;
			n = node_new(a, MDTL_YNODE_SEQ, &ev);
			break;
		case YAML_MAPPING_START_EVENT:
			if (ev.data.mapping_start.anchor != NULL)
				goto anchor;
			n = node_new(a, MDTL_YNODE_MAP, &ev);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			depth--;
			break;
		default:
			break;
		}
		if (n != NULL) {
			if (depth == 0)
				root = n;
			else {
				struct mdtl_ynode *p = stack[depth - 1];

				if (p->kind == MDTL_YNODE_MAP && p->n % 2 == 0 &&
				    n->kind == MDTL_YNODE_SCALAR &&
				    has_key(p, n)) {
					mdtl_diag_add(diag, MDTL_DIAG_ERROR,
					    path, n->line, n->col,
					    "duplicate key '%s'", n->str);
					goto out;
				}
				*MDTL_ARENA_PUSH(a, p->v, p->n, p->alloc) = n;
			}
			if (n->kind != MDTL_YNODE_SCALAR) {
				if (depth == max_depth) {
					mdtl_diag_add(diag, MDTL_DIAG_ERROR,
					    path, n->line, n->col,
					    "nesting deeper than %zu levels",
					    max_depth);
					goto out;
				}
				stack[depth++] = n;
			}
		}
		yaml_event_delete(&ev);
		have_ev = 0;
	}
	ok = 1;
	if (root == NULL) {
		yaml_event_t none;

		memset(&none, 0, sizeof none);
		root = node_new(a, MDTL_YNODE_MAP, &none);
	}
	goto out;
anchor:
	mdtl_diag_add(diag, MDTL_DIAG_ERROR, path,
	    (long)ev.start_mark.line + 1, (long)ev.start_mark.column + 1,
	    "anchors are not allowed");
out:
	if (have_ev)
		yaml_event_delete(&ev);
	yaml_parser_delete(&parser);
	return ok ? root : NULL;
}

const struct mdtl_ynode *
mdtl_ynode_get(const struct mdtl_ynode *map, const char *key)
{
	size_t i, len = strlen(key);

	if (map == NULL || map->kind != MDTL_YNODE_MAP)
		return NULL;
	for (i = 0; i + 1 < map->n; i += 2)
		if (map->v[i]->kind == MDTL_YNODE_SCALAR &&
		    map->v[i]->len == len &&
		    memcmp(map->v[i]->str, key, len) == 0)
			return map->v[i + 1];
	return NULL;
}

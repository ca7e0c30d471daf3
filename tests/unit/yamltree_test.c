/* yamltree_test.c: YAML into a tree, and what it refuses. */
#include "test.h"

#include "mdtl/yamltree.h"

static struct mdtl_ynode *
load(struct mdtl_arena *a, struct mdtl_diag *d, const char *s)
{
	return mdtl_yaml_load(a, s, strlen(s), "t.yaml", MDTL_YAML_MAX_DEPTH, d);
}

static void
test_tree(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_ynode *root;
	const struct mdtl_ynode *n;

	(void)state;
	root = load(&a, &d, "x: 1\nlist: [a, 'b c']\nmap: {k: v}\n");
	assert_non_null(root);
	assert_int_equal(root->kind, MDTL_YNODE_MAP);
	n = mdtl_ynode_get(root, "list");
	assert_int_equal(n->kind, MDTL_YNODE_SEQ);
	assert_int_equal(n->n, 2);
	assert_string_equal(n->v[1]->str, "b c");
	assert_false(n->v[1]->plain);
	assert_int_equal(n->line, 2);
	assert_int_equal(n->col, 7);
	assert_string_equal(mdtl_ynode_get(mdtl_ynode_get(root, "map"), "k")->str,
	    "v");
	assert_null(mdtl_ynode_get(root, "none"));
	root = load(&a, &d, "");
	assert_non_null(root);
	assert_int_equal(root->kind, MDTL_YNODE_MAP);
	assert_int_equal(d.n, 0);
	mdtl_diag_release(&d);
	mdtl_arena_release(&a);
}

static void
expect_error(const char *yaml, long line, long col, const char *msg)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;

	assert_null(mdtl_yaml_load(&a, yaml, strlen(yaml), "t.yaml", MDTL_YAML_MAX_DEPTH, &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].path, "t.yaml");
	assert_int_equal(d.v[0].line, line);
	if (col)
		assert_int_equal(d.v[0].col, col);
	assert_non_null(strstr(d.v[0].msg, msg));
	mdtl_diag_release(&d);
	mdtl_arena_release(&a);
}

static void
test_refused(void **state)
{
	char *deep;
	size_t i, depth = 100000;

	(void)state;
	expect_error("a: &x [1]\nb: *x\n", 1, 4, "anchors are not allowed");
	expect_error("b: *x\n", 1, 4, "aliases are not allowed");
	expect_error("a: 1\na: 2\n", 2, 1, "duplicate key 'a'");
	expect_error("a: [1, 2\n", 2, 0, "");
	expect_error("a:\n\t- 1\n", 2, 0, "");
	expect_error("a: 1\n---\nb: 2\n", 2, 1, "more than one YAML document");
	expect_error("a: \xff\n", 1, 4, "invalid UTF-8");
	/* 100 000 nested levels: refused at the cap, no stack blow-up */
	deep = malloc(depth * 2 + 1);
	for (i = 0; i < depth; i++) {
		deep[i] = '[';
		deep[depth * 2 - 1 - i] = ']';
	}
	deep[depth * 2] = '\0';
	expect_error(deep, 1, MDTL_YAML_MAX_DEPTH + 1, "nesting deeper");
	free(deep);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_tree), cmocka_unit_test(test_refused));
}

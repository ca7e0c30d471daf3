/* arena_test.c: the memory pool. */
#include "test.h"

#include "mdtl/arena.h"

static void
test_alloc(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	char *p, *q, *big;
	int i;

	(void)state;
	p = mdtl_arena_alloc(&a, 10);
	q = mdtl_arena_alloc(&a, 10);
	assert_true(p != q);
	assert_int_equal((uintptr_t)q % _Alignof(max_align_t), 0);
	memset(p, 'x', 10);
	memset(q, 'y', 10);
	assert_int_equal(p[9], 'x');
	/* a big block and many small ones, all usable */
	big = mdtl_arena_alloc(&a, 1 << 20);
	memset(big, 1, 1 << 20);
	for (i = 0; i < 10000; i++)
		memset(mdtl_arena_alloc(&a, 100), 2, 100);
	assert_int_equal(p[0], 'x');
	assert_int_equal(q[0], 'y');
	mdtl_arena_release(&a);
	assert_null(a.head);
}

static void
test_strings(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;

	(void)state;
	assert_string_equal(mdtl_arena_strndup(&a, "abcdef", 3), "abc");
	assert_string_equal(mdtl_arena_strdup(&a, ""), "");
	assert_string_equal(mdtl_arena_strcat(&a, "x", "-", "", "42",
	    (char *)NULL), "x-42");
	assert_string_equal(mdtl_arena_strcat(&a, (char *)NULL), "");
	mdtl_arena_release(&a);
}

static void
test_push(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	int *v = NULL;
	size_t n = 0, alloc = 0, i;

	(void)state;
	for (i = 0; i < 1000; i++)
		*MDTL_ARENA_PUSH(&a, v, n, alloc) = (int)i;
	assert_int_equal(n, 1000);
	for (i = 0; i < 1000; i++)
		assert_int_equal(v[i], (int)i);
	mdtl_arena_release(&a);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_alloc), cmocka_unit_test(test_strings),
	    cmocka_unit_test(test_push));
}

/* spell_test.c: edit distances and the suggestion made of them. */
#include "test.h"

#include "mdtl/spell.h"

static void
test_distance(void **state)
{
	(void)state;
	assert_int_equal(mdtl_spell_distance("rogozin", "rogozin", 2), 0);
	assert_int_equal(mdtl_spell_distance("Rogozn", "rogozin", 2), 1);
	assert_int_equal(mdtl_spell_distance("rogzoin", "rogozin", 2), 1);
	assert_int_equal(mdtl_spell_distance("warnings", "warning", 2), 1);
	assert_int_equal(mdtl_spell_distance("sinse", "since", 2), 1);
	assert_int_equal(mdtl_spell_distance("kitten", "sitting", 5), 3);
	/* it stops past the limit */
	assert_int_equal(mdtl_spell_distance("kitten", "sitting", 2), 3);
	assert_int_equal(mdtl_spell_distance("a", "abcdef", 2), 3);
	assert_int_equal(mdtl_spell_distance("", "ab", 2), 2);
}

static void
test_suggest(void **state)
{
	static const char *const names[] = { "statement", "warning", "offer",
	    "summit", "deadline", NULL };
	struct mdtl_spell sp;
	size_t i;

	(void)state;
	mdtl_spell_init(&sp, "warnings");
	for (i = 0; names[i] != NULL; i++)
		mdtl_spell_try(&sp, names[i]);
	assert_string_equal(sp.best, "warning");
	/* nothing near enough */
	mdtl_spell_init(&sp, "xyzzy");
	for (i = 0; names[i] != NULL; i++)
		mdtl_spell_try(&sp, names[i]);
	assert_null(sp.best);
	/* a short word: one edit only */
	mdtl_spell_init(&sp, "ofr");
	mdtl_spell_try(&sp, "offer");
	assert_null(sp.best);
	mdtl_spell_init(&sp, "ofer");
	mdtl_spell_try(&sp, "offer");
	assert_string_equal(sp.best, "offer");
	/* the nearer wins over the first */
	mdtl_spell_init(&sp, "summits");
	mdtl_spell_try(&sp, "summary");
	mdtl_spell_try(&sp, "summit");
	assert_string_equal(sp.best, "summit");
}

int
main(void)
{
	RUN(cmocka_unit_test(test_distance), cmocka_unit_test(test_suggest));
}

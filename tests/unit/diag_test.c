/* diag_test.c: collected diagnostics and how they print. */
#define _GNU_SOURCE
#include "test.h"

#include "mdtl/diag.h"

static void
test_print(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	mdtl_diag_add(&d, MDTL_DIAG_ERROR, "data/actors.yaml", 12, 5,
	    "unknown role '%s'", "speeker");
	mdtl_diag_add(&d, MDTL_DIAG_WARNING, "a.txt", 3, 0, "no date");
	mdtl_diag_add(&d, MDTL_DIAG_ERROR, NULL, 0, 0, "no file");
	mdtl_diag_add(&d, MDTL_DIAG_ERROR, "b\x1b.txt", 0, 0, "bad");
	assert_int_equal(d.errors, 3);
	mdtl_diag_print(&d, fp);
	fclose(fp);
	assert_string_equal(out,
	    "mdtl: data/actors.yaml:12:5: unknown role 'speeker'\n"
	    "mdtl: a.txt:3: warning: no date\n"
	    "mdtl: no file\n"
	    "mdtl: b?.txt: bad\n");
	free(out);
	mdtl_diag_clear(&d);
	assert_int_equal(d.n, 0);
	assert_int_equal(d.errors, 0);
	mdtl_diag_release(&d);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_print));
}

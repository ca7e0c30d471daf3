/* io_test.c: reading inputs, listing folders, writing outputs safely. */
#include "test.h"

#include <sys/stat.h>
#include <unistd.h>

#include "mdtl/io.h"

static char dir[] = "/tmp/mdtl-ioXXXXXX";

static void
put(const char *name, const char *content)
{
	char path[256];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(content, fp);
	fclose(fp);
}

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(dir) == NULL)
		return 1;
	put("b.txt", "bbb");
	put("a.txt", "aaaa");
	put(".hidden", "x");
	return 0;
}

static int
teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd);
}

static void
test_read(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	char path[256], *buf;
	size_t len;

	(void)state;
	snprintf(path, sizeof path, "%s/a.txt", dir);
	assert_int_equal(mdtl_read_file(path, &buf, &len, 100, &d), 0);
	assert_int_equal(len, 4);
	assert_string_equal(buf, "aaaa");
	free(buf);
	/* over the limit, a folder, a missing file */
	assert_int_equal(mdtl_read_file(path, &buf, &len, 3, &d), -1);
	assert_non_null(strstr(d.v[0].msg, "larger than the limit"));
	assert_int_equal(mdtl_read_file(dir, &buf, &len, 100, &d), -1);
	assert_string_equal(d.v[1].msg, "is a folder");
	assert_int_equal(mdtl_read_file("/nonexistent/x", &buf, &len, 100,
	    &d), -1);
	assert_non_null(strstr(d.v[2].msg, "cannot open"));
	/* /dev/zero stops at the limit instead of filling memory */
	assert_int_equal(mdtl_read_file("/dev/zero", &buf, &len, 1 << 20, &d),
	    -1);
	mdtl_diag_release(&d);
}

static void
test_expand(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_inputs in = { NULL, 0, 0 };
	char sub[256];

	(void)state;
	snprintf(sub, sizeof sub, "%s/sub", dir);
	mkdir(sub, 0755);
	put("sub/c.txt", "c");
	assert_int_equal(mdtl_inputs_expand(&in, dir, &d), 0);
	assert_int_equal(in.n, 3);
	assert_non_null(strstr(in.v[0], "/a.txt"));
	assert_non_null(strstr(in.v[1], "/b.txt"));
	assert_non_null(strstr(in.v[2], "/sub/c.txt"));
	assert_int_equal(mdtl_inputs_expand(&in, "/nonexistent", &d), -1);
	assert_int_equal(mdtl_inputs_expand(&in, "-", &d), 0);
	assert_int_equal(in.n, 4);
	mdtl_inputs_free(&in);
	/* a folder that links to itself ends, with an error */
	snprintf(sub, sizeof sub, "%s/sub/loop", dir);
	assert_int_equal(symlink(dir, sub), 0);
	assert_int_equal(mdtl_inputs_expand(&in, dir, &d), -1);
	assert_non_null(strstr(d.v[d.n - 1].msg, "deeper than"));
	mdtl_inputs_free(&in);
	unlink(sub);
	mdtl_diag_release(&d);
}

static void
test_output(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_output o;
	char path[256], *buf;
	size_t len;

	(void)state;
	snprintf(path, sizeof path, "%s/out.txt", dir);
	put("out.txt", "old");
	/* a failed run leaves the old file untouched */
	assert_int_equal(mdtl_output_open(&o, path, stdout, &d), 0);
	fputs("half of the new", o.fp);
	assert_int_equal(mdtl_output_close(&o, 0, &d), 0);
	mdtl_read_file(path, &buf, &len, 100, &d);
	assert_string_equal(buf, "old");
	free(buf);
	/* a good one replaces it whole */
	assert_int_equal(mdtl_output_open(&o, path, stdout, &d), 0);
	fputs("new", o.fp);
	assert_int_equal(mdtl_output_close(&o, 1, &d), 0);
	mdtl_read_file(path, &buf, &len, 100, &d);
	assert_string_equal(buf, "new");
	free(buf);
	/* no temporary file is left behind */
	{
		struct mdtl_inputs in = { NULL, 0, 0 };

		mdtl_inputs_expand(&in, dir, &d);
		assert_int_equal(in.n, 4);
		mdtl_inputs_free(&in);
	}
	/* a device is written in place, never replaced by a file */
	{
		struct stat st;

		assert_int_equal(mdtl_output_open(&o, "/dev/null", stdout, &d),
		    0);
		fputs("x", o.fp);
		assert_int_equal(mdtl_output_close(&o, 1, &d), 0);
		assert_int_equal(stat("/dev/null", &st), 0);
		assert_true(S_ISCHR(st.st_mode));
		if (stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode)) {
			assert_int_equal(mdtl_output_open(&o, "/dev/full",
			    stdout, &d), 0);
			fputs("x", o.fp);
			assert_int_equal(mdtl_output_close(&o, 1, &d), -1);
			assert_int_equal(stat("/dev/full", &st), 0);
			assert_true(S_ISCHR(st.st_mode));
			mdtl_diag_release(&d);
		}
	}
	/* a folder that cannot be written to */
	assert_int_equal(mdtl_output_open(&o, "/nonexistent/out", stdout, &d),
	    -1);
	assert_int_equal(d.n, 1);
	mdtl_diag_release(&d);
}

static void
test_lines(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_input in;
	char path[256], *big, *buf;
	const char *line, *head;
	size_t len, n, i;
	FILE *fp;

	(void)state;
	/* lines across the 64 KiB reads, one too long, no final newline */
	snprintf(path, sizeof path, "%s/lines.jsonl", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	big = malloc(200000);
	assert_non_null(big);
	memset(big, 'x', 199999);
	big[199999] = '\0';
	for (i = 0; i < 3000; i++)
		fprintf(fp, "line %zu of forty bytes, more or less\n", i);
	fprintf(fp, "%s\nafter\nlast", big);
	fclose(fp);
	assert_int_equal(mdtl_input_open(&in, path, 100000, &d), 0);
	mdtl_input_peek(&in, &head, &len);
	assert_true(len > 0 && strncmp(head, "line 0 ", 7) == 0);
	for (n = 0; mdtl_input_line(&in, &line, &len, &d) > 0; n++) {
		if (n < 3000) {
			char want[64];

			snprintf(want, sizeof want,
			    "line %zu of forty bytes, more or less", n);
			assert_int_equal(len, strlen(want));
			assert_memory_equal(line, want, len);
		} else if (n == 3000) {
			assert_int_equal(len, 5);
			assert_memory_equal(line, "after", 5);
			assert_int_equal(in.lineno, 3002);
		} else {
			assert_int_equal(len, 4);
			assert_memory_equal(line, "last", 4);
		}
	}
	assert_int_equal(n, 3002);
	/* the long line: reported once, with its number */
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 3001);
	mdtl_input_close(&in);
	/* the whole input, within the limit and over it */
	assert_int_equal(mdtl_input_open(&in, path, 1 << 20, &d), 0);
	assert_int_equal(mdtl_input_rest(&in, &buf, &len, &d), 1);
	assert_true(len > 300000);
	assert_memory_equal(buf + len - 4, "last", 4);
	free(buf);
	mdtl_input_close(&in);
	assert_int_equal(mdtl_input_open(&in, path, 1000, &d), 0);
	assert_int_equal(mdtl_input_rest(&in, &buf, &len, &d), -1);
	mdtl_input_close(&in);
	free(big);
	unlink(path);
	mdtl_diag_release(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_expand),
		cmocka_unit_test(test_output),
		cmocka_unit_test(test_lines),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

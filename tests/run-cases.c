/* run-cases.c: run mdtl on every folder of tests/cases and compare. */
#define _GNU_SOURCE	/* open_memstream */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <json-c/json.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "mdtl/cmd.h"
#include "mdtl/json.h"

/*
 * Each folder of tests/cases holds:
 *   args             the command line, split at spaces ("..." quotes)
 *   expected.out     what mdtl must print on standard output
 *   expected.err     (optional) on standard error; else it must be empty
 *   expected.status  (optional) the exit status; else 0
 *   valid            (optional) "json", "jsonl", "events" (JSON Lines of
 *                    event records), "timelinejs" (an object with an
 *                    events array), "yaml" or "xml": the output must
 *                    parse as that, with an independent parser
 * plus the inputs it names.  mdtl runs in-process inside the folder; a
 * mismatch leaves actual.out and actual.err there to compare.
 */

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (fp == NULL)
		return NULL;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		r = fread(buf + n, 1, 4096, fp);
		n += r;
		if (r == 0)
			break;
	}
	fclose(fp);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static int
split_args(char *s, char **argv, int max)
{
	int argc = 0;

	argv[argc++] = (char *)"mdtl";
	while (*s && argc < max - 1) {
		char *out;

		while (*s == ' ' || *s == '\n' || *s == '\t')
			s++;
		if (!*s)
			break;
		argv[argc++] = out = s;
		while (*s && *s != ' ' && *s != '\n' && *s != '\t') {
			if (*s == '"') {
				s++;
				while (*s && *s != '"')
					*out++ = *s++;
				if (*s)
					s++;
			} else
				*out++ = *s++;
		}
		if (*s)
			s++;
		*out = '\0';
	}
	argv[argc] = NULL;
	return argc;
}

static void
check_valid(const char *kind, const char *out, size_t len)
{
	struct mdtl_json json = MDTL_JSON_INIT;
	struct json_object *j;
	const char *why;
	size_t col;

	if (strcmp(kind, "json") == 0) {
		j = mdtl_json_parse(&json, out, len, &why, &col);
		if (j == NULL)
			fail_msg("output is not JSON: %s (byte %zu)", why, col);
		assert_true(json_object_is_type(j, json_type_array));
		json_object_put(j);
	} else if (strcmp(kind, "timelinejs") == 0) {
		j = mdtl_json_parse(&json, out, len, &why, &col);
		if (j == NULL)
			fail_msg("output is not JSON: %s (byte %zu)", why, col);
		assert_true(json_object_is_type(mdtl_json_get(j, "events"),
		    json_type_array));
		json_object_put(j);
	} else if (strcmp(kind, "jsonl") == 0 || strcmp(kind, "events") == 0) {
		const char *p = out, *nl;
		int lines = 0;

		while (*p) {
			nl = strchr(p, '\n');
			assert_non_null(nl);
			j = mdtl_json_parse(&json, p, (size_t)(nl - p), &why,
			    &col);
			if (j == NULL)
				fail_msg("line %d is not JSON: %s", lines + 1,
				    why);
			assert_true(json_object_is_type(j, json_type_object));
			if (strcmp(kind, "events") == 0) {
				/* the fields scripts depend on (DESIGN.md) */
				static const char *const fields[] = { "id",
				    "type", "date", "date_text", "date_basis",
				    "actors", "location", "quote", "sentence",
				    "mentions", "article", "cameo", NULL };
				struct json_object *v;
				size_t f;

				/* present, if only as null */
				for (f = 0; fields[f] != NULL; f++)
					if (!json_object_object_get_ex(j,
					    fields[f], &v))
						fail_msg("line %d has no '%s'",
						    lines + 1, fields[f]);
			}
			json_object_put(j);
			lines++;
			p = nl + 1;
		}
		assert_true(lines > 0);
	} else if (strcmp(kind, "yaml") == 0) {
		yaml_parser_t parser;
		yaml_document_t doc;
		yaml_node_t *root;

		assert_true(yaml_parser_initialize(&parser));
		yaml_parser_set_input_string(&parser,
		    (const unsigned char *)out, len);
		if (!yaml_parser_load(&parser, &doc))
			fail_msg("output is not YAML: %s", parser.problem);
		root = yaml_document_get_root_node(&doc);
		assert_non_null(root);
		assert_int_equal(root->type, YAML_SEQUENCE_NODE);
		yaml_document_delete(&doc);
		yaml_parser_delete(&parser);
	} else if (strcmp(kind, "xml") == 0) {
		xmlDoc *x = xmlReadMemory(out, (int)len, "out.xml", NULL,
		    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

		if (x == NULL)
			fail_msg("output is not well-formed XML");
		xmlFreeDoc(x);
	} else
		fail_msg("unknown validity check '%s'", kind);
	mdtl_json_release(&json);
}

static void
write_file(const char *path, const char *buf, size_t len)
{
	FILE *fp = fopen(path, "wb");

	if (fp != NULL) {
		fwrite(buf, 1, len, fp);
		fclose(fp);
	}
}

static void
run_case(void **state)
{
	const char *dir = *state;
	char cwd[PATH_MAX], *args, *argv[64], *out = NULL, *err = NULL;
	char *want_out, *want_err, *want_status, *valid;
	size_t out_len = 0, err_len = 0, want_len = 0;
	FILE *fout, *ferr;
	int argc, status, want = 0, ok;

	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	args = slurp("args", NULL);
	assert_non_null(args);
	argc = split_args(args, argv, 64);
	fout = open_memstream(&out, &out_len);
	ferr = open_memstream(&err, &err_len);
	status = mdtl_main(argc, argv, fout, ferr);
	fclose(fout);
	fclose(ferr);
	want_out = slurp("expected.out", &want_len);
	want_err = slurp("expected.err", NULL);
	want_status = slurp("expected.status", NULL);
	valid = slurp("valid", NULL);
	if (want_status != NULL)
		want = atoi(want_status);
	ok = want_out != NULL && out_len == want_len &&
	    memcmp(out, want_out, out_len) == 0 &&
	    strcmp(err, want_err ? want_err : "") == 0 && status == want;
	if (!ok) {
		write_file("actual.out", out, out_len);
		write_file("actual.err", err, err_len);
		print_error("%s: status %d (want %d)%s%s; see actual.out and "
		    "actual.err\n", dir, status, want,
		    want_out && out_len == want_len &&
		    memcmp(out, want_out, out_len) == 0 ? "" :
		    ", standard output differs",
		    strcmp(err, want_err ? want_err : "") ? ", standard error "
		    "differs" : "");
	} else {
		remove("actual.out");
		remove("actual.err");
	}
	/* back before any check can fail, so the next case starts here */
	assert_int_equal(chdir(cwd), 0);
	if (ok && valid != NULL) {
		valid[strcspn(valid, "\n")] = '\0';
		check_valid(valid, out, out_len);
	}
	free(args);
	free(out);
	free(err);
	free(want_out);
	free(want_err);
	free(want_status);
	free(valid);
	assert_true(ok);
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(void)
{
	DIR *d = opendir("cases");
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	struct CMUnitTest *tests;
	int ret;

	/* the bundled data, by a path that is the same in every checkout */
	setenv("MDTL_DATA", "../../../data", 1);
	if (d == NULL) {
		fprintf(stderr, "run-cases: no cases folder (run in tests/)\n");
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		char path[PATH_MAX];

		if (de->d_name[0] == '.')
			continue;
		names = realloc(names, (n + 1) * sizeof *names);
		snprintf(path, sizeof path, "cases/%s", de->d_name);
		names[n++] = strdup(path);
	}
	closedir(d);
	if (n == 0) {
		fprintf(stderr, "run-cases: no cases to run\n");
		return 1;
	}
	qsort(names, n, sizeof *names, cmp);
	tests = calloc(n, sizeof *tests);
	for (i = 0; i < n; i++) {
		tests[i].name = names[i];
		tests[i].test_func = run_case;
		tests[i].initial_state = names[i];
	}
	ret = _cmocka_run_group_tests("cases", tests, n, NULL, NULL);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(tests);
	return ret;
}

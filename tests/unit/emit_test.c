/* emit_test.c: the writers, and escaping of hostile article text. */
#define _GNU_SOURCE
#include "test.h"

#include <yaml.h>

#include "mdtl/emit.h"
#include "mdtl/json.h"

static struct mdtl_article_meta meta = {
	.id = "a", .title = "T\x1b[2J", .published = "2011-07-01",
	.source = "S", .path = "a.txt",
};
static struct mdtl_event_actor actors[] = {
	{ "rogozin", "Dmitry Rogozin", MDTL_ROLE_SPEAKER, NULL, 0 },
};
static struct mdtl_mention mentions[] = {
	{ "He said \"x\"\x1b]0;pwned\x07 <b>&</b>\n", { 3, 40 }, "a",
	    "a.txt", NULL, 0 },
};

/* A parser for the tests to read what was written; released at the end. */
static struct mdtl_json json;

static void
event(struct mdtl_event *e)
{
	memset(e, 0, sizeof *e);
	strcpy(e->id, "0123456789abcdef");
	e->type = MDTL_EVENT_WARNING;
	e->date.gran = MDTL_GRAN_MONTH;
	e->date.year = 2011;
	e->date.month = 5;
	strcpy(e->date_value, "2011-05");
	e->date_text = "May";
	e->basis = MDTL_BASIS_RELATIVE;
	e->actors = actors;
	e->nactors = 1;
	e->quote = "x";
	e->sentence = mentions[0].text;
	e->mentions = mentions;
	e->nmentions = 1;
	e->article = &meta;
	e->cameo = "130";
	e->why_cue = "warned";
}

static char *
emit(enum mdtl_format f, int explain, size_t n)
{
	struct mdtl_event e[2];
	struct mdtl_emit_opts o = { .explain = explain };
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	event(&e[0]);
	event(&e[1]);
	e[1].date.gran = MDTL_GRAN_NONE;
	e[1].basis = MDTL_BASIS_NONE;
	assert_int_equal(mdtl_emit(fp, f, e, n, &o), 0);
	fclose(fp);
	return out;
}

static void
test_jsonl(void **state)
{
	char *out = emit(MDTL_FORMAT_JSONL, 1, 2), *nl;
	struct json_object *j, *v;
	const char *why;
	size_t col;

	(void)state;
	nl = strchr(out, '\n');
	assert_non_null(nl);
	j = mdtl_json_parse(&json, out, (size_t)(nl - out), &why, &col);
	assert_non_null(j);
	assert_string_equal(mdtl_json_str(j, "sentence"), mentions[0].text);
	assert_string_equal(mdtl_json_str(j, "date"), "2011-05");
	v = mdtl_json_get(json_object_array_get_idx(mdtl_json_get(j,
	    "mentions"), 0), "span");
	assert_int_equal(json_object_get_int64(json_object_array_get_idx(v,
	    1)), 40);
	assert_string_equal(mdtl_json_str(mdtl_json_get(j, "explain"), "cue"),
	    "warned");
	json_object_put(j);
	/* the second: date null, date_basis null */
	j = mdtl_json_parse(&json, nl + 1, strlen(nl + 1), &why, &col);
	assert_non_null(j);
	assert_true(json_object_object_get_ex(j, "date", &v) && v == NULL);
	assert_true(json_object_object_get_ex(j, "date_basis", &v) &&
	    v == NULL);
	assert_true(json_object_object_get_ex(j, "location", &v) && v == NULL);
	json_object_put(j);
	free(out);
	out = emit(MDTL_FORMAT_JSON, 0, 0);
	assert_string_equal(out, "[]\n");
	free(out);
}

static void
test_text(void **state)
{
	char *out = emit(MDTL_FORMAT_TEXT, 0, 2);

	(void)state;
	/* no escape sequence reaches a terminal; one line per event */
	assert_null(strchr(out, '\x1b'));
	assert_null(strchr(out, '\x07'));
	/* each line cites its outlet */
	assert_string_equal(out, "2011-05     warning    Dmitry Rogozin: He "
	    "said \"x\"?]0;pwned? <b>&</b> [S]\n-           warning    Dmitry "
	    "Rogozin: He said \"x\"?]0;pwned? <b>&</b> [S]\n");
	free(out);
}

static void
test_yaml(void **state)
{
	char *out = emit(MDTL_FORMAT_YAML, 1, 2);
	yaml_parser_t p;
	yaml_document_t doc;
	yaml_node_t *root, *first, *v;
	yaml_node_pair_t *pair;

	(void)state;
	assert_true(yaml_parser_initialize(&p));
	yaml_parser_set_input_string(&p, (unsigned char *)out, strlen(out));
	assert_true(yaml_parser_load(&p, &doc));
	root = yaml_document_get_root_node(&doc);
	assert_int_equal(root->type, YAML_SEQUENCE_NODE);
	assert_int_equal(root->data.sequence.items.top -
	    root->data.sequence.items.start, 2);
	first = yaml_document_get_node(&doc, root->data.sequence.items.start[0]);
	for (pair = first->data.mapping.pairs.start;
	    pair < first->data.mapping.pairs.top; pair++) {
		yaml_node_t *k = yaml_document_get_node(&doc, pair->key);

		if (strcmp((char *)k->data.scalar.value, "sentence") != 0)
			continue;
		v = yaml_document_get_node(&doc, pair->value);
		assert_string_equal((char *)v->data.scalar.value,
		    mentions[0].text);
	}
	yaml_document_delete(&doc);
	yaml_parser_delete(&p);
	free(out);
}

static void
test_csv(void **state)
{
	char *out = emit(MDTL_FORMAT_CSV, 0, 2), *row;

	(void)state;
	row = strstr(out, "\r\n");
	assert_non_null(row);
	assert_memory_equal(out, "id,date,date_text,", 18);
	/* the line break inside the sentence stays inside its quotes */
	/* control characters become '?' */
	assert_string_equal(row + 2, "0123456789abcdef,2011-05,May,relative,"
	    "warning,Dmitry Rogozin (speaker),,x,\"He said \"\"x\"\"?]0;pwned"
	    "? <b>&</b>\n\",1,a,\"T?[2J\",2011-07-01,S,,\r\n"
	    "0123456789abcdef,,May,,warning,Dmitry Rogozin (speaker),,x,"
	    "\"He said \"\"x\"\"?]0;pwned? <b>&</b>\n\",1,a,\"T?[2J\","
	    "2011-07-01,S,,\r\n");
	free(out);
}

static void
test_csv_formula(void **state)
{
	struct mdtl_event e;
	struct mdtl_article_meta m = meta;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	event(&e);
	e.sentence = "=1+1";
	e.quote = "-2";
	e.location = "@here";
	m.title = "+x, \"y\"";
	e.article = &m;
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_CSV, &e, 1, NULL), 0);
	fclose(fp);
	assert_non_null(strstr(out,
	    ",\"'@here\",\"'-2\",\"'=1+1\",1,a,\"'+x, \"\"y\"\"\","));
	free(out);
}

static void
test_ics(void **state)
{
	struct mdtl_event e;
	struct mdtl_article_meta m = meta;
	char *out = NULL, *p, *line;
	size_t len = 0, i;
	FILE *fp = open_memstream(&out, &len);
	char sentence[400] = "Caf";

	(void)state;
	/* two-byte characters that fall across the 75-octet fold */
	for (i = 0; i < 60; i++)
		strcat(sentence, "\xc3\xa9");
	strcat(sentence, ";\n,\\\x01");
	event(&e);
	e.sentence = sentence;
	m.published = "2011-07-01T22:30:00-05:00";
	m.url = "javascript alert(1)";
	e.article = &m;
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_ICS, &e, 1, NULL), 0);
	fclose(fp);
	assert_non_null(strstr(out, "\r\nUID:0123456789abcdef@mdtl\r\n"));
	/* evening in New York is the next morning in UTC */
	assert_non_null(strstr(out, "\r\nDTSTAMP:20110702T033000Z\r\n"));
	/* a month spans the month */
	assert_non_null(strstr(out, "\r\nDTSTART;VALUE=DATE:20110501\r\n"
	    "DTEND;VALUE=DATE:20110601\r\n"));
	assert_non_null(strstr(out, "\\;\\n\\,\\\\ "));
	assert_null(strstr(out, "URL:"));
	assert_null(strchr(out, '\x1b'));
	for (line = out; *line; line = p + 2) {
		p = strstr(line, "\r\n");
		assert_non_null(p);
		assert_true(p - line <= 75);
		/* a folded line never starts inside a character */
		assert_false((line[0] == ' ' &&
		    ((unsigned char)line[1] & 0xc0) == 0x80));
	}
	assert_memory_equal(out + len - 15, "END:VCALENDAR\r\n", 15);
	free(out);
}

static void
test_timelinejs(void **state)
{
	char *out = emit(MDTL_FORMAT_TIMELINEJS, 0, 2);
	struct json_object *j, *evs, *ev, *v;
	const char *why;
	size_t col;

	(void)state;
	j = mdtl_json_parse(&json, out, strlen(out), &why, &col);
	assert_non_null(j);
	/* the undated event has no place on a timeline */
	evs = mdtl_json_get(j, "events");
	assert_true(json_object_is_type(evs, json_type_array));
	assert_int_equal(json_object_array_length(evs), 1);
	ev = json_object_array_get_idx(evs, 0);
	assert_string_equal(mdtl_json_str(mdtl_json_get(ev, "start_date"),
	    "month"), "5");
	assert_false(json_object_object_get_ex(mdtl_json_get(ev, "start_date"),
	    "day", &v));
	assert_string_equal(mdtl_json_str(mdtl_json_get(ev, "text"),
	    "headline"), "Warning: Dmitry Rogozin");
	assert_non_null(strstr(mdtl_json_str(mdtl_json_get(ev, "text"),
	    "text"), "&quot;x&quot;]0;pwned &lt;b&gt;&amp;&lt;/b&gt;"));
	json_object_put(j);
	free(out);
}

static void
test_md(void **state)
{
	struct mdtl_event e;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	event(&e);
	e.sentence = "a | b\n*c* [d](e) <x>";
	e.sources = 3;
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_MD, &e, 1, NULL), 0);
	fclose(fp);
	assert_string_equal(out, "| Date | Type | Actors | Place | "
	    "What happened | Source |\n|---|---|---|---|---|---|\n"
	    "| 2011-05 | warning | Dmitry Rogozin | - | a \\| b \\*c\\* "
	    "\\[d\\](e) \\<x\\> | S and 2 more |\n");
	free(out);
}

static void
test_formats(void **state)
{
	(void)state;
	assert_int_equal(mdtl_format_find("JSONL"), MDTL_FORMAT_JSONL);
	assert_int_equal(mdtl_format_find("yaml"), MDTL_FORMAT_YAML);
	assert_int_equal(mdtl_format_find("ICS"), MDTL_FORMAT_ICS);
	assert_int_equal(mdtl_format_find("timelinejs"), MDTL_FORMAT_TIMELINEJS);
	assert_int_equal(mdtl_format_find("xml"), -1);
}

static void
test_write_error(void **state)
{
	struct mdtl_event e;
	FILE *fp = fopen("/dev/full", "w");

	(void)state;
	if (fp == NULL)
		skip();
	event(&e);
	setvbuf(fp, NULL, _IONBF, 0);
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_JSONL, &e, 1, NULL), -1);
	clearerr(fp);
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_CSV, &e, 1, NULL), -1);
	clearerr(fp);
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_ICS, &e, 1, NULL), -1);
	clearerr(fp);
	assert_int_equal(mdtl_emit(fp, MDTL_FORMAT_MD, &e, 1, NULL), -1);
	fclose(fp);
}

static int
release_json(void **state)
{
	(void)state;
	mdtl_json_release(&json);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonl), cmocka_unit_test(test_text),
		cmocka_unit_test(test_yaml), cmocka_unit_test(test_csv),
		cmocka_unit_test(test_csv_formula), cmocka_unit_test(test_ics),
		cmocka_unit_test(test_timelinejs), cmocka_unit_test(test_md),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, release_json);
}

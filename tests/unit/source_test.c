/* source_test.c: formats sniffed and read, dates of feeds. */
#include "test.h"
#include "fixture.h"

#include "mdtl/source.h"

struct got {
	size_t	n;
	char	titles[4][128], published[4][40], bodies[4][512];
};

static int
keep(struct mdtl_article *art, void *arg)
{
	struct got *g = arg;

	if (g->n < 4) {
		snprintf(g->titles[g->n], 128, "%s", art->title ? art->title :
		    "-");
		snprintf(g->published[g->n], 40, "%s", art->published_str);
		snprintf(g->bodies[g->n], 512, "%s", art->body);
	}
	g->n++;
	mdtl_article_free(art);
	return 0;
}

static long
read_str(const char *path, const char *s, struct got *g, struct mdtl_diag *d)
{
	struct mdtl_json json = MDTL_JSON_INIT;
	struct mdtl_reader rd = reader(lex, NULL, &json, d);
	long n;

	memset(g, 0, sizeof *g);
	n = mdtl_source_read(&rd, path, s, strlen(s), MDTL_INPUT_AUTO, keep, g);
	mdtl_json_release(&json);
	return n;
}

static void
test_sniff(void **state)
{
	(void)state;
	assert_int_equal(mdtl_source_sniff("a.txt", "{\"body\":1}", 10),
	    MDTL_INPUT_JSONL);
	assert_int_equal(mdtl_source_sniff("a", "<?xml version='1.0'?><rss>",
	    25), MDTL_INPUT_RSS);
	assert_int_equal(mdtl_source_sniff("a", "<feed xmlns=''>", 15),
	    MDTL_INPUT_ATOM);
	assert_int_equal(mdtl_source_sniff("a", "<nitf>", 6), MDTL_INPUT_NITF);
	assert_int_equal(mdtl_source_sniff("a", "<!DOCTYPE html><p>x", 19),
	    MDTL_INPUT_HTML);
	assert_int_equal(mdtl_source_sniff("a.html", "plain", 5),
	    MDTL_INPUT_HTML);
	assert_int_equal(mdtl_source_sniff("a.txt", "Title\n\nText.", 12),
	    MDTL_INPUT_TEXT);
	assert_int_equal(mdtl_input_format_find("RSS"), MDTL_INPUT_RSS);
	assert_int_equal(mdtl_input_format_find("pdf"), -1);
}

static void
test_html(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct got g;

	(void)state;
	/* metadata from JSON-LD and <time>, furniture dropped */
	assert_int_equal(read_str("p.html", "<html><head><script type=\""
	    "application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
	    "\"A head\",\"datePublished\":\"2011-07-01T14:23:00.000Z\"}"
	    "</script></head><body><nav><p>Menu said so</p></nav><article>"
	    "<p>One <b>bold</b>\nline.</p><div class=\"share\"><p>Share</p>"
	    "</div><p>Two.</p></article><footer><p>Foot</p></footer></body>"
	    "</html>", &g, &d), 1);
	assert_string_equal(g.titles[0], "A head");
	assert_string_equal(g.published[0], "2011-07-01T14:23:00+00:00");
	assert_string_equal(g.bodies[0], "One bold line.\n\nTwo.");
	/* broken markup still gives its text */
	assert_int_equal(read_str("b.html", "<html><body><p>Lavrov said so."
	    "<p>Rogozin said no", &g, &d), 1);
	assert_string_equal(g.bodies[0], "Lavrov said so.\n\nRogozin said no");
	mdtl_diag_release(&d);
}

static void
test_feeds(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct got g;

	(void)state;
	/* two items, two articles, HTML inside descriptions */
	assert_int_equal(read_str("f.xml", "<rss><channel><title>W</title>"
	    "<item><title>A</title><pubDate>Fri, 01 Jul 2011 14:23:00 +0400"
	    "</pubDate><description>&lt;p&gt;Lavrov said so.&lt;/p&gt;"
	    "</description></item><item><title>B</title><description>Text"
	    "</description></item></channel></rss>", &g, &d), 2);
	assert_string_equal(g.titles[1], "B");
	assert_string_equal(g.published[0], "2011-07-01T14:23:00+04:00");
	assert_string_equal(g.bodies[0], "Lavrov said so.");
	/* not XML: an error with its place */
	assert_int_equal(read_str("f.xml", "<rss><channel><item>", &g, &d), -1);
	assert_non_null(strstr(d.v[0].msg, "not well-formed"));
	assert_int_equal(d.v[0].line, 1);
	mdtl_diag_release(&d);
}

static void
test_jsonl(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct got g;

	(void)state;
	assert_int_equal(read_str("a.jsonl", "{\"title\":\"T\",\"published\":"
	    "\"2011-07-01\",\"body\":\"Lavrov said so.\",\"credits\":\"DPA\"}\n"
	    "{bad\n\n{\"title\":\"U\",\"body\":\"Rogozin said no.\"}\n", &g, &d),
	    2);
	assert_string_equal(g.titles[0], "T");
	assert_string_equal(g.published[0], "2011-07-01");
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 2);
	mdtl_diag_release(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_feeds),
		cmocka_unit_test(test_jsonl),
	};

	return cmocka_run_group_tests(tests, lexicon_setup, lexicon_teardown);
}

/* timeml_test.c: TimeML in, and tags back in with the text unchanged. */
#define _GNU_SOURCE
#include "test.h"

#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/timeml.h"
#include "mdtl/xml.h"

static const char doc[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
    "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
    "19980108</TIMEX3></DCT>\n<TEXT>\nAT&amp;T said on Friday that "
    "profit rose &gt;10% in the third quarter of 1997, and two years ago.\n"
    "</TEXT>\n</TimeML>\n";

static void
test_read(void **state)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_timeml tm;
	char value[24];

	(void)state;
	assert_true(mdtl_timeml_sniff(doc, sizeof doc - 1));
	assert_false(mdtl_timeml_sniff("plain text", 10));
	assert_int_equal(mdtl_timeml_read(&tm, &a, doc, sizeof doc - 1, "x.tml",
	    MDTL_XML_MAX_DEPTH, &d), 0);
	mdtl_date_format(&tm.dct, value, sizeof value);
	assert_string_equal(value, "1998-01-08");
	assert_string_equal(tm.text, "\nAT&T said on Friday that profit rose "
	    ">10% in the third quarter of 1997, and two years ago.\n");
	/* the map leads back into the document, past the entities */
	assert_int_equal(tm.doc[tm.map[1]], 'A');
	assert_memory_equal(tm.doc + tm.map[3], "&amp;", 5);
	assert_int_equal(tm.doc[tm.map[4]], 'T');
	mdtl_arena_release(&a);
	mdtl_diag_release(&d);
}

static void
test_hostile(void **state)
{
	static const char *const bad[] = {
		/* not XML, no TEXT, an external entity, a billion laughs */
		"<TimeML><TEXT>open",
		"<TimeML><DCT/></TimeML>",
		"<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM "
		    "\"file:///etc/passwd\">]><TimeML><TEXT>&x;</TEXT></TimeML>",
	};
	static const char laughs[] = "<?xml version=\"1.0\"?><!DOCTYPE t ["
	    "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><TimeML><TEXT>&c;</TEXT>"
	    "</TimeML>";
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_timeml tm;
	size_t i;

	(void)state;
	assert_int_equal(mdtl_timeml_read(&tm, &a, bad[0], strlen(bad[0]),
	    "b.tml", MDTL_XML_MAX_DEPTH, &d), -1);
	assert_non_null(strstr(d.v[0].msg, "not well-formed"));
	assert_int_equal(mdtl_timeml_read(&tm, &a, bad[1], strlen(bad[1]),
	    "b.tml", MDTL_XML_MAX_DEPTH, &d), -1);
	assert_non_null(strstr(d.v[1].msg, "no <TEXT>"));
	/* entities are never expanded: the text is what the file says */
	for (i = 2; i < 3; i++) {
		assert_int_equal(mdtl_timeml_read(&tm, &a, bad[i],
		    strlen(bad[i]), "b.tml", MDTL_XML_MAX_DEPTH, &d), 0);
		assert_null(strstr(tm.text, "root:"));
		assert_string_equal(tm.text, "&x;");
	}
	/* a "<TEXT>" in a processing instruction or a comment is not the
	   text */
	{
		static const char hidden[] = "<?pi <TEXT>not this</TEXT> ?>"
		    "<TimeML><!-- <TEXT>nor this</TEXT> -->"
		    "<EVENT a=\"x>y\"/><TEXT>this</TEXT></TimeML>";

		assert_int_equal(mdtl_timeml_read(&tm, &a, hidden,
		    sizeof hidden - 1, "h.tml", MDTL_XML_MAX_DEPTH, &d), 0);
		assert_string_equal(tm.text, "this");
	}
	/* an entity bomb is refused, not expanded */
	assert_int_equal(mdtl_timeml_read(&tm, &a, laughs, sizeof laughs - 1,
	    "b.tml", MDTL_XML_MAX_DEPTH, &d), -1);
	assert_non_null(strstr(d.v[d.n - 1].msg, "not well-formed"));
	mdtl_arena_release(&a);
	mdtl_diag_release(&d);
}

/* The command's output, tags removed, is the input byte for byte. */
static void
test_round_trip(void **state)
{
	char path[] = "/tmp/mdtl-tmlXXXXXX";
	char *argv[] = { "mdtl", "timex", "-f", "timeml", path, NULL };
	char *out = NULL, *err = NULL, *p, *q;
	size_t ol = 0, el = 0;
	FILE *fo, *fe, *fp;
	int fd = mkstemp(path), status;

	(void)state;
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(doc, fp);
	fclose(fp);
	fo = open_memstream(&out, &ol);
	fe = open_memstream(&err, &el);
	status = mdtl_main(5, argv, fo, fe);
	fclose(fo);
	fclose(fe);
	unlink(path);
	assert_int_equal(status, 0);
	assert_non_null(strstr(out, "<TIMEX3 tid=\"t1\" type=\"DATE\" "
	    "value=\"1998-01-02\">Friday</TIMEX3>"));
	assert_non_null(strstr(out, "value=\"1997-Q3\">the third quarter of "
	    "1997</TIMEX3>"));
	assert_non_null(strstr(out, "value=\"1996\">two years ago</TIMEX3>"));
	/* remove what was added: <TIMEX3 tid=...> and </TIMEX3> in TEXT */
	for (p = strstr(out, "<TEXT>"); (q = strstr(p, "<TIMEX3 tid=\"t")) !=
	    NULL && q[14] != '0';) {
		char *gt = strchr(q, '>');

		memmove(q, gt + 1, strlen(gt + 1) + 1);
		q = strstr(q, "</TIMEX3>");
		memmove(q, q + 9, strlen(q + 9) + 1);
		p = q;
	}
	assert_string_equal(out, doc);
	free(out);
	free(err);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_read), cmocka_unit_test(test_hostile),
	    cmocka_unit_test(test_round_trip));
}

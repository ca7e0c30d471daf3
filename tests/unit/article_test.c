/* article_test.c: reading articles in their layouts, and bad input. */
#include "test.h"
#include "fixture.h"

#include "mdtl/article.h"
#include "mdtl/io.h"

static struct mdtl_article *
read_str(const char *s, struct mdtl_diag *d)
{
	return read_article("t/a.txt", s, strlen(s), NULL, lex, d);
}

/* The body read from text s is want. */
static void
assert_body(const char *s, const char *want)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art = read_str(s, &d);

	assert_non_null(art);
	assert_string_equal(art->body, want);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_trend(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	char *buf;
	size_t len;

	(void)state;
	assert_int_equal(mdtl_read_file(DATA_DIR "/articles/trend-2011-07-01-"
	    "moscow-warns-of-arms-race.txt", &buf, &len, MDTL_MAX_INPUT, &d), 0);
	art = read_article("trend.txt", buf, len, NULL, lex, &d);
	free(buf);
	assert_non_null(art);
	assert_string_equal(art->title,
	    "Moscow warns of arms race if missile defence talks with NATO fail");
	assert_string_equal(art->section, "Other News Materials");
	assert_string_equal(art->source, "Trend");
	assert_string_equal(art->published_str, "2011-07-01T14:23:00+04:00");
	assert_string_equal(art->id, "trend");
	/* page furniture is gone; the lead and its repetition stay */
	assert_null(strstr(art->body, "Latest"));
	assert_null(strstr(art->body, "..."
	    "\n"));
	assert_int_equal(strncmp(art->body, "Russia will beef up", 19), 0);
	assert_int_equal(art->text.nparas, 11);
	assert_int_equal(d.n, 0);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_trend_byline(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	art = read_str(" date 2018-08-13 Talks to go on\n\n"
	    "13 August 2018 20:01 (UTC+04:00)\n\nBaku, Azerbaijan, Aug. 13\n\n"
	    "By A. Writer - Trend:\n\nThe talks will go on, he said.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->title, "Talks to go on");
	assert_null(art->section);
	assert_string_equal(art->published_str, "2018-08-13T20:01:00+04:00");
	assert_string_equal(art->dateline_place, "Baku");
	assert_string_equal(art->body, "The talks will go on, he said.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* a calendar's headings stay; a page's date stamp goes, and is no place */
static void
test_date_lines(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	art = read_str("---\ntitle: \"Week ahead\"\npublished: 2011-10-01\n"
	    "---\nTuesday, July 3, 2007\n\nA busy week.\n\nMonday, October 3"
	    "\n\nRasmussen meets Saakashvili.\n\nWednesday-Thursday, October "
	    "5-6\n\nMinisters meet.\n", &d);
	assert_non_null(art);
	assert_null(art->dateline_place);
	assert_string_equal(art->body, "A busy week.\n\nMonday, October 3\n\n"
	    "Rasmussen meets Saakashvili.\n\nWednesday-Thursday, October 5-6"
	    "\n\nMinisters meet.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* "Read more: NATO shield explained": a link's label, no sentence */
static void
test_link_label(void **state)
{
	(void)state;
	assert_body("---\ntitle: \"Talks\"\npublished: 2013-03-18\n---\n"
	    "Ryabkov said the talks would go on.\n\nRead more: NATO shield "
	    "explained\n\nRelated: Lavrov meets Kerry\n", "Ryabkov said the "
	    "talks would go on.");
}

/*
 * A page's furniture: its menu, a line of buttons, its stamp, and the
 * bulleted links under "Related articles"; the byline after them is still
 * the author's.  A bulleted sentence, or one with no furniture before it,
 * stays.
 */
static void
test_furniture(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	art = read_str("---\ntitle: \"Talks\"\npublished: 2011-05-27\n---\n"
	    "Home | Politics | Business | Opinion | Sport\nShare  Tweet  Email  "
	    "Print\n\nBy Anna Smolchenko\nPublished: May 27, 2011 | 13:20 "
	    "GMT\n\nMedvedev said the talks would go on.\n\nRelated articles"
	    "\n\u2022 Lavrov to visit Washington in July\n\u2022 Rogozin: NATO "
	    "must give guarantees\n", &d);
	assert_non_null(art);
	assert_string_equal(art->author, "Anna Smolchenko");
	assert_string_equal(art->body, "Medvedev said the talks would go on.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
	assert_body("---\ntitle: \"Talks\"\npublished: 2011-05-27\n---\n"
	    "Medvedev said the talks would go on.\n\n- Lavrov will visit "
	    "Washington in July\n\nRelated articles\n\n- Obama will visit "
	    "Moscow in July.\n", "Medvedev said the talks would go on."
	    "\n\n- Lavrov will visit Washington in July\n\n- Obama will visit "
	    "Moscow in July.");
}

/*
 * "Related news" heads a list of headlines with no bullet, up to a line
 * that ends a sentence; over the story, the same heading heads nothing:
 * the headline, the dateline and the first sentence stay.
 */
static void
test_link_list(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	assert_body("---\ntitle: \"Talks\"\npublished: 2012-06-19\n---\n"
	    "Azimov said the talks would go on.\n\nRelated news\nLavrov to "
	    "visit Baku in July\n\nKerry, Zarif to meet in Vienna\nThe "
	    "ministers will meet again in May.\n", "Azimov said the talks "
	    "would go on.\n\nThe ministers will meet again in May.");
	/* "Related:" alone on its line heads a list as "Related" does (its
	 * colon makes a label only of words after it) */
	assert_body("---\ntitle: \"Talks\"\npublished: 2011-12-02\n---\n"
	    "Rogozin said the talks would go on.\n\nRelated:\nNATO rejects "
	    "Russian demands - 01/12/2011\n\nThe ministers will meet on "
	    "December 7.\n", "Rogozin said the talks would go on.\n\nThe "
	    "ministers will meet on December 7.");
	art = read_str("---\ntitle: \"Talks\"\npublished: 2012-06-19\n---\n"
	    "Latest News\n\nLavrov to visit Baku\n\nBaku, Azerbaijan, June "
	    "19\n\nLavrov will visit Baku in July.\n", &d);
	assert_non_null(art);
	assert_non_null(strstr(art->body, "Lavrov to visit Baku\n"));
	assert_non_null(strstr(art->body, "Lavrov will visit Baku in July."));
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* a page's list of news under the story: section, day, time, headline */
static void
test_news_list(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	art = read_str("Talks go on\n\nPolitics 5 September 2012 17:40 "
	    "(UTC +04:00)\n\nThe talks will go on, he said.\n\nLatest\n\n"
	    "Politics 5 September 2012 17:20 Azerbaijani FM to visit Tehran"
	    "\n\n5 September 2012 16:02 Lavrov to meet Kerry\n", &d);
	assert_non_null(art);
	assert_string_equal(art->published_str, "2012-09-05T17:40:00+04:00");
	assert_string_equal(art->body, "The talks will go on, he said.");
	mdtl_article_free(art);
	/* a sentence that names a day and a time stays */
	art = read_str("---\ntitle: \"Talks\"\npublished: 2012-09-05\n---\n"
	    "On 5 September 2012 17:20 was the time set.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->body, "On 5 September 2012 17:20 was the "
	    "time set.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* "By Dmitry Rogozin" before the text: its author, no sentence */
static void
test_name_byline(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	art = read_str("---\ntitle: \"We can cooperate\"\npublished: "
	    "2011-06-15\n---\nWe can cooperate\n\nBy Dmitry Rogozin\n\nWe "
	    "can still cooperate.\n\nBy 2020 it will be too late.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->author, "Dmitry Rogozin");
	assert_string_equal(art->body, "We can still cooperate.\n\nBy 2020 "
	    "it will be too late.");
	mdtl_article_free(art);
	art = read_str("---\ntitle: \"Talks\"\npublished: 2009-09-17\n---\n"
	    "By Jana Mlcochova and Gabriela Baczynska, Reuters\n\nThe talks "
	    "went on.\n\nBy Friday Sunday.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->author, "Jana Mlcochova and Gabriela "
	    "Baczynska");
	assert_string_equal(art->body, "The talks went on.\n\nBy Friday "
	    "Sunday.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_front_matter(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	struct mdtl_date pub;

	(void)state;
	art = read_str("---\ntitle: \"A: title\"\npublished: 2011-04-18\n"
	    "source: dpa\nsection: World\nurl: http://x\ncredits: [AP, AFP]\n"
	    "---\nA: title\n\nYou're reading: A: title\n\nRogozin said so.\n",
	    &d);
	assert_non_null(art);
	assert_string_equal(art->title, "A: title");
	assert_string_equal(art->published_str, "2011-04-18");
	assert_int_equal(art->published.gran, MDTL_GRAN_DAY);
	assert_string_equal(art->source, "dpa");
	assert_string_equal(art->url, "http://x");
	assert_int_equal(art->ncredits, 2);
	assert_string_equal(art->credits[1], "AFP");
	assert_string_equal(art->body, "Rogozin said so.");
	mdtl_article_free(art);
	/* the headline again in other case and spacing goes; a line that only
	 * ends like it, or ends in other letters, stays */
	art = read_str("---\ntitle: \"A: title\"\n---\nA:  TITLE\n\n"
	    "Not a: title\n\nA: titles\n\nRogozin said so.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->body,
	    "Not a: title\n\nA: titles\n\nRogozin said so.");
	mdtl_article_free(art);
	/* --published stands in only for a missing date */
	mdtl_timex_parse("2020-01-01", &pub);
	art = read_article("a.txt", "---\npublished: 2011-04-18\n---\nX "
	    "said.\n", 33, &pub, lex, &d);
	assert_string_equal(art->published_str, "2011-04-18");
	mdtl_article_free(art);
	art = read_article("a.txt", "Lavrov said so.\n", 16, &pub, lex, &d);
	assert_string_equal(art->published_str, "2020-01-01");
	assert_null(art->title);
	mdtl_article_free(art);
	/* a broken block is a warning with its line; the text is still read */
	art = read_str("---\ntitle: [oops\n---\nLavrov said so.\n", &d);
	assert_non_null(art);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].level, MDTL_DIAG_WARNING);
	assert_int_equal(d.v[0].line, 3);
	assert_string_equal(art->body, "Lavrov said so.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_lines(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;

	(void)state;
	/* BOM, CRLF, hard-wrapped quotation and lower-case continuation */
	art = read_str("\xEF\xBB\xBFHeadline\r\n\r\nHe said, \"I have sent a "
	    "letter\r\nto NATO\".\r\nA new line\r\nstarts lower.\r\n", &d);
	assert_non_null(art);
	assert_string_equal(art->title, "Headline");
	assert_string_equal(art->body, "He said, \"I have sent a letter\nto "
	    "NATO\".\n\nA new line\nstarts lower.");
	assert_int_equal(art->text.nparas, 2);
	mdtl_article_free(art);
	/* a compound broken at its hyphen by the wrap is one word again */
	art = read_str("Headline\n\nRussia would deploy short-\nrange "
	    "missiles,\nMedvedev said.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->body, "Russia would deploy short-range "
	    "missiles,\nMedvedev said.");
	mdtl_article_free(art);
	/* a quotation left open at a paragraph's end goes on in the next,
	   which opens with the mark again: a paragraph of its own */
	art = read_str("Headline\n\nHe said: \"Nobody should think that "
	    "Russia is bluffing.\n\"If they go ahead, we will respond.\n"
	    "\"We remain ready to talk.\"\n", &d);
	assert_non_null(art);
	assert_int_equal(art->text.nparas, 3);
	assert_non_null(strstr(art->body, "bluffing.\n\n\"If they"));
	mdtl_article_free(art);
	/*
	 * text wrapped at a width: a line whose first word would have fitted
	 * on the line before starts a paragraph of its own; one that would
	 * not goes on, capital or not
	 */
	art = read_str("Headline\n\n"
	    "The foreign ministers of Armenia and Azerbaijan met in Helsinki\n"
	    "on Thursday. Foreign Ministers Elmar Mammadyarov and Edward\n"
	    "Nalbandyan met within the framework of a ministerial meeting.\n"
	    "A short line.\n"
	    "Then the next paragraph, which is as long as the other lines.\n"
	    "\n"
	    "A paragraph after a blank line, as long as the lines above it.\n",
	    &d);
	assert_non_null(art);
	assert_int_equal(art->text.nparas, 4);
	assert_non_null(strstr(art->body, "Edward\nNalbandyan met"));
	assert_non_null(strstr(art->body, "meeting.\n\nA short line."));
	assert_non_null(strstr(art->body, "A short line.\n\nThen"));
	mdtl_article_free(art);
	/*
	 * the width counts the lines another follows: not a page's lines set
	 * apart, nor the short last line of a paragraph; a full line with no
	 * end of a sentence goes on
	 */
	art = read_str("Headline\n\nPolitics 5 March 2012 12:15\n\n"
	    "By Sevil Huseynova - Trend:\n\n"
	    "Iranian Foreign Minister Ali Akbar Salehi will visit Baku on the "
	    "12th\nof March, Azerbaijani Foreign Ministry spokesman Elman "
	    "Abdullayev told\nTrend on Monday.\n\n"
	    "Salehi will meet with Foreign Minister Elmar Mammadyarov and "
	    "President\nIlham Aliyev, he said.\n", &d);
	assert_non_null(art);
	assert_non_null(strstr(art->body, "told\nTrend on Monday."));
	assert_non_null(strstr(art->body, "President\nIlham Aliyev"));
	mdtl_article_free(art);
	/*
	 * a line left open goes on, whatever the next looks like alone: at a
	 * preposition or a determiner, at a comma, at a quotation closed
	 * after a comma
	 */
	art = read_str("Headline\n\nRogozin spoke in an interview aired on\n"
	    "Sunday.\n\"We will respond,\"\nLavrov said, and\nthe talks "
	    "went on.\n", &d);
	assert_non_null(art);
	assert_string_equal(art->body, "Rogozin spoke in an interview aired "
	    "on\nSunday.\n\n\"We will respond,\"\nLavrov said, and\nthe "
	    "talks went on.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_bad(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	char bin[300];
	size_t i;

	(void)state;
	assert_null(read_str("", &d));
	assert_string_equal(d.v[0].msg, "empty article");
	assert_null(read_str("...\n\n  \n", &d));
	for (i = 0; i < sizeof bin; i++)
		bin[i] = (char)i;
	assert_null(read_article("b", bin, sizeof bin, NULL, lex, &d));
	assert_string_equal(d.v[2].msg, "binary file, not an article");
	mdtl_diag_clear(&d);
	/* invalid UTF-8: replaced, with one warning naming line and column */
	art = read_str("Title\n\nPutin said \xff\xfe on Friday.\n", &d);
	assert_non_null(art);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[0].col, 12);
	assert_non_null(strstr(art->body, "\xEF\xBF\xBD\xEF\xBF\xBD"));
	mdtl_article_free(art);
	/* a file of only quotes, and a cut multibyte sequence at the end */
	mdtl_diag_clear(&d);
	art = read_str("\"\"\"\"\"\"\n\"\"\"\n", &d);
	assert_null(art);
	art = read_str("Putin said so \xE2\x80", &d);
	assert_non_null(art);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trend),
		cmocka_unit_test(test_trend_byline),
		cmocka_unit_test(test_date_lines),
		cmocka_unit_test(test_link_label),
		cmocka_unit_test(test_furniture),
		cmocka_unit_test(test_link_list),
		cmocka_unit_test(test_news_list),
		cmocka_unit_test(test_name_byline),
		cmocka_unit_test(test_front_matter),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_bad),
	};

	return cmocka_run_group_tests(tests, lexicon_setup,
	    lexicon_teardown);
}

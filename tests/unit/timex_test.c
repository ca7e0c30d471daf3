/* timex_test.c: the date resolver against the hand-made table tests/timex.tsv. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/arena.h"
#include "mdtl/diag.h"
#include "mdtl/lexicon.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"

/* the recognisers themselves, to hold each to its declaration */
#include "../../src/timex-int.h"

/* The tagger's open vocabulary, from the data as mdtl reads it. */
static struct mdtl_lexicon *lexicon;
static struct mdtl_timex_words words;

static int
load_words(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;

	(void)state;
	lexicon = mdtl_lexicon_load(MDTL_TEST_DIR "/../data", &d);
	mdtl_diag_release(&d);
	if (lexicon == NULL)
		return -1;
	mdtl_lexicon_timex_words(lexicon, &words);
	return 0;
}

static int
free_words(void **state)
{
	(void)state;
	mdtl_lexicon_free(lexicon);
	return 0;
}

/*
 * Cases the resolver gets wrong today, each with its reason.  A case listed
 * here that passes fails the run, so the list cannot go stale.
 */
static const struct {
	const char	*text, *why;
} known_failures[] = {
	{ NULL, NULL }
};

static int
known(const char *text)
{
	size_t i;

	for (i = 0; known_failures[i].text != NULL; i++)
		if (strcmp(known_failures[i].text, text) == 0)
			return 1;
	return 0;
}

static void
resolve(const char *refs, const char *dirs, const char *text, char *out,
    size_t size)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0, n;
	struct mdtl_date ref;
	struct mdtl_timex tx[4];
	enum mdtl_timex_dir dir = MDTL_TIMEX_AUTO;

	memset(&ref, 0, sizeof ref);
	if (strcmp(refs, "-") != 0)
		assert_int_equal(mdtl_timex_parse(refs, &ref), 0);
	if (strcmp(dirs, "past") == 0)
		dir = MDTL_TIMEX_PAST;
	else if (strcmp(dirs, "future") == 0)
		dir = MDTL_TIMEX_FUTURE;
	else if (strcmp(dirs, "nearest") == 0)
		dir = MDTL_TIMEX_NEAREST;
	else
		assert_string_equal(dirs, "auto");
	mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
	n = mdtl_timex_find(t, nt, &ref, dir, &words, tx, 4);
	if (n == 0)
		snprintf(out, size, "-");
	else if (tx[0].flags & MDTL_TIMEX_UNRESOLVED)
		snprintf(out, size, "unresolved");
	else if (tx[0].type == MDTL_TIMEX_DATE && tx[0].date.gran !=
	    MDTL_GRAN_NONE && tx[0].date.gran != MDTL_GRAN_QUARTER)
		/* the date the timeline uses: "the end of 2011" is 12-31 */
		mdtl_date_format(&tx[0].date, out, size);
	else
		snprintf(out, size, "%s", tx[0].value);
	mdtl_arena_release(&a);
}

static void
test_table(void **state)
{
	char path[4096], line[1024], got[64];
	FILE *fp;
	size_t cases = 0, failed = 0, lineno = 0;

	(void)state;
	snprintf(path, sizeof path, "%s/timex.tsv", MDTL_TEST_DIR);
	fp = fopen(path, "r");
	assert_non_null(fp);
	while (fgets(line, sizeof line, fp) != NULL) {
		char *f[4], *p = line;
		int i;

		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		for (i = 0; i < 4; i++) {
			f[i] = p;
			p = strchr(p, '\t');
			if (i < 3) {
				if (p == NULL)
					fail_msg("timex.tsv:%zu: need 4 fields",
					    lineno);
				*p++ = '\0';
			}
		}
		resolve(f[0], f[1], f[2], got, sizeof got);
		cases++;
		if (strcmp(got, f[3]) == 0) {
			if (known(f[2])) {
				print_error("timex.tsv:%zu: '%s' passes but is "
				    "listed as a known failure\n", lineno, f[2]);
				failed++;
			}
		} else if (!known(f[2])) {
			print_error("timex.tsv:%zu: %s %s '%s': got %s, want "
			    "%s\n", lineno, f[0], f[1], f[2], got, f[3]);
			failed++;
		}
	}
	fclose(fp);
	print_message("timex.tsv: %zu cases\n", cases);
	assert_true(cases >= 80);
	assert_int_equal(failed, 0);
}

/*
 * The expressions of a document read as a whole against the reference
 * date published, into tx[max]; their count.
 */
static size_t
read_document(const char *text, const char *published, struct mdtl_timex *tx,
    size_t max)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_timex *v[16];
	struct mdtl_date ref;
	size_t nt = 0, at = 0, n, i;

	assert_true(max <= 16);
	assert_int_equal(mdtl_timex_parse(published, &ref), 0);
	mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
	n = mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &words, tx, max);
	for (i = 0; i < n; i++)
		v[i] = &tx[i];
	mdtl_timex_in_context(v, n);
	mdtl_arena_release(&a);
	return n;
}

/* A value, what it counts from, and that date ("" for none). */
struct anchored {
	const char		*value;
	enum mdtl_timex_anchor	 anchor;
	const char		*from;
};

/* The n expressions tx are those of want, one by one. */
static void
assert_anchored(const struct mdtl_timex *tx, size_t n,
    const struct anchored *want, size_t nwant)
{
	char from[32];
	size_t i;

	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++) {
		assert_string_equal(tx[i].value, want[i].value);
		assert_int_equal(tx[i].anchor, want[i].anchor);
		from[0] = '\0';
		if (tx[i].anchor != MDTL_TIMEX_FROM_NONE)
			mdtl_date_format(&tx[i].from, from, sizeof from);
		assert_string_equal(from, want[i].from);
	}
}

/*
 * What each value counts from: the reference date, the date last named
 * (a weekday before or after it), or nothing (a date given whole).
 * 2011-10-13 is a Thursday.
 */
static void
test_anchors(void **state)
{
	static const char text[] =
	    "Talks ended on Thursday, Oct. 13, 2011. The previous Friday was "
	    "calm. The following Monday they met. Last week it rained.";
	static const struct anchored want[] = {
		{ "2011-10-13", MDTL_TIMEX_FROM_NONE, "" },
		{ "2011-10-07", MDTL_TIMEX_FROM_NAMED, "2011-10-13" },
		{ "2011-10-10", MDTL_TIMEX_FROM_NAMED, "2011-10-07" },
		{ "2011-W43", MDTL_TIMEX_FROM_REFERENCE, "2011-10-31" },
	};
	struct mdtl_timex tx[8];
	size_t n;

	(void)state;
	n = read_document(text, "2011-10-31", tx, 8);
	assert_anchored(tx, n, want, sizeof want / sizeof want[0]);
}

/*
 * The expressions of a document read sentence by sentence (each ends at a
 * full stop before a capital, "Dec. 21" going on), as the timeline reads
 * them, against the reference date published, into tx[max]; their count.
 */
static size_t
read_sentences(const char *text, const char *published, struct mdtl_timex *tx,
    size_t max)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_timex_ctx c;
	struct mdtl_token *t = NULL;
	struct mdtl_date ref;
	size_t nt = 0, at = 0, n = 0, start = 0, nsent = 0, k, i, got;

	assert_int_equal(mdtl_timex_parse(published, &ref), 0);
	mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
	mdtl_timex_ctx_init(&c);
	for (k = 0; k < nt; k++) {
		if (k + 1 < nt && (strcmp(t[k].norm, ".") != 0 ||
		    !(t[k + 1].flags & MDTL_TOK_CAP)))
			continue;
		got = mdtl_timex_find(t + start, k + 1 - start, &ref,
		    MDTL_TIMEX_AUTO, &words, tx + n, max - n);
		nsent++;
		for (i = n; i < n + got; i++) {
			tx[i].sentence = nsent;
			mdtl_timex_ctx_apply(&c, &tx[i]);
		}
		n += got;
		start = k + 1;
	}
	mdtl_arena_release(&a);
	return n;
}

/*
 * A story of a year gone by: a month, a day of a month or a season without
 * its year, after a month or a day with its own year as the time of its
 * clause, is of the half year after it, told of the past (a season either
 * way); a date to come, a date of the reference's time ("last month") or
 * a noun's date ("the Dec. 21, 1988, bombing") is no story's.
 */
static void
test_story(void **state)
{
	static const char text[] =
	    "At the G8 summit on June 7, 2007, Putin offered a radar. Few "
	    "expected it to survive the summer. On July 2, he went further. "
	    "In September 2009, Obama scrapped the plans. In November, NATO "
	    "leaders met. He will go to Moscow in July. Last month Makarov "
	    "warned. In May, Makarov spoke.";
	static const struct anchored want[] = {
		{ "2007-06-07", MDTL_TIMEX_FROM_NONE, "" },
		{ "2007-SU", MDTL_TIMEX_FROM_NAMED, "2007-06-07" },
		{ "2007-07-02", MDTL_TIMEX_FROM_NAMED, "2007-06-07" },
		{ "2009-09", MDTL_TIMEX_FROM_NONE, "" },
		{ "2009-11", MDTL_TIMEX_FROM_NAMED, "2009-09" },
		{ "2012-07", MDTL_TIMEX_FROM_REFERENCE, "2012-06-07" },
		{ "2012-05", MDTL_TIMEX_FROM_REFERENCE, "2012-06-07" },
		{ "2012-05", MDTL_TIMEX_FROM_REFERENCE, "2012-06-07" },
	};
	static const char noun[] = "They were charged in the Dec. 21, 1988, "
	    "bombing. The two were removed after Gadhafi agreed in April to "
	    "hand them over.";
	struct mdtl_timex tx[8];
	size_t n;

	(void)state;
	n = read_sentences(text, "2012-06-07", tx, 8);
	assert_anchored(tx, n, want, sizeof want / sizeof want[0]);
	n = read_sentences(noun, "1999-06-07", tx, 8);
	assert_int_equal(n, 2);
	assert_string_equal(tx[1].value, "1999-04");
}

/*
 * A document read as a whole: an anaphor moves from the date last named
 * that is precise enough; after a month or a year alone, what it does not
 * say stays open (but "later in the day" is the day last told).
 */
static void
test_anaphors(void **state)
{
	static const char text[] =
	    "He was shot on Oct. 23, 1998. Earlier that day he spoke. "
	    "That same day they left. Later that year it closed. The "
	    "following month it opened. In 1995 it began. The following "
	    "year they sold it. The previous month was calm. Last October "
	    "it rained; that same day it snowed. On Feb. 3 they met; the "
	    "deal lapsed in December. Later in the day they dined.";
	static const char *const want[] = { "1998-10-23", "1998-10-23",
	    "1998-10-23", "1998", "1998-XX", "1995", "1996", "1996-XX",
	    "1999-10", "1999-10-XX", "2000-02-03", "1999-12", "2000-02-03" };
	static const char counted[] = "Medvedev spoke on Wednesday. Russia "
	    "proposed it a year earlier. Rasmussen replied the following day.";
	static const char *const want_counted[] = { "2011-11-23", "2010",
	    "2011-11-24" };
	static const char named[] = "Bush quit the 1972 ABM Treaty in "
	    "December 2001. Six years later, Putin spoke. In June of that "
	    "year he offered a radar. In March of the following year it "
	    "closed. In June that year it opened. In May the next year it "
	    "closed.";
	static const char *const want_named[] = { "1972", "2001-12", "2007",
	    "2007-06", "2008-03", "2008-06", "2009-05" };
	static const char span[] = "The ministers met on October 24. They "
	    "signed a plan for 2014-2015. Later on the same day, Aliyev "
	    "received them.";
	static const char *const want_span[] = { "2013-10-24", "2014", "2015",
	    "2013-10-24" };
	static const char that_month[] = "In the spring of 2007, Putin warned "
	    "of a response. That June, at the G8 summit, he offered a radar.";
	static const char *const want_that_month[] = { "2007-SP", "2007-06" };
	static const char in_weeks[] = "In two weeks, our leaders will "
	    "gather in Chicago. The last talks ended in three days.";
	static const char lapse_month[] = "Putin proposed it in June 2007. "
	    "Two days later, Mammadyarov said Baku was ready.";
	struct mdtl_timex tx[16];
	size_t n, i;

	(void)state;
	n = read_document(text, "2000-02-24", tx, 16);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (i = 0; i < n; i++)
		assert_string_equal(tx[i].value, want[i]);
	/* after a year only counted ("a year earlier"), no period named:
	   the last day told */
	n = read_document(counted, "2011-11-24", tx, 16);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++)
		assert_string_equal(tx[i].value, want_counted[i]);
	/* a year in a name ("the 1972 ABM Treaty") is no date of the story
	   to count from; a month "of that year", "of the following year",
	   "that year", "the next year", is of the year moved to from the
	   date last named */
	n = read_document(named, "2013-03-18", tx, 16);
	assert_int_equal(n, 7);
	for (i = 0; i < n; i++)
		assert_string_equal(tx[i].value, want_named[i]);
	/* nor are the years a thing covers, a span after "for" */
	n = read_document(span, "2013-10-24", tx, 16);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++)
		assert_string_equal(tx[i].value, want_span[i]);
	/* "That June": the month of the year last named, as "in June of
	   that year" */
	n = read_document(that_month, "2009-09-18", tx, 16);
	assert_int_equal(n, 2);
	for (i = 0; i < n; i++)
		assert_string_equal(tx[i].value, want_that_month[i]);
	/* "in" a count of weeks ahead: a duration, whose end is the week
	   the timeline dates by; none looking back */
	n = read_document(in_weeks, "2012-05-03", tx, 16);
	assert_int_equal(n, 2);
	assert_string_equal(tx[0].value, "P2W");
	assert_int_equal(tx[0].date.gran, MDTL_GRAN_WEEK);
	assert_int_equal(tx[0].date.year, 2012);
	assert_int_equal(tx[0].date.part, 20);
	assert_string_equal(tx[1].value, "P3D");
	assert_int_equal(tx[1].date.gran, MDTL_GRAN_NONE);
	/* a lapse of days after a month named: a duration still, its date
	   the month's, not days after the publication */
	n = read_document(lapse_month, "2012-12-11", tx, 16);
	assert_int_equal(n, 2);
	assert_string_equal(tx[1].value, "P2D");
	assert_int_equal(tx[1].date.gran, MDTL_GRAN_MONTH);
	assert_int_equal(tx[1].date.year, 2007);
	assert_int_equal(tx[1].date.month, 6);
}

/*
 * Every recogniser reads only at the words its table entry declares: at
 * every token of every text of tests/timex.tsv, one that may not start
 * there reads nothing, after a prefix or not.  A word missing from its
 * declaration would be skipped by the scanner without a word said.
 */
static void
test_declared(void **state)
{
	char path[4096], line[1024];
	struct mdtl_date ref;
	FILE *fp;
	size_t tried = 0;

	(void)state;
	assert_int_equal(mdtl_timex_parse("2011-07-01", &ref), 0);
	snprintf(path, sizeof path, "%s/timex.tsv", MDTL_TEST_DIR);
	assert_non_null(fp = fopen(path, "r"));
	while (fgets(line, sizeof line, fp) != NULL) {
		struct mdtl_arena a = MDTL_ARENA_INIT;
		struct mdtl_token *t = NULL;
		char *text = strchr(line, '\t');
		size_t nt = 0, at = 0, i, k;

		if (line[0] == '#' || text == NULL ||
		    (text = strchr(text + 1, '\t')) == NULL)
			continue;
		text++;
		text[strcspn(text, "\t")] = '\0';
		mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
		for (i = 0; i < nt; i++) {
			uint64_t may = mdtl_timex_starting(&t[i]);

			for (k = 0; k < mdtl_timex_nrecognisers; k++) {
				const struct recogniser *r =
				    &mdtl_timex_recognisers[k];
				struct scan s = { t, nt, &ref, &words, 0, 0,
				    mdtl_timex_match };
				struct match m;

				if (may >> k & 1)
					continue;
				for (s.prefixed = 0; s.prefixed < 2;
				    s.prefixed++) {
					memset(&m, 0, sizeof m);
					m.offset_unit = -1;
					m.dir = MDTL_TIMEX_AUTO;
					if (r->read(&s, i, &m) > 0)
						fail_msg("'%s' reads '%s' of "
						    "'%s', not a word it "
						    "declares", r->name,
						    t[i].norm, text);
					tried++;
				}
			}
		}
		mdtl_arena_release(&a);
	}
	fclose(fp);
	print_message("recognisers tried at undeclared words: %zu\n", tried);
	assert_true(tried > 10000);
}

/*
 * The tense words are data: with "said" read as looking ahead, "said
 * Monday" on Friday 2011-07-01 is the Monday to come; with the data's
 * words, or none at all, a weekday looks back; with "said" one of the
 * words that look ahead only before "to", so does "said Monday", and
 * "said to meet Monday" looks ahead.
 */
static void
test_vocabulary(void **state)
{
	const char *word[8] = { NULL };
	unsigned char value[8] = { 0 };
	struct mdtl_wordset ahead = { word, value, 8 };
	struct mdtl_timex_words w = { .future = NULL };
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	struct mdtl_timex tx[2];
	struct mdtl_date ref;
	size_t nt = 0, at = 0;
	char v[32];

	(void)state;
	mdtl_wordset_add(word, value, 8, "said", 1);
	w.future = &ahead;
	assert_int_equal(mdtl_timex_parse("2011-07-01", &ref), 0);
	mdtl_text_tokenize(&a, "said Monday", 11, 0, &t, &nt, &at);
	assert_int_equal(mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &w,
	    tx, 2), 1);
	mdtl_date_format(&tx[0].date, v, sizeof v);
	assert_string_equal(v, "2011-07-04");
	assert_int_equal(mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &words,
	    tx, 2), 1);
	mdtl_date_format(&tx[0].date, v, sizeof v);
	assert_string_equal(v, "2011-06-27");
	assert_int_equal(mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, NULL,
	    tx, 2), 1);
	mdtl_date_format(&tx[0].date, v, sizeof v);
	assert_string_equal(v, "2011-06-27");
	/* "said" of tense_before_to as well: ahead only before "to" */
	w.before_to = &ahead;
	assert_int_equal(mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &w,
	    tx, 2), 1);
	mdtl_date_format(&tx[0].date, v, sizeof v);
	assert_string_equal(v, "2011-06-27");
	t = NULL;
	nt = at = 0;
	mdtl_text_tokenize(&a, "said to meet Monday", 19, 0, &t, &nt, &at);
	assert_int_equal(mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &w,
	    tx, 2), 1);
	mdtl_date_format(&tx[0].date, v, sizeof v);
	assert_string_equal(v, "2011-07-04");
	mdtl_arena_release(&a);
}

/* The index of start words is made from the recognisers' table. */
static void
test_words(void **state)
{
	(void)state;
	assert_int_equal(mdtl_timex_word("rogozin"), MDTL_TIMEX_WORD_NONE);
	assert_int_equal(mdtl_timex_word("missile"), MDTL_TIMEX_WORD_NONE);
	assert_int_equal(mdtl_timex_word("said"), MDTL_TIMEX_WORD_NONE);
	/* a prefix, an entry's words, a word list an entry names */
	assert_int_equal(mdtl_timex_word("the"), MDTL_TIMEX_WORD_START);
	assert_int_equal(mdtl_timex_word("midnight"), MDTL_TIMEX_WORD_START);
	assert_int_equal(mdtl_timex_word("thursday"), MDTL_TIMEX_WORD_START);
	assert_int_equal(mdtl_timex_word("sept"), MDTL_TIMEX_WORD_START);
}

/*
 * What each expression holds, word for word: the count of a vague
 * duration ("a few"), the fiscal year, "ago" after a vague count.
 */
static void
test_extents(void **state)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "It lasted a few days.", "a few days" },
		{ "It lasted a couple of days.", "a couple of days" },
		{ "Several years ago it fell.", "Several years ago" },
		{ "A few days later, it fell.", "A few days" },
		{ "In the fiscal year ended Jan. 31, it grew.",
		    "the fiscal year" },
		{ "It fell for the fiscal year.", "the fiscal year" },
		{ "in the twenty-first century", "twenty-first century" },
		{ "It should be in place by year's end.", "year's end" },
		{ "Prices may fall in the weeks ahead.", "the weeks ahead" },
		{ "Sales rose this past spring.", "this past spring" },
		{ "Three days later, it fell.", "Three days" },
		{ "It was held on 19-20 November.", "19-20 November" },
		{ "They met in May last year.", "May last year" },
	};
	size_t k;

	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct mdtl_arena a = MDTL_ARENA_INIT;
		struct mdtl_token *t = NULL;
		struct mdtl_timex tx[4];
		struct mdtl_date ref;
		const char *text = cases[k].text;
		size_t nt = 0, at = 0, n, b, e;

		assert_int_equal(mdtl_timex_parse("1989-11-02", &ref), 0);
		mdtl_text_tokenize(&a, text, strlen(text), 0, &t, &nt, &at);
		n = mdtl_timex_find(t, nt, &ref, MDTL_TIMEX_AUTO, &words, tx,
		    4);
		assert_true(n >= 1);
		b = t[tx[0].tok].span.start;
		e = t[tx[0].tok + tx[0].ntok - 1].span.end;
		if (e - b != strlen(cases[k].want) ||
		    memcmp(text + b, cases[k].want, e - b) != 0)
			fail_msg("'%s': read '%.*s', want '%s'", text,
			    (int)(e - b), text + b, cases[k].want);
		mdtl_arena_release(&a);
	}
}

/*
 * "three days later": TimeML's value is the lapse, a duration, with
 * "later" its signal; the timeline still dates by the day it leads to.
 * "a year earlier" names the year.
 */
static void
test_lapse(void **state)
{
	struct mdtl_timex tx[4];
	char date[32];

	(void)state;
	assert_int_equal(read_document("It fell two days later.",
	    "1998-03-06", tx, 4), 1);
	assert_int_equal(tx[0].type, MDTL_TIMEX_DURATION);
	assert_string_equal(tx[0].value, "P2D");
	mdtl_date_format(&tx[0].date, date, sizeof date);
	assert_string_equal(date, "1998-03-08");
	/* over a leap day */
	assert_int_equal(read_document("It fell two days later.",
	    "2016-02-29", tx, 4), 1);
	mdtl_date_format(&tx[0].date, date, sizeof date);
	assert_string_equal(date, "2016-03-02");
	assert_int_equal(read_document("It fell a year earlier.",
	    "1998-03-06", tx, 4), 1);
	assert_int_equal(tx[0].type, MDTL_TIMEX_DATE);
	assert_string_equal(tx[0].value, "1997");
}

/*
 * A weekday's evening keeps its part in the value, as TimeML's annotators
 * mostly wrote it (a DATE all the same, of that day); its morning and its
 * night are the day.
 */
static void
test_day_part(void **state)
{
	struct mdtl_timex tx[4];
	char date[32];

	(void)state;
	assert_int_equal(read_document("They met on Wednesday evening.",
	    "2000-03-30", tx, 4), 1);
	assert_int_equal(tx[0].type, MDTL_TIMEX_DATE);
	assert_string_equal(tx[0].value, "2000-03-29TEV");
	mdtl_date_format(&tx[0].date, date, sizeof date);
	assert_string_equal(date, "2000-03-29");
	assert_int_equal(read_document("They met on Sunday night.",
	    "2000-04-17", tx, 4), 1);
	assert_string_equal(tx[0].value, "2000-04-16");
	assert_int_equal(read_document("They met on Friday morning.",
	    "2000-01-28", tx, 4), 1);
	assert_string_equal(tx[0].value, "2000-01-28");
}

static void
test_parse(void **state)
{
	struct mdtl_date d;
	char buf[32];

	(void)state;
	assert_int_equal(mdtl_timex_parse("2011", &d), 0);
	assert_int_equal(d.gran, MDTL_GRAN_YEAR);
	assert_int_equal(mdtl_timex_parse("2011-07", &d), 0);
	assert_int_equal(d.gran, MDTL_GRAN_MONTH);
	assert_int_equal(mdtl_timex_parse("May 2011", &d), 0);
	mdtl_date_format(&d, buf, sizeof buf);
	assert_string_equal(buf, "2011-05");
	assert_int_equal(mdtl_timex_parse("1 July 2011", &d), 0);
	mdtl_date_format(&d, buf, sizeof buf);
	assert_string_equal(buf, "2011-07-01");
	assert_int_equal(mdtl_timex_parse("July 1, 2011", &d), 0);
	assert_int_equal(d.day, 1);
	assert_int_equal(mdtl_timex_parse("2011-07-01T14:23:00+04:00", &d), 0);
	assert_int_equal(d.gran, MDTL_GRAN_SECOND);
	assert_true(d.has_tz);
	assert_int_equal(d.tz, 240);
	assert_int_equal(mdtl_timex_parse("2011-09-27T17:28:00-05:00", &d), 0);
	assert_int_equal(d.tz, -300);
	assert_int_equal(mdtl_timex_parse("2011-07-01T14:23Z", &d), 0);
	assert_int_equal(d.tz, 0);
	/* not dates, or not whole dates */
	assert_int_equal(mdtl_timex_parse("yesterday", &d), -1);
	assert_int_equal(mdtl_timex_parse("May", &d), -1);
	assert_int_equal(mdtl_timex_parse("2011-13", &d), -1);
	assert_int_equal(mdtl_timex_parse("2011-02-30T10:00", &d), -1);
	assert_int_equal(mdtl_timex_parse("", &d), -1);
	assert_int_equal(mdtl_timex_parse("soon 2011", &d), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_anaphors),
		cmocka_unit_test(test_anchors),
		cmocka_unit_test(test_story),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_vocabulary),
		cmocka_unit_test(test_declared),
		cmocka_unit_test(test_extents),
		cmocka_unit_test(test_lapse),
		cmocka_unit_test(test_day_part),
		cmocka_unit_test(test_parse),
	};

	return cmocka_run_group_tests(tests, load_words, free_words);
}

/* spill_test.c: merging through files gives the records merging in memory
 * gives. */
#define _GNU_SOURCE		/* mkdtemp() */
#include "test.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "mdtl/event-json.h"
#include "mdtl/spill.h"
#include "mdtl/timeline.h"

#include "tellings.h"

/*
 * Tellings whose dates hold one another across a year's end, so that the
 * parts (by year, month, actor and day) each see only some of them.
 */
static const struct spec specs[] = {
	/* one statement: a day, its year, the week across the new year
	 * that holds it, the decade, and a day of the next year inside
	 * the week */
	{ MDTL_EVENT_STATEMENT, "2011-12-31", "rogozin", "a", NULL,
	    "Rogozin said missile defence talks reached a dead end" },
	{ MDTL_EVENT_STATEMENT, "2011", "rogozin", "b", NULL,
	    "In 2011 Rogozin said missile defence talks reached a dead end" },
	{ MDTL_EVENT_STATEMENT, "2011-W52", "rogozin", "c", NULL,
	    "This week Rogozin said missile defence talks reached a dead "
	    "end" },
	{ MDTL_EVENT_STATEMENT, "201", "rogozin", "d", NULL,
	    "Rogozin has said missile defence talks reached a dead end" },
	{ MDTL_EVENT_STATEMENT, "2012-01-01", "rogozin", "e", NULL,
	    "Rogozin said again missile defence talks reached a dead end" },
	/* the same speaker in another month, of another matter: apart,
	 * and the year's part, without it in December, splits by month */
	{ MDTL_EVENT_STATEMENT, "2011-03-05", "rogozin", "i", NULL,
	    "Rogozin warned Moscow would answer with Iskander missiles" },
	/* the same words, another speaker: apart */
	{ MDTL_EVENT_STATEMENT, "2011-12-31", "lavrov", "f", NULL,
	    "Lavrov said missile defence talks reached a dead end" },
	/* a summit known by its place */
	{ MDTL_EVENT_SUMMIT, "2010-11-20", "nato", "a", "Lisbon",
	    "Leaders met at the Lisbon summit" },
	{ MDTL_EVENT_SUMMIT, "2010-11", "nato", "g", "Lisbon",
	    "The NATO-Russia Council gathered in November" },
	/* undated, and without actors: never merged */
	{ MDTL_EVENT_OFFER, NULL, "russia", "h", NULL,
	    "Russia offered a joint radar at Gabala" },
	{ MDTL_EVENT_OFFER, "2011-05-03", NULL, "h", NULL,
	    "A joint radar at Gabala was offered" },
};

#define NSPECS	(sizeof specs / sizeof specs[0])

/* Every telling, twice when asked (an input read twice). */
static void
fill(struct mdtl_timeline *tl, int twice)
{
	size_t i;

	mdtl_timeline_init(tl);
	for (i = 0; i < NSPECS * (twice ? 2 : 1); i++)
		add(tl, &specs[i % NSPECS], i % NSPECS);
}

/* The records merging in memory gives, as JSON Lines. */
static char *
in_memory(int twice)
{
	struct mdtl_timeline tl;
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	fill(&tl, twice);
	mdtl_timeline_merge(&tl);
	mdtl_timeline_sort(&tl, 0);
	for (i = 0; i < tl.n; i++) {
		mdtl_event_json(&b, &tl.v[i], 1, NULL);
		mdtl_buf_addch(&b, '\n');
	}
	mdtl_timeline_release(&tl);
	return mdtl_buf_detach(&b);
}

static int
collect(void *arg, const struct mdtl_event *e, const char *line, size_t len)
{
	struct mdtl_buf *b = arg;

	(void)e;
	mdtl_buf_add(b, line, len);
	mdtl_buf_addch(b, '\n');
	return 0;
}

/* The same through files, in a budget of so many bytes, on so many
 * threads. */
static char *
spilled(int twice, size_t budget, size_t batch, size_t jobs)
{
	struct mdtl_timeline tl, some;
	struct mdtl_spill sp;
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	fill(&tl, twice);
	assert_int_equal(mdtl_spill_init(&sp, budget, 1, jobs), 0);
	/* a few at a time, as commands spill them */
	for (i = 0; i < tl.n; i += batch) {
		size_t j;

		mdtl_timeline_init(&some);
		some.borrow = 1;
		for (j = i; j < tl.n && j < i + batch; j++)
			mdtl_timeline_add(&some, &tl.v[j]);
		assert_int_equal(mdtl_spill_add(&sp, &some), 0);
		assert_int_equal(some.n, 0);
	}
	assert_int_equal(mdtl_spill_merge(&sp, NULL, NULL, collect, &b), 0);
	mdtl_spill_release(&sp);
	mdtl_timeline_release(&tl);
	return mdtl_buf_detach(&b);
}

/*
 * The bytes of merging in memory, for budgets from one byte (every part
 * split down to a day and an actor, each component a run of its own) to
 * one run, the tellings given once or twice, in batches of any size, on
 * one thread or several (which take the parts split off, and the runs,
 * as they come).
 */
static void
test_same(void **state)
{
	static const size_t budgets[] = { 1, 4096, (size_t)1 << 30 };
	char *want, *got;
	size_t b, batch, jobs;
	int twice;

	(void)state;
	want = in_memory(0);
	/* the check is worth something: one record holds five tellings
	 * across the year's end, and the summits merged */
	assert_int_equal(lines(want), 6);
	assert_non_null(strstr(want, "\"sources\":5"));
	assert_non_null(strstr(want, "\"sources\":2"));
	for (twice = 0; twice < 2; twice++) {
		char *mem = in_memory(twice);

		assert_string_equal(mem, want);
		free(mem);
		for (b = 0; b < sizeof budgets / sizeof budgets[0]; b++)
			for (batch = 1; batch <= NSPECS; batch += 4)
				for (jobs = 1; jobs <= 3; jobs += 2) {
					got = spilled(twice, budgets[b], batch,
					    jobs);
					assert_string_equal(got, want);
					free(got);
				}
	}
	free(want);
}

/* What merging would make of atoms, as the index of each one's first. */
static void
test_components(void **state)
{
	struct mdtl_timeline tl;
	size_t *root, i, roots = 0;

	(void)state;
	fill(&tl, 1);
	root = mdtl_timeline_components(&tl, NULL, NULL);
	/* each read once, in canonical order */
	assert_int_equal(tl.n, NSPECS);
	for (i = 0; i < tl.n; i++) {
		assert_true(root[i] <= i);
		assert_int_equal(root[root[i]], root[i]);
		roots += root[i] == i;
		if (i > 0)
			assert_true(mdtl_event_cmp_canonical(&tl.v[i - 1],
			    &tl.v[i]) < 0);
	}
	assert_int_equal(roots, 6);
	free(root);
	mdtl_timeline_release(&tl);
}

static size_t
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

/* Its files live in $TMPDIR and are gone from it as soon as made,
 * whichever way they are made. */
static void
test_files(void **state)
{
	char dir[] = "/tmp/mdtl-spill-test-XXXXXX";
	const char *old = getenv("TMPDIR");
	char *saved = old != NULL ? strdup(old) : NULL;
	struct mdtl_spill sp;
	char *got, line[8];
	FILE *f;
	int named;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	assert_int_equal(mdtl_spill_init(&sp, 1, 0, 1), 0);
	assert_int_equal(entries(dir), 0);
	mdtl_spill_release(&sp);
	got = spilled(0, 1, 3, 2);
	assert_int_equal(entries(dir), 0);
	free(got);
	/* unnamed, or named (as where O_TMPFILE is not) and gone at once */
	for (named = 0; named <= 1; named++) {
		assert_non_null(f = mdtl_spill_temp(named));
		assert_int_equal(entries(dir), 0);
		assert_true(fputs("kept\n", f) >= 0);
		rewind(f);
		assert_non_null(fgets(line, sizeof line, f));
		assert_string_equal(line, "kept\n");
		fclose(f);
	}
	assert_int_equal(rmdir(dir), 0);
	assert_null(mdtl_spill_temp(1));
	assert_int_equal(errno, ENOENT);
	/* a $TMPDIR that is not there: said, not crashed */
	assert_int_equal(mdtl_spill_init(&sp, 1, 0, 1), -1);
	assert_int_equal(errno, ENOENT);
	if (saved != NULL)
		setenv("TMPDIR", saved, 1);
	else
		unsetenv("TMPDIR");
	free(saved);
}

/* A file with a buffer of its own, the largest or the smallest, gives back
 * what went in, past the end of its buffer too; closed twice, or never
 * opened, it is no harm. */
static void
test_buffered(void **state)
{
	struct mdtl_spill_file f = { NULL, NULL };
	const size_t together[] = { 1, 100000 };
	char line[16];
	long i, n = 20000;	/* 200 000 bytes: three buffers and more */
	size_t k;

	(void)state;
	mdtl_spill_close(&f);
	for (k = 0; k < sizeof together / sizeof *together; k++) {
		assert_int_equal(mdtl_spill_open(&f, together[k]), 0);
		assert_non_null(f.buf);
		for (i = 0; i < n; i++)
			assert_int_equal(fprintf(f.f, "%09ld\n", i), 10);
		assert_int_equal(fflush(f.f), 0);
		assert_int_equal(ftell(f.f), 10 * n);
		rewind(f.f);
		for (i = 0; i < n; i++) {
			assert_non_null(fgets(line, sizeof line, f.f));
			assert_int_equal(strtol(line, NULL, 10), i);
		}
		assert_null(fgets(line, sizeof line, f.f));
		mdtl_spill_close(&f);
		assert_null(f.f);
		mdtl_spill_close(&f);
	}
}

int
main(void)
{
	RUN(cmocka_unit_test(test_same), cmocka_unit_test(test_components),
	    cmocka_unit_test(test_files), cmocka_unit_test(test_buffered));
}

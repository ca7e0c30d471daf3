/* pipeline_test.c: inputs read on any number of threads, in input order. */
#define _GNU_SOURCE
#include "test.h"
#include "fixture.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mdtl/event-json.h"
#include "mdtl/pipeline.h"
#include "mdtl/xalloc.h"

static char dir[] = "/tmp/mdtl-pipelineXXXXXX";

static void
put(const char *name, const char *text)
{
	char path[256];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/*
 * A folder of inputs: articles as text, a JSON Lines file of many
 * articles (two of its lines bad), a JSON Lines file of event records.
 */
static int
setup(void **state)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	(void)state;
	if (lexicon_setup(state) != 0 || mkdtemp(dir) == NULL)
		return 1;
	put("a.txt", "---\npublished: 2011-07-01\n---\nRogozin said on Friday "
	    "that the talks were at a dead end.\n");
	put("b.txt", "---\npublished: 2011-07-02\n---\nLavrov warned on "
	    "Saturday that Russia would respond.\n\nMedvedev offered a joint "
	    "system.\n");
	put("c.txt", "No date here. Rasmussen said talks go on.\n");
	for (i = 0; i < 300; i++) {
		if (i == 50 || i == 220)
			mdtl_buf_adds(&b, "{\"title\": oops}\n");
		else
			mdtl_buf_addf(&b, "{\"id\":\"n%zu\",\"published\":"
			    "\"2011-07-%02zu\",\"body\":\"Rogozin said on Monday "
			    "that talks number %zu failed. Lavrov warned "
			    "NATO.\"}\n", i, i % 28 + 1, i);
	}
	put("d.jsonl", b.buf);
	mdtl_buf_reset(&b);
	mdtl_buf_adds(&b, "{\"id\":\"e1\",\"type\":\"statement\",\"date\":"
	    "\"2011-07-01\",\"sentence\":\"s\",\"mentions\":[],\"article\":"
	    "{\"id\":\"x\"}}\n{\"id\":\"e2\",\"type\":\"summit\",\"sentence\":"
	    "\"t\",\"mentions\":[],\"article\":{\"id\":\"y\"}}\nbad line\n");
	put("e-events.jsonl", b.buf);
	mdtl_buf_release(&b);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[300];

	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	return lexicon_teardown(state);
}

/* What the test sink saw, in the order it was committed. */
struct seen {
	struct mdtl_buf	 log;		/* lines of what came, in order */
	pthread_t	 main;
	int		 off_main;	/* article() ran on another thread */
};

static void
article(void *arg, void **result, struct mdtl_article *art,
    struct mdtl_event *ev, size_t n, struct mdtl_buf *out,
    struct mdtl_diag *diag)
{
	struct seen *s = arg;
	struct mdtl_buf *b = *result;
	size_t i;

	(void)diag;
	if (!pthread_equal(pthread_self(), s->main))
		s->off_main = 1;	/* (a race on a flag the test only
					   reads once all is joined) */
	if (b == NULL) {
		b = mdtl_xmalloc(sizeof *b);
		mdtl_buf_init(b);
		*result = b;
	}
	mdtl_buf_addf(b, "article %s %zu:", art->path, n);
	for (i = 0; i < n; i++)
		mdtl_buf_addf(b, " %s", ev[i].id);
	mdtl_buf_addch(b, '\n');
	mdtl_buf_addf(out, "bytes %s\n", art->id);
}

static int
commit(void *arg, void *result)
{
	struct seen *s = arg;
	struct mdtl_buf *b = result;

	mdtl_buf_add(&s->log, b->buf, b->len);
	mdtl_buf_release(b);
	free(b);
	return 0;
}

static int
write_out(void *arg, const char *bytes, size_t len)
{
	struct seen *s = arg;

	mdtl_buf_add(&s->log, bytes, len);
	return 0;
}

static int
event_line(void *arg, const char *path, size_t lineno, const char *line,
    size_t len, struct mdtl_diag *diag)
{
	struct seen *s = arg;

	if (len > 0 && line[0] != '{') {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "not a record");
		return -1;
	}
	mdtl_buf_addf(&s->log, "event line %zu\n", lineno);
	return 0;
}

/* Messages join the log where they come. */
static void
report(void *arg, struct mdtl_diag *d)
{
	struct seen *s = arg;
	size_t i;

	for (i = 0; i < d->n; i++)
		mdtl_buf_addf(&s->log, "message %s:%ld %s\n",
		    d->v[i].path ? strrchr(d->v[i].path, '/') : "-", d->v[i].line,
		    d->v[i].msg);
	mdtl_diag_clear(d);
}

static int
run(size_t jobs, char *const *inputs, size_t n, struct seen *s)
{
	struct mdtl_pipeline p;
	struct mdtl_sink sink = { s, article, commit, write_out, event_line,
	    NULL };
	struct mdtl_diag d = MDTL_DIAG_INIT;
	int r;

	mdtl_pipeline_init(&p);
	p.lex = lex;
	p.jobs = jobs;
	p.report = report;
	p.report_arg = s;
	mdtl_buf_init(&s->log);
	s->main = pthread_self();
	s->off_main = 0;
	r = mdtl_pipeline_run(&p, inputs, n, &sink, &d);
	mdtl_diag_release(&d);
	return r;
}

/* -j 2, 3 and 8 give what one thread gives, byte for byte. */
static void
test_order(void **state)
{
	char missing[256];
	char *inputs[3] = { dir, missing, dir };
	struct seen one, many;
	size_t jobs[] = { 2, 3, 8 }, k;

	(void)state;
	snprintf(missing, sizeof missing, "%s/none.txt", dir);
	assert_int_equal(run(1, inputs, 3, &one), -1);
	assert_false(one.off_main);
	/* every article, the events' lines, the bad ones said */
	assert_non_null(strstr(one.log.buf, "a.txt 1: "));
	assert_non_null(strstr(one.log.buf, "d.jsonl:300 "));
	assert_non_null(strstr(one.log.buf, "event line 2\n"));
	assert_non_null(strstr(one.log.buf, "message /d.jsonl:51 "));
	assert_non_null(strstr(one.log.buf, "message /e-events.jsonl:3 "));
	assert_non_null(strstr(one.log.buf, "message /none.txt"));
	assert_non_null(strstr(one.log.buf, "no publication date"));
	/*
	 * a missing input is said when the inputs are listed, first; then
	 * the folder is read twice, in input order each time
	 */
	assert_memory_equal(one.log.buf, "message /none.txt", 17);
	{
		const char *first = strstr(one.log.buf, "bytes n299\n");

		assert_non_null(first);
		assert_true(strstr(first, "event line 2\n") <
		    strstr(first + 1, "bytes n299\n"));
		assert_non_null(strstr(first + 1, "bytes n299\n"));
	}
	for (k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
		assert_int_equal(run(jobs[k], inputs, 3, &many), -1);
		assert_true(many.off_main);
		assert_string_equal(many.log.buf, one.log.buf);
		mdtl_buf_release(&many.log);
	}
	mdtl_buf_release(&one.log);
}

/* One input that is no JSON Lines is read on the calling thread. */
static void
test_one_file(void **state)
{
	char path[256];
	char *inputs[1] = { path };
	struct seen s;

	(void)state;
	snprintf(path, sizeof path, "%s/b.txt", dir);
	assert_int_equal(run(8, inputs, 1, &s), 0);
	assert_false(s.off_main);
	assert_non_null(strstr(s.log.buf, "b.txt 2: "));
	assert_non_null(strstr(s.log.buf, "bytes b\n"));
	mdtl_buf_release(&s.log);
}

/* Limits: a line too long is skipped with a message, the rest read. */
static void
test_limits(void **state)
{
	char path[256];
	char *inputs[1] = { path };
	struct mdtl_pipeline p;
	struct seen s;
	struct mdtl_sink sink = { &s, article, commit, write_out, NULL, NULL };
	struct mdtl_diag d = MDTL_DIAG_INIT;

	(void)state;
	snprintf(path, sizeof path, "%s/d.jsonl", dir);
	mdtl_pipeline_init(&p);
	p.lex = lex;
	p.jobs = 2;
	assert_int_equal(mdtl_limits_set(&p.limits, "100", "1", "3"), 0);
	assert_int_equal(p.limits.yaml_depth, 3);
	assert_int_equal(p.limits.xml_depth, 3);
	assert_int_equal(mdtl_limits_set(&p.limits, "1X", NULL, NULL), -1);
	mdtl_buf_init(&s.log);
	s.main = pthread_self();
	assert_int_equal(mdtl_pipeline_run(&p, inputs, 1, &sink, &d), -1);
	assert_null(strstr(s.log.buf ? s.log.buf : "", "article"));
	assert_true(d.n >= 298);
	assert_non_null(strstr(d.v[0].msg, "longer than the limit of 100"));
	mdtl_diag_release(&d);
	mdtl_buf_release(&s.log);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_one_file),
		cmocka_unit_test(test_limits),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

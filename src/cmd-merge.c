/* cmd-merge.c: merge JSON Lines of events: the reducer of a large run. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/pipeline.h"
#include "mdtl/spill.h"
#include "mdtl/timeline.h"
#include "mdtl/xalloc.h"

#include "par.h"

extern const struct mdtl_cmd mdtl_cmd_merge;

struct opts {
	const char	*output, *jobs, *max_memory;
	int		 explain, key;
};

static const struct mdtl_option options[] = {
	MDTL_OUTPUT_OPTION(struct opts, output),
	OPT_BOOL(0, "explain", struct opts, explain,
	    "keep the reasons, and say why events were merged"),
	OPT_BOOL(0, "key", struct opts, key,
	    "print each event's merge key and a tab before it (for sorting)"),
	OPT_STRING('j', "jobs", struct opts, jobs, "N",
	    "read and merge on N threads (default: the number of "
	    "processors); the output is that of one", mdtl_check_jobs),
	OPT_STRING(0, "max-memory", struct opts, max_memory, "SIZE",
	    "hold about SIZE bytes of records in memory (K, M, G; default "
	    "32M), the rest in temporary files in $TMPDIR", mdtl_check_size),
	OPT_END()
};

/* A merge: the records in memory, and those spilled once too many. */
struct merge {
	struct mdtl_ctx		*ctx;
	struct mdtl_timeline	 tl;
	struct mdtl_spill	 spill;
	int			 spilled, broken;	/* broken: could not */
	int			 failed;	/* a line could not */
	size_t			 budget;
	const struct opts	*o;
	FILE			*fp;
	struct mdtl_buf		 b;
	struct mdtl_par		*par;
	struct mdtl_par_ops	 ops;
};

/*
 * A batch of lines, on a worker: its records read into a timeline, with
 * their sentences' words, which merging reads (made here, on the workers,
 * not where the records are merged or spilled one after the other).
 */
static void
read_batch(void *arg, struct mdtl_par_batch *b)
{
	struct mdtl_timeline *tl = mdtl_xmalloc(sizeof *tl);
	size_t i;

	(void)arg;
	mdtl_timeline_init(tl);
	for (i = 0; i < b->n; i++) {
		const struct mdtl_par_item *it = &b->v[i];
		const char *why;

		if (mdtl_timeline_add_json(tl, &b->json, b->text + it->off,
		    it->len, &why) < 0) {
			mdtl_diag_add(&b->diag, MDTL_DIAG_ERROR, it->path,
			    (long)it->lineno, 0, "%s", why);
			b->failed = 1;
			continue;
		}
		mdtl_event_words(&tl->arena, &tl->v[tl->n - 1]);
	}
	b->result = tl;
}

/*
 * A batch back, in the order of the lines: its messages said, its
 * records added, and the records in memory spilled once too many.
 */
static void
take_batch(void *arg, struct mdtl_par_batch *b)
{
	struct merge *m = arg;
	struct mdtl_timeline *tl = b->result;

	b->result = NULL;
	m->failed |= b->failed;
	mdtl_diag_take(&m->ctx->diag, &b->diag);
	mdtl_ctx_report(m->ctx);
	if (!m->broken) {
		mdtl_timeline_take(&m->tl, tl);
		if (mdtl_spill_some(&m->spill, &m->spilled, &m->tl, m->budget,
		    m->o->explain) < 0) {
			mdtl_diag_add(&m->ctx->diag, MDTL_DIAG_ERROR, NULL, 0,
			    0, "keeping records in temporary files "
			    "(--max-memory): %s", strerror(errno));
			mdtl_ctx_report(m->ctx);
			m->broken = 1;
		}
	}
	mdtl_timeline_release(tl);
	free(tl);
}

/*
 * What reading an input has to say (said), after the messages of the
 * lines before, which the workers may still hold.
 */
static void
say(struct merge *m, struct mdtl_diag *said)
{
	mdtl_par_flush(m->par);
	mdtl_diag_take(&m->ctx->diag, said);
	mdtl_ctx_report(m->ctx);
}

/* The lines of one input, handed out to be read. */
static int
read_events(struct merge *m, const char *path)
{
	struct mdtl_diag said = MDTL_DIAG_INIT;
	struct mdtl_input in;
	const char *line;
	size_t ll;
	int status = MDTL_EXIT_OK, r;

	if (mdtl_input_open(&in, path, MDTL_MAX_INPUT, &said) < 0) {
		say(m, &said);
		mdtl_diag_release(&said);
		return MDTL_EXIT_INPUT;
	}
	while (!m->broken &&
	    (r = mdtl_input_line(&in, &line, &ll, &said)) != 0) {
		const char *tab;

		if (said.n > 0)
			say(m, &said);
		if (r < 0) {
			status = MDTL_EXIT_INPUT;
			break;
		}
		/* a key and a tab before the record, as --key writes it */
		if ((tab = memchr(line, '\t', ll)) != NULL && line[0] != '{') {
			ll -= (size_t)(tab + 1 - line);
			line = tab + 1;
		}
		while (ll > 0 && (line[ll - 1] == ' ' || line[ll - 1] == '\r'))
			ll--;
		if (ll > 0)
			mdtl_par_line(m->par, path, in.lineno, line, ll);
	}
	mdtl_input_close(&in);
	/* the messages of its lines before any of the next input */
	say(m, &said);
	mdtl_diag_release(&said);
	return m->broken ? MDTL_EXIT_INPUT : status;
}

/* A record out, with its key first when asked. */
static int
write_record(void *arg, const struct mdtl_event *e, const char *line,
    size_t len)
{
	struct merge *m = arg;
	char key[48];

	if (m->o->key) {
		mdtl_event_merge_key(e, key, sizeof key);
		fputs(key, m->fp);
		putc('\t', m->fp);
	}
	fwrite(line, 1, len, m->fp);
	return putc('\n', m->fp) == EOF ? -1 : 0;
}

/* The records in memory, merged and sorted, out. */
static int
write_all(struct merge *m)
{
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	size_t k;
	int r = 0;

	mdtl_timeline_merge(&m->tl);
	mdtl_timeline_sort(&m->tl, 0);
	for (k = 0; k < m->tl.n && r == 0; k++) {
		mdtl_buf_reset(&m->b);
		mdtl_event_json(&m->b, &m->tl.v[k], m->o->explain, &memo);
		r = write_record(m, &m->tl.v[k], m->b.buf, m->b.len);
	}
	mdtl_json_memo_release(&memo);
	return r;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct merge m;
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_output out;
	int rest, status, i, r;
	size_t k;

	memset(&o, 0, sizeof o);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_merge, &o, argc, argv,
	    &rest)) >= 0)
		return status;
	if (rest == argc) {
		static char *std_in[] = { "-" };

		if (mdtl_ctx_output_check(ctx, o.output, 1, std_in) < 0)
			return MDTL_EXIT_USAGE;
		mdtl_inputs_expand(&in, "-", &ctx->diag);
	} else if (mdtl_ctx_output_check(ctx, o.output, argc - rest,
	    argv + rest) < 0)
		return MDTL_EXIT_USAGE;
	status = MDTL_EXIT_OK;
	memset(&m, 0, sizeof m);
	m.ctx = ctx;
	m.o = &o;
	mdtl_buf_init(&m.b);
	m.budget = MDTL_MAX_MEMORY;
	if (o.max_memory != NULL)
		mdtl_parse_size(o.max_memory, &m.budget);
	mdtl_timeline_init(&m.tl);
	m.tl.jobs = o.jobs != NULL ? (size_t)strtol(o.jobs, NULL, 10) :
	    mdtl_processors();
	for (i = rest; i < argc; i++)
		if (mdtl_inputs_expand(&in, argv[i], &ctx->diag) < 0)
			status = MDTL_EXIT_INPUT;
	mdtl_ctx_report(ctx);
	/* lines are read on the workers and taken back here in order */
	m.ops.arg = &m;
	m.ops.run = read_batch;
	m.ops.take = take_batch;
	m.par = mdtl_par_start(&m.ops, m.tl.jobs > 1 ? m.tl.jobs : 0);
	for (k = 0; k < in.n && !m.broken; k++)
		if ((r = read_events(&m, in.v[k])) != MDTL_EXIT_OK)
			status = r;
	mdtl_par_end(m.par);
	if (m.failed)
		status = MDTL_EXIT_INPUT;
	mdtl_inputs_free(&in);
	if (m.broken)
		;		/* said: no output */
	else if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	else {
		m.fp = out.fp;
		if (!m.spilled)
			r = write_all(&m);
		else if ((r = mdtl_spill_add(&m.spill, &m.tl)) == 0)
			r = mdtl_spill_merge(&m.spill, NULL, NULL, write_record,
			    &m);
		if (r < 0 && m.spilled && m.spill.err) {
			mdtl_diag_add(&ctx->diag, MDTL_DIAG_ERROR, NULL, 0, 0,
			    "merging through files: %s",
			    strerror(m.spill.err));
			mdtl_ctx_report(ctx);
		}
		if (r != 0)
			status = MDTL_EXIT_INPUT;
		if (mdtl_output_close(&out, status == MDTL_EXIT_OK,
		    &ctx->diag) < 0)
			status = MDTL_EXIT_INPUT;
	}
	if (m.spilled)
		mdtl_spill_release(&m.spill);
	mdtl_buf_release(&m.b);
	mdtl_timeline_release(&m.tl);
	return status;
}

const struct mdtl_cmd mdtl_cmd_merge = {
	.name = "merge",
	.usage = "[EVENTS.jsonl...] [--key] [--explain] [--max-memory SIZE] "
	    "[-o FILE]",
	.summary = "merge JSON Lines of events told by several articles "
	    "(a reducer)",
	.options = options,
	.exec = exec,
};

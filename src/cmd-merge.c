/* cmd-merge.c: merge JSON Lines of events: the reducer of a large run. */
#include <stdlib.h>
#include <string.h>

#include "mdtl/cmd.h"
#include "mdtl/emit.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/timeline.h"

extern const struct mdtl_cmd mdtl_cmd_merge;

struct opts {
	const char	*output, *jobs;
	int		 explain, key;
};

static const struct mdtl_option options[] = {
	MDTL_OUTPUT_OPTION(struct opts, output),
	OPT_BOOL(0, "explain", struct opts, explain,
	    "keep the reasons, and say why events were merged"),
	OPT_BOOL(0, "key", struct opts, key,
	    "print each event's merge key and a tab before it (for sorting)"),
	OPT_STRING('j', "jobs", struct opts, jobs, "N",
	    "merge on N threads (default: the number of processors); the "
	    "output is that of one", mdtl_check_jobs),
	OPT_END()
};

static int
read_events(struct mdtl_ctx *ctx, struct mdtl_timeline *tl,
    struct mdtl_json *json, const char *path)
{
	char *buf;
	size_t len, i = 0, lineno = 0;
	int status = MDTL_EXIT_OK;

	if (mdtl_read_file(path, &buf, &len, (size_t)1 << 30, &ctx->diag) < 0)
		return MDTL_EXIT_INPUT;
	while (i < len) {
		const char *line = buf + i, *nl = memchr(line, '\n', len - i);
		size_t ll = nl ? (size_t)(nl - line) : len - i;
		const char *why, *tab;

		i += ll + 1;
		lineno++;
		/* a key and a tab before the record, as --key writes it */
		if ((tab = memchr(line, '\t', ll)) != NULL && line[0] != '{') {
			ll -= (size_t)(tab + 1 - line);
			line = tab + 1;
		}
		while (ll > 0 && (line[ll - 1] == ' ' || line[ll - 1] == '\r'))
			ll--;
		if (ll == 0)
			continue;
		if (mdtl_timeline_add_json(tl, json, line, ll, &why) < 0) {
			mdtl_diag_add(&ctx->diag, MDTL_DIAG_ERROR, path,
			    (long)lineno, 0, "%s", why);
			status = MDTL_EXIT_INPUT;
		}
	}
	free(buf);
	mdtl_ctx_report(ctx);
	return status;
}

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	struct mdtl_timeline tl;
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_output out;
	struct mdtl_buf b = MDTL_BUF_INIT;
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	struct mdtl_json json = MDTL_JSON_INIT;
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
	mdtl_timeline_init(&tl);
	tl.jobs = o.jobs != NULL ? (size_t)strtol(o.jobs, NULL, 10) :
	    mdtl_processors();
	for (i = rest; i < argc; i++)
		if (mdtl_inputs_expand(&in, argv[i], &ctx->diag) < 0)
			status = MDTL_EXIT_INPUT;
	mdtl_ctx_report(ctx);
	for (k = 0; k < in.n; k++)
		if ((r = read_events(ctx, &tl, &json, in.v[k])) != MDTL_EXIT_OK)
			status = r;
	mdtl_json_release(&json);
	mdtl_inputs_free(&in);
	mdtl_timeline_merge(&tl);
	mdtl_timeline_sort(&tl, 0);
	if (mdtl_output_open(&out, o.output, ctx->out, &ctx->diag) < 0) {
		mdtl_timeline_release(&tl);
		return MDTL_EXIT_INPUT;
	}
	for (k = 0; k < tl.n; k++) {
		char key[48];

		if (o.key) {
			mdtl_event_merge_key(&tl.v[k], key, sizeof key);
			mdtl_buf_adds(&b, key);
			mdtl_buf_addch(&b, '\t');
		}
		mdtl_event_json(&b, &tl.v[k], o.explain, &memo);
		mdtl_buf_addch(&b, '\n');
	}
	mdtl_json_memo_release(&memo);
	if (fwrite(b.buf, 1, b.len, out.fp) != b.len)
		status = MDTL_EXIT_INPUT;
	if (mdtl_output_close(&out, status == MDTL_EXIT_OK, &ctx->diag) < 0)
		status = MDTL_EXIT_INPUT;
	mdtl_buf_release(&b);
	mdtl_timeline_release(&tl);
	return status;
}

const struct mdtl_cmd mdtl_cmd_merge = {
	.name = "merge",
	.usage = "[EVENTS.jsonl...] [--key] [--explain] [-o FILE]",
	.summary = "merge JSON Lines of events told by several articles "
	    "(a reducer)",
	.options = options,
	.exec = exec,
};

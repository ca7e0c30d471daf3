/* cmd-check.c: validate the data files. */
#include <string.h>

#include "mdtl/cmd.h"

extern const struct mdtl_cmd mdtl_cmd_check;

struct opts {
	const char	*data;
	int		 ids;
};

static const struct mdtl_option options[] = {
	OPT_STRING(0, "data", struct opts, data, "DIR",
	    "check the data files (actors.yaml, ...) in DIR", NULL),
	OPT_BOOL(0, "ids", struct opts, ids,
	    "then print the actor ids, one a line (for completion, scripts)"),
	OPT_END()
};

static int
exec(struct mdtl_ctx *ctx, int argc, char **argv)
{
	struct opts o;
	int rest, status;

	memset(&o, 0, sizeof o);
	if ((status = mdtl_cmd_options(ctx, &mdtl_cmd_check, &o, argc, argv,
	    &rest)) >= 0)
		return status;
	if (rest < argc) {
		fprintf(ctx->err, "mdtl: check takes no operands\n"
		    "usage: mdtl check %s\n", mdtl_cmd_check.usage);
		return MDTL_EXIT_USAGE;
	}
	if (o.data != NULL)
		ctx->data_dir = o.data;
	if (mdtl_ctx_lexicon(ctx) < 0)
		return MDTL_EXIT_INPUT;
	if (o.ids) {
		size_t i;

		for (i = 0; i < ctx->lex->nactors; i++)
			fprintf(ctx->out, "%s\n", ctx->lex->actors[i].id);
	} else
		fprintf(ctx->out, "%s: %zu actors, %zu places, %zu phrases: "
		    "ok\n", ctx->data_dir, ctx->lex->nactors,
		    ctx->lex->nplaces, mdtl_lexicon_nphrases(ctx->lex));
	return fflush(ctx->out) == 0 && !ferror(ctx->out) ? MDTL_EXIT_OK :
	    MDTL_EXIT_INPUT;
}

const struct mdtl_cmd mdtl_cmd_check = {
	.name = "check",
	.usage = "[--data DIR] [--ids]",
	.summary = "validate the data files (actors, cues, places)",
	.options = options,
	.exec = exec,
};

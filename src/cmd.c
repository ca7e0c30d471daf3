/* cmd.c: the command table, its lookup and the entry point. */
#include <sys/stat.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mdtl/cmd.h"
#include "mdtl/version.h"
#include "mdtl/xalloc.h"

/*
 * Adding a command:
 *  1. write src/cmd-NAME.c defining const struct mdtl_cmd mdtl_cmd_NAME,
 *     with its options table and an exec that returns an exit status;
 *  2. declare it below and add it to mdtl_cmds[], kept in name order;
 *  3. add a golden case under tests/cases/ and a line to the README.
 * What the commands share (options, the pipeline) is in cmd-input.c; the
 * work itself is the library's.
 */
extern const struct mdtl_cmd mdtl_cmd_actors;
extern const struct mdtl_cmd mdtl_cmd_check;
extern const struct mdtl_cmd mdtl_cmd_deadlines;
extern const struct mdtl_cmd mdtl_cmd_merge;
extern const struct mdtl_cmd mdtl_cmd_parse;
extern const struct mdtl_cmd mdtl_cmd_report;
extern const struct mdtl_cmd mdtl_cmd_timeline;
extern const struct mdtl_cmd mdtl_cmd_timex;

const struct mdtl_cmd *const mdtl_cmds[] = {
	&mdtl_cmd_actors,
	&mdtl_cmd_check,
	&mdtl_cmd_deadlines,
	&mdtl_cmd_merge,
	&mdtl_cmd_parse,
	&mdtl_cmd_report,
	&mdtl_cmd_timeline,
	&mdtl_cmd_timex,
	NULL
};

#ifndef MDTL_DATADIR
#define MDTL_DATADIR "data"
#endif

static int
find(const char *name, const struct mdtl_cmd **found)
{
	const struct mdtl_cmd *const *c;
	size_t len = strlen(name);
	int n = 0;

	*found = NULL;
	for (c = mdtl_cmds; *c != NULL; c++) {
		if (strcmp((*c)->name, name) == 0) {
			*found = *c;
			return 1;
		}
		if (len > 0 && strncmp((*c)->name, name, len) == 0) {
			*found = *c;
			n++;
		}
	}
	if (n > 1)
		*found = NULL;
	return n;
}

const struct mdtl_cmd *
mdtl_cmd_find(const char *name, FILE *err)
{
	const struct mdtl_cmd *const *c, *found;
	int n = find(name, &found);

	if (n == 1)
		return found;
	if (n == 0) {
		fprintf(err, "mdtl: unknown command '%s'\n", name);
		return NULL;
	}
	fprintf(err, "mdtl: ambiguous command '%s':", name);
	for (c = mdtl_cmds; *c != NULL; c++)
		if (strncmp((*c)->name, name, strlen(name)) == 0)
			fprintf(err, " %s", (*c)->name);
	fputc('\n', err);
	return NULL;
}

static void
usage(FILE *fp)
{
	const struct mdtl_cmd *const *c;

	fprintf(fp, "usage: mdtl [--data DIR] [COMMAND] [OPTIONS] [INPUT...]\n\n"
	    "Turn news articles into a timeline of events and ask it "
	    "questions.\nWith no command, mdtl runs 'timeline'; with no "
	    "INPUT, it reads a pipe or a file on standard input, else the "
	    "bundled articles.\n\ncommands:\n");
	for (c = mdtl_cmds; *c != NULL; c++)
		fprintf(fp, "  %-10s %s\n", (*c)->name, (*c)->summary);
	fprintf(fp, "\n'mdtl COMMAND --help' tells more.  Exit status: 0 done, "
	    "1 some input could not be read or the output not made, 2 usage "
	    "error.\n");
}

/*
 * The data installed with the program: PREFIX/share/mdtl for
 * PREFIX/bin/mdtl, wherever the prefix now is; NULL when there is none
 * (mdtl run in its build tree reads the tree's data, compiled in).
 */
static const char *
installed_data(void)
{
	static char dir[PATH_MAX];
	static const char data[] = "/share/mdtl", probe[] = "/actors.yaml";
	char *slash;
	ssize_t n;
	struct stat st;

	if (dir[0] != '\0')
		return dir;
	if ((n = readlink("/proc/self/exe", dir, sizeof dir - 1)) <= 0)
		return NULL;
	dir[n] = '\0';
	/* PREFIX/bin/mdtl -> PREFIX */
	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = '\0';
	if ((slash = strrchr(dir, '/')) == NULL ||
	    (size_t)(slash - dir) + sizeof data + sizeof probe > sizeof dir) {
		dir[0] = '\0';
		return NULL;
	}
	memcpy(slash, data, sizeof data);
	memcpy(slash + sizeof data - 1, probe, sizeof probe);
	n = stat(dir, &st);
	slash[sizeof data - 1] = '\0';
	if (n != 0 || !S_ISREG(st.st_mode))
		dir[0] = '\0';
	return dir[0] != '\0' ? dir : NULL;
}

int
mdtl_main(int argc, char **argv, FILE *out, FILE *err)
{
	struct mdtl_ctx ctx;
	const struct mdtl_cmd *cmd = NULL;
	const char *env;
	int i = 1, status;
	struct stat st;

	memset(&ctx, 0, sizeof ctx);
	ctx.out = out;
	ctx.err = err;
	/* --data, else MDTL_DATA, else the data installed beside it */
	env = getenv("MDTL_DATA");
	if (env != NULL && *env)
		ctx.data_dir = env;
	else if ((ctx.data_dir = installed_data()) == NULL)
		ctx.data_dir = MDTL_DATADIR;
	/* options before the command */
	while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
		if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
			ctx.data_dir = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--data=", 7) == 0) {
			ctx.data_dir = argv[i] + 7;
			i++;
		} else if (strcmp(argv[i], "--version") == 0) {
			fprintf(out, "mdtl %s\n", MDTL_VERSION);
			return fflush(out) == 0 && !ferror(out) ? MDTL_EXIT_OK :
			    MDTL_EXIT_INPUT;
		} else if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(out);
			return fflush(out) == 0 && !ferror(out) ? MDTL_EXIT_OK :
			    MDTL_EXIT_INPUT;
		} else
			break;
	}
	if (i < argc && argv[i][0] != '-' && (find(argv[i], &cmd) == 1 ||
	    stat(argv[i], &st) != 0)) {
		if (cmd == NULL && strchr(argv[i], '/') == NULL &&
		    strchr(argv[i], '.') == NULL) {
			mdtl_cmd_find(argv[i], err);
			fprintf(err, "mdtl: see 'mdtl --help'\n");
			return MDTL_EXIT_USAGE;
		}
	}
	if (cmd != NULL)
		status = cmd->exec(&ctx, argc - i, argv + i);
	else {
		/* no command: timeline, with argv[i - 1] standing as its name */
		char **av = mdtl_xcalloc((size_t)(argc - i) + 2, sizeof *av);
		int k;

		av[0] = (char *)"timeline";
		for (k = i; k < argc; k++)
			av[k - i + 1] = argv[k];
		status = mdtl_cmd_timeline.exec(&ctx, argc - i + 1, av);
		free(av);
	}
	mdtl_ctx_report(&ctx);
	while (ctx.nlists > 0)
		free(ctx.lists[--ctx.nlists]);
	mdtl_lexicon_free(ctx.lex);
	mdtl_diag_release(&ctx.diag);
	return status;
}

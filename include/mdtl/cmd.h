/* cmd.h: the command table and what every command shares. */
#ifndef MDTL_CMD_H
#define MDTL_CMD_H

#include <stdio.h>

#include "mdtl/diag.h"
#include "mdtl/event.h"
#include "mdtl/lexicon.h"
#include "mdtl/opt.h"
#include "mdtl/timex.h"

/*
 * A command gets the context and its own argv (argv[0] is its name) and
 * returns an exit status.  Nothing in the library exits the process.
 */
enum mdtl_exit {
	MDTL_EXIT_OK = 0,
	MDTL_EXIT_INPUT = 1,
	MDTL_EXIT_USAGE = 2,
};

struct mdtl_ctx {
	FILE			*out, *err;
	const char		*data_dir;	/* --data, MDTL_DATA or built in */
	struct mdtl_lexicon	*lex;
	struct mdtl_diag	 diag;
	int			 input_format;	/* enum mdtl_input_format */
};

struct mdtl_cmd {
	const char		 *name, *usage, *summary;
	const struct mdtl_option *options;
	int			(*exec)(struct mdtl_ctx *, int, char **);
};

extern const struct mdtl_cmd *const mdtl_cmds[];

int	mdtl_main(int argc, char **argv, FILE *out, FILE *err);
/* An exact name, then a unique prefix; NULL with a message otherwise. */
const struct mdtl_cmd *mdtl_cmd_find(const char *name, FILE *err);

/* Shared by the commands: load the lexicon once; report and clear diags. */
int	mdtl_ctx_lexicon(struct mdtl_ctx *);
void	mdtl_ctx_report(struct mdtl_ctx *);

/*
 * Read every input (files, folders, "-"; none: the bundled articles) and
 * call fn for each article with its events.  Returns MDTL_EXIT_INPUT when
 * some input could not be read (each is reported), MDTL_EXIT_OK otherwise.
 */
typedef int (*mdtl_article_fn)(struct mdtl_ctx *, struct mdtl_article *,
    struct mdtl_event *, size_t, void *);
int	mdtl_ctx_each_article(struct mdtl_ctx *, int argc, char **argv,
	    const char *published, mdtl_article_fn, void *);

/*
 * Parse a command's options into dst.  Returns -1 when the command should
 * go on with its operands at argv[*rest], or the status to return at once
 * (after --help, or a usage error).
 */
int	mdtl_cmd_options(struct mdtl_ctx *, const struct mdtl_cmd *, void *dst,
	    int argc, char **argv, int *rest);

/* The options of commands that only read articles (parse, actors). */
struct mdtl_input_opts {
	const char	*published, *data, *input_format;
};

extern const struct mdtl_option mdtl_input_options[];

/* Option checks shared by commands. */
const char	*mdtl_check_date(const char *);
const char	*mdtl_check_type(const char *);
const char	*mdtl_check_format(const char *);
const char	*mdtl_check_input_format(const char *);
/* --input-format, checked already; NULL leaves the format sniffed. */
void		 mdtl_ctx_set_input_format(struct mdtl_ctx *, const char *);

#endif

/*
 * cmd.h: the command table and what the commands share: the context, the
 * options every command that reads articles declares, and the pipeline
 * made from them.  Only src/cmd*.c include it.
 */
#ifndef MDTL_CMD_H
#define MDTL_CMD_H

#include <stdio.h>

#include "mdtl/diag.h"
#include "mdtl/lexicon.h"
#include "mdtl/opt.h"
#include "mdtl/pipeline.h"
#include "mdtl/source.h"
#include "mdtl/timeline.h"

/*
 * A command gets the context and its own argv (argv[0] is its name) and
 * returns an exit status.  Nothing in the library exits the process.
 */
enum mdtl_exit {
	MDTL_EXIT_OK = 0,
	MDTL_EXIT_INPUT = 1,
	MDTL_EXIT_USAGE = 2,
};

#define MDTL_CTX_LISTS	16

struct mdtl_ctx {
	FILE			*out, *err;
	const char		*data_dir;	/* --data, MDTL_DATA or built in */
	struct mdtl_lexicon	*lex;		/* loaded once, when needed */
	struct mdtl_diag	 diag;
	/* the arrays of the repeatable options mdtl_cmd_options() filled
	 * (-a, -t, -g, --glob): freed once the command is done */
	const char	       **lists[MDTL_CTX_LISTS];
	size_t			 nlists;
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

/* ---- cmd-input.c: what the commands share ---- */

/* Load the lexicon once: 0, or -1 (the reason is in the diag). */
int	mdtl_ctx_lexicon(struct mdtl_ctx *);
/* Print the messages gathered so far, and clear them. */
void	mdtl_ctx_report(struct mdtl_ctx *);
/*
 * Parse a command's options into dst.  Returns -1 when the command should
 * go on with its operands at argv[*rest], or the status to return at once
 * (after --help, or a usage error).
 */
int	mdtl_cmd_options(struct mdtl_ctx *, const struct mdtl_cmd *, void *dst,
	    int argc, char **argv, int *rest);

/*
 * The options of every command that reads articles, each declared once:
 * --published, --data, --input-format, -j and the limits, as they were
 * given (NULL when not).  A command's options struct holds a struct
 * mdtl_input_opts named member; MDTL_INPUT_OPTIONS(type, member) lists
 * them.
 */
struct mdtl_input_opts {
	const char		*published, *data, *input_format, *jobs;
	const char		*max_article, *max_events, *max_depth;
	const char		*stdin_name;
	struct mdtl_strlist	 globs;
	int			 quiet;
};

#define MDTL_INPUT_OPTIONS(st, m) \
	OPT_STRING(0, "published", st, m.published, "DATE", \
	    "the publication date of articles that do not give one", \
	    mdtl_check_date), \
	OPT_STRING(0, "data", st, m.data, "DIR", \
	    "read the data files (actors.yaml, ...) from DIR", NULL), \
	OPT_CHOICE(0, "input-format", st, m.input_format, "FORMAT", \
	    "read inputs as text, html, nitf, rss, atom, jsonl or timeml " \
	    "(default: sniffed)", "input format", mdtl_input_format_names), \
	OPT_STRING('j', "jobs", st, m.jobs, "N", \
	    "read the articles on N threads (default: the number of " \
	    "processors); the output is that of one", mdtl_check_jobs), \
	OPT_STRING(0, "max-article-size", st, m.max_article, "SIZE", \
	    "skip an article larger than SIZE (default 16M)", \
	    mdtl_check_size), \
	OPT_STRING(0, "max-events", st, m.max_events, "N", \
	    "keep at most N events of an article (default 10000)", \
	    mdtl_check_count), \
	OPT_STRING(0, "max-depth", st, m.max_depth, "N", \
	    "refuse YAML and XML nested deeper than N (default 64 for " \
	    "YAML, 256 for XML)", mdtl_check_count), \
	OPT_LIST(0, "glob", st, m.globs, "PATTERN", \
	    "read only the files of folders whose name matches PATTERN " \
	    "(default: articles by their extension or bytes)", \
	    mdtl_check_text), \
	OPT_BOOL('q', "quiet", st, m.quiet, \
	    "one line for the files of folders skipped, not one each"), \
	OPT_STRING(0, "stdin-name", st, m.stdin_name, "NAME[:LINE]", \
	    "call standard input NAME in paths and ids, its first line LINE " \
	    "(a part of a file, sent to a worker)", mdtl_check_text)

/*
 * The pipeline the options ask for, with the lexicon (loaded now; with
 * lexicon 0 none: articles are read, not extracted) and messages that the
 * context reports as they come; *published is where the --published date
 * is kept.  Returns 0, or -1 when the lexicon could not be loaded.
 */
int	mdtl_ctx_pipeline(struct mdtl_ctx *, const struct mdtl_input_opts *,
	    int lexicon, struct mdtl_date *published, struct mdtl_pipeline *);
/*
 * Run the pipeline over the operands; with none, over standard input when
 * it is a pipe, a file or a socket, else over the bundled articles
 * (data_dir/articles, said on a terminal): an exit status.
 */
int	mdtl_ctx_run(struct mdtl_ctx *, const struct mdtl_pipeline *,
	    int argc, char **argv, const struct mdtl_sink *);
/*
 * -o FILE must not be one of the inputs (as mdtl_ctx_run reads them):
 * 0, or -1 reported, a usage error.
 */
int	mdtl_ctx_output_check(struct mdtl_ctx *, const char *output,
	    int argc, char **argv);

/*
 * The format to write: -f as given, else the one -o FILE's extension
 * names among names (".html", ".md", ".jsonl", ".yml" for yaml, ".txt"
 * for text, ".tml" and ".xml" for timeml), else NULL (the command's
 * default).  An -f the extension contradicts is a warning.
 */
const char	*mdtl_ctx_output_format(struct mdtl_ctx *, const char *format,
		    const char *output, const char *const *names);

/* -o FILE, as every command that writes declares it. */
#define MDTL_OUTPUT_OPTION(st, f) \
	OPT_STRING('o', "output", st, f, "FILE", \
	    "write to FILE, replaced only when all is written", NULL)

/*
 * The event filters of timeline and report: -a, -t, --since, --until, -g.
 * A command's option struct holds a struct mdtl_filter_opts named
 * member; MDTL_FILTER_OPTIONS(type, member) lists the options for it and
 * mdtl_filter_opts_apply() turns what was given into a filter (the lists
 * are borrowed from the options, which the context frees).
 */
struct mdtl_filter_opts {
	struct mdtl_strlist	 actors, types, greps;
	const char		*since, *until;
};

#define MDTL_FILTER_OPTIONS(st, m) \
	OPT_LIST('a', "actor", st, m.actors, "ACTOR", \
	    "keep events with this actor (any alias or title; ACTOR+: its " \
	    "side)", \
	    mdtl_check_text), \
	OPT_CHOICES('t', "type", st, m.types, "TYPE", \
	    "keep events of this type (%s)", "type", mdtl_event_type_names), \
	OPT_STRING(0, "since", st, m.since, "DATE", \
	    "keep events that reach DATE or later", mdtl_check_date), \
	OPT_STRING(0, "until", st, m.until, "DATE", \
	    "keep events that start by DATE (the whole day, month, year)", \
	    mdtl_check_date), \
	OPT_LIST('g', "grep", st, m.greps, "TEXT", \
	    "keep events whose sentence, quote or actors hold TEXT", \
	    mdtl_check_text)

/*
 * An -a value the data does not know and that is one or two letters from
 * an actor it knows ("Rogozn"): said, with the actor it likely meant, and
 * -1 (a usage error); else 0.  A name far from all of them may be of a
 * person the articles name, whom the data does not know: it passes.
 */
int	mdtl_ctx_check_actors(struct mdtl_ctx *, const struct mdtl_strlist *);
/* --since after --until: said, and -1 (a usage error); else 0. */
int	mdtl_filter_opts_check(struct mdtl_ctx *,
	    const struct mdtl_filter_opts *);
void	mdtl_filter_opts_apply(const struct mdtl_filter_opts *,
	    struct mdtl_filter *);

/* Option checks of the values the commands share. */
/*
 * A date as people type it: a TIMEX3 value (2011, 2011-07, 2011-07-01,
 * 2011-W27, 2011-Q3), prose (May 2011, Jul 2011, 1 July 2011), or, against
 * the clock, today, yesterday, -30d, -2w, -6m, -1y, this or last week,
 * month or year.  -1 when it is none, *why saying why when it can ("no
 * such month").
 */
int		 mdtl_user_date(const char *, struct mdtl_date *,
		    const char **why);
const char	*mdtl_check_date(const char *);
const char	*mdtl_check_text(const char *);
const char	*mdtl_check_jobs(const char *);
/* The processors online, 1 to 256: what -j means when not given. */
size_t		 mdtl_processors(void);
const char	*mdtl_check_size(const char *);
const char	*mdtl_check_count(const char *);

#endif

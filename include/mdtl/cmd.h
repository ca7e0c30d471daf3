/* cmd.h: the command table and what every command shares. */
#ifndef MDTL_CMD_H
#define MDTL_CMD_H

#include <stdio.h>

#include "mdtl/article.h"
#include "mdtl/diag.h"
#include "mdtl/event.h"
#include "mdtl/lexicon.h"
#include "mdtl/opt.h"
#include "mdtl/timeline.h"
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

struct mdtl_par;

struct mdtl_ctx {
	FILE			*out, *err;
	const char		*data_dir;	/* --data, MDTL_DATA or built in */
	struct mdtl_lexicon	*lex;
	struct mdtl_diag	 diag;
	int			 input_format;	/* enum mdtl_input_format */
	size_t			 max_article;	/* bytes of one article */
	size_t			 max_events;	/* events kept per article */
	size_t			 max_depth;	/* nesting; 0: the defaults */
	/* -j: threads for reading articles, when par is set */
	size_t			 jobs;
	const struct mdtl_par	*par;
	/* called when an input would wait: write out what is ready */
	void			(*idle)(void *);
	void			*idle_arg;
};

#define MDTL_MAX_EVENTS	10000

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
 * The same, and an input of JSON Lines of events (the output of
 * `timeline -f jsonl`, told from articles by its first line) goes line by
 * line to event_fn instead of being read as articles.
 */
typedef int (*mdtl_event_line_fn)(struct mdtl_ctx *, const char *path,
    size_t lineno, const char *line, size_t len, void *);
int	mdtl_ctx_each_input(struct mdtl_ctx *, int argc, char **argv,
	    const char *published, mdtl_article_fn, mdtl_event_line_fn,
	    void *);
/*
 * An article's events, as each of the above gives them: at most
 * max_events, with a warning in ctx->diag when there were more or when
 * the article has no date.  Returns how many.
 */
size_t	mdtl_ctx_extract(struct mdtl_ctx *, struct mdtl_article *,
	    struct mdtl_event **, size_t *alloc);

/*
 * Parse a command's options into dst.  Returns -1 when the command should
 * go on with its operands at argv[*rest], or the status to return at once
 * (after --help, or a usage error).
 */
int	mdtl_cmd_options(struct mdtl_ctx *, const struct mdtl_cmd *, void *dst,
	    int argc, char **argv, int *rest);

/*
 * The limits on what one input may hold, settable on every command that
 * reads articles: --max-article-size (bytes, with K, M or G; a JSON Lines
 * input is held to it line by line), --max-events (per article) and
 * --max-depth (the nesting of YAML front matter and of XML elements).
 * What goes over is skipped with one line on stderr and the rest goes on.
 */
struct mdtl_limit_opts {
	const char	*max_article, *max_events, *max_depth;
};

#define MDTL_LIMIT_OPTIONS(st, m) \
	OPT_STRING(0, "max-article-size", st, m.max_article, "SIZE", \
	    "skip an article larger than SIZE (default 16M)", \
	    mdtl_check_size), \
	OPT_STRING(0, "max-events", st, m.max_events, "N", \
	    "keep at most N events of an article (default 10000)", \
	    mdtl_check_count), \
	OPT_STRING(0, "max-depth", st, m.max_depth, "N", \
	    "refuse YAML and XML nested deeper than N (default 64 for " \
	    "YAML, 256 for XML)", mdtl_check_count)

void	mdtl_ctx_set_limits(struct mdtl_ctx *, const struct mdtl_limit_opts *);
/*
 * What every command that reads articles takes: --data and --input-format
 * (each NULL when not given) and the limits.
 */
void	mdtl_ctx_set_inputs(struct mdtl_ctx *, const char *data,
	    const char *input_format, const struct mdtl_limit_opts *);
/* "16M", "512K", "1000": 0 and the value, or -1. */
int	mdtl_parse_size(const char *, size_t *);

/* The options of commands that only read articles (parse, actors). */
struct mdtl_input_opts {
	const char		*published, *data, *input_format;
	struct mdtl_limit_opts	 limits;
};

extern const struct mdtl_option mdtl_input_options[];

/*
 * The event filters of timeline and report: -a, -t, --since, --until, -g.
 * A command's option struct holds a struct mdtl_filter_opts named
 * member; MDTL_FILTER_OPTIONS(type, member) lists the options for it and
 * mdtl_filter_opts_apply() turns what was given into a filter (the lists
 * are borrowed; mdtl_filter_opts_release() frees them).
 */
struct mdtl_filter_opts {
	struct mdtl_strlist	 actors, types, greps;
	const char		*since, *until;
};

#define MDTL_FILTER_OPTIONS(st, m) \
	OPT_LIST('a', "actor", st, m.actors, "ACTOR", \
	    "keep events with this actor (any alias or title)", NULL), \
	OPT_LIST('t', "type", st, m.types, "TYPE", \
	    "keep events of this type (statement, warning, offer, summit, " \
	    "deadline)", mdtl_check_type), \
	OPT_STRING(0, "since", st, m.since, "DATE", \
	    "keep events that reach DATE or later", mdtl_check_date), \
	OPT_STRING(0, "until", st, m.until, "DATE", \
	    "keep events that start by DATE (the whole day, month, year)", \
	    mdtl_check_date), \
	OPT_LIST('g', "grep", st, m.greps, "TEXT", \
	    "keep events whose sentence, quote or actors hold TEXT", NULL)

void	mdtl_filter_opts_apply(const struct mdtl_filter_opts *,
	    struct mdtl_filter *);
void	mdtl_filter_opts_release(struct mdtl_filter_opts *);

/* Option checks shared by commands. */
const char	*mdtl_check_date(const char *);
const char	*mdtl_check_type(const char *);
const char	*mdtl_check_format(const char *);
const char	*mdtl_check_input_format(const char *);
const char	*mdtl_check_size(const char *);
const char	*mdtl_check_count(const char *);
/* --input-format, checked already; NULL leaves the format sniffed. */
void		 mdtl_ctx_set_input_format(struct mdtl_ctx *, const char *);

#endif

/*
 * pipeline.h: inputs to events, on any number of threads, in input order:
 * inputs -> sniff -> source -> article -> extract -> sink.
 */
#ifndef MDTL_PIPELINE_H
#define MDTL_PIPELINE_H

#include <stddef.h>

#include "mdtl/article.h"
#include "mdtl/buf.h"
#include "mdtl/diag.h"
#include "mdtl/io.h"
#include "mdtl/event.h"
#include "mdtl/lexicon.h"

/*
 * What one input may hold; what goes over is skipped with one message and
 * the rest goes on.  article: bytes of a file, or of a line of JSON Lines;
 * events: kept of one article; yaml_depth, xml_depth: the nesting of YAML
 * front matter and of XML elements.
 */
struct mdtl_limits {
	size_t	article, events, yaml_depth, xml_depth;
};

#define MDTL_MAX_EVENTS	10000

void	mdtl_limits_init(struct mdtl_limits *);
/*
 * --max-article-size SIZE (with K, M or G), --max-events N and --max-depth
 * N (both depths) as given, each NULL when not: 0, or -1 when one is not
 * a size or a count (the options have checked them already).
 */
int	mdtl_limits_set(struct mdtl_limits *, const char *article,
	    const char *events, const char *depth);
/* "16M", "512K", "1000": 0 and the value, or -1. */
int	mdtl_parse_size(const char *, size_t *);

/*
 * What is done with what the inputs hold, in two steps so that the first
 * runs on any thread:
 *  - article (any thread; it may read the sink's state, never change it)
 *    gets each article with its events (NULL and 0 when the pipeline does
 *    not extract), alive only for the call.  What it keeps it puts in the
 *    result of its batch of articles (*result, NULL for the first), owned
 *    by the sink, or appends as bytes to out; what it has to say of the
 *    article goes to the diag it is given;
 *  - on the calling thread, in input order, commit takes each batch's
 *    result over (may be NULL), and write gets each batch's bytes.
 * event_line (calling thread, NULL: none) gets each line of an input that
 * is JSON Lines of events (the output of `timeline -f jsonl`), which is
 * then not read as articles, less its trailing blanks, when some is left;
 * it may add a message about the line to diag.
 * flush (calling thread, NULL: none) is called when an input would make
 * the run wait, after everything read so far has been committed.  The
 * callbacks return 0, or -1 when the sink failed (the run goes on and
 * returns -1).
 */
struct mdtl_sink {
	void	 *arg;
	void	(*article)(void *arg, void **result, struct mdtl_article *,
		    struct mdtl_event *, size_t n, struct mdtl_buf *out,
		    struct mdtl_diag *);
	int	(*commit)(void *arg, void *result);
	int	(*write)(void *arg, const char *bytes, size_t len);
	int	(*event_line)(void *arg, const char *path, size_t lineno,
		    const char *line, size_t len, struct mdtl_diag *);
	int	(*flush)(void *arg);
};

/*
 * A run.  lex NULL: articles are read without the lexicon and not
 * extracted.  published stands in for the date of articles that give
 * none, and such articles are warned about when events are extracted.
 * jobs: threads that read and extract (1: the calling thread alone; one
 * input that is not JSON Lines is always read on the calling thread).
 * report, when set, is called on the calling thread each time messages
 * are ready in the run's diag, in the order of the inputs, so that they
 * can be shown at once (it takes them: mdtl_diag_clear).
 */
struct mdtl_pipeline {
	const struct mdtl_lexicon	*lex;
	struct mdtl_limits		 limits;
	const struct mdtl_date		*published;
	int				 input_format;	/* enum
							   mdtl_input_format */
	int				 bare;		/* mdtl_reader */
	int				 words;		/* events carry their
							   content words:
							   the sink merges */
	size_t				 jobs;
	struct mdtl_folder_filter	 folders;	/* which files of a
							   folder are read */
	char				 stdin_name[1024];/* "-" in paths,
							   when set */
	size_t				 stdin_line;	/* its first line's
							   number */
	void				(*report)(void *arg,
					    struct mdtl_diag *);
	void				*report_arg;
};

void	mdtl_pipeline_init(struct mdtl_pipeline *);
/*
 * Read every input (a file, a folder read recursively in name order, "-"
 * for standard input; each opened once) into the sink.  Returns 0, or -1
 * when some input could not be read or the sink failed; every message is
 * in diag (or was reported).
 */
int	mdtl_pipeline_run(const struct mdtl_pipeline *, char *const *inputs,
	    size_t ninputs, const struct mdtl_sink *, struct mdtl_diag *);

#endif

/* par.h: articles read and extracted on several threads, in input order. */
#ifndef MDTL_PAR_H
#define MDTL_PAR_H

#include "mdtl/buf.h"
#include "mdtl/cmd.h"

/*
 * What a command does with each article, split in two: work runs on any
 * thread, with a ctx of its own (its own diag; the lexicon shared, read
 * only) and must touch nothing else shared.  It gives either a result
 * (NULL: none) or bytes to write, appended to out.  On the calling thread,
 * in input order, commit takes each result over, and write is given the
 * bytes of a batch of articles at once, after its results: a command
 * gives one or the other.  out belongs to the run and is used again for
 * another batch: bytes, unlike results, are never freed on another thread.
 */
struct mdtl_par {
	void	*(*work)(struct mdtl_ctx *, struct mdtl_article *,
		    struct mdtl_event *, size_t, struct mdtl_buf *out,
		    void *arg);
	int	 (*commit)(struct mdtl_ctx *, void *result, void *arg);
	int	 (*write)(struct mdtl_ctx *, const char *bytes, size_t len,
		    void *arg);
};

/*
 * A run hands articles to jobs worker threads (0: does them on this
 * thread) and commits what they give in the order they were handed:
 * lines of JSON Lines (an article each) and whole files (fmt, an enum
 * mdtl_input_format other than JSON Lines).  The commits, the messages and
 * so the output are those of one thread, in the same order; anything the
 * caller says meanwhile must wait for mdtl_par_flush(), which commits all
 * that was handed out.  paths must live until mdtl_par_end(), which
 * flushes, stops the workers and returns MDTL_EXIT_OK, MDTL_EXIT_INPUT
 * when some input could not be read, or the last status a commit gave.
 */
struct mdtl_par_run;

struct mdtl_par_run *mdtl_par_start(struct mdtl_ctx *, const struct mdtl_par *,
	    size_t jobs, const struct mdtl_date *published, void *arg);
void	mdtl_par_line(struct mdtl_par_run *, const char *path, size_t lineno,
	    const char *line, size_t len);
void	mdtl_par_file(struct mdtl_par_run *, const char *path, int fmt);
void	mdtl_par_flush(struct mdtl_par_run *);
int	mdtl_par_end(struct mdtl_par_run *);

#endif

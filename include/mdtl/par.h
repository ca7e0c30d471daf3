/* par.h: the articles of a JSON Lines input on several threads, in order. */
#ifndef MDTL_PAR_H
#define MDTL_PAR_H

#include "mdtl/cmd.h"
#include "mdtl/io.h"

/*
 * What a command does with each article, split in two: work runs on any
 * thread, with a ctx of its own (its own diag; the lexicon shared, read
 * only) and must touch nothing else shared; it returns a result.  commit
 * runs on the calling thread, in input order, and takes the result over;
 * discard frees a result that is not committed.
 */
struct mdtl_par {
	void	*(*work)(struct mdtl_ctx *, struct mdtl_article *,
		    struct mdtl_event *, size_t, void *arg);
	int	 (*commit)(struct mdtl_ctx *, void *result, void *arg);
	void	 (*discard)(void *result);
};

/*
 * Read the rest of input line by line, each line an article, on jobs
 * worker threads (0: on this thread alone).  The commits, the messages and
 * so the output are those of one thread, in the same order.  Returns
 * MDTL_EXIT_OK, MDTL_EXIT_INPUT when the input failed, or the last status
 * a commit returned.
 */
int	mdtl_par_jsonl(struct mdtl_ctx *, const struct mdtl_par *, size_t jobs,
	    const char *path, struct mdtl_input *,
	    const struct mdtl_date *published, void *arg);

#endif

/*
 * par.h: batches of work done on worker threads and taken back in the
 * order they were handed out: the pipeline's articles (pipeline.c) and
 * merge's lines of records (cmd-merge.c).  Not part of the library's
 * interface.
 */
#ifndef MDTL_PAR_H
#define MDTL_PAR_H

#include <stddef.h>

#include "mdtl/buf.h"
#include "mdtl/diag.h"
#include "mdtl/json.h"

/*
 * An item of work: a line of JSON Lines (lineno from 1; its bytes in the
 * batch's text at off) or a whole file (lineno 0; its bytes in buf, owned
 * by the batch, and the format fmt).  path is the caller's and must live
 * until mdtl_par_end().
 */
struct mdtl_par_item {
	const char	*path;
	size_t		 lineno;
	int		 fmt;
	char		*buf;
	size_t		 off, len;
};

/*
 * A batch: items in, and what doing them gave out: messages, a result
 * (whatever the caller's run function makes of it), bytes, and whether
 * some input failed.  A batch taken back is used again, its buffers and
 * JSON parser kept.
 */
struct mdtl_par_batch {
	char			*text;		/* the lines, one after another */
	size_t			 len, cap;
	struct mdtl_par_item	*v;
	size_t			 n, alloc;
	size_t			 bytes;		/* of its lines and files */
	struct mdtl_json	 json;		/* for the thread that runs it */
	struct mdtl_diag	 diag;
	void			*result;
	struct mdtl_buf		 out;
	int			 failed;
	/* the queue's */
	int			 done;
	struct mdtl_par_batch	*next;
};

/*
 * run does a batch on a worker (or on the calling thread when there are
 * none) and may touch nothing shared but what it only reads; take gets
 * each batch back on the calling thread, in the order handed out, and
 * must leave it empty of results (it owns result and the bytes' meaning).
 */
struct mdtl_par_ops {
	void	 *arg;
	void	(*run)(void *arg, struct mdtl_par_batch *);
	void	(*take)(void *arg, struct mdtl_par_batch *);
};

struct mdtl_par;

/* jobs worker threads; 0: every batch is done on the calling thread. */
struct mdtl_par	*mdtl_par_start(const struct mdtl_par_ops *, size_t jobs);
/* Hand out a line (copied) or a file's bytes (taken over). */
void		 mdtl_par_line(struct mdtl_par *, const char *path,
		    size_t lineno, const char *line, size_t len);
void		 mdtl_par_file(struct mdtl_par *, const char *path, int fmt,
		    char *buf, size_t len);
/* Hand out the batch being filled and take back all that was handed out. */
void		 mdtl_par_flush(struct mdtl_par *);
/* Flush, stop the workers and free the run. */
void		 mdtl_par_end(struct mdtl_par *);

#endif

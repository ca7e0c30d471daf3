/* io.h: reading inputs and writing outputs safely. */
#ifndef MDTL_IO_H
#define MDTL_IO_H

#include <stdio.h>

#include "mdtl/diag.h"

/*
 * mdtl_read_file() reads a whole file ("-": standard input) into a new
 * NUL-terminated buffer the caller frees, refusing more than limit bytes;
 * on failure it reports "PATH: reason" and returns -1.
 *
 * mdtl_inputs_expand() appends path to the list, or, for a folder, every
 * regular file below it (hidden ones skipped) in name order; the strings
 * are the caller's (mdtl_inputs_free).  A missing path is reported and
 * gives -1; the other paths are still listed.
 *
 * mdtl_output_open() opens FILE for writing through a temporary file in
 * the same folder; mdtl_output_close() flushes, syncs and renames it into
 * place when ok is set, and removes it otherwise.  path NULL or "-" means
 * standard output; a path that is a device or a FIFO is written to
 * directly, never replaced.
 */
#define MDTL_MAX_INPUT	(16u << 20)

int	mdtl_read_file(const char *path, char **buf, size_t *len, size_t limit,
	    struct mdtl_diag *);

/*
 * An input read a piece at a time, so that JSON Lines of any length
 * stream in memory bounded by the longest line.  mdtl_input_open() opens
 * path ("-": standard input) and reads its first bytes, which
 * mdtl_input_peek() shows for sniffing; then either mdtl_input_line()
 * gives one line at a time (without its newline; a line longer than
 * limit is reported with its number and skipped) or mdtl_input_rest()
 * reads the whole input into a buffer the caller frees (refusing more
 * than limit bytes).  Both return 1, 0 at the end, -1 on an error that
 * was reported.  mdtl_input_open_idle() also calls idle(arg) each time a
 * read would wait for more bytes (a pipe, a terminal), so that output
 * held back meanwhile goes out first.
 */
struct mdtl_input {
	const char	*path;
	int		 fd, eof;
	size_t		 limit, lineno, start;
	char		*buf;
	size_t		 len, alloc;
	void		(*idle)(void *);
	void		*idle_arg;
};

int	mdtl_input_open(struct mdtl_input *, const char *path, size_t limit,
	    struct mdtl_diag *);
int	mdtl_input_open_idle(struct mdtl_input *, const char *path,
	    size_t limit, void (*idle)(void *), void *arg, struct mdtl_diag *);
void	mdtl_input_peek(const struct mdtl_input *, const char **, size_t *);
int	mdtl_input_line(struct mdtl_input *, const char **line, size_t *len,
	    struct mdtl_diag *);
int	mdtl_input_rest(struct mdtl_input *, char **buf, size_t *len,
	    struct mdtl_diag *);
void	mdtl_input_close(struct mdtl_input *);

struct mdtl_inputs {
	char	**v;
	size_t	  n, alloc;
};

int	mdtl_inputs_expand(struct mdtl_inputs *, const char *path,
	    struct mdtl_diag *);

/*
 * Which files found in a folder are read (a file named as an input always
 * is): those whose name matches one of globs (fnmatch, on the name in its
 * folder), or with no globs, those whose extension is an article's (.txt,
 * .html, .xml, .rss, .jsonl, .tml, ...) or, with another or none, whose
 * first bytes are text.  The others are skipped: a warning each, or with
 * quiet one line for all (those globs leave out, silently).
 */
struct mdtl_folder_filter {
	const char *const	*globs;
	size_t			 nglobs;
	int			 quiet;
	size_t			 skipped;	/* counted as it goes */
};

int	mdtl_inputs_expand_articles(struct mdtl_inputs *, const char *path,
	    struct mdtl_folder_filter *, struct mdtl_diag *);
void	mdtl_inputs_free(struct mdtl_inputs *);

struct mdtl_output {
	FILE	*fp;
	char	*path, *tmp;
	int	 direct;	/* a device or a FIFO: written in place */
};

/*
 * Open path for writing whole or not at all: a temporary file beside it,
 * renamed over it by a close that is ok, removed by one that is not and
 * by SIGHUP, SIGINT and SIGTERM.  It keeps the mode of the file it
 * replaces.  NULL or "-" is std, a device or a FIFO is written in place.
 */
int	mdtl_output_open(struct mdtl_output *, const char *path, FILE *std,
	    struct mdtl_diag *);
/*
 * Write a file whole or not at all (a temporary file beside it, renamed
 * over it), keeping the mode of one it replaces; from any thread, with no
 * signal handling.  0, or -1 reported.
 */
int	mdtl_write_whole(const char *path, const char *buf, size_t len,
	    struct mdtl_diag *);
/* 1 (reported) if path is a file that one of the inputs also names. */
int	mdtl_output_clobbers(const char *path, char *const *inputs, size_t n,
	    struct mdtl_diag *);
int	mdtl_output_close(struct mdtl_output *, int ok, struct mdtl_diag *);

#endif

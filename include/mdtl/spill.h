/* spill.h: merging more records than memory holds, through files. */
#ifndef MDTL_SPILL_H
#define MDTL_SPILL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "mdtl/buf.h"
#include "mdtl/event-json.h"
#include "mdtl/json.h"
#include "mdtl/timeline.h"

/*
 * Records too many for memory merge as sort(1) sorts: through temporary
 * files in $TMPDIR (unlinked as soon as they are made, so none is left
 * behind however the run ends), in parts that fit a budget, the parts'
 * sorted runs merged at the end.  What comes out is, byte for byte, what
 * mdtl_timeline_merge() and mdtl_timeline_sort(tl, 0) make of the same
 * records in memory.
 *
 * 1. Each record goes whole to one file, packed (event-pack.h: read back
 *    without a JSON parser), and each of its atoms, packed with its
 *    sentence's words (no more than the relation reads), to the part of
 *    each (type, year its date touches): two related atoms have a type
 *    and a year in common (merge.c), so every pair merging compares meets
 *    in some part.  Memory keeps the length of each record and its
 *    union-find link: 8 bytes.
 * 2. Part by part, what merging makes of the atoms unites their records.
 *    A part too large for the budget is split again by month, then by
 *    day, its pieces left for any worker; one of a single type, actor and
 *    day stays as large as it is.
 * 3. Records of whole components, as many as fit, are merged by the
 *    components phase 2 found (mdtl_timeline_merge_known()), filtered
 *    and sorted in memory, into one run each; the runs are read back
 *    together in the timeline's order.  Merging a set of atoms that holds
 *    every atom related to any of it gives that set's records of the
 *    whole (mdtl_timeline_components()).
 */
#define MDTL_SPILL_PARTS	128
#define MDTL_MAX_MEMORY		((size_t)32 << 20)

struct mdtl_spill_rec {
	uint32_t	len;		/* its packed bytes */
	uint32_t	parent;		/* union-find over records */
};

/*
 * A temporary file of merging and its stdio buffer, larger than stdio's
 * own page: every buffer written or read is a system call, and merging
 * 20 000 articles made 130 000 of them with pages of 4 KB.
 */
struct mdtl_spill_file {
	FILE	*f;
	char	*buf;
};

/* A part split off a larger one, waiting for a worker (spill.c). */
struct mdtl_spill_part {
	struct mdtl_spill_file	 f;
	int			 level;		/* what it is keyed by */
};

struct mdtl_spill {
	size_t			 budget;	/* bytes the records may hold */
	int			 explain;	/* keep the reasons */
	size_t			 jobs;		/* threads merging may use */
	struct mdtl_spill_file	 records;
	uint64_t		 bytes;		/* written to records */
	struct mdtl_spill_rec	*rec;
	size_t			 n, alloc;
	struct mdtl_spill_file	 part[MDTL_SPILL_PARTS];
	struct mdtl_buf		 b;
	int			 err;		/* errno of a failure, or 0 */
	/* merging, on up to jobs threads: err and the records' links, the
	   next part or run to take, and the bytes of runs in memory (a run
	   waits for room while another is in) */
	pthread_mutex_t		 lock;
	pthread_cond_t		 room;
	size_t			 next;
	uint64_t		 held;
	/* the parts split and not yet taken, the last first; the workers
	   at a task, and a sign that one finished or a part was split */
	struct mdtl_spill_part	*split;
	size_t			 nsplit, asplit;
	size_t			 busy;
	pthread_cond_t		 more;
};

/*
 * A file in $TMPDIR (else /tmp) no one else can reach, with no name, or
 * NULL and errno: made unnamed (O_TMPFILE) where the file system can, so
 * that a run killed at any moment leaves nothing behind; else, or when
 * named, made with a name and unlinked at once (a kill between the two
 * leaves it).  Every temporary file of merging is one of these.
 */
FILE	*mdtl_spill_temp(int named);
/*
 * One of those into f, with a buffer of its own, sized for one of
 * together files open at once: 0, or -1 and errno.
 */
int	mdtl_spill_open(struct mdtl_spill_file *f, size_t together);
/* f closed, its buffer freed; nothing when it was not open. */
void	mdtl_spill_close(struct mdtl_spill_file *f);

/*
 * Ready to take records, merging within budget bytes on up to jobs
 * threads; 0, or -1 with errno when $TMPDIR (or /tmp) takes no file.
 */
int	mdtl_spill_init(struct mdtl_spill *, size_t budget, int explain,
	    size_t jobs);
/* tl's records out to the files; tl is left empty.  0, or -1 (errno). */
int	mdtl_spill_add(struct mdtl_spill *, struct mdtl_timeline *tl);
/*
 * What a command holding events does after each batch: nothing while
 * tl's events hold less than half of budget bytes; then sp is made (with
 * explain and tl's jobs), *spilled set, and tl's events, and every batch
 * after, go to it.  0, or -1 with errno.
 */
int	mdtl_spill_some(struct mdtl_spill *sp, int *spilled,
	    struct mdtl_timeline *tl, size_t budget, int explain);

/*
 * Each record of the merge that passes filter (when not NULL), in order,
 * to out with its JSON line (no newline; with the reasons when explain
 * was asked): a return other than 0 stops.  0, -1 on an error (errno),
 * or what out returned.
 */
typedef int (*mdtl_spill_out)(void *arg, const struct mdtl_event *,
    const char *line, size_t len);

int	mdtl_spill_merge(struct mdtl_spill *, const struct mdtl_filter *,
	    const struct mdtl_lexicon *, mdtl_spill_out out, void *arg);
void	mdtl_spill_release(struct mdtl_spill *);

#endif

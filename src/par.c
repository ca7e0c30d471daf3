/* par.c: batches of work done on worker threads, taken back in order. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/xalloc.h"
#include "par.h"

/*
 * The calling thread fills batches with items and hands them out; workers
 * take batches from a queue and run them; the calling thread takes them
 * back in the order it made them.  At most MAX_AHEAD batches per worker
 * are out at a time, so memory stays bounded whatever the input's length.
 * A batch taken back is kept for another, buffers and all.
 */
#define BATCH_ITEMS	64
#define BATCH_BYTES	(1024 * 1024)
#define BATCH_BYTES_HERE (64 * 1024)	/* with no worker */
#define MAX_AHEAD	2

struct mdtl_par {
	pthread_mutex_t			 mu;
	pthread_cond_t			 work, done;
	struct mdtl_par_batch		*head, *tail;	/* for a worker */
	int				 quit;
	const struct mdtl_par_ops	*ops;
	pthread_t			*th;
	size_t				 nth;
	/* the batches handed out, in order: a ring of ahead slots */
	struct mdtl_par_batch		**out, *cur;
	size_t				 ahead, first, nout;
	struct mdtl_par_batch		*spare;		/* to use again */
};

static struct mdtl_par_batch *
batch_new(struct mdtl_par *p)
{
	struct mdtl_par_batch *b = p->spare;

	if (b == NULL) {
		b = mdtl_xcalloc(1, sizeof *b);
		mdtl_buf_init(&b->out);
		mdtl_json_init(&b->json);
	} else {
		p->spare = b->next;
		b->len = b->n = b->bytes = 0;
		b->failed = b->done = 0;
		b->result = NULL;
		b->next = NULL;
		mdtl_buf_reset(&b->out);
	}
	mdtl_diag_init(&b->diag);
	return b;
}

static struct mdtl_par_item *
batch_item(struct mdtl_par_batch *b)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? b->alloc * 2 : BATCH_ITEMS;
		b->v = mdtl_xrealloc(b->v, b->alloc * sizeof *b->v);
	}
	memset(&b->v[b->n], 0, sizeof b->v[b->n]);
	return &b->v[b->n++];
}

/* A batch taken back: its files' bytes go, the rest is kept. */
static void
batch_spare(struct mdtl_par *p, struct mdtl_par_batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		free(b->v[i].buf);
	mdtl_diag_release(&b->diag);
	b->next = p->spare;
	p->spare = b;
}

static void
batch_free(struct mdtl_par_batch *b)
{
	mdtl_json_release(&b->json);
	mdtl_buf_release(&b->out);
	free(b->text);
	free(b->v);
	free(b);
}

static void *
worker(void *arg)
{
	struct mdtl_par *p = arg;
	struct mdtl_par_batch *b;

	for (;;) {
		pthread_mutex_lock(&p->mu);
		while (p->head == NULL && !p->quit)
			pthread_cond_wait(&p->work, &p->mu);
		if ((b = p->head) == NULL) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		if ((p->head = b->next) == NULL)
			p->tail = NULL;
		pthread_mutex_unlock(&p->mu);
		p->ops->run(p->ops->arg, b);
		pthread_mutex_lock(&p->mu);
		b->done = 1;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
}

static int
is_done(struct mdtl_par *p, struct mdtl_par_batch *b)
{
	int d;

	pthread_mutex_lock(&p->mu);
	d = b->done;
	pthread_mutex_unlock(&p->mu);
	return d;
}

/* Take back the first batch out, once it is done. */
static void
take_first(struct mdtl_par *p)
{
	struct mdtl_par_batch *b = p->out[p->first];

	pthread_mutex_lock(&p->mu);
	while (!b->done)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
	p->first = (p->first + 1) % p->ahead;
	p->nout--;
	p->ops->take(p->ops->arg, b);
	batch_spare(p, b);
}

/* Hand the batch being filled to the workers (or do it here, alone). */
static void
submit(struct mdtl_par *p)
{
	struct mdtl_par_batch *b = p->cur;

	if (b == NULL)
		return;
	p->cur = NULL;
	if (p->nout == p->ahead)	/* too far ahead: wait */
		take_first(p);
	p->out[(p->first + p->nout++) % p->ahead] = b;
	if (p->nth == 0) {
		p->ops->run(p->ops->arg, b);
		b->done = 1;
	} else {
		b->next = NULL;
		pthread_mutex_lock(&p->mu);
		if (p->tail != NULL)
			p->tail->next = b;
		else
			p->head = b;
		p->tail = b;
		pthread_cond_signal(&p->work);
		pthread_mutex_unlock(&p->mu);
	}
	/* what is done already goes back now */
	while (p->nout > 0 && is_done(p, p->out[p->first]))
		take_first(p);
}

static struct mdtl_par_batch *
current(struct mdtl_par *p)
{
	if (p->cur == NULL)
		p->cur = batch_new(p);
	return p->cur;
}

/*
 * A full batch goes to the workers; with none, a batch is done while its
 * bytes are still in the cache.
 */
static void
maybe_submit(struct mdtl_par *p)
{
	if (p->cur->n == BATCH_ITEMS || p->cur->bytes >= (p->nth ?
	    BATCH_BYTES : BATCH_BYTES_HERE))
		submit(p);
}

struct mdtl_par *
mdtl_par_start(const struct mdtl_par_ops *ops, size_t jobs)
{
	struct mdtl_par *p = mdtl_xcalloc(1, sizeof *p);
	size_t i;

	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	p->ops = ops;
	p->th = mdtl_xcalloc(jobs ? jobs : 1, sizeof *p->th);
	for (i = 0; i < jobs; i++)
		if (pthread_create(&p->th[p->nth], NULL, worker, p) == 0)
			p->nth++;
	p->ahead = MAX_AHEAD * (p->nth ? p->nth : 1);
	p->out = mdtl_xcalloc(p->ahead, sizeof *p->out);
	return p;
}

void
mdtl_par_line(struct mdtl_par *p, const char *path, size_t lineno,
    const char *line, size_t len)
{
	struct mdtl_par_batch *b = current(p);
	struct mdtl_par_item *it;

	if (b->cap - b->len < len) {
		while (b->cap - b->len < len)
			b->cap = b->cap ? b->cap * 2 : BATCH_BYTES;
		b->text = mdtl_xrealloc(b->text, b->cap);
	}
	it = batch_item(b);
	it->path = path;
	it->lineno = lineno ? lineno : 1;
	it->off = b->len;
	it->len = len;
	memcpy(b->text + b->len, line, len);
	b->len += len;
	b->bytes += len;
	maybe_submit(p);
}

void
mdtl_par_file(struct mdtl_par *p, const char *path, int fmt, char *buf,
    size_t len)
{
	struct mdtl_par_batch *b = current(p);
	struct mdtl_par_item *it = batch_item(b);

	it->path = path;
	it->fmt = fmt;
	it->buf = buf;
	it->len = len;
	b->bytes += len;
	maybe_submit(p);
}

void
mdtl_par_flush(struct mdtl_par *p)
{
	submit(p);
	while (p->nout > 0)
		take_first(p);
}

void
mdtl_par_end(struct mdtl_par *p)
{
	size_t i;

	mdtl_par_flush(p);
	pthread_mutex_lock(&p->mu);
	p->quit = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (i = 0; i < p->nth; i++)
		pthread_join(p->th[i], NULL);
	while (p->spare != NULL) {
		struct mdtl_par_batch *b = p->spare;

		p->spare = b->next;
		batch_free(b);
	}
	free(p->th);
	free(p->out);
	pthread_cond_destroy(&p->done);
	pthread_cond_destroy(&p->work);
	pthread_mutex_destroy(&p->mu);
	free(p);
}

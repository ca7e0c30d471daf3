/* par.c: articles read and extracted on several threads, in input order. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>


#include "mdtl/article.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/par.h"
#include "mdtl/source.h"
#include "mdtl/xalloc.h"
#include "mdtl/xml.h"

/*
 * The reading thread hands out batches of work: lines of JSON Lines (one
 * article each) and whole files.  Workers take batches from a queue, read
 * and extract each article and hand it to the command's work function;
 * the reading thread commits batches in the order it made them.  At most
 * MAX_AHEAD batches per worker are out at a time, so memory stays bounded
 * whatever the input's length.  A committed batch is kept for another,
 * buffers and all.
 */
#define BATCH_ITEMS	64
#define BATCH_BYTES	(1024 * 1024)
#define MAX_AHEAD	2

struct item {
	const char	*path;		/* the caller's, alive until the end */
	size_t		 lineno;	/* 0: the whole file */
	int		 fmt;		/* of a file */
	size_t		 off, len;	/* of a line, in the batch's text */
};

struct batch {
	char		*text;		/* the lines, one after another */
	size_t		 len, cap;
	struct item	*v;
	size_t		 n, alloc;
	/* filled by a worker */
	struct mdtl_diag diag;
	void		**res;
	size_t		 nres, ares;
	struct mdtl_buf	 out;		/* bytes to write */
	int		 failed;	/* an input could not be read */
	int		 done;
	struct batch	*next;		/* in the queue */
};

struct mdtl_par_run {
	pthread_mutex_t		 mu;
	pthread_cond_t		 work, done;
	struct batch		*head, *tail;	/* waiting for a worker */
	int			 quit;
	struct mdtl_ctx		*ctx;
	struct mdtl_ctx		 base;	/* ctx as workers see it: no diag */
	const struct mdtl_par	*fns;
	const struct mdtl_date	*published;
	void			*arg;
	pthread_t		*th;
	size_t			 nth;
	/* the batches handed out, in order: a ring of ahead slots */
	struct batch		**out, *cur;
	size_t			 ahead, first, nout;
	struct batch		*spare;		/* committed, to use again */
	int			 status;
};

struct worker_article {
	struct mdtl_par_run	*p;
	struct mdtl_ctx		*wctx;
	struct batch		*b;
};

static struct batch *
batch_new(struct mdtl_par_run *p)
{
	struct batch *b = p->spare;

	if (b == NULL) {
		b = mdtl_xcalloc(1, sizeof *b);
		mdtl_buf_init(&b->out);
	} else {
		p->spare = b->next;
		b->len = b->n = b->nres = 0;
		b->failed = b->done = 0;
		b->next = NULL;
		mdtl_buf_reset(&b->out);
	}
	mdtl_diag_init(&b->diag);
	return b;
}

static struct item *
batch_item(struct batch *b)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? b->alloc * 2 : BATCH_ITEMS;
		b->v = mdtl_xrealloc(b->v, b->alloc * sizeof *b->v);
	}
	memset(&b->v[b->n], 0, sizeof b->v[b->n]);
	return &b->v[b->n++];
}

/* (its results have all been committed: commit took them over) */
static void
batch_free(struct batch *b)
{
	free(b->res);
	mdtl_diag_release(&b->diag);
	mdtl_buf_release(&b->out);
	free(b->text);
	free(b->v);
	free(b);
}

/* A committed batch, kept for the next one. */
static void
batch_spare(struct mdtl_par_run *p, struct batch *b)
{
	mdtl_diag_release(&b->diag);
	b->next = p->spare;
	p->spare = b;
}

/* One article, on a worker: what each_article does, into the batch. */
static int
worker_article(struct mdtl_article *art, void *arg)
{
	struct worker_article *w = arg;
	struct mdtl_event *ev = NULL;
	size_t nev, aev = 0;
	void *r;

	nev = mdtl_ctx_extract(w->wctx, art, &ev, &aev);
	r = w->p->fns->work(w->wctx, art, ev, nev, &w->b->out, w->p->arg);
	mdtl_article_free(art);
	if (r == NULL)
		return 0;
	if (w->b->nres == w->b->ares) {
		w->b->ares = w->b->ares ? w->b->ares * 2 : BATCH_ITEMS;
		w->b->res = mdtl_xrealloc(w->b->res, w->b->ares *
		    sizeof *w->b->res);
	}
	w->b->res[w->b->nres++] = r;
	return 0;
}

/* A whole file, read as the reading thread would read it: 0, or -1. */
static int
read_file(struct mdtl_par_run *p, struct worker_article *w,
    const struct item *it)
{
	struct mdtl_input input;
	char *buf;
	size_t len;
	int r = -1;

	if (mdtl_input_open(&input, it->path, w->wctx->max_article,
	    &w->wctx->diag) < 0)
		return -1;
	if (mdtl_input_rest(&input, &buf, &len, &w->wctx->diag) >= 0) {
		if (mdtl_source_read(it->path, buf, len, it->fmt, p->published,
		    p->ctx->lex, &w->wctx->diag, worker_article, w) >= 0)
			r = 0;
		free(buf);
	}
	mdtl_input_close(&input);
	return r;
}

static void
run_batch(struct mdtl_par_run *p, struct batch *b)
{
	struct mdtl_ctx wctx = p->base;
	struct worker_article w;
	size_t i;

	w.p = p;
	w.wctx = &wctx;
	w.b = b;
	for (i = 0; i < b->n; i++) {
		const struct item *it = &b->v[i];

		/* (worker_article never fails: a line gives 1 or 0) */
		if (it->lineno == 0 && read_file(p, &w, it) < 0)
			b->failed = 1;
		else if (it->lineno != 0)
			mdtl_source_read_jsonl_line(it->path, it->lineno,
			    b->text + it->off, it->len, p->published,
			    p->ctx->lex, &wctx.diag, worker_article, &w);
	}
	b->diag = wctx.diag;
}

static void *
worker(void *arg)
{
	struct mdtl_par_run *p = arg;
	struct batch *b;

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
		run_batch(p, b);
		pthread_mutex_lock(&p->mu);
		b->done = 1;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
}

static int
is_done(struct mdtl_par_run *p, struct batch *b)
{
	int d;

	pthread_mutex_lock(&p->mu);
	d = b->done;
	pthread_mutex_unlock(&p->mu);
	return d;
}

/* Commit the first batch out, once it is done. */
static void
commit_first(struct mdtl_par_run *p)
{
	struct batch *b = p->out[p->first];
	size_t i;
	int r;

	pthread_mutex_lock(&p->mu);
	while (!b->done)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
	p->first = (p->first + 1) % p->ahead;
	p->nout--;
	if (b->failed || b->diag.errors)
		p->status = MDTL_EXIT_INPUT;
	mdtl_diag_take(&p->ctx->diag, &b->diag);
	mdtl_ctx_report(p->ctx);
	for (i = 0; i < b->nres; i++)
		if ((r = p->fns->commit(p->ctx, b->res[i], p->arg)) !=
		    MDTL_EXIT_OK)
			p->status = r;
	if (b->out.len > 0 && (r = p->fns->write(p->ctx, b->out.buf,
	    b->out.len, p->arg)) != MDTL_EXIT_OK)
		p->status = r;
	batch_spare(p, b);
}

/* Hand the batch being filled to the workers (or do it here, alone). */
static void
submit(struct mdtl_par_run *p)
{
	struct batch *b = p->cur;

	if (b == NULL)
		return;
	p->cur = NULL;
	if (p->nout == p->ahead)	/* too far ahead: wait */
		commit_first(p);
	p->out[(p->first + p->nout++) % p->ahead] = b;
	if (p->nth == 0) {
		run_batch(p, b);
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
	/* what is done already goes out now */
	while (p->nout > 0 && is_done(p, p->out[p->first]))
		commit_first(p);
}

static struct batch *
current(struct mdtl_par_run *p)
{
	if (p->cur == NULL)
		p->cur = batch_new(p);
	return p->cur;
}

static void
maybe_submit(struct mdtl_par_run *p)
{
	if (p->cur->n == BATCH_ITEMS || p->cur->len >= BATCH_BYTES)
		submit(p);
}

struct mdtl_par_run *
mdtl_par_start(struct mdtl_ctx *ctx, const struct mdtl_par *fns, size_t jobs,
    const struct mdtl_date *published, void *arg)
{
	struct mdtl_par_run *p = mdtl_xcalloc(1, sizeof *p);
	size_t i;

	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	p->ctx = ctx;
	p->base = *ctx;
	mdtl_diag_init(&p->base.diag);
	p->fns = fns;
	p->published = published;
	p->arg = arg;
	p->status = MDTL_EXIT_OK;
	/* libraries that set themselves up on first use: before the threads */
	mdtl_json_init();
	mdtl_xml_init();
	p->th = mdtl_xcalloc(jobs ? jobs : 1, sizeof *p->th);
	for (i = 0; i < jobs; i++)
		if (pthread_create(&p->th[p->nth], NULL, worker, p) == 0)
			p->nth++;
	p->ahead = MAX_AHEAD * (p->nth ? p->nth : 1);
	p->out = mdtl_xcalloc(p->ahead, sizeof *p->out);
	return p;
}

void
mdtl_par_line(struct mdtl_par_run *p, const char *path, size_t lineno,
    const char *line, size_t len)
{
	struct batch *b = current(p);
	struct item *it;

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
	maybe_submit(p);
}

void
mdtl_par_file(struct mdtl_par_run *p, const char *path, int fmt)
{
	struct item *it = batch_item(current(p));

	it->path = path;
	it->fmt = fmt;
	maybe_submit(p);
}

void
mdtl_par_flush(struct mdtl_par_run *p)
{
	submit(p);
	while (p->nout > 0)
		commit_first(p);
}

int
mdtl_par_end(struct mdtl_par_run *p)
{
	size_t i;
	int status;

	mdtl_par_flush(p);
	pthread_mutex_lock(&p->mu);
	p->quit = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (i = 0; i < p->nth; i++)
		pthread_join(p->th[i], NULL);
	while (p->spare != NULL) {
		struct batch *b = p->spare;

		p->spare = b->next;
		batch_free(b);
	}
	free(p->th);
	free(p->out);
	pthread_cond_destroy(&p->done);
	pthread_cond_destroy(&p->work);
	pthread_mutex_destroy(&p->mu);
	status = p->status;
	free(p);
	return status;
}

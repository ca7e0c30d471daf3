/* par.c: the articles of a JSON Lines input on several threads, in order. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mdtl/article.h"
#include "mdtl/par.h"
#include "mdtl/source.h"
#include "mdtl/xalloc.h"
#include "mdtl/xml.h"

/*
 * The reading thread cuts the input into batches of lines; workers take
 * batches from a queue, read and extract each article and hand it to the
 * command's work function; the reading thread commits batches in the order
 * it read them.  At most MAX_AHEAD batches per worker are out at a time,
 * so memory stays bounded whatever the input's length.
 */
#define BATCH_LINES	64
#define BATCH_BYTES	(1024 * 1024)
#define MAX_AHEAD	2

struct batch {
	char		*text;		/* the lines, one after another */
	size_t		 len, cap;
	size_t		*off, *lens, *linenos;
	size_t		 n, alloc;
	/* filled by a worker */
	struct mdtl_diag diag;
	void		**res;
	size_t		 nres, ares;
	int		 stop;		/* a line's work failed: none after */
	int		 done;
	struct batch	*next;		/* in the queue, then in the list */
};

struct par {
	pthread_mutex_t		 mu;
	pthread_cond_t		 work, done;
	struct batch		*head, *tail;	/* waiting for a worker */
	int			 quit;
	struct mdtl_ctx		*ctx;
	struct mdtl_ctx		 base;	/* ctx as workers see it: no diag */
	const struct mdtl_par	*fns;
	const char		*path;
	const struct mdtl_date	*published;
	void			*arg;
};

struct worker_article {
	struct par	*p;
	struct mdtl_ctx	*wctx;
	struct batch	*b;
};

static struct batch *
batch_new(void)
{
	struct batch *b = mdtl_xcalloc(1, sizeof *b);

	mdtl_diag_init(&b->diag);
	return b;
}

static void
batch_add(struct batch *b, const char *line, size_t len, size_t lineno)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? b->alloc * 2 : BATCH_LINES;
		b->off = mdtl_xrealloc(b->off, b->alloc * sizeof *b->off);
		b->lens = mdtl_xrealloc(b->lens, b->alloc * sizeof *b->lens);
		b->linenos = mdtl_xrealloc(b->linenos, b->alloc *
		    sizeof *b->linenos);
	}
	if (b->cap - b->len < len) {
		while (b->cap - b->len < len)
			b->cap = b->cap ? b->cap * 2 : BATCH_BYTES;
		b->text = mdtl_xrealloc(b->text, b->cap);
	}
	memcpy(b->text + b->len, line, len);
	b->off[b->n] = b->len;
	b->lens[b->n] = len;
	b->linenos[b->n++] = lineno;
	b->len += len;
}

static void
batch_free(struct batch *b, const struct mdtl_par *fns)
{
	size_t i;

	for (i = 0; i < b->nres; i++)
		fns->discard(b->res[i]);
	free(b->res);
	mdtl_diag_release(&b->diag);
	free(b->text);
	free(b->off);
	free(b->lens);
	free(b->linenos);
	free(b);
}

/* One article, on a worker: what each_article does, into the batch. */
static int
worker_article(struct mdtl_article *art, void *arg)
{
	struct worker_article *w = arg;
	struct mdtl_event *ev = NULL;
	size_t nev = 0, aev = 0;
	void *r;

	nev = mdtl_ctx_extract(w->wctx, art, &ev, &aev);
	r = w->p->fns->work(w->wctx, art, ev, nev, w->p->arg);
	mdtl_article_free(art);
	if (w->b->nres == w->b->ares) {
		w->b->ares = w->b->ares ? w->b->ares * 2 : BATCH_LINES;
		w->b->res = mdtl_xrealloc(w->b->res, w->b->ares *
		    sizeof *w->b->res);
	}
	w->b->res[w->b->nres++] = r;
	return 0;
}

static void
run_batch(struct par *p, struct batch *b)
{
	struct mdtl_ctx wctx = p->base;
	struct worker_article w;
	size_t i;

	w.p = p;
	w.wctx = &wctx;
	w.b = b;
	for (i = 0; i < b->n; i++)
		if (mdtl_source_read_jsonl_line(p->path, b->linenos[i],
		    b->text + b->off[i], b->lens[i], p->published, p->ctx->lex,
		    &wctx.diag, worker_article, &w) < 0) {
			b->stop = 1;
			break;
		}
	b->diag = wctx.diag;
}

static void *
worker(void *arg)
{
	struct par *p = arg;
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

/* What committing has come to: stopped after a failed line, a status. */
struct commit {
	int	stopped;
	int	status;
};

/* Commit a batch, once it is done; after a stop, drop it. */
static void
commit(struct par *p, struct batch *b, struct commit *c)
{
	size_t i;
	int r;

	pthread_mutex_lock(&p->mu);
	while (!b->done)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
	if (!c->stopped) {
		for (i = 0; i < b->diag.n; i++) {
			const struct mdtl_diag_entry *e = &b->diag.v[i];

			mdtl_diag_add(&p->ctx->diag, e->level, e->path, e->line,
			    e->col, "%s", e->msg);
		}
		mdtl_ctx_report(p->ctx);
		for (i = 0; i < b->nres; i++) {
			r = p->fns->commit(p->ctx, b->res[i], p->arg);
			b->res[i] = NULL;
			if (r != MDTL_EXIT_OK)
				c->status = r;
		}
		b->nres = 0;
		if (b->stop)
			c->stopped = 1;
	}
	batch_free(b, p->fns);
}

static int
is_done(struct par *p, struct batch *b)
{
	int d;

	pthread_mutex_lock(&p->mu);
	d = b->done;
	pthread_mutex_unlock(&p->mu);
	return d;
}

static void
submit(struct par *p, struct batch *b)
{
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

int
mdtl_par_jsonl(struct mdtl_ctx *ctx, const struct mdtl_par *fns,
    size_t jobs, const char *path, struct mdtl_input *input,
    const struct mdtl_date *published, void *arg)
{
	struct par p;
	struct commit c = { 0, MDTL_EXIT_OK };
	struct batch *b = NULL, **out;
	pthread_t *th;
	size_t nth = 0, i, ahead, first = 0, nout = 0, len;
	const char *line;
	int r;

	memset(&p, 0, sizeof p);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	p.ctx = ctx;
	p.base = *ctx;
	mdtl_diag_init(&p.base.diag);
	p.fns = fns;
	p.path = path;
	p.published = published;
	p.arg = arg;
	/* libraries that set themselves up on first use: before the threads */
	json_object_seed(0);
	mdtl_xml_init();
	th = mdtl_xcalloc(jobs, sizeof *th);
	for (i = 0; i < jobs; i++)
		if (pthread_create(&th[nth], NULL, worker, &p) == 0)
			nth++;
	/* the batches handed out, in input order: a ring of ahead slots */
	ahead = MAX_AHEAD * (nth ? nth : 1);
	out = mdtl_xcalloc(ahead, sizeof *out);
	do {
		r = mdtl_input_line(input, &line, &len, &ctx->diag);
		if (r > 0) {
			if (b == NULL)
				b = batch_new();
			batch_add(b, line, len, input->lineno);
		}
		if (b != NULL && (r <= 0 || b->n == BATCH_LINES ||
		    b->len >= BATCH_BYTES)) {
			if (nout == ahead) {	/* too far ahead: wait */
				commit(&p, out[first], &c);
				first = (first + 1) % ahead;
				nout--;
			}
			out[(first + nout++) % ahead] = b;
			if (nth == 0) {
				run_batch(&p, b);
				b->done = 1;
			} else
				submit(&p, b);
			b = NULL;
		}
		/* what is done already goes out now */
		while (nout > 0 && is_done(&p, out[first]) && !c.stopped) {
			commit(&p, out[first], &c);
			first = (first + 1) % ahead;
			nout--;
		}
	} while (r > 0 && !c.stopped);
	/* the rest, in order; after a stop only dropped */
	while (nout > 0) {
		commit(&p, out[first], &c);
		first = (first + 1) % ahead;
		nout--;
	}
	if (b != NULL)
		batch_free(b, fns);
	pthread_mutex_lock(&p.mu);
	p.quit = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
	free(th);
	free(out);
	pthread_cond_destroy(&p.done);
	pthread_cond_destroy(&p.work);
	pthread_mutex_destroy(&p.mu);
	if (r < 0)
		return MDTL_EXIT_INPUT;
	return c.status;
}

/*
 * pipeline.c: inputs to events, on any number of threads, in input order:
 * inputs -> sniff -> source -> article -> extract -> sink.
 */
#include <stdlib.h>
#include <string.h>

#include "mdtl/extract.h"
#include "mdtl/io.h"
#include "mdtl/json.h"
#include "mdtl/pipeline.h"
#include "mdtl/source.h"
#include "mdtl/xalloc.h"
#include "mdtl/xml.h"
#include "mdtl/yamltree.h"
#include "par.h"

/*
 * The calling thread opens each input once, tells its format from its
 * first bytes, and hands its work to par: each line of JSON Lines of
 * articles, or the whole of any other input, read here.  Batches of that
 * work are read and extracted on the workers (or here, when there are
 * none), and their articles' events go to the sink there; their results,
 * bytes and messages come back here in input order.  An input of JSON
 * Lines of events is read here, line by line, once all before it is back.
 */

void
mdtl_limits_init(struct mdtl_limits *l)
{
	l->article = MDTL_MAX_INPUT;
	l->events = MDTL_MAX_EVENTS;
	l->yaml_depth = MDTL_YAML_MAX_DEPTH;
	l->xml_depth = MDTL_XML_MAX_DEPTH;
}

int
mdtl_parse_size(const char *s, size_t *v)
{
	unsigned long long n = 0, mult = 1;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (n > (1ULL << 40))
			return -1;
		n = n * 10 + (unsigned)(*p - '0');
	}
	switch (*p) {
	case 'k': case 'K':
		mult = 1ULL << 10;
		p++;
		break;
	case 'm': case 'M':
		mult = 1ULL << 20;
		p++;
		break;
	case 'g': case 'G':
		mult = 1ULL << 30;
		p++;
		break;
	}
	if (*p != '\0' || n == 0 || n > (1ULL << 40) / mult)
		return -1;
	*v = (size_t)(n * mult);
	return 0;
}

int
mdtl_limits_set(struct mdtl_limits *l, const char *article,
    const char *events, const char *depth)
{
	size_t d;

	if (article != NULL && mdtl_parse_size(article, &l->article) < 0)
		return -1;
	if (events != NULL && mdtl_parse_size(events, &l->events) < 0)
		return -1;
	if (depth != NULL) {
		if (mdtl_parse_size(depth, &d) < 0)
			return -1;
		l->yaml_depth = d;
		l->xml_depth = d;
	}
	return 0;
}

void
mdtl_pipeline_init(struct mdtl_pipeline *p)
{
	memset(p, 0, sizeof *p);
	mdtl_limits_init(&p->limits);
	p->input_format = MDTL_INPUT_AUTO;
	p->jobs = 1;
}

/* A run: the pipeline, the sink and what the calling thread keeps. */
struct run {
	const struct mdtl_pipeline	*p;
	const struct mdtl_sink		*sink;
	struct mdtl_diag		*diag;	/* the run's, in input order */
	struct mdtl_diag		 said;	/* this thread's, meanwhile */
	struct mdtl_par			*par;
	struct mdtl_par_ops		 ops;
	int				 failed;
};

/* One batch's work: what a worker knows of it. */
struct work {
	const struct run	*r;
	struct mdtl_par_batch	*b;
};

static void
report(struct run *r)
{
	if (r->p->report != NULL && r->diag->n > 0)
		r->p->report(r->p->report_arg, r->diag);
}

/* An article read, on any thread: its events, to the sink. */
static int
on_article(struct mdtl_article *art, void *arg)
{
	struct work *w = arg;
	const struct mdtl_pipeline *p = w->r->p;
	struct mdtl_event *ev = NULL;
	size_t nev = 0, aev = 0;

	if (p->lex != NULL) {
		if (art->published.gran == MDTL_GRAN_NONE)
			mdtl_diag_add(&w->b->diag, MDTL_DIAG_WARNING, art->path,
			    0, 0, "no publication date: relative dates stay "
			    "unresolved (give --published DATE)");
		mdtl_extract(art, p->lex, p->words ? MDTL_EXTRACT_WORDS : 0,
		    &ev, &nev, &aev);
		if (nev > p->limits.events) {
			mdtl_diag_add(&w->b->diag, MDTL_DIAG_WARNING, art->path,
			    0, 0, "%zu events, more than the limit of %zu: "
			    "the rest skipped", nev, p->limits.events);
			nev = p->limits.events;
		}
	}
	w->r->sink->article(w->r->sink->arg, &w->b->result, art, ev, nev,
	    &w->b->out, &w->b->diag);
	mdtl_article_free(art);
	return 0;
}

/* A batch, on a worker: read each item and extract its articles. */
static void
run_batch(void *arg, struct mdtl_par_batch *b)
{
	const struct run *r = arg;
	const struct mdtl_pipeline *p = r->p;
	struct mdtl_reader rd;
	struct work w;
	size_t i;

	rd.lex = p->lex;
	rd.published = p->published;
	rd.yaml_depth = p->limits.yaml_depth;
	rd.xml_depth = p->limits.xml_depth;
	rd.bare = p->bare;
	rd.json = &b->json;
	rd.diag = &b->diag;
	w.r = r;
	w.b = b;
	for (i = 0; i < b->n; i++) {
		const struct mdtl_par_item *it = &b->v[i];

		/* (on_article never fails: a line gives 1 or 0) */
		if (it->lineno != 0)
			mdtl_source_read_jsonl_line(&rd, it->path, it->lineno,
			    b->text + it->off, it->len, on_article, &w);
		else if (mdtl_source_read(&rd, it->path, it->buf, it->len,
		    (enum mdtl_input_format)it->fmt, on_article, &w) < 0)
			b->failed = 1;
	}
}

/* A batch back on this thread, in order: messages, result, bytes. */
static void
take_batch(void *arg, struct mdtl_par_batch *b)
{
	struct run *r = arg;
	const struct mdtl_sink *s = r->sink;

	if (b->failed)
		r->failed = 1;
	mdtl_diag_take(r->diag, &b->diag);
	report(r);
	if (s->commit != NULL && b->result != NULL &&
	    s->commit(s->arg, b->result) < 0)
		r->failed = 1;
	b->result = NULL;
	if (b->out.len > 0 && s->write != NULL &&
	    s->write(s->arg, b->out.buf, b->out.len) < 0)
		r->failed = 1;
}

/*
 * What this thread has to say: after all it has handed out, so that the
 * messages keep the order of the inputs.
 */
static void
say(struct run *r)
{
	if (r->said.n == 0)
		return;
	if (r->par != NULL)
		mdtl_par_flush(r->par);
	mdtl_diag_take(r->diag, &r->said);
	report(r);
}

/* While an input waits: all that was read so far, out. */
static void
input_idle(void *arg)
{
	struct run *r = arg;

	if (r->par != NULL)
		mdtl_par_flush(r->par);
	if (r->sink->flush != NULL && r->sink->flush(r->sink->arg) < 0)
		r->failed = 1;
}

/* Events, not articles: the first line has an event's keys, no body. */
static int
looks_like_events(const char *head, size_t len)
{
	const char *nl = memchr(head, '\n', len);
	size_t ll = nl ? (size_t)(nl - head) : len;
	char *line;
	int yes;

	line = mdtl_xstrndup(head, ll);
	yes = strstr(line, "\"mentions\":") != NULL &&
	    strstr(line, "\"sentence\":") != NULL &&
	    strstr(line, "\"type\":") != NULL &&
	    strstr(line, "\"body\":") == NULL;
	free(line);
	return yes;
}

/*
 * The workers, once the first work is handed out: none for one input
 * that is not JSON Lines of articles, which is one article or a few.
 */
static void
start(struct run *r, size_t ninputs, int fmt)
{
	size_t jobs = r->p->jobs;

	if (r->par != NULL)
		return;
	if (jobs <= 1 || (ninputs == 1 && fmt != MDTL_INPUT_JSONL))
		jobs = 0;
	r->par = mdtl_par_start(&r->ops, jobs);
}

/* Lines of JSON Lines of events, here, after all before them. */
static void
event_lines(struct run *r, struct mdtl_input *input, const char *path)
{
	const char *line;
	size_t len;
	int got;

	if (r->par != NULL)
		mdtl_par_flush(r->par);
	while ((got = mdtl_input_line(input, &line, &len, r->diag)) > 0) {
		/* a line's trailing blanks and CR are not the record's */
		while (len > 0 && (line[len - 1] == ' ' ||
		    line[len - 1] == '\r'))
			len--;
		if (len > 0 && r->sink->event_line(r->sink->arg, path,
		    input->lineno, line, len, r->diag) < 0)
			r->failed = 1;
		report(r);
	}
	if (got < 0)
		r->failed = 1;
	report(r);
}

static void
one_input(struct run *r, const char *path, size_t ninputs)
{
	const struct mdtl_pipeline *p = r->p;
	struct mdtl_input input;
	const char *head, *line;
	char *buf;
	size_t len;
	int fmt = p->input_format, got;

	if (mdtl_input_open_idle(&input, path, p->limits.article,
	    r->sink->flush != NULL ? input_idle : NULL, r, &r->said) < 0) {
		r->failed = 1;
		say(r);
		return;
	}
	if (p->stdin_name[0] != '\0' && strcmp(path, "-") == 0) {
		path = p->stdin_name;
		input.path = path;
		input.lineno = p->stdin_line - 1;
	}
	mdtl_input_peek(&input, &head, &len);
	if (fmt == MDTL_INPUT_AUTO)
		fmt = mdtl_source_sniff(path, head, len);
	if (fmt == MDTL_INPUT_JSONL && r->sink->event_line != NULL &&
	    looks_like_events(head, len)) {
		event_lines(r, &input, path);
	} else if (fmt == MDTL_INPUT_JSONL) {
		/* one line, one article: any length streams */
		start(r, ninputs, fmt);
		while ((got = mdtl_input_line(&input, &line, &len,
		    &r->said)) > 0) {
			say(r);
			mdtl_par_line(r->par, path, input.lineno, line, len);
		}
		if (got < 0)
			r->failed = 1;
		say(r);
	} else if (mdtl_input_rest(&input, &buf, &len, &r->said) < 0) {
		r->failed = 1;
		say(r);
	} else {
		start(r, ninputs, fmt);
		mdtl_par_file(r->par, path, fmt, buf, len);
	}
	mdtl_input_close(&input);
}

int
mdtl_pipeline_run(const struct mdtl_pipeline *p, char *const *inputs,
    size_t ninputs, const struct mdtl_sink *sink, struct mdtl_diag *diag)
{
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_folder_filter folders;
	struct run r;
	size_t k, errors = diag->errors_seen;

	memset(&r, 0, sizeof r);
	r.p = p;
	r.sink = sink;
	r.diag = diag;
	mdtl_diag_init(&r.said);
	r.ops.arg = &r;
	r.ops.run = run_batch;
	r.ops.take = take_batch;
	folders = p->folders;
	folders.skipped = 0;
	for (k = 0; k < ninputs; k++)
		if (mdtl_inputs_expand_articles(&in, inputs[k], &folders,
		    diag) < 0)
			r.failed = 1;
	if (folders.quiet && folders.skipped > 0)
		mdtl_diag_add(diag, MDTL_DIAG_WARNING, NULL, 0, 0,
		    "%zu file%s of folders skipped: not articles",
		    folders.skipped, folders.skipped > 1 ? "s" : "");
	report(&r);
	/* libraries that set themselves up on first use: before threads */
	mdtl_json_setup();
	mdtl_xml_init();
	for (k = 0; k < in.n; k++)
		one_input(&r, in.v[k], in.n);
	if (r.par != NULL)
		mdtl_par_end(r.par);
	say(&r);
	mdtl_diag_release(&r.said);
	mdtl_inputs_free(&in);
	/* an input that gave an error was not read, or not all of it */
	return r.failed || diag->errors_seen > errors ? -1 : 0;
}

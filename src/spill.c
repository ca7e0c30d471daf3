/* spill.c: merging more records than memory holds, through files. */
#define _GNU_SOURCE		/* O_TMPFILE */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mdtl/date.h"
#include "mdtl/event-pack.h"
#include "mdtl/spill.h"
#include "mdtl/text.h"
#include "mdtl/xalloc.h"

/* What a record read back holds in memory for each of its packed bytes,
 * about (2.7 to 3.2 once merged, on make-corpus articles). */
#define EXPANSION	3
/* Runs merged at the end, at most: each is a file open at once, and a
 * record's run is kept in a byte. */
#define MAX_RUNS	256
_Static_assert(MAX_RUNS <= UCHAR_MAX + 1, "a run's number fits a byte");
/* Threads relating parts and merging runs, at most. */
#define MAX_WORKERS	16
/*
 * The buffers of temporary files open together, at most, and of one: a
 * buffer of 64 KB took a tenth off merging 20 000 articles, more did not
 * (bench/baseline.md); the 128 parts, or the runs of 80 000 articles,
 * take 16 KB or less each.
 */
#define FILE_BUFS	((size_t)2 << 20)
#define FILE_BUF	((size_t)64 << 10)

FILE *
mdtl_spill_temp(int named)
{
	const char *dir = getenv("TMPDIR");
	size_t len;
	char *path;
	FILE *f = NULL;
	int fd = -1, saved;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
#ifdef O_TMPFILE
	if (!named) {
		fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR &&
		    errno != EINVAL)
			return NULL;
	}
#endif
	if (fd < 0) {
		len = strlen(dir) + sizeof "/mdtl-XXXXXX";
		path = mdtl_xmalloc(len);
		snprintf(path, len, "%s/mdtl-XXXXXX", dir);
		if ((fd = mkostemp(path, O_CLOEXEC)) >= 0)
			unlink(path);
		free(path);
		if (fd < 0)
			return NULL;
	}
	if ((f = fdopen(fd, "w+")) == NULL) {
		saved = errno;
		close(fd);
		errno = saved;
	}
	return f;
}

int
mdtl_spill_open(struct mdtl_spill_file *f, size_t together)
{
	size_t size = FILE_BUFS / (together > 0 ? together : 1);

	if (size > FILE_BUF)
		size = FILE_BUF;
	if (size < BUFSIZ)
		size = BUFSIZ;
	if ((f->f = mdtl_spill_temp(0)) == NULL)
		return -1;
	f->buf = mdtl_xmalloc(size);
	/* before any read or write: it cannot fail */
	(void)setvbuf(f->f, f->buf, _IOFBF, size);
	return 0;
}

void
mdtl_spill_close(struct mdtl_spill_file *f)
{
	if (f->f != NULL)
		fclose(f->f);
	free(f->buf);
	f->f = NULL;
	f->buf = NULL;
}

/* The first failure's errno kept (any thread). */
static void
fail(struct mdtl_spill *sp)
{
	int e = errno ? errno : EIO;

	pthread_mutex_lock(&sp->lock);
	if (sp->err == 0)
		sp->err = e;
	pthread_mutex_unlock(&sp->lock);
}

static int
failed(struct mdtl_spill *sp)
{
	int e;

	pthread_mutex_lock(&sp->lock);
	e = sp->err;
	pthread_mutex_unlock(&sp->lock);
	return e;
}

static void
put(struct mdtl_spill *sp, FILE *f, const char *s, size_t len)
{
	if (fwrite(s, 1, len, f) != len)
		fail(sp);
}

int
mdtl_spill_init(struct mdtl_spill *sp, size_t budget, int explain,
    size_t jobs)
{
	size_t i;
	int saved;

	memset(sp, 0, sizeof *sp);
	sp->budget = budget;
	sp->explain = explain;
	sp->jobs = jobs < 1 ? 1 : jobs > MAX_WORKERS ? MAX_WORKERS : jobs;
	mdtl_buf_init(&sp->b);
	pthread_mutex_init(&sp->lock, NULL);
	pthread_cond_init(&sp->room, NULL);
	pthread_cond_init(&sp->more, NULL);
	if (mdtl_spill_open(&sp->records, 1) < 0)
		goto fail;
	for (i = 0; i < MDTL_SPILL_PARTS; i++)
		if (mdtl_spill_open(&sp->part[i], MDTL_SPILL_PARTS) < 0)
			goto fail;
	return 0;
fail:
	saved = errno;
	mdtl_spill_release(sp);
	errno = saved;
	return -1;
}

void
mdtl_spill_release(struct mdtl_spill *sp)
{
	size_t i;

	mdtl_spill_close(&sp->records);
	for (i = 0; i < MDTL_SPILL_PARTS; i++)
		mdtl_spill_close(&sp->part[i]);
	for (i = 0; i < sp->nsplit; i++)		/* left by a failure */
		mdtl_spill_close(&sp->split[i].f);
	free(sp->split);
	free(sp->rec);
	mdtl_buf_release(&sp->b);
	pthread_mutex_destroy(&sp->lock);
	pthread_cond_destroy(&sp->room);
	pthread_cond_destroy(&sp->more);
	memset(sp, 0, sizeof *sp);
}

int
mdtl_spill_some(struct mdtl_spill *sp, int *spilled, struct mdtl_timeline *tl,
    size_t budget, int explain)
{
	/* what tl's events hold in memory, about */
	if (!*spilled && tl->arena.used + tl->alloc * sizeof *tl->v <
	    budget / 2)
		return 0;
	if (!*spilled) {
		if (mdtl_spill_init(sp, budget, explain, tl->jobs) < 0)
			return -1;
		*spilled = 1;
	}
	return mdtl_spill_add(sp, tl);
}

/*
 * What malloc holds free, back to the system.  Trimming walks every free
 * chunk, and what it gives back faults in again when used.
 */
static void
give_back(void)
{
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/*
 * What a part or a run freed (about bytes), back to the system when
 * several workers take tasks: malloc keeps it in the arena of the thread
 * that freed it, where another thread does not take it, and the workers'
 * peaks would add up.  One worker reuses it at its next task; giving it
 * back would only fault it in again (at 80 000 articles, 500 000 faults
 * and a tenth of the run).  Only after GIVE_BACK bytes or more.
 */
#define GIVE_BACK	((uint64_t)4 << 20)

static void
task_freed(const struct mdtl_spill *sp, uint64_t bytes)
{
	if (sp->jobs > 1 && bytes >= GIVE_BACK)
		give_back();
}

/* ---- 1. records and atoms out ---- */

/*
 * What a part is keyed by, finer at each level: a part too large for the
 * budget is split again by the next.  Two related atoms have the type in
 * common, an actor, and every unit that holds the first day of the inner
 * one.  Actors come last: an atom has two or three, and would be read
 * once for each.
 */
enum level { BY_YEAR, BY_MONTH, BY_ACTOR_MONTH, BY_ACTOR_DAY, NLEVELS };

/* The unit of day at a level, as a number. */
static long
unit_of(long day, enum level lv)
{
	int y, m, d;

	if (lv == BY_ACTOR_DAY)
		return day;
	mdtl_civil_from_days(day, &y, &m, &d);
	return lv == BY_YEAR ? y : (long)y * 12 + m - 1;
}

/* What the parts an atom goes to are keyed by. */
struct part_keys {
	enum mdtl_event_type	 type;
	struct mdtl_date	 date;
	unsigned		 id;		/* its id's hash */
	size_t			 nactors;
	unsigned		*actor;		/* their ids' hashes: few, or
						   malloc'd */
	size_t			 aactor;	/* room in actor */
	unsigned		 few[16];
};

#define PART_KEYS_INIT(k)	{ .actor = (k).few, .aactor = 16 }

/* Room in k for n actors. */
static void
actor_room(struct part_keys *k, size_t n)
{
	if (n <= k->aactor)
		return;
	if (k->actor == k->few)
		k->actor = NULL;
	k->actor = mdtl_xreallocarray(k->actor, n, sizeof *k->actor);
	k->aactor = n;
}

static void
part_keys_release(struct part_keys *k)
{
	if (k->actor != k->few)
		free(k->actor);
}

/*
 * The parts of nparts that an atom of keys k goes to at level lv, marked:
 * one for each unit its date touches (and each of its actors, at the
 * finest levels); an atom that relates to none (undated, or without
 * actors), to one, where it meets another reading of itself.
 */
static void
parts_of(const struct part_keys *k, enum level lv, size_t nparts,
    unsigned char *mark)
{
	uint64_t type = mdtl_text_mix((uint64_t)k->type + 1, (uint64_t)lv);
	long first, last, u, u1, u2;
	size_t i, n = lv >= BY_ACTOR_MONTH ? k->nactors : 1;

	if (k->date.gran == MDTL_GRAN_NONE || k->nactors == 0) {
		mark[(mdtl_text_mix(type, k->id) >> 40) % nparts] = 1;
		return;
	}
	mdtl_date_range(&k->date, &first, &last);
	u1 = unit_of(first, lv);
	u2 = unit_of(last, lv);
	if (u2 - u1 >= (long)nparts) {
		memset(mark, 1, nparts);
		return;
	}
	for (i = 0; i < n; i++) {
		uint64_t h = lv >= BY_ACTOR_MONTH ? mdtl_text_mix(type,
		    k->actor[i]) : type;

		for (u = u1; u <= u2; u++)
			mark[(mdtl_text_mix(h, (uint64_t)u) >> 40) %
			    nparts] = 1;
	}
}

/*
 * An atom in a part's file, no more than merging reads, packed
 * (event-pack.h): its size after this word, its record; what its parts
 * are keyed by (type, id, date, its actors' ids), which splitting a part
 * reads alone; its place; its sentence's words (mdtl_event_words(), made
 * in ar when the atom has none), their count and then their bytes, each
 * ending in its NUL, as one string; its mentions, each the article, where
 * it was read and the span.  The words are packed, not the sentence, so
 * that no part tokenises it again.
 */
static void
pack_atom(struct mdtl_buf *b, struct mdtl_arena *ar, struct mdtl_event *a,
    size_t r)
{
	const struct mdtl_words *w = mdtl_event_words(ar, a);
	size_t i, at;
	uint32_t size, len;

	mdtl_buf_reset(b);
	mdtl_pack_u32(b, 0);
	mdtl_pack_u32(b, r);
	mdtl_pack_u32(b, a->type);
	mdtl_pack_str(b, a->id);
	mdtl_pack_str(b, a->date.gran == MDTL_GRAN_NONE ? NULL : a->date_value);
	mdtl_pack_u32(b, a->nactors);
	for (i = 0; i < a->nactors; i++)
		mdtl_pack_str(b, a->actors[i].id);
	mdtl_pack_str(b, a->location);
	mdtl_pack_u32(b, w->n);
	/* the words' length, filled in once they are out */
	at = b->len;
	mdtl_pack_u32(b, 0);
	for (i = 0; i < w->n; i++)
		mdtl_buf_add(b, w->v[i], strlen(w->v[i]) + 1);
	len = (uint32_t)(b->len - at - sizeof len);
	memcpy(b->buf + at, &len, sizeof len);
	mdtl_pack_u32(b, a->nmentions);
	for (i = 0; i < a->nmentions; i++) {
		mdtl_pack_str(b, a->mentions[i].article);
		mdtl_pack_str(b, a->mentions[i].source);
		mdtl_pack_u64(b, a->mentions[i].span.start);
		mdtl_pack_u64(b, a->mentions[i].span.end);
	}
	size = (uint32_t)(b->len - sizeof size);
	memcpy(b->buf, &size, sizeof size);
}

/*
 * Words packed as their count, then their bytes, each word ending in its
 * NUL, as one string: into w (in ar), their hashes made again.  0, or -1
 * when the bytes do not hold as many words.
 */
static int
unpack_words(struct mdtl_unpack *c, struct mdtl_arena *ar,
    struct mdtl_words *w)
{
	size_t n = mdtl_unpack_count(c, 1), len, i;
	const char *s;
	char *p, *end;

	/* (none, for a string of them, is not packed) */
	if (c->bad || mdtl_unpack_view(c, &s, &len) != 0 || len < n ||
	    (len > 0 && s[len - 1] != '\0'))
		return -1;
	p = mdtl_arena_alloc(ar, len + 1);
	memcpy(p, s, len);
	end = p + len;
	w->v = mdtl_arena_alloc(ar, (n + 1) * sizeof *w->v);
	w->h = mdtl_arena_alloc(ar, (n + 1) * sizeof *w->h);
	for (i = 0; i < n; i++) {
		size_t l;

		if (p >= end)
			return -1;
		l = strlen(p);
		w->v[i] = p;
		w->h[i] = mdtl_text_hash_n(p, l);
		p += l + 1;
	}
	w->n = n;
	return p == end ? 0 : -1;
}

/* The atom packed in bytes..end as an event at the end of tl: 0 or -1. */
static int
unpack_atom(struct mdtl_timeline *tl, const char *bytes, const char *end)
{
	struct mdtl_unpack c = { bytes, end, 0 };
	struct mdtl_arena *ar = &tl->arena;
	struct mdtl_event *e = mdtl_timeline_push(tl);
	size_t i, n;

	e->component = mdtl_unpack_u32(&c);
	e->type = (enum mdtl_event_type)mdtl_unpack_u32(&c);
	mdtl_unpack_into(&c, e->id, sizeof e->id);
	e->date.gran = MDTL_GRAN_NONE;
	if (mdtl_unpack_into(&c, e->date_value, sizeof e->date_value) == 0 &&
	    mdtl_date_parse_value(e->date_value, &e->date) < 0)
		c.bad = 1;
	n = mdtl_unpack_count(&c, sizeof(uint32_t));
	if (c.bad)
		goto bad;
	e->actors = mdtl_arena_calloc(ar, n + 1, sizeof *e->actors);
	for (i = 0; i < n; i++)
		e->actors[i].id = e->actors[i].name = mdtl_unpack_str(&c, ar);
	e->nactors = n;
	e->location = mdtl_unpack_str(&c, ar);
	if (unpack_words(&c, ar, &e->words) < 0)
		goto bad;
	n = mdtl_unpack_count(&c, sizeof(uint32_t));
	if (c.bad)
		goto bad;
	e->mentions = mdtl_arena_calloc(ar, n + 1, sizeof *e->mentions);
	for (i = 0; i < n; i++) {
		struct mdtl_mention *m = &e->mentions[i];

		m->article = mdtl_unpack_str(&c, ar);
		m->source = mdtl_unpack_str(&c, ar);
		m->span.start = mdtl_unpack_u64(&c);
		m->span.end = mdtl_unpack_u64(&c);
	}
	e->nmentions = n;
	if (!c.bad && c.p == end && e->type < MDTL_EVENT_NTYPES)
		return 0;
bad:
	tl->n--;
	return -1;
}

/*
 * What the parts of a packed atom are keyed by, into k: the head of the
 * atom (pack_atom()), read where it lies.  0, or -1 when the bytes are
 * not an atom.
 */
static int
atom_keys(const char *bytes, size_t size, struct part_keys *k)
{
	struct mdtl_unpack c = { bytes, bytes + size, 0 };
	char date[sizeof ((struct mdtl_event *)0)->date_value];
	const char *s;
	size_t i, n, len;

	(void)mdtl_unpack_u32(&c);			/* its record */
	k->type = (enum mdtl_event_type)mdtl_unpack_u32(&c);
	if (mdtl_unpack_view(&c, &s, &len) != 0)
		return -1;
	k->id = mdtl_text_hash_n(s, len);
	k->date.gran = MDTL_GRAN_NONE;
	switch (mdtl_unpack_into(&c, date, sizeof date)) {
	case 0:
		if (mdtl_date_parse_value(date, &k->date) < 0)
			return -1;
		break;
	case 1:
		break;
	default:
		return -1;
	}
	n = mdtl_unpack_count(&c, sizeof(uint32_t));
	actor_room(k, n);
	for (i = 0; i < n; i++) {
		if (mdtl_unpack_view(&c, &s, &len) != 0)
			return -1;
		k->actor[i] = mdtl_text_hash_n(s, len);
	}
	k->nactors = n;
	return c.bad || k->type >= MDTL_EVENT_NTYPES ? -1 : 0;
}

/* Record e, whole (packed) to the records' file and as its atoms to the
 * parts. */
static void
spill_record(struct mdtl_spill *sp, const struct mdtl_event *e)
{
	struct mdtl_spill_rec *rec;
	struct mdtl_timeline one;
	struct part_keys k = PART_KEYS_INIT(k);
	unsigned char mark[MDTL_SPILL_PARTS];
	size_t i, j, r = sp->n;

	if (sp->n == sp->alloc) {
		sp->alloc = sp->alloc ? sp->alloc * 2 : 4096;
		sp->rec = mdtl_xreallocarray(sp->rec, sp->alloc,
		    sizeof *sp->rec);
	}
	mdtl_buf_reset(&sp->b);
	mdtl_event_pack(&sp->b, e, sp->explain);
	if (sp->b.len >= UINT32_MAX || r >= UINT32_MAX) {
		errno = EFBIG;
		fail(sp);
		return;
	}
	rec = &sp->rec[sp->n++];
	rec->len = (uint32_t)sp->b.len;
	rec->parent = (uint32_t)r;
	put(sp, sp->records.f, sp->b.buf, sp->b.len);
	sp->bytes += sp->b.len;

	mdtl_timeline_init(&one);
	one.borrow = 1;
	mdtl_timeline_add(&one, e);
	mdtl_timeline_split(&one);
	for (i = 0; i < one.n; i++) {
		pack_atom(&sp->b, &one.arena, &one.v[i], r);
		/* keyed as splitting keys it: from its bytes */
		if (atom_keys(sp->b.buf + sizeof(uint32_t), sp->b.len -
		    sizeof(uint32_t), &k) < 0) {
			errno = EIO;
			fail(sp);
			break;
		}
		memset(mark, 0, sizeof mark);
		parts_of(&k, BY_YEAR, MDTL_SPILL_PARTS, mark);
		for (j = 0; j < MDTL_SPILL_PARTS; j++)
			if (mark[j])
				put(sp, sp->part[j].f, sp->b.buf,
				    sp->b.len);
	}
	mdtl_timeline_release(&one);
	part_keys_release(&k);
}

int
mdtl_spill_add(struct mdtl_spill *sp, struct mdtl_timeline *tl)
{
	size_t i, jobs = tl->jobs;

	for (i = 0; i < tl->n && sp->err == 0; i++)
		spill_record(sp, &tl->v[i]);
	mdtl_timeline_release(tl);
	mdtl_timeline_init(tl);
	tl->jobs = jobs;
	if (sp->err) {
		errno = sp->err;
		return -1;
	}
	return 0;
}

/* ---- 2. the parts' components unite their records ---- */

/* What an atom read back holds in memory for each byte of it, about. */
#define ATOM_EXPANSION	4
/* The parts a part too large is split into. */
#define SUBPARTS	16

/*
 * A thread of phases 2 and 3, with its own buffer and its share of the
 * budget; it takes the next part, or run, until none is left.
 */
struct worker {
	struct mdtl_spill		*sp;
	struct mdtl_buf			 b;
	size_t				 room;	/* bytes its part may hold */
	int				 (*task)(struct worker *, size_t);
	size_t				 ntasks;
	pthread_t			 th;
	/* phase 3 */
	struct run			*runs;
	const unsigned char		*of;	/* each record's run */
	const struct mdtl_filter	*filter;
	const struct mdtl_lexicon	*lex;
};

static size_t
find(struct mdtl_spill_rec *rec, size_t i)
{
	while (rec[i].parent != i) {
		rec[i].parent = rec[rec[i].parent].parent;
		i = rec[i].parent;
	}
	return i;
}

static void
unite(struct mdtl_spill_rec *rec, size_t a, size_t b)
{
	a = find(rec, a);
	b = find(rec, b);
	if (a < b)
		rec[b].parent = (uint32_t)a;
	else if (b < a)
		rec[a].parent = (uint32_t)b;
}

/*
 * Each atom of part f, from its start, given to each(w, bytes, size,
 * arg) until it returns other than 0; the last return, or -1 (failed).
 */
static int
each_atom(struct worker *w, FILE *f, int (*each)(struct worker *,
    const char *, size_t, void *), void *arg)
{
	uint32_t size;
	int r = 0;

	if (fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
		fail(w->sp);
		return -1;
	}
	while (r == 0 && fread(&size, sizeof size, 1, f) == 1) {
		mdtl_buf_reset(&w->b);
		mdtl_buf_grow(&w->b, size);
		if (fread(w->b.buf, 1, size, f) != size) {
			errno = ferror(f) ? errno : EIO;
			fail(w->sp);
			return -1;
		}
		r = each(w, w->b.buf, size, arg);
	}
	if (ferror(f)) {
		fail(w->sp);
		r = -1;
	}
	return r;
}

/* The atom in bytes, unpacked at the end of timeline tl. */
static int
add_atom(struct worker *w, const char *bytes, size_t size, void *tl)
{
	if (unpack_atom(tl, bytes, bytes + size) == 0)
		return 0;
	errno = EIO;
	fail(w->sp);
	return -1;
}

/* The parts a part is split into, the level they are keyed at, and the
 * keys of the atom read. */
struct split {
	struct mdtl_spill_file	 f[SUBPARTS];
	enum level		 lv;
	struct part_keys	 k;
};

static int
split_atom(struct worker *w, const char *bytes, size_t size, void *arg)
{
	struct split *s = arg;
	unsigned char mark[SUBPARTS] = { 0 };
	uint32_t u = (uint32_t)size;
	size_t i;

	if (atom_keys(bytes, size, &s->k) < 0) {
		errno = EIO;
		fail(w->sp);
		return -1;
	}
	parts_of(&s->k, s->lv, SUBPARTS, mark);
	for (i = 0; i < SUBPARTS; i++) {
		if (!mark[i])
			continue;
		/* made when first needed: most atoms fall in few parts */
		if (s->f[i].f == NULL &&
		    mdtl_spill_open(&s->f[i], SUBPARTS) < 0) {
			fail(w->sp);
			break;
		}
		put(w->sp, s->f[i].f, (const char *)&u, sizeof u);
		put(w->sp, s->f[i].f, bytes, size);
	}
	return failed(w->sp) ? -1 : 0;
}

static int relate_part(struct worker *, FILE *, enum level);

/* An atom read twice: its records are one. */
static void
same_atom(void *arg, const struct mdtl_event *kept,
    const struct mdtl_event *again)
{
	struct mdtl_spill *sp = arg;

	pthread_mutex_lock(&sp->lock);
	unite(sp->rec, kept->component, again->component);
	pthread_mutex_unlock(&sp->lock);
}

/*
 * Part f, of size bytes, too large at level lv - 1, as parts keyed at
 * level lv, left for any worker to take (sp->split); 1, with nothing
 * done, when no part would be smaller (each atom's date holds more units
 * than there are parts).
 */
static int
split_part(struct worker *w, FILE *f, long size, enum level lv)
{
	struct mdtl_spill *sp = w->sp;
	struct split s = { .k = PART_KEYS_INIT(s.k) };
	long most = 0, at;
	size_t i;
	int r;

	s.lv = lv;
	r = each_atom(w, f, split_atom, &s);
	part_keys_release(&s.k);
	for (i = 0; i < SUBPARTS; i++)
		if (s.f[i].f != NULL && (at = ftell(s.f[i].f)) > most)
			most = at;
	if (r == 0 && most == size)
		r = 1;
	pthread_mutex_lock(&sp->lock);
	for (i = 0; i < SUBPARTS; i++) {
		if (s.f[i].f == NULL)
			continue;
		if (r != 0) {
			mdtl_spill_close(&s.f[i]);
			continue;
		}
		if (sp->nsplit == sp->asplit) {
			sp->asplit = sp->asplit ? sp->asplit * 2 : SUBPARTS;
			sp->split = mdtl_xreallocarray(sp->split, sp->asplit,
			    sizeof *sp->split);
		}
		sp->split[sp->nsplit].f = s.f[i];
		sp->split[sp->nsplit++].level = lv;
	}
	pthread_cond_broadcast(&sp->more);
	pthread_mutex_unlock(&sp->lock);
	return r;
}

/* What merging makes of the atoms of part f (size bytes), read whole,
 * unites their records: 0 or -1. */
static int
relate_whole(struct worker *w, FILE *f, long size)
{
	struct mdtl_spill *sp = w->sp;
	struct mdtl_timeline tl;
	size_t i, *root;

	mdtl_timeline_init(&tl);
	if (each_atom(w, f, add_atom, &tl) < 0) {
		mdtl_timeline_release(&tl);
		return -1;
	}
	root = mdtl_timeline_components(&tl, same_atom, sp);
	pthread_mutex_lock(&sp->lock);
	for (i = 0; i < tl.n; i++)
		unite(sp->rec, tl.v[i].component, tl.v[root[i]].component);
	pthread_mutex_unlock(&sp->lock);
	free(root);
	mdtl_timeline_release(&tl);
	task_freed(sp, (uint64_t)size * ATOM_EXPANSION);
	return 0;
}

/*
 * What merging makes of part f's atoms unites their records; a part
 * larger than the worker's room is split by the next finer key first (a
 * part of one type, actor and day, or that no key splits, stays as large
 * as it is).
 */
static int
relate_part(struct worker *w, FILE *f, enum level lv)
{
	struct mdtl_spill *sp = w->sp;
	long size;
	int r;

	if (fflush(f) != 0 || (size = ftell(f)) < 0) {
		fail(sp);
		return -1;
	}
	if (size == 0)
		return 0;
	r = 1;
	if (lv + 1 < NLEVELS && (uint64_t)size * ATOM_EXPANSION > w->room)
		r = split_part(w, f, size, lv + 1);
	if (r == 1)
		r = relate_whole(w, f, size);
	/* the part is read (or split): its bytes may go */
	if (r == 0 && ftruncate(fileno(f), 0) != 0)
		fail(sp);
	return r < 0 || failed(sp) ? -1 : 0;
}

static int
relate_task(struct worker *w, size_t i)
{
	return relate_part(w, w->sp->part[i].f, BY_YEAR);
}

/*
 * A worker's tasks, until none is left and no other worker may split a
 * part: a part split off first (the last first, so that few wait on
 * disk), else the next task.
 */
static void *
work(void *arg)
{
	struct worker *w = arg;
	struct mdtl_spill *sp = w->sp;
	struct mdtl_spill_part p;
	size_t i = 0;
	int r;

	pthread_mutex_lock(&sp->lock);
	for (;;) {
		while (sp->err == 0 && sp->nsplit == 0 && sp->next >=
		    w->ntasks && sp->busy > 0)
			pthread_cond_wait(&sp->more, &sp->lock);
		p.f.f = NULL;
		if (sp->err != 0)
			break;
		if (sp->nsplit > 0)
			p = sp->split[--sp->nsplit];
		else if (sp->next < w->ntasks)
			i = sp->next++;
		else
			break;
		sp->busy++;
		pthread_mutex_unlock(&sp->lock);
		if (p.f.f != NULL) {
			r = relate_part(w, p.f.f, (enum level)p.level);
			mdtl_spill_close(&p.f);
		} else
			r = w->task(w, i);
		pthread_mutex_lock(&sp->lock);
		sp->busy--;
		pthread_cond_broadcast(&sp->more);
		if (r < 0)
			break;
	}
	pthread_mutex_unlock(&sp->lock);
	return NULL;
}

/*
 * The workers (of nw) through ntasks tasks: 0, or -1 when one failed.
 * One works on the caller's thread.  Several work each on a thread of its
 * own, the caller waiting: a new thread takes the malloc arena of one that
 * has ended (glibc), such as those that read the articles, and reuses what
 * they freed there, which trimming does not give back (the top of a
 * thread's arena).  At -j 2 that takes peak RSS from 37 to 32 MB at
 * 20 000 articles, from 50 to 43 MB at 80 000.
 */
static int
run_workers(struct worker *w, size_t nw, size_t ntasks)
{
	size_t i;
	int *started = mdtl_xcalloc(nw, sizeof *started);

	w[0].sp->next = 0;
	for (i = 0; i < nw; i++)
		w[i].ntasks = ntasks;
	for (i = nw > 1 ? 0 : 1; i < nw; i++)
		started[i] = pthread_create(&w[i].th, NULL, work, &w[i]) == 0;
	if (!started[0])
		work(&w[0]);
	for (i = 0; i < nw; i++)
		if (started[i])
			pthread_join(w[i].th, NULL);
	free(started);
	return failed(w[0].sp) ? -1 : 0;
}

/* ---- 3. whole components merged into runs, the runs merged ---- */

/*
 * Each record's run of nq, into of: a component's run is the one whose
 * range of records holds its first (its root: unite() keeps the lower),
 * the ranges cut so that each run holds about as many bytes.  Most
 * components are of records that lie together, so each run reads a
 * stretch of the records' file (load_run()) where runs by a hash of the
 * root read one record in nq at a time.
 */
static void
runs_of(const struct mdtl_spill *sp, size_t nq, unsigned char *of)
{
	uint64_t *size = mdtl_xcalloc(sp->n + 1, sizeof *size), at = 0;
	size_t i;

	for (i = 0; i < sp->n; i++)
		size[sp->rec[i].parent] += sp->rec[i].len;
	for (i = 0; i < sp->n; i++) {
		if (sp->rec[i].parent != i) {
			of[i] = of[sp->rec[i].parent];
			continue;
		}
		of[i] = (unsigned char)(at * nq / (sp->bytes + 1));
		at += size[i];
	}
	free(size);
}

/*
 * A run's record in its file: its size after this word, then what the
 * timeline's order reads of it (type, span, id, date, article's path),
 * then its line.  Merging the runs compares these, not the records.
 */
struct run {
	struct mdtl_spill_file		 f;
	char				*buf;	/* the record read */
	size_t				 cap;
	const char			*line;	/* NULL: the run is over */
	size_t				 len;
	struct mdtl_event		 e;	/* what the order reads */
	struct mdtl_article_meta	 meta;
	char				*path;
	size_t				 pathcap;
	uint64_t			 bytes;	/* of its records, packed */
};

static void
run_record(struct worker *w, const struct mdtl_event *e, FILE *f,
    struct mdtl_json_memo *memo)
{
	struct mdtl_buf *b = &w->b;
	uint32_t size;

	mdtl_buf_reset(b);
	mdtl_pack_u32(b, 0);
	mdtl_pack_u32(b, e->type);
	mdtl_pack_u64(b, e->span.start);
	mdtl_pack_str(b, e->id);
	mdtl_pack_str(b, e->date.gran == MDTL_GRAN_NONE ? NULL : e->date_value);
	mdtl_pack_str(b, e->article != NULL ? e->article->path : NULL);
	mdtl_event_json(b, e, w->sp->explain, memo);
	size = (uint32_t)(b->len - sizeof size);
	memcpy(b->buf, &size, sizeof size);
	put(w->sp, f, b->buf, b->len);
}

#define RUN_BUF		65536

/* Run q's next record, or line NULL at its end. */
static int
next_record(struct mdtl_spill *sp, struct run *run)
{
	struct mdtl_unpack c;
	const char *path;
	uint32_t size;
	size_t n;
	int dated, pathed;

	run->line = NULL;
	if (fread(&size, sizeof size, 1, run->f.f) != 1) {
		if (!ferror(run->f.f))
			return 0;
		fail(sp);
		return -1;
	}
	/* a record told by thousands of articles is megabytes: not kept */
	if (size > run->cap || (run->cap > RUN_BUF && size <= RUN_BUF)) {
		run->cap = size > RUN_BUF ? size : RUN_BUF;
		free(run->buf);
		run->buf = mdtl_xmalloc(run->cap);
	}
	if (fread(run->buf, 1, size, run->f.f) != size)
		goto bad;
	memset(&run->e, 0, sizeof run->e);
	c.p = run->buf;
	c.end = run->buf + size;
	c.bad = 0;
	run->e.type = (enum mdtl_event_type)mdtl_unpack_u32(&c);
	run->e.span.start = mdtl_unpack_u64(&c);
	if (mdtl_unpack_into(&c, run->e.id, sizeof run->e.id) < 0 ||
	    (dated = mdtl_unpack_into(&c, run->e.date_value,
	    sizeof run->e.date_value)) < 0)
		goto bad;
	run->e.date.gran = MDTL_GRAN_NONE;
	if (dated == 0 && mdtl_date_parse_value(run->e.date_value,
	    &run->e.date) < 0)
		goto bad;
	memset(&run->meta, 0, sizeof run->meta);
	if ((pathed = mdtl_unpack_view(&c, &path, &n)) < 0)
		goto bad;
	if (pathed == 0) {
		if (n + 1 > run->pathcap) {
			run->pathcap = n + 1;
			run->path = mdtl_xrealloc(run->path, run->pathcap);
		}
		memcpy(run->path, path, n);
		run->path[n] = '\0';
		run->meta.path = run->path;
	}
	run->e.article = &run->meta;
	run->line = c.p;
	run->len = (size_t)(c.end - c.p);
	return 0;
bad:
	errno = ferror(run->f.f) ? errno : EIO;
	fail(sp);
	return -1;
}

/* Does run a's record come before run b's (the lower run on a tie)? */
static int
before(const struct run *runs, size_t a, size_t b)
{
	int c = mdtl_event_cmp_read(&runs[a].e, &runs[b].e);

	return c < 0 || (c == 0 && a < b);
}

/* The run at heap[i] moved down to its place among the n. */
static void
sift_down(const struct run *runs, size_t *heap, size_t n, size_t i)
{
	size_t c, top = heap[i];

	for (; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && before(runs, heap[c + 1], heap[c]))
			c++;
		if (!before(runs, heap[c], top))
			break;
		heap[i] = heap[c];
	}
	heap[i] = top;
}

/*
 * The runs' records, smallest first, to out: a heap of the runs by their
 * next record, so that each record costs log(runs) comparisons.
 */
static int
merge_runs(struct mdtl_spill *sp, struct run *runs, size_t nq,
    mdtl_spill_out out, void *arg)
{
	size_t *heap = mdtl_xmalloc(nq * sizeof *heap), n = 0, q, i;
	int r = 0;

	for (q = 0; q < nq && r == 0; q++) {
		if (runs[q].f.f == NULL)	/* no record */
			continue;
		if (fflush(runs[q].f.f) != 0 ||
		    fseek(runs[q].f.f, 0, SEEK_SET) != 0)
			fail(sp);
		r = sp->err ? -1 : next_record(sp, &runs[q]);
		if (r == 0 && runs[q].line != NULL)
			heap[n++] = q;
	}
	for (i = n / 2; i-- > 0;)
		sift_down(runs, heap, n, i);
	while (r == 0 && n > 0) {
		q = heap[0];
		r = out(arg, &runs[q].e, runs[q].line, runs[q].len);
		if (r != 0 || (r = next_record(sp, &runs[q])) != 0)
			break;
		if (runs[q].line == NULL)
			heap[0] = heap[--n];
		sift_down(runs, heap, n, 0);
	}
	free(heap);
	return r;
}

/*
 * A run's records are read a stretch at a time: up to STRETCH bytes, over
 * other runs' records of up to GAP bytes between two of its own, which
 * cost less to read than a system call more.
 */
#define STRETCH		((uint64_t)1 << 20)
#define GAP		((uint64_t)16 << 10)

static int
in_run(const struct worker *w, size_t r, size_t q)
{
	return w->of == NULL || w->of[r] == q;
}

/*
 * The stretch of run q's records from record r, at byte at of the
 * records' file: the last of them, and in *end the byte after it.
 */
static size_t
stretch(const struct worker *w, size_t q, size_t r, uint64_t at,
    uint64_t *end)
{
	const struct mdtl_spill *sp = w->sp;
	uint64_t to = at + sp->rec[r].len, past = to;
	size_t last = r, k;

	for (k = r + 1; k < sp->n; k++) {
		past += sp->rec[k].len;
		if (!in_run(w, k, q)) {
			if (past - to > GAP)
				break;
		} else if (past - at > STRETCH)
			break;
		else {
			to = past;
			last = k;
		}
	}
	*end = to;
	return last;
}

/* The records whose component falls in run q (all of them when the
 * worker has no runs), merged. */
static int
load_run(struct worker *w, size_t q, struct mdtl_timeline *tl)
{
	struct mdtl_spill *sp = w->sp;
	struct mdtl_buf *b = &w->b;
	uint64_t at = 0, from, end;
	size_t r = 0, last;

	/* each record follows the one before */
	while (r < sp->n) {
		if (!in_run(w, r, q)) {
			at += sp->rec[r++].len;
			continue;
		}
		last = stretch(w, q, r, at, &end);
		mdtl_buf_reset(b);
		mdtl_buf_grow(b, end - at);
		if (pread(fileno(sp->records.f), b->buf, end - at,
		    (off_t)at) != (ssize_t)(end - at)) {
			errno = errno ? errno : EIO;
			fail(sp);
			return -1;
		}
		for (from = at; r <= last; at += sp->rec[r++].len) {
			if (!in_run(w, r, q))
				continue;
			if (mdtl_timeline_add_packed(tl, b->buf + (at - from),
			    sp->rec[r].len) < 0) {
				errno = EIO;
				fail(sp);
				return -1;
			}
			tl->v[tl->n - 1].component = sp->rec[r].parent;
		}
	}
	/* phase 2 found the components: they need not be found again */
	mdtl_timeline_merge_known(tl);
	if (w->filter != NULL)
		mdtl_timeline_filter(tl, w->filter, w->lex);
	mdtl_timeline_sort(tl, 0);
	return 0;
}

/* Each record of tl, to out (one run: no file). */
static int
out_records(struct worker *w, struct mdtl_timeline *tl,
    mdtl_spill_out out, void *arg)
{
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	size_t i;
	int r = 0;

	for (i = 0; i < tl->n && r == 0; i++) {
		mdtl_buf_reset(&w->b);
		mdtl_event_json(&w->b, &tl->v[i], w->sp->explain, &memo);
		r = out(arg, &tl->v[i], w->b.buf, w->b.len);
	}
	mdtl_json_memo_release(&memo);
	return r;
}

/*
 * Run q: its records merged, sorted and written to a file of its own,
 * once the runs other workers hold leave room for it in the budget (a run
 * holds whole components, and one told thousands of times may be larger
 * than its share).  The parts are related by now, and their room is free:
 * with only half the budget, at -j 2 a worker waited for room 40% of the
 * time the runs took.
 */
static int
run_task(struct worker *w, size_t q)
{
	struct mdtl_spill *sp = w->sp;
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	struct mdtl_timeline tl;
	uint64_t need = w->runs[q].bytes * EXPANSION;
	size_t i;
	int r;

	pthread_mutex_lock(&sp->lock);
	while (sp->held > 0 && sp->held + need > sp->budget)
		pthread_cond_wait(&sp->room, &sp->lock);
	sp->held += need;
	pthread_mutex_unlock(&sp->lock);
	mdtl_timeline_init(&tl);
	if ((r = load_run(w, q, &tl)) == 0 && tl.n > 0) {
		if (mdtl_spill_open(&w->runs[q].f, w->ntasks) < 0) {
			fail(sp);
			r = -1;
		}
		for (i = 0; i < tl.n && r == 0; i++)
			run_record(w, &tl.v[i], w->runs[q].f.f, &memo);
	}
	mdtl_json_memo_release(&memo);
	mdtl_timeline_release(&tl);
	task_freed(sp, need);
	pthread_mutex_lock(&sp->lock);
	sp->held -= need;
	pthread_cond_broadcast(&sp->room);
	pthread_mutex_unlock(&sp->lock);
	return r < 0 || failed(sp) ? -1 : 0;
}

/*
 * Runs of whole components that fit the workers' room, on the workers,
 * then merged in order; or, when one is enough, the records straight out.
 * The runs average half a worker's room: their sizes vary (a component
 * told thousands of times is in one), and runs of the whole room would
 * keep all but one worker waiting for room most of the time.
 */
static int
runs(struct mdtl_spill *sp, struct worker *w, size_t nw, mdtl_spill_out out,
    void *arg)
{
	uint64_t need = sp->bytes * EXPANSION;
	size_t nq = need < w[0].room ? 1 : (size_t)(2 * need / w[0].room) + 1;
	size_t q, i;
	struct run *run;
	unsigned char *of;
	int r;

	if (nq == 1) {
		struct mdtl_timeline tl;

		mdtl_timeline_init(&tl);
		tl.jobs = sp->jobs;
		if ((r = load_run(&w[0], 0, &tl)) == 0)
			r = out_records(&w[0], &tl, out, arg);
		mdtl_timeline_release(&tl);
		return r;
	}
	if (nq > MAX_RUNS)
		nq = MAX_RUNS;
	run = mdtl_xcalloc(nq, sizeof *run);
	/* each record's run, once: a byte (MAX_RUNS fits one) */
	of = mdtl_xmalloc(sp->n + 1);
	runs_of(sp, nq, of);
	for (i = 0; i < sp->n; i++)
		run[of[i]].bytes += sp->rec[i].len;
	for (q = 0; q < nw; q++) {
		w[q].task = run_task;
		w[q].runs = run;
		w[q].of = of;
	}
	r = run_workers(w, nw, nq);
	free(of);
	if (r == 0)
		r = merge_runs(sp, run, nq, out, arg);
	for (q = 0; q < nq; q++) {
		mdtl_spill_close(&run[q].f);
		free(run[q].buf);
		free(run[q].path);
	}
	free(run);
	return r;
}

int
mdtl_spill_merge(struct mdtl_spill *sp, const struct mdtl_filter *filter,
    const struct mdtl_lexicon *lex, mdtl_spill_out out, void *arg)
{
	struct worker w[MAX_WORKERS];
	size_t i, nw = sp->jobs;
	int r = 0;

	/* relating parts, each worker's share of the budget: with half of
	 * it, parts split by day at -j 2 that split by month at -j 1, and
	 * relating them took twice the work (at 80 000 articles, 2.4 s on
	 * each of two threads against 2.1 s on one); the runs, after, share
	 * the whole (run_task()) */
	memset(w, 0, sizeof w);
	for (i = 0; i < nw; i++) {
		w[i].sp = sp;
		mdtl_buf_init(&w[i].b);
		w[i].room = sp->budget / nw > 0 ? sp->budget / nw : 1;
		w[i].task = relate_task;
		w[i].filter = filter;
		w[i].lex = lex;
	}
	if (fflush(sp->records.f) != 0)
		fail(sp);
	give_back();
	if (!failed(sp))
		r = run_workers(w, nw, MDTL_SPILL_PARTS);
	for (i = 0; i < sp->n; i++)
		sp->rec[i].parent = (uint32_t)find(sp->rec, i);
	give_back();
	if (r == 0 && !failed(sp))
		r = runs(sp, w, nw, out, arg);
	for (i = 0; i < nw; i++) {
		mdtl_buf_release(&w[i].b);
	}
	if (failed(sp)) {
		errno = sp->err;
		return -1;
	}
	return r;
}

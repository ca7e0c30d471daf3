/* event.c: the event record's vocabularies, ids and content words. */
#include <string.h>
#include <strings.h>

#include "mdtl/buf.h"
#include "mdtl/event.h"

const char *const mdtl_event_type_names[] = {
#define X(n, s, c) s,
#include "mdtl/event-types.def"
#undef X
	NULL
};

static const char *const type_cameo[] = {
#define X(n, s, c) c,
#include "mdtl/event-types.def"
#undef X
};

const char *const mdtl_role_names[] = {
#define X(e, s) s,
	MDTL_ROLES(X)
#undef X
	NULL
};

static const char *const basis_names[] = {
	NULL,
#define X(e, s) s,
	MDTL_BASES(X)
#undef X
};

const char *const mdtl_format_names[] = {
#define X(e, s) s,
	MDTL_FORMATS(X)
#undef X
	NULL
};

/* The index of s in names[0..n) without case, or -1. */
static int
find(const char *const *names, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (names[i] != NULL && strcasecmp(s, names[i]) == 0)
			return i;
	return -1;
}

const char *
mdtl_event_type_name(enum mdtl_event_type t)
{
	return t < MDTL_EVENT_NTYPES ? mdtl_event_type_names[t] : "?";
}

const char *
mdtl_event_type_cameo(enum mdtl_event_type t)
{
	return t < MDTL_EVENT_NTYPES ? type_cameo[t] : NULL;
}

int
mdtl_event_type_find(const char *s)
{
	return find(mdtl_event_type_names, MDTL_EVENT_NTYPES, s);
}

const char *
mdtl_role_name(enum mdtl_role_kind r)
{
	return r < MDTL_ROLE_NKINDS ? mdtl_role_names[r] : "?";
}

int
mdtl_role_find(const char *s)
{
	return find(mdtl_role_names, MDTL_ROLE_NKINDS, s);
}

const char *
mdtl_basis_name(enum mdtl_date_basis b)
{
	return b < MDTL_BASIS_NBASES ? basis_names[b] : NULL;
}

int
mdtl_basis_find(const char *s)
{
	return find(basis_names, MDTL_BASIS_NBASES, s);
}

int
mdtl_format_find(const char *s)
{
	return find(mdtl_format_names, MDTL_FORMAT_NFORMATS, s);
}

const struct mdtl_words *
mdtl_event_words(struct mdtl_arena *a, struct mdtl_event *e)
{
	if (e->words.v == NULL)
		mdtl_words_of(a, e->sentence, &e->words);
	return &e->words;
}

/* FNV-1a over s, then over the key so far; the key is cut at 255 bytes. */
static uint64_t
fnv_str(uint64_t h, const char *s, size_t *left)
{
	for (; *s && *left > 0; s++, --*left)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static uint64_t
fnv_num(uint64_t h, size_t v, size_t *left)
{
	char d[24];

	return fnv_str(h, mdtl_utoa(d, v), left);
}

void
mdtl_event_ids_init(struct mdtl_event_ids *ids, const char *article_id)
{
	ids->left = 255;
	ids->hash = fnv_str(14695981039346656037ull, article_id, &ids->left);
	ids->hash = fnv_str(ids->hash, "|", &ids->left);
}

/* As snprintf() of the key into 256 bytes would give it, unformatted. */
void
mdtl_event_id(const struct mdtl_event_ids *ids, char out[20], size_t start,
    size_t end, enum mdtl_event_type type, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t h = ids->hash;
	size_t left = ids->left, i;

	h = fnv_num(h, start, &left);
	h = fnv_str(h, "|", &left);
	h = fnv_num(h, end, &left);
	h = fnv_str(h, "|", &left);
	h = fnv_str(h, mdtl_event_type_name(type), &left);
	h = fnv_str(h, "|", &left);
	h = fnv_num(h, n, &left);
	for (i = 0; i < 16; i++)
		out[i] = hex[(h >> (60 - 4 * i)) & 15];
	out[16] = '\0';
}

/* Mentions that name their event by id alone point to it whole. */
static void
link_atoms(struct mdtl_event *e)
{
	size_t i, j;

	for (i = 0; i < e->nmentions; i++) {
		const struct mdtl_atom *a = e->mentions[i].atom;

		if (a == NULL || e->mentions[i].home)
			continue;
		for (j = 0; j < e->nmentions; j++)
			if (e->mentions[j].home &&
			    strcmp(e->mentions[j].atom->id, a->id) == 0) {
				e->mentions[i].atom = e->mentions[j].atom;
				break;
			}
		/* (none whole: an undated event without actors) */
		if (j == e->nmentions)
			e->mentions[i].home = 1;
	}
}

void
mdtl_event_settle(struct mdtl_event *e)
{
	size_t i;

	for (i = 0; i < e->nmentions; i++)
		if (e->mentions[i].atom != NULL && !e->mentions[i].home) {
			link_atoms(e);
			break;
		}
	/* the event's own sentence, where it sorts among its article's */
	for (i = 0; i < e->nmentions; i++)
		if ((e->mentions[i].atom == NULL ||
		    strcmp(e->mentions[i].atom->id, e->id) == 0) &&
		    e->mentions[i].text != NULL &&
		    strcmp(e->mentions[i].text, e->sentence) == 0) {
			e->span = e->mentions[i].span;
			break;
		}
	if (e->nmentions == 0) {
		struct mdtl_mention *m = &e->mentions[e->nmentions++];

		m->text = e->sentence;
		m->article = e->article->id;
		m->source = e->article->path;
	}
}

/* lexicon.c: the domain knowledge of the data files, loaded and indexed. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "mdtl/buf.h"
#include "mdtl/io.h"
#include "mdtl/lexicon.h"
#include "mdtl/timex.h"
#include "mdtl/wordset.h"
#include "mdtl/xalloc.h"
#include "mdtl/yamltree.h"

static const char *const kind_names[] = {
#define X(e, n) n,
	MDTL_ACTOR_KINDS(X)
#undef X
	NULL
};

size_t
mdtl_lexicon_nphrases(const struct mdtl_lexicon *lex)
{
	return lex->index.n;
}

const char *
mdtl_actor_kind_name(enum mdtl_actor_kind k)
{
	return kind_names[k];
}

/* Loading state for one file. */
struct loader {
	struct mdtl_lexicon	*lex;
	struct mdtl_diag	*diag;
	const char		*path;
	struct mdtl_phrase	*ph;		/* collected, indexed at the end */
	size_t			 nph, aph;
	int			 failed;
};

__attribute__((format(printf, 3, 4)))
static void
fail(struct loader *l, const struct mdtl_ynode *n, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	mdtl_diag_add(l->diag, MDTL_DIAG_ERROR, l->path, n ? n->line : 0,
	    n ? n->col : 0, "%s", msg);
	l->failed = 1;
}

static int
expect(struct loader *l, const struct mdtl_ynode *n, enum mdtl_ynode_kind k,
    const char *what)
{
	static const char *const names[] = { "a string", "a list",
	    "a mapping" };

	if (n->kind == k)
		return 1;
	fail(l, n, "%s must be %s", what, names[k]);
	return 0;
}

/* Refuse keys other than those listed, so that typos are caught. */
static int
check_keys(struct loader *l, const struct mdtl_ynode *map,
    const char *const *keys, const char *what)
{
	size_t i, k;

	if (!expect(l, map, MDTL_YNODE_MAP, what))
		return 0;
	for (i = 0; i + 1 < map->n; i += 2) {
		const struct mdtl_ynode *key = map->v[i];

		if (key->kind != MDTL_YNODE_SCALAR) {
			fail(l, key, "keys must be strings");
			return 0;
		}
		for (k = 0; keys[k] != NULL; k++)
			if (strcmp(key->str, keys[k]) == 0)
				break;
		if (keys[k] == NULL) {
			fail(l, key, "unknown key '%s' in %s", key->str, what);
			return 0;
		}
	}
	return 1;
}

static const char *
get_str(struct loader *l, const struct mdtl_ynode *map, const char *key,
    int required, const char *what)
{
	const struct mdtl_ynode *n = mdtl_ynode_get(map, key);

	if (n == NULL) {
		if (required)
			fail(l, map, "%s has no '%s'", what, key);
		return NULL;
	}
	if (!expect(l, n, MDTL_YNODE_SCALAR, key))
		return NULL;
	if (n->len == 0 || strlen(n->str) != n->len) {
		fail(l, n, "'%s' must be a non-empty string", key);
		return NULL;
	}
	return n->str;
}

/*
 * A role's start or end: a year ("2008") or a day ("2008-05-07"), as days
 * since 1970; a year starts on 1 January and ends on 31 December.
 */
static long
get_day(struct loader *l, const struct mdtl_ynode *map, const char *key,
    int is_end)
{
	const struct mdtl_ynode *n = mdtl_ynode_get(map, key);
	struct mdtl_date d;
	long first, last;

	if (n == NULL)
		return 0;
	if (!expect(l, n, MDTL_YNODE_SCALAR, key))
		return 0;
	if (mdtl_timex_parse(n->str, &d) < 0 || d.gran < MDTL_GRAN_YEAR ||
	    d.year < 1000) {
		fail(l, n, "'%s' must be a year or a date, not '%s'", key,
		    n->str);
		return 0;
	}
	mdtl_date_range(&d, &first, &last);
	/* 0 means open, so a role cannot start on 1970-01-01 exactly */
	return is_end ? last : first;
}

static void
add_phrase(struct loader *l, const struct mdtl_ynode *where, const char *text,
    enum mdtl_phrase_kind kind, const void *target, long from, long to)
{
	struct mdtl_lexicon *lex = l->lex;
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0, i, skip = 0, gap;
	struct mdtl_phrase *p;

	mdtl_text_tokenize(&lex->arena, text, strlen(text), 0, &t, &nt, &at);
	/* A leading "the" is optional in text, so it is not part of a name. */
	if (nt > 1 && strcmp(t[0].norm, "the") == 0)
		skip = 1;
	if (nt == skip) {
		fail(l, where, "empty phrase '%s'", text);
		return;
	}
	/* "repeated ... 's offer": the possessive one token, as in text */
	for (i = skip; i + 1 < nt; i++)
		if (strcmp(t[i].norm, "'") == 0 && strcmp(t[i + 1].norm,
		    "s") == 0) {
			t[i].norm = "'s";
			t[i].hash = mdtl_text_hash(t[i].norm);
			memmove(t + i + 1, t + i + 2, (nt - i - 2) * sizeof *t);
			nt--;
		}
	/* "take ... measures": one gap, between words */
	for (i = skip; i < nt && strcmp(t[i].norm, "...") != 0; i++)
		;
	if (i < nt && (i == skip || i + 1 == nt)) {
		fail(l, where, "'...' only between words: '%s'", text);
		return;
	}
	gap = i < nt ? i : 0;
	for (i = gap + 1; gap && i < nt; i++)
		if (strcmp(t[i].norm, "...") == 0) {
			fail(l, where, "one '...' a phrase: '%s'", text);
			return;
		}
	if (gap) {
		memmove(t + gap, t + gap + 1, (nt - gap - 1) * sizeof *t);
		nt--;
		gap -= skip;
	}
	p = MDTL_ARENA_PUSH(&lex->arena, l->ph, l->nph, l->aph);
	p->ntok = nt - skip;
	p->gap = gap;
	p->tok = mdtl_arena_alloc(&lex->arena, p->ntok * sizeof *p->tok);
	p->hashes = mdtl_arena_alloc(&lex->arena, p->ntok * sizeof *p->hashes);
	for (i = 0; i < p->ntok; i++) {
		p->tok[i] = t[i + skip].norm;
		p->hashes[i] = t[i + skip].hash;
	}
	p->kind = kind;
	p->target = target;
	p->text = text;
	p->from = from;
	p->to = to;
	/* "US" is not "us", "Gates" is not "gates" */
	p->cap = (t[skip].flags & MDTL_TOK_CAP) != 0;
	/* an outlet's name is a proper name with all its capitals: "Russia
	 * today said" is Russia and a day, not Russia Today */
	p->caps = 0;
	if (kind == MDTL_PH_ACTOR &&
	    lex->actors[(size_t)target].kind == MDTL_ACTOR_AGENCY)
		for (i = 1; i < p->ntok && i < 32; i++)
			if (t[i + skip].flags & MDTL_TOK_CAP)
				p->caps |= 1u << i;
}

/* A list of phrases (or one string) of one kind. */
static void
add_phrases(struct loader *l, const struct mdtl_ynode *n,
    enum mdtl_phrase_kind kind, const void *target, long from, long to,
    const char *what)
{
	size_t i;

	if (n == NULL)
		return;
	if (n->kind == MDTL_YNODE_SCALAR) {
		add_phrase(l, n, n->str, kind, target, from, to);
		return;
	}
	if (!expect(l, n, MDTL_YNODE_SEQ, what))
		return;
	for (i = 0; i < n->n; i++) {
		if (!expect(l, n->v[i], MDTL_YNODE_SCALAR, what))
			return;
		if (n->v[i]->len == 0) {
			fail(l, n->v[i], "empty phrase in %s", what);
			return;
		}
		add_phrase(l, n->v[i], n->v[i]->str, kind, target, from, to);
	}
}

static int
load_file(struct loader *l, const char *dir, const char *name,
    struct mdtl_ynode **root)
{
	struct mdtl_buf path = MDTL_BUF_INIT;
	char *buf;
	size_t len;
	int ret = 0;

	mdtl_buf_addf(&path, "%s/%s", dir, name);
	l->path = mdtl_arena_strdup(&l->lex->arena, path.buf);
	mdtl_buf_release(&path);
	if (mdtl_read_file(l->path, &buf, &len, 4 << 20, l->diag) < 0) {
		l->failed = 1;
		return 0;
	}
	*root = mdtl_yaml_load(&l->lex->arena, buf, len, l->path,
	    MDTL_YAML_MAX_DEPTH, l->diag);
	if (*root == NULL)
		l->failed = 1;
	else if (expect(l, *root, MDTL_YNODE_MAP, name))
		ret = 1;
	free(buf);
	return ret;
}

static void
copy_aliases(struct mdtl_arena *arena, struct mdtl_actor *a,
    const struct mdtl_ynode *al)
{
	size_t k;

	if (al == NULL || al->kind != MDTL_YNODE_SEQ)
		return;
	a->aliases = mdtl_arena_calloc(arena, al->n, sizeof *a->aliases);
	for (k = 0; k < al->n; k++)
		a->aliases[a->naliases++] = al->v[k]->str;
}

static void
load_actors(struct loader *l, const struct mdtl_ynode *root)
{
	static const char *const top[] = { "actors", "collectives", "titles",
	    NULL };
	static const char *const keys[] = { "id", "name", "kind", "country",
	    "gender", "demonyms", "aliases", "roles", NULL };
	static const char *const rkeys[] = { "title", "titles", "from", "to",
	    "side", NULL };
	struct mdtl_lexicon *lex = l->lex;
	const struct mdtl_ynode *list;
	size_t i, j, k, before, first = lex->nactors;

	if (!check_keys(l, root, top, "actors.yaml"))
		return;
	add_phrases(l, mdtl_ynode_get(root, "collectives"),
	    MDTL_PH_COLLECTIVE, NULL, 0, 0, "collectives");
	add_phrases(l, mdtl_ynode_get(root, "titles"), MDTL_PH_TITLE, NULL, 0,
	    0, "titles");
	if ((list = mdtl_ynode_get(root, "actors")) == NULL) {
		fail(l, root, "actors.yaml has no 'actors' list");
		return;
	}
	if (!expect(l, list, MDTL_YNODE_SEQ, "actors"))
		return;
	for (i = 0; i < list->n && !l->failed; i++) {
		const struct mdtl_ynode *m = list->v[i], *roles;
		struct mdtl_actor *a;
		const char *kind, *gender;

		if (!check_keys(l, m, keys, "an actor"))
			return;
		a = MDTL_ARENA_PUSH(&lex->arena, lex->actors, lex->nactors,
		    lex->aactors);
		a->id = get_str(l, m, "id", 1, "an actor");
		a->name = get_str(l, m, "name", 1, "an actor");
		kind = get_str(l, m, "kind", 1, "an actor");
		a->country_id = get_str(l, m, "country", 0, "an actor");
		gender = get_str(l, m, "gender", 0, "an actor");
		if (l->failed)
			return;
		if (gender != NULL && strcmp(gender, "female") != 0 &&
		    strcmp(gender, "male") != 0) {
			fail(l, mdtl_ynode_get(m, "gender"), "unknown gender "
			    "'%s' (female, male)", gender);
			return;
		}
		a->gender = gender == NULL ? MDTL_GENDER_UNKNOWN :
		    gender[0] == 'f' ? MDTL_GENDER_FEMALE : MDTL_GENDER_MALE;
		for (k = 0; kind_names[k] != NULL; k++)
			if (strcmp(kind, kind_names[k]) == 0)
				break;
		if (kind_names[k] == NULL) {
			fail(l, mdtl_ynode_get(m, "kind"), "unknown kind '%s'"
			    " (person, organisation, country, group, agency)",
			    kind);
			return;
		}
		a->kind = (enum mdtl_actor_kind)k;
		for (j = first; j + 1 < lex->nactors; j++)
			if (strcmp(lex->actors[j].id, a->id) == 0) {
				fail(l, mdtl_ynode_get(m, "id"),
				    "duplicate actor id '%s'", a->id);
				return;
			}
		/* Phrases point at the actor by index until the array is final. */
		add_phrase(l, m, a->name, MDTL_PH_ACTOR,
		    (void *)(lex->nactors - 1), 0, 0);
		add_phrases(l, mdtl_ynode_get(m, "aliases"), MDTL_PH_ACTOR,
		    (void *)(lex->nactors - 1), 0, 0, "aliases");
		add_phrases(l, mdtl_ynode_get(m, "demonyms"), MDTL_PH_DEMONYM,
		    (void *)(lex->nactors - 1), 0, 0, "demonyms");
		copy_aliases(&lex->arena, a, mdtl_ynode_get(m, "aliases"));
		if ((roles = mdtl_ynode_get(m, "roles")) == NULL)
			continue;
		if (!expect(l, roles, MDTL_YNODE_SEQ, "roles"))
			return;
		a->roles = mdtl_arena_calloc(&lex->arena, roles->n + 1,
		    sizeof *a->roles);
		for (j = 0; j < roles->n && !l->failed; j++) {
			const struct mdtl_ynode *r = roles->v[j], *titles;
			struct mdtl_role *role = &a->roles[a->nroles++];

			if (!check_keys(l, r, rkeys, "a role"))
				return;
			role->from = get_day(l, r, "from", 0);
			role->to = get_day(l, r, "to", 1);
			role->side_id = get_str(l, r, "side", 0, "a role");
			if (role->from && role->to && role->to < role->from)
				fail(l, r, "a role that ends before it starts");
			titles = mdtl_ynode_get(r, "titles");
			if (titles == NULL)
				titles = mdtl_ynode_get(r, "title");
			if (titles == NULL) {
				fail(l, r, "a role has no 'title'");
				return;
			}
			role->title = titles->kind == MDTL_YNODE_SCALAR ?
			    titles->str : titles->n > 0 &&
			    titles->v[0]->kind == MDTL_YNODE_SCALAR ?
			    titles->v[0]->str : NULL;
			before = l->nph;
			add_phrases(l, titles, MDTL_PH_ACTOR,
			    (void *)(lex->nactors - 1), role->from, role->to,
			    "titles");
			for (k = before; k < l->nph; k++)
				l->ph[k].role = 1;
		}
	}
}

static const struct mdtl_actor *
actor_by_id(const struct mdtl_lexicon *lex, const char *id)
{
	size_t j;

	for (j = 0; j < lex->nactors; j++)
		if (strcmp(lex->actors[j].id, id) == 0)
			return &lex->actors[j];
	return NULL;
}

/* Is demonym d the plural of another of its actor's among the first n
 * phrases ("Russians" of "Russian")? */
static int
plural_of(const struct loader *l, size_t n, const struct mdtl_phrase *d)
{
	size_t k, len = strlen(d->text);

	for (k = 0; k < n; k++)
		if (&l->ph[k] != d && l->ph[k].kind == MDTL_PH_DEMONYM &&
		    l->ph[k].target == d->target &&
		    strlen(l->ph[k].text) + 1 == len && d->text[len - 1] == 's' &&
		    strncmp(l->ph[k].text, d->text, len - 1) == 0)
			return 1;
	return 0;
}

/*
 * "the Russian capital", "the Azerbaijani capital": a capital named by its
 * country's demonyms, each a phrase of place `place`.
 */
static void
capital_phrases(struct loader *l, const struct mdtl_ynode *m, size_t place)
{
	const char *id = get_str(l, m, "capital_of", 0, "a place");
	const struct mdtl_actor *a;
	size_t k, n = l->nph;

	if (id == NULL)
		return;
	if ((a = actor_by_id(l->lex, id)) == NULL) {
		fail(l, m, "a place: unknown country '%s' in 'capital_of'", id);
		return;
	}
	for (k = 0; k < n && !l->failed; k++)
		if (l->ph[k].kind == MDTL_PH_DEMONYM &&
		    l->ph[k].target == (const void *)(a - l->lex->actors) &&
		    !plural_of(l, n, &l->ph[k]))
			add_phrase(l, m, mdtl_arena_strcat(&l->lex->arena,
			    l->ph[k].text, " capital", (char *)NULL),
			    MDTL_PH_PLACE, (void *)place, 0, 0);
}

static void
load_places(struct loader *l, const struct mdtl_ynode *root)
{
	static const char *const top[] = { "places", NULL };
	static const char *const keys[] = { "name", "kind", "country",
	    "capital_of", "note", "aliases", NULL };
	struct mdtl_lexicon *lex = l->lex;
	const struct mdtl_ynode *list;
	size_t i;

	if (!check_keys(l, root, top, "places.yaml"))
		return;
	if ((list = mdtl_ynode_get(root, "places")) == NULL) {
		fail(l, root, "places.yaml has no 'places' list");
		return;
	}
	if (!expect(l, list, MDTL_YNODE_SEQ, "places"))
		return;
	for (i = 0; i < list->n && !l->failed; i++) {
		const struct mdtl_ynode *m = list->v[i];
		struct mdtl_place *p;

		if (!check_keys(l, m, keys, "a place"))
			return;
		p = MDTL_ARENA_PUSH(&lex->arena, lex->places, lex->nplaces,
		    lex->aplaces);
		p->name = get_str(l, m, "name", 1, "a place");
		p->kind = get_str(l, m, "kind", 0, "a place");
		p->country = get_str(l, m, "country", 0, "a place");
		p->note = get_str(l, m, "note", 0, "a place");
		p->capital_of = get_str(l, m, "capital_of", 0, "a place");
		if (l->failed)
			return;
		add_phrase(l, m, p->name, MDTL_PH_PLACE,
		    (void *)(lex->nplaces - 1), 0, 0);
		add_phrases(l, mdtl_ynode_get(m, "aliases"), MDTL_PH_PLACE,
		    (void *)(lex->nplaces - 1), 0, 0, "aliases");
		capital_phrases(l, m, lex->nplaces - 1);
	}
}

static const char *const grammar_names[] = {
#define X(e, s) s,
	MDTL_GRAMMAR(X)
#undef X
	NULL
};

/*
 * The list of single words n, called name, made the set set: each word's
 * value its position + 1 when positions (at most 254 words), else 1.
 */
static void
word_set(struct loader *l, const struct mdtl_ynode *n, const char *name,
    int positions, struct mdtl_wordset *set)
{
	struct mdtl_lexicon *lex = l->lex;
	const char **word;
	unsigned char *value;
	size_t nslot = 8, i, j;

	if (!expect(l, n, MDTL_YNODE_SEQ, name))
		return;
	if (positions && n->n > 254) {
		fail(l, n, "'%s' has more than 254 words", name);
		return;
	}
	while (nslot < 2 * (n->n + 1))
		nslot *= 2;
	word = mdtl_arena_calloc(&lex->arena, nslot, sizeof *word);
	value = mdtl_arena_calloc(&lex->arena, nslot, sizeof *value);
	for (i = 0; i < n->n; i++) {
		const struct mdtl_ynode *w = n->v[i];
		char *lower;

		if (!expect(l, w, MDTL_YNODE_SCALAR, name))
			return;
		/* as the tokenizer writes a word's normal form */
		lower = mdtl_arena_strndup(&lex->arena, w->str, w->len);
		for (j = 0; j < w->len; j++) {
			if (isspace((unsigned char)lower[j])) {
				fail(l, w, "'%s' is not one word", w->str);
				return;
			}
			lower[j] = (char)tolower((unsigned char)lower[j]);
		}
		if (w->len == 0) {
			fail(l, w, "empty word in %s", name);
			return;
		}
		mdtl_wordset_add(word, value, nslot, lower,
		    positions ? (unsigned)i + 1 : 1);
	}
	set->word = word;
	set->value = value;
	set->nslot = nslot;
}

/* cues.yaml "grammar": lists of single words, each made a set. */
static void
load_grammar(struct loader *l, const struct mdtl_ynode *g)
{
	const struct mdtl_ynode *n;
	size_t k;

	if (!check_keys(l, g, grammar_names, "grammar"))
		return;
	for (k = 0; k < MDTL_GRAMMAR_NLISTS && !l->failed; k++)
		if ((n = mdtl_ynode_get(g, grammar_names[k])) != NULL)
			word_set(l, n, grammar_names[k], 1,
			    &l->lex->grammar[k]);
}

/*
 * given-names.yaml (made by scripts/given-names from the Phoenix country
 * dictionary): the words a person's name the data does not know may open
 * with.
 */
static void
load_given_names(struct loader *l, const struct mdtl_ynode *root)
{
	static const char *const top[] = { "given_names", NULL };
	const struct mdtl_ynode *n;

	if (!check_keys(l, root, top, "given-names.yaml"))
		return;
	if ((n = mdtl_ynode_get(root, "given_names")) == NULL) {
		fail(l, root, "given-names.yaml has no 'given_names'");
		return;
	}
	word_set(l, n, "given_names", 0, &l->lex->given);
}

static const enum mdtl_phrase_kind cue_kind[MDTL_EVENT_NTYPES] = {
	MDTL_PH_SPEECH, MDTL_PH_WARNING, MDTL_PH_OFFER, MDTL_PH_SUMMIT,
	MDTL_PH_DEADLINE,
};

enum mdtl_phrase_kind
mdtl_lexicon_cue_kind(enum mdtl_event_type t)
{
	return cue_kind[t];
}

/*
 * cameo-verbs.yaml (made by scripts/cameo-verbs from the CAMEO verb
 * dictionary): for each event type, its verbs under their CAMEO codes.
 */
static void
load_verbs(struct loader *l, const struct mdtl_ynode *root)
{
	size_t i, k, before;
	int t;

	if (!check_keys(l, root, mdtl_event_type_names, "cameo-verbs.yaml"))
		return;
	for (t = 0; t < MDTL_EVENT_NTYPES && !l->failed; t++) {
		const struct mdtl_ynode *m = mdtl_ynode_get(root,
		    mdtl_event_type_names[t]);

		if (m == NULL)
			continue;
		if (!expect(l, m, MDTL_YNODE_MAP, mdtl_event_type_names[t]))
			return;
		for (i = 0; i + 1 < m->n && !l->failed; i += 2) {
			const struct mdtl_ynode *code = m->v[i];

			if (code->len < 3 || code->len > 4 ||
			    strspn(code->str, "0123456789") != code->len) {
				fail(l, code, "'%s' is not a CAMEO code",
				    code->str);
				return;
			}
			before = l->nph;
			add_phrases(l, m->v[i + 1], cue_kind[t], NULL, 0, 0,
			    code->str);
			for (k = before; k < l->nph; k++)
				l->ph[k].code = code->str;
		}
	}
}

/*
 * Two lists whose product is cues: "modals" and "actions" ("could
 * deploy", "will be forced to respond"), "verbs" and "objects" ("signed an
 * agreement"), so that neither list repeats the other.
 */
static void
add_products(struct loader *l, const struct mdtl_ynode *m,
    enum mdtl_phrase_kind kind, const char *first, const char *second)
{
	const struct mdtl_ynode *mo = mdtl_ynode_get(m, first);
	const struct mdtl_ynode *ac = mdtl_ynode_get(m, second);
	size_t i, k;

	if (mo == NULL && ac == NULL)
		return;
	if (mo == NULL || ac == NULL) {
		fail(l, m, "'%s' and '%s' go together", first, second);
		return;
	}
	if (!expect(l, mo, MDTL_YNODE_SEQ, first) ||
	    !expect(l, ac, MDTL_YNODE_SEQ, second))
		return;
	for (i = 0; i < mo->n; i++)
		for (k = 0; k < ac->n; k++) {
			if (!expect(l, mo->v[i], MDTL_YNODE_SCALAR, first) ||
			    !expect(l, ac->v[k], MDTL_YNODE_SCALAR, second))
				return;
			add_phrase(l, ac->v[k], mdtl_arena_strcat(&l->lex->arena,
			    mo->v[i]->str, " ", ac->v[k]->str, (char *)NULL),
			    kind, NULL, 0, 0);
		}
}

/*
 * cameo-actors.yaml (made by scripts/cameo-actors from the Phoenix actor
 * dictionaries): actor id -> CAMEO actor code.
 */
static void
load_actor_codes(struct loader *l, const struct mdtl_ynode *root)
{
	static const char *const keys[] = { "actors", NULL };
	const struct mdtl_ynode *m;
	size_t i, k;

	if (!check_keys(l, root, keys, "cameo-actors.yaml"))
		return;
	if ((m = mdtl_ynode_get(root, "actors")) == NULL)
		return;
	if (!expect(l, m, MDTL_YNODE_MAP, "actors"))
		return;
	for (i = 0; i + 1 < m->n; i += 2) {
		const struct mdtl_ynode *id = m->v[i], *code = m->v[i + 1];

		if (!expect(l, code, MDTL_YNODE_SCALAR, id->str))
			return;
		if (code->len < 3 || strspn(code->str,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != code->len) {
			fail(l, code, "'%s' is not a CAMEO actor code",
			    code->str);
			return;
		}
		for (k = 0; k < l->lex->nactors; k++)
			if (strcmp(l->lex->actors[k].id, id->str) == 0)
				break;
		if (k == l->lex->nactors) {
			fail(l, id, "unknown actor '%s'", id->str);
			return;
		}
		l->lex->actors[k].cameo = code->str;
	}
}

/*
 * cues.yaml: each event type's words, then speakers, boilerplate and the
 * headings of lists of links.
 */
static void
load_cues(struct loader *l, const struct mdtl_ynode *root)
{
	static const char *const top[] = { "statement", "warning", "offer",
	    "summit", "deadline", "speakers", "boilerplate", "links", "grammar",
	    NULL };
	static const char *const tkeys[] = { "cameo", "cues", "modals",
	    "actions", "verbs", "objects", "by", "nouns", "made_by",
	    "conditions", "not", NULL };
	static const char *const skeys[] = { "anonymous", NULL };
	struct mdtl_lexicon *lex = l->lex;
	const struct mdtl_ynode *n;
	int t;

	if (!check_keys(l, root, top, "cues.yaml"))
		return;
	for (t = 0; t < MDTL_EVENT_NTYPES && !l->failed; t++) {
		const struct mdtl_ynode *m = mdtl_ynode_get(root, mdtl_event_type_names[t]);
		const struct mdtl_ynode *c;

		lex->cameo[t] = mdtl_event_type_cameo(t);
		if (m == NULL) {
			fail(l, root, "cues.yaml has no '%s' section",
			    mdtl_event_type_names[t]);
			return;
		}
		if (!check_keys(l, m, tkeys, mdtl_event_type_names[t]))
			return;
		if ((c = mdtl_ynode_get(m, "cameo")) != NULL) {
			if (!expect(l, c, MDTL_YNODE_SCALAR, "cameo"))
				return;
			lex->cameo[t] = c->plain && (strcmp(c->str, "null") == 0 ||
			    strcmp(c->str, "~") == 0 || c->len == 0) ? NULL :
			    c->str;
		}
		if (mdtl_ynode_get(m, "cues") == NULL) {
			fail(l, m, "'%s' has no 'cues'", mdtl_event_type_names[t]);
			return;
		}
		add_phrases(l, mdtl_ynode_get(m, "cues"), cue_kind[t], NULL, 0,
		    0, "cues");
		add_products(l, m, cue_kind[t], "modals", "actions");
		add_products(l, m, cue_kind[t], "verbs", "objects");
		add_phrases(l, mdtl_ynode_get(m, "by"), MDTL_PH_OFFER_BY, NULL,
		    0, 0, "by");
		add_phrases(l, mdtl_ynode_get(m, "nouns"), MDTL_PH_OFFER_NOUN,
		    NULL, 0, 0, "nouns");
		add_phrases(l, mdtl_ynode_get(m, "made_by"), MDTL_PH_MADE_BY,
		    NULL, 0, 0, "made_by");
		add_phrases(l, mdtl_ynode_get(m, "conditions"),
		    MDTL_PH_CONDITION, NULL, 0, 0, "conditions");
		add_phrases(l, mdtl_ynode_get(m, "not"), MDTL_PH_NOT_SUMMIT,
		    NULL, 0, 0, "not");
	}
	if ((n = mdtl_ynode_get(root, "speakers")) != NULL) {
		if (!check_keys(l, n, skeys, "speakers"))
			return;
		add_phrases(l, mdtl_ynode_get(n, "anonymous"),
		    MDTL_PH_ANONYMOUS, NULL, 0, 0, "anonymous");
	}
	add_phrases(l, mdtl_ynode_get(root, "boilerplate"),
	    MDTL_PH_BOILERPLATE, NULL, 0, 0, "boilerplate");
	add_phrases(l, mdtl_ynode_get(root, "links"), MDTL_PH_LINKS, NULL, 0,
	    0, "links");
	if ((n = mdtl_ynode_get(root, "grammar")) != NULL)
		load_grammar(l, n);
}

/* The key of a phrase of two tokens or more in the match index. */
static unsigned
pair_hash(unsigned h0, unsigned h1)
{
	return (h0 * 0x9e3779b1u) ^ h1;
}

/*
 * Put p into a chain, after the phrases as long as it or longer.  A phrase
 * is in two chains; next_at is the offset of the link this one goes by
 * (offsetof next or next_match).
 */
static void
chain(struct mdtl_phrase **pp, struct mdtl_phrase *p,
    size_t next_at)
{
	struct mdtl_phrase **link;

	while (*pp != NULL && (*pp)->ntok >= p->ntok)
		pp = (struct mdtl_phrase **)((char *)*pp + next_at);
	link = (struct mdtl_phrase **)((char *)p + next_at);
	*link = *pp;
	*pp = p;
}

/* The words the match index keys a phrase by: its first two, or one. */
static size_t
keyed(const struct mdtl_phrase *p)
{
	return p->ntok > 1 && p->gap != 1 ? 2 : 1;
}

/* A phrase of the chain that is p again: the same words, kind and target. */
static struct mdtl_phrase *
same_phrase(struct mdtl_phrase *q, const struct mdtl_phrase *p)
{
	size_t i;

	for (; q != NULL; q = q->next) {
		if (q->ntok != p->ntok || q->kind != p->kind ||
		    q->target != p->target || q->from != p->from ||
		    q->to != p->to || q->cap != p->cap || q->gap != p->gap)
			continue;
		for (i = 0; i < p->ntok; i++)
			if (q->hashes[i] != p->hashes[i] ||
			    strcmp(q->tok[i], p->tok[i]) != 0)
				break;
		if (i == p->ntok)
			return q;
	}
	return NULL;
}

static void
build_index(struct loader *l)
{
	struct mdtl_lexicon *lex = l->lex;
	struct mdtl_phrases *ix = &lex->index;
	size_t i, nb = 64;

	/* sparse, so that most words find their bucket empty */
	while (nb < l->nph * 8)
		nb *= 2;
	ix->nbucket = nb;
	ix->n = 0;
	ix->bucket = mdtl_arena_calloc(&lex->arena, nb, sizeof *ix->bucket);
	ix->match = mdtl_arena_calloc(&lex->arena, nb, sizeof *ix->match);
	ix->kinds = mdtl_arena_calloc(&lex->arena, nb, sizeof *ix->kinds);
	for (i = 0; i < l->nph; i++) {
		struct mdtl_phrase *p = &l->ph[i], *q;
		unsigned key;

		if (p->kind == MDTL_PH_ACTOR || p->kind == MDTL_PH_DEMONYM)
			p->target = &lex->actors[(size_t)p->target];
		else if (p->kind == MDTL_PH_PLACE)
			p->target = &lex->places[(size_t)p->target];
		p->hash = p->hashes[0];
		/* a cue in two files is one, with the code either gives */
		if ((q = same_phrase(ix->bucket[p->hash & (nb - 1)], p)) != NULL) {
			if (q->code == NULL)
				q->code = p->code;
			continue;
		}
		ix->n++;
		ix->kinds[p->hash & (nb - 1)] |= 1u << p->kind;
		chain(&ix->bucket[p->hash & (nb - 1)], p,
		    offsetof(struct mdtl_phrase, next));
		key = keyed(p) > 1 ? pair_hash(p->hash, p->hashes[1]) :
		    p->hash;
		chain(&ix->match[key & (nb - 1)], p,
		    offsetof(struct mdtl_phrase, next_match));
	}
	for (i = 0; i < lex->nactors; i++) {
		struct mdtl_actor *a = &lex->actors[i];
		size_t k;

		if (a->country_id != NULL &&
		    (a->country = actor_by_id(lex, a->country_id)) == NULL) {
			mdtl_diag_add(l->diag, MDTL_DIAG_ERROR, l->path, 0, 0,
			    "actor '%s': unknown country '%s'", a->id,
			    a->country_id);
			l->failed = 1;
		}
		for (k = 0; k < a->nroles; k++)
			if (a->roles[k].side_id != NULL && (a->roles[k].side =
			    actor_by_id(lex, a->roles[k].side_id)) == NULL) {
				mdtl_diag_add(l->diag, MDTL_DIAG_ERROR, l->path,
				    0, 0, "actor '%s': a role for an unknown "
				    "side '%s'", a->id, a->roles[k].side_id);
				l->failed = 1;
			}
	}
}

/* Is role r held on day (0: any)? */
static int
role_held(const struct mdtl_role *r, long day)
{
	return day == 0 || ((r->from == 0 || day >= r->from) &&
	    (r->to == 0 || day <= r->to));
}

int
mdtl_actor_on_side(const struct mdtl_actor *a, const struct mdtl_actor *side,
    long day)
{
	size_t k;

	if (a == side || a->country == side)
		return 1;
	for (k = 0; k < a->nroles; k++)
		if (a->roles[k].side == side && role_held(&a->roles[k], day))
			return 1;
	return 0;
}

const struct mdtl_actor *
mdtl_lexicon_place_country(const struct mdtl_lexicon *lex,
    const struct mdtl_place *p)
{
	const char *id = p->country;
	size_t i;

	for (i = 0; i < lex->nactors; i++) {
		const struct mdtl_actor *a = &lex->actors[i];

		if (a->kind != MDTL_ACTOR_COUNTRY)
			continue;
		if ((id != NULL && strcmp(a->id, id) == 0) ||
		    (id == NULL && strcmp(a->name, p->name) == 0))
			return a;
	}
	return NULL;
}

/* Does the title end with the words w, whole, without case? */
static int
title_ends_with(const char *title, const char *w)
{
	size_t tl = strlen(title), wl = strlen(w);

	return wl > 0 && tl >= wl && strcasecmp(title + tl - wl, w) == 0 &&
	    (tl == wl || title[tl - wl - 1] == ' ');
}

/*
 * Is the word of n bytes at w, as a data file writes it ("Vice" of "US
 * Vice President"), in grammar list g, without case?  A word too long for
 * any list is in none.
 */
static int
grammar_word(const struct mdtl_lexicon *lex, enum mdtl_grammar g,
    const char *w, size_t n)
{
	struct mdtl_token t = { 0 };
	char word[32];
	size_t i;

	if (n >= sizeof word)
		return 0;
	for (i = 0; i < n; i++)
		word[i] = (char)tolower((unsigned char)w[i]);
	word[n] = '\0';
	t.norm = word;
	t.hash = mdtl_text_hash(word);
	return mdtl_lexicon_word(lex, g, &t) >= 0;
}

/*
 * Does the title of a role end with the words w of a title named alone,
 * and no lesser rank before them (grammar list lesser_ranks: "the
 * President" is no "Vice President", "the Foreign Minister" no "Deputy
 * Foreign Minister")?
 */
static int
title_names_role(const struct mdtl_lexicon *lex, const char *title,
    const char *w)
{
	size_t tl = strlen(title), wl = strlen(w), a;

	if (!title_ends_with(title, w))
		return 0;
	if (tl == wl)
		return 1;
	for (a = tl - wl - 1; a > 0 && title[a - 1] != ' '; a--)
		;
	return !grammar_word(lex, MDTL_GRAMMAR_LESSER_RANKS, title + a,
	    tl - wl - 1 - a);
}

/* Is role r, held on day, one of the title named alone? */
static int
role_titled(const struct mdtl_lexicon *lex, const struct mdtl_role *r,
    const char *title, long day)
{
	return role_held(r, day) && r->title != NULL &&
	    title_names_role(lex, r->title, title);
}

int
mdtl_actor_holds(const struct mdtl_lexicon *lex, const struct mdtl_actor *a,
    const char *title, long day)
{
	size_t k;

	for (k = 0; k < a->nroles; k++)
		if (role_titled(lex, &a->roles[k], title, day))
			return 1;
	return 0;
}

const struct mdtl_actor *
mdtl_lexicon_role_holder(const struct mdtl_lexicon *lex, const char *title,
    const struct mdtl_actor *side, long day)
{
	const struct mdtl_actor *found = NULL;
	size_t i, k;

	for (i = 0; i < lex->nactors; i++) {
		const struct mdtl_actor *a = &lex->actors[i];

		/* (a role with no side of its own is one of its country) */
		for (k = 0; k < a->nroles; k++)
			if ((a->roles[k].side != NULL ? a->roles[k].side :
			    a->country) == side &&
			    role_titled(lex, &a->roles[k], title, day))
				break;
		if (k == a->nroles)
			continue;
		if (found != NULL)
			return NULL;
		found = a;
	}
	return found;
}

int
mdtl_lexicon_words_in(const struct mdtl_lexicon *lex, enum mdtl_grammar g,
    const char *text)
{
	size_t n;

	for (; *text != '\0'; text += n + (text[n] == ' '))
		if (grammar_word(lex, g, text, n = strcspn(text, " ")))
			return 1;
	return 0;
}

int
mdtl_actor_titled(const struct mdtl_lexicon *lex, const struct mdtl_actor *a,
    enum mdtl_grammar g, long day)
{
	size_t k;

	for (k = 0; k < a->nroles; k++)
		if (a->roles[k].title != NULL &&
		    role_held(&a->roles[k], day) &&
		    mdtl_lexicon_words_in(lex, g, a->roles[k].title))
			return 1;
	return 0;
}

const struct mdtl_actor *
mdtl_actor_side_on(const struct mdtl_actor *a, long day)
{
	size_t k;

	for (k = 0; day != 0 && k < a->nroles; k++)
		if (a->roles[k].side != NULL && role_held(&a->roles[k], day))
			return a->roles[k].side;
	return a->country != NULL ? a->country : a;
}

static int
by_address(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)(*(const struct mdtl_actor *const *)a)->id;
	uintptr_t y = (uintptr_t)(*(const struct mdtl_actor *const *)b)->id;

	return (x > y) - (x < y);
}

/* lex->by_id: the actors, by the addresses of their id strings */
static void
index_ids(struct mdtl_lexicon *lex)
{
	size_t i;

	lex->by_id = mdtl_arena_calloc(&lex->arena, lex->nactors + 1,
	    sizeof *lex->by_id);
	for (i = 0; i < lex->nactors; i++)
		lex->by_id[i] = &lex->actors[i];
	qsort(lex->by_id, lex->nactors, sizeof *lex->by_id, by_address);
}

const struct mdtl_actor *
mdtl_lexicon_actor_of_id(const struct mdtl_lexicon *lex, const char *id)
{
	size_t lo = 0, hi = lex->nactors, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((uintptr_t)lex->by_id[mid]->id < (uintptr_t)id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < lex->nactors && lex->by_id[lo]->id == id ?
	    lex->by_id[lo] : NULL;
}

struct mdtl_lexicon *
mdtl_lexicon_load(const char *dir, struct mdtl_diag *diag)
{
	struct mdtl_lexicon *lex = mdtl_xcalloc(1, sizeof *lex);
	struct loader l;
	struct mdtl_ynode *root;
	const char *actors_path;

	memset(&l, 0, sizeof l);
	l.lex = lex;
	l.diag = diag;
	mdtl_arena_init(&lex->arena);
	if (load_file(&l, dir, "actors.yaml", &root))
		load_actors(&l, root);
	actors_path = l.path;
	/* the world's other countries (scripts/countries) */
	if (!l.failed && load_file(&l, dir, "countries.yaml", &root))
		load_actors(&l, root);
	if (load_file(&l, dir, "places.yaml", &root))
		load_places(&l, root);
	if (load_file(&l, dir, "cues.yaml", &root))
		load_cues(&l, root);
	if (load_file(&l, dir, "cameo-verbs.yaml", &root))
		load_verbs(&l, root);
	if (!l.failed && load_file(&l, dir, "cameo-actors.yaml", &root))
		load_actor_codes(&l, root);
	if (!l.failed && load_file(&l, dir, "given-names.yaml", &root))
		load_given_names(&l, root);
	if (!l.failed) {
		l.path = actors_path;
		build_index(&l);
		index_ids(lex);
	}
	if (l.failed) {
		mdtl_lexicon_free(lex);
		return NULL;
	}
	return lex;
}

void
mdtl_lexicon_free(struct mdtl_lexicon *lex)
{
	if (lex == NULL)
		return;
	mdtl_arena_release(&lex->arena);
	free(lex);
}

/* The first phrase of a match chain that is at t[0]: see match(). */
/* Do the tokens at t hold the phrase's words [a, b)? */
static inline int
words_at(const struct mdtl_phrase *p, const struct mdtl_token *t, size_t a,
    size_t b)
{
	size_t i;

	/* the hashes tell most phrases apart; the words make sure */
	for (i = a; i < b; i++)
		if (t[i - a].hash != p->hashes[i])
			return 0;
	for (i = a; i < b; i++)
		if (!mdtl_text_eq(t[i - a].norm, p->tok[i]))
			return 0;
	return 1;
}

/*
 * The tokens a phrase with a gap takes at t (its first p->gap words
 * matched), or 0: "take the necessary military-technical measures" is
 * "take ... measures", the gap words and the hyphens between them only,
 * quotation marks ('take "adequate measures"') and numbers.
 */
static size_t
gap_match(const struct mdtl_phrase *p, const struct mdtl_token *t, size_t n)
{
	size_t j, words = 0, rest = p->ntok - p->gap;

	for (j = p->gap; j + rest <= n; j++) {
		if (words_at(p, &t[j], p->gap, p->ntok))
			return j + rest;
		/* a hyphen joins two words of the gap, and is not one; nor
		 * is a quotation mark, nor a number ("ordered the military
		 * on November 23 to prepare a response") */
		if (mdtl_text_eq(t[j].norm, "-") ||
		    (t[j].flags & MDTL_TOK_QUOTE) || t[j].kind == MDTL_TOK_NUM)
			continue;
		if (t[j].kind != MDTL_TOK_WORD || ++words > MDTL_PHRASE_GAP)
			break;
	}
	return 0;
}

/* Do the tokens t of a phrase p matched keep the capitals p->caps asks? */
static int
capitals_kept(const struct mdtl_phrase *p, const struct mdtl_token *t)
{
	size_t i;

	for (i = 1; p->caps != 0 && i < p->ntok && i < 32; i++)
		if ((p->caps & 1u << i) && !(t[i].flags & MDTL_TOK_CAP))
			return 0;
	return 1;
}

static const struct mdtl_phrase *
match_chain(const struct mdtl_phrase *p, const struct mdtl_token *t, size_t n,
    int multi, unsigned mask, long day, int any_case, size_t *len)
{
	for (; p != NULL; p = p->next_match) {
		if (p->hash != t[0].hash || (keyed(p) > 1) != multi ||
		    p->ntok > n || !(mask & (1u << p->kind)))
			continue;
		if (p->cap && !any_case && !(t[0].flags & MDTL_TOK_CAP))
			continue;
		if (day && ((p->from && day < p->from) ||
		    (p->to && day > p->to)))
			continue;
		if (p->gap == 0 && words_at(p, t, 0, p->ntok) &&
		    (any_case || capitals_kept(p, t))) {
			*len = p->ntok;
			return p;
		}
		if (p->gap != 0 && words_at(p, t, 0, p->gap) &&
		    (*len = gap_match(p, t, n)) != 0)
			return p;
	}
	return NULL;
}

/* Longer phrases first: those under the first two tokens, then one token. */
static const struct mdtl_phrase *
match(const struct mdtl_lexicon *lex, const struct mdtl_token *t, size_t n,
    unsigned mask, long day, size_t *len, int any_case);

/* The words a phrase that a quotation mark splits is looked for in. */
#define MDTL_QUOTED_SPAN	16

/*
 * A phrase a partial quotation opens or closes within, after its first or
 * second word: 'Moscow would "draw its own conclusions"' is "would draw its
 * own conclusions"; the phrase, its length in t counting the mark, or NULL.
 */
static const struct mdtl_phrase *
match_quoted(const struct mdtl_lexicon *lex, const struct mdtl_token *t,
    size_t n, unsigned mask, long day, size_t *len)
{
	struct mdtl_token w[MDTL_QUOTED_SPAN];
	const struct mdtl_phrase *p;
	size_t q, k, m;

	for (q = 1; q <= 2 && q + 1 < n; q++)
		if ((t[q].flags & MDTL_TOK_QUOTE) &&
		    t[q + 1].kind == MDTL_TOK_WORD)
			break;
	if (q > 2 || q + 1 >= n)
		return NULL;
	m = n - 1 < MDTL_QUOTED_SPAN ? n - 1 : MDTL_QUOTED_SPAN;
	for (k = 0; k < m; k++)
		w[k] = t[k < q ? k : k + 1];
	/* (one mark a phrase: the words without it hold no other there) */
	for (k = 1; k <= 2 && k < m; k++)
		if (w[k].flags & MDTL_TOK_QUOTE)
			return NULL;
	if ((p = match(lex, w, m, mask, day, len, 0)) == NULL || *len <= q)
		return NULL;
	(*len)++;
	return p;
}

static const struct mdtl_phrase *
match(const struct mdtl_lexicon *lex, const struct mdtl_token *t, size_t n,
    unsigned mask, long day, size_t *len, int any_case)
{
	const struct mdtl_phrases *ix = &lex->index;
	const struct mdtl_phrase *p = NULL;

	if (n == 0 || !mdtl_lexicon_may(lex, t, mask))
		return NULL;
	if (n > 1)
		p = match_chain(ix->match[pair_hash(t[0].hash, t[1].hash) &
		    (ix->nbucket - 1)], t, n, 1, mask, day, any_case, len);
	if (p == NULL)
		p = match_chain(ix->match[t[0].hash & (ix->nbucket - 1)], t, n,
		    0, mask, day, any_case, len);
	if (p == NULL && !any_case && n > 2 &&
	    ((t[1].flags | t[2].flags) & MDTL_TOK_QUOTE))
		p = match_quoted(lex, t, n, mask, day, len);
	return p;
}

int
mdtl_lexicon_may_start(const struct mdtl_lexicon *lex,
    const struct mdtl_token *t, unsigned mask)
{
	const struct mdtl_phrase *p;

	/* the bucket's kinds first: its chain is walked only for a maybe */
	if (!mdtl_lexicon_may(lex, t, mask))
		return 0;
	for (p = lex->index.bucket[t->hash & (lex->index.nbucket - 1)];
	    p != NULL; p = p->next)
		if (p->hash == t->hash && (mask & (1u << p->kind)) &&
		    mdtl_text_eq(t->norm, p->tok[0]))
			return 1;
	return 0;
}

const struct mdtl_phrase *
mdtl_lexicon_match(const struct mdtl_lexicon *lex, const struct mdtl_token *t,
    size_t n, unsigned mask, long day, size_t *len)
{
	return match(lex, t, n, mask, day, len, 0);
}

/*
 * Do the tokens after a name of len tokens opening a sentence make it a
 * dateline's: "MOSCOW, December 14 (RIA Novosti) -", "BRUSSELS (Reuters)
 * -", "BRUSSELS." alone?
 */
static int
dateline_after(const struct mdtl_token *t, size_t n, size_t len)
{
	size_t k;

	if (len >= n || strcmp(t[len].norm, "(") == 0)
		return len < n;
	if (strcmp(t[len].norm, ",") != 0 && strcmp(t[len].norm, ".") != 0)
		return 0;
	if (len + 1 == n)
		return strcmp(t[len].norm, ".") == 0;
	for (k = len + 1; k < n && k <= len + 3; k++)
		if (t[k].kind == MDTL_TOK_NUM || strcmp(t[k].norm, "(") == 0)
			return 1;
	return 0;
}

int
mdtl_lexicon_place_use(const struct mdtl_lexicon *lex,
    const struct mdtl_token *t, size_t n, size_t i, size_t len)
{
	const struct mdtl_phrase *p;
	const struct mdtl_place *city;
	size_t plen, mlen;

	if ((p = mdtl_lexicon_match(lex, t + i, n - i, 1u << MDTL_PH_PLACE, 0,
	    &plen)) == NULL || plen != len)
		return 0;
	city = p->target;
	if (city->kind != NULL && (strcmp(city->kind, "country") == 0 ||
	    strcmp(city->kind, "region") == 0))
		city = NULL;
	/* a dateline's city */
	if (i == 0)
		return city != NULL && dateline_after(t, n, len);
	/* "in Brussels"; "will leave for Moscow" */
	if (mdtl_lexicon_word(lex, MDTL_GRAMMAR_LOCATIVES, &t[i - 1]) >= 0 ||
	    (i >= 2 && mdtl_text_eq(t[i - 1].norm, "for") &&
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_GOING_FOR, &t[i - 2]) >= 0))
		return 1;
	/* "the Moscow meeting": a city naming the meeting held there; not
	 * "the Czech Republic signed an agreement" */
	return city != NULL && city->kind != NULL &&
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_DETERMINERS, &t[i - 1]) >= 0 &&
	    i + len < n && mdtl_lexicon_match(lex, t + i + len, n - i - len,
	    1u << MDTL_PH_SUMMIT, 0, &mlen) != NULL;
}

const struct mdtl_actor *
mdtl_lexicon_find_actor(const struct mdtl_lexicon *lex, const char *s,
    long day)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0, len, len2, skip = 0, i;
	const struct mdtl_phrase *p;
	const struct mdtl_actor *found = NULL;

	for (i = 0; i < lex->nactors; i++)
		if (tolower((unsigned char)lex->actors[i].id[0]) ==
		    tolower((unsigned char)s[0]) &&
		    strcasecmp(lex->actors[i].id, s) == 0)
			return &lex->actors[i];
	mdtl_text_tokenize(&a, s, strlen(s), 0, &t, &nt, &at);
	if (nt > 1 && strcmp(t[0].norm, "the") == 0)
		skip = 1;
	/* what a user types is matched without case: "-a kremlin" */
	p = match(lex, t + skip, nt - skip,
	    1u << MDTL_PH_ACTOR | 1u << MDTL_PH_DEMONYM, day, &len, 1);
	if (p != NULL && len == nt - skip)
		found = p->target;
	/* "Russian officials" */
	else if (p != NULL && p->kind == MDTL_PH_DEMONYM && match(lex,
	    t + skip + len, nt - skip - len, 1u << MDTL_PH_COLLECTIVE, 0, &len2,
	    1) != NULL && skip + len + len2 == nt)
		found = p->target;
	mdtl_arena_release(&a);
	return found;
}

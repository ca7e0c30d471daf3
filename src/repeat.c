/*
 * repeat.c: a sentence told again ("..., Interfax reported", the lead as
 * the first paragraph), found by its folded words: its events get one more
 * mention, not a copy.
 */
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

/* A sentence folded for comparing repeats: each token's form and a space. */
static const char *
fold(struct state *s, struct seen *sn)
{
	char *out, *p;
	size_t i, len = 0;

	if (sn->fold != NULL)
		return sn->fold;
	for (i = 0; i < sn->n; i++)
		len += strlen(sn->t[i].norm) + 1;
	out = p = mdtl_arena_alloc(&s->art->arena, len + 1);
	for (i = 0; i < sn->n; i++) {
		p = stpcpy(p, sn->t[i].norm);
		*p++ = ' ';
	}
	*p = '\0';
	return sn->fold = out;
}

/*
 * The same sentence told again, perhaps with a credit added at its end
 * ("..., DPA reported."): the shorter, without its full stop, begins the
 * longer, and what is left is a few words.
 */
static int
same_sentence(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), words = 0;
	const char *rest;

	if (la > lb) {
		const char *t = a;
		size_t lt = la;

		a = b;
		b = t;
		la = lb;
		lb = lt;
	}
	if (la == lb)
		return strcmp(a, b) == 0;
	/* drop the final ". " of the shorter */
	if (la >= 2 && strcmp(a + la - 2, ". ") == 0)
		la -= 2;
	if (la < 20 || strncmp(a, b, la) != 0)
		return 0;
	for (rest = b + la; *rest; rest++)
		if (*rest == ' ')
			words++;
	return words <= 8;
}

/*
 * Can two sentences be the same by same_sentence()?  Not when their folds
 * differ in the tokens before the shorter's last, or in more tokens than
 * its full stop and eight words: told from the tokens, without folding.
 */
static int
may_be_same(const struct seen *a, const struct seen *b)
{
	size_t n = a->n < b->n ? a->n : b->n, i;

	if (a->n > b->n + 9 || b->n > a->n + 9)
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (a->t[i].hash != b->t[i].hash)
			return 0;
	return 1;
}

/*
 * A sentence's bucket: the hashes of the tokens that start in the first
 * SEEN_KEY bytes of its fold.  Two that same_sentence() finds alike share
 * those bytes and so those tokens, whole (the shorter, cut to whole
 * tokens, is still SEEN_KEY bytes or more).
 */
static uint64_t
seen_hash(const struct seen *sn)
{
	uint64_t h = mdtl_text_seed(0);
	size_t i, k = 0;

	for (i = 0; i < sn->n && k < SEEN_KEY; i++) {
		h = mdtl_text_mix(h, sn->t[i].hash);
		k += strlen(sn->t[i].norm) + 1;
	}
	return h;
}

uint64_t
mdtl_repeat_hash(const struct seen *sn)
{
	return seen_hash(sn);
}

int
mdtl_repeat_same(struct state *s, struct seen *a, struct seen *b)
{
	return may_be_same(a, b) && same_sentence(fold(s, a), fold(s, b));
}

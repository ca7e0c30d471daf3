/* words.c: what a sentence is about, as a set of words, for merging. */
#include <stdlib.h>
#include <string.h>

#include "mdtl/text.h"
#include "mdtl/wordset.h"
#include "mdtl/words.h"
#include "mdtl/xalloc.h"

/* The words too common to say what a sentence is about (stop-words.h). */
#include "stop-words.gen.h"

/* A word and its hash, sorted together. */
struct word {
	const char	*s;
	unsigned	 h;
};

#define SMALL_SORT	48

static int
cmp_word(const void *pa, const void *pb)
{
	const struct word *a = pa, *b = pb;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return strcmp(a->s, b->s);
}

void
mdtl_words_of(struct mdtl_arena *a, const char *s, struct mdtl_words *w)
{
	struct mdtl_arena scratch = MDTL_ARENA_INIT;
	struct mdtl_token *t = NULL;
	size_t n = 0, alloc = 0, i;

	/* the tokens only while the words are picked: the words are kept */
	mdtl_text_tokenize(&scratch, s, strlen(s), 0, &t, &n, &alloc);
	mdtl_words_of_tokens(a, t, n, w);
	for (i = 0; i < w->n; i++)
		w->v[i] = mdtl_arena_strdup(a, w->v[i]);
	mdtl_arena_release(&scratch);
}

void
mdtl_words_of_tokens(struct mdtl_arena *a, const struct mdtl_token *t,
    size_t n, struct mdtl_words *w)
{
	struct word small[128], *v;
	size_t i, k = 0;

	/* the candidates only while sorting: on the stack, or malloc'd */
	v = n < sizeof small / sizeof small[0] ? small :
	    mdtl_xmalloc(n * sizeof *v);

	for (i = 0; i < n; i++) {
		const char *s = t[i].norm;

		/* four bytes or more, and no common word */
		if (t[i].kind == MDTL_TOK_WORD && s[0] && s[1] && s[2] &&
		    s[3] && !mdtl_wordset_get(&stop_words.set, s, t[i].hash)) {
			v[k].s = s;
			v[k++].h = t[i].hash;
		}
	}
	/* a sentence's words are a few dozen: sorted in place, inline */
	if (k <= SMALL_SORT) {
		for (i = 1; i < k; i++) {
			struct word tmp = v[i];
			size_t j;

			for (j = i; j > 0 && cmp_word(&v[j - 1], &tmp) > 0; j--)
				v[j] = v[j - 1];
			v[j] = tmp;
		}
	} else
		qsort(v, k, sizeof *v, cmp_word);
	w->v = mdtl_arena_alloc(a, (k + 1) * sizeof *w->v);
	w->h = mdtl_arena_alloc(a, (k + 1) * sizeof *w->h);
	w->n = 0;
	for (i = 0; i < k; i++)
		if (w->n == 0 || cmp_word(&v[i], &v[i - 1]) != 0) {
			w->v[w->n] = v[i].s;
			w->h[w->n++] = v[i].h;
		}
	if (v != small)
		free(v);
}

double
mdtl_words_similarity(const struct mdtl_words *a,
    const struct mdtl_words *b)
{
	size_t i = 0, j = 0, both = 0;

	while (i < a->n && j < b->n) {
		int c = a->h[i] != b->h[j] ? (a->h[i] < b->h[j] ? -1 : 1) :
		    strcmp(a->v[i], b->v[j]);

		if (c == 0) {
			both++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	return a->n + b->n - both ? (double)both / (double)(a->n + b->n -
	    both) : 0.0;
}

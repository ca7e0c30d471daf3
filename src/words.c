/* words.c: what a sentence is about, as a set of words, for merging. */
#include <stdlib.h>
#include <string.h>

#include "mdtl/text.h"
#include "mdtl/words.h"

/* Words too common to say what a sentence is about. */
static const char *const stop[] = { "about", "after", "also", "been",
	"before", "being", "between", "both", "could", "does", "each", "from",
	"have", "into", "more", "most", "much", "only", "other", "over",
	"said", "says", "should", "some", "such", "than", "that", "their",
	"them", "then", "there", "these", "they", "this", "those", "told",
	"under", "very", "were", "what", "when", "where", "which", "while",
	"will", "with", "would", "your", NULL };

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
stopword(const char *w)
{
	size_t i;

	for (i = 0; stop[i] != NULL; i++)
		if (stop[i][0] == w[0] && strcmp(w, stop[i]) == 0)
			return 1;
	return 0;
}

void
mdtl_words_of(struct mdtl_arena *a, const char *s, struct mdtl_words *w)
{
	struct mdtl_token *t = NULL;
	size_t n = 0, alloc = 0;

	mdtl_text_tokenize(a, s, strlen(s), 0, &t, &n, &alloc);
	mdtl_words_of_tokens(a, t, n, w);
}

void
mdtl_words_of_tokens(struct mdtl_arena *a, const struct mdtl_token *t,
    size_t n, struct mdtl_words *w)
{
	size_t i, k = 0;

	w->v = mdtl_arena_alloc(a, (n + 1) * sizeof *w->v);
	for (i = 0; i < n; i++)
		if (t[i].kind == MDTL_TOK_WORD && strlen(t[i].norm) >= 4 &&
		    !stopword(t[i].norm))
			w->v[k++] = t[i].norm;
	qsort(w->v, k, sizeof *w->v, cmp_str);
	w->n = 0;
	for (i = 0; i < k; i++)
		if (w->n == 0 || strcmp(w->v[w->n - 1], w->v[i]) != 0)
			w->v[w->n++] = w->v[i];
}

double
mdtl_words_similarity(const struct mdtl_words *a,
    const struct mdtl_words *b)
{
	size_t i = 0, j = 0, both = 0;

	while (i < a->n && j < b->n) {
		int c = strcmp(a->v[i], b->v[j]);

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

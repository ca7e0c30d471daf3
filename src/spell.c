/* spell.c: "did you mean": the nearest of some names to a mistyped one. */
#include <ctype.h>
#include <string.h>

#include "mdtl/spell.h"

#define SPELL_MAX	64

unsigned
mdtl_spell_distance(const char *a, const char *b, unsigned limit)
{
	/* three rows of the optimal string alignment table */
	unsigned rows[3][SPELL_MAX + 1], *prev2 = rows[0], *prev = rows[1],
		 *cur = rows[2], *t;
	size_t la = strlen(a), lb = strlen(b), i, j;

	if (la > SPELL_MAX || lb > SPELL_MAX)
		return limit + 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		prev[j] = (unsigned)j;
	for (i = 1; i <= la; i++) {
		unsigned low;

		cur[0] = low = (unsigned)i;
		for (j = 1; j <= lb; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			unsigned v = prev[j - 1] + (ca != cb);

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && ca == tolower((unsigned char)
			    b[j - 2]) && tolower((unsigned char)a[i - 2]) == cb &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < low)
				low = v;
		}
		if (low > limit)
			return limit + 1;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb] > limit ? limit + 1 : prev[lb];
}

void
mdtl_spell_init(struct mdtl_spell *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->dist = strlen(word) <= 4 ? 1 : 2;
}

void
mdtl_spell_try(struct mdtl_spell *s, const char *name)
{
	unsigned d = mdtl_spell_distance(s->word, name, s->dist);

	/* the first of the nearest: a nearer one replaces it */
	if (d <= s->dist && (s->best == NULL || d < s->dist)) {
		s->best = name;
		s->dist = d;
	}
}

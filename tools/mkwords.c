/*
 * mkwords.c: at build time, a module's fixed word lists as const tables
 * found by hash (wordset.h), so that none is built at run time.
 *
 * Built once for each header of lists, with -DMKWORDS_HEADER='"x.h"'.
 * The header defines WORD_LISTS, an X-macro of L(name, "word", ...)
 * lists (a word's value is its position + 1), and may define WORD_SETS,
 * an X-macro of S(set, array, value): NULL-terminated arrays, which it
 * declares under MKWORDS_ARRAYS, made one set, the first array naming a
 * word winning.  The tables are written to standard output.  The
 * hash is the tokenizer's (text.h), so the tables hold on the machine
 * that builds them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/text.h"

#define MKWORDS_ARRAYS
#include MKWORDS_HEADER

#define ARRAY(name, ...) \
	static const char *const name##_w[] = { __VA_ARGS__, NULL };
WORD_LISTS(ARRAY)

struct list {
	const char		*name;
	const char *const	*w;
};

#define ENTRY(name, ...) { #name, name##_w },
static const struct list lists[] = {
	WORD_LISTS(ENTRY)
	{ NULL, NULL }
};

struct part {
	const char		*set;
	const char *const	*w;
	unsigned		 value;
};

static const struct part parts[] = {
#ifdef WORD_SETS
#define PART(set, array, value) { #set, array, value },
	WORD_SETS(PART)
#endif
	{ NULL, NULL, 0 }
};

/* A table of slots being filled. */
struct table {
	const char	**word;
	unsigned	 *value;
	size_t		  nslot;
};

static void
table_init(struct table *t, size_t nwords)
{
	t->nslot = 8;
	while (t->nslot < 2 * (nwords + 1))
		t->nslot *= 2;
	t->word = calloc(t->nslot, sizeof *t->word);
	t->value = calloc(t->nslot, sizeof *t->value);
	if (t->word == NULL || t->value == NULL) {
		fputs("mkwords: out of memory\n", stderr);
		exit(1);
	}
}

/* As mdtl_wordset_get() looks for it; a word placed once. */
static void
table_add(struct table *t, const char *w, unsigned value)
{
	size_t h = mdtl_text_hash(w) & (t->nslot - 1);

	for (; t->word[h] != NULL; h = (h + 1) & (t->nslot - 1))
		if (strcmp(t->word[h], w) == 0)
			return;
	t->word[h] = w;
	t->value[h] = value;
}

static void
put_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

static void
table_write(const struct table *t, const char *name)
{
	size_t i;

	printf("static const char *const %s_slot[%zu] = {\n", name, t->nslot);
	for (i = 0; i < t->nslot; i++)
		if (t->word[i] != NULL) {
			printf("\t[%zu] = ", i);
			put_str(t->word[i]);
			puts(",");
		}
	printf("};\nstatic const unsigned char %s_value[%zu] = {\n", name,
	    t->nslot);
	for (i = 0; i < t->nslot; i++)
		if (t->word[i] != NULL)
			printf("\t[%zu] = %u,\n", i, t->value[i]);
	puts("};");
	free(t->word);
	free(t->value);
}

static size_t
count(const char *const *w)
{
	size_t n = 0;

	while (w[n] != NULL)
		n++;
	return n;
}

int
main(void)
{
	const struct list *l;
	const struct part *p, *q;
	struct table t;
	size_t i, n;

	printf("/* made by tools/mkwords from %s: do not edit */\n\n",
	    MKWORDS_HEADER);
	for (l = lists; l->name != NULL; l++) {
		n = count(l->w);
		table_init(&t, n);
		for (i = 0; i < n; i++)
			table_add(&t, l->w[i], (unsigned)i + 1);
		if (n > 254) {
			fprintf(stderr, "mkwords: %s: too many words\n", l->name);
			return 1;
		}
		printf("static const char *const %s_v[] = {\n", l->name);
		for (i = 0; i < n; i++) {
			putchar('\t');
			put_str(l->w[i]);
			puts(",");
		}
		puts("\tNULL\n};");
		table_write(&t, l->name);
		printf("static const struct mdtl_wordlist %s = { %s_v,\n"
		    "    { %s_slot, %s_value, %zu } };\n\n", l->name, l->name,
		    l->name, l->name, t.nslot);
	}
	for (p = parts; p->set != NULL; p++) {
		/* a set's parts come together, the first of them first */
		if (p > parts && strcmp(p[-1].set, p->set) == 0)
			continue;
		for (n = 0, q = p; q->set != NULL &&
		    strcmp(q->set, p->set) == 0; q++)
			n += count(q->w);
		table_init(&t, n);
		for (q = p; q->set != NULL && strcmp(q->set, p->set) == 0; q++)
			for (i = 0; q->w[i] != NULL; i++)
				table_add(&t, q->w[i], q->value);
		table_write(&t, p->set);
		printf("static const struct mdtl_wordset %s = { %s_slot, "
		    "%s_value,\n    %zu };\n\n", p->set, p->set, p->set, t.nslot);
	}
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}

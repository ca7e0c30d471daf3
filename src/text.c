/* text.c: paragraphs, sentences and tokens, each with byte spans. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "mdtl/text.h"
#include "mdtl/utf8.h"

/* Words that end with a full stop which does not end the sentence. */
static const char *const abbrevs[] = {
	"adm", "capt", "cmdr", "co", "col", "corp", "dept", "dr", "etc",
	"gen", "gov", "inc", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs",
	"ms", "mt", "prof", "rep", "rev", "sen", "sgt", "sr", "st", "vs",
	NULL
};

/*
 * Abbreviations only before a number: "No. 5", "Dec. 12", but "No. Yes."
 * and "in early Dec. The talks".
 */
static const char *const number_abbrevs[] = { "no", "nos", "vol", "art",
	"p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", NULL };

static int
number_abbrev(const char *norm)
{
	size_t i;

	for (i = 0; number_abbrevs[i] != NULL; i++)
		if (strcmp(norm, number_abbrevs[i]) == 0)
			return 1;
	return 0;
}

int
mdtl_text_is_abbrev(const char *norm)
{
	size_t i;

	for (i = 0; abbrevs[i] != NULL; i++)
		if (strcmp(norm, abbrevs[i]) == 0)
			return 1;
	return 0;
}

/* Typographic punctuation and what it folds to. */
struct fold {
	const char	*utf8, *ascii;
	unsigned short	 flags;
};

static const struct fold folds[] = {
	{ "\xE2\x80\x9C", "\"", MDTL_TOK_QUOTE | MDTL_TOK_QOPEN },   /* “ */
	{ "\xE2\x80\x9D", "\"", MDTL_TOK_QUOTE | MDTL_TOK_QCLOSE },  /* ” */
	{ "\xE2\x80\x9E", "\"", MDTL_TOK_QUOTE | MDTL_TOK_QOPEN },   /* „ */
	{ "\xC2\xAB", "\"", MDTL_TOK_QUOTE | MDTL_TOK_QOPEN },       /* « */
	{ "\xC2\xBB", "\"", MDTL_TOK_QUOTE | MDTL_TOK_QCLOSE },      /* » */
	{ "\xE2\x80\x98", "'", 0 },				     /* ‘ */
	{ "\xE2\x80\x99", "'", 0 },				     /* ’ */
	{ "\xE2\x80\x93", "-", 0 },				     /* – */
	{ "\xE2\x80\x94", "-", 0 },				     /* — */
	{ "\xE2\x80\x92", "-", 0 },				     /* ‒ */
	{ "\xE2\x88\x92", "-", 0 },				     /* − */
	{ "\xE2\x80\xA6", "...", 0 },				     /* … */
	{ "\xC2\xA0", " ", 0 },					     /* nbsp */
	{ "\xE2\x80\xAF", " ", 0 },			      /* narrow nbsp */
	{ "\xE2\x80\x87", " ", 0 },			     /* figure space */
	{ "\xE2\x80\x88", " ", 0 },		        /* punctuation space */
	{ "\xE2\x80\x89", " ", 0 },			       /* thin space */
	{ "\xE2\x80\x8A", " ", 0 },			       /* hair space */
	{ "\xE3\x80\x80", " ", 0 },		        /* ideographic space */
};

/* U+FF10-U+FF19, the fullwidth digits: 0-9, or -1. */
static int
fullwidth_digit(const char *s, size_t n)
{
	return n >= 3 && (unsigned char)s[0] == 0xEF &&
	    (unsigned char)s[1] == 0xBC && (unsigned char)s[2] >= 0x90 &&
	    (unsigned char)s[2] <= 0x99 ? (unsigned char)s[2] - 0x90 : -1;
}

static const struct fold *
fold_at(const char *s, size_t n)
{
	size_t i, l;

	/* every fold starts with a byte above ASCII */
	if ((unsigned char)s[0] < 0x80)
		return NULL;
	/* (all are two or three bytes long; compare the first ones first) */
	for (i = 0; i < sizeof folds / sizeof folds[0]; i++) {
		if (s[0] != folds[i].utf8[0] || n < 2 ||
		    s[1] != folds[i].utf8[1])
			continue;
		l = folds[i].utf8[2] ? 3 : 2;
		if (l <= n && (l == 2 || s[2] == folds[i].utf8[2]))
			return &folds[i];
	}
	return NULL;
}

static int
is_apos(const char *s, size_t n, size_t *len)
{
	if (n >= 1 && s[0] == '\'') {
		*len = 1;
		return 1;
	}
	if (n >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0) {
		*len = 3;
		return 1;
	}
	return 0;
}

/* What an ASCII byte is to the tokenizer, whatever the locale. */
enum {
	C_SPACE = 1,	/* space, tab, LF, CR, FF, VT */
	C_DIGIT = 2,
	C_UPPER = 4,
	C_LOWER = 8
};
#define C_ALPHA	(C_UPPER | C_LOWER)
#define C_ALNUM	(C_ALPHA | C_DIGIT)

static const unsigned char byte_class[256] = {
#define CL(c)	((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? C_SPACE : \
		 (c) >= '0' && (c) <= '9' ? C_DIGIT : \
		 (c) >= 'A' && (c) <= 'Z' ? C_UPPER : \
		 (c) >= 'a' && (c) <= 'z' ? C_LOWER : 0)
#define CL8(c)	CL(c), CL(c + 1), CL(c + 2), CL(c + 3), CL(c + 4), \
		CL(c + 5), CL(c + 6), CL(c + 7)
	CL8(0), CL8(8), CL8(16), CL8(24), CL8(32), CL8(40), CL8(48), CL8(56),
	CL8(64), CL8(72), CL8(80), CL8(88), CL8(96), CL8(104), CL8(112),
	CL8(120)
#undef CL8
#undef CL
};

#define IS(c, k)	(byte_class[(unsigned char)(c)] & (k))

static int
ascii_alnum(unsigned char c)
{
	return IS(c, C_ALNUM) != 0;
}

/* The end of the run of ASCII letters and digits at s[i], before n. */
static size_t
alnum_run(const char *s, size_t i, size_t n)
{
	uint64_t z;

	for (; i + 8 <= n; i += 8)
		if ((z = ~mdtl_alnum8(mdtl_word8(s + i)) & MDTL_HIGHS) != 0)
			return i + mdtl_first_marked(z);
	while (i < n && IS(s[i], C_ALNUM))
		i++;
	return i;
}

/* A letter or digit, or a non-ASCII character that is not punctuation. */
static inline size_t
word_char(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	size_t len;

	if (c < 0x80)
		return ascii_alnum(c);
	/* punctuation (every fold among it), symbols and emoji are not
	 * words, nor in them */
	return mdtl_utf8_symbol(mdtl_utf8_decode(s, n, &len)) ? 0 : len;
}

/*
 * The verbs English writes as clitics, split off as the Penn Treebank
 * does and read as the words they stand for: "she'll" is "she" "will",
 * "we're" "we" "are"; "don't" is "do" "n't", and the stems that change
 * ("won't", "can't", "shan't") are read as their verbs.  "'s" is split
 * elsewhere (a possessive or "is"), "'d" is left whole (had or would).
 */
static const struct clitic {
	const char *form, *norm;
} clitics[] = {
	{ "ll", "will" }, { "re", "are" }, { "ve", "have" }, { "m", "am" },
};

static const struct clitic neg_stems[] = {
	{ "wo", "will" }, { "ca", "can" }, { "sha", "shall" },
};

/*
 * The length of the clitic an apostrophe of al bytes at s begins, the
 * word ending with it, or 0; *norm is what it stands for.
 */
static size_t
clitic_len(const char *s, size_t n, size_t al, const char **norm)
{
	size_t k, l;

	/* (most apostrophes are a possessive's: "Russia's") */
	if (al >= n || memchr("lLrRvVmM", s[al], 8) == NULL)
		return 0;
	for (k = 0; k < sizeof clitics / sizeof clitics[0]; k++) {
		l = strlen(clitics[k].form);
		if (al + l <= n && strncasecmp(s + al, clitics[k].form, l) == 0 &&
		    (al + l == n || !word_char(s + al + l, n - al - l))) {
			*norm = clitics[k].norm;
			return al + l;
		}
	}
	return 0;
}

/* Does "n't" end the word at s[i] (an apostrophe of al bytes)? */
static int
negation_at(const char *s, size_t n, size_t i, size_t al)
{
	return i > 0 && (s[i - 1] == 'n' || s[i - 1] == 'N') &&
	    i + al < n && (s[i + al] == 't' || s[i + al] == 'T') &&
	    (i + al + 1 == n || !word_char(s + i + al + 1, n - i - al - 1));
}

int
mdtl_text_has_word(const char *s, size_t n)
{
	size_t i = 0, l;

	while (i < n) {
		if (word_char(s + i, n - i))
			return 1;
		if ((unsigned char)s[i] < 0x80)
			i++;
		else {
			mdtl_utf8_decode(s + i, n - i, &l);
			i += l ? l : 1;
		}
	}
	return 0;
}

static void
set_norm(struct mdtl_token *t, const char *norm)
{
	t->norm = norm;
	t->hash = mdtl_text_hash(norm);
}

/* A stem before "n't" that changes is read as its verb: "wo" is "will". */
static void
negated_stem(struct mdtl_token *t)
{
	size_t k;

	for (k = 0; k < sizeof neg_stems / sizeof neg_stems[0]; k++)
		if (strcmp(t->norm, neg_stems[k].form) == 0) {
			set_norm(t, neg_stems[k].norm);
			return;
		}
}

/*
 * A token's form: lower case, typographic apostrophes made "'"; hashed as
 * it is written.  One ASCII character ("," or "a") has no copy of its own.
 */
static void
set_normalised(struct mdtl_token *t, struct mdtl_arena *a, const char *s,
    size_t n)
{
	static const char one[128][2] = {
#define ONE(c)	{ (char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)), 0 }
#define ONE8(c)	ONE(c), ONE(c + 1), ONE(c + 2), ONE(c + 3), ONE(c + 4), \
		ONE(c + 5), ONE(c + 6), ONE(c + 7)
		ONE8(0), ONE8(8), ONE8(16), ONE8(24), ONE8(32), ONE8(40),
		ONE8(48), ONE8(56), ONE8(64), ONE8(72), ONE8(80), ONE8(88),
		ONE8(96), ONE8(104), ONE8(112), ONE8(120)
#undef ONE8
#undef ONE
	};
	char *out, *p;
	size_t i = 0, l;

	if (n == 1 && (unsigned char)s[0] < 0x80) {
		t->norm = one[(unsigned char)s[0]];
		t->hash = mdtl_text_hash_n(t->norm, 1);
		return;
	}
	out = p = mdtl_arena_alloc(a, n + 1);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && c != '\'') {
			*p = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
		} else if (is_apos(s + i, n - i, &l)) {
			*p = '\'';
			i += l;
		} else if ((l = (size_t)fullwidth_digit(s + i, n - i)) < 10) {
			*p = (char)('0' + l);
			i += 3;
		} else if (c >= 0xC3 && c <= 0xD3 && i + 1 < n) {
			/* a Latin letter with a diacritic: its ASCII letter;
			 * a Latin, Greek or Cyrillic capital: two bytes */
			unsigned cp = mdtl_utf8_decode(s + i, n - i, &l);
			int base = l == 2 ? mdtl_utf8_base(cp) : 0;

			if (base)
				*p = (char)base;
			else if (l == 2 && (cp = mdtl_utf8_lower(cp)) >= 0x80) {
				*p++ = (char)(0xC0 | cp >> 6);
				*p = (char)(0x80 | (cp & 0x3F));
			} else
				*p = (char)c;
			i += l == 2 ? 2 : 1;
		} else {
			*p = (char)tolower(c);
			i++;
		}
		p++;
	}
	*p = '\0';
	t->norm = out;
	t->hash = mdtl_text_hash_n(out, (size_t)(p - out));
}

/*
 * The same for a word of ASCII letters and digits only, eight bytes at a
 * time: for those bytes, setting bit 5 lowers a letter and keeps a digit.
 * s may be read up to avail bytes (at least n); the copy is given whole
 * words, the last cut at n by its NUL.
 */
static void
set_plain(struct mdtl_token *t, struct mdtl_arena *a, const char *s,
    size_t n, size_t avail)
{
	char *out = mdtl_arena_alloc(a, (n + 8) & ~(size_t)7);
	uint64_t h = mdtl_text_seed(n), x;
	size_t i;

	for (i = 0; i < n; i += 8) {
		if (i + 8 <= avail)
			x = mdtl_word8(s + i);
		else {
			x = 0;
			memcpy(&x, s + i, avail - i);
		}
		x |= MDTL_ONES * 0x20;
		memcpy(out + i, &x, 8);
		if (n - i < 8)
			x = MDTL_FIRST_BYTES(x, n - i);
		h = mdtl_text_mix(h, x);	/* as mdtl_text_hash_n */
	}
	out[n] = '\0';
	t->norm = out;
	t->hash = mdtl_text_final(h);
}

void
mdtl_text_tokenize(struct mdtl_arena *a, const char *s, size_t n,
    size_t base, struct mdtl_token **v, size_t *len, size_t *alloc)
{
	size_t i = 0, start, l, al;
	int space = 1, plain;

	while (i < n) {
		struct mdtl_token *t;
		const struct fold *f;
		const char *cn;
		unsigned char c = (unsigned char)s[i];
		int neg = 0;

		if (IS(c, C_SPACE)) {
			space = 1;
			i++;
			continue;
		}
		f = c >= 0x80 ? fold_at(s + i, n - i) : NULL;
		if (f != NULL && f->ascii[0] == ' ') {
			space = 1;
			i += strlen(f->utf8);
			continue;
		}
		t = MDTL_ARENA_PUSH(a, *v, *len, *alloc);
		start = i;
		if (space)
			t->flags |= MDTL_TOK_SPACE;
		space = 0;
		if ((l = word_char(s + i, n - i)) != 0) {
			t->kind = IS(c, C_DIGIT) || fullwidth_digit(s + i,
			    n - i) >= 0 ? MDTL_TOK_NUM : MDTL_TOK_WORD;
			if (IS(c, C_UPPER) || (c >= 0x80 &&
			    mdtl_utf8_upper(mdtl_utf8_decode(s + i, n - i,
			    &al))))
				t->flags |= MDTL_TOK_CAP;
			/* "U.S.", "U.N.": single letters joined by stops. */
			if (IS(c, C_ALPHA) && i + 3 < n && s[i + 1] == '.' &&
			    IS(s[i + 2], C_ALPHA) &&
			    s[i + 3] == '.' && (i + 4 == n ||
			    !IS(s[i + 4], C_ALNUM))) {
				i += 4;
				while (i + 1 < n && IS(s[i], C_ALPHA) &&
				    s[i + 1] == '.' && (i + 2 == n ||
				    !IS(s[i + 2], C_ALNUM)))
					i += 2;
				t->span.start = base + start;
				t->span.end = base + i;
				set_normalised(t, a, s + start, i - start);
				continue;
			}
			plain = l == 1;
			i += l;
			for (;;) {
				/* the common case: a run of ASCII letters */
				i = alnum_run(s, i, n);
				/* most runs end in ASCII other than "'": the
				 * word does */
				if (i == n || ((unsigned char)s[i] < 0x80 &&
				    s[i] != '\''))
					break;
				if ((l = word_char(s + i, n - i)) != 0) {
					plain = 0;
					i += l;
					continue;
				}
				/* "she'll", "we're" end before the clitic,
				 * "don't" before its "n't" */
				if (is_apos(s + i, n - i, &al) &&
				    (clitic_len(s + i, n - i, al, &cn) ||
				    (neg = (negation_at(s, n, i, al) &&
				    i - 1 > start)))) {
					i -= (size_t)neg;
					break;
				}
				/* "O'Brien", but "Russia's" splits. */
				if (is_apos(s + i, n - i, &al) &&
				    i + al < n &&
				    word_char(s + i + al, n - i - al) &&
				    !((s[i + al] == 's' || s[i + al] == 'S') &&
				    (i + al + 1 == n ||
				    !word_char(s + i + al + 1,
				    n - i - al - 1)))) {
					plain = 0;
					i += al;
					continue;
				}
				break;
			}
			if (plain && i - start > 1) {
				/* ASCII letters and digits only ("a" is shared) */
				t->span.start = base + start;
				t->span.end = base + i;
				set_plain(t, a, s + start, i - start,
				    n - start);
				if (neg)
					negated_stem(t);
				continue;
			}
		} else if (is_apos(s + i, n - i, &al) &&
		    (l = clitic_len(s + i, n - i, al, &cn)) != 0 &&
		    *len >= 2 && (*v)[*len - 2].kind == MDTL_TOK_WORD &&
		    (*v)[*len - 2].span.end == base + i) {
			/* the clitic after its word: "'ll" is "will" */
			t->kind = MDTL_TOK_WORD;
			t->span.start = base + start;
			i += l;
			t->span.end = base + i;
			set_norm(t, cn);
			continue;
		} else if (is_apos(s + i, n - i, &al) && i + al < n &&
		    (s[i + al] == 's' || s[i + al] == 'S') &&
		    (i + al + 1 == n || !word_char(s + i + al + 1,
		    n - i - al - 1)) && *len >= 2 &&
		    (*v)[*len - 2].kind != MDTL_TOK_PUNCT &&
		    (*v)[*len - 2].span.end == base + i) {
			/* The possessive "'s" after a word. */
			t->kind = MDTL_TOK_WORD;
			i += al + 1;
		} else if (f != NULL) {
			t->kind = MDTL_TOK_PUNCT;
			t->flags |= f->flags;
			t->span.start = base + start;
			i += strlen(f->utf8);
			t->span.end = base + i;
			set_norm(t, f->ascii);
			continue;
		} else {
			t->kind = MDTL_TOK_PUNCT;
			if (c == '"')
				t->flags |= MDTL_TOK_QUOTE;
			if (c == '.' && i + 2 < n && s[i + 1] == '.' &&
			    s[i + 2] == '.') {
				i += 3;
				t->span.start = base + start;
				t->span.end = base + i;
				set_norm(t, "...");
				continue;
			}
			mdtl_utf8_decode(s + i, n - i, &l);
			i += l;
		}
		t->span.start = base + start;
		t->span.end = base + i;
		set_normalised(t, a, s + start, i - start);
		if (neg)
			negated_stem(t);
	}
}

/* . ! ? ... (every token of punctuation, so without strcmp) */
static int
is_end_punct(const struct mdtl_token *t)
{
	const char *w = t->norm;

	if (t->kind != MDTL_TOK_PUNCT)
		return 0;
	if ((w[0] == '!' || w[0] == '?') && w[1] == '\0')
		return 1;
	return w[0] == '.' && (w[1] == '\0' || (w[1] == '.' && w[2] == '.' &&
	    w[3] == '\0'));
}

static int
is_closer(const struct mdtl_token *t)
{
	return t->kind == MDTL_TOK_PUNCT && ((t->flags & MDTL_TOK_QUOTE) ||
	    ((t->norm[0] == ')' || t->norm[0] == '\'') && t->norm[1] == '\0'));
}

/*
 * A full stop that ends a quotation and the sentence with it: 'Rasmussen
 * said: "This is a good start." He stressed ...', and '"... a dead end."
 * He said Russia had proposed ...', whose verb reports a clause of its
 * own; but not '"We hope so." Rogozin said.' nor '"We hope so." Rogozin
 * told reporters in Brussels, adding ...', whose speaker follows: a verb
 * of saying right after the quotation, and its sentence ending or its
 * clause broken off soon after it.
 */
static int
quote_ends(const struct mdtl_token *t, size_t n, size_t i)
{
	static const char *const tags[] = { "said", "says", "added", "adds",
	    "told", NULL };
	size_t j = i + 1, k, e, w;

	if (j >= n || !(t[j].flags & MDTL_TOK_QUOTE) ||
	    (t[j].flags & MDTL_TOK_QOPEN) || (t[j].flags & MDTL_TOK_SPACE))
		return 0;
	for (k = j + 1; k < n && k <= j + 3; k++)
		for (w = 0; tags[w] != NULL; w++) {
			if (strcmp(t[k].norm, tags[w]) != 0)
				continue;
			for (e = k + 1; e < n && e <= k + 8; e++)
				if (is_end_punct(&t[e]) ||
				    strcmp(t[e].norm, ",") == 0)
					return 0;
			return e < n;
		}
	return 1;
}

/*
 * Mark tokens inside quotations.  A straight quote opens when nothing is
 * open and closes otherwise; typographic quotes say which they are.  A
 * quotation never runs past the paragraph.
 */
static void
mark_quotes(struct mdtl_token *t, size_t n)
{
	size_t i;
	int open = 0;

	for (i = 0; i < n; i++) {
		if (t[i].flags & MDTL_TOK_QUOTE) {
			if (t[i].flags & MDTL_TOK_QOPEN)
				open = 1;
			else if (t[i].flags & MDTL_TOK_QCLOSE)
				open = 0;
			else
				open = !open;
			continue;
		}
		if (open)
			t[i].flags |= MDTL_TOK_INQUOTE;
	}
}

static void
split_para(struct mdtl_text *tx, struct mdtl_arena *a, const char *body,
    size_t start, size_t end)
{
	struct mdtl_para *p;
	struct mdtl_sentence *s;
	size_t first = tx->ntokens, i, sent_start;

	mdtl_text_tokenize(a, body + start, end - start, start, &tx->tokens,
	    &tx->ntokens, &tx->atokens);
	if (tx->ntokens == first)
		return;
	mark_quotes(tx->tokens + first, tx->ntokens - first);
	p = MDTL_ARENA_PUSH(a, tx->paras, tx->nparas, tx->aparas);
	p->span.start = start;
	p->span.end = end;
	p->sent = tx->nsentences;
	sent_start = first;
	for (i = first; i < tx->ntokens; i++) {
		struct mdtl_token *t = &tx->tokens[i];
		size_t j = i + 1;

		if (!is_end_punct(t) || ((t->flags & MDTL_TOK_INQUOTE) &&
		    !quote_ends(tx->tokens, tx->ntokens, i)))
			continue;
		/* closing quotes and brackets stay with the sentence */
		while (j < tx->ntokens && is_closer(&tx->tokens[j]) &&
		    !(tx->tokens[j].flags & MDTL_TOK_SPACE) &&
		    !(tx->tokens[j].flags & MDTL_TOK_QOPEN))
			j++;
		if (j < tx->ntokens) {
			const struct mdtl_token *prev = i > first ?
			    &tx->tokens[i - 1] : NULL;
			const struct mdtl_token *next = &tx->tokens[j];

			if (!(next->flags & MDTL_TOK_SPACE))
				continue;
			if (strcmp(t->norm, ".") == 0 && prev != NULL &&
			    prev->kind == MDTL_TOK_WORD &&
			    prev->span.end == t->span.start &&
			    (mdtl_text_is_abbrev(prev->norm) ||
			    (number_abbrev(prev->norm) &&
			    next->kind == MDTL_TOK_NUM) ||
			    (prev->span.end - prev->span.start == 1 &&
			    (prev->flags & MDTL_TOK_CAP))))
				continue;
			/* a new sentence starts with a capital, a digit or a quote */
			if (!(next->flags & MDTL_TOK_CAP) &&
			    next->kind != MDTL_TOK_NUM &&
			    !(next->flags & MDTL_TOK_QUOTE) &&
			    strcmp(next->norm, "(") != 0 &&
			    strcmp(next->norm, "[") != 0)
				continue;
		}
		s = MDTL_ARENA_PUSH(a, tx->sentences, tx->nsentences,
		    tx->asentences);
		s->tok = sent_start;
		s->ntok = j - sent_start;
		s->para = tx->nparas - 1;
		s->span.start = tx->tokens[sent_start].span.start;
		s->span.end = tx->tokens[j - 1].span.end;
		sent_start = j;
		i = j - 1;
	}
	if (sent_start < tx->ntokens) {
		s = MDTL_ARENA_PUSH(a, tx->sentences, tx->nsentences,
		    tx->asentences);
		s->tok = sent_start;
		s->ntok = tx->ntokens - sent_start;
		s->para = tx->nparas - 1;
		s->span.start = tx->tokens[sent_start].span.start;
		s->span.end = tx->tokens[tx->ntokens - 1].span.end;
	}
	p = &tx->paras[tx->nparas - 1];
	p->nsent = tx->nsentences - p->sent;
}

void
mdtl_text_split(struct mdtl_text *tx, struct mdtl_arena *a, const char *body,
    size_t len)
{
	size_t i = 0, start;

	memset(tx, 0, sizeof *tx);
	/*
	 * room for the tokens of news English, five or six bytes each with
	 * their space: the array is seldom grown (and copied)
	 */
	tx->atokens = len / 4 + 16;
	tx->tokens = mdtl_arena_alloc(a, tx->atokens * sizeof *tx->tokens);
	while (i < len) {
		/* skip blank lines */
		while (i < len && (body[i] == '\n' || body[i] == '\r' ||
		    body[i] == ' ' || body[i] == '\t'))
			i++;
		start = i;
		/* to the end of the paragraph: a line that is blank, or none */
		while (i < len) {
			const char *nl = memchr(body + i, '\n', len - i);
			size_t j;

			if (nl == NULL) {
				i = len;
				break;
			}
			i = (size_t)(nl - body);
			for (j = i + 1; j < len && (body[j] == ' ' ||
			    body[j] == '\t' || body[j] == '\r'); j++)
				;
			if (j >= len || body[j] == '\n')
				break;
			i++;
		}
		if (i > start)
			split_para(tx, a, body, start, i);
	}
}

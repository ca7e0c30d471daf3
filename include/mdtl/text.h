/* text.h: paragraphs, sentences and tokens, each with byte spans. */
#ifndef MDTL_TEXT_H
#define MDTL_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mdtl/arena.h"
#include "mdtl/swar.h"

/*
 * Spans are byte offsets [start, end) into the text they were made from.
 * Tokens carry a normalised form (lower case, Latin letters without their
 * diacritics: "Davutoğlu" is davutoglu; typographic quotes,
 * apostrophes, dashes and ellipses folded to ASCII) allocated in the arena.
 * "U.S."-style initialisms stay one token; "'s" is a token of its own;
 * hyphens, "+" and other punctuation are tokens of their own.
 */
struct mdtl_span {
	size_t	start, end;
};

enum mdtl_tok_kind {
	MDTL_TOK_WORD,
	MDTL_TOK_NUM,		/* starts with a digit: "2011", "4th", "1990s" */
	MDTL_TOK_PUNCT,
};

enum mdtl_tok_flags {
	MDTL_TOK_CAP = 1 << 0,		/* starts with an upper-case letter */
	MDTL_TOK_QUOTE = 1 << 1,	/* a double quotation mark */
	MDTL_TOK_QOPEN = 1 << 2,	/* ... that opens (typographic) */
	MDTL_TOK_QCLOSE = 1 << 3,	/* ... that closes (typographic) */
	MDTL_TOK_SPACE = 1 << 4,	/* white space before it */
	MDTL_TOK_INQUOTE = 1 << 5,	/* inside a quotation */
};

struct mdtl_token {
	struct mdtl_span	 span;
	const char		*norm;
	unsigned		 hash;		/* mdtl_text_hash(norm) */
	unsigned short		 kind, flags;
};

/*
 * The hash of a token's form, what the lexicon's index and the word sets
 * are keyed by: its bytes eight at a time (the last word with zeros past
 * the end), each mixed in by a multiply and a shift.  A word, not a byte,
 * per step: the tokenizer hashes every word of every article.
 */
static inline uint64_t
mdtl_text_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 31);
}

static inline uint64_t
mdtl_text_seed(size_t n)
{
	return 0x9e3779b97f4a7c15ull * (n + 1);
}

static inline unsigned
mdtl_text_final(uint64_t h)
{
	return (unsigned)(h ^ (h >> 32));
}

/* The hash of s[0..n). */
static inline unsigned
mdtl_text_hash_n(const char *s, size_t n)
{
	uint64_t h = mdtl_text_seed(n), w;

	for (; n >= 8; s += 8, n -= 8)
		h = mdtl_text_mix(h, mdtl_word8(s));
	if (n > 0) {
		w = 0;
		memcpy(&w, s, n);
		h = mdtl_text_mix(h, w);
	}
	return mdtl_text_final(h);
}

/* The hash of the string s. */
static inline unsigned
mdtl_text_hash(const char *s)
{
	return mdtl_text_hash_n(s, strlen(s));
}

/*
 * Are two normal forms the same?  They are short words, and most compares
 * are hits after a hash has matched: a loop here costs less than a call.
 */
static inline int
mdtl_text_eq(const char *a, const char *b)
{
	while (*a == *b && *a != '\0')
		a++, b++;
	return *a == *b;
}

struct mdtl_sentence {
	struct mdtl_span	span;
	size_t			tok, ntok;	/* into mdtl_text.tokens */
	size_t			para;
};

struct mdtl_para {
	struct mdtl_span	span;
	size_t			sent, nsent;	/* into mdtl_text.sentences */
};

struct mdtl_text {
	struct mdtl_token	*tokens;
	size_t			 ntokens, atokens;
	struct mdtl_sentence	*sentences;
	size_t			 nsentences, asentences;
	struct mdtl_para	*paras;
	size_t			 nparas, aparas;
};

/*
 * Append the tokens of s[0..n) to the array, with spans offset by base.
 */
void	mdtl_text_tokenize(struct mdtl_arena *, const char *s, size_t n,
	    size_t base, struct mdtl_token **v, size_t *len, size_t *alloc);
/* Would s[0..n) give a word or a number token?  (Not only punctuation.) */
int	mdtl_text_has_word(const char *s, size_t n);
/*
 * Split body[0..len) into paragraphs (separated by blank lines), sentences
 * and tokens.  Sentences end at . ! ? outside quotations, not after an
 * abbreviation or an initial, and not before a lower-case word.
 */
void	mdtl_text_split(struct mdtl_text *, struct mdtl_arena *,
	    const char *body, size_t len);
/* Is this normalised word an abbreviation that takes a full stop? */
int	mdtl_text_is_abbrev(const char *norm);

#endif

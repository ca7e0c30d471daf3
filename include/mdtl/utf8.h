/* utf8.h: UTF-8 checks on byte strings. */
#ifndef MDTL_UTF8_H
#define MDTL_UTF8_H

#include <stddef.h>

/*
 * mdtl_utf8_valid() returns the length (1-4) of the well-formed UTF-8
 * sequence at s, or 0 when it is malformed, overlong, a surrogate, beyond
 * U+10FFFF or cut short by n.  mdtl_utf8_check() returns the offset of the
 * first malformed byte, or n when all n bytes are well formed.
 * mdtl_utf8_decode() returns the code point at s (U+FFFD when malformed)
 * and stores the length consumed (at least 1) in *len.
 */
size_t		mdtl_utf8_valid(const char *s, size_t n);
size_t		mdtl_utf8_check(const char *s, size_t n);
unsigned	mdtl_utf8_decode(const char *s, size_t n, size_t *len);
/*
 * What a code point above ASCII is to a word, from the Unicode blocks:
 * mdtl_utf8_symbol() is 1 for the no-break space, punctuation, symbols,
 * emoji, variation selectors and private use (never part of a word or a
 * name);
 * mdtl_utf8_upper() is 1 for a capital letter of the Latin, Greek and
 * Cyrillic scripts (a name may start with it).
 */
int		mdtl_utf8_symbol(unsigned cp);
int		mdtl_utf8_upper(unsigned cp);
/*
 * A code point that must not reach a terminal or a document as it is:
 * the C1 controls, the bidirectional marks, embeddings, overrides and
 * isolates, and the line and paragraph separators.
 */
int		mdtl_utf8_control(unsigned cp);
/* The small letter of such a capital (same UTF-8 length), else cp. */
unsigned	mdtl_utf8_lower(unsigned cp);
/*
 * The ASCII small letter a Latin letter with a diacritic is written on
 * (ğ, Ğ, ş, ă, é: g, g, s, a, e), or 0 for any other code point (ß, æ,
 * ı too): "Davutoğlu" and "Davutoglu" are one name.
 */
int		mdtl_utf8_base(unsigned cp);

#endif

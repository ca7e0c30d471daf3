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

#endif

/* swar.h: tests on the eight bytes of a word at once. */
#ifndef MDTL_SWAR_H
#define MDTL_SWAR_H

#include <stdint.h>
#include <string.h>

/*
 * The word tests of Sean Anderson's "Bit Twiddling Hacks": non-zero when
 * some byte of x is zero, less than n, more than n, equal to c (n up to
 * 127; a byte of 0x80 or more is never less, always more).  Only whether
 * the result is zero is exact, not which bytes it marks.
 */
#define MDTL_ONES		0x0101010101010101ull
#define MDTL_HIGHS		(MDTL_ONES * 0x80)
#define MDTL_HASZERO(x)		(((x) - MDTL_ONES) & ~(x) & MDTL_HIGHS)
#define MDTL_HASLESS(x, n)	(((x) - MDTL_ONES * (n)) & ~(x) & MDTL_HIGHS)
#define MDTL_HASMORE(x, n)	((((x) + MDTL_ONES * (127 - (n))) | (x)) & \
				    MDTL_HIGHS)
#define MDTL_HASBYTE(x, c)	MDTL_HASZERO((x) ^ (MDTL_ONES * (c)))

/* The eight bytes at s, in memory order, however s is aligned. */
static inline uint64_t
mdtl_word8(const char *s)
{
	uint64_t x;

	memcpy(&x, s, 8);
	return x;
}

#endif

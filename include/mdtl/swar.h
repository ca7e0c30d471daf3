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

/* x with only its first k bytes in memory order kept (k from 1 to 7). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define MDTL_FIRST_BYTES(x, k)	((x) & ~(~0ull >> (8 * (k))))
#else
#define MDTL_FIRST_BYTES(x, k)	((x) & ((1ull << (8 * (k))) - 1))
#endif

/*
 * The high bit of each byte of x that is an ASCII letter or digit, exactly.
 * Each range test adds to 7-bit bytes, so no carry crosses a byte: b + (0x80
 * - lo) reaches 0x80 when b >= lo, b + (0x7f - hi) when b > hi.  Setting
 * bit 5 makes capitals small and leaves digits as they are.
 */
static inline uint64_t
mdtl_alnum8(uint64_t x)
{
	uint64_t v = x & ~MDTL_HIGHS, l = v | MDTL_ONES * 0x20;
	uint64_t digit = (v + MDTL_ONES * (0x80 - '0')) &
	    ~(v + MDTL_ONES * (0x7f - '9'));
	uint64_t alpha = (l + MDTL_ONES * (0x80 - 'a')) &
	    ~(l + MDTL_ONES * (0x7f - 'z'));

	return (digit | alpha) & ~x & MDTL_HIGHS;
}

/* Where the first byte (in memory order) marked in m's high bits is; m != 0. */
static inline unsigned
mdtl_first_marked(uint64_t m)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (unsigned)__builtin_clzll(m) / 8;
#else
	return (unsigned)__builtin_ctzll(m) / 8;
#endif
}

/* The eight bytes at s, in memory order, however s is aligned. */
static inline uint64_t
mdtl_word8(const char *s)
{
	uint64_t x;

	memcpy(&x, s, 8);
	return x;
}

#endif

/* utf8.c: UTF-8 checks on byte strings. */
#include "mdtl/swar.h"
#include "mdtl/utf8.h"

size_t
mdtl_utf8_valid(const char *sp, size_t n)
{
	const unsigned char *s = (const unsigned char *)sp;
	unsigned cp;
	size_t len, i;

	if (n == 0)
		return 0;
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		cp = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		cp = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		cp = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

size_t
mdtl_utf8_check(const char *s, size_t n)
{
	size_t i = 0, len;

	while (i < n) {
		/* ASCII eight bytes at a time */
		if (i + 8 <= n && !(mdtl_word8(s + i) & MDTL_HIGHS)) {
			i += 8;
			continue;
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((len = mdtl_utf8_valid(s + i, n - i)) == 0)
			return i;
		i += len;
	}
	return n;
}

unsigned
mdtl_utf8_decode(const char *sp, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)sp;
	size_t l = mdtl_utf8_valid(sp, n);
	unsigned cp;
	size_t i;

	if (l == 0) {
		*len = 1;
		return 0xFFFD;
	}
	*len = l;
	if (l == 1)
		return s[0];
	cp = s[0] & (l == 2 ? 0x1F : l == 3 ? 0x0F : 0x07);
	for (i = 1; i < l; i++)
		cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

int
mdtl_utf8_symbol(unsigned cp)
{
	/* the no-break space, Latin-1 punctuation and signs, but for ª µ º;
	 * × and ÷ */
	if (cp >= 0xA0 && cp <= 0xBF)
		return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return 1;
	return (cp >= 0x2000 && cp <= 0x2BFF) ||	/* punctuation, arrows,
							   symbols, dingbats */
	    (cp >= 0x3000 && cp <= 0x303F) ||		/* CJK punctuation */
	    (cp >= 0xE000 && cp <= 0xF8FF) ||		/* private use */
	    (cp >= 0xFE00 && cp <= 0xFE0F) ||		/* variation selectors */
	    (cp >= 0xFF01 && cp <= 0xFF0F) ||		/* fullwidth signs */
	    (cp >= 0xFF1A && cp <= 0xFF20) ||
	    cp == 0xFEFF ||				/* byte-order mark */
	    (cp >= 0x1F000 && cp <= 0x1FAFF) ||		/* emoji, pictographs */
	    (cp >= 0xE0000 && cp <= 0xE007F);		/* tags */
}

int
mdtl_utf8_upper(unsigned cp)
{
	/* Latin-1: À-Þ but × */
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	/* Latin Extended-A: capitals at even code points, then odd ones */
	if (cp >= 0x100 && cp <= 0x137)
		return cp % 2 == 0;
	if (cp >= 0x139 && cp <= 0x148)
		return cp % 2 == 1;
	if (cp >= 0x14A && cp <= 0x177)
		return cp % 2 == 0;
	if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D)
		return 1;
	/* Greek and Cyrillic capitals */
	return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F) ||
	    (cp >= 0x460 && cp <= 0x4FF && cp % 2 == 0 && !(cp >= 0x482 &&
	    cp <= 0x489));
}

unsigned
mdtl_utf8_lower(unsigned cp)
{
	if (!mdtl_utf8_upper(cp))
		return cp;
	if (cp == 0x178)
		return 0xFF;		/* Ÿ ÿ */
	if (cp < 0x100 || (cp >= 0x391 && cp <= 0x3A9) ||
	    (cp >= 0x410 && cp <= 0x42F))
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;	/* Ѐ-Џ */
	return cp + 1;			/* the pairs of Latin Extended-A, ѡ ... */
}

int
mdtl_utf8_base(unsigned cp)
{
	/* U+00C0 ... U+017F, eight a line; '.' for none */
	static const char latin[] =
	    "aaaaaa.c" "eeeeiiii" ".nooooo." "ouuuuy.." /* À ... ß */
	    "aaaaaa.c" "eeeeiiii" ".nooooo." "ouuuuy.y" /* à ... ÿ */
	    "aaaaaacc" "ccccccdd" "ddeeeeee" "eeeegggg" /* Ā ... ğ */
	    "gggghhhh" "iiiiiiii" "i...jjkk" ".lllllll" /* Ġ ... Ŀ */
	    "lllnnnnn" "n...oooo" "oo..rrrr" "rrssssss" /* ŀ ... ş */
	    "sstttttt" "uuuuuuuu" "uuuuwwyy" "yzzzzzz."; /* Š ... ſ */

	if (cp >= 0xC0 && cp <= 0x17F)
		return latin[cp - 0xC0] == '.' ? 0 : latin[cp - 0xC0];
	/* Romanian: Ș ș Ț ț */
	if (cp >= 0x218 && cp <= 0x21B)
		return cp < 0x21A ? 's' : 't';
	return 0;
}

int
mdtl_utf8_control(unsigned cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
	    (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

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

/* replay.c: run a fuzz target over saved inputs, as the tests do. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static int
replay(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, r;

	if (fp == NULL)
		return -1;
	for (;;) {
		if (len + 65536 > cap) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
		}
		if ((r = fread(buf + len, 1, cap - len, fp)) == 0)
			break;
		len += r;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	return 0;
}

int
main(int argc, char **argv)
{
	int i, n = 0, failed = 0;

	for (i = 1; i < argc; i++) {
		DIR *d = opendir(argv[i]);
		struct dirent *de;

		if (d == NULL) {
			failed += replay(argv[i]) < 0;
			n++;
			continue;
		}
		while ((de = readdir(d)) != NULL) {
			char path[4096];

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof path, "%s/%s", argv[i], de->d_name);
			failed += replay(path) < 0;
			n++;
		}
		closedir(d);
	}
	printf("%d passed, %d failed\n", n - failed, failed);
	return failed != 0;
}

/* main.c: the mdtl program. */
#define _DEFAULT_SOURCE	/* mallopt() tunables */
#include <signal.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "mdtl/cmd.h"

int
main(int argc, char **argv)
{
#ifdef __GLIBC__
	/*
	 * Articles are read one after another, each into arenas freed when
	 * it is done.  Keep that memory in the process for the next article
	 * instead of giving it back and faulting it in again each time.
	 */
	mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
	mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
	/*
	 * A reader that goes away ends every command the same way, quietly,
	 * by SIGPIPE (status 141 in a shell), even when the parent left the
	 * signal ignored.
	 */
	signal(SIGPIPE, SIG_DFL);
	return mdtl_main(argc, argv, stdout, stderr);
}

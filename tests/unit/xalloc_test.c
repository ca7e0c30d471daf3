/* xalloc_test.c: allocation, and the failure path through the hook. */
#include "test.h"

#include <sys/wait.h>
#include <unistd.h>

#include "mdtl/arena.h"
#include "mdtl/xalloc.h"

static int
fail_big(size_t size)
{
	return size > 1000;
}

static void
test_alloc(void **state)
{
	char *p;

	(void)state;
	p = mdtl_xstrndup("abcdef", 3);
	assert_string_equal(p, "abc");
	p = mdtl_xrealloc(p, 100);
	assert_string_equal(p, "abc");
	p = mdtl_xreallocarray(p, 50, 4);
	assert_string_equal(p, "abc");
	p[199] = 'z';
	free(p);
	p = mdtl_xcalloc(4, 8);
	assert_int_equal(p[31], 0);
	free(p);
	p = mdtl_xstrdup("");
	free(p);
}

static void
arena_block(void)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;

	mdtl_xalloc_set_hook(fail_big);
	mdtl_arena_alloc(&a, 10);	/* a block is 64 KiB */
}

static void
array_overflow(void)
{
	mdtl_xreallocarray(NULL, (size_t)-1 / 2, 4);
}

/* fn ends the process with status 1 and one line. */
static void
dies_out_of_memory(void (*fn)(void))
{
	int fds[2], status;
	char msg[64] = "";
	pid_t pid;
	ssize_t n;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(fds[1], 2);
		fn();
		_exit(7);
	}
	close(fds[1]);
	n = read(fds[0], msg, sizeof msg - 1);
	close(fds[0]);
	assert_true(n > 0);
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 1);
	assert_string_equal(msg, "mdtl: fatal: out of memory\n");
}

/* Out of memory ends the process with status 1 and one line. */
static void
test_failure(void **state)
{
	(void)state;
	dies_out_of_memory(arena_block);
	dies_out_of_memory(array_overflow);
}

int
main(void)
{
	RUN(cmocka_unit_test(test_alloc), cmocka_unit_test(test_failure));
}

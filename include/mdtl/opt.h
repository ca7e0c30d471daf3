/* opt.h: command options as tables that also print --help. */
#ifndef MDTL_OPT_H
#define MDTL_OPT_H

#include <stddef.h>
#include <stdio.h>

/*
 * Each command lists its options in a table ending with OPT_END().  The
 * parser (over getopt_long) stores each value at its offset in the
 * command's options struct: a bool as int, a string as const char *
 * (borrowed from argv), a list as struct mdtl_strlist (repeated options
 * mean "any of").  A check function validates a value as it is parsed and
 * returns a message on failure.  A choice (or a list of choices) takes one
 * of a table's names, without case: any other value is "unknown NOUN"
 * followed by the names, and "%s" in its help stands for them.  --help and
 * -h are always accepted.
 */
enum mdtl_opt_type {
	MDTL_OPT_END,
	MDTL_OPT_BOOL,
	MDTL_OPT_STRING,
	MDTL_OPT_LIST,
	MDTL_OPT_CHOICE,
	MDTL_OPT_CHOICES,
};

typedef const char *(*mdtl_opt_check)(const char *value);

struct mdtl_option {
	enum mdtl_opt_type	 type;
	int			 short_name;
	const char		*long_name, *argh, *help;
	size_t			 offset;
	mdtl_opt_check		 check;
	const char		*noun;		/* of a choice */
	const char *const	*names;		/* NULL-terminated */
};

#define OPT_BOOL(s, l, st, f, h) \
	{ MDTL_OPT_BOOL, (s), (l), NULL, (h), offsetof(st, f), NULL, NULL, \
	    NULL }
#define OPT_STRING(s, l, st, f, a, h, c) \
	{ MDTL_OPT_STRING, (s), (l), (a), (h), offsetof(st, f), (c), NULL, \
	    NULL }
#define OPT_LIST(s, l, st, f, a, h, c) \
	{ MDTL_OPT_LIST, (s), (l), (a), (h), offsetof(st, f), (c), NULL, NULL }
#define OPT_CHOICE(s, l, st, f, a, h, noun, names) \
	{ MDTL_OPT_CHOICE, (s), (l), (a), (h), offsetof(st, f), NULL, (noun), \
	    (names) }
#define OPT_CHOICES(s, l, st, f, a, h, noun, names) \
	{ MDTL_OPT_CHOICES, (s), (l), (a), (h), offsetof(st, f), NULL, \
	    (noun), (names) }
#define OPT_END() { MDTL_OPT_END, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL }

enum mdtl_opt_result {
	MDTL_OPT_OK,
	MDTL_OPT_HELP,		/* --help was given and printed */
	MDTL_OPT_ERROR,		/* a message and the usage were printed */
};

/*
 * Parse argv[1..] into dst; *rest is the index of the first operand.
 * Messages go to err, help to out.
 */
enum mdtl_opt_result	mdtl_opt_parse(const struct mdtl_option *, void *dst,
			    int argc, char **argv, int *rest, const char *name,
			    const char *usage, const char *summary, FILE *out,
			    FILE *err);
void			mdtl_opt_help(const struct mdtl_option *,
			    const char *name, const char *usage,
			    const char *summary, FILE *);
/* The names of a table, "a, b, c", into a buffer the caller frees. */
char			*mdtl_opt_names(const char *const *names);

#endif

/* opt.c: command options as tables that also print --help. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mdtl/buf.h"
#include "mdtl/opt.h"
#include "mdtl/spell.h"
#include "mdtl/xalloc.h"

char *
mdtl_opt_names(const char *const *names)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		mdtl_buf_addf(&b, "%s%s", i ? ", " : "", names[i]);
	return mdtl_buf_detach(&b);
}

/* The help of an option, with the names of a choice for "%s". */
static void
help_text(struct mdtl_buf *b, const struct mdtl_option *o)
{
	const char *pc = o->names != NULL ? strstr(o->help, "%s") : NULL;
	char *names;

	if (pc == NULL) {
		mdtl_buf_adds(b, o->help);
		return;
	}
	names = mdtl_opt_names(o->names);
	mdtl_buf_add(b, o->help, (size_t)(pc - o->help));
	mdtl_buf_adds(b, names);
	mdtl_buf_adds(b, pc + 2);
	free(names);
}

/* The index of a choice's value in its table (without case), or -1. */
static int
choice(const struct mdtl_option *o, const char *v)
{
	int i;

	for (i = 0; o->names[i] != NULL; i++)
		if (strcasecmp(o->names[i], v) == 0)
			return i;
	return -1;
}

/* "unknown option '--sinse' (did you mean '--since'?)" */
static void
unknown_option(const struct mdtl_option *opts, const char *arg, FILE *err)
{
	struct mdtl_spell sp;
	size_t len = strcspn(arg, "=");
	char word[72];

	if (len >= sizeof word)
		len = sizeof word - 1;
	memcpy(word, arg, len);
	word[len] = '\0';
	mdtl_spell_init(&sp, word + (len > 2 ? 2 : len));
	if (len > 2 && word[0] == '-' && word[1] == '-')
		for (; opts->type != MDTL_OPT_END; opts++)
			if (opts->long_name != NULL)
				mdtl_spell_try(&sp, opts->long_name);
	if (sp.best != NULL)
		fprintf(err, "mdtl: unknown option '%s' (did you mean "
		    "'--%s'?)\n", arg, sp.best);
	else
		fprintf(err, "mdtl: unknown option '%s'\n", arg);
}

void
mdtl_opt_help(const struct mdtl_option *o, const char *name,
    const char *usage, const char *summary, FILE *fp)
{
	struct mdtl_buf b = MDTL_BUF_INIT, h = MDTL_BUF_INIT;

	fprintf(fp, "usage: mdtl %s %s\n\n%s\n\noptions:\n", name, usage,
	    summary);
	for (; o->type != MDTL_OPT_END; o++) {
		mdtl_buf_reset(&b);
		if (o->short_name)
			mdtl_buf_addf(&b, "-%c, ", o->short_name);
		else
			mdtl_buf_adds(&b, "    ");
		mdtl_buf_addf(&b, "--%s", o->long_name);
		if (o->argh)
			mdtl_buf_addf(&b, " %s", o->argh);
		mdtl_buf_reset(&h);
		help_text(&h, o);
		fprintf(fp, "  %-28s %s%s\n", b.buf, h.buf,
		    o->type == MDTL_OPT_LIST || o->type == MDTL_OPT_CHOICES ?
		    " (repeat for any of)" : "");
	}
	fprintf(fp, "  %-28s %s\n", "-h, --help", "show this help");
	mdtl_buf_release(&b);
	mdtl_buf_release(&h);
}

enum mdtl_opt_result
mdtl_opt_parse(const struct mdtl_option *opts, void *dst, int argc,
    char **argv, int *rest, const char *name, const char *usage,
    const char *summary, FILE *out, FILE *err)
{
	struct mdtl_buf shorts = MDTL_BUF_INIT;
	struct option *longs;
	size_t n = 0, i;
	int c, idx;
	enum mdtl_opt_result ret = MDTL_OPT_OK;

	while (opts[n].type != MDTL_OPT_END)
		n++;
	longs = mdtl_xcalloc(n + 2, sizeof *longs);
	mdtl_buf_adds(&shorts, ":h");
	for (i = 0; i < n; i++) {
		longs[i].name = opts[i].long_name;
		longs[i].has_arg = opts[i].type == MDTL_OPT_BOOL ?
		    no_argument : required_argument;
		longs[i].val = 256 + (int)i;
		if (opts[i].short_name) {
			mdtl_buf_addch(&shorts, opts[i].short_name);
			if (opts[i].type != MDTL_OPT_BOOL)
				mdtl_buf_addch(&shorts, ':');
		}
	}
	longs[n].name = "help";
	longs[n].val = 'h';
	optind = 0;	/* glibc: start afresh, so mdtl_main can run again */
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts.buf, longs, &idx)) != -1) {
		const struct mdtl_option *o = NULL;
		const char *msg;
		char *field;

		if (c == 'h') {
			mdtl_opt_help(opts, name, usage, summary, out);
			ret = MDTL_OPT_HELP;
			goto out;
		}
		if (c == '?' || c == ':') {
			const char *arg = argv[optind - 1];

			if (optopt && optopt < 256)
				fprintf(err, "mdtl: %s '-%c'\n", c == ':' ?
				    "missing value for option" :
				    "unknown option", optopt);
			else if (c == ':')
				fprintf(err, "mdtl: missing value for option "
				    "'%s'\n", arg);
			else
				unknown_option(opts, arg, err);
			goto usage;
		}
		if (c >= 256)
			o = &opts[c - 256];
		else
			for (i = 0; i < n; i++)
				if (opts[i].short_name == c)
					o = &opts[i];
		if (o == NULL)
			goto usage;
		if (o->check != NULL && (msg = o->check(optarg)) != NULL) {
			fprintf(err, "mdtl: --%s: %s\n", o->long_name, msg);
			goto usage;
		}
		if (o->names != NULL && choice(o, optarg) < 0) {
			struct mdtl_spell sp;
			char *names = mdtl_opt_names(o->names);

			mdtl_spell_init(&sp, optarg);
			for (i = 0; o->names[i] != NULL; i++)
				mdtl_spell_try(&sp, o->names[i]);
			if (sp.best != NULL)
				fprintf(err, "mdtl: --%s: unknown %s '%s' (did "
				    "you mean '%s'?)\n", o->long_name, o->noun,
				    optarg, sp.best);
			else
				fprintf(err, "mdtl: --%s: unknown %s '%s' (%s)\n",
				    o->long_name, o->noun, optarg, names);
			free(names);
			goto usage;
		}
		field = (char *)dst + o->offset;
		switch (o->type) {
		case MDTL_OPT_BOOL:
			*(int *)(void *)field = 1;
			break;
		case MDTL_OPT_STRING:
		case MDTL_OPT_CHOICE:
			*(const char **)(void *)field = optarg;
			break;
		case MDTL_OPT_LIST:
		case MDTL_OPT_CHOICES:
			mdtl_strlist_push((struct mdtl_strlist *)(void *)field,
			    optarg);
			break;
		case MDTL_OPT_END:
			break;
		}
	}
	*rest = optind;
	goto out;
usage:
	fprintf(err, "usage: mdtl %s %s\n", name, usage);
	ret = MDTL_OPT_ERROR;
out:
	free(longs);
	mdtl_buf_release(&shorts);
	return ret;
}

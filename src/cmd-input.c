/*
 * cmd-input.c: what the commands share: the lexicon, their messages,
 * options, and the pipeline the input options ask for.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "mdtl/buf.h"
#include "mdtl/cmd.h"
#include "mdtl/spell.h"
#include "mdtl/io.h"
#include "mdtl/timex.h"

int
mdtl_ctx_lexicon(struct mdtl_ctx *ctx)
{
	if (ctx->lex != NULL)
		return 0;
	ctx->lex = mdtl_lexicon_load(ctx->data_dir, &ctx->diag);
	return ctx->lex != NULL ? 0 : -1;
}

void
mdtl_ctx_report(struct mdtl_ctx *ctx)
{
	mdtl_diag_print(&ctx->diag, ctx->err);
	mdtl_diag_clear(&ctx->diag);
}

int
mdtl_cmd_options(struct mdtl_ctx *ctx, const struct mdtl_cmd *cmd, void *dst,
    int argc, char **argv, int *rest)
{
	enum mdtl_opt_result r = mdtl_opt_parse(cmd->options, dst, argc, argv,
	    rest, cmd->name, cmd->usage, cmd->summary, ctx->out, ctx->err);
	const struct mdtl_option *o;

	/* the lists it filled are the context's to free, whatever came */
	for (o = cmd->options; o->type != MDTL_OPT_END; o++)
		if ((o->type == MDTL_OPT_LIST || o->type == MDTL_OPT_CHOICES) &&
		    ctx->nlists < MDTL_CTX_LISTS)
			ctx->lists[ctx->nlists++] = ((struct mdtl_strlist *)
			    (void *)((char *)dst + o->offset))->v;
	switch (r) {
	case MDTL_OPT_HELP:
		return MDTL_EXIT_OK;
	case MDTL_OPT_ERROR:
		return MDTL_EXIT_USAGE;
	case MDTL_OPT_OK:
		break;
	}
	return -1;
}

/* The pipeline's messages, shown as they come. */
static void
report(void *arg, struct mdtl_diag *diag)
{
	struct mdtl_ctx *ctx = arg;

	mdtl_diag_print(diag, ctx->err);
	mdtl_diag_clear(diag);
}

/* "NAME[:LINE]": what standard input is called, and its first line. */
static void
stdin_name(const char *arg, struct mdtl_pipeline *p)
{
	const char *colon = strrchr(arg, ':');
	size_t len = strlen(arg), digits;

	p->stdin_line = 1;
	if (colon != NULL && colon != arg && (digits = strspn(colon + 1,
	    "0123456789")) > 0 && colon[1 + digits] == '\0' &&
	    strtoul(colon + 1, NULL, 10) > 0) {
		p->stdin_line = strtoul(colon + 1, NULL, 10);
		len = (size_t)(colon - arg);
	}
	snprintf(p->stdin_name, sizeof p->stdin_name, "%.*s", (int)len, arg);
}

size_t
mdtl_processors(void)
{
	long np = sysconf(_SC_NPROCESSORS_ONLN);

	return np > 0 ? (size_t)(np > 256 ? 256 : np) : 1;
}

int
mdtl_ctx_pipeline(struct mdtl_ctx *ctx, const struct mdtl_input_opts *o,
    int lexicon, struct mdtl_date *published, struct mdtl_pipeline *p)
{
	const char *why;

	mdtl_pipeline_init(p);
	if (o->data != NULL)
		ctx->data_dir = o->data;
	if (lexicon) {
		if (mdtl_ctx_lexicon(ctx) < 0)
			return -1;
		p->lex = ctx->lex;
	}
	if (o->input_format != NULL)
		p->input_format = mdtl_input_format_find(o->input_format);
	/* (each was checked as it was parsed) */
	mdtl_limits_set(&p->limits, o->max_article, o->max_events,
	    o->max_depth);
	if (o->published != NULL && mdtl_user_date(o->published,
	    published, &why) == 0)
		p->published = published;
	p->jobs = o->jobs != NULL ? (size_t)strtol(o->jobs, NULL, 10) :
	    mdtl_processors();
	p->folders.globs = (const char *const *)o->globs.v;
	p->folders.nglobs = o->globs.n;
	p->folders.quiet = o->quiet;
	if (o->stdin_name != NULL)
		stdin_name(o->stdin_name, p);
	p->report = report;
	p->report_arg = ctx;
	return 0;
}

/*
 * What no INPUT means, as grep and jq read it: standard input when it is
 * a pipe, a file or a socket; else (a terminal, /dev/null) the bundled
 * articles, which on a terminal is said, in case the input was forgotten.
 */
static char *
default_input(struct mdtl_ctx *ctx, struct mdtl_buf *b, int say)
{
	struct stat st;

	if (fstat(STDIN_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) ||
	    S_ISREG(st.st_mode) || S_ISSOCK(st.st_mode)))
		return "-";
	mdtl_buf_addf(b, "%s/articles", ctx->data_dir);
	if (say && isatty(STDIN_FILENO))
		fprintf(ctx->err, "mdtl: no INPUT: reading the bundled "
		    "articles (%s)\n", b->buf);
	return b->buf;
}

int
mdtl_ctx_output_check(struct mdtl_ctx *ctx, const char *output, int argc,
    char **argv)
{
	struct mdtl_buf bundled = MDTL_BUF_INIT;
	char *one[1];
	int r;

	if (argc == 0) {
		one[0] = default_input(ctx, &bundled, 0);
		argv = one;
		argc = 1;
	}
	r = mdtl_output_clobbers(output, argv, (size_t)argc, &ctx->diag);
	mdtl_buf_release(&bundled);
	mdtl_ctx_report(ctx);
	return r ? -1 : 0;
}

/* The format an extension names, as -f spells it, or NULL. */
static const char *
extension_format(const char *path, const char *const *names)
{
	static const char *const aliases[][2] = {
		{ "yml", "yaml" }, { "txt", "text" }, { "htm", "html" },
		{ "markdown", "md" }, { "tml", "timeml" }, { "xml", "timeml" },
		{ "ndjson", "jsonl" },
	};
	const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
	size_t i;

	if (dot == NULL || dot == path || (slash != NULL && dot < slash))
		return NULL;
	dot++;
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(dot, aliases[i][0]) == 0)
			dot = aliases[i][1];
	for (i = 0; names[i] != NULL; i++)
		if (strcasecmp(dot, names[i]) == 0)
			return names[i];
	return NULL;
}

const char *
mdtl_ctx_output_format(struct mdtl_ctx *ctx, const char *format,
    const char *output, const char *const *names)
{
	const char *ext;

	if (output == NULL || strcmp(output, "-") == 0 ||
	    (ext = extension_format(output, names)) == NULL)
		return format;
	if (format == NULL)
		return ext;
	if (strcasecmp(format, ext) != 0)
		fprintf(ctx->err, "mdtl: warning: -o %s: writing %s, as -f "
		    "asks, though the name says %s\n", output, format, ext);
	return format;
}

int
mdtl_ctx_run(struct mdtl_ctx *ctx, const struct mdtl_pipeline *p, int argc,
    char **argv, const struct mdtl_sink *sink)
{
	struct mdtl_buf bundled = MDTL_BUF_INIT;
	char *one[1];
	int r;

	if (argc == 0) {
		one[0] = default_input(ctx, &bundled, 1);
		r = mdtl_pipeline_run(p, one, 1, sink, &ctx->diag);
	} else
		r = mdtl_pipeline_run(p, argv, (size_t)argc, sink, &ctx->diag);
	mdtl_buf_release(&bundled);
	mdtl_ctx_report(ctx);
	return r < 0 ? MDTL_EXIT_INPUT : MDTL_EXIT_OK;
}

int
mdtl_filter_opts_check(struct mdtl_ctx *ctx, const struct mdtl_filter_opts *o)
{
	struct mdtl_date d;
	const char *why;
	long since, until, x;

	if (o->since == NULL || o->until == NULL ||
	    mdtl_user_date(o->since, &d, &why) != 0)
		return 0;
	mdtl_date_range(&d, &since, &x);
	if (mdtl_user_date(o->until, &d, &why) != 0)
		return 0;
	mdtl_date_range(&d, &x, &until);
	if (since <= until)
		return 0;
	fprintf(ctx->err, "mdtl: --since %s comes after --until %s: no event "
	    "could be kept\n", o->since, o->until);
	return -1;
}

/* The actor an -a value most likely meant, by its id, name or alias. */
static const struct mdtl_actor *
actor_meant(const struct mdtl_lexicon *lex, const char *want)
{
	const struct mdtl_actor *meant = NULL;
	struct mdtl_spell sp;
	const char *before;
	size_t i, k;

	mdtl_spell_init(&sp, want);
	for (i = 0; i < lex->nactors; i++) {
		const struct mdtl_actor *a = &lex->actors[i];

		before = sp.best;
		mdtl_spell_try(&sp, a->id);
		mdtl_spell_try(&sp, a->name);
		for (k = 0; k < a->naliases; k++)
			mdtl_spell_try(&sp, a->aliases[k]);
		if (sp.best != before)
			meant = a;
	}
	return meant;
}

int
mdtl_ctx_check_actors(struct mdtl_ctx *ctx, const struct mdtl_strlist *l)
{
	const struct mdtl_actor *meant;
	size_t i;

	for (i = 0; i < l->n; i++) {
		char name[128];
		size_t len = strlen(l->v[i]);
		/* "russia+", a side: the data must know it */
		int side = len > 1 && l->v[i][len - 1] == '+' &&
		    len <= sizeof name;

		snprintf(name, sizeof name, "%.*s", (int)(len - (size_t)side),
		    l->v[i]);
		if (mdtl_lexicon_find_actor(ctx->lex, name, 0) != NULL)
			continue;
		if ((meant = actor_meant(ctx->lex, name)) != NULL) {
			fprintf(ctx->err, "mdtl: -a %s: no actor by that name "
			    "(did you mean '%s%s'?)\n", l->v[i], meant->id,
			    side ? "+" : "");
			return -1;
		}
		if (side) {
			fprintf(ctx->err, "mdtl: -a %s: no actor by that name, "
			    "whose side could be told\n", l->v[i]);
			return -1;
		}
	}
	return 0;
}

void
mdtl_filter_opts_apply(const struct mdtl_filter_opts *o,
    struct mdtl_filter *f)
{
	struct mdtl_date d;
	const char *why;
	long first, last;
	size_t i;

	f->actors = o->actors;
	f->greps = o->greps;
	for (i = 0; i < o->types.n; i++)
		f->types |= 1u << mdtl_event_type_find(o->types.v[i]);
	if (o->since != NULL && mdtl_user_date(o->since, &d, &why) == 0) {
		mdtl_date_range(&d, &first, &last);
		f->has_since = 1;
		f->since = first;
	}
	if (o->until != NULL && mdtl_user_date(o->until, &d, &why) == 0) {
		mdtl_date_range(&d, &first, &last);
		f->has_until = 1;
		f->until = last;
	}
}


/* The day the clock says it is, in local time. */
static long
today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL)
		return 0;
	return mdtl_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
}

/* "-30d", "-2w", "-6m", "-1y": days, weeks, months or years ago. */
static int
ago(const char *s, struct mdtl_date *d)
{
	char *end;
	long n, day = today();
	int y, m, dd;

	if (s[0] != '-' || !isdigit((unsigned char)s[1]))
		return -1;
	n = strtol(s + 1, &end, 10);
	if (end[0] == '\0' || end[1] != '\0' || n > 100000)
		return -1;
	memset(d, 0, sizeof *d);
	d->gran = MDTL_GRAN_DAY;
	mdtl_civil_from_days(day, &y, &m, &dd);
	switch (end[0]) {
	case 'd': day -= n; break;
	case 'w': day -= 7 * n; break;
	case 'm':
		m -= (int)(n % 12);
		y -= (int)(n / 12) + (m < 1);
		m = m < 1 ? m + 12 : m;
		if (dd > mdtl_days_in_month(y, m))
			dd = mdtl_days_in_month(y, m);
		day = mdtl_days_from_civil(y, m, dd);
		break;
	case 'y':
		y -= (int)n;
		if (dd > mdtl_days_in_month(y, m))
			dd = mdtl_days_in_month(y, m);
		day = mdtl_days_from_civil(y, m, dd);
		break;
	default:
		return -1;
	}
	mdtl_civil_from_days(day, &d->year, &d->month, &d->day);
	return 0;
}

/* "today", "yesterday", "this month", "last week", "last year" ... */
static int
named_day(const char *s, struct mdtl_date *d)
{
	static const char *const units[] = { "week", "month", "year" };
	long day = today();
	size_t u;
	int last;

	memset(d, 0, sizeof *d);
	d->gran = MDTL_GRAN_DAY;
	if (strcasecmp(s, "today") == 0 || strcasecmp(s, "yesterday") == 0) {
		mdtl_civil_from_days(day - (s[0] == 'y' || s[0] == 'Y'),
		    &d->year, &d->month, &d->day);
		return 0;
	}
	if (strncasecmp(s, "last ", 5) == 0)
		last = 1;
	else if (strncasecmp(s, "this ", 5) == 0)
		last = 0;
	else
		return -1;
	for (u = 0; u < 3 && strcasecmp(s + 5, units[u]) != 0; u++)
		;
	if (u == 3)
		return -1;
	mdtl_civil_from_days(day, &d->year, &d->month, &d->day);
	if (u == 0) {		/* an ISO week */
		mdtl_iso_week(day - 7 * last, &d->year, &d->part);
		d->gran = MDTL_GRAN_WEEK;
		d->month = d->day = 0;
	} else if (u == 1) {
		d->gran = MDTL_GRAN_MONTH;
		d->day = 0;
		if (last && --d->month == 0) {
			d->month = 12;
			d->year--;
		}
	} else {
		d->gran = MDTL_GRAN_YEAR;
		d->month = d->day = 0;
		d->year -= last;
	}
	return 0;
}

int
mdtl_user_date(const char *s, struct mdtl_date *d, const char **why)
{
	static char said[64];	/* (options are read on one thread) */
	char buf[64];
	size_t n;
	int y, a, b, k;

	*why = NULL;
	if (mdtl_date_parse_value(s, d) == 0 || mdtl_timex_parse(s, d) == 0 ||
	    ago(s, d) == 0 || named_day(s, d) == 0)
		return 0;
	/* "Jul 2011", "1 Jul 2011": an abbreviated month without its stop */
	n = strspn(s, "0123456789 ");
	k = (int)strspn(s + n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
	if (k >= 3 && k <= 4 && s[n + (size_t)k] == ' ' && strlen(s) + 2 <
	    sizeof buf) {
		snprintf(buf, sizeof buf, "%.*s.%s", (int)n + k, s,
		    s + n + (size_t)k);
		if (mdtl_timex_parse(buf, d) == 0)
			return 0;
	}
	/* why a date-like value is none: "no month 13" */
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &a, &b, &k) == 3 && s[k] == '\0') {
		if (a < 1 || a > 12)
			snprintf(said, sizeof said, "no month %d", a);
		else
			snprintf(said, sizeof said, "no day %d in %04d-%02d", b,
			    y, a);
	} else if (sscanf(s, "%4d-W%2d%n", &y, &a, &k) == 2 && s[k] == '\0')
		snprintf(said, sizeof said, "no week %d in %04d", a, y);
	else if (sscanf(s, "%4d-Q%d%n", &y, &a, &k) == 2 && s[k] == '\0')
		snprintf(said, sizeof said, "no quarter %d", a);
	else if (sscanf(s, "%4d-%2d%n", &y, &a, &k) == 2 && s[k] == '\0')
		snprintf(said, sizeof said, "no month %d", a);
	else
		return -1;
	*why = said;
	return -1;
}

const char *
mdtl_check_date(const char *s)
{
	static char msg[200];
	struct mdtl_date d;
	const char *why;

	if (mdtl_user_date(s, &d, &why) == 0)
		return NULL;
	snprintf(msg, sizeof msg, "'%.40s' is %s", s, why != NULL ? why :
	    "not a date (2011, Jul 2011, 2011-07-01, 1 July 2011, 2011-W27, "
	    "2011-Q3, today, yesterday, -30d, last month)");
	if (why != NULL)
		snprintf(msg, sizeof msg, "'%.40s' is not a date: %s", s, why);
	return msg;
}

/* -a, -g: an empty value would keep everything */
const char *
mdtl_check_text(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t')
			return NULL;
	return "must not be empty (it would keep every event)";
}

/* -j N: 1 to 256 */
const char *
mdtl_check_jobs(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	return *s != '\0' && *end == '\0' && n >= 1 && n <= 256 ? NULL :
	    "must be a number from 1 to 256";
}

const char *
mdtl_check_size(const char *s)
{
	size_t v;

	return mdtl_parse_size(s, &v) == 0 ? NULL :
	    "not a size (a number of bytes, with K, M or G)";
}

const char *
mdtl_check_count(const char *s)
{
	size_t v;

	return strpbrk(s, "kKmMgG") == NULL && mdtl_parse_size(s, &v) == 0 ?
	    NULL : "not a positive number";
}

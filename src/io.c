/* io.c: reading inputs and writing outputs safely. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mdtl/buf.h"
#include "mdtl/io.h"
#include "mdtl/xalloc.h"

/* Open path for reading; -1 reported.  A FIFO waits for its writer. */
static int
open_input(const char *path, struct mdtl_diag *diag)
{
	struct stat st;
	int fd, fl;

	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	if ((fd = open(path, O_RDONLY | O_NONBLOCK)) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "is a folder");
		close(fd);
		return -1;
	}
	/* blocking reads from here on */
	if ((fl = fcntl(fd, F_GETFL)) >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

#define INPUT_CHUNK	65536

/* Read once more into the buffer: bytes read, 0 at the end, -1 reported. */
static ssize_t
fill(struct mdtl_input *in, struct mdtl_diag *diag)
{
	ssize_t r;

	if (in->eof)
		return 0;
	if (in->start > 0 && in->start >= in->len / 2) {
		memmove(in->buf, in->buf + in->start, in->len - in->start);
		in->len -= in->start;
		in->start = 0;
	}
	if (in->alloc - in->len < INPUT_CHUNK + 1) {
		in->alloc = in->len + INPUT_CHUNK + 1 > in->alloc * 2 ?
		    in->len + INPUT_CHUNK + 1 : in->alloc * 2;
		in->buf = mdtl_xrealloc(in->buf, in->alloc);
	}
	if (in->idle != NULL) {
		struct pollfd p = { in->fd, POLLIN, 0 };

		if (poll(&p, 1, 0) == 0)
			in->idle(in->idle_arg);
	}
	do
		r = read(in->fd, in->buf + in->len, INPUT_CHUNK);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, in->path, 0, 0,
		    "cannot read: %s", strerror(errno));
		in->eof = 1;
		return -1;
	}
	if (r == 0)
		in->eof = 1;
	in->len += (size_t)r;
	in->buf[in->len] = '\0';
	return r;
}

int
mdtl_input_open(struct mdtl_input *in, const char *path, size_t limit,
    struct mdtl_diag *diag)
{
	return mdtl_input_open_idle(in, path, limit, NULL, NULL, diag);
}

int
mdtl_input_open_idle(struct mdtl_input *in, const char *path, size_t limit,
    void (*idle)(void *), void *arg, struct mdtl_diag *diag)
{
	memset(in, 0, sizeof *in);
	in->path = path;
	in->limit = limit;
	in->idle = idle;
	in->idle_arg = arg;
	if ((in->fd = open_input(path, diag)) < 0)
		return -1;
	do
		if (fill(in, diag) < 0) {
			mdtl_input_close(in);
			return -1;
		}
	while (in->len < 3 && !in->eof);
	/* a byte-order mark is not part of any format read */
	if (in->len >= 3 && memcmp(in->buf, "\xEF\xBB\xBF", 3) == 0)
		in->start = 3;
	return 0;
}

void
mdtl_input_peek(const struct mdtl_input *in, const char **p, size_t *n)
{
	*p = in->buf ? in->buf + in->start : "";
	*n = in->len - in->start;
}

int
mdtl_input_line(struct mdtl_input *in, const char **line, size_t *len,
    struct mdtl_diag *diag)
{
	size_t scanned = 0;	/* bytes after start known to hold no '\n' */
	int skipping = 0;

	for (;;) {
		char *nl = memchr(in->buf + in->start + scanned, '\n',
		    in->len - in->start - scanned);

		if (nl != NULL || (in->eof && in->len > in->start)) {
			size_t end = nl ? (size_t)(nl - in->buf) : in->len;

			in->lineno++;
			if (!skipping && end - in->start > in->limit) {
				mdtl_diag_add(diag, MDTL_DIAG_ERROR, in->path,
				    (long)in->lineno, 0, "a line longer than "
				    "the limit of %zu bytes: skipped",
				    in->limit);
				skipping = 1;
			}
			if (skipping) {
				in->start = nl ? end + 1 : in->len;
				scanned = 0;
				skipping = 0;
				continue;
			}
			*line = in->buf + in->start;
			*len = end - in->start;
			in->start = nl ? end + 1 : in->len;
			return 1;
		}
		if (in->eof)
			return 0;
		if (!skipping && in->len - in->start > in->limit) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, in->path,
			    (long)in->lineno + 1, 0, "a line longer than the "
			    "limit of %zu bytes: skipped", in->limit);
			skipping = 1;
		}
		/* a line being skipped is not kept */
		if (skipping)
			in->start = in->len;
		scanned = in->len - in->start;
		if (fill(in, diag) < 0)
			return -1;
	}
}

int
mdtl_input_rest(struct mdtl_input *in, char **bufp, size_t *lenp,
    struct mdtl_diag *diag)
{
	ssize_t r;

	while ((r = fill(in, diag)) > 0)
		if (in->len - in->start > in->limit)
			break;
	if (r < 0)
		return -1;
	if (in->len - in->start > in->limit) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, in->path, 0, 0,
		    "larger than the limit of %zu bytes", in->limit);
		return -1;
	}
	/* the caller takes the buffer itself: no second copy */
	*lenp = in->len - in->start;
	if (in->start > 0)
		memmove(in->buf, in->buf + in->start, *lenp);
	in->buf[*lenp] = '\0';
	*bufp = in->buf;
	in->buf = NULL;
	in->len = in->alloc = in->start = 0;
	return 1;
}

int
mdtl_read_file(const char *path, char **bufp, size_t *lenp, size_t limit,
    struct mdtl_diag *diag)
{
	struct mdtl_input in;
	int r;

	if (mdtl_input_open(&in, path, limit, diag) < 0)
		return -1;
	r = mdtl_input_rest(&in, bufp, lenp, diag);
	mdtl_input_close(&in);
	return r < 0 ? -1 : 0;
}

void
mdtl_input_close(struct mdtl_input *in)
{
	if (in->fd > STDIN_FILENO)
		close(in->fd);
	free(in->buf);
	memset(in, 0, sizeof *in);
	in->fd = -1;
}

static void
push(struct mdtl_inputs *in, char *s)
{
	if (in->n == in->alloc) {
		in->alloc = in->alloc ? in->alloc * 2 : 16;
		in->v = mdtl_xrealloc(in->v, in->alloc * sizeof *in->v);
	}
	in->v[in->n++] = s;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define MAX_DEPTH	32

/* Extensions of the formats mdtl reads. */
static const char *const article_exts[] = { "txt", "text", "md", "html",
    "htm", "xhtml", "xml", "rss", "atom", "nitf", "json", "jsonl", "ndjson",
    "tml", "timeml", NULL };

/* Whether a file of a folder is an article to read, by name or content. */
static int
article_like(const char *path, int regular, struct mdtl_folder_filter *f)
{
	const char *base = strrchr(path, '/'), *ext;
	char head[512];
	size_t i, n, controls = 0;
	ssize_t r;
	int fd;

	base = base != NULL ? base + 1 : path;
	if (f->nglobs > 0) {
		for (i = 0; i < f->nglobs; i++)
			if (fnmatch(f->globs[i], base, 0) == 0)
				return 1;
		return 0;
	}
	if ((ext = strrchr(base, '.')) != NULL && ext != base)
		for (i = 0; article_exts[i] != NULL; i++)
			if (strcasecmp(ext + 1, article_exts[i]) == 0)
				return 1;
	/* another extension, or none: text, by its first bytes (a FIFO's
	 * are for the run: it is read) */
	if (!regular || (fd = open(path, O_RDONLY | O_NONBLOCK)) < 0)
		return 1;	/* (its error is told when it is read) */
	r = read(fd, head, sizeof head);
	n = r > 0 ? (size_t)r : 0;
	close(fd);
	for (i = 0; i < n; i++)
		if (head[i] == '\0')
			return 0;
		else if ((unsigned char)head[i] < 0x20 &&
		    strchr("\t\n\r\f", head[i]) == NULL)
			controls++;
	return controls * 10 <= n;
}

static int
expand(struct mdtl_inputs *in, const char *path, int depth,
    struct mdtl_folder_filter *filter, struct mdtl_diag *diag)
{
	struct stat st;
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int ret = 0;

	if (strcmp(path, "-") == 0) {
		push(in, mdtl_xstrdup(path));
		return 0;
	}
	if (stat(path, &st) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot open: %s", strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		/* a file of a folder, not named itself: only an article */
		if (filter != NULL && depth > 0 &&
		    !article_like(path, S_ISREG(st.st_mode), filter)) {
			/* (files --glob leaves out are not looked at) */
			if (filter->nglobs > 0)
				return 0;
			filter->skipped++;
			if (!filter->quiet)
				mdtl_diag_add(diag, MDTL_DIAG_WARNING, path, 0,
				    0, "skipped: not an article, by its name "
				    "or its first bytes");
			return 0;
		}
		push(in, mdtl_xstrdup(path));
		return 0;
	}
	if (depth >= MAX_DEPTH) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "folders nested deeper than %d (a link loop?)", MAX_DEPTH);
		return -1;
	}
	if ((d = opendir(path)) == NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot open: %s", strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			names = mdtl_xrealloc(names, alloc * sizeof *names);
		}
		names[n++] = mdtl_xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		struct mdtl_buf p = MDTL_BUF_INIT;
		size_t len = strlen(path);

		mdtl_buf_add(&p, path, len);
		if (len == 0 || path[len - 1] != '/')
			mdtl_buf_addch(&p, '/');
		mdtl_buf_adds(&p, names[i]);
		if (expand(in, p.buf, depth + 1, filter, diag) < 0)
			ret = -1;
		mdtl_buf_release(&p);
		free(names[i]);
	}
	free(names);
	return ret;
}

int
mdtl_inputs_expand(struct mdtl_inputs *in, const char *path,
    struct mdtl_diag *diag)
{
	return expand(in, path, 0, NULL, diag);
}

int
mdtl_inputs_expand_articles(struct mdtl_inputs *in, const char *path,
    struct mdtl_folder_filter *filter, struct mdtl_diag *diag)
{
	return expand(in, path, 0, filter, diag);
}

void
mdtl_inputs_free(struct mdtl_inputs *in)
{
	size_t i;

	for (i = 0; i < in->n; i++)
		free(in->v[i]);
	free(in->v);
	in->v = NULL;
	in->n = in->alloc = 0;
}

int
mdtl_output_clobbers(const char *path, char *const *inputs, size_t n,
    struct mdtl_diag *diag)
{
	struct mdtl_inputs in = { NULL, 0, 0 };
	struct mdtl_diag quiet = MDTL_DIAG_INIT;
	struct stat out, st;
	size_t k;
	int r = 0;

	if (path == NULL || strcmp(path, "-") == 0 || stat(path, &out) < 0 ||
	    !S_ISREG(out.st_mode))
		return 0;
	/* the inputs' own errors are told when they are read */
	for (k = 0; k < n; k++)
		mdtl_inputs_expand(&in, inputs[k], &quiet);
	mdtl_diag_release(&quiet);
	for (k = 0; k < in.n && r == 0; k++)
		if ((strcmp(in.v[k], "-") == 0 ? fstat(STDIN_FILENO, &st) :
		    stat(in.v[k], &st)) == 0 && st.st_dev == out.st_dev &&
		    st.st_ino == out.st_ino) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
			    "is also an input (%s): it would be overwritten",
			    strcmp(in.v[k], "-") == 0 ? "standard input" :
			    in.v[k]);
			r = 1;
		}
	mdtl_inputs_free(&in);
	return r;
}

/*
 * The temporary file being written, removed when a signal ends the run:
 * the handler unlinks it and dies of the signal with its default action.
 * A signal the caller ignores (nohup) stays ignored.
 */
static const int fatal_signals[] = { SIGHUP, SIGINT, SIGTERM };
static char *volatile live_tmp;
static struct sigaction saved[sizeof fatal_signals / sizeof *fatal_signals];

static void
on_fatal_signal(int sig)
{
	char *tmp = live_tmp;

	if (tmp != NULL)
		unlink(tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
guard_tmp(char *tmp)
{
	struct sigaction sa;
	size_t i;

	live_tmp = tmp;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
		sigaction(fatal_signals[i], NULL, &saved[i]);
		if (saved[i].sa_handler != SIG_IGN)
			sigaction(fatal_signals[i], &sa, NULL);
	}
}

static void
unguard_tmp(void)
{
	size_t i;

	for (i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
		sigaction(fatal_signals[i], &saved[i], NULL);
	live_tmp = NULL;
}

/*
 * FILE.tmpXXXXXX beside FILE, in the same folder so that rename() is
 * atomic; a name too long for that is cut to fit.
 */
static void
tmp_name(struct mdtl_buf *b, const char *path)
{
	static const char suffix[] = ".tmpXXXXXX";
	const char *slash = strrchr(path, '/');
	size_t dir = slash != NULL ? (size_t)(slash + 1 - path) : 0;
	size_t base = strlen(path + dir);

	if (base > NAME_MAX - (sizeof suffix - 1))
		base = NAME_MAX - (sizeof suffix - 1);
	mdtl_buf_add(b, path, dir + base);
	mdtl_buf_adds(b, suffix);
}

/*
 * The mode the new file gets: that of the file it replaces (and its
 * group, where we may), else what open(2) would give under the umask.
 */
static void
keep_mode(int fd, const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0) {
		if (fchown(fd, (uid_t)-1, st.st_gid) != 0)
			st.st_mode &= ~(mode_t)(S_ISGID | S_ISUID);
		fchmod(fd, st.st_mode & 07777);
		return;
	}
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
}

int
mdtl_write_whole(const char *path, const char *buf, size_t len,
    struct mdtl_diag *diag)
{
	struct mdtl_buf tmp = MDTL_BUF_INIT;
	size_t done = 0;
	ssize_t w = 0;
	int fd, ok;

	tmp_name(&tmp, path);
	if ((fd = mkstemp(tmp.buf)) >= 0) {
		keep_mode(fd, path);
		while (done < len && ((w = write(fd, buf + done, len - done)) >
		    0 || (w < 0 && errno == EINTR)))
			done += w > 0 ? (size_t)w : 0;
	}
	ok = fd >= 0 && done == len;
	ok = (fd < 0 || close(fd) == 0) && ok;
	ok = ok && rename(tmp.buf, path) == 0;
	if (!ok) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot write: %s", strerror(errno));
		if (fd >= 0)
			unlink(tmp.buf);
	}
	mdtl_buf_release(&tmp);
	return ok ? 0 : -1;
}

int
mdtl_output_open(struct mdtl_output *o, const char *path, FILE *std,
    struct mdtl_diag *diag)
{
	struct mdtl_buf tmp = MDTL_BUF_INIT;
	struct stat st;
	int fd;

	memset(o, 0, sizeof *o);
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = std;
		return 0;
	}
	/*
	 * A device or a FIFO (/dev/null, /dev/full, a pipe) is written to as
	 * it is: renaming a file over it would replace it.
	 */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode) || (o->fp = fopen(path, "w")) == NULL) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
			    "cannot write: %s", S_ISDIR(st.st_mode) ?
			    "is a folder" : strerror(errno));
			return -1;
		}
		o->path = mdtl_xstrdup(path);
		o->direct = 1;
		return 0;
	}
	tmp_name(&tmp, path);
	if ((fd = mkstemp(tmp.buf)) < 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot create: %s", strerror(errno));
		mdtl_buf_release(&tmp);
		return -1;
	}
	guard_tmp(tmp.buf);
	keep_mode(fd, path);
	if ((o->fp = fdopen(fd, "w")) == NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "cannot create: %s", strerror(errno));
		close(fd);
		unlink(tmp.buf);
		unguard_tmp();
		mdtl_buf_release(&tmp);
		return -1;
	}
	o->path = mdtl_xstrdup(path);
	o->tmp = mdtl_buf_detach(&tmp);
	return 0;
}

int
mdtl_output_close(struct mdtl_output *o, int ok, struct mdtl_diag *diag)
{
	int ret = 0;
	const char *name = o->path ? o->path : "standard output";

	if (o->fp == NULL)
		return 0;
	if (fflush(o->fp) != 0 || ferror(o->fp)) {
		if (errno != EPIPE)
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, name, 0, 0,
			    "cannot write: %s", strerror(errno));
		ret = -1;
	}
	if (o->direct) {
		if (fclose(o->fp) != 0 && ret == 0) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, name, 0, 0,
			    "cannot write: %s", strerror(errno));
			ret = -1;
		}
		free(o->path);
		memset(o, 0, sizeof *o);
		return ret;
	}
	if (o->tmp == NULL) {
		o->fp = NULL;
		return ret;
	}
	if (ret == 0 && fsync(fileno(o->fp)) != 0 && errno != EINVAL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, name, 0, 0,
		    "cannot sync: %s", strerror(errno));
		ret = -1;
	}
	if (fclose(o->fp) != 0 && ret == 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, name, 0, 0,
		    "cannot write: %s", strerror(errno));
		ret = -1;
	}
	if (ok && ret == 0 && rename(o->tmp, o->path) != 0) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, name, 0, 0,
		    "cannot rename into place: %s", strerror(errno));
		ret = -1;
	}
	if (!ok || ret != 0)
		unlink(o->tmp);
	unguard_tmp();
	free(o->tmp);
	free(o->path);
	o->fp = NULL;
	o->tmp = o->path = NULL;
	return ret;
}

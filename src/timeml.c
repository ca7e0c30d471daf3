/* timeml.c: TimeML documents in, the same documents with TIMEX3 tags out. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "mdtl/buf.h"
#include "mdtl/text.h"
#include "mdtl/timeml.h"
#include "mdtl/xml.h"

int
mdtl_timeml_sniff(const char *buf, size_t len)
{
	size_t n = len < 4096 ? len : 4096;
	size_t i;

	for (i = 0; i + 7 <= n; i++)
		if (memcmp(buf + i, "<TimeML", 7) == 0)
			return 1;
	return 0;
}

/* The creation time: <DCT><TIMEX3 value="..."/></DCT>. */
static void
find_dct(xmlNode *n, struct mdtl_date *dct)
{
	for (; n != NULL && dct->gran == MDTL_GRAN_NONE; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, (const xmlChar *)"TIMEX3") == 0) {
			xmlChar *fn = xmlGetProp(n,
			    (const xmlChar *)"functionInDocument");
			xmlChar *v = xmlGetProp(n, (const xmlChar *)"value");

			if (fn != NULL && v != NULL && xmlStrcmp(fn,
			    (const xmlChar *)"CREATION_TIME") == 0)
				mdtl_timex_parse((const char *)v, dct);
			xmlFree(fn);
			xmlFree(v);
		}
		find_dct(n->children, dct);
	}
}

static const struct {
	const char	*name, *text;
} entities[] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
	{ "&apos;", "'" },
};

/*
 * The '>' that ends the markup starting at p ('<'), or NULL: past quoted
 * attribute values ('>' is allowed in them), comments, CDATA sections
 * and processing instructions.
 */
static const char *
tag_end(const char *p, const char *end)
{
	static const struct {
		const char	*open, *close;
	} spans[] = {
		{ "<!--", "-->" }, { "<![CDATA[", "]]>" }, { "<?", "?>" },
	};
	size_t k, ol, cl;
	const char *q;
	char quote = 0;

	for (k = 0; k < sizeof spans / sizeof spans[0]; k++) {
		ol = strlen(spans[k].open);
		cl = strlen(spans[k].close);
		if ((size_t)(end - p) < ol || memcmp(p, spans[k].open, ol) != 0)
			continue;
		for (q = p + ol; (size_t)(end - q) >= cl; q++)
			if (memcmp(q, spans[k].close, cl) == 0)
				return q + cl - 1;
		return NULL;
	}
	for (q = p + 1; q < end; q++) {
		if (quote != 0) {
			if (*q == quote)
				quote = 0;
		} else if (*q == '"' || *q == '\'')
			quote = *q;
		else if (*q == '>')
			return q;
	}
	return NULL;
}

/*
 * The tag s ("<TEXT>") as markup of doc[from, len): not inside a comment,
 * a processing instruction, a CDATA section or another tag, where strstr()
 * would find it too; or NULL.
 */
static const char *
find_markup(const char *doc, size_t from, size_t len, const char *s)
{
	const char *p = doc + from, *end = doc + len, *gt;
	size_t n = strlen(s);

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= n && memcmp(p, s, n) == 0)
			return p;
		if ((gt = tag_end(p, end)) == NULL)
			return NULL;
		p = gt + 1;
	}
	return NULL;
}

/* Decode the raw text of <TEXT>, dropping tags, keeping an offset map. */
static void
decode(struct mdtl_timeml *tm, struct mdtl_arena *a, size_t start,
    size_t end)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	size_t *map = mdtl_arena_alloc(a, (end - start + 1) * sizeof *map);
	size_t i = start, k;

	while (i < end) {
		const char *p = tm->doc + i;

		if (*p == '<') {
			const char *gt = tag_end(p, tm->doc + end);

			i = gt ? (size_t)(gt - tm->doc) + 1 : end;
			continue;
		}
		if (*p == '&') {
			for (k = 0; k < sizeof entities / sizeof entities[0];
			    k++) {
				size_t l = strlen(entities[k].name);

				if (i + l <= end && memcmp(p, entities[k].name,
				    l) == 0) {
					map[b.len] = i;
					mdtl_buf_adds(&b, entities[k].text);
					i += l;
					break;
				}
			}
			if (k < sizeof entities / sizeof entities[0])
				continue;
		}
		map[b.len] = i;
		mdtl_buf_addch(&b, *p);
		i++;
	}
	map[b.len] = end;
	tm->text = mdtl_arena_strndup(a, b.buf, b.len);
	tm->text_len = b.len;
	tm->map = map;
	mdtl_buf_release(&b);
}

int
mdtl_timeml_read(struct mdtl_timeml *tm, struct mdtl_arena *a,
    const char *doc, size_t len, const char *path, size_t max_depth,
    struct mdtl_diag *diag)
{
	xmlDoc *x;
	const char *open, *close;
	size_t start;

	memset(tm, 0, sizeof *tm);
	tm->doc = doc;
	tm->doc_len = len;
	if ((x = mdtl_xml_read(doc, len, path, max_depth, diag)) == NULL)
		return -1;
	find_dct(xmlDocGetRootElement(x), &tm->dct);
	xmlFreeDoc(x);
	open = find_markup(doc, 0, len, "<TEXT>");
	close = open ? find_markup(doc, (size_t)(open - doc) + 6, len,
	    "</TEXT>") : NULL;
	if (open == NULL || close == NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
		    "no <TEXT> in the TimeML document");
		return -1;
	}
	start = (size_t)(open - doc) + 6;
	decode(tm, a, start, (size_t)(close - doc));
	return 0;
}

struct mdtl_timeml_tag *
mdtl_timeml_find(struct mdtl_arena *a, const struct mdtl_text *tx,
    const struct mdtl_date *ref, const struct mdtl_timex_words *words,
    size_t *n)
{
	struct mdtl_timeml_tag *v = NULL;
	size_t alloc = 0, s, k, m;

	*n = 0;
	for (s = 0; s < tx->nsentences; s++) {
		const struct mdtl_sentence *sent = &tx->sentences[s];
		const struct mdtl_token *t = tx->tokens + sent->tok;
		struct mdtl_timex *out = mdtl_arena_alloc(a, 64 * sizeof *out);

		m = mdtl_timex_find(t, sent->ntok, ref, MDTL_TIMEX_AUTO, words,
		    out, 64);
		for (k = 0; k < m; k++) {
			struct mdtl_timeml_tag *f;

			if (out[k].value[0] == '\0')
				continue;
			f = MDTL_ARENA_PUSH(a, v, *n, alloc);
			f->start = t[out[k].tok].span.start;
			f->end = t[out[k].tok + out[k].ntok - 1].span.end;
			out[k].sentence = s + 1;
			f->tx = &out[k];
		}
	}
	/* a document's expressions read together */
	{
		struct mdtl_timex **all = mdtl_arena_alloc(a, (*n + 1) *
		    sizeof *all);

		for (k = 0; k < *n; k++)
			all[k] = (struct mdtl_timex *)v[k].tx;
		mdtl_timex_in_context(all, *n);
	}
	return v;
}

static void
open_tag(struct mdtl_buf *b, size_t id, const struct mdtl_timex *tx)
{
	mdtl_buf_addf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\">", id,
	    mdtl_timex_type_name(tx->type), tx->value);
}

/*
 * Whether doc[a, z) holds only whole elements: every tag opened there is
 * closed there and none closes one opened before.  A TIMEX3 put around
 * it is then well-formed.
 */
static int
whole_elements(const char *doc, size_t a, size_t z)
{
	const char *p = doc + a, *end = doc + z, *gt;
	long depth = 0;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if ((gt = tag_end(p, end)) == NULL)
			return 0;
		if (p[1] == '/')
			depth--;
		else if (p[1] != '!' && p[1] != '?' && gt[-1] != '/')
			depth++;
		if (depth < 0)
			return 0;
		p = gt + 1;
	}
	return depth == 0;
}

/*
 * The start of the reference (&amp;, &#8217;) that doc[at] is in, or at:
 * a '&' before it with no ';' between.
 */
static size_t
ref_start(const char *doc, size_t at)
{
	size_t k;

	if (doc[at] == '&')
		return at;
	for (k = at; k > 0 && at - k < 12; k--)
		if (strchr(";<> \t\n", doc[k - 1]) != NULL)
			return at;
		else if (doc[k - 1] == '&')
			return k - 1;
	return at;
}

/* [a, z) grown so as to cut no entity or character reference. */
static void
whole_refs(const char *doc, size_t len, size_t *a, size_t *z)
{
	size_t k = ref_start(doc, *z - 1);
	const char *semi;

	*a = ref_start(doc, *a);
	if (doc[k] == '&' && (semi = memchr(doc + k, ';', len - k < 12 ?
	    len - k : 12)) != NULL && (size_t)(semi - doc) >= *z)
		*z = (size_t)(semi - doc) + 1;
}

/* The TIMEX3 elements a document has already: byte ranges, largest tid. */
struct timexes {
	size_t	(*v)[2];
	size_t	  n, alloc;
	size_t	  last_tid;
};

static void
find_timexes(struct mdtl_arena *a, const char *doc, size_t len,
    struct timexes *t)
{
	static const char open[] = "<TIMEX3", close[] = "</TIMEX3>";
	const char *p = doc, *end = doc + len, *gt, *tid, *stop;

	memset(t, 0, sizeof *t);
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		size_t *r;

		if ((size_t)(end - p) < sizeof open ||
		    memcmp(p, open, sizeof open - 1) != 0 ||
		    (p[sizeof open - 1] != ' ' && p[sizeof open - 1] != '>' &&
		    p[sizeof open - 1] != '/')) {
			p++;
			continue;
		}
		if ((gt = tag_end(p, end)) == NULL)
			break;
		for (tid = p; (tid = memchr(tid, 't', (size_t)(gt - tid))) !=
		    NULL; tid++)
			if (tid > p && tid[-1] == ' ' && gt - tid > 6 &&
			    memcmp(tid, "tid=\"t", 6) == 0) {
				size_t n = (size_t)strtoul(tid + 6, NULL, 10);

				if (n > t->last_tid && n < (size_t)1 << 30)
					t->last_tid = n;
				break;
			}
		stop = gt + 1;
		if (gt[-1] != '/') {
			const char *c = gt;

			while ((c = memchr(c, '<', (size_t)(end - c))) != NULL &&
			    ((size_t)(end - c) < sizeof close - 1 ||
			    memcmp(c, close, sizeof close - 1) != 0))
				c++;
			stop = c != NULL ? c + sizeof close - 1 : end;
		}
		r = *MDTL_ARENA_PUSH(a, t->v, t->n, t->alloc);
		r[0] = (size_t)(p - doc);
		r[1] = (size_t)(stop - doc);
		p = stop;
	}
}

static int
overlaps_timex(const struct timexes *t, size_t a, size_t z)
{
	size_t k;

	for (k = 0; k < t->n; k++)
		if (a < t->v[k][1] && t->v[k][0] < z)
			return 1;
	return 0;
}

void
mdtl_timeml_write(struct mdtl_buf *b, struct mdtl_arena *arena,
    const struct mdtl_timeml *tm, const struct mdtl_timeml_tag *f, size_t n)
{
	struct timexes have;
	size_t pos = 0, k, tid;

	find_timexes(arena, tm->doc, tm->doc_len, &have);
	tid = have.last_tid;
	for (k = 0; k < n; k++) {
		size_t a = tm->map[f[k].start];
		size_t z = tm->map[f[k].end - 1] + 1;

		whole_refs(tm->doc, tm->doc_len, &a, &z);
		if (a < pos || !whole_elements(tm->doc, a, z) ||
		    overlaps_timex(&have, a, z))
			continue;
		mdtl_buf_add(b, tm->doc + pos, a - pos);
		open_tag(b, ++tid, f[k].tx);
		mdtl_buf_add(b, tm->doc + a, z - a);
		mdtl_buf_adds(b, "</TIMEX3>");
		pos = z;
	}
	mdtl_buf_add(b, tm->doc + pos, tm->doc_len - pos);
}

static void
xml_text(struct mdtl_buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '&': mdtl_buf_adds(b, "&amp;"); break;
		case '<': mdtl_buf_adds(b, "&lt;"); break;
		case '>': mdtl_buf_adds(b, "&gt;"); break;
		default: mdtl_buf_addch(b, s[i]);
		}
}

void
mdtl_timeml_new(struct mdtl_buf *b, const char *text, size_t len,
    const struct mdtl_date *ref, const struct mdtl_timeml_tag *f, size_t n)
{
	char dct[24];
	size_t pos = 0, k;

	mdtl_date_format(ref, dct, sizeof dct);
	mdtl_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
	if (dct[0])
		mdtl_buf_addf(b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
		    "value=\"%s\" functionInDocument=\"CREATION_TIME\"/></DCT>\n",
		    dct);
	mdtl_buf_adds(b, "<TEXT>");
	for (k = 0; k < n; k++) {
		xml_text(b, text + pos, f[k].start - pos);
		open_tag(b, k + 1, f[k].tx);
		xml_text(b, text + f[k].start, f[k].end - f[k].start);
		mdtl_buf_adds(b, "</TIMEX3>");
		pos = f[k].end;
	}
	xml_text(b, text + pos, len - pos);
	mdtl_buf_adds(b, "</TEXT>\n</TimeML>\n");
}

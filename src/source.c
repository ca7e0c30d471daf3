/* source.c: detect an input's format and read the articles it holds. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "mdtl/buf.h"
#include "mdtl/json.h"
#include "mdtl/source.h"
#include "mdtl/timeml.h"
#include "mdtl/xml.h"
#include "mdtl/xalloc.h"

/*
 * Every format is turned into the one the text reader knows best: a YAML
 * front-matter block (the metadata, as JSON strings, which YAML reads
 * too), the headline, and the paragraphs separated by blank lines.  The
 * text reader then drops page furniture, finds datelines and splits the
 * text, the same way for a page, a feed item or a line of JSON.
 */
struct fields {
	struct mdtl_buf	 id, title, published, source, section, url, body,
			 author;
	char		**credits;	/* owned */
	size_t		  ncredits, acredits;
};

const char *const mdtl_input_format_names[] = {
#define X(e, s) s,
	MDTL_INPUT_FORMATS(X)
#undef X
	NULL
};

int
mdtl_input_format_find(const char *s)
{
	int i;

	for (i = 0; mdtl_input_format_names[i] != NULL; i++)
		if (strcasecmp(s, mdtl_input_format_names[i]) == 0)
			return i;
	return -1;
}

const char *
mdtl_input_format_name(enum mdtl_input_format f)
{
	return mdtl_input_format_names[f];
}

static void
fields_init(struct fields *f)
{
	memset(f, 0, sizeof *f);
	mdtl_buf_init(&f->id);
	mdtl_buf_init(&f->title);
	mdtl_buf_init(&f->published);
	mdtl_buf_init(&f->source);
	mdtl_buf_init(&f->section);
	mdtl_buf_init(&f->url);
	mdtl_buf_init(&f->body);
	mdtl_buf_init(&f->author);
}

static void
fields_release(struct fields *f)
{
	mdtl_buf_release(&f->id);
	mdtl_buf_release(&f->title);
	mdtl_buf_release(&f->published);
	mdtl_buf_release(&f->source);
	mdtl_buf_release(&f->section);
	mdtl_buf_release(&f->url);
	mdtl_buf_release(&f->body);
	mdtl_buf_release(&f->author);
	while (f->ncredits > 0)
		free(f->credits[--f->ncredits]);
	free(f->credits);
}

/* A credit the fields take over (NULL: none). */
static void
add_credit(struct fields *f, char *name)
{
	if (name == NULL)
		return;
	if (f->ncredits == f->acredits) {
		f->acredits = f->acredits ? f->acredits * 2 : 4;
		f->credits = mdtl_xrealloc(f->credits, f->acredits *
		    sizeof *f->credits);
	}
	f->credits[f->ncredits++] = name;
}

/* Add text with runs of white space made one space. */
static void
add_folded(struct mdtl_buf *b, const char *s)
{
	int space = b->len > 0 && b->buf[b->len - 1] != ' ' &&
	    b->buf[b->len - 1] != '\n';

	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space && b->len > 0 && b->buf[b->len - 1] != '\n')
			mdtl_buf_addch(b, ' ');
		space = 0;
		mdtl_buf_addch(b, *s);
	}
}

static void
set(struct mdtl_buf *b, const char *s)
{
	if (s == NULL || b->len > 0)
		return;
	add_folded(b, s);
	while (b->len > 0 && b->buf[b->len - 1] == ' ')
		mdtl_buf_setlen(b, b->len - 1);
}

/* A date as the text reader takes it: ISO 8601, seconds whole. */
static void
normalise_date(struct mdtl_buf *out, const char *s)
{
	struct mdtl_date d;
	char tmp[64], *p;
	size_t n;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	if (n == 0 || n >= sizeof tmp)
		return;
	memcpy(tmp, s, n + 1);
	while (n > 0 && isspace((unsigned char)tmp[n - 1]))
		tmp[--n] = '\0';
	/* 2011-07-01T14:23:00.000+04:00: drop the fraction */
	if ((p = strchr(tmp, '.')) != NULL && p > tmp &&
	    isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[1])) {
		char *q = p + 1;

		while (isdigit((unsigned char)*q))
			q++;
		memmove(p, q, strlen(q) + 1);
	}
	/* +0400 written without a colon */
	n = strlen(tmp);
	if (n >= 5 && (tmp[n - 5] == '+' || tmp[n - 5] == '-') &&
	    strchr(tmp, 'T') != NULL && isdigit((unsigned char)tmp[n - 1])) {
		memmove(tmp + n - 1, tmp + n - 2, 3);
		tmp[n - 2] = ':';
	}
	if (mdtl_timex_parse(tmp, &d) == 0)
		mdtl_buf_adds(out, tmp);
	else if (mdtl_date_parse_rfc822(s, &d) == 0) {
		char stamp[40];

		mdtl_date_format_time(&d, stamp, sizeof stamp);
		mdtl_buf_adds(out, stamp);
	} else if (n >= 10 && (tmp[10] = '\0', mdtl_timex_parse(tmp, &d) == 0))
		mdtl_buf_adds(out, tmp);
}

/*
 * Bylines come as "By A. Reporter" (NITF, HTML) and RSS <author> as
 * "desk@example.org (A. Reporter)"; keep the name alone.
 */
static void
tidy_author(struct mdtl_buf *author)
{
	const char *s = author->buf, *open, *close;
	struct mdtl_buf name = MDTL_BUF_INIT;

	if (author->len == 0)
		return;
	open = strchr(s, '(');
	close = strrchr(s, ')');
	if (open != NULL && close != NULL && close > open + 1 &&
	    memchr(s, '@', (size_t)(open - s)) != NULL)
		mdtl_buf_add(&name, open + 1, (size_t)(close - open - 1));
	else if (author->len > 3 && strncasecmp(s, "by ", 3) == 0)
		mdtl_buf_adds(&name, s + 3);
	else
		return;
	mdtl_buf_release(author);
	*author = name;
}

static long
emit_article(const struct mdtl_reader *rd, const char *path, struct fields *f,
    const struct mdtl_timeml *tm, mdtl_source_fn fn, void *arg)
{
	struct mdtl_buf doc = MDTL_BUF_INIT;
	struct mdtl_article_fields af;
	struct mdtl_article *art;

	tidy_author(&f->author);
	memset(&af, 0, sizeof af);
	af.id = f->id.buf;
	af.title = f->title.buf;
	af.published = f->published.len ? f->published.buf : NULL;
	af.source = f->source.buf;
	af.section = f->section.buf;
	af.url = f->url.buf;
	af.author = f->author.buf;
	af.credits = (const char *const *)f->credits;
	af.ncredits = f->ncredits;
	mdtl_buf_grow(&doc, f->title.len + f->body.len + 3);
	if (f->title.len) {
		mdtl_buf_add(&doc, f->title.buf, f->title.len);
		mdtl_buf_adds(&doc, "\n\n");
	}
	mdtl_buf_add(&doc, f->body.buf, f->body.len);
	mdtl_buf_addch(&doc, '\n');
	art = mdtl_article_read_fields(rd, path, &af, doc.buf, doc.len);
	mdtl_buf_release(&doc);
	if (art == NULL)
		return 0;
	art->timeml = tm;
	return fn(art, arg) < 0 ? -1 : 1;
}

/* ---- HTML ---- */

static int
attr_is(xmlNode *n, const char *name, const char *value)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	int r = v != NULL && strcasecmp((const char *)v, value) == 0;

	xmlFree(v);
	return r;
}

static int
name_is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcasecmp((const char *)n->name, name) == 0;
}

static int
contains_nocase(const char *h, const char *n)
{
	size_t nl = strlen(n);

	for (; *h; h++)
		if (strncasecmp(h, n, nl) == 0)
			return 1;
	return 0;
}

/* Elements that are page furniture, by name or by class and id. */
static int
furniture(xmlNode *n)
{
	static const char *const names[] = { "script", "style", "noscript",
	    "nav", "header", "footer", "aside", "form", "button", "iframe",
	    "svg", "template", "select", "figcaption", NULL };
	static const char *const marks[] = { "share", "social", "related",
	    "comment", "footer", "nav", "menu", "sidebar", "breadcrumb",
	    "advert", "promo", "newsletter", "subscribe", "cookie", "tags",
	    "latest", "popular", "most-read", NULL };
	const char *const attrs[] = { "class", "id" };
	size_t i, k;

	for (i = 0; names[i] != NULL; i++)
		if (name_is(n, names[i]))
			return 1;
	for (k = 0; k < 2; k++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[k]);
		int hit = 0;

		if (v == NULL)
			continue;
		for (i = 0; marks[i] != NULL && !hit; i++)
			if (contains_nocase((const char *)v, marks[i]))
				hit = 1;
		xmlFree(v);
		if (hit)
			return 1;
	}
	return 0;
}

/* The text of an element, <br> as a line break. */
static void
node_text(xmlNode *n, struct mdtl_buf *b)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
			add_folded(b, (const char *)n->content);
		else if (n->type == XML_ELEMENT_NODE) {
			if (name_is(n, "br"))
				mdtl_buf_addch(b, '\n');
			else if (!furniture(n))
				node_text(n->children, b);
		}
	}
}

static void
paragraphs(xmlNode *n, struct mdtl_buf *body)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || furniture(n))
			continue;
		if (name_is(n, "p") || name_is(n, "blockquote") ||
		    name_is(n, "h2") || name_is(n, "h3") || name_is(n, "pre")) {
			struct mdtl_buf t = MDTL_BUF_INIT;

			node_text(n->children, &t);
			while (t.len && (t.buf[t.len - 1] == ' ' ||
			    t.buf[t.len - 1] == '\n'))
				mdtl_buf_setlen(&t, t.len - 1);
			if (t.len) {
				if (body->len)
					mdtl_buf_adds(body, "\n\n");
				mdtl_buf_add(body, t.buf, t.len);
			}
			mdtl_buf_release(&t);
			continue;
		}
		paragraphs(n->children, body);
	}
}

static xmlNode *
find(xmlNode *n, const char *name)
{
	xmlNode *r;

	for (; n != NULL; n = n->next) {
		if (name_is(n, name))
			return n;
		if (n->type == XML_ELEMENT_NODE &&
		    (r = find(n->children, name)) != NULL)
			return r;
	}
	return NULL;
}

/* The text of the first element called name below n. */
static void
first_text(xmlNode *n, const char *name, struct mdtl_buf *out)
{
	xmlNode *e = find(n, name);
	struct mdtl_buf t = MDTL_BUF_INIT;

	if (e == NULL)
		return;
	node_text(e->children, &t);
	set(out, t.buf);
	mdtl_buf_release(&t);
}

/* JSON-LD: a NewsArticle's headline and datePublished. */
static void
json_ld(struct mdtl_json *json, const char *s, struct fields *f)
{
	struct json_object *j, *item;
	const char *why;
	size_t i, n, col;

	if ((j = mdtl_json_parse(json, s, strlen(s), &why, &col)) == NULL)
		return;
	if ((item = mdtl_json_get(j, "@graph")) == NULL)
		item = j;
	n = json_object_is_type(item, json_type_array) ?
	    json_object_array_length(item) : 1;
	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_is_type(item,
		    json_type_array) ? json_object_array_get_idx(item, i) : item;
		const char *v;

		if ((v = mdtl_json_str(o, "datePublished")) != NULL &&
		    f->published.len == 0)
			normalise_date(&f->published, v);
		if ((v = mdtl_json_str(o, "headline")) != NULL)
			set(&f->title, v);
	}
	json_object_put(j);
}

static void
html_meta(struct mdtl_json *json, xmlNode *n, struct fields *f,
    struct mdtl_buf *h1,
    struct mdtl_buf *title)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "meta")) {
			xmlChar *p = xmlGetProp(n, (const xmlChar *)"property");
			xmlChar *nm = xmlGetProp(n, (const xmlChar *)"name");
			xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
			const char *key = p ? (const char *)p : nm ?
			    (const char *)nm : "";

			if (c != NULL) {
				const char *v = (const char *)c;

				if (strcasecmp(key, "og:title") == 0)
					set(&f->title, v);
				else if (strcasecmp(key, "og:site_name") == 0)
					set(&f->source, v);
				else if (strcasecmp(key, "og:url") == 0)
					set(&f->url, v);
				else if (strcasecmp(key, "article:section") == 0)
					set(&f->section, v);
				else if (strcasecmp(key, "author") == 0 ||
				    strcasecmp(key, "article:author") == 0)
					set(&f->author, v);
				else if ((strcasecmp(key,
				    "article:published_time") == 0 ||
				    strcasecmp(key, "pubdate") == 0 ||
				    strcasecmp(key, "date") == 0 ||
				    strcasecmp(key, "dc.date") == 0 ||
				    strcasecmp(key, "dc.date.issued") == 0) &&
				    f->published.len == 0)
					normalise_date(&f->published, v);
			}
			xmlFree(p);
			xmlFree(nm);
			xmlFree(c);
		} else if (name_is(n, "link") && attr_is(n, "rel", "canonical")) {
			xmlChar *h = xmlGetProp(n, (const xmlChar *)"href");

			if (h != NULL)
				set(&f->url, (const char *)h);
			xmlFree(h);
		} else if (name_is(n, "script") && attr_is(n, "type",
		    "application/ld+json") && n->children != NULL) {
			json_ld(json, (const char *)n->children->content, f);
		} else if (name_is(n, "title") && title->len == 0) {
			node_text(n->children, title);
		} else if (name_is(n, "h1") && h1->len == 0 && !furniture(n)) {
			node_text(n->children, h1);
		} else if (name_is(n, "time") && f->published.len == 0) {
			xmlChar *dt = xmlGetProp(n, (const xmlChar *)"datetime");

			if (dt != NULL)
				normalise_date(&f->published, (const char *)dt);
			xmlFree(dt);
		}
		if (!name_is(n, "script") && !name_is(n, "style"))
			html_meta(json, n->children, f, h1, title);
	}
}

/*
 * The character set a page declares near its top (<meta charset="...">,
 * or http-equiv's "text/html; charset=..."), into name; 0 when none.
 */
static int
html_charset(const char *buf, size_t len, char *name, size_t size)
{
	static const char key[] = "charset";
	size_t n = len < 4096 ? len : 4096, i, k;

	for (i = 0; i + sizeof key < n; i++) {
		if (strncasecmp(buf + i, key, sizeof key - 1) != 0)
			continue;
		k = i + sizeof key - 1;
		while (k < n && buf[k] == ' ')
			k++;
		if (k >= n || buf[k] != '=')
			continue;
		for (k++; k < n && (buf[k] == ' ' || buf[k] == '"' ||
		    buf[k] == '\''); k++)
			;
		for (i = 0; k < n && i + 1 < size && (isalnum((unsigned char)
		    buf[k]) || strchr("-_.:", buf[k]) != NULL); k++)
			name[i++] = buf[k];
		name[i] = '\0';
		return i > 0;
	}
	return 0;
}

/*
 * The encoding to read a page in: the character set it declares (Russian
 * pages in windows-1251 or KOI8-R), else UTF-8; a set libxml2 does not
 * know is a warning.  name holds what is returned.
 */
static const char *
html_encoding(const char *buf, size_t len, const char *path, char *name,
    size_t size, struct mdtl_diag *diag)
{
	xmlCharEncodingHandlerPtr h;

	if (!html_charset(buf, len, name, size))
		return "UTF-8";
	if ((h = xmlFindCharEncodingHandler(name)) != NULL) {
		xmlCharEncCloseFunc(h);
		return name;
	}
	mdtl_diag_add(diag, MDTL_DIAG_WARNING, path, 0, 0,
	    "an unknown character set '%s': read as UTF-8", name);
	return "UTF-8";
}

/* Read an HTML page (or a fragment of one) in encoding enc into fields. */
static int
html_fields(struct mdtl_json *json, const char *buf, size_t len,
    const char *path, const char *enc, struct fields *f)
{
	htmlDocPtr doc;
	xmlNode *root, *content;
	struct mdtl_buf h1 = MDTL_BUF_INIT, title = MDTL_BUF_INIT;

	if (len > (size_t)1 << 30)
		return -1;
	doc = htmlReadMemory(buf, (int)len, path, enc, HTML_PARSE_RECOVER |
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	if (doc == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	html_meta(json, root, f, &h1, &title);
	set(&f->title, h1.buf);
	set(&f->title, title.buf);
	content = find(root, "article");
	if (content == NULL)
		content = find(root, "main");
	if (content != NULL)
		paragraphs(content->children, &f->body);
	if (f->body.len == 0)
		paragraphs(root, &f->body);
	if (f->body.len == 0 && root != NULL) {
		/* a fragment with no paragraphs: its text */
		struct mdtl_buf t = MDTL_BUF_INIT;

		node_text(root, &t);
		set(&f->body, t.buf);
		mdtl_buf_release(&t);
	}
	mdtl_buf_release(&h1);
	mdtl_buf_release(&title);
	xmlFreeDoc(doc);
	return 0;
}

/* ---- XML: NITF, RSS, Atom ---- */

static void
element_text(xmlNode *e, struct mdtl_buf *out)
{
	struct mdtl_buf t = MDTL_BUF_INIT;

	if (e == NULL)
		return;
	node_text(e->children, &t);
	set(out, t.buf);
	mdtl_buf_release(&t);
}

/* A child element called name (any namespace), or NULL. */
static xmlNode *
child(xmlNode *n, const char *name)
{
	for (n = n ? n->children : NULL; n != NULL; n = n->next)
		if (name_is(n, name))
			return n;
	return NULL;
}

/* HTML inside a feed: its paragraphs, or its text. */
static void
html_body(struct mdtl_json *json, xmlNode *e, struct fields *f,
    const char *path)
{
	struct fields sub;
	struct mdtl_buf raw = MDTL_BUF_INIT;

	if (e == NULL || f->body.len)
		return;
	node_text(e->children, &raw);
	if (raw.len == 0) {
		mdtl_buf_release(&raw);
		return;
	}
	fields_init(&sub);
	if (memchr(raw.buf, '<', raw.len) != NULL &&
	    html_fields(json, raw.buf, raw.len, path, "UTF-8", &sub) == 0 &&
	    sub.body.len)
		mdtl_buf_add(&f->body, sub.body.buf, sub.body.len);
	else
		mdtl_buf_add(&f->body, raw.buf, raw.len);
	fields_release(&sub);
	mdtl_buf_release(&raw);
}

static long
nitf(const struct mdtl_reader *rd, xmlNode *root, const char *path,
    mdtl_source_fn fn, void *arg)
{
	struct fields f;
	xmlNode *d, *content;
	long r;

	fields_init(&f);
	first_text(root, "hl1", &f.title);
	first_text(root, "title", &f.title);
	if ((d = find(root, "date.issue")) != NULL) {
		xmlChar *norm = xmlGetProp(d, (const xmlChar *)"norm");

		if (norm != NULL) {
			const char *s = (const char *)norm;
			char iso[40];

			/* 20110701T142300+0400 */
			if (strlen(s) >= 8 && isdigit((unsigned char)s[0])) {
				snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s,
				    s + 4, s + 6);
				if (s[8] == 'T' && strlen(s) >= 15)
					snprintf(iso + 10, sizeof iso - 10,
					    "T%.2s:%.2s:%.2s%s%.3s%s%.2s",
					    s + 9, s + 11, s + 13,
					    strlen(s) >= 20 ? "" : "",
					    strlen(s) >= 20 ? s + 15 : "",
					    strlen(s) >= 20 ? ":" : "",
					    strlen(s) >= 20 ? s + 18 : "");
				normalise_date(&f.published, iso);
			}
		}
		xmlFree(norm);
	}
	first_text(root, "byline", &f.author);
	if ((d = find(root, "doc.copyright")) != NULL) {
		xmlChar *h = xmlGetProp(d, (const xmlChar *)"holder");

		if (h != NULL)
			set(&f.source, (const char *)h);
		xmlFree(h);
	}
	if ((content = find(root, "body.content")) != NULL)
		paragraphs(content->children, &f.body);
	r = emit_article(rd, path, &f, NULL, fn, arg);
	fields_release(&f);
	return r;
}

static long
feed(const struct mdtl_reader *rd, xmlNode *root, int atom, const char *path,
    mdtl_source_fn fn, void *arg)
{
	xmlNode *chan = atom ? root : child(root, "channel"), *it;
	struct mdtl_buf site = MDTL_BUF_INIT;
	long n = 0, r, k = 0;

	element_text(child(chan, "title"), &site);
	for (it = chan ? chan->children : NULL; it != NULL; it = it->next) {
		struct fields f;
		struct mdtl_buf ipath = MDTL_BUF_INIT, when = MDTL_BUF_INIT;
		xmlNode *e;

		if (!name_is(it, atom ? "entry" : "item"))
			continue;
		k++;
		fields_init(&f);
		element_text(child(it, "title"), &f.title);
		mdtl_buf_add(&f.source, site.buf, site.len);
		if (atom) {
			for (e = it->children; e != NULL; e = e->next)
				if (name_is(e, "link") && !attr_is(e, "rel",
				    "self")) {
					xmlChar *h = xmlGetProp(e,
					    (const xmlChar *)"href");

					if (h != NULL)
						set(&f.url, (const char *)h);
					xmlFree(h);
				}
			element_text(child(child(it, "author"), "name"),
			    &f.author);
			element_text(child(it, "published"), &when);
			element_text(child(it, "updated"), &when);
			html_body(rd->json, child(it, "content"), &f, path);
			html_body(rd->json, child(it, "summary"), &f, path);
		} else {
			element_text(child(it, "link"), &f.url);
			element_text(child(it, "creator"), &f.author);
			element_text(child(it, "author"), &f.author);
			element_text(child(it, "pubDate"), &when);
			element_text(child(it, "date"), &when);
			html_body(rd->json, child(it, "encoded"), &f, path);
			html_body(rd->json, child(it, "description"), &f, path);
		}
		if (when.len)
			normalise_date(&f.published, when.buf);
		mdtl_buf_addf(&ipath, "%s#%ld", path, k);
		{
			/* the article id: the feed's name and the item number */
			const char *b = strrchr(path, '/');
			const char *dot;

			b = b ? b + 1 : path;
			dot = strrchr(b, '.');
			mdtl_buf_add(&f.id, b, dot && dot > b ? (size_t)(dot - b) :
			    strlen(b));
			mdtl_buf_addf(&f.id, "-%ld", k);
		}
		r = emit_article(rd, ipath.buf, &f, NULL, fn, arg);
		fields_release(&f);
		mdtl_buf_release(&ipath);
		mdtl_buf_release(&when);
		if (r < 0) {
			n = -1;
			break;
		}
		n += r;
	}
	mdtl_buf_release(&site);
	return n;
}

/* ---- JSON Lines ---- */

/* One line of JSON Lines: 1 when it gave an article, 0 when skipped. */
long
mdtl_source_read_jsonl_line(const struct mdtl_reader *rd, const char *path,
    size_t lineno, const char *line, size_t ll, mdtl_source_fn fn, void *arg)
{
	struct mdtl_diag *diag = rd->diag;
	struct json_object *j, *v;
	size_t col, blen;
	const char *why;
	char num[24];
	struct fields f;
	struct mdtl_buf ipath = MDTL_BUF_INIT;
	const char *s;
	long r;

	while (ll > 0 && isspace((unsigned char)line[ll - 1]))
		ll--;
	if (ll == 0)
		return 0;
	if ((j = mdtl_json_parse(rd->json, line, ll, &why, &col)) == NULL ||
	    !json_object_is_type(j, json_type_object)) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno,
		    (long)col, j ? "not a JSON object" : "not JSON: %s", why);
		json_object_put(j);
		return 0;
	}
	if ((v = mdtl_json_get(j, "body")) == NULL ||
	    !json_object_is_type(v, json_type_string)) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "an article with no \"body\"");
		json_object_put(j);
		return 0;
	}
	s = json_object_get_string(v);
	blen = (size_t)json_object_get_string_len(v);
	if (memchr(s, '\0', blen) != NULL) {
		mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, (long)lineno, 0,
		    "a NUL character (\\u0000) in \"body\"");
		json_object_put(j);
		return 0;
	}
	fields_init(&f);
	mdtl_buf_add(&f.body, s, blen);
#define STR(key, field) \
	if ((s = mdtl_json_str(j, key)) != NULL) \
		set(&f.field, s)
	STR("id", id);
	STR("title", title);
	STR("source", source);
	STR("section", section);
	STR("url", url);
	STR("author", author);
#undef STR
	if ((s = mdtl_json_str(j, "published")) != NULL)
		normalise_date(&f.published, s);
	/* a name or a list: its strings, numbers and true, false, null as
	 * written; objects and lists in it are no names */
	v = mdtl_json_get(j, "credits");
	if (json_object_is_type(v, json_type_string))
		add_credit(&f, mdtl_xstrdup(json_object_get_string(v)));
	else if (json_object_is_type(v, json_type_array)) {
		size_t k;

		for (k = 0; k < json_object_array_length(v); k++) {
			struct json_object *c = json_object_array_get_idx(v, k);

			if (json_object_is_type(c, json_type_string))
				add_credit(&f,
				    mdtl_xstrdup(json_object_get_string(c)));
			else if (!json_object_is_type(c, json_type_object) &&
			    !json_object_is_type(c, json_type_array))
				add_credit(&f, mdtl_xstrdup(
				    json_object_to_json_string_ext(c,
				    JSON_C_TO_STRING_PLAIN)));
		}
	}
	/* "path:line", without printf: once per line of a stream */
	mdtl_buf_adds(&ipath, path);
	mdtl_buf_addch(&ipath, ':');
	mdtl_buf_adds(&ipath, mdtl_utoa(num, lineno));
	if (f.id.len == 0) {
		const char *b = strrchr(path, '/'), *dot;

		b = b ? b + 1 : path;
		dot = strrchr(b, '.');
		mdtl_buf_add(&f.id, b, dot && dot > b ? (size_t)(dot - b) :
		    strlen(b));
		mdtl_buf_addch(&f.id, '-');
		mdtl_buf_adds(&f.id, mdtl_utoa(num, lineno));
	}
	r = emit_article(rd, ipath.buf, &f, NULL, fn, arg);
	fields_release(&f);
	mdtl_buf_release(&ipath);
	json_object_put(j);
	return r;
}

static long
jsonl(const struct mdtl_reader *rd, const char *buf, size_t len,
    const char *path, mdtl_source_fn fn, void *arg)
{
	size_t i = 0, lineno = 0;
	long n = 0, r;

	while (i < len) {
		const char *line = buf + i, *nl = memchr(line, '\n', len - i);
		size_t ll = nl ? (size_t)(nl - line) : len - i;

		i += ll + 1;
		r = mdtl_source_read_jsonl_line(rd, path, ++lineno, line, ll,
		    fn, arg);
		if (r < 0)
			return -1;
		n += r;
	}
	return n;
}

/* ---- sniffing ---- */

static int
has(const char *buf, size_t len, const char *what)
{
	size_t n = len < 4096 ? len : 4096, l = strlen(what), i;

	for (i = 0; i + l <= n; i++)
		if (strncasecmp(buf + i, what, l) == 0)
			return 1;
	return 0;
}

enum mdtl_input_format
mdtl_source_sniff(const char *path, const char *buf, size_t len)
{
	const char *ext = strrchr(path, '.');
	size_t i = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)buf[i]))
		i++;
	if (i < len && buf[i] == '{')
		return MDTL_INPUT_JSONL;
	if (i < len && buf[i] == '<') {
		if (has(buf, len, "<TimeML"))
			return MDTL_INPUT_TIMEML;
		if (has(buf, len, "<rss"))
			return MDTL_INPUT_RSS;
		if (has(buf, len, "<feed"))
			return MDTL_INPUT_ATOM;
		if (has(buf, len, "<nitf"))
			return MDTL_INPUT_NITF;
		if (has(buf, len, "<html") || has(buf, len, "<!doctype html") ||
		    has(buf, len, "<body") || has(buf, len, "<p"))
			return MDTL_INPUT_HTML;
	}
	if (ext != NULL && (strcasecmp(ext, ".html") == 0 ||
	    strcasecmp(ext, ".htm") == 0))
		return MDTL_INPUT_HTML;
	if (ext != NULL && (strcasecmp(ext, ".jsonl") == 0 ||
	    strcasecmp(ext, ".ndjson") == 0))
		return MDTL_INPUT_JSONL;
	return MDTL_INPUT_TEXT;
}

long
mdtl_source_read(const struct mdtl_reader *rd, const char *path,
    const char *buf, size_t len, enum mdtl_input_format fmt,
    mdtl_source_fn fn, void *arg)
{
	struct mdtl_diag *diag = rd->diag;
	struct mdtl_article *art;
	struct fields f;
	char charset[40];
	xmlDoc *x;
	long r;

	if (fmt == MDTL_INPUT_AUTO)
		fmt = mdtl_source_sniff(path, buf, len);
	switch (fmt) {
	case MDTL_INPUT_JSONL:
		return jsonl(rd, buf, len, path, fn, arg);
	case MDTL_INPUT_HTML:
		fields_init(&f);
		if (html_fields(rd->json, buf, len, path, html_encoding(buf,
		    len, path, charset, sizeof charset, diag), &f) < 0) {
			mdtl_diag_add(diag, MDTL_DIAG_ERROR, path, 0, 0,
			    "cannot read as HTML");
			fields_release(&f);
			return -1;
		}
		r = emit_article(rd, path, &f, NULL, fn, arg);
		fields_release(&f);
		return r;
	case MDTL_INPUT_NITF:
	case MDTL_INPUT_RSS:
	case MDTL_INPUT_ATOM:
		if ((x = mdtl_xml_read(buf, len, path, rd->xml_depth, diag)) ==
		    NULL)
			return -1;
		r = fmt == MDTL_INPUT_NITF ? nitf(rd, xmlDocGetRootElement(x),
		    path, fn, arg) : feed(rd, xmlDocGetRootElement(x),
		    fmt == MDTL_INPUT_ATOM, path, fn, arg);
		xmlFreeDoc(x);
		return r;
	case MDTL_INPUT_TIMEML: {
		struct mdtl_arena a = MDTL_ARENA_INIT;
		struct mdtl_timeml tm;
		char dct[24];

		if (mdtl_timeml_read(&tm, &a, buf, len, path, rd->xml_depth,
		    diag) < 0) {
			mdtl_arena_release(&a);
			return -1;
		}
		if (rd->bare) {
			/* the text as it is: spans of the body are its own */
			art = mdtl_article_bare(path, tm.text, tm.text_len,
			    tm.dct.gran != MDTL_GRAN_NONE ? &tm.dct :
			    rd->published);
			art->timeml = &tm;
			r = fn(art, arg) < 0 ? -1 : 1;
			mdtl_arena_release(&a);
			return r;
		}
		fields_init(&f);
		mdtl_date_format(&tm.dct, dct, sizeof dct);
		normalise_date(&f.published, dct);
		mdtl_buf_add(&f.body, tm.text, tm.text_len);
		r = emit_article(rd, path, &f, &tm, fn, arg);
		fields_release(&f);
		mdtl_arena_release(&a);
		return r;
	}
	case MDTL_INPUT_TEXT:
	case MDTL_INPUT_AUTO:
		break;
	}
	if ((art = mdtl_article_read(rd, path, buf, len)) == NULL)
		return -1;
	return fn(art, arg) < 0 ? -1 : 1;
}

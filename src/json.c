/* json.c: JSON texts read with json-c, strictly, one at a time. */
#include <ctype.h>
#include <limits.h>
#include <pthread.h>

#include "mdtl/json.h"
#include "mdtl/utf8.h"

/* As deep as a JSON record of ours can go, with room to spare. */
#define NESTING 32

/*
 * Each thread reads with a tokener of its own, made for its first text and
 * reset for the next (making one a line was a quarter of json-c's time).
 * A thread's goes when the thread ends, or at mdtl_json_release().
 */
static pthread_key_t tok_key;
static pthread_once_t tok_once = PTHREAD_ONCE_INIT;
static int tok_keyed;

static void
tok_free(void *tok)
{
	json_tokener_free(tok);
}

static void
tok_key_make(void)
{
	tok_keyed = pthread_key_create(&tok_key, tok_free) == 0;
}

/* The calling thread's tokener, reset; *own set when the caller frees it. */
static struct json_tokener *
tokener(int *own)
{
	struct json_tokener *tok;

	pthread_once(&tok_once, tok_key_make);
	*own = 0;
	if (tok_keyed && (tok = pthread_getspecific(tok_key)) != NULL) {
		json_tokener_reset(tok);
		return tok;
	}
	if ((tok = json_tokener_new_ex(NESTING)) == NULL)
		return NULL;
	/* what follows the value is told apart below */
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_ALLOW_TRAILING_CHARS);
	if (!tok_keyed || pthread_setspecific(tok_key, tok) != 0)
		*own = 1;
	return tok;
}

void
mdtl_json_release(void)
{
	struct json_tokener *tok;

	pthread_once(&tok_once, tok_key_make);
	if (tok_keyed && (tok = pthread_getspecific(tok_key)) != NULL) {
		pthread_setspecific(tok_key, NULL);
		json_tokener_free(tok);
	}
}

struct json_object *
mdtl_json_parse(const char *s, size_t len, const char **why, size_t *col)
{
	struct json_tokener *tok;
	struct json_object *o;
	int own;
	enum json_tokener_error err;
	size_t end;

	*why = NULL;
	*col = 0;
	if (len >= INT_MAX) {
		*why = "too long";
		return NULL;
	}
	/* checked here a word at a time: json-c's own check is per byte */
	if ((end = mdtl_utf8_check(s, len)) < len) {
		*why = "invalid UTF-8";
		*col = end + 1;
		return NULL;
	}
	if ((tok = tokener(&own)) == NULL) {
		*why = "out of memory";
		return NULL;
	}
	o = json_tokener_parse_ex(tok, s, (int)len);
	err = json_tokener_get_error(tok);
	end = json_tokener_get_parse_end(tok);
	/* a number runs to the end of the text, which ends it */
	if (o == NULL && err == json_tokener_continue) {
		o = json_tokener_parse_ex(tok, "", 1);
		end = len;
		if (o == NULL) {
			*why = "the text ends inside a value";
			*col = len + 1;
		}
	} else if (o == NULL) {
		*why = json_tokener_error_desc(err);
		*col = end + 1;
	}
	if (o != NULL) {
		while (end < len && isspace((unsigned char)s[end]))
			end++;
		if (end < len) {
			json_object_put(o);
			o = NULL;
			*why = "more after the value";
			*col = end + 1;
		}
	}
	if (own)
		json_tokener_free(tok);
	return o;
}

void
mdtl_json_init(void)
{
	json_object_put(json_tokener_parse("{\"seed\": 0}"));
}

struct json_object *
mdtl_json_get(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (o == NULL || !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}

const char *
mdtl_json_str(struct json_object *o, const char *key)
{
	struct json_object *v = mdtl_json_get(o, key);

	return json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

struct json_object *
mdtl_json_array(struct json_object *o, const char *key, size_t *n)
{
	struct json_object *v = mdtl_json_get(o, key);

	if (!json_object_is_type(v, json_type_array)) {
		*n = 0;
		return NULL;
	}
	*n = json_object_array_length(v);
	return v;
}

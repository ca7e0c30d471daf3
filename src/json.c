/* json.c: JSON texts read with json-c, strictly, one at a time. */
#include <ctype.h>
#include <limits.h>

#include "mdtl/json.h"
#include "mdtl/utf8.h"

/* As deep as a JSON record of ours can go, with room to spare. */
#define NESTING 32

void
mdtl_json_init(struct mdtl_json *j)
{
	j->tok = NULL;
}

void
mdtl_json_release(struct mdtl_json *j)
{
	if (j->tok != NULL)
		json_tokener_free(j->tok);
	j->tok = NULL;
}

/* The parser's tokener, reset; made for its first text. */
static struct json_tokener *
tokener(struct mdtl_json *j)
{
	if (j->tok != NULL) {
		json_tokener_reset(j->tok);
		return j->tok;
	}
	if ((j->tok = json_tokener_new_ex(NESTING)) == NULL)
		return NULL;
	/* what follows the value is told apart below */
	json_tokener_set_flags(j->tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_ALLOW_TRAILING_CHARS);
	return j->tok;
}

struct json_object *
mdtl_json_parse(struct mdtl_json *j, const char *s, size_t len,
    const char **why, size_t *col)
{
	struct json_tokener *tok;
	struct json_object *o;
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
	if ((tok = tokener(j)) == NULL) {
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
	return o;
}

void
mdtl_json_setup(void)
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

/* json.h: JSON texts read with json-c, strictly, one at a time. */
#ifndef MDTL_JSON_H
#define MDTL_JSON_H

#include <stddef.h>

#include <json-c/json.h>

/*
 * A parser: one per thread, kept for many texts (making json-c's tokener
 * anew for each line cost a quarter of its time).  mdtl_json_parse()
 * reads one JSON text of s[0..len), valid UTF-8, with nothing but white
 * space after it, and returns its value, which the caller puts with
 * json_object_put(); or NULL with *why saying what is wrong and *col the
 * 1-based byte where it was seen.
 */
struct mdtl_json {
	struct json_tokener	*tok;
};

#define MDTL_JSON_INIT	{ NULL }

void			 mdtl_json_init(struct mdtl_json *);
void			 mdtl_json_release(struct mdtl_json *);
struct json_object	*mdtl_json_parse(struct mdtl_json *, const char *s,
			    size_t len, const char **why, size_t *col);
/* Sets json-c itself up (its hash seed), once, before threads read. */
void			 mdtl_json_setup(void);

/* Member key of o when it is a string, else NULL (also when o is none). */
const char		*mdtl_json_str(struct json_object *o, const char *key);

/* Member key of o, of any kind; NULL when o is no object or lacks it. */
struct json_object	*mdtl_json_get(struct json_object *o, const char *key);

/* Member key of o when it is an array, with its length in *n; else
 * NULL with *n 0. */
struct json_object	*mdtl_json_array(struct json_object *o, const char *key,
			    size_t *n);

#endif

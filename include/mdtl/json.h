/* json.h: JSON texts read with json-c, strictly, one at a time. */
#ifndef MDTL_JSON_H
#define MDTL_JSON_H

#include <stddef.h>

#include <json-c/json.h>

/*
 * One JSON text of s[0..len), valid UTF-8, with nothing but white space
 * after it: its value, which the caller puts with json_object_put(); or
 * NULL with *why saying what is wrong and *col the 1-based byte where it
 * was seen.
 */
struct json_object	*mdtl_json_parse(const char *s, size_t len,
			    const char **why, size_t *col);

/* Sets json-c up (its hash seed) before threads use it. */
void			 mdtl_json_init(void);
/*
 * Frees what mdtl_json_parse() keeps for the calling thread; other threads
 * free theirs as they end.
 */
void			 mdtl_json_release(void);

/* Member key of o when it is a string, else NULL (also when o is none). */
const char		*mdtl_json_str(struct json_object *o, const char *key);

/* Member key of o, of any kind; NULL when o is no object or lacks it. */
struct json_object	*mdtl_json_get(struct json_object *o, const char *key);

/* Member key of o when it is an array, with its length in *n; else
 * NULL with *n 0. */
struct json_object	*mdtl_json_array(struct json_object *o, const char *key,
			    size_t *n);

#endif

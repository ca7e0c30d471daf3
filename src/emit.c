/* emit.c: the format table, and the writers that share the JSON object. */
#include "mdtl/emit.h"

/* One record of text or JSON Lines, with its newline. */
static void
record(struct mdtl_buf *b, enum mdtl_format f, const struct mdtl_event *e,
    const struct mdtl_emit_opts *o, struct mdtl_json_memo *memo)
{
	if (f == MDTL_FORMAT_TEXT)
		mdtl_event_text(b, e, o);
	else {
		mdtl_event_json(b, e, o != NULL && o->explain, memo);
		mdtl_buf_addch(b, '\n');
	}
}

void
mdtl_emit_records(struct mdtl_buf *b, enum mdtl_format f,
    const struct mdtl_event *v, size_t n, const struct mdtl_emit_opts *o)
{
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	size_t i;

	mdtl_buf_grow(b, n < 64 ? n * 1024 : 65536);
	for (i = 0; i < n; i++)
		record(b, f, &v[i], o, &memo);
	mdtl_json_memo_release(&memo);
}

int
mdtl_emit(FILE *fp, enum mdtl_format f, const struct mdtl_event *v, size_t n,
    const struct mdtl_emit_opts *o)
{
	struct mdtl_buf b = MDTL_BUF_INIT;
	struct mdtl_json_memo memo = MDTL_JSON_MEMO_INIT;
	size_t i;
	int ret = 0;

	if (f == MDTL_FORMAT_YAML)
		return mdtl_emit_yaml(fp, v, n, o);
	if (f >= MDTL_FORMAT_CSV)
		return mdtl_emit_export(fp, f, v, n, o);
	/* room for the events, about a kilobyte each, up to the 64 KiB that
	 * are written out at a time */
	mdtl_buf_grow(&b, n < 64 ? n * 1024 + 16 : 65536 + 4096);
	if (f == MDTL_FORMAT_JSON)
		mdtl_buf_adds(&b, n ? "[\n" : "[");
	for (i = 0; i < n && ret == 0; i++) {
		if (f == MDTL_FORMAT_JSON) {
			mdtl_buf_adds(&b, "  ");
			mdtl_event_json(&b, &v[i], o != NULL && o->explain, &memo);
			if (i + 1 < n)
				mdtl_buf_addch(&b, ',');
			mdtl_buf_addch(&b, '\n');
		} else
			record(&b, f, &v[i], o, &memo);
		if (b.len >= 65536 || i + 1 == n) {
			if (fwrite(b.buf, 1, b.len, fp) != b.len)
				ret = -1;
			mdtl_buf_reset(&b);
		}
	}
	if (f == MDTL_FORMAT_JSON) {
		mdtl_buf_adds(&b, "]\n");
		if (fwrite(b.buf, 1, b.len, fp) != b.len)
			ret = -1;
	}
	mdtl_buf_release(&b);
	mdtl_json_memo_release(&memo);
	return ret || ferror(fp) ? -1 : 0;
}

/*
 * dating.c: the date of an event: its own, in its clause; or the date the
 * discourse gives it (the lead's, the publication's).
 */
#include <stdlib.h>

#include "extract-int.h"

/* A date on the calendar, resolved: what an event can be dated by. */
int
mdtl_dating_dated(const struct mdtl_timex *x)
{
	return !(x->flags & (MDTL_TIMEX_POINT | MDTL_TIMEX_UNRESOLVED)) &&
	    x->date.gran != MDTL_GRAN_NONE && x->value[0] != '\0';
}

int
mdtl_dating_free(const struct mdtl_tags *tg, size_t k)
{
	return !tg->tx_used[k] && mdtl_dating_dated(&tg->tx[k]);
}

/*
 * Between a verb and its date stand at most its object ("told Itar-Tass on
 * Tuesday", "told reporters on Monday"): names, articles, prepositions.  A
 * lower-case verb in between means the date belongs to the reported clause
 * ("said the two sides would meet next month").
 */
static int
only_object(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		const struct mdtl_token *t = &tg->t[i];

		if ((t->flags & MDTL_TOK_CAP) || mdtl_tags_actor_at(tg, i) != NULL ||
		    in_list(tg, t, OBJECT_WORDS))
			continue;
		return 0;
	}
	return 1;
}

/*
 * The date that belongs to the predicate at tok: right after, right before
 * or opening the sentence.
 */
int
mdtl_dating_own(struct state *s, const struct mdtl_tags *tg, size_t tok,
    size_t ntok, size_t after, size_t before)
{
	size_t k;

	(void)s;
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (!mdtl_dating_free(tg, k) || (tg->t[x->tok].flags &
		    MDTL_TOK_INQUOTE))
			continue;
		if (x->tok >= tok + ntok && x->tok <= tok + ntok + after &&
		    clear_between(tg, tok + ntok, x->tok) &&
		    only_object(tg, tok + ntok, x->tok))
			return (int)k;
		if (x->tok + x->ntok <= tok && x->tok + x->ntok + before >= tok &&
		    clear_between(tg, x->tok + x->ntok, tok))
			return (int)k;
	}
	/* "In May, ..." and "On Tuesday, ..." open the sentence */
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];
		size_t e = x->tok + x->ntok;

		if (mdtl_dating_free(tg, k) && x->tok <= 1 && e < tg->n &&
		    is(&tg->t[e], ",") && e < tok)
			return (int)k;
	}
	return -1;
}

void
mdtl_dating_set(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
    size_t k)
{
	const struct mdtl_timex *x = &tg->tx[k];

	e->date = x->date;
	mdtl_date_format(&x->date, e->date_value, sizeof e->date_value);
	e->date_text = span_text(s, tg, x->tok, x->ntok);
	e->basis = x->flags & MDTL_TIMEX_EXPLICIT ? MDTL_BASIS_EXPLICIT :
	    MDTL_BASIS_RELATIVE;
	e->why_date = mdtl_arena_strcat(&s->art->arena, "'", e->date_text,
	    "': ", x->rule ? x->rule : "date",
	    x->flags & MDTL_TIMEX_RELATIVE ? (x->dir == MDTL_TIMEX_PAST ?
	    ", looking back" : x->dir == MDTL_TIMEX_FUTURE ?
	    ", looking ahead" : ", the nearest") : "", " -> ", e->date_value,
	    (char *)NULL);
}

void
mdtl_dating_inherit(struct state *s, struct mdtl_event *e)
{
	if (s->lead_basis == MDTL_BASIS_NONE) {
		e->why_date = "no date in the text and no publication date";
		return;
	}
	e->date = s->lead;
	mdtl_date_format(&s->lead, e->date_value, sizeof e->date_value);
	if (s->lead_basis == MDTL_BASIS_PUBLICATION) {
		e->basis = MDTL_BASIS_PUBLICATION;
		e->why_date = "no date in the sentence: the publication date";
	} else {
		e->basis = MDTL_BASIS_INHERITED;
		e->date_text = s->lead_text;
		e->why_date = mdtl_arena_strcat(&s->art->arena,
		    "no date in the sentence: the lead's '", s->lead_text, "'",
		    (char *)NULL);
	}
}

/*
 * "said at a meeting", "during talks", "on the sidelines of a summit": the
 * meeting is where the news was told, so it has the day it was told.  A
 * meeting merely talked about ("the summit in Lisbon was good") has no
 * date in the text.
 */
int
mdtl_dating_told_there(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 6;) {
		const char *w = tg->t[i].norm;
		size_t len = strlen(w);

		if (in_list(tg, &tg->t[i], OCCASION_PREPS))
			return 1;
		if (tg->t[i].kind == MDTL_TOK_PUNCT && strcmp(w, "-") != 0)
			return 0;
		if (in_list(tg, &tg->t[i], OCCASION_STOPS) || (len > 4 && strcmp(w + len - 2,
		    "ed") == 0))
			return 0;
	}
	return 0;
}

/*
 * "after two days of talks": how many days a meeting that has just ended
 * lasted, or 0.
 */
int
mdtl_dating_days_before(const struct mdtl_tags *tg, size_t tok)
{
	int k;

	if (tok < 4 || !is(&tg->t[tok - 1], "of") ||
	    !is(&tg->t[tok - 2], "days") || !is(&tg->t[tok - 4], "after"))
		return 0;
	if ((k = mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DAY_COUNTS,
	    &tg->t[tok - 3])) >= 0)
		return k;
	if (tg->t[tok - 3].kind == MDTL_TOK_NUM)
		return atoi(tg->t[tok - 3].norm);
	return 0;
}

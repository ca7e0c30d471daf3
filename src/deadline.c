/*
 * deadline.c: the time limits a sentence sets: a date after "by", "before",
 * "until" or "expires on", the date of the meeting a limit names, or a
 * term's end ("the termination of the agreement ... from 9 December").
 */
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

const char mdtl_deadline_unnamed[] =
    "none named: the actors of the sentence before";
const char mdtl_deadline_placed[] =
    "none named: the country of a place in its clause, and the actors of "
    "the sentence before";

/* "followed by", "hosted by": "by" after a participle, its agent's (not
 * "if no agreement was reached by the NATO summit in Chicago") */
static int
agent_by(const struct mdtl_tags *tg, size_t tok)
{
	return is(&tg->t[tok], "by") && tok > 0 &&
	    in_list(tg, &tg->t[tok - 1], AGENT_PARTICIPLES);
}

/*
 * "by next year's summit in Chicago", "before Monday's talks": a date that
 * is a meeting's own, its possessive before the meeting's words; the limit
 * is then that meeting's, dated when the meeting is.
 */
static int
meeting_possessed(const struct mdtl_tags *tg, const struct mdtl_timex *t)
{
	size_t e = t->tok + t->ntok, k;

	if (!possessed(tg, t))
		return 0;
	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SUMMIT && tg->c[k].tok > e &&
		    tg->c[k].tok <= e + 3)
			return 1;
	return 0;
}

/* A meeting cue and someone named in the sentence before token tok
 * ("Tauscher is due in Bucharest next week to negotiate the agreement,
 * which both sides hope to sign by the end of the year": the sides are
 * that meeting's; not "The sides extended the talks until December 15")? */
static int
meeting_told_before(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	for (k = 0; k < tg->nm && tg->m[k].tok < tok; k++)
		if (!tg->m[k].weak)
			break;
	if (k == tg->nm || tg->m[k].tok >= tok)
		return 0;
	for (k = 0; k < tg->nc && tg->c[k].tok < tok; k++)
		if (tg->c[k].kind == MDTL_PH_SUMMIT && !tg->c[k].inquote)
			return 1;
	return 0;
}

/* The last deadline the article told before e, or NULL. */
static const struct mdtl_event *
deadline_before(const struct state *s, const struct mdtl_event *e)
{
	size_t k;

	for (k = (size_t)(e - *s->v); k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_DEADLINE)
			return &(*s->v)[k];
	return NULL;
}

/* Is the subject of the clause of token tok a pact ("the current
 * agreement expires")? */
static const struct mdtl_token *
pact_subject(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok, start;

	while (i > 0 && !boundary(&tg->t[i - 1]))
		i--;
	/* its noun within its first four words: "the lease agreement" */
	for (start = i; i < tok && i < start + 4 &&
	    tg->t[i].kind == MDTL_TOK_WORD; i++)
		if (in_list(tg, &tg->t[i], PACT_NOUNS))
			return &tg->t[i];
	return NULL;
}

/*
 * The noun of a thing that opens the clause of token tok, after "the", in
 * lower case, before its verb's auxiliary ("The interceptors could be in
 * place by 2015"), a word of five letters or more; or NULL.
 */
static const struct mdtl_token *
thing_subject(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok, aux, end;

	while (i > 0 && !boundary(&tg->t[i - 1]))
		i--;
	/* past an aside on it: "The radar, to be installed in Malatya, is
	 * expected to become operational by the end of the year" */
	if ((end = mdtl_extract_aside(tg, i)) < i) {
		aux = i;
		for (i = end; i > 0 && !boundary(&tg->t[i - 1]); i--)
			;
		if (i + 1 >= end || plain_words_from(tg, i + 1, end) != end)
			return NULL;
	} else if (i + 2 >= tok)
		return NULL;
	else
		end = aux = plain_words_from(tg, i + 1, tok);
	if (!is(&tg->t[i], "the") || end == i + 1 || aux >= tok ||
	    !in_list(tg, &tg->t[aux], AUXILIARIES) ||
	    strlen(tg->t[end - 1].norm) < 5)
		return NULL;
	return &tg->t[end - 1];
}

/* e takes the actors of d, told before, and the countries of its people. */
static void
actors_of_told(struct state *s, struct mdtl_event *e,
    const struct mdtl_event *d)
{
	size_t i;

	for (i = 0; i < d->nactors; i++) {
		const struct mdtl_actor *a = mdtl_extract_known(s, &d->actors[i]);

		mdtl_extract_actor_of(s, e, &d->actors[i]);
		if (a != NULL && side(a) != a)
			mdtl_extract_actor(s, e, side(a), MDTL_ROLE_PARTICIPANT);
	}
}

/* Is event d told with actors in a sentence that names noun? */
static int
told_with(const struct mdtl_event *d, const struct mdtl_token *noun)
{
	return d->nactors > 0 && d->sentence != NULL &&
	    strstr(d->sentence, noun->norm) != NULL;
}

/* The first event before e told with the thing's noun, or NULL. */
static const struct mdtl_event *
thing_told(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_token *noun)
{
	size_t k;

	for (k = s->start; k < (size_t)(e - *s->v); k++)
		if (told_with(&(*s->v)[k], noun))
			return &(*s->v)[k];
	return NULL;
}

/* The last event before e told with the pact's noun, or NULL. */
static const struct mdtl_event *
pact_told(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_token *noun)
{
	size_t k;

	for (k = (size_t)(e - *s->v); k-- > s->start;)
		if (told_with(&(*s->v)[k], noun))
			return &(*s->v)[k];
	return NULL;
}

/*
 * "In January, Rogozin predicted a deal by June", told in December: a
 * month with no year of its own, the limit of an act of the sentence on a
 * day gone by, is the first such month from that day on (into *limit).
 */
static void
act_limit(const struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_timex *x, struct mdtl_date *limit)
{
	size_t k;

	if (limit->gran != MDTL_GRAN_MONTH ||
	    (x->flags & (MDTL_TIMEX_EXPLICIT | MDTL_TIMEX_ANAPHOR)))
		return;
	for (k = s->start; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->span.start != sent->span.start ||
		    e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE ||
		    (e->basis != MDTL_BASIS_EXPLICIT &&
		    e->basis != MDTL_BASIS_RELATIVE) ||
		    e->date.gran < MDTL_GRAN_MONTH ||
		    !mdtl_dating_gone_by(s, &e->date))
			continue;
		limit->year = e->date.year + (limit->month < e->date.month);
		return;
	}
}

/*
 * The deadline of the limit told at token tok, one for each date in an
 * article: dated by timex x (limit its date, a year on when it looks
 * ahead) or, with x -1, by w.
 */
static void
deadline_event(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t tok, const char *cue, int x,
    const struct mdtl_date *limit, const struct when *w)
{
	struct mdtl_event *e;
	const struct mdtl_event *last;
	const struct mdtl_actor *c;
	const struct mdtl_token *noun;
	size_t i, j;
	char value[24];

	mdtl_date_format(limit, value, sizeof value);
	for (i = s->start; i < *s->n; i++) {
		struct mdtl_event *d = &(*s->v)[i];

		if (d->type == MDTL_EVENT_DEADLINE &&
		    strcmp(d->date_value, value) == 0) {
			for (j = 0; j < d->nmentions; j++)
				if (d->mentions[j].span.start == sent->span.start)
					break;
			if (j == d->nmentions)
				mdtl_extract_mention(s, d, sent);
			return;
		}
	}
	e = mdtl_extract_event(s, sent, MDTL_EVENT_DEADLINE, cue);
	if (x < 0)
		mdtl_dating_when(e, w);
	else
		mdtl_dating_set(s, tg, e, (size_t)x);
	if (limit->year != e->date.year) {
		e->date = *limit;
		memcpy(e->date_value, value, sizeof value);
		e->why_date = mdtl_arena_strcat(&s->art->arena, e->why_date,
		    limit->year > e->date.year ? ", the next: a limit looks "
		    "ahead" : ", the first from the day of the act that sets "
		    "it", (char *)NULL);
	}
	/* "The negotiators aim to reach a political agreement by March 1,
	 * Hammond told reporters": the sides of the last meeting told, not
	 * of one the sentence tells before it, whose actors it has */
	if (sides_subject(tg, tok) && !meeting_told_before(tg, tok) &&
	    (last = last_summit(s, *s->n)) != NULL) {
		actors_of_told(s, e, last);
		e->why_actor = "the sides told as its subject: those of the "
		    "last meeting, and the countries of its people";
		return;
	}
	mdtl_extract_actor(s, e, s->sent_speaker, MDTL_ROLE_AGENT);
	/* "He said the lease expires on December 24": the speaker's side */
	if (side(s->sent_speaker) != s->sent_speaker)
		mdtl_extract_actor(s, e, side(s->sent_speaker),
		    MDTL_ROLE_PARTICIPANT);
	mdtl_extract_actors(s, tg, e, MDTL_ROLE_PARTICIPANT);
	/* "Musabayov noted that the current agreement expires in December
	 * 2012": the sides of the talks told of it, or of the last act told
	 * with its noun ("will resume talks on extending Russia's lease ...
	 * later this month" before "The current lease expires in December
	 * 2012", past "Washington rejected the offer") */
	if ((noun = pact_subject(tg, tok)) != NULL) {
		for (i = 0; i < s->ntalked; i++)
			mdtl_extract_actor(s, e, s->talked[i],
			    MDTL_ROLE_PARTICIPANT);
		if (s->ntalked == 0 && e->nactors == 0 &&
		    !(tg->t[tok].flags & MDTL_TOK_INQUOTE) &&
		    (last = pact_told(s, e, noun)) != NULL) {
			actors_of_told(s, e, last);
			e->why_actor = "none named, a pact's term: the sides "
			    "of the last act told with its noun";
			return;
		}
	}
	if (s->last_speaker != NULL && (tg->t[tok].flags & MDTL_TOK_INQUOTE))
		mdtl_extract_actor(s, e, s->last_speaker, MDTL_ROLE_AGENT);
	e->why_actor = "the actors of the sentence";
	/* "The interceptors could be in place by 2015", after "the planned
	 * deployment of missile interceptors in Romania" Gates spoke of:
	 * the actors of the first act told with the thing's noun, which
	 * brought it in (not a critic's told since) */
	if (e->nactors == 0 && !(tg->t[tok].flags & MDTL_TOK_INQUOTE) &&
	    (noun = thing_subject(tg, tok)) != NULL &&
	    (last = thing_told(s, e, noun)) != NULL) {
		actors_of_told(s, e, last);
		e->why_actor = "none named, a thing's limit: the actors of "
		    "the first act told with its noun";
		return;
	}
	/* "The original deadline was due to expire on July 20", after "have
	 * agreed to extend the deadline ... until November 24": the sides
	 * of the deadline told before */
	for (j = 0; e->nactors == 0 && j < tg->n; j++)
		if (is(&tg->t[j], "deadline") &&
		    (last = deadline_before(s, e)) != NULL) {
			for (i = 0; i < last->nactors; i++)
				mdtl_extract_actor_of(s, e, &last->actors[i]);
			e->why_actor = "none named, a deadline again: the sides "
			    "of the one told before";
		}
	if (e->nactors == 0) {
		/* "The battery is to remain in Poland until June 2012": the
		 * country of a place in the clause of the limit (not "The New
		 * START treaty, signed in Prague in 2010, requires ... by
		 * February 2018"), before those of the sentence before */
		for (j = tok; j > 0 && !boundary(&tg->t[j - 1]); j--)
			;
		e->why_actor = mdtl_deadline_unnamed;
		for (i = 0; i < tg->np; i++)
			if (tg->p[i].tok >= j && tg->p[i].tok < tok &&
			    (c = mdtl_lexicon_place_country(s->lex,
			    tg->p[i].place)) != NULL) {
				mdtl_extract_actor(s, e, c,
				    MDTL_ROLE_PARTICIPANT);
				e->why_actor = mdtl_deadline_placed;
			}
		/* "the system is due to be completed by 2020"; the sides
		 * of the people named too ("The New START treaty's
		 * inspection regime runs until February 2021" after Ryabkov
		 * and Gottemoeller held consultations: Russia's and the
		 * United States') */
		for (i = 0; i < s->nprev; i++)
			mdtl_extract_actor(s, e, s->prev[i],
			    MDTL_ROLE_PARTICIPANT);
		for (i = 0; i < s->nprev; i++)
			if (side(s->prev[i]) != s->prev[i])
				mdtl_extract_actor(s, e, side(s->prev[i]),
				    MDTL_ROLE_PARTICIPANT);
	}
}

/*
 * "before President George W. Bush leaves office in January": the date of
 * the clause of time that "before" at tok opens, a subject named right
 * after it (a person, a body, a country), a date of its own to come in
 * the clause and no other act told in it; its index, or -1.
 */
static int
clause_limit(const struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t i, k = tok + 1;
	int verb = 0;

	/* not an order of things: "their last meeting before Medvedev
	 * hands over the presidency to Putin on May 7" */
	for (i = tok; i-- > 0 && tok - i <= 2;)
		if (is(&tg->t[i], "last") || is(&tg->t[i], "first") ||
		    is(&tg->t[i], "final"))
			return -1;
	if (k < tg->n && is(&tg->t[k], "the"))
		k++;
	/* (past a title: "President George W. Bush", and a modifier after
	 * "the": "the new U.S. administration"; not "appear before a U.S.
	 * magistrate") */
	for (i = k; i < tg->n && i <= k + 3 &&
	    mdtl_tags_actor_at(tg, i) == NULL &&
	    ((tg->t[i].flags & MDTL_TOK_CAP) || (i == k && k > tok + 1 &&
	    tg->t[i].kind == MDTL_TOK_WORD && !ends_in(tg->t[i].norm, "ed",
	    4) && !ends_in(tg->t[i].norm, "ing", 4) &&
	    !in_list(tg, &tg->t[i], PREPOSITIONS))); i++)
		;
	if (i >= tg->n || (m = mdtl_tags_actor_at(tg, i)) == NULL ||
	    m->tok != i)
		return -1;
	for (i = m->tok + m->ntok; i < tg->n && i <= tok + 16 &&
	    !boundary(&tg->t[i]); i++) {
		const struct mdtl_timex *x = mdtl_tags_timex_at(tg, i);

		if (mdtl_tags_cue_at(tg, i) != NULL)
			return -1;
		/* a verb after the subject: not "are due to go before the
		 * Security Council next week", a place */
		if (x != NULL)
			return x->tok == i && verb && mdtl_dating_dated(x) &&
			    !mdtl_dating_gone_by(s, &x->date) &&
			    !tg->tx_used[x - tg->tx] ? (int)(x - tg->tx) : -1;
		if (tg->t[i].kind == MDTL_TOK_WORD &&
		    !(tg->t[i].flags & MDTL_TOK_CAP) &&
		    !in_list(tg, &tg->t[i], PREPOSITIONS) &&
		    !in_list(tg, &tg->t[i], DETERMINERS))
			verb = 1;
	}
	return -1;
}

/*
 * A deadline told by the words [tok, tok + ntok): the date right after
 * them ("by the end of 2011", "by about 2020"), or, with summit_tx, the
 * date of the meeting they name ("before the next round of talks ... on
 * June 9"), or that of the clause of time "before" opens
 * (clause_limit()).  One deadline for each date in an article.
 */
static void
then_limit(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t tok, const char *cue)
{
	struct mdtl_event day;
	struct when w;
	size_t i;

	for (i = tg->ntx; i-- > 0;)
		if (tg->tx[i].tok + tg->tx[i].ntok <= tok &&
		    mdtl_dating_dated(&tg->tx[i]))
			break;
	if (i == (size_t)-1 || mdtl_dating_gone_by(s, &tg->tx[i].date))
		return;
	memset(&day, 0, sizeof day);
	mdtl_dating_set(s, tg, &day, i);
	mdtl_dating_of(&day, &w);
	w.why = mdtl_arena_strcat(&s->art->arena, "'then': the date told "
	    "before it, ", day.why_date, (char *)NULL);
	deadline_event(s, sent, tg, tok, cue, -1, &day.date, &w);
}

/*
 * "hoped to reach an agreement before the Chicago summit" after "a NATO
 * summit in Chicago next May": meeting words right after the limit's cue
 * at [tok, end) that name a place ("the Chicago summit", "the summit in
 * Chicago"), and the article's last meeting there with a date to come; or
 * NULL.
 */
static const struct mdtl_event *
meeting_there(const struct state *s, const struct mdtl_tags *tg, size_t end)
{
	const struct mdtl_place *place = NULL;
	const struct mdtl_cue_tag *c = NULL;
	size_t j, k;

	for (j = 0; j < tg->nc && c == NULL; j++)
		if (tg->c[j].kind == MDTL_PH_SUMMIT && tg->c[j].tok >= end &&
		    tg->c[j].tok <= end + 3 &&
		    clear_between(tg, end, tg->c[j].tok))
			c = &tg->c[j];
	for (k = 0; c != NULL && k < tg->np; k++)
		if (tg->p[k].tok >= end &&
		    tg->p[k].tok <= c->tok + c->ntok + 1)
			place = tg->p[k].place;
	if (place == NULL)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *e = &(*s->v)[k];

		/* (past one there gone by: "The previous round was held
		 * in Brussels from 3 to 5 October") */
		if (e->type == MDTL_EVENT_SUMMIT && e->location != NULL &&
		    strcmp(e->location, place->name) == 0 &&
		    e->date.gran != MDTL_GRAN_NONE &&
		    !mdtl_dating_gone_by(s, &e->date))
			return e;
	}
	return NULL;
}

static void
deadline_at(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t tok, size_t ntok, const char *cue,
    int summit_tx)
{
	const struct mdtl_event *m;
	struct mdtl_date limit, unit;
	size_t i, j, end;
	int x = -1;

	/* "the deadline for a decision is the end of the year": past what
	 * it is for, to its verb; "the new deadline is November 24" */
	end = tok + ntok;
	if (is(&tg->t[end - 1], "deadline") && end < tg->n &&
	    (is(&tg->t[end], "for") || in_list(tg, &tg->t[end], AUXILIARIES))) {
		for (i = end; i < tg->n && i < end + 9 &&
		    !boundary(&tg->t[i]); i++)
			if (in_list(tg, &tg->t[i], AUXILIARIES)) {
				end = i + 1 + (i + 1 < tg->n &&
				    is(&tg->t[i + 1], "be"));
				break;
			}
	}
	/* "extended the deadline for a final nuclear agreement to July 7":
	 * a deadline moved, past what it is for, to its new date */
	if (end == tok + ntok && is(&tg->t[end - 1], "deadline"))
		for (i = end; i + 1 < tg->n && i < end + 9 &&
		    !boundary(&tg->t[i]); i++)
			if (is(&tg->t[i], "to") &&
			    mdtl_tags_timex_at(tg, i + 1) != NULL) {
				end = i + 1;
				break;
			}
	/* "by about 2020", "by around mid-2015" */
	for (; end < tg->n && end < tok + ntok + 3 &&
	    (in_list(tg, &tg->t[end], APPROXIMATORS) ||
	    is(&tg->t[end], "-")); end++)
		;
	for (i = 0; i < tg->ntx; i++) {
		const struct mdtl_timex *t = &tg->tx[i];

		if (!mdtl_dating_dated(t))
			continue;
		/* right after the cue, or overlapping its end */
		if (summit_tx < 0 && !tg->tx_used[i] && t->tok <= end &&
		    t->tok + t->ntok > tok + ntok - 1 && t->tok >= tok &&
		    !meeting_possessed(tg, t)) {
			x = (int)i;
			break;
		}
		/* "the July 20 deadline", "Friday's deadline": before it */
		if (summit_tx < 0 && !tg->tx_used[i] && ntok == 1 &&
		    is(&tg->t[tok], "deadline") && (t->tok + t->ntok == tok ||
		    (t->tok + t->ntok + 1 == tok && is(&tg->t[tok - 1],
		    "'s")))) {
			x = (int)i;
			break;
		}
		/* "has set the end of 2011 as a deadline": before "as", the
		 * verb's object (not "will meet ... on Nov. 18 as the deadline
		 * ... approaches", a time of its own) */
		if (summit_tx < 0 && !tg->tx_used[i] && ntok == 1 &&
		    is(&tg->t[tok], "deadline") && tok >= 3 &&
		    in_list(tg, &tg->t[tok - 1], DETERMINERS) &&
		    is(&tg->t[tok - 2], "as") && t->tok + t->ntok == tok - 2 &&
		    !(t->tok > 0 && in_list(tg, &tg->t[t->tok - 1],
		    PREPOSITIONS))) {
			x = (int)i;
			break;
		}
		/* "before the next round of talks ... on June 9"; not one
		 * gone by, nor an agent's "by": "followed by another round
		 * of talks in Almaty on April 5-6", "as evidenced by the
		 * treaty signed in April 2017" */
		if ((int)i == summit_tx && t->tok > tok && t->tok - tok <= 16 &&
		    !mdtl_dating_gone_by(s, &t->date) && !agent_by(tg, tok)) {
			/* (from the cue's end: "by the time of the
			 * alliance's next summit in 2012"; in its phrase,
			 * not past a comma: "Before Brussels, Clinton will
			 * travel to Vilnius from Monday") */
			for (j = 0; j < tg->nc; j++)
				if (tg->c[j].kind == MDTL_PH_SUMMIT &&
				    tg->c[j].tok > tok &&
				    tg->c[j].tok - tok <= 6 + ntok - 1 &&
				    clear_between(tg, tok + ntok, tg->c[j].tok))
					x = (int)i;
			if (x >= 0)
				break;
		}
	}
	/* "could be reached before President George W. Bush leaves office
	 * in January": the day of the clause of time it opens, to come */
	if (x < 0 && summit_tx < 0 && ntok == 1 && is(&tg->t[tok], "before"))
		x = clause_limit(s, tg, tok);
	/* "before the Chicago summit": the day of that meeting told before */
	if (x < 0 && summit_tx < 0 && !agent_by(tg, tok) &&
	    (m = meeting_there(s, tg, end)) != NULL) {
		struct when w;

		mdtl_dating_of(m, &w);
		w.why = mdtl_arena_strcat(&s->art->arena, "the meeting it "
		    "names, told before: ", m->why_date, (char *)NULL);
		deadline_event(s, sent, tg, tok, cue, -1, &m->date, &w);
		return;
	}
	/* "will host the next summit in 2016, ... hoped to finalise a
	 * convention by then": the last date the sentence named before, to
	 * come */
	if (x < 0 && summit_tx < 0 && ntok == 1 && tok + 1 < tg->n &&
	    is(&tg->t[tok + 1], "then")) {
		then_limit(s, sent, tg, tok, cue);
		return;
	}
	/* "Dec. 24, 2012 - The lease agreement expires.": a chronology
	 * item's date, for a term that ends the sentence */
	if (x < 0 && in_list(tg, &tg->t[tok + ntok - 1], TERM_ENDS) &&
	    (tok + ntok == tg->n || is(&tg->t[tok + ntok], ".")) &&
	    (x = mdtl_dating_heading(tg)) >= 0 && tg->tx_used[x])
		x = -1;
	/* "By the autumn, the mood had soured": a limit opening the
	 * sentence that the tagger reads in the past (its clause in the
	 * past perfect) is a time reached, no time limit set */
	if (x < 0 || (tok == 0 && is(&tg->t[tok], "by") &&
	    tg->tx[x].dir == MDTL_TIMEX_PAST))
		return;
	tg->tx_used[x] = TX_DEADLINE;
	/* "We gave them until the summer", said in November: a season
	 * with no year, gone by, is the next one, and so is a quarter ("by
	 * the end of the third quarter", said in January); a limit looks
	 * ahead */
	limit = tg->tx[x].date;
	if (mdtl_date_parse_value(tg->tx[x].value, &unit) == 0 &&
	    (unit.gran == MDTL_GRAN_SEASON || unit.gran == MDTL_GRAN_QUARTER) &&
	    (tg->tx[x].flags & MDTL_TIMEX_RELATIVE) && mdtl_dating_gone_by(s, &limit))
		limit.year++;
	act_limit(s, sent, &tg->tx[x], &limit);
	deadline_event(s, sent, tg, tok, cue, x, &limit, NULL);
}

/*
 * "She was the head of the team until Nov. 1": a state that lasted until
 * a day gone, no time limit; but in "was ready to keep the station until
 * 2025" the limit is the infinitive's.
 */
static int
tenure(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_timex *x;
	size_t i;

	if (!in_list(tg, &tg->t[tok], TERM_LIMITS))
		return 0;
	/* "Rogozin, who until December was Moscow's envoy": the verb of
	 * the state right after its limit */
	if ((x = mdtl_tags_timex_at(tg, tok + 1)) != NULL &&
	    x->tok + x->ntok < tg->n &&
	    in_list(tg, &tg->t[x->tok + x->ntok], TENURE_VERBS))
		return 1;
	for (i = tok; i-- > 0;) {
		if (boundary(&tg->t[i]))
			return 0;
		if (i + 1 < tok && infinitive(tg, i))
			return 0;
		/* (and a meeting put off to a day: "has postponed the next
		 * round ... until September", the meeting's day) */
		if (in_list(tg, &tg->t[i], TENURE_VERBS) ||
		    in_list(tg, &tg->t[i], POSTPONING) ||
		    (in_list(tg, &tg->t[i], MEETING_SPANS) &&
		    cue_kind_in(tg, MDTL_PH_SUMMIT, 0, i)))
			return 1;
	}
	return 0;
}

/*
 * "The talks are scheduled to end on Wednesday": a meeting's last day, no
 * time limit; the meeting is the subject of the cue c, a verb of ending.
 * And so the end of any other thing than a pact's term: "The exercises
 * are scheduled to end on June 18" (not "The lease ends on December 24").
 */
static int
meeting_ends(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *m;
	size_t i;

	if (!is(&tg->t[c->tok], "end") && !is(&tg->t[c->tok], "ends"))
		return 0;
	/* past an aside: "The conference, attended by ..., will end"; and
	 * a relative clause's own "that": "a two-day visit by his Iranian
	 * counterpart that ends on Saturday"; and a name's acronym: "The
	 * 12th summit of the Economic Cooperation Organization (ECO) opened
	 * ... and will end on Wednesday" */
	for (i = c->tok; i-- > 0 && c->tok - i <= 16 &&
	    (!boundary(&tg->t[i]) || is(&tg->t[i], ",") ||
	    is(&tg->t[i], "(") || is(&tg->t[i], ")") ||
	    (i + 1 == c->tok && is(&tg->t[i], "that")));)
		if ((m = mdtl_tags_cue_at(tg, i)) != NULL &&
		    m->kind == MDTL_PH_SUMMIT)
			return 1;
	/* (a pact's noun opening the clause or right before the verb's
	 * group: "before the lease ends on December 24") */
	for (i = c->tok; i-- > 0 && c->tok - i <= 6 &&
	    tg->t[i].kind == MDTL_TOK_WORD;)
		if (in_list(tg, &tg->t[i], PACT_NOUNS))
			return 0;
	return pact_subject(tg, c->tok) == NULL;
}

/*
 * Does a verb of saying, past the words of its audience and its date
 * ("told reporters on Wednesday,"), end right before token tok?
 */
static int
saying_ends_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 8;) {
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL)
			return c->kind == MDTL_PH_SPEECH && !c->inquote &&
			    c->tok + c->ntok == i + 1;
		if (!is(&tg->t[i], ",") && mdtl_tags_timex_at(tg, i) == NULL &&
		    !in_list(tg, &tg->t[i], OBJECT_WORDS) &&
		    !in_list(tg, &tg->t[i], AUDIENCES))
			return 0;
	}
	return 0;
}

/*
 * "told reporters before leaving the summit on Friday": a clause of time
 * with a gerund, when something was done, no limit; nor "the last before
 * the meeting", an order; nor "were unlikely to take place before
 * December", the earliest time (grammar list earliest_markers in the
 * clause before it).
 */
static int
before_doing(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *t;
	size_t i;

	if (c->ntok != 1 || c->tok + 1 >= tg->n)
		return 0;
	/* (the verb right before it denied: not "guarantees that the
	 * system will not be aimed against Russian forces before the
	 * summit") */
	if (is(&tg->t[c->tok], "before"))
		for (i = c->tok; i-- > 0 && tg->t[i].kind == MDTL_TOK_WORD &&
		    !boundary(&tg->t[i]);) {
			/* ("Nothing will move before the spring": one
			 * opening the clause) */
			if (in_list(tg, &tg->t[i], EARLIEST_MARKERS))
				return 1;
			if ((tg->t[i].flags & MDTL_TOK_CAP) ||
			    (!is(&tg->t[i], "to") &&
			    in_list(tg, &tg->t[i], PREPOSITIONS)))
				break;
		}
	/* "Lavrov said on Wednesday, before Monday's talks", "spoke to
	 * reporters before the talks": when words were said, no limit */
	if (is(&tg->t[c->tok], "before") && saying_ends_before(tg, c->tok))
		return 1;
	/* "the talks would be the last before the meeting ... in
	 * October": an order of things, no limit */
	if (c->tok > 0 && is(&tg->t[c->tok], "before") &&
	    (is(&tg->t[c->tok - 1], "last") || is(&tg->t[c->tok - 1], "first")))
		return 1;
	t = &tg->t[c->tok + 1];
	return t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP) &&
	    ends_in(t->norm, "ing", 4) && !in_list(tg, t, PREPOSITIONS);
}

/*
 * "The interim agreement ... took effect on Monday and gives the sides six
 * months to negotiate a final settlement", "to agree ... within four
 * months": a limit a lapse sets, given to do a thing (grammar list
 * lapse_verbs, the lapse and then its infinitive) or within it (grammar
 * list lapse_prepositions), counted from the last day its sentence told
 * before it, or from the story's.
 */
static void
lapse_deadlines(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	const struct mdtl_cue_tag *c;
	size_t k, i, j, e;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];
		const struct mdtl_timex *from = NULL;
		struct mdtl_date limit;
		struct when w;
		long n;
		char unit;
		int given = 0;

		if (tg->tx_used[k] || (tg->t[x->tok].flags & MDTL_TOK_INQUOTE) ||
		    (unit = mdtl_dating_lapse_of(x, &n)) == 0 || n <= 0 ||
		    n > 100)
			continue;
		/* not "within two weeks of the slaying", a lapse from
		 * another event, nor "within four months, by March 1", a
		 * limit told by its day */
		e = x->tok + x->ntok;
		if (e < tg->n && (is(&tg->t[e], "of") || (is(&tg->t[e], ",") &&
		    (c = mdtl_tags_cue_at(tg, e + 1)) != NULL &&
		    c->kind == MDTL_PH_DEADLINE)))
			continue;
		if (x->tok > 0 && in_list(tg, &tg->t[x->tok - 1], LAPSE_PREPS))
			given = 1;
		else if (infinitive(tg, e))
			for (i = x->tok; !given && i-- > 0 &&
			    x->tok - i <= 5 && !boundary(&tg->t[i]);)
				given = in_list(tg, &tg->t[i], LAPSE_VERBS);
		if (!given)
			continue;
		for (j = 0; j < tg->ntx; j++)
			if (tg->tx[j].tok < x->tok &&
			    tg->tx[j].type == MDTL_TIMEX_DATE &&
			    tg->tx[j].date.gran == MDTL_GRAN_DAY &&
			    mdtl_dating_dated(&tg->tx[j]))
				from = &tg->tx[j];
		if ((from == NULL && s->day == 0) || mdtl_date_after(from !=
		    NULL ? mdtl_date_day(&from->date) : s->day, n, unit,
		    &limit) != 0)
			continue;
		tg->tx_used[k] = TX_DEADLINE;
		w.date = limit;
		w.basis = MDTL_BASIS_RELATIVE;
		w.text = span_text(s, tg, x->tok, x->ntok);
		w.why = mdtl_arena_strcat(&s->art->arena, "'", w.text, "': a "
		    "lapse given, from ", from != NULL ? "the day its sentence "
		    "tells before it" : "the story's day", (char *)NULL);
		deadline_event(s, sent, tg, x->tok, "a lapse", -1, &limit, &w);
	}
}

/*
 * "after the expiry of the lease agreement on 24 December": "on" at i, a
 * noun of expiry (grammar list expiry_nouns) and "of" within the eight
 * words before it, no boundary between?
 */
static int
expiry_on(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	if (!is(&tg->t[i], "on"))
		return 0;
	for (k = i; k-- > 0 && i - k <= 8 && !boundary(&tg->t[k]);)
		if (in_list(tg, &tg->t[k], EXPIRY_NOUNS))
			return k + 1 < i && is(&tg->t[k + 1], "of");
	return 0;
}

/*
 * The sentence's deadlines: its deadline cues, and a term's end ("the
 * termination of the agreement ... from 9 December 2012").
 */
/* "a day before the summit": a lapse right before the cue c, "before"
 * or "after", a time counted from what follows, no limit (but "every
 * three months until 2012" is). */
static int
lapse_before(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t k;
	long n;

	if (c->ntok != 1 || (!is(&tg->t[c->tok], "before") &&
	    !is(&tg->t[c->tok], "after")))
		return 0;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok == c->tok &&
		    mdtl_dating_lapse_of(&tg->tx[k], &n) != 0)
			return 1;
	return 0;
}

void
mdtl_deadline_events(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, int summit_tx)
{
	size_t k, i, term = 0;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		size_t end = c->tok + c->ntok - 1;

		if (c->kind == MDTL_PH_DEADLINE && !tenure(tg, c->tok) &&
		    !meeting_ends(tg, c) && !before_doing(tg, c) &&
		    !lapse_before(tg, c))
			deadline_at(s, sent, tg, c->tok, c->ntok, c->ph->text,
			    summit_tx);
		/* an ultimatum's limit: "gave the alliance until the end of
		 * the year" */
		else if (c->kind == MDTL_PH_WARNING && c->ntok > 1 &&
		    is(&tg->t[end], "until"))
			deadline_at(s, sent, tg, end, 1, "until", summit_tx);
	}
	lapse_deadlines(s, sent, tg);
	if (summit_tx >= 0)
		return;
	for (i = 0; i < tg->n; i++) {
		if ((tg->t[i].flags & MDTL_TOK_INQUOTE) ||
		    !(in_list(tg, &tg->t[i], TERM_PREPS) || expiry_on(tg, i)))
			continue;
		for (k = term; k < i && !in_list(tg, &tg->t[k], TERM_NOUNS);
		    k++)
			;
		term = k;
		if (k < i)
			deadline_at(s, sent, tg, i, 1, "the end of a term",
			    summit_tx);
	}
}

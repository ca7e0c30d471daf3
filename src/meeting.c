/*
 * meeting.c: the meetings a sentence tells: by a meeting noun with a date,
 * a place or an article of its own, by a meeting verb ("met the
 * ambassador", "held talks", "signed an agreement"), or where words were
 * said; and a meeting named again as one more mention of the one told.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

/* A town or a site says more than a region, a region more than a country. */
static int
place_rank(const struct mdtl_place *p)
{
	if (p->kind == NULL)
		return 1;
	if (strcmp(p->kind, "country") == 0)
		return 0;
	if (strcmp(p->kind, "region") == 0)
		return 1;
	return 2;
}

/* How many sides other than host's meeting m had (at most 2). */
static int
sides_but(const struct state *s, const struct mdtl_event *m,
    const struct mdtl_actor *host)
{
	const struct mdtl_actor *a, *one = NULL;
	size_t i;

	for (i = 0; i < m->nactors; i++) {
		if ((a = side(mdtl_extract_known(s, &m->actors[i]))) == NULL ||
		    a == host)
			continue;
		if (one != NULL && one != a)
			return 2;
		one = a;
	}
	return one != NULL;
}

/* The country hosting the place of that name, or NULL. */
static const struct mdtl_actor *
host_named(const struct mdtl_lexicon *lex, const char *name)
{
	size_t i;

	for (i = 0; i < lex->nplaces; i++)
		if (strcmp(lex->places[i].name, name) == 0)
			return mdtl_lexicon_place_country(lex, &lex->places[i]);
	return NULL;
}

/*
 * "told Trend in a telephone conversation", "in a telephone conversation
 * with Interfax": a meeting cue after "in" whose other side is a news
 * agency, right before the phrase or after "with".
 */
static int
with_agency(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_actor_tag *m;
	size_t i = c->tok, e = c->tok + c->ntok;

	while (i > 0 && in_list(tg, &tg->t[i - 1], DETERMINERS))
		i--;
	if (i < 2 || !is(&tg->t[i - 1], "in"))
		return 0;
	if ((m = mdtl_tags_actor_at(tg, i - 2)) != NULL &&
	    m->actor->kind == MDTL_ACTOR_AGENCY)
		return 1;
	return e + 1 < tg->n && is(&tg->t[e], "with") &&
	    (m = mdtl_tags_actor_at(tg, e + 1)) != NULL &&
	    m->actor->kind == MDTL_ACTOR_AGENCY;
}

/* The people named in the clause before token tok (at most 2). */
static int
people_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *first = NULL;
	size_t i;

	for (i = tok; i-- > 0 && !boundary(&tg->t[i]);) {
		if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak ||
		    m->actor->kind != MDTL_ACTOR_PERSON)
			continue;
		if (first != NULL && m->actor != first)
			return 2;
		first = m->actor;
		i = m->tok;
	}
	return first != NULL;
}

/*
 * "NATO defence ministers will discuss the shield": people of a body,
 * counted as many (a plural title or collective), or a person ending a
 * clause that names two (people_before(): "Lavrov and U.S. Secretary of
 * State Hillary Clinton are expected to discuss the issue"), the subject
 * right before the verb at tok or its
 * auxiliaries (and a plan's words: "are due to discuss", "are to
 * discuss"); they meet to discuss.
 */
static int
body_of_people(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_phrase *ph;
	const struct mdtl_actor_tag *m;
	size_t i = tok, len, k;

	if (i >= 2 && is(&tg->t[i - 1], "to") &&
	    (in_list(tg, &tg->t[i - 2], PLAN_WORDS) ||
	    in_list(tg, &tg->t[i - 2], PASSIVE_AUX)))
		i -= 2;
	while (i > 0 && in_list(tg, &tg->t[i - 1], AUXILIARIES))
		i--;
	if (i > 0 && (m = mdtl_tags_actor_at(tg, i - 1)) != NULL &&
	    m->tok + m->ntok == i && m->actor->kind == MDTL_ACTOR_PERSON &&
	    people_before(tg, i) == 2)
		return 1;
	for (k = i; k-- > 0 && i - k <= 3;)
		if ((ph = mdtl_lexicon_match(tg->lex, &tg->t[k], tg->n - k,
		    1u << MDTL_PH_TITLE | 1u << MDTL_PH_COLLECTIVE, 0,
		    &len)) != NULL && k + len == i)
			return ends_in(tg->t[i - 1].norm, "s", 3);
	return 0;
}

/*
 * Is the meeting cue a verb ("met", "received", "held talks", "will
 * meet"), not a noun ("the talks")?  The dictionary's verbs have a code.
 */
static int
meeting_verb(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i;

	/* "signed an agreement", "a deal was reached": a past participle */
	for (i = 0; i < c->ph->ntok; i++)
		if (ends_in(c->ph->tok[i], "ed", 3))
			return 1;
	return c->ph->code != NULL ||
	    in_list(tg, &tg->t[c->tok], MEETING_VERBS);
}

/* A verb in the past: "held", "met", or a regular "-ed" form. */
static int
past_tense(const struct mdtl_token *t)
{
	return is(t, "held") || is(t, "met") || is(t, "sat") ||
	    is(t, "has") || is(t, "have") || ends_in(t->norm, "ed", 3);
}

/* Is the cue's verb in the past: not "is expected in Warsaw", to come? */
static int
past_cue(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	return past_tense(&tg->t[c->tok]) && !(c->tok > 0 &&
	    (is(&tg->t[c->tok - 1], "is") || is(&tg->t[c->tok - 1], "are")));
}

/* Past the modifiers of a title from token j, before token end: words
 * in -ly or -ed ("the newly appointed ambassador"), and with ing set in
 * -ing ("the outgoing envoy"). */
static size_t
past_modifiers(const struct mdtl_tags *tg, size_t j, size_t end, int ing)
{
	while (j < tg->n && j < end && tg->t[j].kind == MDTL_TOK_WORD &&
	    !(tg->t[j].flags & MDTL_TOK_CAP) && (ends_in(tg->t[j].norm, "ly",
	    4) || ends_in(tg->t[j].norm, "ed", 4) ||
	    (ing && ends_in(tg->t[j].norm, "ing", 5))))
		j++;
	return j;
}

/* Past the side a title names at token j ("the Iranian Ambassador"). */
static size_t
past_side(const struct mdtl_tags *tg, size_t j)
{
	const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, j);

	return m != NULL && m->tok == j && m->actor->kind != MDTL_ACTOR_PERSON ?
	    j + m->ntok : j;
}

/*
 * Someone at token i: named, by a title, a body of people ("a
 * delegation") or a pronoun, after a determiner.  A title before a noun of
 * its own is an adjective: "an official request" is no one, "an official
 * delegation" is.
 */
static int
someone_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *next;
	size_t len, j;

	while (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	/* "received the two secretaries": past their count */
	if (i < tg->n && in_list(tg, &tg->t[i], COUNTING))
		i++;
	/* "the newly appointed ambassador", "the outgoing envoy": past
	 * the modifiers of a title, and the side it names ("the newly
	 * appointed Iranian Ambassador") */
	j = past_modifiers(tg, i, i + 2, 1);
	if (j > i && people_at(tg, past_side(tg, j)) != 0)
		i = j;
	if (i >= tg->n)
		return 0;
	if (mdtl_tags_actor_at(tg, i) != NULL ||
	    (tg->t[i].flags & MDTL_TOK_CAP) ||
	    in_list(tg, &tg->t[i], OBJECT_PRONOUNS))
		return 1;
	if ((len = people_at(tg, i)) == 0)
		return 0;
	if (i + len >= tg->n)
		return 1;
	next = &tg->t[i + len];
	/* "a delegation led by the Speaker": a participle is no noun */
	return next->kind != MDTL_TOK_WORD || (next->flags & MDTL_TOK_CAP) ||
	    is(next, "led") || ends_in(next->norm, "ed", 3) ||
	    in_list(tg, next, NOT_NAMES) || in_list(tg, next, PREPOSITIONS) ||
	    mdtl_tags_timex_at(tg, i + len) != NULL ||
	    people_at(tg, i + len) != 0;
}

/* A meeting named at token i, after any modifiers: "at bilateral talks". */
static int
meeting_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t end = i + 3 < tg->n ? i + 3 : tg->n;

	for (; i < end; i++)
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL)
			return c->kind == MDTL_PH_SUMMIT;
	return 0;
}

/* "attended Thursday's meeting": a meeting, with its day, the object of
 * the verb c */
static int
meeting_object(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_timex *x;
	size_t i = c->tok + c->ntok;

	while (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if ((x = mdtl_tags_timex_at(tg, i)) != NULL) {
		i = x->tok + x->ntok;
		if (i < tg->n && is(&tg->t[i], "'s"))
			i++;
	}
	/* not "discussed at a meeting": a preposition's object */
	return i < tg->n && !in_list(tg, &tg->t[i], PREPOSITIONS) &&
	    meeting_at(tg, i);
}

/*
 * After a meeting verb, whom it was with: "met Clinton", "hosted him",
 * "received the ambassador", "discussed the plan with Lavrov", "discussed
 * it at bilateral talks", "attended the summit", or nobody ("the two
 * leaders met Thursday in Sochi"); not "met reporters", "received
 * letters", "discussed regional issues".
 */
static int
met_someone(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t end = i + 12 < tg->n ? i + 12 : tg->n, j, k;

	if (i >= tg->n || tg->t[i].kind != MDTL_TOK_WORD ||
	    in_list(tg, &tg->t[i], PREPOSITIONS) ||
	    mdtl_tags_timex_at(tg, i) != NULL || someone_at(tg, i))
		return 1;
	/* "attended the third Caspian summit": a meeting its object (not
	 * past "to": "received an invitation to visit the United States") */
	for (j = i; j < tg->n && in_list(tg, &tg->t[j], DETERMINERS); j++)
		;
	for (k = j; k < tg->n && k < j + 3 && !is(&tg->t[k], "to"); k++)
		if ((c = mdtl_tags_cue_at(tg, k)) != NULL) {
			if (c->kind == MDTL_PH_SUMMIT)
				return 1;
			break;
		}
	for (; i + 1 < end; i++) {
		if (is(&tg->t[i], ",") || is(&tg->t[i], ";"))
			break;
		if (is(&tg->t[i], "with") && someone_at(tg, i + 1))
			return 1;
		if (in_list(tg, &tg->t[i], OCCASION_PREPS) &&
		    meeting_at(tg, i + 1))
			return 1;
	}
	return 0;
}

/* Is the cue a verb of hosting: "host", "hosts", "hosted"? */
static int
hosts(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *t = &tg->t[c->tok];

	return c->ntok == 1 && (is(t, "host") || is(t, "hosts") ||
	    is(t, "hosted"));
}

/* A person at token i, named, by a title or a pronoun: a guest; past the
 * modifiers of a title and the side it names ("the newly appointed
 * Iranian Ambassador"). */
static int
guest_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;
	size_t j, e;

	if (person_at(tg, i) || (i < tg->n &&
	    in_list(tg, &tg->t[i], OBJECT_PRONOUNS)))
		return 1;
	for (j = i; j < tg->n && in_list(tg, &tg->t[j], DETERMINERS); j++)
		;
	/* "hosted the NATO-Russia Council at his residence": a body or a
	 * side its whole guest, not a word of another noun ("will host
	 * NATO radars", "the United States' missile base") */
	if ((m = mdtl_tags_actor_at(tg, j)) != NULL && m->tok == j &&
	    !m->weak && m->actor->kind != MDTL_ACTOR_AGENCY &&
	    ((e = m->tok + m->ntok) >= tg->n || boundary(&tg->t[e]) ||
	    is(&tg->t[e], ".") || in_list(tg, &tg->t[e], PREPOSITIONS) ||
	    mdtl_tags_timex_at(tg, e) != NULL))
		return 1;
	j = past_side(tg, past_modifiers(tg, j, i + 4, 0));
	return j > i && people_at(tg, j) != 0;
}

/* "in Moscow", "on Monday": where or when, at token i */
static int
where_or_when(const struct mdtl_tags *tg, size_t i)
{
	/* past an adverb of doubt, or one of grammar list act_adverbs:
	 * ", possibly in April", ", also in Istanbul," */
	if (i + 2 < tg->n && tg->t[i].kind == MDTL_TOK_WORD &&
	    !(tg->t[i].flags & MDTL_TOK_CAP) && (ends_in(tg->t[i].norm, "ly",
	    4) || in_list(tg, &tg->t[i], ACT_ADVERBS)))
		i++;
	return i + 1 < tg->n && (in_list(tg, &tg->t[i], LOCATIVES) ||
	    is(&tg->t[i], "on")) && ((tg->t[i + 1].flags & MDTL_TOK_CAP) ||
	    mdtl_tags_timex_at(tg, i + 1) != NULL);
}

/*
 * "talks with Foreign Minister Sergei Lavrov and Defense Minister Anatoly
 * Serdyukov" after "a meeting with Rice and Gates" of that day: people the
 * meeting's phrase [from, to) has it with, after "with", none of them
 * among e's: another meeting.
 */
static int
with_others(const struct mdtl_tags *tg, size_t from, size_t to,
    const struct mdtl_event *e)
{
	size_t i, j, k, people = 0;

	for (i = from; i < to && !is(&tg->t[i], "with"); i++)
		;
	for (k = 0; k < tg->nm; k++) {
		const struct mdtl_actor_tag *m = &tg->m[k];

		if (m->tok <= i || m->tok >= to || m->weak ||
		    m->actor->kind != MDTL_ACTOR_PERSON)
			continue;
		for (j = 0; j < e->nactors; j++)
			if (strcmp(e->actors[j].id, m->actor->id) == 0)
				return 0;
		people++;
	}
	return people > 0;
}

/*
 * Do the place and the actors of the sentence fit meeting e: the same
 * place, or one in the same country, and one of its actors or of their
 * sides ("Azerbaijani President Ilham Aliyev" of Azerbaijan's meeting, the
 * NATO Secretary General of the day of NATO's)?
 */
static int	other_body(const struct state *, const struct mdtl_tags *,
		    size_t, const struct mdtl_event *);

static int
fits(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, const struct mdtl_place *place)
{
	const struct mdtl_cue_tag *c;
	size_t i, j;

	/* "to attend the Vilnius meeting": the one in that city, whoever
	 * goes; not any in a country, nor another "in Brussels" */
	if (place != NULL && e->location != NULL && place_rank(place) == 2 &&
	    strcmp(place->name, e->location) == 0)
		for (i = 0; i < tg->np; i++)
			if (tg->p[i].place == place && (c = mdtl_tags_cue_at(tg,
			    tg->p[i].tok + tg->p[i].ntok)) != NULL &&
			    c->kind == MDTL_PH_SUMMIT)
				return 1;
	/* "would also hold talks with Chinese President Hu Jintao in Seoul"
	 * after a meeting there with Obama: with others, another one */
	for (i = 0; i < tg->n && !is(&tg->t[i], "with"); i++)
		;
	for (j = i; j < tg->n && !boundary(&tg->t[j]); j++)
		;
	if (with_others(tg, i, j, e))
		return 0;
	/* "the NATO summit in Bucharest", after a treaty to sign: another
	 * body's */
	for (i = 0; i < tg->nc; i++)
		if (tg->c[i].kind == MDTL_PH_SUMMIT &&
		    other_body(s, tg, tg->c[i].tok, e))
			return 0;
	if (place != NULL && e->location != NULL &&
	    strcmp(place->name, e->location) != 0) {
		const struct mdtl_actor *host =
		    mdtl_lexicon_place_country(s->lex, place);

		for (j = 0; host != NULL && j < e->nactors; j++)
			if (e->actors[j].id == host->id)
				break;
		if (host == NULL || j == e->nactors)
			return 0;
	}
	for (i = 0; i < tg->nm; i++) {
		const struct mdtl_actor *a = tg->m[i].actor, *b;

		for (j = 0; j < e->nactors; j++)
			if (e->actors[j].id == a->id ||
			    e->actors[j].id == side(a)->id ||
			    /* "NATO secretary general Rasmussen" of NATO's */
			    (a->nroles > 0 && (b = mdtl_extract_known(s,
			    &e->actors[j])) != NULL &&
			    mdtl_actor_on_side(a, b, s->day)))
				return 1;
	}
	return tg->nm == 0;
}

/* Is meeting m of a day after the publication's (one to come)? */
static int
after_news(const struct state *s, const struct mdtl_event *m)
{
	return s->day != 0 && m->date.gran >= MDTL_GRAN_DAY &&
	    mdtl_date_day(&m->date) > s->day;
}

/*
 * Of the meetings told in the sentence that told e and that fit (any, when
 * bare; gone by, when gone is set), one of the days of the news before
 * one of another day: e itself, or one told before it.
 */
static struct mdtl_event *
news_of_sentence(struct state *s, const struct mdtl_tags *tg,
    struct mdtl_event *e, const struct mdtl_place *place, int bare, int gone)
{
	struct mdtl_event *first = e;
	size_t k;

	for (k = (size_t)(e - *s->v); k-- > s->start;) {
		struct mdtl_event *m = &(*s->v)[k];

		if (m->span.start != e->span.start)
			break;
		if (m->type == MDTL_EVENT_SUMMIT && (bare ||
		    fits(s, tg, m, place)) && !(gone && after_news(s, m)) &&
		    mdtl_dating_news_day(s, &m->date) &&
		    !mdtl_dating_news_day(s, &first->date))
			first = m;
	}
	return first;
}

/* One more mention of e: sent, unless it is its last already. */
static void
mention_again(struct state *s, struct mdtl_event *e,
    const struct mdtl_sentence *sent)
{
	if (e->nmentions == 0 ||
	    e->mentions[e->nmentions - 1].span.start != sent->span.start)
		mdtl_extract_mention(s, e, sent);
}

/*
 * The last meeting the article told by that noun ("The summit ends
 * Monday", "who attended the two-day conference"), with gone one that
 * came before the news; or NULL.
 */
static struct mdtl_event *
told_by_noun(struct state *s, const char *noun, int gone)
{
	struct mdtl_event *e;
	size_t k;

	for (k = *s->n; k-- > s->start;) {
		e = &(*s->v)[k];
		if (e->type == MDTL_EVENT_SUMMIT && e->why_cue != NULL &&
		    cue_noun(e->why_cue, noun) && !(gone && after_news(s, e)))
			return e;
	}
	return NULL;
}

/*
 * A meeting named again with no date of its own ("his visit to
 * Azerbaijan", "the talks in Istanbul"): one more mention of the last
 * meeting the article told that fits, though others were told since;
 * "the talks" alone (bare) is the last one told, whoever the sentence
 * names; the occasion of words said ("told reporters after the talks"),
 * one gone by.  The meeting, or NULL.
 */
static struct mdtl_event *
retold(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_sentence *sent, const struct mdtl_place *place,
    int bare, int gone, const char *noun)
{
	struct mdtl_event *e;
	size_t k, named = *s->n;

	/* "The summit ends Monday": the last told by that noun, past a
	 * "Group of Eight meeting" told since */
	if (bare && noun != NULL && (e = told_by_noun(s, noun, gone)) != NULL)
		named = (size_t)(e - *s->v);
	for (k = named < *s->n ? named + 1 : *s->n; k-- > s->start;) {
		e = &(*s->v)[k];
		if (e->type != MDTL_EVENT_SUMMIT ||
		    (!bare && !fits(s, tg, e, place)))
			continue;
		if (gone && after_news(s, e))
			continue;
		/* "Ambassadors of the NATO-Russia Council met today ..., as
		 * agreed ... at the Lisbon Summit on 20 November 2010.
		 * Speaking after the meeting, ...": the news, not an aside
		 * on it */
		if (bare || gone)
			e = news_of_sentence(s, tg, e, place, bare, gone);
		mention_again(s, e, sent);
		return e;
	}
	return NULL;
}

/*
 * "told reporters after meeting Lavrov": a gerund of meeting with its
 * object, the occasion of words, is the last meeting gone by told with that
 * person (one more mention of it); or NULL.
 */
static struct mdtl_event *
met_again(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_sentence *sent, const struct mdtl_cue_tag *c)
{
	const struct mdtl_actor_tag *m;
	struct mdtl_event *e;
	size_t k, j, i = c->tok + c->ntok;

	if (!ends_in(tg->t[c->tok].norm, "ing", 4) || i >= tg->n)
		return NULL;
	if (is(&tg->t[i], "with"))
		i++;
	if ((m = mdtl_tags_actor_at(tg, i)) == NULL ||
	    m->actor->kind != MDTL_ACTOR_PERSON)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		e = &(*s->v)[k];
		if (e->type != MDTL_EVENT_SUMMIT || after_news(s, e))
			continue;
		for (j = 0; j < e->nactors; j++)
			if (e->actors[j].id == m->actor->id) {
				mdtl_extract_mention(s, e, sent);
				return e;
			}
	}
	return NULL;
}

/*
 * "for what the White House calls a relaxed visit": a free relative that
 * names the noun phrase at lo, "what", a few words and a verb of naming
 * (grammar list naming_verbs, "as" after it or not) right before it: the
 * token of "what", or lo.
 */
static size_t
named_so(const struct mdtl_tags *tg, size_t lo)
{
	size_t i = lo;

	if (i > 0 && is(&tg->t[i - 1], "as"))
		i--;
	if (i == 0 || !in_list(tg, &tg->t[i - 1], NAMING_VERBS))
		return lo;
	for (i--; i-- > 0 && lo - i <= 8;) {
		if (is(&tg->t[i], "what"))
			return i;
		if (tg->t[i].kind != MDTL_TOK_WORD && !is(&tg->t[i], "'s"))
			break;
	}
	return lo;
}

/*
 * The purpose a meeting's phrase at lo is the object of: "for" right before
 * it, or before a free relative that names it (named_so()), or an
 * infinitive a few words before ("to take part in a meeting"): its token,
 * or 0.
 */
static size_t
purpose_before(const struct mdtl_tags *tg, size_t lo)
{
	size_t i;

	lo = named_so(tg, lo);
	if (lo > 0 && is(&tg->t[lo - 1], "for"))
		return lo - 1;
	for (i = lo; i-- > 0 && lo - i <= 4;) {
		if (tg->t[i].kind != MDTL_TOK_WORD)
			return 0;
		if (infinitive(tg, i))
			return i;
	}
	return 0;
}

/*
 * "the talks" and nothing more, as a noun's phrase [lo, hi) or a verb's
 * object ("who attended the talks, said"): the last meeting told.
 */
static int
bare(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c, int verb,
    size_t lo, size_t hi)
{
	const struct mdtl_cue_tag *noun;
	size_t i = c->tok + c->ntok;

	if (verb)
		return i + 2 < tg->n && in_list(tg, &tg->t[i], DEFINITE) &&
		    (noun = mdtl_tags_cue_at(tg, i + 1)) != NULL &&
		    noun->kind == MDTL_PH_SUMMIT &&
		    tg->t[i + 2].kind == MDTL_TOK_PUNCT;
	/* "after the meeting.": the sentence's end is no word of it */
	while (hi > lo && tg->t[hi - 1].kind == MDTL_TOK_PUNCT)
		hi--;
	return hi - lo == 2 && in_list(tg, &tg->t[lo], DEFINITE);
}

/*
 * "the NATO-Russia Council meeting this afternoon", after "a two-day
 * meeting" of NATO's ministers that day: a body that names the meeting
 * at cue right before it, neither among e's actors nor the side of one,
 * makes it another.
 */
static int
other_body(const struct state *s, const struct mdtl_tags *tg, size_t cue,
    const struct mdtl_event *e)
{
	const struct mdtl_actor_tag *m = NULL;
	size_t k, j;

	for (k = 0; k < tg->nm; k++)
		if (tg->m[k].tok + tg->m[k].ntok == cue)
			m = &tg->m[k];
	if (m == NULL || m->weak || (m->actor->kind !=
	    MDTL_ACTOR_ORGANISATION && m->actor->kind != MDTL_ACTOR_GROUP))
		return 0;
	for (j = 0; j < e->nactors; j++) {
		const struct mdtl_actor *a = mdtl_extract_actor_any(s,
		    &e->actors[j]);

		if (a == m->actor || (a != NULL && side(a) == m->actor))
			return 0;
	}
	return 1;
}

/*
 * A meeting named again by its day ("Thursday's meeting", "the talks on
 * December 13"), its cue at cue, its phrase's words after it [from, to),
 * where the article has told one of that day, in the same place if this
 * names one, with its people if this names any and of its body if one
 * names it: one more mention of it, 1 when it
 * was.  One told with a date that holds the day ("next month's summit in
 * Lisbon", then "The summit will take place on November 19"; "a May
 * summit", then "the May 20-21 meeting") is it too, and takes the day.
 */
static int
same_day(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, size_t xi, const struct mdtl_place *place,
    size_t cue, size_t from, size_t to)
{
	const struct mdtl_timex *x = &tg->tx[xi];
	char value[24];
	long day, first, last;
	size_t k;

	if (x->date.gran < MDTL_GRAN_DAY)
		return 0;
	mdtl_date_format(&x->date, value, sizeof value);
	day = mdtl_date_day(&x->date);
	for (k = *s->n; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];
		int holds;

		if (e->type != MDTL_EVENT_SUMMIT ||
		    with_others(tg, from, to, e) || other_body(s, tg, cue, e))
			continue;
		mdtl_date_range(&e->date, &first, &last);
		/* (a period of its own: not one it took from words told
		 * there, "Makarov's words came at a conference") */
		holds = e->date.gran != MDTL_GRAN_NONE &&
		    e->date.gran < MDTL_GRAN_DAY && first <= day &&
		    day <= last && e->basis != MDTL_BASIS_INHERITED;
		/* in the same place, if this names one; "this week's G8
		 * summit", then "The G8 summit opens on Wednesday in ...
		 * Heiligendamm": the one of a period that holds the day takes
		 * it and its place (one of that day, placed nowhere, is
		 * another) */
		if (place != NULL && (e->location == NULL ? !holds :
		    strcmp(place->name, e->location) != 0))
			continue;
		if (strcmp(e->date_value, value) != 0 && !holds)
			continue;
		if (place != NULL && e->location == NULL)
			e->location = place->name;
		if (holds)
			mdtl_dating_set(s, tg, e, xi);
		mdtl_extract_mention(s, e, sent);
		return 1;
	}
	return 0;
}

/* "will end on Friday", "ends Tuesday": the day x is a meeting's last */
static int
ends_on(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t i = x->tok;

	if (i > 0 && is(&tg->t[i - 1], "on"))
		i--;
	return i > 0 && (is(&tg->t[i - 1], "end") || is(&tg->t[i - 1], "ends") ||
	    is(&tg->t[i - 1], "ended") || is(&tg->t[i - 1], "close"));
}

/*
 * The acts of sentence sent with no date of their own take w, as do their
 * speakers' next words with none; with who, only the acts who performs;
 * with cue, only those told by it.
 */
static void
acts_take(struct state *s, const struct mdtl_sentence *sent,
    const struct when *w, const struct mdtl_actor *who, const char *cue)
{
	size_t k;

	for (k = s->start; k < *s->n; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->span.start != sent->span.start ||
		    e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE ||
		    (e->basis != MDTL_BASIS_INHERITED &&
		    e->basis != MDTL_BASIS_PUBLICATION))
			continue;
		if (who != NULL && (e->nactors == 0 ||
		    strcmp(e->actors[0].id, who->id) != 0))
			continue;
		if (cue != NULL && (e->why_cue == NULL ||
		    strcmp(e->why_cue, cue) != 0))
			continue;
		mdtl_dating_when(e, w);
		mdtl_dating_occasion(s, e, 1);
	}
}

/*
 * "Zarif had presented a proposal at the opening session on Tuesday": the
 * acts of the sentence with no date of their own are of the day x of the
 * meeting they were told at.
 */
static void
acts_on(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, size_t x)
{
	struct mdtl_event day;
	struct when w;

	if (s->day != 0 && mdtl_date_day(&tg->tx[x].date) > s->day)
		return;
	memset(&day, 0, sizeof day);
	mdtl_dating_set(s, tg, &day, x);
	mdtl_dating_of(&day, &w);
	acts_take(s, sent, &w, NULL, NULL);
}

/*
 * "The meeting lasted about three hours, Peskov told reporters
 * afterwards": words said after the meeting the sentence names (by a
 * noun: not "Kislyak, who attended the speech, told reporters afterward").
 */
static int
said_afterwards(const struct mdtl_tags *tg)
{
	const struct mdtl_cue_tag *c;
	size_t i, k;

	for (i = 1; i < tg->n; i++)
		if (is(&tg->t[i], "afterwards") || is(&tg->t[i], "afterward"))
			for (k = i; k-- > 0 && i - k <= 3;)
				if ((c = mdtl_tags_cue_at(tg, k)) != NULL &&
				    c->kind == MDTL_PH_SPEECH)
					return 1;
	return 0;
}

/* Meeting m's date, inherited by words that have none, for why, into w. */
static void
day_of(const struct mdtl_event *m, const char *why, struct when *w)
{
	w->date = m->date;
	w->basis = MDTL_BASIS_INHERITED;
	w->text = m->date_text;
	w->why = why;
}

/*
 * "After the Sochi meeting, Aliyev said": the meeting named again is the
 * occasion of the sentence's words with no date of their own (with who,
 * those of who only), which take its day, as do the speaker's next words
 * with none; with month, a month of its own too.  With nth, its nth day
 * ("told a news conference after the first day of the summit"), counted
 * from its first.  With cue, only the acts told by it take it.
 */
static void
occasion_on_day(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_event *m, const struct mdtl_actor *who, int month,
    int nth, const char *cue)
{
	struct when w;

	/* a day gone by, not one to come; or with month, one the sentence
	 * dates, a month gone by ("urged the two sides at the G8 summit in
	 * Deauville last month") */
	if (m->date.gran < (month ? MDTL_GRAN_MONTH : MDTL_GRAN_DAY) ||
	    (m->date.gran < MDTL_GRAN_DAY && !mdtl_dating_gone_by(s,
	    &m->date)) ||
	    (s->day != 0 && mdtl_date_day(&m->date) > s->day))
		return;
	day_of(m, "no date in the sentence: the meeting named as its occasion",
	    &w);
	if (nth >= 1 && m->date.gran == MDTL_GRAN_DAY) {
		mdtl_civil_from_days(mdtl_date_day(&m->date) + nth - 1,
		    &w.date.year, &w.date.month, &w.date.day);
		w.why = "no date in the sentence: the day of the meeting named "
		    "as its occasion, counted from its first";
	} else if (m->days > 1) {
		/* "told reporters after the talks" of two days: their
		 * last */
		mdtl_dating_last_day(s, &m->date, m->days, &w.date);
		w.why = "no date in the sentence: the last day of the meeting "
		    "named as its occasion";
	}
	acts_take(s, sent, &w, who, cue);
}

static void
occasion_of_words(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_event *m, const struct mdtl_actor *who, int month)
{
	occasion_on_day(s, sent, m, who, month, 0, NULL);
}

/*
 * "met on the sidelines of the Group of Eight summit in Deauville, France,
 * where Medvedev said the issue could wreck relations": does a clause of
 * ", where" after the meeting's words from token i, no other boundary
 * between, hold words (said, warned, offered)?
 */
static int
where_words(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;

	for (; i + 1 < tg->n && (!boundary(&tg->t[i]) ||
	    is(&tg->t[i], ",")); i++)
		if (is(&tg->t[i], ",") && is(&tg->t[i + 1], "where"))
			break;
	if (i + 1 >= tg->n || !is(&tg->t[i + 1], "where"))
		return 0;
	for (i += 2; i < tg->n && !boundary(&tg->t[i]); i++)
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL && c->tok == i &&
		    !c->inquote && act_cue(c))
			return 1;
	return 0;
}

/*
 * "Ryabkov told Russian news agencies before the talks": the words of the
 * sentence with no date of their own, said before meeting m gone by, are
 * of its first day (the latest they can be).
 */
static void
words_before(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_event *m)
{
	struct when w;

	if (m->date.gran != MDTL_GRAN_DAY ||
	    (s->day != 0 && mdtl_date_day(&m->date) > s->day))
		return;
	day_of(m, "no date in the sentence: the first day of the meeting it "
	    "was said before", &w);
	acts_take(s, sent, &w, NULL, NULL);
}

/* "a deal has been reached", "the agreement was signed": told, in the past */
static int
passive_cue(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i;

	for (i = c->tok + 1; i + 1 < c->tok + c->ntok; i++)
		if ((is(&tg->t[i], "been") || is(&tg->t[i], "was") ||
		    is(&tg->t[i], "were")) && past_tense(&tg->t[i + 1]))
			return 1;
	return 0;
}

/*
 * "was among the issues discussed, a source said": a participle right
 * after the plural noun it tells of, with "the" before it, closing its
 * clause.
 */
static int
reduced_relative(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *n;
	size_t e = c->tok + c->ntok;

	if (c->ntok != 1 || c->tok < 2 || (e < tg->n &&
	    tg->t[e].kind != MDTL_TOK_PUNCT))
		return 0;
	n = &tg->t[c->tok - 1];
	return n->kind == MDTL_TOK_WORD && !(n->flags & MDTL_TOK_CAP) &&
	    ends_in(n->norm, "s", 3) && mdtl_tags_actor_at(tg, c->tok - 1) ==
	    NULL && mdtl_tags_cue_at(tg, c->tok - 1) == NULL &&
	    is(&tg->t[c->tok - 2], "the");
}

/*
 * "The deal was signed in Warsaw by ...", "the issue is expected to be
 * discussed", "the talks were later attended by", "The conference,
 * attended by officials from 50 countries, ...": a meeting's verb in the
 * passive, which tells what was done there, not who met.
 */
static int
passive_verb(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t a = c->tok;

	/* "were later attended by": an adverb between */
	if (a > 1 && tg->t[a - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[a - 1].flags & MDTL_TOK_CAP) &&
	    !in_list(tg, &tg->t[a - 1], PASSIVE_AUX) &&
	    !in_list(tg, &tg->t[a - 1], DETERMINERS) &&
	    in_list(tg, &tg->t[a - 2], PASSIVE_AUX))
		a--;
	return passive_cue(tg, c) || (a > 0 && past_tense(&tg->t[c->tok]) &&
	    (in_list(tg, &tg->t[a - 1], PASSIVE_AUX) ||
	    (is(&tg->t[a - 1], ",") && c->tok + c->ntok < tg->n &&
	    is(&tg->t[c->tok + c->ntok], "by")) || reduced_relative(tg, c)));
}

/*
 * "The two leaders met", "both sides held talks", "The sides discussed": a
 * subject that counts people (a title: 2) or a body of people (1) told of
 * before, or names them in the plural after "the", in the clause before
 * the meeting's cue at tok; 0 when none does.
 */
static int
pair_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_phrase *ph;
	size_t i, len;

	for (i = tok; i-- > 0 && tok - i <= 5;) {
		if (boundary(&tg->t[i]))
			return 0;
		if ((in_list(tg, &tg->t[i], COUNTING) || (is(&tg->t[i],
		    "the") && (i + 2 == tok || i == 0))) && i + 1 < tok &&
		    (ph = mdtl_lexicon_match(tg->lex, &tg->t[i + 1],
		    tg->n - i - 1, 1u << MDTL_PH_TITLE |
		    1u << MDTL_PH_COLLECTIVE, 0, &len)) != NULL &&
		    (!is(&tg->t[i], "the") || (len == 1 &&
		    ends_in(tg->t[i + 1].norm, "s", 4))))
			return ph->kind == MDTL_PH_TITLE ? 2 : 1;
	}
	return 0;
}

/*
 * "The presidents of Azerbaijan, Armenia and Russia agreed", "Iran and the
 * P5+1 agreed": two sides or more named in the clause before the verb at
 * tok (no other verb between), or a pair that pair_before() counts.
 */
static int
parties_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *first = NULL;
	size_t i;

	for (i = tok; i-- > 0;) {
		const struct mdtl_token *t = &tg->t[i];

		if ((boundary(t) && !is(t, ",")) || (t->kind == MDTL_TOK_WORD &&
		    !(t->flags & MDTL_TOK_CAP) && ends_in(t->norm, "ed", 4)) ||
		    mdtl_tags_cue_at(tg, i) != NULL)
			break;
		if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak)
			continue;
		if (first == NULL)
			first = side(m->actor);
		else if (side(m->actor) != first)
			return 1;
		i = m->tok;
	}
	return pair_before(tg, tok) != 0;
}

/*
 * "a fourth round of sanctions": a round (c) of something that is no
 * meeting, its noun within the five words after "of", before a
 * preposition or a boundary; not "a new round of Russian-US
 * consultations".
 */
static int
round_of_other(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *m;
	size_t k, of = c->tok + c->ntok;

	if (c->ntok != 1 || !in_list(tg, &tg->t[c->tok], ROUNDS) ||
	    of + 1 >= tg->n || !is(&tg->t[of], "of"))
		return 0;
	for (k = of + 1; k < tg->n && k <= of + 5; k++) {
		if ((m = mdtl_tags_cue_at(tg, k)) != NULL &&
		    m->kind == MDTL_PH_SUMMIT)
			return 0;
		if (boundary(&tg->t[k]) || (k > of + 1 &&
		    in_list(tg, &tg->t[k], PREPOSITIONS)))
			break;
	}
	return 1;
}

/*
 * "signed a plan of consultations between the two foreign ministries for
 * 2013-2014": a meeting noun at c a plan names (its modifiers between) is
 * no meeting.
 */
static int
planned_of(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok;

	while (i > 0 && c->tok - i < 3 && tg->t[i - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[i - 1].flags & MDTL_TOK_CAP) && !is(&tg->t[i - 1], "of"))
		i--;
	return i > 1 && is(&tg->t[i - 1], "of") &&
	    in_list(tg, &tg->t[i - 2], PLAN_NOUNS);
}

/*
 * "will walk away from missile defence talks with NATO", "pulled out of
 * the negotiations", "suspended the talks": a meeting noun at c that
 * talks left are, its modifiers between, no meeting.
 */
static int
talks_left(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok;

	while (i > 0 && c->tok - i < 4 && tg->t[i - 1].kind == MDTL_TOK_WORD &&
	    !in_list(tg, &tg->t[i - 1], LEAVING) &&
	    !in_list(tg, &tg->t[i - 1], PREPOSITIONS))
		i--;
	if (i > 1 && (is(&tg->t[i - 1], "from") || is(&tg->t[i - 1], "of")))
		i--;
	return i > 0 && in_list(tg, &tg->t[i - 1], LEAVING);
}

/*
 * "But talks stalled last year", "talks have since stalled": talks as a
 * process that stalled (grammar list stalling), no meeting; and so are
 * talks to be completed by a limit, past what they are on ("the talks on
 * the radar would be completed before the end of the year", grammar list
 * completing, then a limit's cue).
 */
static int
talks_stalled(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *d;
	size_t i = c->tok + c->ntok, k;

	/* (past their topic: "on the radar") */
	if (i < tg->n && (is(&tg->t[i], "on") || is(&tg->t[i], "about")))
		for (k = i + 1; k < tg->n && k <= i + 5 &&
		    tg->t[k].kind == MDTL_TOK_WORD; k++)
			if (in_list(tg, &tg->t[k], AUXILIARIES)) {
				i = k;
				break;
			}
	while (i < tg->n && (in_list(tg, &tg->t[i], AUXILIARIES) ||
	    in_list(tg, &tg->t[i], ACT_ADVERBS) || is(&tg->t[i], "since") ||
	    is(&tg->t[i], "be")))
		i++;
	if (i + 1 < tg->n && in_list(tg, &tg->t[i], COMPLETING) &&
	    (d = mdtl_tags_cue_at(tg, i + 1)) != NULL &&
	    d->kind == MDTL_PH_DEADLINE)
		return 1;
	return i < tg->n && in_list(tg, &tg->t[i], STALLING);
}

/*
 * e takes the participants of the last meeting told before it, of people
 * when pair is 2 ("the two leaders last met in Honolulu"; "the two sides
 * last met", 1, any), but its host when e is at another place: 1 if any.
 * A meeting noun of e's phrase besides its cue (noun, or NULL) and its
 * place say which ("The previous round of expert consultations was held
 * in Brussels": the last consultations told, else the last meeting
 * there).
 */
static int
last_meeting(struct state *s, struct mdtl_event *e, int pair,
    const struct mdtl_place *place, const char *noun)
{
	size_t k, i, people, sides, there = *s->n - 1;
	const struct mdtl_actor *host;

	for (k = *s->n - 1; noun != NULL && there == *s->n - 1 &&
	    k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_SUMMIT &&
		    (*s->v)[k].nactors > 0 && cue_noun((*s->v)[k].why_cue, noun))
			there = k;
	/* "The previous round in Geneva": of the last one held there,
	 * before any other */
	for (k = *s->n - 1; place != NULL && there == *s->n - 1 &&
	    k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_SUMMIT &&
		    (*s->v)[k].nactors > 0 && (*s->v)[k].location != NULL &&
		    strcmp((*s->v)[k].location, place->name) == 0)
			there = k;
	for (k = *s->n - 1; k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		if (m->type != MDTL_EVENT_SUMMIT || m->nactors == 0 ||
		    (there < *s->n - 1 && k != there))
			continue;
		for (i = people = sides = 0; i < m->nactors; i++) {
			const struct mdtl_actor *a = mdtl_extract_known(s,
			    &m->actors[i]);

			people += a != NULL && a->kind == MDTL_ACTOR_PERSON;
			sides += a != NULL && a->kind == MDTL_ACTOR_COUNTRY;
		}
		/* people counted: a meeting of two people, or of those of
		 * two countries ("The presidents of Azerbaijan and Armenia
		 * will meet") */
		if (pair == 2 && people < 2 && sides < 2)
			continue;
		/* not its host, if this one is elsewhere: unless one side
		 * met the host there, who is the other */
		host = place != NULL && m->location != NULL &&
		    strcmp(m->location, place->name) != 0 ?
		    host_named(s->lex, m->location) : NULL;
		if (host != NULL && sides_but(s, m, host) == 1)
			host = NULL;
		for (i = 0; i < m->nactors; i++) {
			const struct mdtl_actor *a;

			if (host != NULL && strcmp(host->id, m->actors[i].id) == 0)
				continue;
			mdtl_extract_actor_of(s, e, &m->actors[i]);
			/* "Talks between the two delegations": the people's
			 * sides meet too */
			if ((a = mdtl_extract_known(s, &m->actors[i])) != NULL &&
			    a->kind == MDTL_ACTOR_PERSON &&
			    (a = mdtl_actor_side_on(a, s->day))->kind ==
			    MDTL_ACTOR_COUNTRY && a != host)
				mdtl_extract_actor(s, e, a,
				    MDTL_ROLE_PARTICIPANT);
		}
		return 1;
	}
	return 0;
}

/*
 * "will meet in Chicago on Sunday and Monday for a summit": the date x
 * joined by "and" to one a meeting took is another of its days.
 */
static int
days_of_first(const struct mdtl_tags *tg, int x)
{
	size_t i = tg->tx[x].tok, k;

	if (i < 2 || !is(&tg->t[i - 1], "and"))
		return 0;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok == i - 1 &&
		    tg->tx_used[k] == TX_MEETING)
			return 1;
	return 0;
}

/*
 * "held talks in Geneva on Monday and Tuesday": the days a meeting's date
 * x and the day joined to it by "and", the next, make (2), or 0.
 */
static int
and_next_day(const struct mdtl_tags *tg, int x)
{
	const struct mdtl_timex *a = &tg->tx[x];
	size_t e = a->tok + a->ntok, k;

	if (a->date.gran != MDTL_GRAN_DAY || e + 1 >= tg->n ||
	    !is(&tg->t[e], "and"))
		return 0;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok == e + 1 &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY &&
		    mdtl_date_day(&tg->tx[k].date) ==
		    mdtl_date_day(&a->date) + 1)
			return 2;
	return 0;
}

/*
 * "would be in Washington on Monday and Tuesday to meet senators": the
 * first of two days joined by "and" (and_next_day()) when the meeting's
 * date x is the second (its cue after them, nearer the second); else x.
 */
static int
first_of_pair(const struct mdtl_tags *tg, int x)
{
	size_t k;

	for (k = 0; x >= 0 && k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok + 1 == tg->tx[x].tok &&
		    and_next_day(tg, (int)k) && mdtl_dating_free(tg, k))
			return (int)k;
	return x;
}

/*
 * The preposition of the occasion a meeting noun phrase opening at lo is
 * in, past its frames: "at" in "at the end of the first day of the
 * two-day summit", "on" in "on the sidelines of the summit"; or NULL.
 */
static const struct mdtl_token *
occasion_prep(const struct mdtl_tags *tg, size_t lo)
{
	size_t i = lo, k;

	while (i >= 3 && is(&tg->t[i - 1], "of") &&
	    in_list(tg, &tg->t[i - 2], OCCASION_FRAMES)) {
		/* the frame's determiner and modifiers: "the first day" */
		for (k = i - 2; k > 0 && i - 2 - k < 3 &&
		    tg->t[k - 1].kind == MDTL_TOK_WORD &&
		    !(tg->t[k - 1].flags & MDTL_TOK_CAP) &&
		    !is(&tg->t[k - 1], "of") &&
		    !in_list(tg, &tg->t[k - 1], OCCASION_PREPS); k--)
			;
		i = k;
	}
	return i > 0 ? &tg->t[i - 1] : NULL;
}

/* "after", or "following" as its preposition ("Following the meeting,
 * the co-chairs said"). */
static int
after_word(const struct mdtl_token *t)
{
	return is(t, "after") || is(t, "following");
}

/* Where the clause of token tok starts: after the last boundary before
 * it (a comma, a semicolon, a colon, a quotation mark, "that"), or at 0. */
static size_t
clause_start(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i > 0; i--)
		if (boundary(&tg->t[i - 1]))
			return i;
	return 0;
}

static const char lapse_undated_why[] = "a meeting a lapse of no number "
    "before the act told: no date";

/*
 * "days after the alliance's defence ministers met": a lapse of no number
 * (grammar list vague_lapses), then "after" or "before", opening the clause
 * of the cue at tok?  1, or MDTL_LAPSE_HOURS for one of hours ("hours
 * after Washington and Prague signed a deal": the same day), or 0.
 */
int
mdtl_meeting_vague_lapse(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 1 && !boundary(&tg->t[i]);)
		if (is(&tg->t[i], "after") || is(&tg->t[i], "before"))
			return !in_list(tg, &tg->t[i - 1], VAGUE_LAPSES) ? 0 :
			    is(&tg->t[i - 1], "hours") ? MDTL_LAPSE_HOURS : 1;
	return 0;
}

/* "the co-chairs would arrive in the region next week": "the region" at
 * token i, where the story is; or a city named again by its country's
 * demonym: "is expected to arrive in the Turkish city on Friday" */
static int
the_region(const struct mdtl_tags *tg, size_t i)
{
	if (i + 1 >= tg->n || !is(&tg->t[i], "the"))
		return 0;
	if (is(&tg->t[i + 1], "region"))
		return 1;
	return i + 2 < tg->n && (tg->t[i + 1].flags & MDTL_TOK_CAP) &&
	    in_list(tg, &tg->t[i + 2], PLACE_NOUNS);
}

/*
 * A meeting noun after an occasion's preposition and a determiner ("at a
 * meeting", "during the talks") later in the clause of the meeting verb
 * at c?
 */
static int
meeting_at_after(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *m;
	size_t i;

	for (i = c->tok + c->ntok + 2; i < tg->n && !boundary(&tg->t[i - 1]);
	    i++)
		if ((m = mdtl_tags_cue_at(tg, i)) != NULL && m->tok == i &&
		    m->kind == MDTL_PH_SUMMIT &&
		    in_list(tg, &tg->t[i - 1], DETERMINERS) &&
		    in_list(tg, &tg->t[i - 2], OCCASION_PREPS) &&
		    !in_list(tg, &tg->t[i - 1], DEFINITE))
			return 1;
	return 0;
}

/* "is to fly to Bulgaria": a country the data knows as an actor, at i */
static int
country_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, i);

	return m != NULL && m->tok == i && !m->weak &&
	    m->actor->kind == MDTL_ACTOR_COUNTRY;
}

/*
 * "The co-chairs of the OSCE Minsk Group arrived": people in the clause
 * before the verb at tok, one the data knows that is no country, or a
 * title or a collective; not "A US Patriot missile battery arrived", nor
 * an aside on one ("Rice, who arrived in Prague on Monday evening, will
 * travel"), whose visit the sentence tells by other words if at all.
 */
static int
travellers_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t i = clause_start(tg, tok), k, len;

	if (i < tok && is(&tg->t[i], "who"))
		return 0;
	/* "The US Missile Defense Agency chief, Lt. Gen. Henry Obering, is
	 * due in Prague": back over the subject's apposition, when only
	 * auxiliaries stand between it and the verb */
	for (k = i; k < tok && in_list(tg, &tg->t[k], AUXILIARIES); k++)
		;
	if (k == tok && i >= 2 && is(&tg->t[i - 1], ","))
		i = clause_start(tg, i - 1);
	for (k = i; k < tok; k++) {
		if ((m = mdtl_tags_actor_at(tg, k)) != NULL && !m->weak &&
		    m->actor->kind != MDTL_ACTOR_COUNTRY)
			return 1;
		if (mdtl_lexicon_match(tg->lex, &tg->t[k], tok - k,
		    1u << MDTL_PH_TITLE | 1u << MDTL_PH_COLLECTIVE, 0,
		    &len) != NULL)
			return 1;
	}
	return 0;
}

/*
 * "A decision is expected by June, when NATO and Russian defence ministers
 * meet": the date a "when" clause holding token tok follows (a limit's
 * too), or -1.
 */
static int
when_clause(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_timex *x;
	size_t i = clause_start(tg, tok);

	if (i < 2 || i >= tok || !is(&tg->t[i], "when") ||
	    !is(&tg->t[i - 1], ",") ||
	    (x = mdtl_tags_timex_at(tg, i - 2)) == NULL ||
	    !mdtl_dating_dated(x) || (tg->tx_used[x - tg->tx] &&
	    tg->tx_used[x - tg->tx] != TX_DEADLINE))
		return -1;
	return (int)(x - tg->tx);
}

static int
denial(const struct mdtl_token *t)
{
	return is(t, "no") || is(t, "not") || is(t, "never");
}

/* Is a date told after token tok in its clause? */
static int
dated_after(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->ntx; i++)
		if (tg->tx[i].tok > tok && mdtl_dating_dated(&tg->tx[i]))
			return clause_start(tg, tg->tx[i].tok) <= tok;
	return 0;
}

/* Is a date told within twelve tokens from tok, no boundary but commas
 * between ("may meet ..., Leon Panetta, in the autumn"), and no limit
 * ("may sign a new agreement ... before the end of the year")? */
static int
dated_near(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_timex *x;
	size_t i;

	for (i = tok; i < tg->n && i < tok + 12; i++) {
		if ((x = mdtl_tags_timex_at(tg, i)) != NULL)
			return mdtl_dating_dated(x) &&
			    tg->tx_used[x - tg->tx] != TX_DEADLINE;
		if (boundary(&tg->t[i]) && !is(&tg->t[i], ","))
			return 0;
	}
	return 0;
}

/*
 * "the NATO-Russia Council meeting in Lisbon on Nov. 20": a meeting named
 * with "the" and dated in its clause, which is, whatever is asked of it
 * ("whether he will attend ..."; not "whether a further meeting was
 * warranted").
 */
static int
named_dated(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok;

	while (i > 0 && ((tg->t[i - 1].flags & MDTL_TOK_CAP) ||
	    is(&tg->t[i - 1], "-")))
		i--;
	return i > 0 && is(&tg->t[i - 1], "the") && dated_after(tg, tok);
}

/*
 * "could withdraw from the treaty if no agreement was reached": a meeting
 * denied ("no", "would not resume talks"), supposed (a condition before
 * it in its clause), asked about ("whether a meeting was warranted") or
 * offered ("is ready to continue negotiations") is none.
 */
/* "during", "at": a preposition of the occasion an act took place at */
static int
during_at(const struct mdtl_token *t)
{
	return is(t, "during") || is(t, "at");
}

/*
 * "had hoped to hold a NATO-Russia summit", "hoped to meet": a meeting the
 * object of a wish's infinitive (or its verb); "declined an invitation to
 * a separate meeting", "an invitation from Ahmadinejad to Aliyev to visit
 * Tehran", "was ready for a summit", "open to talks": one offered.  Not
 * "wants to declare a capability at its summit in Chicago", a meeting past
 * a preposition, nor "accepted an invitation to NATO's summit in Lisbon",
 * a meeting of its own.
 */
static int
wished(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i, j;

	/* "conveyed an invitation from Ahmadinejad to Aliyev to visit
	 * Tehran": the infinitive of an invitation, in its clause */
	if (c->tok > 1 && is(&tg->t[c->tok - 1], "to"))
		for (i = c->tok - 1; i-- > 0 && c->tok - i <= 14 &&
		    !boundary(&tg->t[i]);)
			if (in_list(tg, &tg->t[i], INVITATIONS))
				return 1;
	for (i = c->tok >= 8 ? c->tok - 8 : 0; i + 1 < c->tok; i++) {
		/* "We hope that the presidents will meet before the end of
		 * the year": a meeting the verb of a wish's clause tells */
		if (in_list(tg, &tg->t[i], WISHES) && is(&tg->t[i + 1], "that") &&
		    meeting_verb(tg, c) && clear_between(tg, i + 2, c->tok))
			return 1;
		if (in_list(tg, &tg->t[i], WISHES) && is(&tg->t[i + 1], "to"))
			j = i + 3;	/* past the infinitive's verb */
		else if ((in_list(tg, &tg->t[i], INVITATIONS) ||
		    in_list(tg, &tg->t[i], READINESS)) &&
		    (is(&tg->t[i + 1], "to") || is(&tg->t[i + 1], "for")) &&
		    i + 2 < c->tok && (is(&tg->t[i + 2], "a") ||
		    is(&tg->t[i + 2], "an")))
			j = i + 2;
		/* "ready for talks"; not a thing's readiness in the passive
		 * with a day in its clause, its signing to come: "The
		 * Convention ... is ready to be signed by the heads of state
		 * in Aktau on Sunday" */
		else if (in_list(tg, &tg->t[i], READINESS) && i + 2 == c->tok &&
		    (is(&tg->t[i + 1], "to") || is(&tg->t[i + 1], "for")) &&
		    !(in_list(tg, &tg->t[c->tok], PASSIVE_AUX) &&
		    dated_after(tg, c->tok)))
			return 1;
		else
			continue;
		if (j > c->tok)
			return 1;	/* "hoped to meet" */
		for (; j < c->tok; j++)
			if ((tg->t[j].kind != MDTL_TOK_WORD &&
			    !is(&tg->t[j], "-")) ||
			    in_list(tg, &tg->t[j], PREPOSITIONS) ||
			    (mdtl_tags_cue_at(tg, j) != NULL &&
			    mdtl_tags_cue_at(tg, j)->kind != MDTL_PH_SUMMIT))
				break;
		if (j == c->tok)
			return 1;
	}
	return 0;
}

/*
 * "had not set a date for a new meeting", "no date has been set for the
 * next round", "to attend an informal meeting ..., but no date had been
 * set": a meeting for which no date is given is none yet.
 */
static int
no_date_for(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i, f;

	/* "..., but no date had been set": the clause after the meeting's */
	for (i = c->tok + c->ntok; i + 1 < tg->n; i++)
		if (is(&tg->t[i - 1], "but") && is(&tg->t[i], "no") &&
		    is(&tg->t[i + 1], "date"))
			return 1;

	for (f = c->tok; f-- > 0 && c->tok - f <= 4 && !is(&tg->t[f], "for");)
		if (tg->t[f].kind != MDTL_TOK_WORD)
			return 0;
	if (f == (size_t)-1 || c->tok - f > 4)
		return 0;
	for (i = f; i-- > 0 && f - i <= 6 && !boundary(&tg->t[i]);)
		if (is(&tg->t[i], "date"))
			return (i > 0 && denial(&tg->t[i - 1])) ||
			    (i > 1 && denial(&tg->t[i - 2])) ||
			    (i > 2 && denial(&tg->t[i - 3]));
	return 0;
}

/*
 * "a meeting between Putin and Rasmussen was not on the agenda", "the
 * talks will not take place": an auxiliary and a denial after a meeting's
 * noun (from token i, in its clause), then within three words one of
 * grammar list scheduling_words?
 */
static int
unscheduled(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (; i + 2 < tg->n && !boundary(&tg->t[i]); i++)
		if (in_list(tg, &tg->t[i], AUXILIARIES) &&
		    denial(&tg->t[i + 1])) {
			for (k = i + 2; k < tg->n && k <= i + 5 &&
			    !boundary(&tg->t[k]); k++)
				if (in_list(tg, &tg->t[k], SCHEDULING_WORDS))
					return 1;
			return 0;
		}
	return 0;
}

static int
hypothetical(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *k;
	size_t i;
	int occasion;

	/* "no agreement", "will not hold talks", "would not resume talks",
	 * "is not holding any talks" */
	if (c->tok > 0 && denial(&tg->t[c->tok - 1]))
		return 1;
	if (c->tok > 2 && is(&tg->t[c->tok - 1], "any") &&
	    (denial(&tg->t[c->tok - 2]) || denial(&tg->t[c->tok - 3])))
		return 1;
	if (c->tok > 1 && denial(&tg->t[c->tok - 2]) &&
	    tg->t[c->tok - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[c->tok - 1].flags & MDTL_TOK_CAP) &&
	    !in_list(tg, &tg->t[c->tok - 1], DETERMINERS))
		return 1;
	/* "if no agreement was reached by the NATO summit in Chicago": the
	 * meeting a limit names is not what is supposed */
	for (i = c->tok; i-- > 0 && c->tok - i <= 4 &&
	    tg->t[i].kind == MDTL_TOK_WORD;)
		if (is(&tg->t[i], "by") || is(&tg->t[i], "before") ||
		    is(&tg->t[i], "until"))
			return 0;
	/* "made the proposal on Thursday during talks with Bush": where an
	 * offer was made, not what it offers (and a cue that opens with its
	 * preposition: "made at the NATO-Russia Council") */
	occasion = during_at(&tg->t[c->tok]) ||
	    (c->tok > 0 && during_at(&tg->t[c->tok - 1])) ||
	    (c->tok > 1 && in_list(tg, &tg->t[c->tok - 1], DETERMINERS) &&
	    during_at(&tg->t[c->tok - 2]));
	/* "made the offer after two days of talks with President Bush" */
	for (i = c->tok; !occasion && i-- > 0 && c->tok - i <= 4 &&
	    tg->t[i].kind != MDTL_TOK_PUNCT;)
		occasion = is(&tg->t[i], "after");
	if (wished(tg, c) || no_date_for(tg, c))
		return 1;
	/* "There is no point in holding a summit", "no need for talks" */
	for (i = clause_start(tg, c->tok); i + 2 < c->tok; i++)
		if (denial(&tg->t[i]) &&
		    in_list(tg, &tg->t[i + 1], PURPOSE_NOUNS) &&
		    (is(&tg->t[i + 2], "in") || is(&tg->t[i + 2], "for") ||
		    is(&tg->t[i + 2], "to")))
			return 1;
	/* "Azerbaijan and Russia may sign a new agreement ...": one
	 * possible, none told; but one with a date of its own is planned:
	 * "Serdyukov may meet the new U.S. Secretary of Defense, Leon
	 * Panetta, in the autumn" */
	if (c->tok > 0 && (is(&tg->t[c->tok - 1], "may") ||
	    is(&tg->t[c->tok - 1], "might")) && meeting_verb(tg, c) &&
	    !dated_near(tg, c->tok + c->ntok))
		return 1;
	/* "a meeting between Putin and Rasmussen was not on the agenda":
	 * one denied its schedule */
	if (!meeting_verb(tg, c) && unscheduled(tg, c->tok + c->ntok))
		return 1;
	/* "the talks were unlikely to take place before December" */
	for (i = c->tok + c->ntok; i + 1 < tg->n && i <= c->tok + c->ntok + 3 &&
	    !boundary(&tg->t[i]); i++)
		if (is(&tg->t[i], "unlikely") && is(&tg->t[i + 1], "to"))
			return 1;
	for (i = clause_start(tg, c->tok); i < c->tok; i++)
		if ((in_list(tg, &tg->t[i], QUESTIONS) &&
		    !named_dated(tg, c->tok)) ||
		    ((k = mdtl_tags_cue_at(tg, i)) != NULL &&
		    (k->kind == MDTL_PH_CONDITION || (!occasion &&
		    /* "is ready to continue negotiations": offered; "is
		     * ready to host a round of talks" too, but "offered to
		     * host a forum in 2015", one with a date, is to come;
		     * and "is ready to be signed by the heads of state in
		     * Aktau on Sunday", a thing's readiness, no offer, and
		     * with a day in its clause, a signing to come */
		    k->kind == MDTL_PH_OFFER && !(k->tok + k->ntok ==
		    c->tok && in_list(tg, &tg->t[c->tok], PASSIVE_AUX) &&
		    dated_after(tg, c->tok)) &&
		    (k->tok + k->ntok + 2 >= c->tok || (k->tok + k->ntok +
		    4 >= c->tok && !dated_after(tg, c->tok)))))))
			return 1;
	/* "called for talks on a trans-Caspian gas pipeline at the
	 * summit": talks an appeal asks for ("... for", or grammar list
	 * appeal_verbs), its object; not "what Rogozin called the talks" */
	for (i = c->tok; i-- > 0 && c->tok - i <= 3 &&
	    tg->t[i].kind == MDTL_TOK_WORD;)
		if ((k = mdtl_tags_cue_at(tg, i)) != NULL &&
		    k->kind == MDTL_PH_SPEECH &&
		    k->tok + k->ntok + 1 >= c->tok &&
		    (in_list(tg, &tg->t[k->tok], APPEAL_VERBS) ||
		    (k->ntok > 1 && is(&tg->t[k->tok + k->ntok - 1], "for"))))
			return 1;
	/* "proposed that the talks be held in Turkey": what an offer
	 * proposes, past its "that" */
	i = clause_start(tg, c->tok);
	return !occasion && i >= 2 && i + 3 >= c->tok &&
	    is(&tg->t[i - 1], "that") &&
	    (k = mdtl_tags_cue_at(tg, i - 2)) != NULL &&
	    k->kind == MDTL_PH_OFFER;
}

/*
 * "signed the deal", "The agreement was signed", "attended the summit": a
 * cue c that names its meeting as one told before, by "the" in it, a
 * definite determiner right before it, or one before a meeting's noun
 * right after it.
 */
static int
definite_cue(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_cue_tag *noun;
	size_t i, e = c->tok + c->ntok;

	for (i = 0; i < c->ph->ntok; i++)
		if (strcmp(c->ph->tok[i], "the") == 0)
			return 1;
	return (c->tok > 0 && in_list(tg, &tg->t[c->tok - 1], DEFINITE)) ||
	    (e + 1 < tg->n && in_list(tg, &tg->t[e], DEFINITE) &&
	    (noun = mdtl_tags_cue_at(tg, e + 1)) != NULL &&
	    noun->kind == MDTL_PH_SUMMIT);
}

/*
 * "Clinton and Baconschi signed the deal at the State Department", after
 * "The United States and Romania signed an agreement on Tuesday": a
 * meeting e told in the past as one told before, with no day of its own
 * and no place other than that one's (place), each of whose sides was at
 * the meeting told last (or in its place, when it named none), is that
 * one; or NULL.
 */
static struct mdtl_event *
met_before(struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	struct mdtl_event *m = last_summit(s, *s->n - 1);
	size_t i, j, known = 0;

	if (m == NULL || (place != NULL && m->location != NULL &&
	    strcmp(m->location, place->name) != 0))
		return NULL;
	/* "The leaders of five nations bordering the Caspian Sea signed a
	 * landmark agreement" under an Aktau dateline, then "Putin, who
	 * attended the summit in the Kazakh port of Aktau": one whose people
	 * were not named, in that place */
	if (m->nactors == 0)
		return place != NULL && m->location != NULL ? m : NULL;
	for (i = 0; i < e->nactors; i++) {
		const struct mdtl_actor *a = mdtl_extract_actor_any(s, &e->actors[i]);

		/* (a person the data does not know has no side to tell:
		 * "Romanian Foreign Minister Teodor Baconschi") */
		if (a != NULL && a->kind == MDTL_ACTOR_PERSON &&
		    mdtl_extract_known(s, &e->actors[i]) == NULL)
			continue;
		for (j = 0; j < m->nactors; j++) {
			const struct mdtl_actor *b = mdtl_extract_actor_any(s, &m->actors[j]);

			if (a == b || (a != NULL && b != NULL &&
			    side(a) == side(b)))
				break;
		}
		if (j == m->nactors)
			return NULL;
		known++;
	}
	return known > 0 ? m : NULL;
}

/* Is x a day to come, or a month or week all to come ("would continue
 * consultations in July", said on June 29), after the day of meeting
 * first, or after all its week ("who skipped the G8 summit last week, is
 * due to meet Obama in Mexico next month")? */
static int
to_come_after(const struct state *s, const struct mdtl_event *first,
    const struct mdtl_timex *x)
{
	long d, last, from, to;

	if (x->date.gran < MDTL_GRAN_MONTH || first->date.gran < MDTL_GRAN_WEEK)
		return 0;
	mdtl_date_range(&x->date, &d, &last);
	mdtl_date_range(&first->date, &from, &to);
	return d > to && s->day != 0 && d > s->day;
}

/*
 * "on the second day of his visit": the day of its days the meeting
 * phrase opening at lo is told on (2), or 0.
 */
static int
nth_day_of(const struct mdtl_tags *tg, size_t lo)
{
	int nth;

	if (lo < 4 || !is(&tg->t[lo - 1], "of") || !is(&tg->t[lo - 2], "day") ||
	    !is(&tg->t[lo - 4], "the") ||
	    (nth = mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DAY_ORDINALS,
	    &tg->t[lo - 3])) < 1)
		return 0;
	return nth;
}

/* Talks of ndays that ended on e's day: their first day. */
static void
first_day(struct mdtl_event *e, int ndays, const char *why)
{
	long d;

	if (ndays <= 1 || e->date.gran != MDTL_GRAN_DAY)
		return;
	d = mdtl_date_day(&e->date);
	e->days = ndays;
	mdtl_civil_from_days(d - (ndays - 1), &e->date.year, &e->date.month,
	    &e->date.day);
	mdtl_date_format(&e->date, e->date_value, sizeof e->date_value);
	e->basis = MDTL_BASIS_RELATIVE;
	e->why_date = why;
}

/*
 * A meeting with no date of its own, told of on day (the day its words
 * were said, or the story's): its day, or its first when it lasted ndays
 * and ends as told ("after two days of talks").
 */
static const char told_on_why[] = "no date of its own: the day it was told "
    "of";

static void
told_on(struct mdtl_event *e, const struct when *day, int ndays)
{
	mdtl_dating_when(e, day);
	e->why_date = told_on_why;
	first_day(e, ndays, "talks of several days that end when told of: "
	    "their first day");
}

void
mdtl_meeting_told_on(struct state *s, size_t first, const struct when *w)
{
	size_t k;

	for (k = first; k < *s->n; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT && e->why_date == told_on_why &&
		    e->basis == MDTL_BASIS_PUBLICATION)
			told_on(e, w, 0);
	}
}

/* A meeting: one a sentence, with a date, a place or an article of its own. */
/* A meeting cue's phrase and what it says of the meeting. */
struct phrase {
	const struct mdtl_cue_tag *c;
	int		 verb;		/* a meeting verb, not a noun */
	int		 told;		/* "X met Y": a meeting told */
	size_t		 lo, hi;	/* its tokens */
	int		 det_ok;	/* "a summit": one of its own */
	int		 possessive;	/* "their meeting" */
	int		 ours;		/* "our summit" */
	size_t		 gap_lo, gap_hi;	/* not its words: "The
					   consultations, the first since the
					   summit in Lisbon in November 2010,
					   will be held on January 24" */
};

/*
 * "after meeting with Kerry for a second day", "for the third straight
 * day": the day of its days the meeting phrase ph (or the words right
 * after it) tells it on (2, 3), or 0.
 */
static int
nth_day_after(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;
	int nth;

	for (i = ph->c->tok + ph->c->ntok; i < ph->hi && !is(&tg->t[i], "for");
	    i++)
		;
	if (i + 3 >= tg->n || !is(&tg->t[i], "for") ||
	    !(is(&tg->t[i + 1], "a") || is(&tg->t[i + 1], "the")) ||
	    (nth = mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DAY_ORDINALS,
	    &tg->t[i + 2])) < 2)
		return 0;
	i += 3;
	if (is(&tg->t[i], "straight") || is(&tg->t[i], "consecutive"))
		i++;
	return i < tg->n && is(&tg->t[i], "day") ? nth : 0;
}

/*
 * "since Putin's return to the Kremlin on the sidelines of": the end of a
 * phrase of "since" at token i with no date in it, an occasion's frame
 * right after it ("on the sidelines of"); or i.
 */
static size_t
since_frame(const struct mdtl_tags *tg, size_t i)
{
	size_t j;

	for (j = i + 1; j + 2 < tg->n && j <= i + 10; j++) {
		if (mdtl_tags_timex_at(tg, j) != NULL || boundary(&tg->t[j]))
			return i;
		if ((is(&tg->t[j], "on") || is(&tg->t[j], "at")) &&
		    is(&tg->t[j + 1], "the") &&
		    in_list(tg, &tg->t[j + 2], OCCASION_FRAMES))
			return j > i + 1 ? j : i;
	}
	return i;
}

/*
 * "on the eve of the NATO-Russia Council meeting ... on April 19": a
 * meeting whose phrase at lo "the eve of" opens is no occasion of its
 * people's words, the eve is.
 */
static int
after_eve(const struct mdtl_tags *tg, size_t lo)
{
	size_t k;

	for (k = lo; k-- > 0 && lo - k <= 3;)
		if (is(&tg->t[k], "of") && k > 0 && is(&tg->t[k - 1], "eve"))
			return 1;
	return 0;
}

/* Is token tok in the words between a meeting's noun and its verb? */
static int
in_gap(const struct phrase *ph, size_t tok)
{
	return tok >= ph->gap_lo && tok < ph->gap_hi;
}

/*
 * "Mammadyarov, who is on a working visit to Moscow, met with Lavrov on
 * April 5": a meeting in a relative clause on a person, right before a
 * meeting verb of the main clause, is the stay that meeting was held
 * during, no other.
 */
static int
stay_of(const struct mdtl_tags *tg, size_t k)
{
	size_t i = clause_start(tg, tg->c[k].tok), j;

	if (i == 0 || !is(&tg->t[i - 1], ",") || !is(&tg->t[i], "who"))
		return 0;
	/* the verb right after the clause's closing comma */
	for (i = tg->c[k].tok; i < tg->n && !is(&tg->t[i], ","); i++)
		;
	for (j = k + 1; j < tg->nc; j++)
		if (tg->c[j].tok == i + 1)
			return tg->c[j].kind == MDTL_PH_SUMMIT &&
			    meeting_verb(tg, &tg->c[j]);
	return 0;
}

/*
 * Where an aside set off by dashes or brackets that opens at token i ends
 * (the token after it), or i: "the so-called P5+1 - the United States,
 * Russia, China, Britain, France and Germany - ended".
 */
static size_t
aside_end(const struct mdtl_tags *tg, size_t i)
{
	const char *close;
	size_t k;

	if (is(&tg->t[i], "("))
		close = ")";
	else if (is(&tg->t[i], "-") && (tg->t[i].flags & MDTL_TOK_SPACE))
		close = "-";
	else
		return i;
	for (k = i + 1; k < tg->n && k <= i + 24; k++)
		if (is(&tg->t[k], close))
			return k + 1;
	return i;
}

/* "held", "take place", "took place": a meeting held, at token i? */
static int
held_at(const struct mdtl_tags *tg, size_t i)
{
	return is(&tg->t[i], "held") || (is(&tg->t[i], "place") && i > 0 &&
	    (is(&tg->t[i - 1], "take") || is(&tg->t[i - 1], "took") ||
	    is(&tg->t[i - 1], "takes")));
}

/*
 * "The summit, hosted by Russian President Dmitry Medvedev, ended late on
 * June 24": a verb in the past that ends or opens a meeting (grammar lists
 * days_ended, opening_verbs) right after the comma that closes an aside,
 * at i?
 */
static int
aside_then_end(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];

	return i > 0 && is(&tg->t[i - 1], ",") &&
	    (in_list(tg, t, DAYS_ENDED) || in_list(tg, t, OPENING_VERBS)) &&
	    (ends_in(t->norm, "ed", 3) || is(t, "began")) &&
	    /* (not the aside's own participle: ", hosted by Medvedev,") */
	    !(i + 1 < tg->n && is(&tg->t[i + 1], "by"));
}

/* "hold", "holds": the verb a meeting noun after it is the object of */
static int
hold_verb(const struct mdtl_token *t)
{
	return is(t, "hold") || is(t, "holds");
}

/* Is token i another meeting's cue, the subject of a "held" after it
 * with no comma between ("a meeting of defence ministers was held")? */
static int
held_by_other(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *cue = mdtl_tags_cue_at(tg, i);
	size_t j;

	if (cue == NULL || cue->kind != MDTL_PH_SUMMIT || cue->tok != i ||
	    held_at(tg, i))
		return 0;
	for (j = i + cue->ntok; j < tg->n && !boundary(&tg->t[j]); j++)
		if (held_at(tg, j))
			return 1;
	return 0;
}

/*
 * The place named at token i, tagged as one or as its country ("and Paris
 * on Tuesday"); *end past it.  NULL when none is.
 */
static const struct mdtl_place *
place_tag_at(const struct mdtl_tags *tg, size_t i, size_t *end)
{
	const struct mdtl_phrase *ph;
	size_t k, len;

	for (k = 0; k < tg->np; k++)
		if (tg->p[k].tok == i) {
			*end = i + tg->p[k].ntok;
			return tg->p[k].place;
		}
	if (i < tg->n && (ph = mdtl_lexicon_match(tg->lex, &tg->t[i],
	    tg->n - i, 1u << MDTL_PH_PLACE, 0, &len)) != NULL) {
		*end = i + len;
		return ph->target;
	}
	return NULL;
}

/*
 * "a visit to Kennebunkport, Maine, earlier this month", "at the
 * International Conference on Missile Defence, Moscow, 3 May 2012": does
 * the comma at i close the apposition of a place (a few capitalised words
 * after a place and its comma, or a place itself), a date after it?  The
 * date is the phrase's.
 */
static int
apposition_dated(const struct mdtl_tags *tg, size_t i)
{
	size_t j = i, end;

	while (j > 0 && i - j < 3 && tg->t[j - 1].kind == MDTL_TOK_WORD &&
	    (tg->t[j - 1].flags & MDTL_TOK_CAP))
		j--;
	return j < i && j >= 2 && is(&tg->t[j - 1], ",") &&
	    (mdtl_tags_place_at(tg, j - 2) ||
	    (place_tag_at(tg, j, &end) != NULL && end == i)) &&
	    i + 1 < tg->n && mdtl_tags_timex_at(tg, i + 1) != NULL;
}

/* The end of a noun's phrase from token i: 24 tokens, asides not
 * counted. */
static size_t
noun_reach(const struct mdtl_tags *tg, size_t i)
{
	size_t left = 24, e;

	while (i < tg->n && left > 0) {
		if ((e = aside_end(tg, i)) > i) {
			i = e;
			continue;
		}
		i++;
		left--;
	}
	return i;
}

/*
 * The verb of saying (or of offering, of threatening: "invited Russia to
 * cooperate on the missile shield at their summit in Lisbon on Saturday")
 * whose phrase the token at i (a preposition) is in, with no clause of
 * its own between them (its object and names only), or NULL.
 */
static const struct mdtl_cue_tag *
words_in(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t k;

	for (k = i; k-- > 0;) {
		const struct mdtl_token *t = &tg->t[k];
		size_t q;

		if ((c = mdtl_tags_cue_at(tg, k)) != NULL && act_cue(c) &&
		    !c->inquote)
			return c->tok + c->ntok <= i && !(c->tok > 0 &&
			    in_list(tg, &tg->t[c->tok - 1], PASSIVE_AUX)) ?
			    c : NULL;
		/* "has taken note of the proposal made by Putin at the G8
		 * summit": the participle's act, a clause of its own */
		if (c != NULL && c->kind == MDTL_PH_MADE_BY)
			return NULL;
		/* 'called the agreement "a historic mistake" at a cabinet
		 * meeting': back past a short quoted fragment */
		if (t->flags & MDTL_TOK_QUOTE) {
			for (q = k; q-- > 0 && k - q <= 8 &&
			    !(tg->t[q].flags & MDTL_TOK_QUOTE);)
				;
			if (q < k && k - q <= 8) {
				k = q;
				continue;
			}
			return NULL;
		}
		if (boundary(t) || in_list(tg, t, AUXILIARIES) ||
		    in_list(tg, t, PASSIVE_AUX) || (!(t->flags &
		    MDTL_TOK_CAP) && ends_in(t->norm, "ed", 4)))
			return NULL;
	}
	return NULL;
}

/*
 * "Siemoniak told reporters that Hagel had assured him in a telephone
 * call on Sunday": the speaker of words c that another's words report
 * (a verb of saying before them), whose occasion is not the other's; or
 * NULL, words that no other words report.
 */
static const struct mdtl_actor *
reported_speaker(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	return said_before(tg, c->tok) ? mdtl_speaker_subject(tg, c->tok) :
	    NULL;
}

/*
 * "Serdyukov said there was no progress in the talks after a session of
 * the Russia-NATO Council here on Wednesday": the first verb of saying of
 * a sentence the meeting's phrase ph closes (its date, place and "here"
 * only after it), the words between it and the phrase telling nothing done
 * before ("said NATO had changed its position after the summit"); or
 * NULL.
 */
static const struct mdtl_cue_tag *
closing_occasion(const struct mdtl_tags *tg, const struct phrase *ph)
{
	const struct mdtl_cue_tag *c = NULL;
	size_t k, i;

	for (i = ph->hi; i < tg->n && (mdtl_tags_timex_at(tg, i) != NULL ||
	    mdtl_tags_place_at(tg, i) || is(&tg->t[i], "here") ||
	    is(&tg->t[i], "on") || is(&tg->t[i], "in")); i++)
		;
	if (!(i == tg->n || (i + 1 == tg->n && is(&tg->t[i], "."))))
		return NULL;
	for (k = 0; k < tg->nc && c == NULL; k++)
		if (tg->c[k].kind == MDTL_PH_SPEECH && !tg->c[k].inquote &&
		    tg->c[k].tok + tg->c[k].ntok < ph->lo)
			c = &tg->c[k];
	if (c == NULL)
		return NULL;
	for (i = c->tok + c->ntok; i < ph->lo; i++)
		if (is(&tg->t[i], "had") || boundary(&tg->t[i]) ||
		    mdtl_tags_timex_at(tg, i) != NULL)
			return NULL;
	return c;
}

/*
 * "Rogozin said he had handed the proposal to Rasmussen at a meeting on
 * Wednesday": words c its speaker reports of himself, whose meeting is no
 * occasion of his report?
 */
static int
own_deed_told(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_actor *who = reported_speaker(tg, c);
	size_t k;

	for (k = 0; who != NULL && k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SPEECH && !tg->c[k].inquote &&
		    tg->c[k].tok < c->tok)
			return mdtl_speaker_subject(tg, tg->c[k].tok) == who;
	return 0;
}

/*
 * "The six powers negotiating with Iran ... said Tuesday": a participle
 * that names its noun by what it does, with no date before the verb of
 * saying the noun is the subject of, tells no meeting.
 */
static int
noun_participle(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *p;
	const struct mdtl_cue_tag *m;
	size_t i;

	if (c->ntok != 1 || c->tok == 0 ||
	    !ends_in(tg->t[c->tok].norm, "ing", 4))
		return 0;
	p = &tg->t[c->tok - 1];
	if (p->kind != MDTL_TOK_WORD || in_list(tg, p, AUXILIARIES) ||
	    in_list(tg, p, PASSIVE_AUX) || in_list(tg, p, PREPOSITIONS) ||
	    is(p, "and") || is(p, "to") || is(p, "of"))
		return 0;
	for (i = c->tok + 1; i < tg->n; i++) {
		if (mdtl_tags_timex_at(tg, i) != NULL)
			return 0;
		if ((m = mdtl_tags_cue_at(tg, i)) != NULL && m->tok == i &&
		    m->kind == MDTL_PH_SPEECH)
			return 1;
	}
	return 0;
}

/*
 * The meeting verb before meeting verb k, with only nouns of meetings
 * between ("arrived in Tbilisi on Wednesday for a two-day visit and held
 * talks"), or k when there is none.
 */
static size_t
verb_before(const struct mdtl_tags *tg, size_t k)
{
	size_t j;

	if (k >= tg->nc || !meeting_verb(tg, &tg->c[k]))
		return k;
	for (j = k; j-- > 0 && tg->c[j].kind == MDTL_PH_SUMMIT;)
		if (meeting_verb(tg, &tg->c[j]))
			return j;
	return k;
}

/* The meeting verb after meeting verb k that verb_before() finds k for,
 * or tg->nc. */
static size_t
verb_after(const struct mdtl_tags *tg, size_t k)
{
	size_t m;

	for (m = k + 1; m < tg->nc && tg->c[m].kind == MDTL_PH_SUMMIT; m++)
		if (meeting_verb(tg, &tg->c[m]))
			return verb_before(tg, m) == k ? m : tg->nc;
	return tg->nc;
}

/*
 * "met with Lavrov on Wednesday and will hold talks with Medvedev on
 * Thursday": is meeting verb k joined by "and" (at *and) to the meeting
 * verb before it (verb_before()), a date between them, or by a
 * semicolon?  Each is a meeting of its own, with the people named in its
 * own words.
 */
static int
joined_dated(const struct mdtl_tags *tg, size_t k, size_t *and)
{
	size_t i, j = verb_before(tg, k);
	int dated = 0;

	if (j == k)
		return 0;
	for (i = tg->c[j].tok + tg->c[j].ntok; i < tg->c[k].tok; i++) {
		/* "On Monday he will meet Clinton; on Tuesday he is to hold
		 * talks with ...": clauses of their own */
		if (is(&tg->t[i], ";")) {
			*and = i;
			return 1;
		}
		if (boundary(&tg->t[i]) && !is(&tg->t[i], ","))
			return 0;
		if (mdtl_tags_timex_at(tg, i) != NULL)
			dated = 1;
		else if (dated && is(&tg->t[i], "and")) {
			*and = i;
			return 1;
		}
	}
	return 0;
}

/*
 * The token after a topic at i, "on" or "about" and up to five words
 * ("the conference on missile defense that opened in Moscow"), or i.
 */
static size_t
topic_past(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	if (i >= tg->n || !(is(&tg->t[i], "on") || is(&tg->t[i], "about")))
		return i;
	for (k = i + 1; k < tg->n && k <= i + 6 &&
	    tg->t[k].kind == MDTL_TOK_WORD; k++)
		if (k > i + 1 && is(&tg->t[k], "that"))
			return k;
	return i;
}

/*
 * How far the phrase of tg->c[k] may reach: a verb to the end of its
 * clause, a noun 24 tokens ("talks with US President George W. Bush at the
 * Bush family estate in Kennebunkport, Maine, on Monday"); and not past an
 * infinitive, or a "for" after an object of its own and no date, that
 * leads to the next meeting ("gathered in Moscow to prepare the summit,
 * which will open in Baku", "ended talks in Almaty but agreed to meet
 * again in Istanbul", "discussed preparations for the summit"; but
 * "discussed at a meeting", "gather in Chicago for a summit", "visit the
 * United States in May for the G8 summit", "met at the guest house for
 * two days of talks" are one), nor past a verb whose object is another
 * ("the talks followed a meeting in Istanbul"), nor past the end of a
 * relative clause that holds it, nor past the "and" of a meeting verb
 * joined to it (joined_dated()).
 */
static size_t
reach(const struct mdtl_tags *tg, size_t k, int verb)
{
	const struct mdtl_cue_tag *c = &tg->c[k];
	size_t far = verb ? tg->n : noun_reach(tg, c->tok + c->ntok), i, j,
	    last;
	int dated = 0, object = 0, place = 0;

	/* "Obama, who met Medvedev on the sidelines of the G8 meeting, is
	 * due to see Putin ...": a verb in a relative clause ends with it */
	if (verb && in_relative(tg, c->tok))
		for (i = c->tok + c->ntok; i < far; i++)
			if (is(&tg->t[i], ",")) {
				far = i;
				break;
			}

	if (verb && joined_dated(tg, verb_after(tg, k), &j) && j < far)
		far = j;
	if (k + 1 >= tg->nc || tg->c[k + 1].kind != MDTL_PH_SUMMIT)
		return far;
	for (i = c->tok + c->ntok; i < tg->c[k + 1].tok && i < far; i++) {
		const struct mdtl_token *t = &tg->t[i];

		if (mdtl_tags_timex_at(tg, i) != NULL)
			dated = 1;
		if (infinitive(tg, i) || (is(t, "for") && object && !dated))
			return i;
		/* "met at the government guest house outside Berlin for two
		 * days of talks": words after a preposition are no object */
		if (in_list(tg, t, PREPOSITIONS))
			place = 1;
		else if (t->kind == MDTL_TOK_WORD && !place &&
		    !(t->flags & MDTL_TOK_CAP) &&
		    !in_list(tg, t, DETERMINERS))
			object = 1;
	}
	/* "The Baghdad talks followed a meeting in Istanbul on April 14":
	 * a noun's verb, whose object is another meeting */
	i = tg->c[k + 1].tok;
	if (!verb && object && !place && i < far && i > 0 &&
	    ((in_list(tg, &tg->t[i - 1], DETERMINERS) &&
	    !in_list(tg, &tg->t[i - 1], DEFINITE)) ||
	    /* "The Moscow meeting followed talks in Baghdad" */
	    ends_in(tg->t[i - 1].norm, "ed", 4)))
		return i - 1;
	/* nor past an infinitive to a meeting after the next: "met on
	 * Monday on the sidelines of the G8 summit ... and agreed to hold a
	 * summit in Moscow in early September" */
	for (j = k + 2, last = 0; j < tg->nc; j++)
		if (tg->c[j].kind == MDTL_PH_SUMMIT)
			last = tg->c[j].tok;
	for (i = tg->c[k + 1].tok; i < last && i < far; i++)
		if (infinitive(tg, i))
			return i;
	return far;
}

/* The first token of the last place of the clause before the comma at
 * i, or lo if it names none. */
static size_t
where_place(const struct mdtl_tags *tg, size_t i, size_t lo)
{
	size_t k, from = clause_start(tg, i);

	for (k = tg->np; k-- > 0;)
		if (tg->p[k].tok >= from && tg->p[k].tok + tg->p[k].ntok <= i)
			return tg->p[k].tok;
	return lo;
}

/*
 * Does the phrase at lo lie in one that opens the sentence, after a
 * participle or a preposition and no comma ("Speaking after the meeting",
 * "After the talks", "Ahead of the visit")?
 */
static int
opening_phrase(const struct mdtl_tags *tg, size_t lo)
{
	size_t i;

	if (lo == 0 || tg->n < 2 || !(ends_in(tg->t[0].norm, "ing", 5) ||
	    in_list(tg, &tg->t[0], PREPOSITIONS) ||
	    /* "Ahead of the visit, Ryabkov warned on Thursday" */
	    (is(&tg->t[0], "ahead") && is(&tg->t[1], "of")) ||
	    (is(&tg->t[0], "prior") && is(&tg->t[1], "to"))))
		return 0;
	for (i = 1; i < lo; i++)
		if (tg->t[i].kind == MDTL_TOK_PUNCT)
			return 0;
	return 1;
}

/*
 * Is the token at i a word, or a compound's hyphen or the number after
 * it: "the G-20" (not "after 18 days of talks")?
 */
static int
name_word(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];

	if (t->kind == MDTL_TOK_WORD)
		return 1;
	if (is(t, "-"))
		return !(t->flags & MDTL_TOK_SPACE);
	return t->kind == MDTL_TOK_NUM && i > 0 && is(&tg->t[i - 1], "-") &&
	    !(t->flags & MDTL_TOK_SPACE);
}

/*
 * The cue of another meeting than ph's after a mark of order at token i,
 * "before", "after", "ahead of" (and with eve "eve of"), within seven words
 * of a name or a possessive; or NULL.
 */
static const struct mdtl_cue_tag *
meeting_after_mark(const struct mdtl_tags *tg, const struct phrase *ph,
    size_t i, int eve)
{
	const struct mdtl_cue_tag *c;
	size_t j;

	if ((is(&tg->t[i], "ahead") || (eve && is(&tg->t[i], "eve"))) &&
	    i + 1 < tg->n && is(&tg->t[i + 1], "of"))
		i++;
	else if (!is(&tg->t[i], "before") && !is(&tg->t[i], "after"))
		return NULL;
	for (j = i + 1; j < tg->n && j <= i + 7 &&
	    (name_word(tg, j) || is(&tg->t[j], "'s")); j++)
		if ((c = mdtl_tags_cue_at(tg, j)) != NULL && c->tok == j &&
		    c->kind == MDTL_PH_SUMMIT && c != ph->c)
			return c;
	return NULL;
}

/*
 * "the meeting of the Presidents ..., hosted by Russian President Dmitry
 * Medvedev in Sochi on 23 January": a participle in -ed at i, then "by"
 * or "in", telling the meeting's host, place or day.
 */
static int
participle_aside(const struct mdtl_tags *tg, size_t i)
{
	return i + 1 < tg->n && tg->t[i].kind == MDTL_TOK_WORD &&
	    ends_in(tg->t[i].norm, "ed", 4) &&
	    (is(&tg->t[i + 1], "by") || is(&tg->t[i + 1], "in"));
}

/* Past the capitalised words of a title from token i to the actor after
 * them ("President Vladimir Putin"), up to three; or i. */
static size_t
title_past(const struct mdtl_tags *tg, size_t i)
{
	size_t j;

	for (j = i; j < tg->n && j < i + 3 && mdtl_tags_actor_at(tg, j) ==
	    NULL && (tg->t[j].flags & MDTL_TOK_CAP) &&
	    tg->t[j].kind == MDTL_TOK_WORD; j++)
		;
	return j < tg->n && mdtl_tags_actor_at(tg, j) != NULL ? j : i;
}

/* Does an outcome's "of" (outcome_of()) stand in tokens [a, b)? */
static int
outcome_before(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b; a++)
		if (outcome_of(tg, a))
			return 1;
	return 0;
}

/* The tokens [lo, hi) of the phrase of ph->c, up to far. */
static void
bounds(const struct mdtl_tags *tg, struct phrase *ph, size_t far)
{
	const struct mdtl_cue_tag *c = ph->c, *cue;
	const struct mdtl_actor_tag *m;
	size_t i, k;

	/* the noun phrase: back over modifiers to its determiner (a verb
	 * has none) */
	ph->lo = c->tok;
	/* (six words back, a compound's hyphens not counted: "their first
	 * face-to-face meeting") */
	for (i = ph->verb ? 0 : c->tok, k = 0; i-- > 0 && ++k <= 6;) {
		const struct mdtl_token *t = &tg->t[i];

		if (is(t, "-") && !(t->flags & MDTL_TOK_SPACE))
			k--;
		if (in_list(tg, t, DETERMINERS)) {
			ph->possessive = is(t, "their") || is(t, "his") ||
			    is(t, "her") || is(t, "its");
			ph->ours = is(t, "our");
			/* "a summit", "their meeting": one of its own; "the
			   talks": perhaps one told */
			ph->det_ok = !in_list(tg, t, DEFINITE);
			ph->lo = i;
			break;
		}
		if (t->kind == MDTL_TOK_PUNCT && !is(t, "-") && !is(t, "'s"))
			break;
		/* a word of a compound, whatever it is: "face-to-face" */
		if (t->kind == MDTL_TOK_WORD && i + 1 < tg->n &&
		    is(&tg->t[i + 1], "-") &&
		    !(tg->t[i + 1].flags & MDTL_TOK_SPACE)) {
			ph->lo = i;
			continue;
		}
		/* "a source said talks were stuck": not past a verb, nor "in
		 * the Kremlin after talks": a preposition other than "of" ("a
		 * new round of talks") */
		if (((cue = mdtl_tags_cue_at(tg, i)) != NULL &&
		    cue->kind != MDTL_PH_SUMMIT) ||
		    (in_list(tg, t, PREPOSITIONS) && !is(t, "of")))
			break;
		/* nor past a verb: "The Moscow meeting followed talks in
		 * Baghdad", "held separate bilateral meetings"; but "the
		 * planned talks" */
		if (cue == NULL && i > 0 && !(t->flags & MDTL_TOK_CAP) &&
		    ((ends_in(t->norm, "ed", 4) &&
		    !in_list(tg, &tg->t[i - 1], DETERMINERS)) || is(t, "had") ||
		    is(t, "held") || hold_verb(t)))
			break;
		ph->lo = i;
	}
	/* "will stop in Tallinn on Wednesday, where he is to meet the
	 * leaders": the place "where" stands for, the last before the
	 * comma, and the day after it ("arrived in Baku on Monday from
	 * Yerevan, where they met": Yerevan, that day unknown) */
	i = clause_start(tg, c->tok);
	if (ph->verb && i >= 2 && is(&tg->t[i], "where") &&
	    is(&tg->t[i - 1], ","))
		ph->lo = where_place(tg, i - 1, ph->lo);
	ph->hi = c->tok + c->ntok;
	for (i = ph->hi; i < tg->n && i < far; i++) {
		/* not past "that" after a noun, unless it tells the meeting
		 * begin or end: "two days of consultations that ended in
		 * Geneva on Thursday", "... in Moscow that ended on Thursday",
		 * "the conference on missile defense that opened" */
		if (is(&tg->t[i], ";") || (is(&tg->t[i], "that") &&
		    !ph->verb && !(i + 1 < tg->n &&
		    (i == place_past(tg, c->tok + c->ntok, tg->n) ||
		    i == topic_past(tg, c->tok + c->ntok)) &&
		    (in_list(tg, &tg->t[i + 1], DAYS_ENDED) ||
		    in_list(tg, &tg->t[i + 1], OPENING_VERBS)))) ||
		    (tg->t[i].flags & MDTL_TOK_QUOTE))
			break;
		/* "the talks in Baghdad had laid the groundwork for the next
		 * round in Moscow": a perfect tells what the meeting did, not
		 * where or when it was; but "talks ... have started in
		 * Moscow" tell where it is */
		if (!ph->verb && i + 1 < tg->n && (is(&tg->t[i], "had") ||
		    is(&tg->t[i], "has") || is(&tg->t[i], "have")) &&
		    !is(&tg->t[i + 1], "been") &&
		    !in_list(tg, &tg->t[i + 1], OPENING_VERBS))
			break;
		/* "the first since the election in June", "have not met
		 * since 2009": the date counted from, not the meeting's; but
		 * "their first meeting since Putin's return to the Kremlin on
		 * the sidelines of the G20 summit ... on June 18" goes on past
		 * it, no date in it */
		if (is(&tg->t[i], "since")) {
			size_t j = since_frame(tg, i);

			if (j == i)
				break;
			if (ph->gap_hi <= ph->gap_lo) {
				ph->gap_lo = i;
				ph->gap_hi = j;
			}
			i = j - 1;
			continue;
		}
		/* "his last NATO meeting before retiring at the end of the
		 * month": a clause of its own, whose date is its own */
		if (!ph->verb && (is(&tg->t[i], "before") ||
		    is(&tg->t[i], "after")) && i + 1 < tg->n &&
		    ends_in(tg->t[i + 1].norm, "ing", 4))
			break;
		/* "their last meeting before Medvedev hands over the
		 * presidency to Vladimir Putin on May 7": a clause with a
		 * subject of its own (past its title: "after President
		 * Vladimir Putin declined an invitation") */
		if ((is(&tg->t[i], "before") || is(&tg->t[i], "after")) &&
		    (k = title_past(tg, i + 1 + (i + 1 < tg->n &&
		    is(&tg->t[i + 1], "the")))) < tg->n &&
		    (m = mdtl_tags_actor_at(tg, k)) != NULL && m->tok == k &&
		    m->tok + m->ntok < tg->n &&
		    !is(&tg->t[m->tok + m->ntok], "'s") &&
		    !(tg->t[m->tok + m->ntok].flags & MDTL_TOK_CAP) &&
		    tg->t[m->tok + m->ntok].kind == MDTL_TOK_WORD)
			break;
		/* "The conference comes less than three weeks before NATO's
		 * summit in Chicago on May 20-21": another meeting after
		 * "before", "after" or "ahead of", with a phrase of its own */
		if (meeting_after_mark(tg, ph, i, 0) != NULL)
			break;
		/* "will meet Medvedev in London on April 1, on the eve of
		 * the NATO summit": another meeting, told as the day's mark,
		 * with a phrase of its own */
		if (is(&tg->t[i], ",") && i + 4 < tg->n &&
		    is(&tg->t[i + 1], "on") && is(&tg->t[i + 2], "the") &&
		    mdtl_dating_eve_of_meeting(tg, i + 3))
			break;
		/* "would continue negotiations with Washington and
		 * expected to reach an agreement by the end of the year": a
		 * verb joined by "and", its infinitive or clause its own */
		if (is(&tg->t[i], "and") && i + 2 < tg->n &&
		    tg->t[i + 1].kind == MDTL_TOK_WORD &&
		    !(tg->t[i + 1].flags & MDTL_TOK_CAP) &&
		    ends_in(tg->t[i + 1].norm, "ed", 4) &&
		    (is(&tg->t[i + 2], "to") || is(&tg->t[i + 2], "that")))
			break;
		/* "the forum in 2015, Idrissov said at a meeting in Astana":
		 * not past a verb of saying */
		if (!ph->verb && (cue = mdtl_tags_cue_at(tg, i)) != NULL &&
		    cue->kind == MDTL_PH_SPEECH)
			break;
		/* "preparations for the Fifth Caspian Summit at a meeting in
		 * Ashgabat on June 13": not into another meeting's phrase,
		 * from its preposition on */
		if (!ph->verb && (cue = mdtl_tags_cue_at(tg, i)) != NULL &&
		    cue->kind == MDTL_PH_SUMMIT && cue->tok == i && i >= 2 &&
		    in_list(tg, &tg->t[i - 1], DETERMINERS) &&
		    in_list(tg, &tg->t[i - 2], OCCASION_PREPS)) {
			ph->hi = i - 2;
			break;
		}
		/* "discussed ... the results of the OSCE Ministerial Council
		 * held in Vilnius on December 6-7": a reduced relative of
		 * a meeting whose outcome is the object, with its own place
		 * and date (not "met within the framework of the OSCE
		 * meeting held in Helsinki", where they met) */
		if (ph->verb && is(&tg->t[i], "held") &&
		    outcome_before(tg, c->tok + c->ntok, i))
			break;
		/* "discussed the deal with Iran, which takes effect on
		 * January 20": the object's clause, with its own date */
		if (ph->verb && is(&tg->t[i], ",") && i + 1 < tg->n &&
		    (is(&tg->t[i + 1], "which") || is(&tg->t[i + 1], "who")))
			break;
		/* "Speaking after the meeting, NATO Secretary General ...
		 * said": the comma that closes a phrase opening the
		 * sentence */
		if (is(&tg->t[i], ",") && !ph->verb && opening_phrase(tg, ph->lo))
			break;
		/* "the summit, which will open in Baku on ...", "the last
		 * round, in Moscow in June," */
		if (is(&tg->t[i], ",") && i + 1 < tg->n && !ph->verb &&
		    !(mdtl_tags_actor_at(tg, i + 1) || (tg->t[i + 1].flags &
		    MDTL_TOK_CAP) || in_list(tg, &tg->t[i + 1], RELATIVES) ||
		    where_or_when(tg, i + 1) || apposition_dated(tg, i) ||
		    participle_aside(tg, i + 1)) &&
		    /* "The talks, which began on July 3, will resume in
		     * September": on to the noun's verb */
		    !(in_relative(tg, i - 1) &&
		    in_list(tg, &tg->t[i + 1], AUXILIARIES)))
			break;
		ph->hi = i + 1;
	}
	/* "the next meeting ... will be held on May 23 in Baghdad" (or
	 * ended, after an aside: aside_then_end()); not
	 * another meeting's, the subject of "held" with no comma between
	 * ("At their Lisbon summit in November 2010, ..., and a meeting of
	 * defence ministers was held in Brussels in June"; but "The talks,
	 * the first since the summit in Lisbon ..., will be held") */
	for (i = c->tok + c->ntok; i < tg->n; i++) {
		if (is(&tg->t[i], ";") || (tg->t[i].flags & MDTL_TOK_QUOTE) ||
		    held_by_other(tg, i))
			break;
		if (held_at(tg, i) || (!ph->verb && aside_then_end(tg, i))) {
			if (i + 10 > ph->hi) {
				if (ph->hi < i) {
					ph->gap_lo = ph->hi;
					ph->gap_hi = i;
				}
				ph->hi = i + 10 < tg->n ? i + 10 : tg->n;
			}
			break;
		}
	}
}

/*
 * "will meet Medvedev in London on April 1, on the eve of a NATO summit in
 * Strasbourg": a meeting noun at c after "the eve of" or "ahead of" (past
 * its determiner and the words of its name), the mark of another's time
 * (not "after the meeting", the occasion of words; nor "the summit" alone,
 * one told before).
 */
static int
marked_by(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok;

	/* (its name's "of" too: "the Group of 20 summit") */
	while (i > 0 && c->tok - i < 6 && ((tg->t[i - 1].flags &
	    MDTL_TOK_CAP) || isdigit((unsigned char)tg->t[i - 1].norm[0]) ||
	    in_list(tg, &tg->t[i - 1], DETERMINERS) ||
	    (i > 1 && is(&tg->t[i - 1], "of") &&
	    (tg->t[i - 2].flags & MDTL_TOK_CAP))))
		i--;
	/* (not "on the eve of the summit", the one told before) */
	if (i + 1 == c->tok && is(&tg->t[i], "the"))
		return 0;
	return i > 1 && is(&tg->t[i - 1], "of") &&
	    (is(&tg->t[i - 2], "eve") || is(&tg->t[i - 2], "ahead"));
}

/*
 * "7-8 December", "on May 18-19": the days a date of a range of days
 * spans (its first day to its last, one token or three), or 0.
 */
static int
range_days(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t i;
	long a, b;
	char *end;

	for (i = x->tok; i < x->tok + x->ntok && i < tg->n; i++) {
		if (tg->t[i].kind != MDTL_TOK_NUM)
			continue;
		a = strtol(tg->t[i].norm, &end, 10);
		if (*end == '-' && isdigit((unsigned char)end[1]))
			b = strtol(end + 1, &end, 10);
		else if (*end == '\0' && i + 2 < x->tok + x->ntok &&
		    is(&tg->t[i + 1], "-") && tg->t[i + 2].kind ==
		    MDTL_TOK_NUM)
			b = strtol(tg->t[i + 2].norm, &end, 10);
		else
			continue;
		return *end == '\0' && a >= 1 && b > a && b <= 31 &&
		    b - a < 14 ? (int)(b - a + 1) : 0;
	}
	return 0;
}

/*
 * "the regular meeting of the NATO Foreign Ministers took place, followed
 * by a session of the Russia-NATO Council": a meeting noun at c after
 * "followed by" and an indefinite determiner (past the words of its name),
 * one of its own after the one told.
 */
static int
followed_by(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok;

	while (i > 0 && c->tok - i < 6 && (tg->t[i - 1].flags & MDTL_TOK_CAP))
		i--;
	return i > 2 && (is(&tg->t[i - 1], "a") || is(&tg->t[i - 1], "an")) &&
	    is(&tg->t[i - 2], "by") && is(&tg->t[i - 3], "followed");
}

/*
 * "scheduled to resume on Thursday, were postponed until next week",
 * "has postponed the next round of consultations ... until September": the
 * day a meeting of ph was put off to, after it in the sentence, or -1.
 */
static int
postponed_to(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i, k;
	int before = 0;

	/* the verb right before the meeting's phrase, its object */
	for (k = ph->lo; k-- > 0 && ph->lo - k <= 2;)
		before |= in_list(tg, &tg->t[k], POSTPONING);
	for (i = 0; i < tg->ntx; i++) {
		size_t at = tg->tx[i].tok;

		if (!mdtl_dating_dated(&tg->tx[i]) || at <= ph->c->tok ||
		    !(is(&tg->t[at - 1], "until") ||
		    is(&tg->t[at - 1], "till") || is(&tg->t[at - 1], "to")))
			continue;
		if (before && clear_between(tg, ph->c->tok, at))
			return (int)i;
		for (k = at - 1; k-- > 0 && at - k <= 4;)
			if (in_list(tg, &tg->t[k], POSTPONING))
				return (int)i;
	}
	return -1;
}

/*
 * "A meeting ... planned for next week has been postponed": a meeting of
 * ph put off, in the passive after it, with no day it was put off to (see
 * postponed_to()): the day it was planned for is no longer its own.
 */
static int
put_off(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;

	for (i = ph->c->tok + ph->c->ntok; i + 1 < tg->n &&
	    !is(&tg->t[i], ";"); i++)
		if (in_list(tg, &tg->t[i + 1], POSTPONING) &&
		    in_list(tg, &tg->t[i], PASSIVE_AUX))
			return 1;
	return 0;
}

/*
 * "The White House cancelled the summit on Wednesday": a meeting of ph
 * called off by the verb right before its phrase (grammar list
 * cancelling); the day after it is the verb's.
 */
static int
called_off(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t k;

	for (k = ph->lo; k-- > 0 && ph->lo - k <= 2;)
		if (in_list(tg, &tg->t[k], CANCELLING))
			return 1;
	return 0;
}

/*
 * "a summit of the two presidents, which is expected to take place before
 * the end of the year": is token tok in a relative clause that tells a
 * meeting take place or be held, one on the meeting?
 */
static int
relative_held(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i > 0 && !boundary(&tg->t[i - 1]); i--)
		if (held_at(tg, i - 1))
			return 1;
	return 0;
}

/*
 * "experts would meet in Geneva before the end of the month": a deadline's
 * date in the phrase of ph that ends a unit, within which the meeting is
 * (the index of its timex), or -1; not one in a relative clause on
 * another thing ("talks on the railway, which is due to be completed by
 * the end of 2013").
 */
static int
limit_in(const struct mdtl_tags *tg, const struct phrase *ph)
{
	struct mdtl_date unit;
	size_t i;

	for (i = 0; i < tg->ntx; i++) {
		const struct mdtl_timex *x = &tg->tx[i];

		if (tg->tx_used[i] == TX_DEADLINE && x->tok > ph->lo &&
		    x->tok < ph->hi && (!in_relative(tg, x->tok) ||
		    relative_held(tg, x->tok)) &&
		    (is(&tg->t[x->tok - 1], "before") ||
		    is(&tg->t[x->tok - 1], "by")) &&
		    mdtl_date_parse_value(x->value, &unit) == 0 &&
		    unit.gran < x->date.gran)
			return (int)i;
	}
	return -1;
}

/* Is there no meeting's cue among the tokens [a, b)? */
static int
no_meeting_between(const struct mdtl_tags *tg, size_t a, size_t b)
{
	return !cue_kind_in(tg, MDTL_PH_SUMMIT, a, b);
}

/*
 * "talks on a successor to the 1991 START treaty": a year between a
 * determiner and a name, that name's, no date of the phrase; but in "the
 * 2010 NATO summit in Lisbon" the name's noun is a meeting's, whose year
 * it is.
 */
static int
year_of_name(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	const struct mdtl_cue_tag *c;
	size_t e = x->tok + x->ntok;

	if (x->date.gran != MDTL_GRAN_YEAR || x->ntok != 1 || x->tok == 0 ||
	    !in_list(tg, &tg->t[x->tok - 1], DETERMINERS) || e >= tg->n ||
	    tg->t[e].kind != MDTL_TOK_WORD || !(tg->t[e].flags & MDTL_TOK_CAP))
		return 0;
	while (e < tg->n && tg->t[e].kind == MDTL_TOK_WORD &&
	    (tg->t[e].flags & MDTL_TOK_CAP))
		e++;
	return e >= tg->n || (c = mdtl_tags_cue_at(tg, e)) == NULL ||
	    c->tok != e || c->kind != MDTL_PH_SUMMIT;
}

/*
 * "The summit ends Monday with a meeting on Afghanistan", "opened with
 * talks": does a verb that opens or ends something do it with the
 * meeting's phrase at lo?  The date between, if any, in *x (else -1).
 */
static int
done_with(const struct mdtl_tags *tg, size_t lo, int *x)
{
	size_t k, v;

	*x = -1;
	if (lo < 2 || !is(&tg->t[lo - 1], "with"))
		return 0;
	v = lo - 2;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok == lo - 1 &&
		    tg->tx[k].tok > 0 && mdtl_dating_dated(&tg->tx[k])) {
			*x = (int)k;
			v = tg->tx[k].tok - 1;
			if (is(&tg->t[v], "on") && v > 0)
				v--;
		}
	if (in_list(tg, &tg->t[v], OPENING_VERBS) ||
	    in_list(tg, &tg->t[v], DAYS_ENDED))
		return 1;
	*x = -1;
	return 0;
}

/*
 * Is token tok in a relative clause on a side named after "with"
 * ("negotiations with Washington, which formally asked Poland last month
 * ..."), whose dates are that side's?  Not one that tells of the meeting:
 * "the talks with Iran, which were held in Istanbul on April 14".
 */
static int
on_side(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok, k;

	if (!in_relative(tg, tok))
		return 0;
	while (i > 0 && !boundary(&tg->t[i - 1]))
		i--;
	for (k = i; k < tok; k++)
		if (in_list(tg, &tg->t[k], OPENING_VERBS) ||
		    in_list(tg, &tg->t[k], DAYS_ENDED) || is(&tg->t[k], "took"))
			return 0;
	/* back from the comma over the side's name */
	for (i--; i > 0 && (tg->t[i - 1].flags & MDTL_TOK_CAP) &&
	    tg->t[i - 1].kind == MDTL_TOK_WORD; i--)
		;
	return i > 0 && i + 1 < tok && is(&tg->t[i - 1], "with");
}

/*
 * "At the conference, Russian Chief of General Staff Nikolai Makarov
 * warned": does the phrase [lo, hi) of a meeting's noun, after "at" or
 * "during" opening the sentence, end at a comma, the first cue after it
 * words (said, warned, offered) within eight tokens?
 */
static int
opening_occasion(const struct mdtl_tags *tg, size_t lo, size_t hi)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	if (lo != 1 || !during_at(&tg->t[0]) || hi >= tg->n ||
	    !is(&tg->t[hi], ","))
		return 0;
	for (i = hi + 1; i < tg->n && i <= hi + 8; i++)
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL && c->tok == i)
			return !c->inquote && act_cue(c);
	return 0;
}

/*
 * "Catherine Ashton, who chaired the session, told reporters": is the
 * meeting cue c in a relative clause on the subject, set off by commas
 * right before the verb?
 */
static int
aside_occasion(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t k;

	for (k = c->tok + c->ntok; k + 1 < tg->n && !boundary(&tg->t[k]); k++)
		;
	return k + 1 < tg->n && is(&tg->t[k], ",") &&
	    mdtl_extract_aside(tg, k + 1) < c->tok &&
	    in_relative(tg, c->tok);
}

/*
 * Does a verb of taking part open the words of the aside before token lo
 * ("who chaired the session", "who joined his NATO counterparts for a
 * session of the NATO-Russia Council on Thursday")?
 */
static int
attended_in_aside(const struct mdtl_tags *tg, size_t lo)
{
	size_t i;

	for (i = lo; i-- > 0 && !boundary(&tg->t[i]);) {
		if (in_list(tg, &tg->t[i], OCCASION_VERBS))
			return 1;
		if (is(&tg->t[i], "who"))
			return 0;
	}
	return 0;
}

/*
 * "Kerry, who also attended, said": a verb of taking part (grammar list
 * occasion_verbs) that ends an aside on the subject, nothing after it.
 */
static int
attended_alone(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t e = c->tok + c->ntok;

	return e + 1 < tg->n && is(&tg->t[e], ",") &&
	    in_list(tg, &tg->t[e - 1], OCCASION_VERBS) &&
	    in_relative(tg, c->tok) && mdtl_extract_aside(tg, e + 1) < c->tok;
}

/*
 * "expected the meeting to approve the plan for the final phase ... by
 * the end of the year": an infinitive in [a, b) whose verb has an object
 * of its own (a determiner or a possessive after it), an act that what
 * follows is about.
 */
static int
act_on_object(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i + 2 < b; i++)
		if (infinitive(tg, i) && (in_list(tg, &tg->t[i + 2],
		    DETERMINERS) || in_list(tg, &tg->t[i + 2], POSSESSIVES)))
			return 1;
	return 0;
}

/*
 * "U.S. and NATO officials who attended the two-day conference rejected
 * the warning": a verb of taking part (grammar list occasion_verbs), cue
 * k, whose object is a meeting's noun after "the" (words of its own
 * between: "two-day") names the meeting last told by that noun; it, or
 * NULL.
 */
static struct mdtl_event *
attended_told(struct state *s, const struct mdtl_tags *tg, size_t k)
{
	const struct mdtl_cue_tag *c = &tg->c[k], *d;
	size_t i = c->tok + c->ntok, j;

	if (!in_list(tg, &tg->t[i - 1], OCCASION_VERBS) || i + 1 >= tg->n ||
	    !is(&tg->t[i], "the") || k + 1 >= tg->nc)
		return NULL;
	d = &tg->c[k + 1];
	if (d->kind != MDTL_PH_SUMMIT || meeting_verb(tg, d) ||
	    d->tok <= i || d->tok - i > 4)
		return NULL;
	for (j = i + 1; j < d->tok; j++)
		if (!name_word(tg, j))
			return NULL;
	return told_by_noun(s, tg->t[d->tok + d->ntok - 1].norm, 0);
}

/* Those who took part, by the verb at tok: the subject of "who" before it
 * ("officials who attended", "Lavrov, who attended"), else none. */
static void
attendees(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
    size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t who = tok, k, from;

	while (who > 0 && in_list(tg, &tg->t[who - 1], ACT_ADVERBS))
		who--;
	if (who == 0 || !is(&tg->t[who - 1], "who"))
		return;
	who--;
	if (who >= 2 && is(&tg->t[who - 1], ",")) {
		if ((m = mdtl_tags_actor_at(tg, who - 2)) != NULL && !m->weak)
			mdtl_extract_actor(s, e, m->actor,
			    MDTL_ROLE_PARTICIPANT);
		return;
	}
	from = clause_start(tg, who);
	for (k = 0; k < tg->nm; k++)
		if (tg->m[k].tok >= from && tg->m[k].tok < who &&
		    !tg->m[k].weak)
			mdtl_extract_actor(s, e, tg->m[k].actor,
			    MDTL_ROLE_PARTICIPANT);
}

/*
 * Is the word at i one of grammar list future_markers ("will"), and no
 * noun: not "to impose its will on the world", "the will to compromise"?
 */
static int
future_marker(const struct mdtl_tags *tg, size_t i)
{
	if (!in_list(tg, &tg->t[i], FUTURE_MARKERS))
		return 0;
	if (!is(&tg->t[i], "will"))
		return 1;
	return !((i > 0 && (in_list(tg, &tg->t[i - 1], POSSESSIVES) ||
	    is(&tg->t[i - 1], "the"))) || (i + 1 < tg->n &&
	    (is(&tg->t[i + 1], "to") || is(&tg->t[i + 1], "of") ||
	    tg->t[i + 1].kind == MDTL_TOK_PUNCT)));
}

/* Does the clause of token tok tell of what is to come before it ("will
 * arrive in Warsaw on Wednesday to sign"), or of what comes after the act
 * told ("weeks before the NATO-Russia Council meets in Sochi")? */
static int
told_ahead(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = clause_start(tg, tok); i < tok; i++)
		if (future_marker(tg, i) ||
		    (is(&tg->t[i], "before") && tok - i <= 6))
			return 1;
	return 0;
}

/* May the date tg->tx[i] be the meeting's of ph: in its phrase, not taken
 * by another (pass 0: nor in a relative clause; nor ever in one on a side
 * named), and no end of a time it lasts ("talks could drag on until the
 * summer") nor the start of a stretch ("the first such session held in
 * Russia since 2002"), nor a name's year, nor, for one to come, past a
 * verb of saying after it ("will arrive ... to sign the agreement ...,
 * Paszkowski announced on Tuesday")? */
static int
phrase_date(const struct mdtl_tags *tg, const struct phrase *ph, size_t i,
    int pass)
{
	return mdtl_dating_dated(&tg->tx[i]) &&
	    /* (but "since last month's summit in Lisbon": the summit's) */
	    (!span_or_term(tg, tg->tx[i].tok) || possessed(tg, &tg->tx[i])) &&
	    !year_of_name(tg, &tg->tx[i]) &&
	    (!tg->tx_used[i] ||
	    (tg->tx_used[i] == TX_ACT && (tg->tx[i].tok > ph->c->tok ||
	    possessed(tg, &tg->tx[i])))) &&
	    tg->tx[i].tok + tg->tx[i].ntok > ph->lo &&
	    tg->tx[i].tok < ph->hi && !in_gap(ph, tg->tx[i].tok) &&
	    (pass || !in_relative(tg, tg->tx[i].tok)) &&
	    !on_side(tg, tg->tx[i].tok) &&
	    (tg->tx[i].tok < ph->c->tok || !told_ahead(tg, ph->c->tok) ||
	    !cue_kind_in(tg, MDTL_PH_SPEECH, ph->c->tok + ph->c->ntok,
	    tg->tx[i].tok));
}

/* Is the meeting told before the last event of the story's day for want
 * of one of its own, x that day? */
static int
undated_last(struct state *s, const struct mdtl_timex *x)
{
	const struct mdtl_event *m = last_summit(s, *s->n - 1);

	return m != NULL && m->basis == MDTL_BASIS_PUBLICATION &&
	    m->date.gran == MDTL_GRAN_DAY && x->date.gran >= MDTL_GRAN_DAY &&
	    mdtl_date_day(&x->date) == mdtl_date_day(&m->date);
}

/*
 * "The NATO-Russia Council meeting in Brussels this week ... The council
 * met on Tuesday": a meeting e told with a day within the week or the
 * month its own words gave the meeting told last (not a digest's week),
 * in the place it named or with one of its bodies or two of its people and
 * no other place, is that one, told more precisely; or NULL.  Not one of
 * other people in the same place: "Sikorski is due in Washington next
 * week", then "Medvedev will attend a Group of 20 summit in Washington on
 * November 15".
 */
static struct mdtl_event *
told_within(struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	struct mdtl_event *m = last_summit(s, *s->n - 1);
	size_t i, j;
	int people = 0, own = 0, shared = 0;

	if (m == NULL || (m->date.gran != MDTL_GRAN_WEEK &&
	    m->date.gran != MDTL_GRAN_MONTH) ||
	    (m->basis != MDTL_BASIS_EXPLICIT &&
	    m->basis != MDTL_BASIS_RELATIVE) ||
	    !mdtl_dating_within(&e->date, &m->date) || (place != NULL &&
	    m->location != NULL && strcmp(m->location, place->name)))
		return NULL;
	for (i = 0; i < e->nactors; i++) {
		const struct mdtl_actor *a = mdtl_extract_actor_any(s, &e->actors[i]);

		if (a == NULL || a->kind == MDTL_ACTOR_COUNTRY)
			continue;
		own++;
		for (j = 0; j < m->nactors; j++)
			if (mdtl_extract_actor_any(s, &m->actors[j]) == a) {
				shared++;
				if (a->kind != MDTL_ACTOR_PERSON || ++people == 2)
					return m;
			}
	}
	/* "agreed to meet again in Moscow next month ... would meet in the
	 * Russian capital on June 18": the one place both name */
	return place != NULL && m->location != NULL && (own == 0 ||
	    shared > 0) ? m : NULL;
}

/*
 * "Russia and the United States will resume consultations on missile
 * defense in February" then '"We expect the next round to take place in
 * Geneva in the second half of February"': the next meeting, of the month
 * of the meeting to come told last (none of its place, or the same), is
 * that one; or NULL.
 */
static struct mdtl_event *
next_told(struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	struct mdtl_event *m = last_summit(s, *s->n - 1);

	if (m == NULL || m->date.gran != MDTL_GRAN_MONTH ||
	    e->date.gran < MDTL_GRAN_MONTH ||
	    mdtl_dating_gone_by(s, &m->date) ||
	    m->date.year != e->date.year || m->date.month != e->date.month ||
	    (place != NULL && m->location != NULL &&
	    strcmp(m->location, place->name) != 0))
		return NULL;
	return m;
}

/* Meeting e told by a journey: "will travel to", "is expected in"? */
static int
journey(const struct state *s, const struct mdtl_event *e)
{
	return e->why_cue != NULL && mdtl_lexicon_words_in(s->lex,
	    MDTL_GRAMMAR_JOURNEYS, e->why_cue);
}

/* The last meeting before the last event made that is not to come after
 * the news (after_news()), or NULL. */
static struct mdtl_event *
last_gone_by(struct state *s)
{
	struct mdtl_event *m = last_summit(s, *s->n - 1);

	while (m != NULL && after_news(s, m))
		m = last_summit(s, (size_t)(m - *s->v));
	return m;
}

/*
 * "Mammadyarov received newly appointed Russian Ambassador Vladimir
 * Dorokhin on Jan. 15 ... Dorokhin presented a copy of his credentials to
 * the minister": meeting e, gone by with no day nor place of its own, all
 * of whose people (one at least) are among those of the last meeting gone
 * by, is that one told again, when the sentence tells no other (or, with
 * a place of its own, when that one was held there); or NULL.
 * Not a visit told by its journey ("Gul visited the Alley of Martyrs"), a
 * place's, not a meeting's.
 */
static struct mdtl_event *
among_people(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, const struct mdtl_place *place)
{
	struct mdtl_event *m = last_gone_by(s);
	size_t i, j, meetings = 0;
	int people = 0;

	if (m == NULL || journey(s, e))
		return NULL;
	/* (with a place, that one's: "The two leaders, meeting in London on
	 * the eve of a G20 summit, said" after they met in London) */
	if (place != NULL && (m->location == NULL ||
	    strcmp(m->location, place->name) != 0))
		return NULL;
	/* (a sentence of one meeting: not "Before the trilateral meeting,
	 * Medvedev held separate talks with Aliyev and Sargsyan") */
	for (i = 0; place == NULL && i < tg->nc; i++)
		if (tg->c[i].kind == MDTL_PH_SUMMIT && !tg->c[i].inquote &&
		    ++meetings > 1)
			return NULL;
	for (i = 0; i < e->nactors; i++) {
		const struct mdtl_actor *a = mdtl_extract_actor_any(s,
		    &e->actors[i]);

		if (a == NULL || a->kind != MDTL_ACTOR_PERSON)
			continue;
		for (j = 0; j < m->nactors &&
		    mdtl_extract_actor_any(s, &m->actors[j]) != a; j++)
			;
		if (j == m->nactors)
			return NULL;
		people++;
	}
	return people > 0 ? m : NULL;
}

/* Is actor a's side the side of one of meeting m's actors? */
static int
side_among(struct state *s, const struct mdtl_actor *a,
    const struct mdtl_event *m)
{
	const struct mdtl_actor *b;
	size_t j;

	for (j = 0; j < m->nactors; j++)
		if ((b = mdtl_extract_actor_any(s, &m->actors[j])) != NULL &&
		    side(b) == side(a))
			return 1;
	return 0;
}

/*
 * "KAZAN, Russia -- Talks between the presidents of Armenia and
 * Azerbaijan ... ended late on June 24", then "Sarkisian and ... Aliyev
 * met for several hours in the Tatar capital, Kazan, in talks hosted by
 * Medvedev": meeting e, gone by with no day of its own, in the place of
 * the last meeting gone by, which has a day, with a side in common
 * (side_among()), is that one told again; or NULL.
 */
static struct mdtl_event *
held_there_before(struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	struct mdtl_event *m = last_gone_by(s);
	const struct mdtl_actor *a;
	size_t i;

	if (m == NULL || place == NULL || m->location == NULL ||
	    m->date.gran != MDTL_GRAN_DAY ||
	    strcmp(m->location, place->name) != 0 || journey(s, e))
		return NULL;
	for (i = 0; i < e->nactors; i++)
		if ((a = mdtl_extract_actor_any(s, &e->actors[i])) != NULL &&
		    side_among(s, a, m))
			return m;
	return NULL;
}

/*
 * "Talks between Iran and six world powers ended on Saturday ... told
 * reporters after two days of negotiations": meeting e of several days,
 * dated by when it was told, whose last day is the day of the meeting
 * told last (of one day, with no other place; past those to come: "...,
 * but the sides said they would meet again on November 20"), is that one,
 * told with its days; or NULL.
 */
static struct mdtl_event *
days_of_told(struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	struct mdtl_event *m = last_gone_by(s);

	if (m == NULL || e->days < 2 || m->days > 1 ||
	    e->date.gran != MDTL_GRAN_DAY || m->date.gran != MDTL_GRAN_DAY ||
	    mdtl_date_day(&e->date) + e->days - 1 !=
	    mdtl_date_day(&m->date) || (place != NULL &&
	    m->location != NULL && strcmp(m->location, place->name) != 0))
		return NULL;
	return m;
}

/*
 * "NATO and Russia agreed Wednesday to resume talks ... The decision was
 * taken at a meeting of the NATO-Russia Council": a meeting with no date
 * of its own that a sentence opens with the act told before ("The" and a
 * noun of grammar list decision_nouns, "was" and one of decision_verbs,
 * "at" or "during"), when the event made last before it is a meeting of a
 * day told in a sentence before, is that meeting; or NULL.
 */
static int
decision_opens(const struct mdtl_tags *tg, const struct phrase *ph)
{
	return ph->lo == 5 && in_list(tg, &tg->t[0], DEFINITE) &&
	    in_list(tg, &tg->t[1], DECISION_NOUNS) &&
	    in_list(tg, &tg->t[2], PASSIVE_AUX) &&
	    in_list(tg, &tg->t[3], DECISION_VERBS) &&
	    (is(&tg->t[4], "at") || is(&tg->t[4], "during"));
}

static struct mdtl_event *
decided_at(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, const struct phrase *ph)
{
	struct mdtl_event *m;

	if (*s->n < s->start + 2 || !decision_opens(tg, ph))
		return NULL;
	m = &(*s->v)[*s->n - 2];
	if (m->type != MDTL_EVENT_SUMMIT || m->date.gran != MDTL_GRAN_DAY ||
	    m->sentence == e->sentence)
		return NULL;
	return m;
}

/*
 * "Japan and the United States agreed Wednesday to deploy ..., the Defense
 * Ministry said.  The agreement was reached at a meeting of senior defense
 * officials in Tokyo": a meeting told as decided_at() tells it, right
 * after a sentence where two sides or more agreed on a day (no meeting of
 * theirs: agreement_met()), is of that day.
 */
static int
agreed_at(const struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, const struct phrase *ph)
{
	return s->agreed_sent != NULL && sent == s->agreed_sent + 1 &&
	    decision_opens(tg, ph);
}

/* Keep the day of sides agreeing at cue c, for agreed_at(). */
static void
note_agreement(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_timex *x = mdtl_tags_timex_at(tg, c->tok + 1);

	if (x == NULL)
		x = mdtl_tags_timex_at(tg, c->tok + 2);
	if (x == NULL || x->date.gran != MDTL_GRAN_DAY ||
	    !parties_before(tg, c->tok))
		return;
	s->agreed.date = x->date;
	s->agreed.text = span_text(s, tg, x->tok, x->ntok);
	s->agreed.basis = MDTL_BASIS_INHERITED;
	s->agreed.why = "no date of its own: the day the agreement reached "
	    "at it was told before";
	s->agreed_sent = sent;
}

/* Meeting e, of no date of its own, takes the day of meeting host (why). */
static void
host_day(struct mdtl_event *e, const struct mdtl_event *host, const char *why)
{
	struct when w;

	mdtl_dating_of(host, &w);
	w.basis = MDTL_BASIS_INHERITED;
	w.why = why;
	mdtl_dating_when(e, &w);
}

/* Is a word of grammar list future_markers ("will") in tokens [a, b)? */
static int
future_in(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b && a < tg->n; a++)
		if (future_marker(tg, a))
			return 1;
	return 0;
}

/*
 * Meeting e, the last event made, the meeting m told before: m takes its
 * people and its place, keeps its day, and e goes.
 */
static void
join_into(struct state *s, struct mdtl_event *m, const struct mdtl_event *e,
    const struct mdtl_sentence *sent)
{
	size_t i;

	for (i = 0; i < e->nactors; i++)
		mdtl_extract_actor_of(s, m, &e->actors[i]);
	if (m->location == NULL)
		m->location = e->location;
	mdtl_extract_mention(s, m, sent);
	(*s->n)--;
}

/*
 * Meeting e, the last event made, told again as m: m takes its day, its
 * people and its place, and e goes.
 */
static void
merge_into(struct state *s, struct mdtl_event *m, const struct mdtl_event *e,
    const struct mdtl_sentence *sent)
{
	struct when w;

	mdtl_dating_of(e, &w);
	mdtl_dating_when(m, &w);
	join_into(s, m, e, sent);
}

/*
 * The meeting to come told last, of a day: what a lapse of one to come
 * counts from ("will sign the convention in Aktau on August 12", then
 * "The foreign ministers will meet in Aktau a day earlier"); or NULL.
 */
static const struct mdtl_event *
to_come_last(struct state *s)
{
	const struct mdtl_event *m;

	for (m = last_summit(s, *s->n - 1); m != NULL;
	    m = last_summit(s, (size_t)(m - *s->v)))
		if (m->date.gran == MDTL_GRAN_DAY)
			return mdtl_date_day(&m->date) > s->day ? m : NULL;
	return NULL;
}

/*
 * The city of the dateline that heads the sentence ("KAZAN, Russia --"),
 * cue c past it; or NULL.
 */
static const struct mdtl_place *
dateline_city(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t past = mdtl_dating_past_dateline(tg);

	return past > 0 && c->tok >= past && tg->np > 0 && tg->p[0].tok == 0 ?
	    tg->p[0].place : NULL;
}

/* "on the sidelines of" at token i? */
static int
sidelines_at(const struct mdtl_tags *tg, size_t i)
{
	return i + 3 < tg->n && is(&tg->t[i], "on") &&
	    is(&tg->t[i + 1], "the") && is(&tg->t[i + 2], "sidelines") &&
	    is(&tg->t[i + 3], "of");
}

/* Is meeting e told as a gathering of many ("summit", "conference"), not
 * as talks or a meeting of some? */
static int
gathering(const struct mdtl_event *e)
{
	return cue_noun(e->why_cue, "summit") ||
	    cue_noun(e->why_cue, "conference");
}

/*
 * "two days before Tehran holds talks with six world powers in Baghdad
 * ... Ashton ... will meet Jalili in Baghdad on Wednesday": meeting e,
 * of a day and a city, is the meeting told before in the same city on
 * the same day, on the same side of the story's day (it keeps its own
 * words for the day); or NULL.  Not in a sentence of a meeting on the
 * sidelines of another, nor a visit told by its journey (grammar list
 * journeys), nor a summit after a meeting of some ("their 90-minute
 * meeting in Seoul" then "A nuclear security summit opens in Seoul on
 * Monday"): those are two.
 */
static struct mdtl_event *
same_day_there(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, const struct mdtl_place *place)
{
	struct mdtl_event *m;
	long day = mdtl_date_day(&e->date);
	size_t i;

	if (place == NULL || e->date.gran != MDTL_GRAN_DAY ||
	    journey(s, e))
		return NULL;
	for (i = 0; i + 3 < tg->n; i++)
		if (sidelines_at(tg, i))
			return NULL;
	for (m = last_summit(s, *s->n - 1); m != NULL;
	    m = last_summit(s, (size_t)(m - *s->v)))
		if (m->date.gran == MDTL_GRAN_DAY &&
		    mdtl_date_day(&m->date) == day && m->location != NULL &&
		    strcmp(m->location, place->name) == 0 &&
		    (day > s->day) == (mdtl_date_day(&m->date) > s->day))
			return journey(s, m) || gathering(m) != gathering(e) ?
			    NULL : m;
	return NULL;
}

/*
 * "In June 2007, then-President Vladimir Putin surprised the Group of
 * Eight summit in Heiligendamm by offering ...": is the act that took the
 * date opening the sentence told after the meeting at tok, by "by" and a
 * gerund, the means of the verb whose object the meeting is?
 */
static int
act_after(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	for (i = tok; i + 1 < tg->n && !boundary(&tg->t[i]); i++)
		if (is(&tg->t[i], "by") &&
		    (c = mdtl_tags_cue_at(tg, i + 1)) != NULL &&
		    c->tok == i + 1 && act_cue(c) &&
		    ends_in(tg->t[i + 1].norm, "ing", 4))
			return 1;
	return 0;
}

/*
 * "On February 27 Nalbandian will ...", "Earlier on Friday, Putin chaired
 * a meeting", "Later in the day, Obama was to have dinner": a day opening
 * the sentence after "on" (and "earlier" or "later"; or after "later in"),
 * a capitalised subject right after it or its comma ("the" too: "On
 * Saturday the leaders will be joined by ...", and a pronoun: "On Monday
 * he will meet Clinton"), and no cue nor
 * boundary between it and token tok; its index, or -1.
 */
static int
opening_date(const struct mdtl_tags *tg, size_t tok)
{
	size_t k, e, i, on, p, cs = 0;

	/* (or the clause after a semicolon: "...; on Tuesday he is to hold
	 * talks with ...") */
	for (i = 0; i < tok; i++)
		if (is(&tg->t[i], ";"))
			cs = i + 1;
	/* (or past a connective opening the sentence: "Prior to that, on
	 * January 21, Sargsyan will receive ...") */
	for (i = 0; cs == 0 && i < 4 && i + 2 < tok &&
	    tg->t[i].kind == MDTL_TOK_WORD && mdtl_tags_actor_at(tg, i) == NULL &&
	    mdtl_tags_timex_at(tg, i) == NULL; i++)
		if (i > 0 && is(&tg->t[i + 1], ",") &&
		    (is(&tg->t[i + 2], "on") || is(&tg->t[i + 2], "in")))
			cs = i + 2;
	/* (or the clause of "that" a date or a place opens: "We recall that
	 * in November 2010 the leaders of Russia and NATO agreed in
	 * Lisbon") */
	for (i = tok; cs == 0 && i-- > 1;)
		if (is(&tg->t[i], "that") && tg->t[i - 1].kind ==
		    MDTL_TOK_WORD && i + 1 < tok && (is(&tg->t[i + 1], "in") ||
		    is(&tg->t[i + 1], "on")))
			cs = i + 1;
	/* (past an aside of place: "that in Lisbon, in November 2010, the
	 * leaders ... agreed") */
	if ((p = place_past(tg, cs, tok)) > cs && p + 1 < tok &&
	    is(&tg->t[p], ",") && (is(&tg->t[p + 1], "in") ||
	    is(&tg->t[p + 1], "on")))
		cs = p + 1;
	on = cs + (cs + 2 < tg->n && (is(&tg->t[cs], "earlier") ||
	    is(&tg->t[cs], "later")) ? 1 : 0);
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		e = x->tok + x->ntok;
		if (e + 1 < tok && is(&tg->t[e], ","))
			e++;
		/* past an aside of place: "On 7-8 December, in Brussels, the
		 * regular meeting of the NATO Foreign Ministers took place" */
		if (e > x->tok + x->ntok && (p = place_past(tg, e, tok)) > e &&
		    p + 1 < tok && is(&tg->t[p], ","))
			e = p + 1;
		/* "In June 2007, then-President Vladimir Putin" */
		if (e + 2 < tok && is(&tg->t[e], "then") &&
		    is(&tg->t[e + 1], "-"))
			e += 2;
		/* "Later in the day, Obama was to have dinner with ...";
		 * "Earlier this month, Obama and Medvedev agreed at a
		 * summit", "In May, ...", "In mid-May, ..." (a day after
		 * "on" only) */
		if (!((mdtl_dating_modified(tg, x->tok) == on + 1 &&
		    (is(&tg->t[on], "on") ||
		    is(&tg->t[on], "in")) && (x->date.gran == MDTL_GRAN_DAY ||
		    (on == cs && is(&tg->t[on], "in")))) ||
		    (x->tok == cs && e > x->tok + x->ntok) ||
		    /* "Tomorrow NATO ministers will meet ...": a day's
		     * word, no comma */
		    (x->tok == cs && tg->t[x->tok].kind == MDTL_TOK_WORD &&
		    (x->flags & MDTL_TIMEX_RELATIVE))) || e >= tok ||
		    !((tg->t[e].flags & MDTL_TOK_CAP) ||
		    /* "On 24 June 2011, a trilateral meeting of the
		     * Presidents ... was held in Kazan" */
		    in_list(tg, &tg->t[e], DETERMINERS) ||
		    /* "On Monday he will meet Clinton" */
		    in_list(tg, &tg->t[e], PERSON_PRONOUNS) ||
		    is(&tg->t[e], "they") ||
		    /* "In two weeks, our leaders will gather in Chicago" */
		    in_list(tg, &tg->t[e], POSSESSIVES) ||
		    /* "Earlier this week, on the sidelines of the G8
		     * summit in Lough Erne, Obama proposed" */
		    (x->tok == cs && sidelines_at(tg, e))) ||
		    !mdtl_dating_dated(x) || (tg->tx_used[k] &&
		    !(tg->tx_used[k] == TX_ACT && (sidelines_at(tg, e) ||
		    act_after(tg, tok)))))
			continue;
		for (i = e; i < tok; i++) {
			const struct mdtl_cue_tag *act = mdtl_tags_cue_at(tg, i);
			size_t after;

			if (boundary(&tg->t[i]))
				return -1;
			/* (a limit's word is no act: "will be joined by
			 * Medvedev for a meeting") */
			if (act == NULL || act->kind == MDTL_PH_DEADLINE)
				continue;
			/* "On July 6, Obama and Medvedev agreed at a summit
			 * in Moscow", "said during talks": the act's
			 * occasion, of its day (the preposition the cue's
			 * last word, or right after it) */
			after = act->tok + act->ntok;
			if (after < tok && during_at(&tg->t[after]))
				after++;
			else if (!during_at(&tg->t[after - 1]))
				return -1;
			if (after + 3 < tok)
				return -1;
			i = after - 1;
		}
		return (int)k;
	}
	return -1;
}

/*
 * "Meeting over dinner at a lakeside hotel, the two presented ...": the
 * comma that ends a participle opening the sentence, a clause after it
 * (no act told before it), or 0.
 */
static size_t
opening_comma(const struct mdtl_tags *tg)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	if (tg->n == 0 || !ends_in(tg->t[0].norm, "ing", 4))
		return 0;
	for (i = 1; i + 2 < tg->n && i < 16; i++) {
		if (boundary(&tg->t[i]))
			return is(&tg->t[i], ",") ? i : 0;
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL &&
		    c->kind != MDTL_PH_SUMMIT)
			return 0;
	}
	return 0;
}

/*
 * "Tauscher was in Moscow last week, and she had good meetings with
 * Ryabkov": a stay told in the clause before the meeting's cue at tok, a
 * form of "be", "in", a place and its date, is the meeting's day, no cue
 * nor date between; the date's index, or -1.
 */
static int
stay_before(const struct mdtl_tags *tg, size_t tok)
{
	size_t k, i, a;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok + x->ntok >= tok || x->type != MDTL_TIMEX_DATE ||
		    !mdtl_dating_dated(x) || x->tok == 0 ||
		    !mdtl_tags_place_at(tg, x->tok - 1))
			continue;
		for (a = x->tok - 1; a > 0 && mdtl_tags_place_at(tg, a - 1);)
			a--;
		if (a < 2 || !is(&tg->t[a - 1], "in") ||
		    !in_list(tg, &tg->t[a - 2], STAYING))
			continue;
		for (i = x->tok + x->ntok; i < tok; i++)
			if (mdtl_tags_cue_at(tg, i) != NULL ||
			    mdtl_tags_timex_at(tg, i) != NULL)
				break;
		if (i == tok)
			return (int)k;
	}
	return -1;
}

/* The date of the meeting of ph: the index of its timex, or -1. */
static int
date_of(struct state *s, const struct mdtl_tags *tg, const struct phrase *ph)
{
	const struct mdtl_cue_tag *c = ph->c;
	size_t i;
	int x = -1, pass;

	if ((x = postponed_to(tg, ph)) >= 0 || put_off(tg, ph) ||
	    called_off(tg, ph))
		return x;
	/*
	 * its date, in its phrase: one after it a speech act may have taken
	 * ("proposed to Bush at the G8 summit on June 7"), not another
	 * meeting; first one not in a relative clause ("The talks, which
	 * began on July 3, will resume in September")
	 */
	for (pass = 0; pass < 2 && x < 0; pass++)
		for (i = 0; i < tg->ntx; i++)
			if (phrase_date(tg, ph, i, pass)) {
				x = (int)i;
				break;
			}
	/* "The 2012 round ... was held in Beijing last June": a finer date
	 * within the first's period is the meeting's; not past a verb of
	 * saying ("held talks in Baku this week, ... told Trend on Friday") */
	if (x >= 0) {
		for (i = (size_t)x + 1; i < tg->ntx; i++)
			if (phrase_date(tg, ph, i, 1) &&
			    mdtl_dating_within(&tg->tx[i].date, &tg->tx[x].date) &&
			    !cue_kind_in(tg, MDTL_PH_SPEECH,
			    tg->tx[x].tok, tg->tx[i].tok))
				return (int)i;
		return x;
	}
	/* "On April 19, X received Y": the verb's own date */
	if (ph->told && (x = mdtl_dating_own(s, tg, c->tok, c->ntok, 6, 3)) >= 0)
		return x;
	/* "by June, when the ministers meet in Brussels" */
	if ((x = when_clause(tg, c->tok)) >= 0)
		return x;
	/* "On February 27 Nalbandian will participate in the meeting of
	 * the Eastern Partnership foreign ministers": the date opening the
	 * sentence, no act told between */
	if ((x = opening_date(tg, c->tok)) >= 0)
		return x;
	/* "On October 23, Lavrov will be in Baku, where he will meet
	 * President Ilham Aliyev": the day of the place "where" stands for */
	if (ph->verb && is(&tg->t[clause_start(tg, c->tok)], "where") &&
	    ph->lo < c->tok && (x = opening_date(tg, ph->lo)) >= 0)
		return x;
	/* "on Thursday began a two-day meeting": the date of the verb it is
	 * the object of */
	if (ph->lo > 0 && in_list(tg, &tg->t[ph->lo - 1], OPENING_VERBS) &&
	    (x = mdtl_dating_own(s, tg, ph->lo - 1, 1, 0, 3)) >= 0)
		return x;
	/* "The summit ends Monday with a meeting on Afghanistan", "opened
	 * on Tuesday with talks": the day of the verb it opens or ends */
	if (done_with(tg, ph->lo, &x) && x >= 0)
		return x;
	/* "made on Thursday during a defence conference", "proposed a
	 * joint system a year earlier, at the NATO-Russia summit in
	 * Lisbon": the date of the act is the meeting's, though the act
	 * took it (not a limit's, "pledged to work towards a treaty by the
	 * end of the year, at their first meeting", nor another meeting's,
	 * "to meet in Almaty on April 5, after two days of talks", "to meet
	 * again in Baghdad on May 23 after talks in Istanbul") */
	if (ph->lo > 0 && in_list(tg, &tg->t[ph->lo - 1], OCCASION_PREPS))
		for (i = 0; i < tg->ntx; i++)
			if ((tg->tx[i].tok + tg->tx[i].ntok == ph->lo - 1 ||
			    (tg->tx[i].tok + tg->tx[i].ntok == ph->lo - 2 &&
			    is(&tg->t[ph->lo - 2], ",") &&
			    tg->tx_used[i] != TX_DEADLINE)) &&
			    tg->tx_used[i] != TX_MEETING &&
			    mdtl_dating_dated(&tg->tx[i]))
				x = (int)i;
	/* "agreed on Monday to cut their arsenals ..., at their first
	 * Kremlin summit": the day of the act told there, before it */
	if (x < 0 && ph->lo > 1 && is(&tg->t[ph->lo - 1], "at") &&
	    is(&tg->t[ph->lo - 2], ","))
		for (i = 0; i < tg->ntx && tg->tx[i].tok < ph->lo; i++)
			if (!tg->tx_used[i] && mdtl_dating_dated(&tg->tx[i]) &&
			    tg->tx[i].date.gran == MDTL_GRAN_DAY &&
			    no_meeting_between(tg, tg->tx[i].tok, c->tok))
				x = (int)i;
	if (x < 0)
		x = stay_before(tg, c->tok);
	if (x < 0 && ph->lo < c->tok)
		x = mdtl_dating_contrast(s, tg, ph->lo);
	if (x < 0)
		x = mdtl_dating_contrast(s, tg, c->tok);
	if (x < 0)
		x = limit_in(tg, ph);
	/* "* Nov. 20, 2010 - At a summit in Lisbon, ..." */
	return x >= 0 ? x : mdtl_dating_heading(tg);
}

/* Does "with" stand in [lo, hi) before its first actor? */
static int
with_before(const struct mdtl_tags *tg, size_t lo, size_t hi)
{
	size_t i;

	for (i = lo; i < hi && mdtl_tags_actor_at(tg, i) == NULL; i++)
		if (is(&tg->t[i], "with"))
			return 1;
	return 0;
}

/*
 * "Talks between Azerbaijan and Russia on the future of the Gabala radar
 * station are progressing", "The next meeting of the presidents of
 * Azerbaijan and Armenia may take place in Russia": talks told as a
 * process, or supposed, no meeting of their own; their sides named in
 * tokens [lo, hi) (two or more) are kept for the next round and for "the
 * presidents".
 */
static void
talks_of(struct state *s, const struct mdtl_tags *tg, size_t lo, size_t hi)
{
	const struct mdtl_actor *sides[4];
	size_t k, j, n = 0;

	for (k = 0; k < tg->nm && n < 4; k++) {
		const struct mdtl_actor_tag *m = &tg->m[k];
		const struct mdtl_actor *a = side(m->actor);

		if (m->tok < lo || m->tok >= hi || m->weak ||
		    m->actor->kind == MDTL_ACTOR_AGENCY)
			continue;
		for (j = 0; j < n && sides[j] != a; j++)
			;
		if (j == n)
			sides[n++] = a;
	}
	/* "Iran ... is ready to resume talks with world powers": one side
	 * after "with", the other the first named before the talks */
	if (n == 1 && with_before(tg, lo, hi))
		for (k = 0; k < tg->nm && tg->m[k].tok < lo; k++)
			if (!tg->m[k].weak &&
			    tg->m[k].actor->kind != MDTL_ACTOR_AGENCY &&
			    side(tg->m[k].actor) != sides[0]) {
				sides[n++] = side(tg->m[k].actor);
				break;
			}
	if (n < 2)
		return;
	memcpy(s->talked, sides, n * sizeof *sides);
	s->ntalked = n;
}


/* "the next round", "the next meeting", "the previous round": another
 * than one told before */
static int
sequel(const struct mdtl_tags *tg, const struct phrase *ph)
{
	/* "the next round", "another round" */
	return in_list(tg, &tg->t[ph->lo], SEQUELS) || (ph->lo + 1 < tg->n &&
	    in_list(tg, &tg->t[ph->lo + 1], SEQUELS));
}

/* Does the meeting's phrase name a round ("the last round of talks")? */
static int
a_round(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;

	for (i = ph->lo; i < ph->hi; i++)
		if (in_list(tg, &tg->t[i], ROUNDS))
			return 1;
	return 0;
}

/* e takes the sides of the talks told last as a process: 1 if any. */
static int
talks_told(struct state *s, struct mdtl_event *e)
{
	size_t i;

	for (i = 0; i < s->ntalked; i++)
		mdtl_extract_actor(s, e, s->talked[i], MDTL_ROLE_PARTICIPANT);
	return s->ntalked > 0;
}

/* Is a form of "discuss" at token i? */
static int
discuss_at(const struct mdtl_tags *tg, size_t i)
{
	return is(&tg->t[i], "discussed") || is(&tg->t[i], "discuss") ||
	    is(&tg->t[i], "discusses");
}

/*
 * "talks over the Soviet-era Gabala radar station": a name at [p, e) that
 * modifies a noun (not a meeting's: "the Lisbon summit") in what the
 * meeting is about, after "on", "over" or "about" (or "discussed", right
 * before it or further in its clause: "discussed the conflict and the
 * future of the Gabala radar station"), names the thing, not where they
 * met.
 */
static int
topic_place(const struct mdtl_tags *tg, size_t p, size_t e)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	if (e >= tg->n || tg->t[e].kind != MDTL_TOK_WORD ||
	    (tg->t[e].flags & MDTL_TOK_CAP) ||
	    ((c = mdtl_tags_cue_at(tg, e)) != NULL &&
	    c->kind == MDTL_PH_SUMMIT))
		return 0;
	for (i = p; i-- > 0 && p - i <= 5;) {
		if (is(&tg->t[i], "on") || is(&tg->t[i], "over") ||
		    is(&tg->t[i], "about"))
			return 1;
		/* "the sides discussed the Gabala radar station": what was
		 * discussed */
		if (i + 2 >= p && discuss_at(tg, i) &&
		    (i + 1 == p || in_list(tg, &tg->t[i + 1], DETERMINERS)))
			return 1;
		if (tg->t[i].kind != MDTL_TOK_WORD && !is(&tg->t[i], "-"))
			break;
	}
	for (i = p; i-- > 0 && p - i <= 16;) {
		if (discuss_at(tg, i))
			return 1;
		if (boundary(&tg->t[i]) && !is(&tg->t[i], ","))
			break;
	}
	return 0;
}

/*
 * "The ministers discussed Georgia ... and U.S. plans to deploy missile
 * defense sites in Poland": a place at p after an infinitive past the
 * meeting's verb c, no meeting's word between, is where that is done, not
 * where they met (but a meeting's noun has its own: "The summit is
 * scheduled to take place in Astrakhan").
 */
static int
infinitive_place(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c,
    size_t p)
{
	const struct mdtl_cue_tag *m;
	size_t k;

	for (k = p; k-- > c->tok + c->ntok;) {
		if (is(&tg->t[k], ";") || (tg->t[k].flags & MDTL_TOK_QUOTE) ||
		    ((m = mdtl_tags_cue_at(tg, k)) != NULL &&
		    m->kind == MDTL_PH_SUMMIT))
			return 0;
		/* (not "is planned to be held in Turkmenistan", its own) */
		if (infinitive(tg, k) && !is(&tg->t[k + 1], "be") &&
		    ((m = mdtl_tags_cue_at(tg, k + 1)) == NULL ||
		    m->kind != MDTL_PH_SUMMIT))
			return 1;
	}
	return 0;
}

/*
 * The place of the meeting of ph, the one of its phrase that says most;
 * and "will gather in Chicago for a two-day summit", "will travel to
 * Washington next week for consultations", "will arrive in Lisbon on
 * Saturday to take part in a meeting": the place its clause gives before
 * its purpose, and a date right before that, if *x has none.
 */
static const struct mdtl_place *
place_of(const struct mdtl_tags *tg, const struct phrase *ph, int *x)
{
	const struct mdtl_place *place = NULL;
	size_t i, p, from, at = 0;
	int best = -1, r;

	/*
	 * the most precise, one after a preposition before one that names
	 * a thing ("talks on the Gabala radar station in Baku"), and of
	 * those the first named ("talks in Baghdad ... and in Istanbul":
	 * the tags are not in the order of the words)
	 */
	for (i = 0; i < tg->np; i++) {
		size_t e = tg->p[i].tok + tg->p[i].ntok;
		int loc = tg->p[i].tok > 0 &&
		    in_list(tg, &tg->t[tg->p[i].tok - 1], LOCATIVES);

		if (e <= ph->lo || tg->p[i].tok >= ph->hi ||
		    in_gap(ph, tg->p[i].tok))
			continue;
		if ((!loc && topic_place(tg, tg->p[i].tok, e)) ||
		    (ph->verb && infinitive_place(tg, ph->c, tg->p[i].tok)))
			continue;
		/* "at Moscow's request": the side whose it is, not where
		 * (but "at Prague's Czernin Palace") */
		if (e + 1 < tg->n && is(&tg->t[e], "'s") &&
		    !(tg->t[e + 1].flags & MDTL_TOK_CAP))
			continue;
		/* "in the Black Sea resort": a region that qualifies a
		 * place it does not name */
		if (place_rank(tg->p[i].place) == 1 && e < tg->n &&
		    tg->t[e].kind == MDTL_TOK_WORD &&
		    !(tg->t[e].flags & MDTL_TOK_CAP) &&
		    mdtl_tags_cue_at(tg, e) == NULL &&
		    !in_list(tg, &tg->t[e], PREPOSITIONS) &&
		    !in_list(tg, &tg->t[e], AUXILIARIES))
			continue;
		r = 2 * place_rank(tg->p[i].place) + loc;
		if (r > best || (r == best && tg->p[i].tok < at)) {
			place = tg->p[i].place;
			at = tg->p[i].tok;
			best = r;
		}
	}
	if ((p = purpose_before(tg, ph->lo)) == 0)
		return place;
	from = clause_start(tg, ph->c->tok);
	for (i = tg->np; place == NULL && i-- > 0;)
		if (tg->p[i].tok >= from && tg->p[i].tok + tg->p[i].ntok <= p)
			place = tg->p[i].place;
	for (i = tg->ntx; *x < 0 && i-- > 0;)
		if (tg->tx[i].tok + tg->tx[i].ntok == p && !tg->tx_used[i] &&
		    mdtl_dating_dated(&tg->tx[i]))
			*x = (int)i;
	return place;
}

/*
 * The body or side that opens the clause of token tok right after its
 * conjunction ("a day after NATO leaders declared"), or that a relative
 * clause is on ("NATO leaders, who opened their two-day summit"), or NULL:
 * what "their" in the clause stands for.
 */
static const struct mdtl_actor *
clause_subject(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_timex *x;
	size_t i = clause_start(tg, tok);

	/* past a lapse, to its conjunction: not a list's next item */
	if (i > 0 && (x = mdtl_tags_timex_at(tg, i)) != NULL)
		i = x->tok + x->ntok;
	/* "NATO leaders, who opened their two-day summit": the body the
	 * relative clause is on */
	if (i > 1 && i < tok && is(&tg->t[i], "who") &&
	    is(&tg->t[i - 1], ",") && (m = mdtl_tags_actor_at(tg,
	    i - 2)) != NULL && !m->weak &&
	    m->actor->kind != MDTL_ACTOR_PERSON &&
	    m->actor->kind != MDTL_ACTOR_AGENCY)
		return m->actor;
	if (i == 0 || i >= tok || !in_list(tg, &tg->t[i], CIRCUMSTANCES))
		return NULL;
	for (i++; i < tok && i < tg->n; i++) {
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
			return m->weak || m->actor->kind == MDTL_ACTOR_PERSON ||
			    m->actor->kind == MDTL_ACTOR_AGENCY ? NULL :
			    m->actor;
		if (tg->t[i].kind != MDTL_TOK_WORD ||
		    mdtl_tags_cue_at(tg, i) != NULL)
			return NULL;
	}
	return NULL;
}

/* Are the sentence's actors all after "according to" (and a title)? */
static int
only_attributed(const struct mdtl_tags *tg)
{
	size_t i, k;

	for (i = 0; i < tg->nm; i++) {
		/* back over the title before the name: "according to
		 * Iranian Foreign Ministry spokeswoman Marzieh Afkham" */
		for (k = tg->m[i].tok; k > 0 && tg->m[i].tok - k < 6 &&
		    ((tg->t[k - 1].flags & MDTL_TOK_CAP) ||
		    people_at(tg, k - 1) != 0); k--)
			;
		if (k < 2 || !is(&tg->t[k - 1], "to") ||
		    !is(&tg->t[k - 2], "according"))
			return 0;
	}
	return tg->nm > 0;
}

/*
 * "Baku was following the discussions on the missile shield closely": a
 * meeting's phrase at lo that a verb of attention (grammar list
 * attention_verbs) has for its object is a topic watched, none told; its
 * "-ing" form after a form of "be" only ("Following the talks, Lavrov
 * said": after them).
 */
static int
watched(const struct mdtl_tags *tg, size_t lo)
{
	const struct mdtl_token *v;

	if (lo == 0 || !in_list(tg, v = &tg->t[lo - 1], ATTENTION_VERBS))
		return 0;
	return !ends_in(v->norm, "ing", 4) ||
	    (lo > 1 && in_list(tg, &tg->t[lo - 2], PASSIVE_AUX));
}

/* Does "On the eve of" open the sentence, right before the phrase at lo? */
static int
eve_opening(const struct mdtl_tags *tg, size_t lo)
{
	return lo >= 3 && lo <= 4 && is(&tg->t[lo - 1], "of") &&
	    is(&tg->t[lo - 2], "eve") && is(&tg->t[lo - 3], "the") &&
	    (lo == 3 || is(&tg->t[0], "on"));
}

/* The day delta days from meeting m's (which has a day), as w's date. */
static void
days_from(const struct mdtl_event *m, long delta, struct when *w)
{
	memset(&w->date, 0, sizeof w->date);
	w->date.gran = MDTL_GRAN_DAY;
	mdtl_civil_from_days(mdtl_date_day(&m->date) + delta, &w->date.year,
	    &w->date.month, &w->date.day);
	w->basis = MDTL_BASIS_RELATIVE;
}

/* The day before meeting m's, as w. */
static void
day_before(struct state *s, const struct mdtl_event *m, struct when *w)
{
	days_from(m, -1, w);
	w->text = "the eve of";
	w->why = mdtl_arena_strcat(&s->art->arena, "'the eve of' a meeting "
	    "told, of ", m->date_value, ": the day before", (char *)NULL);
}

/* The last meeting told with a day before event e, or NULL. */
static const struct mdtl_event *
last_dated(struct state *s, size_t e)
{
	const struct mdtl_event *m;

	for (m = last_summit(s, e); m != NULL &&
	    m->date.gran != MDTL_GRAN_DAY;
	    m = last_summit(s, (size_t)(m - *s->v)))
		;
	return m;
}

/*
 * "called Aliyev and Sargsyan on the eve of the summit": a meeting verb
 * (or a noun told held: "held bilateral consultations with Araqchi on the
 * eve of the round"), then "the eve of" a meeting named again: the day
 * before the last
 * meeting told before e with a day, as w; 1 if so.
 */
static int
eve_after(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c, const struct mdtl_event *e, struct when *w)
{
	const struct mdtl_event *before;
	size_t i;

	for (i = c->tok + c->ntok; i + 1 < tg->n && i <= c->tok + 10 &&
	    !boundary(&tg->t[i]); i++)
		if (is(&tg->t[i], "eve") && is(&tg->t[i + 1], "of"))
			break;
	if (!mdtl_dating_eve_of_meeting(tg, i))
		return 0;
	/* past those told by a month or more: "are to visit the region in
	 * July" */
	if ((before = last_dated(s, (size_t)(e - *s->v))) == NULL)
		return 0;
	day_before(s, before, w);
	return 1;
}

/*
 * "The ministers will meet in Aktau a day before the summit": a meeting
 * verb, then a lapse of days or weeks right before "before" or "after" and
 * a meeting named again: the last meeting told before event e with a day,
 * that lapse before or after it, as w; 1 if so.
 */
static int
lapse_of_meeting(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c, size_t e, struct when *w)
{
	const struct mdtl_event *before;
	const struct mdtl_cue_tag *m;
	size_t k, i, j, end = c->tok + c->ntok;
	long n, d;
	char unit;
	int after;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		i = x->tok + x->ntok;
		if (x->tok < end || x->tok > end + 8 || i + 1 >= tg->n ||
		    !clear_between(tg, end, x->tok) ||
		    (!is(&tg->t[i], "before") && !is(&tg->t[i], "after")))
			continue;
		after = is(&tg->t[i], "after");
		/* "the summit", "the Caspian summit" */
		for (j = i + 1; j < tg->n && j <= i + 3 &&
		    ((m = mdtl_tags_cue_at(tg, j)) == NULL ||
		    m->kind != MDTL_PH_SUMMIT || m->tok != j); j++)
			;
		if (j > i + 3 || j >= tg->n || !is(&tg->t[i + 1], "the") ||
		    ((unit = mdtl_dating_lapse_of(x, &n)) != 'D' &&
		    unit != 'W'))
			continue;
		if ((before = last_dated(s, e)) == NULL)
			return 0;
		d = (unit == 'W' ? 7 : 1) * n;
		days_from(before, after ? d : -d, w);
		w->text = span_text(s, tg, x->tok, i + 1 - x->tok);
		w->why = mdtl_arena_strcat(&s->art->arena, "a lapse from a "
		    "meeting told, of ", before->date_value, (char *)NULL);
		return 1;
	}
	return 0;
}

/*
 * "a 90-minute meeting between the two leaders": people counted after
 * "between" in the phrase of meeting ph, as pair_before() counts them
 * before its cue; 0 when none are.
 */
static int
pair_between(const struct mdtl_tags *tg, const struct phrase *ph)
{
	const struct mdtl_phrase *p;
	size_t i, len;

	for (i = ph->c->tok + ph->c->ntok; i < ph->hi; i++)
		if (is(&tg->t[i], "between"))
			break;
	if (i + 2 >= tg->n || i >= ph->hi || !is(&tg->t[++i], "the"))
		return 0;
	if (in_list(tg, &tg->t[i + 1], COUNTING) && ++i + 1 >= tg->n)
		return 0;
	p = mdtl_lexicon_match(tg->lex, &tg->t[i + 1], tg->n - i - 1,
	    1u << MDTL_PH_TITLE | 1u << MDTL_PH_COLLECTIVE, 0, &len);
	return p == NULL || !ends_in(tg->t[i + len].norm, "s", 4) ? 0 :
	    p->kind == MDTL_PH_TITLE ? 2 : 1;
}

/*
 * "Meeting over dinner at a lakeside hotel, the two presented ...": the
 * people the subject after a participle opening the sentence counts (2),
 * or 0.
 */
static int
pair_after_opening(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;

	if (ph->c->tok != 0 || (i = opening_comma(tg)) == 0)
		return 0;
	i += 1 + is(&tg->t[i + 1], "the");
	return in_list(tg, &tg->t[i], COUNTING) ? 2 : 0;
}

/* Does the subject of its clause open at the word at token i, past
 * determiners ("The co-chairs": a compound's words too)? */
static int
clause_subject_at(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = clause_start(tg, i); k < i; k++)
		if (!in_list(tg, &tg->t[k], DETERMINERS) &&
		    !is(&tg->t[k], "-") && !is(&tg->t[k + 1], "-"))
			return 0;
	return 1;
}

/* Actor a leaves e's actors, if it is one. */
static void
drop_actor(struct mdtl_event *e, const struct mdtl_actor *a)
{
	size_t i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i].id == a->id) {
			memmove(&e->actors[i], &e->actors[i + 1],
			    (e->nactors - i - 1) * sizeof *e->actors);
			e->nactors--;
			return;
		}
}

/* Actors named only in tokens [a, b) of the sentence leave e (with
 * persons, only the persons). */
static void
drop_named(const struct mdtl_tags *tg, struct mdtl_event *e, size_t a,
    size_t b, int persons)
{
	size_t k, j;

	for (k = 0; k < tg->nm; k++) {
		if (tg->m[k].tok < a || tg->m[k].tok >= b || (persons &&
		    tg->m[k].actor->kind != MDTL_ACTOR_PERSON))
			continue;
		for (j = 0; j < tg->nm; j++)
			if (tg->m[j].actor == tg->m[k].actor &&
			    (tg->m[j].tok < a || tg->m[j].tok >= b))
				break;
		if (j == tg->nm)
			drop_actor(e, tg->m[k].actor);
	}
}

static void
drop_named_in(const struct mdtl_tags *tg, struct mdtl_event *e, size_t a,
    size_t b)
{
	drop_named(tg, e, a, b, 0);
}

/*
 * "The presidents ... failed to reach a breakthrough at their meeting in
 * Kazan on Friday, Kremlin spokeswoman Natalya Timakova said": a
 * spokesperson (grammar list spokespersons) who reports the meeting in the
 * clause of a verb of saying after it, past a comma, is not one of its
 * people (unless named before it).
 */
static void
drop_reporter(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	size_t k, i;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->kind != MDTL_PH_SPEECH || c->inquote ||
		    c->tok <= ph->c->tok)
			continue;
		for (i = c->tok; i-- > ph->c->tok && c->tok - i <= 8 &&
		    !is(&tg->t[i], ",");)
			if (in_list(tg, &tg->t[i], SPOKESPERSONS) &&
			    i + 1 < c->tok)
				drop_named(tg, e, i + 1, c->tok, 1);
		return;
	}
}

/* Does a pronoun of a person ("he", "him", "her") stand in [a, b)? */
static int
person_pronoun_in(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b && a < tg->n; a++)
		if (in_list(tg, &tg->t[a], PERSON_PRONOUNS) ||
		    is(&tg->t[a], "him") || is(&tg->t[a], "her"))
			return 1;
	return 0;
}

/*
 * "Rogozin told reporters that Medvedev will meet Obama in Deauville": the
 * speaker of a verb of saying before the meeting verb, whose clause opens
 * with others named (not with a preposition: "said at the CIS summit" is
 * where he spoke), reports the meeting and is none of its people (unless
 * named again, or as "he" or "him" there: "told reporters that Obama
 * phoned him"); not so for a meeting named by its noun, which he may have
 * attended ("expected proposals before the OSCE Ministerial Council").
 */
static void
drop_speaker(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	const struct mdtl_cue_tag *c;
	size_t k, i;

	if (!ph->verb)
		return;
	for (k = tg->nc; k-- > 0;) {
		c = &tg->c[k];
		if (c->kind != MDTL_PH_SPEECH || c->inquote ||
		    c->tok + c->ntok > ph->lo)
			continue;
		/* (past "reporters that") */
		for (i = c->tok + c->ntok; i < ph->c->tok &&
		    (!boundary(&tg->t[i]) || is(&tg->t[i], "that")) &&
		    !in_list(tg, &tg->t[i], PREPOSITIONS) &&
		    mdtl_tags_actor_at(tg, i) == NULL; i++)
			;
		if (i < ph->c->tok && mdtl_tags_actor_at(tg, i) != NULL &&
		    !person_pronoun_in(tg, c->tok + c->ntok, ph->hi))
			drop_named_in(tg, e, clause_start(tg, c->tok), c->tok);
		return;
	}
}

/*
 * "Iran will hold talks next week, with Lavrov saying Friday that ...": the
 * subject of an absolute participle of saying after the meeting reports
 * it (unless named again).
 */
static void
drop_absolute_speaker(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	size_t k, w, end = ph->c->tok + ph->c->ntok;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->kind == MDTL_PH_SPEECH && !c->inquote && c->tok > end &&
		    ends_in(tg->t[c->tok].norm, "ing", 4) &&
		    (w = mdtl_speaker_absolute_with(tg, c->tok)) > end &&
		    is(&tg->t[w - 1], ","))
			drop_named_in(tg, e, w + 1, c->tok);
	}
}

/*
 * "Russian President Vladimir Putin, who returned to the Kremlin this
 * month, skipped the Group of Eight meeting": those named in the clause
 * before a verb of absence the meeting is the object of stayed away; they
 * leave e (the side of a person too).
 */
static void
drop_absent(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	size_t v = ph->lo, k, from;

	if (ph->verb || v == 0)
		return;
	while (v > 0 && in_list(tg, &tg->t[v - 1], DETERMINERS))
		v--;
	if (v == 0 || !in_list(tg, &tg->t[v - 1], ABSENCES))
		return;
	from = clause_start(tg, v - 1);
	for (k = 0; k < tg->nm; k++)
		if (tg->m[k].tok >= from && tg->m[k].tok < v - 1) {
			drop_actor(e, tg->m[k].actor);
			if (tg->m[k].actor->kind == MDTL_ACTOR_PERSON)
				drop_actor(e, mdtl_actor_side_on(tg->m[k].actor,
				    s->day));
		}
}

/* Another meeting than e told in e's sentence (named again there), or
 * NULL. */
static const struct mdtl_event *
told_here(const struct state *s, const struct mdtl_event *e)
{
	size_t k;

	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		if (m != e && m->type == MDTL_EVENT_SUMMIT && m->nactors > 0 &&
		    m->nmentions > 0 && m->mentions[m->nmentions - 1].span.start
		    == e->span.start)
			return m;
	}
	return NULL;
}

/*
 * "a meeting on Afghanistan": an actor named right after "on" past the
 * meeting's noun, and nowhere else in the sentence, is what it is about,
 * not one who meets; it leaves e.
 */
static void
drop_topic(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	const struct mdtl_actor_tag *m;
	size_t k, at = ph->c->tok + ph->c->ntok;

	/* (not "talks on Iran's nuclear programme", Iran's own) */
	if (ph->verb || at + 1 >= tg->n || !is(&tg->t[at], "on") ||
	    (m = mdtl_tags_actor_at(tg, at + 1)) == NULL || m->tok != at + 1 ||
	    (m->tok + m->ntok < tg->n && is(&tg->t[m->tok + m->ntok], "'s")))
		return;
	for (k = 0; k < tg->nm; k++)
		if (&tg->m[k] != m && tg->m[k].actor == m->actor)
			return;
	drop_actor(e, m->actor);
}

/*
 * "made the remarks ... when asked to comment on the international
 * conference on missile defense that opened in Moscow": a meeting's noun
 * after words about it (grammar list topic_words, then "on" or "about",
 * its determiner and modifiers between) is what they are about; those
 * named before the words are none of its people (unless its phrase names
 * whom it is "with"), and those of the sentence before are none either:
 * 1 when so.
 */
static int
drop_topic_speaker(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	size_t i = ph->c->tok, k;

	if (ph->verb)
		return 0;
	while (i > 0 && ph->c->tok - i < 4 && tg->t[i - 1].kind ==
	    MDTL_TOK_WORD && !in_list(tg, &tg->t[i - 1], PREPOSITIONS))
		i--;
	if (i < 2 || !(is(&tg->t[i - 1], "on") || is(&tg->t[i - 1], "about")) ||
	    !in_list(tg, &tg->t[i - 2], TOPIC_WORDS))
		return 0;
	for (k = ph->c->tok; k < ph->hi; k++)
		if (is(&tg->t[k], "with"))
			return 0;
	drop_named_in(tg, e, 0, i - 2);
	return 1;
}

/*
 * "a new round of consultations could take place in May, shortly before
 * the NATO summit in Chicago": those named in the name of a meeting told
 * after "before", "after" or "ahead of" past the cue are that meeting's;
 * they leave e.
 */
static void
drop_other_meeting(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	const struct mdtl_cue_tag *c;
	size_t k;

	for (k = ph->c->tok + ph->c->ntok; k < tg->n; k++)
		if ((c = meeting_after_mark(tg, ph, k, 1)) != NULL)
			drop_named_in(tg, e, k, c->tok + c->ntok);
}

/*
 * "The talks open in Almaty, Kazakhstan, on Tuesday": a country named
 * after a place's comma tells where, not who (its place's country joins
 * the meeting anyway, after those who meet).
 */
static void
drop_place_country(const struct mdtl_tags *tg, struct mdtl_event *e)
{
	size_t k;

	for (k = 0; k < tg->nm; k++) {
		const struct mdtl_actor_tag *m = &tg->m[k];

		if (m->actor->kind == MDTL_ACTOR_COUNTRY && !m->weak &&
		    m->tok >= 2 && is(&tg->t[m->tok - 1], ",") &&
		    mdtl_tags_place_at(tg, m->tok - 2))
			drop_named_in(tg, e, m->tok, m->tok + m->ntok);
	}
}

/*
 * "The next round is scheduled for December 12, diplomats said on Monday,
 * but few expect progress before the new U.S. administration settles
 * in": a clause of contrast after the meeting's, ", but", names none of
 * its people.
 */
static void
drop_contrast(const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph)
{
	size_t i;

	for (i = ph->c->tok + ph->c->ntok; i + 1 < tg->n; i++)
		if (is(&tg->t[i], ",") && is(&tg->t[i + 1], "but")) {
			drop_named_in(tg, e, i + 1, tg->n);
			return;
		}
}

/*
 * "round of expert consultations": the text of a meeting noun of the
 * phrase after its cue, or NULL.
 */
static const char *
other_noun(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t k;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SUMMIT &&
		    tg->c[k].tok > ph->c->tok && tg->c[k].tok < ph->hi &&
		    !in_gap(ph, tg->c[k].tok))
			return tg->c[k].ph->text;
	return NULL;
}

/*
 * The participants of meeting e: the actors of the sentence, the people
 * named before ("the two leaders met"), the last meeting's ("the two sides
 * would meet again") or the last ones named ("their meeting"), and the
 * country of its place.
 */
static void
participants(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph, const struct mdtl_place *place)
{
	int pair = pair_before(tg, ph->c->tok), x;
	const char *noun = other_noun(tg, ph);
	const struct mdtl_actor *body, *mine;
	const struct mdtl_event *m;
	size_t i, people, k, and;
	int subject_body = 0, topic = 0;

	if (pair == 0)
		pair = pair_between(tg, ph);
	if (pair == 0)
		pair = pair_after_opening(tg, ph);

	/* not the source the words are attributed to alone: "The talks
	 * will continue ..., according to Litovkin" */
	if (!only_attributed(tg)) {
		mdtl_extract_actors(s, tg, e, MDTL_ROLE_PARTICIPANT);
		drop_speaker(tg, e, ph);
		drop_absolute_speaker(tg, e, ph);
		/* "On Monday he will meet Clinton": whom "he" stands for,
		 * the subject opening the clause of the meeting verb (not
		 * "Reno has said she was consulted", the speaker's) */
		for (i = ph->c->tok; ph->verb && i-- > 0 &&
		    ph->c->tok - i <= 4 && !boundary(&tg->t[i]);)
			if ((mine = mdtl_speaker_pronoun(s, tg, i)) != NULL) {
				if (i == 0 || boundary(&tg->t[i - 1]) ||
				    mdtl_tags_timex_at(tg, i - 1) != NULL)
					mdtl_extract_actor(s, e, mine,
					    MDTL_ROLE_PARTICIPANT);
				break;
			}
		drop_topic(tg, e, ph);
		topic = drop_topic_speaker(tg, e, ph);
		drop_reporter(tg, e, ph);
		drop_absent(s, tg, e, ph);
		drop_other_meeting(tg, e, ph);
		drop_place_country(tg, e);
		drop_contrast(tg, e, ph);
		/* a meeting verb joined to another: not those of the
		 * other's own words */
		k = (size_t)(ph->c - tg->c);
		if (joined_dated(tg, verb_after(tg, k), &and))
			drop_named_in(tg, e, and, tg->n);
		if (joined_dated(tg, k, &and))
			drop_named_in(tg, e, tg->c[verb_before(tg, k)].tok,
			    and);
	}
	e->why_actor = "the actors of the sentence";
	/* "Negotiators will resume talks in August, a senior U.S. official
	 * said": the sides of the last meeting */
	if (sides_subject(tg, ph->c->tok)) {
		size_t named = e->nactors;

		/* theirs, not the source's that tells of them */
		e->nactors = 0;
		if (last_meeting(s, e, 0, place, noun)) {
			e->why_actor = "the sides its subject names: the last "
			    "meeting's";
			pair = 0;
		} else
			e->nactors = named;
	}
	if (e->nactors > 0 && !ph->possessive && pair) {
		for (i = 0, people = 0; i < s->nprev; i++)
			if (s->prev[i]->kind == MDTL_ACTOR_PERSON) {
				mdtl_extract_actor(s, e, s->prev[i],
				    MDTL_ROLE_PARTICIPANT);
				people++;
			}
		/* "The two leaders agreed to meet on the sidelines of the G8
		 * summit" after a sentence that names none: the last
		 * meeting's */
		if (people == 0)
			last_meeting(s, e, pair, place, noun);
	}
	/* "The co-chairs are expected to visit": a body's word before
	 * it, the body the article named with it; "The co-chairs, who
	 * visited Baku": the relative's antecedent; "their visit" further
	 * on, up to twelve plain words (names not counted) */
	for (i = ph->c->tok; i-- > 0 && (ph->c->tok - i <= 8 ||
	    (ph->possessive && ph->c->tok - i <= 30 &&
	    mdtl_dating_plain_words(tg, i, ph->c->tok) <= 12)) &&
	    (!boundary(&tg->t[i]) || (is(&tg->t[i], ",") &&
	    i + 1 == ph->c->tok - 1 && is(&tg->t[i + 1], "who")));)
		if ((body = mdtl_speaker_body_told(s, tg, i)) != NULL) {
			if (e->nactors == 0)
				e->why_actor = "a body's word: the body named "
				    "with it";
			mdtl_extract_actor(s, e, body, MDTL_ROLE_PARTICIPANT);
			/* "The co-chairs informed the minister about their
			 * recent meeting": whose "their" is */
			subject_body = subject_body || clause_subject_at(tg, i);
		}
	/* "an expanded meeting of the Defense Ministry board" */
	for (i = ph->lo; i < ph->hi; i++)
		if (!in_gap(ph, i) &&
		    (body = mdtl_speaker_body_of_kind(s, tg, i)) != NULL)
			mdtl_extract_actor(s, e, body, MDTL_ROLE_PARTICIPANT);
	if (ph->ours && s->line_para != 0 && s->line_who != NULL &&
	    !(tg->t[ph->lo].flags & MDTL_TOK_INQUOTE)) {
		/* "ANDERS FOGH RASMUSSEN: ... before our summit in Chicago":
		 * the side of the transcript line's speaker */
		e->nactors = 0;
		mdtl_extract_actor(s, e, mdtl_actor_side_on(s->line_who,
		    s->day), MDTL_ROLE_PARTICIPANT);
		e->why_actor = "\"our\" in a transcript's line: its speaker's "
		    "side";
	} else if (ph->possessive &&
	    (mine = clause_subject(tg, ph->lo)) != NULL) {
		/* "a day after NATO leaders declared ... at their summit in
		 * Chicago": whose the clause tells */
		e->nactors = 0;
		mdtl_extract_actor(s, e, mine, MDTL_ROLE_PARTICIPANT);
		e->why_actor = "a possessive: the subject of its clause";
	} else if (e->nactors == 0 && a_round(tg, ph) && talks_told(s, e)) {
		/* "The last round of talks collapsed in Istanbul": a round
		 * of the talks told as a process, between their sides */
		e->why_actor = "none named, a round of talks told: their "
		    "sides";
	} else if (e->nactors == 0 && done_with(tg, ph->lo, &x) &&
	    (m = told_here(s, e)) != NULL) {
		/* "The summit ends Monday with a meeting on Afghanistan":
		 * the people of the meeting the sentence names again */
		for (i = 0; i < m->nactors; i++)
			mdtl_extract_actor_of(s, e, &m->actors[i]);
		e->why_actor = "none named, one a meeting told again opens or "
		    "ends with: its people";
	} else if (e->nactors == 0 && last_meeting(s, e, pair, place, noun)) {
		e->why_actor = "none named: the last meeting's";
	} else if (e->nactors == 0 && pair == 2 && talks_told(s, e)) {
		/* "The presidents last met in Kazan", after "the next meeting
		 * of the presidents of Azerbaijan and Armenia may ..." */
		e->why_actor = "the people counted: the sides of the meeting "
		    "named last";
	} else if (e->nactors == 0 && sequel(tg, ph) && talks_told(s, e)) {
		/* "the next round of talks", after talks told as a process */
		e->why_actor = "none named, the next of talks told: their "
		    "sides";
	} else if (e->nactors == 1 && (mine = mdtl_extract_actor_any(s,
	    &e->actors[0])) != NULL && mine->kind == MDTL_ACTOR_PERSON &&
	    sequel(tg, ph) && (last_meeting(s, e, 0, place, noun) ||
	    talks_told(s, e))) {
		/* "Grushko said the next round of consultations could take
		 * place in January": the last meeting's people meet again,
		 * not the speaker alone; or the sides of the talks told */
		e->why_actor = "the next of a meeting: the one named and the "
		    "last meeting's";
	} else if ((e->nactors == 0 && !topic) ||
	    (ph->possessive && !subject_body)) {
		for (i = 0; i < s->nprev; i++)
			mdtl_extract_actor(s, e, s->prev[i],
			    MDTL_ROLE_PARTICIPANT);
		e->why_actor = ph->possessive ? "a possessive: the actors of "
		    "the sentence before" : "none named: the actors of the "
		    "sentence before";
	}
	/* "At the Munich Security Conference in February 2007 he accused
	 * Washington": the sentence's speaker was there */
	if (ph->lo == 1 && in_list(tg, &tg->t[0], OCCASION_PREPS) &&
	    s->sent_speaker != NULL &&
	    s->sent_speaker->kind == MDTL_ACTOR_PERSON)
		mdtl_extract_actor(s, e, s->sent_speaker,
		    MDTL_ROLE_PARTICIPANT);
	if (place != NULL)
		mdtl_extract_actor(s, e, mdtl_lexicon_place_country(s->lex,
		    place), MDTL_ROLE_PARTICIPANT);
	e->location = place ? place->name : NULL;
}

/* "met ... for two days of talks": the days a meeting's phrase tells it
 * lasted, or 0. */
static int
days_in(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t k;
	int n, most = 0;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SUMMIT && tg->c[k].tok >= ph->lo &&
		    tg->c[k].tok < ph->hi &&
		    (n = mdtl_dating_days_of(tg, tg->c[k].tok)) > most)
			most = n;
	return most;
}

/*
 * "Talks ... ended on Saturday ... The two-day talks began on Friday": a
 * meeting of several days named again after "the", with the day it began
 * (or that one opened: "Serdyukov, who opened the two-day conference on
 * Wednesday", after "at an international conference in Moscow on
 * Thursday"), the last meeting told having ended within those days, is
 * that one; or NULL.
 */
static struct mdtl_event *
began_before(struct state *s, const struct mdtl_tags *tg,
    const struct phrase *ph, int x)
{
	const struct mdtl_cue_tag *c = ph->c;
	size_t end = c->tok + c->ntok;
	int n = days_in(tg, ph);
	long d = mdtl_date_day(&tg->tx[x].date), last;
	struct mdtl_event *m;

	if (n < 2 || !is(&tg->t[ph->lo], "the") ||
	    !((end < tg->n && in_list(tg, &tg->t[end], OPENING_VERBS)) ||
	    (ph->lo > 0 && in_list(tg, &tg->t[ph->lo - 1], OPENING_VERBS))) ||
	    tg->tx[x].date.gran != MDTL_GRAN_DAY ||
	    (m = last_summit(s, *s->n)) == NULL ||
	    m->date.gran != MDTL_GRAN_DAY)
		return NULL;
	last = mdtl_date_day(&m->date);
	return last > d && last - d < n ? m : NULL;
}

/*
 * "President Bush and Russian President Vladimir Putin are meeting at the
 * Bush family estate", then "Mr. Putin arrived Sunday for what the White
 * House calls a relaxed visit": the meeting of ph that the subject of an
 * arrival (grammar list arrivals) on day x came for, one to three days
 * before the day the meeting told last, with no date of its own, was told
 * of, and one of its people, is that one, from the day of the arrival; or
 * NULL.
 */
static struct mdtl_event *
arrived_for(struct state *s, const struct mdtl_tags *tg,
    const struct phrase *ph, int x)
{
	const struct mdtl_timex *t = &tg->tx[x];
	const struct mdtl_actor *who;
	struct mdtl_event *m;
	size_t p = purpose_before(tg, ph->lo), v = t->tok, i;
	long d;

	if (v > 0 && is(&tg->t[v - 1], "on"))
		v--;
	if (p == 0 || !is(&tg->t[p], "for") || t->tok + t->ntok != p ||
	    v == 0 || !in_list(tg, &tg->t[v - 1], ARRIVALS) ||
	    t->date.gran != MDTL_GRAN_DAY ||
	    (who = mdtl_speaker_subject(tg, v - 1)) == NULL ||
	    who->kind != MDTL_ACTOR_PERSON ||
	    (m = last_summit(s, *s->n)) == NULL ||
	    m->why_date != told_on_why || m->date.gran != MDTL_GRAN_DAY)
		return NULL;
	d = mdtl_date_day(&m->date) - mdtl_date_day(&t->date);
	for (i = 0; d >= 1 && d <= 3 && i < m->nactors; i++)
		if (m->actors[i].id == who->id)
			return m;
	return NULL;
}

/*
 * "Iran agreed on Sunday ..., after four days of intense negotiations in
 * Geneva", then "Lavrov, who flew to Geneva on Friday to join the talks":
 * the meeting of ph, named by "the" as the purpose of a stay its clause
 * gives a place and the day x to (an infinitive a few words before it), is
 * the meeting told last, in that place, whose days hold x; or NULL.
 */
static struct mdtl_event *
joined_told(struct state *s, const struct mdtl_tags *tg,
    const struct phrase *ph, int x, const struct mdtl_place *place)
{
	const struct mdtl_timex *t = &tg->tx[x];
	struct mdtl_event *m;
	size_t p = purpose_before(tg, ph->lo);
	long d, first;

	if (p == 0 || !is(&tg->t[p], "to") || !is(&tg->t[ph->lo], "the") ||
	    t->tok + t->ntok > p || t->date.gran != MDTL_GRAN_DAY ||
	    place == NULL || (m = last_summit(s, *s->n)) == NULL ||
	    m->date.gran != MDTL_GRAN_DAY || m->location == NULL ||
	    strcmp(m->location, place->name) != 0)
		return NULL;
	d = mdtl_date_day(&t->date);
	first = mdtl_date_day(&m->date);
	return d >= first && d < first + (m->days > 1 ? m->days : 1) ? m :
	    NULL;
}

/*
 * "a conference in Baku, which opened on Wednesday": the first day of a
 * meeting of several, not the day of words said there.
 */
static int
opening_day(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t i = x->tok;

	if (i > 0 && is(&tg->t[i - 1], "on"))
		i--;
	return i > 0 && (is(&tg->t[i - 1], "opened") ||
	    is(&tg->t[i - 1], "began") || is(&tg->t[i - 1], "started"));
}

/*
 * "The conference, attended by ..., opened on Thursday": x, the day a
 * meeting is told to open, that of the last meeting told?
 */
static int
opened_that_day(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_timex *x)
{
	const struct mdtl_event *m;

	return opening_day(tg, x) && (m = last_summit(s, *s->n)) != NULL &&
	    m->date.gran == MDTL_GRAN_DAY && x->date.gran == MDTL_GRAN_DAY &&
	    mdtl_date_day(&m->date) == mdtl_date_day(&x->date);
}

/*
 * "Talks in Kazakhstan between Iran and six world powers ... have ended",
 * then "The talks in Almaty began on Tuesday": meeting e, told by the same
 * noun with no date, placed in the country of the city place.
 */
static int
in_its_country(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_phrase *ph, const struct mdtl_place *place)
{
	const struct mdtl_actor *country;

	if (place == NULL || place_rank(place) != 2 || e->location == NULL ||
	    e->why_cue == NULL || strcmp(e->why_cue, ph->text) != 0 ||
	    (country = mdtl_lexicon_place_country(s->lex, place)) == NULL)
		return 0;
	return strcmp(e->location, country->name) == 0;
}

/*
 * "the meeting", "The two-day consultations": the phrase ph a plain "the"
 * and its noun, a count of days between?
 */
static int
plain_the(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t lo = ph->lo, tok = ph->c->tok;

	return is(&tg->t[lo], "the") && (lo + 1 == tok || (lo + 4 == tok &&
	    is(&tg->t[lo + 2], "-") && is(&tg->t[lo + 3], "day")));
}

/*
 * "the conference on Sunday" (a plain "the" and the noun, its day right
 * after it, no place) after a meeting of that noun told with no day of
 * its own but the day of its words, within three days of it: that
 * meeting, of which this is a day (an earlier one only as the day it
 * opened: "who opened the conference on Friday"); or NULL.
 */
static struct mdtl_event *
day_of_told(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_sentence *sent, const struct phrase *ph, size_t x,
    const struct mdtl_place *place, const char *noun)
{
	struct mdtl_event *before;
	long d = mdtl_date_day(&tg->tx[x].date), b;
	size_t end = ph->c->tok + ph->c->ntok;

	if (!plain_the(tg, ph) || place != NULL || tg->tx[x].tok < end ||
	    tg->tx[x].tok > end + 1 ||
	    tg->tx[x].date.gran != MDTL_GRAN_DAY ||
	    (before = retold(s, tg, sent, place, 1, 0, noun)) == NULL ||
	    before->why_date != told_on_why ||
	    before->date.gran != MDTL_GRAN_DAY)
		return NULL;
	b = mdtl_date_day(&before->date);
	if (d > b)
		return d - b <= 3 ? before : NULL;
	return d < b && b - d <= 3 && ph->lo > 0 &&
	    (is(&tg->t[ph->lo - 1], "opened") ||
	    is(&tg->t[ph->lo - 1], "began")) ? before : NULL;
}

/*
 * The last meeting the article told with no date, by the same noun as the
 * phrase ph names one ("the Munich Security Conference" ... "the
 * conference"), or with only the story's day, gone by on date x, by a
 * plain "the" and a meeting noun (plain); or a
 * meeting told with no date in the city named, to come on date x ("As
 * NATO leaders gather in Chicago this weekend ... the Chicago summit,
 * which opens on Sunday"); or NULL.
 */
static struct mdtl_event *
undated_named(struct state *s, const struct mdtl_phrase *ph,
    const char *of, const struct mdtl_place *place,
    const struct mdtl_timex *x, int plain)
{
	int gone = mdtl_dating_gone_by(s, &x->date), last = 1;
	/* (the city's: a meeting to come, not "the last round ... ended in
	 * Istanbul in January 2011" after "a new round ... in Istanbul") */
	const struct mdtl_place *city = gone ? NULL : place;
	size_t k;

	for (k = *s->n; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type != MDTL_EVENT_SUMMIT)
			continue;
		if (e->date.gran == MDTL_GRAN_NONE && ((last &&
		    e->why_cue != NULL && (strcmp(e->why_cue, ph->text) == 0 ||
		    (of != NULL && strcmp(e->why_cue, of) == 0))) ||
		    (city != NULL && place_rank(city) == 2 &&
		    e->location != NULL && strcmp(e->location, city->name) ==
		    0) || in_its_country(s, e, ph, place)))
			return e;
		/* "The presidents ... have met in Paris" then "The meeting
		 * at the Elysee Palace on October 27": the last one, dated
		 * only by the story's day (or by none: "have resumed talks
		 * ... in Geneva" then "The two-day consultations, which began
		 * on Wednesday"), now told its own, gone by */
		if (last && plain && (e->basis == MDTL_BASIS_PUBLICATION ||
		    e->date.gran == MDTL_GRAN_NONE) &&
		    gone && (place == NULL || e->location == NULL ||
		    strcmp(e->location, place->name) == 0))
			return e;
		last = 0;
	}
	return NULL;
}

/*
 * The last meeting told with no date in the city place, when date x is to
 * come, or gone by for one told only as before the act ("days after the
 * ministers met in Brussels" ... "attended the Brussels meeting on
 * Thursday"), or for one told in the article's first sentence of events,
 * of a day of the news ("The NATO summit in Chicago brought no
 * breakthrough" ... "The alliance leaders, meeting in Chicago on Sunday,
 * announced"); or NULL.
 */
static struct mdtl_event *
undated_in_city(struct state *s, const struct mdtl_place *place,
    const struct mdtl_timex *x)
{
	int to_come, news;
	size_t k;

	if (place_rank(place) != 2 || s->day == 0)
		return NULL;
	to_come = mdtl_date_day(&x->date) > s->day;
	news = mdtl_dating_news_day(s, &x->date);
	for (k = *s->n; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT &&
		    e->date.gran == MDTL_GRAN_NONE && e->location != NULL &&
		    strcmp(e->location, place->name) == 0 &&
		    (to_come || e->why_date == lapse_undated_why ||
		    (news && e->span.start == (*s->v)[s->start].span.start)))
			return e;
	}
	return NULL;
}

/*
 * The last meeting told, when it has no day and the meeting's noun c opens
 * the sentence after "The" ("The summit, hosted by ..., is due to take
 * place on June 24") with date x to come; or NULL.
 */
static struct mdtl_event *
undated_told_last(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c, const struct mdtl_timex *x)
{
	struct mdtl_event *e;

	if (c->tok != 1 || !is(&tg->t[0], "the") || s->day == 0 ||
	    x->date.gran != MDTL_GRAN_DAY ||
	    mdtl_date_day(&x->date) <= s->day ||
	    (e = last_summit(s, *s->n)) == NULL)
		return NULL;
	return e->date.gran == MDTL_GRAN_NONE ? e : NULL;
}

/*
 * "The meeting of the Russia-NATO Council in Sochi did not bring a
 * breakthrough", then "The council met in the Black Sea resort on Monday":
 * a meeting verb at c whose subject is a body named again by its word
 * after "the" (mdtl_speaker_body_told()), with a day x, is the last meeting
 * told, still with no day, when that body is among its actors and no other
 * city is named; or NULL.
 */
static struct mdtl_event *
undated_met_again(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c, const struct mdtl_timex *x,
    const struct mdtl_place *place)
{
	const struct mdtl_actor *body;
	struct mdtl_event *e;
	size_t j;

	if (c->tok < 2 || x->date.gran != MDTL_GRAN_DAY ||
	    (body = mdtl_speaker_body_told(s, tg, c->tok - 1)) == NULL ||
	    (e = last_summit(s, *s->n)) == NULL ||
	    e->date.gran != MDTL_GRAN_NONE || (place != NULL &&
	    place_rank(place) == 2 && (e->location == NULL ||
	    strcmp(e->location, place->name) != 0)))
		return NULL;
	for (j = 0; j < e->nactors; j++)
		if (mdtl_extract_actor_any(s, &e->actors[j]) == body)
			return e;
	return NULL;
}

/* The last meeting told with a day in the city place, or NULL. */
static struct mdtl_event *
dated_in_city(struct state *s, const struct mdtl_place *place)
{
	size_t k;

	if (place_rank(place) != 2)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT &&
		    e->date.gran >= MDTL_GRAN_DAY && e->location != NULL &&
		    strcmp(e->location, place->name) == 0)
			return e;
	}
	return NULL;
}

/* "The sixth round of talks": what the round at cue c is of ("talks"), a
 * meeting's noun too, or NULL. */
static const char *
round_of(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t e = c->tok + c->ntok;

	return c->ntok == 1 && in_list(tg, &tg->t[c->tok], ROUNDS) &&
	    e + 1 < tg->n && is(&tg->t[e], "of") ? tg->t[e + 1].norm : NULL;
}

/*
 * "Putin ... later flew to Paris for talks with Hollande": "later" alone,
 * no date's word, in the clause before the meeting at tok, what its people
 * did next; or a departure in the past it was the aim of ("Mammadyarov
 * left for Brussels to attend a meeting").
 */
static int
later_on(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = clause_start(tg, tok); i < tok; i++)
		if ((is(&tg->t[i], "later") &&
		    mdtl_tags_timex_at(tg, i) == NULL) ||
		    in_list(tg, &tg->t[i], DEPARTURES))
			return 1;
	return 0;
}

/* Do meetings e and m have a person in common? */
static int
shares_person(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_event *m)
{
	const struct mdtl_actor *a;
	size_t i, j;

	for (i = 0; i < e->nactors; i++)
		if ((a = mdtl_extract_actor_any(s, &e->actors[i])) != NULL &&
		    a->kind == MDTL_ACTOR_PERSON)
			for (j = 0; j < m->nactors; j++)
				if (m->actors[j].id == e->actors[i].id)
					return 1;
	return 0;
}

/* Does a meeting's noun stand at token i: a meeting's cue, or a noun
 * ending its phrase? */
static int
meeting_noun_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c = mdtl_tags_cue_at(tg, i);

	return (c != NULL && c->kind == MDTL_PH_SUMMIT && c->tok == i) ||
	    /* the body that meets, named again by its noun alone: "on the
	     * sidelines of the council." */
	    (tg->t[i].kind == MDTL_TOK_WORD &&
	    !(tg->t[i].flags & MDTL_TOK_CAP) && (i + 1 == tg->n ||
	    tg->t[i + 1].kind == MDTL_TOK_PUNCT));
}

/*
 * "the NATO-Russia Council meeting held on the sidelines of the summit":
 * the meeting "the sidelines of the" names after token from, or in the
 * phrase that opens the sentence ("On the sidelines of the meeting,
 * Mammadyarov will hold bilateral talks"), told before e, of a day of the
 * news or one to come ("is expected to meet ... on the sidelines of the
 * meeting"), the last of a day told; "the sidelines" alone are those of
 * that one too; or NULL.
 */
static const struct mdtl_event *
sidelines_host(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, size_t from)
{
	const struct mdtl_event *last = NULL;
	size_t i, k;

	for (i = from; i + 1 < tg->n && i < from + 24 &&
	    !boundary(&tg->t[i]) && !is(&tg->t[i], "sidelines"); i++)
		;
	if ((i + 1 >= tg->n || !is(&tg->t[i], "sidelines")) && tg->n > 6 &&
	    is(&tg->t[0], "on") && is(&tg->t[1], "the") &&
	    is(&tg->t[2], "sidelines"))
		i = 2;
	if (i + 1 >= tg->n || !is(&tg->t[i], "sidelines"))
		return NULL;
	/* "the sidelines of the meeting", or alone, of the meeting told:
	 * "and will meet Lavrov on the sidelines." */
	if (tg->t[i + 1].kind != MDTL_TOK_PUNCT && (i + 3 >= tg->n ||
	    !is(&tg->t[i + 1], "of") || !is(&tg->t[i + 2], "the") ||
	    !meeting_noun_at(tg, i + 3)))
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		/* (past one of no day told after it: "the fourth Caspian
		 * summit, which will be held in Astrakhan in 2014") */
		if (m == e || m->type != MDTL_EVENT_SUMMIT ||
		    m->date.gran < MDTL_GRAN_DAY)
			continue;
		if (!mdtl_dating_news_day(s, &m->date) &&
		    mdtl_dating_gone_by(s, &m->date))
			return last;
		/* "Medvedev will arrive ... to attend a meeting of the
		 * NATO-Russia Council", then the NATO summit told, then
		 * "Medvedev is also expected to hold bilateral talks ... on
		 * the sidelines": the last he attends, if any */
		if (e == NULL || shares_person(s, e, m))
			return m;
		if (last == NULL)
			last = m;
	}
	return last;
}

/*
 * Meeting e, the last event made, held on the sidelines of the meeting at
 * index host: one told before of its day with a person of its, not the
 * host ("Putin and Bush met on the sidelines of the summit", then "after
 * his meeting with Bush on the sidelines of the summit"); or NULL.
 */
static struct mdtl_event *
twin_beside(struct state *s, const struct mdtl_event *e, size_t host)
{
	struct mdtl_event *m;
	size_t k;

	if (e->date.gran != MDTL_GRAN_DAY)
		return NULL;
	for (k = *s->n - 1; k-- > s->start;) {
		m = &(*s->v)[k];
		if (k != host && m->type == MDTL_EVENT_SUMMIT &&
		    m->date.gran == MDTL_GRAN_DAY &&
		    mdtl_date_day(&m->date) == mdtl_date_day(&e->date) &&
		    shares_person(s, e, m))
			return m;
	}
	return NULL;
}

/*
 * "told reporters after the hour-long meeting with Bush on the sidelines
 * of the summit": a meeting's noun at cue, "on the sidelines of" a
 * meeting's noun among the words of its phrase after it, the meeting held
 * there: one of its own beside the one told last by that noun (of any
 * day), not that one named again.  That one's index + 1, or 0.
 */
static size_t
beside_host(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *cue)
{
	const struct mdtl_cue_tag *c;
	const struct mdtl_event *e;
	size_t i, k;

	for (i = cue->tok + cue->ntok; i < tg->n && i < cue->tok + 8 &&
	    !boundary(&tg->t[i]) && !sidelines_at(tg, i); i++)
		;
	if (i >= tg->n || !sidelines_at(tg, i))
		return 0;
	for (k = i + 4; k < tg->n && k < i + 10 && !boundary(&tg->t[k]); k++)
		if ((c = mdtl_tags_cue_at(tg, k)) != NULL &&
		    c->kind == MDTL_PH_SUMMIT && c->tok == k) {
			e = told_by_noun(s, tg->t[k].norm, 0);
			return e != NULL ? (size_t)(e - *s->v) + 1 : 0;
		}
	return 0;
}

/*
 * "Medvedev will meet Obama ... in Seoul on Monday", then "would also hold
 * talks with Chinese President Hu Jintao in Seoul": the last meeting told
 * of a day to come in the city a meeting e to come with no date is in, or
 * NULL.
 */
static const struct mdtl_event *
held_there(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_place *place)
{
	size_t k;

	if (place == NULL || place_rank(place) != 2)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		if (m != e && m->type == MDTL_EVENT_SUMMIT &&
		    m->date.gran >= MDTL_GRAN_DAY && m->location != NULL &&
		    strcmp(m->location, place->name) == 0)
			return !mdtl_dating_gone_by(s, &m->date) ? m : NULL;
	}
	return NULL;
}

/*
 * "Rice is to sign the treaty in Prague on Tuesday. She will also meet
 * President Vaclav Klaus": a meeting to come with no date nor place, "also"
 * in the three words before its verb, whose subject is a pronoun or one of
 * the people of the meeting of a day to come made last, is another of that
 * visit: the index of that meeting, or -1.
 */
static long
also_held(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c)
{
	const struct mdtl_event *m;
	const struct mdtl_actor_tag *a;
	size_t i, k;

	for (i = c->tok; i-- > 0 && c->tok - i <= 3;)
		if (is(&tg->t[i], "also"))
			break;
	if (i >= c->tok || c->tok - i > 3 || i == 0 || *s->n <= s->start)
		return -1;
	m = &(*s->v)[*s->n - 1];
	if (m->type != MDTL_EVENT_SUMMIT || m->date.gran != MDTL_GRAN_DAY ||
	    mdtl_date_day(&m->date) <= s->day)
		return -1;
	/* the subject: the word before "also" or its modal */
	i--;
	if (i > 0 && future_marker(tg, i))
		i--;
	if (in_list(tg, &tg->t[i], PERSON_PRONOUNS))
		return (long)(*s->n - 1);
	if ((a = mdtl_tags_actor_at(tg, i)) == NULL)
		return -1;
	for (k = 0; k < m->nactors; k++)
		if (strcmp(m->actors[k].id, a->actor->id) == 0)
			return (long)(*s->n - 1);
	return -1;
}

/* "is", "are": the present of the progressive */
static int
present_be(const struct mdtl_token *t)
{
	return is(t, "is") || is(t, "are");
}

/*
 * "Talks between Iran and the six powers have started in Moscow": a
 * meeting whose opening the perfect tells is under way when told of; so
 * is one the progressive tells ("a session of the NATO-Russia Council in
 * Sochi, which is being attended by the ambassadors"; "Foreign ministers
 * ... are meeting in Geneva", with no day of its own).
 */
static int
under_way(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i = ph->c->tok, k = i;

	if (i > 0 && present_be(&tg->t[i - 1]) &&
	    ends_in(tg->t[i].norm, "ing", 4))
		return 1;
	/* "are holding talks", "is attending the summit" */
	while (k > 0 && in_list(tg, &tg->t[k - 1], DETERMINERS))
		k--;
	if (k > 1 && (is(&tg->t[k - 1], "holding") ||
	    is(&tg->t[k - 1], "attending")) && present_be(&tg->t[k - 2]))
		return 1;
	/* a host's greeting: "I am pleased to welcome you to St
	 * Petersburg" */
	if (is(&tg->t[i], "welcome") && i + 1 < tg->n &&
	    is(&tg->t[i + 1], "you"))
		return 1;

	for (i = ph->c->tok + ph->c->ntok; i + 1 < ph->hi; i++) {
		if ((is(&tg->t[i], "has") || is(&tg->t[i], "have")) &&
		    in_list(tg, &tg->t[i + 1], OPENING_VERBS))
			return 1;
		if ((is(&tg->t[i], "is") || is(&tg->t[i], "are")) &&
		    i + 2 < ph->hi && is(&tg->t[i + 1], "being") &&
		    (ends_in(tg->t[i + 2].norm, "ed", 3) ||
		    is(&tg->t[i + 2], "held")))
			return 1;
	}
	return 0;
}

/*
 * "The co-chairs briefed the head of state on their meeting with Sargsyan
 * in Yerevan on October 27": a meeting's phrase after "on" or "about" and
 * whom a verb of telling (grammar list audience_verbs, or "informed")
 * told, or after an outcome's "of": what the words were about, not their
 * occasion?
 */
static int
briefed_on(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i = ph->lo;

	/* and "discussed ... the results of the OSCE Ministerial Council
	 * held in Vilnius" (grammar list outcome_nouns) */
	if (i >= 2 && outcome_of(tg, i - 1))
		return 1;
	if (i == 0 || !(is(&tg->t[i - 1], "on") || is(&tg->t[i - 1], "about")))
		return 0;
	for (i--; i-- > 0 && ph->lo - i <= 10 && !boundary(&tg->t[i]);)
		if (in_list(tg, &tg->t[i], AUDIENCE_VERBS) ||
		    is(&tg->t[i], "informed"))
			return 1;
	return 0;
}

/* "his upcoming meeting", "the next NATO summit": a meeting's phrase
 * with a word of one still to come (grammar list coming_modifiers)? */
static int
to_come(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;

	for (i = ph->lo; i < ph->c->tok; i++)
		if (in_list(tg, &tg->t[i], COMING_MODIFIERS))
			return 1;
	return 0;
}

/*
 * "We have had two days of very productive discussions here in Istanbul",
 * "We have just concluded a meeting of the NATO-Russia Council": a meeting
 * the perfect tells held or ended (grammar list days_ended), just ended
 * when told of.
 */
static int
held_perfect(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i, v;

	for (i = clause_start(tg, ph->c->tok); i + 1 < ph->c->tok; i++) {
		if (!is(&tg->t[i], "has") && !is(&tg->t[i], "have"))
			continue;
		v = i + 1 + (is(&tg->t[i + 1], "just") && i + 2 < ph->c->tok);
		if (is(&tg->t[v], "had") || is(&tg->t[v], "held") ||
		    (ends_in(tg->t[v].norm, "ed", 3) &&
		    in_list(tg, &tg->t[v], DAYS_ENDED)))
			return 1;
	}
	return 0;
}

/*
 * "The two-day OSCE summit, the first in 11 years, gathered leaders": a
 * meeting verb whose subject is a meeting's noun (an aside between them)
 * tells of that meeting.
 */
static int
meeting_subject(const struct mdtl_tags *tg, size_t k)
{
	const struct mdtl_cue_tag *n;
	size_t i;

	if (k == 0 || (n = &tg->c[k - 1])->kind != MDTL_PH_SUMMIT ||
	    meeting_verb(tg, n))
		return 0;
	i = n->tok + n->ntok;
	/* the aside closes with a comma right before the verb */
	if (i < tg->c[k].tok && is(&tg->t[i], ","))
		return tg->c[k].tok - 1 > i && is(&tg->t[tg->c[k].tok - 1], ",");
	return i == tg->c[k].tok;
}

/*
 * A meeting told in the past with no date of its own: the day of the
 * meeting on whose sidelines it was held, of its first person's last
 * occasion ("X met Y", "X later flew to Paris for talks"), the day its
 * words were said there, or, for talks of several days that have just
 * ended, the story's.
 */
/*
 * "Putin and Bush will meet in Sochi on April 6, immediately after the NATO
 * summit in Bucharest, Kremlin aide Sergei Prikhodko told reporters": a
 * meeting at tok past an act in what the words after it (a comma between)
 * report, none before it, is that act's time, not the words' occasion.
 */
static int
in_words_reported(const struct mdtl_tags *tg, size_t tok)
{
	size_t k, i;
	int act = 0;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->inquote || c->tok == tok)
			continue;
		if (c->tok < tok) {
			if (c->kind == MDTL_PH_SPEECH)
				return 0;
			/* (a news conference is no act: "Putin, speaking at
			 * a joint news conference ... after talks at the Bush
			 * family estate, said") */
			act |= c->kind != MDTL_PH_NOT_SUMMIT;
			continue;
		}
		if (c->kind != MDTL_PH_SPEECH)
			continue;
		for (i = tok; i < c->tok && !is(&tg->t[i], ","); i++)
			;
		return act && i < c->tok;
	}
	return 0;
}

/* "of the visit", "of his visit" at token i: a meeting named again (a
 * definite determiner or a possessive, then a meeting's noun). */
static int
of_the_meeting(const struct mdtl_tags *tg, size_t i)
{
	return i + 1 < tg->n && (in_list(tg, &tg->t[i], DEFINITE) ||
	    in_list(tg, &tg->t[i], POSSESSIVES)) &&
	    in_list(tg, &tg->t[i + 1], SCHEDULED);
}

static const char nth_day_why[] =
    "its day counted from the first of the meeting told before it";

/*
 * "NATO defence ministers met in Brussels on Wednesday and Thursday;
 * Rogozin attended a session of the NATO-Russia Council on the second
 * day": the day of the meeting told last in the sentence that the words
 * after the phrase count ("on the second day", no "of" after it but that
 * of the meeting named again: "on the second day of the visit"), or 0.
 */
static int
nth_day_at(const struct mdtl_tags *tg, size_t i)
{
	return i + 3 < tg->n && is(&tg->t[i], "on") &&
	    is(&tg->t[i + 1], "the") && is(&tg->t[i + 3], "day") &&
	    !(i + 4 < tg->n && is(&tg->t[i + 4], "of") &&
	    !of_the_meeting(tg, i + 5)) ?
	    mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DAY_ORDINALS,
	    &tg->t[i + 2]) : 0;
}

static int
on_nth_day(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;
	int nth;

	for (i = ph->c->tok + ph->c->ntok; i + 3 < tg->n && i < ph->hi + 4 &&
	    !boundary(&tg->t[i]); i++)
		if ((nth = nth_day_at(tg, i)) >= 1)
			return nth;
	return 0;
}

/*
 * "On the second day, the ministers will hold a session of the NATO-Russia
 * Council": the day, opening the sentence before its comma, that counts
 * the days of the meeting told before (2), or 0.
 */
static int
opening_nth_day(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t o = mdtl_dating_past_dateline(tg);
	int nth = nth_day_at(tg, o);

	return nth >= 1 && o + 4 < ph->c->tok && is(&tg->t[o + 4], ",") ?
	    nth : 0;
}

/*
 * "Three months before NATO leaders gather in Chicago, the alliance and
 * Russia remain deadlocked": a lapse that opens the sentence, then the
 * clause of "before" (or "after") the meeting at tok is told in, counts
 * from the story's day, known to its unit ("three months": a month);
 * into w, 0, or -1.
 */
static int
lapse_opening(struct state *s, const struct mdtl_tags *tg, size_t tok,
    struct when *w)
{
	const struct mdtl_timex *x;
	size_t o = mdtl_dating_past_dateline(tg), e;
	enum mdtl_gran g;
	long n;
	char unit;

	if (s->day == 0 || (x = mdtl_tags_timex_at(tg, o)) == NULL ||
	    x->tok != o || (unit = mdtl_dating_lapse_of(x, &n)) == 0 ||
	    (e = x->tok + x->ntok) >= tok || !(is(&tg->t[e], "before") ||
	    is(&tg->t[e], "after")) || !clear_between(tg, e, tok))
		return -1;
	g = unit == 'D' ? MDTL_GRAN_DAY : unit == 'W' ? MDTL_GRAN_WEEK :
	    unit == 'M' ? MDTL_GRAN_MONTH : MDTL_GRAN_YEAR;
	if (mdtl_date_after(s->day, is(&tg->t[e], "before") ? n : -n, unit,
	    &w->date) != 0)
		return -1;
	mdtl_date_unit(mdtl_date_day(&w->date), g, &w->date);
	w->basis = MDTL_BASIS_RELATIVE;
	w->text = span_text(s, tg, x->tok, x->ntok + 1);
	w->why = mdtl_arena_strcat(&s->art->arena, "'", w->text, "': a "
	    "lapse that opens the sentence, from the story's day",
	    (char *)NULL);
	return 0;
}

/*
 * "China on Tuesday called on ..., after NATO declared an interim
 * capability ... at its Chicago summit": is the meeting at tok told in a
 * clause of "after" with a subject and a verb of saying of its own, the
 * occasion of that act, before the words told?
 */
static int
after_act(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i, k;

	for (i = tok; i-- > 1 && !boundary(&tg->t[i]);) {
		if (!is(&tg->t[i], "after"))
			continue;
		if (!is(&tg->t[i - 1], ",") ||
		    mdtl_tags_actor_at(tg, i + 1) == NULL)
			return 0;
		for (k = i + 1; k < tok; k++)
			if ((c = mdtl_tags_cue_at(tg, k)) != NULL &&
			    c->tok == k && c->kind == MDTL_PH_SPEECH)
				return 1;
		return 0;
	}
	return 0;
}

/*
 * "met in Brussels on Wednesday and Thursday; Rogozin attended a session
 * ... on the second day" (the meeting told last in the sentence), "On the
 * second day, the ministers will hold a session" (opening the sentence:
 * the meeting told last before it): into w the day counted from that
 * meeting's first; 0, or -1 when there is none.
 */
static int
nth_day_of_told(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, const struct mdtl_event *e,
    const struct phrase *ph, struct when *w)
{
	const struct mdtl_event *named = NULL;
	int in_clause = 1, nth;
	size_t k, i;

	if ((nth = on_nth_day(tg, ph)) <= 1) {
		in_clause = 0;
		if ((nth = opening_nth_day(tg, ph)) <= 1)
			return -1;
	}
	/* "on the second day of the visit": the one told by that noun */
	for (i = ph->c->tok + ph->c->ntok; in_clause && i + 6 < tg->n &&
	    i < ph->hi + 4; i++)
		if (nth_day_at(tg, i) >= 1 && is(&tg->t[i + 4], "of")) {
			named = told_by_noun(s, tg->t[i + 6].norm, 0);
			if (named == NULL)
				return -1;
			break;
		}
	for (k = (size_t)(e - *s->v); k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		if (named != NULL && m != named)
			continue;
		if (named == NULL && in_clause &&
		    m->span.start != sent->span.start)
			break;
		if (m->type != MDTL_EVENT_SUMMIT ||
		    m->date.gran != MDTL_GRAN_DAY)
			continue;
		mdtl_dating_of(m, w);
		mdtl_civil_from_days(mdtl_date_day(&m->date) + nth - 1,
		    &w->date.year, &w->date.month, &w->date.day);
		w->basis = MDTL_BASIS_RELATIVE;
		w->why = nth_day_why;
		return 0;
	}
	return -1;
}

/*
 * "Nato leaders meeting in Chicago declared on Sunday ...": a meeting told
 * by a participle right after its people's plural noun, the act of those
 * people after it and its place (a verb of saying, threatening or
 * offering, no other word between but a preposition and names), an event
 * of the sentence with a day of its own gone by: that day, into w; 0, or
 * -1.
 */
static int
participle_act_day(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, const struct phrase *ph, struct when *w)
{
	const struct mdtl_cue_tag *c = ph->c, *act = NULL;
	const struct mdtl_token *before;
	size_t i, k;

	if (c->ntok != 1 || c->tok == 0 ||
	    !ends_in(tg->t[c->tok].norm, "ing", 5))
		return -1;
	before = &tg->t[c->tok - 1];
	if (before->kind != MDTL_TOK_WORD || in_list(tg, before, DETERMINERS) ||
	    in_list(tg, before, PREPOSITIONS) || !ends_in(before->norm, "s", 3))
		return -1;
	for (i = c->tok + 1; i < tg->n && i <= c->tok + 8; i++) {
		if ((act = mdtl_tags_cue_at(tg, i)) != NULL && act->tok == i)
			break;
		act = NULL;
		if (tg->t[i].kind != MDTL_TOK_WORD ||
		    !((tg->t[i].flags & MDTL_TOK_CAP) ||
		    in_list(tg, &tg->t[i], PREPOSITIONS)))
			return -1;
	}
	if (act == NULL || act->inquote || !act_cue(act))
		return -1;
	for (k = s->start; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->span.start != sent->span.start ||
		    e->why_cue != act->ph->text ||
		    (e->basis != MDTL_BASIS_EXPLICIT &&
		    e->basis != MDTL_BASIS_RELATIVE) ||
		    !mdtl_dating_gone_by(s, &e->date))
			continue;
		mdtl_dating_of(e, w);
		w->basis = MDTL_BASIS_INHERITED;
		w->why = "no date of its own: the day of the act of the "
		    "people its participle is on";
		return 0;
	}
	return -1;
}

/*
 * "The council met in the Black Sea resort on Monday, and President Dmitry
 * Medvedev received the ambassadors": a meeting verb at c opening a clause
 * of ", and" with its own subject (an actor), after a clause whose meeting
 * took a day gone by: that day's timex, or -1.
 */
static int
and_clause_day(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_cue_tag *c)
{
	const struct mdtl_actor_tag *m;
	size_t i = c->tok, k, a;

	if (i == 0 || (m = mdtl_tags_actor_at(tg, i - 1)) == NULL ||
	    m->tok + m->ntok != i)
		return -1;
	/* (past the subject's title: "President") */
	for (a = m->tok; a > 0 && m->tok - a < 4 &&
	    (tg->t[a - 1].flags & MDTL_TOK_CAP) &&
	    tg->t[a - 1].kind == MDTL_TOK_WORD; a--)
		;
	if (a < 3 || !is(&tg->t[a - 1], "and") || !is(&tg->t[a - 2], ","))
		return -1;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok <= a - 2 &&
		    tg->tx_used[k] == TX_MEETING &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_gone_by(s, &tg->tx[k].date))
			return (int)k;
	return -1;
}

static void
undated(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, struct mdtl_event *e,
    const struct phrase *ph, int ndays, const struct when *speech)
{
	const struct mdtl_event *host;
	struct when w;
	int lapse, x;

	if (ph->verb && (x = and_clause_day(s, tg, ph->c)) >= 0) {
		mdtl_dating_set(s, tg, e, (size_t)x);
		e->why_date = mdtl_arena_strcat(&s->art->arena, "a meeting in "
		    "a clause of ', and' after one of a day: that day, ",
		    e->why_date, (char *)NULL);
		return;
	}

	if (lapse_opening(s, tg, ph->c->tok, &w) == 0) {
		mdtl_dating_when(e, &w);
		return;
	}
	if (mdtl_dating_came_at(s, tg, ph->c->tok, &w) == 0) {
		mdtl_dating_when(e, &w);
		return;
	}
	if (participle_act_day(s, sent, tg, ph, &w) == 0) {
		mdtl_dating_when(e, &w);
		return;
	}

	if (nth_day_of_told(s, sent, tg, e, ph, &w) == 0) {
		mdtl_dating_when(e, &w);
		return;
	}

	if ((host = sidelines_host(s, tg, e, ph->c->tok + ph->c->ntok)) !=
	    NULL) {
		mdtl_dating_of(host, &w);
		w.basis = MDTL_BASIS_INHERITED;
		w.why = "no date of its own: that of the meeting on whose "
		    "sidelines it was held";
		mdtl_dating_when(e, &w);
		/* "Medvedev, who attended the meeting ..., said": the
		 * occasion of the words its aside tells */
		if (in_relative(tg, ph->c->tok))
			acts_take(s, sent, &w, NULL, NULL);
		mdtl_dating_occasion(s, e, 1);
		return;
	}
	/* "said talks were going nowhere, days after the alliance's defence
	 * ministers met in Brussels": before the act told by a lapse of no
	 * number, of no day the sentence gives */
	if ((lapse = mdtl_meeting_vague_lapse(tg, ph->c->tok)) ==
	    MDTL_LAPSE_HOURS && speech->date.gran != MDTL_GRAN_NONE) {
		told_on(e, speech, ndays);
		e->why_date = "a meeting hours before or after the act told: "
		    "its day";
		return;
	}
	if (lapse) {
		e->why_date = lapse_undated_why;
		return;
	}
	/* "attended the ceremony at the Deveselu air base": a meeting
	 * verb in the past tells one, whoever it was with */
	if (ph->told || later_on(tg, ph->c->tok) || (ph->verb &&
	    past_cue(tg, ph->c))) {
		mdtl_dating_inherit(s, e, mdtl_extract_first_person(s, e));
		/* "President Bush has hosted Putin ... for two days of
		 * informal talks": days the present perfect tells held up
		 * to the day told, from their first */
		if (ph->verb && ph->c->tok > 0 &&
		    (is(&tg->t[ph->c->tok - 1], "has") ||
		    is(&tg->t[ph->c->tok - 1], "have")))
			first_day(e, days_in(tg, ph), "a meeting of days the "
			    "present perfect tells held, with no date of its "
			    "own: its first day");
	} else if (speech->date.gran != MDTL_GRAN_NONE &&
	    ((mdtl_dating_told_there(tg, ph->c->tok) &&
	    !in_words_reported(tg, ph->c->tok) && !to_come(tg, ph) &&
	    !after_act(tg, ph->c->tok)) || under_way(tg, ph)))
		told_on(e, speech, ndays);
	else if (s->lead.date.gran != MDTL_GRAN_NONE && under_way(tg, ph))
		told_on(e, &s->lead, ndays);
	else if (speech->date.gran != MDTL_GRAN_NONE &&
	    is(&tg->t[clause_start(tg, ph->c->tok)], "as"))
		/* "Merkel said Monday ..., as NATO leaders wrapped up their
		 * two-day summit in Chicago": at the time of the words */
		told_on(e, speech, ndays);
	else if (held_perfect(tg, ph) && (speech->date.gran != MDTL_GRAN_NONE ||
	    s->lead.date.gran != MDTL_GRAN_NONE))
		told_on(e, speech->date.gran != MDTL_GRAN_NONE ? speech :
		    &s->lead, mdtl_dating_days_of(tg, ph->c->tok));
	else if (ndays > 1 && s->lead.date.gran == MDTL_GRAN_DAY)
		/* "as the leaders wrapped up two days of meetings" */
		told_on(e, &s->lead, ndays);
	else if (s->heading.basis != MDTL_BASIS_NONE)
		/* an item under a calendar's "Monday, October 3" */
		mdtl_dating_when(e, &s->heading);
	else
		e->why_date = "a meeting with no date";
	/* "made the remarks ... on the second day of his visit": told on
	 * its second day, it began the day before */
	if (e->days <= 1)
		first_day(e, nth_day_of(tg, ph->lo), "no date of its own: "
		    "told on a day of its days after the first, counted back");
}

/*
 * "will be held at the end of February", "and Brussels at the end of the
 * month": late in the unit, its day not told (a limit's is its last): the
 * meeting e dated by x has the unit x's value names.
 */
static void
late_in_unit(struct mdtl_event *e, const struct mdtl_timex *x)
{
	struct mdtl_date unit;

	if (mdtl_date_parse_value(x->value, &unit) == 0 &&
	    unit.gran < e->date.gran && e->basis != MDTL_BASIS_INHERITED) {
		e->date = unit;
		mdtl_date_format(&e->date, e->date_value,
		    sizeof e->date_value);
	}
}

/* Past a person named at token i, after title words: its end, or 0. */
static size_t
person_after(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;
	size_t j;

	for (j = i; j < tg->n && j < i + 4 && mdtl_tags_actor_at(tg, j) ==
	    NULL && tg->t[j].kind == MDTL_TOK_WORD &&
	    (tg->t[j].flags & MDTL_TOK_CAP); j++)
		;
	m = j < tg->n ? mdtl_tags_actor_at(tg, j) : NULL;
	return m != NULL && m->actor->kind == MDTL_ACTOR_PERSON ?
	    m->tok + m->ntok : 0;
}

/*
 * "will visit Berlin on Monday and Paris on Tuesday", "talks with Merkel
 * in Berlin on June 4 and with President Nicolas Sarkozy in Paris the
 * following day": after the date x of the meeting of ph, "and", whom it is
 * with, a place and a date of their own make another stop of the same
 * journey.
 */
static void
next_stop(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_cue_tag *c,
    const struct phrase *ph, int x, int future)
{
	const struct mdtl_place *place;
	struct mdtl_event *e;
	size_t i = tg->tx[x].tok + tg->tx[x].ntok, k;

	/* ", and again in Baghdad in May" */
	if (i + 2 < tg->n && is(&tg->t[i], ","))
		i++;
	if (i + 2 >= tg->n || !is(&tg->t[i], "and"))
		return;
	i++;
	if (in_list(tg, &tg->t[i], ACT_ADVERBS))
		i++;
	/* "and with President Nicolas Sarkozy in Paris" */
	if (i + 1 < tg->n && is(&tg->t[i], "with") &&
	    (i = person_after(tg, i + 1)) == 0)
		return;
	if (i < tg->n && in_list(tg, &tg->t[i], PREPOSITIONS))
		i++;
	if (i < tg->n && is(&tg->t[i], "the"))	/* "the Czech Republic" */
		i++;
	if ((place = place_tag_at(tg, i, &i)) == NULL)
		return;
	if (i < tg->n && in_list(tg, &tg->t[i], PREPOSITIONS))
		i++;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok == i && !tg->tx_used[k] &&
		    mdtl_dating_dated(&tg->tx[k]))
			break;
	if (k == tg->ntx)
		return;
	e = mdtl_extract_event(s, sent, MDTL_EVENT_SUMMIT, c->ph->text);
	participants(s, tg, e, ph, place);
	mdtl_dating_set(s, tg, e, k);
	late_in_unit(e, &tg->tx[k]);
	tg->tx_used[k] = TX_MEETING;
	if (future && s->lex->cameo[MDTL_EVENT_SUMMIT] != NULL)
		e->cameo = "036";
	else
		mdtl_extract_code(s, e, c->ph);
}

/*
 * "During the meeting, ...", "At the talks, ...": a phrase of a meeting
 * told before, by "the" and its noun, opening the sentence, its comma
 * before token tok?
 */
static int
at_meeting_told(const struct mdtl_tags *tg, size_t tok)
{
	size_t k, i;

	if (tok < 4 || !(is(&tg->t[0], "during") || is(&tg->t[0], "at")) ||
	    !in_list(tg, &tg->t[1], DEFINITE))
		return 0;
	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->kind != MDTL_PH_SUMMIT || c->tok < 2 || c->tok > 4)
			continue;
		for (i = 2; i < c->tok; i++)
			if (tg->t[i].kind != MDTL_TOK_WORD)
				return 0;
		i = c->tok + c->ntok;
		if (i >= tok || !is(&tg->t[i], ","))
			return 0;
		/* (but "During the visit, Mammadyarov will hold talks with
		 * Lavrov on 15 March": one of its own day) */
		for (k = 0; k < tg->ntx; k++)
			if (tg->tx[k].tok > tok && mdtl_dating_dated(&tg->tx[k]) &&
			    tg->tx[k].date.gran >= MDTL_GRAN_DAY)
				return 0;
		return 1;
	}
	return 0;
}

/*
 * "agreed to meet in Moscow on June 18, after two days of negotiations in
 * Baghdad failed", "said he would attend next month's summit, after two
 * days of talks with the leaders of France and Germany": a meeting gone
 * by, after the first and elsewhere, or not told before ("after the
 * meeting") and before a first to come, is one of its own, though it has
 * no date; and so is one of a day of its own x, not the first's ("held
 * talks in Brussels on Wednesday, a day after Tuesday's meeting of the
 * alliance's ambassadors").
 */
static int
gone_by(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *first, const struct phrase *ph,
    const struct mdtl_place *place, int x)
{
	long from, to;

	if (ph->lo == 0 || !is(&tg->t[ph->lo - 1], "after"))
		return 0;
	if (x >= 0 && tg->tx[x].date.gran >= MDTL_GRAN_DAY &&
	    first->date.gran != MDTL_GRAN_NONE &&
	    !mdtl_dating_within(&tg->tx[x].date, &first->date))
		return 1;
	if (place != NULL && first->location != NULL &&
	    strcmp(first->location, place->name) != 0)
		return 1;
	/* not "after the meeting", one told before */
	if (in_list(tg, &tg->t[ph->lo], DEFINITE))
		return 0;
	mdtl_date_range(&first->date, &from, &to);
	return first->date.gran != MDTL_GRAN_NONE && s->day != 0 &&
	    from > s->day;
}

/*
 * "agreed on Thursday to meet again, after two days of talks in Geneva
 * ended": the day of the act the meeting of ph came before, when the act
 * is told before it in the sentence (the index of its timex), or -1.
 */
static int
ended_by(const struct mdtl_tags *tg, const struct phrase *ph)
{
	size_t i;

	if (ph->lo == 0 || !is(&tg->t[ph->lo - 1], "after"))
		return -1;
	for (i = tg->ntx; i-- > 0;)
		if (tg->tx[i].tok < ph->lo && tg->tx_used[i] != TX_MEETING &&
		    tg->tx[i].date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_dated(&tg->tx[i]))
			return (int)i;
	return -1;
}

/*
 * The meeting e, of a day, named by the sentence's first len tokens: the
 * day a lapse after them counts from, into w; 1, or 0 when e has none.
 */
static int
opens_with(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_event *e, size_t len, struct when *w)
{
	if (e == NULL || e->date.gran != MDTL_GRAN_DAY)
		return 0;
	w->date = e->date;
	w->basis = e->basis;
	w->text = span_text(s, tg, 0, len);
	w->why = e->why_date;
	return 1;
}

/*
 * "The trip comes a week before a meeting of NATO defence ministers": a
 * subject of one or two words after "the" that the tags know as no
 * meeting, then "came" or "comes", is the last meeting told; its day,
 * into w: 1, or 0.
 */
static int
opening_subject(struct state *s, const struct mdtl_tags *tg, struct when *w)
{
	size_t i, k;

	if (tg->n < 5 || !is(&tg->t[0], "the"))
		return 0;
	/* the subject's words, then "came" */
	for (i = 1; i < 3; i++) {
		if (tg->t[i].kind != MDTL_TOK_WORD ||
		    (tg->t[i].flags & MDTL_TOK_CAP) ||
		    mdtl_tags_cue_at(tg, i) != NULL)
			return 0;
		if (came(&tg->t[i + 1]))
			break;
	}
	if (i == 3 || in_list(tg, &tg->t[i], SPEECH_NOUNS))
		return 0;
	for (k = *s->n; k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_SUMMIT &&
		    (*s->v)[k].date.gran == MDTL_GRAN_DAY)
			return opens_with(s, tg, &(*s->v)[k], i + 1, w);
	return 0;
}

/*
 * Does an agreement's cue at c (grammar list agreeing_verbs) tell where
 * its sides met?  "Iran and the six powers agreed in Baghdad" (two sides
 * or more, the place right after; not "Turkey agreed in September"),
 * "Medvedev and Obama agreed on Monday" (two people, the day right after),
 * "Last November in Lisbon, the leaders of NATO and Russia agreed to
 * explore ..." (two sides; the tagger keeps "agreed to" only where a
 * phrase opening the sentence names the place).
 */
static int
agreement_met(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *last = &tg->t[c->tok + c->ntok - 1];
	size_t end;

	if (is(last, "to"))
		return parties_before(tg, c->tok);
	if (is(last, "in") || is(last, "at"))
		return place_tag_at(tg, c->tok + c->ntok, &end) != NULL &&
		    parties_before(tg, c->tok);
	return (mdtl_tags_timex_at(tg, c->tok + 1) != NULL ||
	    mdtl_tags_timex_at(tg, c->tok + 2) != NULL) &&
	    people_before(tg, c->tok) >= 2;
}

/*
 * "they had hoped to hold a NATO-Russia summit ..., as they did in Lisbon
 * in 2010": "as" and a pronoun before "did" tell the meeting named before
 * it held again, at the place and the date gone by after it.
 */
static void
did_before(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	const struct mdtl_cue_tag *c = NULL;
	const struct mdtl_place *place = NULL;
	struct mdtl_event *e;
	struct phrase ph;
	size_t i, j, k, end;

	for (i = 1; i + 4 < tg->n; i++)
		if (is(&tg->t[i], "as") && is(&tg->t[i - 1], ",") &&
		    (in_list(tg, &tg->t[i + 1], PERSON_PRONOUNS) ||
		    is(&tg->t[i + 1], "they") || is(&tg->t[i + 1], "we") ||
		    is(&tg->t[i + 1], "it")) && is(&tg->t[i + 2], "did"))
			break;
	if (i + 4 >= tg->n)
		return;
	/* the verb's: the first meeting named */
	for (k = 0; k < tg->nc && tg->c[k].tok < i && c == NULL; k++)
		if (tg->c[k].kind == MDTL_PH_SUMMIT)
			c = &tg->c[k];
	if (c == NULL)
		return;
	for (j = i + 3; j < tg->n && j < i + 9 && !boundary(&tg->t[j]); j++)
		if (place == NULL)
			place = place_tag_at(tg, j, &end);
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > i + 2 && tg->tx[k].tok < j &&
		    !tg->tx_used[k] && mdtl_dating_dated(&tg->tx[k]))
			break;
	if (k == tg->ntx)
		return;
	if (!mdtl_dating_gone_by(s, &tg->tx[k].date))
		return;
	memset(&ph, 0, sizeof ph);
	ph.c = c;
	ph.lo = c->tok;
	ph.hi = c->tok + c->ntok;
	e = mdtl_extract_event(s, sent, MDTL_EVENT_SUMMIT, c->ph->text);
	participants(s, tg, e, &ph, place);
	mdtl_dating_set(s, tg, e, k);
	tg->tx_used[k] = TX_MEETING;
	mdtl_extract_code(s, e, c->ph);
}

void
mdtl_meeting_events(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg,
    const struct when *speech, int *summit_tx)
{
	size_t k, i, after = 0;
	const struct mdtl_event *first = NULL;	/* a copy: the events grow */
	size_t first_at = 0;
	/* "The telephone talks came two weeks after ...": the meeting the
	 * sentence opens with, told before, and its day */
	struct when opening, w_eve;
	int opened = opening_subject(s, tg, &opening), eve = 0;
	int afterwards = said_afterwards(tg);
	struct mdtl_event *again;

	*summit_tx = -1;
	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		const struct mdtl_place *place;
		struct mdtl_event *e;
		struct phrase ph;
		int x, future = 0, verb, told, at, ndays, alone, attended;
		int nth_after = 0;	/* "for a second day": nth_day_after() */
		int occasion, gone, end, past, sidelines;
		size_t beside;		/* beside_host() */
		long also;		/* also_held() */
		struct mdtl_event *before;
		const struct mdtl_event *host;
		const struct mdtl_token *prep, *occ;
		const struct mdtl_cue_tag *said;
		const char *noun;
		size_t end_at;
		struct when w, w_lapse;
		int lapsed;		/* a lapse from a meeting told: w_lapse */
		int nth;		/* on the nth day of one told */
		int nth_of;		/* "the first day of" it: nth_day_of() */
		int follows;		/* "followed by" the first: followed_by() */

		if (c->kind != MDTL_PH_SUMMIT || c->tok < after ||
		    stay_of(tg, k))
			continue;
		/* its noun, for one told before by it */
		noun = tg->t[c->tok + c->ntok - 1].norm;
		if (hypothetical(tg, c)) {
			for (i = c->tok; i < tg->n && !boundary(&tg->t[i]); i++)
				;
			/* a verb's sides are its subject's too: "Azerbaijan
			 * and Russia may sign a new agreement" */
			talks_of(s, tg, meeting_verb(tg, c) ?
			    clause_start(tg, c->tok) : c->tok, i);
			continue;
		}
		/* a meeting verb ("is to meet") reaches to the end of its clause */
		verb = meeting_verb(tg, c);
		/* "the obligations are met by Iran": fulfilled, not a
		 * meeting */
		if (verb && c->ntok == 1 && is(&tg->t[c->tok], "met") &&
		    c->tok > 0 && in_list(tg, &tg->t[c->tok - 1], PASSIVE_AUX))
			continue;
		/* "received the ambassador", not "received a letter"; "will
		 * discuss it with Rasmussen", not "to discuss the crisis" */
		if (in_list(tg, &tg->t[c->tok + c->ntok - 1], WITH_SOMEONE) &&
		    !met_someone(tg, c->tok + c->ntok) &&
		    !body_of_people(tg, c->tok))
			continue;
		/* "spoke with President Medvedev": a conversation with
		 * someone named; not "spoke with reporters" */
		if (is(&tg->t[c->tok + c->ntok - 1], "with") &&
		    in_list(tg, &tg->t[c->tok], CONVERSING) &&
		    !someone_at(tg, c->tok + c->ntok))
			continue;
		/* "During the meeting, the ministers also discussed ...": an
		 * act at the meeting told before that opens the sentence */
		if (verb && at_meeting_told(tg, c->tok))
			continue;
		/* "Bush will host Putin": a person its guest; not "will host
		 * U.S. missile interceptors", "a host of teachers" */
		if (hosts(tg, c) && !guest_at(tg, c->tok + c->ntok))
			continue;
		if (round_of_other(tg, c) || (!verb && (talks_left(tg, c) ||
		    talks_stalled(tg, c) || planned_of(tg, c))))
			continue;
		if (in_list(tg, &tg->t[c->tok], AGREEING) &&
		    !agreement_met(tg, c)) {
			note_agreement(s, sent, tg, c);
			continue;
		}
		/* "The co-chairs arrived in Baku": people, in a place; not
		 * "A US Patriot missile battery arrived", "to arrive in May";
		 * and so "Tauscher will be in Moscow next week" (grammar list
		 * presence, then "in"), not "will be in the interest of" */
		if ((in_list(tg, &tg->t[c->tok], ARRIVALS) ||
		    (in_list(tg, &tg->t[c->tok], PRESENCE) && c->ntok == 2 &&
		    is(&tg->t[c->tok + 1], "in"))) &&
		    ((place_tag_at(tg, c->tok + c->ntok, &end_at) == NULL &&
		    !the_region(tg, c->tok + c->ntok) &&
		    !country_at(tg, c->tok + c->ntok)) ||
		    !travellers_before(tg, c->tok)))
			continue;
		/* "told Trend in a telephone conversation": how words were
		 * told an agency, no meeting */
		if (with_agency(tg, c))
			continue;
		/* "discussed preparations for the summit at a meeting in
		 * Ashgabat on June 13": the meeting its noun tells */
		if (verb && meeting_at_after(tg, c))
			continue;
		if (verb && noun_participle(tg, c))
			continue;
		/*
		 * "X met Y", "X held talks": a meeting the story tells; a verb
		 * alone names whom it was with
		 */
		told = verb && ((past_cue(tg, c) && c->tok > 0 &&
		    !is(&tg->t[c->tok - 1], "to") &&
		    !in_list(tg, &tg->t[c->tok - 1], DETERMINERS) &&
		    (!past_tense(&tg->t[c->tok + c->ntok - 1]) ||
		    met_someone(tg, c->tok + c->ntok))) || passive_cue(tg, c));
		memset(&ph, 0, sizeof ph);
		ph.c = c;
		ph.verb = verb;
		bounds(tg, &ph, reach(tg, k, verb));
		if (!verb && watched(tg, ph.lo))
			continue;
		/* "Putin had a telephone conversation with Obama", "had
		 * talks", "held separate bilateral meetings": the noun of a
		 * verb in the past, told as "held talks" is; not "had no
		 * contacts", nor "have held more than ten rounds of
		 * consultations since 2010" */
		if (!verb && ph.lo > 0 && (is(&tg->t[ph.lo - 1], "had") ||
		    is(&tg->t[ph.lo - 1], "held")) && !is(&tg->t[ph.lo], "no") &&
		    !(ph.lo > 1 && (is(&tg->t[ph.lo - 2], "have") ||
		    is(&tg->t[ph.lo - 2], "has"))))
			told = 1;
		ph.told = told;
		x = date_of(s, tg, &ph);
		/* "Ministers also discussed the situation in Afghanistan
		 * ahead of the transition ... by the end of 2014": a limit
		 * looks ahead, no day of a meeting told in the past; nor is
		 * one of an act the meeting is to do ("expected the meeting
		 * to approve the plan ... by the end of the year") */
		if (x >= 0 && tg->tx_used[x] == TX_DEADLINE && ((verb &&
		    past_cue(tg, c)) || (!verb && act_on_object(tg,
		    c->tok + c->ntok, tg->tx[x].tok))))
			x = -1;
		place = place_of(tg, &ph, &x);
		x = first_of_pair(tg, x);
		/*
		 * one told in a quotation only with a date of its own ("Last
		 * November member-countries ... gathered in Lisbon"), and no
		 * occasion for what follows
		 */
		if (c->inquote && (x < 0 || !(tg->t[tg->tx[x].tok].flags &
		    MDTL_TOK_INQUOTE)))
			continue;
		/*
		 * another meeting after the first ("met in Geneva on Monday,
		 * ahead of the summit in Chicago on May 20") only with a date
		 * and a place of its own, or a day to come after the first's
		 * ("ended talks on Wednesday and agreed to meet again on
		 * November 7"), or gone by (gone_by()): else it is the first
		 * told again
		 */
		past = first != NULL && gone_by(s, tg, first, &ph, place, x);
		/* "next week's visit by Rice, who is expected to sign the
		 * treaty in Prague on Tuesday": a relative clause on it tells
		 * its day, within the first's week or month, and its place */
		/* (and one with no date of its own: "preparations for the
		 * Chicago Summit, where Georgia will take part in a meeting of
		 * ISAF partners on 21 May") */
		if (first != NULL && !past && x >= 0 &&
		    in_relative(tg, c->tok) &&
		    tg->tx[x].date.gran >= MDTL_GRAN_DAY &&
		    (first->date.gran == MDTL_GRAN_NONE ||
		    mdtl_dating_within(&tg->tx[x].date, &first->date))) {
			struct mdtl_event *f = &(*s->v)[first_at];

			mdtl_dating_set(s, tg, f, (size_t)x);
			tg->tx_used[x] = TX_MEETING;
			if (place != NULL && f->location == NULL)
				f->location = place->name;
			first = f;
			continue;
		}
		follows = first != NULL && x < 0 && followed_by(tg, c);
		if (first != NULL && !past && !(x < 0 && (marked_by(tg, c) ||
		    follows)) &&
		    !(x < 0 &&
		    on_nth_day(tg, &ph) > 1 && (*s->v)[*s->n - 1].why_date !=
		    nth_day_why) && !(x >= 0 &&
		    joined_dated(tg, k, &end_at) &&
		    tg->tx[x].date.gran >= MDTL_GRAN_DAY &&
		    !mdtl_dating_within(&tg->tx[x].date, &first->date)) && (x < 0 ||
		    tg->tx_used[x] == TX_MEETING || days_of_first(tg, x) ||
		    (!to_come_after(s, first, &tg->tx[x]) && (place == NULL ||
		    (first->location != NULL &&
		    strcmp(first->location, place->name) == 0))))) {
			/* ('the talks ... in Moscow were "serious and frank" as
			 * the two-day meeting ended on Tuesday': the day of the
			 * first, told with none) */
			if (x >= 0 && first->date.gran == MDTL_GRAN_NONE &&
			    tg->tx[x].date.gran >= MDTL_GRAN_DAY &&
			    !tg->tx_used[x]) {
				struct mdtl_event *f = &(*s->v)[first_at];

				mdtl_dating_set(s, tg, f, (size_t)x);
				tg->tx_used[x] = TX_MEETING;
				if (ends_on(tg, &tg->tx[x]))
					first_day(f, mdtl_dating_days_before(tg,
					    c->tok), "talks of several days that "
					    "end on the day told: their first day");
				first = f;
			}
			continue;
		}
		/* "Kerry, who also attended, said": a verb of taking part
		 * with nothing after it, in an aside: the meeting told last,
		 * the one the aside is on one more of its people */
		if (x < 0 && place == NULL && verb && attended_alone(tg, c) &&
		    (again = retold(s, tg, sent, NULL, 1, 0, noun)) != NULL) {
			const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg,
			    mdtl_extract_aside(tg, c->tok + c->ntok + 1) - 1);

			if (m != NULL)
				mdtl_extract_actor(s, again, m->actor,
				    MDTL_ROLE_PARTICIPANT);
			occasion_of_words(s, sent, again, NULL, 0);
			continue;
		}
		/* "speaking at the same forum a day earlier": one told
		 * before, by that noun or another; no meeting of its own */
		if (!verb && c->tok >= 2 && is(&tg->t[c->tok - 1], "same") &&
		    is(&tg->t[c->tok - 2], "the")) {
			if ((again = told_by_noun(s, noun, 0)) != NULL)
				mention_again(s, again, sent);
			continue;
		}
		/* "officials who attended the two-day conference": the one
		 * told by that noun, with them among its people, the occasion
		 * of their words */
		if (x < 0 && place == NULL && verb &&
		    (again = attended_told(s, tg, k)) != NULL) {
			attendees(s, tg, again, c->tok);
			mention_again(s, again, sent);
			occasion_of_words(s, sent, again, NULL, 0);
			after = tg->c[k + 1].tok + tg->c[k + 1].ntok;
			continue;
		}
		/* in the passive with no date of its own: the meeting told
		 * last, named again; not "a deal has been reached", one of
		 * its own */
		if (x < 0 && verb && passive_verb(tg, c) && !(c->tok > 0 &&
		    in_list(tg, &tg->t[c->tok - 1], DETERMINERS) &&
		    !in_list(tg, &tg->t[c->tok - 1], DEFINITE)) &&
		    !sequel(tg, &ph) &&
		    retold(s, tg, sent, NULL, 1, 0, noun) != NULL)
			continue;
		/* told by a verb whose subject names it: the meeting told
		 * before that fits */
		if (x < 0 && place == NULL && verb && meeting_subject(tg, k) &&
		    retold(s, tg, sent, NULL, 0, 0, noun) != NULL)
			continue;
		/* and in the past perfect in the words reported ("Merkel told
		 * a joint news conference that the two had discussed Syria"):
		 * the meeting told before that fits */
		if (x < 0 && verb && c->tok > 0 && is(&tg->t[c->tok - 1],
		    "had") && said_before(tg, c->tok) &&
		    retold(s, tg, sent, place, 0, 0, noun) != NULL)
			continue;
		/* "Lavrov said at the CIS summit", "told a news conference
		 * after the meeting of the council", "After talks that lasted
		 * four hours, the presidents issued a statement": the words'
		 * occasion */
		prep = ph.lo > 0 ? &tg->t[ph.lo - 1] : NULL;
		/* "after the first day of the summit": the preposition of
		 * the day, its occasion */
		nth_of = ph.lo >= 5 && after_word(&tg->t[ph.lo - 5]) ?
		    nth_day_of(tg, ph.lo) : 0;
		if (nth_of >= 1)
			prep = &tg->t[ph.lo - 5];
		occ = occasion_prep(tg, ph.lo);
		/* "Ashton, who chaired the session, told reporters": an
		 * occasion an aside on the subject has the speaker attend */
		attended = prep != NULL && !verb &&
		    aside_occasion(tg, c) && attended_in_aside(tg, ph.lo);
		at = (prep != NULL && (((occ != NULL && (is(occ, "at") ||
		    is(occ, "during") || (occ != prep && is(occ, "on")))) &&
		    said_before(tg, ph.lo)) ||
		    (after_word(prep) && said_before(tg, tg->n)) ||
		    /* "told Russian news agencies before the talks" */
		    (is(prep, "before") && said_before(tg, ph.lo)) ||
		    /* "told the conference that" */
		    (!verb && in_list(tg, prep, AUDIENCE_VERBS)) ||
		    (!verb && opening_occasion(tg, ph.lo, ph.hi)))) ||
		    attended || (afterwards && !verb);
		/* "after two days of talks" */
		ndays = mdtl_dating_days_before(tg, c->tok);
		/* "reached an agreement on Tuesday ..., after 18 days of
		 * talks in Vienna": the days of the talks that came to it,
		 * a day gone by (not in words quoted: '"We discussed it
		 * yesterday," Medvedev said, ... after two days of talks') */
		if (ndays == 0 && x >= 0 && !c->inquote && s->day != 0 &&
		    mdtl_date_day(&tg->tx[x].date) <= s->day)
			for (i = 0; ndays == 0 && i < tg->nc; i++)
				if (tg->c[i].kind == MDTL_PH_SUMMIT &&
				    !tg->c[i].inquote &&
				    tg->c[i].tok > c->tok + c->ntok)
					ndays = mdtl_dating_days_before(tg,
					    tg->c[i].tok);
		/* "after talks with Ukrainian President Viktor Yushchenko",
		 * "after two days of talks with Tauscher", "after meeting his
		 * German counterpart": one of its own, whom it was with
		 * named */
		if (!verb && !in_list(tg, &tg->t[ph.lo], DETERMINERS) &&
		    c->tok > 0 && (ndays > 1 ||
		    in_list(tg, &tg->t[c->tok - 1], OCCASION_PREPS)) &&
		    ph.hi > c->tok + c->ntok + 1 &&
		    ((is(&tg->t[c->tok + c->ntok], "with") &&
		    someone_at(tg, c->tok + c->ntok + 1)) ||
		    (ends_in(tg->t[c->tok].norm, "ing", 4) &&
		    someone_at(tg, c->tok + c->ntok))))
			ph.det_ok = 1;
		/* "was to have dinner with leaders of eleven ... countries":
		 * one to come, whom it is with named */
		if (!verb && c->tok > 0 && is(&tg->t[c->tok - 1], "have") &&
		    c->tok + c->ntok + 1 < tg->n &&
		    is(&tg->t[c->tok + c->ntok], "with") &&
		    someone_at(tg, c->tok + c->ntok + 1))
			ph.det_ok = 1;
		/* "Meeting over dinner at a lakeside hotel, the two
		 * presented ...": a participle opening the sentence, whose
		 * subject after the comma met */
		if (!verb && c->tok == 0 && c->ntok == 1 &&
		    opening_comma(tg) > 0) {
			ph.det_ok = 1;
			ph.told = told = 1;
		}
		/* "The telephone talks came two weeks after ...": the last
		 * meeting told, named again; a lapse after counts from its
		 * day */
		if (x < 0 && place == NULL && !verb && ph.lo == 0 &&
		    c->tok + c->ntok < tg->n &&
		    came(&tg->t[c->tok + c->ntok])) {
			again = retold(s, tg, sent, NULL, 1, 1, noun);
			opened = opens_with(s, tg, again, c->tok + c->ntok,
			    &opening);
			continue;
		}
		/* "On the eve of the summit, the ministers met": the day
		 * before the one told, for the meetings after */
		if (x < 0 && !verb && eve_opening(tg, ph.lo) &&
		    (again = retold(s, tg, sent, place, 1, 0, noun)) != NULL) {
			if (again->date.gran == MDTL_GRAN_DAY) {
				eve = 1;
				day_before(s, again, &w_eve);
			}
			continue;
		}
		/* "is expected to meet Nalbandian on the sidelines of the
		 * meeting", "will hold bilateral meetings with each of his
		 * counterparts" there: one of its own, at the one told */
		sidelines = (verb || (ph.lo > 0 &&
		    hold_verb(&tg->t[ph.lo - 1]))) &&
		    sidelines_host(s, tg, NULL, c->tok + c->ntok) != NULL;
		beside = !verb && !sidelines ? beside_host(s, tg, c) : 0;
		if (beside)
			sidelines = 1;
		also = x < 0 && place == NULL && verb ? also_held(s, tg, c) :
		    -1;
		/* ("... will meet on the second day": a day of its own,
		 * counted from the meeting told) */
		nth = on_nth_day(tg, &ph) > 1;
		/* ("Bush and Putin are meeting": one under way, told, of two
		 * people; not "Iran is negotiating to reach a deal") */
		if (x < 0 && place == NULL && !ph.det_ok && !told && !at &&
		    ndays <= 1 && !sidelines && also < 0 && !nth &&
		    !(under_way(tg, &ph) && people_before(tg, c->tok) == 2) &&
		    !(first != NULL && (marked_by(tg, c) || follows))) {
			talks_of(s, tg, ph.lo, ph.hi);
			continue;
		}
		/* "his visit to Azerbaijan", "the talks", "attended the
		 * talks": one told before */
		alone = place == NULL && bare(tg, c, verb, ph.lo, ph.hi);
		occasion = (prep != NULL && (in_list(tg, prep,
		    OCCASION_PREPS) || after_word(prep) || (!verb &&
		    in_list(tg, prep, AUDIENCE_VERBS)))) || attended ||
		    (afterwards && !verb);
		/* "told reporters after the talks": talks gone by; not "would
		 * present its proposals at the talks" */
		gone = occasion;
		/* ("intended to announce the \"interim\" phase at the
		 * summit": back past a quoted word, to the last comma) */
		for (i = ph.lo; gone && i-- > 0 && !is(&tg->t[i], ",") &&
		    !is(&tg->t[i], ";");)
			if (future_marker(tg, i) ||
			    in_list(tg, &tg->t[i], INTENTION))
				gone = 0;
		/* "the two presidents also discussed Libya": those told
		 * before, at the meeting told before */
		if (verb && place == NULL && pair_before(tg, c->tok))
			alone = 1;
		if (x < 0 && gone && ph.lo == c->tok &&
		    (again = met_again(s, tg, sent, c)) != NULL) {
			occasion_of_words(s, sent, again, NULL, 0);
			continue;
		}
		/* "will meet in Aktau a day before the summit": a meeting of
		 * its own, on its day (below) */
		lapsed = verb && lapse_of_meeting(s, tg, c, *s->n, &w_lapse);
		if (x < 0 && !past && !sidelines && !sequel(tg, &ph) &&
		    !(first != NULL && (marked_by(tg, c) || follows)) &&
		    (((!ph.det_ok || ph.possessive) && !told) ||
		    (verb && alone)) && !lapsed && !nth &&
		    (again = retold(s, tg, sent, place, alone, gone, noun)) !=
		    NULL) {
			/* "Talks ... ended on Saturday" then '"...," Ashton
			 * told a news conference after two days of talks':
			 * the talks told, of those days, ended on the day of
			 * the words */
			if (ndays > 1 && again->days <= 1 &&
			    again->date.gran == MDTL_GRAN_DAY &&
			    speech->date.gran == MDTL_GRAN_DAY &&
			    mdtl_date_day(&again->date) ==
			    mdtl_date_day(&speech->date))
				first_day(again, ndays, "talks of several days "
				    "told again as ended on the day of the words: "
				    "their first day");
			/* "Talks ... ended Saturday" then "during the two-day
			 * meeting": dated by their last day, they began the
			 * days before */
			else if (s->ended != 0 && again == &(*s->v)[s->ended -
			    1] && again->days <= 1)
				first_day(again, days_in(tg, &ph), "talks of "
				    "several days told before by their last day: "
				    "their first day");
			if (occasion)
				occasion_on_day(s, sent, again, NULL, 0,
				    nth_of, NULL);
			else if (prep != NULL && is(prep, "before"))
				words_before(s, sent, again);
			/* "a day after the two-day talks in the Kazakh city
			 * ended": the day of the one told with none */
			if (again->date.gran == MDTL_GRAN_NONE &&
			    mdtl_dating_lapse(s, tg, c->tok, speech, NULL,
			    &w) == 0) {
				mdtl_dating_when(again, &w);
				first_day(again, days_in(tg, &ph), "talks of "
				    "several days that ended on the day a lapse "
				    "leads to: their first day");
			}
			continue;
		}
		/* "ahead of Thursday's meeting", "who also attended
		 * Thursday's meeting": the one told of that day (not "The
		 * talks are due to end Thursday", a last day: below) */
		if (x >= 0 && !ph.det_ok && !ends_on(tg, &tg->tx[x]) &&
		    (verb ? meeting_object(tg, c) :
		    !told) && same_day(s, sent, tg, (size_t)x, place,
		    c->tok, c->tok + c->ntok, ph.hi)) {
			/* "presented a proposal at the opening session on
			 * Tuesday": the day of the acts told there */
			if (prep != NULL && during_at(prep))
				acts_on(s, sent, tg, (size_t)x);
			continue;
		}
		/* "Speaking at the Munich Security Conference, Putin said",
		 * then "Gates, who is due to address the conference on
		 * Sunday" and "Merkel, who opened the conference on Friday":
		 * the one told with no day of its own but its words', a day
		 * of it within three of that one (which opened on an earlier
		 * one: from that day) */
		if (x >= 0 && !verb && (before = day_of_told(s, tg, sent, &ph,
		    (size_t)x, place, noun)) != NULL) {
			if (mdtl_date_day(&tg->tx[x].date) <
			    mdtl_date_day(&before->date)) {
				mdtl_dating_set(s, tg, before, (size_t)x);
				before->why_date = "the one told before with no "
				    "day of its own, which opened that day";
			}
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		/* "The conference, attended by ..., will end on Friday": the
		 * one told, its last day no meeting of its own (not talks
		 * with others than its people); and so its first, "opened on
		 * Thursday", the day it was told of */
		if (x >= 0 && (ends_on(tg, &tg->tx[x]) ||
		    opened_that_day(s, tg, &tg->tx[x])) && (verb ?
		    passive_verb(tg, c) : !ph.det_ok && !told &&
		    !sequel(tg, &ph)) &&
		    (again = last_summit(s, *s->n)) != NULL &&
		    !with_others(tg, c->tok + c->ntok, ph.hi, again) &&
		    /* (not one that begins after that day: "agreed to hold
		     * talks in Istanbul on March 18" then "The two-day talks
		     * in the Kazakh city ended on Wednesday") */
		    !(again->date.gran >= MDTL_GRAN_DAY &&
		    tg->tx[x].date.gran >= MDTL_GRAN_DAY &&
		    mdtl_date_day(&again->date) >
		    mdtl_date_day(&tg->tx[x].date)) &&
		    (before = retold(s, tg, sent, place, 1, 0, noun)) != NULL) {
			/* "The two-day talks ended on Wednesday", of those
			 * told from Tuesday: its days, for "after the talks" */
			if (ndays > 1 && before->days <= 1 &&
			    before->date.gran == MDTL_GRAN_DAY &&
			    ends_on(tg, &tg->tx[x]) &&
			    mdtl_date_day(&before->date) + ndays - 1 ==
			    mdtl_date_day(&tg->tx[x].date))
				before->days = ndays;
			/* "The talks between Iran and the P5+1 group in
			 * Moscow showed ..." then "The two-day talks ended on
			 * Tuesday": the one told with no date (or of a week or
			 * a month that holds the day: "last week's summit in
			 * Kazan" then "The summit ... ended late on June 24"),
			 * from the first of its days */
			if ((before->date.gran == MDTL_GRAN_NONE ||
			    mdtl_dating_within(&tg->tx[x].date,
			    &before->date)) && ends_on(tg, &tg->tx[x])) {
				mdtl_dating_set(s, tg, before, (size_t)x);
				tg->tx_used[x] = TX_MEETING;
				first_day(before, ndays, "talks told before with "
				    "no date, now of days that end that day: their "
				    "first day");
			}
			continue;
		}
		/* "... at the Munich Security Conference. The three-day
		 * conference opens later on Friday": the one told before with
		 * no date, this its day */
		if (x >= 0 && !verb && !ph.det_ok && !told && !sequel(tg, &ph) &&
		    (before = undated_named(s, c->ph, round_of(tg, c), place,
		    &tg->tx[x], plain_the(tg, &ph))) != NULL &&
		    !other_body(s, tg, c->tok, before)) {
			/* (its city now named: "The talks in Almaty") */
			if (in_its_country(s, before, c->ph, place))
				before->location = place->name;
			mdtl_dating_set(s, tg, before, (size_t)x);
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			mdtl_dating_occasion(s, before, 1);
			continue;
		}
		/* "the upcoming talks with the P5+1 group in Moscow" then
		 * "will hold the next round of talks in the Russian capital
		 * on June 18-19": a meeting told before with no date, in the
		 * same city, to come on that day */
		if (x >= 0 && place != NULL && (before = undated_in_city(s,
		    place, &tg->tx[x])) != NULL) {
			mdtl_dating_set(s, tg, before, (size_t)x);
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		/* "his upcoming meeting with Aliyev in Kazan" then "The
		 * summit, hosted by Russian President Dmitry Medvedev, is due
		 * to take place on June 24": the meeting's noun opening the
		 * sentence, with no place, is the last meeting told, still
		 * with no day, on a day to come */
		if (x >= 0 && ((!verb && place == NULL &&
		    (before = undated_told_last(s, tg, c, &tg->tx[x])) !=
		    NULL) || (verb && (before = undated_met_again(s, tg, c,
		    &tg->tx[x], place)) != NULL))) {
			mdtl_dating_set(s, tg, before, (size_t)x);
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		if (x >= 0 && !verb && (before = began_before(s, tg, &ph, x)) !=
		    NULL) {
			mdtl_dating_set(s, tg, before, (size_t)x);
			before->days = days_in(tg, &ph);
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		if (x >= 0 && !verb &&
		    (before = joined_told(s, tg, &ph, x, place)) != NULL) {
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		if (x >= 0 && !verb && place == NULL &&
		    (before = arrived_for(s, tg, &ph, x)) != NULL) {
			mdtl_dating_set(s, tg, before, (size_t)x);
			tg->tx_used[x] = TX_MEETING;
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		/* "Following her meetings in Moscow, she will travel to
		 * Warsaw", after "will travel to Moscow May 14-16 to meet
		 * ...": one's own meeting with no day, in the city of one
		 * told before with a day, is that one told again */
		if (x < 0 && !verb && ph.possessive && place != NULL &&
		    (before = dated_in_city(s, place)) != NULL) {
			mdtl_extract_mention(s, before, sent);
			continue;
		}
		e = mdtl_extract_event(s, sent, MDTL_EVENT_SUMMIT, c->ph->text);
		participants(s, tg, e, &ph, place);
		/* ... and one told with no day of its own ("Romania and the
		 * United States have signed an agreement") takes the day of
		 * its mention ("Clinton and Baconschi signed the deal at the
		 * State Department on September 13") */
		if ((x < 0 || undated_last(s, &tg->tx[x])) && told &&
		    definite_cue(tg, c) &&
		    (before = met_before(s, e, place)) != NULL) {
			for (i = 0; i < e->nactors; i++)
				mdtl_extract_actor_of(s, before, &e->actors[i]);
			(*s->n)--;
			if (x >= 0) {
				mdtl_dating_set(s, tg, before, (size_t)x);
				tg->tx_used[x] = TX_MEETING;
			}
			/* "signed the deal at a ceremony in Prague": where */
			if (place != NULL && before->location == NULL)
				before->location = place->name;
			mdtl_extract_mention(s, before, sent);
			/* the occasion of its people named here ("Rice said
			 * ..." after "Rice and Sikorski signed the agreement") */
			if (!c->inquote)
				mdtl_dating_occasion(s, before, 1);
			continue;
		}
		if (x >= 0 && tg->tx_used[x] == TX_DEADLINE) {
			/* within the unit the deadline ends, that stays its */
			mdtl_dating_set(s, tg, e, (size_t)x);
			mdtl_date_parse_value(tg->tx[x].value, &e->date);
			mdtl_date_format(&e->date, e->date_value,
			    sizeof e->date_value);
			e->why_date = mdtl_arena_strcat(&s->art->arena,
			    "within the unit a limit ends: ", e->why_date,
			    (char *)NULL);
		} else if (x >= 0) {
			/* "the talks held a day earlier", from the words'
			 * day; but "told the conference a day earlier" is
			 * where the words dated by it were told */
			if (tg->tx_used[x] != TX_ACT &&
			    mdtl_dating_lapse_told(s, tg, (size_t)x, speech,
			    future_in(tg, clause_start(tg, c->tok), c->tok +
			    c->ntok) ? to_come_last(s) : NULL, &w) == 0)
				mdtl_dating_when(e, &w);
			else
				mdtl_dating_set(s, tg, e, (size_t)x);
			late_in_unit(e, &tg->tx[x]);
			tg->tx_used[x] = TX_MEETING;
			*summit_tx = x;
			/* "spoke to reporters Monday after meeting with
			 * Kerry for a second day": from the day before */
			if (e->days <= 1 && (nth_after = nth_day_after(tg,
			    &ph)) > 1)
				first_day(e, nth_after, "a meeting told on its "
				    "nth day: its first");
			future = tg->tx[x].dir == MDTL_TIMEX_FUTURE;
			/* "will hold consultations in Helsinki on September
			 * 12", the story's day: to come, its clause says */
			if (!future && e->date.gran == MDTL_GRAN_DAY &&
			    mdtl_date_day(&e->date) == s->day)
				future = future_in(tg, clause_start(tg, c->tok),
				    c->tok);
			/* (one to come only in the place the other named) */
			if ((told || place != NULL) &&
			    e->date.gran == MDTL_GRAN_DAY &&
			    (before = told_within(s, e, place)) != NULL &&
			    (told || before->location != NULL)) {
				merge_into(s, before, e, sent);
				e = before;
			} else if ((before = same_day_there(s, tg, e,
			    place)) != NULL || (sequel(tg, &ph) &&
			    (before = next_told(s, e, place)) != NULL)) {
				join_into(s, before, e, sent);
				e = before;
			}
			/* "met ... for two days of talks that began on
			 * Friday": what was said there, on the last; and
			 * what its people say with no date after "Lavrov and
			 * Clinton discussed ... in a telephone conversation
			 * on Tuesday, the ministry said Wednesday" (the words
			 * that tell of it keep their own day: "The meeting in
			 * Kazan on Friday did not bring a breakthrough, X
			 * told journalists on Monday") */
			if (!future && !c->inquote &&
			    !opening_day(tg, &tg->tx[x]) &&
			    !after_eve(tg, ph.lo) && !briefed_on(tg, &ph))
				mdtl_dating_occasion(s, e, nth_after > 1 ?
				    nth_after : ndays > 0 ? 1 :
				    and_next_day(tg, x) ? 2 : days_in(tg, &ph));
			/* "Lavrov discussed the radar with Mammadyarov in
			 * Moscow on February 10, the ministry said in a
			 * statement afterwards": the words said after it are
			 * of its day, whoever said them */
			if (!future && !c->inquote && afterwards)
				occasion_of_words(s, sent, e, NULL, 0);
			/* "Putin informed Obama of his decision in a
			 * telephone conversation on Wednesday night", "Putin
			 * made the proposal during a meeting with Bush on
			 * Thursday": the words' day, when they have none of
			 * their own; not a meeting their clause tells of
			 * ("said he had been informed by Obama in a phone
			 * call"); in a relative clause, those of its verb only
			 * ("He said the Gabala radar, which he offered last
			 * month at the Group of Eight summit, could be
			 * modernized": the offer's) */
			if (!future && prep != NULL && (is(prep, "in") ||
			    during_at(prep)) &&
			    (said = words_in(tg, ph.lo - 1)) != NULL &&
			    !own_deed_told(tg, said))
				occasion_on_day(s, sent, e,
				    reported_speaker(tg, said), 1, 0,
				    in_relative(tg, ph.lo) ? said->ph->text :
				    NULL);
			/* "Serdyukov said there was no progress ... after a
			 * session of the Russia-NATO Council here on
			 * Wednesday": the occasion of the words that close
			 * the sentence with it */
			if (!future && prep != NULL && is(prep, "after") &&
			    (said = closing_occasion(tg, &ph)) != NULL)
				occasion_of_words(s, sent, e,
				    mdtl_speaker_subject(tg, said->tok), 0);
			/* "ended two days of talks on Wednesday": what was
			 * said there was said on Wednesday, the talks began
			 * the day before */
			first_day(e, ndays, "talks of several days that end "
			    "on the day told: their first day");
			/* "arrived on Sunday for two days of talks": of the
			 * days told, from that day on */
			if (ndays == 0 && e->days <= 1 &&
			    e->date.gran == MDTL_GRAN_DAY)
				e->days = mdtl_dating_days_of(tg, c->tok);
			/* "On 7-8 December": the days its date spans */
			if (e->days <= 1 && e->date.gran == MDTL_GRAN_DAY)
				e->days = range_days(tg, &tg->tx[x]);
			if (e->days <= 1 && e->date.gran == MDTL_GRAN_DAY &&
			    ends_on(tg, &tg->tx[x]))
				s->ended = (size_t)(e - *s->v) + 1;
		} else if (follows) {
			/* the day the one it follows ends */
			days_from(first, first->days > 1 ? first->days - 1 : 0,
			    &w);
			w.text = "followed by";
			w.why = "a meeting that follows the one told: the day "
			    "that one ends";
			mdtl_dating_when(e, &w);
		} else if (eve) {
			mdtl_dating_when(e, &w_eve);
		} else if ((verb || told) && eve_after(s, tg, c, e, &w)) {
			mdtl_dating_when(e, &w);
		} else if (lapsed) {
			mdtl_dating_when(e, &w_lapse);
		} else if (mdtl_dating_lapse(s, tg, c->tok, speech,
		    opened ? &opening : NULL, &w) == 0) {
			mdtl_dating_when(e, &w);
			future = mdtl_date_day(&w.date) > s->day;
			/* "a day after Gottemoeller held consultations with
			 * Ryabkov": its people's occasion, as a day told is */
			if (!future && !c->inquote)
				mdtl_dating_occasion(s, e, 1);
		} else if (ndays > 0 && (end = ended_by(tg, &ph)) >= 0) {
			mdtl_dating_set(s, tg, e, (size_t)end);
			/* ("after a day of talks that both sides called
			 * constructive": the words of that day too) */
			acts_on(s, sent, tg, (size_t)end);
			first_day(e, ndays, "talks of several days that ended "
			    "by the day of the act after them: their first day");
		} else {
			/* a meeting told with no date of its own: to come
			 * when its clause says so ("who attended the summit,
			 * said Moscow would ..." does not) */
			for (i = c->tok + 1; i < tg->n &&
			    !boundary(&tg->t[i]); i++)
				;
			future = future_in(tg, clause_start(tg, c->tok), i);
			if (under_way(tg, &ph))
				future = 0;
			if (beside) {
				host = &(*s->v)[beside - 1];
				host_day(e, host, "no date of its own: that of "
				    "the meeting on whose sidelines it was held");
				if (e->location == NULL)
					e->location = host->location;
				if ((before = twin_beside(s, e, beside - 1)) !=
				    NULL) {
					join_into(s, before, e, sent);
					e = before;
				}
			} else if (!future && (before = decided_at(s, tg, e,
			    &ph)) != NULL) {
				join_into(s, before, e, sent);
				e = before;
			} else if (!future && agreed_at(s, sent, tg, &ph)) {
				mdtl_dating_when(e, &s->agreed);
			} else if (!future &&
			    ((before = among_people(s, tg, e, place)) != NULL ||
			    (before = held_there_before(s, e, place)) != NULL)) {
				join_into(s, before, e, sent);
				e = before;
			} else if (!future) {
				undated(s, sent, tg, e, &ph, ndays, speech);
				mdtl_dating_occasion_unknown(s, e);
			} else if (nth_day_of_told(s, sent, tg, e, &ph,
			    &w) == 0) {
				mdtl_dating_when(e, &w);
			} else if ((host = sidelines_host(s, tg, e,
			    c->tok + c->ntok)) != NULL) {
				/* "is expected to meet Nalbandian on the
				 * sidelines of the meeting" */
				host_day(e, host, "no date of its own: that of "
				    "the meeting on whose sidelines it is to be "
				    "held");
			} else if (also >= 0) {
				host = &(*s->v)[also];
				host_day(e, host, "no date of its own: that of "
				    "the meeting to come told just before, which "
				    "it is held with");
				if (e->location == NULL)
					e->location = host->location;
			} else if ((host = held_there(s, e, place)) != NULL) {
				/* "would also hold talks with Chinese
				 * President Hu Jintao in Seoul" */
				host_day(e, host, "no date of its own: that of "
				    "the meeting to come told in its place");
			} else
				e->why_date = "a meeting with no date";
			if (!future && (before = days_of_told(s, e, place)) !=
			    NULL) {
				before->days = e->days;
				merge_into(s, before, e, sent);
				e = before;
			}
		}
		/* "KAZAN, Russia -- Talks between the presidents ... ended
		 * late on June 24": talks gone by, of a day, with no place
		 * of their own, under a dateline, were held in its city */
		if (e->location == NULL && !future &&
		    e->date.gran == MDTL_GRAN_DAY &&
		    (place = dateline_city(tg, c)) != NULL)
			e->location = place->name;
		if (future && s->lex->cameo[MDTL_EVENT_SUMMIT] != NULL)
			e->cameo = "036";
		else if (c->ph->kind != MDTL_PH_SUMMIT)	/* "called" */
			e->cameo = s->lex->cameo[MDTL_EVENT_SUMMIT];
		else
			mdtl_extract_code(s, e, c->ph);
		if (first == NULL) {
			first = e;
			first_at = (size_t)(e - *s->v);
		}
		if (where_words(tg, c->tok + c->ntok))
			occasion_of_words(s, sent, e, NULL, 1);
		after = c->tok + c->ntok;
		if (x >= 0 && place != NULL)
			next_stop(s, sent, tg, c, &ph, x, future);
	}
	/* "The co-chairs ... said in a joint statement afterward": in a
	 * sentence that names no meeting, after the last one told */
	if (afterwards && no_meeting_between(tg, 0, tg->n) &&
	    (again = last_summit(s, *s->n)) != NULL &&
	    mdtl_dating_news_day(s, &again->date))
		occasion_of_words(s, sent, again, NULL, 0);
	did_before(s, sent, tg);
}

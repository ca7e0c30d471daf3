/*
 * dating.c: the date of an event: its own, in its clause; or the date the
 * discourse gives it (the lead's, the publication's).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract-int.h"

/* A date on the calendar, resolved: what an event can be dated by. */
int
mdtl_dating_dated(const struct mdtl_timex *x)
{
	return !(x->flags & (MDTL_TIMEX_POINT | MDTL_TIMEX_UNRESOLVED)) &&
	    x->date.gran != MDTL_GRAN_NONE && x->value[0] != '\0';
}

/*
 * "will travel to Vilnius from Monday to Tuesday": is tx[k] the end of a
 * range whose start is the date before it?  The range is the start's: its
 * end dates no act of its own (but "from today through Nov. 17", a
 * term's words, tells its end, a limit).
 */
static int
range_end(const struct mdtl_tags *tg, size_t k)
{
	const struct mdtl_timex *x, *p;

	if (k == 0)
		return 0;
	x = &tg->tx[k];
	p = &tg->tx[k - 1];
	if (x->tok < 1 || p->tok < 1 || p->tok + p->ntok + 1 != x->tok ||
	    !is(&tg->t[p->tok - 1], "from"))
		return 0;
	return is(&tg->t[x->tok - 1], "to");
}

int
mdtl_dating_free(const struct mdtl_tags *tg, size_t k)
{
	return !tg->tx_used[k] && mdtl_dating_dated(&tg->tx[k]);
}

void
mdtl_dating_ranges(struct mdtl_tags *tg)
{
	size_t k;

	for (k = 1; k < tg->ntx; k++)
		if (range_end(tg, k))
			tg->tx_used[k] = TX_RANGE;
}

/* A participle opening a clause: "Speaking", "Proposing". */
static int
participle(const struct mdtl_token *t)
{
	return ends_in(t->norm, "ing", 5);
}

/* An adverb of manner: "separately", "publicly". */
static int
adverb(const struct mdtl_token *t)
{
	return ends_in(t->norm, "ly", 4);
}

/* An auxiliary right after the date at token b. */
static int
after_date_aux(const struct mdtl_tags *tg, size_t b)
{
	const struct mdtl_timex *x = mdtl_tags_timex_at(tg, b);
	size_t e;

	return x != NULL && (e = x->tok + x->ntok) < tg->n &&
	    in_list(tg, &tg->t[e], AUXILIARIES);
}

/*
 * The word at i of an offer's or a rejection's object: "put forward the
 * idea of a joint system on Thursday", "proposed a meeting ... last year"
 * (a noun in -ing after its article, or an adjective in -ing after its
 * adverb: "dismissed the idea of legally binding guarantees on Tuesday");
 * not a verb's ("proposed holding talks on Monday", "offered to host",
 * "proposed that they meet").
 */
static int
object_word(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];
	size_t j = i;

	if (t->kind != MDTL_TOK_WORD || in_list(tg, t, AUXILIARIES) ||
	    is(t, "that") || is(t, "to") || is(t, "which") || is(t, "who") ||
	    ends_in(t->norm, "ed", 4))
		return 0;
	if (!participle(t))
		return 1;
	while (j > 0 && adverb(&tg->t[j - 1]))
		j--;
	return j > 0 && (in_list(tg, &tg->t[j - 1], DETERMINERS) ||
	    (j < i && is(&tg->t[j - 1], "of")));
}

/*
 * Between a verb and its date stand at most its object ("told Itar-Tass on
 * Tuesday", "told reporters on Monday", "rejected the proposal on
 * Tuesday", an offer's whole object), adverbs ("said separately on
 * Monday") and the meeting it was told to, at or after ("told a news
 * conference on Monday", "proposed to Bush at the G8 summit on June 7",
 * "told reporters after talks with Rasmussen on Monday"): names, articles,
 * prepositions.  A lower-case verb in between means the date belongs to
 * the reported clause ("said the two sides would meet next month").
 */
/* The comma at i around a place's country: "in Deauville, France, on". */
static int
country_comma(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = tg->t;

	if (!is(&t[i], ",") || i == 0 || !(t[i - 1].flags & MDTL_TOK_CAP))
		return 0;
	return (i + 2 < tg->n && (t[i + 1].flags & MDTL_TOK_CAP) &&
	    is(&t[i + 2], ",")) || (i >= 3 && is(&t[i - 2], ",") &&
	    (t[i - 3].flags & MDTL_TOK_CAP));
}

/* No boundary between a and b but the commas around a place's country. */
static int
clear_but_country(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b && i < tg->n; i++)
		if (boundary(&tg->t[i]) && !country_comma(tg, i))
			return 0;
	return 1;
}

/*
 * "said after the two leaders met in Deauville on Thursday": past the
 * subject of a meeting verb in the past, in a clause after "after" that
 * starts at i (before b), where it ends; or i.
 */
static size_t
met_after(const struct mdtl_tags *tg, size_t i, size_t b)
{
	const struct mdtl_cue_tag *m;
	size_t j;

	for (j = i; j < b && tg->t[j].kind == MDTL_TOK_WORD; j++)
		if ((m = mdtl_tags_cue_at(tg, j)) != NULL && m->tok == j &&
		    m->kind == MDTL_PH_SUMMIT && (is(&tg->t[j], "met") ||
		    is(&tg->t[j], "held") || ends_in(tg->t[j].norm, "ed", 3)))
			return j + m->ntok;
	return i;
}

/* "then-President": an office held before, its holder's name after it */
static int
former(const struct mdtl_tags *tg, size_t i)
{
	return i + 2 < tg->n && is(&tg->t[i], "then") &&
	    is(&tg->t[i + 1], "-") && (tg->t[i + 2].flags & MDTL_TOK_CAP);
}

/*
 * "announced countermeasures last week", "announced plans in early 2007":
 * a bare noun at a, then the date at b, past a preposition and a word of
 * a period's part?
 */
static int
bare_object(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t j = a + 1;

	if (j < b && in_list(tg, &tg->t[j], PREPOSITIONS))
		j++;
	if (j < b && (is(&tg->t[j], "early") || is(&tg->t[j], "late") ||
	    is(&tg->t[j], "mid")))
		j++;
	return j == b;
}

static int
only_object(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;
	/* "told a news conference on Monday": the gathering told */
	int at = a > 0 && in_list(tg, &tg->t[a - 1], AUDIENCE_VERBS);
	int after = 0;	/* past "after" */
	size_t j;
	const struct mdtl_cue_tag *c = a > 0 ? mdtl_tags_cue_at(tg, a - 1) :
	    NULL, *m;
	/* an offer's object, or a rejection's: "rejected the idea in 2010";
	 * or what was criticised (CAMEO's 11, disapprove): "slammed the plan
	 * on Wednesday", or praised (05, its 051): "welcomed the decision on
	 * Friday" */
	int offer = c != NULL && (c->kind == MDTL_PH_OFFER ||
	    in_list(tg, &tg->t[a - 1], DISPUTING_VERBS) ||
	    (c->ph->code != NULL && (strncmp(c->ph->code, "11", 2) == 0 ||
	    strncmp(c->ph->code, "05", 2) == 0)) ||
	    /* a thing made public: "announced the agreement on Wednesday",
	     * not "said the talks on Monday were ..."; or threatened (CAMEO
	     * 13): "threatened a moratorium on the treaty on April 26" */
	    (c->ph->code != NULL && (strncmp(c->ph->code, "01", 2) == 0 ||
	    strncmp(c->ph->code, "13", 2) == 0) &&
	    a < b && (in_list(tg, &tg->t[a], DETERMINERS) ||
	    /* "announced countermeasures last week", "announced plans in
	     * early 2007", not "said talks last week ..." */
	    (bare_object(tg, a, b) && !is(&tg->t[a - 1], "said") &&
	    !is(&tg->t[a - 1], "says"))) && !after_date_aux(tg, b)));

	for (i = a; i < b; i++) {
		const struct mdtl_token *t = &tg->t[i];

		/* "said in a televised address on Wednesday", "told Trend
		 * in an exclusive interview on Thursday": how the words were
		 * said, a cue of saying of its own */
		if ((m = mdtl_tags_cue_at(tg, i)) != NULL && m->tok == i &&
		    m->kind == MDTL_PH_SPEECH && (i == a || is(t, "in"))) {
			i = m->tok + m->ntok - 1;
			continue;
		}
		/* "invited Aliyev to visit Ankara next year": the visit's;
		 * but past the maker's own occasion after the infinitive's
		 * object ("invited Moscow to join the project at its Lisbon
		 * summit last November"), the act's */
		if (infinitive(tg, i)) {
			size_t k;

			for (k = i + 2; k + 2 < b; k++)
				if (in_list(tg, &tg->t[k], OCCASION_PREPS) &&
				    in_list(tg, &tg->t[k + 1], POSSESSIVES))
					break;
			if (k + 2 >= b)
				return 0;
			i = k - 1;
			continue;
		}
		/* "criticized the European Union's decision on Monday": the
		 * date of the noun a possessive has right before it */
		if (is(t, "'s") && i + 1 < b && (i + 2 == b ||
		    (i + 3 == b && (is(&tg->t[i + 2], "on") ||
		    is(&tg->t[i + 2], "in")))))
			return 0;
		/* "criticized the decision by Romania on Tuesday": the
		 * object's own act, of its agent (not "was criticized by
		 * Romania on Tuesday", the verb's) */
		if (is(t, "by") && i > a && i + 1 < b &&
		    mdtl_tags_actor_at(tg, i + 1) != NULL &&
		    tg->t[i - 1].kind == MDTL_TOK_WORD &&
		    !(tg->t[i - 1].flags & MDTL_TOK_CAP))
			return 0;
		if (is(t, "at") || is(t, "during") || is(t, "after"))
			at = 1;
		if (is(t, "after")) {
			after = 1;
			continue;
		}
		/* "on the sidelines of", "at the end of": how a meeting
		 * named after it was the words' occasion */
		if (in_list(tg, t, OCCASION_FRAMES) && i + 1 < b &&
		    is(&tg->t[i + 1], "of")) {
			at = 1;
			continue;
		}
		if (country_comma(tg, i))
			continue;
		/* "told then-President Dmitry Medvedev in March": the
		 * office its holder held */
		if (former(tg, i)) {
			i++;
			continue;
		}
		/* "informed the President about the results of their
		 * meetings in Baku on April 11": a meeting the words'
		 * object tells has the date, not the words (but an offer
		 * made "on the first day of the talks on Friday" has it) */
		if (!at && c != NULL && c->kind == MDTL_PH_SPEECH &&
		    (m = mdtl_tags_cue_at(tg, i)) != NULL && m->tok == i &&
		    m->kind == MDTL_PH_SUMMIT)
			return 0;
		if ((t->flags & MDTL_TOK_CAP) || mdtl_tags_actor_at(tg, i) != NULL ||
		    in_list(tg, t, OBJECT_WORDS) || adverb(t) ||
		    (offer && object_word(tg, i)))
			continue;
		/* "urged both sides on Saturday to show flexibility": the
		 * sides the words were told to; not "said the two sides on
		 * Monday agreed", the subject of the clause reported */
		if ((in_list(tg, t, TALK_SIDES) || in_list(tg, t, COUNTING)) &&
		    !is(&tg->t[a - 1], "said") && !is(&tg->t[a - 1], "says") &&
		    !after_date_aux(tg, b))
			continue;
		/* "in an op-ed published in The New York Times": a compound
		 * noun after its article */
		if (i > a && in_list(tg, &tg->t[i - 1], DETERMINERS) &&
		    i + 2 < b && is(&tg->t[i + 1], "-") &&
		    tg->t[i + 2].kind == MDTL_TOK_WORD) {
			i += 2;
			continue;
		}
		/* "floated the idea of using the Gabala radar ... at the G-8
		 * summit in Germany last month": what is offered, and the
		 * words of a place's name */
		if ((offer && i > a && is(&tg->t[i - 1], "of") &&
		    ends_in(t->norm, "ing", 4)) || mdtl_tags_place_at(tg, i))
			continue;
		/* "in his televised address on November 23" */
		if (ends_in(t->norm, "ed", 4) && i + 1 < b &&
		    in_list(tg, &tg->t[i + 1], SPEECH_NOUNS))
			continue;
		/* "told RFE/RL's Azerbaijani Service on June 26": a name's
		 * marks, its possessive */
		if (i > a && (tg->t[i - 1].flags & MDTL_TOK_CAP) &&
		    (is(t, "'s") || is(t, "/") || is(t, "&")))
			continue;
		/* "rejected the proposal on Tuesday", not "said the proposal
		 * on Tuesday was ...", a clause's subject */
		if (in_list(tg, t, SPEECH_NOUNS) && !after_date_aux(tg, b))
			continue;
		/* "proposed to Bush at the G8 summit on June 7", "told a
		 * news conference": the meeting the tags found there */
		if (at && (m = mdtl_tags_cue_at(tg, i)) != NULL &&
		    (m->kind == MDTL_PH_SUMMIT ||
		    m->kind == MDTL_PH_NOT_SUMMIT)) {
			i = m->tok + m->ntok - 1;
			continue;
		}
		if (after && (j = met_after(tg, i, b)) > i) {
			after = 0;
			i = j - 1;
			continue;
		}
		return 0;
	}
	return 1;
}

/*
 * "Ryabkov, speaking in Geneva on Friday, said", "Lavrov, who attended a
 * meeting of the NATO-Russia Council on Tuesday, warned", "Salehi, in a
 * telephone conversation with Amano on Saturday, proposed": the date in a
 * participle's aside, a relative clause's of an occasion or an occasion's
 * phrase, right before the verb at tok is the verb's.  The timex's index,
 * or tg->ntx when there is none.
 */
static size_t
aside(const struct mdtl_tags *tg, size_t tok)
{
	size_t open, k, v, last = tg->ntx;

	if (tok < 4 || !is(&tg->t[tok - 1], ","))
		return tg->ntx;
	/* the comma that opens the aside, at most 24 tokens back ("who
	 * attended a meeting of the NATO-Russia Council in Brussels later
	 * that day") */
	for (open = tok - 2; open > 0 && tok - open <= 24 &&
	    !is(&tg->t[open], ","); open--)
		if (boundary(&tg->t[open]) &&
		    mdtl_tags_timex_at(tg, open) == NULL)	/* "that day" */
			return tg->ntx;
	if (!is(&tg->t[open], ",") || open + 2 >= tok - 1)
		return tg->ntx;
	/* "who also took part in the talks on Sunday" */
	for (v = open + 2; v + 1 < tok && in_list(tg, &tg->t[v], ACT_ADVERBS);
	    v++)
		;
	/* "in a telephone conversation with Amano on Saturday" */
	if (!((participle(&tg->t[open + 1]) && tok - open <= 12) ||
	    (in_list(tg, &tg->t[open + 1], OCCASION_PREPS) &&
	    mdtl_extract_aside(tg, tok) == open) ||
	    (is(&tg->t[open + 1], "who") &&
	    (in_list(tg, &tg->t[v], OCCASION_VERBS) ||
	    (in_list(tg, &tg->t[v], TENSE_PAST) &&
	    is(&tg->t[v + 1], "part"))))))
		return tg->ntx;
	/* "who held two days of talks with Zarif on Sunday and Monday":
	 * the last day told */
	for (k = 0; k < tg->ntx; k++)
		if (mdtl_dating_free(tg, k) && tg->tx[k].tok > open &&
		    tg->tx[k].tok + tg->tx[k].ntok < tok)
			last = k;
	/* "Serdyukov, who met his NATO counterparts on Thursday, said": a
	 * meeting's day; not "who met Rogozin in Munich last weekend", "who
	 * held talks with Ryabkov in Moscow last week", a time gone by
	 * before the words */
	if (last < tg->ntx && is(&tg->t[open + 1], "who") &&
	    tg->tx[last].date.gran != MDTL_GRAN_DAY)
		return tg->ntx;
	return last;
}

/* Are tokens [a, b) all words with a capital: a name and its title? */
static int
capitalised(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tg->t[a].kind != MDTL_TOK_WORD ||
		    !(tg->t[a].flags & MDTL_TOK_CAP))
			return 0;
	return 1;
}

/*
 * No boundary nor cue in tokens [a, b) but a relative clause on the
 * subject, set off by commas: "On March 15 Foreign Minister Edward
 * Nalbandian, who is in Moscow on a working visit, held a meeting".
 */
static int
clear_but_relative(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i, j;

	for (i = a; i < b; i++) {
		if (is(&tg->t[i], ",") && i + 1 < b &&
		    (is(&tg->t[i + 1], "who") || is(&tg->t[i + 1], "which"))) {
			for (j = i + 2; j < b && !boundary(&tg->t[j]); j++)
				;
			if (j == b || !is(&tg->t[j], ","))
				return 0;
			i = j;
			continue;
		}
		/* "Earlier this month Russia's chief of general staff,
		 * General Nikolai Makarov, threatened": the subject's name set
		 * off by commas, right before the predicate */
		if (is(&tg->t[i], ",") && i + 2 < b && is(&tg->t[b - 1], ",") &&
		    capitalised(tg, i + 1, b - 1))
			return 1;
		if (boundary(&tg->t[i]) || mdtl_tags_cue_at(tg, i) != NULL)
			return 0;
	}
	return 1;
}

/* Where a date at token i starts with its modifier: "mid-May", "early
 * June", "late 2011". */
size_t
mdtl_dating_modified(const struct mdtl_tags *tg, size_t i)
{
	if (i >= 2 && is(&tg->t[i - 1], "-") && is(&tg->t[i - 2], "mid"))
		return i - 2;
	if (i >= 1 && (is(&tg->t[i - 1], "early") || is(&tg->t[i - 1], "late") ||
	    is(&tg->t[i - 1], "mid")))
		return i - 1;
	return i;
}

int
mdtl_dating_former_in(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->n; i++)
		if (former(tg, i) && !(tg->t[i].flags & MDTL_TOK_INQUOTE))
			return 1;
	return 0;
}

int
mdtl_dating_heading(const struct mdtl_tags *tg)
{
	size_t k, i, e;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		/* ("10:15 - Rasmussen says ...": a live report's time) */
		if (x->tok > 1 || (x->type != MDTL_TIMEX_DATE &&
		    x->type != MDTL_TIMEX_TIME) || !mdtl_dating_dated(x))
			continue;
		for (i = 0; i < x->tok && tg->t[i].kind == MDTL_TOK_PUNCT; i++)
			;
		e = x->tok + x->ntok;
		/* (a dash's norm is "-", an en or em dash's too) */
		if (i == x->tok && e + 1 < tg->n && (is(&tg->t[e], "-") ||
		    is(&tg->t[e], ":")))
			return (int)k;
	}
	return -1;
}

/*
 * "Monday, October 3", "Wednesday-Thursday, October 5-6": a sentence of
 * dates alone heads the items after it, which have none of their own; its
 * day is that of its fullest date ("Thursday, October 5-6": the first of
 * those days); but a line over the story that names the day it was
 * published is the page's date.
 */
int
mdtl_dating_heading_line(struct state *s, const struct mdtl_tags *tg)
{
	const struct mdtl_timex *day = NULL;
	size_t k, i = 0;

	if (tg->nc > 0 || tg->nm > 0 || tg->ntx == 0)
		return 0;
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		for (; i < x->tok; i++)
			if (tg->t[i].kind != MDTL_TOK_PUNCT)
				return 0;
		i = x->tok + x->ntok;
		/* a calendar's heading is a day; "5:40 am on 5 May 2012"
		 * stamps the page */
		if (mdtl_dating_dated(x) && x->date.gran == MDTL_GRAN_DAY &&
		    x->type == MDTL_TIMEX_DATE &&
		    (day == NULL || x->ntok > day->ntok))
			day = x;
	}
	for (; i < tg->n; i++)
		if (tg->t[i].kind != MDTL_TOK_PUNCT)
			return 0;
	if (day == NULL)
		return 1;
	/* "Tuesday, July 3, 2007" over the story: the page's date */
	if (*s->n == s->start && s->day != 0 &&
	    labs(mdtl_date_day(&day->date) - s->day) <= 1)
		return 1;
	s->heading.date = day->date;
	s->heading.basis = MDTL_BASIS_INHERITED;
	s->heading.text = span_text(s, tg, day->tok, day->ntok);
	s->heading.why = mdtl_arena_strcat(&s->art->arena,
	    "no date in the sentence: the heading's '", s->heading.text, "'",
	    (char *)NULL);
	return 1;
}

void
mdtl_dating_item(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg)
{
	int x = mdtl_dating_heading(tg);

	if (x < 0) {
		if (s->item_para != sent->para + 1)
			s->item_para = 0;
		return;
	}
	s->item_para = sent->para + 1;
	s->item.date = tg->tx[x].date;
	s->item.basis = MDTL_BASIS_INHERITED;
	s->item.text = span_text(s, tg, tg->tx[x].tok, tg->tx[x].ntok);
	s->item.why = mdtl_arena_strcat(&s->art->arena,
	    "no date in the sentence: its chronology item's '", s->item.text,
	    "'", (char *)NULL);
}

size_t
mdtl_dating_plain_words(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i++)
		n += !(tg->t[i].flags & MDTL_TOK_CAP);
	return n;
}

/* The plain words between a and b (no marks nor numbers: "the G-8
 * summit"), but for "the sidelines of", "the end of": they name no
 * distance. */
static size_t
words_after(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b; i++)
		n += tg->t[i].kind == MDTL_TOK_WORD &&
		    !(tg->t[i].flags & MDTL_TOK_CAP);
	for (i = a + 1; i + 1 < b; i++)
		if (in_list(tg, &tg->t[i], OCCASION_FRAMES) &&
		    is(&tg->t[i + 1], "of") && is(&tg->t[i - 1], "the") &&
		    n >= 3)
			n -= 3;
	return n;
}

/*
 * Where the words of a sentence start past a dateline that heads it
 * ("WASHINGTON (AP) - When ...", "MOSCOW, May 3 (Interfax) - Russia ..."):
 * after its dash, or 0.
 */
size_t
mdtl_dating_past_dateline(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->n && i < 10; i++) {
		const struct mdtl_token *t = &tg->t[i];

		/* (an agency's name in brackets, in any case: "Heiligendamm,
		 * Germany (dpa) - ...") */
		if (is(t, "(") && i + 2 < tg->n && i + 2 < 10 &&
		    is(&tg->t[i + 2], ")")) {
			i += 2;
			continue;
		}

		/* (a dash set off by a space: not "(Itar-Tass)"; "--" is
		 * two) */
		if ((is(t, "-") || is(t, "--")) && (t->flags & MDTL_TOK_SPACE)) {
			while (i + 1 < tg->n && is(&tg->t[i + 1], "-") &&
			    !(tg->t[i + 1].flags & MDTL_TOK_SPACE))
				i++;
			return i > 0 ? i + 1 : 0;
		}
		if (t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP))
			return 0;
	}
	return 0;
}

/* Does date a lie within the period of b, and say more? */
int
mdtl_dating_within(const struct mdtl_date *a, const struct mdtl_date *b)
{
	long af, al, bf, bl;

	if (a->gran <= b->gran)
		return 0;
	mdtl_date_range(a, &af, &al);
	mdtl_date_range(b, &bf, &bl);
	return af >= bf && al <= bl;
}

/*
 * Past "at the Group of Eight summit in Germany" at token i (a meeting's
 * phrase, before tok, no boundary in it): the token after it, else i.
 */
static size_t
meeting_past(const struct mdtl_tags *tg, size_t i, size_t tok)
{
	size_t k;
	int meeting = 0;

	if (i + 2 >= tok || !in_list(tg, &tg->t[i], OCCASION_PREPS))
		return i;
	for (k = i + 1; k < tok && k < i + 10 && !boundary(&tg->t[k]); k++)
		if (cue_kind_in(tg, MDTL_PH_SUMMIT, k, k + 1))
			meeting = 1;
	return meeting && k < tok ? k : i;
}

/*
 * "Five years later, at the G8 summit in Heiligendamm in June 2007, Putin
 * surprised ...": a date opening the sentence (timex k), told more finely
 * by an occasion's phrase right after its comma, is that one's; the index
 * of the finer, or k.
 */
static int
finer_opening(const struct mdtl_tags *tg, size_t k, size_t tok)
{
	const struct mdtl_timex *x = &tg->tx[k];
	size_t j, c = x->tok + x->ntok;

	if (c >= tok || !is(&tg->t[c], ",") || c + 1 >= tok ||
	    !in_list(tg, &tg->t[c + 1], OCCASION_PREPS))
		return (int)k;
	for (j = 0; j < tg->ntx; j++) {
		const struct mdtl_timex *y = &tg->tx[j];

		if (y->tok > c && y->tok < tok && mdtl_dating_free(tg, j) &&
		    y->type == MDTL_TIMEX_DATE &&
		    clear_between(tg, c + 1, y->tok) &&
		    mdtl_dating_within(&y->date, &x->date))
			return (int)j;
	}
	return (int)k;
}

/* Does a word that starts a stretch ("since") open the phrase of the
 * date at token x ("since our summit in Lisbon in November 2010")? */
static int
stretch_before(const struct mdtl_tags *tg, size_t x)
{
	size_t i;

	for (i = x; i-- > 0 && x - i <= 8 && !boundary(&tg->t[i]);)
		if (in_list(tg, &tg->t[i], SPAN_STARTS))
			return 1;
	return 0;
}

/* Is there a word that starts a stretch ("since") in [a, b)? */
static int
span_within(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b; a++)
		if (in_list(tg, &tg->t[a], SPAN_STARTS))
			return 1;
	return 0;
}

/*
 * 'called the announcement "very disappointing" the next day.': a short
 * quoted fragment in the object after the verb ending at a, its closing
 * quote before the date x that ends the sentence (a few words between), or
 * a lapse from the date last named ('"a dead end" a month later').
 */
static int
past_fragment(const struct mdtl_tags *tg, size_t a, const struct mdtl_timex *x)
{
	size_t i, open = x->tok, close = x->tok, e = x->tok + x->ntok;

	/* (a lapse: 'called the talks "a dead end" a month later') */
	if (x->type == MDTL_TIMEX_DURATION && e < tg->n &&
	    (is(&tg->t[e], "later") || is(&tg->t[e], "earlier")))
		e++;
	if (!(e == tg->n || (e + 1 == tg->n && is(&tg->t[e], "."))))
		return 0;
	/* (past a few words of the object after it: '"a symbol of the
	 * strategic partnership" with the United States on Wednesday') */
	while (close > a && close + 5 > x->tok &&
	    !(tg->t[close - 1].flags & MDTL_TOK_QUOTE) &&
	    tg->t[close - 1].kind == MDTL_TOK_WORD &&
	    mdtl_tags_cue_at(tg, close - 1) == NULL)
		close--;
	if (close < a + 3 || !(tg->t[close - 1].flags & MDTL_TOK_QUOTE))
		return 0;
	for (i = close - 1; i-- > a && close - i <= 8;)
		if (tg->t[i].flags & MDTL_TOK_QUOTE) {
			open = i;
			break;
		}
	if (open >= close || open == a)
		return 0;
	for (i = open + 1; i + 1 < close; i++)
		if (mdtl_tags_cue_at(tg, i) != NULL ||
		    tg->t[i].kind != MDTL_TOK_WORD)
			return 0;
	return open - a <= 4 && clear_between(tg, a, open);
}

/* Does ", when" follow date x, one gone by: a time the story tells? */
static int
when_after(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_timex *x)
{
	size_t e = x->tok + x->ntok;

	return e + 1 < tg->n && is(&tg->t[e], ",") &&
	    is(&tg->t[e + 1], "when") && mdtl_dating_gone_by(s, &x->date) &&
	    /* not "has met ... since 2002, when": a span's start */
	    !span_or_term(tg, x->tok);
}

/* The free date right after token j, past an "on" ("aired on Sunday"):
 * its index, or tg->ntx. */
static size_t
day_after(const struct mdtl_tags *tg, size_t j)
{
	size_t k;

	if (j + 1 < tg->n && is(&tg->t[j + 1], "on"))
		j++;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok == j + 1 && tg->tx[k].type == MDTL_TIMEX_DATE &&
		    mdtl_dating_free(tg, k))
			return k;
	return tg->ntx;
}

/*
 * "said in an interview with the Rossiya 24 channel aired on Sunday",
 * "told a news conference held on Friday": the date of the occasion's
 * participle (grammar list airing_participles) in the phrase of the
 * preposition at token i; its index, or tg->ntx.
 */
static size_t
aired(const struct mdtl_tags *tg, size_t i)
{
	size_t j, k;

	if (i >= tg->n || !in_list(tg, &tg->t[i], OCCASION_PREPS))
		return tg->ntx;
	for (j = i + 1; j < tg->n && j <= i + 12 && !boundary(&tg->t[j]) &&
	    !in_list(tg, &tg->t[j], AIRING); j++)
		;
	if (j >= tg->n || j > i + 12 || !in_list(tg, &tg->t[j], AIRING))
		return tg->ntx;
	/* "in a video blog posted on the government website on Sunday":
	 * past where it was posted */
	if (j + 3 < tg->n && (is(&tg->t[j + 1], "on") ||
	    is(&tg->t[j + 1], "in")) && in_list(tg, &tg->t[j + 2],
	    DETERMINERS))
		for (k = j + 3; k < tg->n && k <= j + 6 &&
		    tg->t[k].kind == MDTL_TOK_WORD; k++)
			if (in_list(tg, &tg->t[k], OBJECT_WORDS) &&
			    k + 1 < tg->n && is(&tg->t[k + 1], "on")) {
				j = k;
				break;
			}
	/* "in a statement released by his office Friday": past its agent,
	 * up to four words */
	if (j + 2 < tg->n && is(&tg->t[j + 1], "by"))
		for (k = j + 2; k < tg->n && k <= j + 5 &&
		    tg->t[k].kind == MDTL_TOK_WORD; k++)
			if (mdtl_tags_timex_at(tg, k + 1) != NULL ||
			    (is(&tg->t[k + 1], "on") &&
			    mdtl_tags_timex_at(tg, k + 2) != NULL)) {
				j = k;
				break;
			}
	return day_after(tg, j);
}

/*
 * "welcomed the meeting in a statement issued on Monday": past a short
 * object (up to four words, no boundary) to the preposition that opens a
 * phrase of words ("in a statement"); that token, or i.
 */
static size_t
past_object(const struct mdtl_tags *tg, size_t i)
{
	size_t j, k;

	for (j = i; j < tg->n && j <= i + 4 && tg->t[j].kind == MDTL_TOK_WORD;
	    j++)
		if (in_list(tg, &tg->t[j], OCCASION_PREPS)) {
			for (k = j + 1; k < tg->n && k <= j + 3; k++)
				if (in_list(tg, &tg->t[k], SPEECH_NOUNS))
					return j;
			return i;
		}
	return i;
}

/*
 * "in his address to the Federal Assembly on November 5": past the words
 * whom the speech at token k was given to ("to" and up to five words, none
 * a date), the last of them; else k.
 */
static size_t
past_audience(const struct mdtl_tags *tg, size_t k)
{
	size_t j;

	if (k + 2 >= tg->n || !is(&tg->t[k + 1], "to"))
		return k;
	for (j = k + 2; j < tg->n && j <= k + 6; j++) {
		if (mdtl_tags_timex_at(tg, j) != NULL || is(&tg->t[j], "on"))
			return j > k + 2 ? j - 1 : k;
		if (tg->t[j].kind != MDTL_TOK_WORD)
			return k;
	}
	return k;
}

/*
 * "had announced the deployment of Iskander missiles in the Baltic exclave
 * in his first state-of-the-nation address on Wednesday", "said at his
 * annual news conference on Wednesday": the date right after the speech
 * or the gathering of the subject's own, its possessive after "in" or
 * "at", in the clause of the predicate that ends at token i; its index, or
 * tg->ntx.
 */
static size_t
own_speech(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t j, k, words = 0;

	for (j = i; j + 3 < tg->n && j <= i + 24 && !boundary(&tg->t[j]);
	    j++) {
		if (!in_list(tg, &tg->t[j], OCCASION_PREPS) ||
		    !in_list(tg, &tg->t[j + 1], POSSESSIVES))
			continue;
		/* past its modifiers (six words, a compound's hyphens not
		 * counted), to the noun */
		for (k = j + 2; k < tg->n && words <= 6; k++) {
			if (in_list(tg, &tg->t[k], SPEECH_NOUNS))
				break;
			if ((c = mdtl_tags_cue_at(tg, k)) != NULL &&
			    (c->kind == MDTL_PH_SUMMIT ||
			    c->kind == MDTL_PH_NOT_SUMMIT)) {
				k = c->tok + c->ntok - 1;
				break;
			}
			if (is(&tg->t[k], "-"))
				continue;
			if (tg->t[k].kind != MDTL_TOK_WORD ||
			    (tg->t[k].flags & MDTL_TOK_CAP))
				return tg->ntx;
			words++;
		}
		if (k >= tg->n || words > 6)
			return tg->ntx;
		return day_after(tg, past_audience(tg, k));
	}
	return tg->ntx;
}

/*
 * "has strongly condemned the attack on an Armenian border post in Tavush
 * province on Monday night, in which three soldiers were killed": a date
 * that ends the antecedent of a relative clause of "in which" or "during
 * which" is that noun's, not the verb's before it (but "said ... on
 * Monday, when asked whether" is the verb's).
 */
static int
antecedent_day(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t e = x->tok + x->ntok;

	return e + 2 < tg->n && is(&tg->t[e], ",") &&
	    (is(&tg->t[e + 1], "in") || is(&tg->t[e + 1], "during")) &&
	    is(&tg->t[e + 2], "which");
}

/*
 * "Since the 2010 Lisbon summit, where NATO invited Russia to cooperate":
 * a predicate in a clause of "where" on a meeting's noun named with its
 * date (after its determiner, before the comma) is of that date: its
 * index, or tg->ntx.
 */
static size_t
where_meeting(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c = NULL;
	size_t i, comma, k;

	for (i = tok; i-- > 0 && !boundary(&tg->t[i]) &&
	    !is(&tg->t[i], "where");)
		;
	if (i >= tok || i == 0 || !is(&tg->t[i], "where") ||
	    !is(&tg->t[i - 1], ","))
		return tg->ntx;
	comma = i - 1;
	for (i = comma; i-- > 0 && comma - i <= 6 && !boundary(&tg->t[i]);)
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL &&
		    c->kind == MDTL_PH_SUMMIT)
			break;
	if (c == NULL || c->kind != MDTL_PH_SUMMIT)
		return tg->ntx;
	/* a meeting's noun, after its determiner and names or dates ("the
	 * 2010 Lisbon summit"), not a verb ("The co-chairs arrived in Baku
	 * on Monday from Yerevan, where they met") */
	for (i = c->tok; i-- > 0 && c->tok - i <= 4 &&
	    !in_list(tg, &tg->t[i], DETERMINERS) &&
	    (mdtl_tags_timex_at(tg, i) != NULL || is(&tg->t[i], "-") ||
	    (tg->t[i].flags & MDTL_TOK_CAP));)
		;
	if (i >= c->tok || !in_list(tg, &tg->t[i], DETERMINERS))
		return tg->ntx;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > i && tg->tx[k].tok < comma &&
		    tg->tx[k].type == MDTL_TIMEX_DATE &&
		    mdtl_dating_dated(&tg->tx[k]) &&
		    clear_between(tg, tg->tx[k].tok, comma))
			return k;
	return tg->ntx;
}

/*
 * The date that belongs to the predicate at tok: right after (within
 * after tokens, not counting names), right before (within before), in a
 * clause of time that opens the sentence, or opening the sentence; with
 * before 0, one after it or in a clause of time only (the sentence's
 * opening is another clause's: "In May, Rogozin repeated an offer first
 * made by Medvedev").
 */
/*
 * "in the early hours of Tuesday", "on the evening of March 5": where the
 * phrase of a part of the day before the date at lead starts (its
 * preposition), or lead.
 */
static size_t
day_part_before(const struct mdtl_tags *tg, size_t lead)
{
	size_t j;

	if (lead < 4 || !is(&tg->t[lead - 1], "of") ||
	    !in_list(tg, &tg->t[lead - 2], DAY_PART_NOUNS))
		return lead;
	j = lead - 3;
	if (is(&tg->t[j], "early") || is(&tg->t[j], "small") ||
	    is(&tg->t[j], "late"))
		j--;
	return j > 0 && is(&tg->t[j], "the") && (is(&tg->t[j - 1], "in") ||
	    is(&tg->t[j - 1], "on")) ? j - 1 : lead;
}

int
mdtl_dating_aired(const struct mdtl_tags *tg, size_t tok, size_t ntok,
    size_t k)
{
	return k == aired(tg, tok + ntok) ||
	    k == aired(tg, past_object(tg, tok + ntok));
}

/*
 * "By November, patience had run out: in his televised address on
 * November 23, Medvedev threatened": where the clause of the verb at tok
 * opens, past the last colon before it (outside a quotation) after token
 * o; else o.
 */
static size_t
past_colon(const struct mdtl_tags *tg, size_t o, size_t tok)
{
	size_t i;

	for (i = tok; i-- > o;)
		if (is(&tg->t[i], ":") && !(tg->t[i].flags & MDTL_TOK_INQUOTE))
			return i + 1;
	return o;
}

/* Does token i open a clause of its own: a conjunction of circumstance
 * (grammar list circumstances: "after Medvedev threatened"), "that",
 * "which", "who"? */
static int
clause_opener(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];

	return in_list(tg, t, CIRCUMSTANCES) || is(t, "that") ||
	    is(t, "which") || is(t, "who");
}

/*
 * "President Dmitry Medvedev on Wednesday ordered radar in Kaliningrad to
 * be put on combat alert": a date right after the subject (an actor),
 * before its verb, after token o, dates the acts of its clause up to tok,
 * with no other date, comma, quotation or clause of its own between ("urged
 * Moscow to tone down its rhetoric after Medvedev threatened" is not the
 * threat's day): its index, or ntx.
 */
static size_t
subject_date(const struct mdtl_tags *tg, size_t o, size_t tok)
{
	size_t k, i, a;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok < o || x->tok + x->ntok >= tok ||
		    x->type != MDTL_TIMEX_DATE || !mdtl_dating_free(tg, k))
			continue;
		a = x->tok;
		if (a > 0 && in_list(tg, &tg->t[a - 1], PREPOSITIONS))
			a--;
		if (a == 0 || mdtl_tags_actor_at(tg, a - 1) == NULL ||
		    tg->t[x->tok + x->ntok].kind != MDTL_TOK_WORD ||
		    (tg->t[x->tok + x->ntok].flags & MDTL_TOK_CAP))
			continue;
		for (i = x->tok + x->ntok; i < tok; i++)
			if (boundary(&tg->t[i]) || (tg->t[i].flags &
			    (MDTL_TOK_QUOTE | MDTL_TOK_INQUOTE)) ||
			    mdtl_tags_timex_at(tg, i) != NULL ||
			    clause_opener(tg, i))
				break;
		if (i == tok)
			return k;
	}
	return tg->ntx;
}

int
mdtl_dating_own(struct state *s, const struct mdtl_tags *tg, size_t tok,
    size_t ntok, size_t after, size_t before)
{
	size_t k, o = past_colon(tg, mdtl_dating_past_dateline(tg), tok), seq;
	int head;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];
		size_t lead = x->tok;

		if (!mdtl_dating_free(tg, k) || (tg->t[x->tok].flags &
		    MDTL_TOK_INQUOTE))
			continue;
		/* "has blamed Azerbaijan for the failure of last week's
		 * summit": a date in the possessive is the noun's after it
		 * (but "said after Tuesday's meeting" names the words'
		 * occasion) */
		if (x->tok + x->ntok < tg->n && is(&tg->t[x->tok + x->ntok],
		    "'s") && x->tok >= tok + ntok && x->tok > 0 &&
		    !in_list(tg, &tg->t[x->tok - 1], OCCASION_PREPS) &&
		    !is(&tg->t[x->tok - 1], "before"))
			continue;
		/* "ordered the military in November to prepare a
		 * response": a date in the predicate's own gap */
		if (x->tok > tok && x->tok + x->ntok < tok + ntok)
			return (int)k;
		/* "later in the day": the date's words, "the day" tagged */
		if (lead >= 2 && is(&tg->t[lead - 1], "in") &&
		    (is(&tg->t[lead - 2], "later") ||
		    is(&tg->t[lead - 2], "earlier")))
			lead -= 2;
		lead = day_part_before(tg, lead);
		/* "are ready to resume talks soon after Rouhani takes
		 * office in August": a day to come after a cue that ends in
		 * its infinitive's "to" is what the act looks to, not its
		 * own */
		if (lead >= tok + ntok && ntok > 1 &&
		    is(&tg->t[tok + ntok - 1], "to") && s->day != 0 &&
		    !mdtl_dating_gone_by(s, &x->date) &&
		    mdtl_date_day(&x->date) > s->day)
			continue;
		/* (past an infinitive too when a clause of "when" tells
		 * the date: "first threatened to deploy the missiles in
		 * November 2008, when Medvedev said ...") */
		if (lead >= tok + ntok &&
		    words_after(tg, tok + ntok, lead) <= after &&
		    clear_but_country(tg, tok + ntok, lead) &&
		    (only_object(tg, tok + ntok, lead) || when_after(s, tg, x)) &&
		    !antecedent_day(tg, x))
			return (int)k;
		if (lead >= tok + ntok && past_fragment(tg, tok + ntok, x))
			return (int)k;
		/* "first warned of an arms race in 2010": the first time
		 * of the act is the date of its clause gone by, whatever
		 * its object (not "first proposed to meet in May", to come) */
		if (lead >= tok + ntok && tok > 0 &&
		    is(&tg->t[tok - 1], "first") &&
		    words_after(tg, tok + ntok, lead) <= after + 4 &&
		    clear_but_country(tg, tok + ntok, lead) &&
		    x->type == MDTL_TIMEX_DATE && mdtl_dating_gone_by(s, &x->date))
			return (int)k;
		/* "The first signs of trouble came in February, when
		 * Rogozin said": the time the story tells, the clause of
		 * "when" after it */
		if (x->tok + x->ntok + 2 <= tok && when_after(s, tg, x) &&
		    clear_between(tg, x->tok + x->ntok + 2, tok))
			return (int)k;
		/* "the next day Foreign Minister Sergei Lavrov said"; not a
		 * dateline's date ("BRUSSELS, March 12 -- Russian Foreign
		 * Minister Sergei Lavrov told reporters ... on Monday"), nor
		 * the end of a term ("The Russian proposal to extend the
		 * lease until 2025 was rejected on Tuesday") */
		if (x->tok + x->ntok <= tok && x->tok >= o &&
		    !span_or_term(tg, x->tok) &&
		    mdtl_dating_plain_words(tg, x->tok + x->ntok, tok) <=
		    before && clear_between(tg, x->tok + x->ntok, tok) &&
		    /* (not one of a stretch's start a verb is joined
		     * after: "made since our summit in Lisbon in November
		     * 2010 and reaffirmed") */
		    !(x->tok + x->ntok < tok && is(&tg->t[tok - 1], "and") &&
		    stretch_before(tg, x->tok)))
			return (int)k;
	}
	if ((k = where_meeting(tg, tok)) < tg->ntx)
		return (int)k;
	if ((k = subject_date(tg, o, tok)) < tg->ntx)
		return (int)k;
	if ((k = aired(tg, tok + ntok)) < tg->ntx ||
	    (k = aired(tg, past_object(tg, tok + ntok))) < tg->ntx ||
	    (k = own_speech(tg, tok + ntok)) < tg->ntx)
		return (int)k;
	/*
	 * "When President Barack Obama scrapped his predecessor's plan ...
	 * in September 2009, Moscow welcomed the move": a clause of time
	 * opening the sentence (past a dateline), however long, dates the
	 * clause after its comma, reported or not
	 */
	if (o < tok && in_list(tg, &tg->t[o], TIME_CONJUNCTIONS))
		for (k = 0; k < tg->ntx; k++) {
			const struct mdtl_timex *x = &tg->tx[k];
			size_t e = x->tok + x->ntok;

			if (x->tok <= o || x->tok >= tok ||
			    !mdtl_dating_free(tg, k) ||
			    x->type != MDTL_TIMEX_DATE ||
			    !clear_between(tg, o, x->tok))
				continue;
			for (; e < tok && !boundary(&tg->t[e]); e++)
				;
			if (e < tok && is(&tg->t[e], ","))
				return (int)k;
		}
	if (before == 0)
		return -1;
	if ((k = aside(tg, tok)) < tg->ntx)
		return (int)k;
	if ((head = mdtl_dating_heading(tg)) >= 0)
		return head;
	/* (all past a dateline: "MOSCOW - On 15 June, ...") */
	seq = o + 2 < tg->n && in_list(tg, &tg->t[o], SEQUENCE_WORDS) &&
	    is(&tg->t[o + 1], ",") ? 2 : 0;
	/*
	 * "In May, ..." and "On Tuesday, ..." open the sentence, as does a
	 * phrase with a date in it: "During a June 7 discussion, Putin ...",
	 * "Proposing another alternative today, Putin ...", "In an interview
	 * with the Rossiya 24 channel aired on Sunday, Lavrov ..." (the date
	 * within twelve tokens of its start)
	 */
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];
		size_t e = x->tok + x->ntok, start;

		/* "A day earlier, ...": a lapse from the day told, its
		 * signal after it */
		if (x->type == MDTL_TIMEX_DURATION && e < tg->n &&
		    (is(&tg->t[e], "earlier") || is(&tg->t[e], "later")))
			e++;
		if (!mdtl_dating_free(tg, k) || e >= tg->n || e >= tok)
			continue;
		/* "Last week Russian President Dmitry Medvedev said", "In
		 * 2007 then-President Vladimir Putin proposed": one opening
		 * the sentence, its subject right after it, no other verb
		 * before the predicate's */
		if ((x->tok == o || (x->tok == o + 1 &&
		    in_list(tg, &tg->t[o], OCCASION_PREPS))) &&
		    x->type == MDTL_TIMEX_DATE &&
		    ((tg->t[e].flags & MDTL_TOK_CAP) || former(tg, e) ||
		    /* "On Monday he will meet Clinton" */
		    in_list(tg, &tg->t[e], PERSON_PRONOUNS) ||
		    in_list(tg, &tg->t[e], FIRST_PERSON) ||
		    is(&tg->t[e], "they")) &&
		    clear_but_relative(tg, e, tok))
			return (int)k;
		/* "On Tuesday, ...", "Earlier on Tuesday, ...", a quotation
		 * opening with one; past its place ("Four years ago in
		 * Munich, Biden announced"), and past a word of sequence
		 * ("Then, on November 23, Medvedev went on television") */
		start = mdtl_dating_modified(tg, x->tok);
		if (start >= o && start <= o + 2 + seq &&
		    (is(&tg->t[place_past(tg, e, tok)], ",") ||
		    is(&tg->t[meeting_past(tg, e, tok)], ",")) &&
		    clear_between(tg, o + (seq ? seq : (tg->t[o].flags &
		    MDTL_TOK_QUOTE) != 0), start) &&
		    mdtl_tags_actor_at(tg, o) == NULL)
			return finer_opening(tg, k, tok);
		/* (not the start of a stretch in it: "Speaking at his
		 * first news conference since taking office in 2008,"; past
		 * a dateline: "MOSCOW, December 13 (Itar-Tass) -- In his
		 * annual address to the Federal Assembly on Wednesday,") */
		if (x->tok > o + 1 && x->tok <= o + 12 &&
		    (in_list(tg, &tg->t[o], OCCASION_PREPS) ||
		    participle(&tg->t[o])) && clear_between(tg, o, x->tok) &&
		    !span_within(tg, o, x->tok)) {
			for (; e < tg->n && e < x->tok + x->ntok + 4 &&
			    !boundary(&tg->t[e]); e++)
				;
			if (e < tok && is(&tg->t[e], ","))
				return (int)k;
		}
	}
	return -1;
}

/*
 * "Salehi, who is due in Istanbul next week, sought to play down the row
 * on Wednesday, saying ...", "Medvedev on Tuesday ordered ..., calling it
 * ...": a participle after a comma is the act of the clause before the
 * comma, and of its day: the first date of that clause (past an aside on
 * the subject, not in words reported with "that").  The timex's index, or
 * -1.
 */
int
mdtl_dating_participle(const struct mdtl_tags *tg, size_t tok)
{
	size_t a, k, o = mdtl_dating_past_dateline(tg);

	if (tok < 2 || tok <= o || !is(&tg->t[tok - 1], ",") ||
	    !participle(&tg->t[tok]) || is(&tg->t[tok], "according") ||
	    (tg->t[tok].flags & MDTL_TOK_INQUOTE))
		return -1;
	for (a = tok - 1; a > o && !boundary(&tg->t[a - 1]); a--)
		;
	if (a > o && !is(&tg->t[a - 1], ","))
		return -1;
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok >= a && x->tok + x->ntok < tok &&
		    x->type == MDTL_TIMEX_DATE && mdtl_dating_free(tg, k) &&
		    !(tg->t[x->tok].flags & MDTL_TOK_INQUOTE))
			return (int)k;
	}
	return -1;
}

int
mdtl_dating_contrast(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t b, k, o = mdtl_dating_past_dateline(tg);
	int subject = 0;

	if (tg->t[tok].flags & MDTL_TOK_INQUOTE)
		return -1;
	for (b = tok; b > o + 2 && !is(&tg->t[b - 1], "but"); b--) {
		if (boundary(&tg->t[b - 1]) ||
		    in_list(tg, &tg->t[b - 1], AUXILIARIES) ||
		    mdtl_tags_timex_at(tg, b - 1) != NULL)
			return -1;
		if (mdtl_tags_actor_at(tg, b - 1) != NULL)
			subject = 1;
	}
	/* (b - 1 is "but", after a comma; a subject of its own after it,
	 * not "the bombings that targeted U.S. embassies, but mostly
	 * claimed African lives") */
	if (b <= o + 2 || !subject || !is(&tg->t[--b - 1], ","))
		return -1;
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok < o || x->tok + x->ntok >= b)
			continue;
		/* (the day of an act in that clause too) */
		return x->type == MDTL_TIMEX_DATE &&
		    x->date.gran == MDTL_GRAN_DAY && mdtl_dating_dated(x) &&
		    (!tg->tx_used[k] || tg->tx_used[k] == TX_ACT) &&
		    !(tg->t[x->tok].flags & MDTL_TOK_INQUOTE) &&
		    mdtl_dating_gone_by(s, &x->date) ? (int)k : -1;
	}
	return -1;
}

int
mdtl_dating_given(const struct mdtl_tags *tg, size_t tok)
{
	size_t i, k, end;

	for (i = tok; i + 2 < tg->n && i < tok + 12; i++) {
		if (is(&tg->t[i], ";") || (tg->t[i].flags & MDTL_TOK_QUOTE) ||
		    is(&tg->t[i], "that"))
			return -1;
		if (!in_list(tg, &tg->t[i], SPEECH_NOUNS) ||
		    !is(&tg->t[i + 1], ",") ||
		    !in_list(tg, &tg->t[i + 2], GIVING_PARTICIPLES))
			continue;
		for (end = i + 3; end < tg->n && !boundary(&tg->t[end]); end++)
			;
		for (k = 0; k < tg->ntx; k++)
			if (tg->tx[k].tok > i + 2 && tg->tx[k].tok < end &&
			    mdtl_dating_free(tg, k))
				return (int)k;
		return -1;
	}
	return -1;
}

/*
 * "In remarks published a day earlier by the newspaper Kommersant, Rogozin
 * said": a phrase opening the sentence (past its dateline), "in" and the
 * words' noun (grammar list speech_nouns) with a participle of giving them
 * (grammar list giving_participles) and a date before its comma, gives the
 * words the verb at tok says their day: its index, or -1.
 */
int
mdtl_dating_given_opening(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = mdtl_dating_past_dateline(tg), k, noun;

	if (i + 3 >= tok || !is(&tg->t[i], "in"))
		return -1;
	for (noun = i + 1; noun < i + 4 && noun < tok &&
	    !in_list(tg, &tg->t[noun], SPEECH_NOUNS); noun++)
		if (tg->t[noun].kind != MDTL_TOK_WORD)
			return -1;
	if (noun + 1 >= tok || !in_list(tg, &tg->t[noun], SPEECH_NOUNS) ||
	    !in_list(tg, &tg->t[noun + 1], GIVING_PARTICIPLES))
		return -1;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > noun + 1 && tg->tx[k].tok < tok &&
		    mdtl_dating_free(tg, k) && mdtl_dating_dated(&tg->tx[k]) &&
		    clear_between(tg, noun + 1, tg->tx[k].tok))
			return (int)k;
	return -1;
}

void
mdtl_dating_set(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
    size_t k)
{
	const struct mdtl_timex *x = &tg->tx[k];
	char how[160];

	e->date = x->date;
	mdtl_date_format(&x->date, e->date_value, sizeof e->date_value);
	e->date_text = span_text(s, tg, x->tok, x->ntok);
	e->basis = x->flags & MDTL_TIMEX_EXPLICIT ? MDTL_BASIS_EXPLICIT :
	    MDTL_BASIS_RELATIVE;
	mdtl_timex_explain(x, how, sizeof how);
	e->why_date = mdtl_arena_strcat(&s->art->arena, "'", e->date_text,
	    "': ", how, " -> ", e->date_value, (char *)NULL);
}

void
mdtl_dating_of(const struct mdtl_event *e, struct when *w)
{
	w->date = e->date;
	w->text = e->date_text;
	w->basis = e->basis;
	w->why = e->why_date;
}

void
mdtl_dating_when(struct mdtl_event *e, const struct when *w)
{
	e->date = w->date;
	mdtl_date_format(&w->date, e->date_value, sizeof e->date_value);
	e->basis = w->basis;
	e->date_text = w->text;
	e->why_date = w->why;
}

/* The index of the occasion actor id has, or s->nocc. */
static size_t
occasion_of(const struct state *s, const char *id)
{
	size_t k;

	for (k = 0; k < s->nocc && s->occ[k].id != id; k++)
		;
	return k;
}

/*
 * "On June 8, President Ilham Aliyev received ... Mammadyarov met with
 * Davutoglu on June 9. ... President Ilham Aliyev sent a letter": an
 * occasion of others set in a paragraph after occasion k's, another item
 * of a digest between k and the words.
 */
static int
item_since(const struct state *s, size_t k)
{
	size_t j;

	for (j = 0; j < s->nocc; j++)
		if (s->occ[j].id != s->occ[k].id &&
		    s->occ[j].para > s->occ[k].para)
			return 1;
	return 0;
}

void
mdtl_dating_inherit(struct state *s, struct mdtl_event *e,
    const struct mdtl_actor *who)
{
	size_t i;

	/* "Aug. 20, 2008 - ... sign a deal. Russia warns ...": the item's */
	if (s->item_para != 0) {
		mdtl_dating_when(e, &s->item);
		return;
	}
	/* "The dispute dates back to 2007, when the Bush administration
	 * announced plans ... Then-President Vladimir Putin responded by
	 * offering": an office held before tells an act of the past, not of
	 * the story's day; of the time the act told before gives, if gone
	 * by, else of no date told */
	if (s->former) {
		const struct mdtl_event *b = NULL;
		long first, last = 0;
		size_t k;

		for (k = s->sent_first; k-- > s->start && b == NULL;)
			if ((*s->v)[k].basis == MDTL_BASIS_EXPLICIT ||
			    (*s->v)[k].basis == MDTL_BASIS_RELATIVE)
				b = &(*s->v)[k];
		if (b != NULL)
			mdtl_date_range(&b->date, &first, &last);
		if (b != NULL && last < s->day) {
			struct when w;

			mdtl_dating_of(b, &w);
			w.basis = MDTL_BASIS_INHERITED;
			w.why = "no date in the sentence, an office held "
			    "before ('then-'): the time of the act told before";
			mdtl_dating_when(e, &w);
		} else
			e->why_date = "no date in the sentence, an office held "
			    "before ('then-'): none told";
		return;
	}
	/* the day of who's last occasion (in a digest, not an item of
	 * another paragraph told in the present perfect: "President Ilham
	 * Aliyev has sent a letter of condolence", after a meeting of his,
	 * is of the period; nor one told after another's item) */
	for (i = 0; who != NULL && i < s->nocc; i++)
		if (s->occ[i].id == who->id &&
		    (s->period.gran == MDTL_GRAN_NONE ||
		    s->occ[i].para == s->para ||
		    (!s->perfect && !item_since(s, i)))) {
			mdtl_dating_when(e, &s->occ[i].when);
			return;
		}
	/* the voice of a body, its words of the paragraph or of the one
	 * before ("Russia's foreign ministry on Tuesday questioned ... '...,'
	 * spokesman Andrei Nesterenko said") */
	if (who != NULL && who == s->voice &&
	    (i = occasion_of(s, s->voice_of->id)) < s->nocc &&
	    s->occ[i].said && (s->occ[i].para == s->para ||
	    s->occ[i].para + 1 == s->para)) {
		mdtl_dating_when(e, &s->occ[i].when);
		return;
	}
	if (s->heading.basis != MDTL_BASIS_NONE) {
		mdtl_dating_when(e, &s->heading);
		return;
	}
	if (s->lead.basis == MDTL_BASIS_NONE) {
		e->why_date = "no date in the text and no publication date";
		return;
	}
	mdtl_dating_when(e, &s->lead);
}

int
mdtl_dating_news_day(const struct state *s, const struct mdtl_date *d)
{
	long day = mdtl_date_day(d), since = s->day - 7;

	/*
	 * a day gone by: what is yet to come is no occasion, nor a day
	 * recalled from weeks before ("During a June 7 discussion, Putin
	 * suggested ..."); the news of a digest are those of the period it
	 * covers
	 */
	if (s->lead.basis != MDTL_BASIS_NONE &&
	    mdtl_date_day(&s->lead.date) < since)
		since = mdtl_date_day(&s->lead.date);
	/* (and the period itself, an item's with no day of its own) */
	if (s->period.gran != MDTL_GRAN_NONE && d->gran == s->period.gran &&
	    mdtl_date_day(d) == mdtl_date_day(&s->period))
		return 1;
	/* (a weekend is two days of the news: "at the weekend") */
	return (d->gran >= MDTL_GRAN_DAY || (d->gran == MDTL_GRAN_WEEK &&
	    d->weekend)) && (s->day == 0 || (day <= s->day && day >= since));
}

int
mdtl_dating_gone_by(const struct state *s, const struct mdtl_date *d)
{
	long first, last;

	mdtl_date_range(d, &first, &last);
	return s->day != 0 && last < s->day;
}

void
mdtl_dating_last_day(const struct state *s, const struct mdtl_date *first,
    int ndays, struct mdtl_date *last)
{
	long day = mdtl_date_day(first) + ndays - 1;

	if (s->day != 0 && day > s->day)
		day = s->day;
	*last = *first;
	mdtl_civil_from_days(day, &last->year, &last->month, &last->day);
}

/*
 * "Siemoniak told reporters that Hagel had assured him in a telephone call
 * on Sunday": words of actor id in meeting m's sentence told on a later
 * day than day, after the meeting.
 */
static int
said_later_here(const struct state *s, const struct mdtl_event *m,
    const char *id, long day)
{
	size_t k;

	for (k = s->start; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e != m && e->span.start == m->span.start &&
		    e->type != MDTL_EVENT_SUMMIT && e->nactors > 0 &&
		    e->actors[0].id == id && e->date.gran >= MDTL_GRAN_DAY &&
		    mdtl_date_day(&e->date) > day)
			return 1;
	}
	return 0;
}

/* Actor id's occasion, at index k (s->nocc for a new one): w. */
static void
occasion_set(struct state *s, size_t k, const char *id, const struct when *w,
    int said)
{
	if (k == s->nocc && s->nocc == OCCASIONS) {
		memmove(s->occ, s->occ + 1, --s->nocc * sizeof *s->occ);
		k = s->nocc;
	}
	if (k == s->nocc)
		s->nocc++;
	s->occ[k].id = id;
	s->occ[k].when = *w;
	s->occ[k].said = said;
	s->occ[k].para = s->para;
}

/*
 * "The co-chairs met with President Ilham Aliyev in Baku on March 16. The
 * co-chairs later travelled to Yerevan ...": another occasion, in a place
 * of its own, whose day is not known; its people's words after it are no
 * longer those of the day before (not so a welcome "here").
 */
void
mdtl_dating_occasion_unknown(struct state *s, const struct mdtl_event *e)
{
	size_t i, k;

	if (e->type != MDTL_EVENT_SUMMIT || e->location == NULL ||
	    (e->basis != MDTL_BASIS_NONE &&
	    (e->basis != MDTL_BASIS_INHERITED ||
	    e->date.gran >= MDTL_GRAN_DAY)))
		return;
	for (i = 0; i < e->nactors; i++) {
		if (e->actors[i].role == MDTL_ROLE_TARGET)
			continue;
		k = occasion_of(s, e->actors[i].id);
		if (k < s->nocc)
			memmove(s->occ + k, s->occ + k + 1,
			    (--s->nocc - k) * sizeof *s->occ);
	}
}

/*
 * "Russian Ambassador to Azerbaijan Vladimir Dorokhin said that Moscow is
 * ready to discuss ... '...,' the ambassador told journalists on June 10":
 * in a digest, words the sentence before gave no day of their own but the
 * period's are of the day the same speaker's next words give, if of the
 * period.
 */
void
mdtl_dating_told_after(struct state *s, size_t first)
{
	const struct mdtl_event *e = NULL;
	struct when w;
	size_t k;

	if (s->period.gran == MDTL_GRAN_NONE || s->told_para != s->para ||
	    s->told_end != first)
		return;
	for (k = first; k < *s->n && e == NULL; k++) {
		const struct mdtl_event *d = &(*s->v)[k];

		if (d->type != MDTL_EVENT_SUMMIT &&
		    d->type != MDTL_EVENT_DEADLINE && d->nactors > 0 &&
		    (d->basis == MDTL_BASIS_EXPLICIT ||
		    d->basis == MDTL_BASIS_RELATIVE) &&
		    d->date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_news_day(s, &d->date))
			e = d;
	}
	if (e == NULL)
		return;
	mdtl_dating_of(e, &w);
	w.basis = MDTL_BASIS_INHERITED;
	w.why = mdtl_arena_strcat(&s->art->arena, "no date in the sentence: "
	    "the day of its speaker's words told next, '", w.text ? w.text :
	    e->date_value, "'", (char *)NULL);
	for (k = s->told_first; k < first; k++) {
		struct mdtl_event *b = &(*s->v)[k];

		if (b->type != MDTL_EVENT_SUMMIT &&
		    b->type != MDTL_EVENT_DEADLINE && b->nactors > 0 &&
		    b->actors[0].id == e->actors[0].id &&
		    (b->basis == MDTL_BASIS_INHERITED ||
		    b->basis == MDTL_BASIS_PUBLICATION) &&
		    b->date.gran == s->period.gran &&
		    mdtl_date_day(&b->date) == mdtl_date_day(&s->period))
			mdtl_dating_when(b, &w);
	}
}

/*
 * "The Defence Ministry earlier said": "earlier" alone right before a
 * verb of the tags (not the end of a lapse, "a day earlier").
 */
static int
earlier_verb(const struct mdtl_tags *tg)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	for (i = 1; i + 1 < tg->n; i++)
		if (is(&tg->t[i], "earlier") &&
		    mdtl_tags_timex_at(tg, i) == NULL &&
		    (c = mdtl_tags_cue_at(tg, i + 1)) != NULL &&
		    c->tok == i + 1 && c->kind == MDTL_PH_SPEECH)
			return 1;
	return 0;
}

void
mdtl_dating_earlier(struct state *s, const struct mdtl_tags *tg, size_t from)
{
	size_t k;

	if (tg->n < 3 || !((is(&tg->t[0], "earlier") && is(&tg->t[1], ",")) ||
	    earlier_verb(tg)))
		return;
	for (k = from; k < *s->n; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->basis != MDTL_BASIS_INHERITED &&
		    e->basis != MDTL_BASIS_PUBLICATION)
			continue;
		memset(&e->date, 0, sizeof e->date);
		e->date_value[0] = '\0';
		e->date_text = NULL;
		e->basis = MDTL_BASIS_NONE;
		e->why_date = "\"Earlier\" with no date of its own: before "
		    "the news, on a day not told";
	}
}

void
mdtl_dating_occasion(struct state *s, const struct mdtl_event *e, int ndays)
{
	struct when w;
	size_t i, k;

	if (e->basis == MDTL_BASIS_NONE || e->basis == MDTL_BASIS_PUBLICATION ||
	    e->nactors == 0 || !mdtl_dating_news_day(s, &e->date))
		return;
	w.date = e->date;
	w.basis = MDTL_BASIS_INHERITED;
	w.text = e->date_text;
	w.why = mdtl_arena_strcat(&s->art->arena,
	    "no date in the sentence: its occasion's '", e->date_text ?
	    e->date_text : e->date_value, "'", (char *)NULL);
	if (ndays > 1 && e->date.gran == MDTL_GRAN_DAY) {
		mdtl_dating_last_day(s, &e->date, ndays, &w.date);
		w.why = mdtl_arena_strcat(&s->art->arena,
		    "no date in the sentence: the last day of its occasion, "
		    "from '", e->date_text ? e->date_text : e->date_value,
		    "'", (char *)NULL);
	}
	/* each actor's own, until another of its own: the oldest go */
	for (i = 0; i < e->nactors; i++) {
		if (e->actors[i].role == MDTL_ROLE_TARGET)
			continue;
		k = occasion_of(s, e->actors[i].id);
		/*
		 * "Ryabkov told Interfax on Wednesday ... Ryabkov and Tauscher
		 * held talks in Geneva on September 12": a meeting told of
		 * before the day of the words is no occasion of what follows
		 */
		if (k < s->nocc && e->type == MDTL_EVENT_SUMMIT &&
		    s->occ[k].said && mdtl_date_day(&s->occ[k].when.date) >
		    mdtl_date_day(&w.date))
			continue;
		if (e->type == MDTL_EVENT_SUMMIT && said_later_here(s, e,
		    e->actors[i].id, mdtl_date_day(&w.date)))
			continue;
		occasion_set(s, k, e->actors[i].id, &w,
		    e->type != MDTL_EVENT_SUMMIT);
	}
}

/*
 * "President Dmitry Medvedev on Tuesday put into service a new early
 * warning radar ...": a person named, then a day of the news, then his
 * deed, a sentence that told no event: his occasion, so that his words
 * after it with no date of their own ('"...," Medvedev said at the
 * ceremony') are of that day, not of a day he is said to have spoken
 * before.
 */
void
mdtl_dating_deed(struct state *s, const struct mdtl_tags *tg)
{
	const struct mdtl_timex *x;
	struct when w;
	size_t k, i;

	for (k = 0; k < tg->nm; k++) {
		const struct mdtl_actor_tag *a = &tg->m[k];

		if (a->weak || a->actor->kind != MDTL_ACTOR_PERSON)
			continue;
		i = a->tok + a->ntok;
		if (i < tg->n && is(&tg->t[i], "on"))
			i++;
		if ((x = mdtl_tags_timex_at(tg, i)) == NULL ||
		    x->type != MDTL_TIMEX_DATE || !mdtl_dating_dated(x) ||
		    !mdtl_dating_news_day(s, &x->date) ||
		    x->tok + x->ntok >= tg->n ||
		    tg->t[x->tok + x->ntok].kind != MDTL_TOK_WORD ||
		    (tg->t[x->tok + x->ntok].flags & MDTL_TOK_CAP))
			continue;
		w.date = x->date;
		w.basis = MDTL_BASIS_INHERITED;
		w.text = span_text(s, tg, x->tok, x->ntok);
		w.why = mdtl_arena_strcat(&s->art->arena, "no date in the "
		    "sentence: the day of its speaker's deed, '", w.text, "'",
		    (char *)NULL);
		occasion_set(s, occasion_of(s, a->actor->id), a->actor->id, &w,
		    1);
		return;
	}
}

/* dd.mm[.yyyy] at s: 0 and the fields, or -1; *end past it. */
static int
dotted(const char *s, int *d, int *m, int *y, const char **end)
{
	char *e;
	long v;

	v = strtol(s, &e, 10);
	if (e == s || e - s > 2 || *e != '.' || v < 1 || v > 31)
		return -1;
	*d = (int)v;
	s = e + 1;
	v = strtol(s, &e, 10);
	if (e == s || e - s > 2 || v < 1 || v > 12)
		return -1;
	*m = (int)v;
	*y = 0;
	if (*e == '.' && e[1] >= '0' && e[1] <= '9') {
		s = e + 1;
		v = strtol(s, &e, 10);
		if (e - s != 4)
			return -1;
		*y = (int)v;
	}
	*end = e;
	return 0;
}

/* The month a word at s names ("May", "december"): 1 to 12, or 0; *end
 * past the word. */
static int
month_word(const char *s, const char **end)
{
	static const char mons[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	const char *e = s;
	char m[4];
	int k;

	while (isalpha((unsigned char)*e))
		e++;
	if (e - s < 3)
		return 0;
	for (k = 0; k < 3; k++)
		m[k] = (char)tolower((unsigned char)s[k]);
	m[3] = '\0';
	for (k = 0; k < 12; k++)
		if (strncmp(mons + 3 * k, m, 3) == 0) {
			*end = e;
			return k + 1;
		}
	return 0;
}

/*
 * A range of days told in words at s: "14-20 May 2012", "May 14-20,
 * 2012": 0 and the days, or -1.
 */
static int
worded_range(const char *s, int *d1, int *d2, int *m, int *y)
{
	const char *e = s;
	char *n;
	long v[3];

	if (isdigit((unsigned char)*s)) {
		/* "14-20 May 2012" */
		v[0] = strtol(s, &n, 10);
		if (*n != '-' || !isdigit((unsigned char)n[1]))
			return -1;
		v[1] = strtol(n + 1, &n, 10);
		if (*n != ' ' || (*m = month_word(n + 1, &e)) == 0 ||
		    *e != ' ')
			return -1;
		v[2] = strtol(e + 1, &n, 10);
	} else {
		/* "May 14-20, 2012" (a day after the word, then its month) */
		while (isalpha((unsigned char)*e))
			e++;
		if (*e != ' ' || !isdigit((unsigned char)e[1]) ||
		    (*m = month_word(s, &e)) == 0)
			return -1;
		v[0] = strtol(e + 1, &n, 10);
		if (*n != '-' || !isdigit((unsigned char)n[1]))
			return -1;
		v[1] = strtol(n + 1, &n, 10);
		if (*n == ',')
			n++;
		if (*n != ' ')
			return -1;
		e = n;
		v[2] = strtol(e + 1, &n, 10);
	}
	if (n - e != 5 || v[0] < 1 || v[0] > 31 || v[1] < 1 || v[1] > 31)
		return -1;
	*d1 = (int)v[0];
	*d2 = (int)v[1];
	*y = (int)v[2];
	return 0;
}

/*
 * The days a digest's title names: "(31.05- 05.06.2010)", or in words,
 * "14-20 May 2012", "May 14-20, 2012"; *text where they start.  0, or -1.
 */
static int
title_days(const char *title, int *d1, int *m1, int *y1, int *d2, int *m2,
    int *y2, const char **text)
{
	const char *o, *e;

	/* (both tell days in figures) */
	if (title == NULL || strpbrk(title, "0123456789") == NULL)
		return -1;
	o = strrchr(title, '(');
	for (e = title; *e != '\0'; e++)
		if ((e == title || e[-1] == ' ' || e[-1] == '(') &&
		    worded_range(e, d1, d2, m1, y1) == 0) {
			*m2 = *m1;
			*y2 = *y1;
			*text = e;
			return 0;
		}
	if (o == NULL || dotted(o + 1, d1, m1, y1, &e) < 0)
		return -1;
	while (*e == ' ')
		e++;
	if (*e != '-' && strncmp(e, "\xe2\x80\x93", 3) != 0)
		return -1;
	e += *e == '-' ? 1 : 3;
	while (*e == ' ')
		e++;
	if (dotted(e, d2, m2, y2, &e) < 0 || *y2 == 0 || *e != ')')
		return -1;
	*text = o;
	return 0;
}

/*
 * The period a digest covers, from its title: "Weekly political digest
 * (31.05- 05.06.2010)", "Weekly review: missile defence, 14-20 May 2012".
 * A week (ISO), else a month, and its last day as told (*last): 0, or -1.
 */
static int
title_period(const char *title, struct mdtl_date *p, const char **text,
    long *last)
{
	int d1, m1, y1, d2, m2, y2, w1, w2, wy1, wy2;
	long a, b;

	if (title_days(title, &d1, &m1, &y1, &d2, &m2, &y2, text) < 0)
		return -1;
	if (y1 == 0)
		y1 = m1 <= m2 ? y2 : y2 - 1;
	if (d1 > mdtl_days_in_month(y1, m1) || d2 > mdtl_days_in_month(y2, m2))
		return -1;
	a = mdtl_days_from_civil(y1, m1, d1);
	b = mdtl_days_from_civil(y2, m2, d2);
	if (b < a || b - a > 31)
		return -1;
	memset(p, 0, sizeof *p);
	mdtl_iso_week(a, &wy1, &w1);
	mdtl_iso_week(b, &wy2, &w2);
	if (wy1 == wy2 && w1 == w2) {
		p->gran = MDTL_GRAN_WEEK;
		p->year = wy1;
		p->part = w1;
	} else if (y1 == y2 && m1 == m2) {
		p->gran = MDTL_GRAN_MONTH;
		p->year = y1;
		p->month = m1;
	} else
		return -1;
	*last = b;
	return 0;
}

void
mdtl_dating_start(struct state *s)
{
	const struct mdtl_article *art = s->art;
	struct mdtl_date p;
	const char *text;
	long last;

	if (art->published.gran != MDTL_GRAN_NONE) {
		s->lead.date = art->published;
		if (s->lead.date.gran > MDTL_GRAN_DAY)
			s->lead.date.gran = MDTL_GRAN_DAY;
		s->lead.date.hour = s->lead.date.min = s->lead.date.sec = 0;
		s->lead.date.has_tz = 0;
		s->lead.basis = MDTL_BASIS_PUBLICATION;
		s->lead.why = "no date in the sentence: the publication date";
		s->published = s->lead;
		s->published.why = "no date in the sentence, words told apart "
		    "from the lead's: the publication date";
	}
	/* a digest's items took place in the period it covers, and it
	 * tells of them as of its last day: "next week" is the week after */
	if (title_period(art->title, &p, &text, &last) == 0) {
		memset(&s->ref, 0, sizeof s->ref);
		s->ref.gran = MDTL_GRAN_DAY;
		mdtl_civil_from_days(last, &s->ref.year, &s->ref.month,
		    &s->ref.day);
		s->lead.date = p;
		s->period = p;
		s->lead.basis = MDTL_BASIS_INHERITED;
		s->lead.text = mdtl_arena_strdup(&s->art->arena, text);
		s->lead.why = "no date in the sentence: the period the digest "
		    "covers";
		s->lead_done = 1;
	}
}

int
mdtl_dating_dateline(struct state *s, const struct mdtl_tags *tg,
    size_t sentence)
{
	size_t k, i, j, e;
	int agency;

	if (sentence > 2 || s->lead.basis != MDTL_BASIS_PUBLICATION)
		return 0;
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];
		long d, pub;

		if (x->tok > 6 || x->date.gran != MDTL_GRAN_DAY ||
		    !mdtl_dating_dated(x))
			continue;
		/* "PLACE, Region, July 2 --", "PLACE, July 2, 2007 -" */
		for (i = 0; i < x->tok; i++)
			if (!(tg->t[i].flags & MDTL_TOK_CAP) &&
			    !is(&tg->t[i], ","))
				break;
		e = x->tok + x->ntok;
		if (e < tg->n && is(&tg->t[e], ","))
			e++;
		/* "MOSCOW, May 23 (Reuters) -": past the agency */
		agency = 0;
		if (e < tg->n && is(&tg->t[e], "("))
			for (j = e + 1; j < tg->n && j <= e + 4; j++)
				if (is(&tg->t[j], ")")) {
					e = j + 1;
					agency = 1;
					break;
				}
		/* (the date may open the sentence after an agency's full
		 * stop: "BAKU. March 13 (Interfax) -") */
		if (i < x->tok || (x->tok == 0 && !agency) || e >= tg->n ||
		    !is(&tg->t[e], "-"))
			continue;
		d = mdtl_date_day(&x->date);
		pub = mdtl_date_day(&s->lead.date);
		if (d > pub || pub - d > 7)
			continue;
		s->lead.date = x->date;
		s->lead.basis = MDTL_BASIS_INHERITED;
		s->lead.text = span_text(s, tg, x->tok, x->ntok);
		s->lead.why = mdtl_arena_strcat(&s->art->arena,
		    "no date in the sentence: the dateline's '", s->lead.text,
		    "'", (char *)NULL);
		/* "SOCHI, 23 January 2012 - ... in Sochi today", published
		 * the day after: the story's today is the dateline's */
		if (d < pub && s->ref.gran == MDTL_GRAN_DAY &&
		    s->period.gran == MDTL_GRAN_NONE) {
			s->ref = x->date;
			return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * "said at a meeting", "during talks", "on the sidelines of a summit",
 * "told the Munich Security Conference": the meeting is where the news was
 * told, so it has the day it was told.  A meeting merely talked about
 * ("the summit in Lisbon was good") has no date in the text.
 */
int
mdtl_dating_told_there(const struct mdtl_tags *tg, size_t tok)
{
	size_t i, far = 6;

	for (i = tok; i-- > 0 && tok - i <= far;) {
		const char *w = tg->t[i].norm;

		/* "on the sidelines of the Munich Security Conference": the
		 * words "the sidelines of" do not count, nor the joints of a
		 * compound ("in their first face-to-face meeting") */
		if (in_list(tg, &tg->t[i], OCCASION_FRAMES))
			far += 3;
		if (is(&tg->t[i], "-") && !(tg->t[i].flags & MDTL_TOK_SPACE))
			far += 2;

		/* "told the Munich Security Conference": its audience */
		if (in_list(tg, &tg->t[i], OCCASION_PREPS) ||
		    in_list(tg, &tg->t[i], OCCASION_PARTICIPLES) ||
		    in_list(tg, &tg->t[i], AUDIENCE_VERBS))
			return 1;
		/* "said on Monday that the Lisbon summit had opened": a
		 * meeting in the words reported, not where they were said */
		if ((tg->t[i].kind == MDTL_TOK_PUNCT && strcmp(w, "-") != 0) ||
		    is(&tg->t[i], "that"))
			return 0;
		/* "at an expanded session": a participle after a
		 * determiner is the meeting's adjective */
		if (in_list(tg, &tg->t[i], OCCASION_STOPS) ||
		    (ends_in(w, "ed", 4) && !(i > 0 &&
		    in_list(tg, &tg->t[i - 1], DETERMINERS))))
			return 0;
	}
	return 0;
}

/* Is the word at i, or "up" after it, one of a meeting ending? */
static int
ending_at(const struct mdtl_tags *tg, size_t i)
{
	return in_list(tg, &tg->t[i], DAYS_ENDED) || (i > 0 &&
	    is(&tg->t[i], "up") && in_list(tg, &tg->t[i - 1], DAYS_ENDED));
}

char
mdtl_dating_lapse_of(const struct mdtl_timex *x, long *n)
{
	char *end;

	if (x->type != MDTL_TIMEX_DURATION || x->value[0] != 'P')
		return 0;
	*n = strtol(x->value + 1, &end, 10);
	if (end == x->value + 1 || end[0] == '\0' || end[1] != '\0')
		return 0;
	return end[0];
}

/*
 * The days of duration x ("a day": P1D, "two weeks": P2W when weeks is
 * set), counted in 1 to most of its units; or 0.
 */
static long
duration_days(const struct mdtl_timex *x, int weeks, long most)
{
	long n;
	char unit = mdtl_dating_lapse_of(x, &n);

	if (!(unit == 'D' || (weeks && unit == 'W')) || n <= 0 || n > most)
		return 0;
	return unit == 'W' ? n * 7 : n;
}

/*
 * "two weeks after", "two weeks earlier": a day counted in weeks is known
 * to its week, as the day "two weeks ago" is.
 */
static void
in_weeks(struct when *w, const struct mdtl_timex *x)
{
	size_t n = strlen(x->value);

	if (n > 0 && x->value[n - 1] == 'W')
		mdtl_date_unit(mdtl_date_day(&w->date), MDTL_GRAN_WEEK,
		    &w->date);
}

/* Day d moved by n days, into w, a day counted from another. */
static void
moved_day(struct when *w, const struct mdtl_date *d, long n)
{
	w->date = *d;
	mdtl_civil_from_days(mdtl_date_day(d) + n, &w->date.year,
	    &w->date.month, &w->date.day);
	w->basis = MDTL_BASIS_RELATIVE;
}

/*
 * The day of the sentence's act, moved by n days, into w: the last day
 * the sentence names before token b, else the day of speech, the day its
 * words were said (or the day of what "of" names, when not NULL); its why
 * says the words that moved it (what) and how.  0, or -1 when there is
 * none.
 */
static int
act_day(struct state *s, const struct mdtl_tags *tg, size_t b,
    const struct when *speech, const char *of, long n, const char *what,
    const char *how, struct when *w)
{
	const struct mdtl_timex *at = NULL;
	size_t j;

	for (j = 0; j < tg->ntx; j++)
		if (tg->tx[j].tok < b && mdtl_dating_dated(&tg->tx[j]) &&
		    tg->tx[j].date.gran == MDTL_GRAN_DAY)
			at = &tg->tx[j];
	if (at != NULL)
		moved_day(w, &at->date, n);
	else if (speech->date.gran == MDTL_GRAN_DAY)
		moved_day(w, &speech->date, n);
	else
		return -1;
	w->why = mdtl_arena_strcat(&s->art->arena, "'", what, "': ", how,
	    at != NULL ? "'" : "", at != NULL ? span_text(s, tg, at->tok,
	    at->ntok) : of != NULL ? of : "the day of the words",
	    at != NULL ? "'" : "",
	    (char *)NULL);
	return 0;
}

/*
 * "Makarov's words came at a conference ...", "His comments came during
 * talks with ...": after "came" and "at" or "during" (grammar list
 * occasion_prepositions), with no clause between, a meeting at tok;
 * before "came", a noun of words (grammar list speech_nouns, or "words")
 * whose owner is a name's "'s" or a possessive pronoun's (the last
 * speaker).  The day of that one's last act told, words or a threat or an
 * offer, is the meeting's.
 */
int
mdtl_dating_came_at(struct state *s, const struct mdtl_tags *tg, size_t tok,
    struct when *w)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *by = NULL;
	const struct mdtl_event *e;
	size_t i = 0, k;

	/* "came" at i, its preposition after it, before tok */
	for (k = tok; i == 0 && k-- > 3 && tok - k <= 8;)
		if (came(&tg->t[k - 1]) && in_list(tg, &tg->t[k],
		    OCCASION_PREPS))
			i = k - 1;
	if (i == 0 || !clear_between(tg, i + 1, tok) ||
	    !(in_list(tg, &tg->t[i - 1], SPEECH_NOUNS) ||
	    is(&tg->t[i - 1], "words")))
		return -1;
	if (is(&tg->t[i - 2], "'s") && i >= 3 &&
	    (m = mdtl_tags_actor_at(tg, i - 3)) != NULL &&
	    m->tok + m->ntok == i - 2)
		by = m->actor;
	else if (in_list(tg, &tg->t[i - 2], POSSESSIVES))
		by = s->last_speaker;
	for (k = *s->n; by != NULL && k-- > s->start;) {
		e = &(*s->v)[k];
		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || e->nactors == 0 ||
		    e->actors[0].id != by->id ||
		    e->date.gran == MDTL_GRAN_NONE)
			continue;
		mdtl_dating_of(e, w);
		w->basis = MDTL_BASIS_INHERITED;
		w->why = mdtl_arena_strcat(&s->art->arena, "no date of its "
		    "own: the day of the words of '", by->name, "' that came "
		    "there, ", e->date_text != NULL ? e->date_text :
		    e->date_value, (char *)NULL);
		return 0;
	}
	return -1;
}

int
mdtl_dating_came_after(struct state *s, const struct mdtl_tags *tg,
    size_t tok, struct when *w)
{
	const struct mdtl_timex *x = NULL;
	const struct mdtl_actor_tag *by = NULL;
	size_t k, i;
	long n;
	int after;

	/* the lapse, then "after" or "before", then the act's subject */
	for (k = 0; k < tg->ntx && x == NULL; k++) {
		i = tg->tx[k].tok + tg->tx[k].ntok;
		if (i + 1 < tok && tok - i <= 16 && tg->tx[k].tok > 0 &&
		    (is(&tg->t[i], "after") || is(&tg->t[i], "before")) &&
		    (came(&tg->t[tg->tx[k].tok - 1]) ||
		    spoke(&tg->t[tg->tx[k].tok - 1])))
			x = &tg->tx[k];
	}
	if (x == NULL || (n = duration_days(x, 1, 60)) == 0)
		return -1;
	after = is(&tg->t[x->tok + x->ntok], "after");
	/* whose words came: "Putin's comments came", "Tusk spoke" */
	for (k = 0; k < tg->nm && tg->m[k].tok < x->tok; k++)
		if (tg->m[k].tok + tg->m[k].ntok < tg->n &&
		    (spoke(&tg->t[x->tok - 1]) ?
		    tg->m[k].tok + tg->m[k].ntok + 1 == x->tok :
		    is(&tg->t[tg->m[k].tok + tg->m[k].ntok], "'s"))) {
			by = &tg->m[k];
			break;
		}
	for (k = 0; by != NULL && k < s->nocc; k++) {
		const struct when *o = &s->occ[k].when;

		if (s->occ[k].id != by->actor->id ||
		    o->date.gran != MDTL_GRAN_DAY)
			continue;
		moved_day(w, &o->date, after ? -n : n);
		w->text = span_text(s, tg, x->tok, x->ntok + 1);
		w->why = mdtl_arena_strcat(&s->art->arena, "'",
		    w->text, "' the words of '", by->actor->name,
		    "' on ", o->text != NULL ? o->text : "their day",
		    (char *)NULL);
		return 0;
	}
	/* "The remarks came two days after ...": the words told last; "The
	 * call came a day after ...", the meeting told last by that noun
	 * ("in a phone call on Monday") */
	if (by == NULL && x->tok == 3 && is(&tg->t[0], "the"))
		for (k = *s->n; k-- > s->start;) {
			const struct mdtl_event *e = &(*s->v)[k];

			if (in_list(tg, &tg->t[1], SPEECH_NOUNS) ?
			    e->type == MDTL_EVENT_SUMMIT ||
			    e->type == MDTL_EVENT_DEADLINE :
			    e->type != MDTL_EVENT_SUMMIT ||
			    !cue_noun(e->why_cue, tg->t[1].norm))
				continue;
			if (e->date.gran != MDTL_GRAN_DAY)
				continue;
			moved_day(w, &e->date, after ? -n : n);
			w->text = span_text(s, tg, x->tok, x->ntok + 1);
			w->why = mdtl_arena_strcat(&s->art->arena, "'",
			    w->text, e->type == MDTL_EVENT_SUMMIT ?
			    "' the meeting told last by that noun, on " :
			    "' the words told last, on ",
			    e->date_text != NULL ? e->date_text :
			    e->date_value, (char *)NULL);
			return 0;
		}
	return -1;
}

/*
 * The meeting's word after "the eve of" at token i: past "the" and a name
 * before it ("the NATO-Russia Council meeting", "the Lisbon summit").
 */
static size_t
eve_noun(const struct mdtl_tags *tg, size_t i)
{
	size_t k = i + 2 + is(&tg->t[i + 2], "the"), j;
	const struct mdtl_cue_tag *c;

	for (j = k; j < tg->n && j <= k + 6; j++) {
		if ((c = mdtl_tags_cue_at(tg, j)) != NULL && c->tok == j &&
		    c->kind == MDTL_PH_SUMMIT)
			return j;
		/* (and a name's "of" and number: "the Group of 20 summit") */
		if (!(tg->t[j].flags & MDTL_TOK_CAP) && !is(&tg->t[j], "-") &&
		    !isdigit((unsigned char)tg->t[j].norm[0]) &&
		    !(is(&tg->t[j], "of") && j > k &&
		    (tg->t[j - 1].flags & MDTL_TOK_CAP)))
			break;
	}
	return k;
}

int
mdtl_dating_eve_of_meeting(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t k;

	if (i + 2 >= tg->n || !is(&tg->t[i], "eve") ||
	    !is(&tg->t[i + 1], "of"))
		return 0;
	k = eve_noun(tg, i);
	return (c = mdtl_tags_cue_at(tg, k)) != NULL &&
	    c->kind == MDTL_PH_SUMMIT && c->tok == k;
}

/* Does the sentence have the word w (a lower-case word, as tokens fold)? */
static int
has_word(const char *text, const char *w)
{
	size_t n = strlen(w);
	const char *p;

	for (p = text; *p != '\0'; p++)
		if (strncasecmp(p, w, n) == 0 &&
		    (p == text || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

/*
 * The meeting "the eve of the summit" (its noun at token k) is of: the
 * last one told by that noun, in its cue or in a sentence that tells it;
 * else, when the title names that noun, the first one told, the lead's
 * ("NATO leaders meeting in Lisbon on Friday" under "NATO to invite Russia
 * ... at Lisbon summit", not the council's session told after it); else
 * the last one told.
 */
static const struct mdtl_event *
eve_meeting(struct state *s, const struct mdtl_tags *tg, size_t k)
{
	const struct mdtl_event *e, *first = NULL;
	size_t j, m;

	for (j = *s->n; k < tg->n && j-- > s->start;) {
		e = &(*s->v)[j];
		if (e->type != MDTL_EVENT_SUMMIT)
			continue;
		if (cue_noun(e->why_cue, tg->t[k].norm))
			return e;
		for (m = 0; m < e->nmentions; m++)
			if (e->mentions[m].text != NULL &&
			    has_word(e->mentions[m].text, tg->t[k].norm))
				return e;
		first = e;
	}
	if (first != NULL && s->art->title != NULL &&
	    has_word(s->art->title, tg->t[k].norm))
		return first;
	return last_summit(s, *s->n);
}

int
mdtl_dating_eve_act(struct state *s, const struct mdtl_tags *tg, size_t tok,
    struct when *w)
{
	const struct mdtl_event *m;
	size_t i, k, noun;

	for (i = tok + 1; i + 2 < tg->n && i <= tok + 8 &&
	    !boundary(&tg->t[i]); i++)
		if (is(&tg->t[i], "eve") && is(&tg->t[i + 1], "of"))
			break;
	/* or in an aside on the subject before the verb: "Netanyahu,
	 * speaking in Jerusalem on the eve of the talks, had urged" */
	if (i + 2 >= tg->n || !is(&tg->t[i], "eve"))
		for (k = tok, i = tg->n; k-- > 0 && tok - k <= 14 &&
		    !is(&tg->t[k], ";") && !(tg->t[k].flags & MDTL_TOK_QUOTE);)
			if (is(&tg->t[k], "eve") && k + 2 < tok &&
			    is(&tg->t[k + 1], "of")) {
				i = k;
				break;
			}
	if (!mdtl_dating_eve_of_meeting(tg, i))
		return -1;
	/* "on the eve of the NATO-Russia Council meeting in Brussels on
	 * April 19": the day its phrase names */
	noun = eve_noun(tg, i);
	for (k = noun + 1; k < tg->n && k <= i + 14 &&
	    !boundary(&tg->t[k]); k++) {
		const struct mdtl_timex *x = mdtl_tags_timex_at(tg, k);

		if (x != NULL && x->tok == k && mdtl_dating_dated(x) &&
		    x->date.gran == MDTL_GRAN_DAY) {
			moved_day(w, &x->date, -1);
			w->text = span_text(s, tg, i, 2);
			w->why = mdtl_arena_strcat(&s->art->arena, "'the eve "
			    "of' the meeting: the day before '", x->value, "'",
			    (char *)NULL);
			return 0;
		}
	}
	if ((m = eve_meeting(s, tg, noun)) ==
	    NULL || m->date.gran != MDTL_GRAN_DAY)
		return -1;
	moved_day(w, &m->date, -1);
	w->text = span_text(s, tg, i, 2);
	w->why = mdtl_arena_strcat(&s->art->arena, "'the eve of' the meeting "
	    "told before: the day before '", m->date_value, "'", (char *)NULL);
	return 0;
}

int
mdtl_dating_lapse_told(struct state *s, const struct mdtl_tags *tg, size_t k,
    const struct when *speech, const struct mdtl_event *from, struct when *w)
{
	const struct mdtl_timex *x = &tg->tx[k];
	size_t e = x->tok + x->ntok;
	long n;

	if (x->type != MDTL_TIMEX_DURATION || x->value[0] != 'P' ||
	    e >= tg->n || !(is(&tg->t[e], "earlier") ||
	    is(&tg->t[e], "later")) || (n = duration_days(x, 1, 366)) == 0)
		return -1;
	if (is(&tg->t[e], "earlier"))
		n = -n;
	w->text = span_text(s, tg, x->tok, e + 1 - x->tok);
	if (from != NULL && from->date.gran == MDTL_GRAN_DAY) {
		moved_day(w, &from->date, n);
		w->why = mdtl_arena_strcat(&s->art->arena, "'", w->text, "': a "
		    "lapse from the day of the meeting to come told last, '",
		    from->date_value, "'", (char *)NULL);
	} else if (act_day(s, tg, x->tok, speech, NULL, n, w->text,
	    "a lapse from the day of the sentence's act, ", w) != 0)
		return -1;
	in_weeks(w, x);
	return 0;
}

/*
 * "Obama phoned him overnight to say", told on Thursday: a meeting at tok
 * ("phoned"), or words said in it ("to say"), the night before the
 * sentence's act, dated by its evening.  Its day, into w: 0, or -1.
 */
int
mdtl_dating_overnight(struct state *s, const struct mdtl_tags *tg,
    size_t tok, const struct when *speech, struct when *w)
{
	size_t i;

	if (tok >= 2 && is(&tg->t[tok - 1], "to") &&
	    is(&tg->t[tok - 2], "overnight"))
		i = tok - 2;
	else
		for (i = tok + 1; i < tg->n && i <= tok + 4 &&
		    !boundary(&tg->t[i]) && !is(&tg->t[i], "overnight"); i++)
			;
	/* within four words: not "said Obama had telephoned him
	 * overnight", the call's */
	if (i >= tg->n || i > tok + 4 || !is(&tg->t[i], "overnight") ||
	    act_day(s, tg, tok, speech, NULL, -1, "overnight",
	    "the evening before ", w) != 0)
		return -1;
	w->text = span_text(s, tg, i, 1);
	return 0;
}

/*
 * "said on Saturday, on the eve of the alliance's summit in Chicago": a
 * meeting at tok the day after the sentence's last day named before it,
 * else the day its words were said.  Its day, into w: 0, or -1.
 */
static int
eve_of(struct state *s, const struct mdtl_tags *tg, size_t tok,
    const struct when *speech, struct when *w)
{
	size_t i;

	for (i = tok; i > 1 && tok - i <= 6 && !boundary(&tg->t[i - 1]); i--)
		if (is(&tg->t[i - 1], "of") && is(&tg->t[i - 2], "eve"))
			break;
	if (i <= 1 || !is(&tg->t[i - 1], "of") || !is(&tg->t[i - 2], "eve") ||
	    act_day(s, tg, i, speech, NULL, 1, "the eve of", "the day after ",
	    w) != 0)
		return -1;
	w->text = span_text(s, tg, i - 2, 2);
	return 0;
}

/*
 * "a day before foreign ministers meet in Brussels", "two days after the
 * talks", "on the eve of the summit": a meeting whose cue is at tok, told
 * by the lapse between it and the day of the sentence's act, the last day
 * the sentence names before the lapse, else the day of the meeting it
 * opens with, named again ("The telephone talks came two weeks after they
 * met in New York"; subject, or NULL), else the day its words were said
 * (speech).  Its day, into w: 0, or -1.
 */
int
mdtl_dating_lapse(struct state *s, const struct mdtl_tags *tg, size_t tok,
    const struct when *speech, const struct when *subject, struct when *w)
{
	const struct mdtl_timex *x;
	size_t k, e;
	long n;

	for (k = 0; k < tg->ntx; k++) {
		x = &tg->tx[k];
		e = x->tok + x->ntok;
		if (x->type != MDTL_TIMEX_DURATION || x->value[0] != 'P' ||
		    e >= tok || mdtl_dating_plain_words(tg, e, tok) > 16 ||
		    !clear_between(tg, e, tok) ||
		    !(is(&tg->t[e], "before") || is(&tg->t[e], "after")))
			continue;
		/* the act is a day before the meeting: the meeting a day on */
		w->text = span_text(s, tg, x->tok, e + 1 - x->tok);
		if ((n = duration_days(x, 1, 366)) == 0 ||
		    act_day(s, tg, x->tok, subject != NULL ? subject : speech,
		    subject != NULL ? mdtl_arena_strcat(&s->art->arena,
		    "the day of '", subject->text, "'", (char *)NULL) : NULL,
		    is(&tg->t[e], "before") ? n : -n, w->text,
		    "a lapse from the day of the sentence's act, ", w) != 0)
			return -1;
		in_weeks(w, x);
		return 0;
	}
	return mdtl_dating_overnight(s, tg, tok, speech, w) == 0 ? 0 :
	    eve_of(s, tg, tok, speech, w);
}

/*
 * "a two-day visit", "two days of talks": the days the meeting at tok
 * lasted, and in *count the token its count starts at; or 0.
 */
static int
days_told(const struct mdtl_tags *tg, size_t tok, size_t *count)
{
	size_t k, i = tok;
	int c;

	/* a duration right before it: "a two-day visit" */
	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->type != MDTL_TIMEX_DURATION || x->tok + x->ntok != tok ||
		    x->value[0] != 'P')
			continue;
		*count = x->tok;
		return (int)duration_days(x, 0, 31);
	}
	/* "two days of talks", "two days of informal meetings": back over
	   the meeting's modifiers to "of" */
	while (i > 0 && i + 2 > tok && !is(&tg->t[i - 1], "of") &&
	    tg->t[i - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[i - 1].flags & MDTL_TOK_CAP))
		i--;
	/* ("a day of talks": a duration before "of") */
	for (k = 0; i > 2 && is(&tg->t[i - 1], "of") && is(&tg->t[i - 2],
	    "day") && k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->type == MDTL_TIMEX_DURATION && x->tok + x->ntok ==
		    i - 1 && x->value[0] == 'P') {
			*count = x->tok;
			return (int)duration_days(x, 0, 31);
		}
	}
	if (i < 3 || !is(&tg->t[i - 1], "of") || !is(&tg->t[i - 2], "days"))
		return 0;
	*count = i - 3;
	if ((c = mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DAY_COUNTS,
	    &tg->t[i - 3])) >= 0)
		return c;
	if (tg->t[i - 3].kind == MDTL_TOK_NUM)
		return atoi(tg->t[i - 3].norm);
	return 0;
}

/*
 * "after two days of talks", "wrapped up two days of meetings", "ended a
 * two-day visit": how many days a meeting that has just ended lasted, or
 * 0.
 */
int
mdtl_dating_days_before(const struct mdtl_tags *tg, size_t tok)
{
	size_t count = 0, i;
	int k = days_told(tg, tok, &count);

	if (k <= 0)
		return 0;
	/* "after two days of talks", "at the end of two days of talks" */
	if (count > 0 && (ending_at(tg, count - 1) || (count > 1 &&
	    is(&tg->t[count - 1], "of") && is(&tg->t[count - 2], "end"))))
		return k;
	/* "wrapped up their two-day summit", past its determiner */
	if (count > 1 && (in_list(tg, &tg->t[count - 1], POSSESSIVES) ||
	    in_list(tg, &tg->t[count - 1], DETERMINERS))) {
		i = count - 1 - (count > 2 && is(&tg->t[count - 2], "up"));
		if (ending_at(tg, i - 1))
			return k;
	}
	/* "Three days of negotiations between Iran and six powers ended
	 * early Sunday", "two days of consultations that ended in Geneva
	 * on Thursday", "... in Moscow that ended on Thursday": the
	 * phrase's own verb, ending them */
	for (i = tok + 1; i < tg->n && i <= tok + 12 && (!boundary(&tg->t[i])
	    || (i == place_past(tg, tok + 1, tg->n) &&
	    is(&tg->t[i], "that"))); i++)
		if (!is(&tg->t[i], "after") && !is(&tg->t[i], "ending") &&
		    ending_at(tg, i) &&
		    /* ("were over", not "tensions over missile defence") */
		    !(is(&tg->t[i], "over") && i + 1 < tg->n &&
		    tg->t[i + 1].kind == MDTL_TOK_WORD))
			return k;
	/* "failed to break a deadlock ... in two days of talks in Baghdad
	 * but agreed on Thursday", "failed to agree on Saturday at two days
	 * of talks": what the talks came to, on their last day */
	if (count > 0 && (is(&tg->t[count - 1], "in") ||
	    is(&tg->t[count - 1], "at") || is(&tg->t[count - 1], "over")))
		for (i = 0; i < tg->n; i++)
			if (in_list(tg, &tg->t[i], AGREEING))
				return k;
	return 0;
}

int
mdtl_dating_days_of(const struct mdtl_tags *tg, size_t tok)
{
	size_t count;

	return days_told(tg, tok, &count);
}

/* extract.c: events from the tagged sentences of an article. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/buf.h"
#include "extract-int.h"

/*
 * One sentence is tagged at a time (actors, places, cues, dates), then its
 * predicates are grouped by speaker into events.  A few facts travel from
 * sentence to sentence: the last person named (for "he said"), the last
 * speaker (for a quotation that continues), the article's first named
 * speaker (for "a senior official said") and the lead's date, which a
 * speech act with no date of its own inherits.
 */

/* The first quotation in the sentence, without its marks. */
static const char *
quote_of(struct state *s, const struct mdtl_tags *tg)
{
	size_t i, a = SIZE_MAX, b = 0;

	for (i = 0; i < tg->n; i++) {
		if (!(tg->t[i].flags & MDTL_TOK_INQUOTE))
			continue;
		if (tg->t[i].flags & MDTL_TOK_QUOTE)
			continue;
		if (a == SIZE_MAX)
			a = i;
		b = i;
		if (i + 1 < tg->n && !(tg->t[i + 1].flags & MDTL_TOK_INQUOTE))
			break;
	}
	if (a == SIZE_MAX)
		return NULL;
	/* a closing comma belongs to the sentence, not the quotation */
	while (b > a && (is(&tg->t[b], ",")))
		b--;
	return span_text(s, tg, a, b - a + 1);
}

/* ---- events of one sentence ---- */


/* A noun, a determiner or a possessive before it, or a possessive and a
 * participle ("Medvedev's televised warning that", not "McKinnon's
 * spokeswoman said")? */
static int
adjectival(const struct mdtl_tags *tg, size_t tok)
{
	if (tok > 1 && tg->t[tok - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[tok - 1].flags & MDTL_TOK_CAP) &&
	    ends_in(tg->t[tok - 1].norm, "ed", 4) &&
	    strcmp(tg->t[tok - 2].norm, "'s") == 0)
		return 1;
	return tok > 0 && (in_list(tg, &tg->t[tok - 1], DETERMINERS) ||
	    strcmp(tg->t[tok - 1].norm, "'s") == 0);
}

/*
 * A cue in -s after a word that modifies a noun, so a plural noun, not a
 * verb: "Armenia made territorial claims against Azerbaijan", "Moscow
 * renewed calls for talks".  The modifier is a participle in -ed, or a
 * word of an adjective's ending with no determiner before it ("the
 * journal says" is a verb after its subject); never a word that names
 * people ("the official claims", "the general says").
 */
static const char *const adjective_endings[] = {
	"al", "ic", "ous", "ive", "ful", "able", "ible"
};

static int
plural_noun(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_token *w;
	size_t k, len;

	if (tok == 0 || !ends_in(tg->t[tok].norm, "s", 2) ||
	    ends_in(tg->t[tok].norm, "ss", 2))
		return 0;
	w = &tg->t[tok - 1];
	if (w->kind != MDTL_TOK_WORD || (w->flags & MDTL_TOK_CAP) ||
	    mdtl_tags_actor_at(tg, tok - 1) != NULL ||
	    mdtl_lexicon_match(tg->lex, w, tg->n - tok + 1,
	    1u << MDTL_PH_COLLECTIVE | 1u << MDTL_PH_TITLE, 0, &len) != NULL)
		return 0;
	if (ends_in(w->norm, "ed", 4))
		return 1;
	if (tok >= 2 && (in_list(tg, &tg->t[tok - 2], DETERMINERS) ||
	    is(&tg->t[tok - 2], "'s")))
		return 0;
	for (k = 0; k < sizeof adjective_endings / sizeof *adjective_endings;
	    k++)
		if (ends_in(w->norm, adjective_endings[k], 3))
			return 1;
	return 0;
}

static int
passive(const struct mdtl_tags *tg, size_t tok)
{
	return tok > 0 && in_list(tg, &tg->t[tok - 1], PASSIVE_AUX);
}

/* "be signed", "be taken": a passive infinitive at token i? */
static int
passive_infinitive(const struct mdtl_tags *tg, size_t i)
{
	return i + 1 < tg->n && is(&tg->t[i], "be") &&
	    tg->t[i + 1].kind == MDTL_TOK_WORD &&
	    (ends_in(tg->t[i + 1].norm, "ed", 2) ||
	    (ends_in(tg->t[i + 1].norm, "en", 3) &&
	    !is(&tg->t[i + 1], "open") && !is(&tg->t[i + 1], "even")));
}

/* "Earlier this month, ...": a date alone before the comma at i? */
static int
date_opens(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok == 0 && tg->tx[k].tok + tg->tx[k].ntok == i)
			return 1;
	return 0;
}

/*
 * "At the Chicago summit on May 20, NATO declared ...": a phrase of a
 * preposition opening the sentence (past a dateline) before the comma at
 * i, with no auxiliary (but a date's "May") and no words told in it: no
 * clause of its own.
 */
static int
phrase_opens(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t o = mdtl_dating_past_dateline(tg), k;

	if (o >= i || !in_list(tg, &tg->t[o], PREPOSITIONS))
		return 0;
	for (k = o + 1; k < i; k++)
		if ((in_list(tg, &tg->t[k], AUXILIARIES) &&
		    mdtl_tags_timex_at(tg, k) == NULL) ||
		    ((c = mdtl_tags_cue_at(tg, k)) != NULL && act_cue(c)))
			return 0;
	return 1;
}

/*
 * "Medvedev had on November 23 ordered", "Putin has in recent weeks
 * proposed": the date between the auxiliary and the verb at tok (its
 * preposition with it), or -1.
 */
static int
interposed_date(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_timex *x;
	size_t i;

	if (tok == 0 || (x = mdtl_tags_timex_at(tg, tok - 1)) == NULL ||
	    x->tok + x->ntok != tok)
		return -1;
	i = x->tok;
	if (i > 0 && in_list(tg, &tg->t[i - 1], PREPOSITIONS))
		i--;
	return i > 0 && in_list(tg, &tg->t[i - 1], AUXILIARIES) ?
	    (int)(x - tg->tx) : -1;
}

/* Where the verb at tok starts with its auxiliaries and adverbs ("has
 * long", "also"), after token floor. */
static size_t
verb_group_start(const struct mdtl_tags *tg, size_t tok, size_t floor)
{
	while (tok > floor && (in_list(tg, &tg->t[tok - 1], AUXILIARIES) ||
	    in_list(tg, &tg->t[tok - 1], ACT_ADVERBS)))
		tok--;
	return tok;
}

/*
 * The actor right before the verb at tok, past its auxiliaries and
 * adverbs ("Moscow has long welcomed") and a date between them ("had on
 * November 23 ordered"), after token floor; or NULL.
 */
static const struct mdtl_actor_tag *
subject_before(const struct mdtl_tags *tg, size_t tok, size_t floor)
{
	size_t i = tok;
	int x;

	if ((x = interposed_date(tg, tok)) >= 0 && tg->tx[x].tok > floor + 1)
		i = tg->tx[x].tok - 1;
	i = verb_group_start(tg, i, floor);
	return i > floor ? mdtl_tags_actor_at(tg, i - 1) : NULL;
}

/*
 * "..., an idea Moscow has welcomed": after the comma at i, a noun phrase
 * the verb at tok has for its object, its subject (an actor) right after
 * the noun and right before the verb or its auxiliaries; no speaker of
 * the clause before.
 */
static int
object_relative(const struct mdtl_tags *tg, size_t i, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	if (i + 1 >= tok || !in_list(tg, &tg->t[i + 1], DETERMINERS))
		return 0;
	/* "a step long demanded by Moscow": the noun's participle and its
	 * agent */
	if (i + 2 < tok && tg->t[i + 2].kind == MDTL_TOK_WORD &&
	    !(tg->t[i + 2].flags & MDTL_TOK_CAP) && tok + 2 < tg->n &&
	    is(&tg->t[tok + 1], "by") && mdtl_tags_actor_at(tg, tok + 2) &&
	    ends_in(tg->t[tok].norm, "ed", 3)) {
		for (k = i + 3; k < tok && in_list(tg, &tg->t[k], ACT_ADVERBS);
		    k++)
			;
		return k == tok;
	}
	/* "an idea Moscow has long welcomed"; not "a senior Russian
	 * diplomat said", the phrase's own noun ending the actor's words,
	 * unless a determiner of its own opens them: "an idea the alliance
	 * later rejected" */
	if ((m = subject_before(tg, tok, i + 1)) == NULL || m->tok <= i + 2)
		return 0;
	k = m->tok - 1;
	if (!(tg->t[m->tok + m->ntok - 1].flags & MDTL_TOK_CAP)) {
		if (k <= i + 2 || !in_list(tg, &tg->t[k], DETERMINERS))
			return 0;
		k--;
	}
	return tg->t[k].kind == MDTL_TOK_WORD &&
	    !(tg->t[k].flags & MDTL_TOK_CAP) &&
	    !in_list(tg, &tg->t[k], DETERMINERS);
}

/*
 * Is the act at token tok what a pact provides: the sentence opens with
 * "Under the agreement," (a pact's noun after "under", a comma) before
 * it, or "under a deal ..." follows it?
 */
static int
pact_provides(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	size_t k;

	/* after it: "About 100 U.S. soldiers will be stationed at the base
	 * ..., under a deal signed by the two countries in 2008" */
	for (i = tok + 1; i + 1 < tg->n && i <= tok + 24; i++) {
		if (is(&tg->t[i], ";") || is(&tg->t[i], "."))
			break;
		if (!is(&tg->t[i], "under"))
			continue;
		for (k = i + 1; k < tg->n && k <= i + 4 &&
		    tg->t[k].kind == MDTL_TOK_WORD; k++)
			if (in_list(tg, &tg->t[k], PACT_NOUNS))
				return 1;
	}
	if (tg->n < 4 || !is(&tg->t[0], "under"))
		return 0;
	for (i = 1; i < tok && i <= 5 && !boundary(&tg->t[i]); i++)
		;
	return i < tok && is(&tg->t[i], ",") &&
	    in_list(tg, &tg->t[i - 1], PACT_NOUNS);
}

/* "suggested creating a centre, an idea Moscow has welcomed", "will focus
 * on the technical criteria Moscow has proposed": the verb at tok in such
 * a phrase after a comma or a preposition tells no words of the clause
 * (but "said in a statement Moscow had proposed" does) */
static int
in_object_relative(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 7;) {
		if (tg->t[i].kind == MDTL_TOK_PUNCT)
			return is(&tg->t[i], ",") && object_relative(tg, i,
			    tok);
		if (in_list(tg, &tg->t[i], PREPOSITIONS))
			return object_relative(tg, i, tok) &&
			    ((m = subject_before(tg, tok, i)) == NULL ||
			    !in_list(tg, &tg->t[m->tok - 1], SPEECH_NOUNS));
	}
	return 0;
}

/*
 * Does the verb of saying at tok close the sentence after the clause it
 * reports, its speaker between a comma and it ("..., Rogozin said.")?  The
 * comma's token in *comma.
 */
static int
reported_before(const struct mdtl_tags *tg, size_t tok, size_t ntok,
    size_t *comma)
{
	size_t i, e = tok + ntok, len;

	/* it ends the sentence: "Rogozin said.", "... told reporters.",
	 * "the ministry said in a statement posted on its website."; not
	 * "Ryabkov said the talks were over" */
	if (tg->n > e + 12 || (tg->n > e + 6 && !in_list(tg, &tg->t[e],
	    PREPOSITIONS)) || (e < tg->n && (is(&tg->t[e], "that") ||
	    is(&tg->t[e], ":"))))
		return 0;
	for (i = e; i < tg->n; i++)
		if (in_list(tg, &tg->t[i], AUXILIARIES))
			return 0;
	for (i = tok; i-- > 0 && tok - i <= 7;) {
		/*
		 * the speaker alone after the comma, not "as the alliance";
		 * a clause before it, not an opening phrase ("In May,")
		 */
		if (is(&tg->t[i], ",")) {
			const struct mdtl_token *f = &tg->t[i + 1];

			*comma = i;
			return i > 0 && i + 1 < tok && ((f->flags &
			    MDTL_TOK_CAP) || in_list(tg, f, DETERMINERS) ||
			    /* "..., three sources familiar with the
			     * negotiations told Reuters." */
			    in_list(tg, f, COUNTING) ||
			    mdtl_tags_actor_at(tg, i + 1) != NULL ||
			    /* "..., diplomats said." */
			    (i + 2 == tok && mdtl_lexicon_match(tg->lex, f,
			    tg->n - i - 1, 1u << MDTL_PH_COLLECTIVE, 0,
			    &len) != NULL)) &&
			    !(i <= 4 && in_list(tg, &tg->t[0], PREPOSITIONS)) &&
			    /* nor the source of "According to the deputy
			     * minister, Moscow still insists" */
			    !is(&tg->t[mdtl_dating_past_dateline(tg)],
			    "according") &&
			    !date_opens(tg, i) && !phrase_opens(tg, i) &&
			    !object_relative(tg, i, tok);
		}
		/* "..., Defense Secretary Robert M. Gates said" */
		if (i > 0 && initial_at(tg, i - 1))
			continue;
		if (tg->t[i].kind == MDTL_TOK_PUNCT || (tg->t[i].flags &
		    MDTL_TOK_INQUOTE))
			return 0;
	}
	return 0;
}

/* Is token tok in a question its clause asks ("whether Bush would ...",
 * "what exactly will be deployed")? */
static int
asked(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 8;) {
		if (in_list(tg, &tg->t[i], INTERROGATIVES))
			return 1;
		if (tg->t[i].kind == MDTL_TOK_PUNCT && !is(&tg->t[i], "-"))
			return 0;
	}
	return 0;
}

/*
 * Is the sentence a question it asks itself, not in words quoted: its
 * first word an opener of questions (grammar list question_openers), its
 * last a question mark ("What has Russia proposed?", a subheading of an
 * explainer; not '"Why not?" Lavrov said')?
 */
static int
direct_question(const struct mdtl_tags *tg)
{
	const struct mdtl_token *last;

	if (tg->n < 3)
		return 0;
	last = &tg->t[tg->n - 1];
	return is(last, "?") && !(last->flags & MDTL_TOK_INQUOTE) &&
	    !(tg->t[0].flags & MDTL_TOK_INQUOTE) &&
	    in_list(tg, &tg->t[0], QUESTION_OPENERS);
}

/*
 * Is the verb at tok in a clause of circumstance, a conjunction right
 * before its subject ("after Washington offered", "since Moscow has
 * proposed")?
 */
static int
circumstance(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m = subject_before(tg, tok, 0);

	return m != NULL && m->tok > 0 &&
	    in_list(tg, &tg->t[m->tok - 1], CIRCUMSTANCES);
}

/* A word that denies: "not", "n't", "never". */
static int
denies(const struct mdtl_token *t)
{
	return is(t, "not") || is(t, "n't") || is(t, "never");
}

/*
 * Is the subject of the verb at tok one that denies it: "neither side's
 * missile defence would target", "no country will deploy"?  "Neither" or
 * "no" opens a noun phrase of at most five words right before the verb and
 * its auxiliaries; "no choice but to deploy" is not one, its verb an
 * infinitive, nor "posed no threat and repeated", a verb of its own.
 */
static int
subject_denied(const struct mdtl_tags *tg, size_t tok)
{
	size_t i, k = verb_group_start(tg, tok, 0);

	for (i = k; i > 0 && k - i < 6; i--) {
		const struct mdtl_token *t = &tg->t[i - 1];

		if (is(t, "neither") || is(t, "no"))
			return i < k;
		if ((t->kind != MDTL_TOK_WORD && !is(t, "'s")) ||
		    is(t, "to") || is(t, "but") || is(t, "than") ||
		    is(t, "and") || is(t, "or"))
			return 0;
	}
	return 0;
}

/* Is the verb at tok denied: "did not say", "had not yet replied", "has
 * not publicly commented", an infinitive after "not", an object of no one
 * ("threatens no one"), a subject that denies it ("neither side would
 * target")? */
static int
negated(const struct mdtl_tags *tg, size_t tok)
{
	return subject_denied(tg, tok) ||
	    (tok > 0 && denies(&tg->t[tok - 1])) || (tok > 1 &&
	    denies(&tg->t[tok - 2]) &&
	    in_list(tg, &tg->t[tok - 1], DENIAL_ADVERBS)) ||
	    /* "I do not want to threaten anyone" */
	    (tok > 2 && is(&tg->t[tok - 1], "to") &&
	    in_list(tg, &tg->t[tok - 2], VOLITIONS) && denies(&tg->t[tok - 3])) ||
	    /* "We expect our neighbours not to take measures" */
	    (tok > 1 && is(&tg->t[tok - 1], "to") && denies(&tg->t[tok - 2])) ||
	    /* 'the missile shield "threatens no one"' */
	    (tok + 1 < tg->n && (is(&tg->t[tok + 1], "nobody") ||
	    is(&tg->t[tok + 1], "nothing") || (is(&tg->t[tok + 1], "no") &&
	    tok + 2 < tg->n && is(&tg->t[tok + 2], "one"))));
}

/*
 * Is the verb at tok in the clause of "that" after a verb that disputes
 * it, or after its noun ("denied that Moscow had issued an ultimatum",
 * "rejected claims that Russia was threatening anyone"): a deed denied?
 */
static int
disputed_clause(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 1 && tok - i <= 12;) {
		if (is(&tg->t[i], "that"))
			return in_list(tg, &tg->t[i - 1], DISPUTING_VERBS) ||
			    (i > 2 && tg->t[i - 1].kind == MDTL_TOK_WORD &&
			    in_list(tg, &tg->t[i - 2], DISPUTING_VERBS));
		if (boundary(&tg->t[i]))
			return 0;
	}
	return 0;
}

/*
 * Is the cue c a participle after its noun, with a preposition after it,
 * in a clause of its own ("the proposals put forward in Almaty", "the plan
 * proposed by Moscow"), not a verb with its subject ("Russian officials
 * proposed a plan", "The powers offered to ease some sanctions")?
 */
static int
reduced_relative(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *before, *after;
	size_t end = c->tok + c->ntok;

	if (c->tok < 2 || end >= tg->n)
		return 0;
	before = &tg->t[c->tok - 1];
	after = &tg->t[end];
	return before->kind == MDTL_TOK_WORD &&
	    !(before->flags & MDTL_TOK_CAP) &&
	    !in_list(tg, before, AUXILIARIES) &&
	    !in_list(tg, before, ACT_ADVERBS) &&
	    in_list(tg, &tg->t[c->tok - 2], DETERMINERS) &&
	    in_list(tg, after, PREPOSITIONS) && !is(after, "to");
}

/* The end of the clause of the condition at tg->c[k]: its first
 * punctuation, within ten tokens of its start. */
static size_t
condition_end(const struct mdtl_tags *tg, size_t k)
{
	size_t i;

	for (i = tg->c[k].tok + tg->c[k].ntok; i < tg->n &&
	    i < tg->c[k].tok + 10 && tg->t[i].kind != MDTL_TOK_PUNCT; i++)
		;
	return i;
}

/* Is the condition at tg->c[k] one of a thing not done ("if no guarantees
 * were given", "if NATO does not ...", "if it fails to reach a deal")? */
static int
denied_condition(const struct mdtl_tags *tg, size_t k)
{
	size_t i, end = condition_end(tg, k);

	for (i = tg->c[k].tok + tg->c[k].ntok; i < end; i++)
		if (is(&tg->t[i], "no") || denies(&tg->t[i]) ||
		    is(&tg->t[i], "fails") || is(&tg->t[i], "failed") ||
		    is(&tg->t[i], "fail"))
			return 1;
	return 0;
}

/* The meeting cue whose verb the one at tok is joined to by "and" (past
 * adverbs: "held talks ... and later signed"), or tg->nc. */
static size_t
joined_meeting(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok, k;

	while (i > 0 && in_list(tg, &tg->t[i - 1], ACT_ADVERBS))
		i--;
	if (i == 0 || !is(&tg->t[i - 1], "and"))
		return tg->nc;
	for (k = tg->nc; k-- > 0;)
		if (tg->c[k].tok + tg->c[k].ntok < i &&
		    tg->c[k].kind == MDTL_PH_SUMMIT && !tg->c[k].inquote)
			return k;
	return tg->nc;
}

/* Does a condition ("if", "provided that") open the clause of the verb
 * at tok, its subject alone between them? */
static int
supposed(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 6 && !boundary(&tg->t[i]);)
		if ((c = mdtl_tags_cue_at(tg, i)) != NULL && c->tok == i &&
		    c->kind == MDTL_PH_CONDITION && !c->inquote)
			return 1;
	return 0;
}

/* Is the cue "welcomed" and its object people: a person, a title, a
 * delegation? */
static int
guests_welcomed(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok + c->ntok;

	if (c->ntok != 1 || !(is(&tg->t[c->tok], "welcomed") ||
	    is(&tg->t[c->tok], "welcomes")) || !person_at(tg, i))
		return 0;
	/* not "welcomed President Obama's decision": the person's thing */
	for (; i < tg->n && i < c->tok + 8 && tg->t[i].kind == MDTL_TOK_WORD &&
	    ((tg->t[i].flags & MDTL_TOK_CAP) ||
	    in_list(tg, &tg->t[i], DETERMINERS)); i++)
		;
	return !(i < tg->n && is(&tg->t[i], "'s"));
}

/*
 * "spoke to Lavrov": a verb of speaking with someone (grammar list
 * conversing, before "to") whose words are said to no audience (grammar
 * list audiences: "spoke to reporters", "speaking to the press") nor to an
 * agency ("spoke to RFE/RL"): a conversation, no words told; and a
 * participle before a verb of saying is the occasion of its words, no act
 * of its own.
 */
static int
conversation(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_cue_tag *k;
	size_t i = c->tok + c->ntok;

	if (c->ntok != 2 || !is(&tg->t[i - 1], "to") ||
	    !in_list(tg, &tg->t[c->tok], CONVERSING))
		return 0;
	/* "Speaking to reporters ..., Lavrov said": the occasion of the
	 * words the verb after it tells */
	if (ends_in(tg->t[c->tok].norm, "ing", 4))
		for (k = c + 1; k < tg->c + tg->nc; k++)
			if (k->kind == MDTL_PH_SPEECH && !k->inquote)
				return 1;
	while (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if (i >= tg->n)
		return 1;
	if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
		return m->actor->kind != MDTL_ACTOR_AGENCY;
	/* "the German weekly Der Spiegel", "Russian reporters" */
	for (; i < tg->n && i < c->tok + c->ntok + 5 &&
	    tg->t[i].kind == MDTL_TOK_WORD; i++)
		if (in_list(tg, &tg->t[i], AUDIENCES))
			return 0;
	return 1;
}

/*
 * The maker of an act whose means "by" at token by tells ("Putin surprised
 * President Bush on Thursday by proposing ..."): the first person its
 * clause names (past a dateline's dash), else its first actor; or NULL.
 */
static const struct mdtl_actor *
maker_by(const struct mdtl_tags *tg, size_t by)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *first = NULL;
	size_t i = by, tok = by;

	while (i > 0 && !boundary(&tg->t[i - 1]) && !is(&tg->t[i - 1], "-") &&
	    !is(&tg->t[i - 1], "--"))
		i--;
	for (; i < tok; i++)
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak) {
			if (m->actor->kind == MDTL_ACTOR_PERSON)
				return m->actor;
			if (first == NULL)
				first = m->actor;
			i = m->tok + m->ntok - 1;
		}
	return first;
}

/* "if the U.S. missile shield threatens Russia's forces": a threat in a
 * condition, its subject alone between them, is supposed, none made; not
 * "If necessary Russia will retaliate", a modal's */
static int
supposed_threat(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok + 1; i-- > 0 && tok - i <= 6 && !boundary(&tg->t[i]);)
		if (in_list(tg, &tg->t[i], AUXILIARIES))
			return 0;
	return supposed(tg, tok);
}

/* Is the condition at tg->c[k] a hostile act ("if Azerbaijan launched a
 * war", "if it is attacked")?  Grammar list hostile_acts. */
static int
hostile_condition(const struct mdtl_tags *tg, size_t k)
{
	size_t i, end = condition_end(tg, k);

	for (i = tg->c[k].tok + tg->c[k].ntok; i < end; i++)
		if (in_list(tg, &tg->t[i], HOSTILE_ACTS))
			return 1;
	return 0;
}

/* "would take its own decisions on how to respond if": a word of answer
 * (grammar list answer_words) between tokens a and b, not one of kindness
 * ("would respond positively if")? */
static int
answer_between(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (in_list(tg, &tg->t[i], ANSWER_WORDS))
			return !(i + 1 < b &&
			    in_list(tg, &tg->t[i + 1], KIND_MANNERS));
	return 0;
}

/*
 * Is this clause a conditional act of the speaker's side: a promise (1), or
 * an answer to a hostile act (2: "Armenia would recognise the independence
 * of Nagorno-Karabakh if Azerbaijan launched a war")?  Not under a
 * condition of a thing not done: "would draw its own conclusions if no
 * guarantees were given" threatens.  0: none.
 */
static int
conditional_act(const struct mdtl_tags *tg, const struct mdtl_actor *speaker)
{
	size_t k, i;

	for (k = 0; k < tg->nc; k++) {
		if (tg->c[k].kind != MDTL_PH_CONDITION || tg->c[k].inquote ||
		    denied_condition(tg, k))
			continue;
		for (i = tg->c[k].tok; i-- > 0 && tg->c[k].tok - i <= 10;) {
			const struct mdtl_actor *subj;

			if (!is(&tg->t[i], "would") && !is(&tg->t[i], "will"))
				continue;
			subj = mdtl_speaker_subject(tg, i);
			if (subj == NULL && i > 0 &&
			    in_list(tg, &tg->t[i - 1], PERSON_PRONOUNS))
				subj = speaker;
			if (subj == NULL || speaker == NULL ||
			    side(subj) != side(speaker))
				return 0;
			return hostile_condition(tg, k) ||
			    answer_between(tg, i, tg->c[k].tok) ? 2 : 1;
		}
	}
	return 0;
}

/*
 * The comma that opens the aside the comma at i closes ("the new system,
 * based on ships carrying SM-3 interceptors, would"): within twelve
 * tokens, no other boundary between; or i.
 */
static size_t
aside_start(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = i; k-- > 0 && i - k <= 12;) {
		if (is(&tg->t[k], ","))
			return k + 1 < i ? k : i;
		if (boundary(&tg->t[k]))
			break;
	}
	return i;
}

/*
 * Is there a defensive system back from token from (not in it) to an
 * actor, "to", another cue than c or a boundary, within ten tokens?  *stop
 * gets the token the search stopped at.
 */
static int
defensive_subject(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c,
    size_t from, size_t *stop)
{
	size_t i;

	for (i = from; i-- > 0 && from - i <= 10 && !boundary(&tg->t[i]) &&
	    (i >= c->tok || mdtl_tags_cue_at(tg, i) == NULL) &&
	    mdtl_tags_actor_at(tg, i) == NULL && !is(&tg->t[i], "to");)
		if (in_list(tg, &tg->t[i], DEFENSIVE_SYSTEMS))
			return 1;
	*stop = i;
	return 0;
}

/*
 * "Washington would deploy SM-3 interceptors in Romania", "the Aegis
 * Ashore site would be deployed by 2015": a threat's cue of deploying or
 * stationing (grammar list deploying_words) whose object after it, or
 * subject before it in its clause, is a defensive system (grammar list
 * defensive_systems) tells a plan, no threat.
 */
static int
defensive_deployment(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i, k, a;

	for (k = c->tok; k < c->tok + c->ntok; k++)
		if (in_list(tg, &tg->t[k], DEPLOYING))
			break;
	if (k == c->tok + c->ntok)
		return 0;
	/* (the object ends at a preposition but "of", a clause's word or
	 * another cue: not "would deploy Iskanders if the shield is built") */
	for (i = c->tok; i < tg->n && i < c->tok + c->ntok + 6 &&
	    (i < c->tok + c->ntok || (!boundary(&tg->t[i]) &&
	    !(in_list(tg, &tg->t[i], PREPOSITIONS) && !is(&tg->t[i], "of")) &&
	    !is(&tg->t[i], "to") && !is(&tg->t[i], "and") &&
	    mdtl_tags_cue_at(tg, i) == NULL)); i++)
		if (in_list(tg, &tg->t[i], DEFENSIVE_SYSTEMS))
			return 1;
	/* (the subject: back from the verb to an actor, "to", another cue
	 * or a boundary; not "the shield could prompt Moscow to station
	 * Iskander missiles") */
	if (defensive_subject(tg, c, k, &i))
		return 1;
	/* (and past the participle's aside that ends right before the
	 * verb, on a subject that names no one: "the new system, based on
	 * ships carrying SM-3 interceptors, would be deployed"; not "Russia,
	 * in response to the shield, would deploy", nor a target in it: "the
	 * missiles, aimed at the shield, would be deployed") */
	if (i < k && is(&tg->t[i], ",") &&
	    i + 1 == verb_group_start(tg, c->tok, 0) &&
	    (a = aside_start(tg, i)) < i && a > 0 &&
	    (ends_in(tg->t[a + 1].norm, "ed", 4) ||
	    ends_in(tg->t[a + 1].norm, "ing", 5)) &&
	    mdtl_tags_actor_at(tg, a - 1) == NULL) {
		for (k = a + 1; k < i && !is(&tg->t[k], "at") &&
		    !is(&tg->t[k], "against"); k++)
			if (in_list(tg, &tg->t[k], DEFENSIVE_SYSTEMS))
				return 1;
		return defensive_subject(tg, c, a, &i);
	}
	return 0;
}

/*
 * Is the word before the determiner at i a verb's, whose object the noun
 * phrase is ("used the occasion"): a word in lower case, no preposition,
 * auxiliary nor conjunction?
 */
static int
verb_before(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *w = i > 0 ? &tg->t[i - 1] : NULL;

	return w != NULL && w->kind == MDTL_TOK_WORD &&
	    !(w->flags & MDTL_TOK_CAP) && !in_list(tg, w, PREPOSITIONS) &&
	    !in_list(tg, w, AUXILIARIES) && !is(w, "and") && !is(w, "but");
}

/*
 * Is the subject right before the predicate at tok a thing: a noun phrase
 * with no actor ("the shield"), or, when the clause names no actor it may
 * stand for (pronoun set), a pronoun for one ("it", "this")?  A person's
 * title ends no thing's phrase ("the minister warned", "the minister has
 * also warned"), nor a side's own ("his country will deploy").
 */
static int
thing_subject(const struct state *s, const struct mdtl_tags *tg, size_t tok,
    int pronoun)
{
	const struct mdtl_token *head;
	const struct mdtl_cue_tag *c;
	size_t i, len;
	int purpose = tok > 0 && is(&tg->t[tok - 1], "to");

	/* past its auxiliaries and adverbs: "the minister also warned",
	 * "the minister has warned" */
	tok = verb_group_start(tg, tok, 0);
	if (tok == 0)
		return 0;
	head = &tg->t[tok - 1];
	if (in_list(tg, head, THING_PRONOUNS))
		return pronoun;
	/* "A decision on pre-emptive use of the available weapons": a
	 * threat's noun after a preposition has no subject of its own */
	if (in_list(tg, head, PREPOSITIONS) && !is(head, "to") &&
	    !(tg->t[tok].flags & MDTL_TOK_CAP) &&
	    (c = mdtl_tags_cue_at(tg, tok)) != NULL &&
	    c->kind == MDTL_PH_WARNING)
		return 0;
	/* "his country would deploy Iskanders": the speaker's own side */
	if (tok >= 2 && in_list(tg, head, HOMELANDS) &&
	    in_list(tg, &tg->t[tok - 2], POSSESSIVES))
		return 0;
	if (!in_list(tg, head, TITLE_MODIFIERS) &&
	    mdtl_lexicon_match(s->lex, head, 1, 1u << MDTL_PH_TITLE, 0,
	    &len) != NULL)
		return 0;
	/* "a new system based on ships would be deployed": a noun phrase
	 * of up to eight words */
	for (i = tok; i-- > 0 && tok - i <= 8;) {
		const struct mdtl_token *t = &tg->t[i];

		/* "Russia would continue the dialogue but would take
		 * adequate measures": a verb joined to another, its subject
		 * that one's */
		if (is(t, "and") || is(t, "but"))
			return 0;
		/* "The radar will be stationed": a sentence's first word
		 * is capitalised */
		/* (but "Putin used the occasion to warn": an infinitive
		 * after a verb's object is of that verb's subject) */
		if (in_list(tg, t, DETERMINERS) && mdtl_tags_actor_at(tg, i) ==
		    NULL)
			return i + 1 < tok && !(purpose && verb_before(tg, i));
		if (mdtl_tags_actor_at(tg, i) != NULL ||
		    t->kind != MDTL_TOK_WORD || (t->flags & MDTL_TOK_CAP) ||
		    in_list(tg, t, PERSON_PRONOUNS))
			return 0;
	}
	return 0;
}

/*
 * "his speech at the Munich conference in February 2007, in which he
 * accused ...": the date that ends the antecedent of "in which" (or "at",
 * "during which") opening the clause of the predicate at tok, or the last
 * date of the clause before ", where" opening it; or -1.
 */
static int
antecedent_date(const struct mdtl_tags *tg, size_t tok)
{
	size_t i, k, end;

	for (i = tok; i-- > 1 && tok - i <= 4;) {
		/* "repeated the offer in July 2007 at the family estate in
		 * Kennebunkport, where he proposed": the date of the clause
		 * the place ends, a few words before */
		if (is(&tg->t[i], "where") && is(&tg->t[i - 1], ",")) {
			int last = -1;

			for (k = 0; k < tg->ntx; k++) {
				end = tg->tx[k].tok + tg->tx[k].ntok;
				if (end < i && i - end <= 12 &&
				    mdtl_dating_dated(&tg->tx[k]))
					last = (int)k;
			}
			return last;
		}
		if (!is(&tg->t[i], "which"))
			continue;
		if (!is(&tg->t[i - 1], "in") && !is(&tg->t[i - 1], "at") &&
		    !is(&tg->t[i - 1], "during"))
			return -1;
		end = i - 1;
		if (end > 0 && is(&tg->t[end - 1], ","))
			end--;
		for (k = 0; k < tg->ntx; k++)
			if (tg->tx[k].tok + tg->tx[k].ntok == end &&
			    mdtl_dating_dated(&tg->tx[k]))
				return (int)k;
		return -1;
	}
	return -1;
}

/*
 * "..., IRNA reported on July 15", "the news agency reported Tuesday": the
 * date of an agency's report closing the sentence, after token from; its
 * index, or -1.
 */
static int
agency_report_date(const struct mdtl_tags *tg, size_t from)
{
	const struct mdtl_actor_tag *m;
	size_t i, k, j;

	for (i = from; i + 2 < tg->n; i++) {
		if (!in_list(tg, &tg->t[i], REPORT_VERBS))
			continue;
		/* (past up to two words of "news agency": "the IRNA news
		 * agency reported") */
		for (k = i; k > from + 1 && i - k < 2 &&
		    (is(&tg->t[k - 1], "news") || is(&tg->t[k - 1], "agency"));
		    k--)
			;
		if ((m = mdtl_tags_actor_at(tg, k - 1)) == NULL ||
		    m->actor->kind != MDTL_ACTOR_AGENCY ||
		    m->tok + m->ntok != k)
			continue;
		j = is(&tg->t[i + 1], "on") ? i + 2 : i + 1;
		for (k = 0; k < tg->ntx; k++)
			if (tg->tx[k].tok == j &&
			    mdtl_dating_dated(&tg->tx[k]))
				return (int)k;
		return -1;
	}
	return -1;
}

/* "the statement said": a document named again, right before tok. */
static int
document_before(const struct mdtl_tags *tg, size_t tok)
{
	return tok >= 2 && in_list(tg, &tg->t[tok - 1], SPEECH_NOUNS) &&
	    in_list(tg, &tg->t[tok - 2], DEFINITE);
}

/*
 * "Lavrov reiterated Moscow's proposal ..., the ministry said", "Obama told
 * Medvedev ..., a White House statement said": the verb of saying
 * preds[k], closing the clause before the comma, is a body's (or its
 * document's), and a person on its side acts in that clause: the body
 * tells of its person's act.
 */
static int
relayed(const struct state *s, const struct mdtl_tags *tg,
    const struct pred *preds, size_t k, size_t comma)
{
	const struct mdtl_actor *body = preds[k].speaker, *own;
	size_t j;

	/* a body of a side, or the side "the ministry" was found to be
	 * (not "the source", whoever it is) */
	if (body == NULL)
		return 0;
	if (body->kind == MDTL_ACTOR_COUNTRY && preds[k].tok > 0 &&
	    (mdtl_speaker_head_of(&tg->t[preds[k].tok - 1]) != NULL ||
	    /* "..., a White House statement said": its document */
	    in_list(tg, &tg->t[preds[k].tok - 1], SPEECH_NOUNS)))
		own = body;
	else if (body->kind == MDTL_ACTOR_ORGANISATION && side(body) != body)
		own = side(body);
	else
		return 0;
	for (j = 0; j < k; j++)
		if (preds[j].tok < comma && preds[j].speaker != NULL &&
		    preds[j].speaker->kind == MDTL_ACTOR_PERSON &&
		    mdtl_actor_on_side(preds[j].speaker, own, s->day))
			return 1;
	return 0;
}

/* Words told by someone named, with a date of their own ("Six world
 * powers told Iran on Monday")? */
static int
told_of_own(struct state *s, const struct mdtl_tags *tg, const struct pred *p)
{
	return p->says && p->speaker != NULL &&
	    mdtl_dating_own(s, tg, p->tok, p->ntok, 3, 0) >= 0;
}

/* Does the cue of p name a document (grammar list document_nouns): "delivered
 * a note", "sent a letter"? */
static int
document_cue(const struct mdtl_tags *tg, const struct pred *p)
{
	size_t i;

	for (i = p->tok; i < p->tok + p->ntok; i++)
		if (in_list(tg, &tg->t[i], DOCUMENT_NOUNS))
			return 1;
	return 0;
}

/*
 * "The proposal was rejected by Washington in October, a Russian
 * diplomatic source said": the act of another side, with a date of its
 * own right after its verb, in what an unnamed source of a side (speaker
 * p) says is an act of its own, as one no one named tells is; and so is
 * another side's document dated, whoever p is.
 */
static int
other_side_dated(struct state *s, const struct mdtl_tags *tg,
    const struct pred *p, const struct pred *q)
{
	if (p->speaker == NULL || q->speaker == NULL ||
	    side(q->speaker) == side(p->speaker))
		return 0;
	/* "On December 10, the Russian Foreign Ministry delivered a note
	 * to Baku saying ..., Azerbaijani Foreign Ministry spokesman Elman
	 * Abdullayev told RFE/RL": another side's document of a day of its
	 * own, whoever tells of it (not words: "Six world powers told Iran
	 * on Monday ..., Lavrov said" is Lavrov's) */
	if (q->kind == MDTL_PH_SPEECH && document_cue(tg, q) &&
	    mdtl_dating_own(s, tg, q->tok, q->ntok, 3, 3) >= 0)
		return 1;
	return p->why == mdtl_speaker_unnamed_side &&
	    mdtl_dating_own(s, tg, q->tok, q->ntok, 3, 0) >= 0;
}

/*
 * "a note delivered on December 10", "a letter dated October 6": the date
 * within four words after the noun at i, past a participle and its
 * preposition only; its index, or -1.
 */
static int
date_after_noun(const struct mdtl_tags *tg, size_t i)
{
	size_t k, j;

	for (k = 0; k < tg->ntx; k++) {
		if (tg->tx[k].tok <= i || tg->tx[k].tok > i + 4 ||
		    tg->tx[k].type != MDTL_TIMEX_DATE ||
		    !mdtl_dating_dated(&tg->tx[k]))
			continue;
		for (j = i + 1; j < tg->tx[k].tok; j++)
			if (!(ends_in(tg->t[j].norm, "ed", 4) ||
			    in_list(tg, &tg->t[j], PREPOSITIONS)))
				break;
		return j == tg->tx[k].tok ? (int)k : -1;
	}
	return -1;
}

/*
 * "Abdullayev said Russia had informed Azerbaijan of its decision in a
 * note delivered on December 10": a document (grammar list document_nouns,
 * in the cue or after "in a" past it) of another side, its subject right
 * before its verb in the words of p, with a date of its own gone by or of
 * the news, is that side's act; q's speaker becomes that side.
 */
static int
reported_document(struct state *s, struct mdtl_tags *tg,
    const struct pred *p, struct pred *q)
{
	const struct mdtl_actor_tag *m;
	size_t i, e = q->tok + q->ntok, at = q->tok, n = q->ntok;
	int doc = document_cue(tg, q), x;

	/* (the document's own words date it: "in a note delivered on
	 * December 10") */
	for (i = e; !doc && i + 2 < tg->n && i < e + 8 &&
	    !boundary(&tg->t[i]); i++)
		if ((doc = is(&tg->t[i], "in") && (is(&tg->t[i + 1], "a") ||
		    is(&tg->t[i + 1], "an")) && in_list(tg, &tg->t[i + 2],
		    DOCUMENT_NOUNS)))
			at = i + 2, n = 1;
	if (!doc || p->speaker == NULL || q->tok <= p->tok + p->ntok ||
	    (m = subject_before(tg, q->tok, p->tok + p->ntok)) == NULL ||
	    m->weak || side(m->actor) == side(p->speaker) ||
	    (x = n == 1 ? date_after_noun(tg, at) : mdtl_dating_own(s, tg, at,
	    n, 12, 0)) < 0 ||
	    !(mdtl_dating_gone_by(s, &tg->tx[x].date) ||
	    mdtl_dating_news_day(s, &tg->tx[x].date)))
		return 0;
	q->speaker = m->actor;
	q->why = "another side's document the words tell, of a day of its "
	    "own: the subject of its verb";
	q->date_tx = x;
	tg->tx_used[x] = TX_ACT;
	return 1;
}

/*
 * "The six powers offered to ease some sanctions ..., a Western diplomat
 * said", "Russia rejected the plan, diplomats said": an act whose maker
 * the clause names before it (or a body's word names: "The powers had
 * offered ..."), told by no one the text names, is the maker's act.
 */
static int
named_act(const struct state *s, const struct mdtl_tags *tg,
    const struct pred *p)
{
	const struct mdtl_actor_tag *m;
	size_t i = p->tok;

	if (p->speaker == NULL)
		return 0;
	if ((m = subject_before(tg, p->tok, 0)) != NULL)
		return !m->weak && m->actor == p->speaker;
	/* "The powers had offered ..., diplomats said": a body's word for
	 * the body an event told named */
	while (i > 0 && in_list(tg, &tg->t[i - 1], AUXILIARIES))
		i--;
	return i > 0 && mdtl_speaker_body_told(s, tg, i - 1) == p->speaker;
}

/*
 * "A joint statement issued by the three leaders after the meeting said":
 * words of the people of the meeting at index m, its first named already,
 * are the others' too: each of its persons, else each of its actors.
 */
static void
people_speak(struct state *s, struct mdtl_event *e, size_t m,
    enum mdtl_role_kind role)
{
	const struct mdtl_event *of = &(*s->v)[m];
	const struct mdtl_actor *a = mdtl_extract_first_person(s, of);
	int persons = a != NULL && a->kind == MDTL_ACTOR_PERSON;
	size_t i;

	for (i = 0; i < of->nactors; i++)
		if ((a = mdtl_extract_actor_any(s, &of->actors[i])) != NULL &&
		    (!persons || a->kind == MDTL_ACTOR_PERSON))
			mdtl_extract_actor(s, e, a, role);
}

/* Is word w one of the words of p, a verb of saying: "was quoted by", "in
 * a joint statement"? */
static int
speech_with(const struct mdtl_tags *tg, const struct pred *p, const char *w)
{
	size_t i;

	for (i = p->tok; i < p->tok + p->ntok; i++)
		if (is(&tg->t[i], w))
			return p->kind == MDTL_PH_SPEECH;
	return 0;
}

/* "President Ilham Aliyev has sent a letter of condolence": an act told
 * in the present perfect, within the sentence's first ten words? */
static int
perfect_told(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i + 1 < tg->n && i < 10; i++)
		/* (a participle after it: not "has to", "has no") */
		if ((is(&tg->t[i], "has") || is(&tg->t[i], "have")) &&
		    tg->t[i + 1].kind == MDTL_TOK_WORD &&
		    !(tg->t[i + 1].flags & MDTL_TOK_CAP) &&
		    !is(&tg->t[i + 1], "to") && !is(&tg->t[i + 1], "not") &&
		    !in_list(tg, &tg->t[i + 1], DETERMINERS))
			return 1;
	return 0;
}

/*
 * "according to a statement", "according to the communique": a cue of
 * attribution to a document (grammar list `written_nouns`) whose author
 * it does not name, at the end of its clause.
 */
static int
unowned_document(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t i = c->tok + c->ntok;

	if (c->ntok != 2 || !is(&tg->t[c->tok], "according") ||
	    i + 1 >= tg->n || !(is(&tg->t[i], "a") || is(&tg->t[i], "the")) ||
	    !in_list(tg, &tg->t[i + 1], WRITTEN_NOUNS))
		return 0;
	return i + 2 == tg->n || boundary(&tg->t[i + 2]) ||
	    tg->t[i + 2].kind == MDTL_TOK_PUNCT;
}

/* The last words before event first of one who is no person: a body's, a
 * country's; or NULL. */
static struct mdtl_event *
body_words_before(struct state *s, size_t first)
{
	const struct mdtl_actor *a;
	size_t k;

	for (k = first; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type != MDTL_EVENT_SUMMIT &&
		    e->type != MDTL_EVENT_DEADLINE && e->nactors > 0 &&
		    (a = mdtl_extract_known(s, &e->actors[0])) != NULL &&
		    a->kind != MDTL_ACTOR_PERSON)
			return e;
	}
	return NULL;
}

/*
 * "expects the mediators to put forward", "wants NATO to offer": the verb
 * at tok after "to" and the object of a verb of intention (grammar list
 * `intention`: a wish, an expectation, a request), someone else than its
 * subject, who is asked to act.
 */
static int
asked_of_others(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	if (tok < 3 || !is(&tg->t[tok - 1], "to"))
		return 0;
	/* the object: up to four words ("agreed with NATO to propose" is
	 * no object's) */
	for (i = tok - 1; i-- > 0 && tok - 1 - i <= 4;) {
		if (boundary(&tg->t[i]) || tg->t[i].kind != MDTL_TOK_WORD ||
		    in_list(tg, &tg->t[i], PREPOSITIONS))
			return 0;
		if (in_list(tg, &tg->t[i], INTENTION))
			return i + 1 < tok - 1;
	}
	return 0;
}

/* Is the last word of a verb of saying's cue one whose infinitive after it
 * says words: a vow's ("vowed to continue"), or a noun's ("accepted the
 * invitation to explore", "in a statement to mark")? */
static int
noun_or_vow(const struct mdtl_tags *tg, const struct mdtl_token *t)
{
	return in_list(tg, t, VOWS) || in_list(tg, t, SPEECH_NOUNS) ||
	    in_list(tg, t, INVITATIONS);
}

/*
 * Is who the first actor of one of the events from first on, one not of a
 * day of its own gone by ("We proposed a joint system back in 2010" tells
 * no words of the day)?
 */
static int
acts_of(const struct state *s, size_t first, const struct mdtl_actor *who)
{
	size_t k;

	for (k = first; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->date.gran != MDTL_GRAN_NONE &&
		    e->basis != MDTL_BASIS_INHERITED &&
		    e->basis != MDTL_BASIS_PUBLICATION &&
		    mdtl_dating_gone_by(s, &e->date) &&
		    !mdtl_dating_news_day(s, &e->date))
			continue;
		if (e->nactors > 0 && strcmp(e->actors[0].id, who->id) == 0)
			return 1;
	}
	return 0;
}

/*
 * "The previous round took place in Moscow in July. Ryabkov said at the
 * time that ...": words told "at the time" (not "at the time of") are of
 * the time the last event told before the sentence has, into *w; 0 when
 * they are not or none has one.
 */
static int
at_the_time(struct state *s, const struct mdtl_tags *tg, const struct pred *p,
    size_t first_event, struct when *w)
{
	size_t a = p->tok + p->ntok, k;

	if (a + 2 >= tg->n || !is(&tg->t[a], "at") ||
	    !is(&tg->t[a + 1], "the") || !is(&tg->t[a + 2], "time") ||
	    (a + 3 < tg->n && is(&tg->t[a + 3], "of")))
		return 0;
	for (k = first_event; k-- > s->start;) {
		const struct mdtl_event *m = &(*s->v)[k];

		if (m->basis != MDTL_BASIS_EXPLICIT &&
		    m->basis != MDTL_BASIS_RELATIVE)
			continue;
		mdtl_dating_of(m, w);
		w->basis = MDTL_BASIS_INHERITED;
		w->why = mdtl_arena_strcat(&s->art->arena, "'at the time': "
		    "the time of the last event told, '", m->date_value, "'",
		    (char *)NULL);
		return 1;
	}
	return 0;
}

/* Has e no day of its own: the publication's, or the dateline's the lead
 * has ("MOSCOW, March 2 (Reuters) - ..., the Kremlin said")? */
static int
undated_lead(const struct state *s, const struct mdtl_event *e)
{
	return e->basis == MDTL_BASIS_PUBLICATION ||
	    (e->why_date != NULL && e->why_date == s->lead.why);
}

/* The lead's day is that of the words of e: the undated take it. */
static void
lead_from(struct state *s, const struct mdtl_event *e)
{
	s->lead.date = e->date;
	s->lead.basis = MDTL_BASIS_INHERITED;
	s->lead.text = e->date_text;
	s->lead.why = mdtl_arena_strcat(&s->art->arena, "no date in the "
	    "sentence: the lead's '", e->date_text, "'", (char *)NULL);
}

/*
 * "The ministers will meet in Astrakhan on Sept. 28, Karasin said." then
 * "..., Karasin told journalists in Moscow on Wednesday": the lead's words
 * with no date of their own take the day the article gives its speaker's
 * words, e's (and when that is a day of their own, so do the undated
 * words of others after them, as the lead's: "Medvedev has welcomed the US
 * decision" then "Medvedev said in a televised statement late on
 * Thursday": "Tusk said" is of Thursday; see lead_occasion() for an
 * occasion's day).
 */
static void
lead_dated(struct state *s, const struct mdtl_event *e)
{
	const struct mdtl_event *first;
	struct when w;
	size_t k;

	if (s->lead_undated > *s->n)	/* (gone, merged into another) */
		return;
	first = &(*s->v)[s->lead_undated - 1];
	mdtl_dating_of(e, &w);
	w.basis = MDTL_BASIS_INHERITED;
	w.why = mdtl_arena_strcat(&s->art->arena, "no date in the sentence: "
	    "the day its speaker's words are told '", e->date_text, "'",
	    (char *)NULL);
	for (k = s->lead_undated - 1; k < *s->n; k++) {
		struct mdtl_event *l = &(*s->v)[k];

		if (l->span.start != first->span.start)
			break;
		if (undated_lead(s, l))
			mdtl_dating_when(l, &w);
	}
	s->lead_undated = 0;
}

/*
 * "Russia's top general has threatened to strike NATO missile defense
 * sites" then "..., Chief of the General Staff Nikolai Makarov said Russia
 * could use force": the lead's threat or offer, a side's, is told again as
 * e, of its type, by a person of that side?
 */
static int
lead_named_later(const struct state *s, const struct mdtl_event *e,
    const struct mdtl_actor *who)
{
	const struct mdtl_event *l;

	if (s->lead_undated > *s->n || s->lead_who->kind ==
	    MDTL_ACTOR_PERSON || who->kind != MDTL_ACTOR_PERSON)
		return 0;
	l = &(*s->v)[s->lead_undated - 1];
	return l->type == e->type && (l->type == MDTL_EVENT_WARNING ||
	    l->type == MDTL_EVENT_OFFER) &&
	    mdtl_actor_side_on(side(who), s->day) == s->lead_who;
}

/*
 * "His comments come days after President Dmitry Medvedev announced a
 * package of countermeasures." then "Medvedev said in a televised address
 * on November 23 ...": an act a lapse of no number put before the news
 * takes the day gone by its speaker's words are told next, in the next
 * sentence that tells acts, from first_event; none else.
 */
static void
lapsed_dated(struct state *s, size_t first_event)
{
	struct mdtl_event *l;
	struct when w;
	size_t k;

	if (s->lapsed == 0 || s->lapsed > first_event ||
	    *s->n == first_event)
		return;
	l = &(*s->v)[s->lapsed - 1];
	/* (still the act left with no day, of that speaker) */
	for (k = first_event; l->date.gran == MDTL_GRAN_NONE &&
	    l->nactors > 0 && l->actors[0].id == s->lapsed_who->id &&
	    k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || e->nactors == 0 ||
		    e->actors[0].id != l->actors[0].id ||
		    (e->basis != MDTL_BASIS_EXPLICIT &&
		    e->basis != MDTL_BASIS_RELATIVE) ||
		    e->date.gran != MDTL_GRAN_DAY ||
		    !mdtl_dating_gone_by(s, &e->date))
			continue;
		mdtl_dating_of(e, &w);
		w.basis = MDTL_BASIS_INHERITED;
		w.why = mdtl_arena_strcat(&s->art->arena, "no date in the "
		    "sentence: the day its speaker's words are told next, '",
		    e->date_text, "'", (char *)NULL);
		mdtl_dating_when(l, &w);
		break;
	}
	s->lapsed = 0;
}

/*
 * '"There is no threat to Russia," Appathurai told reporters after the
 * talks': the lead's words with no date of their own that took the day of
 * the meeting named as their occasion give the lead that day, the story's
 * ("Totsky countered that ..." after them).  Told after the lead, the
 * words of its speaker at such an occasion ('"...," Lavrov said at a news
 * conference after the session' of Thursday) give that day to the lead's
 * words alone, as a day of their own does (lead_dated()).
 */
static void
lead_occasion(struct state *s, size_t first_event)
{
	const struct mdtl_event *l;
	size_t k;

	if (s->lead_undated == 0 || s->lead_undated > *s->n)
		return;
	if (s->lead_undated - 1 < first_event) {
		for (k = first_event; k < *s->n; k++) {
			l = &(*s->v)[k];
			if (l->type == MDTL_EVENT_STATEMENT && l->nactors > 0 &&
			    l->actors[0].role == MDTL_ROLE_SPEAKER &&
			    strcmp(l->actors[0].id, s->lead_who->id) == 0 &&
			    l->basis != MDTL_BASIS_PUBLICATION &&
			    mdtl_dating_news_day(s, &l->date)) {
				lead_dated(s, l);
				return;
			}
		}
		return;
	}
	l = &(*s->v)[s->lead_undated - 1];
	if (undated_lead(s, l))
		return;
	lead_from(s, l);
	s->lead_undated = 0;
}

/*
 * The people the title names with their titles ("Press conference by NATO
 * Secretary General Anders Fogh Rasmussen following the meeting ...", the
 * data's or not),
 * for the text's lines labelled by a title alone ("SECRETARY GENERAL: Good
 * afternoon."), when the text does not repeat the title.
 */
static void
title_people(struct state *s, struct mdtl_tags *tg)
{
	struct mdtl_token *t = NULL;
	size_t nt = 0, at = 0;

	if (s->art->title == NULL)
		return;
	mdtl_text_tokenize(&s->art->arena, s->art->title,
	    strlen(s->art->title), 0, &t, &nt, &at);
	if (nt == 0)
		return;
	mdtl_tag_sentence(tg, s->lex, t, nt, s->day, NULL);
	/* people the data does not know, named with their titles:
	 * "Remarks by Ambassador Ivo Daalder at the Atlantic Council" */
	s->text = s->art->title;
	mdtl_speaker_names(s, tg);
	s->text = s->art->body;
	mdtl_speaker_titles(s, tg);
}

/*
 * "Bishkek, Kyrgyzstan, Oct. 3 (Kabar) -", "BAKU, Azerbaijan (AP) --": the
 * country a dateline names after a city the data does not know; or NULL.
 */
static const struct mdtl_actor *
dateline_country(const struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;
	size_t e;

	if (tg->n < 5 || !(tg->t[0].flags & MDTL_TOK_CAP) ||
	    !is(&tg->t[1], ",") || (m = mdtl_tags_actor_at(tg, 2)) == NULL ||
	    m->tok != 2 || m->actor->kind != MDTL_ACTOR_COUNTRY ||
	    (e = m->tok + m->ntok) >= tg->n ||
	    !(is(&tg->t[e], ",") || is(&tg->t[e], "(")))
		return NULL;
	return m->actor;
}

/*
 * "EU High Representative Catherine Ashton": the person a side's title
 * names right after the side m (capitalised words between), else m's
 * actor.
 */
static const struct mdtl_actor *
titled_person(const struct mdtl_tags *tg, const struct mdtl_actor_tag *m)
{
	const struct mdtl_actor_tag *p;
	size_t i;

	if (m->actor->kind == MDTL_ACTOR_PERSON)
		return m->actor;
	for (i = m->tok + m->ntok; i < tg->n && i <= m->tok + m->ntok + 4 &&
	    (tg->t[i].flags & MDTL_TOK_CAP); i++)
		if ((p = mdtl_tags_actor_at(tg, i)) != NULL)
			return p->actor->kind == MDTL_ACTOR_PERSON ?
			    p->actor : m->actor;
	return m->actor;
}

/*
 * "Comment by the Russian Foreign Ministry on the results of the NATO
 * summit", "Statement by the NATO Secretary General", "Press release by
 * the Co-Chairs of the OSCE Minsk Group", "Answer of the Russian Foreign
 * Ministry's official representative Alexander Lukashevich to a media
 * question": an article its title calls a document by one it names (the
 * first actor after "by" or "of", not an agency): that one, or NULL.
 */
static const struct mdtl_actor *
title_document(const struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;
	size_t i, j = 0;

	/* (one word before the noun: "Press release", "Joint statement") */
	if (tg->n >= 4 && !in_list(tg, &tg->t[0], DOCUMENT_NOUNS) &&
	    tg->t[0].kind == MDTL_TOK_WORD)
		j = 1;
	if (tg->n < j + 3 || !in_list(tg, &tg->t[j], DOCUMENT_NOUNS) ||
	    !(is(&tg->t[j + 1], "by") || is(&tg->t[j + 1], "of")))
		return NULL;
	/* (past a compound's hyphen and "of": "the Co-Chairs of the OSCE
	 * Minsk Group"; not past what it is on: "Statement by the
	 * Spokesperson on the incidents on the Armenia-Azerbaijan border") */
	for (i = j + 2; i < tg->n && i < j + 10 &&
	    (tg->t[i].kind == MDTL_TOK_WORD || is(&tg->t[i], "-")) &&
	    (is(&tg->t[i], "of") || !in_list(tg, &tg->t[i], PREPOSITIONS));
	    i++)
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
			return m->actor->kind == MDTL_ACTOR_AGENCY ? NULL :
			    titled_person(tg, m);
	return NULL;
}

/*
 * May the sentence tell the lead, whose words date the article's undated
 * words?  In the paragraph of the first act, or before any, with no
 * sentence of background only before it ("Iran and six world powers open
 * two days of talks in Moscow on Monday ...", "The talks, the third round
 * since negotiations resumed in Istanbul in April, ..." and then "Lavrov
 * urged both sides on Saturday": not the lead).
 */
static int
lead_here(const struct state *s, const struct mdtl_sentence *sent)
{
	return (s->lead_para == 0 || s->lead_para == sent->para + 1) &&
	    !s->background && !(s->bg_para != sent->para + 1 &&
	    s->bg_only == 1);
}

/*
 * Before the lead, note what the paragraph of the sentence tells with the
 * events from first on: background only when every one is dated a month
 * or more before the news.
 */
static void
background_told(struct state *s, const struct mdtl_sentence *sent,
    size_t first)
{
	size_t k;
	int bg = first < *s->n && s->day != 0;

	if (s->lead_para != 0)
		return;
	for (k = first; bg && k < *s->n; k++)
		if ((*s->v)[k].date.gran == MDTL_GRAN_NONE ||
		    mdtl_date_day(&(*s->v)[k].date) + 31 >= s->day)
			bg = 0;
	if (s->bg_para != sent->para + 1) {
		if (s->bg_only == 1)
			s->background = 1;
		s->bg_para = sent->para + 1;
		s->bg_only = -1;
	}
	if (first < *s->n)
		s->bg_only = bg && s->bg_only != 0;
}

/* "..., diplomats said.": the verb of p ends its sentence, a few words of
 * its subject after a comma before it */
static int
closes_sentence(const struct mdtl_tags *tg, const struct pred *p)
{
	size_t i, e = p->tok + p->ntok;

	if (e < tg->n && (e + 1 < tg->n || tg->t[e].kind != MDTL_TOK_PUNCT))
		return 0;
	for (i = p->tok; i-- > 0 && p->tok - i <= 5;)
		if (tg->t[i].kind == MDTL_TOK_PUNCT)
			return is(&tg->t[i], ",") && i + 1 < p->tok;
	return 0;
}

/*
 * "WARSAW - Poland will decide ..." then "ANKARA - Turkey's radar at
 * Kurecik has been fully operational since January, a Turkish official
 * said": a paragraph that opens with a dateline of its own, its city in
 * capitals, after an act was told, is a story of its own (a page of
 * briefs); not in a digest, whose period dates its items.
 */
static int
item_dateline(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_sentence *sent)
{
	const struct mdtl_span *w = &tg->t[0].span;
	size_t i;

	if (s->period.gran != MDTL_GRAN_NONE || tg->n < 4 ||
	    sent->para + 1 == s->para || mdtl_dating_past_dateline(tg) == 0 ||
	    w->end - w->start < 3)
		return 0;
	for (i = w->start; i < w->end; i++)
		if (s->text[i] < 'A' || s->text[i] > 'Z')
			return 0;
	return 1;
}

/* A story of its own begins: its lead is yet to come. */
static void
new_story(struct state *s)
{
	s->lead = s->first_lead;
	s->lead_done = 0;
	s->lead_undated = 0;
	s->lead_who = NULL;
	s->lead_para = 0;
	s->lapsed = 0;
}

/*
 * "QUESTION: ... the Russians said yesterday that ...": an interviewer's
 * line; what it tells is no lead of the transcript.
 */
static int
asked_line(const struct mdtl_tags *tg)
{
	return tg->n > 2 && in_list(tg, &tg->t[0], INTERVIEWER) &&
	    is(&tg->t[1], ":");
}

/*
 * Is date k the day of the sentence's verb in the past right before it,
 * after its subject ("Iran and six world powers agreed on Saturday")?
 */
static int
subject_verb_day(const struct mdtl_tags *tg, size_t k)
{
	size_t v = tg->tx[k].tok;
	const struct mdtl_token *t;

	if (v > 0 && is(&tg->t[v - 1], "on"))
		v--;
	if (v < 2)
		return 0;
	t = &tg->t[v - 1];
	return t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP) &&
	    ends_in(t->norm, "ed", 4) && mdtl_tags_actor_at(tg, v - 2) != NULL;
}

/* Has an act (words, a threat, an offer) told so far a day of its own? */
static int
dated_act(const struct state *s)
{
	size_t k;

	for (k = s->start; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->type != MDTL_EVENT_SUMMIT &&
		    e->type != MDTL_EVENT_DEADLINE &&
		    (e->basis == MDTL_BASIS_EXPLICIT ||
		    e->basis == MDTL_BASIS_RELATIVE))
			return 1;
	}
	return 0;
}

/*
 * "The Czech government on Monday approved the treaty": the first
 * sentence of the story, which tells no act (with free, none of a day of
 * its own, the day none of its events took: "Iran and six world powers
 * agreed on Saturday to meet again in Baghdad on May 23 after talks ...
 * that both sides described as positive"), gives its day all the same
 * (a day of the news, outside a quotation), the lead's for the words
 * after it ("Topolanek told journalists after the cabinet meeting").
 */
static void
opening_day(struct state *s, const struct mdtl_tags *tg, int free)
{
	struct mdtl_event day;
	size_t k;

	if (asked_line(tg))
		return;
	for (k = 0; k < tg->ntx; k++) {
		if (tg->tx[k].type != MDTL_TIMEX_DATE ||
		    (tg->t[tg->tx[k].tok].flags & MDTL_TOK_INQUOTE))
			continue;
		/* (with acts told, a day none of their meetings took:
		 * not "said NATO had changed its position after the summit
		 * in Lisbon on Saturday") */
		if (free && (tg->tx_used[k] || !subject_verb_day(tg, k)))
			return;
		memset(&day, 0, sizeof day);
		mdtl_dating_set(s, tg, &day, k);
		if (day.date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_news_day(s, &day.date)) {
			s->lead_done = 1;
			lead_from(s, &day);
			/* (and the meetings it told of with none: "after
			 * talks in Istanbul") */
			if (free)
				mdtl_meeting_told_on(s, s->sent_first,
				    &s->lead);
		}
		return;
	}
}

/*
 * Do the words of p, whose speaker is no one named, have a day of the news
 * of their own?  It is the lead's, then; closing its sentence with none,
 * they are the lead all the same, of the story's day.
 */
static int
unnamed_lead(struct state *s, struct mdtl_tags *tg, const struct pred *p)
{
	struct mdtl_event day;
	int x = mdtl_dating_own(s, tg, p->tok, p->ntok, 3, 0);

	/* "..., diplomats said." with no day: the lead is the story's day,
	 * not the first dated act after it (not "observers have said", the
	 * background) */
	if (x < 0 && closes_sentence(tg, p) && !(p->tok > 0 &&
	    in_list(tg, &tg->t[p->tok - 1], AUXILIARIES))) {
		s->lead_done = 1;
		return 1;
	}
	if (x < 0)
		return 0;
	memset(&day, 0, sizeof day);
	mdtl_dating_set(s, tg, &day, (size_t)x);
	if (day.date.gran != MDTL_GRAN_DAY ||
	    !mdtl_dating_news_day(s, &day.date))
		return 0;
	s->lead_done = 1;
	lead_from(s, &day);
	return 1;
}

/* Is there a cue of an act (words, a threat, an offer) before tg->c[k]? */
static int
act_before(const struct mdtl_tags *tg, size_t k)
{
	while (k-- > 0)
		if (act_cue(&tg->c[k]))
			return 1;
	return 0;
}

/*
 * "Defense ministers of NATO and Russia failed to agree in Brussels on
 * Wednesday, with Defense Minister Anatoly Serdyukov saying ...": the
 * day the clause before the comma of an absolute participle at tok gives
 * (its last), the words' occasion; the timex's index, or -1.
 */
static int
absolute_day(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = mdtl_speaker_absolute_with(tg, tok), k;
	int day = -1;

	if (i == 0 || !is(&tg->t[i - 1], ","))
		return -1;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok < i &&
		    mdtl_dating_dated(&tg->tx[k]) &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY)
			day = (int)k;
	return day;
}

/*
 * "presented a proposal on Tuesday that he said could settle the dispute":
 * a verb of saying at tok in a relative clause, its subject a pronoun,
 * what it says a predicate of the clause (no "that", no comma after it).
 */
static int
relative_aside(const struct mdtl_tags *tg, size_t tok)
{
	return tok >= 3 && tok + 1 < tg->n &&
	    in_list(tg, &tg->t[tok - 1], PERSON_PRONOUNS) &&
	    (is(&tg->t[tok - 2], "that") || is(&tg->t[tok - 2], "which")) &&
	    tg->t[tok + 1].kind == MDTL_TOK_WORD &&
	    !is(&tg->t[tok + 1], "that");
}

/*
 * Is the verb of saying q in what p says ("added that Moscow hoped"), by
 * p's speaker or the speaker's side: "that" right after p, or after whom
 * or how p's words were told ("said in a telephone interview that"), or
 * the comma that closes the source of "According to" ("According to the
 * deputy minister, Moscow still insists"), and no comma or conjunction
 * before q?
 */
static int
said_within(const struct mdtl_tags *tg, const struct pred *p,
    const struct pred *q, long day)
{
	size_t i = p->tok + p->ntok;
	const char *opens = "that";

	/* the speaker's side: his country's, or his role's on the day
	 * ("Vershbow noted that NATO appreciated"); or any, for a person
	 * the data does not know, whose side no one told ("Foreign Ministry
	 * spokesman Alexander Lukashevich said that Russia hoped") */
	if (p->speaker == NULL || q->speaker == NULL || q->tok <= i ||
	    (side(p->speaker) != side(q->speaker) &&
	    !mdtl_actor_on_side(p->speaker, q->speaker, day) &&
	    !(p->speaker->kind == MDTL_ACTOR_PERSON &&
	    mdtl_actor_side_on(p->speaker, day) == p->speaker) &&
	    /* an attitude another holds, told: "Ashton wrote that the
	     * E3+3 hoped for ..." (grammar list attitudes) */
	    !in_list(tg, &tg->t[q->tok], ATTITUDES)))
		return 0;
	if (is(&tg->t[p->tok], "according"))
		opens = ",";
	for (; i < q->tok && i < p->tok + p->ntok + 6 &&
	    tg->t[i].kind != MDTL_TOK_PUNCT && !is(&tg->t[i], opens); i++)
		;
	if (i == q->tok || !is(&tg->t[i], opens))
		return 0;
	i++;
	for (; i < q->tok; i++) {
		const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, i);

		/* (a name of its own tokens: "the E3+3") */
		if (m != NULL && m->tok == i) {
			i = m->tok + m->ntok - 1;
			continue;
		}
		if (tg->t[i].kind != MDTL_TOK_WORD || is(&tg->t[i], "and") ||
		    is(&tg->t[i], "but") || is(&tg->t[i], "as") ||
		    is(&tg->t[i], "while"))
			return 0;
	}
	return 1;
}

/*
 * "could prompt Moscow to station missiles": the actor a threat's cue
 * names in its gap before "to", whom another's act would make act, or
 * NULL.
 */
static const struct mdtl_actor *
made_to_act(const struct mdtl_tags *tg, const struct pred *p)
{
	const struct mdtl_phrase *ph = p->ph;
	size_t i, end = p->tok + p->ntok - (ph->ntok - ph->gap);
	const struct mdtl_actor_tag *m;

	if (ph->gap == 0 || strcmp(ph->tok[ph->gap], "to") != 0)
		return NULL;
	for (i = p->tok + ph->gap; i < end; i++)
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak)
			return m->actor;
	return NULL;
}

/*
 * "could be the deployment of": a threat in the predicate's noun, whatever
 * the subject ("one of these steps")
 */
static int
copular(const struct mdtl_phrase *ph)
{
	size_t i;

	for (i = 0; i + 1 < ph->ntok; i++)
		if (strcmp(ph->tok[i], "be") == 0 && (strcmp(ph->tok[i + 1],
		    "the") == 0 || strcmp(ph->tok[i + 1], "a") == 0))
			return 1;
	return 0;
}

/* Is actor a named after token tok (in the object of a verb there)? */
static int
named_since(const struct mdtl_tags *tg, const struct mdtl_actor *a, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].actor == a && tg->m[i].tok > tok)
			return 1;
	return 0;
}

/* A word that may modify a noun: "stern", "new", "renewed", "military". */
static int
adjective(const struct mdtl_token *t)
{
	const char *w = t->norm;

	return t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP) &&
	    (strlen(w) <= 5 || ends_in(w, "ed", 0) || ends_in(w, "ary", 0) ||
	    ends_in(w, "al", 0) || ends_in(w, "ous", 0) || ends_in(w, "ive", 0));
}

/*
 * "repeated Kremlin threats to deploy", "issued a stern warning": a verb
 * of saying whose object is a threat tells one; "dismissed the threat"
 * disputes another's.
 */
static int
threat_object(const struct mdtl_tags *tg, const struct pred *p)
{
	size_t i, end = p->tok + p->ntok + 4;

	if (in_list(tg, &tg->t[p->tok + p->ntok - 1], DISPUTING_VERBS))
		return 0;

	for (i = p->tok + p->ntok; i < tg->n && i < end; i++) {
		const struct mdtl_token *t = &tg->t[i];

		/* "announced a set of countermeasures": its quantity */
		if (i + 1 < tg->n && in_list(tg, t, QUANTITY_NOUNS) &&
		    is(&tg->t[i + 1], "of")) {
			i++;
			end += 2;
			continue;
		}
		/* "said such threats belonged to the past": the subject of
		 * the clause it reports, no object */
		if (in_list(tg, t, THREAT_NOUNS))
			return !is(&tg->t[i - 1], "no") && !(i + 1 < tg->n &&
			    tg->t[i + 1].kind == MDTL_TOK_WORD &&
			    !(tg->t[i + 1].flags & MDTL_TOK_CAP) &&
			    !in_list(tg, &tg->t[i + 1], PREPOSITIONS) &&
			    !is(&tg->t[i + 1], "that") &&
			    /* "announced countermeasures last week" */
			    mdtl_tags_timex_at(tg, i + 1) == NULL);
		/* "called Russia's threat to deploy missiles
		 * \"unhelpful\"": another side's, its possessor's */
		if (is(t, "'s") && i > 0 && p->speaker != NULL &&
		    mdtl_tags_actor_at(tg, i - 1) != NULL &&
		    side(mdtl_tags_actor_at(tg, i - 1)->actor) !=
		    side(p->speaker))
			return 0;
		/* its modifiers: "Kremlin threats", "a stern warning"; not
		   "told reporters the threat was real", nor what the words
		   were about: "said of the Russian threats" */
		if (t->kind == MDTL_TOK_PUNCT || in_list(tg, t, PREPOSITIONS) ||
		    (!(t->flags & MDTL_TOK_CAP) &&
		    !in_list(tg, t, DETERMINERS) && !adjective(t) &&
		    mdtl_tags_actor_at(tg, i) == NULL))
			return 0;
		/* "said NATO posed no threat": past an actor, a verb of the
		 * clause reported, not a modifier */
		if (!(t->flags & MDTL_TOK_CAP) && ends_in(t->norm, "ed", 3) &&
		    mdtl_tags_actor_at(tg, i - 1) != NULL)
			return 0;
	}
	return 0;
}

/*
 * "Russian President Dmitry Medvedev": the title and the name that follow
 * mention m, of one actor, as one: the last of them.
 */
static const struct mdtl_actor_tag *
whole_name(const struct mdtl_tags *tg, const struct mdtl_actor_tag *m)
{
	const struct mdtl_actor_tag *next;

	while ((next = mdtl_tags_actor_at(tg, m->tok + m->ntok)) != NULL &&
	    next->actor == m->actor)
		m = next;
	return m;
}

/* The article's last statement, warning or offer, or NULL. */
static struct mdtl_event *
last_words(struct state *s)
{
	size_t k;

	for (k = *s->n; k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_STATEMENT ||
		    (*s->v)[k].type == MDTL_EVENT_WARNING ||
		    (*s->v)[k].type == MDTL_EVENT_OFFER)
			return &(*s->v)[k];
	return NULL;
}

/*
 * "The statement was made by General Makarov on Thursday": who made the
 * speech act just told, and when.  The last statement, warning or offer
 * takes the person as its first actor, the date if the sentence gives one,
 * and the sentence as one more mention: 1 when it did.
 */
static int
made_by(struct state *s, struct mdtl_tags *tg, const struct mdtl_sentence *sent)
{
	const struct mdtl_actor_tag *m = NULL;
	struct mdtl_event *e = NULL;
	size_t i, k;
	int x;

	/* (a noun named again, "The statement"; "A statement was issued
	 * by the White House" is one of its own) */
	for (i = 1; i + 3 < tg->n; i++)
		if (is(&tg->t[i + 3], "by") &&
		    in_list(tg, &tg->t[i + 2], MADE_VERBS) &&
		    in_list(tg, &tg->t[i], SPEECH_NOUNS) &&
		    in_list(tg, &tg->t[i - 1], DEFINITE) &&
		    !(tg->t[i].flags & MDTL_TOK_INQUOTE) &&
		    in_list(tg, &tg->t[i + 1], PASSIVE_AUX))
			break;
	if (i + 3 >= tg->n)
		return 0;
	for (k = i + 4; k < tg->n && k < i + 8 && m == NULL; k++)
		if ((m = mdtl_tags_actor_at(tg, k)) != NULL && m->weak)
			m = NULL;
	if (m == NULL)
		return 0;
	if ((e = last_words(s)) == NULL)
		return 0;
	if (e->nactors == 0 || e->actors[0].id != m->actor->id) {
		struct mdtl_event_actor first;

		mdtl_extract_actor(s, e, m->actor, MDTL_ROLE_SPEAKER);
		/* the one who made it first */
		first = e->actors[e->nactors - 1];
		memmove(e->actors + 1, e->actors, (e->nactors - 1) *
		    sizeof *e->actors);
		e->actors[0] = first;
		e->why_actor = "named as who made it in a sentence after";
	}
	x = mdtl_dating_own(s, tg, m->tok, m->ntok, 4, 0);
	if (x >= 0) {
		mdtl_dating_set(s, tg, e, (size_t)x);
		tg->tx_used[x] = TX_ACT;
		mdtl_dating_occasion(s, e, 1);
	}
	mdtl_extract_mention(s, e, sent);
	return 1;
}

/*
 * "The invitation was extended during the NATO-Russia summit in Lisbon
 * last Saturday": the noun of the act told just before named again, made
 * on an occasion the sentence dates, with no maker named: that act is of
 * that day, if its own words gave it none.  1 when it was.
 */
static int
made_during(struct state *s, struct mdtl_tags *tg,
    const struct mdtl_sentence *sent)
{
	struct mdtl_event *e;
	size_t i, k;

	/* (its rarest words first: this is asked of every sentence) */
	for (i = 1; i + 4 < tg->n; i++)
		if ((is(&tg->t[i + 3], "during") || is(&tg->t[i + 3], "at")) &&
		    in_list(tg, &tg->t[i + 2], MADE_VERBS) &&
		    in_list(tg, &tg->t[i + 1], PASSIVE_AUX) &&
		    (in_list(tg, &tg->t[i], SPEECH_NOUNS) ||
		    in_list(tg, &tg->t[i], INVITATIONS)) &&
		    in_list(tg, &tg->t[i - 1], DEFINITE) &&
		    !(tg->t[i].flags & MDTL_TOK_INQUOTE))
			break;
	if (i + 4 >= tg->n)
		return 0;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > i + 3 && mdtl_dating_dated(&tg->tx[k]))
			break;
	if (k == tg->ntx)
		return 0;
	if ((e = last_words(s)) == NULL ||
	    (e->basis != MDTL_BASIS_PUBLICATION &&
	    e->basis != MDTL_BASIS_INHERITED &&
	    !mdtl_dating_news_day(s, &e->date)))
		return 0;
	mdtl_dating_set(s, tg, e, k);
	mdtl_extract_mention(s, e, sent);
	return 1;
}

/* Does a phrase of an offer's noun start at token j ("offer",
 * "proposals")? */
static int
offer_noun_starts(const struct state *s, const struct mdtl_tags *tg,
    size_t j)
{
	size_t len;

	return mdtl_lexicon_match(s->lex, tg->t + j, tg->n - j,
	    1u << MDTL_PH_OFFER_NOUN, 0, &len) != NULL;
}

/* Does an offer's noun open the phrase that ends at the comma at token
 * comma, within 24 tokens and no boundary but its asides' commas? */
static int
offer_noun_before(const struct state *s, const struct mdtl_tags *tg,
    size_t comma)
{
	size_t j;

	for (j = comma; j-- > 0 && comma - j <= 24 &&
	    (!boundary(&tg->t[j]) || is(&tg->t[j], ","));)
		if (offer_noun_starts(s, tg, j))
			return 1;
	return 0;
}

/* The last offer told before the events from first on; or NULL. */
static struct mdtl_event *
offer_told_last(struct state *s, size_t first)
{
	size_t k;

	for (k = first; k-- > s->start;)
		if ((*s->v)[k].type == MDTL_EVENT_OFFER)
			return &(*s->v)[k];
	return NULL;
}

static int	made_at(const struct mdtl_tags *, size_t tok, size_t ntok);
static int	meeting_date(const struct mdtl_tags *,
		    const struct mdtl_cue_tag *);

/*
 * The actor whose meeting is named at token i: "NATO's Lisbon summit",
 * "the alliance's summit", "the NATO summit in Lisbon"; or NULL.  The
 * name owns the meeting when a possessive follows it, or when the
 * meeting's noun does, a few capitalised words between; *cue is that
 * noun's tag.
 */
static const struct mdtl_actor_tag *
meeting_host(const struct mdtl_tags *tg, size_t i,
    const struct mdtl_cue_tag **cue)
{
	const struct mdtl_actor_tag *m;
	size_t j;

	if (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if (i >= tg->n || (m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak)
		return NULL;
	j = m->tok + m->ntok;
	if (j < tg->n && is(&tg->t[j], "'s"))
		j++;
	while (j < tg->n && j < m->tok + m->ntok + 4 &&
	    (tg->t[j].flags & MDTL_TOK_CAP))
		j++;
	if (j >= tg->n || (*cue = mdtl_tags_cue_at(tg, j)) == NULL ||
	    (*cue)->kind != MDTL_PH_SUMMIT)
		return NULL;
	return whole_name(tg, m);
}

static void
nested_offers(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	size_t k, i;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		const struct mdtl_actor_tag *m = NULL, *next;
		const struct mdtl_cue_tag *at;
		struct mdtl_event *e;
		int noun = 0, x;

		if (c->kind != MDTL_PH_OFFER_BY && c->kind != MDTL_PH_MADE_BY)
			continue;
		if (c->kind == MDTL_PH_MADE_BY) {
			/* "an offer first made by": only after an offer noun */
			size_t j;

			for (j = c->tok >= 4 ? c->tok - 4 : 0; j < c->tok; j++)
				if (offer_noun_starts(s, tg, j))
					noun = 1;
			/* or set off by a comma after the offer's phrase:
			 * "Russia's offer to share the Gabala radar in
			 * Azerbaijan, first made by President Vladimir Putin" */
			if (!noun && c->tok > 1 && is(&tg->t[c->tok - 1], ","))
				noun = offer_noun_before(s, tg, c->tok - 1);
			if (!noun)
				continue;
		}
		at = NULL;
		if (c->kind == MDTL_PH_MADE_BY &&
		    is(&tg->t[c->tok + c->ntok - 1], "at")) {
			/* "first made at NATO's Lisbon summit": the meeting's
			 * host made it, on its date */
			if ((m = meeting_host(tg, c->tok + c->ntok, &at)) ==
			    NULL)
				continue;
		} else {
			for (i = c->tok + c->ntok;
			    i < tg->n && i < c->tok + c->ntok + 8; i++) {
				if ((m = mdtl_tags_actor_at(tg, i)) != NULL &&
				    !m->weak)
					break;
				if (boundary(&tg->t[i]))
					break;
			}
			if (m == NULL || m->weak)
				continue;
		}
		/* "by Russian President Dmitry Medvedev", "by President of
		 * the Russian Federation Vladimir Putin" */
		m = whole_name(tg, m);
		if ((next = mdtl_tags_actor_at(tg, m->tok + m->ntok)) != NULL &&
		    !next->weak && next->actor->kind == MDTL_ACTOR_PERSON &&
		    side(next->actor) == m->actor)
			m = next;
		/* "The offer was made by Deputy Foreign Minister Sergei
		 * Ryabkov at a meeting ... in Almaty on April 6": the offer
		 * told before with no day of its own, now dated */
		if (c->kind == MDTL_PH_MADE_BY && is(&tg->t[0], "the") &&
		    offer_noun_starts(s, tg, 1) &&
		    (e = offer_told_last(s, *s->n)) != NULL &&
		    (e->basis == MDTL_BASIS_PUBLICATION ||
		    e->basis == MDTL_BASIS_INHERITED)) {
			mdtl_extract_actor(s, e, m->actor, MDTL_ROLE_AGENT);
			if ((x = made_at(tg, m->tok, m->ntok)) >= 0)
				mdtl_dating_set(s, tg, e, (size_t)x);
			mdtl_extract_mention(s, e, sent);
			continue;
		}
		e = mdtl_extract_event(s, sent, MDTL_EVENT_OFFER, c->ph->text);
		mdtl_extract_actor(s, e, m->actor, MDTL_ROLE_AGENT);
		e->why_actor = "named after the passive verb";
		/* the offer's own date follows its maker: "... in May", "...
		 * at the NATO-Russia summit in Lisbon on Saturday" */
		if (at != NULL)
			x = meeting_date(tg, at);
		else
			x = mdtl_dating_own(s, tg, m->tok, m->ntok, 12, 0);
		if (x >= 0 && tg->tx[x].tok > c->tok) {
			mdtl_dating_set(s, tg, e, (size_t)x);
			tg->tx_used[x] = TX_ACT;
		} else
			e->why_date = "a reported offer with no date";
	}
}

/*
 * "handed over to the U.S. side in April", "handed to U.S. Deputy
 * Secretary of Defense Ashton Carter in December": the date of the verb
 * of giving at j, after whom it was given to (no other verb between); its
 * index, or -1.
 */
static int
handed_on(const struct mdtl_tags *tg, size_t j)
{
	size_t k, i;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok <= j || x->tok > j + 12 || !mdtl_dating_dated(x) ||
		    !clear_between(tg, j + 1, x->tok))
			continue;
		for (i = j + 1; i < x->tok; i++)
			if (infinitive(tg, i) || (tg->t[i].kind ==
			    MDTL_TOK_WORD && !(tg->t[i].flags & MDTL_TOK_CAP) &&
			    ends_in(tg->t[i].norm, "ed", 4)))
				break;
		return i == x->tok ? (int)k : -1;
	}
	return -1;
}

/*
 * Is the name at token i the object of a preposition other than "of"
 * ("from the U.S. side", "with Russian President Putin"), its determiner
 * and capitalised modifiers between?
 */
static int
oblique(const struct mdtl_tags *tg, size_t i)
{
	size_t h;

	for (h = i; h > 0 && i - h < 4 &&
	    (in_list(tg, &tg->t[h - 1], DETERMINERS) ||
	    (tg->t[h - 1].flags & MDTL_TOK_CAP)); h--)
		;
	return h > 0 && in_list(tg, &tg->t[h - 1], PREPOSITIONS) &&
	    !is(&tg->t[h - 1], "of");
}

/*
 * Whom a pronoun at token before stands for, as a maker: the last person
 * named before it ("he", "his"), or with person 0 the last body or
 * country ("it", "its"); a subject or an object rather than a name after
 * a preposition (oblique(): "the Defence Ministry had not received any
 * answer from the U.S. side to the proposals it handed over" is the
 * ministry's); or NULL.
 */
static const struct mdtl_actor *
pronoun_maker(const struct mdtl_tags *tg, size_t before, int person)
{
	const struct mdtl_actor *maker = NULL, *direct = NULL;
	size_t k;

	for (k = 0; k < tg->nm && tg->m[k].tok < before; k++)
		if (!tg->m[k].weak && person ==
		    (tg->m[k].actor->kind == MDTL_ACTOR_PERSON)) {
			maker = tg->m[k].actor;
			if (!oblique(tg, tg->m[k].tok))
				direct = maker;
		}
	return direct != NULL ? direct : maker;
}

/*
 * "the Russian proposals on missile defense handed over to the U.S. side
 * in April": an offer noun at [i, i + n) whose maker names it (a demonym
 * or a possessive right before it or its modifiers: "Iran's five-point
 * proposal"), and a verb of giving in a reduced relative after it and its
 * phrase; that verb's token and the maker in *maker, or tg->n.
 */
static size_t
reduced_handing(const struct mdtl_tags *tg, size_t i, size_t n,
    const struct mdtl_actor **maker)
{
	const struct mdtl_actor_tag *m = NULL;
	const struct mdtl_actor *who = NULL;
	size_t j, h;

	/* "Iran's five-point proposal": a possessive opens the noun's
	 * phrase, its modifiers between */
	for (h = i; h > 1 && i - h < 4 && !is(&tg->t[h - 1], "'s") &&
	    !boundary(&tg->t[h - 1]) && !(tg->t[h - 1].flags & MDTL_TOK_CAP);
	    h--)
		;
	if (h > 1 && is(&tg->t[h - 1], "'s"))
		m = mdtl_tags_actor_at(tg, h - 2);
	else if (i > 0)
		m = mdtl_tags_actor_at(tg, i - 1);
	/* "its proposals", "his proposals": whom the pronoun stands for */
	for (h = i; m == NULL && h > 0 && i - h < 3 &&
	    tg->t[h - 1].kind == MDTL_TOK_WORD; h--)
		if (in_list(tg, &tg->t[h - 1], POSSESSIVES) &&
		    !is(&tg->t[h - 1], "our")) {
			if ((who = pronoun_maker(tg, h - 1,
			    !is(&tg->t[h - 1], "its") &&
			    !is(&tg->t[h - 1], "their"))) == NULL)
				return tg->n;
			break;
		}
	/* a demonym alone is weak, but names whose proposals they are */
	if (who == NULL && (m == NULL || (m->weak &&
	    (m->ph->kind != MDTL_PH_DEMONYM || m->tok + m->ntok != i))))
		return tg->n;
	if (who == NULL)
		who = m->actor;
	for (j = i + n; j < tg->n && j <= i + n + 7; j++) {
		/* or a relative in the passive: "a NATO proposal on
		 * cooperation that was handed to Rogozin last week" */
		if (j + 2 < tg->n && (is(&tg->t[j], "that") ||
		    is(&tg->t[j], "which")) &&
		    (in_list(tg, &tg->t[j + 1], PASSIVE_AUX) ||
		    is(&tg->t[j + 2], "been"))) {
			j += 1 + is(&tg->t[j + 2], "been");
			continue;
		}
		if (boundary(&tg->t[j]) ||
		    in_list(tg, &tg->t[j], AUXILIARIES))
			break;
		if (in_list(tg, &tg->t[j], HANDING_VERBS)) {
			*maker = who;
			return j;
		}
	}
	return tg->n;
}

/* The maker's offer, told by the word at tok, with no date yet. */
static struct mdtl_event *
offer_by(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, size_t tok, const struct mdtl_actor *maker,
    const char *why)
{
	struct mdtl_event *e = mdtl_extract_event(s, sent, MDTL_EVENT_OFFER,
	    tg->t[tok].norm);

	mdtl_extract_actor(s, e, maker, MDTL_ROLE_AGENT);
	e->why_actor = why;
	return e;
}

/* The maker's offer, told by the word at tok, of the date tg->tx[x]. */
static void
offer_on(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t tok, const struct mdtl_actor *maker,
    const char *why, size_t x)
{
	mdtl_dating_set(s, tg, offer_by(s, sent, tg, tok, maker, why), x);
	tg->tx_used[x] = TX_ACT;
}

/*
 * "an October offer by EU foreign policy chief Catherine Ashton", "Ashton's
 * October offer": an offer noun after a date gone by, its maker named
 * after "by" or in a possessive before the date: the maker's offer of
 * that date.
 */
static void
dated_offers(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_timex *x;
	size_t c, i, j, k;

	for (c = 0; c < tg->nc; c++) {
		if (tg->c[c].kind != MDTL_PH_OFFER_NOUN || tg->c[c].inquote ||
		    (i = tg->c[c].tok) < 2)
			continue;
		for (k = 0; k < tg->ntx; k++)
			if (tg->tx[k].tok + tg->tx[k].ntok == i)
				break;
		if (k == tg->ntx || tg->tx_used[k] ||
		    tg->tx[k].type != MDTL_TIMEX_DATE ||
		    !mdtl_dating_dated(&tg->tx[k]) ||
		    !mdtl_dating_gone_by(s, &tg->tx[k].date))
			continue;
		x = &tg->tx[k];
		m = NULL;
		j = i + tg->c[c].ntok;
		if (j < tg->n && is(&tg->t[j], "by"))
			for (j++; j < tg->n && j < i + 10 && m == NULL; j++)
				if ((m = mdtl_tags_actor_at(tg, j)) != NULL &&
				    m->weak)
					m = NULL;
		/* "Ashton's October offer" */
		if (m == NULL && x->tok >= 2 && is(&tg->t[x->tok - 1], "'s") &&
		    (m = mdtl_tags_actor_at(tg, x->tok - 2)) != NULL &&
		    m->weak)
			m = NULL;
		if (m == NULL)
			continue;
		offer_on(s, sent, tg, i, whole_name(tg, m)->actor,
		    "the maker of an offer named by its date", k);
	}
}

/*
 * "which he presented on the first day of the talks": the meeting told
 * last whose first day has come (one to be held is not the one meant), if
 * the words from token i name the first day of a meeting; or NULL.
 */
static const struct mdtl_event *
opening_day_of(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t k;

	if (i + 5 >= tg->n || !is(&tg->t[i], "on") ||
	    !is(&tg->t[i + 1], "the") || !(mdtl_lexicon_word(tg->lex,
	    MDTL_GRAMMAR_DAY_ORDINALS, &tg->t[i + 2]) == 1 ||
	    is(&tg->t[i + 2], "opening")) || !is(&tg->t[i + 3], "day") ||
	    !is(&tg->t[i + 4], "of"))
		return NULL;
	i += 5;
	if (in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if ((c = mdtl_tags_cue_at(tg, i)) == NULL || c->tok != i ||
	    c->kind != MDTL_PH_SUMMIT)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT &&
		    e->date.gran == MDTL_GRAN_DAY &&
		    (mdtl_dating_gone_by(s, &e->date) ||
		    mdtl_dating_news_day(s, &e->date)))
			return e;
	}
	return NULL;
}

/*
 * "the proposals it handed to U.S. Deputy Secretary of Defense Ashton
 * Carter in December", "an offer Washington made in 2009", "Tehran's
 * proposal, which he presented on Wednesday": an offer noun, then its
 * maker (a name, "it" for the last body or country named before, "he" or
 * "she" for the last person) and a verb of giving (handing_verbs) in the
 * past, with a date of its own gone by: the maker's offer of that date.
 */
static void
relative_offers(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *maker;
	const struct mdtl_event *talks;
	size_t c, i, j;
	int x;

	for (c = 0; c < tg->nc; c++) {
		if (tg->c[c].kind != MDTL_PH_OFFER_NOUN ||
		    (i = tg->c[c].tok) + 3 >= tg->n)
			continue;
		j = i + tg->c[c].ntok;
		/* "..., which he presented on Wednesday" */
		if (j + 1 < tg->n && is(&tg->t[j], ",") &&
		    is(&tg->t[j + 1], "which"))
			j++;
		if (is(&tg->t[j], "that") || is(&tg->t[j], "which"))
			j++;
		maker = NULL;
		/* "proposals Russian President Dmitry Medvedev made": past
		 * the demonym of the title */
		if ((m = mdtl_tags_actor_at(tg, j)) != NULL && m->tok == j &&
		    m->weak && m->ph->kind == MDTL_PH_DEMONYM &&
		    mdtl_tags_actor_at(tg, j + m->ntok) != NULL)
			j += m->ntok;
		if ((m = mdtl_tags_actor_at(tg, j)) != NULL && m->tok == j &&
		    !m->weak) {
			m = whole_name(tg, m);
			maker = m->actor;
			j = m->tok + m->ntok;
		} else if (is(&tg->t[j], "it") ||
		    in_list(tg, &tg->t[j], PERSON_PRONOUNS)) {
			maker = pronoun_maker(tg, i, !is(&tg->t[j], "it"));
			j++;
		}
		while (maker != NULL && j < tg->n && (in_list(tg, &tg->t[j],
		    AUXILIARIES) || in_list(tg, &tg->t[j], ACT_ADVERBS)))
			j++;
		if (maker == NULL)
			j = reduced_handing(tg, tg->c[c].tok, tg->c[c].ntok,
			    &maker);
		if (maker == NULL || j >= tg->n ||
		    !in_list(tg, &tg->t[j], HANDING_VERBS))
			continue;
		if ((x = handed_on(tg, j)) < 0 &&
		    (talks = opening_day_of(s, tg, j + 1)) != NULL) {
			struct when w;
			struct mdtl_event *e = offer_by(s, sent, tg, j, maker,
			    "the maker an offer noun's relative clause names");

			mdtl_dating_of(talks, &w);
			mdtl_dating_when(e, &w);
			e->why_date = "the first day of the meeting told last "
			    "that had begun";
			continue;
		}
		if (x < 0 || tg->tx_used[x] ||
		    !mdtl_dating_gone_by(s, &tg->tx[x].date))
			continue;
		offer_on(s, sent, tg, j, maker,
		    "the maker an offer noun's relative clause names",
		    (size_t)x);
	}
}

/*
 * The maker of an offer verb in the past at [tok, tok + ntok) ("proposed",
 * "had put forward", "first floated", "handed its partners a draft"): the
 * actor right before it, past its auxiliaries and adverbs, after token
 * floor; or NULL.
 */
static const struct mdtl_actor_tag *
past_maker(const struct mdtl_tags *tg, size_t tok, size_t ntok, size_t floor)
{
	const struct mdtl_actor_tag *m;

	if (!ends_in(tg->t[tok + ntok - 1].norm, "ed", 3) &&
	    !ends_in(tg->t[tok].norm, "ed", 3) &&
	    (tok == 0 || !is(&tg->t[tok - 1], "had")))
		return NULL;
	m = subject_before(tg, tok, floor);
	return m != NULL && !m->weak ? m : NULL;
}

/*
 * "had ordered the deployment of a radar in Kaliningrad and threatened":
 * the verb in the past before "and" that the verb at tok is joined to,
 * in its clause after token floor; or tok.
 */
static size_t
joined_verb(const struct mdtl_tags *tg, size_t tok, size_t floor)
{
	size_t i = tok, k;

	while (i > floor && in_list(tg, &tg->t[i - 1], ACT_ADVERBS))
		i--;
	if (i <= floor + 1 || !is(&tg->t[i - 1], "and"))
		return tok;
	for (k = i - 1; k-- > floor && i - k <= 16;) {
		const struct mdtl_token *t = &tg->t[k];

		if (boundary(t) || is(t, "that") || is(t, "and"))
			break;
		if (t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP) &&
		    ends_in(t->norm, "ed", 4) && subject_before(tg, k, floor))
			return k;
	}
	return tok;
}

/*
 * "He said the lease expires on December 24, 2012": words told in the past
 * tense were not told after the day of the article that tells them; a
 * later date past the verb's object is the reported clause's.  (Right
 * after the verb, "said on 18 April", it is the verb's all the same.)
 */
static int
told_later(const struct state *s, const struct mdtl_tags *tg,
    const struct pred *p, int x)
{
	const struct mdtl_token *v = &tg->t[p->tok];
	long first, last;

	if (x < 0 || s->ref.gran < MDTL_GRAN_DAY ||
	    tg->tx[x].tok < p->tok + p->ntok + 2 ||
	    (!in_list(tg, v, TENSE_PAST) && !ends_in(v->norm, "ed", 3)))
		return 0;
	mdtl_date_range(&tg->tx[x].date, &first, &last);
	return first > s->day;
}

/*
 * Is "in" among the few tokens before the noun at i, after token from ("in
 * his famous ``Iron Curtain'' speech")?
 */
static int
medium_noun(const struct mdtl_tags *tg, size_t from, size_t i)
{
	size_t j;

	for (j = i; j-- > from && i - j <= 10 && !boundary(&tg->t[j]);)
		if (is(&tg->t[j], "in"))
			return 1;
	return 0;
}

/*
 * "made the offer in a letter to Ashton dated October 6": the date of the
 * document the words were told in, after "dated" and after token from;
 * or of its handing, a participle of grammar list handing_verbs between
 * them ("has proposed ..., in a letter to President Vladimir Putin
 * delivered by National Security Adviser Tom Donilon in Moscow on
 * Monday"); its index, or -1.  The document is the words' medium, "in"
 * a few words before its noun: not what they speak of ("said the powers
 * had failed to respond to Iran's proposal presented at the meeting on
 * Wednesday", a day of the proposal's).
 */
static int
dated_document(const struct mdtl_tags *tg, size_t from)
{
	size_t k, i, h;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (x->tok < from + 2 || !mdtl_dating_free(tg, k))
			continue;
		h = x->tok - 1;
		if (!is(&tg->t[h], "dated"))
			for (h = x->tok; h-- > from + 1 && x->tok - h <= 12 &&
			    !boundary(&tg->t[h]) &&
			    !in_list(tg, &tg->t[h], HANDING_VERBS);)
				;
		if (h <= from || (!is(&tg->t[h], "dated") &&
		    !in_list(tg, &tg->t[h], HANDING_VERBS)))
			continue;
		for (i = h; i-- > from && h - i <= 12 &&
		    !boundary(&tg->t[i]);)
			if (in_list(tg, &tg->t[i], SPEECH_NOUNS) &&
			    medium_noun(tg, from, i))
				return (int)k;
	}
	return -1;
}

/*
 * Is the participle at tok joined by "but" or "and" to a passive dated
 * in its words, a day gone by ("was tabled by Moscow in June 2011 but
 * rejected by the alliance"), or a verb in the past "later" than a day
 * gone by the sentence named before it?
 */
static int
joined_past(const struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t from, k;	/* where the act it follows may be dated */

	/* "proposed a sectoral system in November 2010, an idea the
	 * alliance later rejected": after the day the sentence told */
	if (tok > 0 && is(&tg->t[tok - 1], "later") &&
	    ends_in(tg->t[tok].norm, "ed", 3))
		from = 0;
	else if ((from = mdtl_speaker_passive_aux(tg, tok)) + 1 >= tok)
		return 0;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok >= from && tg->tx[k].tok < tok &&
		    tg->tx[k].type == MDTL_TIMEX_DATE &&
		    mdtl_dating_dated(&tg->tx[k]) &&
		    mdtl_dating_gone_by(s, &tg->tx[k].date))
			return 1;
	return 0;
}

/* The event an offer's or a threat's cue of kind k tells. */
static enum mdtl_event_type
act_type(enum mdtl_phrase_kind k)
{
	return k == MDTL_PH_WARNING ? MDTL_EVENT_WARNING : MDTL_EVENT_OFFER;
}

/* An act of another's the words tell, of type, cue ph, by maker. */
static struct mdtl_event *
act_of(struct state *s, const struct mdtl_sentence *sent,
    enum mdtl_event_type type, const struct mdtl_phrase *ph,
    const struct mdtl_actor *maker, const char *why)
{
	struct mdtl_event *e = mdtl_extract_event(s, sent, type, ph->text);

	mdtl_extract_code(s, e, ph);
	mdtl_extract_actor(s, e, maker, MDTL_ROLE_AGENT);
	e->why_actor = why;
	return e;
}

/* "the NATO-Russia Council meeting": tokens a to b, a determiner and
 * the capitalised words of a name, which may be joined by hyphens */
static int
named_noun(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i = a < b && in_list(tg, &tg->t[a], DETERMINERS) ? a + 1 : a;

	for (; i < b; i++)
		if (!(tg->t[i].flags & MDTL_TOK_CAP) && !is(&tg->t[i], "-"))
			return 0;
	return b - a <= 8;
}

/*
 * "proposed a sectoral system at the NATO summit in Lisbon in November
 * 2010": the date of the meeting an offer was made at, in its clause
 * after the offer verb at tok (ntok long), or -1.  Not taken from the
 * meeting, whose date it stays.
 */
static int
made_at(const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	size_t i, k, end = tok + ntok;

	/* past a quoted object: "had put forward 'a reasonable plan' at the
	 * last meeting in October" */
	for (i = end; i < tg->n && i < end + 16 && (!boundary(&tg->t[i]) ||
	    (tg->t[i].flags & (MDTL_TOK_QUOTE | MDTL_TOK_INQUOTE))); i++) {
		if (!is(&tg->t[i], "at") && !is(&tg->t[i], "during"))
			continue;
		for (k = 0; k < tg->nc; k++) {
			const struct mdtl_cue_tag *c = &tg->c[k];

			if (c->kind != MDTL_PH_SUMMIT || c->tok <= i ||
			    !(c->tok <= i + 4 || named_noun(tg, i + 1,
			    c->tok)) || !clear_between(tg, i, c->tok))
				continue;
			return meeting_date(tg, c);
		}
		return -1;
	}
	return -1;
}

/* The free date that follows the meeting's noun c in its phrase ("the
 * summit in Lisbon in November 2010"): its index, or -1. */
static int
meeting_date(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t x;

	for (x = 0; x < tg->ntx; x++)
		if (mdtl_dating_free(tg, x) &&
		    tg->tx[x].tok >= c->tok + c->ntok &&
		    tg->tx[x].tok <= c->tok + c->ntok + 6 &&
		    clear_between(tg, c->tok, tg->tx[x].tok))
			return (int)x;
	return -1;
}

/* Did the last sentence with events, whose end is first, tell words with
 * no day of their own? */
static int
undated_words(const struct state *s, size_t first)
{
	const struct mdtl_event *v = *s->v;
	size_t k;

	for (k = first; k > s->start &&
	    v[k - 1].span.start == v[first - 1].span.start; k--)
		if (v[k - 1].type != MDTL_EVENT_SUMMIT &&
		    v[k - 1].type != MDTL_EVENT_DEADLINE &&
		    (v[k - 1].basis == MDTL_BASIS_PUBLICATION ||
		    v[k - 1].basis == MDTL_BASIS_INHERITED))
			return 1;
	return 0;
}

/*
 * "Putin announced on Tuesday ... Putin made the statement at the opening
 * of the forum": the meeting of this sentence (whose events start at
 * first) with no date of its own has the day of who's words in the
 * sentence before, and he was there.
 */
static void
occasion_of_remarks(struct state *s, size_t first,
    const struct mdtl_actor *who)
{
	struct mdtl_event *v = *s->v, *m = NULL, *e = NULL;
	size_t k;

	for (k = first; k < *s->n && m == NULL; k++)
		if (v[k].type == MDTL_EVENT_SUMMIT &&
		    v[k].date.gran == MDTL_GRAN_NONE)
			m = &v[k];
	for (k = first; m != NULL && e == NULL && k-- > s->start &&
	    v[k].span.start == v[first - 1].span.start;)
		if (v[k].type != MDTL_EVENT_SUMMIT &&
		    v[k].type != MDTL_EVENT_DEADLINE && v[k].nactors > 0 &&
		    v[k].actors[0].id == who->id &&
		    v[k].date.gran == MDTL_GRAN_DAY)
			e = &v[k];
	if (e == NULL)
		return;
	m->date = e->date;
	memcpy(m->date_value, e->date_value, sizeof m->date_value);
	m->date_text = e->date_text;
	m->basis = MDTL_BASIS_INHERITED;
	m->why_date = mdtl_arena_strcat(&s->art->arena, "no date of its own: "
	    "that of the words made there, told before, '", e->date_text ?
	    e->date_text : e->date_value, "'", (char *)NULL);
	mdtl_extract_actor(s, m, who, MDTL_ROLE_PARTICIPANT);
}

/* The last words told before event first whose cue names noun t. */
static struct mdtl_event *
document_told(struct state *s, size_t first, const struct mdtl_token *t)
{
	size_t k;

	for (k = first; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		/* its cue, or its sentence: "has told Ashton in a letter
		 * that Tehran is ready to" */
		if (e->type != MDTL_EVENT_SUMMIT &&
		    e->type != MDTL_EVENT_DEADLINE && ((e->why_cue != NULL &&
		    strstr(e->why_cue, t->norm) != NULL) ||
		    (e->sentence != NULL && strstr(e->sentence, t->norm) !=
		    NULL)))
			return e;
	}
	return NULL;
}

/*
 * "Dmitry Rogozin: None at all. NATO wants us to simply trust them, ...":
 * a sentence of a transcript's line after its first, in its paragraph,
 * with no cue of its own, is one more mention of the statement the line
 * made.
 */
static void
line_goes_on(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg)
{
	struct mdtl_event *e;

	if (s->line_event == 0 || s->line_event > *s->n ||
	    s->line_para != sent->para + 1 || tg->nc > 0)
		return;
	e = &(*s->v)[s->line_event - 1];
	if (e->nactors > 0 && e->actors[0].id == s->line_who->id)
		mdtl_extract_mention(s, e, sent);
}

/* The first words before event first of the speaker of the last line of a
 * transcript, or NULL. */
static struct mdtl_event *
first_line(struct state *s, size_t first)
{
	size_t k;

	if (s->line_who == NULL)
		return NULL;
	for (k = s->start; k < first; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_STATEMENT && e->nactors > 0 &&
		    e->actors[0].id == s->line_who->id)
			return e;
	}
	return NULL;
}

/*
 * "Russia proposed a joint sectoral system back in 2010" in a comment of
 * the Russian Foreign Ministry: an act e with a date of its own gone by
 * before document d's day, which the document recalls, an act of its own?
 */
static int
recalled(const struct mdtl_event *d, const struct mdtl_event *e)
{
	long first, last;

	if ((e->basis != MDTL_BASIS_EXPLICIT &&
	    e->basis != MDTL_BASIS_RELATIVE) || d->date.gran != MDTL_GRAN_DAY)
		return 0;
	mdtl_date_range(&e->date, &first, &last);
	return last < mdtl_date_day(&d->date);
}

/* The words of document d's side (its side on the day) among the events
 * from first on are the document's (not those it recalls): mentions of
 * it, their type its own. */
static void
document_words(struct state *s, struct mdtl_event *d, size_t first,
    const struct mdtl_sentence *sent)
{
	const struct mdtl_actor *a, *b;
	struct mdtl_event *e;
	size_t k;

	b = d->nactors > 0 ? mdtl_extract_known(s, &d->actors[0]) : NULL;
	if (b == NULL)
		return;
	b = mdtl_actor_side_on(side(b), s->day);
	for (k = first; k < *s->n;) {
		e = &(*s->v)[k];
		a = e->nactors > 0 ? mdtl_extract_known(s, &e->actors[0]) :
		    NULL;
		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || a == NULL ||
		    mdtl_actor_side_on(side(a), s->day) != b ||
		    recalled(d, e)) {
			k++;
			continue;
		}
		/* the strongest of its words: a threat, else an offer */
		if (e->type == MDTL_EVENT_WARNING ||
		    d->type == MDTL_EVENT_STATEMENT)
			d->type = e->type;
		memmove(e, e + 1, (*s->n - k - 1) * sizeof *e);
		(*s->n)--;
		mdtl_extract_mention(s, d, sent);
	}
}

/*
 * The words of d's speaker told after d, up to event first, with no day
 * of their own (the lines of an interview): d's day, now that d has one.
 */
static void
words_since(struct state *s, const struct mdtl_event *d, size_t first)
{
	struct when w;
	size_t k;

	if (d->nactors == 0)
		return;
	mdtl_dating_of(d, &w);
	w.basis = MDTL_BASIS_INHERITED;
	for (k = (size_t)(d - *s->v) + 1; k < first; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_STATEMENT && e->nactors > 0 &&
		    e->actors[0].id == d->actors[0].id &&
		    (e->basis == MDTL_BASIS_PUBLICATION ||
		    e->basis == MDTL_BASIS_INHERITED))
			mdtl_dating_when(e, &w);
	}
}

/*
 * "Iran has sent a letter ... The letter, signed by Jalili, was handed to
 * the Swiss ambassador on Wednesday": a document named again as the
 * subject of a verb of handing in the passive, with a day, dates the
 * words told with none ("In the letter, Jalili proposed ...": what it
 * says, told again, types them; the words of the sentence, from first,
 * are the document's).
 */
static void
document_again(struct state *s, struct mdtl_tags *tg, size_t first,
    const struct mdtl_sentence *sent)
{
	struct mdtl_event *d;
	size_t i, k;

	if (tg->n < 5)
		return;
	/* "In the letter, Jalili proposed": the document's words again */
	if (is(&tg->t[0], "in") && is(&tg->t[1], "the") &&
	    in_list(tg, &tg->t[2], SPEECH_NOUNS) && is(&tg->t[3], ",") &&
	    (d = document_told(s, first, &tg->t[2])) != NULL) {
		document_words(s, d, first, sent);
		return;
	}
	/* "The invitation was extended during a telephone conversation
	 * ... on Tuesday evening": the offer told last, by its noun; "The
	 * interview was conducted ... on Monday" after lines of a
	 * transcript, the first of its speaker's */
	if (!is(&tg->t[0], "the") || (in_list(tg, &tg->t[1], SPEECH_NOUNS) ?
	    (d = document_told(s, first, &tg->t[1])) == NULL &&
	    (!is(&tg->t[1], "interview") ||
	    (d = first_line(s, first)) == NULL) :
	    !in_list(tg, &tg->t[1], INVITATIONS) ||
	    (d = offer_told_last(s, first)) == NULL) ||
	    (d->basis != MDTL_BASIS_PUBLICATION &&
	    d->basis != MDTL_BASIS_INHERITED))
		return;
	/* "The letter, delivered to Ashton's office in Brussels on
	 * Wednesday, was ...": a reduced relative too */
	/* (or given: "The interview was conducted in Prague on
	 * Wednesday") */
	for (i = 2; i + 1 < tg->n; i++)
		if (((is(&tg->t[i], "was") || is(&tg->t[i], "were")) ||
		    (i == 2 && is(&tg->t[i], ","))) &&
		    (in_list(tg, &tg->t[i + 1], HANDING_VERBS) ||
		    in_list(tg, &tg->t[i + 1], GIVING_PARTICIPLES)))
			break;
	if (i + 1 >= tg->n)
		return;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > i + 1 && mdtl_dating_dated(&tg->tx[k]) &&
		    tg->tx[k].date.gran >= MDTL_GRAN_DAY &&
		    (!tg->tx_used[k] || tg->tx_used[k] == TX_MEETING)) {
			/* (handed at a meeting: "was extended during a
			 * telephone conversation ... on Tuesday evening") */
			mdtl_dating_set(s, tg, d, k);
			tg->tx_used[k] = TX_ACT;
			mdtl_extract_mention(s, d, sent);
			words_since(s, d, first);
			return;
		}
}

/*
 * The Spokesperson ... "issued the following statement today:" then the
 * statement's text: the words of the document's side in it ("She calls on
 * both sides", "The EU fully supports ... and urges") are the document,
 * one act (its type the strongest they give); the text runs to the
 * quotation mark that closes it, or, unquoted, to the article's end.
 */
static int
in_document(const struct state *s, const struct mdtl_sentence *sent)
{
	return s->doc != 0 && s->doc <= *s->n && sent->para + 1 > s->doc_para;
}

static void
document_text(struct state *s, struct mdtl_tags *tg, size_t first,
    const struct mdtl_sentence *sent)
{
	struct mdtl_event *d;
	size_t i, k;

	if (in_document(s, sent)) {
		if (s->doc_para + 1 == sent->para + 1 && s->doc_quoted < 0)
			s->doc_quoted = (tg->t[0].flags & MDTL_TOK_QUOTE) != 0;
		d = &(*s->v)[s->doc - 1];
		if (tg->n > 0 && (tg->t[0].flags & MDTL_TOK_QUOTE) &&
		    first == *s->n)
			mdtl_extract_mention(s, d, sent);
		document_words(s, d, first, sent);
		/* the quotation that closes it ends it */
		for (i = tg->n >= 2 ? tg->n - 2 : 0; s->doc_quoted > 0 &&
		    i < tg->n; i++)
			if (tg->t[i].flags & MDTL_TOK_QUOTE)
				s->doc = 0;
		return;
	}
	/* a document's words before a colon that ends their sentence */
	if (tg->n < 3 || !is(&tg->t[tg->n - 1], ":"))
		return;
	for (i = 0; i + 1 < tg->n && !in_list(tg, &tg->t[i], DOCUMENT_NOUNS);
	    i++)
		;
	for (k = first; i + 1 < tg->n && k < *s->n; k++)
		if ((*s->v)[k].type == MDTL_EVENT_STATEMENT) {
			s->doc = k + 1;
			s->doc_para = sent->para + 1;
			s->doc_quoted = -1;
			return;
		}
}

/*
 * In an article its title calls a document of its author: the author's
 * first words (his side's) open it, one act to the article's end, whose
 * mentions the side's words after them are.
 */
static void
title_document_words(struct state *s, size_t first,
    const struct mdtl_sentence *sent)
{
	const struct mdtl_actor *a, *own;
	size_t k;

	if (!s->doc_title || s->doc != 0)
		return;
	own = mdtl_actor_side_on(side(s->author), s->day);
	for (k = first; k < *s->n; k++) {
		const struct mdtl_event *e = &(*s->v)[k];

		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || e->nactors == 0 ||
		    (a = mdtl_extract_known(s, &e->actors[0])) == NULL ||
		    mdtl_actor_side_on(side(a), s->day) != own)
			continue;
		s->doc = k + 1;
		s->doc_para = sent->para;
		s->doc_quoted = 0;
		/* the document is of its own day, the story's: not of a
		 * meeting it tells of just before ("met ... President Ilham
		 * Aliyev in Baku on 24 January", then "The Co-Chairs urged
		 * the sides ...") */
		if (e->basis == MDTL_BASIS_INHERITED &&
		    s->lead.basis != MDTL_BASIS_NONE)
			mdtl_dating_when(&(*s->v)[k], &s->lead);
		document_words(s, &(*s->v)[k], k + 1, sent);
		return;
	}
}

/* Are there words (a statement, a warning or an offer) among the events of
 * the sentence before first, of the actor that ends right before token
 * tok ("Obama made the remarks")? */
static int
words_told_before(const struct state *s, const struct mdtl_tags *tg,
    size_t tok, size_t first)
{
	const struct mdtl_event *v = *s->v;
	const struct mdtl_actor_tag *m;
	size_t k;

	if (tok == 0 || (m = mdtl_tags_actor_at(tg, tok - 1)) == NULL ||
	    m->tok + m->ntok != tok)
		return 0;
	for (k = first; k-- > s->start &&
	    v[k].span.start == v[first - 1].span.start;)
		if ((v[k].type == MDTL_EVENT_STATEMENT ||
		    v[k].type == MDTL_EVENT_WARNING ||
		    v[k].type == MDTL_EVENT_OFFER) && v[k].nactors > 0 &&
		    strcmp(v[k].actors[0].id, m->actor->id) == 0)
			return 1;
	return 0;
}

/* Is token tok right after "made the remarks" ("made the remarks in a
 * speech")? */
static int
made_remarks_at(const struct mdtl_tags *tg, size_t tok)
{
	return tok >= 3 && in_list(tg, &tg->t[tok - 3], MADE_VERBS) &&
	    in_list(tg, &tg->t[tok - 2], DETERMINERS) &&
	    in_list(tg, &tg->t[tok - 1], SPEECH_NOUNS);
}

/*
 * "made the remarks", "made the announcement": the first made verb (grammar
 * list made_verbs) past the sentence's first word, outside quotations,
 * with a determiner and a noun of words after it; its token, or tg->n.
 */
static size_t
made_words(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 1; i + 2 < tg->n; i++)
		if (in_list(tg, &tg->t[i], MADE_VERBS) &&
		    in_list(tg, &tg->t[i + 1], DETERMINERS) &&
		    in_list(tg, &tg->t[i + 2], SPEECH_NOUNS) &&
		    !(tg->t[i].flags & MDTL_TOK_INQUOTE))
			return i;
	return tg->n;
}

/*
 * "He made the remarks at a meeting with Kazykhanov in Tehran on Monday":
 * the words told in the sentence before (whose events end at first), by
 * the speaker of "made the remarks", with no day of their own, are of the
 * day of the occasion this sentence names: its meeting's, else a day after
 * the noun ("made the statement in an interview published on Monday").
 * Words with a day of their own give it to an occasion with none
 * (occasion_of_remarks()).
 */
static void
remarks_made(struct state *s, struct mdtl_tags *tg, size_t first)
{
	struct mdtl_event *v = *s->v, *m = NULL, *e;
	const struct mdtl_actor_tag *a;
	const struct mdtl_actor *who = NULL;
	size_t i, k;
	int x = -1, aired;

	if (first == s->start)
		return;
	/* a sentence of words of its own tells no occasion of others' */
	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SPEECH &&
		    !made_remarks_at(tg, tg->c[k].tok))
			return;
	if ((i = made_words(tg)) + 2 >= tg->n)
		return;
	if (in_list(tg, &tg->t[i - 1], PERSON_PRONOUNS))
		who = s->last_speaker;
	else if ((a = mdtl_tags_actor_at(tg, i - 1)) != NULL &&
	    a->tok + a->ntok == i)
		who = a->actor;
	/* (words dated by their airing only take the occasion's day: "said
	 * in remarks posted on the Kremlin website on Tuesday", then "Putin
	 * made the comments during a meeting ... on Monday evening") */
	aired = s->aired_at == v[first - 1].span.start + 1;
	if (who != NULL && !undated_words(s, first) && !aired) {
		occasion_of_remarks(s, first, who);
		return;
	}
	for (k = first; k < *s->n && m == NULL; k++)
		if (v[k].type == MDTL_EVENT_SUMMIT &&
		    v[k].date.gran == MDTL_GRAN_DAY)
			m = &v[k];
	for (k = 0; m == NULL && x < 0 && k < tg->ntx; k++)
		if (tg->tx[k].tok > i + 2 && mdtl_dating_dated(&tg->tx[k]) &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY)
			x = (int)k;
	if (who == NULL || (m == NULL && x < 0))
		return;
	for (k = first; k-- > s->start &&
	    v[k].span.start == v[first - 1].span.start;) {
		e = &v[k];
		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || e->nactors == 0 ||
		    e->actors[0].id != who->id ||
		    (e->basis != MDTL_BASIS_PUBLICATION &&
		    e->basis != MDTL_BASIS_INHERITED && !aired))
			continue;
		if (x >= 0) {
			mdtl_dating_set(s, tg, e, (size_t)x);
		} else {
			e->date = m->date;
			memcpy(e->date_value, m->date_value,
			    sizeof e->date_value);
			e->date_text = m->date_text;
			e->basis = MDTL_BASIS_INHERITED;
			e->why_date = mdtl_arena_strcat(&s->art->arena,
			    aired ? "its airing's day, then the occasion told "
			    "after it, '" : "no date in its sentence: the "
			    "occasion told after it, '", m->date_text ?
			    m->date_text : m->date_value, "'", (char *)NULL);
		}
		/* and of his next words with none */
		mdtl_dating_occasion(s, e, 1);
	}
	/* he was at the meeting */
	if (m != NULL)
		mdtl_extract_actor(s, m, who, MDTL_ROLE_PARTICIPANT);
}

/*
 * "after President Dmitry Medvedev threatened to station short-range
 * missiles", with no day, then "Medvedev made the announcement in his
 * annual address to parliament on Wednesday": the last act of the one
 * who "made the" words (a made verb, a determiner, a noun of words) told
 * with no date at all, before this sentence (whose events start at
 * first), takes the day after the noun; this sentence mentions it again.
 */
static void
undated_made(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t first)
{
	const struct mdtl_actor_tag *a;
	struct mdtl_event *e;
	size_t i, k;

	if ((i = made_words(tg)) + 2 >= tg->n || !is(&tg->t[i + 1], "the") ||
	    (a = mdtl_tags_actor_at(tg, i - 1)) == NULL ||
	    a->tok + a->ntok != i || a->weak)
		return;
	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok > i + 2 && mdtl_dating_free(tg, k) &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_gone_by(s, &tg->tx[k].date))
			break;
	if (k == tg->ntx)
		return;
	for (i = first; i-- > s->start;) {
		e = &(*s->v)[i];
		if (e->type == MDTL_EVENT_SUMMIT ||
		    e->type == MDTL_EVENT_DEADLINE || e->nactors == 0 ||
		    e->actors[0].id != a->actor->id)
			continue;
		if (e->date.gran != MDTL_GRAN_NONE)
			return;
		mdtl_dating_set(s, tg, e, k);
		tg->tx_used[k] = TX_ACT;
		mdtl_extract_mention(s, e, sent);
		return;
	}
}

/*
 * "The sides agreed that experts would meet in Geneva before the end of
 * the month": a deadline that names no one, of the meeting the sentence
 * tells, is its participants', not the sentence before's.  The sentence's
 * events start at first.
 */
static void
meeting_limits(struct state *s, size_t first)
{
	struct mdtl_event *v = *s->v, *m = NULL;
	size_t i, k;

	for (i = first; i < *s->n && m == NULL; i++)
		if (v[i].type == MDTL_EVENT_SUMMIT && v[i].nactors > 0)
			m = &v[i];
	for (i = first; m != NULL && i < *s->n; i++) {
		if (v[i].type != MDTL_EVENT_DEADLINE ||
		    (v[i].why_actor != mdtl_deadline_unnamed &&
		    v[i].why_actor != mdtl_deadline_placed))
			continue;
		v[i].nactors = 0;
		for (k = 0; k < m->nactors; k++)
			mdtl_extract_actor_of(s, &v[i], &m->actors[k]);
		v[i].why_actor = "none named: the meeting's it limits";
	}
}

/* An actor (no agency) in the n tokens from a, before punctuation? */
static int
actor_within(const struct mdtl_tags *tg, size_t a, size_t n)
{
	const struct mdtl_actor_tag *m;
	size_t i;

	for (i = a; i < tg->n && i < a + n &&
	    tg->t[i].kind != MDTL_TOK_PUNCT; i++)
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak &&
		    m->actor->kind != MDTL_ACTOR_AGENCY)
			return 1;
	return 0;
}

/* "a Kremlin transcript", "a White House statement": a document, whoever
 * it is of, in the few words from token i? */
static int
document_at(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = i; k < tg->n && k < i + 5 && tg->t[k].kind == MDTL_TOK_WORD;
	    k++)
		if (in_list(tg, &tg->t[k], SPEECH_NOUNS))
			return 1;
	return 0;
}

/*
 * An actor's thing from token i: "the Pentagon's timetable", no noun of
 * words (grammar lists speech_nouns, voice_nouns, source_nouns) in the
 * few words after the possessive.
 */
static int
owned_thing(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	if (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->tok != i ||
	    (i = m->tok + m->ntok) + 1 >= tg->n || !is(&tg->t[i], "'s") ||
	    tg->t[++i].kind != MDTL_TOK_WORD)
		return 0;
	for (k = i; k < tg->n && k < i + 3 && tg->t[k].kind == MDTL_TOK_WORD;
	    k++)
		if (in_list(tg, &tg->t[k], SPEECH_NOUNS) ||
		    in_list(tg, &tg->t[k], VOICE_NOUNS) ||
		    in_list(tg, &tg->t[k], SOURCE_NOUNS) ||
		    mdtl_tags_actor_at(tg, k) != NULL)
			return 0;
	return 1;
}

/* A day named before token tok, in the sentence? */
static int
day_before(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	for (k = 0; k < tg->ntx; k++)
		if (tg->tx[k].tok + tg->tx[k].ntok <= tok &&
		    tg->tx[k].date.gran == MDTL_GRAN_DAY &&
		    mdtl_dating_dated(&tg->tx[k]))
			return 1;
	return 0;
}

/* The type of the words a verb of saying c reports: a threat or an offer
 * among them after it (not quoted, before another verb of saying), else a
 * statement. */
static enum mdtl_event_type
said_type(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	size_t k;

	for (k = 0; k < tg->nc; k++) {
		if (tg->c[k].tok <= c->tok || tg->c[k].inquote)
			continue;
		if (tg->c[k].kind == MDTL_PH_SPEECH)
			break;
		if (tg->c[k].kind == MDTL_PH_WARNING ||
		    tg->c[k].kind == MDTL_PH_OFFER)
			return tg->c[k].kind == MDTL_PH_WARNING ?
			    MDTL_EVENT_WARNING : MDTL_EVENT_OFFER;
	}
	return MDTL_EVENT_STATEMENT;
}

/*
 * Does a lapse and "after" or "before" ("a day after") open the clause of
 * the cue at tok, past the verb of saying at from?
 */
static int
after_lapse(const struct mdtl_tags *tg, size_t from, size_t tok)
{
	size_t k, end;

	for (k = 0; k < tg->ntx; k++) {
		end = tg->tx[k].tok + tg->tx[k].ntok;
		if (tg->tx[k].type == MDTL_TIMEX_DURATION &&
		    tg->tx[k].tok > from && end < tok && tok - end <= 8 &&
		    (is(&tg->t[end], "after") || is(&tg->t[end], "before")) &&
		    clear_between(tg, end, tok))
			return 1;
	}
	return 0;
}

/*
 * "China on Tuesday called on ..., after NATO declared an interim
 * capability": does "after" (no lapse before it) open the clause of the
 * cue at tok, its subject right before the cue, past the verb at from?
 */
static int
after_clause(const struct mdtl_tags *tg, size_t from, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	for (k = tok; k-- > from + 1 && !boundary(&tg->t[k]);)
		if (is(&tg->t[k], "after"))
			return is(&tg->t[k - 1], ",") &&
			    (m = subject_before(tg, tok, k)) != NULL &&
			    m->tok == k + 1;
	return 0;
}

/*
 * "after NATO declared ... at its Chicago summit" ... "NATO leaders
 * announced on Sunday in Chicago": words e of pred p told in a city ("in"
 * right after the verb or its day) with the day x date a meeting told
 * before there with no date, of the same speaker.
 */
static void
meeting_there(struct state *s, const struct mdtl_tags *tg,
    const struct pred *p, const struct mdtl_event *e, size_t x)
{
	size_t i, k, j, end = tg->tx[x].tok + tg->tx[x].ntok;

	i = p->tok + p->ntok;
	if (tg->tx[x].tok == i || (tg->tx[x].tok == i + 1 &&
	    is(&tg->t[i], "on")))
		i = end;
	if (i + 1 >= tg->n || !is(&tg->t[i], "in") || e->nactors == 0)
		return;
	for (k = 0; k < tg->np; k++)
		if (tg->p[k].tok == i + 1)
			break;
	if (k == tg->np || tg->p[k].place->kind == NULL ||
	    strcmp(tg->p[k].place->kind, "city") != 0)
		return;
	for (j = *s->n; j-- > s->start;) {
		struct mdtl_event *m = &(*s->v)[j];
		size_t a;

		if (m->type != MDTL_EVENT_SUMMIT ||
		    m->date.gran != MDTL_GRAN_NONE || m->location == NULL ||
		    strcmp(m->location, tg->p[k].place->name) != 0)
			continue;
		for (a = 0; a < m->nactors; a++)
			if (m->actors[a].id == e->actors[0].id) {
				mdtl_dating_set(s, tg, m, x);
				m->why_date = "no date of its own: the day its "
				    "people's words are told there";
				return;
			}
	}
}

/* Is the subject right before the verb of pred p, or its agent in the
 * passive ("was rejected by Washington on Tuesday"), of who's side? */
static int
side_act(const struct mdtl_tags *tg, const struct pred *p,
    const struct mdtl_actor *who)
{
	const struct mdtl_actor_tag *m = subject_before(tg, p->tok, 0);
	const struct mdtl_actor *a = m != NULL && !m->weak ? m->actor :
	    mdtl_speaker_agent(tg, p->tok, p->ntok);

	return a != NULL && side(a) == side(who);
}

/* Why an act told in a clause, a lapse from another, is its maker's. */
static const char lapse_maker[] =
    "the subject of an act a lapse after or before the one told";

/*
 * "told reporters on Tuesday, a day after NATO leaders declared an interim
 * capability": an act of another subject after a lapse and "after" (or
 * "before") the act told (of speaker; with none, after a day named or
 * "came": "The test came a day after Makarov said"), is his act of the
 * day the lapse leads to.
 */
static int
lapse_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_cue_tag *c,
    const struct mdtl_actor *speaker)
{
	const struct mdtl_actor_tag *m;
	struct mdtl_event *e;
	struct pred p;
	struct when w;
	size_t k, end = 0;

	if (!act_cue(c))
		return 0;
	for (k = 0; k < tg->ntx; k++) {
		end = tg->tx[k].tok + tg->tx[k].ntok;
		if (tg->tx[k].type == MDTL_TIMEX_DURATION && end < c->tok &&
		    mdtl_dating_plain_words(tg, end, c->tok) <= 6 &&
		    (is(&tg->t[end], "after") || is(&tg->t[end], "before")))
			break;
	}
	if (k == tg->ntx || !clear_between(tg, end, c->tok) ||
	    (speaker == NULL && !day_before(tg, tg->tx[k].tok) &&
	    !(tg->tx[k].tok > 0 && (came(&tg->t[tg->tx[k].tok - 1]) ||
	    spoke(&tg->t[tg->tx[k].tok - 1])))) ||
	    (m = subject_before(tg, c->tok, end)) == NULL || m->weak ||
	    m->actor == speaker ||
	    /* (not in the words of the act told there: "a day after
	     * Medvedev said Moscow could station Iskander missiles") */
	    cue_kind_in(tg, MDTL_PH_SPEECH, end, m->tok) ||
	    /* "The call came a day after ...": from the day of what came */
	    (mdtl_dating_came_after(s, tg, c->tok, &w) != 0 &&
	    mdtl_dating_lapse(s, tg, c->tok, &s->lead, NULL, &w) != 0))
		return 0;
	/* (its object a threat: "announced a package of countermeasures") */
	memset(&p, 0, sizeof p);
	p.tok = c->tok;
	p.ntok = c->ntok;
	e = act_of(s, sent, c->kind == MDTL_PH_OFFER ? MDTL_EVENT_OFFER :
	    c->kind == MDTL_PH_WARNING || threat_object(tg, &p) ?
	    MDTL_EVENT_WARNING : said_type(tg, c), c->ph, m->actor,
	    lapse_maker);
	mdtl_dating_when(e, &w);
	/* and the occasion of its maker's words with no date: "Medvedev
	 * said in a televised address that ..." */
	mdtl_dating_occasion(s, e, 1);
	return 1;
}

/*
 * A date not yet taken at token at, or after "on", "in" or "of" there
 * ("statement of 23 November", "announced by Medvedev on Wednesday"): its
 * index, or tg->ntx.
 */
static size_t
date_right_after(const struct mdtl_tags *tg, size_t at)
{
	size_t k;

	for (k = 0; k < tg->ntx; k++)
		if (mdtl_dating_free(tg, k) && (tg->tx[k].tok == at ||
		    (tg->tx[k].tok == at + 1 && (is(&tg->t[at], "on") ||
		    is(&tg->t[at], "in") || is(&tg->t[at], "of")))))
			break;
	return k;
}

/*
 * The same past the topic of the words, up to three small words after
 * "on" or "about": "Medvedev's statement on missile defence last
 * Wednesday".
 */
static size_t
date_past_topic(const struct mdtl_tags *tg, size_t at)
{
	size_t j, k;

	if ((k = date_right_after(tg, at)) < tg->ntx || at >= tg->n ||
	    !(is(&tg->t[at], "on") || is(&tg->t[at], "about")))
		return k;
	for (j = at + 2; j < tg->n && j <= at + 4; j++) {
		if (tg->t[j - 1].kind != MDTL_TOK_WORD ||
		    (tg->t[j - 1].flags & MDTL_TOK_CAP))
			break;
		if ((k = date_right_after(tg, j)) < tg->ntx)
			return k;
	}
	return tg->ntx;
}

/*
 * Do the words named by the noun at token noun tell a threat: a threat's
 * noun, or, the noun phrase set off by a comma before the participle
 * ("Russia's plan to deploy short-range missiles near the Polish border,
 * announced by ..."), a word of deploying (grammar list deploying_words)
 * in it, of no defensive system (grammar list defensive_systems: "the
 * plan to deploy interceptors in Poland, announced by Bush" is a plan)?
 */
static int
threat_named(const struct mdtl_tags *tg, size_t noun)
{
	size_t i;
	int threat = 0;

	if (in_list(tg, &tg->t[noun], THREAT_NOUNS))
		return 1;
	if (!is(&tg->t[noun], ","))
		return 0;
	for (i = noun; i-- > 0 && noun - i <= 12 && !boundary(&tg->t[i]);) {
		if (in_list(tg, &tg->t[i], DEFENSIVE_SYSTEMS))
			return 0;
		if (in_list(tg, &tg->t[i], DEPLOYING) ||
		    in_list(tg, &tg->t[i], THREAT_NOUNS))
			threat = 1;
	}
	return threat;
}

/*
 * Words the words report (verb of saying p), named by the noun at token
 * noun, an act of who of the date timex k (a threat named makes them a
 * warning: threat_named()): 1.
 */
static int
words_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_cue_tag *p, size_t noun,
    const struct mdtl_actor *who, size_t k, const char *why)
{
	struct mdtl_event *e = act_of(s, sent, threat_named(tg, noun) ?
	    MDTL_EVENT_WARNING : MDTL_EVENT_STATEMENT, p->ph, who, why);

	mdtl_dating_set(s, tg, e, k);
	tg->tx_used[k] = TX_ACT;
	return 1;
}

/*
 * "said that the changes to the U.S. plan announced in Washington last
 * Friday would not affect the base": a participle of saying right after
 * its noun, no agent after it, the verb of the clause further on: what
 * the words report names that act, it tells none of its own.
 */
static int
reduced_speech(const struct mdtl_tags *tg, const struct mdtl_cue_tag *c)
{
	const struct mdtl_token *t;
	size_t i;

	if (c->kind != MDTL_PH_SPEECH || c->ntok != 1 || c->tok == 0 ||
	    !ends_in(tg->t[c->tok].norm, "ed", 4) || c->tok + 1 >= tg->n ||
	    is(&tg->t[c->tok + 1], "by") || is(&tg->t[c->tok + 1], "that"))
		return 0;
	t = &tg->t[c->tok - 1];
	if (t->kind != MDTL_TOK_WORD || (t->flags & MDTL_TOK_CAP) ||
	    mdtl_tags_actor_at(tg, c->tok - 1) != NULL ||
	    in_list(tg, t, AUXILIARIES) || in_list(tg, t, THING_PRONOUNS) ||
	    in_list(tg, t, PERSON_PRONOUNS) || in_list(tg, t, ACT_ADVERBS) ||
	    in_list(tg, t, PREPOSITIONS) || is(t, "and") || is(t, "or"))
		return 0;
	for (i = c->tok + 1; i < tg->n && !boundary(&tg->t[i]); i++) {
		if (is(&tg->t[i], "that") || mdtl_tags_cue_at(tg, i) != NULL)
			return 0;
		if (in_list(tg, &tg->t[i], AUXILIARIES))
			return 1;
	}
	return 0;
}

/*
 * "said NATO had no right to be surprised by the countermeasures announced
 * by President Dmitry Medvedev on Wednesday": words the words report, said
 * by another person named after "by" (and his title), with a day of their
 * own right after him, are his act of that day (a threat's noun before
 * them a warning).
 */
static int
said_by(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_cue_tag *p,
    const struct mdtl_actor *speaker)
{
	const struct mdtl_actor_tag *m;
	size_t at = p->tok + p->ntok, k;

	if (p->kind != MDTL_PH_SPEECH || p->tok == 0 || at + 1 >= tg->n ||
	    !is(&tg->t[at], "by"))
		return 0;
	/* the person, after his title ("by President Dmitry Medvedev") */
	for (k = at + 1, m = NULL; k < tg->n && k <= at + 4 && m == NULL &&
	    (tg->t[k].flags & MDTL_TOK_CAP); k++)
		m = mdtl_tags_actor_at(tg, k);
	if (m == NULL || m->actor->kind != MDTL_ACTOR_PERSON ||
	    m->actor == speaker)
		return 0;
	k = date_right_after(tg, m->tok + m->ntok);
	if (k == tg->ntx || tg->tx[k].dir == MDTL_TIMEX_FUTURE)
		return 0;
	return words_act(s, sent, tg, p, p->tok - 1, m->actor, k,
	    "the person after \"by\": words the words report");
}

/*
 * "said the countermeasures he announced in November would be
 * implemented": words the words report, of the speaker himself ("he",
 * "she" right before the verb of saying after a noun), with a day gone by
 * right after them, are his act of that day (a threat's noun before them
 * a warning).
 */
static int
own_words(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_cue_tag *p,
    const struct mdtl_actor *speaker)
{
	size_t k;

	if (p->kind != MDTL_PH_SPEECH || p->tok < 2 || p->inquote ||
	    speaker->kind != MDTL_ACTOR_PERSON ||
	    !in_list(tg, &tg->t[p->tok - 1], PERSON_PRONOUNS) ||
	    tg->t[p->tok - 2].kind != MDTL_TOK_WORD ||
	    (tg->t[p->tok - 2].flags & MDTL_TOK_CAP))
		return 0;
	k = date_right_after(tg, p->tok + p->ntok);
	if (k == tg->ntx || !mdtl_dating_gone_by(s, &tg->tx[k].date))
		return 0;
	return words_act(s, sent, tg, p, p->tok - 2, speaker, k,
	    "the speaker's own words the words report");
}

/* An offer told before e, of its maker and its day, or NULL. */
static struct mdtl_event *
offer_told(struct state *s, const struct mdtl_event *e)
{
	size_t k;

	for (k = s->start; k < *s->n; k++) {
		struct mdtl_event *o = &(*s->v)[k];

		if (o != e && o->type == MDTL_EVENT_OFFER && o->nactors > 0 &&
		    o->actors[0].id == e->actors[0].id &&
		    strcmp(o->date_value, e->date_value) == 0)
			return o;
	}
	return NULL;
}

/*
 * The offer or threat of pred p by maker, of the date timex x, an event of
 * its own when that date is gone by: 1, or 0.
 */
static int
act_gone_by(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p, const struct mdtl_actor *maker,
    int x, const char *why)
{
	struct mdtl_event *e;

	/* gone by, or earlier in the unit of the day ("earlier this
	 * month") */
	if (!mdtl_dating_gone_by(s, &tg->tx[x].date) &&
	    !(tg->tx[x].dir == MDTL_TIMEX_PAST && tg->tx[x].shift == 0 &&
	    (tg->tx[x].flags & MDTL_TIMEX_RELATIVE) &&
	    tg->tx[x].unit > 0))
		return 0;
	e = act_of(s, sent, act_type(p->kind), p->ph, maker, why);
	mdtl_dating_set(s, tg, e, (size_t)x);
	tg->tx_used[x] = TX_ACT;
	return 1;
}

/*
 * "NATO Secretary-General Anders Fogh Rasmussen, who invited Medvedev to
 * Lisbon during a visit to Moscow in April, welcomed the decision": an
 * offer or a threat in a relative clause on its maker, with a date of its
 * own gone by in the clause, is an event of its own, of that date, and
 * types not the words of the sentence.
 */
static int
relative_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p)
{
	size_t i = p->tok, end;
	int x;

	if ((p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING) ||
	    p->speaker == NULL || p->speaker->kind != MDTL_ACTOR_PERSON)
		return 0;
	while (i > 0 && in_list(tg, &tg->t[i - 1], ACT_ADVERBS))
		i--;
	if (i < 3 || !is(&tg->t[i - 1], "who") || !is(&tg->t[i - 2], ","))
		return 0;
	for (end = p->tok + p->ntok; end < tg->n && !is(&tg->t[end], ",");
	    end++)
		;
	if ((x = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0)) < 0 ||
	    tg->tx[x].tok >= end)
		return 0;
	return act_gone_by(s, sent, tg, p, p->speaker, x,
	    "the person a relative clause tells of");
}

/*
 * Is token tok in an aside of "who" between commas ("The Russian leader,
 * who had threatened only days earlier to aim missiles at Europe, said"),
 * "who" within the four words before it and a comma after it before the
 * sentence's next verb of saying?
 */
static int
in_who_aside(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 4 && !boundary(&tg->t[i]);)
		if (is(&tg->t[i], "who"))
			break;
	if (i >= tok || i == 0 || !is(&tg->t[i], "who") ||
	    !is(&tg->t[i - 1], ","))
		return 0;
	for (i = tok + 1; i < tg->n; i++) {
		if (is(&tg->t[i], ","))
			return (c = mdtl_tags_cue_at(tg, i + 1)) != NULL &&
			    c->kind == MDTL_PH_SPEECH;
		if (boundary(&tg->t[i]))
			return 0;
	}
	return 0;
}

/*
 * "The battery - which Washington promised Warsaw in 2008 when Poland
 * agreed ... - is due to arrive in April, Klich told reporters": an offer
 * or a threat in a relative clause on a thing, its own subject right
 * before it (past its title) and a date of its own gone by, is an event
 * of its own, of that date, and types not the words of the sentence.
 */
static int
object_relative_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p)
{
	const struct mdtl_actor_tag *m;
	size_t i;
	int x;

	if ((p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING) ||
	    p->tok < 2 || (m = mdtl_tags_actor_at(tg, p->tok - 1)) == NULL ||
	    m->weak || m->tok + m->ntok != p->tok || m->tok == 0)
		return 0;
	/* past the person's title: "which Russian Deputy Foreign Minister
	 * Sergei Ryabkov put forward" */
	for (i = m->tok; i > 1 && m->tok - i < 6 &&
	    tg->t[i - 1].kind == MDTL_TOK_WORD &&
	    (tg->t[i - 1].flags & MDTL_TOK_CAP); i--)
		;
	if (!(is(&tg->t[i - 1], "which") || is(&tg->t[i - 1], "that")) ||
	    (x = mdtl_dating_own(s, tg, p->tok, p->ntok, 6, 0)) < 0)
		return 0;
	return act_gone_by(s, sent, tg, p, m->actor, x,
	    "the subject of an act a relative clause tells");
}

/* "made the proposal": a cue whose noun is definite, one told before */
static int
definite_object(const struct mdtl_tags *tg, const struct pred *p)
{
	size_t i;

	for (i = p->tok + 1; i < p->tok + p->ntok; i++)
		if (in_list(tg, &tg->t[i], DEFINITE))
			return 1;
	return 0;
}

/* Does an offer's noun end at token i ("proposals", "the offer")? */
static int
offer_noun_at(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_OFFER_NOUN &&
		    tg->c[k].tok + tg->c[k].ntok == i + 1)
			return 1;
	return 0;
}

/*
 * "Rasmussen has proposed creating two joint centres, ..., an idea first
 * floated at the Lisbon summit in November": an offer in the past set
 * beside the clause of another as its noun (", an idea first floated"),
 * with a date of its own gone by, is an event of its own, of that date, by
 * the maker of the offer the clause tells (named right before its verb).
 */
static int
apposed_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p)
{
	const struct mdtl_cue_tag *offer = NULL;
	const struct mdtl_actor_tag *m;
	size_t i = p->tok, k;
	int x;

	if (p->kind != MDTL_PH_OFFER || !ends_in(tg->t[p->tok].norm, "ed", 3))
		return 0;
	while (i > 0 && in_list(tg, &tg->t[i - 1], ACT_ADVERBS))
		i--;
	if (i < 4 || !offer_noun_at(tg, i - 1) ||
	    !in_list(tg, &tg->t[i - 2], DETERMINERS) ||
	    !is(&tg->t[i - 3], ","))
		return 0;
	for (k = 0; k < tg->nc && tg->c[k].tok < i - 3; k++)
		if (tg->c[k].kind == MDTL_PH_OFFER)
			offer = &tg->c[k];
	if (offer == NULL ||
	    (m = subject_before(tg, offer->tok, 0)) == NULL || m->weak ||
	    (x = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0)) < 0)
		return 0;
	return act_gone_by(s, sent, tg, p, m->actor, x,
	    "the maker of the offer the clause its noun is set beside tells");
}

/* Is the verb at tok in the past perfect ("had offered", "had earlier
 * proposed")? */
static int
past_perfect_at(const struct mdtl_tags *tg, size_t tok)
{
	while (tok > 0 && in_list(tg, &tg->t[tok - 1], ACT_ADVERBS))
		tok--;
	return tok > 0 && is(&tg->t[tok - 1], "had");
}

/* The last person named in tokens [a, b), or NULL. */
static const struct mdtl_actor *
person_between(const struct mdtl_tags *tg, size_t a, size_t b)
{
	const struct mdtl_actor_tag *m;

	while (b-- > a)
		if ((m = mdtl_tags_actor_at(tg, b)) != NULL && !m->weak &&
		    m->actor->kind == MDTL_ACTOR_PERSON && m->tok >= a)
			return m->actor;
	return NULL;
}

/*
 * "Medvedev said Russia would continue to seek a new European security
 * treaty, which he first proposed in June 2008": an offer or a threat of
 * the speaker's own in a relative clause ("which he", "that she"; the
 * person the words name before the pronoun, if any: "says President Putin
 * will again offer joint use of the radar, an idea he first put forward"),
 * or in
 * the past perfect right after the verb of saying ("Rogozin said he had
 * handed NATO officials a draft ... earlier this month"), with a date of
 * its own gone by, is an event of its own, of that date.
 */
static int
own_earlier_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p, const struct pred *speech)
{
	const struct mdtl_actor *m;
	size_t i = p->tok, said = speech->tok + speech->ntok;
	int x, perfect = 0;

	if ((p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING) ||
	    speech->speaker == NULL || p->tok <= speech->tok)
		return 0;
	while (i > 0 && (in_list(tg, &tg->t[i - 1], AUXILIARIES) ||
	    in_list(tg, &tg->t[i - 1], ACT_ADVERBS)))
		perfect |= is(&tg->t[--i], "had");
	/* or of its side, right after the offer's noun: "answers to
	 * proposals it put forward at talks in Geneva last month" */
	if (i < 2 || !(in_list(tg, &tg->t[i - 1], PERSON_PRONOUNS) ||
	    (is(&tg->t[i - 1], "it") && offer_noun_at(tg, i - 2))) ||
	    !(is(&tg->t[i - 2], "which") || is(&tg->t[i - 2], "that") ||
	    offer_noun_at(tg, i - 2) || (perfect && i - 1 == said)) ||
	    ((x = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0)) < 0 &&
	    (x = made_at(tg, p->tok, p->ntok)) < 0))
		return 0;
	if (is(&tg->t[i - 1], "it"))
		return act_gone_by(s, sent, tg, p, side(speech->speaker), x,
		    "the speaker's side, of an act of its own the words "
		    "recall");
	if ((m = person_between(tg, said, i - 1)) != NULL)
		return act_gone_by(s, sent, tg, p, m, x, "the person the "
		    "words name before the pronoun, of an act of his own they "
		    "recall");
	return act_gone_by(s, sent, tg, p, speech->speaker, x,
	    "the speaker, of an act of his own the words recall");
}

/* The token after date x opening a clause, and the comma after it. */
static size_t
past_date(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t e = x->tok + x->ntok;

	return e < tg->n && is(&tg->t[e], ",") ? e + 1 : e;
}

/*
 * "recalled that in December 2010, President Dmitry Medvedev had warned":
 * a date that opens the clause of "that" after token floor (its
 * preposition before it, a comma after it), the subject at subj right
 * after it past its title; its index, or -1.
 */
static int
that_opening_date(const struct mdtl_tags *tg, size_t floor, size_t subj)
{
	const struct mdtl_timex *x;
	size_t i = floor, e, k;

	if (i >= subj || !is(&tg->t[i], "that"))
		return -1;
	i++;
	if (i < subj && in_list(tg, &tg->t[i], PREPOSITIONS))
		i++;
	for (k = 0; k < tg->ntx; k++) {
		x = &tg->tx[k];
		if (x->tok != i || !mdtl_dating_free(tg, k) ||
		    x->type != MDTL_TIMEX_DATE)
			continue;
		e = past_date(tg, x);
		/* (past the subject's title: "President") */
		while (e < subj && (tg->t[e].flags & MDTL_TOK_CAP) &&
		    mdtl_tags_actor_at(tg, e) == NULL)
			e++;
		return e == subj ? (int)k : -1;
	}
	return -1;
}

/*
 * "Lavrov recalled that Putin had proposed a joint system as early as
 * 2007", "... that Medvedev had warned in November", "... that in December
 * 2010, Medvedev had warned": an offer or a threat the words report, made
 * earlier by another, its subject right before it and a date of its own,
 * is an event of its own; the words that report it are a statement.
 */
static int
reported_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p, const struct pred *speech)
{
	const struct mdtl_actor_tag *m;
	struct mdtl_event *e;
	size_t floor = speech->tok + speech->ntok, v = p->tok;
	int x, at = 0;

	if ((p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING) ||
	    p->tok <= speech->tok)
		return 0;
	/* "Medvedev had ordered a radar ... and threatened to": the
	 * subject and the date of the verb the act's is joined to */
	if ((m = past_maker(tg, p->tok, p->ntok, floor)) == NULL &&
	    (v = joined_verb(tg, p->tok, floor)) != p->tok)
		m = past_maker(tg, v, 1, floor);
	if (m == NULL || m->actor == speech->speaker)
		return 0;
	x = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0);
	if (x < 0 && (x = interposed_date(tg, v)) >= 0 &&
	    !mdtl_dating_free(tg, (size_t)x))
		x = -1;
	if (x < 0)
		x = that_opening_date(tg, floor, m->tok);
	if (x < 0)
		at = (x = made_at(tg, p->tok, p->ntok)) >= 0;
	if (x < 0 || tg->tx[x].dir == MDTL_TIMEX_FUTURE)
		return 0;
	e = act_of(s, sent, act_type(p->kind), p->ph, m->actor,
	    "the subject of an act the words report");
	mdtl_dating_set(s, tg, e, (size_t)x);
	if (!at)
		tg->tx_used[x] = TX_ACT;
	return 1;
}

/*
 * "Nalbandian has accused Azerbaijan of torpedoing last week's summit ...
 * by proposing a dozen new changes": an offer or a threat told by a gerund
 * after "by", "of" or "for", after a verb of saying and the other actor it
 * has for its object, is that one's, told as blame: no type of the words.
 */
static int
blamed_act(const struct mdtl_tags *tg, const struct pred *preds, size_t np,
    size_t j)
{
	const struct pred *p = &preds[j];
	const struct mdtl_actor_tag *m;
	size_t k, i;

	if ((p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING) ||
	    p->tok == 0 || !ends_in(tg->t[p->tok].norm, "ing", 4) ||
	    !(is(&tg->t[p->tok - 1], "by") || is(&tg->t[p->tok - 1], "of") ||
	    is(&tg->t[p->tok - 1], "for")))
		return 0;
	for (k = 0; k < np; k++) {
		if (k == j || preds[k].kind != MDTL_PH_SPEECH ||
		    preds[k].speaker == NULL || preds[k].tok >= p->tok)
			continue;
		i = preds[k].tok + preds[k].ntok;
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL && m->tok == i &&
		    !m->weak && m->actor != preds[k].speaker)
			return 1;
	}
	return 0;
}

/* Does "that" stand in tokens [a, b)? */
static int
has_that(const struct mdtl_tags *tg, size_t a, size_t b)
{
	for (; a < b; a++)
		if (is(&tg->t[a], "that"))
			return 1;
	return 0;
}

/*
 * "European governments on Thursday urged Moscow to tone down its rhetoric
 * after President Dmitry Medvedev threatened to station short-range
 * missiles in Kaliningrad": an offer or a threat in the past in a clause
 * of "after", its subject right before it, is an act of its own told as
 * what came before, of its own date if it has one (else of none, for the
 * text to tell: "Medvedev made the announcement ... on Wednesday").
 */
static int
after_clause_act(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct pred *p)
{
	const struct mdtl_actor_tag *m;
	struct mdtl_event *e;
	size_t i;
	int x;

	if (p->kind != MDTL_PH_OFFER && p->kind != MDTL_PH_WARNING)
		return 0;
	for (i = p->tok; i > 0 && !boundary(&tg->t[i - 1]) &&
	    !is(&tg->t[i - 1], "after"); i--)
		;
	/* (not a lapse's, "days after Medvedev announced", dated by the
	 * text later; nor one in words reported, "told Czech Television
	 * that Prague felt sidelined after Washington offered") */
	if (i < 2 || !is(&tg->t[i - 1], "after") ||
	    in_list(tg, &tg->t[i - 2], VAGUE_LAPSES) ||
	    has_that(tg, 0, i - 1) ||
	    (m = past_maker(tg, p->tok, p->ntok, i)) == NULL ||
	    m->tok < i || (m->actor == p->speaker && p->tok < m->tok))
		return 0;
	e = act_of(s, sent, act_type(p->kind), p->ph, m->actor,
	    "the subject of an act a clause of 'after' tells");
	if ((x = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0)) >= 0) {
		mdtl_dating_set(s, tg, e, (size_t)x);
		tg->tx_used[x] = TX_ACT;
	} else
		e->why_date = "an act told as what came before: no date of "
		    "its own";
	return 1;
}

/*
 * "..., but Washington rejected the idea": does the verb at tok open a
 * clause joined by "but" or "and" to the one of the verb at from, its
 * subject named between them (past its title)?
 */
static int
clause_joined(const struct mdtl_tags *tg, size_t from, size_t tok)
{
	size_t i;

	for (i = tok; i-- > from + 1 && tok - i <= 8;) {
		if (is(&tg->t[i], "but") || is(&tg->t[i], "and")) {
			size_t j = i + 1;

			/* past a title: "and President Dmitry Medvedev" */
			while (j + 1 < tok && mdtl_tags_actor_at(tg, j) ==
			    NULL && (tg->t[j].flags & MDTL_TOK_CAP))
				j++;
			return j < tok && mdtl_tags_actor_at(tg, j) != NULL;
		}
		if (boundary(&tg->t[i]) && !is(&tg->t[i], ","))
			return 0;
	}
	return 0;
}

/*
 * "Clinton said the system posed no threat and repeated Washington's
 * invitation", "He said Russia wanted a pledge, and warned that Moscow
 * could deploy ...": an offer, or a warning told by a verb of saying in the
 * past, joined to the verb of saying before it, by its speaker, is an act
 * of its own, not what the words say.
 */
static int
joined_act(const struct mdtl_tags *tg, const struct pred *p,
    const struct pred *speech)
{
	const struct mdtl_actor_tag *m;
	size_t i = speech->tok + speech->ntok, e, k;
	int comma = p->tok >= 2 && is(&tg->t[p->tok - 2], ",");

	/* (a warning after ", and" only: "accused the United States and
	 * warned that" is one act) */
	if (p->kind == MDTL_PH_WARNING && (!comma ||
	    !ends_in(tg->t[p->tok].norm, "ed", 3) ||
	    !(p->ph->code != NULL || is(&tg->t[p->tok + p->ntok - 1], "that"))))
		return 0;

	/* not "Lukashenko said Belarus would host radars and was ready to
	 * coordinate": a clause with a side for its subject goes on (but
	 * "thanked Russia for its efforts and invited Lavrov": the verb's
	 * object, a preposition after it); and so past whom the words were
	 * told ("told reporters that Moscow remained open to cooperation and
	 * invited US experts"); ", and" ends the clause of the words */
	for (k = i; k < tg->n && k < i + 3 &&
	    tg->t[k].kind == MDTL_TOK_WORD && !is(&tg->t[k], "that") &&
	    !(tg->t[k].flags & MDTL_TOK_CAP); k++)
		;
	if (k < tg->n && is(&tg->t[k], "that"))
		i = k + 1;
	/* ("said the Czech Republic remained a loyal ally and was ready
	 * to") */
	if (i + 1 < tg->n && is(&tg->t[i], "the"))
		i++;
	if (!comma && i < tg->n && (m = mdtl_tags_actor_at(tg, i)) != NULL &&
	    !m->weak && !((e = m->tok + m->ntok) < tg->n &&
	    in_list(tg, &tg->t[e], PREPOSITIONS)))
		return 0;
	return (p->kind == MDTL_PH_OFFER || p->kind == MDTL_PH_WARNING) &&
	    speech->speaker != NULL &&
	    p->speaker == speech->speaker && p->tok > speech->tok &&
	    (is(&tg->t[p->tok - 1], "and") || is(&tg->t[p->tok - 1], "but"));
}

/* Do dates a and b name the same stretch of time? */
static int
same_date(const struct mdtl_date *a, const struct mdtl_date *b)
{
	long af, al, bf, bl;

	mdtl_date_range(a, &af, &al);
	mdtl_date_range(b, &bf, &bl);
	return a->gran == b->gran && af == bf && al == bl;
}

/*
 * "Putin offered the radar to the United States at the G8 summit ... last
 * month, and repeated the offer during his visit to Kennebunkport ...
 * earlier this month": an offer joined by "and" to an offer of the same
 * maker before it, each with a date of its own, another, is an act of its
 * own.
 */
static int
offer_again(struct state *s, const struct mdtl_tags *tg,
    const struct pred *preds, size_t j)
{
	const struct pred *p = &preds[j];
	size_t k;
	int x, y;

	if (p->kind != MDTL_PH_OFFER || p->speaker == NULL ||
	    !is(&tg->t[p->tok - 1], "and") ||
	    (y = mdtl_dating_own(s, tg, p->tok, p->ntok, 12, 0)) < 0)
		return 0;
	for (k = 0; k < j; k++)
		if (preds[k].kind == MDTL_PH_OFFER &&
		    preds[k].speaker == p->speaker &&
		    (x = mdtl_dating_own(s, tg, preds[k].tok, preds[k].ntok,
		    12, 0)) >= 0 && x != y && !same_date(&tg->tx[x].date,
		    &tg->tx[y].date))
			return 1;
	return 0;
}

/*
 * The words of speaker who on day d the article told before, or NULL;
 * with acts set, only an act told in a clause ("a day after Medvedev
 * threatened to deploy missiles"), not words he said in a sentence of
 * their own ("Ahmadinejad says ...": a speech he is said again to have
 * made is another event).
 */
static struct mdtl_event *
told_by_on(struct state *s, const struct mdtl_actor *who,
    const struct mdtl_date *d, int acts)
{
	char value[24];
	size_t k;

	mdtl_date_format(d, value, sizeof value);
	for (k = s->start; k < *s->n; k++) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type != MDTL_EVENT_SUMMIT &&
		    e->type != MDTL_EVENT_DEADLINE && e->nactors > 0 &&
		    e->actors[0].id == who->id &&
		    (!acts || e->actors[0].role != MDTL_ROLE_SPEAKER) &&
		    strcmp(e->date_value, value) == 0)
			return e;
	}
	return NULL;
}

/*
 * "The president's threat to target the US shield, made on Wednesday,":
 * the date of a participle of making (grammar list handing_verbs) after a
 * comma past the noun at i, in its clause, right after it or closing the
 * aside ("Tehran's offer ..., made in a letter to ... Catherine Ashton in
 * February,"); or tg->ntx.
 */
static size_t
made_on(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_timex *x;
	size_t j, k;

	for (j = i + 1; j + 2 < tg->n && j <= i + 12; j++) {
		if (is(&tg->t[j], ",") && in_list(tg, &tg->t[j + 1],
		    HANDING_VERBS)) {
			if ((k = date_right_after(tg, j + 2)) < tg->ntx)
				return k;
			for (k = j + 2; k < tg->n && k <= j + 16 &&
			    !boundary(&tg->t[k]); k++)
				;
			if (k >= tg->n || !is(&tg->t[k], ",") ||
			    (x = mdtl_tags_timex_at(tg, k - 1)) == NULL ||
			    x->tok + x->ntok != k ||
			    !mdtl_dating_free(tg, (size_t)(x - tg->tx)))
				return tg->ntx;
			return (size_t)(x - tg->tx);
		}
		if (boundary(&tg->t[j]) && !is(&tg->t[j], ","))
			break;
	}
	return tg->ntx;
}

/*
 * The last threat or offer (type) of who's side told before in the article
 * with no day of its own (the story's); or NULL.
 */
static struct mdtl_event *
told_undated(struct state *s, const struct mdtl_actor *who,
    enum mdtl_event_type type)
{
	const struct mdtl_actor *a;
	size_t k;

	if (type == MDTL_EVENT_STATEMENT)
		return NULL;
	for (k = *s->n; k-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[k];

		if (e->type == type && e->basis == MDTL_BASIS_PUBLICATION &&
		    e->nactors > 0 &&
		    (a = mdtl_extract_known(s, &e->actors[0])) != NULL &&
		    side(a) == side(who))
			return e;
	}
	return NULL;
}

/*
 * "the statement of the Azerbaijani Defense Minister made on June 12", "the
 * statement by US Secretary of Defense Chuck Hagel on 15 March": a speech
 * noun at i, "of" or "by" and the name of its maker (a person, else a side
 * a title names) right after it, then a participle of making (grammar list
 * handing_verbs) or nothing: its maker, and in *after the token past them;
 * or NULL.
 */
static const struct mdtl_actor *
words_of_maker(const struct mdtl_tags *tg, size_t i, size_t *after)
{
	const struct mdtl_actor_tag *m, *side = NULL;
	size_t k = i + 2;

	if (i == 0 || !is(&tg->t[i - 1], "the") || k >= tg->n ||
	    !(is(&tg->t[i + 1], "of") || is(&tg->t[i + 1], "by")))
		return NULL;
	if (is(&tg->t[k], "the"))
		k++;
	/* (a title's "of" too: "Secretary of Defense") */
	for (; k < tg->n && k <= i + 8 && tg->t[k].kind == MDTL_TOK_WORD &&
	    ((tg->t[k].flags & MDTL_TOK_CAP) || (is(&tg->t[k], "of") &&
	    k + 1 < tg->n && (tg->t[k + 1].flags & MDTL_TOK_CAP))); k++) {
		if ((m = mdtl_tags_actor_at(tg, k)) == NULL)
			continue;
		if (m->actor->kind == MDTL_ACTOR_AGENCY)
			return NULL;
		if (m->actor->kind == MDTL_ACTOR_PERSON) {
			side = m;
			k = m->tok + m->ntok;
			/* (his title, then his name: "Secretary of Defense
			 * Chuck Hagel") */
			while ((m = mdtl_tags_actor_at(tg, k)) != NULL &&
			    m->tok == k && m->actor == side->actor)
				k = m->tok + m->ntok;
			break;
		}
		if (side == NULL)
			side = m;
		k = m->tok + m->ntok - 1;
	}
	if (side == NULL)
		return NULL;
	if (k < tg->n && in_list(tg, &tg->t[k], HANDING_VERBS))
		k++;
	*after = k;
	return side->actor;
}

/*
 * Do the words whose possessive ends at p follow "in", "at" or "during"
 * ("in his televised address", "at Putin's news conference"): the
 * occasion of an act, no act of their own?  ("after Medvedev's warning"
 * tells one.)
 */
static int
occasion_words(const struct mdtl_tags *tg, size_t p)
{
	const struct mdtl_actor_tag *m;
	size_t k = p;

	if (is(&tg->t[p], "'s") && p > 0 &&
	    (m = mdtl_tags_actor_at(tg, p - 1)) != NULL &&
	    m->tok + m->ntok == p)
		k = m->tok;
	return k > 0 && (is(&tg->t[k - 1], "in") || is(&tg->t[k - 1], "at") ||
	    is(&tg->t[k - 1], "during"));
}

/* Does the sentence tell words by a verb, outside quotations, or ask a
 * question (an interviewer's asks of words, telling none)? */
static int
said_in(const struct mdtl_tags *tg)
{
	return said_before(tg, tg->n) ||
	    (tg->n > 0 && is(&tg->t[tg->n - 1], "?"));
}

/*
 * The word before the speech noun at i past up to two modifiers that are
 * no grammar word ("Medvedev's televised warning", "his latest
 * proposal"): where its possessor ends; i - 1 without them.
 */
static size_t
modified_from(const struct mdtl_tags *tg, size_t i)
{
	size_t p;

	for (p = i - 1; p > 0 && i - p <= 2; p--) {
		const struct mdtl_token *t = &tg->t[p];

		if (is(t, "'s") || is(t, "his") || is(t, "her") ||
		    is(t, "its"))
			return p;
		if (t->kind != MDTL_TOK_WORD || (t->flags & MDTL_TOK_CAP) ||
		    in_list(tg, t, DETERMINERS) || in_list(tg, t,
		    PREPOSITIONS) || in_list(tg, t, AUXILIARIES) ||
		    mdtl_tags_cue_at(tg, p) != NULL)
			break;
	}
	return i - 1;
}

/*
 * "Medvedev's address on November 23, in which he announced
 * countermeasures", "President Medvedev's statement of 23 November": a
 * person's words named by a noun, with a date of their own right after
 * it (or after their topic: "statement on missile defence last
 * Wednesday"), are an act of his of that day (an offer's noun an offer, a
 * threat's a warning).
 */
static size_t
possessed_words(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, size_t *event)
{
	size_t content = 0;
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *who;
	struct mdtl_event *e;
	enum mdtl_event_type type;
	size_t i, k, e2, after, p;

	for (i = 1; i + 2 < tg->n; i++) {
		if (!in_list(tg, &tg->t[i], SPEECH_NOUNS) ||
		    (tg->t[i].flags & MDTL_TOK_INQUOTE))
			continue;
		/* (past its modifiers: "Medvedev's televised warning") */
		p = modified_from(tg, i);
		/* "ordered the radar's deployment in his televised address
		 * on November 23": with a modifier, the occasion of the act
		 * told, none of its own */
		if (p + 1 < i && occasion_words(tg, p))
			continue;
		/* "her offer of October": the person the pronoun names;
		 * not "In his speech on Saturday, Mr Putin accused", the
		 * occasion of the words the sentence tells */
		if ((is(&tg->t[p], "his") || is(&tg->t[p], "her")) &&
		    mdtl_speaker_cataphor(tg, p) != NULL)
			continue;
		if (is(&tg->t[p], "his") || is(&tg->t[p], "her"))
			who = mdtl_speaker_possessor(s, tg, p);
		else if (p >= 1 && is(&tg->t[p], "'s") &&
		    (m = mdtl_tags_actor_at(tg, p - 1)) != NULL &&
		    m->actor->kind == MDTL_ACTOR_PERSON &&
		    m->tok + m->ntok == p)
			who = m->actor;
		/* "Moscow had not received a response to its proposal,
		 * handed to Washington in the summer,": the side the clause
		 * names before "its", dated by its making */
		else if (is(&tg->t[p], "its") &&
		    (who = mdtl_speaker_subject(tg, p)) != NULL &&
		    who->kind != MDTL_ACTOR_PERSON &&
		    who->kind != MDTL_ACTOR_AGENCY &&
		    (k = made_on(tg, i)) < tg->ntx)
			goto dated;
		/* "Tehran's offer of cooperation ..., made in a letter ...
		 * in February,": a side's, dated by its making; and a
		 * threat's with a date right after it: "Russia's threat on
		 * Wednesday to deploy missiles" */
		else if (p >= 1 && is(&tg->t[p], "'s") &&
		    (m = mdtl_tags_actor_at(tg, p - 1)) != NULL &&
		    m->tok + m->ntok == p && !m->weak &&
		    ((k = made_on(tg, i)) < tg->ntx ||
		    (in_list(tg, &tg->t[i], THREAT_NOUNS) &&
		    (k = date_right_after(tg, i + 1)) < tg->ntx))) {
			who = m->actor;
			goto dated;
		}
		else if (p >= 2 && (who = mdtl_speaker_titled_possessor(s, tg,
		    p)) != NULL) {
			/* "The president's threat to target the US shield,
			 * made on Wednesday," */
			if ((k = made_on(tg, i)) == tg->ntx)
				continue;
			goto dated;
		} else if ((who = words_of_maker(tg, i, &after)) != NULL) {
			/* "the statement of the Azerbaijani Defense Minister
			 * made on June 12" */
			if ((k = date_right_after(tg, after)) == tg->ntx)
				continue;
			goto dated;
		}
		if (who == NULL)
			continue;
		if ((k = date_past_topic(tg, i + 1)) == tg->ntx)
			continue;
dated:
		type = in_list(tg, &tg->t[i], THREAT_NOUNS) ?
		    MDTL_EVENT_WARNING : is(&tg->t[i], "offer") ||
		    is(&tg->t[i], "proposal") ? MDTL_EVENT_OFFER :
		    MDTL_EVENT_STATEMENT;
		/* "Makarov's statement on Thursday", told before; or told
		 * before with no day, now given ("Medvedev's televised
		 * warning that ..." then "The president's threat ..., made
		 * on Wednesday,") */
		if ((e = told_by_on(s, who, &tg->tx[k].date, 0)) != NULL ||
		    (e = told_undated(s, who, type)) != NULL) {
			if (e->basis == MDTL_BASIS_PUBLICATION)
				mdtl_dating_set(s, tg, e, k);
			mdtl_extract_mention(s, e, sent);
			tg->tx_used[k] = TX_ACT;
			continue;
		}
		e = mdtl_extract_event(s, sent, type,
		    "a person's words named by a noun");
		mdtl_extract_actor(s, e, who, MDTL_ROLE_SPEAKER);
		e->why_actor = "the person whose words the noun names";
		mdtl_dating_set(s, tg, e, k);
		tg->tx_used[k] = TX_ACT;
		/* and of his next words with none */
		mdtl_dating_occasion(s, e, 1);
		/* the lead's act, of a day of the news ("Dmitry Medvedev's
		 * televised warning on Wednesday evening ... was greeted with
		 * dismay", with no verb of saying of its own): the story's
		 * day */
		if (!s->lead_done && lead_here(s, sent) &&
		    !said_in(tg) && mdtl_dating_news_day(s, &e->date)) {
			s->lead_done = 1;
			lead_from(s, e);
		}
		/* "statement on Wednesday that Russia would deploy ...": what
		 * the words said follows */
		e2 = tg->tx[k].tok + tg->tx[k].ntok;
		/* (past a lapse's signal: "announcement two days earlier
		 * that Iskander missiles would be stationed") */
		if (e2 + 1 < tg->n && (is(&tg->t[e2], "earlier") ||
		    is(&tg->t[e2], "later") || is(&tg->t[e2], "ago")))
			e2++;
		if (content == 0 && e2 < tg->n && is(&tg->t[e2], "that")) {
			content = e2 + 1;
			*event = (size_t)(e - *s->v);
		}
	}
	return content;
}

/*
 * '"President Putin proposed a regional approach ...," Bush said': an offer
 * of another's that the words quote, in the past, its maker right before
 * it, is an event of its own, of the day the words were said.
 */
static void
quoted_offers(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg, const struct mdtl_actor *speaker,
    const struct when *said)
{
	const struct mdtl_actor_tag *m;
	struct mdtl_event *e;
	size_t k;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (!c->inquote || c->kind != MDTL_PH_OFFER ||
		    (m = past_maker(tg, c->tok, c->ntok, 0)) == NULL ||
		    m->actor == speaker || m->actor->kind != MDTL_ACTOR_PERSON)
			continue;
		e = act_of(s, sent, MDTL_EVENT_OFFER, c->ph, m->actor,
		    "the maker of an offer the words quote");
		if (said->date.gran != MDTL_GRAN_NONE) {
			mdtl_dating_when(e, said);
			e->why_date = "an offer quoted: the day of the words";
		}
	}
}

/* Does who speak in a speech named by a phrase ("in a televised address",
 * "in a statement") among the sentence's np predicates? */
static int
named_speech(const struct mdtl_tags *tg, const struct pred *preds, size_t np,
    const struct mdtl_actor *who)
{
	size_t k;

	for (k = 0; k < np; k++)
		if (preds[k].kind == MDTL_PH_SPEECH && preds[k].ntok > 1 &&
		    is(&tg->t[preds[k].tok], "in") &&
		    (preds[k].speaker == who || preds[k].speaker == NULL))
			return 1;
	return 0;
}

/* Does who speak in a written document the sentence names ("in a
 * statement", "in a letter")? */
static int
named_document(const struct mdtl_tags *tg, const struct pred *preds,
    size_t np, const struct mdtl_actor *who)
{
	size_t k, i;

	for (k = 0; k < np; k++)
		if (preds[k].kind == MDTL_PH_SPEECH && preds[k].ntok > 1 &&
		    is(&tg->t[preds[k].tok], "in") &&
		    (preds[k].speaker == who || preds[k].speaker == NULL))
			for (i = preds[k].tok; i < preds[k].tok + preds[k].ntok;
			    i++)
				if (in_list(tg, &tg->t[i], WRITTEN_NOUNS))
					return 1;
	return 0;
}

/* Does the sentence tell something more ("may also deploy")? */
static int
says_also(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->n; i++)
		if (is(&tg->t[i], "also"))
			return 1;
	return 0;
}

/*
 * "Medvedev said in a televised address on Wednesday" (dated), or with no
 * day of its own, on his occasion, after his act told in a clause ("a day
 * after Medvedev threatened to deploy missiles"): the address told before
 * as his act of that day, one speech told again, e a mention of it, typed
 * by what e says.  1 when e, the last event, was taken back.
 */
static int
speech_again(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg, const struct pred *preds, size_t np,
    const struct mdtl_actor *who, struct mdtl_event *e, int dated)
{
	struct mdtl_event *before;
	int doc;

	/* (a document's words, whoever's act told them before: "Russia's
	 * Foreign Ministry has criticized ...", then '"...," the ministry
	 * said in a statement on Friday') */
	doc = named_document(tg, preds, np, who);
	/* ("Russia may also deploy Iskander missiles ..., Medvedev said
	 * in a televised address": more words of it, a remark of their
	 * own) */
	if (!named_speech(tg, preds, np, who) || says_also(tg) ||
	    (before = told_by_on(s, who, &e->date, !doc)) == e ||
	    before == NULL || before->span.start == sent->span.start ||
	    (!dated && before->why_actor != lapse_maker))
		return 0;
	/* what it says types it: "that Russia would deploy Iskander
	 * missiles" */
	if (before->type == MDTL_EVENT_STATEMENT) {
		before->type = e->type;
		before->cameo = e->cameo;
	}
	(*s->n)--;
	mdtl_extract_mention(s, before, sent);
	/* (the speaker's next words with no day are of it) */
	mdtl_dating_occasion(s, before, 1);
	return 1;
}

/*
 * The words of e's speaker in the sentence before (events before first)
 * with no date in the text (the publication's) take e's: the speech e
 * names is theirs.
 */
static void
date_told_before(struct state *s, const struct mdtl_event *e, size_t first)
{
	struct mdtl_event *v = *s->v, *b;
	struct when w;
	size_t k;

	mdtl_dating_of(e, &w);
	w.basis = MDTL_BASIS_INHERITED;
	w.why = mdtl_arena_strcat(&s->art->arena,
	    "no date in its sentence: the speech named after it, '",
	    e->date_text ? e->date_text : e->date_value, "'", (char *)NULL);
	for (k = first; k-- > s->start &&
	    v[k].span.start == v[first - 1].span.start;) {
		b = &v[k];
		if (b->type != MDTL_EVENT_SUMMIT &&
		    b->type != MDTL_EVENT_DEADLINE && b->nactors > 0 &&
		    b->actors[0].id == e->actors[0].id &&
		    b->basis == MDTL_BASIS_PUBLICATION)
			mdtl_dating_when(b, &w);
	}
}

/*
 * "in December 2010, Medvedev had warned": does a date after the
 * preposition at i open a clause, its subject (a name, a capital, or a
 * pronoun of persons) right after it, past a comma?
 */
static int
clause_after_date(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_timex *x = mdtl_tags_timex_at(tg, i + 1);
	size_t e;

	if (x == NULL || x->tok != i + 1)
		return 0;
	e = past_date(tg, x);
	return e < tg->n && tg->t[e].kind == MDTL_TOK_WORD &&
	    ((tg->t[e].flags & MDTL_TOK_CAP) ||
	    mdtl_tags_actor_at(tg, e) != NULL ||
	    in_list(tg, &tg->t[e], PERSON_PRONOUNS) || is(&tg->t[e], "they"));
}

/*
 * "He stated that at his last press conference": the verb's object points
 * back at what was just told, so the sentence is one more mention of the
 * speaker's last event, not a new one (but in 'said that "all options
 * remain on the table"' the quotation is what "that" opens).
 */
static int
restates(struct state *s, const struct mdtl_tags *tg, const struct pred *p,
    const struct mdtl_actor *who, const struct mdtl_sentence *sent)
{
	size_t a = p->tok + p->ntok, i;

	if (a >= tg->n || !in_list(tg, &tg->t[a], POINTERS))
		return 0;
	if (a + 1 < tg->n && ((!in_list(tg, &tg->t[a + 1], POINTER_PREPS) &&
	    tg->t[a + 1].kind != MDTL_TOK_PUNCT) ||
	    (tg->t[a + 1].flags & MDTL_TOK_QUOTE)))
		return 0;
	/* "recalled that in December 2010, Medvedev had warned": the
	 * date opens the clause "that" opens, its subject after it */
	if (clause_after_date(tg, a + 1))
		return 0;
	for (i = *s->n; i-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[i];

		if (e->nactors == 0 || e->actors[0].id != who->id)
			continue;
		mdtl_extract_mention(s, e, sent);
		return 1;
	}
	return 0;
}

/*
 * The body or country that publishes the article itself, its source
 * (NATO's release, a ministry's statement), not an agency: or NULL.
 */
static const struct mdtl_actor *
own_release(struct state *s)
{
	const struct mdtl_actor *src = mdtl_extract_source(s);

	return src != NULL && src->kind != MDTL_ACTOR_AGENCY &&
	    src->kind != MDTL_ACTOR_PERSON ? src : NULL;
}

/* "we will have to take measures": a first person pronoun the subject of
 * the predicate at tok, past its modals, in its clause (with plural, only
 * "we") */
static int
first_person_at(const struct mdtl_tags *tg, size_t tok, int plural)
{
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 5;) {
		const struct mdtl_token *t = &tg->t[i];

		if (in_list(tg, t, FIRST_PERSON))
			return !plural || is(t, "we");
		if (boundary(t) || t->kind != MDTL_TOK_WORD ||
		    (t->flags & MDTL_TOK_CAP))
			return 0;
	}
	return 0;
}

static int
first_person_subject(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	if (first_person_at(tg, tok, 0))
		return 1;
	/* "We reviewed the progress made since our summit ... and
	 * reaffirmed our commitment": a verb joined by "and" to the first
	 * of a sentence its first person opens (past a list's number) */
	if (tok < 2 || !is(&tg->t[tok - 1], "and"))
		return 0;
	for (i = 0; i < tg->n && i < 3 && (tg->t[i].kind == MDTL_TOK_NUM ||
	    is(&tg->t[i], ".") || is(&tg->t[i], "-")); i++)
		;
	if (i >= tok || !in_list(tg, &tg->t[i], FIRST_PERSON))
		return 0;
	for (; i < tok; i++)
		if (boundary(&tg->t[i]) || (tg->t[i].flags & MDTL_TOK_QUOTE))
			return 0;
	return 1;
}

/*
 * "Russian Deputy Defence Minister Anatoly Antonov, speaking separately,
 * said", "Separately, the ministry said": words told apart, "separately"
 * in the four words before the verb at tok or the two after it, or
 * opening the sentence.
 */
static int
told_apart(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	if (tg->n > 1 && is(&tg->t[0], "separately") && is(&tg->t[1], ","))
		return 1;
	for (i = tok > 4 ? tok - 4 : 0; i < tg->n && i < tok + 3; i++)
		if (is(&tg->t[i], "separately"))
			return 1;
	return 0;
}

/* Does the sentence open with a dash ("- Will Iran respond?")? */
static int
dash_opens(const struct mdtl_tags *tg)
{
	return tg->n > 2 && (is(&tg->t[0], "-") || is(&tg->t[0], "\u2013") ||
	    is(&tg->t[0], "\u2014"));
}

/*
 * "- Mr. Ambassador, how do you assess the deployment ...?": an
 * interviewer's question in an interview of lines opened by dashes; the
 * person named last before the first is the one interviewed.
 */
static int
dash_question(struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg)
{
	if (!dash_opens(tg) || !is(&tg->t[tg->n - 1], "?"))
		return 0;
	s->dash_para = sent->para + 1;
	return 1;
}

/*
 * "- We regard it as a threat to regional security.": the answer that
 * follows a dash's question, the interviewee's line; or NULL.
 */
static const struct mdtl_actor *
dash_answer(const struct state *s, const struct mdtl_sentence *sent,
    const struct mdtl_tags *tg)
{
	if (s->interviewee == NULL || s->dash_para != sent->para ||
	    !dash_opens(tg))
		return NULL;
	return s->interviewee;
}

/*
 * "Answer: There is a chance, but ...": a line under an answer's label
 * (grammar list interviewee_labels), the interviewee's once a question's
 * label came before it; or NULL.
 */
static const struct mdtl_actor *
labelled_answer(const struct state *s, const struct mdtl_tags *tg)
{
	if (s->interviewee == NULL || tg->n < 3 ||
	    !in_list(tg, &tg->t[0], INTERVIEWEE_LABELS) ||
	    !is(&tg->t[1], ":"))
		return NULL;
	return s->interviewee;
}

static void
sentence_events(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	struct pred preds[MDTL_TAG_MAX];
	size_t np = 0, k, i, j, comma, first_event = *s->n;
	size_t habitual = (size_t)-1;
	const struct mdtl_actor *speakers[MDTL_TAG_MAX], *who, *line;
	size_t nspeakers = 0;
	struct when speech;
	int summit_tx, have_speech = 0, warn = 0, offer = 0, x, marked, news;
	int first_dated = 0;	/* the first act has a date of its own */
	size_t first_tok = 0;	/* and its verb */
	size_t content, named = 0;	/* a named speech's words, its event */
	int given;			/* the speech's day told in an aside */
	int doc, asks, asking;
	size_t told_at;
	size_t lapsed = (size_t)-1;	/* the verb of a lapse_act() */
	size_t label_day;		/* mdtl_speaker_transcript()'s */
	struct when overnight;
	const char *type_cue = NULL;
	const struct mdtl_phrase *type_ph = NULL;

	memset(&speech, 0, sizeof speech);
	s->sent_speaker = NULL;
	/* "Sergey Lavrov: ...": the speaker of the transcript's line, for
	 * the first person of its paragraph */
	label_day = tg->ntx;
	if ((line = mdtl_speaker_transcript(tg, &label_day)) != NULL ||
	    (line = mdtl_speaker_title_line(s, tg)) != NULL ||
	    (line = mdtl_speaker_honorific_line(s, tg)) != NULL ||
	    (line = dash_answer(s, sent, tg)) != NULL ||
	    (line = labelled_answer(s, tg)) != NULL) {
		s->line_who = line;
		s->line_para = sent->para + 1;
		s->line_event = 0;
	} else
		line_goes_on(s, sent, tg);
	if (!made_by(s, tg, sent))
		(void)made_during(s, tg, sent);
	content = possessed_words(s, sent, tg, &named);
	/* predicates outside quotations, in a sentence that asks none */
	asks = direct_question(tg);
	asking = asked_line(tg);
	for (k = 0; k < tg->nc && !asks; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		struct mdtl_cue_tag said;

		if (c->inquote)
			continue;
		/* what a person's words named by a noun said: their type,
		 * no act of its own ("Medvedev's statement on Wednesday that
		 * Russia would deploy Iskander missiles") */
		if (content > 0 && c->tok >= content &&
		    clear_between(tg, content, c->tok)) {
			struct mdtl_event *e = &(*s->v)[named];

			if (c->kind == MDTL_PH_WARNING &&
			    e->type == MDTL_EVENT_STATEMENT)
				e->type = MDTL_EVENT_WARNING;
			continue;
		}
		if (c->kind != MDTL_PH_SPEECH && c->kind != MDTL_PH_WARNING &&
		    c->kind != MDTL_PH_OFFER)
			continue;
		/* (and a participle's phrase: not "our warning that") */
		if ((c->ntok == 1 || ends_in(tg->t[c->tok].norm, "ing", 4)) &&
		    adjectival(tg, c->tok))
			continue;
		if (plural_noun(tg, c->tok))
			continue;
		/* "..., the statement reads": a document's words only */
		if (c->kind == MDTL_PH_SPEECH && (strcmp(c->ph->text,
		    "read") == 0 || strcmp(c->ph->text, "reads") == 0) &&
		    (c->tok == 0 || !in_list(tg, &tg->t[c->tok - 1],
		    WRITTEN_NOUNS)))
			continue;
		if (c->kind == MDTL_PH_OFFER && passive(tg, c->tok))
			continue;
		/* "a public offering", "while offering relief": a
		 * participle offers only as the means of the act told, after
		 * "by" */
		if (c->kind == MDTL_PH_OFFER && ends_in(tg->t[c->tok].norm,
		    "ing", 4) && (c->tok == 0 || !is(&tg->t[c->tok - 1], "by")))
			continue;
		/* "the proposals put forward in Almaty": a noun's
		 * participle, another's offer told, no act of the subject */
		if (c->kind == MDTL_PH_OFFER && reduced_relative(tg, c))
			continue;
		/* "..., according to a statement": a document no one is
		 * named the author of tells again the words of the last
		 * body that spoke; with none, they are no one's */
		if (c->kind == MDTL_PH_SPEECH && unowned_document(tg, c)) {
			struct mdtl_event *d = body_words_before(s,
			    first_event);

			if (d != NULL)
				mdtl_extract_mention(s, d, sent);
			continue;
		}
		/* "Baku expects the mediators to put forward new
		 * proposals": an offer asked of others, none made */
		if (c->kind == MDTL_PH_OFFER && asked_of_others(tg, c->tok))
			continue;
		/* "the alliance had offered nothing new": none made */
		if (c->kind == MDTL_PH_OFFER && c->tok + c->ntok < tg->n &&
		    (is(&tg->t[c->tok + c->ntok], "nothing") ||
		    is(&tg->t[c->tok + c->ntok], "no")))
			continue;
		if (c->kind == MDTL_PH_SPEECH && passive(tg, c->tok) &&
		    !is(&tg->t[c->tok - 1], "is") &&
		    mdtl_speaker_agent(tg, c->tok, c->ntok) == NULL &&
		    mdtl_speaker_passive_title(tg, c->tok, c->ntok) == 0 &&
		    !mdtl_speaker_impersonal(tg, c->tok, c->ntok))
			continue;
		/* "Obama made the remarks in a speech at the New Economic
		 * School": how the words told before were said */
		if (c->kind == MDTL_PH_SPEECH && made_remarks_at(tg, c->tok) &&
		    words_told_before(s, tg, c->tok - 3, first_event))
			continue;
		/* "Idrissov welcomed the delegations at the Rixos hotel":
		 * guests greeted, no words */
		if (c->kind == MDTL_PH_SPEECH && (guests_welcomed(tg, c) ||
		    conversation(tg, c)))
			continue;
		/* "might stop using the station if Baku insisted on a
		 * higher price": words supposed, none said */
		if ((c->kind == MDTL_PH_SPEECH && supposed(tg, c->tok)) ||
		    (c->kind == MDTL_PH_WARNING && supposed_threat(tg, c->tok)))
			continue;
		/* "Tehran had not yet replied", "did not say whether": no
		 * words said, no offer made */
		if ((c->kind == MDTL_PH_SPEECH || c->kind == MDTL_PH_OFFER ||
		    /* "does not threaten Russia's strategic deterrent", "is
		     * not going to place" */
		    c->kind == MDTL_PH_WARNING) &&
		    negated(tg, c->tok))
			continue;
		/* "denied that Moscow had issued an ultimatum": no threat
		 * made, none offered */
		if ((c->kind == MDTL_PH_OFFER || c->kind == MDTL_PH_WARNING) &&
		    disputed_clause(tg, c->tok))
			continue;
		/* "Warsaw did not feel threatened": a state told, no one's
		 * threat */
		if (c->kind == MDTL_PH_WARNING && c->ntok == 1 && c->tok > 0 &&
		    in_list(tg, &tg->t[c->tok - 1], LINKING_VERBS))
			continue;
		/* "Bush hoped to use the relaxed atmosphere": no words; but
		 * "vowed to continue the dialogue" says them, and "accepted
		 * the invitation to explore cooperation" is the noun's */
		if (c->kind == MDTL_PH_SPEECH &&
		    infinitive(tg, c->tok + c->ntok) &&
		    !noun_or_vow(tg, &tg->t[c->tok + c->ntok - 1]))
			continue;
		/* "thanked him, saying ...": the act of the verb before;
		 * "with a ministry spokesman saying ...": one of its own, and
		 * so with no act before ("seized on the exchange, calling
		 * Russia a foe") */
		if (c->kind == MDTL_PH_SPEECH && c->ntok == 1 &&
		    ends_in(tg->t[c->tok].norm, "ing", 4) &&
		    mdtl_speaker_absolute_with(tg, c->tok) == 0 &&
		    act_before(tg, k))
			continue;
		/* "criticised the decision, saying it confirmed Moscow's
		 * fears": a thing's, in words already reported */
		if (c->kind == MDTL_PH_SPEECH && np > 0 && c->tok > 0 &&
		    in_list(tg, &tg->t[c->tok - 1], THING_PRONOUNS) &&
		    !speech_with(tg, &preds[np - 1], "joint"))
			continue;
		/* "at odds over whether Bush would deploy ...", "We want to
		 * know what exactly will be deployed": a question, no threat */
		if (c->kind == MDTL_PH_WARNING && asked(tg, c->tok))
			continue;
		if (c->kind == MDTL_PH_WARNING && defensive_deployment(tg, c)) {
			/* "Obama announced the deployment of interceptors in
			 * Romania": a plan, but its verb's words are said */
			size_t len;
			const struct mdtl_phrase *ph = mdtl_lexicon_match(
			    s->lex, tg->t + c->tok, 1, 1u << MDTL_PH_SPEECH, 0,
			    &len);

			if (ph == NULL)
				continue;
			said = *c;
			said.ntok = 1;
			said.kind = MDTL_PH_SPEECH;
			said.ph = ph;
			c = &said;
		}
		/* "the arrangement seems to suggest that": what it shows,
		 * no act */
		if (c->tok > 1 && is(&tg->t[c->tok - 1], "to") &&
		    in_list(tg, &tg->t[c->tok - 2], SEEMING))
			continue;
		/* "Under the agreement, the US will also station a Patriot
		 * battery in Poland": what a pact provides, no act */
		if (c->kind != MDTL_PH_SPEECH && pact_provides(tg, c->tok))
			continue;
		/* "NATO has repeatedly stated": background, no one act, nor
		 * is what it says ("has repeatedly warned that Moscow would
		 * respond"); but in a noun's relative clause ("a step Russia
		 * had long demanded, Hagel said", "Russia, which has long
		 * objected to the plans, said") it ends with the clause */
		if (c->tok > 0 && in_list(tg, &tg->t[c->tok - 1], HABITUAL)) {
			if (!in_object_relative(tg, c->tok) &&
			    !in_relative(tg, c->tok))
				habitual = c->tok;
			continue;
		}
		/* not "..., Hagel said" after it: his act, reporting it */
		if (c->tok > habitual && !(c->kind == MDTL_PH_SPEECH &&
		    reported_before(tg, c->tok, c->ntok, &comma)))
			continue;
		/* "Putin warned that ..., according to an interview
		 * published Monday", "according to a Kremlin transcript":
		 * the act's source, a document, no act of its own */
		if (np > 0 && preds[np - 1].speaker != NULL &&
		    is(&tg->t[c->tok], "according") &&
		    (!actor_within(tg, c->tok + c->ntok, 8) ||
		    document_at(tg, c->tok + c->ntok)))
			continue;
		/* "according to the Pentagon's timetable": a body's thing,
		 * no words (but "the ministry's statement", "website") */
		if (is(&tg->t[c->tok], "according") &&
		    owned_thing(tg, c->tok + c->ntok))
			continue;
		/* after words said: "..., surprised by the countermeasures
		 * announced by President Dmitry Medvedev on Wednesday" */
		if (np > 0 && preds[np - 1].speaker != NULL &&
		    (said_by(s, sent, tg, c, preds[np - 1].speaker) ||
		    own_words(s, sent, tg, c, preds[np - 1].speaker) ||
		    lapse_act(s, sent, tg, c, preds[np - 1].speaker)))
			continue;
		/* in the words reported: a participle after its noun
		 * (reduced_speech()); or, "..., the Defence Ministry said, a
		 * day after the country's new defence minister warned NATO",
		 * another's act a lapse places, no type of the words (its
		 * maker not named, no act of its own either) */
		if (np > 0 && preds[np - 1].says && (reduced_speech(tg, c) ||
		    ((c->kind == MDTL_PH_WARNING || c->kind == MDTL_PH_OFFER) &&
		    after_lapse(tg, preds[np - 1].tok, c->tok))))
			continue;
		/* "discussed missile defense in a telephone call Tuesday, a
		 * day after NATO announced": after a day told, no act before */
		if (c->tok > lapsed && (c->kind == MDTL_PH_WARNING ||
		    c->kind == MDTL_PH_OFFER))
			continue;
		/* "a day after Medvedev announced countermeasures in a
		 * televised address": that act's occasion, no words of their
		 * own */
		if (c->tok > lapsed && c->kind == MDTL_PH_SPEECH &&
		    is(&tg->t[c->tok], "in") && clear_between(tg, lapsed,
		    c->tok))
			continue;
		if (np == 0 && lapse_act(s, sent, tg, c, NULL)) {
			/* what its words say is that act's type; a threat's
			 * or an offer's cue is that act's too ("announced a
			 * package of countermeasures in a televised
			 * address") */
			lapsed = c->tok;
			continue;
		}
		/* "was quoted by the Mehr news agency on Monday as saying":
		 * the words the quoting tells, one act with it */
		if (np > 0 && c->kind == MDTL_PH_SPEECH &&
		    is(&tg->t[c->tok], "as") &&
		    speech_with(tg, &preds[np - 1], "quoted"))
			continue;
		preds[np].tok = c->tok;
		preds[np].ntok = c->ntok;
		preds[np].kind = c->kind;
		preds[np].ph = c->ph;
		preds[np].why = NULL;
		preds[np].other = 0;
		preds[np].reported = 0;
		preds[np].joined = 0;
		preds[np].date_tx = -1;
		s->people_of = 0;
		preds[np].speaker = mdtl_speaker_find(s, tg, c->tok, c->ntok,
		    &preds[np].why);
		preds[np].people_of = s->people_of;
		/* "Putin surprised President Bush on Thursday by proposing
		 * ...": the subject of the verb it is the means of */
		if (c->kind == MDTL_PH_OFFER && c->tok > 0 &&
		    is(&tg->t[c->tok - 1], "by") &&
		    (who = maker_by(tg, c->tok - 1)) != NULL) {
			preds[np].speaker = who;
			preds[np].why = "the subject of the verb it is the "
			    "means of";
		}
		/* "The two leaders held talks ... and later signed a joint
		 * statement": the subject of the meeting verb it is joined
		 * to */
		if (preds[np].speaker == NULL &&
		    (j = joined_meeting(tg, c->tok)) < tg->nc)
			preds[np].speaker = mdtl_speaker_find(s, tg,
			    tg->c[j].tok, tg->c[j].ntok, &preds[np].why);
		/* "Sergey Lavrov: ... If the United States continues ..., we
		 * will have to take measures": the line's speaker, to the
		 * next line's label, over paragraphs ("I also repeated our
		 * offer ...") */
		if (s->line_para != 0 && !c->inquote &&
		    first_person_subject(tg, c->tok)) {
			preds[np].speaker = s->line_who;
			preds[np].why = "the first person of a transcript's "
			    "line: its speaker";
		} else if (s->author != NULL && !c->inquote &&
		    first_person_subject(tg, c->tok)) {
			/* "By Dmitry Rogozin ... I will again put forward
			 * our proposal": a column's, its author's */
			preds[np].speaker = s->author;
			preds[np].why = "the first person of an article its "
			    "title or byline names the author of: its author";
		} else if (s->author == NULL && !c->inquote &&
		    first_person_at(tg, c->tok, 1) &&
		    (who = own_release(s)) != NULL) {
			/* "We invite Russia to continue the dialogue" in a
			 * declaration NATO publishes */
			preds[np].speaker = who;
			preds[np].why = "\"we\" of a body's own release: the "
			    "body";
		}
		/* "Obama proposed ..., in a speech at Berlin's Brandenburg
		 * Gate": the occasion of the act before, by its maker */
		if (c->kind == MDTL_PH_SPEECH && np > 0 &&
		    preds[np - 1].speaker != NULL && is(&tg->t[c->tok], "in")) {
			preds[np].speaker = preds[np - 1].speaker;
			preds[np].why = "the maker of the act it is the "
			    "occasion of";
		}
		/* the speaker's word on the thing of the act before it, no
		 * act of its own */
		if (c->kind == MDTL_PH_SPEECH && np > 0 && c->ntok == 1 &&
		    preds[np - 1].speaker == preds[np].speaker &&
		    relative_aside(tg, c->tok))
			continue;
		/*
		 * "General Makarov repeated ... and said", "the ministry
		 * warned Romania ..., and demanded", "called the letter
		 * ..., but said Iran must": one subject, not an actor of the
		 * first verb's object
		 */
		/* the verb it is joined to, not one it reports */
		for (j = np; j > 0 && !preds[j - 1].says; j--)
			;
		if (j == 0)
			j = np;
		if (j > 0 && c->tok > 0 && (is(&tg->t[c->tok - 1], "and") ||
		    is(&tg->t[c->tok - 1], "but")) &&
		    preds[j - 1].speaker != NULL &&
		    preds[np].speaker != preds[j - 1].speaker &&
		    (preds[np].speaker == NULL ||
		    preds[j - 1].speaker->kind == MDTL_ACTOR_PERSON ||
		    named_since(tg, preds[np].speaker, preds[j - 1].tok))) {
			preds[np].speaker = preds[j - 1].speaker;
			preds[np].why = "the subject of the verb it is "
			    "joined to";
		}
		/*
		 * "warned that ...", "..., warning that": a verb of saying a
		 * warning (the dictionary's, or one with its "that"), unless
		 * told by another ("was quoted as saying that Russia had
		 * warned")
		 */
		preds[np].says = (c->kind == MDTL_PH_SPEECH &&
		    !in_object_relative(tg, c->tok)) ||
		    (c->kind == MDTL_PH_WARNING && (c->ph->code != NULL ||
		    is(&tg->t[c->tok + c->ntok - 1], "that")) && !have_speech);
		/* not "In a speech to parliament, Putin warned": a phrase
		 * that names no one tells no words of its own */
		if (preds[np].says && (preds[np].speaker != NULL ||
		    c->kind != MDTL_PH_SPEECH || c->tok > 0))
			have_speech = 1;
		np++;
	}
	/* "Russia proposed a joint system in 2010, but Washington rejected
	 * the idea": an offer or a threat before a verb of saying whose
	 * clause, joined to it, names someone else: an act of its own, not
	 * what the words say */
	for (k = 0; k < np && preds[k].kind != MDTL_PH_SPEECH; k++)
		for (j = k + 1; !preds[k].says && preds[k].speaker != NULL &&
		    j < np; j++)
			if (preds[j].kind == MDTL_PH_SPEECH &&
			    preds[j].speaker != preds[k].speaker &&
			    clause_joined(tg, preds[k].tok, preds[j].tok))
				preds[k].says = 1;
	/*
	 * "The United States has rejected every proposal, Rogozin said":
	 * the clause before the comma is what was said, not an act of its
	 * own; but when no one the text names says it ("Six world powers
	 * told Iran on Monday ..., Western diplomats said"), the words told
	 * in it, by someone named and with a date of their own, are the act
	 */
	for (k = 0, marked = 0; k < np; k++) {
		preds[k].closing = preds[k].kind == MDTL_PH_SPEECH &&
		    reported_before(tg, preds[k].tok, preds[k].ntok, &comma);
		if (!preds[k].closing || marked)
			continue;
		marked = 1;
		/* "Obama also invited Tusk to visit, the statement said": a
		 * document told again, the act of someone named it tells;
		 * and "Lavrov reiterated Moscow's proposal ..., the ministry
		 * said": a body telling its own person's act */
		doc = (preds[k].speaker == NULL && document_before(tg,
		    preds[k].tok)) || relayed(s, tg, preds, k, comma);
		/* (and the body's words after it: "said in a statement") */
		for (j = k; doc && preds[k].speaker != NULL && j < np; j++)
			if (preds[j].speaker == preds[k].speaker)
				preds[j].says = 0;
		for (j = 0; j < np; j++)
			if (preds[j].tok < comma && (doc ||
			    (preds[k].speaker == NULL &&
			    named_act(s, tg, &preds[j])) ||
			    other_side_dated(s, tg, &preds[k], &preds[j])) &&
			    preds[j].speaker != NULL)
				preds[j].says = 1;
			else if (preds[j].tok < comma &&
			    !(preds[k].speaker == NULL &&
			    told_of_own(s, tg, &preds[j])))
				preds[j].says = 0;
	}
	/* "He added that Moscow still hoped for a deal": what the speaker's
	 * own side says, in the words, is no act of its own */
	for (k = 1; k < np; k++)
		for (j = 0; j < k && preds[k].says; j++)
			if (preds[j].says && preds[k].kind == MDTL_PH_SPEECH &&
			    said_within(tg, &preds[j], &preds[k], s->day))
				preds[k].says = 0;
	/* (but another side's dated document they tell is its act) */
	for (k = 1; k < np; k++)
		for (j = 0; j < k; j++)
			if (preds[j].says && preds[k].kind == MDTL_PH_SPEECH &&
			    preds[j].speaker == preds[k].speaker &&
			    reported_document(s, tg, &preds[j], &preds[k])) {
				preds[k].says = 1;
				break;
			}
	nested_offers(s, sent, tg);
	relative_offers(s, sent, tg);
	dated_offers(s, sent, tg);
	/* the offers the first verb of saying with a speaker reports */
	for (k = 0; k < np && !(preds[k].says && preds[k].speaker != NULL);
	    k++)
		;
	for (j = k + 1; j < np; j++) {
		preds[j].joined = !preds[j].says &&
		    joined_act(tg, &preds[j], &preds[k]);
		preds[j].reported = !preds[j].says && (preds[j].joined ||
		    reported_act(s, sent, tg, &preds[j], &preds[k]) ||
		    own_earlier_act(s, sent, tg, &preds[j], &preds[k]));
	}
	for (j = 1; j < np; j++)
		if (!preds[j].says && !preds[j].reported &&
		    offer_again(s, tg, preds, j))
			preds[j].joined = preds[j].reported = 1;
	for (j = 0; j < np; j++)
		if (!preds[j].reported && (relative_act(s, sent, tg,
		    &preds[j]) || object_relative_act(s, sent, tg, &preds[j]) ||
		    after_clause_act(s, sent, tg, &preds[j]) ||
		    apposed_act(s, sent, tg, &preds[j])))
			preds[j].reported = 1;
	for (j = 0; j < np; j++)
		if (blamed_act(tg, preds, np, j))
			preds[j].other = 1;
	for (k = 0, told_at = 0; k < np && told_at == 0; k++)
		if (preds[k].kind == MDTL_PH_WARNING && preds[k].reported)
			told_at = preds[k].tok;
	/* "The Russian leader, who had threatened only days earlier to aim
	 * missiles at Europe, said ...": an act an aside on the speaker
	 * recalls, with no date of its own, types not the words */
	for (j = 0; j < np; j++)
		if (!preds[j].reported && (preds[j].kind == MDTL_PH_WARNING ||
		    preds[j].kind == MDTL_PH_OFFER) &&
		    in_who_aside(tg, preds[j].tok))
			preds[j].reported = 1;
	/* the type the content gives */
	for (k = 0; k < np; k++) {
		const struct mdtl_actor *subj, *spk = NULL, *made, *own;

		/* "..., while a senior general warned": one unnamed, whose
		 * act gives no type to another's words */
		if (preds[k].speaker == NULL &&
		    preds[k].why == mdtl_speaker_unnamed) {
			preds[k].other = 1;
			continue;
		}
		for (j = 0; j < np; j++)
			if (preds[j].says &&
			    preds[j].speaker != NULL) {
				spk = preds[j].speaker;
				break;
			}
		/* another's threat the words report, and what it says; one
		 * they blame another for (blamed_act(), marked other above,
		 * the only mark before this loop) */
		if (preds[k].kind == MDTL_PH_WARNING && (preds[k].reported ||
		    (told_at > 0 && preds[k].tok > told_at) ||
		    preds[k].other))
			continue;
		if (preds[k].kind == MDTL_PH_WARNING) {
			/* "the system threatens Russia": someone else's threat;
			 * "could prompt Moscow to station": Moscow's */
			made = made_to_act(tg, &preds[k]);
			subj = made != NULL ? made :
			    mdtl_speaker_subject(tg, preds[k].tok);
			preds[k].other = 1;
			/* a speaker whose side is unknown speaks for the
			 * dateline's country ("WARSAW (AFP) - A US Patriot
			 * missile battery will be deployed ..., Defence
			 * Minister Bogdan Klich said") */
			own = spk != NULL ? side(spk) : NULL;
			if (own != NULL && own == spk &&
			    spk->kind == MDTL_ACTOR_PERSON &&
			    spk->country == NULL)
				own = s->home;
			/* (a warning told as words, "warned that", "...,
			 * warning that", is its speaker's own, whoever the
			 * subject search finds before it) */
			if (!(made == NULL && spk == preds[k].speaker &&
			    preds[k].says) && ((own != NULL && subj != NULL &&
			    side(subj) != own) ||
			    /*
			     * "claims that it threatens Moscow", "said the
			     * shield threatens its security": a thing's
			     * threat
			     */
			    (made == NULL && thing_subject(s, tg,
			    preds[k].tok, subj == NULL))))
				continue;
			preds[k].other = 0;
			if (!warn) {	/* the first: "warned that ... could" */
				type_cue = preds[k].ph->text;
				type_ph = preds[k].ph;
			}
			warn = 1;
		} else if (preds[k].kind == MDTL_PH_SPEECH &&
		    threat_object(tg, &preds[k])) {
			warn = 1;
			type_cue = "a threat, the object of a verb of saying";
		} else if (preds[k].kind == MDTL_PH_OFFER && !warn &&
		    !preds[k].reported && !preds[k].other) {
			/* "felt sidelined after Washington offered it a minor
			 * role": a circumstance, no offer of his; "will focus
			 * on the criteria Moscow has proposed": what they are
			 * about */
			if (!preds[k].says && (circumstance(tg, preds[k].tok) ||
			    in_object_relative(tg, preds[k].tok)))
				continue;
			/* "expected Patriot missiles to be deployed by 2012
			 * as promised": a promise recalled, as a manner */
			if (preds[k].tok > 0 &&
			    is(&tg->t[preds[k].tok - 1], "as"))
				continue;
			/* "The Convention is ready to be signed": a thing
			 * made ready for others' hands, no one's offer */
			if (passive_infinitive(tg, preds[k].tok +
			    preds[k].ntok))
				continue;
			/* "was ready to consider the proposal": to weigh
			 * another's, no offer */
			if (preds[k].tok + preds[k].ntok < tg->n &&
			    in_list(tg, &tg->t[preds[k].tok + preds[k].ntok],
			    WEIGHING))
				continue;
			/* "He said Moscow had offered to keep paying": one
			 * made before the words, in the past perfect, no offer
			 * they make (background, as "Mr Putin had said") */
			if (!preds[k].says && spk != NULL &&
			    past_perfect_at(tg, preds[k].tok))
				continue;
			/* "Ryabkov said the United States has promised to
			 * answer": another side's, no offer of his */
			subj = mdtl_speaker_subject(tg, preds[k].tok);
			if (!preds[k].says && spk != NULL && subj != NULL &&
			    side(subj) != side(spk) &&
			    !(spk->kind == MDTL_ACTOR_PERSON &&
			    spk->country == NULL))	/* a side unknown */
				continue;
			offer = 1;
			if (type_cue == NULL) {
				type_cue = preds[k].ph->text;
				type_ph = preds[k].ph;
			}
		}
	}
	/*
	 * '"We will respond," Rogozin said', '"One of these steps could be
	 * the deployment of the Iskander missile systems," Medvedev said': a
	 * threat in the words quoted; not '"We warned them many times,"
	 * Rogozin wrote', warnings given before, nor one denied ("does not
	 * threaten Russia's strategic deterrent")
	 */
	if (!warn && have_speech)
		for (k = 0; k < tg->nc; k++)
			if (tg->c[k].inquote &&
			    tg->c[k].kind == MDTL_PH_WARNING &&
			    !asked(tg, tg->c[k].tok) &&
			    !(tg->c[k].ntok == 1 &&
			    ends_in(tg->t[tg->c[k].tok].norm, "ed", 4)) &&
			    !negated(tg, tg->c[k].tok) &&
			    /* '"We gave them until the summer"' */
			    !is(&tg->t[tg->c[k].tok], "gave") &&
			    (copular(tg->c[k].ph) ||
			    !thing_subject(s, tg, tg->c[k].tok, 1))) {
				warn = 1;
				type_cue = tg->c[k].ph->text;
				type_ph = tg->c[k].ph;
				break;
			}
	/* speech acts, one for each speaker */
	for (k = 0; k < np; k++) {
		struct pred *p = &preds[k];
		struct mdtl_event *e, *again;
		enum mdtl_event_type type;
		int occasion_dated = 0;	/* by its occasion's words */
		int ax;			/* an agency's report's date */
		int cond;		/* a conditional act: conditional_act() */
		int side_dated;		/* dated by its side's act reported */
		const struct pred *dated_by;	/* whose phrase dates it */

		who = p->speaker;
		/* (not one made an act of its own already: "Putin, who
		 * warned in his Munich speech the following month") */
		if ((have_speech && !p->says) || p->other || p->reported)
			continue;
		if (who == NULL && p->kind != MDTL_PH_SPEECH &&
		    p->why != mdtl_speaker_unnamed)
			who = s->last_agent;
		if (who == NULL)
			continue;
		if (p->kind == MDTL_PH_SPEECH && restates(s, tg, p, who, sent))
			continue;
		for (j = 0; j < nspeakers; j++)
			if (speakers[j] == who)
				break;
		if (j < nspeakers)
			continue;
		speakers[nspeakers++] = who;
		type = warn ? MDTL_EVENT_WARNING : offer ? MDTL_EVENT_OFFER :
		    p->kind == MDTL_PH_WARNING ? MDTL_EVENT_WARNING :
		    p->kind == MDTL_PH_OFFER ? MDTL_EVENT_OFFER :
		    MDTL_EVENT_STATEMENT;
		if (nspeakers > 1)
			type = p->kind == MDTL_PH_WARNING ? MDTL_EVENT_WARNING :
			    MDTL_EVENT_STATEMENT;
		if (type == MDTL_EVENT_STATEMENT && nspeakers == 1 &&
		    told_at == 0 && (cond = conditional_act(tg, who)) > 0)
			type = cond == 2 ? MDTL_EVENT_WARNING : MDTL_EVENT_OFFER;
		e = mdtl_extract_event(s, sent, type,
		    nspeakers == 1 && type_cue ? type_cue : p->ph->text);
		/* the verb's own CAMEO code, where the dictionary gives one */
		mdtl_extract_code(s, e,
		    nspeakers == 1 && type_ph != NULL ? type_ph : p->ph);
		mdtl_extract_actor(s, e, who, p->kind == MDTL_PH_SPEECH ?
		    MDTL_ROLE_SPEAKER : MDTL_ROLE_AGENT);
		if (p->people_of != 0 && p->speaker == who)
			people_speak(s, e, p->people_of - 1, p->kind ==
			    MDTL_PH_SPEECH ? MDTL_ROLE_SPEAKER : MDTL_ROLE_AGENT);
		e->why_actor = p->speaker ? p->why :
		    "no actor named: the last one acting";
		/* "We proposed a treaty in 2009", a person's "we": his
		 * side acts */
		if (p->kind != MDTL_PH_SPEECH && who->kind ==
		    MDTL_ACTOR_PERSON && side(who) != who &&
		    first_person_at(tg, p->tok, 1))
			mdtl_extract_actor(s, e, side(who), MDTL_ROLE_AGENT);
		if (nspeakers == 1)
			mdtl_extract_actors(s, tg, e, MDTL_ROLE_TARGET);
		e->quote = quote_of(s, tg);
		/* "In 2009 ... , Aliyev said.": the reported clause's date */
		x = p->date_tx >= 0 ? p->date_tx : mdtl_dating_own(s, tg,
		    p->tok, p->ntok, 12, p->closing ? 0 : 3);
		if (p->date_tx < 0 && told_later(s, tg, p, x))
			x = -1;
		if (x < 0)
			x = dated_document(tg, p->tok + p->ntok);
		/* "had expressed concern over the pardon in a statement on
		 * Friday": the date of his other words' phrase */
		side_dated = 0;
		dated_by = p;
		for (j = 0; x < 0 && j < np; j++)
			if (&preds[j] != p && preds[j].kind == MDTL_PH_SPEECH &&
			    (preds[j].speaker == who ||
			    preds[j].speaker == NULL) &&
			    /* not in the clause it closes: "The new approach
			     * announced on Thursday will ..., Gates said";
			     * but an act of the speaker's side there is his:
			     * "Washington rejected the proposal on Tuesday,
			     * U.S. officials said" */
			    !(p->closing && preds[j].tok < p->tok &&
			    !side_act(tg, &preds[j], who))) {
				x = mdtl_dating_own(s, tg, preds[j].tok,
				    preds[j].ntok, 3, 0);
				side_dated = x >= 0 && p->closing &&
				    preds[j].tok < p->tok;
				if (x >= 0)
					dated_by = &preds[j];
			}
		if (x < 0 && p->speaker == who)
			x = mdtl_dating_participle(tg, p->tok);
		if (x < 0 && p->speaker == who)
			x = mdtl_dating_contrast(s, tg, p->tok);
		given = x < 0 && p->kind == MDTL_PH_SPEECH &&
		    ((x = mdtl_dating_given(tg, p->tok + p->ntok)) >= 0 ||
		    (x = mdtl_dating_given_opening(tg, p->tok)) >= 0);
		if (x >= 0) {
			/* (asked while the date is free) */
			if (mdtl_dating_aired(tg, dated_by->tok,
			    dated_by->ntok, (size_t)x))
				s->aired_at = sent->span.start + 1;
			mdtl_dating_set(s, tg, e, (size_t)x);
			tg->tx_used[x] = TX_ACT;
			meeting_there(s, tg, p, e, (size_t)x);
			/* (a document's day is that of its words told just
			 * before, which it then is) */
			if (named_document(tg, preds, np, who))
				date_told_before(s, e, first_event);
			if (speech_again(s, sent, tg, preds, np, who, e, 1))
				continue;
			/* '..., Rogozin has told RT. "...," Rogozin said in an
			 * exclusive interview on Thursday': the interview
			 * dates his undated words told just before */
			if (given || named_speech(tg, preds, np, who))
				date_told_before(s, e, first_event);
			mdtl_dating_occasion(s, e, 1);
		} else if ((x = antecedent_date(tg, p->tok)) >= 0)
			/* the antecedent keeps its date too */
			mdtl_dating_set(s, tg, e, (size_t)x);
		else if (mdtl_dating_overnight(s, tg, p->tok, &s->lead,
		    &overnight) == 0 || mdtl_dating_eve_act(s, tg, p->tok +
		    p->ntok - 1, &overnight) == 0 ||
		    mdtl_dating_came_after(s, tg, p->tok, &overnight) == 0) {
			mdtl_dating_when(e, &overnight);
			/* (a day of the news all the same: "answered
			 * questions on the eve of the meeting ... on April
			 * 19" dates the interview's lines) */
			occasion_dated = 1;
		} else if (joined_past(s, tg, p->tok)) {
			/* "was tabled by Moscow in June 2011 but rejected by
			 * the alliance", "an idea the alliance later
			 * rejected": after the act it is joined to, of no day
			 * told */
			e->why_date = "an act after one gone by, joined to it: "
			    "no date";
		} else if (nspeakers > 1 && first_dated &&
		    after_clause(tg, first_tok, p->tok)) {
			/* "China on Tuesday called on ..., after NATO
			 * declared ...": an act before the one told, of no
			 * day the sentence gives */
			e->why_date = "an act in a clause of \"after\": "
			    "before the day told, no date";
		} else if (nspeakers > 1 && first_dated &&
		    !in_object_relative(tg, p->tok) && !p->closing)
			/* "Sarkozy said on Thursday ..., while Merkel
			 * urged": the day of the sentence's first act (not
			 * "an idea Moscow has welcomed", nor words that
			 * report it after its clause: "The proposal was
			 * rejected by Washington in October, a Russian
			 * diplomatic source said") */
			mdtl_dating_when(e, &speech);
		else if (!p->reported && (ax = agency_report_date(tg,
		    p->tok + p->ntok)) >= 0) {
			struct mdtl_event day;

			/* "Zarif said ..., IRNA reported on July 15": the
			 * day an agency made the words known, theirs until
			 * their occasion says otherwise ("He made the remarks
			 * at a meeting ... on Monday") */
			memset(&day, 0, sizeof day);
			mdtl_dating_set(s, tg, &day, (size_t)ax);
			mdtl_dating_of(&day, &overnight);
			overnight.basis = MDTL_BASIS_INHERITED;
			overnight.why = mdtl_arena_strcat(&s->art->arena,
			    "no date in the sentence: the day an agency "
			    "reported the words, '", day.date_text, "'",
			    (char *)NULL);
			mdtl_dating_when(e, &overnight);
		} else if (told_apart(tg, p->tok) &&
		    s->published.basis != MDTL_BASIS_NONE)
			/* "Antonov, speaking separately, said": words of
			 * another occasion than the lead's, of no day given */
			mdtl_dating_when(e, &s->published);
		else if (who == s->week_who && sent == s->week_sent + 1 &&
		    (strncmp(e->why_actor, "a pronoun", 9) == 0 ||
		    (tg->n > 0 && (tg->t[0].flags & MDTL_TOK_QUOTE))))
			/* '"We cannot wait forever," he said', after
			 * "Antonov told reporters last week that ...", and
			 * so '"...," Grushko said', named again after his
			 * quotation */
			mdtl_dating_when(e, &s->week);
		else if ((ax = absolute_day(tg, p->tok)) >= 0)
			mdtl_dating_set(s, tg, e, (size_t)ax);
		else if (at_the_time(s, tg, p, first_event, &overnight))
			mdtl_dating_when(e, &overnight);
		else if (mdtl_meeting_vague_lapse(tg, p->tok) == 1) {
			/* "His comments come days after Medvedev announced
			 * countermeasures": gone by before the news, of no
			 * day yet (lapsed_dated()) */
			e->why_date = "an act a lapse of no number after: "
			    "no date";
			s->lapsed = (size_t)(e - *s->v) + 1;
			s->lapsed_who = who;
		} else {
			mdtl_dating_inherit(s, e, who);
			if (speech_again(s, sent, tg, preds, np, who, e, 0))
				continue;
		}
		/* "The two leaders made the proposal in a memorandum": the
		 * offer told before, of that day, told again */
		if (x < 0 && e->type == MDTL_EVENT_OFFER &&
		    definite_object(tg, p) && (again = offer_told(s, e)) !=
		    NULL) {
			(*s->n)--;
			mdtl_extract_mention(s, again, sent);
			if (nspeakers == 1)
				mdtl_dating_of(again, &speech);
			continue;
		}
		if (nspeakers == 1) {
			mdtl_dating_of(e, &speech);
			first_dated = x >= 0;
			first_tok = p->tok;
		}
		/* the first verb of saying; a warning told as one ("warned
		 * Thursday that") only with a day of the news of its own (a
		 * day of the news, not "said last week") */
		news = (x >= 0 || occasion_dated) &&
		    mdtl_dating_news_day(s, &e->date);
		if (x >= 0 && p->kind == MDTL_PH_SPEECH &&
		    e->date.gran == MDTL_GRAN_WEEK &&
		    mdtl_dating_gone_by(s, &e->date)) {
			s->week_who = who;
			s->week_sent = sent;
			mdtl_dating_of(e, &s->week);
			s->week.basis = MDTL_BASIS_INHERITED;
			s->week.why = mdtl_arena_strcat(&s->art->arena, "no date "
			    "in the sentence: its speaker's words told just "
			    "before, '", e->date_text, "'", (char *)NULL);
		}

		/* the lead's words date the article's undated words: the
		 * paragraph of the first act only, not "On Monday, the
		 * embassy handed a note" after an analysis's background
		 * ("In 2007, Putin offered ...") */
		/* (an offer told alone is words too: "Putin on Thursday
		 * proposed that ..."; and a warning with no day of its own,
		 * "Rogozin has warned Georgia against ...", for the day its
		 * speaker's words are told) */
		if (!s->lead_done && (p->says || (!have_speech &&
		    (p->kind == MDTL_PH_OFFER || (p->kind ==
		    MDTL_PH_WARNING && undated_lead(s, e))))) &&
		    (p->kind == MDTL_PH_SPEECH || news ||
		    p->kind == MDTL_PH_WARNING) &&
		    lead_here(s, sent) && !asking) {
			s->lead_done = 1;
			/* (the day of the act its words report is not that
			 * of the words: "U.S. officials said" is undated) */
			if (news && !side_dated)
				lead_from(s, e);
			else if (undated_lead(s, e)) {
				s->lead_undated = (size_t)(e - *s->v) + 1;
				s->lead_who = who;
			}
		} else if (news && s->lead_undated && p->kind ==
		    MDTL_PH_SPEECH && (who == s->lead_who ||
		    lead_named_later(s, e, who))) {
			lead_dated(s, e);
			lead_from(s, e);
		}
		if (p->kind == MDTL_PH_SPEECH || p->says)
			s->last_speaker = who;
		s->last_agent = who;
		if (s->sent_speaker == NULL)
			s->sent_speaker = who;
		if (who->kind == MDTL_ACTOR_PERSON)
			s->pending_person = who;
	}
	if (nspeakers == 1)
		quoted_offers(s, sent, tg, speakers[0], &speech);
	/* "..., officials said Sunday" in the lead: words of no one named,
	 * but the day of the news */
	if (!s->lead_done && nspeakers == 0 && lead_here(s, sent) && !asking)
		for (k = 0; k < np; k++)
			if (preds[k].kind == MDTL_PH_SPEECH &&
			    preds[k].speaker == NULL &&
			    unnamed_lead(s, tg, &preds[k]))
				break;
	for (k = 0; k < np; k++) {
		struct mdtl_event *e;

		if (!preds[k].joined)
			continue;
		e = act_of(s, sent, act_type(preds[k].kind), preds[k].ph,
		    preds[k].speaker, preds[k].why);
		if ((x = mdtl_dating_own(s, tg, preds[k].tok, preds[k].ntok, 12,
		    0)) >= 0)
			mdtl_dating_set(s, tg, e, (size_t)x);
		else if (speech.date.gran != MDTL_GRAN_NONE)
			mdtl_dating_when(e, &speech);
		else
			mdtl_dating_inherit(s, e, preds[k].speaker);
	}
	/* a transcript's line, its speaker's name before a colon; and one
	 * that tells only others' acts ("Rogozin: The President has already
	 * announced our response measures on November 23") or his own of a
	 * day gone by ("We proposed a joint system back in 2010"), words of
	 * the line's speaker of his own day */
	if (line != NULL && (np == 0 || !acts_of(s, first_event, line))) {
		struct mdtl_event *e = mdtl_extract_event(s, sent,
		    MDTL_EVENT_STATEMENT, "a line of a transcript");

		mdtl_extract_actor(s, e, line, MDTL_ROLE_SPEAKER);
		mdtl_extract_actors(s, tg, e, MDTL_ROLE_TARGET);
		e->why_actor = "the name that opens a transcript's line";
		s->line_event = (size_t)(e - *s->v) + 1;
		/* "- Sergei Lavrov, on Monday: '...'": the label's day */
		if (label_day < tg->ntx) {
			mdtl_dating_set(s, tg, e, label_day);
			tg->tx_used[label_day] = TX_ACT;
		} else
			mdtl_dating_inherit(s, e, line);
		if (np == 0)
			mdtl_dating_of(e, &speech);
		s->last_speaker = line;
		s->sent_speaker = line;
	}
	/* a quotation that goes on with no verb of its own (in a
	 * document's text, that document again) */
	if (np == 0 && tg->n > 0 && (tg->t[0].flags & MDTL_TOK_QUOTE) &&
	    s->last_speaker != NULL && !in_document(s, sent)) {
		struct mdtl_event *e;
		int w = 0;

		for (k = 0; k < tg->nc; k++)
			if (tg->c[k].kind == MDTL_PH_WARNING)
				w = 1;
		e = mdtl_extract_event(s, sent, w ? MDTL_EVENT_WARNING :
		    MDTL_EVENT_STATEMENT, "a quotation that continues");
		mdtl_extract_actor(s, e, s->last_speaker, MDTL_ROLE_SPEAKER);
		e->why_actor = "the speaker of the quotation before";
		e->quote = quote_of(s, tg);
		mdtl_dating_inherit(s, e, s->last_speaker);
		mdtl_dating_of(e, &speech);
	}
	if (speech.date.gran == MDTL_GRAN_NONE && s->lead.basis !=
	    MDTL_BASIS_NONE)
		speech = s->lead;
	mdtl_deadline_events(s, sent, tg, -1);
	mdtl_meeting_events(s, sent, tg, &speech, &summit_tx);
	if (summit_tx >= 0)
		mdtl_deadline_events(s, sent, tg, summit_tx);
	if (first_event == *s->n)
		mdtl_dating_deed(s, tg);
	lead_occasion(s, first_event);
	meeting_limits(s, first_event);
	remarks_made(s, tg, first_event);
	undated_made(s, sent, tg, first_event);
	document_again(s, tg, first_event, sent);
	document_text(s, tg, first_event, sent);
	title_document_words(s, first_event, sent);
	mdtl_dating_earlier(s, tg, first_event);
	mdtl_dating_told_after(s, first_event);
	lapsed_dated(s, first_event);
	if (*s->n > first_event) {
		s->told_first = first_event;
		s->told_end = *s->n;
		s->told_para = s->para;
	}
	background_told(s, sent, first_event);
	for (i = first_event; i < *s->n && s->lead_para == 0; i++)
		if ((*s->v)[i].type != MDTL_EVENT_SUMMIT &&
		    (*s->v)[i].type != MDTL_EVENT_DEADLINE)
			s->lead_para = sent->para + 1;
	/* "The ministry said ...": a body of a country acts for it, which is
	 * among the actors too, in the body's role; and so does a group of
	 * an alliance ("NATO foreign ministers ... at a meeting") */
	for (i = first_event; i < *s->n; i++) {
		struct mdtl_event *e = &(*s->v)[i];
		const struct mdtl_actor *a;
		size_t n = e->nactors;

		for (j = 0; j < n; j++)
			if ((a = mdtl_extract_known(s, &e->actors[j])) != NULL &&
			    (a->kind == MDTL_ACTOR_ORGANISATION ||
			    a->kind == MDTL_ACTOR_GROUP) && a->country != NULL)
				mdtl_extract_actor(s, e, a->country,
				    e->actors[j].role);
	}
	/* ids: stable across runs, from the article, the span and the type */
	for (i = first_event; i < *s->n; i++) {
		struct mdtl_event *e = &(*s->v)[i];

		mdtl_event_id(&s->ids, e->id, e->span.start, e->span.end,
		    e->type, i - first_event);
	}
}

/* Person p named last: the latest of the recent ones. */
static void
named_person(struct state *s, const struct mdtl_actor *p)
{
	size_t k;

	s->last_person = p;
	for (k = 0; k < s->nrecent && s->recent[k] != p; k++)
		;
	s->recent[latest_last(s->recent, sizeof *s->recent, &s->nrecent,
	    RECENT_PERSONS, k)] = p;
}

/* The person a sentence opens with as its subject, no cue before it: its
 * first actor; or NULL. */
static const struct mdtl_actor *
opening_person(const struct mdtl_tags *tg)
{
	size_t i;

	if (tg->m[0].actor->kind != MDTL_ACTOR_PERSON || tg->m[0].weak)
		return NULL;
	for (i = 0; i < tg->nc && tg->c[i].tok > tg->m[0].tok; i++)
		;
	return i == tg->nc ? tg->m[0].actor : NULL;
}

/* Body b named last: the latest of the recent ones. */
static void
named_body(struct state *s, const struct mdtl_actor *b)
{
	size_t k;

	for (k = 0; k < s->nbodies && s->bodies[k] != b; k++)
		;
	s->bodies[latest_last(s->bodies, sizeof *s->bodies, &s->nbodies,
	    RECENT_BODIES, k)] = b;
}

static void
update_context(struct state *s, const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].actor->kind == MDTL_ACTOR_PERSON)
			named_person(s, tg->m[i].actor);
		else if (!tg->m[i].weak &&
		    tg->m[i].actor->kind != MDTL_ACTOR_AGENCY)
			named_body(s, tg->m[i].actor);
	if (s->pending_person != NULL)
		named_person(s, s->pending_person);
	s->pending_person = NULL;
	/* the sentence's speaker ("Medvedev will host it, Prikhodko
	 * said"; "the Secretary General said", a title alone, too), else
	 * the person it opens with; one a pronoun opens keeps the one the
	 * pronoun stood for ("Lavrov met Rasmussen ... He met Clinton ... He
	 * met Hague") */
	if (s->sent_speaker != NULL)
		s->prev_subject = s->sent_speaker->kind == MDTL_ACTOR_PERSON ?
		    s->sent_speaker : NULL;
	else if (tg->nm > 0 && !in_list(tg, &tg->t[0], PERSON_PRONOUNS))
		s->prev_subject = opening_person(tg);
	if (tg->nm == 0)
		return;
	s->nprev = 0;
	for (i = 0; i < tg->nm; i++)
		if (!tg->m[i].weak && tg->m[i].actor->kind != MDTL_ACTOR_AGENCY)
			s->prev[s->nprev++] = tg->m[i].actor;
}

/*
 * "Q: What does Moscow expect from the meeting in Brussels on April 19?":
 * a meeting a question of what or how (grammar list interrogatives; not
 * one of whether: "Will you meet President Obama next year?") names with
 * a day of its own is one all the same; none else the question tells.
 */
static void
asked_meetings(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	struct when none;
	size_t first = *s->n, k, j;
	int tx = -1;

	for (k = 0; k < tg->n && k < 3 && (tg->t[k].kind != MDTL_TOK_WORD ||
	    in_list(tg, &tg->t[k], INTERVIEWER)); k++)
		;
	if (k == tg->n || !in_list(tg, &tg->t[k], INTERROGATIVES) ||
	    is(&tg->t[k], "whether"))
		return;
	memset(&none, 0, sizeof none);
	mdtl_meeting_events(s, sent, tg, &none, &tx);
	for (k = j = first; k < *s->n; k++)
		if ((*s->v)[k].type == MDTL_EVENT_SUMMIT &&
		    ((*s->v)[k].basis == MDTL_BASIS_EXPLICIT ||
		    (*s->v)[k].basis == MDTL_BASIS_RELATIVE))
			(*s->v)[j++] = (*s->v)[k];
	*s->n = j;
}

/*
 * "Question: Is a compromise possible?": the interviewer's line of an
 * interview, no act of anyone the article names.  A line that ends in a
 * full stop tells, and is read as any sentence: "QUESTION: Russia's chief
 * of the General Staff said today that Russia could strike ...".
 */
static int
interviewer(const struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;

	if (tg->n > 2 && in_list(tg, &tg->t[0], INTERVIEWER) &&
	    is(&tg->t[1], ":") && !is(&tg->t[tg->n - 1], "."))
		return 1;
	/* "RT: Is there still a chance to agree ...?": a question under
	 * the name of the agency that asks it */
	return (m = mdtl_tags_actor_at(tg, 0)) != NULL && m->tok == 0 &&
	    m->actor->kind == MDTL_ACTOR_AGENCY && m->ntok + 1 < tg->n &&
	    is(&tg->t[m->ntok], ":") && is(&tg->t[tg->n - 1], "?");
}

/*
 * "Speech by NATO Deputy Secretary General Alexander Vershbow at the
 * International Conference on Missile Defence, Moscow, 3 May 2012": in an
 * article its title calls a document of its author, a line before any
 * event that names a document by the same one (title_document()) is that
 * document, a statement of the day the line gives, else of the story's;
 * its occasion is a meeting as any sentence's is.  1 when it was.
 */
static int
document_heading(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	struct mdtl_event *e;
	size_t j, k;

	if (!s->doc_title || *s->n != s->start ||
	    title_document(tg) != s->author)
		return 0;
	/* (its noun, first or second: title_document()) */
	for (j = 0; j + 1 < tg->n && !in_list(tg, &tg->t[j], DOCUMENT_NOUNS);
	    j++)
		;
	e = mdtl_extract_event(s, sent, MDTL_EVENT_STATEMENT, tg->t[j].norm);
	mdtl_extract_actor(s, e, s->author, MDTL_ROLE_SPEAKER);
	e->why_actor = "the one a line naming the document says it is by";
	/* (the document to the article's end: title_document_words()) */
	s->doc = *s->n;
	s->doc_para = sent->para;
	s->doc_quoted = 0;
	for (k = 0; k < tg->ntx; k++)
		if (mdtl_dating_free(tg, k) &&
		    tg->tx[k].type == MDTL_TIMEX_DATE) {
			mdtl_dating_set(s, tg, e, k);
			return 1;
		}
	mdtl_dating_inherit(s, e, NULL);
	return 1;
}

/*
 * A headline-like line at the head of the text: a paragraph of one sentence
 * in the first two, with no full stop at its end (the caller asks that it
 * have a cue: "Dec 12 2008" is a dateline), nor a colon ("Ashton issued
 * the following statement today:" introduces what follows).
 */
static int
headline_like(const struct mdtl_text *tx, const struct mdtl_sentence *sent)
{
	const struct mdtl_token *last;

	if (sent->para > 1 || tx->paras[sent->para].nsent != 1 ||
	    sent->ntok < 3 || sent->ntok > 25)
		return 0;
	last = &tx->tokens[sent->tok + sent->ntok - 1];
	return last->kind != MDTL_TOK_PUNCT || (!is(last, ".") &&
	    !is(last, "!") && !is(last, "?") && !is(last, ":") &&
	    !(last->flags & MDTL_TOK_QUOTE));
}

static void
credits(struct state *s, const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->nm; i++) {
		const struct mdtl_actor *a = tg->m[i].actor;

		if (a->kind != MDTL_ACTOR_AGENCY || mdtl_extract_source(s) == a)
			continue;
		mdtl_article_add_credit(s->art, a->name);
	}
}

size_t
mdtl_extract(struct mdtl_article *art, const struct mdtl_lexicon *lex,
    unsigned flags, struct mdtl_event **v, size_t *n, size_t *alloc)
{
	const struct mdtl_text *tx = &art->text;
	struct state s;
	struct mdtl_tags *tg = mdtl_arena_alloc(&art->arena, sizeof *tg);
	struct mdtl_article_meta *meta;
	size_t i, j, named;
	struct mdtl_timex_ctx dates;
	const struct mdtl_sentence *headline = NULL;
	int headline_seen = 0, asked;

	memset(&s, 0, sizeof s);
	s.art = art;
	s.text = art->body;
	s.lex = lex;
	s.flags = flags;
	s.v = v;
	s.n = n;
	s.alloc = alloc;
	s.start = *n;
	s.day = mdtl_date_day(&art->published);
	if (art->published.gran >= MDTL_GRAN_DAY) {
		s.ref = art->published;
		s.ref.gran = MDTL_GRAN_DAY;
		s.ref.hour = s.ref.min = s.ref.sec = 0;
		s.ref.has_tz = 0;
	} else if (art->published.gran != MDTL_GRAN_NONE) {
		s.ref = art->published;
	}
	mdtl_dating_start(&s);
	s.first_lead = s.lead;
	/* the metadata again at the end, once the credits are known */
	meta = mdtl_arena_calloc(&art->arena, 1, sizeof *meta);
	*meta = *mdtl_article_meta(art);
	s.meta = meta;
	mdtl_event_ids_init(&s.ids, meta->id);
	s.nbuckets = 64;
	while (s.nbuckets < tx->nsentences * 2)
		s.nbuckets *= 2;
	s.buckets = mdtl_arena_calloc(&art->arena, s.nbuckets,
	    sizeof *s.buckets);
	mdtl_timex_ctx_init(&dates);
	title_people(&s, tg);
	/* an article its title calls a document of one it names: its first
	 * person and its words are that one's (title_people() tagged the
	 * title) */
	if ((s.author = art->title != NULL ? title_document(tg) : NULL) !=
	    NULL)
		s.doc_title = 1;
	/* an article signed by one the data knows */
	else if (art->author != NULL && (s.author =
	    mdtl_lexicon_find_actor(s.lex, art->author, s.day)) != NULL &&
	    s.author->kind != MDTL_ACTOR_PERSON)
		s.author = NULL;
	for (i = 0; i < tx->nsentences; i++) {
		const struct mdtl_sentence *sent = &tx->sentences[i];
		struct seen *seen, **bucket, here;

		mdtl_tag_sentence(tg, s.lex, tx->tokens + sent->tok, sent->ntok,
		    s.day, &s.ref);
		mdtl_dating_ranges(tg);
		if (*n > s.start && item_dateline(&s, tg, sent))
			new_story(&s);
		/* (read again against the dateline's day) */
		if (mdtl_dating_dateline(&s, tg, i)) {
			mdtl_tag_sentence(tg, s.lex, tx->tokens + sent->tok,
			    sent->ntok, s.day, &s.ref);
			mdtl_dating_ranges(tg);
		}
		mdtl_speaker_names(&s, tg);
		mdtl_speaker_saw(&s, tg, i);
		mdtl_speaker_titles(&s, tg);
		if (i < 3 && s.home == NULL && tg->np > 0 &&
		    tg->p[0].tok == 0)	/* a dateline's city, as tagged */
			s.home = mdtl_lexicon_place_country(s.lex,
			    tg->p[0].place);
		else if (i < 3 && s.home == NULL)
			s.home = dateline_country(tg);
		/* "later that day": the day last named, not one an aside
		 * names ("Kerry, who was in Israel on Thursday, cut short a
		 * tour ... expected in Geneva later in the day") */
		for (j = 0; j < tg->ntx; j++) {
			struct mdtl_timex_ctx kept = dates;

			tg->tx[j].sentence = i + 1;
			mdtl_timex_ctx_apply(&dates, &tg->tx[j]);
			if (in_relative(tg, tg->tx[j].tok))
				dates = kept;
		}
		credits(&s, tg);
		memset(&here, 0, sizeof here);
		here.t = tg->t;
		here.n = tg->n;
		bucket = &s.buckets[mdtl_repeat_hash(&here) & (s.nbuckets - 1)];
		for (seen = *bucket; seen != NULL; seen = seen->next)
			if (mdtl_repeat_same(&s, seen, &here))
				break;
		if (seen != NULL) {
			/* a repeated sentence: more mentions of the same events */
			for (j = seen->first; j < seen->first + seen->count; j++) {
				mdtl_extract_mention(&s, &(*v)[j], sent);
			}
			update_context(&s, tg);
			continue;
		}
		seen = mdtl_arena_alloc(&art->arena, sizeof *seen);
		*seen = here;
		seen->next = *bucket;
		*bucket = seen;
		seen->first = *n;
		/*
		 * a headline at the head of the text, repeated or not as the
		 * title has it, tells the lead's event again: one more
		 * mention of the first event that follows, none of its own
		 */
		/* a transcript's line goes on to the next line's label
		 * ("QUESTION: ...") */
		asked = interviewer(tg) || dash_question(&s, sent, tg);
		/* (the person named last before the first question is the
		 * one its answers are by) */
		if (asked && s.interviewee == NULL)
			s.interviewee = s.last_person;
		if (asked) {
			s.line_para = 0;
			/* (the words of another it names with their day
			 * are an act all the same: "How would you comment on
			 * the statement of the Azerbaijani Defense Minister
			 * made on June 12?") */
			(void)possessed_words(&s, sent, tg, &named);
			asked_meetings(&s, sent, tg);
			seen->count = *n - seen->first;
		}
		if (asked || mdtl_dating_heading_line(&s, tg)) {
			update_context(&s, tg);
			continue;
		}
		/* "* Lavrov says time running out for a deal": a summary's
		 * bullet before the story, with no date, tells its events
		 * again (not "* Sept 17, 2009 - ...", a chronology's item) */
		if (*n == s.start && tg->n > 1 && (is(&tg->t[0], "*") ||
		    is(&tg->t[0], "\u2022")) && tg->ntx == 0) {
			update_context(&s, tg);
			continue;
		}
		if (!document_heading(&s, sent, tg) && !headline_seen &&
		    tg->nc > 0 && headline_like(tx, sent)) {
			headline = sent;
			headline_seen = 1;
			update_context(&s, tg);
			continue;
		}
		s.para = sent->para + 1;
		/* (asked only of a digest's items) */
		s.perfect = s.period.gran != MDTL_GRAN_NONE &&
		    perfect_told(tg);
		s.former = mdtl_dating_former_in(tg);
		s.sent_first = *n;
		mdtl_dating_item(&s, sent, tg);
		sentence_events(&s, sent, tg);
		seen->count = *n - seen->first;
		if (!s.opened && *n == s.start && !s.lead_done)
			opening_day(&s, tg, 0);
		else if (!s.opened && s.lead.basis == MDTL_BASIS_PUBLICATION &&
		    !dated_act(&s) && (!s.lead_done ||
		    s.lead_undated > s.sent_first))
			opening_day(&s, tg, 1);
		s.opened = 1;
		if (headline != NULL && seen->count > 0) {
			mdtl_extract_mention(&s, &(*v)[seen->first], headline);
			headline = NULL;
		}
		update_context(&s, tg);
	}
	*meta = *mdtl_article_meta(art);
	return *n - s.start;
}

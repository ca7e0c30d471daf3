/* tag.c: the actors, places, cues and dates of one sentence. */
#include <string.h>

#include "mdtl/tag.h"

/*
 * The kinds of phrase each token may start are read from the lexicon's
 * index once for the three passes below, for sentences of up to this many
 * tokens (longer ones read them as they go).
 */
#define KINDS_AT_ONCE	256

static int
may(const struct mdtl_lexicon *lex, const struct mdtl_token *t, size_t i,
    const unsigned *kinds, unsigned mask)
{
	return kinds != NULL ? (kinds[i] & mask) != 0 :
	    mdtl_lexicon_may(lex, &t[i], mask);
}

/* A word of grammar, no modifier: "strategy that officials say". */
static int
function_word(const struct mdtl_lexicon *lex, const struct mdtl_token *t)
{
	return mdtl_lexicon_word(lex, MDTL_GRAMMAR_PREPOSITIONS, t) >= 0 ||
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_RELATIVES, t) >= 0 ||
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_DETERMINERS, t) >= 0 ||
	    mdtl_lexicon_word(lex, MDTL_GRAMMAR_AUXILIARIES, t) >= 0 ||
	    strcmp(t->norm, "and") == 0 || strcmp(t->norm, "or") == 0 ||
	    strcmp(t->norm, "that") == 0;
}

/*
 * The tokens from i to the end of a body of people after a demonym
 * ("officials"; "defense official", "missile defense officials": up to
 * two words in lower case before it, no preposition nor conjunction), or
 * 0.
 */
static size_t
collective_after(const struct mdtl_lexicon *lex, const struct mdtl_token *t,
    size_t n, size_t i)
{
	size_t k, len;

	for (k = i; k < n && k <= i + 2; k++) {
		if (mdtl_lexicon_match(lex, t + k, n - k,
		    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL)
			return k + len - i;
		if (t[k].kind != MDTL_TOK_WORD || (t[k].flags & MDTL_TOK_CAP) ||
		    function_word(lex, &t[k]))
			return 0;
	}
	return 0;
}

int
mdtl_tags_place_at(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->np; i++)
		if (tok >= tg->p[i].tok && tok < tg->p[i].tok + tg->p[i].ntok)
			return 1;
	return 0;
}

/* "to the letter", "to Obama's proposal" at token i: "to", a word or two
 * and one of grammar list answered_nouns? */
static int
answer_to(const struct mdtl_lexicon *lex, const struct mdtl_token *t,
    size_t i, size_t n)
{
	size_t k;

	if (i >= n || strcmp(t[i].norm, "to") != 0)
		return 0;
	for (k = i + 1; k < n && k <= i + 3 && t[k].kind != MDTL_TOK_PUNCT;
	    k++)
		if (mdtl_lexicon_word(lex, MDTL_GRAMMAR_ANSWERED_NOUNS,
		    &t[k]) >= 0)
			return 1;
	return 0;
}

/*
 * "Last November in Lisbon, the leaders ...": a place after "in" in a
 * phrase that opens the sentence, closed by a comma before token tok.
 */
static int
opening_place(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i + 1 < tok; i++)
		if (strcmp(tg->t[i].norm, "in") == 0 &&
		    mdtl_tags_place_at(tg, i + 1)) {
			for (i += 2; i < tok && tg->t[i].kind == MDTL_TOK_WORD;
			    i++)
				;
			return i < tok && strcmp(tg->t[i].norm, ",") == 0;
		}
	return 0;
}

/*
 * Does the organisation's name of two words or more at t[i] name another
 * body here: that of another actor's ("Russia's Security Council", "the
 * Russian Security Council"), or one whose name is longer ("Iran's
 * Supreme National Security Council")?  Not "the U.N. Security Council",
 * nor "Russia's Federation Council", the country's own, nor "(Interfax) -
 * The NATO-Russia Council", a capitalised determiner, nor "(AFP) - When
 * NATO leaders", a word of no name (grammar list not_names).
 */
static int
other_body(const struct mdtl_tags *tg, const struct mdtl_token *t, size_t i,
    const struct mdtl_actor *org)
{
	const struct mdtl_actor_tag *owner = NULL;
	size_t k, end = i;

	if (strcmp(t[i - 1].norm, "'s") == 0)
		end = i - 1;
	else if (!(t[i - 1].flags & MDTL_TOK_CAP) || i < 2 ||
	    (t[i - 2].flags & MDTL_TOK_QUOTE) || mdtl_tags_place_at(tg, i - 1) ||
	    mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_DETERMINERS,
	    &t[i - 1]) >= 0 ||
	    /* "(AFP) - When NATO leaders invited": no word of a name */
	    mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_NOT_NAMES, &t[i - 1]) >= 0)
		return 0;
	for (k = tg->nm; k-- > 0;)
		if (tg->m[k].tok + tg->m[k].ntok == end) {
			owner = &tg->m[k];
			break;
		}
	if (owner == NULL)
		return end == i;
	return owner->actor != org && owner->actor != org->country;
}

/*
 * Is "called" at i a telephone call: people right after it (one, or
 * several joined by "and"), then the end of the clause, its date or its
 * purpose ("called Aliyev and Sargsyan on Thursday", "called Putin to
 * discuss"), not what they were called ("called Medvedev a partner")?
 */
static int
phoned(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;
	size_t j = i + 1;

	/* "had called him on Wednesday evening" */
	if (j < tg->n && mdtl_lexicon_word(tg->lex,
	    MDTL_GRAMMAR_OBJECT_PRONOUNS, &tg->t[j]) >= 0)
		j++;
	else
		while ((m = mdtl_tags_actor_at(tg, j)) != NULL &&
		    m->tok == j && m->actor->kind == MDTL_ACTOR_PERSON) {
			j = m->tok + m->ntok;
			if (j + 1 < tg->n &&
			    strcmp(tg->t[j].norm, "and") == 0 &&
			    mdtl_tags_actor_at(tg, j + 1) != NULL)
				j++;
		}
	if (j == i + 1)
		return 0;
	/* and a name the data does not know: "Aliyev and Sargsyan" */
	if (j + 1 < tg->n && strcmp(tg->t[j].norm, "and") == 0 &&
	    (tg->t[j + 1].flags & MDTL_TOK_CAP))
		for (j++; j < tg->n && tg->t[j].kind == MDTL_TOK_WORD &&
		    (tg->t[j].flags & MDTL_TOK_CAP); j++)
			;
	return j == tg->n || (tg->t[j].kind == MDTL_TOK_PUNCT &&
	    strchr(".,;", tg->t[j].norm[0]) != NULL) ||
	    mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_AFTER_CALL, &tg->t[j]) >= 0;
}

/*
 * "..., the press service of the Armenian president reported": the words
 * right before token i, back to a comma, end in a title (an office, no
 * agency's) after "of".
 */
static int
office_before(const struct mdtl_tags *tg, size_t i)
{
	size_t k, len;

	for (k = i; k-- > 0 && i - k <= 4 && tg->t[k].kind == MDTL_TOK_WORD;)
		if (strcmp(tg->t[k].norm, "of") == 0)
			return k + 1 < i && mdtl_lexicon_match(tg->lex,
			    &tg->t[i - 1], 1, 1u << MDTL_PH_TITLE, 0,
			    &len) != NULL;
	return 0;
}

/*
 * Is the name of an actor other than an agency right before token i, or
 * its voice ("the Foreign Ministry's website"), or an office ("the press
 * service of the Armenian president"): a name, not an agency's, before
 * the possessive?
 */
static int
reported_by(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;

	if (i > 2 && mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_VOICE_NOUNS,
	    &tg->t[i - 1]) >= 0 && strcmp(tg->t[i - 2].norm, "'s") == 0)
		return (m = mdtl_tags_actor_at(tg, i - 3)) != NULL ?
		    !m->weak && m->actor->kind != MDTL_ACTOR_AGENCY :
		    (tg->t[i - 3].flags & MDTL_TOK_CAP) != 0;
	if (i > 0 && (m = mdtl_tags_actor_at(tg, i - 1)) != NULL)
		return !m->weak && m->actor->kind != MDTL_ACTOR_AGENCY;
	return office_before(tg, i);
}

/*
 * Where the words an agency's report verb at tok cites start: past its
 * day (no name between), right after ", citing"; or 0.
 */
static size_t
citing_at(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	for (k = tok + 1; k + 1 < tg->n && k <= tok + 4; k++) {
		if (mdtl_tags_actor_at(tg, k) != NULL)
			return 0;
		if (strcmp(tg->t[k].norm, ",") == 0)
			break;
	}
	return k + 2 < tg->n && strcmp(tg->t[k].norm, ",") == 0 &&
	    strcmp(tg->t[k + 1].norm, "citing") == 0 ? k + 2 : 0;
}

/* The one an agency's report verb at tok cites: the first actor of what
 * it cites, not an agency; or NULL. */
static const struct mdtl_actor *
cited_after(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	for (k = citing_at(tg, tok); k > 0 && k < tg->n && k <= tok + 16 &&
	    tg->t[k].kind == MDTL_TOK_WORD; k++)
		if ((m = mdtl_tags_actor_at(tg, k)) != NULL)
			return m->actor->kind != MDTL_ACTOR_AGENCY ? m->actor :
			    NULL;
	return NULL;
}

/*
 * "citing sources in the Foreign Ministry": where a body named by its
 * kind (a collective, after "the") ends in what the report verb at tok
 * cites, the start of its words in *from; or 0.
 */
size_t
mdtl_tags_cited_body(const struct mdtl_tags *tg, size_t tok, size_t *from)
{
	size_t k, len;

	if (mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_REPORT_VERBS,
	    &tg->t[tok]) < 0)
		return 0;
	for (k = citing_at(tg, tok); k > 0 && k + 1 < tg->n &&
	    k <= tok + 12 && tg->t[k].kind == MDTL_TOK_WORD; k++)
		if (strcmp(tg->t[k].norm, "the") == 0 &&
		    mdtl_lexicon_match(tg->lex, &tg->t[k + 1], tg->n - k - 1,
		    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL) {
			*from = k + 1;
			return k + 1 + len;
		}
	return 0;
}

const struct mdtl_actor *
mdtl_tags_cited(const struct mdtl_tags *tg, size_t tok)
{
	if (mdtl_lexicon_word(tg->lex, MDTL_GRAMMAR_REPORT_VERBS,
	    &tg->t[tok]) < 0 || reported_by(tg, tok))
		return NULL;
	return cited_after(tg, tok);
}

/*
 * "on Monday (4 July) said": a day glossed in parentheses right after a
 * day is that day, one expression with the gloss's date (written out),
 * so that the verb after the parenthesis finds its date right before it.
 */
static void
join_glosses(struct mdtl_tags *tg)
{
	size_t k, end;

	for (k = 1; k < tg->ntx; k++) {
		struct mdtl_timex *a = &tg->tx[k - 1], *b = &tg->tx[k];

		end = b->tok + b->ntok;
		if (a->tok + a->ntok + 1 != b->tok || end >= tg->n ||
		    strcmp(tg->t[b->tok - 1].norm, "(") != 0 ||
		    strcmp(tg->t[end].norm, ")") != 0 ||
		    a->date.gran != MDTL_GRAN_DAY ||
		    b->date.gran != MDTL_GRAN_DAY || a->type != b->type)
			continue;
		a->date = b->date;
		memcpy(a->value, b->value, sizeof a->value);
		a->flags |= b->flags;
		a->ntok = end + 1 - a->tok;
		memmove(b, b + 1, (tg->ntx - k - 1) * sizeof *b);
		tg->ntx--;
	}
}

/*
 * "the new U.S. Secretary of Defense, Leon Panetta,": a title whose comma
 * is followed by a person's name stands for that person, not for the one
 * who held it on the day; its tag goes.
 */
static void
drop_named_titles(struct mdtl_tags *tg)
{
	size_t k, j, e;

	for (k = j = 0; k < tg->nm; k++) {
		const struct mdtl_actor_tag *m = &tg->m[k], *next = m + 1;

		e = m->tok + m->ntok;
		if (m->ph->role && m->actor->kind == MDTL_ACTOR_PERSON &&
		    k + 1 < tg->nm && e + 1 < tg->n &&
		    strcmp(tg->t[e].norm, ",") == 0 && next->tok == e + 1 &&
		    next->actor->kind == MDTL_ACTOR_PERSON && !next->ph->role)
			continue;
		tg->m[j++] = *m;
	}
	tg->nm = j;
}

void
mdtl_tag_sentence(struct mdtl_tags *tg, const struct mdtl_lexicon *lex,
    const struct mdtl_token *t, size_t n, long day, const struct mdtl_date *ref)
{
	const unsigned actor_mask = 1u << MDTL_PH_ACTOR | 1u << MDTL_PH_DEMONYM;
	const unsigned cue_mask = 1u << MDTL_PH_SPEECH | 1u << MDTL_PH_WARNING |
	    1u << MDTL_PH_OFFER | 1u << MDTL_PH_OFFER_BY |
	    1u << MDTL_PH_OFFER_NOUN | 1u << MDTL_PH_MADE_BY |
	    1u << MDTL_PH_CONDITION | 1u << MDTL_PH_SUMMIT |
	    1u << MDTL_PH_NOT_SUMMIT | 1u << MDTL_PH_DEADLINE |
	    1u << MDTL_PH_ANONYMOUS;
	const struct mdtl_phrase *ph;
	const struct mdtl_actor_tag *by;
	unsigned kinds_v[KINDS_AT_ONCE], *kinds = NULL, all = ~0u;
	size_t i, len, len2, from;

	/* the counts only: what lies past them is never read */
	tg->lex = lex;
	tg->t = t;
	tg->n = n;
	tg->nm = tg->np = tg->nc = tg->ntx = 0;
	memset(tg->tx_used, 0, sizeof tg->tx_used);
	if (n <= KINDS_AT_ONCE) {
		kinds = kinds_v;
		all = 0;
		for (i = 0; i < n; i++)
			all |= kinds[i] = mdtl_lexicon_kinds(lex, &t[i]);
	}
	/* a pass no token may start a phrase of is not made */
	for (i = (all & 1u << MDTL_PH_PLACE) ? 0 : n; i < n;) {
		if (t[i].kind == MDTL_TOK_PUNCT || tg->np == MDTL_TAG_MAX ||
		    !may(lex, t, i, kinds, 1u << MDTL_PH_PLACE) ||
		    (ph = mdtl_lexicon_match(lex, t + i, n - i,
		    1u << MDTL_PH_PLACE, 0, &len)) == NULL) {
			i++;
			continue;
		}
		tg->p[tg->np].tok = i;
		tg->p[tg->np].ntok = len;
		tg->p[tg->np++].place = ph->target;
		i += len;
	}
	for (i = (all & actor_mask) ? 0 : n; i < n;) {
		struct mdtl_actor_tag *m;
		const struct mdtl_actor *org;
		size_t k;

		if (t[i].kind == MDTL_TOK_PUNCT || tg->nm == MDTL_TAG_MAX ||
		    !may(lex, t, i, kinds, actor_mask) ||
		    (ph = mdtl_lexicon_match(lex, t + i, n - i, actor_mask,
		    day, &len)) == NULL) {
			i++;
			continue;
		}
		/* "in Brussels" is the place, not the alliance; "Assistant
		 * Secretary of State" is not the Secretary of State */
		if (mdtl_lexicon_place_use(lex, t, n, i, len) ||
		    (ph->role && i > 0 && mdtl_lexicon_word(lex,
		    MDTL_GRAMMAR_LESSER_RANKS, &t[i - 1]) >= 0)) {
			i += len;
			continue;
		}
		/* "in the Belgian capital": a demonym in a place's name;
		 * "in the Kazakh city of Almaty": describing a place */
		if (ph->kind == MDTL_PH_DEMONYM && (mdtl_tags_place_at(tg, i) ||
		    (i + len < n && mdtl_lexicon_word(lex,
		    MDTL_GRAMMAR_PLACE_NOUNS, &t[i + len]) >= 0))) {
			i += len;
			continue;
		}
		org = ph->target;
		/* "at the Heydar Aliyev International Airport": a name a
		 * place or a body was given, no person (grammar list
		 * named_after) */
		if (org->kind == MDTL_ACTOR_PERSON && i + len < n &&
		    (t[i + len].flags & MDTL_TOK_CAP) &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_NAMED_AFTER,
		    &t[i + len]) >= 0) {
			i += len;
			continue;
		}
		if (org->kind == MDTL_ACTOR_ORGANISATION && len >= 2 &&
		    i > 0 && other_body(tg, t, i, org)) {
			i += len;
			continue;
		}
		/* a name used as an actor is not a place here, nor is a
		 * place in the actor's name ("the OSCE Minsk Group") */
		for (k = tg->np; k-- > 0;)
			if (tg->p[k].tok >= i &&
			    tg->p[k].tok + tg->p[k].ntok <= i + len)
				tg->p[k] = tg->p[--tg->np];
		m = &tg->m[tg->nm++];
		m->weak = 0;
		m->tok = i;
		m->ph = ph;
		m->actor = ph->target;
		if (ph->kind == MDTL_PH_DEMONYM) {
			/* "Russian officials" is Russia, and so is "a senior
			 * Russian defense official" past a word or two of
			 * what they do; "Russian" alone is weak */
			if ((len2 = collective_after(lex, t, n, i + len)) > 0)
				len += len2;
			else
				m->weak = 1;
			/* "a Russian military analyst": not the country */
			if (!m->weak && i + len < n && mdtl_lexicon_word(lex,
			    MDTL_GRAMMAR_COMMENTATORS, &t[i + len]) >= 0)
				m->weak = 1;
		}
		m->ntok = len;
		i += len;
	}
	drop_named_titles(tg);
	for (i = (all & cue_mask) ? 0 : n; i < n;) {
		struct mdtl_cue_tag *c;

		if (tg->nc == MDTL_TAG_MAX || !may(lex, t, i, kinds,
		    cue_mask) || (ph = mdtl_lexicon_match(lex, t + i,
		    n - i, cue_mask, 0, &len)) == NULL) {
			i++;
			continue;
		}
		/*
		 * no cue in a name ("the United States") and no verb
		 * capitalised inside a sentence ("the Organization of
		 * American States", a title-case headline); a meeting may be
		 * named for its body or its place ("the Russia-NATO summit",
		 * "the Lisbon Summit")
		 */
		if (ph->kind != MDTL_PH_SUMMIT &&
		    ph->kind != MDTL_PH_DEADLINE &&
		    (mdtl_tags_actor_at(tg, i) != NULL || mdtl_tags_place_at(tg, i) ||
		    ((t[i].flags & MDTL_TOK_CAP) && i > 0 &&
		    !(t[i - 1].flags & MDTL_TOK_QUOTE)))) {
			i += len;
			continue;
		}
		/* nor the end of a compound: "the so-called P5+1", "a
		 * U.S.-proposed plan" */
		if (ph->kind != MDTL_PH_SUMMIT &&
		    ph->kind != MDTL_PH_DEADLINE && i > 1 &&
		    strcmp(t[i - 1].norm, "-") == 0 &&
		    !(t[i - 1].flags & MDTL_TOK_SPACE) &&
		    !(t[i].flags & MDTL_TOK_SPACE) &&
		    t[i - 2].kind != MDTL_TOK_PUNCT) {
			i += len;
			continue;
		}
		/* "..., the Armenian Foreign Ministry reported", not "...,
		 * Interfax reported": a body's words, not an agency's report
		 * (unless it cites one: "Interfax reported, citing a source
		 * in the General Staff") */
		if (ph->kind == MDTL_PH_SPEECH && len == 1 &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_REPORT_VERBS, &t[i]) >=
		    0 && !reported_by(tg, i) && cited_after(tg, i) == NULL &&
		    mdtl_tags_cited_body(tg, i, &from) == 0) {
			i += len;
			continue;
		}
		/* "..., IRNA said": an agency's report of the clause before,
		 * no words of its own (unless it cites someone; its report
		 * verbs are above) */
		if (ph->kind == MDTL_PH_SPEECH && len == 1 && i > 1 &&
		    (by = mdtl_tags_actor_at(tg, i - 1)) != NULL &&
		    !by->weak && by->actor->kind == MDTL_ACTOR_AGENCY &&
		    by->tok > 0 && strcmp(t[by->tok - 1].norm, ",") == 0 &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_REPORT_VERBS, &t[i]) <
		    0 && cited_after(tg, i) == NULL) {
			i += len;
			continue;
		}
		/* "agreed to" a meeting only where a phrase opening the
		 * sentence puts the sides: "Last November in Lisbon, the
		 * leaders of NATO and Russia agreed to explore ..." */
		if (ph->kind == MDTL_PH_SUMMIT && len == 2 &&
		    strcmp(t[i + 1].norm, "to") == 0 &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_AGREEING, &t[i]) >= 0 &&
		    !opening_place(tg, i)) {
			i += len;
			continue;
		}
		/* "We hope Iran will respond positively": an answer
		 * wished for, no threat */
		if (ph->kind == MDTL_PH_WARNING && i + len < n &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_KIND_MANNERS,
		    &t[i + len]) >= 0) {
			i += len;
			continue;
		}
		/* "Putin would respond to the letter": an answer to
		 * words, no threat */
		if (ph->kind == MDTL_PH_WARNING && answer_to(lex, t, i + len,
		    n)) {
			i += len;
			continue;
		}
		/* "a conference, called by Russia, was held": convened, no
		 * words said */
		if (ph->kind == MDTL_PH_SPEECH && len == 1 && i + 1 < n &&
		    strcmp(t[i + 1].norm, "by") == 0 &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_CALL_VERBS, &t[i]) >=
		    0) {
			i += len;
			continue;
		}
		c = &tg->c[tg->nc++];
		c->tok = i;
		c->ntok = len;
		c->kind = ph->kind;
		/* "Obama called Aliyev and Sargsyan on Thursday": a call,
		 * a meeting of its own */
		if (ph->kind == MDTL_PH_SPEECH && len == 1 &&
		    mdtl_lexicon_word(lex, MDTL_GRAMMAR_CALL_VERBS, &t[i]) >=
		    0 && phoned(tg, i))
			c->kind = MDTL_PH_SUMMIT;
		c->ph = ph;
		c->inquote = (t[i].flags & MDTL_TOK_INQUOTE) != 0;
		i += len;
	}
	if (ref != NULL) {
		struct mdtl_timex_words w;

		mdtl_lexicon_timex_words(lex, &w);
		tg->ntx = mdtl_timex_find(t, n, ref, MDTL_TIMEX_AUTO, &w,
		    tg->tx, MDTL_TAG_MAX_TIMEX);
		join_glosses(tg);
	}
}

const struct mdtl_actor_tag *
mdtl_tags_actor_at(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tok >= tg->m[i].tok && tok < tg->m[i].tok + tg->m[i].ntok)
			return &tg->m[i];
	return NULL;
}

const struct mdtl_cue_tag *
mdtl_tags_cue_at(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->nc; i++)
		if (tok >= tg->c[i].tok && tok < tg->c[i].tok + tg->c[i].ntok)
			return &tg->c[i];
	return NULL;
}

const struct mdtl_timex *
mdtl_tags_timex_at(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = 0; i < tg->ntx; i++)
		if (tok >= tg->tx[i].tok && tok < tg->tx[i].tok + tg->tx[i].ntok)
			return &tg->tx[i];
	return NULL;
}

/*
 * extract-event.c: the events extraction makes, for all its files: a new
 * event of a sentence, its actors (once each, agencies never), the places
 * it is told (mentions) and its verb's CAMEO code.
 */
#include <string.h>

#include "extract-int.h"

void
mdtl_extract_actor(struct state *s, struct mdtl_event *e,
    const struct mdtl_actor *a, enum mdtl_role_kind role)
{
	struct mdtl_event_actor *ea;
	size_t i;

	if (a == NULL || a->kind == MDTL_ACTOR_AGENCY)
		return;
	for (i = 0; i < e->nactors; i++)
		if (e->actors[i].id == a->id)
			return;
	ea = MDTL_ARENA_PUSH(&s->art->arena, e->actors, e->nactors,
	    e->aactors);
	ea->id = a->id;
	ea->name = a->name;
	/* a person's other names, spellings of his ("Sarkisian"); a body's
	 * are words that stand for it ("the alliance"), no names of its */
	if (a->kind == MDTL_ACTOR_PERSON) {
		ea->aliases = (const char *const *)a->aliases;
		ea->naliases = a->naliases;
	}
	ea->role = role;
}

const struct mdtl_actor *
mdtl_extract_known(const struct state *s, const struct mdtl_event_actor *a)
{
	return mdtl_lexicon_actor_of_id(s->lex, a->id);
}

const struct mdtl_actor *
mdtl_extract_source(struct state *s)
{
	if (!s->source_known && s->art->source != NULL)
		s->source = mdtl_lexicon_find_actor(s->lex, s->art->source, 0);
	s->source_known = 1;
	return s->source;
}

const struct mdtl_actor *
mdtl_extract_actor_any(const struct state *s, const struct mdtl_event_actor *a)
{
	const struct mdtl_actor *known = mdtl_extract_known(s, a);
	size_t i;

	for (i = 0; known == NULL && i < s->nadhoc; i++)
		if (s->adhoc[i]->id == a->id)
			return s->adhoc[i];
	return known;
}

const struct mdtl_actor *
mdtl_extract_first_person(const struct state *s, const struct mdtl_event *e)
{
	const struct mdtl_actor *a;
	size_t i;

	for (i = 0; i < e->nactors; i++)
		if ((a = mdtl_extract_actor_any(s, &e->actors[i])) != NULL &&
		    a->kind == MDTL_ACTOR_PERSON)
			return a;
	return e->nactors ? mdtl_extract_actor_any(s, &e->actors[0]) : NULL;
}

size_t
mdtl_extract_aside(const struct mdtl_tags *tg, size_t tok)
{
	size_t open, k;

	if (tok < 4 || !is(&tg->t[tok - 1], ","))
		return tok;
	for (open = tok - 2; open > 1 && tok - open <= 24 &&
	    !boundary(&tg->t[open]); open--)
		;
	if (!is(&tg->t[open], ",") || open + 2 >= tok - 1 ||
	    tg->t[open - 1].kind != MDTL_TOK_WORD)
		return tok;
	if (is(&tg->t[open + 1], "who") || is(&tg->t[open + 1], "whose") ||
	    is(&tg->t[open + 1], "which"))
		return open;
	/* a participle's: "The two leaders, meeting in London on the eve of
	 * a G20 summit, said" */
	if (tg->t[open + 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[open + 1].flags & MDTL_TOK_CAP) &&
	    ends_in(tg->t[open + 1].norm, "ing", 4) && tok - open <= 24)
		return open;
	/* an infinitive's: "The radar, to be installed in Malatya, is" */
	if (is(&tg->t[open + 1], "to") && tg->t[open + 2].kind ==
	    MDTL_TOK_WORD && !(tg->t[open + 2].flags & MDTL_TOK_CAP))
		return open;
	/* an occasion's phrase: a meeting's words in it */
	if (in_list(tg, &tg->t[open + 1], OCCASION_PREPS))
		for (k = open + 2; k < tok - 1; k++) {
			const struct mdtl_cue_tag *c = mdtl_tags_cue_at(tg, k);

			if (c != NULL && c->kind == MDTL_PH_SUMMIT)
				return open;
		}
	return tok;
}

/* An actor of another event, as it is there. */
void
mdtl_extract_actor_of(struct state *s, struct mdtl_event *e,
    const struct mdtl_event_actor *a)
{
	size_t i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i].id == a->id)
			return;
	*MDTL_ARENA_PUSH(&s->art->arena, e->actors, e->nactors,
	    e->aactors) = *a;
}

/*
 * Is the actor of tag m named in the sentence by the title of a role alone
 * ("a NATO spokeswoman said"), not by a name too ("NATO spokeswoman Oana
 * Lungescu")?
 */
static int
by_title_alone(const struct mdtl_tags *tg, const struct mdtl_actor_tag *m)
{
	size_t i;

	if (m->ph == NULL || !m->ph->role)
		return 0;
	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].actor == m->actor &&
		    (tg->m[i].ph == NULL || !tg->m[i].ph->role))
			return 0;
	return 1;
}

/*
 * The actors named in a sentence.  The speaker or agent named by the title
 * of a role alone ("a NATO spokeswoman said", "the Russian foreign
 * minister warned") brings the side it holds that role for, in that role:
 * the words name the side; the person is the lexicon's reading of them.
 */
void
mdtl_extract_actors(struct state *s, const struct mdtl_tags *tg,
    struct mdtl_event *e, enum mdtl_role_kind role)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *of;
	enum mdtl_role_kind as;
	size_t i, k;

	for (i = 0; i < tg->nm; i++) {
		m = &tg->m[i];
		mdtl_extract_actor(s, e, m->actor, role);
		if (!by_title_alone(tg, m))
			continue;
		for (k = 0, as = role; k < e->nactors; k++)
			if (e->actors[k].id == m->actor->id)
				as = e->actors[k].role;
		if (as != MDTL_ROLE_SPEAKER && as != MDTL_ROLE_AGENT)
			continue;
		of = mdtl_actor_side_on(m->actor, s->day);
		for (k = 0; k < e->nactors; k++)
			if (e->actors[k].id == of->id)
				break;
		if (k < e->nactors)
			e->actors[k].role = as;	/* "Russian", told as well */
		else
			mdtl_extract_actor(s, e, of, as);
	}
}

/*
 * The text of a sentence, copied once however many events and mentions
 * come from it.
 */
static const char *
sentence_text(struct state *s, const struct mdtl_sentence *sent)
{
	if (s->copied != sent) {
		s->copy = mdtl_arena_strndup(&s->art->arena,
		    s->art->body + sent->span.start,
		    sent->span.end - sent->span.start);
		s->copied = sent;
	}
	return s->copy;
}

/* One more place the event is told: the sentence, its span, its article. */
void
mdtl_extract_mention(struct state *s, struct mdtl_event *e,
    const struct mdtl_sentence *sent)
{
	struct mdtl_mention *m = MDTL_ARENA_PUSH(&s->art->arena, e->mentions,
	    e->nmentions, e->amentions);

	m->text = sentence_text(s, sent);
	m->span = sent->span;
	m->article = s->meta->id;
	m->source = s->meta->path;
}

/*
 * The CAMEO code of the verb that tells e, when the dictionary gives one
 * under e's type ("criticised" 111, "visited" 042); else e keeps its
 * type's.
 */
void
mdtl_extract_code(struct state *s, struct mdtl_event *e,
    const struct mdtl_phrase *ph)
{
	if (ph != NULL && ph->code != NULL && s->lex->cameo[e->type] != NULL &&
	    ph->kind == mdtl_lexicon_cue_kind(e->type))
		e->cameo = ph->code;
}

struct mdtl_event *
mdtl_extract_event(struct state *s, const struct mdtl_sentence *sent,
    enum mdtl_event_type type, const char *cue)
{
	struct mdtl_event *e = MDTL_ARENA_PUSH(&s->art->arena, *s->v, *s->n,
	    *s->alloc);

	e->type = type;
	e->cameo = s->lex->cameo[type];
	e->sentence = sentence_text(s, sent);
	/* what merging compares: the sentence's words, made once for all
	   of its events */
	if ((s->flags & MDTL_EXTRACT_WORDS) && s->worded != sent) {
		mdtl_words_of_tokens(&s->art->arena, s->art->text.tokens +
		    sent->tok, sent->ntok, &s->words);
		s->worded = sent;
	}
	e->words = s->words;
	e->span = sent->span;
	e->article = s->meta;
	e->order = *s->n - 1;
	e->why_cue = cue;
	mdtl_extract_mention(s, e, sent);
	return e;
}

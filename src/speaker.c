/*
 * speaker.c: who performs a predicate: an actor named before it in the
 * same clause (the nearest person first), one named right after it ("said
 * Dmitry Rogozin"), a pronoun or a title alone for the last person named,
 * an anonymous official for the article's first named speaker, or a
 * person the data does not know, named with a title.
 */
#include "mdtl/buf.h"
#include "extract-int.h"

/*
 * A capitalised word that may be part of a person's name: not one of the
 * words that start a capitalised run but are no names.
 */
static int
name_word(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];
	size_t len;

	if (t->kind != MDTL_TOK_WORD || !(t->flags & MDTL_TOK_CAP) ||
	    (t->flags & MDTL_TOK_INQUOTE) || mdtl_tags_actor_at(tg, i) != NULL ||
	    in_list(tg, t, NOT_NAMES) || strcmp(t->norm, "'s") == 0)
		return 0;
	if (mdtl_lexicon_match(s->lex, t, tg->n - i, 1u << MDTL_PH_TITLE |
	    1u << MDTL_PH_PLACE | 1u << MDTL_PH_SPEECH | 1u << MDTL_PH_ANONYMOUS,
	    0, &len) != NULL)
		return 0;
	return 1;
}

/*
 * A person the data does not know, named in tokens [a, b): made once an
 * article and found again by the last word of the name ("Siemoniak said").
 * The country is the one named in the title before the name ("Polish
 * Defence Minister ...").
 */
static const struct mdtl_actor *
adhoc_person(struct state *s, const struct mdtl_tags *tg, size_t a, size_t b)
{
	struct mdtl_buf id = MDTL_BUF_INIT;
	struct mdtl_actor *p;
	const char *name = span_text(s, tg, a, b - a);
	const char *last = tg->t[b - 1].norm;
	size_t i, k;

	for (i = 0; i < s->nadhoc; i++) {
		const char *n = s->adhoc[i]->id, *dash = strrchr(n, '-');

		if (strcmp(dash ? dash + 1 : n, last) == 0)
			return s->adhoc[i];
	}
	if (b - a < 2)
		return NULL;
	for (i = a; i < b; i++) {
		const char *w = tg->t[i].norm;

		if (i > a)
			mdtl_buf_addch(&id, '-');
		for (; *w; w++)
			if (*w != '.' && *w != '\'')
				mdtl_buf_addch(&id, *w);
	}
	p = mdtl_arena_calloc(&s->art->arena, 1, sizeof *p);
	p->id = mdtl_arena_strdup(&s->art->arena, id.buf);
	p->name = name;
	p->kind = MDTL_ACTOR_PERSON;
	mdtl_buf_release(&id);
	/* the country of the title: "Polish Defence Minister", "Kremlin aide" */
	for (k = a; k-- > 0 && a - k <= 5;) {
		const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, k);

		if (m != NULL) {
			p->country = side(m->actor);
			break;
		}
		if (tg->t[k].kind == MDTL_TOK_PUNCT)
			break;
	}
	*MDTL_ARENA_PUSH(&s->art->arena, s->adhoc, s->nadhoc, s->aadhoc) = p;
	return p;
}

/* A run of name words ending right before tok, or starting at tok. */
static const struct mdtl_actor *
name_before(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t a = tok;

	while (a > 0 && tok - a < 4 && name_word(s, tg, a - 1))
		a--;
	return a < tok ? adhoc_person(s, tg, a, tok) : NULL;
}

static const struct mdtl_actor *
name_after(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t b = tok;

	while (b < tg->n && b - tok < 4 && name_word(s, tg, b))
		b++;
	return b > tok ? adhoc_person(s, tg, tok, b) : NULL;
}

/* Does a run of title words end at i, right after "the"? */
static int
title_only(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	size_t k = i + 1, len;

	while (k > 0 && mdtl_tags_actor_at(tg, k - 1) == NULL &&
	    mdtl_lexicon_match(s->lex, tg->t + k - 1, tg->n - k + 1,
	    1u << MDTL_PH_TITLE, 0, &len) != NULL && i + 1 - k < 4)
		k--;
	return k <= i && k > 0 && is(&tg->t[k - 1], "the");
}

/* The speaker a sentence names: its first person, after a speech cue. */
static const struct mdtl_actor *
sentence_speaker(const struct mdtl_tags *tg)
{
	size_t k, j;

	for (k = 0; k < tg->nc; k++) {
		if (tg->c[k].kind != MDTL_PH_SPEECH || tg->c[k].inquote)
			continue;
		for (j = 0; j < tg->nm; j++)
			if (tg->m[j].actor->kind == MDTL_ACTOR_PERSON)
				return tg->m[j].actor;
		break;
	}
	return NULL;
}

/* Sentence i has just been tagged (tg): is it the first to name one? */
void
mdtl_speaker_saw(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	if (s->main_speaker == NULL && i == s->speaker_next) {
		s->main_speaker = sentence_speaker(tg);
		s->speaker_next = i + 1;
	}
}

/* The main speaker, read ahead of the sentences tagged so far if need be. */
static const struct mdtl_actor *
main_speaker(struct state *s)
{
	const struct mdtl_text *tx = &s->art->text;

	if (s->main_speaker == NULL && s->speaker_next < tx->nsentences &&
	    s->ahead == NULL)
		s->ahead = mdtl_arena_alloc(&s->art->arena, sizeof *s->ahead);
	while (s->main_speaker == NULL && s->speaker_next < tx->nsentences) {
		const struct mdtl_sentence *sent =
		    &tx->sentences[s->speaker_next];

		/* who speaks needs no dates */
		mdtl_tag_sentence(s->ahead, s->lex, tx->tokens + sent->tok,
		    sent->ntok, s->day, NULL);
		s->main_speaker = sentence_speaker(s->ahead);
		s->speaker_next++;
	}
	return s->main_speaker;
}

/*
 * The last person the sentence names before token tok outside a
 * quotation, or NULL.
 */
static const struct mdtl_actor *
person_before(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor *p = NULL;
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].tok < tok && !tg->m[i].weak &&
		    tg->m[i].actor->kind == MDTL_ACTOR_PERSON &&
		    !(tg->t[tg->m[i].tok].flags & MDTL_TOK_INQUOTE))
			p = tg->m[i].actor;
	return p;
}

const struct mdtl_actor *
mdtl_speaker_find(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok,
    const char **why)
{
	const struct mdtl_token *t = tg->t;
	const struct mdtl_actor *nearest = NULL;
	size_t i, k, nearest_at = 0;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_ANONYMOUS &&
		    tg->c[k].tok + tg->c[k].ntok <= tok &&
		    clear_between(tg, tg->c[k].tok + tg->c[k].ntok, tok) &&
		    !tg->c[k].inquote) {
			/* a nearer named actor wins over it */
			const struct mdtl_actor_tag *m = NULL;

			for (i = tg->c[k].tok + tg->c[k].ntok; i < tok; i++)
				if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak)
					break;
			if (i == tok && main_speaker(s) != NULL) {
				*why = "an anonymous official: the article's "
				    "named speaker";
				return s->main_speaker;
			}
		}
	/* '"...," said Dmitry Rogozin' and "according to X" */
	if (is(&t[tok], "according") || (tok > 0 &&
	    ((t[tok - 1].flags & MDTL_TOK_QUOTE) || (tok > 1 &&
	    is(&t[tok - 1], ",") && (t[tok - 2].flags & MDTL_TOK_QUOTE))))) {
		const struct mdtl_actor *who;

		for (i = tok + ntok; i < tg->n && i < tok + ntok + 4; i++) {
			/* "said Tomasz Siemoniak, the Polish minister" */
			if (mdtl_tags_actor_at(tg, i) == NULL &&
			    (who = name_after(s, tg, i)) != NULL) {
				*why = "a name after the verb, not in the data";
				return who;
			}
			const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, i);

			if (m != NULL && !m->weak &&
			    m->actor->kind != MDTL_ACTOR_AGENCY) {
				*why = "named after the verb";
				return m->actor;
			}
			if (t[i].kind == MDTL_TOK_PUNCT)
				break;
		}
	}
	/* "Polish Defence Minister Tomasz Siemoniak said" */
	if (tok > 0 && mdtl_tags_actor_at(tg, tok - 1) == NULL) {
		const struct mdtl_actor *who = name_before(s, tg, tok);

		if (who != NULL) {
			*why = "a name before the verb, not in the data";
			return who;
		}
	}
	for (i = tok; i-- > 0 && tok - i <= 16;) {
		const struct mdtl_actor_tag *m;

		if (t[i].flags & MDTL_TOK_INQUOTE)
			continue;
		if ((t[i].flags & MDTL_TOK_QUOTE) && nearest == NULL &&
		    i + 1 < tok && !(t[i + 1].flags & MDTL_TOK_SPACE))
			break;
		if (is(&t[i], "that") || is(&t[i], ";"))
			break;
		if (in_list(tg, &t[i], PERSON_PRONOUNS) && nearest == NULL) {
			const struct mdtl_actor *p = person_before(tg, i);

			if (p != NULL) {
				/* "X pledged ..., he told reporters" */
				*why = "a pronoun: the person named before it";
				return p;
			}
			if (s->last_person != NULL) {
				*why = "a pronoun: the last person named";
				return s->last_person;
			}
			break;
		}
		/* "the Secretary General said": a title alone, the last
		 * person named */
		if (nearest == NULL && s->last_person != NULL &&
		    title_only(s, tg, i)) {
			*why = "a title alone: the last person named";
			return s->last_person;
		}
		if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak ||
		    m->actor->kind == MDTL_ACTOR_AGENCY)
			continue;
		i = m->tok;
		if (m->actor->kind == MDTL_ACTOR_PERSON) {
			*why = nearest ? "the person named before the verb" :
			    "named before the verb";
			return m->actor;
		}
		if (nearest == NULL) {
			nearest = m->actor;
			nearest_at = i;
		} else if (nearest_at - i > 6)
			break;
	}
	if (nearest != NULL) {
		*why = "named before the verb";
		return nearest;
	}
	/* "said Ashton" with nothing before it */
	for (i = tok + ntok; i < tg->n && i < tok + ntok + 3; i++) {
		const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, i);

		if (m != NULL && !m->weak && m->actor->kind != MDTL_ACTOR_AGENCY) {
			*why = "named after the verb";
			return m->actor;
		}
	}
	return NULL;
}

/* The subject of a predicate: the nearest actor before it in its clause. */
const struct mdtl_actor *
mdtl_speaker_subject(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 10;) {
		const struct mdtl_actor_tag *m;

		if (boundary(&tg->t[i]) && !is(&tg->t[i], "("))
			break;
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
			return m->actor;
	}
	return NULL;
}

/* extract.c: events from the tagged sentences of an article. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtl/buf.h"
#include "mdtl/extract.h"
#include "mdtl/tag.h"

/*
 * One sentence is tagged at a time (actors, places, cues, dates), then its
 * predicates are grouped by speaker into events.  A few facts travel from
 * sentence to sentence: the last person named (for "he said"), the last
 * speaker (for a quotation that continues), the article's first named
 * speaker (for "a senior official said") and the lead's date, which a
 * speech act with no date of its own inherits.
 */
/*
 * Sentences already read, to find one told again.  Repeats share their
 * first SEEN_KEY bytes (same_sentence needs 20 in common), so they are
 * hashed on the tokens there and only a bucket is compared.
 */
#define SEEN_KEY	20

struct seen {
	const struct mdtl_token	*t;		/* its tokens */
	size_t			 n;
	const char		*fold;		/* fold(): made when compared */
	size_t			 first, count;	/* events made from it */
	struct seen	*next;		/* same bucket */
};

struct state {
	struct mdtl_article		 *art;
	const struct mdtl_lexicon	 *lex;
	unsigned			  flags;	/* mdtl_extract_flags */
	const struct mdtl_article_meta	 *meta;
	struct mdtl_event		**v;
	size_t				 *n, *alloc, start;
	long				  day;		/* publication day */
	struct mdtl_date		  ref;		/* publication day */
	struct mdtl_date		  lead;
	enum mdtl_date_basis		  lead_basis;
	const char			 *lead_text;
	int				  lead_done;
	/*
	 * The article's first person named as a speaker, for anonymous
	 * ones: looked for as the sentences are tagged, and ahead of them
	 * (with tags of its own) only when an anonymous speaker needs it.
	 */
	const struct mdtl_actor		 *main_speaker;
	size_t				  speaker_next;	/* first unread */
	struct mdtl_tags		 *ahead;
	const struct mdtl_actor		 *last_person;
	const struct mdtl_actor		 *last_speaker;
	const struct mdtl_actor		 *last_agent;
	struct seen			**buckets;
	size_t				  nbuckets;
	const struct mdtl_actor		 *prev[MDTL_TAG_MAX];	/* actors of */
	size_t				  nprev;		/* the last sentence */
	const struct mdtl_actor		 *sent_speaker;	/* of this sentence */
	const struct mdtl_actor		 *pending_person;	/* a speaker
							   named this sentence */
	struct mdtl_actor		**adhoc;	/* people the data */
	size_t				  nadhoc, aadhoc;	/* does not know */
	const struct mdtl_actor		 *source;	/* the article's source, */
	int				  source_known;	/* looked up once */
	/* the text of the sentence last copied, for its other events */
	const struct mdtl_sentence	 *copied;
	const char			 *copy;
	/* the words of the sentence last worded, for its other events */
	const struct mdtl_sentence	 *worded;
	struct mdtl_words		  words;
	struct mdtl_event_ids		  ids;
};

static int
is(const struct mdtl_token *t, const char *w)
{
	return mdtl_text_eq(t->norm, w);
}

/* Is the token's word in the list? */
/* Is the token's word in one of the lexicon's grammar lists? */
#define in_list(tg, t, g) \
	(mdtl_lexicon_word((tg)->lex, MDTL_GRAMMAR_##g, (t)) >= 0)


/* ---- helpers ---- */

static int
boundary(const struct mdtl_token *t)
{
	return t->kind == MDTL_TOK_PUNCT ? (is(t, ",") || is(t, ";") ||
	    is(t, ":") || (t->flags & MDTL_TOK_QUOTE) || is(t, "(") ||
	    is(t, ")")) : is(t, "that");
}

static int
clear_between(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b && i < tg->n; i++)
		if (boundary(&tg->t[i]))
			return 0;
	return 1;
}

static const struct mdtl_actor *
side(const struct mdtl_actor *a)
{
	return a != NULL && a->country != NULL ? a->country : a;
}

static const char *
span_text(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	size_t a = tg->t[tok].span.start, b = tg->t[tok + ntok - 1].span.end;

	return mdtl_arena_strndup(&s->art->arena, s->art->body + a, b - a);
}

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

/*
 * Who performs the predicate at tok: an actor named before it in the same
 * clause (the nearest person first), one named right after it ("said
 * Dmitry Rogozin"), a pronoun for the last person named, or an anonymous
 * official for the article's first named speaker.
 */
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
static void
saw_sentence(struct state *s, const struct mdtl_tags *tg, size_t i)
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

static const struct mdtl_actor *
find_speaker(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok,
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
static const struct mdtl_actor *
subject_of(const struct mdtl_tags *tg, size_t tok)
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

/* A date on the calendar, resolved: what an event can be dated by. */
static int
timex_dated(const struct mdtl_timex *x)
{
	return !(x->flags & (MDTL_TIMEX_POINT | MDTL_TIMEX_UNRESOLVED)) &&
	    x->date.gran != MDTL_GRAN_NONE && x->value[0] != '\0';
}

static int
timex_ok(struct state *s, const struct mdtl_tags *tg, size_t k)
{
	(void)s;
	return !tg->tx_used[k] && timex_dated(&tg->tx[k]);
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

/* The date that belongs to the predicate at tok: right after, right before
 * or opening the sentence. */
static int
own_timex(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok,
    size_t after, size_t before)
{
	size_t k;

	for (k = 0; k < tg->ntx; k++) {
		const struct mdtl_timex *x = &tg->tx[k];

		if (!timex_ok(s, tg, k) || (tg->t[x->tok].flags &
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

		if (timex_ok(s, tg, k) && x->tok <= 1 && e < tg->n &&
		    is(&tg->t[e], ",") && e < tok)
			return (int)k;
	}
	return -1;
}

static void
add_actor(struct state *s, struct mdtl_event *e, const struct mdtl_actor *a,
    enum mdtl_role_kind role)
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
	ea->role = role;
}

static void
add_sentence_actors(struct state *s, const struct mdtl_tags *tg,
    struct mdtl_event *e, enum mdtl_role_kind role)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		add_actor(s, e, tg->m[i].actor, role);
}

static void
set_date_timex(struct state *s, const struct mdtl_tags *tg, struct mdtl_event *e,
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

static void
set_date_inherited(struct state *s, struct mdtl_event *e)
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
static void
add_mention(struct state *s, struct mdtl_event *e,
    const struct mdtl_sentence *sent)
{
	struct mdtl_mention *m = MDTL_ARENA_PUSH(&s->art->arena, e->mentions,
	    e->nmentions, e->amentions);

	m->text = sentence_text(s, sent);
	m->span = sent->span;
	m->article = s->meta->id;
	m->source = s->meta->path;
}

static struct mdtl_event *
new_event(struct state *s, const struct mdtl_sentence *sent,
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
	add_mention(s, e, sent);
	return e;
}

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

struct pred {
	size_t				 tok, ntok;
	enum mdtl_phrase_kind		 kind;
	const struct mdtl_phrase	*ph;
	const struct mdtl_actor		*speaker;
	const char			*why;
};

static int
adjectival(const struct mdtl_tags *tg, size_t tok)
{
	return tok > 0 && (in_list(tg, &tg->t[tok - 1], DETERMINERS) ||
	    strcmp(tg->t[tok - 1].norm, "'s") == 0);
}

static int
passive(const struct mdtl_tags *tg, size_t tok)
{
	return tok > 0 && in_list(tg, &tg->t[tok - 1], PASSIVE_AUX);
}

/* Is this clause a conditional promise by the speaker's side? */
static int
conditional_offer(const struct mdtl_tags *tg, const struct mdtl_actor *speaker)
{
	size_t k, i;

	for (k = 0; k < tg->nc; k++) {
		if (tg->c[k].kind != MDTL_PH_CONDITION || tg->c[k].inquote)
			continue;
		for (i = tg->c[k].tok; i-- > 0 && tg->c[k].tok - i <= 10;) {
			const struct mdtl_actor *subj;

			if (!is(&tg->t[i], "would") && !is(&tg->t[i], "will"))
				continue;
			subj = subject_of(tg, i);
			if (subj == NULL && i > 0 &&
			    in_list(tg, &tg->t[i - 1], PERSON_PRONOUNS))
				subj = speaker;
			return subj != NULL && speaker != NULL &&
			    side(subj) == side(speaker);
		}
	}
	return 0;
}

static void
nested_offers(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	size_t k, i;

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		const struct mdtl_actor_tag *m = NULL;
		struct mdtl_event *e;
		int noun = 0, x;

		if (c->kind != MDTL_PH_OFFER_BY && c->kind != MDTL_PH_MADE_BY)
			continue;
		if (c->kind == MDTL_PH_MADE_BY) {
			/* "an offer first made by": only after an offer noun */
			size_t j;

			for (j = c->tok >= 4 ? c->tok - 4 : 0; j < c->tok; j++) {
				size_t l;

				if (mdtl_lexicon_match(s->lex, tg->t + j,
				    tg->n - j, 1u << MDTL_PH_OFFER_NOUN, 0, &l))
					noun = 1;
			}
			if (!noun)
				continue;
		}
		for (i = c->tok + c->ntok; i < tg->n && i < c->tok + c->ntok + 8;
		    i++) {
			if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak)
				break;
			if (boundary(&tg->t[i]))
				break;
		}
		if (m == NULL || m->weak)
			continue;
		e = new_event(s, sent, MDTL_EVENT_OFFER, c->ph->text);
		add_actor(s, e, m->actor, MDTL_ROLE_AGENT);
		e->why_actor = "named after the passive verb";
		/* the offer's own date follows its maker: "... in May" */
		x = own_timex(s, tg, m->tok, m->ntok, 5, 0);
		if (x >= 0 && tg->tx[x].tok > c->tok) {
			set_date_timex(s, tg, e, (size_t)x);
			tg->tx_used[x] = 1;
		} else
			e->why_date = "a reported offer with no date";
	}
}

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

/*
 * "said at a meeting", "during talks", "on the sidelines of a summit": the
 * meeting is where the news was told, so it has the day it was told.  A
 * meeting merely talked about ("the summit in Lisbon was good") has no
 * date in the text.
 */
static int
told_there(const struct mdtl_tags *tg, size_t tok)
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
static int
days_before(const struct mdtl_tags *tg, size_t tok)
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

/* The country a place lies in, as an actor. */
static const struct mdtl_actor *
host_of(const struct mdtl_lexicon *lex, const struct mdtl_place *p)
{
	const char *id = p->country;
	size_t i;

	for (i = 0; i < lex->nactors; i++) {
		const struct mdtl_actor *a = &lex->actors[i];

		if (a->kind != MDTL_ACTOR_COUNTRY)
			continue;
		if ((id != NULL && strcmp(a->id, id) == 0) ||
		    (id == NULL && strcmp(a->name, p->name) == 0))
			return a;
	}
	return NULL;
}

/* A meeting: one a sentence, with a date, a place or an article of its own. */
static void
summit(struct state *s, const struct mdtl_sentence *sent, struct mdtl_tags *tg,
    const struct mdtl_date *speech_date, const char *speech_text,
    enum mdtl_date_basis speech_basis, int *summit_tx)
{
	size_t k, i, lo, hi;

	*summit_tx = -1;
	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		const struct mdtl_place *place = NULL;
		struct mdtl_event *e;
		int x = -1, det_ok = 0, future = 0, possessive = 0, verb;
		size_t far;

		if (c->kind != MDTL_PH_SUMMIT || c->inquote)
			continue;
		/* a meeting verb ("is to meet") reaches to the end of its clause */
		verb = is(&tg->t[c->tok], "meet") || is(&tg->t[c->tok], "met") ||
		    is(&tg->t[c->tok], "meets") || is(&tg->t[c->tok], "will") ||
		    is(&tg->t[c->tok], "negotiating") ||
		    is(&tg->t[c->tok], "held") || is(&tg->t[c->tok], "hold");
		far = verb ? tg->n : c->tok + c->ntok + 16;
		/* the noun phrase: back over modifiers to its determiner */
		lo = c->tok;
		for (i = c->tok; i-- > 0 && c->tok - i <= 6;) {
			const struct mdtl_token *t = &tg->t[i];

			if (in_list(tg, t, DETERMINERS)) {
				possessive = is(t, "their") || is(t, "his") ||
				    is(t, "her");
				det_ok = !is(t, "the") && !is(t, "this") &&
				    !is(t, "that") && !is(t, "these") &&
				    !is(t, "those") && !is(t, "its") &&
				    !is(t, "every") && !is(t, "any") &&
				    !is(t, "such");
				lo = i;
				break;
			}
			if (t->kind == MDTL_TOK_PUNCT && !is(t, "-") &&
			    !is(t, "'s"))
				break;
			lo = i;
		}
		hi = c->tok + c->ntok;
		for (i = hi; i < tg->n && i < far; i++) {
			if (is(&tg->t[i], ";") || (is(&tg->t[i], "that") &&
			    !verb) || (tg->t[i].flags & MDTL_TOK_QUOTE))
				break;
			if (is(&tg->t[i], ",") && i + 1 < tg->n && !verb &&
			    !(mdtl_tags_actor_at(tg, i + 1) || (tg->t[i + 1].flags &
			    MDTL_TOK_CAP)))
				break;
			hi = i + 1;
		}
		/* "the next meeting ... will be held on May 23 in Baghdad" */
		for (i = hi; i < tg->n; i++) {
			if (is(&tg->t[i], ";") || (tg->t[i].flags &
			    MDTL_TOK_QUOTE))
				break;
			if (is(&tg->t[i], "held") || (is(&tg->t[i], "place") &&
			    i > 0 && (is(&tg->t[i - 1], "take") ||
			    is(&tg->t[i - 1], "took") ||
			    is(&tg->t[i - 1], "takes")))) {
				hi = i + 10 < tg->n ? i + 10 : tg->n;
				break;
			}
		}
		for (i = 0; i < tg->ntx; i++)
			if (timex_ok(s, tg, i) && tg->tx[i].tok + tg->tx[i].ntok >
			    lo && tg->tx[i].tok < hi) {
				x = (int)i;
				break;
			}
		for (i = 0; i < tg->np; i++)
			if (tg->p[i].tok + tg->p[i].ntok > lo && tg->p[i].tok < hi &&
			    (place == NULL || place_rank(tg->p[i].place) >
			    place_rank(place)))
				place = tg->p[i].place;
		if (x < 0 && place == NULL && !det_ok)
			continue;
		e = new_event(s, sent, MDTL_EVENT_SUMMIT, c->ph->text);
		add_sentence_actors(s, tg, e, MDTL_ROLE_PARTICIPANT);
		e->why_actor = "the actors of the sentence";
		if (e->nactors == 0 || possessive) {
			/* "their meeting", "the two sides": the last ones named */
			for (i = 0; i < s->nprev; i++)
				add_actor(s, e, s->prev[i], MDTL_ROLE_PARTICIPANT);
			e->why_actor = possessive ? "a possessive: the actors of "
			    "the sentence before" : "none named: the actors of "
			    "the sentence before";
		}
		if (place != NULL)
			add_actor(s, e, host_of(s->lex, place),
			    MDTL_ROLE_PARTICIPANT);
		e->location = place ? place->name : NULL;
		if (x >= 0) {
			set_date_timex(s, tg, e, (size_t)x);
			tg->tx_used[x] = 1;
			*summit_tx = x;
			future = tg->tx[x].dir == MDTL_TIMEX_FUTURE;
		} else {
			/* a meeting told with no date of its own */
			for (i = 0; i < tg->n; i++)
				if (is(&tg->t[i], "will") || is(&tg->t[i], "would")
				    || is(&tg->t[i], "planned") ||
				    is(&tg->t[i], "next"))
					future = 1;
			if (!future && speech_date != NULL &&
			    speech_date->gran != MDTL_GRAN_NONE &&
			    told_there(tg, c->tok)) {
				int ndays = days_before(tg, c->tok);

				e->date = *speech_date;
				e->date_text = speech_text;
				e->basis = speech_basis;
				e->why_date = "no date of its own: the day it "
				    "was told of";
				if (ndays > 1 && e->date.gran == MDTL_GRAN_DAY) {
					/* "after two days of talks": began the day before */
					long d = mdtl_days_from_civil(e->date.year,
					    e->date.month, e->date.day);

					mdtl_civil_from_days(d - (ndays - 1),
					    &e->date.year, &e->date.month,
					    &e->date.day);
					e->basis = MDTL_BASIS_RELATIVE;
					e->why_date = "talks of several days that "
					    "end when told of: their first day";
				}
				mdtl_date_format(&e->date, e->date_value,
				    sizeof e->date_value);
			} else
				e->why_date = "a meeting with no date";
		}
		if (future && s->lex->cameo[MDTL_EVENT_SUMMIT] != NULL)
			e->cameo = "036";
		return;
	}
}

static void
deadlines(struct state *s, const struct mdtl_sentence *sent, struct mdtl_tags *tg,
    int summit_tx)
{
	size_t k, i, j;
	char value[24];

	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];
		struct mdtl_event *e;
		int x = -1;

		if (c->kind != MDTL_PH_DEADLINE)
			continue;
		for (i = 0; i < tg->ntx; i++) {
			const struct mdtl_timex *t = &tg->tx[i];

			if (!timex_dated(t))
				continue;
			/* right after the cue, or overlapping its end */
			if (summit_tx < 0 && !tg->tx_used[i] &&
			    t->tok <= c->tok + c->ntok &&
			    t->tok + t->ntok > c->tok + c->ntok - 1 &&
			    t->tok >= c->tok) {
				x = (int)i;
				break;
			}
			/* "before the next round of talks ... on June 9" */
			if ((int)i == summit_tx && t->tok > c->tok &&
			    t->tok - c->tok <= 16) {
				for (j = 0; j < tg->nc; j++)
					if (tg->c[j].kind == MDTL_PH_SUMMIT &&
					    tg->c[j].tok > c->tok &&
					    tg->c[j].tok - c->tok <= 6)
						x = (int)i;
				if (x >= 0)
					break;
			}
		}
		if (x < 0)
			continue;
		tg->tx_used[x] = 1;
		mdtl_date_format(&tg->tx[x].date, value, sizeof value);
		/* one deadline for each date in an article */
		for (i = s->start; i < *s->n; i++) {
			struct mdtl_event *d = &(*s->v)[i];

			if (d->type == MDTL_EVENT_DEADLINE &&
			    strcmp(d->date_value, value) == 0) {
				for (j = 0; j < d->nmentions; j++)
					if (d->mentions[j].span.start ==
					    sent->span.start)
						break;
				if (j < d->nmentions)
					break;
				add_mention(s, d, sent);
				break;
			}
		}
		if (i < *s->n)
			continue;
		e = new_event(s, sent, MDTL_EVENT_DEADLINE, c->ph->text);
		set_date_timex(s, tg, e, (size_t)x);
		add_actor(s, e, s->sent_speaker, MDTL_ROLE_AGENT);
		add_sentence_actors(s, tg, e, MDTL_ROLE_PARTICIPANT);
		if (s->last_speaker != NULL && (tg->t[c->tok].flags &
		    MDTL_TOK_INQUOTE))
			add_actor(s, e, s->last_speaker, MDTL_ROLE_AGENT);
		e->why_actor = "the actors of the sentence";
	}
}

/*
 * "He stated that at his last press conference": the verb's object points
 * back at what was just told, so the sentence is one more mention of the
 * speaker's last event, not a new one.
 */
static int
restates(struct state *s, const struct mdtl_tags *tg, const struct pred *p,
    const struct mdtl_actor *who, const struct mdtl_sentence *sent)
{
	size_t a = p->tok + p->ntok, i;

	if (a >= tg->n || !in_list(tg, &tg->t[a], POINTERS))
		return 0;
	if (a + 1 < tg->n && !in_list(tg, &tg->t[a + 1], POINTER_PREPS) &&
	    tg->t[a + 1].kind != MDTL_TOK_PUNCT)
		return 0;
	for (i = *s->n; i-- > s->start;) {
		struct mdtl_event *e = &(*s->v)[i];

		if (e->nactors == 0 || e->actors[0].id != who->id)
			continue;
		add_mention(s, e, sent);
		return 1;
	}
	return 0;
}

static void
sentence_events(struct state *s, const struct mdtl_sentence *sent,
    struct mdtl_tags *tg)
{
	struct pred preds[MDTL_TAG_MAX];
	size_t np = 0, k, i, j, first_event = *s->n;
	const struct mdtl_actor *speakers[MDTL_TAG_MAX];
	size_t nspeakers = 0;
	struct mdtl_date speech_date;
	const char *speech_text = NULL;
	enum mdtl_date_basis speech_basis = MDTL_BASIS_NONE;
	int summit_tx, have_speech = 0, warn = 0, offer = 0, x;
	const char *type_cue = NULL;

	memset(&speech_date, 0, sizeof speech_date);
	s->sent_speaker = NULL;
	/* predicates outside quotations */
	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->inquote)
			continue;
		if (c->kind != MDTL_PH_SPEECH && c->kind != MDTL_PH_WARNING &&
		    c->kind != MDTL_PH_OFFER)
			continue;
		if (c->ntok == 1 && adjectival(tg, c->tok))
			continue;
		if (c->kind == MDTL_PH_OFFER && passive(tg, c->tok))
			continue;
		if (c->kind == MDTL_PH_SPEECH && passive(tg, c->tok) &&
		    !is(&tg->t[c->tok - 1], "is"))
			continue;
		preds[np].tok = c->tok;
		preds[np].ntok = c->ntok;
		preds[np].kind = c->kind;
		preds[np].ph = c->ph;
		preds[np].why = NULL;
		preds[np].speaker = find_speaker(s, tg, c->tok, c->ntok,
		    &preds[np].why);
		if (c->kind == MDTL_PH_SPEECH)
			have_speech = 1;
		np++;
	}
	nested_offers(s, sent, tg);
	/* the type the content gives */
	for (k = 0; k < np; k++) {
		const struct mdtl_actor *subj, *spk = NULL;

		for (j = 0; j < np; j++)
			if (preds[j].kind == MDTL_PH_SPEECH &&
			    preds[j].speaker != NULL) {
				spk = preds[j].speaker;
				break;
			}
		if (preds[k].kind == MDTL_PH_WARNING) {
			/* "the system threatens Russia": someone else's threat */
			subj = subject_of(tg, preds[k].tok);
			if (spk != NULL && subj != NULL && side(subj) != side(spk))
				continue;
			/* "claims that it threatens Moscow": a thing's threat */
			if (subj == NULL && preds[k].tok > 0 &&
			    in_list(tg, &tg->t[preds[k].tok - 1],
			    THING_PRONOUNS))
				continue;
			warn = 1;
			type_cue = preds[k].ph->text;
		} else if (preds[k].kind == MDTL_PH_OFFER && !warn) {
			offer = 1;
			if (type_cue == NULL)
				type_cue = preds[k].ph->text;
		}
	}
	/* speech acts, one for each speaker */
	for (k = 0; k < np; k++) {
		struct pred *p = &preds[k];
		struct mdtl_event *e;
		enum mdtl_event_type type;
		const struct mdtl_actor *who = p->speaker;

		if (have_speech && p->kind != MDTL_PH_SPEECH)
			continue;
		if (who == NULL && p->kind != MDTL_PH_SPEECH)
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
		    conditional_offer(tg, who))
			type = MDTL_EVENT_OFFER;
		e = new_event(s, sent, type, nspeakers == 1 && type_cue ?
		    type_cue : p->ph->text);
		add_actor(s, e, who, p->kind == MDTL_PH_SPEECH ?
		    MDTL_ROLE_SPEAKER : MDTL_ROLE_AGENT);
		e->why_actor = p->speaker ? p->why :
		    "no actor named: the last one acting";
		if (nspeakers == 1)
			add_sentence_actors(s, tg, e, MDTL_ROLE_TARGET);
		e->quote = quote_of(s, tg);
		x = own_timex(s, tg, p->tok, p->ntok, 6, 3);
		if (x >= 0) {
			set_date_timex(s, tg, e, (size_t)x);
			tg->tx_used[x] = 1;
		} else
			set_date_inherited(s, e);
		if (nspeakers == 1) {
			speech_date = e->date;
			speech_text = e->date_text;
			speech_basis = e->basis;
		}
		if (!s->lead_done && p->kind == MDTL_PH_SPEECH) {
			s->lead_done = 1;
			if (x >= 0 && e->date.gran != MDTL_GRAN_NONE) {
				s->lead = e->date;
				s->lead_basis = MDTL_BASIS_INHERITED;
				s->lead_text = e->date_text;
			}
		}
		if (p->kind == MDTL_PH_SPEECH)
			s->last_speaker = who;
		s->last_agent = who;
		if (s->sent_speaker == NULL)
			s->sent_speaker = who;
		if (who->kind == MDTL_ACTOR_PERSON)
			s->pending_person = who;
	}
	/* a quotation that goes on with no verb of its own */
	if (np == 0 && tg->n > 0 && (tg->t[0].flags & MDTL_TOK_QUOTE) &&
	    s->last_speaker != NULL) {
		struct mdtl_event *e;
		int w = 0;

		for (k = 0; k < tg->nc; k++)
			if (tg->c[k].kind == MDTL_PH_WARNING)
				w = 1;
		e = new_event(s, sent, w ? MDTL_EVENT_WARNING :
		    MDTL_EVENT_STATEMENT, "a quotation that continues");
		add_actor(s, e, s->last_speaker, MDTL_ROLE_SPEAKER);
		e->why_actor = "the speaker of the quotation before";
		e->quote = quote_of(s, tg);
		set_date_inherited(s, e);
		speech_date = e->date;
		speech_text = e->date_text;
		speech_basis = e->basis;
	}
	if (speech_date.gran == MDTL_GRAN_NONE && s->lead_basis !=
	    MDTL_BASIS_NONE) {
		speech_date = s->lead;
		speech_text = s->lead_text;
		speech_basis = s->lead_basis;
	}
	deadlines(s, sent, tg, -1);
	summit(s, sent, tg, &speech_date, speech_text, speech_basis,
	    &summit_tx);
	if (summit_tx >= 0)
		deadlines(s, sent, tg, summit_tx);
	/* ids: stable across runs, from the article, the span and the type */
	for (i = first_event; i < *s->n; i++) {
		struct mdtl_event *e = &(*s->v)[i];

		mdtl_event_id(&s->ids, e->id, e->span.start, e->span.end,
		    e->type, i - first_event);
	}
}

static void
update_context(struct state *s, const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->nm; i++)
		if (tg->m[i].actor->kind == MDTL_ACTOR_PERSON)
			s->last_person = tg->m[i].actor;
	if (s->pending_person != NULL)
		s->last_person = s->pending_person;
	s->pending_person = NULL;
	if (tg->nm == 0)
		return;
	s->nprev = 0;
	for (i = 0; i < tg->nm; i++)
		if (!tg->m[i].weak && tg->m[i].actor->kind != MDTL_ACTOR_AGENCY)
			s->prev[s->nprev++] = tg->m[i].actor;
}

/* A sentence folded for comparing repeats: each token's form and a space. */
static const char *
fold(struct state *s, struct seen *sn)
{
	char *out, *p;
	size_t i, len = 0;

	if (sn->fold != NULL)
		return sn->fold;
	for (i = 0; i < sn->n; i++)
		len += strlen(sn->t[i].norm) + 1;
	out = p = mdtl_arena_alloc(&s->art->arena, len + 1);
	for (i = 0; i < sn->n; i++) {
		p = stpcpy(p, sn->t[i].norm);
		*p++ = ' ';
	}
	*p = '\0';
	return sn->fold = out;
}

/*
 * The same sentence told again, perhaps with a credit added at its end
 * ("..., DPA reported."): the shorter, without its full stop, begins the
 * longer, and what is left is a few words.
 */
static int
same_sentence(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), words = 0;
	const char *rest;

	if (la > lb) {
		const char *t = a;
		size_t lt = la;

		a = b;
		b = t;
		la = lb;
		lb = lt;
	}
	if (la == lb)
		return strcmp(a, b) == 0;
	/* drop the final ". " of the shorter */
	if (la >= 2 && strcmp(a + la - 2, ". ") == 0)
		la -= 2;
	if (la < 20 || strncmp(a, b, la) != 0)
		return 0;
	for (rest = b + la; *rest; rest++)
		if (*rest == ' ')
			words++;
	return words <= 8;
}

/*
 * Can two sentences be the same by same_sentence()?  Not when their folds
 * differ in the tokens before the shorter's last, or in more tokens than
 * its full stop and eight words: told from the tokens, without folding.
 */
static int
may_be_same(const struct seen *a, const struct seen *b)
{
	size_t n = a->n < b->n ? a->n : b->n, i;

	if (a->n > b->n + 9 || b->n > a->n + 9)
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (a->t[i].hash != b->t[i].hash)
			return 0;
	return 1;
}

/*
 * A sentence's bucket: the hashes of the tokens that start in the first
 * SEEN_KEY bytes of its fold.  Two that same_sentence() finds alike share
 * those bytes and so those tokens, whole (the shorter, cut to whole
 * tokens, is still SEEN_KEY bytes or more).
 */
static uint64_t
seen_hash(const struct seen *sn)
{
	uint64_t h = mdtl_text_seed(0);
	size_t i, k = 0;

	for (i = 0; i < sn->n && k < SEEN_KEY; i++) {
		h = mdtl_text_mix(h, sn->t[i].hash);
		k += strlen(sn->t[i].norm) + 1;
	}
	return h;
}

static void
credits(struct state *s, const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->nm; i++) {
		const struct mdtl_actor *a = tg->m[i].actor;

		if (a->kind != MDTL_ACTOR_AGENCY)
			continue;
		if (!s->source_known && s->art->source != NULL)
			s->source = mdtl_lexicon_find_actor(s->lex,
			    s->art->source, 0);
		s->source_known = 1;
		if (s->source != NULL && s->source == a)
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
	size_t i, j;
	struct mdtl_timex_ctx dates;

	memset(&s, 0, sizeof s);
	s.art = art;
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
		s.lead = s.ref;
		s.lead_basis = MDTL_BASIS_PUBLICATION;
	} else if (art->published.gran != MDTL_GRAN_NONE) {
		s.ref = art->published;
	}
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
	for (i = 0; i < tx->nsentences; i++) {
		const struct mdtl_sentence *sent = &tx->sentences[i];
		struct seen *seen, **bucket, here;

		mdtl_tag_sentence(tg, s.lex, tx->tokens + sent->tok, sent->ntok,
		    s.day, &s.ref);
		saw_sentence(&s, tg, i);
		/* "later that day": the day last named */
		for (j = 0; j < tg->ntx; j++)
			mdtl_timex_ctx_apply(&dates, &tg->tx[j]);
		credits(&s, tg);
		memset(&here, 0, sizeof here);
		here.t = tg->t;
		here.n = tg->n;
		bucket = &s.buckets[seen_hash(&here) & (s.nbuckets - 1)];
		for (seen = *bucket; seen != NULL; seen = seen->next)
			if (may_be_same(seen, &here) &&
			    same_sentence(fold(&s, seen), fold(&s, &here)))
				break;
		if (seen != NULL) {
			/* a repeated sentence: more mentions of the same events */
			for (j = seen->first; j < seen->first + seen->count; j++) {
				add_mention(&s, &(*v)[j], sent);
			}
			update_context(&s, tg);
			continue;
		}
		seen = mdtl_arena_alloc(&art->arena, sizeof *seen);
		*seen = here;
		seen->next = *bucket;
		*bucket = seen;
		seen->first = *n;
		sentence_events(&s, sent, tg);
		seen->count = *n - seen->first;
		update_context(&s, tg);
	}
	*meta = *mdtl_article_meta(art);
	return *n - s.start;
}

/*
 * speaker.c: who performs a predicate: an actor named before it in the
 * same clause (the nearest person first), one named right after it ("said
 * Dmitry Rogozin"), a pronoun or a title alone for the last person named,
 * an anonymous official for the article's first named speaker, or a
 * person the data does not know, named with a title.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "mdtl/buf.h"
#include "mdtl/utf8.h"
#include "extract-int.h"

/* A word in capitals, "OSCE", "CSTO": a body, not a person. */
static int
acronym(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const char *b = s->text + tg->t[i].span.start;
	size_t k, n = tg->t[i].span.end - tg->t[i].span.start;

	size_t l;

	if (n < 2 || (n == 2 && b[1] == '.'))	/* "W." */
		return 0;
	for (k = 0; k < n; k += l) {
		unsigned char c = (unsigned char)b[k];

		l = 1;
		if (c < 0x80 ? islower(c) :
		    !mdtl_utf8_upper(mdtl_utf8_decode(b + k, n - k, &l)))
			return 0;
	}
	return 1;
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
	    (t->flags & MDTL_TOK_INQUOTE) || in_list(tg, t, NOT_NAMES) ||
	    mdtl_tags_actor_at(tg, i) != NULL || acronym(s, tg, i) ||
	    mdtl_tags_timex_at(tg, i) != NULL ||
	    mdtl_tags_cue_at(tg, i) != NULL)
		return 0;
	if (mdtl_lexicon_match(s->lex, t, tg->n - i, 1u << MDTL_PH_TITLE |
	    1u << MDTL_PH_PLACE | 1u << MDTL_PH_SPEECH |
	    1u << MDTL_PH_ANONYMOUS | 1u << MDTL_PH_COLLECTIVE, 0,
	    &len) != NULL)
		return 0;
	return 1;
}

/*
 * "Vladimir Putin first put forward": capitalised words from token i to j
 * that open with a given name (data/given-names.yaml), none of them or the
 * word after them a body's noun ("Lawrence Insurance Group Inc."); not a
 * credit's ("From David Brunnstrom and Arshad Mohammed, Reuters:", "photo
 * by Eric Draper", "REUTERS/Carolyn Kaster/Pool").
 */
static int
given_named(const struct state *s, const struct mdtl_tags *tg, size_t i,
    size_t j)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	if (!mdtl_lexicon_given_name(s->lex, &tg->t[i]) ||
	    (i > 0 && (is(&tg->t[i - 1], "by") ||
	    is(&tg->t[i - 1], "from") || is(&tg->t[i - 1], "/"))) ||
	    (j + 1 < tg->n && is(&tg->t[j], ",") &&
	    (m = mdtl_tags_actor_at(tg, j + 1)) != NULL &&
	    m->actor->kind == MDTL_ACTOR_AGENCY))
		return 0;
	for (k = i + 1; k <= j && k < tg->n; k++)
		if (in_list(tg, &tg->t[k], BODY_NOUNS))
			return 0;
	return 1;
}

/* Is token i a word with a hyphen after it and another word right after
 * that, no space between: "Frank-Walter"? */
static int
hyphened(const struct mdtl_tags *tg, size_t i)
{
	return i + 2 < tg->n && is(&tg->t[i + 1], "-") &&
	    !(tg->t[i + 1].flags & MDTL_TOK_SPACE) &&
	    !(tg->t[i + 2].flags & MDTL_TOK_SPACE);
}

/*
 * Is an editor's bracket open at token i: a "[" before it in the
 * sentence, not closed yet?
 */
static int
bracket_open(const struct mdtl_tags *tg, size_t i)
{
	while (i-- > 0)
		if (is(&tg->t[i], "]"))
			return 0;
		else if (is(&tg->t[i], "["))
			return 1;
	return 0;
}

/* Is token i a title word ("minister", "Mr")? */
static int
title_at(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	size_t len;

	return mdtl_lexicon_match(s->lex, &tg->t[i], tg->n - i,
	    1u << MDTL_PH_TITLE, 0, &len) != NULL;
}

/*
 * "Iran's ambassador to Baku Mohsun Pak Ayeen": where a title of grammar
 * list posting_titles and the place it is posted to, "to" between, start
 * when the place ends right before token a; or a.
 */
static size_t
posted_to(const struct mdtl_tags *tg, size_t a)
{
	const struct mdtl_actor_tag *r;
	size_t k, st = a;

	if (a == 0)
		return a;
	r = mdtl_tags_actor_at(tg, a - 1);
	if (r != NULL && r->tok + r->ntok == a &&
	    r->actor->kind != MDTL_ACTOR_PERSON)
		st = r->tok;
	for (k = 0; st == a && k < tg->np; k++)
		if (tg->p[k].tok + tg->p[k].ntok == a)
			st = tg->p[k].tok;
	return st < a && st >= 2 && is(&tg->t[st - 1], "to") &&
	    in_list(tg, &tg->t[st - 2], POSTING_TITLES) ? st - 2 : a;
}

/*
 * Capitalised words from token a that name a body, not a person: after a
 * determiner or "of", over modifiers ("the National Chess Federation",
 * "head of the Foreign Relations Department", "chief of International
 * Relations Department").
 */
static int
body_name(struct state *s, const struct mdtl_tags *tg, size_t a)
{
	size_t i;

	for (i = a; i > 0 && title_at(s, tg, i - 1) &&
	    in_list(tg, &tg->t[i - 1], TITLE_MODIFIERS); i--)
		;
	/* "Secretary of State Philip Gordon": the modifiers end a title */
	if (i < a && i > 1 && is(&tg->t[i - 1], "of") &&
	    title_at(s, tg, i - 2) &&
	    !in_list(tg, &tg->t[i - 2], TITLE_MODIFIERS))
		return 0;
	return i > 0 && (is(&tg->t[i - 1], "of") || is(&tg->t[i - 1], "'s") ||
	    in_list(tg, &tg->t[i - 1], DETERMINERS));
}

/* Does an id made of a name keep the character ("O'Reilly": "oreilly")? */
static int
id_char(char c)
{
	return c != '.' && c != '\'';
}

/* "MS. NULAND" is Nuland: a word of capitals in a name, in small ones
 * past its first letter (ASCII only: the rest is left as written). */
static void
title_case(char *name)
{
	char *w, *e, *c;
	int caps;

	for (w = name; *w != '\0'; w = *e != '\0' ? e + 1 : e) {
		caps = 1;
		for (e = w; *e != '\0' && *e != ' ' && *e != '-'; e++)
			if (!isupper((unsigned char)*e))
				caps = 0;
		for (c = w + 1; caps && c < e; c++)
			*c = (char)tolower((unsigned char)*c);
	}
}

static const struct mdtl_actor *body_with_word(const struct state *,
		    const struct mdtl_tags *, size_t);

/*
 * A person the data does not know, named in tokens [a, b): found again by
 * the last word of the name ("Siemoniak said"; the first of two, a family
 * name, "Hong said" after "Hong Lei", if no one else's), or made when create is
 * set, once an article.  The country is the one named in the title before
 * the name ("Polish Defence Minister ...").
 */
static const struct mdtl_actor *
adhoc_person(struct state *s, const struct mdtl_tags *tg, size_t a, size_t b,
    int create)
{
	struct mdtl_buf id = MDTL_BUF_INIT;
	struct mdtl_actor *p;
	char last[64], *name;
	const char *w;
	size_t i, k;
	const struct mdtl_actor *family = NULL, *owner;
	size_t nfamily = 0;
	/* the last to act in words: a body's voice follows them */
	const struct mdtl_actor *body = s->last_agent != NULL ?
	    s->last_agent : s->last_speaker;

	/* the last word as the id writes it: "O'Reilly" is "oreilly" */
	for (w = tg->t[b - 1].norm, k = 0; *w != '\0' && k + 1 < sizeof last;
	    w++)
		if (id_char(*w))
			last[k++] = *w;
	last[k] = '\0';
	for (i = 0; i < s->nadhoc; i++) {
		const char *n = s->adhoc[i]->id, *dash = strrchr(n, '-');

		if (strcmp(dash ? dash + 1 : n, last) == 0)
			return s->adhoc[i];
		/* "Hong said" after "spokesperson Hong Lei": the first of a
		 * name of two words, the family name, if one person's */
		if (b - a == 1 && dash != NULL && strchr(n, '-') == dash &&
		    (size_t)(dash - n) == strlen(last) &&
		    strncmp(n, last, (size_t)(dash - n)) == 0) {
			family = s->adhoc[i];
			nfamily++;
		}
	}
	if (nfamily == 1)
		return family;
	if (!create)
		return NULL;
	for (i = a; i < b; i++) {
		w = tg->t[i].norm;
		/* "Frank-Walter", the point of "James E. Cartwright", the
		 * bracket of "[Anders Fogh] Rasmussen" */
		if (strcmp(w, "-") == 0 || strcmp(w, ".") == 0 ||
		    strcmp(w, "]") == 0)
			continue;
		if (i > a)
			mdtl_buf_addch(&id, '-');
		for (; *w; w++)
			if (id_char(*w))
				mdtl_buf_addch(&id, *w);
	}
	p = mdtl_arena_calloc(&s->art->arena, 1, sizeof *p);
	p->id = mdtl_arena_strdup(&s->art->arena, id.buf);
	/* on one line: "Edward\nNalbandyan" wrapped is "Edward Nalbandyan";
	 * the name on both sides of a bracket */
	mdtl_buf_reset(&id);
	for (i = k = a; i <= b; i++)
		if (i == b || is(&tg->t[i], "]")) {
			if (i > k) {
				if (id.len > 0)
					mdtl_buf_addch(&id, ' ');
				mdtl_buf_add_line(&id,
				    span_text(s, tg, k, i - k));
			}
			k = i + 1;
		}
	name = mdtl_arena_strdup(&s->art->arena, id.buf);
	title_case(name);
	p->name = name;
	p->kind = MDTL_ACTOR_PERSON;
	mdtl_buf_release(&id);
	/* "Medvedev's spokeswoman, Natalya Timakova", "Mrs Ashton": a
	 * woman's title right before the name, or before its comma */
	for (k = a; k-- > 0 && a - k <= 2;)
		if (in_list(tg, &tg->t[k], FEMALE_TITLES))
			p->gender = MDTL_GENDER_FEMALE;
		else if (!is(&tg->t[k], ",") && !is(&tg->t[k], "."))
			break;
	/* the country of the title: "Polish Defence Minister", "Kremlin aide" */
	for (k = a; k-- > 0 && a - k <= 5;) {
		const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, k);

		if (m != NULL) {
			/* "Ashton's spokesman": the EU's */
			p->country = mdtl_actor_side_on(m->actor, s->day);
			break;
		}
		if (tg->t[k].kind == MDTL_TOK_PUNCT)
			break;
	}
	/* "Russia's foreign ministry on Tuesday questioned ... '...,'
	 * spokesman Andrei Nesterenko said": a title of no body, right after
	 * a body's words (an offer's too: "the state department on Thursday
	 * signalled it was still open to a compromise"), is that body's
	 * voice; so is one a pronoun owns,
	 * right after one's words, a person's too: "Ashton ... said on
	 * Wednesday ... Her spokesman, Michael Mann, called ..." */
	/* "The ministry's spokesman Elman Abdullayev": the side of the
	 * last body named with that word */
	if (p->country == NULL && a >= 4 &&
	    in_list(tg, &tg->t[a - 1], SPOKESPERSONS) &&
	    is(&tg->t[a - 2], "'s") && is(&tg->t[a - 4], "the") &&
	    mdtl_tags_actor_at(tg, a - 3) == NULL &&
	    (owner = body_with_word(s, tg, a - 3)) != NULL &&
	    owner->kind != MDTL_ACTOR_PERSON)
		p->country = mdtl_actor_side_on(owner, s->day);
	if (p->country == NULL && body != NULL &&
	    ((a > 0 && in_list(tg, &tg->t[a - 1], SPOKESPERSONS) &&
	    body->kind != MDTL_ACTOR_PERSON) ||
	    /* ("..., a spokesman, Mark Toner, told reporters") */
	    (a >= 2 && is(&tg->t[a - 1], ",") &&
	    in_list(tg, &tg->t[a - 2], SPOKESPERSONS) &&
	    body->kind != MDTL_ACTOR_PERSON) ||
	    (a >= 3 && is(&tg->t[a - 1], ",") &&
	    in_list(tg, &tg->t[a - 2], SPOKESPERSONS) &&
	    in_list(tg, &tg->t[a - 3], POSSESSIVES)))) {
		p->country = mdtl_actor_side_on(body, s->day);
		s->voice = p;
		s->voice_of = body;
	}
	*MDTL_ARENA_PUSH(&s->art->arena, s->adhoc, s->nadhoc, s->aadhoc) = p;
	return p;
}

/*
 * A run of name words starting at tok, after a verb of saying that follows
 * a quotation ('"...," said Oktay Sadykhzadeh'); a name before its verb is
 * already a mention of the sentence (mdtl_speaker_names()).
 */
static const struct mdtl_actor *
name_after(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t b = tok;

	while (b < tg->n && b - tok < 4 && name_word(s, tg, b))
		b++;
	return b > tok ? adhoc_person(s, tg, tok, b, b - tok >= 2) : NULL;
}

/*
 * Titles before token a, reaching back over the bodies they are of:
 * "Foreign Minister", "Minister of Defense of Azerbaijan", "Chief of
 * General Staff".  1 when the word right before a is a title, 2 when
 * a body or a modifier is ("Staff", "Turkey") with a title before it, else
 * 0: "the National Wrestling Federation" has a modifier but no title.
 */
static int
titled(struct state *s, const struct mdtl_tags *tg, size_t a)
{
	size_t i;
	int seen = 0, body = 0;

	if (a == 0 || body_name(s, tg, a))
		return 0;
	/* "Lt. Col. Irina Kovalchuk": an abbreviated title's stop */
	if (a > 1 && is(&tg->t[a - 1], ".") && title_at(s, tg, a - 2))
		a--;
	for (i = a; i-- > 0 && a - i <= 10;) {
		const struct mdtl_token *t = &tg->t[i];

		if (title_at(s, tg, i)) {
			if (in_list(tg, t, TITLE_MODIFIERS))
				continue;
			if (i + 1 == a)
				return 1;
			/* "governor of the People's Bank of China": a body
			 * the data does not know, after "of" */
			if (!body || (i + 1 < a && is(&tg->t[i + 1], "of")))
				seen = 1;
			break;
		} else if (mdtl_tags_actor_at(tg, i) != NULL || is(t, "of") ||
		    is(t, "the") || is(t, "'s") || (is(t, ".") && i > 0 &&
		    title_at(s, tg, i - 1)))
			continue;
		else if (t->kind == MDTL_TOK_WORD && (t->flags & MDTL_TOK_CAP))
			body = 1;
		else if (!is(t, "`"))
			break;
	}
	return seen ? 2 : 0;
}

/*
 * ", the Polish minister", ", chief of ...", ", a former chief of ...": a
 * title in apposition.
 */
static int
apposed(struct state *s, const struct mdtl_tags *tg, size_t j)
{
	size_t i;

	if (j >= tg->n || !is(&tg->t[j], ","))
		return 0;
	for (i = j + 1; i < tg->n && i < j + 5; i++) {
		const struct mdtl_token *t = &tg->t[i];

		if (title_at(s, tg, i))
			return 1;
		if (!(in_list(tg, t, DETERMINERS) ||
		    mdtl_tags_actor_at(tg, i) != NULL ||
		    (i > j + 1 && t->kind == MDTL_TOK_WORD &&
		    !(t->flags & MDTL_TOK_CAP))))
			return 0;
	}
	return 0;
}

/*
 * "The foreign ministers of Armenia and Azerbaijan, Edward Nalbandian and
 * Elmar Mammadyarov,": a plural title and "of" its sides, the comma at
 * token comma closing them.
 */
static int
plural_title_of(struct state *s, const struct mdtl_tags *tg, size_t comma)
{
	size_t i;

	for (i = comma; i-- > 1 && comma - i <= 7 && !boundary(&tg->t[i]);)
		if (is(&tg->t[i], "of"))
			return title_at(s, tg, i - 1) &&
			    ends_in(tg->t[i - 1].norm, "s", 3);
	return 0;
}

/* Does a verb of saying start at token j, or after an auxiliary? */
static int
speaks_at(const struct mdtl_tags *tg, size_t j)
{
	const struct mdtl_cue_tag *c;

	/* "Zhou Xiaochuan, in turn, said", "..., Ramin Mehmanparast, said";
	 * and past an apposition ("Mitt Romney, the front-runner for the
	 * Republican nomination, called") */
	if (j + 1 < tg->n && is(&tg->t[j], ",")) {
		size_t k, far = in_list(tg, &tg->t[j + 1], DETERMINERS) ? 13 : 5;

		for (k = j + 1; k < tg->n && k < j + far &&
		    !is(&tg->t[k], ","); k++)
			;
		if (k < tg->n && is(&tg->t[k], ","))
			j = k + 1;
		else if ((c = mdtl_tags_cue_at(tg, j + 1)) != NULL &&
		    c->tok == j + 1 && c->kind == MDTL_PH_SPEECH)
			return 1;
	}
	if (j < tg->n && (is(&tg->t[j], "has") || is(&tg->t[j], "had")))
		j++;
	return j < tg->n && (c = mdtl_tags_cue_at(tg, j)) != NULL &&
	    c->tok == j && c->kind != MDTL_PH_SUMMIT &&
	    c->kind != MDTL_PH_DEADLINE && c->kind != MDTL_PH_ANONYMOUS;
}

/* Put a mention of a person the data does not know among the tags. */
static void
add_mention(struct mdtl_tags *tg, size_t a, size_t b,
    const struct mdtl_actor *p)
{
	size_t k;

	if (tg->nm == MDTL_TAG_MAX)
		return;
	for (k = tg->nm; k > 0 && tg->m[k - 1].tok > a; k--)
		tg->m[k] = tg->m[k - 1];
	tg->m[k].tok = a;
	tg->m[k].ntok = b - a;
	tg->m[k].actor = p;
	tg->m[k].ph = NULL;
	tg->m[k].weak = 0;
	tg->nm++;
}

/*
 * The person of the data named last in the article whose name ends with
 * the word at token i alone ("Ivanov" after "Sergei Ivanov"), or NULL.
 */
static const struct mdtl_actor *
surname_of(const struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const char *w = tg->t[i].norm, *name;
	size_t k, a, n = strlen(w), len;

	if (mdtl_tags_actor_at(tg, i) != NULL || n < 3)
		return NULL;
	for (k = s->nrecent; k-- > 0;) {
		if (s->recent[k]->kind != MDTL_ACTOR_PERSON)
			continue;
		name = s->recent[k]->name;
		len = strlen(name);
		if (len <= n || name[len - n - 1] != ' ' ||
		    strcasecmp(name + len - n, w) != 0)
			continue;
		/* one the data knows: the article's own are found again by
		 * adhoc_person() */
		for (a = 0; a < s->nadhoc && s->adhoc[a] != s->recent[k]; a++)
			;
		if (a == s->nadhoc)
			return s->recent[k];
	}
	return NULL;
}

/* Do "'s" and a speech noun, past up to two modifiers, follow the name
 * words ending at j ("Dmitry Medvedev's televised warning")? */
static int
words_of_name(const struct mdtl_tags *tg, size_t j)
{
	size_t k;

	if (j + 1 >= tg->n || !is(&tg->t[j], "'s"))
		return 0;
	for (k = j + 1; k < tg->n && k <= j + 3; k++) {
		if (in_list(tg, &tg->t[k], SPEECH_NOUNS))
			return 1;
		if (tg->t[k].kind != MDTL_TOK_WORD ||
		    (tg->t[k].flags & MDTL_TOK_CAP))
			return 0;
	}
	return 0;
}

/* Do "of" and a country follow the name words [i, j) ("James Warlick of
 * the U.S."), none of them a body's noun ("Union Bank of Finland")? */
static int
of_country(const struct mdtl_tags *tg, size_t i, size_t j)
{
	const struct mdtl_actor_tag *m;
	size_t k;

	if (j + 1 >= tg->n || !is(&tg->t[j], "of"))
		return 0;
	for (k = i; k < j; k++)
		if (in_list(tg, &tg->t[k], BODY_NOUNS))
			return 0;
	if (is(&tg->t[j + 1], "the"))
		j++;
	return j + 1 < tg->n && (m = mdtl_tags_actor_at(tg, j + 1)) != NULL &&
	    m->tok == j + 1 && !m->weak && m->actor->kind == MDTL_ACTOR_COUNTRY;
}

/*
 * After the name word at j, the particles of a family name (grammar list
 * `name_particles`: "von der" of "Ursula von der Leyen"), a name word
 * right after them: how many tokens they are, or 0.
 */
static size_t
particles(struct state *s, const struct mdtl_tags *tg, size_t j)
{
	size_t k;

	for (k = j + 1; k < tg->n && k <= j + 2 &&
	    !(tg->t[k].flags & MDTL_TOK_CAP) &&
	    in_list(tg, &tg->t[k], NAME_PARTICLES); k++)
		;
	return k > j + 1 && k < tg->n && name_word(s, tg, k) ? k - j - 1 : 0;
}

void
mdtl_speaker_names(struct state *s, struct mdtl_tags *tg)
{
	size_t i, j, k, prev_end = 0;
	const struct mdtl_actor *prev = NULL;

	for (i = 0; i < tg->n; i = j > i ? j : i + 1) {
		const struct mdtl_actor *p;
		struct mdtl_actor_tag *m;
		int title, honour, evidence, the;
		size_t words;

		j = i;
		if (!(tg->t[i].flags & MDTL_TOK_CAP))
			continue;
		for (words = 0; j < tg->n && words < 4 && name_word(s, tg, j);
		    j++, words++) {
			/* "Frank-Walter Steinmeier": one word of the name */
			if (hyphened(tg, j) && name_word(s, tg, j + 2))
				j += 2;
			/* "James E. Cartwright": a middle initial in it */
			else if (words > 0 && initial_at(tg, j) &&
			    j + 2 < tg->n && name_word(s, tg, j + 2) &&
			    !initial_at(tg, j + 2))
				j++;
			/* "[Secretary General Anders Fogh] Rasmussen": an
			 * editor's bracket closing inside the name */
			else if (j + 2 < tg->n && is(&tg->t[j + 1], "]") &&
			    bracket_open(tg, i) && name_word(s, tg, j + 2))
				j++;
			/* "Karl-Theodor zu Guttenberg", "Ursula von der
			 * Leyen": the particles of a family name in it */
			j += particles(s, tg, j);
		}
		/* "MR. RHODES:", a transcript's speaker in capitals */
		if (j == i && s->nadhoc > 0 && tg->t[i].kind == MDTL_TOK_WORD &&
		    acronym(s, tg, i) && !mdtl_tags_actor_at(tg, i) &&
		    (p = adhoc_person(s, tg, i, i + 1, 0)) != NULL) {
			add_mention(tg, i, i + 1, p);
			j = i + 1;
			continue;
		}
		if (j == i)
			continue;
		/* "chief of the Strategic Missile Forces": after "the", a
		 * body's name, no person's */
		the = i > 0 && is(&tg->t[i - 1], "the");
		/*
		 * "the Foreign Minister of Ruritania Karl Brenner": a body
		 * the data does not know, then the name
		 */
		if (j - i >= 3 && body_name(s, tg, i) && titled(s, tg, j - 2))
			i = j - 2;
		/* "Dmitri Peskov", "Vladimír Putin": a first name the data
		 * spells otherwise, part of the mention that follows */
		k = j < tg->n && (is(&tg->t[j], "]") || is(&tg->t[j], ")")) ?
		    j + 1 : j;	/* "[Anders Fogh] Rasmussen" */
		/* "Robert M. Gates": past a middle initial */
		if (k > i && initial_at(tg, k - 1))
			k++;
		else if (initial_at(tg, k))
			k += 2;
		for (m = tg->m; m < tg->m + tg->nm && m->tok != k; m++)
			;
		if (m < tg->m + tg->nm && !m->weak &&
		    m->actor->kind == MDTL_ACTOR_PERSON) {
			m->ntok += k - i;
			m->tok = i;
			continue;
		}
		/* "Ivanov told reporters" after "First Deputy Prime Minister
		 * Sergei Ivanov": the surname of a person the data knows,
		 * named before in the article by a name it ends */
		if (words == 1 && (p = surname_of(s, tg, i)) != NULL) {
			add_mention(tg, i, j, p);
			prev = p;
			prev_end = j;
			continue;
		}
		p = adhoc_person(s, tg, i, j, 0);
		title = titled(s, tg, i);
		honour = i > 0 && in_list(tg, &tg->t[i - 1], HONORIFICS);
		/*
		 * what makes capitalised words a person's name: a title
		 * before them or after a comma, a verb of saying, or another
		 * person just named ("Elmar Mammadyarov and Edward
		 * Nalbandyan"); one word alone only after a title of its own
		 */
		evidence = title || apposed(s, tg, j) || speaks_at(tg, j) ||
		    /* "the foreign ministry spokesman, Ramin Mehmanparast," */
		    (i >= 2 && is(&tg->t[i - 1], ",") &&
		    (title_at(s, tg, i - 2) || plural_title_of(s, tg, i - 1))) ||
		    /* "Iran's ambassador to Azerbaijan, Mohsen Pak Ayeen" */
		    (i >= 1 && is(&tg->t[i - 1], ",") &&
		    posted_to(tg, i - 1) < i - 1) ||
		    (prev != NULL && i >= 2 && prev_end == i - 1 &&
		    is(&tg->t[i - 1], "and")) ||
		    /* "Igor Popov of Russia, James Warlick of the U.S." */
		    (words >= 2 && of_country(tg, i, j));
		/* "Dmitry Medvedev's televised warning": a person's words;
		 * "Vladimir Putin first put forward the idea": a given name
		 * opening two words or more */
		evidence = evidence || (words >= 2 && (words_of_name(tg, j) ||
		    given_named(s, tg, i, j)));
		if (p == NULL && (!evidence || the || body_name(s, tg, i) ||
		    (words < 2 && !honour && title != 1) ||
		    (p = adhoc_person(s, tg, i, j, 1)) == NULL))
			continue;
		add_mention(tg, i, j, p);
		prev = p;
		prev_end = j;
	}
	/* "Russian Deputy Foreign Minister Sergei Ryabkov": a role right
	 * before a person's name is the person's title, not its holder */
	for (k = 0; k + 1 < tg->nm; k++)
		if (tg->m[k].ph != NULL && tg->m[k].ph->role &&
		    tg->m[k + 1].tok == tg->m[k].tok + tg->m[k].ntok &&
		    tg->m[k + 1].actor->kind == MDTL_ACTOR_PERSON &&
		    tg->m[k + 1].actor != tg->m[k].actor) {
			memmove(&tg->m[k], &tg->m[k + 1],
			    (tg->nm - k - 1) * sizeof *tg->m);
			tg->nm--;
		}
}

/*
 * Is the mention m a side's title after "the" ("the Russian envoy"), whose
 * side is that of the last person named?
 */
static int
the_side_title(struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_actor_tag *m)
{
	return m->ph != NULL && m->ph->kind == MDTL_PH_DEMONYM &&
	    m->ntok > 1 && m->tok > 0 && is(&tg->t[m->tok - 1], "the") &&
	    title_at(s, tg, m->tok + m->ntok - 1) && s->last_person != NULL &&
	    side(s->last_person) == m->actor;
}

/* Does the word w stand in name, whatever its case? */
static int
names_word(const char *name, const char *w)
{
	size_t n = strlen(w);
	const char *p;

	for (p = name; *p != '\0'; p++) {
		size_t k;

		if (p != name && isalnum((unsigned char)p[-1]))
			continue;
		for (k = 0; k < n && p[k] != '\0' &&
		    tolower((unsigned char)p[k]) == w[k]; k++)
			;
		if (k == n && !isalnum((unsigned char)p[k]))
			return 1;
	}
	return 0;
}

/* Does the word w stand in the actor's name or in one of its aliases? */
static int
calls_word(const struct mdtl_actor *a, const char *w)
{
	size_t k;

	if (names_word(a->name, w))
		return 1;
	for (k = 0; k < a->naliases; k++)
		if (names_word(a->aliases[k], w))
			return 1;
	return 0;
}

/*
 * The words of tokens [from, to), normalised and joined by spaces, in buf
 * of size bytes: their length, or 0 when there are none or they do not
 * fit.
 */
static size_t
words_of(const struct mdtl_tags *tg, size_t from, size_t to, char *buf,
    size_t size)
{
	size_t i, len = 0;

	for (i = from; i < to; i++) {
		size_t w = strlen(tg->t[i].norm);

		if (len + w + 2 > size)
			return 0;
		if (len > 0)
			buf[len++] = ' ';
		memcpy(buf + len, tg->t[i].norm, w);
		len += w;
	}
	if (len < size)
		buf[len] = '\0';
	return len;
}

/* The body of the last speaker's side (or of the dateline's country) whose
 * name ends in the words [from, to) ("Defense Ministry"), or NULL. */
static const struct mdtl_actor *
side_body(const struct state *s, const struct mdtl_tags *tg, size_t from,
    size_t to)
{
	const struct mdtl_actor *own;
	char phrase[96];
	size_t i, k, plen, alen;

	own = s->last_speaker != NULL ? side(s->last_speaker) : NULL;
	if (own == NULL || own->kind != MDTL_ACTOR_COUNTRY)
		own = s->home;
	if (own == NULL)
		return NULL;
	if ((plen = words_of(tg, from, to, phrase, sizeof phrase)) == 0)
		return NULL;
	for (i = 0; i < s->lex->nactors; i++) {
		const struct mdtl_actor *a = &s->lex->actors[i];

		if (a->kind != MDTL_ACTOR_ORGANISATION || a->country != own)
			continue;
		for (k = 0; k < a->naliases; k++) {
			alen = strlen(a->aliases[k]);
			if (alen > plen && a->aliases[k][alen - plen - 1] ==
			    ' ' && strcasecmp(a->aliases[k] + alen - plen,
			    phrase) == 0)
				return a;
		}
	}
	return NULL;
}

/*
 * "..., the Defence Ministry said" after Deputy Defence Minister Antonov's
 * words, "The foreign ministry said": a body named by its kind alone,
 * words [from, to) after "the", the
 * body of the last speaker's side whose alias ends with them ("Russian
 * Defence Ministry"), or, when that side is not known, of the country of
 * the dateline ("MOSCOW, December 14 (RIA Novosti) - ..."); or NULL.
 */
static const struct mdtl_actor *
kind_of_body(const struct state *s, const struct mdtl_tags *tg, size_t from,
    size_t to)
{
	size_t i;

	if (from == 0 || to < from + 2 || to - from > 4 ||
	    !is(&tg->t[from - 1], "the"))
		return NULL;
	for (i = from; i < to; i++)
		if (tg->t[i].kind != MDTL_TOK_WORD)
			return NULL;
	return side_body(s, tg, from, to);
}


/* Is token i a word right after "the" (or ending a compound after it:
 * "the co-chairs") that names no actor? */
static int
after_the(const struct mdtl_tags *tg, size_t i)
{
	size_t k = i;

	if (k >= 3 && is(&tg->t[k - 1], "-") &&
	    !(tg->t[k - 1].flags & MDTL_TOK_SPACE) &&
	    !(tg->t[k].flags & MDTL_TOK_SPACE) &&
	    tg->t[k - 2].kind == MDTL_TOK_WORD)
		k -= 2;
	return k > 0 && is(&tg->t[k - 1], "the") &&
	    tg->t[i].kind == MDTL_TOK_WORD && !mdtl_tags_actor_at(tg, i);
}

/*
 * "The ministry said", "the powers offered": a body's word right after
 * "the", ending its noun phrase, for the last body named in the sentence
 * before whose name or alias has it ("the Russian Foreign Ministry", "six
 * world powers").
 */
static const struct mdtl_actor *
body_before(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	if (!after_the(tg, i) || (i + 1 < tg->n &&
	    tg->t[i + 1].kind == MDTL_TOK_WORD &&
	    (tg->t[i + 1].flags & MDTL_TOK_CAP)))
		return NULL;
	for (k = s->nprev; k-- > 0;)
		if (s->prev[k]->kind != MDTL_ACTOR_PERSON &&
		    calls_word(s->prev[k], tg->t[i].norm))
			return s->prev[k];
	return NULL;
}

/* What meeting_of() asks of the meeting it looks for. */
enum {
	MEET_BODIES = 1,	/* "Foreign Ministers of the NATO-Russia
				   Council met": one body will do */
	MEET_NEWS = 2,		/* of the days of the news, or of none */
	MEET_PEOPLE = 4		/* a person among them: those who can speak
				   together (not "the eve of a G8 summit"
				   told after the leaders met) */
};

/* Has e a person among its actors? */
static int
has_person(const struct state *s, const struct mdtl_event *e)
{
	const struct mdtl_actor *a;
	size_t i;

	for (i = 0; i < e->nactors; i++)
		if ((a = mdtl_extract_actor_any(s, &e->actors[i])) != NULL &&
		    a->kind == MDTL_ACTOR_PERSON)
			return 1;
	return 0;
}

/*
 * The last meeting the article told with two actors or more (MEET_*
 * flags in want), or NULL.
 */
static const struct mdtl_event *
meeting_of(const struct state *s, unsigned want)
{
	const struct mdtl_actor *a;
	size_t k;

	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *e = &(*s->v)[k];

		if ((want & MEET_NEWS) && e->date.gran != MDTL_GRAN_NONE &&
		    !mdtl_dating_news_day(s, &e->date))
			continue;
		if (e->type == MDTL_EVENT_SUMMIT && (e->nactors >= 2 ||
		    ((want & MEET_BODIES) && e->nactors == 1 &&
		    (a = mdtl_extract_known(s, &e->actors[0])) != NULL &&
		    a->kind == MDTL_ACTOR_ORGANISATION)) &&
		    (!(want & MEET_PEOPLE) || has_person(s, e)))
			return e;
	}
	return NULL;
}

/*
 * The first actor of the last event told before the sentence, when it is
 * a body, a group or a country (no person's: "they" are many), or NULL.
 */
static const struct mdtl_actor *
they_before(const struct state *s)
{
	const struct mdtl_actor *a;
	const struct mdtl_event *e;

	if (s->sent_first <= s->start || s->sent_first > *s->n)
		return NULL;
	e = &(*s->v)[s->sent_first - 1];
	if (e->nactors == 0 ||
	    (a = mdtl_extract_known(s, &e->actors[0])) == NULL ||
	    a->kind == MDTL_ACTOR_PERSON || a->kind == MDTL_ACTOR_AGENCY)
		return NULL;
	return a;
}

/*
 * The people of meeting m, speaking together: its first person, else its
 * first actor; the others are its speakers too (state's people_of).
 */
static const struct mdtl_actor *
people_of(struct state *s, const struct mdtl_event *m)
{
	s->people_of = (size_t)(m - *s->v) + 1;
	return mdtl_extract_first_person(s, m);
}

/*
 * The guest of the last meeting told: its first actor of another side
 * than its first's ("Aliyev received the co-chairs"), or NULL.
 */
static const struct mdtl_actor *
guest_of(const struct state *s)
{
	const struct mdtl_event *m = meeting_of(s, 0);
	const struct mdtl_actor *host, *a;
	size_t j;

	if (m == NULL)
		return NULL;
	host = side(mdtl_extract_known(s, &m->actors[0]));
	for (j = 1; j < m->nactors; j++)
		if ((a = mdtl_extract_known(s, &m->actors[j])) != NULL &&
		    side(a) != host)
			return a;
	return NULL;
}

const struct mdtl_actor *
mdtl_speaker_body_of_kind(const struct state *s, const struct mdtl_tags *tg,
    size_t i)
{
	size_t j;

	if (!is(&tg->t[i], "the"))
		return NULL;
	for (j = i + 1; j < tg->n && j < i + 5 &&
	    tg->t[j].kind == MDTL_TOK_WORD && (tg->t[j].flags & MDTL_TOK_CAP) &&
	    mdtl_tags_actor_at(tg, j) == NULL; j++)
		;
	return kind_of_body(s, tg, i + 1, j);
}

/*
 * The last body the article's events name whose name or alias has the
 * word at token i, else the last one the article names, or NULL.
 */
static const struct mdtl_actor *
body_with_word(const struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const char *seen[32];
	size_t k, j, nseen = 0, q;

	for (k = *s->n; k-- > s->start;) {
		const struct mdtl_event *e = &(*s->v)[k];

		for (j = 0; j < e->nactors; j++) {
			const struct mdtl_actor *a;

			/* each actor once: events share them */
			for (q = 0; q < nseen && seen[q] != e->actors[j].id;
			    q++)
				;
			if (q < nseen)
				continue;
			if (nseen < sizeof seen / sizeof *seen)
				seen[nseen++] = e->actors[j].id;
			a = mdtl_extract_known(s, &e->actors[j]);
			if (a != NULL && a->kind != MDTL_ACTOR_PERSON &&
			    calls_word(a, tg->t[i].norm))
				return a;
		}
	}
	/* else one only named: "under the auspices of the OSCE Minsk Group
	 * co-chairs" */
	for (k = s->nbodies; k-- > 0;)
		if (calls_word(s->bodies[k], tg->t[i].norm))
			return s->bodies[k];
	return NULL;
}

const struct mdtl_actor *
mdtl_speaker_body_told(const struct state *s, const struct mdtl_tags *tg,
    size_t i)
{
	size_t len;

	/* a capitalised word only as a body's word ("The Co-Chairs"), not
	 * a name ("The Moscow meeting") */
	if (!after_the(tg, i) || ((tg->t[i].flags & MDTL_TOK_CAP) &&
	    !is(&tg->t[i - 1], "-") && mdtl_lexicon_match(s->lex, &tg->t[i],
	    tg->n - i, 1u << MDTL_PH_TITLE | 1u << MDTL_PH_COLLECTIVE, 0,
	    &len) == NULL))
		return NULL;
	return body_with_word(s, tg, i);
}

/*
 * "A team of the International Atomic Energy Agency ended ..., the agency
 * said": a body's word at i, right after "the", for a body of the sentence
 * before (body_before()), else the last body this sentence names before
 * token before whose name or alias has it.
 */
static const struct mdtl_actor *
body_in_clause(struct state *s, const struct mdtl_tags *tg, size_t i,
    size_t before)
{
	const struct mdtl_actor *a;
	size_t k;

	if ((a = body_before(s, tg, i)) == NULL && after_the(tg, i))
		for (k = tg->nm; k-- > 0;)
			if (tg->m[k].tok < before && !tg->m[k].weak &&
			    tg->m[k].actor->kind != MDTL_ACTOR_PERSON &&
			    calls_word(tg->m[k].actor, tg->t[i].norm))
				return tg->m[k].actor;
	return a;
}

/*
 * Does the noun phrase whose last word starts at token i end a verb's
 * subject at token tok: only what is joined to that word ("co-chairs"),
 * adverbs, auxiliaries and a verb of saying between ("the co-chairs later
 * issued", "the ministry said in a statement"), not "ordered the military
 * to put ..." before it?
 */
static int
subject_ends(const struct mdtl_tags *tg, size_t i, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t k;

	for (k = i + 1; k < tok; k++) {
		if ((c = mdtl_tags_cue_at(tg, k)) != NULL &&
		    c->kind == MDTL_PH_SPEECH && c->tok + c->ntok <= tok) {
			k = c->tok + c->ntok - 1;
			continue;
		}
		if ((tg->t[k].flags & MDTL_TOK_SPACE) &&
		    !in_list(tg, &tg->t[k], ACT_ADVERBS) &&
		    !in_list(tg, &tg->t[k], AUXILIARIES))
			return 0;
	}
	return i < tok;
}

/*
 * "the diplomat", "the source": a word that makes a demonym a country's
 * ("an Azerbaijani diplomat"), at i right after "the", ending its noun
 * phrase at token end (a verb's subject, not "ordered the military to"
 * before it).
 */
static int
source_again(struct state *s, const struct mdtl_tags *tg, size_t i,
    size_t end)
{
	size_t len, j;

	if (i == 0 || !is(&tg->t[i - 1], "the") ||
	    mdtl_lexicon_match(s->lex, &tg->t[i], tg->n - i,
	    1u << MDTL_PH_COLLECTIVE, 0, &len) == NULL ||
	    !subject_ends(tg, i + len - 1, end))
		return 0;
	/* not "the Defence Ministry", "the foreign ministry", a body of the
	 * speaker's side */
	for (j = i; j < end && tg->t[j].kind == MDTL_TOK_WORD &&
	    (tg->t[j].flags & MDTL_TOK_CAP); j++)
		;
	return kind_of_body(s, tg, i, j > i ? j : i + len) == NULL;
}

/*
 * "Merkel's spokesman said the government regretted ...": is the noun at
 * i, after "the", the subject of a clause a verb of saying reports (right
 * after it, or after its "that")?  Not the source named before, but one of
 * the speaker's.
 */
static int
reported_subject(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_cue_tag *c;
	size_t j;

	if (i < 2 || !is(&tg->t[i - 1], "the"))
		return 0;
	j = i - 2;
	if (is(&tg->t[j], "that") && j > 0)
		j--;
	return (c = mdtl_tags_cue_at(tg, j)) != NULL &&
	    c->kind == MDTL_PH_SPEECH && c->tok + c->ntok == j + 1;
}

/*
 * "office" in "Tusk's office said": a body's word, from token a up to the
 * verb at tok.
 */
static int
own_body(struct state *s, const struct mdtl_tags *tg, size_t a, size_t tok)
{
	size_t len;

	return a < tok && mdtl_lexicon_match(s->lex, &tg->t[a], tok - a,
	    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL && a + len == tok;
}

/*
 * Does a run of title words end at i, right after "the", and end its noun
 * phrase ("the foreign minister said", not "the Foreign Relations
 * Department")?
 */
static int
title_only(struct state *s, const struct mdtl_tags *tg, size_t i,
    const struct mdtl_actor **side_of)
{
	const struct mdtl_actor_tag *m;
	size_t k = i + 1, j;

	*side_of = NULL;
	if (i + 1 < tg->n && tg->t[i + 1].kind == MDTL_TOK_WORD &&
	    (tg->t[i + 1].flags & MDTL_TOK_CAP))
		return 0;
	while (k > 0 && mdtl_tags_actor_at(tg, k - 1) == NULL &&
	    title_at(s, tg, k - 1) && i + 1 - k < 4)
		k--;
	/* "the ministry", "the foreign ministry": words of titles, no
	 * person's */
	for (j = k; j <= i && in_list(tg, &tg->t[j], TITLE_MODIFIERS); j++)
		;
	if (k <= i && j > i)
		return 0;
	/* "the Azerbaijani leader": a title of a side */
	if (k <= i && k > 1 && (m = mdtl_tags_actor_at(tg, k - 1)) != NULL &&
	    m->weak && m->tok + m->ntok == k && m->tok > 0) {
		*side_of = m->actor;
		k = m->tok;
	}
	return k <= i && k > 0 && is(&tg->t[k - 1], "the");
}

/*
 * "Western diplomats", "diplomats": words [a, b) before a verb, a plural
 * noun last, capitalised words before it ("but diplomats" is a clause of
 * its own), and no actor, cue or pronoun among them.
 */
static int
bare_subject(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (tg->t[i].kind != MDTL_TOK_WORD ||
		    (i + 1 < b && !(tg->t[i].flags & MDTL_TOK_CAP)) ||
		    mdtl_tags_actor_at(tg, i) != NULL ||
		    mdtl_tags_cue_at(tg, i) != NULL ||
		    in_list(tg, &tg->t[i], PERSON_PRONOUNS) ||
		    in_list(tg, &tg->t[i], THING_PRONOUNS))
			return 0;
	return !(tg->t[b - 1].flags & MDTL_TOK_CAP) &&
	    ends_in(tg->t[b - 1].norm, "s", 3) &&
	    !ends_in(tg->t[b - 1].norm, "ss", 3);
}

/* Is t's word one of title's? */
static int
in_title(const struct titled *title, const struct mdtl_token *t)
{
	size_t j;

	for (j = 0; j < title->ntitle; j++)
		if (mdtl_text_eq(title->title[j].norm, t->norm))
			return 1;
	return 0;
}

/* "the head of state": the last person named who holds, or was named
 * with, a head of state's title ("President Ilham Aliyev"), or NULL */
static const struct mdtl_actor *
head_of_state(const struct state *s, const struct mdtl_tags *tg)
{
	size_t k, t, j;

	for (k = s->nrecent; k-- > 0;) {
		const struct mdtl_actor *who = s->recent[k];

		if (mdtl_actor_titled(tg->lex, who, MDTL_GRAMMAR_STATE_HEADS,
		    s->day))
			return who;
		for (t = 0; t < s->ntitled; t++) {
			const struct titled *tl = &s->titled[t];

			if (tl->who != who)
				continue;
			for (j = 0; j < tl->ntitle; j++)
				if (in_list(tg, &tl->title[j], STATE_HEADS))
					return who;
		}
	}
	return NULL;
}

/*
 * "the deputy minister" alone, its words ending at i: the last person the
 * article named with a title that has each of them ("Deputy Foreign
 * Minister Sergei Ryabkov"); "the head of state", the last named with a
 * head of state's title ("President Ilham Aliyev"); or NULL.
 */
static const struct mdtl_actor *
titled_as(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	size_t k, a;

	if (i + 2 < tg->n && is(&tg->t[i], "head") &&
	    is(&tg->t[i + 1], "of") && is(&tg->t[i + 2], "state"))
		return head_of_state(s, tg);
	for (k = s->ntitled; k-- > 0;) {
		/* (not one named after it in its sentence: "The president
		 * also said he expected to meet U.S. President Barack
		 * Obama") */
		if (s->titled[k].title > &tg->t[i] &&
		    s->titled[k].title < tg->t + tg->n)
			continue;
		for (a = i + 1; a > 0 && !is(&tg->t[a - 1], "the") &&
		    in_title(&s->titled[k], &tg->t[a - 1]); a--)
			;
		if (a > 0 && is(&tg->t[a - 1], "the") && a <= i)
			return s->titled[k].who;
	}
	return NULL;
}

/*
 * Whom a source named again (source_again()), its noun at i, stands for,
 * after the clause it reports or before its verb: the side of the last
 * unnamed source ("..., a NATO official said" then "..., the official
 * added"); else the last person named with that noun as his title ("The
 * envoy said" after "Russia's envoy to NATO Dmitry Rogozin told", though
 * "NATO rejected the idea" came between); else the last speaker.
 */
static const struct mdtl_actor *
source_named_again(struct state *s, const struct mdtl_tags *tg, size_t i,
    int after, const char **why)
{
	const struct mdtl_actor *who;

	if (s->last_source == NULL && (who = titled_as(s, tg, i)) != NULL) {
		*why = after ? "a source named again after the clause it "
		    "reports: the last person named with it" : "a source "
		    "named again: the last person named with it";
		return who;
	}
	if (s->last_source != NULL) {
		*why = after ? "a source named again after the clause it "
		    "reports: the last one's side" : "a source named again: "
		    "the last one's side";
		return s->last_source;
	}
	*why = after ? "a source named again after the clause it reports: "
	    "the last speaker" : "a source named again: the last speaker";
	return s->last_speaker;
}

const char *
mdtl_speaker_head_of(const struct mdtl_token *t)
{
	/* a body's kind, and its head's title */
	static const char *const heads[][2] = {
		{ "ministry", "minister" },
		{ "administration", "president" },
		/* "the presidential press service" */
		{ "presidential", "president" },
	};
	size_t k;

	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (is(t, heads[k][0]))
			return heads[k][1];
	return NULL;
}

/*
 * Does tl's title name the head (head: "minister") of the body of words
 * [from, to), its other words the title's ("Foreign"), but not
 * "presidential", the head's own?  A deputy's ("Deputy Foreign
 * Minister") only with deputies.
 */
static int
heads_body(const struct mdtl_tags *tg, const struct titled *tl, size_t from,
    size_t to, const char *head, int deputies)
{
	size_t i;
	int minister = 0;

	for (i = 0; i < tl->ntitle; i++) {
		if (is(&tl->title[i], head))
			minister = 1;
		if (!deputies && in_list(tg, &tl->title[i], LESSER_RANKS))
			return 0;
	}
	for (i = from; minister && i + 1 < to; i++)
		if (!in_title(tl, &tg->t[i]) && !is(&tg->t[i], "presidential"))
			minister = 0;
	return minister;
}

/* Does a name of body a end with the words [from, to) ("Iranian Foreign
 * Ministry" with "ministry", "foreign ministry")? */
static int
named_as_kind(const struct mdtl_actor *a, const struct mdtl_tags *tg,
    size_t from, size_t to)
{
	size_t k, i, len, pos;

	for (k = 0; k <= a->naliases; k++) {
		const char *name = k < a->naliases ? a->aliases[k] : a->name;

		pos = strlen(name);
		for (i = to; i > from; i--) {
			len = strlen(tg->t[i - 1].norm);
			if (pos < len || strncasecmp(name + pos - len,
			    tg->t[i - 1].norm, len) != 0 ||
			    (pos > len && name[pos - len - 1] != ' '))
				break;
			pos -= len + (pos > len);
		}
		if (i == from)
			return 1;
	}
	return 0;
}

/*
 * "..., the Foreign Ministry said", "..., the ministry said" after
 * "Azerbaijani Foreign Minister Elmar Mammadyarov received ...", "a source
 * in the presidential administration" after "Azerbaijani President Ilham
 * Aliyev": a ministry or an administration named by its kind alone, words
 * [from, to) after "the", is that of the side of the last person named
 * with the title of its head that has its other words, else of the last
 * person named with a title; or NULL.
 */
static const struct mdtl_actor *
body_by_kind(struct state *s, const struct mdtl_tags *tg, size_t from,
    size_t to)
{
	const char *head;
	size_t k;
	int pass;

	if (to <= from || to - from > 3 ||
	    (head = mdtl_speaker_head_of(&tg->t[to - 1])) == NULL)
		return NULL;
	/* "..., the Iranian Foreign Ministry said on Monday" then "..., the
	 * ministry said": the body of that kind that spoke last */
	if (s->last_speaker != NULL &&
	    s->last_speaker->kind == MDTL_ACTOR_ORGANISATION &&
	    named_as_kind(s->last_speaker, tg, from, to))
		return s->last_speaker;
	/*
	 * the head of the dateline's country first ("YEREVAN, MARCH 4,
	 * ARMENPRESS: Armenian President Serzh Sargsyan will pay an official
	 * visit ... at the invitation of President Nicolas Sarkozy, the
	 * presidential press service reported"), then of any; a head before
	 * a deputy ("Azerbaijan's Defense Minister Safar Abiyev received ...
	 * Russia's Deputy Defense Minister Anatoly Antonov ..., the
	 * ministry's press service told APA")
	 */
	for (pass = 0; pass < 4; pass++)
		for (k = s->ntitled; k-- > 0;) {
			const struct mdtl_actor *who = s->titled[k].who;

			if (!heads_body(tg, &s->titled[k], from, to, head,
			    pass & 1) || (pass < 2 && (s->home == NULL ||
			    side(who) != s->home)))
				continue;
			return side(who) != who ? side(who) : NULL;
		}
	/* "The Defense Ministry said" after "Strategic Missile Forces
	 * commander Sergei Karakayev" and no minister: the side of the last
	 * person named with a title */
	for (k = s->ntitled; k-- > 0;)
		if (side(s->titled[k].who) != s->titled[k].who)
			return side(s->titled[k].who);
	/* "ANKARA (AFP) - Turkey has agreed ..., the foreign ministry
	 * announced Thursday", no one titled before: the dateline's country;
	 * with none, the country that opens the sentence ("Russia has
	 * test-fired a new missile, the Defence Ministry said") */
	if (s->home == NULL)
		for (k = 0; k < tg->nm && tg->m[k].tok < from; k++)
			if (tg->m[k].tok == 0 &&
			    tg->m[k].actor->kind == MDTL_ACTOR_COUNTRY)
				return tg->m[k].actor;
	return s->home;
}

/*
 * "the ministry's press service", with kinds "the presidential press
 * service": where in tokens [a, b) the body whose voice ends them (a
 * collective, or after a possessive a voice noun: "the ministry's
 * website") ends, before its possessive or at the kind it names
 * ("ministry", "presidential"), or b.
 */
static size_t
voice_owner(const struct mdtl_tags *tg, size_t a, size_t b, int kinds)
{
	size_t p, len;

	for (p = a + 1; p < b; p++)
		if (mdtl_lexicon_match(tg->lex, &tg->t[p], b - p,
		    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL && p + len == b) {
			if (p > a + 1 && is(&tg->t[p - 1], "'s"))
				return p - 1;
			if (kinds && mdtl_speaker_head_of(&tg->t[p - 1]))
				return p;
		}
	/* "the Foreign Ministry's website" */
	if (b > a + 2 && is(&tg->t[b - 2], "'s") &&
	    in_list(tg, &tg->t[b - 1], VOICE_NOUNS))
		return b - 2;
	/* "the ministry's press service reported": the voice in the cue */
	if (b > a + 1 && is(&tg->t[b - 1], "'s"))
		return b - 1;
	return b;
}

/*
 * "..., the Foreign Ministry in Moscow said": a body named by its kind in
 * tokens [a, b), then "in" and a city at b + 1 that ends the subject
 * before the verb at tok: the side of the city's country, or NULL.
 */
static const struct mdtl_actor *
body_in_city(struct state *s, const struct mdtl_tags *tg, size_t a, size_t b,
    size_t tok)
{
	size_t k;

	if (b <= a || b - a > 3 || b + 2 > tok ||
	    !is(&tg->t[b], "in") || mdtl_speaker_head_of(&tg->t[b - 1]) == NULL)
		return NULL;
	for (k = 0; k < tg->np; k++)
		if (tg->p[k].tok == b + 1 && tg->p[k].tok + tg->p[k].ntok ==
		    tok && tg->p[k].place->country != NULL &&
		    strcmp(tg->p[k].place->kind, "city") == 0)
			return mdtl_lexicon_find_actor(s->lex,
			    tg->p[k].place->country, s->day);
	return NULL;
}

static const char setting_why[] = "an unnamed subject in a "
    "country an opening \"In\" names: that country";

/*
 * "In Poland, officials declined to confirm", "In Tehran, a foreign
 * ministry spokesman said": the side of the country, or of the capital's
 * country, that "In" names where the sentence's words start, before the
 * comma ahead of the verb at tok; or NULL.  A city that is no side's
 * capital ("In Geneva", "In Istanbul", "In Brussels") hosts others.
 */
static const struct mdtl_actor *
setting_side(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	size_t k, i, len, comma, in = mdtl_dating_past_dateline(tg);
	const struct mdtl_actor_tag *m;
	const struct mdtl_place *p;
	int unnamed = 0;

	if (in + 3 >= tok || !is(&tg->t[in], "in"))
		return NULL;
	for (k = 0; k < tg->np && tg->p[k].tok != in + 1; k++)
		;
	if (k == tg->np || !is(&tg->t[comma = in + 1 + tg->p[k].ntok], ","))
		return NULL;
	/* the subject after the comma names no one: "officials", "a
	 * foreign ministry spokesman", "the Foreign Ministry" (not
	 * "President Klaus Iohannis"): its words past a determiner, titles,
	 * collective words, source nouns and words in capitals */
	for (i = comma + 1; i < tok && in_list(tg, &tg->t[i], DETERMINERS);
	    i++)
		;
	for (; i < tok; i += len) {
		len = 1;
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak)
			return NULL;
		if (title_at(s, tg, i) || in_list(tg, &tg->t[i], SOURCE_NOUNS) ||
		    mdtl_lexicon_match(s->lex, &tg->t[i], tg->n - i,
		    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL)
			unnamed = 1;
		else if (tg->t[i].kind != MDTL_TOK_WORD ||
		    !(tg->t[i].flags & MDTL_TOK_CAP))
			break;
	}
	if (!unnamed)
		return NULL;
	/* and its verb's clause goes on to tok (past a participle's comma:
	 * "officials declined to confirm Fischer's remarks, saying") */
	for (; i < tok; i++)
		if ((tg->t[i].flags & MDTL_TOK_INQUOTE) ||
		    (boundary(&tg->t[i]) && !(i + 1 == tok &&
		    is(&tg->t[i], ",") && ends_in(tg->t[tok].norm, "ing", 4))))
			return NULL;
	p = tg->p[k].place;
	if (p->capital_of != NULL && p->country != NULL &&
	    strcmp(p->capital_of, p->country) == 0)
		return mdtl_lexicon_find_actor(s->lex, p->country, s->day);
	if (p->kind != NULL && strcmp(p->kind, "country") == 0)
		return mdtl_lexicon_find_actor(s->lex, p->name, s->day);
	return NULL;
}

/* A body named by its kind after "the" in tokens [a, b): its side. */
static const struct mdtl_actor *
kind_after(struct state *s, const struct mdtl_tags *tg, size_t a, size_t b)
{
	const struct mdtl_actor *of;
	size_t i;

	for (i = a; i + 1 < b; i++)
		if (is(&tg->t[i], "the") && (of = body_by_kind(s, tg, i + 1,
		    i + 3 <= b ? i + 3 : b)) != NULL)
			return of;
	return NULL;
}


/* Who was named with the n title words at title (the article's tokens),
 * the latest of the titles remembered. */
static void
remember_title(struct state *s, const struct mdtl_actor *who,
    const struct mdtl_token *title, size_t n)
{
	size_t k;

	for (k = 0; k < s->ntitled && s->titled[k].who != who; k++)
		;
	k = latest_last(s->titled, sizeof *s->titled, &s->ntitled,
	    RECENT_PERSONS, k);
	s->titled[k].who = who;
	s->titled[k].title = title;
	s->titled[k].ntitle = n;
}

/*
 * "The Secretary General, Anders Fogh Rasmussen": where the title words
 * after "the" start that end at a comma right before the name at token
 * name; or name.
 */
static size_t
title_apposed(struct state *s, const struct mdtl_tags *tg, size_t name)
{
	size_t a = name - 1;

	if (name < 3 || !is(&tg->t[name - 1], ","))
		return name;
	while (a > 0 && name - a <= 5 && title_at(s, tg, a - 1))
		a--;
	return a < name - 1 && a > 0 && is(&tg->t[a - 1], "the") ? a : name;
}

void
mdtl_speaker_titles(struct state *s, const struct mdtl_tags *tg)
{
	size_t i, a, k;

	for (i = 0; i < tg->nm; i++) {
		const struct mdtl_actor_tag *m = &tg->m[i];

		if (m->weak || m->actor->kind != MDTL_ACTOR_PERSON)
			continue;
		/* title words, and a role's ("Russian Foreign Minister") */
		for (a = m->tok; a > 0 && m->tok - a < 6;) {
			const struct mdtl_actor_tag *r =
			    mdtl_tags_actor_at(tg, a - 1);

			if (r != NULL && r->ph != NULL && r->ph->role)
				a = r->tok;
			/* "President of Azerbaijan Ilham Aliyev" */
			else if (r != NULL && r->actor->kind ==
			    MDTL_ACTOR_COUNTRY && r->tok >= 2 &&
			    is(&tg->t[r->tok - 1], "of") &&
			    title_at(s, tg, r->tok - 2))
				a = r->tok - 1;
			else if (r == NULL && title_at(s, tg, a - 1))
				a--;
			else if ((k = posted_to(tg, a)) < a)
				a = k;
			else
				break;
		}
		/* "The Secretary General, Anders Fogh Rasmussen, said": a
		 * title set before the name by a comma */
		if (a == m->tok)
			a = title_apposed(s, tg, m->tok);
		if (a < m->tok && is(&tg->t[m->tok - 1], ",")) {
			remember_title(s, m->actor, &tg->t[a], m->tok - 1 - a);
			continue;
		}
		/* not "Presidents Ilham Aliyev of Azerbaijan and Abdullah
		 * Gul", a title of several */
		if (a == m->tok || (ends_in(tg->t[m->tok - 1].norm, "s", 3) &&
		    !ends_in(tg->t[m->tok - 1].norm, "ss", 3)))
			continue;
		remember_title(s, m->actor, &tg->t[a], m->tok - a);
	}
}

/*
 * The one who holds on the day a role of title for a side the events told
 * name, or one of the n sides of more (NULL ones skipped); NULL when none
 * or several do.
 */
static const struct mdtl_actor *
side_holder(const struct state *s, const char *title,
    const struct mdtl_actor *const *more, size_t n)
{
	const struct mdtl_actor *who = NULL, *a, *side;
	size_t e, j, m;

	for (e = s->start; e <= *s->n; e++) {
		m = e < *s->n ? (*s->v)[e].nactors : n;
		for (j = 0; j < m; j++) {
			side = e < *s->n ? mdtl_extract_known(s,
			    &(*s->v)[e].actors[j]) : more[j];
			if (side == NULL || side->kind == MDTL_ACTOR_PERSON ||
			    (a = mdtl_lexicon_role_holder(s->lex, title, side,
			    s->day)) == NULL || a == who)
				continue;
			if (who != NULL)
				return NULL;
			who = a;
		}
	}
	return who;
}

/*
 * "The Secretary General said" in a text that names NATO and no person
 * yet: the title words after "the", ending at i, are of the one who holds
 * on the day a role with that title for a side the sentence or an event
 * before names; NULL when none or several do.
 */
/* The title words after "the", ending at i, into title: 1, or 0. */
static int
title_after_the(const struct mdtl_tags *tg, size_t i, char *title,
    size_t size)
{
	size_t k = i + 1;

	while (k > 0 && !is(&tg->t[k - 1], "the") && i + 1 - k < 3)
		k--;
	return k > 0 && is(&tg->t[k - 1], "the") &&
	    words_of(tg, k, i + 1, title, size) != 0;
}

static const struct mdtl_actor *
role_of_side(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor *more[MDTL_TAG_MAX];
	char title[64];
	size_t j;

	if (!title_after_the(tg, i, title, sizeof title))
		return NULL;
	/* the sides of the events told, then the sentence's */
	for (j = 0; j < tg->nm; j++)
		more[j] = tg->m[j].weak ? NULL : tg->m[j].actor;
	return side_holder(s, title, more, tg->nm);
}

/*
 * In a text whose source is a country's own voice (The White House, the
 * Kremlin): the one who holds for it on the day the role of that title
 * ("President"); or NULL.
 */
static const struct mdtl_actor *
source_role_holder(struct state *s, const char *title)
{
	const struct mdtl_actor *src = mdtl_extract_source(s);

	if (src == NULL || src->kind != MDTL_ACTOR_COUNTRY)
		return NULL;
	return mdtl_lexicon_role_holder(s->lex, title, src, s->day);
}

/*
 * "Statement by the Press Secretary ...  The President welcomes the
 * agreement": the holder for the text's country (source_role_holder()) of
 * the title after "the" ending at i; or NULL.
 */
static const struct mdtl_actor *
source_holder(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	char title[64];

	if (!title_after_the(tg, i, title, sizeof title))
		return NULL;
	return source_role_holder(s, title);
}

/*
 * "Rogozin: The President has already announced our response measures":
 * the one who holds on the day the role of the title ending at i for a
 * side named, or else for the last person named's side, when that person
 * is another who holds no role of that title for his side; or NULL.
 */
static const struct mdtl_actor *
other_holder(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor *who, *own;
	char title[64];

	if (!title_after_the(tg, i, title, sizeof title))
		return NULL;
	/* the holder for his own side (the envoy's "The President") */
	own = mdtl_lexicon_role_holder(s->lex, title, side(s->last_person),
	    s->day);
	if ((who = role_of_side(s, tg, i)) == NULL)
		who = own;
	/* (he holds one, among others of his side: "Minister of Foreign
	 * Affairs Elmar Mammadyarov received ... The Minister noted") */
	return who == NULL || who == s->last_person ||
	    own == s->last_person || mdtl_actor_holds(s->lex, s->last_person,
	    title, s->day) ? NULL : who;
}

/*
 * "White House spokesman Tony Snow says the president welcomes new ideas":
 * a title alone after "the" ending at i, in the words of a verb of saying
 * before it whose subject is a person of a side (his own, or the one his
 * title names right before his name): the holder of that title for that
 * side on the day, when it is not the speaker; or NULL.
 */
static const struct mdtl_actor *
reporter_holder(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m, *by;
	const struct mdtl_actor *of, *who;
	char title[64];
	size_t the = i, k, j;

	while (the > 0 && i - the < 3 && !is(&tg->t[the], "the"))
		the--;
	if (!is(&tg->t[the], "the") ||
	    !title_after_the(tg, i, title, sizeof title))
		return NULL;
	for (k = 0; k < tg->nc; k++) {
		const struct mdtl_cue_tag *c = &tg->c[k];

		if (c->kind != MDTL_PH_SPEECH || c->inquote ||
		    c->tok + c->ntok != the)
			continue;
		for (j = c->tok; j > 0 && (in_list(tg, &tg->t[j - 1],
		    AUXILIARIES) || in_list(tg, &tg->t[j - 1], ACT_ADVERBS));)
			j--;
		if (j == 0 || (m = mdtl_tags_actor_at(tg, j - 1)) == NULL ||
		    m->weak || m->actor->kind != MDTL_ACTOR_PERSON)
			return NULL;
		of = m->actor->country;
		for (j = m->tok; of == NULL && j-- > 0 && m->tok - j <= 3;)
			if ((by = mdtl_tags_actor_at(tg, j)) != NULL &&
			    by->actor->kind != MDTL_ACTOR_PERSON)
				of = side(by->actor);
		if (of == NULL || (who = mdtl_lexicon_role_holder(s->lex,
		    title, of, s->day)) == m->actor)
			return NULL;
		return who;
	}
	return NULL;
}

/*
 * "the foreign minister", "the Azerbaijani leader": a title alone, ending
 * at i, is the last person named, or of a side's, its last person named
 * or else the side; NULL when no title alone ends there.
 */
static const struct mdtl_actor *
title_alone(struct state *s, const struct mdtl_tags *tg, size_t i,
    const char **why)
{
	const struct mdtl_actor *of, *who;

	if (!title_only(s, tg, i, &of))
		return NULL;
	if (of == NULL && (who = reporter_holder(s, tg, i)) != NULL) {
		*why = "a title alone in the words of a speaker of a side: its "
		    "holder for that side";
		return who;
	}
	if (of == NULL && (who = titled_as(s, tg, i)) != NULL) {
		*why = "a title alone: the last person named with it";
		return who;
	}
	if (of == NULL && s->last_person != NULL &&
	    (who = other_holder(s, tg, i)) != NULL) {
		*why = "a title alone the last person named does not hold: "
		    "its holder for a side named";
		return who;
	}
	if (of == NULL && s->last_person != NULL) {
		*why = "a title alone: the last person named";
		return s->last_person;
	}
	if (of == NULL && (who = role_of_side(s, tg, i)) != NULL) {
		*why = "a title alone, no person named: the holder of that "
		    "role for a side named";
		return who;
	}
	if (of == NULL && (who = source_holder(s, tg, i)) != NULL) {
		*why = "a title alone, no person named, in a text a country "
		    "issues: the holder of that role for it";
		return who;
	}
	if (of != NULL && s->last_person != NULL &&
	    side(s->last_person) == of) {
		*why = "a title of a side: its last person named";
		return s->last_person;
	}
	if (of != NULL)
		*why = "a title of a side: the side";
	return of;
}

/*
 * The dash that opens the aside the spaced dash at i closes, or the
 * bracket the bracket at i closes; or i.
 */
static size_t
aside_opening(const struct mdtl_tags *tg, size_t i)
{
	const char *open = is(&tg->t[i], ")") ? "(" : "-";
	size_t k;

	for (k = i; k-- > 0 && i - k <= 24;)
		if (is(&tg->t[k], open) && (*open == '(' ||
		    (tg->t[k].flags & MDTL_TOK_SPACE)))
			return k;
	return i;
}

/*
 * "the three presidents said", "the two ministers": a count and a title
 * ending at i, after "the", stand for the people of the last meeting told
 * with two or more, else, when named (not an offer made again, "The two
 * leaders made the proposal", the one told by its makers), for the
 * people named last ("Hu Jintao and ... Vladimir Putin ... called for
 * dialogue. The two leaders ... signed a joint statement"); its first
 * person, or NULL.
 */
static const struct mdtl_actor *
counted_people(struct state *s, const struct mdtl_tags *tg, size_t i,
    int named)
{
	const struct mdtl_event *m;
	const struct mdtl_actor *a;
	size_t j, n;

	if (i < 2 || !in_list(tg, &tg->t[i - 1], COUNTING) ||
	    !is(&tg->t[i - 2], "the") || !title_at(s, tg, i))
		return NULL;
	if ((m = meeting_of(s, 0)) == NULL) {
		n = is(&tg->t[i - 1], "three") ? 3 : 2;
		return named && s->nrecent >= n ? s->recent[s->nrecent - n] :
		    NULL;
	}
	for (j = 0; j < m->nactors; j++)
		if ((a = mdtl_extract_known(s, &m->actors[j])) != NULL &&
		    a->kind == MDTL_ACTOR_PERSON)
			return people_of(s, m);
	return NULL;
}

/*
 * "Ministers agreed", "..., ministers noted", "the presidents noted": a
 * plural title alone at i, opening its clause, stands for the people of
 * the last meeting told with two actors or more, or with a body; its
 * first actor, or NULL.
 */
static const struct mdtl_actor *
plural_people(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_event *m;
	size_t a = i > 0 && is(&tg->t[i - 1], "the") ? i - 1 : i;

	/* (and "the presidents noted") */
	if ((a > 0 && !is(&tg->t[a - 1], ",")) || !title_at(s, tg, i) ||
	    !ends_in(tg->t[i].norm, "s", 3) ||
	    (m = meeting_of(s, MEET_BODIES)) == NULL)
		return NULL;
	return mdtl_extract_known(s, &m->actors[0]);
}

/*
 * "a senior general", "a military official": a subject in [a, b) of "a"
 * or "an", words in lower case and a title or a collective word last, so
 * of no side named ("a Western diplomat" has one).
 */
static int
indefinite_official(struct state *s, const struct mdtl_tags *tg, size_t a,
    size_t b)
{
	size_t i, len;

	if (b < a + 2 || b > a + 4 ||
	    !(is(&tg->t[a], "a") || is(&tg->t[a], "an")))
		return 0;
	for (i = a + 1; i < b; i++)
		if (tg->t[i].kind != MDTL_TOK_WORD ||
		    (tg->t[i].flags & MDTL_TOK_CAP) ||
		    mdtl_tags_actor_at(tg, i) != NULL)
			return 0;
	return title_at(s, tg, b - 1) || mdtl_lexicon_match(s->lex,
	    &tg->t[b - 1], 1, 1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL;
}

/* Does token i end the clause before it with a comma, or with a quote
 * closed right after one ('"...," one official said')? */
static int
clause_comma(const struct mdtl_tags *tg, size_t i)
{
	return is(&tg->t[i], ",") || (i > 0 &&
	    (tg->t[i].flags & MDTL_TOK_QUOTE) && is(&tg->t[i - 1], ","));
}

/*
 * "NATO officials said": are the words from token i to the verb at end
 * people of a side in the plural, none named (actors.yaml collectives)?
 */
static int
unnamed_people_at(const struct state *s, const struct mdtl_tags *tg,
    size_t i, size_t end)
{
	size_t len;

	return i < end && mdtl_lexicon_match(s->lex, &tg->t[i], tg->n - i,
	    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL && i + len == end &&
	    ends_in(tg->t[end - 1].norm, "s", 2);
}

/* Does the unnamed subject of the verb at tok open with "one" or
 * "another", one more of a set named before? */
static int
one_more(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	for (k = tok; k-- > 0 && tok - k <= 4 && !boundary(&tg->t[k]);)
		if (is(&tg->t[k], "one") || is(&tg->t[k], "another"))
			return 1;
	return 0;
}

/*
 * "Moscow (dpa) - Russia will set up ..., a senior general said on
 * Monday": a verb of saying at tok after the clause it reports, its
 * subject an official of no side named (indefinite_official()): the
 * dateline's country, or NULL.
 */
static const struct mdtl_actor *
closing_official(struct state *s, const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c = mdtl_tags_cue_at(tg, tok);
	size_t k;

	/* (it ends the sentence: not "The day before yesterday, a senior
	 * military official told the Interfax news agency that ...") */
	if (s->home == NULL || c == NULL || c->kind != MDTL_PH_SPEECH ||
	    tg->n > c->tok + c->ntok + 8 || (c->tok + c->ntok < tg->n &&
	    is(&tg->t[c->tok + c->ntok], "that")))
		return NULL;
	for (k = tok; k-- > 0 && tok - k <= 5;)
		if (is(&tg->t[k], ","))
			return indefinite_official(s, tg, k + 1, tok) ?
			    s->home : NULL;
	return NULL;
}

/* "NATO and Russia failed ...": the first of two sides that open the
 * sentence (past its dateline), or NULL. */
static const struct mdtl_actor *
pair_opening(const struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m, *n;
	size_t a = mdtl_dating_past_dateline(tg);

	if ((m = mdtl_tags_actor_at(tg, a)) == NULL || m->tok != a ||
	    m->weak)
		return NULL;
	a = m->tok + m->ntok;
	if (a + 1 >= tg->n || !is(&tg->t[a], "and") ||
	    (n = mdtl_tags_actor_at(tg, a + 1)) == NULL || n->tok != a + 1 ||
	    n->weak)
		return NULL;
	return m->actor;
}

/*
 * "The sides also noted the importance of ...", "both sides said", "the
 * two sides agreed": the sides (grammar list talk_sides) opening the
 * clause of the verb at tok stand for the people of the last meeting of
 * the days of the news (or of none) told with two actors or more: its
 * first person, else its first actor; with none, for the two sides that
 * open the sentence ("NATO and Russia failed ..., but both sides said");
 * or NULL.
 */
static const struct mdtl_actor *
sides_people(struct state *s, const struct mdtl_tags *tg, size_t i,
    size_t tok, const char **why)
{
	const struct mdtl_event *m;
	size_t d;

	if (i == 0 || !in_list(tg, &tg->t[i], TALK_SIDES))
		return NULL;
	d = i - 1;
	if (d > 0 && is(&tg->t[d], "two"))
		d--;
	if (!is(&tg->t[d], "the") && !is(&tg->t[d], "both"))
		return NULL;
	/* (opening its clause: "..., but both sides said") */
	if (d > 0 && (is(&tg->t[d - 1], "but") || is(&tg->t[d - 1], "and")))
		d--;
	if ((d > 0 && !boundary(&tg->t[d - 1])) || !subject_ends(tg, i, tok))
		return NULL;
	*why = "the sides: the last meeting's people";
	if ((m = meeting_of(s, MEET_NEWS)) != NULL)
		return people_of(s, m);
	*why = "the sides: the two that open the sentence, its first";
	return pair_opening(tg);
}

/*
 * '"...," a joint statement issued after the talks said': a joint
 * document (grammar list written_nouns) at token i opening its clause,
 * no one named as its author: the people of the last meeting, its first;
 * or NULL.
 */
static const struct mdtl_actor *
joint_document(struct state *s, const struct mdtl_tags *tg, size_t i,
    const char **why)
{
	const struct mdtl_event *m;

	if (i < 2 || !in_list(tg, &tg->t[i], WRITTEN_NOUNS) ||
	    !is(&tg->t[i - 1], "joint") ||
	    !in_list(tg, &tg->t[i - 2], DETERMINERS) ||
	    (i > 2 && !boundary(&tg->t[i - 3])) ||
	    (m = meeting_of(s, MEET_NEWS)) == NULL)
		return NULL;
	*why = "a joint document: the last meeting's people";
	return people_of(s, m);
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
 * "the Bush family estate", "the Obama administration": a name after
 * "the" and before a word in lower case names a thing, no one a pronoun
 * after it may stand for.
 */
static int
name_modifies(const struct mdtl_tags *tg, const struct mdtl_actor_tag *m)
{
	size_t next = m->tok + m->ntok;

	return m->tok > 0 && is(&tg->t[m->tok - 1], "the") && next < tg->n &&
	    tg->t[next].kind == MDTL_TOK_WORD &&
	    !(tg->t[next].flags & MDTL_TOK_CAP);
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
		    !(tg->t[tg->m[i].tok].flags & MDTL_TOK_INQUOTE) &&
		    !name_modifies(tg, &tg->m[i]))
			p = tg->m[i].actor;
	return p;
}

/*
 * "Jens Ploetner, an official spokesman for ...": is the phrase at tok in
 * apposition to a person named right before its comma?
 */
static int
apposed_to_person(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;

	return tok >= 2 && is(&tg->t[tok - 1], ",") &&
	    (m = mdtl_tags_actor_at(tg, tok - 2)) != NULL && !m->weak &&
	    m->actor->kind == MDTL_ACTOR_PERSON;
}

/* The person the sentence names before its first cue, its subject, or
 * NULL. */
static const struct mdtl_actor *
opening_person(const struct mdtl_tags *tg)
{
	size_t i;

	for (i = 0; i < tg->nm && tg->nc > 0 && tg->m[i].tok < tg->c[0].tok;
	    i++)
		if (!tg->m[i].weak &&
		    tg->m[i].actor->kind == MDTL_ACTOR_PERSON &&
		    !(tg->t[tg->m[i].tok].flags & MDTL_TOK_INQUOTE))
			return tg->m[i].actor;
	return NULL;
}

/*
 * The person the sentence opens with as its subject: its first actor named
 * (not an agency), a person and no possessive ("Russian President Vladimir
 * Putin on Thursday gave ...", not "In Poland, officials declined to
 * confirm Fischer's remarks"), or NULL.
 */
static const struct mdtl_actor *
subject_person(const struct mdtl_tags *tg)
{
	const struct mdtl_actor_tag *m;
	size_t i, e, o = mdtl_dating_past_dateline(tg);

	/* (past a dateline: "Heiligendamm, Germany (dpa) - US President
	 * George W. Bush on Friday gave ...") */
	for (i = 0; i < tg->nm && (tg->m[i].weak || tg->m[i].tok < o ||
	    tg->m[i].actor->kind == MDTL_ACTOR_AGENCY); i++)
		;
	if (i == tg->nm)
		return NULL;
	m = &tg->m[i];
	e = m->tok + m->ntok;
	return m->actor->kind == MDTL_ACTOR_PERSON &&
	    !(tg->t[m->tok].flags & MDTL_TOK_INQUOTE) &&
	    !(e < tg->n && is(&tg->t[e], "'s")) ? m->actor : NULL;
}

/* "In a joint statement, they": the word "joint" in the clause before
 * token i? */
static int
joint_before(const struct mdtl_tags *tg, size_t i)
{
	size_t k;

	for (k = 0; k < i && k < 8; k++)
		if (is(&tg->t[k], "joint"))
			return 1;
	return 0;
}

/*
 * Does actor a, named first, open its sentence, past a dateline ("LISBON,
 * Nov 20, 2010 (AFP) - ") and the capitalised words of a title ("Russian
 * President")?  Not "Investigators would not divulge the evidence against
 * Kopp".
 */
static int
opens_sentence(const struct mdtl_tags *tg, const struct mdtl_actor *a)
{
	size_t i, start, tok;

	for (i = 0; i < tg->nm && tg->m[i].actor != a; i++)
		;
	if (i == tg->nm)
		return 0;
	tok = tg->m[i].tok;
	if ((start = mdtl_dating_past_dateline(tg)) > tok)
		start = 0;
	for (i = start; i < tok; i++)
		if (tg->t[i].kind == MDTL_TOK_WORD &&
		    !(tg->t[i].flags & MDTL_TOK_CAP) &&
		    !in_list(tg, &tg->t[i], DETERMINERS))
			return 0;
	return 1;
}

/* The gender of the pronoun t: "she" a woman's, "he" a man's. */
static enum mdtl_gender
pronoun_gender(const struct mdtl_tags *tg, const struct mdtl_token *t)
{
	return in_list(tg, t, FEMALE_PRONOUNS) ? MDTL_GENDER_FEMALE :
	    MDTL_GENDER_MALE;
}

/* May person p be a pronoun of gender g: the data gives p no other? */
static int
may_be(const struct mdtl_actor *p, enum mdtl_gender g)
{
	return p->gender == g || p->gender == MDTL_GENDER_UNKNOWN;
}

/*
 * The person the pronoun t stands for: the subject the last sentence
 * opened with, if of its gender ("Hollande met Obama on Friday ... he
 * told reporters" is Hollande; "she" a woman's only); else of the persons
 * named last (the latest first): one the data gives the pronoun's gender,
 * else one whose gender it does not give ("She said", after Clinton and
 * Lavrov, is Clinton's); the last person named when none fits.
 */
static const struct mdtl_actor *
pronoun_person(const struct state *s, const struct mdtl_tags *tg,
    const struct mdtl_token *t)
{
	enum mdtl_gender want = pronoun_gender(tg, t);
	size_t k;

	if (s->prev_subject != NULL && (want == MDTL_GENDER_FEMALE ?
	    s->prev_subject->gender == MDTL_GENDER_FEMALE :
	    s->prev_subject->gender != MDTL_GENDER_FEMALE))
		return s->prev_subject;

	for (k = s->nrecent; k-- > 0;)
		if (s->recent[k]->gender == want)
			return s->recent[k];
	for (k = s->nrecent; k-- > 0;)
		if (s->recent[k]->gender == MDTL_GENDER_UNKNOWN)
			return s->recent[k];
	return s->last_person;
}

const struct mdtl_actor *
mdtl_speaker_cataphor(const struct mdtl_tags *tg, size_t i)
{
	enum mdtl_gender want = pronoun_gender(tg, &tg->t[i]);
	size_t c, k, o = mdtl_dating_past_dateline(tg);

	if (i <= o || i > o + 3 || !in_list(tg, &tg->t[o], PREPOSITIONS))
		return NULL;
	for (c = i + 1; c < tg->n && c <= i + 12 && !boundary(&tg->t[c]);
	    c++)
		;
	if (c >= tg->n || !is(&tg->t[c], ","))
		return NULL;
	for (k = 0; k < tg->nm; k++)
		if (tg->m[k].tok > c && tg->m[k].tok <= c + 4 &&
		    tg->m[k].actor->kind == MDTL_ACTOR_PERSON &&
		    may_be(tg->m[k].actor, want) &&
		    clear_between(tg, c + 1, tg->m[k].tok))
			return tg->m[k].actor;
	return NULL;
}

const struct mdtl_actor *
mdtl_speaker_pronoun(const struct state *s, const struct mdtl_tags *tg,
    size_t i)
{
	return i < tg->n && in_list(tg, &tg->t[i], PERSON_PRONOUNS) &&
	    s->last_person != NULL ? pronoun_person(s, tg, &tg->t[i]) : NULL;
}

/* The person a title alone ending at i names, or NULL. */
static const struct mdtl_actor *
titled_person(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor *who;
	const char *why;

	return (who = title_alone(s, tg, i, &why)) != NULL &&
	    who->kind == MDTL_ACTOR_PERSON ? who : NULL;
}

const struct mdtl_actor *
mdtl_speaker_titled_possessor(struct state *s, const struct mdtl_tags *tg,
    size_t i)
{
	return i > 1 && is(&tg->t[i], "'s") ? titled_person(s, tg, i - 1) :
	    NULL;
}

const struct mdtl_actor *
mdtl_speaker_possessor(struct state *s, const struct mdtl_tags *tg, size_t i)
{
	enum mdtl_gender want = pronoun_gender(tg, &tg->t[i]);
	const struct mdtl_actor *who;
	size_t k, a;

	for (k = tg->nm; k-- > 0;)
		if (tg->m[k].tok < i &&
		    tg->m[k].actor->kind == MDTL_ACTOR_PERSON &&
		    may_be(tg->m[k].actor, want))
			return tg->m[k].actor;
	/* "The president has already spoken about them in his statement of
	 * November 23": a title alone opening the clause is its subject */
	for (a = i; a > 0 && !boundary(&tg->t[a - 1]); a--)
		;
	if (is(&tg->t[a], "the"))
		for (k = a + 1; k < i && k <= a + 3; k++)
			if ((who = titled_person(s, tg, k)) != NULL &&
			    may_be(who, want))
				return who;
	return s->last_person != NULL ? pronoun_person(s, tg, &tg->t[i]) :
	    NULL;
}

/*
 * "Viktor Yesin, a former chief of the Strategic Missile Forces, warned",
 * "Rogozin, who is due to leave his post next month to become deputy prime
 * minister, added": the person named right before an apposition or a
 * relative clause that ends at the verb at tok, whatever body it names;
 * the side or body before ", which ...," ("Russia, which has long objected
 * to the US plans, said").
 */
static const struct mdtl_actor *
apposed_person(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t k;
	int rel, which;

	if (tok < 4 || !is(&tg->t[tok - 1], ","))
		return NULL;
	for (k = tok - 1; k-- > 1 && tok - k <= 32;) {
		if (!is(&tg->t[k], ","))
			continue;
		/* (past a list: "along with the leaders of Azerbaijan, Iran,
		 * Kazakhstan and Turkmenistan") */
		if (mdtl_tags_actor_at(tg, k - 1) != NULL &&
		    mdtl_tags_actor_at(tg, k + 1) != NULL)
			continue;
		rel = is(&tg->t[k + 1], "who") || is(&tg->t[k + 1], "whose");
		if (!rel && tok - k > 24)
			return NULL;
		/* "Russia, which has long objected to the plans, said" */
		which = is(&tg->t[k + 1], "which");
		if ((!rel && !which && (tok - k > 14 ||
		    !in_list(tg, &tg->t[k + 1], DETERMINERS))) ||
		    (m = mdtl_tags_actor_at(tg, k - 1)) == NULL ||
		    m->tok + m->ntok != k || m->weak ||
		    (m->actor->kind == MDTL_ACTOR_PERSON) == which)
			return NULL;
		return m->actor;
	}
	return NULL;
}

size_t
mdtl_speaker_passive_aux(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	if (tok == 0)
		return tg->n;
	if (in_list(tg, &tg->t[tok - 1], PASSIVE_AUX))
		return tok - 1;
	if (tok < 2 || !ends_in(tg->t[tok].norm, "ed", 3) ||
	    !(is(&tg->t[tok - 1], "but") || is(&tg->t[tok - 1], "and")))
		return tg->n;
	for (k = tok - 1; k-- > 0 && tok - k <= 16 && !boundary(&tg->t[k]);)
		if (in_list(tg, &tg->t[k], PASSIVE_AUX) &&
		    ends_in(tg->t[k + 1].norm, "ed", 3))
			return k;
	return tg->n;
}

/*
 * Does a subject in plain words stand before the verb at tok, past its
 * date, auxiliaries and adverbs ("European governments on Thursday
 * urged"), with no boundary between?  Not an inversion ("'...,' said
 * Ashton") nor a verb opening its clause.
 */
static int
common_subject(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_timex *x;
	size_t i = tok;

	while (i > 0) {
		const struct mdtl_token *t = &tg->t[i - 1];

		if ((x = mdtl_tags_timex_at(tg, i - 1)) != NULL)
			i = x->tok;
		else if (in_list(tg, t, AUXILIARIES) ||
		    in_list(tg, t, ACT_ADVERBS) || is(t, "on"))
			i--;
		else
			break;
	}
	return i > 0 && tg->t[i - 1].kind == MDTL_TOK_WORD &&
	    !(tg->t[i - 1].flags & MDTL_TOK_CAP) &&
	    !(tg->t[i - 1].flags & MDTL_TOK_INQUOTE);
}

const struct mdtl_actor *
mdtl_speaker_agent(const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	const struct mdtl_actor_tag *m, *first = NULL;
	const struct mdtl_actor *subject;
	const struct mdtl_timex *x;
	size_t i = tok + ntok, end, aux;
	int person;

	if ((aux = mdtl_speaker_passive_aux(tg, tok)) == tg->n)
		return NULL;
	/* not "Turkish President Abdullah Gul was welcomed by Aliyev", a
	 * guest received, but "was told by officials that ...": a person
	 * the subject, only words reported after the agent */
	subject = mdtl_speaker_subject(tg, aux);
	person = subject != NULL && subject->kind == MDTL_ACTOR_PERSON;
	/* past its date ("on Thursday", "late Thursday") and adverbs */
	while (i < tg->n && ((x = mdtl_tags_timex_at(tg, i)) != NULL ||
	    in_list(tg, &tg->t[i], ACT_ADVERBS) || (i + 1 < tg->n &&
	    in_list(tg, &tg->t[i], OBJECT_WORDS) &&
	    mdtl_tags_timex_at(tg, i + 1) != NULL)))
		i = x != NULL ? x->tok + x->ntok : i + 1;
	if (i >= tg->n || !is(&tg->t[i], "by"))
		return NULL;
	/* its noun phrase, the person its title leads to before the body:
	 * "by EU foreign policy chief Federica Mogherini and ...", past the
	 * title's "to" or "of" and its name ("by Russian Ambassador to
	 * Azerbaijan Vladimir Dorokhin") */
	for (end = ++i; end < tg->n && end < i + 10 &&
	    !boundary(&tg->t[end]) && !is(&tg->t[end], "and") &&
	    (!in_list(tg, &tg->t[end], PREPOSITIONS) ||
	    ((is(&tg->t[end], "to") || is(&tg->t[end], "of")) &&
	    end > i && (tg->t[end - 1].flags & MDTL_TOK_CAP) &&
	    end + 1 < tg->n && (tg->t[end + 1].flags & MDTL_TOK_CAP)));
	    end++)
		;
	if (person && (end >= tg->n || !is(&tg->t[end], "that")))
		return NULL;
	for (; i < end; i++) {
		if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak ||
		    m->actor->kind == MDTL_ACTOR_AGENCY)
			continue;
		if (m->actor->kind == MDTL_ACTOR_PERSON)
			return m->actor;
		if (first == NULL)
			first = m;
		i = m->tok + m->ntok - 1;
	}
	return first != NULL ? first->actor : NULL;
}

/* Why a verb has no speaker: its subject names no one (unnamed_subject). */
const char mdtl_speaker_unnamed[] =
    "an unnamed subject: no one the article names";
/* ... or only its side: "a Russian diplomatic source said" */
const char mdtl_speaker_unnamed_side[] =
    "an unnamed subject of a side: the side";

/*
 * "Analysts in Berlin cautioned", "..., but experts doubted": is the verb
 * at tok's subject people named by their trade alone (grammar list
 * commentators), opening its clause and naming no one ("analyst Rasim
 * Musabayov told Trend" is his), no one's voice?
 */
static int
commentator_subject(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor_tag *m;
	size_t a;

	for (a = tok; a > 0 && tok - a < 10; a--) {
		const struct mdtl_token *w = &tg->t[a - 1];

		if (clause_comma(tg, a - 1) || is(w, "while") ||
		    is(w, "and") || is(w, "but"))
			break;
		if ((w->kind != MDTL_TOK_WORD && !is(w, "-")) ||
		    ((m = mdtl_tags_actor_at(tg, a - 1)) != NULL &&
		    m->actor->kind == MDTL_ACTOR_PERSON))
			return 0;
	}
	return a < tok && in_list(tg, &tg->t[a], COMMENTATORS);
}

/*
 * The verb at tok has for its subject a noun phrase that opens its clause
 * (the sentence, or after a comma, "while", "and", "but"), in lower case,
 * that names no one the article names: one that speaks unnamed ("...,
 * a diplomatic source told Interfax", "sources close to the talks said":
 * a source's noun, grammar list source_nouns), or one it brings in ("...,
 * while a senior general warned last week": "a", "an", "another", "one"
 * before it, none of the data's anonymous speakers, which stand for the
 * article's speaker), or a pronoun of no one ("many", grammar list
 * indefinite_pronouns).  A side named in it is the speaker ("Russian
 * diplomatic sources", "a Russian general", *side; an agency's sources are
 * no side).  "The source" is one told before, again; and a phrase that
 * names a person, or has a preposition after its noun ("a source in the
 * Azerbaijani government", "a spokesman for the ministry"), or a word of a
 * body named before ("a ministry spokesman"), is left to the rules of
 * anonymous speakers and of bodies.
 */
static int
unnamed_subject(const struct state *s, const struct mdtl_tags *tg,
    size_t tok, const struct mdtl_actor **side)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_token *w;
	size_t a, noun = tok;

	*side = NULL;
	if (commentator_subject(tg, tok))
		return 1;
	for (a = tok; a > 0 && tok - a < 10; a--) {
		w = &tg->t[a - 1];
		if (clause_comma(tg, a - 1) || is(w, "while") ||
		    is(w, "and") || is(w, "but"))
			break;
		if ((m = mdtl_tags_actor_at(tg, a - 1)) != NULL) {
			/* "Russian sources", one name of the side */
			if (noun == tok && in_list(tg, w, SOURCE_NOUNS))
				noun = a - 1;
			if (m->actor->kind == MDTL_ACTOR_PERSON ||
			    m->tok >= a || (noun == tok && a < tok))
				return 0;
			if (m->actor->kind != MDTL_ACTOR_AGENCY)
				*side = m->actor;
			a = m->tok + 1;
			continue;
		}
		if ((w->kind != MDTL_TOK_WORD && !is(w, "-")) ||
		    ((w->flags & MDTL_TOK_CAP) && a > 1))
			return 0;
		if (noun == tok && in_list(tg, w, SOURCE_NOUNS))
			noun = a - 1;
	}
	if (a == tok || (a > 0 && tg->t[a - 1].kind != MDTL_TOK_WORD &&
	    !clause_comma(tg, a - 1)))
		return 0;
	/* "the source said": one named before, again (source_again());
	 * "a source in the presidential administration": of a body */
	if (noun < tok) {
		/* "a defence ministry source told": that body's */
		if (*side == NULL && (is(&tg->t[a], "a") ||
		    is(&tg->t[a], "an")) && noun >= a + 3 && noun <= a + 5)
			*side = side_body(s, tg, a + 1, noun);
		return !is(&tg->t[a], "the") && !(noun + 1 < tok &&
		    in_list(tg, &tg->t[noun + 1], PREPOSITIONS));
	}
	/* "..., many hoped for a breakthrough": a pronoun of no one */
	if (a + 1 == tok && in_list(tg, &tg->t[a], INDEFINITE_PRONOUNS))
		return 1;
	if (!(is(&tg->t[a], "a") || is(&tg->t[a], "an") ||
	    is(&tg->t[a], "another") || is(&tg->t[a], "one")) ||
	    cue_kind_in(tg, MDTL_PH_ANONYMOUS, a, tok))
		return 0;
	/* (past the determiner: "a" is no body's word) */
	for (noun = a + 1; noun < tok; noun++)
		if (in_list(tg, &tg->t[noun], PREPOSITIONS) ||
		    body_with_word(s, tg, noun) != NULL)
			return 0;
	return 1;
}

/*
 * The subject of the clause whose verb the conjunction at token c joins
 * another to: the last actor (not a weak one) of the names that open the
 * clause ("U.S. Secretary of State Madeleine Albright paid tribute ...,
 * and promised"), up to its first word in lower case; or NULL.
 */
static const struct mdtl_actor *
joined_subject(const struct mdtl_tags *tg, size_t c)
{
	const struct mdtl_actor_tag *m;
	const struct mdtl_actor *last = NULL;
	size_t i, open = 0;

	for (i = c; i-- > 0;)
		if (is(&tg->t[i], ";") || is(&tg->t[i], ":") ||
		    (tg->t[i].flags & MDTL_TOK_QUOTE)) {
			open = i + 1;
			break;
		}
	for (i = open; i < c; i++) {
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL) {
			if (!m->weak)
				last = m->actor;
			i = m->tok + m->ntok - 1;
			continue;
		}
		if (tg->t[i].kind == MDTL_TOK_WORD &&
		    !(tg->t[i].flags & MDTL_TOK_CAP) &&
		    !in_list(tg, &tg->t[i], DETERMINERS) && !is(&tg->t[i], "of"))
			return last;
	}
	return NULL;
}

size_t
mdtl_speaker_passive_title(const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	size_t i = tok + ntok, end;

	if (tok == 0 || !in_list(tg, &tg->t[tok - 1], PASSIVE_AUX) ||
	    i + 3 >= tg->n || !is(&tg->t[i], "by") ||
	    !is(&tg->t[i + 1], "the"))
		return 0;
	for (end = i + 2; end < tg->n && end < i + 6 &&
	    tg->t[end].kind == MDTL_TOK_WORD && !is(&tg->t[end], "that");
	    end++)
		;
	return end < tg->n && is(&tg->t[end], "that") && end > i + 2 ?
	    end - 1 : 0;
}

/*
 * Is token a in a clause of time that opens the sentence (past its
 * dateline) and ends in a comma before token b: "When President Obama
 * scrapped those plans in September 2009, Moscow ..."?
 */
static int
time_clause(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t o = mdtl_dating_past_dateline(tg), k;

	if (o >= a || !in_list(tg, &tg->t[o], TIME_CONJUNCTIONS))
		return 0;
	for (k = a; k < b; k++)
		if (is(&tg->t[k], ","))
			return 1;
	return 0;
}

/*
 * "with a Russian Foreign Ministry spokesman saying": a participle at tok
 * with a subject of its own after "with", no more than six words back:
 * the token of that "with", or 0.
 */
size_t
mdtl_speaker_absolute_with(const struct mdtl_tags *tg, size_t tok)
{
	size_t i;

	for (i = tok; i-- > 0 && tok - i <= 7;) {
		if (is(&tg->t[i], "with"))
			return i + 1 < tok ? i : 0;
		if (tg->t[i].kind != MDTL_TOK_WORD || mdtl_tags_cue_at(tg, i))
			return 0;
	}
	return 0;
}

/*
 * "a diplomatic source in Moscow": the country of a capital named after
 * "in" in tokens [a, b), or NULL.
 */
static const struct mdtl_actor *
capital_after(const struct state *s, const struct mdtl_tags *tg, size_t a,
    size_t b)
{
	size_t k;

	for (k = 0; k < tg->np; k++)
		if (tg->p[k].tok > a && tg->p[k].tok + tg->p[k].ntok <= b &&
		    is(&tg->t[tg->p[k].tok - 1], "in") &&
		    tg->p[k].place->capital_of != NULL)
			return mdtl_lexicon_place_country(s->lex,
			    tg->p[k].place);
	return NULL;
}

/* "It was noted that", "It has been stressed that" */
int
mdtl_speaker_impersonal(const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	size_t i = tok;

	if (tok + ntok >= tg->n || !is(&tg->t[tok + ntok], "that"))
		return 0;
	if (i > 0 && is(&tg->t[i - 1], "also"))
		i--;
	if (i > 0 && (is(&tg->t[i - 1], "was") || is(&tg->t[i - 1], "is")))
		i--;
	else if (i > 1 && is(&tg->t[i - 1], "been") &&
	    (is(&tg->t[i - 2], "has") || is(&tg->t[i - 2], "had")))
		i -= 2;
	else
		return 0;
	return i == 1 && is(&tg->t[0], "it");
}

const struct mdtl_actor *
mdtl_speaker_find(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok,
    const char **why)
{
	const struct mdtl_token *t = tg->t;
	const struct mdtl_actor *nearest = NULL, *of, *opening;
	const struct mdtl_cue_tag *cue;
	const struct mdtl_actor_tag *before_comma, *maker;
	const struct mdtl_event *joint;
	size_t i, k, nearest_at = 0, nearest_end = 0, far, len, subj, from, floor;
	/* (an absolute participle's "with": none named before it) */
	size_t with = ends_in(t[tok].norm, "ing", 4) ?
	    mdtl_speaker_absolute_with(tg, tok) : 0;

	/* "The base drew an angry response from Moscow": a reaction's
	 * maker after "from" */
	if (ntok > 1 && is(&t[tok + ntok - 1], "from")) {
		of = NULL;
		if ((maker = mdtl_tags_actor_at(tg, tok + ntok)) != NULL &&
		    maker->tok == tok + ntok && !maker->weak &&
		    maker->actor->kind != MDTL_ACTOR_AGENCY)
			of = maker->actor;
		/* (a capital for its government: "from Moscow") */
		for (k = 0; of == NULL && k < tg->np; k++)
			if (tg->p[k].tok == tok + ntok)
				of = mdtl_lexicon_place_country(s->lex,
				    tg->p[k].place);
		if (of != NULL) {
			*why = "the maker of a reaction, after \"from\"";
			return of;
		}
	}
	/* "In Poland, officials declined ...", "In Moscow, the Foreign
	 * Ministry said": a subject that names no one, where the sentence
	 * sets it (before the rules that would take it for the last
	 * speaker's side or for a clause reported) */
	if ((of = setting_side(s, tg, tok)) != NULL) {
		*why = setting_why;
		return of;
	}
	/* "In a joint statement, they said": those of the last meeting of
	 * two or more, its first person */
	if (tok > 1 && is(&t[tok - 1], "they") && joint_before(tg, tok - 1) &&
	    (joint = meeting_of(s, MEET_NEWS | MEET_PEOPLE)) != NULL &&
	    (opening = people_of(s, joint)) != NULL) {
		*why = "\"they\" of a joint statement: the last meeting's "
		    "people";
		return opening;
	}
	/* "NATO leaders agreed at their summit in Lisbon ... That same
	 * year, they invited Russia": "they" right before an offer or a
	 * threat (not in a relative clause), after events of a body or a
	 * side, is the first actor of the last one */
	if (tok > 1 && is(&t[tok - 1], "they") &&
	    (cue = mdtl_tags_cue_at(tg, tok)) != NULL &&
	    (cue->kind == MDTL_PH_OFFER || cue->kind == MDTL_PH_WARNING) &&
	    !(tok > 2 && is(&t[tok - 2], "which")) &&
	    (of = they_before(s)) != NULL) {
		*why = "\"they\": the body or the side of the last event "
		    "told before";
		return of;
	}
	/* "The framework was announced late Thursday by EU foreign policy
	 * chief Federica Mogherini" */
	if ((of = mdtl_speaker_agent(tg, tok, ntok)) != NULL) {
		*why = "the agent of a verb of saying in the passive";
		return of;
	}
	/* "It was noted by the minister that ...": the title's person */
	if ((k = mdtl_speaker_passive_title(tg, tok, ntok)) != 0 &&
	    (of = title_alone(s, tg, k, why)) != NULL)
		return of;
	/* "It was noted that the sides share the view ...", in a report on
	 * a meeting: no one's but its people's, its first */
	if (mdtl_speaker_impersonal(tg, tok, ntok) &&
	    (joint = meeting_of(s, MEET_NEWS)) != NULL &&
	    (opening = people_of(s, joint)) != NULL) {
		*why = "\"it was noted\": the last meeting's people";
		return opening;
	}
	/* "The EU fully supports the efforts of the OSCE Minsk Group
	 * co-chairs and urges": a verb joined by "and" or "but", the
	 * subject of the clause's first */
	if (tok > 1 && (is(&t[tok - 1], "and") || is(&t[tok - 1], "but")) &&
	    !is(&t[tok], "according") &&
	    (of = joined_subject(tg, tok - 1)) != NULL) {
		*why = "a verb joined to another: the subject of the clause";
		return of;
	}

	/* "..., the Kommersant daily reported on Friday, citing a source in
	 * the Russian delegation": the side or person the one cited is of */
	if ((of = mdtl_tags_cited(tg, tok)) != NULL) {
		*why = "the one a report cites";
		return s->last_source = of;
	}
	/* "..., Kommersant reported on Friday, citing sources in the
	 * Foreign Ministry": the side of the body it names by its kind */
	if ((k = mdtl_tags_cited_body(tg, tok, &from)) != 0 &&
	    (of = body_by_kind(s, tg, from, k)) != NULL) {
		*why = "the body a report cites, named by its kind";
		return s->last_source = of;
	}
	if (unnamed_subject(s, tg, tok, &of)) {
		*why = of != NULL ? mdtl_speaker_unnamed_side :
		    mdtl_speaker_unnamed;
		/* '"...," one official said', after "NATO officials said":
		 * one of those */
		if (of == NULL && one_more(tg, tok) && s->last_source != NULL) {
			of = s->last_source;
			*why = "one more of unnamed sources named before: their "
			    "side";
		}
		if (of == NULL &&
		    (of = closing_official(s, tg, tok)) != NULL)
			*why = "an official of no side after the clause it "
			    "reports: the dateline's country";
		if (of != NULL)
			s->last_source = of;
		return of;
	}
	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_ANONYMOUS &&
		    tg->c[k].tok + tg->c[k].ntok <= tok &&
		    clear_between(tg, tg->c[k].tok + tg->c[k].ntok, tok) &&
		    !tg->c[k].inquote) {
			/* a nearer named actor wins over it: the first, the
			 * body it is of ("a source in the Russian delegation
			 * to the NATO-Russia Council"), unless it stands in
			 * apposition to a person ("Jens Ploetner, an official
			 * spokesman for the German Foreign Ministry") */
			const struct mdtl_actor_tag *m = NULL;

			for (i = tg->c[k].tok + tg->c[k].ntok; i < tok; i++)
				if ((m = mdtl_tags_actor_at(tg, i)) != NULL && !m->weak)
					break;
			/* "a source in the presidential administration" */
			if (i == tok && (of = kind_after(s, tg,
			    tg->c[k].tok + tg->c[k].ntok, tok)) != NULL) {
				*why = "an anonymous official of a body named "
				    "by its kind: the side of the last head of "
				    "one named";
				return of;
			}
			/* "a diplomatic source in Moscow": a capital's */
			if (i == tok && (of = capital_after(s, tg,
			    tg->c[k].tok + tg->c[k].ntok, tok)) != NULL) {
				*why = "an anonymous official in a capital: its "
				    "country";
				return of;
			}
			if (i == tok && main_speaker(s) != NULL) {
				*why = "an anonymous official: the article's "
				    "named speaker";
				return s->main_speaker;
			}
			if (i < tok && m->actor->kind != MDTL_ACTOR_AGENCY &&
			    m->actor->kind != MDTL_ACTOR_PERSON &&
			    !apposed_to_person(tg, tg->c[k].tok)) {
				*why = "an anonymous official of a body named "
				    "after it";
				return m->actor;
			}
		}
	/* "his office said": the person "his" stands for */
	if (tok >= 2 && (is(&t[tok - 2], "his") || is(&t[tok - 2], "her")) &&
	    own_body(s, tg, tok - 1, tok)) {
		const struct mdtl_actor *p = person_before(tg, tok - 2);

		*why = "a person's office: the person a pronoun stands for";
		if (p != NULL)
			return p;
		if (s->last_person != NULL)
			return pronoun_person(s, tg, &t[tok - 2]);
	}
	/* "Interfax quoted him as saying": the one quoted */
	if (is(&t[tok], "as") && tok >= 2) {
		for (i = tok - 1; i > 0 && tok - i <= 5 &&
		    !is(&t[i - 1], "quoted"); i--)
			;
		if (i > 0 && is(&t[i - 1], "quoted")) {
			const struct mdtl_actor_tag *m = NULL;

			for (k = i; k < tok && m == NULL; k++)
				if ((m = mdtl_tags_actor_at(tg, k)) != NULL &&
				    (m->weak || m->actor->kind ==
				    MDTL_ACTOR_AGENCY))
					m = NULL;
			if (m != NULL) {
				*why = "the one quoted";
				return m->actor;
			}
			/* "quoted a Foreign Ministry source as saying": the
			 * body of that name of the last speaker's side or of
			 * the dateline's country */
			if ((is(&t[i], "a") || is(&t[i], "an")) &&
			    tok - 1 > i + 1 &&
			    in_list(tg, &t[tok - 1], SOURCE_NOUNS) &&
			    (of = side_body(s, tg, i + 1, tok - 1)) != NULL) {
				*why = "the one quoted: a source of a body";
				return s->last_source = of;
			}
			if (in_list(tg, &t[i], OBJECT_PRONOUNS) &&
			    s->last_person != NULL) {
				*why = "a pronoun quoted: the last person "
				    "named";
				return pronoun_person(s, tg, &t[i]);
			}
		}
	}
	/* '"...," said Dmitry Rogozin' and "according to X" */
	if (is(&t[tok], "according") || (tok > 0 &&
	    ((t[tok - 1].flags & MDTL_TOK_QUOTE) || (tok > 1 &&
	    is(&t[tok - 1], ",") && (t[tok - 2].flags & MDTL_TOK_QUOTE))))) {
		const struct mdtl_actor *who;

		/* "According to him, ...": the last person named */
		if (tok + ntok < tg->n && s->last_person != NULL &&
		    (is(&t[tok + ntok], "him") || is(&t[tok + ntok], "her"))) {
			*why = "a pronoun: the last person named";
			return pronoun_person(s, tg, &t[tok + ntok]);
		}
		/* "according to Russian media", "according to press
		 * reports": the media, no one the article names */
		for (i = tok + ntok; is(&t[tok], "according") && i < tg->n &&
		    i < tok + ntok + 3 && t[i].kind == MDTL_TOK_WORD; i++)
			if (in_list(tg, &t[i], AUDIENCES)) {
				*why = mdtl_speaker_unnamed;
				return NULL;
			}
		/* "According to the diplomat, ...", "according to the
		 * minister": the source, or the person, named again */
		for (i = tok + ntok; is(&t[tok], "according") && i < tg->n &&
		    i < tok + ntok + 5 && t[i].kind == MDTL_TOK_WORD; i++)
			;
		if (i > tok + ntok + 1 && i < tg->n && is(&t[i], ",")) {
			if (s->last_speaker != NULL &&
			    source_again(s, tg, i - 1, i)) {
				*why = "a source named again: the last speaker";
				return s->last_speaker;
			}
			if ((who = title_alone(s, tg, i - 1, why)) != NULL)
				return who;
		}
		for (i = tok + ntok; i < tg->n && i < tok + ntok + 8; i++) {
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
			/* "said Lt. Col. Irina Kovalchuk" */
			if (t[i].kind == MDTL_TOK_PUNCT && !(is(&t[i], ".") &&
			    title_at(s, tg, i - 1)))
				break;
		}
		/* "..., according to another law enforcement official": a
		 * source it does not name, no one named before it */
		if (is(&t[tok], "according") && tok > 0 &&
		    is(&t[tok - 1], ",")) {
			*why = mdtl_speaker_unnamed;
			return NULL;
		}
	}
	/*
	 * "..., an alliance spokeswoman said": a speaker the sentence does
	 * not name, not an actor of the clause reported before it (up to
	 * "..., the Russian Foreign Ministry's press service said")
	 */
	for (i = tok; i-- > 0 && tok - i <= 8;) {
		const struct mdtl_actor_tag *m = NULL;
		const struct mdtl_actor *titled;
		size_t b, owner = tok;

		if (t[i].kind == MDTL_TOK_PUNCT && !is(&t[i], ","))
			break;
		if (!is(&t[i], ","))
			continue;
		/* "..., diplomats said", "..., Western diplomats said", "...,
		 * but diplomats said": a bare subject that names no actor is
		 * no one the text names */
		b = i + 1 + (is(&t[i + 1], "but") || is(&t[i + 1], "and"));
		if (tok - b >= 1 && tok - b <= 3 &&
		    !in_list(tg, &t[b], DETERMINERS) &&
		    bare_subject(tg, b, tok)) {
			/* but "..., ministers noted": the last meeting's */
			if (tok - b == 1 &&
			    (of = plural_people(s, tg, b)) != NULL) {
				*why = "people of a title: the last meeting's";
				return of;
			}
			*why = "an unnamed subject after the clause it reports";
			return NULL;
		}
		if (tok - i < 3 || !in_list(tg, &t[i + 1], DETERMINERS) ||
		    in_list(tg, &t[i + 1], POINTERS))
			break;
		/* "..., an alliance spokeswoman said": whose, if named */
		for (k = i + 1; k < tok && m == NULL; k++)
			if ((m = mdtl_tags_actor_at(tg, k)) != NULL &&
			    (m->weak || m->actor->kind == MDTL_ACTOR_AGENCY))
				m = NULL;
		/* "..., the Kremlin aide Sergei Prikhodko said": the person
		 * the title before the name is of */
		for (; m != NULL && k < tok; k++) {
			const struct mdtl_actor_tag *p = mdtl_tags_actor_at(tg, k);

			if (p != NULL && !p->weak &&
			    p->actor->kind == MDTL_ACTOR_PERSON) {
				m = p;
				break;
			}
		}
		if (m == NULL && tok >= i + 5 && (titled = body_in_city(s, tg,
		    i + 2, tok - 2, tok)) != NULL) {
			*why = "a body named by its kind and its city after the "
			    "clause it reports: the city's country";
			return titled;
		}
		if (m == NULL)
			owner = voice_owner(tg, i + 2, tok, 0);
		if (m == NULL && (titled = kind_of_body(s, tg, i + 2,
		    owner)) != NULL) {
			*why = "a body named by its kind after the clause it "
			    "reports: the last speaker's side's";
			return titled;
		}
		if (m == NULL && (titled = body_by_kind(s, tg, i + 2,
		    owner)) != NULL) {
			*why = "a body named by its kind after the clause it "
			    "reports: the side of the last head of one named, "
			    "else the dateline's country or the sentence's";
			return titled;
		}
		/* "..., a NATO official said" then "..., the official
		 * added": a source named again */
		if (m == NULL && s->last_speaker != NULL &&
		    source_again(s, tg, i + 2, tok))
			return source_named_again(s, tg, i + 2, 1, why);
		/* "..., the agency said", "..., the ministry said" (a body
		 * first: "ministry" is a title's word too) */
		if (m == NULL && tok == i + 3 &&
		    (titled = body_in_clause(s, tg, i + 2, i)) != NULL) {
			*why = "a body alone after the clause it reports: the "
			    "last one named of that kind";
			return titled;
		}
		/* "..., the minister told journalists" */
		if (m == NULL && (titled = title_alone(s, tg, tok - 1,
		    why)) != NULL)
			return titled;
		/* "..., a ministry spokesman told Interfax": the body named
		 * before by the word before the title */
		if (m == NULL && tok >= i + 4 && mdtl_lexicon_match(s->lex,
		    &t[tok - 1], 1, 1u << MDTL_PH_TITLE, 0, &len) != NULL &&
		    (titled = body_with_word(s, tg, tok - 2)) != NULL) {
			*why = "an official of a body named before, by its word, "
			    "after the clause it reports";
			return titled;
		}
		/* "..., the presidential press service reported": the voice
		 * of a body named by its kind */
		if (m == NULL && (owner = voice_owner(tg, i + 2, tok, 1)) <
		    tok && (titled = body_by_kind(s, tg, i + 2, owner)) !=
		    NULL) {
			*why = "the voice of a body named by its kind after the "
			    "clause it reports: the side of the last head of "
			    "one named";
			return titled;
		}
		/* "In a joint statement, the three presidents said" */
		if (m == NULL && (titled = counted_people(s, tg, tok - 1,
		    1)) != NULL) {
			*why = "the people counted: the last meeting's, or "
			    "the last named";
			return titled;
		}
		/* "After the talks, the presidents noted": the last
		 * meeting's */
		if (m == NULL && tok == i + 3 &&
		    (titled = plural_people(s, tg, tok - 1)) != NULL) {
			*why = "people of a title: the last meeting's";
			return titled;
		}

		*why = m ? "the subject after the clause it reports" :
		    "an unnamed subject after the clause it reports";
		/* "..., a NATO official said": an unnamed source of that
		 * side, for "the official" again */
		if (m != NULL && m->actor->kind != MDTL_ACTOR_PERSON &&
		    (is(&t[i + 1], "a") || is(&t[i + 1], "an")))
			s->last_source = m->actor;
		return m ? m->actor : NULL;
	}
	if ((nearest = apposed_person(tg, tok)) != NULL) {
		*why = "the person before an apposition";
		return nearest;
	}
	/* "Davutoglu also met with President Mahmoud Ahmadinejad and
	 * conveyed a message": a verb joined by "and" to a verb before it
	 * has that verb's subject, the person opening the sentence */
	if (tok > 1 && is(&t[tok - 1], "and") && tg->nc > 0 &&
	    tg->c[0].tok < tok - 1 && !tg->c[0].inquote &&
	    (nearest = opening_person(tg)) != NULL) {
		*why = "a verb joined to one before: the person opening the "
		    "sentence";
		return nearest;
	}
	/* "Medvedev agreed Saturday to look at cooperating with NATO on a
	 * missile defence shield for Europe but warned": a verb after "but"
	 * with no subject of its own has the sentence's, the person opening
	 * it */
	if (tok > 1 && is(&t[tok - 1], "but") &&
	    !(t[tok].flags & MDTL_TOK_INQUOTE) &&
	    (opening = subject_person(tg)) != NULL &&
	    opens_sentence(tg, opening)) {
		*why = "a verb after \"but\": the person opening the sentence";
		return opening;
	}
	/* "Putin on Thursday gave a cool response to Obama's proposal ...,
	 * saying": a participle after a comma is of the sentence's subject,
	 * the person opening it */
	if (tok > 1 && is(&t[tok - 1], ",") && ends_in(t[tok].norm, "ing", 4) &&
	    !(t[tok].flags & MDTL_TOK_INQUOTE) && !is(&t[tok], "according") &&
	    (nearest = subject_person(tg)) != NULL) {
		*why = "a participle after a comma: the person opening the "
		    "sentence";
		return nearest;
	}
	/* "Medvedev ordered the military to put a new radar ... on combat
	 * alert and threatened": a verb joined to one before reaches its
	 * subject further back */
	far = tok > 0 && is(&t[tok - 1], "and") ? 32 : 16;
	/* past a relative clause or an occasion's phrase on the subject:
	 * "The co-chairs, who visited Baku and Yerevan last week, urged" */
	subj = mdtl_extract_aside(tg, tok);
	/* (not into the dateline: "Berlin/Warsaw (dpa) - European
	 * governments on Thursday urged") */
	floor = mdtl_dating_past_dateline(tg);
	for (i = subj; i-- > floor && subj - i <= far;) {
		/* past an aside set off by dashes: "The six powers ... -
		 * the United States, ..., France and Germany - said"; or by
		 * brackets: "The Co-Chairs of the OSCE Minsk Group
		 * (Ambassadors Robert Bradtke of the United States, ...)
		 * issued" */
		if (((is(&t[i], "-") && (t[i].flags & MDTL_TOK_SPACE)) ||
		    is(&t[i], ")")) && (k = aside_opening(tg, i)) < i) {
			far += i - k;
			i = k;
			continue;
		}
		const struct mdtl_actor_tag *m;
		int ends;

		if (t[i].flags & MDTL_TOK_INQUOTE)
			continue;
		if ((t[i].flags & MDTL_TOK_QUOTE) && nearest == NULL &&
		    i + 1 < tok && !(t[i + 1].flags & MDTL_TOK_SPACE))
			break;
		/* (nor past a colon, once a subject is found: "From David
		 * Brunnstrom and Arshad Mohammed, Reuters: Russia said") */
		if (is(&t[i], "that") || is(&t[i], ";") ||
		    (is(&t[i], ":") && nearest != NULL))
			break;
		/* "will try again next week, with diplomats saying Friday":
		 * an absolute participle's subject is the words between
		 * "with" and it, none named there, not the sentence's */
		if (with != 0 && i == with && nearest == NULL)
			break;
		/* "... with Russian Foreign Minister Sergei Lavrov on January
		 * 24, the press service of the Armenian Foreign Ministry
		 * reported": the body's subject opens after the comma, the
		 * clause before it is what was reported */
		if (nearest != NULL && is(&t[i], ",") && i + 1 < tok &&
		    in_list(tg, &t[i + 1], DETERMINERS) && !((before_comma =
		    mdtl_tags_actor_at(tg, i - 1)) != NULL &&
		    before_comma->actor->kind == MDTL_ACTOR_PERSON))
			break;
		if (in_list(tg, &t[i], PERSON_PRONOUNS) && nearest == NULL) {
			const struct mdtl_actor *p = person_before(tg, i);
			const struct mdtl_cue_tag *said;

			/* "Putin praised Obama's decision ... and said he
			 * hoped": the speaker of the verb it follows (of a
			 * verb joined by "and", the sentence's subject) */
			if (i > 0 && (said = mdtl_tags_cue_at(tg, i - 1)) !=
			    NULL && said->kind == MDTL_PH_SPEECH &&
			    said->tok + said->ntok == i &&
			    (p = said->tok > 0 && is(&t[said->tok - 1], "and") ?
			    opening_person(tg) : mdtl_speaker_find(s, tg,
			    said->tok, said->ntok, why)) != NULL &&
			    p->kind == MDTL_ACTOR_PERSON &&
			    may_be(p, pronoun_gender(tg, &t[i]))) {
				*why = "a pronoun after a verb of saying: its "
				    "speaker";
				return p;
			}
			p = person_before(tg, i);

			/* "NATO defense ministers will meet their Russian
			 * counterpart Anatoly Serdyukov ..., he added": one the
			 * clause before names after its subject is no
			 * speaker; the last one is */
			if (p != NULL && i > 0 && is(&t[i - 1], ",") &&
			    p != opening_person(tg) &&
			    s->last_speaker != NULL && s->last_speaker != p &&
			    s->last_speaker->kind == MDTL_ACTOR_PERSON &&
			    may_be(s->last_speaker, pronoun_gender(tg, &t[i]))) {
				*why = "a pronoun after a clause that names one "
				    "after its subject: the last speaker";
				return s->last_speaker;
			}
			/* "X pledged ..., he told reporters"; not a woman
			   for "he" */
			if (p != NULL && may_be(p, pronoun_gender(tg, &t[i]))) {
				*why = "a pronoun: the person named before it";
				return p;
			}
			if (s->last_person != NULL) {
				*why = "a pronoun: the last person named";
				return pronoun_person(s, tg, &t[i]);
			}
			break;
		}
		/*
		 * "the Secretary General said": a title alone, the last
		 * person named; "the Azerbaijani leader said": the last
		 * person of that side, or the side
		 */
		/* the phrase at i is the verb's subject (asked once) */
		ends = nearest == NULL && subject_ends(tg, i, subj);
		if (ends && (of = body_before(s, tg, i)) != NULL) {
			*why = "a body alone: the last one named of that kind";
			return of;
		}
		/* "The Defense Ministry said": that of the last speaker's
		 * side, or of the dateline's country */
		for (k = i; ends && k > 0 && i - k < 3 &&
		    t[k - 1].kind == MDTL_TOK_WORD && !is(&t[k - 1], "the");)
			k--;
		/* (opening its clause, or the sentence past a dateline:
		 * "MOSCOW, June 8 (Interfax) - The Foreign Ministry said"; not
		 * "Makarov, chief of the General Staff, told") */
		if (ends && k > 0 && (k == 1 || is(&t[k - 2], ",") ||
		    (k > 2 && k - 1 == mdtl_dating_past_dateline(tg))) &&
		    (of = kind_of_body(s, tg, k, i + 1)) != NULL) {
			*why = "a body named by its kind: the last speaker's "
			    "side's, or the dateline country's";
			return of;
		}
		/* "The sides also noted ...": the people of the last
		 * meeting gone by */
		if (nearest == NULL && ((of = sides_people(s, tg, i, subj,
		    why)) != NULL || (of = joint_document(s, tg, i, why)) !=
		    NULL))
			return of;
		/* "On missile defence, ministers noted": people of a title
		 * opening the clause, the last meeting's, its first; before
		 * a source or a title named again ("The ministers noted",
		 * after their phone conversation told in the ministry's
		 * words) */
		if (ends && (of = plural_people(s, tg, i)) != NULL) {
			*why = "people of a title: the last meeting's";
			return of;
		}
		/* "the diplomat said", after "an Azerbaijani diplomat
		 * told Trend": the source named again (not the object of a
		 * verb before "in a speech": "backed the negotiators in a
		 * speech on Sunday") */
		if (nearest == NULL && s->last_speaker != NULL &&
		    !is(&t[tok], "in") && source_again(s, tg, i, subj) &&
		    !reported_subject(tg, i))
			return source_named_again(s, tg, i, 0, why);
		if (nearest == NULL && (of = title_alone(s, tg, i, why)) !=
		    NULL)
			return of;
		/* "the three presidents said": the people of the last
		 * meeting, its first */
		if (ends && (of = counted_people(s, tg, i,
		    (cue = mdtl_tags_cue_at(tg, tok)) == NULL ||
		    cue->kind != MDTL_PH_OFFER)) != NULL) {
			*why = "the people counted: the last meeting's, or "
			    "the last named";
			return of;
		}
		/* "The guests said": whom the last meeting received */
		if (ends && after_the(tg, i) &&
		    in_list(tg, &t[i], GUEST_WORDS) &&
		    (of = guest_of(s)) != NULL) {
			*why = "the guests: whom the last meeting received";
			return of;
		}
		/* "the co-chairs said", the Minsk Group named sentences
		 * before, among the actors of an event told */
		if (ends && (of = mdtl_speaker_body_told(s, tg, i)) != NULL) {
			*why = "a body alone: the last one of an event told "
			    "named of that kind";
			return of;
		}
		if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->weak ||
		    m->actor->kind == MDTL_ACTOR_AGENCY)
			continue;
		/* "The six powers negotiating with Iran said": whom the
		 * subject's participle is with, not the subject */
		if (m->tok >= 2 && is(&t[m->tok - 1], "with") &&
		    !(t[m->tok - 2].flags & MDTL_TOK_CAP) &&
		    ends_in(t[m->tok - 2].norm, "ing", 4)) {
			i = m->tok;
			continue;
		}
		/* "The Iraqi ambassador to Venezuela said": where he is
		 * posted, not whom he speaks for */
		if (m->tok >= 2 && is(&t[m->tok - 1], "to") &&
		    in_list(tg, &t[m->tok - 2], POSTING_TITLES)) {
			i = m->tok;
			continue;
		}
		/* "the Russian envoy said": one of that side named before
		 * ("a Russian envoy", someone, is the side) */
		if (nearest == NULL && the_side_title(s, tg, m)) {
			*why = "a title of a side: its last person named";
			return s->last_person;
		}
		/* "He described Mr Putin's speech ... and said": a person's
		 * speech, not the person, is what the clause is about */
		if (m->actor->kind == MDTL_ACTOR_PERSON &&
		    m->tok + m->ntok < tg->n &&
		    is(&t[m->tok + m->ntok], "'s")) {
			/* "Tusk's office said": the person's own */
			if (nearest == NULL && own_body(s, tg,
			    m->tok + m->ntok + 1, subj)) {
				*why = "a person's office or spokesman";
				return m->actor;
			}
			i = m->tok;
			continue;
		}
		i = m->tok;
		/* "When President Obama scrapped those plans ..., Moscow
		 * welcomed the decision": the subject right before the verb,
		 * not a person of the clause of time before its comma */
		if (m->actor->kind == MDTL_ACTOR_PERSON && nearest != NULL &&
		    nearest_end == subj && time_clause(tg, i, nearest_at))
			break;
		if (m->actor->kind == MDTL_ACTOR_PERSON) {
			*why = nearest ? "the person named before the verb" :
			    "named before the verb";
			return m->actor;
		}
		if (nearest == NULL) {
			nearest = m->actor;
			nearest_at = i;
			nearest_end = m->tok + m->ntok;
		} else if (nearest_at - i > 6)
			break;
	}
	if (nearest != NULL) {
		*why = "named before the verb";
		/* "NATO officials said": unnamed sources of a side, for
		 * "one official" after them */
		if (unnamed_people_at(s, tg, nearest_end, subj))
			s->last_source = nearest;
		return nearest;
	}
	/* "said Ashton", "voiced by officials" with nothing before it;
	 * not "called on Russia", whom it was said to, nor "told reporters
	 * that Obama ..." or "says Putin's plan ...", whom the words are
	 * of, nor after a subject that names no one ("Diplomats say a
	 * NATO-Russia summit in Chicago ... looks increasingly unlikely",
	 * and past a place it is in: "Analysts in Moscow say the Kremlin
	 * ...") */
	for (i = tok; i > 0 && tok - i < 4; i--) {
		if (mdtl_tags_actor_at(tg, i - 1) != NULL ||
		    boundary(&tg->t[i - 1]))
			break;
		if (mdtl_lexicon_match(s->lex, &tg->t[i - 1], 1,
		    1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL ||
		    in_list(tg, &tg->t[i - 1], COMMENTATORS))
			return NULL;
		/* (only over "in" and its place) */
		if (i - 1 < tok - 1 && !is(&tg->t[i - 1], "in") &&
		    !mdtl_tags_place_at(tg, i - 1))
			break;
	}
	/* (nor after a subject of common words: "European governments on
	 * Thursday urged Moscow"; but "the optimism voiced by senior U.S.
	 * officials", an agent) */
	if (common_subject(tg, tok) && !(tok + ntok < tg->n &&
	    is(&tg->t[tok + ntok], "by")))
		return NULL;
	for (i = tok + ntok; i < tg->n && i < tok + ntok + 3; i++) {
		const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg, i);

		if ((in_list(tg, &tg->t[i], PREPOSITIONS) &&
		    !is(&tg->t[i], "by")) || boundary(&tg->t[i]))
			break;
		if (m != NULL && m->tok + m->ntok < tg->n &&
		    is(&tg->t[m->tok + m->ntok], "'s"))
			break;
		if (m != NULL && !m->weak && m->actor->kind != MDTL_ACTOR_AGENCY) {
			*why = "named after the verb";
			return m->actor;
		}
	}
	return NULL;
}

const struct mdtl_actor *
mdtl_speaker_transcript(const struct mdtl_tags *tg, size_t *day)
{
	const struct mdtl_actor_tag *m, *n;
	const struct mdtl_timex *x = NULL, *stamp;
	size_t b = 0, i, len, tl;

	/* "- Russian Foreign Minister Sergei Lavrov, on Monday: '...'": an
	 * item of a list of what each said */
	if (tg->n > 2 && (is(&tg->t[0], "-") || is(&tg->t[0], "*")))
		b = 1;
	/* "17:30 - Lavrov: '...'": an entry of a live report, its time */
	else if ((stamp = mdtl_tags_timex_at(tg, 0)) != NULL &&
	    stamp->type == MDTL_TIMEX_TIME && stamp->ntok + 2 < tg->n &&
	    is(&tg->t[stamp->ntok], "-"))
		b = stamp->ntok + 1;
	i = b;
	if (in_list(tg, &tg->t[b], HONORIFICS))
		i = b + (b + 1 < tg->n && is(&tg->t[b + 1], ".") ? 2 : 1);
	/* "SECRETARY CLINTON:", "FOREIGN MINISTER LAVROV:", "Russian
	 * Ambassador to Denmark Mikhail Vanin, on Wednesday:": past up to
	 * seven words of a title before the name, one a title's word, its
	 * sides named in it */
	else {
		int title = 0;

		for (len = b; len < b + 7 && len + 1 < tg->n &&
		    tg->t[len].kind == MDTL_TOK_WORD; len++) {
			if ((m = mdtl_tags_actor_at(tg, len)) != NULL &&
			    m->actor->kind == MDTL_ACTOR_PERSON)
				break;
			if (m == NULL && !(tg->t[len].flags & MDTL_TOK_CAP) &&
			    !is(&tg->t[len], "to") && !is(&tg->t[len], "of"))
				break;
			if (mdtl_lexicon_match(tg->lex, &tg->t[len], 1,
			    1u << MDTL_PH_TITLE, 0, &tl) != NULL)
				title = 1;
		}
		i = title ? len : b;
	}
	if ((m = mdtl_tags_actor_at(tg, i)) == NULL || m->tok != i ||
	    m->actor->kind != MDTL_ACTOR_PERSON || m->tok + m->ntok >= tg->n)
		return NULL;
	/* "NATO SECRETARY GENERAL ANDERS FOGH RASMUSSEN: ...": a title of
	 * the same person before the name */
	while ((n = mdtl_tags_actor_at(tg, m->tok + m->ntok)) != NULL &&
	    n->tok == m->tok + m->ntok && n->actor == m->actor &&
	    n->tok + n->ntok < tg->n)
		m = n;
	/* "ANDERS FOGH RASMUSSEN (NATO Secretary General): ...": past a
	 * title in brackets */
	i = m->tok + m->ntok;
	if (is(&tg->t[i], "("))
		for (i++; i < tg->n && i < m->tok + m->ntok + 12 &&
		    tg->t[i].kind == MDTL_TOK_WORD; i++)
			;
	if (i > m->tok + m->ntok && (i + 1 >= tg->n ||
	    !is(&tg->t[i], ")")))
		return NULL;
	i += i > m->tok + m->ntok;
	/* (the day of the words after a comma: "Lavrov, on Monday:") */
	if (i + 2 < tg->n && is(&tg->t[i], ",") &&
	    ((x = mdtl_tags_timex_at(tg, i + 1)) != NULL ||
	    (is(&tg->t[i + 1], "on") &&
	    (x = mdtl_tags_timex_at(tg, i + 2)) != NULL)))
		i = x->tok + x->ntok;
	if (i >= tg->n || !is(&tg->t[i], ":"))
		return NULL;
	*day = x != NULL && mdtl_dating_dated(x) ? (size_t)(x - tg->tx) :
	    tg->ntx;
	return m->actor;
}

/*
 * "MS. NULAND: We don't agree ...", "MR. TONER:": a transcript's line under
 * an honorific and a name the data does not know, one or two capitalised
 * words (in capitals too), the colon right after them.
 */
const struct mdtl_actor *
mdtl_speaker_honorific_line(struct state *s, const struct mdtl_tags *tg)
{
	const struct mdtl_token *t;
	size_t b, i;

	if (tg->n < 4 || !in_list(tg, &tg->t[0], HONORIFICS))
		return NULL;
	b = is(&tg->t[1], ".") ? 2 : 1;
	for (i = b; i < tg->n && i < b + 2; i++) {
		t = &tg->t[i];
		if (t->kind != MDTL_TOK_WORD || !(t->flags & MDTL_TOK_CAP) ||
		    in_list(tg, t, NOT_NAMES) ||
		    mdtl_tags_actor_at(tg, i) != NULL ||
		    mdtl_tags_timex_at(tg, i) != NULL)
			break;
	}
	if (i == b || i + 1 >= tg->n || !is(&tg->t[i], ":"))
		return NULL;
	return adhoc_person(s, tg, b, i, 1);
}

const struct mdtl_actor *
mdtl_speaker_title_line(struct state *s, const struct mdtl_tags *tg)
{
	const struct mdtl_actor *who;
	char title[64];
	size_t k, e, j, a;

	for (k = 0; k < tg->n && k < 4 && tg->t[k].kind == MDTL_TOK_WORD &&
	    (tg->t[k].flags & MDTL_TOK_CAP) && mdtl_tags_actor_at(tg, k) ==
	    NULL; k++)
		;
	/* ("THE PRESIDENT:": the title past its article) */
	a = k > 1 && is(&tg->t[0], "the") ? 1 : 0;
	if (k == a || k + 1 >= tg->n || !is(&tg->t[k], ":") ||
	    words_of(tg, a, k, title, sizeof title) == 0)
		return NULL;
	/* the last person named with that title ("NATO Secretary General
	 * Anders Fogh Rasmussen") */
	for (e = s->ntitled; e-- > 0;) {
		for (j = a; j < k && in_title(&s->titled[e], &tg->t[j]); j++)
			;
		if (j == k)
			return s->titled[e].who;
	}
	/* the sides of the events told, then the bodies named; else, in a
	 * text a country issues, its holder ("THE PRESIDENT:" in the White
	 * House's remarks) */
	if ((who = side_holder(s, title, s->bodies, s->nbodies)) != NULL)
		return who;
	return source_role_holder(s, title);
}

/* The subject of a predicate: the nearest actor before it in its clause;
 * of a verb after "but", the first of its clause ("Medvedev agreed to look
 * at cooperating with NATO but warned": not NATO). */
const struct mdtl_actor *
mdtl_speaker_subject(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_actor *first = NULL;
	size_t i;

	if (tok > 1 && is(&tg->t[tok - 1], "but")) {
		for (i = tok - 1; i-- > 0 && !boundary(&tg->t[i]);) {
			const struct mdtl_actor_tag *m = mdtl_tags_actor_at(tg,
			    i);

			if (m != NULL)
				first = m->actor;
		}
		if (first != NULL)
			return first;
	}
	for (i = tok; i-- > 0 && tok - i <= 10;) {
		const struct mdtl_actor_tag *m;

		if (boundary(&tg->t[i]) && !is(&tg->t[i], "("))
			break;
		if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
			return m->actor;
	}
	return NULL;
}

/*
 * extract-int.h: what the files of extraction share (extract.c the
 * sentences, their speech acts and their events; speaker.c who speaks;
 * dating.c when; meeting.c and deadline.c the meetings and time limits;
 * repeat.c sentences told again; extract-event.c the events they all
 * make): the state carried from sentence to sentence, and small helpers.
 * Private to those files.
 */
#ifndef MDTL_EXTRACT_INT_H
#define MDTL_EXTRACT_INT_H

#include <stdint.h>
#include <string.h>

#include "mdtl/extract.h"
#include "mdtl/tag.h"

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

/*
 * A date the discourse gives an event that has none of its own: the lead's
 * (the publication's, the dateline's, the period a digest covers, the first
 * speech act's day), or an occasion's (a dated meeting or speech act, for
 * its own actors' later remarks).  basis NONE: none.
 */
struct when {
	struct mdtl_date		 date;
	enum mdtl_date_basis		 basis;
	const char			*text;		/* the words, or NULL */
	const char			*why;		/* for --explain */
};

/* An actor's occasion: the day of its last dated meeting or speech act. */
struct occasion {
	const char			*id;		/* the actor's */
	struct when			 when;
	int				 said;		/* words' day, not a
							   meeting's */
	size_t				 para;		/* its paragraph + 1 */
};

#define OCCASIONS	16
/* The persons named last that "she" and "he" may stand for, at most. */
#define RECENT_PERSONS	4
#define RECENT_BODIES	4

struct state {
	struct mdtl_article		 *art;
	/* the text the spans of the tags read index: the body, or the
	 * title while its people are read (title_people()) */
	const char			 *text;
	const struct mdtl_lexicon	 *lex;
	unsigned			  flags;	/* mdtl_extract_flags */
	const struct mdtl_article_meta	 *meta;
	struct mdtl_event		**v;
	size_t				 *n, *alloc, start;
	long				  day;		/* publication day */
	struct mdtl_date		  ref;		/* publication day */
	struct when			  lead;
	/* the publication's day, for words told apart from the lead's
	 * ("Antonov, speaking separately, said"); basis NONE: none */
	struct when			  published;
	int				  lead_done;
	struct mdtl_date		  period;	/* a digest's; gran
							   NONE: none */
	/* the lead's words with no date of their own: their first event,
	 * + 1 (0: none), and their speaker, till a day is given them */
	size_t				  lead_undated;
	const struct mdtl_actor		 *lead_who;
	/* "Antonov told reporters last week ...": words of a week gone by,
	 * their speaker and sentence, for a pronoun's words right after */
	const struct mdtl_actor		 *week_who;
	const struct mdtl_sentence	 *week_sent;
	struct when			  week;
	/* "His comments come days after Medvedev announced ...": that act
	 * (+ 1; 0: none), of no day yet, and its speaker, till the next
	 * sentence that tells acts */
	size_t				  lapsed;
	const struct mdtl_actor		 *lapsed_who;
	/* "Talks ... ended Saturday": the meeting dated by its last day,
	 * its days not told (+ 1; 0: none) */
	size_t				  ended;
	/* the day two sides or more agreed ("Japan and the United States
	 * agreed Wednesday to deploy ..."), and its sentence: that of the
	 * meeting the agreement is told next to have been reached at */
	struct when			  agreed;
	const struct mdtl_sentence	 *agreed_sent;
	/* the date of the last line that is only a date ("Monday, October
	 * 3"), heading a calendar's items: none before one */
	struct when			  heading;
	/* the date of a chronology's item ("Aug. 20, 2008 - Poland and
	 * the United States sign ..."), for the sentences after it in its
	 * paragraph, item_para (+ 1; 0: none) */
	struct when			  item;
	size_t				  item_para;
	/* the paragraph of the sentence read, + 1; whether that sentence
	 * tells its act in the present perfect ("has sent a letter") */
	size_t				  para;
	int				  perfect;
	/* whether that sentence names an office held before ("Then-President
	 * Vladimir Putin responded"), and its first event */
	int				  former;
	size_t				  sent_first;
	/* the events of the last sentence that told any, [told_first,
	   told_end), and its paragraph + 1 */
	size_t				  told_first, told_end, told_para;
	/* whether its first sentence was read; the lead before any */
	int				  opened;
	struct when			  first_lead;
	/* the lead: the paragraph of the first act, + 1 (0: none yet);
	 * whether a paragraph of background only was told before it; the
	 * paragraph read (+ 1) and what its events are so far (-1 none, 0
	 * some of the news, 1 background only) */
	size_t				  lead_para;
	int				  background;
	/* the document whose text follows a colon ("issued the following
	 * statement:"), + 1 (0: none); the paragraph it starts after, + 1;
	 * whether its text opened with a quotation mark */
	size_t				  doc;
	size_t				  doc_para;
	int				  doc_quoted;
	/* the article is a document of its author, its title says ("Comment
	 * by the Russian Foreign Ministry on ..."): its words are one act */
	int				  doc_title;
	size_t				  bg_para;
	int				  bg_only;
	struct occasion			  occ[OCCASIONS];	/* oldest */
	size_t				  nocc;			/* first */
	/*
	 * The article's first person named as a speaker, for anonymous
	 * ones: looked for as the sentences are tagged, and ahead of them
	 * (with tags of its own) only when an anonymous speaker needs it.
	 */
	const struct mdtl_actor		 *main_speaker;
	size_t				  speaker_next;	/* first unread */
	struct mdtl_tags		 *ahead;
	const struct mdtl_actor		 *last_person;
	/* the person the last sentence with actors opens with, its
	   subject ("Hollande met Obama ... He said": Hollande), or NULL */
	const struct mdtl_actor		 *prev_subject;
	/* the persons named last, the latest last, each once */
	const struct mdtl_actor		 *recent[RECENT_PERSONS];
	size_t				  nrecent;
	/* the persons named last with a title right before the name, and
	 * its words ("deputy foreign minister"), the latest last */
	struct titled {
		const struct mdtl_actor	 *who;
		const struct mdtl_token	 *title;	/* the article's */
		size_t			  ntitle;
	}				  titled[RECENT_PERSONS];
	size_t				  ntitled;
	/* the bodies named last, the latest last, each once */
	const struct mdtl_actor		 *bodies[RECENT_BODIES];
	size_t				  nbodies;
	const struct mdtl_actor		 *last_speaker;
	/* a spokesman named with no body right after a body's words, and
	 * that body (its voice: mdtl_dating_inherit()) */
	const struct mdtl_actor		 *voice, *voice_of;
	/* the article's author, when the data knows the person: a column's
	 * first person */
	const struct mdtl_actor		 *author;
	/* the side of the last unnamed source ("a source in the Russian
	 * delegation"), for "the source" again */
	const struct mdtl_actor		 *last_source;
	/* the speaker of the last transcript's line ("Sergey Lavrov: ..."),
	 * and its paragraph + 1 (0 past an interviewer's line) */
	const struct mdtl_actor		 *line_who;
	size_t				  line_para;
	/* the statement that line made (index + 1), for the sentences of
	 * its paragraph that tell nothing of their own */
	size_t				  line_event;
	/* an interview of lines opened by dashes: the person it is with
	 * (the last named before its first question), and the paragraph
	 * + 1 of its last question */
	const struct mdtl_actor		 *interviewee;
	size_t				  dash_para;
	/* the span start + 1 of the last sentence whose words took the day
	 * their airing's participle names ("said in remarks posted on the
	 * Kremlin website on Tuesday"), which an occasion told after them
	 * may correct (remarks_made()) */
	size_t				  aired_at;
	const struct mdtl_actor		 *last_agent;
	struct seen			**buckets;
	size_t				  nbuckets;
	const struct mdtl_actor		 *prev[MDTL_TAG_MAX];	/* actors of */
	size_t				  nprev;		/* the last sentence */
	/* the sides of the last talks told as a process, no meeting of
	 * their own ("Talks between Azerbaijan and Russia ... are
	 * progressing"), for their next round */
	const struct mdtl_actor		 *talked[4];
	size_t				  ntalked;
	const struct mdtl_actor		 *sent_speaker;	/* of this sentence */
	const struct mdtl_actor		 *pending_person;	/* a speaker
							   named this sentence */
	struct mdtl_actor		**adhoc;	/* people the data */
	size_t				  nadhoc, aadhoc;	/* does not know */
	const struct mdtl_actor		 *home;		/* its dateline's country */
	const struct mdtl_actor		 *source;	/* the article's source, */
	int				  source_known;	/* looked up once */
	/* the speaker last found stands for the people of this meeting
	   ("the sides noted", "a joint statement ... said"): its index + 1,
	   or 0 */
	size_t				  people_of;
	/* the text of the sentence last copied, for its other events */
	const struct mdtl_sentence	 *copied;
	const char			 *copy;
	/* the words of the sentence last worded, for its other events */
	const struct mdtl_sentence	 *worded;
	struct mdtl_words		  words;
	struct mdtl_event_ids		  ids;
};

/*
 * What took a date of the sentence (tags' tx_used), 0 when nothing did.  A
 * meeting may share the date of an act told at it, no other.
 */
enum {
	TX_ACT = 1,
	TX_MEETING,
	TX_DEADLINE,
	TX_RANGE,	/* the end of a range, the start's: mdtl_dating_ranges() */
};

/* A predicate of a sentence: its cue, and who performs it. */
struct pred {
	size_t				 tok, ntok;
	enum mdtl_phrase_kind		 kind;
	const struct mdtl_phrase	*ph;
	const struct mdtl_actor		*speaker;
	const char			*why;
	int				 says;	/* a verb of saying */
	int				 closing;	/* ", Rogozin said.":
						   after the clause it reports */
	int				 other;	/* a threat not the
						   speaker's: a thing's, or
						   another side's */
	int				 reported;	/* another's offer
						   the words report: an event
						   of its own */
	int				 joined;	/* "said ... and
						   repeated its offer", "...,
						   and warned that": the
						   speaker's offer or threat,
						   another act */
	size_t				 people_of;	/* state's, as its
						   speaker was found */
	int				 date_tx;	/* its date's timex,
						   found before it is told
						   (reported_document()), or
						   -1 */
};

/* Is the token's word in one of the lexicon's grammar lists? */
#define in_list(tg, t, g) \
	(mdtl_lexicon_word((tg)->lex, MDTL_GRAMMAR_##g, (t)) >= 0)

static inline int
is(const struct mdtl_token *t, const char *w)
{
	return mdtl_text_eq(t->norm, w);
}

/* Is the cue one of an act of words: said, warned, offered? */
static inline int
act_cue(const struct mdtl_cue_tag *c)
{
	return c->kind == MDTL_PH_SPEECH || c->kind == MDTL_PH_WARNING ||
	    c->kind == MDTL_PH_OFFER;
}

/* Does word w end in suffix, with more than min letters in all? */
static inline int
ends_in(const char *w, const char *suffix, size_t min)
{
	size_t n = strlen(w), k = strlen(suffix);

	return n > min && n >= k && strcmp(w + n - k, suffix) == 0;
}

static inline int
boundary(const struct mdtl_token *t)
{
	return t->kind == MDTL_TOK_PUNCT ? (is(t, ",") || is(t, ";") ||
	    is(t, ":") || (t->flags & MDTL_TOK_QUOTE) || is(t, "(") ||
	    is(t, ")")) : is(t, "that");
}

/* "The talks came two weeks after ...": what the lapse after is from */
static inline int
came(const struct mdtl_token *t)
{
	return is(t, "came") || is(t, "comes") || is(t, "come");
}

/* "Tusk spoke a day after ...": the words of the subject before it are */
static inline int
spoke(const struct mdtl_token *t)
{
	return is(t, "spoke") || is(t, "speaks");
}

static inline int
clear_between(const struct mdtl_tags *tg, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b && i < tg->n; i++)
		if (boundary(&tg->t[i]))
			return 0;
	return 1;
}

/* A title or a body of people at token i ("the envoy", "a delegation"):
 * its length in tokens, or 0. */
static inline size_t
people_at(const struct mdtl_tags *tg, size_t i)
{
	size_t len;

	return i < tg->n && mdtl_lexicon_match(tg->lex, &tg->t[i], tg->n - i,
	    1u << MDTL_PH_TITLE | 1u << MDTL_PH_COLLECTIVE, 0, &len) != NULL ?
	    len : 0;
}

/* A person at token i, past its determiners: named (the first name there
 * a person's), by a title or a body of people. */
static inline int
person_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_actor_tag *m;

	while (i < tg->n && in_list(tg, &tg->t[i], DETERMINERS))
		i++;
	if (i >= tg->n)
		return 0;
	if ((m = mdtl_tags_actor_at(tg, i)) != NULL)
		return m->actor->kind == MDTL_ACTOR_PERSON;
	return people_at(tg, i) != 0;
}

/* The last meeting among the article's first end events, or NULL. */
static inline struct mdtl_event *
last_summit(struct state *s, size_t end)
{
	while (end-- > s->start)
		if ((*s->v)[end].type == MDTL_EVENT_SUMMIT)
			return &(*s->v)[end];
	return NULL;
}

/* A preposition opening a meeting's phrase of its own: an occasion's
 * ("at the G8 summit") or a limit's ("by the NATO summit")? */
static inline int
phrase_prep(const struct mdtl_tags *tg, const struct mdtl_token *t)
{
	return in_list(tg, t, OCCASION_PREPS) || is(t, "by") ||
	    is(t, "before");
}

/*
 * The end of up to three words from token i (before tok) in lower case
 * that name no one and tell nothing, a noun's modifiers and the noun: "the
 * interceptors could", "their foreign ministers would".
 */
static inline size_t
plain_words_from(const struct mdtl_tags *tg, size_t i, size_t tok)
{
	size_t k;

	for (k = i; k < tok && k < i + 3 && tg->t[k].kind == MDTL_TOK_WORD &&
	    !(tg->t[k].flags & MDTL_TOK_CAP) &&
	    !in_list(tg, &tg->t[k], AUXILIARIES) &&
	    mdtl_tags_actor_at(tg, k) == NULL &&
	    mdtl_tags_cue_at(tg, k) == NULL; k++)
		;
	return k;
}

/* An outcome's "of" at token k: "the results of" (grammar list
 * outcome_nouns)? */
static inline int
outcome_of(const struct mdtl_tags *tg, size_t k)
{
	return k > 0 && is(&tg->t[k], "of") && in_list(tg, &tg->t[k - 1],
	    OUTCOME_NOUNS);
}

/* Is the subject of the clause of token tok the sides of talks: "The
 * negotiators aim to ...", "Negotiators will resume talks", "the two
 * sides", "Military experts from both countries" (grammar list
 * talk_sides; a word or two before it that names no one)? */
static inline int
sides_subject(const struct mdtl_tags *tg, size_t tok)
{
	const struct mdtl_cue_tag *c;
	size_t i = tok, k;

	/* not a meeting in a phrase of its own after them: "urged the two
	 * sides at the G8 summit in Deauville", "the sides must complete an
	 * agreement ... by the NATO summit in 2012" (a limit's) */
	for (k = tok; k > 0 && tok - k < 4 && tg->t[k - 1].kind ==
	    MDTL_TOK_WORD && !phrase_prep(tg, &tg->t[k - 1]); k--)
		;
	if (k > 0 && k < tok && phrase_prep(tg, &tg->t[k - 1]))
		return 0;
	/* nor one whose outcome the subject's verb tells of: "the sides
	 * discussed the results of the OSCE Ministerial Council" */
	for (k = tok; k > 1 && tok - k < 5 && tg->t[k - 1].kind ==
	    MDTL_TOK_WORD; k--)
		if (outcome_of(tg, k - 1))
			return 0;
	/* to the clause's start, or to the words a verb of saying reports
	 * ("Grushko said the sides would hold consultations") */
	while (i > 0 && !boundary(&tg->t[i - 1]) && !((c =
	    mdtl_tags_cue_at(tg, i - 1)) != NULL &&
	    c->kind == MDTL_PH_SPEECH))
		i--;
	/* "The two leaders ... agreed that their foreign ministers would
	 * meet": people of the sides told, after "their" */
	if (i < tok && is(&tg->t[i], "their")) {
		k = plain_words_from(tg, i + 1, tok);
		if (k > i + 1 && ends_in(tg->t[k - 1].norm, "s", 3) &&
		    (k == tok || in_list(tg, &tg->t[k], AUXILIARIES)))
			return 1;
	}
	while (i < tok && (in_list(tg, &tg->t[i], DETERMINERS) ||
	    in_list(tg, &tg->t[i], COUNTING)))
		i++;
	for (k = i; k < tok && k < i + 3; k++) {
		if (in_list(tg, &tg->t[k], TALK_SIDES))
			return 1;
		/* "military experts", not "Russian experts" */
		if (tg->t[k].kind != MDTL_TOK_WORD ||
		    mdtl_tags_actor_at(tg, k) != NULL ||
		    mdtl_tags_cue_at(tg, k) != NULL)
			return 0;
	}
	return 0;
}

/* Is token i a capital letter alone before its stop: an initial ("Robert
 * M. Gates")? */
static inline int
initial_at(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t = &tg->t[i];

	return i + 1 < tg->n && t->kind == MDTL_TOK_WORD &&
	    (t->flags & MDTL_TOK_CAP) && t->norm[0] != '\0' &&
	    t->norm[1] == '\0' && is(&tg->t[i + 1], ".");
}

/* Past "in Munich" at token i (a place named in capitals, before tok):
 * the token after it, else i. */
static inline size_t
place_past(const struct mdtl_tags *tg, size_t i, size_t tok)
{
	size_t k = i + 1;

	if (i + 2 >= tok || !(is(&tg->t[i], "in") || is(&tg->t[i], "at")))
		return i;
	while (k < tok && k < i + 4 && tg->t[k].kind == MDTL_TOK_WORD &&
	    (tg->t[k].flags & MDTL_TOK_CAP))
		k++;
	return k > i + 1 && k < tok ? k : i;
}

/* "today's meeting", "Monday's summit": a date a meeting's phrase holds */
static inline int
possessed(const struct mdtl_tags *tg, const struct mdtl_timex *x)
{
	size_t e = x->tok + x->ntok;

	return e < tg->n && is(&tg->t[e], "'s");
}

/* Does a cue of that kind start among the tokens [a, b)? */
static inline int
cue_kind_in(const struct mdtl_tags *tg, enum mdtl_phrase_kind kind,
    size_t a, size_t b)
{
	size_t k;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == kind && tg->c[k].tok >= a &&
		    tg->c[k].tok < b)
			return 1;
	return 0;
}

/* Is the cue a meeting was told by that noun, or does it end with it
 * ("hold ... talks", "phone call": "call")?  No cue is none. */
static inline int
cue_noun(const char *cue, const char *noun)
{
	size_t c, n = strlen(noun);

	if (cue == NULL || (c = strlen(cue)) < n)
		return 0;
	return strcmp(cue + c - n, noun) == 0 && (c == n || cue[c - n - 1] == ' ');
}

/* Does the date at token tok start a span ("since 2002") or end a term
 * ("until 2025"): no day an act or a meeting is told on? */
static inline int
span_or_term(const struct mdtl_tags *tg, size_t tok)
{
	return tok > 0 && (in_list(tg, &tg->t[tok - 1], SPAN_STARTS) ||
	    in_list(tg, &tg->t[tok - 1], TERM_LIMITS));
}

/* Is token tok in a relative clause set off by a comma (", which began on
 * July 3,", "Russia, which has long objected to the plans, said", "the
 * Chicago Summit, where Georgia will take part"; one on a noun put beside
 * the words before, with no pronoun of its own: "joint use of the radar,
 * an idea he first put forward at the Group of Eight summit", "two joint
 * centres, an idea first floated at the Lisbon summit")? */
static inline int
in_relative(const struct mdtl_tags *tg, size_t tok)
{
	size_t i = tok;

	while (i > 0 && !boundary(&tg->t[i - 1]))
		i--;
	return i > 0 && is(&tg->t[i - 1], ",") && (is(&tg->t[i], "which") ||
	    is(&tg->t[i], "who") || is(&tg->t[i], "where") ||
	    ((is(&tg->t[i], "a") || is(&tg->t[i], "an")) && i + 3 < tok &&
	    tg->t[i + 1].kind == MDTL_TOK_WORD &&
	    (in_list(tg, &tg->t[i + 2], PERSON_PRONOUNS) ||
	    in_list(tg, &tg->t[i + 2], ACT_ADVERBS) ||
	    ends_in(tg->t[i + 2].norm, "ed", 4))));
}

/* Is there a verb of saying before token tok, outside quotations? */
static inline int
said_before(const struct mdtl_tags *tg, size_t tok)
{
	size_t k;

	for (k = 0; k < tg->nc; k++)
		if (tg->c[k].kind == MDTL_PH_SPEECH && !tg->c[k].inquote &&
		    tg->c[k].tok < tok)
			return 1;
	return 0;
}

/* "to use", "to reestablish": an infinitive at token i */
static inline int
infinitive(const struct mdtl_tags *tg, size_t i)
{
	const struct mdtl_token *t;

	if (i + 1 >= tg->n || !is(&tg->t[i], "to"))
		return 0;
	t = &tg->t[i + 1];
	return t->kind == MDTL_TOK_WORD && !(t->flags & MDTL_TOK_CAP) &&
	    !in_list(tg, t, DETERMINERS) && !in_list(tg, t, OBJECT_PRONOUNS) &&
	    !in_list(tg, t, OBJECT_WORDS) && mdtl_tags_actor_at(tg, i + 1) ==
	    NULL;
}

/*
 * A list of at most max items, the latest last, each once: item k (*n
 * when it is new) goes, or the oldest when the list is full, and the
 * others move down; the index of the slot at the end, for the newcomer.
 */
static inline size_t
latest_last(void *v, size_t size, size_t *n, size_t max, size_t k)
{
	if (k == *n && *n == max)
		k = 0;
	else if (k == *n)
		(*n)++;
	memmove((char *)v + k * size, (char *)v + (k + 1) * size,
	    (*n - k - 1) * size);
	return *n - 1;
}

static inline const struct mdtl_actor *
side(const struct mdtl_actor *a)
{
	return a != NULL && a->country != NULL ? a->country : a;
}

static inline const char *
span_text(struct state *s, const struct mdtl_tags *tg, size_t tok, size_t ntok)
{
	size_t a = tg->t[tok].span.start, b = tg->t[tok + ntok - 1].span.end;

	return mdtl_arena_strndup(&s->art->arena, s->text + a, b - a);
}

/* speaker.c: who performs a predicate, and who speaks in a sentence. */
const struct mdtl_actor	*mdtl_speaker_find(struct state *,
			    const struct mdtl_tags *, size_t tok, size_t ntok,
			    const char **why);
const struct mdtl_actor	*mdtl_speaker_subject(const struct mdtl_tags *,
			    size_t tok);
/* The agent after "by" of a verb of saying in the passive at tok ("was
 * announced on Thursday by the foreign minister"), or NULL. */
const struct mdtl_actor	*mdtl_speaker_agent(const struct mdtl_tags *,
			    size_t tok, size_t ntok);
/*
 * The passive's auxiliary of the participle at tok: right before it, or
 * before the participle it is joined to ("was tabled by Moscow in June
 * but rejected by the alliance"); its token, or the number of tokens.
 */
size_t			 mdtl_speaker_passive_aux(const struct mdtl_tags *,
			    size_t tok);
/*
 * "a meeting of the Defense Ministry board": a body named by its kind
 * after "the" at token i, that of the last speaker's side or of the
 * dateline's country (whose alias ends with those words); or NULL.
 */
const struct mdtl_actor	*mdtl_speaker_body_of_kind(const struct state *,
			    const struct mdtl_tags *, size_t i);
/*
 * "The co-chairs are expected to visit": a body's word at i, right after
 * "the", for the last body the article's events name whose name or alias
 * has it ("the Minsk Group co-chairs"); or NULL.
 */
const struct mdtl_actor	*mdtl_speaker_body_told(const struct state *,
			    const struct mdtl_tags *, size_t i);
/* The title of the head of a body named by its kind t ("ministry":
 * "minister"), or NULL. */
const char		*mdtl_speaker_head_of(const struct mdtl_token *t);
size_t			 mdtl_speaker_absolute_with(const struct mdtl_tags *,
			    size_t tok);
void			 mdtl_speaker_saw(struct state *,
			    const struct mdtl_tags *, size_t sentence);
/* Remember the persons the sentence names with a title before them. */
void			 mdtl_speaker_titles(struct state *,
			    const struct mdtl_tags *);
/*
 * "It was noted by the minister that ...": the last word of a title alone
 * after "by the", a verb of saying in the passive at tok before it and
 * "that" after it; or 0.
 */
size_t			 mdtl_speaker_passive_title(const struct mdtl_tags *,
			    size_t tok, size_t ntok);
/* "It was noted that ...": a verb of saying at tok in the passive of "it"
 * opening its sentence, before "that"? */
int			 mdtl_speaker_impersonal(const struct mdtl_tags *,
			    size_t tok, size_t ntok);
/*
 * People the data does not know, named in the sentence with a title, a
 * verb of saying or after one of them, or again by their last name: made
 * actor mentions of the tags (with no phrase).
 */
void			 mdtl_speaker_names(struct state *,
			    struct mdtl_tags *);
/*
 * The person the possessive pronoun at i stands for ("accepting her offer
 * of October"): the last person of its gender the sentence names before
 * it, else the holder of a title alone opening its clause, else the one
 * the pronoun would name; or NULL.
 */
const struct mdtl_actor	*mdtl_speaker_possessor(struct state *,
			    const struct mdtl_tags *, size_t i);
/* The person "he" or "she" at token i stands for, or NULL. */
const struct mdtl_actor	*mdtl_speaker_pronoun(const struct state *,
			    const struct mdtl_tags *, size_t i);
/* "The president's threat": the person a title alone before the
 * possessive at i names, or NULL. */
const struct mdtl_actor	*mdtl_speaker_titled_possessor(struct state *,
			    const struct mdtl_tags *, size_t i);
/*
 * "In his speech on Saturday, Mr Putin accused": the person named right
 * after the comma that ends a phrase opening the sentence, in which the
 * possessive pronoun at i stands; or NULL.
 */
const struct mdtl_actor	*mdtl_speaker_cataphor(const struct mdtl_tags *,
			    size_t i);
/* "MR. RHODES: We believe ...": the person a transcript's line opens with,
 * or NULL; *day the date its label ends with ("- Sergei Lavrov, on Monday:
 * '...'"), or tg->ntx. */
const struct mdtl_actor	*mdtl_speaker_transcript(const struct mdtl_tags *,
			    size_t *day);
/* "SECRETARY GENERAL: Good afternoon.": a line labelled by a title alone,
   its holder on the day for a side the article named, or for the country
   that issues the text ("THE PRESIDENT:" in the White House's); or NULL. */
const struct mdtl_actor	*mdtl_speaker_title_line(struct state *,
	    const struct mdtl_tags *);
/* "MS. NULAND: We don't agree ...": a line under an honorific and a name
   the data does not know, that person; or NULL. */
const struct mdtl_actor	*mdtl_speaker_honorific_line(struct state *,
	    const struct mdtl_tags *);

/* dating.c: the date of an event, from its sentence and the discourse. */
int	mdtl_dating_dated(const struct mdtl_timex *);
/*
 * The tokens [a, b) other than the words of names: how far a date after a
 * verb is ("in a statement from the White House Rose Garden later in the
 * day").
 */
size_t	mdtl_dating_plain_words(const struct mdtl_tags *, size_t a, size_t b);
int	mdtl_dating_free(const struct mdtl_tags *, size_t k);
/* "from Monday to Tuesday": mark the end of each range of the sentence
 * taken (TX_RANGE), the start's date, no act's nor a limit's */
void	mdtl_dating_ranges(struct mdtl_tags *);
int	mdtl_dating_given_opening(const struct mdtl_tags *, size_t tok);
int	mdtl_dating_own(struct state *, const struct mdtl_tags *, size_t tok,
	    size_t ntok, size_t after, size_t before);
/* Is date k that of the airing of the words of the verb at [tok, tok +
 * ntok) ("said in remarks posted on the Kremlin website on Tuesday")? */
int	mdtl_dating_aired(const struct mdtl_tags *, size_t tok, size_t ntok,
	    size_t k);
void	mdtl_dating_set(struct state *, const struct mdtl_tags *,
	    struct mdtl_event *, size_t k);
/* "* Nov. 20, 2010 - At a summit in Lisbon, ...": the date heading an
   item of a list, every act's of the item (its timex), or -1. */
int	mdtl_dating_heading(const struct mdtl_tags *);
/* Does the sentence name an office held before ("then-President")? */
int	mdtl_dating_former_in(const struct mdtl_tags *);
/*
 * "told reporters on the eve of the summit", "X, speaking on the eve of the
 * talks, urged": words at tok said the day before the meeting told last,
 * into w: 0, or -1.
 */
/* "the eve of the summit": is "eve" at token i, then "of", "the" or not,
 * and a meeting's cue? */
int	mdtl_dating_eve_of_meeting(const struct mdtl_tags *, size_t i);
int	mdtl_dating_eve_act(struct state *, const struct mdtl_tags *,
	    size_t tok, struct when *w);
/*
 * "Makarov's words came at a conference": the meeting at tok is the
 * occasion of the words that came there, into w their day: 0, or -1.
 */
int	mdtl_dating_came_at(struct state *, const struct mdtl_tags *,
	    size_t tok, struct when *w);
/*
 * "Putin's comments came a day after Obama announced": the act at tok
 * was that lapse before (or after) the day of the words that came, into
 * w: 0, or -1.
 */
int	mdtl_dating_came_after(struct state *, const struct mdtl_tags *,
	    size_t tok, struct when *w);
/* A line that is only a date heads what follows: 1 when tg is one. */
int	mdtl_dating_heading_line(struct state *, const struct mdtl_tags *);
/*
 * A chronology's item: the date heading the sentence (mdtl_dating_heading)
 * dates the undated sentences after it in its paragraph.
 */
void	mdtl_dating_item(struct state *, const struct mdtl_sentence *,
	    const struct mdtl_tags *);
/* Where the discourse's dates start: the publication, a digest's week. */
void	mdtl_dating_start(struct state *);
/* A dateline at the head of the text ("KENNEBUNKPORT, Maine, July 2 --");
 * 1 when its day, before the publication's, is now the reference date. */
int	mdtl_dating_dateline(struct state *, const struct mdtl_tags *,
	    size_t sentence);
/* An event with no date of its own: an occasion's of who, or the lead's. */
/* e takes the day w says, its words, basis and reason. */
void	mdtl_dating_when(struct mdtl_event *, const struct when *);
/* The day of event e, its words, basis and reason, as w. */
void	mdtl_dating_of(const struct mdtl_event *e, struct when *w);
void	mdtl_dating_inherit(struct state *, struct mdtl_event *,
	    const struct mdtl_actor *who);
/* Is d a day of the news: one of the week before publication, or of the
   period a digest covers? */
int	mdtl_dating_news_day(const struct state *, const struct mdtl_date *);
/* Did d end before the story's day (none when there is no day)? */
int	mdtl_dating_gone_by(const struct state *, const struct mdtl_date *d);
/*
 * A dated meeting or speech act is the occasion of its actors' remarks:
 * of its last day when it lasted ndays from its date ("two days of talks
 * that began on Friday"), up to the day of the news.
 */
void	mdtl_dating_occasion(struct state *, const struct mdtl_event *,
	    int ndays);
/* A digest's words with no day of their own, then the same speaker's
   words with a day in the next sentence of the paragraph: the events from
   first on take that day for those of the sentence before. */
void	mdtl_dating_told_after(struct state *, size_t first);
/* "Earlier, co-chair Robert Bradtke said ...": the acts from event from on
   that have no date of their own have none (not the news day's). */
void	mdtl_dating_earlier(struct state *, const struct mdtl_tags *,
	    size_t from);
/* A meeting gone by in a place with no day of its own (none, or a
   digest's period) ends its people's occasions: their next words have no
   day from them. */
/* Where a date at token i starts with its modifier ("mid-May", "early
   June"). */
size_t	mdtl_dating_modified(const struct mdtl_tags *, size_t i);
/* A person's deed told with a day of the news and no event ("Medvedev on
   Tuesday put into service a radar"): his occasion. */
void	mdtl_dating_deed(struct state *, const struct mdtl_tags *);
void	mdtl_dating_occasion_unknown(struct state *,
	    const struct mdtl_event *);
/* The last day of a meeting of ndays from first, no later than the
   news day: into *last. */
void	mdtl_dating_last_day(const struct state *,
	    const struct mdtl_date *first, int ndays, struct mdtl_date *last);
int	mdtl_dating_told_there(const struct mdtl_tags *, size_t tok);
int	mdtl_dating_days_before(const struct mdtl_tags *, size_t tok);
/* "a two-day visit", "two days of talks": the days the meeting at tok
   lasted, or 0. */
int	mdtl_dating_days_of(const struct mdtl_tags *, size_t tok);
/*
 * "told journalists in the interview, given at his residence outside
 * Moscow on Friday": the date of the aside on the speech its verb names,
 * after token tok (its timex's index), or -1.
 */
int	mdtl_dating_given(const struct mdtl_tags *, size_t tok);
int	mdtl_dating_participle(const struct mdtl_tags *, size_t tok);
/*
 * "Obama and Medvedev agreed yesterday to keep talking ..., but the Russian
 * President left the G8 summit in Deauville warning that ...": an act in a
 * clause of ", but" with no date nor auxiliary before it, after a clause
 * whose one date is a day gone by, is of that day: its index, or -1.
 */
int	mdtl_dating_contrast(struct state *, const struct mdtl_tags *,
	    size_t tok);
/* Does date a lie within the period of b, and say more? */
int	mdtl_dating_within(const struct mdtl_date *, const struct mdtl_date *);
/* Where the words of a sentence start past a dateline that heads it
 * ("MOSCOW, May 3 (Interfax) - Russia ..."): after its dash, or 0. */
size_t	mdtl_dating_past_dateline(const struct mdtl_tags *);
/* The count (into *n) and the unit of duration x, "P6M": 'M'; or 0. */
char	mdtl_dating_lapse_of(const struct mdtl_timex *, long *n);
int	mdtl_dating_lapse(struct state *, const struct mdtl_tags *,
	    size_t tok, const struct when *speech,
	    const struct when *subject, struct when *w);
/* "the talks held in Istanbul a day earlier": a lapse (timex k) counted
   from the day of the sentence's act before it, or from meeting from's
   day when not NULL, into w: 0, or -1 when k is no lapse. */
int	mdtl_dating_lapse_told(struct state *, const struct mdtl_tags *,
	    size_t k, const struct when *speech, const struct mdtl_event *from,
	    struct when *w);
/* "phoned him overnight to say": the evening before the act's day. */
int	mdtl_dating_overnight(struct state *, const struct mdtl_tags *,
	    size_t tok, const struct when *speech, struct when *w);

/*
 * extract-event.c: an event of the sentence, its actors (once each;
 * agencies never), its mentions and its verb's CAMEO code.
 */
struct mdtl_event	*mdtl_extract_event(struct state *,
			    const struct mdtl_sentence *, enum mdtl_event_type,
			    const char *cue);
void			 mdtl_extract_actor(struct state *, struct mdtl_event *,
			    const struct mdtl_actor *, enum mdtl_role_kind);
/* The lexicon's actor an event's actor is, or NULL (one the data does not
   know). */
const struct mdtl_actor	*mdtl_extract_known(const struct state *,
			    const struct mdtl_event_actor *);
/* The actor the article's source is ("The White House": the United
   States; "Interfax"), looked up once; or NULL. */
const struct mdtl_actor	*mdtl_extract_source(struct state *);
/* The actor of an event's actor: the data's, or one the article made. */
const struct mdtl_actor	*mdtl_extract_actor_any(const struct state *,
			    const struct mdtl_event_actor *);
/* The actor whose occasion a meeting takes, who speaks for its sides: its
   first person ("Defence Minister Safar Abiyev attended", not Azerbaijan,
   the country of his title), else its first actor; or NULL. */
const struct mdtl_actor	*mdtl_extract_first_person(const struct state *,
			    const struct mdtl_event *);
/* "The co-chairs, who visited Baku last week, urged", "Salehi, in a
   telephone conversation with Amano on Saturday, proposed": the comma that
   opens a relative clause or an occasion's phrase set off by commas between
   a subject and its verb at tok; tok when there is none. */
size_t			 mdtl_extract_aside(const struct mdtl_tags *, size_t);
/* An actor of another event, as it is there. */
void			 mdtl_extract_actor_of(struct state *,
			    struct mdtl_event *,
			    const struct mdtl_event_actor *);
/* Every actor the sentence names, in one role. */
void			 mdtl_extract_actors(struct state *,
			    const struct mdtl_tags *, struct mdtl_event *,
			    enum mdtl_role_kind);
/* One more place the event is told: the sentence, its span, its article. */
void			 mdtl_extract_mention(struct state *,
			    struct mdtl_event *, const struct mdtl_sentence *);
void			 mdtl_extract_code(struct state *, struct mdtl_event *,
			    const struct mdtl_phrase *);

/*
 * meeting.c: the sentence's meetings; speech is the day its words were
 * said (basis NONE: none), and *summit_tx the date a meeting took (-1 if
 * none).
 */
void	mdtl_meeting_events(struct state *, const struct mdtl_sentence *,
	    struct mdtl_tags *, const struct when *speech, int *summit_tx);
/* meeting.c: the meetings from event first on, told with no date of
 * their own on the story's day, are of day w (the lead's: opening_day()) */
void	mdtl_meeting_told_on(struct state *, size_t first,
	    const struct when *w);
/* meeting.c: "days after" opening the clause of the cue at tok? 1, or
 * MDTL_LAPSE_HOURS for "hours after" (within the day), or 0. */
#define MDTL_LAPSE_HOURS 2
int	mdtl_meeting_vague_lapse(const struct mdtl_tags *, size_t tok);
/* deadline.c: the sentence's deadlines; summit_tx as meeting.c left it. */
void	mdtl_deadline_events(struct state *, const struct mdtl_sentence *,
	    struct mdtl_tags *, int summit_tx);
/* why a deadline that names no actor has the sentence before's (and
 * the country of a place in its clause) */
extern const char mdtl_deadline_unnamed[];
/* Why a verb of an act has no speaker, and takes no one acting before;
 * and why one has only the side its unnamed subject names. */
extern const char mdtl_speaker_unnamed[];
extern const char mdtl_speaker_unnamed_side[];
extern const char mdtl_deadline_placed[];
/* repeat.c: a sentence's bucket, and whether two are one told again. */
uint64_t mdtl_repeat_hash(const struct seen *);
int	mdtl_repeat_same(struct state *, struct seen *, struct seen *);

#endif

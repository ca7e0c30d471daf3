/* lexicon.h: the domain knowledge of the data files, loaded and indexed. */
#ifndef MDTL_LEXICON_H
#define MDTL_LEXICON_H

#include <stddef.h>

#include "mdtl/arena.h"
#include "mdtl/diag.h"
#include "mdtl/event.h"
#include "mdtl/text.h"
#include "mdtl/timex.h"
#include "mdtl/wordset.h"

/*
 * mdtl_lexicon_load() reads actors.yaml, cues.yaml, cameo-verbs.yaml,
 * cameo-actors.yaml and places.yaml from a folder.  Everything lives in the lexicon's arena and is const after
 * loading; mdtl_lexicon_free() frees it all.  Errors go to the diag as
 * FILE:LINE:COL and make the load return NULL.  Phrases are matched on
 * normalised tokens (text.h), without case, longest first.
 */
/* An actor's kind; an agency is credited, never a speaker. */
#define MDTL_ACTOR_KINDS(X) \
	X(PERSON, "person") X(ORGANISATION, "organisation") \
	X(COUNTRY, "country") X(GROUP, "group") X(AGENCY, "agency")

enum mdtl_actor_kind {
#define X(e, s) MDTL_ACTOR_##e,
	MDTL_ACTOR_KINDS(X)
#undef X
};

struct mdtl_role {
	const char		*title;
	long			 from, to;	/* days since 1970; 0 when
						   open */
	const char		*side_id;	/* whom it speaks for, or NULL */
	const struct mdtl_actor	*side;		/* resolved from side_id */
};

/* A person's, where the data gives it: what "she" and "he" stand for. */
enum mdtl_gender {
	MDTL_GENDER_UNKNOWN,
	MDTL_GENDER_FEMALE,
	MDTL_GENDER_MALE
};

struct mdtl_actor {
	const char		 *id, *name;
	enum mdtl_actor_kind	  kind;
	enum mdtl_gender	  gender;
	const char		 *country_id;
	const struct mdtl_actor	 *country;	/* resolved from country_id */
	const char		**aliases;
	size_t			  naliases;
	struct mdtl_role	 *roles;
	size_t			  nroles;
	const char		 *cameo;	/* its CAMEO actor code
						   (cameo-actors.yaml), or
						   NULL */
};

struct mdtl_place {
	const char	 *name, *kind, *country, *note;
	const char	 *capital_of;	/* the country's id, or NULL */
};

/* What a phrase names. */
enum mdtl_phrase_kind {
	MDTL_PH_ACTOR,		/* target: struct mdtl_actor */
	MDTL_PH_DEMONYM,	/* target: the country actor */
	MDTL_PH_PLACE,		/* target: struct mdtl_place */
	MDTL_PH_SPEECH,		/* a verb of saying */
	MDTL_PH_WARNING,	/* a threat or warning predicate */
	MDTL_PH_OFFER,		/* an offer predicate */
	MDTL_PH_OFFER_BY,	/* "proposed by": the offer of who follows */
	MDTL_PH_OFFER_NOUN,	/* "offer": makes "made by" an offer */
	MDTL_PH_MADE_BY,	/* "made by": an offer when an offer noun precedes */
	MDTL_PH_CONDITION,	/* "if": a conditional promise is an offer */
	MDTL_PH_SUMMIT,		/* a meeting noun or verb */
	MDTL_PH_NOT_SUMMIT,	/* "press conference": not a meeting */
	MDTL_PH_DEADLINE,	/* "by the end of": a time limit follows */
	MDTL_PH_ANONYMOUS,	/* "a senior official": the article's speaker */
	MDTL_PH_COLLECTIVE,	/* "officials": DEMONYM + it = the country */
	MDTL_PH_BOILERPLATE,	/* a line of page furniture */
	MDTL_PH_LINKS,		/* "Related news": links follow */
	MDTL_PH_TITLE,		/* "Minister": a title, not part of a name */
};

/* The most words a phrase's "..." stands for. */
#define MDTL_PHRASE_GAP	4

struct mdtl_phrase {
	const char		**tok;		/* normalised tokens */
	size_t			  ntok;
	enum mdtl_phrase_kind	  kind;
	const void		 *target;
	const char		 *text;		/* as written in the file */
	const char		 *code;		/* a cue's CAMEO code, or NULL:
						   its type's */
	long			  from, to;	/* days it applies; 0 = open */
	int			  cap;		/* written with a capital: the
						   text must have one too */
	unsigned		  caps;		/* an outlet's name: the words
						   after the first written
						   with a capital (bit i,
						   token i), whose capitals
						   the text keeps too */
	int			  role;		/* a title of one of the
						   actor's roles */
	size_t			  gap;		/* "take ... measures": the
						   words before a gap of up to
						   MDTL_PHRASE_GAP tokens, or
						   0 for none */
	struct mdtl_phrase	 *next;		/* same bucket */
	struct mdtl_phrase	 *next_match;	/* same bucket of match */
	unsigned		  hash;		/* mdtl_text_hash(tok[0]) */
	unsigned		 *hashes;	/* of each token */
};

/*
 * The index, private to lexicon.c (read through the functions below):
 * bucket holds every phrase under its first token; match holds a phrase of
 * one token under it, and a longer one under its first two, so that phrases
 * sharing a first word ("Russian ...") are not all tried.  Each chain is
 * longest first.
 */
struct mdtl_phrases {
	struct mdtl_phrase	**bucket;
	struct mdtl_phrase	**match;
	unsigned		 *kinds;	/* per bucket: 1 << kind of
						   each phrase in it */
	size_t			  nbucket, n;
};

/*
 * English words read for their grammar (cues.yaml "grammar"), each list
 * a set whose words are told by position.
 */
#define MDTL_GRAMMAR(X) \
	X(DETERMINERS, "determiners") \
	X(DEFINITE, "definite_determiners") \
	X(MEETING_VERBS, "meeting_verbs") \
	X(PASSIVE_AUX, "passive_auxiliaries") \
	X(LINKING_VERBS, "linking_verbs") \
	X(PERSON_PRONOUNS, "person_pronouns") \
	X(OBJECT_PRONOUNS, "object_pronouns") \
	X(HONORIFICS, "honorifics") \
	X(NAME_PARTICLES, "name_particles") \
	X(TITLE_MODIFIERS, "title_modifiers") \
	X(THREAT_NOUNS, "threat_nouns") \
	X(DISPUTING_VERBS, "disputing_verbs") \
	X(HABITUAL, "habitual") \
	X(APPROXIMATORS, "approximators") \
	X(TERM_NOUNS, "term_nouns") \
	X(TERM_PREPS, "term_prepositions") \
	X(TERM_LIMITS, "term_limits") \
	X(LAPSE_VERBS, "lapse_verbs") \
	X(NAMED_AFTER, "named_after") \
	X(LAPSE_PREPS, "lapse_prepositions") \
	X(EARLIEST_MARKERS, "earliest_markers") \
	X(CONVERSING, "conversing") \
	X(AUDIENCES, "audiences") \
	X(VOLITIONS, "volitions") \
	X(TENURE_VERBS, "tenure_verbs") \
	X(MEETING_SPANS, "meeting_spans") \
	X(SPEECH_NOUNS, "speech_nouns") \
	X(MADE_VERBS, "made_verbs") \
	X(DOCUMENT_NOUNS, "document_nouns") \
	X(WRITTEN_NOUNS, "written_nouns") \
	X(HOSTILE_ACTS, "hostile_acts") \
	X(ANSWER_WORDS, "answer_words") \
	X(COMING_MODIFIERS, "coming_modifiers") \
	X(OUTCOME_NOUNS, "outcome_nouns") \
	X(NAMING_VERBS, "naming_verbs") \
	X(DEFENSIVE_SYSTEMS, "defensive_systems") \
	X(DEPLOYING, "deploying_words") \
	X(HOMELANDS, "homelands") \
	X(QUESTION_OPENERS, "question_openers") \
	X(TOPIC_WORDS, "topic_words") \
	X(STALLING, "stalling") \
	X(COMPLETING, "completing") \
	X(SCHEDULING_WORDS, "scheduling_words") \
	X(THING_PRONOUNS, "thing_pronouns") \
	X(NOT_NAMES, "not_names") \
	X(BODY_NOUNS, "body_nouns") \
	X(OBJECT_WORDS, "object_words") \
	X(AUDIENCE_VERBS, "audience_verbs") \
	X(AUXILIARIES, "auxiliaries") \
	X(OCCASION_PREPS, "occasion_prepositions") \
	X(POSSESSIVES, "possessives") \
	X(OCCASION_STOPS, "occasion_stops") \
	X(OCCASION_PARTICIPLES, "occasion_participles") \
	X(OCCASION_FRAMES, "occasion_frames") \
	X(GIVING_PARTICIPLES, "giving_participles") \
	X(REPORT_VERBS, "report_verbs") \
	X(ARRIVALS, "arrivals") \
	X(PRESENCE, "presence") \
	X(ATTITUDES, "attitudes") \
	X(VOWS, "vows") \
	X(WISHES, "wishes") \
	X(READINESS, "readiness") \
	X(PURPOSE_NOUNS, "purpose_nouns") \
	X(STATE_HEADS, "state_heads") \
	X(FIRST_PERSON, "first_person") \
	X(DEPARTURES, "departures") \
	X(TIME_CONJUNCTIONS, "time_conjunctions") \
	X(INTERROGATIVES, "interrogatives") \
	X(INVITATIONS, "invitations") \
	X(HANDING_VERBS, "handing_verbs") \
	X(OPENING_VERBS, "opening_verbs") \
	X(SEQUELS, "sequels") \
	X(DENIAL_ADVERBS, "denial_adverbs") \
	X(CALL_VERBS, "call_verbs") \
	X(AGENT_PARTICIPLES, "agent_participles") \
	X(AFTER_CALL, "after_call") \
	X(FEMALE_PRONOUNS, "female_pronouns") \
	X(FEMALE_TITLES, "female_titles") \
	X(SPOKESPERSONS, "spokespersons") \
	X(POSTING_TITLES, "posting_titles") \
	X(VAGUE_LAPSES, "vague_lapses") \
	X(EXPIRY_NOUNS, "expiry_nouns") \
	X(PLACE_NOUNS, "place_nouns") \
	X(DAY_COUNTS, "day_counts") \
	X(DAY_ORDINALS, "day_ordinals") \
	X(DAYS_ENDED, "days_ended") \
	X(COUNTING, "counting") \
	X(TALK_SIDES, "talk_sides") \
	X(TERM_ENDS, "term_ends") \
	X(KIND_MANNERS, "kind_manners") \
	X(QUANTITY_NOUNS, "quantity_nouns") \
	X(TENSE_FUTURE, "tense_future") \
	X(TENSE_FUTURE_AFTER, "tense_future_after") \
	X(TENSE_BEFORE_TO, "tense_before_to") \
	X(TENSE_POSSIBLE, "tense_possible") \
	X(TENSE_INVITED, "tense_invited") \
	X(TENSE_PROPOSED, "tense_proposed") \
	X(TENSE_PAST, "tense_past") \
	X(OCCURRED, "occurred_verbs") \
	X(INTENTION, "intention") \
	X(ATTEMPTS, "attempts") \
	X(YEAR_PREPS, "year_prepositions") \
	X(FUTURE_MARKERS, "future_markers") \
	X(POINTERS, "pointers") \
	X(POINTER_PREPS, "pointer_prepositions") \
	X(LOCATIVES, "locatives") \
	X(GOING_FOR, "going_for") \
	X(PREPOSITIONS, "prepositions") \
	X(RELATIVES, "relatives") \
	X(LESSER_RANKS, "lesser_ranks") \
	X(WITH_SOMEONE, "with_someone") \
	X(AGREEING, "agreeing_verbs") \
	X(ROUNDS, "rounds") \
	X(PLAN_NOUNS, "plan_nouns") \
	X(LEAVING, "leaving") \
	X(JOURNEYS, "journeys") \
	X(STAYING, "staying") \
	X(ANSWERED_NOUNS, "answered_nouns") \
	X(DAY_PART_NOUNS, "day_part_nouns") \
	X(APPEAL_VERBS, "appeal_verbs") \
	X(VOICE_NOUNS, "voice_nouns") \
	X(SEEMING, "seeming") \
	X(COMMENTATORS, "commentators") \
	X(POSTPONING, "postponing") \
	X(CANCELLING, "cancelling") \
	X(ABSENCES, "absences") \
	X(SPAN_STARTS, "span_starts") \
	X(SCHEDULED, "scheduled_nouns") \
	X(INTERVIEWER, "interviewer_labels") \
	X(INTERVIEWEE_LABELS, "interviewee_labels") \
	X(ACT_ADVERBS, "act_adverbs") \
	X(GUEST_WORDS, "guest_words") \
	X(OCCASION_VERBS, "occasion_verbs") \
	X(CIRCUMSTANCES, "circumstances") \
	X(QUESTIONS, "questions") \
	X(WEIGHING, "weighing_verbs") \
	X(PACT_NOUNS, "pact_nouns") \
	X(SOURCE_NOUNS, "source_nouns") \
	X(INDEFINITE_PRONOUNS, "indefinite_pronouns") \
	X(ATTENTION_VERBS, "attention_verbs") \
	X(DECISION_NOUNS, "decision_nouns") \
	X(DECISION_VERBS, "decision_verbs") \
	X(PLAN_WORDS, "plan_words") \
	X(AIRING, "airing_participles") \
	X(SEQUENCE_WORDS, "sequence_words")

enum mdtl_grammar {
#define X(e, s) MDTL_GRAMMAR_##e,
	MDTL_GRAMMAR(X)
#undef X
	MDTL_GRAMMAR_NLISTS
};

struct mdtl_lexicon {
	struct mdtl_arena	 arena;
	struct mdtl_actor	*actors;
	size_t			 nactors, aactors;
	/* the actors in the order of the addresses of their id strings, for
	 * mdtl_lexicon_actor_of_id() */
	const struct mdtl_actor	**by_id;
	struct mdtl_place	*places;
	size_t			 nplaces, aplaces;
	const char		*cameo[MDTL_EVENT_NTYPES];
	struct mdtl_wordset	 grammar[MDTL_GRAMMAR_NLISTS];
	struct mdtl_wordset	 given;		/* given names */
	struct mdtl_phrases	 index;
};

struct mdtl_lexicon	*mdtl_lexicon_load(const char *dir, struct mdtl_diag *);
void			 mdtl_lexicon_free(struct mdtl_lexicon *);

/*
 * The longest phrase of one of the kinds in mask (1 << kind) that starts at
 * t[0] and applies on day (days since 1970; 0: any day), or NULL.  *len
 * gets its length in tokens.
 */
const struct mdtl_phrase *mdtl_lexicon_match(const struct mdtl_lexicon *,
			    const struct mdtl_token *t, size_t n, unsigned mask,
			    long day, size_t *len);
/*
 * The kinds of phrase (1 << kind) that may start at t: none for most
 * words, told inline from the index without a call; a kind is only a
 * maybe.  mdtl_lexicon_may(): may a phrase of the kinds in mask?
 */
static inline unsigned
mdtl_lexicon_kinds(const struct mdtl_lexicon *lex, const struct mdtl_token *t)
{
	return lex->index.nbucket != 0 ?
	    lex->index.kinds[t->hash & (lex->index.nbucket - 1)] : 0;
}

static inline int
mdtl_lexicon_may(const struct mdtl_lexicon *lex, const struct mdtl_token *t,
    unsigned mask)
{
	return (mdtl_lexicon_kinds(lex, t) & mask) != 0;
}

/* The date tagger's open vocabulary: the grammar lists it reads. */
static inline void
mdtl_lexicon_timex_words(const struct mdtl_lexicon *lex,
    struct mdtl_timex_words *w)
{
	w->future = &lex->grammar[MDTL_GRAMMAR_TENSE_FUTURE];
	w->future_after = &lex->grammar[MDTL_GRAMMAR_TENSE_FUTURE_AFTER];
	w->before_to = &lex->grammar[MDTL_GRAMMAR_TENSE_BEFORE_TO];
	w->possible = &lex->grammar[MDTL_GRAMMAR_TENSE_POSSIBLE];
	w->invited = &lex->grammar[MDTL_GRAMMAR_TENSE_INVITED];
	w->proposed = &lex->grammar[MDTL_GRAMMAR_TENSE_PROPOSED];
	w->past = &lex->grammar[MDTL_GRAMMAR_TENSE_PAST];
	w->intention = &lex->grammar[MDTL_GRAMMAR_INTENTION];
	w->attempts = &lex->grammar[MDTL_GRAMMAR_ATTEMPTS];
	w->year_preps = &lex->grammar[MDTL_GRAMMAR_YEAR_PREPS];
	w->scheduled = &lex->grammar[MDTL_GRAMMAR_SCHEDULED];
	w->said = &lex->grammar[MDTL_GRAMMAR_SPEECH_NOUNS];
	w->occurred = &lex->grammar[MDTL_GRAMMAR_OCCURRED];
}

/* The position of the token's word in a grammar list, or -1. */
static inline int
mdtl_lexicon_word(const struct mdtl_lexicon *lex, enum mdtl_grammar g,
    const struct mdtl_token *t)
{
	return lex->grammar[g].nslot == 0 ? -1 :
	    (int)mdtl_wordset_get(&lex->grammar[g], t->norm, t->hash) - 1;
}

/* May the token open a person's name: is it a given name? */
static inline int
mdtl_lexicon_given_name(const struct mdtl_lexicon *lex,
    const struct mdtl_token *t)
{
	return mdtl_wordset_has(&lex->given, t);
}

/* The kind of the cues that tell an event of type t. */
enum mdtl_phrase_kind	 mdtl_lexicon_cue_kind(enum mdtl_event_type t);
/* How many phrases (names, aliases, titles, cues, places) it knows. */
size_t			 mdtl_lexicon_nphrases(const struct mdtl_lexicon *);

/* Does any phrase of the kinds in mask start with the token t? */
int			 mdtl_lexicon_may_start(const struct mdtl_lexicon *,
			    const struct mdtl_token *t, unsigned mask);
/*
 * Is actor a on the side of side on day (0: any day): the side itself,
 * of its country, or holding a role that speaks for it then ("NATO
 * Secretary General" for NATO, 2009-2014)?
 */
int			 mdtl_actor_on_side(const struct mdtl_actor *a,
			    const struct mdtl_actor *side, long day);
/*
 * The one person holding on day a role for side whose title ends with the
 * words title ("Secretary General": "NATO Secretary General"; "President"
 * not "Vice President", a lesser rank), or NULL when none or several do.
 */
const struct mdtl_actor	*mdtl_lexicon_role_holder(const struct mdtl_lexicon *,
			    const char *title, const struct mdtl_actor *side,
			    long day);
/*
 * Does actor a hold on day a role whose title ends with the words title,
 * as mdtl_lexicon_role_holder() reads them (however many others hold one
 * for the same side: "Minister")?
 */
int			 mdtl_actor_holds(const struct mdtl_lexicon *,
			    const struct mdtl_actor *a, const char *title,
			    long day);
/* The country place p lies in, as an actor, or NULL. */
const struct mdtl_actor	*mdtl_lexicon_place_country(const struct mdtl_lexicon *,
			    const struct mdtl_place *);
/*
 * Does actor a hold on day (0: any day) a role whose title has a word of
 * grammar list g ("President of Azerbaijan" and "president")?
 */
int			 mdtl_actor_titled(const struct mdtl_lexicon *,
			    const struct mdtl_actor *a, enum mdtl_grammar g,
			    long day);
/* Is a word of text (words parted by spaces) in grammar list g? */
int			 mdtl_lexicon_words_in(const struct mdtl_lexicon *,
			    enum mdtl_grammar g, const char *text);
/*
 * Whom actor a speaks for on day: the side of a role it holds then
 * ("Ashton": the European Union in 2012), else its country, else itself.
 */
const struct mdtl_actor	*mdtl_actor_side_on(const struct mdtl_actor *a,
			    long day);
/* The actor whose id is the string id itself (an event's actor keeps the
 * lexicon's own id string), or NULL. */
const struct mdtl_actor	*mdtl_lexicon_actor_of_id(const struct mdtl_lexicon *,
			    const char *id);
/* The actor whose id, name, alias or role is s (without case), or NULL. */
const struct mdtl_actor	*mdtl_lexicon_find_actor(const struct mdtl_lexicon *,
			    const char *s, long day);
const char		*mdtl_actor_kind_name(enum mdtl_actor_kind);
/*
 * Is the name of len tokens at t[i] used as a place ("in Brussels", "the
 * Moscow meeting") rather than as an actor ("talks between Brussels and
 * Moscow")?
 */
int			 mdtl_lexicon_place_use(const struct mdtl_lexicon *,
			    const struct mdtl_token *t, size_t n, size_t i,
			    size_t len);

#endif

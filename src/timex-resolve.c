/* timex-resolve.c: the direction an expression looks in, and its value from the reference date or the date last named. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timex-int.h"

/* The word lists of timex-words.h, as tables: made by tools/mkwords.c. */
#include "timex-words.gen.h"

/* d becomes the day days (a count of days, as date.c keeps them). */
static void
set_day(struct mdtl_date *d, long days)
{
	mdtl_date_unit(days, MDTL_GRAN_DAY, d);
}

/* ---- direction ---- */

/*
 * Is t[i] a participle after an auxiliary?  0 no; 1 after "be", "been",
 * "being" ("be discussed", "been held": no tense of its own); 2 after
 * "is", "are", "am" ("is heard": the present, no past).
 */
static int
participle_use(const struct mdtl_token *t, size_t i)
{
	size_t k;
	int a;

	for (k = 1; k <= 2 && k <= i; k++) {
		if ((a = word_in(&t[i - k], &participle_aux)) >= 0)
			return a < 3 ? 1 : 2;
		if (t[i - k].kind != MDTL_TOK_WORD)
			break;
	}
	return 0;
}

/*
 * Is the participle t[i] a reduced relative on the noun right before it,
 * its agent after "by": "talks dominated by the missile shield"?  Not
 * after a form of "be" ("was dominated by"), a tense of its own.
 */
static int
reduced_relative(const struct mdtl_token *t, size_t n, size_t i)
{
	return i >= 1 && i + 1 < n && WORD_IS(t[i + 1].norm, "by") &&
	    t[i - 1].kind == MDTL_TOK_WORD && !(t[i - 1].flags & MDTL_TOK_CAP) &&
	    word_in(&t[i - 1], &participle_aux) < 0 &&
	    word_in(&t[i - 1], &participle_adverbs) < 0;
}

/*
 * Is the participle t[i] an adjective before a noun: "the planned talks",
 * "a still unspecified date"?  It tells no tense.
 */
static int
attributive(const struct mdtl_token *t, size_t i)
{
	if (i >= 1 && word_in(&t[i - 1], &determiners) >= 0)
		return 1;
	/* an adverb in between: "a still unspecified date" */
	return i >= 2 && word_in(&t[i - 2], &determiners) >= 0 &&
	    word_in(&t[i - 1], &participle_adverbs) >= 0;
}

/*
 * Does "to" and a verb follow t[i], right after it ("hoped to agree") or
 * after the one it asks ("urged Washington to sign", "asked them to
 * wait"): names, a determiner, a pronoun?  Or a gerund ("proposed holding
 * talks")?
 */
static int
intended(const struct mdtl_token *t, size_t n, size_t i)
{
	size_t k;
	int object = 0;

	/* "proposed holding talks"; not "the proposal during talks" */
	if (i + 1 < n && t[i + 1].kind == MDTL_TOK_WORD &&
	    !(t[i + 1].flags & MDTL_TOK_CAP) && strlen(t[i + 1].norm) >= 5 &&
	    strcmp(t[i + 1].norm + strlen(t[i + 1].norm) - 3, "ing") == 0 &&
	    word_in(&t[i + 1], &ing_prepositions) < 0)
		return 1;
	for (k = i + 1; k < n && k <= i + 4; k++) {
		/* "signed a deal Wednesday to place a base": a day between
		 * them is the verb's, not the infinitive's */
		if (word_in(&t[k], &weekday_names) >= 0 ||
		    word_in(&t[k], &month_names) >= 0)
			return 0;
		/* (an infinitive: not "handed the proposal to Rasmussen",
		 * "outlined the plan to the six powers") */
		if (WORD_IS(t[k].norm, "to"))
			return k + 1 < n && t[k + 1].kind == MDTL_TOK_WORD &&
			    !(t[k + 1].flags & MDTL_TOK_CAP) &&
			    word_in(&t[k + 1], &determiners) < 0 &&
			    word_in(&t[k + 1], &number_words) < 0;
		/* (the object's words after its determiner or possessive:
		 * "tasked their ambassadors to prepare", "instructed their
		 * foreign ministers to draft") */
		if (t[k].kind != MDTL_TOK_WORD || !((t[k].flags &
		    MDTL_TOK_CAP) || word_in(&t[k], &determiners) >= 0 ||
		    word_in(&t[k], &possessives) >= 0 || object ||
		    WORD_IS(t[k].norm, "him") || WORD_IS(t[k].norm, "them") ||
		    WORD_IS(t[k].norm, "us")))
			return 0;
		object |= word_in(&t[k], &determiners) >= 0 ||
		    word_in(&t[k], &possessives) >= 0;
	}
	return 0;
}

/*
 * Is t[i] after "had" or "had been" ("had been due to expire Friday", "had
 * planned to meet"): a plan that was, in the past perfect?
 */
static int
past_perfect(const struct mdtl_token *t, size_t i)
{
	if (i >= 1 && WORD_IS(t[i - 1].norm, "had"))
		return 1;
	return i >= 2 && WORD_IS(t[i - 1].norm, "been") &&
	    WORD_IS(t[i - 2].norm, "had");
}

/* "on a" or "on an" right before t[i]? */
static int
on_a(const struct mdtl_token *t, size_t i)
{
	return i >= 2 && (WORD_IS(t[i - 1].norm, "a") ||
	    WORD_IS(t[i - 1].norm, "an")) && WORD_IS(t[i - 2].norm, "on");
}

/* A denial in the eight words before t[i]: "neither", "nor", "never". */
static int
denied_before(const struct mdtl_token *t, size_t i)
{
	size_t k;

	for (k = 1; k <= 8 && k <= i; k++)
		if (word_in(&t[i - k], &denials) >= 0)
			return 1;
	return 0;
}

/*
 * What a word of the future list (tense_future) at token i tells: +1
 * ahead, -1 behind (a past perfect), 0 nothing (a noun, or a word of
 * tense_before_to with no "to" after it).
 */
static int
future_marker(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i, int left)
{
	const char *w = t[i].norm;
	size_t len = strlen(w);

	if (past_perfect(t, i))
		return -1;
	/* "failed to meet the original deadline of July 20": an attempt
	 * made, its infinitive no plan ahead */
	if (i >= 2 && WORD_IS(t[i - 1].norm, "to") &&
	    in_words(v->attempts, &t[i - 2]))
		return 0;
	/* "were supposed to meet at the G8 summit in May": a plan of the
	 * past, not one that looks ahead */
	if (i >= 3 && WORD_IS(t[i - 1].norm, "to") &&
	    WORD_IS(t[i - 2].norm, "supposed") &&
	    (WORD_IS(t[i - 3].norm, "was") || WORD_IS(t[i - 3].norm, "were")))
		return 0;
	/* "arrived on a working visit on Monday": a noun after "on a", no
	 * tense */
	if (on_a(t, i) || (i >= 1 && t[i - 1].kind == MDTL_TOK_WORD &&
	    on_a(t, i - 1)))
		return 0;
	/* "Davutoglu's visit to Baku in February", "his visit": a noun
	 * after a determiner or a possessive, no tense; "over US plans to
	 * station": after a preposition and a name (a day is no name: "the
	 * meeting on Thursday will give") */
	if (i >= 1 && strcmp(w + len - (len > 2 ? 2 : len), "ed") != 0 &&
	    (word_in(&t[i - 1], &determiners) >= 0 ||
	    WORD_IS(t[i - 1].norm, "'s") ||
	    word_in(&t[i - 1], &phrase_prepositions) >= 0 ||
	    (i >= 2 && (t[i - 1].flags & MDTL_TOK_CAP) &&
	    word_in(&t[i - 1], &weekday_names) < 0 &&
	    word_in(&t[i - 1], &month_names) < 0 &&
	    word_in(&t[i - 2], &phrase_prepositions) >= 0)))
		return 0;
	/* "is due in February"; "set" only as "is set to", "vacation
	 * plans" are a noun, "is likely to take place in June" */
	if (WORD_IS(w, "due") && i > 0 && word_in(&t[i - 1], &be_present) >= 0)
		return 1;
	/* (and after "is" before "for": "The formal talks are set for
	 * Monday") */
	if (in_words(v->before_to, &t[i]))
		return tok_is(t, n, i + 1, "to") || (tok_is(t, n, i + 1,
		    "for") && i > 0 && word_in(&t[i - 1], &be_present) >= 0) ?
		    1 : 0;
	/* "planned a rally on Saturday", "is planned": ahead; but in "On
	 * Friday, it planned to pay" the plan is Friday's */
	if (strcmp(w + len - 2, "ed") == 0 && !left)
		return i > 0 && word_in(&t[i - 1], &be_forms) >= 0 ? 1 : 0;
	return 1;
}

/*
 * +1 future, -1 past, 2 the present, 0 no marker at token i.  An
 * intention ("hoped to") looks ahead only for what follows it (left is set
 * when the marker stands left of the expression).
 */
static int
marker(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i, int left)
{
	const char *w = t[i].norm;
	size_t len = strlen(w);
	int a;

	if (t[i].kind != MDTL_TOK_WORD)
		return 0;
	/* "the talks ... on Wednesday must recognise": a modal after the
	 * date looks ahead (before it, "had ruled that Elian must be
	 * returned ... and set Friday as the deadline", not so) */
	if (!left && in_words(v->future_after, &t[i]))
		return 1;
	if (in_words(v->future, &t[i]))
		return future_marker(v, t, n, i, left);
	/* "said on Wednesday ... ahead of a meeting on Thursday": what
	 * the words are ahead of is to come */
	if (left && WORD_IS(w, "ahead") && tok_is(t, n, i + 1, "of"))
		return 1;
	/* "could take place in November", "might meet in May": what may
	 * be looks ahead; not "could not agree", "could have met",
	 * "neither he nor ... could be located Wednesday" */
	if (left && in_words(v->possible, &t[i]) && i + 1 < n &&
	    t[i + 1].kind == MDTL_TOK_WORD &&
	    !WORD_IS(t[i + 1].norm, "not") &&
	    !WORD_IS(t[i + 1].norm, "have") &&
	    !WORD_IS(t[i + 1].norm, "n't") && !denied_before(t, i))
		return 1;
	/* "is to meet", "are to hold", "is to also meet" */
	if (word_in(&t[i], &be_present) >= 0 && i + 2 < n &&
	    WORD_IS(t[i + 1].norm, "to"))
		return 1;
	/* "hoped to agree", "wants to reach", "urged Washington to sign":
	 * an intention looks ahead (left 1; 2 past the subject's own
	 * occasion, own_occasion()) */
	if (left == 1 && in_words(v->intention, &t[i]) && intended(t, n, i))
		return 1;
	/* "the Strategic Concept, to be adopted at the Lisbon summit in
	 * November": a passive infinitive, a thing yet to be done */
	if (left && i >= 2 && WORD_IS(t[i - 1].norm, "be") &&
	    WORD_IS(t[i - 2].norm, "to") && len >= 4 &&
	    (strcmp(w + len - 2, "ed") == 0 || in_words(v->past, &t[i])))
		return 1;
	if (in_words(v->past, &t[i]))
		return len > 3 ? (a = participle_use(t, i)) == 2 ? 2 :
		    a ? 0 : -1 : -1;
	/* a past participle or past tense; "United" is a name; "on
	 * Thursday for talks dominated by the missile shield", a
	 * participle right after its noun before its agent, tells none of
	 * a date before it (but "first proposed by Medvedev ... on
	 * Saturday" is in the past) */
	if (len >= 5 && strcmp(w + len - 2, "ed") == 0 &&
	    !(t[i].flags & MDTL_TOK_CAP) && !attributive(t, i) &&
	    (left || !reduced_relative(t, n, i)))
		return (a = participle_use(t, i)) == 2 ? 2 : a ? 0 : -1;
	return 0;
}

enum mdtl_timex_dir
mdtl_timex_cue_dir(const struct mdtl_token *t, size_t n, size_t i, size_t len)
{
	size_t k;

	if (i + len < n && WORD_IS(t[i + len].norm, "ago"))
		return MDTL_TIMEX_PAST;
	/* right before it, or with only "of", "the", "on" in between */
	for (k = 1; k <= 3 && k <= i; k++) {
		const char *w = t[i - k].norm;

		if (word_in(&t[i - k], &future_cues) >= 0)
			return MDTL_TIMEX_FUTURE;
		/* "past the Nov. 1 deadline": beyond it, no direction */
		if (word_in(&t[i - k], &past_cues) >= 0)
			return WORD_IS(w, "past") && k > 1 &&
			    WORD_IS(t[i - k + 1].norm, "the") ?
			    MDTL_TIMEX_AUTO : MDTL_TIMEX_PAST;
		if (!WORD_IS(w, "of") && !WORD_IS(w, "the") && !WORD_IS(w, "on") &&
		    !WORD_IS(w, "in"))
			break;
	}
	return MDTL_TIMEX_AUTO;
}

/* The present ("is heard in May") points neither way: the nearest. */
static enum mdtl_timex_dir
marker_dir(int m)
{
	return m == 2 ? MDTL_TIMEX_AUTO : m > 0 ? MDTL_TIMEX_FUTURE :
	    MDTL_TIMEX_PAST;
}

/* Is token i in a relative clause that opens after a comma, ", which
 * follow meetings in Istanbul in April" (within thirty words)? */
static int
relative_clause(const struct mdtl_token *t, size_t i)
{
	size_t k;

	for (k = i; k-- > 0 && i - k <= 30;) {
		if (t[k].kind != MDTL_TOK_PUNCT)
			continue;
		if (!WORD_IS(t[k].norm, ","))
			return 0;
		return WORD_IS(t[k + 1].norm, "which") ||
		    WORD_IS(t[k + 1].norm, "who");
	}
	return 0;
}

/*
 * A marker further before token i, back to the start of its clause (at
 * most thirty words), or 0.  The clause is one a verb of saying after it
 * reports, so its obligation looks ahead too ("NATO must give a clear
 * answer ... by the alliance's defense ministers meeting in June, Rogozin
 * said").
 */
static int
clause_marker(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i)
{
	size_t k;
	int m;

	for (k = 4; k <= 30 && k <= i; k++) {
		/* past an abbreviation's point ("visit St. Petersburg") and
		 * a compound's hyphen ("the NATO-Russia Council") */
		if ((WORD_IS(t[i - k].norm, ".") ||
		    WORD_IS(t[i - k].norm, "-")) && k < i &&
		    t[i - k - 1].kind == MDTL_TOK_WORD &&
		    t[i - k - 1].span.end == t[i - k].span.start)
			continue;
		if (t[i - k].kind != MDTL_TOK_WORD)
			return 0;
		if ((m = marker(v, t, n, i - k, 1)) != 0)
			return m;
		if (in_words(v->future_after, &t[i - k]))
			return 1;
	}
	return 0;
}

/*
 * "took place in Sochi on January 24", "was held in Baku on May 5", "met
 * in Sochi on January 25" (grammar list occurred_verbs): what happened
 * then, at t[i], whose date is the past's, not a day to come it tells of
 * ("declared a dividend payable Dec. 15").
 */
static int
occurred(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i)
{
	return in_words(v->occurred, &t[i]) ||
	    (WORD_IS(t[i].norm, "took") && i + 1 < n &&
	    WORD_IS(t[i + 1].norm, "place"));
}

/*
 * "at their summit", "during his visit": the subject's own occasion at
 * t[i], whose date is that of the verb before it, not of an infinitive
 * between ("invited Russia to cooperate ... at their summit in Lisbon on
 * Saturday"; but "agreed to continue contacts, including at the G8 summit
 * in May").
 */
static int
own_occasion(const struct mdtl_token *t, size_t i)
{
	return word_in(&t[i], &occasion_preps) >= 0 &&
	    word_in(&t[i + 1], &possessives) >= 0;
}

/*
 * "on the sidelines of", "on the eve of": a frame of three words at t[j],
 * before t[i], that "of" ends.
 */
static int
frame_at(const struct mdtl_token *t, size_t i, size_t j)
{
	return j + 3 < i && word_in(&t[j + 1], &determiners) >= 0 &&
	    t[j + 2].kind == MDTL_TOK_WORD && WORD_IS(t[j + 3].norm, "of");
}

/*
 * "an invitation to attend a meeting of the NATO-Russia Council": an
 * infinitive at t[j], before t[i], whose object is a meeting (a
 * determiner, then a meeting's noun, scheduled_nouns, within two words).
 */
static int
meeting_object(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t i, size_t j)
{
	size_t k;

	if (j + 2 >= i || t[j].kind != MDTL_TOK_WORD ||
	    (t[j].flags & MDTL_TOK_CAP) ||
	    word_in(&t[j + 1], &determiners) < 0)
		return 0;
	for (k = j + 2; k < i && k <= j + 3; k++)
		if (in_words(v->scheduled, &t[k]))
			return 1;
	return 0;
}

/*
 * Is t[i] in what one is invited to, which is to come ("invited Medvedev's
 * successor Vladimir Putin to the G8 summit at Camp David in May", "an
 * invitation to the summit in Chicago in May"): a word of tense_invited,
 * then "to" and a name, a determiner or an infinitive of a meeting ("an
 * invitation to attend a meeting of the NATO-Russia Council on the
 * sidelines of the summit on Saturday"), and no verb nor occasion of the
 * invitation before t[i] ("invited Putin to Chicago during a visit to
 * Moscow in April" is the visit's April, "at their summit" theirs)?
 */
static int
invited_to(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i)
{
	size_t k, far, to = 0;

	/* the word of invitation first: most dates have none before them,
	 * and need not have each word between asked for a tense */
	for (far = 1; far <= 20 && far <= i &&
	    !in_words(v->invited, &t[i - far]); far++)
		;
	if (far > 20 || far > i)
		return 0;
	for (k = 1; k < far; k++) {
		const struct mdtl_token *w = &t[i - k];

		/* no occasion of the invitation between: "during", "on"
		 * (not the date's own right before it, nor a frame's: "on
		 * the sidelines of"), the inviter's own ("at their summit"),
		 * nor a verb */
		if (w->kind != MDTL_TOK_WORD ? !WORD_IS(w->norm, "-") &&
		    !WORD_IS(w->norm, "'s") :
		    WORD_IS(w->norm, "during") || (WORD_IS(w->norm, "on") &&
		    k > 1 && !frame_at(t, i, i - k)) || own_occasion(t, i - k) ||
		    marker(v, t, n, i - k, 1) != 0)
			return 0;
		if (WORD_IS(w->norm, "to") && ((t[i - k + 1].flags &
		    MDTL_TOK_CAP) || word_in(&t[i - k + 1], &determiners) >= 0 ||
		    meeting_object(v, t, i, i - k + 1)))
			to = k;
	}
	return to != 0;
}

/*
 * Is t[i] in a meeting proposed, which is to come ("Russia had proposed a
 * new round of expert consultations in Moscow in January", "suggested a
 * meeting in March"): a word of tense_proposed, then a determiner, a
 * meeting's noun (scheduled_nouns) and no verb nor "on" or "during"
 * before t[i] ("proposed the plan during a visit in April" is the
 * visit's)?
 */
static int
proposed_meeting(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i)
{
	size_t k, far;
	int meeting = 0;

	for (far = 2; far <= 12 && far <= i &&
	    !in_words(v->proposed, &t[i - far]); far++)
		;
	if (far > 12 || far > i ||
	    word_in(&t[i - far + 1], &determiners) < 0)
		return 0;
	for (k = 1; k < far - 1; k++) {
		const struct mdtl_token *w = &t[i - k];

		if (w->kind != MDTL_TOK_WORD || WORD_IS(w->norm, "during") ||
		    WORD_IS(w->norm, "on") || marker(v, t, n, i - k, 1) != 0)
			return 0;
		meeting = meeting || in_words(v->scheduled, w);
	}
	return meeting;
}

/*
 * Does an intention's infinitive end before t[i]: at the subject's own
 * occasion (own_occasion()), or at a passive's agent, "by" and a name
 * ("informed of the US decision to abandon plans ... by President Barack
 * Obama in a telephone call late on Wednesday night")?
 */
static int
intent_ends(const struct mdtl_token *t, size_t n, size_t i)
{
	return own_occasion(t, i) || (i + 1 < n && WORD_IS(t[i].norm, "by") &&
	    t[i + 1].kind == MDTL_TOK_WORD && (t[i + 1].flags & MDTL_TOK_CAP));
}

/*
 * The tense that governs t[i..i+len): first a marker in the words just
 * before it (the verb it modifies: "told Bush on Thursday"), then one just
 * after, then the nearest anywhere in the sentence.  *firm is set when the
 * marker is the word right before it ("died Jan. 5"), which it modifies.
 */
static enum mdtl_timex_dir
tense_dir(const struct mdtl_timex_words *v, const struct mdtl_token *t,
    size_t n, size_t i, size_t len, int *firm)
{
	size_t k, names;
	int m, occasion = 0;

	if (invited_to(v, t, n, i) || proposed_meeting(v, t, n, i))
		return MDTL_TIMEX_FUTURE;
	/*
	 * Right before it ("said in May"), then right after it ("in May
	 * would go ahead"), then a little further before it.
	 */
	for (k = 1, names = 0; k - names <= 3 && k <= i; k++) {
		/* "announced by President Dmitry Medvedev on Wednesday": a
		 * name's words do not count */
		if (names < 4 && t[i - k].kind == MDTL_TOK_WORD &&
		    (t[i - k].flags & MDTL_TOK_CAP) && k < i &&
		    !(t[i - k - 1].kind == MDTL_TOK_PUNCT &&
		    WORD_IS(t[i - k - 1].norm, "."))) {
			names++;
			continue;
		}
		if ((m = marker(v, t, n, i - k, 1)) != 0) {
			*firm = *firm || k - names == 1 ||
			    (m < 0 && occurred(v, t, n, i - k));
			return marker_dir(m);
		}
	}
	for (k = 1; k <= 3 && i + len - 1 + k < n; k++) {
		/* "on Saturday and were planning", "on Monday that NATO
		 * would", "in May unless progress was made": another verb's */
		if (WORD_IS(t[i + len - 1 + k].norm, "and") ||
		    WORD_IS(t[i + len - 1 + k].norm, "but") ||
		    WORD_IS(t[i + len - 1 + k].norm, "that") ||
		    word_in(&t[i + len - 1 + k], &subordinators) >= 0)
			break;
		/* "met in Baku on Tuesday to discuss preparations": a
		 * purpose's infinitive, whose tense is not the date's */
		if (WORD_IS(t[i + len - 1 + k].norm, "to") &&
		    i + len + k < n && t[i + len + k].kind == MDTL_TOK_WORD &&
		    !(t[i + len + k].flags & MDTL_TOK_CAP))
			break;
		/* "will travel to the region in December, Rogozin told
		 * reporters": the clause it ends has its own verb */
		if (WORD_IS(t[i + len - 1 + k].norm, ",") &&
		    (m = clause_marker(v, t, n, i)) != 0)
			return marker_dir(m);
		/* "The talks, which follow meetings in Istanbul in April,
		 * will be led by ...": the verb after the relative clause
		 * it ends is not its own */
		if (WORD_IS(t[i + len - 1 + k].norm, ",") &&
		    relative_clause(t, i))
			break;
		if ((m = marker(v, t, n, i + len - 1 + k, 0)) != 0)
			return marker_dir(m);
	}
	/* (past the end of an intention's infinitive, intent_ends(), an
	 * intention before it no longer governs the date) */
	for (k = 4; k <= 8 && k <= i; k++) {
		occasion = occasion || intent_ends(t, n, i - k + 1);
		if ((m = marker(v, t, n, i - k, occasion ? 2 : 1)) != 0) {
			*firm = *firm || (m < 0 && occurred(v, t, n, i - k));
			return marker_dir(m);
		}
	}
	/* the verb an adverbial belongs to mostly comes before it */
	for (k = 9; k <= i; k++) {
		occasion = occasion || intent_ends(t, n, i - k + 1);
		if ((m = marker(v, t, n, i - k, occasion ? 2 : 1)) != 0)
			return marker_dir(m);
	}
	for (k = 4; i + len - 1 + k < n; k++) {
		if (WORD_IS(t[i + len - 1 + k].norm, ",") &&
		    relative_clause(t, i))
			break;
		if ((m = marker(v, t, n, i + len - 1 + k, 0)) != 0)
			return marker_dir(m);
	}
	return MDTL_TIMEX_AUTO;
}

/*
 * tense_dir(); and a past told by the clause a date opens ("On July 2,
 * Putin proposed", "In the spring, at a meeting in Sochi, he warned") is
 * the date's own, firm: the sentence's time is that verb's.
 */
enum mdtl_timex_dir
mdtl_timex_tense_dir(const struct mdtl_timex_words *v,
    const struct mdtl_token *t, size_t n, size_t i, size_t len, int *firm)
{
	enum mdtl_timex_dir dir = tense_dir(v, t, n, i, len, firm);
	size_t at = i;		/* where its phrase starts */

	if (at > 0 && word_in(&t[at - 1], &opening_preps) >= 0)
		at--;
	if (dir == MDTL_TIMEX_PAST && i + len < n &&
	    WORD_IS(t[i + len].norm, ",") && (at == 0 ||
	    WORD_IS(t[at - 1].norm, ".") || WORD_IS(t[at - 1].norm, "?") ||
	    WORD_IS(t[at - 1].norm, "!")))
		*firm = 1;
	return dir;
}

/*
 * The way a marker within the reach words before token i gives, or a
 * modal within twice that, or none: "will meet again in the spring",
 * "would host an international conference on missile defense in the
 * spring" look ahead; "made it difficult ... to meet demand for its
 * computers well into the summer", whose verb is far back, is not told.
 */
enum mdtl_timex_dir
mdtl_timex_near_dir(const struct mdtl_timex_words *v,
    const struct mdtl_token *t, size_t n, size_t i, size_t reach)
{
	size_t k;
	int m;

	for (k = 1; k <= 2 * reach && k <= i; k++) {
		if (t[i - k].kind != MDTL_TOK_WORD)
			break;
		if ((k <= reach || word_in(&t[i - k], &modal_verbs) >= 0) &&
		    (m = marker(v, t, n, i - k, 1)) != 0)
			return marker_dir(m);
	}
	return MDTL_TIMEX_AUTO;
}

/*
 * Words of a time limit before a weekday or a month that tell which one:
 * "as soon as Tuesday", "until Friday", "until November", "no later than
 * June 1", "the deadline is November 24" look ahead; "had filed reports by
 * Wednesday" looks back.
 */
enum mdtl_timex_dir
mdtl_timex_limit_dir(const struct mdtl_token *t, size_t n, size_t i)
{
	if (i >= 3 && WORD_IS(t[i - 1].norm, "as") &&
	    (WORD_IS(t[i - 2].norm, "soon") ||
	    WORD_IS(t[i - 2].norm, "early")) &&
	    WORD_IS(t[i - 3].norm, "as"))
		return MDTL_TIMEX_FUTURE;
	/* "the new deadline is November 24", "the deadline for a deal is":
	 * a limit set, ahead */
	if (i >= 2 && WORD_IS(t[i - 1].norm, "is")) {
		size_t k;

		for (k = 2; k <= 7 && k <= i && t[i - k].kind ==
		    MDTL_TOK_WORD; k++)
			if (WORD_IS(t[i - k].norm, "deadline"))
				return MDTL_TIMEX_FUTURE;
	}
	/* "to extend the deadline ... by four months to November 24",
	 * "extended the talks to November 24": a limit moved on, ahead */
	if (i >= 3 && WORD_IS(t[i - 1].norm, "to")) {
		size_t k;

		for (k = 2; k <= 12 && k <= i && t[i - k].kind ==
		    MDTL_TOK_WORD; k++)
			if (WORD_IS(t[i - k].norm, "deadline") ||
			    strncmp(t[i - k].norm, "extend", 6) == 0)
				return MDTL_TIMEX_FUTURE;
	}
	/* "no later than June 1", "not later than": a limit ahead */
	if (i >= 3 && WORD_IS(t[i - 1].norm, "than") &&
	    WORD_IS(t[i - 2].norm, "later") &&
	    (WORD_IS(t[i - 3].norm, "no") || WORD_IS(t[i - 3].norm, "not")))
		return MDTL_TIMEX_FUTURE;
	/* "Until Thursday, they had not called him a suspect": past */
	if (i >= 1 && (WORD_IS(t[i - 1].norm, "until") ||
	    WORD_IS(t[i - 1].norm, "till"))) {
		size_t k;

		for (k = i + 1; k < n && k <= i + 6; k++)
			if (WORD_IS(t[k].norm, "had"))
				return MDTL_TIMEX_PAST;
		return MDTL_TIMEX_FUTURE;
	}
	/* "had filed reports by Wednesday": a limit already past */
	if (i >= 1 && (WORD_IS(t[i - 1].norm, "by") || (i >= 2 &&
	    WORD_IS(t[i - 1].norm, "the") &&
	    WORD_IS(t[i - 2].norm, "by")))) {
		size_t k;

		for (k = 2; k <= 10 && k <= i; k++)
			if (WORD_IS(t[i - k].norm, "had"))
				return MDTL_TIMEX_PAST;
		/* "By the autumn, the mood had soured": a limit opening
		 * the sentence, its clause in the past perfect (not "..., a
		 * diplomat who had seen the letter said") */
		if (WORD_IS(t[0].norm, "by"))
			for (k = i + 1; k < n && k <= i + 8 &&
			    !WORD_IS(t[k].norm, "who") &&
			    !WORD_IS(t[k].norm, "which") &&
			    !WORD_IS(t[k].norm, "that"); k++)
				if (WORD_IS(t[k].norm, "had"))
					return MDTL_TIMEX_PAST;
	}
	return MDTL_TIMEX_AUTO;
}


/*
 * The direction the words before t[i] give to a day named after it:
 * "until 9 a.m. Tuesday" is ahead.
 */
enum mdtl_timex_dir
mdtl_timex_context_dir(const struct mdtl_token *t, size_t n, size_t i)
{
	enum mdtl_timex_dir dir = mdtl_timex_limit_dir(t, n, i);

	return dir != MDTL_TIMEX_AUTO ? dir : mdtl_timex_cue_dir(t, n, i, 0);
}

/* ---- resolution ---- */

static void
resolve_month(struct mdtl_date *d, const struct mdtl_date *ref,
    enum mdtl_timex_dir dir, int strict)
{
	int y = ref->year, rm = ref->month, m = d->month;

	switch (dir) {
	case MDTL_TIMEX_PAST:
		d->year = (strict ? m < rm : m <= rm) ? y : y - 1;
		break;
	case MDTL_TIMEX_FUTURE:
		d->year = (strict ? m > rm : m >= rm) ? y : y + 1;
		break;
	default: {
		int back = (rm - m + 12) % 12, fwd = (m - rm + 12) % 12;

		d->year = back == 0 ? y : back <= fwd ? (m <= rm ? y : y - 1) :
		    (m >= rm ? y : y + 1);
	}
	}
}

/* A day of the week from the reference day, in the direction dir. */
static void
resolve_weekday(struct mdtl_date *d, int weekday, const struct mdtl_date *ref,
    enum mdtl_timex_dir dir, int strict)
{
	long r = mdtl_date_day(ref), c;
	int w0 = mdtl_weekday(r);

	if (dir == MDTL_TIMEX_FUTURE) {
		c = (weekday - w0 + 7) % 7;
		if (c == 0 && strict)
			c = 7;
		set_day(d, r + c);
	} else if (dir == MDTL_TIMEX_PAST) {
		c = (w0 - weekday + 7) % 7;
		if (c == 0 && strict)
			c = 7;
		set_day(d, r - c);
	} else {
		long back = (w0 - weekday + 7) % 7;
		long fwd = (weekday - w0 + 7) % 7;

		set_day(d, back <= fwd ? r - back : r + fwd);
	}
}

/*
 * Keep day c as *best when it lies the way dir says from day r and nearer
 * than *best; a day ahead counts ahead times as far.
 */
static void
keep_nearest(long c, long r, enum mdtl_timex_dir dir, int ahead, long *best,
    int *found)
{
	if ((dir == MDTL_TIMEX_PAST && c > r) ||
	    (dir == MDTL_TIMEX_FUTURE && c < r))
		return;
	if (!*found || (c > r ? ahead * (c - r) : r - c) <
	    (*best > r ? ahead * (*best - r) : r - *best)) {
		*best = c;
		*found = 1;
	}
}

/*
 * A day of a month without its year.  A direction that sends it most of
 * a year away ("by Jan. 14", told on Jan. 15) is less likely than the day
 * nearby; and a verb in the past often tells of a day to come ("declared
 * a dividend payable Dec. 15"), as far ahead as the nearest day ever is
 * (four months), so that the past only rules out a February 29 further
 * on.  But a past the expression's own words give (firm: "since Jan. 31",
 * "the year ended Jan. 31", "died Jan. 5") is the past.  Returns -1 when
 * no year has that day.
 */
static int
resolve_monthday(struct mdtl_date *d, const struct mdtl_date *ref,
    enum mdtl_timex_dir *dir, int firm, int weekday)
{
	long r = mdtl_date_day(ref), best = 0, c;
	int y, found = 0;

	/* "Monday, Oct. 26": the nearest year whose Oct. 26 is a Monday,
	 * whatever the tense, of the reference's and those either side;
	 * with none, the weekday is another day's or a slip ("Wednesday-
	 * Thursday, October 5-6" in 2011), and the date alone counts */
	for (y = 0; weekday >= 0 && y <= 1; y++) {
		int k;

		for (k = 0; k < 2; k++) {
			int year = k ? ref->year - y : ref->year + y;

			if (d->day > mdtl_days_in_month(year, d->month))
				continue;
			c = mdtl_days_from_civil(year, d->month, d->day);
			if (mdtl_weekday(c) == weekday && (!found ||
			    labs(c - r) < labs(best - r))) {
				best = c;
				found = 1;
			}
		}
		if (found) {
			set_day(d, best);
			*dir = MDTL_TIMEX_NEAREST;
			return 0;
		}
	}

	if (*dir != MDTL_TIMEX_NEAREST) {
		struct mdtl_date near = *d;
		enum mdtl_timex_dir any = MDTL_TIMEX_NEAREST;
		long ahead;

		if (resolve_monthday(&near, ref, &any, 0, -1) == 0 &&
		    ((ahead = mdtl_date_day(&near) - r) >= -31 && (ahead <= 31 ||
		    (*dir == MDTL_TIMEX_PAST && ahead <= 122))) &&
		    !(firm && *dir == MDTL_TIMEX_PAST && ahead > 0)) {
			*d = near;
			*dir = MDTL_TIMEX_NEAREST;
			return 0;
		}
	}
	/* (four years either way: February 29 is in one of them) */
	for (y = ref->year - 4; y <= ref->year + 4; y++) {
		if (d->day > mdtl_days_in_month(y, d->month))
			continue;
		/* News tells more of what happened than of what will: a date
		 * ahead counts as twice as far. */
		keep_nearest(mdtl_days_from_civil(y, d->month, d->day), r,
		    *dir, 2, &best, &found);
	}
	if (!found)
		return -1;
	set_day(d, best);
	return 0;
}

/*
 * "on the 20th": that day of the reference's month or of the month either
 * side, the nearest gone by, to come, or either way.
 */
static int
resolve_day(struct mdtl_date *d, const struct mdtl_date *ref,
    enum mdtl_timex_dir dir)
{
	long r = mdtl_date_day(ref), best = 0;
	int k, y, mo, found = 0;

	for (k = -1; k <= 1; k++) {
		y = ref->year;
		mo = ref->month + k;
		if (mo < 1)
			mo = 12, y--;
		else if (mo > 12)
			mo = 1, y++;
		if (d->day <= mdtl_days_in_month(y, mo))
			keep_nearest(mdtl_days_from_civil(y, mo, d->day), r,
			    dir, 1, &best, &found);
	}
	if (!found)
		return -1;
	set_day(d, best);
	return 0;
}

int
mdtl_timex_resolve_open(struct mdtl_date *d, enum open_kind open, int weekday,
    const struct mdtl_date *ref, enum mdtl_timex_dir *dir, int strict,
    int firm)
{
	if (open == OPEN_NONE)
		return 0;
	if (ref->gran == MDTL_GRAN_NONE ||
	    (open != OPEN_SEASON && ref->gran < MDTL_GRAN_MONTH) ||
	    ((open == OPEN_WEEKDAY || open == OPEN_MONTHDAY ||
	    open == OPEN_DAY) && ref->gran < MDTL_GRAN_DAY))
		return -1;
	switch (open) {
	case OPEN_MONTH:
		resolve_month(d, ref, *dir, strict);
		return 0;
	case OPEN_SEASON: {
		long first, last, day = mdtl_date_day(ref);

		/* this year's, gone by or to come (not winter, which spans
		 * two years) */
		d->year = ref->year;
		mdtl_date_range(d, &first, &last);
		if (*dir == MDTL_TIMEX_FUTURE && (strict || (firm &&
		    d->part < 4 && last < day)))
			d->year++;
		else if (*dir == MDTL_TIMEX_PAST && (strict || (firm &&
		    d->part < 4 && day < first)))
			d->year--;
		return 0;
	}
	case OPEN_WEEKDAY:
		resolve_weekday(d, weekday, ref, *dir, strict);
		return 0;
	case OPEN_MONTHDAY:
		return resolve_monthday(d, ref, dir, firm, weekday);
	case OPEN_DAY:
		return resolve_day(d, ref, *dir);
	case OPEN_NONE:
		break;
	}
	return 0;
}

void
mdtl_timex_apply_offset(struct mdtl_date *d, const struct mdtl_date *ref, int unit,
    int off)
{
	long r;
	int y, wk;

	switch (unit) {
	case 0:
		set_day(d, mdtl_date_day(ref) + off);
		break;
	case 1:
		r = mdtl_date_day(ref) + 7L * off;
		mdtl_iso_week(r, &y, &wk);
		d->year = y;
		d->part = wk;
		d->gran = MDTL_GRAN_WEEK;
		break;
	case 2: {
		int mi = ref->year * 12 + ref->month - 1 + off;

		d->year = mi / 12;
		d->month = mi % 12 + 1;
		d->gran = MDTL_GRAN_MONTH;
		break;
	}
	default:
		d->year = ref->year + off;
		d->gran = MDTL_GRAN_YEAR;
		break;
	}
}

/*
 * The last day of what d covers: "the end of 2011" is 2011-12-31.  A
 * season's end is no day of the calendar (the last of August, or the
 * equinox?): "the end of the summer" stays the summer.
 */
void
mdtl_timex_to_end(struct mdtl_date *d)
{
	long first, last;

	if (d->gran == MDTL_GRAN_NONE || d->gran == MDTL_GRAN_SEASON ||
	    d->gran >= MDTL_GRAN_DAY)
		return;
	mdtl_date_range(d, &first, &last);
	memset(d, 0, sizeof *d);
	set_day(d, last);
}

/*
 * "that same day" after "last October" is a day of October 1998 (1998-10-XX):
 * the date last named, when it is a month or a year, with what it does not
 * say left open (not "later in the day", the day told; nor a year only
 * counted, "a year earlier", which names no day's period: the caller
 * passes none).  Otherwise the last date precise enough, if any.
 */
static void
resolve_anaphor(struct mdtl_timex *x, const struct mdtl_date *latest,
    const struct mdtl_date *precise, enum mdtl_gran need)
{
	struct mdtl_date d;

	/* a lapse ("three days later") keeps its value, a duration: the
	 * day it leads to moves, from a day, and stays in the month or the
	 * year last named ("In June 2007 ... Two days later, Mammadyarov
	 * said": June 2007, as precise as the text is) */
	if (latest != NULL && latest->gran < need && x->unit != 1 &&
	    x->weekday < 0 && !(x->flags & MDTL_TIMEX_WITHIN) &&
	    (latest->gran == MDTL_GRAN_YEAR || latest->gran == MDTL_GRAN_MONTH)) {
		x->anchor = MDTL_TIMEX_FROM_NAMED;
		x->from = *latest;
		x->date = *latest;
		if (x->type == MDTL_TIMEX_DURATION)
			return;
		if (latest->gran == MDTL_GRAN_YEAR)
			snprintf(x->value, sizeof x->value, need ==
			    MDTL_GRAN_MONTH ? "%04d-XX" : "%04d-XX-XX",
			    latest->year);
		else
			snprintf(x->value, sizeof x->value, "%04d-%02d-XX",
			    latest->year, latest->month);
		return;
	}
	if (precise == NULL)
		return;
	d = *precise;
	x->anchor = MDTL_TIMEX_FROM_NAMED;
	x->from = d;
	memset(&x->date, 0, sizeof x->date);
	if (x->weekday >= 0)
		/* the weekday strictly before or after that day */
		resolve_weekday(&x->date, x->weekday, &d, x->shift < 0 ?
		    MDTL_TIMEX_PAST : MDTL_TIMEX_FUTURE, 1);
	else
		mdtl_timex_apply_offset(&x->date, &d, x->unit, x->shift);
	if (x->month != 0) {
		x->date.month = x->month;
		x->date.gran = MDTL_GRAN_MONTH;
	}
	if (x->type != MDTL_TIMEX_DURATION)
		mdtl_date_format(&x->date, x->value, sizeof x->value);
}

void
mdtl_timex_ctx_init(struct mdtl_timex_ctx *c)
{
	memset(c, 0, sizeof *c);
}

/*
 * A story of a year gone by: "At the G8 summit on June 7, 2007, Putin
 * offered ...  few expected the idea to survive the summer.  On July 2, he
 * went further": a month, a day of a month or a season without its year
 * (a month or a day told of the past: one to come is the reader's),
 * after a month or a day named with its own year as the time of its
 * clause, before the reference's year, is of the half year from that date
 * on, when that falls before the reference (HeidelTime's narrative
 * reference, here only where the story names its year).  1 when it moved
 * x.
 */
static int
story_year(const struct mdtl_timex_ctx *c, struct mdtl_timex *x)
{
	struct mdtl_date d;
	long from, first, last;
	int y;

	if (!c->have_story || x->anchor != MDTL_TIMEX_FROM_REFERENCE ||
	    (x->flags & MDTL_TIMEX_UNRESOLVED) ||
	    c->story.year >= x->from.year)
		return 0;
	if (x->flags & MDTL_TIMEX_YEARLESS) {
		if (x->dir != MDTL_TIMEX_PAST)
			return 0;
	} else if (x->date.gran != MDTL_GRAN_SEASON ||
	    !(x->flags & MDTL_TIMEX_DIRECTED))
		return 0;
	mdtl_date_range(&c->story, &from, &last);
	for (y = c->story.year; y <= c->story.year + 1; y++) {
		d = x->date;
		d.year = y;
		if (d.gran == MDTL_GRAN_DAY &&
		    d.day > mdtl_days_in_month(d.year, d.month))
			continue;
		mdtl_date_range(&d, &first, &last);
		/* (a season the story's day is in counts too) */
		if (last < from || first - from > 183)
			continue;
		if (first >= mdtl_date_day(&x->from))
			return 0;
		x->date = d;
		x->anchor = MDTL_TIMEX_FROM_NAMED;
		x->from = c->story;
		mdtl_date_format(&x->date, x->value, sizeof x->value);
		return 1;
	}
	return 0;
}

/*
 * The story's time after x: set by a month or a day with its own year, as
 * the time of its clause, moved by one it moved, ended by any other date
 * (one of the reference's time, or a noun's: "the Dec. 21, 1988,
 * bombing").
 */
static void
story_after(struct mdtl_timex_ctx *c, const struct mdtl_timex *x, int moved)
{
	int day_or_month = x->date.gran >= MDTL_GRAN_MONTH &&
	    x->date.gran <= MDTL_GRAN_DAY;

	if ((x->flags & MDTL_TIMEX_EXPLICIT) &&
	    (x->flags & MDTL_TIMEX_ADVERBIAL) && day_or_month) {
		c->story = x->date;
		c->have_story = 1;
	} else if (moved) {
		if (day_or_month)
			c->story = x->date;
	} else
		c->have_story = 0;
}

void
mdtl_timex_ctx_apply(struct mdtl_timex_ctx *c, struct mdtl_timex *x)
{
	/* the precision an anaphor of each unit needs of the date before */
	static const enum mdtl_gran needs[] = { MDTL_GRAN_DAY, MDTL_GRAN_DAY,
	    MDTL_GRAN_MONTH, MDTL_GRAN_YEAR };
	size_t k;
	int moved;

	/* a month or a year looked ahead to ("would meet Biden in October")
	 * leaves no day open for "the same day" after it: the last day
	 * named is its anchor */
	if ((x->flags & MDTL_TIMEX_ANAPHOR) &&
	    !(x->flags & MDTL_TIMEX_UNRESOLVED)) {
		/* "On the same day, Obama told reporters", after "will be
		 * signed in Prague on April 8": told of the past in a
		 * sentence of its own, the last day not to come */
		if (c->latest_later && x->dir == MDTL_TIMEX_PAST &&
		    x->sentence != 0 && x->sentence != c->latest_sentence) {
			/* (with none named, the reference day it was read
			 * from: "has received a delegation ... preparations
			 * for the summit to be held in Chicago on 20-21 May.
			 * On the same day, Vershbow held talks") */
			if (c->have_back[x->unit & 3])
				resolve_anaphor(x, NULL, &c->back[x->unit & 3],
				    needs[x->unit & 3]);
		} else
			resolve_anaphor(x, c->have_latest &&
			    !((c->latest_ahead || c->latest_lapse) &&
			    c->have_anchor[x->unit & 3]) ? &c->latest : NULL,
			    c->have_anchor[x->unit & 3] ?
			    &c->anchor[x->unit & 3] : NULL,
			    needs[x->unit & 3]);
	}
	/* "will visit Tehran on Thursday and Friday ... The programme of
	 * the visit includes: - a meeting with Salehi on Thursday;": a
	 * weekday no word gives a way, told within two sentences after a
	 * day to come named by its weekday, is of that day's week, not the
	 * past's (not "could be located Wednesday" after "by Jan. 14") */
	if ((x->flags & MDTL_TIMEX_UNTENSED) && c->have_latest &&
	    c->latest_later && c->latest_weekday &&
	    c->latest.gran == MDTL_GRAN_DAY &&
	    x->date.gran == MDTL_GRAN_DAY && x->sentence > c->latest_sentence &&
	    x->sentence <= c->latest_sentence + 2) {
		long d = mdtl_date_day(&x->date), l = mdtl_date_day(&c->latest);

		d += 7 * ((l - d + 3) / 7);
		if (d > mdtl_date_day(&x->from)) {
			set_day(&x->date, d);
			x->dir = MDTL_TIMEX_FUTURE;
			mdtl_date_format(&x->date, x->value, sizeof x->value);
		}
	}
	moved = story_year(c, x);
	/* the latest date, and the latest precise enough for each unit (not
	 * a year in a name) */
	if ((x->type == MDTL_TIMEX_DATE || x->type == MDTL_TIMEX_TIME) &&
	    !(x->flags & (MDTL_TIMEX_POINT | MDTL_TIMEX_UNRESOLVED |
	    MDTL_TIMEX_NAMING)) &&
	    x->date.gran != MDTL_GRAN_NONE) {
		c->latest = x->date;
		c->have_latest = 1;
		c->latest_ahead = x->dir == MDTL_TIMEX_FUTURE;
		c->latest_lapse = (x->flags & MDTL_TIMEX_LAPSE) != 0;
		c->latest_sentence = x->sentence;
		c->latest_weekday = (x->flags & MDTL_TIMEX_WEEKDAY) != 0;
		story_after(c, x, moved);
		/* (to come: looked ahead to, or after the reference day) */
		c->latest_later = c->latest_ahead ||
		    (x->anchor == MDTL_TIMEX_FROM_REFERENCE &&
		    mdtl_date_day(&x->date) > mdtl_date_day(&x->from));
		for (k = 0; k < 4; k++)
			if (x->date.gran >= needs[k]) {
				c->anchor[k] = x->date;
				c->have_anchor[k] = 1;
				if (!c->latest_later) {
					c->back[k] = x->date;
					c->have_back[k] = 1;
				}
			}
	}
	if (x->date.gran == MDTL_GRAN_QUARTER && x->type == MDTL_TIMEX_DATE &&
	    !(x->flags & MDTL_TIMEX_YEAR_AGO)) {
		c->quarter = x->date;
		c->have_quarter = 1;
	} else if ((x->flags & MDTL_TIMEX_YEAR_AGO) && c->have_quarter &&
	    !(x->flags & MDTL_TIMEX_UNRESOLVED)) {
		x->anchor = MDTL_TIMEX_FROM_NAMED;
		x->from = c->quarter;
		x->date.year = c->quarter.year - 1;
		x->date.part = c->quarter.part;
		x->date.gran = MDTL_GRAN_QUARTER;
		mdtl_date_format(&x->date, x->value, sizeof x->value);
	}
}

void
mdtl_timex_in_context(struct mdtl_timex **v, size_t n)
{
	struct mdtl_timex_ctx c;
	size_t i;

	mdtl_timex_ctx_init(&c);
	for (i = 0; i < n; i++)
		mdtl_timex_ctx_apply(&c, v[i]);
}

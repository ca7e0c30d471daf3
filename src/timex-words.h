/*
 * timex-words.h: the fixed word lists of the date tagger, told by
 * position: L(name, words...).  tools/mkwords.c makes each a const table
 * found by hash at build time (timex-words.gen.h, which timex.c,
 * timex-read.c and timex-resolve.c include), so no list is built at run
 * time.  The recognisers' table (timex-read.c) names the lists whose
 * words an expression may start with.
 */
#define WORD_LISTS(L) \
	L(month_names, "january", "february", "march", "april", "may", \
	    "june", "july", "august", "september", "october", "november", \
	    "december") \
	L(month_abbrevs, "jan", "feb", "mar", "apr", "may", "jun", "jul", \
	    "aug", "sep", "oct", "nov", "dec") \
	L(weekday_names, "monday", "tuesday", "wednesday", "thursday", \
	    "friday", "saturday", "sunday") \
/* "on Mondays": every Monday */ \
	L(weekday_plurals, "mondays", "tuesdays", "wednesdays", "thursdays", \
	    "fridays", "saturdays", "sundays") \
	L(number_words, "zero", "one", "two", "three", "four", "five", \
	    "six", "seven", "eight", "nine", "ten", "eleven", "twelve") \
/* as TIMEX3 writes them: SP SU FA WI */ \
	L(season_names, "spring", "summer", "autumn", "winter") \
/* "in spring", "by summer": a season alone as a date */ \
	L(season_preps, "in", "by", "until", "till", "since", "during", \
	    "through", "before", "after", "from", "over") \
	L(ordinal_words, "first", "second", "third", "fourth") \
/* centuries by their ordinal, the first to the twentieth */ \
	L(century_ordinals, "first", "second", "third", "fourth", "fifth", \
	    "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", \
	    "twelfth", "thirteenth", "fourteenth", "fifteenth", \
	    "sixteenth", "seventeenth", "eighteenth", "nineteenth", \
	    "twentieth") \
	L(day_parts, "morning", "afternoon", "evening", "night") \
	L(day_part_plurals, "mornings", "afternoons", "evenings", "nights") \
/* What an anaphor names: "that day" ... "the following year". */ \
	L(anaphor_units, "day", "week", "month", "year") \
/* Words that open a clause of their own after an expression: its verb \
 * is not the expression's ("in May unless progress was made"). */ \
	L(subordinators, "unless", "if", "because", "although", "though", \
	    "whereas", "whether") \
/* Words before an expression that set its direction. */ \
	L(future_cues, "next", "coming", "upcoming", "ahead", "by", \
	    "following", "forthcoming") \
	L(past_cues, "last", "past", "since", "previous", "earlier", \
	    "preceding") \
/* Modals whose way reaches further: "would host an international \
 * conference on missile defense in the spring". */ \
	L(modal_verbs, "will", "would", "shall") \
/* Prepositions in -ing, no gerund of an intent: "the proposal during \
 * talks with Bush on Thursday". */ \
	L(ing_prepositions, "during", "including", "regarding", \
	    "concerning", "following", "pending") \
/* Before a participle that is an adjective: "a still unspecified date". */ \
	L(determiners, "a", "an", "the", "its", "their", "his", "her", \
	    "our", "this", "these", "those", "no", "any") \
	L(participle_adverbs, "still", "yet", "newly", "recently", \
	    "previously", "already", "widely", "long", "much", "highly", \
	    "closely", "hastily", "officially", "formally") \
/* Before a noun phrase, so no subject of a verb: "over US plans to \
 * station ..." names plans, no tense. */ \
	L(phrase_prepositions, "over", "against", "about", "of", "on", \
	    "with", "from", "into", "amid", "despite", "under", "behind") \
/* Before a date that is its clause's time: "On July 2, Putin proposed", \
 * "offered the radar on June 7, 2007". */ \
	L(opening_preps, "on", "in") \
/* The subject's own occasion: "at their summit", "during his visit". */ \
	L(occasion_preps, "at", "during") \
	L(possessives, "its", "their", "his", "her", "our") \
/* Forms of "be" before a participle of plans: "is scheduled for". */ \
	L(be_forms, "is", "are", "am", "be", "been", "being", "'s", "was", \
	    "were") \
/* Its present, before what is to come: "is due in February", "are to \
 * meet". */ \
	L(be_present, "is", "are") \
/* A denial before a modal: "neither he nor ... could be located". */ \
	L(denials, "neither", "nor", "never") \
/* \
 * Units of time, each and then its plural: day, week, month, year and \
 * decade first, as unit_val() numbers them, then those of durations alone. \
 */ \
	L(unit_words, "day", "days", "week", "weeks", "month", "months", \
	    "year", "years", "decade", "decades", "quarter", "quarters", \
	    "hour", "hours", "minute", "minutes", "century", "centuries") \
	L(participle_aux, "be", "been", "being", "is", "are", "am") \
/* Two weeks, told as one unit: "a fortnight ago". */ \
	L(fortnight_words, "fortnight", "fortnights") \
	L(tens_words, "twenty", "thirty", "forty", "fifty", "sixty", \
	    "seventy", "eighty", "ninety") \
	L(day_words, "yesterday", "today", "tomorrow") \
	L(stretch_preps, "over", "during", "within", "for", "throughout") \
	L(teen_words, "thirteen", "fourteen", "fifteen", "sixteen", \
	    "seventeen", "eighteen", "nineteen") \
/* Words of approximation before a count: "nearly forty years". */ \
	L(approximately, "nearly", "almost", "about", "roughly", \
	    "approximately", "some", "over", "around") \
	L(holiday_names, "christmas", "new", "thanksgiving", "election", \
	    "independence", "easter") \
	L(set_words, "daily", "weekly", "monthly", "yearly", "hourly") \
	L(set_modifiers, "past", "last", "next", "first", "coming", \
	    "previous", "following", "final", "initial", "latest", "recent", \
	    "remaining") \
	L(decade_words, "twenties", "thirties", "forties", "fifties", \
	    "sixties", "seventies", "eighties", "nineties") \
	L(zone_names, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", \
	    "pdt", "gmt", "utc", ",", "local", "time", "on") \
/* Words read right after an article that no other list names: "the near \
 * future", "the early summer", "the following weekend". */ \
	L(after_article, "future", "near", "full", "early", "late", \
	    "weekend", "preceding", "half")

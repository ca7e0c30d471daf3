/* extract_test.c: events from sentences, one rule at a time. */
#include "test.h"
#include "fixture.h"

#include "mdtl/article.h"
#include "mdtl/extract.h"

/*
 * The events of a text published on pub (NULL: no date), as "type date
 * actor" lines, with " @ place" after each meeting's when places is set;
 * with all, every actor of each, joined by "+".
 */
static char *
events_of(const char *pub, const char *text, int places, int all)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_date p;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0, i, k;
	char *out = calloc(1, 4096);

	if (pub != NULL)
		assert_int_equal(mdtl_timex_parse(pub, &p), 0);
	art = read_article("t.txt", text, strlen(text), pub ? &p : NULL, lex,
	    &d);
	assert_non_null(art);
	mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
	for (i = 0; i < n; i++) {
		snprintf(out + strlen(out), 4096 - strlen(out), "%s%s %s %s",
		    i ? "; " : "", mdtl_event_type_name(v[i].type),
		    v[i].date.gran ? v[i].date_value : "null",
		    v[i].nactors ? v[i].actors[0].id : "-");
		for (k = 1; all && k < v[i].nactors; k++)
			snprintf(out + strlen(out), 4096 - strlen(out), "+%s",
			    v[i].actors[k].id);
		if (places && v[i].location != NULL)
			snprintf(out + strlen(out), 4096 - strlen(out),
			    " @ %s", v[i].location);
	}
	mdtl_article_free(art);
	mdtl_diag_release(&d);
	return out;
}

/* the events of text published on pub are want; with the meetings'
 * places, EXPECT_AT */
#define EXPECT_HOW(pub, text, want, places) \
	do { \
		char *got_ = events_of(pub, text, places, 0); \
		if (strcmp(got_, want) != 0) \
			fail_msg("%s\n  got:  %s\n  want: %s", text, got_, \
			    want); \
		free(got_); \
	} while (0)
#define EXPECT(pub, text, want)		EXPECT_HOW(pub, text, want, 0)
#define EXPECT_AT(pub, text, want)	EXPECT_HOW(pub, text, want, 1)

static void
test_speech(void **state)
{
	char *got_name;

	(void)state;
	/* an unnamed subject in a country or a capital an opening "In"
	   names: that country; not in another's venue */
	EXPECT("2009-09-17", "Premier Jan Fischer told reporters so.\n\n"
	    "In Poland, officials declined to confirm Fischer's remarks, "
	    "saying they were waiting for an announcement.\n\nIn Moscow, "
	    "the Foreign Ministry said the talks would go on.\n\nIn "
	    "Geneva, diplomats said the talks would go on.",
	    "statement 2009-09-17 jan-fischer; statement 2009-09-17 poland; "
	    "statement 2009-09-17 russia");
	/* '"...," one official said' after a side's officials: one of
	   those, past the quote closed after the comma */
	EXPECT("2011-06-17", "NATO officials said on Friday that the talks "
	    "had stalled.\n\n\"There is no point in meeting just to "
	    "disagree,\" one official said.", "statement 2011-06-17 nato; "
	    "statement 2011-06-17 nato");
	/* a threat in the clause of a verb that disputes it, or of its
	   noun, is denied: no warning */
	EXPECT("2011-12-01", "Dmitry Rogozin on Thursday denied that Moscow "
	    "had issued an ultimatum to the alliance.", "statement 2011-12-01 "
	    "rogozin");
	EXPECT("2011-12-01", "Dmitry Rogozin on Thursday rejected claims that "
	    "Moscow had threatened to deploy Iskander missiles.",
	    "statement 2011-12-01 rogozin");
	/* a written statement named after its words told: one act, of the
	   statement's day, the occasion of the next words */
	EXPECT("2012-02-10", "Russia's Foreign Ministry has criticized the "
	    "agreement, saying it ignores Russia's concerns.\n\n\"The plans "
	    "create risks,\" the ministry said in a statement on Thursday."
	    "\n\nThe ministry also said that Moscow would follow the "
	    "construction.", "statement 2012-02-09 russia-mfa; statement "
	    "2012-02-09 russia-mfa");
	/* "The invitation was extended during the summit ... last
	   Saturday": the offer told before, of that day */
	EXPECT("2010-11-24", "President Dmitry Medvedev has invited Anders Fogh "
	    "Rasmussen to visit Moscow, the Kremlin said on Wednesday.\n\nThe "
	    "invitation was extended during the summit in Lisbon last "
	    "Saturday.", "offer 2010-11-20 russia; summit 2010-11-20 "
	    "medvedev");
	/* a cue in -s after a participle or an adjective is a plural
	   noun, no act; not after a subject that names people */
	EXPECT("2011-03-05", "The conflict began in 1988 when Armenia laid "
	    "territorial claims against Azerbaijan.", "");
	EXPECT("2011-03-05", "Moscow renewed calls for legal guarantees.",
	    "");
	EXPECT("2011-03-05", "A Russian official claims the radar is "
	    "useless.", "statement 2011-03-05 russia");
	/* two mentions of one meeting to come, in one city on one day */
	EXPECT_AT("2012-05-21", "Tehran will hold talks with six world "
	    "powers in Baghdad on May 23.\n\nCatherine Ashton will meet Saeed "
	    "Jalili in Baghdad on Wednesday.", "summit 2012-05-23 iran @ "
	    "Baghdad");
	/* but one on the sidelines of the other is another */
	EXPECT_AT("2012-09-05", "The APEC summit opens in Vladivostok on "
	    "Saturday.\n\nLavrov will meet Clinton on the sidelines of the "
	    "summit in Vladivostok on Saturday.", "summit 2012-09-08 apec @ "
	    "Vladivostok; summit 2012-09-08 lavrov @ Vladivostok");
	/* a document's words "read": the document told before, one act;
	   a person who reads says nothing */
	EXPECT("2012-06-18", "Putin issued a statement on "
	    "Monday.\n\n\"We agreed to seek common solutions,\" the statement "
	    "reads.", "statement 2012-06-18 putin");
	EXPECT("2012-06-18", "Putin reads the newspapers every day.", "");
	/* "both sides" of a limit after a meeting its sentence tells: that
	   meeting's, not the last one's before */
	EXPECT("2011-05-03", "Basescu spoke after a meeting of the Supreme "
	    "Defence Council on Tuesday.\n\nEllen Tauscher is due in Bucharest "
	    "next week to negotiate the agreement, which both sides hope to "
	    "sign by the end of the year.", "summit 2011-05-03 basescu; "
	    "deadline 2011-12-31 tauscher; summit 2011-W19 "
	    "tauscher");
	/* an office held before ("then-") tells an act of the past: of the
	   time of the act told before, gone by, or of none */
	EXPECT("2012-05-04", "The dispute dates back to 2007, when the Bush "
	    "administration announced plans.\n\nThen-President Vladimir Putin "
	    "responded by offering the use of the Gabala radar.", "statement "
	    "2007 bush; offer 2007 putin");
	EXPECT("2012-05-04", "Then-President Vladimir Putin offered the use "
	    "of the Gabala radar.", "offer null putin");
	/* a signing to come, in the passive, is a meeting */
	EXPECT_AT("2008-07-01", "The treaty is to be signed by Condoleezza "
	    "Rice and Karel Schwarzenberg in Prague on July 8.", "summit "
	    "2008-07-08 rice @ Prague");
	/* the story's first sentence gives its day though it tells no act;
	   not a day long gone */
	EXPECT("2008-07-01", "The Czech government on Monday approved the "
	    "treaty.\n\nPrime Minister Mirek Topolanek told journalists that "
	    "the treaty would strengthen security.", "statement 2008-06-30 "
	    "topolanek");
	EXPECT("2008-07-01", "The dispute began on May 3, 2007.\n\nPrime "
	    "Minister Mirek Topolanek told journalists that the treaty would "
	    "strengthen security.", "statement 2008-07-01 topolanek");
	/* a meeting gone by with no day nor place of its own, its people
	   among the last meeting's: that one told again; not a visit told
	   by its journey */
	EXPECT("2013-01-16", "Azerbaijani Foreign Minister Elmar Mammadyarov "
	    "received Russian Ambassador Vladimir Dorokhin on Jan. 15.\n\n"
	    "Dorokhin presented a copy of his credentials to the minister.",
	    "summit 2013-01-15 mammadyarov");
	EXPECT("2010-08-21", "President Abdullah Gul met Ilham Aliyev on Aug. "
	    "16.\n\nGul visited the Alley of Martyrs.", "summit 2010-08-16 "
	    "abdullah-gul; summit 2010-08-16 abdullah-gul");
	/* a question under the name of the agency that asks it: no act */
	EXPECT("2012-03-20", "Sergei Lavrov gave an exclusive interview to RT "
	    "on Tuesday.\n\nRT: Is there a chance to agree before the Chicago "
	    "summit?\n\nSergei Lavrov: We are open to dialogue.", "statement "
	    "2012-03-20 lavrov; statement 2012-03-20 lavrov");
	/* a response to words is an answer, no threat */
	EXPECT("2013-04-16", "Peskov said Putin would respond to the letter "
	    "soon.", "statement 2013-04-16 peskov");
	EXPECT("2013-04-16", "Peskov said Russia would respond to the "
	    "deployment.", "warning 2013-04-16 peskov");
	/* words told in a document have the day of its handing */
	EXPECT("2013-04-16", "Barack Obama has proposed two joint centers, in "
	    "a letter to Vladimir Putin delivered by Tom Donilon in Moscow on "
	    "Monday.", "offer 2013-04-15 obama");
	/* a limit at the end of a quarter gone by, with no year: the next
	   one's */
	EXPECT("2012-01-27", "Russia will hand over the proposals by the end "
	    "of the third quarter, Lavrov said.", "statement 2012-01-27 "
	    "lavrov; deadline 2012-09-30 lavrov");
	/* a report citing a body named by its kind: that body's side */
	EXPECT("2012-01-27", "Russia is preparing new proposals, Kommersant "
	    "reported on Friday, citing sources in the Foreign Ministry.",
	    "statement 2012-01-27 russia");
	/* guests received counted with their title; the reception in an
	   aside on the speaker is the occasion of his words */
	EXPECT("2007-10-13", "Putin, who received the two secretaries at his "
	    "residence on Friday, warned that Russia could withdraw.",
	    "warning 2007-10-12 putin; summit 2007-10-12 putin");
	/* the act's own day past the part of the day it names */
	EXPECT("2012-03-27", "Obama met Medvedev on Monday.\n\nObama defended "
	    "the remarks in the early hours of Tuesday.", "summit 2012-03-26 "
	    "obama; statement 2012-03-27 obama");
	/* an intent signalled (PETRARCH's SIGNAL, 030), a body in lower
	   case */
	EXPECT("2011-11-25", "The state department on Thursday signalled it "
	    "was still open to a compromise.", "offer 2011-11-24 "
	    "united-states");
	/* "a spokesman, Name," right after a body's words, in the next
	   paragraph: its voice, of its day */
	EXPECT("2011-11-25", "Medvedev warned on Wednesday that Russia would "
	    "respond.\n\nThe State Department on Thursday signalled it was "
	    "open to a compromise.\n\n\"We believe that cooperation is "
	    "possible,\" a spokesman, Mark Toner, told reporters.", "warning "
	    "2011-11-23 medvedev; offer 2011-11-24 united-states; "
	    "statement 2011-11-24 mark-toner");
	/* a meeting on the second day of one told in its sentence */
	EXPECT("2011-11-25", "NATO foreign ministers meet in Brussels on 7 and "
	    "8 December, and the NATO-Russia Council is expected to convene on "
	    "the second day.", "summit 2011-12-07 nato-foreign-ministers; "
	    "summit 2011-12-08 nato-foreign-ministers");
	/* a title past the place it is posted to, for the title alone */
	EXPECT("2013-05-22", "Salehi will visit Azerbaijan in June, Iran's "
	    "ambassador to Baku Mohsun Pak Ayeen told Trend on Wednesday.\n\n"
	    "Salehi is expected to meet with Foreign Minister Elmar "
	    "Mammadyarov.\n\nThe sides will discuss trade, the ambassador "
	    "said.", "statement 2013-05-22 mohsun-pak-ayeen; summit 2013-06 "
	    "iran; statement 2013-05-22 mohsun-pak-ayeen");
	/* a paragraph opening with a dateline of its own is a story of its
	   own: not the day of the story before */
	EXPECT("2012-09-14", "WARSAW - Poland will decide by the end of the "
	    "year, Defense Minister Tomasz Siemoniak said Thursday.\n\nANKARA "
	    "- The radar has been operational since January, a Turkish "
	    "official said.", "statement 2012-09-13 tomasz-siemoniak; deadline "
	    "2012-12-31 tomasz-siemoniak; statement 2012-09-14 turkey");
	/* "the next round", of the month of the meeting to come told last:
	   that one */
	EXPECT_AT("2012-01-17", "Russia and the United States will resume "
	    "consultations in February, Ryabkov said.\n\n\"We expect the next "
	    "round to take place in Geneva in the second half of February,\" "
	    "Ryabkov said.", "statement 2012-01-17 ryabkov; summit 2012-02 "
	    "russia @ Geneva; statement 2012-01-17 ryabkov");
	/* an interview given on a day told after it: its day, and its
	   lines' */
	EXPECT("2008-02-14", "In an interview with Deutsche Welle, Karel "
	    "Schwarzenberg said the treaty was almost ready.\n\nSchwarzenberg: "
	    "We have only a few issues left.\n\nThe interview was conducted "
	    "in Prague on Wednesday.", "statement 2008-02-13 "
	    "karel-schwarzenberg; statement 2008-02-13 karel-schwarzenberg");
	/* an invitation received is no meeting, its visit past "to" none
	   of the verb's object */
	EXPECT("2012-12-20", "Vladimir Putin received an invitation to visit "
	    "the United States.", "");
	EXPECT("2012-05-21", "Obama attended the summit to discuss "
	    "Afghanistan.", "summit 2012-05-21 obama");
	/* a dateline's day before the publication's is the story's today */
	EXPECT_AT("2012-01-24", "SOCHI, 23 January 2012 - The Co-Chairs "
	    "welcome the meeting of the Presidents of Armenia and Azerbaijan "
	    "in Sochi today.", "summit 2012-01-23 armenia @ Sochi");
	/* talks an appeal asks for are no meeting; the act is of the
	   meeting it was made at */
	EXPECT("2014-09-30", "Turkmen President Gurbanguly Berdimuhamedov "
	    "called for talks on a pipeline at the fourth Caspian summit in "
	    "Astrakhan on Monday.", "statement 2014-09-29 berdimuhamedov; "
	    "summit 2014-09-29 berdimuhamedov");
	/* a threat's infinitive after "not": asked of others, none made */
	EXPECT("2011-09-20", "Ramin Mehmanparast says the radar will create "
	    "tension.\n\n\"We expect our friends and neighbors not to take "
	    "measures that would lead to tension,\" Mehmanparast said.",
	    "statement 2011-09-20 ramin-mehmanparast; statement 2011-09-20 "
	    "ramin-mehmanparast");
	/* a named speech that tells something more ("also") is a remark
	   of its own, not the lead's act told again */
	EXPECT("2011-11-23", "Medvedev ordered the radar in Kaliningrad to "
	    "be put on combat alert.\n\nRussia may also deploy Iskander "
	    "missiles, Medvedev said today in a televised address.",
	    "warning 2011-11-23 medvedev; warning 2011-11-23 medvedev");
	/* a stay in a place on a day dates the meeting told after it */
	EXPECT("2012-02-14", "Tauscher was in Moscow last week, and she had "
	    "good meetings with Ryabkov.", "summit 2012-W06 tauscher");
	/* a transcript's line under an honorific and a name the data does
	   not know; an interviewer's line gives no lead its day */
	EXPECT("2012-02-14", "QUESTION: The Russians said yesterday that the "
	    "talks are dead. Do you agree?\n\nMS. NULAND: We don't agree.",
	    "statement 2012-02-14 nuland");
	/* a clause of ", but" with a subject and no date of its own: the
	   day gone by of the clause before */
	EXPECT("2011-05-27", "Obama and Medvedev agreed yesterday to keep "
	    "talking, but the Russian President left the G8 summit in "
	    "Deauville warning that time was running out.", "warning "
	    "2011-05-26 medvedev; summit 2011-05-26 obama");
	/* "according to" a body's thing is no one's words; its statement
	   is */
	EXPECT("2010-07-03", "The interceptors are to be deployed by 2018, "
	    "according to the Pentagon's timetable.", "deadline 2018 "
	    "united-states");
	EXPECT("2010-07-03", "The radar is a threat, according to the "
	    "Kremlin's statement.", "statement 2010-07-03 russia");
	/* a pronoun of no one for a subject: no act of the actor before */
	EXPECT("2012-06-12", "When NATO and Russia agreed in Lisbon in "
	    "November 2010 to explore cooperation, many hoped for a "
	    "breakthrough.", "summit 2010-11 nato");
	/* a live report's entries: the day of their time, a label after
	   it */
	EXPECT("2011-12-08", "09:30 - NATO foreign ministers begin their "
	    "two-day meeting in Brussels.\n\n17:30 - Lavrov: \"Our concerns "
	    "have not been addressed.\"", "summit 2011-12-08 "
	    "nato-foreign-ministers; statement 2011-12-08 lavrov");
	/* the body right before the verb, not the person of a clause of
	   time before it */
	EXPECT("2012-04-02", "When President Obama scrapped those plans in "
	    "September 2009, Moscow welcomed the decision.", "statement "
	    "2009-09 russia");
	/* a person's thing welcomed is no guest */
	EXPECT("2009-09-19", "Putin on Friday welcomed President Obama's "
	    "decision to scrap the system.", "statement 2009-09-18 putin");
	/* a side's people named past a word of what they do */
	EXPECT("2009-09-19", "Russia could drop its plan, a senior Russian "
	    "defense official said Saturday.", "statement 2009-09-19 russia");
	EXPECT("1990-08-12", "It is part of an American strategy that "
	    "officials say is designed to leave him no choice.", "");
	/* talks of a day before the act that tells them: its day, and
	   the words said of them */
	EXPECT("2012-04-15", "Iran and six world powers agreed Saturday to "
	    "meet again in Baghdad on May 23, after a day of talks that both "
	    "sides called constructive.", "statement 2012-04-14 iran; summit "
	    "2012-05-23 iran; summit 2012-04-14 iran");
	/* a document's first person, over a verb joined by "and", of no
	   date of the clause it is joined to */
	EXPECT("2011-07-04", "---\ntitle: Joint Statement of the NATO-Russia "
	    "Council\n---\nWe, the members of the NATO-Russia Council, met "
	    "today in Sochi.\n\nWe reviewed the progress made since our "
	    "summit in Lisbon in November 2010 and reaffirmed our commitment "
	    "to cooperation.", "summit 2011-07-04 nato-russia-council; "
	    "statement 2011-07-04 nato-russia-council; summit 2010-11 "
	    "nato-russia-council");
	/* "the presidents", after a clause too: the last meeting's */
	EXPECT("2011-06-25", "The meeting of the presidents of Armenia, "
	    "Azerbaijan and Russia in Kazan on June 24 ended without a deal."
	    "\n\nAfter the talks, the presidents noted a mutual "
	    "understanding.", "summit 2011-06-24 armenia; statement "
	    "2011-06-24 armenia");
	/* an interview given on a day told after its lines, which name it
	   nowhere: its lines' day */
	EXPECT("2012-05-15", "Rasmussen: No. Our system is not directed "
	    "against Russia.\n\nDW: Will Putin come to Chicago?\n\n"
	    "Rasmussen: He has decided not to attend.\n\nThe interview was "
	    "conducted by Christoph Hasselbach in Brussels on Monday.",
	    "statement 2012-05-14 rasmussen; statement 2012-05-14 rasmussen");
	/* an occasion in an aside of a week gone by is no day of the
	   words */
	EXPECT("2011-11-30", "Rose Gottemoeller, who held talks with Ryabkov "
	    "in Moscow last week, said she was disappointed.", "statement "
	    "2011-11-30 gottemoeller; summit 2011-W47 gottemoeller");
	/* "regrets" in the present, as "regretted" (CAMEO 110) */
	EXPECT("2012-05-15", "The High Representative regrets that "
	    "significant differences remain.", "statement 2012-05-15 ashton");
	/* a treaty quit, under a modal: a threat */
	EXPECT("2011-11-24", "Medvedev said on Wednesday that Russia could "
	    "also quit the New START arms control treaty.", "warning "
	    "2011-11-23 medvedev");
	/* a reaction drawn from its maker, a capital for its country */
	EXPECT("2016-05-12", "The United States switched on a base in "
	    "Romania on Thursday, prompting an angry response from Moscow.",
	    "statement 2016-05-12 russia");
	/* a meeting after "after" closing the sentence of the words: their
	   occasion; not a deed told in the past perfect */
	EXPECT("2011-06-09", "Serdyukov said there was no progress in the "
	    "talks after a session of the Russia-NATO Council here on "
	    "Wednesday.", "statement 2011-06-08 serdyukov; summit 2011-06-08 "
	    "serdyukov");
	EXPECT("2011-06-09", "Lavrov said NATO had changed its position after "
	    "the summit in Lisbon on Saturday.", "statement 2011-06-09 lavrov; "
	    "summit 2011-06-04 lavrov");
	/* a thing's limit: the actors of the first act told with its
	   noun, not the last speaker's */
	EXPECT_HOW("2011-09-14", "Data collected by the NATO radar to be "
	    "deployed in Turkey will not be shared, Foreign Minister Ahmet "
	    "Davutoglu said Tuesday.\n\nIran's spokesman Ramin Mehmanparast "
	    "warned that the radar would create tension.\n\nThe radar is "
	    "expected to be operational by the end of the year.", "statement "
	    "2011-09-13 davutoglu; warning 2011-09-13 ramin-mehmanparast; "
	    "deadline 2011-12-31 davutoglu", 0);
	/* (past an aside on the thing) */
	EXPECT_HOW("2011-09-14", "Data collected by the NATO radar to be "
	    "deployed in Turkey will not be shared, Foreign Minister Ahmet "
	    "Davutoglu said Tuesday.\n\nIran's spokesman Ramin Mehmanparast "
	    "warned that the radar would create tension.\n\nThe radar, to be "
	    "installed in Malatya, is expected to be operational by the end of "
	    "the year.", "statement 2011-09-13 davutoglu; warning 2011-09-13 "
	    "ramin-mehmanparast; deadline 2011-12-31 davutoglu", 0);
	/* a threat of no one is none */
	EXPECT("2011-11-24", "Donald Tusk said in a statement that the "
	    "missile shield \"threatens no one\".", "statement 2011-11-24 "
	    "tusk");
	/* a threat, a decision or a plan defended (CAMEO 052) */
	EXPECT("2011-11-26", "Dmitry Rogozin yesterday defended the Kremlin's "
	    "threat to deploy missiles.", "statement 2011-11-25 rogozin");
	/* "It was noted that ..." after a meeting: its people's words; not
	   with no meeting told */
	EXPECT("2013-02-06", "Russian Deputy Foreign Minister Grigory Karasin "
	    "held consultations with Azerbaijani Deputy Foreign Minister "
	    "Khalaf Khalafov in Baku on Tuesday.\n\nIt was noted that the "
	    "sides share the view.", "summit 2013-02-05 russia; statement "
	    "2013-02-05 grigory-karasin");
	EXPECT("2013-02-06", "It was noted that the talks went well.", "");
	/* the EU's short title alone: its holder of the day */
	EXPECT("2012-05-15", "The High Representative welcomes the agreement "
	    "of Iran to hold talks.", "statement 2012-05-15 ashton");
	/* but a person named there is the speaker */
	EXPECT("2016-05-12", "In Bucharest, President Klaus Iohannis said on "
	    "Thursday that the base made Romania safer.", "statement "
	    "2016-05-12 klaus-iohannis");
	/* a body named by its kind and its city: the city's country */
	EXPECT("2016-05-12", "The site poses a direct threat, the Foreign "
	    "Ministry in Moscow said.", "statement 2016-05-12 russia");
	/* the agent of a verb of saying in the passive, a title alone */
	EXPECT("2012-03-15", "Azerbaijani Foreign Minister Elmar Mammadyarov "
	    "received the Russian ambassador on March 15.\n\nIt was noted by "
	    "the minister that the talks are continuing.", "summit 2012-03-15 "
	    "mammadyarov; statement 2012-03-15 mammadyarov");
	/* the meeting on whose sidelines the act was, after the date that
	   opens the sentence, is of that date too */
	EXPECT("2013-06-19", "Earlier this week, on the sidelines of the G8 "
	    "summit in Lough Erne, Obama proposed further cuts.", "offer "
	    "2013-W25 obama; summit 2013-W25 g8");
	/* an act in a clause of "where" on a meeting with its date */
	EXPECT("2013-03-20", "Since the 2010 Lisbon summit, where NATO invited "
	    "Russia to cooperate on missile defence, the two sides have held "
	    "dozens of meetings.", "offer 2010 nato; summit 2010 nato");
	/* a meeting "in" a count of weeks ahead: of that week */
	EXPECT_AT("2012-05-03", "In two weeks, our leaders will gather in "
	    "Chicago for the NATO summit.", "summit 2012-W20 nato @ Chicago");
	/* "Ahead of the visit," opens the sentence: the visit told before,
	   not a meeting of the act's day */
	EXPECT("2013-05-03", "Kerry will travel to Moscow on Monday.\n\nAhead "
	    "of the visit, Ryabkov warned on Thursday that Moscow would not "
	    "accept half-measures.", "summit 2013-05-06 kerry; warning "
	    "2013-05-02 ryabkov");
	/* an act an aside of "who" recalls, with no date, types not the
	   words of the sentence */
	EXPECT("2007-06-09", "The Russian leader Vladimir Putin, who had "
	    "threatened only days earlier to aim missiles at Europe, said the "
	    "radar in Gabala could replace the planned U.S. site.",
	    "statement 2007-06-09 putin");
	/* words posted are of the post's day */
	EXPECT("2011-12-09", "Russia's NATO envoy Dmitry Rogozin wrote in a "
	    "Facebook post this past weekend that talks had reached a dead "
	    "end.", "statement 2011-W48-WE rogozin");
	/* words told apart from the lead's: of the publication's day */
	EXPECT("2012-02-08", "Jim Miller told the committee on Tuesday that "
	    "talks would continue.\n\nRussian Deputy Defence Minister Anatoly "
	    "Antonov, speaking separately, said Moscow expected guarantees.",
	    "statement 2012-02-07 jim-miller; statement 2012-02-08 antonov");
	/* a day glossed in parentheses is one date, right before the verb */
	EXPECT("2011-07-05", "NATO secretary general Anders Fogh Rasmussen on "
	    "Monday (4 July) said there was a lot of work to do.",
	    "statement 2011-07-04 rasmussen");
	/* the speaker before the verb, the person over the country */
	EXPECT("2011-07-01", "Russian President Dmitry Medvedev said on "
	    "Thursday that talks would go on.", "statement 2011-06-30 medvedev");
	/* a speaker's own deed, at a meeting told with its day: the deed's
	   day, and the meeting no occasion of his words; "to Rasmussen" no
	   infinitive of "proposal" */
	EXPECT("2010-12-10", "Rogozin said he had handed the proposal to "
	    "Rasmussen at a meeting on Wednesday.", "offer 2010-12-08 rogozin; "
	    "statement 2010-12-10 rogozin; summit 2010-12-08 rogozin");
	/* a date opening the sentence past a word of sequence */
	EXPECT("2011-12-28", "Then, on November 23, Medvedev went on "
	    "television to threaten the deployment of Iskander missiles.",
	    "warning 2011-11-23 medvedev");
	/* a lapse after a quoted fragment, from the date last named */
	EXPECT("2011-12-28", "Lavrov met Kerry in Paris in June.\n\nLavrov "
	    "called the talks \"a dead end\" a month later.", "summit 2011-06 "
	    "lavrov; statement 2011-07 lavrov");
	/* a month's limit set on a day gone by: the first from it */
	EXPECT("2011-12-28", "In January, Rogozin predicted a deal by June.",
	    "statement 2011-01 rogozin; deadline 2011-06 rogozin");
	/* an act of someone named, told by no one named ("diplomats
	   said"): the act, its maker's; a body's word names its maker */
	EXPECT("2012-05-24", "The six powers offered to supply Iran with fuel "
	    "plates, diplomats said.", "offer 2012-05-24 p5-plus-1");
	EXPECT("2012-05-24", "Russia rejected the plan, a Western diplomat "
	    "said.", "statement 2012-05-24 russia");
	EXPECT("2012-05-24", "Iran and six world powers held talks in Baghdad "
	    "on Thursday.\n\nThe powers had offered on Wednesday to supply "
	    "Iran with fuel plates, diplomats said.", "summit 2012-05-24 iran; "
	    "offer 2012-05-23 p5-plus-1");
	/* words at a meeting of a month gone by, its sides the subject's,
	   not those the words are addressed to */
	EXPECT_AT("2011-06-22", "Aliyev and Sargsyan met in Sochi in March."
	    "\n\nObama and Sarkozy urged the two sides at the G8 summit in "
	    "Deauville last month to take the decisive step.", "summit 2011-03 "
	    "aliyev @ Sochi; statement 2011-05 sarkozy; summit 2011-05 obama @ "
	    "Deauville");
	/* "the same day", "the day before" told of the past count from
	   no day to come (the signing to come is a meeting of its own) */
	EXPECT("2010-03-26", "Medvedev and Obama agreed on the text during a "
	    "telephone conversation on Friday.\n\nThe treaty will be signed "
	    "in Prague on April 8.\n\nOn the same day, Obama told reporters "
	    "that the reset worked.\n\nThe day before, Lavrov said all "
	    "issues had been resolved.", "summit 2010-03-26 medvedev; "
	    "summit 2010-04-08 medvedev; statement 2010-03-26 obama; "
	    "statement 2010-03-25 lavrov");
	/* a date opening the sentence with its modifier: "In mid-May," */
	EXPECT_AT("2013-06-14", "In mid-May, Russia and the United States "
	    "agreed at a meeting in Moscow to convene the conference.",
	    "summit 2013-05 russia @ Moscow");
	/* the day its occasion's participle gives ("aired on Sunday") */
	EXPECT("2011-01-17", "Russia and NATO should decide by June, Rogozin "
	    "said in an interview with the Rossiya 24 channel aired on "
	    "Sunday.", "statement 2011-01-16 rogozin; deadline 2011-06 "
	    "rogozin");
	/* a date opening the sentence, the subject's name set off by
	   commas after its title */
	EXPECT("2012-06-15", "Earlier this week Russia's top diplomat, "
	    "Foreign Minister Sergei Lavrov, warned that the shield would "
	    "undermine stability.", "warning 2012-W24 lavrov");
	/* the lead's words dated later by their speaker's day: the
	   others' undated words after them take it too */
	EXPECT("2009-09-18", "Medvedev has welcomed the US decision to drop "
	    "the radar plan.\n\nMedvedev said on Thursday that Moscow was "
	    "ready to talk.\n\nTusk said Poland was not worried.", "statement "
	    "2009-09-17 medvedev; offer 2009-09-17 medvedev; statement "
	    "2009-09-17 tusk");
	/* (a warning too: "has warned") */
	EXPECT("2011-09-02", "Dmitry Rogozin has warned Georgia against "
	    "hosting the shield.\n\nSpeaking to a radio station on September "
	    "1, Rogozin said any such move would provoke Moscow.", "warning "
	    "2011-09-01 rogozin; statement 2011-09-01 rogozin");
	/* in a digest, an item told in the present perfect in a paragraph
	   of its own: the period, not its actor's last occasion */
	EXPECT("2011-05-12", "Weekly political digest (02.05- 07.05.2011)\n\n"
	    "On May 3, President Ilham Aliyev received Claudio Bisogniero. The "
	    "Head of State said Azerbaijan valued the partnership.\n\n"
	    "President Ilham Aliyev has sent a letter of condolence to "
	    "Russian President Dmitry Medvedev.", "summit 2011-05-03 aliyev; "
	    "statement 2011-05-03 aliyev; statement 2011-W18 aliyev");
	/* in a digest, an item after another's item with a day of its
	   own: the period, not its actor's occasion before them */
	EXPECT("2011-05-12", "Weekly political digest (02.05- 07.05.2011)\n\n"
	    "On May 3, President Ilham Aliyev received Claudio Bisogniero.\n\n"
	    "Foreign Minister Elmar Mammadyarov met with Ahmet Davutoglu on "
	    "May 4.\n\nPresident Ilham Aliyev sent a letter of condolence to "
	    "Russian President Dmitry Medvedev.", "summit 2011-05-03 aliyev; "
	    "summit 2011-05-04 mammadyarov; statement 2011-W18 aliyev");
	/* in a digest, words with no day, then the same speaker's with one
	   in the next sentence: that day for both */
	EXPECT("2011-05-12", "Weekly political digest (02.05- 07.05.2011)\n\n"
	    "Russian Ambassador Vladimir Dorokhin said that Moscow hoped for "
	    "progress. \"We are patient,\" the ambassador told journalists on "
	    "May 5.\n\nSergei Lavrov said the talks would go on.",
	    "statement 2011-05-05 vladimir-dorokhin; statement 2011-05-05 "
	    "vladimir-dorokhin; statement 2011-W18 lavrov");
	/* a person's deed on a day of the news dates his words after it,
	   not his words of another day told later */
	EXPECT("2012-06-11", "Foreign Minister Sergei Lavrov on Monday "
	    "opened a new embassy building in Baku.\n\n\"This is a sign of "
	    "our friendship,\" Lavrov said at the ceremony.\n\nLavrov said "
	    "on June 5 that the radar deal was near.", "statement 2012-06-11 "
	    "lavrov; statement 2012-06-05 lavrov");
	/* a name the data does not hold, with a middle initial: the whole
	   name, found again by its last word */
	got_name = events_of("2009-09-17", "Gates and Marine Gen. James E. "
	    "Cartwright briefed reporters.\n\nThe first phase will be "
	    "deployed by 2011, Cartwright said.", 0, 0);
	assert_string_equal(got_name, "statement 2009-09-17 james-e-cartwright; "
	    "deadline 2011 james-e-cartwright");
	free(got_name);
	/* a name the data does not hold, opened by a given name
	   (data/given-names.yaml): a person's, with no title or verb of
	   saying after it; not a credit's */
	EXPECT("2011-05-20", "Ivan Petrov first proposed the idea during his "
	    "talks with Lavrov in May.", "offer 2011-05 ivan-petrov; summit "
	    "2011-05 ivan-petrov");
	EXPECT("2013-11-24", "Lavrov and Kerry met in Geneva on Saturday.\n\n"
	    "The two men posed for photographers. REUTERS/Carolyn Kaster/Pool"
	    "\n\n\"We have reached agreement,\" he said.", "summit "
	    "2013-11-23 lavrov; statement 2013-11-23 kerry");
	/* a meeting on the sidelines of talks told, its people named with
	   their titles: one of its own */
	EXPECT("2014-10-14", "Iran and the P5+1 will resume talks in Vienna on "
	    "October 16, spokeswoman Marzieh Afkham said.\n\nAfkham said "
	    "Iranian Foreign Minister Mohammad Javad Zarif will meet EU foreign "
	    "policy chief Catherine Ashton and U.S. Secretary of State John "
	    "Kerry on the sidelines of the talks.", "statement 2014-10-14 "
	    "marzieh-afkham; summit 2014-10-16 iran; statement 2014-10-14 "
	    "marzieh-afkham; summit 2014-10-16 zarif");
	/* an offer asked of others is none made */
	EXPECT("2012-03-05", "Azimov said Baku expects the mediators to put "
	    "forward new proposals.", "statement 2012-03-05 azimov");
	/* "according to a statement" no one is named the author of: the
	   last body's words told again; "according to" an unnamed source
	   after a comma is no one's, not the subject's before it */
	EXPECT("2011-09-14", "Turkey and the United States signed a memorandum "
	    "in Ankara on Wednesday, the Turkish Foreign Ministry said.\n\n"
	    "The memorandum was signed by Deputy Undersecretary Feridun "
	    "Sinirlioglu and Ambassador Francis Ricciardone, according to a "
	    "statement.", "statement 2011-09-14 turkey; summit 2011-09-14 "
	    "turkey");
	EXPECT("2011-09-14", "James Kopp was seen at the march, according to "
	    "another law enforcement official.", "");
	/* a person named before a colon is no subject past it */
	EXPECT("2011-12-08", "Interview with Sergei Lavrov: Russia said on "
	    "Thursday that it would respond.", "statement 2011-12-08 russia");
	/* "the President" alone: the last person named with that title, as
	   "President of Moldova" too */
	EXPECT("2011-12-08", "President of Moldova Ion Petrescu received the "
	    "governor of the Bank of Latvia Janis Ozols.\n\nThe President "
	    "hailed the talks.", "summit 2011-12-08 moldova; statement "
	    "2011-12-08 ion-petrescu");
	/* after a quotation, the speaker follows the verb */
	EXPECT("2011-07-01", "\"It is over,\" said Sergei Lavrov.",
	    "statement 2011-07-01 lavrov");
	/* a pronoun is the last person named; a quotation that goes on */
	EXPECT("2011-07-01", "Lavrov met reporters. He said Friday it was "
	    "over.\n\n\"We are ready.\"", "statement 2011-07-01 lavrov; "
	    "statement 2011-07-01 lavrov");
	/* an anonymous official is the article's named speaker */
	EXPECT("2011-07-01", "Talks will go on, a senior official said "
	    "Friday.\n\n\"We hope so,\" Rogozin said.",
	    "statement 2011-07-01 rogozin; statement 2011-07-01 rogozin");
	/* but a source speaks unnamed: no one the article names, unless a
	   side is named in it; "the source" is one named before, again */
	EXPECT("2011-11-14", "Rogozin said on Monday that talks were stuck."
	    "\n\nA reply is due later this month, a diplomatic source told "
	    "Interfax.\n\nIt will be firm, one well-placed source said.",
	    "statement 2011-11-14 rogozin");
	EXPECT("2011-11-14", "Rogozin said on Monday that talks were stuck."
	    "\n\nA reply is due later this month, Russian diplomatic "
	    "sources said.", "statement 2011-11-14 rogozin; statement "
	    "2011-11-14 russia");
	EXPECT("2016-05-12", "NATO says the system is designed against Iran."
	    "\n\nNATO leaders will declare the site part of the alliance's "
	    "defenses, people familiar with the matter said.",
	    "statement 2016-05-12 nato");
	/* one an indefinite phrase brings in is no one named before */
	EXPECT("2008-08-20", "Lavrov said the deal showed the shield was aimed "
	    "at Russia, while a senior general warned last week that Poland "
	    "could become a target.", "statement 2008-08-20 lavrov");
	EXPECT("2008-08-20", "Lavrov said the deal was bad. A senior general "
	    "warned last week that Poland could become a target.",
	    "statement 2008-08-20 lavrov");
	/* but closing the clause it reports, the dateline's country's; not
	   one of a side named ("a Western diplomat") */
	EXPECT("2011-11-28", "MOSCOW (Reuters) - Russia will set up a new "
	    "radar, a senior general said on Monday.\n\nThe talks will go "
	    "on, a Western diplomat said.", "statement 2011-11-28 russia");
	EXPECT("2008-08-20", "Lavrov said the deal was bad. A Russian general "
	    "warned last week that Poland could become a target.",
	    "statement 2008-08-20 lavrov; warning 2008-W33 russia");
	EXPECT("2012-02-14", "A source in the Azerbaijani government said on "
	    "Tuesday that the rent was too low.\n\nThe sides will meet again, "
	    "the source said.", "statement 2012-02-14 azerbaijan; statement "
	    "2012-02-14 azerbaijan");
	/* two speakers, two statements */
	EXPECT("2011-12-08", "Russia said on Thursday that time was short, "
	    "as the alliance insisted it would go on.",
	    "statement 2011-12-08 russia; statement 2011-12-08 nato");
	/* the same sentence told again is one event */
	EXPECT("2011-07-01", "Lavrov said Friday it was over.\n\nLavrov said "
	    "Friday it was over, Interfax reported.",
	    "statement 2011-07-01 lavrov");
	/* an agency's "said" after a comma: its report, no words of its
	   own, nor of the one named last before it */
	EXPECT("2012-10-17", "Foreign Minister Ali Akbar Salehi met Elmar "
	    "Mammadyarov in Baku on Tuesday.\n\nSalehi invited Mammadyarov to "
	    "visit Tehran, and the invitation was accepted, IRNA said.",
	    "summit 2012-10-16 ali-akbar-salehi; offer 2012-10-16 "
	    "ali-akbar-salehi");
	/* a date in an opening phrase is the clause's; a day recalled from
	   weeks before is no occasion for what follows */
	EXPECT("2007-07-02", "During a June 7 discussion, Putin suggested that "
	    "the radar be built in Azerbaijan. Proposing another alternative "
	    "today, Putin offered to house missiles in Russia. Putin said it "
	    "would help.", "offer 2007-06-07 putin; offer 2007-07-02 putin; "
	    "statement 2007-07-02 putin");
	/* nor is a date in the clause a closing "Aliyev said" reports */
	EXPECT("2012-06-06", "In 2009 the sides clashed, but the talks in "
	    "Baku went well, Aliyev said.", "statement 2012-06-06 aliyev; "
	    "summit null aliyev");
	/* the date of the reported clause is not the statement's */
	EXPECT("2010-11-19", "Medvedev said the sides would meet next month.",
	    "statement 2010-11-19 medvedev; summit 2010-12 medvedev");
	/* people the data does not know, found again by their last name */
	EXPECT("2013-06-05", "Polish Defence Minister Tomasz Siemoniak said "
	    "on Tuesday the shield would be built. \"We will go on,\" said "
	    "Radoslaw Nowak. Siemoniak added that talks would go on. He said "
	    "it would be ready by 2018.", "statement 2013-06-04 "
	    "tomasz-siemoniak; statement 2013-06-04 radoslaw-nowak; "
	    "statement 2013-06-04 tomasz-siemoniak; statement 2013-06-04 "
	    "tomasz-siemoniak; deadline 2018 tomasz-siemoniak");
	/* and by a last name written with an apostrophe */
	EXPECT("2011-03-31", "Gen. Patrick O'Reilly, director of the agency, "
	    "said the plan was on schedule. O'Reilly told lawmakers that "
	    "tests would follow.", "statement 2011-03-31 patrick-oreilly; "
	    "statement 2011-03-31 patrick-oreilly");
	/* and through an editor's bracket closing inside the name */
	EXPECT("2011-12-08", "[Czech Defence Minister Jana] Novakova said "
	    "the talks would go on. \"We do not agree yet,\" Novakova told "
	    "reporters.", "statement 2011-12-08 jana-novakova; statement "
	    "2011-12-08 jana-novakova");
	/* a person named with a title, with an honorific, in apposition */
	EXPECT("2009-03-06", "Czech Foreign Minister Jana Novakova has "
	    "rejected the Russian offer. Ms Novakova thanked the Russian side "
	    "for its remarks, saying they helped.", "statement 2009-03-06 "
	    "jana-novakova; statement 2009-03-06 jana-novakova");
	EXPECT("2009-03-06", "\"We will wait,\" Pavel Dorin, head of the "
	    "Foreign Relations Department of the Presidential Office, told "
	    "reporters.", "statement 2009-03-06 pavel-dorin");
	/* a person's speech is no speaker: "she" and "the minister" are */
	EXPECT("2009-03-06", "Czech Foreign Minister Jana Novakova has "
	    "rejected the Russian offer. She described Mr Putin's speech as "
	    "harsh and said it was unhelpful. The foreign minister added that "
	    "Mr Putin's remarks were wrong.", "statement 2009-03-06 "
	    "jana-novakova; statement 2009-03-06 jana-novakova; statement "
	    "2009-03-06 jana-novakova");
	/* two people under one title; the second found again */
	EXPECT("2009-03-06", "Foreign Ministers Ali Hasanov and Karen "
	    "Petrosyan met in Vienna on Thursday. Petrosyan said the talks "
	    "were useful.", "summit 2009-03-05 ali-hasanov; statement "
	    "2009-03-05 karen-petrosyan");
	/* a body is no person; a first name spelt otherwise is no other */
	EXPECT("2009-03-06", "The National Chess Federation said so.", "");
	EXPECT("2009-03-06", "Kremlin spokesman Dmitri Peskov said so. "
	    "[NATO Secretary General Anders Fogh] Rasmussen said so too.",
	    "statement 2009-03-06 peskov; statement 2009-03-06 rasmussen");
	/* a transcript's line is its speaker's, named in capitals */
	EXPECT("2012-04-14", "Ben Rhodes, the deputy national security "
	    "adviser, briefed reporters.\n\nMR. RHODES:  We believe the talks "
	    "went well.", "statement 2012-04-14 ben-rhodes");
	/* past a title in brackets after the name */
	EXPECT("2010-02-05", "ANDERS FOGH RASMUSSEN (NATO Secretary General): "
	    "Good afternoon.", "statement 2010-02-05 rasmussen");
	/* a meeting the clause tells to come on the story's own day is no
	   occasion of the words said before it */
	EXPECT("2017-09-12", "Russian and US delegations will hold "
	    "consultations in Helsinki on September 12, Deputy Foreign "
	    "Minister Sergei Ryabkov told TASS on Monday.\n\n\"Missile "
	    "defence will be on the agenda,\" the diplomat said.",
	    "statement 2017-09-11 ryabkov; summit 2017-09-12 russia; "
	    "statement 2017-09-11 ryabkov");
	/* an item of a list of what each said, the day after a comma */
	EXPECT("2015-03-20", "Here is what they said:\n\n- Russian Foreign "
	    "Minister Sergei Lavrov, on Monday: \"NATO's shield undermines "
	    "strategic stability.\"", "statement 2015-03-16 lavrov");
	/* past a title before the name that names no one */
	EXPECT("2012-06-29", "SECRETARY CLINTON: Good afternoon.\n\nFOREIGN "
	    "MINISTER LAVROV: Thank you, Hillary.", "statement 2012-06-29 "
	    "clinton; statement 2012-06-29 lavrov");
	/* a title of a body the data does not know; a parenthesis before
	   the verb; a visit told again is the meeting told before */
	EXPECT("2010-06-01", "President Ilham Aliyev received the governor of "
	    "the Central Bank of Russia Jan Kowal in Baku. Kowal, in turn, "
	    "said his visit to Baku would be useful.", "summit 2010-06-01 "
	    "aliyev; statement 2010-06-01 jan-kowal");
	/* "..., an alliance spokeswoman said": not a person of the clause
	   before; "warned ..., and demanded": one subject */
	EXPECT("2011-05-04", "Rasmussen will meet Lavrov in Moscow next week, "
	    "an alliance spokeswoman said.", "statement 2011-05-04 nato; "
	    "summit 2011-W19 rasmussen");
	EXPECT("2011-05-04", "Russia's Foreign Ministry on Wednesday warned "
	    "Romania that hosting U.S. interceptors would damage ties, and "
	    "demanded guarantees.", "warning 2011-05-04 russia-mfa");
	/* a ministry's statement in the present; "quoted him as saying" */
	EXPECT("2012-02-08", "The Foreign Ministry of Poland expresses deep "
	    "concern over the statements.", "statement 2012-02-08 poland");
	EXPECT("2012-02-08", "Lavrov spoke in Moscow. Interfax quoted him as "
	    "saying that talks would go on.", "statement 2012-02-08 lavrov");
	/* the IAEA by the name the agencies give it */
	EXPECT("2014-01-20", "The U.N. atomic watchdog said on Monday that "
	    "Iran had halted its most sensitive work.",
	    "statement 2014-01-20 iaea");
	/* a surname alone after the full name of a person the data knows
	   only by it */
	EXPECT("2007-05-29", "Sergei Ivanov said the missile could penetrate "
	    "any shield.\n\nIvanov told reporters that Russia had new "
	    "systems.", "statement 2007-05-29 ivanov; statement 2007-05-29 "
	    "ivanov");
	/* "made it clear that": words said */
	EXPECT("2011-12-08", "Lavrov made it clear that Moscow would not "
	    "accept limits.", "statement 2011-12-08 lavrov");
	/* "was quoted by ... as saying": one act, of the one quoted */
	EXPECT("2011-12-15", "Amir Ali Hajizadeh, the head of the aerospace "
	    "division of Iran's Revolutionary Guards, was quoted by the Mehr "
	    "news agency on Monday as saying that Iran would hit the radar.",
	    "statement 2011-12-12 amir-ali-hajizadeh");
	/* a title of a side: its last person named; a letter sent */
	EXPECT("2010-04-29", "Aliyev received Azerbaijani wrestlers. The "
	    "Azerbaijani leader hailed their victory.", "summit 2010-04-29 "
	    "aliyev; "
	    "statement 2010-04-29 aliyev");
	EXPECT("2010-04-29", "Aliyev has sent a congratulatory message to "
	    "Shimon Peres.", "statement 2010-04-29 aliyev");
	/* a date in an opening phrase, or in a participle's aside before
	   the verb, is the verb's; a clause after the verb is what was
	   said, so the verb does not close the sentence */
	EXPECT("2011-10-10", "In an interview with Kommersant published on "
	    "Saturday, Ryabkov said the talks were over.",
	    "statement 2011-10-08 ryabkov");
	EXPECT("2011-10-10", "Ryabkov, speaking in Geneva on Friday, said no "
	    "progress had been made.", "statement 2011-10-07 ryabkov");
	/* a date opening the sentence, past its place */
	EXPECT("2013-02-08", "Four years ago in Munich, Biden announced the "
	    "intention to press the button.", "statement 2009 biden");
	/* an offer of the speaker's side, "it", after the offer's noun: of
	   the date of the meeting it was made at */
	EXPECT("2013-02-08", "Lavrov said in Moscow on Thursday that Russia was "
	    "still waiting for answers to proposals it put forward at talks in "
	    "Geneva last month.", "offer 2013-01 russia; statement 2013-02-07 "
	    "lavrov; summit 2013-01 lavrov");
	EXPECT("2011-10-10", "Rogozin wrote on his Twitter account on Sunday "
	    "that NATO had ignored Russia.", "statement 2011-10-09 rogozin");
	EXPECT("2011-10-10", "Rogozin said in an interview published on "
	    "Saturday that NATO was wrong.", "statement 2011-10-08 rogozin");
	/* an offer's object stands between it and its date; an offer
	   "willing to" as "ready to" */
	EXPECT("2011-06-10", "Putin put forward the idea of a joint missile "
	    "defence system on Thursday.", "offer 2011-06-09 putin");
	/* (a noun in -ing after its article is of the object too) */
	EXPECT("2012-04-16", "Russia proposed a meeting of the council at the "
	    "highest level last year.", "offer 2011 russia");
	EXPECT("2011-06-10", "NATO is willing to share information with "
	    "Russia, Rasmussen said.", "offer 2011-06-10 rasmussen");
	/* a proposal rejected on a day, not one said to be something */
	EXPECT("2011-11-24", "Rasmussen rejected the proposal on Tuesday.",
	    "statement 2011-11-22 rasmussen");
	EXPECT("2011-11-24", "Rasmussen said the proposal on Tuesday was "
	    "unacceptable.", "statement 2011-11-24 rasmussen");
	/* the gathering told is the verb's object: its date is the verb's */
	EXPECT("2012-05-04", "Rasmussen told a news conference on Monday "
	    "that NATO would go ahead.", "statement 2012-04-30 rasmussen");
	/* a name before an apposition ("a former chief of ..."), however
	   far from the verb, and not the body the apposition names */
	EXPECT("2012-03-27", "Viktor Yesin, a former chief of the Strategic "
	    "Missile Forces, warned that Russia could respond.",
	    "warning 2012-03-27 viktor-yesin");
	/* a title before a noun of its own is an adjective: "received an
	   official request" is no meeting, "an official delegation" is */
	EXPECT("2010-04-29", "Aliyev received an official request from "
	    "Iran.", "");
	EXPECT("2010-04-29", "Aliyev received an official delegation from "
	    "Iran.", "summit 2010-04-29 aliyev");
	/* "the Russian envoy": Russia's last person named; "a Russian
	   envoy": Russia */
	EXPECT("2011-07-05", "Rogozin said talks went well. The Russian envoy "
	    "said the sides would go on. A Russian envoy said so too.",
	    "statement 2011-07-05 rogozin; statement 2011-07-05 rogozin; "
	    "statement 2011-07-05 russia");
	/* "the ministry": the body of that kind named in the sentence
	   before, not its spokesman */
	EXPECT("2011-11-24", "Russian Foreign Ministry spokesman Alexander "
	    "Lukashevich said Moscow was disappointed. The ministry said in "
	    "a statement that the decision was regrettable.",
	    "statement 2011-11-24 alexander-lukashevich; statement "
	    "2011-11-24 russia-mfa");
	/* "the diplomat": the source named again, the last speaker */
	EXPECT("2011-10-06", "An Azerbaijani diplomat told Trend the talks "
	    "ended. Baku wants a new price, the diplomat said.", "statement "
	    "2011-10-06 azerbaijan; statement 2011-10-06 azerbaijan");
	/* but not one a verb of saying reports: "the government" there is
	   the speaker's */
	EXPECT("2011-11-24", "Sikorski said on Thursday that the plan was "
	    "unacceptable.\n\nMerkel's spokesman said the government "
	    "regretted the announcement.", "statement 2011-11-24 sikorski; "
	    "statement 2011-11-24 merkel");
	/* words told with a date of their own, by someone named, in the
	   clause that no one named reports, are the act; reported by
	   someone named, that one's */
	EXPECT("2012-03-05", "Six world powers told Iran on Monday it must "
	    "respond soon, Western diplomats said.", "statement 2012-03-05 "
	    "p5-plus-1");
	EXPECT("2012-03-05", "Six world powers told Iran on Monday it must "
	    "respond soon, Lavrov said.", "statement 2012-03-05 lavrov");
	/* "an idea Rasmussen first floated in September": his offer of
	   then, reported */
	EXPECT("2010-10-19", "Angela Merkel said Europe and Russia could "
	    "cooperate on missile defence, an idea Anders Fogh Rasmussen "
	    "first floated in September.", "offer 2010-09 rasmussen; "
	    "statement 2010-10-19 merkel");
	/* "ordered the military to ...": an object, no source named
	   again; "and threatened" far after its subject is his too */
	EXPECT("2011-11-24", "Lavrov said on Wednesday that talks were over."
	    "\n\nIn the address, Medvedev ordered the military to put a new "
	    "early-warning radar in Kaliningrad on combat alert and threatened "
	    "to deploy Iskander missiles in the region.", "statement "
	    "2011-11-23 lavrov; warning 2011-11-23 medvedev");
	/* "..., but diplomats said": no one named; "the Russian mission to
	   NATO said": Russia's */
	EXPECT("2011-06-08", "The ministers will meet Lavrov in Brussels on "
	    "Thursday, but diplomats said the document was not agreed.",
	    "summit 2011-06-09 lavrov");
	EXPECT("2011-11-24", "Rogozin will fly home on Friday, the Russian "
	    "mission to NATO said.", "statement 2011-11-24 russia");
	/* a tweet is said on its day */
	EXPECT("2011-11-24", "\"Our partners have a few months left,\" "
	    "Rogozin tweeted late on Wednesday.", "statement 2011-11-23 "
	    "rogozin");
	/* the date heading an item of a list dates its acts */
	EXPECT_AT("2012-05-18", "* Nov. 20, 2010 - At a summit in Lisbon, "
	    "NATO invites Russia to cooperate.\n\n* May 3, 2012 - Chief of "
	    "the General Staff Nikolai Makarov says Russia could strike the "
	    "sites.", "offer 2010-11-20 nato; summit 2010-11-20 nato @ Lisbon; "
	    "warning 2012-05-03 makarov");
	/* "said in a telephone interview that Warsaw hoped": his side in
	   his words, no second statement */
	EXPECT("2011-10-21", "Polish Foreign Minister Radoslaw Sikorski said "
	    "in a telephone interview that Warsaw hoped for a decision.",
	    "statement 2011-10-21 sikorski");
	/* a note handed to whom; the lead is the first paragraph with an
	   act, and a later act's day dates no one else's words */
	EXPECT("2012-12-12", "In 2007, Vladimir Putin offered the United "
	    "States joint use of the station.\n\nOn Monday, the Russian "
	    "Embassy in Baku handed the Azerbaijani Foreign Ministry a note."
	    "\n\nAzerbaijani officials said they regretted the decision.",
	    "offer 2007 putin; statement 2012-12-10 russia; statement "
	    "2012-12-12 azerbaijan");
	/* "Rogozin, who is due to leave his post ..., added": the person
	   before the relative clause; "had offered nothing new": none */
	EXPECT("2011-12-09", "Rogozin, who is due to leave his post next "
	    "month to become deputy prime minister, added that Moscow would "
	    "respond to any deployment.\n\nLavrov said the alliance had "
	    "offered nothing new.", "warning 2011-12-09 rogozin; statement "
	    "2011-12-09 lavrov");
	/* "the proposals put forward in Almaty": a noun's participle,
	   another's offer */
	EXPECT("2013-02-27", "Iran's chief negotiator Saeed Jalili said the "
	    "proposals put forward in Almaty were a turning point.",
	    "statement 2013-02-27 jalili");
	/* "Ryabkov said the United States has promised to answer": the
	   other side's promise, no offer of his */
	EXPECT("2012-02-01", "The United States has promised to answer "
	    "Russia's questions, Deputy Foreign Minister Sergei Ryabkov said "
	    "on Wednesday.", "statement 2012-02-01 ryabkov");
	/* "In a speech to parliament last week, the Russian leader
	   warned": the warning, his, of last week */
	EXPECT("2012-12-20", "Putin said Thursday there had been no "
	    "progress.\n\nIn a speech to parliament last week, the Russian "
	    "leader warned that Russia would strengthen its deterrent.",
	    "statement 2012-12-20 putin; warning 2012-W50 putin");
	/* "said on March 16 that Moscow welcomed": his side's words in
	   his, after their date */
	EXPECT("2013-03-18", "Russian Deputy Foreign Minister Sergei Ryabkov "
	    "said on March 16 that Moscow welcomed the move.", "statement "
	    "2013-03-16 ryabkov");
	/* "suggested in October creating a centre, an idea Moscow has
	   welcomed": her offer of October, Moscow's words no report of it;
	   "reserves the right to withdraw": a threat */
	EXPECT("2011-11-25", "Rose Gottemoeller suggested in October creating "
	    "a joint centre, an idea Moscow has welcomed.\n\nRussia reserves "
	    "the right to withdraw from the treaty, Lavrov said on Friday.",
	    "offer 2011-10 gottemoeller; statement 2011-11-25 russia; "
	    "warning 2011-11-25 lavrov");
	/* "had expressed \"deep concern\" over the pardon in a statement
	   on Friday": the date of the statement's phrase */
	EXPECT("2012-09-01", "Lavrov said so on Saturday.\n\nRasmussen had "
	    "expressed \"deep concern\" over the pardon in a statement on "
	    "Friday.", "statement 2012-09-01 lavrov; statement 2012-08-31 "
	    "rasmussen");
	/* "The guests said": whom the last meeting received */
	EXPECT("2012-04-23", "Ilham Aliyev received Sergei Lavrov on Monday."
	    "\n\nThe guest said the talks would go on.", "summit 2012-04-23 "
	    "aliyev; statement 2012-04-23 lavrov");
	/* "he" is the subject the last sentence opened with ("Hollande met
	   Obama ... he told reporters"), or its speaker ("Medvedev will
	   host it, Prikhodko said. He expressed hope") */
	EXPECT("2011-07-05", "Sergei Lavrov met Anders Fogh Rasmussen in "
	    "Sochi on Monday.\n\n\"We must be sure,\" he told reporters.",
	    "summit 2011-07-04 lavrov; statement 2011-07-04 lavrov");
	EXPECT("2011-06-14", "Medvedev will host the meeting, Sergei Prikhodko "
	    "said.\n\nHe expressed hope that the sides would agree.",
	    "statement 2011-06-14 sergei-prikhodko; statement 2011-06-14 "
	    "sergei-prikhodko");
	/* "..., the ministry said": the body named before, not the last
	   person ("ministry" is a title's word too) */
	EXPECT("2013-03-02", "Lavrov and Kerry discussed Syria in a telephone "
	    "conversation on Saturday, the Russian Foreign Ministry said.\n\n"
	    "The call was initiated by the American side, the ministry said.",
	    "statement 2013-03-02 russia-mfa; summit 2013-03-02 lavrov; "
	    "statement 2013-03-02 russia-mfa");
	/* "Minister Mammadyarov informed that ...": stated */
	EXPECT("2013-02-15", "Azerbaijani Foreign Minister Elmar Mammadyarov "
	    "informed that Azerbaijan remains committed to peace.", "statement "
	    "2013-02-15 mammadyarov");
	/* "Lavrov, who attended a meeting ... on Tuesday, warned": the
	   occasion's day */
	EXPECT("2012-12-06", "Sergei Lavrov, who attended a meeting of the "
	    "NATO-Russia Council in Brussels on Tuesday, warned that the "
	    "deployment could escalate the conflict.", "warning 2012-12-04 "
	    "lavrov; summit 2012-12-04 lavrov");
	/* one who opened a meeting on a day was there */
	EXPECT("2012-05-03", "Makarov said at an international conference in "
	    "Moscow on Thursday that talks had failed.\n\nSerdyukov, who "
	    "opened the two-day conference on Wednesday, said no compromise "
	    "was found.", "statement 2012-05-03 makarov; summit 2012-05-02 "
	    "makarov; statement 2012-05-02 serdyukov");
	/* an aside's date however far, "later that day" too */
	EXPECT("2012-12-05", "NATO foreign ministers met on Tuesday.\n\n"
	    "Russian Foreign Minister Sergei Lavrov, who attended a meeting of "
	    "the NATO-Russia Council in Brussels later that day, warned that "
	    "the move could escalate the conflict.", "summit 2012-12-04 "
	    "nato-foreign-ministers; warning 2012-12-04 lavrov; summit "
	    "2012-12-04 lavrov");
	/* talks held or taken part in: of the last day the aside tells */
	EXPECT("2014-07-15", "Kerry, who held two days of talks with Zarif on "
	    "Sunday and Monday, said gaps remained.\n\nLavrov, who also took "
	    "part in the talks on Sunday, said Iran had to show flexibility.",
	    "statement 2014-07-14 kerry; summit 2014-07-13 kerry; statement "
	    "2014-07-13 lavrov");
	/* an aside on the subject that has the speaker attend a meeting told
	   before: its day */
	EXPECT("2013-09-27", "Zarif met Kerry at the United Nations on "
	    "September 26.\n\nCatherine Ashton, who chaired the session, told "
	    "reporters it had been substantive.", "summit 2013-09-26 zarif; "
	    "statement 2013-09-26 ashton");
	/* the lead's words dated by the meeting they were told after give
	   the story its day; "countered" is CAMEO's (110) */
	EXPECT("2007-04-20", "Russia and NATO failed to agree at a meeting in "
	    "Brussels on Thursday.\n\n\"There is no threat,\" NATO spokesman "
	    "James Appathurai told reporters after the talks.\n\nRussian "
	    "envoy Konstantin Totsky countered that the system would change "
	    "the balance.", "summit 2007-04-19 russia; statement 2007-04-19 "
	    "appathurai; statement 2007-04-19 konstantin-totsky");
	/* words told "before the talks" gone by: of their first day */
	EXPECT("2012-07-12", "The two-day consultations in Geneva began on "
	    "Wednesday.\n\nRyabkov told reporters before the talks that "
	    "Moscow was not expecting a breakthrough.", "summit 2012-07-11 -; "
	    "statement 2012-07-11 ryabkov");
	/* the lead's speaker told later at an occasion of that day ("said
	   at a news conference after the session"): the lead's words are
	   of that day too */
	EXPECT("2011-12-09", "Russia and NATO failed to agree at a session "
	    "in Brussels on Thursday, Russian Foreign Minister Sergei Lavrov "
	    "said.\n\n\"We have not moved,\" Lavrov said at a news "
	    "conference after the session.", "statement 2011-12-08 lavrov; "
	    "summit 2011-12-08 russia; statement 2011-12-08 lavrov");
	/* a participle after a comma: the subject's, who opens the
	   sentence, not a possessor named since ("Obama's proposal"), nor
	   one named in the possessive */
	EXPECT("2013-06-20", "Russian President Vladimir Putin on Thursday gave "
	    "a cool response to US President Barack Obama's proposal, saying "
	    "the shield upset the balance.", "statement 2013-06-20 putin");
	/* a verb after "but" with no subject of its own: the person
	   opening the sentence, past its dateline; not one named later */
	EXPECT("2010-11-20", "LISBON, Nov 20, 2010 (AFP) - Russian President "
	    "Dmitry Medvedev agreed Saturday to look at cooperating with NATO "
	    "on a missile defence shield for Europe but warned that Moscow "
	    "must be treated as an equal partner.", "warning 2010-11-20 "
	    "medvedev");
	EXPECT("1999-05-07", "Investigators would not divulge the evidence "
	    "against Kopp but said last month's discovery near the Slepian "
	    "home was a break.", "");
	/* "the ministry" after a ministry that spoke: that one, not the
	   side of a deputy minister named since */
	EXPECT("2013-11-25", "Iranian Deputy Foreign Minister Ebrahim "
	    "Rahimpour will visit Baku on Nov. 27, the Iranian Foreign "
	    "Ministry said on Monday.\n\nRahimpour will meet with Azerbaijani "
	    "Deputy Foreign Minister Khalaf Khalafov, the ministry said.",
	    "statement 2013-11-25 iran-mfa; summit 2013-11-27 iran; statement "
	    "2013-11-25 iran-mfa");
	/* a date opening the sentence, told more finely by an occasion's
	   phrase after its comma: the finer */
	EXPECT("2012-12-11", "In January 2002, Putin met Aliyev in Baku.\n\n"
	    "Five years later, at the G8 summit in Heiligendamm in June 2007, "
	    "Putin surprised Bush by offering to share the station.",
	    "summit 2002-01 putin; offer 2007-06 putin; summit 2007-06 g8");
	EXPECT("2012-12-11", "In January 2002, Putin met Aliyev in Baku.\n\n"
	    "Five years later, Putin offered to share the station.",
	    "summit 2002-01 putin; offer 2007 putin");
	/* ... and of the day of the clause before the comma */
	EXPECT("2011-12-15", "Iran's foreign minister Ali Akbar Salehi sought "
	    "to play down the row on Tuesday, saying the remarks did not "
	    "reflect policy.", "statement 2011-12-13 ali-akbar-salehi");
	EXPECT("2011-12-15", "Medvedev on Tuesday ordered the radar to be "
	    "switched on, calling it a first step.",
	    "statement 2011-12-13 medvedev");
	/* (not the possessor after it: the setting's country) */
	EXPECT("2009-09-17", "In Poland, officials declined to confirm "
	    "Fischer's remarks, saying they were waiting for an announcement.",
	    "statement 2009-09-17 poland");
	/* an occasion's phrase between the subject and its verb: the
	   verb's day, and the subject before it, not the one met */
	EXPECT("2012-02-26", "Foreign Minister Ali Akbar Salehi, in a "
	    "telephone conversation with Yukiya Amano on Saturday, proposed "
	    "new talks.", "offer 2012-02-25 ali-akbar-salehi; summit 2012-02-25 "
	    "ali-akbar-salehi");
	/* past a relative clause on the subject, which names places: the
	   body only named before, whose word the subject is (the clause's
	   week, gone by before the words, is not theirs) */
	EXPECT("2010-06-08", "They will meet under the auspices of the OSCE "
	    "Minsk Group co-chairs.\n\nThe co-chairs, who visited Baku last "
	    "week, urged the sides to agree.", "statement 2010-06-08 "
	    "osce-minsk-group; summit 2010-W22 osce-minsk-group");
	/* "criticized the decision by Romania on Tuesday": the decision's
	 * Tuesday, of its agent ("was criticized by Romania on Tuesday" is
	 * the verb's) */
	EXPECT("2011-09-08", "Rogozin said on Thursday that talks would go "
	    "on.\n\nRogozin also criticized the decision by Romania on "
	    "Tuesday to host elements of the system.", "statement 2011-09-08 "
	    "rogozin; statement 2011-09-08 rogozin");
	/* "criticized the European Union's decision on Monday": the
	   decision's Monday, not the words' */
	EXPECT("2012-10-19", "Sergei Ryabkov said on Friday that talks would "
	    "go on.\n\nRyabkov also criticized the European Union's decision "
	    "on Monday to tighten sanctions.", "statement 2012-10-19 ryabkov; "
	    "statement 2012-10-19 ryabkov");
	/* "said such threats belonged to the past": threats the clause
	   is about, no threat of his */
	EXPECT("2012-03-29", "Rasmussen said on Thursday that such threats "
	    "belonged to the past.\n\nRasmussen said such threats belonged "
	    "to the past.", "statement 2012-03-29 rasmussen; statement "
	    "2012-03-29 rasmussen");
	/* "There will be a response": a response announced */
	EXPECT("2011-11-30", "\"There will be a response,\" Anatoly "
	    "Serdyukov told reporters on Wednesday.", "warning 2011-11-30 "
	    "serdyukov");
	/* an interview given is a speech act; the interviewer's lines
	   are no one's, the answer's are the words of the one interviewed */
	EXPECT("2013-03-01", "Sergei Lavrov gave an interview to the agency "
	    "on Friday.\n\nQuestion: Will Russia and NATO agree before the "
	    "summer?\n\nAnswer: We hope so.", "statement 2013-03-01 lavrov; "
	    "statement 2013-03-01 lavrov");
	/* ... but a line of the interviewer that ends in a full stop tells,
	   and another's words it reports are an act as any sentence's (the
	   spokesman's line is his, a name under an honorific) */
	EXPECT("2012-05-03", "MR. TONER: Good afternoon.\n\nQUESTION: "
	    "Makarov said today that Russia could strike the sites "
	    "preemptively. Your reaction?", "statement 2012-05-03 toner; "
	    "warning 2012-05-03 makarov");
	/* "..., diplomats said" after a clause with no verb of saying: a
	   speaker the text does not name, not the clause's person */
	EXPECT("2012-02-08", "Talks between Sergei Lavrov and NATO officials "
	    "in Brussels on Tuesday ended without progress, diplomats said.",
	    "summit 2012-02-07 lavrov");
	/* a woman the data does not know, by her title (grammar list
	   female_titles): "she" after the man she speaks of */
	EXPECT("2011-05-10", "Medvedev's spokeswoman, Natalya Timakova, said "
	    "the Russian leader had stressed that Moscow needed guarantees."
	    "\n\n\"Without such guarantees, it will be difficult to move "
	    "forward,\" she told RIA Novosti.", "statement 2011-05-10 "
	    "natalya-timakova; statement 2011-05-10 medvedev; statement "
	    "2011-05-10 natalya-timakova");
	/* "Washington rejected the proposal on Tuesday, U.S. officials
	   said": the side's act the words report dates them, and it alone:
	   the undated words after them are of the story's day */
	EXPECT("2012-04-25", "Washington rejected the Russian proposal on "
	    "Tuesday, U.S. officials said.\n\nRussia has been invited to "
	    "observe a test, State Department spokesman Mark Toner said.",
	    "statement 2012-04-24 united-states; statement 2012-04-25 "
	    "mark-toner");
	/* "the statement of X made on June 12": X's words of that day (a
	   side's, for a title of no one the data knows), in an
	   interviewer's question too */
	EXPECT("2012-06-14", "MFA spokesman answers\n\nQuestion: How would "
	    "you comment on the statement of the Azerbaijani Defense "
	    "Minister made on June 12?\n\nLavrov criticised the statement of "
	    "Russian President Dmitry Medvedev made on Tuesday.",
	    "statement 2012-06-12 azerbaijan; statement 2012-06-12 medvedev; "
	    "statement 2012-06-14 lavrov");
	/* (and "by" him, his title and his name: "the statement by US
	 * Secretary of Defense Chuck Hagel on 15 March") */
	EXPECT("2013-03-16", "Moscow welcomed the statement by US Secretary "
	    "of Defense Chuck Hagel on 15 March about the decision.",
	    "statement 2013-03-15 hagel; statement 2013-03-16 russia");
	/* a column signed by one the data knows: its first person is its
	   author */
	EXPECT("2011-06-15", "We can cooperate\n\nBy Dmitry Rogozin\n\nAt "
	    "the meeting of the "
	    "NATO-Russia Council in Sochi on July 4, I will again put forward "
	    "our proposal for a joint system.", "offer 2011-07-04 rogozin; "
	    "summit 2011-07-04 nato-russia-council");
	/* "She said" after a woman and a man: the woman (actors.yaml
	   gender); "He said" after them: the man */
	EXPECT("2011-02-05", "Hillary Clinton met Sergei Lavrov on Saturday. "
	    "Lavrov said Russia was ready. She said talks would begin soon.",
	    "summit 2011-02-05 clinton; statement 2011-02-05 lavrov; "
	    "statement 2011-02-05 clinton");
	EXPECT("2011-02-05", "Sergei Lavrov met Hillary Clinton on Saturday. "
	    "Clinton said the treaty was good. He said talks would begin.",
	    "summit 2011-02-05 lavrov; statement 2011-02-05 clinton; "
	    "statement 2011-02-05 lavrov");
	/* "with X saying": a speaker of its own; "thanked him, saying":
	   the act of the verb before */
	EXPECT("2011-07-04", "Moscow responded angrily on Monday, with a "
	    "Russian Foreign Ministry spokesman saying Russia would take the "
	    "deal into account.", "statement 2011-07-04 russia-mfa");
	/* (of the day of the clause before, its occasion: a meeting's) */
	EXPECT("2011-06-10", "Defense ministers of NATO and Russia failed to "
	    "agree in Brussels on Wednesday, with Defense Minister Anatoly "
	    "Serdyukov saying the alliance had ignored Moscow's proposals.",
	    "statement 2011-06-08 serdyukov; summit 2011-06-08 nato");
	EXPECT("2007-02-11", "Karel Schwarzenberg thanked the Russian "
	    "president on Sunday, saying his remarks helped NATO.",
	    "statement 2007-02-11 karel-schwarzenberg");
	/* "the Iranian Embassy": an embassy of a side is the side; the
	   city visited is the place, its country a participant */
	EXPECT_AT("2013-04-10", "The minister will visit Baku on April 16, "
	    "the Iranian Embassy in Baku told Trend today.", "statement "
	    "2013-04-10 iran; summit 2013-04-16 iran @ Baku");
	/* a title alone after the clause it reports: the last person */
	EXPECT("2011-12-12", "Serdyukov said on Monday that talks would go "
	    "on. Moscow will have to take military-technical measures, the "
	    "minister told journalists.", "statement 2011-12-12 serdyukov; "
	    "warning 2011-12-12 serdyukov");
	/* what the words are "ahead of" is to come, and no occasion of
	   the words said the day before */
	EXPECT("2011-06-08", "Rogozin said on Wednesday he saw no "
	    "breakthrough ahead of a meeting of NATO and Russian defence "
	    "ministers on Thursday. \"Our partners are not ready,\" Rogozin "
	    "told reporters.", "statement 2011-06-08 rogozin; summit "
	    "2011-06-09 rogozin; statement 2011-06-08 rogozin");
	/* "According to him": the last person; "told reporters that Obama
	   ...": not the one the words are of */
	EXPECT("2012-02-09", "Azerbaijani Deputy Foreign Minister Araz Azimov "
	    "told journalists on Thursday that talks would go on. According "
	    "to him, Baku has proposed a new rent.", "statement 2012-02-09 "
	    "azimov; offer 2012-02-09 azimov");
	EXPECT("2009-09-17", "Fischer told reporters that Obama phoned him.",
	    "summit 2009-09-17 obama");
	/* "the powers": a body whose alias has the word */
	EXPECT("2013-02-27", "Ashton spoke for the six world powers. The "
	    "powers offered to ease some sanctions.", "offer 2013-02-27 "
	    "p5-plus-1");
	/* a title alone is the last person named */
	EXPECT("2012-03-20", "Rasmussen said on Tuesday that talks went well. "
	    "\"We will go on,\" the Secretary General said.",
	    "statement 2012-03-20 rasmussen; statement 2012-03-20 rasmussen");
	/* a title alone in a text a country issues is its holder for it
	   ("the President" is no Vice President); in an agency's, no one */
	EXPECT("2010-11-20", "---\nsource: The White House\n---\nThe "
	    "President welcomes the agreement.", "statement 2010-11-20 obama");
	EXPECT("2010-11-20", "---\nsource: Reuters\n---\nThe President "
	    "welcomes the agreement.", "");
	/* "we" in a text a body issues is that body */
	EXPECT("2012-05-20", "---\nsource: NATO\n---\nWe remain committed "
	    "to cooperation with Russia, and we invite Russia to continue the "
	    "dialogue.", "offer 2012-05-20 nato");
	/* an outlet's name keeps its capitals: "Russia today said" is
	   Russia's words of the day, not Russia Today's */
	EXPECT("2011-12-08", "Russia today said the window was closing.",
	    "statement 2011-12-08 russia");
	/* "welcome" in the plural before its object; not the noun */
	EXPECT("2012-01-25", "The Co-Chairs of the OSCE Minsk Group welcome "
	    "the joint statement.", "statement 2012-01-25 osce-minsk-group");
	EXPECT("2010-08-16", "Gul was given an official welcome to "
	    "Azerbaijan.", "");
	/* a question the text asks tells no act; one quoted may */
	EXPECT("2012-05-18", "What has Russia proposed?", "");
	EXPECT("2012-05-18", "\"Why not?\" Lavrov said.",
	    "statement 2012-05-18 lavrov");
	/* past a participle's long aside to its subject; the talks it
	   names, after a news conference (no act), the words' occasion */
	EXPECT("2007-07-02", "Putin on Monday proposed a joint radar.\n\n"
	    "Putin, speaking at a joint news conference with President George "
	    "W. Bush after talks at the Bush family estate, said the facility "
	    "could be included.", "offer 2007-07-02 putin; statement "
	    "2007-07-02 putin; summit 2007-07-02 putin");
	/* "over the weekend" is the verb's date */
	EXPECT("2012-01-31", "Lavrov's deputy, Sergei Ryabkov, said over the "
	    "weekend that Moscow saw no progress.",
	    "statement 2012-W04-WE ryabkov");
	/* title words and places are not names */
	EXPECT("2013-06-05", "The Foreign Ministry said so.", "");
	/* "He stated that at ..." points back at the last statement */
	EXPECT("2008-02-15", "Putin said most Czechs oppose the plan. He "
	    "stated that at his press conference.",
	    "statement 2008-02-15 putin");
	/* but not "that" opening a quotation: words of their own */
	EXPECT("2011-03-15", "Rogozin told a news conference it was over. "
	    "Asked about new weapons, the envoy said that \"all options "
	    "remain on the table.\"", "statement 2011-03-15 rogozin; "
	    "statement 2011-03-15 rogozin");
	/* a noun's relative clause, its verb after an adverb or in the
	 * passive, reports nothing and ends what is background */
	EXPECT("2013-03-16", "The Pentagon is scrapping the plan, a step "
	    "Russia had long demanded, Chuck Hagel said Friday.",
	    "statement 2013-03-15 hagel");
	EXPECT("2013-03-16", "The Pentagon is scrapping the plan, a step "
	    "long demanded by Russia, Chuck Hagel said Friday.",
	    "statement 2013-03-15 hagel");
	/* background reported by a speaker after it is his act */
	EXPECT("2013-03-16", "Russia has long demanded that the plan be "
	    "scrapped, Chuck Hagel said Friday.", "statement 2013-03-15 hagel");
	EXPECT("2013-03-16", "NATO has repeatedly warned that Moscow would "
	    "respond.", "");
	/* criticism: CAMEO's (branded, lambasted) and the wires' (slammed,
	 * lashed out), dated past what was criticised */
	EXPECT("2012-05-03", "Lavrov slammed the plan on Wednesday. Putin "
	    "branded the shield a threat on Monday. Rogozin lashed out at NATO "
	    "on Tuesday.", "statement 2012-05-02 lavrov; statement 2012-04-30 "
	    "putin; statement 2012-05-01 rogozin");
	/* another's act with a day told in the words (a name between its
	 * verb and its date): his act, not the day of the words */
	EXPECT("2011-11-24", "Rogozin said the countermeasures announced by "
	    "President Dmitry Medvedev on Wednesday would work.", "warning "
	    "2011-11-23 medvedev; statement 2011-11-24 rogozin");
	/* praise (CAMEO's 051), past what was praised */
	EXPECT("2009-09-21", "Prime Minister Vladimir Putin welcomed the "
	    "decision on Friday as \"correct and brave.\"", "statement "
	    "2009-09-18 putin");
	/* a threat (CAMEO 13) past what was threatened: "threatened a
	 * moratorium on the treaty on April 26" */
	EXPECT("2007-07-14", "Putin had threatened a moratorium on the treaty "
	    "in his annual address to parliament on April 26.", "warning "
	    "2007-04-26 putin");
	/* "announced the agreement on Wednesday": the words' day, past a
	 * thing made public; "at their first summit" after the act told
	 * there: the act's day */
	EXPECT("2011-10-06", "Spanish Prime Minister Jose Luis Rodriguez "
	    "Zapatero announced the agreement on Wednesday.", "statement "
	    "2011-10-05 jose-luis-rodriguez-zapatero");
	/* (and a bare noun, past a preposition and a period's part) */
	EXPECT("2012-06-01", "President George W. Bush announced plans in "
	    "early 2007 to place a radar in the Czech Republic.", "statement "
	    "2007 bush");
	/* (and an adjective in -ing after its adverb, before a day past
	 * the lead's: the rejection's day) */
	EXPECT("2011-09-15", "Rogozin told Interfax on Thursday that Moscow "
	    "would table proposals.\n\nRasmussen dismissed the idea of "
	    "legally binding guarantees on Tuesday, saying the alliance's word "
	    "was enough.", "statement 2011-09-15 rogozin; statement "
	    "2011-09-13 rasmussen");
	EXPECT("2009-07-07", "Obama and Medvedev agreed on Monday to cut their "
	    "arsenals, at their first Kremlin summit.", "summit 2009-07-06 "
	    "obama");
	/* "addressed the assembly": a speech; "addressed the issue": none */
	EXPECT("2010-09-24", "Iranian President Mahmoud Ahmadinejad addressed "
	    "the General Assembly on Thursday evening. Lavrov addressed the "
	    "issue on Thursday.", "statement 2010-09-23 ahmadinejad");
	/* a role's side is the speaker's: "NATO appreciated" in what NATO's
	 * deputy secretary general notes is no act of NATO's */
	EXPECT("2013-12-11", "Vershbow noted on Tuesday that NATO appreciated "
	    "Azerbaijan's contribution.", "statement 2013-12-10 vershbow");
	/* an offer "proposed by X at the summit in Lisbon on Saturday": the
	 * meeting's day */
	EXPECT("2010-11-23", "Rogozin said the approach, first proposed by "
	    "President Dmitry Medvedev at the NATO-Russia summit in Lisbon on "
	    "Saturday, would work.", "offer 2010-11-20 medvedev; statement "
	    "2010-11-23 rogozin; summit 2010-11-20 rogozin");
	EXPECT("2011-10-14", "Rogozin said the plan, first floated by "
	    "President Dmitry Medvedev at the NATO-Russia summit in Lisbon "
	    "last year, would work.", "offer 2010 medvedev; statement "
	    "2011-10-14 rogozin; summit 2010 rogozin");
	/* "he" after "and said" is the sentence's subject: his own words */
	EXPECT("2009-09-18", "Putin on Friday praised Obama's decision and "
	    "said he hoped Washington would take further steps.",
	    "statement 2009-09-18 putin");
	/* another's act joined to a dated one takes its day */
	EXPECT("2010-11-19", "Rasmussen said on Friday that it was "
	    "historic.\n\nSarkozy said on Thursday that Europe needed "
	    "protection, while Merkel urged allies to act.",
	    "statement 2010-11-19 rasmussen; statement 2010-11-18 sarkozy; "
	    "statement 2010-11-18 merkel");
	/* but not one in a clause of "after": it came before, of no day
	   told, and so did the meeting that was its occasion */
	EXPECT("2012-05-22", "China on Tuesday called on the countries "
	    "concerned to take a cautious approach, after NATO declared an "
	    "interim capability of its missile shield at its Chicago summit.",
	    "statement 2012-05-22 china; statement null nato; summit null "
	    "nato");
	/* the meeting its people's words are told in, with a day, after:
	   that day's */
	EXPECT("2012-05-22", "China on Tuesday called on the countries "
	    "concerned to take a cautious approach, after NATO declared an "
	    "interim capability of its missile shield at its Chicago summit."
	    "\n\nNATO leaders announced on Sunday in Chicago that the first "
	    "phase had reached interim capability.", "statement 2012-05-22 "
	    "china; statement null nato; summit 2012-05-20 nato; statement "
	    "2012-05-20 nato");
	/* "on the eve of the summit": the day before the one told */
	EXPECT("2010-11-19", "NATO leaders gather in Lisbon on Friday for a "
	    "summit. Rasmussen told reporters on the eve of the summit that "
	    "it was historic.", "summit 2010-11-19 nato; statement "
	    "2010-11-18 rasmussen");
	/* "X's comments came a day after Y announced": the day before X's;
	   "X spoke a day after Y announced" too */
	EXPECT("2009-09-18", "Putin on Friday praised the decision. Putin's "
	    "comments came a day after Obama announced the shift.",
	    "statement 2009-09-18 putin; statement 2009-09-17 obama");
	EXPECT("2009-09-18", "Tusk said on September 18 that the plan was "
	    "good.\n\nTusk spoke a day after Obama announced the shift.",
	    "statement 2009-09-18 tusk; statement 2009-09-17 obama");
	/* "..., officials said Sunday": no one named, but the news's day,
	 * which the words after it with none take */
	EXPECT("2014-01-13", "Iran and six world powers will implement the "
	    "deal, officials said Sunday.\n\nEU spokesman Michael Mann said "
	    "experts had finalized the details.", "statement 2014-01-12 "
	    "michael-mann");
	/* a name of two words found again by its first, a family name */
	EXPECT("2013-05-28", "Foreign Ministry spokesperson Hong Lei told a "
	    "press briefing on Tuesday that talks would go on. Hong said the "
	    "two sides shared concerns.", "statement 2013-05-28 hong-lei; "
	    "statement 2013-05-28 hong-lei");
	/* a promise under a condition of a thing not done threatens;
	 * "outlined" (CAMEO's 010) tells words */
	EXPECT("2011-11-23", "Medvedev on Wednesday outlined steps Russia "
	    "would take if it fails to reach a deal.",
	    "statement 2011-11-23 medvedev");
	EXPECT("2012-02-20", "Lavrov said Russia would draw its own "
	    "conclusions if no guarantees were given.",
	    "warning 2012-02-20 lavrov");
	/* a participle of saying with no act before it is an act of its
	 * own; "presidential hopeful" titles a name */
	EXPECT("2012-03-26", "Republican presidential hopeful Mitt Romney "
	    "seized on the exchange, calling Russia our number one foe.",
	    "statement 2012-03-26 mitt-romney");
	EXPECT("2012-03-26", "Medvedev thanked Obama, saying the talks went "
	    "well.", "statement 2012-03-26 medvedev");
	/* "the Defence Ministry" after a deputy defence minister's words:
	 * his side's ministry, not him named again */
	EXPECT("2011-12-02", "Russia will deploy new radars, Deputy Defence "
	    "Minister Anatoly Antonov said on Friday. The radar was put on "
	    "combat duty on Tuesday, the Defence Ministry said in a "
	    "statement.", "warning 2011-12-02 antonov; statement 2011-12-02 "
	    "russia-mod");
	/* another's offer in a clause of circumstance is no type of the
	 * words */
	EXPECT("2011-06-15", "Defence Minister Alexandr Vondra told Czech "
	    "Television that Prague felt sidelined after Washington offered "
	    "it a minor role.", "statement 2011-06-15 alexandr-vondra");
	/* nor is one recalled as a manner */
	EXPECT("2009-09-18", "Defence Minister Bogdan Klich said Poland "
	    "expected Patriot missiles to be deployed by 2012 as promised.",
	    "statement 2009-09-18 bogdan-klich; deadline 2012 bogdan-klich");
	/* the date past "here", the dateline's place */
	EXPECT("2010-12-02", "Russia is ready to cooperate with NATO, Lavrov "
	    "said here on Wednesday.", "offer 2010-12-01 lavrov");
	/* the journey the words were told on */
	EXPECT("2012-05-23", "Amano told reporters upon his return to Vienna "
	    "on Monday night that a deal would be signed.", "statement "
	    "2012-05-21 amano");
	/* past the occasion: a meeting verb after "after", "the sidelines
	 * of" (no distance), the commas around a place's country */
	EXPECT("2011-05-27", "The talks went well, Lavrov said on the "
	    "sidelines of the G8 summit in Deauville on Thursday.", "statement "
	    "2011-05-26 lavrov; summit 2011-05-26 lavrov");
	EXPECT("2011-05-27", "The talks went well, Lavrov said after the two "
	    "leaders met on the sidelines of the G8 summit in Deauville on "
	    "Thursday.", "statement 2011-05-26 lavrov; summit 2011-05-26 "
	    "lavrov");
	EXPECT("2011-05-27", "The talks went well, Lavrov said after the two "
	    "leaders met in Deauville, France, on Thursday.", "statement "
	    "2011-05-26 lavrov; summit 2011-05-26 lavrov");
	/* words told to a meeting named again: its day */
	EXPECT("2012-05-05", "Makarov spoke at a conference in Moscow on "
	    "Thursday.\n\nUS envoy Ellen Tauscher told the conference that the "
	    "system was not aimed at Russia.", "summit 2012-05-03 makarov; "
	    "statement 2012-05-03 tauscher");
	/* the person a title after the comma names, not the body it is of */
	EXPECT("2011-05-27", "The talks went well, the Kremlin aide Sergei "
	    "Prikhodko said.", "statement 2011-05-27 sergei-prikhodko");
	/* "a senior Russian diplomat said": the speaker's phrase, no
	   object of a relative clause ("an idea Moscow has welcomed");
	   the lead, whose day the undated words after it take */
	EXPECT("2011-11-02", "Moscow will wait until the end of the year for "
	    "Washington to accept its proposals, a senior Russian diplomat "
	    "said on Tuesday.\n\n\"We will draw our own conclusions,\" "
	    "Deputy Foreign Minister Sergei Ryabkov told the Interfax news "
	    "agency.", "statement 2011-11-01 russia; deadline 2011-12-31 "
	    "russia; warning 2011-11-01 ryabkov");
	/* a participle of saying right after its noun in the words
	   reported: the act they name, none of its own */
	EXPECT("2013-03-19", "Sikorski said on Tuesday that the changes to "
	    "the U.S. plan announced in Washington last Friday would not "
	    "affect the base.", "statement 2013-03-19 sikorski");
	/* the start of a stretch in an opening phrase dates nothing */
	EXPECT("2011-05-18", "Speaking at his first news conference since "
	    "taking office in 2008, Medvedev said the talks were hard.",
	    "statement 2011-05-18 medvedev");
	/* an act a lapse leads to, its object a threat: a warning; its
	   occasion's phrase no words of their own */
	EXPECT("2011-11-24", "The report came a day after Medvedev announced "
	    "a package of countermeasures in a televised address.", "warning "
	    "2011-11-23 medvedev");
	/* a capitalised word of no name before an actor's words after a
	   dateline: "(AFP) - When NATO leaders" names NATO */
	EXPECT("2011-12-10", "PARIS (AFP) - When NATO leaders invited Russia "
	    "to join the shield in Lisbon, both sides spoke of a new era.",
	    "offer 2011-12-10 nato");
	/* the time the story tells, the clause of "when" after it */
	EXPECT("2011-12-10", "The first signs of trouble came in February, "
	    "when Rogozin said Moscow would not accept the system.", "statement "
	    "2011-02 rogozin");
	/* a short quoted fragment in the object, the date after it */
	EXPECT("2011-12-10", "On November 23, Medvedev announced that Russia "
	    "would deploy Iskander missiles.\n\nRasmussen called the "
	    "announcement \"very disappointing\" the next day.", "warning "
	    "2011-11-23 medvedev; statement 2011-11-24 rasmussen");
	/* an interview's answers on the eve of a meeting its phrase dates:
	   the eve, the lead's day its lines take; the meeting no occasion
	   of its people's words */
	EXPECT_AT("2012-04-20", "Sergei Lavrov answered questions from "
	    "Kommersant on the eve of the NATO-Russia Council meeting in "
	    "Brussels on April 19.\n\nKommersant: And if there is no "
	    "agreement?\n\nSergei Lavrov: Then we will have to take measures "
	    "to protect our security.", "statement 2012-04-18 lavrov; summit "
	    "2012-04-19 lavrov @ Brussels; warning 2012-04-18 lavrov");
	/* "quoted a Foreign Ministry source as saying": that body's, of
	   the last speaker's side */
	EXPECT("2012-03-20", "Lavrov said on Monday that talks would go on."
	    "\n\nKommersant quoted a Foreign Ministry source as saying that "
	    "the text was ready.", "statement 2012-03-19 lavrov; statement "
	    "2012-03-19 russia-mfa");
	/* "sent NATO a new draft agreement": the draft's modifiers in the
	   gap */
	EXPECT("2012-03-20", "Moscow sent NATO a new draft agreement last "
	    "week.", "offer 2012-W11 russia");
	/* "presented a computer model showing that ...": a finding told */
	EXPECT("2012-05-03", "The Russian Defence Ministry on Thursday "
	    "presented a computer model showing that the shield could "
	    "intercept Russian missiles.", "statement 2012-05-03 russia-mod");
	/* "questioned the need": a doubt told (PETRARCH's ASK: QUESTION) */
	EXPECT("2010-05-26", "Russia's foreign ministry on Tuesday questioned "
	    "the need for the deployment.", "statement 2010-05-25 russia-mfa");
	/* a spokesman named with no body right after a body's words is its
	   voice: its day in the paragraph, not the lead's */
	EXPECT("2010-05-26", "A Patriot battery arrived in Poland on "
	    "Wednesday, Polish officials said.\n\nRussia's foreign ministry "
	    "on Tuesday questioned the need for the deployment. \"We do not "
	    "understand why it is necessary,\" spokesman Andrei Nesterenko "
	    "said.", "statement 2010-05-26 poland; statement 2010-05-25 "
	    "russia-mfa; statement 2010-05-25 andrei-nesterenko");
	/* the world's countries (data/countries.yaml, from the Phoenix
	   dictionary); an ambassador speaks for his side, not where he is
	   posted */
	EXPECT("2010-06-09", "The representative of Brazil said her country "
	    "had voted against.\n\nThe Iraqi ambassador to Venezuela said on "
	    "Tuesday that the vote was unfair.", "statement 2010-06-09 brazil; "
	    "statement 2010-06-08 iraq");
	/* "answered the question of Armenpress": words told */
	EXPECT("2012-06-14", "Spokesman of the Armenian Foreign Ministry "
	    "Tigran Balayan answered the question of Armenpress.",
	    "statement 2012-06-14 tigran-balayan");
	/* the dateline's day past its agency; another's act a lapse
	   places gives the words no type */
	EXPECT("2012-05-24", "MOSCOW, May 23 (Reuters) - Russia test-fired a "
	    "new missile, the Defence Ministry said, a day after the country's "
	    "new defence minister warned NATO against pressing ahead.",
	    "statement 2012-05-23 russia-mod");
	/* media a clause is "according to": no one's words */
	EXPECT("2012-12-11", "Azerbaijan asked for $300 million a year, "
	    "according to Russian media.", "");
	/* (words of the object after the fragment, before the date) */
	EXPECT("2010-05-21", "Bogdan Klich called the deployment \"a symbol "
	    "of the strategic partnership\" with the United States on "
	    "Wednesday.", "statement 2010-05-19 bogdan-klich");
	/* a treaty suspended by decree: a warning */
	EXPECT("2007-12-12", "President Vladimir Putin signed a decree on the "
	    "suspension in July.", "warning 2007-07 putin");
	/* a build-up of arms told as what must be: a warning */
	EXPECT("2011-05-18", "\"If we do not agree, we will have to develop "
	    "our offensive potential,\" Medvedev said.", "warning 2011-05-18 "
	    "medvedev");
	/* an aside that has the speaker take part in a meeting, its verb
	   further back than the meeting's words: their occasion */
	EXPECT("2011-06-10", "NATO defence ministers met in Brussels on "
	    "Wednesday.\n\nSerdyukov, who joined his NATO counterparts for a "
	    "session of the NATO-Russia Council on Thursday, said Moscow "
	    "wanted a joint system.", "summit 2011-06-08 "
	    "nato-defence-ministers; statement 2011-06-09 serdyukov; summit "
	    "2011-06-09 serdyukov");
}

static void
test_types(void **state)
{
	(void)state;
	EXPECT("2011-07-01", "Russia will beef up its forces, Rogozin said.",
	    "warning 2011-07-01 rogozin");
	/* a title alone, past an adverb, is a person's, no thing's threat */
	EXPECT("2012-02-15", "Deputy Foreign Minister Alexander Grushko "
	    "spoke on Wednesday.\n\nThe deputy minister also warned that "
	    "Russia would take adequate measures.", "warning 2012-02-15 "
	    "grushko");
	/* a threat denied before its modal is none; nor a state told */
	EXPECT("2010-06-03", "\"We are not going to place elements of "
	    "anybody's missile defence on our territory,\" Foreign Minister "
	    "Kostyantyn Gryshchenko stressed on Thursday.\n\nSikorski told "
	    "reporters on Thursday that Warsaw did not feel threatened.",
	    "statement 2010-06-03 kostyantyn-gryshchenko; statement "
	    "2010-06-03 sikorski");
	/* a person's threat named by a noun, past its modifier */
	EXPECT("2011-11-24", "Dmitry Medvedev's televised warning on "
	    "Wednesday evening that Russia could deploy Iskander missiles "
	    "was greeted with dismay.", "warning 2011-11-23 "
	    "medvedev");
	/* as the lead, the story's day: the undated words after it take it */
	EXPECT("2011-11-24", "Dmitry Medvedev's televised warning on Wednesday "
	    "evening that Russia could deploy missiles was greeted with "
	    "dismay.\n\nA statement was issued by the White House within "
	    "hours, saying the United States would not change its plans.",
	    "warning 2011-11-23 medvedev; statement 2011-11-23 "
	    "united-states");
	/* and so one the data does not know: the possessive marks a name */
	EXPECT("2011-11-24", "Karl Brenner's televised warning on Wednesday "
	    "that Ruritania could deploy missiles was greeted with dismay.",
	    "warning 2011-11-23 karl-brenner");
	/* a clitic is the word it stands for: "'ll" is "will" */
	EXPECT("2011-07-01", "\"We'll respond with Iskander missiles,\" "
	    "Rogozin said.", "warning 2011-07-01 rogozin");
	/* ties to be cut in answer (CAMEO 1313): a threat, not an offer */
	EXPECT("2008-08-19", "Rogozin said a day earlier that Moscow was "
	    "ready to freeze all cooperation with the alliance.",
	    "warning 2008-08-18 rogozin");
	/* consequences foretold (PETRARCH: WARN * CONSEQUENCES) */
	EXPECT("2013-09-14", "\"If Iran fails to comply, there will be "
	    "consequences,\" Kerry told reporters on Saturday.",
	    "warning 2013-09-14 kerry");
	/* a defensive system deployed is a plan told, no threat; missiles
	   deployed in answer are one */
	EXPECT("2012-02-08", "Panetta said the United States will deploy "
	    "interceptors in Poland.", "statement 2012-02-08 panetta");
	EXPECT("2012-02-08", "Panetta said the Aegis Ashore site would be "
	    "deployed in Romania.", "statement 2012-02-08 panetta");
	EXPECT("2011-11-23", "Medvedev said Russia would deploy Iskanders if "
	    "the shield is built.", "warning 2011-11-23 medvedev");
	/* "his country" is the speaker's own side, no thing */
	EXPECT("2011-11-23", "Medvedev said his country would deploy "
	    "Iskanders if the shield is built.", "warning 2011-11-23 medvedev");
	/* a threat a partial quotation splits: its mark is no word */
	EXPECT("2012-11-30", "Spokesman Alexander Lukashevich said that Moscow "
	    "would \"draw its own conclusions.\"", "warning 2012-11-30 "
	    "alexander-lukashevich");
	/* an answer in words, of the day an anaphor names */
	EXPECT("2012-11-30", "NATO spokeswoman Oana Lungescu said on Thursday "
	    "that no guarantees would be given.\n\nSpokesman Alexander "
	    "Lukashevich responded the same evening that Moscow was "
	    "disappointed.", "statement 2012-11-29 lungescu; statement "
	    "2012-11-29 alexander-lukashevich");
	/* steps to counter another's: a countermeasure */
	EXPECT("2016-05-12", "Russia will take steps to counter the site, "
	    "Lavrov said.", "warning 2016-05-12 lavrov");
	EXPECT("2016-05-12", "Russia will take steps to improve relations, "
	    "Lavrov said.", "statement 2016-05-12 lavrov");
	/* countermeasures carried on */
	EXPECT("2011-12-08", "NATO and Russia failed to agree on Thursday, "
	    "with Moscow saying it would press ahead with countermeasures.",
	    "warning 2011-12-08 russia");
	/* countermeasures announced, in an infinitive of purpose too */
	EXPECT("2011-12-30", "On Nov. 23, President Medvedev went on "
	    "television to announce a package of countermeasures.",
	    "warning 2011-11-23 medvedev");
	/* measures announced (PETRARCH: ANNOUNCE * MEASURES) */
	EXPECT("2011-11-25", "Medvedev on Wednesday announced response "
	    "measures against the shield.", "warning 2011-11-23 medvedev");
	/* a force put on alert in answer is a countermeasure: a warning,
	   with no verb of its own */
	EXPECT("2011-11-23", "Medvedev instructed the Defense Ministry to put "
	    "an early warning radar station in Kaliningrad on combat alert.",
	    "warning 2011-11-23 medvedev");
	/* someone else's threat is a complaint, not a warning */
	EXPECT("2008-02-15", "Putin said the American system threatens "
	    "Russian interests.", "statement 2008-02-15 putin");
	/* a promise under a condition is an offer */
	EXPECT("2007-06-07", "Putin told Bush that Moscow would drop its "
	    "objections if the radar were in Azerbaijan.",
	    "offer 2007-06-07 putin");
	/* a threat another made at a date of its own, which the words
	   recall, is that one's; the words that recall it a statement */
	EXPECT("2012-01-18", "Lavrov recalled that President Dmitry Medvedev "
	    "had warned in November that Russia would deploy Iskander "
	    "missiles if talks failed.", "warning 2011-11 medvedev; statement "
	    "2012-01-18 lavrov");
	/* proposals handed over "in writing in October", recalled */
	EXPECT("2012-11-29", "Antonov noted that Moscow had handed over its "
	    "proposals to Washington in writing in October.", "offer 2012-10 "
	    "russia; statement 2012-11-29 antonov");
	/* messages exchanged are words said */
	EXPECT("2012-11-29", "Talks go on.\n\nEarlier this month, Putin and "
	    "Obama exchanged messages on arms control.", "statement 2012-11 "
	    "obama");
	/* an adverb after the modal */
	EXPECT("2011-11-29", "Medvedev said Moscow could also withdraw from "
	    "the treaty.", "warning 2011-11-29 medvedev");
	/* ready to pay is an offer, ready to deploy missiles a threat */
	EXPECT("2012-02-15", "Antonov said Moscow was ready to pay a higher "
	    "rent if Baku agreed.", "offer 2012-02-15 antonov");
	EXPECT("2011-11-23", "Medvedev said Russia was prepared to deploy "
	    "Iskander missiles.", "warning 2011-11-23 medvedev");
	/* an offer and the earlier offer it repeats */
	EXPECT("2011-07-01", "Rogozin repeated an offer first made by "
	    "Medvedev in May.", "offer 2011-05 medvedev; offer 2011-07-01 "
	    "rogozin");
	/* "a proposal on Tuesday that he said could settle it": the offer's
	   day, "he said" no act of its own */
	EXPECT("2013-10-16", "Zarif presented a three-stage proposal on "
	    "Tuesday that he said could settle the dispute.",
	    "offer 2013-10-15 zarif");
	/* an offer joined to the words said is an act of its own; a
	   possessive before the offer's noun */
	EXPECT("2012-02-04", "Clinton said the system posed no threat and "
	    "repeated Washington's invitation to observe a test.",
	    "statement 2012-02-04 clinton; offer 2012-02-04 clinton");
	EXPECT("2012-02-04", "Clinton repeated her invitation to observe a "
	    "test.", "offer 2012-02-04 clinton");
	/* an offer, then words said in a clause joined to it with a
	   subject of their own: two acts; not the offer the words report */
	EXPECT("2011-11-24", "Lavrov proposed a joint system in 2010, but "
	    "Clinton rejected the idea.", "offer 2010 lavrov; statement "
	    "2010 clinton");
	EXPECT("2011-11-24", "Clinton said Lavrov proposed a joint system.",
	    "statement 2011-11-24 clinton");
	/* words spoken to an audience or to an agency; not a conversation
	   with someone, nor a participle before a verb of saying */
	EXPECT("2011-02-03", "Rogozin spoke to reporters in Brussels on "
	    "Tuesday.", "statement 2011-02-01 rogozin");
	EXPECT("2011-02-03", "Russia's ambassador to NATO, Dmitry Rogozin, "
	    "spoke to RFE/RL in Brussels on February 1.", "statement "
	    "2011-02-01 rogozin");
	EXPECT("2011-02-03", "Lavrov spoke to Clinton on Tuesday.", "");
	EXPECT("2011-02-03", "Speaking to reporters in Brussels, Lavrov said "
	    "the talks were useful.", "statement 2011-02-03 lavrov");
	/* a threat one does not want to make is none */
	EXPECT("2011-02-03", "\"I do not want to threaten anyone,\" Rogozin "
	    "said.", "statement 2011-02-03 rogozin");
	/* "according to the diplomat": the source named again */
	EXPECT("2012-11-13", "Talks have stalled, Rogozin said on Tuesday."
	    "\n\nAccording to the diplomat, Moscow wants guarantees.",
	    "statement 2012-11-13 rogozin; statement 2012-11-13 rogozin");
	/* a title of one word before a surname ("co-chair Bradtke") */
	EXPECT("2011-10-25", "The talks were useful, co-chair Bradtke told "
	    "journalists.", "statement 2011-10-25 bradtke");
	/* the speaker's own side in the words is no act of its own */
	EXPECT("2011-06-10", "Rogozin said on Friday that talks were stuck."
	    "\n\nHe added that Moscow still hoped for a deal.",
	    "statement 2011-06-10 rogozin; statement 2011-06-10 rogozin");
	/* and so after the source of "According to" */
	EXPECT("2012-02-15", "Deputy Foreign Minister Sergei Ryabkov told "
	    "Itar-Tass on Wednesday that talks were stuck.\n\nAccording to "
	    "the deputy minister, Moscow still insists on guarantees.",
	    "statement 2012-02-15 ryabkov; statement 2012-02-15 ryabkov");
	/* "Last week X said", with no comma; "Tusk's office said"; "the
	   office said in a statement", the source again; an offer a
	   document tells is its maker's */
	EXPECT("2011-11-29", "Last week Lavrov said talks were stuck.",
	    "statement 2011-W47 lavrov");
	EXPECT("2011-11-29", "Obama and Tusk spoke on Tuesday, Tusk's office "
	    "said.\n\n\"It went well,\" the office said in a statement.\n\n"
	    "Obama also invited Tusk to visit Warsaw, the statement said.",
	    "statement 2011-11-29 tusk; statement 2011-11-29 tusk; offer "
	    "2011-11-29 obama");
	/* a role before a name is the name's title; "the deputy
	   minister", the last person named with that title; a meeting
	   told of after the words, on a day before theirs, is no occasion
	   of the next words */
	EXPECT("2011-09-14", "Talks will resume, Russian Deputy Foreign "
	    "Minister Sergei Ryabkov told Interfax on Wednesday.\n\nRyabkov "
	    "and Ellen Tauscher held talks in Geneva on September 12.\n\n"
	    "The deputy minister said Russia expects guarantees.",
	    "statement 2011-09-14 ryabkov; summit 2011-09-12 ryabkov; "
	    "statement 2011-09-14 ryabkov");
	/* "a source in the Russian delegation to the NATO-Russia
	   Council": the body it is of; "Medvedev's address on November
	   23" is Medvedev's words of that day */
	EXPECT("2011-11-30", "Moscow will respond, a source in the Russian "
	    "delegation to the NATO-Russia Council told RIA Novosti on "
	    "Wednesday.\n\nMedvedev's address on November 23 was a signal, "
	    "the source added.", "warning 2011-11-30 russia; statement "
	    "2011-11-23 medvedev; statement 2011-11-30 russia");
	/* "..., the Kommersant daily reported on Friday, citing a source in
	   the Russian delegation": the words of the side the one cited is
	   of, and "the source" is that one again; no speaker when the one
	   cited is of no side named */
	EXPECT("2012-03-30", "Russian and U.S. negotiators failed to agree at "
	    "consultations in Geneva this week, the Kommersant daily reported "
	    "on Friday, citing a source in the Russian delegation.\n\n"
	    "According to the newspaper, the U.S. side rejected the proposal."
	    "\n\n\"The Americans are not ready,\" the source told Kommersant."
	    "\n\nRussia will respond, Izvestia reported, citing a senior "
	    "military source.", "statement 2012-03-30 russia; summit 2012-W13 "
	    "russia; statement 2012-03-30 united-states; statement 2012-03-30 "
	    "russia; warning 2012-03-30 russia");
	/* "President Medvedev's statement of 23 November" too */
	EXPECT("2011-11-24", "Rasmussen said he was disappointed by "
	    "President Medvedev's statement of 23 November.", "statement "
	    "2011-11-23 medvedev; statement 2011-11-24 rasmussen");
	EXPECT("2011-11-28", "Rogozin spoke to Kommersant after President "
	    "Dmitry Medvedev's statement on missile defence last Wednesday.",
	    "statement 2011-11-23 medvedev; statement 2011-11-28 rogozin");
	/* a threat told with no day ("Medvedev's televised warning that
	   ...", a noun after a participle), then named by a title's
	   possessive with the day it was made: that day's, one act */
	EXPECT("2011-11-24", "Dmitry Medvedev's televised warning that Russia "
	    "could deploy missiles should be read as an election speech.\n\n"
	    "The president's threat to target the US shield, made on "
	    "Wednesday, was a repetition.", "warning 2011-11-23 russia");
	/* "his" after a title alone opening its clause: the title's holder
	   for the side named, not the last person named */
	EXPECT("2012-02-03", "Russian Deputy Defense Minister Anatoly Antonov "
	    "said on Friday that there was no progress.\n\nThe president has "
	    "already spoken about them in his statement of November 23.",
	    "statement 2012-02-03 antonov; statement 2011-11-23 medvedev");
	/* "He made the remarks at a meeting ... on Monday": the words
	   told before, and his next, are of that day; he was there */
	EXPECT_AT("2012-10-09", "The Caspian states must not allow foreign "
	    "forces in the sea, Iranian Foreign Minister Ali Akbar Salehi "
	    "said, IRNA reported on Tuesday.\n\nHe made the remarks at a "
	    "meeting with Sergei Lavrov in Tehran on Monday.\n\n\"The sea "
	    "is ours,\" Mehr quoted Salehi as saying.", "statement 2012-10-08 "
	    "ali-akbar-salehi; summit 2012-10-08 lavrov @ Tehran; statement "
	    "2012-10-08 ali-akbar-salehi");
	/* an agency's report closing the sentence dates the words that have
	   no date of their own */
	EXPECT("2014-07-16", "Zarif said Iran would continue, the IRNA news "
	    "agency reported on Tuesday.", "statement 2014-07-15 zarif");
	/* "his office said": the person named before; "The radar will be
	   stationed": a thing's, no threat, its first word capitalised */
	EXPECT("2011-09-14", "Lavrov said on Tuesday it was wrong, and "
	    "Rasmussen agreed.\n\nTurkish Prime Minister Recep Tayyip Erdogan "
	    "will visit Washington next month, his office said.\n\nThe radar "
	    "will be stationed at a base in Malatya.", "statement 2011-09-13 "
	    "lavrov; statement 2011-09-13 erdogan; summit 2011-10 turkey");
	/* a statement read out */
	EXPECT("2013-10-16", "Ashton read out a joint statement calling the "
	    "talks useful.", "statement 2013-10-16 ashton");
	/* "the proposed plan" and "it was suggested" are no offers */
	EXPECT("2011-07-01", "Lavrov said the proposed plan was bad.",
	    "statement 2011-07-01 lavrov");
	EXPECT("2011-07-01", "It was suggested that Lavrov said so.",
	    "statement 2011-07-01 lavrov");
	/* "vowed that": a verb of saying; the threat is the speaker's */
	EXPECT("2011-11-23", "Putin vowed that Russia would respond to any "
	    "threat.", "warning 2011-11-23 putin");
	/* a threat repeated is a warning, a threat dismissed is not */
	EXPECT("2011-11-23", "Rogozin repeated the threat.",
	    "warning 2011-11-23 rogozin");
	EXPECT("2011-11-23", "Rasmussen dismissed the threat.",
	    "statement 2011-11-23 rasmussen");
	/* "might have to deploy", "could withdraw from", "will place" */
	EXPECT("2011-11-24", "Makarov said Russia might have to deploy strike "
	    "systems in the south.", "warning 2011-11-24 makarov");
	EXPECT("2011-11-24", "Medvedev said Russia could withdraw from the "
	    "New START treaty.", "warning 2011-11-24 medvedev");
	EXPECT("2011-11-24", "Russia will place Iskander missiles in "
	    "Kaliningrad, Medvedev said.", "warning 2011-11-24 medvedev");
	/* a hostile act under a modal is a threat */
	EXPECT("2012-05-05", "Moscow says it could launch a pre-emptive "
	    "strike against the shield if NATO goes ahead.",
	    "warning 2012-05-05 russia");
	/* a threat made, or made again: a warning of its own day */
	EXPECT("2011-11-30", "Three years ago, on the day after Barack Obama "
	    "was elected, Medvedev made the same threat in his first "
	    "state-of-the-nation address.", "warning 2008 medvedev");
	/* a threat as the object of a verb of saying; "and said" shares
	   the subject of the verb before it */
	EXPECT("2012-05-05", "General Ivan Petrov repeated Kremlin threats to "
	    "station more missiles in the south and said Moscow could act.",
	    "warning 2012-05-05 ivan-petrov");
	/* not "no threat", nor the verb of a clause reported */
	EXPECT("2009-12-16", "Rasmussen said NATO posed no threat to Russia. "
	    "Lavrov said NATO posed a threat to Russia.", "statement "
	    "2009-12-16 rasmussen; statement 2009-12-16 lavrov");
	/* "the statement was made by X on Thursday": the speech act before
	   is X's, on Thursday, and so is the meeting it was made at */
	EXPECT("2012-05-05", "Moscow says it could launch a pre-emptive "
	    "strike against the shield if NATO goes ahead. The statement was "
	    "made by General Ivan Petrov on Thursday during a security forum "
	    "in the Russian capital.", "warning 2012-05-03 ivan-petrov; "
	    "summit 2012-05-03 ivan-petrov");
	/* "warned that Moscow could deploy": one warning, the speaker's */
	EXPECT("2012-03-23", "Deputy Foreign Minister Ivan Petrov warned that "
	    "Moscow could deploy missiles in Kaliningrad.",
	    "warning 2012-03-23 ivan-petrov");
	/* a threat in the words quoted */
	EXPECT("2011-11-23", "\"We will respond,\" Rogozin said.",
	    "warning 2011-11-23 rogozin");
	EXPECT("2011-11-23", "\"One of these steps could be the deployment of "
	    "Iskander missiles in Kaliningrad,\" Medvedev said.",
	    "warning 2011-11-23 medvedev");
	/* "hoped to use": a wish, no words */
	EXPECT("2007-07-02", "Bush hoped to use the relaxed atmosphere to "
	    "mend ties.", "");
	/* a thing's threat is no warning: "the shield threatens" */
	EXPECT("2008-08-20", "Moscow said on Wednesday the shield threatens "
	    "its security.", "statement 2008-08-20 russia");
	EXPECT("2008-08-20", "The new system would target short-range "
	    "missiles.", "");
	/* the object of "told" is who heard it, not a threat made */
	EXPECT("2012-02-08", "Lavrov told reporters the threat was real.",
	    "statement 2012-02-08 lavrov");
	/* a warning with no speaker takes the last actor */
	EXPECT("2011-11-23", "Medvedev said the West was wrong.\n\nIskander "
	    "missiles may be stationed in Kaliningrad.", "statement 2011-11-23 "
	    "medvedev; warning 2011-11-23 medvedev");
}

static void
test_summits_deadlines(void **state)
{
	(void)state;
	EXPECT("2011-07-01", "His comments came ahead of Monday's "
	    "Russia-NATO summit in the Black Sea resort of Sochi.",
	    "summit 2011-07-04 nato-russia-council");
	/* a press conference is no summit; "the talks" told again neither */
	EXPECT("2012-04-14", "Ashton said at a press conference that the "
	    "talks went well.", "statement 2012-04-14 ashton");
	/* "the next meeting ... will be held on May 23 in Baghdad" */
	EXPECT("2012-04-14", "The next meeting between Iran and the six "
	    "powers will be held on May 23 in Baghdad.",
	    "summit 2012-05-23 iran");
	/* not another meeting's "was held" */
	EXPECT_AT("2011-12-30", "At their Lisbon summit in November 2010, "
	    "NATO and Russia had agreed to explore cooperation, and a meeting "
	    "of defence ministers was held in Brussels in June.",
	    "summit 2010-11 nato @ Lisbon; summit 2011-06 nato @ Brussels");
	/* a lapse given to do a thing, or within which to do it, ends at a
	   limit: from the day its sentence tells, or the story's; not a
	   lapse from another event, nor one whose day is told */
	EXPECT("2014-01-20", "The interim agreement, reached in Geneva on Nov. "
	    "24, took effect on Monday and gives Iran six months to negotiate "
	    "a final settlement.", "deadline 2014-07-20 iran; summit 2013-11-24 "
	    "iran");
	EXPECT("2014-11-24", "Iran must answer within two weeks, Hammond said.",
	    "statement 2014-11-24 hammond; deadline 2014-12-08 hammond");
	EXPECT("2014-11-24", "The parties intend to agree on a deal within four "
	    "months, by March 1, Hammond said.", "statement 2014-11-24 hammond; "
	    "deadline 2015-03-01 hammond");
	EXPECT("1999-05-19", "Kopp emerged as the focus of the investigation "
	    "within two weeks of the slaying.", "");
	/* a limit that opens a clause in the past perfect is a time
	   reached, no deadline */
	EXPECT("2011-12-30", "By the autumn, the mood had soured.", "");
	EXPECT("2011-12-30", "By the autumn, NATO must decide.",
	    "deadline 2012-FA nato");
	/* one deadline for each date, and a deadline set by a meeting */
	EXPECT("2011-07-01", "NATO must answer by the end of 2011.\n\n\"By the "
	    "end of the year we need an answer.\"",
	    "deadline 2011-12-31 nato");
	EXPECT("2011-04-18", "The paper will be ready before the next round "
	    "of talks in Brussels on June 9.",
	    "summit 2011-06-09 -; deadline 2011-06-09 -");
	EXPECT("2014-11-21", "Iran is negotiating to reach a deal by Nov.24.",
	    "deadline 2014-11-24 iran");
	/* the end of a season: the season, no day of the calendar */
	EXPECT("2012-06-19", "Serdyukov said on Monday that Moscow would "
	    "decide on the station's future by the end of the summer.",
	    "statement 2012-06-18 serdyukov; deadline 2012-SU serdyukov");
	/* not before a date: the earliest time, no limit (the verb right
	   before it denied), nor a meeting; but a limit of another verb */
	EXPECT("2010-10-27", "Western diplomats said the talks were unlikely "
	    "to take place before December.", "");
	EXPECT("2010-10-27", "Russia will not deploy the missiles before "
	    "2018, Rogozin said.", "statement 2010-10-27 rogozin");
	EXPECT("2012-01-24", "Russia wants guarantees that the system will "
	    "not be aimed against Russian forces before the NATO summit in "
	    "May, Rogozin said.", "statement 2012-01-24 rogozin; summit "
	    "2012-05 russia; deadline 2012-05 rogozin");
	/* "before" a clause of time with a subject, a verb and a date to
	   come: its date; not a place one goes before */
	EXPECT("2008-07-05", "Tusk hoped a deal could be reached before "
	    "President George W. Bush leaves office in January.", "statement "
	    "2008-07-05 tusk; deadline 2009-01 tusk");
	EXPECT("1998-03-06", "The procedures are due to go before the Security "
	    "Council next week.", "");
	/* a meeting a limit names, counted from the cue's end */
	EXPECT("2011-06-06", "Rasmussen expected a decision by the time of "
	    "the alliance's next summit in 2012.", "summit 2012 rasmussen; "
	    "deadline 2012 rasmussen");
	/* a term gone by is a deadline passed */
	EXPECT("2007-12-12", "Moscow had given NATO 150 days to respond, a "
	    "period that expired on Tuesday.", "deadline 2007-12-11 russia");
	/* "the deadline for X is DATE"; a deadline missed sets none */
	EXPECT("2010-09-15", "The deadline for a decision is the end of the "
	    "year, Rogozin said.", "statement 2010-09-15 rogozin; deadline "
	    "2010-12-31 rogozin");
	EXPECT("2010-09-15", "NATO missed the deadline.", "");
	EXPECT("2015-06-30", "Iran and six world powers on Tuesday extended "
	    "the deadline for a final nuclear agreement to July 7.",
	    "deadline 2015-07-07 iran");
	EXPECT("2014-07-19", "The new deadline is November 24, Ashton said.",
	    "statement 2014-07-19 ashton; deadline 2014-11-24 ashton");
	/* a meeting gone by after the first, elsewhere, is one of its
	   own: two days of talks that ended by the day of the act told
	   before them */
	EXPECT_AT("2013-03-01", "Iran and the six powers agreed on Thursday "
	    "to meet in Almaty on April 5, after two days of talks in "
	    "Baghdad ended.", "summit 2013-04-05 iran @ Almaty; summit "
	    "2013-02-27 iran @ Baghdad");
	/* talks that ended on a day, told again by words of that day as
	   "two days of talks", a meeting told with its subject's words:
	   their first day */
	EXPECT_AT("2013-04-06", "ALMATY, April 6 (Reuters) - Talks between "
	    "Iran and six world powers ended on Saturday without agreement, "
	    "with Catherine Ashton saying the sides remained far apart.\n\n"
	    "\"Our positions remain far apart,\" Ashton told a news "
	    "conference after two days of talks.", "statement 2013-04-06 "
	    "ashton; summit 2013-04-05 iran @ Almaty; statement 2013-04-06 "
	    "ashton");
	/* an agreement reached after talks of several days: the talks'
	   first day; not a day quoted */
	EXPECT_AT("2015-07-14", "Iran and six world powers reached an "
	    "agreement on Tuesday, after 18 days of talks in Vienna.",
	    "summit 2015-06-27 iran @ Vienna");
	/* what talks of several days came to ("failed ... in three days
	   of talks ... but agreed on Saturday"): on their last day */
	EXPECT_AT("2013-10-19", "Iran and the six powers failed to narrow "
	    "their differences in three days of talks in Geneva but agreed "
	    "on Saturday to meet again.", "summit 2013-10-17 iran @ Geneva");
	/* "During the meeting, ...": an act at the meeting told, no other
	   */
	EXPECT_AT("2013-04-17", "Mammadyarov and Lavrov held talks in Moscow "
	    "on Wednesday.\n\nDuring the meeting, the ministers also "
	    "discussed the Gabala radar station.", "summit 2013-04-17 "
	    "mammadyarov @ Moscow");
	/* sides that failed to agree on something, then where; "Russian
	   defence ministers" are Russia's */
	EXPECT_AT("2011-11-23", "June 8, 2011 - NATO and Russian defence "
	    "ministers fail to agree on cooperation in Brussels.", "summit "
	    "2011-06-08 nato @ Brussels");
	/* a capital named by its country's demonym: the place, not the
	   country */
	EXPECT_AT("2012-03-05", "Lavrov will hold talks with Mammadyarov in "
	    "the Azerbaijani capital on Friday.", "summit 2012-03-09 lavrov "
	    "@ Baku");
	/* a meeting to come, told again with its day in the place the
	   first named: one */
	EXPECT_AT("2013-06-10", "NATO and Russia agreed on Monday to hold "
	    "talks in Brussels next month.\n\nThe alliance's envoys will "
	    "meet their Russian counterparts in the Belgian capital on July "
	    "8.", "summit 2013-07-08 nato @ Brussels");
	/* "the talks followed a meeting in Istanbul": the talks told
	   before, and a meeting of its own at its own place, whose
	   participants are the last meeting's but its host */
	EXPECT_AT("2013-03-01", "Lavrov and Jalili held talks in Baghdad on "
	    "Thursday. The Baghdad talks followed a meeting in Istanbul on "
	    "January 21.", "summit 2013-02-28 lavrov @ Baghdad; summit "
	    "2013-01-21 lavrov @ Istanbul");
	/* "after two days of talks", before a summit to come: talks of
	   their own, ended by the day of the words told before them */
	EXPECT_AT("2010-10-19", "Dmitry Medvedev said Tuesday he would "
	    "attend next month's NATO summit in Lisbon, after two days of "
	    "talks with the leaders of France and Germany.", "statement "
	    "2010-10-19 medvedev; summit 2010-11 medvedev @ Lisbon; summit "
	    "2010-10-18 medvedev");
	/* the summit told by its month, then by its day: one summit, of
	   that day */
	EXPECT_AT("2010-10-19", "Dmitry Medvedev said Tuesday he would "
	    "attend next month's NATO summit in Lisbon.\n\nThe NATO summit "
	    "will take place on November 19-20.", "statement 2010-10-19 "
	    "medvedev; summit 2010-11-19 medvedev @ Lisbon");
	/* "the co-chairs met", "the co-chairs said": the group the article
	   named with that word, as an actor of an event told */
	EXPECT("2011-11-21", "The co-chairs of the OSCE Minsk Group will "
	    "visit the region next week.\n\nThe co-chairs met with the "
	    "foreign ministers of Azerbaijan and Armenia in Paris on November "
	    "10. \"We urge the sides to refrain from any steps,\" the "
	    "co-chairs said after the meeting.", "summit 2011-W48 "
	    "osce-minsk-group; summit 2011-11-10 azerbaijan; statement "
	    "2011-11-10 osce-minsk-group");
	/* a body's yearly meeting by its name */
	EXPECT_AT("2011-11-21", "Lavrov will attend the OSCE Ministerial "
	    "Council in Vilnius on December 6-7.", "summit 2011-12-06 lavrov "
	    "@ Vilnius");
	/* "the talks held in Istanbul a day earlier": a day before the
	   day of the sentence's act, not before the publication */
	EXPECT_AT("2012-04-16", "Lavrov on Sunday welcomed the talks held in "
	    "Istanbul a day earlier.", "statement 2012-04-15 lavrov; summit "
	    "2012-04-14 lavrov @ Istanbul");
	/* "after two days of talks with Tauscher in Moscow": talks of
	   their own, not the consultations told before */
	EXPECT_AT("2011-12-16", "Russia and the United States will continue "
	    "their consultations in January, Sergei Ryabkov said on Friday."
	    "\n\n\"We will hand over proposals,\" he told journalists after "
	    "two days of talks with Ellen Tauscher in Moscow.", "statement "
	    "2011-12-16 ryabkov; summit 2012-01 russia; statement 2011-12-16 "
	    "ryabkov; summit 2011-12-15 tauscher @ Moscow");
	/* "at the weekend": that weekend, a TIMEX3 value of its own, two
	   days of the news that date the lead's words */
	EXPECT("2011-10-10", "Russia's envoy to NATO Dmitry Rogozin said talks "
	    "on the shield were going nowhere.\n\n\"We have heard nothing "
	    "new,\" Rogozin told Ekho Moskvy radio at the weekend.",
	    "statement 2011-W40-WE rogozin; statement 2011-W40-WE rogozin");
	/* a day opening its clause before "he", after a semicolon too:
	   each clause's meeting, of its day, with whom "he" stands for */
	EXPECT("2012-09-21", "Russian Foreign Minister Sergei Lavrov arrived "
	    "in New York on Friday.\n\nOn Monday he will meet Hillary "
	    "Clinton; on Tuesday he is to hold talks with Elmar Mammadyarov.",
	    "summit 2012-09-21 lavrov; summit 2012-09-24 clinton; summit "
	    "2012-09-25 mammadyarov");
	/* a meeting "days after" which the act was told has no day of
	   its own; the same city's meeting told with a day gone by is it */
	EXPECT_AT("2011-10-10", "Days after NATO defence ministers met in "
	    "Brussels, Rogozin said talks were going nowhere.\n\nSerdyukov "
	    "attended the Brussels meeting on Thursday.", "statement "
	    "2011-10-10 rogozin; summit 2011-10-06 nato-defence-ministers @ "
	    "Brussels");
	/* a meeting to come told with no date, then in the same city with
	   its day: that day's, one meeting */
	EXPECT_AT("2012-06-03", "Jalili says the upcoming talks with the P5+1 "
	    "group in Moscow must recognize Iran's rights.\n\nIran and the "
	    "P5+1 will hold the next round of talks in the Russian capital on "
	    "June 18-19.", "statement 2012-06-03 jalili; summit 2012-06-18 "
	    "jalili @ Moscow");
	/* a meeting named by its day and by a body the one of that day
	   told before is not of: another */
	EXPECT("2011-12-08", "Foreign ministers of the 28 NATO countries are "
	    "arriving at the alliance's headquarters for a two-day "
	    "meeting.\n\nRasmussen tells reporters he hopes for a "
	    "positive outcome of the NATO-Russia Council meeting this "
	    "afternoon.", "summit 2011-12-08 nato; statement 2011-12-08 "
	    "rasmussen; summit 2011-12-08 rasmussen");
	/* a meeting of another body named again is not the one told, if
	   its people are */
	EXPECT_AT("2008-04-03", "Foreign Minister Karel Schwarzenberg says the "
	    "Czech Republic and the United States should sign the main treaty "
	    "in early May.\n\nThe minister was speaking on the sidelines of "
	    "the NATO summit in Bucharest, where alliance leaders endorsed "
	    "the US plans.", "statement 2008-04-03 karel-schwarzenberg; "
	    "summit 2008-05 czech-republic; statement 2008-04-03 nato; "
	    "summit 2008-04-03 nato @ Bucharest");
	/* one's own meeting with no day, in the city of one told before
	   with a day: that one told again */
	EXPECT_AT("2012-05-10", "Rose Gottemoeller will travel to Moscow May "
	    "14-16 to meet Sergei Ryabkov.\n\nFollowing her meetings in "
	    "Moscow, she will travel to Warsaw on May 17 for consultations "
	    "with Polish officials.", "summit 2012-05-14 gottemoeller @ "
	    "Moscow; summit 2012-05-17 poland @ Warsaw");
	/* a meeting after "after" with a day of its own, not the first's:
	   one of its own */
	EXPECT_AT("2012-02-15", "NATO and Russian officials held talks in "
	    "Brussels on Wednesday, a day after Tuesday's meeting of the "
	    "alliance's ambassadors failed to agree.", "summit 2012-02-15 nato "
	    "@ Brussels; summit 2012-02-14 nato");
	/* "would meet in Geneva before the end of the month": within the
	   month; the sides of the last meeting, whose host met one */
	EXPECT_AT("2011-12-16", "Lavrov met Clinton in Moscow on Friday.\n\n"
	    "Experts will meet in Geneva before the end of the month.",
	    "summit 2011-12-16 lavrov @ Moscow; deadline 2011-12-31 lavrov; "
	    "summit 2011-12 lavrov @ Geneva");
	/* a deadline naming no one, of a meeting the sentence tells: the
	   meeting's participants', not the speaker's before */
	EXPECT("2011-12-16", "Lavrov met Clinton in Moscow on Friday.\n\n"
	    "Sergei Ryabkov said the talks went well.\n\nThe sides agreed "
	    "that experts would meet in Geneva before the end of the month.",
	    "summit 2011-12-16 lavrov; statement 2011-12-16 ryabkov; deadline "
	    "2011-12-31 lavrov; summit 2011-12 lavrov");
	/* "The conference, attended by ..., will end on Friday": the
	   conference told, no meeting or deadline of its own */
	EXPECT("2012-05-03", "Makarov spoke at a conference in Moscow on "
	    "Thursday.\n\nThe conference, attended by officials from 50 "
	    "countries, will end on Friday.", "summit 2012-05-03 makarov");
	/* (and one told to open on the day it was told of) */
	EXPECT("2012-05-03", "Makarov spoke at a conference in Moscow on "
	    "Thursday.\n\nThe conference, attended by US and NATO officials, "
	    "opened on Thursday and will end on Friday.", "summit 2012-05-03 "
	    "makarov");
	/* "hoped for an agreement by the Chicago summit in May": ahead */
	EXPECT_AT("2011-12-09", "Rasmussen said he still hoped for an "
	    "agreement by the Chicago summit in May.", "statement 2011-12-09 "
	    "rasmussen; summit 2012-05 rasmussen @ Chicago; deadline 2012-05 "
	    "rasmussen");
	/* "Obama, who met Medvedev on ..., is due to see Putin at the G20
	   summit ... on June 18-19": the relative clause's meeting ends
	   with it, the summit is one of its own */
	EXPECT("2012-05-21", "Barack Obama, who met Medvedev on Saturday, is "
	    "due to see Putin at the G20 summit in Mexico on June 18-19.",
	    "summit 2012-05-19 obama; summit 2012-06-18 obama");
	/* "The talks, which began on July 3, will resume in September":
	   the date of the noun's verb, not of its relative clause */
	EXPECT("2014-07-19", "Iran and six world powers held talks in Vienna."
	    "\n\nThe talks, which began on July 3, will resume in September, "
	    "diplomats said.", "summit 2014-07-19 iran; summit 2014-09 iran");
	/* "a May summit", then "the summit in Chicago" the NATO Secretary
	   General "intended" to speak at (no summit gone by), then "the May
	   20-21 meeting": one summit, of its first day */
	EXPECT_AT("2012-03-26", "NATO will announce the shield at a May "
	    "summit, Lavrov said Monday.\n\nAnders Fogh Rasmussen said the "
	    "alliance intended to announce the \"interim\" phase at the "
	    "summit in Chicago.\n\nPutin is expected to miss the May 20-21 "
	    "meeting.", "statement 2012-03-26 lavrov; summit 2012-05-20 nato; "
	    "statement 2012-03-26 rasmussen");
	/* "told Trend in a telephone conversation": no meeting; "held a
	   telephone conversation" with a leader is one */
	EXPECT("2012-07-10", "\"The sides will find a solution,\" Lavrov "
	    "told Trend in a telephone conversation on Tuesday.", "statement "
	    "2012-07-10 lavrov");
	/* "signed the deal at a ceremony in Prague", after "signed an
	   agreement on Tuesday": that one, and where */
	EXPECT_AT("2008-07-08", "The United States and the Czech Republic "
	    "signed an agreement on Tuesday.\n\nCondoleezza Rice and Karel "
	    "Schwarzenberg signed the deal at a ceremony in Prague.",
	    "summit 2008-07-08 united-states @ Prague");
	/* "The two sides last met in Almaty": the last meeting's sides,
	   people or not */
	EXPECT("2013-04-06", "Talks between Iran and six world powers ended "
	    "Saturday.\n\nA U.S. official said Washington was disappointed."
	    "\n\nThe two sides last met in Almaty in February.", "summit "
	    "2013-04-06 iran; statement 2013-04-06 united-states; summit "
	    "2013-02 iran");
	/* "NATO defence ministers will discuss the shield in Brussels":
	   people of a body meet to discuss */
	EXPECT_AT("2013-10-28", "NATO defence ministers will discuss the "
	    "shield in Brussels on October 22-23 next year.", "summit "
	    "2014-10-22 nato-defence-ministers @ Brussels");
	EXPECT_AT("2011-07-05", "NATO defence ministers are to discuss the "
	    "matter in Brussels in October.", "summit 2011-10 "
	    "nato-defence-ministers @ Brussels");
	/* an envoy's credentials presented: received by the head */
	EXPECT("2013-03-01", "The new Iranian ambassador will present his "
	    "credentials to President Vladimir Putin on Monday.",
	    "summit 2013-03-04 iran");
	/* "proposed that the talks be held in Turkey": offered, past its
	   "that", no meeting yet */
	EXPECT("2010-10-27", "Jalili proposed that the talks be held in "
	    "Turkey, Mottaki said.", "offer 2010-10-27 jalili");
	/* "is ready to host a round of talks": offered, no meeting yet */
	EXPECT("2013-03-01", "Lavrov said Moscow is ready to host a round of "
	    "talks.", "offer 2013-03-01 lavrov");
	/* "held separate talks with": talks of their own, after the
	   meeting told */
	EXPECT("2012-01-23", "A trilateral meeting of Aliyev, Medvedev and "
	    "Sargsyan was held in Sochi on Monday.\n\nBefore the trilateral "
	    "meeting, Medvedev held separate talks with Aliyev and Sargsyan.",
	    "summit 2012-01-23 aliyev; summit 2012-01-23 medvedev");
	/* the date before the noun: "the July 20 deadline" */
	EXPECT("2014-05-16", "Zarif said a deal was possible before the "
	    "July 20 deadline.", "statement 2014-05-16 zarif; deadline "
	    "2014-07-20 zarif");
	/* a date set "as a deadline" */
	EXPECT("2011-06-03", "Russia has set the end of 2011 as a deadline for "
	    "an agreement.", "deadline 2011-12-31 russia");
	/* a participle after a comma is of the person opening the sentence
	 * past its dateline, an agency in brackets in any case */
	EXPECT("2007-06-08", "Heiligendamm, Germany (dpa) - US President "
	    "George W. Bush on Friday gave a cautious welcome to Russian "
	    "President Vladimir Putin's offer, saying experts should study "
	    "it.", "statement 2007-06-08 bush");
	/* talks dated by their last day, then told again as of two days:
	 * their first (the words at them, of no day, their last) */
	EXPECT("2011-01-22", "Talks between Iran and six world powers ended "
	    "Saturday without agreement.\n\nJalili had insisted during the "
	    "two-day meeting that sanctions be lifted.", "summit 2011-01-21 "
	    "iran; statement 2011-01-22 jalili");
	/* a meeting of no day in the place of the last one gone by, all of
	 * whose people it names, is that one told again */
	EXPECT_AT("2007-07-03", "Bush and Putin met in Kennebunkport on "
	    "Monday.\n\nThe two leaders met at Bush's family home in "
	    "Kennebunkport, Maine, to discuss relations.", "summit 2007-07-02 "
	    "bush @ Kennebunkport");
	/* a phrase opening the sentence that names the words and the day
	 * they were published dates them, however far from the verb */
	EXPECT("2011-12-21", "Lavrov told the Duma on Wednesday that talks "
	    "were stuck.\n\nIn remarks published a day earlier by the "
	    "newspaper Kommersant, Rogozin said the talks were over.",
	    "statement 2011-12-21 lavrov; statement 2011-12-20 rogozin");
	/* a council where an act was done, with its day: its session */
	EXPECT_AT("2011-12-21", "Russia made its proposals at the "
	    "NATO-Russia Council in Brussels on December 8.", "offer 2011-12-08 "
	    "russia; summit 2011-12-08 russia @ Brussels");
	/* words told "at the time": the time of the last event told */
	EXPECT("2011-09-06", "The previous round took place in Moscow in "
	    "July.\n\nRyabkov said at the time that the sides had failed.",
	    "summit 2011-07 russia; statement 2011-07 ryabkov");
	/* an interview given, its audience first */
	EXPECT("2012-01-18", "Russian Foreign Minister Sergei Lavrov gave RT "
	    "an interview on Wednesday.", "statement 2012-01-18 lavrov");
	/* an offer the words tell in the past perfect was made before
	 * them, with no day: the words are a statement */
	EXPECT("2012-12-10", "Lavrov said Moscow had offered to keep paying "
	    "about $7 million a year.", "statement 2012-12-10 lavrov");
	/* the Group of Twenty, a group of the data */
	EXPECT("2012-06-15", "Putin skipped the G8 summit at Camp David last "
	    "month.\n\nThe G20 summit is scheduled for June 18-19.", "summit "
	    "2012-05 g8; summit 2012-06-18 g20");
	/* (and so a warning told as words by one of no side the data
	 * knows, under another country's dateline) */
	EXPECT("2008-08-21", "WARSAW, Aug 21 (Reuters) - Poland will not be "
	    "intimidated, Prime Minister Donald Tusk said on Thursday.\n\n"
	    "Russia's deputy chief of general staff, Colonel-General Anatoly "
	    "Nogovitsyn, warned last week that Poland was exposing itself to a "
	    "strike.", "statement 2008-08-21 tusk; warning 2008-W33 "
	    "anatoly-nogovitsyn");
	/* another side's threat the words name is none of theirs; the act
	 * a lapse before is one, not one more for the words it tells */
	EXPECT("2011-11-24", "WARSAW, Nov 24 (Reuters) - Poland on Thursday "
	    "called Russia's threat to deploy missiles near its border "
	    "\"unhelpful,\" a day after President Dmitry Medvedev said Moscow "
	    "could station Iskander missiles in Kaliningrad.", "warning "
	    "2011-11-23 medvedev; statement 2011-11-24 poland");
	/* "..., warning that": the words of a warning, one act */
	EXPECT("2011-11-23", "Medvedev on Wednesday gave NATO an ultimatum, "
	    "warning that Russia would deploy missiles.", "warning 2011-11-23 "
	    "medvedev");
	/* an end but a pact's term is no limit */
	EXPECT("2011-06-14", "The exercises are scheduled to end on June 18. "
	    "Russia must pay the debt before the lease ends on December 24.",
	    "deadline 2011-12-24 russia");
	/* (not a day after a preposition, a time of its own: "as" the
	 * deadline approaches) */
	EXPECT("2014-11-14", "Zarif will meet Kerry in Vienna on Nov. 18 as "
	    "the deadline for a deal approaches.", "summit 2014-11-18 zarif");
	EXPECT("2012-05-05", "NATO must finish the shield by about 2020.",
	    "deadline 2020 nato");
	EXPECT("2011-11-23", "NATO plans to complete the system by the end "
	    "of the decade.", "deadline 2019-12-31 nato");
	/* a term that runs out; a note that ends one; a state that lasted
	   until a day is no deadline */
	EXPECT("2012-09-10", "Russia's lease of the radar expires on December "
	    "24, 2012.", "deadline 2012-12-24 russia");
	EXPECT("2012-09-10", "Russia has presented a note to Azerbaijan "
	    "notifying of the termination of the agreement from 9 December "
	    "2012.", "statement 2012-09-10 russia; deadline 2012-12-09 russia");
	EXPECT("2012-12-05", "The future of the station after the expiry of "
	    "the lease agreement on 24 December is open.", "deadline "
	    "2012-12-24 -");
	EXPECT("2012-12-05", "The ministers met at the end of the talks on "
	    "Friday.", "summit 2012-11-30 -");
	EXPECT("2012-09-10", "Lavrov was the head of the Russian team until "
	    "May 1.", "");
	EXPECT("2012-09-10", "Lavrov said Russia was ready to keep the "
	    "station until 2025.", "offer 2012-09-10 lavrov; deadline 2025 "
	    "lavrov");
	/* "took place in Lisbon on 20 November 2010", beyond its phrase */
	EXPECT("2010-11-22", "The third summit of the NATO-Russia Council "
	    "(NRC) took place in Lisbon on 20 November 2010.",
	    "summit 2010-11-20 nato-russia-council");
	/* an offer made at a meeting has the meeting's date */
	EXPECT("2007-07-02", "Putin proposed to Bush at the G8 summit on June "
	    "7 that the two countries use the radar jointly.",
	    "offer 2007-06-07 putin; summit 2007-06-07 putin");
	/* talks ended, and another meeting to come in the same sentence;
	   words said after talks of two days, on their last; a date the
	   talks are counted from is not theirs */
	EXPECT("2013-10-16", "Iran and six world powers wrapped up two days "
	    "of talks in Geneva on Wednesday and agreed to meet again on "
	    "November 7.\n\n\"We are hopeful,\" Zarif told reporters after "
	    "the talks. \"We have a chance.\"\n\nThe talks were the first "
	    "since the election in June.",
	    "summit 2013-10-15 iran; summit 2013-11-07 iran; statement "
	    "2013-10-16 zarif; statement 2013-10-16 zarif");
	/* a place in a body's name is no meeting's place; the talks told
	   again: "were later attended", "after the meeting." */
	EXPECT_AT("2011-10-25", "Aliyev received the co-chairs of the OSCE "
	    "Minsk Group.\n\nThe talks were later attended by the ministers."
	    "\n\nThey will travel to the region in December, Rogozin told "
	    "journalists after the meeting.",
	    "summit 2011-10-25 aliyev; statement 2011-10-25 rogozin; "
	    "summit 2011-12 rogozin");
	/* a perfect ends the meeting's phrase: the next round's place is
	   not this one's */
	EXPECT_AT("2012-05-26", "TEHRAN, May 26 (Xinhua) -- Jalili said "
	    "Saturday that the talks with the six world powers in Baghdad had "
	    "laid the groundwork for the next round in Moscow.",
	    "statement 2012-05-26 jalili; summit null jalili @ Baghdad");
	/* negotiations offered are no meeting; "the two presidents
	   also discussed" is the meeting told before */
	EXPECT("2012-10-30", "Russia is ready to continue negotiations on "
	    "the Gabala radar if Azerbaijan shows flexibility, Lavrov said on "
	    "Tuesday.",
	    "offer 2012-10-30 lavrov");
	EXPECT("2011-05-26", "Obama and Medvedev met in Deauville on "
	    "Thursday.\n\nThe White House said the two presidents also "
	    "discussed Libya.", "summit 2011-05-26 obama; statement "
	    "2011-05-26 united-states");
	/* "signed the deal" with no day or place of its own, by the
	   sides of the signing told before, is that one */
	EXPECT("2011-09-13", "The United States and Romania signed an "
	    "agreement on Tuesday.\n\nClinton and Romanian Foreign Minister "
	    "Teodor Baconschi signed the deal at the State Department.",
	    "summit 2011-09-13 united-states");
	/* ... and one told with no day of its own takes the day of its
	   mention, and its people */
	{
		char *got = events_of("2011-09-13", "Romania and the United "
		    "States have signed an agreement.\n\nClinton and Romanian "
		    "Foreign Minister Teodor Baconschi signed the deal at the "
		    "State Department on September 13.", 0, 1);

		assert_string_equal(got, "summit 2011-09-13 romania+"
		    "united-states+clinton+teodor-baconschi");
		free(got);
	}
	/* the meeting a decision told just before was taken at is that
	   one, of its day; after words said, one of its own */
	EXPECT("2010-04-21", "Lavrov and Clinton agreed on Friday to continue "
	    "talks. The agreement was reached at a meeting in Geneva.",
	    "summit 2010-04-16 lavrov");
	EXPECT("2010-04-21", "Lavrov said on Friday that talks would go on. "
	    "The agreement was reached at a meeting in Geneva.",
	    "statement 2010-04-16 lavrov; summit 2010-04-16 lavrov");
	/* (told again by a definite subject of a passive too) */
	EXPECT("2008-08-20", "Poland and the United States have signed a deal "
	    "to base part of the shield in Poland. The agreement was signed "
	    "in Warsaw on Wednesday by Rice and Sikorski.",
	    "summit 2008-08-20 poland");
	/* (and in the plural, signed by whom) */
	EXPECT("2009-03-17", "The agreements were signed by Foreign Minister "
	    "Karel Schwarzenberg and Condoleezza Rice in Prague in July 2008.",
	    "summit 2008-07 karel-schwarzenberg");
	/* a telephone conversation is a meeting; talks put off are of
	   their new day; the day talks end is no time limit, nor a meeting
	   of its own */
	EXPECT("2010-03-24", "Medvedev and Obama held a telephone "
	    "conversation on Wednesday.", "summit 2010-03-24 medvedev");
	EXPECT("2010-03-24", "Talks between Russia and the United States in "
	    "Geneva, scheduled to resume on Thursday, were postponed until "
	    "next week.", "summit 2010-W13 russia");
	/* a summit named as the mark of a meeting's day ("on the eve of"):
	   one of its own, the day after */
	EXPECT_AT("2009-03-27", "Obama will meet Medvedev in London on April "
	    "1, on the eve of a NATO summit in Strasbourg.", "summit "
	    "2009-04-01 obama @ London; summit 2009-04-02 obama @ Strasbourg");
	EXPECT("2009-03-27", "Obama will meet Medvedev in London on April 1, "
	    "on the eve of the Group of 20 summit.", "summit 2009-04-01 obama; "
	    "summit 2009-04-02 obama");
	/* "The next summit will be held in Kazakhstan": another, not the
	   last one told */
	EXPECT_AT("2014-09-29", "Rouhani has arrived in Astrakhan to attend "
	    "the Caspian summit.\n\nOn the sidelines of the summit, Rouhani "
	    "is scheduled to hold talks with Putin.\n\nThe next summit will "
	    "be held in Kazakhstan.", "summit 2014-09-29 rouhani @ Astrakhan; "
	    "summit 2014-09-29 rouhani; summit null rouhani @ Kazakhstan");
	/* a lead's meeting with no day, in a city, then told there on a day
	   of the news: one meeting, of that day */
	EXPECT_AT("2012-05-21", "The NATO summit in Chicago brought no "
	    "breakthrough, Lavrov said on Monday.\n\nThe alliance leaders, "
	    "meeting in Chicago on Sunday, announced that the shield was "
	    "operational.", "statement 2012-05-21 lavrov; summit 2012-05-20 "
	    "nato @ Chicago; statement 2012-05-20 nato");
	/* (put off by an active verb, the meeting its object) */
	EXPECT("2012-08-09", "Russia has postponed the next round of "
	    "consultations with the United States until September, Ryabkov "
	    "said.", "statement 2012-08-09 ryabkov; summit 2012-09 russia");
	EXPECT("2013-02-26", "Iran and six world powers began talks in Almaty "
	    "on Tuesday.\n\nThe talks are scheduled to end on Wednesday.",
	    "summit 2013-02-26 iran");
	/* "on the eve of the summit", the day after the words; a second
	   stop of a visit, "and Paris on Tuesday"; a meeting told with no
	   date takes its person's occasion, not his country's */
	EXPECT("2012-05-19", "Rasmussen said on Saturday, on the eve of the "
	    "alliance's summit in Chicago, that talks were possible.",
	    "statement 2012-05-19 rasmussen; summit 2012-05-20 rasmussen");
	EXPECT_AT("2012-03-02", "Lavrov will visit Berlin on Monday and Paris "
	    "on Tuesday.", "summit 2012-03-05 lavrov @ Berlin; summit "
	    "2012-03-06 lavrov @ Paris");
	EXPECT_AT("2009-10-21", "Biden travels to Romania on Thursday and to "
	    "the Czech Republic on Friday.", "summit 2009-10-22 biden @ "
	    "Romania; summit 2009-10-23 biden @ Czech Republic");
	EXPECT("2011-06-04", "On June 1, Azerbaijani Foreign Minister Elmar "
	    "Mammadyarov met Steinberg in Washington.\n\nAzerbaijani Defence "
	    "Minister Safar Abiyev attended a meeting of CIS defence ministers "
	    "in Minsk.", "summit 2011-06-01 mammadyarov; summit 2011-06-04 "
	    "azerbaijan");
	/* "the two men also discussed the deal with Iran, which takes
	   effect on January 20": the meeting told, not a day of the deal */
	EXPECT("2014-01-13", "Lavrov and Kerry held talks in Paris on "
	    "Monday.\n\nThe two men also discussed the deal with Iran, which "
	    "takes effect on January 20.", "summit 2014-01-13 lavrov");
	/* "phoned him overnight to say", told on Thursday: the call and
	   its words the evening before */
	EXPECT("2009-09-17", "Czech Prime Minister Jan Fischer told reporters "
	    "on Thursday that Obama phoned him overnight to say the radar was "
	    "off.", "statement 2009-09-17 jan-fischer; statement 2009-09-16 "
	    "obama; summit 2009-09-16 czech-republic");
	/* the conference a speaker told is where, and when, he spoke */
	EXPECT("2012-02-04", "Lavrov said on Saturday that talks were "
	    "stuck.\n\n\"We see no readiness,\" Lavrov told the Munich "
	    "Security Conference.", "statement 2012-02-04 lavrov; statement "
	    "2012-02-04 lavrov; summit 2012-02-04 lavrov");
	/* an agreement signed or reached is a meeting's outcome */
	EXPECT("2008-08-21", "Poland and the United States on Wednesday "
	    "signed a deal to base interceptors in Poland.",
	    "summit 2008-08-20 poland");
	EXPECT("2013-11-24", "A deal has been reached in Geneva between Iran "
	    "and six powers.", "summit 2013-11-24 iran");
	/* where the words were said; a meeting of "today's" */
	EXPECT("2011-09-03", "Lavrov said at the CIS summit in Dushanbe that "
	    "talks were stuck.", "statement 2011-09-03 lavrov; summit "
	    "2011-09-03 lavrov");
	EXPECT("2007-06-20", "Serdyukov said during today's meeting with his "
	    "Azeri counterpart that the radar could be shared.",
	    "statement 2007-06-20 serdyukov; summit 2007-06-20 serdyukov");
	/* a meeting in a quotation, with a date of its own */
	EXPECT("2011-09-03", "Lavrov said: \"Leaders of the NATO-Russia Council "
	    "held a meeting in Lisbon last November.\"", "statement 2011-09-03 "
	    "lavrov; summit 2010-11 lavrov");
	/* "wrapped up two days of informal meetings": the story's day and
	   the one before */
	EXPECT("2007-07-02", "Putin surprised Bush as the two leaders wrapped "
	    "up two days of informal meetings at the family home.",
	    "summit 2007-07-01 putin");
	/* "the two leaders last met": the people of the last meeting that
	   had two; "said last week" is no lead for the day's news */
	EXPECT("2012-03-23", "Medvedev and Obama will meet in Seoul on Monday. "
	    "Ryabkov said last week that talks were stuck. The two leaders "
	    "last met in Honolulu in November.", "summit 2012-03-26 medvedev; "
	    "statement 2012-W11 ryabkov; summit 2011-11 medvedev");
	EXPECT("2008-08-20", "Anatoly Nogovitsyn said last week that Poland was "
	    "exposed. Sikorski told reporters it was not.", "statement "
	    "2008-W33 anatoly-nogovitsyn; statement 2008-08-20 sikorski");
	/* "the two leaders met": those named before; an offer made */
	EXPECT("2011-05-27", "Obama and Medvedev spoke in Deauville. The two "
	    "leaders met Thursday at the G8 summit in France.", "summit "
	    "2011-05-26 g8");
	EXPECT("2007-06-08", "Putin made the proposal on June 7 to Bush.",
	    "offer 2007-06-07 putin");
	EXPECT("2007-07-03", "On July 1, Putin expanded the offer during "
	    "talks with Bush.", "offer 2007-07-01 putin; summit 2007-07-01 "
	    "putin");
	/* another's offer the words report, at a date of its own; a
	   rejection's date after its object */
	EXPECT("2012-07-11", "Lavrov said that President Vladimir Putin had "
	    "proposed a joint system as early as 2007.", "offer 2007 putin; "
	    "statement 2012-07-11 lavrov");
	EXPECT("2012-03-23", "Washington rejected the idea in 2010.",
	    "statement 2010 united-states");
	/* made at a meeting: of its date, which the meeting keeps */
	EXPECT("2011-12-12", "Serdyukov recalled that Russia had proposed a "
	    "sectoral missile defence system for Europe at the NATO summit "
	    "in Lisbon in November 2010.",
	    "offer 2010-11 russia; statement 2011-12-12 serdyukov; "
	    "summit 2010-11 serdyukov");
	/* a lesser rank is not the holder of the title it qualifies, and
	   "Secretary of State" before a name is a title, not a body */
	EXPECT("2010-11-24", "US Assistant Secretary of State Philip Gordon "
	    "said on Tuesday the talks failed.", "statement 2010-11-23 "
	    "philip-gordon");
	/* countermeasures with their modifiers, "compelled to" a modal */
	EXPECT("2015-03-19", "Russia will be compelled to take the necessary "
	    "military-technical measures to ensure its security.",
	    "warning 2015-03-19 russia");
	/* "no choice but to" a modal, countermeasures with their
	   modifiers too */
	EXPECT("2011-06-15", "But without them, Russia will have no choice "
	    "but to take military-technical countermeasures.",
	    "warning 2011-06-15 russia");
	/* another's act that would make a side act: the threat of the
	   side made to, told by one of its own; not of another side */
	EXPECT("2011-11-17", "Makarov said the shield could prompt Moscow to "
	    "station Iskander missiles near the Polish border.",
	    "warning 2011-11-17 makarov");
	EXPECT("2011-11-17", "Makarov said the shield could prompt NATO to "
	    "station more troops in Poland.", "statement 2011-11-17 makarov");
	/* an unnamed general of a side is the side; "react" is a
	   response; a date opening the sentence after an adverb */
	EXPECT("2014-03-24", "Russia could deploy Iskander missiles if Poland "
	    "hosts the shield, a senior Russian general said on Monday.",
	    "warning 2014-03-24 russia");
	EXPECT("2008-07-09", "The ministry said Moscow would be forced to "
	    "react with military-technical methods, Lavrov said.",
	    "warning 2008-07-09 lavrov");
	EXPECT("2012-03-29", "Earlier on Tuesday, Nikolai Makarov said talks "
	    "were at a dead end.", "statement 2012-03-27 makarov");
	/* "said in a televised address on Wednesday": the manner of the
	   words, then their date */
	EXPECT("2011-11-24", "Russia will deploy missiles in Kaliningrad, "
	    "President Dmitry Medvedev said in a televised address on "
	    "Wednesday.", "warning 2011-11-23 medvedev");
	/* "in a statement released by his office Friday": the day of the
	   participle, past its agent */
	EXPECT("2010-02-05", "Romania will host interceptors, President "
	    "Traian Basescu said Thursday.\n\nDmitry Rogozin said in a "
	    "statement released by his office Friday that Moscow wanted an "
	    "explanation.", "statement 2010-02-04 basescu; statement "
	    "2010-02-05 rogozin");
	/* "in which he accused": the date of the antecedent */
	EXPECT("2008-02-10", "His remarks came a year after his speech in "
	    "Munich in February 2007, in which Putin accused the United "
	    "States of trying to dominate the world.", "statement 2007-02 "
	    "putin");
	/* ", where": the date of the clause the place ends; and a name
	   that names a thing ("the Bush family estate") is no one a
	   pronoun stands for */
	EXPECT("2011-06-20", "Putin surprised Bush in June 2007.\n\nThe "
	    "offer was repeated the following month at the Bush family "
	    "estate in Kennebunkport, where Putin proposed to include a new "
	    "radar.\n\nPutin repeated the offer in July 2007 at the Bush "
	    "family estate, where he proposed a new radar.", "offer 2007-07 "
	    "putin; offer 2007-07 putin");
	/* "A day earlier, ...": the lapse from the day, its signal after
	   it */
	EXPECT("2011-11-17", "A day earlier, Nikolai Makarov said talks were "
	    "at a dead end.", "statement 2011-11-16 makarov");
	/* "called on Russia": whom it was said to, not who said it; "the
	   leaders": the body of the sentence before, by an alias */
	EXPECT("2008-04-03", "NATO leaders met in Bucharest on Thursday, and "
	    "called on Russia to stop criticising the project. \"We are "
	    "united,\" the leaders said in a joint declaration.", "statement "
	    "2008-04-03 nato; summit 2008-04-03 nato; statement 2008-04-03 "
	    "nato");
	/* background told as habitual, and what it says, is no event */
	EXPECT("2008-04-03", "Putin has repeatedly warned that Moscow would "
	    "respond.", "");
	/* the gathering told, with its modifiers and whom it was with */
	EXPECT("2013-11-08", "Progress is slow, Foreign Minister Sergei Lavrov "
	    "told a joint news conference with his Japanese counterpart in "
	    "Tokyo on Saturday.", "statement 2013-11-02 lavrov");
	/* an offer reported in the past perfect; "presented by" */
	EXPECT("2011-03-16", "Ryabkov pointed out that Moscow had put forward "
	    "a proposal on a joint system last November.", "offer 2010-11 "
	    "russia; statement 2011-03-16 ryabkov");
	EXPECT("2012-05-24", "The offer was presented by EU foreign policy "
	    "chief Catherine Ashton on Wednesday.", "offer 2012-05-23 ashton");
	/* "counterpart" a title before a name; "will gather" a meeting */
	EXPECT_AT("2014-06-27", "Idrissov met his Turkmen counterpart Rashid "
	    "Meredov in Astana on Thursday. \"We expect a breakthrough,\" "
	    "Meredov said. The deputy ministers will gather in Moscow in "
	    "July.", "summit 2014-06-26 turkmenistan @ Astana; statement "
	    "2014-06-26 rashid-meredov; summit 2014-07 turkmenistan @ Moscow");
	/* an object with modifiers: "presented a new proposal", "signed a
	   framework agreement" */
	EXPECT("2013-10-16", "Zarif presented a new proposal on Tuesday.",
	    "offer 2013-10-15 zarif");
	EXPECT_AT("2009-07-07", "Obama and Medvedev signed a framework "
	    "agreement on arms reductions in Moscow on Monday.", "summit "
	    "2009-07-06 obama @ Moscow");
	/* retaliatory steps are a countermeasure, under a condition too */
	EXPECT("2011-01-27", "Medvedev said on Wednesday that Russia would "
	    "have to take retaliatory steps if no agreement was reached.",
	    "warning 2011-01-26 medvedev");
	/* an analyst is no side, and the name after "says" in what he says
	   is not the speaker */
	EXPECT("2007-06-08", "A Russian military analyst says Putin's plan "
	    "could include basing warships in the Caspian.", "");
	/* "saying it confirmed Moscow's fears": a thing's, inside words
	   already reported */
	EXPECT("2011-09-23", "Rogozin on Friday criticised the alliance's "
	    "decision to deploy a radar in Turkey, saying it confirmed "
	    "Moscow's fears.", "statement 2011-09-23 rogozin");
	/* a hostile act asked of, "whether Bush would deploy", no threat */
	EXPECT("2007-07-03", "The two sides remained at odds over whether "
	    "Bush would deploy missiles in Poland.", "");
	/* "seems to suggest": what a thing shows, no offer */
	EXPECT("2012-09-10", "Rogozin spoke on Monday. The new arrangement "
	    "seems to suggest that Russia will leave Gabala.", "");
	/* another's offer in the words quoted, of the day they were said */
	EXPECT("2007-07-03", "\"President Putin proposed a regional "
	    "approach, and I agree,\" Bush said on Monday.", "statement "
	    "2007-07-02 bush; offer 2007-07-02 putin");
	/* a ministry's statement, told in the present */
	EXPECT("2015-03-19", "The Russian Foreign Ministry reiterates its "
	    "proposal to resume the dialogue.", "offer 2015-03-19 "
	    "russia-mfa");
	/* a second meeting with a date and a place of its own; "the talks
	   at the Lisbon summit" is one */
	EXPECT("2012-05-04", "Lavrov will meet Clinton in Geneva on Monday, "
	    "ahead of a NATO summit in Chicago on May 20.", "summit "
	    "2012-05-07 lavrov; summit 2012-05-20 lavrov");
	EXPECT("2010-11-22", "Medvedev held talks with Rasmussen at the "
	    "NATO summit in Lisbon on Saturday.", "summit 2010-11-20 "
	    "medvedev");
	/* "attended" is a meeting (CAMEO's GO_SOMEWHERE, 042); "would" in
	   the clause reported is not the meeting's: it was, that day */
	EXPECT("2010-11-20", "Medvedev, who attended the NATO summit in "
	    "Lisbon, said Moscow would consider the offer.", "statement "
	    "2010-11-20 medvedev; summit 2010-11-20 medvedev");
	/* a season made whole ("in the autumn") dates a meeting too */
	EXPECT("2011-07-05", "Rogozin said a new round of talks would take "
	    "place in the autumn.", "statement 2011-07-05 rogozin; summit "
	    "2011-FA rogozin");
	/* "a day before ministers meet": a day after the act told; "two
	   days after the talks": two before */
	EXPECT("2011-12-07", "Rasmussen on Wednesday renewed the offer, a day "
	    "before foreign ministers of the NATO-Russia Council meet in "
	    "Brussels.", "offer 2011-12-07 rasmussen; summit 2011-12-08 "
	    "rasmussen");
	EXPECT("2011-12-07", "Rasmussen renewed the offer on Wednesday, two "
	    "days after the talks in Brussels.", "offer 2011-12-07 rasmussen; "
	    "summit 2011-12-05 rasmussen");
	/* an act "days after": gone by before the news, of the day its
	   speaker's words are told next, or of none */
	EXPECT("2011-11-28", "Rogozin said on Monday that Moscow would not "
	    "wait. His comments come days after Medvedev announced "
	    "countermeasures.\n\nMedvedev said in a televised address on "
	    "November 23 that Russia could quit the treaty.", "statement "
	    "2011-11-28 rogozin; warning 2011-11-23 medvedev; warning "
	    "2011-11-23 medvedev");
	EXPECT("2011-11-28", "Rogozin said on Monday that Moscow would not "
	    "wait. His comments come days after Medvedev announced "
	    "countermeasures.", "statement 2011-11-28 rogozin; warning null "
	    "medvedev");
	/* a meeting's verb in the passive, with no date of its own: the
	   meeting told before, named again; "a deal has been reached", one
	   of its own */
	EXPECT("2013-11-24", "Kerry joined talks in Geneva on Saturday. A deal "
	    "has been reached in Geneva between Iran and six powers.", "summit "
	    "2013-11-23 kerry; summit 2013-11-24 iran");
	EXPECT("2012-06-28", "Lavrov will hold talks with Ilham Aliyev in Baku "
	    "on Friday. The future of the Gabala radar station is expected "
	    "to be discussed.", "summit 2012-06-29 lavrov");
	/* "before retiring at the end of the month": the date of a clause
	   of its own, not the meeting's */
	EXPECT_AT("2011-06-08", "Gates will attend a NATO meeting in Brussels "
	    "before retiring at the end of the month.", "summit null gates @ "
	    "Brussels");
	/* the place of "in Chicago for a two-day summit" */
	EXPECT_AT("2012-05-18", "NATO leaders will gather in Chicago for a "
	    "two-day summit opening on Sunday.", "summit 2012-05-20 nato @ "
	    "Chicago");
	/* "gathered" (CAMEO's ASSEMBLE); the summit its purpose names is
	   another, in the relative clause after its comma */
	EXPECT_AT("2010-09-08", "Foreign ministers of the Caspian states "
	    "gathered in Moscow on Wednesday to prepare the summit, which "
	    "will open in Baku on November 18.", "summit 2010-09-08 "
	    "caspian-states @ Moscow; summit 2010-11-18 caspian-states @ "
	    "Baku");
	/* a meeting verb's phrase starts at the verb: "meet" is not in
	   Almaty, named before it */
	EXPECT_AT("2013-02-27", "Iran and the six powers held talks in Almaty "
	    "on Wednesday but agreed to meet again in Istanbul next month.",
	    "summit 2013-02-27 iran @ Almaty; summit 2013-03 iran @ Istanbul");
	/* "attended the summit": a meeting verb with a meeting its object;
	   "received a delegation led by": a body of people */
	EXPECT_AT("2010-11-24", "Aliyev attended the third Caspian summit in "
	    "Baku on Thursday.", "summit 2010-11-18 aliyev @ Baku");
	EXPECT("2010-11-24", "President Ilham Aliyev received a delegation "
	    "led by the Turkish Speaker on Monday.", "summit 2010-11-22 "
	    "aliyev");
	/* the invitation's own day, not the visit's year; a visit
	   invited to is not yet one */
	EXPECT("2010-11-24", "Turkish Speaker Mehmet Ali Sahin invited "
	    "Aliyev to visit Ankara next year.", "offer 2010-11-24 "
	    "mehmet-ali-sahin");
	/* a meeting named again by its place, past another one told since */
	EXPECT_AT("2013-02-27", "Iran and the six powers held talks in Almaty "
	    "on Wednesday. Experts of Iran and the six powers will meet in "
	    "Istanbul on March 18. The talks in Almaty were the first in "
	    "eight months.", "summit 2013-02-27 iran @ Almaty; summit "
	    "2013-03-18 iran @ Istanbul");
	/* where and when set apart by commas are the meeting's still */
	EXPECT_AT("2013-02-27", "The last round of talks with Iran, in Moscow "
	    "in June, ended in deadlock.", "summit 2012-06 iran @ Moscow");
	/* "negotiations"; a deal reached, told as a reduced relative */
	EXPECT_AT("2014-09-30", "Iran and six world powers will resume "
	    "nuclear negotiations in New York on Oct. 14. The interim deal "
	    "reached in Geneva last November was extended in July.",
	    "summit 2014-10-14 iran @ New York; summit 2013-11 iran @ "
	    "Geneva");
	/* a meeting gone by is no limit to meet: "as evidenced by" */
	EXPECT_AT("2018-08-02", "The two countries are partners, as evidenced "
	    "by the treaty signed in April 2017 in Astana.", "summit 2017-04 "
	    "kazakhstan @ Astana");
	/* "after talks with" a person named is a meeting of its own; a
	   warning said on a day is the story's lead, whose day the words
	   after it take */
	EXPECT("2008-02-15", "President Vladimir Putin warned Thursday that "
	    "Russia could target its missiles at Ukraine. Putin made the "
	    "remarks at a news conference in the Kremlin after talks with "
	    "Ukrainian President Viktor Yushchenko. Yushchenko said the "
	    "constitution did not allow foreign bases.", "warning 2008-02-14 "
	    "putin; summit 2008-02-14 putin; statement 2008-02-14 "
	    "viktor-yushchenko");
	/* a meeting in a "when" clause takes the date it follows */
	EXPECT_AT("2010-12-05", "A decision is expected by June, when NATO "
	    "and Russian defence ministers meet in Brussels.", "deadline "
	    "2011-06 nato; summit 2011-06 nato @ Brussels");
	/* an offer's maker by title and name, and its date past both */
	EXPECT("2010-12-05", "The proposal was put forward by Russian "
	    "President Dmitry Medvedev at the Lisbon summit last month.",
	    "offer 2010-11 medvedev; summit 2010-11 medvedev");
	/* handed over, its receiver between the verb and "by" */
	EXPECT("2012-04-25", "The proposal was handed to U.S. negotiators by "
	    "Russian Deputy Defense Minister Anatoly Antonov at talks in "
	    "Moscow earlier this month.", "offer 2012-04 antonov; summit "
	    "2012-04 united-states");
	/* a meeting named again as the occasion of the words: their day;
	   a side's person is one of its actors */
	EXPECT("2014-08-29", "The presidents of Azerbaijan and Armenia met in "
	    "Sochi on Aug. 10. After the Sochi meeting, Azerbaijani President "
	    "Ilham Aliyev said there was no alternative to peace.", "summit "
	    "2014-08-10 azerbaijan; statement 2014-08-10 aliyev");
	/* and so "following" the meeting */
	EXPECT("2013-11-20", "The presidents of Azerbaijan and Armenia met in "
	    "Vienna on Nov. 19.\n\nFollowing the meeting, the OSCE Minsk Group "
	    "co-chairs said in a statement that the presidents had agreed to "
	    "advance negotiations.", "summit 2013-11-19 azerbaijan; statement "
	    "2013-11-19 osce-minsk-group");
	/* of a sentence that told several, the news, not an aside on it; a
	 * comma closes a phrase that opens the sentence */
	EXPECT("2011-01-26", "Ambassadors of the NATO-Russia Council met today "
	    "in Brussels, as agreed at the Lisbon Summit on 20 November 2010."
	    "\n\nSpeaking after the meeting, NATO Secretary General Anders "
	    "Fogh Rasmussen said the Council had made a good start.", "summit "
	    "2011-01-26 nato-russia-council; summit 2010-11-20 "
	    "nato-russia-council; statement 2011-01-26 rasmussen");
	EXPECT("2011-01-26", "Ambassadors of the NATO-Russia Council met today "
	    "at NATO Headquarters to launch a joint review, as agreed by Heads "
	    "of State and Government at the Lisbon Summit on 20 November 2010."
	    "\n\nSpeaking after the meeting, NATO Secretary General Anders "
	    "Fogh Rasmussen said the Council had made a good start.", "summit "
	    "2011-01-26 nato-russia-council; summit 2010-11-20 "
	    "nato-russia-council; statement 2011-01-26 rasmussen");
	/* a meeting denied or supposed is none */
	EXPECT("2011-05-19", "Medvedev warned on Wednesday that Russia could "
	    "withdraw from the treaty if no agreement was reached.",
	    "warning 2011-05-18 medvedev");
	EXPECT("2009-12-03", "Russia said Thursday it would not resume talks "
	    "with the United States until Washington provided details.",
	    "statement 2009-12-03 russia");
	EXPECT("2011-05-19", "Rogozin said Russia would respond if the two "
	    "sides met without progress.", "warning 2011-05-19 rogozin");
	/* a meeting's date far along its phrase */
	EXPECT_AT("2007-07-04", "The offer was made during informal talks "
	    "with US President George W. Bush at the Bush family estate in "
	    "Kennebunkport, Maine, on Monday.", "summit 2007-07-02 bush @ "
	    "Kennebunkport");
	/* a meeting named again by its day is the one of that day */
	EXPECT("2012-12-11", "Iran and the IAEA will hold talks in Tehran on "
	    "December 13. IAEA Deputy Director General Herman Nackaerts said "
	    "he was not optimistic ahead of Thursday's meeting.", "summit "
	    "2012-12-13 iran; statement 2012-12-11 herman-nackaerts");
	/* "discuss" is a meeting with someone only */
	EXPECT_AT("2012-03-29", "Rogozin said he would discuss the issue with "
	    "Rasmussen in Brussels next month.", "statement 2012-03-29 "
	    "rogozin; summit 2012-04 rogozin @ Brussels");
	EXPECT("2014-03-24", "NATO ministers will meet in Brussels on April 1 "
	    "to discuss the crisis in Ukraine.", "summit 2014-04-01 nato");
	/* a meeting of that day elsewhere is another; "are met" is kept */
	EXPECT_AT("2012-05-21", "Medvedev met Obama on Sunday. The NATO summit "
	    "opened in Chicago on Sunday.", "summit 2012-05-20 medvedev; "
	    "summit 2012-05-20 nato @ Chicago");
	EXPECT("2012-04-14", "All the obligations are met by Iran.", "");
	/* "who attended the talks": the last meeting told, whoever the
	   sentence names */
	EXPECT("2011-06-08", "NATO and Russia held a meeting of the "
	    "NATO-Russia Council in Brussels on Wednesday. Russian Defence "
	    "Minister Anatoly Serdyukov, who attended the talks, said the issue "
	    "remained open.", "summit 2011-06-08 nato; statement 2011-06-08 "
	    "serdyukov");
	/* the meeting a journey is for takes its date and place */
	EXPECT_AT("2010-11-19", "Medvedev will arrive in Lisbon on Saturday to "
	    "take part in a meeting of the Russia-NATO Council.", "summit "
	    "2010-11-20 medvedev @ Lisbon");
	/* a noun's phrase stops at a verb of saying; a verb's at "for" a
	   meeting, unless it has a date of its own */
	EXPECT_AT("2014-06-27", "Kazakhstan offered to host a forum in 2015, "
	    "Idrissov said at a meeting with Turkmen Foreign Minister Rashid "
	    "Meredov in Astana on Thursday.", "offer 2014-06-26 kazakhstan; "
	    "summit 2015 kazakhstan; summit 2014-06-26 kazakhstan @ Astana");
	EXPECT_AT("2014-06-27", "The ministers discussed preparations for the "
	    "summit to be held in Baku on September 29.", "summit 2014-09-29 "
	    "azerbaijan @ Baku");
	EXPECT_AT("2012-03-26", "Putin is scheduled to visit the United States "
	    "in May for the G8 summit in Camp David.", "summit 2012-05 putin @ "
	    "Camp David");
	/* "ended two days of talks on Wednesday": they began on Tuesday;
	   words of the talks are Wednesday's */
	EXPECT("2013-10-16", "Iran and six world powers ended two days of "
	    "talks in Geneva on Wednesday. Zarif said progress was made.",
	    "summit 2013-10-15 iran; statement 2013-10-16 zarif");
	/* "met at ... for two days of talks that began on Friday": one
	   meeting, of Friday (the place after "at" is no object); what was
	   said there, on its last day */
	EXPECT("2010-06-05", "Dmitry Medvedev and Angela Merkel met at the "
	    "government guest house outside Berlin for two days of talks that "
	    "began on Friday. Merkel said the committee could help.",
	    "summit 2010-06-04 medvedev; statement 2010-06-05 merkel");
	/* "said at a ceremony on the sidelines of the Munich Security
	   Conference": the words' occasion, nine words back */
	EXPECT("2011-02-05", "Clinton said on Saturday at a ceremony on the "
	    "sidelines of the Munich Security Conference that the treaty was "
	    "in force.", "statement 2011-02-05 clinton; summit 2011-02-05 "
	    "clinton");
	/* "attending his first NATO summit, said": the speaker there */
	EXPECT("2012-05-20", "French President Francois Hollande on Sunday "
	    "warned NATO allies about costs. Hollande, attending his first "
	    "NATO summit, said the system must remain under political "
	    "control.", "warning 2012-05-20 francois-hollande; statement "
	    "2012-05-20 francois-hollande; summit 2012-05-20 "
	    "francois-hollande");
	/* "Speaking at an expanded session": the meeting the words were
	   said at, of their day, a participle after "an" its adjective */
	EXPECT("2008-02-10", "Putin warned on Friday that Russia would "
	    "retarget its missiles. Speaking at an expanded session of the "
	    "State Council, Putin said a new arms race had begun.",
	    "warning 2008-02-08 putin; statement 2008-02-08 putin; summit "
	    "2008-02-08 putin");
	/* "ended a two-day visit on Tuesday": it began on Monday; "the
	   agency" after the clause it reports: the body named before */
	EXPECT("2012-02-21", "A team of the International Atomic Energy "
	    "Agency ended a two-day visit to Iran on Tuesday, the agency said "
	    "in a statement.", "statement 2012-02-21 iaea; summit 2012-02-20 "
	    "iaea");
	/* "after meeting his German counterpart": one of its own, not
	   the summit told before */
	EXPECT("2012-01-27", "Polish Foreign Minister Radoslaw Sikorski on "
	    "Friday called on NATO and Russia to reach an agreement on missile "
	    "defence before the alliance's summit in Chicago. Sikorski spoke "
	    "after meeting his German counterpart Guido Westerwelle in "
	    "Warsaw.", "statement 2012-01-27 sikorski; summit null poland; "
	    "summit 2012-01-27 sikorski");
	/* a meeting the words tell of, said on a day of their own, is no
	   occasion of the speaker's next words */
	EXPECT("2011-06-27", "The meeting of the presidents of Armenia and "
	    "Azerbaijan in Kazan on "
	    "Friday did not bring a breakthrough, Armenian Foreign Minister "
	    "Edward Nalbandian told journalists on Monday. Nalbandian accused "
	    "Baku of rejecting the principles.", "statement 2011-06-27 "
	    "nalbandian; summit 2011-06-24 armenia; "
	    "statement 2011-06-27 nalbandian");
	/* "The co-chairs are expected to visit": the body the article
	   named with the word, not the last meeting's actors */
	EXPECT("2011-06-27", "Armenian Foreign Minister Edward Nalbandian on "
	    "Monday rejected the principles of the Minsk Group co-chairs. The "
	    "co-chairs are expected to visit the region in July.",
	    "statement 2011-06-27 nalbandian; summit 2011-07 "
	    "osce-minsk-group");
	/* the meeting after which words were said is one */
	EXPECT("2011-12-08", "Rasmussen told a news conference after the "
	    "meeting of the NATO-Russia Council.", "statement "
	    "2011-12-08 rasmussen; summit 2011-12-08 rasmussen");
	/* "After talks that lasted four hours, X issued a statement": the
	   talks told before are the words' occasion, and give their day */
	EXPECT("2011-06-25", "The presidents of Armenia and Azerbaijan met in "
	    "Kazan on Friday. After talks that lasted four hours, the three "
	    "presidents, Serzh Sargsyan, Ilham Aliyev and Dmitry Medvedev, "
	    "issued a joint statement.", "summit 2011-06-24 armenia; "
	    "statement 2011-06-24 medvedev");
	/* "after two days of talks" began the day before */
	EXPECT("2010-10-19", "Medvedev said Tuesday, after two days of talks "
	    "in France, that he agreed.", "statement 2010-10-19 medvedev; "
	    "summit 2010-10-18 medvedev");
	/* "in Tallinn on Wednesday, where he is to meet": the place and
	 * day "where" stands for; not those of a place before another */
	EXPECT_AT("2014-09-01", "Obama will stop in Tallinn on Wednesday, "
	    "where he is to meet the leaders of Estonia.", "summit 2014-09-03 "
	    "obama @ Tallinn");
	EXPECT_AT("2011-10-25", "The co-chairs arrived in Baku on Monday from "
	    "Yerevan, where they met Armenian President Serzh Sargsyan.",
	    "summit 2011-10-25 sargsyan @ Yerevan");
	/* "had a telephone conversation": told in the past, as "held
	 * talks" is, of the day its first person's words are */
	EXPECT("2012-11-23", "Vladimir Putin had a telephone conversation "
	    "with US President Barack Obama.", "summit 2012-11-23 putin");
	/* the occasion the remarks told before were made at, with no day
	 * of its own, is theirs */
	EXPECT("2015-06-16", "Putin announced on Monday that Russia would "
	    "modernise its arsenal. Putin made the statement at the opening "
	    "of a military forum in Kubinka.", "statement 2015-06-15 putin; "
	    "summit 2015-06-15 putin");
	/* a call: "spoke by phone", "spoke with his counterpart by
	 * telephone" */
	EXPECT("2013-03-16", "Lavrov spoke with his US counterpart by "
	    "telephone on Monday.", "summit 2013-03-11 lavrov");
	/* a conversation with someone named; none with reporters */
	EXPECT("2009-09-17", "Obama spoke with Medvedev on Tuesday.",
	    "summit 2009-09-15 obama");
	EXPECT("2009-09-17", "Lavrov spoke with reporters on Tuesday.", "");
	/* "The Moscow meeting followed talks in Baghdad on May 23-24 and in
	 * Istanbul on April 14": the meeting told before, and two of the
	 * last meeting's sides, each at its place */
	EXPECT_AT("2012-06-19", "Iran and the P5+1 ended talks in Moscow on "
	    "Tuesday. The Moscow meeting followed talks in Baghdad on May "
	    "23-24 and in Istanbul on April 14.", "summit 2012-06-19 iran "
	    "@ Moscow; summit 2012-05-23 iran @ Baghdad; summit 2012-04-14 "
	    "iran @ Istanbul");
	/* the place after a preposition, not one naming a thing */
	EXPECT_AT("2012-06-15", "Russia and Azerbaijan will hold another round "
	    "of talks on the Gabala radar station in Baku next week, Russian "
	    "Deputy Defence Minister Anatoly Antonov said.", "statement "
	    "2012-06-15 antonov; summit 2012-W25 russia @ Baku");
	/* "to attend the Vilnius meeting": the one in that city */
	EXPECT_AT("2011-11-21", "Azerbaijani Foreign Minister Elmar "
	    "Mammadyarov said Baku expected proposals before the OSCE "
	    "Ministerial Council in Vilnius on December 6-7. Armenian Foreign "
	    "Minister Edward Nalbandian is also expected to attend the "
	    "Vilnius meeting.", "statement 2011-11-21 mammadyarov; "
	    "summit 2011-12-06 mammadyarov @ Vilnius; deadline 2011-12-06 "
	    "mammadyarov");
	/* the meeting a limit names in a condition is not supposed: it and
	 * its deadline are to come */
	EXPECT("2012-02-08", "Rogozin warned that Moscow could walk out of "
	    "the treaty if no agreement was reached by the NATO summit in "
	    "Chicago in May.", "warning 2012-02-08 rogozin; summit 2012-05 "
	    "rogozin; deadline 2012-05 rogozin");
	/* a meeting asked about is none */
	EXPECT("2012-06-19", "EU spokesman Michael Mann said the deputies "
	    "would decide whether a further meeting was warranted.",
	    "statement 2012-06-19 michael-mann");
	/* "shortly before the NATO summit": NATO is that summit's, not the
	   new round's, which is of the consultations told before */
	EXPECT("2012-03-30", "Russian and U.S. diplomats held consultations in "
	    "Geneva on Tuesday.\n\nA new round of consultations could take "
	    "place in May, shortly before the NATO summit in Chicago.",
	    "summit 2012-03-27 russia; summit 2012-05 russia");
	/* "at the end of February": a meeting late in the month */
	EXPECT("2012-02-08", "The next round of consultations will be held in "
	    "Geneva at the end of February.", "summit 2012-02 -");
	/* "Three days of negotiations ... ended early Sunday": from their
	 * first day; "Over two days of talks, we had ...", told on the day
	 * the document was published, likewise */
	EXPECT("2013-11-10", "Three days of negotiations between Iran and six "
	    "world powers ended early Sunday.", "summit 2013-11-08 iran");
	EXPECT("2013-04-06", "Over two days of talks in Almaty, we had long "
	    "discussions.", "summit 2013-04-05 kazakhstan");
	/* "told RFE/RL's Azerbaijani Service on June 26": the words' day,
	 * past a name's marks; "is not holding any talks": none */
	EXPECT("2013-06-27", "Foreign Ministry spokesman Elman Abdullayev "
	    "told RFE/RL's Azerbaijani Service on June 26 that Azerbaijan is "
	    "not holding any talks with Russia.", "statement 2013-06-26 "
	    "elman-abdullayev");
	/* "told Trend in an exclusive interview on Thursday": the words'
	 * day; a conference "which opened on Wednesday" is no day of words
	 * said there later */
	EXPECT("2013-10-03", "Iran wants the sea free of foreign forces, "
	    "Iranian Ambassador Mohsen Pak Aein told Trend in an exclusive "
	    "interview on Thursday.\n\nThe ambassador made the remarks on the "
	    "sidelines of a conference in Baku, which opened on Wednesday."
	    "\n\n\"The littoral states alone are responsible,\" Pak Aein "
	    "said.", "statement 2013-10-03 mohsen-pak-aein; summit 2013-10-02 "
	    "iran; statement 2013-10-03 mohsen-pak-aein");
	/* "..., the Kremlin press service reported" */
	EXPECT("2012-01-24", "The presidents of Azerbaijan and Russia met in "
	    "Sochi on Monday.\n\nFollowing the meeting, the presidents "
	    "adopted a joint statement, the Kremlin press service reported.",
	    "summit 2012-01-23 azerbaijan; statement 2012-01-23 russia");
	/* agreements signed, plural: a meeting; "a year later" counts from
	 * the date last named */
	EXPECT("2013-04-10", "In June 2007, Putin proposed it. A year later, "
	    "Washington signed agreements with Prague and Warsaw.",
	    "offer 2007-06 putin; summit 2008 united-states");
	/* "The deal, reached in Geneva on Nov. 24, ...": where and when */
	EXPECT_AT("2014-01-13", "Iran and the six powers met in Vienna on "
	    "Sunday.\n\nThe deal, reached in Geneva on Nov. 24, gives the "
	    "sides until July 20 to conclude a final accord.", "summit "
	    "2014-01-12 iran @ Vienna; deadline 2014-07-20 iran; summit "
	    "2013-11-24 iran @ Geneva");
	/* a finer date within the first's period is the meeting's */
	EXPECT("2013-05-28", "The 2012 round of consultations was held in "
	    "Beijing last June.", "summit 2012-06 china");
	/* nor, for one to come, one past a verb of saying: the words'
	   day (the signing is the arrival's) */
	EXPECT("2008-08-19", "Rice will arrive in Warsaw on Wednesday to sign "
	    "the agreement on the shield in Poland, spokesman Piotr Paszkowski "
	    "announced on Tuesday.", "statement 2008-08-19 piotr-paszkowski; "
	    "summit 2008-08-20 rice");
	/* (and one after "before" the act told is to come) */
	EXPECT("2011-06-10", "Talks have stalled less than a month before the "
	    "NATO-Russia Council meets in Sochi, Rogozin said Thursday.",
	    "statement 2011-06-09 rogozin; summit null nato-russia-council");
	/* the day of the verb a meeting opens or ends "with"; a country it
	   is "on" is what it is about, not who meets */
	EXPECT("2012-05-21", "NATO leaders met in Chicago on Sunday.\n\nThe "
	    "summit ends Monday with a meeting on Afghanistan.", "summit "
	    "2012-05-20 nato; summit 2012-05-21 nato");
	/* "the summit": the last told by that noun; what it ends with has
	   its people */
	EXPECT("2012-05-21", "NATO leaders opened their summit in Chicago on "
	    "Sunday.\n\nPutin skipped the Group of Eight meeting at Camp David "
	    "on Saturday.\n\nThe summit ends Monday with a meeting on "
	    "Afghanistan.", "summit 2012-05-20 nato; summit 2012-05-19 g8; "
	    "summit 2012-05-21 nato");
	/* nor the start of a stretch after "since" */
	EXPECT("2011-07-04", "\"We have not found a solution,\" Rasmussen "
	    "told a news conference after the NATO-Russia Council met in the "
	    "Black Sea resort, the first such session held in Russia since "
	    "2002.", "statement 2011-07-04 rasmussen; summit 2011-07-04 "
	    "rasmussen");
	/* "later in the day": the day last named, not one an aside names */
	EXPECT("2013-11-08", "Kerry will travel to Geneva on Friday.\n\nKerry, "
	    "who was in Israel on Thursday, cut short a tour of the region."
	    "\n\nGerman Foreign Minister Guido Westerwelle was also expected "
	    "in Geneva later in the day.", "summit 2013-11-08 kerry; summit "
	    "2013-11-08 germany");
	/* a compound's words and joints count as one before the noun */
	EXPECT("2009-04-02", "Obama and Medvedev pledged on Wednesday to "
	    "negotiate a new treaty, in their first face-to-face meeting.",
	    "offer 2009-04-01 medvedev; summit 2009-04-01 obama");
	/* a place after an infinitive in what was discussed is where that
	   is done: the meeting told before, named again */
	EXPECT_AT("2008-09-26", "Lavrov and Rice met in New York on Friday."
	    "\n\nThe ministers discussed Iran and U.S. plans to deploy missile "
	    "defense sites in Poland, a diplomat said.", "summit 2008-09-26 "
	    "lavrov @ New York");
	/* not one past a verb of saying: the words' day */
	EXPECT("2011-10-14", "Azerbaijani and Russian officials held talks in "
	    "Baku this week, spokesman Eldar Sabiroglu told Trend on Friday.",
	    "statement 2011-10-14 eldar-sabiroglu; summit 2011-W41 "
	    "azerbaijan");
	/* a meeting told with no date, then by its noun with one: that
	 * one, of that day */
	EXPECT("2010-02-05", "Lavrov will present his proposals at the Munich "
	    "Security Conference, his spokesman Andrei Nesterenko said "
	    "Friday.\n\nThe three-day conference opens later on Friday.",
	    "statement 2010-02-05 andrei-nesterenko; summit 2010-02-05 lavrov");
	/* and so in a city of the country it was placed in */
	EXPECT_AT("2013-02-27", "Talks in Kazakhstan between Iran and six "
	    "world powers have ended with an agreement to meet again.\n\nThe "
	    "two sides will hold expert-level talks in Istanbul on March "
	    "18.\n\nThe talks in Almaty began on Tuesday.", "summit 2013-02-26 "
	    "iran @ Almaty; summit 2013-03-18 iran @ Istanbul");
	/* "on Sunday and Monday for a summit": one meeting of two days */
	EXPECT("2012-05-18", "NATO leaders will meet in Chicago on Sunday and "
	    "Monday for a summit.", "summit 2012-05-20 nato");
	/* a calendar's items under its headings */
	EXPECT("2011-10-01", "A busy week ahead.\n\nMonday, October 3\n\n"
	    "Rasmussen meets Saakashvili in Brussels.\n\n"
	    "Wednesday-Thursday, October 5-6\n\nNATO defence ministers meet in "
	    "Brussels.", "summit 2011-10-03 rasmussen; summit 2011-10-05 "
	    "nato-defence-ministers");
	/* the present of a visit to come */
	EXPECT_AT("2013-02-14", "The diplomat said the issue would be on the "
	    "agenda when Rose Gottemoeller visits Moscow later this month.",
	    "summit 2013-02 gottemoeller @ Moscow");
	/* a title alone is a person, no thing that threatens */
	EXPECT("2011-07-01", "Lavrov said on Friday that the talks go on.\n\n"
	    "\"We will respond,\" the minister warned.", "statement "
	    "2011-07-01 lavrov; warning 2011-07-01 lavrov");
	/* "until" after what lasts: no time limit, nor the talks' date */
	EXPECT("2011-07-01", "Polish officials said talks could drag on until "
	    "the summer.", "statement 2011-07-01 poland");
	/* a draft handed to the side that is to answer it, an offer of its
	 * own day, told in the simple past */
	EXPECT("2012-06-08", "Lavrov said on Friday that Russia handed NATO a "
	    "draft treaty in March.", "offer 2012-03 russia; statement "
	    "2012-06-08 lavrov");
	/* ", in a speech in Berlin" after an act: its occasion, by its
	 * maker */
	EXPECT("2013-06-19", "Obama on Wednesday proposed that the two "
	    "countries cut their arsenals, in a speech in Berlin.",
	    "offer 2013-06-19 obama");
	/* a meeting's phrase ends at an infinitive to a meeting after the
	 * next one */
	EXPECT("2013-06-19", "Putin and Obama met on Monday on the sidelines "
	    "of the G8 summit and agreed to hold a summit in Moscow in "
	    "September.", "summit 2013-06-17 putin; summit 2013-09 putin");
	/* "a visit ... that ends on Saturday": the meeting's last day, no
	 * time limit */
	EXPECT("2012-04-20", "Davutoglu said on Friday, during a two-day visit "
	    "by his Iranian counterpart that ends on Saturday, that the radar "
	    "was defensive.", "statement 2012-04-20 davutoglu; summit "
	    "2012-04-20 davutoglu");
	EXPECT("2012-10-17", "The 12th summit of the Economic Cooperation "
	    "Organization (ECO) opened in Baku on Tuesday and will end on "
	    "Wednesday.", "summit 2012-10-16 azerbaijan");
	/* a limit in the relative clause of a meeting's object dates no
	 * meeting */
	EXPECT("2012-03-24", "Mammadyarov will visit Ankara on April 3-4 for "
	    "talks on the railway, which is due to be completed by the end of "
	    "2013.", "deadline 2013-12-31 mammadyarov; summit 2012-04-03 "
	    "mammadyarov");
	/* but one in a relative clause that tells the meeting held is its
	 * own */
	EXPECT("2013-11-15", "The ministers will prepare a summit of the two "
	    "presidents, which is expected to take place before the end of "
	    "the year.", "deadline 2013-12-31 -; summit 2013 -");
	/* the end of a compound is no cue: "the so-called ... system" */
	EXPECT("2012-02-16", "Russia and NATO agreed to cooperate on the "
	    "so-called European missile defence system at the Lisbon summit "
	    "in November 2010.", "summit 2010-11 russia");
	/* an aside between dashes does not count in a meeting's reach */
	EXPECT("2012-02-16", "The last round of talks between Iran and the "
	    "P5+1 - the United States, Russia, China, Britain, France and "
	    "Germany - ended without result in Istanbul in January 2011.",
	    "summit 2011-01 iran");
	/* "..., but said": the subject of the verb it is joined to */
	EXPECT("2012-02-16", "Clinton on Wednesday called the letter \"an "
	    "important step\", but said Iran must show it was serious.",
	    "statement 2012-02-15 clinton");
	/* "her offer of October": the person the pronoun names, the day
	 * gone by */
	EXPECT("2012-02-16", "Jalili sent a letter to Catherine Ashton on "
	    "Wednesday, accepting her offer of October to resume the "
	    "dialogue.", "offer 2011-10 ashton; statement 2012-02-15 jalili");
	/* what the words named by a noun said types them, no act of its
	 * own; and the speaker's next words with no date are of that day */
	EXPECT("2011-11-25", "Liu made the remarks when asked to comment on "
	    "Medvedev's statement on Wednesday that Russia would deploy "
	    "Iskander missiles.\n\nMedvedev said in a televised address that "
	    "Russia would also withdraw from the treaty.", "warning 2011-11-23 "
	    "medvedev; warning 2011-11-23 medvedev");
	/* and past a lapse's signal */
	EXPECT("2008-11-07", "Asked about Medvedev's announcement two days "
	    "earlier that Iskander missiles would be stationed in Kaliningrad, "
	    "Lavrov said the move was a response.", "warning 2008-11-05 "
	    "medvedev; statement 2008-11-07 lavrov");
	/* an opening phrase's date, twelve tokens in */
	EXPECT("2012-08-27", "In an interview with the Rossiya 24 channel aired "
	    "on Sunday, Lavrov said Moscow was waiting.",
	    "statement 2012-08-26 lavrov");
	/* a participle that names its noun is no meeting, and whom it is
	 * with, no subject; an aside between dashes is passed over */
	EXPECT("2012-03-07", "The six powers negotiating with Iran - the "
	    "United States, Russia, China, Britain, France and Germany - said "
	    "Tuesday they had accepted the offer.",
	    "statement 2012-03-06 p5-plus-1");
	/* CAMEO's INFORM, a verb of saying */
	EXPECT("2013-03-15", "Obama informed Putin of the decision on Friday.",
	    "statement 2013-03-15 obama");
	/* words told in a telephone conversation: its day */
	EXPECT("2012-05-11", "Putin told Obama of his decision in a telephone "
	    "conversation on Wednesday night.", "statement 2012-05-09 putin; "
	    "summit 2012-05-09 putin");
	/* threats the words are about are not threats they make */
	EXPECT("2011-12-08", "\"Nobody should be surprised,\" Rasmussen said "
	    "of the Russian threats.", "statement 2011-12-08 rasmussen");
	/* words reported as said by another, named after "by" with their
	 * own day: his act of that day (countermeasures announced, a
	 * threat) */
	EXPECT("2011-11-24", "Rogozin said NATO had no right to be surprised by "
	    "the countermeasures announced by President Dmitry Medvedev on "
	    "Wednesday.", "warning 2011-11-23 medvedev; statement 2011-11-24 "
	    "rogozin");
	/* warnings a quotation says were given are none made */
	EXPECT("2011-11-24", "\"We warned them many times,\" Rogozin wrote on "
	    "his Twitter account on Thursday.", "statement 2011-11-24 rogozin");
	/* another's act a lapse after the one told, of the day it leads
	 * to, and "their summit" in its clause, its subject's */
	EXPECT("2012-05-22", "Lavrov told reporters on Tuesday, a day after NATO "
	    "leaders declared an interim capability at their summit in "
	    "Chicago.", "statement 2012-05-21 nato; statement 2012-05-22 "
	    "lavrov; summit 2012-05-21 nato");
	/* a speech named, told again on the day of his act told before:
	 * one act, typed by what it says */
	EXPECT("2011-11-24", "Lavrov on Thursday called for prudence, a day "
	    "after Medvedev announced countermeasures.\n\nMedvedev said in a "
	    "televised address on Wednesday that Russia would deploy Iskander "
	    "missiles.", "warning 2011-11-23 medvedev; statement 2011-11-24 "
	    "lavrov");
	/* past an adverb of doubt to a meeting's date */
	EXPECT("2013-02-20", "Lavrov will visit Moscow, possibly in April.",
	    "summit 2013-04 lavrov");
	/* the source a meeting is told by, alone, takes no part in it */
	EXPECT("2012-07-05", "The defence ministers of Russia and Azerbaijan "
	    "discussed the issue in Baku in May.\n\nThe talks will continue at "
	    "the level of experts later this month, according to Lavrov.",
	    "summit 2012-05 russia; statement 2012-07-05 lavrov; summit "
	    "2012-07 russia");
	/* a thing's deployment, its noun phrase eight words long */
	EXPECT("2009-09-17", "Obama announced that a new system based on ships "
	    "would be deployed in Europe.", "statement 2009-09-17 obama");
	/* the meeting an offer was made during is no meeting it offers */
	EXPECT("2007-06-08", "Putin made the proposal on Thursday during talks "
	    "with Bush.", "offer 2007-06-07 putin; summit 2007-06-07 putin");
	/* "the last before": an order of things, no limit */
	EXPECT("2011-09-08", "Rogozin said the talks would be the last before "
	    "the meeting of NATO and Russian defense ministers in October.",
	    "statement 2011-09-08 rogozin; summit 2011-10 rogozin");
	/* "before leaving": when words were said, no limit */
	EXPECT("2007-06-08", "Lavrov told reporters before leaving the summit "
	    "on Friday.", "statement 2007-06-08 lavrov; summit 2007-06-08 "
	    "lavrov");
	/* "in an exclusive interview on Thursday": how and when */
	EXPECT("2012-02-10", "\"Our answer will be cheaper,\" Rogozin said in "
	    "an exclusive interview on Thursday.", "statement 2012-02-09 "
	    "rogozin");
	/* the interview named after words with no date dates them */
	EXPECT("2012-02-10", "Russia will respond with asymmetric measures, "
	    "Deputy Prime Minister Dmitry Rogozin has told RT.\n\n\"We will "
	    "not copy the American system,\" Rogozin said in an interview on "
	    "Thursday.", "warning 2012-02-09 rogozin; statement 2012-02-09 "
	    "rogozin");
	/* "the two presidents said": the last meeting's people */
	EXPECT("2011-06-25", "Aliyev and Medvedev met in Kazan on Friday.\n\n"
	    "\"The sides noted a mutual understanding,\" the two presidents "
	    "said in a joint statement after the talks.", "summit 2011-06-24 "
	    "aliyev; statement 2011-06-24 aliyev");
	/* "called" people, then a date: a telephone call */
	EXPECT("2011-06-25", "Obama called Aliyev and Sargsyan on Thursday.",
	    "summit 2011-06-23 obama");
	/* "called by" a country: a meeting convened, no words */
	EXPECT("2007-07-14", "An extraordinary conference of the CFE "
	    "signatories, called by Russia, was held in Vienna in June.",
	    "summit 2007-06 russia");
	/* "according to an interview" after an act: its source, no act;
	 * the interview "given ... on Friday" dates the words told in it,
	 * and those told before with none */
	EXPECT("2007-06-04", "Putin warned that Russia may aim its missiles at "
	    "Europe, according to an interview published Monday.\n\n\"We "
	    "will have to take retaliatory steps,\" Putin told journalists in "
	    "the interview, given at his residence on Friday.", "warning "
	    "2007-06-01 putin; warning 2007-06-01 putin");
	/* so is a document named after "according to", whoever's it is */
	EXPECT("2009-07-07", "Putin told Obama that relations had gone through "
	    "various stages, according to a Kremlin transcript.", "statement "
	    "2009-07-07 putin");
	/* "before" a clause with a subject of its own ends a meeting's
	 * phrase */
	EXPECT("2012-03-27", "Medvedev and Obama met in Seoul on Monday, their "
	    "last meeting before Medvedev hands over the presidency to Putin "
	    "on May 7.", "summit 2012-03-26 medvedev");
	/* ", and again in Baghdad in May": the next meeting told */
	EXPECT("2012-06-20", "Iran and the six powers first met in Istanbul in "
	    "April, and again in Baghdad in May.", "summit 2012-04 iran; "
	    "summit 2012-05 iran");
	/* "followed by" a meeting names it, sets no limit; "reached by"
	 * one does */
	EXPECT("2013-02-27", "Iran and the six powers met in Almaty on "
	    "Tuesday.\n\nThe two sides agreed to hold talks in Istanbul on "
	    "March 18, followed by another round of talks in Almaty on April "
	    "5-6.", "summit 2013-02-26 iran; summit 2013-03-18 iran; summit "
	    "2013-04-05 iran");
	/* "called him on Wednesday evening": a call to the one named */
	EXPECT("2009-09-17", "Czech Prime Minister Jan Fischer said Obama had "
	    "called him on Wednesday evening.", "statement 2009-09-17 "
	    "jan-fischer; summit 2009-09-16 czech-republic");
	/* "before the NATO-Russia Council meets ...": the clause's date is
	 * its own */
	EXPECT("2011-09-14", "Ryabkov and Tauscher agreed to meet again in "
	    "Moscow in October, before the NATO-Russia Council meets in "
	    "Brussels on October 6.", "summit 2011-10 ryabkov; summit "
	    "2011-10-06 ryabkov; deadline 2011-10-06 ryabkov");
	/* a meeting told with no date, then named a lapse before a day:
	 * the first of its days */
	EXPECT("2013-02-27", "Salehi described the latest round of talks "
	    "between Iran and the six powers in Almaty as a turning point."
	    "\n\nSalehi made the comments on Wednesday, a day after the "
	    "two-day talks in the Kazakh city ended.", "summit 2013-02-25 iran");
	/* "return to the region": a visit */
	EXPECT("2012-02-03", "The OSCE Minsk Group co-chairs plan to return to "
	    "the region in March.", "summit 2012-03 osce-minsk-group");
	/* a time of day dates an event by its day */
	EXPECT("2012-02-10", "Lavrov said last night that the talks would go "
	    "on.", "statement 2012-02-09 lavrov");
	/* a page's time stamp is no calendar's heading */
	EXPECT("2008-12-21", "5:40 am on 5 May 2012\n\nLavrov said the talks "
	    "would go on.", "statement 2008-12-21 lavrov");
	/* a year opening the sentence, a former office before the name */
	EXPECT("2013-05-08", "In 2008 then-Prime Minister Vladimir Putin "
	    "proposed a joint radar to the United States.", "offer 2008 putin");
	/* words said in the past, not on a day after the article's: the
	 * later date is the reported clause's, a limit here */
	EXPECT("2013-05-08", "Lavrov said in Moscow on Tuesday that the talks "
	    "would go on.\n\nHe said the treaty runs out on June 5, 2014.", "statement 2013-05-07 "
	    "lavrov; statement 2013-05-07 lavrov; deadline 2014-06-05 lavrov");
	/* a quotation ends its sentence before a verb that reports a
	 * clause of its own; not before the speaker of the quotation */
	EXPECT("2013-05-08", "Lavrov called the talks \"a waste of time.\" "
	    "He said Russia had proposed a new round in Geneva.",
	    "statement 2013-05-08 lavrov; statement 2013-05-08 lavrov");
	EXPECT("2013-05-08", "\"We are ready.\" Lavrov said on Tuesday.",
	    "statement 2013-05-07 lavrov");
	/* the clause before the speaker is what was said, though a phrase
	 * of how it was said follows the verb */
	EXPECT("2013-05-08", "The United States has rejected all of Moscow's "
	    "proposals, Permanent Representative to NATO Alexander Grushko "
	    "said in an interview with the Kommersant newspaper.",
	    "statement 2013-05-08 grushko");
	/* a lapse from the meeting the sentence opens with, in weeks */
	EXPECT("2013-05-08", "Lavrov and Kerry spoke by telephone on Monday."
	    "\n\nThe telephone talks came three weeks after Lavrov and Kerry "
	    "met in Stockholm.", "summit 2013-05-06 lavrov; summit 2013-W16 "
	    "lavrov");
	/* a body telling the act of its own person, of the day of the
	 * meeting told before, not a statement of its own */
	EXPECT("2013-05-08", "Lavrov and Kerry discussed the shield in a "
	    "telephone conversation on Monday, the Russian Foreign Ministry "
	    "said on Tuesday.\n\nLavrov repeated Moscow's offer of a joint "
	    "system, the ministry said in a statement posted on its website.",
	    "statement 2013-05-07 russia-mfa; summit 2013-05-06 lavrov; "
	    "offer 2013-05-06 lavrov");
	/* a meeting of that day named as a verb's object is the one told */
	EXPECT("2013-05-08", "Lavrov and Kerry met in Stockholm on Tuesday."
	    "\n\nKerry, who also attended Tuesday's meeting, said the talks "
	    "would go on.", "summit 2013-05-07 lavrov; statement 2013-05-07 "
	    "kerry");
	/* a meeting's words before its verb, another meeting's date and
	 * place, are not its own: the day told after "held" is */
	EXPECT_AT("2013-05-08", "Experts will meet in Geneva next week, "
	    "Ryabkov said.\n\nThe talks, the first since the summit in Lisbon "
	    "in November 2010, will be held on May 14-15, Ryabkov said.",
	    "statement 2013-05-08 ryabkov; summit 2013-05-14 ryabkov @ Geneva; "
	    "statement 2013-05-08 ryabkov; summit 2010-11 ryabkov @ Lisbon");
	/* the side of "Ashton's spokesman" is the EU, whose hopes he tells
	 * are no act of their own */
	EXPECT("2013-05-08", "Ashton's spokesman Michael Mann said on Tuesday "
	    "that the EU hoped the talks would go on.",
	    "statement 2013-05-07 michael-mann");
	/* quotation marks in a cue's gap: a countermeasure, not a promise
	 * under a condition */
	EXPECT("2013-05-08", "Russia will take \"adequate measures\" if the "
	    "shield threatens its security, Ryabkov said.",
	    "warning 2013-05-08 ryabkov");
	/* "reported" after a body's name, not an agency's */
	EXPECT("2013-05-08", "Nalbandian met Lavrov in Moscow on Tuesday, the "
	    "Armenian Foreign Ministry reported.", "statement 2013-05-08 "
	    "armenia-mfa; summit 2013-05-07 nalbandian");
	EXPECT("2013-05-08", "Nalbandian met Lavrov in Moscow on Tuesday, "
	    "Interfax reported.", "summit 2013-05-07 nalbandian");
	/* and after an office a title names, past "of": its holder's */
	EXPECT("2010-06-14", "Sargsyan and Aliyev will meet in St Petersburg "
	    "on June 17, the press service of the Armenian president "
	    "reported.", "statement 2010-06-14 sargsyan; summit 2010-06-17 "
	    "sargsyan");
	/* "the ministry" is no person: the side of the last minister
	 * named with the title's other words */
	EXPECT("2013-05-08", "Azerbaijani Foreign Minister Elmar Mammadyarov "
	    "received NATO envoy James Appathurai on Tuesday.\n\nThe sides "
	    "discussed cooperation, the Foreign Ministry said.", "summit "
	    "2013-05-07 mammadyarov; statement 2013-05-08 azerbaijan");
	/* "we will draw our own conclusions": a veiled threat */
	EXPECT("2013-05-08", "\"If there is no answer, we will draw our own "
	    "conclusions,\" Grushko said.", "warning 2013-05-08 grushko");
	/* "The sides discussed": those of the meeting told before */
	EXPECT("2013-05-08", "Aliyev received Appathurai in Baku on Tuesday."
	    "\n\nThe sides discussed Azerbaijan-NATO cooperation.",
	    "summit 2013-05-07 aliyev");
	/* a speech told again in a sentence of its own is another event;
	 * one told in a clause before is not */
	EXPECT("2013-05-08", "Ahmadinejad says the shield is aimed at Iran."
	    "\n\nIn a speech on Wednesday, Ahmadinejad said Washington was "
	    "trying to encircle Iran.", "statement 2013-05-08 ahmadinejad; "
	    "statement 2013-05-08 ahmadinejad");
	/* another stop, with someone else, a day told after the first */
	EXPECT_AT("2013-05-08", "Putin will hold talks with Merkel in Berlin "
	    "on May 14 and with President Francois Hollande in Paris the "
	    "following day.", "summit 2013-05-14 putin @ Berlin; summit "
	    "2013-05-15 putin @ Paris");
	/* a lapse from the meeting "the trip" stands for; from the words
	 * "the remarks" stand for */
	EXPECT("2013-05-08", "Putin will hold talks with Merkel in Berlin on "
	    "May 14.\n\nThe trip comes a week before a meeting of NATO "
	    "defence ministers in Brussels.", "summit 2013-05-14 putin; summit "
	    "2013-W21 nato-defence-ministers");
	EXPECT("2013-05-08", "Ahmadinejad said on Wednesday that the shield "
	    "was aimed at Iran.\n\nThe remarks came two days after Defense "
	    "Secretary Chuck Hagel said in Paris that Iran was a threat.",
	    "statement 2013-05-08 ahmadinejad; statement 2013-05-06 hagel");
	/* the date of the verb a meeting is the object of; "the next
	 * meeting" is not the one told before */
	EXPECT("2013-05-08", "NATO defence ministers on Tuesday began a two-day "
	    "meeting in Brussels.\n\nThe next meeting of NATO defence "
	    "ministers will take place in June.", "summit 2013-05-07 "
	    "nato-defence-ministers; summit 2013-06 nato-defence-ministers");
	/* a season with no year a limit has left behind is the next one */
	EXPECT("2013-11-20", "\"We gave them until the summer,\" Rogozin "
	    "said.", "statement 2013-11-20 rogozin; deadline 2014-SU rogozin");
	/* a chronology's present: "announcing", "invite" */
	EXPECT("2013-11-20", "Sept. 17, 2009: Obama scraps plans for a radar, "
	    "announcing a new approach.\n\nNov. 20, 2010: NATO leaders agree "
	    "to build a shield and invite Russia to cooperate.", "statement "
	    "2009-09-17 obama; offer 2010-11-20 nato");
	/* the speaker's own act the words recall, with its date; "made the
	 * proposal" told again; talks ending where the act was made */
	EXPECT("2013-05-08", "Medvedev said Russia would seek a new security "
	    "treaty, which he first proposed in June 2008.", "offer 2008-06 "
	    "medvedev; statement 2013-05-08 medvedev");
	EXPECT("2013-05-08", "Merkel and Medvedev on Wednesday proposed a "
	    "security committee.\n\nThe two leaders made the proposal in a "
	    "memorandum signed at the end of two days of talks in Berlin.",
	    "offer 2013-05-08 medvedev; summit 2013-05-07 merkel");
	/* an offer noun's relative clause: its maker and its date */
	EXPECT("2013-05-08", "Antonov said Moscow was still waiting for a "
	    "reply to the proposals it handed to Carter in December.",
	    "offer 2012-12 russia; statement 2013-05-08 antonov");
	/* a meeting wished for or offered is none; "gather" meets; "as
	 * they did in Lisbon in 2010": the meeting named, held before */
	EXPECT_AT("2013-05-08", "NATO officials say they had hoped to hold a "
	    "NATO-Russia summit in Brussels, as they did in Lisbon in 2010.",
	    "statement 2013-05-08 nato; summit 2010 nato "
	    "@ Lisbon");
	/* and one denied its purpose */
	EXPECT("2012-04-16", "Grushko said there was no point in holding a "
	    "summit in Chicago in May.", "statement 2012-04-16 grushko");
	EXPECT("2013-05-08", "When NATO leaders gather in Chicago on Sunday, "
	    "Putin, who declined an invitation to a separate meeting, will "
	    "be absent.", "summit 2013-05-12 nato");
	/* and two who sit down together meet */
	EXPECT("2012-06-17", "When Obama and Putin sit down on Monday on the "
	    "sidelines of the summit, missile defense will be on the agenda.",
	    "summit 2012-06-18 obama");
	/* not a wish's meeting past a preposition, nor an invitation to a
	 * meeting of its own */
	EXPECT("2013-05-08", "NATO wants to declare the capability at its "
	    "summit in Chicago in May.", "summit 2013-05 nato");
	/* a document named again: the day it was handed over, what it
	 * says told again */
	EXPECT("2013-05-09", "Iran has sent a letter to Ashton saying it is "
	    "ready to resume talks.\n\nThe letter was handed to the Swiss "
	    "ambassador on Wednesday.\n\nIn the letter, Jalili proposed that "
	    "the talks resume soon.", "offer 2013-05-08 iran");
	/* and in a reduced relative, for words told "in a letter" */
	EXPECT("2012-02-16", "Jalili has told Ashton in a letter that Tehran "
	    "is ready to resume talks.\n\nThe letter, delivered to Ashton's "
	    "office in Brussels on Wednesday, was a response to her offer.",
	    "offer 2012-02-15 jalili");
	/* "the issues discussed": the meeting told; "a source in the
	 * presidential administration": the side of the last president */
	EXPECT("2013-05-08", "Azerbaijani President Ilham Aliyev received "
	    "Lavrov in Baku on Tuesday.\n\nThe radar was among the issues "
	    "discussed, a source in the presidential administration told "
	    "Trend.", "summit 2013-05-07 aliyev; statement 2013-05-07 "
	    "azerbaijan");
	/* "travelling to": a visit */
	EXPECT("2013-05-08", "Obama will attend a summit of EU leaders in "
	    "Prague on Sunday before travelling to Turkey on Monday.",
	    "summit 2013-05-12 obama; summit 2013-05-13 obama");
	/* a meeting the time of an act the words after it report is not
	 * their occasion; named again with its day, it takes that */
	EXPECT("2008-03-18", "Putin and Bush will meet in Sochi on April 6, "
	    "immediately after the NATO summit in Bucharest, Kremlin aide "
	    "Sergei Prikhodko told reporters on Tuesday.\n\nPutin will attend "
	    "the Bucharest summit on April 4.", "statement 2008-03-18 "
	    "sergei-prikhodko; summit 2008-04-06 putin; summit 2008-04-04 "
	    "putin");
	/* a meeting put off with no new day has not the day it was planned
	 * for; named again with one, it takes that */
	EXPECT("2011-06-03", "A meeting of NATO and Russian defence ministers "
	    "planned for next week has been postponed, alliance officials said "
	    "on Friday.\n\nThe meeting, which had been scheduled for June 8, "
	    "will now take place later in the month.", "statement 2011-06-03 "
	    "nato; summit 2011-06 nato");
	/* a place as a possessor is no meeting's place, but before a named
	 * site it is */
	EXPECT_AT("2011-06-03", "Lavrov and Kerry met at Moscow's request on "
	    "Monday.\n\nThe ministers met at Prague's Czernin Palace on "
	    "Tuesday.", "summit 2011-05-30 lavrov; summit 2011-05-31 "
	    "lavrov @ Prague");
	/* a region that qualifies a place it does not name is no place: the
	 * meeting named again is the one told */
	EXPECT_AT("2011-03-05", "The presidents of Azerbaijan, Armenia and "
	    "Russia held talks in Sochi on Saturday.\n\nRussian President "
	    "Dmitry Medvedev hosted the trilateral meeting at his residence in "
	    "the Black Sea resort.", "summit 2011-03-05 azerbaijan @ Sochi");
	/* a meeting to come on the sidelines of one told is one of its own,
	 * of that one's day */
	EXPECT("2012-12-04", "Foreign Minister Sergei Lavrov will attend the "
	    "OSCE Ministerial Council in Dublin on December 6-7.\n\nLavrov is "
	    "expected to meet Kerry on the sidelines of the meeting.",
	    "summit 2012-12-06 lavrov; summit 2012-12-06 lavrov");
	/* a day's word opening the sentence with no comma */
	EXPECT("2011-06-08", "Tomorrow NATO ministers will meet Serdyukov.",
	    "summit 2011-06-09 nato");
	/* the day opening the sentence, a meeting noun after a determiner */
	EXPECT_AT("2011-06-26", "On 24 June 2011, a trilateral meeting of the "
	    "presidents was held in Kazan.", "summit 2011-06-24 russia @ Kazan");
	/* a limit after a meeting verb in the past is no day of its */
	EXPECT("2013-04-23", "Foreign ministers of NATO and Russia met in "
	    "Brussels on Tuesday.\n\nMinisters also discussed the situation in "
	    "Afghanistan ahead of the transition by the end of 2014.",
	    "summit 2013-04-23 nato-foreign-ministers; deadline 2014-12-31 "
	    "afghanistan");
	/* and so are meetings "held" there, the verb's object */
	EXPECT("2014-09-10", "Putin will attend the Caspian summit in "
	    "Astrakhan on September 29.\n\nOn the sidelines of the summit, "
	    "Putin will hold bilateral meetings with his counterparts.",
	    "summit 2014-09-29 putin; summit 2014-09-29 putin");
	/* a meeting in the words reported after "that" is not where they
	 * were said, whatever date the verb has before it */
	EXPECT("2010-11-22", "Rogozin said on Monday that the Lisbon summit "
	    "had opened a window of opportunity.", "statement 2010-11-22 "
	    "rogozin; summit null rogozin");
	/* talks to come with others in the city of a meeting to come: a
	 * meeting of their own, of that one's day */
	EXPECT("2012-03-24", "Medvedev will meet Obama in Seoul on Monday, "
	    "Kremlin aide Arkady Dvorkovich said.\n\nMedvedev would also hold "
	    "talks with Chinese President Hu Jintao in Seoul, Dvorkovich said.",
	    "statement 2012-03-24 arkady-dvorkovich; summit 2012-03-26 medvedev; "
	    "statement 2012-03-24 arkady-dvorkovich; summit 2012-03-26 "
	    "medvedev");
	/* ... and "also" another meeting of the visit told just before,
	 * with no day nor place of its own: that visit's, in its city */
	EXPECT_AT("2008-07-07", "Rice is to sign the treaty in Prague on "
	    "Tuesday. She will also meet President Vaclav Klaus.", "summit "
	    "2008-07-08 rice @ Prague; summit 2008-07-08 vaclav-klaus @ "
	    "Prague");
	EXPECT_AT("2008-07-07", "Rice signed the treaty in Prague on Monday. "
	    "She will also meet President Vaclav Klaus.", "summit 2008-07-07 "
	    "rice @ Prague");
	/* the sidelines of the meeting the talks' person attends, not of the
	 * last told; "their summit" in a relative clause on a body is the
	 * body's */
	EXPECT("2010-11-19", "Medvedev will arrive in Lisbon on Saturday to "
	    "attend a meeting of the NATO-Russia Council.\n\nNATO leaders, who "
	    "opened their two-day summit in Lisbon on Friday, approved a new "
	    "concept.\n\nMedvedev is also expected to hold bilateral talks "
	    "with Obama on the sidelines.", "summit 2010-11-20 medvedev; summit "
	    "2010-11-19 nato; summit 2010-11-20 medvedev");
	/* "on the sidelines" alone: of the meeting told */
	EXPECT("2013-02-08", "Biden will attend the Munich Security Conference "
	    "on Saturday.\n\nBiden will meet Lavrov on the sidelines.", "summit "
	    "2013-02-09 biden; summit 2013-02-09 biden");
	/* so in the phrase that opens the sentence; the last meeting of a
	 * day told, past one of a year */
	EXPECT("2013-04-06", "Foreign Minister Elmar Mammadyarov will attend a "
	    "meeting in Moscow on Monday.\n\nThe fourth Caspian summit will be "
	    "held in Astrakhan in 2014.\n\nOn the sidelines of the meeting, "
	    "Mammadyarov will hold talks with Sergei Lavrov.", "summit "
	    "2013-04-08 mammadyarov; summit 2014 mammadyarov; "
	    "summit 2013-04-08 mammadyarov");
	/* "Earlier," with no date: before the news, on a day not told; with
	 * one, that one */
	EXPECT("2012-12-04", "Lavrov will attend the meeting in Dublin on "
	    "Thursday.\n\nEarlier, Rogozin said the talks were at a dead end."
	    "\n\nEarlier, the mediators met with President Ilham Aliyev."
	    "\n\nEarlier, Lavrov said on Monday that Russia was ready.",
	    "summit 2012-12-06 lavrov; statement null rogozin; summit null "
	    "aliyev; statement 2012-12-03 lavrov");
	/* "made the remarks in a speech": how the words told before were
	 * said, no words of their own */
	EXPECT("2009-07-07", "U.S. President Barack Obama said Tuesday that "
	    "the review would take Russia's concerns into account.\n\nObama "
	    "made the remarks in a speech at the New Economic School in "
	    "Moscow.", "statement 2009-07-07 obama");
	/* a meeting told on its second day began the day before */
	EXPECT("2009-07-07", "Obama spoke at the New Economic School in Moscow "
	    "on the second day of his visit to Russia.", "summit 2009-07-06 "
	    "obama");
	/* a speaker past an initial still closes the sentence: the date of
	 * the clause before is no date of his words */
	EXPECT("2009-09-18", "WASHINGTON, Sept. 18, 2009 - The new approach "
	    "announced on Thursday will provide better protection, Defense "
	    "Secretary Robert M. Gates said.", "statement 2009-09-18 gates");
	/* "discussed ... at a meeting in Ashgabat on June 13": the meeting
	 * its noun tells, no other for the verb nor for the summit whose
	 * preparations were its topic */
	EXPECT_AT("2018-06-14", "Turkmen Foreign Minister Rashid Meredov and "
	    "Russian Ambassador Alexander Blotsky discussed preparations for "
	    "the Fifth Caspian Summit at a meeting in Ashgabat on June 13.",
	    "summit 2018-06-13 turkmenistan @ Ashgabat");
	/* "the previous round" is not the meeting told, and with a place it
	 * has the sides of the last one held there */
	EXPECT_AT("2013-11-20", "Negotiators from Iran and six world powers "
	    "resumed talks in Geneva on Wednesday.\n\nIsraeli Prime Minister "
	    "Benjamin Netanyahu will meet French President Francois Hollande "
	    "on Sunday.\n\nThe previous round in Geneva ended on November 10 "
	    "without an agreement.", "summit 2013-11-20 iran @ Geneva; summit "
	    "2013-11-24 israel; summit 2013-11-10 iran @ Geneva");
	/* "The sides noted" after a meeting of the news: its people, on its
	 * day (not the source's, nor its day) */
	EXPECT("2018-06-14", "Turkmen Foreign Minister Rashid Meredov and "
	    "Russian Ambassador Alexander Blotsky met in Ashgabat on June 13, "
	    "the Turkmen Foreign Ministry said.\n\nThe sides also noted the "
	    "importance of the talks.", "statement 2018-06-14 turkmenistan; "
	    "summit 2018-06-13 turkmenistan; statement 2018-06-13 "
	    "rashid-meredov");
	/* "both sides said" with no meeting before: the two sides opening
	 * the sentence, its first */
	EXPECT("2011-12-08", "NATO and Russia failed on Thursday to overcome "
	    "their differences over a planned European missile shield, but "
	    "both sides said they would keep talking.", "statement 2011-12-08 "
	    "nato");
	/* a flight of people to a place or a country is a visit; not a
	 * missile's */
	EXPECT("2008-07-08", "Rice is to fly to Bulgaria on Wednesday.\n\n"
	    "It would take minutes for an Iranian missile to fly to Moscow.",
	    "summit 2008-07-09 rice");
	/* a day opening the sentence dates a meeting its clause names; "the
	 * interlocutors" are the people told; "Policy" is no name's word */
	EXPECT("2013-05-08", "Armenian Foreign Minister Edward Nalbandian met "
	    "Rasmussen in Brussels on Tuesday.\n\nDuring the meeting the "
	    "interlocutors discussed regional issues.\n\nOn May 9 Nalbandian "
	    "will participate in the meeting of the Eastern Partnership "
	    "foreign ministers.", "summit 2013-05-07 nalbandian; summit "
	    "2013-05-09 nalbandian");
	EXPECT("2013-05-08", "Undersecretary of Defense for Policy James "
	    "Miller told reporters the change was final.",
	    "statement 2013-05-08 james-miller");
	/* an act in a relative clause on its maker, with its own date */
	EXPECT("2013-05-08", "Rasmussen, who invited Putin to Chicago during "
	    "a visit to Moscow in April, welcomed the decision.", "offer "
	    "2013-04 rasmussen; statement 2013-05-08 rasmussen; summit 2013-04 "
	    "rasmussen");
	/* and one only: no act of the story's day besides, with no verb
	   of saying in the sentence */
	EXPECT("2012-03-30", "Bush's plan, unveiled in January 2007, angered "
	    "President Vladimir Putin, who warned in his Munich speech the "
	    "following month of a new arms race.", "warning 2007-02 putin");
	/* a purpose's infinitive after a day tells not its tense */
	EXPECT("2013-05-08", "Azimov met Pomianowski in Baku on Tuesday to "
	    "discuss preparations for the summit.", "summit 2013-05-07 "
	    "azimov");
	/* "mocked" criticises; a speech named with no day of its own, after
	 * its maker's act told in a lapse's clause, is that act told again;
	 * "told state television on Sunday" */
	EXPECT("2013-05-09", "Rogozin mocked NATO on Twitter on Thursday, a "
	    "day after Medvedev threatened to deploy missiles.\n\nMedvedev "
	    "said in a televised address that Russia would deploy Iskander "
	    "missiles.", "warning 2013-05-08 medvedev; statement 2013-05-09 "
	    "rogozin");
	EXPECT("2013-05-09", "Zarif told Iranian state television on Sunday "
	    "that a deal was possible.", "statement 2013-05-05 zarif");
	/* words denied are none said */
	EXPECT("2013-05-08", "Lavrov said on Tuesday that the talks would go "
	    "on, but Kerry has not yet replied.", "statement 2013-05-07 lavrov");
	EXPECT("2013-05-08", "Kerry did not say whether Washington would "
	    "respond.", "");
	/* "later", no date's word: the day its people were last told of */
	EXPECT("2013-05-08", "Lavrov met Kerry in Brussels on Tuesday.\n\n"
	    "Lavrov, who is on a tour of Europe, later flew to Paris for talks "
	    "with French Foreign Minister Laurent Fabius.", "summit 2013-05-07 "
	    "lavrov; summit 2013-05-07 lavrov");
	/* a capitalised determiner is no name's word: "(Interfax) - The
	 * NATO-Russia Council" is the council */
	EXPECT("2013-05-09", "MOSCOW. May 9 (Interfax) - The NATO-Russia "
	    "Council meeting this week brought no progress.", "summit 2013-W19 "
	    "nato-russia-council");
	/* a meeting told on a day within the week of the one told last, by
	 * one of its bodies, is that one */
	EXPECT("2013-05-09", "The NATO-Russia Council meeting this week "
	    "brought no progress.\n\nThe council met on Tuesday with Lavrov "
	    "and Rasmussen in the chair.", "summit 2013-05-07 "
	    "nato-russia-council");
	EXPECT("2013-05-09", "The NATO-Russia Council meeting this week "
	    "brought no progress.\n\nLavrov met Kerry on Tuesday.",
	    "summit 2013-W19 nato-russia-council; summit 2013-05-07 lavrov");
	/* a digest tells of its week as of its last day */
	EXPECT("2013-05-15", "---\ntitle: \"Weekly political digest "
	    "(06.05-11.05.2013)\"\n---\nAliyev met Lavrov in Baku on "
	    "Tuesday.\n\nThe OSCE Minsk Group co-chairs will visit Yerevan "
	    "next week.",
	    "summit 2013-05-07 aliyev; summit 2013-W20 osce-minsk-group");
	/* a dateline's city is no actor; the country of its city is that of
	 * a body named by its kind when the last speaker's side is not
	 * known */
	EXPECT("2013-05-09", "PRAGUE, May 9 (Reuters) - Obama and Medvedev "
	    "met on Tuesday.", "summit 2013-05-07 obama");
	EXPECT("2012-12-14", "MOSCOW, December 14 (RIA Novosti) - Commander "
	    "Sergei Karakayev said on Friday that the missile was ready.\n\n"
	    "The Defense Ministry said last Friday that a missile had been "
	    "test-fired.", "statement 2012-12-14 sergei-karakayev; statement "
	    "2012-12-07 russia-mod");
	/* (the body opening the sentence right past the dateline) */
	EXPECT("2012-06-08", "MOSCOW, June 8 (Interfax) - The Foreign Ministry "
	    "said on Thursday that the talks were hard.", "statement "
	    "2012-06-07 russia-mfa");
	/* "the ministry" found to be a side tells of its person's act */
	EXPECT("2011-10-12", "Lavrov and Clinton discussed missile defense in "
	    "a telephone conversation on Tuesday, the Russian Foreign Ministry "
	    "said Wednesday.\n\nLavrov reiterated Moscow's proposal for "
	    "guarantees, the ministry said in a statement.", "statement "
	    "2011-10-12 russia-mfa; summit 2011-10-11 lavrov; offer "
	    "2011-10-11 lavrov");
	/* a stay told in a relative clause before a meeting verb is no
	 * meeting of its own */
	EXPECT("2012-04-06", "Lavrov, who is on a working visit to Baku, met "
	    "with Aliyev on April 5.", "summit 2012-04-05 lavrov");
	/* a meeting to come told with no date, then named by its city with
	 * one, is that one */
	EXPECT("2012-05-18", "As NATO leaders gather in Chicago this weekend, "
	    "the shield remains an obstacle.\n\nRussia will not be "
	    "represented at the Chicago summit, which opens on Sunday.",
	    "summit 2012-05-20 nato");
	/* an offer in a clause on a noun after a preposition ("on the
	 * criteria Moscow has proposed") is not what the words do */
	EXPECT("2012-06-26", "Russian Foreign Minister Sergei Lavrov arrived "
	    "in Geneva.\n\nThe talks will focus on the technical criteria "
	    "Moscow has proposed, the ministry said in a statement.",
	    "summit 2012-06-26 lavrov; statement 2012-06-26 russia");
	/* the lead's words with no date take the day the article gives its
	 * speaker's words; a pronoun's words right after words of last week
	 * are of that week */
	EXPECT("2014-09-25", "The ministers will meet in Astrakhan on Sept. 28, "
	    "Lavrov said.\n\nThe summit will be held on Sept. 29, Lavrov told "
	    "journalists in Moscow on Wednesday.", "statement 2014-09-24 "
	    "lavrov; summit 2014-09-28 lavrov; statement 2014-09-24 lavrov; "
	    "summit 2014-09-29 lavrov");
	EXPECT("2012-06-26", "Antonov told reporters last week that Moscow was "
	    "waiting.\n\n\"We cannot wait forever,\" he said.", "statement "
	    "2012-W25 antonov; statement 2012-W25 antonov");
	/* a day opening the sentence, past a relative clause on the subject */
	EXPECT("2013-03-16", "On March 15 Lavrov, who is in Baku on a working "
	    "visit, held a meeting with Aliyev.", "summit 2013-03-15 lavrov");
	/* words said after talks "on Monday and Tuesday" are of the last */
	EXPECT("2011-09-13", "Tauscher and Ryabkov held talks in Geneva on "
	    "Monday and Tuesday.\n\nTauscher told reporters the talks were "
	    "useful.", "summit 2011-09-12 tauscher; statement 2011-09-13 "
	    "tauscher");
	/* a meeting of two days joined by "and", its cue after them, is of
	   the first */
	EXPECT("2011-09-30", "Rogozin said he would be in Washington on Monday "
	    "and Tuesday to meet senators.", "statement 2011-09-30 rogozin; "
	    "summit 2011-10-03 rogozin");
	/* a meeting no date is set for is none yet */
	EXPECT("2013-04-06", "Ashton said the sides had not set a date for a "
	    "new meeting.", "statement 2013-04-06 ashton");
	/* "The two-day talks began on Friday": the talks that ended on
	 * Saturday, by their first day */
	EXPECT("2013-04-06", "Talks between Iran and the six powers in Almaty "
	    "ended on Saturday.\n\nThe two-day talks began on Friday.",
	    "summit 2013-04-05 iran");
	/* ... or that one opened */
	EXPECT("2012-05-03", "Makarov said at an international conference in "
	    "Moscow on Thursday that talks had failed.\n\nSerdyukov, who "
	    "opened the two-day conference on Wednesday, spoke first.",
	    "statement 2012-05-03 makarov; summit 2012-05-02 makarov");
	/* "earlier in the week": the story's week */
	EXPECT("2011-09-24", "Earlier in the week, Lavrov held talks with "
	    "Clinton.", "summit 2011-W38 lavrov");
	/* a side's words after a relative clause on it */
	EXPECT("2011-05-03", "Russia, which has long objected to the US plans, "
	    "said it wanted to know more.", "statement 2011-05-03 russia");
	/* "held separate bilateral meetings": told, as "held talks" is; not
	 * "have held ten rounds since 2010" */
	EXPECT("2014-08-11", "Aliyev and Putin met in Sochi on Sunday.\n\n"
	    "Putin also held separate bilateral meetings with Aliyev and "
	    "Sargsyan.", "summit 2014-08-10 aliyev; summit 2014-08-10 putin");
	EXPECT("2012-11-13", "Moscow and Washington have held more than ten "
	    "rounds of consultations since 2010.", "");
	/* words said "afterwards" are of the meeting the sentence names */
	EXPECT("2014-08-11", "Aliyev and Putin met in Sochi on Sunday.\n\nThe "
	    "meeting lasted three hours, Peskov told reporters afterwards.",
	    "summit 2014-08-10 aliyev; statement 2014-08-10 peskov");
	/* ... and of one the sentence tells by its verb with its day */
	EXPECT("2012-02-21", "Lavrov discussed the radar with Mammadyarov in "
	    "Moscow on February 10, the Russian Foreign Ministry said in a "
	    "statement afterwards.", "statement 2012-02-10 russia-mfa; "
	    "summit 2012-02-10 lavrov");
	/* the sides the words were told to stand between the verb and its
	 * day */
	EXPECT("2012-06-17", "Lavrov urged both sides on Saturday to show "
	    "flexibility.", "statement 2012-06-16 lavrov");
	/* a paragraph of background only before the first words: they are
	 * no lead whose day the undated words of others take */
	EXPECT("2012-06-17", "Iran and six world powers open talks in Moscow "
	    "on Monday.\n\nNegotiations resumed in Istanbul in April.\n\n"
	    "Lavrov urged Iran on Saturday to show flexibility.\n\n"
	    "Rasmussen said progress was hard.", "summit 2012-06-18 iran; "
	    "summit 2012-04 iran; statement 2012-06-16 lavrov; "
	    "statement 2012-06-17 rasmussen");
	/* a response ordered made ready is a threat; a day in the gap of
	 * its words is its own */
	EXPECT("2011-12-09", "Medvedev ordered the military on November 23 to "
	    "prepare a response.", "warning 2011-11-23 medvedev");
	EXPECT("2011-12-09", "Lavrov recalled that Medvedev had ordered the "
	    "military in November to prepare a response.", "warning 2011-11 "
	    "medvedev; statement 2011-12-09 lavrov");
	/* "his" in a phrase opening the sentence is the subject's after the
	 * comma: his speech is the occasion of the words told, no act of
	 * the person named before */
	EXPECT("2007-02-12", "Topolanek on Monday rejected the criticism.\n\n"
	    "In his speech on Saturday, Putin accused the United States and "
	    "warned that Russia would respond.", "statement 2007-02-12 "
	    "topolanek; warning 2007-02-10 putin");
	/* a limit after a verb joined by "and" is not the talks' */
	EXPECT("2007-02-12", "Lavrov said Russia would continue negotiations "
	    "with Washington and expected to reach an agreement by the end of "
	    "the year.", "statement 2007-02-12 lavrov; deadline 2007-12-31 "
	    "lavrov");
	/* a journey told by "leave for", a consultation its aim */
	EXPECT_AT("2008-04-17", "Lavrov will leave for Baku on Friday to "
	    "consult with Mammadyarov.", "summit 2008-04-18 lavrov @ Baku");
	EXPECT("2008-04-17", "Lavrov will consult with Mammadyarov in Baku on "
	    "Friday.", "summit 2008-04-18 lavrov");
	/* "by then": the date the sentence named before */
	EXPECT("2014-09-29", "Kazakhstan will host the next summit in 2016, "
	    "Putin said, adding that the sides hoped to finalise a convention "
	    "by then.", "statement 2014-09-29 putin; deadline 2016 putin; "
	    "summit 2016 kazakhstan");
	/* the date right after the speaker's own speech or gathering named
	 * after "in his", "at his", past its modifiers */
	EXPECT("2008-11-06", "Medvedev had announced the deployment of "
	    "Iskander missiles in the Baltic exclave in his first "
	    "state-of-the-nation address on Wednesday.", "warning 2008-11-05 "
	    "medvedev");
	EXPECT("2012-01-19", "Lavrov said at his annual news conference on "
	    "Wednesday that talks had stalled.", "statement 2012-01-18 lavrov");
	/* a threat joined by "but" to another verb has that verb's subject,
	 * not the noun before it */
	EXPECT("2012-01-18", "Lavrov said Russia would continue the dialogue "
	    "but would take adequate measures.", "warning 2012-01-18 lavrov");
	/* a document's text after the colon that introduces it is that
	 * document, one act, to the quotation mark that closes it */
	EXPECT("2012-06-06", "BRUSSELS, 6 June 2012\n\nAshton issued the "
	    "following statement today:\n\n\"The High Representative is deeply "
	    "concerned by the incidents.\n\nShe calls on both sides to respect "
	    "the ceasefire.\"\n\nLavrov said the sides should meet.",
	    "statement 2012-06-06 ashton; statement 2012-06-06 lavrov");
	/* an article its title calls a document of one it names: its first
	   person is that one, its words one act, of the strongest type they
	   give */
	EXPECT("2012-05-22", "Comment by the Russian Foreign Ministry on the "
	    "NATO summit\n\nWe call on the alliance to continue the dialogue."
	    "\n\nRussia is ready to meet at any level.\n\nWe will be forced "
	    "to take adequate measures.", "warning 2012-05-22 russia-mfa");
	/* (opened by words taken note of: CAMEO's TAKE_NOTE) */
	EXPECT("2012-02-07", "Comment by the Russian Foreign Ministry on the "
	    "radar in Turkey\n\nWe have taken note of reports that the radar "
	    "is operational.\n\nWe regard this step as a confirmation of our "
	    "concerns.", "statement 2012-02-07 russia-mfa");
	/* (or by "We note that", "We regret that") */
	EXPECT("2012-05-21", "Comment by the Russian Foreign Ministry on the "
	    "NATO summit\n\nWe note that the NATO summit declared an interim "
	    "capability.\n\nWe regret that our concerns were ignored.",
	    "statement 2012-05-21 russia-mfa; statement 2012-05-21 nato");
	/* (not an act of its side it recalls, with a day of its own) */
	EXPECT("2012-05-21", "Comment by the Russian Foreign Ministry on the "
	    "NATO summit\n\nWe regret that our concerns were ignored.\n\n"
	    "Russia proposed a joint sectoral system back in 2010.\n\nWe will "
	    "be forced to take measures.", "warning 2012-05-21 russia-mfa; "
	    "offer 2010 russia");
	/* and by the name a ministry signs with */
	EXPECT("2011-06-26", "Statement of the Ministry of Foreign Affairs of "
	    "the Republic of Azerbaijan on the Kazan meeting\n\nThe Azerbaijani "
	    "side expresses its gratitude to Russia.\n\nAzerbaijan calls on "
	    "Armenia to withdraw its forces.", "statement 2011-06-26 "
	    "azerbaijan");
	/* a line that ends with a colon is no headline */
	EXPECT("2012-06-06", "Ashton issued the following statement today:",
	    "statement 2012-06-06 ashton");
	/* a verb joined by "and" has the subject of the clause's first */
	EXPECT("2012-06-06", "The EU fully supports the efforts of the OSCE "
	    "Minsk Group and urges the sides to show restraint.", "statement "
	    "2012-06-06 european-union");
	/* a date before a relative clause on its noun is the noun's */
	EXPECT("2012-06-05", "Armenia has strongly condemned the attack on a "
	    "border post on Monday night, in which three soldiers were killed.",
	    "statement 2012-06-05 armenia");
	/* words to an agency */
	EXPECT("2011-11-25", "Rogozin spoke to RT about the talks.",
	    "statement 2011-11-25 rogozin");
	/* a body hosted, whole: its meeting */
	EXPECT_AT("2011-07-04", "SOCHI, July 4 (Reuters) - Medvedev hosted the "
	    "NATO-Russia Council at his residence in Sochi.", "summit "
	    "2011-07-04 medvedev @ Sochi");
	/* talks that ended on a day are not those told to begin after it */
	EXPECT_AT("2013-02-27", "Iran and the six powers agreed on Wednesday to "
	    "hold talks in Istanbul on March 18.\n\nThe two-day talks in Almaty "
	    "ended on Wednesday.", "summit 2013-03-18 iran @ Istanbul; summit "
	    "2013-02-26 iran @ Almaty");
	/* the first meeting of a sentence, told with no day, takes the day
	   of the one it is told again as */
	EXPECT_AT("2012-06-19", "Jalili said the talks with the P5+1 group in "
	    "Moscow were \"serious and frank\" as the two-day meeting ended on "
	    "Tuesday.", "statement 2012-06-19 jalili; summit 2012-06-18 jalili "
	    "@ Moscow");
	/* sides that agreed on a day, and the meeting told next that the
	   agreement was reached at: of that day */
	EXPECT_AT("2014-10-24", "Japan and the United States agreed Wednesday "
	    "to deploy a second radar, the ministry said.\n\nThe agreement "
	    "was reached at a meeting of senior defense officials in Tokyo.",
	    "statement 2014-10-24 japan; summit 2014-10-22 japan @ Tokyo");
	/* an act promised under a hostile act is a threat, no offer */
	EXPECT("2013-03-14", "Sargsyan said Armenia would recognise the "
	    "independence of Nagorno-Karabakh if Azerbaijan launched a war.",
	    "warning 2013-03-14 sargsyan");
	/* words said to the media of a day */
	EXPECT("2013-03-14", "Sargsyan said in an interview with Russian media "
	    "on March 11 that talks were stalled.", "statement 2013-03-11 "
	    "sargsyan");
	/* words at a meeting of a day, past a quoted fragment */
	EXPECT("2013-11-25", "Lavrov called the agreement \"a historic "
	    "mistake\" at a government meeting on Sunday.", "statement "
	    "2013-11-24 lavrov; summit 2013-11-24 lavrov");
	/* the lead's words with the dateline's day only take their
	 * occasion's, and give it to the undated words after them */
	EXPECT("2014-03-02", "MOSCOW, March 2 (Reuters) - Putin told Obama in a "
	    "telephone call on Saturday that talks should go on, the Kremlin "
	    "said.\n\nPeskov said the leaders had agreed to stay in contact.",
	    "statement 2014-03-01 russia; summit 2014-03-01 putin; statement "
	    "2014-03-01 peskov");
	/* "since last month's summit": the summit's own date */
	EXPECT("2010-12-04", "Rasmussen will meet Lavrov on 9 December, the "
	    "first contact since last month's summit in Lisbon.", "summit "
	    "2010-12-09 rasmussen; summit 2010-11 rasmussen");
	/* "the sixth round of talks" dates the talks told before with no
	 * date, words told between */
	EXPECT_AT("2014-07-08", "Araghchi said the nuclear talks with the P5+1 "
	    "group in Vienna will continue.\n\nAraghchi told IRNA on July 7."
	    "\n\nThe sixth round of talks started in Vienna on July 3.",
	    "statement 2014-07-07 araqchi; summit 2014-07-03 araqchi @ Vienna; "
	    "statement 2014-07-07 araqchi");
	/* an offer told alone is the lead's words, its day the undated
	 * words' after it */
	EXPECT("2007-06-08", "Putin on Thursday proposed that Russia and the "
	    "United States jointly use a radar in Azerbaijan.\n\nBush said "
	    "experts would study it.", "offer 2007-06-07 putin; statement "
	    "2007-06-07 bush");
	/* "first made by" set off by a comma after the offer's phrase */
	EXPECT("2007-06-20", "Russia's offer to share the Gabala radar in "
	    "Azerbaijan, first made by Putin in Heiligendamm earlier this "
	    "month, was repeated by Lavrov on Wednesday.", "offer 2007-06 "
	    "putin; statement 2007-06-20 lavrov");
	/* "a defence ministry source": a body of the dateline's country */
	EXPECT("2013-12-16", "MOSCOW, Dec 16 (Reuters) - Russia has deployed "
	    "Iskander missiles in Kaliningrad, a defence ministry source told "
	    "the Izvestia newspaper.", "statement 2013-12-16 russia-mod");
	/* a phrase with a date opening the sentence past a dateline (an
	 * agency's hyphen is no dateline's dash) */
	EXPECT("2012-12-13", "MOSCOW, December 13 (Itar-Tass) -- In his annual "
	    "address to the Federal Assembly on Wednesday, Putin said Russia "
	    "would strengthen its forces.", "warning 2012-12-12 putin");
	/* the day the words were posted, past where */
	EXPECT("2012-12-13", "Medvedev said in a video blog posted on the "
	    "government website on Sunday that the dialogue should continue.",
	    "statement 2012-12-09 medvedev");
	/* a clause of time whose subject has a modifier after "the" */
	EXPECT("2016-11-10", "Ryabkov said Russia wanted to settle the matter "
	    "before the new U.S. administration takes office in January.",
	    "statement 2016-11-10 ryabkov; deadline 2017-01 ryabkov");
	/* talks that stalled are a process, no meeting */
	EXPECT("2012-02-20", "But talks stalled last year.", "");
	/* a group that names no one before the verb: no speaker after it */
	EXPECT("2012-02-20", "Diplomats say a NATO-Russia summit looks "
	    "increasingly unlikely.", "summit null nato-russia-council");
	EXPECT("2011-11-30", "Analysts in Moscow say the Kremlin is once "
	    "again using the missiles as a bargaining chip.", "");
	/* a lapse that opens the sentence before a meeting's clause */
	EXPECT_AT("2012-02-20", "Three months before NATO leaders gather in "
	    "Chicago, the two sides remain deadlocked.", "summit 2012-05 nato "
	    "@ Chicago");
	/* "During the visit, ..." with a day of its own: a meeting of its
	 * own */
	EXPECT_AT("2013-03-12", "Mammadyarov will pay a working visit to "
	    "Moscow on 14-15 March.\n\nDuring the visit, Mammadyarov will hold "
	    "talks with Lavrov on 15 March.", "summit 2013-03-14 mammadyarov @ "
	    "Moscow; summit 2013-03-15 mammadyarov");
	/* the day of the words' document, past a short object */
	EXPECT("2014-08-11", "Putin welcomed the meeting in a statement issued "
	    "on Sunday.", "statement 2014-08-10 putin");
	/* a summary's bullets before the story tell its events again */
	EXPECT("2011-12-08", "* Lavrov says time running out for a deal\n\n"
	    "* Clinton says shield no threat to Russia\n\nBRUSSELS, Dec 8 "
	    "(Reuters) - Clinton told the allies the system posed no threat.",
	    "statement 2011-12-08 clinton");
	/* "with Moscow warning that": a speaker of its own; not "our
	 * warning that", a noun */
	EXPECT("2011-12-08", "NATO and Russia failed on Thursday to overcome "
	    "their differences, with Moscow warning that time was running out.",
	    "warning 2011-12-08 russia");
	EXPECT("1998-02-13", "Iraq will know by our actions and our warning "
	    "that we will be prepared to act again.", "");
	/* an invitation accepted, made public; its infinitive the noun's */
	EXPECT("2010-11-22", "Medvedev accepted the invitation to explore "
	    "cooperation.", "statement 2010-11-22 medvedev");
	/* readiness to weigh another's proposal is no offer; "reaffirmed"
	 * states (CAMEO's AFFIRM), and tells an offer again */
	EXPECT("2010-11-20", "Medvedev said Russia was ready to consider the "
	    "proposal.", "statement 2010-11-20 medvedev");
	EXPECT("2013-04-15", "Putin reaffirmed Russia's position.", "statement "
	    "2013-04-15 putin");
	EXPECT("2011-09-23", "Clinton reaffirmed the U.S. offer to let Russian "
	    "experts observe a test.", "offer 2011-09-23 clinton");
	/* "received the newly appointed ambassador": someone, past the
	 * modifiers of a title */
	EXPECT("2012-02-16", "Lavrov received the newly appointed ambassador "
	    "of Iran on Thursday.", "summit 2012-02-16 lavrov");
	/* an offer joined to a reported clause with a side for its subject
	 * is that clause's, not an act of the speaker's own */
	EXPECT("2011-11-25", "Lukashenko said Belarus would host Russian radars "
	    "and was ready to coordinate its air defences with Moscow.",
	    "statement 2011-11-25 lukashenko");
	/* (past whom the words were told) */
	EXPECT("2013-08-09", "Lavrov told reporters that Moscow remained open "
	    "to cooperation and invited US experts to a conference in Moscow "
	    "in the autumn.", "offer 2013-08-09 lavrov; summit 2013-FA lavrov");
	/* "On the eve of the summit, ... met": the day before the summit's */
	EXPECT("2010-11-18", "The Caspian summit opened in Baku on Thursday."
	    "\n\nOn the eve of the summit, Lavrov met Mammadyarov in Baku.",
	    "summit 2010-11-18 azerbaijan; summit 2010-11-17 lavrov");
	/* an act told at a meeting of a day named again is of that day */
	EXPECT("2013-10-16", "Iran and the six powers wrapped up two days of "
	    "talks in Geneva on Wednesday.\n\nZarif had presented a proposal "
	    "at the opening session on Tuesday.", "summit 2013-10-15 iran; "
	    "offer 2013-10-15 zarif");
	/* what a pact provides is no act */
	EXPECT("2008-08-15", "Under the agreement, the US will also station a "
	    "Patriot battery in Poland.", "");
	/* "a ministry spokesman": the body named before by that word */
	EXPECT("2012-06-06", "Lavrov will meet Clinton on Thursday, the Russian "
	    "Foreign Ministry said on Wednesday.\n\nMissile defense will be "
	    "among the topics, a ministry spokesman told Interfax.",
	    "statement 2012-06-06 russia-mfa; summit 2012-06-07 lavrov; "
	    "statement 2012-06-06 russia-mfa");
	/* "reminded ... that" tells; a date between the auxiliary and the
	 * verb is the reported act's, and so is its subject, for a verb
	 * joined to it by "and" */
	EXPECT("2012-03-10", "Ryabkov reminded journalists that Putin had in "
	    "February ordered new radars in the south and warned of a "
	    "response.", "warning 2012-02 putin; statement 2012-03-10 "
	    "ryabkov");
	EXPECT("2011-07-01", "Lavrov said that Medvedev had on May 5 proposed "
	    "a joint system.", "offer 2011-05-05 medvedev; "
	    "statement 2011-07-01 lavrov");
	/* a call in the clause the words report is its speaker's occasion,
	 * not the reporter's */
	EXPECT("2013-05-08", "Lavrov told reporters that Kerry had assured him "
	    "in a telephone call on Monday that the plan would not change."
	    "\n\nLavrov said the talks would go on.", "statement 2013-05-08 "
	    "lavrov; statement 2013-05-06 kerry; summit 2013-05-06 lavrov; "
	    "statement 2013-05-08 lavrov");
	/* "is due in", "is likely to take place in": ahead */
	EXPECT("2011-12-08", "The next round of talks is due in February, a "
	    "diplomat said.", "summit 2012-02 -");
	EXPECT("2011-03-03", "A new round is likely to take place in Kazan in "
	    "June, a source said.", "summit 2011-06 russia");
	/* "agreed in" a place: where two sides or more met */
	EXPECT("2011-03-03", "The presidents of Russia and Ukraine agreed in "
	    "Kiev on Tuesday to extend the lease.", "summit 2011-03-01 russia");
	EXPECT("2011-03-03", "Turkey agreed in September to host the radar.",
	    "");
	EXPECT("2011-03-03", "Poland agreed in Warsaw on Tuesday to host the "
	    "interceptors.", "");
	/* "a day earlier" counts from the day last named; the meeting told
	 * at is where the words it dates were said */
	EXPECT("2013-02-05", "Salehi spoke at the Munich Security Conference on "
	    "Sunday.\n\nBiden told the conference a day earlier that "
	    "Washington was prepared to meet Iran's leaders.", "summit 2013-02-03 "
	    "germany; offer 2013-02-02 biden; summit 2013-02-02 biden");
	/* "the ministry's press service": the ministry's voice; a ministry
	 * named by its kind is its head's before a deputy's */
	EXPECT("2012-02-20", "Azerbaijani Defense Minister Safar Abiyev "
	    "received Russian Deputy Defense Minister Anatoly Antonov on "
	    "Monday.\n\nThe talks were useful, the ministry's press service "
	    "said.", "summit 2012-02-20 azerbaijan; statement 2012-02-20 "
	    "azerbaijan");
	/* "the presidential press service": the voice of the office of
	 * the head the dateline's country has, before another's */
	EXPECT("2011-03-04", "YEREVAN, MARCH 4: Armenian President Serzh "
	    "Sargsyan will visit Paris on March 7 at the invitation of "
	    "President Nicolas Sarkozy, the presidential press service "
	    "reported.", "statement 2011-03-04 armenia; summit 2011-03-07 "
	    "sargsyan");
	/* "Earlier on Friday," opens the sentence with the day of a
	 * meeting its noun tells */
	EXPECT("2012-03-09", "Earlier on Friday, Putin chaired a meeting of "
	    "the government.", "summit 2012-03-09 putin");
	/* a round of what is no meeting is none */
	EXPECT("2010-10-07", "In June, the powers imposed a fourth round of "
	    "sanctions on Iran.", "");
	EXPECT("2010-10-07", "The last round of Russian-US consultations was "
	    "held in Geneva in June.", "summit 2010-06 russia");
	/* a proposal the reported words speak of, handed over on a day
	   of its own: its maker's offer of that day, not the words' day;
	   its maker a possessive before its modifiers */
	EXPECT("2012-05-24", "Jalili said the powers had failed to answer "
	    "Iran's five-point proposal presented at the start of the talks "
	    "on Wednesday.", "offer 2012-05-23 iran; statement 2012-05-24 "
	    "jalili; summit 2012-05-23 jalili");
	/* "Nothing will be signed before the summit": the earliest time,
	   a word of denial opening the clause; no limit */
	EXPECT("2012-11-20", "Nothing will be signed before the summit in "
	    "May, Lavrov said.", "statement 2012-11-20 lavrov; summit 2013-05 "
	    "lavrov");
	/* a participle in the passive joined by "but" to one dated gone
	   by: its agent's act, after that day, of no day told */
	EXPECT("2012-11-20", "The plan was tabled by Moscow in June but "
	    "rejected by the alliance.", "offer 2012-06 russia; statement null "
	    "nato");
	/* a clause of contrast after the meeting's names none of its
	   people: those of the last meeting */
	EXPECT("2012-11-20", "NATO and Russia held talks in Brussels on "
	    "Monday.\n\nThe next round is scheduled for December 12 in "
	    "Brussels, diplomats said, but few expect progress before the new "
	    "U.S. administration settles in.", "summit 2012-11-19 nato; summit "
	    "2012-12-12 nato");
	/* "On the same day" told of the past after a day to come, with no
	   day gone by named: the day the story is read from */
	EXPECT("2012-04-11", "President Ilham Aliyev has received Alexander "
	    "Vershbow.\n\nThey discussed the alliance's summit to be held in "
	    "Chicago on 20-21 May.\n\nOn the same day, Vershbow held talks "
	    "with Elmar Mammadyarov.", "summit 2012-04-11 aliyev; summit 2012-05-20 "
	    "nato; summit 2012-04-11 vershbow");
	/* "before the Brussels meeting": the last one there to come, past
	   one there gone by */
	EXPECT("2011-11-29", "The NATO-Russia Council will meet in Brussels on "
	    "December 8.\n\nThe previous round was held in Brussels from 3 to "
	    "5 October.\n\nRogozin said last week that Moscow expected an "
	    "answer before the Brussels meeting.", "summit 2011-12-08 "
	    "nato-russia-council; summit 2011-10-03 nato-russia-council; "
	    "statement 2011-W47 rogozin; deadline 2011-12-08 rogozin");
	/* "told then-President Dmitry Medvedev in March": past the office
	   its holder held, the words' date */
	EXPECT("2012-11-13", "Obama told then-President Dmitry Medvedev in "
	    "March that he would have more flexibility.", "statement 2012-03 "
	    "obama");
	/* "The previous round of expert consultations": the people of the
	   last consultations told, before the last meeting at its place */
	EXPECT("2011-11-29", "Russian and NATO experts will hold consultations "
	    "in Moscow on December 5-6.\n\nThe NATO-Russia Council will meet "
	    "in Brussels on December 8.\n\nThe previous round of expert "
	    "consultations was held in Brussels from 3 to 5 October.",
	    "summit 2011-12-05 russia; summit 2011-12-08 nato-russia-council; "
	    "summit 2011-10-03 russia");
	/* a council attended where or when it sits is its session */
	EXPECT("2011-11-21", "Lavrov is due to attend the NATO-Russia Council "
	    "in Brussels on December 8.", "summit 2011-12-08 lavrov");
	/* "a diplomatic source in Moscow": the capital's country, not the
	   person the article names next */
	EXPECT("2012-02-01", "The talks will resume in Geneva in February, a "
	    "diplomatic source in Moscow told Interfax on Wednesday.\n\n"
	    "\"The delegations will be led by Deputy Foreign Minister Sergei "
	    "Ryabkov,\" the source said.", "statement 2012-02-01 russia; "
	    "summit 2012-02 -; statement 2012-02-01 russia");
	/* "an idea the alliance later rejected": a relative on the noun in
	   apposition, its subject with a determiner of its own; the
	   rejection after the offer's day, of none told */
	EXPECT("2012-05-15", "Russia proposed a sectoral system in November "
	    "2010, an idea the alliance later rejected.", "offer 2010-11 "
	    "russia; statement null nato");
	/* "..., the Defense Ministry's press service told APA": a body's
	   voice after the clause it reports, however many its words */
	EXPECT("2011-06-10", "Azerbaijan's Defense Minister Safar Abiyev met "
	    "Anatoly Serdyukov in Minsk on June 10, the Defense Ministry's "
	    "press service told APA.", "statement 2011-06-10 azerbaijan; "
	    "summit 2011-06-10 azerbaijan");
	/* talks to be completed by a limit are a process, no meeting; talks
	   concluded on a day are one */
	EXPECT("2011-06-10", "Serdyukov said the talks on the radar would be "
	    "completed before the end of the year.", "statement 2011-06-10 "
	    "serdyukov; deadline 2011-12-31 serdyukov");
	EXPECT("2011-06-10", "Russia and NATO concluded talks in Geneva on "
	    "Friday.", "summit 2011-06-10 russia");
	/* "allied leaders" are NATO's */
	EXPECT("2010-11-20", "On Friday, the 28 allied leaders approved a plan "
	    "to build the shield by 2020.", "deadline 2020 nato");
	/* "The president" is the last named with the title before it, not
	   one its own sentence names after it */
	EXPECT("2012-12-20", "President Vladimir Putin said Russia would "
	    "respond.\n\nThe president also said he expected to meet U.S. "
	    "President Barack Obama in 2013.", "warning 2012-12-20 putin; "
	    "statement 2012-12-20 putin; summit 2013 obama");
	/* talks ended "with a joint statement": their sides' words */
	EXPECT("2013-10-16", "Iran and six world powers ended two days of talks "
	    "in Geneva on Wednesday with a joint statement calling the "
	    "discussions substantive.", "statement 2013-10-16 p5-plus-1; summit "
	    "2013-10-15 iran");
	/* a meeting in a clause of "as" after dated words is of their day;
	   "wrapped up their two-day summit" ends it then */
	EXPECT("2012-05-21", "Merkel said Monday that Russia must remain a "
	    "partner, as NATO leaders wrapped up their two-day summit in "
	    "Chicago.", "statement 2012-05-21 merkel; summit 2012-05-20 "
	    "merkel");
	/* "The Defence Ministry earlier said": past "earlier" between the
	   body and its verb (grammar list act_adverbs) */
	EXPECT("2012-12-14", "MOSCOW. Dec 14 (Interfax) - Russian Defence "
	    "Minister Sergei Shoigu said on Friday the missile was ready.\n\n"
	    "The Defence Ministry earlier said that the share would reach 98 "
	    "percent by 2021.", "statement 2012-12-14 shoigu; statement null "
	    "russia-mod; deadline 2021 russia-mod");
	/* a transcript's line telling its speaker's act of a day gone by
	   is his words of the day too */
	EXPECT("2012-09-26", "RT: Is there any hope of a deal?\n\nSergei "
	    "Lavrov: We proposed a joint system back in 2010. The proposal "
	    "remains on the table.", "offer 2010 lavrov; statement 2012-09-26 "
	    "lavrov");
	/* "endorsed": CAMEO's 051 (praise), words */
	EXPECT("2008-04-04", "NATO leaders on Thursday endorsed U.S. plans for "
	    "a missile defense system.", "statement 2008-04-03 nato");
	/* "its proposals ... submitted last year": the maker a possessive
	   pronoun stands for, the last country named before it */
	EXPECT("2013-04-23", "Lavrov said Moscow was still waiting for a "
	    "response to its proposals on missile defence submitted last "
	    "year.", "offer 2012 russia; statement 2013-04-23 lavrov");
	/* a meeting "hours after" which the act told came: its day; "days
	   after": none told */
	EXPECT("2008-07-09", "Russia warned Tuesday it would react with "
	    "military means, hours after Washington and Prague signed a deal "
	    "on the radar.", "warning 2008-07-08 russia; summit 2008-07-08 "
	    "russia");
	/* "the proposals it handed over": "it" is the subject's, not the
	   name after "from" */
	EXPECT("2012-11-09", "Antonov said the Russian Defence Ministry had "
	    "not received any answer from the U.S. side to the proposals it "
	    "handed over in September.", "offer 2012-09 russia-mod; "
	    "statement 2012-11-09 antonov");
	/* a meeting's noun after words about it ("asked to comment on"):
	   none of the speaker's, its phrase past its topic to "that opened" */
	EXPECT("2012-05-04", "Spokesman Liu Weimin made the remarks when "
	    "asked to comment on the international conference on missile "
	    "defense that opened in Moscow on Thursday.", "summit 2012-05-03 "
	    "russia");
	/* "At the conference, X warned", "officials who attended the
	   two-day conference": the one told before, the words' occasion */
	EXPECT("2012-05-04", "An international conference on missile "
	    "defense opened in Moscow on Thursday.\n\nAt the conference, "
	    "Russian Chief of General Staff Nikolai Makarov warned that "
	    "Russia could strike NATO sites.\n\nU.S. and NATO officials who "
	    "attended the two-day conference rejected the warning.", "summit "
	    "2012-05-03 russia; warning 2012-05-03 makarov; statement "
	    "2012-05-03 nato");
	/* a limit of the act a meeting is to do is not the meeting's */
	EXPECT("2013-06-03", "NATO defence ministers will meet in Brussels on "
	    "4 and 5 June 2013.\n\nRasmussen said last week that he expected "
	    "the meeting to approve the plan for the transition in "
	    "Afghanistan by the end of the year.", "summit 2013-06-04 "
	    "nato-defence-ministers; statement 2013-W22 rasmussen; deadline "
	    "2013-12-31 rasmussen");
	/* a possible meeting with a date of its own is planned */
	EXPECT("2011-06-08", "Serdyukov may meet Gates in the autumn.",
	    "summit 2011-FA serdyukov");
	/* a live report's present: "addresses the nation" */
	EXPECT("2011-11-23", "20:05 - President Dmitry Medvedev addresses the "
	    "nation on television.", "statement 2011-11-23 medvedev");
	/* a visit told by its participle in an aside on the visitor */
	EXPECT("2011-05-28", "Turkish Foreign Minister Ahmet Davutoglu, "
	    "visiting Moscow this weekend, is expected to discuss the shield "
	    "with Foreign Minister Sergei Lavrov.", "summit 2011-W21-WE "
	    "turkey");
	/* words in a clause of ", where" after a meeting are of its day */
	EXPECT("2011-05-28", "Medvedev and Obama spoke by telephone on "
	    "Friday.\n\nThe call came a day after the two leaders met in "
	    "Deauville, France, where Medvedev said the issue could wreck "
	    "relations.", "summit 2011-05-27 medvedev; statement 2011-05-26 "
	    "medvedev; summit 2011-05-26 medvedev");
	/* a meeting denied its schedule is none; one that was not a
	   success was held */
	EXPECT("2012-11-20", "Peskov said on Tuesday that a meeting between "
	    "Putin and Rasmussen was not on the agenda.", "statement "
	    "2012-11-20 peskov");
	EXPECT("2012-11-20", "The meeting between Putin and Rasmussen in Sochi "
	    "on Monday was not a success.", "summit 2012-11-19 putin");
	/* a visit joined to another, "at the end of the month": of that
	   month */
	EXPECT("2010-06-04", "Lavrov is due to visit Kyiv next Tuesday "
	    "and Brussels at the end of the month.", "summit 2010-06-08 "
	    "lavrov; summit 2010-06 lavrov");
	/* "the same forum" is one told before, no meeting of its own; "the
	   meeting" after it is the last one told */
	EXPECT("2013-02-02", "Biden met Lavrov in Munich on Saturday.\n\n"
	    "Rogozin, speaking at the same forum a day earlier, warned that "
	    "Moscow would respond.\n\nIn a joint statement issued after the "
	    "meeting, Biden and Lavrov said experts would meet in March.",
	    "summit 2013-02-02 biden; warning 2013-02-01 rogozin; statement "
	    "2013-02-02 lavrov; summit 2013-03 biden");
	/* words dated by their airing take the occasion named after them,
	   and the speaker's next words too */
	EXPECT("2012-11-20", "Putin said in remarks posted on the Kremlin "
	    "website on Tuesday that Russia would respond.\n\nPutin made "
	    "the comments during a meeting with senior military officers in "
	    "Sochi on Monday evening.\n\nPutin also said the offer stood.",
	    "warning 2012-11-19 putin; summit 2012-11-19 putin; statement "
	    "2012-11-19 putin");
	/* "on the second day of the visit": counted from the visit told
	   before, by that noun */
	EXPECT("2013-05-22", "Nalbandian will pay a working visit to Moscow on "
	    "May 27-28.\n\nNalbandian will hold talks with Lavrov on the "
	    "second day of the visit.", "summit 2013-05-27 nalbandian; summit "
	    "2013-05-28 nalbandian");
	/* "travel on to": a journey on from one stop to the next */
	EXPECT("2010-04-22", "Clinton is to travel on to Moscow next week.",
	    "summit 2010-W17 clinton");
	/* words that "came at" a meeting date it, a month too, and the
	 * words of its clause of ", where"; a summit "on May 20" after it
	 * is another (the conference's month is the words', not its own) */
	EXPECT("2012-06-07", "Speaking in Moscow last month, Nikolai Makarov "
	    "warned that Russia might strike the shield's sites.\n\n"
	    "Makarov's words came at a conference attended by officials "
	    "from 50 countries, where Alexander Vershbow said the system "
	    "posed no threat to Russia.\n\nAt the Chicago summit on May "
	    "20, NATO leaders met.", "warning 2012-05 makarov; statement "
	    "2012-05 vershbow; summit 2012-05 makarov; summit 2012-05-20 "
	    "nato");
	/* a phrase of a preposition opening the sentence, no clause: the
	 * act after its comma is no clause's report ("..., NATO said") */
	EXPECT("2012-06-07", "At the Chicago summit on May 20, NATO declared "
	    "an interim capability.", "statement 2012-05-20 nato; summit "
	    "2012-05-20 nato");
	/* what a person the data does not know says another said, with
	 * no side of his own told, is his words alone */
	EXPECT("2012-03-22", "Foreign Ministry spokesman Alexander Lukashevich "
	    "said that Russia hoped for a deal.", "statement 2012-03-22 "
	    "alexander-lukashevich");
	/* an act the words report, its date opening the clause of "that"
	 * before its subject, is one of its own; "that" then opens a
	 * clause, no pointer back at what was told */
	EXPECT("2012-03-22", "Lavrov said that in May Medvedev had proposed a "
	    "joint system.", "offer 2011-05 medvedev; statement 2012-03-22 "
	    "lavrov");
	EXPECT("2012-03-22", "Lavrov recalled that in December 2010, President "
	    "Dmitry Medvedev had warned that a new arms race could begin.",
	    "warning 2010-12 medvedev; statement 2012-03-22 lavrov");
	/* a line naming the document the title names, by the same one, is
	 * that document, of the day it gives; its occasion, the place and
	 * the date in apposition after the meeting's name, a meeting */
	EXPECT_AT("2012-05-04", "---\ntitle: Speech by NATO Deputy Secretary "
	    "General Alexander Vershbow in Moscow\n---\nSpeech by NATO Deputy "
	    "Secretary General Alexander Vershbow at the International "
	    "Conference on Missile Defence, Moscow, 3 May 2012\n\nLet me be "
	    "clear: the system is not directed against Russia.", "statement "
	    "2012-05-03 vershbow; summit 2012-05-03 vershbow");
	/* a side's threat in the lead, told again with its day by a person
	 * of that side, is of that day */
	EXPECT("2012-05-04", "Russia has threatened to strike NATO missile "
	    "defense sites in Eastern Europe.\n\nOn Thursday, Chief of the "
	    "General Staff Nikolai Makarov said Russia could use force "
	    "pre-emptively.", "warning 2012-05-03 russia; warning 2012-05-03 "
	    "makarov");
	/* a date opening the sentence past a dateline's dash is the
	 * clause's, as it is with none */
	EXPECT("2010-06-16", "MOSCOW - On 15 June, Foreign Minister Sergei "
	    "Lavrov said the talks went well.", "statement 2010-06-15 lavrov");
	/* the clause after a colon opens as a sentence does: its own
	 * opening phrase dates it, not the clause before */
	EXPECT("2011-12-30", "By November, patience had run out: in his "
	    "televised address on November 23, Medvedev threatened to deploy "
	    "Iskander missiles.", "warning 2011-11-23 medvedev");
	/* a meeting told by a participle on its people is of the day of
	 * their act after it; "the summit" then, past a clause of "after"
	 * with a subject of its own (a title before it), is the one told */
	EXPECT("2012-05-21", "Nato leaders meeting in Chicago declared on "
	    "Sunday that the shield was operational.\n\nRussia boycotted the "
	    "summit after President Vladimir Putin declined an invitation "
	    "earlier this month.", "statement 2012-05-20 nato; summit "
	    "2012-05-20 nato");
	/* the days of talks told again with their last day ("The two-day
	 * talks ended on Wednesday") are theirs: words "after the talks"
	 * are of the last */
	EXPECT("2013-02-28", "Six world powers offered Iran relief from some "
	    "sanctions on Tuesday at talks in Almaty.\n\nThe two-day talks "
	    "ended on Wednesday.\n\nIran's negotiator Saeed Jalili told "
	    "reporters after the talks that they had been positive.", "offer "
	    "2013-02-26 p5-plus-1; summit 2013-02-26 p5-plus-1; statement "
	    "2013-02-27 jalili");
	/* the agent of a verb of saying in the passive past its title's
	 * "to" and the name after it */
	EXPECT("2013-05-17", "This was stated by Russian Ambassador to "
	    "Azerbaijan Vladimir Dorokhin at a press conference in Baku "
	    "today.", "statement 2013-05-17 vladimir-dorokhin");
	/* a title alone the last person named holds, among others of his
	 * side, is his, not the holder for another side the sentence names */
	EXPECT("2012-03-13", "On 12.03.2012, Minister of Foreign Affairs Elmar "
	    "Mammadyarov received the delegation.\n\nThe Minister noted "
	    "that the presidents of Azerbaijan and Armenia would meet.", "summit "
	    "2012-03-12 mammadyarov; statement 2012-03-12 mammadyarov");
	/* people "in" a place on a day: a visit, as an arrival there is;
	 * not a thing, nor "in" what is no place */
	EXPECT_AT("2012-02-10", "Under Secretary Ellen Tauscher will be in "
	    "Moscow next week.\n\nLavrov was in Washington on Tuesday.\n\n"
	    "The radar was in Gabala in 2010.\n\nThe decision will be in the "
	    "interest of Russia next week.", "summit 2012-W07 tauscher @ "
	    "Moscow; summit 2012-02-07 lavrov @ Washington");
	/* an unnamed source of a side after the clause it reports, named
	 * again after another's words: that side */
	EXPECT("2011-10-19", "The envoys met in Brussels on Tuesday, a NATO "
	    "official said.\n\nRogozin said after the meeting that NATO had "
	    "refused.\n\nThe talks will go on, the official added.",
	    "statement 2011-10-19 nato; summit 2011-10-18 nato; statement "
	    "2011-10-18 rogozin; statement 2011-10-19 nato");
	/* a plural title the last meeting's people are is theirs, not the
	 * body whose words told that meeting */
	EXPECT("2018-09-05", "Foreign Minister Elmar Mammadyarov and his "
	    "Russian counterpart Sergei Lavrov held a phone conversation on "
	    "Sept. 4, the Azerbaijani Foreign Ministry said.\n\nThe "
	    "ministers noted that the convention opened a new page.",
	    "statement 2018-09-05 azerbaijan-mfa; summit 2018-09-04 "
	    "mammadyarov; statement 2018-09-04 mammadyarov");
	/* "for two days of talks" on the day of an arrival: they begin
	 * that day ("over" a topic ends nothing), and words "after the
	 * talks" are of their last */
	EXPECT("2007-07-03", "Vladimir Putin arrived at the Bush family "
	    "estate on Sunday for two days of talks that both sides hoped "
	    "would ease tensions over missile defence.\n\nPutin told "
	    "reporters after the talks that it was a good start.", "summit "
	    "2007-07-01 putin; statement 2007-07-02 putin");
	/* an aside of place past "also" goes on to the meeting's verb and
	 * its date */
	EXPECT_AT("2012-03-07", "The last round of talks, also in Istanbul, "
	    "collapsed in January 2011.", "summit 2011-01 turkey @ Istanbul");
	/* an attitude another holds, told in one's words, is no act of its
	 * own (past a name of several tokens: "the E3+3") */
	EXPECT("2012-03-07", "Catherine Ashton wrote on Tuesday that the E3+3 "
	    "hoped for a sustained process of dialogue.", "statement "
	    "2012-03-06 ashton");
	/* another side's act with a date of its own, in what an unnamed
	 * source of a side says, is an act of its own; the source's words
	 * are of the day of the news, not of that act */
	EXPECT("2011-11-29", "The proposal was rejected by Washington in "
	    "October, a Russian diplomatic source said.", "statement 2011-10 "
	    "united-states; statement 2011-11-29 russia");
	/* a date opening the sentence, past an aside of place, dates the
	 * meeting its clause tells */
	EXPECT("2011-12-09", "On 7 December, in Brussels, the regular meeting "
	    "of the NATO Foreign Ministers took place.", "summit 2011-12-07 "
	    "nato-foreign-ministers");
	/* so does a date opening the clause of "that", past an aside of
	 * place too */
	EXPECT("2011-12-09", "We recall that in Lisbon, in November 2010, the "
	    "leaders of Russia and NATO agreed to discuss cooperation.",
	    "summit 2010-11 russia");
	/* a meeting "followed by" another: the other of its own, on the
	 * last of the days its date spans */
	EXPECT("2011-12-09", "The meeting of the NATO Foreign Ministers was "
	    "held in Brussels on 7-8 December, followed by a session of the "
	    "Russia-NATO Council.", "summit 2011-12-07 nato-foreign-ministers; "
	    "summit 2011-12-08 nato-foreign-ministers");
	EXPECT("2011-12-09", "The NATO Foreign Ministers met in Brussels on "
	    "Wednesday, followed by a session of the Russia-NATO Council.",
	    "summit 2011-12-07 nato-foreign-ministers; summit 2011-12-07 "
	    "nato-foreign-ministers");
	/* "their visit" far after the body that opens the sentence is that
	 * body's, not the last meeting's people: the next words of those
	 * keep their day */
	EXPECT("2012-07-05", "The co-chairs of the OSCE Minsk Group met "
	    "Aliyev.\n\nThe co-chairs informed the head of state of the "
	    "results of their visit to Yerevan a day earlier.\n\nAliyev "
	    "stressed that the status quo was unacceptable.",
	    "summit 2012-07-05 osce-minsk-group; statement 2012-07-05 "
	    "osce-minsk-group; summit 2012-07-04 osce-minsk-group; "
	    "statement 2012-07-05 aliyev");
	/* a lapse's clause reaches the meeting past a long title and name,
	 * each counted as a word */
	EXPECT("2011-12-09", "Moscow on Friday rejected the plan, a day after "
	    "the alliance's foreign ministers failed to reach agreement with "
	    "Russian Foreign Minister Sergei Lavrov at a meeting in Brussels.",
	    "statement 2011-12-09 russia; summit 2011-12-08 russia");
	/* "first made at NATO's ... summit": the host's offer, of the
	 * meeting's date, its phrase set off by commas of its own */
	EXPECT("2008-07-10", "NATO repeated its offer of a joint centre, "
	    "with one team in Moscow and one in Brussels, first made at the "
	    "alliance's Bucharest summit in April.", "offer 2008-04 nato; offer "
	    "2008-07-10 nato; summit 2008-04 nato");
	/* "is ready to be signed": a thing's readiness, no offer */
	EXPECT("2010-03-30", "The new treaty is ready to be signed in Prague, "
	    "Lavrov said on Tuesday.", "statement 2010-03-30 lavrov");
	/* "who until July was ...": a state that lasted, no time limit */
	EXPECT("2011-02-11", "Kislyak, who until July was deputy foreign "
	    "minister, said Moscow wanted guarantees.", "statement 2011-02-11 "
	    "kislyak");
	/* a promise under a condition whose clause tells an answer threatens */
	EXPECT("2012-02-13", "Lavrov said Russia would take its own decisions "
	    "on how to respond if NATO deployed the radar.", "warning 2012-02-13 "
	    "lavrov");
	/* a deployment announced threatens; a shield's is words */
	EXPECT("2008-11-06", "Medvedev announced the deployment of Iskander "
	    "missiles in Kaliningrad.", "warning 2008-11-06 medvedev");
	EXPECT("2010-02-05", "Obama announced the deployment of interceptors "
	    "in Romania.", "statement 2010-02-05 obama");
	/* an offer "presented on the first day of the talks": the day of
	 * the meeting told last that has begun */
	EXPECT("2012-04-16", "Iran and the six powers met in Istanbul on "
	    "Saturday.\n\nJalili said the powers had ignored Tehran's "
	    "proposal, which he presented on the first day of the talks.",
	    "summit 2012-04-14 iran; offer 2012-04-14 jalili; statement "
	    "2012-04-16 jalili");
	/* a meeting to come is not where words were told; "The summit"
	 * then gives it its day */
	EXPECT("2011-06-20", "Sargsyan said on Saturday he expected no "
	    "breakthrough at his upcoming meeting with Aliyev in Kazan.",
	    "statement 2011-06-18 sargsyan; summit null sargsyan");
	EXPECT("2011-06-20", "Sargsyan said on Saturday he expected no "
	    "breakthrough at his upcoming meeting with Aliyev in Kazan.\n\n"
	    "The summit, hosted by Medvedev, is due to take place on June 24.",
	    "statement 2011-06-18 sargsyan; summit 2011-06-24 sargsyan");
	/* a meeting its people brief others on is what the words were
	 * about, not the occasion of their next words */
	EXPECT("2011-10-28", "The OSCE Minsk Group co-chairs briefed Aliyev "
	    "on their meeting with Sargsyan in Yerevan on October 27.\n\nThe "
	    "co-chairs said the sides were close to a deal.", "summit "
	    "2011-10-27 osce-minsk-group; statement 2011-10-28 "
	    "osce-minsk-group");
	/* "The envoy said", a body's words between: the person named with
	 * that title */
	EXPECT("2011-06-03", "Russia's envoy to NATO Dmitry Rogozin said on "
	    "Friday that Moscow would not wait forever.\n\nNATO rejected the "
	    "idea in April.\n\nThe envoy said he would go to Washington.",
	    "statement 2011-06-03 rogozin; statement 2011-04 nato; "
	    "statement 2011-06-03 rogozin");
	/* a meeting on the sidelines of a summit told before is one of its
	 * own, on the summit's day; told again, the same */
	EXPECT("2007-06-08", "Putin spoke to Bush at the G8 summit in "
	    "Heiligendamm on Thursday.\n\nPutin told reporters after the "
	    "hour-long meeting with Bush on the sidelines of the summit that "
	    "the talks went well.\n\nPutin said after his meeting with Bush "
	    "on the sidelines of the summit that he was pleased.",
	    "summit 2007-06-07 putin; statement 2007-06-07 putin; summit "
	    "2007-06-07 putin; statement 2007-06-07 putin");
	/* another's arms made useless, in the future: a threat */
	EXPECT("2008-11-05", "Medvedev told lawmakers the Iskander missiles "
	    "would neutralize, if necessary, the planned U.S. system in "
	    "Poland.", "warning 2008-11-05 medvedev");
	/* a meeting of other people in the same city, on a day within the
	 * week of the one told: another meeting */
	EXPECT("2008-11-05", "Sikorski will travel to Washington next week "
	    "for talks with Rice.\n\nMedvedev will attend a Group of 20 "
	    "summit in Washington on November 15.", "summit 2008-W46 "
	    "sikorski; summit 2008-11-15 medvedev");
	/* a convention signed by leaders in a city on a day is their
	 * meeting; a lapse of one to come counts from the one to come told */
	EXPECT("2018-08-10", "The leaders of the Caspian states will sign "
	    "the convention in Aktau on August 12, Kazakh Foreign Minister "
	    "Kairat Abdrakhmanov said on Friday.\n\nThe foreign ministers of "
	    "Russia and Iran will meet in Aktau a day earlier, he said.",
	    "statement 2018-08-10 kairat-abdrakhmanov; summit 2018-08-12 "
	    "caspian-states; statement 2018-08-10 kairat-abdrakhmanov; summit "
	    "2018-08-11 russia");
	/* a thing ready to be signed at a place on a day: a meeting to come,
	 * no offer */
	EXPECT("2018-08-10", "The convention is ready to be signed by the "
	    "heads of state in Aktau on Sunday, Lavrov said.", "statement "
	    "2018-08-10 lavrov; summit 2018-08-12 lavrov");
	/* words told "after the first day of the summit": that day */
	EXPECT("2010-11-20", "NATO leaders meeting in Lisbon on Friday "
	    "approved a missile shield.\n\nRasmussen told a news conference "
	    "after the first day of the summit that it was historic.",
	    "summit 2010-11-19 nato; statement 2010-11-19 rasmussen");
	/* a person by the spellings the press uses */
	EXPECT("2011-06-25", "Azerbaijani President Ilham Aliev said on "
	    "Friday that he was disappointed.\n\nKazakh President Nursultan "
	    "Nazarbaev said the summit would be held in Astana.",
	    "statement 2011-06-24 aliyev; statement 2011-06-24 nazarbayev; "
	    "summit null nazarbayev");
	/* a meeting whose results the sides discussed is neither theirs nor
	 * the occasion of the words after it; the verb takes none of its
	 * place or date */
	EXPECT("2011-12-12", "Azimov met Bradtke on December 10.\n\nDuring "
	    "the meeting, the sides discussed the results of the OSCE "
	    "Ministerial Council held in Vilnius on December 6-7.\n\nAzimov "
	    "noted that Azerbaijan expected more.", "summit 2011-12-10 azimov; "
	    "summit 2011-12-06 osce; statement 2011-12-10 azimov");
	/* a side's threat with a day right after its noun: its warning */
	EXPECT("2011-11-24", "Russia's threat on Wednesday to deploy "
	    "missiles on the European Union's borders is the latest twist in "
	    "a row.", "warning 2011-11-23 russia");
	/* a deadline moved on "to" a day: one ahead */
	EXPECT("2014-07-19", "Iran and six world powers agreed early on "
	    "Saturday to extend the deadline for a comprehensive nuclear deal "
	    "by four months to November 24.", "deadline 2014-11-24 iran");
	/* a meeting in a relative clause is the occasion of its verb's act,
	 * not of the words outside it */
	EXPECT("2007-07-02", "Putin said on Monday that Moscow was ready.\n\n"
	    "He said the Gabala radar, which he offered last month at the G8 "
	    "summit in Germany, could be modernized.", "statement 2007-07-02 "
	    "putin; offer 2007-06 putin; statement 2007-07-02 putin; summit "
	    "2007-06 g8");
	/* a deployment plan "announced by" a person a day earlier: his
	 * threat; a shield's, his words */
	EXPECT("2008-11-06", "Poland on Thursday criticised Russia's plan to "
	    "deploy short-range missiles near the Polish border, announced by "
	    "President Dmitry Medvedev a day earlier.", "warning 2008-11-05 "
	    "medvedev; statement 2008-11-06 poland");
	EXPECT("2008-11-06", "Russia criticised the U.S. plan to deploy "
	    "interceptors in Poland, announced by President Bush a day "
	    "earlier.", "statement 2008-11-05 bush; statement 2008-11-06 "
	    "russia");
	/* a date in the possessive is its noun's, not the verb's; but
	 * after "after", the words' occasion */
	EXPECT("2011-06-27", "President Serzh Sarkisian has blamed Azerbaijan "
	    "for the failure of last week's summit in Kazan.\n\nSpeaking to "
	    "reporters in Yerevan on June 26, Sarkisian said Aliyev had come "
	    "with new amendments.", "statement 2011-06-26 sargsyan; summit "
	    "2011-W25 sargsyan; statement 2011-06-26 sargsyan");
	EXPECT("2011-10-19", "Rogozin said after Tuesday's meeting that NATO "
	    "had refused.", "statement 2011-10-18 rogozin; summit 2011-10-18 "
	    "rogozin");
	/* where the words were given, between the verb and its day */
	EXPECT("2011-11-24", "Medvedev said in a televised address from his "
	    "Gorki residence outside Moscow on Wednesday that Russia could "
	    "deploy Iskander missiles.", "warning 2011-11-23 medvedev");
	/* two people who are to discuss something meet */
	EXPECT("2011-09-03", "Lavrov and U.S. Secretary of State Hillary "
	    "Clinton are expected to discuss the issue in New York later this "
	    "month.", "summit 2011-09 lavrov");
	/* days of talks the present perfect tells held: from their first */
	EXPECT("2007-07-02", "President Bush has hosted Russian President "
	    "Vladimir Putin at his family's summer home in Kennebunkport, "
	    "Maine, for two days of informal talks.", "summit 2007-07-01 bush");
	/* a meeting the present progressive tells is under way, with no
	 * place nor day of its own; a visit one of its people arrived for
	 * a day before, after "what ... calls", is it, from that day */
	EXPECT("2007-07-02", "Bush and Putin are meeting.",
	    "summit 2007-07-02 bush");
	EXPECT("2007-07-02", "Bush and Putin are holding talks in Maine.",
	    "summit 2007-07-02 bush");
	EXPECT("2007-07-02", "Bush and Putin are meeting in Maine.\n\nPutin "
	    "arrived Sunday for what the White House calls a relaxed and "
	    "informal visit.", "summit 2007-07-01 bush");
	EXPECT("2007-07-02", "Putin arrived Sunday for what was described as "
	    "an informal visit.", "summit 2007-07-01 putin");
	/* an idea put forward is an offer; "he" after the person the words
	 * name is that one; an offer noun's relative set beside the words
	 * dates its own act only */
	EXPECT("2007-07-02", "Kremlin aide Sergei Prikhodko says President "
	    "Putin will again offer joint use of the Gabala radar, an idea he "
	    "first put forward at the Group of Eight summit in Germany last "
	    "month.", "offer 2007-06 putin; statement 2007-07-02 sergei-prikhodko; "
	    "summit 2007-06 russia");
	/* "the president" in the words of a side's spokesman: that side's */
	EXPECT("2007-07-02", "President Putin met Bush.\n\nWhite House "
	    "spokesman Tony Snow says the president welcomes new ideas.",
	    "summit 2007-07-02 putin; statement 2007-07-02 tony-snow; "
	    "statement 2007-07-02 bush");
	/* people named by their trade alone are no one's voice, and not the
	 * last speaker's */
	EXPECT("2010-11-21", "Medvedev warned on Saturday that Russia would "
	    "respond.\n\nAnalysts in Berlin cautioned that the hard work was "
	    "still to come.", "warning 2010-11-20 medvedev");
	EXPECT("2010-11-21", "Medvedev warned on Saturday that Russia would "
	    "respond.\n\nAnalysts in Moscow cautioned that the hard work was "
	    "still to come.", "warning 2010-11-20 medvedev");
	/* the person before a relative clause past a list of sides */
	EXPECT("2012-05-24", "Catherine Ashton, who leads the negotiations on "
	    "behalf of the United States, Russia, China, France, Britain and "
	    "Germany, said the sides would meet again.",
	    "statement 2012-05-24 ashton");
	/* "attended the summit" in the place of a meeting told before whose
	 * people were not named: that one */
	EXPECT("2018-08-12", "AKTAU, Kazakhstan (AP) - The leaders of five "
	    "nations bordering the Caspian Sea signed a landmark agreement "
	    "Sunday.\n\nPutin, who attended the summit in the Kazakh port of "
	    "Aktau, hailed the deal.", "summit 2018-08-12 putin; statement "
	    "2018-08-12 putin");
	/* consultations held "on the eve of" the round told: the day before */
	EXPECT("2014-05-13", "A new round of talks opened in Vienna on "
	    "Tuesday.\n\nRyabkov held bilateral consultations with Iranian "
	    "Deputy Foreign Minister Abbas Araqchi on the eve of the round.",
	    "summit 2014-05-13 -; summit 2014-05-12 ryabkov");
	/* the meeting of a participle's act on the object is not the
	 * occasion of the words; the person a title of his country leads
	 * to makes the offer */
	EXPECT("2007-06-08", "The Ministry of Foreign Affairs of Azerbaijan has "
	    "taken note of the proposal made by President of the Russian "
	    "Federation Vladimir Putin at the G8 summit in Heiligendamm on 7 "
	    "June 2007.", "offer 2007-06-07 putin; statement 2007-06-08 "
	    "azerbaijan-mfa; summit 2007-06-07 azerbaijan-mfa");
	/* talks a verb of attention has for its object: a topic, no
	 * meeting; "Following the talks" is after them */
	EXPECT("2011-11-28", "Elman Abdullayev said Baku was following the "
	    "discussions on the missile shield closely.",
	    "statement 2011-11-28 elman-abdullayev");
	EXPECT("2011-11-28", "Baku watched the talks in Geneva on Monday.", "");
	/* a date between the subject and its verb dates the acts of its
	 * clause, a cue far after the verb too */
	EXPECT("2011-11-24", "NATO on Thursday dismissed the threat.\n\n"
	    "President Dmitry Medvedev on Wednesday ordered radar in "
	    "Kaliningrad to be put on combat alert.", "statement 2011-11-24 "
	    "nato; warning 2011-11-23 medvedev");
	/* "he" after a speaker named by a title alone is that speaker */
	EXPECT("2011-07-04", "President Dmitry Medvedev received NATO "
	    "Secretary General Anders Fogh Rasmussen.\n\nSpeaking after the "
	    "meeting, the Secretary General said that cooperation remained a "
	    "priority. \"We share the goal,\" he said.", "summit 2011-07-04 "
	    "medvedev; statement 2011-07-04 rasmussen; statement 2011-07-04 "
	    "rasmussen");
	/* a stay whose purpose is to join the talks told, on one of their
	 * days and in their place, is no meeting of its own */
	EXPECT("2013-11-24", "GENEVA (Reuters) - Iran agreed on Sunday to curb "
	    "its nuclear programme, after four days of intense negotiations "
	    "in Geneva.\n\nLavrov, who flew to Geneva on Friday to join the "
	    "talks, said the deal was good.", "summit 2013-11-21 iran; "
	    "statement 2013-11-24 lavrov");
	/* no speaker in the dateline, nor the object of a verb whose
	 * subject names no one; a clause of "after" is no day of the one
	 * before's date */
	EXPECT("2008-11-06", "Berlin/Warsaw (dpa) - European governments on "
	    "Thursday urged Moscow to tone down its rhetoric.", "");
	EXPECT("2008-11-06", "Germany on Thursday urged Moscow to tone down "
	    "its rhetoric after President Dmitry Medvedev threatened to "
	    "station short-range missiles in Kaliningrad.",
	    "warning null medvedev; statement 2008-11-06 germany");
	/* an act in a clause of "after" is one of its own, of no day until
	 * "made the announcement" on one tells it */
	EXPECT("2008-11-06", "European governments on Thursday urged Moscow to "
	    "tone down its rhetoric after President Dmitry Medvedev "
	    "threatened to station short-range missiles in Kaliningrad.\n\n"
	    "Medvedev made the announcement in his annual address to "
	    "parliament on Wednesday.", "warning 2008-11-05 medvedev");
	/* another side's words of a day of their own, which a speaker
	 * closing the sentence tells of, are an act of their own */
	EXPECT("2012-12-11", "Russia will leave Gabala, Elman Abdullayev "
	    "said.\n\nOn December 10, the Russian Foreign Ministry delivered a "
	    "note to Baku saying Moscow would stop using the station, Elman "
	    "Abdullayev told RFE/RL.", "statement 2012-12-11 elman-abdullayev; "
	    "statement 2012-12-10 russia-mfa; statement 2012-12-11 "
	    "elman-abdullayev");
	/* a date opening the sentence dates the meeting its verb has for
	 * object, though an act "by" a gerund after it took it first; past
	 * "then-" too */
	EXPECT("2012-12-11", "In June 2007, President Vladimir Putin surprised "
	    "the Group of Eight summit in Heiligendamm by offering Washington "
	    "joint use of the station.", "offer 2007-06 putin; summit 2007-06 "
	    "putin");
	EXPECT("2012-12-11", "In June 2007, then-President Vladimir Putin "
	    "surprised the Group of Eight summit in Heiligendamm by offering "
	    "Washington joint use of the station.", "offer 2007-06 putin; "
	    "summit 2007-06 putin");
	/* a meeting "for a second day" on a day: from the day before */
	EXPECT("2014-07-14", "Zarif spoke to reporters Monday after meeting "
	    "with U.S. Secretary of State John Kerry for a second day.",
	    "statement 2014-07-14 zarif; summit 2014-07-13 zarif");
	/* and its people's words after it are of the day it was told on */
	EXPECT("2014-07-14", "Zarif spoke to reporters Monday after meeting "
	    "with U.S. Secretary of State John Kerry for a second day.\n\n"
	    "Kerry says the sides will need to decide.", "statement 2014-07-14 "
	    "zarif; summit 2014-07-13 zarif; statement 2014-07-14 kerry");
	/* a meeting told with no day, then its body "met" on one, or its
	 * talks "ended" on one: that meeting, of that day (from its first);
	 * a meeting verb in a clause of ", and" after it: that day too */
	EXPECT("2011-07-05", "The meeting of the NATO-Russia Council in Sochi "
	    "did not bring a breakthrough, Rogozin said on Tuesday.\n\nThe "
	    "council met in the Black Sea resort on Monday, and President "
	    "Dmitry Medvedev received the ambassadors.", "statement 2011-07-05 "
	    "rogozin; summit 2011-07-04 nato-russia-council; summit 2011-07-04 "
	    "medvedev");
	EXPECT("2012-06-20", "The talks between Iran and the P5+1 group in "
	    "Moscow showed serious differences, Ryabkov said.\n\nThe two-day "
	    "talks ended on Tuesday without an agreement.", "statement "
	    "2012-06-20 ryabkov; summit 2012-06-18 iran");
	/* an offer blamed on another, "accused X of ... by proposing", is
	 * no type of the words */
	EXPECT("2011-06-28", "Armenian Foreign Minister Edward Nalbandian has "
	    "accused Azerbaijan of torpedoing last week's summit in the Russian "
	    "city of Kazan by proposing a dozen new changes to the basic "
	    "principles.", "statement 2011-06-28 nalbandian; summit 2011-W25 "
	    "nalbandian");
	/* the summit of last week, told again: "The summit, hosted by ...,
	 * ended late on June 24", its day */
	EXPECT("2011-06-28", "Nalbandian has accused Azerbaijan of torpedoing "
	    "last week's summit in Kazan.\n\nThe summit, hosted by Russian "
	    "President Dmitry Medvedev, ended late on June 24 without an "
	    "agreement.", "statement 2011-06-28 nalbandian; summit 2011-06-24 "
	    "nalbandian");
	/* the day after the speech's audience: "in his address to the
	 * Federal Assembly on November 5" */
	EXPECT("2009-01-28", "President Dmitry Medvedev announced the "
	    "deployment plans in his address to the Federal Assembly on "
	    "November 5.", "warning 2008-11-05 medvedev");
	/* a journalist's title for the head of state of the day */
	EXPECT("2009-03-10", "The Kremlin chief said Russia would respond.",
	    "warning 2009-03-10 medvedev");
	/* words said, then ", and warned that": two acts; and a verb of
	 * saying joined by "but" to an offer */
	EXPECT("2011-09-14", "Lavrov said Moscow expected written "
	    "guarantees, and warned that Russia could leave the START "
	    "treaty.", "statement 2011-09-14 lavrov; warning 2011-09-14 "
	    "lavrov");
	EXPECT("2011-09-14", "Clinton rejected the Russian draft but offered "
	    "talks on a joint centre.", "statement 2011-09-14 clinton; offer "
	    "2011-09-14 clinton");
	/* ", an idea first floated at ... in July": the offer's maker's act
	 * of July, not the occasion of the offer it is set beside */
	EXPECT("2011-10-01", "Lavrov has proposed a joint data centre, an "
	    "idea first floated at the Sochi meeting in July.", "offer "
	    "2011-07 lavrov; offer 2011-10-01 lavrov; summit 2011-07 lavrov");
	/* a date opening the sentence, past the meeting's phrase after it,
	 * to its comma */
	EXPECT("2007-07-01", "Last month at the summit in Germany, Putin "
	    "proposed a joint radar.", "offer 2007-06 putin; summit 2007-06 "
	    "putin");
	/* a title set before the name by a comma is his title: the title
	 * alone later is he, not the last person named */
	EXPECT("2011-04-15", "The Secretary General, Anders Fogh Rasmussen, "
	    "said the talks went well.\n\nLavrov said Russia wanted an equal "
	    "partnership.\n\nThe Secretary General invited Russia to a joint "
	    "exercise.", "statement 2011-04-15 rasmussen; statement "
	    "2011-04-15 lavrov; offer 2011-04-15 rasmussen");
	/* a line under an answer's label, after a question's, is the
	 * words of the one named last before the first question */
	EXPECT("2011-11-25", "Lavrov gave an interview to RIA Novosti on "
	    "Friday.\n\nQuestion: Is an agreement still possible?\n\n"
	    "Answer: There is still a chance.\n\nQuestion: And if not?\n\n"
	    "Answer: Then Medvedev will decide.", "statement 2011-11-25 "
	    "lavrov; statement 2011-11-25 lavrov; statement 2011-11-25 "
	    "lavrov");
	EXPECT("2011-11-25", "Answer: There is still a chance, Lavrov said.",
	    "statement 2011-11-25 lavrov");
	/* a defensive system in the participle's aside on the subject is
	 * deployed in a plan; not one it aims at, nor an aside on a side */
	EXPECT("2009-09-18", "Obama said the new system, based on ships "
	    "carrying interceptors, would be deployed in stages.",
	    "statement 2009-09-18 obama");
	EXPECT("2009-09-18", "Medvedev said the missiles, aimed at the "
	    "shield, would be deployed in Kaliningrad.", "warning 2009-09-18 "
	    "medvedev");
	EXPECT("2009-09-18", "Medvedev said Russia, in response to the "
	    "shield, would deploy Iskander missiles.", "warning 2009-09-18 "
	    "medvedev");
	/* an offer joined to the maker's offer before it, each of its own
	 * date: two acts; of the same date, one */
	EXPECT("2007-07-10", "Putin offered the radar at the summit in "
	    "Germany last month, and repeated the offer in Maine earlier this "
	    "month.", "offer 2007-06 putin; offer 2007-07 putin; summit "
	    "2007-06 putin");
	EXPECT("2007-07-10", "Putin offered the radar on Monday and repeated "
	    "the offer on Monday.", "offer 2007-07-09 putin");
	/* the day before "after" is another meeting's, not the talks'; the
	 * lead's day, its acts having none of their own, dates the words
	 * after it (not its own words, of no day told) */
	EXPECT("2012-04-15", "Iran and six world powers agreed on Saturday to "
	    "meet again in Baghdad on May 23 after talks in Istanbul that both "
	    "sides described as positive.\n\nAshton told a news conference "
	    "the talks were useful.", "statement 2012-04-15 iran; summit "
	    "2012-05-23 iran; summit 2012-04-14 iran; statement 2012-04-14 "
	    "ashton");
	/* a body named by its kind in lower case is the last speaker's
	 * side's, not a person whose title holds one of its words */
	EXPECT("2011-09-27", "Russian Foreign Minister Sergei Lavrov said "
	    "Tuesday that Moscow needed guarantees.\n\nThe foreign ministry "
	    "said in a statement that talks would continue.", "statement "
	    "2011-09-27 lavrov; statement 2011-09-27 russia-mfa");
	/* another side's dated document in the words after the verb: its
	 * act, of its day; the words of none told */
	EXPECT("2012-12-12", "Azerbaijani Foreign Ministry spokesman Elman "
	    "Abdullayev said Russia had informed Azerbaijan of the decision in "
	    "a note delivered on December 10.", "statement 2012-12-12 "
	    "elman-abdullayev; statement 2012-12-10 russia");
	EXPECT("2012-12-12", "Lavrov said Washington had sent a letter to "
	    "Moscow.", "statement 2012-12-12 lavrov");
	/* a clause whose subject is a side with its article goes on: one
	 * act */
	EXPECT("2009-09-17", "Czech Prime Minister Jan Fischer said the Czech "
	    "Republic remained a loyal ally and was ready to discuss other "
	    "forms of cooperation.", "offer 2009-09-17 jan-fischer");
	/* a meeting dated by its words' day, then "the conference" with
	 * a day of it: one meeting, from the day it opened */
	EXPECT("2007-02-10", "Putin on Saturday accused the United States."
	    "\n\nSpeaking at the Munich Security Conference, Putin said the "
	    "world was less safe.\n\nGates, who is due to address the "
	    "conference on Sunday, declined to respond.\n\nMerkel, who "
	    "opened the conference on Friday, called for dialogue.",
	    "statement 2007-02-10 putin; statement 2007-02-10 putin; summit "
	    "2007-02-09 putin; statement 2007-02-09 merkel");
	/* force used first, a deployment not ruled out: threats; talks
	 * not ruled out, no threat */
	EXPECT("2011-12-08", "Lavrov did not rule out deploying Iskander "
	    "missiles in Kaliningrad.", "warning 2011-12-08 lavrov");
	EXPECT("2012-05-03", "A decision on pre-emptive use of the available "
	    "weapons will be taken, Makarov said.", "warning 2012-05-03 "
	    "makarov");
	EXPECT("2011-12-08", "NATO said it did not rule out talks.",
	    "statement 2011-12-08 nato");
	/* a proposal made public is an offer */
	EXPECT("2011-03-02", "Russia on Wednesday unveiled a proposal for a "
	    "joint missile defence command.", "offer 2011-03-02 russia");
	/* a summit in the city of a meeting of two that day is another */
	EXPECT("2012-03-26", "Obama told Medvedev at the end of their "
	    "90-minute meeting in Seoul.\n\nA nuclear security summit opens "
	    "in Seoul on Monday.", "statement 2012-03-26 obama; summit "
	    "2012-03-26 obama; summit 2012-03-26 obama");
	/* talks that run until a day set no limit; "rounds" of talks are
	 * meetings, each at its place */
	EXPECT("2012-06-18", "Iran and six world powers opened two days of "
	    "talks in Moscow on Monday.\n\nThe talks, which run until "
	    "Tuesday, follow rounds in Istanbul in April and in Baghdad on May "
	    "23-24.", "summit 2012-06-18 iran; summit 2012-04 iran; summit "
	    "2012-05-23 iran");
	/* "sat down with": a meeting told */
	EXPECT("2011-03-02", "Rogozin tabled the plan at a session of the "
	    "NATO-Russia Council on Wednesday.\n\nThe envoy sat down with "
	    "Rasmussen for an hour after the session.", "summit 2011-03-02 "
	    "rogozin; summit 2011-03-02 rasmussen");
	/* "they" before an offer, after a body's event: that body */
	EXPECT("2011-05-27", "In 2010, NATO leaders agreed at their summit in "
	    "Lisbon to build a missile shield.\n\nThat same year, they "
	    "invited Russia to join the project.", "summit 2010 nato; offer "
	    "2010 nato");
	/* a meeting called off on a day is not held that day */
	EXPECT("2013-08-10", "Obama scrapped the Moscow summit with Putin on "
	    "Wednesday.", "summit null obama");
	/* a discussion had is a meeting; one in the media is none */
	EXPECT("2011-05-26", "Lavrov said he had a frank discussion with "
	    "Clinton on Tuesday.", "statement 2011-05-26 lavrov; summit "
	    "2011-05-24 lavrov");
	EXPECT("2011-05-26", "There was a discussion in the media about the "
	    "shield.", "");
	/* an act told during a meeting of a day: that day */
	EXPECT("2007-06-08", "President Bush says Putin's offer is an "
	    "interesting idea.\n\nMr. Putin made the proposal during a "
	    "meeting with Mr. Bush on Thursday.", "statement 2007-06-08 bush; "
	    "offer 2007-06-07 putin; summit 2007-06-07 putin");
	/* a capability to strike to come, arms made anew: threats */
	EXPECT("2007-02-19", "\"The Strategic Missile Forces will be capable "
	    "of targeting these facilities,\" Russian Foreign Minister Sergei "
	    "Lavrov said.", "warning 2007-02-19 lavrov");
	EXPECT("2007-02-19", "Lavrov said Russia could resume production "
	    "of medium-range missiles.", "warning 2007-02-19 lavrov");
	/* the end of a term before the verb is not its day */
	EXPECT("2012-03-13", "The Russian proposal to extend the lease until "
	    "2025 was rejected on Tuesday by the Azerbaijani side.",
	    "statement 2012-03-13 azerbaijan");
	/* a dateline after the city's full stop: the story's day */
	EXPECT("2012-05-22", "MOSCOW. May 21 (Interfax) - Moscow is "
	    "disappointed by the decision, a source in the Russian Foreign "
	    "Ministry told Interfax.\n\nLavrov said Russia would insist on "
	    "guarantees.", "statement 2012-05-21 russia-mfa; statement "
	    "2012-05-21 lavrov");
	/* "in a letter ... dated October 6": the words' day */
	EXPECT("2010-10-07", "Jalili made the offer in a letter to Ashton "
	    "dated October 6.", "offer 2010-10-06 jalili");
	/* words told "at a meeting" of a day are of that day; the
	 * reporter's are not */
	EXPECT("2011-09-12", "According to Rogozin, Rasmussen rejected the "
	    "Russian proposal for a sectoral defence system at a meeting in "
	    "Brussels last Tuesday.", "statement 2011-09-12 rogozin; "
	    "statement 2011-09-06 rasmussen; summit 2011-09-06 rogozin");
	/* talks walked away from are no meeting */
	EXPECT("2011-09-12", "Russia will walk away from the talks with NATO "
	    "by the end of the year, Rogozin said.", "statement 2011-09-12 "
	    "rogozin; deadline 2011-12-31 rogozin");
	/* "the ministry's press service reported": a possessive before a
	 * voice the verb's cue names */
	EXPECT("2011-03-22", "MOSCOW, March 22 (Itar-Tass) -- Russian Defense "
	    "Minister Anatoly Serdyukov flew to Brussels on Tuesday, the "
	    "ministry's press service reported.", "statement 2011-03-22 russia; "
	    "summit 2011-03-22 serdyukov");
	/* "the Foreign Ministry's website reported": the ministry's words */
	EXPECT("2012-05-07", "Tehran, May 7, IRNA -- Salehi met Mammadyarov on "
	    "Monday.\n\nThe ministers discussed ties, the Foreign Ministry's "
	    "website reported.", "summit 2012-05-07 mammadyarov; statement "
	    "2012-05-07 iran-mfa");
	/* an invitation conveyed is an offer passed on; the visit it
	 * invites to is none yet */
	EXPECT("2012-05-07", "Iranian Foreign Minister Ali Akbar Salehi "
	    "conveyed an invitation from President Mahmoud Ahmadinejad to "
	    "Aliyev to visit Tehran.", "offer 2012-05-07 ali-akbar-salehi");
	/* "at the end of the first day of the two-day summit": the meeting
	 * the words were told at, past its frames */
	EXPECT("2012-05-21", "NATO leaders on Sunday declared the shield "
	    "ready.\n\nRasmussen told a news conference at the end of the "
	    "first day of the two-day summit.", "statement 2012-05-20 nato; "
	    "statement 2012-05-20 rasmussen; summit 2012-05-20 rasmussen");
	/* an offer noun its maker names, handed over in a reduced
	 * relative or one in the passive, with a date */
	EXPECT("2013-05-24", "Washington has not answered the Russian "
	    "proposals on missile defense handed over to the U.S. side in "
	    "April, Ryabkov said.", "offer 2013-04 russia; statement 2013-05-24 "
	    "ryabkov");
	EXPECT("2011-06-03", "Russia wants more time to study a NATO proposal "
	    "on cooperation that was handed to Russian envoy Dmitry Rogozin "
	    "last week.", "offer 2011-W21 nato");
	/* a verb joined by "and" has the subject of the verb before it */
	EXPECT("2012-03-29", "Foreign Minister Ahmet Davutoglu met President "
	    "Mahmoud Ahmadinejad on Wednesday and conveyed a message from "
	    "Erdogan.", "statement 2012-03-28 davutoglu; summit 2012-03-28 "
	    "davutoglu");
	/* "a source in the Russian Foreign Ministry" after a clause naming
	 * a person: the body, not the person (no apposition) */
	EXPECT("2013-05-24", "The proposals were handed to U.S. National "
	    "Security Adviser Thomas Donilon in April, a source in the "
	    "Russian Foreign Ministry told Interfax.", "statement 2013-05-24 "
	    "russia-mfa");
	/* an offer made at a meeting of a day is of that day */
	EXPECT("2010-11-22", "NATO leaders invited Russia to cooperate on the "
	    "missile shield at their summit in Lisbon on Saturday.", "offer "
	    "2010-11-20 nato; summit 2010-11-20 nato");
	/* a meeting "held on the sidelines of the summit" told before has
	 * its day, and so have the words of whom an aside has attend it */
	EXPECT("2010-11-22", "NATO leaders met in Lisbon on Saturday.\n\n"
	    "President Dmitry Medvedev, who attended the NATO-Russia Council "
	    "meeting held on the sidelines of the summit, said Moscow was "
	    "satisfied.", "summit 2010-11-20 nato; statement 2010-11-20 medvedev; "
	    "summit 2010-11-20 medvedev");
	/* talks that ended on a day, with others than the people of that
	 * day's meeting, are another meeting */
	EXPECT("2007-10-13", "Putin met Rice and Gates on Friday.\n\nRice and "
	    "Gates were in Moscow for talks with Foreign Minister Sergei "
	    "Lavrov, which ended Friday without agreement.", "summit 2007-10-12 "
	    "putin; summit 2007-10-12 rice");
	/* "..., a White House statement said": its side's person's act */
	EXPECT("2011-12-14", "Obama and Medvedev talked by phone on "
	    "Tuesday.\n\nObama told Medvedev that the system was not aimed "
	    "at Russia, a White House statement said.", "summit 2011-12-13 obama; "
	    "statement 2011-12-13 obama");
	/* another's act a lapse before a day told, with no act before */
	EXPECT("2011-12-14", "Obama and Medvedev discussed missile defense "
	    "in a telephone call Tuesday, a day after NATO announced it "
	    "would press ahead.", "statement 2011-12-12 nato; summit 2011-12-13 "
	    "obama");
	/* a place that names what talks are about is not where they are
	 * held; their sides are those of the next round */
	EXPECT("2012-07-10", "Talks between Azerbaijan and Russia on the "
	    "future of the Gabala radar station are progressing, Polad "
	    "Bulbuloglu said on Tuesday.\n\nAccording to the diplomat, the "
	    "next round of talks is planned for the end of July.", "statement "
	    "2012-07-10 polad-bulbuloglu; statement 2012-07-10 "
	    "polad-bulbuloglu; summit 2012-07 azerbaijan");
	/* "..., he added" after a clause naming one past its subject: the
	 * last speaker, not that one */
	EXPECT("2011-06-03", "\"The ball is in NATO's court,\" Rogozin "
	    "said.\n\nNATO defense ministers will meet their Russian "
	    "counterpart Anatoly Serdyukov in Brussels on June 9, he added.",
	    "statement 2011-06-03 rogozin; statement 2011-06-03 rogozin; "
	    "summit 2011-06-09 nato-defence-ministers");
	/* an offer noun's maker named with his title in its relative
	 * clause */
	EXPECT("2011-06-03", "NATO had yet to answer proposals Russian "
	    "President Dmitry Medvedev made in a letter to NATO leaders in "
	    "April, Rogozin said.", "offer 2011-04 medvedev; statement 2011-06-03 "
	    "rogozin");
	/* an offer its maker is named for, told by no one the text names,
	 * is the maker's (no date of its own needed) */
	EXPECT("2013-02-27", "The six powers offered to ease some sanctions if "
	    "Iran stopped enriching uranium, a Western diplomat said.",
	    "offer 2013-02-27 p5-plus-1");
	/* "attended the ceremony": a meeting verb in the past tells one */
	EXPECT("2013-10-28", "Under Secretary of Defense James Miller attended "
	    "the ceremony at the Deveselu air base.", "summit 2013-10-28 "
	    "james-miller");
	/* a meeting dated only by the story's day takes the day "the
	 * meeting" is then told on; words said "afterward" in a sentence
	 * that names no meeting are of the last one */
	EXPECT("2014-10-28", "Aliyev and Sargsyan have met in Paris for "
	    "talks.\n\nThe meeting at the Elysee Palace on October 27 lasted "
	    "three hours.\n\nThe co-chairs of the OSCE Minsk Group said in a "
	    "joint statement afterward that the presidents had agreed to go "
	    "on.", "summit 2014-10-27 aliyev; statement 2014-10-27 "
	    "osce-minsk-group");
	/* (or by none, then by "The two-day consultations") */
	EXPECT_AT("2012-07-12", "U.S. and Russian officials have resumed talks "
	    "on missile defense in Geneva.\n\nThe two-day consultations, which "
	    "began on Wednesday, are led by Rose Gottemoeller.", "summit "
	    "2012-07-11 united-states @ Geneva");
	/* an offer joined to words whose verb has an object, not a
	 * clause; a plan of meetings is none */
	EXPECT("2013-04-26", "Foreign Minister Edward Nalbandian thanked "
	    "Russia for its efforts and invited Lavrov to visit Yerevan.\n\n"
	    "The ministers also signed a plan of consultations for "
	    "2013-2014.", "statement 2013-04-26 nalbandian; offer "
	    "2013-04-26 nalbandian");
	/* "The presidents" are the sides of the meeting named last, also
	 * one only supposed */
	EXPECT("2012-01-20", "The next meeting of the presidents of Azerbaijan "
	    "and Armenia may take place in Russia, Deputy Foreign Minister "
	    "Araz Azimov said.\n\nHe said the OSCE Minsk Group co-chairs "
	    "would arrive in Baku on January 25.\n\nThe presidents last met "
	    "in Kazan on June 24, 2011.", "statement 2012-01-20 azimov; "
	    "statement 2012-01-20 azimov; summit 2012-01-25 "
	    "osce-minsk-group; summit 2011-06-24 azerbaijan");
	/* a ministry named by its kind, no one titled before it: the
	 * dateline's country's */
	EXPECT("2011-09-15", "ANKARA (AFP) - Turkey has agreed to host a radar, "
	    "the foreign ministry announced Thursday, in a move likely to "
	    "anger Iran.", "statement 2011-09-15 turkey");
	/* with no dateline, the country that opens the sentence */
	EXPECT("2012-05-23", "Russia has test-fired a new missile, the Defence "
	    "Ministry said on Wednesday.", "statement 2012-05-23 russia");
	/* a vow says its words, though an infinitive follows; a vow to
	 * deploy is a threat */
	EXPECT("2011-11-24", "On Wednesday, Medvedev vowed to station Iskander "
	    "missiles in Kaliningrad.\n\nLavrov vowed to continue the "
	    "dialogue.\n\nRyabkov hoped to continue it.", "warning 2011-11-23 "
	    "medvedev; statement 2011-11-24 lavrov");
	/* a response told is a statement */
	EXPECT("2011-11-23", "Medvedev said on Wednesday that Russia would "
	    "respond.\n\nThe White House responded that it would not change "
	    "its plans.", "warning 2011-11-23 medvedev; statement 2011-11-23 "
	    "united-states");
	/* "later in the day" after a verb, past a name: the day told */
	EXPECT("2015-04-03", "The framework was agreed late Thursday.\n\n"
	    "Obama called it \"a historic understanding\" in a statement from "
	    "the White House Rose Garden later in the day.",
	    "statement 2015-04-02 obama");
	/* a verb of saying in the passive: the words of its agent after
	 * "by", past their date; not a guest welcomed */
	EXPECT("2015-04-03", "The framework was announced late Thursday by EU "
	    "foreign policy chief Catherine Ashton and Iran's foreign "
	    "minister.\n\nTurkish President Abdullah Gul was welcomed by "
	    "Azerbaijani President Ilham Aliyev.", "statement 2015-04-02 ashton");
	/* "..., diplomats said." with no day opens the story: its undated
	 * words are of the story's day, not of a dated act after it */
	EXPECT("2015-04-03", "Iran and the powers set a June 30 deadline, "
	    "diplomats said.\n\nThe framework was announced on Thursday by "
	    "Catherine Ashton.\n\nExperts will meet in April, a State "
	    "Department official said.", "deadline 2015-06-30 iran; statement "
	    "2015-04-02 ashton; statement 2015-04-03 united-states; summit "
	    "2015-04 united-states");
	/* a digest's period told in words: its weekdays those of its week */
	EXPECT("2012-05-21", "Weekly review: missile defence, 14-20 May 2012"
	    "\n\nMonday: Lavrov said the talks were hard.", "statement "
	    "2012-05-14 lavrov; summit 2012-05-14 lavrov");
	EXPECT("2012-05-21", "Weekly review, May 14-20, 2012\n\nMonday: "
	    "Lavrov said the talks were hard.", "statement 2012-05-14 lavrov; "
	    "summit 2012-05-14 lavrov");
	/* a meeting gone by in a place, with no day of its own, ends the
	 * occasion of its people's words before */
	EXPECT("2011-03-22", "Weekly political digest (14.03- 19.03.2011)\n\n"
	    "The OSCE Minsk Group co-chairs met with President Ilham Aliyev in "
	    "Baku on March 16.\nThe co-chairs later travelled to Yerevan, "
	    "where they were received by President Serzh Sargsyan.\n\nThe "
	    "co-chairs told journalists that no date had been agreed.",
	    "summit 2011-03-16 osce-minsk-group; summit 2011-W11 "
	    "sargsyan; statement 2011-W11 osce-minsk-group");
	/* a meeting dated by a lapse is its people's occasion */
	EXPECT("2013-09-21", "Antonov said on Saturday that Moscow would "
	    "wait.\n\nHis remarks came a day after Rose Gottemoeller held "
	    "consultations with Sergei Ryabkov in Moscow.\n\nRyabkov proposed "
	    "holding a trilateral meeting with NATO.", "statement 2013-09-21 "
	    "antonov; summit 2013-09-20 gottemoeller; offer 2013-09-20 "
	    "ryabkov");
	/* the first person of a transcript's line is its speaker */
	EXPECT("2012-03-12", "Question: Is there a chance?\n\nSergey Lavrov: "
	    "Time is running out. If the United States continues, we will "
	    "have to take measures.\n\nOur partners say we will respond.",
	    "statement 2012-03-12 lavrov; warning 2012-03-12 lavrov");
	/* a relative clause on a meeting's person tells its day within its
	 * week, and its place: one meeting */
	EXPECT("2008-07-03", "Czech parties are divided ahead of next week's "
	    "visit by Condoleezza Rice, who is expected to sign the treaty in "
	    "Prague on Tuesday.", "summit 2008-07-08 czech-republic");
	/* and one with no date, after ", where": one meeting, of that day */
	EXPECT_AT("2012-03-12", "They discussed preparations for the Chicago "
	    "Summit, where Georgia will take part in a meeting of ISAF "
	    "partners on 21 May.", "summit 2012-05-21 georgia @ Chicago");
	/* a verb of saying under a condition tells no words */
	EXPECT("2012-10-17", "Russian Defense Ministry officials said last "
	    "month that Moscow might stop using the station if Baku insisted "
	    "on a higher price.", "statement 2012-09 russia-mod");
	/* "the two leaders" with no meeting told: the last two named; a
	 * verb joined to a meeting verb has its subject */
	EXPECT("2012-06-06", "Chinese President Hu Jintao and Vladimir Putin "
	    "on Wednesday called for dialogue.\n\nThe two leaders held talks "
	    "in Beijing's Great Hall of the People, and later signed a joint "
	    "statement.", "statement 2012-06-06 putin; statement 2012-06-06 "
	    "hu-jintao; summit 2012-06-06 hu-jintao");
	/* "in a speech" after a verb's object: the clause's subject speaks,
	 * not a source named again; "Ayatollah" is a title, no name */
	EXPECT("2013-11-05", "U.S. Secretary of State John Kerry said on Monday "
	    "that Washington would not accept a bad deal.\n\nSupreme Leader "
	    "Ayatollah Ali Khamenei backed the negotiators in a speech on "
	    "Sunday.", "statement 2013-11-04 kerry; statement 2013-11-03 "
	    "ali-khamenei");
	/* "came a day after X said": his words of the day before the day
	 * told, typed by what they say */
	EXPECT("2012-06-07", "Russia test-fired a new missile on Thursday, the "
	    "Defence Ministry said.\n\nThe test came a day after Chief of the "
	    "General Staff Nikolai Makarov said Russia would have to respond.",
	    "statement 2012-06-07 russia; warning 2012-06-06 makarov");
	/* an act made at a meeting past its quoted object: the meeting's
	 * date */
	EXPECT("2013-11-05", "Zarif told state television on Tuesday that "
	    "Tehran had put forward \"a reasonable plan\" at the last meeting "
	    "in October.", "offer 2013-10 iran; statement 2013-11-05 zarif; "
	    "summit 2013-10 zarif");
	/* "In a joint statement, the three presidents said": the people
	 * counted after an opening phrase */
	EXPECT("2011-03-06", "The presidents of Azerbaijan and Armenia met at "
	    "talks hosted by Russian President Dmitry Medvedev on Saturday."
	    "\n\nIn a joint statement, the three presidents said the sides "
	    "would seek peace.", "summit 2011-03-05 azerbaijan; statement "
	    "2011-03-05 medvedev");
	/* a meeting a departure in the past aims at was held */
	EXPECT("2011-03-21", "Weekly political digest (14.03-20.03.2011)\n\n"
	    "Foreign Minister Elmar Mammadyarov left for Brussels to attend a "
	    "meeting of the Euro-Atlantic Partnership Council.",
	    "summit 2011-W11 mammadyarov");
	/* "The sides noted": the people of a digest's meeting of its
	   period, a meeting of the news */
	EXPECT("2011-02-21", "Weekly political digest (14.02-20.02.2011)\n\n"
	    "Azerbaijani President Ilham Aliyev received U.S. Ambassador Anne "
	    "Derse.\n\nThe sides noted the development of relations.",
	    "summit 2011-W07 aliyev; statement 2011-W07 aliyev");
	/* "The call came a day after ...": from the day of the meeting
	   told last by that noun, past a subject's apposition */
	EXPECT("2009-12-15", "Obama and Medvedev held talks on Monday.\n\n"
	    "The talks came a day after NATO warned Russia.", "summit "
	    "2009-12-14 obama; warning 2009-12-13 nato");
	EXPECT("2009-12-15", "Obama spoke to Medvedev in a phone call on "
	    "Monday.\n\nThe call came a day after Russia's foreign minister, "
	    "Sergei Lavrov, said a deal was close.", "summit 2009-12-14 obama; "
	    "statement 2009-12-13 lavrov");
	/* a date gone by that a clause of "when" tells is the act's, past
	   its infinitive; not a span's start */
	EXPECT("2013-12-16", "Moscow first threatened to deploy the missiles "
	    "in November 2008, when the Kremlin announced its plans.",
	    "warning 2008-11 russia");
	EXPECT_AT("2011-06-28", "It is the first time the council has met in "
	    "Russia since 2002, when it was founded at a summit near Rome.",
	    "summit 2011-06-28 russia; summit 2002 russia @ Rome");
	/* a treaty suspended is a threat */
	EXPECT("2007-07-14", "President Vladimir Putin on Saturday suspended "
	    "Russia's participation in a key arms control treaty.",
	    "warning 2007-07-14 putin");
	/* a clause of time opening the sentence, past a dateline, dates its
	 * main clause; a date right before a titled name is its verb's */
	EXPECT("2011-11-25", "WASHINGTON (AP) - When President Barack Obama "
	    "scrapped his predecessor's plan for missile defense sites in "
	    "Poland and the Czech Republic in September 2009, Moscow welcomed "
	    "the move.\n\nOn Wednesday, President Dmitry Medvedev threatened "
	    "to deploy missiles, and the next day Foreign Minister Sergei "
	    "Lavrov said Russia was ready for talks.", "statement 2009-09 "
	    "russia; warning 2011-11-23 medvedev; statement 2011-11-24 lavrov");
	/* a threat asked about is none, in words quoted too */
	EXPECT("2011-05-03", "Rogozin said Moscow would ask Bucharest for "
	    "explanations.\n\n\"We want to know what exactly will be "
	    "deployed,\" he told Interfax.", "statement 2011-05-03 rogozin; "
	    "statement 2011-05-03 rogozin");
	/* the speaker's own words, a threat, named with a day gone by in the
	 * words he says now: his act of that day */
	EXPECT("2012-01-11", "Medvedev said on Wednesday the countermeasures "
	    "he announced in November would be implemented.", "warning 2011-11 "
	    "medvedev; statement 2012-01-11 medvedev");
	/* a threat noun as object past its quantity */
	EXPECT("2011-11-28", "Medvedev announced a set of countermeasures in a "
	    "televised address on November 23.", "warning 2011-11-23 "
	    "medvedev");
	/* the end of what lasts is no deadline */
	EXPECT("2014-05-13", "Iran and the six powers resumed talks in Vienna on "
	    "Tuesday.\n\nThe talks are expected to last until Friday, Zarif "
	    "told reporters.", "summit 2014-05-13 iran; statement 2014-05-13 "
	    "zarif");
	/* a meeting told by its week, then with a day in it and a place */
	EXPECT("2007-06-04", "Putin spoke ahead of this week's G8 summit.\n\n"
	    "The G8 summit opens on Wednesday in the German resort of "
	    "Heiligendamm.", "summit 2007-06-06 putin");
	/* a meeting no date is set for, after it, is none yet (the
	 * invitation accepted is Shoigu's act, as "had welcomed" would be) */
	EXPECT("2013-06-04", "Grushko said Shoigu had accepted an invitation to "
	    "attend an informal meeting of NATO defence ministers, but no date "
	    "had been set.", "statement 2013-06-04 grushko; statement "
	    "2013-06-04 shoigu");
	/* names in apposition to a plural title and its sides are people */
	EXPECT("2013-01-18", "The foreign ministers of Armenia and Azerbaijan, "
	    "Edward Nalbandian and Elmar Mammadyarov, will meet in Krakow on "
	    "January 25.\n\nNalbandian told reporters in Yerevan on Friday "
	    "that talks would go on.", "summit 2013-01-25 armenia; statement "
	    "2013-01-18 nalbandian");
	/* a countermeasure decided is a threat */
	EXPECT("2011-11-23", "\"I have made a decision to deploy modern "
	    "offensive weapons in the west of the country,\" Medvedev said.",
	    "warning 2011-11-23 medvedev");
	/* people arriving in a place make a visit; not a thing, nor an
	 * aside on one who arrived */
	EXPECT("2011-03-01", "The co-chairs of the OSCE Minsk Group arrived in "
	    "Baku on March 1.\n\nA US Patriot missile battery arrived in "
	    "Poland on Wednesday.\n\nRice, who arrived in Prague on Monday "
	    "evening, will travel to Bulgaria on Wednesday.", "summit 2011-03-01 "
	    "osce-minsk-group; summit 2011-03-02 rice");
	/* "telling" tells words; a name before a long apposition and a
	 * verb of saying is a person's */
	EXPECT("2012-03-26", "SEOUL - President Obama was caught on an open "
	    "microphone Monday telling Medvedev that he would have more "
	    "flexibility.\n\nMitt Romney, the front-runner for the Republican "
	    "nomination, called them alarming.", "statement 2012-03-26 obama; "
	    "statement 2012-03-26 mitt-romney");
	/* people of a plural title opening a clause are the last
	 * meeting's; a title alone with no one named yet is its holder's
	 * for a side named */
	EXPECT("2011-12-08", "Foreign Ministers of the NATO-Russia Council met "
	    "today.\n\nOn missile defence, ministers noted that dialogue was "
	    "continuing.\n\nThe Secretary General said that NATO's "
	    "invitation remained on the table.", "summit 2011-12-08 "
	    "nato-russia-council; statement 2011-12-08 nato-russia-council; "
	    "statement 2011-12-08 rasmussen");
	/* "made a new offer" is an offer; the speaker's own act in the
	 * past perfect right after the verb of saying, with a day of its
	 * own gone by ("earlier this month" too), is one of its own */
	EXPECT("2011-10-20", "Jalili said Tehran had made a new offer on "
	    "Monday.\n\nRogozin said he had handed NATO a draft earlier this "
	    "month.", "offer 2011-10-17 iran; statement 2011-10-20 jalili; "
	    "offer 2011-10 rogozin; statement 2011-10-20 rogozin");
	/* talks of several days told after the meeting that ended on
	 * their last day are that meeting, of its first day */
	EXPECT("2013-04-06", "Talks between Iran and six world powers ended "
	    "on Saturday without agreement.\n\nAshton told reporters after "
	    "two days of negotiations in the Kazakh city that positions "
	    "remained far apart.", "summit 2013-04-05 iran; statement 2013-04-06 "
	    "ashton");
	/* "the eve of" the meeting told before, in an aside on the
	 * subject before the verb */
	EXPECT("2013-04-06", "Talks between Iran and six world powers opened "
	    "in Almaty on Friday.\n\nNetanyahu, speaking in Jerusalem on the "
	    "eve of the talks, had urged the powers to set a red line.",
	    "summit 2013-04-05 iran; statement 2013-04-04 israel");
	/* what a pact provides, named after the act, is no threat; a
	 * limit that names no one has the country of a place in its clause
	 * first */
	EXPECT("2010-05-26", "Russia's Foreign Ministry said last week the "
	    "deployment was unhelpful.\n\nAbout 100 U.S. soldiers will be "
	    "stationed at the base, under a deal signed in 2008.\n\nThe "
	    "battery is to remain in Poland until June 2012.", "statement "
	    "2010-W20 russia-mfa; summit 2008 united-states; deadline 2012-06 "
	    "poland");
	/* "the same day" after a month looked ahead to is the last day
	 * named */
	EXPECT("2009-09-18", "Fischer said on September 17 that the plan was "
	    "shelved.\n\nTusk's office said he would meet Biden in "
	    "October.\n\nMedvedev welcomed the decision in a televised "
	    "address the same day.", "statement 2009-09-17 tusk; summit 2009-10 "
	    "tusk; statement 2009-09-17 medvedev");
	/* "The Co-Chairs", capitalised, are the body an event told had
	 * with that word; the date of a meeting the words' object tells is
	 * not the words'; "their meetings in Baku" are the co-chairs', not
	 * Sargsyan's */
	EXPECT("2012-04-13", "President Serzh Sargsyan received on April 13 "
	    "the OSCE Minsk Group Co-Chairs.\n\nPresident Sargsyan "
	    "reaffirmed Armenia's commitment to a settlement.\n\nThe "
	    "Co-Chairs informed the President about the results of their "
	    "meetings in Baku on April 11.", "summit 2012-04-13 sargsyan; "
	    "statement 2012-04-13 sargsyan; statement 2012-04-13 "
	    "osce-minsk-group; summit 2012-04-11 osce-minsk-group");
	/* past the maker's own occasion after an infinitive's object, the
	 * date is the act's */
	EXPECT("2011-10-31", "The alliance first invited Moscow to join the "
	    "project at its Lisbon summit last November.", "offer 2010-11 nato; "
	    "summit 2010-11 nato");
	/* a deadline named again with no one has the sides of the one
	 * told before */
	EXPECT("2014-07-18", "Iran and the P5+1 have agreed to extend the "
	    "deadline until November 24.\n\nKerry said the extension would "
	    "help.\n\nThe original deadline was due to expire on July 20.",
	    "deadline 2014-11-24 iran; statement 2014-07-18 kerry; deadline "
	    "2014-07-20 iran");
	/* a meeting in the past perfect in the words reported, with no date
	 * of its own, is the one told before that fits */
	EXPECT("2012-06-01", "Putin met Merkel in Berlin on Friday.\n\nMerkel "
	    "told a joint news conference that the two had discussed Syria.",
	    "summit 2012-06-01 putin; statement 2012-06-01 merkel");
	/* a year between a determiner and a name is the name's, no
	 * meeting's */
	EXPECT("2009-03-06", "Experts will begin talks on a successor to the "
	    "1991 START treaty next month.", "summit 2009-04 -");
	/* but a year before a meeting's name is its date */
	EXPECT("2012-03-06", "NATO leaders agreed at the 2010 NATO summit in "
	    "Lisbon to build the shield.", "summit 2010 nato");
	/* "Meeting ..." opening the sentence: its subject after the comma
	 * met; "the two", the people named before */
	EXPECT("2009-03-06", "Clinton and Lavrov pledged on Friday to repair "
	    "relations.\n\nMeeting over dinner at a lakeside hotel, the two "
	    "presented each other with a red button.", "offer 2009-03-06 lavrov; "
	    "summit 2009-03-06 clinton");
	/* readiness to listen to another's proposals is no offer */
	EXPECT("2011-09-16", "NATO spokeswoman Oana Lungescu said the alliance "
	    "was ready to listen to any constructive proposals.",
	    "statement 2011-09-16 lungescu");
	/* an act in a relative clause on a thing, with its own subject and
	 * date, is an event of its own; a deployment of another side's is
	 * no threat of a speaker whose side is the dateline's country */
	EXPECT("2010-01-21", "WARSAW (AFP) - A US Patriot missile battery will "
	    "be deployed in the town of Morag, Defence Minister Bogdan Klich "
	    "said Thursday.\n\nThe battery - which Washington promised "
	    "Warsaw in 2008 - is due to arrive in April, Klich told "
	    "reporters.", "statement 2010-01-21 bogdan-klich; offer 2008 "
	    "united-states; statement 2010-01-21 bogdan-klich");
	EXPECT("2012-07-05", "Jalili told reporters that the plan, which "
	    "Russian Deputy Foreign Minister Sergei Ryabkov put forward on 18 "
	    "June, ignores Iran's rights.", "offer 2012-06-18 ryabkov; "
	    "statement 2012-07-05 jalili");
	/* an act another made at a meeting with a name, reported: of the
	 * meeting's date */
	EXPECT("2012-02-14", "Lavrov recalled on Tuesday that Moscow had "
	    "proposed a legally binding treaty at the NATO-Russia Council "
	    "meeting in Brussels last December.", "offer 2011-12 russia; "
	    "statement 2012-02-14 lavrov; summit 2011-12 lavrov");
	/* an offer noun, then ", which he" and a verb of giving with a date
	 * gone by: the last person's offer of that date */
	EXPECT("2012-05-24", "Jalili said the powers had failed to respond to "
	    "Tehran's proposal, which he presented on Wednesday.",
	    "offer 2012-05-23 jalili; statement 2012-05-24 jalili");
	/* a package of terms is an offer's noun too (PETRARCH: ANNOUNCE
	 * PACKAGE) */
	EXPECT("2012-05-24", "Jalili said the West had ignored Tehran's "
	    "five-point package, which he presented on Wednesday.",
	    "offer 2012-05-23 jalili; statement 2012-05-24 jalili");
	/* "the head of state" is the last person named who holds a head of
	 * state's title, not the last person named */
	EXPECT("2010-06-01", "President Ilham Aliyev received governor of the "
	    "People's Bank of China Zhou Xiaochuan.\n\nThe Head of State "
	    "praised the two countries' relations.", "summit 2010-06-01 aliyev; "
	    "statement 2010-06-01 aliyev");
	/* a meeting one is ready for is offered, none held */
	EXPECT("2013-10-04", "Deputy Foreign Minister Araz Azimov said on "
	    "Thursday that Baku was ready for a summit before the end of the "
	    "year.", "statement 2013-10-03 azimov; deadline 2013-12-31 "
	    "azimov");
	/* a second meeting in the sentence of one gone by, in a month all
	 * to come, is its own */
	EXPECT("2012-06-29", "The talks took place in Moscow on Wednesday, "
	    "Serdyukov said, adding that the sides would continue "
	    "consultations in July.", "statement 2012-06-29 serdyukov; summit "
	    "2012-06-27 serdyukov; summit 2012-07 serdyukov");
	/* a threat verb in a condition, its subject alone between them, is
	 * supposed; the act is the modal's, or the right kept */
	EXPECT("2012-02-16", "Moscow reserves the right to withdraw from the "
	    "New START treaty if the U.S. missile shield threatens Russia's "
	    "strategic forces, Antonov said.", "warning 2012-02-16 antonov");
	EXPECT("2012-02-16", "If necessary Russia will retaliate, Rogozin "
	    "said.", "warning 2012-02-16 rogozin");
	/* talks whose opening the perfect tells are under way when told of,
	 * where the perfect says */
	EXPECT_AT("2012-06-20", "Talks between Iran and Russia have started "
	    "in Moscow, Ryabkov said on Tuesday.", "statement 2012-06-19 "
	    "ryabkov; summit 2012-06-19 iran @ Moscow");
	/* an offer as the means of an act, after "by": the act's subject;
	 * not a share offering */
	EXPECT("2007-06-08", "Russian President Vladimir Putin surprised "
	    "President Bush on Thursday by proposing that the United States "
	    "use a radar station in Azerbaijan.", "offer 2007-06-07 putin");
	EXPECT("2007-06-08", "Putin said the company would sell shares in a "
	    "public offering.", "statement 2007-06-08 putin");
	/* a host and a person, a guest: a meeting; not things hosted */
	EXPECT_AT("2007-06-08", "Bush will host Putin in Kennebunkport, Maine, "
	    "on July 1-2.", "summit 2007-07-01 bush @ Kennebunkport");
	EXPECT("2011-05-03", "Romania will host U.S. missile interceptors from "
	    "2015, Basescu said.", "statement 2011-05-03 basescu");
	/* an offer noun after a date gone by, its maker after "by" or in a
	 * possessive: the maker's offer of that date */
	EXPECT("2012-02-16", "The letter was a response to an October offer by "
	    "EU foreign policy chief Catherine Ashton.", "offer 2011-10 ashton");
	EXPECT("2012-02-16", "The letter was a response to Ashton's October "
	    "offer.", "offer 2011-10 ashton");
	/* a threat denied is none, quoted or not */
	EXPECT("2011-11-24", "\"We do not threaten anyone,\" Lavrov said.",
	    "statement 2011-11-24 lavrov");
	EXPECT("2011-11-24", "Russia does not threaten NATO, Lavrov said.",
	    "statement 2011-11-24 lavrov");
	/* a subject that denies the threat: the terms of a draft, no threat;
	 * a choice denied is none */
	EXPECT("2011-05-24", "Lavrov said Moscow had proposed in December a "
	    "draft under which neither side's missile defence would target "
	    "the other's deterrent.", "offer 2010-12 russia; statement "
	    "2011-05-24 lavrov");
	EXPECT("2011-11-24", "Russia will have no choice but to deploy "
	    "Iskander missiles, Medvedev said.", "warning 2011-11-24 medvedev");
	/* an answer wished for is no threat; an answer as such is one */
	EXPECT("2013-02-27", "\"We hope Iran will respond positively,\" "
	    "Ashton said.", "statement 2013-02-27 ashton");
	EXPECT("2013-02-27", "\"We will respond,\" Rogozin said.",
	    "warning 2013-02-27 rogozin");
	/* a round of talks told as a process, none named: their sides (one
	 * after "with", the other named before) */
	EXPECT("2012-02-16", "Iran said it is ready to resume talks with the "
	    "six powers.\n\nSpokeswoman Victoria Nuland said Washington "
	    "wanted a serious response.\n\nThe last round of talks collapsed "
	    "in Istanbul in January 2011.", "offer 2012-02-16 iran; statement "
	    "2012-02-16 victoria-nuland; summit 2011-01 p5-plus-1");
	/* two people who agreed on a day met; their next words are of it */
	EXPECT("2012-03-27", "Russian President Dmitry Medvedev and U.S. "
	    "President Barack Obama agreed on Monday to continue "
	    "discussions.\n\nMedvedev said Russia would insist on "
	    "guarantees.", "summit 2012-03-26 medvedev; statement 2012-03-26 "
	    "medvedev");
	EXPECT("2012-03-27", "Russia and the United States agreed on Monday to "
	    "cut their arsenals, Lavrov said.", "statement 2012-03-27 lavrov");
	/* a meeting verb "on the eve of" a meeting named again: the day
	 * before the last one told with a day */
	EXPECT("2011-06-25", "The presidents failed to agree at their meeting "
	    "in Kazan on Friday.\n\nThe co-chairs of the OSCE Minsk Group are "
	    "to visit the region in July.\n\nU.S. Secretary of State Hillary "
	    "Clinton called Aliyev and Sargsyan on the eve of the summit.",
	    "summit 2011-06-24 "
	    "russia; summit 2011-07 osce-minsk-group; summit 2011-06-23 "
	    "clinton");
	/* and so a lapse before or after a meeting named again: a meeting
	 * of its own, no limit */
	/* (a limit after a set is one: "every three months until 2012") */
	EXPECT("2010-02-05", "The US is to rotate Patriot units through "
	    "Poland every three months until 2012.", "deadline 2012 "
	    "united-states");
	EXPECT("2018-08-10", "The presidents will sign the convention at a "
	    "summit in Aktau on August 12.\n\nThe ministers will meet in "
	    "Aktau a day before the summit.", "summit 2018-08-12 kazakhstan; "
	    "summit 2018-08-11 kazakhstan");
	/* a meal "to have" with people named is a meeting, dated by "Later
	 * in the day" opening the sentence */
	EXPECT("2010-04-08", "The treaty replaced one that expired in "
	    "December.\n\nLater in the day, Obama was to have dinner with "
	    "leaders of eleven European countries.", "deadline 2009-12 -; "
	    "summit 2010-04-08 "
	    "obama");
	/* a threat noun right before a date is the object of the verb of
	 * saying, which tells a threat of that date */
	EXPECT("2011-11-29", "Mr. Rogozin, President Medvedev announced "
	    "countermeasures last week.", "warning 2011-W47 medvedev");
	/* "the negotiators" as a limit's subject: the last meeting's sides;
	 * a source named after "according to" and a lower-case title is no
	 * side of the next round */
	EXPECT("2014-11-24", "Iran and the P5+1 held talks in Vienna on "
	    "Monday.\n\nThe negotiators aim to reach a deal by March 1, Hammond "
	    "told reporters.\n\nThe next round of talks will be held in "
	    "December, according to Iranian Foreign Ministry spokeswoman "
	    "Marzieh Afkham.", "summit 2014-11-24 iran; statement 2014-11-24 "
	    "hammond; deadline 2015-03-01 iran; statement 2014-11-24 iran-mfa; "
	    "summit 2014-12 iran");
	/* an ultimatum: a threat, and its limit */
	EXPECT("2011-10-18", "Rogozin on Tuesday gave the alliance until the "
	    "end of the year to provide written guarantees.", "warning "
	    "2011-10-18 rogozin; deadline 2011-12-31 rogozin");
	/* a signing that may be is none; the agreement's end is its sides' */
	EXPECT("2012-10-03", "Azerbaijan and Russia may sign a new agreement on "
	    "the radar before the end of the year, analyst Rasim Musabayov "
	    "told Trend on Wednesday.\n\nThe current agreement expires in "
	    "December 2012.", "statement 2012-10-03 rasim-musabayov; deadline "
	    "2012-12-31 rasim-musabayov; deadline 2012-12 azerbaijan");
	/* a term that "runs out at" a time, in the present: ahead */
	EXPECT("2012-03-29", "Lavrov said the lease runs out at the end of "
	    "December.", "statement 2012-03-29 lavrov; deadline 2012-12-31 "
	    "lavrov");
	/* "the sides discussed" a thing named by a place: the meeting told
	 * before, not one in that place */
	EXPECT_AT("2010-06-14", "Deputy Foreign Minister Araz Azimov held "
	    "consultations with Deputy Foreign Minister Grigory Karasin in "
	    "Moscow on Friday.\n\nAzimov said the sides discussed the Gabala "
	    "radar station.", "summit 2010-06-11 azimov @ Moscow; "
	    "statement 2010-06-11 azimov");
	/* "where" after a place and a day opening the sentence: that day */
	EXPECT_AT("2013-10-21", "On October 23, Lavrov will be in Baku, where he "
	    "will meet President Ilham Aliyev.", "summit 2013-10-23 lavrov @ "
	    "Baku");
	/* an absolute participle of insisting: words of their own */
	EXPECT("2011-06-08", "NATO and Russia failed on Wednesday to agree, "
	    "with Moscow insisting on legal guarantees.", "statement "
	    "2011-06-08 russia");
	/* past the written words' noun: "an op-ed", "an article" published
	 * on a day, "his televised address on November 23" */
	EXPECT("2013-09-08", "Putin wrote in an op-ed published in The New "
	    "York Times on Wednesday that a strike would unleash terrorism.",
	    "statement 2013-09-04 putin");
	/* a deployment ordered is a threat */
	EXPECT("2011-12-02", "President Dmitry Medvedev ordered the radar's "
	    "immediate deployment in his televised address on November 23.",
	    "warning 2011-11-23 medvedev");
	/* "Negotiators" as a meeting's subject: the last meeting's sides,
	 * not the attributed source's */
	EXPECT("2014-07-19", "Iran and the P5+1 held talks in Vienna on "
	    "Friday.\n\nU.S. Secretary of State John Kerry said the sides had "
	    "made progress.\n\nNegotiators will resume talks in August, a "
	    "senior U.S. official said.", "summit 2014-07-18 iran; statement "
	    "2014-07-19 kerry; statement 2014-07-19 united-states; summit "
	    "2014-08 iran");
	/* and in the words a verb of saying reports */
	EXPECT("2012-07-05", "Russia and NATO met in Sochi on Wednesday.\n\n"
	    "Grushko said the sides would hold expert consultations in "
	    "Brussels in September.", "summit 2012-07-04 russia; statement "
	    "2012-07-05 grushko; summit 2012-09 russia");
	/* "overnight" in the clause reported is the call's, not the
	 * words' */
	EXPECT("2009-09-17", "Czech Prime Minister Jan Fischer said Obama had "
	    "telephoned him overnight to inform him of the decision.",
	    "statement 2009-09-17 jan-fischer; summit 2009-09-16 "
	    "czech-republic");
	/* readiness to cooperate told again is an offer */
	EXPECT("2012-05-20", "Russia reiterated its readiness to cooperate "
	    "with NATO on missile defence.", "offer 2012-05-20 russia");
	/* people due in a place, past their apposition */
	EXPECT_AT("2007-02-20", "The US Missile Defense Agency chief, Lt. Gen. "
	    "Henry Obering, is due in Prague next week.", "summit 2007-W09 "
	    "missile-defense-agency @ Prague");
	/* the eve of the meeting told by that noun; the title's noun names
	   the lead's, not the session told after it; else the last one */
	EXPECT("2010-11-19", "---\ntitle: Russia at Lisbon summit\n---\n"
	    "NATO leaders meeting in Lisbon on Friday will invite Russia."
	    "\n\nMedvedev will attend a NATO-Russia Council session on "
	    "Saturday.\n\n\"We want Russia in,\" Rasmussen told reporters on "
	    "the eve of the summit.", "offer 2010-11-19 nato; summit 2010-11-19 "
	    "nato; summit 2010-11-20 medvedev; statement 2010-11-18 rasmussen");
	EXPECT("2010-11-19", "---\ntitle: Russia and NATO\n---\n"
	    "NATO leaders meeting in Lisbon on Friday will invite Russia."
	    "\n\nMedvedev will attend a NATO-Russia Council session on "
	    "Saturday.\n\n\"We want Russia in,\" Rasmussen told reporters on "
	    "the eve of the summit.", "offer 2010-11-19 nato; summit 2010-11-19 "
	    "nato; summit 2010-11-20 medvedev; statement 2010-11-19 rasmussen");
	/* what one is invited to is to come; the invitation is of the day */
	EXPECT("2012-03-26", "Obama invited Medvedev's successor Vladimir "
	    "Putin to the G8 summit at Camp David in May.", "offer 2012-03-26 "
	    "obama; summit 2012-05 obama");
	/* a term's end alone, dated by a chronology's item */
	EXPECT("2013-01-10", "Dec. 24, 2012 - The lease agreement expires.",
	    "deadline 2012-12-24 -");
	/* an item's date dates the undated sentences after it in its
	   paragraph, not those of the next */
	EXPECT("2009-09-17", "Obama said on Thursday the plan was scrapped."
	    "\n\nAug. 20, 2008 - Poland and the United States sign a deal to "
	    "host the interceptors. Russia warns that Poland is exposing itself "
	    "to a strike.\n\nRussia warned that the deal was a threat.",
	    "statement 2009-09-17 obama; summit 2008-08-20 poland; warning "
	    "2008-08-20 russia; warning 2009-09-17 russia");
	/* guests welcomed: no words; a decision welcomed: words */
	EXPECT("2013-02-26", "Kazakh Foreign Minister Yerlan Idrissov welcomed "
	    "the delegations at the hotel.\n\nMoscow welcomed the decision, "
	    "Lavrov said.", "statement 2013-02-26 lavrov");
	/* an offer made after talks: the talks are its occasion, no
	 * meeting offered */
	EXPECT("2007-07-02", "Putin made the offer after two days of talks "
	    "with President Bush at the Bush family's summer home.", "offer "
	    "2007-07-02 putin; summit 2007-07-01 putin");
	/* past an offer's gerund, a place's words and a name's marks to
	 * its date */
	EXPECT("2007-07-02", "Putin first floated the idea of using the Gabala "
	    "radar in Azerbaijan at the G-8 summit in Germany last month.",
	    "offer 2007-06 putin; summit 2007-06 putin");
	/* experts of two sides who will discuss a thing meet */
	EXPECT("2007-07-02", "Hadley told reporters that U.S. and Russian "
	    "experts would discuss the plan in Moscow this fall.", "statement "
	    "2007-07-02 hadley; summit 2007-FA united-states");
	/* "the presidents" counted: the last meeting of two countries'
	 * people */
	EXPECT("2009-05-29", "The presidents of Azerbaijan and Armenia will "
	    "meet in Chisinau on June 4, Deputy Foreign Minister Araz Azimov "
	    "told journalists on Friday.\n\nAzimov said the talks would be "
	    "difficult.\n\nThe presidents previously met in Prague on May 7.",
	    "statement 2009-05-29 azimov; summit 2009-06-04 azerbaijan; "
	    "statement 2009-05-29 azimov; summit 2009-05-07 azerbaijan");
	/* people who arrive in "the region" visit it */
	EXPECT("2009-05-29", "The co-chairs of the OSCE Minsk Group will arrive "
	    "in the region next week.", "summit 2009-W23 osce-minsk-group");
	/* a plan laid before the other side is an offer */
	EXPECT("2012-06-19", "Ali Bagheri told reporters that Iran had "
	    "presented a five-point plan in Baghdad last month.", "offer "
	    "2012-05 iran; statement 2012-06-19 ali-bagheri");
	/* a meeting verb whose subject is a meeting's noun tells of the
	 * one told before */
	/* talks of several days told after those that ended on the day,
	 * past the meeting to come told between */
	EXPECT("2013-11-10", "Talks between Iran and six world powers ended in "
	    "Geneva on Sunday, but the sides said they would meet again on "
	    "November 20.\n\n\"Some differences remain,\" Ashton told a news "
	    "conference after three days of negotiations.", "statement "
	    "2013-11-10 p5-plus-1; summit 2013-11-08 iran; summit 2013-11-20 "
	    "iran; statement 2013-11-10 ashton");
	/* discussions the perfect tells held: just ended when told of,
	   from their first day */
	EXPECT("2010-02-05", "We have had two days of very productive "
	    "discussions in Istanbul, Rasmussen said.", "statement 2010-02-05 "
	    "rasmussen; summit 2010-02-04 rasmussen");
	/* a date in a relative clause on a side named after "with" is the
	 * side's, not the meeting's */
	EXPECT("2007-02-12", "Sikorski said Warsaw would continue "
	    "negotiations with Washington, which formally asked Poland last "
	    "month to host ten interceptor missiles.", "statement 2007-02-12 "
	    "sikorski");
	/* people "expected in" a place visit it, to come */
	EXPECT_AT("2007-02-12", "US Defense Secretary Robert Gates is "
	    "expected in Warsaw later this week.", "summit 2007-W07 gates @ "
	    "Warsaw");
	EXPECT("2010-12-02", "Lavrov was in Astana for the OSCE summit, which "
	    "opened on Wednesday.\n\nThe two-day OSCE summit, the first in 11 "
	    "years, gathered leaders from 56 states.", "summit 2010-12-01 "
	    "lavrov");
	/* a meeting named with "the" and its day is, whatever is asked of
	   it; one asked about is none */
	EXPECT("2010-11-04", "Medvedev has not yet said whether he will "
	    "attend the NATO-Russia Council meeting in Lisbon on Nov. 20.",
	    "summit 2010-11-20 medvedev");
	EXPECT("2010-11-04", "The ministers will decide whether a further "
	    "meeting is warranted.", "");
	/* two people who agreed on a day met, its word "on" or not */
	EXPECT("2013-05-08", "Lavrov and Kerry agreed late Tuesday to work "
	    "together on Syria.", "summit 2013-05-07 lavrov");
	EXPECT("2013-05-08", "Lavrov and Kerry agreed Tuesday to work together "
	    "on Syria.", "summit 2013-05-07 lavrov");
	EXPECT("2013-05-08", "Turkey agreed Tuesday to host the radar.", "");
	/* a guest past the modifiers of his title and the side it names */
	EXPECT("2011-03-15", "Mammadyarov received the newly appointed "
	    "Iranian Ambassador today.", "summit 2011-03-15 mammadyarov");
	/* "after meeting Lavrov": the meeting with him told before, the
	   words' occasion */
	EXPECT("2010-11-04", "Rasmussen met with Lavrov on Wednesday.\n\n"
	    "\"We agreed,\" Rasmussen told reporters after meeting Lavrov.",
	    "summit 2010-11-03 rasmussen; statement 2010-11-03 rasmussen");
	/* "their" of a body the clause's subject names: its meeting, not
	   that of the people of the sentence before, nor their occasion */
	EXPECT("2010-10-12", "Mammadyarov met with OSCE Minsk Group "
	    "co-chairs in Baku on Oct. 7. The co-chairs informed the minister "
	    "about their recent meeting with Serzh Sargsyan in Yerevan.\n\n"
	    "Mammadyarov said Baku expected new proposals.", "summit "
	    "2010-10-07 mammadyarov; statement 2010-10-07 osce-minsk-group; "
	    "summit null sargsyan; statement 2010-10-07 mammadyarov");
	/* the act's date before a comma and the occasion it was made at
	   is the meeting's; a limit is not */
	EXPECT_AT("2011-11-24", "Russia proposed a joint system a year "
	    "earlier, at the NATO-Russia summit in Lisbon, but Washington "
	    "rejected the idea.", "offer 2010 russia; statement 2010 "
	    "united-states; summit 2010 russia @ Lisbon");
	/* (the subject of the clause joined named with a title) */
	EXPECT("2011-06-10", "NATO invited Russia to cooperate on a missile "
	    "shield, and President Dmitry Medvedev accepted the invitation.",
	    "offer 2011-06-10 nato; statement 2011-06-10 medvedev");
	EXPECT_AT("2009-03-07", "Clinton and Lavrov pledged on Friday to "
	    "work towards a treaty by the end of the year, at their first "
	    "meeting in Geneva.", "offer 2009-03-06 lavrov; deadline "
	    "2009-12-31 lavrov; summit 2009-03-06 clinton @ Geneva");
	/* a place in what was discussed, further in the clause: the
	   thing, not where they met */
	EXPECT_AT("2011-02-21", "Mammadyarov held talks with Lavrov in "
	    "Moscow on Feb. 17. The ministers discussed the conflict and the "
	    "future of the Gabala radar station.", "summit 2011-02-17 "
	    "mammadyarov @ Moscow");
	/* a relative clause with "that" that ends the meeting is its
	   phrase: its place, and its last day */
	EXPECT_AT("2013-06-28", "Russia and the United States failed to "
	    "bridge their differences over missile defence during two days of "
	    "consultations that ended in Geneva on Thursday.", "summit "
	    "2013-06-26 russia @ Geneva");
	/* (its place before "that" too) */
	EXPECT_AT("2012-04-27", "Russian and U.S. experts failed to agree "
	    "during two days of consultations in Moscow that ended on "
	    "Thursday.", "summit 2012-04-25 russia @ Moscow");
	/* a meeting to come after all the week of one told before it in
	   the sentence is another */
	EXPECT("2012-05-23", "President Vladimir Putin, who skipped the G8 "
	    "summit at Camp David last week, is due to meet US President "
	    "Barack Obama in Mexico next month.", "summit 2012-W20 putin; "
	    "summit 2012-06 putin");
	/* the date opening the sentence, for a meeting's verb too */
	EXPECT_AT("2013-02-25", "On March 1, Nalbandian is scheduled to meet "
	    "with the co-chairs of the OSCE Minsk Group in Paris.", "summit "
	    "2013-03-01 nalbandian @ Paris");
	/* the date opening the sentence, past the act the meeting is the
	   occasion of */
	EXPECT_AT("2009-07-23", "On July 6, Obama and Medvedev agreed at a "
	    "summit in Moscow to cut their arsenals.", "summit 2009-07-06 "
	    "obama @ Moscow");
	EXPECT_AT("2009-07-23", "Earlier this month, Obama and Medvedev agreed "
	    "at a summit in Moscow to cut their arsenals.", "summit 2009-07 "
	    "obama @ Moscow");
	/* "will travel to": a verb, its phrase not back past "will" */
	EXPECT("2011-09-14", "Erdogan was in Cairo on Tuesday and will travel "
	    "to Libya on Thursday.", "summit 2011-09-15 erdogan");
	/* "summoned the ambassador": a meeting, as CAMEO codes it (040) */
	EXPECT_AT("2011-09-14", "Iran's foreign ministry summoned the Turkish "
	    "ambassador in Tehran on Monday to protest the decision.", "summit "
	    "2011-09-12 iran-mfa @ Tehran");
	/* "brokered a ceasefire deal": a mediation, a meeting (CAMEO 045) */
	EXPECT_AT("2008-08-19", "Russian President Dmitry Medvedev and French "
	    "President Nicolas Sarkozy brokered a ceasefire deal in Moscow on "
	    "August 12.", "summit 2008-08-12 medvedev @ Moscow");
	/* past a place's apposition, its date: "in Kennebunkport, Maine,
	   earlier this month" */
	EXPECT_AT("2007-07-11", "Putin discussed the radar during a visit to "
	    "Kennebunkport, Maine, earlier this month.", "summit 2007-07 "
	    "putin @ Kennebunkport");
	/* a limit that is a meeting's, its date the meeting's own
	   ("next year's summit"): the meeting's, and the limit's */
	EXPECT_AT("2011-06-09", "NATO ministers endorsed a plan to protect "
	    "Europe by next year's summit in Chicago.", "statement 2011-06-09 "
	    "nato; summit 2012 nato @ Chicago; deadline 2012 nato");
	EXPECT("2011-06-09", "NATO wants the system ready by the time of the "
	    "Chicago summit in May.", "summit 2012-05 nato; deadline 2012-05 "
	    "nato");
	/* a meeting a limit names by its place, dated where it was told
	   before; not one gone by */
	EXPECT("2011-12-08", "NATO will hold a summit in Chicago next May.\n\n"
	    "Rasmussen said NATO hoped to reach a deal before the Chicago "
	    "summit.", "summit 2012-05 nato; statement 2011-12-08 rasmussen; "
	    "deadline 2012-05 rasmussen");
	EXPECT("2011-12-08", "NATO held a summit in Lisbon last year.\n\n"
	    "Rasmussen said NATO had hoped for a deal before the Lisbon "
	    "summit.", "summit 2010 nato; statement 2011-12-08 rasmussen");
	EXPECT("2011-06-09", "Russia wants an answer before Monday's talks "
	    "in Brussels.", "summit 2011-06-13 russia; deadline 2011-06-13 "
	    "russia");
	/* past a phrase of "since" with no date, to an occasion's frame */
	EXPECT("2012-06-08", "Putin and Obama will hold their first meeting "
	    "since Putin's return to the Kremlin on the sidelines of the G20 "
	    "summit in Los Cabos on June 18.", "summit 2012-06-18 putin");
	/* a meeting the progressive tells under way: the day told of */
	EXPECT_AT("2011-07-04", "Rogozin said on Monday that Russia wanted "
	    "guarantees.\n\nHe spoke ahead of a session of the NATO-Russia "
	    "Council in Sochi, which is being attended by the ambassadors.",
	    "statement 2011-07-04 rogozin; summit 2011-07-04 "
	    "nato-russia-council @ Sochi");
	/* and its verb in the progressive, no day of its own */
	EXPECT_AT("2013-11-23", "Foreign ministers of the P5+1 group and Iran "
	    "are meeting in Geneva for a third round of talks in a month.",
	    "summit 2013-11-23 p5-plus-1 @ Geneva");
	/* the day opening the sentence, "the" after it, an agent's "by"
	   no act between */
	EXPECT("2010-11-19", "On Saturday the leaders will be joined by "
	    "Medvedev for a meeting of the NATO-Russia Council.", "summit "
	    "2010-11-20 medvedev");
	/* people of bodies due to discuss a thing meet (grammar list
	   plan_words) */
	EXPECT_AT("2011-04-15", "NATO and Russian defence ministers are due "
	    "to discuss the issue in Brussels in June.", "summit 2011-06 nato "
	    "@ Brussels");
	/* "on the second day" after a meeting's phrase: another meeting,
	   counted from the first day of the one told before it */
	EXPECT("2011-10-06", "NATO defence ministers met in Brussels on "
	    "Wednesday and Thursday; Rogozin attended a session of the "
	    "NATO-Russia Council on the second day.", "summit 2011-10-05 "
	    "nato-defence-ministers; summit 2011-10-06 "
	    "nato-defence-ministers");
	/* an offer made at a meeting named far into its clause */
	EXPECT_AT("2011-06-09", "Serdyukov said on Thursday that Russia had "
	    "proposed to divide responsibility for Europe's missile defense "
	    "into sectors at the Lisbon summit last November.", "offer 2010-11 "
	    "russia; statement 2011-06-09 serdyukov; summit 2010-11 serdyukov "
	    "@ Lisbon");
	/* sides that agreed where a phrase opening the sentence puts them
	   met there; not "the presidents had agreed to go on" */
	EXPECT("2011-06-15", "Last November in Lisbon, the leaders of NATO and "
	    "Russia agreed to explore cooperation on missile defence.\n\nThe "
	    "presidents had agreed to go on, Lavrov said.", "summit 2010-11 "
	    "nato; statement 2011-06-15 lavrov");
	/* two sides or more that could not agree where they met */
	EXPECT_AT("2011-12-10", "In June, defence ministers of NATO and Russia "
	    "failed to agree in Brussels on how the system would be run.",
	    "summit 2011-06 nato-defence-ministers @ Brussels");
	/* "said ..., before": when the words were said, no limit */
	EXPECT("2011-06-09", "Lavrov said on Wednesday, before Monday's talks "
	    "in Brussels, that Russia wanted guarantees.", "statement "
	    "2011-06-08 lavrov; summit 2011-06-13 lavrov");
	/* "The talks are due to end Thursday": the talks told, not a
	   meeting of a month that holds the day */
	EXPECT("2007-07-11", "Putin visited Kennebunkport earlier this month."
	    "\n\nRussian and U.S. officials began talks in Moscow on "
	    "Wednesday.\n\nThe talks are due to end Thursday.", "summit "
	    "2007-07 putin; summit 2007-07-11 russia");
}

/* "a meeting between the two leaders": the people named before meet. */
static void
test_between_pair(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0, k;
	const char *text = "Obama told Medvedev on Monday that he would have "
	    "more flexibility.\n\nThe exchange took place at the end of a "
	    "meeting between the two leaders in the South Korean capital.";
	struct mdtl_date p;
	char got[256] = "";

	(void)state;
	assert_int_equal(mdtl_timex_parse("2012-03-26", &p), 0);
	art = read_article("t.txt", text, strlen(text), &p, lex, &d);
	assert_non_null(art);
	mdtl_extract(art, lex, 0, &v, &n, &alloc);
	assert_int_equal(n, 2);
	assert_int_equal(v[1].type, MDTL_EVENT_SUMMIT);
	for (k = 0; k < v[1].nactors; k++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s",
		    k ? " " : "", v[1].actors[k].id);
	/* the capital named by its country's demonym: the place, whose
	   country comes after the people */
	assert_string_equal(got, "obama medvedev south-korea");
	assert_non_null(v[1].location);
	assert_string_equal(v[1].location, "Seoul");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* "Robert M. Gates": the person the data knows, past a middle initial,
 * and no other. */
static void
test_initial(void **state)
{
	char *got = events_of(NULL, "The allies agree, Defense Secretary "
	    "Robert M. Gates said.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement null gates");
	free(got);
}

/* "Frank-Walter Steinmeier": a hyphen joins two words of a name, which
 * count as one: "Anheuser-Busch said" is no person's name. */
static void
test_hyphened_name(void **state)
{
	char *got = events_of(NULL, "German Foreign Minister Frank-Walter "
	    "Steinmeier said talks would go on.\n\nSteinmeier later told "
	    "reporters that Iran must move.\n\nAnheuser-Busch said sales "
	    "fell.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement null frank-walter-steinmeier"
	    "+germany; statement null frank-walter-steinmeier+iran");
	free(got);
}

/* "Karl-Theodor zu Guttenberg", "Ursula von der Leyen": the particles
 * of a family name are words of the name; "de facto" after a name is
 * none */
static void
test_name_particles(void **state)
{
	char *got = events_of(NULL, "Defence Minister Karl-Theodor zu "
	    "Guttenberg said the costs were manageable.\n\nGuttenberg later "
	    "told reporters that Iran must move.\n\nMinister Ursula von der "
	    "Leyen said talks would go on.\n\nMinister Anna Berg de facto "
	    "said no.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement null karl-theodor-zu-guttenberg; "
	    "statement null karl-theodor-zu-guttenberg+iran; statement null "
	    "ursula-von-der-leyen; statement null anna-berg");
	free(got);
}

/* a spokesperson reporting a meeting is none of its people; a joint
 * document after it is its people's words, of its day */
static void
test_joint_statement(void **state)
{
	char *got = events_of("2011-06-27", "The presidents of Armenia and "
	    "Azerbaijan met in Kazan on Friday, Kremlin spokeswoman Natalya "
	    "Timakova said.\n\n\"The presidents noted progress,\" a joint "
	    "statement issued after the talks said.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2011-06-27 natalya-timakova+"
	    "armenia+azerbaijan+russia; summit 2011-06-24 armenia+azerbaijan+"
	    "russia; statement 2011-06-24 armenia+azerbaijan+russia");
	free(got);
}

/* "the ministry's spokesman NAME", a person the data does not know, is
 * of the side of the last body named with that word: the pact's term he
 * tells of has it among its actors */
static void
test_body_spokesman(void **state)
{
	char *got = events_of("2012-12-10", "Russia has stopped the radar, "
	    "APA reports citing the Azerbaijani Foreign Ministry.\n\nThe "
	    "ministry's spokesman Elman Abdullayev said the lease expires on "
	    "December 24.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2012-12-10 elman-abdullayev; "
	    "deadline 2012-12-24 elman-abdullayev+azerbaijan");
	free(got);
}

/* a person carries the other names the data gives him, as the press
 * spells them; a country none */
static void
test_actor_aliases(void **state)
{
	static const char text[] = "Armenian President Serzh Sarkisian said "
	    "on Friday that Armenia was ready.";
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_date p;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0, k;
	int spelt = 0;

	(void)state;
	assert_int_equal(mdtl_timex_parse("2011-06-25", &p), 0);
	art = read_article("t.txt", text, strlen(text), &p, lex, &d);
	assert_non_null(art);
	mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].nactors, 2);
	assert_string_equal(v[0].actors[0].id, "sargsyan");
	for (k = 0; k < v[0].actors[0].naliases; k++)
		spelt |= strcmp(v[0].actors[0].aliases[k], "Sarkisian") == 0;
	assert_true(spelt);
	assert_string_equal(v[0].actors[1].id, "armenia");
	assert_int_equal(v[0].actors[1].naliases, 0);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* talks told under a dateline with no place of their own were held in
 * its city; the presidents who "met ... in Kazan" with no day are those
 * talks told again; a joint statement after them is each president's */
static void
test_dateline_talks(void **state)
{
	char *got = events_of("2011-06-25", "KAZAN, Russia -- Talks between "
	    "the presidents of Armenia and Azerbaijan ended late on June 24 "
	    "without agreement.\n\nArmenian President Serzh Sarkisian and "
	    "Azerbaijani President Ilham Aliyev met for several hours in Kazan "
	    "in talks hosted by Russian President Dmitry Medvedev.\n\nA joint "
	    "statement issued by the three leaders after the meeting said the "
	    "sides had reached mutual understanding.", 1, 1);

	(void)state;
	assert_string_equal(got, "summit 2011-06-24 armenia+azerbaijan+"
	    "sargsyan+aliyev+medvedev+russia @ Kazan; statement 2011-06-24 "
	    "sargsyan+aliyev+medvedev");
	free(got);
}

/* a country after a place's comma tells where a meeting is, not who
 * meets: talks named so with no one else take the sentence before's
 * actors, then their place's country */
static void
test_place_country(void **state)
{
	char *got = events_of("2013-02-22", "Iran and six world powers will "
	    "try again next week to break a deadlock.\n\nThe talks open in "
	    "Almaty, Kazakhstan, on Tuesday.", 1, 1);

	(void)state;
	assert_string_equal(got, "summit 2013-02-26 iran+p5-plus-1+"
	    "kazakhstan @ Almaty");
	free(got);
}

/* an infinitive after a verb's object is that verb's subject's act, not
 * the object's ("used the occasion to warn"); "accuse" is a verb of
 * saying in the infinitive too; "its will" is no future, and the
 * occasion of the act takes its day */
static void
test_purpose_infinitive(void **state)
{
	char *got = events_of("2010-11-19", "Putin used the occasion to warn "
	    "against an arms race.\n\nIn February 2007, Putin used a speech at "
	    "the Munich security conference to accuse Washington of trying "
	    "to impose its will on the world.", 1, 0);

	(void)state;
	assert_string_equal(got, "warning 2010-11-19 putin; statement 2007-02 "
	    "putin; summit 2007-02 putin @ Munich");
	free(got);
}

/* a title and the name after its comma are one person, the name's: not
 * the one who held the title on the day */
static void
test_title_named_after(void **state)
{
	char *got = events_of("2011-06-08", "Serdyukov will meet the new U.S. "
	    "Secretary of Defense, Leon Panetta, in the autumn.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2011-FA serdyukov+united-states+"
	    "panetta");
	free(got);
}

/* the group a long name of it names: the P5+1, not the UN and Germany */
static void
test_group_long_name(void **state)
{
	char *got = events_of("2012-04-10", "Iran will meet the five permanent "
	    "members of the UN Security Council and Germany in Istanbul on "
	    "April 14.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2012-04-14 iran+p5-plus-1+turkey");
	free(got);
}

/* a speaker named by a role's title alone brings the side the title
 * names, in the speaker's role; one named too does not */
static void
test_title_alone_side(void **state)
{
	char *got = events_of("2012-02-14", "Russia is welcome to join the "
	    "system, a NATO spokeswoman said.\n\nThe Russian foreign "
	    "minister warned that Moscow would respond.\n\nNATO "
	    "spokeswoman Oana Lungescu said Russia is welcome to join the "
	    "system.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2012-02-14 lungescu+russia+nato; "
	    "warning 2012-02-14 lavrov+russia; "
	    "statement 2012-02-14 lungescu+russia");
	free(got);
}

/* verbs of meeting joined by "and" over a meeting's noun between them,
 * each with a day of its own: two meetings, each with its own people */
static void
test_joined_over_noun(void **state)
{
	char *got = events_of("2013-06-27", "Rasmussen arrived in Tbilisi on "
	    "Wednesday evening for a two-day visit and held talks with "
	    "President Mikheil Saakashvili on Thursday.", 1, 1);

	(void)state;
	assert_string_equal(got, "summit 2013-06-26 rasmussen+georgia @ "
	    "Tbilisi; summit 2013-06-27 rasmussen+mikheil-saakashvili");
	free(got);
}

/* a group of an alliance speaks and meets for it ("country: nato") */
static void
test_group_side(void **state)
{
	char *got = events_of("2012-12-03", "NATO foreign ministers are "
	    "expected to approve the request at a meeting in Brussels on "
	    "Tuesday.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2012-12-04 nato-foreign-ministers+"
	    "nato");
	free(got);
}

/* a meeting after "before" another told, its day and place its own */
static void
test_meeting_before_another(void **state)
{
	char *got = events_of("2012-05-03", "Makarov spoke at a conference "
	    "in Moscow on Thursday.\n\nThe conference comes less than three "
	    "weeks before NATO's summit in Chicago on May 20-21.", 1, 1);

	(void)state;
	assert_string_equal(got, "summit 2012-05-03 makarov+russia @ Moscow; "
	    "summit 2012-05-20 nato+united-states @ Chicago");
	free(got);
	/* (its name's hyphen and number among its words: "the G-20") */
	got = events_of("2009-03-31", "Obama will meet Medvedev in London on "
	    "April 1, on the eve of the G-20 summit.", 1, 1);
	assert_string_equal(got, "summit 2009-04-01 obama+medvedev+"
	    "united-kingdom @ London");
	free(got);
}

/* a speaker past an aside in brackets; a meeting's phrase past a
 * participle's aside that tells its host, place and day */
static void
test_bracket_aside(void **state)
{
	char *got = events_of("2012-01-24", "The Co-Chairs of the OSCE Minsk "
	    "Group (Ambassadors Robert Bradtke of the United States, Igor Popov "
	    "of the Russian Federation, and Bernard Fassier of France) said on "
	    "Tuesday that talks would go on.\n\nThe Co-Chairs welcome the "
	    "meeting of the Presidents of Armenia and Azerbaijan, hosted by "
	    "Russian President Dmitry Medvedev in Sochi on 23 January.", 1, 0);

	(void)state;
	assert_string_equal(got, "statement 2012-01-24 osce-minsk-group; "
	    "statement 2012-01-24 osce-minsk-group; summit 2012-01-23 armenia "
	    "@ Sochi");
	free(got);
}

/* the subject of an absolute participle ("with NP saying") is NP alone:
 * none named there, no act; named there, not one of the meeting before
 * it (unless named again) */
static void
test_absolute_speaker(void **state)
{
	char *got = events_of("2013-02-22", "Iran and six world powers will "
	    "try again next week, with diplomats saying Friday that hopes were "
	    "low.\n\nIran will hold talks next week, with Lavrov saying "
	    "Friday that hopes were low.\n\nLavrov and Kerry met in Geneva on "
	    "Monday, with Lavrov saying the talks were useful.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2013-02-22 lavrov+iran; summit "
	    "2013-W09 iran; statement 2013-02-18 lavrov+kerry; summit "
	    "2013-02-18 lavrov+kerry");
	free(got);
}

/* a name of two words before "of" and a country is a person's, found
 * again by the last word; a body's name is not */
static void
test_name_of_country(void **state)
{
	char *got = events_of(NULL, "The co-chairs of the OSCE Minsk Group, "
	    "Igor Popov of Russia, James Warlick of the U.S. and Pierre "
	    "Andrieu of France, will visit Baku.\n\nWarlick said talks would "
	    "go on.\n\nUnion Bank of Finland said it would invest.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit null osce-minsk-group+igor-popov+"
	    "russia+james-warlick+united-states+pierre-andrieu+france+"
	    "azerbaijan; statement null james-warlick; statement null "
	    "finland");
	free(got);
}

/* an interview of lines opened by dashes: the answers are the words of
 * the one named before the first question */
static void
test_dash_interview(void **state)
{
	char *got = events_of("2012-03-20", "News.Az interviews Iran's "
	    "ambassador to Azerbaijan, Mohsen Pak Ayeen.\n\n- Mr. Ambassador, "
	    "how do you assess the radar in Turkey?\n\n- We regard it as a "
	    "threat to regional security.\n\n- Will Iran respond?\n\n- We "
	    "will respond decisively.", 0, 0);

	(void)state;
	assert_string_equal(got, "statement 2012-03-20 mohsen-pak-ayeen; "
	    "warning 2012-03-20 mohsen-pak-ayeen");
	free(got);
	/* a meeting a question of what names with its day is one; not
	 * one a question of whether asks about */
	got = events_of("2012-04-16", "Grushko gave an interview to "
	    "Interfax.\n\nQ: What does Moscow expect from the meeting in "
	    "Brussels on April 19?\n\nA: A clear answer.\n\nQ: Will you "
	    "meet Rasmussen next month?\n\nA: Yes.", 0, 0);
	assert_string_equal(got, "statement 2012-04-16 grushko; summit "
	    "2012-04-19 russia; statement 2012-04-16 grushko; statement "
	    "2012-04-16 grushko");
	free(got);
}

/* A transcript's line of several sentences: the statement of its first,
 * the others (telling nothing of their own) its mentions, to the next
 * line. */
static void
test_line_goes_on(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	struct mdtl_date pub;
	size_t n = 0, alloc = 0;
	const char *text = "RT: Is there any progress?\n\nDmitry Rogozin: None "
	    "at all. NATO wants us to simply trust them.\n\nRT: And "
	    "then?\n\nDmitry Rogozin: Yes. Our security rests on trust.";

	(void)state;
	assert_int_equal(mdtl_timex_parse("2011-12-06", &pub), 0);
	art = read_article("t.txt", text, strlen(text), &pub, lex, &d);
	mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].nmentions, 2);
	assert_string_equal(v[0].mentions[1].text,
	    "NATO wants us to simply trust them.");
	assert_int_equal(v[1].nmentions, 2);
	assert_string_equal(v[1].mentions[1].text,
	    "Our security rests on trust.");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

static void
test_no_date(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0;
	const char *text = "Lavrov said on Friday that talks failed, and "
	    "NATO must reply by 1 July 2012.";

	(void)state;
	art = read_article("t.txt", text, strlen(text), NULL, lex, &d);
	mdtl_extract(art, lex, MDTL_EXTRACT_WORDS, &v, &n, &alloc);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].date.gran, MDTL_GRAN_NONE);
	assert_int_equal(v[0].basis, MDTL_BASIS_NONE);
	assert_string_equal(v[1].date_value, "2012-07-01");
	assert_int_equal(v[1].basis, MDTL_BASIS_EXPLICIT);
	/* evidence: the span is the sentence in the body */
	assert_int_equal(v[0].mentions[0].span.start, 0);
	assert_int_equal(v[0].mentions[0].span.end, strlen(text));
	assert_string_equal(v[0].sentence, art->body);
	assert_int_equal(strlen(v[0].id), 16);
	assert_string_not_equal(v[0].id, v[1].id);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* An event's CAMEO code: its verb's where the dictionary has one. */
static void
test_cameo(void **state)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_date p;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL;
	size_t n = 0, alloc = 0;
	const char *text = "Lavrov criticised the plan. Lavrov said it was "
	    "wrong. Lavrov visited Brussels on Monday.";

	(void)state;
	assert_int_equal(mdtl_timex_parse("2011-07-01", &p), 0);
	art = read_article("t.txt", text, strlen(text), &p, lex, &d);
	mdtl_extract(art, lex, 0, &v, &n, &alloc);
	assert_int_equal(n, 3);
	assert_string_equal(v[0].cameo, "111");
	assert_string_equal(v[1].cameo, "010");
	assert_int_equal(v[2].type, MDTL_EVENT_SUMMIT);
	assert_string_equal(v[2].cameo, "042");
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/*
 * The last event of text, published on pub, is one of type and date whose
 * actors are the n of want.
 */
static void
last_actors(const char *pub, const char *text, enum mdtl_event_type type,
    const char *date, const char *const *want, size_t n)
{
	struct mdtl_diag d = MDTL_DIAG_INIT;
	struct mdtl_date p;
	struct mdtl_article *art;
	struct mdtl_event *v = NULL, *e;
	size_t nv = 0, alloc = 0, i;

	assert_int_equal(mdtl_timex_parse(pub, &p), 0);
	art = read_article("t.txt", text, strlen(text), &p, lex, &d);
	mdtl_extract(art, lex, 0, &v, &nv, &alloc);
	assert_true(nv > 0);
	e = &v[nv - 1];
	assert_int_equal(e->type, type);
	assert_string_equal(e->date_value, date);
	assert_int_equal(e->nactors, n);
	for (i = 0; i < n; i++)
		assert_string_equal(e->actors[i].id, want[i]);
	mdtl_article_free(art);
	mdtl_diag_release(&d);
}

/* "Grushko said the next round ... in January": the speaker and the
 * people of the last meeting, with their countries. */
static void
test_next_round(void **state)
{
	static const char *const next[] = { "grushko",
	    "nato-russia-council", "lavrov", "russia", "rasmussen" };

	(void)state;
	last_actors("2013-05-08", "The NATO-Russia Council met on Tuesday with "
	    "Lavrov and Rasmussen in the chair.\n\nGrushko said the next "
	    "round of consultations could take place in June.",
	    MDTL_EVENT_SUMMIT, "2013-06", next, 5);
}

/* "At the Munich Security Conference ... he accused Washington": the
 * sentence's speaker was at the meeting its occasion names. */
static void
test_occasion_speaker(void **state)
{
	static const char *const munich[] = { "united-states", "putin",
	    "germany" };

	(void)state;
	last_actors("2012-05-18", "Putin spoke first.\n\nAt the Munich "
	    "Security Conference in February 2007 he accused Washington of "
	    "provoking an arms race.", MDTL_EVENT_SUMMIT, "2007-02", munich, 3);
}

/* "an expanded meeting of the Defense Ministry board": a body named by
 * its kind, of the speaker's side; a body of a country brings it among
 * the actors. */
static void
test_board(void **state)
{
	static const char *const board[] = { "shoigu", "russia-mod",
	    "russia" };
	static const char *const mfa[] = { "azerbaijan-mfa", "azerbaijan" };

	(void)state;
	last_actors("2013-01-15", "The Azerbaijani Foreign Ministry said on "
	    "Tuesday that talks would go on.", MDTL_EVENT_STATEMENT,
	    "2013-01-15", mfa, 2);
	last_actors("2014-12-10", "Defense Minister Sergei Shoigu said on "
	    "Wednesday that the army was ready.\n\nShoigu spoke at a meeting "
	    "of the Defense Ministry board.", MDTL_EVENT_SUMMIT, "2014-12-10",
	    board, 3);
}

/* "The two leaders agreed to meet ..." after a sentence that names no
 * one: the people of the last meeting. */
static void
test_two_leaders(void **state)
{
	static const char *const two[] = { "g8", "putin", "russia", "obama",
	    "united-states" };

	(void)state;
	last_actors("2013-04-15", "Putin had a telephone conversation with "
	    "Obama.\n\nThe conversation was initiated by the American side."
	    "\n\nThe two leaders agreed to meet on the sidelines of the G8 "
	    "summit in June.", MDTL_EVENT_SUMMIT, "2013-06", two, 5);
}

/*
 * A transcript: a line's label with a title of its speaker before the
 * name; the line goes on over paragraphs to the next label, its first
 * person the speaker's ("I made clear", "our offer"), "our summit" his
 * side's (past a question's label, no one's: the last meeting's people); a
 * meeting "just concluded" is of the day told.
 */
static void
test_transcript(void **state)
{
	char *got = events_of("2011-12-08", "NATO SECRETARY GENERAL ANDERS "
	    "FOGH RASMUSSEN: Good evening. We have just concluded a meeting of "
	    "the NATO-Russia Council.\n\nI made clear that NATO's system is not "
	    "directed against Russia. I also repeated our offer to set up two "
	    "joint centres.\n\nQUESTION: Is this a threat?\n\nWe hope to "
	    "agree before our summit in Chicago next May.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2011-12-08 rasmussen; summit "
	    "2011-12-08 nato-russia-council; statement 2011-12-08 rasmussen+"
	    "nato+russia; offer 2011-12-08 rasmussen; summit 2012-05 "
	    "nato-russia-council+united-states; deadline 2012-05 "
	    "nato-russia-council+united-states");
	free(got);
	got = events_of("2011-12-08", "ANDERS FOGH RASMUSSEN: We hope to "
	    "agree before our summit in Chicago next May.", 0, 1);
	assert_string_equal(got, "statement 2011-12-08 rasmussen; summit "
	    "2012-05 nato+united-states; deadline 2012-05 rasmussen");
	free(got);
	/* a line labelled by a title alone: the last person named with
	   it */
	got = events_of("2012-04-19", "NATO press conference\n\nPress "
	    "conference by NATO Secretary General Anders Fogh Rasmussen\n\n"
	    "SECRETARY GENERAL: Good "
	    "afternoon.\n\nQ: Will Russia attend?\n\nSECRETARY GENERAL: No "
	    "decision has been taken.", 0, 0);
	assert_string_equal(got, "statement 2012-04-19 rasmussen; statement "
	    "2012-04-19 rasmussen");
	free(got);
	/* ... named only in the article's title */
	got = events_of("2011-12-08", "Press conference by NATO Secretary "
	    "General Anders Fogh Rasmussen\n\nSECRETARY GENERAL: Good "
	    "afternoon.", 0, 0);
	assert_string_equal(got, "statement 2011-12-08 rasmussen");
	free(got);
	/* ... or by "THE PRESIDENT" in a text a country issues: its
	   president of the day (Obama in September 2009, Bush's term over
	   on January 20) */
	got = events_of("2009-09-17", "---\nsource: The White House\n---\n"
	    "Remarks by the President\n\nTHE PRESIDENT: Good morning.", 0, 0);
	assert_string_equal(got, "statement 2009-09-17 obama");
	free(got);
	/* a line that tells only another's act is its speaker's words
	   too, of his day; "The President" in an envoy's words is his
	   side's */
	got = events_of("2011-12-12", "Rogozin gave an interview on Monday."
	    "\n\nRogozin: The President has already announced our response "
	    "measures on November 23.", 0, 0);
	assert_string_equal(got, "statement 2011-12-12 rogozin; warning "
	    "2011-11-23 medvedev; statement 2011-12-12 rogozin");
	free(got);
}

/* A person's "we" acts for his side as well; his "I" for himself. */
static void
test_we_side(void **state)
{
	char *got = events_of("2011-11-29", "RT: Is there still a chance?\n\n"
	    "Dmitry Rogozin: There is always a chance. We proposed a sectoral "
	    "approach back in 2010. I proposed it again in May.", 0, 1);

	(void)state;
	assert_string_equal(got, "statement 2011-11-29 rogozin; offer 2010 "
	    "rogozin+russia; offer 2011-05 rogozin");
	free(got);
}

/* "who also attended," with nothing after it: the meeting told last, the
 * one the aside is on among its people, the words' occasion. */
static void
test_attended_alone(void **state)
{
	char *got = events_of("2013-09-27", "Ashton met Zarif in New York on "
	    "Thursday.\n\nKerry, who also attended, said the tone was "
	    "different.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2013-09-26 ashton+zarif+"
	    "united-states+kerry; statement 2013-09-26 kerry");
	free(got);
}

/* Heydar Aliyev, president before his son, who signed a lease; a name a
 * place was given is no actor. */
static void
test_named_after(void **state)
{
	char *got = events_of("2012-12-11", "In January 2002, Presidents "
	    "Heydar Aliyev and Vladimir Putin signed a ten-year lease.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2002-01 heydar-aliyev+putin");
	free(got);
	got = events_of("2010-08-21", "Gul met Aliyev at the Heydar Aliyev "
	    "International Airport on Monday.", 0, 1);
	assert_string_equal(got, "summit 2010-08-16 aliyev");
	free(got);
}

/* "experts would meet", "another round of political talks": the sides
 * of the talks told, not the speaker alone; a meeting a wish tells in a
 * clause with "that" is none. */
static void
test_sides_again(void **state)
{
	char *got = events_of("2013-02-27", "Iran and six world powers ended "
	    "two days of talks in Almaty on Wednesday.\n\nAshton said experts "
	    "would meet in Istanbul on March 18, followed by another round of "
	    "political talks in Almaty on April 5-6.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2013-02-26 iran+p5-plus-1+kazakhstan; "
	    "statement 2013-02-27 ashton; summit 2013-03-18 iran+p5-plus-1+"
	    "turkey; summit 2013-04-05 ashton+iran+p5-plus-1+kazakhstan");
	free(got);
	got = events_of("2013-10-29", "\"We hope that the presidents will "
	    "meet before the end of the year,\" Faure said.", 0, 1);
	assert_string_equal(got, "deadline 2013-12-31 -");
	free(got);
	/* "Military experts from both countries": the sides, past a word
	   that names no one; not the source that tells of them */
	got = events_of("2007-07-11", "Russian and U.S. officials began talks "
	    "in Moscow on Wednesday.\n\nMilitary experts from both countries "
	    "will visit the Gabala station in August, Kislyak said.", 0, 1);
	assert_string_equal(got, "summit 2007-07-11 russia+united-states; "
	    "statement 2007-07-11 kislyak; summit 2007-08 russia+"
	    "united-states+azerbaijan");
	free(got);
}

/* The signing's people named when it is told again take it as their
 * occasion; "..., the press service of the Armenian Foreign Ministry
 * reported": the body, not a person in the clause it reports. */
static void
test_occasion_voice(void **state)
{
	char *got = events_of("2008-08-21", "The United States and Poland "
	    "signed a deal Wednesday to place a base in Poland.\n\nRice and "
	    "Polish Foreign Minister Radoslaw Sikorski signed the agreement in "
	    "Warsaw.\n\nRice said the system was aimed at Iran.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2008-08-20 united-states+poland+rice+"
	    "sikorski; statement 2008-08-20 rice+iran");
	free(got);
	got = events_of("2012-01-24", "YEREVAN, JANUARY 24, ARMENPRESS: "
	    "Armenian Foreign Minister Edward Nalbandian had a telephone "
	    "conversation with Russian Foreign Minister Sergei Lavrov on "
	    "January 24, the press service of the Armenian Foreign Ministry "
	    "reported.", 0, 1);
	assert_string_equal(got, "statement 2012-01-24 armenia-mfa+nalbandian+"
	    "lavrov+armenia; summit 2012-01-24 nalbandian+lavrov+armenia-mfa+"
	    "armenia");
	free(got);
}

/* A person's voice and a warner as the source named again; the side a
 * proposal is presented to before "with"; the sidelines of a body named by
 * its noun. */
static void
test_voices_and_sidelines(void **state)
{
	(void)state;
	/* "presented world powers with a new proposal": an offer */
	EXPECT("2013-10-16", "Iran has presented world powers with a new "
	    "proposal to end the dispute.", "offer 2013-10-16 iran");
	/* "Her spokesman, Michael Mann," after Ashton's words of Wednesday:
	   her voice, of her day, not the lead's Tuesday */
	EXPECT("2013-10-16", "Zarif said on Tuesday that the talks were "
	    "useful.\n\nAshton said on Wednesday that the talks had been "
	    "substantive. Her spokesman, Michael Mann, called the proposal "
	    "very useful.", "statement 2013-10-15 zarif; statement 2013-10-16 "
	    "ashton; statement 2013-10-16 michael-mann");
	/* "The official said" after an official's warning: the warner's
	   side, not the speaker before */
	EXPECT("2013-10-16", "Ashton said the talks had been useful.\n\nA "
	    "senior US official warned that Washington would not ease "
	    "sanctions. The official said the United States was ready to "
	    "offer some relief.", "statement 2013-10-16 ashton; "
	    "warning 2013-10-16 united-states; offer 2013-10-16 "
	    "united-states");
	/* "on the sidelines of the council": of its meeting told */
	EXPECT("2011-12-07", "The NATO-Russia Council will meet in Brussels on "
	    "Thursday.\n\nLavrov will hold a bilateral meeting with "
	    "Rasmussen on the sidelines of the council.", "summit 2011-12-08 "
	    "nato-russia-council; summit 2011-12-08 lavrov");
}

/* Items of a programme told with no verb: the days of the visit named
 * just before, not those gone by; but a weekday after a limit told by its
 * date is of the past still. */
static void
test_programme_days(void **state)
{
	(void)state;
	/* 2012-01-18 is a Wednesday */
	EXPECT("2012-01-18", "Davutoglu will visit Tehran on Thursday and "
	    "Friday.\n\nThe programme of the visit includes:\n\n- a "
	    "meeting with Salehi on Thursday;\n\n- talks with Jalili on "
	    "Friday.", "summit 2012-01-19 davutoglu; summit 2012-01-19 "
	    "davutoglu; summit 2012-01-20 jalili");
	/* 2000-01-06 is a Thursday */
	EXPECT("2000-01-06", "Lavrov said Russia wanted an answer by Jan. "
	    "14.\n\nThe programme included:\n\n- a meeting with Rasmussen "
	    "on Wednesday;", "statement 2000-01-06 lavrov; deadline "
	    "2000-01-14 lavrov; summit 2000-01-05 rasmussen");
}

/* A release its title names by its authors, of its own day; the first
 * time of an act; the day of a meeting told before counted in the next
 * sentence; a range's end; "before" a city's name. */
static void
test_release_and_ranges(void **state)
{
	(void)state;
	/* "Press release by the Co-Chairs of the OSCE Minsk Group": one act
	   of the group, of the release's day, not the meeting's told */
	EXPECT("2012-01-27", "Press release by the Co-Chairs of the OSCE Minsk "
	    "Group\n\nThe Co-Chairs of the OSCE Minsk Group met President "
	    "Aliyev in Baku on 24 January.\n\nThe Co-Chairs urged the sides "
	    "to refrain from actions.", "summit 2012-01-24 osce-minsk-group; "
	    "statement 2012-01-27 osce-minsk-group");
	/* "Answer of ... Lukashevich to a media question": his answer, one
	   act, its readiness an offer */
	EXPECT("2012-03-29", "Answer of the Russian Foreign Ministry's official "
	    "representative Alexander Lukashevich to a media question\n\n"
	    "Question: How does Moscow assess the statement?\n\nAnswer: We "
	    "regret that our partners ignore Russia's concerns. We are ready "
	    "to continue the dialogue.", "offer 2012-03-29 russia-mfa");
	/* "Remarks by Ambassador Ivo Daalder": the author of the remarks,
	   the data's or one it does not know, named with his title */
	EXPECT("2012-05-03", "Remarks by Ambassador Ivo Daalder at the "
	    "Atlantic Council\n\nThank you for that kind introduction. We "
	    "have offered Russia every opportunity to join us.", "offer "
	    "2012-05-03 daalder");
	EXPECT("2012-05-03", "Remarks by Ambassador Karl Wendt at the "
	    "Atlantic Council\n\nThank you for that kind introduction. We "
	    "have offered Russia every opportunity to join us.", "offer "
	    "2012-05-03 karl-wendt");
	/* a host's greeting opening a meeting's transcript: the meeting,
	   under way */
	EXPECT("2013-09-05", "Vladimir Putin: Mr President, I am pleased to "
	    "welcome you to St Petersburg.", "statement 2013-09-05 putin; "
	    "summit 2013-09-05 putin");
	/* a title on something named: not its author */
	EXPECT("2012-06-05", "Statement by the Spokesperson on the incidents "
	    "on the Armenia-Azerbaijan border\n\nWe call on both sides to "
	    "exercise restraint.", "");
	/* one by a side's title and its person: the person's */
	EXPECT("2011-01-22", "Statement by EU High Representative Catherine "
	    "Ashton following talks with Iran\n\nI am disappointed to say "
	    "that no progress was made.", "statement 2011-01-22 ashton");
	/* "first warned ... in 2010": the date of the first time */
	EXPECT("2012-01-24", "Rogozin said on Tuesday the talks were close to "
	    "collapse.\n\nRogozin first warned of an arms race in 2010.",
	    "statement 2012-01-24 rogozin; warning 2010 rogozin");
	/* "On the second day," opening the sentence after a meeting of
	   days told before it */
	EXPECT("2011-12-02", "Clinton will attend a meeting of NATO foreign "
	    "ministers in Brussels on Dec. 7 and 8.\n\nOn the second day, "
	    "the ministers will hold a session of the NATO-Russia Council.",
	    "summit 2011-12-07 clinton; summit 2011-12-08 "
	    "nato-russia-council");
	/* a quotation its speaker named again closes, after his words told
	   last week: of that week */
	EXPECT("2012-03-05", "Grushko told reporters last week that Moscow "
	    "would not attend.\n\n\"There is nothing to discuss,\" Grushko "
	    "said.", "statement 2012-W09 grushko; statement 2012-W09 "
	    "grushko");
	/* "from Monday to Tuesday": the range's start; "Before that," no
	   limit of the meeting past its comma */
	EXPECT("2011-12-02", "Before that, Clinton will travel to Vilnius "
	    "from Monday to Tuesday for a meeting of the OSCE.", "summit "
	    "2011-12-05 clinton");
}

/* An editor's correction is no news; a city named again by its
 * country's demonym; a side's offer dated by its making. */
static void
test_correction_and_making(void **state)
{
	(void)state;
	EXPECT("2012-03-08", "Experts will hold consultations in Moscow on "
	    "March 13, the Russian Defence Ministry said on Thursday.\n\n"
	    "Correction: An earlier version of this story said the "
	    "consultations would take place on March 12.", "statement "
	    "2012-03-08 russia-mod; summit 2012-03-13 russia-mod");
	EXPECT("2012-04-10", "Iran will attend the talks in Istanbul, Salehi "
	    "said on Monday.\n\nJalili is expected to arrive in the Turkish "
	    "city on Friday.", "statement 2012-04-09 iran; summit null iran; "
	    "summit 2012-04-13 jalili");
	EXPECT("2017-11-09", "Ryabkov said on Thursday Moscow had not received "
	    "a response to its proposal, handed to Washington in the summer, "
	    "to extend the treaty.", "offer 2017-SU russia; statement "
	    "2017-11-09 ryabkov");
	EXPECT("2012-04-10", "Foreign Minister Ali Akbar Salehi said on "
	    "Monday Tehran's offer of cooperation, made in a letter to "
	    "Catherine Ashton in February, still stood.", "offer 2012-02 "
	    "iran; statement 2012-04-09 ali-akbar-salehi");
}

/* A dateline's country after a city the data does not know; an
 * invitation dated by its handing; a limit's meeting is not the sides'. */
static void
test_dateline_country(void **state)
{
	char *got;

	(void)state;
	/* the presidential press service of Kyrgyzstan, telling its
	   president's act; the invitation extended during Tuesday's call */
	EXPECT("2012-10-03", "Bishkek, Kyrgyzstan, Oct. 3 (Kabar) - Kyrgyz "
	    "President Almazbek Atambayev invited Russian President Vladimir "
	    "Putin to visit Kyrgyzstan, the presidential press service "
	    "reported on Wednesday.\n\nThe invitation was extended during a "
	    "telephone conversation between the two leaders on Tuesday "
	    "evening.", "offer 2012-10-02 almazbek-atambayev; summit "
	    "2012-10-02 kyrgyzstan");
	/* "by the NATO summit in 2012": NATO's summit, not the sides' */
	got = events_of("2011-02-05", "Lavrov and Clinton met in Munich on "
	    "Saturday.\n\nLavrov said the sides must complete an agreement "
	    "by the NATO summit in 2012.", 0, 1);
	assert_string_equal(got, "summit 2011-02-05 lavrov+clinton+germany; "
	    "statement 2011-02-05 lavrov+nato; summit 2012 lavrov+nato; "
	    "deadline 2012 lavrov+russia+nato");
	free(got);
}

/* A day to come after an intent's "to" is its content's; a demonym that
 * describes a place names no side; a build-up of forces is a threat. */
static void
test_content_days(void **state)
{
	char *got;

	(void)state;
	/* "are ready to resume talks soon after ... in August": the offer
	   is of the story's day, the talks of August */
	EXPECT("2013-06-20", "Western diplomats have signaled that the six "
	    "powers are ready to resume talks in August.", "offer 2013-06-20 "
	    "p5-plus-1");
	/* "in the French resort town": France no side of the meeting */
	got = events_of("2011-05-27", "Obama and Medvedev met in the French "
	    "resort town on Thursday.", 0, 1);
	assert_string_equal(got, "summit 2011-05-26 obama+medvedev");
	free(got);
	/* "The current lease expires": the sides of the last act told with
	   the pact's noun, not of the sentence before */
	got = events_of("2012-02-03", "Azerbaijani and Russian officials will "
	    "resume talks on extending Russia's lease of the Gabala radar "
	    "later this month.\n\nIn 2007, Putin offered to share the radar. "
	    "Washington rejected the offer.\n\nThe current lease expires in "
	    "December 2012.", 0, 1);
	assert_string_equal(got, "summit 2012-02 azerbaijan+russia; offer 2007 "
	    "putin; statement 2012-02-03 united-states; deadline 2012-12 "
	    "azerbaijan+russia");
	free(got);
	/* "pledged ... to strengthen Russia's strategic nuclear forces in
	   response to": a build-up announced */
	EXPECT("2012-12-12", "President Vladimir Putin pledged on Wednesday to "
	    "strengthen Russia's strategic nuclear forces in response to the "
	    "US missile defense plans.", "warning 2012-12-12 putin");
}

/* Sources counted closing the clause; an offer named again by "The offer
 * was made by"; "their foreign ministers" of the sides told. */
static void
test_sources_counted(void **state)
{
	char *got;

	(void)state;
	/* "..., three sources familiar with the negotiations told Reuters":
	   no one named tells it, the offer is Russia's; "The offer was made
	   by Ryabkov at a meeting ... on April 6" dates it, one offer */
	got = events_of("2013-04-16", "Russia has offered to host the talks, "
	    "three sources familiar with the negotiations told Reuters.\n\n"
	    "The offer was made by Deputy Foreign Minister Sergei Ryabkov at "
	    "a meeting in Almaty on April 6, one of the sources said.", 0, 1);
	assert_string_equal(got, "offer 2013-04-06 ryabkov+russia; summit "
	    "2013-04-06 ryabkov+kazakhstan");
	free(got);
	/* "will receive" a meeting; its day past a connective opening the
	   sentence */
	EXPECT("2012-01-19", "Prior to that, on January 21, Sargsyan will "
	    "receive the OSCE Minsk Group Co-Chairs in Yerevan.", "summit "
	    "2012-01-21 sargsyan");
	/* a response told to come in the words quoted; a seminar hosted */
	EXPECT("2012-06-14", "\"If our concerns are ignored, retaliatory "
	    "measures will follow,\" Lavrov said on Thursday.", "warning "
	    "2012-06-14 lavrov");
	EXPECT("2012-06-14", "Finnish Foreign Minister Erkki Tuomioja said on "
	    "Thursday Finland would host a seminar on Arctic security in "
	    "September.", "statement 2012-06-14 erkki-tuomioja; summit 2012-09 "
	    "finland");
	/* reports made light of (PETRARCH's DISMISS * REPORT) */
	EXPECT("2013-08-05", "The Kremlin on Monday played down reports that "
	    "Obama could cancel a planned visit to Moscow next month.",
	    "statement 2013-08-05 russia; summit 2013-09 russia");
	/* "who met his NATO counterparts on Thursday, said": the meeting's
	   day is the words'; not "who met Rogozin in Munich last weekend" */
	EXPECT("2011-06-10", "Russian Defence Minister Anatoly Serdyukov, who "
	    "met his NATO counterparts on Thursday, said Moscow wanted "
	    "guarantees.", "statement 2011-06-09 serdyukov; summit 2011-06-09 "
	    "serdyukov");
	EXPECT("2012-02-03", "NATO Secretary General Anders Fogh Rasmussen said "
	    "on Thursday that talks could resume.\n\nRasmussen, who met "
	    "Russian envoy Dmitry Rogozin in Munich last weekend, said the two "
	    "had discussed a meeting.", "statement 2012-02-02 rasmussen; "
	    "statement 2012-02-02 rasmussen; summit 2012-W04-WE rasmussen");
	/* "have played down the threat": another's threat disputed, words */
	EXPECT("2011-11-30", "U.S. officials on Monday played down the "
	    "threat.", "statement 2011-11-28 united-states");
	/* "has had a phone talk with": a call */
	EXPECT("2014-02-11", "Ilham Aliyev has had a phone talk with Vladimir "
	    "Putin.", "summit 2014-02-11 aliyev");
	/* "calls the agreement", the present of a live page */
	EXPECT("2013-11-24", "Israeli Prime Minister Benjamin Netanyahu calls "
	    "the agreement \"a historic mistake\".", "statement 2013-11-24 "
	    "benjamin-netanyahu");
	/* "The second took place ...": a meeting of the series told */
	EXPECT("2013-03-28", "The first meeting of the three ministers was "
	    "held in Trabzon in June 2012.\n\nThe second took place in Gabala "
	    "in February.", "summit 2012-06 -; summit 2013-02 azerbaijan");
	got = events_of("2012-07-10", "Putin and Obama talked by phone on "
	    "Monday.\n\nThe two leaders discussed the situation in Syria and "
	    "agreed that their foreign ministers would meet in Geneva at the "
	    "end of the month.", 0, 1);
	assert_string_equal(got, "summit 2012-07-09 putin+obama; summit "
	    "2012-07 putin+russia+obama+united-states");
	free(got);
}

/* "The two leaders, meeting in London ..., said": past a participle's
 * aside, the people counted; "In a joint statement, they said": the last
 * meeting's people. */
static void
test_joint_words(void **state)
{
	char *got = events_of("2009-04-01", "Obama and Medvedev met in London "
	    "on Wednesday.\n\nThe two leaders, meeting in London on the eve of "
	    "a G20 summit, said negotiators would report soon.\n\nIn a joint "
	    "statement, they said the new treaty would replace START.", 0, 0);

	(void)state;
	assert_string_equal(got, "summit 2009-04-01 obama; statement "
	    "2009-04-01 obama; summit 2009-04-02 g20; statement 2009-04-01 "
	    "obama");
	free(got);
	/* (not the people of a group's summit told in between) */
	got = events_of("2009-04-03", "Obama and Medvedev met in London on "
	    "Wednesday.\n\nThe two leaders also discussed preparations for a "
	    "G8 summit in Italy.\n\nIn a joint statement, they said the new "
	    "treaty would replace START.", 0, 0);
	assert_string_equal(got, "summit 2009-04-01 obama; summit null g8; "
	    "statement 2009-04-01 obama");
	free(got);
}

/* "met with Lavrov on Wednesday and will hold talks with Medvedev on
 * Thursday": two meetings, each of its day and its own people. */
static void
test_joined_meetings(void **state)
{
	char *got = events_of("2010-11-04", "Rasmussen met with Lavrov on "
	    "Wednesday and will hold talks with Medvedev on Thursday.", 0, 1);

	(void)state;
	assert_string_equal(got, "summit 2010-11-03 rasmussen+lavrov; "
	    "summit 2010-11-04 rasmussen+medvedev");
	free(got);
}

/* "The ministers agreed to meet": the people named before, with the
 * country of the place. */
static void
test_counted_people(void **state)
{
	static const char *const ministers[] = { "sweden", "lavrov",
	    "kerry" };

	(void)state;
	last_actors("2013-05-08", "Lavrov and Kerry discussed Syria by "
	    "telephone on Tuesday.\n\nThe ministers agreed to meet in Kiruna, "
	    "Sweden, on May 14.", MDTL_EVENT_SUMMIT, "2013-05-14", ministers,
	    3);
}

/* A deadline that names no one: the people named before, and their
 * sides; one told by a speaker: the speaker, and the speaker's side. */
static void
test_unnamed_deadline(void **state)
{
	static const char *const before[] = { "ryabkov", "gottemoeller",
	    "russia", "united-states" };
	static const char *const told[] = { "grushko", "russia" };

	(void)state;
	last_actors("2013-02-20", "Ryabkov and Gottemoeller held "
	    "consultations in Geneva on January 31.\n\nThe inspection regime "
	    "runs until February 2021.", MDTL_EVENT_DEADLINE, "2021-02", before,
	    4);
	last_actors("2013-02-20", "Grushko said the current agreement "
	    "expires on December 24.", MDTL_EVENT_DEADLINE, "2013-12-24", told,
	    2);
}

/* "the parties ... before the November 24 deadline": the sides of the
 * last meeting, and the countries of its people. */
static void
test_parties_deadline(void **state)
{
	static const char *const parties[] = { "lavrov", "russia", "kerry",
	    "united-states", "france" };

	(void)state;
	last_actors("2014-10-14", "Lavrov and Kerry met in Paris on "
	    "Tuesday.\n\nThe parties still have time to reach a deal before "
	    "the November 24 deadline, an official said.", MDTL_EVENT_DEADLINE,
	    "2014-11-24", parties, 5);
}

/* "Rogozin told reporters that Medvedev will meet Obama": the speaker
 * reports the meeting, none of its people; "he" brings him back. */
static void
test_meeting_reported(void **state)
{
	static const char *const met[] = { "medvedev", "obama", "france" };
	static const char *const with_him[] = { "lavrov", "kerry" };

	(void)state;
	last_actors("2011-05-20", "Rogozin told reporters that Medvedev will "
	    "meet Obama in Deauville next week.", MDTL_EVENT_SUMMIT,
	    "2011-W21", met, 3);
	last_actors("2011-05-20", "Lavrov said he and Kerry would meet in "
	    "Geneva on Monday.", MDTL_EVENT_SUMMIT, "2011-05-23", with_him, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_speech),
		cmocka_unit_test(test_types),
		cmocka_unit_test(test_summits_deadlines),
		cmocka_unit_test(test_name_of_country),
		cmocka_unit_test(test_dash_interview),
		cmocka_unit_test(test_no_date),
		cmocka_unit_test(test_initial),
		cmocka_unit_test(test_hyphened_name),
		cmocka_unit_test(test_name_particles),
		cmocka_unit_test(test_between_pair),
		cmocka_unit_test(test_cameo),
		cmocka_unit_test(test_unnamed_deadline),
		cmocka_unit_test(test_parties_deadline),
		cmocka_unit_test(test_meeting_reported),
		cmocka_unit_test(test_counted_people),
		cmocka_unit_test(test_next_round),
		cmocka_unit_test(test_occasion_speaker),
		cmocka_unit_test(test_board),
		cmocka_unit_test(test_two_leaders),
		cmocka_unit_test(test_joined_meetings),
		cmocka_unit_test(test_transcript),
		cmocka_unit_test(test_we_side),
		cmocka_unit_test(test_attended_alone),
		cmocka_unit_test(test_named_after),
		cmocka_unit_test(test_sides_again),
		cmocka_unit_test(test_occasion_voice),
		cmocka_unit_test(test_joint_words),
		cmocka_unit_test(test_voices_and_sidelines),
		cmocka_unit_test(test_programme_days),
		cmocka_unit_test(test_release_and_ranges),
		cmocka_unit_test(test_correction_and_making),
		cmocka_unit_test(test_dateline_country),
		cmocka_unit_test(test_content_days),
		cmocka_unit_test(test_sources_counted),
		cmocka_unit_test(test_joint_statement),
		cmocka_unit_test(test_body_spokesman),
		cmocka_unit_test(test_dateline_talks),
		cmocka_unit_test(test_actor_aliases),
		cmocka_unit_test(test_place_country),
		cmocka_unit_test(test_absolute_speaker),
		cmocka_unit_test(test_purpose_infinitive),
		cmocka_unit_test(test_meeting_before_another),
		cmocka_unit_test(test_joined_over_noun),
		cmocka_unit_test(test_title_alone_side),
		cmocka_unit_test(test_group_long_name),
		cmocka_unit_test(test_line_goes_on),
		cmocka_unit_test(test_title_named_after),
		cmocka_unit_test(test_group_side),
		cmocka_unit_test(test_bracket_aside),
	};

	return cmocka_run_group_tests(tests, lexicon_setup,
	    lexicon_teardown);
}

/*
 * stop-words.h: the words too common to say what a sentence is about,
 * left out of the words merging compares (words.c).  tools/mkwords.c makes
 * the list a const table (stop-words.gen.h).
 */
#define WORD_LISTS(L) \
	L(stop_words, "about", "after", "also", "been", "before", "being", \
	    "between", "both", "could", "does", "each", "from", "have", \
	    "into", "more", "most", "much", "only", "other", "over", "said", \
	    "says", "should", "some", "such", "than", "that", "their", \
	    "them", "then", "there", "these", "they", "this", "those", \
	    "told", "under", "very", "were", "what", "when", "where", \
	    "which", "while", "will", "with", "would", "your")

/**
 * Curated answers: staff's approved answers to questions the documents do not answer well, matched to a resident's
 * question through the index's Korean analysis and served ahead of the documents until their review day.
 * {@link kr.donggu.chatbot.curated.CuratedAnswers} is the entry point.
 */
package kr.donggu.chatbot.curated;

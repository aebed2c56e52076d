/**
 * Truthfulness in code: every fact in an answer (numbers, amounts, dates, counts, phone numbers, e-mail addresses,
 * URLs, organisation names) must appear in the sections the answer cites. {@link kr.donggu.chatbot.guard.FactGuard}
 * is the entry point.
 */
package kr.donggu.chatbot.guard;

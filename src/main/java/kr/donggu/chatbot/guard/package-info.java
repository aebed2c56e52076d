/**
 * Truthfulness in code: the claim guard keeps a sentence of an answer only when one sentence of the documents says
 * it, with the same names, roles, facts, time and recurrence words, scope and polarity. Its Korean lives in
 * {@code knowledge/dictionary/guard-*.txt}. {@link kr.donggu.chatbot.guard.ClaimGuard} is the entry point.
 */
package kr.donggu.chatbot.guard;

/**
 * The program documents in {@code knowledge/}: loading, validation and the domain vocabulary.
 * {@link kr.donggu.chatbot.knowledge.KnowledgeBase} is the entry point.
 */
package kr.donggu.chatbot.knowledge;

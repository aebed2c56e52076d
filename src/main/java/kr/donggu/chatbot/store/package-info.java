/**
 * Conversations, feedback, unanswered questions and hand-off tickets in SQLite. {@link kr.donggu.chatbot.store.Database}
 * is the entry point: it owns the connection pool and the schema migrations.
 */
package kr.donggu.chatbot.store;

/**
 * Conversations, feedback, unanswered questions and hand-off tickets, in SQLite (one node) or PostgreSQL (shared by
 * several). {@link kr.donggu.chatbot.store.Database} is the entry point: it owns the pool, the Flyway migrations,
 * the repositories and the cluster signals ({@link kr.donggu.chatbot.store.ClusterEvents}).
 */
package kr.donggu.chatbot.store;

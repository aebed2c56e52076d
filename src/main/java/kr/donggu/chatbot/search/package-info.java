/**
 * Korean retrieval over the program documents with Lucene and Nori. {@link kr.donggu.chatbot.search.ProgramIndex}
 * is the entry point; {@link kr.donggu.chatbot.search.LuceneContentRetriever} exposes it to LangChain4j.
 */
package kr.donggu.chatbot.search;

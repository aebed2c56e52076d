/**
 * Turning retrieved sections into an answer: the embedded, extractive {@link kr.donggu.chatbot.answer.GroundedChatModel}
 * and, by configuration, a real LLM behind the same LangChain4j {@code ChatModel} contract.
 */
package kr.donggu.chatbot.answer;

/**
 * The product's main job: a question in, a grounded, sourced Korean answer out, with the conversation kept.
 * {@link kr.donggu.chatbot.chat.ChatService} is the entry point; web and messenger channels call it.
 */
package kr.donggu.chatbot.chat;

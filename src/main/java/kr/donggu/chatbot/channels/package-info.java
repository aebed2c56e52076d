/**
 * Messenger channels (KakaoTalk, Naver TalkTalk, Telegram, Slack, LINE): thin adapters that check each platform's
 * authenticity, hand the text to the chat service with the platform's user as the session, and format the reply for
 * the platform's limits. {@link kr.donggu.chatbot.channels.Channels} is the entry point.
 */
package kr.donggu.chatbot.channels;

/**
 * Personal data in messages is masked before it is stored, logged or sent to a model.
 * {@link kr.donggu.chatbot.privacy.PiiMasker} is the entry point.
 */
package kr.donggu.chatbot.privacy;

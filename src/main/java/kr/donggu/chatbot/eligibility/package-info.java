/**
 * Whether an enterprise can take part in a program: the criteria in the documents' front matter, checked by code
 * and explained criterion by criterion. {@link kr.donggu.chatbot.eligibility.EligibilityEngine} is the entry point.
 */
package kr.donggu.chatbot.eligibility;

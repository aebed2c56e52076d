/**
 * The HTTP face of the service: the one route table, JSON parsing, errors in the contract's shape, rate limits,
 * health and metrics. {@link kr.donggu.chatbot.web.WebServer} is the entry point.
 */
package kr.donggu.chatbot.web;

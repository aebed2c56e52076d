package kr.donggu.chatbot.guard;

/** The kinds of fact the guard checks. */
public enum FactKind { PHONE, EMAIL, URL, DATE, AMOUNT, COUNT, NUMBER, ORGANISATION }

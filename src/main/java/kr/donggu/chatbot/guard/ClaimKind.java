package kr.donggu.chatbot.guard;

/**
 * What a sentence claims that its evidence must say too, and so the reason a sentence is removed. The first seven
 * are facts written with digits or number words; the rest are what a claim says about when, where, who and how much.
 */
public enum ClaimKind {
    PHONE, EMAIL, URL, AMOUNT, DATE, TIME, COUNT, NUMBER,
    /** 매월, 셋째 주, 토요일: a recurring date. */
    RECURRENCE,
    /** 내년에도, 2026년에도, 계속, 현재: a claim about a time after the document's own. */
    FUTURE,
    PLACE,
    /** A person or a role (대표, 회장) not stated together with whom it is said of. */
    PERSON_ROLE,
    ORGANISATION,
    /** A program named in a sentence that its evidence is not about: attribution to the wrong program. */
    PROGRAM,
    /** A proper noun that no document sentence has. */
    NAME,
    /** 단독, 모두, 일부, 누구나, 만: a scope the evidence does not state. */
    SCOPE,
    /** 않았다 against 했다, 단순한 기부 against 단순한 기부를 넘어, a fact against "not in the documents". */
    POLARITY,
    /** No document sentence says this. */
    NO_SUPPORT
}

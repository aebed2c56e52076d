package kr.donggu.chatbot.guard;

import java.util.Set;

/**
 * The guard's judgement of one sentence: kept or not, the reason and the words at fault when not, the evidence
 * sentence it rests on when kept (null for a greeting, or a statement that the documents lack something), and the
 * kinds of fact it carries, so a caller can tell whether the sentence answered what was asked.
 */
public record SentenceVerdict(String sentence, boolean kept, ClaimKind reason, String detail, String evidence,
                              Set<ClaimKind> carries) {
}

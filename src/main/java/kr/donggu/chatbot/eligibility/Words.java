package kr.donggu.chatbot.eligibility;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Korean word lists the eligibility dialogue listens with, compiled from {@code dictionary/eligibility.yaml}.
 * Every pattern runs on text without spaces, lower-cased ({@link kr.donggu.chatbot.knowledge.Texts#compact}),
 * except the place patterns, which need the spaces to tell 학동 from 과학동아리.
 */
record Words(Map<EnterpriseType, Pattern> types, Map<EnterpriseType, Pattern> typeAnswers, Pattern formOrdinary,
             Map<String, Pattern> legalForms, Pattern negationAfter, Answers answers,
             Pattern cancel, Pattern resume, Pattern asksEligibility, Pattern self, Pattern questionWords,
             Pattern howOrWhen, Pattern notStated, PlaceWords places) {

    static final String FILE = "dictionary/eligibility.yaml";

    /** Yes, no and "I don't know", by the first word or anywhere in a short reply. */
    record Answers(Set<String> yesFirst, Set<String> noFirst, Pattern unknown, Pattern yesAnywhere,
                   Pattern noAnywhere) {
    }

    /** Names of places and the words around them that say "this is where we are". */
    record PlaceWords(Pattern mention, Pattern cueAfter, Pattern notAfter, Pattern address, Set<String> gwangju,
                      Set<String> donggu) {
    }

    /** Reads and checks the file; a missing or wrong entry stops the server with the file, the entry and why. */
    static Words load(Path knowledgeDir) {
        return WordsFile.read(knowledgeDir.resolve(FILE));
    }
}

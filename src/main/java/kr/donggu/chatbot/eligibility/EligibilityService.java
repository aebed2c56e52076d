package kr.donggu.chatbot.eligibility;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/** {@code POST /api/eligibility} without HTTP: validates the request and checks one program or all of them. */
public final class EligibilityService {

    public record Request(String enterpriseType, String location, String programId, Map<String, Boolean> facts) {
    }

    public record Response(List<ProgramVerdict> results) {
    }

    private final Supplier<KnowledgeBase> knowledge;
    private final Words words;
    private final Places places;
    private final EligibilityEngine engine = new EligibilityEngine();

    EligibilityService(Supplier<KnowledgeBase> knowledge, Words words) {
        this.knowledge = knowledge;
        this.words = words;
        this.places = new Places(words.places(), new Kinds(words)::startsWithKind);
    }

    /**
     * The service over the current knowledge, listening with {@code dictionary/eligibility.yaml} of
     * {@code knowledgeDir}.
     *
     * @throws IllegalStateException naming the file and the entry when the word file is missing or wrong
     */
    public static EligibilityService open(Supplier<KnowledgeBase> knowledge, Path knowledgeDir) {
        return new EligibilityService(knowledge, Words.load(knowledgeDir));
    }

    /**
     * @throws IllegalArgumentException with a Korean message when the enterprise type is not one of the contract's
     * @throws NoSuchElementException when {@code programId} names no program
     */
    public Response check(Request request) {
        EnterpriseType type = EnterpriseType.fromLabel(request.enterpriseType()).orElseThrow(() ->
                new IllegalArgumentException("enterpriseType은 " + String.join(", ", EnterpriseType.labels())
                        + " 중 하나여야 합니다."));
        Applicant applicant = new Applicant(type, places.find(request.location(), true).orElse(null), request.facts());
        return new Response(verdicts(applicant, request.programId()));
    }

    /** All programs that have criteria, or the one named. */
    public List<ProgramVerdict> verdicts(Applicant applicant, String programId) {
        KnowledgeBase kb = knowledge.get();
        if (programId != null) {
            ProgramDocument doc = kb.find(programId).orElseThrow(() -> new NoSuchElementException(programId));
            return List.of(engine.check(doc, applicant));
        }
        return kb.documents().stream().filter(d -> !d.eligibility().isEmpty()).map(d -> engine.check(d, applicant)).toList();
    }

    public KnowledgeBase knowledge() {
        return knowledge.get();
    }

    Words words() {
        return words;
    }

    ProgramVerdict check(ProgramDocument doc, Applicant applicant) {
        return engine.check(doc, applicant);
    }
}

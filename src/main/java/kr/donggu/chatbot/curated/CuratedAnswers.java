package kr.donggu.chatbot.curated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.donggu.chatbot.guard.ClaimGuard;
import kr.donggu.chatbot.guard.ClaimGuards;
import kr.donggu.chatbot.guard.Evidence;
import kr.donggu.chatbot.guard.GuardResult;
import kr.donggu.chatbot.guard.Passage;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.search.QuestionTerms;
import kr.donggu.chatbot.store.ClusterEvents;
import kr.donggu.chatbot.store.Database;
import kr.donggu.chatbot.store.Records;
import kr.donggu.chatbot.store.StoredAnswer;

/**
 * Staff's approved answers. A question is matched against each answer's phrasings through the index's Korean
 * analysis ({@link QuestionTerms}); an answer is served until its review day (KST) has passed, and only what passes
 * the fact guard against its own text and cited sections. Saving one checks it ({@link AnswerCheck}), marks the
 * unanswered questions it now covers, and tells the other nodes to reload theirs.
 */
public final class CuratedAnswers implements AutoCloseable {

    /** Cluster topic: a curated answer was saved or deleted on some node. */
    public static final String TOPIC = "answers.changed";
    /** A reply's source id for curated answer {@code x} is {@code answer:x}. */
    public static final String SOURCE_PREFIX = "answer:";
    public static final String SOURCE_TITLE = "담당자 확인 답변";
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    /** How many of the latest unanswered questions a saved answer is matched against. */
    private static final int COVER_LIMIT = 2000;

    /** An answer to serve: its id, its text as checked, and the document sections it cites. */
    public record Served(String id, String text, List<StoredAnswer.Citation> citations) {
    }

    /** A saved answer as stored, and how many unanswered questions it now covers. */
    public record Saved(StoredAnswer answer, int covered) {
    }

    private final Database db;
    private final ProgramIndex index;
    private final Clock clock;
    private final ClaimGuards guards = new ClaimGuards();
    private final AnswerCheck check = new AnswerCheck();
    private volatile Phrasings phrasings;
    private final ClusterEvents.Subscription subscription;

    private CuratedAnswers(Database db, ProgramIndex index, Clock clock) {
        this.db = db;
        this.index = index;
        this.clock = clock;
        refresh();
        this.subscription = db.events().subscribe(TOPIC, payload -> refresh());
    }

    /** Loads the answers and listens for changes made on other nodes. */
    public static CuratedAnswers open(Database db, ProgramIndex index, Clock clock) {
        return new CuratedAnswers(db, index, clock);
    }

    /** The answer in force whose phrasings ask what {@code question} asks, if any. */
    public Optional<Served> answer(String question) {
        Phrasings p = current();
        if (p.answers().isEmpty()) {
            return Optional.empty();   // no analysis of the question while there is nothing to match it with
        }
        return p.best(index.questionTerms(question), this::inForce).flatMap(this::served);
    }

    /** Every answer, oldest first, as stored. */
    public List<StoredAnswer> list() {
        return db.answers().all();
    }

    /** Why staff should look at an answer: {@code expired} (no longer served), {@code source_missing}. */
    public List<String> flags(StoredAnswer a) {
        List<String> flags = new ArrayList<>();
        if (!inForce(a)) {
            flags.add("expired");
        }
        KnowledgeBase kb = index.knowledge();
        if (a.sources().stream().anyMatch(c -> kb.find(c.id())
                .map(d -> c.section() != null && d.section(c.section()).isEmpty()).orElse(true))) {
            flags.add("source_missing");
        }
        return flags;
    }

    public Saved create(AnswerDraft draft, String actor) {
        AnswerDraft ok = checked(draft);
        Instant now = clock.instant();
        StoredAnswer a = new StoredAnswer(UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                ok.question(), ok.variants(), ok.answer(), ok.sources(), ok.validUntil(), now, now, actor);
        db.answers().insert(a);
        return saved(a);
    }

    /** @throws Rejected 404 when there is no such answer */
    public Saved update(String id, AnswerDraft draft, String actor) {
        StoredAnswer old = db.answers().find(id).orElseThrow(CuratedAnswers::notFound);
        AnswerDraft ok = checked(draft);
        StoredAnswer a = new StoredAnswer(id, ok.question(), ok.variants(), ok.answer(), ok.sources(),
                ok.validUntil(), old.createdAt(), clock.instant(), actor);
        if (!db.answers().update(a)) {
            throw notFound();   // deleted meanwhile
        }
        return saved(a);
    }

    /**
     * @return the answer deleted
     * @throws Rejected 404 when there is no such answer
     */
    public StoredAnswer delete(String id) {
        StoredAnswer old = db.answers().find(id).orElseThrow(CuratedAnswers::notFound);
        if (!db.answers().delete(id)) {
            throw notFound();
        }
        refresh();
        db.events().publish(TOPIC, id);
        return old;
    }

    /** Reads the answers from the store again. */
    public synchronized void refresh() {
        phrasings = Phrasings.of(db.answers().all(), index);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), KST);
    }

    @Override
    public void close() {
        subscription.close();
    }

    private AnswerDraft checked(AnswerDraft draft) {
        KnowledgeBase kb = index.knowledge();
        return check.check(draft, kb, guards.forKnowledge(kb), today());
    }

    private Saved saved(StoredAnswer a) {
        refresh();
        List<QuestionTerms> terms = Phrasings.terms(a, index);
        List<String> covered = db.stats().unanswered(COVER_LIMIT).stream()
                .filter(u -> Phrasings.score(index.questionTerms(u.question()), terms) > 0)
                .map(Records.UnansweredQuestion::messageId).toList();
        db.answers().cover(a.id(), covered);
        db.events().publish(TOPIC, a.id());
        return new Saved(a, covered.size());
    }

    /** The phrasings analysed by the index as it is now (rebuilt after a re-index changed its dictionary). */
    private Phrasings current() {
        Phrasings p = phrasings;
        if (p.builtFrom(index.knowledge())) {
            return p;
        }
        synchronized (this) {
            if (!phrasings.builtFrom(index.knowledge())) {
                phrasings = Phrasings.of(phrasings.answers(), index);
            }
            return phrasings;
        }
    }

    private boolean inForce(StoredAnswer a) {
        return a.validUntil() == null || !today().isAfter(a.validUntil());
    }

    /** The text as the fact guard lets it through against itself and its citations; nothing if nothing is left. */
    private Optional<Served> served(StoredAnswer a) {
        KnowledgeBase kb = index.knowledge();
        List<Passage> passages = new ArrayList<>(List.of(new Passage(null, a.answer())));
        a.sources().forEach(c -> passages.addAll(AnswerCheck.evidence(c, kb).passages()));
        ClaimGuard guard = guards.forKnowledge(kb);
        GuardResult checked = guard.check(a.answer(), new Evidence(passages, null));
        return checked.text().isBlank() ? Optional.empty() : Optional.of(new Served(a.id(), checked.text(), a.sources()));
    }

    private static Rejected notFound() {
        return new Rejected(404, "not_found", "요청하신 확인 답변을 찾을 수 없습니다.");
    }
}

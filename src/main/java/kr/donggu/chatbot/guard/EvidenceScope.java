package kr.donggu.chatbot.guard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * Which documents an answer is checked against: those it cites or was given, the question's program, those it
 * names, and, for a person or a place it names (they have no document of their own), those that mention them.
 */
final class EvidenceScope {

    private final Names names;
    private final Set<String> documentIds;
    /** Documents mentioning a person or place, by its id: the same for every answer about this knowledge. */
    private final Map<String, Set<String>> mentionedIn = new ConcurrentHashMap<>();

    EvidenceScope(Names names, Set<String> documentIds) {
        this.names = names;
        this.documentIds = Set.copyOf(documentIds);
    }

    Set<String> namedDocuments(String text) {
        return namedDocuments(mentions(text));
    }

    private List<Names.Mention> mentions(String text) {
        return names.mentions(new StringBuilder(GuardText.normalize(text)));
    }

    private Set<String> namedDocuments(List<Names.Mention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        mentions.forEach(m -> {
            if (documentIds.contains(m.entity().id())) {
                ids.add(m.entity().id());
            }
        });
        return ids;
    }

    Evidence evidenceFor(KnowledgeBase kb, String answer, Collection<String> docIds, String topic) {
        Set<String> ids = new LinkedHashSet<>(docIds);
        if (topic != null) {
            ids.add(topic);
        }
        List<Names.Mention> mentions = mentions(answer);
        ids.addAll(namedDocuments(mentions));
        ids.addAll(documentsMentioningPeople(kb, mentions));
        return Evidence.ofDocuments(kb, ids, topic);
    }

    private Set<String> documentsMentioningPeople(KnowledgeBase kb, List<Names.Mention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (Names.Mention m : mentions) {
            Names.EntityKind kind = m.entity().kind();
            if (kind == Names.EntityKind.PERSON || kind == Names.EntityKind.PLACE) {
                ids.addAll(mentionedIn.computeIfAbsent(m.entity().id(), id -> documentsNaming(kb, m.entity())));
            }
        }
        return ids;
    }

    private Set<String> documentsNaming(KnowledgeBase kb, Names.Entity entity) {
        Set<String> aliases = names.aliasesOf(entity);
        Set<String> ids = new LinkedHashSet<>();
        for (ProgramDocument doc : kb.documents()) {
            String text = GuardText.normalize(Evidence.passagesOf(doc).stream().map(Passage::text)
                    .collect(Collectors.joining("\n")));
            if (aliases.stream().anyMatch(text::contains)) {
                ids.add(doc.id());
            }
        }
        return Set.copyOf(ids);
    }
}

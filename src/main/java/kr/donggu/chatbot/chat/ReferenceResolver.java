package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.EntityKind;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.Texts;
import kr.donggu.chatbot.search.Mention;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * Rewrites a message of a conversation into a question that stands on its own, from the {@link ConversationState}
 * (the embedded query rewriting): "두 번째 건 뭐야?" after a list becomes a question about the second item, "그
 * 회사 대표는?" names the company last discussed, "아까 그 사업은…" the program before the current one, and a
 * question that names nothing ("몇 개 기업이 지원받았어?") is searched in the program under discussion first. A
 * question that names something itself is left alone: a new topic is never bent towards the old one.
 */
final class ReferenceResolver {

    /** The question to search with, the document it is about (if known) and items to list (for "나머지는?"). */
    record Resolution(String query, String contextDocId, List<String> listItems, boolean rewritten) {

        static Resolution asIs(String query, String contextDocId) {
            return new Resolution(query, contextDocId, List.of(), false);
        }
    }

    private final ProgramIndex index;

    ReferenceResolver(ProgramIndex index) {
        this.index = index;
    }

    Resolution resolve(String message, ConversationState state) {
        KnowledgeBase kb = index.knowledge();
        Lexicon.Conversation cues = kb.vocabulary().lexicon().conversation();
        String text = index.normalize(message);
        String compact = Texts.compact(text);
        List<Mention> mentions = index.mentions(text);
        if (mentions.isEmpty()) {
            Optional<Resolution> fromList = fromList(text, compact, state, cues, kb);
            if (fromList.isPresent()) {
                return fromList.get();
            }
        }
        Optional<Lexicon.Reference> reference = reference(compact, cues);
        if (!mentions.isEmpty()) {
            // "그 사람 네트워킹 데이에서 뭐라고 했어요?": a new name beside a person or company referred back to
            Optional<Resolution> both = reference.filter(r -> referredKindUnnamed(r.kind(), mentions, kb))
                    .flatMap(r -> target(state, r.kind(), false, kb)
                            .map(t -> new Resolution(substitute(text, r.words().get(0), name(t, kb)), null, List.of(),
                                    true)));
            if (both.isPresent()) {
                return both.get();
            }
            return siblingsIfExcluded(text, compact, mentions, cues, kb).orElse(Resolution.asIs(text, null));
        }
        if (cues.matchesIntent("both_topics", compact)) {
            // "둘이 같은 사업에 속한 거야?": the two things last discussed, the earlier first
            List<String> lastTwo = state.topics().stream().map(ConversationState.Topic::docId).distinct().limit(2)
                    .toList();
            if (lastTwo.size() == 2) {
                return new Resolution(text, null, List.of(lastTwo.get(1), lastTwo.get(0)), true);
            }
        }
        Optional<java.util.regex.Matcher> firstCue = cues.intents().getOrDefault("first_topic", List.of()).stream()
                .map(p -> p.matcher(compact)).filter(java.util.regex.Matcher::find).findFirst();
        boolean first = firstCue.isPresent();
        Optional<String> earlierCue = cues.earlier().stream().filter(compact::contains).findFirst();
        boolean earlier = first || earlierCue.isPresent();
        String asked = text;
        if (first || earlier) {
            // "처음 얘기한", "앞에 거로 돌아가서" point back; they are not what the question asks about
            int start = first ? firstCue.get().start() : compact.indexOf(earlierCue.get());
            int end = first ? firstCue.get().end() : start + earlierCue.get().length();
            String cue = Texts.spanOfCompact(text, start, end);
            if (!cue.isEmpty() && cue.length() < text.length()) {
                asked = text.replaceFirst(java.util.regex.Pattern.quote(cue), " ").strip();
            }
        }
        if (reference.isPresent() || earlier) {
            Optional<ConversationState.Topic> target = first
                    ? firstTopic(state, reference.map(Lexicon.Reference::kind).orElse("any"), kb)
                    : target(state, reference.map(Lexicon.Reference::kind).orElse("any"), earlier, kb);
            if (target.isPresent()) {
                String name = name(target.get(), kb);
                String query = reference.isPresent() ? substitute(asked, reference.get().words().get(0), name)
                        : name + " " + asked;
                return new Resolution(query, target.get().docId(), List.of(), true);
            }
        }
        return Resolution.asIs(text, state.focus());
    }

    /** A person or an enterprise referred to while the message names none of that kind. */
    private static boolean referredKindUnnamed(String kind, List<Mention> mentions, KnowledgeBase kb) {
        return switch (kind) {
            case "person" -> mentions.stream().noneMatch(Mention::isPerson);
            case "organisation" -> mentions.stream().filter(m -> !m.isPerson()).map(m -> kb.find(m.docId()))
                    .flatMap(Optional::stream).noneMatch(d -> d.kind() == EntityKind.ORGANISATION);
            default -> false;
        };
    }

    /**
     * The message with the referring words replaced by the name, and a particle right after them chosen again for
     * the name: "그 회사는 어디 참여했어요?" → "보나드스토리는 어디 참여했어요?". The words themselves are not
     * something to search for (회사 would favour sentences saying 기업).
     */
    static String substitute(String text, String word, String name) {
        StringBuilder pattern = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (!pattern.isEmpty()) {
                pattern.append("\\s*");
            }
            pattern.append(java.util.regex.Pattern.quote(new String(Character.toChars(cp))));
        });
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
        if (!m.find()) {
            return name + " " + text;
        }
        String rest = text.substring(m.end());
        for (kr.donggu.chatbot.knowledge.Particles.Pair pair : PARTICLES) {
            for (String form : List.of(pair.afterConsonant(), pair.afterVowel())) {
                if (rest.startsWith(form) && (rest.length() == form.length()
                        || !Character.isLetterOrDigit(rest.charAt(form.length())))) {
                    return text.substring(0, m.start()) + kr.donggu.chatbot.knowledge.Particles.attach(name, pair)
                            + rest.substring(form.length());
                }
            }
        }
        return text.substring(0, m.start()) + name + rest;
    }

    private static final List<kr.donggu.chatbot.knowledge.Particles.Pair> PARTICLES = List.of(
            kr.donggu.chatbot.knowledge.Particles.TOWARD, kr.donggu.chatbot.knowledge.Particles.TOPIC,
            kr.donggu.chatbot.knowledge.Particles.SUBJECT, kr.donggu.chatbot.knowledge.Particles.OBJECT,
            kr.donggu.chatbot.knowledge.Particles.AND);

    private Optional<Resolution> fromList(String text, String compact, ConversationState state,
                                          Lexicon.Conversation cues, KnowledgeBase kb) {
        // "다섯 개 중 마지막 건?" after talk of one of the five projects: no list was shown, the family is the list
        // ("마지막으로 하나 더" picks nothing: only a position "among" them does)
        boolean among = compact.contains("중") || compact.contains("가운데");
        List<String> list = state.lastList().isEmpty() && state.focus() != null && among
                ? kb.find(state.focus()).map(d -> family(d, kb)).filter(s -> s.size() > 1).orElse(List.of())
                : state.lastList();
        List<String> picked = ordinals(compact, list, cues);
        if (picked.size() == 1) {
            String item = picked.get(0);
            return kb.find(item).map(d -> new Resolution(d.shortName() + " " + text, item, List.of(), true));
        }
        if (picked.size() > 1) {
            return Optional.of(new Resolution(text, null, picked, true));   // "첫 번째랑 네 번째는?"
        }
        if (!list.isEmpty() && cues.among().stream().anyMatch(compact::contains)) {
            // "그 중에 책방이랑 관련된 건요?": the item of the list (or of the parts of the program under
            // discussion) the rest of the question is about
            String item = index.bestOf(list, text);
            if (item != null) {
                return kb.find(item).map(d -> new Resolution(d.shortName() + " " + text, item, List.of(), true));
            }
        }
        if (cues.remaining().stream().anyMatch(p -> p.matcher(compact).find())) {
            if (state.lastList().isEmpty() && state.enumeratedQuery() != null) {
                // "아동 시설이랑 연계하죠?" answered with 아동·청소년·장애인·노인: the rest is in that same answer
                return Optional.of(new Resolution(state.enumeratedQuery(), state.focus(), List.of(), true));
            }
            // the rest of the last list; with no list yet, the rest of the family of the program under discussion
            List<String> rest = new ArrayList<>(state.lastList().isEmpty() && state.focus() != null
                    ? siblings(kb.find(state.focus()).orElseThrow(), kb) : state.lastList());
            rest.removeAll(state.discussed());
            if (!rest.isEmpty()) {
                return Optional.of(new Resolution(text, null, List.copyOf(rest), true));
            }
        }
        return Optional.empty();
    }

    /** The items of the last list the message picks by position, in the order it names them. */
    private static List<String> ordinals(String compact, List<String> list, Lexicon.Conversation cues) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
        for (Lexicon.Ordinal ordinal : cues.ordinals()) {
            for (String word : ordinal.words()) {
                int at = compact.indexOf(word);
                int n = ordinal.n() < 0 ? list.size() : ordinal.n();
                if (at >= 0 && n >= 1 && n <= list.size() && !byPosition.containsValue(list.get(n - 1))) {
                    byPosition.put(at, list.get(n - 1));
                }
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** "ESG 환경마켓 말고 또 뭐가 있어요?": the other items of the list it belongs to (its parent's children). */
    private static Optional<Resolution> siblingsIfExcluded(String text, String compact, List<Mention> mentions,
                                                           Lexicon.Conversation cues, KnowledgeBase kb) {
        List<Mention> named = mentions.stream().filter(m -> !m.isPerson()).toList();
        // "환경마켓 얘기로 돌아가서, 같은 사업에 또 뭐가 있었어요?" asks for the rest as "환경마켓 말고" does
        boolean rest = cues.remaining().stream().anyMatch(p -> p.matcher(compact).find());
        boolean except = followedByExcept(compact, named, cues);
        if (named.stream().map(Mention::docId).distinct().count() != 1 || !except && !rest) {
            return Optional.empty();
        }
        ProgramDocument excluded = kb.find(named.get(0).docId()).orElseThrow();
        if (!except && kb.documents().stream().anyMatch(d -> excluded.id().equals(d.parent()))) {
            // "사회혁신 협력 프로젝트 7개 했다던데 나머지 뭐뭐예요?": the rest of its own parts, which the question
            // about it answers (and whose documented count corrects a wrong one), not the other programs
            return Optional.empty();
        }
        List<String> siblings = siblings(excluded, kb).stream().filter(id -> !id.equals(excluded.id())).toList();
        return siblings.isEmpty() ? Optional.empty() : Optional.of(new Resolution(text, null, siblings, true));
    }

    /** The documents of the same kind with the same parent (the five projects of one program), itself included. */
    /** "5개 프로젝트 중 네 번째": after talk of a program made of parts, its parts; after one part, all of them. */
    private static List<String> family(ProgramDocument doc, KnowledgeBase kb) {
        String ownText = Texts.compact(String.join(" ", doc.sections().stream().map(Section::text).toList()));
        List<String> children = kb.documents().stream().filter(d -> doc.id().equals(d.parent()))
                .sorted(Comparator.comparingInt(d -> firstNamed(ownText, d))).map(ProgramDocument::id).toList();
        return children.isEmpty() ? siblings(doc, kb) : children;
    }

    private static List<String> siblings(ProgramDocument doc, KnowledgeBase kb) {
        String parentText = doc.parent() == null ? "" : kb.find(doc.parent())
                .map(p -> Texts.compact(String.join(" ", p.sections().stream().map(Section::text).toList())))
                .orElse("");
        // in the order the parent names them ("첫째, ESG 환경마켓 …"), so "두 번째" means what the parent says
        return kb.documents().stream()
                .filter(d -> d.kind() == doc.kind() && java.util.Objects.equals(d.parent(), doc.parent()))
                .sorted(Comparator.comparingInt(d -> firstNamed(parentText, d)))
                .map(ProgramDocument::id).toList();
    }

    private static int firstNamed(String text, ProgramDocument doc) {
        return doc.names().stream().map(Texts::compact).mapToInt(text::indexOf).filter(i -> i >= 0).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** "X 말고", "X는 빼고": the excluding word follows the name, perhaps after a particle. */
    private static boolean followedByExcept(String compact, List<Mention> named, Lexicon.Conversation cues) {
        for (Mention m : named) {
            for (String word : cues.except()) {
                int at = compact.indexOf(word, m.end());
                if (at >= 0 && at - m.end() <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest reference word the message contains ("그 회사" before "그"), with its kind. */
    private static Optional<Lexicon.Reference> reference(String compact, Lexicon.Conversation cues) {
        Lexicon.Reference best = null;
        int bestLength = 0;
        for (Lexicon.Reference r : cues.references()) {
            for (String word : r.words()) {
                if (word.length() > bestLength && compact.contains(word)) {
                    best = new Lexicon.Reference(r.kind(), List.of(word));
                    bestLength = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most recent topic of the kind referred to; with "아까", the most recent before the current one. */
    private static Optional<ConversationState.Topic> target(ConversationState state, String kind, boolean earlier,
                                                            KnowledgeBase kb) {
        List<ConversationState.Topic> fitting = state.topics().stream().filter(t -> fits(t, kind, kb)).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        if (earlier) {
            String current = state.focus();
            return fitting.stream().filter(t -> !t.docId().equals(current)).findFirst()
                    .or(() -> Optional.of(fitting.get(0)));
        }
        return Optional.of(fitting.get(0));
    }

    /** "처음 물어본 그 사업": the earliest topic of the conversation that fits, whatever came after it. */
    private static Optional<ConversationState.Topic> firstTopic(ConversationState state, String kind, KnowledgeBase kb) {
        List<ConversationState.Topic> fitting = state.topics().stream().filter(t -> fits(t, kind, kb)).toList();
        return fitting.isEmpty() ? Optional.empty() : Optional.of(fitting.get(fitting.size() - 1));
    }

    private static boolean fits(ConversationState.Topic topic, String kind, KnowledgeBase kb) {
        Optional<ProgramDocument> doc = kb.find(topic.docId());
        if (doc.isEmpty()) {
            return false;
        }
        return switch (kind) {
            case "person" -> topic.person() != null;
            case "organisation" -> topic.person() == null && doc.get().kind() == EntityKind.ORGANISATION;
            case "program" -> topic.person() == null && doc.get().kind() == EntityKind.PROGRAM;
            default -> topic.person() == null;
        };
    }

    private static String name(ConversationState.Topic topic, KnowledgeBase kb) {
        if (topic.person() != null) {
            return topic.person();
        }
        return kb.find(topic.docId()).map(ProgramDocument::shortName).orElse("");
    }

    /** Topics a reply discussed: what the question named, then the reply's subject and the people it names. */
    static List<ConversationState.Topic> topicsOf(List<Mention> question, String subject, List<Mention> reply) {
        List<ConversationState.Topic> out = new ArrayList<>();
        question.stream().sorted(Comparator.comparingInt(Mention::start))
                .forEach(m -> out.add(new ConversationState.Topic(m.docId(), m.person())));
        reply.stream().filter(Mention::isPerson).forEach(m -> out.add(new ConversationState.Topic(m.docId(), m.person())));
        if (subject != null) {
            out.add(new ConversationState.Topic(subject, null));
        }
        return out;
    }
}

package kr.donggu.chatbot.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.HandoffTurns;
import kr.donggu.chatbot.chat.Source;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * Skill responses ({@code version: "2.0"}) within Kakao's limits: the answer in up to three {@code simpleText}s of
 * 1,000 characters whose last one always keeps the year label and the 출처 lines (the middle is shortened when it
 * must be); a {@code listCard} of the programs for "어떤 사업이 있나요?" and wherever the bot could not answer; a
 * {@code textCard} on the cited program with follow-up buttons and, when the document has a {@code url}, a link.
 */
final class KakaoResponses {

    static final int TEXT_LIMIT = 1000;
    static final int MAX_OUTPUTS = 3;
    static final int MAX_QUICK_REPLIES = 10;
    static final int LABEL_LIMIT = 14;
    private static final int MAX_BUTTONS = 3;
    private static final int TITLE_LIMIT = 50;
    private static final int CARD_LIMIT = 400;

    private KakaoResponses() {
    }

    /** A fixed sentence, with quick replies. */
    static Map<String, Object> text(String text, List<String> quickReplies) {
        List<Object> outputs = new ArrayList<>();
        LongText.fit(text, TEXT_LIMIT, MAX_OUTPUTS).forEach(t -> outputs.add(Map.of("simpleText", Map.of("text", t))));
        return response(outputs, quickReplies, Map.of());
    }

    static Map<String, Object> reply(ChatReply reply, KnowledgeBase kb, boolean listing) {
        List<Object> outputs = new ArrayList<>();
        LongText.fit(reply.answer(), TEXT_LIMIT, MAX_OUTPUTS)
                .forEach(t -> outputs.add(Map.of("simpleText", Map.of("text", t))));
        List<String> quick = ChannelTexts.quickReplies(reply);
        boolean handoff = HandoffTurns.FLOW.equals(reply.reason());
        if (outputs.size() < MAX_OUTPUTS && !handoff && (listing || ChannelTexts.isMiss(reply))) {
            programList(kb).ifPresent(outputs::add);
        }
        if (outputs.size() < MAX_OUTPUTS && reply.answered()) {
            sourceCard(reply, kb, quick).ifPresent(outputs::add);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", reply.mode());
        data.put("messageId", reply.messageId());
        return response(outputs, quick, data);
    }

    private static Map<String, Object> response(List<Object> outputs, List<String> quickReplies,
                                                 Map<String, Object> data) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("outputs", outputs);
        template.put("quickReplies", quickReplies.stream().limit(MAX_QUICK_REPLIES)
                .map(q -> Map.of("label", Texts.shortenAtWord(q, LABEL_LIMIT), "action", "message",
                        "messageText", q)).toList());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("version", "2.0");
        response.put("template", template);
        if (!data.isEmpty()) {
            response.put("data", data);
        }
        return response;
    }

    private static Optional<Object> programList(KnowledgeBase kb) {
        List<Map<String, Object>> items = Programs.list(kb).stream().map(KakaoResponses::listItem).toList();
        return items.isEmpty() ? Optional.empty() : Optional.of(Map.of("listCard", Map.of(
                "header", Map.of("title", ChannelTexts.PROGRAMS), "items", items)));
    }

    private static Map<String, Object> listItem(ProgramDocument d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", Texts.shortenAtWord(d.title(), 35));
        if (d.summary() != null && !d.summary().isBlank()) {
            item.put("description", Texts.shortenAtWord(d.summary(), 40));
        }
        item.put("action", "message");
        item.put("messageText", Programs.question(d));
        return item;
    }

    private static Optional<Object> sourceCard(ChatReply reply, KnowledgeBase kb, List<String> quick) {
        if (reply.sources().isEmpty()) {
            return Optional.empty();
        }
        Source cited = reply.sources().get(0);
        List<Map<String, Object>> buttons = new ArrayList<>();
        reply.sources().stream().map(Source::url).filter(Objects::nonNull).findFirst().ifPresent(url ->
                buttons.add(Map.of("label", ChannelTexts.MORE, "action", "webLink", "webLinkUrl", url)));
        quick.stream().limit(MAX_BUTTONS - buttons.size()).forEach(q -> buttons.add(Map.of(
                "label", Texts.shortenAtWord(q, LABEL_LIMIT), "action", "message", "messageText", q)));
        if (buttons.isEmpty()) {
            return Optional.empty();
        }
        String title = Texts.shortenAtWord(cited.title(), TITLE_LIMIT);
        String summary = kb.find(cited.id()).map(ProgramDocument::summary).filter(s -> !s.isBlank())
                .orElse(cited.title());
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("description", Texts.shortenAtWord(summary, CARD_LIMIT - title.length()));
        card.put("buttons", buttons);
        card.put("buttonLayout", "vertical");
        return Optional.of(Map.of("textCard", card));
    }
}

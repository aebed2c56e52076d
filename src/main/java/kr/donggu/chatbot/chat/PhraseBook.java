package kr.donggu.chatbot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * The phrases staff maintain in {@code knowledge/dictionary/phrases.txt} ("kind: phrase, phrase"): what starts a
 * hand-off, what counts as yes, no or cancel inside it, and what asks for the list of programs. Lines that cannot be
 * read are skipped and reported; the built-in button labels always work, even without the file.
 */
public final class PhraseBook {

    public static final String FILE = "dictionary/phrases.txt";
    static final int MAX_PHRASE = 30;

    public enum Kind { HANDOFF, AGREE, DECLINE, CANCEL, LISTING }

    private final Map<Kind, List<String>> phrases;
    private final List<String> problems;

    private PhraseBook(Map<Kind, List<String>> phrases, List<String> problems) {
        this.phrases = phrases;
        this.problems = List.copyOf(problems);
    }

    /** The phrases under {@code knowledgeDir}, with the labels of the hand-off buttons; no file means labels only. */
    public static PhraseBook load(Path knowledgeDir) {
        Path file = knowledgeDir.resolve(FILE);
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            return parse(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + file, e);
        }
    }

    static PhraseBook parse(String text) {
        Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            phrases.put(kind, new ArrayList<>(HandoffTexts.builtIn(kind).stream().map(PhraseBook::normal).toList()));
        }
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (!line.isEmpty()) {
                read(line, phrases, problems, i + 1);
            }
        }
        return new PhraseBook(phrases, problems);
    }

    private static void read(String line, Map<Kind, List<String>> phrases, List<String> problems, int number) {
        int colon = line.indexOf(':');
        Kind kind = colon < 0 ? null : kind(line.substring(0, colon).strip());
        if (kind == null) {
            problems.add("line " + number + ": expected 'kind: phrase, phrase' with a kind of "
                    + Arrays.toString(Kind.values()).toLowerCase(Locale.ROOT));
            return;
        }
        for (String phrase : line.substring(colon + 1).split(",")) {
            String p = normal(phrase);
            if (p.isEmpty() || p.length() > MAX_PHRASE || p.chars().noneMatch(Character::isLetter)) {
                problems.add("line " + number + ": phrase '" + phrase.strip() + "' must have letters and at most "
                        + MAX_PHRASE + " characters");
            } else if (!phrases.get(kind).contains(p)) {
                phrases.get(kind).add(p);
            }
        }
    }

    private static Kind kind(String name) {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    public List<String> problems() {
        return problems;
    }

    /**
     * Whether the message says this: a one-letter phrase (네) only as the whole message, a two-letter phrase (취소)
     * at its start, a longer phrase anywhere in it.
     */
    public boolean says(Kind kind, String message) {
        String m = normal(message).replaceAll("[.!?~,…ㅎㅋ]+$", "");
        for (String p : phrases.get(kind)) {
            boolean said = p.length() == 1 ? m.equals(p) : p.length() == 2 ? m.startsWith(p) : m.contains(p);
            if (said) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String text) {
        return Texts.compact(text.strip());
    }
}

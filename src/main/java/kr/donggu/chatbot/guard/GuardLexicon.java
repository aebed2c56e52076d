package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guard's Korean, read from {@code knowledge/dictionary/guard-cues.txt}, {@code guard-names.txt} and
 * {@code guard-words.txt}, plus the documents' titles as names. A bad line is reported in {@link #problems()} and
 * skipped; a missing file leaves its lists empty (and is a problem too), so an edit never takes the guard down.
 */
public final class GuardLexicon {

    final Cues cues;
    final Names names;
    final Words words;
    private final List<String> problems;

    private GuardLexicon(Cues cues, Names names, Words words, List<String> problems) {
        this.cues = cues;
        this.names = names;
        this.words = words;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param files      dictionary files by name (only the guard's are read)
     * @param titlesById each document's title by its id
     */
    public static GuardLexicon parse(Map<String, String> files, Map<String, String> titlesById) {
        List<String> problems = new ArrayList<>();
        Cues cues = Cues.parse(file(files, Cues.FILE, problems), problems);
        Names names = Names.parse(file(files, Names.FILE, problems), titlesById, problems);
        Words words = Words.parse(file(files, Words.FILE, problems), problems);
        return new GuardLexicon(cues, names, words, problems);
    }

    private static String file(Map<String, String> files, String name, List<String> problems) {
        String text = files.get(name);
        if (text == null) {
            problems.add(name + ": missing from the dictionary folder; the guard checks less without it");
            return "";
        }
        return text;
    }

    /** Lines that could not be read, each with its file and line number. Empty when the files are sound. */
    public List<String> problems() {
        return problems;
    }
}

package kr.donggu.chatbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One Markdown file of {@code knowledge/programs/}, parsed and validated. {@code kind}, {@code aliases} and
 * {@code people} say what the document is about and how people call it, so a conversation can refer to it.
 */
public record ProgramDocument(
        String id,
        String title,
        String category,
        String parent,
        List<Audience> audience,
        String summary,
        List<String> keywords,
        Integer year,
        Period period,
        String url,
        List<SourceRef> sources,
        LocalDate reviewed,
        List<Criterion> eligibility,
        List<Section> sections,
        String fileName,
        EntityKind kind,
        List<String> aliases,
        List<Person> people) {

    /** A program document without aliases or people: synthetic corpora and tests. */
    public ProgramDocument(String id, String title, String category, String parent, List<Audience> audience,
                           String summary, List<String> keywords, Integer year, Period period, String url,
                           List<SourceRef> sources, LocalDate reviewed, List<Criterion> eligibility,
                           List<Section> sections, String fileName) {
        this(id, title, category, parent, audience, summary, keywords, year, period, url, sources, reviewed,
                eligibility, sections, fileName, EntityKind.PROGRAM, List.of(), List.of());
    }

    /** What people call it for short: the first alias, or the title when there is none. */
    public String shortName() {
        return aliases.isEmpty() ? title : aliases.get(0);
    }

    /** The title and every alias: the names by which a question can call this document's subject. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(aliases.size() + 1);
        names.add(title);
        names.addAll(aliases);
        return names;
    }

    public Optional<Section> section(String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).findFirst();
    }

    /** The dates the document describes, from {@code period} or else {@code year}; empty for timeless guides. */
    public Optional<Period> coveredPeriod() {
        if (period != null) {
            return Optional.of(period);
        }
        return year == null ? Optional.empty() : Optional.of(Period.ofYear(year));
    }

    /**
     * Why staff should look at this document on {@code today}: {@code period_over} when the dates it describes have
     * passed, {@code review_overdue} when nobody has confirmed it for {@code reviewMaxAgeDays}. Empty when current.
     */
    public List<String> attention(LocalDate today, int reviewMaxAgeDays) {
        List<String> flags = new java.util.ArrayList<>(2);
        if (coveredPeriod().map(p -> p.isOver(today)).orElse(false)) {
            flags.add("period_over");
        }
        if (reviewed == null || reviewed.plusDays(reviewMaxAgeDays).isBefore(today)) {
            flags.add("review_overdue");
        }
        return flags;
    }

    public String sourceLine() {
        return sources.stream()
                .map(s -> s.date() == null ? s.name() : s.name() + " (" + s.date() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}

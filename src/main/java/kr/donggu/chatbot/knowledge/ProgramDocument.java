package kr.donggu.chatbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One Markdown file of {@code knowledge/programs/}, parsed and validated. */
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
        String fileName) {

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

    public String sourceLine() {
        return sources.stream()
                .map(s -> s.date() == null ? s.name() : s.name() + " (" + s.date() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}

package kr.donggu.chatbot.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;

/** Turns the text of one document into a {@link ProgramDocument}, or into the problems that keep it out. */
final class DocumentParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String file;
    private final Lexicon.Sections standardSections;
    private final List<Problem> problems = new ArrayList<>();
    private List<String> headerLines = List.of();
    private String[] allLines = new String[0];

    DocumentParser(String file, Lexicon.Sections standardSections) {
        this.file = file;
        this.standardSections = standardSections;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Empty when the document has an error; {@link #problems()} then says why. */
    Optional<ProgramDocument> parse(String rawText) {
        String text = Normalizer.normalize(rawText.replace("\r\n", "\n").replace("\uFEFF", ""), Normalizer.Form.NFC);
        String[] lines = text.split("\n", -1);
        allLines = lines;
        int close = closingDelimiter(lines);
        if (close < 0) {
            return Optional.empty();
        }
        headerLines = List.of(lines).subList(1, close);
        JsonNode header = readHeader(String.join("\n", headerLines));
        if (header == null) {
            return Optional.empty();
        }
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        List<Section> sections = standardHeadings(MarkdownSections.split(body));
        ProgramDocument doc = toDocument(header, sections, close + 2);
        boolean hasError = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return hasError ? Optional.empty() : Optional.of(doc);
    }

    private int closingDelimiter(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            error(1, "문서 첫 줄은 머리말 시작 '---'이어야 합니다.", "the first line must be the front-matter opener '---'");
            return -1;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        error(1, "머리말을 닫는 '---' 줄이 없습니다.", "the front matter has no closing '---' line");
        return -1;
    }

    private JsonNode readHeader(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || !node.isObject()) {
                error(2, "머리말이 '이름: 값' 형식이 아닙니다.", "the front matter is not a key: value mapping");
                return null;
            }
            return node;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            error(line, "머리말 YAML 문법 오류입니다: " + e.getOriginalMessage(), "front matter YAML error: " + e.getOriginalMessage());
            return null;
        }
    }

    private ProgramDocument toDocument(JsonNode h, List<Section> sections, int bodyLine) {
        String id = requiredText(h, "id", "id");
        if (id != null && !ID.matcher(id).matches()) {
            error(lineOf("id"), "id는 영문 소문자, 숫자, '-'만 쓸 수 있습니다: " + id,
                    "id must use lowercase letters, digits and '-': " + id);
        }
        String title = requiredText(h, "title", "제목(title)");
        List<Audience> audience = audience(h);
        if (sections.isEmpty()) {
            error(bodyLine, "본문에 '## 제목'으로 시작하는 절이 하나도 없습니다.", "the body has no '## heading' section");
        }
        return new ProgramDocument(id, title, text(h, "category", "기타"), text(h, "parent", null), audience,
                summary(h, sections), strings(h, "keywords"), year(h), period(h), text(h, "url", null),
                sources(h), date(h.get("reviewed"), "reviewed"), criteria(h), sections, file, kind(h),
                strings(h, "aliases"), people(h));
    }

    private EntityKind kind(JsonNode h) {
        String raw = text(h, "kind", "program");
        return EntityKind.parse(raw).orElseGet(() -> {
            warning(lineOf("kind"), "kind는 program, organisation, guide 중 하나여야 합니다: " + raw + " (program으로 봅니다)",
                    "kind must be program, organisation or guide: " + raw + " (taken as program)");
            return EntityKind.PROGRAM;
        });
    }

    private List<Person> people(JsonNode h) {
        List<Person> out = new ArrayList<>();
        for (JsonNode p : h.path("people")) {
            String name = text(p, "name", null);
            if (name == null) {
                warning(lineOf("people"), "people의 각 사람에게 name이 필요합니다.", "each of 'people' needs a name");
                continue;
            }
            out.add(new Person(name, text(p, "role", "")));
        }
        return List.copyOf(out);
    }

    /**
     * Headings written another way than the standard one (신청ㆍ문의, 신청/문의) are read as the standard heading and
     * reported; unknown headings are kept and reported, since they match no kind of question.
     */
    private List<Section> standardHeadings(List<Section> sections) {
        if (standardSections.headings().isEmpty()) {
            return sections;
        }
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Optional<String> standard = standardSections.standardFor(s.heading());
            if (standard.isEmpty()) {
                warning(lineOfHeading(s.heading()), "표준 절 제목이 아닙니다: '" + s.heading()
                        + "'. 질문 종류와 연결되지 않으니 표준 제목(dictionary/sections.yaml)을 써 주세요.",
                        "not a standard section heading: '" + s.heading() + "'");
                out.add(s);
            } else if (!standard.get().equals(s.heading())) {
                warning(lineOfHeading(s.heading()), "절 제목 " + Particles.attach("'" + s.heading() + "'", Particles.OBJECT)
                        + " 표준 제목 " + Particles.attach("'" + standard.get() + "'", Particles.TOWARD)
                        + " 읽었습니다. 표준 제목으로 고쳐 주세요.",
                        "heading '" + s.heading() + "' read as the standard '" + standard.get() + "'");
                out.add(new Section(standard.get(), s.text()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private int lineOfHeading(String heading) {
        for (int i = 0; i < allLines.length; i++) {
            if (allLines[i].strip().equals("## " + heading)) {
                return i + 1;
            }
        }
        return 1;
    }

    private String requiredText(JsonNode h, String key, String nameKo) {
        String v = text(h, key, null);
        if (v == null) {
            error(lineOf(key), nameKo + " 항목이 없습니다.", "missing required field '" + key + "'");
        }
        return v;
    }

    private List<Audience> audience(JsonNode h) {
        List<String> raw = strings(h, "audience");
        if (raw.isEmpty()) {
            error(lineOf("audience"), "audience(대상: resident, enterprise) 항목이 없습니다.", "missing 'audience'");
        }
        List<Audience> result = new ArrayList<>();
        for (String a : raw) {
            Audience.parse(a).ifPresentOrElse(result::add, () -> error(lineOf("audience"),
                    "알 수 없는 audience 값입니다(resident 또는 enterprise): " + a, "unknown audience: " + a));
        }
        return List.copyOf(result);
    }

    private String summary(JsonNode h, List<Section> sections) {
        String s = text(h, "summary", null);
        if (s != null || sections.isEmpty()) {
            return s == null ? "" : s;
        }
        String first = sections.get(0).text();
        int end = first.indexOf(". ");
        return end < 0 ? first : first.substring(0, end + 1);
    }

    private Integer year(JsonNode h) {
        JsonNode y = h.get("year");
        if (y == null || y.isNull() || y.asText().isBlank()) {
            return null;
        }
        if (!y.asText().matches("\\d{4}")) {
            error(lineOf("year"), "year는 네 자리 연도여야 합니다: " + y.asText(), "year must be a 4-digit year");
            return null;
        }
        return Integer.parseInt(y.asText());
    }

    private Period period(JsonNode h) {
        JsonNode p = h.get("period");
        if (p == null || p.isNull() || !p.isObject()) {
            return null;
        }
        LocalDate start = date(p.get("start"), "period");
        LocalDate end = date(p.get("end"), "period");
        if (start == null || end == null || end.isBefore(start)) {
            error(lineOf("period"), "period에는 start와 end(YYYY-MM-DD)가 순서대로 있어야 합니다.",
                    "period needs start <= end as YYYY-MM-DD");
            return null;
        }
        return new Period(start, end);
    }

    private List<SourceRef> sources(JsonNode h) {
        List<SourceRef> result = new ArrayList<>();
        JsonNode s = h.get("source");
        if (s != null && s.isArray()) {
            for (JsonNode item : s) {
                result.add(item.isObject()
                        ? new SourceRef(item.path("name").asText(""), date(item.get("date"), "source"))
                        : new SourceRef(item.asText(), null));
            }
        } else if (s != null && s.isTextual()) {
            result.add(new SourceRef(s.asText(), null));
        }
        if (result.isEmpty()) {
            warning(lineOf("source"), "출처(source)가 없습니다.", "no 'source' given");
        }
        return List.copyOf(result);
    }

    private List<Criterion> criteria(JsonNode h) {
        JsonNode list = h.get("eligibility");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            error(lineOf("eligibility"), "eligibility는 목록이어야 합니다.", "eligibility must be a list");
            return List.of();
        }
        List<Criterion> result = new ArrayList<>();
        for (JsonNode c : list) {
            criterion(c).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    private Optional<Criterion> criterion(JsonNode c) {
        int line = lineOf("eligibility");
        String key = text(c, "criterion", null);
        Criterion.Status status = switch (text(c, "status", "")) {
            case "stated" -> Criterion.Status.STATED;
            case "to_confirm" -> Criterion.Status.TO_CONFIRM;
            default -> null;
        };
        if (key == null || status == null) {
            error(line, "자격 기준마다 criterion과 status(stated 또는 to_confirm)가 필요합니다.",
                    "each eligibility item needs 'criterion' and 'status' (stated or to_confirm)");
            return Optional.empty();
        }
        JsonNode expected = c.get("expected");
        String quote = quote(c, key, status, line);
        Criterion criterion = new Criterion(key, text(c, "label", key), strings(c, "allowed"),
                quote == null ? Criterion.Status.TO_CONFIRM : status, text(c, "section", null),
                text(c, "question", null), expected == null || expected.isNull() ? null : expected.asBoolean(),
                text(c, "note", null), quote);
        if (criterion.isYesNo() && (criterion.question() == null || criterion.expected() == null)) {
            error(line, "예/아니오 기준 '" + key + "'에는 question과 expected가 필요합니다.",
                    "yes/no criterion '" + key + "' needs 'question' and 'expected'");
            return Optional.empty();
        }
        return Optional.of(criterion);
    }

    /**
     * The criterion's quote from its source. A stated rule without one, or with one too long to be a quote, is
     * reported and read as to_confirm (null here), so no verdict rests on a rule nobody can point to.
     */
    private String quote(JsonNode c, String key, Criterion.Status status, int line) {
        String quote = text(c, "quote", null);
        if (quote != null && quote.length() > Criterion.QUOTE_MAX) {
            warning(line, "자격 기준 '" + key + "': 근거 문장(quote)이 " + Criterion.QUOTE_MAX + "자를 넘습니다(" + quote.length()
                    + "자). 근거가 되는 부분만 그대로 옮겨 주세요.", "quote of '" + key + "' is longer than "
                    + Criterion.QUOTE_MAX + " characters");
            quote = null;
        }
        if (status == Criterion.Status.STATED && quote == null) {
            warning(line, "자격 기준 '" + key + "': stated로 적혀 있지만 근거 문장(quote)이 없어 to_confirm으로 처리합니다.",
                    "criterion '" + key + "' is stated without a quote; read as to_confirm");
            return null;
        }
        return quote;
    }

    private LocalDate date(JsonNode node, String key) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText().trim());
        } catch (DateTimeParseException e) {
            error(lineOf(key), key + " 날짜 형식이 YYYY-MM-DD가 아닙니다: " + node.asText(),
                    key + " is not a YYYY-MM-DD date: " + node.asText());
            return null;
        }
    }

    private static String text(JsonNode h, String key, String fallback) {
        JsonNode v = h.get(key);
        if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
            return fallback;
        }
        return v.asText().strip();
    }

    private static List<String> strings(JsonNode h, String key) {
        JsonNode v = h.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return v.asText().isBlank() ? List.of() : List.of(v.asText().strip());
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> {
            if (!x.asText().isBlank()) {
                out.add(x.asText().strip());
            }
        });
        return List.copyOf(out);
    }

    /** The file line of a top-level header key, so a report points where the officer must look. */
    private int lineOf(String key) {
        for (int i = 0; i < headerLines.size(); i++) {
            if (headerLines.get(i).startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 1;
    }

    private void error(int line, String ko, String en) {
        problems.add(new Problem(file, line, Severity.ERROR, ko, en));
    }

    private void warning(int line, String ko, String en) {
        problems.add(new Problem(file, line, Severity.WARNING, ko, en));
    }
}

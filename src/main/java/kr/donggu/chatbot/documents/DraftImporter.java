package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kr.donggu.chatbot.knowledge.DocumentForm;
import kr.donggu.chatbot.knowledge.Lexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded file into a draft document: its kind told by its content, its text extracted, split into candidate
 * sections, the file named as the source. Nothing is saved. Every failure is a client error with a Korean message:
 * 413 above the size limits, 415 for a kind not supported, 422 for a file that cannot be read; never a 500.
 */
final class DraftImporter {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_CHARS = 100_000;
    private static final int NAME_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(DraftImporter.class);

    private final TextExtraction extraction;
    private final DraftSplitter splitter;

    DraftImporter(ImportHeadings headings, Supplier<Lexicon.Sections> standard, Path workDir) {
        this.extraction = new TextExtraction(workDir);
        this.splitter = new DraftSplitter(headings, standard);
    }

    ObjectNode draft(String fileName, byte[] bytes) {
        String name = safeName(fileName);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw DocumentException.of(422, "unreadable_file", "빈 파일입니다. 내용이 있는 파일을 올려 주세요.");
        }
        FileKind.Detected detected = FileKind.detect(bytes, name);
        String text = detected.text() != null ? detected.text() : extract(detected.kind(), bytes);
        if (text.isBlank()) {
            throw DocumentException.of(422, "unreadable_file", detected.kind().label + " 파일에서 글자를 찾지 못했습니다. "
                    + "스캔한 그림으로 된 문서일 수 있습니다. 글자가 든 파일(한글, Word, 텍스트)을 올려 주세요.");
        }
        if (text.length() > MAX_CHARS) {
            throw DocumentException.of(422, "unreadable_file", "글자가 너무 많습니다(" + text.length() + "자). 사업 하나에 "
                    + "해당하는 부분만 " + MAX_CHARS + "자 이내로 올려 주세요.");
        }
        List<String> notes = notes(name, detected.kind());
        ObjectNode form = draftOf(text, name, notes);
        ObjectNode info = form.putObject("import").put("file", name)
                .put("format", detected.kind().name().toLowerCase(java.util.Locale.ROOT)).put("characters", text.length());
        notes.forEach(info.putArray("notes")::add);
        return form;
    }

    static DocumentException tooLarge() {
        return DocumentException.of(413, "file_too_large", "파일이 너무 큽니다. " + MAX_BYTES / 1024 / 1024
                + "MB 이하의 파일을 올려 주세요.");
    }

    static DocumentException unreadable(String kind) {
        return DocumentException.of(422, "unreadable_file", kind + " 파일을 읽을 수 없습니다. 파일이 손상되었거나 암호가 "
                + "걸렸을 수 있습니다. 한글이나 Word에서 열어 다시 저장한 뒤 올려 주세요.");
    }

    /** A text file already in the document format opens as it is; anything else is split into sections. */
    private ObjectNode draftOf(String text, String name, List<String> notes) {
        if (text.stripLeading().startsWith("---")) {
            return DocumentForm.read(text);
        }
        DraftSplitter.Split split = splitter.split(text);
        notes.addAll(split.notes());
        return DraftSplitter.form(split, name);
    }

    private String extract(FileKind kind, byte[] bytes) {
        try {
            return extraction.extract(kind, bytes);
        } catch (DocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            log.info("Import of a {} file failed: {}", kind, e.toString());
            throw unreadable(kind.label);
        }
    }

    private static List<String> notes(String name, FileKind kind) {
        List<String> notes = new ArrayList<>();
        FileKind.claimedBy(name).filter(claimed -> claimed != kind).ifPresent(claimed -> notes.add("파일 이름은 "
                + claimed.label + " 파일이지만 내용은 " + kind.label + " 파일이라서 " + kind.label + "로 읽었습니다."));
        return notes;
    }

    /** The file's own name, without a path or control characters, shortened; it becomes the draft's source. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "올린 파일" : name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }
}

package kr.donggu.chatbot.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The text of a file, one paragraph per line: HWP with hwplib, HWPX with hwpxlib, PDF with PDFBox, DOCX with POI.
 * Table cells come out as "label | value" so that a 보도자료's table of 일시, 장소 and 대상 reads like labelled lines;
 * a DOCX heading comes out as a {@code ##} line. Zip-based files are inflated once, counting, before any library
 * reads them, so that a small file cannot unpack into gigabytes.
 */
final class TextExtraction {

    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    static final int MAX_PDF_PAGES = 100;
    private static final String CELL = " | ";

    private final Path workDir;

    TextExtraction(Path workDir) {
        this.workDir = workDir;
    }

    /** @throws Exception anything the libraries throw; the importer turns it into 422 unreadable_file */
    String extract(FileKind kind, byte[] bytes) throws Exception {
        return switch (kind) {
            case HWP -> hwp(bytes);
            case HWPX -> hwpx(bytes);
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            case TEXT -> throw new IllegalArgumentException("text is decoded while its kind is detected");
        };
    }

    private static String hwp(byte[] bytes) throws Exception {
        HWPFile hwp = HWPReader.fromInputStream(new ByteArrayInputStream(bytes));
        return kr.dogfoot.hwplib.tool.textextractor.TextExtractor.extract(hwp,
                kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText);
    }

    /** hwpxlib reads only from a file: the upload goes to a temporary one in the work folder, removed after. */
    private String hwpx(byte[] bytes) throws Exception {
        requireSmallInflated(bytes);
        Files.createDirectories(workDir);
        Path file = Files.createTempFile(workDir, "import-", ".hwpx");
        try {
            Files.write(file, bytes);
            HWPXFile hwpx = HWPXReader.fromFile(file.toFile());
            TextMarks marks = new TextMarks().paraSeparatorAnd("\n").lineBreakAnd("\n").tabAnd(" ")
                    .tableStartAnd("\n").tableEndAnd("\n").tableRowSeparatorAnd("\n").tableCellSeparatorAnd(CELL)
                    .fieldStartAnd("").fieldEndAnd("");
            return kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor.extract(hwpx,
                    kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText,
                    true, marks);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw DocumentException.of(422, "unreadable_file",
                    "암호가 걸린 PDF라 읽을 수 없습니다. 암호를 푼 파일을 올려 주세요.");
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        requireSmallInflated(bytes);
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(isHeading(doc, p) ? "## " : "").append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(r -> out.append(String.join(CELL, r.getTableCells().stream()
                            .map(c -> c.getText().strip()).toList())).append('\n'));
                }
            }
        }
        return out.toString();
    }

    /** Word's own heading styles ("Heading 1", in Korean Word "제목 1"). */
    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        XWPFStyle style = p.getStyleID() == null || doc.getStyles() == null ? null
                : doc.getStyles().getStyle(p.getStyleID());
        String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
        return name.startsWith("heading") || name.startsWith("제목 ");
    }

    private static void requireSmallInflated(byte[] bytes) throws IOException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                total += skipAll(zip, MAX_INFLATED_BYTES - total + 1);
                if (total > MAX_INFLATED_BYTES) {
                    throw DocumentException.of(413, "file_too_large", "압축을 풀면 " + MAX_INFLATED_BYTES / 1024 / 1024
                            + "MB가 넘는 파일이라 읽지 않았습니다. 문서만 담은 파일로 다시 저장해 올려 주세요.");
                }
            }
        }
    }

    private static long skipAll(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long n = 0;
        for (int r; n < limit && (r = in.read(buffer, 0, (int) Math.min(buffer.length, limit - n))) > 0; ) {
            n += r;
        }
        return n;
    }
}

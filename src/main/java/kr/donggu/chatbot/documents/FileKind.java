package kr.donggu.chatbot.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of file a draft can be imported from, told by their content, not their name: a file called .pdf that is
 * really a HWPX is read as HWPX, and a picture called .hwp is refused. Text is accepted only under a text name
 * (.txt, .md or none), in UTF-8 or the older Korean Windows encoding (CP949).
 */
enum FileKind {
    HWP("HWP", "hwp"), HWPX("HWPX", "hwpx"), PDF("PDF", "pdf"), DOCX("DOCX", "docx"), TEXT("텍스트", "txt", "md");

    static final String SUPPORTED = "HWP, HWPX, PDF, DOCX, 텍스트(.txt)";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int ZIP_ENTRIES_LOOKED_AT = 200;

    final String label;
    private final List<String> extensions;

    FileKind(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** What {@code bytes} are, with the text decoded when they are text. */
    record Detected(FileKind kind, String text) {
    }

    static Detected detect(byte[] bytes, String fileName) {
        String ext = extension(fileName);
        if (startsWith(bytes, OLE2)) {
            return new Detected(oleKind(bytes), null);
        }
        if (startsWith(bytes, "HWP Document File".getBytes(StandardCharsets.US_ASCII))) {
            throw unsupported("HWP 3.0 이전 형식의 한글 파일은 읽을 수 없습니다. 한글에서 HWPX나 HWP(5.0 이상)로 다시 저장해 주세요.");
        }
        if (startsWith(bytes, ZIP)) {
            return new Detected(zipKind(bytes), null);
        }
        if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return new Detected(PDF, null);
        }
        if (ext.isEmpty() || TEXT.extensions.contains(ext)) {
            return decode(bytes).map(t -> new Detected(TEXT, t)).orElseThrow(() -> unsupported(
                    "텍스트 파일로 읽을 수 없습니다. UTF-8이나 한글 Windows(CP949)로 저장한 텍스트만 읽을 수 있습니다."));
        }
        throw unsupported("지원하지 않는 파일입니다. " + SUPPORTED + " 파일을 올려 주세요.");
    }

    /** The kind the file's name claims, if it names one. */
    static Optional<FileKind> claimedBy(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(ext)).findFirst();
    }

    /** An OLE2 compound file is a HWP 5.x when it has the FileHeader stream HWP defines; an old .doc has not. */
    private static FileKind oleKind(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntryCaseInsensitive("FileHeader")) {
                return HWP;
            }
        } catch (IOException | RuntimeException e) {
            throw DraftImporter.unreadable("HWP");
        }
        throw unsupported("한글(HWP) 파일이 아닙니다. 옛 Word(.doc)나 Excel 파일일 수 있습니다. " + SUPPORTED + " 파일을 올려 주세요.");
    }

    /** A zip is a HWPX (OWPML: mimetype application/hwp+zip) or a DOCX (word/document.xml), or neither. */
    private static FileKind zipKind(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            for (int i = 0; i < ZIP_ENTRIES_LOOKED_AT && (e = zip.getNextEntry()) != null; i++) {
                if (e.getName().equals("mimetype")
                        && new String(zip.readNBytes(64), StandardCharsets.US_ASCII).startsWith("application/hwp+zip")
                        || e.getName().startsWith("Contents/section")) {
                    return HWPX;
                }
                if (e.getName().equals("word/document.xml")) {
                    return DOCX;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw DraftImporter.unreadable("압축(HWPX/DOCX)");
        }
        throw unsupported("압축 파일 안에 한글(HWPX)이나 Word(DOCX) 문서가 없습니다. " + SUPPORTED + " 파일을 올려 주세요.");
    }

    private static Optional<String> decode(byte[] bytes) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("x-windows-949"))) {
            try {
                String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.chars().noneMatch(c -> c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                        && c != '\f')) {
                    return Optional.of(text.replace("\uFEFF", ""));
                }
            } catch (CharacterCodingException e) {
                // not this encoding; try the next
            }
        }
        return Optional.empty();
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] needle, int within) {
        for (int i = 0; i + needle.length <= Math.min(bytes.length, within + needle.length); i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static DocumentException unsupported(String message) {
        return DocumentException.of(415, "unsupported_file", message);
    }
}

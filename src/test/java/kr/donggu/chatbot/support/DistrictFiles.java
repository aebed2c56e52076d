package kr.donggu.chatbot.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files as the district sends them, made here with the same libraries the importer reads them with: a 보도자료 for a
 * (made-up) youth start-up briefing and its call for participants, with 제목, 일시, 장소, 대상 and 문의 lines, as
 * HWPX, HWP, PDF (NanumGothic embedded, from Debian's fonts-nanum), DOCX and text. Nothing here is a real event.
 */
public final class DistrictFiles {

    /** A 보도자료 announcing the briefing: where and when, for whom. */
    public static final List<String> PRESS_RELEASE = List.of(
            "보도자료",
            "제목: 동구, 2026 사회적경제 청년 창업 설명회 개최",
            "□ 일 시 : 2026. 3. 12.(목) 14:00 ~ 16:00",
            "□ 장 소 : 동구 청년센터 3층 다목적실",
            "□ 대 상 : 사회적경제 분야 창업에 관심 있는 청년",
            "□ 문 의 : 동구청 사회적경제과",
            "광주 동구는 사회적경제 분야 창업을 준비하는 청년을 위해 청년 창업 설명회를 연다고 밝혔다.",
            "설명회에서는 사회적기업 인증 절차와 선배 창업가의 경험을 소개한다.");

    /** The call for participants that followed: how to apply, which the 보도자료 did not say. */
    public static final List<String> CALL_FOR_PARTICIPANTS = List.of(
            "제목: 2026 사회적경제 청년 창업 설명회 참가자 모집",
            "일시: 2026. 3. 12.(목) 14:00 ~ 16:00",
            "장소: 동구 청년센터 3층 다목적실",
            "대상: 사회적경제 분야 창업에 관심 있는 동구 청년",
            "신청 방법: 청년 창업 설명회 참가 신청은 3월 5일까지 동구청 누리집에서 온라인으로 받는다.",
            "문의: 동구청 사회적경제과");

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    private DistrictFiles() {
    }

    public static byte[] hwpx(List<String> lines) {
        try {
            HWPXFile hwpx = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
            SectionXMLFile section = hwpx.sectionXMLFileList().get(0);
            section.paras().iterator().next().addNewRun().addNewT().addText(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                Para para = section.addNewPara();
                para.idAnd("0").paraPrIDRefAnd("0").styleIDRefAnd("0").pageBreakAnd(false).columnBreakAnd(false)
                        .merged(false);
                para.addNewRun().charPrIDRefAnd("0").addNewT().addText(line);
            }
            return HWPXWriter.toBytes(hwpx);
        } catch (Exception e) {
            throw new IllegalStateException("Could not make a HWPX file", e);
        }
    }

    public static byte[] hwp(List<String> lines) {
        try {
            HWPFile hwp = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
            Section section = hwp.getBodyText().getSectionList().get(0);
            Paragraph first = section.getParagraph(0);
            first.createText();
            first.getText().addString(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                Paragraph p = section.addNewParagraph();
                p.getHeader().setParaShapeId(first.getHeader().getParaShapeId());
                p.getHeader().setStyleId(first.getHeader().getStyleId());
                p.getHeader().setCharacterCount(line.length() + 1);
                p.createCharShape();
                p.getCharShape().addParaCharShape(0, 0);
                p.createText();
                p.getText().addString(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HWPWriter.toStream(hwp, out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Could not make a HWP file", e);
        }
    }

    /** One A4 page, each line at 11 pt; Korean needs a font with Hangul glyphs, embedded as a subset. */
    public static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Files.newInputStream(FONT), true);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 11);
                text.setLeading(18);
                text.newLineAtOffset(56, 780);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a PDF (is fonts-nanum installed?)", e);
        }
    }

    public static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            lines.forEach(line -> doc.createParagraph().createRun().setText(line));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] text(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code bytes} to {@code dir/name}, for a browser to upload. */
    public static Path save(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

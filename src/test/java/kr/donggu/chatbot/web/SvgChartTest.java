package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<SvgChart.Point> days(Double... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new SvgChart.Point("11/" + (i + 1), "11/" + (i + 1) + ": " + values[i], values[i])).toList();
    }

    @ParameterizedTest
    @CsvSource({
            // largest value, top of the axis, step
            "0, 1, 1",
            "3, 3, 1",
            "4, 4, 1",
            "12, 15, 5",
            "35, 40, 10",
            "180, 200, 50",
    })
    void the_y_axis_rises_in_round_steps(double max, double top, double step) {
        SvgChart.Axis axis = SvgChart.Axis.of(max, false);
        assertThat(axis.top()).isEqualTo(top);
        assertThat(axis.step()).isEqualTo(step);
    }

    @Test
    void columns_are_well_formed_named_and_as_tall_as_their_values() throws Exception {
        String svg = SvgChart.columns("c", "날짜별 질문 수", "질문 6건입니다.", days(2.0, 4.0, 0.0), SvgChart.BRAND);

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("c-t c-d");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("질문 6건입니다.");
        var bars = doc.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(3);
        double first = Double.parseDouble(((org.w3c.dom.Element) bars.item(0)).getAttribute("height"));
        double second = Double.parseDouble(((org.w3c.dom.Element) bars.item(1)).getAttribute("height"));
        assertThat(second).isEqualTo(2 * first);
        assertThat(bars.item(1).getTextContent()).isEqualTo("11/2: 4.0");
        assertThat(svg).doesNotContain("style=").doesNotContain(SvgChart.EMPTY);
    }

    @Test
    void a_line_breaks_where_a_day_has_no_value() throws Exception {
        Document doc = parse(SvgChart.percentLine("r", "답변률", "요약", days(50.0, null, 100.0, 75.0), SvgChart.GREEN));

        String path = ((org.w3c.dom.Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
    }

    @Test
    void labels_are_escaped_and_an_empty_chart_says_so() throws Exception {
        String svg = SvgChart.bars("b", "사업 <별별>", "요약 & 끝",
                List.of(new SvgChart.Point("A&B <script>", "A&B: 3건", 3.0)), SvgChart.BRAND);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("A&B <script>");
        assertThat(svg).doesNotContain("<script>");

        String empty = SvgChart.bars("e", "채널", SvgChart.EMPTY, List.of(), SvgChart.BRAND);
        assertThat(parse(empty).getElementsByTagName("text").item(0).getTextContent()).isEqualTo(SvgChart.EMPTY);
    }
}

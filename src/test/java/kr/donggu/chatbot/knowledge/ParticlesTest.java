package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Hangul: final consonant or not
            "협동조합 | 협동조합은 | 협동조합이 | 협동조합을 | 협동조합과 | 협동조합으로",
            "사회적기업 | 사회적기업은 | 사회적기업이 | 사회적기업을 | 사회적기업과 | 사회적기업으로",
            "별별동구 사회혁신 협력 프로젝트 | 별별동구 사회혁신 협력 프로젝트는 | 별별동구 사회혁신 협력 프로젝트가 | 별별동구 사회혁신 협력 프로젝트를 | 별별동구 사회혁신 협력 프로젝트와 | 별별동구 사회혁신 협력 프로젝트로",
            // ㄹ takes 로, not 으로
            "서울 | 서울은 | 서울이 | 서울을 | 서울과 | 서울로",
            // Latin: acronyms by letter names, words by their sound
            "DAY | DAY는 | DAY가 | DAY를 | DAY와 | DAY로",
            "ESG | ESG는 | ESG가 | ESG를 | ESG와 | ESG로",
            "LINE | LINE은 | LINE이 | LINE을 | LINE과 | LINE으로",
            "URL | URL은 | URL이 | URL을 | URL과 | URL로",
            "Slack | Slack은 | Slack이 | Slack을 | Slack과 | Slack으로",
            // digits as Sino-Korean numbers
            "4개소 | 4개소는 | 4개소가 | 4개소를 | 4개소와 | 4개소로",
            "5 | 5는 | 5가 | 5를 | 5와 | 5로",
            "7 | 7은 | 7이 | 7을 | 7과 | 7로",
            "10 | 10은 | 10이 | 10을 | 10과 | 10으로",
            // closing quotes and brackets are looked through
            "「씨앗프로젝트」 | 「씨앗프로젝트」는 | 「씨앗프로젝트」가 | 「씨앗프로젝트」를 | 「씨앗프로젝트」와 | 「씨앗프로젝트」로",
            "(주)보나드스토리 | (주)보나드스토리는 | (주)보나드스토리가 | (주)보나드스토리를 | (주)보나드스토리와 | (주)보나드스토리로",
    })
    void chooses_each_particle_by_the_final_sound(String word, String topic, String subject, String object,
                                                  String and, String toward) {
        assertThat(Particles.attach(word, Particles.TOPIC)).isEqualTo(topic);
        assertThat(Particles.attach(word, Particles.SUBJECT)).isEqualTo(subject);
        assertThat(Particles.attach(word, Particles.OBJECT)).isEqualTo(object);
        assertThat(Particles.attach(word, Particles.AND)).isEqualTo(and);
        assertThat(Particles.attach(word, Particles.TOWARD)).isEqualTo(toward);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"마을기업 | 마을기업이에요", "자활기업 | 자활기업이에요", "개인 | 개인이에요",
            "주민 | 주민이에요", "DAY | DAY예요", "네트워킹 데이 | 네트워킹 데이예요"})
    void chooses_the_polite_copula(String word, String expected) {
        assertThat(Particles.attach(word, Particles.IS)).isEqualTo(expected);
    }
}

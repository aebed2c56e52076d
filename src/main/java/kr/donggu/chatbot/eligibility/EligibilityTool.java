package kr.donggu.chatbot.eligibility;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The eligibility engine offered to a language model as a LangChain4j tool. The model only relays the verdict; the
 * verdict itself is the engine's. Bad input comes back as a Korean message, never as an exception.
 */
public final class EligibilityTool {

    private final EligibilityService service;

    public EligibilityTool(EligibilityService service) {
        this.service = service;
    }

    @Tool("사회적경제기업이 동구 사회적경제 사업에 참여할 수 있는지 문서의 자격 기준으로 판정합니다")
    public String checkEligibility(
            @P("기업 유형: 사회적기업, 예비사회적기업, 협동조합, 사회적협동조합, 마을기업, 자활기업, 일반기업, 개인 중 하나") String enterpriseType,
            @P(value = "소재지, 예: 광주 동구", required = false) String location,
            @P(value = "사업 id, 예: social-contribution-project", required = false) String programId) {
        try {
            return service.check(new EligibilityService.Request(enterpriseType, location, programId, Map.of()))
                    .results().stream().map(EligibilityTool::line).collect(Collectors.joining("\n"));
        } catch (IllegalArgumentException e) {
            return "판정할 수 없습니다: " + e.getMessage();
        } catch (NoSuchElementException e) {
            return "판정할 수 없습니다: 그런 사업이 없습니다.";
        }
    }

    private static String line(ProgramVerdict v) {
        return v.title() + ": " + v.verdict().korean() + " (" + v.reasons().stream()
                .map(ProgramVerdict.Reason::explanation).collect(Collectors.joining(" ")) + ")";
    }
}

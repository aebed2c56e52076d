package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LLM mode against a real local server speaking the OpenAI chat-completions protocol (and one speaking Ollama's). */
class LlmModeTest {

    static final Duration TIMEOUT = Duration.ofMillis(1000);

    @TempDir
    Path data;
    StandInServer model;
    TestApp app;

    @BeforeEach
    void start() {
        model = new StandInServer();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        model.close();
    }

    void startApp(Config.ChatModelKind kind) {
        Config.Llm llm = new Config.Llm(model.url() + "/v1", "test-key", "fake-model", model.url(), "qwen2.5:7b");
        app = TestApp.start(TestApp.config(data).withModel(kind, llm, TIMEOUT), TestApp.FIXED_CLOCK);
    }

    static Reply completion(String text) {
        return Reply.json("""
                {"id":"c1","object":"chat.completion","created":1700000000,"model":"fake-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}""".formatted(quote(text)));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void sends_the_retrieved_sections_and_the_masked_question_and_returns_the_model_answer() {
        model.respond(r -> completion("ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트로 추진된 5개 프로젝트 가운데 하나입니다."));
        startApp(Config.ChatModelKind.OPENAI);

        JsonNode reply = app.chat(null, "제 번호는 010-2222-3333인데요, ESG 환경마켓이 뭐예요?");

        StandInServer.Received request = model.received().get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Upgrade")).isNull();   // HTTP/1.1, no h2c
        assertThat(request.body()).contains("<자료").contains("ESG 환경마켓 운영").contains("[전화번호]")
                .doesNotContain("010-2222-3333").contains("자료에 없는 금액");
        assertThat(reply.get("mode").asText()).isEqualTo("openai");
        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(reply.get("answer").asText()).contains("5개 프로젝트 가운데 하나입니다");
        assertThat(reply.get("sources")).extracting(s -> s.get("id").asText()).contains("esg-environment-market");
    }

    @Test
    void executes_the_eligibility_tool_and_feeds_its_result_back() {
        AtomicInteger calls = new AtomicInteger();
        model.respond(r -> calls.incrementAndGet() == 1 ? Reply.json("""
                {"id":"c2","object":"chat.completion","created":1700000000,"model":"fake-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1",
                   "type":"function","function":{"name":"checkEligibility",
                   "arguments":"{\\"enterpriseType\\":\\"일반기업\\",\\"programId\\":\\"social-contribution-project\\"}"}}]},
                   "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29}}""")
                : completion("별별동구 사회공헌 프로젝트는 사회적경제기업이 참여했습니다."));
        startApp(Config.ChatModelKind.OPENAI);

        JsonNode reply = app.chat(null, "사회공헌 프로젝트 설명이랑 일반 회사 기준도 알려줘");

        assertThat(model.received()).hasSize(2);
        assertThat(model.received().get(0).body()).contains("checkEligibility");
        assertThat(model.received().get(1).body()).contains("\"role\" : \"tool\"").contains("확인 필요");
        assertThat(reply.get("answer").asText()).contains("사회적경제기업이 참여했습니다");
    }

    @Test
    void streams_the_model_sentences_as_they_come_and_holds_back_an_invented_one() {
        model.respond(r -> r.body().contains("\"stream\" : true") ? new Reply(200, "text/event-stream", List.of(
                chunk("ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트의 "), chunk("하나입니다. "),
                chunk("참가비는 1만 원입니다. "), chunk("자세한 내용은 동구청에 확인해 주세요."),
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n",
                "data: [DONE]\n\n"), Duration.ofMillis(50)) : completion("안 쓰여야 합니다."));
        startApp(Config.ChatModelKind.OPENAI);

        TestApp.Response r = app.post("/api/chat/stream", java.util.Map.of("message", "ESG 환경마켓이 뭐예요?"));

        String body = r.body();
        assertThat(body).contains("event: token\ndata: ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트의 하나입니다.");
        assertThat(body.substring(0, body.indexOf("event: done"))).doesNotContain("1만 원");
        String done = body.substring(body.indexOf("event: done"));
        assertThat(done).contains("\"mode\":\"openai\"").doesNotContain("1만 원").contains("esg-environment-market");
    }

    static String chunk(String text) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(text) + "},\"finish_reason\":null}]}\n\n";
    }

    @Test
    void a_stream_that_fails_falls_back_to_the_embedded_answer() {
        model.respond(r -> Reply.status(500));
        startApp(Config.ChatModelKind.OPENAI);

        TestApp.Response r = app.post("/api/chat/stream", java.util.Map.of("message", "네트워킹 데이는 언제 열렸어요?"));

        assertThat(r.body()).contains("event: token").contains("12월 18일");
        assertThat(r.body().substring(r.body().indexOf("event: done"))).contains("\"mode\":\"embedded\"");
    }

    @Test
    void speaks_ollama_too() {
        model.respond(r -> Reply.json("""
                {"model":"qwen2.5:7b","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant",
                 "content":"씨앗프로젝트를 통해 문화예술교육 콘텐츠가 개설되었습니다."},"done":true,"done_reason":"stop",
                 "prompt_eval_count":12,"eval_count":5}"""));
        startApp(Config.ChatModelKind.OLLAMA);

        JsonNode reply = app.chat(null, "씨앗프로젝트가 뭐예요?");

        assertThat(model.received().get(0).path()).isEqualTo("/api/chat");
        assertThat(reply.get("mode").asText()).isEqualTo("ollama");
        assertThat(reply.get("answer").asText()).contains("문화예술교육 콘텐츠가 개설되었습니다");
    }

    @Test
    void streams_from_ollama_too() {
        model.respond(r -> new Reply(200, "application/x-ndjson", List.of(
                ollamaChunk("씨앗프로젝트를 통해 문화예술교육 ", false), ollamaChunk("콘텐츠가 개설되었습니다. ", false),
                ollamaChunk("", true)), Duration.ofMillis(30)));
        startApp(Config.ChatModelKind.OLLAMA);

        TestApp.Response r = app.post("/api/chat/stream", java.util.Map.of("message", "씨앗프로젝트가 뭐예요?"));

        assertThat(r.body()).contains("event: token\ndata: 씨앗프로젝트를 통해 문화예술교육 콘텐츠가 개설되었습니다.");
        assertThat(r.body().substring(r.body().indexOf("event: done"))).contains("\"mode\":\"ollama\"");
    }

    static String ollamaChunk(String text, boolean done) {
        return "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":" + quote(text) + "},\"done\":" + done + (done ? ",\"done_reason\":\"stop\"" : "") + "}\n";
    }

    @Test
    void falls_back_to_the_embedded_answer_on_every_fault_within_the_timeout() {
        List<Function<StandInServer.Received, Reply>> faults = List.of(
                r -> Reply.status(500),
                r -> Reply.status(429),
                r -> new Reply(200, "application/json", List.of("this is not json"), Duration.ZERO),
                r -> completion(""),
                r -> new Reply(200, "application/json", List.of("{}"), Duration.ofMillis(3000)));
        startApp(Config.ChatModelKind.OPENAI);
        for (Function<StandInServer.Received, Reply> fault : faults) {
            model.respond(fault);
            long started = System.nanoTime();

            JsonNode reply = app.chat(null, "네트워킹 데이는 언제 열렸어요?");

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(reply.get("mode").asText()).isEqualTo("embedded");
            assertThat(reply.get("answer").asText()).contains("12월 18일");
            assertThat(millis).as("answered within timeout + margin").isLessThan(TIMEOUT.toMillis() + 1500);
        }
        assertThat(app.get("/metrics").body()).contains("llm_fallbacks_total");
    }

    @Test
    void stops_calling_a_failing_model_for_a_while() {
        model.respond(r -> Reply.status(500));
        startApp(Config.ChatModelKind.OPENAI);
        for (int i = 0; i < 8; i++) {
            app.chat(null, "ESG 환경마켓이 뭐예요?");
        }
        assertThat(model.received().size()).isLessThan(8);
    }

    @Test
    void an_unreachable_model_is_fallen_back_from() {
        Config.Llm llm = new Config.Llm("http://127.0.0.1:9/v1", null, "fake-model", null, null);
        app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI, llm, TIMEOUT), TestApp.FIXED_CLOCK);

        JsonNode reply = app.chat(null, "스토리텔링 마케팅 지원사업이 뭐예요?");

        assertThat(reply.get("mode").asText()).isEqualTo("embedded");
        assertThat(reply.get("answered").asBoolean()).isTrue();
    }

    @Test
    void the_fact_guard_removes_what_the_model_invented_and_records_it() {
        model.respond(r -> completion("""
                ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트로 추진된 5개 프로젝트 가운데 하나입니다.
                참가비는 1만 원입니다. 문의는 062-608-2000으로 해 주세요.
                2026년 3월 2일에 다시 열립니다. 광주사회혁신재단이 주관합니다."""));
        startApp(Config.ChatModelKind.OPENAI);

        JsonNode reply = app.chat(null, "ESG 환경마켓이 뭐예요?");

        assertThat(reply.get("answer").asText()).contains("5개 프로젝트 가운데 하나입니다")
                .doesNotContain("1만 원").doesNotContain("062-608-2000").doesNotContain("3월 2일")
                .doesNotContain("광주사회혁신재단");
        // "2026년 3월 2일에 다시 열립니다" is first of all a claim about a time after the documents' own
        assertThat(Db.column(data, "SELECT action FROM guard_events")).contains("removed_amount", "removed_phone",
                "removed_future", "removed_organisation");
        assertThat(app.get("/metrics").body()).contains("fact_guard_removals_total");
    }

    @Test
    void when_the_model_says_it_does_not_know_the_question_is_recorded() {
        model.respond(r -> completion("죄송합니다. 자료에서 찾지 못했습니다. 동구청 사회적경제 담당 부서에 문의해 주세요."));
        startApp(Config.ChatModelKind.OPENAI);

        JsonNode reply = app.chat(null, "ESG 환경마켓이 뭐예요?");

        assertThat(reply.get("answered").asBoolean()).isFalse();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM unanswered")).isEqualTo(1);
    }
}

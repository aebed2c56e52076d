package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import kr.donggu.chatbot.documents.DocumentService;
import kr.donggu.chatbot.documents.DocumentSetup;
import kr.donggu.chatbot.documents.DocumentStore;

/** The one route table: every path of the contract and the handler that serves it. */
final class Routes {

    private Routes() {
    }

    static void register(JavalinConfig cfg, WebParts parts, ObjectMapper json, InFlight inFlight) {
        AccessLog access = new AccessLog(parts.registry());
        RateLimits limits = new RateLimits(parts.config().rateLimit(), parts.database().rateBuckets(),
                parts.config().network().trustedProxies());
        ChatController chat = new ChatController(parts.chat(), limits, json);
        SupportController support = new SupportController(parts.database().feedback(), parts.database().handoffs(),
                parts.clock(), limits);
        ProgramsController programs = new ProgramsController(parts.index());
        EligibilityController eligibility = new EligibilityController(parts.eligibility(), limits);
        ServiceController service = new ServiceController(parts.index(), parts.registry(), parts.config().modeName(),
                parts.healthChecks());

        AdminAudit audit = new AdminAudit(parts.database().audit(), parts.clock());
        AdminController admin = new AdminController(parts.config().adminCredentials(), parts.database(),
                parts.index(), new KnowledgeReport(parts.config().reviewMaxAgeDays(), parts.curatedAnswers()), audit,
                parts.clock());
        AnswersController answers = new AnswersController(parts.curatedAnswers(), audit);
        DocumentsController documents = new DocumentsController(DocumentService.create(new DocumentSetup(
                DocumentStore.of(parts.config().knowledgeDir(), parts.database()), parts.database().documents(),
                parts.index(), parts.database().events(), parts.chat(), parts.config().knowledgeDir(),
                parts.config().dataDir().resolve("work"), parts.config().reviewMaxAgeDays(), parts.clock())), audit);
        DocumentsController.configure(cfg);
        AdminStats stats = new AdminStats(parts.database().stats(), parts.index(), parts.clock());

        cfg.routes.before(SecurityHeaders::apply);   // first, so that every refusal below carries them too
        cfg.routes.before(access::before);
        cfg.routes.before(inFlight::before);
        cfg.routes.before("/admin", admin::guard);
        cfg.routes.before("/admin/*", admin::guard);
        cfg.routes.after(access::after);

        cfg.routes.post("/api/chat", chat::chat);
        cfg.routes.post("/api/chat/stream", chat::chatStream);
        cfg.routes.get("/api/chat/starters", chat::starters);
        cfg.routes.post("/api/feedback", support::feedback);
        cfg.routes.post("/api/handoff", support::handoff);
        cfg.routes.get("/api/programs", programs::list);
        cfg.routes.get("/api/programs/{id}", programs::get);
        cfg.routes.post("/api/eligibility", eligibility::check);
        cfg.routes.post("/channels/kakao/skill", parts.channels()::kakao);
        cfg.routes.post("/channels/telegram/webhook", parts.channels()::telegram);
        cfg.routes.post("/channels/slack/events", parts.channels()::slack);
        cfg.routes.post("/channels/line/webhook", parts.channels()::line);
        cfg.routes.post("/channels/navertalk/webhook", parts.channels()::naverTalk);
        cfg.routes.get("/health", service::health);
        cfg.routes.get("/embed", Pages.html("/web/index.html"));
        cfg.routes.get("/admin", Pages.html("/web/admin.html"));
        cfg.routes.get("/admin/api/unanswered", admin::unanswered);
        cfg.routes.get("/admin/api/unanswered.csv", admin::unansweredCsv);
        cfg.routes.get("/admin/api/feedback", admin::feedback);
        cfg.routes.get("/admin/api/tickets", admin::tickets);
        cfg.routes.get("/admin/api/tickets.csv", admin::ticketsCsv);
        cfg.routes.post("/admin/api/tickets/{id}/status", admin::ticketStatus);
        cfg.routes.get("/admin/api/stats", stats::stats);
        cfg.routes.get("/admin/api/stats/charts", stats::charts);
        cfg.routes.get("/admin/api/audit", audit::list);
        cfg.routes.get("/admin/api/knowledge", admin::knowledge);
        cfg.routes.get("/admin/api/guard", admin::guardEvents);
        cfg.routes.post("/admin/api/reindex", admin::reindex);
        cfg.routes.get("/admin/api/answers", answers::list);
        cfg.routes.post("/admin/api/answers", answers::create);
        cfg.routes.put("/admin/api/answers/{id}", answers::update);
        cfg.routes.delete("/admin/api/answers/{id}", answers::delete);
        cfg.routes.get("/admin/api/documents", documents::list);
        cfg.routes.post("/admin/api/documents", documents::create);
        cfg.routes.post("/admin/api/documents/import", documents::importFile);
        cfg.routes.post("/admin/api/documents/preview", documents::preview);
        cfg.routes.get("/admin/api/documents/{id}", documents::get);
        cfg.routes.put("/admin/api/documents/{id}", documents::update);
        cfg.routes.delete("/admin/api/documents/{id}", documents::delete);
        cfg.routes.get("/admin/api/documents/{id}/versions", documents::versions);
        cfg.routes.post("/admin/api/documents/{id}/rollback", documents::rollback);
        cfg.routes.get("/metrics", service::metrics);
        cfg.routes.get("/openapi.json", service::openApi);
    }
}

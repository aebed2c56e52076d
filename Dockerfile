# The chatbot as a container image. Build: docker build -t donggu-chatbot .
# Images cannot be pulled on the machine this was written on, so this file was written and reviewed, not run;
# see docs/DEPLOY.md.

# --- build: the shaded jar (tests run in CI, not here)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# --- run: a JRE, an unprivileged user, the knowledge shipped beside the jar, data on a volume
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin chatbot \
    && mkdir -p /app /data && chown chatbot /data
WORKDIR /app
COPY --from=build /src/target/donggu-chatbot.jar /app/donggu-chatbot.jar
COPY knowledge /app/knowledge
ENV PORT=7070 \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data \
    LOG_FORMAT=json \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
USER chatbot
EXPOSE 7070
# /health is 503 while the store, the turn writer or the disk has failed: the orchestrator then stops routing here
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD \
    bash -c 'exec 3<>/dev/tcp/127.0.0.1/7070 && printf "GET /health HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-jar", "/app/donggu-chatbot.jar"]

package kr.donggu.chatbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL server for tests and the bench: initdb into a temporary folder and pg_ctl start on a
 * free port, from the installed server binaries (Debian's {@code postgresql} package, {@code /usr/lib/postgresql/N/bin},
 * or {@code PG_BIN}). initdb refuses to run as root, so as root the server runs as the {@code postgres} user (or
 * {@code nobody}). Without binaries the tests fail in CI ({@code CI=true}) and are skipped, loudly, elsewhere.
 *
 * <p>A test fixture shared by the tests and the bench ({@code src/testFixtures}), so it depends on the JDK and the
 * PostgreSQL driver only.
 */
public final class PostgresServer implements AutoCloseable {

    private static PostgresServer shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean durable;
    private final List<String> asUser;

    private PostgresServer(Path bin, Path dir, int port, boolean durable, List<String> asUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.durable = durable;
        this.asUser = asUser;
    }

    /** One server for the whole test run, stopped when the JVM exits. Each test takes its own database in it. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(false);
        }
        return shared;
    }

    /**
     * A server of one's own, for tests that stop and restart it.
     *
     * @param durable fsync and synchronous commit on, as in production (the bench); off makes tests faster
     */
    public static PostgresServer start(boolean durable) {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("pg-test-");
            List<String> asUser = runAs();
            if (!asUser.isEmpty()) {
                run(List.of("chown", "-R", asUser.get(2), dir.toString()));
            }
            PostgresServer server = new PostgresServer(bin, dir, freePort(), durable, asUser);
            server.run(server.command("initdb", "-D", server.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C", "-N"));
            server.startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database; the URL as an operator would write {@code DATABASE_URL}. */
    public String createDatabase() {
        String name = "t" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        execute("postgres", "CREATE DATABASE " + name);
        return "postgresql://postgres@127.0.0.1:" + port + "/" + name;
    }

    /** Runs a statement as the superuser, as an operator would with psql. */
    public void execute(String database, String sql) {
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, read as an auditor would: plain JDBC, no application code. */
    public List<String> column(String databaseUrl, String sql) {
        return Rows.firstColumn(jdbcUrl(databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1)), "postgres", sql);
    }

    public long count(String databaseUrl, String sql) {
        return Long.parseLong(column(databaseUrl, sql).get(0));
    }

    /** Stops the server the way a package upgrade or a restart does (fast: clients are disconnected). */
    public void stop() {
        run(command("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    public void startServer() {
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        run(command("pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-o", options, "-w", "-t", "60",
                "start"));
    }

    /** Stops the server and deletes its files; again is harmless (the JVM's exit calls it too). */
    @Override
    public synchronized void close() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            run(command("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private List<String> command(String program, String... args) {
        List<String> out = new ArrayList<>(asUser);
        out.add(bin.resolve(program).toString());
        out.addAll(List.of(args));
        return out;
    }

    private static Path binaries() {
        Optional<Path> found = Optional.ofNullable(System.getenv("PG_BIN")).map(Path::of)
                .or(PostgresServer::debianBinaries)
                .filter(p -> Files.isExecutable(p.resolve("initdb")));
        if (found.isPresent()) {
            return found.get();
        }
        String message = "PostgreSQL server binaries not found (looked in PG_BIN and /usr/lib/postgresql/*/bin). "
                + "Install them (Debian: apt-get install postgresql) or set PG_BIN to the folder holding initdb.";
        throw missing(message);
    }

    /** In CI a failure; elsewhere, under JUnit, an aborted (skipped) test, said aloud. */
    private static RuntimeException missing(String message) {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            try {
                RuntimeException skip = (RuntimeException) Class.forName("org.opentest4j.TestAbortedException")
                        .getConstructor(String.class).newInstance(message);
                System.err.println("SKIPPED PostgreSQL tests: " + message);
                return skip;
            } catch (ReflectiveOperationException e) {
                // not under JUnit (the bench): fail
            }
        }
        return new IllegalStateException(message);
    }

    private static Optional<Path> debianBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** As root, {@code runuser -u postgres --} (or nobody); otherwise nothing. */
    private static List<String> runAs() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        String user = exists("postgres") ? "postgres" : "nobody";
        return List.of("runuser", "-u", user, "--");
    }

    private static boolean exists(String user) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(user + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

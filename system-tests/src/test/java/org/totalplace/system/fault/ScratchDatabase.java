package org.totalplace.system.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (its own data directory and port), so that the test can crash and restart a
 * database without taking the stack's server from under everything else. It gets the services' databases and
 * users from ops/mysql/init.sql, like the stack's server.
 */
final class ScratchDatabase implements AutoCloseable {

    final int port;
    private final Path dir;
    private Process server;

    private ScratchDatabase(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static ScratchDatabase create(Path dir, int port) throws IOException, InterruptedException, SQLException {
        ScratchDatabase db = new ScratchDatabase(dir.toAbsolutePath(), port);
        db.install();
        db.start();
        db.runScript(StackParts.ROOT.resolve("ops/mysql/init.sql"));
        return db;
    }

    private void install() throws IOException, InterruptedException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        exec(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + user()));
    }

    /** Starts the server on its data directory and returns once it accepts connections. */
    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mysqld.sock"), "--pid-file=" + dir.resolve("mysqld.pid"),
                "--log-error=" + dir.resolve("error.log"), "--innodb-buffer-pool-size=128M", "--local-infile=1",
                "--user=" + user()));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile())).start();
        await("MariaDB on port " + port).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> accepts(port));
    }

    /** Kills the server the way a crash or a power cut would: no shutdown, connections simply drop. */
    void crash() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
        await("port " + port + " closed").atMost(Duration.ofSeconds(30)).until(() -> !accepts(port));
    }

    String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?allowPublicKeyRetrieval=true&useSSL=false";
    }

    java.sql.Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    private void runScript(Path sql) throws IOException, SQLException {
        try (var connection = connect(""); var statement = connection.createStatement()) {
            for (String part : Files.readString(sql).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}

package org.totalplace.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database on the real MySQL-compatible server (the machine's MariaDB, or MySQL) for one test run,
 * dropped when the run ends. Server and admin account come from {@code TEST_DB_HOST}, {@code TEST_DB_PORT},
 * {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD} (default 127.0.0.1:3306, root, no password).
 * The init arg {@code name} prefixes the database name, e.g. {@code pilots}.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = env("TEST_DB_PORT", "3306");
    private static final String USER = env("TEST_DB_USER", "root");
    private static final String PASSWORD = env("TEST_DB_PASSWORD", "");

    private static String database;
    private String prefix = "svc";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("name", prefix).replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public synchronized Map<String, String> start() {
        // one database per test JVM, shared by every Quarkus start in it
        synchronized (DatabaseTestResource.class) {
            if (database == null) {
                database = "tp_test_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
                execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                String dropped = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + dropped)));
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // dropped by the shutdown hook, after the last Quarkus start of this JVM
    }

    /** The JDBC URL of a database on the test server, for tests that check rows directly. */
    public static String jdbcUrl(String db) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + (db == null ? "" : db)
                + "?allowLoadLocalInfile=true&rewriteBatchedStatements=true&useUnicode=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /** The database of this test run (after the first start). */
    public static String database() {
        return database;
    }

    /** A connection to this run's database, for assertions on what was (or was not) written. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(null), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database server at " + HOST + ":" + PORT
                    + " as " + USER + " (" + e.getMessage() + "). Start MariaDB or MySQL there, or set TEST_DB_HOST/"
                    + "TEST_DB_PORT/TEST_DB_USER/TEST_DB_PASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

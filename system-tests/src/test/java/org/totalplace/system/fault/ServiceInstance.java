package org.totalplace.system.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.totalplace.system.Stack;

/**
 * One instance of a service, started from the jar ./stack runs, that the test may kill like a crashed process
 * (SIGKILL: no shutdown hooks, no graceful drain) and start again.
 */
final class ServiceInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String url;
    private final String module;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    private ServiceInstance(String module, int port, Map<String, String> env) {
        this.module = module;
        this.url = "http://127.0.0.1:" + port;
        this.env = env;
        this.log = Path.of("target", "fault-" + module + "-" + port + ".log").toAbsolutePath();
    }

    /** A counting-service on {@code port} using the database server on {@code dbPort}, the stack's Kafka and Keycloak. */
    static ServiceInstance counting(int port, int dbPort, String consumerGroup) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("COUNTING_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("DB_HOST", "127.0.0.1");
        env.put("DB_PORT", Integer.toString(dbPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", Stack.KAFKA);
        env.put("MP_MESSAGING_INCOMING_PILOTS_IN_GROUP_ID", consumerGroup);
        env.put("OIDC_ISSUER", Stack.env("OIDC_ISSUER",
                "http://localhost:" + Stack.env("KEYCLOAK_PORT", "8180") + "/realms/" + Stack.REALM));
        env.put("OIDC_JWKS_URL", Stack.KEYCLOAK + "/realms/" + Stack.REALM + "/protocol/openid-connect/certs");
        return new ServiceInstance("counting-service", port, env);
    }

    /** Starts the service and returns once it reports ready. */
    void start() throws IOException {
        Path jar = StackParts.ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(StackParts.ROOT.resolve(module).toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        await(module + " ready at " + url).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited at start; see " + log);
                    }
                    return status("/q/health/ready") == 200;
                });
    }

    /** Kills the process with SIGKILL, as a crash or an OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}

package org.totalplace.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts real HTTP stand-ins for the three services (plus "flaky", which tests take down and bring back) on
 * free ports and points the gateway at them.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    public static final Map<String, List<String>> SEGMENTS = Map.of(
            "pilots", List.of("places", "organisations"),
            "counting", List.of("counts", "imports", "comparisons", "functions"),
            "governance", List.of("groups", "people", "meetings", "milestones", "risks", "calendars"),
            "flaky", List.of("flaky"));

    private static final Map<String, StandInService> SERVICES = new LinkedHashMap<>();
    private static Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        SEGMENTS.forEach((name, segments) -> {
            StandInService service = new StandInService(vertx, name, segments);
            await(service.start(0).toCompletionStage().toCompletableFuture());
            SERVICES.put(name, service);
            config.put("gateway.services." + name + ".url", service.url());
        });
        config.put("gateway.services.flaky.paths", "flaky");
        config.put("gateway.services.flaky.timeout", "700ms");
        config.put("gateway.services.flaky.failure-threshold", "3");
        config.put("gateway.services.flaky.open-for", "1s");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage().toCompletableFuture());
        }
    }

    public static StandInService service(String name) {
        return SERVICES.get(name);
    }

    /** Takes the flaky service down: its port is closed. */
    public static void stopFlaky() {
        await(SERVICES.get("flaky").stop().toCompletionStage().toCompletableFuture());
    }

    /** Brings the flaky service back on the port the gateway knows (no-op when it is up). */
    public static void startFlaky() {
        StandInService flaky = SERVICES.get("flaky");
        int port = flaky.port();
        await(flaky.start(port).toCompletionStage().toCompletableFuture());
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.totalplace.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.totalplace.gateway.routing.Backend;
import org.totalplace.gateway.routing.Backends;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness shows each service as UP or DOWN (its own /q/health/ready) with its circuit state. The gateway
 * itself stays ready while some services are down, unless configured otherwise: taking the one front door
 * out of rotation would turn a partial outage into a total one.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {

    @Inject
    Backends backends;

    @ConfigProperty(name = "gateway.health.require-all-services", defaultValue = "false")
    boolean requireAll;

    @ConfigProperty(name = "gateway.health.timeout", defaultValue = "1s")
    Duration timeout;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Backend> all = new ArrayList<>(backends.all());
        List<Future<Boolean>> probes = all.stream()
                .map(b -> b.fetch("/q/health/ready", timeout).map(true).otherwise(false))
                .toList();
        Future<HealthCheckResponse> response = Future.join(probes).map(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("services");
            boolean allUp = true;
            for (int i = 0; i < all.size(); i++) {
                boolean up = probes.get(i).result();
                allUp &= up;
                builder.withData(all.get(i).name(), up ? "UP" : "DOWN");
                builder.withData(all.get(i).name() + ".circuit", all.get(i).breaker().state().name());
            }
            return builder.status(allUp || !requireAll).build();
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }
}

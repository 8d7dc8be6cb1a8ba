package org.totalplace.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.totalplace.gateway.GatewayConfig;
import org.totalplace.gateway.edge.Edge;
import org.totalplace.gateway.routing.Backend;
import org.totalplace.gateway.routing.Backends;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET /api/openapi: every service's live /q/openapi merged into one document. A service that does not answer
 * within the fetch timeout is represented by its last good copy, so a restart does not break client generation.
 */
@ApplicationScoped
public class MergedOpenApi implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final Backends backends;
    private final ObjectMapper mapper;
    private final OpenApiMerger merger;
    private final Duration fetchTimeout;
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();

    @Inject
    public MergedOpenApi(Backends backends, ObjectMapper mapper, GatewayConfig config) {
        this.backends = backends;
        this.mapper = mapper;
        GatewayConfig.OpenApi openapi = config.openapi();
        this.fetchTimeout = openapi.fetchTimeout();
        this.merger = new OpenApiMerger(new OpenApiMerger.Settings(openapi.title(), openapi.version(),
                openapi.description().orElse(null), openapi.serverUrl(), openapi.oidcIssuer()), backends::owns);
    }

    @Override
    public void handle(RoutingContext rc) {
        document().onComplete(merged -> {
            if (merged.failed()) {
                LOG.error("Could not merge the OpenAPI documents", merged.cause());
                Edge.reject(rc, "openapi-unavailable", "OpenAPI document unavailable", 500,
                        "The merged OpenAPI document could not be built.");
                return;
            }
            rc.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(merged.result());
        });
    }

    /** The merged document as JSON text. */
    public Future<String> document() {
        List<Backend> all = new ArrayList<>(backends.all());
        List<Future<JsonNode>> fetches = all.stream().map(this::fetch).toList();
        return Future.join(fetches).transform(ignored -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                String service = all.get(i).name();
                Future<JsonNode> fetched = fetches.get(i);
                if (fetched.succeeded()) {
                    lastGood.put(service, fetched.result());
                    sources.add(new OpenApiMerger.Source(service, fetched.result(), true));
                } else if (lastGood.containsKey(service)) {
                    sources.add(new OpenApiMerger.Source(service, lastGood.get(service), false));
                } else {
                    unavailable.add(service);
                }
            }
            try {
                return Future.succeededFuture(mapper.writeValueAsString(merger.merge(sources, unavailable)));
            } catch (Exception e) {
                return Future.failedFuture(e);
            }
        });
    }

    private Future<JsonNode> fetch(Backend backend) {
        return backend.fetch("/q/openapi?format=json", fetchTimeout).compose(body -> {
            try {
                return Future.succeededFuture(mapper.readTree(body.getBytes()));
            } catch (Exception e) {
                return Future.failedFuture(e);
            }
        }).onFailure(e -> LOG.warnf("OpenAPI of %s not fetched (%s)", backend.name(), e.getMessage()));
    }
}

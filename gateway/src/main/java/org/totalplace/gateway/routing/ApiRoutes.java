package org.totalplace.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.totalplace.gateway.edge.Admission;
import org.totalplace.gateway.edge.Edge;
import org.totalplace.gateway.openapi.MergedOpenApi;

/** /api: admission checks, then /api/v1/** to the owning service and /api/openapi to the merged document. */
@ApplicationScoped
public class ApiRoutes {

    @Inject
    Admission admission;
    @Inject
    Backends backends;
    @Inject
    MergedOpenApi openApi;

    void routes(@Observes Router router) {
        router.route("/api/*").order(-300).handler(admission);
        router.route("/api/v1/*").order(-200).handler(this::proxy);
        router.get("/api/openapi").order(-100).handler(openApi);
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(rc ->
                Edge.reject(rc, "not-found", "Not found", 404, "Nothing is served at " + rc.normalizedPath() + "."));
    }

    private void proxy(RoutingContext rc) {
        backends.forPath(rc.normalizedPath()).ifPresentOrElse(
                backend -> backend.forward(rc),
                () -> Edge.reject(rc, "not-found", "Not found", 404,
                        "No service owns " + rc.normalizedPath() + "; see /api/openapi for the paths served."));
    }
}

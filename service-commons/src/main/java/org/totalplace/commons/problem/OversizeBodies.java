package org.totalplace.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.commons.web.RequestIds;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} was refused by Quarkus before any resource
 * or mapper saw it, with an empty 413 (found by the hostile-input fuzz test). This handler, just before Quarkus's
 * own check, refuses it the same way with the problem+json body every other error has. (A chunked body that grows
 * past the limit is still cut off by Quarkus while it is read.)
 */
@ApplicationScoped
public class OversizeBodies {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !tooLarge(length, max)) {
                rc.next();
                return;
            }
            Problem problem = ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                    "the request body is larger than this service accepts (" + max + " bytes)", rc.request().path(),
                    rc.get(RequestIds.MDC_KEY), null);
            try {
                // the rest of the body is not read: the connection closes once the answer is out
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .endHandler(done -> rc.request().connection().close())
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        });
    }

    private static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Quarkus's own check answers a malformed length
        }
    }
}

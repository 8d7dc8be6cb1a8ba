package org.totalplace.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.totalplace.gateway.edge.Edge;
import org.totalplace.gateway.edge.Problems;

import java.util.concurrent.TimeoutException;

/**
 * Adds what the service needs to know about the original call (request id, client address, scheme, host),
 * forwards the normalised path, feeds the circuit breaker and turns transport failures into problem answers:
 * 503 when the service cannot be reached, 504 when it stays silent beyond its timeout. Absolute Location
 * headers pointing at the service are made relative to the gateway.
 */
final class Forwarding implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Forwarding.class);

    private final RoutingContext rc;
    private final Backend backend;

    Forwarding(RoutingContext rc, Backend backend) {
        this.rc = rc;
        this.backend = backend;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        String query = rc.request().query();
        request.setURI(query == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + query);
        request.putHeader(Edge.REQUEST_ID_HEADER, Edge.requestId(rc));
        String forwardedFor = rc.request().getHeader("X-Forwarded-For");
        String clientIp = Edge.clientIp(rc);
        request.putHeader("X-Forwarded-For", forwardedFor == null ? clientIp : forwardedFor + ", " + clientIp);
        request.putHeader("X-Forwarded-Proto", rc.request().scheme());
        HostAndPort authority = rc.request().authority();
        if (authority != null) {
            request.putHeader("X-Forwarded-Host", authority.toString());
        }
        return context.sendRequest().transform(sent -> {
            if (sent.succeeded()) {
                backend.breaker().onSuccess();
                return Future.succeededFuture(sent.result());
            }
            if (rc.response().closed()) {
                // the caller hung up and its reset travelled on to the service: not the service's failure
                return Future.failedFuture(sent.cause());
            }
            backend.breaker().onFailure();
            LOG.warnf("%s %s failed at %s: %s", rc.request().method(), rc.request().path(), backend.name(), sent.cause());
            return Future.succeededFuture(problem(request, sent.cause()));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // a service that builds absolute links from the Host it saw would point callers past the gateway
        String location = context.response().headers().get("Location");
        if (location != null && location.startsWith(backend.origin() + "/")) {
            context.response().putHeader("Location", location.substring(backend.origin().length()));
        }
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable cause) {
        boolean timedOut = isTimeout(cause);
        int status = timedOut ? 504 : 503;
        String detail = timedOut
                ? "The " + backend.name() + " service did not answer in time."
                : "The " + backend.name() + " service cannot be reached.";
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(Problems.body(timedOut ? "service-timeout" : "service-unavailable",
                        timedOut ? "Service timed out" : "Service unavailable", status, detail,
                        rc.request().path(), Edge.requestId(rc))));
        if (!timedOut) {
            response.putHeader("Retry-After", Long.toString(backend.breaker().retryAfterSeconds()));
        }
        return response;
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // Vert.x reports idle timeouts as NoStackTraceTimeoutException and Netty connect timeouts as ConnectTimeoutException
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("TimeoutException")) {
                return true;
            }
        }
        return false;
    }
}

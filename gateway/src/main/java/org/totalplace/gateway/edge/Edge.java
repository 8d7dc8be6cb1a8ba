package org.totalplace.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.totalplace.gateway.GatewayConfig;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What every answer of the gateway gets, whatever produced it (proxy, SPA, health, a rejection): a request id
 * (the caller's X-Request-Id when it is sane, else a new one), security headers and one access-log line.
 */
@ApplicationScoped
public class Edge {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID = "gateway.requestId";
    private static final String CLIENT = "gateway.client";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger ACCESS = Logger.getLogger("org.totalplace.gateway.access");
    /** Bodies up to this size are read and dropped after a rejection, larger ones close the connection. */
    private static final long DRAIN_LIMIT = 64 * 1024;

    private final String csp;
    private final String docsCsp;
    private final String hsts;
    private final String referrerPolicy;
    private final String docsPath;

    @Inject
    public Edge(GatewayConfig config,
                @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                @ConfigProperty(name = "quarkus.swagger-ui.path") String docsPath) {
        String keycloak = origin(issuer);
        this.csp = config.security().csp().replace("@keycloak@", keycloak);
        this.docsCsp = config.security().docsCsp().replace("@keycloak@", keycloak);
        this.hsts = config.security().hsts();
        this.referrerPolicy = config.security().referrerPolicy();
        this.docsPath = docsPath;
    }

    /** Who is calling, for rate limits and the access log. */
    public record Client(String id, String label) {
    }

    void register(@Observes Filters filters) {
        // before CORS and everything else, so that even preflight answers carry the id and headers
        filters.register(this::handle, 10_000);
    }

    private void handle(RoutingContext rc) {
        long start = System.nanoTime();
        String offered = rc.request().getHeader(REQUEST_ID_HEADER);
        String id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : newId();
        rc.put(REQUEST_ID, id);
        rc.addHeadersEndHandler(ignored -> {
            // set, not add: a proxied answer may already carry the service's copy of these headers
            MultiMap headers = rc.response().headers();
            headers.set(REQUEST_ID_HEADER, id);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", referrerPolicy);
            headers.set("Content-Security-Policy", rc.normalizedPath().startsWith(docsPath) ? docsCsp : csp);
            if (rc.request().isSSL() || "https".equals(rc.request().scheme())) {
                headers.set("Strict-Transport-Security", hsts);
            }
        });
        rc.addEndHandler(ignored -> {
            if (ACCESS.isInfoEnabled()) {
                HttpServerRequest request = rc.request();
                Client client = rc.get(CLIENT);
                ACCESS.infof("%s %s %d %.1fms client=%s req=%s", request.method(), request.path(),
                        rc.response().getStatusCode(), (System.nanoTime() - start) / 1e6,
                        client == null ? clientIp(rc) : client.label(), id);
            }
        });
        rc.next();
    }

    public static String requestId(RoutingContext rc) {
        return rc.get(REQUEST_ID);
    }

    public static String clientIp(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
    }

    public static void identify(RoutingContext rc, Client client) {
        rc.put(CLIENT, client);
    }

    /** Whether a Content-Length header (null when there is none) announces more than {@code max} bytes. */
    public static boolean tooLarge(String contentLength, long max) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Ends the call with a problem answer without reading a large unread body. */
    public static void reject(RoutingContext rc, String kind, String title, int status, String detail) {
        HttpServerRequest request = rc.request();
        if (!request.isEnded()) {
            String length = request.getHeader("Content-Length");
            boolean chunked = request.headers().contains("Transfer-Encoding", "chunked", true);
            boolean bigBody = chunked || length != null && parseLong(length) > DRAIN_LIMIT;
            if (bigBody) {
                rc.response().putHeader("Connection", "close");
                rc.addEndHandler(done -> request.connection().close());
            } else {
                request.resume();
            }
        }
        Problems.send(rc.response(), kind, title, status, detail, request.path(), requestId(rc));
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a version-4 UUID without SecureRandom's lock: ids are for tracing, not secrets
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}

package org.totalplace.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    /** Bodies up to this size are read and dropped after a rejection, larger ones close the connection. */
    private static final long DRAIN_LIMIT = 64 * 1024;

    // pre-encoded (AsciiString) header names and values: they are copied into every answer as bytes, not re-encoded
    private static final CharSequence REQUEST_ID_NAME = HttpHeaders.createOptimized(REQUEST_ID_HEADER);
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");

    private final CharSequence csp;
    private final CharSequence docsCsp;
    private final CharSequence hsts;
    private final CharSequence referrerPolicy;
    private final String docsPath;
    private final AccessLog accessLog;

    @Inject
    public Edge(GatewayConfig config, AccessLog accessLog,
                @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                @ConfigProperty(name = "quarkus.swagger-ui.path") String docsPath) {
        String keycloak = origin(issuer);
        this.csp = HttpHeaders.createOptimized(config.security().csp().replace("@keycloak@", keycloak));
        this.docsCsp = HttpHeaders.createOptimized(config.security().docsCsp().replace("@keycloak@", keycloak));
        this.hsts = HttpHeaders.createOptimized(config.security().hsts());
        this.referrerPolicy = HttpHeaders.createOptimized(config.security().referrerPolicy());
        this.docsPath = docsPath;
        this.accessLog = accessLog;
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
            headers.set(REQUEST_ID_NAME, id);
            headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
            headers.set(FRAME_OPTIONS, DENY);
            headers.set(REFERRER_POLICY, referrerPolicy);
            headers.set(CONTENT_SECURITY_POLICY, rc.normalizedPath().startsWith(docsPath) ? docsCsp : csp);
            if (rc.request().isSSL() || "https".equals(rc.request().scheme())) {
                headers.set(STRICT_TRANSPORT_SECURITY, hsts);
            }
        });
        rc.addEndHandler(ignored -> {
            Client client = rc.get(CLIENT);
            accessLog.record(rc.request().method().name(), rc.request().path(), rc.response().getStatusCode(),
                    System.nanoTime() - start, client == null ? clientIp(rc) : client.label(), id);
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

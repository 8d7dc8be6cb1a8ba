package org.totalplace.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.gateway.GatewayConfig;
import org.totalplace.gateway.ratelimit.RateLimiter;

import java.util.concurrent.TimeUnit;

/**
 * The checks an /api call passes before it is forwarded: body size, bearer token (when there is one: anonymous
 * calls go through and the service decides) and the caller's rate limit, keyed by token subject or IP.
 */
@ApplicationScoped
public class Admission implements Handler<RoutingContext> {

    private static final String BEARER = "bearer ";

    private final JWTParser parser;
    private final Vertx vertx;
    private final long maxBodyBytes;
    private final RateLimiter limiter;

    @Inject
    public Admission(JWTParser parser, Vertx vertx, GatewayConfig config) {
        this.parser = parser;
        this.vertx = vertx;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        GatewayConfig.RateLimit limits = config.rateLimit();
        RateLimiter.Quota standard = new RateLimiter.Quota(limits.requestsPerSecond(), limits.burst());
        this.limiter = limits.enabled()
                ? new RateLimiter(client -> {
                    GatewayConfig.RateLimit.Quota own = limits.clients().get(client);
                    return own == null ? standard : new RateLimiter.Quota(own.requestsPerSecond(), own.burst());
                })
                : null;
        if (limiter != null) {
            vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), tick -> limiter.evictIdle(System.nanoTime()));
        }
    }

    @Override
    public void handle(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (Edge.tooLarge(length, maxBodyBytes)) {
            Edge.reject(rc, "payload-too-large", "Request body too large", 413,
                    "The body is larger than the gateway accepts (" + maxBodyBytes + " bytes).");
            return;
        }
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            admit(rc, new Edge.Client(Edge.clientIp(rc), Edge.clientIp(rc)));
            return;
        }
        // the body must wait while the token is checked off the event loop (the first check may fetch Keycloak's keys)
        rc.request().pause();
        String token = authorization.substring(BEARER.length()).trim();
        vertx.<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(checked -> {
            if (checked.failed()) {
                rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Edge.reject(rc, "invalid-token", "Invalid token", 401,
                        "The bearer token is invalid or expired; sign in again or send no token.");
                return;
            }
            JsonWebToken jwt = checked.result();
            String subject = jwt.getSubject() != null ? jwt.getSubject() : Edge.clientIp(rc);
            String azp = jwt.getClaim("azp");
            admit(rc, new Edge.Client(subject, azp == null ? subject : azp + "/" + subject));
        });
    }

    private void admit(RoutingContext rc, Edge.Client client) {
        Edge.identify(rc, client);
        if (limiter != null) {
            RateLimiter.Decision decision = limiter.tryAcquire(client.id(), System.nanoTime());
            if (!decision.allowed()) {
                rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                Edge.reject(rc, "rate-limited", "Too many requests", 429,
                        "Rate limit exceeded for this client; retry after " + decision.retryAfterSeconds() + " s.");
                return;
            }
        }
        rc.next();
    }
}

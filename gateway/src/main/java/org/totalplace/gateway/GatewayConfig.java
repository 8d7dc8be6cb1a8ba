package org.totalplace.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway does is driven from here: routes, limits, headers, the SPA directory. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backend services by name; each owns the first path segments listed in {@code paths}. */
    Map<String, Service> services();

    RateLimit rateLimit();

    Security security();

    Spa spa();

    OpenApi openapi();

    AccessLog accessLog();

    /** Largest request body accepted (CSV imports are big). */
    @WithDefault("512M")
    MemorySize maxBodySize();

    interface Service {
        URI url();

        /** First path segments after /api/v1/ that this service owns. */
        List<String> paths();

        /** How long the service may stay silent (no response bytes) before the gateway gives up: 504. */
        @WithDefault("30s")
        Duration timeout();

        @WithDefault("1s")
        Duration connectTimeout();

        /** Consecutive transport failures that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit rejects calls before letting one trial through. */
        @WithDefault("10s")
        Duration openFor();

        /**
         * The largest body the service itself accepts (its quarkus.http.limits.max-body-size), when smaller than the
         * gateway's: refused here with a 413, because a service that refuses an upload half-way closes the
         * connection and the gateway would otherwise report it unreachable (503) and count it against the circuit.
         */
        Optional<MemorySize> maxBodySize();

        /** Connections to the service per event loop. */
        @WithDefault("128")
        int maxConnections();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client (token subject, else IP). */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a client may make at once before the sustained rate applies. */
        @WithDefault("100")
        int burst();

        /** Quotas for particular clients (token subject or IP), e.g. an integrator's bulk loader. */
        Map<String, Quota> clients();

        interface Quota {
            double requestsPerSecond();

            int burst();
        }
    }

    interface Security {
        /** Content-Security-Policy for the SPA and API answers; @keycloak@ is replaced by the issuer's origin. */
        String csp();

        /** Content-Security-Policy for Swagger UI, whose page needs inline script and style. */
        String docsCsp();

        @WithDefault("max-age=31536000; includeSubDomains")
        String hsts();

        @WithDefault("strict-origin-when-cross-origin")
        String referrerPolicy();
    }

    interface Spa {
        Path dir();

        /** Cache-Control for content-hashed files under /assets/. */
        @WithDefault("public, max-age=31536000, immutable")
        String assetsCacheControl();
    }

    interface OpenApi {
        @WithDefault("Total Place API")
        String title();

        @WithDefault("1.0.0")
        String version();

        /** How long to wait for a service's live document before using the last good copy. */
        @WithDefault("2s")
        Duration fetchTimeout();

        /** The issuer whose discovery document the OIDC security scheme points at. */
        String oidcIssuer();

        /** Server URL written into the merged document ("/" = the gateway's own origin). */
        @WithDefault("/")
        String serverUrl();

        Optional<String> description();
    }

    interface AccessLog {
        /** One line per answered call: method, path, status, latency, client, request id. */
        @WithDefault("true")
        boolean enabled();

        /** A file the lines are appended to; standard output when absent. */
        Optional<Path> path();

        /** Lines are written in batches at most this far apart, so calls never wait for the console or the disk. */
        @WithDefault("100ms")
        Duration flushInterval();

        /** Lines held while the output is slow; beyond this, lines are dropped and counted rather than slowing calls. */
        @WithDefault("100000")
        int bufferedLines();
    }
}

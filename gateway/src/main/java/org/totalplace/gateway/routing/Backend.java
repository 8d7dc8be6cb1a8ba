package org.totalplace.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import org.totalplace.gateway.edge.Edge;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** One backend service: its connection pool, its circuit breaker and the forwarding of requests to it. */
public final class Backend {

    private final String name;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final long timeoutMillis;
    private final long connectTimeoutMillis;
    private final long maxBodyBytes;
    /** For proxying: one pool per event loop, so a call and its service connection share a thread (no hand-over). */
    private final ThreadLocal<HttpClient> perEventLoop;
    /** For the occasional health and OpenAPI fetches, from any thread. */
    private final HttpClient shared;
    private final CircuitBreaker breaker;

    public Backend(String name, URI url, Duration timeout, Duration connectTimeout, long maxBodyBytes,
                   Supplier<HttpClient> clients, CircuitBreaker breaker) {
        this.name = name;
        this.ssl = "https".equalsIgnoreCase(url.getScheme());
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        this.timeoutMillis = timeout.toMillis();
        this.connectTimeoutMillis = connectTimeout.toMillis();
        this.maxBodyBytes = maxBodyBytes;
        this.perEventLoop = ThreadLocal.withInitial(clients);
        this.shared = clients.get();
        this.breaker = breaker;
    }

    public String name() {
        return name;
    }

    /** scheme://host:port of the service, as it sees itself addressed by the gateway. */
    public String origin() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** Streams the request to the service and its answer back (Vert.x HTTP Proxy), or answers 503 if the circuit is open. */
    public void forward(RoutingContext rc) {
        if (Edge.tooLarge(rc.request().getHeader("Content-Length"), maxBodyBytes)) {
            Edge.reject(rc, "payload-too-large", "Request body too large", 413,
                    "The body is larger than the " + name + " service accepts (" + maxBodyBytes + " bytes).");
            return;
        }
        if (!breaker.tryAcquire()) {
            rc.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
            Edge.reject(rc, "service-unavailable", "Service unavailable", 503,
                    "The " + name + " service is failing; calls to it are suspended for a moment (circuit open).");
            return;
        }
        HttpProxy.reverseProxy(Context.isOnEventLoopThread() ? perEventLoop.get() : shared)
                .origin(this::originRequest)
                .addInterceptor(new Forwarding(rc, this))
                .handle(rc.request());
    }

    private Future<HttpClientRequest> originRequest(ProxyContext context) {
        return context.client().request(options(context.request().getURI(), timeoutMillis));
    }

    /** GET a small document from the service (health, OpenAPI), failing on any status but 200. */
    public Future<Buffer> fetch(String uri, Duration timeout) {
        return shared.request(options(uri, timeout.toMillis()).setMethod(HttpMethod.GET))
                .compose(HttpClientRequest::send)
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture(name + " answered " + response.statusCode() + " for " + uri));
    }

    private RequestOptions options(String uri, long idleTimeoutMillis) {
        return new RequestOptions()
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setURI(uri)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(idleTimeoutMillis);
    }
}

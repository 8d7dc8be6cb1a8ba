package org.totalplace.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.totalplace.gateway.GatewayConfig;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The configured services and the route table that maps /api/v1/&lt;segment&gt; to them. */
@ApplicationScoped
public class Backends {

    private final Map<String, Backend> byName = new LinkedHashMap<>();
    private final RouteTable routes;

    @Inject
    public Backends(GatewayConfig config, Vertx vertx) {
        new TreeMap<>(config.services()).forEach((name, service) -> {
            HttpClientOptions options = new HttpClientOptions()
                    .setName("gateway-" + name)
                    .setConnectTimeout((int) service.connectTimeout().toMillis())
                    .setKeepAlive(true)
                    .setTcpNoDelay(true);
            byName.put(name, new Backend(name, service.url(), service.timeout(), service.connectTimeout(),
                    service.maxBodySize().map(size -> size.asLongValue()).orElse(Long.MAX_VALUE),
                    () -> vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(service.maxConnections())),
                    new CircuitBreaker(service.failureThreshold(), service.openFor(), System::nanoTime)));
        });
        Map<String, List<String>> segments = config.services().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().paths()));
        this.routes = new RouteTable(segments);
    }

    public Optional<Backend> forPath(String normalizedPath) {
        return routes.serviceFor(normalizedPath).map(byName::get);
    }

    public boolean owns(String service, String path) {
        return routes.serviceFor(path).filter(service::equals).isPresent();
    }

    public Collection<Backend> all() {
        return byName.values();
    }
}

package org.totalplace.gateway.spa;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.totalplace.gateway.GatewayConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built SPA at /: files from the SPA directory, content-hashed /assets/* cached for a year, everything else
 * revalidated, and unknown paths outside /api and /q answered with index.html so client-side routes survive
 * a reload. Without a built SPA, / explains that.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);
    private static final String NOT_BUILT = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Total Place</title></head>
            <body><h1>Total Place</h1><p>The frontend is not built. Build it (npm run build in frontend/) or set
            SPA_DIR to its dist directory. The API is at <a href="/api/docs">/api/docs</a>.</p></body></html>
            """;

    private final Path dir;
    private final Path index;
    private final String assetsCacheControl;

    @Inject
    public SpaRoutes(GatewayConfig config) {
        this.dir = config.spa().dir().toAbsolutePath().normalize();
        this.index = dir.resolve("index.html");
        this.assetsCacheControl = config.spa().assetsCacheControl();
    }

    void routes(@Observes Router router) {
        LOG.infof("Serving the SPA from %s%s", dir, Files.isDirectory(dir) ? "" : " (not built yet)");
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setCachingEnabled(false)
                .setIndexPage("index.html")
                .setIncludeHidden(false);
        int last = Integer.MAX_VALUE - 5;
        router.route().order(last).handler(rc -> {
            if (!isSpaRequest(rc)) {
                rc.next();
                return;
            }
            rc.addHeadersEndHandler(ignored -> {
                int status = rc.response().getStatusCode();
                boolean asset = rc.normalizedPath().startsWith("/assets/") && (status == 200 || status == 304);
                rc.response().headers().set("Cache-Control", asset ? assetsCacheControl : "no-cache");
            });
            rc.next();
        });
        router.route().order(last + 1).handler(rc -> {
            if (isSpaRequest(rc) && Files.isDirectory(dir)) {
                files.handle(rc);
            } else {
                rc.next();
            }
        });
        router.route().order(last + 2).handler(this::fallback);
    }

    /** History-API fallback: a path the SPA's router knows but the file system does not. */
    private void fallback(RoutingContext rc) {
        if (!isSpaRequest(rc) || rc.normalizedPath().startsWith("/assets/")) {
            rc.next();
            return;
        }
        if (Files.isRegularFile(index)) {
            rc.response().putHeader("Content-Type", "text/html; charset=utf-8").sendFile(index.toString());
        } else {
            rc.response().putHeader("Content-Type", "text/html; charset=utf-8").end(NOT_BUILT);
        }
    }

    private static boolean isSpaRequest(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && !path.equals("/api") && !path.startsWith("/api/")
                && !path.equals("/q") && !path.startsWith("/q/");
    }
}

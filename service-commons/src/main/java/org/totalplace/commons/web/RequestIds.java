package org.totalplace.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Takes the caller's {@code X-Request-Id} (or makes one), puts it in the logging context as {@code requestId}
 * and echoes it on the response, so one id follows a request through the gateway and every service.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String offered = rc.request().getHeader(HEADER);
            String id = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            rc.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.addEndHandler(ignored -> MDC.remove(MDC_KEY));
            rc.next();
        }, 1000);
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}

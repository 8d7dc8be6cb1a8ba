package org.totalplace.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details written by the gateway itself (the services write their own). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:totalplace:problem:gateway:";

    private Problems() {
    }

    /** The body of a problem; {@code kind} becomes the type URN, e.g. "service-unavailable". */
    public static Buffer body(String kind, String title, int status, String detail, String instance, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_BASE + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.toBuffer();
    }

    public static void send(HttpServerResponse response, String kind, String title, int status, String detail,
                            String instance, String requestId) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(kind, title, status, detail, instance, requestId));
    }
}

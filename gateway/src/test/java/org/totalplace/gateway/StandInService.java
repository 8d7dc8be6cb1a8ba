package org.totalplace.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small real HTTP service standing in for pilots, counting or governance: the gateway's job is HTTP, so its
 * tests talk to real servers on real ports. It echoes what it received, counts streamed uploads, streams
 * large downloads, answers slowly on request, and serves /q/health/ready and /q/openapi like a Quarkus service.
 * Also runnable on its own for the benchmark: {@code java ... StandInService <name> <port> <segment>...}.
 */
public final class StandInService {

    private static final int CHUNK = 64 * 1024;

    private final String name;
    private final List<String> segments;
    private final AtomicLong slowCallsReceived = new AtomicLong();
    private final Vertx vertx;
    private HttpServer server;
    private int port;

    public StandInService(Vertx vertx, String name, List<String> segments) {
        this.vertx = vertx;
        this.name = name;
        this.segments = segments;
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        StandInService service = new StandInService(vertx, args[0], List.of(args).subList(2, args.length));
        int port = service.start(Integer.parseInt(args[1])).toCompletionStage().toCompletableFuture().join();
        System.out.println("stand-in " + args[0] + " listening on 127.0.0.1:" + port);
    }

    /** Listens on the port (0: any free one) and answers with the port taken; no-op when already listening. */
    public Future<Integer> start(int wanted) {
        if (server != null) {
            return Future.succeededFuture(port);
        }
        return vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(wanted).setReuseAddress(true))
                .requestHandler(this::handle)
                .listen()
                .map(listening -> {
                    server = listening;
                    port = listening.actualPort();
                    return port;
                });
    }

    /** Closes the port: the service is down. */
    public Future<Void> stop() {
        if (server == null) {
            return Future.succeededFuture();
        }
        HttpServer closing = server;
        server = null;
        return closing.close();
    }

    public int port() {
        return port;
    }

    public long slowCallsReceived() {
        return slowCallsReceived.get();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        HttpServerResponse response = request.response();
        // like the real services, which echo the request id they were given
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null) {
            response.putHeader("X-Request-Id", requestId);
        }
        if (path.equals("/q/health/ready")) {
            json(response, new JsonObject().put("status", "UP"));
        } else if (path.equals("/q/openapi")) {
            json(response, openApi());
        } else if (path.endsWith("/slow")) {
            long delay = Long.parseLong(request.getParam("delay", "3000"));
            slowCallsReceived.incrementAndGet();
            vertx.setTimer(delay, t -> json(response, echo(request)));
        } else if (path.endsWith("/export")) {
            export(request, Long.parseLong(request.getParam("bytes", "1048576")));
        } else if (request.method().name().equals("POST") || request.method().name().equals("PUT")) {
            AtomicLong received = new AtomicLong();
            request.handler(buffer -> received.addAndGet(buffer.length()));
            request.endHandler(v -> json(response.setStatusCode(201).putHeader("Location", url() + path + "/new"),
                    echo(request).put("bytes", received.get())));
        } else {
            json(response, echo(request));
        }
    }

    private JsonObject echo(HttpServerRequest request) {
        return new JsonObject()
                .put("service", name)
                .put("method", request.method().name())
                .put("path", request.path())
                .put("query", request.query())
                .put("requestId", request.getHeader("X-Request-Id"))
                .put("authorization", request.getHeader("Authorization"))
                .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                .put("forwardedHost", request.getHeader("X-Forwarded-Host"));
    }

    /** Streams {@code total} bytes of CSV-like text in chunks, respecting back-pressure. */
    private void export(HttpServerRequest request, long total) {
        HttpServerResponse response = request.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/csv");
        Buffer chunk = Buffer.buffer("x".repeat(CHUNK - 1) + "\n");
        AtomicLong remaining = new AtomicLong(total);
        Runnable pump = new Runnable() {
            @Override
            public void run() {
                while (remaining.get() > 0 && !response.writeQueueFull()) {
                    int size = (int) Math.min(CHUNK, remaining.get());
                    remaining.addAndGet(-size);
                    response.write(size == CHUNK ? chunk : chunk.getBuffer(0, size));
                }
                if (remaining.get() == 0) {
                    response.end();
                } else {
                    response.drainHandler(v -> run());
                }
            }
        };
        pump.run();
    }

    private JsonObject openApi() {
        JsonObject paths = new JsonObject();
        for (String segment : segments) {
            paths.put("/api/v1/" + segment, new JsonObject()
                    .put("get", operation("list", segment).put("security", new JsonArray().add(new JsonObject())))
                    .put("post", operation("create", segment)
                            .put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())))));
        }
        // a service endpoint the gateway does not route: it must not appear in the merged document
        paths.put("/internal/" + name, new JsonObject().put("get", operation("internal", name)));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name + " stand-in").put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)))
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject()
                                // same name, different content in every service: must be prefixed
                                .put("Item", new JsonObject().put("type", "object").put("properties",
                                        new JsonObject().put(name + "Field", new JsonObject().put("type", "string"))))
                                .put("ItemPage", new JsonObject().put("type", "object").put("properties",
                                        new JsonObject().put("items", new JsonObject().put("type", "array")
                                                .put("items", new JsonObject().put("$ref", "#/components/schemas/Item")))))
                                // identical in every service (service-commons): must be shared
                                .put("Problem", new JsonObject().put("type", "object").put("properties",
                                        new JsonObject().put("title", new JsonObject().put("type", "string")))))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme",
                                new JsonObject().put("type", "http").put("scheme", "bearer"))));
    }

    private JsonObject operation(String verb, String segment) {
        return new JsonObject()
                .put("operationId", verb + capitalised(segment))
                .put("tags", new JsonArray().add(name))
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "OK").put("content", new JsonObject()
                                .put("application/json", new JsonObject().put("schema",
                                        new JsonObject().put("$ref", "#/components/schemas/ItemPage")))))
                        .put("400", new JsonObject().put("description", "Bad input").put("content", new JsonObject()
                                .put("application/problem+json", new JsonObject().put("schema",
                                        new JsonObject().put("$ref", "#/components/schemas/Problem"))))));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void json(HttpServerResponse response, JsonObject body) {
        response.putHeader("Content-Type", "application/json").end(body.toBuffer());
    }
}

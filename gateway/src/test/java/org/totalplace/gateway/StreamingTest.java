package org.totalplace.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies larger than the test JVM's whole heap (-Xmx256m, see the pom) pass through the gateway both ways,
 * so they are streamed, not held in memory. The JDK client streams too (REST Assured would buffer the body).
 */
@QuarkusTest
class StreamingTest {

    private static final long BIG = 300L * 1024 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void uploadLargerThanTheHeapIsStreamedToTheService() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() < BIG, "the test must run with a heap smaller than the body");
        HttpRequest upload = HttpRequest.newBuilder(gateway.resolve("/api/v1/counts/42/imports"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(BIG)), BIG))
                .build();
        HttpResponse<String> response = client.send(upload, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject echoed = new JsonObject(response.body());
        assertEquals("counting", echoed.getString("service"));
        assertEquals(BIG, echoed.getLong("bytes"));
    }

    @Test
    void downloadLargerThanTheHeapIsStreamedToTheCaller() throws Exception {
        HttpRequest export = HttpRequest.newBuilder(gateway.resolve("/api/v1/counts/42/export?bytes=" + BIG)).build();
        HttpResponse<InputStream> response = client.send(export, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("text/csv", response.headers().firstValue("Content-Type").orElseThrow());
        long received = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                received += n;
            }
        }
        assertEquals(BIG, received);
    }

    @Test
    void bodyAboveTheConfiguredLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/counts/42/imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 600000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(2048), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }

    @Test
    void bodyAboveTheServicesOwnLimitIsA413AtTheGatewayNotA503FromAHalfReadUpload() throws Exception {
        // pilots takes 10M: it refused more half-way and closed the connection, which the gateway reported as 503
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/places HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 12000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(2048), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("pilots service"), answer);
        }
    }

    /** An input stream of {@code size} zero bytes that holds nothing in memory. */
    private static final class Zeros extends InputStream {
        private long remaining;

        Zeros(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return '0';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            Arrays.fill(b, off, off + n, (byte) '0');
            remaining -= n;
            return n;
        }
    }
}

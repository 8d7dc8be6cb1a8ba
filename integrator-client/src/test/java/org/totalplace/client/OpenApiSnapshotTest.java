package org.totalplace.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The client is generated from a committed copy of GET /api/openapi, so that a plain build needs no running stack.
 * This is the drift check: the copy must still be what the running gateway publishes. (That the merged document
 * holds every operation of every service is checked by system-tests' ApiOperations.)
 */
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/main/openapi/totalplace-api.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedSnapshotIsWhatTheGatewayPublishes() throws Exception {
        JsonNode live = get(RunningStack.GATEWAY + "/api/openapi");
        assertEquals(0, live.path("x-totalplace-unavailable").size(),
                "every service must be up for the comparison: " + live.path("x-totalplace-unavailable"));
        JsonNode committed = normalised(JSON.readTree(Files.readString(SNAPSHOT)));
        JsonNode published = normalised(live);
        if (!committed.equals(published)) {
            fail("integrator-client/" + SNAPSHOT + " is not the gateway's /api/openapi any more ("
                    + differences(committed, published) + "). Refresh it from the running stack with\n"
                    + "  ./mvnw -B -pl integrator-client -Prefresh-openapi compile -Dgateway.url="
                    + RunningStack.GATEWAY + "\n"
                    + "then regenerate frontend/src/api/schema.d.ts (npm run gen:api) and commit both.");
        }
    }

    /** Without what depends on where and how the stack runs rather than on the API. */
    private static JsonNode normalised(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(List.of("x-totalplace-sources", "x-totalplace-unavailable"));
        // the issuer's address is the deployment's (OIDC_ISSUER), not part of the API a client is generated from
        if (copy.at("/components/securitySchemes/oidc") instanceof ObjectNode oidc) {
            oidc.remove("openIdConnectUrl");
        }
        return copy;
    }

    /** Which paths and schemas differ, so the message says what changed. */
    private static String differences(JsonNode a, JsonNode b) {
        Set<String> changed = new TreeSet<>();
        for (String section : List.of("/paths", "/components/schemas")) {
            Set<String> names = new TreeSet<>();
            a.at(section).fieldNames().forEachRemaining(names::add);
            b.at(section).fieldNames().forEachRemaining(names::add);
            names.stream().filter(n -> !a.at(section).path(n).equals(b.at(section).path(n)))
                    .forEach(n -> changed.add(section.substring(section.lastIndexOf('/') + 1) + " " + n));
        }
        return changed.isEmpty() ? "info, tags or security differ" : "changed: " + String.join(", ", changed);
    }

    private static JsonNode get(String url) throws IOException {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(url)).build());
        assertEquals(200, response.statusCode(), url);
        return JSON.readTree(response.body());
    }
}

package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class AccessLogTest {

    @ConfigProperty(name = "gateway.access-log.path")
    Path log;

    @Test
    void everyAnswerGetsOneLineWithMethodPathStatusLatencyClientAndRequestId() {
        String id = "access-" + UUID.randomUUID();
        given().header("X-Request-Id", id).when().get("/api/v1/places/kent?size=5").then().statusCode(200);

        List<String> lines = await().atMost(Duration.ofSeconds(5)).until(() -> linesWith(id), hasSize(1));
        // 2026-11-24T01:18:44.183Z GET /api/v1/places/kent 200 1.2ms client=127.0.0.1 req=access-…
        assertThat(lines.get(0), matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "
                + "GET /api/v1/places/kent 200 \\d+\\.\\dms client=127\\.0\\.0\\.1 req=" + id));
    }

    @Test
    void aSignedInCallerIsLoggedByClientAndSubjectAndARejectionIsLoggedToo() {
        String id = "access-" + UUID.randomUUID();
        given().header("X-Request-Id", id).auth().oauth2(Tokens.valid("alice"))
                .when().get("/api/v1/counts").then().statusCode(200);
        String refused = "access-" + UUID.randomUUID();
        given().header("X-Request-Id", refused).auth().oauth2(Tokens.expired("alice"))
                .when().get("/api/v1/counts").then().statusCode(401);

        List<String> admitted = await().atMost(Duration.ofSeconds(5)).until(() -> linesWith(id), hasSize(1));
        assertThat(admitted.get(0), allOf(containsString(" GET /api/v1/counts 200 "), containsString(" client=totalplace-spa/alice req=")));
        List<String> rejected = await().atMost(Duration.ofSeconds(5)).until(() -> linesWith(refused), hasSize(1));
        assertThat(rejected.get(0), allOf(containsString(" GET /api/v1/counts 401 "), containsString(" client=127.0.0.1 ")));
    }

    private List<String> linesWith(String requestId) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.endsWith(" req=" + requestId)).toList();
        }
    }
}

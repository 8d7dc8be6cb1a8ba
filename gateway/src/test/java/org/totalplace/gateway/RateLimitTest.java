package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The test profile gives the token subjects "greedy" and "greedy-too" a burst of 2 and one call per 100 s. */
@QuarkusTest
class RateLimitTest {

    @Test
    void clientOverItsQuotaGets429WithRetryAfter() {
        String greedy = Tokens.valid("greedy");
        given().auth().oauth2(greedy).get("/api/v1/places").then().statusCode(200);
        given().auth().oauth2(greedy).get("/api/v1/places").then().statusCode(200);
        given().auth().oauth2(greedy).when().get("/api/v1/places")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?|100"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/places"));
    }

    @Test
    void otherClientsKeepTheirOwnQuota() {
        String greedy = Tokens.valid("greedy-too");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(greedy).get("/api/v1/counts");
        }
        given().auth().oauth2(greedy).get("/api/v1/counts").then().statusCode(429);
        given().auth().oauth2(Tokens.valid("modest")).get("/api/v1/counts").then().statusCode(200);
        given().get("/api/v1/counts").then().statusCode(200);
    }
}

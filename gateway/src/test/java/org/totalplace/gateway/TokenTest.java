package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TokenTest {

    @Test
    void validTokenIsForwardedWithTheCall() {
        String token = Tokens.valid("alice");
        given().auth().oauth2(token).when().get("/api/v1/milestones")
                .then().statusCode(200)
                .body("service", equalTo("governance"))
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void anonymousCallsPassThroughForTheServiceToDecide() {
        given().when().get("/api/v1/places").then().statusCode(200).body("authorization", nullValue());
    }

    @Test
    void expiredTokenIsRefusedBeforeForwarding() {
        assertRefused(Tokens.expired("alice"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        assertRefused(Tokens.signedByStranger("mallory"));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertRefused(Tokens.forOtherAudience("alice"));
    }

    @Test
    void garbageTokenIsRefusedEvenWithABody() {
        given().header("Authorization", "Bearer not-a-jwt").contentType("text/csv").body("a,b\n1,2\n")
                .when().post("/api/v1/counts/1/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/places")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("status", equalTo(401))
                .body("title", equalTo("Invalid token"))
                .body("instance", equalTo("/api/v1/places"));
    }
}

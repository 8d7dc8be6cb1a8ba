package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BrowserSecurityTest {

    private static final String SPA = "http://localhost:5173";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/api/v1/places", "/api/v1/nothing", "/q/health/live"}) {
            given().when().get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' https://keycloak.test"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    // plain HTTP: HSTS would be ignored by browsers and pin nothing
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void swaggerUiGetsTheLooserPolicyItsPageNeeds() {
        given().when().get("/api/docs/")
                .then().header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void corsPreflightIsAllowedForTheSpaOrigin() {
        given().header("Origin", SPA)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/places")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", SPA).when().get("/api/v1/places")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .body("service", equalTo("pilots"));
    }

    @Test
    void corsIsRefusedForAnyOtherOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/places/kent")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}

package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SpaNotBuiltTest.NoSpa.class)
class SpaNotBuiltTest {

    public static class NoSpa implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.spa.dir", "target/no-frontend-here");
        }
    }

    @Test
    void rootSaysTheFrontendIsNotBuiltAndTheApiStillWorks() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("frontend is not built"));
        given().when().get("/places/kent").then().statusCode(200).body(containsString("frontend is not built"));
        given().when().get("/api/v1/places").then().statusCode(200).body("service", equalTo("pilots"));
    }
}

package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RoutingTest {

    @ParameterizedTest
    @CsvSource({
            "places, pilots", "organisations, pilots",
            "counts, counting", "imports, counting", "comparisons, counting", "functions, counting",
            "groups, governance", "people, governance", "meetings, governance", "milestones, governance",
            "risks, governance", "calendars, governance"})
    void firstSegmentDecidesTheServiceAndThePathIsForwardedUnchanged(String segment, String service) {
        given().when().get("/api/v1/" + segment + "/leicester-leicestershire/items?page=2&size=10")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo("/api/v1/" + segment + "/leicester-leicestershire/items"))
                .body("query", equalTo("page=2&size=10"));
    }

    @Test
    void calendarFeedsWithAFileSuffixReachGovernance() {
        given().when().get("/api/v1/calendars/kent.ics")
                .then().statusCode(200).body("service", equalTo("governance")).body("path", equalTo("/api/v1/calendars/kent.ics"));
    }

    @Test
    void dotSegmentsCannotSmuggleACallToAnotherService() {
        given().urlEncodingEnabled(false).when().get("/api/v1/places/../counts/abc")
                .then().statusCode(200).body("service", equalTo("counting")).body("path", equalTo("/api/v1/counts/abc"));
    }

    @Test
    void bodiesMethodsAndTheClientAddressReachTheService() {
        given().contentType("application/json").body("{\"name\":\"Kent\"}")
                .when().post("/api/v1/places")
                .then().statusCode(201)
                .body("service", equalTo("pilots"))
                .body("method", equalTo("POST"))
                .body("bytes", equalTo(15))
                .body("forwardedFor", equalTo("127.0.0.1"))
                .body("forwardedHost", notNullValue());
    }

    @Test
    void linkToACreatedResourcePointsAtTheGatewayNotTheService() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Location", equalTo("/api/v1/meetings/new"));
    }

    @Test
    void unknownResourceIsAProblemNotAGuess() {
        given().when().get("/api/v1/nothing-here/1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/api/v1/nothing-here/1"))
                .body("type", matchesPattern("urn:totalplace:problem:gateway:not-found"));
    }

    @Test
    void requestIdOfTheCallerIsPassedOnAndEchoedOnce() {
        var response = given().header("X-Request-Id", "trace-42.a:b")
                .when().get("/api/v1/places")
                .then().statusCode(200)
                .body("requestId", equalTo("trace-42.a:b"))
                .extract().response();
        // the service echoes the id too; the caller still sees one header
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("trace-42.a:b"),
                response.headers().getValues("X-Request-Id"));
    }

    @Test
    void requestIdIsCreatedWhenMissingOrUnsafeAndTheServiceSeesTheSameOne() {
        for (String offered : new String[]{null, "bad id\twith spaces"}) {
            var request = given();
            if (offered != null) {
                request.header("X-Request-Id", offered);
            }
            var response = request.when().get("/api/v1/counts").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                    .extract().response();
            org.junit.jupiter.api.Assertions.assertEquals(response.header("X-Request-Id"), response.path("requestId"));
        }
    }
}

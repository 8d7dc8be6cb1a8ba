package org.totalplace.governance.risk;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.TestEvents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RaidApiTest {

    static final String PLACE = "bradford";

    static final String ENTRY = """
            {"placeId":"bradford","type":"%s","title":"%s","likelihood":%d,"impact":%d,"owner":%s,
             "response":"MITIGATE","actions":"Weekly check","raisedOn":"2009-09-01","reviewDate":"%s"}""";

    @BeforeEach
    void placeIsKnown() {
        if (TestEvents.rows("known_place", "id = ?", PLACE) == 0) {
            TestEvents.registerPlace(PLACE);
        }
    }

    private static String entry(String type, String title, int likelihood, int impact, String owner, String review) {
        return ENTRY.formatted(type, title, likelihood, impact, owner == null ? "null" : "\"" + owner + "\"", review);
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void theLogIsSortedByScoreAndUpdatesNeedTheEtag() {
        given().contentType("application/json").body(entry("ASSUMPTION", "Partners share data", 2, 2, "Programme Manager", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(201).body("score", equalTo(4)).body("rating", equalTo("LOW"));
        String id = given().contentType("application/json")
                .body(entry("RISK", "Data arrives late", 3, 4, "Finance lead", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(201).body("score", equalTo(12))
                .body("rating", equalTo("MEDIUM")).body("status", equalTo("OPEN")).extract().path("id");
        given().contentType("application/json").body(entry("DEPENDENCY", "Consultants deliver the count", 3, 3, "Finance lead", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(201);
        given().queryParam("place", PLACE).when().get("/api/v1/risks").then().statusCode(200)
                .body("items.score", contains(12, 9, 4)).body("items.owner", contains("Finance lead", "Finance lead", "Programme Manager"));

        String etag = given().when().get("/api/v1/risks/" + id).then().statusCode(200).extract().header("ETag");
        String raised = entry("RISK", "Data arrives late", 5, 5, "Finance lead", "2009-10-01");
        given().contentType("application/json").body(raised).when().put("/api/v1/risks/" + id).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"12\"").body(raised)
                .when().put("/api/v1/risks/" + id).then().statusCode(412);
        given().contentType("application/json").header("If-Match", etag).body(raised)
                .when().put("/api/v1/risks/" + id).then().statusCode(200).body("score", equalTo(25)).body("rating", equalTo("HIGH"));
        given().queryParam("place", PLACE).queryParam("type", "RISK").when().get("/api/v1/risks").then()
                .body("items.score", contains(25));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void invalidEntriesAreProblemsAndWriteNothing() {
        long before = TestEvents.rows("raid_item", "1 = 1");
        given().contentType("application/json").body(entry("RISK", "Too likely", 6, 3, "Owner", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("likelihood"));
        given().contentType("application/json").body(entry("RISK", "No impact", 3, 0, "Owner", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(400).body("errors.field", contains("impact"));
        given().contentType("application/json").body(entry("RISK", "Nobody's", 3, 3, null, "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(400).body("errors.field", contains("owner"));
        given().contentType("application/json").body(entry("RISK", "Reviewed before raised", 3, 3, "Owner", "2009-08-01"))
                .when().post("/api/v1/risks").then().statusCode(400).body("errors.field", contains("reviewDate"));
        given().contentType("application/json").body(entry("RUMOUR", "Not a RAID type", 3, 3, "Owner", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(400).body("errors.field", contains("type"));
        given().queryParam("type", "RUMOUR").when().get("/api/v1/risks").then().statusCode(400)
                .body("errors.field", contains("type"));
        assertEquals(before, TestEvents.rows("raid_item", "1 = 1"));
    }

    @Test
    void anonymousCallersReadTheLogWithoutOwnersAndMayNotWrite() {
        given().queryParam("place", "leicester-leicestershire").when().get("/api/v1/risks").then().statusCode(200)
                .body("items[0].title", equalTo("Requests for briefing and reporting from Government hinder progress"))
                .body("items[0].owner", equalTo(null));
        given().contentType("application/json").body(entry("RISK", "x", 3, 3, "Owner", "2009-10-01"))
                .when().post("/api/v1/risks").then().statusCode(401);
    }
}

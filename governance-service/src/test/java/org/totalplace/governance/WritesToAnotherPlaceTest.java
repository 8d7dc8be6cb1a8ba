package org.totalplace.governance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes are authorised on the place before anything else is looked at: an officer of another place is refused
 * the same way whatever they send and whether the id exists or not; only admins learn that an id is unknown.
 * Leicester's seeded programme (migration V2) provides the group, meeting, milestone and risk written to.
 */
@QuarkusTest
class WritesToAnotherPlaceTest {

    static final String LUTON = "luton-central-bedfordshire";

    /** Every write to an existing Leicester resource, as method and path. */
    static final List<List<String>> WRITES = List.of(
            List.of("PUT", "/api/v1/groups/ll-public-service-board"),
            List.of("POST", "/api/v1/groups/ll-public-service-board/memberships"),
            List.of("PUT", "/api/v1/meetings/ll-epb-2009-08-10"),
            List.of("PUT", "/api/v1/milestones/ll-interim-count"),
            List.of("POST", "/api/v1/milestones/ll-interim-count/meet"),
            List.of("POST", "/api/v1/milestones/ll-interim-count/waive"),
            List.of("PUT", "/api/v1/risks/ll-risk-briefing-requests"));

    @Test
    @TestSecurity(user = "lou", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = LUTON))
    void anotherPlacesOfficerIsRefusedEveryWriteWhateverTheBody() {
        long versions = TestEvents.rows("milestone", "id = 'll-interim-count' AND version = 0")
                + TestEvents.rows("gov_group", "id = 'll-public-service-board' AND version = 0");
        for (List<String> write : WRITES) {
            // no If-Match, an invalid body, malformed JSON: the refusal comes before any of them is noticed
            for (String body : List.of("{}", "{\"title\":")) {
                given().contentType("application/json").body(body).when().request(write.get(0), write.get(1))
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }
        for (String resource : List.of("groups", "meetings", "milestones", "risks")) {
            given().contentType("application/json").body("{\"placeId\":\"leicester-leicestershire\"}")
                    .when().post("/api/v1/" + resource).then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(versions, TestEvents.rows("milestone", "id = 'll-interim-count' AND version = 0")
                + TestEvents.rows("gov_group", "id = 'll-public-service-board' AND version = 0"));
    }

    @Test
    @TestSecurity(user = "lou", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = LUTON))
    void writingToAnIdThatDoesNotExistIsRefusedLikeAnotherPlacesResource() {
        for (List<String> write : WRITES) {
            String unknown = write.get(1).replaceAll("/ll-[a-z0-9-]+", "/no-such-id");
            given().contentType("application/json").body("{}").when().request(write.get(0), unknown)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void anAdminLearnsThatAnIdDoesNotExist() {
        given().contentType("application/json").header("If-Match", "*").body("{\"reason\":\"not needed\"}")
                .when().post("/api/v1/milestones/no-such-id/waive").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"post\":\"Chair\",\"role\":\"CHAIR\"}")
                .when().post("/api/v1/groups/no-such-id/memberships").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gov-office", roles = "integrator")
    void integratorsWriteNothing() {
        for (List<String> write : WRITES) {
            given().contentType("application/json").body("{}").when().request(write.get(0), write.get(1))
                    .then().statusCode(403);
        }
        given().contentType("application/json").body("{\"placeId\":\"leicester-leicestershire\"}")
                .when().post("/api/v1/meetings").then().statusCode(403);
    }

    @Test
    void aPublicReadWithABadTokenIsRefusedNotServedAsAnonymous() {
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/groups")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/groups").then().statusCode(200);
    }
}

package org.totalplace.governance.group;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.TestEvents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GroupApiTest {

    static final String PLACE = "croydon";

    @BeforeEach
    void placesAreKnown() {
        if (TestEvents.rows("known_place", "id = ?", PLACE) == 0) {
            TestEvents.registerPlace(PLACE);
        }
    }

    private static String createGroup(String name, String kind, String reportsTo) {
        return given().contentType("application/json")
                .body("""
                        {"placeId":"croydon","name":"%s","kind":"%s","purpose":"Runs the pilot",
                         "reportsTo":%s,"memberOrganisations":["Croydon Council","Croydon PCT"]}"""
                        .formatted(name, kind, reportsTo == null ? "null" : "\"" + reportsTo + "\""))
                .when().post("/api/v1/groups")
                .then().statusCode(201).header("ETag", notNullValue()).extract().path("id");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void groupsFormATreePerPlaceWithoutCyclesOrForeignParents() {
        String board = createGroup("Croydon Strategic Partnership Board", "BOARD", null);
        String programme = createGroup("Total Place Programme Board", "PROGRAMME_BOARD", board);
        String team = createGroup("Family Power project team", "PROJECT_TEAM", programme);
        long groupsBefore = TestEvents.rows("gov_group", "1 = 1");

        given().contentType("application/json")
                .body("{\"placeId\":\"croydon\",\"name\":\"x\",\"kind\":\"WORKING_GROUP\",\"reportsTo\":\"no-such-group\"}")
                .when().post("/api/v1/groups").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reportsTo")).body("detail", containsString("no group"));
        given().contentType("application/json")
                .body("{\"placeId\":\"croydon\",\"name\":\"x\",\"kind\":\"WORKING_GROUP\",\"reportsTo\":\"ll-public-service-board\"}")
                .when().post("/api/v1/groups").then().statusCode(400)
                .body("errors.field", contains("reportsTo")).body("detail", containsString("another place"));
        assertEquals(groupsBefore, TestEvents.rows("gov_group", "1 = 1"));

        // the board may not report to its own grandchild, nor to itself
        String boardEtag = given().when().get("/api/v1/groups/" + board).then().statusCode(200).extract().header("ETag");
        String boardUpdate = "{\"name\":\"Croydon Strategic Partnership Board\",\"kind\":\"BOARD\",\"reportsTo\":\"%s\"}";
        given().contentType("application/json").header("If-Match", boardEtag).body(boardUpdate.formatted(team))
                .when().put("/api/v1/groups/" + board).then().statusCode(400).body("detail", containsString("cycle"));
        given().contentType("application/json").header("If-Match", boardEtag).body(boardUpdate.formatted(board))
                .when().put("/api/v1/groups/" + board).then().statusCode(400).body("detail", containsString("itself"));
        given().when().get("/api/v1/groups/" + board).then().body("reportsTo", nullValue()).header("ETag", equalTo(boardEtag));

        given().queryParam("place", PLACE).when().get("/api/v1/groups/tree").then().statusCode(200)
                .body("id", hasItem(board))
                .body("find { it.id == '%s' }.reportingGroups.name".formatted(board), contains("Total Place Programme Board"))
                .body("find { it.id == '%s' }.reportingGroups[0].reportingGroups.id".formatted(board), contains(team));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void groupUpdatesNeedTheCurrentEtag() {
        String id = createGroup("Finance officers", "WORKING_GROUP", null);
        String etag = given().when().get("/api/v1/groups/" + id).then().extract().header("ETag");
        String body = "{\"name\":\"Joint Finance Officers\",\"kind\":\"WORKING_GROUP\",\"memberOrganisations\":[\"Croydon Council\"]}";
        given().contentType("application/json").body(body).when().put("/api/v1/groups/" + id).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"41\"").body(body)
                .when().put("/api/v1/groups/" + id).then().statusCode(412).contentType("application/problem+json");
        given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/groups/" + id).then().statusCode(200)
                .body("name", equalTo("Joint Finance Officers")).body("memberOrganisations", contains("Croydon Council"));
        given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/groups/" + id).then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void membershipsTakePartialDatesAndRefuseAnEndBeforeTheStart() {
        String group = createGroup("Worklessness project team", "PROJECT_TEAM", null);
        String membership = "/api/v1/groups/" + group + "/memberships";
        String personId = given().contentType("application/json")
                .body("{\"person\":{\"name\":\"Pat Example\",\"organisation\":\"Croydon Council\",\"jobTitle\":\"Head of Policy\"},"
                        + "\"role\":\"PROJECT_MANAGER\",\"start\":\"2009-07\",\"end\":\"2010\"}")
                .when().post(membership)
                .then().statusCode(201).body("start", equalTo("2009-07")).body("end", equalTo("2010"))
                .body("person.name", equalTo("Pat Example")).extract().path("person.id");
        given().contentType("application/json")
                .body("{\"personId\":\"%s\",\"role\":\"CHAIR\",\"start\":\"2009-09-14\"}".formatted(personId))
                .when().post(membership).then().statusCode(201);
        long memberships = TestEvents.rows("membership", "1 = 1");
        long people = TestEvents.rows("person", "1 = 1");

        given().contentType("application/json")
                .body("{\"person\":{\"name\":\"Late Leaver\"},\"role\":\"MEMBER\",\"start\":\"2009-09\",\"end\":\"2009-08-31\"}")
                .when().post(membership).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("end"));
        given().contentType("application/json").body("{\"personId\":\"nobody\",\"role\":\"MEMBER\"}")
                .when().post(membership).then().statusCode(400).body("errors.field", hasItem("personId"));
        given().contentType("application/json").body("{\"person\":{\"name\":\"X\"},\"role\":\"MEMBER\",\"start\":\"Sept 2009\"}")
                .when().post(membership).then().statusCode(400).body("errors.field", contains("start"));
        given().contentType("application/json").body("{\"person\":{\"name\":\"X\"},\"role\":\"TREASURER\"}")
                .when().post(membership).then().statusCode(400).body("errors.field", contains("role"));
        // an unknown group is refused exactly like another place's: only admins learn it does not exist
        given().contentType("application/json").body("{\"person\":{\"name\":\"X\"},\"role\":\"MEMBER\"}")
                .when().post("/api/v1/groups/no-such-group/memberships").then().statusCode(403);
        assertEquals(memberships, TestEvents.rows("membership", "1 = 1"));
        assertEquals(people, TestEvents.rows("person", "1 = 1"));

        given().when().get("/api/v1/people/" + personId).then().statusCode(200)
                .body("name", equalTo("Pat Example")).body("memberships.role", contains("PROJECT_MANAGER", "CHAIR"));
    }

    @Test
    void anonymousCallersSeeRolesButNotNamesAndMayNotWrite() {
        given().when().get("/api/v1/people/ll-mags-walsh").then().statusCode(200)
                .body("name", nullValue()).body("organisation", nullValue()).body("jobTitle", nullValue())
                .body("memberships.role", contains("PROGRAMME_MANAGER"))
                .body("memberships[0].groupName", equalTo("Executive Total Place Programme Board"));
        given().when().get("/api/v1/groups/ll-joint-finance-officers-group/memberships").then().statusCode(200)
                .body("role", contains("PROJECT_MANAGER", "PROJECT_MANAGER"))
                .body("person.name", contains(nullValue(), nullValue()));
        given().contentType("application/json").body("{\"placeId\":\"croydon\",\"name\":\"x\",\"kind\":\"BOARD\"}")
                .when().post("/api/v1/groups").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void viewersSeeNamesButMayNotWrite() {
        given().when().get("/api/v1/people/ll-mags-walsh").then().statusCode(200)
                .body("name", equalTo("Mags Walsh")).body("organisation", equalTo("Leicestershire County Council"));
        given().contentType("application/json").body("{\"placeId\":\"croydon\",\"name\":\"x\",\"kind\":\"BOARD\"}")
                .when().post("/api/v1/groups").then().statusCode(403).contentType("application/problem+json");
    }
}

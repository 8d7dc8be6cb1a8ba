package org.totalplace.governance.meeting;

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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class MeetingApiTest {

    static final String PLACE = "worcestershire";

    static final String MEETING = """
            {"placeId":"worcestershire","groupId":%s,"title":"Programme board","status":"CONFIRMED",
             "date":"2009-10-14","startTime":"10:00","endTime":"%s","timeZone":"Europe/London","location":"County Hall",
             "agenda":[
               {"title":"Count progress","minutes":"Deloitte reported the count on track",
                "decisions":[{"decisionMaker":"Programme board","text":"The interim count is approved","keyDecision":true,
                              "decidedOn":"2009-10-14","effectiveFrom":"%s"}]},
               {"number":5,"title":"Any other business"}],
             "attendees":[{"personId":"ll-mags-walsh"},{"personId":"ll-steve-nicklen","attendance":"APOLOGIES"}]}""";

    @BeforeEach
    void placeIsKnown() {
        if (TestEvents.rows("known_place", "id = ?", PLACE) == 0) {
            TestEvents.registerPlace(PLACE);
        }
    }

    private static String meeting(String groupId, String endTime, String effectiveFrom) {
        return MEETING.formatted(groupId == null ? "null" : "\"" + groupId + "\"", endTime, effectiveFrom);
    }

    private static String group() {
        return given().contentType("application/json")
                .body("{\"placeId\":\"worcestershire\",\"name\":\"Total Place board\",\"kind\":\"PROGRAMME_BOARD\"}")
                .when().post("/api/v1/groups").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void aMeetingKeepsItsNumberedAgendaMinutesDecisionsAndAttendees() {
        String group = group();
        String id = given().contentType("application/json").body(meeting(group, "12:00", "2009-10-15"))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .body("groupName", equalTo("Total Place board"))
                .body("startsAt", equalTo("2009-10-14T10:00:00+01:00"))
                .body("endsAt", equalTo("2009-10-14T12:00:00+01:00"))
                .body("agenda.number", contains(1, 5))
                .body("agenda[0].minutes", equalTo("Deloitte reported the count on track"))
                .body("agenda[0].decisions[0].keyDecision", equalTo(true))
                .body("agenda[0].decisions[0].effectiveFrom", equalTo("2009-10-15"))
                .body("attendees.name", contains("Mags Walsh", "Steve Nicklen"))
                .body("attendees.attendance", contains("PRESENT", "APOLOGIES"))
                .extract().path("id");
        String etag = given().when().get("/api/v1/meetings/" + id).then().statusCode(200).extract().header("ETag");
        String held = meeting(group, "12:30", "2009-10-15").replace("CONFIRMED", "HELD");
        given().contentType("application/json").body(held).when().put("/api/v1/meetings/" + id).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"7\"").body(held)
                .when().put("/api/v1/meetings/" + id).then().statusCode(412);
        String newEtag = given().contentType("application/json").header("If-Match", etag).body(held)
                .when().put("/api/v1/meetings/" + id)
                .then().statusCode(200).body("status", equalTo("HELD")).body("endTime", equalTo("12:30:00"))
                .body("agenda.size()", equalTo(2)).extract().header("ETag");
        assertNotEquals(etag, newEtag);
        assertEquals(2, TestEvents.rows("agenda_item", "meeting_id = ?", id));
        given().queryParam("place", PLACE).queryParam("status", "HELD").when().get("/api/v1/meetings")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void invalidMeetingsAreProblemsAndWriteNothing() {
        String group = group();
        long meetings = TestEvents.rows("meeting", "1 = 1");
        long items = TestEvents.rows("agenda_item", "1 = 1");

        given().contentType("application/json").body(meeting("ll-public-service-board", "12:00", "2009-10-15"))
                .when().post("/api/v1/meetings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("groupId")).body("detail", containsString("another place"));
        given().contentType("application/json").body(meeting("no-such-group", "12:00", "2009-10-15"))
                .when().post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("groupId"));
        given().contentType("application/json").body(meeting(group, "09:00", "2009-10-13"))
                .when().post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItems("endTime", "agenda[0].decisions[0].effectiveFrom"));
        given().contentType("application/json").body(meeting(group, "12:00", "2009-10-15").replace("Europe/London", "Mars/Olympus"))
                .when().post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("timeZone"));
        given().contentType("application/json").body(meeting(group, "12:00", "2009-10-15").replace("ll-mags-walsh", "ghost"))
                .when().post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("attendees[0].personId"));
        given().contentType("application/json").body(meeting(group, "12:00", "2009-10-15").replace("\"number\":5", "\"number\":1"))
                .when().post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("agenda[1].number"));
        given().contentType("application/json").body(meeting(group, "12:00", "2009-10-15").replace("\"CONFIRMED\"", "\"POSTPONED\""))
                .when().post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("status"));

        assertEquals(meetings, TestEvents.rows("meeting", "1 = 1"));
        assertEquals(items, TestEvents.rows("agenda_item", "1 = 1"));
    }

    @Test
    @TestSecurity(user = "kim", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void officersOfAnotherPlaceMayNotRecordItsMeetings() {
        long meetings = TestEvents.rows("meeting", "1 = 1");
        given().contentType("application/json").body(meeting(null, "12:00", "2009-10-15"))
                .when().post("/api/v1/meetings").then().statusCode(403).contentType("application/problem+json");
        assertEquals(meetings, TestEvents.rows("meeting", "1 = 1"));
    }

    @Test
    void anonymousCallersSeeMeetingsButNotWhoAttended() {
        given().when().get("/api/v1/meetings/ll-hmt-visit-2009-09-22").then().statusCode(200)
                .body("status", equalTo("TENTATIVE"))
                .body("attendees.personId", contains("ll-helen-bailey"))
                .body("attendees.name", contains(nullValue()));
        given().when().get("/api/v1/meetings/ll-lte-2009-09-02").then().statusCode(200)
                .body("agenda[0].contactPersonId", equalTo("ll-andy-robinson"))
                .body("agenda[0].contactName", nullValue());
        given().contentType("application/json").body(meeting(null, "12:00", "2009-10-15"))
                .when().post("/api/v1/meetings").then().statusCode(401);
    }
}

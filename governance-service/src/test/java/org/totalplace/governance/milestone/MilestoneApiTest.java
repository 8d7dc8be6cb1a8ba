package org.totalplace.governance.milestone;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.events.Topics;
import org.totalplace.governance.TestEvents;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MilestoneApiTest {

    static final String PLACE = "durham";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    MilestoneService service;

    @BeforeEach
    void placeIsKnown() {
        if (TestEvents.rows("known_place", "id = ?", PLACE) == 0) {
            TestEvents.registerPlace(PLACE);
        }
    }

    private static String create(String title, LocalDate baseline) {
        return given().contentType("application/json")
                .body("""
                        {"placeId":"durham","title":"%s","kind":"BRIEFING","recipient":"Government Office North East",
                         "baselineDate":"%s"}""".formatted(title, baseline))
                .when().post("/api/v1/milestones")
                .then().statusCode(201).header("ETag", notNullValue())
                .body("status", equalTo("UPCOMING")).body("rag", equalTo("GREEN"))
                .extract().path("id");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void forecastChangesNeedIfMatchAreKeptAndTurnTheRagAmberThenRed() {
        LocalDate baseline = TODAY.plusDays(60);
        String id = create("Briefing for the Regional Minister", baseline);
        String etag = given().when().get("/api/v1/milestones/" + id).then().statusCode(200).extract().header("ETag");
        String slip5 = """
                {"title":"Briefing for the Regional Minister","recipient":"Regional Minister","forecastDate":"%s",
                 "forecastReason":"Minister's diary"}""".formatted(baseline.plusDays(5));

        given().contentType("application/json").body(slip5).when().put("/api/v1/milestones/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType("application/json").header("If-Match", "\"99\"").body(slip5)
                .when().put("/api/v1/milestones/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        String newEtag = given().contentType("application/json").header("If-Match", etag).body(slip5)
                .when().put("/api/v1/milestones/" + id)
                .then().statusCode(200).body("rag", equalTo("AMBER")).body("slipDays", equalTo(5))
                .body("forecastHistory.newDate", contains(baseline.plusDays(5).toString()))
                .body("forecastHistory.reason", contains("Minister's diary"))
                .body("forecastHistory.changedBy", contains("olivia"))
                .extract().header("ETag");
        // the old ETag is stale now: a second writer holding it cannot overwrite the change
        given().contentType("application/json").header("If-Match", etag).body(slip5.replace("Regional Minister\"", "x\""))
                .when().put("/api/v1/milestones/" + id).then().statusCode(412);
        given().contentType("application/json").header("If-Match", newEtag)
                .body(slip5.replace(baseline.plusDays(5).toString(), baseline.plusDays(10).toString()))
                .when().put("/api/v1/milestones/" + id)
                .then().statusCode(200).body("rag", equalTo("RED")).body("forecastHistory.size()", equalTo(2))
                .body("recipient", equalTo("Regional Minister"));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void overdueJobMarksAPassedMilestoneOverdueAndAnnouncesItOnce() {
        String id = create("Interim findings to GO North East", TODAY.plusDays(30));
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.GOVERNANCE)) {
            service.refreshOpen(TODAY.plusDays(20));
            given().when().get("/api/v1/milestones/" + id).then().body("status", equalTo("DUE_SOON"));
            service.refreshOpen(TODAY.plusDays(31));
            given().when().get("/api/v1/milestones/" + id)
                    .then().body("status", equalTo("OVERDUE")).body("rag", equalTo("RED"));
            service.refreshOpen(TODAY.plusDays(32));

            var overdue = probe.await(r -> "milestone.overdue".equals(r.event().type())
                    && id.equals(r.event().data().get("milestoneId").asText()), l -> !l.isEmpty(), Duration.ofSeconds(20));
            assertEquals(1, overdue.size());
            assertEquals(PLACE, overdue.get(0).key());
            assertEquals(1, probe.drain(r -> "milestone.overdue".equals(r.event().type())
                    && id.equals(r.event().data().get("milestoneId").asText()), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void meetingAMilestoneAnnouncesItAndItCannotBeMetTwice() {
        String id = create("Interim report to the Leadership Centre", TODAY.plusDays(30));
        String etag = given().when().get("/api/v1/milestones/" + id).then().extract().header("ETag");
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.GOVERNANCE)) {
            String newEtag = given().contentType("application/json").header("If-Match", etag)
                    .body("{\"actualDate\":\"%s\",\"evidence\":\"Emailed to the Leadership Centre\"}".formatted(TODAY))
                    .when().post("/api/v1/milestones/" + id + "/meet")
                    .then().statusCode(200).body("status", equalTo("MET")).body("statusChangedBy", equalTo("olivia"))
                    .body("rag", equalTo("GREEN")).extract().header("ETag");
            given().contentType("application/json").header("If-Match", newEtag)
                    .body("{\"actualDate\":\"%s\",\"evidence\":\"again\"}".formatted(TODAY))
                    .when().post("/api/v1/milestones/" + id + "/meet")
                    .then().statusCode(409).contentType("application/problem+json");
            var met = probe.await(r -> "milestone.met".equals(r.event().type())
                    && id.equals(r.event().data().get("milestoneId").asText()), l -> !l.isEmpty(), Duration.ofSeconds(20));
            assertEquals("Emailed to the Leadership Centre", met.get(0).event().data().get("evidence").asText());
        }
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void waivingKeepsTheReasonAndClosesTheMilestone() {
        String id = create("Briefing for the LGA Improvement Board", TODAY.plusDays(40));
        String etag = given().when().get("/api/v1/milestones/" + id).then().extract().header("ETag");
        String newEtag = given().contentType("application/json").header("If-Match", etag)
                .body("{\"reason\":\"Board agreed the briefing is not needed\"}")
                .when().post("/api/v1/milestones/" + id + "/waive")
                .then().statusCode(200).body("status", equalTo("WAIVED"))
                .body("evidence", equalTo("Board agreed the briefing is not needed")).extract().header("ETag");
        given().contentType("application/json").header("If-Match", newEtag)
                .body("{\"actualDate\":\"%s\",\"evidence\":\"sent anyway\"}".formatted(TODAY))
                .when().post("/api/v1/milestones/" + id + "/meet")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType("application/json").header("If-Match", newEtag).body("{\"reason\":\"\"}")
                .when().post("/api/v1/milestones/" + id + "/waive")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = PLACE))
    void invalidMilestoneWritesAreProblemsAndWriteNothing() {
        long before = TestEvents.rows("milestone", "1 = 1");
        given().contentType("application/json").body("{\"placeId\":\"durham\",\"kind\":\"BRIEFING\",\"recipient\":\"x\",\"baselineDate\":\"2009-09-10\"}")
                .when().post("/api/v1/milestones")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("title"));
        given().contentType("application/json").body("{\"placeId\":\"durham\",\"title\":\"t\",\"kind\":\"PARTY\",\"recipient\":\"x\",\"baselineDate\":\"2009-09-10\"}")
                .when().post("/api/v1/milestones")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kind"));
        given().contentType("application/json").body("{\"placeId\":\"durham\",\"title\":\"t\",\"kind\":\"OTHER\",\"recipient\":\"x\",\"baselineDate\":\"2009-13-10\"}")
                .when().post("/api/v1/milestones")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("baselineDate"));
        given().queryParam("status", "LATE").when().get("/api/v1/milestones")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        String id = create("Final report", TODAY.plusDays(100));
        String etag = given().when().get("/api/v1/milestones/" + id).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag)
                .body("{\"actualDate\":\"%s\",\"evidence\":\"sent\"}".formatted(TODAY.plusDays(1)))
                .when().post("/api/v1/milestones/" + id + "/meet")
                .then().statusCode(400).body("errors.field", hasItem("actualDate"));
        given().when().get("/api/v1/milestones/" + id).then().body("status", equalTo("UPCOMING"))
                .header("ETag", equalTo(etag));
        assertEquals(before + 1, TestEvents.rows("milestone", "1 = 1"));
    }

    @Test
    @TestSecurity(user = "kim", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void anOfficerOfAnotherPlaceMayNotAddMilestonesHere() {
        long before = TestEvents.rows("milestone", "place_id = ?", PLACE);
        given().contentType("application/json")
                .body("{\"placeId\":\"durham\",\"title\":\"t\",\"kind\":\"OTHER\",\"recipient\":\"x\",\"baselineDate\":\"2009-09-10\"}")
                .when().post("/api/v1/milestones")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, TestEvents.rows("milestone", "place_id = ?", PLACE));
    }

    @Test
    void anonymousCallersReadStatusButMayNotWriteNorSeeWhoChangedIt() {
        given().contentType("application/json")
                .body("{\"placeId\":\"durham\",\"title\":\"t\",\"kind\":\"OTHER\",\"recipient\":\"x\",\"baselineDate\":\"2009-09-10\"}")
                .when().post("/api/v1/milestones")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/milestones/ll-interim-count")
                .then().statusCode(200).body("status", equalTo("MET")).body("statusChangedBy", nullValue())
                .body("evidence", notNullValue());
        given().when().get("/api/v1/milestones/no-such-milestone").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theProgrammeTimelineShowsEveryPlacesMilestonesInDateOrder() {
        List<String> dates = given().queryParam("from", "2009-08-01").queryParam("to", "2010-03-31")
                .when().get("/api/v1/milestones/timeline")
                .then().statusCode(200)
                .body("placeId", hasItems("leicester-leicestershire", PLACE))
                .body("findAll { it.placeId == 'leicester-leicestershire' }.title",
                        hasItem("Final report on the Programme to the Leadership Centre"))
                .extract().path("forecastDate");
        assertEquals(dates.stream().sorted().toList(), dates);
        given().queryParam("from", "2010-01-01").queryParam("to", "2009-01-01").when().get("/api/v1/milestones/timeline")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }
}

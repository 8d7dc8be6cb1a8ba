package org.totalplace.governance.milestone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.CountStatusChanged;
import org.totalplace.events.EventType;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.events.Topics;
import org.totalplace.governance.TestEvents;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class CountEventsMeetMilestonesTest {

    private static CloudEvent countEvent(EventType type, String placeId, String countId, String kind, String status) {
        return TestEvents.envelope("/counting-service", type, placeId, new CountStatusChanged(countId, placeId, "2008-09",
                kind, "DEEP_DIVE".equals(kind) ? "Drugs and alcohol" : null, 1, status, new BigDecimal("5100000000.00"),
                "finance-officer-1", OffsetDateTime.of(2009, 9, 8, 10, 0, 0, 0, ZoneOffset.UTC), null));
    }

    private static Map<String, Object> milestone(String placeId, String kind) {
        JsonPath list = given().queryParam("place", placeId).queryParam("size", 50).when().get("/api/v1/milestones")
                .then().statusCode(200).extract().jsonPath();
        return list.getMap("items.find { it.kind == '" + kind + "' }");
    }

    @Test
    void registeredPlaceGetsTheTemplateMilestonesOnceEvenWhenTheEventIsRedelivered() {
        String place = "luton-central-bedfordshire";
        CloudEvent registered = TestEvents.registerPlace(place);
        TestEvents.send(EventType.PLACE_REGISTERED, place, registered);
        // a distinct second registration must not duplicate them either; same key, so it is applied after the redelivery
        CloudEvent second = TestEvents.envelope("/pilots-service", EventType.PLACE_REGISTERED, place,
                new PlaceSnapshot(place, "Luton and Central Bedfordshire", "PILOT", null, null, List.of(), "ACTIVE",
                        null, null, List.of()));
        TestEvents.send(EventType.PLACE_REGISTERED, place, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestEvents.rows("processed_event", "event_id = ?",
                second.id()) == 1);

        assertEquals(4, TestEvents.rows("milestone", "place_id = ?", place));
        assertEquals(1, TestEvents.rows("known_place", "id = ? AND name = ?", place, "Luton and Central Bedfordshire"));
        Map<String, Object> finalReport = milestone(place, "FINAL_REPORT");
        assertEquals("Leadership Centre", finalReport.get("recipient"));
        assertEquals("2010-02-19", finalReport.get("baselineDate"));
    }

    @Test
    void finalisedHighLevelCountMeetsTheFinalCountMilestoneExactlyOnce() {
        String place = "kent";
        TestEvents.registerPlace(place);
        String countId = UUID.randomUUID().toString();
        CloudEvent finalised = countEvent(EventType.COUNT_FINALISED, place, countId, "HIGH_LEVEL", "FINAL");

        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.GOVERNANCE)) {
            long sent = System.nanoTime();
            TestEvents.send(EventType.COUNT_FINALISED, place, finalised);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertEquals("MET", milestone(place, "FINAL_COUNT").get("status")));
            System.out.printf("count.finalised -> FINAL_COUNT milestone MET in %d ms%n", (System.nanoTime() - sent) / 1_000_000);
            Map<String, Object> met = milestone(place, "FINAL_COUNT");
            assertEquals("count:" + countId, met.get("evidence"));
            assertEquals("2009-09-08", met.get("actualDate"));
            Object versionAfterMet = met.get("version");

            // the same event again (at-least-once delivery), then a new event about the same count
            TestEvents.send(EventType.COUNT_FINALISED, place, finalised);
            CloudEvent again = countEvent(EventType.COUNT_FINALISED, place, countId, "HIGH_LEVEL", "FINAL");
            TestEvents.send(EventType.COUNT_FINALISED, place, again);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    TestEvents.rows("processed_event", "event_id = ?", again.id()) == 1);
            assertEquals(versionAfterMet, milestone(place, "FINAL_COUNT").get("version"));
            assertEquals("count:" + countId, milestone(place, "FINAL_COUNT").get("evidence"));

            var announced = probe.await(r -> place.equals(r.key()) && "milestone.met".equals(r.event().type()),
                    l -> !l.isEmpty(), Duration.ofSeconds(20));
            assertEquals(1, announced.size());
            assertEquals(1, probe.drain(r -> place.equals(r.key()) && "milestone.met".equals(r.event().type()),
                    Duration.ofSeconds(2)).size());
            assertEquals("FINAL_COUNT", announced.get(0).event().data().get("kind").asText());
            assertEquals("count:" + countId, announced.get(0).event().data().get("evidence").asText());
        }
        // the interim-count milestone is untouched by a finalised count
        assertNull(milestone(place, "INTERIM_COUNT").get("actualDate"));
        assertNull(milestone(place, "INTERIM_COUNT").get("evidence"));
    }

    @Test
    void submittedHighLevelCountMeetsTheInterimCountButADeepDiveDoesNot() {
        String place = "birmingham";
        TestEvents.registerPlace(place);
        CloudEvent deepDive = countEvent(EventType.COUNT_SUBMITTED, place, UUID.randomUUID().toString(), "DEEP_DIVE",
                "SUBMITTED");
        TestEvents.send(EventType.COUNT_SUBMITTED, place, deepDive);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TestEvents.rows("processed_event", "event_id = ?", deepDive.id()) == 1);
        assertNull(milestone(place, "INTERIM_COUNT").get("actualDate"));

        String countId = UUID.randomUUID().toString();
        TestEvents.send(EventType.COUNT_SUBMITTED, place,
                countEvent(EventType.COUNT_SUBMITTED, place, countId, "HIGH_LEVEL", "SUBMITTED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals("MET", milestone(place, "INTERIM_COUNT").get("status")));
        assertEquals("count:" + countId, milestone(place, "INTERIM_COUNT").get("evidence"));
        given().queryParam("place", place).queryParam("status", "MET").when().get("/api/v1/milestones")
                .then().statusCode(200).body("total", equalTo(1));
    }
}

package org.totalplace.pilots.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.totalplace.commons.outbox.OutboxRelay;
import org.totalplace.events.EventJson;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.events.Topics;
import org.totalplace.pilots.Fixtures;
import org.totalplace.pilots.organisation.OrganisationNames;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each change reaches the real broker exactly once, whatever the relay does in between. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "programme-admin")
class OutboxPublishingTest {

    @Inject
    OutboxRelay relay;

    @Test
    void registeringAPlacePublishesOnePlaceRegisteredEventWithItsSnapshot() {
        String id = Fixtures.unique("castle-point");
        given().contentType("application/json").body(Fixtures.place(id, "Castle Point"))
                .when().post("/api/v1/places").then().statusCode(201);
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            probe.await(r -> id.equals(r.key()), l -> !l.isEmpty(), Duration.ofSeconds(20));
            var events = probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(1));
            assertEquals(1, events.size());
            assertEquals("place.registered", events.getFirst().event().type());
            assertEquals(id, events.getFirst().event().subject());
            PlaceSnapshot snapshot = EventJson.data(events.getFirst().event(), PlaceSnapshot.class);
            assertEquals(new PlaceSnapshot(id, "Castle Point", "PARALLEL_PLACE", "East of England", "Worklessness",
                    List.of("Young people not in education"), "ACTIVE", 1497759L, 2020, List.of("E10000012")), snapshot);
        }
    }

    @Test
    void anUpdateThatChangesNothingPublishesNothing() {
        String id = Fixtures.unique("brentwood");
        String etag = given().contentType("application/json").body(Fixtures.place(id, "Brentwood"))
                .when().post("/api/v1/places").then().statusCode(201).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(Fixtures.place(id, "Brentwood"))
                .when().put("/api/v1/places/" + id).then().statusCode(200).header("ETag", etag);
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            probe.await(r -> id.equals(r.key()), l -> !l.isEmpty(), Duration.ofSeconds(20));
            assertEquals(List.of("place.registered"), probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))
                    .stream().map(r -> r.event().type()).toList());
        }
    }

    @Test
    void changesMadeWhileTheRelayIsPausedArePublishedExactlyOnceAfterItResumes() {
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() == 0);
        String id = Fixtures.unique("maldon");
        String name = Fixtures.unique("Maldon District Council");
        String organisation = OrganisationNames.normalise(name);
        relay.pause();
        try {
            String etag = given().contentType("application/json").body(Fixtures.place(id, "Maldon"))
                    .when().post("/api/v1/places").then().statusCode(201).extract().header("ETag");
            for (int i = 1; i <= 3; i++) {
                etag = given().contentType("application/json").header("If-Match", etag)
                        .body(Fixtures.place(id, "Maldon " + i))
                        .when().put("/api/v1/places/" + id).then().statusCode(200).extract().header("ETag");
            }
            given().contentType("application/json").body(Fixtures.organisation(name, "DISTRICT_COUNCIL"))
                    .when().post("/api/v1/organisations").then().statusCode(201);
            given().contentType("application/json")
                    .body("{\"organisationId\": \"%s\", \"role\": \"LEAD\"}".formatted(organisation))
                    .when().post("/api/v1/places/" + id + "/partnerships").then().statusCode(201);
            assertEquals(6, relay.pending());

            try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
                assertTrue(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2)).isEmpty(),
                        "nothing is published while the relay is paused");
            }
            // one batch (two events in tests) goes out by hand, then the relay stops part-way through the backlog
            assertEquals(2, relay.publishBatch());
            assertEquals(4, relay.pending());
        } finally {
            relay.resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);

        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            probe.await(r -> id.equals(r.key()), l -> l.size() >= 5, Duration.ofSeconds(20));
            var placeEvents = probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2));
            assertEquals(List.of("place.registered", "place.updated", "place.updated", "place.updated",
                    "partnership.changed"), placeEvents.stream().map(r -> r.event().type()).toList());
            assertEquals(List.of("Maldon", "Maldon 1", "Maldon 2", "Maldon 3"), placeEvents.subList(0, 4).stream()
                    .map(r -> EventJson.data(r.event(), PlaceSnapshot.class).name()).toList());
            assertEquals(5, placeEvents.stream().map(r -> r.event().id()).distinct().count());
            var organisationEvents = probe.drain(r -> organisation.equals(r.key()), Duration.ofMillis(200));
            assertEquals(1, organisationEvents.size());
            assertEquals("organisation.upserted", organisationEvents.getFirst().event().type());
        }
    }
}

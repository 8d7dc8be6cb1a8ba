package org.totalplace.counting.place;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.events.OrganisationSnapshot;
import org.totalplace.events.PlaceSnapshot;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReadModelTest {

    @Test
    void placeEventsBuildThePlaceReadModelWithItsPopulation() {
        Fixtures.publish(EventType.PLACE_REGISTERED, "birmingham", new PlaceSnapshot("birmingham", "Birmingham",
                "PILOT", "West Midlands", "early years", List.of(), "ACTIVE", null, null, List.of("E08000025")));
        Fixtures.publish(EventType.PLACE_UPDATED, "birmingham", new PlaceSnapshot("birmingham", "Birmingham",
                "PILOT", "West Midlands", "early years", List.of(), "ACTIVE", 1_016_800L, 2008, List.of("E08000025")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Fixtures.count("SELECT COUNT(*) FROM place WHERE id = 'birmingham' AND population = 1016800") == 1);
        assertEquals("2008", Fixtures.string("SELECT population_year FROM place WHERE id = 'birmingham'"));
    }

    @Test
    void aRedeliveredOrganisationEventChangesNothing() {
        CloudEvent first = EventJson.envelope("/pilots-service", EventType.ORGANISATION_UPSERTED, "durham",
                new OrganisationSnapshot("durham-county-council", "Durham County Council", "UNITARY_COUNCIL",
                        "E06000047", "00EJ", null, "GB-LAE-DUR"));
        CloudEvent renamed = EventJson.envelope("/pilots-service", EventType.ORGANISATION_UPSERTED, "durham",
                new OrganisationSnapshot("durham-county-council", "Durham County Council (renamed)",
                        "UNITARY_COUNCIL", "E06000047", "00EJ", null, "GB-LAE-DUR"));
        CloudEvent sentinel = EventJson.envelope("/pilots-service", EventType.ORGANISATION_UPSERTED, "durham",
                new OrganisationSnapshot("durham-fire", "County Durham and Darlington Fire and Rescue Authority",
                        "FIRE_AUTHORITY", null, null, null, null));
        Fixtures.publish("durham", first);
        Fixtures.publish("durham", renamed);
        Fixtures.publish("durham", first); // redelivery of an event already applied
        Fixtures.publish("durham", sentinel); // same key, same partition: applied after the redelivery
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Fixtures.count("SELECT COUNT(*) FROM organisation WHERE id = 'durham-fire'") == 1);
        assertEquals("Durham County Council (renamed)",
                Fixtures.string("SELECT name FROM organisation WHERE id = 'durham-county-council'"));
        assertEquals("00EJ", Fixtures.string("SELECT snac_code FROM organisation WHERE id = 'durham-county-council'"));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", first.id()));
    }
}

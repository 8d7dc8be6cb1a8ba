package org.totalplace.governance;

import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.testsupport.EventFeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Feeds the service the way other services do: CloudEvents on the real broker. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Wraps {@code payload} in a new envelope, as the producing service would. */
    public static CloudEvent envelope(String source, EventType type, String key, Record payload) {
        return EventJson.envelope(source, type, key, payload);
    }

    /**
     * Sends the event to its topic, keyed by place, and waits for the broker's acknowledgement; an event that breaks
     * its published schema fails the test before it is sent.
     */
    public static void send(EventType type, String key, CloudEvent event) {
        EventFeed.send(type.topic(), key, event);
    }

    /** pilots-service registers a place; returns once governance has given it the template's four milestones. */
    public static CloudEvent registerPlace(String placeId) {
        CloudEvent event = envelope("/pilots-service", EventType.PLACE_REGISTERED, placeId,
                new PlaceSnapshot(placeId, "Place " + placeId, "PILOT", null, null, List.of(), "ACTIVE", null, null,
                        List.of()));
        send(EventType.PLACE_REGISTERED, placeId, event);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("place", placeId).when().get("/api/v1/milestones")
                        .then().statusCode(200).body("total", equalTo(4)));
        return event;
    }

    /** Counts the rows of a table matching a where clause, straight from the database. */
    public static long rows(String table, String where, Object... args) {
        try (Connection c = org.totalplace.testsupport.DatabaseTestResource.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

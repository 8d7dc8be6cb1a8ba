package org.totalplace.testsupport;

import org.junit.jupiter.api.Test;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.CountStatusChanged;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.events.MilestoneChanged;
import org.totalplace.events.OrganisationSnapshot;
import org.totalplace.events.PartnershipChanged;
import org.totalplace.events.PlaceSnapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {

    private static final Map<EventType, Record> SAMPLES = Map.of(
            EventType.PLACE_REGISTERED, new PlaceSnapshot("leicester-leicestershire", "Leicester and Leicestershire",
                    "PILOT", "East Midlands", "Alcohol and drugs", List.of("Offender management"), "ACTIVE",
                    null, null, List.of("E06000016", "E10000018")),
            EventType.PLACE_UPDATED, new PlaceSnapshot("kent", "Kent", "PILOT", null, null, null, null, null, null, null),
            EventType.ORGANISATION_UPSERTED, new OrganisationSnapshot("leicester-city-council", "Leicester City Council",
                    "UNITARY_COUNCIL", "E06000016", "00FN", null, "GB-LAE-LCE"),
            EventType.PARTNERSHIP_CHANGED, new PartnershipChanged("leicester-leicestershire", "leicester-city-council",
                    "LEAD", LocalDate.of(2009, 4, 1), true),
            EventType.COUNT_SUBMITTED, count("SUBMITTED"),
            EventType.COUNT_FINALISED, count("FINAL"),
            EventType.COUNT_SUPERSEDED, count("SUPERSEDED"),
            EventType.MILESTONE_MET, milestone("MET", "count:c-1"),
            EventType.MILESTONE_OVERDUE, milestone("OVERDUE", null));

    @Test
    void everyEventTypeHasASampleThatMatchesItsSchemaAfterTheRoundTrip() {
        assertEquals(EventType.values().length, SAMPLES.size());
        SAMPLES.forEach((type, payload) -> {
            CloudEvent sent = EventJson.envelope("/pilots-service", type, "leicester-leicestershire", payload);
            CloudEvent received = EventJson.read(EventJson.write(sent));
            assertEquals(List.of(), EventSchemas.violations(received), type.type());
            assertEquals(payload, EventJson.data(received, type.payload()), type.type());
        });
    }

    @Test
    void aPayloadThatBreaksItsSchemaIsReportedWithTheField() {
        CloudEvent bad = EventJson.envelope("/pilots-service", EventType.PLACE_REGISTERED, "x",
                new PlaceSnapshot("Not A Slug", "", "TOWN", null, null, null, null, null, null, List.of("leicester")));
        List<String> problems = EventSchemas.violations(bad);
        assertTrue(problems.stream().anyMatch(p -> p.contains("id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("kind")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("gssCodes")), problems.toString());
        assertThrows(AssertionError.class, () -> EventSchemas.requireValid(bad));
    }

    @Test
    void anEnvelopeCannotCarryTheWrongPayload() {
        assertThrows(IllegalArgumentException.class, () -> EventJson.envelope("/counting-service",
                EventType.COUNT_FINALISED, "kent", milestone("MET", null)));
    }

    private static CountStatusChanged count(String status) {
        return new CountStatusChanged("c-1", "leicester-leicestershire", "2008-09", "HIGH_LEVEL", null, 1, status,
                new BigDecimal("1234567.89"), "leicester-finance", OffsetDateTime.parse("2009-09-08T10:00:00Z"), null);
    }

    private static MilestoneChanged milestone(String status, String evidence) {
        return new MilestoneChanged("m-1", "leicester-leicestershire", "Final high level count", "FINAL_COUNT",
                "HM Treasury", LocalDate.of(2009, 9, 8), status, evidence, OffsetDateTime.parse("2009-09-08T10:00:00Z"));
    }
}

package org.totalplace.governance.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.TestEvents;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CalendarFeedTest {

    private static Calendar fetch(String placeId) throws Exception {
        String ics = given().when().get("/api/v1/calendars/" + placeId + ".ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.getProperty(Property.UID).orElseThrow().getValue(),
                Function.identity()));
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void leicesterFeedParsesBackWithItsMeetingsAndDeadlines() throws Exception {
        Map<String, VEvent> events = byUid(fetch("leicester-leicestershire"));
        VEvent finalReport = events.get("milestone-ll-final-report@governance.totalplace");
        assertEquals("20100219", prop(finalReport, Property.DTSTART));
        assertTrue(prop(finalReport, Property.SUMMARY).contains("Final report on the Programme to the Leadership Centre"));
        assertEquals("20090827", prop(events.get("milestone-ll-interim-count@governance.totalplace"), Property.DTSTART));
        VEvent visit = events.get("meeting-ll-hmt-visit-2009-09-22@governance.totalplace");
        assertEquals("20090922", prop(visit, Property.DTSTART));
        assertEquals("TENTATIVE", prop(visit, Property.STATUS));
        assertEquals("0", prop(visit, Property.SEQUENCE));
        VEvent board = events.get("meeting-ll-psb-2009-10-14@governance.totalplace");
        assertEquals("Public Service Board: first meeting", prop(board, Property.SUMMARY));
        assertEquals(12, events.size());
        // UIDs are stable: a second fetch names the same events
        assertEquals(events.keySet(), byUid(fetch("leicester-leicestershire")).keySet());
        given().when().get("/api/v1/calendars/atlantis.ics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = "norfolk"))
    void aTimedMeetingCarriesItsTimeZoneAndAnUpdateRaisesItsSequence() throws Exception {
        if (TestEvents.rows("known_place", "id = ?", "norfolk") == 0) {
            TestEvents.registerPlace("norfolk");
        }
        String body = """
                {"placeId":"norfolk","title":"Norfolk Total Place board","status":"CONFIRMED","date":"2009-11-20",
                 "startTime":"14:00","endTime":"16:00","timeZone":"Europe/London","location":"County Hall, Norwich"}""";
        String id = given().contentType("application/json").body(body).when().post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        Calendar calendar = fetch("norfolk");
        VEvent meeting = byUid(calendar).get("meeting-" + id + "@governance.totalplace");
        assertEquals("20091120T140000", prop(meeting, Property.DTSTART));
        assertEquals("Europe/London", meeting.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertFalse(zones.isEmpty());
        assertEquals("County Hall, Norwich", prop(meeting, Property.LOCATION));
        assertEquals("0", prop(meeting, Property.SEQUENCE));

        String etag = given().when().get("/api/v1/meetings/" + id).then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(body.replace("CONFIRMED", "CANCELLED"))
                .when().put("/api/v1/meetings/" + id).then().statusCode(200);
        VEvent cancelled = byUid(fetch("norfolk")).get("meeting-" + id + "@governance.totalplace");
        assertEquals("CANCELLED", prop(cancelled, Property.STATUS));
        assertEquals("1", prop(cancelled, Property.SEQUENCE));
    }
}

package org.totalplace.governance.calendar;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.governance.meeting.MeetingService;
import org.totalplace.governance.milestone.MilestoneService;
import org.totalplace.governance.place.KnownPlace;
import org.totalplace.governance.place.Places;

@Path("/api/v1/calendars")
@Tag(name = "Calendars", description = "iCalendar feeds to subscribe to from Outlook, Google Calendar and the like")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private final Places places;
    private final MeetingService meetings;
    private final MilestoneService milestones;
    private final CalendarFeed feed;

    public CalendarResource(Places places, MeetingService meetings, MilestoneService milestones, CalendarFeed feed) {
        this.places = places;
        this.meetings = meetings;
        this.milestones = milestones;
        this.feed = feed;
    }

    @GET
    @Path("{placeId}.ics")
    @Produces(TEXT_CALENDAR)
    @Transactional
    @Operation(operationId = "getCalendar", summary = "A place's meetings and milestones as iCalendar (RFC 5545)")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such place")
    public Response calendar(@PathParam("placeId") String placeId) {
        KnownPlace place = places.find(placeId);
        if (place == null) {
            throw ProblemException.notFound("place", placeId);
        }
        String body = feed.render(place.name, meetings.ofPlace(placeId), milestones.ofPlace(placeId));
        return Response.ok(body, TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + placeId + ".ics\"")
                .build();
    }
}

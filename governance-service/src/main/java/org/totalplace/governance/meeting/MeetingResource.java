package org.totalplace.governance.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.security.PlaceWrite;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.governance.common.Params;
import org.totalplace.governance.meeting.MeetingDtos.MeetingInput;
import org.totalplace.governance.meeting.MeetingDtos.MeetingView;

import java.net.URI;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings and events with agenda, minutes, attendees and decisions")
public class MeetingResource {

    private final MeetingService service;

    public MeetingResource(MeetingService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMeetings",
            summary = "List meetings", description = "Optionally of one place and status; in date order")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public Page<MeetingView> list(@QueryParam("place") String place, @QueryParam("status") String status,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(place, Params.enumValue(MeetingStatus.class, status, "status"), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeeting",
            summary = "Read a meeting", description = "Attendee and contact names only for signed-in viewers and staff")
    @APIResponse(responseCode = "200", description = "The meeting",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Response get(@PathParam("id") String id) {
        MeetingView m = service.get(id);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @POST
    @Operation(operationId = "createMeeting", summary = "Record a meeting")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: unknown place, group or person, a group of another place, times out of order")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a place officer of this place")
    @PlaceWrite(role = Roles.PLACE_OFFICER) // and the body's place, before the body is validated
    public Response create(@NotNull MeetingInput input) {
        MeetingView m = service.create(input);
        return Response.created(URI.create("/api/v1/meetings/" + m.id())).entity(m).tag(Etags.of(m.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceMeeting",
            summary = "Replace a meeting", description = "Agenda, minutes, decisions and attendees included; needs If-Match")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = MeetingService.class)
    public Response replace(@PathParam("id") String id,
                            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MeetingInput input) {
        MeetingView m = service.replace(id, ifMatch, input);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }
}

package org.totalplace.governance.milestone;

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
import org.totalplace.governance.milestone.MilestoneDtos.MeetRequest;
import org.totalplace.governance.milestone.MilestoneDtos.MilestoneUpdate;
import org.totalplace.governance.milestone.MilestoneDtos.MilestoneView;
import org.totalplace.governance.milestone.MilestoneDtos.NewMilestone;
import org.totalplace.governance.milestone.MilestoneDtos.TimelineEntry;
import org.totalplace.governance.milestone.MilestoneDtos.WaiveRequest;

import java.net.URI;
import java.util.List;

@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Reporting deadlines of each place, met by counts or by officers")
public class MilestoneResource {

    private final MilestoneService service;

    public MilestoneResource(MilestoneService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMilestones",
            summary = "List milestones", description = "Filter by place and status; ordered by forecast date")
    @APIResponse(responseCode = "200", description = "A page of milestones")
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging")
    public Page<MilestoneView> list(@QueryParam("place") String place, @QueryParam("status") String status,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(place, Params.enumValue(MilestoneStatus.class, status, "status"), PageRequest.of(page, size));
    }

    @GET
    @Path("timeline")
    @Operation(operationId = "getTimeline",
            summary = "Programme-wide timeline", description = "Every place's milestones, optionally between two forecast dates")
    @APIResponse(responseCode = "200", description = "Milestones of all places in forecast order")
    public List<TimelineEntry> timeline(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.timeline(Params.date(from, "from"), Params.date(to, "to"));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMilestone",
            summary = "Read a milestone", description = "With its RAG rating and forecast history; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The milestone",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "404", description = "No such milestone")
    public Response get(@PathParam("id") String id) {
        MilestoneView m = service.get(id);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @POST
    @Operation(operationId = "createMilestone", summary = "Add a milestone to a place")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or unknown place")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a place officer of this place")
    @PlaceWrite(role = Roles.PLACE_OFFICER) // and the body's place, before the body is validated
    public Response create(@NotNull NewMilestone input) {
        MilestoneView m = service.create(input);
        return Response.created(URI.create("/api/v1/milestones/" + m.id())).entity(m).tag(Etags.of(m.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateMilestone",
            summary = "Change title, recipient, notes or forecast date", description = "Needs If-Match; a new forecast is recorded in the history")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = MilestoneService.class)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull MilestoneUpdate input) {
        MilestoneView m = service.update(id, ifMatch, input);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @POST
    @Path("{id}/meet")
    @Operation(operationId = "meetMilestone",
            summary = "Record that a milestone was met", description = "Publishes milestone.met")
    @APIResponse(responseCode = "200", description = "Met",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "409", description = "Already met or waived")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = MilestoneService.class)
    public Response meet(@PathParam("id") String id,
                         @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MeetRequest input) {
        MilestoneView m = service.meet(id, ifMatch, input);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @POST
    @Path("{id}/waive")
    @Operation(operationId = "waiveMilestone",
            summary = "Waive a milestone", description = "The reason is kept as evidence")
    @APIResponse(responseCode = "200", description = "Waived",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "409", description = "Already met or waived")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = MilestoneService.class)
    public Response waive(@PathParam("id") String id,
                          @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WaiveRequest input) {
        MilestoneView m = service.waive(id, ifMatch, input);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }
}

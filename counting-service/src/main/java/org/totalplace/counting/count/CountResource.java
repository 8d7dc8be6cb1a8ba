package org.totalplace.counting.count;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.totalplace.counting.count.CountDtos.CountView;
import org.totalplace.counting.count.CountDtos.NewCount;

import java.net.URI;

@Path("/api/v1/counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counts")
public class CountResource {

    private final CountService counts;

    public CountResource(CountService counts) {
        this.counts = counts;
    }

    @POST
    @Operation(operationId = "createCount",
            summary = "Start a count (version 1, DRAFT) of a place for a financial year")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "400", description = "Bad year, kind or missing theme of a deep dive")
    @APIResponse(responseCode = "409", description = "This count already exists")
    @PlaceWrite(role = Roles.FINANCE_OFFICER) // and the body's place, before the body is validated
    @Consumes(MediaType.APPLICATION_JSON) // application/problem+json or json-patch+json is no new count: 415
    public Response create(@NotNull NewCount request) {
        CountView created = counts.create(request);
        return Response.created(URI.create("/api/v1/counts/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCounts", summary = "Counts the caller may see, filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of counts")
    public Page<CountView> list(@QueryParam("place") String place, @QueryParam("year") String year,
                                @QueryParam("kind") String kind, @QueryParam("status") String status,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return counts.list(place, year, kind, status, PageRequest.of(page, size));
    }

    @GET
    @Path("/{countId}")
    @Operation(operationId = "getCount", summary = "One count")
    @APIResponse(responseCode = "200", description = "The count",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "404", description = "No such count, or not one the caller may see")
    public Response get(@PathParam("countId") String id) {
        CountView c = counts.get(id);
        return Response.ok(c).tag(Etags.of(counts.readable(id).lockVersion)).build();
    }

    @POST
    @Path("/{countId}/submit")
    @Operation(operationId = "submitCount",
            summary = "Submit a DRAFT count (records who and when; publishes count.submitted)")
    @APIResponse(responseCode = "200", description = "The submitted count")
    @APIResponse(responseCode = "409", description = "The count is not a DRAFT")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public CountView submit(@PathParam("countId") String id) {
        return counts.submit(id);
    }

    @POST
    @Path("/{countId}/reopen")
    @Operation(operationId = "reopenCount", summary = "Return a SUBMITTED count to DRAFT")
    @APIResponse(responseCode = "200", description = "The reopened count")
    @APIResponse(responseCode = "409", description = "The count is not SUBMITTED")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public CountView reopen(@PathParam("countId") String id) {
        return counts.reopen(id);
    }

    @POST
    @Path("/{countId}/finalise")
    @Operation(operationId = "finaliseCount",
            summary = "Finalise a SUBMITTED count; a finalised correction supersedes the count it corrects")
    @APIResponse(responseCode = "200", description = "The final count")
    @APIResponse(responseCode = "409", description = "The count is not SUBMITTED")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public CountView finalise(@PathParam("countId") String id) {
        return counts.finalise(id);
    }

    @POST
    @Path("/{countId}/corrections")
    @Operation(operationId = "correctCount",
            summary = "Start a correction of a FINAL count: a new DRAFT version with a copy of its lines")
    @APIResponse(responseCode = "201", description = "The correction",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "409", description = "The count is not FINAL or already has a correction")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public Response correct(@PathParam("countId") String id) {
        CountView created = counts.correct(id);
        return Response.created(URI.create("/api/v1/counts/" + created.id())).entity(created).build();
    }
}

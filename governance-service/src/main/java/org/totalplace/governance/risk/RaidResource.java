package org.totalplace.governance.risk;

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
import org.totalplace.governance.risk.RaidDtos.RaidInput;
import org.totalplace.governance.risk.RaidDtos.RaidView;

import java.net.URI;

@Path("/api/v1/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "RAID log", description = "Risks, assumptions, issues and dependencies of each place")
public class RaidResource {

    private final RaidService service;

    public RaidResource(RaidService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRisks",
            summary = "The RAID log", description = "Highest score first; filter by place, type and status")
    @APIResponse(responseCode = "200", description = "A page of entries")
    public Page<RaidView> list(@QueryParam("place") String place, @QueryParam("type") String type,
                               @QueryParam("status") String status, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return service.list(place, Params.enumValue(RaidType.class, type, "type"),
                Params.enumValue(RaidStatus.class, status, "status"), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRisk", summary = "Read a RAID entry", description = "The ETag is its version")
    @APIResponse(responseCode = "200", description = "The entry",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = RaidView.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response get(@PathParam("id") String id) {
        RaidView r = service.get(id);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @POST
    @Operation(operationId = "logRisk", summary = "Log a risk, assumption, issue or dependency")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = RaidView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: likelihood or impact outside 1-5, no owner, review date before raised date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a place officer of this place")
    @PlaceWrite(role = Roles.PLACE_OFFICER) // and the body's place, before the body is validated
    public Response create(@NotNull RaidInput input) {
        RaidView r = service.create(input);
        return Response.created(URI.create("/api/v1/risks/" + r.id())).entity(r).tag(Etags.of(r.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceRisk", summary = "Replace a RAID entry", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = RaidView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = RaidService.class)
    public Response replace(@PathParam("id") String id,
                            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RaidInput input) {
        RaidView r = service.replace(id, ifMatch, input);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }
}

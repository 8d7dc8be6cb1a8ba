package org.totalplace.pilots.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.security.PlaceWrite;
import org.totalplace.commons.security.Roles;
import org.totalplace.pilots.partnership.PartnershipViews.PartnershipView;

import java.util.List;

import static org.totalplace.pilots.web.ProblemResponses.*;

@Path("/api/v1/places/{placeId}/partnerships")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    private final PartnershipService partnerships;

    public PartnershipResource(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GET
    @Operation(operationId = "listPartnerships",
            summary = "List a place's partnerships", description = "Leads first, then by organisation name.")
    @APIResponse(responseCode = "200", description = "The partnerships",
            content = @Content(schema = @Schema(implementation = PartnershipView[].class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<PartnershipView> list(@Parameter(example = "leicester-leicestershire") @PathParam("placeId") String placeId) {
        return partnerships.ofPlace(placeId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addPartnership", summary = "Add an organisation to a place",
            description = "Place officers of this place or programme admins. Publishes partnership.changed.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation already takes part in the place",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response add(@PathParam("placeId") String placeId, @Valid @NotNull PartnershipRequest body) {
        return Response.status(Response.Status.CREATED).entity(partnerships.add(placeId, body)).build();
    }

    @DELETE
    @Path("{organisationId}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "removePartnership",
            summary = "Remove an organisation from a place", description = "Publishes partnership.changed (active=false).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such place, or the organisation does not take part in it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public void remove(@PathParam("placeId") String placeId, @PathParam("organisationId") String organisationId) {
        partnerships.remove(placeId, organisationId);
    }
}

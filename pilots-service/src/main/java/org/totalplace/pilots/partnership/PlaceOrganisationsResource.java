package org.totalplace.pilots.partnership;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.Problem;
import org.totalplace.pilots.partnership.PartnershipViews.PlaceOrganisation;

import java.util.List;

import static org.totalplace.pilots.web.ProblemResponses.*;

@Path("/api/v1/places/{placeId}/organisations")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceOrganisationsResource {

    private final PartnershipService partnerships;

    public PlaceOrganisationsResource(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GET
    @Operation(operationId = "listPlaceOrganisations",
            summary = "List the organisations taking part in a place, with their roles")
    @APIResponse(responseCode = "200", description = "The organisations",
            content = @Content(schema = @Schema(implementation = PlaceOrganisation[].class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<PlaceOrganisation> organisations(@Parameter(example = "leicester-leicestershire")
                                                 @PathParam("placeId") String placeId) {
        return partnerships.organisationsOf(placeId);
    }
}

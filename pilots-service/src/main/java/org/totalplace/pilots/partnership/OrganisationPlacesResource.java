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
import org.totalplace.pilots.partnership.PartnershipViews.OrganisationPlace;

import java.util.List;

import static org.totalplace.pilots.web.ProblemResponses.*;

@Path("/api/v1/organisations/{organisationId}/places")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationPlacesResource {

    private final PartnershipService partnerships;

    public OrganisationPlacesResource(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GET
    @Operation(operationId = "listOrganisationPlaces",
            summary = "List the places an organisation takes part in, with its role in each")
    @APIResponse(responseCode = "200", description = "The places",
            content = @Content(schema = @Schema(implementation = OrganisationPlace[].class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<OrganisationPlace> places(@Parameter(example = "leicestershire-county-council")
                                          @PathParam("organisationId") String organisationId) {
        return partnerships.placesOf(organisationId);
    }
}

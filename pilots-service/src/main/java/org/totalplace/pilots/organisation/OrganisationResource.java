package org.totalplace.pilots.organisation;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.pilots.web.QueryParams;

import static org.totalplace.pilots.web.ProblemResponses.*;

@Path("/api/v1/organisations")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Schema(name = "OrganisationPage")
    public static class OrganisationPage {
        @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)
        public Object items;
        @Schema(example = "1") public int page;
        @Schema(example = "20") public int size;
        @Schema(example = "17") public long total;
        @Schema(example = "1") public int totalPages;
    }

    private final OrganisationService organisations;

    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(operationId = "listOrganisations",
            summary = "List organisations", description = "Paged, by name; `q` searches name and identifiers.")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<OrganisationView> list(@Parameter(example = "leicester") @QueryParam("q") String q,
                                       @Parameter(example = "PRIMARY_CARE_TRUST") @QueryParam("type") String type,
                                       @Parameter(example = "1") @QueryParam("page") Integer page,
                                       @Parameter(example = "20") @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return organisations.search(q, QueryParams.enumValue(OrganisationType.class, type, "type"), request);
    }

    @GET
    @Path("{organisationId}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation")
    @APIResponse(responseCode = "200", description = "The organisation", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "leicestershire-county-council")
                        @PathParam("organisationId") String organisationId) {
        OrganisationView o = organisations.find(organisationId)
                .orElseThrow(() -> ProblemException.notFound("organisation", organisationId));
        return Response.ok(o).tag(Etags.of(o.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Programme admins only. The id is the normalised name. A body already recorded under the "
                    + "same name or identifier is refused with 409 naming it. Publishes organisation.upserted.")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only programme admins register organisations",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    // checked before the body is validated: a caller who may not do this learns nothing from 400s
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    public Response create(@Valid @NotNull OrganisationRequest body, @Context UriInfo uri) {
        OrganisationView o = organisations.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build())
                .tag(Etags.of(o.version())).entity(o).build();
    }

    @PUT
    @Path("{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's details",
            description = "Programme admins only; needs If-Match. The id stays as it was. Publishes organisation.upserted.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    // checked before the body is validated: a caller who may not do this learns nothing from 400s
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    public Response update(@PathParam("organisationId") String organisationId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OrganisationRequest body) {
        OrganisationView o = organisations.update(organisationId, body, ifMatch);
        return Response.ok(o).tag(Etags.of(o.version())).build();
    }
}

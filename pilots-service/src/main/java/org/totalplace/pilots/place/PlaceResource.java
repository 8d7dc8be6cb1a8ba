package org.totalplace.pilots.place;

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
import org.totalplace.commons.security.PlaceWrite;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.pilots.web.QueryParams;

import static org.totalplace.pilots.web.ProblemResponses.*;

@Path("/api/v1/places")
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    /** The list answer, named for OpenAPI (generic records have no schema of their own). */
    @Schema(name = "PlacePage")
    public static class PlacePage {
        @Schema(type = SchemaType.ARRAY, implementation = PlaceView.class)
        public Object items;
        @Schema(example = "1") public int page;
        @Schema(example = "20") public int size;
        @Schema(example = "13") public long total;
        @Schema(example = "1") public int totalPages;
    }

    private final PlaceService places;

    public PlaceResource(PlaceService places) {
        this.places = places;
    }

    @GET
    @Operation(operationId = "listPlaces",
            summary = "List places", description = "Paged, filtered and sorted. Free text `q` searches name, "
            + "theme, sub-themes, region, aspirations, tags and summary.")
    @APIResponse(responseCode = "200", description = "A page of places",
            content = @Content(schema = @Schema(implementation = PlacePage.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<PlaceView> list(
            @Parameter(description = "free text", example = "alcohol") @QueryParam("q") String q,
            @Parameter(description = "PILOT or PARALLEL_PLACE", example = "PILOT") @QueryParam("kind") String kind,
            @Parameter(example = "East Midlands") @QueryParam("region") String region,
            @Parameter(example = "Alcohol and drugs") @QueryParam("theme") String theme,
            @Parameter(description = "organisation id taking part", example = "leicestershire-county-council")
            @QueryParam("organisation") String organisation,
            @Parameter(example = "leicestershire") @QueryParam("tag") String tag,
            @Parameter(description = "comma-separated keys (name, kind, region, theme, status, population, postedOn, "
                    + "finalReportDue), '-' prefix for descending", example = "-population,name")
            @QueryParam("sort") String sort,
            @Parameter(description = "1-based", example = "1") @QueryParam("page") Integer page,
            @Parameter(description = "1 to 500", example = "20") @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PlaceKind parsedKind = QueryParams.enumValue(PlaceKind.class, kind, "kind");
        return places.search(new PlaceSearch(q, parsedKind, region, theme, organisation, tag, sort), request);
    }

    @GET
    @Path("{placeId}")
    @Operation(operationId = "getPlace",
            summary = "Read a place", description = "The ETag header carries the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The place",
            headers = @Header(name = "ETag", description = "version of the place"),
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "leicester-leicestershire") @PathParam("placeId") String placeId) {
        PlaceView place = places.find(placeId).orElseThrow(() -> ProblemException.notFound("place", placeId));
        return Response.ok(place).tag(Etags.of(place.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registerPlace",
            summary = "Register a place", description = "Programme admins only. Publishes place.registered.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only programme admins register places",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    // checked before the body is validated: a caller who may not do this learns nothing from 400s
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    public Response register(@Valid @NotNull PlaceRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
        PlaceView place = places.register(body);
        return Response.created(uri.getAbsolutePathBuilder().path(place.id()).build())
                .tag(Etags.of(place.version())).entity(place).build();
    }

    @PUT
    @Path("{placeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updatePlace", summary = "Replace a place's details",
            description = "Needs If-Match with the ETag last read. Place officers of this place or programme admins. "
                    + "Publishes place.updated.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "400", description = BAD_INPUT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response update(@Parameter(example = "leicester-leicestershire") @PathParam("placeId") String placeId,
                           @Parameter(description = "ETag from the last read", example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull PlaceRequest body) {
        PlaceView place = places.update(placeId, body, ifMatch);
        return Response.ok(place).tag(Etags.of(place.version())).build();
    }
}

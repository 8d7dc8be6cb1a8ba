package org.totalplace.pilots.place;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceWrite;
import org.totalplace.commons.security.Roles;
import org.totalplace.pilots.contact.Contacts;
import org.totalplace.pilots.contact.Contacts.ContactRequest;
import org.totalplace.pilots.contact.Contacts.ContactView;
import org.totalplace.pilots.document.PlaceDocuments;
import org.totalplace.pilots.document.PlaceDocuments.DocumentRequest;
import org.totalplace.pilots.document.PlaceDocuments.DocumentView;
import org.totalplace.pilots.funding.FundingAwards;
import org.totalplace.pilots.funding.FundingAwards.FundingRequest;
import org.totalplace.pilots.funding.FundingAwards.FundingView;
import org.totalplace.pilots.progress.ProgressUpdates;
import org.totalplace.pilots.progress.ProgressUpdates.UpdateRequest;
import org.totalplace.pilots.progress.ProgressUpdates.UpdateView;

import java.util.List;

import static org.totalplace.pilots.web.ProblemResponses.*;

/**
 * Progress updates, documents, contacts and funding awards of a place. Reads are public (contacts without
 * personal data for anonymous callers); writes are for the place's officers and programme admins, checked before
 * the body is read ({@link PlaceWrite}).
 */
@Path("/api/v1/places/{placeId}")
@Tag(name = "Place details")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = NOT_FOUND,
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class PlaceDetailsResource {

    private final ProgressUpdates updates;
    private final PlaceDocuments documents;
    private final Contacts contacts;
    private final FundingAwards funding;
    private final PlaceAccess access;

    public PlaceDetailsResource(ProgressUpdates updates, PlaceDocuments documents, Contacts contacts,
                                FundingAwards funding, PlaceAccess access) {
        this.updates = updates;
        this.documents = documents;
        this.contacts = contacts;
        this.funding = funding;
        this.access = access;
    }

    @GET
    @Path("updates")
    @Operation(operationId = "listPlaceUpdates",
            summary = "List a place's progress updates", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The updates",
            content = @Content(schema = @Schema(implementation = UpdateView[].class)))
    public List<UpdateView> updates(@Parameter(example = "leicester-leicestershire") @PathParam("placeId") String placeId) {
        return updates.of(placeId);
    }

    @POST
    @Path("updates")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addPlaceUpdate", summary = "Add a progress update")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = UpdateView.class)))
    @APIResponse(responseCode = "400", ref = "BadInput")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response addUpdate(@PathParam("placeId") String placeId, @Valid @NotNull UpdateRequest body) {
        return created(updates.add(placeId, body));
    }

    @GET
    @Path("documents")
    @Operation(operationId = "listPlaceDocuments",
            summary = "List a place's documents", description = "Newest first; undated ones last.")
    @APIResponse(responseCode = "200", description = "The documents",
            content = @Content(schema = @Schema(implementation = DocumentView[].class)))
    public List<DocumentView> documents(@Parameter(example = "luton-central-bedfordshire") @PathParam("placeId") String placeId) {
        return documents.of(placeId);
    }

    @POST
    @Path("documents")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addPlaceDocument", summary = "Add a document")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", ref = "BadInput")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response addDocument(@PathParam("placeId") String placeId, @Valid @NotNull DocumentRequest body) {
        return created(documents.add(placeId, body));
    }

    @GET
    @Path("contacts")
    @Operation(operationId = "listPlaceContacts", summary = "List a place's contacts",
            description = "Names, emails and phones only for signed-in viewers and above; others see role and organisation.")
    @APIResponse(responseCode = "200", description = "The contacts",
            content = @Content(schema = @Schema(implementation = ContactView[].class)))
    public List<ContactView> contacts(@Parameter(example = "leicester-leicestershire") @PathParam("placeId") String placeId) {
        return contacts.of(placeId, access.maySeePersonalData());
    }

    @POST
    @Path("contacts")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addPlaceContact", summary = "Add a contact")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", ref = "BadInput")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response addContact(@PathParam("placeId") String placeId, @Valid @NotNull ContactRequest body) {
        return created(contacts.add(placeId, body));
    }

    @GET
    @Path("funding")
    @Operation(operationId = "listPlaceFunding",
            summary = "List a place's programme funding awards", description = "Amounts are GBP decimal strings.")
    @APIResponse(responseCode = "200", description = "The awards",
            content = @Content(schema = @Schema(implementation = FundingView[].class)))
    public List<FundingView> funding(@Parameter(example = "essex") @PathParam("placeId") String placeId) {
        return funding.of(placeId);
    }

    @POST
    @Path("funding")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addPlaceFunding", summary = "Record a funding award")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = FundingView.class)))
    @APIResponse(responseCode = "400", ref = "BadInput")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "placeId")
    public Response addFunding(@PathParam("placeId") String placeId, @Valid @NotNull FundingRequest body) {
        return created(funding.add(placeId, body));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}

package org.totalplace.governance.group;

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
import org.totalplace.governance.group.GroupDtos.GroupNode;
import org.totalplace.governance.group.GroupDtos.GroupUpdate;
import org.totalplace.governance.group.GroupDtos.GroupView;
import org.totalplace.governance.group.GroupDtos.MembershipView;
import org.totalplace.governance.group.GroupDtos.NewGroup;
import org.totalplace.governance.group.GroupDtos.NewMembership;

import java.net.URI;
import java.util.List;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "Boards, programme boards, working groups and project teams, and who sits on them")
public class GroupResource {

    private final GroupService service;

    public GroupResource(GroupService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listGroups",
            summary = "List groups", description = "Optionally of one place; ordered by name")
    @APIResponse(responseCode = "200", description = "A page of groups")
    public Page<GroupView> list(@QueryParam("place") String place, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size) {
        return service.list(place, PageRequest.of(page, size));
    }

    @GET
    @Path("tree")
    @Operation(operationId = "getGroupTree", summary = "A place's groups as a reports-to tree")
    @APIResponse(responseCode = "200", description = "Top-level groups with the groups reporting to them")
    @APIResponse(responseCode = "400", description = "place missing")
    public List<GroupNode> tree(@QueryParam("place") String place) {
        return service.tree(place);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getGroup", summary = "Read a group", description = "The ETag is its version")
    @APIResponse(responseCode = "200", description = "The group",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "404", description = "No such group")
    public Response get(@PathParam("id") String id) {
        GroupView g = service.get(id);
        return Response.ok(g).tag(Etags.of(g.version())).build();
    }

    @POST
    @Operation(operationId = "createGroup", summary = "Create a group")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, unknown place or a reports-to group that is unknown, of another place or would make a cycle")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a place officer of this place")
    @PlaceWrite(role = Roles.PLACE_OFFICER) // and the body's place, before the body is validated
    public Response create(@NotNull NewGroup input) {
        GroupView g = service.create(input);
        return Response.created(URI.create("/api/v1/groups/" + g.id())).entity(g).tag(Etags.of(g.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateGroup",
            summary = "Update a group", description = "Needs If-Match with the ETag read")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = GroupService.class)
    public Response update(@PathParam("id") String id,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull GroupUpdate input) {
        GroupView g = service.update(id, ifMatch, input);
        return Response.ok(g).tag(Etags.of(g.version())).build();
    }

    @GET
    @Path("{id}/memberships")
    @Operation(operationId = "listMemberships",
            summary = "Who holds which role in the group", description = "Anonymous callers see roles and posts, not names")
    @APIResponse(responseCode = "200", description = "The memberships")
    public List<MembershipView> memberships(@PathParam("id") String id) {
        return service.memberships(id);
    }

    @POST
    @Path("{id}/memberships")
    @Operation(operationId = "addMembership", summary = "Give someone (or a post) a role in the group")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "400", description = "Unknown person, bad partial date or an end before the start")
    @PlaceWrite(role = Roles.PLACE_OFFICER, param = "id", owner = GroupService.class)
    public Response addMembership(@PathParam("id") String id, @Valid @NotNull NewMembership input) {
        return Response.status(Response.Status.CREATED).entity(service.addMembership(id, input)).build();
    }
}

package org.totalplace.counting.line;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.totalplace.counting.count.CountService;
import org.totalplace.counting.line.LineDtos.LineRequest;
import org.totalplace.counting.line.LineDtos.LineView;

import java.net.URI;

@Path("/api/v1/counts/{countId}/lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lines")
public class LineResource {

    private final LineService lines;

    public LineResource(LineService lines) {
        this.lines = lines;
    }

    @GET
    @Operation(operationId = "listLines", summary = "The lines of a count, in the order they were added")
    @APIResponse(responseCode = "200", description = "A page of lines")
    @APIResponse(responseCode = "404", description = "No such count, or not one the caller may see")
    public Page<LineView> list(@PathParam("countId") String countId, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return lines.list(countId, PageRequest.of(page, size));
    }

    @POST
    @Operation(operationId = "addLine", summary = "Add a line to a DRAFT count")
    @APIResponse(responseCode = "201", description = "The line",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (named)")
    @APIResponse(responseCode = "409", description = "The count is not a DRAFT")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public Response add(@PathParam("countId") String countId, @Valid @NotNull LineRequest request) {
        LineView line = lines.add(countId, request);
        return Response.created(URI.create("/api/v1/counts/" + countId + "/lines/" + line.id()))
                .tag(Etags.of(line.version())).entity(line).build();
    }

    @PUT
    @Path("/{lineId}")
    @Operation(operationId = "correctLine", summary = "Correct a line of a DRAFT count (If-Match: the line's ETag)")
    @APIResponse(responseCode = "200", description = "The corrected line",
            headers = @Header(name = "ETag", description = "the version to send back in If-Match"),
            content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "409", description = "The count is not a DRAFT")
    @APIResponse(responseCode = "412", description = "The line changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public Response correct(@PathParam("countId") String countId, @PathParam("lineId") long lineId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LineRequest request) {
        LineView line = lines.correct(countId, lineId, ifMatch, request);
        return Response.ok(line).tag(Etags.of(line.version())).build();
    }

    @DELETE
    @Path("/{lineId}")
    @Operation(operationId = "removeLine", summary = "Remove a line of a DRAFT count")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The count is not a DRAFT")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public void remove(@PathParam("countId") String countId, @PathParam("lineId") long lineId) {
        lines.remove(countId, lineId);
    }
}

package org.totalplace.counting.aggregate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.counting.aggregate.AggregateDtos.Diff;

@Path("/api/v1/counts/{countId}/diff/{otherCountId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates")
public class DiffResource {

    private final AggregateService aggregates;

    public DiffResource(AggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Operation(operationId = "diffCounts",
            summary = "What changed from this count to the other: totals, lines, and each changed combination")
    @APIResponse(responseCode = "200", description = "The difference (change = other - this)")
    public Diff diff(@PathParam("countId") String countId, @PathParam("otherCountId") String otherId,
                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return aggregates.diff(countId, otherId, PageRequest.of(page, size));
    }
}

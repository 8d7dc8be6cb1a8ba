package org.totalplace.counting.aggregate;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.counting.aggregate.AggregateDtos.Overlap;

import java.util.List;

@Path("/api/v1/counts/{countId}/overlaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates")
public class OverlapResource {

    private final AggregateService aggregates;

    public OverlapResource(AggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Operation(operationId = "listOverlaps",
            summary = "Functions funded by at least min organisations, with each organisation's amount")
    @APIResponse(responseCode = "200", description = "Overlaps, most organisations first")
    public List<Overlap> overlaps(@PathParam("countId") String countId,
                                  @QueryParam("min") @DefaultValue("2") int min,
                                  @QueryParam("level") @DefaultValue("group") String level) {
        return aggregates.overlaps(countId, min, level);
    }
}

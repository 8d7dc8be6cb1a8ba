package org.totalplace.counting.aggregate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.counting.aggregate.AggregateDtos.Flows;

@Path("/api/v1/counts/{countId}/flows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates")
public class FlowResource {

    private final AggregateService aggregates;

    public FlowResource(AggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Operation(operationId = "getFlows",
            summary = "Money flowing funding source -> organisation -> function division (Sankey nodes and links)")
    @APIResponse(responseCode = "200", description = "Nodes and links")
    public Flows flows(@PathParam("countId") String countId) {
        return aggregates.flows(countId);
    }
}

package org.totalplace.counting.aggregate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.counting.aggregate.AggregateDtos.Comparison;

@Path("/api/v1/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates")
public class ComparisonResource {

    private final AggregateService aggregates;

    public ComparisonResource(AggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Operation(operationId = "comparePlaces",
            summary = "Compare places: each place's latest FINAL count of a year and kind, in total and per head")
    @APIResponse(responseCode = "200", description = "One entry per place")
    @APIResponse(responseCode = "400", description = "Bad year, kind or drilldown (parameter named)")
    public Comparison compare(@QueryParam("year") String year, @QueryParam("kind") String kind,
                              @QueryParam("drilldown") String drilldown) {
        return aggregates.compare(year, kind, drilldown);
    }
}

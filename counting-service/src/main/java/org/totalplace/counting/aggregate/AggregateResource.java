package org.totalplace.counting.aggregate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.counting.aggregate.AggregateDtos.Aggregate;

import java.util.List;

// one class per path: a class at /api/v1/counts/{countId} would shadow CountResource's sub-paths
@Path("/api/v1/counts/{countId}/aggregate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates")
public class AggregateResource {

    private final AggregateService aggregates;

    public AggregateResource(AggregateService aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Operation(operationId = "aggregateCount",
            summary = "Totals and drilldowns of a count (OpenSpending style), with per-head figures and shares")
    @APIResponse(responseCode = "200", description = "The cells of the drilldown and the total")
    @APIResponse(responseCode = "400", description = "Unknown dimension or bad order/cut (parameter named)")
    @APIResponse(responseCode = "404", description = "No such count, or not one the caller may see")
    public Aggregate aggregate(
            @PathParam("countId") String countId,
            @Parameter(description = "comma-separated dimensions: organisation, organisation_type, funding_source,"
                    + " function_division, function_group, client_group, capital_revenue",
                    example = "organisation,function_division") @QueryParam("drilldown") String drilldown,
            @Parameter(description = "filters dimension:value, several joined by | (repeatable)",
                    example = "funding_source:council-tax") @QueryParam("cut") List<String> cut,
            @Parameter(description = "amount, lines or a drilled dimension, with :asc or :desc",
                    example = "amount:desc") @QueryParam("order") String order,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return aggregates.aggregate(countId, AggregateQuery.parse(drilldown, cut, order, page, size));
    }
}

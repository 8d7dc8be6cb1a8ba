package org.totalplace.counting.function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.counting.function.FunctionCatalogue.FunctionView;

import java.util.List;

@Path("/api/v1/functions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Functions")
public class FunctionResource {

    private final FunctionCatalogue catalogue;

    public FunctionResource(FunctionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "listFunctions", summary = "The COFOG classification: 10 divisions and their groups")
    @APIResponse(responseCode = "200", description = "Every division and group, ordered by code")
    public List<FunctionView> all() {
        return catalogue.all();
    }
}

package org.totalplace.counting.importer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportJobResource {

    private final ImportService imports;

    public ImportJobResource(ImportService imports) {
        this.imports = imports;
    }

    @GET
    @Path("/{jobId}")
    @Operation(operationId = "getImportJob", summary = "Progress and result of an import")
    @APIResponse(responseCode = "200", description = "The import; percent and rows read while RUNNING")
    @APIResponse(responseCode = "404", description = "No such import, or its count is not visible to the caller")
    public ImportView get(@PathParam("jobId") String jobId) {
        return imports.get(jobId);
    }
}

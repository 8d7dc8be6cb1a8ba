package org.totalplace.counting.export;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.counting.count.CountService;
import org.totalplace.counting.count.ExpenditureCount;

@Path("/api/v1/counts/{countId}/export")
@Tag(name = "Export")
public class ExportResource {

    private final CountService counts;
    private final ExportService export;

    public ExportResource(CountService counts, ExportService export) {
        this.counts = counts;
        this.export = export;
    }

    @GET
    @Produces({"text/csv", "application/zip"})
    @Operation(operationId = "exportCount",
            summary = "A count's lines as CSV (the importer's standard layout) or as a Fiscal Data Package zip")
    @APIResponse(responseCode = "200", description = "The CSV, or a zip of datapackage.json and data/lines.csv",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not csv or fdp")
    public Response export(@PathParam("countId") String countId,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        ExpenditureCount count = counts.readable(countId);
        String name = count.placeId + "-" + count.financialYear + "-v" + count.versionNo;
        return switch (format) {
            case "csv" -> Response.ok((StreamingOutput) out -> export.writeCsv(count.id, out), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "fdp" -> Response.ok((StreamingOutput) out -> export.writeFiscalDataPackage(count, out),
                            "application/zip")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "-fdp.zip\"").build();
            default -> throw ProblemException.invalidField("format", "must be csv or fdp");
        };
    }
}

package org.totalplace.counting.importer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceWrite;
import org.totalplace.commons.security.Roles;
import org.totalplace.counting.count.CountService;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

@Path("/api/v1/counts/{countId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    @Operation(operationId = "importLines", summary = "Import a CSV of lines into a DRAFT count, all or nothing",
            description = "Standard layout headers: organisation, funding_source, function_code, client_group,"
                    + " capital_revenue, amount, note, source_row_ref, date (yyyy-mm-dd). Preset spending-over-500"
                    + " reads UK transparency files (Body Name/Body, Service Area/Expense Area, Amount such as"
                    + " £1,100.00, Date dd/mm/yyyy, Transaction Number, Supplier Name). Rows are numbered from 1"
                    + " (the header). The same file imported twice into a count is recognised and not stored again."
                    + " A Fiscal Data Package zip (application/zip) imports its CSV. Bodies above the size limit, or with async=true, run as a job: 202 and a Location to poll.")
    @APIResponse(responseCode = "201", description = "Every row stored",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200", description = "The same file was already imported: nothing stored",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "202", description = "Import started as a job; poll the Location",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "409", description = "The count is not a DRAFT")
    @APIResponse(responseCode = "422", description = "Some rows are bad; nothing stored; errors lists every bad row")
    @PlaceWrite(role = Roles.FINANCE_OFFICER, param = "countId", owner = CountService.class)
    public Response importCsv(
            @PathParam("countId") String countId,
            @Parameter(description = "standard (default) or spending-over-500") @QueryParam("preset") String preset,
            @Parameter(description = "header mapping field=header, e.g. amount=Net Amount (repeatable)")
            @QueryParam("column") List<String> column,
            @Parameter(description = "label mapping label=COFOG code, e.g. Adult Social Care=10.2 (repeatable)")
            @QueryParam("function") List<String> function,
            @Parameter(description = "count rows whose label has no mapping as unclassified instead of failing")
            @QueryParam("unclassified") Boolean unclassified,
            @Parameter(description = "funding source of rows that do not name one, e.g. council-tax")
            @QueryParam("fundingSource") String fundingSource,
            @Parameter(description = "CAPITAL or REVENUE for rows that do not say") @QueryParam("capitalRevenue")
            String capitalRevenue,
            @Parameter(description = "character set of the file; default the Content-Type charset, else UTF-8") @QueryParam("encoding") String encoding,
            @Parameter(description = "run as a job whatever the size") @QueryParam("async") boolean async,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        ImportOptions options = ImportOptions.parse(preset, column, function, unclassified, fundingSource,
                capitalRevenue, encoding != null ? encoding : charsetOf(contentType));
        if (contentType != null && contentType.startsWith("application/zip")) {
            options = options.zipped(); // a Fiscal Data Package as exported: its CSV is imported
        }
        if (imports.runsAsJob(contentLength, async)) {
            ImportView job = imports.startJob(countId, body, options);
            return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
        }
        ImportView done = imports.importNow(countId, body, contentLength, options);
        return switch (done.status()) {
            case "SUCCEEDED" -> Response.created(URI.create("/api/v1/imports/" + done.id())).entity(done).build();
            case "DUPLICATE" -> Response.ok(done).location(URI.create("/api/v1/imports/" + done.id())).build();
            default -> throw ProblemException.unprocessable(done.message() + " (import " + done.id() + ")",
                    done.errors());
        };
    }

    /** The charset parameter of the Content-Type, e.g. text/csv; charset=windows-1252. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }
}

package org.totalplace.counting.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.totalplace.counting.count.ExpenditureCount;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a count's lines as CSV in the importer's standard layout (so an export imports back unchanged), and as an
 * OpenSpending Fiscal Data Package: a zip of datapackage.json (resource schema and fiscal model) and that CSV.
 * Lines are streamed from the database; nothing is held in memory.
 */
@ApplicationScoped
public class ExportService {

    public static final List<String> HEADER = List.of("organisation", "funding_source", "function_code",
            "client_group", "capital_revenue", "amount", "note", "source_row_ref", "date");

    private final AgroalDataSource db;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public ExportService(AgroalDataSource db, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public void writeCsv(String countId, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT organisation_id, funding_source, function_code,"
                     + " client_group, capital_revenue, amount, note, source_row_ref, payment_date"
                     + " FROM expenditure_line WHERE count_id = ? ORDER BY id",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream rows instead of buffering the result
            ps.setString(1, countId);
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                    .setRecordSeparator("\n").get().print(writer);
            try (ResultSet rs = ps.executeQuery()) {
                Object[] row = new Object[9];
                while (rs.next()) {
                    for (int i = 0; i < 9; i++) {
                        Object v = i == 5 ? rs.getBigDecimal(6).toPlainString() : rs.getString(i + 1);
                        row[i] = v == null ? "" : v;
                    }
                    csv.printRecord(row);
                }
            }
            csv.flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeFiscalDataPackage(ExpenditureCount count, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor(count)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data/lines.csv"));
            writeCsv(count.id, new java.io.FilterOutputStream(zip) {
                @Override
                public void close() {
                    // the zip stays open for closeEntry
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            });
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Fiscal Data Package descriptor: one resource, its table schema, and the fiscal model over its fields. */
    Map<String, Object> descriptor(ExpenditureCount count) {
        Map<String, Object> dp = new LinkedHashMap<>();
        dp.put("name", "totalplace-" + count.placeId + "-" + count.financialYear + "-"
                + count.kind.name().toLowerCase().replace('_', '-') + "-v" + count.versionNo);
        dp.put("title", "Total Place count: " + count.placeId + " " + count.financialYear + " " + count.kind
                + (count.theme == null ? "" : " (" + count.theme + ")") + ", version " + count.versionNo);
        dp.put("profile", "fiscal-data-package");
        dp.put("countryCode", "GB");
        dp.put("fiscalPeriod", Map.of("start", count.financialYear.substring(0, 4) + "-04-01",
                "end", (Integer.parseInt(count.financialYear.substring(0, 4)) + 1) + "-03-31"));
        dp.put("status", count.status.name());
        List<Map<String, Object>> fields = List.of(
                field("organisation", "string", "Spending organisation id"),
                field("funding_source", "string", "Funding source (central department or local income)"),
                field("function_code", "string", "COFOG division or group code"),
                field("client_group", "string", "Client group / sub-theme"),
                field("capital_revenue", "string", "CAPITAL or REVENUE"),
                Map.of("name", "amount", "type", "number", "decimalChar", ".", "title", "Amount (GBP)"),
                field("note", "string", "Note"),
                field("source_row_ref", "string", "Reference of the source row"),
                Map.of("name", "date", "type", "date", "format", "default", "title", "Payment date"));
        dp.put("resources", List.of(Map.of("name", "lines", "path", "data/lines.csv", "format", "csv",
                "mediatype", "text/csv", "encoding", "utf-8", "profile", "tabular-data-resource",
                "schema", Map.of("fields", fields))));
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("organisation", dim("organisation", "entity"));
        dimensions.put("funding_source", dim("funding_source", "other"));
        dimensions.put("function", dim("function_code", "functional-classification"));
        dimensions.put("client_group", dim("client_group", "other"));
        dimensions.put("capital_revenue", dim("capital_revenue", "other"));
        dimensions.put("date", dim("date", "date"));
        dp.put("model", Map.of(
                "measures", Map.of("amount", Map.of("source", "amount", "currency", "GBP", "factor", 1)),
                "dimensions", dimensions));
        return dp;
    }

    private static Map<String, Object> field(String name, String type, String title) {
        return Map.of("name", name, "type", type, "title", title);
    }

    private static Map<String, Object> dim(String field, String type) {
        return Map.of("attributes", Map.of(field, Map.of("source", field)), "primaryKey", field,
                "dimensionType", type);
    }
}

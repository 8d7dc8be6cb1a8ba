package org.totalplace.counting.importer;

import org.totalplace.commons.problem.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field. The documented standard layout has the headers organisation,
 * funding_source, function_code, client_group, capital_revenue, amount, note, source_row_ref, date (ISO);
 * the spending-over-500 preset finds a transparency file's own headers ("Body Name", "Service Area",
 * "Amount", "Date", "Transaction Number", "Supplier Name"...). Explicit mappings win over both.
 */
public final class ColumnLayout {

    public static final String ORGANISATION = "organisation";
    public static final String FUNDING_SOURCE = "funding_source";
    public static final String FUNCTION = "function";
    public static final String CLIENT_GROUP = "client_group";
    public static final String CAPITAL_REVENUE = "capital_revenue";
    public static final String AMOUNT = "amount";
    public static final String NOTE = "note";
    public static final String SOURCE_ROW_REF = "source_row_ref";
    public static final String DATE = "date";
    public static final List<String> FIELDS = List.of(ORGANISATION, FUNDING_SOURCE, FUNCTION, CLIENT_GROUP,
            CAPITAL_REVENUE, AMOUNT, NOTE, SOURCE_ROW_REF, DATE);

    private static final Map<String, List<String>> STANDARD = Map.of(
            ORGANISATION, List.of("organisation", "organisation_id", "organisation id"),
            FUNDING_SOURCE, List.of("funding_source", "funding source"),
            FUNCTION, List.of("function_code", "function", "cofog"),
            CLIENT_GROUP, List.of("client_group", "client group"),
            CAPITAL_REVENUE, List.of("capital_revenue", "capital or revenue"),
            AMOUNT, List.of("amount"),
            NOTE, List.of("note"),
            SOURCE_ROW_REF, List.of("source_row_ref", "source row ref"),
            DATE, List.of("date"));

    private static final Map<String, List<String>> SPENDING = Map.of(
            ORGANISATION, List.of("body name", "body", "organisation name", "organisation"),
            FUNDING_SOURCE, List.of("funding source", "funding_source"),
            FUNCTION, List.of("service area", "expense area", "service", "service division", "directorate"),
            CLIENT_GROUP, List.of("client group", "client_group"),
            CAPITAL_REVENUE, List.of("capital/revenue", "capital or revenue", "revenue/capital", "capital_revenue"),
            AMOUNT, List.of("amount", "net amount", "amount (£)", "value", "total"),
            NOTE, List.of("supplier name", "supplier", "expense type"),
            SOURCE_ROW_REF, List.of("transaction number", "transaction no", "transaction id", "invoice number"),
            DATE, List.of("date", "payment date", "transaction date", "date paid"));

    private final Map<String, Integer> index;
    private final int width;

    private ColumnLayout(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /** Resolves the layout against a header row; lists every required field it cannot find. */
    public static ColumnLayout resolve(List<String> header, ImportOptions options, List<Problem.Violation> errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(norm(header.get(i)), i);
        }
        Map<String, List<String>> candidates = options.preset() == ImportOptions.Preset.STANDARD ? STANDARD : SPENDING;
        Map<String, Integer> index = new HashMap<>();
        for (String field : FIELDS) {
            List<String> names = options.columns().containsKey(field) ? List.of(options.columns().get(field))
                    : candidates.get(field);
            for (String name : names) {
                Integer at = positions.get(norm(name));
                if (at != null) {
                    index.put(field, at);
                    break;
                }
            }
            if (!index.containsKey(field) && required(field, options)) {
                errors.add(new Problem.Violation(field, 1L, "no column for " + field + "; expected a header "
                        + String.join(" or ", names.stream().map(n -> "'" + n + "'").toList())
                        + " or a mapping column=" + field + "=<your header>", null));
            }
        }
        return new ColumnLayout(index, header.size());
    }

    private static boolean required(String field, ImportOptions options) {
        return switch (field) {
            case ORGANISATION, FUNCTION, AMOUNT -> true;
            case FUNDING_SOURCE -> options.fundingSource() == null;
            case CAPITAL_REVENUE -> options.capitalRevenue() == null;
            default -> false;
        };
    }

    public boolean has(String field) {
        return index.containsKey(field);
    }

    public int width() {
        return width;
    }

    /** The trimmed value of {@code field} in a row, or null when the column is absent or the cell empty. */
    public String value(List<String> row, String field) {
        Integer at = index.get(field);
        if (at == null || at >= row.size()) {
            return null;
        }
        String v = row.get(at).trim();
        return v.isEmpty() ? null : v;
    }

    private static String norm(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}

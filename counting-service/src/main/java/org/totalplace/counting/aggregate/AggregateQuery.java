package org.totalplace.counting.aggregate;

import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.web.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenSpending-style aggregate request: {@code drilldown=organisation,function_division},
 * {@code cut=funding_source:council-tax|capital_revenue:REVENUE} (a dimension cut twice means either value),
 * {@code order=amount:desc,organisation:asc}, paging. Parsed and turned into SQL over the pre-aggregated
 * line_summary here, without a server; every identifier in the SQL comes from {@link Dimension}.
 */
public record AggregateQuery(List<Dimension> drilldown, Map<Dimension, List<String>> cuts, List<String> order,
                             PageRequest page) {

    public static AggregateQuery parse(String drilldown, List<String> cut, String order, Integer page, Integer size) {
        List<Dimension> dims = new ArrayList<>();
        if (drilldown != null && !drilldown.isBlank()) {
            for (String d : drilldown.split(",")) {
                Dimension dim = Dimension.of(d.trim(), "drilldown");
                if (dims.contains(dim)) {
                    throw ProblemException.invalidField("drilldown", "'" + d.trim() + "' is given twice");
                }
                dims.add(dim);
            }
        }
        Map<Dimension, List<String>> cuts = new LinkedHashMap<>();
        for (String c : cut == null ? List.<String>of() : cut) {
            for (String part : c.split("\\|")) {
                int colon = part.indexOf(':');
                if (colon <= 0 || colon == part.length() - 1) {
                    throw ProblemException.invalidField("cut", "'" + part + "' must be <dimension>:<value>");
                }
                cuts.computeIfAbsent(Dimension.of(part.substring(0, colon).trim(), "cut"), k -> new ArrayList<>())
                        .add(part.substring(colon + 1).trim());
            }
        }
        List<String> orderBy = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String orderParam = order == null || order.isBlank() ? "amount:desc" : order;
        for (String o : orderParam.split(",")) {
            String[] kv = o.trim().split(":", -1); // -1: ":" is two empty parts, not none (an index out of bounds)
            String key = kv[0].trim();
            String direction = kv.length > 1 ? kv[1].trim().toLowerCase() : "asc";
            if (kv.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ProblemException.invalidField("order", "'" + o + "' must be <key>:asc or <key>:desc");
            }
            String column;
            if (key.equals("amount") || key.equals("lines")) {
                column = key.equals("amount") ? "amount" : "line_count"; // LINES is a reserved word
            } else {
                Dimension d = Dimension.of(key, "order");
                if (!dims.contains(d)) {
                    throw ProblemException.invalidField("order", "can only order by amount, lines or a drilldown"
                            + " dimension; '" + key + "' is not drilled down");
                }
                column = "d" + dims.indexOf(d);
            }
            if (seen.add(column)) {
                orderBy.add(column + " " + direction.toUpperCase());
            }
        }
        for (int i = 0; i < dims.size(); i++) {
            orderBy.add("d" + i + " ASC"); // a stable order for paging
        }
        return new AggregateQuery(List.copyOf(dims), Map.copyOf(cuts), List.copyOf(orderBy),
                PageRequest.of(page, size));
    }

    private boolean needsOrganisation() {
        return drilldown.stream().anyMatch(Dimension::needsOrganisation)
                || cuts.keySet().stream().anyMatch(Dimension::needsOrganisation);
    }

    private String from() {
        return " FROM line_summary s" + (needsOrganisation() ? " LEFT JOIN organisation o ON o.id = s.organisation_id" : "");
    }

    /** WHERE clause; parameters: the count id, then each cut value in {@link #parameters} order. */
    private String where() {
        StringBuilder sb = new StringBuilder(" WHERE s.count_id = ?");
        cuts.forEach((d, values) -> sb.append(" AND ").append(d.sql()).append(" IN (")
                .append(String.join(", ", values.stream().map(v -> "?").toList())).append(')'));
        return sb.toString();
    }

    public List<Object> parameters(String countId) {
        List<Object> params = new ArrayList<>();
        params.add(countId);
        cuts.values().forEach(params::addAll);
        return params;
    }

    /**
     * One row per cell: d0..dn, amount, line_count, and (window functions over the groups, so the summary is read
     * once) the total amount, total lines and number of cells; then LIMIT and OFFSET.
     */
    public String cellsSql() {
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < drilldown.size(); i++) {
            select.append(drilldown.get(i).sql()).append(" AS d").append(i).append(", ");
        }
        select.append("SUM(s.amount) AS amount, SUM(s.line_count) AS line_count, SUM(SUM(s.amount)) OVER () AS total,"
                + " SUM(SUM(s.line_count)) OVER () AS total_lines, COUNT(*) OVER () AS cells").append(from())
                .append(where());
        if (!drilldown.isEmpty()) {
            select.append(" GROUP BY ").append(String.join(", ",
                    java.util.stream.IntStream.range(0, drilldown.size()).mapToObj(i -> "d" + i).toList()));
            select.append(" ORDER BY ").append(String.join(", ", order));
        }
        return select.append(" LIMIT ").append(page.size()).append(" OFFSET ").append(page.offset()).toString();
    }

    /** The total over every cell (with the cuts): amount, lines, number of cells. */
    public String summarySql() {
        String cells = drilldown.isEmpty() ? "1"
                : "COUNT(DISTINCT " + String.join(", ", drilldown.stream().map(Dimension::sql).toList()) + ")";
        return "SELECT COALESCE(SUM(s.amount), 0), COALESCE(SUM(s.line_count), 0), " + cells + from() + where();
    }
}

package org.totalplace.counting.aggregate;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.counting.aggregate.AggregateDtos.Aggregate;
import org.totalplace.counting.aggregate.AggregateDtos.Cell;
import org.totalplace.counting.aggregate.AggregateDtos.Comparison;
import org.totalplace.counting.aggregate.AggregateDtos.Diff;
import org.totalplace.counting.aggregate.AggregateDtos.DiffRow;
import org.totalplace.counting.aggregate.AggregateDtos.Flows;
import org.totalplace.counting.aggregate.AggregateDtos.Funder;
import org.totalplace.counting.aggregate.AggregateDtos.Link;
import org.totalplace.counting.aggregate.AggregateDtos.Node;
import org.totalplace.counting.aggregate.AggregateDtos.Overlap;
import org.totalplace.counting.aggregate.AggregateDtos.PlaceFigures;
import org.totalplace.counting.count.CountKind;
import org.totalplace.counting.count.CountLifecycle;
import org.totalplace.counting.count.CountService;
import org.totalplace.counting.count.ExpenditureCount;
import org.totalplace.counting.function.FunctionCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Totals, drilldowns, overlaps, flows, diffs and comparisons, all read from the pre-aggregated line_summary. */
@ApplicationScoped
public class AggregateService {

    private final AgroalDataSource db;
    private final CountService counts;
    private final FunctionCatalogue functions;

    public AggregateService(AgroalDataSource db, CountService counts, FunctionCatalogue functions) {
        this.db = db;
        this.counts = counts;
        this.functions = functions;
    }

    public Aggregate aggregate(String countId, AggregateQuery q) {
        ExpenditureCount count = counts.readable(countId);
        Long population = population(count.placeId);
        try (Connection c = db.getConnection()) {
            BigDecimal total = null;
            long lines = 0;
            long cells = 0;
            Map<String, String> names = organisationNames(c, q.drilldown().contains(Dimension.ORGANISATION));
            List<Cell> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, q.cellsSql(), q.parameters(countId));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBigDecimal("amount") == null) {
                        continue; // the single row of an empty count without drilldown
                    }
                    Map<String, String> dims = new LinkedHashMap<>();
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (int i = 0; i < q.drilldown().size(); i++) {
                        Dimension d = q.drilldown().get(i);
                        String key = rs.getString(i + 1);
                        dims.put(d.key(), key);
                        labels.put(d.key(), label(d, key, names));
                    }
                    total = rs.getBigDecimal("total");
                    lines = rs.getLong("total_lines");
                    cells = rs.getLong("cells");
                    items.add(new Cell(dims, labels, rs.getBigDecimal("amount"), null, null, rs.getLong("line_count")));
                }
            }
            if (total == null) {
                // a page past the last cell (or an empty count) carries no totals: ask for them alone
                try (PreparedStatement ps = prepare(c, q.summarySql(), q.parameters(countId));
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getBigDecimal(1);
                    lines = rs.getLong(2);
                    cells = rs.getLong(3);
                }
            }
            BigDecimal grand = total;
            items = items.stream().map(cell -> new Cell(cell.dimensions(), cell.labels(), cell.amount(),
                    perHead(cell.amount(), population), share(cell.amount(), grand), cell.lines())).toList();
            PageRequest p = q.page();
            return new Aggregate(countId, count.placeId, population, "GBP",
                    q.drilldown().stream().map(Dimension::key).toList(), items,
                    new Cell(Map.of(), Map.of(), total, perHead(total, population), share(total, total), lines),
                    p.page(), p.size(), cells, (int) Math.max(1, (cells + p.size() - 1) / p.size()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Functions (COFOG groups, or divisions) funded by at least {@code min} organisations. */
    public List<Overlap> overlaps(String countId, int min, String level) {
        if (min < 2) {
            throw ProblemException.invalidField("min", "must be 2 or more");
        }
        Dimension function = switch (level == null ? "group" : level) {
            case "group" -> Dimension.FUNCTION_GROUP;
            case "division" -> Dimension.FUNCTION_DIVISION;
            default -> throw ProblemException.invalidField("level", "must be group or division");
        };
        counts.readable(countId);
        Map<String, List<Funder>> byFunction = new LinkedHashMap<>();
        try (Connection c = db.getConnection()) {
            Map<String, String> names = organisationNames(c, true);
            String sql = "SELECT " + function.sql() + " AS f, s.organisation_id, SUM(s.amount) FROM line_summary s"
                    + " WHERE s.count_id = ? GROUP BY f, s.organisation_id ORDER BY f, SUM(s.amount) DESC";
            try (PreparedStatement ps = prepare(c, sql, List.of(countId)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byFunction.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Funder(
                            rs.getString(2), names.getOrDefault(rs.getString(2), rs.getString(2)), rs.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byFunction.entrySet().stream().filter(e -> e.getValue().size() >= min)
                .map(e -> new Overlap(e.getKey(), functions.name(e.getKey()), e.getValue().size(),
                        e.getValue().stream().map(Funder::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue()))
                .sorted(Comparator.comparing(Overlap::organisations).reversed()
                        .thenComparing(Overlap::amount, Comparator.reverseOrder()))
                .toList();
    }

    /** Funding source → organisation → function division, as Sankey nodes and links. */
    public Flows flows(String countId) {
        counts.readable(countId);
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            Map<String, String> names = organisationNames(c, true);
            String fso = "SELECT s.funding_source, s.organisation_id, SUM(s.amount) FROM line_summary s"
                    + " WHERE s.count_id = ? GROUP BY s.funding_source, s.organisation_id";
            try (PreparedStatement ps = prepare(c, fso, List.of(countId)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = node(nodes, "fund:" + rs.getString(1), rs.getString(1), "funding_source");
                    String to = node(nodes, "org:" + rs.getString(2),
                            names.getOrDefault(rs.getString(2), rs.getString(2)), "organisation");
                    links.add(new Link(from, to, rs.getBigDecimal(3)));
                }
            }
            String of = "SELECT s.organisation_id, " + Dimension.FUNCTION_DIVISION.sql() + " AS f, SUM(s.amount)"
                    + " FROM line_summary s WHERE s.count_id = ? GROUP BY s.organisation_id, f";
            try (PreparedStatement ps = prepare(c, of, List.of(countId)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = node(nodes, "org:" + rs.getString(1),
                            names.getOrDefault(rs.getString(1), rs.getString(1)), "organisation");
                    String to = node(nodes, "fn:" + rs.getString(2), functions.name(rs.getString(2)),
                            "function_division");
                    links.add(new Link(from, to, rs.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Flows(countId, "GBP", List.copyOf(nodes.values()), links);
    }

    /**
     * The difference between two counts (typically two versions): totals, and every combination of organisation,
     * funding source, function, client group and capital/revenue whose amount changed, largest change first.
     */
    public Diff diff(String countId, String otherId, PageRequest page) {
        counts.readable(countId);
        counts.readable(otherId);
        record Sum(BigDecimal amount, long lines) {
        }
        Map<List<String>, Sum[]> rows = new HashMap<>();
        long onlyHere;
        long onlyThere;
        try (Connection c = db.getConnection()) {
            String sql = "SELECT count_id, organisation_id, funding_source, function_code, client_group,"
                    + " capital_revenue, amount, line_count FROM line_summary WHERE count_id IN (?, ?)";
            try (PreparedStatement ps = prepare(c, sql, List.of(countId, otherId)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> key = List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6));
                    int side = rs.getString(1).equals(countId) ? 0 : 1;
                    rows.computeIfAbsent(key, k -> new Sum[2])[side] = new Sum(rs.getBigDecimal(7), rs.getLong(8));
                }
            }
            long[] only = linesOnlyIn(c, countId, otherId);
            onlyHere = only[0];
            onlyThere = only[1];
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal otherTotal = BigDecimal.ZERO;
        long lines = 0;
        long otherLines = 0;
        List<DiffRow> changes = new ArrayList<>();
        for (Map.Entry<List<String>, Sum[]> e : rows.entrySet()) {
            Sum a = Objects.requireNonNullElse(e.getValue()[0], new Sum(BigDecimal.ZERO, 0));
            Sum b = Objects.requireNonNullElse(e.getValue()[1], new Sum(BigDecimal.ZERO, 0));
            total = total.add(a.amount());
            otherTotal = otherTotal.add(b.amount());
            lines += a.lines();
            otherLines += b.lines();
            if (a.amount().compareTo(b.amount()) != 0 || a.lines() != b.lines()) {
                List<String> k = e.getKey();
                Map<String, String> dims = new LinkedHashMap<>();
                dims.put("organisation", k.get(0));
                dims.put("funding_source", k.get(1));
                dims.put("function_group", k.get(2));
                dims.put("client_group", k.get(3));
                dims.put("capital_revenue", k.get(4));
                changes.add(new DiffRow(dims, a.amount(), b.amount(), b.amount().subtract(a.amount()), a.lines(),
                        b.lines()));
            }
        }
        changes.sort(Comparator.comparing((DiffRow r) -> r.change().abs()).reversed()
                .thenComparing(r -> String.join("|", r.dimensions().values())));
        List<DiffRow> pageOf = changes.subList(Math.min(page.offset(), changes.size()),
                Math.min(page.offset() + page.size(), changes.size()));
        return new Diff(countId, otherId, total, otherTotal, otherTotal.subtract(total), lines, otherLines,
                onlyHere, onlyThere, List.copyOf(pageOf), page.page(), page.size(), changes.size());
    }

    /** Each place's latest FINAL count of a year and kind: totals and per head, optionally drilled by one dimension. */
    public Comparison compare(String year, String kind, String drilldown) {
        if (year == null || !CountLifecycle.isFinancialYear(year)) {
            throw ProblemException.invalidField("year", "must be a financial year such as 2008-09");
        }
        String k = kind == null ? CountKind.HIGH_LEVEL.name() : kind;
        if (java.util.Arrays.stream(CountKind.values()).noneMatch(v -> v.name().equals(k))) {
            throw ProblemException.invalidField("kind", "must be HIGH_LEVEL or DEEP_DIVE");
        }
        Dimension dim = drilldown == null || drilldown.isBlank() ? null : Dimension.of(drilldown, "drilldown");
        List<PlaceFigures> places = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            Map<String, String> names = organisationNames(c, dim == Dimension.ORGANISATION);
            // FINAL is the latest final version: a superseded count is SUPERSEDED, not FINAL
            String sql = "SELECT c.id, c.place_id, p.name, c.version_no, p.population,"
                    + " (SELECT COALESCE(SUM(s.amount), 0) FROM line_summary s WHERE s.count_id = c.id)"
                    + " FROM expenditure_count c LEFT JOIN place p ON p.id = c.place_id"
                    + " WHERE c.financial_year = ? AND c.kind = ? AND c.status = 'FINAL' ORDER BY c.place_id, c.theme_key";
            try (PreparedStatement ps = prepare(c, sql, List.of(year, k)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long population = rs.getObject(5) == null ? null : rs.getLong(5);
                    BigDecimal amount = rs.getBigDecimal(6);
                    List<Cell> cells = dim == null ? List.of()
                            : cells(c, rs.getString(1), dim, population, amount, names);
                    places.add(new PlaceFigures(rs.getString(2), rs.getString(3), rs.getString(1), rs.getInt(4),
                            population, amount, perHead(amount, population), cells));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Comparison(year, k, dim == null ? null : dim.key(), "GBP", places);
    }

    private List<Cell> cells(Connection c, String countId, Dimension dim, Long population, BigDecimal total,
                             Map<String, String> names) throws SQLException {
        String sql = "SELECT " + dim.sql() + " AS d, SUM(s.amount), SUM(s.line_count) FROM line_summary s"
                + (dim.needsOrganisation() ? " LEFT JOIN organisation o ON o.id = s.organisation_id" : "")
                + " WHERE s.count_id = ? GROUP BY d ORDER BY d";
        List<Cell> cells = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, List.of(countId)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                BigDecimal amount = rs.getBigDecimal(2);
                cells.add(new Cell(Map.of(dim.key(), rs.getString(1)),
                        Map.of(dim.key(), label(dim, rs.getString(1), names)), amount, perHead(amount, population),
                        share(amount, total), rs.getLong(3)));
            }
        }
        return cells;
    }

    /** How many lines are only in the first count, and only in the second, comparing lines by content. */
    private static long[] linesOnlyIn(Connection c, String countId, String otherId) throws SQLException {
        // one grouping pass over both counts' lines (no per-line lookups): a line's content is its signature
        String sql = "SELECT COALESCE(SUM(GREATEST(d, 0)), 0), COALESCE(SUM(GREATEST(-d, 0)), 0) FROM ("
                + " SELECT SUM(IF(count_id = ?, 1, -1)) AS d FROM expenditure_line WHERE count_id IN (?, ?)"
                + " GROUP BY organisation_id, funding_source, function_code, client_group, capital_revenue, amount,"
                + " source_row_ref) t";
        try (PreparedStatement ps = prepare(c, sql, List.of(countId, countId, otherId));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    private String label(Dimension d, String key, Map<String, String> organisationNames) {
        return switch (d) {
            case ORGANISATION -> organisationNames.getOrDefault(key, key);
            case FUNCTION_DIVISION, FUNCTION_GROUP -> functions.name(key);
            default -> key;
        };
    }

    private static String node(Map<String, Node> nodes, String id, String label, String kind) {
        nodes.computeIfAbsent(id, k -> new Node(id, label, kind));
        return id;
    }

    private Long population(String placeId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = prepare(c, "SELECT population FROM place WHERE id = ?", List.of(placeId));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> organisationNames(Connection c, boolean needed) throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (needed) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM organisation");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    static BigDecimal perHead(BigDecimal amount, Long population) {
        return population == null || population <= 0 ? null
                : amount.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal amount, BigDecimal total) {
        return total.signum() == 0 ? null : amount.divide(total, 4, RoundingMode.HALF_UP);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}

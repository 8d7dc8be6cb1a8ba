package org.totalplace.counting.line;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Set-based writes of lines and of their summary, in plain JDBC on the caller's transaction (the pool enlists the
 * connection): a million lines go in one LOAD DATA, not a million entity inserts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LineStore {

    /** Columns of the bulk file, tab separated, in this order; \N is NULL. */
    public static final String BULK_COLUMNS = "count_id, organisation_id, funding_source, function_code, client_group,"
            + " capital_revenue, amount, note, source_row_ref, payment_date, import_id";

    private static final String SUMMARY_UPSERT = """
            INSERT INTO line_summary (count_id, organisation_id, funding_source, function_code, client_group,
                capital_revenue, amount, line_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), line_count = line_count + VALUES(line_count)""";

    private final AgroalDataSource db;

    public LineStore(AgroalDataSource db) {
        this.db = db;
    }

    /** The running sum of one key of a summary: an amount and a number of lines. */
    public static final class Sum {
        public BigDecimal amount = BigDecimal.ZERO;
        public long lines;

        public void add(BigDecimal a) {
            amount = amount.add(a);
            lines++;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal total(String countId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COALESCE(SUM(amount), 0) FROM line_summary WHERE count_id = ?")) {
            ps.setString(1, countId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void copyLines(String fromCount, String toCount) {
        try (Connection c = db.getConnection()) {
            update(c, "INSERT INTO expenditure_line (" + BULK_COLUMNS + ") SELECT ?, organisation_id, funding_source,"
                    + " function_code, client_group, capital_revenue, amount, note, source_row_ref, payment_date,"
                    + " import_id FROM expenditure_line WHERE count_id = ? ORDER BY id", toCount, fromCount);
            update(c, "INSERT INTO line_summary SELECT ?, organisation_id, funding_source, function_code,"
                    + " client_group, capital_revenue, amount, line_count FROM line_summary WHERE count_id = ?",
                    toCount, fromCount);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code delta} (and {@code lineDelta} lines) to one summary row, dropping it when no line is left. */
    public void adjust(String countId, SummaryKey key, BigDecimal delta, int lineDelta) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_UPSERT)) {
                bindSummary(ps, countId, key, delta, lineDelta);
                ps.executeUpdate();
            }
            update(c, "DELETE FROM line_summary WHERE count_id = ? AND line_count <= 0", countId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the summary of a whole import in one batch. */
    public void addSummaries(String countId, Map<SummaryKey, Sum> sums) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(SUMMARY_UPSERT)) {
            int n = 0;
            for (Map.Entry<SummaryKey, Sum> e : sums.entrySet()) {
                bindSummary(ps, countId, e.getKey(), e.getValue().amount, e.getValue().lines);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads bulk lines (see {@link #BULK_COLUMNS}) into expenditure_line, reading them to their end. LOAD DATA LOCAL
     * streams them to the server in one statement; where the server refuses local files (MySQL 8's default) the same
     * rows go as batched inserts. Returns the number of lines stored.
     */
    public long bulkLoad(InputStream lines) {
        try (Connection c = db.getConnection()) {
            try {
                return loadData(c, lines);
            } catch (SQLException e) {
                if (!refusesLocalInfile(e)) {
                    throw e;
                }
                // refused before the driver read anything: the lines are all still there
                return BulkFile.insertBatched(c, lines);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
    }

    private static long loadData(Connection c, InputStream lines) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(lines);
            return s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'lines.tsv' INTO TABLE expenditure_line"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (" + BULK_COLUMNS + ")");
        }
    }

    private static boolean refusesLocalInfile(SQLException e) {
        // 1148: command not allowed with this version; 3948: loading local data is disabled; 4166 (MariaDB 11)
        return e.getErrorCode() == 1148 || e.getErrorCode() == 3948 || e.getErrorCode() == 4166
                || String.valueOf(e.getMessage()).contains("allowLoadLocalInfile");
    }

    private static void bindSummary(PreparedStatement ps, String countId, SummaryKey k, BigDecimal amount, long lines)
            throws SQLException {
        ps.setString(1, countId);
        ps.setString(2, k.organisationId());
        ps.setString(3, k.fundingSource());
        ps.setString(4, k.functionCode());
        ps.setString(5, k.clientGroup());
        ps.setString(6, k.capitalRevenue());
        ps.setBigDecimal(7, amount);
        ps.setLong(8, lines);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}

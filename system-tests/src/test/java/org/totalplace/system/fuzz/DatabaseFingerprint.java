package org.totalplace.system.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.totalplace.system.ApiOperations;
import org.totalplace.system.Stack;

/** Row count and CHECKSUM TABLE of every table of the three services' databases: equal means nothing was written. */
final class DatabaseFingerprint {

    /**
     * Tables that record a refused request by design, with the rows that must not change. The import log keeps each
     * refused upload as a FAILED job with its errors (GET /api/v1/imports/{id}); such rows, having stored no line,
     * are left out, and everything else the table holds is fingerprinted row by row.
     */
    private static final Map<String, String> REFUSALS_LOGGED = Map.of(
            "counting.import_job", "status <> 'FAILED' OR lines_stored <> 0");

    private DatabaseFingerprint() {
    }

    static Map<String, String> take() {
        Map<String, String> fingerprint = new TreeMap<>();
        for (String service : ApiOperations.SERVICES) {
            try (Connection db = Stack.database(service); Statement sql = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    String quoted = "`" + table.replace("`", "``") + "`";
                    String kept = REFUSALS_LOGGED.get(service + "." + table);
                    if (kept != null) {
                        fingerprint.put(service + "." + table, rows(sql, "SELECT * FROM " + quoted + " WHERE " + kept));
                        continue;
                    }
                    long rows;
                    try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
                        rs.next();
                        rows = rs.getLong(1);
                    }
                    try (ResultSet rs = sql.executeQuery("CHECKSUM TABLE " + quoted)) {
                        rs.next();
                        fingerprint.put(service + "." + table, rows + " rows, checksum " + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot fingerprint the " + service + " database", e);
            }
        }
        return fingerprint;
    }

    /** The rows a query returns, in primary key order, hashed value by value. */
    private static String rows(Statement sql, String query) throws SQLException {
        long rows = 0;
        long hash = 17;
        try (ResultSet rs = sql.executeQuery(query + " ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    hash = hash * 31 + String.valueOf(rs.getString(i)).hashCode();
                }
            }
        }
        return rows + " rows, hash " + Long.toHexString(hash);
    }
}

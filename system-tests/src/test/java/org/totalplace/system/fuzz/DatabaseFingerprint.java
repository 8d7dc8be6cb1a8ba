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
}

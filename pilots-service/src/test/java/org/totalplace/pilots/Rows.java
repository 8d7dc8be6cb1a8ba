package org.totalplace.pilots;

import org.totalplace.testsupport.DatabaseTestResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every table this service writes, read straight from the database to prove what was (not) written. */
public final class Rows {

    static final List<String> TABLES = List.of("place", "place_sub_theme", "place_aspiration", "place_area",
            "place_tag", "organisation", "partnership", "progress_update", "place_document", "contact",
            "funding_award", "outbox_event");

    private Rows() {
    }

    public static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DatabaseTestResource.connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}

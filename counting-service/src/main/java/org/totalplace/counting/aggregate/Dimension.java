package org.totalplace.counting.aggregate;

import org.totalplace.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The dimensions a count can be drilled down and cut by, with the SQL over line_summary s / organisation o. */
public enum Dimension {
    ORGANISATION("organisation", "s.organisation_id"),
    ORGANISATION_TYPE("organisation_type", "COALESCE(o.type, 'UNKNOWN')"),
    FUNDING_SOURCE("funding_source", "s.funding_source"),
    FUNCTION_DIVISION("function_division",
            "CASE WHEN s.function_code = 'unclassified' THEN 'unclassified' ELSE LEFT(s.function_code, 2) END"),
    FUNCTION_GROUP("function_group", "s.function_code"),
    CLIENT_GROUP("client_group", "s.client_group"),
    CAPITAL_REVENUE("capital_revenue", "s.capital_revenue");

    private final String key;
    private final String sql;

    Dimension(String key, String sql) {
        this.key = key;
        this.sql = sql;
    }

    public String key() {
        return key;
    }

    /** The SQL expression; only ever one of these constants, never caller text. */
    public String sql() {
        return sql;
    }

    public boolean needsOrganisation() {
        return this == ORGANISATION_TYPE;
    }

    public static Dimension of(String key, String param) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst().orElseThrow(() ->
                ProblemException.invalidField(param, "unknown dimension '" + key + "'; one of " + Arrays.stream(values())
                        .map(Dimension::key).collect(Collectors.joining(", "))));
    }
}

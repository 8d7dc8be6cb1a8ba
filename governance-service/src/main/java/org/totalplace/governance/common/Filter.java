package org.totalplace.governance.common;

import io.quarkus.panache.common.Parameters;

/** The optional conditions of a list query: each value that is present adds one bound condition. */
public final class Filter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    /** Adds {@code field = value} when value is present (non-null, non-blank). */
    public Filter eq(String field, Object value) {
        return when(field, "=", field, value);
    }

    /** Adds {@code field op :name} when value is present. */
    public Filter when(String field, String op, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(field).append(' ').append(op).append(" :").append(name);
            params.and(name, value);
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Parameters params() {
        return params;
    }
}

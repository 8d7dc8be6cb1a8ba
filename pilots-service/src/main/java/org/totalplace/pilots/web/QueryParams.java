package org.totalplace.pilots.web;

import org.totalplace.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters read by hand, so a bad value is a 400 naming the parameter rather than JAX-RS' bare 404. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant named {@code raw}, null when absent; 400 naming {@code field} when unknown. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Blank means absent. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards in it taken literally (escape '!'). */
    public static String containsPattern(String text) {
        return "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}

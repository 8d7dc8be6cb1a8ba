package org.totalplace.governance.common;

import org.totalplace.commons.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters parsed here: JAX-RS would answer a malformed one with 404, we answer 400 naming it. */
public final class Params {

    private Params() {
    }

    /** The constant named {@code value} (case-insensitive), null when {@code value} is blank. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String param) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(param, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** An ISO date (YYYY-MM-DD), null when blank. */
    public static LocalDate date(String value, String param) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(param, "must be a date as YYYY-MM-DD");
        }
    }
}

package org.totalplace.counting.line;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What makes a line's values acceptable, shared by the line API and the CSV importer. */
public final class LineRules {

    public static final String CAPITAL = "CAPITAL";
    public static final String REVENUE = "REVENUE";
    /** The function of a line an import was asked to count although its label had no mapping. */
    public static final String UNCLASSIFIED = "unclassified";
    private static final int MAX_INTEGER_DIGITS = 17; // DECIMAL(19,2)

    private LineRules() {
    }

    /** Why an amount cannot be stored exactly in DECIMAL(19,2), if it cannot. */
    public static Optional<String> amountProblem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("is required");
        }
        BigDecimal a = amount.stripTrailingZeros();
        if (a.scale() > 2) {
            return Optional.of("has more than 2 decimal places");
        }
        if (a.precision() - a.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("is too large (at most " + MAX_INTEGER_DIGITS + " digits before the point)");
        }
        return Optional.empty();
    }

    /** CAPITAL or REVENUE, accepting any case and the initials C / R. */
    public static Optional<String> capitalRevenue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case CAPITAL, "C" -> Optional.of(CAPITAL);
            case REVENUE, "R" -> Optional.of(REVENUE);
            default -> Optional.empty();
        };
    }

    /** Funding sources are free text keys such as council-tax or dclg; stored as a lower-case slug. */
    public static String fundingSourceKey(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

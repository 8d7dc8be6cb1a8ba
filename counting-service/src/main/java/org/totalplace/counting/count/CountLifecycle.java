package org.totalplace.counting.count;

import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a count's life: DRAFT → SUBMITTED → FINAL, reopening a submitted count, corrections of a final
 * one (a new DRAFT version that supersedes it once finalised). Plain so the rules are tested without a server.
 */
public final class CountLifecycle {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private CountLifecycle() {
    }

    public static CountStatus submit(CountStatus from) {
        require(from == CountStatus.DRAFT, "only a DRAFT count can be submitted; this one is " + from);
        return CountStatus.SUBMITTED;
    }

    public static CountStatus finalise(CountStatus from) {
        require(from == CountStatus.SUBMITTED, "only a SUBMITTED count can be finalised; this one is " + from);
        return CountStatus.FINAL;
    }

    public static CountStatus reopen(CountStatus from) {
        require(from == CountStatus.SUBMITTED, "only a SUBMITTED count can be reopened; this one is " + from);
        return CountStatus.DRAFT;
    }

    /** A correction may start from a FINAL count that has no correction under way. */
    public static void correct(CountStatus from, boolean correctionExists) {
        require(from == CountStatus.FINAL, "only a FINAL count can be corrected; this one is " + from);
        require(!correctionExists, "this count already has a correction; edit or finalise that one");
    }

    /** Lines and imports change only while the count is a draft. */
    public static void requireEditable(CountStatus status) {
        require(status == CountStatus.DRAFT, "lines can be changed only while the count is a DRAFT; this one is "
                + status + (status == CountStatus.FINAL ? " (start a correction instead)" : ""));
    }

    /**
     * Checks a new count's year, kind and theme; every problem is named. A year is {@code 2008-09}: the second
     * part is the year after the first.
     */
    public static void validateNew(String financialYear, String kind, String theme) {
        List<Problem.Violation> errors = new ArrayList<>();
        yearProblem(financialYear).ifPresent(m -> errors.add(Problem.Violation.field("financialYear", m)));
        CountKind k = null;
        if (kind == null || kind.isBlank()) {
            errors.add(Problem.Violation.field("kind", "must be HIGH_LEVEL or DEEP_DIVE"));
        } else {
            try {
                k = CountKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.add(Problem.Violation.field("kind", "must be HIGH_LEVEL or DEEP_DIVE"));
            }
        }
        if (k == CountKind.DEEP_DIVE && (theme == null || theme.isBlank())) {
            errors.add(Problem.Violation.field("theme", "a DEEP_DIVE count needs its theme, e.g. drugs and alcohol"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
    }

    static java.util.Optional<String> yearProblem(String year) {
        if (year == null) {
            return java.util.Optional.of("must be a financial year such as 2008-09");
        }
        Matcher m = YEAR.matcher(year);
        if (!m.matches()) {
            return java.util.Optional.of("must be a financial year such as 2008-09");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            return java.util.Optional.of("the second year must follow the first, e.g. " + start + "-"
                    + String.format("%02d", (start + 1) % 100));
        }
        return java.util.Optional.empty();
    }

    public static boolean isFinancialYear(String year) {
        return yearProblem(year).isEmpty();
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw ProblemException.conflict(why);
        }
    }
}

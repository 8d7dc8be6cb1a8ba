package org.totalplace.governance.risk;

import java.time.LocalDate;
import java.util.Optional;

/** Scoring on the usual 5 x 5 grid. */
public final class RaidRules {

    public enum Rating { LOW, MEDIUM, HIGH }

    private RaidRules() {
    }

    public static int score(int likelihood, int impact) {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact run from 1 to 5");
        }
        return likelihood * impact;
    }

    /** 15 and above HIGH, 8 to 14 MEDIUM, below 8 LOW. */
    public static Rating rating(int score) {
        return score >= 15 ? Rating.HIGH : score >= 8 ? Rating.MEDIUM : Rating.LOW;
    }

    /** Why the dates are out of order, if they are. */
    public static Optional<String> datesOutOfOrder(LocalDate raisedOn, LocalDate reviewDate) {
        return raisedOn != null && reviewDate != null && reviewDate.isBefore(raisedOn)
                ? Optional.of("must not be before raisedOn (" + raisedOn + ")") : Optional.empty();
    }
}

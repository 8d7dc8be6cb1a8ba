package org.totalplace.governance.risk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaidRulesTest {

    @Test
    void scoreIsLikelihoodTimesImpactOnAFiveByFiveGrid() {
        assertEquals(16, RaidRules.score(4, 4));
        assertEquals(1, RaidRules.score(1, 1));
        assertEquals(25, RaidRules.score(5, 5));
        assertThrows(IllegalArgumentException.class, () -> RaidRules.score(6, 1));
        assertThrows(IllegalArgumentException.class, () -> RaidRules.score(3, 0));
    }

    @Test
    void ratingBandsTheScore() {
        assertEquals(RaidRules.Rating.LOW, RaidRules.rating(7));
        assertEquals(RaidRules.Rating.MEDIUM, RaidRules.rating(8));
        assertEquals(RaidRules.Rating.MEDIUM, RaidRules.rating(14));
        assertEquals(RaidRules.Rating.HIGH, RaidRules.rating(15));
    }

    @Test
    void aReviewCannotComeBeforeTheEntryWasRaised() {
        LocalDate raised = LocalDate.of(2009, 9, 2);
        assertTrue(RaidRules.datesOutOfOrder(raised, raised.minusDays(1)).isPresent());
        assertEquals(Optional.empty(), RaidRules.datesOutOfOrder(raised, raised));
        assertEquals(Optional.empty(), RaidRules.datesOutOfOrder(null, raised));
    }
}

package org.totalplace.governance.milestone;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.ProblemException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MilestoneRulesTest {

    final MilestoneRules rules = new MilestoneRules(14, 7);
    final LocalDate baseline = LocalDate.of(2009, 9, 18);

    @Test
    void statusFollowsTheForecastDate() {
        assertEquals(MilestoneStatus.UPCOMING, rules.statusOn(null, baseline, baseline.minusDays(15)));
        assertEquals(MilestoneStatus.DUE_SOON, rules.statusOn(MilestoneStatus.UPCOMING, baseline, baseline.minusDays(14)));
        assertEquals(MilestoneStatus.DUE_SOON, rules.statusOn(MilestoneStatus.UPCOMING, baseline, baseline));
        assertEquals(MilestoneStatus.OVERDUE, rules.statusOn(MilestoneStatus.DUE_SOON, baseline, baseline.plusDays(1)));
        // a re-planned forecast takes an overdue milestone back to upcoming
        assertEquals(MilestoneStatus.UPCOMING, rules.statusOn(MilestoneStatus.OVERDUE, baseline.plusDays(60), baseline));
    }

    @Test
    void metAndWaivedMilestonesNeverChangeStatusWithTime() {
        assertEquals(MilestoneStatus.MET, rules.statusOn(MilestoneStatus.MET, baseline, baseline.plusYears(1)));
        assertEquals(MilestoneStatus.WAIVED, rules.statusOn(MilestoneStatus.WAIVED, baseline, baseline.plusYears(1)));
    }

    @Test
    void ragComparesTheForecastWithTheBaseline() {
        assertEquals(Rag.GREEN, rules.rag(MilestoneStatus.UPCOMING, baseline, baseline.minusDays(2), null));
        assertEquals(Rag.GREEN, rules.rag(MilestoneStatus.UPCOMING, baseline, baseline, null));
        assertEquals(Rag.AMBER, rules.rag(MilestoneStatus.UPCOMING, baseline, baseline.plusDays(1), null));
        assertEquals(Rag.AMBER, rules.rag(MilestoneStatus.DUE_SOON, baseline, baseline.plusDays(7), null));
        assertEquals(Rag.RED, rules.rag(MilestoneStatus.UPCOMING, baseline, baseline.plusDays(8), null));
        assertEquals(Rag.RED, rules.rag(MilestoneStatus.OVERDUE, baseline, baseline, null));
        assertEquals(Rag.GREEN, rules.rag(MilestoneStatus.WAIVED, baseline, baseline.plusDays(30), null));
    }

    @Test
    void aMetMilestoneIsRatedOnTheDayItWasActuallyMet() {
        assertEquals(Rag.GREEN, rules.rag(MilestoneStatus.MET, baseline, baseline.plusDays(20), baseline.minusDays(1)));
        assertEquals(Rag.RED, rules.rag(MilestoneStatus.MET, baseline, baseline, baseline.plusDays(9)));
        assertEquals(9, rules.slipDays(MilestoneStatus.MET, baseline, baseline, baseline.plusDays(9)));
        assertEquals(-3, rules.slipDays(MilestoneStatus.UPCOMING, baseline, baseline.minusDays(3), null));
    }

    @Test
    void closedMilestonesCannotBeMetAgain() {
        assertEquals(409, assertThrows(ProblemException.class, () -> rules.requireOpen(MilestoneStatus.MET, "met")).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> rules.requireOpen(MilestoneStatus.WAIVED, "met")).status());
        rules.requireOpen(MilestoneStatus.OVERDUE, "met");
    }
}

package org.totalplace.counting.count;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountLifecycleTest {

    @Test
    void aDraftIsSubmittedThenFinalised() {
        assertEquals(CountStatus.SUBMITTED, CountLifecycle.submit(CountStatus.DRAFT));
        assertEquals(CountStatus.FINAL, CountLifecycle.finalise(CountStatus.SUBMITTED));
    }

    @Test
    void aSubmittedCountCanBeReopened() {
        assertEquals(CountStatus.DRAFT, CountLifecycle.reopen(CountStatus.SUBMITTED));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        assertEquals(409, assertThrows(ProblemException.class, () -> CountLifecycle.finalise(CountStatus.DRAFT)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> CountLifecycle.submit(CountStatus.FINAL)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> CountLifecycle.reopen(CountStatus.FINAL)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> CountLifecycle.submit(CountStatus.SUPERSEDED)).status());
    }

    @Test
    void finalCountCannotBeEdited() {
        ProblemException e = assertThrows(ProblemException.class, () -> CountLifecycle.requireEditable(CountStatus.FINAL));
        assertTrue(e.getMessage().contains("correction"));
        assertThrows(ProblemException.class, () -> CountLifecycle.requireEditable(CountStatus.SUBMITTED));
        CountLifecycle.requireEditable(CountStatus.DRAFT);
    }

    @Test
    void onlyAFinalCountWithoutACorrectionCanBeCorrected() {
        CountLifecycle.correct(CountStatus.FINAL, false);
        assertThrows(ProblemException.class, () -> CountLifecycle.correct(CountStatus.FINAL, true));
        assertThrows(ProblemException.class, () -> CountLifecycle.correct(CountStatus.DRAFT, false));
    }

    @Test
    void financialYearsFollowThe2008To09Pattern() {
        assertTrue(CountLifecycle.isFinancialYear("2008-09"));
        assertTrue(CountLifecycle.isFinancialYear("1999-00"));
        assertEquals(false, CountLifecycle.isFinancialYear("2008-10"));
        assertEquals(false, CountLifecycle.isFinancialYear("2008/09"));
        assertEquals(false, CountLifecycle.isFinancialYear("08-09"));
    }

    @Test
    void aDeepDiveNeedsATheme() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CountLifecycle.validateNew("2008-09", "DEEP_DIVE", " "));
        assertEquals("theme", e.errors().get(0).field());
        ProblemException both = assertThrows(ProblemException.class,
                () -> CountLifecycle.validateNew("2008", "SIDEWAYS", null));
        assertEquals(2, both.errors().size());
    }

    @Test
    void visibilityFollowsStatusAndPlace() {
        CountVisibility anonymous = new CountVisibility(false, false, false, java.util.Set.of());
        CountVisibility integrator = new CountVisibility(false, true, true, java.util.Set.of());
        CountVisibility officer = new CountVisibility(false, false, true, java.util.Set.of("kent"));
        assertTrue(anonymous.maySee("kent", CountStatus.FINAL));
        assertEquals(false, anonymous.maySee("kent", CountStatus.SUBMITTED));
        assertTrue(integrator.maySee("kent", CountStatus.SUBMITTED));
        assertEquals(false, integrator.maySee("kent", CountStatus.DRAFT));
        assertTrue(officer.maySee("kent", CountStatus.DRAFT));
        assertEquals(false, officer.maySee("durham", CountStatus.DRAFT));
    }
}

package org.totalplace.pilots.place;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.Problem.Violation;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceRulesTest {

    private static PlaceRequest place(Long population, Integer year, String source, LocalDate interim, LocalDate fin,
                                      List<String> areas) {
        return new PlaceRequest("kent", "Kent", PlaceKind.PILOT, null, null, null, null, null, areas,
                population, year, source, List.of("pilot"), null, null, interim, fin, null);
    }

    private static List<String> fields(PlaceRequest r) {
        return PlaceRules.violations(r).stream().map(Violation::field).toList();
    }

    @Test
    void aCompletePlaceHasNoViolations() {
        assertTrue(fields(place(1589057L, 2020, "mySociety", LocalDate.of(2009, 10, 1), LocalDate.of(2010, 2, 19),
                List.of("E10000016"))).isEmpty());
    }

    @Test
    void aPopulationNeedsItsYearAndSource() {
        assertEquals(List.of("populationYear", "populationSource"), fields(place(1L, null, " ", null, null, null)));
    }

    @Test
    void aPopulationYearWithoutAPopulationIsRefused() {
        assertEquals(List.of("population"), fields(place(null, 2020, null, null, null, null)));
    }

    @Test
    void interimFindingsCannotBeDueAfterTheFinalReport() {
        assertEquals(List.of("interimFindingsDue"),
                fields(place(null, null, null, LocalDate.of(2010, 3, 1), LocalDate.of(2010, 2, 19), null)));
    }

    @Test
    void anAreaIsListedOnce() {
        assertEquals(List.of("localAuthorityAreas[2]"),
                fields(place(null, null, null, null, null, List.of("E06000016", "E10000018", "E06000016"))));
    }
}

package org.totalplace.pilots.place;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.ProblemException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceSearchTest {

    private static PlaceSearch sorted(String sort) {
        return new PlaceSearch(null, null, null, null, null, null, sort);
    }

    @Test
    void sortsByNameUnlessToldOtherwiseAndAlwaysBreaksTiesById() {
        assertEquals("p.name asc, p.id asc", sorted(null).orderBy());
        assertEquals("p.population desc, p.name asc, p.id asc", sorted("-population, name").orderBy());
    }

    @Test
    void unknownSortKeysAreRefusedByName() {
        ProblemException e = assertThrows(ProblemException.class, () -> sorted("name;drop table place").orderBy());
        assertEquals(400, e.status());
        assertEquals("sort", e.errors().getFirst().field());
    }

    @Test
    void noFiltersMatchEverything() {
        assertEquals(new PlaceSearch.Condition("1 = 1", Map.of()), sorted(null).condition());
    }

    @Test
    void freeTextIsAParameterWithWildcardsEscaped() {
        PlaceSearch.Condition c = new PlaceSearch("50%_off!", PlaceKind.PILOT, " ", null, null, null, null).condition();
        assertEquals("%50!%!_off!!%", c.parameters().get("q"));
        assertEquals(PlaceKind.PILOT, c.parameters().get("kind"));
        assertTrue(c.where().contains("p.kind = :kind"));
        assertEquals(2, c.parameters().size(), "a blank region is no filter");
    }
}

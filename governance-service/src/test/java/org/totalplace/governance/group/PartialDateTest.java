package org.totalplace.governance.group;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @Test
    void aYearAMonthOrADayStandForTheirWholeSpan() {
        assertEquals(LocalDate.of(2009, 1, 1), PartialDate.parse("2009").earliest());
        assertEquals(LocalDate.of(2009, 12, 31), PartialDate.parse("2009").latest());
        assertEquals(LocalDate.of(2010, 2, 28), PartialDate.parse("2010-02").latest());
        assertEquals(LocalDate.of(2009, 9, 2), PartialDate.parse("2009-09-02").latest());
        assertEquals("2009-08", PartialDate.parse("2009-08").toString());
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[]{"09", "2009-9", "2009-13", "2009-02-30", "Sept 2009", "2009-09-02T10:00", ""}) {
            assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
        }
    }

    @Test
    void anEndIsOutOfOrderOnlyWhenItCannotOverlapTheStart() {
        assertTrue(PartialDate.endsBeforeStart(PartialDate.parse("2009-09"), PartialDate.parse("2009-08-31")));
        assertTrue(PartialDate.endsBeforeStart(PartialDate.parse("2010"), PartialDate.parse("2009-12")));
        assertFalse(PartialDate.endsBeforeStart(PartialDate.parse("2009-09-15"), PartialDate.parse("2009-09")));
        assertFalse(PartialDate.endsBeforeStart(PartialDate.parse("2009-09"), PartialDate.parse("2009")));
        assertFalse(PartialDate.endsBeforeStart(null, PartialDate.parse("2009")));
    }
}

package org.totalplace.pilots.details;

import org.junit.jupiter.api.Test;
import org.totalplace.pilots.funding.FinancialYear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FinancialYearTest {

    @Test
    void consecutiveYearsAreAFinancialYear() {
        assertNull(FinancialYear.problem("2009-10"));
        assertNull(FinancialYear.problem("1999-00"));
    }

    @Test
    void otherShapesAreRefusedWithAHint() {
        assertEquals("must name consecutive years, e.g. 2009-10", FinancialYear.problem("2009-11"));
        assertEquals("must be a financial year such as 2009-10", FinancialYear.problem("2009/10"));
        assertEquals("must be a financial year such as 2009-10", FinancialYear.problem(null));
    }
}

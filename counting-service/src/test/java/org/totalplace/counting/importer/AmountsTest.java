package org.totalplace.counting.importer;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {

    @Test
    void spreadsheetAmountsAreReadExactly() {
        assertEquals(Optional.of(new BigDecimal("1100.00")), Amounts.parse("1,100.00"));
        assertEquals(Optional.of(new BigDecimal("1100.00")), Amounts.parse("£1,100.00"));
        assertEquals(Optional.of(new BigDecimal("-250.00")), Amounts.parse("-250.00"));
        assertEquals(Optional.of(new BigDecimal("-250.00")), Amounts.parse("£-250.00"));
        assertEquals(Optional.of(new BigDecimal("-250.00")), Amounts.parse("(250.00)"));
        assertEquals(Optional.of(new BigDecimal("0.1")), Amounts.parse("0.1"));
    }

    @Test
    void nonNumbersAreRefused() {
        assertEquals(Optional.empty(), Amounts.parse("abc"));
        assertEquals(Optional.empty(), Amounts.parse("1e5"));
        assertEquals(Optional.empty(), Amounts.parse("1.2.3"));
        assertEquals(Optional.empty(), Amounts.parse("£"));
        assertEquals(Optional.empty(), Amounts.parse("12.50 GBP"));
    }
}

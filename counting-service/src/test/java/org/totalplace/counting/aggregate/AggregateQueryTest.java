package org.totalplace.counting.aggregate;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.ProblemException;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateQueryTest {

    @Test
    void aTwoDimensionDrilldownWithACutGroupsTheSummaryByBoth() {
        AggregateQuery q = AggregateQuery.parse("organisation,function_division",
                List.of("funding_source:council-tax|funding_source:business-rates"), "amount:desc", 2, 10);
        String sql = q.cellsSql();
        assertTrue(sql.contains("FROM line_summary s WHERE s.count_id = ? AND s.funding_source IN (?, ?)"), sql);
        assertTrue(sql.contains("GROUP BY d0, d1 ORDER BY amount DESC, d0 ASC, d1 ASC LIMIT 10 OFFSET 10"), sql);
        assertFalse(sql.contains("JOIN"), "no join unless organisation_type is used");
        assertEquals(List.of("c1", "council-tax", "business-rates"), q.parameters("c1"));
    }

    @Test
    void organisationTypeJoinsTheReadModel() {
        assertTrue(AggregateQuery.parse("organisation_type", null, null, null, null).cellsSql()
                .contains("LEFT JOIN organisation o"));
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("drilldown", field(() -> AggregateQuery.parse("colour", null, null, null, null)));
        assertEquals("drilldown", field(() -> AggregateQuery.parse("organisation,organisation", null, null, null, null)));
        assertEquals("cut", field(() -> AggregateQuery.parse(null, List.of("funding_source"), null, null, null)));
        assertEquals("cut", field(() -> AggregateQuery.parse(null, List.of("colour:red"), null, null, null)));
        assertEquals("order", field(() -> AggregateQuery.parse("organisation", null, "amount:sideways", null, null)));
        assertEquals("order", field(() -> AggregateQuery.parse("organisation", null, "client_group:asc", null, null)));
        assertEquals("size", field(() -> AggregateQuery.parse(null, null, null, 1, 501)));
    }

    @Test
    void perHeadAndShareAreExactDecimals() {
        assertEquals(new BigDecimal("1.17"), AggregateService.perHead(new BigDecimal("1100000.00"), 940_000L));
        assertEquals(null, AggregateService.perHead(BigDecimal.TEN, null));
        assertEquals(new BigDecimal("0.3333"), AggregateService.share(BigDecimal.ONE, new BigDecimal("3")));
    }

    private static String field(Runnable r) {
        return assertThrows(ProblemException.class, r::run).errors().get(0).field();
    }
}

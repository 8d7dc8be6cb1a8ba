package org.totalplace.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A count moved through its life-cycle: carried by {@code count.submitted}, {@code count.finalised}
 * and {@code count.superseded}.
 *
 * @param financialYear e.g. {@code 2008-09}
 * @param kind          HIGH_LEVEL or DEEP_DIVE
 * @param theme         the deep-dive theme, null for a high-level count
 * @param status        SUBMITTED, FINAL or SUPERSEDED
 * @param total         the count's total in GBP, exact
 * @param supersededBy  for {@code count.superseded}: the id of the correction that replaces it
 */
public record CountStatusChanged(
        String countId,
        String placeId,
        String financialYear,
        String kind,
        String theme,
        int version,
        String status,
        BigDecimal total,
        String changedBy,
        OffsetDateTime changedAt,
        String supersededBy) {
}

package org.totalplace.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A milestone was met or became overdue: carried by {@code milestone.met} and {@code milestone.overdue}.
 *
 * @param kind     INTERIM_COUNT, FINAL_COUNT, INTERIM_REPORT, FINAL_REPORT, BRIEFING, VISIT or OTHER
 * @param status   MET or OVERDUE
 * @param evidence what met it, e.g. {@code count:3f2c…}; null for overdue
 */
public record MilestoneChanged(
        String milestoneId,
        String placeId,
        String title,
        String kind,
        String recipient,
        LocalDate dueDate,
        String status,
        String evidence,
        OffsetDateTime changedAt) {
}

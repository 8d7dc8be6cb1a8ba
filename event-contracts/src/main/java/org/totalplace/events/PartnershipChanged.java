package org.totalplace.events;

import java.time.LocalDate;

/**
 * An organisation joined a place, changed role or left it ({@code active=false}).
 *
 * @param role LEAD or PARTNER
 */
public record PartnershipChanged(
        String placeId,
        String organisationId,
        String role,
        LocalDate since,
        boolean active) {
}

package org.totalplace.pilots.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.organisation.OrganisationType;
import org.totalplace.pilots.organisation.OrganisationView;
import org.totalplace.pilots.place.PlaceKind;

import java.time.LocalDate;

/** The three ways the API shows partnerships. */
public final class PartnershipViews {

    private PartnershipViews() {
    }

    @Schema(name = "Partnership")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartnershipView(
            @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(example = "leicestershire-county-council") String organisationId,
            @Schema(example = "Leicestershire County Council") String organisationName,
            @Schema(example = "COUNTY_COUNCIL") OrganisationType organisationType,
            @Schema(example = "LEAD") PartnershipRole role,
            @Schema(example = "2009-04-22") LocalDate since) {
    }

    /** An organisation taking part in a place, with its role there. */
    @Schema(name = "PlaceOrganisation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceOrganisation(
            OrganisationView organisation,
            @Schema(example = "PARTNER") PartnershipRole role,
            @Schema(example = "2009-04-22") LocalDate since) {
    }

    /** A place an organisation takes part in, with its role there. */
    @Schema(name = "OrganisationPlace")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationPlace(
            @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(example = "Leicester and Leicestershire") String placeName,
            @Schema(example = "PILOT") PlaceKind kind,
            @Schema(example = "LEAD") PartnershipRole role,
            @Schema(example = "2009-04-22") LocalDate since) {
    }
}

package org.totalplace.pilots.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.totalplace.pilots.contact.Contacts.ContactRequest;
import org.totalplace.pilots.document.PlaceDocuments.DocumentRequest;
import org.totalplace.pilots.funding.FundingAwards.FundingRequest;
import org.totalplace.pilots.organisation.OrganisationRequest;
import org.totalplace.pilots.partnership.PartnershipRole;
import org.totalplace.pilots.place.PlaceRequest;
import org.totalplace.pilots.progress.ProgressUpdates.UpdateRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme's reference data as shipped in {@code reference/total-place.json}, built from the source documents
 * in shared/seeds; made of the same request records the API takes, so it passes the same validation.
 */
public record ReferenceData(@NotNull List<@Valid OrganisationRequest> organisations,
                            @NotNull List<@Valid PlaceSeed> places) {

    public record PlaceSeed(@NotNull @Valid PlaceRequest place,
                            List<@Valid Member> organisations,
                            List<@Valid UpdateRequest> updates,
                            List<@Valid DocumentRequest> documents,
                            List<@Valid ContactRequest> contacts,
                            List<@Valid FundingRequest> funding) {
    }

    /** An organisation (by name) taking part in the place. */
    public record Member(@NotBlank String organisation, @NotNull PartnershipRole role, LocalDate since) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

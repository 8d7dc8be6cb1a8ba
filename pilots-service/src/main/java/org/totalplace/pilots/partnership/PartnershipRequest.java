package org.totalplace.pilots.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PartnershipRequest")
public record PartnershipRequest(
        @Schema(example = "leicestershire-county-council") @NotBlank @Size(max = 200) String organisationId,
        @Schema(example = "LEAD") @NotNull PartnershipRole role,
        @Schema(description = "When the organisation joined, if known", example = "2009-04-22") LocalDate since) {
}

package org.totalplace.pilots.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.totalplace.pilots.place.PlaceRules;

/** An organisation as a client registers or replaces it; its id is derived from the name. */
@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @Schema(example = "Leicestershire County Council") @NotBlank @Size(max = 200)
        @Pattern(regexp = "^.*[A-Za-z0-9].*$", message = "must contain a letter or digit") String name,
        @Schema(example = "COUNTY_COUNCIL") @NotNull OrganisationType type,
        @Schema(description = "ONS GSS code", example = "E10000018")
        @Pattern(regexp = PlaceRules.GSS, message = "must be an ONS GSS code such as E10000018") String gssCode,
        @Schema(description = "Old ONS (SNAC) code", example = "31")
        @Pattern(regexp = "^[0-9A-Z]{2,6}$", message = "must be an ONS SNAC code such as 31 or 00FN") String snacCode,
        @Schema(description = "NHS ODS code", example = "RWE")
        @Pattern(regexp = "^[0-9A-Z]{3,6}$", message = "must be an NHS ODS code such as RWE") String odsCode,
        @Schema(description = "org-id.guide style identifier", example = "GB-LAE-LEC")
        @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9._-]{1,80}$",
                message = "must be an org-id.guide identifier such as GB-LAE-LEC") String orgId,
        @Schema(example = "https://www.leicestershire.gov.uk") @Size(max = 500)
        @URL(message = "must be a valid URL")
        @Pattern(regexp = PlaceRules.HTTP_URL, message = "must be an http(s) URL") String website) {
}
